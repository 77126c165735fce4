#!/usr/bin/env python3
"""Writes the eighty-eighth blind set (tests/risk/data/blind88-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2040, with goods, routes,
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
declaration would. Ids are BL88-*:

    python3 tests/risk/data/make_blind88_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLPOST01", "post", "UA", [], "PL", "330499",
         "Крем для відбілювання черепів мисливських трофеїв, 6 %, 6 x 1 кг", "UA", 6.9, 6, 1800, "UAH",
         "hunters whiten trophy skulls with a 6 % peroxide cream or a powder paste that stays where it is brushed; these six "
         "tubs hold a water-thin liquid at 1.13 kg/l that vents through the lids and whitens the skin: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), posted from Lviv to a private person in Rzeszów; Ukrainian wording (hydrogen "
         "peroxide repeats in many sets; a trophy-skull whitening cover was found in no earlier row)",
         person("Osoba prywatna", "PL")),
        ("PRE-02", "import", "ATAIR01", "express", "US", [], "AT", "350691",
         "Plastic model cement, extra thin, for scale kits, 4 x 1 qt", "US", 4.4, 4, 70, "USD",
         "thin model cement is a dichloromethane or MEK-based solvent sold in 30 ml bottles with a brush; these four quarts "
         "smell faintly fruity, do not soften polystyrene and the inner caps read 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Ohio to a private person in Linz, although flammable liquids travel by express only as "
         "declared dangerous goods; US English wording (nitromethane repeats in many sets; a model-kit cement cover was "
         "found in no earlier row)", person("Herr F. Leitner", "AT")),
        ("PRE-03", "import", "HRROAD01", "road", "BA", [], "HR", "381010",
         "Soli za toplo bruniranje oružja, 10 x 1 kg", "BA", 10, 10, 120, "EUR",
         "hot-bluing salts are a caustic soda and nitrate mix that cakes and draws damp; these ten tins hold dry, glossy "
         "white crystals that stay loose, flare violet when a grain meets a match and the inner bags read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), in a private car at Bijača for a private person in Metković who "
         "keeps no gun workshop; Bosnian wording (potassium perchlorate repeats in many sets and bluing salts covered "
         "potassium nitrate in blind21; perchlorate as hot-bluing salts by road from Bosnia is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-04", "import", "SKROAD01", "road", "UA", [], "SK", "250100",
         "Соляні лизунці для худоби, розсипні, 10 x 2 кг", "UA", 20, 10, 900, "UAH",
         "cattle licks are pressed grey or red blocks of rock salt with minerals; these ten bags hold loose, fine, faintly "
         "yellow crystals that draw damp and spit on a hot stove, with 'NaClO3' on the inner liners: sodium chlorate "
         "(Annex I above 40 %), in a private car at Vyšné Nemecké for a private person in Michalovce who keeps no "
         "cattle; Ukrainian wording (sodium chlorate repeats in many sets and a deer salt-lick cover appears once; a "
         "cattle-lick cover by car from Ukraine to Slovakia is the new part)", person("Súkromná osoba", "SK")),
        ("PRE-05", "import", "BGSEA01", "sea", "GE", [], "BG", "310260",
         "კალციუმის ნიტრატი ჰიდროპონიკისთვის, 5 კგ ტომრები, 18 ტ", "GE", 18000, 3600, 7200, "USD",
         "calcium nitrate for hydroponics is a slightly grey granule that turns to slush in damp air and holds 15.5 % N; "
         "these 5 kg retail bags hold white prills that stay dry, turn ice-cold in water and read 'NH4NO3 34.4 % N' on the "
         "mill certificate, bound for a Varna DIY chain that sells them over the counter: ammonium nitrate (Annex I at "
         "16 % N or more) made available to the general public; Georgian wording (ammonium nitrate repeats in many sets "
         "and calcium-nitrate covers in several; by sea from Poti to Varna in Georgian is the new part)",
         firm("Gradina Plus EOOD", "BG")),
        ("PRE-06", "import", "ITPOST01", "post", "CH", [], "IT", "282739",
         "Mordenzante per lastre di rame (percloruro ferrico), 4 x 1 l", "CH", 5.6, 4, 60, "CHF",
         "ferric chloride etchant is a dark brown liquid that stains everything orange; these four litres are "
         "water-clear to pale yellow, give off brown fumes when opened and yellow the skin, at 1.40 kg/l: about 65 % "
         "nitric acid (Annex I above 3 %), posted from Lugano to a private person in Como who makes no prints, although "
         "corrosive liquids may not go by post; Swiss Italian wording (nitric acid repeats in many sets and etchant "
         "covers in several; ferric chloride for intaglio plates posted from Ticino is new as far as a search found)",
         person("Privato", "IT")),
        ("PRE-07", "import", "SEAIR01", "express", "TW", [], "SE", "382499",
         "Anodizing electrolyte, ready to use 15 %, for bicycle parts, 6 x 1 L", "TW", 11, 6, 3000, "TWD",
         "ready-to-use anodising baths are about 15 % sulphuric acid at 1.1 kg/l; these six litres weigh 1.84 kg/l, are "
         "oily and char a paper label at once: about 96 % sulphuric acid (Annex I above 15 %), sent by express from "
         "Taichung to a private person in Uppsala, although corrosive liquids travel by express only as declared "
         "dangerous goods; English wording from Taiwan (sulphuric acid repeats in many sets and an anodising-dye cover "
         "appears once; a 'ready-to-use' electrolyte for bicycle parts from Taiwan is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-08", "import", "DEPOST01", "post", "GB", [], "DE", "291813",
         "Cream of tartar (potassium bitartrate), baking grade, 5 x 1 kg", "GB", 5, 5, 30, "GBP",
         "cream of tartar is a fine, dull white powder that tastes sour; these five bags hold glossy crystals that do not "
         "taste sour, spit violet sparks on a hot pan and carry CAS 3811-04-9 on the inner bags: potassium chlorate "
         "(Annex I above 40 %), posted from Leeds to a private person in Bielefeld who buys 'baking' powder by the 5 kg; "
         "British English wording (potassium chlorate repeats in many sets and cream-of-tartar covers in at least two, "
         "once by post from the US to Ireland; by post from Britain to Germany is the only new part)", person("Privatperson", "DE")),
        ("PRE-09", "import", "GRROAD01", "road", "TR", [], "GR", "330510",
         "Kuaför siparişi: şampuan, 20 x 1 l", "TR", 21, 20, 2400, "TRY",
         "a hairdresser's road order: shampoo and hair dye are what salons buy, but the third item's 'oksidan krem 6 %' "
         "is not a cream: four 25 kg jerrycans of water-thin liquid at 1.20 kg/l that vent through the caps, labelled "
         "inside 'H2O2 %50': 50 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item "
         "declaration, in a van at Kipoi for a private person in Alexandroupoli who runs no salon; Turkish wording "
         "(hydrogen peroxide repeats in many sets and hair-developer covers in several; as the last item of a salon order "
         "by road from Türkiye to Greece is the new part)",
         dict(person("Idiotis", "GR"),
              _more_items=[item("330590", "Saç boyası, 60 ml, 200 adet", "TR", 14, 3000, "TRY", qty=200),
                           item("330590", "Oksidan krem 6 %, 4 x 25 l", "TR", 120, 1200, "TRY", qty=4)])),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "282751",
         "溴化钠 热水浴缸消毒剂, 1 kg 罐装, 20 吨", "CN", 20000, 20000, 30000, "USD",
         "sodium bromide spa sanitiser is a white powder dosed with an oxidiser, sold at several euros a kilo; these "
         "20,000 one-kilo tubs hold crystals that give no bromide test, flare yellow on a hot plate and whose shipping "
         "documents read 'NaClO3 99.5 %', at 1.50 USD/kg, for a Łódź web shop selling to the public: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public; Chinese wording (sodium chlorate repeats in many "
         "sets and hot-tub covers in a few; a rail container of retail tubs to a Polish web shop is the new part)",
         firm("Orion Distribution Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "IN", "690919",
         "Keramische kogels voor kolomvulling, inert, gebruikt, 60 big bags", "BE", 54000, 60, 5400, "EUR",
         "inert ceramic support balls are white or tan and sold by the tonne for reuse after screening; these big bags "
         "hold grey-black extrudates and pellets that smell of sulphur and self-heat when damp, from a refinery's "
         "hydrotreater change-out: spent nickel-molybdenum catalyst (16 08 02*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Mumbai 'tower packing' dealer; Flemish wording (spent catalysts repeat in "
         "many sets and alumina support balls covered them at least once; from Antwerp to Mumbai in Flemish is the new part)", {"importer_country": "IN"}),
        ("WST-02", "export", "ESROAD01", "road", "ES", [], "MA", "870310",
         "Carritos de golf eléctricos usados, revisados, con baterías, 36 uds.", "ES", 14400, 36, 7200, "EUR",
         "refurbished golf carts are sold with new batteries, a charger and a warranty at 2,000-4,000 EUR each; these 36 "
         "from a closed Costa del Sol course have cracked bodies, seized motors and lead-acid packs that leak acid onto "
         "the trailer floor, at 200 EUR each: end-of-life vehicles with lead-acid batteries (16 01 04*, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, on a trailer through Algeciras for a Tangier "
         "'golf-cart importer'; Spanish wording (scrapped golf carts with lead batteries appear once, in a development set in German; by trailer "
         "from Spain to Morocco in Spanish is the new part)", {"importer_country": "MA"}),
        ("WST-03", "export", "PLSEA01", "sea", "PL", [], "VN", "281700",
         "Tlenek cynku surowy 60 %, do szkliw ceramicznych, 200 t", "PL", 200000, None, 30000, "EUR",
         "zinc oxide for glazes is a fine white powder of 99 %; this is a brown-grey, heavy dust that smells of metal and "
         "carries lead, cadmium and chlorides, scraped from a steel works' bag filters, at 0.15 EUR/kg: electric-arc "
         "furnace dust (10 02 07*), hazardous waste whose export to a non-OECD country is banned, from Gdańsk for a "
         "Haiphong 'glaze maker'; Polish wording (furnace dust and crude zinc oxide repeat in several sets; from Poland to "
         "Vietnam as a glaze material is the new part)", {"importer_country": "VN"}),
        ("WST-04", "export", "ROSEA01", "sea", "RO", [], "GE", "380210",
         "Cărbune activ regenerat, granulat, 40 big bag-uri", "RO", 24000, 40, 4800, "EUR",
         "reactivated carbon comes from a kiln, dust-free and with an iodine number on the certificate; these bags hold "
         "wet, unregenerated granules from a gas plant's mercury guard beds, with droplets of metal visible at the bottom "
         "of a sample jar: spent activated carbon with mercury (06 13 02*, 05 07 01*), hazardous waste whose export to a "
         "non-OECD country is banned, from Constanța for a Poti 'water-filter maker'; Romanian wording (spent carbon "
         "repeats in a few sets; mercury guard beds from Romania to Georgia were found in no earlier row)",
         {"importer_country": "GE"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CI", "321511",
         "Encres d'imprimerie offset, fin de série, 80 fûts", "FR", 16000, 80, 1600, "EUR",
         "end-of-line offset inks are sold in sealed tins with their colour name and a batch at several euros a kilo; "
         "these open drums hold skinned ink mixed with wash-up solvent and rags from a closed printing works near Lille, "
         "at 0.10 EUR/kg: waste ink and solvent with dangerous substances (08 03 12*, 14 06 03*), hazardous waste whose "
         "export to a non-OECD country is banned, from Le Havre for an Abidjan 'printer'; French wording (waste "
         "printing ink appears once, blind54; offset ink sold as end-of-line stock to Côte d'Ivoire is the new part)",
         {"importer_country": "CI"}),
        ("WST-06", "export", "SKRAIL01", "rail", "SK", [], "UA", "340319",
         "Separačný olej na betónové formy, 4 cisternové vozne", "SK", 220000, 4, 11000, "EUR",
         "form-release oil for concrete moulds is a clear, light mineral or vegetable oil sold with a data sheet; these "
         "tank wagons hold black, water-laden used engine and hydraulic oil collected from garages, with 40 ppm PCB in "
         "the analysis, at 0.05 EUR/kg: waste mineral oil (13 02 05*, 13 01 01*), hazardous waste whose export to a "
         "non-OECD country is banned, by rail from Čierna nad Tisou for an Uzhhorod 'precast-concrete plant'; Slovak "
         "wording (waste oil repeats in many sets; a form-release oil cover was found in no earlier row)",
         {"importer_country": "UA"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "IN", "250410",
         "Naturgraphit, Pulver, für Bleistiftminen, 48 t", "DE", 48000, None, 24000, "EUR",
         "natural graphite for pencil leads is a grey, soft, greasy powder with a carbon assay; this black powder is "
         "heavier, smells of solvent, fizzes in water and assays 20 % nickel, cobalt, manganese and lithium with "
         "fluoride: black mass from shredded lithium-ion batteries (hazardous, 16 06 06* class), whose export to a "
         "non-OECD country is banned, from Hamburg for a Chennai 'pencil maker'; German wording (black mass repeats in "
         "several sets, as graphite in some; the pencil-lead cover and the route to Chennai are the new part)",
         {"importer_country": "IN"}),
        ("WST-08", "transit", "NLSEA01", "sea", "GB", ["NL"], "TG", "731010",
         "Reconditioned steel drums, 200 l, cleaned, 4,000 pcs", "GB", 72000, 4000, 8000, "GBP",
         "reconditioned drums are shot-blasted, tested and repainted, dry inside; these are dented, unwashed and still "
         "hold litres of pesticide and solvent residue each, from a farm-chemicals depot: packaging containing residues of "
         "dangerous substances (15 01 10*), hazardous waste whose export from Britain to a non-OECD country is banned and "
         "whose transit through the Union had no notification, landed at Rotterdam in transit for a Lomé 'drum dealer'; "
         "English wording (contaminated drums repeat in several sets; in transit through Rotterdam from Britain to Togo "
         "is the new part)", {"importer_country": "TG"}),
        ("WST-09", "export", "GRROAD01", "road", "GR", [], "AL", "681182",
         "Φύλλα επικάλυψης από ινοτσιμέντο, μεταχειρισμένα, χωρίς αμίαντο, 22 τ", "GR", 22000, None, 880, "EUR",
         "asbestos-free fibre-cement sheets are light grey with a 'NT' stamp and date from after 2005; these were "
         "stripped from 1970s poultry sheds near Ioannina, are broken, mossy and stamped 'AC', and crumble at the "
         "edges: construction material containing asbestos (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, by lorry through Kakavia for a Gjirokastër 'builder'; Greek wording (asbestos sheets "
         "repeat in many sets; by road from Greece to Albania in Greek is the new part)", {"importer_country": "AL"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "262030",
         "Abrasivo de escória de cobre, novo, para decapagem, 30 t", "PT", 30000, None, 1500, "EUR",
         "new copper-slag abrasive is a clean, black, glassy grit in sealed bags with a grading certificate; these bags "
         "hold used grit from a Setúbal shipyard dry dock, mixed with paint flakes that test positive for tributyltin and "
         "copper antifouling, at 0.05 EUR/kg: spent blasting grit with dangerous substances (12 01 16*), hazardous waste "
         "whose export to a non-OECD country is banned, for a Luanda 'shipyard supplier'; Portuguese wording (spent "
         "copper-slag grit from shipyards repeats in several sets, once as grit 'for re-use' to India; from a Portuguese dry "
         "dock to Angola as new grit is the new part)",
         {"importer_country": "AO"}),
    ],
    "ozone": [
        ("ODS-01", "import", "GRSEA01", "sea", "CN", [], "GR", "853180",
         "Κόρνες αέρος για γήπεδα, HFO-1234ze, 12 000 τεμ.", "CN", 4800, 12000, 9600, "USD",
         "stadium air horns sold in the Union are charged with HFO-1234ze or a non-flammable blend; these 12,000 cans "
         "carry only a Chinese safety label, the can bases are stamped 'R12' and the gas boils at -30 °C: CFC-12, an "
         "ozone-depleting substance whose import, in bulk or in products, is banned (Regulation 2024/590), by sea to "
         "Piraeus for an Athens football-supplies firm; Greek wording (air horns appear in earlier sets with HFC-134a "
         "(F-gas rules); CFC-12 in horns under an HFO label was found in no earlier row)",
         firm("Kerkida Athlitika AE", "GR")),
        ("ODS-02", "import", "ROROAD01", "road", "RS", [], "RO", "340399",
         "Agent de demulare pentru matrițe de anvelope, spray, 400 ml, 480 buc.", "RS", 240, 480, 1900, "EUR",
         "tyre-mould release sprays in Europe are silicone emulsions in water or hydrocarbon propellant; these 480 cans "
         "evaporate in seconds without a flammable flash, smell faintly of ether and the carton code reads "
         "'HCFC-141b': an ozone-depleting substance whose import, in bulk or in products, is banned (Regulation "
         "2024/590), by road from Niš for a Timișoara tyre-retreading works; Romanian wording (HCFC-141b repeats in "
         "many sets and mould releases in two; tyre-mould release by road from Serbia to Romania is the new part)",
         firm("Resapare Anvelope Banat SRL", "RO")),
        ("ODS-03", "import", "NLSEA01", "sea", "IN", [], "NL", "281121",
         "Carbon dioxide, food grade, for controlled-atmosphere grain stores, 60 cylinders", "IN", 3000, 60, 1800, "USD",
         "CO2 for controlled-atmosphere storage comes in 50 kg steel cylinders at 60 bar; these 60 cylinders are lighter, "
         "hold a liquid that boils at 4 °C, smell faintly of chloroform, and their valve tags read 'CH3Br 100 %': methyl "
         "bromide, an ozone-depleting substance whose import is banned outside narrow exemptions (Regulation "
         "2024/590), by sea from Nhava Sheva for a Rotterdam grain-storage firm; Indian English wording (methyl bromide "
         "repeats in many sets; a controlled-atmosphere CO2 cover was found in no earlier row)",
         firm("Horizon Graanopslag BV", "NL")),
        ("ODS-04", "import", "ITAIR01", "express", "US", [], "IT", "842410",
         "Plumbed fire-suppression system for race cars, 4 kg bottle, Novec 1230, 6 sets", "US", 42, 6, 4800, "USD",
         "motorsport suppression systems sold today carry Novec 1230 or AFFF in a light bottle at about 4 bar; these six "
         "bottles are pressurised to 25 bar with nitrogen, the agent is a gas at room temperature and the old dealer "
         "stickers under the new ones read 'Halon 1301': halon 1301 in fire-protection equipment, whose import is banned "
         "outside listed critical uses (Regulation 2024/590), sent by express from North Carolina to a private racer near "
         "Monza; US English wording (halon 1301 repeats in many sets, race-car systems in a few and Novec 1230 labels in two; "
         "a plumbed motorsport system by express from the US to Monza is the new part)", person("Sig. M. Bianchi", "IT")),
        ("ODS-05", "import", "ATPOST01", "post", "AU", [], "AT", "284180",
         "Sodium polytungstate heavy liquid, density 1.6, for fossil separation, 4 x 1 l", "AU", 6.4, 4, 180, "AUD",
         "sodium polytungstate solution is a non-volatile aqueous liquid that dries to white crystals; these four litres "
         "evaporate within minutes, smell sweet and dissolve grease, at 1.59 kg/l, and the inner bottles read 'CCl4': "
         "carbon tetrachloride, an ozone-depleting substance whose import is banned outside feedstock, laboratory and "
         "a few listed uses (Regulation 2024/590), posted from Perth to a private fossil collector in Leoben; Australian "
         "English wording (carbon tetrachloride repeats in many sets and heavy-liquid covers in a few; a polytungstate "
         "label posted from Australia is the new part)", person("Privatperson", "AT")),
        ("ODS-06", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841869",
         "软冰淇淋机, 台式, R-290 环保冷媒, 40 台", "CN", 4800, 40, 24000, "USD",
         "countertop soft-serve machines sold in the Union run on R-290 with 150 g of charge and a flammable-gas "
         "warning; these 40 carry no such warning, hold 1.2 kg each, and the compressor plates read 'R22': equipment "
         "containing HCFC-22, whose import is banned (Regulation 2024/590), by rail from Chongqing for a Warsaw catering "
         "supplier; Chinese wording (soft-serve machines with R-22 appear in blind51 and HCFC-22 in many sets; by rail "
         "to Poland under an R-290 label is the new part)", firm("Meridian Gastro Sp. z o.o.", "PL")),
        ("ODS-07", "import", "IEPOST01", "post", "US", [], "IE", "381400",
         "Wallpaper adhesive remover, solvent, 6 x 1 qt", "US", 7.5, 6, 90, "USD",
         "wallpaper removers are enzyme or surfactant liquids mixed with hot water; these six quarts are a heavy, "
         "sweet-smelling solvent at 1.32 kg/l that boils at 74 °C and the drum-lot code reads '1,1,1-TCA': methyl "
         "chloroform, an ozone-depleting substance whose import is banned (Regulation 2024/590), posted from Ohio old "
         "stock to a private person in Cork; US English wording (methyl chloroform repeats in many sets; as a "
         "wallpaper-adhesive remover posted to Ireland is new as far as a search found)", {"consignee_name": "Private individual", "importer_country": "IE"}),
        ("ODS-08", "import", "ESAIR01", "express", "PK", [], "ES", "382499",
         "Spray refrigerante para prueba de vitalidad pulpar, R-134a, 60 x 200 ml", "PK", 18, 60, 420, "USD",
         "pulp-testing cold sprays in Europe use tetrafluoroethane or propane-butane; these 60 cans from a Sialkot "
         "dental-instrument maker reach -50 °C, the canister code reads 'R12/R114' and the price is a third of the "
         "usual: CFC-12 and CFC-114, ozone-depleting substances whose import, in products, is banned (Regulation "
         "2024/590), sent by express to a Murcia dental supplies shop; Spanish wording (freeze sprays repeat in several "
         "sets; a dental pulp-test spray from Pakistan is new as far as a search found)",
         firm("Suministros Dentales Segura SL", "ES")),
        ("ODS-09", "import", "SISEA01", "sea", "VN", [], "SI", "390729",
         "Polyol pha sẵn cho tấm panel cách nhiệt, chất tạo bọt cyclopentane, 80 thùng", "VN", 17600, 80, 35000, "USD",
         "cyclopentane-blown polyol premix is shipped with flammable-liquid labels and smells of petrol; these 80 drums "
         "carry no flammable label, smell sweet and ether-like, and the blowing agent boils at 24 °C: a polyol premix "
         "blown with CFC-11, an ozone-depleting substance whose import, in mixtures, is banned (Regulation 2024/590), "
         "by sea from Haiphong to Koper for a Celje sandwich-panel maker; Vietnamese wording (CFC-11 in polyol repeats "
         "in several sets; from Vietnam to Slovenia in Vietnamese is the new part)", firm("Panel Savinja d.o.o.", "SI")),
        ("ODS-10", "export", "HRROAD01", "road", "HR", [], "BA", "842410",
         "Boce za gašenje požara FM-200, rabljene, servisirane, 24 kom", "HR", 1920, 24, 7200, "EUR",
         "serviced FM-200 (HFC-227ea) cylinders carry a recent test date and a pressure of 25-42 bar; these 24 were "
         "removed from a decommissioned Split server room built in 1992, are painted red under the new white labels and "
         "the old stamps read 'Halon 1301': halon 1301 in fire-protection equipment, whose export is banned "
         "(Regulation 2024/590), by road through Bijača for a Mostar fire-safety firm; Croatian wording (halon 1301 "
         "repeats in many sets and FM-200 labels in several; exported from Croatia to Bosnia is the new part)",
         {"importer_country": "BA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "AE", [], "NL", "691200",
         "قوالب معمول من الطين، مصنوعة يدوياً، 40 قطعة", "IQ", 12, 40, 400, "USD",
         "clay ma'amoul moulds are new, carved with a star or a flower and fired pale; these 40 are small, flat, "
         "sun-dried pillows of clay covered in wedge-shaped signs, with old museum-style numbers in ink on some: "
         "cuneiform tablets from Iraq, whose trade is banned (Regulation 1210/2003, UNESCO 1970), flown from Dubai to "
         "Amsterdam for a 'kitchenware' trader; Arabic wording (cuneiform tablets repeat in several sets, via Dubai "
         "among them; a ma'amoul-mould cover was found in no earlier row)", firm("Delta Import BV", "NL")),
        ("CUL-02", "import", "BGROAD01", "road", "TR", [], "BG", "680299",
         "Antika görünümlü bahçe döşeme taşı, mozaik, 12 m²", "TR", 1800, 12, 600, "EUR",
         "antique-look garden mosaics are made of new cubes set in mesh with cement; these panels are ancient tesserae in "
         "lime mortar, cut into squares with an angle grinder from a figured floor with a Greek inscription and "
         "Syrian dust in the joints, declared as Turkish work: a Roman floor mosaic from Syria, whose trade is banned (Regulation 36/2012, UNESCO "
         "1970), by lorry at Kapitan Andreevo for a Plovdiv garden centre; Turkish wording (Syrian mosaics repeat in "
         "several sets; cut up as garden paving by road to Bulgaria is the new part)", firm("Gradina Dekor OOD", "BG")),
        ("CUL-03", "import", "SEAIR01", "express", "ET", [], "SE", "830629",
         "የናስ መስቀል፣ የመታሰቢያ ዕቃ፣ 1 ቁራጭ", "ET", 2.4, 1, 40, "USD",
         "souvenir brass crosses from Addis markets are cast, bright and light; this 60 cm cross is hand-forged, worn "
         "smooth by hands, with a socket for a staff and a painted panel of saints in the centre: a processional cross of "
         "a highland church, centuries old, that Ethiopia forbids to export without its heritage authority's permit "
         "(UNESCO 1970), sent by express from Addis Ababa to a private collector in Göteborg; Amharic wording "
         "(Ethiopian processional crosses as brass craft or decoration repeat in several sets; kept as a repeat, an "
         "Amharic-worded express parcel to Sweden is the new part)",
         person("Privatperson", "SE")),
        ("CUL-04", "import", "DESEA01", "sea", "IN", [], "DE", "940360",
         "नक्काशीदार लकड़ी का फर्नीचर, नया, 1 कंटेनर", "IN", 6000, 120, 18000, "USD",
         "a furniture container from Kolkata: new carved chests and tables are what it holds, but the last item's "
         "'carved window frames, new' are eight blackened roof struts with many-armed deities, carved from one piece, "
         "with the nail holes and soot of a temple roof: tunala struts taken from a Kathmandu valley temple, cultural "
         "property that Nepal forbids to export (UNESCO 1970), hidden as the last item of a two-item declaration for a "
         "Hamburg 'Asian furniture' shop; Hindi wording (Nepalese temple struts repeat in several sets; "
         "in an Indian furniture container to Hamburg is the new part)",
         dict(firm("Atlantic Möbel Import GmbH", "DE"),
              _more_items=[item("441819", "नक्काशीदार खिड़की के फ्रेम, नए, 8", "IN", 240, 400, "USD", qty=8)])),
        ("CUL-05", "import", "ESAIR01", "air", "BO", [], "ES", "711420",
         "Candeleros de metal plateado, estilo colonial, 6 piezas", "BO", 38, 6, 300, "USD",
         "silver-plated colonial-style candlesticks are cast brass with a thin shiny plating; these six are heavy, "
         "solid, hand-chased silver with Potosí assay marks and wax and soot of a church altar: colonial church silver "
         "of the 17th-18th century that Bolivia forbids to export (UNESCO 1970), flown from Santa Cruz to Madrid for "
         "an antiques dealer; Bolivian Spanish wording (Potosí silver repeats in several sets; as silver-plated "
         "candlesticks by air to Madrid is the new part as far as a search found)", firm("Anticuario Central SL", "ES")),
        ("CUL-06", "export", "PTSEA01", "sea", "PT", [], "BR", "690740",
         "Azulejos de reprodução, pintados à mão, 40 m²", "PT", 1600, 40, 2000, "EUR",
         "hand-painted reproduction tiles are bright, with even glaze and modern clay; these panels are crazed, with "
         "lime mortar on the backs, numbered in chalk as they were lifted and show a 1730s blue-and-white scene of a "
         "saint: an azulejo panel removed from a chapel, an element of a monument over 100 years old whose export out of "
         "the Union needs a licence whatever its value (Regulation 116/2009) and which Portugal protects, from Leixões to "
         "a Recife collector; Portuguese wording (azulejos repeat in a few sets; exported from Portugal to Brazil as "
         "reproductions is the new part)", {"importer_country": "BR"}),
        ("CUL-07", "export", "FRAIR01", "express", "FR", [], "US", "491199",
         "Vieux papiers décoratifs pour scrapbooking, lot de 600 feuilles", "FR", 9, 600, 120, "EUR",
         "scrapbooking papers are printed new with an aged look; these 600 sheets are handwritten deeds on stamped "
         "paper, 1680-1790, with notaries' signatures and the cote numbers of a departmental archive series: public "
         "archives over 50 years old, whose export out of the Union needs a licence whatever their value (Regulation "
         "116/2009) and which French law declares inalienable, sent by express from Lyon to a Texas buyer; French "
         "wording (archives repeat in several sets; a scrapbooking-paper cover was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-08", "export", "NLAIR01", "air", "NL", [], "AE", "970191",
         "Decoratieve kopie, olieverf op paneel, riviergezicht, 1 st.", "NL", 14, 1, 800, "EUR",
         "decorative copies are painted on new canvas or MDF with acrylic; this river view is on an oak panel with "
         "dendro-datable boards, a 17th-century craquelure, old collection labels on the back and a monogram of a "
         "Haarlem landscape painter: an old-master painting worth far more than the 150,000 EUR threshold, whose export "
         "out of the Union needs a licence (Regulation 116/2009), flown from Schiphol to a Dubai buyer; Dutch wording "
         "(paintings declared as copies repeat in several sets; a Dutch river landscape by air to Dubai is the new part)",
         {"importer_country": "AE"}),
        ("CUL-09", "import", "MTSEA01", "sea", "LY", [], "MT", "680291",
         "تمثال نصفي من الرخام، حديث، للزينة، قطعتان", "LY", 160, 2, 400, "USD",
         "modern decorative marble busts are machine-carved, polished and white; these two are weathered, "
         "lime-encrusted, with the flat backs and veiled heads of Cyrenaican funerary busts and fresh breaks at the "
         "base: Greek funerary sculpture from the necropolis of Cyrene, which Libya forbids to export (UNESCO 1970), "
         "by sea from Benghazi to Valletta for a 'garden decor' trader; Arabic wording (Cyrenaican funerary busts "
         "repeat in several sets; into Malta by sea is the new part)", firm("Dekor Mediterran Ltd", "MT")),
        ("CUL-10", "import", "NLSEA01", "sea", "TH", [], "NL", "691390",
         "กระถางดินเผา ลายโบราณ ทำใหม่ 300 ใบ", "TH", 2400, 300, 1800, "USD",
         "new terracotta pots with old patterns are machine-thrown and evenly fired; twelve of these are hand-built "
         "buff jars with red painted swirls, soil inside and breaks glued in old repairs: Ban Chiang prehistoric pottery, "
         "which Thailand forbids to export (UNESCO 1970), packed among 288 new pots, by sea from Laem Chabang for a "
         "Rotterdam garden wholesaler; Thai wording (Ban Chiang pottery repeats in a few sets; hidden among new garden "
         "pots by sea is the new part)", firm("Vega Tuinimport BV", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "850440",
         "Frequenzumrichter für Bewässerungspumpen, 15 kW, 40 Stk.", "DE", 1200, 40, 36000, "EUR",
         "pump inverters run at 50-60 Hz output and cost about 900 EUR; these forty have firmware unlocked to 1,800 Hz, "
         "harmonic distortion under 2 % and a price of 3,000 EUR each, bought through a Dubai trader whose order "
         "names Isfahan as the site: frequency changers (dual-use 3A225, gas-centrifuge drives) for Iran, exported "
         "without a licence (Regulation 2021/821, Iran Regulation 267/2012), from Hamburg; German wording (frequency "
         "changers repeat in several sets; irrigation-pump inverters via Dubai are new as far as a search found)",
         firm("Gulf Pumps Trading FZE", "AE")),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AM", "701969",
         "Tessuto in fibra di vetro per grezzi di canne da pesca, 800 m", "IT", 480, 800, 9600, "EUR",
         "glass-fibre cloth for rod blanks is white, heavy and cheap; these rolls are black, light, in a refrigerated "
         "box with a 'T800 / epoxy 120 °C' prepreg label and cost 12 EUR a metre as declared but 90 on the invoice "
         "found later: carbon-fibre prepreg (dual-use 1C010) flown from Milan to a Yerevan 'fishing-tackle' firm that "
         "forwards to Tehran, without a licence (Regulation 2021/821, Iran Regulation 267/2012); Italian wording "
         "(carbon fibre repeats in several sets and fishing-rod covers in a few; glass-fibre cloth by air to Armenia is "
         "the new part)", {"importer_country": "AM"}),
        ("STR-03", "export", "SESEA01", "sea", "SE", [], "PK", "722840",
         "Verktygsstål H13, smidda rundstänger, 12 t", "SE", 12000, None, 36000, "EUR",
         "H13 hot-work tool steel is a chromium-molybdenum-vanadium grade at about 3 EUR/kg; these forged bars are "
         "nickel-cobalt-molybdenum steel with almost no carbon, of 2,000 MPa after ageing, at 25 EUR/kg on the later "
         "invoice: maraging steel (dual-use 1C116, rocket-motor cases and centrifuge rotors) exported without a "
         "licence from Gothenburg for a Karachi 'die maker' (Regulation 2021/821); Swedish wording (maraging steel "
         "repeats in several sets, declared as tool steel in at least two; the H13 grade, from Sweden to Pakistan, is the "
         "new part)",
         {"importer_country": "PK"}),
        ("STR-04", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "843390",
         "Części zamienne do kombajnów zbożowych, 2 wagony", "PL", 42000, None, 160000, "EUR",
         "combine spare parts are belts, knives and sieves; these wagons hold 40,000 precision ball and roller bearings "
         "in their makers' boxes, far more than the Kostanay farm named could fit in a lifetime, and the contract's "
         "delivery address is a Chelyabinsk works: bearings on the Union's list of items for Russia's military use "
         "(Regulation 833/2014, Annex XXIII and the common high-priority list) routed through Kazakhstan; Polish wording "
         "(bearings repeat in many sets and a combine-spares cover hid fibre lasers once; bearings under it, by rail to "
         "Kazakhstan, are the new part)",
         {"importer_country": "KZ"}),
        ("STR-05", "export", "FIAIR01", "express", "FI", [], "KG", "845090",
         "Astianpesukoneen ohjainkortit, varaosat, 300 kpl", "FI", 60, 300, 4500, "EUR",
         "dishwasher control boards are large, cheap boards with relays; these 300 parcels hold loose trays of 32-bit "
         "microcontrollers and RF transceiver chips, no boards at all, for a Bishkek 'repair shop' that re-exports to "
         "Moscow: common high-priority items (Regulation 833/2014, Annex XXIII) routed through Kyrgyzstan, with a "
         "second item of real dishwasher door seals to look ordinary; Finnish wording (microcontrollers for "
         "washing-machine repair repeat in earlier sets; a dishwasher-board cover by express from Finland is the new "
         "part)",
         dict({"importer_country": "KG"},
              _more_items=[item("401699", "Astianpesukoneen oven tiivisteet, 200 kpl", "FI", 20, 600, "EUR", qty=200)])),
        ("STR-06", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "310420",
         "Калий хлористый, удобрение, происхождение Узбекистан, 1 400 т", "UZ", 1400000, None, 420000, "USD",
         "Uzbek potassium chloride comes from Dehkanabad in grey bags; these wagons were loaded at Soligorsk, the "
         "granules are the pink Belarusian grade and the inner bag stamps read 'Беларуськалий' under Uzbek labels: "
         "Belarusian potash, whose import into the Union is banned (Regulation 765/2006), declared as Uzbek origin, by "
         "rail to Małaszewicze for a Lublin fertiliser trader; Russian wording (Belarusian potash repeats in several "
         "sets; relabelled as Uzbek by rail is the new part as far as a search found)",
         firm("Atlantic Agro Import Sp. z o.o.", "PL")),
        ("STR-07", "import", "ITSEA01", "sea", "AE", [], "IT", "760511",
         "Aluminium wire rod, EC grade, 9.5 mm, origin India, 500 t", "IN", 500000, None, 1200000, "USD",
         "Indian EC-grade rod comes with a mill certificate from an Odisha smelter; these coils carry tags of a "
         "Krasnoyarsk smelter under Indian labels, the certificate's heat numbers belong to no Indian mill and the "
         "cargo was bought in Dubai: Russian aluminium, whose import into the Union is banned (Regulation 833/2014, "
         "Annex XVII), declared as Indian, by sea from Jebel Ali to Genoa; English wording (Russian aluminium repeats in "
         "many sets and wire rod in three; as Indian origin through Dubai is the new part)",
         firm("Alpina Cavi Srl", "IT")),
        ("STR-08", "export", "FRAIR01", "express", "FR", [], "RS", "901420",
         "Boussoles électroniques pour randonnée, 20 pièces", "FR", 6, 20, 600, "EUR",
         "hiking compasses cost 30-80 EUR; these twenty are closed-loop fibre-optic gyroscope modules with a bias "
         "stability of 0.05 °/h, at 12,000 EUR each on the supplier's invoice, for a Belgrade firm whose buyer is a "
         "Moscow drone maker: navigation gyroscopes (dual-use 7A001/7A003, and Annex VII of Regulation 833/2014) exported "
         "without a licence; French wording (fibre-optic gyroscopes repeat in several sets; as hiking compasses by "
         "express to Serbia is the new part)", {"importer_country": "RS"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "EG", "283711",
         "Carbonate de sodium pour orpaillage, 20 t", "BE", 20000, None, 60000, "EUR",
         "sodium carbonate is a white powder at 0.3 EUR/kg; these bags hold white briquettes that smell of bitter almonds "
         "when damp and cost 3 EUR/kg on the invoice: sodium cyanide (dual-use 1C350, Australia Group) for a Cairo "
         "trader who ships onward to Syria, exported without a licence (Regulation 2021/821); Belgian French wording "
         "(sodium cyanide repeats in several sets; a soda-ash cover for gold panning from Antwerp to Egypt is the new "
         "part)", {"importer_country": "EG"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "KZ", "841480",
         "Turbolader für Traktormotoren, Austauschteile, 24 Stk.", "AT", 96, 24, 4800, "EUR",
         "tractor turbochargers are heavy cast-iron units for diesel engines at 200-400 EUR; these 24 are light, with "
         "wastegate controllers and flanges for a four-cylinder aircraft piston engine of the Rotax 914 family, at 4,500 EUR "
         "each on the maker's invoice, for an Almaty 'tractor dealer' whose buyer is a Russian maker of unmanned aircraft: "
         "aircraft-engine parts (Regulation 833/2014, Annex XI, and common high-priority items) routed through Kazakhstan, "
         "flown from Vienna; Austrian German wording (aircraft parts to Russia through third countries repeat in many "
         "sets; turbochargers were found in no earlier row)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "ESAIR01", "air", "ES", [], "HK", "030743",
         "Calamar seco, troceado, 300 kg", "ES", 300, None, 3000, "EUR",
         "dried squid is flat, translucent and pink; these sacks hold grey, triangular fins with cartilage rays and a "
         "smell of ammonia, from blue and hammerhead sharks landed in Vigo, at 10 EUR/kg declared and 120 on the "
         "buyer's order: fins of hammerhead sharks (Sphyrna, CITES App. II) exported without a CITES permit, flown from "
         "Madrid to Hong Kong; Spanish wording (shark fins repeat in several sets and dried-squid covers hid sea "
         "cucumbers; shark fins as squid out of Spain are new as far as a search found)", {"importer_country": "HK"}),
        ("WLF-02", "import", "ITAIR01", "air", "BD", [], "IT", "330129",
         "গোলাপ আতর, প্রাকৃতিক, 40 x 12 মিলি", "BD", 1.2, 40, 200, "USD",
         "rose attar is pale yellow, floral and cheap in Sylhet; these 40 vials hold a thick, dark-brown oil that smells "
         "of wood, smoke and leather: agarwood oil (Aquilaria malaccensis, CITES App. II) without a CITES permit, at a "
         "declared 5 USD a vial worth hundreds, flown from Dhaka to a Milan perfume shop; Bengali wording (agarwood "
         "repeats in many sets; oud oil as rose attar from Bangladesh was found in no earlier row)",
         firm("Profumi Orion Srl", "IT")),
        ("WLF-03", "export", "FRAIR01", "air", "FR", [], "VN", "030111",
         "Loches vivantes d'aquarium, juvéniles, 40 kg", "FR", 40, None, 800, "EUR",
         "aquarium loaches travel in small numbers in bags; these cool boxes hold 40 kg of transparent, glassy "
         "fingerlings, about 120,000 of them, caught in the Gironde in winter: glass eels (Anguilla anguilla, CITES "
         "App. II), whose export from the Union is banned, flown from Paris to Hanoi; French wording (glass eels "
         "declared as loaches repeat in several sets; kept as a known repeat, from Paris to Hanoi by air is the new "
         "part)", {"importer_country": "VN"}),
        ("WLF-04", "import", "ESROAD01", "road", "MA", [], "ES", "691200",
         "Tajines en céramique, décorés, 40 pièces", "MA", 120, 40, 400, "EUR",
         "a campervan's souvenir load: ceramic tajines and wool rugs are what tourists bring back, but the third item's "
         "'tortues en céramique' are 30 live juvenile spur-thighed tortoises wrapped in socks inside the tajine lids: "
         "Testudo graeca (CITES App. II, EU Annex A), hidden as the last item of a three-item declaration, without "
         "CITES documents, at Algeciras for a private person in Málaga; Moroccan French wording (Testudo repeats in "
         "several sets and tajines once, blind78; a campervan's three-item souvenir load is the new part)",
         dict(person("Particular", "ES"),
              _more_items=[item("570210", "Tapis berbères en laine, 3 pièces", "MA", 24, 300, "EUR", qty=3),
                           item("691390", "Tortues en céramique, 30 pièces", "MA", 3, 60, "EUR", qty=30)])),
        ("WLF-05", "import", "NLPOST01", "post", "MY", [], "NL", "060290",
         "Anak pokok bromeliad, berakar, 30 batang", "MY", 2, 30, 150, "MYR",
         "bromeliad offsets are rosettes of stiff leaves; these 30 rooted cuttings carry small pitchers with red lids and "
         "the buyer's list names Nepenthes rajah and N. villosa: tropical pitcher plants, two of them CITES App. I and "
         "the rest App. II, posted from Sabah to a private collector in Leiden without CITES documents; Malay wording "
         "(pitcher plants repeat in a few sets; under a bromeliad label by post from Malaysia was found in no earlier "
         "row)", person("M. Bakker", "NL")),
        ("WLF-06", "import", "DESEA01", "sea", "BR", [], "DE", "440729",
         "Massaranduba, tábuas para deck, aparas, 2 t", "BR", 2000, None, 2400, "USD",
         "massaranduba decking offcuts are dark red-brown and cheap; these billets are bright orange-red when cut, very "
         "dense, cut to 75 cm bow-blank lengths and cost 1.20 USD/kg declared against hundreds per blank: pernambuco "
         "(Paubrasilia echinata, CITES App. II) without a CITES permit, by sea from Vitória to Hamburg for a bow-maker's "
         "supplier; Portuguese wording (pernambuco repeats in a few sets and massaranduba covers in several; kept as a "
         "possible repeat, named here)", firm("Orion Tonholz GmbH", "DE")),
        ("WLF-07", "import", "ESPOST01", "post", "PE", [], "ES", "210690",
         "Extracto de maca andina en polvo, 2 kg", "PE", 2, 2, 60, "USD",
         "maca powder is beige and smells malty; this is a grey, fishy powder with bits of skin and bone, sold in Lima "
         "markets as 'jugo de rana' and labelled in the buyer's order 'rana del Titicaca deshidratada': dried Titicaca "
         "water frogs (Telmatobius culeus, CITES App. I), posted from Lima to a private person in Madrid without CITES "
         "documents; Peruvian Spanish wording (Titicaca frogs were found in no earlier row)",
         person("Sr. J. García", "ES")),
        ("WLF-08", "import", "FRAIR01", "express", "JM", [], "FR", "710122",
         "Pink freshwater cultured pearls, loose, 24 pcs", "JM", 0.1, 24, 240, "USD",
         "pink freshwater pearls are round or rice-shaped with a nacre lustre; these 24 are oval, porcelain-like with a "
         "flame pattern under a lens and no nacre: natural pearls of the queen conch (Aliger gigas, CITES App. II), "
         "sent by express from Kingston to a private person in Nice without a CITES permit; Jamaican English wording "
         "(queen conch repeats in several sets, conch pearls among them; as freshwater pearls from Jamaica is the new "
         "part)", person("Mme C. Laurent", "FR")),
        ("WLF-09", "transit", "BESEA01", "sea", "ZA", ["BE"], "VN", "050690",
         "Beesbene, gedroog, vir hondekoukosse, 2 t", "ZA", 2000, None, 1600, "USD",
         "dried cattle bones for dog chews are thick, short and heavy; these sacks hold long, slender limb bones and "
         "skulls with large canine sockets, of about 150 lions from a captive-breeding farm: lion bones (Panthera leo, "
         "CITES App. II, zero export quota for skeletons from South Africa) without CITES permits, landed at Antwerp in "
         "transit from Durban to Haiphong; Afrikaans wording (lion bones declared as cattle bones repeat in several sets; "
         "as dog-chew bones in transit through Antwerp is the new part)", {"importer_country": "VN"}),
        ("WLF-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "121190",
         "牛蒡根片, 干, 500 kg", "CN", 500, 25, 2500, "USD",
         "dried burdock-root slices are thin, brown-grey and fibrous; these are cream-coloured, ringed, with a sweet "
         "bitter taste and the inner bags read '西洋参' at 5 USD/kg declared against 100: American ginseng (Panax "
         "quinquefolius, CITES App. II) slices without a CITES permit, by rail from Chengdu to Małaszewicze for a "
         "Warsaw herbal shop; Chinese wording (ginseng repeats in several sets and burdock labels in two; kept as a "
         "possible repeat, by rail to Poland is the new part)", firm("Central Zioła Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "US", "AT", "290420",
     "Nitromethane 98 %, 4 x 1 qt, for a licensed private user (model-aircraft engines)", "US", 4.4, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-40-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLPOST01", "post", "UA", "PL", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (taxidermy)", "UA", 2.3, 2, 600, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWiA-40-0087")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "SA", "BE", "381590",
     "Spent hydrotreating catalyst, Ni-Mo on alumina (16 08 02*), for metal recovery at a licensed plant, 60 big bags",
     "SA", 54000, 60, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-40-0133")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262019",
     "Electric-arc furnace dust (10 02 07*), for zinc recovery in a Waelz kiln, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-40-0411")], "notified furnace dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290376",
     "Halon 1301, recovered and reclaimed, 8 cylinders, for critical use in aircraft engine-nacelle fire protection", "US",
     240, 8, 12000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-40-004")], "recovered halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), 20 ISO tanks, for use as feedstock in fluoropolymer production", "US",
     360000, 20, 540000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-40-011")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Oil on panel, river landscape, Haarlem, c. 1640, documented provenance, for a museum loan and sale", "NL", 14, 1,
     450000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-40-0118")], "old-master painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "970610",
     "Azulejo panel, 1730s, 24 m², from a deconsecrated private chapel, documented sale", "PT", 960, 24, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-40-0052")], "historic tile panel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "CH", "850440",
     "Frequency changers, 1,800 Hz output, 10 units, for a Swiss magnetic-bearing test rig", "DE", 300, 10, 30000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-40-1207"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-40-0071")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "JP", "722840",
     "Maraging steel 350, forged bars, 4 t, for a Japanese aircraft-landing-gear maker", "SE", 4000, None, 100000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-40-0336"), ("END_USER_CERTIFICATE", "JP-METI-EUC-40-0019")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "BD", "IT", "330129",
     "Agarwood oil (Aquilaria malaccensis), plantation-grown, 40 x 12 ml", "BD", 1.2, 40, 6000, "USD",
     [("CITES_PERMIT", "BD-FD-40-0044")], "App. II agarwood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "BR", "DE", "440729",
     "Pernambuco (Paubrasilia echinata) bow blanks from a registered pre-Convention stock, 400 kg", "BR", 400, 600,
     48000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-40-0291")], "App. II pernambuco with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Herr F. Leitner", "PRM-02": "Osoba prywatna", "PRM-05": "Manutenzione Aeronautica Lombarda Srl",
    "PRM-07": "Gulf Coast Art Foundation", "PRM-11": "Profumi Orion Srl",
    "PRM-12": "Orion Tonholz GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330499", "Trophy-skull whitening paste, 6 % peroxide, 250 g", "import", ["post"], ["UA", "US"], (15, 30), (1, 3), ["EUR", "USD"], 4, S),
    ("350691", "Plastic model cement, extra thin, 30 ml bottles", "import", ["express"], ["US", "JP"], (40, 80), (1, 2), ["USD"], 20, S),
    ("310260", "Calcium nitrate fertiliser for hydroponics, 25 kg bags", "import", ["sea"], ["GE", "NO"], (0.3, 0.5), (18000, 24000), ["USD", "EUR"], None, S),
    ("282739", "Ferric chloride etchant for printed circuits, 1 l", "import", ["express"], ["CH", "GB"], (6, 12), (1, 4), ["CHF", "GBP"], 1, S),
    ("382499", "Anodising dye kit for aluminium, hobby size", "import", ["express"], ["TW", "US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("291813", "Cream of tartar, food grade, 1 kg", "import", ["post"], ["GB", "US"], (8, 15), (1, 4), ["GBP", "USD"], 1, S),
    ("282751", "Sodium bromide spa sanitiser, 1 kg tubs", "import", ["sea"], ["CN", "IL"], (2, 3), (8000, 16000), ["USD"], 1, S),
    ("690919", "Inert alumina support balls for catalyst beds, new", "export", ["sea"], ["IN", "EG"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("870310", "Electric golf carts, refurbished, with new batteries and warranty", "export", ["road"], ["MA"], (4, 7), (2000, 6000), ["EUR"], 0.0025, S),
    ("281700", "Zinc oxide 99.7 %, ceramic grade", "export", ["sea"], ["VN", "IN"], (2.5, 3.5), (18000, 24000), ["EUR"], None, S),
    ("380210", "Activated carbon, steam-reactivated, certified, big bags", "export", ["sea"], ["GE", "EG"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("321511", "Offset printing inks, sealed tins, current range", "export", ["sea"], ["CI", "SN"], (4, 7), (2000, 6000), ["EUR"], 1, S),
    ("340319", "Form-release oil for concrete moulds, new, IBCs", "export", ["rail"], ["UA", "MD"], (1, 1.6), (20000, 60000), ["EUR"], None, S),
    ("250410", "Natural graphite powder for pencil leads, 99 % C", "export", ["sea"], ["IN", "MX"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("681182", "Fibre-cement roofing sheets, asbestos-free, new", "export", ["road"], ["AL", "MK"], (0.4, 0.7), (10000, 22000), ["EUR"], None, S),
    ("262030", "Copper-slag blasting abrasive, new, graded", "export", ["sea"], ["AO", "CV"], (0.1, 0.2), (20000, 30000), ["EUR"], None, S),
    ("853180", "Stadium air horns, HFO-1234ze, retail", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 2.5, S),
    ("340399", "Tyre-mould release emulsion, silicone in water", "import", ["road"], ["RS", "TR"], (2, 4), (2000, 8000), ["EUR"], None, S),
    ("842410", "Motorsport fire-suppression system, Novec 1230, FIA-approved", "import", ["express"], ["US", "GB"], (60, 120), (3, 5), ["USD", "GBP"], 0.2, S),
    ("284180", "Sodium polytungstate powder for heavy liquids, 1 kg", "import", ["post"], ["AU", "US"], (150, 250), (1, 3), ["AUD", "USD"], 1, S),
    ("381400", "Wallpaper remover concentrate, enzyme based, 1 l", "import", ["post"], ["US", "GB"], (5, 10), (1, 4), ["USD", "GBP"], 1, S),
    ("382499", "Dental pulp-test cold spray, propane-butane, 200 ml", "import", ["express"], ["PK", "DE"], (20, 40), (1, 3), ["USD"], 5, S),
    ("390729", "Polyether polyol, uncompounded, for PU foam", "import", ["sea"], ["VN", "KR"], (1.5, 2.2), (16000, 22000), ["USD"], None, S),
    ("691200", "Ceramic ma'amoul moulds and tableware, new", "import", ["air"], ["AE", "LB"], (6, 12), (100, 400), ["USD"], 3, S),
    ("680299", "Antique-look garden mosaic panels, new stone on mesh", "import", ["road"], ["TR"], (1, 2), (4000, 12000), ["EUR"], None, S),
    ("830629", "Brass souvenir crosses, cast, new", "import", ["express"], ["ET", "GR"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("940360", "Carved sheesham-wood furniture, new", "import", ["sea"], ["IN"], (3, 5), (4000, 9000), ["USD"], 0.05, S),
    ("711420", "Silver-plated candlesticks, new, colonial style", "import", ["air"], ["BO", "PE"], (15, 30), (50, 200), ["USD"], 0.3, S),
    ("690740", "Hand-painted reproduction azulejo tiles, new", "export", ["sea"], ["BR", "CV"], (3, 6), (2000, 8000), ["EUR"], None, S),
    ("480254", "Decorative scrapbooking paper, printed aged look", "export", ["express"], ["US", "CA"], (15, 30), (1, 4), ["EUR"], 60, S),
    ("970191", "Decorative oil copies on canvas, new", "export", ["air"], ["AE", "US"], (30, 60), (50, 300), ["EUR"], 0.2, S),
    ("691390", "Terracotta garden pots, new, traditional patterns", "import", ["sea"], ["TH", "VN"], (0.6, 1.2), (4000, 10000), ["USD"], 0.12, S),
    ("850440", "Pump frequency inverters, 15 kW, 50-60 Hz", "export", ["sea"], ["AE", "EG"], (25, 40), (500, 2000), ["EUR"], 0.03, S),
    ("701969", "Glass-fibre cloth for fishing-rod blanks", "export", ["air"], ["AM", "GE"], (8, 15), (100, 400), ["EUR"], 1.6, S),
    ("901580", "Handheld GPS receivers for hiking", "export", ["express"], ["RS", "NO"], (150, 300), (1, 3), ["EUR"], 3, S),
    ("283620", "Soda ash, light, 25 kg bags", "export", ["sea"], ["EG", "MA"], (0.25, 0.4), (20000, 25000), ["EUR"], None, S),
    ("330129", "Rose attar, natural, 12 ml vials", "import", ["post"], ["BD", "IN"], (100, 200), (1, 2), ["USD"], 40, S),
    ("210690", "Maca powder, organic, 1 kg", "import", ["post"], ["PE", "BO"], (15, 25), (1, 4), ["USD"], 1, S),
    ("710122", "Pink freshwater cultured pearls, strands", "import", ["express"], ["CN", "JP"], (400, 800), (1, 2), ["USD"], 10, S),
    ("121190", "Dried burdock-root slices, tea grade", "import", ["rail"], ["CN"], (3, 5), (4000, 10000), ["USD"], None, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940171", "Folding metal garden chairs, upholstered", "import", ["sea"], ["CN", "VN"], (3, 6), (3000, 8000), ["USD"], 0.2, N),
        ("611020", "Knitted cotton cardigans", "import", ["sea"], ["BD", "TR"], (9, 15), (2000, 6000), ["USD", "EUR"], 3, N),
        ("961511", "Plastic hair combs, retail packs", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 30, N),
        ("732393", "Stainless-steel cooking pots", "import", ["sea"], ["IN", "CN"], (3, 5), (3000, 9000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind88", 20401101, HERE)


if __name__ == "__main__":
    main()
