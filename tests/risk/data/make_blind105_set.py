#!/usr/bin/env python3
"""Writes the hundred-and-fifth blind set (tests/risk/data/blind105-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2043, with goods, routes,
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
would. Ids are BL105-*:

    python3 tests/risk/data/make_blind105_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLROAD01", "road", "UA", [], "PL", "220299",
         "Березовий сік натуральний, банки 3 л, 40 банок", "UA", 144, 40, 4800, "UAH",
         "birch sap is a watery, faintly sweet spring drink of 1.00 kg/l that clouds and sours within days; these 40 "
         "jars, in a minibus at Dorohusk for a Lublin Ukrainian-food web shop that sells to the public, hold a clear "
         "liquid of 1.20 kg/l under vented lids that whitens the fingers and foams on a cut, and the jar labels hide "
         "'H2O2 50 %' stencils: hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public; "
         "Ukrainian wording (hydrogen peroxide repeats in many sets and water-like drink covers in several; a "
         "birch-sap label was found in no earlier row)", firm("Orion Smaki Sp. z o.o.", "PL")),
        ("PRE-02", "import", "ITAIR01", "express", "KR", [], "IT", "220890",
         "소주, 참이슬 후레쉬, 360 ml x 12 병", "KR", 5, 12, 60000, "KRW",
         "soju is a water-clear spirit of 16-17 % that smells of alcohol and weighs about 0.98 kg/l; these twelve green "
         "bottles weigh 1.14 kg/l, smell faintly fruity and chemical rather than of alcohol, do not mix with water and "
         "the filler's inner caps read 'CH3NO2 98 %': nitromethane (Annex I above 16 %), sent by express from Incheon "
         "to a private person in Milan who races model cars, although flammable liquids travel by express only as "
         "declared dangerous goods; Korean wording (nitromethane repeats in many sets and Korean gel-nail covers on "
         "it in blind86 and blind99; a soju label was found in no earlier row)", person("Sig. M. Bianchi", "IT")),
        ("PRE-03", "import", "DEPOST01", "post", "VN", [], "DE", "220900",
         "Giấm gạo lên men truyền thống, 4 chai 1 lít", "VN", 5.6, 4, 400000, "VND",
         "Vietnamese rice vinegar is pale, smells sour and weighs about 1.01 kg/l; these four bottles weigh 1.40 kg/l, "
         "give off brown fumes when opened, turn a copper coin green at once and eat the plastic liners: about 65 % "
         "nitric acid (Annex I above 3 %), posted from Hanoi to a private person in Berlin-Lichtenberg; Vietnamese "
         "wording (nitric acid repeats in many sets and vinegar covers in some; a Vietnamese rice-vinegar label by "
         "post was found in no earlier row)", person("Lena Wagner", "DE")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "271019",
         "Sıvı parafin (beyaz yağ), kesme tahtası bakımı için, 20 x 5 l", "TR", 184, 20, 300, "EUR",
         "food-grade white oil for chopping boards is light, tasteless and floats on water at 0.85 kg/l; these twenty "
         "cans weigh 1.84 kg/l, grow hot with a drop of water, char a wooden spatula black and the drums they were "
         "filled from read 'H2SO4 96 %', for a Plovdiv hardware web shop that sells 5 l cans to the public: sulphuric "
         "acid (Annex I above 15 %) retail-packed for members of the public, in a van at Kapitan Andreevo; Turkish "
         "wording (sulphuric acid repeats in many sets and oil-like covers in several; a chopping-board paraffin label "
         "was found in no earlier row)", firm("Vega Zhelezaria EOOD", "BG")),
        ("PRE-05", "import", "PTPOST01", "post", "BR", [], "PT", "110814",
         "Polvilho doce (fécula de mandioca), 6 pacotes de 1 kg", "BR", 6, 6, 90, "BRL",
         "polvilho doce is cassava starch: a squeaky, fine white powder that thickens into a gel in hot water; these "
         "six packs hold a heavier, gritty white powder that stays loose in boiling water, burns fiercely with "
         "sugar and reads 'KClO4' on the inner bags: potassium perchlorate (Annex I above 40 %), posted from Minas "
         "Gerais to a private person in Braga who bakes no pão de queijo; Brazilian Portuguese wording (potassium "
         "perchlorate repeats in many sets and starch covers in several; a polvilho label was found in no earlier "
         "row)", person("João Pereira", "PT")),
        ("PRE-06", "import", "NLSEA01", "sea", "ID", [], "NL", "190300",
         "Mutiara sagu putih, 500 g, 8.000 bungkus", "ID", 4000, 8000, 6400, "USD",
         "sago pearls are chalky white starch balls that turn translucent and swell when boiled; these 8,000 packs, "
         "for a Rotterdam Asian-supermarket chain that sells to the public, hold hard, white prills that turn ice-cold "
         "in water and dissolve, melt and fume on a hot plate and test at 34 % N: ammonium nitrate (Annex I at 16 % N "
         "or more) retail-packed for members of the public, by sea from Surabaya; Indonesian wording (ammonium nitrate "
         "repeats in many sets and bubble-tea tapioca pearls covered a wildlife good in blind96; a sago-pearl label on "
         "ammonium nitrate was found in no earlier row)", firm("Atlantic Toko BV", "NL")),
        ("PRE-07", "import", "ATAIR01", "express", "CN", [], "AT", "250100",
         "洗鼻盐 (鼻腔冲洗用), 10 x 500 克", "CN", 5, 10, 60, "USD",
         "nasal-rinse salt is fine, pure sodium chloride with a little bicarbonate that tastes of salt; these ten "
         "bags hold glossy crystals that taste cool rather than salty, spit violet sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner label: potassium chlorate (Annex I above 40 %), sent by express from Shenzhen to a "
         "private person in Graz; Chinese wording (potassium chlorate repeats in many sets and salt covers in many; "
         "a nasal-rinse salt label was found in no earlier row)", person("Thomas Gruber", "AT")),
        ("PRE-08", "import", "ESROAD01", "road", "MA", [], "ES", "151590",
         "Huile d'argan cosmétique, pressée à froid, 1.200 flacons de 100 ml", "MA", 130, 1200, 7200, "EUR",
         "a Moroccan cosmetics lorry for a Madrid beauty web shop that sells to the public: argan oil and black soap "
         "are what such shops stock, but the third item's 'sel de pédicure du Tafilalet' is 300 bags of 1 kg of "
         "glossy, colourless crystals that draw damp, do not taste of salt and flare yellow on a flame: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, through Tanger Med to Algeciras; Moroccan French wording (sodium chlorate repeats "
         "in many sets and bath-salt covers in several; behind an argan-oil order from Morocco is the new part)",
         dict(firm("Rivage Belleza SL", "ES"),
              _more_items=[item("340120", "Savon noir beldi à l'eucalyptus, 800 pots de 250 g", "MA", 200, 1600, "EUR", qty=800),
                           item("330730", "Sel de pédicure du Tafilalet, cristaux, 300 sachets de 1 kg", "MA", 300, 600, "EUR", qty=300)])),
        ("PRE-09", "import", "HUAIR01", "air", "CN", [], "HU", "170290",
         "艺术糖 异麦芽酮糖醇 (Isomalt), 1 公斤袋, 400 袋", "CN", 400, 400, 1000, "USD",
         "isomalt for sugar art is a coarse, barely sweet granule that melts into clear glass at 150 °C; these 400 "
         "bags hold glossy crystals that draw damp within hours, do not melt but spit and flare on the hob and carry "
         "'NaClO4' under the labels, for a Budapest cake-decorating web shop that sells 1 kg bags to the public: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, by air freight from "
         "Guangzhou; Chinese wording (sodium perchlorate repeats in many sets and isomalt labels in two, blind59 and "
         "blind92; kept as a known repeat of the label, to a Hungarian cake-decorating shop by air is the new part)",
         firm("Delta Cukrász Kft.", "HU")),
        ("PRE-10", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "285390",
         "熨斗用蒸馏水, 1 升瓶装, 6,000 瓶", "CN", 6800, 6000, 3000, "USD",
         "distilled water for steam irons weighs 1.00 kg/l and costs a few cents; these 6,000 bottles have vented "
         "caps, weigh 1.13 kg/l, bleach a cotton rag and foam on rust, and the container's drums read 'H2O2 35 %', for "
         "a Prague household web shop that sells 1 l bottles to the public: hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, by rail from Chongqing; Chinese wording (hydrogen peroxide "
         "repeats in many sets and ironing-water labels in two, blind50 and blind52; kept as a known repeat of the "
         "label, by rail to the Czech Republic is the new part)", firm("Central Domácnost s.r.o.", "CZ")),
    ],
    "waste": [
        ("WST-01", "export", "DERAIL01", "rail", "DE", ["AT", "HU"], "RS", "252330",
         "Tonerdezement-Zuschlagstoff, aufbereitet, 3 Waggons", "DE", 180000, None, 2700, "EUR",
         "calcium-aluminate cement additive is a dry, grey, fine clinker powder; these wagons hold dark, lumpy salt "
         "cake that gives off ammonia and a garlic smell of phosphine when wet, from the rotary furnaces of an "
         "aluminium remelter: salt slag (10 03 08*), hazardous waste whose export to a non-OECD country is banned, by "
         "rail through Austria and Hungary to a Serbian 'cement plant'; German wording (salt slag and aluminium dross "
         "repeat in many sets; as an aluminous-cement additive by rail to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "UA", "392510",
         "Használt HDPE hordók, 200 l, újrahasználatra, 600 db", "HU", 5400, 600, 1200, "EUR",
         "drums for reuse come washed, capped and tested; these 600 are unwashed, smell of solvent and carry skull and "
         "fish-and-tree pictograms and the names of a chlorpyrifos and a glyphosate formulation, with residues "
         "sloshing inside, from a Békés county agro-dealer's yard: packaging contaminated by hazardous substances "
         "(15 01 10*), hazardous waste whose export to a non-OECD country is banned, in a lorry at Záhony for an "
         "Uzhhorod 'container reseller'; Hungarian wording (pesticide containers repeat in a few sets; unwashed "
         "agrochemical drums for reuse from Hungary to Ukraine were found in no earlier row)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "MTSEA01", "sea", "MT", [], "LY", "250510",
         "Washed sea sand for beach nourishment, 2 barges' worth, 1,800 t", "MT", 1800000, None, 5400, "EUR",
         "washed beach sand is clean, pale and sold with a grading and salt test; this bulk cargo is dark grey, "
         "smelly, silty harbour mud from the maintenance dredging of the Grand Harbour's ship-repair berths, testing "
         "high for tributyltin, copper and hydrocarbons: dredging spoil containing hazardous substances (17 05 05*), "
         "hazardous waste whose export to a non-OECD country is banned, from Marsaxlokk to a Tripoli 'coastal "
         "contractor'; English wording from Malta (dredged spoil repeats once, in blind49; as beach-nourishment sand "
         "from Malta to Libya is the new part)", {"importer_country": "LY"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "271019",
         "Fuelóleo para calderas industriales, 2 isotanques", "ES", 44000, None, 8800, "EUR",
         "boiler fuel oil comes with a certificate of analysis, a flash point above 60 °C and little water; these "
         "tanks hold a black, layered emulsion of 30 % water and oily sludge with a solvent smell and a flash point "
         "of 35 °C, pumped from ships' slop tanks at Algeciras: MARPOL oily residues (16 07 08* and 13 04 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Algeciras to a Casablanca 'brick kiln'; "
         "Spanish wording (ship slops and waste oil as fuel repeat in several sets; to Moroccan brick kilns is the new "
         "part)", {"importer_country": "MA"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "902830",
         "Compteurs électriques communicants reconditionnés, 20.000 unités", "FR", 24000, 20000, 10000, "EUR",
         "refurbished smart meters come tested, sealed and recalibrated, at tens of euros each; these are 20,000 "
         "pulled meters at 50 cents, cracked and unsealed, many with their lithium thionyl-chloride backup cells still "
         "soldered in and several swollen: waste electrical equipment with hazardous components and waste lithium "
         "batteries (16 02 13*, 16 06 06*-type entries), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to a Dakar 'utility contractor'; French wording (smart meters repeat once, in blind21; from "
         "France to Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-06", "export", "NLROAD01", "road", "NL", ["DE", "PL"], "UA", "391590",
         "PU-Flocken, Ölbindemittel-Rohstoff, 28 Ballen", "NL", 8400, 28, 840, "EUR",
         "oil-absorbent polyurethane flakes are shredded from clean production offcuts; these bales are yellow-brown "
         "foam shreds with metal and plastic bits from the shredding of old refrigerators, and a gas test of the cells "
         "reads CFC-11: waste containing ozone-depleting substances (19 12 11*-type shredder fraction), hazardous "
         "waste whose export to a non-OECD country is banned and whose ODS must be destroyed in the Union, by lorry "
         "from Venlo to a Lviv 'absorbent maker'; German wording from a Dutch trader (refrigerator foam repeats in a "
         "few sets; as oil-binder flakes by road to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "340290",
         "Detergente alcalino concentrato per sgrassaggio, 40 cisternette", "IT", 40000, 40, 2400, "EUR",
         "an alkaline degreasing concentrate is a labelled product with a safety data sheet; these 40 IBCs hold a "
         "blue-green, stinking liquid that reads 3 % free cyanide with copper and zinc, drained from the tanks of a "
         "Lumezzane plating shop that closed: spent cyanide plating baths (11 01 11*-type), hazardous waste whose "
         "export to a non-OECD country is banned, from Genoa to a Sfax 'chemical distributor'; Italian wording "
         "(cyanide and plating wastes repeat in many sets; as an alkaline degreaser to Tunisia is the new part)",
         {"importer_country": "TN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "CM", "871200",
         "Vélos d'occasion, en état de marche, 300 pièces", "BE", 4500, 300, 6000, "EUR",
         "a used-goods container for Douala: second-hand bicycles and mattresses are what Belgian dealers ship, but "
         "the third item's 'batteries de voiturettes de golf, testées' are 96 cracked lead-acid traction blocks from "
         "a golf-course fleet replacement, some leaking acid into the container floor: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Antwerp; Belgian French wording (lead-acid batteries repeat in many sets and "
         "golf-cart covers in a few; behind used bicycles to Cameroon is the new part)",
         dict({"importer_country": "CM"},
              _more_items=[item("940429", "Matelas d'occasion, 120 pièces", "BE", 2400, 600, "EUR", qty=120),
                           item("850710", "Batteries de voiturettes de golf, testées, 96 pièces", "BE", 2900, 480, "EUR", qty=96)])),
        ("WST-09", "transit", "NLSEA01", "sea", "GB", ["NL"], "NG", "381400",
         "Reclaimed industrial thinners, mixed solvents, 80 drums", "GB", 16000, 80, 1600, "GBP",
         "reclaimed thinners come distilled, clear and with a specification; these drums hold dark, layered "
         "still-bottoms of paint-shop solvent recovery with pigment sludge and chlorinated solvent, flash point below "
         "21 °C: halogenated and non-halogenated solvent waste (14 06 02*, 07 01 08*), hazardous waste landed at "
         "Rotterdam in transit from Felixstowe to Lagos without notification, to a country to which its export is "
         "banned; British English wording (waste solvents repeat in many sets; as reclaimed thinners in transit "
         "through Rotterdam is the new part)", {"importer_country": "NG"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "720449",
         "Deșeuri feroase, HMS 1/2, 22 t", "RO", 22000, None, 6600, "EUR",
         "HMS 1/2 scrap is loose, clean steel cut to size; this lorry holds scrap with 80 cut-open propane and freon "
         "cylinders, brake drums and oily gearboxes, and under them a layer of crushed air-conditioning units whose "
         "compressors still hold oil and gas: mixed scrap contaminated with oil and equipment containing hazardous "
         "components, amber-list waste that is not the green-listed clean iron scrap and whose export to a "
         "non-OECD country is banned as hazardous, at Albița for a Chișinău 'scrap yard'; Romanian wording (dirty "
         "scrap as HMS repeats in several sets; from Romania to Moldova is the new part)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "CN", [], "GR", "841510",
         "Κλιματιστικά τοίχου inverter R-32, 12.000 BTU, 400 τεμ.", "CN", 14000, 400, 96000, "USD",
         "R-32 split air conditioners carry an A2L flammability mark and 0.6-0.8 kg of difluoromethane; these 400 "
         "outdoor units, for an Athens installer, carry no flame mark, their service ports are the old R-22 size and "
         "the rating plates under the stickers read 'R22 1.1 kg': air conditioners pre-charged with HCFC-22, "
         "equipment relying on an HCFC whose placing on the Union market is banned (Regulation 2024/590), by sea from "
         "Ningbo to Piraeus; Greek wording (HCFC-22 repeats in many sets and pre-charged split units in several; R-32 "
         "relabels to Greece are the new part)", firm("Meridian Klimatismos AE", "GR")),
        ("OZN-02", "import", "NLAIR01", "express", "US", [], "NL", "382769",
         "R-413A drop-in refrigerant for R-12 systems, 12 x 12 oz cans", "US", 4.1, 12, 110, "USD",
         "R-413A is a blend of HFC-218, HFC-134a and isobutane that reads about 5.4 bar at 20 °C and sells in "
         "labelled cans; these twelve cans for a classic-car owner read 4.7 bar, leave no hydrocarbon trace on a "
         "detector and a gas test gives pure dichlorodifluoromethane: CFC-12, whose import into the Union is banned, "
         "sent by express from Texas to a private person in Utrecht, although pressurised gases travel by express "
         "only as declared dangerous goods; US English wording (CFC-12 repeats in many sets and classic-car covers in "
         "several, as HC-12a in five and R-1234yf in three; an R-413A label was found in no earlier row)",
         person("M. Bakker", "NL")),
        ("OZN-03", "import", "DEAIR01", "air", "PK", [], "DE", "842410",
         "Feuerlöschspray, wasserbasiert, für Motorboote, 600 ml, 600 Dosen", "PK", 540, 600, 2400, "USD",
         "water-based extinguisher sprays hold a foam solution under nitrogen and weigh about 0.9 kg each; these 600 "
         "cans weigh heavier, spray a colourless gas that smells sweet and leaves no residue, and a gas test gives "
         "bromochlorodifluoromethane: halon 1211, whose placing on the market in the Union is banned outside "
         "licensed critical uses, flown from Lahore to Frankfurt for a Hamburg boat-chandler web shop; German wording "
         "from a Sialkot exporter (halon 1211 repeats in many sets under clean-agent labels and a foam or "
         "water-mist car spray covered a liquefied gas in blind60; a water-based boat spray by air freight from "
         "Pakistan is the new part)", firm("Nordhafen Bootsbedarf GmbH", "DE")),
        ("OZN-04", "import", "BESEA01", "sea", "IN", [], "BE", "291010",
         "Propylene oxide, for nut pasteurisation (PPO), 40 cylinders", "IN", 2400, 40, 8400, "USD",
         "propylene oxide is a volatile liquid of 0.83 kg/l that boils at 34 °C and burns readily; these 40 "
         "cylinders hold a gas under 2 bar at 20 °C, of 1.73 kg/l as a liquid, non-flammable, with a chloropicrin "
         "warning smell and 'CH3Br' on the valve guards, for an Antwerp almond and walnut processor: methyl bromide, "
         "whose import into the Union is banned, by sea from Nhava Sheva; Indian English wording (methyl bromide "
         "repeats in many sets and fumigant labels in many, from India in blind104; a propylene-oxide label was found "
         "in no earlier row)", firm("Rivage Noten NV", "BE")),
        ("OZN-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "291531",
         "Этилацетат пищевой, бочки 200 л, 60 бочек", "KZ", 19080, 60, 16000, "USD",
         "food-grade ethyl acetate is a light liquid of 0.90 kg/l that smells of pear drops and burns readily; these "
         "60 drums weigh 1.59 kg/l, do not burn, smell sweetish like chloroform and boil at 77 °C, and the drum bungs "
         "carry CAS 56-23-5: carbon tetrachloride, whose import into the Union is banned except for licensed uses, by "
         "rail from Pavlodar through Russia and Belarus to Małaszewicze for a Łódź 'decaffeination solvent' trader; "
         "Russian wording from Kazakhstan (carbon tetrachloride repeats in many sets and ethyl-acetate labels in "
         "several; by rail from Kazakhstan is the new part)", firm("Orion Chemia Sp. z o.o.", "PL")),
        ("OZN-06", "import", "GRSEA01", "sea", "VN", [], "GR", "290512",
         "Cồn isopropyl 99,9 %, vệ sinh bảng mạch, thùng 200 lít, 40 thùng", "VN", 9920, 40, 12000, "USD",
         "99.9 % isopropanol for circuit boards weighs 0.79 kg/l and burns with a blue flame; these 40 drums weigh "
         "1.24 kg/l, boil at 32 °C, barely burn and smell ethereal, and the filler's drum heads read '141b': "
         "HCFC-141b, whose import into the Union is banned, by sea from Haiphong to Thessaloniki for an electronics "
         "repair wholesaler; Vietnamese wording (HCFC-141b repeats in many sets and isopropanol labels in several; "
         "from Vietnam to Greece by sea is the new part)", firm("Delta Electroniki AE", "GR")),
        ("OZN-07", "import", "FRAIR01", "express", "IL", [], "FR", "330499",
         "נוזל העברה לסטנסיל קעקועים, 12 בקבוקים של 250 מ\"ל", "IL", 4, 12, 600, "ILS",
         "tattoo stencil transfer fluid is a thick, glycerine-and-alcohol gel that smells of herbs; these twelve "
         "bottles hold a thin, water-clear liquid of 1.32 kg/l that evaporates at once, smells of chloroform and "
         "degreases steel, and the inner labels read '1,1,1-trichloroethane': methyl chloroform, whose import into "
         "the Union is banned, sent by express from Tel Aviv to a Lyon tattoo studio; Hebrew wording (methyl "
         "chloroform repeats in many sets and tattoo covers in three; a stencil transfer fluid was found in no "
         "earlier row)", firm("Vega Tatouage SARL", "FR")),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "MR", "841869",
         "Machines à glace en écailles d'occasion, criée, 6 unités", "FR", 7200, 6, 18000, "EUR",
         "used flake-ice machines for export are usually converted and recharged with an HFC or ammonia; these six "
         "from the fish auction of Lorient were pulled out with their original charge still inside (R-22, 60 kg each "
         "on the plates) and shipped unopened: equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Le Havre to a Nouadhibou fish-processing plant; French wording (R-22 equipment "
         "for export repeats in several sets, chillers and ice machines among them; fish-auction flake-ice "
         "machines to Mauritania are the new part)", {"importer_country": "MR"}),
        ("OZN-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "R-407C 制冷剂, 11.3 kg 钢瓶, 800 瓶", "CN", 9040, 800, 28000, "USD",
         "R-407C reads about 9 bar at 20 °C with a glide and comes in brown cylinders; these 800 read a steady 9 bar "
         "with no glide and a gas test gives pure chlorodifluoromethane: HCFC-22 moved through the Union without the "
         "licence Regulation 2024/590 requires for transit, landed at Koper in transit from Shanghai to Belgrade, "
         "where the quota price would expose it; Chinese wording (HCFC-22 repeats in many sets and R-407C labels in "
         "some; in transit through Koper to Serbia is the new part)", {"importer_country": "RS"}),
        ("OZN-10", "import", "GRPOST01", "post", "EG", [], "GR", "300490",
         "بخاخ سالبوتامول للربو، HFA، 20 عبوة", "EG", 1.2, 20, 600, "EGP",
         "HFA salbutamol inhalers run on HFC-134a and are marked 'CFC-free'; these twenty Egyptian inhalers come from "
         "a production lot of the old CFC formulation, with 'CFC-11/CFC-12' printed on the canisters under the "
         "pharmacy stickers: metered-dose inhalers containing CFCs, products whose import into the Union is banned, "
         "posted from Alexandria to a private person in Athens; Egyptian Arabic wording (CFC inhalers repeat in a few "
         "sets; from Egypt by post under an HFA label is the new part)", person("K. Georgiou", "GR")),
    ],
    "cultural": [
        ("CUL-01", "export", "GRAIR01", "air", "GR", [], "CH", "691390",
         "Πήλινα αντίγραφα ειδωλίων Τανάγρας, μουσειακό πωλητήριο, 6 τεμ.", "GR", 3, 6, 180, "EUR",
         "museum-shop Tanagra replicas are cast in plaster or fresh terracotta with a shop sticker; these six are "
         "hollow, hand-pressed Boeotian figurines of draped women with traces of pink and blue paint, root marks and "
         "tomb earth in the vent holes, dug from a Boeotian cemetery: archaeological objects more than 100 years old, "
         "exported without the Greek permit and without the EU export licence (Regulation 116/2009), flown from "
         "Athens to Geneva for a dealer; Greek wording (Greek antiquities as replicas repeat in several sets; Tanagra "
         "figurines were found in no earlier row)", {"importer_country": "CH"}),
        ("CUL-02", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "442090",
         "Dřevěná socha sv. Jana Nepomuckého, nová řezba, lipové dřevo, 1 ks", "CZ", 45, 1, 400, "EUR",
         "a new limewood saint from a carving workshop is pale, clean and sharp; this one is worm-eaten, with layers "
         "of old polychromy and gilding, a dry crack and iron nails, taken from a wayside chapel in South Bohemia and "
         "listed in the Czech stolen-art database as a Baroque figure of about 1730: a cultural good over 50 years old "
         "and of a value above the threshold, exported without the EU export licence (Regulation 116/2009), by van "
         "through Germany to a Basel antiques dealer; Czech wording (a Nepomuk figure repeats once, in blind64; by "
         "road to Switzerland as a new carving is the new part)", {"importer_country": "CH"}),
        ("CUL-03", "import", "DEAIR01", "express", "IQ", [], "DE", "691200",
         "صحون خزفية جديدة بالبريق المعدني، صناعة يدوية، 4 قطع", "IQ", 3, 4, 80, "USD",
         "new lustre bowls from Iraqi workshops are bright, even and glazed over a white machine-made body; these "
         "four are broken and mended, with a soft yellow body, a worn golden lustre of palmettes and figures and "
         "burial incrustation, from an Abbasid site at Samarra: 9th-century archaeological ceramics exported from "
         "Iraq, whose import into the Union Regulation 1210/2003 forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Erbil to a Cologne collector; Iraqi Arabic wording (Iraqi "
         "antiquities repeat in many sets and lustreware in a few; Samarra lustre bowls as new craft were found in no "
         "earlier row)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "FRPOST01", "post", "AM", [], "FR", "491000",
         "Աղոթքի բացիկներ, տպագիր, 12 հատ", "AM", 0.3, 12, 30, "USD",
         "printed prayer cards are glossy offset prints; these twelve are vellum leaves with hand-painted canon "
         "tables and evangelist portraits in gold and lapis, cut from a 14th-century gospel book from a church of "
         "Nagorno-Karabakh that was emptied in 2023, with old library stamps trimmed off: manuscript leaves over 100 "
         "years old removed from their country without the required export permit and brought in without an import "
         "licence (Regulation 2019/880), posted from Yerevan to a Marseille dealer; Armenian wording (Armenian "
         "manuscript leaves as prints repeat in blind69, blind73 and blind80; kept as a known repeat, a prayer-card "
         "label and a Karabakh church by post to France are the new part)", firm("Galerie Atlantic SARL", "FR")),
        ("CUL-05", "import", "ESAIR01", "air", "EC", [], "ES", "691390",
         "Figuras de barro, artesanía de Manabí, réplicas, 20 piezas", "EC", 18, 20, 200, "USD",
         "Manabí craft replicas are fired hard, bright and clean; these twenty are seated figures with ear spools and "
         "feather headdresses, soft-fired, with black manganese spots and earth in the hollows: Jama-Coaque figures "
         "(500 BC-AD 500), archaeological objects whose export Ecuador forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Guayaquil to Madrid for a gallery; Ecuadorian Spanish wording "
         "(Jama-Coaque figures repeat in several sets, blind26, blind65 and blind83; kept as a known repeat, air "
         "freight to Madrid is the new part)", firm("Galería Meridian SL", "ES")),
        ("CUL-06", "transit", "NLAIR01", "air", "EG", ["NL"], "US", "830629",
         "Brass cat statues, souvenir, antique finish, 3 pcs", "EG", 4, 3, 45, "USD",
         "souvenir brass cats from Khan el-Khalili are bright yellow brass under a chemical patina; these three are "
         "cast bronze with a warty green-blue corrosion, gold earrings and a hollow base sealed with ancient resin "
         "that holds linen: Late Period bronze cats of Bastet, antiquities exported from Egypt without permission, "
         "landed at Schiphol in transit from Cairo to New York without the documents that show lawful export; "
         "English wording (a Bastet cat repeats once, blind47; in air transit through Amsterdam is the new part)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "ITSEA01", "sea", "TR", [], "IT", "570210",
         "El dokuma kilim, yeni, 80 adet", "TR", 960, 80, 9600, "EUR",
         "a Turkish bazaar container for a Bari carpet shop: new kilims and ceramic bowls are what such shops import, "
         "but the third item's 'bronz haç, replika' is a cast processional cross with engraved saints, a socket for "
         "the staff and hard green corrosion, dug in eastern Anatolia: a Middle Byzantine archaeological object, "
         "exported from Türkiye without permission and brought in without an import licence (Regulation 2019/880), "
         "hidden as the last item of a three-item declaration, by sea from Mersin; Turkish wording (Byzantine "
         "crosses repeat in several sets; behind a kilim order by sea to Italy is the new part)",
         dict(firm("Horizon Tappeti Srl", "IT"),
              _more_items=[item("691200", "El yapımı seramik kase, yeni, 400 adet", "TR", 320, 1600, "EUR", qty=400),
                           item("830629", "Bronz haç, replika, 1 adet", "TR", 1.4, 40, "EUR", qty=1)])),
        ("CUL-08", "import", "NLSEA01", "sea", "IN", [], "NL", "680293",
         "Granite garden sculpture, hand-carved, new, 1 pc", "IN", 1800, 1, 900, "USD",
         "new granite garden sculpture from Mamallapuram is crisp and pale; this one is a weathered, lichen-stained "
         "memorial stone with three registers of a warrior, his death and his ascent, broken off at the base: a "
         "Karnataka hero stone (virakal) of about the 12th century, an antiquity whose export India forbids without "
         "a licence, brought in without an import licence (Regulation 2019/880), by sea from Chennai to Rotterdam for "
         "a garden-antiques dealer; Indian English wording (Indian temple stones repeat in several sets and a hero stone as "
         "a carved garden panel behind furniture in blind65; kept as a known repeat, alone as a new garden sculpture "
         "to Rotterdam is the new part)", firm("Horizon Tuinantiek BV", "NL")),
        ("CUL-09", "export", "PTSEA01", "sea", "PT", [], "BR", "690723",
         "Azulejos novos pintados à mão, painel decorativo, 1 palete", "PT", 600, 1, 500, "EUR",
         "new hand-painted azulejos are thick, bright and even-glazed; this palette holds a blue-and-white panel of "
         "about 1740 with a hunting scene, lime mortar on the backs and numbers chalked for reassembly, cut from the "
         "wall of a Lisbon palace stairwell: a cultural good over 100 years old, part of a monument, exported "
         "without the EU export licence (Regulation 116/2009) and against Portuguese heritage law, from Lisbon to "
         "Santos; Portuguese wording (azulejo panels repeat in several sets; kept as a known repeat, to Brazil by "
         "sea as new tiles is the new part)", {"importer_country": "BR"}),
        ("CUL-10", "import", "ATROAD01", "road", "UA", ["PL", "CZ"], "AT", "491191",
         "Ікони, друк на дереві, нові, 10 шт.", "UA", 14, 10, 200, "EUR",
         "new printed icons on wood are laminated prints on MDF; these ten are egg-tempera panels with gesso, gold "
         "leaf, kovcheg recesses and wormholes, and inventory labels of the Oleshky local museum in Kherson oblast, "
         "emptied under occupation: museum objects removed from Ukraine, brought in without an import licence "
         "(Regulation 2019/880) and against the UNESCO 1970 convention, in a car through Poland and the Czech "
         "Republic to a Vienna dealer; Ukrainian wording (icons and Kherson museum objects repeat in several sets; "
         "the Oleshky museum by road to Austria is the new part)", firm("Alpina Kunsthandel GmbH", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "UZ", "853890",
         "Steuerplatinen für Kaffeevollautomaten, Ersatzteile, 4.000 Stück", "DE", 800, 4000, 36000, "EUR",
         "coffee-machine control boards are model-specific, come boxed with the appliance maker's part number and "
         "cost tens of euros; these are bare boards carrying only 32-bit microcontrollers and flash memory in sockets, "
         "with no heater relay, no pump driver and no grinder connector, for a Tashkent 'appliance service' company "
         "founded last year that forwards to Moscow: electronic integrated circuits on the common high-priority "
         "list, whose export for use in Russia Regulation 833/2014 bans, flown from Frankfurt; German wording "
         "(microcontrollers through Central Asia repeat in many sets, as washing-machine boards in blind26, blind36 "
         "and blind49; coffee-machine boards to Uzbekistan were found in no earlier row)", {"importer_country": "UZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AM", "903180",
         "Automobilové diagnostické testery, 60 ks", "CZ", 360, 60, 54000, "EUR",
         "automotive diagnostic testers are rugged tablets with an OBD cable and a slow 2-channel scope at a few "
         "hundred euros; these 60 are 4-channel 2 GHz digital oscilloscopes at 900 euros each, in their makers' "
         "cartons, for a Yerevan 'garage equipment' supplier whose buyers are Russian: measuring instruments "
         "listed in Annex XXIII and on the high-priority list, whose export for use in Russia Regulation 833/2014 "
         "bans, flown from Prague; Czech wording (oscilloscopes through the Caucasus repeat in several sets, as "
         "school physics instruments in blind94; as car diagnostic testers was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "TR", "843840",
         "Brouwketels, 2.000 l, voor ambachtelijke brouwerijen, 2 stuks", "NL", 7000, 2, 60000, "EUR",
         "craft-brewery kettles are stainless, open-topped vessels with a steam jacket at a few thousand euros; "
         "these two are closed, glass-lined reactors of 2 m3 with agitator seals, rated to full vacuum and 6 bar, at "
         "30,000 euros each, for a Mersin 'brewery equipment' trader who re-exports to Syria: glass-lined chemical "
         "reaction vessels (dual-use 2B350) exported without the licence Regulation 2021/821 requires, from "
         "Rotterdam; Dutch wording (glass-lined reactors repeat in several sets; as brewing kettles to Türkiye was "
         "found in no earlier row)", {"importer_country": "TR"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "AE", "841370",
         "Motopompe per irrigazione, motore a scoppio, 120 unità", "IT", 2400, 120, 60000, "EUR",
         "irrigation motopumps carry a single-cylinder four-stroke engine and a cast pump body at a few hundred euros; "
         "these 120 crates hold no pump bodies, only two-cylinder, two-stroke boxer engines of 28 kW with propeller "
         "hubs and twin electronic ignitions, for a Jebel Ali trader whose earlier buyers supplied Iranian drone "
         "makers: engines listed in Regulation 2023/1529 as goods used in Iranian unmanned aerial vehicles, whose "
         "export to Iran, directly or indirectly, is banned, from Genoa; Italian wording (drone engines to Iran "
         "repeat in several sets under generator, outboard, paramotor and mower labels; an irrigation-motopump label "
         "was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-05", "import", "BEAIR01", "air", "AE", [], "BE", "710429",
         "Lab-grown diamonds, CVD, polished, 1,200 ct, with grading reports", "AE", 0.24, 1200, 480000, "USD",
         "CVD-grown stones show growth striations and strain under cross-polarised light and fluoresce in a "
         "DiamondView scanner; these 1,200 carats show none, carry the nitrogen spectra of natural type Ia stones "
         "and match rough bought from a Yakutian producer by a Dubai cutter: Russian-origin natural diamonds, "
         "processed in a third country, whose import into the Union Regulation 833/2014 bans, flown from Dubai to "
         "Antwerp; English wording (Russian diamonds repeat in several sets and lab-grown labels in a few; kept as a "
         "known repeat of the label, with a Dubai cutter's CVD grading reports is the new part)",
         firm("Meridian Diamonds BVBA", "BE")),
        ("STR-06", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "252329",
         "Портландцемент CEM I 42,5R, МКР, 3 000 т", "KZ", 3000000, None, 240000, "USD",
         "a Kazakh cement plant ships from the steppe on the Turksib; these wagons load at a station near Novgorod, "
         "carry Russian plant marks on the big-bag tags and a Kazakh certificate of origin issued to a trader with "
         "no kiln: Russian cement, whose import into the Union Regulation 833/2014 bans, by rail through Russia to "
         "Rēzekne for a Riga builder's merchant; Russian wording from Kazakhstan (Russian goods under third-country "
         "papers repeat in many sets and cement in several; kept as a known repeat, by rail to Latvia is the new "
         "part)", firm("Atlantic Būvmateriāli SIA", "LV")),
        ("STR-07", "import", "LTROAD01", "road", "RS", ["HU", "SK", "PL"], "LT", "401120",
         "Gume za kamione, nove, 315/80 R22.5, 400 kom", "RS", 24000, 400, 80000, "EUR",
         "Serbian-made truck tyres carry a Serbian DOT plant code; these 400 carry the plant code of a Babruysk "
         "factory under freshly buffed sidewalls and ride with a Serbian trader's invoice: Belarusian tyres, whose "
         "import into the Union Regulation 765/2006 bans, in lorries through Hungary, Slovakia and Poland to a Kaunas fleet dealer; Serbian "
         "wording (Belarusian tyres repeat in several sets; under Serbian papers by road to Lithuania is the new "
         "part)", firm("Vega Padangos UAB", "LT")),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "PK", "902620",
         "Capteurs de pression pour l'industrie laitière, inox, 80 pièces", "FR", 40, 80, 96000, "EUR",
         "dairy pressure sensors are sanitary-flanged and cost a few hundred euros; these 80 are capacitance "
         "manometers with Inconel diaphragms, full scale 100 torr, corrosion-resistant to UF6, at 1,200 euros each, "
         "for a Lahore 'dairy equipment' importer linked to a procurement network: dual-use pressure transducers "
         "(2B230) exported without the licence Regulation 2021/821 requires, flown from Paris; French wording "
         "(pressure transducers repeat in several sets; under a dairy cover to Pakistan is the new part)",
         {"importer_country": "PK"}),
        ("STR-09", "transit", "BESEA01", "sea", "US", ["BE"], "AE", "847439",
         "Concrete vibrating tables, 2 units", "US", 6000, 2, 24000, "USD",
         "concrete vibrating tables shake moulds at a fixed 50 Hz with a few g; these two are electrodynamic shaker "
         "systems with 5-2,000 Hz controllers, 30 kN force and slip tables, for a Sharjah 'precast' firm whose "
         "end user is an Iranian missile maker: vibration test systems (2B116), whose transfer to Iran, direct or "
         "indirect, Regulation 267/2012 bans, landed at Antwerp in transit from Baltimore to Jebel Ali; English "
         "wording (vibration test systems repeat in blind10, as furniture-testing rigs, and in a "
         "development set; as concrete tables in transit through Antwerp is the new part)", {"importer_country": "AE"}),
        ("STR-10", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR", "GE"], "AM", "940330",
         "Mobili da ufficio usati, 40 scrivanie", "IT", 2000, 40, 2000, "EUR",
         "an office-clearance lorry for Yerevan: used desks and printers are what such dealers send, but the third "
         "item's 'componenti per server, usati' are 64 data-centre GPU accelerator cards, new in anti-static "
         "wrapping at 20,000 euros each, for a trader who ships on to Russia: computers and components listed in "
         "Annex XXIII and on the high-priority list, whose export for use in Russia Regulation 833/2014 bans, hidden "
         "as the last item of a three-item declaration, by road from Milan through the Balkans, Türkiye and Georgia; "
         "Italian wording (GPUs repeat in two sets; behind office furniture by road to Armenia is the new part)",
         dict({"importer_country": "AM"},
              _more_items=[item("844331", "Stampanti multifunzione usate, 30 pezzi", "IT", 900, 1500, "EUR", qty=30),
                           item("847330", "Componenti per server, usati, 64 pezzi", "IT", 120, 3200, "EUR", qty=64)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "AZ", [], "DE", "200599",
         "Qara zeytun pastası (tapenad), şüşə banka 100 q, 300 banka", "AZ", 30, 300, 900, "EUR",
         "black-olive tapenade is a brown-black paste that smells of olives and capers; these 300 jars hold glossy, "
         "separate grey-black grains that burst on the tongue and taste of the sea, from the Caspian: sturgeon "
         "caviar (Acipenseriformes, CITES App. II) without CITES documents or the labels of a registered packing "
         "plant, flown from Baku to Berlin for a Russian-food shop; Azerbaijani wording (caviar repeats in many "
         "sets under roe and preserve labels; a tapenade label was found in no earlier row)",
         firm("Central Feinkost GmbH", "DE")),
        ("WLF-02", "import", "DKPOST01", "post", "GL", [], "DK", "050790",
         "Vedhæng af rensdyrgevir, udskåret, 12 stk.", "GL", 1.1, 12, 1800, "DKK",
         "reindeer-antler pendants are grey-white with a porous core and a rough, pearled surface; these twelve are "
         "dense, cone-shaped teeth with a smooth creamy-yellow enamel, a hollow root and concentric growth rings at "
         "the cut base: sperm-whale teeth (Physeter macrocephalus, CITES App. I, EU Annex A) without CITES "
         "documents, posted from Nuuk to a private person in Aarhus; Danish wording (sperm-whale teeth repeat in "
         "several sets, as resin scrimshaw, and a reindeer-antler label covered narwhal tusks in blind45 and "
         "blind87; sperm-whale teeth as antler pendants from Greenland are the new part)",
         {"consignee_name": "Privatperson", "importer_country": "DK"}),
        ("WLF-03", "import", "FRSEA01", "sea", "GA", [], "FR", "440729",
         "Acajou d'Afrique (Khaya), sciages secs, 40 m3", "GA", 28000, None, 24000, "EUR",
         "African mahogany (Khaya) is pinkish-brown, light and mild-figured; these boards are heavy, red-brown with "
         "purple stripes and a wavy figure, and the sawmill tally sheet in the container names 'kévazingo': "
         "bubinga (Guibourtia demeusei/tessmannii, CITES App. II) without CITES documents, by sea from Owendo to Le "
         "Havre for a furniture maker; Gabonese French wording (bubinga repeats in several sets and Khaya labels "
         "covered big-leaf mahogany in blind26 and blind40; bubinga under a Khaya label from Gabon is the new part)", firm("Atlantic Bois SARL", "FR")),
        ("WLF-04", "import", "ESAIR01", "express", "PH", [], "ES", "050800",
         "Mother-of-pearl veneer sheets for inlay, 2 kg", "PH", 2, None, 90, "USD",
         "mother-of-pearl veneer is thin, flat, iridescent shell laminated into sheets from farmed pearl oysters; "
         "these 2 kg are curved segments still carrying a white outer layer with brown tiger stripes, pieces of the "
         "chamber walls and the siphuncle: cut chambered nautilus shells (Nautilus pompilius, CITES App. II) "
         "without CITES documents, sent by express from Cebu to a Valencia guitar-inlay workshop; Philippine English "
         "wording (nautilus repeats in several sets, as turbo and turban shells in blind47 and blind100 and as "
         "ammonites in blind91 and blind93; cut nacre segments as inlay veneer are the new part)",
         firm("Horizon Decoración SL", "ES")),
        ("WLF-05", "import", "CZAIR01", "air", "VN", [], "CZ", "030633",
         "Cua biển sống, thùng xốp 10 kg, 12 thùng", "VN", 120, 12, 1200, "USD",
         "live mud crabs travel tied with raffia in damp styrofoam boxes at a few dollars a kilo; these twelve boxes "
         "hold 80 hinged-shelled box turtles with yellow head stripes, their shells wrapped in tape: Asian box turtles "
         "(Cuora spp., CITES App. II, some App. I) without CITES documents, flown from Hanoi to Prague for a Sapa "
         "market trader; Vietnamese wording (Cuora repeat in several sets and a live-mud-crab "
         "label covered tortoises in blind60; kept as a known repeat of the label, box turtles by air to Prague are "
         "the new part)", firm("Orion Asia Food s.r.o.", "CZ")),
        ("WLF-06", "import", "NLAIR01", "express", "HK", [], "NL", "121120",
         "高麗參片, 栽培, 8 公斤", "KR", 8, None, 320, "USD",
         "cultivated Korean ginseng slices are pale, evenly cut discs of fat, six-year field roots; these eight "
         "kilos are forked, ringed, slow-grown whole and sliced wild roots of American ginseng with long necks of "
         "stem scars and a grower's Wisconsin-and-Appalachian grading slip: Panax quinquefolius (CITES App. II, "
         "roots and slices covered), re-exported from Hong Kong without CITES documents under a Korean origin, sent "
         "by express to an Amsterdam Chinese pharmacy; traditional Chinese wording (American ginseng repeats in "
         "several sets and a cultivated Korean-ginseng label covered it in blind46, from Canada; kept as a known "
         "repeat of the label, re-exported from Hong Kong by express is the new part)",
         firm("Nordhafen Kruiden BV", "NL")),
        ("WLF-07", "import", "PTAIR01", "express", "PY", [], "PT", "902519",
         "Ovos de teste para chocadeira, com sensor de temperatura, 24 unidades", "PY", 0.6, 24, 240, "USD",
         "incubator test eggs are plastic or silicone shells with a temperature and humidity logger inside, light and "
         "identical; these 24 are real, white, glossy 4-5 cm eggs packed in warm gel that candle with veins and a "
         "moving embryo, with one cheap logger on top: hyacinth macaw eggs (Anodorhynchus hyacinthinus, CITES App. "
         "I) without CITES documents, sent by express from Asunción to a private breeder in Coimbra; Spanish and "
         "Portuguese wording from Paraguay (parrot eggs repeat in several sets as poultry, ornamental-hen and quail "
         "hatching eggs; a sensor test-egg label was found in no earlier row)", person("Sra. Ana Silva", "PT")),
        ("WLF-08", "import", "ITSEA01", "sea", "LK", [], "IT", "081340",
         "Baccelli di tamarindo essiccati, 40 cartoni", "LK", 400, 40, 2000, "USD",
         "dried tamarind pods are light, brittle, cinnamon-brown curved pods that crack to show sticky pulp and "
         "seeds; these cartons hold hard, grey-brown, knobbly, finger-to-hand-length dried bodies with teat-like "
         "papillae that smell of the sea: teatfish sea cucumbers (Holothuria fuscogilva/whitmaei, CITES App. II) "
         "without CITES documents, by sea from Colombo to Genoa for a Milan Asian wholesaler; Italian wording (sea "
         "cucumbers repeat in many sets, as shiitake in blind90 and wood ear in blind96; a tamarind label was found "
         "in no earlier row)", firm("Delta Oriente Srl", "IT")),
        ("WLF-09", "import", "BEROAD01", "road", "GB", [], "BE", "440729",
         "Spanish cedar guitar neck blanks, 200 pcs", "GB", 800, 200, 6000, "GBP",
         "Spanish cedar (Cedrela) necks are light, pinkish and smell of cigar boxes; these 200 are reddish-brown, "
         "dense, odourless, with ribbon-figure and the white chalk deposits of Swietenia: big-leaf mahogany "
         "(Swietenia macrophylla, CITES App. II) from a British trader's old stock without a CITES re-export "
         "certificate, by lorry through the Channel Tunnel to a Ghent guitar maker; British English wording "
         "(mahogany and Cedrela repeat in several sets; big-leaf mahogany as Spanish-cedar necks from Britain is "
         "the new part)", firm("Vega Luthiers BV", "BE")),
        ("WLF-10", "import", "DEAIR01", "air", "ID", [], "DE", "121229",
         "Makroalga hidup Chaetomorpha untuk refugium akuarium, 40 kotak", "ID", 800, 40, 1600, "USD",
         "live Chaetomorpha for a reef aquarium's refugium is a tangle of green, wiry algae in a bag of seawater at a "
         "few dollars a portion; under a top layer of algae these 40 boxes hold whole, living colonies of Acropora "
         "and Euphyllia with polyps out, wired to plugs: stony corals (Scleractinia, CITES App. II) without CITES "
         "documents, flown from Jakarta to Frankfurt for a reef-aquarium importer; Indonesian wording (stony corals "
         "repeat in many sets, as live rock and aquarium stone under a stone code among them; a live-macroalgae "
         "label was found in no earlier row)", firm("Alpina Aquaristik GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (pond and aquarium care)", "UA", 2.3, 2, 400, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWIA-43-0311")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTPOST01", "post", "BR", "PT", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur rocketry)", "BR", 1, 1, 120, "BRL",
     [("PRECURSOR_LICENCE", "PT-PSP-43-0078")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DERAIL01", "rail", "CH", "DE", "262040",
     "Aluminium salt slag (10 03 08*), for recovery at a licensed salt-slag processing plant, 2 wagons", "CH",
     120000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-43-0204")], "notified salt slag to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ESSEA01", "sea", "MA", "ES", "854911",
     "Waste lead-acid batteries (16 06 01*), for recovery at a licensed secondary lead smelter, 20 t", "MA", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "ES-AN-43-0057")], "notified lead-acid batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "BESEA01", "sea", "IN", "BE", "290361",
     "Methyl bromide, 20 cylinders, for use as feedstock in pharmaceutical synthesis", "IN", 1200, 20, 6000, "USD",
     [("ODS_LICENCE", "BE-SPF-ODS-43-017")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for a critical use in aircraft hand-held extinguishers",
     "US", 300, 30, 15000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-43-009")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "GRAIR01", "air", "GR", "CH", "691390",
     "Tanagra terracotta figurine, 4th century BC, documented collection since 1928, sold at auction", "GR", 0.6, 1,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-43-0021")],
     "archaeological object exported with the Greek permit and the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "690723",
     "Azulejo panel, Lisbon, about 1750, from a dealer's documented stock", "PT", 400, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-43-0036")], "tile panel exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "902620",
     "Capacitance manometers, Inconel diaphragm, 100 torr, 20 units, for a Japanese semiconductor fab", "FR", 10, 20,
     24000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-43-0744"), ("END_USER_CERTIFICATE", "JP-METI-EUC-43-0102")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "KR", "903180",
     "Electrodynamic vibration test system, 30 kN, with slip table, for a Korean automotive test laboratory", "DE",
     3000, 1, 210000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-43-1402"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-43-0088")],
     "dual-use vibration test system under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CN", "DE", "160431",
     "Siberian sturgeon caviar (Acipenser baerii), aquaculture, registered packing plant, CITES-coded tins, 20 kg",
     "CN", 20, 200, 16000, "USD", [("CITES_PERMIT", "CN-CITES-43-1180")], "App. II farmed caviar with its CITES permits"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "GA", "FR", "440729",
     "Bubinga (Guibourtia tessmannii) sawn timber, legal concession, 20 m3", "GA", 17000, None, 30000, "EUR",
     [("CITES_PERMIT", "GA-CITES-43-0215")], "App. II bubinga with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Particular", "PRM-04": "Rivage Reciclaje SL",
    "PRM-06": "Nordhafen Aero Service GmbH", "PRM-08": "Meridian Antiguidades Ltda",
    "PRM-11": "Central Feinkost GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220299", "Birch sap drink, natural, 3 l jars", "import", ["road"], ["UA"], (1, 2), (2000, 6000), ["EUR", "UAH"], 0.33, S),
    ("330430", "Gel-nail remover, acetone-free, 500 ml", "import", ["express"], ["KR", "CN"], (10, 20), (1, 4), ["USD", "KRW"], 2, S),
    ("220900", "Vietnamese rice vinegar, 1 l bottles", "import", ["post"], ["VN"], (3, 6), (1, 5), ["USD", "EUR"], 1, S),
    ("271019", "Food-grade white oil for chopping boards, 250 ml", "import", ["road"], ["TR", "RS"], (4, 8), (1000, 4000), ["EUR"], 4, S),
    ("110814", "Polvilho doce (cassava starch), 1 kg", "import", ["post"], ["BR"], (4, 8), (1, 5), ["EUR", "BRL"], 1, S),
    ("190300", "Sago pearls, 500 g packs", "import", ["sea"], ["ID", "TH"], (1, 2), (4000, 12000), ["USD"], 2, S),
    ("250100", "Nasal-rinse salt, sodium chloride with bicarbonate, 500 g", "import", ["express"], ["CN", "DE"], (8, 16), (1, 3), ["USD", "EUR"], 2, S),
    ("151590", "Argan oil, cosmetic, cold-pressed, 100 ml bottles", "import", ["road"], ["MA"], (40, 70), (200, 800), ["EUR"], 9, S),
    ("170290", "Isomalt for sugar art, 1 kg bags", "import", ["air"], ["CN", "DE"], (3, 6), (200, 600), ["USD"], 1, S),
    ("285390", "Distilled water for steam irons, 1 l bottles", "import", ["rail"], ["CN"], (0.3, 0.6), (8000, 16000), ["USD"], 1, S),
    ("252330", "Calcium aluminate cement, bagged", "export", ["rail"], ["RS", "UA"], (0.4, 0.7), (40000, 60000), ["EUR"], None, S),
    ("392530", "HDPE drums 200 l, new, UN-approved", "export", ["road"], ["UA", "MD"], (2, 3), (3000, 7000), ["EUR"], 0.11, S),
    ("251320", "Garnet abrasive 80 mesh, new, big bags", "export", ["sea"], ["LY", "EG"], (0.25, 0.4), (20000, 40000), ["EUR"], None, S),
    ("902830", "Smart electricity meters, new, sealed", "export", ["sea"], ["SN", "CI"], (20, 35), (3000, 9000), ["EUR"], 1, S),
    ("340290", "Alkaline degreasing concentrate, IBC", "export", ["sea"], ["TN", "MA"], (0.8, 1.4), (10000, 30000), ["EUR"], None, S),
    ("871200", "Used bicycles, roadworthy", "export", ["sea"], ["CM", "GH"], (1, 2), (3000, 6000), ["EUR"], 0.07, S),
    ("381400", "Paint thinners, new, 20 l cans", "import", ["sea"], ["GB", "TR"], (1.5, 2.5), (8000, 16000), ["GBP", "EUR"], None, S),
    ("841510", "Split air-conditioner installation kits, copper pipe, no refrigerant", "import", ["sea"], ["CN", "TR"], (6, 10), (3000, 8000), ["USD"], 0.3, S),
    ("400932", "Classic-car air-conditioning hoses and O-rings", "import", ["express"], ["US"], (30, 60), (1, 4), ["USD"], 2, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new", "import", ["air"], ["PK", "CN"], (8, 14), (300, 900), ["USD"], 0.1, S),
    ("291531", "Ethyl acetate, food grade, drums", "import", ["rail"], ["KZ", "CN"], (0.9, 1.4), (12000, 20000), ["USD"], None, S),
    ("290512", "Isopropanol 99.9 % for electronics cleaning, drums", "import", ["sea"], ["VN", "CN"], (1, 1.6), (8000, 14000), ["USD"], None, S),
    ("330499", "Tattoo stencil transfer gel, 250 ml", "import", ["express"], ["IL", "US"], (30, 60), (1, 3), ["USD", "ILS"], 4, S),
    ("841869", "Flake-ice machines, new, R-290 charge", "export", ["sea"], ["MR", "SN"], (8, 14), (2000, 6000), ["EUR"], 0.002, S),
    ("691390", "Tanagra figurine replicas, new terracotta, museum shop", "export", ["air"], ["CH", "US"], (30, 60), (20, 80), ["EUR"], 2, S),
    ("442090", "Carved limewood saint figures, new", "export", ["road"], ["CH", "NO"], (40, 80), (50, 300), ["EUR"], 0.3, S),
    ("691200", "Lustre-glazed ceramic bowls, new craft", "import", ["express"], ["TR", "UZ"], (20, 40), (1, 4), ["USD"], 2, S),
    ("491000", "Printed prayer cards and calendars", "import", ["post"], ["AM", "GR"], (15, 30), (1, 2), ["USD", "EUR"], 40, S),
    ("830629", "Souvenir brass cat statues, antique finish", "import", ["express"], ["EG"], (15, 30), (1, 4), ["USD"], 1, S),
    ("680293", "Granite garden sculptures, new, hand-carved", "import", ["sea"], ["IN", "CN"], (0.5, 1), (6000, 16000), ["USD"], 0.002, S),
    ("690723", "Hand-painted azulejo tiles, new", "export", ["sea"], ["BR", "US"], (4, 8), (2000, 6000), ["EUR"], 2, S),
    ("491191", "Printed icons on wood, new, for church shops", "import", ["road"], ["UA", "RS"], (20, 40), (200, 800), ["EUR"], 2, S),
    ("853890", "Coffee-machine control boards, OEM-numbered spare parts", "export", ["road"], ["RS", "CH"], (30, 50), (200, 800), ["EUR"], 5, S),
    ("903180", "Automotive diagnostic testers, OBD tablets", "export", ["air"], ["MA", "CH"], (40, 70), (100, 400), ["EUR"], 0.2, S),
    ("843840", "Stainless brewing kettles, open-top, steam-jacketed", "export", ["sea"], ["TR", "IN"], (6, 10), (1000, 4000), ["EUR"], 0.002, S),
    ("841370", "Irrigation motopumps, four-stroke", "export", ["sea"], ["AE", "EG"], (6, 10), (2000, 6000), ["EUR"], 0.04, S),
    ("710510", "Lab-grown diamond polishing powder, graded micron sizes", "import", ["air"], ["IN", "CN"], (1000, 3000), (5, 40), ["USD"], None, S),
    ("847439", "Concrete vibrating tables, 50 Hz", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.003, S),
    ("200599", "Black-olive tapenade, 100 g jars", "import", ["sea"], ["TR", "GR"], (4, 7), (3000, 8000), ["EUR"], 10, S),
    ("081340", "Dried tamarind pods, sweet", "import", ["sea"], ["TH", "LK"], (2, 4), (3000, 8000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691490", "Glazed ceramic plant pots", "import", ["sea"], ["VN", "CN"], (1, 2), (4000, 10000), ["USD"], 0.5, N),
        ("940521", "LED desk lamps", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 1, N),
        ("611595", "Cotton socks, assorted", "import", ["sea", "road"], ["TR", "PK"], (6, 10), (2000, 6000), ["USD", "EUR"], 12, N),
        ("950300", "Jigsaw puzzles, cardboard, 1,000 pieces", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 1.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind105", 20430901, HERE)


if __name__ == "__main__":
    main()
