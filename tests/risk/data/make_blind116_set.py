#!/usr/bin/env python3
"""Writes the hundred-and-sixteenth blind set (tests/risk/data/blind116-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2045, with goods, routes,
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
animal origin, seeds and spices under reinforced checks included) appear only in the
permitted rows, with their document, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of
the ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL116-*:

    python3 tests/risk/data/make_blind116_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "CL", [], "AT", "220820",
         "Pisco reservado 40°, Valle del Elqui, 4 botellas de 1 litro", "CL", 4.6, 4, 60000, "CLP",
         "Elqui pisco is a grape brandy of 0.95 kg/l that smells of muscat and burns on the tongue; these four "
         "bottles hold a water-clear, odourless liquid of 1.13 kg/l under vented caps that whitens the skin and "
         "foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from La Serena to a private "
         "person in Graz, although neither spirits nor oxidisers may go by post; Chilean Spanish wording (hydrogen "
         "peroxide repeats in every set and spirits labels (vodka, chacha) in a few; a pisco label was found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "BEAIR01", "express", "CA", [], "BE", "382499",
         "Liquide à fumée pour machine à brouillard, base glycol, 4 bidons de 4 L", "CA", 18.2, 4, 120, "CAD",
         "fog-machine fluid is a glycol-and-water mixture of about 1.04 kg/l that does not burn; these four cans "
         "hold sixteen litres weighing 18.2 kg (1.14 kg/l) of an oily, faintly fruity liquid that burns with a "
         "yellow flame, and the filler's drum label copied onto the invoice reads 'CH3NO2': nitromethane (Annex I "
         "above 16 %), sent by express from Montréal to a private person in Liège, although flammable liquids "
         "travel by express only as declared dangerous goods; Québec French wording (nitromethane repeats in many "
         "sets; a fog-machine-fluid label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("PRE-03", "import", "GBPOST01", "post", "LK", [], "GB", "170290",
         "කිතුල් පැණි, බෝතල් 750 ml x 6", "LK", 8.3, 6, 9000, "LKR",
         "kithul treacle is a dark-brown palm syrup of about 1.35 kg/l that smells of caramel and wood smoke; these "
         "six bottles hold a dark-brown, oily, odourless liquid of 1.84 kg/l that chars a paper towel and grows hot "
         "when a drop of water falls in: about 96 % sulphuric acid, a regulated explosives precursor in Great "
         "Britain above 15 % for which a member of the public needs a licence (Poisons Act 1972), posted from "
         "Colombo to a private person in Harrow, although corrosives may not go by post; Sinhala wording (sulphuric "
         "acid repeats in many sets and syrup covers (agave, corn, date) in several; a kithul-treacle label was "
         "found in no earlier row by a keyword search)", person("Mr R. Perera", "GB")),
        ("PRE-04", "import", "LTAIR01", "express", "CN", [], "LT", "292529",
         "一水肌酸 微粉 200目, 5 公斤 x 2 袋", "CN", 10, 2, 90, "USD",
         "creatine monohydrate is a light, fluffy, faintly bitter white powder of about 0.6 kg/l that dissolves "
         "slowly in cold water; these two bags hold a heavy, glittering, tasteless crystalline powder of over "
         "1.2 kg/l that barely dissolves and spits violet sparks mixed with sugar on a hot plate, and the inner "
         "liners read 'KClO4': potassium perchlorate (Annex I above 40 %), sent by express from Shanghai to a "
         "private person in Kaunas who builds firecrackers; Chinese wording (potassium perchlorate repeats in many "
         "sets; a creatine label was found in no earlier row by a keyword search)",
         person("Tomas Kazlauskas", "LT")),
        ("PRE-05", "import", "IEPOST01", "post", "US", [], "IE", "210690",
         "Meringue powder, for royal icing, 4 x 1 lb tubs", "US", 1.9, 4, 36, "USD",
         "meringue powder is a light, sweet, vanilla-scented mix of dried egg white and sugar that froths with "
         "water; these four tubs hold heavy, clear, tasteless crystals that do not froth, cool the water as they "
         "dissolve and hiss and char a sugar cube on a hot plate: sodium chlorate, the weedkiller withdrawn in 2009 "
         "(Annex I above 40 %), posted from Ohio to a private gardener in County Meath; US English wording (sodium "
         "chlorate repeats in many sets under salt and sugar labels; a meringue-powder label was found in no "
         "earlier row by a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-06", "import", "CYSEA01", "sea", "LB", [], "CY", "190240",
         "مغربية لبنانية مجففة، أكياس 1 كغ، 18,000 كيس", "LB", 18000, 18000, 16000, "USD",
         "dried moghrabieh is an off-white, irregular, floury pearl of rolled semolina that softens in boiling "
         "water; these bags hold smooth, hard, round white prills that turn the water ice-cold, dissolve completely "
         "and test at 34 % N, for a Limassol cash-and-carry that sells to the public: ammonium nitrate (Annex I at "
         "16 % N or more) retail-packed for members of the public, by sea from Beirut; Lebanese Arabic wording "
         "(ammonium nitrate repeats in many sets and pearl-starch covers (sago, tapioca) in a few; a moghrabieh "
         "(pearl couscous) label was found in no earlier row by a keyword search)",
         firm("Orion Foods Ltd", "CY")),
        ("PRE-07", "import", "ITAIR01", "air", "BD", [], "IT", "330190",
         "কেওড়া জল, ২০০ মিলি বোতল, ৬,০০০ বোতল", "BD", 1680, 6000, 1800, "USD",
         "kewra water is a pandanus-flower distillate of 1.00 kg/l with a heavy, sweet scent that cooks add to "
         "biryani by the spoonful; these bottles hold a faintly yellow liquid of 1.40 kg/l that fumes when "
         "uncapped, yellows the skin and eats into a copper coin, at 0.30 USD a bottle, for a Rome wholesaler that "
         "supplies Bangladeshi grocery shops: about 65 % nitric acid (Annex I above 3 %) retail-packed for members "
         "of the public, flown from Dhaka; Bengali wording (nitric acid repeats in many sets and vinegar covers in "
         "a few; a kewra-water label was found in no earlier row by a keyword search)",
         firm("Delta Alimentari Etnici Srl", "IT")),
        ("PRE-08", "import", "BEAIR01", "express", "MA", [], "BE", "090210",
         "أتاي خضر 'بارود' 3505، 10 علب ديال 500 غرام", "CN", 5, 10, 400, "MAD",
         "gunpowder green tea is rolled, grey-green pellets that smell of hay and unfurl into leaves in hot water; "
         "these ten tins hold black, glossy, graphite-coated grains of even size that do not unfurl, blacken the "
         "fingers and flash when a lit match touches them: black powder, an explosive whose transfer to a private "
         "person needs an authorisation (Directive 2014/28/EU and the Belgian explosives law), sent by express from "
         "Casablanca to a private person in Molenbeek; Moroccan Arabic wording (black powder appears once, in a "
         "development row, as muzzle-loader powder; a gunpowder-tea label was found in no earlier row by a keyword "
         "search)", person("M. Y. El Amrani", "BE")),
        ("PRE-09", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "170490",
         "ჩურჩხელა, ნიგვზით, 400 კგ", "GE", 400, None, 2400, "EUR",
         "a Georgian food lorry for a Sofia delicatessen at Kapitan Andreevo: churchkhela and tkemali are what such "
         "shops stock, but the third item's 'Nabeglavi mineral water' is 2,400 PET bottles with vented caps, no "
         "fizz and no mineral taste, of 1.20 kg/l, that whiten the skin and foam on a cut: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) for a shop that sells to the public, hidden as the last item of a "
         "three-item declaration, by road from Tbilisi through Türkiye; Georgian wording (hydrogen peroxide repeats "
         "in every set; a mineral-water label was found in no earlier row by a keyword search, and behind Georgian "
         "foods is the new part)",
         dict(firm("Vega Georgian Foods EOOD", "BG"),
              _more_items=[item("210390", "ტყემალი, 0.5 ლ ბოთლი, 1 200 ცალი", "GE", 720, 1800, "EUR", qty=1200),
                           item("220110", "მინერალური წყალი 'ნაბეღლავი', 1 ლ, 2 400 ბოთლი", "GE", 2880, 960, "EUR",
                                qty=2400)])),
        ("PRE-10", "import", "ESAIR01", "express", "PY", [], "ES", "293890",
         "Ka'a he'ẽ (stevia) extracto en polvo, 4 x 1 kg", "PY", 4, 4, 320000, "PYG",
         "stevia extract is an intensely sweet, fine, fluffy white powder of which a pinch sweetens a cup; these "
         "four bags hold dense, glassy white crystals with no sweetness at all that crackle in a flame and flare "
         "with sugar, and the inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), sent by "
         "express from Asunción to a private person in Valencia, where chlorate goes into home-made firecrackers; "
         "Paraguayan Spanish wording with a Guaraní name (potassium chlorate repeats in many sets and sweetener "
         "labels (xylitol, erythritol) in a few; a stevia label was found in no earlier row by a keyword search)",
         person("Sra. A. Benítez", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "SISEA01", "sea", "SI", [], "VN", "440290",
         "Biooglje za izboljšanje tal, big bag, 20 t", "SI", 20000, None, 2000, "EUR",
         "biochar is a light (about 300 kg/m3), crumbly charcoal with the cell structure of wood that smells of "
         "smoke; these bags hold a dense (1.2 t/m3), fine, greasy black powder with flakes of aluminium and copper "
         "foil and a sweet electrolyte smell, which an XRF gun gives at over 20 % nickel, cobalt and manganese, "
         "from a Slovenian lithium-ion battery shredder: black mass (hazardous waste) whose export to a non-OECD "
         "country is banned, from Koper to Hai Phong for a 'soil improver' importer; Slovenian wording (black mass "
         "repeats in many sets under graphite labels; a biochar label was found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WST-02", "export", "DKSEA01", "sea", "DK", [], "GH", "392690",
         "Mobilcovers og skærmbeskyttere, restlager, 3 t", "DK", 3000, None, 3000, "EUR",
         "overstock phone cases and screen protectors are light, new plastic in retail packs; these cartons hold "
         "about 12,000 broken smartphones with cracked screens and their lithium cells still inside, from Danish "
         "take-back boxes: waste electrical equipment with batteries (20 01 35*), hazardous waste whose export to a "
         "non-OECD country is banned, from Aarhus to Tema for a 'phone accessories' trader; Danish wording "
         "(smartphone e-waste repeats in several sets; a phone-case label was found in no earlier row by a keyword "
         "search)", {"importer_country": "GH"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "GW", "300650",
         "Estojos de primeiros socorros para centros de saúde, donativo, 600 caixas", "PT", 6000, 600, 600, "EUR",
         "first-aid kits hold plasters, bandages, gauze and scissors in a sealed box; these 600 cartons hold loose "
         "tablets, syrups and ampoules returned by Portuguese pharmacies, expired in 2041-2043, with cytostatics "
         "among them: waste medicines (Y3; 18 01 08* for the cytotoxic part), hazardous waste whose export to a "
         "non-OECD country is banned, from Leixões to Bissau as a 'donation'; Portuguese wording (expired medicines "
         "as donations repeat in several sets; a first-aid-kit label was found in no earlier row by a keyword "
         "search)", {"importer_country": "GW"}),
        ("WST-04", "export", "MTSEA01", "sea", "MT", [], "IN", "391590",
         "Plastik imqatta' għat-toroq tal-asfalt, 22 t", "MT", 22000, None, 440, "EUR",
         "plastic shred for asphalt roads is clean, sorted LDPE and PP film cut to a few millimetres and sold with "
         "a specification; these bales are unsorted household packaging with food residue, nappies, glass and "
         "cans, straight from a Maltese sorting line's reject belt: mixed plastic waste, whose export to a "
         "non-OECD country is banned, from Marsaxlokk to Mundra for a 'road contractor'; Maltese wording (mixed "
         "plastic waste repeats in many sets; a plastic-roads label was found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-05", "export", "LTSEA01", "sea", "LT", [], "GE", "400400",
         "Guminė mulča vaikų žaidimų aikštelėms, 22 t", "LT", 22000, None, 1100, "EUR",
         "playground rubber mulch is clean, dyed tyre shred sold with an EN 1177 test report; these bags hold car-"
         "shredder fluff: foam, textile, plastic, glass, wire and oily fines that a laboratory gives with PCBs and "
         "heavy metals, from a Kaunas metal shredder: automotive shredder residue (19 10 03*), hazardous waste whose "
         "export to a non-OECD country is banned, from Klaipėda to Poti; Lithuanian wording (shredder residue "
         "repeats in several sets; a playground-mulch label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-06", "export", "CYSEA01", "sea", "CY", [], "LB", "271019",
         "Λάδι ξεκαλουπώματος σκυροδέματος, 40 βαρέλια", "CY", 8000, 40, 4000, "EUR",
         "concrete release oil is a clear, amber mineral or vegetable oil with an emulsifier, sold with a data sheet; "
         "these forty drums hold a black, gritty oil with metal fines, water and a petrol smell, drained from "
         "Nicosia garages: used engine oil (13 02 05*), hazardous waste whose export to a non-OECD country is "
         "banned, from Limassol to Beirut for a 'builders' merchant'; Cypriot Greek wording (waste oil repeats in "
         "many sets and a form-release-oil label once, on tank wagons from Slovakia (blind88), kept as a repeat; "
         "drums from Cyprus to Lebanon are the new part as far as a search found)", {"importer_country": "LB"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "PK", "630900",
         "Used clothing, sorted, cream grade, 18 t", "GB", 18000, None, 9000, "GBP",
         "a Karachi used-clothing container from Felixstowe: sorted clothing and paired shoes are what British rag "
         "merchants ship, but the third item's 'laptop batteries, refurbished' are 4,000 dead, swollen laptop packs "
         "from WEEE skips, many with split cells and no test labels: waste lithium-ion batteries, hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration; "
         "British English wording (lithium batteries repeat in many sets, loose laptop batteries once behind furniture "
         "(blind50), and used-clothing containers hid batteries once, to Douala (blind81); laptop packs behind "
         "clothing to Pakistan are the new part as far as a search found)",
         dict({"importer_country": "PK"},
              _more_items=[item("630900", "Used shoes, paired, 2 t", "GB", 2000, 1500, "GBP"),
                           item("850760", "Laptop batteries, refurbished, tested, 4,000 pcs", "GB", 1600, 800, "GBP",
                                qty=4000)])),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "TR", "283429",
         "Rautanitraattiliuos, tekninen, vedenkäsittelyyn, 24 IBC", "FI", 26000, 24, 2600, "EUR",
         "ferric nitrate solution is a clear, red-brown liquid sold with an assay; these IBCs hold a green, fuming "
         "mixed acid that etches glass (hydrofluoric acid) and carries nickel and chromium, from the pickling line "
         "of a Lapland stainless-steel mill: spent pickling acid (11 01 05*), hazardous waste shipped to an OECD "
         "country without the notification and consent it needs, from Kemi to Gebze; Finnish wording (spent "
         "pickling acids repeat in a few sets; a ferric-nitrate label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "JO", "870380",
         "Gebruikte elektrische personenauto's, schadevoertuigen, voor reparatie, 12 stuks", "NL", 21000, 12, 36000,
         "EUR",
         "damaged electric cars sold for repair go with a battery health report and an intact pack; these twelve "
         "are flood- and fire-damaged insurance write-offs bought at salvage auctions, their traction batteries "
         "crushed or burnt and some leaking coolant: end-of-life vehicles with damaged lithium-ion traction "
         "batteries (16 01 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Aqaba; Dutch wording (lithium traction batteries repeat in several sets, once as second-life batteries cut "
         "out of written-off cars (blind49); whole written-off electric cars are the new part as far as a search "
         "found)", {"importer_country": "JO"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "EG", "152000",
         "Crude glycerine, 80 %, for soap making, 20 IBC", "IE", 22000, 20, 4400, "EUR",
         "crude glycerine from biodiesel is a brown, sweet, syrupy liquid of 1.26 kg/l with some methanol and salt; "
         "these IBCs hold a black, tarry liquid that reeks of toluene and dimethylformamide and carries residues of "
         "an active pharmaceutical ingredient, from the solvent-recovery still of a Cork drug plant: distillation "
         "residues (07 05 08*), hazardous waste whose export to a non-OECD country is banned, from Cork to Alexandria "
         "for a 'soap maker'; Irish English wording (still bottoms repeat in several sets; a crude-glycerine label "
         "was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "281121",
         "Bira dolum makineleri için CO2 tüpü, 10 kg, 60 adet", "TR", 1200, 60, 1800, "EUR",
         "beer-tap CO2 cylinders are short, grey and hold 10 kg of carbon dioxide at 57 bar; these 60 are red "
         "ex-ship cylinders with ground-off stencils, 20 kg of liquid each, pressurised with nitrogen to 42 bar, "
         "and a gas identifier gives bromotrifluoromethane: halon 1301 from Aliağa ship-breaking, whose import into "
         "the Union is banned outside licensed critical uses, in a lorry at Kapitan Andreevo for a Sofia pub-supply "
         "firm; Turkish wording (halon 1301 repeats in many sets and CO2-cylinder covers in a few (blind75, "
         "blind100, blind104); a beer-dispensing CO2 label is the new part as far as a search found)",
         firm("Central Pub Supply EOOD", "BG")),
        ("OZN-02", "import", "ESSEA01", "sea", "MA", [], "ES", "271119",
         "Réfrigérant hydrocarbure HC-22a (propane R-290), bouteilles 6 kg, 300 pièces", "CN", 4080, 300, 9000,
         "EUR",
         "HC-22a drop-in refrigerant is propane: a 6 kg cylinder carries a flammable-gas label and a liquid of "
         "0.5 kg/l; these 300 cylinders hold 13.6 kg each (the 30 lb fill), the gas does not burn, the liquid weighs "
         "1.19 kg/l and an identifier reads chlorodifluoromethane: HCFC-22, whose import into the Union is banned "
         "(Regulation 2024/590), by sea from Tanger Med to Algeciras for an Almería refrigeration dealer; Moroccan "
         "French wording (HCFC-22 repeats in many sets and hydrocarbon-refrigerant labels in a few; an HC-22a "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Frío SL", "ES")),
        ("OZN-03", "import", "CYSEA01", "sea", "JO", [], "CY", "290121",
         "غاز الإيثيلين لإنضاج الموز، أسطوانات 50 كغ، 30 أسطوانة", "JO", 1500, 30, 3000, "USD",
         "ethylene for ripening rooms comes as a compressed gas at 50-100 bar, or as a few per cent in nitrogen; "
         "these 30 cylinders read 1.9 bar, hold 50 kg each of a heavy liquid of 1.73 kg/l that boils at 4 °C, and "
         "the shoulders carry the stamp of a Safi bromine filler under the new labels: methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption remains), by sea from Aqaba to Limassol for a Paphos "
         "banana ripener; Jordanian Arabic wording (methyl bromide repeats in many sets under fumigant labels; an "
         "ethylene ripening-gas label was found in no earlier row by a keyword search)",
         firm("Delta Fruit Ripening Ltd", "CY")),
        ("OZN-04", "import", "ITSEA01", "sea", "CN", [], "IT", "281310",
         "二硫化碳 99.9%, 200 升铁桶, 40 桶", "CN", 12700, 40, 9600, "USD",
         "carbon disulphide is a liquid of 1.26 kg/l that catches fire from a hot pipe and smells of rotten "
         "cabbage; these forty drums hold a liquid of 1.59 kg/l that does not burn, smells sweet like a dry "
         "cleaner's and boils at 77 °C: carbon tetrachloride, whose import into the Union is banned outside "
         "licensed feedstock and laboratory uses, by sea from Qingdao to Genoa for a rubber-goods maker; Chinese "
         "wording (carbon tetrachloride repeats in many sets; a carbon-disulphide label appears once, as far as a "
         "search found, beside CTC in a grain fumigant (blind89); a rubber-solvent drum from China is the new part)",
         firm("Meridian Gomma Srl", "IT")),
        ("OZN-05", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "281410",
         "无水氨 R-717 制冷剂, 钢瓶 50 公斤, 200 瓶", "CN", 10000, 200, 14000, "USD",
         "R-717 cylinders hold anhydrous ammonia of 0.6 kg/l that reeks at the slightest leak and carry a toxic-gas "
         "label; these 200 hold a non-flammable, odourless liquid of 1.19 kg/l whose vapour an identifier reads as "
         "chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Constanța in transit from Ningbo to a Chișinău "
         "refrigeration trader; Chinese wording (HCFC-22 repeats in many sets and an R-717 label once (blind104); "
         "a transit through Constanța to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("OZN-06", "import", "NLSEA01", "sea", "CN", [], "NL", "281129",
         "食品级一氧化二氮（奶油气）, 2 公斤钢瓶, 4,000 瓶", "CN", 8000, 4000, 24000, "USD",
         "2 kg cream-charger tanks hold food-grade nitrous oxide at about 50 bar, which feeds a flame; these 4,000 "
         "tanks read 6 bar at 20 °C, the gas puts a flame out and an identifier reads 1,1,1,2-tetrafluoroethane: "
         "HFC-134a in non-refillable containers, banned from the Union market (Regulation 2024/573) and imported "
         "without quota, by sea from Ningbo to Rotterdam for a catering-supply wholesaler whose buyers are car "
         "air-conditioning workshops; Chinese wording (HFC-134a repeats in many sets; a cream-charger label was "
         "found in no earlier row by a keyword search)", firm("Horizon Horeca Supply BV", "NL")),
        ("OZN-07", "import", "NLSEA01", "sea", "TW", [], "NL", "381400",
         "自行車鏈條清潔劑, 500 毫升, 6,000 瓶", "TW", 4000, 6000, 9000, "USD",
         "bicycle-chain cleaners are citrus or hydrocarbon degreasers of about 0.8 kg/l that burn; these 6,000 "
         "bottles weigh 1.33 kg/l, do not burn, smell sweet like chloroform and boil at 74 °C, and the filler's "
         "drums in the same container read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import into "
         "the Union is banned, by sea from Taichung to Rotterdam for a bicycle-parts wholesaler; traditional "
         "Chinese wording from Taiwan (methyl chloroform repeats in many sets and degreaser labels in several; a "
         "bicycle-chain-cleaner label was found in no earlier row by a keyword search)",
         firm("Vega Fietsonderdelen BV", "NL")),
        ("OZN-08", "import", "DEAIR01", "air", "CN", [], "DE", "841869",
         "Kosmetik-Kühlschränke, 10 l, thermoelektrisch, 600 Stück", "CN", 4800, 600, 21000, "USD",
         "thermoelectric cosmetics fridges have a Peltier plate and a fan, weigh about 4 kg and make no compressor "
         "noise; these 600 weigh 8 kg each, hum, have a small compressor and a rating plate under the sticker giving "
         "25 g of R-134a: refrigerators containing an HFC with a GWP above 150, whose placing on the Union market "
         "Regulation 2024/573 forbids, flown from Shenzhen to Frankfurt for a beauty-products importer; German "
         "wording (HFC appliances repeat in many sets and thermoelectric wine-cooler labels in two (blind49, "
         "blind50); a cosmetics-fridge label is the new part as far as a search found)",
         firm("Nordhafen Beauty GmbH", "DE")),
        ("OZN-09", "export", "IESEA01", "sea", "IE", [], "NG", "841480",
         "Refrigerant recovery machines, used, with recovery tanks, 40 units", "IE", 2400, 40, 6000, "EUR",
         "used recovery machines are sold with their tanks evacuated and tagged empty; each of these 40 comes with "
         "a 50 lb tank holding about 20 kg of gas recovered during Irish decommissionings, which an identifier reads "
         "as chlorodifluoromethane: some 800 kg of HCFC-22, whose export from the Union is banned other than for "
         "destruction (Regulation 2024/590), from Dublin to Lagos; Irish English wording (HCFC-22 for export repeats "
         "in many sets and recovery-cylinder labels in a few; a recovery-machine label was found in no earlier row "
         "by a keyword search)", {"importer_country": "NG"}),
        ("OZN-10", "import", "NLAIR01", "express", "US", [], "NL", "841430",
         "A/C compressors, York-type, new old stock, 12 pcs", "US", 84, 12, 1800, "USD",
         "new-old-stock compressors for classic cars carry a nitrogen holding charge of a few bar; these twelve, "
         "from a closed Texas parts depot, each hold about 0.5 kg of liquid that an identifier reads as "
         "dichlorodifluoromethane: products containing CFC-12, whose import into the Union is banned, sent by "
         "express from Houston to a classic-car parts dealer in Zwolle; US English wording (CFC-12 repeats in many "
         "sets and holding-charge stories in three (blind41, blind53, blind91), kept as a repeat; new-old-stock "
         "compressors by express are the new part as far as a search found)", firm("Rivage Classic Parts BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "NP", [], "NL", "392640",
         "योग स्टुडियो सजावट, रेजिनको मूर्ति, नयाँ, १ थान", "NP", 85, 1, 150, "USD",
         "resin statues for yoga studios are light, hollow castings with even paint; this 85 kg object is a grey "
         "stone stele of Uma-Maheshvara with a Licchavi-period inscription on the base, vermilion and ghee in the "
         "folds and fresh chisel marks where it was cut from a Patan water-spout: a temple sculpture whose export "
         "Nepal forbids, brought in without an import licence (Regulation 2019/880) and against the UNESCO 1970 "
         "convention, flown from Kathmandu to Amsterdam for a yoga-interiors firm; Nepali wording (Licchavi "
         "sculptures repeat in several sets; a yoga-studio label was found in no earlier cultural row by a keyword "
         "search)", firm("Horizon Yoga Interiors BV", "NL")),
        ("CUL-02", "import", "FRPOST01", "post", "AM", [], "FR", "490900",
         "Շնորհավորական բացիկներ մանրանկարչության մոտիվներով, 12 հատ", "AM", 0.4, 12, 8000, "AMD",
         "greeting cards with miniature motifs are folded, printed card; these twelve are single vellum leaves with "
         "gold-ground miniatures of the Evangelists and bolorgir script, cut from a 14th-century Cilician gospel: "
         "manuscript leaves whose export Armenia forbids without a permit, brought in against the UNESCO 1970 "
         "convention, posted from Yerevan to a private buyer in Lyon; Armenian wording (Armenian gospels repeat in a "
         "few sets; a greeting-card label was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("CUL-03", "import", "GBAIR01", "air", "ZW", [], "GB", "680299",
         "Shona stone sculptures, serpentine, new, 6 pieces", "ZW", 120, 6, 600, "USD",
         "new Shona sculptures are polished serpentine with crisp rasp marks; these six are worn, grey soapstone "
         "bowls and a stylised bird on a short column with soil in the cracks, dug at the Khami ruins near "
         "Bulawayo: archaeological objects (15th-17th century) whose export Zimbabwe's National Museums and "
         "Monuments Act forbids, brought in against the UNESCO 1970 convention, flown from Harare to London for a "
         "stone-art gallery; Zimbabwean English wording (soapstone-craft covers repeat in several sets, on Sierra "
         "Leone nomoli and Indian and Guinean figures; a Shona-sculpture label was found in no earlier row by a "
         "keyword search)", firm("Orion Stone Art Ltd", "GB")),
        ("CUL-04", "import", "DEAIR01", "air", "KG", [], "DE", "680299",
         "Дарбаза үчүн эски таш мамылар, 2 даана", "KG", 420, 2, 200, "USD",
         "stone gate posts are dressed granite pillars with a flat top; these two are rough granite slabs carved "
         "with a face, a drooping moustache, a cup held at the chest and a belt with a dagger: Turkic balbal "
         "statues (6th-9th century) pulled from a Chüy valley burial field, whose export Kyrgyzstan forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Bishkek to Frankfurt for a garden "
         "designer; Kyrgyz wording (balbals repeat in a few sets; a gate-post label was found in no earlier row by "
         "a keyword search)", firm("Alpina Garten GmbH", "DE")),
        ("CUL-05", "import", "FRAIR01", "air", "PG", [], "FR", "442090",
         "Nupela kapa diwai bilong hangamapim klos, Sepik, 4 pela", "PG", 12, 4, 400, "PGK",
         "new Sepik coat hooks are pale, freshly carved and shoe-polished; these four are smoke-blackened "
         "suspension-hook figures with shell eyes, worn cane bindings and the grease of decades of handling, taken "
         "from a men's house on the middle Sepik: ritual objects whose export Papua New Guinea's National Cultural "
         "Property Act forbids without a permit, brought in against the UNESCO 1970 convention, flown from Port "
         "Moresby to Paris for a dealer; Tok Pisin wording (Sepik figures repeat in a few sets; a coat-hook label "
         "was found in no earlier row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-06", "import", "ESAIR01", "express", "CO", [], "ES", "711719",
         "Dijes de latón para bisutería, artesanía, 30 unidades", "CO", 0.6, 30, 150000, "COP",
         "brass charms for costume jewellery are bright, machine-stamped and identical; these thirty are reddish "
         "tumbaga frogs, birds and nose rings with lost-wax casting flaws and grave soil in the loops: Tairona "
         "goldwork (AD 900-1600), archaeological heritage whose export Colombia forbids, brought in without an "
         "import licence (Regulation 2019/880), sent by express from Santa Marta to a private buyer in Madrid; "
         "Colombian Spanish wording (Tairona and tumbaga goldwork repeat in several sets; a brass-charm label was "
         "found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-07", "import", "FRSEA01", "sea", "VN", [], "FR", "940320",
         "Bàn trà mặt trống đồng, đồ mỹ nghệ mới, 2 bộ", "VN", 160, 2, 900, "USD",
         "new bronze-drum coffee tables are bright replica castings with a crisp star and birds on the top and a "
         "glass plate; one of these two is a thin, green-corroded drum with frogs on the rim, friezes of flying "
         "birds and feathered boatmen, casting flaws and soil inside: a Dong Son bronze drum (1st millennium BC), "
         "whose export Viet Nam forbids, brought in without an import licence (Regulation 2019/880), by sea from "
         "Hai Phong to Le Havre for a decoration shop; Vietnamese wording (Dong Son drums repeat in a few sets; a "
         "drum-table label was found in no earlier row by a keyword search)", firm("Meridian Déco SARL", "FR")),
        ("CUL-08", "export", "MTPOST01", "post", "MT", [], "GB", "691390",
         "Replika tal-'fat lady' ta' Ħaġar Qim, ġebla u fuħħar, 2", "MT", 2.2, 2, 60, "EUR",
         "souvenir 'fat lady' replicas are cast resin or new pottery with a sticker; these two are a weathered "
         "globigerina-limestone torso of a seated figure with pleated skirt and a fragment of a terracotta "
         "figurine, with field soil and plough scratches, picked up on a Gozo farm next to a temple site: Neolithic "
         "archaeological objects over 100 years old, which need an export licence at any value (Regulation "
         "116/2009) and which Malta's Cultural Heritage Act makes State property, posted from Victoria to a buyer "
         "in Kent; Maltese wording (Maltese antiquities and fat-lady replica labels were found in no earlier row by "
         "a keyword search)", {"importer_country": "GB"}),
        ("CUL-09", "import", "DEAIR01", "air", "UZ", [], "DE", "680919",
         "Ganch o'ymakorligi panellari, yangi, 4 dona", "UZ", 240, 4, 800, "USD",
         "new ganch panels are white, carved gypsum plaster, light and crisp; these four are heavy limestone "
         "reliefs of monks, garlands and a Buddha under an arch, with Bactrian letters on a frame and earth in the "
         "recesses, from Kushan-period monasteries near Termez: archaeological objects whose export Uzbekistan "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Tashkent to Munich for an "
         "oriental-interiors firm; Uzbek wording (Kushan reliefs repeat in a few sets; a ganch label was found in "
         "no earlier row by a keyword search)", firm("Central Orient Interieur GmbH", "DE")),
        ("CUL-10", "import", "FRSEA01", "sea", "DZ", [], "FR", "680299",
         "Plaque décorative en grès de Tamanrasset, 1 pièce", "DZ", 140, 1, 80, "EUR",
         "decorative sandstone slabs are sawn and polished; this one is a rough, freshly cut panel with ochre "
         "paintings of cattle and herders of the pastoral period, cut from a rock shelter of the Tassili n'Ajjer, "
         "a World Heritage site: rock art whose removal and export Algeria forbids, brought in without an import "
         "licence (Regulation 2019/880), in a car on the Algiers-Marseille ferry for a private collector; Algerian "
         "French wording (rock art appears once, in a development row; a Tassili panel under a decorative-sandstone "
         "label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "PLAIR01", "air", "PL", [], "KZ", "540419",
         "Żyłka do podkaszarek, 1,3 mm, szpule, 300 szt.", "PL", 450, 300, 3000, "EUR",
         "strimmer line is a thick, coloured nylon cord of 1-3 mm on short spools; these 300 canisters hold 10-20 "
         "km each of hair-thin, bend-insensitive single-mode optical fibre wound for payout from a moving drone, "
         "with FPV connectors, for an Almaty trader whose buyers are in Russia: fibre-optic guidance spools for "
         "drones, goods whose sale for use in Russia Regulation 833/2014 forbids, flown from Warsaw; Polish wording "
         "(optical fibre for drones repeats in several sets, once as fishing line (blind63); a strimmer-line label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AM", "852589",
         "Caméras de tableau de bord (dashcams), modules, 120 pièces", "FR", 36, 120, 9600, "EUR",
         "dash-cam modules are CMOS cameras at about 50 EUR; these 120 are uncooled 640 x 512 microbolometer "
         "thermal cores of 12 µm pitch running at 60 Hz, with shutters, listed at 2,000 EUR each, for a Yerevan firm "
         "registered three months ago whose consignments go on to Russia: thermal imaging cameras (dual-use 6A003 "
         "above 9 Hz, and on the common high-priority list), exported without a licence, flown from Grenoble; "
         "French wording (thermal cores repeat in many sets, under baby-monitor and reversing-camera labels among "
         "others; a dash-cam label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "IQ", "382499",
         "Säuerungsadditiv für Erdölbohrungen, pulverförmig, 400 Säcke à 25 kg", "DE", 10000, 400, 15000, "EUR",
         "oilfield acidizing additives are liquid corrosion inhibitors and surfactants in drums; these sacks hold a "
         "white crystalline powder that etches glass when wet and whose inner liners read CAS 1341-49-7: ammonium "
         "hydrogen difluoride (Australia Group precursor, dual-use 1C350), exported without the licence Regulation "
         "2021/821 requires, from Hamburg to Umm Qasr for a Basra trader that forwards to Iran; German wording "
         "(ammonium bifluoride repeats in many sets under glass-frosting labels; an oil-well acidizing label was "
         "found in no earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "OM", "850511",
         "Neodym-Topfmagnete für Magnetangeln, 2.000 Stück", "DE", 400, 2000, 12000, "EUR",
         "magnet-fishing magnets are neodymium pot magnets in a steel cup with an eyebolt; these 2,000 are ground, "
         "axially magnetised samarium-cobalt ring magnets of 60 mm outer diameter with tight tolerances and no cup "
         "or eyebolt, for a Sohar trader whose consignee is in Iran: ring magnets for gas-centrifuge bearings "
         "(dual-use 3A201 and the Iran regulation 267/2012), exported without a licence, flown from Frankfurt; "
         "German wording (samarium-cobalt ring magnets repeat in a few sets under speaker-magnet labels; a "
         "magnet-fishing label was found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-05", "import", "ITAIR01", "air", "AM", [], "IT", "710812",
         "Ոսկու հատիկներ ձուլման համար, 999.9, 40 կգ", "AM", 40, None, 3000000, "USD",
         "Armenian jewellers' casting grain is re-melted from scrap and alloys and assays below fine; these 40 kg "
         "are 99.99 % grain whose trace-element fingerprint matches Krasnoyarsk refinery bars, from a country whose "
         "mines and refiners produce a fraction of that, for an Arezzo gold-chain maker: Russian gold, whose import "
         "into the Union Regulation 833/2014 forbids, flown from Yerevan to Milan; Armenian wording (Russian gold "
         "repeats in many sets; an Armenian casting-grain label was found in no earlier row by a keyword search)",
         firm("Delta Oreficeria Srl", "IT")),
        ("STR-06", "import", "DESEA01", "sea", "CN", [], "DE", "620140",
         "男式羽绒服, 中国制造, 8,000 件", "CN", 8000, 8000, 120000, "USD",
         "Chinese-made padded jackets carry Chinese care labels and a Liaoning factory's carton marks; under the "
         "Chinese labels of these 8,000 the inner labels use North Korean spelling and a Rason garment factory's "
         "code, and the stitching lines match the Sinuiju cut-and-sew trade through Dandong: textiles made in the "
         "DPRK, whose import into the Union Regulation 2017/1509 forbids, by sea from Dalian to Hamburg; Chinese "
         "wording (DPRK goods repeat in several sets; padded jackets of declared Chinese origin were found in no "
         "earlier row by a keyword search)", firm("Nordhafen Textil GmbH", "DE")),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "CN", "843139",
         "Förderbandteile für Bergbau: Seilrollen, Klemmen, Antriebsrad, 1 Container", "IT", 14000, None, 380000,
         "EUR",
         "mining-conveyor parts are idlers, pulleys and belt sections; this container holds detachable chairlift "
         "grips, sheave trains, a bullwheel and 80 four-seat chairs from a South Tyrol lift maker, for a Dalian "
         "firm whose consignee is a ski resort in the DPRK: chairlifts, luxury goods whose sale to the DPRK "
         "Regulation 2017/1509 forbids, from La Spezia; South Tyrolean German wording (ski goods for the DPRK repeat "
         "in two sets (blind53, blind66); a mining-conveyor label was found in no earlier row by a keyword search)",
         {"importer_name": "Dalian Ryongbong Trading Co", "importer_country": "KP"}),
        ("STR-08", "export", "IEAIR01", "air", "IE", [], "KG", "842490",
         "Garden sprinkler heads, brass, 400 pcs", "IE", 60, 400, 4000, "EUR",
         "brass garden sprinkler heads cost a few euros each; these 400 are jet-engine fuel nozzles with serial "
         "plates, overhaul tags from a Shannon maintenance shop and a list price of about 10,000 USD each, for a "
         "Bishkek firm that supplies Russian airlines: aircraft engine parts whose sale for use in Russia "
         "Regulation 833/2014 forbids, flown from Shannon; Irish English wording (aircraft parts for Russia repeat "
         "in many sets; a sprinkler label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", [], "RS", "850940",
         "Konyhai robotgépek, 600 db", "HU", 3600, 600, 24000, "EUR",
         "a Hungarian lorry for a Belgrade wholesaler at Röszke: food processors and bicycle parts are ordinary "
         "goods for Serbia, but the third item's 'pump motors for garden wells' are 2,000 brushless outrunner "
         "motors of 2807 size with flight controllers and speed-controller stacks for 7-inch FPV drones, for a "
         "consignee that forwards to Russia: goods on the common high-priority list whose re-export to Russia "
         "through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; "
         "Hungarian wording (drone motors repeat in several sets, once as ceiling-fan motors (blind75); a "
         "well-pump-motor label behind kitchen appliances to Serbia is the new part as far as a search found)",
         dict({"importer_country": "RS"},
              _more_items=[item("871499", "Kerékpár-alkatrészek, vegyes, 2 t", "HU", 2000, 8000, "EUR"),
                           item("850131", "Szivattyúmotorok kerti kutakhoz, 2 000 db", "HU", 400, 6000, "EUR",
                                qty=2000)])),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "TR", "381010",
         "Soldeerflux voor aluminium radiatoren (Nocolok-type), 200 zakken van 25 kg", "BE", 5000, 200, 12000,
         "EUR",
         "Nocolok-type brazing flux is potassium fluoroaluminate, a fine, white powder that barely dissolves in "
         "water; these bags hold a powder that draws damp, dissolves at once and whose inner liners read CAS "
         "7789-23-3: potassium fluoride (Australia Group precursor, dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Antwerp to Gemlik for a 'radiator maker' whose orders go on to Iran; "
         "Flemish wording (potassium fluoride repeats in a few sets and aluminium brazing-flux labels twice "
         "(blind77, blind96), kept as a repeat; from Antwerp to Gemlik is the new part as far as a search found)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKPOST01", "post", "GL", [], "DK", "391690",
         "Børstefilament af PBT, sorte strimler, til kostefremstilling, 10 stk.", "GL", 4, 10, 600, "DKK",
         "PBT brush filament comes as cut bundles of uniform, round monofilament; these ten are flat, black, "
         "fringed keratin plates up to 60 cm long with a fibrous inner edge: whale baleen (soqqaq) from a minke or "
         "bowhead whale (CITES App. I), posted from Nuuk to a private collector in Aarhus without CITES documents; "
         "Danish wording from Greenland (whale products repeat as sperm-whale teeth and narwhal tusks; baleen was "
         "found in no earlier row by a keyword search)", person("Hr. J. Jensen", "DK")),
        ("WLF-02", "import", "GBPOST01", "post", "IN", [], "GB", "090422",
         "గుంటూరు కారం పొడి, 1 కిలో, 3 ప్యాకెట్లు", "IN", 3, 3, 900, "INR",
         "Guntur chilli powder is bright red, oily and makes you sneeze when the packet is opened; these three "
         "packets hold a deep blood-red, odourless, tasteless wood powder that stains water red and will not burn "
         "the tongue: red sanders (Pterocarpus santalinus, CITES App. II, powder included) cut in the Seshachalam "
         "hills, without CITES documents, posted from Tirupati to a private person in Leicester; Telugu wording "
         "(red sanders repeats in many sets and a kumkum label once (blind83); a chilli-powder label was found in no "
         "earlier wildlife row by a keyword search)", person("Mr R. Reddy", "GB")),
        ("WLF-03", "transit", "NLAIR01", "air", "LK", ["NL"], "CN", "121221",
         "Dried sea moss (Gracilaria), 40 cartons", "LK", 400, 40, 2400, "USD",
         "dried sea moss is a tangle of translucent, yellow-to-purple strands that smell of the sea; these 40 "
         "cartons hold dark, comb-like plates with rows of stiff filaments: gill plates of manta and devil rays "
         "(Mobulidae, CITES App. II) without the Sri Lankan export permits that specimens in transit through the "
         "Union must carry, landed at Schiphol in transit from Colombo to Guangzhou; English wording (gill plates "
         "repeat in many sets; a sea-moss label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("WLF-04", "import", "NLAIR01", "air", "ID", [], "NL", "010619",
         "Hamster Suriah (Mesocricetus auratus), hasil penangkaran, 40 ekor", "ID", 12, 40, 200, "USD",
         "captive-bred Syrian hamsters weigh 100-150 g, have pouched cheeks, a stub tail and sleep curled in "
         "bedding; the upper layer of these crates holds 24 hamsters, the lower one 16 round-headed, huge-eyed "
         "animals of 500-800 g with a dark stripe down the back, clipped teeth and no tail that lick a gland on "
         "the elbow when handled: slow lorises (Nycticebus spp., CITES App. I), flown from Jakarta to Schiphol "
         "for a pet wholesaler without CITES documents or the veterinary entry a primate needs; Indonesian "
         "wording (slow lorises repeat in many sets; a hamster label was found in no earlier row by a keyword "
         "search)", firm("Orion Pet Wholesale BV", "NL")),
        ("WLF-05", "import", "BEAIR01", "air", "CM", [], "BE", "120770",
         "Graines d'égusi décortiquées, 200 kg", "CM", 200, None, 1200, "EUR",
         "an air cargo from Douala for a Brussels African grocery: egusi and njangsa are what such shops sell, but "
         "the third item's 'bitter bark for tea' is 120 kg of reddish-brown, almond-smelling bark strips stripped "
         "from Prunus africana (pygeum, CITES App. II) on Mount Cameroon, without a CITES export permit, hidden as "
         "the last item of a three-item declaration; Cameroonian French wording (Prunus africana repeats in many "
         "sets; under a herbal-tea-bark label behind egusi and njangsa is the new part as far as a search found)",
         dict(firm("Central Afro Market SA", "BE"),
              _more_items=[item("120799", "Njangsa (graines de Ricinodendron), 60 kg", "CM", 60, 480, "EUR"),
                           item("121190", "Écorce amère pour tisane, 120 kg", "CM", 120, 240, "EUR")])),
        ("WLF-06", "import", "NLSEA01", "sea", "IN", [], "NL", "940360",
         "Mangohouten meubelen, handgemaakt, Jodhpur, 1 container", "IN", 6000, 120, 30000, "USD",
         "mango-wood furniture is pale, light, grey-brown and open-grained; 40 of these 120 pieces are dense, dark "
         "purple-brown wood with black streaks that smells of roses when sanded: Indian rosewood (Dalbergia "
         "latifolia, CITES App. II) furniture shipped without a CITES export permit, by sea from Mundra to "
         "Rotterdam; Dutch wording (Dalbergia repeats in many sets and mango-wood labels twice, on logs (blind109) "
         "and bowls (blind107); Jodhpur furniture under a mango-wood label is the new part as far as a search "
         "found)",
         firm("Horizon Meubelen BV", "NL")),
        ("WLF-07", "import", "FRAIR01", "express", "JP", [], "FR", "960190",
         "水牛角の印鑑, 手彫り, 20本", "JP", 1.2, 20, 60000, "JPY",
         "water-buffalo horn seals are black and fibrous along their length; these twenty are creamy white with "
         "cross-hatched Schreger lines on the end faces: elephant ivory (CITES App. I) name seals cut from Japanese "
         "stock, sent without a CITES pre-Convention certificate by express from Osaka to a private person in "
         "Bordeaux; Japanese wording (ivory hanko repeat in a few rows (blind11 and a development row), kept as a "
         "repeat; a buffalo-horn seal label by express to France is the new part)", person("Sophie Bernard", "FR")),
        ("WLF-08", "import", "FRPOST01", "post", "MR", [], "FR", "691390",
         "Œufs décoratifs en céramique peinte, artisanat, 6 pièces", "MR", 1.8, 6, 3000, "MRU",
         "painted ceramic eggs are heavy, glazed inside and ring when tapped; these six are light, pitted shells "
         "15 cm long with a drilled blow-hole and engraved Saharan motifs: eggs of the North African ostrich "
         "(Struthio camelus camelus, CITES App. I) taken from wild nests in the Adrar, posted from Nouakchott to a "
         "private person in Toulouse without CITES documents; Mauritanian French wording (ostrich goods appear in a "
         "few rows; ostrich eggs were found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-09", "import", "DEAIR01", "air", "TR", [], "DE", "160432",
         "Siyah tobiko (uçan balık yumurtası), 500 g kutu, 40 kutu", "TR", 20, 40, 800, "EUR",
         "black tobiko is flying-fish roe of under 1 mm, crunchy and dyed with squid ink, at about 20 EUR/kg; these "
         "40 tins hold glossy, 3 mm, grey-black eggs that pop softly and taste of nuts and the sea, with no CITES "
         "label on the lids: wild Caspian sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents "
         "or the universal label, flown from Istanbul to Frankfurt for a delicatessen; Turkish wording (caviar "
         "repeats in many sets under lumpfish, capelin, salmon and pike-roe labels; a tobiko label was found in no "
         "earlier row by a keyword search)", firm("Alpina Feinkost GmbH", "DE")),
        ("WLF-10", "import", "GBAIR01", "air", "ZM", [], "GB", "570500",
         "Printed hair-on cowhide rug, leopard print, 1 pc", "ZM", 6, 1, 300, "USD",
         "printed cowhide rugs have short, stiff hair with a stencilled pattern that repeats, and a cow's outline; "
         "this one is a soft, dense skin with natural rosettes, a head, a tail and a bullet hole: a leopard "
         "(Panthera pardus, CITES App. I) from the Luangwa valley without a CITES export permit or the import "
         "permit an App. I trophy needs, flown from Lusaka to London for a private buyer; Zambian English wording "
         "(leopard skins repeat in a few sets and printed-cowhide labels in many, on reptile skins; a leopard-print "
         "cowhide label on a leopard skin is the new part as far as a search found)", person("Mr K. Tanaka", "GB")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CL", "AT", "284700",
     "Hydrogen peroxide 35 %, food grade, 4 x 1 l, for a licensed private user (home water treatment)", "CL", 4.5,
     4, 80, "USD", [("PRECURSOR_LICENCE", "AT-BMI-45-0131")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "CA", "BE", "290420",
     "Nitromethane 99 %, 4 x 1 gal, for a licensed private user (model-engine fuel blending)", "CA", 17, 4, 240,
     "CAD", [("PRECURSOR_LICENCE", "BE-SPF-45-0047")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "SISEA01", "sea", "SI", "KR", "854913",
     "Black mass from shredded lithium-ion batteries, for hydrometallurgical recovery at a licensed plant, 20 t",
     "SI", 20000, None, 0, "EUR", [("BASEL_CONSENT", "SI-ARSO-45-0082")], "notified black mass to a licensed recovery plant in an OECD country"),
    ("PRM-04", "waste", "import", "PTSEA01", "sea", "CV", "PT", "300692",
     "Expired pharmaceuticals, returned stock, for incineration at a licensed plant, 8 t", "CV", 8000, None, 0,
     "EUR", [("BASEL_CONSENT", "PT-APA-45-0019")], "notified waste medicines to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "BGROAD01", "road", "TR", "BG", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for a licensed critical use (aircraft engine nacelles)",
     "TR", 300, 10, 9000, "EUR", [("ODS_LICENCE", "BG-MOEW-ODS-45-004")], "reclaimed halon 1301 for a critical use under licence"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290314",
     "Carbon tetrachloride, 40 drums, for feedstock use in a licensed chlorination plant", "CN", 12700, 40, 9000,
     "USD", [("ODS_LICENCE", "IT-MASE-ODS-45-011")], "carbon tetrachloride for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Armenian gospel leaf, miniature on vellum, 17th century, documented French collection since 1958", "FR", 0.2,
     1, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-45-0207")], "manuscript leaf exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "FRAIR01", "air", "CH", "FR", "970510",
     "Sepik suspension-hook figure, wood and shell, documented Swiss collection since 1965", "PG", 6, 1, 28000,
     "EUR", [("IMPORT_LICENCE", "FR-MC-IMP-45-0012")], "ethnographic object imported with the EU import licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "852589",
     "Uncooled thermal imaging cores 640 x 512, 60 Hz, 40 units, for an Indian automotive night-vision maker", "FR",
     12, 40, 80000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-45-0522"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-45-0091")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "IN", "282619",
     "Ammonium hydrogen difluoride 98 %, 400 x 25 kg, for an Indian glass-etching plant", "DE", 10000, 400, 22000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-45-0733"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-45-0144")],
     "Australia Group precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "GBAIR01", "air", "ZM", "GB", "430219",
     "Leopard skin, hunting trophy, tanned, from a quota hunt in the Luangwa valley, 1 pc", "ZM", 6, 1, 4000, "USD",
     [("CITES_PERMIT", "ZM-DNPW-45-0117"), ("CITES_PERMIT", "GB-APHA-45-2240")],
     "App. I leopard trophy with its export and import permits"),
    ("PRM-12", "wildlife", "import", "BEAIR01", "air", "CM", "BE", "121190",
     "Prunus africana bark, dried, from a managed harvest unit, 500 kg", "CM", 500, None, 2500, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-45-0058")], "App. II pygeum bark from a managed harvest with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Vega Aero Services EOOD",
    "PRM-06": "Meridian Chimica Srl", "PRM-08": "Galerie Rivage SARL", "PRM-12": "Central Phyto SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220820", "Pisco, 70 cl bottles", "import", ["sea"], ["CL", "PE"], (8, 14), (3000, 9000), ["USD"], 0.8, S),
    ("382499", "Fog-machine fluid, water-based, 5 l cans", "import", ["sea"], ["CN", "US"], (2, 4), (2000, 6000), ["USD"], 0.2, S),
    ("170290", "Kithul treacle, 750 ml bottles", "import", ["post"], ["LK"], (6, 12), (1, 4), ["USD", "GBP"], 1, S),
    ("292529", "Creatine monohydrate, 1 kg pouches", "import", ["express"], ["CN", "US"], (20, 40), (1, 4), ["USD"], 1, S),
    ("170199", "Royal icing sugar mix, 1 kg", "import", ["post"], ["US", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 1, S),
    ("190240", "Moghrabieh (pearl couscous), 1 kg bags", "import", ["sea"], ["LB", "JO"], (1.2, 2), (8000, 18000), ["USD"], 1, S),
    ("330190", "Kewra water, 200 ml bottles", "import", ["air"], ["BD", "IN"], (3, 6), (200, 1200), ["USD"], 5, S),
    ("090210", "Gunpowder green tea, 500 g tins", "import", ["express"], ["MA", "CN"], (15, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("170490", "Churchkhela, walnut, boxed", "import", ["sea"], ["GE"], (4, 8), (2000, 6000), ["USD", "EUR"], 10, S),
    ("293890", "Stevia extract powder, 1 kg", "import", ["express"], ["PY", "CN"], (40, 80), (1, 3), ["USD"], 1, S),
    ("440290", "Biochar soil improver, big bags", "export", ["sea"], ["MA", "KE"], (0.4, 0.8), (10000, 24000), ["EUR"], None, S),
    ("392690", "Phone cases and screen protectors, new, boxed", "import", ["sea"], ["CN", "VN"], (10, 20), (2000, 6000), ["USD"], 20, S),
    ("300650", "First-aid kits, new, sealed", "export", ["sea"], ["GW", "SN"], (8, 14), (2000, 6000), ["EUR"], 0.5, S),
    ("400219", "SBS polymer asphalt modifier, virgin granules", "export", ["sea"], ["IN", "EG"], (2, 3), (16000, 22000), ["EUR"], None, S),
    ("401699", "Rubber playground tiles, new, EN 1177", "export", ["road"], ["UA", "MD"], (1.5, 3), (8000, 16000), ["EUR"], 0.5, S),
    ("340319", "Concrete release oil (formwork oil), new, drums", "export", ["sea"], ["LB", "JO"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("630900", "Used clothing, sorted, cream grade, bales", "export", ["sea"], ["PK", "GH"], (0.4, 0.8), (18000, 24000), ["GBP", "EUR"], None, S),
    ("283329", "Ferric sulphate coagulant, technical, bags", "import", ["sea"], ["TR", "CN"], (0.3, 0.6), (18000, 24000), ["USD"], None, S),
    ("870380", "Used electric cars, roadworthy, with battery health report", "export", ["sea"], ["JO", "UA"], (5, 9), (8000, 16000), ["EUR"], 0.0006, S),
    ("152000", "Crude glycerine 80 %, from biodiesel, IBC", "export", ["sea"], ["EG", "TR"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("281121", "Beverage-grade carbon dioxide, liquid, tanker", "import", ["road"], ["TR", "RS"], (0.2, 0.4), (18000, 22000), ["EUR"], None, S),
    ("271112", "Propane refrigerant R-290, 5 kg cylinders", "import", ["sea"], ["MA", "TR"], (4, 7), (2000, 6000), ["EUR"], 0.2, S),
    ("290121", "Ethylene ripening mix in nitrogen, cylinders", "import", ["road"], ["TR", "RS"], (3, 6), (1000, 3000), ["EUR"], 0.02, S),
    ("281310", "Carbon disulphide, technical, drums", "import", ["sea"], ["CN", "IN"], (0.8, 1.3), (10000, 18000), ["USD"], None, S),
    ("281129", "Cream chargers, 8 g N2O, boxed", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD"], 60, S),
    ("340290", "Citrus bicycle-chain degreaser, 500 ml", "import", ["sea"], ["TW", "CN"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("841869", "Thermoelectric cosmetics fridges, 4 l", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.25, S),
    ("841480", "Refrigerant recovery machines, new, empty tanks", "export", ["sea"], ["NG", "GH"], (25, 45), (1000, 3000), ["EUR"], 0.06, S),
    ("392640", "Resin Buddha statues for yoga studios, new", "import", ["sea"], ["IN", "CN"], (3, 6), (1000, 4000), ["USD"], 0.1, S),
    ("490900", "Greeting cards with miniature motifs, printed", "import", ["post"], ["AM", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 20, S),
    ("680299", "Shona stone sculptures, serpentine, new", "import", ["air"], ["ZW"], (4, 8), (100, 500), ["USD"], 0.05, S),
    ("680293", "Granite gate posts, dressed, new", "import", ["sea"], ["CN", "IN"], (0.3, 0.6), (10000, 20000), ["USD"], None, S),
    ("442090", "Carved wooden coat hooks, new", "import", ["sea"], ["ID", "PH"], (3, 6), (1000, 3000), ["USD"], 2, S),
    ("711719", "Brass charms for jewellery making", "import", ["express"], ["CO", "IN"], (30, 60), (1, 2), ["USD"], 30, S),
    ("940320", "Replica bronze-drum coffee tables, new", "import", ["sea"], ["VN"], (4, 8), (2000, 5000), ["USD"], 0.02, S),
    ("691390", "'Fat lady' souvenir replicas, resin and pottery, new", "export", ["post"], ["GB", "US"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("680919", "Carved ganch plaster panels, new", "import", ["air"], ["UZ"], (5, 10), (100, 500), ["USD"], 0.1, S),
    ("540419", "Nylon strimmer line, spools", "export", ["road"], ["UA", "RS"], (3, 5), (2000, 6000), ["EUR"], 0.7, S),
    ("852589", "Dash cams, new, boxed", "import", ["air"], ["CN"], (40, 80), (100, 600), ["USD"], 5, S),
    ("570500", "Printed hair-on cowhide rugs", "import", ["sea"], ["BR", "AR"], (15, 30), (1000, 3000), ["USD"], 0.15, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630392", "Shower curtains, polyester", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 1.5, N),
        ("570220", "Coir doormats", "import", ["sea"], ["IN", "LK"], (1, 2), (4000, 10000), ["USD"], 0.5, N),
        ("392690", "Plastic clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 8000), ["USD"], 20, N),
        ("900490", "Swimming goggles, retail packs", "import", ["post", "express"], ["CN", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind116", 20450701, HERE)


if __name__ == "__main__":
    main()
