#!/usr/bin/env python3
"""Writes the three-hundred-and-fifth blind set (tests/risk/data/blind305-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: fire protection, extinguisher
servicing and fire brigades' supply (extinguisher makers, refillers and service firms,
sprinkler, alarm and fire-stopping contractors, fire-brigade outfitters and their
vehicle, breathing-apparatus and rescue-tool suppliers, fire-salvage firms and
fire-brigade museums and collectors).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL305-*:

    python3 tests/risk/data/make_blind305_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "CN", [], "PL", "380894",
         "消防水带消毒清洗液 (浓缩), 1升 x 8瓶", "CN", 9.2, 8, 220, "CNY",
         "the disinfectants fire brigades use in hose-washing machines after a fire are quaternary-ammonium or "
         "peracetic concentrates of about 1.0 kg/l that foam; these eight litre bottles hold a water-clear, "
         "non-foaming liquid of 1.13 kg/l with vented caps that whitens the skin and fizzes on a rusty coupling: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Shenzhen to a private person in "
         "Kraków, a volunteer fireman who resells it on a marketplace; Chinese wording (hydrogen peroxide repeats in "
         "many sets; a fire-hose disinfectant label was found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("PRE-02", "import", "ITSEA01", "sea", "EG", [], "IT", "310540",
         "مسحوق إطفاء ABC (فوسفات أحادي الأمونيوم ٤٠٪)، أكياس ٢٥ كجم، ٨٠٠ كيس", "EG", 20000, 800, 7200, "USD",
         "ABC extinguishing powder for refilling is a fine, pale-yellow, silicone-treated powder of monoammonium "
         "phosphate and ammonium sulphate that flows like water and repels it; these 800 bags hold hard, white, "
         "porous prills that do not flow as powder, turn ice-cold and dissolve in water and test at 34 % N, for a "
         "Naples extinguisher-refilling firm whose counter sells 5 kg bags to anyone: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by sea from Alexandria to Salerno; Egyptian "
         "Arabic wording (ammonium nitrate repeats in many sets and extinguishing-powder labels in a few, blind135, "
         "blind291 and blind297; kept as a repeat of the label, from Egypt to an Italian refiller is the new part as "
         "far as a search found)", firm("Meridian Antincendio Srl", "IT")),
        ("PRE-03", "import", "CZAIR01", "air", "CN", [], "CZ", "381300",
         "气溶胶灭火装置用产气药剂 (钾盐型), 补充颗粒, 1公斤袋, 150袋", "CN", 150, 150, 1500, "USD",
         "refill charges for condensed-aerosol fire-suppression generators are pressed, grey-brown tablets of a "
         "potassium-nitrate and resin compound sealed in the generator's cartridge, never sold loose; these 150 bags "
         "hold a loose, white, crystalline powder that dissolves slowly, flares with sugar on a hot plate and whose "
         "liners read 'KClO4', for a Brno fire-protection web shop that sells the 1 kg bags to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Nanjing to Prague; "
         "Chinese wording (potassium perchlorate repeats in many sets and aerosol-generator labels in several, "
         "blind130, blind131, blind247, blind293, kept as a repeat of the label; loose refill granules for a Czech "
         "web shop are the new part)", firm("Orion Požární Technika s.r.o.", "CZ")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "381090",
         "Yangın tüpü hidrostatik test öncesi iç yüzey pas sökücü, 5 l bidon, 360 bidon (3 sevkiyattan 2.)", "TR",
         2520, 360, 1800, "EUR",
         "the rust removers extinguisher-servicing shops swirl in shells before the hydrostatic test are "
         "phosphoric-acid gels of about 1.2 kg/l that do not fume; these 360 cans hold a liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and eats copper, the second of three vans booked that "
         "week each kept under 2.6 t, for a Plovdiv extinguisher-service wholesaler that sells the cans to the "
         "public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, at Kapitan "
         "Andreevo; Turkish wording (nitric acid repeats in many sets and rust-remover labels on it in a few, one of "
         "them Turkish, for barbecue grills; splits over three vans repeat from blind264 onwards, kept as a repeat; "
         "an extinguisher-shell rust remover before the hydrostatic test is the new part as far as a search found)", firm("Delta Pozharna Tehnika EOOD", "BG")),
        ("PRE-05", "import", "DEROAD01", "road", "CH", [], "DE", "382499",
         "Brandübungsflüssigkeit für Feuerlöschtrainer (Gasbrandsimulator), 1 l Flaschen, 96 Stück", "CH", 110, 96,
         1900, "CHF",
         "the fuels for fire-extinguisher training pans are propane, or a paraffin gel of 0.8 kg/l that smells of "
         "kerosene; these 96 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that burns with a pale "
         "flame and whose filler's drum label reads 'CH3NO2', for a Konstanz fire-safety trainer whose web shop sells "
         "the bottles to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the "
         "public, in a van at Kreuzlingen; Swiss German wording (nitromethane repeats in many sets, fire-training "
         "labels twice, blind191 and blind217, and a training-pan label once, blind226, on other goods; a "
         "training-fire fuel on nitromethane was found in no earlier row by a keyword search)", firm("Alpina Brandschutz GmbH", "DE")),
        ("PRE-06", "import", "IEPOST01", "post", "GB", [], "IE", "382499",
         "Fire-retardant salt for treating timber and thatch, 4 x 1 kg", "GB", 4.0, 4, 40, "GBP",
         "the fire-retardant salts sold for thatch and timber are ammonium phosphates and borates that do not burn "
         "and smother a match; these four tubs hold white crystals that make a match flare, hiss and burn fiercely "
         "with sugar, and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Belfast "
         "to a private person in Galway; British English wording (sodium chlorate repeats in many sets and "
         "fire-retardant labels in three, blind133, blind205 (a timber retardant) and blind243, on other goods; kept "
         "as a repeat of the label, on a chlorate sent by post is the new part as far as a search found)", person("Mr Seán Murphy", "IE")),
        ("PRE-07", "import", "ATAIR01", "air", "IN", [], "AT", "380894",
         "सीबीआरएन परिशोधन सांद्रण, अग्निशमन दल के लिए, 5 लीटर, 80 कैन", "IN", 480, 80, 1200, "USD",
         "the decontamination concentrates fire brigades' CBRN units mix in showers are peracetic or enzyme "
         "products of about 1.05 kg/l with a data sheet; these 80 cans hold a water-clear liquid of 1.20 kg/l that "
         "does not foam, has vented caps and bleaches the skin at once, for a Linz fire-brigade outfitter whose web "
         "shop sells them to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, flown from Mumbai to Vienna; Hindi wording (hydrogen peroxide repeats in many sets "
         "and decontamination labels in several, kept as a repeat of the label; a fire-brigade CBRN concentrate from "
         "India is the new part)", firm("Horizon Feuerwehrbedarf GmbH", "AT")),
        ("PRE-08", "import", "NLAIR01", "air", "KR", [], "NL", "360490",
         "연기 배출 시험용 발연통 원료 분말, 1 kg 통, 200통", "KR", 200, 200, 2400, "USD",
         "the smoke pellets fire engineers light to test smoke-extraction and sprinkler rooms are finished, sealed "
         "pellets with a fuse; these 200 tubs hold a loose, white, deliquescent powder that cakes in the shop air "
         "and burns violently with sugar, with no dye or fuse in the consignment, for a Utrecht fire-engineering "
         "supplier's web shop: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Incheon to Amsterdam; Korean wording (sodium perchlorate repeats in many sets and a smoke-test "
         "powder label once, blind301; kept as a repeat of the label, a smoke-extraction test powder from Korea is "
         "the new part)", firm("Vega Brandveiligheid BV", "NL")),
        ("PRE-09", "import", "FRSEA01", "sea", "MA", [], "FR", "340290",
         "Détartrant pour machines à café, flacons de 1 l, 2 400 flacons", "MA", 4400, 2400, 3600, "EUR",
         "coffee-machine descalers are citric or sulphamic acid solutions of about 1.1 kg/l that smell of nothing "
         "and are gentle on the skin; these 2,400 bottles hold an oily, colourless liquid of 1.84 kg/l that chars "
         "the cardboard and grows hot with water, for a Marseille household-goods wholesaler selling them in "
         "supermarkets: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by "
         "sea from Casablanca; Moroccan French wording (sulphuric acid repeats in many sets and descaler labels in "
         "several; kept as a repeat, a coffee-machine descaler from Morocco is the new part as far as a search "
         "found)", firm("Rivage Ménager SARL", "FR")),
        ("PRE-10", "import", "ESAIR01", "air", "PE", [], "ES", "283429",
         "Mordiente para teñido de lana de alpaca, 1 kg, 60 bolsas", "PE", 60, 60, 420, "USD",
         "the mordants Andean dyers use are alum and cream of tartar, powders that do not burn; these 60 bags "
         "hold shiny, white crystals that crackle and spit violet sparks on a hot iron and flare with sugar, for a "
         "Madrid yarn shop that sells them to home dyers: potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Lima; Peruvian Spanish wording (potassium chlorate repeats in many sets "
         "and dye-mordant labels in a few; kept as a repeat, an alpaca-dyeing mordant is the new part as far as a "
         "search found)", firm("Atlantic Lanas SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "NG", "381300",
         "Schiumogeno AFFF 3 %, nuovo, in fusti da 200 l, 90 fusti", "IT", 18900, 90, 5400, "EUR",
         "new AFFF concentrate comes in sealed drums with a batch certificate, dated within its ten-year life; "
         "these 90 drums are old, dented and mismatched, dated 1988-1996, some half-empty and re-sealed, drained "
         "from the tank farm of a refinery near Augusta when its fire system was changed to fluorine-free foam, and "
         "read PFOS in the hundreds of mg/l: waste fire-fighting foam containing PFOS, a persistent organic "
         "pollutant (waste to be destroyed under Regulation 2019/1021, hazardous), whose export to a non-OECD "
         "country is banned, from Catania to Lagos for a 'fire-safety dealer'; Italian wording (AFFF and PFOS foam "
         "repeat in many sets, kept as a repeat of the good; a refinery's condemned foam from Sicily to Nigeria is "
         "the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "940561",
         "Blocs autonomes d'éclairage de sécurité (BAES), neufs, 4 000 pièces", "FR", 3600, 4000, 8000, "EUR",
         "new emergency exit lights come boxed, one make, with sealed NiMH or lithium packs and a test button; "
         "these 4,000 are units pulled out by a Lyon fire-safety maintenance firm during re-lamping, yellowed, with "
         "the old 'Ni-Cd' packs still wired in, many leaking white crust, and loose packs in the cartons: waste "
         "electrical equipment and nickel-cadmium batteries (A1180, 16 06 02*), hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre to Dakar; French wording (emergency lighting repeats three "
         "times, blind129, blind189, blind285, kept as a repeat of the good; a new-BAES label on NiCd units to "
         "Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "441821",
         "Drzwi przeciwpożarowe EI 60, używane, z demontażu, 140 szt.", "PL", 11200, 140, 2800, "EUR",
         "used fire doors are steel or timber leaves with a maker's plate and mineral-wool or gypsum cores; these "
         "140 leaves from a 1960s Katowice hospital have grey, fibrous, crumbling cores of asbestos board and come "
         "with rolls of old asbestos fire blankets and rope seals from the same strip-out: asbestos waste (A2050, "
         "17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Dorohusk for a "
         "Lutsk builder; Polish wording (fire doors repeat four times, blind59, blind243, blind260, blind295, and "
         "asbestos in many sets, kept as a repeat; asbestos fire blankets packed with the doors to Ukraine are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "CM", "870530",
         "Brandweervoertuigen (tankautospuiten), gebruikt, rijklaar, 3 stuks", "NL", 42000, 3, 45000, "EUR",
         "used fire engines go to Africa with their hoses and ladders and empty lockers; these three from a "
         "Brabant regional brigade have every locker and the empty water tanks packed with 9 t of dead lead-acid "
         "starter batteries, broken breathing-apparatus cylinders, scrap radios and alarm panels, bought by weight "
         "by a Douala dealer: waste lead-acid batteries and e-waste (A1160, A1180, 16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Douala; Dutch wording (fire engines repeat "
         "twice, blind56 and blind164, and waste packed in used vehicles in many sets; kept as a repeat, fire "
         "engines to Cameroon with batteries in their tanks are the new part as far as a search found)",
         {"importer_country": "CM"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "PK", "842410",
         "Brandblussers, poeder 6 kg, nieuw, 2.000 stuks", "BE", 24000, 2000, 30000, "EUR",
         "a fire-equipment dealer's container for Karachi: new powder extinguishers and hose reels are what "
         "Antwerp dealers ship, but the third item's 'brandmeldcentrales, gereviseerd' are 600 old fire-alarm "
         "control panels ripped out of office blocks, cracked, each with two swollen 12 V lead-acid standby "
         "batteries still inside and loose boards in the cartons: waste electrical equipment with lead-acid "
         "batteries (A1180, A1160), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration, from Antwerp; Flemish wording (used alarm panels with their batteries "
         "once, blind260, also in Dutch, kept as a repeat of the good; fire-alarm panels behind new extinguishers "
         "to Pakistan are the new part as far as a search found)",
         dict({"importer_country": "PK"},
              _more_items=[item("842410", "Haspels met brandslang, 25 m, nieuw, 300 stuks", "BE", 6000, 9000, "EUR",
                                qty=300),
                           item("853110", "Brandmeldcentrales, gereviseerd, 600 stuks", "BE", 7200, 3000, "EUR",
                                qty=600)])),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "GH", "847130",
         "Bærbare computere og tablets, brugte, testede, 6.000 stk.", "DK", 9000, 6000, 12000, "EUR",
         "tested used laptops are sorted, wiped and boxed by model with a test report; these gaylords hold "
         "smoke-blackened, melted and water-logged laptops, tablets and scooter batteries cleared from an Odense "
         "electronics warehouse after a fire by a fire-salvage firm the insurer paid to destroy them: fire-damaged "
         "e-waste with damaged lithium batteries (A1180, hazardous), whose export to a non-OECD country is banned, "
         "from Aarhus to Tema; Danish wording (used laptops as e-waste repeat in many sets and salvage goods in "
         "many; kept as a repeat, a fire-salvage firm's written-off stock is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "250810",
         "Bentonit, gebraucht, zur Wiederverwendung als Dichtungsmaterial, 24 t", "AT", 24000, None, 600, "EUR",
         "used bentonite from pond sealing is a grey, plastic clay that smells of earth; this tipper load is a "
         "black, oily, foaming sludge that smells of diesel, dug out of the separator and retention basin of a "
         "Tyrol fire-brigade training ground where kerosene fires were put out with fluorinated foam for thirty "
         "years, and reads PFOS and hydrocarbons: sludges containing oil and POPs (13 05 02*, hazardous), whose "
         "export to a non-OECD country is banned, on a lorry from Innsbruck through Slovenia and Croatia to a "
         "Bihać quarry; Austrian German wording (a fire-training ground's waste once, blind191, and bentonite labels in many "
         "sets on other goods; a used-bentonite label on a training ground's separator sludge is the new part as far "
         "as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "760200",
         "Chatarra de aluminio, lingotes de refusión, 40 t", "ES", 40000, None, 16000, "EUR",
         "aluminium scrap ingots are bright, dense, stackable pigs that ring; these bags hold a grey, dusty, "
         "lumpy dross with salt crust that smells of ammonia when wet and hisses in rain, skimmed from a Valencia "
         "secondary smelter's furnaces: salt slag and aluminium dross (10 03 08*, A1080-related), hazardous waste "
         "that gives off flammable gas with water and whose export to a non-OECD country is banned, from Valencia to "
         "Tanger Med; Spanish wording (aluminium dross repeats in several sets, kept as a repeat of the good; an "
         "ingot label to Morocco is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "VN", "391590",
         "Flocos de PET lavados, transparentes, 26 t", "PT", 26000, None, 7800, "EUR",
         "washed PET flake is clean, dry, one-colour chips with a bale certificate; these bales are unwashed "
         "mixed household plastics, films, trays and PVC blister packs with food residue and labels, from a Porto "
         "sorting plant's rejects: mixed plastic waste (Y48, Annex II of the Basel Convention), whose export to a "
         "non-OECD country without consent is banned, from Leixões to Hai Phong; Portuguese wording (mixed plastics "
         "under flake labels repeat in many sets, kept as a repeat; from Portugal to Vietnam is the new part as far "
         "as a search found)", {"importer_country": "VN"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Λιπαντικό λάδι, καινούργιο, βαρέλια 200 l, 120 βαρέλια", "GR", 21600, 120, 9000, "EUR",
         "new lubricating oil is clear amber in sealed, labelled drums; these 120 drums hold black, gritty used "
         "engine oil with water and coolant, collected from Piraeus ferry workshops: waste mineral oil (13 02 05*, "
         "Y8), hazardous waste whose export to a non-OECD country is banned, from Piraeus to Benghazi; Greek "
         "wording (used oil under new-oil labels repeats in many sets, kept as a repeat; from Greece to Libya is the "
         "new part as far as a search found)", {"importer_country": "LY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "842410",
         "湿式化学灭火器 (F类, 厨房用), 6升, 1,200具", "CN", 9600, 1200, 14400, "USD",
         "F-class wet-chemical extinguishers for kitchens hold a potassium-acetate solution of about 1.3 kg/l that "
         "sloshes and sprays as a mist; these 1,200 red cylinders hiss, spray a liquid that vanishes into a sweet "
         "gas and leaves no residue, and the valve collars read '1211' under the new labels: halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, "
         "by sea from Ningbo to Gdańsk for a Łódź extinguisher wholesaler; Chinese wording (halon 1211 repeats in "
         "many sets and wet-chemical labels in several, blind77, blind118, blind134, blind184, blind213, blind292; "
         "kept as a repeat, a kitchen F-class label by sea to Poland is the new part as far as a search found)", firm("Central Gaśnice Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "842490",
         "Novec 1230 (FK-5-1-12) गैस सिलेंडर, सर्वर रूम अग्नि शमन प्रणाली, 80 ली, 12 सिलेंडर", "IN", 1440, 12,
         18000, "USD",
         "FK-5-1-12 is a liquid at rest that boils at 49 °C and is filled to about 10 bar with nitrogen; these 12 "
         "cylinders read 14 bar at room temperature, hold a liquefied gas that boils off at once, and carry old "
         "'1301' stamps ground off the shoulder: halon 1301 (bromotrifluoromethane) in fire-protection systems, "
         "whose import into the Union is banned, flown from Delhi to Milan for a data-centre fire-suppression "
         "installer; Hindi wording (halon 1301 under FK-5-1-12 labels repeats in many sets, kept as a repeat of the "
         "label; from India to a Milan data-centre installer is the new part)", firm("Vega Sistemi Antincendio Srl", "IT")),
        ("OZN-03", "import", "LVROAD01", "road", "KZ", [], "LV", "842410",
         "Жүргізуші кабинасы мен мотор бөлігіне арналған өрт сөндіру жүйесі (ралли), 2,5 кг, 40 дана", "KZ", 160,
         40, 4000, "EUR",
         "plumbed-in rally and race-car suppression systems use AFFF or FK-5-1-12 bottles with a certificate; "
         "these 40 bottles hold a heavy liquid of 2.2 kg/l that boils at 47 °C with a sweet smell and the bottles "
         "read 'хладон 114В2' under the sticker: halon 2402 (dibromotetrafluoroethane), whose import into the Union "
         "is banned, on a lorry at Terehova from Almaty for a Riga motorsport-safety shop; Kazakh wording (halon "
         "2402 repeats in many sets and rally labels in several on other goods; kept as a repeat, a rally-car system "
         "from Kazakhstan to Latvia is the new part as far as a search found)", firm("Nordhafen Motorsports SIA", "LV")),
        ("OZN-04", "import", "IEAIR01", "express", "US", [], "IE", "842410",
         "FE-36 clean agent extinguishers for aircraft hangars, 5 lb, 24 units", "US", 72, 24, 4800, "USD",
         "HFC-236fa (FE-36) hand extinguishers hold a liquid gas of 1.36 kg/l; these 24 cylinders hold a liquid "
         "of 1.47 kg/l that boils at 27 °C with a sweet, ethereal smell, and the maker's sheet under the labels "
         "names 'Halotron I': HCFC-123, whose import into the Union is banned, sent by express from Texas to a "
         "Shannon aircraft-maintenance firm; American English wording (Halotron and FE-36 labels repeat in many "
         "sets, kept as a repeat of the label; an aircraft-hangar extinguisher to Ireland is the new part as far as "
         "a search found)", firm("Atlantic Aviation Services Ltd", "IE")),
        ("OZN-05", "import", "DEPOST01", "post", "US", [], "DE", "701090",
         "Antique glass bottles, decorative, 6 pcs", "US", 4.5, 6, 90, "USD",
         "decorative antique bottles are empty; these six are Victorian 'fire grenades', blue ribbed glass "
         "globes sealed with their original contents, which slosh heavily and, from one cracked globe, smell sweet "
         "like chloroform: carbon tetrachloride, whose import into the Union is banned (controlled substances in "
         "products), posted from Ohio to a Cologne fire-brigade memorabilia collector; American English wording "
         "(fire grenades repeat in several sets, blind21, blind69, blind70, blind72, blind100, blind112, blind128, "
         "kept as a repeat of the good; a decorative-bottle label by post is the new part as far as a search "
         "found)", person("Herr K. Becker", "DE")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "842410",
         "Stingătoare cu pulbere ABC, 9 kg, 800 bucăți", "CN", 10400, 800, 9600, "USD",
         "ABC powder extinguishers are heavy, with a pressure gauge and powder that rattles when shaken; these "
         "800 are light, have no gauge, slosh and hiss, and the collars read 'BCF': halon 1211 in portable "
         "extinguishers, moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Constanța in transit from Shanghai to a Chișinău fire-equipment dealer; Romanian wording from Moldova "
         "(halon 1211 under powder labels repeats in many sets, kept as a repeat; a transit through Constanța to "
         "Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-07", "import", "GRROAD01", "road", "TR", [], "GR", "285390",
         "Yangın söndürücü sızdırmazlık testi için iz gazı (helyum-azot), 13,6 kg tüp, 60 tüp", "TR", 816, 60, 2400,
         "EUR",
         "the tracer gas extinguisher-servicing shops use to leak-test stored-pressure extinguishers is a "
         "helium-nitrogen mix in tall 50 l high-pressure cylinders at 200 bar; these 60 squat, disposable cylinders "
         "read 9 bar at 20 °C, hold a liquefied gas and a leak detector names R-22: chlorodifluoromethane "
         "(HCFC-22), whose import into the Union is banned, in a van at Kipoi for a Thessaloniki extinguisher "
         "refiller; Turkish wording (HCFC-22 repeats in many sets and tracer-gas labels in several, blind27 among them; "
         "kept as a repeat, an extinguisher leak-test label from Türkiye is the new part as far as a search found)",
         firm("Orion Pyrosvestika AE", "GR")),
        ("OZN-08", "export", "GRSEA01", "sea", "GR", [], "EG", "731100",
         "Κύλινδροι αδρανούς αερίου IG-541, μεταχειρισμένοι, από πλοία, 60 τεμ.", "GR", 7200, 60, 3000, "EUR",
         "used IG-541 cylinders are tall 300-bar bottles of nitrogen, argon and CO2, light for their size; these "
         "60 were lifted out of the engine-room fixed systems of ferries broken up at Perama, are filled to 42 bar "
         "with a liquefied gas and still carry 'Halon 1301' plates: recovered halon 1301, a controlled substance "
         "whose export from the Union is banned outside licensed critical uses, from Piraeus to an Alexandria "
         "'fire-system' firm; Greek wording (halon 1301 from ships repeats in several sets and IG-541 labels in many, kept as "
         "a repeat; used ship cylinders from Perama to Egypt are the new part as far as a search found)", {"importer_country": "EG"}),
        ("OZN-09", "import", "HUROAD01", "road", "RS", [], "HU", "391000",
         "Protivpožarna PU pena B1 za zaptivanje prodora, 750 ml, 2.400 limenki", "RS", 2100, 2400, 7200, "EUR",
         "the fire-rated PU foams fire-stopping contractors inject round pipes and cables are blown with "
         "propane-butane and dimethyl ether and come with a fire-test certificate; these 2,400 cans have no "
         "certificate, do not light at the nozzle and their propellant analyses as HCFC-141b and HCFC-22: products "
         "containing HCFCs, whose import into the Union is banned, in a van at Röszke from Subotica for a Szeged "
         "fire-stopping contractor; Serbian Latin wording (HCFCs in PU foam repeat in several sets and B1 foam "
         "labels in a few; kept as a repeat, a fire-stopping foam from Serbia to Hungary is the new part as far as a "
         "search found)", firm("Delta Tűzvédelem Kft.", "HU")),
        ("OZN-10", "import", "SKAIR01", "air", "CN", [], "SK", "846729",
         "Hydraulické vyslobodzovacie nožnice pre hasičov, akumulátorové, 8 ks", "CN", 160, 8, 24000, "USD",
         "a fire-brigade outfitter's air shipment for Žilina: battery rescue shears and helmets are what the "
         "Chinese supplier sends, but the third item's 'ručné aerosólové hasiace prístroje' are 200 1 kg cans that "
         "hiss, spray a liquid that vanishes into a sweet gas and read '1211' stamped under the labels: halon 1211 in "
         "portable extinguishers, products whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, flown from Shanghai to Bratislava; Slovak wording (halon 1211 repeats in many "
         "sets; behind rescue shears and helmets is the new part as far as a search found)",
         dict(firm("Rivage Hasičská Technika s.r.o.", "SK"),
              _more_items=[item("650610", "Hasičské prilby, 100 ks", "CN", 150, 9000, "USD", qty=100),
                           item("842410", "Ručné aerosólové hasiace prístroje, 200 ks", "CN", 260, 1000, "USD",
                                qty=200)])),
    ],
    "cultural": [
        ("CUL-01", "export", "CZROAD01", "road", "CZ", ["DE"], "NL", "842430",
         "Dekorativní replika ruční hasičské stříkačky, nová, 1 ks", "CZ", 900, 1, 3000, "CZK",
         "a decorative replica of a hand fire pump is new, machine-turned and painted; this is a horse-drawn "
         "two-cylinder hand pump of about 1790 with a parish's name and St Florian painted on the box, hand-forged "
         "fittings, worn leather valves and a museum inventory number, from a Bohemian village fire-brigade museum, "
         "sold to a Rotterdam dealer for an American fire-museum buyer: a means of transport over 75 years old and "
         "a protected collection item exported without the EU export licence (Regulation 116/2009) and the Czech "
         "permit, on a lorry from Prague; Czech wording (fire engines repeat twice, blind56 and blind164, as waste; "
         "an antique hand fire pump as a replica was found in no earlier row by a keyword search)",
         {"importer_country": "NL"}),
        ("CUL-02", "export", "NLAIR01", "air", "NL", [], "US", "420500",
         "Decoratieve leren emmers, reproductie, beschilderd, 6 stuks", "NL", 12, 6, 300, "EUR",
         "reproduction fire buckets are new leather with bright printed arms; these six are stiff, cracked, "
         "hand-stitched leather buckets of about 1680 painted with the arms and date of a Holland town hall, from "
         "its attic store, for a Boston collector: cultural goods over 100 years old of the Dutch national heritage, "
         "exported without the EU export licence (Regulation 116/2009), flown from Amsterdam; Dutch wording "
         "(leather fire buckets were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "import", "ITSEA01", "sea", "TN", [], "IT", "780200",
         "Déchets de tuyaux de plomb d'anciens réseaux de sprinklers, 1,4 t", "TN", 1400, None, 1100, "EUR",
         "lead sprinkler pipe scrap is thin, machine-drawn modern tube cut in lengths; these 1.4 t are heavy, "
         "folded, seamed lead pipes with raised cast inscriptions naming Roman officials and a pipe-maker, and "
         "earth in the seams: Roman lead water pipes (fistulae) dug at a Tunisian site, archaeological objects "
         "whose export Tunisia forbids, brought in without the import licence Regulation 2019/880 requires, by sea "
         "from Sfax to Palermo for a metal recycler; Tunisian French wording (Roman fistulae repeat twice, blind197 "
         "and blind301, as lead-pipe scrap, kept as a repeat of the good; a sprinkler-pipe label is the new part as "
         "far as a search found)", firm("Alpina Metalli Srl", "IT")),
        ("CUL-04", "import", "ATROAD01", "road", "RS", [], "AT", "442199",
         "Drvena figura Svetog Florijana za vatrogasne domove, nova, ručni rad, 1 kom", "RS", 28, 1, 250, "EUR",
         "new St Florian figures for fire stations are carved lime wood with bright acrylic paint; this one is "
         "worm-eaten, with layers of chalk ground, gilding and flaking polychromy, iron hooks in its back and an "
         "old inventory label, a baroque (c. 1740) figure removed from a Banat church: a cultural good over 200 "
         "years old brought into the Union without the importer statement Regulation 2019/880 requires and against "
         "Serbia's export rules, in a van at Nickelsdorf for a Graz fire-brigade collector; Serbian Latin wording (a "
         "St Florian figure was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("CUL-05", "import", "DEAIR01", "air", "TR", [], "DE", "841320",
         "El tipi yangın tulumbası, dekoratif, yeni yapım, 2 adet", "TR", 90, 2, 400, "EUR",
         "new decorative hand pumps are bright brass on a painted stand; these two are 19th-century Istanbul "
         "tulumbacı pumps with hand-beaten copper tanks, Ottoman inscriptions with the brigade's name and a tuğra, "
         "dents and old repairs: cultural property whose export Türkiye forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Istanbul to Munich for a fire-brigade museum dealer; "
         "Turkish wording (Ottoman fire-brigade pumps were found in no earlier row by a keyword search)",
         firm("Central Feuerwehr-Historik GmbH", "DE")),
        ("CUL-06", "import", "FRSEA01", "sea", "CN", [], "FR", "830629",
         "青铜太平缸 (消防储水缸), 仿古, 新制, 2件", "CN", 1200, 2, 2400, "USD",
         "new reproduction fire-water vats are sand-cast in one piece with crisp, even decoration; these two are "
         "gilt-bronze vats with lion-mask handles, worn gilding scraped by old fire hooks and a Qianlong-period "
         "foundry mark, of the kind that stood in palace courtyards as a reserve of water against fire: cultural "
         "relics made before 1911 whose export China forbids, brought in without the importer statement "
         "Regulation 2019/880 requires, by sea from Tianjin to Le Havre for a Paris dealer; Chinese wording (bronze "
         "fire-water vats were found in no earlier row by a keyword search)", firm("Horizon Arts d'Asie SARL", "FR")),
        ("CUL-07", "import", "BEAIR01", "air", "CD", [], "BE", "442199",
         "Masques décoratifs en bois, artisanat, 40 pièces", "CD", 160, 40, 800, "USD",
         "a Kinshasa craft air shipment for a Brussels shop: new carved masks and raffia mats are what the "
         "supplier sends, but the third item's 'statuette ancienne, décorative' is a Songye nkisi power figure with "
         "horn, metal studs, sacrificial patina and old field labels, taken from a Kasai village: a cultural good "
         "whose export the Democratic Republic of the Congo forbids, brought in without the importer statement "
         "Regulation 2019/880 requires, hidden as the last item of a three-item declaration, flown from Kinshasa; "
         "Congolese French wording (nkisi figures repeat in several sets, kept as a repeat; behind masks and raffia "
         "mats is the new part as far as a search found)",
         dict(firm("Meridian Arts Africains SA", "BE"),
              _more_items=[item("460129", "Nattes en raphia, 200 pièces", "CD", 120, 600, "USD", qty=200),
                           item("442199", "Statuette ancienne, décorative, 1 pièce", "CD", 9, 80, "USD", qty=1)])),
        ("CUL-08", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Figuras decorativas de cerámica, réplicas mayas, 12 unidades", "GT", 18, 12, 240, "USD",
         "Maya replica figures are new, evenly fired and painted; these 12 are Late Classic Jaina-style "
         "whistles and figurines with root marks, burial earth and a crazed, eroded slip: pre-Columbian "
         "archaeological objects looted in Guatemala, whose export its heritage law forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Guatemala City to Madrid for a dealer; Guatemalan "
         "Spanish wording (Maya figures as replicas repeat in many sets, kept as a repeat; from Guatemala to Madrid "
         "is the new part as far as a search found)", firm("Atlantic Galería SL", "ES")),
        ("CUL-09", "transit", "DEAIR01", "air", "SY", ["DE"], "US", "970390",
         "Decorative stone relief, modern copy, 1 pc", "SY", 60, 1, 300, "USD",
         "a modern copy of a Palmyrene relief is cleanly cut, even and new; this limestone funerary bust has an "
         "Aramaic inscription, root marks, a saw-cut back where it was taken off a tomb wall, and encrusted soil: "
         "a Palmyrene funerary relief (2nd-3rd century) looted from Syria, whose trade Regulation 36/2012 and "
         "Regulation 2019/880 forbid, landed at Frankfurt in transit from Beirut to a New York dealer; English "
         "wording (Palmyrene reliefs repeat in many sets, kept as a repeat; a transit through Frankfurt is the new "
         "part as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "export", "HRSEA01", "sea", "HR", [], "US", "970191",
         "Slika, kopija, ulje na dasci, 1 kom", "HR", 6, 1, 200, "EUR",
         "a copy of an old painting is new oil on a modern board; this is a tempera-and-gold panel of a Madonna "
         "with worm holes, a cradled back and old repairs, a 15th-century Dalmatian altar panel from a church on an "
         "island: a cultural good over 50 years old of the Croatian national heritage, exported without the EU "
         "export licence (Regulation 116/2009), by sea from Rijeka to a Miami collector; Croatian wording (panel "
         "paintings as copies repeat in many sets, kept as a repeat; a Dalmatian altar panel from Rijeka is the new "
         "part as far as a search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KG", "852589",
         "Ugniagesių termovizoriai, rankiniai, 24 vnt.", "LT", 48, 24, 24000, "EUR",
         "firefighters' handheld thermal cameras are rugged 160-320 pixel uncooled cameras at 9 Hz; these 24 "
         "boxes hold 640x512 cooled mid-wave thermal cores with continuous-zoom lenses and no fire-service housing, "
         "at 30,000 EUR each on the maker's list, for a Bishkek 'fire-equipment' firm whose freight goes on to "
         "Moscow: thermal imaging cameras and cores (dual-use 6A003), on the list whose export to Russia "
         "Regulation 833/2014 forbids, exported without a licence and for re-export, flown from Vilnius; Lithuanian "
         "wording (thermal cores under fire-camera labels repeat in many sets, kept as a repeat; via Kyrgyzstan from "
         "Lithuania is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "FIROAD01", "road", "FI", [], "KZ", "848210",
         "Laakerit, pallolaakerit, teollisuus, 8 000 kpl", "FI", 3200, 8000, 24000, "EUR",
         "industrial ball bearings for a Kazakh cement plant would come in the maker's boxes at that value; "
         "these are high-precision angular-contact spindle bearings for machine tools and aero engines, each "
         "worth ten times the declared price, consigned to an Almaty firm set up last year whose address is a "
         "Moscow forwarder's: bearings (8482) on the list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, on a lorry from Vainikkala; Finnish wording (bearings to Russia "
         "via Kazakhstan repeat in many sets, kept as a repeat; from Finland by road is the new part as far as a "
         "search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "SIAIR01", "air", "SI", [], "AE", "880699",
         "Gasilski droni za izvidovanje požarov, 6 kosov", "SI", 180, 6, 30000, "EUR",
         "fire-reconnaissance drones are light quadcopters with a thermal camera and 40 minutes' flight; these "
         "six are fixed-wing VTOL airframes with 6 h endurance, a 5 kg payload bay, encrypted datalinks and "
         "stabilised gimbals, sold by their maker only under licence, for a Dubai 'fire-services' reseller whose "
         "orders go on to Russia: unmanned aerial vehicles (dual-use 9A012) and goods whose export to Russia "
         "Regulation 833/2014 forbids, exported without a licence, flown from Ljubljana; Slovenian wording (drones "
         "repeat in very many sets, kept as a repeat; a fire-reconnaissance label from Slovenia is the new part as "
         "far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "MM", "870530",
         "Tanklöschfahrzeuge (TLF 4000), neu, 2 Stück", "DE", 36000, 2, 620000, "EUR",
         "fire tenders carry a 4,000 l tank, a pump and lockers of hoses; these two have armoured, window-grilled "
         "cabs, roof-mounted remotely aimed water cannons with dye and irritant dosing and a 9,000 l tank, no pump "
         "or hose lockers: riot-control water-cannon vehicles, equipment for internal repression whose sale to "
         "Myanmar Regulation 401/2013 forbids, from Bremerhaven to Yangon; German wording (water cannons repeat "
         "three times, blind58, blind142, blind169, kept as a repeat; a fire-tender label to Myanmar is the new part "
         "as far as a search found)", {"importer_country": "MM"}),
        ("STR-05", "export", "PLROAD01", "road", "PL", ["LT"], "GE", "870590",
         "Roboty gaśnicze gąsienicowe dla straży pożarnej, zdalnie sterowane, 2 szt.", "PL", 3800, 2, 120000, "EUR",
         "firefighting robots are tracked carriers with a water monitor and a camera; these two have armoured "
         "hulls, a remote weapon-station mount, mine-roller brackets and military datalinks, and the Tbilisi buyer "
         "has no fire-service customers but a forwarder in Vladikavkaz: unmanned ground vehicles specially designed "
         "for military use (ML6, Common Military List) exported without a licence and goods whose re-export to "
         "Russia Regulation 833/2014 forbids, on a lorry through Lithuania; Polish wording (a firefighting-robot "
         "label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-06", "import", "BEAIR01", "air", "AE", [], "BE", "710813",
         "Gold jewellery semi-finished, bars for casting, 20 kg", "AE", 20, None, 600000, "USD",
         "casting grain for jewellers is small, bright pellets of alloyed gold; these 20 kg are two 10 kg cast "
         "bars of 999.9 gold, their refinery stamps ground off but with Russian assay marks visible under a lens, "
         "and an Emirati certificate of origin: gold originating in Russia, whose import into the Union Regulation "
         "833/2014 forbids, flown from Dubai to Antwerp for a diamond-district firm; Emirati English wording "
         "(Russian gold through Dubai repeats in several sets, kept as a repeat; a semi-finished-jewellery label to "
         "Antwerp is the new part as far as a search found)", firm("Orion Gold Trading BV", "BE")),
        ("STR-07", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "630622",
         "ABC-Dekontaminationssets für Feuerwehren, 40 Stück", "AT", 800, 40, 16000, "EUR",
         "fire brigades' decontamination sets are shower tents, pumps and brushes; these 40 cases hold portable "
         "ion-mobility chemical-agent detectors and surface-acoustic-wave nerve-agent monitors at 20,000 EUR each, "
         "for an Istanbul 'fire-equipment' trader whose earlier shipments went on to Tehran: chemical-agent "
         "detection equipment (dual-use 1A004 and 2B351) exported without a licence and goods listed in the Iran "
         "regulation, on a lorry from Vienna; Austrian German wording (CBRN detectors repeat three times, blind60, "
         "blind204, blind274, kept as a repeat; fire-brigade decontamination sets to Türkiye are the new part as far "
         "as a search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "CN", "701963",
         "Tissu de verre pour couvertures anti-feu, rouleaux, 400 m2", "FR", 120, 400, 1600, "EUR",
         "fire-blanket glass cloth is white, silky glass-fibre fabric at a few euros a square metre; these rolls "
         "are black, cold-stored, tacky carbon-fibre fabric pre-impregnated with a toughened epoxy, with the maker's "
         "freezer labels and a tensile grade of the aerospace kind: carbon-fibre prepreg (dual-use 1C010) exported "
         "without the licence Regulation 2021/821 requires, flown from Toulouse to a Xi'an 'fire-safety' importer; "
         "French wording (prepreg repeats in many sets and fire-blanket labels twice, blind182 and blind186, on "
         "other goods; a fire-blanket cloth label on prepreg was found in no earlier row)", {"importer_country": "CN"}),
        ("STR-09", "export", "EEAIR01", "air", "EE", [], "KG", "621010",
         "Tuletõrjujate keemiakaitseülikonnad, 300 tk", "EE", 900, 300, 9000, "EUR",
         "firefighters' hazmat suits are gas-tight, yellow or green butyl suits worn with breathing apparatus; "
         "these 300 are camouflage-printed, carbon-lined military CBRN overgarments with NATO stock numbers, "
         "respirator hoods and boots, for a Bishkek 'fire-equipment' firm whose freight goes to Russia: protective "
         "equipment specially designed for military use (ML10/ML13-type CBRN equipment) exported without a licence "
         "and goods whose export to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording "
         "(hazmat labels once, blind176; fire-brigade hazmat suits on military CBRN suits were found in no earlier "
         "row by a keyword search)", {"importer_country": "KG"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "TR", "400941",
         "Manichette antincendio DN 45, nuove, 2.000 pezzi", "IT", 8000, 2000, 30000, "EUR",
         "a fire-equipment dealer's container for Mersin: new fire hoses and branch nozzles are what Genoa "
         "dealers ship, but the third item's 'pressostati per impianti sprinkler' are 120 high-accuracy "
         "corrosion-resistant pressure transducers with nickel-alloy diaphragms for UF6, at 3,000 EUR each, for an "
         "Iranian end user behind the Turkish buyer: pressure transducers (dual-use 2B230) listed in the Iran "
         "regulation and exported without a licence, hidden as the last item of a three-item declaration, from "
         "Genoa; Italian wording (pressure transducers repeat in several sets; sprinkler pressure switches behind "
         "fire hoses are the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("842490", "Lance antincendio, 500 pezzi", "IT", 900, 12000, "EUR", qty=500),
                           item("902620", "Pressostati per impianti sprinkler, 120 pezzi", "IT", 60, 1800, "EUR",
                                qty=120)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "842410",
         "Used fire extinguishers for refilling, 9 kg, 120 pcs", "NG", 1800, 120, 900, "USD",
         "used extinguishers for refilling carry a little powder, rattle and are light when empty; these 120 "
         "cylinders are heavy and silent, their heads have been cut and re-welded, and each is packed with dry, "
         "overlapping keratin scales: about 1.2 t of pangolin scales (Phataginus and Smutsia spp., CITES App. I) "
         "without CITES documents, landed at Brussels in transit from Lagos to Hanoi; Nigerian English wording "
         "(pangolin scales repeat in very many sets, kept as a repeat; inside extinguisher cylinders in transit "
         "through Brussels is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-02", "import", "NLSEA01", "sea", "MY", [], "NL", "441821",
         "Kusen pintu kalis api, kayu meranti, 1,800 unit", "MY", 27000, 1800, 32000, "USD",
         "meranti frames for fire doors are reddish, coarse and light; these 1,800 frames are pale, straw-coloured, "
         "fine and even-grained with a faint unpleasant smell when planed: ramin (Gonystylus spp., CITES App. II) "
         "without CITES documents, by sea from Port Klang to Rotterdam for a fire-door maker; Malay wording (ramin "
         "under meranti labels repeats in many sets, kept as a repeat; fire-door frames are the new part as far as "
         "a search found)", firm("Nordhafen Branddeuren BV", "NL")),
        ("WLF-03", "import", "ITAIR01", "air", "NP", [], "IT", "631090",
         "Fire blankets of wool, handmade, 30 pcs", "NP", 6, 30, 300, "USD",
         "wool fire blankets are heavy, felted, treated and grey-brown; these 30 are gossamer, fawn shawls that "
         "pass through a ring, of hairs with the fine scale pattern of chiru underfur: shahtoosh from Tibetan "
         "antelope (Pantholops hodgsonii, CITES App. I) without CITES documents, flown from Kathmandu to Milan for "
         "a fashion buyer; Nepali English wording (shahtoosh repeats in very many sets, kept as a repeat; a "
         "fire-blanket label was found on other goods twice, blind182 and blind186, and on shahtoosh in no earlier "
         "row)", firm("Alpina Tessuti Srl", "IT")),
        ("WLF-04", "import", "CZAIR01", "air", "ZA", [], "CZ", "853110",
         "Brandmeldsentrales, gebruik, getoets, 20 eenhede", "ZA", 180, 20, 1000, "USD",
         "used fire-alarm control panels are light steel boxes with boards and a battery shelf; these 20 are "
         "heavy for their size, and behind each board lies a wrapped, fibrous, dark-grey cone section with hair "
         "tufts: rhinoceros horn (Ceratotherium simum, CITES App. I for this population's horn trade) without CITES "
         "documents, flown from Johannesburg to Prague for a 'fire-safety' importer; Afrikaans wording (rhino horn "
         "repeats in many sets, kept as a repeat of the good; inside fire-alarm panels was found in no earlier row by "
         "a keyword search)", firm("Vega Požární Systémy s.r.o.", "CZ")),
        ("WLF-05", "import", "DEAIR01", "air", "IN", [], "DE", "440929",
         "அக்னி தடுப்பு பதனிடப்பட்ட மரச் சட்டங்கள், 2 டன்", "IN", 2000, None, 3000, "USD",
         "fire-retardant treated battens are pale softwood with a greenish salt bloom; these are dense, "
         "blood-red, wavy-grained billets that stain water orange and sink: red sanders (Pterocarpus santalinus, "
         "CITES App. II) without CITES documents, flown from Chennai to Frankfurt for a 'fire-protection timber' "
         "firm; Tamil wording (red sanders repeats in many sets, kept as a repeat of the good, and fire-retardant "
         "labels in three on other goods; a fire-retardant batten label was found in no earlier row by a keyword "
         "search)", firm("Meridian Brandschutzholz GmbH", "DE")),
        ("WLF-06", "import", "PLPOST01", "post", "UA", [], "PL", "950300",
         "Іграшки м'які, 3 шт.", "UA", 1.8, 3, 20, "UAH",
         "a parcel of soft toys is light and cold; this one is warm, scratches inside and holds three cloth bags "
         "each with a live, yellow-and-black-shelled tortoise: Testudo horsfieldii (CITES App. II) without CITES "
         "documents or the EU import permit, posted from Kharkiv to a private keeper in Lublin; Ukrainian wording "
         "(live tortoises repeat in many sets, kept as a repeat; a soft-toy parcel from Ukraine is the new part as "
         "far as a search found)", person("Anna Kowalska", "PL")),
        ("WLF-07", "import", "SEAIR01", "air", "AZ", [], "SE", "160432",
         "Qırmızı kürü (qızılbalıq kürüsü), 12 kq", "AZ", 12, None, 1800, "USD",
         "salmon roe is large, orange-red and clear; these tins hold small, grey-black, glossy grains: sturgeon "
         "caviar (Acipenseriformes, CITES App. II) without CITES documents or a catch certificate, flown from Baku "
         "to Stockholm for a delicatessen; Azerbaijani wording (caviar under salmon-roe labels repeats in many "
         "sets, kept as a repeat; from Azerbaijan to Sweden is the new part as far as a search found)",
         firm("Central Delikatess AB", "SE")),
        ("WLF-08", "import", "PTAIR01", "express", "BR", [], "PT", "392690",
         "Bijuterias de resina, peças decorativas, 50 unidades", "BR", 1.2, 50, 60, "USD",
         "resin jewellery is even, light and cast; these 50 pendants are tail feathers and iridescent breast "
         "patches of hyacinth macaw and hummingbirds set in resin: parts of Anodorhynchus hyacinthinus (CITES App. "
         "I) and Trochilidae (App. II) without CITES documents, sent by express from Belém to a private buyer in "
         "Porto; Brazilian Portuguese wording (feather jewellery repeats in several sets, kept as a repeat; macaw "
         "feathers in resin are the new part as far as a search found)", person("João Pereira", "PT")),
        ("WLF-09", "import", "FRAIR01", "air", "MG", [], "FR", "970529",
         "Minéraux et coquillages pour collection, 30 kg", "MG", 30, None, 300, "USD",
         "a shell and mineral lot from Toliara is quartz, celestine and common cowries; this one also holds a "
         "dozen sub-adult radiated tortoise carapaces and stony coral heads: Astrochelys radiata (CITES App. I) "
         "and Scleractinia (App. II) without CITES documents, flown from Antananarivo to Paris for a natural-history "
         "shop; Malagasy French wording (radiated tortoises repeat in many sets, kept as a repeat; carapaces in a "
         "mineral lot are the new part as far as a search found)", firm("Horizon Minéraux SARL", "FR")),
        ("WLF-10", "import", "GRAIR01", "air", "KE", [], "GR", "420222",
         "Handbags, woven sisal, 300 pcs", "KE", 90, 300, 1500, "USD",
         "a Nairobi craft air shipment for an Athens shop: sisal handbags and beaded belts are what the supplier "
         "sends, but the third item's 'carved bone bangles' are 60 bangles of dense, creamy ivory with the "
         "cross-hatched Schreger lines of elephant tusk: elephant ivory (Loxodonta africana, CITES App. I) without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Nairobi to Athens; Kenyan "
         "English wording (ivory as bone repeats in very many sets, kept as a repeat; behind sisal bags to Greece is "
         "the new part as far as a search found)",
         dict(firm("Rivage Handicrafts AE", "GR"),
              _more_items=[item("711719", "Beaded belts, 200 pcs", "KE", 30, 400, "USD", qty=200),
                           item("960190", "Carved bone bangles, 60 pcs", "KE", 5, 120, "USD", qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "CN", "PL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hose-washing disinfection trials)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-77-0012")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "CH", "DE", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "CH", 1.1, 1, 45, "CHF",
     [("PRECURSOR_LICENCE", "DE-BKA-77-0231")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "381300",
     "Waste PFOS-containing fire-fighting foam, 40 drums, for high-temperature incineration at a licensed plant",
     "NO", 8400, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-77-0041")], "notified PFOS foam to a licensed incinerator"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854913",
     "Waste nickel-cadmium batteries from emergency lighting (16 06 02*), for recycling at a licensed plant, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-77-0118")], "notified NiCd batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     15000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-77-006")], "halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "NL-ILT-ODS-77-014")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "CZROAD01", "road", "CZ", "AT", "842430",
     "Hand-drawn fire pump, Bohemia, c. 1800, loan to an Austrian fire-brigade museum", "CZ", 850, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-77-0019")], "historic fire pump exported with the Czech permit"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "420500",
     "Painted leather fire buckets, Holland, c. 1700, 2, sold at auction", "NL", 4, 2, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EGI-EXP-77-0064")], "fire buckets exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "LTAIR01", "air", "LT", "NO", "852589",
     "Cooled mid-wave thermal imaging cores 640x512, 6 units, for a Norwegian coastguard supplier", "LT", 12, 6,
     180000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-77-0031"), ("END_USER_CERTIFICATE", "NO-KV-EUC-77-0008")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATROAD01", "road", "AT", "CH", "902789",
     "Portable chemical-agent detectors, 10 units, for a Swiss civil-protection authority", "AT", 200, 10, 200000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-77-0045"), ("END_USER_CERTIFICATE", "CH-BABS-EUC-77-0012")],
     "dual-use chemical-agent detectors under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "441821",
     "Ramin (Gonystylus bancanus) fire-door frames, 600 units", "MY", 9000, 600, 12000, "USD",
     [("CITES_PERMIT", "MY-MTIB-77-0114")], "App. II ramin products with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "IN", "DE", "440929",
     "Red sanders (Pterocarpus santalinus) mouldings, plantation source, 1 t", "IN", 1000, None, 6000, "USD",
     [("CITES_PERMIT", "IN-DGFT-77-0203")], "App. II red sanders with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privatperson", "PRM-05": "Atlantic Aéro Maintenance SARL",
    "PRM-07": "Alpina Feuerwehrmuseum GmbH", "PRM-09": "Nordhafen Kystvakt Utstyr AS", "PRM-11": "Nordhafen Branddeuren BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # extinguisher makers and refillers, fire-protection contractors and fire-brigade outfitters
    ("380894", "Quaternary-ammonium fire-hose disinfectant, 1 l", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 4), ["USD", "EUR"], 0.9, S),
    ("310540", "ABC extinguishing powder, monoammonium phosphate 40 %, 25 kg bags", "import", ["sea"], ["EG", "CN"], (0.6, 1.2), (10000, 22000), ["USD"], 0.04, S),
    ("842410", "Condensed-aerosol fire-suppression generators, sealed, with certificate", "import", ["air"], ["CN", "RU"], (20, 40), (100, 400), ["USD"], 0.5, S),
    ("381090", "Phosphoric-acid rust-removal gel for extinguisher shells, 5 l", "import", ["road"], ["TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("382499", "Paraffin-gel fuel for extinguisher training pans, 5 l", "import", ["road"], ["CH", "CZ"], (2, 4), (500, 2000), ["EUR", "CHF"], 0.2, S),
    ("382499", "Ammonium-phosphate fire-retardant salt for timber, 1 kg", "import", ["post"], ["GB"], (8, 15), (1, 4), ["GBP"], 1, S),
    ("380894", "Peracetic-acid decontamination concentrate, 5 %, 5 l", "import", ["air"], ["IN", "DE"], (3, 6), (200, 600), ["USD"], 0.2, S),
    ("360490", "Smoke-test pellets with fuse, boxed, for smoke-extraction testing", "import", ["air"], ["KR", "GB"], (15, 30), (50, 200), ["USD"], 20, S),
    ("842410", "Wet-chemical F-class kitchen extinguishers, 6 l, potassium acetate", "import", ["sea"], ["CN", "TR"], (1.2, 2), (4000, 10000), ["USD"], 0.1, S),
    ("842410", "ABC powder extinguishers, 6 kg, with gauge, EN 3", "import", ["sea"], ["CN", "IN"], (1, 1.8), (8000, 20000), ["USD"], 0.1, S),
    ("842410", "AFFF-free foam extinguishers for vehicles, 2 l", "import", ["road"], ["KZ", "UA", "RS"], (6, 12), (300, 1200), ["EUR"], 0.3, S),
    ("842410", "CO2 extinguishers, 5 kg, aluminium", "import", ["sea"], ["CN"], (2, 3.5), (4000, 12000), ["USD"], 0.08, S),
    ("842490", "FK-5-1-12 server-room suppression cylinders, 80 l, with certificate", "import", ["air"], ["US", "IN"], (10, 20), (500, 2000), ["USD"], 0.01, S),
    ("285390", "Helium-nitrogen tracer gas, 50 l cylinders at 200 bar", "import", ["road"], ["TR"], (1, 2), (2000, 5000), ["EUR"], 0.01, S),
    ("761300", "Aluminium breathing-air cylinders, 6.8 l, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 0.2, S),
    ("391000", "Fire-rated silicone sealant for penetrations, 310 ml", "import", ["road"], ["RS", "TR"], (6, 10), (1000, 4000), ["EUR"], 2.5, S),
    ("846729", "Battery hydraulic rescue cutters, fire-brigade grade", "import", ["air"], ["CN", "US"], (60, 120), (100, 400), ["USD"], 0.05, S),
    ("650610", "Firefighters' helmets, EN 443, new", "import", ["air"], ["CN", "PK"], (40, 80), (100, 400), ["USD"], 0.7, S),
    ("381300", "Fluorine-free foam concentrate 3 %, 200 l drums", "import", ["sea"], ["NO", "US"], (2, 4), (8000, 18000), ["USD", "EUR"], None, S),
    ("940561", "LED emergency exit lights with lithium packs, new", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 1.2, S),
    ("441821", "Meranti fire-door frames, FSC", "import", ["sea"], ["MY", "ID"], (1, 2), (15000, 25000), ["USD"], 0.07, S),
    ("870530", "New fire tenders with pump and hose lockers", "import", ["sea"], ["TR", "CN"], (15, 25), (14000, 18000), ["EUR"], None, S),
    ("853110", "Addressable fire-alarm control panels, new", "import", ["air"], ["CN", "GB"], (40, 80), (100, 400), ["USD", "GBP"], 0.1, S),
    ("842410", "Fire-hose reels, 25 m, with hose", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.05, S),
    ("400941", "Rubber-lined fire hoses DN 45, 20 m", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.2, S),
    ("842490", "Fire branch nozzles, aluminium", "import", ["air"], ["IT", "TR"], (10, 20), (100, 400), ["EUR"], 0.6, S),
    ("902620", "Sprinkler-system pressure switches, standard", "import", ["air"], ["US", "CN"], (30, 60), (50, 200), ["USD"], 2, S),
    ("852589", "Firefighters' handheld thermal cameras, 160x120, uncooled", "import", ["air"], ["US", "CN"], (300, 600), (20, 80), ["USD"], 1, S),
    ("880699", "Small quadcopter drones with thermal camera, under 4 kg", "import", ["air"], ["CN"], (100, 200), (50, 200), ["USD"], 0.3, S),
    ("630622", "Decontamination shower tents with pumps, fire-brigade", "import", ["road"], ["CZ", "TR"], (8, 15), (500, 2000), ["EUR"], 0.02, S),
    ("701963", "Glass-fibre fire-blanket cloth, rolls", "import", ["sea"], ["CN", "IN"], (2, 4), (3000, 8000), ["USD"], None, S),
    ("621010", "Firefighters' gas-tight hazmat suits, butyl", "import", ["air"], ["CN", "US"], (40, 80), (100, 400), ["USD"], 0.1, S),
    ("631090", "Wool-felt fire blankets, treated, 1.2 x 1.8 m", "import", ["sea"], ["CN", "PK"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("442199", "Carved lime-wood St Florian figures, new", "import", ["post"], ["RO", "UA"], (40, 80), (1, 3), ["EUR"], 0.5, S),
    ("841320", "Decorative brass hand pumps, new", "import", ["air"], ["TR", "IN"], (10, 20), (50, 200), ["EUR", "USD"], 0.1, S),
    ("830629", "New cast-bronze garden water vats", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 0.005, S),
    ("420500", "Reproduction painted leather fire buckets", "import", ["express"], ["US", "IN"], (30, 60), (1, 3), ["USD"], 0.7, S),
    ("842430", "Garden hand-pump sprayers, plastic", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.5, S),
    ("701090", "Reproduction glass 'fire grenade' decorative bottles, empty", "import", ["post", "express"], ["US", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("780411", "Lead flashing sheet rolls, new, for roofing", "import", ["road"], ["RS", "BA"], (2.5, 4), (5000, 20000), ["EUR"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Ceramic pie birds", "import", ["post", "express"], ["GB", "PT"], (15, 30), (1, 3), ["GBP", "EUR"], 15, N),
        ("630790", "Quilted cloth tortilla warmers", "import", ["sea"], ["MX", "GT"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("460212", "Rattan bread-proofing baskets", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("701349", "Glass lemon squeezers", "import", ["sea"], ["CN", "TR"], (1, 2), (3000, 8000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind305", 20770101, HERE)


if __name__ == "__main__":
    main()
