#!/usr/bin/env python3
"""Writes the seventy-seventh blind set (tests/risk/data/blind77-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2039, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
Written by a person who had not read the profile packs (nor any rule file) and had not
run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL77-*:

    python3 tests/risk/data/make_blind77_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "US", [], "DE", "381400",
         "Reifenhaftmittel für RC-Modellautos (tire traction compound), 4 x 1 l", "US", 4.6, 4, 80, "USD",
         "RC-car tyre traction compounds are citrus or mineral-spirit solvents sold in 60-120 ml bottles at about "
         "0.8 kg/l; these four litre cans weigh 1.14 kg/l, do not soften the rubber and carry CAS 75-52-5 on the "
         "inner labels: nitromethane (Annex I above 16 %), by express to a private person in Kassel, although "
         "flammable liquids travel by express only as declared dangerous goods; German wording (nitromethane "
         "repeats in many sets; a tyre-traction-compound cover is new as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Trófea-fehérítő folyadék koponyákhoz és agancshoz, 6 x 1 l", "RS", 7.2, 6, 12000, "HUF",
         "hunters whiten skulls with 3-12 % peroxide pastes or 'Basol'-type powders in small packs; these six "
         "litres weigh 1.20 kg/l, vent through their caps, bleach the skin white on contact and the inner labels "
         "read 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), in a private car from Subotica for a private "
         "person in Szeged; Hungarian wording (hydrogen peroxide repeats in many sets and a taxidermy skull bleach "
         "hid it in blind32, by post from Türkiye to Italy; the Serbian road route and the Hungarian wording are "
         "the new part)",
         person("Magánszemély", "HU")),
        ("PRE-03", "import", "PTPOST01", "post", "CN", [], "PT", "320611",
         "Dióxido de titânio, pigmento branco para sabonete artesanal, 4 x 1 kg", "CN", 4, 4, 25, "USD",
         "titanium dioxide for soap-making is a dense, inert white pigment (about 4.2 g/cm3) that does not burn; "
         "these four bags of lighter, free-flowing crystals flare violently when a pinch meets sugar and a flame, "
         "and the inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Shenzhen "
         "to a private person in Braga who makes no soap for sale; Portuguese wording (potassium perchlorate "
         "repeats in many sets and a titanium-dioxide pigment cover appears in blind47, by express to Ireland; the "
         "soap-making story, by post to Portugal, is the new part)", person("João Pereira", "PT")),
        ("PRE-04", "import", "HRROAD01", "road", "RS", [], "HR", "250100",
         "So za regeneraciju omekšivača vode, tablete, 8 x 10 kg", "RS", 80, 8, 60, "EUR",
         "water-softener regeneration salt is pressed sodium chloride tablets at a few cents a kilo; these eight "
         "sacks hold loose, slightly yellowish crystals that draw damp and flare when a grain meets a flame, and "
         "the inner bags read 'NaClO3 98 %': sodium chlorate (Annex I above 40 %), 80 kg in a van at Bajakovo for "
         "a private person in Vukovar; Serbian wording (sodium chlorate repeats in many sets, water-softener and "
         "dishwasher salts hid precursors in a few, blind72 among them; the Serbia-Croatia road and the Serbian "
         "wording are the new part)", person("Privatna osoba", "HR")),
        ("PRE-05", "import", "IEAIR01", "express", "US", [], "IE", "382100",
         "Zarrouk culture medium salts for home spirulina growing, 2 x 5 kg", "US", 10, 2, 90, "USD",
         "Zarrouk medium for spirulina is mostly sodium bicarbonate with a little sodium nitrate and fizzes in "
         "vinegar; these two pails of white prills do not fizz, turn ice-cold in water and the inner bags read 'N "
         "34.5 %': ammonium nitrate (Annex I at 16 % N or more), by express to a private person in Cork who keeps "
         "no culture tanks; English wording (ammonium nitrate repeats in many sets; a spirulina culture-medium "
         "cover is new as far as a search found)", person("Private individual", "IE")),
        ("PRE-06", "import", "ATAIR01", "express", "US", [], "AT", "382499",
         "Ätzlösung für Meteoritenscheiben (Widmanstätten-Etching), 3 x 1 l", "US", 4.2, 3, 60, "USD",
         "meteorite dealers reveal Widmanstätten patterns with nital, 2-5 % nitric acid in alcohol, sold in small "
         "bottles; these three glass litres weigh 1.41 kg/l, give off brown fumes and stain the skin yellow: about "
         "68 % nitric acid (Annex I above 3 %), by express to a private person in Graz, although corrosive liquids "
         "go by express only as declared dangerous goods; German wording (nitric acid repeats in many sets; a "
         "meteorite-etching cover is new as far as a search found)", person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "pH минус течен 14,9 % за басейни, 10 x 20 л", "TR", 258, 10, 400, "EUR",
         "liquid pH-minus for pools is sold at 14.9 % sulphuric acid precisely to stay under the limit, at 1.10 "
         "kg/l; these ten 20 l cans weigh 1.29 kg/l, fume in damp air and test at about 38 %: sulphuric acid "
         "(Annex I above 15 %) for a private person in Haskovo who owns no pool, on a van from Edirne; Bulgarian "
         "wording (sulphuric acid and pool chemicals repeat in earlier rows, and a 14.9 % pH-minus hid stronger "
         "acid in blind49, by road from Britain to Belgium; from Türkiye to Bulgaria in Bulgarian is the new part)", person("Частно лице", "BG")),
        ("PRE-08", "import", "BEAIR01", "express", "GB", [], "BE", "110710",
         "Brouwpakket: pilsmout, 10 kg", "GB", 10, 1, 35, "GBP",
         "a home-brewing order to a private address: malt and hops are what brewers buy, but the third item's "
         "'Desinfectiemiddel voor brouwketel' weighs 1.13 kg/l, vents through its caps and bleaches the skin "
         "white: about 35 % hydrogen peroxide (Annex I above 12 %) where brewers use percarbonate or 5 % peracetic "
         "sanitiser, hidden as the last item of a three-item declaration for a private person in Ghent; Flemish "
         "wording (hydrogen peroxide repeats in many sets and brewing orders appear in earlier rows; this express "
         "route from Britain to Belgium is the new part)",
         dict(person("Jan Peeters", "BE"),
              _more_items=[item("121020", "Hopbellen Saaz, 1 kg", "GB", 1, 20, "GBP", qty=1),
                           item("382499", "Desinfectiemiddel voor brouwketel, 3 x 1 l", "GB", 3.4, 15, "GBP", qty=3)])),
        ("PRE-09", "import", "FRAIR01", "express", "US", [], "FR", "382499",
         "Bougies à oxygène de secours pour abri, surplus, 12 pièces", "US", 14, 12, 180, "USD",
         "chemical oxygen candles are aviation and submarine parts sold only to operators, never to shelters of "
         "private persons; these twelve cylinders are pressed sodium chlorate with a little iron powder, about 85 "
         "% chlorate by the maker's sheet: a mixture above the 40 % limit for sodium chlorate (Annex I), by "
         "express to a private person in Lyon, and an undeclared dangerous good (UN 3356); French wording (sodium "
         "chlorate repeats in many sets and oxygen-candle covers in several, a 'survival' generator to Spain in "
         "blind33 among them; to France by express from the US is kept for the route)", person("M. T. Dubois", "FR")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "310260",
         "Dusičnan vápenatý, hnojivo, 20 t vo vreciach 1 kg", "UA", 20000, 20000, 7000, "EUR",
         "calcium nitrate fertiliser is fine, damp-looking granules at 15.5 % N; this lorry holds hard white "
         "prills at 34.4 % N in 1 kg retail bags for a garden web shop in Košice that sells to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to private persons under the name of an "
         "Annex II fertiliser; Slovak wording (ammonium nitrate as calcium nitrate repeats in blind14 and blind38; "
         "a Ukrainian lorry of 1 kg retail bags for a Slovak web shop is the new part)",
         firm("Záhradník Online s.r.o.", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "440321",
         "Holzmasten für Weidezäune, gebraucht, 24 t", "AT", 24000, None, 1200, "EUR",
         "fence posts are sold new and peeled; these are 8-10 m telegraph and power poles pulled from a grid "
         "renewal, green-grey with copper-chrome-arsenic salts and tar at the foot, at 0.05 EUR/kg: wood treated "
         "with hazardous substances (17 02 04*), hazardous waste whose export to a non-OECD country is banned, for "
         "a Bihać 'farm supplier'; Austrian German wording (treated wood repeats in earlier rows, mostly railway "
         "sleepers, and reclaimed telegraph poles went by sea to Ghana in a development set; by road to Bosnia as "
         "fence posts is the new part)",
         {"importer_country": "BA"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "ME", "271500",
         "Reciklirani asfaltni granulat za podloge cesta, 25 t", "HR", 25000, None, 500, "EUR",
         "reclaimed asphalt is sold as tested granulate; these loads are black millings from a 1970s road that "
         "smell of coal tar and turn UV-blue under a lamp, PAH far above bitumen: coal-tar asphalt (17 03 01*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Nikšić contractor; Croatian wording "
         "(tar asphalt appears in earlier rows; a Croatia-Montenegro road route is new as far as a search found)", {"importer_country": "ME"}),
        ("WST-03", "export", "FRAIR01", "air", "FR", [], "IN", "711299",
         "Déchets d'argent dentaire pour affinage, 40 kg", "FR", 40, None, 2000, "EUR",
         "silver scrap for refining is alloy or sweepings with a silver assay; these jars are amalgam capsules and "
         "separator sludge from dental surgeries, about 50 % mercury, under water: dental amalgam waste (18 01 "
         "10*), hazardous waste whose export to a non-OECD country is banned, mercury-bearing waste that "
         "Regulation 2017/852 also keeps from export, for a Mumbai 'refiner'; French wording (amalgam waste as "
         "dental silver scrap to India repeats from blind6, blind37, blind41, blind45 and blind46; a knowing "
         "repeat in French wording)", {"importer_country": "IN"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "700100",
         "Sklenené črepy, číre, na pretavenie, 20 t", "SK", 20000, None, 600, "EUR",
         "clear cullet for remelting is washed, sorted container glass; these bales are crushed fluorescent tubes "
         "and compact lamps with white phosphor dust, metal end caps and 10-40 mg of mercury a lamp: "
         "mercury-containing lamp waste (20 01 21*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Mukachevo 'glass works'; Slovak wording (lamp waste as glass cullet repeats in several sets, all "
         "by sea; by road into Ukraine in Slovak is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "720449",
         "Shredded steel scrap HMS, 24 t", "NL", 24000, None, 3600, "EUR",
         "shredded steel is dry, clean fragments; these containers hold crushed used oil filters still dripping "
         "black oil, paper elements inside, oil pooling on the container floor: waste oil filters (16 01 07*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Karachi 'rolling mill'; English "
         "wording (crushed oil filters as HMS scrap repeat from blind6 and blind33, and oil filters went by road "
         "to Serbia in blind72; by sea to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "NG", "390750",
         "Alkydharz, Sonderposten, zur Wiederverwendung, 80 Fässer", "DE", 16000, 80, 1600, "EUR",
         "off-spec alkyd resin is a clear, uniform liquid with a data sheet; these drums hold layered, skinned "
         "sludge in many colours with overspray grit and solvent smell, from a car-body paint shop: paint sludge "
         "(08 01 13*), hazardous waste whose export to a non-OECD country is banned, for a Lagos 'paint maker'; "
         "German wording (paint sludge repeats in a few sets and an off-spec alkyd resin cover appears in blind15, "
         "by sea from Italy to Türkiye; to Nigeria in German is the new part)", {"importer_country": "NG"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "282490",
         "Óxido de plomo (minio) para pinturas anticorrosivas, 22 t", "ES", 22000, None, 4400, "EUR",
         "red lead is a bright orange pigment above 97 % Pb3O4; this is grey-brown, damp paste with sulphate and "
         "acid smell and grid fragments, from broken lead-acid batteries: waste lead-acid battery paste (Basel "
         "A1160), hazardous waste whose export to a non-OECD country is banned, for a Casablanca smelter; Spanish "
         "wording (red lead and battery paste repeat in many sets; kept for the Spain-Morocco sea route and the "
         "pigment wording)", {"importer_country": "MA"}),
        ("WST-08", "export", "BGSEA01", "sea", "BG", [], "GE", "381400",
         "Разредител, регенериран, за бояджийски работи, 60 бъчви", "BG", 11000, 60, 1100, "EUR",
         "recovered thinner is distilled, water-clear and sold with a specification; these drums hold dark, "
         "ink-laden washings from offset printers, with water layers and pigment sludge: waste organic solvents "
         "(14 06 03*), hazardous waste whose export to a non-OECD country is banned, for a Batumi 'paint shop'; "
         "Bulgarian wording (waste solvents repeat in earlier rows; a Varna-Batumi route is new as far as a search "
         "found)", {"importer_country": "GE"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "901890",
         "Dispozitive medicale folosite, donație umanitară, 6 t", "RO", 6000, None, 0, "EUR",
         "humanitarian donations of medical devices are working, cleaned equipment with lists; these bags hold "
         "used dialysis filters, tubing and catheters, blood-stained and unsealed, from a private clinic: "
         "infectious clinical waste (18 01 03*), hazardous waste whose export to a non-OECD country is banned, for "
         "a Bălți 'clinic'; Romanian wording (used dialysis filters went by sea in blind10 and blind11; as a "
         "humanitarian donation by road to Moldova is the new part)", {"importer_country": "MD"}),
        ("WST-10", "transit", "NLSEA01", "sea", "GB", ["NL"], "VN", "850760",
         "Used power banks, tested, grade B, 14 t", "GB", 14000, None, 7000, "USD",
         "graded used power banks are sorted, tested and boxed by model; these are loose, swollen cells and packs "
         "in gaylords, many dented, without terminals taped, from a British collection scheme: damaged waste "
         "lithium-ion batteries, hazardous waste moving through the Union without the transit notification Basel "
         "requires, towards Haiphong; English wording (waste batteries repeat in many sets and power banks hid "
         "them in blind11 (in transit to Ghana) and blind32; from Britain through Rotterdam to Vietnam is the new "
         "part)", {"importer_country": "VN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "CZAIR01", "express", "US", [], "CZ", "340391",
         "Řezná kapalina pro závitování, 12 x 500 ml", "US", 7.9, 12, 120, "USD",
         "tapping fluids are oils at about 0.9 kg/l; these bottles hold a thin, sweet-smelling liquid at 1.32 kg/l "
         "that evaporates from the skin, and the old-stock labels read 'contains 1,1,1-trichloroethane': methyl "
         "chloroform (Annex I, group V), a controlled substance whose import Regulation 2024/590 bans, by express "
         "to a private workshop in Brno; Czech wording (tapping fluids hid solvents in blind54 and blind68, to "
         "Germany; by express to Czechia in Czech is the new part)", person("Soukromá osoba", "CZ")),
        ("ODS-02", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Разтворител за почистване на кислородни системи, 8 x 10 л", "TR", 126, 8, 900, "EUR",
         "oxygen-service cleaning solvents today are HFE or HFO based; these cans weigh 1.57 kg/l, boil at 48 C "
         "and the drum code reads 'R-113': CFC-113 (Annex I, group I), whose import Regulation 2024/590 bans, for "
         "a welding-gas filler in Plovdiv; Bulgarian wording (CFC-113 repeats in earlier rows and an "
         "oxygen-service solvent hid it in blind21, by sea from China to Belgium; by road from Türkiye in "
         "Bulgarian is the new part)",
         firm("Тракия Газ ЕООД", "BG")),
        ("ODS-03", "import", "IEROAD01", "road", "GB", [], "IE", "842410",
         "Rally car fire extinguishers, 2 kg, used, serviced, 10", "GB", 40, 10, 300, "GBP",
         "motorsport extinguishers today are AFFF or FK-5-1-12; these ten units date from the 1990s, their gauges "
         "show full and the stamped agent is 'BCF': halon 1211 (Annex I, group III), whose import in equipment "
         "Regulation 2024/590 bans outside critical uses, for a private rally driver in Donegal; Irish-English "
         "wording (halon extinguishers repeat in many sets and racing-car extinguishers hid halon in blind71, by "
         "road from Serbia to Croatia; across the Northern Ireland border is the new part)", person("Private individual", "IE")),
        ("ODS-04", "import", "GRSEA01", "sea", "CN", [], "GR", "841510",
         "Κλιματιστικά τοίχου 12.000 BTU, R-410A, 300 τεμ.", "CN", 12000, 300, 45000, "USD",
         "R-410A split units carry pink-labelled service ports and a nameplate reading R-410A; these units' "
         "nameplates, under an overlabel, read 'R22, 0.95 kg' and their valves are R-22 sized: equipment "
         "pre-charged with HCFC-22 (Annex I, group VIII), whose import Regulation 2024/590 bans, for a Piraeus "
         "distributor; Greek wording (HCFC-22 equipment repeats in many sets; the overlabelled nameplate into "
         "Greece is kept for its wording; the units travel with copper line sets and wall brackets as a three-item "
         "declaration)",
         dict(firm("Αιγαίο Κλιματισμός ΑΕ", "GR"),
              _more_items=[item("741110", "Χαλκοσωλήνες ψύξης, σετ σύνδεσης, 300 τεμ.", "CN", 1800, 5400, "USD", qty=300),
                           item("732690", "Βάσεις τοίχου για εξωτερικές μονάδες, 300 τεμ.", "CN", 1500, 1500, "USD", qty=300)])),
        ("ODS-05", "import", "PLROAD01", "road", "UA", [], "PL", "380891",
         "Środek do fumigacji zbiorów bibliotecznych, 6 butli", "UA", 120, 6, 900, "EUR",
         "libraries today treat book pests by freezing or anoxia, with nitrogen or CO2; these six cylinders hold a "
         "liquefied gas at 1.73 kg/l with a faint chloroform smell, and the stamped code reads CH3Br: methyl "
         "bromide (Annex I, group VI), whose import and use Regulation 2024/590 bans, for a private 'antiquarian' "
         "in Lublin; Polish wording (methyl bromide repeats in many sets; a library-fumigation cover by road from "
         "Ukraine is new as far as a search found)", person("Piotr Nowak", "PL")),
        ("ODS-06", "import", "ITSEA01", "sea", "IN", [], "IT", "290323",
         "Percloroetilene per lavanderie a secco, 40 fusti", "IN", 10500, 40, 9000, "USD",
         "perchloroethylene for dry cleaning boils at 121 C; a sample from these drums boils at 77 C, does not "
         "absorb where perchloroethylene does in the infrared and matches CCl4: carbon tetrachloride (Annex I, "
         "group IV), whose import Regulation 2024/590 bans except for feedstock and laboratory use under licence, "
         "for a Naples 'laundry supplier'; Italian wording (carbon tetrachloride repeats in many sets; the code is "
         "right for perchloroethylene, and that disguise to Italy is kept for its wording)",
         firm("Partenope Forniture Srl", "IT")),
        ("ODS-07", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841869",
         "Eisbahn-Kälteanlage, gebraucht, betriebsbereit", "AT", 9000, 1, 20000, "EUR",
         "ice-rink plants sold on are emptied and their refrigerant recovered; this one travels with its circuit "
         "charged, about 600 kg, and the plate reads R-22: equipment relying on HCFC-22 (Annex I, group VIII), "
         "whose export Regulation 2024/590 bans, for a rink in Novi Sad; German wording (ice-rink plants repeat in "
         "several sets, exported by sea in blind55 and blind56; a charged plant by road to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("ODS-08", "import", "NLAIR01", "air", "US", [], "NL", "842410",
         "Wet-chemical kitchen fire extinguishers, 6 l, 40", "US", 400, 40, 12000, "USD",
         "wet-chemical kitchen extinguishers hold a potassium-acetate solution and are pressurised with nitrogen; "
         "these forty hold a liquefied gas that hisses off as vapour, not as a spray of liquid, and carry "
         "'Halotron I' under the overlabel: HCFC-123 blend (Annex I, group VIII), whose import in equipment "
         "Regulation 2024/590 bans, for a fire-safety dealer in Utrecht; English wording (HCFC-123 and Halotron "
         "repeat in many sets; a wet-chemical kitchen-extinguisher cover is new as far as a search found)",
         firm("Brandveilig Midden BV", "NL")),
        ("ODS-09", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "290379",
         "HFO-1233zd(E) 发泡剂与清洗剂, 20 钢瓶", "CN", 5000, 20, 30000, "USD",
         "HFO-1233zd(E) boils at 18 C and is sold under its trade name in new cylinders; a sample from these "
         "cylinders boils at 24 C, weighs 1.49 kg/l and matches CFC-11 by infrared: trichlorofluoromethane (Annex "
         "I, group I), whose import Regulation 2024/590 bans, by rail for a Kaunas foam maker; Chinese wording "
         "(CFC-11 and HFO covers repeat in earlier rows; a rail route to Lithuania with Chinese wording is new as "
         "far as a search found)", firm("Baltic Foam UAB", "LT")),
        ("ODS-10", "import", "SEPOST01", "post", "CN", [], "SE", "382499",
         "电子元件冷冻喷雾 (freeze spray), 12 x 400 ml", "CN", 5, 12, 30, "USD",
         "electronics freeze sprays today use HFC-152a or HFO-1234ze; these cans, posted from Shenzhen, hold a "
         "liquefied gas whose printed code reads 'R-12 / CFC-12' in Chinese: dichlorodifluoromethane (Annex I, "
         "group I), whose import Regulation 2024/590 bans, to a private person in Malmö, and an aerosol that may "
         "not travel by post; Chinese wording (freeze sprays repeat in many sets, with this Chinese wording by "
         "express to Germany in blind23; posted to Sweden is the new part)", person("Mr L. Nilsson", "SE")),
    ],
    "cultural": [
        ("CUL-01", "export", "DEROAD01", "road", "DE", [], "CH", "800110",
         "Zinnschrott, Altmetall, 1,2 t", "DE", 1200, None, 14000, "EUR",
         "tin scrap comes as dross, solder ends or cans; these crates hold several hundred organ pipes, flattened "
         "and bundled, with tuning slots and the stamped pipe names of an 18th-century Saxon maker: the "
         "dismembered pipework of a church organ older than 100 years, an element of a religious monument that "
         "leaves the Union only with an export licence (Regulation 116/2009, category A2), for a Basel metal "
         "dealer; German wording (church organ pipes came in from Ukraine as lead waste in a development set; "
         "exported as tin scrap by road to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-02", "export", "ROROAD01", "road", "RO", [], "MD", "470790",
         "Maculatură (hârtie uzată) pentru reciclare, 800 kg", "RO", 800, None, 80, "EUR",
         "waste paper is bales of cardboard and newsprint; these sacks hold bound 18th- and 19th-century parish "
         "registers of births and marriages in Romanian Cyrillic, with a parish seal: archives more than 50 years "
         "old (Regulation 116/2009, Annex I) that leave the Union only with an export licence, and registers of a "
         "Romanian parish, for a Chișinău 'paper mill'; Romanian wording (parish registers as waste paper appear "
         "in blind37, by post from Poland to the US, and in a development set; by road into Moldova in Romanian is "
         "the new part)",
         {"importer_country": "MD"}),
        ("CUL-03", "import", "ESAIR01", "express", "CO", [], "ES", "711719",
         "Réplicas de tumbaga, colgantes de latón, 12 piezas", "CO", 0.6, 12, 90, "USD",
         "tumbaga replicas sold in Bogotá are cast brass with a gilt wash and a shop tag; these twelve pendants "
         "are red-gold tumbaga with worn casting, soil in the recesses and no tag: pre-Hispanic gold-work that "
         "Colombia forbids to export (archaeological heritage of the Nation), brought in without the Colombian "
         "export certificate, for a private collector in Madrid; Spanish wording (pre-Hispanic gold-work from "
         "Colombia repeats in several sets, as replicas by post to Spain in blind68; 'tumbaga replicas' by express "
         "is kept for the wording)", person("Sr. J. García", "ES")),
        ("CUL-04", "import", "DEAIR01", "air", "OM", [], "DE", "680291",
         "Moderne Alabasterplatten, Wanddekor, 6 Stück", "OM", 90, 6, 300, "USD",
         "modern alabaster plaques are machine-cut and even; these six are hand-carved with ibex friezes and South "
         "Arabian inscriptions, weathered, with old breaks: Sabaean funerary stelae from Yemen, archaeological "
         "objects older than 250 years that need an import licence (Regulation 2019/880) and leave Yemen only "
         "illicitly, flown from Muscat for a Munich dealer; German wording (South Arabian alabaster from Oman to "
         "Germany appears in blind24, as decorative heads; inscribed stelae as wall plaques are the new part)",
         firm("Orient Kunsthandel GmbH", "DE")),
        ("CUL-05", "export", "CZAIR01", "air", "CZ", [], "US", "442019",
         "Lidové řezby z lipového dřeva, nové, 4 ks", "CZ", 120, 4, 400, "EUR",
         "new folk carvings are sharp and unpainted or freshly painted; these four saints are polychrome limewood "
         "figures with worm holes, old gilding and chapel inventory numbers on the base: 18th-century Baroque "
         "sculpture taken from wayside chapels, registered in the Czech list of stolen cultural goods, elements of "
         "dismembered religious monuments older than 100 years that leave the Union only with an export licence at "
         "any value (Regulation 116/2009, A2), for a New York dealer; Czech wording (Czech saints as new folk "
         "carvings repeat from blind39 and blind47, by road to Switzerland; by air to the US is the new part)", {"importer_country": "US"}),
        ("CUL-06", "import", "DEPOST01", "post", "UA", [], "DE", "830629",
         "Наконечники стріл, бронза, репліка, 30 шт.", "UA", 0.3, 30, 40, "EUR",
         "replica arrowheads are cast in clean bronze with sharp seams; these thirty are trilobate Scythian types "
         "with green patina, soil and the losses of long burial, posted from Zaporizhzhia: archaeological objects "
         "dug from Ukrainian burial mounds, which Ukraine forbids to export and the Union admits only with an "
         "import licence (Regulation 2019/880), to a private collector in Bremen; Ukrainian wording (Scythian "
         "arrowheads in this Ukrainian wording came by road to Poland in blind40 and as souvenirs from Armenia in "
         "blind3; by post to Germany as replicas is kept for the route)",
         person("Privatperson", "DE")),
        ("CUL-07", "import", "NLSEA01", "sea", "TR", [], "NL", "680221",
         "Marble garden stones, decorative, 8 pieces", "TR", 2400, 8, 800, "EUR",
         "garden stones are new, machine-cut blocks; these eight are Ottoman tombstones with turban tops, carved "
         "Arabic-script epitaphs and Hijri dates of the 18th century, lichen and mortar at the foot: funerary "
         "monuments that Türkiye forbids to export (Law 2863), declared as garden decor for a Rotterdam "
         "landscaper; English wording (Ottoman tombstones as garden stones repeat from blind15 and blind67, by "
         "road to Bulgaria; by sea to the Netherlands in English is the new part)", firm("Tuin & Steen BV", "NL")),
        ("CUL-08", "import", "FRAIR01", "air", "ML", [], "FR", "691390",
         "Figurines en argile, décor d'intérieur, fabrication récente, 5 pièces", "ML", 25, 5, 150, "EUR",
         "modern Malian terracottas are smooth, evenly fired and sold in Bamako markets; these five have burial "
         "crusts, mended breaks and the pustule motifs of the inland Niger delta: Djenné-Djenno terracottas, "
         "archaeological objects that Mali forbids to export and the Union admits only with an import licence "
         "(Regulation 2019/880), for a Paris gallery; French wording (inland-Niger terracottas repeat in several "
         "sets, by air to France in blind22 and to Belgium in blind34; the row is a knowing repeat, kept for its "
         "wording)",
         firm("Galerie Sahel SARL", "FR")),
        ("CUL-09", "transit", "DEAIR01", "air", "JO", ["DE"], "US", "490199",
         "Printed pages, Arabic calligraphy, decorative, 20 leaves", "JO", 2, 20, 200, "USD",
         "decorative printed calligraphy is on modern paper with print dots; these twenty leaves are hand-written "
         "Qur'an folios on parchment with gold illumination and Iraqi library stamps: cultural goods removed from "
         "Iraq, whose import into, export from and dealing in the Union Regulation 1210/2003 bans, moving through "
         "Frankfurt from Amman towards a US buyer; English wording (manuscript leaves repeat in many sets; Qur'an "
         "folios from Jordan in transit are kept for the route)", {"importer_country": "US"}),
        ("CUL-10", "import", "GBAIR01", "air", "LY", [], "GB", "680291",
         "Marble garden busts, modern, 2", "LY", 160, 2, 600, "USD",
         "modern garden busts are machine-finished with drill marks; these two are veiled female funerary busts of "
         "Cyrenaican type, Roman period, with root marks and a broken tenon: archaeological objects looted from "
         "Cyrene necropolises, which Libya forbids to export, flown from Benghazi for a London dealer, an offence "
         "under the Dealing in Cultural Objects (Offences) Act 2003; English wording (Libyan busts as garden "
         "figures repeat in blind36 and blind40, to Italy and Austria; to London is the new part)", firm("Mayfair Antiquities Ltd", "GB")),
    ],
    "strategic": [
        ("STR-01", "export", "DEPOST01", "post", "DE", [], "KZ", "852589",
         "Wildkameras für die Jagd, 6 Stück", "DE", 3, 6, 600, "EUR",
         "trail cameras are plastic boxes with a cheap sensor and infrared LEDs; these six are 640x512 uncooled "
         "thermal imaging cores with germanium lenses and no housing, at 100 EUR each where such cores cost "
         "thousands: thermal cameras of Annex VII of Regulation 833/2014 and dual-use category 6, posted to Almaty "
         "for onward drone makers in Russia; German wording (thermal modules as wildlife cameras went by air to "
         "Kyrgyzstan in blind13; by post to Kazakhstan is the new part)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "LVROAD01", "road", "LV", [], "RU", "220820",
         "Galda brendijs, 60 pudeles", "LV", 75, 60, 480, "EUR",
         "table brandy costs a few euros a bottle; these sixty crystal decanters in coffrets are cognac that "
         "retails above 2,000 EUR each: luxury goods above 300 EUR per item whose export to Russia Regulation "
         "833/2014 bans (Annex XVIII), on a van at Terehova for a Moscow client; Latvian wording (cognac repeats "
         "in blind5 and blind39, to China and Armenia; as table brandy by road from Latvia straight to Russia is "
         "the new part)",
         {"importer_country": "RU"}),
        ("STR-03", "import", "ATAIR01", "air", "TR", [], "AT", "711719",
         "Altın kaplama takı, 12 kg", "TR", 12, None, 3600, "EUR",
         "gold-plated jewellery is brass under a micron of gold; these chains test solid 22 carat and carry the "
         "hallmark and assay mark of a Moscow refiner, at 300 EUR/kg where gold is worth 60,000: Russian gold "
         "whose import Regulation 833/2014 bans (Article 3o), flown from Istanbul to a Vienna wholesaler; Turkish "
         "wording (Russian gold repeats in many sets, in Turkish jewellery to Germany in blind53; as gold-plated "
         "chains to Austria is the new part)", firm("Donau Schmuck GmbH", "AT")),
        ("STR-04", "import", "ROSEA01", "sea", "GE", [], "RO", "760511",
         "Sârmă de aluminiu 9,5 mm, nealiat, origine Azerbaidjan, 120 t", "AZ", 120000, None, 300000, "USD",
         "the certificates name an Azerbaijani smelter, which casts ingots and makes no 9.5 mm rod; the coils' "
         "inner tags and the bills of lading lead back to a Russian rod mill and a Black Sea port in Russia, "
         "trucked to Poti and re-documented: Russian aluminium wire whose import Regulation 833/2014 bans (Article "
         "3i), for a Constanța cable maker; Romanian wording (Russian aluminium repeats in many sets, wire rod as "
         "Turkish to Greece in blind46; as Azerbaijani from Georgia to Romania is the new part)",
         firm("Cabluri Dobrogea SRL", "RO")),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS", "BG", "TR"], "IR", "851580",
         "Schweißgeräte, industriell, 2 Stück", "DE", 1200, 2, 18000, "EUR",
         "industrial welding sets are transformers and wire feeders; these two are 3 kW fibre-laser sources with "
         "beam delivery heads and chillers, worth 60,000 EUR each: high-power lasers whose sale to Iran Regulation "
         "267/2012 restricts and the dual-use list controls above its thresholds, on a lorry for a Tehran "
         "'workshop', listed first of a three-item declaration whose other items (welding wire and protective "
         "masks) are what they say; German wording (fibre lasers went to Armenia in blind19 and blind38; as "
         "welding sets by road to Iran is the new part)",
         dict({"importer_country": "IR"},
              _more_items=[item("831120", "Schweißdraht, Fülldraht, 1,2 mm, 40 Spulen", "DE", 600, 2400, "EUR", qty=40),
                           item("900490", "Automatik-Schweißhelme, 20 Stück", "DE", 12, 1200, "EUR", qty=20)])),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "EG", "381010",
         "Fundente para soldadura fuerte de aluminio (fluoroaluminato potásico), 16 t", "ES", 16000, 640, 19000, "EUR",
         "aluminium brazing flux is potassium fluoroaluminate, a fine powder that melts at about 565 C; these bags "
         "hold a powder that does not melt in a brazing furnace, dissolves freely and tests at 98 % sodium "
         "fluoride: a chemical of dual-use entry 1C350 needing an export licence for every destination outside the "
         "Union, for a Port Said trader who supplies no brazing shop, with a notify party in Latakia; Spanish "
         "wording (sodium fluoride went to Iran and Lebanon in blind11 and blind49; a brazing-flux cover to Egypt "
         "is new as far as a search found)", {"importer_country": "EG"}),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "252329",
         "Цемент портландский М500, Казахстан, 12 вагонов", "KZ", 800000, None, 60000, "EUR",
         "cement wagons are hoppers that weigh what cement weighs; these twelve are covered gondolas whose scanner "
         "images show stacked long products, and the axle loads fit rolled steel: Russian iron and steel (Annex "
         "XVII of Regulation 833/2014), whose import is banned, re-documented in Kazakhstan as cement for a "
         "Vilnius builders' merchant; Russian wording ('Kazakh' cement hid Russian cement in blind71, by rail to "
         "Poland; steel under a cement declaration is new as far as a search found)", firm("Statybų Prekyba UAB", "LT")),
        ("STR-08", "export", "PLROAD01", "road", "PL", [], "BY", "401120",
         "Opony do samochodów ciężarowych, nowe, 24 szt.", "PL", 2600, 24, 12000, "EUR",
         "lorry tyres come in road sizes such as 315/80 R22.5; these are 46x17R20 and H44.5x16.5-21 radials, 30 "
         "ply, with aviation speed ratings: main- and nose-gear tyres for Airbus and Boeing narrow-bodies, at 500 "
         "EUR where each costs several thousand, for a Minsk address near the airport: aircraft parts whose sale "
         "to Belarus Regulation 765/2006 bans; Polish wording (aircraft tyres as lorry tyres repeat from blind20, "
         "blind34 and blind50, to Central Asia; straight to Belarus by road from Poland is the new part)", {"importer_country": "BY"}),
        ("STR-09", "export", "CZPOST01", "post", "CZ", [], "KG", "871410",
         "Náhradní díly na motocykly, 4 balíky", "CZ", 28, 4, 300, "EUR",
         "motorcycle spares are brake levers and chains; these four parcels hold cylinders, carburettors and "
         "ignition units of four-stroke aero engines of the Rotax 912/914 family, which power Russian military "
         "drones: aero-engine parts whose supply for use in Russia Regulation 833/2014 bans (Annex VII and XI), "
         "posted to a Bishkek address with no garage; Czech wording (Rotax 912 engines went to Türkiye as "
         "snowmobile engines in blind25; parts as motorcycle spares by post to Kyrgyzstan are the new part)", {"importer_country": "KG"}),
        ("STR-10", "export", "ITAIR01", "air", "IT", [], "PK", "540490",
         "Carbon fabric offcuts for surfboard repair, 300 kg", "IT", 300, None, 3000, "EUR",
         "surfboard repair cloth is light woven 200 g/m2 fabric in rolls; these are spools of continuous "
         "high-modulus carbon fibre tow with a tensile grade above the 1C010.b limits, at 10 EUR/kg where such "
         "fibre costs far more: dual-use fibre needing an export licence, for a Rawalpindi 'sports' firm tied to "
         "missile programmes; Italian-English wording (carbon fibre repeats in earlier rows and a surfboard cover "
         "hid prepreg tape to the UAE in a development set; carbon tow to Pakistan is the new part)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "SEAIR01", "express", "IN", [], "SE", "050590",
         "Dyed grizzly rooster capes for fly tying, 12", "IN", 0.4, 12, 120, "USD",
         "rooster hackle capes for fly tying are farmed skins with long, soft grizzly or dyed feathers; these "
         "twelve capes carry the hard, waxy, yellow-and-white spotted 'nail' feathers of the grey junglefowl "
         "('jungle cock'): Gallus sonneratii, CITES II (Annex B), trapped in southern India, whose export India "
         "forbids, sent by express without permits to a salmon-fly tyer in Umeå; English wording (fly-tying "
         "feathers hid hummingbird skins in blind70; jungle-cock capes are new as far as a search found)",
         person("Karin Andersson", "SE")),
        ("WLF-02", "import", "DEAIR01", "air", "LK", [], "DE", "030572",
         "Dried fish maw, 60 kg", "LK", 60, None, 9000, "USD",
         "fish maw is a swim bladder, smooth and pale; these are comb-like, dark filter plates: gill plates of "
         "manta and mobula rays, CITES II (Annex B), imported without export permits from Colombo for an Asian "
         "grocery wholesaler in Hamburg; English wording (gill plates from Sri Lanka repeat in many sets, as dried "
         "fish gills; the 'fish maw' name, used for totoaba bladders in earlier sets, is new for them as far as a "
         "search found)", firm("Elbe Asia Food GmbH", "DE")),
        ("WLF-03", "import", "NLAIR01", "air", "ZA", [], "NL", "060290",
         "Palm seedlings, nursery-grown, 12", "ZA", 240, 12, 600, "USD",
         "nursery palm seedlings come in pots with clean roots; these twelve are trunked cycads with cut roots and "
         "old leaf bases, decades old: Encephalartos spp., CITES I (Annex A), dug from the wild in the Eastern "
         "Cape, imported without permits for a Dutch collector; English wording (Encephalartos repeats in several "
         "sets, as palm seedlings to Britain in blind69; to the Netherlands is kept for the route)",
         person("Particulier", "NL")),
        ("WLF-04", "import", "ESAIR01", "express", "BO", [], "ES", "510529",
         "Hilo de alpaca baby, 8 kg", "BO", 8, None, 1200, "USD",
         "baby alpaca yarn is crimped, lustrous and about 22 microns; this is 12-13 micron, golden-fawn fibre with "
         "no 'VICUÑANDES' selvedge or range-state label: vicuña (Vicugna vicugna), CITES II only for fibre sheared "
         "from live animals and marked, here without permit or mark, by express to a Barcelona knitter; Spanish "
         "wording (vicuña as baby alpaca repeats in several sets, from Bolivia to Spain as stoles in a development "
         "set; as yarn for a knitter is a knowing repeat kept for the wording)", person("Maria Lopez", "ES")),
        ("WLF-05", "import", "BEAIR01", "air", "CD", [], "BE", "440799",
         "Bois de padouk, avivés, 6 m3", "CD", 4800, None, 4800, "USD",
         "padauk lumber is Pterocarpus soyauxii, coarse and orange-red; these planks are the finer, blood-red "
         "Pterocarpus tinctorius (mukula) cut in Katanga, and every African Pterocarpus has been CITES II since "
         "2022: flown without the export permit either would need to an Antwerp timber trader; French wording "
         "(mukula as padauk repeats in many sets, by sea from Tanzania to Belgium in blind37; by air from Congo is "
         "kept for the route)",
         firm("Anvers Bois SA", "BE")),
        ("WLF-06", "import", "ITPOST01", "post", "ID", [], "IT", "121190",
         "Tè alle erbe, miscela tradizionale, 2 kg", "ID", 2, None, 40, "USD",
         "herbal tea blends are dried leaves and flowers; these packs hold dried tokay geckos flattened on bamboo "
         "splints: Gekko gecko, CITES II since 2019 (Annex B), posted from Jakarta without permits to a private "
         "person in Milan; Italian wording (dried tokay geckos on splints repeat in blind35 and blind37, as "
         "traditional medicine; as herbal tea by post to Italy is the new part)", person("Sig. M. Bianchi", "IT")),
        ("WLF-07", "export", "PTAIR01", "air", "PT", [], "AE", "010639",
         "Pombos-correio de competição, 6", "PT", 12, 6, 600, "EUR",
         "racing pigeons travel in wicker crates with rings of the federation; these six crates hold young "
         "peregrine falcons with home-made rings and no microchips: Falco peregrinus, CITES I (Annex A), taken "
         "from Alentejo eyries and exported without permits to a Dubai buyer; Portuguese wording (falcons as "
         "racing pigeons repeat in several sets, from Spain to Qatar in blind5; from Portugal to Dubai is kept for "
         "the route)",
         {"importer_country": "AE"}),
        ("WLF-08", "import", "DEAIR01", "express", "IN", [], "DE", "121190",
         "Ayurvedische Kräuterpulver, Kuth-Wurzel ausgenommen, 5 kg", "IN", 5, None, 80, "USD",
         "an Ayurvedic herbal powder order says it leaves costus out; the powder smells of violets and fixes under "
         "the microscope as Saussurea costus root: CITES I (Annex A), whose commercial trade is banned, by express "
         "for a private person in Cologne; German wording (costus repeats in several sets; the 'costus excluded' "
         "description is new as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-09", "import", "DKAIR01", "air", "RU", ["TR"], "DK", "160432",
         "Laksekaviar, 40 x 500 g", "RU", 20, 40, 800, "EUR",
         "salmon roe is large, orange, 5 mm eggs; these tins hold small grey-black 2.5 mm eggs with a Russian "
         "CITES code on the inner lid: sturgeon caviar (Acipenseriformes, CITES II) without a valid export permit, "
         "from Russia, whose seafood the Union's sanctions also keep out (Regulation 833/2014, Article 3i), flown "
         "through Istanbul to a Copenhagen deli; Danish wording (caviar as salmon roe repeats in many sets; "
         "through Istanbul to Denmark is the new part)", firm("Nordhavn Delikatesser ApS", "DK")),
        ("WLF-10", "import", "SEROAD01", "road", "NO", [], "SE", "050790",
         "Hornpynt, gamle, fra dødsbo, 3 kg", "NO", 3, None, 900, "EUR",
         "a 'horn ornaments from an estate' lot is described as a multi-item estate sale: cow-horn spoons are what "
         "they say, but the third item's 'twisted bone walking-stick handles' are narwhal tusk sections: Monodon "
         "monoceros, CITES II (Annex A in the Union), without permits, by car from Bergen for a Gothenburg "
         "antiques dealer; Norwegian wording (narwhal tusk appears in earlier rows; hidden in an estate lot from "
         "Norway is new as far as a search found)",
         dict(firm("Göteborgs Antik AB", "SE"),
              _more_items=[item("960200", "Skjeer av kuhorn, 10 stk.", "NO", 1, 100, "EUR", qty=10),
                           item("960190", "Stokkhåndtak, vridd bein, 4 stk.", "NO", 2.4, 400, "EUR", qty=4)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "US", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel)", "US", 4.6, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-39-0012")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "US", "AT", "280800",
     "Nitric acid 65 %, 3 x 1 l, for a licensed private user (meteorite etching)", "US", 4.2, 3, 60, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-39-0044")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "842123",
     "Waste oil filters (16 01 07*), crushed, for recycling at a licensed plant, 20 t", "CH", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-39-0137")], "notified waste oil filters to a licensed recycling plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "853931",
     "Spent fluorescent lamps (20 01 21*), for mercury recovery at a licensed plant, 12 t", "NO", 12000, None, 0,
     "EUR", [("BASEL_CONSENT", "SE-NV-39-0058")], "notified lamp waste to a licensed mercury-recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "IN", "IT", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 1 l, for a licensed laboratory use", "IN", 9.6, 6, 180, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-39-006")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "Trichlorofluoromethane (CFC-11), 4 x 500 g, NMR reference standard, for a licensed laboratory use", "US",
     2, 4, 400, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-39-011")], "CFC-11 as a fluorine-NMR reference for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "DEROAD01", "road", "DE", "CH", "920999",
     "Organ pipes, tin-lead, c. 1760, from a decommissioned church organ, for restoration by a Swiss organ "
     "builder and return", "DE", 900, None, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-SN-EXP-39-0021")], "historic organ pipework exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "442019",
     "Polychrome limewood figure of St John of Nepomuk, c. 1740, from a private collection documented since 1962",
     "CZ", 30, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-39-0077")], "Baroque sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "852589",
     "Uncooled thermal imaging cores 640x512, 20, for a Norwegian search-and-rescue camera maker", "DE", 4, 20,
     60000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-39-0412"), ("END_USER_CERTIFICATE", "NO-EUC-39-0031")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "KR", "540490",
     "High-modulus carbon fibre tow, 300 kg, for a Korean sporting-goods maker", "IT", 300, None, 36000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-39-0188"), ("END_USER_CERTIFICATE", "KR-EUC-39-0045")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "BO", "ES", "510820",
     "Vicuña yarn, shorn from live animals, selvedge marked VICUÑANDES-BOLIVIA, 8 kg", "BO", 8, None, 9600, "USD",
     [("CITES_PERMIT", "BO-MMAyA-39-0019")], "App. II vicuña fibre, marked, with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Cycad seedlings (Encephalartos spp.), artificially propagated, 40, with phytosanitary certificate", "ZA",
     20, 40, 2000, "USD",
     [("CITES_PERMIT", "ZA-EC-39-0102")], "artificially propagated App. I cycads with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-02": "Thomas Gruber", "PRM-03": "Filterverwertung Süd GmbH",
    "PRM-05": "Laboratorio Analisi Partenope Srl", "PRM-06": "Institut für Analytische Chemie, Universität Leipzig",
    "PRM-11": "Hilaturas Andinas SL", "PRM-12": "Cycas Kwekerij Westland BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("381400", "RC-car tyre traction compound, citrus-based, 120 ml", "import", ["express"], ["US"], (30, 60), (1, 3), ["USD"], 6, S),
    ("320611", "Titanium dioxide pigment, rutile, 25 kg bags", "import", ["sea"], ["CN"], (2.5, 3.5), (10000, 20000), ["USD"], None, S),
    ("250100", "Water-softener salt tablets, 25 kg sacks", "import", ["road"], ["RS", "TR"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.04, S),
    ("382100", "Spirulina culture salts, Zarrouk, 1 kg", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 1, S),
    ("382499", "pH-minus granules (sodium bisulphate) for pools, 1.5 kg tubs", "import", ["road"], ["TR", "RS"], (1, 2), (2000, 8000), ["EUR"], 0.6, S),
    ("110710", "Pilsner malt, 25 kg sacks", "import", ["road"], ["GB"], (0.7, 1.1), (10000, 20000), ["GBP", "EUR"], 0.04, S),
    ("902000", "Escape smoke hoods, filter type, for hotels", "import", ["air"], ["US"], (40, 80), (100, 400), ["USD"], 1.5, S),
    ("440321", "Pine poles, peeled, untreated, for fencing", "export", ["road"], ["BA", "RS"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.02, S),
    ("271500", "Bitumen emulsion for road surfacing, drums", "export", ["road"], ["ME", "BA"], (0.4, 0.7), (15000, 22000), ["EUR"], None, S),
    ("842129", "Dental amalgam separators, new", "export", ["air"], ["IN", "AE"], (60, 120), (50, 300), ["EUR"], 0.2, S),
    ("842123", "Oil filters, new, boxed", "export", ["sea"], ["PK", "EG"], (4, 7), (2000, 8000), ["EUR"], 2, S),
    ("320810", "Alkyd enamel paint, new, 20 l pails", "export", ["sea"], ["NG", "GH"], (2, 3.5), (8000, 16000), ["EUR"], 0.05, S),
    ("381400", "Offset press wash, new, 200 l drums", "export", ["sea"], ["GE", "TR"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.006, S),
    ("901890", "Dialysis machines, refurbished with warranty", "export", ["road"], ["MD", "UA"], (25, 45), (500, 2000), ["EUR"], 0.011, S),
    ("340391", "Tapping fluid, mineral-oil based, 500 ml", "import", ["express"], ["US"], (10, 20), (1, 4), ["USD"], 2, S),
    ("842410", "Rally car extinguishers, AFFF foam, 2 kg, new", "import", ["road"], ["GB"], (15, 25), (200, 800), ["GBP"], 0.4, S),
    ("382499", "Museum oxygen-absorber sachets for anoxic pest treatment", "import", ["sea"], ["CN", "JP"], (6, 10), (1000, 3000), ["USD"], 20, S),
    ("290323", "Tetrachloroethylene for dry cleaning, drums", "import", ["sea"], ["IN", "US"], (0.9, 1.4), (8000, 16000), ["USD"], 0.004, S),
    ("841869", "Ice-rink refrigeration plant, new, CO2, shipped empty", "export", ["road"], ["RS", "CH"], (2, 4), (8000, 12000), ["EUR"], 0.0001, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new", "import", ["air"], ["US"], (8, 14), (200, 800), ["USD"], 0.1, S),
    ("340290", "Electronics cleaning swabs, foam-tipped, dry", "import", ["post"], ["CN"], (15, 30), (1, 2), ["USD"], 10, S),
    ("920999", "Organ pipes, new, tin-lead, for a Swiss organ builder", "export", ["road"], ["CH"], (60, 120), (100, 500), ["EUR"], 0.5, S),
    ("711719", "Tumbaga-style brass pendants, new, with shop tags", "import", ["express"], ["CO", "PE"], (80, 160), (1, 2), ["USD"], 20, S),
    ("680291", "Alabaster wall plaques, new, machine-cut", "import", ["sea"], ["OM", "EG"], (2, 4), (2000, 6000), ["USD"], 0.07, S),
    ("442019", "Limewood folk carvings, new, unpainted", "export", ["air"], ["US", "CA"], (30, 60), (100, 400), ["EUR"], 0.5, S),
    ("680221", "Marble garden stones, new, sawn", "import", ["sea"], ["TR"], (0.4, 0.8), (10000, 20000), ["EUR"], 0.01, S),
    ("691390", "Terracotta figurines, new, Bamako workshops", "import", ["air"], ["ML", "SN"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("490199", "Printed Arabic calligraphy posters, new", "import", ["air"], ["JO", "AE"], (10, 20), (100, 400), ["USD"], 5, S),
    ("852589", "Trail cameras, 24 MP, infrared, retail boxed", "import", ["express"], ["CN"], (60, 120), (1, 3), ["USD"], 2, S),
    ("711719", "Gold-plated brass fashion jewellery", "import", ["air"], ["TR", "IN"], (60, 120), (50, 200), ["EUR", "USD"], 20, S),
    ("851580", "Arc welding inverters, MMA, 200 A", "export", ["road"], ["TR", "RS"], (15, 25), (500, 2000), ["EUR"], 0.15, S),
    ("382440", "Concrete superplasticiser, PCE-based, IBCs", "export", ["sea"], ["LB", "EG"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("871410", "Motorcycle brake levers and chains", "export", ["post"], ["NO", "CH"], (20, 40), (1, 4), ["EUR"], 1, S),
    ("701963", "Glass-fibre cloth for surfboard repair, 200 g/m2 rolls", "import", ["express"], ["US", "AU"], (15, 30), (1, 4), ["USD"], 0.2, S),
    ("900311", "Acetate spectacle frames, tortoiseshell-look", "import", ["express"], ["JP", "CN"], (200, 400), (1, 2), ["USD", "EUR"], 40, S),
    ("510820", "Baby alpaca yarn, combed", "import", ["air"], ["PE", "BO"], (40, 70), (100, 400), ["USD"], None, S),
    ("121190", "Herbal tea blends, retail packs", "import", ["post"], ["ID", "LK"], (15, 30), (1, 2), ["USD"], 10, S),
    ("910690", "Electronic pigeon-racing clocks", "export", ["air"], ["AE", "TW"], (80, 150), (20, 100), ["EUR"], 1, S),
    ("330499", "Ayurvedic massage oils, sesame-based, 200 ml", "import", ["express"], ["IN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("960190", "Cow-horn spoons and combs, carved", "import", ["post"], ["NO", "IN"], (30, 60), (1, 2), ["EUR", "USD"], 20, S),
]
# Everyday trade: the same everyday rows as blind72 (blind64's everyday rows: make_blind_set.EVERYDAY_2032
# without the goods that travel with health or plant-health certificates, with wooden toys for electric
# scooters, EVERYDAY_2032_ADDED, blind52's five rows and three of blind58's; blind68's eight rows of its own
# and blind72's four).
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND72_ADDED
)


base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind77", 20390101, HERE)


if __name__ == "__main__":
    main()
