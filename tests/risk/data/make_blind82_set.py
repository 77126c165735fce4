#!/usr/bin/env python3
"""Writes the eighty-second blind set (tests/risk/data/blind82-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2039, with goods, routes,
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
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts,
biocidal fumigants) are left out of the ordinary imports. Disguised rows carry a consignee
name only where a real declaration would. Ids are BL82-*:

    python3 tests/risk/data/make_blind82_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEAIR01", "express", "KR", [], "IE", "330690",
         "투명교정장치 세정액, 4 x 1 L", "KR", 4.6, 4, 60000, "KRW",
         "clear-aligner cleaners are enzyme tablets or foams sold in 100 ml bottles, at most a few per cent peroxide; "
         "these four litres are water-thin, weigh 1.13 kg/l, vent through the caps and whiten the skin: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Seoul to a private person in Cork who wears no "
         "aligner and runs no practice; Korean wording (hydrogen peroxide repeats in many sets; an aligner-cleaner "
         "cover is in no earlier row that a search found)", person("Private individual", "IE")),
        ("PRE-02", "import", "SEAIR01", "express", "JO", [], "SE", "360690",
         "سائل إشعال فحم الشيشة، 6 × 1 لتر", "JO", 6.8, 6, 30, "JOD",
         "shisha-coal lighter fluid is paraffin at about 0.76 kg/l with a kerosene smell; these six litres weigh "
         "1.14 kg/l, smell faintly fruity and the inner caps read 'CH3NO2': nitromethane (Annex I above 16 %), sent "
         "by express from Amman to a private person in Malmö, although flammable liquids travel by express only as "
         "declared dangerous goods; Arabic wording (nitromethane repeats in many sets and quick-light shisha charcoal "
         "hid a precursor in blind74; a liquid lighter from Jordan to Sweden is the new part)",
         person("Privatperson", "SE")),
        ("PRE-03", "import", "NLPOST01", "post", "US", [], "NL", "283720",
         "Potassium ferricyanide, cyanotype sensitizer part B, 2 x 1 lb", "US", 0.9, 2, 45, "USD",
         "potassium ferricyanide for cyanotype prints is ruby-red crystals that stain yellow in water; these two "
         "pounds are glossy white crystals that flare violet on a hot plate, and the inner bags carry CAS 3811-04-9: "
         "potassium chlorate (Annex I above 40 %), posted from Oregon to a private person in Zwolle; US English "
         "wording (potassium chlorate repeats in many sets; a cyanotype-chemistry cover is in no earlier row that a "
         "search found)", person("Particulier", "NL")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "250100",
         "Сіль для консервування, нейодована, 10 x 1 кг", "UA", 10, 10, 400, "UAH",
         "non-iodised canning salt is sodium chloride, salty and inert on a hot pan; these ten bags hold fine white "
         "crystals that taste cool rather than salty, spit and flare yellow on a stove plate and carry 'NaClO3' on "
         "the inner liners: sodium chlorate (Annex I above 40 %), in the boot of a private car at Medyka for a "
         "private person in Rzeszów; Ukrainian wording (sodium chlorate repeats in many sets and pickling-salt covers "
         "in three; a canning-salt cover by car from Ukraine to Poland is the new part)",
         person("Osoba prywatna", "PL")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "310430",
         "Sulfat de potasiu pentru viță-de-vie, 20 saci x 25 kg", "MD", 500, 20, 300, "EUR",
         "potassium sulphate for vines is a heavy, fine grey-white powder that dissolves slowly and does not chill "
         "water; these twenty sacks hold porous white prills that turn water ice-cold and melt and fizz on a hot "
         "plate, and the inner liners read 'NH4NO3 34,4 % N': ammonium nitrate (Annex I at 16 % N or more), brought "
         "by van at Sculeni for a private person in Iași who holds no vineyard; Romanian wording (ammonium nitrate "
         "repeats in many sets and vineyard covers in three; a potassium-sulphate cover from Moldova is the new part)",
         person("Persoană fizică", "RO")),
        ("PRE-06", "import", "EEPOST01", "post", "KZ", [], "EE", "340290",
         "Средство для очистки самогонного аппарата, 5 x 1 л", "KZ", 7, 5, 9000, "KZT",
         "still cleaners for home distillers are citric-acid powders or mild liquids; these five litres weigh "
         "1.40 kg/l, give off brown fumes when opened and yellow the skin: about 65 % nitric acid (Annex I above "
         "3 %), posted from Almaty to a private person in Narva, although corrosive liquids may not go by post; "
         "Russian wording (nitric acid repeats in many sets; a still-cleaner cover is in no earlier row that a search "
         "found)", person("Частное лицо", "EE")),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "382499",
         "Tekući pH-minus za hidromasažnu kadu, 10 x 1 l", "BA", 18.4, 10, 120, "BAM",
         "liquid pH-minus for spas is dilute acid or a sodium-bisulphate solution at about 1.1 kg/l; these ten "
         "litres are oily, water-clear, weigh 1.84 kg/l and char a paper towel at once: about 96 % sulphuric acid "
         "(Annex I above 15 %), in a private car at Bijača for a private person in Split with no hot tub; Bosnian "
         "wording (sulphuric acid repeats in many sets, pH-minus covers in several, one from Türkiye to Greece, and a "
         "hot-tub cover hid an oxidiser in blind20; a hot-tub pH-minus by car from Bosnia to Croatia is the new "
         "part)", person("Privatna osoba", "HR")),
        ("PRE-08", "import", "ITPOST01", "post", "AL", [], "IT", "291813",
         "Krem tartar për stabilizimin e verës, 5 x 1 kg", "AL", 5, 5, 2500, "ALL",
         "cream of tartar for wine is a sour-tasting fine powder that barely dissolves in cold water; these five "
         "kilos are tasteless, coarser crystals that flare violet on a hot plate, and the inner bags carry CAS "
         "7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Durrës to a private person in Bari who "
         "makes no wine; Albanian wording (cream-of-tartar covers repeat in several sets, for potassium chlorate; "
         "potassium perchlorate under it, by post from Albania, is the new part)", person("Privato", "IT")),
        ("PRE-09", "import", "FRROAD01", "road", "GB", [], "FR", "392690",
         "Soap-making supplies: silicone and plastic moulds, 24 pcs", "GB", 6, 24, 90, "GBP",
         "a soap-making order to a private address in Lille: moulds and fragrance oils are what soap makers buy, but "
         "the third item's 'sodium hydroxide flakes' do not warm in water, are not caustic to the touch, and flare "
         "violet on a hot plate, and the inner bags read 'KClO3': potassium chlorate (Annex I above 40 %), hidden as "
         "the last item of a three-item declaration brought by car through the tunnel; English wording (potassium "
         "chlorate repeats in many sets and soap-making covers in two; lye flakes in a soap-making order is new as "
         "far as a search found)",
         dict(person("M. T. Lefebvre", "FR"),
              _more_items=[item("330290", "Fragrance oils for cold-process soap, 10 x 100 ml", "GB", 1.1, 60, "GBP", qty=10),
                           item("281511", "Sodium hydroxide flakes for cold-process soap, 4 x 1 kg", "GB", 4, 16, "GBP", qty=4)])),
        ("PRE-10", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "LT", "310221",
         "Ammoniy sulfat, 21 % N, 5 kg li qoplarda, 22 t", "UZ", 22000, 4400, 6600, "USD",
         "ammonium sulphate is sold in 50 kg sacks as fine white crystals that do not chill water; these 4,400 "
         "retail bags of 5 kg hold porous prills that turn water ice-cold and read 'NH4NO3 34,4 %' on the delivery "
         "note, bound for an allotment gardeners' association whose shop sells them over the counter to members: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to the general public; Uzbek wording (ammonium "
         "nitrate repeats in many sets and ammonium-sulphate covers in several; retail bags by rail from Uzbekistan "
         "for allotment gardeners are new as far as a search found)", firm("Sodininkų Bendrija Ąžuolynas", "LT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "260600",
         "Gecalcineerd bauxiet, granulaat voor vuurvaste producten, 60 big bags", "NL", 54000, 60, 2700, "EUR",
         "calcined bauxite for refractories is hard, tan-grey grit sold by grade; these big bags hold grey-black "
         "extrudates coated with coke, that smell of sulphur, grow warm in the open air and carry a refinery's drum "
         "numbers: spent nickel-molybdenum hydrotreating catalyst (16 08 02*), hazardous waste whose export to a "
         "non-OECD country is banned, from Rotterdam for a Gujarat 'refractory maker' at 0.05 EUR/kg; Dutch wording "
         "(spent catalyst repeats in many sets, as alumina support balls in blind38 and blind74; as calcined bauxite "
         "is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "AL", "681182",
         "Lastre ondulate in fibrocemento, usate, senza amianto, in buono stato, 18 t", "IT", 18000, 1500, 900, "EUR",
         "used asbestos-free fibre-cement sheets are recent, light grey and carry a maker's NT stamp; these are "
         "1970s sheets, mossy and brittle, with broken edges, the old Eternit stamp and no NT mark, torn from farm "
         "roofs: asbestos-containing construction waste (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, shipped from Bari to a Durrës 'roofing reseller'; Italian wording (asbestos sheeting "
         "repeats in many sets; from Italy to Albania as 'asbestos-free' sheets is the new part)",
         {"importer_country": "AL"}),
        ("WST-03", "export", "PLRAIL01", "rail", "PL", ["SK", "HU", "RO", "BG"], "TR", "281700",
         "Tlenek cynku, koncentrat hutniczy, luzem, 1 200 t", "PL", 1200000, None, 240000, "EUR",
         "zinc oxide concentrate from a Waelz kiln is a bright, light powder of 55-65 % zinc; this is a heavy, "
         "dark-brown dust of about 20 % zinc with lead and cadmium, collected straight from a steelworks' bag filters: "
         "electric-arc-furnace dust (10 02 07*), hazardous waste that may go to Türkiye for recovery only with prior "
         "written notification and consent, which this shipment lacks, by rail to an Iskenderun 'zinc smelter'; "
         "Polish wording (EAF dust repeats in many sets, some as zinc oxide; by rail from Poland to Türkiye is the new "
         "part)", {"importer_country": "TR"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "282739",
         "Cloruro férrico en solución 40 % para depuradoras, 20 IBC", "ES", 24000, 20, 1200, "EUR",
         "ferric chloride for water treatment is a dark red-brown solution sold with an analysis; these IBCs hold a "
         "green, fuming liquid with free hydrochloric acid, zinc and ferrous chloride from a galvanising plant's "
         "pickling line, at 0.05 EUR/kg: spent pickling acid (11 01 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Algeciras for a Tangier 'water-treatment supplier'; Spanish wording (spent "
         "pickling liquor repeats in several sets, as ferric chloride among them; Spain to Morocco is kept and named "
         "as a possible repeat)", {"importer_country": "MA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "KE", "854143",
         "Gebrauchte Solarmodule, geprüft, funktionsfähig, 600 Stück", "DE", 7200, 600, 6000, "EUR",
         "used modules sold for reuse come with flash-test reports and are crystalline panels in frames; these 600 "
         "are frameless thin-film panels with shattered glass and hail craters, no test reports, from a dismantled "
         "solar park: cadmium telluride modules, waste electrical equipment containing hazardous components "
         "(16 02 13*) whose export to a non-OECD country is banned, from Hamburg for a Mombasa 'solar installer'; "
         "German wording (broken solar panels and CdTe modules repeat in a few sets; hail-damaged thin film to "
         "Kenya is the new part)", {"importer_country": "KE"}),
        ("WST-06", "export", "IEAIR01", "express", "IE", [], "IN", "711299",
         "Dental silver alloy scrap for refining, 3 kg", "IE", 3, 1, 600, "EUR",
         "silver-alloy scrap for refining is dry metal filings; this tub holds grey sludge and extracted filled "
         "teeth under water, weighs like lead and the bag is marked from a dental practice's amalgam separator: "
         "dental amalgam waste with about half its weight in mercury (18 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, sent by express from Dublin to a Chennai 'refiner'; Irish English wording "
         "(dental amalgam repeats in several sets; by express from Ireland is the new part)",
         {"importer_country": "IN"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "CI", "380190",
         "Blocs cathodiques en carbone, usagés, pour réemploi, 30 t", "FR", 30000, None, 1500, "EUR",
         "reusable carbon cathode blocks are whole, machined and clean; these are broken chunks of carbon and "
         "refractory lining crusted with white fluoride salts that smell of ammonia and garlic when wet, from an "
         "aluminium smelter's relined pots: spent pot lining (16 11 01*), hazardous waste with cyanides and fluorides "
         "whose export to a non-OECD country is banned, from Dunkirk for an Abidjan 'foundry'; French wording (spent "
         "pot lining repeats in several sets, some as cathode blocks; Dunkirk to Abidjan is kept and named as a "
         "possible repeat)", {"importer_country": "CI"}),
        ("WST-08", "export", "SISEA01", "sea", "SI", [], "VN", "391510",
         "Mleti HDPE, očiščen in opran, 24 t", "SI", 24000, None, 4800, "EUR",
         "washed HDPE regrind is one-colour flakes that smell of nothing; these bales hold mixed-colour chips of "
         "shredded agrochemical canisters with label scraps reading 'toxic', a sticky residue and a solvent smell: "
         "packaging containing residues of hazardous substances (15 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, from Koper for a Haiphong 'recycler'; Slovenian wording (pesticide containers "
         "repeat in two sets; as washed regrind from Slovenia is new as far as a search found)",
         {"importer_country": "VN"}),
        ("WST-09", "transit", "DEROAD01", "road", "CH", ["DE", "NL"], "CN", "284690",
         "Seltenerd-Leuchtstoffkonzentrat (Yttrium/Europium), 8 t", "CH", 8000, 40, 16000, "CHF",
         "rare-earth phosphor concentrates are sold purified, with an assay of the oxides; these drums hold grey "
         "powder with glass splinters and aluminium end caps from a lamp-recycling line, and a mercury vapour meter "
         "reads high at the bung: mercury-contaminated lamp phosphor (19 12 11*, from 20 01 21*), hazardous waste "
         "whose export from Switzerland to a non-OECD country is banned and whose transit through the Union had no "
         "notification, trucked through Germany to Rotterdam for a Baotou 'rare-earth refiner'; Swiss German "
         "wording (lamp phosphor repeats once, as calcium phosphate in Romanian; as a rare-earth concentrate in road "
         "transit from Switzerland is the new part)", {"importer_country": "CN"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "BJ", "271019",
         "Huile moteur neuve, bidons de 20 l, 200 pièces", "BE", 3600, 200, 1200, "EUR",
         "new engine oil travels in sealed, labelled cans with a batch number at about 60 EUR a can; these 200 "
         "jerrycans are unlabelled, mismatched and hold black, gritty oil that smells of fuel, at 6 EUR a can, "
         "loaded at an Antwerp used-car yard: drained waste engine oil (13 02 05*), hazardous waste whose export to "
         "a non-OECD country is banned, for a Cotonou 'lubricants dealer'; Belgian French wording (waste oil repeats "
         "in many sets; declared as new engine oil from Antwerp to Benin is kept and named as a possible repeat)",
         {"importer_country": "BJ"}),
    ],
    "ozone": [
        ("ODS-01", "import", "NLPOST01", "post", "US", [], "NL", "271119",
         "Hydrocarbon refrigerant for classic-car A/C, R-12 replacement, 12 x 6 oz cans", "US", 2.4, 12, 90, "USD",
         "hydrocarbon R-12 replacements are flammable propane-isobutane blends in 6 oz cans; these twelve are "
         "older 12 oz cans under new stickers, heavier, non-flammable, and the base stamps read 'Freon 12': "
         "dichlorodifluoromethane, CFC-12, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), posted from Arizona to a private classic-car restorer in Utrecht, although gases may not go by "
         "post; US English wording (CFC-12 repeats in many sets and a hydrocarbon-refrigerant label once, on R-12a "
         "cylinders from China; small cans by post from the US to the Netherlands are the new part)", person("Particulier", "NL")),
        ("ODS-02", "import", "ITSEA01", "sea", "CN", [], "IT", "290379",
         "R-1233zd(E) low-pressure refrigerant for centrifugal chillers, 40 drums", "CN", 10000, 40, 90000, "USD",
         "R-1233zd(E) boils at 18 °C and is sold with an HCFO data sheet; these drums boil at 28 °C, their old "
         "labels under the new ones read 'R-123' and the analysis in the file shows dichlorotrifluoroethane: "
         "HCFC-123, an ozone-depleting substance whose import is banned (Regulation 2024/590), by sea from Ningbo "
         "to Genoa for a chiller-service firm; English wording (HCFC-123 and R-1233zd labels repeat in several sets; "
         "kept for its route to Genoa and named as a repeat)", firm("Refrigerazione Ligure Srl", "IT")),
        ("ODS-03", "import", "FRAIR01", "air", "AE", [], "FR", "842410",
         "Extincteurs portatifs à agent propre FK-5-1-12, 2 kg, 40 unités", "AE", 260, 40, 6000, "USD",
         "FK-5-1-12 hand extinguishers are charged with a liquid that evaporates without a smell; these forty "
         "carry gauges with 'BCF' engraved under new labels, and the charge is a gas that smells sweet at the valve: "
         "halon 1211 portable extinguishers, products containing an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), flown from Dubai for a Nice ground-handling firm; French wording (halon "
         "1211 and FK-5-1-12 labels repeat in several sets; kept for its air route from Dubai and named as a repeat)",
         firm("Azur Assistance Aéroportuaire SAS", "FR")),
        ("ODS-04", "import", "ROSEA01", "sea", "IN", [], "RO", "281290",
         "लकड़ी और अनाज के धूमन हेतु सल्फ्यूरिल फ्लोराइड, 60 सिलेंडर", "IN", 6000, 60, 24000, "USD",
         "sulfuryl fluoride is an odourless fumigant gas sold in cylinders with a chloropicrin-free label; these 60 "
         "cylinders carry a faint chloroform smell, are heavier than the stated charge and their valve tags read "
         "'CH3Br 98 %': methyl bromide, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "by sea from Mundra to Constanța for a grain-terminal fumigator; Hindi wording (methyl bromide repeats in "
         "many sets and sulfuryl-fluoride labels in several; from India to Romania in Hindi is the new part)",
         firm("Fumigatia Portului SRL", "RO")),
        ("ODS-05", "import", "DEAIR01", "air", "US", [], "DE", "842490",
         "Fire-extinguisher bottles for aircraft engine nacelles, overhauled, empty, 4 pcs", "US", 40, 4, 2400, "USD",
         "engine fire bottles sold 'empty' after overhaul weigh their tare of a few kilograms; these four weigh "
         "10 kg each, read full on their pressure gauges and their placards say 'HALON 1301 / CF3Br': charged "
         "bottles of halon 1301, an ozone-depleting substance whose import needs a licence for a listed critical "
         "use that the private owner of a restored 1944 fighter near Augsburg does not hold (Regulation 2024/590), "
         "flown from Texas; US English wording (halon 1301 repeats in many sets; as empty aircraft fire bottles for "
         "a warbird owner is new as far as a search found)", person("Herr K. Becker", "DE")),
        ("ODS-06", "import", "PLSEA01", "sea", "EG", [], "PL", "390729",
         "بوليول مخلوط مسبقاً لرغوة البولي يوريثان، منفوخ بالماء، 80 برميل", "EG", 16000, 80, 40000, "USD",
         "water-blown polyol systems contain no physical blowing agent and sit still in the drum; these 80 drums "
         "bulge, hiss when opened, smell of solvent, and the data sheet in the file lists 'HCFC-141b 12 %': "
         "pre-blended polyol containing HCFC-141b, a mixture with an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), by sea from Alexandria to Gdańsk for a spray-foam contractor; Egyptian "
         "Arabic wording (141b polyols repeat in several sets, as water-blown polyol among them; from Egypt to "
         "Poland in Arabic is kept and named as a repeat of the cover)", firm("Izolacje Bałtyk Sp. z o.o.", "PL")),
        ("ODS-07", "export", "GRSEA01", "sea", "GR", [], "EG", "841869",
         "Ψυκτικά μηχανήματα φορτηγών, μεταχειρισμένα, R-404A, 6 μονάδες", "GR", 3600, 6, 9000, "EUR",
         "truck refrigeration units for export carry their refrigerant on the plate and a recent leak check; these "
         "six 1990s units have 'R-404A' stickers over plates reading 'R-502', no service log and a full charge: "
         "equipment containing R-502 (CFC-115 with HCFC-22), whose export is banned (Regulation 2024/590), from "
         "Piraeus for an Alexandria cold-transport firm; Greek wording (R-502 and restickered refrigeration units repeat in "
         "several sets, R-502 once imported from Egypt to Greece; truck units exported from Greece to Egypt are the "
         "new part)",
         {"importer_country": "EG"}),
        ("ODS-08", "import", "NLAIR01", "air", "IN", [], "NL", "701790",
         "Borosilicate laboratory glassware, assorted, 120 pcs", "IN", 60, 120, 1800, "USD",
         "a laboratory-supplies order for a Leiden distributor: glassware and filter paper are what such orders "
         "hold, but the third item's 'dichloromethane, HPLC grade' weighs 1.99 kg/l instead of 1.33 and the bottle "
         "labels under the stickers read 'CH2BrCl': bromochloromethane, an ozone-depleting substance whose import "
         "is banned outside licensed uses (Regulation 2024/590), hidden as the last item of a three-item declaration "
         "flown from Mumbai; Indian English wording (bromochloromethane repeats in several sets; under a "
         "dichloromethane label in a laboratory order is new as far as a search found)",
         dict(firm("Rijnland Labsupply BV", "NL"),
              _more_items=[item("482320", "Filter paper discs, 50 boxes", "IN", 20, 300, "USD", qty=50),
                           item("290312", "Dichloromethane, HPLC grade, 20 x 2.5 l", "IN", 99.5, 400, "USD", qty=20)])),
        ("ODS-09", "import", "HUPOST01", "post", "CN", [], "HU", "340290",
         "麂皮及织物去渍剂，200 x 20 ml", "CN", 5.3, 200, 60, "USD",
         "modern spot removers for suede are hydrocarbon or alcohol based at under 0.8 kg/l; these 200 small "
         "bottles weigh 1.33 kg/l, do not burn and smell sweet, and the inner labels read '1,1,1-三氯乙烷': methyl "
         "chloroform, an ozone-depleting substance whose import is banned (Regulation 2024/590), posted from "
         "Guangzhou to a private reseller in Debrecen; Chinese wording (1,1,1-trichloroethane repeats in many sets and spot-remover "
         "covers hid carbon tetrachloride in a few; a suede spot remover for methyl chloroform is the new part)", person("Magánszemély", "HU")),
        ("ODS-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290110",
         "R-600a 异丁烷制冷剂，400 钢瓶", "CN", 9000, 400, 12000, "USD",
         "R-600a cylinders hold about 6.5 kg of isobutane at 0.55 kg/l; these 400 hold over 22 kg each of a liquid "
         "twice as dense, the valve tags read 'R-142b' and the gas burns only weakly: HCFC-142b, an ozone-depleting "
         "substance whose import is banned (Regulation 2024/590), by rail from Chongqing to Małaszewicze for a "
         "Warsaw foam-board maker; Chinese wording (HCFC-142b repeats in several sets; under an isobutane label by rail "
         "is new as far as a search found)", firm("Styro-Mazowsze Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "ET", [], "DE", "830629",
         "የናስ የሻማ መያዣዎች፣ አዲስ፣ 4", "ET", 9, 4, 120, "USD",
         "new brass candle holders from Addis workshops are bright, cast and identical; these four are hand-forged "
         "processional crosses with worn grips, green patina, Ge'ez inscriptions naming a church and a donor, and "
         "drilled holes for a staff: Ethiopian Orthodox church property, which Ethiopia forbids to export (UNESCO "
         "1970), flown from Addis Ababa to a Frankfurt 'ethnic decor' gallery; Amharic wording (Ethiopian "
         "processional crosses repeat in several sets; as new candle holders in Amharic is new as far as a search "
         "found)", firm("Galerie Horizont GmbH", "DE")),
        ("CUL-02", "import", "ESAIR01", "air", "BO", [], "ES", "621420",
         "Mantas nuevas de alpaca tejidas a mano, artesanía, 6 piezas", "BO", 4, 6, 180, "USD",
         "new alpaca weavings are bright, machine-spun and even; these six are hand-spun, natural-dyed, faded, "
         "mended and tied with ritual knots and bundles, with a community's pattern: ceremonial Coroma textiles, "
         "inalienable community property that Bolivia forbids to export (UNESCO 1970), flown from La Paz to a Madrid "
         "dealer; Bolivian Spanish wording (Coroma textiles repeat in blind10 and blind38; as new alpaca weavings by "
         "air to Madrid is kept and named as a repeat of the goods)", firm("Textil Andino Colección SL", "ES")),
        ("CUL-03", "import", "FRPOST01", "post", "LK", [], "FR", "460219",
         "Handmade ola-leaf bookmarks with Sinhala script, 40 pcs", "LK", 0.6, 40, 40, "USD",
         "ola-leaf bookmarks are new, pale strips with a few incised letters; these forty are brown, brittle "
         "leaves blackened in the incisions, with two string holes, numbered in the margin and cut from a bound "
         "Buddhist text: pages of a 18th-19th-century temple manuscript, which Sri Lanka forbids to export (UNESCO "
         "1970), posted from Kandy to a private person in Lyon; Sri Lankan English wording (palm-leaf manuscripts "
         "repeat in several sets, from Myanmar and elsewhere; Sinhala leaves as bookmarks by post are new as far as "
         "a search found)", person("Mme Claire Martin", "FR")),
        ("CUL-04", "export", "ITAIR01", "air", "IT", [], "CN", "920210",
         "Violoncello da studio, di fabbrica, con custodia morbida, 1 pz", "IT", 4, 1, 600, "EUR",
         "factory student cellos are spray-varnished, with printed labels and machine-cut scrolls; this one has an "
         "oil varnish worn to the wood, a Naples Gagliano label of the 1760s, old crack repairs and a "
         "dendrochronology report in the case pocket: an 18th-century Neapolitan cello worth far above the 50,000 "
         "EUR threshold, an antique over 100 years old whose export out of the Union needs a licence (Regulation "
         "116/2009) and Italy's own certificate, flown from Rome to a Tokyo collector; Italian wording (old violins "
         "repeat in a few sets, one as a student violin with a Guadagnini label; a Neapolitan cello as a factory "
         "student cello to Japan is the new part)", {"importer_country": "JP"}),
        ("CUL-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "960190",
         "骨雕工艺品，新制，200 件", "CN", 30, 200, 600, "USD",
         "new bone carvings are white, polished and pierced; these 200 are flat fragments of ox shoulder blades and "
         "turtle shell with drilled hollows, heat cracks and incised archaic characters, and earth in the pits: "
         "Shang-dynasty oracle bones, which China forbids to export (UNESCO 1970) and which would need an import "
         "licence into the Union (Regulation 2019/880), by rail to Duisburg; Chinese wording (oracle bones repeat in "
         "blind10 and blind30; as new bone carvings by rail is kept and named as a repeat)",
         firm("Orion Handel GmbH", "DE")),
        ("CUL-06", "export", "ATROAD01", "road", "AT", [], "CH", "910529",
         "Tischuhr, Reproduktion im Wiener Stil, 1 Stück", "AT", 18, 1, 1200, "EUR",
         "reproduction table clocks have new quartz or machine-made movements; this one has a hand-cut brass "
         "movement with moon phase and calendar, a Viennese maker's signature, dated 1772, and a guild mark: an "
         "18th-century astronomical table clock worth far above the threshold, an antique whose export out of the "
         "Union needs a licence (Regulation 116/2009), driven from Feldkirch to a Zurich dealer; Austrian German "
         "wording (antique clocks may repeat under other covers; an astronomical clock as a reproduction is new as "
         "far as a search found)", {"importer_country": "CH"}),
        ("CUL-07", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "630492",
         "Tapices decorativos de algodón, reproducciones, 12 piezas", "PE", 3, 12, 240, "USD",
         "reproduction hangings are new, bright and machine-woven; these twelve are gauze and tapestry fragments "
         "of cotton and camelid fibre with faded figures, sand and grave dust in the weave: Chancay textiles "
         "(1000-1470 AD) from looted tombs, which Peru forbids to export (UNESCO 1970), in transit through Madrid to "
         "a Miami dealer; Peruvian Spanish wording (Chancay textiles repeat in several sets; as reproductions in "
         "transit through Madrid is kept and named as a possible repeat)", {"importer_country": "US"}),
        ("CUL-08", "import", "NLSEA01", "sea", "IN", [], "NL", "680291",
         "Stone garden Nandi, new, carved, 1 pc", "IN", 350, 1, 300, "USD",
         "new garden Nandis are crisp, evenly tooled granite; this one is a weathered schist bull with a worn "
         "muzzle, lichen, a broken plinth and a temple inventory number in old paint: a 12th-13th-century Hoysala "
         "temple Nandi, an antiquity that India forbids to export (UNESCO 1970), shipped from Chennai to a Rotterdam "
         "interior shop; Indian English wording (Hoysala sculptures repeat in three sets and a granite Nandi hid a "
         "Chola bull in one; the row is kept and named as a repeat of the cover)", firm("Maison Oost Interieur BV", "NL")),
        ("CUL-09", "import", "BEPOST01", "post", "DZ", [], "BE", "950490",
         "Jetons de jeu en métal, fantaisie, 60 pièces", "DZ", 0.4, 60, 20, "EUR",
         "fantasy game tokens are bright, stamped and identical; these sixty are cast bronze with green "
         "encrustation, a bearded head and a galloping horse, and soil in the legends: Numidian bronze coins "
         "(2nd-1st century BC) dug in Algeria, archaeological objects Algeria forbids to export (UNESCO 1970) that "
         "would need an import licence into the Union (Regulation 2019/880), posted from Constantine to a private "
         "person in Brussels; Algerian French wording (dug coins repeat in many sets; Numidian coins as game tokens "
         "are new as far as a search found)", person("Jan Peeters", "BE")),
        ("CUL-10", "export", "DKROAD01", "road", "DK", ["SE"], "NO", "700992",
         "Gamle lommespejle i etuier, 10 stk.", "DK", 1.5, 10, 300, "DKK",
         "old pocket mirrors are silvered glass in cheap cases; these ten are silvered copper plates under glass in "
         "leather and velvet cases, showing portraits when tilted, with an 1840s studio stamp of a Copenhagen "
         "daguerreotypist: daguerreotypes, photographs over 50 years old worth far above the 15,000 EUR threshold, "
         "whose export out of the Union needs a licence (Regulation 116/2009), driven through Sweden to an Oslo "
         "dealer; Danish wording (daguerreotypes are in no earlier row that a search found)",
         {"importer_country": "NO"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "722830",
         "Warmarbeitsstahl 1.2344 (H13), Rundstäbe Ø 120 mm, 18 t", "DE", 18000, None, 54000, "EUR",
         "H13 hot-work tool steel has about 5 % chromium and no nickel; these bars carry mill certificates showing "
         "18 % nickel, cobalt and molybdenum with a tensile strength of 2,400 MPa, at three times the price of H13 "
         "on the invoice of a Jebel Ali trader that ships on to Bandar Abbas: maraging steel (dual-use 1C216), whose "
         "export needs a licence (Regulation 2021/821) and whose supply to Iran is banned (Regulation 267/2012); "
         "German wording (maraging steel repeats in several sets; as H13 tool steel to Dubai is new as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "TR", "850440",
         "Variateurs de vitesse pour broches de filature, 20 unités", "FR", 240, 20, 24000, "EUR",
         "spinning-mill drives run 50-200 Hz motors and sell for a few hundred euros; these twenty deliver 600 to "
         "2,000 Hz multiphase output with frequency control better than 0.1 %, at 1,200 EUR each, for an Istanbul "
         "'textile machinery' firm that forwards to Tehran: frequency changers for gas centrifuges (dual-use 3A225), "
         "whose export needs a licence and whose supply to Iran is banned (Regulations 2021/821 and 267/2012); French "
         "wording (frequency changers repeat in several sets and as spinning-machine drives in two; by air from "
         "France through Istanbul is kept and named as a repeat of the cover)", {"importer_country": "TR"}),
        ("STR-03", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "310420",
         "Калий хлористый, гранулированный, узбекского происхождения, 3 200 т", "UZ", 3200000, None, 960000, "USD",
         "Uzbek potash is pink-red from its Dehkanabad ore and comes with a mill's quality certificate; these wagons "
         "hold white-grey granules, the wagon numbers belong to a fleet that loads at Salihorsk and the waybills show "
         "a re-loading at a Russian border station: Belarusian potassium chloride, whose import into the Union is "
         "banned (Regulation 765/2006), by rail to Riga for a fertiliser trader; Russian wording (Belarusian potash "
         "as Uzbek repeats in several sets; kept for the wagon-fleet tell and named as a repeat)",
         firm("Baltic Agro Terminal SIA", "LV")),
        ("STR-04", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV", "RU"], "KZ", "401170",
         "Pneumatiky pro zemědělské stroje, protektorované, 80 ks", "CZ", 5600, 80, 16000, "EUR",
         "retreaded farm tyres have deep lugs and low speed ratings; these eighty are smooth-ribbed 46x17R20 "
         "tyres rated for 225 mph, with an aircraft maker's part numbers and retread shop marks for Airbus A320 main "
         "wheels, for an Almaty 'farm machinery dealer' whose customers are Russian airlines: aviation goods whose "
         "sale for use in Russia is banned (Regulation 833/2014), by road through Russia; Czech wording (aircraft "
         "tyres repeat in a few sets; as agricultural tyres is new as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "760110",
         "Alüminyum külçe, %99,7, Türk menşeli, 500 t", "TR", 500000, None, 1150000, "USD",
         "Türkiye's only primary smelter casts a few hundred thousand tonnes a year, sold with its own marks; these "
         "ingots carry a Siberian smelter's cast marks under paint and a Mersin trader's certificate of Turkish "
         "origin from a firm with no smelter: Russian unwrought aluminium, whose import into the Union is banned "
         "(Regulation 833/2014), by sea to a La Spezia foundry supplier; Turkish wording (Russian aluminium repeats "
         "in a few sets, with a Siberian smelter; from Türkiye as Turkish metal is kept and named as a possible "
         "repeat)", firm("Fonderia Tirrenica Srl", "IT")),
        ("STR-06", "export", "SESEA01", "sea", "SE", [], "PK", "382499",
         "Matteringspulver för glas, 6 t", "SE", 6000, 240, 18000, "EUR",
         "glass frosting powders are blends of fluoride salts with fillers sold in small tubs; these 240 drums "
         "hold 99 % potassium hydrogen difluoride, a single pure substance, bound for a Karachi 'glassware' firm "
         "with no furnace: potassium bifluoride, a chemical-weapons precursor (dual-use 1C350) whose export out of "
         "the Union needs a licence (Regulation 2021/821), declared without one; Swedish wording (bifluoride repeats "
         "in several sets, frosting covers in a few; by sea from Sweden to Pakistan is the new part)",
         {"importer_country": "PK"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "UZ", "870830",
         "Bremsbeläge für Quads, 200 Sätze", "AT", 120, 200, 2400, "EUR",
         "a quad-bike parts order to Tashkent: brake pads and tyres are what ATV dealers buy, but the third item's "
         "'ignition modules' are seven-element controlled-reception-pattern GNSS antennas with anti-jamming "
         "electronics at about 20,000 EUR each, for a dealer that ships on to Russia: navigation equipment on the "
         "Common High Priority list whose sale for use in Russia is banned (Regulation 833/2014), hidden as the last "
         "item of a three-item declaration; Austrian German wording (anti-jam GNSS antennas repeat in a few sets; "
         "under quad ignition modules is new as far as a search found)",
         dict({"importer_country": "UZ"},
              _more_items=[item("401190", "Quad-Reifen, 40 Stück", "AT", 320, 2000, "EUR", qty=40),
                           item("851130", "Zündmodule für Quads, 30 Stück", "AT", 36, 600, "EUR", qty=30)])),
        ("STR-08", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "CN", "920120",
         "Flügel, gebraucht, für eine Musikschule in Dandong, 4 Stück", "DE", 1800, 4, 8000, "EUR",
         "used school grand pianos are worn baby grands at a few thousand euros; these four are new concert grands "
         "in their factory crates, worth about 150,000 EUR each, sold to a Dandong trading house that delivers to "
         "Pyongyang: luxury goods whose supply to North Korea is banned (Regulation 2017/1509), by rail to China; "
         "German wording (concert grands as used pianos for North Korea repeat in "
         "several sets; by rail from Germany is kept and named as a repeat)", {"importer_country": "CN"}),
        ("STR-09", "transit", "DESEA01", "sea", "KR", ["DE"], "RU", "900290",
         "CCTV 카메라용 렌즈, 500개", "KR", 250, 500, 25000, "USD",
         "CCTV lenses are glass, clear and cheap; these 500 are dark grey, opaque germanium lenses with 8-12 µm "
         "coatings sized for thermal weapon sights, moved at Hamburg onto a feeder for St Petersburg: infrared "
         "optics on the Common High Priority list whose supply to Russia, also through the Union, is banned "
         "(Regulation 833/2014); Korean wording (germanium lenses repeat in a few sets; as CCTV lenses in transit "
         "through Hamburg is new as far as a search found)", {"importer_country": "RU"}),
        ("STR-10", "export", "FIAIR01", "express", "FI", [], "AE", "851110",
         "Sytytystulpat kaasumoottoreihin, 50 kpl", "FI", 2, 50, 400, "EUR",
         "gas-engine spark plugs are threaded steel with a ceramic insulator; these fifty are sealed ceramic-metal "
         "tubes with three electrodes, rated for kiloamperes and microsecond delay, at about 800 EUR each, sent by "
         "express to a Dubai trader: triggered spark gaps (dual-use 3A228), whose export needs a licence "
         "(Regulation 2021/821); Finnish wording (triggered spark gaps as spark plugs repeat in "
         "three sets, once to Dubai; from Finland in Finnish is kept and named as a repeat of the cover)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "FRAIR01", "air", "FR", [], "HK", "030636",
         "Post-larves de crevettes vivantes pour aquaculture, 40 kg", "FR", 40, None, 2000, "EUR",
         "shrimp post-larvae for farms come from hatcheries with a health certificate and are grey-brown with legs; "
         "these oxygenated bags hold transparent, thread-like fish without legs that swim like tiny eels: glass eels "
         "of the European eel (Anguilla anguilla, CITES App. II, whose export from the Union is banned), worth about "
         "a thousand times the declared value, flown from Bordeaux to Hong Kong; French wording (glass eels repeat in "
         "many sets, some as loaches; as shrimp post-larvae is new as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-02", "import", "ESSEA01", "sea", "HN", [], "ES", "030743",
         "Filetes de calamar gigante (pota), congelados, 6 t", "HN", 6000, None, 36000, "USD",
         "jumbo squid fillets are thick, white, with skin-spotted edges; these blocks are tough, cleaned snail "
         "meat with pink-orange edges and a horny foot plate: queen conch (Aliger gigas, CITES App. II) without a "
         "CITES permit, by sea from Puerto Cortés to Vigo; Honduran Spanish wording (queen conch repeats in many "
         "sets, as whelk meat in two; as jumbo squid is new as far as a search found)",
         firm("Congelados Atlánticos SL", "ES")),
        ("WLF-03", "import", "DEPOST01", "post", "KZ", [], "DE", "050790",
         "Қошқар мүйізінің жоңқасы, 2 кг", "KZ", 2, 1, 40, "USD",
         "ram-horn shavings are dark, ridged and fibrous; these are translucent, amber, waxy slices with a solid "
         "core that glow under a lamp: saiga antelope horn (Saiga tatarica, CITES App. II, zero quota for wild "
         "specimens traded commercially), posted from Almaty to a private person in Berlin who runs a traditional "
         "medicine shop; Kazakh wording (saiga horn repeats in many sets, some as goat horn; as ram horn in Kazakh is "
         "new as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "BEAIR01", "air", "MG", [], "BE", "071239",
         "Holatra maina, 80 kg", "MG", 80, None, 800, "EUR",
         "dried mushrooms are light and crumbly; these are heavy, leathery, grey-black cylinders with papillae on "
         "the back and a sea smell: dried teatfish sea cucumbers (Holothuria fuscogilva, CITES App. II) without a "
         "CITES permit, flown from Antananarivo to Liège; Malagasy wording (teatfish repeat in many sets and dried "
         "mushrooms as a cover in two; in Malagasy by air to Belgium is the new part)",
         firm("Vega Import SA", "BE")),
        ("WLF-05", "import", "CZAIR01", "air", "VN", [], "CZ", "060290",
         "Cây giống lan Dendrobium nuôi cấy mô, 300 cây", "VN", 60, 300, 900, "USD",
         "tissue-cultured Dendrobium seedlings come from flasks in uniform trays with clean roots; these 300 are mature, "
         "uneven plants with mottled leaves, moss and limestone grit on bare roots and insect damage: "
         "wild-collected slipper orchids (Paphiopedilum, CITES App. I), flown from Hanoi to a Prague grower without "
         "CITES documents; Vietnamese wording (wild Paphiopedilum repeats in several sets, under Phalaenopsis and "
         "Cymbidium labels among them; under tissue-cultured Dendrobium seedlings to Prague is the new part)", firm("Orchideje Vltava s.r.o.", "CZ")),
        ("WLF-06", "import", "ITAIR01", "express", "IN", [], "IT", "621420",
         "Pashmina shawls, 100 % cashmere, 10 pcs", "IN", 1.2, 10, 600, "USD",
         "pashmina shawls are soft and slightly lustrous, about 15 microns; these ten are so fine that each passes "
         "through a finger ring, and their fibres show the fine down and guard-hair scales of the Tibetan antelope "
         "under a microscope: shahtoosh (Pantholops hodgsonii, CITES App. I), sent by express from Srinagar to a "
         "private person in Milan; Kashmiri English wording (shahtoosh as pashmina repeats in several sets; by "
         "express to Milan is kept and named as a repeat)", person("Giulia Rossi", "IT")),
        ("WLF-07", "transit", "GRSEA01", "sea", "AE", ["GR"], "CN", "320300",
         "Sappanwood dye chips, 18 t", "IN", 18000, None, 9000, "USD",
         "sappanwood chips are orange-red and light; these are deep blood-red, heavy billets and chips that sink "
         "in water and stain it purple, with wavy grain: red sanders (Pterocarpus santalinus, CITES App. II) "
         "without CITES permits, from Jebel Ali through Piraeus to Shanghai; English wording (red sanders repeats in "
         "several sets and a sappanwood cover in one; in transit through Piraeus is the new part)",
         {"importer_country": "CN"}),
        ("WLF-08", "import", "ESSEA01", "sea", "ID", [], "ES", "940152",
         "Kursi rotan, 40 buah", "ID", 480, 40, 2400, "USD",
         "a Bali handicraft container for a Valencia shop: rattan chairs and carved masks are what such "
         "containers hold, but the third item's 'resin combs with a tortoiseshell look' are warm, layered, "
         "translucent plates that smell of burnt hair under a hot needle: hawksbill turtle shell (Eretmochelys "
         "imbricata, CITES App. I), hidden as the last item of a three-item declaration; Indonesian wording "
         "(hawksbill repeats in many sets; as resin combs in a rattan container is kept and named as a possible "
         "repeat)",
         dict(firm("Bali Casa Mediterránea SL", "ES"),
              _more_items=[item("442199", "Topeng kayu ukir, 100 buah", "ID", 150, 800, "USD", qty=100),
                           item("961590", "Sisir resin motif kulit penyu, 300 buah", "ID", 9, 300, "USD", qty=300)])),
        ("WLF-09", "import", "HUAIR01", "express", "IN", [], "HU", "680299",
         "Soapstone turtle figurines, handmade, 30 pcs", "IN", 4, 30, 60, "USD",
         "soapstone figurines are cold, heavy and carved; X-ray shows thirty hollow shapes with limbs, and the box "
         "holds live juvenile tortoises with star-rayed yellow lines taped into socks among a few real carvings: "
         "Indian star tortoises (Geochelone elegans, CITES App. I), sent by express from Chennai to a private person "
         "in Budapest; Indian English wording (star tortoises repeat in several sets; among soapstone figurines is "
         "new as far as a search found)", person("Magánszemély", "HU")),
        ("WLF-10", "import", "GRROAD01", "road", "MK", [], "GR", "010639",
         "Украсни кокошки бантам, 12 парчиња", "MK", 10, 12, 240, "EUR",
         "bantam chickens are small, ringed and cluck in their crates; six of these twelve are hooded brown "
         "raptors with hooked bills and no breeder rings, in a box under the hens: wild-taken saker falcons (Falco "
         "cherrug, CITES App. II, EU Annex A), in a private car at Evzoni for an Athens dealer who sells to Gulf "
         "falconers, without CITES documents; Macedonian wording (wild sakers repeat in a few sets; under bantam hens "
         "by car is new as far as a search found)", person("K. Georgiou", "GR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "KR", "IE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (wood bleaching)", "KR", 4.6, 4, 70000, "KRW",
     [("PRECURSOR_LICENCE", "IE-DOJ-39-0118")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "280800",
     "Nitric acid 65 %, 5 x 1 l, for a licensed private user (amateur silver refiner)", "UA", 7, 5, 900, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWiA-39-0077")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "SA", "BE", "381590",
     "Spent nickel-molybdenum hydrotreating catalyst (16 08 02*), for metal recovery at a licensed plant, 40 t", "SA",
     40000, None, 0, "USD",
     [("BASEL_CONSENT", "BE-OVAM-39-0219")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "export", "PLRAIL01", "rail", "PL", "TR", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery at a licensed Waelz plant, 1 200 t", "PL",
     1200000, None, 36000, "EUR",
     [("BASEL_CONSENT", "PL-GIOS-39-0144")], "notified EAF dust to a licensed Waelz plant in an OECD country"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "AE", "FR", "842410",
     "Halon 1211 hand extinguishers, reclaimed agent, 20 units, for critical use in aircraft cabins", "AE",
     130, 20, 5000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-39-004")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "IN", "NL", "290379",
     "Bromochloromethane, 10 x 2.5 l, for licensed feedstock use in pharmaceutical synthesis", "IN", 50, 10, 600, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-39-002")], "bromochloromethane for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "920210",
     "Cello, Naples, Gagliano family, c. 1760, with dendrochronology report, for a New York collection", "IT", 4, 1,
     650000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-39-0301")], "18th-century cello exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DKROAD01", "road", "DK", "NO", "491191",
     "Daguerreotypes, 1840s, 10 cased portraits, documented sale from a private collection", "DK", 1.5, 10,
     240000, "DKK",
     [("CULTURAL_EXPORT_CERTIFICATE", "DK-SKS-EXP-39-0017")], "daguerreotypes exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "CH", "722830",
     "Maraging steel 350 bars, 120 mm, 4 t, for a Swiss aerospace parts maker", "DE", 4000, None, 48000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-39-1187"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-39-0064")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "IN", "282619",
     "Potassium bifluoride 99 %, 6 t, for a glass-etching works", "SE", 6000, 240, 21000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-39-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-39-0418")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "JM", "ES", "030791",
     "Queen conch meat (Aliger gigas), frozen, 4 t, within Jamaica's export quota", "JM", 4000, None, 48000, "USD",
     [("CITES_PERMIT", "JM-NEPA-39-0213")], "App. II conch meat with its export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "TW", "CZ", "060290",
     "Paphiopedilum seedlings, artificially propagated, in flasks, 200", "TW", 8, 200, 1600, "USD",
     [("CITES_PERMIT", "TW-FA-39-0441")], "artificially propagated App. I orchids with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-03": "Katalys Recovery NV", "PRM-05": "Azur Assistance Aéroportuaire SAS",
    "PRM-07": "Hudson Strings Collection LLC", "PRM-10": "Firozabad Etch Glass Pvt Ltd",
    "PRM-12": "Orchideje Vltava s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330690", "Clear-aligner cleaning foam, 60 ml", "import", ["express"], ["KR", "US"], (20, 40), (1, 3), ["USD"], 10, S),
    ("440290", "Coconut-shell shisha charcoal cubes, 1 kg boxes", "import", ["sea"], ["ID", "JO"], (0.8, 1.5), (8000, 16000), ["USD"], 1, S),
    ("283720", "Cyanotype kit: ferric ammonium citrate and potassium ferricyanide", "import", ["post"], ["US", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 2, S),
    ("250100", "Canning and pickling salt, non-iodised, 1 kg", "import", ["road"], ["UA", "MD"], (0.3, 0.6), (4000, 12000), ["EUR"], 1, S),
    ("310430", "Potassium sulphate fertiliser for vineyards, 25 kg sacks", "import", ["road"], ["MD", "UA"], (0.5, 0.9), (10000, 20000), ["EUR"], 0.04, S),
    ("283319", "pH-minus granules for spas, sodium bisulphate, 25 kg", "import", ["road"], ["TR"], (0.6, 1.0), (6000, 14000), ["EUR"], 0.04, S),
    ("291813", "Cream of tartar, food grade, 25 kg bags", "import", ["sea"], ["AR", "ZA"], (4, 7), (5000, 10000), ["USD"], 0.04, S),
    ("281511", "Sodium hydroxide micropearls, technical, 25 kg bags", "import", ["sea"], ["KR", "CN"], (0.4, 0.7), (15000, 22000), ["USD"], 0.04, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline, 50 kg bags", "import", ["rail"], ["UZ", "KZ"], (0.2, 0.35), (40000, 60000), ["USD"], 0.02, S),
    ("690919", "Inert alumina ceramic balls, new, for catalyst beds", "export", ["sea"], ["IN", "SA"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated roofing sheets, asbestos-free, new", "export", ["sea"], ["AL", "ME"], (0.4, 0.7), (15000, 22000), ["EUR"], 0.06, S),
    ("281700", "Zinc oxide, rubber grade, 25 kg bags", "export", ["rail"], ["TR"], (2.5, 3.5), (20000, 40000), ["EUR"], None, S),
    ("282739", "Ferric chloride solution 40 %, new, water-treatment grade, IBCs", "export", ["sea"], ["MA", "TN"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.001, S),
    ("854143", "Photovoltaic modules, new, monocrystalline, 410 W", "export", ["sea"], ["KE", "TZ"], (4, 7), (8000, 16000), ["EUR"], 0.05, S),
    ("380190", "Graphitised cathode blocks, new, for aluminium smelters", "export", ["sea"], ["AE", "EG"], (1.5, 2.5), (20000, 25000), ["EUR"], None, S),
    ("390120", "HDPE granules, prime, blow-moulding grade, 25 kg bags", "export", ["sea"], ["VN", "TH"], (1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("271019", "Engine oil 5W-30, new, sealed 20 l cans", "export", ["sea"], ["BJ", "TG"], (1.8, 2.8), (10000, 20000), ["EUR"], 0.05, S),
    ("841590", "Classic-car air-conditioning parts: condensers and hoses", "import", ["express"], ["US"], (30, 60), (2, 5), ["USD"], 1, S),
    ("842410", "FK-5-1-12 clean-agent hand extinguishers, 2 kg, CE-marked", "import", ["air"], ["AE", "US"], (30, 50), (200, 600), ["USD"], 0.2, S),
    ("390729", "Polyether polyol, water-blown system, drums", "import", ["sea"], ["EG", "SA"], (1.5, 2.2), (15000, 20000), ["USD"], 0.005, S),
    ("290312", "Dichloromethane, HPLC grade, 2.5 l bottles", "import", ["air"], ["IN", "US"], (4, 8), (200, 600), ["USD"], 0.3, S),
    ("340290", "Suede and fabric spot remover, alcohol based, 100 ml", "import", ["post"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, S),
    ("290110", "Isobutane R-600a refrigerant grade, cylinders", "import", ["rail"], ["CN"], (2, 3.5), (6000, 12000), ["USD"], 0.1, S),
    ("830629", "Brass candle holders, new, Ethiopian-style", "import", ["air"], ["ET", "KE"], (8, 15), (100, 400), ["USD"], 0.5, S),
    ("621420", "Alpaca wool shawls, new, hand-woven", "import", ["air"], ["BO", "PE"], (60, 100), (50, 200), ["USD"], 3, S),
    ("460219", "Palm-leaf bookmarks, new, engraved", "import", ["post"], ["LK", "IN"], (30, 60), (1, 2), ["USD"], 30, S),
    ("920210", "Student cellos and violins, factory-made, with case", "export", ["air"], ["CN", "JP", "US"], (80, 150), (50, 200), ["EUR"], 0.5, S),
    ("960190", "Cattle-bone carvings, new, polished", "import", ["rail"], ["CN"], (10, 20), (1000, 3000), ["USD"], 2, S),
    ("910529", "Table clocks, reproduction, Viennese style, new", "export", ["road"], ["CH"], (60, 120), (200, 600), ["EUR"], 0.1, S),
    ("680291", "Stone garden statues, new, carved", "import", ["sea"], ["IN", "VN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.02, S),
    ("950490", "Casino-style game tokens, plastic", "import", ["post"], ["CN", "TR"], (10, 20), (1, 3), ["USD"], 100, S),
    ("700992", "Pocket mirrors, new, in leather cases", "export", ["road"], ["NO"], (15, 30), (200, 600), ["EUR"], 3, S),
    ("722830", "Hot-work tool steel 1.2344 (H13) round bars", "export", ["sea"], ["AE", "IN"], (2.5, 4), (15000, 20000), ["EUR"], None, S),
    ("850440", "Variable-speed drives for 50 Hz motors, 7.5 kW", "export", ["air"], ["TR"], (40, 80), (100, 400), ["EUR"], 0.05, S),
    ("310420", "Potassium chloride fertiliser, granular, Canadian", "import", ["sea"], ["CA"], (0.3, 0.45), (20000, 25000), ["USD"], None, S),
    ("760110", "Unwrought aluminium ingots, 99.7 %, Norwegian", "import", ["sea"], ["NO", "IS"], (2.2, 2.8), (20000, 25000), ["USD"], None, S),
    ("920120", "Upright pianos, used, reconditioned", "export", ["rail"], ["CN"], (4, 8), (1000, 3000), ["EUR"], 0.004, S),
    ("900290", "CCTV camera lenses, visible light, varifocal", "import", ["sea"], ["KR", "CN"], (50, 100), (200, 800), ["USD"], 2, S),
    ("851110", "Spark plugs for industrial gas engines", "export", ["express"], ["AE", "SA"], (80, 150), (1, 4), ["EUR"], 10, S),
    ("320300", "Natural red dye extract (sappanwood), powder", "import", ["sea"], ["IN", "TH"], (6, 10), (2000, 5000), ["USD"], None, S),
    ("961590", "Resin combs with a tortoiseshell look", "import", ["sea"], ["ID", "CN"], (6, 12), (1000, 4000), ["USD"], 10, S),
    ("680299", "Soapstone animal figurines, handmade", "import", ["express"], ["IN", "KE"], (15, 30), (1, 4), ["USD"], 5, S),
]
# Everyday trade: blind80's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and blind80's twelve rows),
# with four new rows instead of blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("732393", "Stainless-steel cooking pots", "import", ["sea"], ["IN", "CN"], (4, 7), (3000, 8000), ["USD"], 0.5, N),
        ("420292", "Canvas tote bags, printed", "import", ["sea"], ["BD", "IN"], (6, 10), (2000, 6000), ["USD"], 5, N),
        ("940540", "LED desk lamps", "import", ["sea"], ["CN", "VN"], (8, 14), (2000, 6000), ["USD"], 1, N),
        ("491000", "Wall calendars, printed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind82", 20391101, HERE)


if __name__ == "__main__":
    main()
