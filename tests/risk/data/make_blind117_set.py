#!/usr/bin/env python3
"""Writes the hundred-and-seventeenth blind set (tests/risk/data/blind117-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2045, with goods, routes,
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
animal origin, wine, medicines and biocides included) appear only in the permitted rows,
with their document, or not at all, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of
the ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL117-*:

    python3 tests/risk/data/make_blind117_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "CV", [], "PT", "220840",
         "Grogu di Santo Antão, fetu na trapitxi, 4 garafa di 1 litru", "CV", 5.0, 4, 2400, "CVE",
         "Santo Antão grogue is a water-clear cane spirit of about 0.95 kg/l that smells of cane juice and burns "
         "with a blue flame; these four bottles hold a colourless liquid of 1.25 kg/l that will not burn, gives off "
         "a sharp, choking smell, stains the skin yellow and turns a copper coin green under brown fumes: about 40 % "
         "nitric acid (Annex I above 3 %), posted from Mindelo to a private person in Lisbon; Cape Verdean Creole "
         "wording (nitric acid repeats in many sets and spirit covers in several; a grogue label and Creole wording "
         "from Cape Verde on a precursor were found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-02", "import", "FIAIR01", "express", "IN", [], "FI", "151530",
         "ఆముదం నూనె (castor oil), స్వచ్ఛమైనది, 4 x 1 లీటర్", "IN", 4.6, 4, 1600, "INR",
         "cold-pressed castor oil is thick, pale yellow, 0.96 kg/l and pours like honey; these four bottles hold a "
         "thin, water-mobile, faintly fruity liquid of 1.14 kg/l that sinks below water instead of floating and is "
         "marked 'CH3NO2' on the drum label copied onto the invoice annex: nitromethane (Annex I above 16 %), sent "
         "by express from Hyderabad to a private person in Tampere, although flammable liquids travel by express "
         "only as declared dangerous goods; Telugu wording (nitromethane repeats in many sets, from India in two "
         "and to Finland once; a castor-oil label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-03", "import", "ATPOST01", "post", "IR", [], "AT", "200961",
         "آبغوره خانگی شیراز، ۶ بطری ۱ لیتری", "IR", 6.8, 6, 1800000, "IRR",
         "Persian verjuice (ab-ghooreh) is the cloudy, pale green-yellow, very sour juice of unripe grapes, 1.02 "
         "kg/l, with a grape sediment; these six bottles hold a water-clear, odourless liquid of 1.13 kg/l with no "
         "sourness that whitens the skin and fizzes on a cut, under vented caps: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), posted from Shiraz to a private person in Vienna; Persian wording (hydrogen "
         "peroxide repeats in many sets and juice covers in several; a verjuice label was found in no earlier row "
         "by a keyword search)", person("Dr. Reza Karimi", "AT")),
        ("PRE-04", "import", "ESAIR01", "express", "PY", [], "ES", "170310",
         "Miel de caña (takuare'ẽ eíra) de Guairá, artesanal, 4 botellas de 1 litro", "PY", 7.4, 4, 120000, "PYG",
         "Paraguayan miel de caña is a dark, sticky cane syrup of about 1.40 kg/l that smells of molasses; these "
         "four bottles hold a brown-black, oily, odourless liquid of 1.83 kg/l (technical acid darkened by organic "
         "matter) that grows hot with a drop of water and chars a wooden spoon: about 96 % sulphuric acid (Annex I "
         "above 15 %), sent by express from Asunción to a private person in Málaga, although corrosive liquids "
         "travel by express only as declared dangerous goods; Paraguayan Spanish with Guaraní wording (sulphuric "
         "acid repeats in many sets and syrup covers in several, pomegranate molasses in blind108 and blind110; a "
         "cane-syrup label and Guaraní wording were found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("PRE-05", "import", "MTAIR01", "air", "IN", [], "MT", "110290",
         "പുട്ടുപൊടി (puttu podi), 1 കിലോ പാക്കറ്റ്, 300 പാക്കറ്റ്", "IN", 300, 300, 450, "USD",
         "puttu flour is a coarse, cream-coloured, roasted rice flour that smells of toast and clumps when "
         "sprinkled with water; these 300 packs hold a heavy, free-flowing, glittering white powder that does not "
         "clump, has no smell, spits violet sparks in a gas flame and whose inner liners read 'KClO4', for a Malta "
         "Indian grocery that sells 1 kg packs to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Kochi; Malayalam wording (potassium perchlorate "
         "repeats in many sets and flour and starch covers in several, a Thai rice-flour label once (blind99); a "
         "puttu-flour label and Malayalam wording were found in no earlier row by a keyword search)",
         firm("Kerala Spice Store Ltd", "MT")),
        ("PRE-06", "import", "GRROAD01", "road", "MK", [], "GR", "390311",
         "Полнење за вреќи за седење, EPS топчиња, вреќи 25 kg, 800 вреќи", "MK", 20000, 800, 8000, "EUR",
         "expanded-polystyrene refill beads for bean bags weigh about 15 kg/m3, so 20 t of them would fill more than "
         "fifteen lorries; this one lorry holds 800 dense sacks of white prills of 0.8 kg/l that turn ice-cold in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki home-furnishing web shop that "
         "sells to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, at Evzonoi; Macedonian wording (ammonium nitrate repeats in many sets; a bean-bag bead label was "
         "found in no earlier row by a keyword search)", firm("Vega Spiti AE", "GR")),
        ("PRE-07", "import", "IESEA01", "sea", "NG", [], "IE", "110620",
         "Gàrí funfun, àpò 50 kg, 40 àpò", "NG", 2000, 40, 1800, "USD",
         "a West African grocery container for a Dublin food shop that sells to the public: gari and red palm oil "
         "are what such shops stock, but the third item's 'ògógóró' is 600 bottles of a water-clear, odourless "
         "liquid of 1.13 kg/l, not the 0.95 kg/l palm spirit that smells of palm wine, that whitens the skin, "
         "fizzes on a cut and sits under vented caps: about 35 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, by sea "
         "from Lagos (Apapa) to Dublin; Yoruba wording (hydrogen peroxide repeats in many sets, and a Nigerian "
         "grocery container hiding a precursor as its last item in blind109, potassium chlorate as kanwa to Antwerp; "
         "kept as a repeat family, an ogogoro label on a peroxide to Ireland was found in no earlier row by a keyword "
         "search)",
         dict(firm("Atlantic African Foods Ltd", "IE"),
              _more_items=[item("151110", "Epo pupa (red palm oil), galonu 25 lita, 60 galonu", "NG", 1380, 2100, "USD", qty=60),
                           item("220890", "Ògógóró, igo 1 lita, 600 igo", "NG", 680, 600, "USD", qty=600)])),
        ("PRE-08", "import", "ITPOST01", "post", "BD", [], "IT", "300490",
         "ফ্রুট সল্ট (হজমের জন্য), ২০০ গ্রাম বোতল, ১০টি", "BD", 2.0, 10, 1500, "BDT",
         "fruit salt, the Eno-type antacid, is a fine white powder that fizzes hard in water and tastes of lemon and "
         "salt; these ten bottles hold glossy, flaky crystals that do not fizz, flare violet on a hot plate and "
         "whose inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from Dhaka to a "
         "private person in Rome; Bengali wording (potassium chlorate repeats in many sets; a fruit-salt label was "
         "found in no earlier row by a keyword search)", person("Sig. R. Hossain", "IT")),
        ("PRE-09", "import", "LUAIR01", "express", "MY", [], "LU", "250100",
         "Garam akuarium untuk ikan air tawar, 4 x 1 kg", "MY", 4.0, 4, 60, "MYR",
         "aquarium salt is coarse, dull, plainly salty sodium chloride that stays dry in the bag; these four bags "
         "hold clear, glassy, cubic crystals that draw damp, flare yellow on a gas ring, leave no salt crust and "
         "whose inner liners give CAS 7775-09-9: sodium chlorate (Annex I above 40 %), sent by express from Kuala "
         "Lumpur to a private aquarist in Esch-sur-Alzette; Malay wording (sodium chlorate repeats in many sets "
         "under salt labels; an aquarium-salt label was found in no earlier row by a keyword search)",
         person("Marc Weber", "LU")),
        ("PRE-10", "import", "DEPOST01", "post", "IQ", [], "DE", "250100",
         "خوێی ترشی، بۆ تورشیات، ٤ کیسە × ١ کیلۆ", "IQ", 4.0, 4, 40000, "IQD",
         "pickling salt is coarse, pure salt that tastes salty and stays dry; these four bags hold crystals that run "
         "wet within hours, taste faintly bitter, flare on a hot plate and carry CAS 7601-89-0 on the inner bags: "
         "sodium perchlorate (Annex I above 40 %), posted from Sulaymaniyah to a private person in Bielefeld; "
         "Kurdish (Sorani) wording (sodium perchlorate repeats in many sets and pickling and brining-salt labels "
         "in a few; Kurdish wording from Iraqi Kurdistan was found in no earlier row by a keyword search)",
         person("Dilan Ahmed", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "IN", "251200",
         "Diatomaceous earth (kieselguhr), filter-aid grade, bulk bags, 24 t", "IE", 24000, None, 4800, "EUR",
         "filter-aid diatomite is a white to buff, feather-light powder of about 300 kg/m3 sold with a data sheet; "
         "these bags hold a grey, dense dust of 1.1 t/m3 that smells of lime and chlorine, grows warm when wetted "
         "and leaches lead, zinc and cadmium, from the flue-gas cleaning of a Dublin energy-from-waste plant: "
         "air-pollution-control residues and fly ash (19 01 07*), hazardous waste whose export to a non-OECD "
         "country is banned, from Dublin to Nhava Sheva for a 'brewery filtration' buyer; Irish English wording "
         "(incinerator fly ash and APC residues repeat in several sets; a diatomaceous-earth label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "HURAIL01", "rail", "HU", ["SI"], "ID", "440290",
         "Bioszén (biochar), talajjavító, big bag, 22 t", "HU", 22000, None, 3300, "EUR",
         "biochar is a light (about 250 kg/m3), woody, black char that crumbles like charcoal; these bags hold a "
         "heavy (about 1.5 t/m3), fine, black powder with a metallic glint that smells of electrolyte solvent and "
         "reads nickel, cobalt, manganese and lithium on an XRF gun, from a battery-recycling shredder near "
         "Komárom: black mass from lithium-ion batteries, hazardous waste whose export to a non-OECD country is "
         "banned, by rail through Slovenia to Koper for a Sulawesi 'soil improver' buyer; Hungarian wording (black "
         "mass repeats in many sets, to Indonesia once (blind70); a biochar label was found in no earlier row by a "
         "keyword search)", {"importer_country": "ID"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "MA", "400400",
         "Gerecycleerde rubberkorrels, mulch voor speeltuinen, 22 t", "BE", 22000, None, 1100, "EUR",
         "playground rubber mulch is clean, dyed chips of tyre rubber only; these bales hold a greasy, fluffy mix "
         "of seat foam, carpet, plastics, wire ends, glass and soil that smells of oil, from a Ghent car shredder: "
         "shredder light fraction (ASR, 19 10 03*), hazardous waste whose export to a non-OECD country is banned, "
         "from Antwerp to Tanger Med; Flemish wording (ASR repeats in a few sets; a rubber-mulch label was found in "
         "no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-04", "export", "EESEA01", "sea", "EE", [], "GH", "380700",
         "Männitõrv puitpaatide ja katuste hoolduseks, vaadid, 60 vaati", "EE", 12000, 60, 3000, "EUR",
         "Stockholm pine tar is a thin, brown, sweet-smoky liquid from pine stumps sold in tins at about 10 EUR a "
         "litre; these drums hold a thick, black, phenol-smelling sludge with grit and water, dug from the tar "
         "ponds of a closed oil-shale retort in Ida-Virumaa, at 0.25 EUR/kg: tarry residues of oil-shale pyrolysis "
         "(05 06 03*), hazardous waste whose export to a non-OECD country is banned, from Muuga to Tema for a "
         "'boatyard'; Estonian wording (tarry sludges repeat in a few sets, acid tar under a bitumen label in "
         "blind87; a pine-tar label and oil-shale residues were found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-05", "export", "MTSEA01", "sea", "MT", [], "LY", "560749",
         "Ħbula tal-irmiġġ użati, polipropilene, 4 t", "MT", 4000, None, 800, "EUR",
         "a ship-chandlery container for Misrata: used mooring ropes and anchors are what Maltese yards sell on, but "
         "the third item's 'żebgħa tal-baħar, stokk żejjed' is 300 rusted, part-used and crusted tins and drums of "
         "old tributyltin and copper antifouling, paint sludge and stripper from a Marsa dry-dock's paint bay: "
         "waste paint containing organic solvents and dangerous substances (08 01 11*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration; Maltese "
         "wording (antifouling-paint waste repeats in many sets and ship-chandlery covers in many; behind a "
         "mooring-rope item from Malta is the new part as far as a search found)",
         dict({"importer_country": "LY"},
              _more_items=[item("731600", "Ankri użati tal-vapuri, 6", "MT", 3000, 1200, "EUR", qty=6),
                           item("320890", "Żebgħa tal-baħar, stokk żejjed, 300 landa", "MT", 4500, 900, "EUR", qty=300)])),
        ("WST-06", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "701890",
         "Dekorativni stekleni kamenčki za akvarije in vaze, 20 t", "SI", 20000, None, 2000, "EUR",
         "decorative glass pebbles are smooth, tumbled, coloured nuggets sold in mesh bags; these bags hold sharp, "
         "grey-brown crushed glass with a black inner coating, phosphor dust and getter pellets that reads about "
         "20 % lead oxide on XRF, from the CRT-splitting line of a Ljubljana WEEE plant: leaded cathode-ray-tube "
         "funnel glass (19 12 11*), hazardous waste whose export to a non-OECD country is banned, by road through "
         "Croatia to a Tuzla 'glassworks'; Slovene wording (CRT glass repeats in many sets, under frit labels in "
         "several; a glass-pebble label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-07", "export", "SKROAD01", "road", "SK", [], "UA", "382000",
         "Nemrznúca kvapalina do ostrekovačov, koncentrát -60 °C, IBC, 24 t", "SK", 24000, None, 9600, "EUR",
         "screenwash concentrate is a clear, blue, alcohol-based liquid with a little detergent and a data sheet; "
         "these IBCs hold a cloudy, two-layered, yellow-brown liquid smelling of acetone, toluene and amines, whose "
         "analysis shows active-ingredient residues, from the solvent recovery of a pharmaceutical plant near "
         "Bratislava: spent organic solvents (07 05 04*), hazardous waste whose export to a non-OECD country is "
         "banned, at Vyšné Nemecké for an Uzhhorod 'car-care' firm; Slovak wording (spent solvents repeat in many "
         "sets under thinner and antifreeze labels; a screenwash label was found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
        ("WST-08", "export", "HRSEA01", "sea", "HR", [], "NG", "890110",
         "Putnički trajekt, rabljeni, za daljnju uporabu kao ploveći hotel, 1 brod", "HR", 2400000, 1, 620000, "EUR",
         "a ferry sold for further use as a floating hotel would be surveyed, insured and refitted for its delivery "
         "voyage; this 1974 ferry, laid up at Rijeka for six years, with asbestos lagging, PCB-filled cables and "
         "tanks of oily sludge, was sold to a cash buyer at a price per tonne of lightweight, and its charter names "
         "a one-way voyage whose AIS plan ends off Chattogram: a ship destined for demolition, hazardous waste whose "
         "export to a non-OECD country is banned (and whose recycling yard is on no EU list), from Rijeka with "
         "Lagos as the declared destination; Croatian wording (ships for demolition repeat in several sets; a "
         "floating-hotel cover was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "UA", "310100",
         "Biostimulator pe bază de aminoacizi, bidoane 20 l, 1.000 bidoane", "RO", 20000, 1000, 4000, "EUR",
         "amino-acid biostimulants are brown, yeasty-smelling liquids in new, labelled cans; these 1,000 cans are "
         "rusted and relabelled, hold crystallised sludge that smells of garlic and solvent and read lindane, DDT "
         "and parathion residues, gathered from the chemical store of a closed state farm near Brăila: obsolete "
         "pesticides (02 01 08*, persistent organic pollutants among them), hazardous waste whose export to a "
         "non-OECD country is banned, at Siret for a Chernivtsi 'agro' firm; Romanian wording (obsolete pesticides "
         "repeat in many sets; a biostimulant label was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-10", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "680100",
         "Žulové dlažební kostky z rozebrané dlažby, 24 t", "CZ", 24000, None, 2400, "EUR",
         "reclaimed granite setts are grey or pink, rough-split cubes with old mortar and street wear; these "
         "wagons hold heavy, black-brown, sharp-edged bricks with a glassy slag skin and yellow chromate staining "
         "on the broken faces, broken out of the furnace linings of an Ostrava steelworks: spent magnesia-chrome "
         "refractories with hexavalent chromium (16 11 03*), hazardous waste whose export to a non-OECD country is "
         "banned, by rail through Slovakia and Hungary to a Smederevo 'paving contractor'; Czech wording "
         "(magnesia-chrome refractories repeat in a few sets; a cobblestone label was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "US", [], "BE", "841821",
         "Retro-style refrigerators, new, 1950s design, R-600a, 12 units", "US", 1400, 12, 9600, "USD",
         "new retro-style fridges are light, foam-insulated, carry an R-600a label and an energy label; these "
         "twelve are heavy 1950s Frigidaire and Kelvinator fridges with chrome handles, rust under fresh paint, "
         "glass-wool insulation and their original sealed compressors, whose nameplates read 'Refrigerant F-12, "
         "10 oz': products containing CFC-12, whose import into the Union is banned (Regulation 2024/590), by sea "
         "from an Ohio restorer to a Ghent vintage-interiors shop; US English wording (CFC-12 repeats in many sets "
         "and retro labels in a few; restored American fridges as new retro models were found in no earlier row by "
         "a keyword search)", firm("Rivage Vintage SA", "BE")),
        ("OZN-02", "import", "GRROAD01", "road", "TR", [], "GR", "281129",
         "Krem şanti gazı N2O, 640 g tek kullanımlık tüp, 3.000 adet", "TR", 1920, 3000, 9000, "EUR",
         "whipped-cream tanks hold 640 g of nitrous oxide at about 50 bar and hiss a sweet gas; these 3,000 "
         "read 5.5 bar at 20 °C, come with a car air-conditioning quick-coupler in every carton and a gas test "
         "gives 1,1,1,2-tetrafluoroethane: HFC-134a in non-refillable containers, banned by Regulation 2024/573 and "
         "brought in without quota, by road at Kipoi for a Thessaloniki 'catering supply' web shop; Turkish wording "
         "(HFC-134a in disposable cans repeats in many sets; a whipped-cream-gas label was found in no earlier row "
         "by a keyword search)", firm("Delta Catering AE", "GR")),
        ("OZN-03", "import", "IEROAD01", "road", "GB", [], "IE", "281121",
         "Beer gas, CO2/N2 30:70 mix, for pub dispense, 40 cylinders", "GB", 1200, 40, 1200, "GBP",
         "pub mixed-gas cylinders hold a CO2-nitrogen mix at 200 bar and are sold by pressure; these 40 read 6 bar, "
         "slosh, weigh 30 kg above their tare and have quarter-inch SAE refrigerant ports on the valves, and a gas "
         "test gives HFC-134a (R-404A in six of them): hydrofluorocarbons brought into the Union without quota "
         "authorisation (Regulation 2024/573), off the Holyhead ferry at Dublin Port for a 'bar services' firm that "
         "supplies car air-conditioning garages; British English wording (bulk HFCs repeat in many sets; a beer-gas "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Bar Services Ltd", "IE")),
        ("OZN-04", "import", "CYSEA01", "sea", "JO", [], "CY", "380891",
         "مبيد حشري دخاني ذاتي الانطلاق (فوغر)، عبوة 680 غ، 2400 عبوة", "JO", 1632, 2400, 3600, "USD",
         "total-release insecticide foggers are light cans of a pyrethroid in solvent driven by butane; these cans "
         "each hold 680 g of a liquid of 1.73 kg/l at 2 bar that hisses a sweetish gas with the sting of chloropicrin, "
         "and under the labels they are the 'CH3Br 98 %' soil-fumigation cans of a Jordan Valley supplier: methyl "
         "bromide, whose import into the Union is banned, by sea from Aqaba to Limassol for a potato growers' "
         "supplier; Jordanian Arabic wording (methyl bromide repeats in many sets; a fogger label was found in no "
         "earlier row by a keyword search)", firm("Vega Agro Supplies Ltd", "CY")),
        ("OZN-05", "transit", "ESSEA01", "sea", "IN", ["ES"], "DZ", "290315",
         "१,२-डायक्लोरोइथेन (EDC), औद्योगिक द्रावक, ८० पिंपे", "IN", 20000, 80, 14000, "USD",
         "1,2-dichloroethane weighs 1.25 kg/l and boils at 84 °C; these 80 drums weigh 1.59 kg/l, boil at 77 °C, smell "
         "sweet and a head-space test gives tetrachloromethane: carbon tetrachloride, a controlled ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at Valencia in "
         "transit from Nhava Sheva to Oran; Marathi wording (carbon tetrachloride repeats in many sets, an EDC "
         "label once (blind98) and Marathi wording once (blind104); a transit through Valencia to Algeria is the new "
         "part as far as a search found)", {"importer_country": "DZ"}),
        ("OZN-06", "import", "NLSEA01", "sea", "TH", [], "NL", "841850",
         "ตู้แช่เครื่องดื่มกระจก 1 ประตู สารทำความเย็น R290, 120 ตู้", "TH", 9600, 120, 36000, "USD",
         "hydrocarbon bottle coolers carry at most 150 g of R-290 and a flammable-gas mark; these 120 carry, under the "
         "stickers, maker's nameplates for 450 g of R-404A (GWP 3,922) and brazed service valves: plug-in commercial "
         "refrigeration with an HFC of GWP 150 or more, whose placing on the market is banned (Regulation 2024/573), "
         "by sea from Laem Chabang to Rotterdam; Thai wording (plug-in HFC equipment under R-290 labels repeats in "
         "many sets; a bottle-cooler label was found in no earlier row by a keyword search)",
         firm("Horizon Horeca BV", "NL")),
        ("OZN-07", "import", "BGROAD01", "road", "AM", ["GE", "TR"], "BG", "731100",
         "Դատարկ վերադարձվող գազաբալոններ, 13,6 կգ, 80 հատ", "AM", 560, 80, 800, "USD",
         "empty returnable refrigerant cylinders ring when tapped, read 0 bar and weigh about 7 kg; these 80 weigh 21 "
         "kg each, read 9 bar, slosh when tipped and a gas test gives chlorodifluoromethane: about a tonne of "
         "HCFC-22, whose import into the Union is banned, on a lorry from Yerevan through Georgia and Türkiye to "
         "Kapitan Andreevo for a Sofia air-conditioning firm; Armenian wording (HCFC-22 repeats in many sets and "
         "empty-cylinder covers in several; from Armenia by road is the new part as far as a search found)",
         firm("Central Klimatik EOOD", "BG")),
        ("OZN-08", "import", "ITAIR01", "air", "IN", [], "IT", "350699",
         "जूतों के लिए कॉन्टैक्ट सीमेंट, नॉन-फ्लेमेबल, 5 लीटर डिब्बे, 200 डिब्बे", "IN", 1320, 200, 3000, "USD",
         "today's non-flammable contact cements are water-based, milky and about 1.0 kg/l; these tins hold a clear, "
         "amber, solvent-thin adhesive of 1.32 kg/l that smells sweet like chloroform, will not burn and gives up a "
         "solvent boiling at 74 °C identified as 1,1,1-trichloroethane: methyl chloroform in a product, whose import "
         "into the Union is banned, flown from Delhi to Milan for Marche shoe workshops; Hindi wording (methyl "
         "chloroform repeats in many sets; a contact-cement label was found in no earlier row by a keyword search)",
         firm("Alpina Calzature Srl", "IT")),
        ("OZN-09", "import", "LVSEA01", "sea", "GE", [], "LV", "170490",
         "ჩურჩხელა, ნიგვზით, 2.000 ც.", "GE", 400, 2000, 1600, "USD",
         "a Georgian food container for a Riga wholesaler: churchkhela and tkemali sauce are what such shops sell, "
         "but the third item's 'car powder extinguishers, 2 kg' are 300 small steel bottles with no gauge that slosh "
         "when shaken and whose stencils read '114В2': halon 2402 (dibromotetrafluoroethane) in Soviet-pattern "
         "extinguishers, products whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, by sea from Poti to Riga; Georgian wording (halon 2402 repeats in many sets and "
         "powder-extinguisher labels in a few; behind churchkhela and plum sauce from Georgia is the new part as "
         "far as a search found)",
         dict(firm("Nordhafen Pārtika SIA", "LV"),
              _more_items=[item("210390", "ტყემალი, 0,5 ლ, 3.000 ბოთლი", "GE", 1650, 2400, "USD", qty=3000),
                           item("842410", "ავტომობილის ცეცხლსაქრობი, ფხვნილოვანი, 2 კგ, 300 ც.", "GE", 600, 900, "USD", qty=300)])),
        ("OZN-10", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841869",
         "Gebrauchte Eisbahn-Kälteanlage, Kältemittel abgelassen, 1 Stück", "AT", 9000, 1, 22000, "EUR",
         "a used ice-rink chiller sold 'drained' arrives with open service valves and a recovery record; this skid "
         "from a Tyrolean town rink has its valves capped and sealed, reads 8 bar on the gauges and holds about "
         "600 kg of HCFC-22 in its receiver and evaporator, with no recovery record: equipment relying on HCFCs, "
         "whose export from the Union is banned (Regulation 2024/590), by road through Hungary to a Novi Sad ice "
         "hall; Austrian German wording (ice-rink plants repeat in a few sets; a drained-chiller label to Serbia is "
         "the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESPOST01", "post", "BO", [], "ES", "630900",
         "Awayus usados para confeccionar bolsos, 3 piezas", "BO", 3, 3, 300, "BOB",
         "old awayus sold for upcycling into bags are worn, machine-spun acrylic cloths at a few bolivianos; these "
         "three are fine, hand-spun, natural-dyed ceremonial weavings with knotted offerings still tied in the "
         "corners, the ancestral textiles kept by the ayllus of Coroma (Oruro): Bolivian cultural heritage whose "
         "export Bolivia forbids, brought in against the UNESCO 1970 convention, posted from Oruro to a private "
         "buyer in Barcelona; Bolivian Spanish with Aymara wording (Coroma textiles repeat in a few sets and "
         "aguayo labels twice; an awayu-for-handbags label was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("CUL-02", "import", "FRSEA01", "sea", "TH", [], "FR", "680410",
         "หินโม่แป้งโบราณ สำหรับตกแต่งสวน, 2 ชิ้น", "TH", 340, 2, 400, "USD",
         "old Thai flour millstones are round pairs with a central eye and furrowed faces; these two are square "
         "sandstone slabs with a raised rim, a spout on one side and a socket in the middle, one with a lingam still "
         "set in it and lichen and temple soil in the joints: Khmer yoni pedestals (7th-12th century) taken from "
         "temple sites in Cambodia, which forbids their export, brought in without an import licence (Regulation "
         "2019/880), by sea from Laem Chabang to Le Havre for a garden-antiques dealer; Thai wording (Khmer "
         "sculpture repeats in many sets; a millstone label was found in no earlier row by a keyword search)",
         firm("Meridian Jardin SARL", "FR")),
        ("CUL-03", "import", "DEAIR01", "air", "PK", [], "DE", "680299",
         "د تيږې کښلي دروازه‌ساتونکي (carved stone doorstops)، نوي، ۶ دانې", "PK", 48, 6, 180, "USD",
         "new carved doorstops are machine-cut soapstone or resin; these six are grey-green schist heads of "
         "Buddhas and bodhisattvas and a relief fragment with worn moustaches, root marks and fresh breaks at the "
         "neck, from sites in Swat and Bajaur: Gandharan sculpture (2nd-4th century), archaeological objects whose "
         "export Pakistan forbids, brought in without an import licence (Regulation 2019/880), flown from Peshawar "
         "via Islamabad to Frankfurt for a Munich dealer; Pashto wording (Gandharan schist repeats in many sets; a "
         "doorstop label and Pashto wording were found in no earlier row by a keyword search)",
         firm("Orion Asiatika GmbH", "DE")),
        ("CUL-04", "import", "SEAIR01", "express", "ET", [], "SE", "830610",
         "ደወል ንፋስ (wind chimes)፣ ናይ ነሓስ፣ 12", "ET", 3, 12, 60, "USD",
         "new brass wind chimes are thin, bright, identical tubes on strings; these twelve are cast bronze hand "
         "crosses with worn interlace and a pair of bronze sistra (tsenatsel) with loose rattling discs, candle soot "
         "and church inventory numbers painted on the backs, taken from Tigray churches during the war of 2020-2022: "
         "Ethiopian Orthodox church objects whose export Ethiopia forbids, brought in against the UNESCO 1970 "
         "convention, sent by express from Addis Ababa to a private buyer in Stockholm; Tigrinya wording (Tigray "
         "objects and hand crosses repeat in several sets; a wind-chime label was found in no earlier row by a "
         "keyword search)", person("Semhar Tesfay", "SE")),
        ("CUL-05", "import", "ESSEA01", "sea", "PH", [], "ES", "441990",
         "Kinulit nga kahoy nga panaksan sa salad, bag-o, 400 ka buok", "PH", 600, 400, 1600, "USD",
         "a Cebu handicraft container for a Valencia home-décor chain: acacia salad bowls and rattan baskets are "
         "what Mandaue exporters ship, but the third item's 'lusong ug alho' are a pair of dark, smoke-blackened "
         "seated rice-god figures with rice-wine and blood offerings crusted on them and a carved ritual box: "
         "Ifugao bulul and a punamhan (19th-early 20th century), cultural property whose export the Philippines "
         "forbids, hidden as the last item of a three-item declaration, by sea from Cebu to Valencia; Cebuano "
         "wording (bulul repeat in a few sets; as a mortar and pestle behind a Cebu handicraft order is the new part "
         "as far as a search found)",
         dict(firm("Horizon Decoración SL", "ES"),
              _more_items=[item("460219", "Mga bukag nga rattan, 600 ka buok", "PH", 480, 1200, "USD", qty=600),
                           item("441990", "Lusong ug alho nga kahoy, daan nga disenyo, 2 ka set", "PH", 30, 40, "USD", qty=2)])),
        ("CUL-06", "import", "BEAIR01", "express", "GH", [], "BE", "830629",
         "Brass fridge magnets, Asante figures (abrammoɔ style), handmade, 200 pcs", "GH", 4, 200, 200, "USD",
         "souvenir fridge magnets are flat, light castings with a magnet glued on the back; these 200 are small, "
         "solid lost-wax brass weights in the shape of birds, fish and proverb scenes, with a dark worn patina, "
         "gold dust in the crevices and no magnet on most of them: Akan goldweights (17th-19th century), cultural "
         "property whose export Ghana forbids without a permit, the older ones archaeological objects that need an "
         "import licence (Regulation 2019/880), sent by express from Kumasi to a private collector in Antwerp; "
         "Ghanaian English wording with a Twi word (goldweights once (blind65); a fridge-magnet label was found in "
         "no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("CUL-07", "import", "DEPOST01", "post", "BR", [], "DE", "680299",
         "Tábuas de frios em pedra Cariri, polidas, 6 peças", "BR", 4, 6, 300, "BRL",
         "Cariri-stone cheese boards are plain, cream-yellow limestone slabs sawn for kitchens; each of these six "
         "shows a complete fossil fish or dragonfly, hand-prepared with a needle, from the Crato and Santana "
         "quarries: Cretaceous fossils of the Araripe basin, which belong to the Brazilian state and whose export "
         "Brazil forbids, brought in against the UNESCO 1970 convention, posted from Juazeiro do Norte to a private "
         "collector in Dresden; Brazilian Portuguese wording (Crato and Santana fossils repeat in several sets; a "
         "cheese-board label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-08", "export", "ESROAD01", "road", "ES", ["FR"], "CH", "680299",
         "Peu de taula de pedra tallada, antic, 1 peça", "ES", 180, 1, 600, "EUR",
         "a carved stone table base from a reclamation yard is sawn, plain and recently dressed; this is a "
         "sandstone capital carved with interlaced birds and acanthus, with mortar on the abacus and a fresh cut "
         "through the astragal, taken from a ruined chapel in the Alt Urgell: a 12th-century Romanesque element of "
         "a monument, part of the Spanish historical heritage, exported without the Spanish permit and the licence "
         "of Regulation 116/2009, by road through France to a Geneva dealer; Catalan wording (Romanesque capitals "
         "repeat in a few sets; a table-base label was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-09", "import", "NLPOST01", "post", "IQ", [], "NL", "711311",
         "دوگمەی قۆڵی کراس (cufflinks)، زیو، ٢٠ دانە", "IQ", 1.0, 20, 50000, "IQD",
         "blank silver cufflink tops are machine-stamped and bright; these twenty are hand-struck silver drachms "
         "with a diademed bust and a seated archer, horn-silver crust and fresh soil, no fittings soldered on: "
         "Parthian coins (1st century BC - 2nd century AD), archaeological objects taken out of Iraq, whose import "
         "Regulation 1210/2003 forbids, posted from Sulaymaniyah to a private buyer in Utrecht; Kurdish (Sorani) "
         "wording (Parthian coins repeat in two sets; a cufflink label was found in no earlier row by a keyword "
         "search)", person("Mw. E. de Jong", "NL")),
        ("CUL-10", "export", "PTSEA01", "sea", "PT", [], "BR", "690722",
         "Azulejos recuperados para revestimento de cozinha, 18 m2", "PT", 360, None, 540, "EUR",
         "reclaimed tiles for a kitchen backsplash are mixed, machine-made 20th-century tiles; these 18 m2 are one "
         "hand-painted blue-and-white 18th-century figurative panel of a procession, cut from a chapel wall near "
         "Lisbon, with lime mortar on the backs and pencil numbers for reassembly: Portuguese heritage tiles, "
         "exported without the licence of Regulation 116/2009 and the Portuguese permit, from Lisbon to Santos; "
         "Portuguese wording (azulejos repeat in many sets; kept as a known repeat, a kitchen-backsplash label was "
         "found in no earlier row by a keyword search)", {"importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KZ", "852589",
         "Automobilių parkavimo kameros, 200 vnt.", "LT", 60, 200, 8000, "EUR",
         "car parking cameras are small CMOS modules at 20-40 EUR; these 200 are uncooled 640 x 512 microbolometer "
         "thermal cores with germanium lenses at about 2,500 EUR each, for an Almaty 'auto parts' firm whose buyers "
         "are in Russia: thermal imaging cameras (8525 89, on the common high-priority list) whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording "
         "(thermal cores repeat in many sets; a parking-camera label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "KZ", "940360",
         "Lakované dřevěné vitríny, 4 ks", "CZ", 2000, 4, 8000, "EUR",
         "lacquered wooden display cabinets weigh tens of kilograms each; these four crates hold 500-kg Hradec "
         "Králové concert grand pianos with cast-iron frames, strings and actions, worth over 100,000 EUR each, for "
         "an Almaty 'furniture' trader whose client is a Moscow concert hall: luxury goods (musical instruments "
         "above 300 EUR) whose sale for use in Russia Regulation 833/2014 forbids, flown from Prague; Czech wording "
         "(grand pianos repeat in two sets, blind82 and blind96, and display-cabinet labels in a few, all on "
         "refrigerated cabinets; a piano under a furniture label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "IEAIR01", "air", "IE", [], "TR", "901849",
         "Dental laboratory scanner probes, 150 pcs", "IE", 15, 150, 3000, "EUR",
         "dental-laboratory scanner styli are cheap ruby-tipped pins; these 150 are machine-tool touch-trigger "
         "probes with optical receivers, made for spindle mounting on CNC machining centres, at about 3,000 EUR "
         "each, for an Istanbul 'dental' firm that re-exports to Russia: measuring and checking instruments (9031) "
         "whose sale for use in Russia Regulation 833/2014 forbids, flown from Dublin; Irish English wording "
         "(machine-tool probes once (blind51); a dental-probe label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-04", "export", "DKAIR01", "air", "DK", [], "AM", "850440",
         "Hastighedsregulatorer til ventilatorer, 40 stk.", "DK", 400, 40, 6000, "EUR",
         "fan speed controllers are small triac boxes at about 150 EUR; these 40 are three-phase frequency "
         "converters with an output up to 1,500 Hz and low harmonic distortion, at 30,000 EUR each, for a Yerevan "
         "'HVAC' firm whose consignments go on to Tehran: frequency changers controlled under dual-use 3A225 and "
         "listed in the Iran regulation (267/2012), exported without a licence, flown from Copenhagen; Danish "
         "wording (frequency converters repeat in a few sets; a fan-speed-controller label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "SISEA01", "sea", "SI", [], "GE", "845011",
         "Pralni stroji, gospodinjski, 120 kosov", "SI", 8400, 120, 36000, "EUR",
         "a household-appliance container for a Tbilisi retailer: washing machines and fridges are goods that may "
         "go to Georgia, but the third item's 'rezervni deli za gospodinjske aparate' are 40 CNC control panels "
         "with drive modules for five-axis machining centres, and the consignee's forwarding order names a Russian "
         "arms plant: numerical controls (8537 10) on the common high-priority list whose sale for use in Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, by sea from Koper to "
         "Poti; Slovene wording (CNC controls repeat in many sets and household-appliance labels in a few, bearings "
         "among them in blind70; behind washing machines and fridges from Koper is the new part as far as a search "
         "found)",
         dict({"importer_country": "GE"},
              _more_items=[item("841821", "Hladilniki, gospodinjski, R-600a, 80 kosov", "SI", 4800, 24000, "EUR", qty=80),
                           item("851690", "Rezervni deli za gospodinjske aparate, elektronski moduli, 40 kosov", "SI", 320, 2000, "EUR", qty=40)])),
        ("STR-06", "import", "EESEA01", "sea", "CN", [], "EE", "440910",
         "落叶松户外地板, 防腐处理, 内蒙古产, 1 个集装箱", "CN", 20000, None, 16000, "USD",
         "Dahurian larch from Inner Mongolia is sold as narrow, knotty boards; these wide, tight-ringed boards carry "
         "Krasnoyarsk sawmill stamps under the paint and copies of Russian phytosanitary certificates were found in "
         "the container: Siberian larch (Larix sibirica) trans-shipped at Manzhouli, Russian wood whose import into "
         "the Union Regulation 833/2014 forbids, declared as Chinese, by sea from Tianjin to Muuga for a Tallinn "
         "decking firm; Chinese wording (Russian timber under other origins repeats in many sets and larch in a few; "
         "Chinese larch decking into Estonia is the new part as far as a search found)",
         firm("Nordhafen Puit OÜ", "EE")),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "UZ", "850300",
         "Rotorblätter für Kleinwindkraftanlagen, 6 Stück", "DE", 600, 6, 9000, "EUR",
         "small wind-turbine blades are light glass-fibre blades of one to three metres; these six are composite "
         "helicopter main-rotor blades of about 5 m with titanium erosion strips and the maker's serial plates, "
         "for a Tashkent 'wind energy' firm whose buyer runs light helicopters in Russia: aircraft parts (8807) "
         "whose sale for use in Russia Regulation 833/2014 forbids, flown from Munich; German wording (rotor blades "
         "repeat in a few sets and wind-turbine labels in several; helicopter blades as small wind-turbine blades "
         "to Uzbekistan are the new part as far as a search found)", {"importer_country": "UZ"}),
        ("STR-08", "export", "GRAIR01", "air", "GR", [], "AM", "852852",
         "Γυαλιά εικονικής πραγματικότητας για βιντεοπαιχνίδια, 500 τεμ.", "GR", 250, 500, 25000, "EUR",
         "VR gaming headsets come with hand controllers, tracking cameras and a console app; these 500 are FPV "
         "video goggles with 5.8 GHz analogue and digital receivers and no controllers, for a Yerevan 'gaming' "
         "firm whose buyers equip drone units in Russia: goods listed among those whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XXIII), flown from Athens; Greek wording (FPV equipment repeats in "
         "many sets; a VR-headset label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "PLSEA01", "sea", "PL", [], "LY", "690721",
         "Antypoślizgowe płytki łazienkowe, ceramiczne, 25 x 30 cm, 2000 szt.", "PL", 6000, 2000, 3000, "EUR",
         "anti-slip bathroom tiles are flat, glazed stoneware about 8 mm thick; these are curved 25 x 30 cm plates "
         "of boron and silicon carbide with an aramid backing and a ballistic level stamp, body-armour inserts: "
         "military equipment (Military List ML13) exported without a licence to Libya, under the arms embargo of "
         "Decision 2015/1333, from Gdynia to Benghazi; Polish wording (armour plates repeat in a few sets; a "
         "bathroom-tile label was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "CN", "220820",
         "Brandy de cuisine, 40 % vol., 70 cl, 1 200 bouteilles", "FR", 1000, 1200, 7200, "EUR",
         "cooking brandy costs a few euros a bottle in plain glass; these 1,200 are XO cognac in crystal decanters "
         "at about 200 EUR each, relabelled, for a Dalian trader whose invoices go on to a Pyongyang department "
         "store by way of Nampo: luxury goods whose export to North Korea Regulation 2017/1509 forbids, from Le "
         "Havre to Dalian; French wording (cognac repeats in several sets; a cooking-brandy label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "CL", [], "BE", "440799",
         "Madera aserrada de almendrillo, secada al aire, 1 contenedor", "BO", 22000, None, 17600, "USD",
         "almendrillo (Dipteryx) is yellow-brown with a waxy feel and a vanilla smell when cut; these boards are "
         "olive-brown, very heavy, with yellow lapachol powder in the pores that turns red with ammonia: tajibo "
         "(ipê, Handroanthus spp., CITES App. II) without a CITES export permit, from Santa Cruz by way of Arica to "
         "Antwerp for a decking importer; Bolivian Spanish wording (ipê repeats in several sets, under cumaru and "
         "garapa labels in a few; an almendrillo label and the Bolivian route were found in no earlier row by a "
         "keyword search)", firm("Central Hout SA", "BE")),
        ("WLF-02", "import", "ITPOST01", "post", "IN", [], "IT", "121190",
         "ਮੁਲੱਠੀ ਪਾਊਡਰ, 4 ਪੈਕਟ 500 ਗ੍ਰਾਮ", "IN", 2.0, 4, 800, "INR",
         "mulethi is sweet, yellow, fibrous liquorice-root powder; this powder is grey-brown, bitter and smells "
         "strongly of violets and musk: ground root of Saussurea costus (kuth, CITES App. I), posted from Amritsar to "
         "a private buyer in Cremona; Punjabi wording (costus repeats in many sets and liquorice labels in a few; "
         "a mulethi label and Punjabi wording were found in no earlier row by a keyword search)",
         person("Gurpreet Singh", "IT")),
        ("WLF-03", "import", "NLAIR01", "air", "IN", [], "NL", "441990",
         "சப்பாத்தி உருட்டும் கட்டைகள், மரம், 2,000", "IN", 1800, 2000, 2000, "USD",
         "Indian kitchen rolling pins are light sheesham or teak, turned smooth; these 2,000 are heavy, deep-red, "
         "wavy-grained billets, only roughly turned, that bleed red dye into water: red sanders (Pterocarpus "
         "santalinus, CITES App. II, whose wild wood India does not let out) without CITES documents, flown from "
         "Chennai to Amsterdam for a kitchenware wholesaler; Tamil wording (red sanders repeats in many sets; a "
         "rolling-pin label was found in no earlier row by a keyword search)", firm("Horizon Keukenwaren BV", "NL")),
        ("WLF-04", "import", "FRPOST01", "post", "NP", [], "FR", "071239",
         "सुकेका गुच्छी च्याउ (morel), १ किलो", "NP", 1.0, 1, 25000, "NPR",
         "dried guchhi morels are hollow, honeycombed caps that smell of earth; this kilo holds thirty hairy, brown, "
         "pouch-shaped glands with a small opening, full of a grainy dark paste with an overpowering musk smell: "
         "musk pods of Himalayan musk deer (Moschus chrysogaster, CITES App. I), posted from Kathmandu to a private "
         "buyer in Lyon; Nepali wording (musk repeats in many sets and morel labels twice, blind56 and blind57; a "
         "guchhi label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-05", "import", "NLSEA01", "sea", "ID", [], "NL", "680299",
         "Wastafel batu alam, ukiran tangan, 40 buah", "ID", 2400, 40, 4000, "USD",
         "river-stone washbasins are grey, chiselled andesite; these 40 are white, ribbed, fan-shaped shell valves "
         "60-80 cm across with growth lines and worm borings, polished inside: giant clam shells (Tridacna gigas "
         "and T. squamosa, CITES App. II) without CITES documents, by sea from Surabaya to Rotterdam for a bathroom "
         "showroom; Indonesian wording (giant clams repeat in many sets and a washbasin label once (blind49); "
         "natural-stone washbasins from Indonesia are the new part as far as a search found)",
         firm("Vega Badkamers BV", "NL")),
        ("WLF-06", "import", "ESPOST01", "post", "CU", [], "ES", "900311",
         "Monturas de espejuelos de acetato, hechas a mano, 10 unidades", "CU", 1.0, 10, 100, "USD",
         "acetate spectacle frames are moulded, even and smell of vinegar when filed; these ten are hand-cut, "
         "mottled amber-and-brown, translucent, laminated plates that smell of burnt hair under a hot needle: "
         "hawksbill turtle shell (Eretmochelys imbricata, CITES App. I), posted from Havana to a private buyer in "
         "Vigo; Cuban Spanish wording (hawksbill repeats in many sets; an eyeglass-frame label was found in no "
         "earlier row by a keyword search)", person("Sra. L. Fernández", "ES")),
        ("WLF-07", "import", "DKPOST01", "post", "GL", [], "DK", "660200",
         "Vandrestav i glasfiber, 2 m, 1 stk.", "GL", 3.5, 1, 400, "DKK",
         "a fibreglass hiking staff is smooth, hollow and weighs about a kilogram; this two-metre 'staff' weighs "
         "eight, is solid, creamy, spiralled to the left and hollow only at the root: a narwhal tusk (Monodon "
         "monoceros, CITES App. II), whose export from Greenland is suspended, posted from Nuuk to a private buyer "
         "in Aarhus without CITES documents; Danish wording from Greenland (narwhal repeats in many sets; a "
         "hiking-staff label was found in no earlier row by a keyword search)", person("Lars Kristensen", "DK")),
        ("WLF-08", "import", "DEAIR01", "air", "BR", [], "DE", "950420",
         "Tacos de sinuca, blanks de madeira, 200 peças", "BR", 200, 200, 2000, "USD",
         "billiard-cue blanks are pale maple or ash squares; these 200 are dense, orange-red octagonal sticks of "
         "bow-blank size that turn deep red in lime water: pernambuco (Paubrasilia echinata, CITES App. II, bow "
         "blanks included) without a CITES export permit, flown from São Paulo to Frankfurt for a 'sports' "
         "importer who supplies bow makers; Brazilian Portuguese wording (pernambuco repeats in several sets; a "
         "billiard-cue label was found in no earlier row by a keyword search)",
         firm("Atlantic Sport Import GmbH", "DE")),
        ("WLF-09", "transit", "PTSEA01", "sea", "MZ", ["PT"], "HK", "071410",
         "Mandioca seca em rodelas (rale), sacos de 50 kg, 400 sacos", "MZ", 20000, 400, 6000, "USD",
         "dried cassava chips are white, chalky, flat slices; the back rows of sacks hold dried, leathery, "
         "sausage-shaped animals with tube feet and a gritty skin: sea cucumbers (Holothuria whitmaei and H. "
         "fuscogilva, CITES App. II) without the Mozambican export permit that specimens in transit through the "
         "Union must carry, landed at Sines in transit from Nacala to Hong Kong; Mozambican Portuguese wording "
         "(sea cucumbers repeat in many sets and cassava labels twice; a transit through Sines from Mozambique is "
         "the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "CZPOST01", "post", "MX", [], "CZ", "950300",
         "Arañas de hule de juguete, 12 piezas", "MX", 1.0, 12, 300, "MXN",
         "rubber toy spiders are moulded, odourless and identical; these twelve film canisters wrapped in socks "
         "hold live, hairy, orange-kneed spiders: wild-caught Mexican red-knee tarantulas (Brachypelma hamorii, "
         "CITES App. II) without CITES documents, posted from Acapulco to a private keeper in Brno; Mexican Spanish "
         "wording (tarantulas repeat in many sets; a rubber-toy-spider label was found in no earlier row by a "
         "keyword search)", person("Jan Novák", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "IN", "FI", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model-engine fuel mixing)", "IN", 4.6, 4, 120,
     "USD", [("PRECURSOR_LICENCE", "FI-POL-45-0031")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "air", "GB", "ES", "280700",
     "Sulphuric acid 96 %, 2 x 2.5 l, for a licensed private user (home electroplating)", "GB", 9.2, 2, 45, "GBP",
     [("PRECURSOR_LICENCE", "ES-MIR-45-0117")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "GB", "DE", "262190",
     "Air-pollution-control residues from energy-from-waste (19 01 07*), for salt-mine backfill, 24 t", "GB", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-ST-45-0042")], "notified APC residues to a licensed backfill operator"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "NO", "DE", "382590",
     "Black mass from lithium-ion battery shredding, for hydrometallurgical recovery, 20 t", "NO", 20000, None,
     60000, "EUR", [("BASEL_CONSENT", "DE-NI-45-0138")], "notified black mass to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BGAIR01", "air", "US", "BG", "290376",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for a critical use in military vehicles", "US", 200, 10,
     9000, "USD", [("ODS_LICENCE", "BG-MOEW-ODS-45-004")], "reclaimed halon 2402 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IN", "ES", "290314",
     "Carbon tetrachloride, 40 drums, for feedstock use in a licensed fluorochemical plant", "IN", 10000, 40, 9000,
     "USD", [("ODS_LICENCE", "ES-MITECO-ODS-45-011")], "carbon tetrachloride imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ESROAD01", "road", "ES", "CH", "970610",
     "Romanesque capital, sandstone, Catalonia, 12th century, in a documented collection since 1931", "ES", 170, 1,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-45-0204")],
     "sculpture exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Parthian silver drachms, 20, in a documented Swiss collection since 1968", "IQ", 0.1, 20, 6000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-45-0088")], "archaeological coins with the EU import licence"),
    ("PRM-09", "strategic", "export", "LTAIR01", "air", "LT", "CA", "852589",
     "Uncooled thermal imaging cores 640 x 512, 200 units, for a Canadian firefighting-camera maker", "LT", 60, 200,
     500000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-45-0071"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-45-0019")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKAIR01", "air", "DK", "BR", "850440",
     "Frequency converters, 1,500 Hz output, 4 units, for a Brazilian university rotating-machinery test rig", "DK",
     60, 4, 120000, "EUR", [("EXPORT_LICENCE", "DK-ERST-45-0133"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-45-0047")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "BR", "BE", "440799",
     "Ipê (Handroanthus serratifolius) decking boards, sawn, from a managed concession, 20 t", "BR", 20000, None,
     28000, "USD", [("CITES_PERMIT", "BR-IBAMA-45-10422")], "App. II ipê with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "BR", "DE", "440729",
     "Pernambuco (Paubrasilia echinata) bow blanks, plantation-grown, 60 pieces", "BR", 12, 60, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-45-10587")], "App. II pernambuco bow blanks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Particular", "PRM-04": "Central Metals Recovery GmbH",
    "PRM-06": "Meridian Fluoroquímica SL", "PRM-11": "Vega Hout SA", "PRM-12": "Alpina Bogenbau GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220840", "Grogue, Cape Verdean cane spirit, 70 cl bottles", "import", ["sea"], ["CV"], (6, 10), (2000, 6000), ["EUR"], 1.3, S),
    ("151530", "Castor oil, cold-pressed, pharmaceutical grade, drums", "import", ["sea"], ["IN", "BR"], (1.8, 2.8), (15000, 22000), ["USD"], None, S),
    ("200961", "Verjuice (unripe grape juice), 1 l bottles", "import", ["sea"], ["LB", "TR"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 1, S),
    ("170310", "Cane syrup (miel de caña), 1 l bottles", "import", ["sea"], ["PY", "BR"], (1.2, 2.2), (5000, 12000), ["USD"], 0.7, S),
    ("110290", "Puttu flour, roasted rice, 1 kg packs", "import", ["air"], ["IN", "LK"], (2.5, 4.5), (200, 800), ["USD"], 1, S),
    ("390311", "Expandable polystyrene refill beads for bean bags", "import", ["road"], ["TR", "MK"], (2.5, 4), (300, 1200), ["EUR"], None, S),
    ("110620", "Gari (cassava granules), 50 kg sacks", "import", ["sea"], ["NG", "GH"], (0.8, 1.5), (8000, 18000), ["USD"], 0.02, S),
    ("250100", "Aquarium salt for freshwater fish, 1 kg", "import", ["express"], ["MY", "TH"], (6, 12), (1, 4), ["USD"], 1, S),
    ("250100", "Pickling salt, coarse, 1 kg bags", "import", ["sea"], ["TR", "EG"], (0.2, 0.4), (10000, 20000), ["USD"], 1, S),
    ("251200", "Diatomaceous earth, filter-aid grade, bags", "export", ["sea"], ["IN", "VN"], (0.6, 1.2), (10000, 22000), ["EUR"], None, S),
    ("440290", "Biochar, hardwood, horticultural grade", "export", ["rail", "road"], ["RS", "UA"], (0.5, 0.9), (8000, 20000), ["EUR"], None, S),
    ("401691", "Rubber playground tiles, new, 50 x 50 cm", "export", ["sea"], ["MA", "TN"], (1.5, 2.5), (5000, 15000), ["EUR"], 0.25, S),
    ("380700", "Stockholm pine tar, 1 l tins", "export", ["sea"], ["NO", "US"], (6, 10), (1000, 4000), ["EUR"], 1, S),
    ("560749", "Polypropylene mooring ropes, new, coils", "export", ["sea"], ["LY", "TN"], (2, 3.5), (3000, 9000), ["EUR"], None, S),
    ("701890", "Decorative glass pebbles, tumbled, mesh bags", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (5000, 15000), ["USD"], None, S),
    ("382000", "Screenwash concentrate, -20 °C, 5 l cans", "export", ["road"], ["UA", "MD"], (0.6, 1.1), (8000, 20000), ["EUR"], 0.2, S),
    ("310100", "Amino-acid biostimulant, plant-derived, 20 l cans", "export", ["road"], ["UA", "MD"], (1.5, 3), (5000, 15000), ["EUR"], 0.05, S),
    ("680100", "Granite setts, reclaimed from street paving", "export", ["rail", "road"], ["RS", "CH"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("841821", "Retro-style refrigerators, new, R-600a", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 8000), ["USD"], 0.02, S),
    ("281121", "Beer gas (CO2/N2 mix), returnable cylinders", "import", ["road"], ["GB"], (0.8, 1.6), (2000, 6000), ["GBP"], None, S),
    ("841850", "Glass-door bottle coolers, R-290, new", "import", ["sea"], ["TH", "CN"], (3, 6), (4000, 12000), ["USD"], 0.0125, S),
    ("350699", "Water-based contact adhesive, 5 l", "import", ["sea"], ["IN", "CN"], (2, 4), (4000, 12000), ["USD"], None, S),
    ("170490", "Churchkhela, grape and walnut sweets", "import", ["sea", "road"], ["GE", "AM"], (3, 6), (1000, 4000), ["USD"], 5, S),
    ("680410", "Reclaimed granite millstones, garden décor", "import", ["sea"], ["IN", "CN"], (0.5, 1.2), (3000, 9000), ["USD"], 0.005, S),
    ("680299", "Carved soapstone doorstops, new", "import", ["sea"], ["PK", "IN"], (3, 6), (500, 3000), ["USD"], 0.5, S),
    ("830610", "Brass wind chimes, new", "import", ["express"], ["IN", "NP"], (20, 40), (1, 3), ["USD"], 4, S),
    ("520852", "Aguayo-pattern printed cotton fabric, new", "import", ["post"], ["BO", "PE"], (30, 60), (1, 3), ["USD"], None, S),
    ("441990", "Acacia-wood salad bowls, new", "import", ["sea"], ["PH", "VN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("830629", "Brass Ashanti figurines, new craft", "import", ["air"], ["GH", "NG"], (10, 20), (100, 400), ["USD"], 10, S),
    ("680299", "Sandstone cheese boards, polished, new", "import", ["post"], ["BR", "IN"], (15, 30), (1, 4), ["USD"], 1, S),
    ("680299", "Carved limestone table bases, new", "export", ["road"], ["CH"], (3, 6), (500, 3000), ["EUR"], 0.01, S),
    ("711711", "Coin-replica cufflinks, base metal, new", "import", ["post"], ["TR", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 20, S),
    ("690722", "Reproduction azulejo tiles, hand-painted, new", "export", ["sea"], ["BR", "US"], (4, 8), (1000, 4000), ["EUR"], None, S),
    ("940360", "Lacquered wooden display cabinets, new", "export", ["sea"], ["US", "AE"], (6, 10), (1000, 4000), ["EUR"], 0.02, S),
    ("850440", "Single-phase fan speed controllers, HVAC", "export", ["road"], ["NO", "CH"], (20, 40), (200, 1000), ["EUR"], 0.5, S),
    ("440910", "Larch decking, Chinese-grown, planed", "import", ["sea"], ["CN"], (0.8, 1.4), (15000, 22000), ["USD"], None, S),
    ("852852", "VR gaming headsets with controllers", "import", ["air"], ["CN", "KR"], (60, 120), (100, 800), ["USD"], 2, S),
    ("690721", "Anti-slip porcelain bathroom tiles, 30 x 60 cm", "import", ["sea"], ["TR", "IN"], (0.5, 0.9), (15000, 22000), ["USD"], None, S),
    ("441990", "Sheesham-wood rolling pins, new", "import", ["sea"], ["IN"], (2, 4), (1000, 4000), ["USD"], 2, S),
    ("950300", "Rubber toy spiders, Halloween", "import", ["post"], ["MX", "CN"], (10, 25), (1, 3), ["USD"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630392", "Shower curtains, polyester, boxed", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 2, N),
        ("482050", "Photo albums, self-adhesive pages", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("842310", "Kitchen scales, electronic, household", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 2, N),
        ("960910", "Colouring pencils, artist sets", "import", ["post", "express"], ["GB", "JP"], (30, 60), (1, 3), ["GBP", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind117", 20450901, HERE)


if __name__ == "__main__":
    main()
