#!/usr/bin/env python3
"""Writes the thirty-eighth blind set (tests/risk/data/blind38-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2032, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round twenty-eight, to be measured once on its packs.
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
would. Ids are BL38-*:

    python3 tests/risk/data/make_blind38_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZROAD01", "road", "TR", ["BG", "RS", "HU", "SK"], "CZ", "282990",
         "Chloritan sodný 80 % (CAS 7775-09-9), úprava vody, sudy 25 kg, 600 kg", "TR", 600, 24, 1500, "EUR",
         "sodium chlorite for water treatment is CAS 7758-19-2; CAS 7775-09-9 is sodium chlorate (Annex I), here "
         "named as the chlorite and coded as another chlorate, not 282911, to a small trader; Czech wording",
         firm("Vodotech Obchod s.r.o.", "CZ")),
        ("PRE-02", "import", "SEAIR01", "air", "IN", [], "SE", "282990",
         "Natriumperklorat monohydrat, farmaceutisk kvalitet, för sköldkörtelblockad, 50 kg", "IN", 50, 2, 2600, "USD",
         "sodium perchlorate is a thyroid-blocking drug substance only for licensed manufacturers; 50 kg to a "
         "general trading firm with no manufacturing authorisation is an Annex I perchlorate under a medical story; "
         "Swedish wording", firm("Nordlys Handel AB", "SE")),
        ("PRE-03", "import", "HUPOST01", "post", "RS", [], "HU", "280800",
         "Salétromsav 65 %, aranyfinomító készlet része, 2 x 2,5 l", "RS", 7, 2, 60, "EUR",
         "65 % nitric acid (Annex I above 3 %) sent by post to a private person as part of a home gold-refining "
         "kit; Hungarian wording (gold-refining kits were in one earlier set, not by this route or language)",
         person("Magánszemély", "HU")),
        ("PRE-04", "import", "FIAIR01", "express", "US", [], "FI", "284700",
         "Vetyperoksidi 35 %, elintarvikelaatu, kasvihuoneen kasteluveden hapetukseen, 4 x 5 l", "US", 22, 4, 210, "USD",
         "'food-grade 35 %' peroxide sold for hydroponic oxygenation is above the 12 % Annex I limit for the public; "
         "20 litres by express to a private person; Finnish wording",
         {"consignee_name": "Yksityishenkilö", "importer_country": "FI"}),
        ("PRE-05", "import", "NLROAD01", "road", "GB", ["BE"], "NL", "271019",
         "Brandstof voor modelvliegtuigen, 'nitro 60 %', jerrycans 20 l, 3 stuks", "GB", 66, 3, 390, "GBP",
         "model glow fuel is 5-30 % nitromethane; '60 % nitro' in 20 l jerrycans is far above the 16 % Annex I limit, "
         "under petroleum oils by van from Britain to a private person; Dutch wording",
         person("Particulier", "NL")),
        ("PRE-06", "import", "ITAIR01", "express", "CN", [], "IT", "360350",
         "Accenditori elettrici per fuochi d'artificio, n. 8, cappellotto in alluminio, 500 pz", "CN", 6, 500, 900, "USD",
         "electric matches have no metal shell; a 'No. 8' aluminium cap is the strength rating of an electric "
         "detonator (UN 0030) declared under igniters by express to a private person; Italian wording",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-07", "import", "LTRAIL01", "rail", "KZ", [], "LT", "310260",
         "Kalcio nitratas, 34,4 % N, šiltnamiams, 25 kg maišai, 12 t", "KZ", 12000, 480, 3400, "USD",
         "calcium nitrate carries at most 15.5 % N; 34.4 % N is straight ammonium nitrate (Annex I) declared as the "
         "calcium nitrate fertiliser by rail to a newly registered trader; Lithuanian wording",
         firm("Žalias Laukas UAB", "LT")),
        ("PRE-08", "import", "HRAIR01", "air", "IN", [], "HR", "300390",
         "Kalijev klorat, sirovina za tablete za grlo, 200 kg", "IN", 200, 8, 700, "USD",
         "potassium chlorate gargle tablets left pharmacies decades ago; 200 kg of KClO3 (Annex I) to a trader with "
         "no pharmaceutical licence under unmixed medicaments; Croatian wording",
         firm("Medika Trgovina d.o.o.", "HR")),
        ("PRE-09", "import", "ATAIR01", "express", "US", [], "AT", "382290",
         "Schulchemie-Set 'Oxidation', Wasserstoffperoxid 30 % 3 l, mit Aceton 5 l und Schwefelsäure 96 % 2 l", "US", 11.5, 3, 215, "USD",
         "a 'school chemistry set' of 3 l of 30 % peroxide (Annex I above 12 %) packed with acetone and 96 % "
         "sulphuric acid, to a private person, is the TATP triad; school sets hold no reagent above 6 %; German wording",
         {"consignee_name": "Privatperson", "importer_country": "AT"}),
        ("PRE-10", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "310230",
         "Amonyum nitrat %33, tarım gübresi, 'teknik sınıf, düşük yoğunluk', big bag 1 t, 22 t", "TR", 22000, 22, 6800, "EUR",
         "'technical, low-density' AN is the porous explosives grade, declared as fertiliser in transit to a Serbian "
         "trader with no explosives licence; Turkish wording (porous AN repeats earlier sets; route and wording new)",
         {"consignee_name": "Agro Promet Trade DOO", "importer_country": "RS"}),
    ],
    "waste": [
        ("WST-01", "export", "PLRAIL01", "rail", "PL", [], "UA", "440612",
         "Podkłady kolejowe dębowe, używane, nieimpregnowane, do ogrodów, 40 t", "PL", 40000, 560, 2000, "EUR",
         "oak sleepers lifted from track are creosote-impregnated (hazardous wood waste 17 02 04*), declared as "
         "untreated under the non-impregnated subheading and sent by rail outside the OECD; Polish wording",
         {"importer_country": "UA"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "IN", "890190",
         "Bulk carrier, 1999 built, 28,000 dwt, sold for further trading, last voyage under St Kitts flag", "GR", 7200000, 1, 4100000, "USD",
         "a 33-year-old ship sold at a scrap price per light-displacement tonne to a cash buyer, reflagged for a "
         "'last voyage': an end-of-life ship heading to a beaching yard (Ship Recycling Regulation, Basel)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "262040",
         "Escorias de aluminio 'dross' para refundición, en sacas, 24 t", "ES", 24000, None, 720, "EUR",
         "salt slag from secondary aluminium smelting (10 03 08*, reacts with water to ammonia and phosphine) "
         "declared as aluminium dross for remelting at 30 EUR/t; hazardous waste may not go outside the OECD; "
         "Spanish wording", {"importer_country": "MA"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "IN", "281820",
         "Alumina balls, used, for reuse as catalyst bed support, drums, 18 t", "NL", 18000, 90, 1800, "EUR",
         "drums from a refinery hydrotreater turnaround hold spent Co-Mo catalyst on alumina, self-heating and "
         "sulphided (A2030), declared as inert bed-support balls", {"importer_country": "IN"}),
        ("WST-05", "export", "HUROAD01", "road", "HU", [], "UA", "681182",
         "Használt hullámpala tetőfedő lemezek, jó állapotban, 1 200 db", "HU", 21600, 1200, 1200, "EUR",
         "corrugated fibre-cement roofing from 1970s-80s demolition is asbestos cement (17 06 05*), declared under "
         "the asbestos-free subheading at 1 EUR a sheet; Hungarian wording", {"importer_country": "UA"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "382590",
         "Hydroxid kovů, koncentrát pro hutě, big bagy, 22 t", "CZ", 22000, 22, 1100, "EUR",
         "filter cake from a galvanising and plating line (metal hydroxide sludge, A1050) declared as a smelter "
         "concentrate at 50 EUR/t; Czech wording", {"importer_country": "RS"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "PK", "262190",
         "Kobberslagge blæsemiddel, til genbrug, big bags, 200 t", "DK", 200000, None, 2000, "EUR",
         "copper-slag grit after shipyard blasting carries old antifouling paint (TBT, copper) and is hazardous "
         "waste, not an abrasive for reuse, at 10 EUR/t; Danish wording", {"importer_country": "PK"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CM", "940360",
         "Effets de déménagement, mobilier usagé, conteneur 40'", "FR", 4000, None, 1500, "EUR",
         "a 'removal' container whose inventory hides 60 scrapped fridges with CFC foam and 120 CRT televisions: "
         "WEEE behind household effects; French wording",
         {"importer_country": "CM",
          "_more_items": [item("841821", "Réfrigérateurs usagés, 60 pcs", "FR", 3600, 600, "EUR", qty=60),
                          item("852872", "Téléviseurs cathodiques usagés, 120 pcs", "FR", 3000, 360, "EUR", qty=120)]}),
        ("WST-09", "export", "NOSEA01", "sea", "NO", [], "IN", "380190",
         "Carbon refractory blocks, used, for reuse in furnaces, 30 t", "NO", 30000, None, 1500, "EUR",
         "'used carbon refractory' from an aluminium smelter is spent pot lining (cyanide, fluoride; hazardous) at "
         "50 EUR/t under carbon pastes and articles", {"importer_country": "IN"}),
        ("WST-10", "export", "BEAIR01", "air", "BE", [], "CD", "300490",
         "Médicaments, don humanitaire, assortis, 1,2 t", "BE", 1200, None, 0, "EUR",
         "an unpaid 'donation' of mixed medicines whose batches expired last year: pharmaceutical waste (Y3) "
         "exported as aid to a private NGO address, without the WHO donation criteria; French wording",
         {"consignee_name": "ONG Espoir Santé Kivu", "importer_country": "CD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "390729",
         "Polyether polyol system for PU spray foam, component A, 1 t IBC, 20 t", "CN", 20000, 20, 52000, "USD",
         "the supplier's data sheet gives 'blowing agent: 245fa' - a polyol pre-blended with HFC-245fa, placed on "
         "the market without quota authorisation under plain polyols", {"importer_country": "IT"}),
        ("OZN-02", "import", "NLAIR01", "air", "IL", [], "NL", "382290",
         "Broommethaan, analytische standaard, gasflessen 50 kg, 6 stuks", "IL", 300, 6, 4200, "USD",
         "analytical standards come in millilitre ampoules; 300 kg of bromomethane (methyl bromide, Annex I "
         "group VI) is fumigant without an ODS licence; Dutch wording", {"importer_country": "NL"}),
        ("OZN-03", "import", "DEAIR01", "air", "JP", [], "DE", "340290",
         "精密洗浄剤 AK-225, 18 kg 缶, 20 缶", "JP", 360, 20, 14000, "USD",
         "AK-225 is HCFC-225ca/cb (dichloropentafluoropropane), an HCFC banned from use as a cleaning solvent in "
         "the EU; Japanese wording on a German import", {"importer_country": "DE"}),
        ("OZN-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "847989",
         "Industrial dehumidifiers, 90 l/day, 'refrigerant: see nameplate', 80 units", "CN", 5200, 80, 19000, "USD",
         "the nameplates read R-22; HCFC-charged equipment may not be placed on the market; the description avoids "
         "the gas, by rail from China", {"importer_country": "PL"}),
        ("OZN-05", "import", "SEAIR01", "express", "US", [], "SE", "842410",
         "Brandsläckare BCF 1,1 kg, veteran, 6 st", "US", 7, 6, 270, "USD",
         "BCF is halon 1211; halon extinguishers are banned outside listed critical uses; six vintage ones by express "
         "to a private person; Swedish wording", person("Karin Andersson", "SE")),
        ("OZN-06", "import", "GRPOST01", "post", "IN", [], "GR", "381400",
         "Αραιωτικό διορθωτικού υγρού, 1,1,1-τριχλωροαιθάνιο, 24 φιάλες 100 ml", "IN", 3.2, 24, 48, "USD",
         "1,1,1-trichloroethane (methyl chloroform) is an ozone-depleting substance, banned, declared as a "
         "correction-fluid thinner under composite solvents by post; Greek wording",
         person("K. Georgiou", "GR")),
        ("OZN-07", "import", "FRSEA01", "sea", "CN", [], "FR", "382499",
         "Bombe d'air sec ininflammable, 650 ml, 12 000 pcs", "CN", 6600, 12000, 16000, "USD",
         "a 'non-flammable' air duster is HFC-134a (HFO and dimethyl-ether dusters are flammable); technical aerosols "
         "with HFCs of GWP over 150 are banned; French wording", {"importer_country": "FR"}),
        ("OZN-08", "import", "HRROAD01", "road", "RS", [], "HR", "382761",
         "Regenerirani R-404A, boce 10,9 kg, 240 kom", "CN", 2620, 240, 14000, "EUR",
         "'reclaimed' R-404A from Serbia in new Chinese cylinders, with no reclamation certificate: virgin HFC "
         "brought in outside the quota under a recycled label; Croatian wording", {"importer_country": "HR"}),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "741110",
         "Медни тръби на рула, за климатизация, 400 кг", "TR", 400, 40, 4400, "EUR",
         "an HVAC installer's load: the 'POE compressor oil' comes in 60 returnable refrigerant cylinders of 12 kg "
         "with gas valves, i.e. HCFC-22; Bulgarian wording",
         {"importer_country": "BG",
          "_more_items": [item("271019", "Компресорно масло POE, бутилки 12 кг, 60 бр.", "TR", 720, 2600, "EUR", qty=60)]}),
        ("OZN-10", "transit", "SKROAD01", "road", "UA", ["SK", "CZ"], "DE", "290349",
         "Refrigerant R-502 'service blend', 13.6 kg cylinders, 50 pcs", "UA", 680, 50, 9000, "EUR",
         "R-502 is a CFC-115/HCFC-22 blend, production ended in 1996: stock moved in transit to a German buyer "
         "under the HFC derivatives heading", {"importer_country": "DE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "DZ", [], "FR", "680292",
         "Pierre sculptée de jardin, calcaire, inscription décorative, 1 pc", "DZ", 240, 1, 300, "EUR",
         "a limestone slab with a Latin 'D M S' inscription and a portrait niche is a Roman funerary stele from "
         "Algeria, declared as garden stone; French wording", {"importer_country": "FR"}),
        ("CUL-02", "import", "DEAIR01", "air", "NP", ["IN"], "DE", "442199",
         "Wood carving, temple strut style, new handicraft, 2 pcs", "NP", 46, 2, 260, "USD",
         "weathered paint, old nail holes and a carved deity in a bracket shape: roof struts stolen from a Kathmandu "
         "valley temple (Red List), declared as new handicraft via India", {"importer_country": "DE"}),
        ("CUL-03", "import", "NLAIR01", "express", "TR", [], "NL", "741980",
         "Decoratieve paardenbitten, messing, antieke look, 6 stuks", "TR", 4, 6, 1800, "EUR",
         "cast bronze cheek-pieces with animal figures at 300 EUR each are Luristan horse-bit plaques (Iran, Iron "
         "Age) sent by express as decorative brass; Dutch wording", person("M. Bakker", "NL")),
        ("CUL-04", "import", "ESAIR01", "air", "BO", ["PE"], "ES", "630499",
         "Tejidos artesanales usados, aguayos, 4 pzas", "BO", 6, 4, 2400, "USD",
         "ceremonial aguayos of Coroma are community property of Bolivia (returned from the US in 1992); old "
         "handwoven pieces at 600 USD each through Lima; Spanish wording", {"importer_country": "ES"}),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "US", "621149",
         "Costume teatrale d'epoca, pianeta ricamata in seta e oro, 1 pz", "IT", 3, 1, 18000, "EUR",
         "an 18th-century embroidered chasuble from a Sicilian parish at 18,000 EUR, exported as a theatre costume "
         "without the export certificate Italian law and EU 116/2009 require; Italian wording",
         {"importer_country": "US"}),
        ("CUL-06", "import", "GBAIR01", "air", "JO", [], "GB", "691200",
         "Ceramic bowls, calligraphy decoration, hand-painted, 5 pcs", "JO", 4, 5, 7500, "USD",
         "clay bowls with spiralling Aramaic ink script at 1,500 USD each are Sasanian-era incantation bowls "
         "from Iraq, routed through Jordan", {"importer_country": "GB"}),
        ("CUL-07", "import", "BGROAD01", "road", "TR", [], "BG", "680293",
         "Декоративен градински камък, резбован кръст, 1 бр.", "TR", 420, 1, 500, "EUR",
         "a red tuff slab with a carved cross and rosettes is a khachkar fragment (Armenian cross-stone, from the "
         "destroyed Julfa cemetery region) under granite; Bulgarian wording", {"importer_country": "BG"}),
        ("CUL-08", "import", "NLSEA01", "sea", "TH", [], "NL", "691390",
         "Beschilderde kleipotten, decoratief, 12 stuks", "TH", 30, 12, 3600, "USD",
         "buff pots with red swirl painting and soil in the pores are Ban Chiang ware, whose export Thailand "
         "forbids, at 300 USD each as decoration; Dutch wording", {"importer_country": "NL"}),
        ("CUL-09", "export", "PLPOST01", "post", "PL", [], "US", "740400",
         "Złom brązu, drobny, 3 kg", "PL", 3, None, 1200, "USD",
         "socketed axes, sickles and bracelets with green patina at 400 USD/kg are a Lusatian-culture hoard from "
         "metal detecting, posted as bronze scrap; Polish wording", {"importer_country": "US"}),
        ("CUL-10", "import", "GRSEA01", "sea", "LB", [], "GR", "680292",
         "Limestone cladding tiles, new, 600 x 300 mm, 18 t", "LB", 18000, None, 5400, "USD",
         "three 'reclaimed capitals' in a cladding container are Byzantine acanthus capitals with fresh breaks from "
         "Syria, riding behind new tiles",
         {"importer_country": "GR",
          "_more_items": [item("680292", "Reclaimed carved limestone capitals, garden decoration, 3 pcs", "SY", 900, 450, "USD", qty=3)]}),
    ],
    "strategic": [
        ("STR-01", "import", "ITSEA01", "sea", "TR", [], "IT", "720839",
         "Hot-rolled coil, S275JR, 3 mm, Turkish origin, 2,400 t", "TR", 2400000, 110, 1420000, "USD",
         "the mill certificates name slab heats cast in Russia: steel processed in a third country from Russian "
         "semi-finished products may not be imported (Regulation 833/2014, Annex XVII)", {"importer_country": "IT"}),
        ("STR-02", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "310420",
         "Potassium chloride 60 % K2O, granular, Kazakh origin, 1,400 t", "KZ", 1400000, None, 420000, "USD",
         "Kazakhstan mines no potash at this scale; pink granular KCl crossing Belarus by rail is Belarusian potash, "
         "whose import is banned (Regulation 765/2006)", {"importer_country": "PL"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "KG", "920120",
         "Flügel, gebraucht, 'für Musikschule', 2 Stück", "DE", 960, 2, 240000, "EUR",
         "two concert grands at 120,000 EUR each for a Bishkek 'music school' with a Moscow delivery address: "
         "luxury goods banned for export to Russia routed through Kyrgyzstan; German wording",
         {"importer_country": "KG"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AM", "846693",
         "Spare part for laser engraving machine, laser source, 1 pc", "DE", 70, 1, 58000, "EUR",
         "a 3 kW continuous-wave fibre laser source (dual-use 6A005) declared as an engraving-machine spare part "
         "to an Armenian reseller; engravers use 20-100 W", {"importer_country": "AM"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "AE", "281219",
         "Semiconductor doping precursor, arsenic chloride 99.999 %, 10 x 25 kg", "BE", 250, 10, 32000, "EUR",
         "arsenic trichloride is a CWC Schedule 2 chemical (lewisite precursor) exported without licence to a Dubai "
         "trader with no fab; dopant gases are bought by the gram", {"importer_country": "AE"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "LB", "283010",
         "Solfuro di sodio 60 %, scaglie, per concerie, 18 t", "IT", 18000, 720, 11000, "EUR",
         "sodium sulphide is an Australia Group chemical weapons precursor (1C350); 18 t to a Beirut trader for "
         "'tanneries' with onward trucking to Syria under sanctions; Italian wording",
         {"importer_country": "LB"}),
        ("STR-07", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "401130",
         "Luftfahrtreifen, neu, 46x17.0R20, 24 Stück", "DE", 2600, 24, 96000, "EUR",
         "A320/A310 main-wheel tyres to an Istanbul forwarder whose consignee is an Iranian airline: aviation goods "
         "banned for Iran; German wording", {"consignee_name": "Mahan Air Services c/o Bosphorus Lojistik", "importer_country": "TR"}),
        ("STR-08", "export", "CZAIR01", "express", "CZ", [], "AM", "847330",
         "Used gaming graphics cards, tested, 40 pcs", "US", 60, 40, 820000, "USD",
         "20,500 USD a card is the price of datacentre AI accelerators (3A090/4A090, CHPL), not used gaming cards; "
         "by express to Yerevan for Russia", {"importer_country": "AM"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", ["AE"], "IR", "950639",
         "Golf club weights, tungsten alloy, 12 kg bars, 20 pcs", "AT", 240, 20, 38000, "EUR",
         "golf weights are a few grams; 12 kg bars of 95 % tungsten heavy alloy (penetrator and counterweight "
         "material) to Iran via Dubai, where metals trade is sanctioned", {"importer_country": "IR"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", ["GE"], "UZ", "845390",
         "Ersatzteile für Textilmaschinen, Antriebe und Steuerungen, 2 Paletten", "DE", 570, 30, 168000, "EUR",
         "'textile-machine spares' at 168,000 EUR are 24 servo motors and 6 CNC controllers (CHPL items) under the "
         "textile-machinery parts heading, by sea to Georgia for an Uzbek trader with a Russian end user; German wording",
         {"importer_country": "UZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "EC", [], "ES", "030749",
         "Calamar seco en tiras, 400 kg", "EC", 400, None, 96000, "USD",
         "dried 'squid' at 240 USD/kg from Ecuador is brown sea cucumber (Isostichopus fuscus, CITES App. III "
         "Ecuador) with no permit; Spanish wording", {"importer_country": "ES"}),
        ("WLF-02", "import", "NLSEA01", "sea", "ID", [], "NL", "060290",
         "Boomvarenstammen, Dicksonia antarctica, 1-2 m, 300 stuks", "ID", 6000, 300, 9000, "USD",
         "Dicksonia antarctica grows in Australia, not Indonesia: Indonesian tree-fern trunks are Cyathea (CITES "
         "App. II) declared under the unlisted species; Dutch wording", {"importer_country": "NL"}),
        ("WLF-03", "import", "ITSEA01", "sea", "ZA", [], "IT", "130219",
         "Aloe vera gel powder 200:1, 25 kg drums, 800 kg", "ZA", 800, 32, 20000, "USD",
         "South Africa's aloe extract trade is Aloe ferox bitter crystals (CITES App. II); the black glassy lumps "
         "are not vera gel powder, which is white", {"importer_country": "IT"}),
        ("WLF-04", "import", "FRSEA01", "sea", "CM", [], "FR", "090619",
         "Écorces séchées de cannelle sauvage, 12 t", "CM", 12000, None, 30000, "EUR",
         "'wild cinnamon' bark from Cameroon in thick grey slabs is Prunus africana (pygeum, CITES App. II) "
         "outside the export quota; French wording", {"importer_country": "FR"}),
        ("WLF-05", "import", "DKAIR01", "air", "GL", [], "DK", "442199",
         "Drivtømmer-skulptur, spiralformet, 2,1 m, 1 stk", "GL", 8, 1, 9000, "DKK",
         "a 2.1 m spiral 'driftwood' piece from Greenland is a narwhal tusk (CITES App. II) without a permit; "
         "Danish wording", person("Privatperson", "DK")),
        ("WLF-06", "import", "BEAIR01", "air", "TG", [], "BE", "010620",
         "Geckos 'Phelsuma', nés en captivité, 60 pcs", "TG", 6, 60, 5400, "EUR",
         "flat leaf-shaped geckos at 90 EUR each from Togo are Malagasy Uroplatus (CITES App. II, exports "
         "suspended) laundered as West African captive-bred day geckos; French wording",
         {"importer_country": "BE"}),
        ("WLF-07", "import", "DEAIR01", "air", "IN", ["AE"], "DE", "320300",
         "Natural red dye powder, 'sandalwood red', 500 kg", "IN", 500, None, 9000, "USD",
         "powdered red sanders heartwood (Pterocarpus santalinus, CITES App. II; India allows only plantation "
         "exports with papers) under vegetable dyes via Dubai", {"importer_country": "DE"}),
        ("WLF-08", "import", "ITAIR01", "air", "PE", [], "IT", "510211",
         "Fibra di baby alpaca, grezza, 40 kg", "PE", 40, None, 18000, "USD",
         "raw fibre at 450 USD/kg is vicuña (CITES App. II only as cloth from shorn live animals with the VICUÑA "
         "mark), not baby alpaca at 30 USD/kg; Italian wording", {"importer_country": "IT"}),
        ("WLF-09", "import", "ATAIR01", "express", "LK", [], "AT", "030569",
         "Getrocknete Fischkiemen, für Suppe, 2 kg", "LK", 2, None, 1100, "USD",
         "dried 'fish gills' at 550 USD/kg are manta or mobula ray gill plates (CITES App. II) by express to a "
         "private person; German wording", person("Thomas Gruber", "AT")),
        ("WLF-10", "import", "DEAIR01", "air", "MY", [], "DE", "030111",
         "Ornamental freshwater fish, assorted tetras and rasboras, 400 pcs", "MY", 40, 400, 800, "USD",
         "six 'silver arowana' in the same boxes at 600 USD each are red Asian arowana (Scleropages formosus, "
         "CITES App. I) without permit or microchip",
         {"importer_country": "DE",
          "_more_items": [item("030111", "Dragon fish, 'silver arowana', 6 pcs", "MY", 3, 3600, "USD", qty=6)]}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "RS", "HU", "280800",
     "Nitric acid 65 %, for a licensed private gold refiner, 4 x 2.5 l", "RS", 14, 4, 80, "EUR",
     [("PRECURSOR_LICENCE", "HU-BM-32-0214")], "nitric acid above 3 % to a member of the public holding a licence"),
    ("PRM-02", "precursors", "import", "ITROAD01", "road", "AT", "IT", "360360",
     "Electric detonators No. 8, 3 m leads, for a marble quarry, 2,000 pcs", "AT", 90, 2000, 7600, "EUR",
     [("PRECURSOR_LICENCE", "IT-PREF-32-0588")], "detonators with their transfer licence to a Carrara quarry"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "262040",
     "Aluminium salt slag, for salt recovery, big bags, 24 t", "NO", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-32-0733")], "notified salt slag to a licensed salt-slag recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "440692",
     "Used creosoted railway sleepers, for energy recovery, 22 t", "CH", 22000, 300, 0, "EUR",
     [("BASEL_CONSENT", "DE-BY-32-0419")], "notified treated wood to a hazardous-waste incinerator"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "IL", "NL", "290361",
     "Bromomethane, feedstock for pharmaceutical synthesis, 900 kg cylinders, 2 pcs", "IL", 1800, 2, 9800, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-32-0015")], "methyl bromide for feedstock use under an ODS licence"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Recovered halon 1211, for aircraft cabin extinguishers (critical use), 4 x 25 kg", "GB", 100, 4, 6200, "GBP",
     [("ODS_LICENCE", "FR-MTE-ODS-32-0044")], "recycled halon for a listed critical use under licence"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "621149",
     "18th-century silk chasuble, Sicilian, for a museum loan, 1 pc", "IT", 3, 1, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-32-0291")], "a liturgical vestment with its export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970510",
     "Roman funerary stele, limestone, collection formed 1890s, 1 pc", "FR", 210, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-32-0112")], "an old-collection inscription with its export certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "901320",
     "Fibre laser source, 3 kW continuous wave, for a car-body welding line, 1 pc", "DE", 70, 1, 61000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-32-1187"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0215")],
     "6A005 laser under licence to a Japanese car plant"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "KR", "281219",
     "Arsenic trichloride 99.9999 %, for MOCVD precursor synthesis, 4 x 5 kg", "BE", 20, 4, 9000, "EUR",
     [("EXPORT_LICENCE", "BE-FLA-32-0377"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-32-0406")],
     "Schedule 2 AsCl3 under licence to a Korean semiconductor-materials maker"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "030111",
     "Asian arowana, captive-bred, microchipped, from a registered farm, 20 pcs", "MY", 10, 20, 9000, "USD",
     [("CITES_PERMIT", "MY-CITES-32-02217")], "App. I fish from a registered breeder with its permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, dried, within export quota, for extract production, 8 t", "CM", 8000, None, 24000, "EUR",
     [("CITES_PERMIT", "CM-CITES-32-0781")], "pygeum bark with its CITES export permit to an extract maker"),
]

CONSIGNEES = {
    "PRM-01": "Kovács Nemesfém Egyéni Vállalkozó", "PRM-02": "Marmi Apuani Escavazioni Srl",
    "PRM-03": "Rheinland Salzschlacke Recycling GmbH", "PRM-06": "Aéro Maintenance Toulouse SAS",
    "PRM-09": "Chubu Body Works Co., Ltd.", "PRM-12": "Extraits Végétaux du Rhône SAS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows)
    ("282890", "Sodium chlorite 25 % solution, water treatment, CAS 7758-19-2, 1 t IBC", "import", ["road"], ["TR", "CH"], (0.8, 1.4), (5000, 12000), ["EUR"], None, S),
    ("760320", "Aluminium alloy powder AlSi10Mg, for laser powder-bed fusion, to an additive-manufacturing bureau", "import", ["air"], ["US", "CN"], (40, 80), (100, 600), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 3 % solution, first aid, 250 ml bottles", "import", ["express"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 4, S),
    ("382499", "Model glow fuel, 10 % nitromethane, 1 l bottles", "import", ["express"], ["GB", "US"], (8, 15), (2, 6), ["GBP", "USD"], 1, S),
    ("310260", "Calcium nitrate 15.5 % N, greenhouse grade, 25 kg bags", "import", ["sea"], ["NO", "CN"], (0.35, 0.5), (20000, 24000), ["EUR", "USD"], None, S),
    ("950300", "Children's chemistry set 8+, EN 71-4, no hazardous reagents", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 0.8, S),
    ("310240", "Calcium ammonium nitrate 27 % N, to a farming cooperative", "import", ["sea"], ["EG", "GE"], (0.28, 0.38), (22000, 26000), ["USD"], None, S),
    ("440612", "Oak railway sleepers, new, untreated, for landscaping", "import", ["road", "rail"], ["UA", "RS"], (0.25, 0.4), (18000, 24000), ["EUR"], 0.014, S),
    ("760120", "Secondary aluminium ingots AlSi9Cu3, EN 1676", "import", ["sea"], ["TR", "AE"], (2.0, 2.6), (20000, 24000), ["USD"], None, S),
    ("281820", "Activated alumina balls, new, catalyst bed support, 1 t bags", "import", ["sea"], ["CN", "IN"], (0.9, 1.5), (15000, 20000), ["USD"], None, S),
    ("681182", "Fibre-cement corrugated roofing sheets, new, asbestos-free, EN 494", "import", ["road"], ["TR", "RS"], (0.3, 0.5), (18000, 22000), ["EUR"], 0.06, S),
    ("262190", "Copper slag abrasive, new, graded 0.2-1.4 mm, EN ISO 11126-3", "import", ["sea"], ["TR", "ZA"], (0.08, 0.14), (22000, 26000), ["EUR", "USD"], None, S),
    ("841821", "Fridge-freezers, household, new, R-600a", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.017, S),
    ("390729", "Polyether polyol system, HFO-1233zd blown, spray-foam component A, 1 t IBC", "import", ["sea"], ["US", "KR"], (2.5, 3.5), (15000, 20000), ["USD"], None, S),
    ("290919", "Hydrofluoroether cleaning fluid HFE-7200, 18 kg cans", "import", ["air"], ["JP", "US"], (40, 70), (100, 600), ["USD"], 0.055, S),
    ("847989", "Industrial dehumidifiers, R-290, new", "import", ["sea", "rail"], ["CN"], (8, 14), (3000, 8000), ["USD"], 0.015, S),
    ("842410", "Fire extinguishers, 6 kg ABC powder, EN 3, new", "import", ["road"], ["TR", "RS"], (2.5, 4), (5000, 10000), ["EUR"], 0.09, S),
    ("382499", "Air duster 400 ml, HFO-1234ze propellant", "import", ["sea"], ["CN", "US"], (6, 10), (2000, 6000), ["USD"], 2.5, S),
    ("290351", "HFO-1234yf refrigerant, 5 kg refillable cylinders, to a car-dealer workshop chain", "import", ["sea"], ["US", "CN"], (30, 60), (500, 3000), ["USD"], 0.2, S),
    ("681099", "Cast-stone replica Roman stele, garden ornament, new", "import", ["sea"], ["TR", "TN"], (0.8, 1.5), (3000, 8000), ["EUR"], 0.01, S),
    ("442199", "Nepalese woodcarving, new, with workshop invoice", "import", ["post"], ["NP", "IN"], (20, 40), (1, 5), ["USD"], 0.5, S),
    ("830629", "Horse brasses, new, decorative, cast brass", "import", ["post"], ["IN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 5, S),
    ("630499", "Handwoven alpaca table runners, new, fair trade", "import", ["post"], ["BO", "PE"], (40, 80), (1, 3), ["USD"], 3, S),
    ("621149", "Theatre costumes, polyester brocade, made to order", "import", ["air"], ["GB", "IN"], (30, 60), (50, 300), ["GBP", "USD"], 1, S),
    ("691200", "Hand-painted ceramic bowls, new, calligraphy motif", "import", ["sea"], ["TR", "MA"], (3, 6), (3000, 8000), ["EUR", "USD"], 1.5, S),
    ("680293", "Granite memorial crosses, new, polished", "import", ["sea"], ["CN", "IN"], (1.5, 2.5), (15000, 22000), ["USD"], 0.01, S),
    ("691390", "Celadon vases, new, Thai handicraft", "import", ["post"], ["TH"], (20, 40), (1, 4), ["USD"], 1, S),
    ("740400", "Bronze turnings, new-production offcuts, for a foundry", "export", ["road"], ["CH", "NO"], (4, 6), (5000, 15000), ["EUR"], None, S),
    ("680292", "Limestone cladding tiles, new, 600 x 300 mm", "import", ["sea"], ["TR", "EG"], (0.25, 0.4), (18000, 24000), ["USD", "EUR"], None, S),
    ("720839", "Hot-rolled coil S235JR, Korean mill, with mill certificates", "import", ["sea"], ["KR", "IN"], (0.55, 0.7), (20000, 26000), ["USD"], None, S),
    ("310420", "Potassium chloride 60 % K2O, granular, Canadian", "import", ["sea"], ["CA"], (0.3, 0.4), (22000, 27000), ["USD"], None, S),
    ("920110", "Upright pianos, new", "import", ["sea"], ["CN", "ID"], (12, 20), (3000, 8000), ["USD"], 0.004, S),
    ("845611", "CO2 laser engravers 60 W, new", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.01, S),
    ("283010", "Sodium sulphide flakes 60 %, to a tannery", "import", ["sea"], ["CN", "IN"], (0.5, 0.8), (18000, 22000), ["USD"], None, S),
    ("401130", "Aircraft tyres, new, to an EU airline maintenance base", "import", ["air"], ["US", "JP"], (25, 45), (200, 1200), ["USD"], 0.01, S),
    ("847330", "Consumer graphics cards, new, retail boxed", "import", ["sea", "air"], ["TW", "CN"], (60, 120), (300, 2000), ["USD"], 0.6, S),
    ("950631", "Golf clubs, drivers and irons, new", "import", ["sea"], ["CN", "VN"], (30, 50), (1000, 4000), ["USD"], 2, S),
    ("030749", "Dried shredded squid, retail packs", "import", ["sea"], ["CN", "TH"], (6, 10), (5000, 12000), ["USD"], None, S),
    ("130219", "Aloe vera gel powder 200:1, white, food grade", "import", ["sea"], ["MX", "US"], (20, 35), (500, 3000), ["USD"], None, S),
    ("090611", "Ceylon cinnamon quills", "import", ["sea"], ["LK"], (8, 14), (5000, 15000), ["USD"], None, S),
    ("510820", "Baby alpaca yarn, dyed, on cones", "import", ["air", "sea"], ["PE"], (40, 70), (500, 3000), ["USD"], None, S),
    ("030111", "Ornamental fish, farmed tetras, rasboras and silver arowana", "import", ["air"], ["SG", "MY"], (15, 30), (50, 300), ["USD"], 20, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 7 rows dropped and three rows added after it (EVERYDAY_2032_ADDED, first drawn here).
base.GOODS += base.everyday(
    drop=["Peaches and nectarines, fresh", "Frozen peas", "Maize flour, masa", "Instant noodles, retail packs",
          "Knitted hats, acrylic", "Inflatable kayaks", "Baby diapers"],
    add=base.EVERYDAY_2032_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind38", 20320701, HERE)


if __name__ == "__main__":
    main()
