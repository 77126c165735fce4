#!/usr/bin/env python3
"""Writes the hundred-and-seventy-ninth blind set (tests/risk/data/blind179-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: bulk commodities (ores and
concentrates, fertilisers and potash, phosphate rock, coal, scrap metal, cement, salt,
aggregates, timber and wood fuels, fishmeal and guano, crude oil, petroleum products and
bulk chemicals by tanker, bulk carrier, coaster, tipper and rail wagon, with blending,
layering in the holds, ship-to-ship transfers and origin switching at a hub).
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Coasters, bulk carriers, tankers and barges are declared on the sea mode, as in
the earlier sets. Ids are BL179-*:

    python3 tests/risk/data/make_blind179_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IESEA01", "sea", "GB", [], "IE", "310490",
         "Polyhalite (polysulphate) granular fertiliser, 14 % K2O, 48 % SO3, loose in bulk, 2,800 t", "GB", 2800000,
         None, 308000, "GBP",
         "polyhalite from the Teesside mine is a hard, dull pink-grey granule of about 1.4 t/m3 that dissolves "
         "slowly and "
         "stays at room temperature in water; this coaster's two holds carry round, white, chalky prills of 0.9 t/m3 "
         "that "
         "turn ice-cold in water, dissolve at once and test at 34.5 % N, so the draft survey's 2,800 t fill the holds "
         "that polyhalite would half fill; the Billingham plant next door makes exactly that: ammonium nitrate "
         "(Annex I "
         "at 16 % N or more), for a Louth farm-and-garden co-op that bags it into 10 kg sacks sold over the counter to "
         "hobby farmers and allotment holders, members of the public, on a coaster from Teesport to Drogheda; British "
         "English wording (ammonium nitrate repeats in many sets under fertiliser labels; a polyhalite label and the "
         "Teesport-Drogheda coaster were found in no earlier row by a keyword search)",
         firm("Boyne Farm & Garden Supplies Ltd", "IE")),
        ("PRE-02", "import", "CYSEA01", "sea", "GE", [], "CY", "310210",
         "შარდოვანა (კარბამიდი), გრანულირებული, 46 % N, ნაყარი, 1 900 ტ", "GE", 1900000, None, 570000, "USD",
         "prilled urea is a small, white, smooth bead that smells faintly of ammonia and absorbs little damp; the top "
         "metre of each of this general-cargo ship's holds is urea, but the sampling spear brings up from below it "
         "larger, chalky prills that cake, go ice-cold in water and test as ammonium nitrate, 1,200 t of the 1,900 t, "
         "loaded at Batumi from a Rustavi fertiliser plant that makes both, for a Larnaca 'agro-trading' warehouse "
         "rented three months ago, with no farm customers, whose owner is known to the police: ammonium nitrate (Annex "
         "I) layered under a urea cargo for a stockpile no farmer uses, from Batumi to Limassol; Georgian wording "
         "(urea labels on ammonium nitrate repeat in several sets and Batumi and Limassol appear in many; AN layered "
         "under urea in a bulk hold was found in no earlier row by a keyword search)",
         firm("Anemos Agro Trading Ltd", "CY")),
        ("PRE-03", "export", "LTSEA01", "sea", "LT", [], "TG", "310240",
         "Kalcio amonio salietra (CAN 27 % N), granuliuota, birus krovinys, 6 000 t", "LT", 6000000, None, 1680000,
         "EUR",
         "calcium ammonium nitrate 27 is a grey-green or beige granule whose dolomite filler fizzes with acid and "
         "which "
         "travels as a fertiliser with a detonation-resistance test; this cargo is white, porous, low-density prills "
         "of "
         "0.75 t/m3 with no filler, that absorb diesel oil like a sponge and test at 34.5 % N, bought at the price of "
         "CAN for a Lomé consignee whose bank is in Niamey: porous technical ammonium nitrate, the explosives grade, "
         "whose import Niger and Burkina Faso forbid without a defence-ministry authorisation and which armed groups "
         "in the Sahel turn into roadside bombs, by sea from Klaipėda to Lomé for the road north; Lithuanian wording "
         "(ammonium nitrate to the Sahel repeats in several sets and a CAN 27 label once, in blind33, on a Romanian "
         "lorry; a Baltic bulk ship to Lomé for Niamey is the new part as far as a search found)",
         {"importer_country": "TG"}),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "251810",
         "Dolomitni agregat, drobljeni, frakcija 16-32 mm, rasuti teret, kiper, 26 t", "BA", 26000, None, 390, "EUR",
         "crushed dolomite aggregate is grey-white stone that rings when tipped and weighs 1.6 t/m3 loose; under the "
         "top "
         "of this tipper's load, in a plywood box wrapped in tarpaulin, are 80 cast pentolite boosters of 400 g, 300 "
         "non-electric detonators with 6 m shock tubes and four reels of detonating cord from a quarry near Zenica, "
         "for a Split buyer with no blasting licence: civil explosives brought in without the transfer approval and "
         "licence of Directive 2014/28/EU and national law, hidden in bulk aggregate at Bijača; Bosnian wording "
         "(boosters and detonators repeat in many sets; hidden under tipped aggregate on a Bosnian tipper was found in "
         "no earlier row by a keyword search)", firm("Kamen Jadran d.o.o.", "HR")),
        ("PRE-05", "import", "PLRAIL01", "rail", "UA", [], "PL", "270111",
         "Антрацит АКО 25-100 мм, митий, насипом, 4 піввагони, 260 т", "UA", 260000, 4, 41600, "EUR",
         "washed anthracite nuts are hard, shiny black lumps loaded straight from the washery; in the third gondola "
         "the "
         "X-ray of the border scanner shows two steel ammunition boxes under a metre of coal, holding 60 kg of 200 g "
         "TNT blocks, plastic-explosive sticks in army wrappers and 150 electric detonators taken from war stocks "
         "in Donetsk oblast, for a Lublin coal yard that has never bought coal by rail: military and civil explosives "
         "trafficked without any transfer licence (Directive 2014/28/EU, national weapons and explosives law) in a "
         "bulk "
         "coal train on the broad-gauge line to Hrubieszów; Ukrainian wording (anthracite appears in several sets as a "
         "cover for waste and for Russian coal; as a cover for war-zone explosives it was found in no earlier row by a "
         "keyword search)", firm("Węglopol Lubelski Sp. z o.o.", "PL")),
        ("PRE-06", "import", "GRSEA01", "sea", "JO", [], "GR", "310420",
         "كلوريد البوتاسيوم (بوتاس قياسي) 60 % K2O، صب، 5,000 طن", "JO", 5000000, None, 1550000, "USD",
         "a Jordanian fertiliser ship for a Heraklion agri-supply chain: potash from the Dead Sea and phosphate "
         "fertiliser are what Aqaba loads for Crete, but the third item's 'water-soluble sulphate of potash' is 40 t "
         "in "
         "25 kg bags of glossy, colourless crystals that do not dissolve readily in cold water, spit violet sparks "
         "on a "
         "hot plate and read potassium chlorate on a field kit, for the chain's shops, which sell 1 kg and 5 kg bags "
         "to "
         "gardeners and the public: potassium chlorate (Annex I above 40 %) made available to members of the public, "
         "hidden as the last item of a three-item declaration, from Aqaba to Heraklion; Jordanian Arabic wording "
         "(potassium chlorate repeats in many sets and a Lao potash label once, on ammonium nitrate, blind142; an "
         "SOP label behind a potash cargo was found in no earlier row by a keyword search)",
         dict(firm("Minoiki Georgiki AE", "GR"),
              _more_items=[item("310530", "فوسفات ثنائي الأمونيوم (DAP) 18-46-0، صب، 2,000 طن", "JO", 2000000, 1240000, "USD"),
                           item("310430", "سلفات البوتاسيوم القابلة للذوبان في الماء، أكياس 25 كغ، 1,600 كيس", "JO", 40000, 36000, "USD", qty=1600)])),
        ("PRE-07", "import", "SISEA01", "sea", "TR", [], "SI", "284019",
         "Boraks pentahidrat (Etibor-48), 1 tonluk big bag, 300 adet", "TR", 300000, 300, 135000, "USD",
         "Eti Maden borax pentahydrate is a soft, white, slightly soapy granule that melts to glass and colours a "
         "flame "
         "green; these 300 big bags hold hard, cubic, glassy crystals that flare yellow and crackle on a gas ring and "
         "draw damp, with Chinese inner liners reading 'NaClO3 99.5 %', bought through an Istanbul trader, for a Celje "
         "agro-shop chain that repacks them as a 1 kg path-and-patio weed killer sold to the public: sodium chlorate "
         "(Annex I above 40 %) made available to members of the public, and a herbicide banned in the Union, in bulk "
         "bags from Gemlik to Koper; Turkish wording (sodium chlorate repeats in many sets and borax labels in "
         "several; "
         "Etibor big bags into Koper were found in no earlier row by a keyword search)",
         firm("Agro Savinja d.o.o.", "SI")),
        ("PRE-08", "import", "NLPOST01", "post", "ZA", [], "NL", "110220",
         "Iwisa mieliemeel (super, wit), 2 x 2.5 kg, vir pap", "ZA", 5, 2, 180, "ZAR",
         "white maize meal for pap is a soft, slightly yellowish-white, floury meal that smells of maize and "
         "thickens in "
         "hot water; these two bags hold a heavier, gritty, glistening white powder that does not thicken, does not "
         "smell of anything and burns fiercely mixed with sugar, with an inner bag marked 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from Pretoria to a private person in Zoetermeer; Afrikaans wording "
         "(potassium perchlorate repeats in many sets and maize-meal and mahewu covers appear once, blind147; a "
         "mieliemeel label by post from South Africa was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "250100",
         "Halen Môn sea salt flakes / Fflochiau halen môr, 6 x 500 g tubs", "GB", 3.2, 6, 45, "GBP",
         "Anglesey sea-salt flakes are soft, thin, pyramid-shaped white flakes that crumble between the fingers and "
         "taste "
         "of the sea; these six tubs hold hard, glassy, cubic crystals that taste cool and faintly bitter rather than "
         "salty, crackle and flare on a hot pan and draw damp, and their tamper seals have been re-glued: sodium "
         "chlorate (Annex I above 40 %), posted from Wales to a private person in Cork; Welsh and English wording "
         "(sodium chlorate repeats in many sets under salt labels; a Welsh sea-salt label was found in no earlier row "
         "by a keyword search)", person("Private individual", "IE")),
        ("PRE-10", "import", "GRSEA01", "sea", "TR", [], "GR", "310280",
         "Sıvı azotlu gübre UAN-32, ISO tank, 6 adet, 120 t", "TR", 120000, 6, 36000, "USD",
         "UAN-32 is a clear, thin, cold liquid of 1.32 kg/l that pours like water and smells faintly of ammonia; these "
         "six heated ISO tanks hold a thick, waxy, off-white emulsion of 1.35 kg/l at 70 °C that sets like grease as "
         "it cools, with the UN 3375 plates painted over: ammonium nitrate emulsion matrix for bulk explosives, "
         "brought "
         "in without the import authorisation of Directive 2014/28/EU and national explosives law and without being "
         "declared as Class 5.1 dangerous goods, landed at Thessaloniki from Mersin for a Kilkis 'agro' firm with no "
         "explosives licence that supplies quarry blasters; Turkish wording (AN emulsion matrix repeats once, in "
         "development set dev24-a, as a liquid fertiliser; under a UAN-32 label in ISO tanks from Türkiye is the new "
         "part as far as a search found)",
         firm("Axios Agrotechniki AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "EG", "261900",
         "Valseskæl (mill scale) til sinteranlæg, løst i lasten, 2.500 t", "DK", 2500000, None, 62500, "EUR",
         "mill scale for sinter plants is dry, blue-black, flaky iron oxide that rings in the hand and carries a "
         "moisture "
         "and oil certificate under 1 %; this coaster's hold carries a black, wet, greasy sludge that smears, smells "
         "of "
         "hydraulic oil and reads 9 % mineral oil, dug out of a Frederiksværk rolling mill's scale pits and settling "
         "basins: oily mill-scale sludge (12 01 18*, metal sludge containing oil), hazardous waste whose export to a "
         "non-OECD country is banned, from Aarhus to Alexandria for a 'sinter plant'; Danish wording (oily mill "
         "scale repeats in several sets, in blind19, blind20 and blind165, kept as a repeat; from a Danish mill to "
         "Egypt "
         "by coaster is the new part)", {"importer_country": "EG"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "PK", "720449",
         "Txatarra birrindua (shredded steel scrap, PNS 211), solteko zama, 12.000 t", "ES", 12000000, None, 1440000,
         "EUR",
         "shredded steel scrap is fist-sized, clean, magnetic pieces that ring in the grab and weigh about 1.2 t/m3; "
         "a third of this bulk cargo is light, non-magnetic fluff of foam, carpet, wire, glass and plastic that smells "
         "of oil and reads PCB and lead on a swab, and the shredder in Bizkaia sold its residue separately for years: "
         "automotive shredder residue (19 10 03*, light fraction containing hazardous substances), hazardous waste "
         "blended into a scrap cargo whose export to a non-OECD country is banned, from Bilbao to Port Qasim; Basque "
         "wording (shredder fluff repeats in many sets; blended into a bulk shredded-scrap cargo with a Basque label "
         "was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "IN", "260111",
         "IJzererts fijn (iron ore fines), Fe 58 %, los gestort, 8.000 t", "BE", 8000000, None, 560000, "EUR",
         "iron ore fines are dark red-brown, heavy, gritty ore of 58-65 % Fe with an assay from a mine; this cargo is "
         "a damp, ochre-yellow, soapy paste of 30 % Fe that reads zinc, lead, cadmium and arsenic and smells of "
         "sulphur, from the jarosite ponds of a Kempen zinc refinery: jarosite (11 02 02*, sludges from zinc "
         "hydrometallurgy), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Visakhapatnam for a 'pellet plant'; Flemish wording (jarosite repeats in a few sets, as an iron concentrate "
         "in blind20 and development set dev22-c and as yellow ochre in blind118, kept as a repeat; from Belgium to "
         "India "
         "by bulk carrier is the new part)", {"importer_country": "IN"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "GN", "271019",
         "Cutter stock (lichte cycle olie) voor stookolie-menging, tankerlading, 9.000 t", "NL", 9000000, None,
         3150000, "USD",
         "cutter stock is a light, clear, amber distillate of 0.90 kg/l that thins heavy fuel oil and comes with a "
         "refinery certificate; this tanker's cargo is a black, water-layered, sediment-rich sludge that smells of "
         "rotten eggs and solvent and reads benzene, lead and 14 % water, pumped from the bottoms of a Westpoort tank "
         "terminal's crude and gasoline tanks during cleaning: tank-cleaning sludge (05 01 03*, 16 07 08*), hazardous "
         "waste whose export to a non-OECD country is banned, from Amsterdam to Conakry for a 'power plant'; Dutch "
         "wording (tank bottoms and slops repeat in several sets; a cutter-stock label was found in no earlier row "
         "by a "
         "keyword search)", {"importer_country": "GN"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "250510",
         "Kremičitý piesok, praný, pre sklárne, sypký, 25 t", "SK", 25000, None, 875, "EUR",
         "washed glass sand is white to cream, even, free-flowing quartz grains with a grading sheet; this tipper "
         "carries dark-grey, lumpy sand bound with burnt black resin crusts that smells of phenol and reads phenol and "
         "formaldehyde in the leachate, from the core shop of a foundry near Považská Bystrica: spent foundry cores "
         "and "
         "moulds containing hazardous substances (10 09 07*), hazardous waste shipped to Serbia without the "
         "notification and consent it needs, through Hungary for a Novi Sad 'glassworks'; Slovak wording (foundry sand "
         "repeats in several sets; a glass-sand label on a Slovak tipper to Serbia is the new part as far as a search "
         "found)", {"importer_country": "RS"}),
        ("WST-06", "export", "BGSEA01", "sea", "BG", [], "NA", "260300",
         "Меден концентрат, Cu 24 %, насипно, 5 000 т", "BG", 5000000, None, 9000000, "USD",
         "copper concentrate is a greenish-grey, gritty sulphide flotation product of 20-30 % Cu and a few tenths of a "
         "per cent arsenic; this cargo is a fine, grey-white, dusty powder that reads 12 % Cu and 11 % arsenic, from "
         "the electrostatic precipitators of a Srednogorie copper smelter, bought by a smelter that takes dirty "
         "concentrates: copper smelter flue dust (10 06 03*), hazardous waste whose export to a non-OECD country is "
         "banned, from Burgas to Walvis Bay; Bulgarian wording (flue dusts repeat in several sets and as a copper "
         "concentrate in blind21, kept as a repeat; from Bulgaria to a Namibian smelter is the new part)", {"importer_country": "NA"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "CN", "252922",
         "Flussspat, Säurequalität (Acidspar, CaF2 > 97 %), Filterkuchen, Big Bags, 600 t", "DE", 600000, None,
         240000, "EUR",
         "acid-grade fluorspar is a dry, white to cream flotation concentrate of 97 % CaF2 with low silica; these big "
         "bags hold a wet, grey, sticky filter cake of 55 % CaF2 that reads arsenic, fluoride salts, silicon and "
         "heavy metals, from the hydrofluoric-acid neutralisation of a Saxon solar-wafer and semiconductor fab: sludge "
         "from on-site effluent treatment containing hazardous substances (06 05 02*), hazardous waste whose export "
         "to a non-OECD country is banned, from Hamburg to Tianjin for a 'fluorochemical' buyer; German wording "
         "(fluorspar labels repeat in a few sets on other wastes, blind101 on spent pot lining; fab etching sludge "
         "under an acidspar label is the new part as far as a search found)", {"importer_country": "CN"}),
        ("WST-08", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "250100",
         "Sůl posypová, technická, volně ložená, 20 vozů, 1 300 t", "CZ", 1300000, 20, 52000, "EUR",
         "road de-icing salt is a dry, white to grey-brown rock or vacuum salt with an anti-caking agent; these wagons "
         "hold a damp, yellow-brown, crusted salt that smells of chlorinated solvent and reads chlorinated organics "
         "and "
         "glycerol, from the brine purification of an Ústí nad Labem epichlorohydrin plant: salt residues containing "
         "dangerous substances (07 01 08*, other reaction residues), hazardous waste whose export to a non-OECD "
         "country is banned, by "
         "rail through Slovakia to Chop for Lviv's road department; Czech wording (salt wastes repeat in a few sets; "
         "epichlorohydrin-plant salt as road salt was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "PLSEA01", "sea", "PL", [], "BD", "720449",
         "Złom stalowy HMS 1&2 (80:20), luzem, 25 000 t", "PL", 25000000, None, 8250000, "USD",
         "a scrap bulk carrier for a Chattogram re-roller: HMS and cast-iron scrap are what Polish yards load for "
         "Bangladesh, but the third item's 'copper cable scrap No. 2' is 180 t of thick, lead-sheathed, "
         "paper-insulated "
         "power cable, still oily with impregnating compound and tar, dug up in Silesian city renewals: cable waste "
         "containing oil, coal tar and lead (17 04 10*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration, from Gdańsk to Chattogram; Polish wording "
         "(lead-sheathed "
         "cable repeats in several sets; behind a Polish bulk scrap cargo to Bangladesh is the new part as far as a "
         "search found)",
         dict({"importer_country": "BD"},
              _more_items=[item("720410", "Złom żeliwny, luzem, 3 000 t", "PL", 3000000, 990000, "USD"),
                           item("740400", "Złom kabli miedzianych nr 2, 180 t", "PL", 180000, 540000, "USD")])),
        ("WST-10", "import", "GRROAD01", "road", "MK", [], "GR", "260700",
         "Оловен концентрат, Pb 65 %, биг-бегови, 400 т", "MK", 400000, None, 360000, "USD",
         "lead concentrate from the Kratovo-Zletovo mines is a dry, dark-grey, glittering galena flotation product "
         "that "
         "smells of nothing; these bags hold a damp, grey-white paste with plastic grid splinters that smells of acid "
         "and reads lead sulphate and oxide, from a Skopje battery breaker: lead-acid battery paste (16 06 01* "
         "residue), "
         "hazardous waste shipped into the Union without the notification and consent it needs, on tipper lorries at "
         "Evzoni for a Thessaloniki metals trader who resells it to a small secondary-lead smelter; Macedonian wording "
         "(battery paste as lead concentrate repeats in blind43 and blind53, kept as a repeat; from North Macedonia "
         "to Greece by road is the new part)",
         firm("Thermaikos Metals AE", "GR")),
    ],
    "ozone": [
        ("OZN-01", "import", "ROSEA01", "sea", "IN", [], "RO", "291513",
         "वेपरमेट अनाज धूमन गैस (एथिल फॉर्मेट 16.7 % CO2 में), 30 किग्रा सिलेंडर, 80 नग", "IN", 2400, 80, 9600, "USD",
         "ethyl formate in CO2 comes in tall, heavy cylinders at about 60 bar with a dip tube and smells of rum when "
         "it "
         "leaks; these 80 short cylinders read 2 bar at 20 °C, slosh, hold 30 kg each of a liquid of 1.73 kg/l, smell "
         "faintly of chloroform and their shoulders are stamped 'CH3Br' under the labels, for a Constanța fumigation "
         "contractor that treats grain in barges and silos at the port's bulk terminals: methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption remains), by sea from Mundra to Constanța; Hindi wording "
         "(methyl bromide repeats in many sets under fumigant labels and a Vapormate label once, blind49; for a Black "
         "Sea grain terminal from India is the new part as far as a search found)",
         firm("Danubius Fumigatii SRL", "RO")),
        ("OZN-02", "import", "BESEA01", "sea", "SA", [], "BE", "290315",
         "ثنائي كلوريد الإيثيلين (EDC) 1,2، شحنة ناقلة كيماويات، 4,500 طن", "SA", 4500000, None, 1575000, "USD",
         "1,2-dichloroethane is a clear, sweet-smelling liquid of 1.25 kg/l shipped by the thousand tonnes for vinyl "
         "chloride plants; the cargo survey of this chemical-tanker parcel finds 1.33 kg/l, and gas chromatography "
         "of the shore tank gives 22 % carbon tetrachloride blended into the EDC, some 1,000 t, which the Antwerp "
         "'solvent trader' distils off and sells: carbon tetrachloride, whose import into the Union is banned outside "
         "licensed feedstock and process-agent uses, blended into a bulk EDC cargo from Jubail to Antwerp; Saudi "
         "Arabic wording (carbon tetrachloride repeats in many sets and EDC labels twice, on drums, blind98 and "
         "blind117; "
         "blending into a tanker parcel of EDC was found in no earlier row by a keyword search)",
         firm("Scheldt Solvents NV", "BE")),
        ("OZN-03", "import", "GRSEA01", "sea", "TR", [], "GR", "382499",
         "Geri kazanılmış IG-541 (Inergen) söndürme gazı tüpleri, 80 l, 120 adet", "TR", 9600, 120, 14400, "EUR",
         "IG-541 is a mixture of nitrogen, argon and CO2 kept at 200-300 bar in tall, heavy cylinders that do not "
         "slosh; these 120 squat red cylinders read 25 bar, hold 60 kg each of a liquid and their valve plates read "
         "'BTM', unbolted from the engine-room systems of 1980s bulk carriers broken at Aliağa: halon 1301 "
         "(bromotrifluoromethane), whose import into the Union is banned outside licensed critical uses, for a "
         "Perama ship-repair firm that recharges fixed systems, by sea from İzmir to Piraeus; Turkish wording (halon "
         "1301 from scrapped ships repeats in several sets, from Aliağa yards in blind100 and blind104, and IG-541 "
         "labels in blind120 and blind139, kept as a repeat; a Perama recharger of fixed systems is the new part)",
         firm("Perama Marine Safety EPE", "GR")),
        ("OZN-04", "export", "PLSEA01", "sea", "PL", [], "GE", "401012",
         "Taśmy przenośnikowe używane, tkaninowe, z kopalni węgla, 40 t", "PL", 40000, None, 24000, "EUR",
         "a used coal-mining equipment cargo for the Tkibuli mine: conveyor belts and roof supports from closing "
         "Silesian pits are what such buyers take, but the third item's 'nitrogen fire-suppression cylinders' are 60 "
         "bottles of 50 kg of a liquid that boils off as a heavy, sweet gas, stamped 'CF2ClBr' and taken out of the "
         "conveyor-drive fire systems of a closed Rybnik colliery: halon 1211, whose export from the Union is banned "
         "outside licensed critical uses, hidden as the last item of a three-item declaration, from Gdańsk to Poti; "
         "Polish wording (halon 1211 repeats in many sets; from coal-mine conveyor drives to a Georgian coal mine was "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "GE"},
              _more_items=[item("843149", "Obudowy zmechanizowane, sekcje używane, 30 szt.", "PL", 360000, 180000, "EUR", qty=30),
                           item("280430", "Butle gaśnicze z azotem, 50 kg, 60 szt.", "PL", 3000, 1200, "EUR", qty=60)])),
        ("OZN-05", "import", "ITSEA01", "sea", "CN", [], "IT", "290359",
         "六氟丙烯 (HFP) 单体, 用于氟聚合物, ISO 罐箱, 2 个, 36 吨", "CN", 36000, 2, 180000, "USD",
         "hexafluoropropylene is shipped as a liquefied gas of 1.58 kg/l that reads about 6 bar at 20 °C, needs a "
         "toxic-gas label and goes to a handful of fluoropolymer makers; these two ISO tanks read 9 bar, the liquid "
         "weighs 1.21 kg/l and a refrigerant identifier gives 99 % chlorodifluoromethane, for a Milan 'fluoropolymer' "
         "trader who sells refrigerant cylinders to installers: HCFC-22, whose import into the Union is banned outside "
         "licensed feedstock uses, by sea from Shanghai to Genoa; Chinese wording (HCFC-22 repeats in many sets under "
         "other gas labels; an HFP monomer label was found in no earlier row by a keyword search)",
         firm("Padana Fluorochimica Srl", "IT")),
        ("OZN-06", "transit", "ROSEA01", "sea", "GE", ["RO"], "RS", "290122",
         "Хладагент R-1270 (пропилен), ISO-контейнеры, 3 шт., 54 т, транзит через Констанцу в Панчево", "CN", 54000,
         3, 97200, "USD",
         "R-1270 propylene is a light, flammable refrigerant of 0.51 kg/l, so a 24 m3 ISO tank holds about 11 t of it "
         "under a red flammable-gas placard; these three, railed from China through Kazakhstan, shipped across the "
         "Caspian and on from Poti, hold 18 t each of a non-flammable liquid of 1.21 kg/l that an identifier reads as "
         "HCFC-22: chlorodifluoromethane moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit by Danube barge to Pančevo; Russian wording from a Kazakh forwarder (HCFC-22 "
         "repeats in many sets in transit to Serbia and Moldova, and an R-1270 label once, on cylinders, blind123; "
         "ISO tanks on the Middle Corridor with a Danube barge leg are the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-07", "import", "BESEA01", "sea", "JO", [], "BE", "281119",
         "Hydrobromic acid 48 %, technical, lead-lined ISO tank, 1 unit, 26 t", "JO", 26000, 1, 18200, "USD",
         "48 % hydrobromic acid is a fuming, pale-yellow, acid liquid of 1.49 kg/l carried unpressurised with a "
         "corrosive label; this ISO tank reads 0.4 bar, its contents do not fume, weigh 1.99 kg/l, boil at 68 °C and a "
         "sample gives CH2BrCl, for an Antwerp 'pharmaceutical intermediates' broker: bromochloromethane (halon 1011), "
         "whose import into the Union is banned outside licensed feedstock uses, by sea from Aqaba, near the Dead Sea "
         "bromine works, to Antwerp; English wording (bromochloromethane repeats in many sets; a hydrobromic-acid "
         "label "
         "on an ISO tank was found in no earlier row by a keyword search)", firm("Antwerp Fine Intermediates BV", "BE")),
        ("OZN-08", "import", "DEPOST01", "post", "JP", [], "DE", "381400",
         "修正液用うすめ液 (シンナー), 昭和レトロ在庫, 20 ml × 60 本", "JP", 1.8, 60, 12000, "JPY",
         "correction-fluid thinners sold today are methylcyclohexane, light (0.77 kg/l), flammable and smelling of "
         "petrol; these sixty old-stock bottles from a Shōwa-era stationery shop's back room are non-flammable, weigh "
         "1.34 kg/l, smell sweet like chloroform and their fine print gives 1,1,1-トリクロロエタン: methyl "
         "chloroform, whose import into the Union is banned, posted from Ōsaka to a private collector of office "
         "antiques in Düsseldorf; Japanese wording (methyl chloroform repeats in many sets and in correction fluid "
         "once, blind50; a thinner for correction fluid from Japan is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("OZN-09", "import", "HUROAD01", "road", "RS", [], "HU", "291411",
         "Aceton, tehnički, 99,5 %, autocisterna, 22 t", "RS", 22000, None, 19800, "EUR",
         "technical acetone is a light (0.79 kg/l), flammable liquid that smells of nail varnish and travels under a "
         "red flammable-liquid placard; this road tanker's cargo weighs 1.24 kg/l, does not burn at a lighter, boils "
         "at 32 °C and a head-space test gives 1,1-dichloro-1-fluoroethane, for a Kecskemét sandwich-panel plant that "
         "foams its cores with it: HCFC-141b, whose import into the Union is banned, in bulk through Röszke from a "
         "Subotica chemicals trader; Serbian wording (HCFC-141b repeats in many sets and acetone labels on aerosols "
         "in a few; a bulk acetone road tanker was found in no earlier row by a keyword search)",
         firm("Alföld Panel Kft.", "HU")),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "290351",
         "Poroforem HFO-1234ze(E) do pianek PUR, kontener-cysterna ISO, 2 szt., 40 t", "CN", 40000, 2, 160000, "USD",
         "HFO-1234ze(E) for polyurethane foam costs about 10 USD/kg, reads 4.3 bar at 20 °C and is mildly flammable; "
         "these two ISO tanks, invoiced at 4 USD/kg, read 5.7 bar, the liquid does not burn and a refrigerant "
         "identifier gives 1,1,1,2-tetrafluoroethane, for a Łódź distributor with no quota registration: HFC-134a in "
         "bulk placed on the Union market without F-gas quota authorisation (Regulation 2024/573), by sea from "
         "Shanghai to Gdańsk; Polish wording (HFC-134a repeats in many sets under HFO-1234ze labels on aerosols, and "
         "an under-priced HFO-1234ze ISO tank once, in development set dev6-a, kept as a repeat; a foam-blowing "
         "label for "
         "a Polish distributor is the new part)",
         firm("Centrala Chemiczna Łódź Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESSEA01", "sea", "MA", [], "ES", "251010",
         "Phosphate naturel brut, qualité Khouribga 70 BPL, en vrac, 28 000 t", "MA", 28000000, None, 3360000, "USD",
         "Khouribga phosphate rock is a loose, sandy, grey-beige bulk cargo trimmed flat in the holds, with no "
         "packages "
         "in it; this bulk carrier for a Huelva fertiliser plant has twelve undeclared big bags buried in the forward "
         "hold, marked 'échantillons', holding plaster-jacketed "
         "blocks of phosphate with a 1.2 m mosasaur skull, plesiosaur vertebrae and a turtle carapace still in the "
         "matrix, dug in the Ouled Abdoun basin and consigned to a Barcelona fossil dealer: palaeontological specimens "
         "whose export Morocco forbids without authorisation, brought in against Regulation 2019/880, which bars "
         "cultural "
         "goods unlawfully removed from the country where they were found, hidden in the bulk cargo of a "
         "one-item declaration, from Jorf Lasfar to Huelva; Moroccan French wording (Moroccan fossils repeat in a "
         "few sets; mosasaurs inside a phosphate "
         "rock cargo were found in no earlier row by a keyword search)",
         firm("Fertilizantes del Odiel SA", "ES")),
        ("CUL-02", "import", "ITSEA01", "sea", "TN", [], "IT", "251511",
         "Bloc de marbre jaune brut (giallo antico), équarri, carrière de Chemtou, 1 bloc de 18 t", "TN", 18000, 1,
         5400, "EUR",
         "a rough giallo antico block from a working quarry is freshly sawn on its faces with wire marks and the "
         "bright "
         "yellow of new stone; this block is weathered brown-yellow, dressed with a pointed chisel on all faces, and "
         "one face carries a cut Latin quarry mark with a consular date, a block number and the 'ex ratione' of the "
         "imperial quarries of Simitthus, lifted from the ancient quarry floor beside the museum: an archaeological "
         "object over 250 years old whose export Tunisia forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Bizerte to Marina di Carrara for a stone dealer; Tunisian French wording "
         "(Roman stone elements repeat in several sets; an inscribed Chemtou quarry block as rough marble was found "
         "in no earlier row by a keyword search)", firm("Apuana Marmi Antichi Srl", "IT")),
        ("CUL-03", "import", "NLSEA01", "sea", "PK", [], "NL", "252610",
         "سنگ تالک خام، درجه صنعتی، ننگرهار، بوجی بزرگ، ۲۲ تن", "AF", 22000, None, 4400, "USD",
         "raw talc from Achin is soft, greasy, pale-green or white lumps that a fingernail scratches; eight of these "
         "big bags hold, among the talc, grey-blue schist relief panels of the Buddha's life with Corinthian-style "
         "pilasters, a bodhisattva head with a moustache and wavy hair, and stucco heads with traces of paint, fresh "
         "earth in the cracks: Gandharan sculptures (2nd-5th century) from clandestine digs in eastern Afghanistan, "
         "whose export Afghanistan forbids, brought in without the import licence Regulation 2019/880 requires, "
         "trucked through Torkham and shipped from Karachi to Rotterdam for a 'minerals' importer; Dari wording "
         "(Gandharan sculptures repeat in many sets; inside a bulk talc consignment from Nangarhar was found in no "
         "earlier row by a keyword search)", firm("Maasvlakte Minerals BV", "NL")),
        ("CUL-04", "export", "DESEA01", "sea", "DE", [], "TR", "890800",
         "Schlepper, Stahl, Baujahr 1913, zum Abwracken, 1 Einheit, 240 t Leergewicht", "DE", 240000, 1, 43200,
         "EUR",
         "a vessel sold for breaking goes out stripped, with its engine sold separately and a scrap price per "
         "lightweight "
         "tonne; this 1913 riveted steam tug still has its compound steam engine, its coal bunkers, its brass "
         "telegraph "
         "and a 1990s restoration, was on the Lower Saxony register of historic ships and is bought by a Bodrum yard "
         "that converts old hulls into heritage charter boats, not by a breaker: a means of transport over 75 years "
         "old worth more than 50,000 EUR, exported without the licence Regulation 116/2009 requires and in breach of "
         "German cultural-property law, from Bremerhaven towed to Aliağa as scrap; German wording (historic ships "
         "under a breaking label were found in no earlier row by a keyword search; Bodrum and Aliağa appear in "
         "several, on other goods)", {"importer_country": "TR"}),
        ("CUL-05", "import", "NLSEA01", "sea", "TH", [], "NL", "740400",
         "เศษทองเหลือง เกรด Honey ปะปน, บรรจุถุงจัมโบ้, 20 ตัน", "MM", 20000, None, 78000, "USD",
         "'Honey' brass scrap is clean yellow brass fittings, valves and castings sold by the tonne at the LME price; "
         "among the fittings in four of these jumbo bags are 23 seated bronze Buddha images with the high flame "
         "finial and crowned regalia of the Shan and Mandalay styles, dark patina, votive inscriptions in Burmese on "
         "the bases and temple gilding in the folds, 18th-19th century, taken from monasteries in Myanmar's civil "
         "war: cultural goods unlawfully removed from Myanmar, objects over 250 years old brought in without the "
         "importer statement or licence Regulation 2019/880 requires, shipped from Laem Chabang to Rotterdam for a "
         "non-ferrous scrap trader; Thai wording (Burmese Buddhas repeat in several sets and bronze scrap labels in "
         "many, and a 'honey' brass-scrap label once, blind146, on a waste; Buddha images inside brass scrap were "
         "found "
         "in no earlier row by a keyword search)",
         firm("Rijnmond Non-Ferro BV", "NL")),
        ("CUL-06", "import", "BESEA01", "sea", "NA", [], "BE", "440290",
         "Houtskool, hardehout (sekelbos), FSC, 10 kg sakke, 1 600 sakke", "NA", 16000, 1600, 6400, "EUR",
         "Namibian encroacher-bush charcoal is light, black, ringing lumps of about 0.25 kg/l that blacken the "
         "fingers; "
         "twenty of these sacks weigh 60 kg instead of 10, and hold, under a layer of charcoal, rusty-brown iron "
         "masses with thumbprint-like hollows whose etched faces show a Widmanstätten pattern, picked up on farms "
         "around Gibeon: Gibeon iron meteorites, declared national heritage in Namibia, whose export Namibia forbids, "
         "brought in against Regulation 2019/880, by sea from Walvis Bay to Antwerp for a 'barbecue' importer who "
         "also sells minerals; Afrikaans wording (meteorites repeat in a few sets; Gibeon meteorites in charcoal sacks "
         "were found in no earlier row by a keyword search)", firm("Kempen Barbecue Import BV", "BE")),
        ("CUL-07", "import", "DEAIR01", "express", "TR", [], "DE", "691390",
         "Seramîkên xemilandî yên Mêrdînê, nû, destçêkirî / Mardin el yapımı seramik süs, 4 adet", "TR", 2.6, 4, 60,
         "EUR",
         "new Mardin souvenir ceramics are bright, thick, evenly glazed pieces sold in the old-town bazaars; these "
         "four "
         "are thin, turquoise and cobalt lustre bowl fragments with Artuqid script bands, a glazed star tile with a "
         "harpy and mud from the Tigris terraces still in the crazing, from the parts of Hasankeyf flooded by the "
         "Ilısu "
         "dam: medieval archaeological objects whose export Türkiye forbids, brought in without the import licence "
         "Regulation 2019/880 requires, sent by express from Batman to a private buyer in Cologne; Kurmanji Kurdish "
         "and "
         "Turkish wording (Anatolian antiquities repeat in many sets; Hasankeyf finds were found in no earlier row by "
         "a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-08", "export", "LTAIR01", "express", "LT", [], "CN", "253090",
         "Žaliavinis gintaras, neapdoroti gabalai, 2 kg", "LT", 2, None, 1800, "EUR",
         "raw Baltic amber is rough, weathered, cloudy-crusted nuggets sold by weight to Chinese carvers; among these "
         "are five small, smooth-worn amber figures, a human face and two bird pendants with biconical perforations "
         "and a dark, crazed surface, and three amber buttons, Neolithic pieces of the kind found in the Curonian "
         "Lagoon: archaeological objects over 100 years old, which need an export licence at any value (Regulation "
         "116/2009) and whose export Lithuania forbids, sent by express from Klaipėda to a Shenzhen 'amber' buyer; "
         "Lithuanian wording (amber appears in many sets; Neolithic amber figures among raw amber were found in no "
         "earlier row by a keyword search)", {"importer_country": "CN"}),
        ("CUL-09", "transit", "ITSEA01", "sea", "EG", ["IT"], "CH", "520100",
         "Egyptian cotton, Giza 94, lint, pressed bales, 120 bales", "EG", 26000, 120, 78000, "USD",
         "pressed bales of Giza lint weigh about 220 kg each and are uniform, white, long-staple cotton under steel "
         "bands; six of these 120 bales weigh more and hold, packed in the lint, painted wooden coffin panels with "
         "hieroglyphic bands, faience shabtis and a limestone relief fragment of an offering bearer, earth from "
         "Middle Egyptian tombs in the joints: Egyptian antiquities whose export Egypt forbids, brought into the Union "
         "against Regulation 2019/880, which bars cultural goods unlawfully removed from their country even in "
         "transit, landed at "
         "Trieste in transit by rail to a Chiasso freeport warehouse; English wording (Egyptian antiquities repeat "
         "in many sets; inside cotton bales in transit to a Swiss freeport was found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("CUL-10", "export", "FRSEA01", "sea", "FR", [], "US", "440799",
         "Poutres de chêne de réemploi, sciées, anciennes, 1 conteneur, 14 t", "FR", 14000, None, 11200, "EUR",
         "reclaimed oak beams are plain, adzed, nail-scarred timbers from barns, sold by the cubic metre; six of these "
         "are carved wall plates and tie-beam ends with painted dragons swallowing the beam, masks and a fisherman, "
         "15th-century sablières taken out of the nave of a Finistère chapel under repair: parts of a protected "
         "religious monument, cultural goods over 100 years old that need an export licence (Regulation 116/2009) and "
         "a French export certificate, hidden in a reclaimed-timber container from Le Havre to Savannah for a "
         "Georgia architectural-salvage dealer; French wording (church fittings repeat in many sets and a "
         "reclaimed-oak-beam label once, blind165, on Romanian panels; Breton sablières were found in no earlier row "
         "by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "ITSEA01", "sea", "RU", [], "IT", "270900",
         "CPC Blend шикі мұнайы, Қазақстан тегі, танкер жүгі, 80 000 т", "KZ", 80000000, None, 44000000, "USD",
         "CPC Blend is a light, sweet Kazakh crude of about API 45 and 0.55 % sulphur, loaded at the CPC buoys near "
         "Novorossiysk with a Kazakh certificate of origin, and the one crude from that coast the Union still admits; "
         "the customs sample from this Aframax reads API 31 and 1.7 % sulphur, the assay of Urals, and its AIS went "
         "dark for a day beside the Sheskharis oil terminal instead of the CPC moorings: Russian crude oil, whose "
         "import "
         "into the Union Regulation 833/2014 forbids, declared as Kazakh CPC Blend and discharged at Trieste for the "
         "Transalpine pipeline; Kazakh wording (Russian oil under other origins repeats in many sets, Urals under an "
         "Angolan grade in blind147; a CPC Blend label was found in no earlier row by a keyword search)",
         firm("Adriatica Petroli SpA", "IT")),
        ("STR-02", "import", "GRSEA01", "sea", "TR", [], "GR", "271019",
         "Ultra düşük kükürtlü dizel EN 590, Türk menşeli (Tüpraş İzmit), tanker yükü, 30.000 t", "TR", 30000000,
         None, 21000000, "USD",
         "Turkish EN 590 diesel leaves the İzmit refinery with a Tüpraş quality certificate and a loading record at "
         "Tütünçiftlik; this tanker's certificate is a copy without a batch number, the cargo's cetane and "
         "distillation "
         "curve match a Primorsk export grade, and its own log shows a ship-to-ship transfer in the Laconian Gulf from "
         "a shadow-fleet tanker that had loaded in the Baltic: Russian petroleum products, whose import into the Union "
         "Regulation 833/2014 forbids, under a Turkish certificate of origin, discharged at Elefsina for a fuel "
         "wholesaler; Turkish wording (Russian diesel under Turkish and Indian origins repeats in several sets and the "
         "Laconian Gulf once, for ship's stores, blind139; an STS in that gulf for a diesel cargo with a Tüpraş label "
         "was found in no earlier row by a keyword search)", firm("Thriasio Kafsima AE", "GR")),
        ("STR-03", "import", "NLSEA01", "sea", "CN", [], "NL", "260800",
         "锌精矿, Zn 52 %, 中国原产 (内蒙古), 散装, 10 000 吨", "CN", 10000000, None, 11500000, "USD",
         "Inner Mongolian zinc concentrate comes by rail to Tianjin with a mine assay and an export licence, for China "
         "imports far more than it sells; this cargo was loaded from lighters at the Longkou anchorage, its "
         "germanium, cadmium and silver match the Komdok mines of North Korea and its mate's receipts name a barge "
         "last seen off Nampo: North Korean zinc ore, whose import into the Union Regulation 2017/1509 and the "
         "Security Council resolutions forbid, under a Chinese certificate of origin, by sea to Rotterdam for a "
         "Budel-area smelter's trader; Chinese wording (North Korean goods through China repeat in several sets and "
         "zinc-concentrate labels on EAF dust in a few; DPRK zinc ore as Chinese concentrate was found in no earlier "
         "row by a keyword search)", firm("Kempen Zinc Trading BV", "NL")),
        ("STR-04", "import", "ESSEA01", "sea", "EG", [], "ES", "310420",
         "Muriate of potash, standard, 60 % K2O, Lao PDR origin, in bulk, 30,000 t", "LA", 30000000, None, 8400000,
         "USD",
         "Lao potash comes from the Khammouane mines, goes by road and rail to Vung Ang or Laem Chabang and is a "
         "red-pink "
         "granule; this cargo is a pink-white standard grade whose bromide content and grading match Belaruskali's "
         "Soligorsk product, was railed to Ust-Luga, and was transhipped into this ship at Port Said's east terminal "
         "with a certificate of origin from a Vientiane trading house that owns no mine: Belarusian potash, whose "
         "import into the Union Regulation 765/2006 forbids, under a Lao certificate, by sea to Tarragona for a "
         "fertiliser blender; English wording (Belarusian potash under Russian, Uzbek, Turkmen and Kazakh origins "
         "repeats in several sets; under a Lao origin with a Port Said transhipment was found in no earlier row by a "
         "keyword search)", firm("Blendes del Camp SA", "ES")),
        ("STR-05", "import", "ITSEA01", "sea", "GE", [], "IT", "440131",
         "Pellet di legno ENplus A1, 6 mm, origine Georgia, alla rinfusa, 6.000 t", "GE", 6000000, None, 1380000,
         "EUR",
         "Georgian wood pellets are a small trade from a few Imereti mills, bagged for the home market; this 6,000 t "
         "bulk cargo from Poti is pale pine-and-birch pellet whose ENplus number belongs to a mill near Arkhangelsk "
         "and the rail bills show Russian wagons unloaded at Poti the week before sailing: Russian wood pellets, whose "
         "import into the Union Regulation 833/2014 forbids, under a Georgian certificate of origin, by sea to Ravenna "
         "for a heating-pellet wholesaler; Italian wording (Russian and Belarusian pellets under Turkish and Kazakh "
         "origins repeat in blind107 and blind108; a Georgian origin by bulk carrier was found in no earlier row by a "
         "keyword search)", firm("Romagna Pellet Srl", "IT")),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "AM", "760110",
         "Πρωτόχυτο αλουμίνιο σε πλινθώματα, 99,7 %, μη κραματωμένο, 500 t", "GR", 500000, 20000, 1300000, "EUR",
         "unwrought aluminium for Armenia goes to a few small extruders in Yerevan in lots of tens of tonnes; these "
         "500 "
         "t of ingots, shipped to Poti for an Yerevan company registered last year at a flat near the Iranian border "
         "crossing, are consigned on to an Isfahan buyer by truck through Meghri, and the forwarding order is in "
         "Persian: raw aluminium, listed in Annex VII of Regulation 267/2012, whose sale to Iran needs an "
         "authorisation "
         "that was not sought, from Piraeus; Greek wording (goods for Iran through Armenia repeat in several sets; "
         "Greek primary aluminium ingots for Isfahan were found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-07", "import", "CYSEA01", "sea", "EG", [], "CY", "252329",
         "أسمنت بورتلاندي عادي CEM I 42.5 N، منشأ مصري، سائب، 8,000 طن", "EG", 8000000, None, 520000, "USD",
         "Egyptian ordinary Portland cement comes from Suez, Minya or Alexandria plants with a plant certificate and a "
         "loading record at Adabiya or Alexandria; this bulk cement carrier came to Adabiya with the cement already "
         "aboard, its log shows loading at Novorossiysk, and the clinker chemistry matches a Russian plant: Russian "
         "cement, whose import into the Union Regulation 833/2014 forbids, under an Egyptian certificate of origin, by "
         "sea to Limassol for a ready-mix supplier; Egyptian Arabic wording (Russian cement under other origins "
         "repeats "
         "in several sets; an Egyptian certificate by bulk cement carrier was found in no earlier row by a keyword "
         "search)", firm("Lemesos Readymix Ltd", "CY")),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "TR", "280610",
         "Ácido clorhídrico 33 %, técnico, contenedor cisterna ISO, 2 unidades, 40 t", "ES", 40000, 2, 8000, "EUR",
         "33 % hydrochloric acid is a cheap, fuming acid of 1.16 kg/l shipped in rubber-lined tanks at about 0.2 "
         "EUR/kg; "
         "these two ISO tanks are pressure-rated steel tanks of anhydrous hydrogen fluoride from a Cantabrian fluorine "
         "plant, reading 0.9 bar at 20 °C with a liquid of 0.99 kg/l, consigned to a Mersin 'galvanising' trader "
         "whose earlier loads went on to Bandar Abbas: hydrogen fluoride (dual-use 1C350, a chemical-weapons "
         "precursor) exported without the licence Regulation 2021/821 requires, from Santander; Spanish wording "
         "(hydrogen fluoride repeats in a few sets; under a hydrochloric-acid label in ISO tanks was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "GE", "310420",
         "Kaliumchlorid (Kali 60), Standard, 25-kg-Säcke, 24 t", "DE", 24000, 960, 9600, "EUR",
         "muriate of potash is a cheap, pink or white, coarse granule sold to farmers at 0.4 EUR/kg; these 960 sacks "
         "hold a fine, white, spray-dried powder that draws damp at once, etches glass, reads fluoride on a test "
         "strip and was bought from a Frankfurt chemicals distributor at 4 EUR/kg, for a Tbilisi 'agro' firm that "
         "trucks it to Vladikavkaz through Upper Lars: potassium fluoride (dual-use 1C350, a chemical-weapons "
         "precursor) exported without the licence Regulation 2021/821 requires, by sea from Hamburg to Poti; German "
         "wording (potassium fluoride repeats in a few sets, as a glass-grinding salt in blind31, and Upper Lars in "
         "several; under a potash label in sacks was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-10", "import", "ROSEA01", "sea", "GE", [], "RO", "100199",
         "Пшеница мягкая продовольственная, 3 класс, казахстанского происхождения, навалом, 12 000 т", "KZ", 12000000,
         None, 3000000, "USD",
         "a Middle Corridor bulk cargo from Poti for a Constanța trader: Kazakh wheat and flaxseed are what the "
         "Caspian route carries west, but the third item's 'Ekibastuz steam coal' is 4,000 t of low-ash, high-volatile "
         "bituminous coal whose ash fusion and sulphur match the Kuzbass, not Ekibastuz's notoriously high-ash coal, "
         "railed through Kazakhstan from Russia: Russian coal, whose import into the Union Regulation 833/2014 "
         "forbids, under a Kazakh certificate of origin, hidden as the last item of a three-item declaration; Russian "
         "wording from Kazakhstan (Russian coal under an Ekibastuz label repeats in blind137 and blind165, kept as a "
         "repeat; behind grain and flaxseed in a Middle Corridor cargo to Constanța is the new part)",
         dict(firm("Pontica Cereale SRL", "RO"),
              _more_items=[item("120400", "Семена льна, казахстанские, навалом, 3 000 т", "KZ", 3000000, 1650000, "USD"),
                           item("270112", "Уголь каменный энергетический, Экибастуз, навалом, 4 000 т", "KZ", 4000000, 440000, "USD")])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "PE", [], "ES", "310100",
         "Guano de isla, abono orgánico natural, sacos de 50 kg, 480 sacos, 24 t", "PE", 24000, 480, 9600, "USD",
         "Peruvian island guano is a grey-brown, powdery, ammonia-smelling bird-dung fertiliser sold by the state "
         "agency from the Chincha and Lobos islands; 30 of these 480 sacks are lighter than the rest and hold, in "
         "inner bags under a layer of guano, some 60 kg of dried, curled, bony seahorses of up to 25 cm, Pacific "
         "seahorses caught as trawl by-catch off Paita: Hippocampus ingens (CITES App. II), whose export Peru forbids, "
         "without CITES documents, by sea from Callao to Valencia for an 'organic fertiliser' importer who also "
         "supplies a Chinese-medicine wholesaler; Peruvian Spanish wording (dried seahorses repeat in many sets; "
         "inside guano sacks was found in no earlier row by a keyword search)",
         firm("Abonos Ecológicos del Turia SL", "ES")),
        ("WLF-02", "import", "ESSEA01", "sea", "MR", [], "ES", "230120",
         "Farine de poisson, 65 % protéines, big bags, 1 200 t", "MR", 1200000, None, 1920000, "USD",
         "a Nouadhibou fishmeal cargo for a Canary Islands feed importer: fishmeal and fish oil are what the "
         "sardinella "
         "plants ship, but the third item's 'ailes de raie séchées' are 2 t of grey-brown, dried, triangular dorsal "
         "and lower caudal fins and whole pectoral fins with a white edge, with no wing flesh at all: guitarfish and "
         "wedgefish fins (Rhinidae and Glaucostegidae, CITES App. II) from the Banc d'Arguin coast, without CITES "
         "documents, hidden as the last item of a three-item declaration, from Nouadhibou to Las Palmas; Mauritanian "
         "French wording (guitarfish and wedgefish fins repeat in many sets and Nouadhibou in several; behind a "
         "fishmeal and fish-oil cargo was found in no earlier row by a keyword search)",
         dict(firm("Piensos Atlánticos Canarias SL", "ES"),
              _more_items=[item("150420", "Huile de poisson brute, citerne, 300 t", "MR", 300000, 600000, "USD"),
                           item("030559", "Ailes de raie séchées, cartons, 2 t", "MR", 2000, 6000, "USD")])),
        ("WLF-03", "import", "FRSEA01", "sea", "KE", [], "FR", "440122",
         "Eucalyptus wood chips, plantation grown, for biomass, loose in 40 ft containers, 2 x 24 t", "KE", 48000,
         None, 4800, "USD",
         "eucalyptus biomass chips are pale, fibrous, fresh-cut chips that smell of menthol and cost a few cents a "
         "kilo; under the first metre of these two containers the chips turn dense, oily, yellow-brown and smell "
         "strongly of sandalwood when split, 30 t of root and heartwood chips, for a Grasse-area distiller that makes "
         "'sandalwood-type' oil: East African sandalwood (Osyris lanceolata, CITES App. II), uprooted illegally in "
         "Kenya and Tanzania, without CITES documents, by sea from Mombasa to Marseille-Fos; Kenyan English wording "
         "(Osyris repeats in several sets; under a eucalyptus-chip label in bulk containers was found in no earlier "
         "row by a keyword search)", firm("Distillerie des Baous SARL", "FR")),
        ("WLF-04", "import", "DESEA01", "sea", "PY", ["UY"], "DE", "440612",
         "Durmientes de quebracho colorado, sin impregnar, 24 x 12 cm, 2.400 piezas, 48 t", "PY", 48000, 2400, 26400,
         "USD",
         "red quebracho sleepers are hard, heavy, dull red-brown timbers that bleed a dark tannin stain when wet and "
         "smell of nothing much; these 2,400 are olive-green to brown, waxy to the touch, sink like stone and give "
         "off a "
         "sweet smell of incense and roses when sawn, and the rest of the Chaco mill's output goes to a guaiac-oil "
         "distiller: palo santo (Bulnesia sarmientoi, CITES App. II) without CITES documents, by barge from Asunción "
         "and ship from Montevideo to Hamburg for a 'railway heritage' timber trader; Paraguayan Spanish wording "
         "(palo santo repeats in several sets; a quebracho-sleeper label was found in no earlier row by a keyword "
         "search)", firm("Elbe Tropenholz GmbH", "DE")),
        ("WLF-05", "import", "CZAIR01", "express", "ZA", [], "CZ", "050790",
         "Deer antler velvet powder, New Zealand-style, freeze-dried, 6 x 250 g", "ZA", 1.6, 6, 120, "USD",
         "antler velvet powder is a light, pinkish-beige, fluffy powder that smells of dried blood and meat; these six "
         "jars hold a grey-brown, heavy, fibrous powder with a burnt-hair smell when heated, keratin under the "
         "microscope, worth more than gold by the gram: ground rhinoceros horn (CITES App. I), without CITES "
         "documents, "
         "sent by express from Johannesburg to a private buyer in Prague linked to a Vietnamese-run "
         "traditional-medicine "
         "shop; South African English wording (rhino horn repeats in many sets and deer-antler labels in several; an "
         "antler-velvet-powder label was found in no earlier row by a keyword search)", person("Privatperson", "CZ")),
        ("WLF-06", "transit", "BESEA01", "sea", "MZ", ["BE"], "VN", "050690",
         "Ossos de bovino secos, para farinha de ossos, sacos de 50 kg, 400 sacos", "MZ", 20000, 400, 3000, "USD",
         "dried cattle bones for bone meal are light, grey-white, porous leg and rib bones that smell of old fat, at a "
         "few cents a kilo; 44 of these sacks hold, among the bones, cut sections of elephant tusk with the "
         "cross-hatched Schreger lines on their ends and 120 kg of pangolin scales, from the Niassa reserve: ivory "
         "(Loxodonta africana, CITES App. I) and pangolin scales (Manis spp., CITES App. I), without CITES documents, "
         "landed at Antwerp in transit from Nacala to Haiphong; Mozambican Portuguese wording (ivory and pangolin "
         "scales repeat in many sets and bones in bone-meal sacks once, in development set dev13-b, by air; by sea in "
         "transit through Antwerp is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-07", "import", "FRPOST01", "post", "HT", [], "FR", "030559",
         "Vyann lanbi seche ak pwason sèk, fèt lakay, 3 kg", "HT", 3, None, 60, "EUR",
         "a parcel of Haitian dried food for the diaspora: the sender calls it dried fish and conch, but it holds 3 kg "
         "of dried, curled, orange-pink queen conch meat, the flesh of about 40 animals, from the Île-à-Vache banks, "
         "posted from Les Cayes to a private person in Créteil: queen conch (Aliger gigas, CITES App. II), whose "
         "exports from Haiti are under a CITES trade suspension, without CITES documents and without the health "
         "certificate food of animal origin needs; Haitian Creole wording (queen conch repeats in many sets, lambi "
         "meat from Haiti once in French, blind22; Haitian Creole wording and a diaspora parcel are the new part as "
         "far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-08", "import", "ESSEA01", "sea", "NA", [], "ES", "030381",
         "Frozen blue shark (Prionace glauca), whole, gutted, headed, bulk reefer, 600 t", "NA", 600000, None, 1080000,
         "USD",
         "a reefer cargo of frozen blue shark from the Walvis Bay longliners: blue shark is an App. II species "
         "traded under Namibian export permits, which this cargo carries for 600 t; among the blue sharks the "
         "inspectors count 1,100 bronze-grey carcasses with a hammer-shaped head removed but the tall sickle dorsal "
         "fin of the great and scalloped hammerheads, with their fins frozen in separate bags, some 90 t: hammerhead "
         "sharks (Sphyrna spp., CITES App. II) without CITES documents of their own, hidden in a blue-shark bulk "
         "reefer cargo from Walvis Bay to Vigo; Namibian English wording (hammerheads and blue sharks repeat in many "
         "sets; mixed into a Namibian bulk reefer cargo was found in no earlier row by a keyword search)",
         firm("Congelados Ría de Vigo SA", "ES")),
        ("WLF-09", "import", "BESEA01", "sea", "BJ", [], "BE", "440729",
         "Sciages de gmelina (Gmelina arborea) de plantation, séchés, 60 m3", "BJ", 54000, None, 15000, "EUR",
         "plantation gmelina is what Benin exports legally besides teak: pale, light, yellowish, plain boards of "
         "about 500 kg/m3; this breakbulk parcel for an Antwerp timber importer is 60 m3 of heavy, hard, brown to "
         "red-brown boards with dark streaks and a red sap that stains wet fingers, not "
         "gmelina at all: kosso (Pterocarpus erinaceus, CITES App. II, under a trade suspension for Benin and its "
         "neighbours), without CITES documents, and the 54 t declared is far more than 60 m3 of gmelina (about 30 t) "
         "can weigh, from Cotonou "
         "to Antwerp; Beninese French wording (kosso repeats in many sets, under teak labels in blind53 and blind69; "
         "gmelina labels twice, as Central American melina, blind129 and blind131; kosso under a gmelina label from "
         "Benin is the new part as far as a search found)",
         firm("Antwerp Tropical Timber NV", "BE")),
        ("WLF-10", "import", "FRAIR01", "express", "MG", [], "FR", "030819",
         "Zanga maina (concombre de mer séché, Holothuria scabra), 3 kg", "MG", 3, None, 450, "EUR",
         "dried sandfish (Holothuria scabra) are small, grey, wrinkled, sausage-shaped sea cucumbers of a few "
         "centimetres; these are 30 to 40 cm long, brick-red to brown, covered with star-shaped papillae, dried "
         "pineapple "
         "sea cucumbers from the reefs off Toliara: Thelenota ananas (CITES App. II since 2020) without CITES "
         "documents, sent by express from Antananarivo to a private buyer in Marseille, and without the health "
         "certificate food of animal origin needs; Malagasy and French wording (Thelenota repeats in a few sets, under "
         "a farmed-sandfish label in blind128, kept as a repeat; by express from Madagascar is the new part)",
         person("M. T. Dubois", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "GB", "IE", "282911",
     "Sodium chlorate 99 %, 2 x 1 kg, for a licensed private user (amateur pyrotechnics society)", "GB", 2, 2, 36,
     "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-56-0027")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "360200",
     "Pentolite cast boosters 400 g, 200 pcs, with non-electric detonators, 600 pcs, for a licensed Dalmatian quarry, "
     "carried as Class 1 dangerous goods", "BA", 160, 800, 6400, "EUR",
     [("EXPLOSIVES_TRANSFER", "HR-MUP-56-0014"), ("EXPLOSIVES_LICENCE", "HR-MUP-EKS-56-0102")],
     "civil explosives to a licensed quarry with the transfer approval"),
    ("PRM-03", "waste", "import", "SESEA01", "sea", "NO", "SE", "262030",
     "Copper smelter flue dust (10 06 03*), for metal recovery at a licensed copper smelter, 2,000 t", "NO", 2000000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-56-0031")], "notified smelter dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "HUROAD01", "road", "RS", "HU", "262190",
     "Spent foundry cores and moulds with phenolic binder (10 09 07*), for thermal sand reclamation at a licensed "
     "plant, 24 t", "RS", 24000, None, 0, "EUR", [("BASEL_CONSENT", "HU-OKF-56-0077")],
     "notified spent foundry sand to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290314",
     "Carbon tetrachloride, chemical-tanker parcel, 1,500 t, for feedstock use in HFO-1234yf production", "US",
     1500000, None, 1050000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-56-004")],
     "carbon tetrachloride imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "GRSEA01", "sea", "TR", "GR", "290376",
     "Halon 1301, recovered from the fixed systems of bulk carriers recycled at Aliağa, 120 cylinders, for reclamation "
     "and critical use in aircraft fire protection", "TR", 7200, 120, 21600, "EUR", [("ODS_LICENCE", "GR-YPEN-ODS-56-003")],
     "recovered halon imported for reclamation and a licensed critical use"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "NO", "890400",
     "Steam tug, riveted steel, built 1913, restored, for a Norwegian maritime museum, towed", "DE", 240000, 1,
     380000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-NI-KGS-56-0009")],
     "historic vessel over 75 years old exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970310",
     "Gandharan schist relief, the Buddha's first sermon, 3rd century, in a British collection since 1955", "PK", 38, 1,
     64000, "GBP", [("IMPORT_LICENCE", "DE-KGS-IMP-56-0012")],
     "archaeological object imported with the EU import licence and its provenance"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "281111",
     "Anhydrous hydrogen fluoride, 2 ISO tanks, 40 t, for an Indian fluorochemical plant", "ES", 40000, 2, 64000,
     "EUR", [("EXPORT_LICENCE", "ES-SECOMEX-56-0211"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-56-0144")],
     "dual-use hydrogen fluoride under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "JP", "282619",
     "Potassium fluoride, spray-dried, 10 t, for a Japanese agrochemical maker", "DE", 10000, 400, 42000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-56-1187"), ("END_USER_CERTIFICATE", "JP-METI-EUC-56-0061")],
     "dual-use potassium fluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "440729",
     "Ramin (Gonystylus bancanus) sawn timber, kiln-dried, from a certified Sarawak concession, 30 m3", "MY", 19500,
     None, 33000, "USD", [("CITES_PERMIT", "MY-SFC-56-0412")], "App. II ramin with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "NA", "ES", "030381",
     "Frozen scalloped hammerhead shark (Sphyrna lewini), Namibian longline catch, 40 t", "NA", 40000, None, 76000,
     "USD", [("CITES_PERMIT", "NA-MFMR-56-0088")], "App. II hammerhead with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-03": "Rönnskär Metallåtervinning AB", "PRM-06": "Attiki Aviation Safety AE",
    "PRM-08": "Orion Orientalia GmbH", "PRM-11": "Lijstenfabriek Oost BV", "PRM-12": "Congelados Ría de Vigo SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them bulk commodities
    ("310490", "Polyhalite granular fertiliser, loose in bulk", "import", ["sea"], ["GB"], (0.09, 0.14), (1500000, 3000000), ["GBP", "EUR"], None, S),
    ("251810", "Dolomite aggregate, crushed, 16-32 mm, tipper loads", "import", ["road"], ["BA", "RS"], (0.012, 0.02), (24000, 28000), ["EUR"], None, S),
    ("270111", "Anthracite nuts, washed, for domestic heating, rail wagons", "import", ["rail"], ["UA"], (0.14, 0.22), (60000, 70000), ["EUR", "USD"], None, S),
    ("310420", "Muriate of potash, standard, 60 % K2O, in bulk", "import", ["sea"], ["JO", "CA"], (0.25, 0.35), (3000000, 6000000), ["USD"], None, S),
    ("284019", "Borax pentahydrate, 1 t big bags", "import", ["sea"], ["TR"], (0.4, 0.55), (200000, 400000), ["USD"], 0.001, S),
    ("110220", "White maize meal (mieliemeel), 2.5 kg bags", "import", ["post"], ["ZA"], (2, 4), (1, 4), ["ZAR", "EUR"], 0.4, S),
    ("250100", "Sea salt flakes, 500 g tubs", "import", ["post"], ["GB"], (12, 20), (1, 4), ["GBP"], 2, S),
    ("310590", "Potassium thiosulphate liquid fertiliser, ISO tanks", "import", ["sea"], ["TR", "US"], (0.3, 0.5), (18000, 22000), ["USD"], None, S),
    ("260111", "Iron ore fines, Fe 62 %, non-agglomerated, in bulk", "export", ["sea"], ["EG", "SA"], (0.08, 0.12), (2000000, 5000000), ["USD"], None, S),
    ("271019", "Base oil, Group II, for lubricant blending, tanker parcel", "export", ["sea"], ["GN", "NG"], (0.8, 1.1), (2000000, 5000000), ["USD"], None, S),
    ("250510", "Washed quartz glass sand, in bulk", "export", ["road"], ["RS", "BA"], (0.03, 0.05), (24000, 26000), ["EUR"], None, S),
    ("260300", "Copper concentrate, Cu 24 %, in bulk", "export", ["sea"], ["NA", "CN"], (1.6, 2.2), (3000000, 6000000), ["USD"], None, S),
    ("252922", "Acid-grade fluorspar, dried, big bags", "export", ["sea"], ["CN", "IN"], (0.35, 0.5), (400000, 800000), ["EUR"], None, S),
    ("250100", "Road de-icing rock salt, in bulk, rail wagons", "export", ["rail"], ["UA", "MD"], (0.04, 0.07), (1000000, 1500000), ["EUR"], None, S),
    ("260700", "Lead concentrate, Pb 65 %, big bags", "import", ["road"], ["MK", "RS"], (0.8, 1.1), (24000, 26000), ["USD"], None, S),
    ("291513", "Ethyl formate, flavour grade, drums", "import", ["sea"], ["IN", "CN"], (2, 3), (8000, 16000), ["USD"], None, S),
    ("290315", "1,2-Dichloroethane (EDC), chemical-tanker parcel", "import", ["sea"], ["SA", "US"], (0.3, 0.45), (3000000, 6000000), ["USD"], None, S),
    ("382499", "IG-541 inert-gas extinguishing cylinders, new, 80 l", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 9000), ["EUR", "USD"], 0.0125, S),
    ("401012", "Conveyor belts, textile-reinforced, used, from coal mines", "export", ["sea"], ["GE", "UA"], (0.4, 0.8), (20000, 40000), ["EUR"], None, S),
    ("290122", "Propylene, chemical grade, ISO tanks", "import", ["sea"], ["AZ", "TR"], (0.9, 1.2), (18000, 22000), ["USD"], None, S),
    ("281119", "Hydrobromic acid 48 %, lead-lined ISO tank", "import", ["sea"], ["JO", "IL"], (0.6, 0.9), (20000, 26000), ["USD"], None, S),
    ("381400", "Correction-fluid thinner, methylcyclohexane-based, 20 ml", "import", ["post"], ["JP", "GB"], (20, 40), (1, 3), ["JPY", "GBP"], 20, S),
    ("291411", "Acetone, technical 99.5 %, road tanker", "import", ["road"], ["RS", "TR"], (0.8, 1.1), (20000, 24000), ["EUR"], None, S),
    ("251010", "Natural calcium phosphate rock, 70 BPL, in bulk", "import", ["sea"], ["MA", "JO"], (0.11, 0.14), (20000000, 30000000), ["USD"], None, S),
    ("251511", "Marble, crude, rough-trimmed blocks", "import", ["sea"], ["TN", "TR"], (0.2, 0.4), (16000, 26000), ["EUR"], None, S),
    ("252610", "Talc lumps, not crushed, big bags", "import", ["sea"], ["PK", "CN"], (0.15, 0.25), (20000, 26000), ["USD"], None, S),
    ("740400", "Brass scrap ('Honey'), clean yellow fittings, jumbo bags", "import", ["sea"], ["TH", "MY"], (3.5, 4.5), (18000, 24000), ["USD"], None, S),
    ("440290", "Hardwood charcoal, encroacher bush, FSC, 10 kg bags", "import", ["sea"], ["NA", "ZA"], (0.35, 0.6), (12000, 18000), ["EUR"], 0.1, S),
    ("691390", "Mardin-style glazed ceramic ornaments, new", "import", ["express"], ["TR"], (15, 30), (1, 3), ["EUR", "TRY"], 2, S),
    ("253090", "Raw Baltic amber, rough pieces", "export", ["express"], ["CN", "HK"], (600, 1200), (1, 2), ["EUR"], None, S),
    ("520100", "Egyptian cotton lint, Giza 94, pressed bales", "import", ["sea"], ["EG"], (2.5, 3.5), (20000, 26000), ["USD"], 0.0045, S),
    ("440799", "Reclaimed oak beams, sawn, plain", "export", ["sea"], ["US", "CA"], (0.6, 1.0), (10000, 16000), ["EUR"], None, S),
    ("270900", "Crude oil, CPC Blend, Kazakh origin, Aframax cargo", "import", ["sea"], ["KZ"], (0.45, 0.6), (80000000, 100000000), ["USD"], None, S),
    ("290511", "Methanol, AA grade, chemical-tanker cargo", "import", ["sea"], ["OM", "TT", "US"], (0.28, 0.4), (10000000, 20000000), ["USD"], None, S),
    ("260800", "Zinc concentrate, Zn 50 %, in bulk", "import", ["sea"], ["PE", "AU"], (0.9, 1.3), (8000000, 12000000), ["USD"], None, S),
    ("440131", "Wood pellets, ENplus A1, in bulk", "import", ["sea"], ["US", "CA"], (0.18, 0.26), (20000000, 40000000), ["USD"], None, S),
    ("280610", "Hydrochloric acid 33 %, rubber-lined ISO tanks", "export", ["sea"], ["TR", "MA"], (0.15, 0.25), (18000, 22000), ["EUR"], None, S),
    ("310420", "Muriate of potash, standard, 25 kg bags", "export", ["sea"], ["GE", "AM"], (0.35, 0.5), (20000, 24000), ["EUR"], 0.04, S),
    ("440122", "Eucalyptus wood chips, plantation, for biomass, in bulk", "import", ["sea"], ["UY", "BR"], (0.08, 0.14), (10000000, 30000000), ["USD"], None, S),
    ("440612", "Red quebracho railway sleepers, untreated", "import", ["sea"], ["AR", "PY"], (0.4, 0.6), (20000, 26000), ["USD"], 0.05, S),
    ("440723", "Plantation teak, sawn, kiln-dried", "import", ["sea"], ["BJ", "GH"], (0.8, 1.2), (16000, 24000), ["EUR"], None, S),
    ("843149", "Used powered roof-support sections, coal mining", "export", ["sea"], ["GE", "KZ"], (0.4, 0.7), (200000, 400000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160,
# blind168 and blind176, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel
# rows, with four new rows instead of blind176's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic shower caddies", "import", ["sea"], ["CN", "TR"], (2, 4), (1000, 4000), ["USD", "EUR"], 2, N),
        ("392690", "Plastic plant-pot saucers", "import", ["sea"], ["CN", "VN"], (1.5, 3), (2000, 6000), ["USD"], 5, N),
        ("960719", "Nylon-coil zip fasteners, on reels", "import", ["sea"], ["CN", "TR"], (6, 10), (1000, 4000), ["USD", "EUR"], None, N),
        ("392114", "Cellulose bath sponges", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind179", 20560101, HERE)


if __name__ == "__main__":
    main()
