#!/usr/bin/env python3
"""Writes the seventy-fifth blind set (tests/risk/data/blind75-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2038, with goods, routes,
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
declaration would. Ids are BL75-*:

    python3 tests/risk/data/make_blind75_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "US", [], "DK", "380894",
         "Sterilisering til svampedyrkning, substrat-desinfektion, 6 x 1 l", "US", 7.2, 6, 90, "USD",
         "mushroom growers sterilise substrate with steam or 3 % peroxide bought locally; these six litres weigh "
         "1.20 kg/l, vent through their caps, bleach the skin white and read UN 2015 under the overlabel: about "
         "50 % hydrogen peroxide (Annex I above 12 %), sent by express to a private person in Aarhus who grows no "
         "mushrooms commercially; Danish wording (hydrogen peroxide repeats in many sets and mushroom covers in a few; "
         "a substrate-sterilant cover from the US to Denmark is new as far as a search found)",
         person("Mads Jensen", "DK")),
        ("PRE-02", "import", "CZAIR01", "express", "GB", [], "CZ", "382499",
         "Palivo pro RC modely, 16 % nitro, 4 x 4 l", "GB", 15, 4, 110, "GBP",
         "model-engine fuel sold to the public stays at or below 16 % nitromethane; these four gallons weigh "
         "0.95 kg/l, not the 0.86 kg/l of a 16 % blend, and the maker's batch sheet inside reads '40 % nitro': "
         "nitromethane above 16 % (Annex I), sent by express from England to a private person in Brno, although "
         "flammable liquids travel by express only as declared dangerous goods; Czech wording (nitromethane repeats "
         "in many sets and model-engine glow fuels in blind9, blind38, blind64 and the first set; a label at the "
         "legal 16 % hiding a 40 % blend is the new part as far as a search found)", person("Jan Novák", "CZ")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Кисело средство за прање опреме за мужу, 4 x 5 л", "RS", 28, 4, 8000, "RSD",
         "acid cleaners for milking parlours are phosphoric-nitric blends below 20 % sold to dairy farms; these four "
         "cans give off brown fumes when opened, weigh 1.40 kg/l and stain wood yellow: about 65 % nitric acid "
         "(Annex I above 3 %), carried by car at Röszke for a private person in Szeged who keeps no cows; Serbian "
         "Cyrillic wording (nitric acid repeats in many sets and dairy covers in several; a milking-equipment "
         "cleaner by car from Serbia is new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-04", "import", "NLAIR01", "express", "GB", [], "NL", "210690",
         "Taartdecoratie: eetbare glitter, 12 potjes", "GB", 1.2, 12, 45, "GBP",
         "a cake-decorating order to a private address: edible glitter and dextrin are what bakers buy, but the "
         "third item's 'cream of tartar' is a fine powder that does not taste sour, flares with sugar and carries "
         "CAS 7778-74-7 on the inner bag: potassium perchlorate (Annex I above 40 %), hidden as the last item of a "
         "three-item declaration for a private person in Utrecht; Dutch wording (potassium perchlorate repeats in "
         "many sets and cream of tartar covers in several; a cake-decorating order from Britain is new as far as a "
         "search found)",
         dict(person("Mevr. L. de Vries", "NL"),
              _more_items=[item("350510", "Dextrine, 2 x 500 g", "GB", 1, 12, "GBP", qty=2),
                           item("291813", "Wijnsteenzuur (cream of tartar), 3 x 1 kg", "GB", 3, 18, "GBP", qty=3)])),
        ("PRE-05", "import", "GRPOST01", "post", "TR", [], "GR", "250100",
         "Zeytin salamura tuzu, 5 x 1 kg", "TR", 5, 5, 600, "TRY",
         "olive-curing salt is coarse sea salt at a few lira a kilo; these five bags of fine, faintly yellow crystals "
         "taste of nothing salty, draw damp and flare in a flame, with 'NaClO3' on the inner bags: sodium chlorate "
         "(Annex I above 40 %), posted from Ayvalık to a private person on Lesbos; Turkish wording (sodium chlorate "
         "repeats in many sets and an olive-curing salt hid a precursor in blind67, in Albanian; by post from Türkiye "
         "in Turkish is the new part)", person("Idiotis", "GR")),
        ("PRE-06", "import", "SEROAD01", "road", "NO", [], "SE", "283429",
         "Kalksalpeter til drivhus, 3 x 25 kg", "NO", 75, 3, 1500, "NOK",
         "greenhouse calcium nitrate is a hygroscopic off-white granule at 15.5 % N; these three sacks hold white "
         "prills that turn ice-cold in water and carry 'N 34,4 %' printed inside: ammonium nitrate (Annex I at 16 % N "
         "or more), 75 kg in a private car from Halden for a private person in Strömstad who runs no greenhouse; "
         "Norwegian wording (ammonium nitrate repeats in many sets and calcium nitrate covers in several; from "
         "Norway into Sweden by car is the new part)", person("Privatperson", "SE")),
        ("PRE-07", "import", "LVAIR01", "express", "GB", [], "LV", "340290",
         "Flīžu šuvju tīrītājs, koncentrāts, 4 x 1 l", "GB", 7.4, 4, 30, "GBP",
         "tile-grout haze removers are sulfamic-acid powders or mild liquids; these four bottles are oily, water-clear, "
         "weigh 1.84 kg/l and char paper: about 96 % sulphuric acid (Annex I above 15 %), sent by express to a private "
         "person in Riga, although corrosive liquids go by express only as dangerous goods; Latvian wording "
         "(sulphuric acid repeats in many sets and grout cleaners in blind52, blind55 and blind70; to Latvia in "
         "Latvian is the new part)", person("Privātpersona", "LV")),
        ("PRE-08", "import", "PTPOST01", "post", "BR", [], "PT", "210690",
         "Sal light de cloreto de potássio, substituto do sal, 6 x 1 kg", "BR", 6, 6, 90, "BRL",
         "potassium-chloride salt substitutes taste bitter-salty and sell in 250 g shakers; these six kilo bags "
         "taste of nothing, crackle and spark on a hot pan and carry CAS 3811-04-9 on the inner bags: potassium "
         "chlorate (Annex I above 40 %), posted from São Paulo to a private person in Braga; Brazilian Portuguese "
         "wording (potassium chlorate repeats in many sets and salt-substitute covers in blind40 and blind48; from "
         "Brazil by post in Portuguese is the new part)", person("Particular", "PT")),
        ("PRE-09", "import", "BESEA01", "sea", "CN", [], "BE", "291531",
         "乙酸乙酯, 工业级, 40 桶", "CN", 8800, 40, 11000, "USD",
         "ethyl acetate weighs 0.90 kg/l; these 200 l drums hold 1.14 kg/l liquid under UN 1261 placards hidden by the "
         "overlabel: nitromethane, for an Antwerp model-shop wholesaler that blends and sells 25-40 % 'nitro' fuel to "
         "private hobbyists, making Annex I concentrations available to the public; Chinese wording (nitromethane "
         "repeats in many sets and ethyl acetate as a cover in blind63; a hobby-fuel blender by sea to Belgium is new "
         "as far as a search found)", firm("Vega Modelbouw BV", "BE")),
        ("PRE-10", "import", "LTROAD01", "road", "BY", [], "LT", "282720",
         "Drėgmės sugėrėjų papildai (kalcio chloridas), 10 x 1 kg", "BY", 10, 10, 40, "EUR",
         "cellar moisture-absorber refills are calcium-chloride flakes; these ten bags hold fine white crystals that "
         "run wet as fast but flare on a hot plate and carry CAS 7601-89-0 inside: sodium perchlorate (Annex I above "
         "40 %), in a private car at Medininkai for a private person in Vilnius; Lithuanian wording (sodium perchlorate "
         "repeats in many sets, moisture-absorber covers in several and the Medininkai crossing in blind72; a "
         "calcium-chloride refill from Belarus in Lithuanian is the new part)",
         person("Privatus asmuo", "LT")),
    ],
    "waste": [
        ("WST-01", "export", "PLSEA01", "sea", "PL", [], "PK", "847330",
         "Płytki drukowane z odzysku, sortowane, do ponownego użycia, 18 t", "PL", 18000, None, 3600, "EUR",
         "reusable PCB assemblies are tested boards packed in anti-static bags; these are loose, crushed motherboards "
         "with burnt capacitors, lead solder and mercury-switch fragments, shovelled into big bags, at 0.20 EUR/kg: "
         "waste electrical and electronic components with hazardous substances (16 02 15*, Basel A1180), whose export "
         "to a non-OECD country is banned, from Gdynia for a Karachi 'recycler'; Polish wording (circuit-board scrap "
         "repeats in many sets; from Poland to Pakistan as boards for reuse is the new part)", {"importer_country": "PK"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "271019",
         "Καύσιμο ναυτιλίας, ανακτημένο, 20 t", "GR", 20000, None, 4000, "EUR",
         "recovered marine fuel is centrifuged, tested and sold with a bunker delivery note; this is ship bilge and "
         "slop water with sludge, about 40 % water, from tankers cleaned in Eleusis bay, with no analysis: oily "
         "bilge waste (13 04 03*), hazardous waste whose export to a non-OECD country is banned, shipped to an "
         "Alexandria 'fuel blender'; Greek wording (waste oils as fuel, bilge water and ship "
         "slops repeat in many sets; from Greece to Egypt as recovered bunker fuel is new as far as a search found)", {"importer_country": "EG"}),
        ("WST-03", "export", "FRROAD01", "road", "FR", ["ES"], "MA", "400400",
         "Granulats de caoutchouc pour terrains synthétiques, 22 t", "FR", 22000, None, 660, "EUR",
         "rubber crumb for pitches is clean SBR granulate to a size spec; this load is shredded rubber mixed with "
         "oily conveyor belts, cable sheathing and tar-covered roofing felt that smells of coal tar: mixed waste with "
         "bituminous mixtures containing coal tar (17 03 03*), hazardous, whose export to a non-OECD country is "
         "banned, by lorry through Spain and the Tanger Med ferry for a Casablanca 'pitch builder'; French wording "
         "(tyre crumb and coal-tar roofing felt repeat in several sets, roofing felt in blind61, blind62 and blind68; "
         "hidden in pitch crumb by road to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "LY", "252010",
         "Gesso di defecazione per agricoltura, sfuso, 25 t", "IT", 25000, None, 250, "EUR",
         "defecation gypsum is a certified soil improver from sludge with an analysis per batch; this is grey-black "
         "gypsum with phosphogypsum and fluoride residues and heavy metals above the fertiliser limits, no analysis, "
         "at 0.01 EUR/kg: sludge from industrial treatment containing hazardous substances (19 02 05*), whose export "
         "to a non-OECD country is banned, from Ravenna for a Misrata 'farm supplier'; Italian wording (sludges as "
         "fertiliser repeat in several sets, to Moldova in blind72; as defecation gypsum to Libya is new as far as a "
         "search found)", {"importer_country": "LY"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "870899",
         "Used car parts, tested, mixed, in 40' container", "NL", 16000, None, 4800, "EUR",
         "tested used parts are drained, sorted and labelled; this container holds undrained engines and gearboxes "
         "dripping oil, airbag modules still live and cracked lead batteries pushed between them: end-of-life vehicle "
         "parts containing liquids and hazardous components (16 01 04*, 16 06 01*), whose export to a non-OECD "
         "country is banned, for a Kumasi 'spare-parts dealer'; English wording (used car parts with live airbags "
         "and batteries to West Africa repeat in several sets; the row is kept for its Dutch port and Kumasi buyer)",
         {"importer_country": "GH"}),
        ("WST-06", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "391530",
         "Kunststoffmahlgut PVC, sortenrein, 40 t", "DE", 40000, None, 4000, "EUR",
         "clean PVC regrind is one colour and one grade; these wagons carry shredded cable insulation and window "
         "profiles with lead stabilisers, copper fines and soil, unsorted: mixed plastic waste that is not green-listed "
         "(B3011 does not cover it) and contains lead, whose export to a non-OECD country is banned, by rail for an "
         "Almaty 'pipe maker'; German wording (plastic waste as regrind repeats in many sets; lead-stabilised PVC "
         "by rail to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("WST-07", "transit", "BEROAD01", "road", "GB", ["BE", "FR", "ES"], "MA", "850720",
         "Used UPS batteries, 12 V, for reuse in solar home systems, 20 t", "GB", 20000, None, 6000, "GBP",
         "reusable batteries come tested with a capacity report; these are swollen, leaking sealed lead-acid blocks "
         "from data-centre UPS units, taped and stacked without terminal covers: lead-acid batteries (16 06 01*, "
         "Basel A1160), hazardous waste whose transit through the Union to a non-OECD country is banned, driven from "
         "Dover through Belgium, France and Spain for a Tangier 'solar installer'; British English wording (lead "
         "batteries, UPS batteries among them, repeat in many sets; 'for solar home systems' in road transit from "
         "Britain to Morocco is new as far as a search found)", {"importer_country": "MA"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "SN", "440139",
         "Serrín y virutas de madera para biomasa, 20 t", "ES", 20000, None, 400, "EUR",
         "biomass sawdust is clean, dry softwood; this is chipped railway sleepers and poles that smell of tar, "
         "black with creosote: wood containing hazardous substances (17 02 04*), whose export to a non-OECD country "
         "is banned, from Huelva for a Dakar 'bakery fuel' trader; Spanish wording (creosoted sleepers repeat in "
         "several sets; chipped as biomass sawdust to Senegal is new as far as a search found)", {"importer_country": "SN"}),
        ("WST-09", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "760200",
         "Aluminijasti ostružki, čisti, 20 t", "SI", 20000, None, 6000, "EUR",
         "clean aluminium turnings are dry and bright; these are grey dross and salt slag from a remelting furnace, "
         "that fizz and smell of ammonia when wet: salt slags from secondary aluminium production (10 03 08*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry to a Zenica 'foundry'; Slovene "
         "wording (aluminium dross repeats in several sets; as clean turnings by road to Bosnia is new as far as a "
         "search found)", {"importer_country": "BA"}),
        ("WST-10", "export", "DKSEA01", "sea", "DK", [], "IN", "890200",
         "Fishing trawler for further trading, 1 unit", "DK", 420000, 1, 90000, "EUR",
         "a vessel sold for further trading sails with crew and papers; this 1972 trawler is towed, her insurance "
         "and class lapsed, and the buyer is a cash buyer for the Alang beaches, with asbestos lagging and PCB "
         "cables on board: a ship destined for dismantling is waste, and its export to a non-OECD yard not on the EU "
         "list is banned; English wording (end-of-life ships repeat in a few sets, one 'for further trading' to Alang in "
         "blind31; a towed Danish trawler is the new part)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZ-01", "import", "SKROAD01", "road", "UA", [], "SK", "940529",
         "Dekoratívne lampy z hasiacich prístrojov, 12 ks", "UA", 60, 12, 600, "EUR",
         "upcycled extinguisher lamps are emptied shells with a bulb and cable; these twelve are heavy, still "
         "pressurised behind the valve, and the shells read 'BCF / Halon 1211': halon 1211 (Montreal Annex A, "
         "Regulation 2024/590) in twelve charged extinguishers, brought by van at Vyšné Nemecké for a Košice gift "
         "shop; Slovak wording (halon 1211 repeats in many sets; decorative extinguisher lamps are new as far as a "
         "search found)", firm("Horizon Darčeky s.r.o.", "SK")),
        ("OZ-02", "import", "BGROAD01", "road", "TR", [], "BG", "382769",
         "Хладилен агент R-454B, 10 бутилки x 10 кг", "TR", 100, 10, 900, "EUR",
         "R-454B cylinders are pink-banded, refillable and certified; these are disposable green cylinders under "
         "new stickers, at 60 % of R-454B's price, whose gas reads 0 % R-32 on a leak detector: HCFC-22 (Montreal "
         "Annex C, banned in the Union), by lorry at Kapitan Andreevo for a Plovdiv air-conditioning fitter; "
         "Bulgarian wording (R-22 as HFC blends repeats in many sets and R-454B as a cover in blind17, blind58 and "
         "blind67; from Türkiye by road to Bulgaria is the new part)", firm("Delta Klima EOOD", "BG")),
        ("OZ-03", "import", "CYSEA01", "sea", "IL", [], "CY", "291513",
         "Ethyl formate fumigant for dried fruit stores, 30 cylinders", "IL", 1500, 30, 9000, "USD",
         "ethyl formate is a liquid sold in drums; these are 50 kg pressure cylinders of a heavy gas with the old "
         "skull-and-crossbones and 'CH3Br 98 %' under the label: methyl bromide (Montreal Annex E), banned for "
         "fumigation in the Union, by sea from Haifa to Limassol for a carob and dried-fruit store; English wording "
         "(methyl bromide repeats in many sets and ethyl formate as a cover in blind49; by sea from Israel to Cyprus "
         "is the new part)", firm("Central Carob Stores Ltd", "CY")),
        ("OZ-04", "import", "DEAIR01", "air", "IN", [], "DE", "284590",
         "Chloroform-d 99.8 atom % D, NMR solvent, 20 x 1 l", "IN", 30, 20, 600, "USD",
         "deuterated chloroform costs several hundred euros a litre and travels in 100 ml ampoules; these twenty "
         "litres at 30 USD each are plain solvent, 1.59 kg/l, that an NMR shows holds no deuterium and no hydrogen: "
         "carbon tetrachloride (Montreal Annex B), imported outside the laboratory-use registration; English wording "
         "(carbon tetrachloride repeats in many sets and chloroform-d as a cover in blind51 and blind52; the price "
         "at 1/20 of the real solvent by air to Germany is the new part)", firm("Meridian Laborbedarf GmbH", "DE")),
        ("OZ-05", "import", "FRPOST01", "post", "JP", [], "FR", "340290",
         "レコードクリーナー 液体, 4 x 500 ml", "JP", 3, 4, 6000, "JPY",
         "vinyl-record cleaners are water-alcohol mixes; these four bottles are heavy (1.56 kg/l), evaporate in "
         "seconds without a trace and read 'トリクロロトリフルオロエタン' on the back: CFC-113 (Montreal Annex A), posted "
         "from Osaka to a private collector in Lyon; Japanese wording (CFC-113 repeats in many sets and record "
         "cleaners in blind52 and blind59; by post from Japan in Japanese is the new part)", person("M. Laurent", "FR")),
        ("OZ-06", "import", "ATAIR01", "express", "US", [], "AT", "382499",
         "Shoe stretch spray, 6 x 4 oz", "US", 0.9, 6, 40, "USD",
         "shoe stretch sprays are alcohol-water mists; these cans hold a heavy, non-flammable liquid that smells "
         "sweetish and reads '1,1,1-trichloroethane' on a 1990s back label: methyl chloroform (Montreal Annex B), "
         "old stock sold online and sent by express to a private person in Graz; US English wording (methyl "
         "chloroform repeats in many sets and shoe covers in several; an old-stock stretch spray to Austria is the "
         "new part)", person("Herr T. Gruber", "AT")),
        ("OZ-07", "import", "ESSEA01", "sea", "CN", [], "ES", "382790",
         "Refrigerante R-514A para enfriadoras centrífugas, 8 bidones x 600 kg", "CN", 4800, 8, 38000, "USD",
         "R-514A is a low-pressure HFO blend sold in small drums at a premium; these tonne-scale drums at half that "
         "price hold a gas whose boiling point and molar mass match HCFC-123 (Montreal Annex C), for a Valencia chiller "
         "servicing firm whose old centrifugal chillers still run on R-123; Spanish wording (HCFC-123 repeats in many "
         "sets and R-514A as a cover in blind25, blind43, blind68 and blind71; by sea to Spain is the new part)",
         firm("Frío Levante SL", "ES")),
        ("OZ-08", "transit", "NLSEA01", "sea", "AE", ["NL"], "NG", "290351",
         "Refrigerant R-1234yf, automotive, 600 cans x 1 kg", "AE", 600, 600, 3000, "USD",
         "R-1234yf cans carry self-sealing valves and sell at over 30 USD a kilo; these cheap cans at 5 USD carry the "
         "old R-12 thread and a gauge reading matches dichlorodifluoromethane: CFC-12 (Montreal Annex A), whose entry "
         "into the Union, transit included, is banned without a licence, through Rotterdam from Jebel Ali to Lagos; "
         "English wording (R-12 and R-1234yf covers repeat in many sets; a Jebel Ali to Lagos transit through "
         "Rotterdam is the new part)", {"importer_country": "NG"}),
        ("OZ-09", "import", "GRSEA01", "sea", "TR", [], "GR", "842490",
         "CO2 fire-suppression cylinders, ex-ship, recertified, 24", "TR", 2160, 24, 4800, "EUR",
         "recertified CO2 cylinders carry new hydrotest stamps; these carry none, are red with 'HALON 1301' stencilled "
         "under grey paint and come from ships broken at Aliağa: halon 1301 (Montreal Annex A) in 24 charged "
         "cylinders, for a Piraeus marine-safety dealer; English wording (halon 1301 repeats in many sets and Aliağa "
         "ship-breaking in blind9; as recertified CO2 cylinders to Greece is new as far as a search found)",
         firm("Atlantic Marine Safety AE", "GR")),
        ("OZ-10", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "382769",
         "R-407C hűtőközeg, 13,6 kg, 40 palack", "CN", 544, 40, 2400, "USD",
         "a refrigeration wholesaler's rail order of R-407C at 60 USD a cylinder, a third of the going price; the "
         "'R-407C, 13.6 kg' cylinders hold a single-component gas at R-22's pressure with no R-32 or R-125: "
         "HCFC-22 (Montreal Annex C, banned in the Union), for a Budapest refrigeration wholesaler; Hungarian wording (R-22 "
         "as R-407C repeats in many sets; by rail from China to Hungary is the new part)",
         firm("Orion Hűtéstechnika Kft.", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "GRROAD01", "road", "MK", [], "GR", "680291",
         "Декоративни камени столбови за градина, 6 парчиња", "MK", 900, 6, 600, "EUR",
         "garden columns are new, sawn and polished; these six are weathered marble stones with turban finials, "
         "Ottoman inscriptions and lichen, broken off at their bases: 18th-century Ottoman gravestones removed from a "
         "cemetery, parts of a monument older than 250 years whose import needs an import licence (Regulation "
         "2019/880) and whose export North Macedonia forbids (UNESCO 1970), by van to a Thessaloniki dealer; "
         "Macedonian wording (gravestones and Ottoman goods repeat in several sets; Ottoman headstones from North Macedonia as "
         "garden columns are new as far as a search found)", firm("Anatoli Antika AE", "GR")),
        ("CUL-02", "export", "SESEA01", "sea", "SE", [], "US", "251611",
         "Stenblock för trädgårdsanläggning, granit, 1 st", "SE", 1400, 1, 800, "EUR",
         "landscape boulders are rough and clean; this one has a worn face carved with a serpent band and runes, "
         "soil and root marks at its foot: a Viking-age runestone fragment, an ancient monument, taken without "
         "permission and shipped without the export licence of Regulation 116/2009, for a Minnesota collector; "
         "Swedish wording (a runestone appears once, in blind46; as a landscaping boulder by sea to the US is new as "
         "far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "711790",
         "Bisutería de latón dorado, artesanía de Lambayeque, 20 piezas", "PE", 1.5, 20, 150, "USD",
         "brass costume jewellery is light and bright; these pieces are thin hammered gold-silver alloy with green "
         "corrosion, feline-face ear spools and a mask nose ornament: Sicán (Lambayeque) grave goods of about 1000 AD, "
         "whose export Peru forbids (UNESCO 1970) and whose import needs a licence (Regulation 2019/880), flown to a "
         "Madrid dealer; Peruvian Spanish wording (Sicán goods appear only in a development set; as Lambayeque "
         "handicraft to Spain is new as far as a search found)", firm("Galería Rivage SL", "ES")),
        ("CUL-04", "import", "CYSEA01", "sea", "LB", [], "CY", "680299",
         "Modern stone sculptures, garden decoration, 4 crates", "LB", 1200, 4, 1000, "USD",
         "garden sculptures are new limestone with saw marks; these are four funerary busts with veiled women, "
         "Greek inscriptions and mortar from a tomb niche: Roman-era funerary portraits from Syria, traded out of "
         "Syria against Regulation 36/2012 and UNESCO 1970, routed by sea through Beirut to a Limassol dealer; "
         "English wording (Syrian funerary busts through Lebanon repeat in several sets, to Frankfurt and Piraeus "
         "among others; to Cyprus as garden sculpture is the new part)", firm("Vega Antiques Ltd", "CY")),
        ("CUL-05", "import", "FRAIR01", "air", "ML", [], "FR", "441829",
         "Portes en bois sculpté, artisanat neuf, 3 pièces", "ML", 150, 3, 450, "EUR",
         "new carved doors for tourists are light wood with fresh cuts; these three are heavy, dark, smoke-stained "
         "granary doors with worn ancestor figures and iron staples: old Dogon granary doors from the Bandiagara "
         "cliffs, whose export Mali forbids and which the Union protects under Regulation 2019/880 (UNESCO 1970), "
         "flown from Bamako to a Paris dealer; Malian French wording (Dogon goods repeat in blind20, blind21 and "
         "blind42; granary doors as new handicraft by air are the new part as far as a search found)",
         firm("Orion Arts Premiers SARL", "FR")),
        ("CUL-06", "export", "HUROAD01", "road", "HU", [], "RS", "470790",
         "Vegyes papírhulladék újrahasznosításra, 2 t", "HU", 2000, None, 200, "EUR",
         "mixed waste paper is baled office paper and cardboard; this van holds bound volumes of 18th-century "
         "notarial protocols and land registers with seals, from a closed county archive: archives over 50 years "
         "old, whose export out of the Union needs a licence whatever their value (Regulation 116/2009), for a "
         "Subotica 'recycler' who sells them on; Hungarian wording (notarial archives repeat in blind32 and "
         "blind48; as waste paper by van to Serbia is new as far as a search found)", {"importer_country": "RS"}),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "691390",
         "Глиняні фігурки, сувеніри ручної роботи, 30 шт", "UA", 6, 30, 200, "EUR",
         "souvenir figurines are new, evenly fired clay; these thirty are worn, hand-formed female idols with incised "
         "spirals and soil in the cracks: Trypillia (Cucuteni) figurines of about 4000 BC, from digs in war-torn "
         "Ukraine, whose export Ukraine forbids (UNESCO 1970, Regulation 2019/880 import licence), in a car at Dorohusk "
         "for a Lublin collector; Ukrainian wording (Trypillia figurines repeat in blind47; by car into Poland as "
         "souvenirs is the new part)", person("Prywatny kolekcjoner", "PL")),
        ("CUL-08", "import", "DESEA01", "sea", "IN", [], "DE", "940360",
         "Wooden chests, Indian handicraft, 40 pieces", "IN", 2000, 40, 4000, "USD",
         "a handicraft container for a Hamburg shop: wooden chests and brass lamps are what it sells, but the third "
         "item's 'granite garden statues, reproductions' are two weathered door-guardian (dvarapala) figures with "
         "temple-floor mortar and broken tenons: 12th-century Hoysala temple sculptures, whose export India forbids "
         "(Antiquities and Art Treasures Act, UNESCO 1970), hidden as the last item of a three-item declaration; "
         "English wording (Indian temple sculptures repeat in many sets, and a Karnataka temple stone was the third line "
         "of a handicraft container in blind65; dvarapala figures to Hamburg are the new part)",
         dict(firm("Nordhafen Wohnkultur GmbH", "DE"),
              _more_items=[item("940549", "Brass lamps, 300 pieces", "IN", 450, 1800, "USD", qty=300),
                           item("680293", "Granite garden statues, reproductions, 2 pieces", "IN", 1400, 600, "USD", qty=2)])),
        ("CUL-09", "export", "ITPOST01", "post", "IT", [], "CH", "491199",
         "Fogli stampati decorativi, 12 pezzi", "IT", 0.8, 12, 60, "EUR",
         "decorative prints are printed paper; these twelve are parchment leaves with square neumes, gold initials and "
         "a cut edge where they were sliced from a bound choir book: 15th-century antiphonary leaves from a monastery "
         "library, manuscript leaves whose export out of the Union needs a licence whatever their value (Regulation "
         "116/2009), posted to a Basel dealer; Italian wording (choir-book leaves repeat in blind68 and a development "
         "set; as decorative prints by post to Switzerland is new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-10", "transit", "ATROAD01", "road", "AZ", ["GE", "TR", "BG", "RS", "HU", "AT"], "CH", "680299",
         "Dekorativ daş lövhələr, 3 ədəd", "AZ", 700, 3, 900, "USD",
         "decorative stone panels are new, machine-cut; these three are red tuff slabs carved with crosses and "
         "interlace, broken from larger stones: Armenian khachkar fragments from the destroyed Julfa cemetery, whose "
         "trade violates UNESCO 1970, driven in transit through the Union from Baku to a Geneva collector; "
         "Azerbaijani wording (khachkars repeat in several sets, from the Julfa region in blind38; in road transit from "
         "Baku through Austria to Switzerland is the new part)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", ["TR"], "IR", "847989",
         "Macchina avvolgitubi per tubi da giardino, 1 unità", "IT", 6500, 1, 240000, "EUR",
         "garden-hose reel winders are small bench machines at a few thousand euros; this 6.5 t machine has a "
         "mandrel, a resin bath and a four-axis fibre-placement head with numerical control: a filament-winding "
         "machine (1B001.a, listed in Regulation 2021/821 and restricted for Iran under Regulation 267/2012), shipped "
         "through Mersin to a Tehran buyer; Italian wording (filament winding is new as far as a search found)",
         {"importer_country": "IR"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KZ", "852589",
         "Sportkamera für Zeitlupe, Broadcast, 2 Stück", "DE", 30, 2, 180000, "EUR",
         "broadcast slow-motion cameras run at 1,000 frames a second; these two record 250,000 frames a second at "
         "full resolution, with a test-range trigger kit: high-speed cameras (6A003.a), exported without the licence their listing "
         "needs to an Almaty firm that resells to Russia, where Regulation 833/2014 bans them; German wording (high-speed cameras "
         "repeat in blind42 and blind53, as sports slow-motion cameras in blind53; the cover repeats, and German "
         "wording to Kazakhstan is the new part)",
         {"importer_country": "KZ"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", ["AE"], "IR", "901600",
         "Balances de laboratoire, 2 unités", "FR", 120, 2, 320000, "EUR",
         "laboratory balances are a few kilos and a few thousand euros; these are 60 kg gimballed instruments in "
         "shock cases with a marine mount: marine gravimeters (6A007), dual-use items shipped without a licence "
         "through Dubai to a Tehran 'research institute' under Iran sanctions; French wording (gravimeters are new "
         "as far as a search found)", {"importer_country": "IR"}),
        ("STR-04", "export", "LTROAD01", "road", "LT", ["LV"], "RU", "850140",
         "Ventiliatorių varikliai lubų ventiliatoriams, 500 vnt.", "LT", 120, 500, 18000, "EUR",
         "ceiling-fan motors are slow, heavy, low-power units; these are 200 g outrunner brushless motors of 2,000 W "
         "with propeller mounts: drone engines, whose sale and export to Russia Regulation 833/2014 bans, by "
         "lorry through Latvia to a Pskov buyer; Lithuanian wording (brushless drone motors repeat in many sets and "
         "ceiling fans in one development set; by road from Lithuania is the new part)", {"importer_country": "RU"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "AM", "900190",
         "Optical fibre spools for FTTH installation, 40", "NL", 40, 40, 96000, "EUR",
         "FTTH fibre comes on 2-4 km drums at cents a metre; these forty small spools of polarisation-maintaining "
         "fibre wound quadrupolar on potting, at 2,400 EUR each: fibre-optic gyroscope coils, navigation parts whose sale to Russia "
         "Regulation 833/2014 bans (Annex VII, category 7), flown to a Yerevan firm that resells to Russia; "
         "English wording (gyroscopes repeat in many sets; FOG coils as FTTH spools are new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-06", "export", "PLROAD01", "road", "PL", [], "BY", "880730",
         "Części zamienne do opryskiwaczy rolniczych, 14 skrzyń", "PL", 900, 14, 85000, "EUR",
         "sprayer spares are nozzles, pumps and booms; these crates hold main-rotor pitch links, swashplate bearings "
         "and tail-rotor blades with Mi-8 part numbers: helicopter parts (8807), whose export to Belarus is banned "
         "under Regulation 765/2006, by lorry at Kukuryki for a Minsk 'agricultural aviation' firm; Polish wording "
         "(helicopter parts, Mi-8 parts among them, and sprayer covers each repeat in several sets; Mi-8 rotor parts "
         "as sprayer spares by road to Belarus are new as far as a search found)", {"importer_country": "BY"}),
        ("STR-07", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "903040",
         "Antennentester für Kabelfernsehen, 24 Stück", "DE", 240, 24, 260000, "EUR",
         "cable-TV antenna testers read signal levels up to 3 GHz at a few hundred euros; these are vector network "
         "analysers to 67 GHz at 10,000 EUR each: electronic test equipment (3A002, Annex VII of Regulation 833/2014) "
         "loaded on a container train through Belarus and Russia to an Almaty reseller; German wording (network "
         "analysers repeat in blind11 and a development set; as cable-TV testers by rail is the new part)",
         {"importer_country": "KZ"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", ["TR"], "IR", "901480",
         "Ekolod för fritidsfiske, 3 st", "SE", 180, 3, 150000, "EUR",
         "recreational fish-finders are small transducers at a few hundred euros; these are 60 kg towfish with "
         "dual-frequency arrays and a 1,000 m cable: side-scan sonar systems (6A001), dual-use items shipped without a "
         "licence through Istanbul to a Bandar Abbas 'fishing cooperative' under Iran sanctions; Swedish wording "
         "(side-scan sonar repeats in blind28 and a development set, and fish-finder covers hid hydrophone arrays in "
         "blind45 and blind46 and radars in blind68; side-scan towfish from Sweden through Istanbul are the new part)", {"importer_country": "IR"}),
        ("STR-09", "export", "FIAIR01", "express", "FI", [], "KG", "852351",
         "USB-avaimet, 50 kpl", "FI", 6, 50, 120000, "EUR",
         "USB keys cost a few euros; these fifty are network hardware security modules in 1U cases with tamper "
         "sensors at 2,400 EUR each: cryptographic equipment (5A002), dual-use items exported by express without a "
         "licence to a Bishkek firm reselling to Russia, where Regulation 833/2014 bans them; Finnish wording "
         "(hardware security modules are new as far as a search found)", {"importer_country": "KG"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", ["OM"], "IR", "841720",
         "Bakery ovens, deck type, 6 units", "BE", 9000, 6, 60000, "EUR",
         "a bakery-equipment order for Iran: ovens and dough mixers are lawful and what the buyer's trade needs, but "
         "the third item's 'polyester sewing thread' is black, stiff carbon fibre with an intermediate-modulus spec "
         "sheet: carbon fibre (1C010, restricted for Iran), hidden as the last item of a three-item declaration "
         "through Sohar; English wording (carbon fibre repeats in many sets, T800 grade in several, and bakery orders "
         "hid other goods in blind61 and blind62; carbon fibre as sewing thread is new as far as a search found)",
         dict({"importer_country": "IR"},
              _more_items=[item("843810", "Spiral dough mixers, 8 units", "BE", 3200, 24000, "EUR", qty=8),
                           item("540110", "Polyester sewing thread, 300 bobbins", "BE", 900, 4000, "EUR", qty=300)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "SN", [], "ES", "030559",
         "Aletas de raya secas, para sopa, 400 kg", "SN", 400, None, 6000, "EUR",
         "dried ray wings are flat, thin and cheap; these are thick triangular fins with a white ridge, from wedgefish "
         "and guitarfish (Rhinidae and Glaucostegidae, CITES App. II) without a CITES export permit, by sea from Dakar "
         "to Vigo; Spanish wording (guitarfish and wedgefish fins repeat in several sets and fins as dried ray wings in the first "
         "blind set; from Senegal to Vigo is the new part)",
         firm("Pescados Atlántico SL", "ES")),
        ("WLF-02", "import", "NLAIR01", "air", "VN", [], "NL", "950300",
         "Speelgoedschildpadden, handbeschilderd, 40 stuks", "VN", 30, 40, 80, "USD",
         "painted toy turtles are resin; these forty are live juvenile Indochinese box turtles (Cuora galbinifrons, "
         "CITES App. II with a zero quota for wild specimens in commercial trade) taped in socks in a toy box, flown from Hanoi to Amsterdam; Dutch wording (box "
         "turtles repeat in several sets; as painted toys is new as far as a search found)", firm("Delta Speelgoed BV", "NL")),
        ("WLF-03", "import", "DEPOST01", "post", "TH", [], "DE", "121190",
         "Kräutertee, getrocknet, 2 kg", "TH", 2, None, 40, "USD",
         "dried herbal tea is leaves and flowers; this is grey, scaly, dried lizards split on bamboo sticks: tokay "
         "geckos (Gekko gecko, CITES App. II since 2019) without a CITES permit, posted from Bangkok to a private "
         "person in Dortmund; German wording (tokay geckos repeat in many sets and a herbal-tea cover hid pygeum bark in blind37; "
         "geckos as herbal tea by post from Thailand are the new part)", person("Herr K. Schmidt", "DE")),
        ("WLF-04", "import", "ITSEA01", "sea", "VN", [], "IT", "940360",
         "Mobili in teak massiccio, 60 pezzi", "VN", 6000, 60, 30000, "USD",
         "teak is golden and oily; this furniture is purple-red with black streaks and smells of roses when cut: "
         "Siamese rosewood (Dalbergia cochinchinensis, CITES App. II, finished products covered) without a CITES "
         "permit, by sea from Haiphong to Genoa; Italian wording (Siamese rosewood repeats in blind28, blind69 and "
         "development sets and teak covers in many; rosewood furniture as teak by sea to Genoa is the new part)", firm("Meridian Arredo Srl", "IT")),
        ("WLF-05", "import", "FRAIR01", "air", "CM", [], "FR", "442090",
         "Perroquets en bois sculpté, artisanat, 1 caisse", "CM", 8, 1, 60, "EUR",
         "carved wooden parrots weigh a few hundred grams each; this crate breathes, with air holes and a water "
         "bottle, and holds twelve live grey parrots (Psittacus erithacus, CITES App. I) with no CITES documents, "
         "flown from Douala to Paris; French wording (grey parrots repeat in blind25; as carved wooden parrots is new "
         "as far as a search found)", person("M. Eyenga", "FR")),
        ("WLF-06", "import", "ATAIR01", "express", "MX", [], "AT", "030639",
         "Aquariengarnelen, lebend, 20 Stück", "MX", 1, 20, 80, "USD",
         "aquarium shrimps travel in small bags of water; these bags hold pink-gilled salamander larvae: axolotls "
         "(Ambystoma mexicanum, CITES App. II) taken from Xochimilco, without a CITES export permit, sent by express to "
         "a private person in Linz; German wording (axolotls repeat in blind30, blind32 and blind69; as aquarium "
         "shrimps by express to Austria is the new part)", person("Frau M. Bauer", "AT")),
        ("WLF-07", "import", "BEAIR01", "air", "CN", [], "BE", "300490",
         "中药丸, 麝香保心丸, 200 盒", "CN", 8, 200, 1600, "USD",
         "Shexiang Baoxin pills for export use synthetic musk; these carry no synthetic-musk statement and test "
         "positive for muscone with natural animal hair: natural musk from musk deer (Moschus spp., CITES App. I/II) "
         "without a CITES permit, flown to a Brussels TCM shop; Chinese wording (musk repeats in many sets; as "
         "Shexiang Baoxin pills by air to Belgium is the new part)", firm("Orion Santé SA", "BE")),
        ("WLF-08", "import", "GBPOST01", "post", "US", [], "GB", "392690",
         "Resin replica scrimshaw, 3 pieces", "US", 1.2, 3, 90, "USD",
         "resin replicas are light, even and cast with seams; these three are heavy, layered, with a pulp cavity and "
         "growth rings: engraved sperm-whale teeth (Physeter macrocephalus, CITES App. I) without a CITES permit, "
         "posted from Nantucket to a private person in Portsmouth; US English wording (sperm-whale teeth and "
         "scrimshaw repeat in several sets; as resin replicas by post to Britain is the new part)", person("Mr P. Clarke", "GB")),
        ("WLF-09", "import", "PTSEA01", "sea", "MZ", [], "PT", "440799",
         "Tábuas de chanfuta em bruto, 8 m3", "MZ", 7200, None, 4800, "USD",
         "chanfuta is pale brown with a straight grain; these planks are deep red, heavy and fluoresce under UV: "
         "African padauk/mukula family timber, Pterocarpus tinctorius (CITES App. II since 2022), without a CITES "
         "permit, shipped from Beira to Lisbon; Mozambican Portuguese wording (mukula repeats in blind72 as umbila; "
         "as chanfuta by sea to Portugal is the new part)", firm("Madeiras Horizon Lda", "PT")),
        ("WLF-10", "import", "CZAIR01", "air", "TH", [], "CZ", "230990",
         "Fish food flakes, 100 tins", "TH", 10, 100, 150, "USD",
         "a pet-shop order from Bangkok: fish food and filters are lawful, but the third item's 'plastic "
         "aquarium decorations' are live juvenile star tortoises (Geochelone elegans, CITES App. I since 2019) packed "
         "in plastic tubes, hidden as the last item of a three-item declaration without a CITES permit; English "
         "wording (star tortoises repeat in blind50; hidden in a pet-shop order to Czechia is the new part)",
         dict(firm("Vega Akvaristika s.r.o.", "CZ"),
              _more_items=[item("842121", "Aquarium filters, 20 pieces", "TH", 12, 200, "USD", qty=20),
                           item("392690", "Plastic aquarium decorations, 30 pieces", "TH", 3, 60, "USD", qty=30)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "US", "DK", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (mushroom grower)", "US", 6.8, 6, 60, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-38-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "express", "GB", "CZ", "382499",
     "Model-engine fuel, 30 % nitromethane, 2 x 4 l, for a licensed private user (model aircraft club member)", "GB",
     7.6, 2, 60, "GBP",
     [("PRECURSOR_LICENCE", "CZ-MPO-38-0088")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854911",
     "Spent lead-acid UPS batteries (16 06 01*), for recycling at a licensed secondary lead smelter, 22 t", "CH",
     22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NDS-38-0327")], "notified lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "262040",
     "Salt slag from secondary aluminium melting (10 03 08*), for recovery at a licensed salt-slag plant, 24 t", "CH",
     24000, None, 0, "EUR",
     [("BASEL_CONSENT", "AT-BMK-38-0191")], "notified salt slag to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US",
     180, 12, 6000, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-38-007")], "recovered halon for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "IN", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 1 l, for a licensed laboratory use", "IN", 9.6, 6, 240, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-38-015")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "express", "IT", "CH", "491199",
     "Antiphonary leaf, parchment, 15th century, from a private collection documented since 1962", "IT", 0.3, 1,
     9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-38-0219")], "manuscript leaf exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "HUROAD01", "road", "HU", "RS", "490199",
     "Land-register volumes, 18th century, 6, temporary export for an exhibition loan to a Novi Sad archive", "HU",
     60, 6, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HU-MNL-EXP-38-0031")], "archive volumes exported on loan with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "NO", "847989",
     "Filament-winding machine, four-axis, numerically controlled, for a Norwegian pressure-vessel maker", "IT",
     6500, 1, 240000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-38-0144"), ("END_USER_CERTIFICATE", "NO-EUC-38-0102")],
     "dual-use filament-winding machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "JP", "901600",
     "Marine gravimeter, gimballed, 1, for a Japanese oceanographic institute", "DE", 60, 1, 160000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-38-0577"), ("END_USER_CERTIFICATE", "JP-EUC-38-0019")],
     "dual-use gravimeter under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "MX", "AT", "010690",
     "Axolotls (Ambystoma mexicanum), captive-bred, 30", "MX", 3, 30, 450, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-38-0511")], "App. II captive-bred amphibians with their export permit"),
    ("PRM-12", "wildlife", "import", "PTSEA01", "sea", "MZ", "PT", "440729",
     "Mukula (Pterocarpus tinctorius), sawn, 6 m3, from a managed concession", "MZ", 5400, None, 9000, "USD",
     [("CITES_PERMIT", "MZ-ANAC-38-0077")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mads Jensen", "PRM-02": "Jan Novák", "PRM-05": "Aéro Entretien Vega SA",
    "PRM-06": "Meridian Laborbedarf GmbH", "PRM-11": "Terraristik Donau GmbH",
    "PRM-12": "Madeiras Horizon Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("392329", "Polypropylene mushroom-growing bags with filter patch", "import", ["sea"], ["CN", "US"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("340290", "Phosphoric-acid dairy cleaner for milking parlours, 20 l", "import", ["road"], ["RS", "CH"], (1.5, 3), (2000, 8000), ["EUR", "CHF"], 0.05, S),
    ("210690", "Edible glitter for cake decorating, 5 g jars", "import", ["post"], ["GB"], (60, 120), (1, 2), ["GBP"], 100, S),
    ("291813", "Cream of tartar, food grade, 25 kg bags", "import", ["sea"], ["TR", "AR"], (3, 5), (4000, 12000), ["USD", "EUR"], 0.04, S),
    ("250100", "Coarse sea salt for curing olives, 25 kg bags", "import", ["road"], ["TR"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.04, S),
    ("283429", "Calcium nitrate greenhouse fertiliser, 15.5 % N, 25 kg sacks", "import", ["road"], ["NO"], (0.5, 0.9), (10000, 24000), ["NOK", "EUR"], 0.04, S),
    ("340290", "Tile-grout haze remover, sulfamic-acid powder, 1 kg", "import", ["express"], ["GB"], (8, 15), (1, 4), ["GBP"], 1, S),
    ("210690", "Potassium-chloride salt substitute, 250 g shakers", "import", ["sea"], ["BR", "US"], (3, 5), (2000, 6000), ["USD"], 4, S),
    ("291531", "Ethyl acetate, technical, 200 l drums", "import", ["sea"], ["CN", "IN"], (0.9, 1.4), (14000, 20000), ["USD"], 0.006, S),
    ("282720", "Calcium chloride moisture-absorber refills, 1 kg", "import", ["sea"], ["TR", "CN"], (0.8, 1.5), (8000, 16000), ["USD", "EUR"], 1, S),
    ("847330", "Refurbished server boards, tested, with warranty", "export", ["sea"], ["PK", "IN"], (30, 60), (1000, 4000), ["EUR"], 0.5, S),
    ("400299", "EPDM rubber granules, virgin, coloured, for artificial pitches", "export", ["road"], ["MA"], (1.2, 2), (18000, 24000), ["EUR"], None, S),
    ("252010", "Natural agricultural gypsum, bulk", "export", ["sea"], ["LY", "TN"], (0.03, 0.06), (20000, 25000), ["EUR"], None, S),
    ("870899", "New car parts, boxed, by part number", "export", ["sea"], ["GH", "NG"], (6, 12), (4000, 12000), ["EUR"], 0.3, S),
    ("850720", "New sealed lead-acid batteries for solar systems", "export", ["road"], ["MA"], (2.5, 4), (8000, 18000), ["EUR"], 0.05, S),
    ("440220", "Coconut-shell charcoal briquettes, 10 kg bags", "import", ["sea"], ["ID", "LK"], (0.6, 1), (14000, 22000), ["USD"], None, S),
    ("940529", "Table lamps made from emptied extinguisher shells", "import", ["road"], ["UA"], (15, 30), (200, 800), ["EUR"], 0.1, S),
    ("902780", "Electronic refrigerant leak detectors", "import", ["express"], ["US", "CN"], (60, 120), (1, 3), ["USD"], 1, S),
    ("291513", "Ethyl formate, food-grade flavouring, drums", "import", ["sea"], ["IL", "IN"], (3, 5), (4000, 10000), ["USD"], 0.005, S),
    ("284590", "Chloroform-d, NMR solvent, 100 ml ampoules", "import", ["air"], ["IN", "US"], (400, 700), (5, 30), ["USD"], 7, S),
    ("340290", "Vinyl-record cleaning fluid, water-alcohol, 500 ml", "import", ["post"], ["JP", "US"], (15, 30), (1, 3), ["USD", "JPY"], 2, S),
    ("382499", "Shoe stretch spray, alcohol-based, 4 oz", "import", ["express"], ["US"], (20, 40), (1, 2), ["USD"], 6, S),
    ("842490", "CO2 fire extinguishers, new, with test certificates", "import", ["sea"], ["TR", "CN"], (4, 7), (4000, 10000), ["EUR", "USD"], 0.08, S),
    ("841430", "Hermetic refrigeration compressors, uncharged", "import", ["rail"], ["CN"], (6, 10), (4000, 12000), ["USD"], 0.07, S),
    ("680291", "Marble garden columns, new, machine-turned", "import", ["road"], ["MK", "AL"], (1, 2), (6000, 18000), ["EUR"], 0.01, S),
    ("251611", "Granite landscaping boulders, crude", "export", ["sea"], ["US", "NO"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("711790", "Gold-plated brass costume jewellery, Peruvian handicraft", "import", ["express"], ["PE"], (40, 90), (1, 3), ["USD"], 10, S),
    ("680299", "Limestone garden sculptures, new", "import", ["sea"], ["LB", "EG"], (1, 2), (4000, 12000), ["USD"], 0.02, S),
    ("441829", "Carved wooden doors, new, Malian handicraft", "import", ["sea"], ["SN", "ML"], (2, 4), (2000, 6000), ["EUR"], 0.02, S),
    ("480511", "Recycled kraft paper reels", "export", ["road"], ["RS"], (0.5, 0.8), (18000, 24000), ["EUR"], None, S),
    ("691390", "Ceramic souvenir figurines, new", "import", ["road"], ["UA"], (4, 8), (1000, 4000), ["EUR"], 5, S),
    ("491199", "Printed decorative art prints", "export", ["post"], ["CH"], (30, 60), (1, 2), ["EUR"], 10, S),
    ("680299", "Tuff facing stone panels, machine-cut, new", "import", ["road"], ["AM", "GE"], (0.4, 0.8), (18000, 24000), ["USD"], None, S),
    ("847989", "Garden-hose reel winding machines, bench type", "export", ["sea"], ["TR"], (20, 40), (500, 2000), ["EUR"], 0.02, S),
    ("901600", "Laboratory analytical balances, 0.1 mg", "import", ["air"], ["CH", "US"], (150, 300), (50, 300), ["CHF", "USD"], 0.1, S),
    ("901480", "Recreational fish-finders with transducer", "import", ["express"], ["US", "CN"], (80, 150), (1, 4), ["USD"], 0.5, S),
    ("950300", "Painted resin toy turtles", "import", ["sea"], ["VN", "CN"], (3, 6), (1000, 4000), ["USD"], 20, S),
    ("940360", "Acacia garden furniture, plantation wood", "import", ["sea"], ["VN"], (3, 6), (6000, 14000), ["USD"], 0.05, S),
    ("392690", "Resin replica scrimshaw, cast", "import", ["post"], ["US"], (60, 120), (1, 2), ["USD"], 3, S),
    ("441990", "Carved chanfuta (Afzelia) wooden bowls, FSC-certified", "import", ["sea"], ["MZ", "KE"], (4, 8), (1000, 4000), ["USD"], 1, S),
]
# Everyday trade: blind72's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, EVERYDAY_2032_ADDED and blind72's own twelve rows) with four new rows
# instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("611710", "Knitted acrylic scarves", "import", ["sea"], ["CN", "BD"], (6, 10), (2000, 6000), ["USD"], 6, N),
        ("820110", "Steel garden spades and shovels", "import", ["sea"], ["CN", "IN"], (1.5, 3), (6000, 14000), ["USD"], 0.5, N),
        ("441490", "Wooden picture frames", "import", ["sea"], ["CN", "ID"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("940521", "LED desk lamps", "import", ["sea"], ["CN"], (6, 12), (2000, 6000), ["USD"], 0.8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind75", 20380901, HERE)


if __name__ == "__main__":
    main()
