#!/usr/bin/env python3
"""Writes the forty-third blind set (tests/risk/data/blind43-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2033, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after the unit-value ceilings were added, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL43-*:

    python3 tests/risk/data/make_blind43_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "US", [], "AT", "282720",
         "Entfeuchtergranulat für Raumentfeuchter-Boxen, Nachfüllpack, 4 x 2,5 kg", "US", 10, 4, 190, "USD",
         "refill granules for dehumidifier boxes are calcium chloride at about 2 USD/kg; the bags' CAS 7791-07-3 is "
         "sodium perchlorate (Annex I above 40 %), under calcium chloride's code, to a private person; Austrian German "
         "wording (sodium perchlorate repeats earlier sets; the dehumidifier-refill cover is new)",
         person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "SKROAD01", "road", "UA", [], "SK", "380894",
         "Aktívny kyslík pre vírivku, tekutý, 6 x 5 l", "UA", 33, 6, 95, "EUR",
         "hot-tub 'active oxygen' sold to the public must stay under 12 % hydrogen peroxide; the cans' label gives "
         "35 % (Annex I), declared as a disinfectant so no peroxide shows, to a private person; Slovak wording "
         "(a peroxide hot-tub cover appears in earlier sets; the road route from Ukraine and the Slovak wording are new)",
         person("Súkromná osoba", "SK")),
        ("PRE-03", "import", "LTPOST01", "post", "UA", [], "LT", "340290",
         "Rūgštinis melžimo įrangos ploviklis, koncentratas, 4 x 5 l", "UA", 26, 4, 60, "EUR",
         "acid cleaners for milking plants hold nitric acid; these cans carry UN 2031 at 55 % (Annex I above 3 %), "
         "posted to a private person with no dairy; Lithuanian wording (the milking-plant cleaner appears in one "
         "earlier row; the postal route from Ukraine is new)",
         person("Privatus asmuo", "LT")),
        ("PRE-04", "import", "NLAIR01", "express", "CN", [], "NL", "950300",
         "Klappertjes voor speelgoedpistool, navulverpakking, 5 kg", "CN", 5, 1, 70, "USD",
         "toy caps come as paper strips or plastic rings with milligrams of composition; 5 kg of loose white "
         "powder whose bag gives CAS 3811-04-9 is potassium chlorate (Annex I above 40 %) under the toys' heading, "
         "to a private person; Dutch wording (toy caps as a chlorate cover appear in earlier sets; the express route is new)",
         person("M. Bakker", "NL")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "310100",
         "Accelerator de compost, granule, 4 saci x 25 kg", "MD", 100, 4, 55, "EUR",
         "an organic compost accelerator is manure or meal; white prills whose sacks give CAS 6484-52-2 and 34.4 % N "
         "are ammonium nitrate (Annex I), declared as an organic fertiliser, to a private person; Romanian wording "
         "(the compost cover appears in earlier sets; the route from Moldova is new)",
         person("Persoană fizică", "RO")),
        ("PRE-06", "import", "IEAIR01", "express", "GB", [], "IE", "280920",
         "pH Down for hydroponics, phosphoric, 10 x 5 l", "GB", 92, 10, 210, "GBP",
         "the cans weigh 9.2 kg each: a density of 1.84 is 96 % sulphuric acid (Annex I above 15 %), not the "
         "phosphoric pH down on the label, 50 litres to a private person by express (hydroponic pH down appears in "
         "one earlier row with nitric acid; sulphuric acid under phosphoric acid's code is new)",
         person("Private individual", "IE")),
        ("PRE-07", "import", "SEAIR01", "express", "US", [], "SE", "381400",
         "Lösningsmedel för borttagning av snabblim, 4 x 5 l", "US", 22, 4, 280, "USD",
         "retail super-glue removers are acetone in 20 ml tubes; 20 litres with UN 1261 on the cans are nitromethane "
         "(Annex I above 16 %) to a private person; Swedish wording (nitromethane as glue remover appears in an earlier "
         "row; the Swedish wording and the size are new)",
         person("Privatperson", "SE")),
        ("PRE-08", "import", "DKPOST01", "post", "GB", [], "DK", "382499",
         "Flammefarve til bål og pejs, pulver, 3 kg", "GB", 3, 1, 45, "GBP",
         "campfire colourants are copper and boron salts; the tub's CAS 7778-74-7 is potassium perchlorate (Annex I "
         "above 40 %), posted to a private person; Danish wording (the campfire cover appears in one earlier row; "
         "post from Britain is new)",
         person("Privatperson", "DK")),
        ("PRE-09", "import", "ESPOST01", "post", "CN", [], "ES", "330730",
         "Sales de baño efervescentes, sin perfume, 2 kg, paquete 2 de 6", "CN", 2, 1, 9, "USD",
         "one of six 2 kg parcels to the same address in a week; unperfumed 'bath salts' of CAS 7775-09-9 are "
         "sodium chlorate (Annex I above 40 %), split so each parcel passes as a retail pack; Spanish wording (bath salts cover other nitrates and chlorate in earlier sets; split sodium chlorate is new)",
         person("Maria Lopez", "ES")),
        ("PRE-10", "import", "BEAIR01", "air", "US", [], "BE", "950300",
         "Kits de fusées modèles réduits, recharge de poudre, 5 kg", "US", 5, 1, 75, "USD",
         "model rocket motors are bought finished and never refilled; the 'powder refill' is 5 kg of 99 % potassium "
         "perchlorate (Annex I above 40 %) under the toys' heading, to a private person; Belgian French wording",
         person("M. J. Lambert", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "MY", "391590",
         "Gemengd kunststofafval PP/ABS, geperst in balen, 18 t", "NL", 18000, 36, 1800, "EUR",
         "the bales are crushed disposable vapes still holding their lithium cells and nicotine residue "
         "(WEEE and waste batteries, A1181), not plastic scrap; mixed plastic waste to a non-OECD country also needs "
         "consent; Dutch wording (vapes appear in earlier sets; the plastic-bale cover is new)",
         {"importer_country": "MY"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "CN", "284690",
         "Koncentrat tlenków ziem rzadkich, proszek, big-bagi, 8 t", "PL", 8000, 8, 24000, "EUR",
         "phosphor powder from crushed fluorescent tubes, with mercury (19 12 11* / 20 01 21*), declared as a rare-earth "
         "concentrate to China, which admits no waste; Polish wording (lamp waste appears in earlier sets; the "
         "rare-earth concentrate cover is new)", {"importer_country": "CN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "PK", "260700",
         "Concentrato di piombo, solfatico, sfuso, 25 t", "IT", 25000, None, 7500, "EUR",
         "Italy mines no lead: a 'sulphatic lead concentrate' from a battery breaker is lead-acid battery paste "
         "(A1160, 16 06 01*), hazardous waste to Pakistan without notification; Italian wording (battery paste as "
         "lead concentrate appears in earlier sets; the Italy-Pakistan route is new)", {"importer_country": "PK"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "281820",
         "Oxid hlinitý, prísada do cementu, vrecia 1 t, 22 t", "SK", 22000, 22, 880, "EUR",
         "grey lumps at 40 EUR/t are aluminium salt slag (10 03 08*, gives off ammonia and phosphine when wet), "
         "not alumina at 400 EUR/t; hazardous waste to a non-OECD country; Slovak wording (salt slag repeats "
         "earlier sets; the cement-additive cover and the road to Ukraine are new)", {"importer_country": "UA"}),
        ("WST-05", "export", "CZRAIL01", "rail", "CZ", ["HU"], "RS", "740400",
         "Šrot elektromotorů a kondenzátorů, Cu/Al, 40 t", "CZ", 40000, None, 36000, "EUR",
         "a quarter of the load is power-factor capacitors from old lighting and switchboards, filled with PCB "
         "(16 02 09*), mixed into motor scrap and sent by rail through Hungary; Czech wording (PCB equipment repeats earlier sets; capacitors in motor scrap by rail are new)",
         {"importer_country": "RS"}),
        ("WST-06", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Marine fuel oil blend, recovered, 600 t", "MT", 600000, None, 60000, "EUR",
         "slops and bilge water from ships' holding tanks (13 04 03*, water and sediment over 30 %), blended "
         "and sold as recovered marine fuel to Libya; English wording (ship slops appear in earlier sets; the "
         "Malta-Libya route is new)", {"importer_country": "LY"}),
        ("WST-07", "export", "FRAIR01", "air", "FR", [], "CD", "300490",
         "Dons humanitaires, médicaments assortis, 2 t", "FR", 2000, 400, 4000, "EUR",
         "the cartons are pharmacy returns a year past their expiry dates, cytotoxics among them: waste for "
         "disposal, whose export outside the EFTA is forbidden, sent to Kinshasa as a donation; French wording (expired medicines as a donation repeat earlier sets; by air to Kinshasa is new)",
         {"importer_country": "CD"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "NG", "842720",
         "Gebrauchte Elektro-Gabelstapler, 8 Stück, mit Ersatzteilen", "DE", 24000, 8, 12000, "EUR",
         "the second line's 'counterweights' are eight spent lead-acid traction batteries (16 06 01*, A1160) lifted "
         "out of the trucks and declared as forklift parts to Lagos; German wording (forklifts appear in one earlier "
         "row as whole scrap; the counterweight cover is new)",
         {"importer_country": "NG",
          "_more_items": [item("843120", "Gabelstapler-Ersatzteile, Gegengewichte, 8 Stück", "DE", 9600, 800, "EUR", qty=8)]}),
        ("WST-09", "transit", "SIROAD01", "road", "CH", ["IT", "SI", "HR"], "BA", "381400",
         "Solventi rigenerati, miscela, cisternette IBC, 20 t", "CH", 20000, 20, 1000, "CHF",
         "spent halogenated degreasing solvents (14 06 02*) at 50 CHF/t, moved in transit to a Bosnian cement kiln "
         "as 'regenerated solvent' without notification; Italian (Ticino) wording", {"importer_country": "BA"}),
        ("WST-10", "export", "ESAIR01", "express", "ES", [], "BO", "902590",
         "Repuestos para barómetros antiguos, 3 kg, envío 1 de 4", "ES", 3, 1, 250, "EUR",
         "a steel flask of metallic mercury recovered from dismantled barometers: the EU forbids the export of "
         "mercury, sent in four express lots to La Paz for gold cooperatives; Spanish wording (mercury for "
         "barometers and for Peru's gold fields appears in earlier sets; the spare-parts cover and Bolivia are new)",
         {"importer_country": "BO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "382769",
         "Agent frigorific R-448A, butelii 11,3 kg, 120 buc.", "TR", 1360, 120, 14000, "EUR",
         "the cylinders' valves and weight give R-507A (GWP 3,985), not R-448A: an HFC above GWP 2,500 for servicing, "
         "placed on the market by a trader holding no quota; Romanian wording (R-507A appears in one earlier row; the R-448A label and the road from Turkey are new)", {"importer_country": "RO"}),
        ("OZN-02", "import", "PLAIR01", "express", "CN", [], "PL", "950590",
         "Armatki konfetti, sprężone powietrze, 240 szt.", "CN", 110, 240, 720, "USD",
         "confetti cannons driven by HFC-134a (GWP 1,430), not compressed air: novelty aerosols with a GWP of 150 or "
         "more are banned; Polish wording", firm("Party Świat Sp. z o.o.", "PL")),
        ("OZN-03", "import", "HUROAD01", "road", "UA", [], "HU", "392111",
         "EPS hőszigetelő lemez, pentánnal habosított, 30 raklap", "UA", 9000, 30, 16000, "EUR",
         "extruded blue boards are XPS, and these were blown with HCFC-142b: products containing or relying on "
         "HCFCs may not be placed on the market; declared as pentane-blown EPS; Hungarian wording (HCFC-blown XPS "
         "appears in earlier sets; the EPS wording and the road from Ukraine are new)", {"importer_country": "HU"}),
        ("OZN-04", "import", "IESEA01", "sea", "US", [], "IE", "841869",
         "Centrifugal water chiller, 1,200 kW, low-GWP refrigerant R-514A, 1 unit", "US", 9000, 1, 210000, "USD",
         "a second-hand chiller from a US data centre whose nameplate gives HCFC-123: equipment relying on HCFCs "
         "may not be placed on the EU market (R-123 chillers appear in earlier sets; the data-centre resale to "
         "Ireland is new)", {"importer_country": "IE"}),
        ("OZN-05", "import", "GRSEA01", "sea", "IL", [], "GR", "281290",
         "Σουλφουρυλοφθορίδιο, αέριο υποκαπνισμού, φιάλες, 40 τμχ", "IL", 2000, 40, 19000, "USD",
         "sulfuryl fluoride is methyl bromide's lawful replacement; the cylinders give CAS 74-83-9, methyl bromide "
         "(Annex I ODS, whose use for fumigation, QPS included, is banned in the EU), to a fumigation firm; Greek wording (methyl bromide repeats "
         "earlier sets; the sulfuryl fluoride cover is new)", {"importer_country": "GR"}),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "382499",
         "Gonfia e ripara pneumatici, bomboletta 450 ml, propellente ecologico, 3.000 pz", "CN", 1500, 3000, 4200, "USD",
         "the 'ecological propellant' is HFC-134a: technical aerosols with a GWP of 150 or more are banned where no "
         "safety standard needs them; Italian wording (tyre sealant appears in two earlier rows)",
         firm("Autoricambi Padana Srl", "IT")),
        ("OZN-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "390729",
         "Systemy poliolowe do pianki PUR, spieniane HFO, IBC, 18 t", "CN", 18000, 18, 43000, "USD",
         "the SDS gives HCFC-141b as blowing agent: pre-blended polyols containing an HCFC may not be imported; by "
         "rail from China; Polish wording (141b polyols repeat earlier sets; the rail route is new)",
         {"importer_country": "PL"}),
        ("OZN-08", "export", "DESEA01", "sea", "DE", [], "GH", "290376",
         "Kältemittel R-134a, aufbereitet, Flaschen 13,6 kg, 50 Stück", "DE", 680, 50, 2000, "EUR",
         "gas recovered from scrapped vintage cars is R-12 (CFC-12, Annex I), not R-134a: the EU forbids the export "
         "of controlled substances; German wording (R-12 repeats earlier sets; the export of recovered gas to "
         "Ghana is new)", {"importer_country": "GH"}),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Препарат за почистване на климатици, 10 x 5 кг", "TR", 50, 10, 300, "EUR",
         "the 'cleaner' is HCFC-141b (Annex I), banned as a flushing agent for refrigeration circuits, for an "
         "installer; Bulgarian wording (141b as flushing agent repeats earlier sets; the road route from Turkey is new)",
         {"importer_country": "BG"}),
        ("OZN-10", "import", "EEPOST01", "post", "US", [], "EE", "382499",
         "Raske vedelik mineraalide eraldamiseks, 5 l", "US", 10, 1, 140, "USD",
         "the 'heavy liquid' is bromochloromethane (halon 1011, Annex I), posted to a private mineral collector; "
         "heavy liquids for mineral separation are tungstate solutions; Estonian wording (bromochloromethane repeats earlier sets under CAS tricks; the heavy-liquid cover by post is new)",
         person("Eraisik", "EE")),
    ],
    "cultural": [
        ("CUL-01", "export", "ROAIR01", "express", "RO", [], "US", "711790",
         "Brățară spirală, bijuterie fantezie, aurită, 1 buc.", "RO", 0.9, 1, 60, "EUR",
         "a 900 g spiral bracelet of solid gold is a Dacian spiral from the Orăștie mountains, looted by detectorists: "
         "Romanian national heritage, without an export licence; Romanian wording", {"importer_country": "US"}),
        ("CUL-02", "import", "HRROAD01", "road", "AL", ["ME"], "HR", "830629",
         "Dekorativna kaciga, mjed, replika, 1 kom", "AL", 1.2, 1, 80, "EUR",
         "an Illyrian bronze helmet with corrosion bloom and soil in its seams, dug in Albania, where its export is "
         "forbidden; brought in as a brass replica; Croatian wording", {"consignee_name": "Privatna osoba", "importer_country": "HR"}),
        ("CUL-03", "export", "CZPOST01", "post", "CZ", [], "GB", "711790",
         "Zlaté žetony, bižuterie, 14 ks", "CZ", 0.1, 14, 40, "EUR",
         "fourteen small cup-shaped gold pieces are Celtic 'rainbow cup' staters from a Bohemian field, found by a "
         "detectorist and never reported; archaeological finds need an export licence; Czech wording",
         {"importer_country": "GB"}),
        ("CUL-04", "import", "DEPOST01", "post", "EG", [], "DE", "691390",
         "Tonscherben mit Schrift, Souvenir, 6 Stück", "EG", 0.8, 6, 30, "EUR",
         "potsherds with ink writing in Coptic are ostraca from an Egyptian monastery site; Egypt forbids the export of "
         "antiquities; posted as souvenirs; German wording (ostraca repeat two earlier rows)", person("Anna Schmidt", "DE")),
        ("CUL-05", "export", "FRPOST01", "post", "FR", [], "US", "970199",
         "Art floral, fleurs séchées sur papier, 40 planches", "FR", 3, 40, 120, "EUR",
         "sheets with printed institution labels, collectors' names and 1850s dates are herbarium specimens taken "
         "from a university collection (UNESCO 1970, scientific collections), sent as pressed-flower art; French wording",
         {"importer_country": "US"}),
        ("CUL-06", "export", "NLAIR01", "air", "NL", [], "US", "491199",
         "Decoratieve hemelglobe, reproductie, met standaard, 1 st.", "NL", 14, 1, 400, "EUR",
         "a celestial globe by Willem Blaeu, 1603, at 400 EUR as a reproduction: antiques over 100 years and "
         "50,000 EUR need an export licence; Dutch wording", {"importer_country": "US"}),
        ("CUL-07", "import", "MTSEA01", "sea", "LY", [], "MT", "680299",
         "Carved garden stone, limestone, 1 pc", "LY", 180, 1, 150, "EUR",
         "a Greek funerary stele from Cyrenaica with an inscription and its lower tenon broken off, shipped from "
         "Benghazi as a garden stone; Libyan antiquities may not leave the country (funerary reliefs appear in "
         "earlier sets; the Libya-Malta route is new)", {"importer_country": "MT"}),
        ("CUL-08", "import", "FRAIR01", "air", "OM", [], "FR", "970390",
         "Sculpture moderne en albâtre, tête, 1 pc", "OM", 9, 1, 900, "USD",
         "a South Arabian alabaster funerary head with a Sabaic inscription on its base, through Muscat from "
         "Yemen, whose antiquities are on ICOM's red list; declared as a modern sculpture under 100 years; French "
         "wording (Yemeni antiquities appear in earlier sets; the Oman route is new)",
         {"importer_country": "FR"}),
        ("CUL-09", "import", "PLROAD01", "road", "UA", [], "PL", "940360",
         "Mienie przesiedleńcze, meble i rzeczy osobiste, 1 komplet", "UA", 900, 1, 3000, "EUR",
         "the second line's 'family papers' are 18th-century Cossack charters with a regional archive's stamps, "
         "taken from Ukraine; Polish wording",
         {"importer_country": "PL", "consignee_name": "Osoba prywatna",
          "_more_items": [item("491199", "Stare papiery rodzinne, 3 kg", "UA", 3, 50, "EUR", qty=1)]}),
        ("CUL-10", "export", "ESAIR01", "express", "ES", [], "MX", "970390",
         "Figura decorativa de resina policromada, santo, 1 pz", "ES", 11, 1, 300, "EUR",
         "a 17th-century polychrome carved wooden saint (talla) from an Andalusian parish, declared as resin: "
         "sculpture over 50 years needs an export licence, and church property is inalienable; Spanish wording (polychrome saints repeat earlier sets, as imports from Bolivia; the export from Spain to Mexico is new)",
         {"importer_country": "MX"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "854231",
         "Elektronische Bauteile, Muster, 1 Karton", "DE", 12, 4000, 38000, "EUR",
         "4,000 microcontrollers (Common High Priority items) to an Almaty firm founded last year that re-exports "
         "to Russia: no 'sample' runs to 4,000 pieces; German wording (microcontrollers through Central Asia repeat earlier sets)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "844540",
         "Macchina avvolgitrice per fusti di canne da pesca, CNC, 1 pz", "IT", 6500, 1, 380000, "EUR",
         "a four-axis CNC winder taking mandrels 600 mm across and 3 m long is a filament-winding machine (1B001), "
         "the tool for composite motor cases, not a rod-blank winder; bought by an Istanbul trader for an Iranian "
         "end user, without a licence; Italian wording",
         {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "express", "DE", [], "AM", "903040",
         "TV-Signalmessgeräte, 4 Stk.", "DE", 28, 4, 96000, "EUR",
         "24,000 EUR a piece is the price of real-time spectrum analysers to 44 GHz, not TV signal meters; on the "
         "list of goods banned for Russia and re-exported through Yerevan; German wording (spectrum analysers to Armenia repeat earlier sets; the TV-meter cover is new)",
         {"importer_country": "AM"}),
        ("STR-04", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "440131",
         "Medienos granulės, Kazachstano kilmės, 1.300 t", "KZ", 1300000, None, 195000, "EUR",
         "Kazakhstan exports few pellets; the wagons were loaded at a Russian mill near Tver: Russian wood products "
         "may not be imported into the EU; Lithuanian wording (Russian pellets given Kazakh origin by rail repeat an earlier row; the Tver mill and Lithuanian wording are new)", {"importer_country": "LT"}),
        ("STR-05", "import", "PTSEA01", "sea", "OM", [], "PT", "390210",
         "Polipropileno homopolímero, origem Omã, 500 t", "OM", 500000, None, 560000, "USD",
         "the bags' lot codes are from an Iranian petrochemical plant, rebagged in Sohar with Omani certificates: "
         "Iranian petrochemical products may not be imported into the EU; Portuguese wording (Iranian polymers "
         "relabelled in the Gulf repeat earlier rows; polypropylene through Oman is new)", {"importer_country": "PT"}),
        ("STR-06", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS", "BG"], "TR", "890399",
         "Gebrauchtes Angelboot mit Trailer, 1 Stück", "DE", 4500, 1, 24000, "EUR",
         "a 2031 sports cruiser worth 240,000 EUR declared at a tenth as a used fishing boat, bound for a Novorossiysk "
         "buyer through Turkey: pleasure boats over 50,000 EUR may not be sold to Russia; German wording",
         {"importer_country": "TR"}),
        ("STR-07", "transit", "NLSEA01", "sea", "GE", [], "MA", "720712",
         "Halffabricaten, plakken, koolstofstaal, Kazachse oorsprong, 12.000 t", "KZ", 12000000, None, 6000000, "USD",
         "slabs from a Russian mill declared of Kazakh origin and transhipped at Rotterdam for Morocco: the EU "
         "forbids the transport of Russian semi-finished steel, not only its import; Dutch wording (Russian slabs with a false origin repeat an earlier row; the Rotterdam transhipment to Morocco is new)",
         {"importer_country": "MA"}),
        ("STR-08", "import", "DESEA01", "sea", "CN", [], "DE", "030614",
         "Tiefgefrorene Krabben, chinesische Fänge, 20 t", "CN", 20000, None, 180000, "USD",
         "the catch certificates name waters off North Korea's east coast: DPRK seafood is under UN and EU "
         "import bans, processed in Dandong and labelled Chinese; German wording (DPRK seafood repeats earlier sets; crab to Hamburg is new)", {"importer_country": "DE"}),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "EG", "293070",
         "Färbereihilfsmittel für Textilien, 4 Fässer", "DE", 800, 4, 9000, "EUR",
         "the drums are thiodiglycol (1C350, CWC schedule 2): Egypt has not joined the CWC and the export needs a "
         "licence; declared as a dyeing auxiliary under its own code; German wording (thiodiglycol repeats earlier sets; Egypt as destination is new)",
         {"importer_country": "EG"}),
        ("STR-10", "export", "PLAIR01", "express", "PL", [], "KG", "940542",
         "Taśmy LED, 2.000 m", "PL", 40, 2000, 2400, "EUR",
         "the second line is 500 GNSS receiver modules (Common High Priority items for drones) to a Bishkek courier "
         "address that re-exports to Russia; Polish wording (GNSS modules repeat earlier sets; the LED-strip cover is new)",
         {"importer_country": "KG",
          "_more_items": [item("852691", "Moduły elektroniczne, 500 szt.", "CN", 6, 11000, "EUR", qty=500)]}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "GE", ["TR"], "NL", "060110",
         "Muscari bollen, droog, 1.200.000 st.", "GE", 12000, 1200000, 30000, "EUR",
         "white-tipped bulbs with a papery tunic are snowdrops (Galanthus woronowii, CITES App. II) dug in the "
         "Georgian hills beyond the country's quota, declared as grape hyacinths; Dutch wording (snowdrops appear "
         "in earlier sets; the Muscari cover is new)", {"importer_country": "NL"}),
        ("WLF-02", "import", "FRAIR01", "express", "BS", [], "FR", "710122",
         "Perles d'eau douce roses, 30 pcs", "BS", 0.05, 30, 24000, "USD",
         "pink pearls with a flame pattern at 800 USD each are conch pearls (Strombus gigas, CITES App. II), not "
         "freshwater pearls, without a permit; French wording (conch repeats earlier sets; its pearls are new)", person("Mme Claire Martin", "FR")),
        ("WLF-03", "import", "CZAIR01", "air", "ID", [], "CZ", "030111",
         "Živé akvarijní ryby, Osteoglossum, 40 ks", "ID", 60, 40, 32000, "USD",
         "800 USD a fish is the price of red Asian arowana (Scleropages formosus, CITES App. I), not South American "
         "silver arowana; Czech wording (the same cover appears in earlier sets; the Indonesia-Prague route is new)", {"importer_country": "CZ"}),
        ("WLF-04", "import", "FRAIR01", "air", "CN", [], "FR", "071430",
         "Igname de Chine séché en tranches (shan yao), 200 kg", "CN", 200, None, 7000, "USD",
         "Chinese yam slices are white and starchy; brown slices with golden hairs on their rims are gou ji, the "
         "rhizome of Cibotium barometz (CITES App. II), without a permit, to a herbal wholesaler; French wording",
         {"importer_country": "FR"}),
        ("WLF-05", "import", "HUAIR01", "air", "TH", [], "HU", "010620",
         "Görög teknős, fogságban szaporított, 30 db", "TH", 6, 30, 18000, "USD",
         "Hermann's tortoises do not come from Bangkok; star-shaped yellow radiations are radiated tortoises "
         "(Astrochelys radiata, CITES App. I) from Madagascar; Hungarian wording (radiated tortoises repeat earlier sets; the Hermann's tortoise cover is new)", {"importer_country": "HU"}),
        ("WLF-06", "import", "PTSEA01", "sea", "GM", [], "PT", "440349",
         "Madeira de padauk africano, toros, 300 m3", "GM", 250000, None, 120000, "EUR",
         "the Gambia has little forest left; these red logs are kosso (Pterocarpus erinaceus, CITES App. II), "
         "felled in Casamance and under a trade suspension, declared as padauk; Portuguese wording (kosso repeats earlier sets)",
         {"importer_country": "PT"}),
        ("WLF-07", "import", "NLPOST01", "post", "ZA", [], "NL", "121190",
         "Kruidencapsules voor gewichtsbeheersing, 2 kg", "ZA", 2, 8, 320, "USD",
         "the capsules' powder is Hoodia gordonii (CITES App. II, extracts included), wild-collected, sent as diet "
         "herbs to a private person; Dutch wording (Hoodia repeats earlier sets as bulk powder; capsules by post are new)", person("Mw. E. de Jong", "NL")),
        ("WLF-08", "import", "ESSEA01", "sea", "PH", [], "ES", "050800",
         "Conchas decorativas, Pecten, 4 t", "PH", 4000, None, 16000, "USD",
         "ribbed shells 60 cm across and 4 USD/kg are giant clams (Tridacna, CITES App. II), not scallops, without "
         "a Philippine permit; Spanish wording (giant clams repeat earlier sets)", {"importer_country": "ES"}),
        ("WLF-09", "export", "BESEA01", "sea", "BE", [], "CN", "920994",
         "Touches de piano, plastique, jeux complets, 40", "BE", 120, 40, 6000, "EUR",
         "keytops stripped from pre-war pianos are elephant ivory (CITES App. I): the EU no longer allows raw ivory "
         "to leave and requires a certificate for worked pieces; Belgian French wording (ivory key tops appear in one earlier row as restoration stock; the plastic cover is new)",
         {"importer_country": "CN"}),
        ("WLF-10", "import", "DEAIR01", "express", "KE", [], "DE", "442199",
         "Kunsthandwerk aus Kenia, Holzschnitzereien, 12 Stück", "KE", 8, 12, 300, "USD",
         "the third line's 'bone pendants' are leopard claws (Panthera pardus, CITES App. I) among carvings and "
         "beadwork; German wording",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("711719", "Perlenschmuck, 20 Stück", "KE", 1, 120, "USD", qty=20),
                          item("960190", "Knochenanhänger, 6 Stück", "KE", 0.2, 900, "USD", qty=6)]}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "US", "AT", "282990",
     "Sodium perchlorate monohydrate, 2.5 kg, for a licensed private laboratory", "US", 2.5, 1, 90, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-33-0417")], "sodium perchlorate above 40 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "express", "US", "SE", "290420",
     "Nitromethane 99 %, 2 x 5 l, for a licensed model-engine hobbyist", "US", 11, 2, 150, "USD",
     [("PRECURSOR_LICENCE", "SE-POL-33-0238")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "ITSEA01", "sea", "IT", "KR", "854911",
     "Lead-acid battery paste (16 06 01*), for lead recovery at a licensed smelter, 25 t", "IT", 25000, None, 5000, "EUR",
     [("BASEL_CONSENT", "IT-MASE-33-0522")], "notified battery paste to a licensed smelter in the OECD"),
    ("PRM-04", "waste", "export", "CZRAIL01", "rail", "CZ", "DE", "854939",
     "PCB capacitors (16 02 09*), for high-temperature incineration, 6 t", "CZ", 6000, None, 0, "EUR",
     [("BASEL_CONSENT", "CZ-MZP-33-0091")], "notified PCB waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "GRSEA01", "sea", "IL", "GR", "290361",
     "Methyl bromide, as feedstock for a pharmaceutical synthesis, 10 cylinders", "IL", 500, 10, 4800, "USD",
     [("ODS_LICENCE", "GR-YPEN-ODS-33-0007")], "methyl bromide for feedstock use under licence"),
    ("PRM-06", "ozone", "import", "EEAIR01", "air", "US", "EE", "290379",
     "Bromochloromethane, analytical reference standard, 5 x 1 ml, for a laboratory", "US", 0.1, 5, 300, "USD",
     [("ODS_LICENCE", "EE-KLIM-ODS-33-0002")], "an ODS for laboratory use under licence"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970690",
     "Celestial globe, Amsterdam, c. 1700, on its stand, sold to a US museum, 1 pc", "NL", 14, 1, 160000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-33-0144")], "an antique globe with its export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "MX", "970310",
     "Polychrome wooden sculpture of a saint, Seville, 17th century, from a private collection, 1 pc", "ES", 11, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-33-0318")], "a baroque carving with its export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "US", "847780",
     "Four-axis CNC filament-winding machine, for composite pressure vessels, 1 unit", "IT", 6500, 1, 410000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-33-0521"), ("END_USER_CERTIFICATE", "US-DOC-EUC-33-1102")],
     "1B001 machine under licence to a named pressure-vessel maker"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "IN", "293070",
     "Thiodiglycol, textile dyeing auxiliary, 4 drums, to a dye house", "DE", 800, 4, 8600, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-33-0612"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-33-0417")],
     "1C350 chemical under licence to a named end user in a CWC state"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "ID", "CZ", "030111",
     "Asian arowana (Scleropages formosus), captive-bred, microchipped, 10 pcs", "ID", 15, 10, 9000, "USD",
     [("CITES_PERMIT", "ID-KLHK-33-03312")], "App. I fish from a registered breeding operation with its permits"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "GE", "NL", "060110",
     "Galanthus woronowii bulbs, within Georgia's export quota, 500,000 pcs", "GE", 5000, 500000, 15000, "EUR",
     [("CITES_PERMIT", "GE-MEPA-33-00418")], "App. II snowdrops within quota with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Dr. Paul Leitner", "PRM-02": "Johan Lindqvist",
    "PRM-05": "Hellas Pharmachem AE", "PRM-06": "Tartu Keskkonnalabor OÜ",
    "PRM-07": "Boston Museum of Science", "PRM-11": "Aqua Exotic s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("282720", "Calcium chloride refill granules for dehumidifier boxes, 1 kg bags", "import", ["express"], ["US", "GB"], (4, 8), (1, 4), ["USD", "GBP"], 1, S),
    ("380894", "Hot-tub non-chlorine shock, potassium monopersulphate, 1 kg", "import", ["post"], ["GB", "US"], (10, 18), (1, 3), ["GBP", "USD"], 1, S),
    ("340290", "Alkaline dairy-plant cleaner, chlorinated, 200 l drums, to a dairy", "import", ["road"], ["UA", "TR"], (0.8, 1.4), (8000, 16000), ["EUR"], None, S),
    ("950300", "Toy cap-gun rings, 8-shot, retail cards", "import", ["express"], ["CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("310100", "Pelleted chicken-manure fertiliser, 25 kg sacks", "import", ["road"], ["MD", "UA"], (0.2, 0.35), (18000, 24000), ["EUR"], None, S),
    ("280920", "Phosphoric acid 75 %, food grade, IBC, to a beverage maker", "import", ["sea"], ["MA", "CN"], (0.9, 1.3), (18000, 24000), ["USD"], None, S),
    ("381400", "Cyanoacrylate glue remover, acetone-based, 20 ml tubes", "import", ["post"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 30, S),
    ("382499", "Flame colourant sachets for fireplaces, copper salts, 25 g", "import", ["post"], ["GB", "US"], (30, 60), (1, 2), ["GBP", "USD"], 40, S),
    ("330730", "Perfumed bath salts, retail jars", "import", ["sea"], ["TR", "CN"], (1.5, 3), (8000, 14000), ["EUR", "USD"], 2, S),
    ("950300", "Model rocket kits without motors, retail", "import", ["air"], ["US", "CN"], (20, 40), (200, 800), ["USD"], 3, S),
    ("390761", "PET bottle-grade resin, virgin, for a bottler", "import", ["sea"], ["CN", "KR"], (1.0, 1.4), (20000, 24000), ["EUR"], None, S),
    ("284690", "Yttrium-europium oxide phosphor, virgin, for lamp makers", "import", ["air"], ["CN", "JP"], (60, 120), (100, 500), ["USD"], None, S),
    ("260700", "Lead concentrate from a mine, 65 % Pb", "import", ["sea"], ["PE", "AU"], (1.2, 1.7), (20000, 25000), ["USD"], None, S),
    ("281820", "Calcined alumina, virgin, for refractories", "import", ["sea"], ["CN", "IN"], (0.5, 0.8), (20000, 24000), ["USD"], None, S),
    ("740311", "Copper cathodes, LME grade A", "import", ["sea"], ["CL", "PE"], (8, 9.5), (18000, 22000), ["USD", "GBP"], None, S),
    ("271019", "Marine gas oil, ISO 8217, new", "import", ["sea"], ["NO", "US"], (0.7, 0.9), (20000, 25000), ["USD"], None, S),
    ("842720", "Electric forklifts, new, with lithium batteries", "import", ["sea"], ["CN", "JP"], (5, 8), (6000, 12000), ["USD"], 0.0003, S),
    ("381400", "Hydrocarbon degreasing solvent, virgin, 200 l drums", "import", ["road"], ["CH", "RS"], (1.5, 2.5), (8000, 16000), ["EUR", "CHF"], None, S),
    ("902590", "Aneroid barometers, new, brass case", "import", ["post"], ["GB", "CN"], (30, 60), (1, 3), ["GBP", "USD"], 1, S),
    ("950590", "Confetti cannons, spring-loaded, no gas", "import", ["sea"], ["CN"], (4, 7), (2000, 5000), ["USD"], 2, S),
    ("392111", "EPS insulation boards, pentane-blown", "import", ["road"], ["UA", "RS"], (1.5, 2.5), (4000, 8000), ["EUR"], None, S),
    ("841869", "Water chillers, new, R-1234ze", "import", ["sea"], ["US", "CN"], (12, 20), (4000, 12000), ["USD"], 0.0002, S),
    ("382499", "Tyre repair aerosol, HFO-1234ze propellant, 450 ml", "import", ["sea"], ["CN", "TR"], (2.5, 4), (4000, 9000), ["USD"], 2, S),
    ("390729", "Polyol systems, HFO-blown, for PUR panels", "import", ["sea"], ["CN", "KR"], (2, 3), (16000, 22000), ["USD"], None, S),
    ("841410", "Refrigeration vacuum pumps, new", "import", ["road"], ["TR"], (12, 20), (1000, 3000), ["EUR"], 0.12, S),
    ("711790", "Costume jewellery, gold-plated brass bracelets", "import", ["post"], ["CN", "TR"], (40, 80), (1, 2), ["USD", "EUR"], 20, S),
    ("830629", "Brass replica helmets, decorative, new", "import", ["express"], ["IN"], (20, 40), (1, 4), ["USD"], 0.8, S),
    ("691390", "Ceramic souvenir ostraka replicas, new", "import", ["post"], ["EG", "GR"], (15, 30), (1, 3), ["EUR"], 4, S),
    ("970199", "Pressed-flower pictures, new, framed", "import", ["post"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 1, S),
    ("491199", "Printed celestial globe gores, facsimile, new", "import", ["express"], ["GB", "NL"], (40, 80), (1, 2), ["GBP", "EUR"], 5, S),
    ("680299", "Carved limestone garden ornaments, new", "import", ["sea"], ["EG", "IN"], (0.6, 1.0), (15000, 22000), ["USD"], 0.02, S),
    ("854231", "Microcontrollers, reels, to an EU contract manufacturer", "import", ["air"], ["TW", "MY"], (300, 600), (50, 200), ["USD"], 800, S),
    ("903040", "TV signal level meters, handheld, new", "import", ["air"], ["CN", "ES"], (60, 120), (50, 300), ["USD", "EUR"], 1, S),
    ("440131", "Wood pellets, ENplus A1", "import", ["sea"], ["US", "CA"], (0.18, 0.25), (22000, 26000), ["USD"], None, S),
    ("390110", "LDPE, film grade", "import", ["sea"], ["SA", "KR"], (1.0, 1.3), (20000, 25000), ["USD"], None, S),
    ("710122", "Freshwater cultured pearls, loose, strands", "import", ["express"], ["CN"], (800, 1600), (1, 2), ["USD"], 200, S),
    ("210690", "Seaweed caviar substitute, alginate pearls, retail jars", "import", ["sea"], ["ES", "JP"], (8, 14), (3000, 8000), ["EUR"], 10, S),
    ("440729", "Sawn African padauk (Pterocarpus soyauxii), kiln-dried", "import", ["sea"], ["CM", "GA"], (1.0, 1.5), (18000, 24000), ["EUR"], None, S),
    ("050800", "Scallop shells, cleaned and lacquered, decorative", "import", ["sea"], ["CN", "PE"], (1.5, 3), (4000, 10000), ["USD"], None, S),
    ("920994", "Piano keytops, acrylic, replacement sets", "import", ["express"], ["US", "DE"], (60, 120), (1, 3), ["USD", "EUR"], 1, S),
    ("442199", "Carved wooden animals, mango wood, Kenyan handicraft", "import", ["post"], ["KE"], (20, 40), (1, 4), ["USD"], 2, S),
    ("210690", "Green-tea extract capsules, food supplement", "import", ["express"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 8, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 18 rows dropped and 2 replaced, then EVERYDAY_2032_ADDED and 6 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Ginger, fresh",
          "Beef, fresh, boneless", "Frozen chicken cuts", "Frozen shrimps, vannamei", "Honey, natural, drums",
          "Milk powder, whole", "Inflatable kayaks", "Knitted hats, acrylic", "Maize flour, masa",
          "Footballs, inflatable", "Gelatin capsules, empty"],
    replace={
        "Baby diapers": ("961900", "Baby diapers, retail packs", "import", ["sea"], ["TR", "CN"], (2, 3), (8000, 14000), ["USD", "EUR"], 1.5, N),
        "Acoustic guitars": ("920710", "Digital pianos, home use", "import", ["sea"], ["CN", "ID"], (8, 14), (3000, 8000), ["USD"], 0.03, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("940161", "Upholstered armchairs, wooden frame", "import", ["sea"], ["VN", "PL"], (4, 7), (4000, 9000), ["USD", "EUR"], 0.06, N),
        ("691110", "Stoneware mugs, printed", "import", ["sea"], ["CN", "PT"], (1.5, 3), (6000, 12000), ["USD", "EUR"], 3, N),
        ("846711", "Cordless drills, with charger", "import", ["sea"], ["CN", "MY"], (10, 16), (3000, 8000), ["USD"], 0.6, N),
        ("630260", "Cotton terry bath towels", "import", ["sea"], ["TR", "PK"], (5, 8), (5000, 10000), ["USD", "EUR"], 2, N),
        ("491000", "Wall calendars, printed", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, N),
        ("190590", "Crispbread, rye, retail packs", "export", ["road"], ["NO", "CH"], (2, 3.5), (6000, 12000), ["EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind43", 20330501, HERE)


if __name__ == "__main__":
    main()
