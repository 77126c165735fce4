#!/usr/bin/env python3
"""Writes the hundred-and-sixty-eighth blind set (tests/risk/data/blind168-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Russian emphasis (Saint Petersburg, Kaliningrad, Novorossiysk, Vladivostok, Sakhalin
and Russia's overland routes through Finland, Estonia, Latvia, Lithuania, Poland, Belarus,
Kazakhstan and Georgia: origins, transit hubs, destinations, traders, languages and covers
drawn from that region's trade).
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
would. Ids are BL168-*:

    python3 tests/risk/data/make_blind168_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LVAIR01", "express", "RU", [], "LV", "220110",
         "Байкальская глубинная вода, питьевая, негазированная, 4 бутылки по 1 л", "RU", 4.6, 4, 2400, "RUB",
         "bottled deep Baikal water is a soft, tasteless water of 1.00 kg/l sold in glass or PET with a spring "
         "certificate; these four bottles have vented caps, weigh 1.13 kg/l, whiten and sting the fingers and fizz "
         "on a cut, and the filler's label under the new one reads 'пергидроль': about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Irkutsk to a private person in Riga; Russian wording (hydrogen "
         "peroxide repeats in many sets and bottled-water covers in several; a Baikal-water label was found in no "
         "earlier row by a keyword search)", person("Jeļena Ivanova", "LV")),
        ("PRE-02", "import", "FIPOST01", "post", "RU", [], "FI", "330129",
         "Пихтовое масло эфирное для бани, 100 %, 4 флакона по 1 л", "RU", 4.5, 4, 3200, "RUB",
         "Siberian fir oil for the sauna is a pale, mobile essential oil of 0.90 kg/l that floats on water and smells "
         "strongly of pine needles; these four bottles hold a colourless, slightly oily liquid of 1.14 kg/l that "
         "sinks, smells faintly fruity, not of resin, and burns with a pale flame: nitromethane (Annex I above 16 %), "
         "posted from Krasnoyarsk to a private person in Tampere, though flammable liquids may not travel by post; "
         "Russian wording (nitromethane repeats in many sets and essential-oil labels in several; a fir-oil label "
         "was found in no earlier row by a keyword search)", person("Mikko Korhonen", "FI")),
        ("PRE-03", "import", "EEPOST01", "post", "RU", [], "EE", "200989",
         "Сок лимонника дальневосточного, натуральный, 3 бутылки по 1 л", "RU", 4.2, 3, 2100, "RUB",
         "Far Eastern schisandra juice is a cloudy, pink-red, very sour berry juice of about 1.04 kg/l; these three "
         "bottles hold a water-clear to pale-yellow liquid of 1.40 kg/l that gives off brown fumes when opened, "
         "stains the skin yellow and eats a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from "
         "Vladivostok to a private person in Tallinn; Russian wording (nitric acid repeats in many sets and juice and "
         "vinegar covers in several; a schisandra label was found in no earlier row by a keyword search)",
         person("Irina Sokolova", "EE")),
        ("PRE-04", "import", "PLROAD01", "road", "RU", [], "PL", "200799",
         "Варенье из сосновых шишек, жидкое, бутылки 0,5 л, 600 шт.", "RU", 552, 600, 1800, "EUR",
         "pine-cone jam is a thin, amber syrup of about 1.3 kg/l with small green cones floating in it; these 600 "
         "bottles hold no cones at all but a colourless-to-brown, oily liquid of 1.84 kg/l that chars a sugar cube "
         "black and grows hot with a drop of water, for a Gdańsk 'Russian delicacies' web shop that sells to the "
         "public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a "
         "lorry from Kaliningrad at Grzechotki; Russian wording (sulphuric acid repeats in many sets and syrup covers "
         "in several; a pine-cone label and the Grzechotki crossing were found in no earlier row by a keyword "
         "search)", firm("Bursztyn Smaki Wschodu Sp. z o.o.", "PL")),
        ("PRE-05", "import", "LTPOST01", "post", "RU", [], "LT", "250900",
         "Мел белгородский пищевой, молотый, 4 пакета по 1 кг", "RU", 4, 4, 1600, "RUB",
         "Belgorod 'edible chalk' sold online to chalk-eaters is a soft, matt, off-white calcium carbonate that fizzes "
         "in vinegar and crumbles to dust; these four bags hold a gritty, glossy white crystalline powder that does "
         "not fizz, does not crumble and burns fiercely mixed with sugar: potassium perchlorate (Annex I above 40 %), "
         "posted from Belgorod to a private person in Vilnius; Russian wording (potassium perchlorate repeats in "
         "many sets and chalk and tooth-powder labels in several; an edible-chalk label was found in no earlier row "
         "by a keyword search)", person("Olga Petrauskienė", "LT")),
        ("PRE-06", "import", "DEAIR01", "express", "RU", [], "DE", "170490",
         "Глазурь сахарная для куличей, сухая смесь, 10 пакетов по 500 г", "RU", 5, 10, 3000, "RUB",
         "kulich icing mix is a very fine, sweet, bright-white sugar-and-starch powder that turns to a paste with a "
         "few drops of water; these ten bags hold shiny, tasteless crystals that do not dissolve into a paste and spit "
         "violet sparks on a hot plate, and the inner bags read 'KClO3', sent ahead of Orthodox Easter (3 May 2054) "
         "from Saint Petersburg to a private person in Berlin-Marzahn: potassium chlorate (Annex I above 40 %); "
         "Russian wording (potassium chlorate repeats in many sets and icing-sugar covers in several; a kulich-icing "
         "label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-07", "import", "LVROAD01", "road", "RU", [], "LV", "250100",
         "Соль Илецкая пищевая, помол № 1, пачки 1 кг, 12 000 пачек", "RU", 12000, 12000, 3600, "EUR",
         "Iletsk rock salt is grey-white, slightly cloudy halite from Orenburg oblast that tastes of salt and leaves a "
         "little insoluble grit; these 12,000 packs hold bright, colourless, cubic crystals that taste of nothing "
         "salty, draw damp overnight and flare yellow on a gas ring, for a Riga wholesaler that supplies Russian-food "
         "shops which sell to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, on a lorry at Terehova; Russian wording (sodium chlorate repeats in many sets and salt covers in "
         "many; kept as a repeat of the salt family, an Iletsk-salt label was found in no earlier row by a keyword "
         "search)", firm("Baltic Eastern Foods SIA", "LV")),
        ("PRE-08", "import", "EESEA01", "sea", "RU", [], "EE", "310540",
         "Ammofoss (monoammooniumfosfaat) 12:52, aiaväetis, 3 kg kotid, 6 000 kotti", "RU", 18000, 6000, 9900,
         "EUR",
         "monoammonium phosphate 12-52 is a hard, grey-brown, irregular granule that leaves phosphate scum in water; "
         "these 6,000 bags hold round, white, hollow-looking prills that turn ice-cold in water, dissolve without "
         "scum and test at 34 % N and next to no phosphate, shipped from Ust-Luga to Muuga for a Tartu garden-centre "
         "chain that sells the 3 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available "
         "to members of the public; Estonian wording (ammonium nitrate repeats in many sets and fertiliser covers in "
         "many; an ammophos label from Russia to Estonia was found in no earlier row by a keyword search)",
         firm("Lõuna Aiakeskus OÜ", "EE")),
        ("PRE-09", "import", "PLPOST01", "post", "RU", [], "PL", "292249",
         "Трилон Б (динатрий ЭДТА тозы), аквариум өчен, 4 пакет 1 кг", "RU", 4, 4, 1900, "RUB",
         "Trilon B (disodium EDTA) for aquarium water is a fine, white, barely soluble powder sold in small jars; "
         "these four bags hold coarse, colourless crystals that dissolve at once, draw damp into a slush within an "
         "hour and burn brightly with sugar, and the re-used inner bags read 'NaClO4': sodium perchlorate (Annex I "
         "above 40 %), posted from Kazan to a private person in Kraków; Tatar wording (sodium perchlorate repeats in "
         "many sets and EDTA labels in a few; a Trilon label and Tatar wording were found in no earlier row by a "
         "keyword search)", person("Piotr Nowak", "PL")),
        ("PRE-10", "import", "FIROAD01", "road", "RU", [], "FI", "100810",
         "Крупа гречневая ядрица, пачки 900 г, 2 000 пачек", "RU", 1800, 2000, 1800, "EUR",
         "a Russian-grocery lorry for a Helsinki shop at Vaalimaa: buckwheat, sushki and lingonberry water are what "
         "such shops sell, but the third item's 'брусничная вода' is 1,200 PET bottles of a water-clear liquid with no "
         "berries that weighs 1.20 kg/l, has vented caps and whitens the skin, and the filler's drums on the same "
         "lorry read 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, "
         "hidden as the last item of a three-item declaration from Saint Petersburg; Russian wording (hydrogen "
         "peroxide repeats in many sets and drink covers in several; a lingonberry-water label behind buckwheat and "
         "sushki was found in no earlier row by a keyword search)",
         dict(firm("Kalinka Market Oy", "FI"),
              _more_items=[item("190590", "Сушки ванильные, пакеты 400 г, 3 000 пакетов", "RU", 1200, 2700, "EUR", qty=3000),
                           item("220299", "Брусничная вода, бутылки 1 л, 1 200 шт.", "RU", 1440, 1080, "EUR", qty=1200)])),
    ],
    "waste": [
        ("WST-01", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870323",
         "Naudoti lengvieji automobiliai, techniškai tvarkingi, 8 vnt.", "US", 12400, 8, 16000, "EUR",
         "roadworthy used cars for export start, drive onto the trailer and travel with a registration and a "
         "roadworthiness test; these eight, bought at US insurance auctions and landed at Klaipėda, carry 'flood' and "
         "'non-repairable' salvage titles, have silt in the footwells, seized engines, leaking batteries and their "
         "fuel, oil, coolant and airbags still in: end-of-life vehicles with hazardous liquids and components "
         "(16 01 04*), hazardous waste whose export to a non-OECD country is banned, on a car transporter through "
         "Latvia and Russia to an Almaty 'car dealer'; Lithuanian wording (end-of-life vehicles repeat in many sets "
         "and salvage cars in several; US salvage cars from Klaipėda by road through Russia to Kazakhstan are the "
         "new part as far as a search found)", {"importer_country": "KZ"}),
        ("WST-02", "import", "BGSEA01", "sea", "RU", [], "BG", "250510",
         "Песок кварцевый для стекольной промышленности, марка ВС-050, навалом, 3 000 т", "RU", 3000000, None,
         90000, "USD",
         "glass sand is dry, white, washed quartz sold with an iron-oxide and grain-size certificate; this bulk "
         "cargo is grey-brown, sticky sand with black tar balls, shell grit and seaweed that smells of heavy fuel oil "
         "and reads 4 % hydrocarbons, scraped from the Anapa and Vityazevo beaches after the Kerch Strait tanker "
         "spill of fuel oil: sand and soil containing oil (17 05 03*), hazardous waste brought into the Union without "
         "the notification and consent it needs, from Novorossiysk to Varna for a Devnya 'glass' buyer; Russian "
         "wording (contaminated sand and soil repeat in several sets and quartz-sand labels in a few; Anapa beach "
         "sand from Novorossiysk was found in no earlier row by a keyword search)", firm("Delta Silika EOOD", "BG")),
        ("WST-03", "export", "FIROAD01", "road", "FI", [], "RU", "440311",
         "Käytetyt puhelinpylväät aidantolpiksi, 2,5 m katkottuina, 300 kpl", "FI", 24000, 300, 1500, "EUR",
         "fence posts sold for reuse are clean, pale, untreated or green pressure-treated pine; these 300 cut poles "
         "are black, oily and smell of tar, with steel cable fittings still on, pulled out as a Finnish operator "
         "takes down its copper telephone network, for a Sortavala 'dacha fencing' buyer at Niirala: wood treated "
         "with creosote (17 02 04*), hazardous waste whose export to a non-OECD country is banned; Finnish wording "
         "(creosote wood repeats in many sets, Swedish sleepers to Russia in blind67, and a telephone-pole label "
         "once, in blind42; Finnish telephone poles at Niirala are the new part)", {"importer_country": "RU"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["PL"], "RU", "382000",
         "Kühlerfrostschutz auf Glykolbasis, regeneriert ('Tosol'), IBC 1000 l, 22 Stück", "DE", 24000, 22, 6600,
         "EUR",
         "regenerated antifreeze is a clear, coloured, distilled glycol sold with a certificate of analysis; these 22 "
         "IBCs hold a brown, cloudy coolant with an oily film, metal fines and sludge that smells of petrol, drained "
         "from scrapped cars in Berlin breakers' yards, for a Kaliningrad 'auto chemicals' buyer who bottles it as "
         "Tosol: waste antifreeze containing hazardous substances (16 01 14*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Poland to the Mamonovo crossing; German wording with the "
         "Russian trade name (waste glycol repeats in several sets as regenerated de-icing fluid; a Tosol label for "
         "Kaliningrad was found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("WST-05", "export", "LVSEA01", "sea", "LV", [], "RU", "262030",
         "Vara izdedžu abrazīvs smilšstrūklai, atkārtoti lietojams, lielmaisi, 600 t", "LV", 600000, None, 12000,
         "EUR",
         "reusable blasting abrasive is sieved, dry, black, glassy copper-slag grit; these bags hold a fine, damp dust "
         "mixed with red and black flakes of antifouling paint stripped from hulls at a Riga ship-repair yard, "
         "reading tributyltin and copper: spent blasting grit containing hazardous substances (12 01 16*), hazardous "
         "waste whose export to a non-OECD country is banned, from Riga to Ust-Luga for a 'construction' buyer; "
         "Latvian wording (TBT paint waste and blasting grit repeat in several sets; a reusable-abrasive label from "
         "Riga to Ust-Luga is the new part as far as a search found)", {"importer_country": "RU"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "BY", "283329",
         "Siarczan żelaza(II), roztwór, koagulant do uzdatniania wody, 2 cysterny, 50 t", "PL", 50000, None, 2500,
         "EUR",
         "ferrous sulphate coagulant is a clear, pale-green solution of stated iron content; these two road tankers "
         "hold a dark, fuming, strongly acid liquor with free sulphuric acid, zinc and chromium, drawn from the "
         "pickling line of a Częstochowa wire-drawing works: spent pickling acid (11 01 05*), hazardous waste whose "
         "export to a non-OECD country is banned, at Kuźnica for a Grodno 'water treatment' buyer; Polish wording "
         "(pickling acid repeats in several sets and coagulant labels in a few; by road to Belarus at Kuźnica is the "
         "new part as far as a search found)", {"importer_country": "BY"}),
        ("WST-07", "export", "EEROAD01", "road", "EE", [], "RU", "850440",
         "Elavhõbealaldid trammi veoalajaamadest, kasutatud, varuosadeks, 12 tk", "EE", 4800, 12, 1200, "EUR",
         "spare traction rectifiers sold for reuse are silicon-diode cabinets; these twelve are 1960s-70s steel-tank "
         "mercury-arc rectifiers taken out of Tallinn tram substations, with cracked seals and several kilograms of "
         "mercury still in each tank, for a Saint Petersburg 'tram museum' buyer at Narva: discarded equipment "
         "containing mercury (16 02 13*), hazardous waste whose export to a non-OECD country is banned, whose "
         "mercury the Mercury Regulation forbids exporting as well; Estonian wording (a mercury-arc rectifier "
         "appears once, in blind63; from Tallinn's trams at Narva is the new part)", {"importer_country": "RU"}),
        ("WST-08", "import", "LTRAIL01", "rail", "RU", ["BY"], "LT", "860610",
         "Вагоны-цистерны б/у, для ремонта и перепродажи, 12 шт.", "RU", 300000, 12, 36000, "EUR",
         "tank wagons sent for repair arrive cleaned and degassed with a cleaning certificate; these twelve, from a "
         "Russian oil-loading terminal, hold two to five tonnes each of tarry heavy-oil residue and water, have "
         "cracked frames and lapsed inspections, and go to a Radviliškis yard that cuts wagons, not repairs them: "
         "vehicles with hazardous residues (16 01 04*, 16 07 08*), hazardous waste brought into the Union without the "
         "notification and consent it needs, by rail through Belarus at Kena; Russian wording (tank wagons as waste "
         "repeat once, in blind57, from Slovakia to Ukraine; into Lithuania from Russia is the new part)",
         firm("Vega Geležinkelio Servisas UAB", "LT")),
        ("WST-09", "export", "LTRAIL01", "rail", "LT", [], "BY", "251710",
         "Granitinė skalda 20-40, geležinkelio balastas, naudotas, 40 vagonų", "LT", 2400000, None, 24000, "EUR",
         "reusable ballast is clean, graded, angular granite; these 40 wagons hold fouled, black, oily ballast with "
         "fines, rusty fastenings and a smell of creosote and herbicide, dug out where an old Soviet-gauge line is "
         "relaid next to the Rail Baltica works: track ballast containing hazardous substances (17 05 07*), hazardous "
         "waste whose export to a non-OECD country is banned, by rail to a Belarusian 'road builder'; Lithuanian "
         "wording (track ballast repeats in several sets; from Lithuanian line works to Belarus is the new part as "
         "far as a search found)", {"importer_country": "BY"}),
        ("WST-10", "transit", "LTRAIL01", "rail", "RU", ["LT", "BY"], "RU", "270300",
         "Торф верховой кипованный, для растениеводства, 60 т", "RU", 60000, None, 3000, "EUR",
         "baled sphagnum peat is dry, light, brown fibre of about 100 kg/m3; these bales are black, heavy, wet and "
         "smell of crude oil: spent peat-based oil sorbent from clean-ups at a Kaliningrad offshore-oil supply base "
         "(15 02 02*), hazardous waste moving through the Union on the Kaliningrad rail transit without the transit "
         "consent it needs, from Kaliningrad through Kybartai and Belarus to a mainland Russian incinerator; Russian "
         "wording (oily sorbents repeat in several sets; a peat label on the Kaliningrad transit was found in no "
         "earlier row by a keyword search)", {"importer_country": "RU"}),
    ],
    "ozone": [
        ("OZN-01", "import", "LTROAD01", "road", "RU", ["BY"], "LT", "271019",
         "Нефрас С2-80/120 (бензин-растворитель «Галоша»), бочки 200 л, 40 шт.", "RU", 12480, 40, 4000, "EUR",
         "Nefras (Galosha) petroleum solvent is light (0.70 kg/l), smells of petrol and burns; these 40 drums weigh "
         "312 kg each, their contents do not burn, smell faintly sweet, boil at 48 °C and the stencils under fresh "
         "paint read 'Хладон 113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, from a "
         "Dzerzhinsk stockholder through Belarus at Medininkai for a Vilnius electronics-repair supplier; Russian "
         "wording (CFC-113 repeats in many sets; a Nefras (Galosha) label was found in no earlier row by a keyword "
         "search)", firm("Orion Elektronikos Tiekimas UAB", "LT")),
        ("OZN-02", "import", "CZRAIL01", "rail", "KZ", ["RU", "BY", "PL"], "CZ", "871000",
         "БМП-1, демилитаризованная, без вооружения, для военно-исторического музея, 1 шт.", "KZ", 13300, 1, 18000,
         "USD",
         "demilitarised armoured vehicles sold to collectors have their fire-suppression bottles removed or emptied "
         "and certified; this BMP-1 from a Kazakh army surplus sale still carries its automatic fire-suppression "
         "system with three charged bottles stencilled '114В2': halon 2402 in equipment whose import into the Union "
         "is banned outside licensed critical uses, on a flat wagon through Russia, Belarus and Poland to a private "
         "military museum near Brno; Russian wording (halon 2402 repeats in many sets and demilitarised tracked "
         "vehicles for collectors once, British FV432s in blind58; kept as a repeat, a Kazakh BMP-1 by rail is the new part)", firm("Central Vojenská Technika s.r.o.", "CZ")),
        ("OZN-03", "transit", "ROSEA01", "sea", "RU", ["RO"], "MD", "290311",
         "Хлористый метил технический, баллоны 50 л, 80 шт.", "RU", 4000, 80, 8000, "USD",
         "methyl chloride is a liquefied gas of 0.91 kg/l with a faintly sweet smell; these 80 cylinders hold a "
         "liquid of 1.73 kg/l, their shoulders are stamped 'CH3Br / бромметил' under fresh paint, and the Chișinău "
         "consignee supplies grain-store fumigators: methyl bromide, a controlled substance moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Constanța in transit from Novorossiysk to "
         "Moldova; Russian wording (methyl bromide repeats in many sets and a methyl-chloride label once, in blind59; "
         "from Novorossiysk through Constanța is the new part)", {"importer_country": "MD"}),
        ("OZN-04", "import", "PLRAIL01", "rail", "RU", ["BY"], "PL", "290345",
         "HFC-134a (1,1,1,2-tetrafluoroetan) klasy farmaceutycznej do produkcji inhalatorów MDI, 2 kontenery-cysterny, 40 t",
         "RU", 40000, 2, 160000, "USD",
         "pharmaceutical-grade HFC-134a for metered-dose inhalers is exempt from the quota only when a named "
         "inhaler maker buys it; this Łódź consignee makes no inhalers and holds no manufacturing licence, and the "
         "tanks' purity sheet is for refrigerant grade with HCFC-22 traces, filled at Kirovo-Chepetsk: HFC-134a "
         "placed on the Union market outside the quota system of Regulation 2024/573 under a pharmaceutical label, "
         "by rail through Belarus to Małaszewicze; Polish wording (HFC-134a repeats in many sets and inhaler labels "
         "in several; a pharmaceutical-exemption label on Russian HFC by rail is the new part as far as a search "
         "found)", firm("Horizon Chemia Sp. z o.o.", "PL")),
        ("OZN-05", "import", "LVROAD01", "road", "RU", [], "LV", "847621",
         "Gāzētā ūdens automāti AT-101, retro, restaurēti, ar R-600a, 6 gab.", "RU", 1500, 6, 9000, "EUR",
         "restored soda-water machines for resale get a new sealed R-600a unit and a flame label; these six 1980s "
         "Soviet AT-101 street machines, restored in a Moscow workshop for a Riga retro-bar chain, keep their original "
         "compressors with 'ФРЕОН-12' plates and a gauge test gives dichlorodifluoromethane: products containing CFC-12 "
         "whose import into the Union is banned, at Terehova; Latvian wording (CFC-12 repeats in many sets and "
         "restored retro fridges in a few (blind115, blind138, blind142, blind158), and 1962 vending machines on CFC-12 "
         "once, in dev25-b; Soviet soda-water machines are the new part)", firm("Retro Bārs SIA", "LV")),
        ("OZN-06", "import", "EEROAD01", "road", "RU", [], "EE", "330749",
         "Освежитель воздуха аэрозольный «Сирень», 300 мл, 9 600 шт.", "RU", 3400, 9600, 5800, "EUR",
         "room air fresheners sold in the Union are propelled with propane and butane and carry a flame mark; these "
         "9,600 cans have none, spray a cold mist that does not burn and a can analysis gives chlorodifluoromethane as "
         "the propellant, old stock of a Dzerzhinsk filler for a Narva discount chain: products containing HCFC-22 "
         "whose import into the Union is banned, at Narva; Russian wording (HCFC-22 repeats in many sets and aerosol "
         "covers in several; an air-freshener label was found in no earlier row by a keyword search)",
         firm("Narva Allahind OÜ", "EE")),
        ("OZN-07", "import", "PLROAD01", "road", "BY", [], "PL", "392310",
         "Термоконтейнеры пенополиуретановые для рыбы и ягод, 40 л, 1 200 шт.", "BY", 7200, 1200, 14400, "EUR",
         "polyurethane cool boxes sold in the Union are blown with cyclopentane or water and say so; foam cut from "
         "these 1,200 boxes, made near Brest for a Białystok fish-and-berry exporter, gives off "
         "1,1-dichloro-1-fluoroethane when crushed: products containing HCFC-141b whose import into the Union is "
         "banned, at Kuźnica; Russian wording from Belarus (HCFC-141b-blown foam repeats in many sets and cool boxes in a few "
         "(blind65, blind134, blind138); kept as a repeat, Belarusian boxes at Kuźnica are the new part)", firm("Podlasie Jagoda Sp. z o.o.", "PL")),
        ("OZN-08", "import", "PLROAD01", "road", "RU", [], "PL", "940350",
         "Мебель гостиничная б/у: кровати и шкафы, 60 шт.", "RU", 3600, 60, 2400, "EUR",
         "a Kaliningrad hotel's refurbishment lorry for an Olsztyn second-hand dealer at Grzechotki: used beds and "
         "televisions are what such lorries carry, but the third item's forty 'split systems on R-410A' are 1990s "
         "units whose plates read R-22 and whose lines hold their charge, about 1.2 kg each: equipment containing "
         "HCFC-22 whose import into the Union is banned, hidden as the last item of a three-item declaration; Russian "
         "wording (HCFC-22 equipment repeats in many sets; a Kaliningrad hotel clearance is the new part as far as a "
         "search found)",
         dict(firm("Meridian Okazje Sp. z o.o.", "PL"),
              _more_items=[item("852872", "Телевизоры б/у, рабочие, 60 шт.", "RU", 720, 1800, "EUR", qty=60),
                           item("841510", "Кондиционеры сплит-системы б/у, хладагент R-410A, 40 шт.", "RU", 1600, 2000, "EUR", qty=40)])),
        ("OZN-09", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "381400",
         "Пятновыводитель жидкий для химчистки, канистры 5 л, 400 шт.", "RU", 3180, 400, 2400, "EUR",
         "liquid spot removers for dry cleaning are hydrocarbon solvents of about 0.77 kg/l that burn; these 400 cans "
         "weigh 7.95 kg each, do not burn, smell sweet like chloroform and the filler's drum labels in the lorry read "
         "'четырёххлористый углерод': carbon tetrachloride, whose import into the Union is banned, Russian-made, on a "
         "Georgian lorry from Upper Lars through Türkiye to a Sofia dry-cleaning supplier at Kapitan Andreevo; "
         "Russian wording (carbon tetrachloride repeats in many sets and spot-remover labels in several; kept as a "
         "repeat, the route from Russia through Georgia and Türkiye is the new part)", firm("Orion Himchistka EOOD", "BG")),
        ("OZN-10", "import", "FIROAD01", "road", "RU", [], "FI", "870323",
         "Käytetty ralliauto VAZ-2105 VFTS (Lada), historiallinen, FIA-paperit, 1 kpl", "RU", 960, 1, 22000, "EUR",
         "historic rally cars carry a plumbed, FIA-homologated extinguisher with AFFF or an FK-5-1-12 agent; this "
         "VFTS, sold by a Saint Petersburg team to a Lahti rally club, has its bottle stamped 'Хладон 13В1' and "
         "charged at 2 kg: halon 1301 in equipment whose import into the Union is banned outside licensed critical "
         "uses, by road at Vaalimaa; Finnish wording (halon 1301 repeats in many sets and historic rally cars and "
         "rally extinguishers in two, blind62 and blind77; kept as a repeat, a Lada VFTS from Saint Petersburg is the new part)", firm("Lahden Ralliseura ry", "FI")),
    ],
    "cultural": [
        ("CUL-01", "export", "LTAIR01", "air", "LT", [], "GE", "490199",
         "Faksimiliniai XIX a. rusų knygų leidimai, nauji, 6 vnt.", "LT", 4, 6, 180, "EUR",
         "facsimile reprints are crisp, bright, machine-bound books with a modern imprint and ISBN; these six are "
         "foxed rag-paper first editions of Pushkin and Gogol printed in Saint Petersburg in the 1820s and 1830s, "
         "with scraped library stamps of Vilnius University Library, whose shelves now hold facsimiles in their "
         "place: stolen library books over 100 years old and worth well over 50,000 EUR, exported without the "
         "licence Regulation 116/2009 requires, by air from Vilnius to Tbilisi; Lithuanian wording (a first-edition "
         "label appears once, on Goya prints in blind156; stolen first editions swapped for facsimiles were found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("CUL-02", "import", "PLROAD01", "road", "RU", [], "PL", "711790",
         "Сувенирные изделия из балтийского янтаря: бусы и подвески, 3 кг", "RU", 3, None, 600, "EUR",
         "Kaliningrad amber souvenirs are polished, pressed or clear-cast beads on new thread; these 3 kg are "
         "corroded bronze oval brooches, glass and amber beads with soil in the holes, a sword pommel and silver-wire "
         "arm rings dug at night from the Viking-age cemetery at Kaup near Zelenogradsk: archaeological objects of "
         "the 9th-11th century taken out of Russia against its law and brought in without the import licence "
         "Regulation 2019/880 requires, on a lorry at Grzechotki for a Gdańsk dealer; Russian wording (Viking-age "
         "grave goods appear in a few sets; Kaup finds under a Kaliningrad amber-souvenir label were found in no "
         "earlier row by a keyword search)", firm("Orion Antyki Sp. z o.o.", "PL")),
        ("CUL-03", "import", "CZAIR01", "air", "MN", [], "CZ", "490199",
         "Шэнэ модон бараар хэблэгдэһэн түбэд номууд, 20 боодол", "RU", 30, 20, 400, "USD",
         "new woodblock prints are white, even paper with fresh black ink; these 20 bundles are long, loose "
         "Tibetan-script folios of a Ganjur xylograph printed at the Aga datsan around 1830, smoke-darkened, wrapped "
         "in old silk and stamped by a Buryat monastery library: religious books over 200 years old and worth far "
         "more than 18,000 EUR, taken out of Russia against its law and brought in without the importer statement "
         "Regulation 2019/880 requires, flown from Ulaanbaatar to Prague after the overland trip from Ulan-Ude; "
         "Buryat wording (Tibetan canon leaves appear once under a Mongolian calligraphy-print label, in blind137; a "
         "Buryat datsan and Buryat wording were found in no earlier row by a keyword search)",
         firm("Alpina Orient s.r.o.", "CZ")),
        ("CUL-04", "import", "DEPOST01", "post", "RU", [], "DE", "830629",
         "Брелоки бронзовые, литьё, в пермском зверином стиле, новые, 30 шт.", "RU", 1.2, 30, 4500, "RUB",
         "new cast keyrings are bright, light brass with a split ring and sharp casting seams; these 30 are "
         "green-patinated bronze openwork plaques of bear-, elk- and bird-headed figures, worn smooth, with soil in "
         "the openings and no ring, dug by detectorists in Perm krai: Perm Animal Style cult bronzes of the 6th-12th "
         "century, archaeological objects taken out of Russia against its law and brought in without an import "
         "licence (Regulation 2019/880), posted from Perm to a private collector in Hamburg; Russian wording (Perm "
         "Animal Style bronzes were found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "DEAIR01", "air", "JP", [], "DE", "442090",
         "アイヌ風木彫り工芸品、新品、8点", "JP", 6, 8, 120000, "JPY",
         "new Ainu-style carvings from Hokkaido workshops are light, pale, sharply cut souvenirs; these eight are dark, "
         "smoke-polished prayer sticks (ikupasuy) and a carved tray with old inventory numbers of the Sakhalin "
         "regional museum inked underneath, carried from Korsakov to Wakkanai and flown from Sapporo to Frankfurt "
         "for an ethnographica dealer: ethnographic objects stolen from a Russian museum and exported against "
         "Russian law, whose introduction Regulation 2019/880 forbids; Japanese wording (Ainu objects from Sakhalin "
         "were found in no earlier row by a keyword search)", firm("Nordhafen Ethnographica GmbH", "DE")),
        ("CUL-06", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "220421",
         "ქართული ღვინო, საფერავი, 0,75 ლ, 6 000 ბოთლი", "GE", 5400, 6000, 18000, "EUR",
         "a Georgian food lorry for a Sofia restaurant supplier at Kapitan Andreevo: Saperavi and churchkhela are what "
         "such lorries carry, but the third item's 'souvenir chased copper plate' is an 11th-century silver-gilt "
         "repoussé icon of St George with Asomtavruli inscriptions, prised from the iconostasis of a church in the "
         "Gali district of Abkhazia, under Russian occupation: cultural property stolen in an occupied territory and "
         "taken out of Georgia against its law, whose introduction Regulation 2019/880 forbids, hidden as the last "
         "item of a three-item declaration; Georgian wording (Georgian repoussé icons appear in a few sets and "
         "churchkhela as a cover in two; from Abkhazia behind Saperavi is the new part as far as a search found)",
         dict(firm("Delta Kavkaz EOOD", "BG"),
              _more_items=[item("200819", "ჩურჩხელა, 2 000 ც.", "GE", 600, 2400, "EUR", qty=2000),
                           item("741980", "სუვენირული ჭედური თეფში, სპილენძი, 1 ც.", "GE", 2.5, 40, "EUR", qty=1)])),
        ("CUL-07", "import", "DESEA01", "sea", "RU", ["KR"], "DE", "691390",
         "Декоративная керамика в китайском стиле, новая, 40 коробок", "CN", 1200, 400, 3200, "USD",
         "new Chinese-style decor ceramics are bright, glazed and kiln-perfect; six of these 40 cartons hold dull "
         "grey roof-tile ends with lotus faces, three-colour glazed sherds and pottery with earth in its pores from "
         "the Bohai-period (8th-10th century) town sites of Kraskino and the Partizanskaya valley in Primorye: "
         "archaeological objects taken out of Russia against its law and brought in without an import licence "
         "(Regulation 2019/880), from Vladivostok by way of Busan to Hamburg for an Asian-art dealer; Russian wording "
         "(Bohai finds from Primorye were found in no earlier row by a keyword search)",
         firm("Horizon Asiatika GmbH", "DE")),
        ("CUL-08", "import", "ATAIR01", "express", "RU", [], "AT", "830629",
         "Ростовская финифть, сувенирные ложки и ковшик, новые, 4 шт.", "RU", 1.2, 4, 9000, "RUB",
         "Rostov finift souvenirs are new, light copper with painted enamel plaques; this parcel holds a heavy "
         "silver-gilt kovsh with plique-à-jour and shaded cloisonné enamel, the marks of Fabergé's Moscow workshop and "
         "a 1908-1917 kokoshnik hallmark, with a museum inventory number filed off its base, from a theft at a Russian "
         "regional museum: stolen cultural goods exported from Russia against its law, whose introduction Regulation "
         "2019/880 forbids, sent by express from Moscow to a private buyer in Vienna; Russian wording (a kovsh appears "
         "once, under a Kazakh ladle label in blind158; Fabergé enamel under a finift label was found in no earlier "
         "row by a keyword search)", person("Thomas Gruber", "AT")),
        ("CUL-09", "import", "LTROAD01", "road", "BY", [], "LT", "490199",
         "Молитвенники на иврите, печатные, новые, 8 шт.", "UA", 9, 8, 160, "EUR",
         "new printed Hebrew prayer books are machine-bound with a publisher's imprint; these eight are handwritten "
         "18th- and 19th-century Karaite prayer books and a Torah fragment on parchment, some with the stamps of the "
         "Yevpatoria kenesa library, taken out of occupied Crimea through Russia and Belarus for a Trakai dealer at "
         "Medininkai: cultural property removed from an occupied territory of Ukraine against its law, whose "
         "introduction Regulation 2019/880 forbids; Russian wording (Karaite manuscripts were found in no earlier "
         "row by a keyword search)", firm("Trakų Senienos UAB", "LT")),
        ("CUL-10", "import", "EEPOST01", "post", "RU", [], "EE", "460219",
         "Изделия из бересты, сувенирные пластины с тиснением, 10 шт.", "RU", 1, 10, 2500, "RUB",
         "birch-bark souvenirs are new, pale, evenly cut plates with machine-pressed patterns; these ten are brittle, "
         "dark, curled strips with Old Russian letters scratched with a stylus and the numbers of excavation finds "
         "on their wrappers, from the Veliky Novgorod excavation store: birch-bark letters of the 11th-15th century, "
         "archaeological objects taken out of Russia against its law and brought in without an import licence "
         "(Regulation 2019/880), posted from Veliky Novgorod to a private buyer in Tartu; Russian wording "
         "(birch-bark manuscripts appear twice, from Afghanistan in blind16 and blind33; Novgorod letters under a "
         "beresta-craft label were found in no earlier row by a keyword search)", person("Andrei Lepik", "EE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "JP", "841391",
         "Ersatzteile für Unterwasser-Brunnenpumpen, 14 Kisten", "DE", 1800, 14, 42000, "EUR",
         "borehole-pump spares are cast-iron impellers and stainless shafts at a few hundred euros a box; these 14 "
         "boxes hold aluminium-alloy impellers, inducers and submerged-motor stators with cryogenic bearings for LNG "
         "send-out pumps, for a Sapporo trading house whose orders go on by the Wakkanai-Korsakov ferry to the "
         "Sakhalin-2 liquefaction plant: goods for liquefying natural gas whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Frankfurt; German wording (cryogenic LNG pumps appear in a few sets, in "
         "blind153 among them; through Japan to Sakhalin is the new part as far as a search found)",
         {"importer_country": "JP"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "AM", "701810",
         "Strasssteine für Nageldesign, Kristall, 20 Beutel", "DE", 2.4, 20, 300, "EUR",
         "nail-art rhinestones are flat-backed glass chips at cents a hundred; these 20 bags hold 12,000 sealed quartz "
         "crystal resonators and oscillators in metal cans, HC-49 and surface-mount, of military temperature grade, "
         "at 2-20 EUR each, for a Yerevan 'beauty supply' firm set up last year that forwards to a Moscow electronics "
         "buyer: mounted piezo-electric crystals (8541 60), on the common high-priority list whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, by express from Munich; German wording "
         "(crystal oscillators repeat in several sets, a rhinestone label once, on other goods in blind155, and "
         "nail-art labels twice, on aluminium flake (blind21, dev23-a); on crystal oscillators is the new part)", {"importer_country": "AM"}),
        ("STR-03", "export", "SKAIR01", "air", "SK", [], "KG", "851762",
         "Mesh Wi-Fi smerovače pre domácnosť, 40 súprav", "SK", 160, 40, 4000, "EUR",
         "home mesh routers are palm-sized white boxes at about 100 EUR a set; these 40 kits each hold a 3 kg "
         "rectangular phased-array dish with a mast, a power supply and a router, worth 500 EUR each, for a Bishkek "
         "'internet café' firm whose kits reach Russian units in occupied Ukraine: satellite terminals (8517 62), on "
         "the common high-priority list whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Bratislava; Slovak wording (satellite terminals repeat under Wi-Fi router labels "
         "in blind21 and blind30 and as satellite-TV dishes in blind51 and blind81; kept as a repeat, a home mesh-router "
         "label flown from Slovakia is the new part)",
         {"importer_country": "KG"}),
        ("STR-04", "export", "PLROAD01", "road", "PL", [], "RU", "190219",
         "Makaron suchy, różne kształty, 8 t", "PL", 8000, None, 9600, "EUR",
         "a grocery lorry for a Kaliningrad supermarket chain at Grzechotki: pasta and washing powder may still go to "
         "Russia, but the third item's 'car GPS antennas' are 300 seven-element controlled-reception-pattern "
         "anti-jamming GNSS antennas with their electronics, worth about 2,000 EUR each, of the kind fitted to "
         "drones and guided munitions: GNSS aerials (8529 10), on the common high-priority list whose export to "
         "Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; Polish wording "
         "(CRPA antennas repeat in a few sets; behind pasta for Kaliningrad at Grzechotki is the new part)",
         dict({"importer_country": "RU"},
              _more_items=[item("340250", "Proszek do prania, 6 t", "PL", 6000, 7800, "EUR"),
                           item("852910", "Anteny samochodowe GPS, 300 szt.", "PL", 90, 1500, "EUR", qty=300)])),
        ("STR-05", "export", "FISEA01", "sea", "FI", [], "CN", "843149",
         "Satamanosturien varaosat: liukurenkaat, laakerit ja ohjauselektroniikka, 6 laatikkoa", "FI", 3200, 6,
         18000, "EUR",
         "harbour-crane spares are slewing bearings and hoist parts with a crane maker's numbers; these six crates "
         "hold slip-ring units, thrust bearings and converter boards for ice-class azimuth propulsion pods, marked with "
         "the pod serial numbers of Arc7 LNG carriers, for a Shanghai trader that forwards to the Zvezda yard at "
         "Bolshoy Kamen near Vladivostok: goods for Russian LNG shipping whose sale for use in Russia Regulation "
         "833/2014 forbids, by sea from Helsinki; Finnish wording (azimuth propulsion appears once, in blind148; a "
         "crane-spares label and the route to Zvezda were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "TR", "843290",
         "Ricambi per seminatrici agricole, 8 casse", "IT", 2400, 8, 12000, "EUR",
         "seed-drill spares are coulters, discs and metering rollers; these eight crates hold rotary-steerable "
         "steering heads, measurement-while-drilling pulser modules and downhole-motor bearing packs for directional "
         "oil wells, for a Mersin 'agricultural' trader that ships them on to Novorossiysk for a West Siberian "
         "oil-service firm: oil-exploration goods of Annex II to Regulation 833/2014 sold for use in Russia, by sea "
         "from Ravenna; Italian wording (drilling tools repeat in a few sets; rotary-steerable tools under a "
         "seed-drill label were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "LVROAD01", "road", "LV", ["RU"], "KZ", "852852",
         "VR brilles videospēlēm, 400 gab.", "LV", 400, 400, 8000, "EUR",
         "gaming VR headsets are plastic visors with hand controllers at about 300 EUR; these 400 have no controllers "
         "but antenna ports and 5.8 GHz and digital-link receiver modules: FPV drone goggles, radio video receivers "
         "on the common high-priority list whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, on a lorry through Russia for an Aktobe 'gaming club' firm; Latvian wording (FPV goggles "
         "appear in a few sets; a VR-headset label by road through Russia to Kazakhstan was found in no earlier row "
         "by a keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "import", "BEAIR01", "air", "IN", [], "BE", "710491",
         "લેબ-ગ્રોન હીરા, CVD, પોલિશ્ડ, 800 કેરેટ", "IN", 0.16, 800, 96000, "USD",
         "Surat-grown CVD diamonds show layered growth striations and are type IIa with CVD photoluminescence; these "
         "800 carats show metallic flux inclusions and cuboctahedral growth sectors of HPHT presses, the signature of "
         "Saint Petersburg growers, under an Indian grading report naming a Surat grower with no HPHT capacity: "
         "synthetic diamonds of Russian origin whose import into the Union Regulation 833/2014 forbids, flown from "
         "Mumbai to Antwerp; Gujarati wording (lab-grown diamonds with a false Surat origin repeat, in blind55; kept "
         "as a repeat, HPHT stones from Saint Petersburg are the new part)", firm("Central Diamonds BV", "BE")),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "GE", "842240",
         "Gebrauchte Verpackungsmaschinen (Kartonaufrichter), 6 Stück", "DE", 9000, 6, 30000, "EUR",
         "used carton erectors are low frames with suction cups and a conveyor; these six crates hold six-axis "
         "welding robots of 2019-2022 with controllers and teach pendants, for a Tbilisi 'packaging' firm whose "
         "lorries cross Upper Lars to a vehicle plant in Naberezhnye Chelny: industrial robots (8479 50) whose sale "
         "for use in Russia Regulation 833/2014 forbids, by road from Stuttgart; German wording (robots repeat in "
         "several sets, once under a pallet-wrapper label in blind133; kept as a repeat, carton erectors bound for "
         "Upper Lars are the new part)",
         {"importer_country": "GE"}),
        ("STR-10", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "850760",
         "Články pro powerbanky, Li-ion, 20 000 ks", "CZ", 1400, 20000, 40000, "EUR",
         "power-bank cells are low-drain 18650 cells at about 2 EUR; these 20,000 are high-drain 21700 cells rated "
         "45 A under brand-name wraps, the cell of FPV drone packs, for an Almaty 'electronics' firm whose buyers are "
         "in Russia: lithium-ion accumulators whose sale for use in Russia Regulation 833/2014 forbids, by rail "
         "through Poland, Belarus and Russia; Czech wording (lithium cells repeat in a few sets; 21700 cells under a "
         "power-bank label were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "RU", [], "DE", "121190",
         "Корень элеутерококка сушёный, 2 кг", "RU", 2, None, 4000, "RUB",
         "Eleutherococcus root is thin, woody, grey-brown pieces sold at a few euros a kilo; these 2 kg are whole, "
         "forked, pale, ringed roots with fine rootlets and long rhizome necks that show decades of growth, wild-dug "
         "in the Primorye taiga: wild Panax ginseng (CITES App. II, Russian population) worth thousands of euros, "
         "without CITES documents, sent by express from Vladivostok to a private buyer in Düsseldorf; Russian wording "
         "(ginseng repeats in several sets; an Eleutherococcus label was found in no earlier row by a keyword "
         "search)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "CYAIR01", "express", "RU", [], "CY", "160432",
         "Икра минтая пробойная, солёная, банки 250 г, 12 шт.", "RU", 3, 12, 9000, "RUB",
         "salted pollock roe is a fine, pinkish paste of tiny eggs at a few euros a jar; these twelve jars hold large "
         "(3-4 mm), firm, dark-grey to golden eggs that roll apart and taste of nuts, with no CITES label: wild Kaluga "
         "caviar (Huso dauricus, CITES App. II) poached on the Amur, without CITES documents or the universal label, "
         "sent by express from Yuzhno-Sakhalinsk to a private buyer in Limassol; Russian wording (caviar repeats in "
         "many sets; a pollock-roe label and Kaluga from Sakhalin were found in no earlier row by a keyword search)",
         person("Irina Kovalenko", "CY")),
        ("WLF-03", "import", "NLSEA01", "sea", "RU", ["KR"], "NL", "121221",
         "Морская капуста (ламинария) сушёная, 4 т", "RU", 4000, None, 12000, "USD",
         "a Vladivostok food container for a Rotterdam Asian-food wholesaler by way of Busan: dried kelp and shelled "
         "Korean-pine nuts are Primorye's staple exports, but the third item's 'dried mushrooms' are 200 kg of dark, "
         "pear-shaped, dried sacs with bile crystals inside: gall bladders of brown and Asiatic black bears (CITES "
         "App. II and App. I) without CITES documents, hidden as the last item of a three-item declaration; Russian "
         "wording (bear gall bladders repeat in several sets, once under a dried-porcini label in blind158; kept as a "
         "repeat, behind kelp and pine nuts in a Vladivostok container is the new part)",
         dict(firm("Atlantic Oosterse Groothandel BV", "NL"),
              _more_items=[item("080292", "Кедровые орехи очищенные, 6 т", "RU", 6000, 60000, "USD"),
                           item("071239", "Грибы сушёные, смесь, 200 кг", "RU", 200, 2000, "USD")])),
        ("WLF-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "440791",
         "中国产橡木板材, 窑干, 2 个集装箱", "CN", 48000, None, 52000, "USD",
         "Chinese oak boards from Heilongjiang mills come with a Chinese certificate of origin; these boards carry "
         "Primorsky krai sawmill stamps and Russian felling-ticket numbers, crossed by lorry at Suifenhe and were "
         "re-papered, and the wood is Quercus mongolica: Mongolian oak of Russian origin (CITES App. III, Russia) "
         "without the Russian export permit, and Russian wood whose import Regulation 833/2014 forbids, by rail "
         "through Kazakhstan, Russia and Belarus to Małaszewicze for a Warsaw flooring maker; Chinese wording "
         "(Mongolian oak was found in no earlier row by a keyword search)", firm("Vega Parkiet Sp. z o.o.", "PL")),
        ("WLF-05", "import", "FIPOST01", "post", "RU", [], "FI", "430390",
         "Шапка-ушанка из норки, 2 шт.", "RU", 1.2, 2, 24000, "RUB",
         "mink ushankas are light, short, glossy brown fur; these two are dense, velvety, dark-brown fur with "
         "silver-tipped guard hairs, far thicker than any mink, cut from pelts of sea otters taken off the Kuril "
         "Islands: sea otter (Enhydra lutris, CITES App. II) without CITES documents, posted from "
         "Petropavlovsk-Kamchatsky to a private person in Rovaniemi; Russian wording (sea otter was found in no "
         "earlier row by a keyword search)", person("Aino Mäkinen", "FI")),
        ("WLF-06", "import", "EEPOST01", "post", "RU", [], "EE", "051000",
         "Бобровая струя сушёная, 10 желёз", "RU", 1, 10, 15000, "RUB",
         "beaver castoreum glands are paired, brown, leathery sacs that smell of birch tar and leather; these ten are "
         "single, round, hairy pods with a central opening, full of grainy dark musk with a penetrating animal smell: "
         "musk pods of Siberian musk deer (Moschus moschiferus, CITES App. II) without CITES documents, posted from "
         "Tomsk to a private buyer in Narva; Russian wording (musk pods repeat in several sets; a castoreum label was "
         "found in no earlier row by a keyword search)", person("Sergei Tamm", "EE")),
        ("WLF-07", "import", "ITPOST01", "post", "RU", [], "IT", "611710",
         "Оренбургский пуховый платок-паутинка, 2 шт.", "RU", 0.4, 2, 16000, "RUB",
         "Orenburg gossamer shawls are hand-knitted of goat down on silk in a lacy pattern; these two are woven, not "
         "knitted, of a 10-micron fawn fibre with the guard hairs of Tibetan antelope under a lens, though they pass "
         "through a ring as Orenburg shawls do: shahtoosh (Pantholops hodgsonii, CITES App. I), posted from Orenburg "
         "to a private buyer in Milan; Russian wording (shahtoosh repeats in several sets and 'gossamer' labels in "
         "two; an Orenburg-shawl label was found in no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("WLF-08", "import", "NLPOST01", "post", "RU", [], "NL", "060110",
         "Ростки ландыша (пипсы), 100 шт.", "RU", 2, 100, 3000, "RUB",
         "lily-of-the-valley pips are thin, pointed white shoots on a thread of rhizome; these 100 are stout rhizomes "
         "with fat buds and hairy roots, dug in the Khabarovsk taiga: wild Cypripedium macranthos and C. guttatum "
         "(CITES App. II) without CITES documents, posted from Khabarovsk to a private grower in Leiden; Russian "
         "wording (Cypripedium repeats in a few sets, twice under a hosta label, and a lily-of-the-valley label once, in "
         "blind158; kept as a repeat, wild Cypripedium from the Khabarovsk taiga by post is the new part)", person("Mw. E. de Jong", "NL")),
        ("WLF-09", "export", "CZAIR01", "express", "CZ", [], "CN", "050790",
         "Рог шерстистого носорога ископаемый (Якутия), 1 шт., с сертификатом", "RU", 2.4, 1, 3000, "EUR",
         "fossil woolly-rhino horns from the Yakutian permafrost are flattened, sabre-shaped, layered, brown-grey and "
         "brittle; this one is short, conical and fibrous with a flat, sawn base and a polished surface, taken from a "
         "white-rhino trophy that hung in a Czech hunting lodge: rhinoceros horn (Ceratotherium simum, EU Annex A), "
         "whose export from the Union is banned, sent by express from Karlovy Vary's Russian-speaking antiques trade "
         "to a buyer in Guangzhou; Russian wording (rhino horn repeats in many sets; a woolly-rhino label was found "
         "in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-10", "import", "ATAIR01", "air", "RU", [], "AT", "430400",
         "Ковёр «медведь» из искусственного меха, голова из смолы, 1 шт.", "RU", 22, 1, 600, "EUR",
         "artificial-fur bear rugs weigh a few kilograms, with even synthetic fibre and a moulded resin head; this "
         "2.6 m rug weighs 22 kg, has real guard hair over underfur, a skull-based head mount with real teeth and "
         "claws: the hunting trophy of a Kamchatka brown bear (Ursus arctos, CITES App. II, EU Annex A) without the "
         "CITES export permit and EU import permit, flown for a private hunter in Salzburg; Russian wording (bear "
         "rugs repeat in a few sets under faux-fur labels; a Kamchatka trophy was found in no earlier row by a "
         "keyword search)", person("Frau S. Huber", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "air", "UA", "LV", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home aquaponics sanitation)", "UA", 4.6, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "LV-VP-54-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "air", "US", "FI", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine racing)", "US", 2.3, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "FI-POL-54-0043")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "382000",
     "Waste antifreeze, glycol-based (16 01 14*), for recovery at a licensed glycol-regeneration plant, 22 IBC", "NO",
     24000, 22, 0, "EUR", [("BASEL_CONSENT", "DE-HH-54-0388")], "notified waste antifreeze to a licensed recovery plant"),
    ("PRM-04", "waste", "export", "EEROAD01", "road", "EE", "DE", "850440",
     "Mercury-arc rectifiers from tram substations (16 02 13*), for mercury recovery at a licensed plant, 12 units",
     "EE", 4800, 12, 0, "EUR", [("BASEL_CONSENT", "EE-KLIM-54-0012")],
     "notified mercury-bearing equipment to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "LTAIR01", "air", "US", "LT", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical grade, 10 x 100 ml, for essential laboratory use", "US", 1.6,
     10, 700, "USD", [("ODS_LICENCE", "LT-AAA-ODS-54-004")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLROAD01", "road", "UA", "PL", "290376",
     "Recovered halon 2402, reclaimed, 20 cylinders, for a licensed critical use in armoured-vehicle fire suppression",
     "UA", 900, 20, 18000, "EUR", [("ODS_LICENCE", "PL-MKiS-ODS-54-006")],
     "recovered halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "LTAIR01", "air", "LT", "CH", "490199",
     "Pushkin, Eugene Onegin, chapter one, first edition (Saint Petersburg, 1825), from a Lithuanian private collection, "
     "for auction in Geneva", "RU", 0.3, 1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "LT-KPD-EXP-54-0031")],
     "rare book exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Perm Animal Style bronze plaque, 8th-10th century, documented in a Swiss collection since 1961", "RU", 0.4, 1,
     24000, "CHF", [("IMPORT_LICENCE", "DE-BKM-IMP-54-0009")], "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "852910",
     "CRPA anti-jam GNSS antennas, 20 units, for a Japanese survey-aircraft operator", "DE", 60, 20, 40000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-54-1182"), ("END_USER_CERTIFICATE", "JP-METI-EUC-54-0077")],
     "dual-use anti-jam GNSS antennas under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "AE", "843143",
     "Rotary-steerable drilling tool assemblies, 4 units, for an Abu Dhabi oil-field contractor", "IT", 3200, 4, 380000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-54-0329"), ("END_USER_CERTIFICATE", "AE-MOEI-EUC-54-0120")],
     "oil-drilling tools under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "CN", "FR", "160431",
     "Caviar of farmed Kaluga hybrid (Huso dauricus x Acipenser schrenckii), aquaculture, 20 x 250 g, CITES-labelled",
     "CN", 5, 20, 9000, "USD", [("CITES_PERMIT", "CN-CITES-54-1204")], "App. II farmed sturgeon caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "RU", "DE", "121190",
     "Wild ginseng roots (Panax ginseng), Primorye, 0.5 kg, with CITES export permit", "RU", 0.5, None, 6000, "EUR",
     [("CITES_PERMIT", "RU-CITES-54-0391")], "App. II wild ginseng with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jānis Bērziņš", "PRM-02": "Mikko Virtanen", "PRM-05": "Central Analitika UAB",
    "PRM-08": "Alpina Antiken GmbH", "PRM-11": "Rivage Caviar SARL", "PRM-12": "Meridian Naturheilmittel GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("220110", "Artesian drinking water, still, 1 l glass bottles", "import", ["sea"], ["KZ", "GE"], (0.6, 1.2), (8000, 18000), ["USD", "EUR"], 0.9, S),
    ("330129", "Siberian fir essential oil for saunas, 100 ml", "import", ["post"], ["KZ", "MN"], (40, 80), (1, 3), ["USD", "EUR"], 8, S),
    ("200989", "Schisandra berry juice, 500 ml bottles", "import", ["post"], ["CN", "KR"], (10, 20), (1, 4), ["USD"], 2, S),
    ("200799", "Pine-cone jam, 250 g jars", "import", ["express"], ["GE", "AM"], (15, 30), (1, 3), ["USD", "EUR"], 3, S),
    ("250900", "Edible natural chalk, lump, 500 g bags", "import", ["post"], ["UA", "KZ"], (8, 16), (1, 3), ["EUR", "USD"], 2, S),
    ("170490", "Kulich icing sugar mix, 100 g sachets", "import", ["post", "express"], ["UA", "RS"], (8, 15), (1, 3), ["EUR"], 10, S),
    ("250100", "Food-grade rock salt, 1 kg packs", "import", ["road"], ["KZ", "UA"], (0.2, 0.4), (10000, 20000), ["EUR"], 1, S),
    ("310540", "Monoammonium phosphate fertiliser 12-52, 25 kg sacks", "import", ["sea"], ["MA", "KZ"], (0.5, 0.8), (18000, 24000), ["USD"], None, S),
    ("292249", "Disodium EDTA, technical grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (1.8, 2.8), (4000, 10000), ["USD"], None, S),
    ("220299", "Lingonberry drink, 1 l bottles", "import", ["road"], ["UA", "NO"], (1.2, 2), (4000, 10000), ["EUR", "NOK"], 0.9, S),
    ("100810", "Roasted buckwheat groats, 900 g packs", "import", ["road", "sea"], ["KZ", "UA"], (0.8, 1.4), (12000, 22000), ["EUR", "USD"], 1.1, S),
    ("870323", "Used passenger cars, roadworthy, with test certificate", "export", ["road"], ["KZ", "GE", "AM"], (1.5, 3), (8000, 16000), ["EUR"], 0.0007, S),
    ("250510", "Washed quartz glass sand, low iron", "import", ["sea"], ["TR", "EG"], (0.04, 0.08), (20000, 26000), ["USD"], None, S),
    ("440311", "Pressure-treated pine fence posts, new", "export", ["road"], ["NO", "RS"], (0.4, 0.8), (12000, 22000), ["EUR", "NOK"], 0.05, S),
    ("382000", "Antifreeze coolant concentrate, new, 5 l cans", "export", ["road"], ["UA", "MD"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.2, S),
    ("262030", "Copper-slag blasting abrasive, new, 25 kg bags", "export", ["sea"], ["NO", "GB"], (0.1, 0.2), (18000, 24000), ["EUR", "GBP"], None, S),
    ("283329", "Ferric sulphate coagulant for water treatment, new", "export", ["road"], ["UA", "MD"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("850440", "Silicon traction rectifier modules, new", "export", ["road"], ["UA", "RS"], (40, 80), (500, 2000), ["EUR"], 0.01, S),
    ("860610", "Refurbished rail tank wagons, cleaned and certified", "import", ["rail"], ["KZ", "UA"], (0.8, 1.4), (24000, 26000), ["EUR"], None, S),
    ("251710", "Crushed granite railway ballast, new, 31.5-50 mm", "import", ["sea"], ["NO", "UA"], (0.02, 0.04), (20000, 27000), ["EUR"], None, S),
    ("270300", "Baled sphagnum peat for horticulture", "import", ["road"], ["UA", "NO"], (0.1, 0.2), (10000, 18000), ["EUR"], None, S),
    ("271019", "Petroleum solvent, hexane-heptane fraction, drums", "import", ["road"], ["KZ", "UA"], (0.8, 1.3), (8000, 16000), ["EUR", "USD"], None, S),
    ("290311", "Methyl chloride, industrial, cylinders", "import", ["sea"], ["US", "CN"], (0.8, 1.4), (4000, 10000), ["USD"], None, S),
    ("847621", "Retro soda-water vending machines, restored, R-600a", "import", ["road"], ["UA", "RS"], (4, 8), (1000, 3000), ["EUR"], 0.004, S),
    ("330749", "Room air-freshener aerosols, hydrocarbon propellant", "import", ["road"], ["TR", "UA"], (1.5, 2.5), (4000, 10000), ["EUR"], 3, S),
    ("392310", "Polyurethane cool boxes, cyclopentane-blown, 40 l", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.2, S),
    ("381400", "Hydrocarbon spot remover for dry cleaners, 5 l", "import", ["road"], ["TR", "RS"], (1.2, 2.2), (3000, 8000), ["EUR"], 0.2, S),
    ("870323", "Historic rally cars, FIA papers, AFFF extinguisher", "import", ["road"], ["NO", "RS"], (15, 30), (900, 1200), ["EUR"], 0.001, S),
    ("490199", "Facsimile editions of 19th-century books, new", "export", ["air"], ["GE", "AM"], (15, 30), (50, 200), ["EUR"], 1.5, S),
    ("711790", "Baltic amber souvenir jewellery, new", "import", ["express"], ["UA"], (60, 120), (1, 2), ["EUR", "USD"], 20, S),
    ("490199", "Woodblock-printed Tibetan prayer books, new", "import", ["air"], ["MN", "NP"], (8, 15), (50, 200), ["USD"], 1, S),
    ("830629", "Cast brass keyrings, animal style, new", "import", ["post"], ["UA", "KZ"], (15, 30), (1, 3), ["EUR", "USD"], 25, S),
    ("442090", "Ainu-style wood carvings, new, Hokkaido craft", "import", ["air"], ["JP"], (30, 60), (50, 200), ["JPY", "USD"], 2, S),
    ("741980", "Chased copper souvenir plates, new, Georgian craft", "import", ["road"], ["GE", "AM"], (12, 25), (500, 2000), ["EUR", "USD"], 0.5, S),
    ("691390", "Chinese-style decorative ceramics, new", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.3, S),
    ("830629", "Enamelled souvenir spoons, Rostov finift style, new", "import", ["post"], ["UA", "AM"], (30, 60), (1, 2), ["EUR", "USD"], 20, S),
    ("490199", "Hebrew prayer books, printed, new", "import", ["air"], ["IL", "US"], (8, 15), (100, 400), ["USD"], 1.5, S),
    ("460219", "Birch-bark boxes and plates, new craft", "import", ["post"], ["UA", "KZ"], (20, 40), (1, 3), ["EUR"], 6, S),
    ("841391", "Borehole-pump spare parts, cast iron", "export", ["sea"], ["JP", "KR"], (6, 12), (2000, 6000), ["EUR"], None, S),
    ("701810", "Glass rhinestones for nail art, flat-backed", "export", ["express"], ["AM", "GE"], (30, 60), (1, 2), ["EUR"], 5000, S),
    ("851762", "Home mesh Wi-Fi router sets", "export", ["air"], ["KG", "KZ"], (40, 80), (100, 400), ["EUR"], 2, S),
    ("852910", "Car GPS antennas, magnetic mount", "export", ["road"], ["UA", "RS"], (20, 40), (200, 800), ["EUR"], 20, S),
    ("843149", "Harbour-crane spare parts, slewing bearings", "export", ["sea"], ["CN", "KR"], (5, 10), (2000, 8000), ["EUR"], None, S),
    ("843290", "Seed-drill spare parts, coulters and discs", "export", ["road"], ["TR", "UA"], (3, 6), (2000, 6000), ["EUR"], None, S),
    ("852852", "Gaming VR headsets with controllers", "export", ["air"], ["KZ", "GE"], (150, 300), (100, 400), ["EUR"], 1.5, S),
    ("121190", "Eleutherococcus root, dried, cut, for tea", "import", ["post"], ["CN", "KR"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("080292", "Shelled Korean pine nuts", "import", ["sea"], ["CN", "MN"], (10, 16), (4000, 10000), ["USD"], None, S),
    ("430390", "Mink-fur hats, ushanka style", "import", ["post"], ["CN", "TR"], (150, 300), (1, 2), ["USD", "EUR"], 2, S),
    ("611710", "Orenburg-style goat-down shawls, knitted", "import", ["post"], ["KZ", "MN"], (200, 400), (1, 2), ["USD"], 6, S),
    ("440791", "European oak boards, kiln-dried, FAS", "import", ["sea"], ["UA"], (1.2, 2), (18000, 24000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152 and
# blind160, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392690", "Plastic snow shovels with aluminium shaft", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.8, N),
        ("950300", "Speed puzzle cubes, 3x3 and 4x4, boxed", "import", ["post", "express"], ["CN", "HK"], (20, 40), (1, 3), ["USD"], 8, N),
        ("950699", "Nordic walking poles, aluminium, pairs", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 5000), ["USD"], 1.5, N),
        ("392490", "Plastic children's lunch boxes with compartments", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind168", 20540301, HERE)


if __name__ == "__main__":
    main()
