#!/usr/bin/env python3
"""Writes the ninety-eighth blind set (tests/risk/data/blind98-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2042, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL98-*:

    python3 tests/risk/data/make_blind98_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "CH", [], "AT", "380894",
         "Trinkwasser-Desinfektion für Wohnmobil-Tanks, 6 x 1 l", "CH", 6.8, 6, 120, "CHF",
         "camper water-tank disinfectants are silver-ion or chlorine-dioxide tablets, or a 3-8 % peroxide with a "
         "dosing cap; these six litres have vented caps and no dosing cap, a density of 1.13 kg/l and bleach a "
         "fingertip white at once: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Winterthur to a "
         "private person in Dornbirn who owns no camper; Swiss German wording (hydrogen peroxide repeats in many sets, "
         "contact-lens and drinking-water covers among them; a camper water-tank cover was found in no earlier row by a "
         "keyword search)", person("Privatperson", "AT")),
        ("PRE-02", "import", "FIAIR01", "express", "CA", [], "FI", "381400",
         "Diluant pour vernis nitrocellulosique de guitare, 6 x 1 l", "CA", 6.9, 6, 150, "CAD",
         "thinners for nitrocellulose guitar lacquer are a water-thin blend of acetone, esters and toluene that "
         "weighs about 0.85 kg/l and smells sharply of nail varnish; these six litres are oily, weigh 1.14 kg/l, smell "
         "faintly fruity and the inner bottles read 'nitrométhane 96 %': nitromethane (Annex I above 16 %), sent by "
         "express from Québec to a private person in Rovaniemi who builds no guitars, although flammable liquids travel "
         "by express only as declared dangerous goods; Québec French wording (nitromethane repeats in many sets, as a "
         "ski-wax remover to Finland in blind94 among them; a guitar-lacquer thinner label was found in no earlier row)",
         person("Yksityishenkilö", "FI")),
        ("PRE-03", "import", "HRROAD01", "road", "BA", [], "HR", "282739",
         "Željezo(III) hlorid otopina za jetkanje pločica, 8 x 1 l", "BA", 11.2, 8, 160, "BAM",
         "ferric chloride etchant for hobby circuit boards is a dark brown, opaque liquid that stains everything orange; "
         "these eight litres are water-clear to pale yellow, give off brown fumes when opened and stain the skin yellow, "
         "at 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), in a private car at Bijača for a private person in "
         "Split who makes no circuit boards; Bosnian wording (nitric acid repeats in many sets and etching covers in "
         "several, ferric-chloride labels in many; by car from Bosnia to Croatia in Bosnian is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-04", "import", "CYAIR01", "express", "IL", [], "CY", "382499",
         "ממיר חלודה נוזלי, 6 בקבוקים של 1 ליטר", "IL", 11, 6, 240, "ILS",
         "liquid rust converters are a milky tannin or phosphoric-acid preparation that turns rust black and weighs about "
         "1.1 kg/l; these six litres are clear, oily, weigh 1.84 kg/l and char a paper towel and a cotton glove at once: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express from Haifa to a private person in Limassol, "
         "although corrosive liquids travel by express only as declared dangerous goods; Hebrew wording (sulphuric acid "
         "repeats in many sets and rust-converter labels in two rows; from Israel to Cyprus in Hebrew is the new part)",
         person("Ιδιώτης", "CY")),
        ("PRE-05", "import", "ROSEA01", "sea", "GE", [], "RO", "310210",
         "შარდოვანა 46 % N, ტექნიკური, AdBlue-ს დასამზადებლად, 25 კგ ტომრები, 24 ტ", "GE", 24000, 960, 9600, "USD",
         "technical urea for home-made AdBlue is a small, white, odourless prill at 46 % N that turns cold in water and "
         "sells by the tonne at about 0.6 USD/kg; these bags hold larger, off-white prills at 34.4 % N, stamped with the "
         "Rustavi plant's ammonium-nitrate lot codes, at 0.40 USD/kg, for a Constanța agricultural web shop that sells "
         "them to private drivers: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public; "
         "Georgian wording (ammonium nitrate repeats in many sets, urea and AdBlue covers in several; by sea from Poti to "
         "Constanța under a DIY AdBlue cover is the new part)", firm("Agro Vega SRL", "RO")),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "250100",
         "Сіль для квашення капусти, без йоду, 6 x 1 кг", "UA", 6, 6, 600, "UAH",
         "salt for sauerkraut is coarse, grey-white rock salt that tastes of salt and does nothing in a flame; these six "
         "bags hold fine, white, tasteless crystals that spit violet sparks on a hot stove and carry CAS 3811-04-9 on the "
         "inner bags: potassium chlorate (Annex I above 40 %), in a private car at Vyšné Nemecké for a private person in "
         "Košice; Ukrainian wording (potassium chlorate repeats in many sets and salt covers in several, a sauerkraut salt by "
         "road from Serbia to Croatia in blind53; kept as a known repeat, by car from Ukraine to Slovakia is the new part)",
         person("Súkromná osoba", "SK")),
        ("PRE-07", "import", "ITPOST01", "post", "PK", [], "IT", "283321",
         "پاؤں بھگونے کا ایپسم نمک، 4 x 1 کلو", "PK", 4, 4, 4000, "PKR",
         "Epsom foot-soak salt is magnesium sulphate: bitter, large, glassy needles that dissolve cold and quietly; these "
         "four bags hold fine, tasteless, colourless crystals that dissolve slowly, burn fiercely mixed with sugar and "
         "read 'KClO4' on the inner bags: potassium perchlorate (Annex I above 40 %), posted from Sialkot to a private "
         "person in Brescia; Urdu wording (potassium perchlorate repeats in many sets and Epsom and bath-salt covers in several; an "
         "Epsom foot soak posted from Pakistan in Urdu is the new part)", person("Privato", "IT")),
        ("PRE-08", "import", "FRSEA01", "sea", "TN", [], "FR", "250100",
         "Pastilles de sel régénérant pour adoucisseur d'eau, sacs de 25 kg, 20 t", "TN", 20000, 800, 6000, "EUR",
         "water-softener salt tablets are pressed, round, white sodium chloride that tastes of salt and comes in 25 kg "
         "bags; these bags hold loose, hygroscopic crystals, not tablets, that flare yellow on a lit match and are "
         "invoiced by the Tunisian maker as 'chlorate de sodium 99 %', at 0.30 EUR/kg, for a Marseille DIY chain that "
         "sells them to the public: sodium chlorate (Annex I above 40 %) made available to members of the public; "
         "Tunisian French wording (sodium chlorate repeats in many sets and water-softener salt covers in several; by "
         "sea from Radès to Marseille is the new part)", firm("Bricolage Rivage SARL", "FR")),
        ("PRE-09", "import", "IEAIR01", "express", "AU", [], "IE", "284019",
         "Borax for candle-wick priming, 3 x 1 kg", "AU", 3, 3, 25, "AUD",
         "borax for priming candle wicks is a soft, white, slightly soapy powder that dissolves slowly and does not burn; "
         "these three bags hold fine, glassy, hygroscopic crystals with no soapy feel that flare bright yellow on a hot "
         "plate and read 'NaClO4' on the inner bags: sodium perchlorate (Annex I above 40 %), sent by express from "
         "Melbourne to a private person in Galway who makes no candles; Australian English wording (sodium perchlorate "
         "repeats in several sets, as dehumidifier refills in blind96, and candle covers in several; a wick-priming "
         "borax label from Australia was found in no earlier row)", person("Private individual", "IE")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "381090",
         "首饰镀金光亮剂, 500 毫升零售瓶, 12,000 瓶", "CN", 8400, 12000, 14400, "USD",
         "gold-plating brighteners for hobby jewellery are a few millilitres of organic additive in a cyanide-free "
         "bath; these 12,000 half-litre retail bottles hold a fuming, water-clear liquid at 1.40 kg/l, labelled 'HNO3 "
         "68 %' under the Chinese stickers, at 1.20 USD a bottle, for a Łódź web shop that sells jewellery-making "
         "supplies to the public: nitric acid (Annex I above 3 %) retail-packed for members of the public, by rail "
         "from Chongqing to Małaszewicze; Chinese wording (nitric acid repeats in many sets and plating covers in two rows; retail bottles as a "
         "plating brightener by rail to Poland is the new part)", firm("Bizuteria Orion Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "BD", "382499",
         "Moleculaire zeef 4A, overschot, 60 big bags", "BE", 60000, 60, 12000, "EUR",
         "surplus 4A molecular sieve is pale, uniform zeolite beads in sealed drums with a water-capacity sheet; these big "
         "bags hold grey-black extrudates that smell of sulphur and oil, warm up when a bag is opened and test for "
         "nickel, molybdenum and arsenic, drained from a refinery's hydrotreater: spent hydrotreating catalyst "
         "(16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Antwerp for a Chattogram "
         "'desiccant trader'; Flemish Dutch wording (spent catalysts repeat in many sets, as activated-alumina "
         "desiccant to India in blind48 and blind67; a molecular-sieve label to Bangladesh was found in no earlier row)",
         {"importer_country": "BD"}),
        ("WST-02", "export", "SISEA01", "sea", "SI", [], "EG", "270111",
         "Antracit za filtriranje vode, granuliran, 20 kontejnerjev", "SI", 400000, None, 20000, "EUR",
         "anthracite filter media is clean, shiny, graded coal grains sold with a grain-size certificate; these "
         "containers hold black carbon blocks and grey refractory lumps, broken from aluminium-smelter cells, that smell "
         "of ammonia when wet and test for cyanide and fluoride: spent pot lining (16 11 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Koper for an Alexandria 'water-treatment supplier'; Slovenian "
         "wording (spent pot lining repeats in several sets and anthracite covers in a few; as anthracite filter media from Slovenia to Egypt is the new "
         "part)", {"importer_country": "EG"}),
        ("WST-03", "export", "ESROAD01", "road", "ES", [], "MA", "282110",
         "Óxido de hierro rojo, pigmento para hormigón, 24 t", "ES", 24000, None, 4800, "EUR",
         "red iron-oxide pigment is a fine, bright red powder that colours concrete evenly and is sold with a colour "
         "card; this is a dull brown-grey dust from a steelworks' bag filters that leaves grey streaks, tests at 25 % zinc "
         "with lead and cadmium, and costs 0.20 EUR/kg: electric-arc-furnace dust (10 02 07*), hazardous waste whose "
         "export to a non-OECD country is banned, by lorry through Algeciras and Tanger Med for a Casablanca 'paint "
         "maker'; Spanish wording (steelworks dust repeats in many sets and iron-oxide covers in a few; a concrete-pigment label by road to Morocco "
         "is the new part)", {"importer_country": "MA"}),
        ("WST-04", "export", "ROROAD01", "road", "RO", [], "MD", "853210",
         "Baterii de condensatoare pentru compensarea energiei reactive, reutilizabile, 40 buc.", "RO", 16000, 40, 8000, "EUR",
         "reusable power-factor correction banks are modern dry film capacitors in a cabinet with a test protocol; these "
         "40 are 1970s oil-filled cans pulled out of a closed substation, some weeping an oily, sweet-smelling fluid, "
         "labelled 'Sovol' and 'askarel' on the old plates: PCB-containing capacitors (16 02 09*), hazardous waste and "
         "persistent organic pollutants whose export to a non-OECD country is banned, by lorry at Sculeni for a Bălți "
         "'electrical contractor'; Romanian wording (PCB equipment repeats in many sets and power-factor covers in two rows; power-factor banks by road to "
         "Moldova are the new part)", {"importer_country": "MD"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "VN", "282741",
         "Kupferoxychlorid, Mikronährstoff für Düngemittel, flüssig, 40 IBC", "DE", 48000, 40, 9600, "EUR",
         "copper micronutrient fertilisers are blue-green powders or suspensions with a declared copper content; these "
         "IBCs hold a deep blue, ammonia-reeking liquid with a sludge of copper salts, pumped from a circuit-board plant's "
         "etching lines: spent ammoniacal copper etchant (11 01 11*), hazardous waste whose export to a non-OECD country "
         "is banned, from Hamburg for a Haiphong 'fertiliser blender'; German wording (spent etchants repeat in several "
         "sets and a micronutrient cover in one; as a copper-oxychloride micronutrient to Vietnam is the new part)", {"importer_country": "VN"}),
        ("WST-06", "export", "GRROAD01", "road", "GR", [], "AL", "631010",
         "Κουρέλια βαμβακερά για σκούπισμα, διαλεγμένα, 18 t", "GR", 18000, None, 2700, "EUR",
         "sorted cotton wiping rags are cut, washed, bleached pieces of old T-shirts and sheets in pressed bales; these "
         "bales hold unwashed gauze, swabs, bloodied gowns, drainage bags and a few syringes, from hospital wards: "
         "infectious clinical waste (18 01 03*), hazardous waste whose export to a non-OECD country is banned, by "
         "lorry at Kakavia for a Gjirokastër 'textile recycler'; Greek wording (clinical waste repeats in several sets "
         "and rag covers in a few; by road from Greece to Albania is the new part)", {"importer_country": "AL"}),
        ("WST-07", "export", "LVSEA01", "sea", "LV", [], "NG", "381400",
         "Reģenerēts šķīdinātājs, atkārtotai lietošanai, 120 mucas", "LV", 24000, 120, 2400, "EUR",
         "recovered thinner for reuse is a clear, water-white distillate with a test sheet; these drums hold a thick, "
         "black, sticky residue of ink, pigment and solvent with a flash point below 23 °C, scraped from a print shop's "
         "solvent-recovery still: waste printing ink and still bottoms (08 03 12*, 07 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, from Riga for a Lagos 'paint-thinner trader'; Latvian wording (still "
         "bottoms repeat in a few sets; from Latvia to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "PK", "890200",
         "Stern trawler, 38 m, built 1981, sold for continued fishing operations", "IE", 640000, 1, 90000, "EUR",
         "a trawler sold for continued fishing carries valid class and fishing papers and a buyer with a licence; this "
         "one has lost its class, its gear was stripped, the sale price matches the steel weight at a breaking yard, and "
         "its last voyage is to Gadani beach with asbestos lagging, PCB cables and bilge oil still aboard: a ship "
         "destined for breaking, which is hazardous waste whose export to a non-OECD country is banned (and the ship "
         "recycling rules), from Killybegs; Irish English wording (end-of-life ships and trawlers repeat in a few sets; a trawler "
         "'for continued fishing' from Killybegs to Gadani is the new part)", {"importer_country": "PK"}),
        ("WST-09", "transit", "BGROAD01", "road", "TR", ["BG"], "MK", "720449",
         "Hurda çelik, HMS 1/2, 22 t", "TR", 22000, None, 6600, "USD",
         "HMS 1/2 scrap is cut, clean structural steel sorted by thickness; this lorry holds crushed used oil filters, "
         "dripping black engine oil, with their paper elements inside, from Turkish garages: waste oil filters "
         "(16 01 07*), hazardous waste whose transit through the Union had no notification, at Kapitan Andreevo in "
         "transit through Bulgaria to Skopje; Turkish wording (oil filters repeat in a few sets and HMS-scrap covers in several; as HMS scrap in road "
         "transit to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-10", "export", "PLSEA01", "sea", "PL", [], "CM", "870193",
         "Ciągniki rolnicze używane, 2 szt.", "PL", 6000, 2, 9000, "EUR",
         "a used-farm-machinery container: two old tractors and spare tyres are what Polish dealers send to Cameroon, but "
         "the third item's 'nawozy płynne' are 40 rusted canisters of banned pesticides from a closed state-farm store, "
         "some swollen, smelling of solvent and labelled 'Lindan' and 'DDT': obsolete pesticides (02 01 08*, persistent "
         "organic pollutants), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of "
         "a three-item declaration, from Gdańsk to Douala; Polish wording (obsolete pesticides repeat in several sets; "
         "behind used tractors as liquid fertiliser is the new part)",
         dict({"importer_country": "CM"},
              _more_items=[item("401220", "Opony używane do ciągników, 12 szt.", "PL", 1200, 600, "EUR", qty=12),
                           item("310590", "Nawozy płynne, 40 kanistrów", "PL", 800, 200, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "IN", [], "IT", "290343",
         "HFC-152a propellant for air-duster cans, 60 cylinders x 50 kg", "IN", 3000, 60, 12000, "USD",
         "HFC-152a is a flammable gas that burns with a blue flame and boils at -25 °C; these cylinders hold a gas that "
         "barely burns, boils at -10 °C and reads as R-142b on a refrigerant analyser, with re-stencilled collars: "
         "HCFC-142b, whose import into the Union is banned, flown from Delhi to Milan for an aerosol filler making air "
         "dusters; Indian English wording (HCFC-142b repeats in several sets and 152a labels in a few; by air from India "
         "to Italy for an air-duster filler is the new part)", firm("Aerosol Meridian Srl", "IT")),
        ("OZN-02", "import", "SISEA01", "sea", "ID", [], "SI", "290219",
         "Siklopentana, bahan peniup busa poliuretan, 60 drum", "ID", 13800, 60, 12000, "USD",
         "cyclopentane is a light, highly flammable liquid of 0.75 kg/l that boils at 49 °C; these drums hold a "
         "non-flammable liquid of 1.49 kg/l boiling at 24 °C, with a faint ethereal smell: CFC-11 "
         "(trichlorofluoromethane), whose import into the Union is banned, by sea from Surabaya to Koper for a "
         "sandwich-panel maker; Indonesian wording (CFC-11 repeats in many sets and pentane labels in several; from "
         "Indonesia to Slovenia is the new part)", firm("Panel Alpina d.o.o.", "SI")),
        ("OZN-03", "import", "GRROAD01", "road", "MK", [], "GR", "280430",
         "Азот во боци за полнење гуми, 30 боци", "MK", 1200, 30, 1800, "EUR",
         "nitrogen for tyre inflation comes in tall, grey-shouldered cylinders at 200-300 bar with no liquid in them; "
         "these 30 squat red cylinders slosh with liquid, read 25 bar at room temperature and the valve stickers under "
         "the new labels say 'BTM': halon 1301 from decommissioned fire systems, whose import into the Union is banned "
         "except for listed critical uses under licence, by lorry at Evzoni for a Thessaloniki fire-protection firm; "
         "Macedonian wording (halon 1301 repeats in many sets; a tyre-inflation nitrogen cover appears in one earlier "
         "row, by road from North Macedonia is the new part)", firm("Pyrosvestiki Delta EPE", "GR")),
        ("OZN-04", "import", "MTSEA01", "sea", "EG", [], "MT", "281121",
         "ثاني أكسيد الكربون لتخصيب الصوب الزراعية، 40 أسطوانة", "EG", 2000, 40, 2400, "USD",
         "CO2 for greenhouse enrichment is supplied in tall cylinders with a dip tube and reads 57 bar at room "
         "temperature; these cylinders read 2 bar, hold a gas with a faint sweetish smell and 2 % chloropicrin as a "
         "warning agent: methyl bromide, whose import into the Union is banned (no quarantine exemption for soil "
         "fumigation), by sea from Damietta to Marsaxlokk for a Gozo vegetable grower; Egyptian Arabic wording "
         "(methyl bromide repeats in many sets and greenhouse covers in several; a greenhouse-CO2 label from Egypt to "
         "Malta is the new part)", firm("Vega Growers Ltd", "MT")),
        ("OZN-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "382769",
         "R-454B 低GWP制冷剂, 11.3 公斤钢瓶, 400 瓶", "CN", 4520, 400, 20000, "USD",
         "R-454B is an A2L blend of R-32 and R-1234yf sold by a few makers in pink-shouldered cylinders with a fill "
         "certificate; these cylinders are grey-green, their pressure fits R-22, and a refrigerant analyser reads 98 % "
         "HCFC-22, at 5 USD/kg: chlorodifluoromethane, whose import into the Union is banned, by rail from Xi'an to "
         "Duisburg for an air-conditioning wholesaler; Chinese wording (HCFC-22 repeats in many sets and R-454B labels in a "
         "few, by sea or road; by rail to Duisburg is the new part)", firm("Klima Nordhafen GmbH", "DE")),
        ("OZN-06", "import", "GRSEA01", "sea", "IN", [], "GR", "290315",
         "1,2-ડાયક્લોરોઇથેન (EDC), ઔદ્યોગિક, 80 ડ્રમ", "IN", 25400, 80, 19000, "USD",
         "1,2-dichloroethane is a flammable liquid of 1.25 kg/l that boils at 84 °C and burns with a green-edged flame; "
         "these drums hold a non-flammable liquid of 1.59 kg/l boiling at 77 °C, with a sweetish smell and a sourcing "
         "invoice from a chloromethanes plant in Gujarat: carbon tetrachloride, whose import into the Union is banned "
         "except for licensed feedstock and laboratory uses, by sea from Mundra to Piraeus for a 'PVC compounder' that "
         "makes no PVC; Gujarati wording (carbon tetrachloride repeats in many sets, as a methylene-chloride paint "
         "stripper from India to Antwerp in blind72; an EDC label to Greece is the new part)",
         firm("Chimika Central AE", "GR")),
        ("OZN-07", "import", "IEAIR01", "air", "CN", [], "IE", "290369",
         "Bromoethane (ethyl bromide), reagent grade, 40 x 2.5 l", "CN", 145, 40, 3600, "USD",
         "ethyl bromide is a volatile liquid of 1.46 kg/l that boils at 38 °C; these bottles hold a liquid of 1.99 kg/l "
         "boiling at 68 °C with a sweet, chloroform-like smell, and the batch certificate under the label names CH2BrCl: "
         "bromochloromethane, whose import into the Union is banned except for licensed feedstock and laboratory uses, "
         "flown from Shanghai to Dublin for a 'pharma intermediates' trader that holds no licence; English wording from "
         "China (bromochloromethane repeats in several sets and ethyl-bromide labels in many; a reagent flown to "
         "Ireland is the new part)", firm("Orion Pharma Supply Ltd", "IE")),
        ("OZN-08", "import", "LVSEA01", "sea", "MY", [], "LV", "340290",
         "Pembersih sesentuh elektrik aerosol, 400 ml, 24,000 tin", "MY", 12000, 24000, 14400, "USD",
         "electrical contact cleaners are isopropanol or hydrocarbon sprays that leave a flammable mist; these cans "
         "spray a non-flammable, fast-evaporating solvent that boils at 32 °C and the filling records name 'R-141b': "
         "HCFC-141b in aerosol cans (products containing it may not be imported), by sea from Port Klang to Riga for "
         "a car-parts wholesaler; Malay wording (HCFC-141b repeats in many sets and contact-cleaner covers in a few; "
         "from Malaysia to Latvia is the new part)", firm("Baltic Delta SIA", "LV")),
        ("OZN-09", "transit", "NLSEA01", "sea", "CN", ["NL"], "NG", "290351",
         "R-1234yf car air-conditioning refrigerant, 340 g cans, 30,000 cans", "CN", 10200, 30000, 45000, "USD",
         "R-1234yf cans are sold by a few makers with a left-hand valve thread and cost several dollars each; these cans "
         "have the old R-12 thread under adapters, their pressure fits CFC-12 and a sniffer reads dichlorodifluoromethane: "
         "CFC-12 brought into the Union at Rotterdam in sea transit from Ningbo to Lagos, without the licence "
         "Regulation 2024/590 requires for ozone-depleting substances moved through the Union; English wording from "
         "China (CFC-12 repeats in many sets and R-1234yf labels in several; in sea transit through Rotterdam to Nigeria is the new part)",
         {"importer_country": "NG"}),
        ("OZN-10", "import", "ITSEA01", "sea", "ME", [], "IT", "841430",
         "Kompresori za komercijalne rashladne komore, 20 kom.", "ME", 600, 20, 6000, "EUR",
         "a refrigeration-parts order by ferry: compressors and copper pipe are what a cold-room installer buys, but the "
         "third item's 'rashladni gas R-448A' is 30 cylinders whose pressure fits R-502 and whose analyser reading is "
         "HCFC-22 and CFC-115, from old Montenegrin fish-plant cold stores: R-502, a CFC-containing blend, whose import "
         "into the Union is banned, hidden as the last item of a three-item declaration, by sea from Bar to Bari for a "
         "Puglia refrigeration installer; Montenegrin wording (R-502 repeats in a few sets, and an Albanian R-404A "
         "label on this crossing in blind90; an R-448A label behind compressors from Montenegro is the new part)",
         dict(firm("Frigo Meridian Srl", "IT"),
              _more_items=[item("741110", "Bakarne cijevi za rashladu, 400 m", "ME", 300, 2400, "EUR"),
                           item("382769", "Rashladni gas R-448A, 30 boca", "ME", 330, 900, "EUR", qty=30)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "NP", [], "DE", "491191",
         "बौद्ध थाङ्का पोस्टर, छापिएको, ३ वटा", "NP", 1.5, 3, 60, "USD",
         "printed thangka posters are glossy paper rolls with a printer's name in the margin; these three are "
         "mineral-pigment paintings on sized cotton, cracked and soot-darkened by butter lamps, with silk mounts, "
         "monastery seals on the back and ink consecration marks behind the figures, 18th century, worth about "
         "30,000 EUR each: thangkas taken from a Himalayan monastery and exported without the Nepalese archaeology "
         "department's permission, cultural goods removed unlawfully from their country whose import is prohibited "
         "(Regulation 2019/880), by express from Kathmandu to a private collector in Berlin; Nepali wording (thangkas "
         "appear in a few sets, and a Nepalese painting as a new paubha in blind90; as printed posters by express to Germany is the new part)", person("Dr. M. Keller", "DE")),
        ("CUL-02", "import", "BEAIR01", "express", "CO", [], "BE", "711719",
         "Fornituras de latón dorado para joyería, 30 piezas", "CO", 0.5, 30, 45, "USD",
         "gold-plated brass jewellery findings are light, stamped clasps, rings and bails on a card; these 30 are "
         "heavy, soft, reddish-gold nose rings, ear spools and spiral pendants hammered from tumbaga, with earth in the "
         "folds and the cracks of centuries: Calima and Quimbaya gold ornaments (Colombia, before 1500), "
         "archaeological objects whose export Colombia forbids, brought in without an import licence (Regulation "
         "2019/880), sent by express from Bogotá to a private person in Antwerp; Colombian Spanish wording "
         "(pre-Columbian gold repeats in several sets, a Calima piece and a findings label once each, brass costume "
         "jewellery posted to Portugal in blind94; gold-plated findings by express to Belgium is the new part)",
         person("Particulier", "BE")),
        ("CUL-03", "import", "CZAIR01", "air", "MN", [], "CZ", "392640",
         "Үлэг гүрвэлийн гавлын ясны хуулбар, давирхай, будсан, 1 ширхэг", "MN", 38, 1, 400, "USD",
         "resin dinosaur replicas are light, hollow casts with seam lines and even paint; this skull weighs 38 kg, is "
         "solid stone-hard bone with sandstone matrix still in the orbits, glue-filled cracks and a field number "
         "painted on the jaw: a Tarbosaurus skull from the Nemegt Formation, a palaeontological object whose export "
         "Mongolia forbids (UNESCO 1970 covers palaeontology), brought into the Union unlawfully (Regulation 2019/880), "
         "flown from Ulaanbaatar to Prague for a private collector; Mongolian wording (Mongolian dinosaur fossils "
         "repeat in a few sets and replica covers in many; a skull as a painted resin replica flown to Czechia is the "
         "new part)", person("Soukromá osoba", "CZ")),
        ("CUL-04", "export", "NLAIR01", "air", "NL", [], "US", "490520",
         "Facsimile-herdruk van een 17e-eeuwse atlas, ingebonden, 1 exemplaar", "NL", 14, 1, 450, "EUR",
         "a facsimile atlas is printed offset on new, bright paper with even colour and a modern ISBN; this one is "
         "hand-coloured copperplate on laid paper with chain lines and a watermark, bound in worn vellum with an "
         "engraved title of 1645 and an auction estimate of 350,000 EUR: a Blaeu atlas, printed maps over 200 years old "
         "above the 15,000 EUR threshold, exported without the EU export licence (Regulation 116/2009), flown from "
         "Amsterdam to New York for a dealer; Dutch wording (early printed books and maps repeat in several sets, a Blaeu "
         "atlas in one and facsimile covers in a few; as a 'facsimile reprint' from the Netherlands is the new part)",
         {"importer_country": "US"}),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "HK", "920210",
         "Violino da studio 4/4, con custodia, 1 pz", "IT", 3, 1, 300, "EUR",
         "a 4/4 student violin is a factory-made instrument with a spray varnish and a printed label at a few hundred "
         "euros; this one has a deep amber oil varnish worn through at the chin, a one-piece maple back, a handwritten "
         "label 'Joannes Baptista Guadagnini, Taurini 1773' confirmed by a dendrochronology report in the case, and an "
         "insurance value of 1.2 million EUR: an 18th-century instrument far above the 50,000 EUR threshold for "
         "antiques over 100 years old, exported without the EU export licence (Regulation 116/2009) or Italian "
         "permission, flown from Milan to Hong Kong; Italian wording (old violins repeat in a few sets, student-violin covers "
         "and a Guadagnini among them; from Italy to Hong Kong is the new part)", {"importer_country": "HK"}),
        ("CUL-06", "import", "NLSEA01", "sea", "IN", [], "NL", "830621",
         "பித்தளை நடராஜர் சிலை, நினைவுப் பொருள், 2 எண்ணம்", "IN", 140, 2, 200, "USD",
         "brass Nataraja souvenirs are sand-cast, bright yellow and light, with file marks; these two are solid copper-"
         "alloy lost-wax castings of the Chola period with a green-black patina, worn faces from centuries of ritual "
         "bathing, and square holes in the base for temple poles, matching a theft report from a Tamil Nadu temple: "
         "temple bronzes whose export India forbids (Antiquities and Art Treasures Act), brought in unlawfully "
         "(Regulation 2019/880), in a container of handicrafts from Chennai to Rotterdam; Tamil wording (Indian temple "
         "bronzes and brass-Nataraja covers repeat in several sets; by sea in Tamil is the new part)", firm("Orion Handicraft BV", "NL")),
        ("CUL-07", "import", "ATAIR01", "express", "TR", [], "AT", "830629",
         "Bronz at gemi, reprodüksiyon, dekoratif, 5 adet", "TR", 4, 5, 150, "EUR",
         "reproduction horse bits are bright, machine-cast and new; these five are heavy bronze cheek-pieces in the form "
         "of winged mouflons and horned demons with a warty green-red corrosion and soil in the loops: Luristan bronzes "
         "(western Iran, c. 1000-650 BC), archaeological objects over 250 years old, exported from Iran unlawfully and "
         "brought in without an import licence (Regulation 2019/880), sent by express from Van to a private person in "
         "Linz; Turkish wording (Luristan bronzes and horse-bit covers repeat in a few sets; by express from Van in "
         "Turkish is the new part)", person("Privatperson", "AT")),
        ("CUL-08", "import", "ITPOST01", "post", "AL", [], "IT", "731940",
         "Kapëse sigurie të vjetra, metal, lot nga detektori, 1 kg", "AL", 1, 60, 40, "EUR",
         "a metal-detector lot of old safety pins is bent, rusty steel wire; these 60 are cast bronze brooches with "
         "spring coils, bow and catch-plate, crossbow and knee forms, with green crust and earth, from fields around "
         "Apollonia: Illyrian and Roman fibulae, archaeological objects whose export Albania forbids, brought in "
         "without an import licence (Regulation 2019/880), posted from Fier to a private person in Lecce; Albanian "
         "wording (Roman brooches repeat in several sets; a 'safety pins' label from Albania was found in no earlier "
         "row)", person("Privato", "IT")),
        ("CUL-09", "import", "ITSEA01", "sea", "TN", [], "IT", "680292",
         "Plaques de jardin en calcaire sculpté, fabrication artisanale, 6 pièces", "TN", 360, 6, 600, "EUR",
         "craft limestone garden plaques are fresh, pale and machine-dressed on the back; these six are weathered, "
         "pointed-top stelae with a sign of Tanit, a crescent and disc and worn Punic inscriptions, with the tool marks "
         "of antiquity on the back and sand in the letters: Punic votive stelae (Tunisia, 4th-2nd century BC), "
         "archaeological objects whose export Tunisia forbids, brought in without an import licence (Regulation "
         "2019/880), by sea from Tunis to Genoa for an interior decorator; Tunisian French wording (Punic stelae "
         "appear in two earlier rows and garden-copy marble busts from Tunisia to Italy in blind45; Punic stelae as "
         "limestone garden plaques is the new part)", firm("Arredi Vega Srl", "IT")),
        ("CUL-10", "export", "ATROAD01", "road", "AT", [], "CH", "940161",
         "Biedermeier-Sessel, gepolstert, 6 Stk.", "AT", 90, 6, 3000, "EUR",
         "a dealer's van to Switzerland: Biedermeier chairs and gilt frames are what Viennese dealers move, but the third "
         "item's 'Bilderrahmen mit Kunstdruck' is a tempera panel of a saint with gold ground, punched haloes and "
         "woodworm on the back, Tyrol about 1480, with an expert valuation of 400,000 EUR: a painting over 50 years old "
         "far above the 150,000 EUR threshold, exported without the EU export licence (Regulation 116/2009) or Austrian "
         "permission, hidden as the last item of a three-item declaration, at Feldkirch for a Zurich buyer; Austrian "
         "German wording (Gothic panel paintings repeat in a few sets; behind Biedermeier chairs as a framed print is "
         "the new part)",
         dict({"importer_country": "CH"},
              _more_items=[item("441490", "Vergoldete Bilderrahmen, 10 Stk.", "AT", 40, 800, "EUR", qty=10),
                           item("491191", "Bilderrahmen mit Kunstdruck, 1 Stk.", "AT", 12, 60, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", [], "TR", "950710",
         "Rutenblanks für Angelruten, Kohlefaser, 2.000 Stk.", "DE", 2400, 2000, 24000, "EUR",
         "fishing-rod blanks are finished, tapered, lacquered tubes at a dozen euros each; this load is rolls of "
         "uncured high-modulus carbon-fibre prepreg on reels, kept in a refrigerated trailer, with a tensile-modulus "
         "certificate far above rod grade, and the Istanbul buyer forwards to an Iranian missile-casing maker: carbon-"
         "fibre prepreg (dual-use 1C010, and Regulation 267/2012 on Iran), exported without a licence, by lorry from "
         "Munich; German wording (carbon fibre repeats in several sets and rod-blank covers in a few; refrigerated prepreg as "
         "rod blanks by road to Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", [], "TR", "722830",
         "Messerstahl in Rundstangen für Messerschmiede, 8 t", "AT", 8000, None, 24000, "EUR",
         "knife-making steel is a few euros a kilo, sold in flat bars or small rounds to smiths; these are 100 mm "
         "vacuum-remelted nickel-cobalt-molybdenum maraging-steel bars of 2,000 MPa ultimate strength from a Styrian "
         "mill, with a melt certificate the buyer asked to be left out, for an Istanbul 'knife workshop' that forwards "
         "to Iran: maraging steel (dual-use 1C116, usable for centrifuge rotors and rocket casings), exported without a "
         "licence (Regulation 2021/821 and Regulation 267/2012), by lorry from Kapfenberg; Austrian German wording "
         "(maraging steel repeats in several sets, as H13 tool steel from Sweden in blind81 and blind88 and as "
         "tool steel from Austria to Türkiye in blind13; kept as a known repeat of the route, the knife-steel label is the new part)", {"importer_country": "TR"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "AE", "850440",
         "Aurinkopumppujen invertterit, 10 kpl", "FI", 80, 10, 6000, "EUR",
         "solar pump inverters are 50 Hz drives for borehole pumps with an MPPT input; these ten are multiphase "
         "frequency changers with an output of 600-2,000 Hz, low harmonic distortion and frequency control better than "
         "0.2 %, at 12,000 EUR each, for a Dubai 'solar irrigation' firm that re-exports to Iran: frequency changers for "
         "gas centrifuges (dual-use 3A225 and Regulation 267/2012), exported without a licence, flown from Helsinki; "
         "Finnish wording (frequency changers repeat in several sets; a solar-pump-inverter label was found in no "
         "earlier row)", {"importer_country": "AE"}),
        ("STR-04", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "LT", "441233",
         "Фанера тополевая, Узбекистан, 20 вагонов", "UZ", 800000, None, 360000, "USD",
         "Uzbek poplar plywood is light, pale and made in small mills for local furniture; these wagons hold 1,525 mm "
         "square birch sheets with even face veneers, BB/CP grade stamps from a Kostroma mill under the new labels and a "
         "density of birch: Russian birch plywood, whose import into the Union is banned (Regulation 833/2014, Article "
         "3i and Annex XXI), declared as Uzbek poplar plywood, by rail through Kazakhstan, Russia and Belarus to "
         "Kena; Russian wording (Russian plywood repeats in several sets and poplar labels in a few; as Uzbek poplar plywood by rail to Lithuania "
         "is the new part)", firm("Baltic Horizon UAB", "LT")),
        ("STR-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "280429",
         "液氦, 原产地卡塔尔, 经中国转口, 2 个 ISO 罐", "CN", 8000, 2, 640000, "USD",
         "Qatari helium reaches Europe by sea from Ras Laffan in ISO containers with a Qatari filling certificate; these "
         "two ISO containers come by rail from Manzhouli, their filling records and tank plates name the Amur gas plant "
         "at Svobodny and the Qatari certificate was issued for other tank numbers: Russian helium, whose import into "
         "the Union is banned (Regulation 833/2014, Article 3i and Annex XXI), declared as Qatari helium re-exported "
         "from China, by rail to Małaszewicze for an industrial-gas distributor; Chinese wording (helium repeats once, "
         "with Qatari papers by sea from Türkiye to Croatia in blind47; by rail from China with Amur tank plates is the "
         "new part)", firm("Gazy Techniczne Delta Sp. z o.o.", "PL")),
        ("STR-06", "import", "ESSEA01", "sea", "OM", [], "ES", "290511",
         "Metanol grado AA, origen Omán, a granel, 20.000 t", "OM", 20000000, None, 5600000, "USD",
         "Omani methanol comes from the Salalah and Sohar plants with their own certificates and tank-ship histories; "
         "this cargo was loaded ship-to-ship off Sohar from a tanker whose AIS went dark after Assaluyeh, the Omani "
         "certificate names no plant lot and the price is 15 % under the market: Iranian methanol, a petrochemical "
         "product whose import into the Union is banned (Regulation 267/2012 as restored in 2025), declared as Omani, by "
         "sea to Tarragona for a chemicals distributor; Spanish wording (Iranian petrochemicals repeat in a few sets, "
         "HDPE with Emirati papers to Greece in blind54 and methanol in several; a ship-to-ship Omani-papers cargo to "
         "Spain is the new part)", firm("Química Delta SL", "ES")),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "AM", "380991",
         "Portador de tintura para poliéster, 40 bidones", "ES", 1000, 40, 6000, "EUR",
         "dye carriers for polyester are aromatic esters or emulsified solvents with a strong sweet smell; these drums "
         "hold a colourless, syrupy, almost odourless liquid of 1.18 kg/l, and the analysis reads 2,2'-thiodiethanol, "
         "for a Yerevan 'textile mill' that forwards to an Iranian chemicals firm: thiodiglycol (dual-use 1C350, a "
         "mustard-gas precursor, CWC Schedule 2), exported without a licence, flown from Madrid; Spanish wording "
         "(thiodiglycol repeats in a few sets and a textile dye-carrier label in blind48, by sea to Lebanon; kept as a known repeat, by air to Armenia is the new part)",
         {"importer_country": "AM"}),
        ("STR-08", "export", "CZAIR01", "air", "CZ", [], "KG", "900290",
         "Okuláry pro astronomické dalekohledy, 40 ks", "CZ", 12, 40, 2000, "EUR",
         "telescope eyepieces are glass lenses in a barrel at 50 EUR; these 40 are third-generation image-intensifier "
         "tubes with gallium-arsenide photocathodes and a figure of merit above 1,800, in eyepiece-shaped housings, at "
         "3,000 EUR each on the maker's invoice, for a Bishkek 'astronomy shop' that sends them to Russia: image "
         "intensifiers (dual-use 6A002 and Annex VII of Regulation 833/2014), exported without a licence, flown from "
         "Prague; Czech wording (image intensifiers repeat in several sets and eyepiece covers in a few; from Czechia to "
         "Kyrgyzstan is the new part)", {"importer_country": "KG"}),
        ("STR-09", "export", "LVPOST01", "post", "LV", [], "KZ", "911390",
         "Viedpulksteņu siksniņas, silikona, 4 gab.", "LV", 1.2, 4, 40, "EUR",
         "silicone smartwatch straps weigh a few grams and cost a few euros; this parcel holds four Swiss automatic "
         "wristwatches in steel and gold with their papers, at 12,000-30,000 EUR each, addressed to an Astana private "
         "person whose forwarding label names a Moscow address: luxury goods (Regulation 833/2014, Annex XVIII, watches "
         "above 750 EUR) sent towards Russia, posted from Riga; Latvian wording (luxury watches repeat in several sets "
         "and strap covers in several; posted from Latvia to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("STR-10", "export", "PLAIR01", "air", "PL", [], "KG", "852691",
         "Płytki zapasowe do ploterów map morskich, 500 szt.", "PL", 25, 500, 2500, "EUR",
         "spare boards for marine chart plotters are display and power boards for a named plotter model, sold to "
         "boatyards; these 500 are bare multi-constellation GNSS receiver boards with anti-jamming antenna inputs that "
         "fit no chart plotter, of the kind found in Russian drones and glide bombs, at 150 EUR each on the maker's "
         "invoice, for a Bishkek 'marine electronics' firm in a landlocked country that forwards to Moscow: common "
         "high-priority items (Regulation 833/2014, Annex XXIII) routed through Kyrgyzstan, flown from Warsaw; Polish "
         "wording (GNSS modules repeat in many sets, as GPS cycle computers in blind83 and dog trackers in blind46; a "
         "chart-plotter cover was found in no earlier row)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "BD", [], "FR", "330741",
         "বাখুর ধূপ, সুগন্ধি কাঠের টুকরো, 40 কেজি", "BD", 40, None, 800, "USD",
         "bakhoor is pressed sawdust soaked in perfume oil and sugar, sticky and uniform; these sacks hold dry, "
         "dark-streaked, resinous slivers of wood that sink in water and smell of oud when warmed, hand-scraped from "
         "wild trees in Sylhet, at 20 USD/kg declared against thousands: agarwood (Aquilaria malaccensis, CITES App. II) "
         "without a CITES permit, flown from Dhaka to Paris for a perfume trader; Bengali wording (agarwood repeats in "
         "several sets and a bakhoor label in blind3, to Saudi Arabia, and rose attar from Bangladesh to Italy in blind88; to Paris is the new part)",
         firm("Parfums Orion SARL", "FR")),
        ("WLF-02", "import", "CZPOST01", "post", "KZ", [], "CZ", "961519",
         "Мүйіз тарақтар, қолдан жасалған, 10 дана", "KZ", 1.2, 10, 60, "USD",
         "horn combs are flat, cut from cattle horn, opaque and striped; these ten are translucent amber, ribbed, "
         "lyre-shaped whole horns some 30 cm long with the rings still on them, not combs at all: saiga antelope horns "
         "(Saiga tatarica, CITES App. II, zero export quota for wild specimens), posted from Atyrau to a private person "
         "in Brno who sells traditional-medicine ingredients; Kazakh wording (saiga horn repeats in several sets and "
         "a horn-comb label in blind94, posted from Kazakhstan to Germany as horn shavings in blind92; and as horn tips for knife handles to Poland in blind83; as horn combs to Czechia is the new part)", person("Soukromá osoba", "CZ")),
        ("WLF-03", "export", "PTAIR01", "air", "PT", [], "HK", "010649",
         "Larvas vivas de quironomídeos (bloodworm) para isco de pesca, 6 caixas isotérmicas", "PT", 120, 6, 900, "EUR",
         "live bloodworms for bait are red, segmented midge larvae a few centimetres long, packed damp in paper; these "
         "six cool boxes hold wet trays with millions of transparent, thread-thin, 7 cm fish with black eyes, caught at "
         "the Minho estuary: glass eels of the European eel (Anguilla anguilla, CITES App. II; the Union issues no "
         "export permits), flown from Lisbon to Hong Kong; Portuguese wording (glass eels repeat in many sets, as live "
         "shrimp post-larvae from France to Hong Kong in blind82 and as ornamental loach fry from Portugal to Hong Kong "
         "in blind12, a known repeat of the route; a fishing-bait "
         "bloodworm label was found in no earlier row)", {"importer_country": "HK"}),
        ("WLF-04", "import", "FRSEA01", "sea", "JM", [], "FR", "030743",
         "Frozen squid tubes, cleaned, 10 kg blocks, 18 t", "JM", 18000, 1800, 54000, "USD",
         "frozen squid tubes are thin, white, cylindrical mantles with a transparent quill; these blocks hold thick, "
         "creamy-white, club-shaped slabs of muscle with an orange-pink skin edge and no quill, from wild Pedro Bank "
         "catches outside the quota: queen conch meat (Aliger gigas, CITES App. II) without a CITES permit, by sea from "
         "Kingston to Le Havre for a seafood importer; Jamaican English wording (queen conch repeats in several sets, "
         "from Jamaica to Rotterdam as whelk meat in blind70 and blind86, and squid labels in a few; a squid label to Le Havre is the new part)", firm("Marée Delta SARL", "FR")),
        ("WLF-05", "import", "ESAIR01", "express", "PH", [], "ES", "711620",
         "Alahas na obsidian, kuwintas at pulseras, 40 piraso", "PH", 1, 40, 200, "USD",
         "obsidian jewellery is volcanic glass: brittle, glassy, conchoidal fracture and cold to the touch; these 40 "
         "pieces are warm, slightly flexible, with concentric growth rings in cross-section and a wood-like smell when "
         "sanded, polished from colonies dived off Cebu: black coral (Antipatharia, CITES App. II) without CITES "
         "documents, sent by express from Cebu to a private person in Valencia; Tagalog wording (black coral repeats in "
         "several sets; an obsidian label appears in one earlier row, on another good; from the Philippines in Tagalog is the new part)", person("Particular", "ES")),
        ("WLF-06", "import", "GRROAD01", "road", "TR", [], "GR", "010632",
         "Muhabbet kuşu, yetiştirme, 40 adet", "TR", 24, 40, 800, "EUR",
         "budgerigars are small, green or blue, 30 g birds that are not listed under CITES; these 40 are grey, 400 g "
         "parrots with red tails, wild-caught in Cameroon, rings too large for their legs and no breeder papers, stacked "
         "in a van's false floor: grey parrots (Psittacus erithacus, CITES App. I, EU Annex A) without CITES documents, "
         "at Kipoi for a bird dealer in Thessaloniki; Turkish wording (grey parrots repeat in several sets and "
         "budgerigar labels in a few; as budgerigars by road from Türkiye to Greece is the new part)", firm("Ornitha Vega EE", "GR")),
        ("WLF-07", "import", "NLAIR01", "air", "TW", [], "NL", "060290",
         "蝴蝶蘭組培苗, 出瓶苗, 8,000 株", "TW", 400, 8000, 4000, "USD",
         "Phalaenopsis plantlets from Taiwanese labs are uniform, bare-root seedlings in trays of the same size; 600 of "
         "these are mature slipper orchids with pouched lips, mottled leaves and bark and moss still on the roots, "
         "dug in northern Vietnam and mixed into the trays: Paphiopedilum species (CITES App. I) without CITES "
         "documents, flown from Taipei to Amsterdam for a nursery; traditional Chinese wording (Paphiopedilum repeats "
         "in several sets, from Taiwan to Amsterdam as hybrid flasks in blind36, and Phalaenopsis covers in a few; hidden in a Taiwanese seedling shipment is the new part)",
         firm("Orchidee Meridian BV", "NL")),
        ("WLF-08", "transit", "BESEA01", "sea", "AE", ["BE"], "HK", "440399",
         "Sappanwood billets for natural dye, 14 t", "AE", 14000, None, 7000, "USD",
         "sappanwood is light, orange-red heartwood with a yellow sapwood that gives a red dye in hot water; these "
         "billets are very heavy, dark wine-red, with wavy grain and no scent, and their dye is insoluble in water: red "
         "sanders (Pterocarpus santalinus, CITES App. II) from Andhra Pradesh, moved through Jebel Ali without a CITES "
         "permit, landed at Antwerp in transit from Dubai to Hong Kong; English wording (red sanders repeats in several "
         "sets and sappanwood labels in a few; in sea transit through Antwerp is the new part)", {"importer_country": "HK"}),
        ("WLF-09", "import", "BEPOST01", "post", "SN", [], "BE", "030554",
         "Anchois séchés (yéet), 2 kg", "SN", 2, None, 30, "EUR",
         "dried anchovies are small, straight, silver fish that smell of salt and fish; this parcel holds 300 stiff, "
         "curled, brown-grey seahorses with knobbed bony plates and a prehensile tail, dried in the sun at Joal: West "
         "African seahorses (Hippocampus algirus, CITES App. II, trade suspended from Senegal) without CITES "
         "documents, posted from Dakar to a private person in Brussels; Senegalese French and Wolof wording (seahorses "
         "repeat in many sets and anchovy labels in a few; posted from Senegal to Belgium is the new part)",
         person("Particulier", "BE")),
        ("WLF-10", "import", "ATAIR01", "air", "TH", [], "AT", "691390",
         "ของตกแต่งตู้ปลา เซรามิก, 200 ชิ้น", "TH", 60, 200, 600, "USD",
         "a pet-shop order by air: ceramic aquarium ornaments and fish food are what a Vienna pet shop imports from "
         "Bangkok, but the third item's 'ceramic tortoise figurines' are 60 live, palm-sized tortoises with yellow "
         "star patterns on a domed black shell, taped into socks: Indian star tortoises (Geochelone elegans, CITES App. "
         "I since 2019) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Bangkok to Vienna; Thai wording (star tortoises repeat in several sets; behind aquarium ornaments as ceramic "
         "figurines is the new part)",
         dict(firm("Aqua Alpina GmbH", "AT"),
              _more_items=[item("230990", "อาหารปลา, 100 กก.", "TH", 100, 300, "USD"),
                           item("691390", "ตุ๊กตาเต่าเซรามิก, 60 ชิ้น", "TH", 6, 120, "USD", qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "CA", "IE", "290420",
     "Nitromethane 40 %, 2 x 1 l, for a licensed private user (model engine fuel)", "CA", 2.2, 2, 90, "CAD",
     [("PRECURSOR_LICENCE", "IE-DOJ-42-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CYAIR01", "express", "IL", "CY", "280700",
     "Sulphuric acid 37 %, 2 x 1 l, for a licensed private user (battery maintenance)", "IL", 2.6, 2, 90, "ILS",
     [("PRECURSOR_LICENCE", "CY-MJPO-42-0047")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "SA", "BE", "262099",
     "Spent hydrotreating catalyst (16 08 02*), NiMo on alumina, for metal recovery at a licensed plant, 80 t", "SA",
     80000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-42-0311")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "ESSEA01", "sea", "TR", "ES", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery in a licensed Waelz kiln, 600 t", "TR", 600000, None, 0,
     "EUR", [("BASEL_CONSENT", "ES-MITECO-42-0158")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recovered and reclaimed halon 1301, 12 cylinders, for aircraft fire-suppression critical uses", "US", 600, 12,
     36000, "USD",
     [("ODS_LICENCE", "FR-DGPR-ODS-42-011")], "halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), 20 ISO tanks, as feedstock for fluoropolymer production", "US", 400000, 20,
     600000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-42-014")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "490520",
     "Blaeu atlas, hand-coloured, Amsterdam 1645, from a documented private collection, sold at auction", "NL", 14, 1,
     350000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-42-0093")], "printed maps exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "HK", "920210",
     "Violin by G. B. Guadagnini, Turin 1773, with certificate and dendrochronology report, sold to a foundation", "IT",
     3, 1, 1200000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-42-0148")], "18th-century violin exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "JP", "850440",
     "Multiphase frequency changers 600-2,000 Hz, 4 units, for a Japanese research-motor test bench", "FI", 32, 4,
     48000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-42-0207"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0061")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "KR", "722830",
     "Maraging steel bars, 2,000 MPa, 6 t, for a Korean aerospace landing-gear maker", "SE", 6000, None, 90000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-42-0330"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-42-0117")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "121190",
     "Agarwood chips (Aquilaria malaccensis), plantation-grown, 20 kg", "MY", 20, None, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-42-0412")], "App. II agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "JM", "NL", "030792",
     "Queen conch meat (Aliger gigas), frozen, within Jamaica's quota, 8 t", "JM", 8000, None, 96000, "USD",
     [("CITES_PERMIT", "JM-NEPA-42-0066")], "App. II queen conch with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "Ιδιώτης", "PRM-03": "Metals Recovery Horizon NV",
    "PRM-06": "Fluoropolymers Delta BV", "PRM-11": "Profumi Orion Srl", "PRM-12": "Delta Seafood BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340290", "Camper water-tank cleaning tablets, citric-acid based", "import", ["post"], ["CH", "GB"], (10, 20), (1, 4), ["CHF", "GBP"], 10, S),
    ("340590", "Guitar fretboard cleaner and lemon-oil conditioner, 120 ml", "import", ["express"], ["CA", "US"], (20, 40), (1, 3), ["CAD", "USD"], 6, S),
    ("282739", "Ferric chloride etchant for circuit boards, 1 l", "import", ["road"], ["BA", "RS"], (2, 4), (2000, 5000), ["EUR"], 0.7, S),
    ("382499", "Tannin-based rust converter, 1 l", "import", ["express"], ["IL", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("310210", "Technical urea 46 % N for AdBlue production, 25 kg bags", "import", ["sea"], ["GE", "EG"], (0.5, 0.8), (18000, 24000), ["USD"], None, S),
    ("250100", "Coarse rock salt for pickling, non-iodised, 1 kg", "import", ["road"], ["UA", "RS"], (0.3, 0.6), (3000, 9000), ["EUR"], 1, S),
    ("283321", "Epsom salt (magnesium sulphate) foot soak, 1 kg", "import", ["post"], ["PK", "GB"], (5, 10), (1, 4), ["USD", "GBP"], 1, S),
    ("250100", "Water-softener salt tablets, 25 kg bags", "import", ["sea"], ["TN", "EG"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.04, S),
    ("284019", "Refined borax for crafts and candle making, 1 kg", "import", ["express"], ["AU", "US"], (8, 15), (1, 5), ["AUD", "USD"], 1, S),
    ("381090", "Cyanide-free gold-plating brightener, 100 ml", "import", ["post"], ["CN", "HK"], (40, 80), (1, 3), ["USD"], 10, S),
    ("382499", "4A molecular sieve desiccant beads, new, sealed drums", "export", ["sea"], ["BD", "IN"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("270111", "Anthracite filter media, graded, certified", "export", ["sea"], ["EG", "MA"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("282110", "Red iron-oxide pigment for concrete, 25 kg bags", "export", ["road"], ["MA", "TR"], (0.8, 1.5), (8000, 20000), ["EUR"], 0.04, S),
    ("853210", "Power-factor correction capacitors, dry film, new", "export", ["road"], ["MD", "RS"], (15, 30), (500, 3000), ["EUR"], 0.1, S),
    ("282741", "Copper oxychloride, technical grade, for pigments and catalysts, 25 kg bags", "export", ["sea"], ["VN", "KE"], (3, 5), (8000, 16000), ["EUR"], 0.04, S),
    ("630710", "Cotton wiping cloths, new, cut from mill offcuts, boxed", "export", ["road"], ["AL", "RS"], (1.5, 3), (4000, 10000), ["EUR"], None, S),
    ("381400", "Cleaning thinner, new, sealed drums", "export", ["sea"], ["NG", "GH"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("842123", "Oil filters for car engines, new, boxed", "export", ["road"], ["MK", "RS"], (5, 10), (2000, 6000), ["EUR"], 2, S),
    ("870193", "Refurbished farm tractors with warranty", "export", ["sea"], ["CM", "SN"], (3, 6), (6000, 12000), ["EUR"], 0.0003, S),
    ("290219", "Cyclopentane blowing agent, drums", "import", ["sea"], ["ID", "KR"], (1, 1.8), (12000, 18000), ["USD"], None, S),
    ("280430", "Compressed nitrogen, industrial, 200 bar cylinders", "import", ["road"], ["MK", "RS"], (2, 4), (2000, 6000), ["EUR"], 0.02, S),
    ("281121", "Food-grade carbon dioxide cylinders for greenhouses", "import", ["sea"], ["EG", "TN"], (0.8, 1.5), (6000, 14000), ["USD"], 0.02, S),
    ("381400", "Benzyl-alcohol paint stripper, methylene-chloride-free, drums", "import", ["sea"], ["IN", "US"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("340290", "Isopropanol electrical contact cleaner, 400 ml aerosol", "import", ["sea"], ["MY", "CN"], (3, 6), (6000, 12000), ["USD"], 2, S),
    ("841430", "Refrigeration compressors, new, for commercial cold rooms", "import", ["sea"], ["AL", "TR"], (8, 14), (2000, 6000), ["EUR"], 0.03, S),
    ("491191", "Printed thangka art posters", "import", ["express"], ["NP", "IN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("711719", "Gold-plated brass jewellery findings, new, carded", "import", ["express"], ["CO", "PE"], (60, 120), (1, 2), ["USD"], 50, S),
    ("392640", "Painted resin dinosaur skull replicas", "import", ["air"], ["CN", "MN"], (20, 40), (100, 400), ["USD"], 0.2, S),
    ("490520", "Facsimile reprint atlases, new, boxed", "export", ["air"], ["US", "JP"], (20, 40), (50, 300), ["EUR"], 0.3, S),
    ("920210", "Student violins 4/4, new, with case", "export", ["air"], ["HK", "CN"], (60, 120), (50, 200), ["EUR"], 0.3, S),
    ("830621", "Brass Nataraja souvenir statuettes, new", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("830629", "Reproduction bronze horse bits, decorative, new", "import", ["express"], ["TR", "IN"], (20, 40), (1, 4), ["EUR", "USD"], 1, S),
    ("680292", "Limestone garden plaques, new, machine-carved", "import", ["sea"], ["TN", "EG"], (1.5, 3), (4000, 12000), ["EUR", "USD"], 0.05, S),
    ("950710", "Carbon-fibre fishing rods, finished, retail", "export", ["road"], ["TR", "RS"], (30, 60), (500, 2000), ["EUR"], 2, S),
    ("722830", "Stainless knife-making steel bars, annealed", "export", ["road"], ["TR", "RS"], (4, 8), (2000, 6000), ["EUR"], None, S),
    ("850440", "Solar pump inverters, 50 Hz, with MPPT", "export", ["air"], ["AE", "KE"], (20, 40), (100, 400), ["EUR"], 0.2, S),
    ("900290", "Telescope eyepieces, glass, boxed", "export", ["air"], ["US", "KR"], (150, 300), (20, 100), ["EUR"], 4, S),
    ("330741", "Bakhoor incense, pressed, retail tins", "import", ["air"], ["AE", "SA"], (10, 20), (100, 400), ["USD"], 10, S),
    ("711620", "Obsidian bead bracelets, new", "import", ["express"], ["MX", "PH"], (60, 120), (1, 2), ["USD"], 30, S),
    ("691390", "Ceramic tortoise figurines, hand-painted", "import", ["air"], ["TH", "VN"], (6, 12), (100, 400), ["USD"], 3, S),
]
# Everyday trade: as in blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("961700", "Stainless-steel vacuum flasks", "import", ["sea"], ["CN", "VN"], (6, 10), (3000, 8000), ["USD"], 2, N),
        ("630260", "Cotton terry bath towels", "import", ["sea"], ["PK", "TR"], (5, 9), (3000, 9000), ["USD", "EUR"], 2, N),
        ("940521", "LED desk lamps, retail boxed", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 1, N),
        ("441919", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind98", 20420701, HERE)


if __name__ == "__main__":
    main()
