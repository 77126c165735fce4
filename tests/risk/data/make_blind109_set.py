#!/usr/bin/env python3
"""Writes the hundred-and-ninth blind set (tests/risk/data/blind109-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2044, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL109-*:

    python3 tests/risk/data/make_blind109_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "VN", [], "DE", "220900",
         "Giấm gạo lên men truyền thống, 4 chai 1 lít", "VN", 4.6, 4, 240000, "VND",
         "Vietnamese rice vinegar is pale yellow, smells sharply of vinegar and weighs about 1.01 kg/l; these four "
         "bottles are water-clear, smell faintly fruity and solvent-like, weigh 1.14 kg/l, do not mix with water and "
         "burn with a pale flame, and a filler's label under the sleeve reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), posted from Hanoi to a private person in Dresden; Vietnamese wording (nitromethane repeats in many "
         "sets; a rice-vinegar label was found in no earlier row by a keyword search)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "220299",
         "Березовий сік натуральний, банки 3 л, 400 банок", "UA", 1440, 400, 800, "EUR",
         "birch sap is a slightly sweet, watery drink of 1.00 kg/l sold in three-litre jars in spring; these 400 jars "
         "have vented lids, weigh 1.20 kg/l, whiten the fingers, foam on a scratch and bleach the label glue, and the "
         "producer's drums in the lorry read 'H2O2 50 %', at 2 EUR a jar for a Lublin organic-food shop that sells "
         "to the public: hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, by lorry at "
         "Dorohusk; Ukrainian wording (hydrogen peroxide repeats in many sets and drink-like covers in several; a "
         "birch-sap label was found in no earlier row by a keyword search)", firm("Orion Eko Sp. z o.o.", "PL")),
        ("PRE-03", "import", "IEAIR01", "express", "US", [], "IE", "330499",
         "Baby oil, unscented, mineral, 4 x 32 fl oz", "US", 7.0, 4, 48, "USD",
         "baby oil is light mineral oil of 0.85 kg/l that floats on water and feels slippery; these four bottles "
         "weigh 1.84 kg/l, sink in water and grow hot with it, char a paper towel and etch the cap liner: about 96 % "
         "sulphuric acid (Annex I above 15 %), sent by express from New Jersey to a private person in Cork, although "
         "corrosive liquids travel by express only as declared dangerous goods; US English wording (sulphuric acid "
         "repeats in many sets and oily covers in several; a baby-oil label was found in no earlier row by a keyword "
         "search)", person("Private individual", "IE")),
        ("PRE-04", "import", "BESEA01", "sea", "NG", [], "BE", "151590",
         "Òrí (shea butter), unrefined, 1 kg tubs, 3,000 tubs", "NG", 3000, 3000, 6000, "USD",
         "a Nigerian beauty-and-grocery container for an Antwerp African shop that sells to the public: shea butter "
         "and black soap are what such shops stock, but the third item's 'kaun' (kanwa, the grey trona lumps cooks "
         "add to beans) is 800 packs of 500 g of glossy white crystals that spit violet sparks on a hot pan: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last item "
         "of a three-item declaration, by sea from Apapa to Antwerp; Yoruba wording (potassium chlorate repeats in "
         "many sets and West African grocery covers in a few; a kaun/kanwa label was found in no earlier row by a "
         "keyword search)",
         dict(firm("Delta Afro Market SA", "BE"),
              _more_items=[item("340111", "Ọṣẹ dúdú (black soap), 250 g, 4,000 pcs", "NG", 1000, 1600, "USD", qty=4000),
                           item("253090", "Kaun (kanwa), 500 g, 800 packs", "NG", 400, 240, "USD", qty=800)])),
        ("PRE-05", "import", "BGROAD01", "road", "TR", [], "BG", "282720",
         "Nem alıcı yedek granül (kalsiyum klorür), 1 kg, 5.000 poşet", "TR", 5000, 5000, 2500, "EUR",
         "dehumidifier refills are calcium chloride flakes or beads that grow warm when they take up water; these "
         "bags hold round, white prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, "
         "at 0.50 EUR a bag for a Plovdiv home-goods chain that sells to the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by lorry at Kapitan Andreevo; Turkish wording "
         "(ammonium nitrate repeats in many sets and calcium-chloride covers in a few; as dehumidifier refills by "
         "road from Türkiye is the new part as far as a search found)", firm("Vega Dom EOOD", "BG")),
        ("PRE-06", "import", "PTPOST01", "post", "BR", [], "PT", "220840",
         "Cachaça artesanal de alambique, 3 garrafas de 1 litro", "BR", 4.2, 3, 240, "BRL",
         "craft cachaça is a spirit of 0.95 kg/l that smells of cane; these three bottles are pale yellow, fume "
         "brown when opened, weigh 1.41 kg/l, turn a copper coin green at once and have eaten through the cork "
         "liners: about 68 % nitric acid (Annex I above 3 %), posted from Minas Gerais to a private person in Braga; "
         "Brazilian Portuguese wording (nitric acid repeats in many sets; a cachaça label was found in no earlier "
         "row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-07", "import", "FRAIR01", "express", "VC", [], "FR", "110819",
         "St Vincent arrowroot starch, pure, 10 x 500 g", "VC", 5.2, 10, 90, "XCD",
         "St Vincent arrowroot is a light, squeaky starch of 0.6 kg/l that thickens in hot water; these ten bags "
         "hold a dense, gritty white powder that sinks in water without thickening, burns fiercely mixed with sugar "
         "and reads 'KClO4' on the inner liners: potassium perchlorate (Annex I above 40 %), sent by express from "
         "Kingstown to a private person in Lille; Vincentian English wording (potassium perchlorate repeats in many "
         "sets and starch and flour covers in several; an arrowroot label was found in no earlier row by a keyword "
         "search)", person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "250100",
         "So za kiseljenje kupusa, nejodirana, 1 kg, 3.000 pakovanja", "RS", 3000, 3000, 1200, "EUR",
         "pickling salt for sauerkraut is coarse, non-iodised sodium chloride that tastes of salt; these packs hold "
         "glossy, tasteless crystals that draw damp and flare yellow on a cigarette, and the packer's sacks in the "
         "lorry read 'NaClO3', at 0.40 EUR a pack for a Szeged market wholesaler that sells to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by lorry at Röszke; Serbian wording "
         "(sodium chlorate repeats in many sets and salt covers in many; a sauerkraut-salt label was found in two "
         "earlier rows at most; by road from Serbia to Hungary is the new part)", firm("Alföld Kereskedelmi Kft.", "HU")),
        ("PRE-09", "import", "NLAIR01", "air", "CN", [], "NL", "281122",
         "水晶猫砂 (硅胶), 1 kg 袋, 2,000 袋", "CN", 2000, 2000, 2400, "USD",
         "crystal cat litter is silica gel: hard, light, porous beads that hiss and crackle in water; these bags "
         "hold heavy, glossy crystals that dissolve at once, taste of nothing and flare yellow on a flame, and the "
         "factory sheet gives CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), retail-packed for a Rotterdam "
         "pet web shop that sells to the public, by air freight from Guangzhou; Chinese wording (sodium perchlorate "
         "repeats in many sets and cat-litter labels in a few; by air freight for a pet web shop is the new part)",
         firm("Horizon Dier BV", "NL")),
        ("PRE-10", "import", "GRAIR01", "express", "IL", [], "GR", "285390",
         "מים מזוקקים למכשיר CPAP, 4 x 1 גלון", "IL", 18.2, 4, 120, "ILS",
         "distilled water for CPAP humidifiers is 1.00 kg/l and tastes of nothing; these four gallons have vented "
         "caps, weigh 1.13 kg/l, whiten the skin and foam on blood, and the inner labels read 'H2O2 35 %': hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Tel Aviv to a private person in Thessaloniki, although "
         "oxidisers travel by express only as declared dangerous goods; Hebrew wording (hydrogen peroxide repeats in "
         "many sets and distilled-water covers in several; a CPAP label appears in one earlier row; from Israel in "
         "Hebrew is the new part)", person("Eleni Papadopoulou", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "SN", "850710",
         "Batteries tubulaires d'onduleur, d'occasion, testées 80 %, 1 conteneur", "BE", 22000, 700, 4400, "EUR",
         "used inverter batteries for reuse come charged, clean and with a test sheet each; these 700 are cracked, "
         "drained or leaking, their plates sulphated white and their terminals cut, collected from Brussels "
         "garages and telecom sites at 6 EUR each: waste lead-acid batteries (16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp to a Dakar 'solar-home' dealer; Belgian French wording "
         "(used lead-acid batteries repeat in many sets, as car and UPS batteries; as tubular inverter batteries to "
         "Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "681182",
         "Hullámpala tetőfedéshez, használt, újrafelhasználásra, 22 t", "HU", 22000, None, 660, "EUR",
         "used fibre-cement roofing sheets for reuse are whole, stacked and asbestos-free after 1993; these are "
         "broken, mossy grey sheets from 1970s farm barns around Kecskemét with the fibrous, layered edges and "
         "maker's stamps of asbestos cement, loose on a lorry without wrapping: construction waste containing "
         "asbestos (17 06 05*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a "
         "Subotica 'roofing' buyer; Hungarian wording (asbestos sheeting repeats in many sets; from Hungary to "
         "Serbia in Hungarian is the new part)", {"importer_country": "RS"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "IN", "281820",
         "Allumina attivata, sfere per essiccatori, big bag, 36 t", "IT", 36000, 36, 3600, "EUR",
         "activated alumina desiccant is white, dry, even 3-5 mm spheres; these big bags hold grey-black, oily "
         "extrudates that smell of sulphur, grow warm in air and read 12 % molybdenum, nickel and cobalt, taken "
         "out of a Sicilian refinery's hydrotreater: spent hydroprocessing catalyst (16 08 02*, self-heating), "
         "hazardous waste whose export to a non-OECD country is banned, from Augusta to a Mundra 'desiccant' "
         "trader; Italian wording (spent catalysts repeat in several sets and activated-alumina labels in a few; "
         "from Sicily to India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "TG", "271019",
         "Off-spec gasolie, bestemd voor herraffinage, 2 isotanks", "NL", 46000, 2, 9200, "EUR",
         "off-spec gasoil for re-refining is clear to amber and within a few points of its specification; these "
         "tanks hold a black, layered emulsion, a third water, that smells of bilge and reads sediment and 900 ppm "
         "chlorine, pumped from ships' slop tanks at a Rotterdam reception facility: oily ship waste (13 04 03* "
         "and 13 07 03*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to a Lomé "
         "'fuel blender'; Dutch wording (ship slops as marine fuel repeat in blind74 and blind93, and British slops as "
         "off-spec gasoil blendstock went to Togo in transit through Antwerp in blind55; kept as a known repeat, an "
         "export from Rotterdam declared for re-refining is the new part)", {"importer_country": "TG"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "270300",
         "Torf ogrodniczy, odkwaszony, luzem, 24 t", "PL", 24000, None, 720, "EUR",
         "horticultural peat is brown, light and fibrous and smells of earth; this lorry holds a black, heavy, "
         "oily silt that smells of tar, with shells and rubbish, dredged from an industrial canal near Gliwice and "
         "tested for PAH, lead and zinc over the limits: dredging spoil containing hazardous substances (17 05 05*), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'garden centre'; "
         "Polish wording (contaminated soil and dredgings repeat in a few sets; a peat label was not found in any "
         "earlier waste row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "701810",
         "Skleněné tryskací kuličky, frakce 150-250 µm, 3 vagóny", "CZ", 150000, None, 7500, "EUR",
         "glass blasting beads are clear, round, soda-lime spheres graded by size; these wagons hold sharp, "
         "amber-grey and black cullet, heavy for glass, with phosphor dust and reading 20 % lead oxide, crushed from "
         "television and monitor tubes at a Moravian dismantler: cathode-ray-tube glass (19 12 11* / 16 02 15*), "
         "hazardous waste whose export to a non-OECD country is banned, by rail from Ostrava through Slovakia and "
         "Hungary to a Serbian 'blasting-media' firm; Czech wording (CRT glass repeats in several sets and "
         "blasting-media labels in many, on other wastes; CRT cullet as glass blasting beads by rail is the new "
         "part as far as a search found)", {"importer_country": "RS"}),
        ("WST-07", "export", "FRAIR01", "air", "FR", [], "NG", "850730",
         "Batteries d'aéronef nickel-cadmium, révisées, avec certificat, 24 pièces", "FR", 960, 24, 4800, "EUR",
         "overhauled aircraft Ni-Cd batteries leave a workshop with fresh cells, a capacity test and a release "
         "certificate, at thousands of euros each; these 24 are stripped from aircraft at a Toulouse-area "
         "dismantler, their steel cases rusted, cells cracked and crusted white with potassium hydroxide and "
         "dated from the 2020s, with no release certificate behind the one photocopy, at 200 EUR each: waste "
         "nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, "
         "flown from Paris to a Lagos 'aviation spares' dealer; French wording (Ni-Cd batteries repeat in a few "
         "sets, as nickel scrap and battery residues; aircraft batteries declared as overhauled by air freight to "
         "Nigeria are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-08", "transit", "BESEA01", "sea", "GB", ["BE"], "IN", "281700",
         "Zinc oxide, technical grade 60 %, in big bags, 40 t", "GB", 40000, 40, 12000, "USD",
         "technical zinc oxide is a fine white powder of 80-99 % ZnO; these bags hold a brown-grey dust that reads "
         "25 % zinc, 3 % lead and cadmium and dioxins, collected from a Sheffield electric-arc furnace's bag "
         "filters: EAF dust (10 02 07*), hazardous waste landed at Antwerp in transit from Felixstowe to Nhava "
         "Sheva without notification to the transit state; British English wording (EAF dust repeats in several "
         "sets as zinc oxide and zinc concentrate; in transit through Antwerp from Britain to India is the new part)",
         {"importer_country": "IN"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "271019",
         "Βασικό λάδι SN 150, ανακυκλωμένο, 80 βαρέλια", "GR", 16000, 80, 6400, "EUR",
         "recycled SN 150 base oil is bright, pale and water-white with a certificate; these drums hold a dark, "
         "sweet-smelling oil drained from old distribution transformers of a Greek utility, testing above 500 ppm "
         "PCB: waste insulating oil containing PCBs (13 03 01*), hazardous waste whose export to a non-OECD country "
         "is banned, from Piraeus to an Alexandria 'lubricant blender'; Greek wording (PCB oil repeats in several "
         "sets and base-oil labels in a few; from Greece to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "GH", "871200",
         "Gebrauchte Fahrräder, fahrbereit, 300 Stück", "DE", 4500, 300, 6000, "EUR",
         "a used-goods container for Tema: bicycles and mattresses are what Hamburg forwarders ship to Ghana, but "
         "the third item's 'Leuchtstoffröhren, funktionsfähig' are 2,000 loose, partly broken fluorescent tubes "
         "from an office clear-out, without packaging and shedding phosphor powder: fluorescent tubes and other "
         "mercury-containing waste (20 01 21*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, from Hamburg; German wording (used-goods containers to "
         "West Africa repeat in many sets; fluorescent tubes behind bicycles and mattresses are the new part)",
         dict({"importer_country": "GH"},
              _more_items=[item("940429", "Matratzen, gebraucht, 80 Stück", "DE", 1600, 400, "EUR", qty=80),
                           item("853931", "Leuchtstoffröhren, gebraucht, funktionsfähig, 2.000 Stück", "DE", 600, 200, "EUR", qty=2000)])),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "290359",
         "R-1234ze(E) 冷媒, 低GWP, 10 kg 钢瓶, 800 瓶", "CN", 8000, 800, 40000, "USD",
         "R-1234ze(E) reads about 3.3 bar at 20 °C and comes in cylinders with an A2L flame mark; these 800 "
         "white cylinders read 4.7 bar, carry no flame mark, a gas test gives dichlorodifluoromethane and the "
         "price is a quarter of the market's: CFC-12, whose import into the Union is banned, by sea from Ningbo "
         "to Rotterdam for a refrigerant wholesaler; Chinese wording (CFC-12 repeats in many sets and HFO labels, "
         "R-1234ze among them, in several; R-1234ze for CFC-12 into Rotterdam is the new part as far as a search "
         "found)", firm("Nordhafen Koeltechniek BV", "NL")),
        ("OZN-02", "import", "HRROAD01", "road", "RS", [], "HR", "290512",
         "Izopropil alkohol 99,9 %, za čišćenje elektronike, 40 kanistera od 20 l", "RS", 1060, 40, 1600, "EUR",
         "99.9 % isopropyl alcohol weighs 0.79 kg/l, smells of alcohol and burns; these canisters hold a sweetish, "
         "non-flammable solvent of 1.33 kg/l, and the drum labels from which they were filled read "
         "'1,1,1-trikloretan': methyl chloroform, whose import into the Union is banned, in a van at Bajakovo for a "
         "Zagreb electronics repairer; Serbian wording (1,1,1-trichloroethane repeats in many sets and "
         "isopropyl-alcohol labels in several; from Serbia by road is the new part as far as a search found)",
         firm("Central Elektronika d.o.o.", "HR")),
        ("OZN-03", "import", "DEAIR01", "air", "CN", [], "DE", "291531",
         "乙酸乙酯, 分析纯, 25 升桶, 40 桶", "CN", 1930, 40, 2400, "USD",
         "analytical ethyl acetate weighs 0.90 kg/l, smells fruity and burns easily; these drums hold a "
         "non-flammable liquid of 1.93 kg/l with a sweet, chloroform-like smell that boils at 68 °C: bromochloromethane "
         "(halon 1011), whose import into the Union is banned, by air freight from Shanghai to Frankfurt for a "
         "chemicals reseller; Chinese wording (bromochloromethane repeats in many sets and an ethyl-acetate label "
         "in a few; by air freight to Frankfurt is the new part as far as a search found)",
         firm("Meridian Chemie GmbH", "DE")),
        ("OZN-04", "import", "GRSEA01", "sea", "TR", [], "GR", "842410",
         "Köpüklü yangın söndürücü, 6 kg, 400 adet", "TR", 4400, 400, 6000, "EUR",
         "6 kg foam extinguishers hold water with film-forming foam under nitrogen and sell at 30-50 EUR; these "
         "400 hold a liquefied gas at 10 bar that a sample gives as bromochlorodifluoromethane, under red foam "
         "stickers and with the old 'BCF' stamping on the valves, at 15 EUR each: halon 1211 extinguishers, whose "
         "import into the Union is banned, by sea from Mersin to Piraeus for a fire-safety dealer; Turkish wording "
         "(halon 1211 repeats in many sets and a foam-extinguisher label once; from Türkiye to Greece by sea is the "
         "new part)", firm("Delta Pyrasfaleia AE", "GR")),
        ("OZN-05", "import", "FRAIR01", "express", "JP", [], "FR", "382499",
         "精密洗浄剤 HFE-7200 相当品, 18 kg 缶, 4 缶", "JP", 72, 4, 120000, "JPY",
         "HFE-7200 boils at 76 °C, weighs 1.43 kg/l and costs about 50 USD/kg; these four cans cost a fifth of "
         "that, boil at 54 °C, weigh 1.55 kg/l and carry 'AK-225' on the old inner seals: HCFC-225ca/cb, whose "
         "import into the Union is banned, sent by express from Osaka to a Grenoble optics workshop; Japanese "
         "wording (HCFC-225 repeats in several sets under AK-225 and HFE labels; an HFE-7200 label was found in no "
         "earlier row by a keyword search)", firm("Rivage Optique SARL", "FR")),
        ("OZN-06", "import", "ESSEA01", "sea", "MA", [], "ES", "380892",
         "Fumigant de sol 1,3-dichloropropène, bouteilles de 20 kg, 120 bouteilles", "MA", 2400, 120, 14400, "EUR",
         "1,3-dichloropropene is a liquid of 1.22 kg/l sold in drums to licensed applicators; these 120 steel "
         "bottles are pressurised, a sample boils at 4 °C and weighs 1.73 kg/l with 2 % chloropicrin, for Huelva "
         "strawberry growers: methyl bromide, whose import into the Union is banned, by sea from Tanger Med to "
         "Algeciras; Moroccan French wording (methyl bromide repeats in many sets and soil-fumigant labels in "
         "several, one 1,3-dichloropropene row among them; from Morocco for Huelva strawberries is the new part)",
         firm("Agro Atlantic SL", "ES")),
        ("OZN-07", "export", "BESEA01", "sea", "BE", [], "GH", "847989",
         "Luchtontvochtigers, tweedehands, werkend getest, 300 stuks", "BE", 9000, 300, 6000, "EUR",
         "second-hand dehumidifiers for export are recent units on R-290 or R-410A; these 300 are 1990s "
         "commercial units from Flemish cellars and swimming pools with 'R-22' on every rating plate, still "
         "charged: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from "
         "Antwerp to a Kumasi dealer; Flemish wording (R-22 equipment for export repeats in many sets and "
         "dehumidifiers in several; from Belgium to Ghana in Flemish is the new part)", {"importer_country": "GH"}),
        ("OZN-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "LY", "271112",
         "R-290 丙烷制冷剂, 高纯, 5 kg 钢瓶, 1,200 瓶", "CN", 6000, 1200, 15000, "USD",
         "R-290 is propane of 0.50 kg/l that reads 7.4 bar at 20 °C and carries a flammable-gas mark; these 1,200 "
         "cylinders read 8 bar, are heavy for their fill at 1.19 kg/l and a leak detector reads chlorodifluoromethane: "
         "HCFC-22, moved through the Union without the licence Regulation 2024/590 requires, landed at Piraeus in "
         "transit from Tianjin to Benghazi; Chinese wording (HCFC-22 repeats in many sets and R-290 labels in "
         "several; in transit through Piraeus to Libya is the new part)", {"importer_country": "LY"}),
        ("OZN-09", "import", "BGRAIL01", "rail", "TR", [], "BG", "290110",
         "n-Pentan köpük şişirme ajanı, 200 l varil, 60 varil", "TR", 18000, 60, 16000, "USD",
         "n-pentane is a light, very flammable liquid of 0.63 kg/l; these drums hold a non-flammable liquid of "
         "1.49 kg/l that boils at 24 °C and whose drum heads carry 'R-11' under the new labels: CFC-11, whose import "
         "into the Union is banned, by rail from Halkalı through Kapıkule to a Sofia panel maker; Turkish wording "
         "(CFC-11 repeats in many sets and pentane labels in several; by rail from Türkiye is the new part as far "
         "as a search found)", firm("Orion Paneli EOOD", "BG")),
        ("OZN-10", "import", "ESSEA01", "sea", "CN", [], "ES", "381400",
         "HFE 冷凝器冲洗剂, 无氯, 1 升罐, 3,000 罐", "CN", 3720, 3000, 9000, "USD",
         "hydrofluoroether coil-flushing solvents for air-conditioning installers boil at about 60 °C and cost "
         "20-30 USD a litre; these 3,000 cans, for a Madrid installers' wholesaler, hold a liquid that boils at "
         "32 °C, weighs 1.24 kg/l, costs 3 USD a can and is printed 'HCFC-141b' on the inner labels under the "
         "'chlorine-free' sleeves: HCFC-141b, whose import into the Union is banned, by sea from Ningbo to "
         "Valencia; Chinese wording (HCFC-141b repeats in many sets and flushing-agent labels in several; a "
         "'chlorine-free' HFE flushing label into Spain is the new part as far as a search found)",
         firm("Vega Climatización SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "OM", [], "DE", "681591",
         "حاملات شموع من المرمر العماني، صناعة يدوية، 6 قطع", "OM", 38, 6, 180, "OMR",
         "Omani alabaster tea-light holders are new, translucent, lathe-turned cups; these six are stylised "
         "alabaster heads and stelae with inlaid eyes, South Arabian inscriptions, root marks and sand in the "
         "drill holes, from the ancient cemeteries of Marib and Shabwa: Sabaean funerary objects over 2,000 years "
         "old, exported from Yemen against its law and brought in without an import licence (Regulation 2019/880), "
         "flown from Muscat to Munich for a collector; Gulf Arabic wording (South Arabian alabaster repeats in "
         "several sets; as Omani tea-light holders by air to Germany is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "SEPOST01", "post", "ET", [], "SE", "482020",
         "በእጅ የተሰሩ የቆዳ ማስታወሻ ደብተሮች፣ 3 ቁራጭ", "ET", 4.5, 3, 90, "USD",
         "handmade leather notebooks are new paper in a tooled cover; these three are parchment codices in "
         "wooden boards with a stitched leather case, written in Ge'ez in red and black ink with painted saints, "
         "one with a church's ownership note and a cut-out shelf mark: Ethiopian Orthodox manuscripts over a "
         "hundred years old taken from a church in Tigray, whose export Ethiopia forbids, posted from Addis Ababa "
         "to a private person in Uppsala; Amharic wording (Ethiopian manuscripts and church objects repeat in "
         "several sets; as leather notebooks by post to Sweden is the new part as far as a search found)",
         person("Karin Andersson", "SE")),
        ("CUL-03", "export", "FRAIR01", "air", "FR", [], "US", "570210",
         "Tapis mural d'occasion, laine, 3 x 4 m", "FR", 32, 1, 2500, "EUR",
         "a used wool wall rug is machine-woven, bright and soft; this is a faded, hand-woven verdure tapestry "
         "with a border of fruit and an Aubusson workshop mark in the galloon, about 1690, withdrawn from a "
         "Limousin château's sale and sold privately for 180,000 EUR: a tapestry over fifty years old worth more "
         "than 50,000 EUR, exported without the licence Regulation 116/2009 requires, flown from Paris to a New "
         "York dealer; French wording (an Oudenaarde verdure tapestry left Belgium for the United States as a "
         "vintage hanging in blind44; kept as a known repeat of that family, an Aubusson tapestry leaving France as a "
         "used wall rug is the new part)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "PTSEA01", "sea", "BR", [], "PT", "680299",
         "Placas decorativas de pedra Cariri, polidas, 200 peças", "BR", 2400, 200, 2000, "USD",
         "Cariri stone plates are laminated yellow limestone tiles; among these, 60 nodules split open show "
         "whole fossil fish (Rhacolepis, Vinctifer, Dastilbe) in relief, prepared with needles and glued: "
         "fossils from the Santana Formation of the Araripe basin, which Brazilian law makes property of the "
         "Union and forbids to export, by sea from Pecém to Leixões for a Porto mineral shop; Brazilian Portuguese "
         "wording (Santana fossils under decorative-stone covers repeat in about five rows and a Cariri-tile label "
         "in blind58, on a pterosaur by air to Germany; kept as a known repeat, fossil fish mixed into a sea "
         "consignment of tiles to Portugal are the new part)", firm("Minerais Atlantic Lda", "PT")),
        ("CUL-05", "import", "ESAIR01", "express", "CO", [], "ES", "711790",
         "Figuras de filigrana en latón dorado, artesanía de Mompox, 8 piezas", "CO", 0.4, 8, 120, "USD",
         "Mompox filigree is new, fine silver or gilt-brass wire work, light and open; these eight are flat, "
         "cast figures of high-carat gold alloy with headdresses and staffs, soil in the creases and a red "
         "tumbaga patina: Muisca tunjos (votive offerings), archaeological objects that are Colombian national "
         "property, brought in without an import licence (Regulation 2019/880), sent by express from Bogotá to a "
         "Madrid collector; Colombian Spanish wording (tunjos repeat in a few sets; under a Mompox filigree label "
         "is the new part as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Dipinto ad olio decorativo, copia novecentesca, soggetto sacro, 1 pezzo", "IT", 60, 1, 900, "EUR",
         "a twentieth-century copy of a sacred painting is bright, on machine canvas, with no relining; this is a "
         "relined, darkened panel altarpiece of the Madonna with saints, about 1520, with a Lombard parish's wax "
         "seal on the back and a diocesan inventory number, removed when the church closed: a painting over "
         "fifty years old worth more than 150,000 EUR, and cultural property of the Church in Italy, exported "
         "without the licence Regulation 116/2009 requires, by van at Chiasso for a Lugano dealer; Italian wording "
         "(church altarpieces repeat in several sets; as a twentieth-century copy by road to Switzerland is the "
         "new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-07", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "691390",
         "仿古唐三彩马, 树脂工艺品, 12 件", "CN", 180, 12, 600, "USD",
         "resin copies of Tang three-colour horses are light, even and glossy with mould seams; these twelve are "
         "heavy, earthenware horses and camels with crazed, iridescent lead glaze, tomb earth in the hollows and "
         "thermoluminescence dates of the 8th century: Tang-dynasty tomb figures (mingqi), whose export China "
         "forbids, brought in without an import licence (Regulation 2019/880), by rail from Xi'an to Duisburg for "
         "an Asian-art dealer; Chinese wording (Tang tomb figures repeat in several sets; as resin crafts by rail "
         "is the new part as far as a search found)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-08", "transit", "SIROAD01", "road", "LB", ["SI"], "RS", "681099",
         "طاولات فسيفساء جديدة، حجر طبيعي، 4 قطع", "LB", 640, 4, 800, "USD",
         "new mosaic tables have even, sawn tesserae set in cement on a steel frame; these four are lime-mortar "
         "panels of worn, uneven stone tesserae with a Greek inscription, vine scrolls and peacocks, backed with "
         "fresh plaster and cut into squares: Byzantine church floor mosaics looted in Syria, laundered through "
         "Lebanon, moved through the Union in a lorry landed at Koper for a Belgrade dealer; Lebanese Arabic "
         "wording (Syrian mosaics repeat in many sets; in transit through Koper to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("CUL-09", "export", "NLPOST01", "post", "NL", [], "US", "711719",
         "Replica mantelspelden en munten, kostuumsieraden, 14 stuks", "NL", 0.3, 14, 60, "EUR",
         "replica brooches are cast, bright and even; these are corroded bronze Roman fibulae, a gilt Frankish "
         "disc brooch and two gold tremisses with fresh soil in the catches, found by metal detector in Gelderland "
         "fields and never reported: archaeological objects over a hundred years old from the soil, which need an "
         "export licence whatever their value (Regulation 116/2009), posted from Nijmegen to a US buyer; Dutch "
         "wording (detector finds and fibulae repeat in several sets; from the Netherlands by post is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "ITSEA01", "sea", "PK", [], "IT", "681591",
         "اونکس کے گلدان، ہاتھ سے بنے، 600 عدد", "PK", 3600, 600, 4200, "USD",
         "a Pakistani handicraft container for a Naples furnishing shop: onyx vases and camel-bone lamps are what "
         "such shops import, but the third item's 'new stone garden reliefs' are three grey schist panels of the "
         "Buddha's life with worn edges, root marks and old breaks: Gandharan reliefs over 1,500 years old whose "
         "export Pakistan forbids, brought in without an import licence (Regulation 2019/880), hidden as the last "
         "item of a three-item declaration, by sea from Karachi to Salerno; Urdu wording (Gandharan schist repeats "
         "in many sets; behind onyx vases and camel-bone lamps is the new part)",
         dict(firm("Meridian Arredi Srl", "IT"),
              _more_items=[item("940529", "اونٹ کی ہڈی کے لیمپ، 200 عدد", "PK", 400, 1800, "USD", qty=200),
                           item("680299", "نئی پتھر کی باغیچہ تختیاں، 3 عدد", "PK", 150, 90, "USD", qty=3)])),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "express", "CZ", [], "AM", "854231",
         "Vývojové desky kompatibilní s Arduino, 300 kusů", "CZ", 6, 300, 3000, "EUR",
         "Arduino-compatible boards carry an 8-bit microcontroller and cost a few euros; these 300 are small "
         "carrier boards each holding a Kintex-class FPGA and a 32-bit microcontroller, the FPGA alone invoiced at "
         "300 EUR, for a Yerevan 'maker shop' whose buyer forwards to a Russian drone and radio maker: electronic "
         "integrated circuits on the common high-priority list (Regulation 833/2014, Annex XXIII) whose sale for "
         "use in Russia is banned, routed through Armenia, sent by express from Prague; Czech wording (FPGAs and "
         "microcontrollers repeat in many sets and an Arduino label in a few; from the Czech Republic to Armenia is "
         "the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "AE", "292215",
         "Cosmetische emulgator-basis, vloeibaar, 80 vaten", "NL", 18000, 80, 36000, "EUR",
         "a cosmetic emulsifier base is a blend of fatty esters, waxy and scented; these drums hold a clear, "
         "viscous, ammonia-smelling liquid of 99 % purity whose drum labels give CAS 102-71-6, for a Jebel Ali "
         "'cosmetics' trader whose buyer is an Iranian chemical plant: triethanolamine, a chemical-weapons "
         "precursor controlled as dual-use (1C350, Schedule 3) that needs an export licence to any destination "
         "outside the Union, exported without one, from Rotterdam; Dutch wording (triethanolamine repeats in a few "
         "sets, as a concrete grinding aid; as a cosmetic emulsifier base to the Emirates is the new part)",
         {"importer_country": "AE"}),
        ("STR-03", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "441233",
         "Терек фанерасы, Қазақстан өндірісі, 18 мм, 3 вагон", "KZ", 150000, None, 60000, "USD",
         "Kazakh poplar plywood is pale, soft and light, at about 450 kg/m3; these sheets are hard, pale birch "
         "with the even, thin veneers and face stamps of a Vologda mill sanded off, at 700 kg/m3, and the "
         "Kazakh 'producer' has no peeling line: Russian birch plywood, whose import into the Union is banned "
         "(Regulation 833/2014, Annex XVII), by rail from Petropavl through Russia to Rēzekne for a Riga "
         "furniture maker; Kazakh wording (Russian birch plywood under third-country papers repeats in several "
         "sets; a poplar label in Kazakh by rail to Latvia is the new part as far as a search found)",
         firm("Atlantic Mēbeles SIA", "LV")),
        ("STR-04", "export", "ROROAD01", "road", "RO", [], "MD", "850131",
         "Motoare pentru mașini de cusut industriale, 800 bucăți", "RO", 480, 800, 8000, "EUR",
         "industrial sewing-machine servo motors are 550 W units with a pedal box, heavy and cheap; these 800 are "
         "600 g outrunner brushless motors of 2806 and 3115 sizes with propeller shafts and 6S ratings, the "
         "motors of first-person-view attack drones, for a Chișinău 'textile' firm whose buyer forwards to "
         "Russia: items on the Union's list for Russia (Regulation 833/2014, Annex XXIII) routed through Moldova, "
         "by lorry at Albița; Romanian wording (drone motors repeat in several sets and sewing-machine labels in "
         "a few; from Romania to Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "TR", "760820",
         "Tubi per ponteggi in alluminio, 6 m, 2.000 pezzi", "IT", 24000, 2000, 48000, "EUR",
         "aluminium scaffold tubes are 48.3 mm 6082 tubes of 4 mm wall at about 4 EUR/kg; these are 7075-T6 "
         "tubes of 120 mm outer diameter with a mill certificate giving 570 MPa tensile strength, for an Istanbul "
         "'scaffolding' firm whose delivery note names a Tehran buyer: aluminium alloy tubes controlled as dual-use "
         "(1C202.a) and covered by Regulation 267/2012 on Iran, exported without a licence, from La Spezia; "
         "Italian wording (7075 tubes repeat in several sets and a scaffolding label once; to Türkiye for Iran by "
         "sea is the new part)", {"importer_country": "TR"}),
        ("STR-06", "export", "BEAIR01", "express", "BE", [], "HK", "854160",
         "Pièces de rechange pour montres à quartz, 500 pièces", "BE", 2, 500, 1000, "EUR",
         "quartz-watch spare crystals are tiny 32 kHz tuning forks at cents; these 500 are oven-controlled crystal "
         "oscillators in metal cans, 10 MHz with ppb stability, invoiced at 180 EUR each, for a Hong Kong 'watch "
         "parts' trader whose buyer ships to Russian radar and radio makers: piezoelectric crystals and oscillators "
         "on the common high-priority list (Regulation 833/2014, Annex XXIII), exported for use in Russia, by "
         "express from Liège; Belgian French wording (oscillators repeat in one earlier set; as quartz-watch "
         "spares by express to Hong Kong is the new part as far as a search found)", {"importer_country": "HK"}),
        ("STR-07", "transit", "LTRAIL01", "rail", "CN", ["LT"], "RU", "830242",
         "家具抽屉滑轨, 钢制, 1,200 箱", "CN", 14400, 1200, 18000, "USD",
         "steel drawer slides are pressed rails with cheap ball cages at a dollar a pair; these cartons hold "
         "precision angular-contact spindle bearings of P4 class in the slide boxes, 12 per carton, for a "
         "Kaliningrad 'furniture factory' that supplies a Russian machine-tool and shipyard group: bearings on "
         "the Union's list for Russia (Regulation 833/2014, Annex XXIII), whose transit through the Union to "
         "Russia is banned, landed at Klaipėda and sent by rail across Lithuania; Chinese wording (bearings "
         "repeat in many sets and drawer-slide labels in a few; rail transit across Lithuania to Kaliningrad is "
         "the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-08", "import", "NLSEA01", "sea", "IN", [], "NL", "271019",
         "Diesel fuel EN 590, 10 ppm sulphur, Indian origin, 60,000 t", "IN", 60000000, None, 42000000, "USD",
         "EN 590 diesel of Indian origin comes with a refinery certificate and a crude slate from several "
         "sources; this cargo's certificate names a Gujarat refinery that ran only Urals crude in the loading "
         "month, the cargo's sulphur fingerprint matches Urals and the tanker's log shows no other feed: refined "
         "products made in a third country from Russian crude, whose import into the Union is banned (Regulation "
         "833/2014, Article 3m), by sea from Sikka to Rotterdam for a fuel trader; Indian English wording (diesel "
         "repeats in many sets; refined products from Russian crude through an Indian refinery are the new part "
         "as far as a search found)", firm("Rivage Energy BV", "NL")),
        ("STR-09", "export", "SEPOST01", "post", "SE", [], "BY", "900580",
         "Fågelskådningskikare, 10x42, begagnad, 2 st", "SE", 2.4, 2, 300, "SEK",
         "second-hand bird-watching binoculars are two prisms in a body of 700 g at a few hundred crowns; these "
         "two are night-vision monoculars with third-generation image-intensifier tubes, serial numbers filed off "
         "and a military mount, worth 4,000 EUR each, posted from Malmö to a private person in Grodno: dual-use "
         "image intensifiers (6A002) whose export to Belarus is banned (Regulation 765/2006), declared as used "
         "binoculars; Swedish wording (night-vision devices repeat in many sets; as bird-watching binoculars by post "
         "to Belarus is the new part as far as a search found)", {"importer_country": "BY"}),
        ("STR-10", "export", "ATROAD01", "road", "AT", [], "RS", "843699",
         "Ersatzteile für Landmaschinen, gebraucht, 14 Kisten", "AT", 1400, 14, 4200, "EUR",
         "used farm-machinery spares are worn gears, shafts and bearings at a few euros a kilo; these crates hold "
         "twelve five-axis numerical-control units with drives and handwheels, boxed new, worth 30,000 EUR each, "
         "for a Novi Sad 'agricultural' firm whose lorries go on to a Russian tank-repair plant: numerical controls "
         "for machine tools on the Union's list for Russia (Regulation 833/2014, Annex XXIII) and dual-use "
         "(2B001-related), exported for use in Russia, by lorry at Nickelsdorf; Austrian German wording (numerical "
         "controls repeat in several sets; as used farm-machinery spares to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "KZ", [], "DE", "050790",
         "Мүйіз тарақ дайындамалары, қой мүйізі, 2 кг", "KZ", 2, 40, 80, "USD",
         "ram-horn comb blanks are dark, ridged, flattened slabs cut from thick curled horn; these forty are "
         "pale, translucent, amber-yellow lyre-shaped horns of 25-35 cm with ringed bases, whole and uncut: saiga "
         "antelope horns (Saiga tatarica, CITES App. II, zero quota for wild specimens) without CITES documents, "
         "posted from Almaty to a private person in Frankfurt who sells to traditional-medicine shops; Kazakh "
         "wording (saiga horn repeats in many sets, as goat horn among others; a comb-blank label in Kazakh is the "
         "new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "CZAIR01", "air", "UG", [], "CZ", "050690",
         "Cattle bone blanks for knife handles, 60 kg", "UG", 60, None, 300, "USD",
         "cattle bone blanks are white, porous shin slabs at a few dollars a kilo; these are curved, triangular, "
         "ivory-white teeth with a thick enamel band on one side and growth rings in the cut, 20-40 cm long: "
         "hippopotamus canines and incisors (Hippopotamus amphibius, CITES App. II) without CITES documents, flown "
         "from Entebbe to Prague for a knife maker; Ugandan English wording (hippo teeth repeat in many sets and "
         "knife-handle labels in several; bone blanks by air to Prague is the new part as far as a search found)",
         firm("Alpina Nože s.r.o.", "CZ")),
        ("WLF-03", "import", "NLAIR01", "express", "MY", [], "NL", "440122",
         "Serpihan kayu cendana untuk colok, 5 kg", "MY", 5, 5, 400, "MYR",
         "sandalwood chips for incense are pale yellow and smell sweet and creamy; these are dark, resin-streaked, "
         "heavy chips that sink in water and smell of oud when warmed, worth far more than sandalwood: agarwood "
         "(Aquilaria malaccensis, CITES App. II) without CITES documents, sent by express from Kuala Lumpur to a "
         "private person in Utrecht who sells oud online; Malay wording (agarwood repeats in many sets and "
         "sandalwood labels in several; from Malaysia in Malay by express is the new part as far as a search found)",
         person("M. Bakker", "NL")),
        ("WLF-04", "import", "PTSEA01", "sea", "GW", [], "PT", "440399",
         "Toros de madeira de mangueira, serrados, 2 contentores", "GW", 48000, None, 14400, "EUR",
         "mango wood is pale, soft and light, grey-brown when cut; these squared logs are hard, heavy, golden to "
         "red-brown with purple streaks and a red sap that stains the hands, cut in the forests of Oio and Cacheu: "
         "kosso (Pterocarpus erinaceus, CITES App. II, trade from West Africa under suspension) without CITES "
         "permits, by sea from Bissau to Lisbon for a sawmill; Guinean Portuguese wording (kosso repeats in several "
         "sets, under teak labels among others; a mango-wood label was found in no earlier row by a keyword "
         "search)", firm("Madeiras Meridian Lda", "PT")),
        ("WLF-05", "import", "ESPOST01", "post", "MX", [], "ES", "060290",
         "Esquejes de echeveria, suculentas, 2 kg", "MX", 2, 60, 60, "MXN",
         "echeveria cuttings are soft rosettes of fleshy leaves; these sixty are flat, grey-green, star-shaped "
         "living-rock cacti with fissured tubercles and field soil on their taproots, dug in San Luis Potosí: "
         "Ariocarpus (CITES App. I) plants collected in the wild, without CITES documents or a phytosanitary certificate, "
         "posted from Querétaro to a private collector in Almería; Mexican Spanish wording (Ariocarpus repeats in "
         "several sets; an echeveria label appears in a few, so by post to Spain is the new part)",
         person("Maria Lopez", "ES")),
        ("WLF-06", "export", "ESAIR01", "air", "ES", [], "HK", "030572",
         "Buche de peixe seco (vexiga natatoria de bacallau), 120 kg", "ES", 120, None, 2400, "EUR",
         "dried cod swim bladders are pale, thin, crinkled tubes; these are stiff, triangular, grey-brown fins "
         "with the tall, sickle-shaped first dorsals of hammerheads, landed by Vigo longliners: scalloped and "
         "smooth hammerhead fins (Sphyrna spp., CITES App. II) without export permits, flown from Madrid to Hong "
         "Kong; Galician wording (shark fins repeat in many sets and fish-maw labels in several; as Galician cod "
         "maw leaving Spain is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-07", "import", "ITAIR01", "express", "ID", [], "IT", "442191",
         "Tusuk sate bambu, 20 ikat", "ID", 3, 20, 40, "USD",
         "bamboo satay skewers are pale, round sticks in bundles; each of these twenty bundles holds dried, split "
         "and stretched tokay geckos, blue-grey with orange spots, on bamboo frames: Gekko gecko (CITES App. II "
         "since 2019) without CITES documents, sent by express from Surabaya to a traditional-medicine seller in "
         "Milan; Indonesian wording (tokay geckos repeat in several sets; a satay-skewer label was found in no "
         "earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-08", "import", "ITAIR01", "air", "PE", [], "IT", "510539",
         "Fibra de alpaca baby, descerdada, 40 kg", "PE", 40, None, 8000, "USD",
         "baby alpaca fibre is 20-22 micron and sells at about 40 USD a kilo; these bales hold cinnamon-coloured, "
         "12-micron fibre with the white bib hairs of wild camelids, invoiced at 200 USD a kilo: raw vicuña fibre "
         "(Vicugna vicugna, CITES App. II only for fibre sheared from live animals and marked) from poached "
         "animals, without a CITES permit, flown from Lima to Milan for a Biella spinner; Peruvian Spanish "
         "wording (vicuña repeats in several sets; as baby alpaca by air to Italy is the new part as far as a "
         "search found)", firm("Lanificio Alpina Srl", "IT")),
        ("WLF-09", "import", "HUROAD01", "road", "UA", [], "HU", "160432",
         "Ікра щуки солона, банки 250 г, 120 банок", "UA", 30, 120, 600, "EUR",
         "salted pike roe is small, yellow-amber and sells at a few euros a jar; these jars hold large, grey-black, "
         "glossy sturgeon eggs that a DNA test gives as Russian sturgeon from the Danube: caviar of Acipenser "
         "gueldenstaedtii (CITES App. II) from poached wild fish, without CITES documents or the universal "
         "caviar label, in a car at Záhony for a Budapest restaurant; Ukrainian wording (caviar repeats in many sets "
         "and fish-roe labels in several; a pike-roe label by road from Ukraine is the new part as far as a search "
         "found)", firm("Duna Gasztro Kft.", "HU")),
        ("WLF-10", "import", "FRSEA01", "sea", "MG", [], "FR", "090510",
         "Lavanila maina, kilasy A, 600 kg", "MG", 600, None, 90000, "EUR",
         "a Malagasy spice container for a Le Havre importer: vanilla and cloves are what such importers buy, but "
         "the third item's 'ravintsara planks' are 6 t of heavy, dark purple-red, fragrant boards that sink in "
         "water, from the Masoala forest: Madagascar rosewood (Dalbergia spp., CITES App. II, trade from "
         "Madagascar under suspension), hidden as the last item of a three-item declaration, by sea from "
         "Toamasina to Le Havre; Malagasy wording (Madagascar rosewood repeats in many sets; as ravintsara planks "
         "behind vanilla and cloves is the new part)",
         dict(firm("Épices Horizon SARL", "FR"),
              _more_items=[item("090710", "Jirofo maina, 4 taonina", "MG", 4000, 24000, "EUR", qty=None),
                           item("440799", "Hazo ravintsara voatetika, 6 taonina", "MG", 6000, 3000, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (pond and aquarium care)", "UA", 2.2, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWIA-44-0081")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEPOST01", "post", "VN", "DE", "290420",
     "Nitromethane 40 % model-engine fuel, 2 x 1 l, for a licensed private user (model aircraft club)", "VN", 2.2, 2,
     600000, "VND", [("PRECURSOR_LICENCE", "DE-BAFA-44-0142")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "854911",
     "Waste lead-acid batteries (16 06 01*), for recovery at a licensed secondary lead smelter, 40 t", "NO", 40000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-44-0207")], "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "SA", "BE", "262190",
     "Spent hydroprocessing catalyst (16 08 02*), for metal recovery at a licensed plant, 60 t", "SA", 60000, None,
     0, "USD", [("BASEL_CONSENT", "BE-VL-44-0058")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for laboratory use", "US", 0.05, 10, 400,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-44-012")], "methyl chloroform for a licensed laboratory and analytical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290379",
     "Bromochloromethane, 20 drums, for use as feedstock in pharmaceutical synthesis", "CN", 7700, 20, 31000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-44-003")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "580500",
     "Verdure tapestry, Aubusson, about 1690, sold at public auction with a certificate", "FR", 30, 1, 160000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-44-0311")], "antique tapestry exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970510",
     "Roman bronze fibulae, reported detector finds released by the province, 6 pcs", "NL", 0.2, 6, 1800, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EH-EXP-44-0027")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "CH", "292215",
     "Triethanolamine 99 %, 40 drums, for a Swiss cement-additive maker", "NL", 9000, 40, 18000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-44-0611"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-44-0044")],
     "Schedule 3 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "JP", "760820",
     "7075-T6 aluminium tubes, 120 mm OD, 300 pcs, for a Japanese aerospace supplier", "IT", 3600, 300, 54000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-44-0290"), ("END_USER_CERTIFICATE", "JP-METI-EUC-44-0102")],
     "dual-use high-strength aluminium tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "440122",
     "Agarwood chips (Aquilaria malaccensis), plantation-grown, 20 kg", "MY", 20, None, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-44-0188")], "App. II agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510539",
     "Vicuña fibre, shorn from live animals, marked VICUÑANDES-PERÚ, 20 kg", "PE", 20, None, 12000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-44-0071")], "App. II vicuña fibre from live shearing with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Herr K. Becker", "PRM-03": "Nordhafen Blei GmbH",
    "PRM-06": "Orion Pharma Synthesis BV", "PRM-11": "Horizon Oud BV", "PRM-12": "Lanificio Alpina Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220900", "Vietnamese rice vinegar, 500 ml bottles", "import", ["post"], ["VN"], (4, 8), (1, 4), ["USD", "EUR"], 2, S),
    ("220299", "Birch sap drink, pasteurised, 1 l bottles", "import", ["road"], ["UA", "RS"], (1, 2), (2000, 6000), ["EUR"], 1, S),
    ("330499", "Baby oil, mineral, 200 ml", "import", ["express"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 5, S),
    ("151590", "Unrefined shea butter, 1 kg tubs", "import", ["sea"], ["NG", "GH"], (2, 4), (2000, 8000), ["USD"], 1, S),
    ("282720", "Calcium chloride dehumidifier refills, 1 kg", "import", ["road"], ["TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 1, S),
    ("170113", "Rapadura, whole cane sugar blocks, 500 g", "import", ["sea"], ["BR"], (2, 4), (4000, 12000), ["USD"], 2, S),
    ("110819", "St Vincent arrowroot starch, 250 g", "import", ["express"], ["VC", "JM"], (15, 30), (1, 3), ["USD"], 4, S),
    ("250100", "Non-iodised pickling salt, 1 kg", "import", ["road"], ["RS", "BA"], (0.3, 0.6), (10000, 24000), ["EUR"], 1, S),
    ("281122", "Silica gel crystal cat litter, 3.8 l bags", "import", ["sea"], ["CN"], (0.8, 1.4), (8000, 16000), ["USD"], 0.6, S),
    ("285390", "Distilled water for CPAP humidifiers, 1 gal", "import", ["express"], ["US", "IL"], (3, 6), (2, 5), ["USD"], 0.25, S),
    ("850710", "Tubular inverter batteries, new, 150 Ah", "export", ["sea"], ["SN", "NG"], (2.5, 4), (8000, 20000), ["EUR"], 0.02, S),
    ("681182", "Fibre-cement corrugated roofing sheets, new, asbestos-free", "export", ["road"], ["RS", "BA"], (0.4, 0.8), (18000, 24000), ["EUR"], 0.06, S),
    ("281820", "Activated alumina desiccant beads, new", "export", ["sea"], ["IN", "VN"], (1, 2), (10000, 24000), ["EUR"], None, S),
    ("271019", "Gasoil EN 590, blended in the Union", "export", ["sea"], ["TG", "GH"], (0.7, 0.9), (20000, 40000), ["EUR"], None, S),
    ("680620", "Expanded clay aggregate for horticulture, bagged", "export", ["road"], ["UA", "MD"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("701810", "Glass blasting beads, soda-lime, 150-250 µm", "export", ["rail"], ["RS", "TR"], (0.6, 1.0), (40000, 60000), ["EUR"], None, S),
    ("850730", "Nickel-cadmium aircraft batteries, new, with release certificate", "export", ["air"], ["NG", "KE"], (60, 100), (200, 800), ["EUR"], 0.025, S),
    ("281700", "Zinc oxide, rubber grade, 99.5 %", "import", ["sea"], ["IN", "CN"], (2.5, 3.5), (10000, 20000), ["USD"], None, S),
    ("271019", "Base oil SN 150, virgin, group II", "import", ["sea"], ["AE", "KR"], (0.9, 1.3), (16000, 24000), ["USD"], None, S),
    ("871200", "Used bicycles, roadworthy", "export", ["sea"], ["GH", "NG"], (1.5, 3), (3000, 6000), ["EUR"], 0.07, S),
    ("290110", "n-Pentane, blowing-agent grade, drums", "import", ["rail"], ["TR"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("290512", "Isopropyl alcohol 99.9 %, 1 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 1, S),
    ("291531", "Ethyl acetate, analytical grade, 2.5 l", "import", ["air"], ["CN", "IN"], (5, 9), (200, 800), ["USD"], 0.4, S),
    ("842410", "Foam fire extinguishers, 6 l, AFFF-free, new", "import", ["sea"], ["TR", "CN"], (4, 7), (3000, 8000), ["EUR"], 0.1, S),
    ("392020", "Polypropylene mulch film for strawberry beds", "import", ["sea"], ["MA", "TR"], (1.5, 2.5), (4000, 10000), ["EUR"], None, S),
    ("847989", "Dehumidifiers, used, on R-290, with test report", "export", ["sea"], ["GH", "SN"], (15, 25), (2000, 6000), ["EUR"], 0.05, S),
    ("741110", "Copper coil for air-conditioning, 3/8 in", "import", ["sea"], ["CN", "TR"], (8, 11), (4000, 10000), ["USD"], None, S),
    ("681591", "Onyx vases and bowls, new", "import", ["sea"], ["PK"], (1, 2), (2000, 6000), ["USD"], 0.2, S),
    ("482020", "Handmade leather-bound notebooks", "import", ["post"], ["ET", "IN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("570210", "Wool kilim wall rugs, new", "import", ["sea"], ["TR", "MA"], (15, 30), (1000, 3000), ["EUR", "USD"], 0.1, S),
    ("680299", "Cariri limestone tiles, polished", "import", ["sea"], ["BR"], (0.4, 0.8), (18000, 26000), ["USD"], None, S),
    ("711790", "Gilt-brass filigree jewellery, Mompox style, new", "import", ["express"], ["CO", "PE"], (60, 120), (1, 2), ["USD"], 20, S),
    ("970191", "Oil paintings, contemporary, by living artists", "export", ["road"], ["CH", "GB"], (100, 300), (50, 200), ["EUR"], 0.1, S),
    ("691390", "Tang-style three-colour horse reproductions, new", "import", ["rail"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.1, S),
    ("711719", "Replica Roman fibulae, cast brass, museum shop", "export", ["post"], ["US", "GB"], (60, 120), (1, 2), ["EUR"], 30, S),
    ("854231", "Arduino-compatible development boards", "export", ["express"], ["AM", "GE"], (200, 400), (1, 4), ["EUR"], 40, S),
    ("760820", "Aluminium scaffold tubes 6082, 48.3 mm", "export", ["sea"], ["TR", "MA"], (3, 5), (10000, 24000), ["EUR"], 0.08, S),
    ("850131", "Industrial sewing-machine servo motors", "export", ["road"], ["MD", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.2, S),
    ("900580", "Bird-watching binoculars 10x42, new", "export", ["post"], ["NO", "CH"], (200, 400), (1, 3), ["SEK", "EUR"], 1, S),
    ("830242", "Steel drawer slides, ball-bearing, pairs", "import", ["sea"], ["CN", "TW"], (2, 4), (6000, 14000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940360", "Pine bookshelves, flat-packed", "import", ["sea"], ["PL", "VN"], (2, 4), (3000, 8000), ["EUR", "USD"], 0.05, N),
        ("392410", "Melamine tableware sets", "import", ["sea"], ["CN", "TH"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("491199", "Art postcards and posters, assorted", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("950662", "Inflatable beach balls", "import", ["sea"], ["CN"], (3, 5), (2000, 5000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind109", 20440501, HERE)


if __name__ == "__main__":
    main()
