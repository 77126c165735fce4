#!/usr/bin/env python3
"""Writes the hundredth blind set (tests/risk/data/blind100-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2042, with goods, routes,
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
consignee name only where a real declaration would. Ids are BL100-*:

    python3 tests/risk/data/make_blind100_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "IN", [], "DE", "300490",
         "Kali chloricum 3X trituration, homoeopathic, bulk, 5 x 500 g", "IN", 2.5, 5, 40, "USD",
         "a homoeopathic trituration is lactose powder, sweet on the tongue, carrying a trace of the salt; these five "
         "bags hold pure, glossy, tasteless crystals with no lactose at all, spit sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner label: potassium chlorate (Annex I above 40 %), posted from Kolkata to a private "
         "person in Leipzig who is no pharmacist; Indian English wording (potassium chlorate repeats in many sets and "
         "homoeopathic covers in a few; a 'Kali chloricum' trituration label was found in no earlier row)",
         person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "ATROAD01", "road", "CH", [], "AT", "310210",
         "Harnstoff-Auftausalz für Stallgassen und Reitplätze, 20 x 25 kg", "CH", 500, 20, 450, "CHF",
         "urea de-icers for stable alleys and riding arenas are dull white, odourless pellets that dissolve slowly; these 20 bags hold hard, glossy "
         "prills that go ice-cold in water and test at 34.5 % N, in a private car at Feldkirch for a private person "
         "in the Tyrol who keeps no horses: ammonium nitrate (Annex I at 16 % N or more) for a member of the public; "
         "Swiss German wording (ammonium nitrate repeats in many sets and urea labels on it in several, as piste "
         "hardeners by car and post from Switzerland to Austria in blind69 and blind70; a stable-alley de-icer label "
         "is the new part, the route a known repeat)",
         person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "SEAIR01", "express", "US", [], "SE", "382499",
         "European skull mount whitening paste, 3 %, 6 x 1 qt", "US", 6.8, 6, 90, "USD",
         "trophy-skull whitening pastes for hunters are a 3-12 % peroxide cream thickened with magnesia; these six "
         "quarts are a water-thin liquid of 1.13 kg/l with vented caps that bleaches the skin white at a touch and "
         "reads 'H2O2 35 %' under the new label: hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Montana to a private person in Umeå, although oxidising liquids travel by express only as declared "
         "dangerous goods; US English wording (hydrogen peroxide repeats in many sets and a trophy-skull "
         "whitening cover repeats blind88, by post from Ukraine to Poland; kept as a known repeat, by express from the "
         "US to Sweden is the new part)",
         person("Karin Andersson", "SE")),
        ("PRE-04", "import", "PLAIR01", "express", "KR", [], "PL", "381400",
         "시아노아크릴레이트 접착제 제거제 (네일숍용), 5 x 1 L", "KR", 5.7, 5, 150000, "KRW",
         "nail-salon glue removers are acetone with a little oil; these five litres are oily, fruity-smelling, weigh "
         "1.14 kg/l and the inner bottles read 'CH3NO2 98 %': nitromethane (Annex I above 16 %), sent by express from "
         "Seoul to a private person in Łódź who runs no salon; Korean wording (nitromethane repeats in many sets and "
         "Korean nail-salon labels covered it in blind83 and blind85, by express to the Netherlands; kept as a known "
         "repeat, a cyanoacrylate-debonder label to Poland is the new part)",
         person("Anna Kowalska", "PL")),
        ("PRE-05", "import", "GRROAD01", "road", "AL", [], "GR", "340290",
         "Pastrues gëlqereje për makina kafeje espresso, koncentrat, 12 x 1 l", "AL", 16.8, 12, 180, "EUR",
         "espresso descalers are citric or sulphamic acid, odourless and mild; these twelve litres fume brown when "
         "opened, stain the fingers yellow and weigh 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), in a "
         "private car at Kakavia for a private person in Ioannina who has no café; Albanian wording (nitric acid "
         "repeats in many sets and an espresso-descaler cover on it in blind33, by express from Türkiye to Italy; kept "
         "as a known repeat, by car from Albania to Greece is the new part)", person("K. Georgiou", "GR")),
        ("PRE-06", "import", "CYSEA01", "sea", "IL", [], "CY", "283319",
         "מפחית pH לבריכות שחייה, גרגירים (סודיום ביסולפט), 400 מיכלים", "IL", 14700, 400, 4000, "USD",
         "pH-reducer for pools is sodium bisulphate, dry granules in tubs; these 400 jerrycans slosh, weigh 1.84 kg/l, "
         "char cardboard and read 'H2SO4 96 %' on the filler's label: sulphuric acid (Annex I above 15 %) in 20 l "
         "retail cans for a Limassol pool shop that sells to the public; Hebrew wording (sulphuric acid repeats in "
         "many sets and pH-minus covers in several; by sea from Israel to Cyprus in Hebrew is the new part)",
         firm("Rivage Pools Ltd", "CY")),
        ("PRE-07", "import", "PLROAD01", "road", "UA", [], "PL", "283630",
         "Сода харчова для бомбочок для ванни, 10 x 25 кг", "UA", 250, 10, 9000, "UAH",
         "a bath-bomb maker's order by van: baking soda and fragrance oils are what such a workshop buys, but the third "
         "item's 'лимонна кислота' (citric acid) is four 25 kg sacks of a tasteless, non-sour white powder that does "
         "not fizz with soda and burns fiercely with sugar, 'KClO4' on the inner liners: potassium perchlorate (Annex I "
         "above 40 %), hidden as the last item of a three-item declaration, at Korczowa for a private person in "
         "Rzeszów; Ukrainian wording (potassium perchlorate repeats in many sets and bath-bomb covers on it in blind67, "
         "blind76 and blind79, by post from Britain; a bath-bomb workshop's order by van from Ukraine, with the "
         "perchlorate as its citric acid, is the new part)",
         dict(person("Osoba prywatna", "PL"),
              _more_items=[item("330290", "Ароматичні олії для косметики, 20 x 1 л", "UA", 20, 6000, "UAH", qty=20),
                           item("291814", "Лимонна кислота, 4 x 25 кг", "UA", 100, 3000, "UAH", qty=4)])),
        ("PRE-08", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "250100",
         "洗碗机专用软化盐, 颗粒, 1 kg 袋装, 12,000 袋", "CN", 12000, 12000, 6000, "USD",
         "dishwasher salt is coarse, pure sodium chloride that tastes of salt; these 12,000 retail bags hold glossy "
         "crystals with a cool, bitter taste that draw damp and flare yellow on a flame, 'NaClO3' on the master "
         "cartons: sodium chlorate (Annex I above 40 %) retail-packed for a Vilnius web shop that sells to the public, "
         "by rail from Xi'an through Kazakhstan, Russia and Belarus; Chinese wording (sodium chlorate repeats in many "
         "sets and dishwasher-salt covers on it in blind50, blind72, blind77 and blind87, as parcels and car loads; a "
         "rail container of retail bags to Lithuania is the new part)",
         firm("Centras Prekyba UAB", "LT")),
        ("PRE-09", "import", "FRPOST01", "post", "JP", [], "FR", "283322",
         "アジサイ青色化剤 (硫酸アルミニウム), 3 x 1 kg", "JP", 3, 3, 4500, "JPY",
         "hydrangea blueing agent is aluminium sulphate, a sour, greyish powder; these three bags hold hard white "
         "prills that go ice-cold in water and test at 34 % N: ammonium nitrate (Annex I at 16 % N or more), posted "
         "from Kyoto to a private person in Nantes; Japanese wording (ammonium nitrate repeats in many sets; a "
         "hydrangea-blueing label was found in no earlier row)", person("Sophie Bernard", "FR")),
        ("PRE-10", "import", "HRPOST01", "post", "ME", [], "HR", "283321",
         "Gorka so (magnezijum sulfat) za kupke, 10 x 1 kg", "ME", 10, 10, 40, "EUR",
         "Epsom bath salt is bitter, needle-like magnesium sulphate; these ten bags hold fine, glossy crystals that "
         "turn damp in hours, flare bright yellow on a flame and read 'NaClO4' on the inner bags: sodium perchlorate "
         "(Annex I above 40 %), posted from Podgorica to a private person in Split; Montenegrin wording (perchlorates "
         "repeat in many sets and Epsom-salt covers in several; posted from Montenegro to Croatia is the new part)",
         person("Privatna osoba", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "TG", "854340",
         "Wegwerp-e-sigaretten, nieuwe restvoorraad, 400.000 st.", "BE", 8000, 400000, 20000, "EUR",
         "overstock disposable vapes are sealed, boxed and tax-stamped; these are loose, used units emptied from shop "
         "take-back bins, many with swollen lithium cells and leaking nicotine liquid: waste electrical equipment "
         "with lithium batteries (16 02 13*, 20 01 35*), hazardous waste whose export to a non-OECD country is banned, "
         "from Antwerp for a Lomé 'wholesaler'; Flemish wording (vape waste repeats in a few sets, as returned stock to Nigeria "
         "in blind87; as new overstock to Togo is the new part)", {"importer_country": "TG"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "381900",
         "Fluide hydraulique aviation, phosphate-ester, fûts neufs, 60 fûts", "FR", 12000, 60, 3000, "EUR",
         "new phosphate-ester aviation hydraulic fluid is a clear purple liquid in sealed drums with a certificate of "
         "conformity; these drums are refilled, dark, full of water and metal fines, drained from aircraft at a "
         "maintenance base, at 0.25 EUR/kg: waste synthetic hydraulic oil (13 01 11*), hazardous waste whose export "
         "to a non-OECD country is banned, from Le Havre for a Dakar 'airport supplier'; French wording (waste oils "
         "repeat in many sets and waste phosphate-ester aviation fluid repeats blind60, from France to Guinea in "
         "French; kept as a known repeat, as new drums to Senegal is the new part)",
         {"importer_country": "SN"}),
        ("WST-03", "transit", "DESEA01", "sea", "NO", ["DE"], "CN", "261310",
         "Molybdenum ore concentrate, roasted, 40 big bags", "NO", 40000, 40, 60000, "USD",
         "roasted molybdenite concentrate is a fine, grey-blue oxide powder from a mine; these bags hold dark "
         "extrudates, pellets and dust smelling of sulphur and oil, with cobalt, nickel and coke on analysis, from a "
         "refinery's hydrotreater: spent hydroprocessing catalyst (16 08 02*), hazardous waste whose transit through "
         "the Union to a non-OECD country had no notification, landed at Hamburg in transit from Bergen to Tianjin; "
         "English wording (spent catalysts and molybdenum covers repeat in several sets; from Norway in transit "
         "through Hamburg is the new part)", {"importer_country": "CN"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "MA", "440799",
         "Travi in legno per paesaggistica e giardini, 2 container", "IT", 44000, None, 4400, "EUR",
         "landscaping beams are new, pressure-treated or untreated sawn timber; these are black, oily, tar-smelling "
         "railway sleepers with spike holes and ballast stones in the cracks, pulled from a regional line: "
         "creosote-treated wood (17 02 04*), hazardous waste whose export to a non-OECD country is banned, from "
         "Genoa for a Casablanca 'garden centre'; Italian wording (creosoted sleepers as landscaping timber repeat "
         "blind41, blind79 and blind94; kept as a known repeat, from Italy to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-05", "export", "HURAIL01", "rail", "HU", [], "RS", "260300",
         "Rézérc-koncentrátum, flotált, 6 vagon", "HU", 360000, None, 36000, "EUR",
         "copper concentrate is a dry, dark-grey sulphide powder from a mine with an assay; these wagons hold green-blue, "
         "wet filter cake with nickel, chromium and cyanide on analysis, from the waste-water plants of electroplating "
         "shops: galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, by rail "
         "from Kelebia to a Bor 'smelter'; Hungarian wording (plating sludges repeat in several sets; as copper "
         "concentrate by rail from Hungary to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-06", "export", "GRSEA01", "sea", "GR", [], "LB", "320890",
         "Χρώματα δεύτερης διαλογής για φιλανθρωπικό σκοπό, 2 κοντέινερ", "GR", 30000, None, 1500, "EUR",
         "second-grade paint is sealed tins with colour labels and a batch number; these are rusty, half-empty and "
         "skinned tins and drums of mixed solvent paints, thinners and sludge, swept from a closed yacht yard: waste "
         "paint and varnish with organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is "
         "banned, from Piraeus for a Beirut 'charity'; Greek wording (paint waste repeats in several sets; a charity "
         "cover from Greece to Lebanon is the new part)", {"importer_country": "LB"}),
        ("WST-07", "export", "DEAIR01", "air", "DE", [], "PK", "901890",
         "Antike medizinische Instrumente, Blutdruckmessgeräte, 300 Stk.", "DE", 900, 300, 1500, "EUR",
         "antique medical instruments are single collectors' pieces; these are 300 hospital mercury sphygmomanometers "
         "from a clinic's clear-out, dented and some leaking beads of mercury: mercury-containing waste equipment "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, and mercury-added products whose "
         "export is banned (Regulation 2017/852), flown from Frankfurt to a Lahore 'dealer'; German wording (mercury "
         "sphygmomanometers repeat in a few sets; as antiques to Pakistan by air is the new part)",
         {"importer_country": "PK"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "GN", "870323",
         "Turismos usados, 2 unidades, con documentación", "ES", 2600, 2, 3000, "EUR",
         "a used-car container: two roadworthy cars with papers are what Conakry buyers order, but the third item's "
         "'vehículos para piezas' are three crashed, undrained wrecks with batteries, oil, brake fluid and airbags still "
         "in them and no registration papers: end-of-life vehicles (16 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Valencia to Conakry; "
         "Spanish wording (end-of-life vehicles repeat in many sets; behind two roadworthy cars to Guinea is the new "
         "part)",
         dict({"importer_country": "GN"},
              _more_items=[item("401220", "Neumáticos usados, 40 uds", "ES", 400, 200, "EUR", qty=40),
                           item("870323", "Vehículos para piezas, 3 uds", "ES", 3300, 600, "EUR", qty=3)])),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "BR", "390210",
         "Polipropileno granulado, reciclado, 1 contentor", "PT", 20000, None, 8000, "EUR",
         "recycled polypropylene granules are uniform, washed, extruded pellets; these bales are shredded syringes, "
         "drip bags and tubing from hospital wards, with blood traces and needle tips: infectious clinical waste "
         "(18 01 03*), hazardous waste whose export to a non-OECD country is banned, from Leixões for a Santos "
         "'plastics recycler'; Portuguese wording (clinical waste repeats in many sets; as recycled granules to "
         "Brazil is the new part)", {"importer_country": "BR"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", [], "BA", "251320",
         "Granatni pesek za peskanje, nov, 20 t", "SI", 20000, None, 2000, "EUR",
         "new garnet blasting abrasive is clean, red-brown, angular grains in sealed bags; this is grey-blue, dusty "
         "spent grit with flakes of old copper and tributyltin antifouling paint, swept from a shipyard's blasting "
         "hall: spent blasting grit with hazardous substances (12 01 16*), hazardous waste whose export to a "
         "non-OECD country is banned, by lorry from Koper for a Banja Luka 'contractor'; Slovenian wording (spent "
         "garnet grit repeats in several sets, from Slovenia to Albania by sea in blind72; as new grit by road to "
         "Bosnia is the new part)",
         {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "Dry-cleaning solvent, hydrocarbon type, 60 drums", "IN", 18000, 60, 30000, "USD",
         "hydrocarbon dry-cleaning solvents are light isoparaffins of 0.76 kg/l that burn; these drums hold a "
         "non-flammable liquid of 1.57 kg/l boiling at 48 °C, and old 'Valclene' stencils show under the new paint: "
         "CFC-113, whose import into the Union is banned, by sea from Mundra to Genoa for a dry-cleaning supplier; "
         "Indian English wording (CFC-113 repeats in several sets and under a hydrocarbon dry-cleaning label in "
         "blind56, by road from Serbia to Croatia; kept as a known repeat, by sea from India with Valclene stencils, a "
         "trade name found in no earlier row, is the new part)", firm("Lavanderie Meridian Srl", "IT")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Etilen oksit / CO2 sterilizasyon gazı 10/90, 30 tüp", "TR", 1500, 30, 6000, "USD",
         "EO/CO2 10/90 sterilant is a high-pressure cylinder at about 50 bar; these 30 cylinders read 5 bar, hold a "
         "liquid that boils at -30 °C and the old valve tags say '12/88': ethylene oxide blended with CFC-12, whose "
         "import into the Union is banned, on a lorry at Kapitan Andreevo for a Sofia hospital supplier; Turkish "
         "wording (CFC-12 repeats in many sets and sterilant covers in a few; the 12/88 hospital sterilant blend "
         "was found in no earlier row)", firm("Delta Medical EOOD", "BG")),
        ("OZN-03", "import", "NLPOST01", "post", "PK", [], "NL", "300490",
         "Endodontic cold test spray, tetrafluoroethane, 10 x 200 ml", "PK", 3, 10, 60, "USD",
         "dental cold-test sprays are R-134a or propane-butane at -26 to -50 °C; these ten cans, from old hospital "
         "stock, have inner labels 'Dichlorodifluoromethane/Dichlorotetrafluoroethane': CFC-12 and CFC-114, whose "
         "import into the Union is banned, posted from Sialkot to a private person in Eindhoven although pressurised "
         "cans may not go by post; Pakistani English wording (a dental pulp-vitality cold spray from Pakistan repeats "
         "blind88, by express to Spain; kept as a known repeat, by post to the Netherlands is the new part)", person("M. Bakker", "NL")),
        ("OZN-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "392111",
         "XPS 挤塑聚苯乙烯保温板, CO2 发泡, 30 mm, 3 集装箱", "CN", 18000, 6000, 21000, "USD",
         "CO2-blown XPS boards have no blowing-agent smell and are sold with a declaration of performance; these "
         "boards give a sweetish smell when cut, the cut cells hold HCFC-142b and HCFC-22, and the data sheet is a "
         "copy of another maker's: products containing HCFCs, whose import into the Union is banned, by rail from "
         "Chengdu to Małaszewicze; Chinese wording (HCFC-blown XPS by rail from China repeats blind5, to Germany; to "
         "Poland is the new part)", firm("Atlantic Izolacje Sp. z o.o.", "PL")),
        ("OZN-05", "export", "FRAIR01", "air", "FR", [], "US", "701399",
         "Bouteilles décoratives en verre soufflé, anciennes, 40 pièces", "FR", 48, 40, 4000, "EUR",
         "decorative glass bottles are empty; these 40 are sealed 'grenades extinctrices' of around 1900, round, "
         "ribbed, still full and sloshing with a sweet-smelling liquid: carbon tetrachloride, whose export from the "
         "Union (and of products containing it) is banned, flown from Paris to a New York collector; French wording "
         "(fire grenades repeat in a few sets, as imports from the US; exported from France by air is the new "
         "part)",
         {"importer_country": "US"}),
        ("OZN-06", "transit", "GRSEA01", "sea", "TR", ["GR"], "EG", "731100",
         "Argon welding cylinders, 50 l, used, 24 pcs", "TR", 2400, 24, 2400, "USD",
         "used welding-argon cylinders are grey with a green shoulder and empty or at low pressure; these 24 are red, full at 42 bar, "
         "with 'CF3Br' on the valve tags, from an engine-room total-flooding system stripped at an Aliağa ship-breaking "
         "yard: halon 1301, moved through the Union without the licence 2024/590 requires, landed at Piraeus in "
         "transit from İzmir to Alexandria; English wording (halon 1301 from ship-breaking repeats in many sets, as "
         "nitrogen cylinders in blind86 and as CO2 cylinders from Türkiye to Greece in blind75; welding-argon "
         "cylinders in transit through Piraeus to Egypt are the new part)", {"importer_country": "EG"}),
        ("OZN-07", "import", "MTSEA01", "sea", "EG", [], "MT", "282619",
         "Sulfuryl fluoride fumigant 99.8 %, 40 cylinders", "EG", 2400, 40, 12000, "USD",
         "sulfuryl fluoride is a colourless, odourless gas sold by two makers with a biocide authorisation; these 40 "
         "cylinders, with no authorisation number, contain a gas with 2 % chloropicrin warning agent, boiling at 4 °C: "
         "methyl bromide, whose import into the Union is banned, by sea from Alexandria to Marsaxlokk for a "
         "flour-mill fumigator; English and Arabic wording (methyl bromide repeats in many sets and sulfuryl fluoride "
         "labels on it in blind50, blind69, blind82 and blind87 among others; kept as a known repeat, from Egypt to "
         "Malta is the new part)",
         firm("Vega Fumigation Ltd", "MT")),
        ("OZN-08", "import", "IESEA01", "sea", "US", [], "IE", "841850",
         "Gelato display cases, refurbished, 6 units", "US", 1800, 6, 12000, "USD",
         "refurbished gelato cases come with new compressors on R-290 or R-404A; these six have their original 1980s "
         "compressors and nameplates reading 'R-502': equipment containing CFC-115 and HCFC-22, whose import into the "
         "Union is banned, by sea from New York to Dublin for a Galway ice-cream parlour; US English wording "
         "(R-502 equipment repeats in several sets and old gelato cases still on HCFC-22 in blind57, exported to "
         "Albania; kept as a known repeat, R-502 cases imported from the US to Ireland are the new part)",
         firm("Atlantic Gelato Ltd", "IE")),
        ("OZN-09", "import", "SEROAD01", "road", "NO", [], "SE", "381400",
         "Rengjøringsmiddel for PU-skumpistol, 500 ml, 240 bokser", "NO", 150, 240, 9600, "NOK",
         "PU foam-gun cleaners are acetone aerosols that smell of nail varnish; these 240 cans hold a non-flammable "
         "solvent that boils at 32 °C with a faint ether smell: HCFC-141b, whose import into the Union (and of "
         "products containing it) is banned, on a lorry at Svinesund for a builders' merchant in Gothenburg; "
         "Norwegian wording (HCFC-141b as a PU foam-gun cleaner repeats blind27, blind62 and blind86; kept as a known "
         "repeat, by road from Norway is the new part)", firm("Nordhafen Bygg AB", "SE")),
        ("OZN-10", "import", "ROROAD01", "road", "MD", [], "RO", "381400",
         "Soluție de spălare a circuitelor de climatizare auto, pe bază de hidrocarburi, 30 x 1 l", "MD", 36, 30, 2400,
         "MDL",
         "hydrocarbon flushing solvents for car air-conditioning circuits are light, flammable and smell of white "
         "spirit; these 30 cans hold a non-flammable solvent of 1.24 kg/l boiling at 32 °C, 'HCFC-141b' on the "
         "inner labels: HCFC-141b, whose import into the Union is banned, in a van at Sculeni for an Iași "
         "car-air-conditioning workshop; Moldovan Romanian wording (HCFC-141b flushes repeat in several sets "
         "and HCFC-141b by road from Moldova repeats blind86, as a foam-gun cleaner; a hydrocarbon air-conditioning "
         "flush label is the new part)", firm("Alpina Clima SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "export", "ITAIR01", "express", "IT", [], "US", "490590",
         "Riproduzione decorativa di carta nautica, pergamena sintetica, 1 pz", "IT", 1.2, 1, 150, "EUR",
         "decorative reproductions of nautical charts are printed on paper or synthetic vellum; this is a real "
         "calf-skin portolan chart with rhumb lines, gold and red compass roses and hand-lettered Ligurian port names, "
         "signed by a Genoese chart-maker of the 1550s and worth well over 15,000 EUR: a map over 200 years old, "
         "exported without the EU export licence (Regulation 116/2009) or the Italian certificate, sent by express "
         "from Milan to a New York dealer; Italian wording (a portolan chart was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-02", "import", "ESAIR01", "air", "BO", [], "ES", "691390",
         "Vasos de cerámica artesanal, estilo andino, 10 unidades", "BO", 14, 10, 200, "USD",
         "craft ceramic cups from La Paz markets are new, bright and glossy; these ten flared keros and puma-headed "
         "incense burners are matt, worn, with soil in the cracks and red-black stepped designs of the Tiwanaku "
         "culture (AD 500-1000): archaeological objects whose export Bolivia forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from El Alto to Madrid for a gallery; Bolivian Spanish wording "
         "(Tiwanaku keros as craft cups repeat blind51, by express from Bolivia to Spain; kept as a known repeat, "
         "by air cargo with incense burners for a Madrid gallery is the new part)",
         firm("Galería Atlántica SL", "ES")),
        ("CUL-03", "import", "BESEA01", "sea", "AE", [], "BE", "940350",
         "Painted wooden headboard, Egyptian style, 1 pc", "AE", 40, 1, 300, "USD",
         "Egyptian-style headboards are new MDF with printed hieroglyphs; this is a carved sycamore-wood coffin lid "
         "with a gessoed face, a broad collar and columns of hieroglyphs naming a Theban priest, worm-eaten and "
         "cracked: an anthropoid coffin lid of the Third Intermediate Period, exported from Egypt without permission "
         "and brought in without an import licence (Regulation 2019/880), by sea from Jebel Ali to Antwerp; English "
         "wording from Dubai (Egyptian coffin parts from Dubai repeat blind5 and blind8; as a bed headboard by sea to Antwerp is "
         "the new part)",
         firm("Orion Antiques SA", "BE")),
        ("CUL-04", "import", "CZPOST01", "post", "MX", [], "CZ", "680299",
         "Figurilla de piedra verde, artesanía de Oaxaca, 1 pieza", "MX", 1.1, 1, 30, "USD",
         "Oaxaca craft figures are new green soapstone, soft and waxy; this is hard, polished blue-green jadeite, a "
         "were-jaguar infant with a cleft head and drilled eyes, with ancient wear and cinnabar in the grooves: an "
         "Olmec figurine, an archaeological object whose export Mexico forbids, brought in without an import licence "
         "(Regulation 2019/880), posted from Oaxaca to a collector's private address in Brno; Mexican Spanish wording "
         "(an Olmec were-jaguar jade posted from Mexico repeats blind32, to France; kept as a known repeat, as a "
         "soapstone craft figure to Czechia is the new part)", person("Soukromá osoba", "CZ")),
        ("CUL-05", "export", "ROAIR01", "air", "RO", [], "CH", "711719",
         "Brățări din alamă aurită, handmade, 4 buc.", "RO", 3.6, 4, 200, "EUR",
         "gilded brass bangles are light and hollow; these four are heavy, solid spiral bracelets of native gold, "
         "0.9 kg each, with animal-head terminals and earth in the coils, dug near the Orăștie mountains: Dacian "
         "gold bracelets, archaeological objects whose export Romania forbids, exported without the EU export "
         "licence (Regulation 116/2009), flown from Cluj to Zurich; Romanian wording (Dacian bracelets repeat in a "
         "few sets; as gilded brass by air to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-06", "export", "NLAIR01", "air", "NL", [], "US", "491191",
         "Kunstdruk in lijst, landschap, 1 st.", "NL", 2, 1, 80, "EUR",
         "framed art prints are offset prints behind glass; this is a pen and brown-ink landscape with wash on laid "
         "paper with a 17th-century watermark, collectors' marks on the back and an attribution to a Haarlem master, "
         "worth well over 15,000 EUR: a drawing over 50 years old above the threshold, exported without the EU "
         "export licence (Regulation 116/2009), flown from Amsterdam to a New York dealer; Dutch wording (an old "
         "drawing as a framed decorative print repeats blind78, from Italy to Switzerland; kept as a known repeat, a "
         "Haarlem drawing from the Netherlands to the US is the new part)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "NLSEA01", "sea", "VN", [], "NL", "680291",
         "Đèn đá trang trí sân vườn, đá sa thạch, mới, 12 chiếc", "VN", 2400, 12, 1200, "USD",
         "new garden lanterns are machine-cut, clean sandstone; one of these twelve is a weathered pink sandstone "
         "relief of a dancing apsara with broken edges and lichen, cut from a Cham temple in Quảng Nam: a Champa "
         "sculpture, an archaeological object whose export Vietnam forbids, brought in without an import licence "
         "(Regulation 2019/880), by sea from Da Nang to Rotterdam; Vietnamese wording (Cham sculpture repeats in a "
         "few sets and garden-stone covers in many; among new garden lanterns from Vietnam is the new part)", firm("Vega Tuin BV", "NL")),
        ("CUL-08", "export", "BGROAD01", "road", "BG", [], "TR", "711420",
         "Посребрена фруктиера, ръчна изработка, 1 бр.", "BG", 0.9, 1, 60, "EUR",
         "silver-plated fruit bowls are new brass with a thin plate; this is a shallow silver phiale with a central "
         "boss and gilded lotus petals, dark with age and soil, from a Thracian tumulus in the Valley of the Kings near "
         "Kazanlak: an archaeological object whose export Bulgaria forbids, exported without the EU export licence "
         "(Regulation 116/2009), in a car at Kapitan Andreevo for an Istanbul dealer; Bulgarian wording (Thracian "
         "silver as a decorative bowl repeats blind48, posted from Bulgaria to Britain; kept as a known repeat, by "
         "car to Türkiye as a fruit bowl is the new part)",
         {"importer_country": "TR"}),
        ("CUL-09", "import", "GRROAD01", "road", "IQ", ["TR"], "GR", "570110",
         "سجاد يدوي مستعمل وأدوات منزلية، 12 قطعة", "IQ", 180, 12, 1200, "USD",
         "a household-goods van: used hand-made rugs and copper pots are what a returning family carries, but the "
         "third item's 'مخاريط طينية للزينة' (decorative clay cones) are 30 fired clay cones with cuneiform "
         "inscriptions of a Lagash ruler, with mud in the signs: Sumerian foundation cones, cultural goods removed "
         "from Iraq, whose import into the Union is banned (Regulation 1210/2003), hidden as the last item of a "
         "three-item declaration, by road through Türkiye to Kipoi; Iraqi Arabic wording (foundation cones as "
         "decorative clay cones repeat blind33, by express from Dubai; kept as a known repeat, behind a household van "
         "from Iraq through Türkiye is the new part)",
         dict(person("Idiotis", "GR"),
              _more_items=[item("741810", "أواني نحاسية مستعملة، 20 قطعة", "IQ", 40, 200, "USD", qty=20),
                           item("691390", "مخاريط طينية للزينة، 30 قطعة", "IQ", 15, 60, "USD", qty=30)])),
        ("CUL-10", "import", "SEPOST01", "post", "ID", [], "SE", "482010",
         "Buku catatan kertas kulit kayu, kerajinan, 3 buah", "ID", 1.5, 3, 45, "USD",
         "bark-paper craft notebooks are new, stitched and clean; these three are accordion-folded books of "
         "alim bark with wooden covers, written in Batak script with a datu's diagrams in soot ink and worn from "
         "use: Batak pustaha, divination manuscripts whose export Indonesia forbids, introduced into the Union in "
         "breach of that law (Regulation 2019/880, Article 3(1)), posted from Medan to a private person in Malmö; "
         "Indonesian wording (pustaha as bark-paper notebooks repeat blind53, posted to Italy, and blind81, by air "
         "to the Netherlands; kept as a known repeat, posted to Sweden is the new part)", person("Mr L. Nilsson", "SE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "870830",
         "Bremsscheiben für Lkw, Satz, 8 Stk.", "DE", 640, 8, 6400, "EUR",
         "lorry brake discs are cast iron, 30-40 kg each; these eight are carbon-carbon multi-disc brake assemblies "
         "with part numbers of an A320 main wheel, at 60,000 EUR each on the overhaul shop's invoice, for a Bishkek "
         "'truck spares' firm whose buyer is a Russian airline: aircraft parts whose export for use in Russia is "
         "banned (Regulation 833/2014, Article 3c), flown from Frankfurt; German wording (aircraft brakes as lorry "
         "brakes repeat blind78, from Hungary to Uzbekistan; kept as a known repeat, from Germany to Kyrgyzstan is "
         "the new part)", {"importer_country": "KG"}),
        ("STR-02", "export", "IESEA01", "sea", "IE", [], "CN", "220830",
         "Irish whiskey, single pot still, 40 cases, for hotel use", "IE", 480, 480, 28000, "EUR",
         "hotel stock is entered by a licensed importer in China; these 40 cases of 18-year-old pot-still whiskey are "
         "consigned to a Dandong trading house that forwards goods across the Yalu, and the pro-forma names a "
         "Pyongyang restaurant as end user: luxury goods whose export for the DPRK is banned (Regulation 2017/1509, "
         "Annex VIII), by sea from Dublin; Irish English wording (luxury goods through Dandong repeat in several "
         "sets; Irish whiskey was found in no earlier row)", {"importer_country": "CN"}),
        ("STR-03", "import", "BGSEA01", "sea", "GE", [], "BG", "252329",
         "პორტლანდცემენტი CEM I 42,5 R, 5 000 ტ", "GE", 5000000, None, 300000, "USD",
         "Georgian cement comes from the Kaspi and Rustavi plants with their certificates; this bulk cargo was loaded "
         "at Poti from rail wagons arriving from Novorossiysk, its analysis and bag-marks match a Russian plant and "
         "the Georgian certificate of origin was bought: Russian cement, whose import into the Union is banned "
         "(Regulation 833/2014, Article 3i, Annex XXI), by sea to Burgas; Georgian wording (Russian cement with "
         "Georgian papers repeats blind25, blind83 and blind84, the last to Bulgaria in Bulgarian; kept as a known "
         "repeat, a Georgian-worded declaration at Burgas is the only new part)", firm("Delta Stroy EOOD", "BG")),
        ("STR-04", "import", "LTRAIL01", "rail", "RU", ["BY"], "LT", "310420",
         "Калий хлористый, гранулированный, Россия, 20 вагонов", "RU", 1400000, None, 420000, "USD",
         "Russian potash comes from the Urals with Russian railway bills; these 20 wagons were loaded at Soligorsk, "
         "the granules match Belaruskali's grade and the Russian papers were issued for a transfer: Belarusian "
         "potassium chloride, whose import into the Union is banned (Regulation 765/2006, Article 1ah), declared as "
         "Russian, by rail to Kena; Russian wording (Belarusian potash repeats in a few sets, as Uzbek or Kazakh; "
         "declared as Russian by rail to Lithuania is the new part)", firm("Centras Agro UAB", "LT")),
        ("STR-05", "transit", "SISEA01", "sea", "AE", ["SI"], "RS", "390110",
         "LDPE granules, film grade, origin UAE, 100 t", "AE", 100000, None, 110000, "USD",
         "UAE polyethylene comes from Ruwais with the maker's grade names; these bags carry the grade codes of an "
         "Iranian petrochemical plant under overprinted labels and were loaded at Bandar Abbas before a ship-to-ship "
         "transfer off Fujairah: Iranian petrochemical products, whose import, purchase and transport are banned "
         "(Regulation 267/2012, Article 13), landed at Koper in transit to Belgrade; English wording (Iranian "
         "polymers repeat in several sets; in transit through Koper to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "CZAIR01", "air", "CZ", [], "UZ", "852589",
         "Sportovní kamery pro zpomalené záběry, 6 ks", "CZ", 90, 6, 3000, "EUR",
         "slow-motion sports cameras film a few thousand frames a second at 200 EUR; these six are high-speed "
         "research cameras at over a million frames per second, 40,000 EUR each on the maker's invoice, for a "
         "Tashkent 'sports academy' whose buyer is a Russian ballistics institute: high-speed cameras (dual-use "
         "6A003 and Regulation 833/2014, Article 2) routed through Uzbekistan, flown from Prague; Czech wording "
         "(high-speed cameras as sports cameras repeat blind53 and blind93; from Czechia to Uzbekistan is the new "
         "part)",
         {"importer_country": "UZ"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "TR", "760820",
         "Rury aluminiowe do ram rowerowych, 2 t", "PL", 2000, None, 14000, "EUR",
         "bicycle-frame tubing is butted 6061 alloy at a few euros a kilo; these tubes are 7075-T6 alloy of 75-100 mm "
         "diameter, with a tensile test of 560 MPa and a Tehran end user behind the Istanbul 'bicycle maker': "
         "aluminium alloy tubes (dual-use 1C202 and Regulation 267/2012 on Iran) exported without a licence, by "
         "lorry from Poznań; Polish wording (7075 tubes as bicycle-frame tubing repeat blind33 and blind41; kept "
         "as a known repeat, by road from Poland to Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-08", "import", "PTSEA01", "sea", "IN", [], "PT", "720110",
         "Ferro-gusa para fundição, origem Índia, 20.000 t", "IN", 20000000, None, 8400000, "USD",
         "Indian foundry pig iron comes from Goa and Karnataka with mill certificates; this cargo's certificates name "
         "a mill that makes no pig iron, the ship's AIS went dark off Novorossiysk and the analysis matches a Tula "
         "works: Russian pig iron, whose import into the Union is banned (Regulation 833/2014, Article 3g, Annex "
         "XVII), declared as Indian, by sea to Sines; Portuguese wording (Russian pig iron repeats in a few sets; as "
         "Indian to Portugal is the new part)", firm("Atlântico Fundição Lda", "PT")),
        ("STR-09", "export", "FRAIR01", "express", "FR", [], "KZ", "900211",
         "Éléments optiques pour objectifs photo, 20 pièces", "FR", 12, 20, 2000, "EUR",
         "camera lens elements are ground glass discs of a few grams at a few euros; these twenty are sealed "
         "image-intensifier tubes of the latest generation with high figure of merit, 3,000 EUR each, for an Almaty "
         "'photo shop' that forwards to Russia: image intensifiers (dual-use 6A002, Regulation 833/2014, Article 2) "
         "exported without a licence, by express from Lyon; French wording (image-intensifier tubes repeat in several "
         "sets; as camera lens elements to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "KZ", "903031",
         "Multimetrai buitinės technikos taisymui, 30 vnt.", "LT", 150, 30, 1500, "EUR",
         "appliance-repair multimeters are hand-held meters at 50 EUR; these 30 are bench digital oscilloscopes of "
         "1 GHz bandwidth, on the common high-priority list, at 9,000 EUR each on the maker's invoice, consigned to an "
         "Astana 'service centre' that forwards to Russia: goods whose export for use in Russia is banned "
         "(Regulation 833/2014, Article 2a, Annex XXIII) routed through Kazakhstan, by lorry from Vilnius; "
         "Lithuanian wording (oscilloscopes as multimeters repeat in blind34, blind45, blind80 and blind93; kept as a "
         "known repeat, from Lithuania to Kazakhstan as appliance-repair meters is the new part)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "CN", [], "NL", "071420",
         "红薯干片, 零食, 2 kg", "CN", 2, 4, 20, "USD",
         "dried sweet-potato slices are orange, sweet and soft; these are brown-black, fleshy, scaly slices that "
         "smell of soy and taste faintly sweet and bitter: Cistanche deserticola ('rou cong rong', CITES App. II) "
         "without CITES documents, posted from Inner Mongolia to a private person in Rotterdam; Chinese wording "
         "(Cistanche repeats in a few sets and as dried sweet-potato slices in blind89, by rail to Germany; kept as "
         "a known repeat, posted to the Netherlands is the new part)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-02", "import", "DEPOST01", "post", "CL", [], "DE", "392640",
         "Cactus decorativos de resina, 20 unidades", "CL", 2.4, 20, 40, "USD",
         "resin cacti are light and hollow; these 20 are live, grey-bodied, woolly cacti with old, corky bases and "
         "cut taproots, dug from the Atacama coast near Taltal: wild-collected Copiapoa (CITES App. II) without CITES "
         "documents or a plant-health certificate, posted from Antofagasta to a private collector in Hamburg; Chilean "
         "Spanish wording (Copiapoa repeats in a few sets; as resin decorations is the new part)",
         person("Herr K. Becker", "DE")),
        ("WLF-03", "export", "DKAIR01", "air", "DK", [], "US", "660200",
         "Spadserestok med udskåret benhåndtag, 2 stk.", "DK", 3, 2, 300, "DKK",
         "carved-bone walking sticks are cattle bone on a wooden shaft; these two are whole spiral narwhal tusks, "
         "1.8 m and 2.1 m, fitted with silver ferrules and a leather grip: narwhal ivory (Monodon monoceros, CITES "
         "App. II) exported without a CITES permit, flown from Copenhagen to a Boston collector, where marine-mammal "
         "law bars its import too; Danish wording (narwhal tusks repeat in several sets, as walking sticks from "
         "Canada in blind37 and blind94; exported from Denmark is the new part)", {"importer_country": "US"}),
        ("WLF-04", "import", "FRROAD01", "road", "MA", [], "FR", "691200",
         "Tajines en terre cuite, souvenirs, 30 pièces", "MA", 90, 30, 300, "EUR",
         "a souvenir van off the Tanger Med-Sète ferry: clay tajines and leather poufs are what such vans carry, but the third "
         "item's 'tortues décoratives en céramique' are 20 live spur-thighed tortoises packed in socks in a "
         "ventilated crate: Testudo graeca (CITES App. II, EU Annex A) without CITES documents, hidden as the last "
         "item of a three-item declaration, at Sète for a private person in Montpellier; Moroccan French wording "
         "(tortoises behind tajines repeat blind78, blind79 and blind88, at Algeciras; kept as a known repeat, off "
         "the ferry to France is the new part)",
         dict(person("Mme Claire Martin", "FR"),
              _more_items=[item("420500", "Poufs en cuir, 10 pièces", "MA", 30, 400, "EUR", qty=10),
                           item("691390", "Tortues décoratives en céramique, 20 pièces", "MA", 6, 40, "EUR", qty=20)])),
        ("WLF-05", "import", "ESSEA01", "sea", "NI", [], "ES", "440711",
         "Madera aserrada de pino caribe, 1 contenedor", "NI", 18000, None, 7200, "USD",
         "Caribbean pine boards are pale, resinous and light; these planks are heavy, oily, orange-red with black "
         "streaks and smell spicy when sawn: cocobolo (Dalbergia retusa, CITES App. II) without a CITES permit, by sea "
         "from Corinto to Valencia for a Madrid guitar-wood dealer; Nicaraguan Spanish wording (cocobolo repeats in "
         "two rows; as Caribbean pine is the new part)", firm("Maderas Orion SL", "ES")),
        ("WLF-06", "export", "ESSEA01", "sea", "ES", [], "SG", "030572",
         "Colas de bacallau secas para caldo, 2 t", "ES", 2000, None, 8000, "EUR",
         "dried cod tails are flat, grey-white fans of split tail fin; these sacks hold dried, triangular fins with the tall, sickle-shaped "
         "first dorsals of hammerhead sharks: Sphyrna lewini fins (CITES App. II) exported without a CITES permit, "
         "from Vigo to a Singapore dried-seafood trader; Galician wording (hammerhead fins repeat in several sets "
         "and a 'dried fish skins' label from Spain to Hong Kong in blind81; dried cod tails to Singapore in Galician "
         "are the new part)", {"importer_country": "SG"}),
        ("WLF-07", "transit", "DEAIR01", "air", "NG", ["DE"], "VN", "230800",
         "Dried cashew husks for animal feed, 400 kg", "NG", 400, None, 400, "USD",
         "cashew husks are thin, brown, papery shells; these sacks hold hard, overlapping brown keratin scales the "
         "size of a thumbnail: pangolin scales (Manis spp., CITES App. I) without CITES documents, landed at "
         "Frankfurt in air transit from Lagos to Hanoi; Nigerian English wording (pangolin scales repeat in many "
         "sets, under raw cashew nuts in the first blind set; as cashew husks in transit through Frankfurt is the new "
         "part)", {"importer_country": "VN"}),
        ("WLF-08", "import", "ITSEA01", "sea", "PH", [], "IT", "050800",
         "Pinakintab na kabibe ng suso, dekorasyon, 3,000 piraso", "PH", 900, 3000, 1500, "USD",
         "polished turban-snail shells are thick, green-pearl and round; these 3,000 are thin, chambered, "
         "tiger-striped shells cut open to show the septa: chambered nautilus (Nautilus pompilius, CITES App. II) "
         "without CITES permits, by sea from Cebu to Genoa for a home-décor wholesaler; Filipino wording (nautilus "
         "as polished turbo shells repeats blind40, to Spain; kept as a known repeat, to Italy in Filipino is the new "
         "part)", firm("Meridian Casa Srl", "IT")),
        ("WLF-09", "import", "DEAIR01", "express", "BO", [], "DE", "510219",
         "Fibra de llama, descerdada, 20 kg", "BO", 20, None, 2000, "USD",
         "dehaired llama fibre is 20-24 micron, brown or grey, at about 100 USD/kg; this fibre is 12 micron, cinnamon-coloured, with "
         "no 'VICUÑA-BOLIVIA' mark and a price of 100 USD/kg far below vicuña's: vicuña fibre (Vicugna vicugna, CITES App. "
         "II only for marked fibre from live shearing) without CITES documents, sent by express from La Paz to a Bavarian "
         "hand-spinner; Bolivian Spanish wording (vicuña as alpaca repeats blind25, blind38 and others, by air to "
         "Italy; as llama fibre by express from Bolivia to Germany is the new part)", firm("Alpina Textil GmbH", "DE")),
        ("WLF-10", "import", "HUAIR01", "express", "VN", [], "HU", "300490",
         "Viên nang keo ong (propolis), 200 viên", "VN", 0.4, 200, 60, "USD",
         "propolis capsules hold a brown, resinous, honey-smelling powder; these 200 hold a bitter, yellow-green "
         "powder that foams in water and tests for ursodeoxycholic acid of animal origin: Asiatic black bear bile "
         "(Ursus thibetanus, CITES App. I) without CITES documents, sent by express from Hanoi to a private person in "
         "Budapest; Vietnamese wording (bear bile repeats in several sets, as Vietnamese herbal capsules in blind9, "
         "blind47 and blind69; as propolis capsules is the new part)", person("Magánszemély", "HU")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "express", "US", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (trophy-skull preparation)", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "SE-POL-42-0044")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRROAD01", "road", "AL", "GR", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (silver refining)", "AL", 1.4, 1, 20, "EUR",
     [("PRECURSOR_LICENCE", "GR-MCP-42-0013")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "382590",
     "Spent hydroprocessing catalyst (16 08 02*), for cobalt and molybdenum recovery at a licensed plant, 40 t", "NO",
     40000, 40, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-42-0131")], "notified spent catalyst to a licensed metals-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "901890",
     "Mercury sphygmomanometers (16 02 13*), for mercury recovery at a licensed plant, 600 units", "CH", 1800, 600, 0,
     "EUR", [("BASEL_CONSENT", "DE-BW-42-0088")], "notified mercury-containing equipment to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Reclaimed halon 1301, 20 cylinders, for a critical use in aircraft engine fire suppression", "US", 400, 20, 24000,
     "USD", [("ODS_LICENCE", "FR-MTE-ODS-42-011")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "CFC-113 analytical reference standard, 10 x 1 ml ampoules, for laboratory and analytical use", "US", 0.1, 10, 600,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-42-027")], "CFC-113 for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "490590",
     "Portolan chart on vellum, Genoa, 16th century, documented collection, sold at auction", "IT", 1.2, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-42-0144")], "map exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970121",
     "Pen and ink landscape drawing, Haarlem, 17th century, documented provenance", "NL", 2, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EIC-EXP-42-0052")], "drawing exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "JP", "852589",
     "High-speed research camera, 1 million frames per second, for a Japanese university laboratory", "CZ", 15, 1,
     40000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-42-0301"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0061")],
     "dual-use camera under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CA", "900211",
     "Image-intensifier tubes, 20 units, for a Canadian search-and-rescue equipment maker", "FR", 12, 20, 60000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-42-0417"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-42-0029")],
     "dual-use image intensifiers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "NI", "ES", "440799",
     "Cocobolo (Dalbergia retusa) sawn timber from a managed forest, 4 t", "NI", 4000, None, 24000, "USD",
     [("CITES_PERMIT", "NI-MARENA-42-0019")], "App. II cocobolo with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuña fibre from live shearing, 'VICUÑA-PERÚ' marked, 40 kg", "PE", 40, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-42-0073")], "App. II vicuña fibre with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Karin Andersson", "PRM-03": "Rivage Metals Recovery SA", "PRM-05": "Horizon Aero Maintenance SARL",
    "PRM-08": "Hudson River Drawings Foundation", "PRM-11": "Maderas Orion SL", "PRM-12": "Filatura Alpina Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("300490", "Homoeopathic triturations, lactose-based, 100 g jars", "import", ["post"], ["IN", "CH"], (20, 40), (1, 3), ["USD", "CHF"], 10, S),
    ("310210", "Urea snow hardener for ski tracks, 25 kg bags", "import", ["road"], ["CH"], (0.4, 0.8), (3000, 9000), ["CHF", "EUR"], None, S),
    ("350790", "Enzyme skull-cleaning powder for taxidermy, 1 kg", "import", ["express"], ["US", "CA"], (20, 40), (1, 3), ["USD"], 1, S),
    ("330430", "Acetone-based nail-polish remover, salon size, 1 l", "import", ["express"], ["KR", "CN"], (8, 15), (1, 4), ["USD", "KRW"], 1, S),
    ("340290", "Espresso-machine descaler, citric-acid based, 1 l", "import", ["road"], ["AL", "MK"], (3, 5), (2000, 6000), ["EUR"], 1, S),
    ("283319", "Pool pH-reducer granules, sodium bisulphate, 5 kg tubs", "import", ["sea"], ["IL", "TR"], (0.6, 1.0), (12000, 20000), ["USD"], 0.2, S),
    ("291814", "Citric acid anhydrous, food grade, 25 kg sacks", "import", ["road"], ["UA", "TR"], (1, 1.6), (3000, 9000), ["EUR", "USD"], 0.04, S),
    ("250100", "Dishwasher regeneration salt, 1 kg bags", "import", ["rail"], ["CN"], (0.3, 0.5), (10000, 20000), ["USD"], 1, S),
    ("283322", "Aluminium sulphate hydrangea blueing agent, 1 kg", "import", ["post"], ["JP", "GB"], (8, 15), (1, 3), ["JPY", "GBP"], 1, S),
    ("283321", "Epsom bath salt, magnesium sulphate, 1 kg", "import", ["post"], ["ME", "RS"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("854340", "Disposable e-cigarettes, new, sealed, boxed", "export", ["sea"], ["TG", "GH"], (15, 30), (2000, 6000), ["EUR"], 30, S),
    ("381900", "Phosphate-ester aviation hydraulic fluid, new, sealed drums", "export", ["sea"], ["SN", "CI"], (8, 14), (3000, 9000), ["EUR"], None, S),
    ("261310", "Roasted molybdenite concentrate, mine assay", "import", ["sea"], ["CL", "PE"], (20, 35), (18000, 24000), ["USD"], None, S),
    ("440799", "New pressure-treated landscaping beams", "export", ["sea"], ["MA", "TN"], (0.4, 0.8), (15000, 22000), ["EUR"], None, S),
    ("260300", "Copper concentrate, flotation, mine assay", "import", ["sea"], ["CL", "PE"], (2, 3.5), (18000, 26000), ["USD"], None, S),
    ("320890", "Solvent-borne industrial paint, new, sealed tins", "export", ["sea"], ["LB", "EG"], (3, 6), (4000, 12000), ["EUR"], 0.2, S),
    ("901890", "Digital blood-pressure monitors, new, boxed", "export", ["air"], ["PK", "IN"], (40, 80), (100, 400), ["EUR"], 2, S),
    ("870323", "Used passenger cars, roadworthy, with registration papers", "export", ["sea"], ["GN", "SN"], (2, 4), (2400, 6000), ["EUR"], 0.0008, S),
    ("390210", "Virgin polypropylene granules, injection grade", "export", ["sea"], ["BR", "EG"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("251320", "Garnet blasting abrasive, new, 25 kg bags", "import", ["sea"], ["IN", "AU"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("381400", "Isoparaffin dry-cleaning solvent, drums", "import", ["sea"], ["IN", "US"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("382219", "Steam-sterilisation chemical indicator strips", "import", ["road"], ["TR"], (20, 40), (200, 800), ["USD", "EUR"], 50, S),
    ("901849", "Dental endodontic rotary files, new", "import", ["express"], ["PK", "KR"], (100, 200), (1, 2), ["USD"], 100, S),
    ("392111", "XPS insulation boards, CO2-blown, with declaration of performance", "import", ["rail"], ["CN"], (1.2, 2), (8000, 16000), ["USD"], 0.3, S),
    ("701399", "Decorative blown-glass bottles, new", "export", ["air"], ["US", "CA"], (20, 40), (50, 200), ["EUR"], 1, S),
    ("731100", "Steel gas cylinders, new, empty, 80 l", "import", ["sea"], ["TR", "CN"], (2, 4), (4000, 12000), ["USD"], 0.02, S),
    ("591120", "Flour-mill bolting cloths, polyamide", "import", ["sea"], ["EG", "TR"], (15, 25), (2000, 6000), ["USD"], None, S),
    ("841850", "Refurbished gelato display cases, R-290 units, with warranty", "import", ["sea"], ["US", "CN"], (6, 10), (1500, 4000), ["USD"], 0.003, S),
    ("381400", "Acetone-based PU foam-gun cleaner, 500 ml cans", "import", ["road"], ["NO"], (10, 18), (1000, 3000), ["NOK", "EUR"], 2, S),
    ("340319", "PAG compressor oil for car air-conditioning, 1 l", "import", ["road"], ["MD", "TR"], (6, 12), (1000, 3000), ["EUR", "MDL"], 1, S),
    ("490590", "Printed reproduction nautical charts, decorative", "export", ["express"], ["US", "CH"], (40, 80), (1, 3), ["EUR"], 3, S),
    ("691200", "Handmade ceramic cups, Andean style, new", "import", ["air"], ["BO", "PE"], (8, 15), (100, 400), ["USD"], 2, S),
    ("940350", "Painted wooden headboards, Egyptian style, new", "import", ["sea"], ["AE", "IN"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("680291", "New carved sandstone garden lanterns", "import", ["sea"], ["VN", "CN"], (0.8, 1.5), (8000, 18000), ["USD"], 0.01, S),
    ("711719", "Gilded brass bangles, new", "export", ["air"], ["CH", "US"], (60, 120), (20, 100), ["EUR"], 10, S),
    ("491191", "Framed art prints, landscapes", "export", ["air"], ["US", "CA"], (20, 40), (100, 400), ["EUR"], 0.5, S),
    ("711420", "Silver-plated fruit bowls, new", "export", ["road"], ["TR", "RS"], (20, 40), (300, 1200), ["EUR"], 1, S),
    ("741810", "Hand-hammered copper cookware, new", "import", ["road"], ["TR"], (12, 20), (1000, 4000), ["EUR", "USD"], 1, S),
    ("482010", "Bark-paper craft notebooks, new", "import", ["post"], ["ID", "NP"], (15, 30), (1, 3), ["USD"], 3, S),
    ("852589", "Action cameras with slow-motion mode, new", "export", ["air"], ["UZ", "KZ"], (200, 400), (50, 200), ["EUR"], 5, S),
]
# Everyday trade: as in blind88 and blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new
# rows of this set's own instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940330", "Wooden office desks, flat-packed", "import", ["sea"], ["VN", "MY"], (2, 4), (4000, 10000), ["USD"], 0.05, N),
        ("620462", "Women's cotton trousers", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD", "EUR"], 3, N),
        ("950590", "Paper party decorations, assorted", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 2), ["USD", "GBP"], 20, N),
        ("691110", "Porcelain dinner sets", "import", ["sea"], ["CN", "TH"], (2, 4), (3000, 9000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind100", 20421101, HERE)


if __name__ == "__main__":
    main()
