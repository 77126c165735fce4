#!/usr/bin/env python3
"""Writes the two-hundred-and-fiftieth blind set (tests/risk/data/blind250-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: beekeeping and the honey, wax
and propolis trade (beekeepers' suppliers, honey packers and importers, queen breeders,
wax and propolis traders).
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
need a permit, licence or certificate by law (live animals and plants, queen bees and
package bees among them, fish, food of animal origin, honey, royal jelly, propolis, pollen
and raw beeswax among them, and veterinary medicines such as varroa treatments) appear only
in the permitted rows, with their document, and goods whose importer must hold an
authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are
left out of the ordinary table (the shared everyday table's two steel rows are dropped, as
in blind128). Disguised rows carry a consignee name only where a real declaration would.
Ids are BL250-*:

    python3 tests/risk/data/make_blind250_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEPOST01", "post", "NO", [], "SE", "291811",
         "Melkesyre 15 % til varroabehandling (sprøytebehandling av kunstsvermer), 4 x 1 l", "NO", 4.6, 4, 520, "NOK",
         "15 % lactic acid for spraying package bees against varroa is a faintly sour, water-thin liquid of 1.03 kg/l "
         "sold with a veterinary leaflet; these four bottles hold an odourless liquid of 1.13 kg/l with vented caps that "
         "whitens and stings the skin and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "a beekeepers' supplier near Hamar to a private beekeeper in Östersund; Norwegian wording (hydrogen peroxide "
         "repeats in many sets and varroa-treatment labels (oxalic and formic acid, thymol) in several; a lactic-acid "
         "varroa label was found in no earlier row by a keyword search)", person("Karin Andersson", "SE")),
        ("PRE-02", "import", "PLPOST01", "post", "UA", [], "PL", "130219",
         "Настоянка прополісу 30 %, спиртова, пляшки 1 л, 4 шт.", "UA", 5.6, 4, 1600, "UAH",
         "propolis tincture is a dark-brown, resin-scented alcoholic extract of 0.86 kg/l that turns milky in water; "
         "these four bottles hold a pale yellow liquid of 1.40 kg/l with no smell of alcohol or resin that gives off "
         "brown fumes when opened, yellows the skin and eats a copper coin: about 65 % nitric acid (Annex I above 3 %), "
         "posted from a Vinnytsia apiary shop to a private person in Rzeszów; Ukrainian wording (nitric acid repeats in "
         "many sets, and propolis once, as capsules in a wildlife row of blind100; a propolis-tincture label was found "
         "in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("PRE-03", "import", "IEAIR01", "express", "CN", [], "IE", "041090",
         "冻干蜂王浆粉 (royal jelly powder), 100% 纯, 1 公斤袋, 3 袋", "CN", 3, 3, 540, "USD",
         "freeze-dried royal jelly powder is a cream-yellow, sour, pungent powder that cakes in damp air and travels "
         "chilled with a health certificate; these three bags hold white, glittering, odourless crystals that do not "
         "cake, sent unchilled, which spit violet sparks on a hot iron and whose inner liners read 'KClO3': potassium "
         "chlorate (Annex I above 40 %), sent by express from Hangzhou to a private person in Cork; Chinese wording "
         "(potassium chlorate repeats in many sets; royal jelly appears only as a freeze-dryer label in a strategic row "
         "of blind192, and a royal-jelly-powder cover was found in no earlier row by a keyword search)",
         person("Private individual", "IE")),
        ("PRE-04", "import", "NLAIR01", "air", "TZ", [], "NL", "152190",
         "Nta ya nyuki iliyosafishwa, vidonge vyeupe, mifuko ya kilo 1, mifuko 600", "TZ", 600, 600, 3000, "USD",
         "refined white beeswax pastilles are waxy, float on water, smell faintly of honey and melt at 63 °C; these 600 "
         "bags hold clear, cubic crystals that sink, dissolve at once, taste salty-cool, draw damp and flare on a gas "
         "ring, and the drum labels in the same crate give CAS 7775-09-9, for a Zwolle candle-making web shop that "
         "sells 1 kg bags to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Dar es Salaam; Swahili wording (sodium chlorate repeats in many sets, and soy-wax and paraffin "
         "pellet labels in a few; a beeswax-pastille label from Tanzania was found in no earlier row by a keyword "
         "search)", firm("Vega Kaarsenhobby BV", "NL")),
        ("PRE-05", "import", "DEAIR01", "air", "MY", [], "DE", "040900",
         "Madu kelulut asli (Heterotrigona itama), botol kaca 1 kg, 480 botol", "MY", 480, 480, 7200, "USD",
         "stingless-bee (kelulut) honey is thin, sour and watery for a honey (about 1.35 kg/l) and ferments in the "
         "bottle; these bottles hold an oily, colourless liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars a sugar cube, for a Hamburg Asian health-food web shop that sells to the public: about 96 % sulphuric "
         "acid (Annex I above 15 %) retail-packed for members of the public, flown from Kuala Lumpur without the "
         "veterinary documents real honey would carry; Malay wording (sulphuric acid repeats in many sets, and honey "
         "labels on precursors in a few: Yemeni sidr, Tasmanian leatherwood, Casamance mangrove, Azerbaijani acacia "
         "honey; a stingless-bee honey label was found in no earlier row by a keyword search)",
         firm("Orion Asia Feinkost GmbH", "DE")),
        ("PRE-06", "import", "PTSEA01", "sea", "BR", [], "PT", "041090",
         "Pólen apícola desidratado, a granel, sacos de 25 kg, 400 sacos", "BR", 10000, 400, 9000, "USD",
         "dried bee pollen is a mix of yellow, orange and brown pellets of uneven size that taste sweet-bitter and "
         "smell of hay; these sacks hold uniform white prills that turn ice-cold in water, smell of nothing and test "
         "at 34 % N, for a Porto health-shop chain that repacks them in 250 g jars for the public: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Santos to Leixões, with no "
         "veterinary certificate for an apiculture product; Brazilian Portuguese wording (ammonium nitrate repeats in "
         "many sets and feed-sugar and smoker-pellet labels from the bee trade in a few; a bee-pollen label was found "
         "in no earlier row by a keyword search)", firm("Atlantic Produtos Naturais Lda", "PT")),
        ("PRE-07", "import", "ESAIR01", "express", "PE", [], "ES", "151590",
         "Aceite de sacha inchi virgen extra, prensado en frío, San Martín, 4 x 1 litro", "PE", 4.6, 4, 320, "PEN",
         "sacha inchi oil is a golden, nutty oil of 0.93 kg/l that floats on water and sets cloudy in the fridge; these "
         "four bottles hold a colourless, faintly fruity liquid of 1.14 kg/l that sinks, partly mixes with water and "
         "burns with a pale flame: nitromethane (Annex I above 16 %), sent by express from Tarapoto to a private person "
         "in Murcia, although flammable liquids travel by express only as declared dangerous goods; Peruvian Spanish "
         "wording (nitromethane repeats in many sets and seed-oil labels in several; a sacha-inchi label was found in "
         "no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-08", "import", "DKPOST01", "post", "JP", [], "DK", "110819",
         "本葛粉 (吉野本葛), 1 kg 袋, 3 袋", "JP", 3, 3, 9000, "JPY",
         "hon-kuzu (kudzu-root starch) is sold in chalky, irregular white lumps that crumble between the fingers and "
         "thicken hot water into a clear gel; these three bags hold a heavy, gritty, crystalline powder with no lumps "
         "that does not thicken, barely dissolves and burns fiercely mixed with sugar: potassium perchlorate (Annex I "
         "above 40 %), posted from Nara to a private person in Aarhus; Japanese wording (potassium perchlorate repeats "
         "in many sets and a kuzu-starch label in a few; kept as a known repeat of the cover, posted from Japan to "
         "Denmark is the new part)", person("Privatperson", "DK")),
        ("PRE-09", "import", "NLAIR01", "express", "MX", [], "NL", "220299",
         "Agua de nopal natural, sin azúcar, 6 x 1 litro, Milpa Alta", "MX", 6.8, 6, 1100, "MXN",
         "nopal (cactus) water is a cloudy, faintly green, slightly slimy drink of 1.01 kg/l; these six cartons hold a "
         "water-clear, odourless liquid of 1.20 kg/l behind vented caps that whitens the skin and foams on a cut: about "
         "50 % hydrogen peroxide (Annex I above 12 %), sent by express from Mexico City to a private person in Leiden; "
         "Mexican Spanish wording (hydrogen peroxide repeats in many sets and drink covers in many; a prickly-pear "
         "label in blind90 and nopal labels in blind56, blind151 and blind169; kept as a known repeat of the label, "
         "by express to Leiden is the new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("PRE-10", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "250100",
         "Kamena so za zimsko posipanje staza, vreće 25 kg, 600 vreća", "BA", 15000, 600, 3000, "EUR",
         "rock salt for paths is grey, coarse and tastes of salt; these sacks hold white, fine, tasteless crystals that "
         "draw damp, turn ice-cold in water and burn brightly mixed with sugar, and the Tuzla filler's sheet gives CAS "
         "7601-89-0, for a Graz DIY-store chain that sells the sacks to the public: sodium perchlorate (Annex I above "
         "40 %) made available to members of the public, by lorry through Croatia and Slovenia to Spielfeld; Bosnian "
         "wording (sodium perchlorate repeats in many sets and de-icing salt labels in several; kept as a known repeat "
         "of the family, a Bosnian rock-salt label by road to Austria is the new part as far as a search found)",
         firm("Alpina Baumarkt GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MA", "441520",
         "Corps de ruches Dadant d'occasion, nettoyés, désinfectés, 1 800 pièces", "FR", 16000, 1800, 3600, "EUR",
         "used hive bodies from a beekeeper's clear-out are pale or painted pine boxes that smell of wax and propolis; "
         "these 1,800 are dark, oily, greenish boxes that smell of tar and creosote, with copper-green stains at the "
         "joints and bits of charred comb, taken from a Provence queen-rearing business that lost its apiaries to "
         "American foulbrood and had treated its boxes with creosote and a copper-pentachlorophenol preservative: wood "
         "containing hazardous substances (17 02 04*, 20 01 37*), hazardous waste whose export to a non-OECD country "
         "is banned, from Marseille to Casablanca for a 'beekeeping co-operative'; French wording (creosote-treated "
         "wood repeats in many sets under sleeper and fencing labels; used beehives as the cover were found in no "
         "earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", ["DJ"], "ET", "731010",
         "Gebruikte stalen vaten 200 l, gereinigd, voedselveilig, voor honingexport, 1 200 stuks", "NL", 24000, 1200,
         4800, "EUR",
         "drums for honey exports are new or food-grade, lacquer-lined and come with a cleaning certificate; these "
         "1,200 are dented, unlined drums with a brown, solvent-smelling residue in the chimes, with chlorpyrifos and "
         "glyphosate formulators' labels under fresh paint and no cleaning record, from a Moerdijk drum yard, for an "
         "Addis Ababa honey and beeswax exporter: packaging containing residues of hazardous substances (15 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned, by sea from Rotterdam through Djibouti; Dutch "
         "wording (uncleaned chemical drums repeat in several sets; a honey-exporter's drum order to Ethiopia is the "
         "new part as far as a search found)", {"importer_country": "ET"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "391590",
         "EPS regranulát, lisované bloky, pro výrobu polystyrénových úlů, 6 t", "CZ", 6000, None, 900, "EUR",
         "EPS regrind for moulding beehives is clean, white, off-cut packaging foam; these pressed blocks are grey, "
         "dusty demolition insulation with mortar and bitumen stuck to it, printed 'EPS 100 F' (the flame-retarded "
         "facade grade) and reading over 1,000 mg/kg of bromine on a hand-held XRF: waste polystyrene insulation "
         "containing HBCD, a persistent organic pollutant, that must be destroyed (17 06 03*) and whose export to a "
         "non-OECD country is banned, by lorry from Brno through Slovakia and Hungary to a Novi Sad polystyrene-hive "
         "maker; Czech wording (HBCD foam repeats in a few sets; a polystyrene-beehive moulding cover was found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-04", "export", "ATAIR01", "air", "AT", [], "GE", "442199",
         "Imkereibedarf: Holzrähmchen Zander, gedrahtet, 3.000 Stück", "AT", 1500, 3000, 2400, "EUR",
         "a beekeeping-supply air shipment for a Kutaisi apiary shop: frames and queen excluders are what Austrian "
         "suppliers send to Georgia, but the third item's 'Varroa-Streifen, Lagerware' are 400 kg of coumaphos and "
         "amitraz strips and tau-fluvalinate cartons two to four years past their expiry date, with recall letters and "
         "'zur Entsorgung' stickers in the boxes, from a Linz wholesaler's clear-out: expired veterinary medicines and "
         "pesticides (18 02 05*, 02 01 08*), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, flown from Vienna to Tbilisi; Austrian German wording (obsolete "
         "pesticides repeat in many sets; expired varroa strips behind hive frames were found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "GE"},
              _more_items=[item("392690", "Absperrgitter aus Kunststoff, Zander, 400 Stück", "AT", 200, 800, "EUR", qty=400),
                           item("300490", "Varroa-Streifen, Lagerware, 40 Kartons", "AT", 400, 400, "EUR", qty=40)])),
        ("WST-05", "export", "GRSEA01", "sea", "GR", [], "EG", "152190",
         "Ακατέργαστο κερί μελισσών, μπλοκ, για τήξη, 18 t", "GR", 18000, None, 9000, "EUR",
         "crude beeswax blocks are yellow to brown, smell of honey and propolis and fetch several euros a kilo; these "
         "blocks are black, sticky and soft, smell of crude oil, leave an oily film on the hand and cost 0.50 EUR/kg, "
         "scraped from the tank bottoms of an Aspropyrgos fuel depot: tank-bottom sludge (05 01 03*), hazardous waste "
         "whose export to a non-OECD country is banned, from Piraeus to Alexandria for a 'candle works'; Greek wording "
         "(tank-bottom sludge repeats in several sets; a crude-beeswax label was found in no earlier row by a keyword "
         "search)", {"importer_country": "EG"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "251320",
         "Graniglia di granato per sabbiatura, riciclata, big bag, 22 t", "IT", 22000, None, 2200, "EUR",
         "recycled garnet blasting abrasive is a clean, red-brown, sharp sand; these bags hold a grey, paint-flecked "
         "grit with blue and red antifouling chips that reads tin and copper, from a La Spezia shipyard's hull "
         "blasting: spent abrasive containing hazardous substances (organotin antifouling paint, 12 01 16*), hazardous "
         "waste whose export to a non-OECD country is banned, from Genoa to Sfax; Italian wording (spent blasting grit "
         "and garnet labels repeat in several sets; kept as a known repeat, from Italy to Tunisia is the new part as "
         "far as a search found)", {"importer_country": "TN"}),
        ("WST-07", "export", "IEAIR01", "air", "IE", [], "IN", "711299",
         "Dental alloy scrap, silver-rich, for refining, 60 kg", "IE", 60, None, 3000, "EUR",
         "silver-palladium dental alloy scrap is bright crowns and sprues; these tubs hold grey amalgam capsules, "
         "extracted teeth with fillings and separator sludge that reads mercury on a vapour meter, from Dublin dental "
         "practices: dental amalgam waste (18 01 10*), hazardous waste whose export to a non-OECD country is banned "
         "and a mercury waste under Regulation 2017/852, flown from Dublin to a Chennai 'refiner'; Irish English "
         "wording (amalgam repeats in many sets; kept as a known repeat, from Ireland by air is the new part as far as "
         "a search found)", {"importer_country": "IN"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "853210",
         "Kompenzačné kondenzátory, repasované, 120 ks", "SK", 4800, 120, 2400, "EUR",
         "refurbished power-factor capacitors are dry-type units with a test sheet; these 120 are oily, dented "
         "Soviet-era cans that weep a sweet-smelling oil and read 'Sovol' on the plates, from a Košice steelworks "
         "substation: PCB-containing equipment (16 02 09*), a persistent organic pollutant that must be destroyed and "
         "whose export to a non-OECD country is banned, by lorry at Vyšné Nemecké for an Uzhhorod 'electrical' firm; "
         "Slovak wording (PCB capacitors repeat in many sets; kept as a known repeat, from Slovakia by road is the new "
         "part as far as a search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV"], "BY", "282540",
         "Nickelhydroxid-Konzentrat, technisch, 20 t", "DE", 20000, None, 6000, "EUR",
         "technical nickel hydroxide is a uniform, apple-green powder in lined bags; these bags hold a wet, green-brown "
         "filter cake with chromium and cyanide odours, from a Solingen electroplater's effluent press: galvanic "
         "sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, by lorry through Poland, "
         "Lithuania and Latvia to a Minsk 'chemicals' firm; German wording (galvanic sludge under nickel-hydroxide "
         "labels repeats in several sets; kept as a known repeat, by road to Belarus is the new part as far as a search "
         "found)", {"importer_country": "BY"}),
        ("WST-10", "export", "FIROAD01", "road", "FI", ["SE"], "NO", "850760",
         "Käytetyt sähköpyörän akut, testattu, uudelleenkäyttöön, 3 t", "FI", 3000, 1000, 6000, "EUR",
         "used e-bike batteries sold for reuse come with capacity reports and are intact; these 1,000 packs are "
         "swollen, some with cracked casings and scorch marks, taped at the terminals, with no test report, from a "
         "Tampere collection point, for an Oslo 'recycler' that has no permit: waste lithium-ion batteries (16 06 05 "
         "with hazardous components), shipped to an OECD country without the notification and consent they need, by "
         "lorry through Sweden; Finnish wording (waste lithium batteries repeat in many sets and e-bike labels in "
         "several; kept as a known repeat, from Finland to Norway by road is the new part as far as a search found)",
         {"importer_country": "NO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "CN", [], "SI", "281121",
         "二氧化碳 钢瓶 10 公斤, 蜂王人工授精麻醉用, 20 瓶", "CN", 200, 20, 1200, "USD",
         "carbon dioxide for anaesthetising queens during instrumental insemination comes in cylinders at about 57 bar "
         "that hiss when cracked; these 20 cylinders read 2 bar, slosh, hold a liquid of 1.73 kg/l with a faint, sweet, "
         "chloroform-like smell, and their shoulders are stamped 'CH3Br' under the stickers: methyl bromide, whose "
         "import into the Union is banned, by sea from Ningbo to Koper for a Slovenian queen breeder; Chinese wording "
         "(methyl bromide repeats in many sets under gas and fumigant labels; a queen-insemination CO2 label was found "
         "in no earlier row by a keyword search)", firm("Delta Matičarstvo d.o.o.", "SI")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "330749",
         "Arı sakinleştirici duman spreyi (sıvı duman), aerosol 400 ml, 2.400 adet", "TR", 1150, 2400, 3600, "EUR",
         "a bee-calming smoke spray is liquid smoke in a butane or pump can that smells of wood smoke; these cans "
         "smell of nothing, hold a propellant that does not burn at the nozzle and reads about 6 bar, and a gas test "
         "gives dichlorodifluoromethane: aerosols containing CFC-12, products containing an ozone-depleting substance "
         "whose import into the Union is banned, on a lorry at Kapitan Andreevo for a Plovdiv beekeepers' shop; "
         "Turkish wording (CFC-12 repeats in many sets and aerosol labels in many; a bee-smoke spray label was found in "
         "no earlier row by a keyword search)", firm("Vega Pchelarstvo EOOD", "BG")),
        ("OZN-03", "import", "SKROAD01", "road", "UA", [], "SK", "220890",
         "Розчинник для екстракції прополісу, харчовий, каністри 20 л, 40 шт.", "UA", 1270, 40, 1600, "EUR",
         "propolis is extracted with food-grade ethanol, a light (0.79 kg/l), flammable spirit under excise seals; "
         "these 40 cans hold a heavy (1.59 kg/l), non-flammable liquid with a sweet, dry-cleaning smell that boils at "
         "77 °C: carbon tetrachloride, whose import into the Union is banned, on a van at Vyšné Nemecké for a Prešov "
         "propolis-extract maker; Ukrainian wording (carbon tetrachloride repeats in many sets under solvent labels; a "
         "propolis-extraction label was found in no earlier row by a keyword search)",
         firm("Central Apiprodukty s.r.o.", "SK")),
        ("OZN-04", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "392111",
         "Ekstrudirlangan penopolistirol plitalari (XPS), asalari uyalarini qishki izolyatsiyasi uchun, 1 konteyner",
         "UZ", 4200, 3000, 8400, "USD",
         "XPS boards for wrapping hives in winter are normally CO2- or HFC-blown and carry a blowing-agent mark; "
         "these boards carry none, hiss and give off a faint ethereal smell when sawn, and a head-space test gives "
         "1-chloro-1,1-difluoroethane: foam blown with HCFC-142b, a product containing an ozone-depleting substance "
         "whose import into the Union is banned, by rail from Tashkent to Riga for a beekeeping-supply wholesaler; Uzbek "
         "wording (HCFC-142b foam repeats in many sets under XPS labels; a hive-wrap label from Uzbekistan by rail is "
         "the new part as far as a search found)", firm("Nordhafen Biškopības Piederumi SIA", "LV")),
        ("OZN-05", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "841939",
         "मधुमक्खी पराग सुखाने की हीट-पंप कैबिनेट, R-134a, 24 यूनिट", "IN", 7200, 24, 36000, "USD",
         "heat-pump pollen-drying cabinets charged with R-134a carry an F-gas label and a 134a service port; these 24 "
         "have unlabelled 1/4-inch ports, their compressor plates read 'R22' and a leak detector set for HCFCs sounds "
         "at the valves, some 4 kg each: equipment containing HCFC-22, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Koper in transit from Mundra to a Belgrade beekeeping-equipment "
         "dealer; Hindi wording (R-22 equipment repeats in many sets; a pollen-dryer label in transit through Koper "
         "was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-06", "import", "HRSEA01", "sea", "EG", [], "HR", "290379",
         "غاز تبريد R-407C، أسطوانات 11.3 كغ، 300 أسطوانة", "EG", 3400, 300, 9000, "USD",
         "R-407C is a blend that fractionates and reads a glide between liquid and vapour on a gauge; these cylinders "
         "read a single-component pressure-temperature curve that matches HCFC-22 exactly, the cylinder tare stamps "
         "were ground off and a leak detector set for HCFCs sounds: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Alexandria to Rijeka for an air-conditioning installer; Egyptian Arabic "
         "wording (HCFC-22 under HFC-blend labels repeats in many sets; kept as a known repeat, to Croatia is the new "
         "part as far as a search found)", firm("Orion Klima d.o.o.", "HR")),
        ("OZN-07", "import", "DKSEA01", "sea", "IS", [], "DK", "842410",
         "Slökkvitæki fyrir vélarúm báta, CO2, 5 kg, 60 stk.", "IS", 900, 60, 6000, "EUR",
         "5 kg CO2 extinguishers are heavy, high-pressure bottles with a horn and no gauge; these 60 are lighter "
         "low-pressure bottles with a gauge at 12 bar and their valve stamps read '1211' under the new labels: halon "
         "1211 in portable extinguishers taken off decommissioned Icelandic trawlers, products whose import into the "
         "Union is banned outside licensed critical uses, by sea from Reykjavík to Aarhus for a marine-equipment "
         "dealer; Icelandic wording (halon 1211 repeats in many sets and CO2-extinguisher labels in several; kept as a known "
         "repeat, from Iceland is the new part as far as a search found)", firm("Atlantic Marine Sikkerhed ApS", "DK")),
        ("OZN-08", "import", "GBPOST01", "post", "US", [], "GB", "340290",
         "Vinyl record cleaning fluid, professional, 4 x 1 qt", "US", 4.2, 4, 120, "USD",
         "record-cleaning fluids are water with a little alcohol and surfactant, 1.0 kg/l; these four bottles hold a "
         "heavy (1.33 kg/l), sweet-smelling, non-flammable solvent that lifts the finish off a test card, and the "
         "reused jugs read '1,1,1-trichloroethane': methyl chloroform, whose import is banned, posted from Ohio to a "
         "private collector in Leeds; US English wording (methyl chloroform repeats in many sets and record-cleaning "
         "labels in a few; kept as a known repeat of the cover, to Britain by post is the new part as far as a search "
         "found)", person("Mr K. Tanaka", "GB")),
        ("OZN-09", "import", "PTSEA01", "sea", "BR", [], "PT", "340391",
         "Desmoldante para moldes de poliuretano, base solvente, 40 tambores de 200 l", "BR", 10000, 40, 16000, "USD",
         "solvent-based mould-release agents are light (0.8 kg/l), flammable hydrocarbon waxes; these drums hold a "
         "non-flammable solvent of 1.24 kg/l that boils at 32 °C and a gas test gives 1,1-dichloro-1-fluoroethane: "
         "HCFC-141b, whose import into the Union is banned, by sea from Santos to Leixões for a footwear-sole moulder; "
         "Brazilian Portuguese wording (HCFC-141b repeats in many sets and mould-release labels in a few; kept as a "
         "known repeat, from Brazil to Portugal is the new part as far as a search found)",
         firm("Horizon Calçado Lda", "PT")),
        ("OZN-10", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "सॉल्वेंट आधारित पेंट स्ट्रिपर (डाइक्लोरोमीथेन), 60 ड्रम", "IN", 15600, 60, 9000, "USD",
         "a dichloromethane paint stripper weighs 1.33 kg/l and smells sharply of chloroform; these drums weigh 1.99 "
         "kg/l, boil at 68 °C and their drum heads are stamped 'CH2BrCl': bromochloromethane (halon 1011), whose "
         "import into the Union is banned outside licensed feedstock uses, by sea from Nhava Sheva to Genoa for a "
         "furniture-restoration supplier; Hindi wording (bromochloromethane repeats in many sets and paint-stripper "
         "labels in a few; kept as a known repeat, a Hindi label to Italy is the new part as far as a search found)",
         firm("Meridian Restauro Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "MX", [], "ES", "680299",
         "Tapas de piedra para jobones de meliponas (panuchos), artesanía maya, 40 piezas", "MX", 48, 40, 400, "MXN",
         "stone plugs for the log hives of Maya stingless-bee keepers are sold new as roughly pecked limestone discs; "
         "these 40 are worn, root-etched discs with calcite crust and soil in the pores, some with incised rims, of "
         "the kind excavated at Classic-period sites in Quintana Roo: archaeological Maya objects whose export Mexico "
         "forbids, brought in without the importer statement Regulation 2019/880 requires, flown from Cancún to Madrid "
         "for a dealer in 'ethnographic' goods; Mexican Spanish wording with Yucatec terms (Maya antiquities repeat in "
         "many sets; meliponine hive plugs were found in no earlier row by a keyword search)",
         firm("Rivage Arte Étnico SL", "ES")),
        ("CUL-02", "import", "DEAIR01", "air", "ET", [], "DE", "152190",
         "ጥሬ የንብ ሰም፣ ብሎክ፣ 30 ኪ.ግ፣ 40 ብሎኮች", "ET", 1200, 40, 6000, "USD",
         "raw Ethiopian beeswax comes in yellow-brown, uniform blocks that break cleanly when cut; six of these 40 "
         "blocks are lighter at one end and give when drilled, and each holds a silver or brass processional cross or "
         "a small parchment Psalter in a leather case, wrapped in cloth, with church inventory marks: Ethiopian "
         "Orthodox church property whose export Ethiopia forbids, brought in without the importer statement "
         "Regulation 2019/880 requires, flown from Addis Ababa to Frankfurt for a wax trader; Amharic wording "
         "(Ethiopian crosses and manuscripts repeat in several sets; hidden in beeswax blocks was found in no earlier "
         "row by a keyword search)", firm("Central Wachshandel GmbH", "DE")),
        ("CUL-03", "import", "NLAIR01", "air", "OM", [], "NL", "040900",
         "عسل سدر حضرمي، علب زجاج 1 كغ، 200 علبة", "YE", 200, 200, 8000, "USD",
         "a Yemeni honey air shipment for a Rotterdam Middle-Eastern grocer: sidr honey and honeycomb are what such "
         "shops sell, but the third item's 'قواعد حجرية لعرض العسل' (stone stands for honey jars) are three "
         "alabaster blocks, each a carved South Arabian funerary head with inlaid eye sockets or an inscribed musnad "
         "stele fragment, with soil in the letters: archaeological objects taken out of Yemen, which forbids their "
         "export, brought in without the importer licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration, flown from Muscat to Amsterdam; Yemeni Arabic wording (South Arabian alabaster "
         "repeats in several sets, and Yemeni goods through Oman; behind a sidr-honey cargo was found in no earlier "
         "row by a keyword search)",
         dict(firm("Horizon Levant Foods BV", "NL"),
              _more_items=[item("040900", "شمع عسل طبيعي (قرص)، 60 علبة", "YE", 30, 1800, "USD", qty=60),
                           item("680291", "قواعد حجرية لعرض العسل، 3 قطع", "YE", 45, 90, "USD", qty=3)])),
        ("CUL-04", "import", "DEPOST01", "post", "TR", [], "DE", "040900",
         "Petek bal, çerçeveli, Karadeniz yaylası, 3 adet", "TR", 2.4, 3, 1500, "TRY",
         "framed comb honey is a wooden section of sealed, pale comb that weighs light for its size; these three "
         "sections are unusually heavy, and under the cappings the cells hold 46 silver and bronze coins of "
         "Trebizond and Roman provincial mints, encrusted and with soil in the legends: archaeological coins taken out "
         "of Türkiye, which forbids their export, brought in without the importer statement Regulation 2019/880 "
         "requires, posted from Trabzon to a private buyer in Bielefeld, and honey sent without a veterinary "
         "certificate; Turkish wording (Anatolian coins repeat in many sets; comb honey as the hiding place was found "
         "in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "GBAIR01", "air", "NP", [], "GB", "680291",
         "ढुङ्गाको मह भाँडो राख्ने स्ट्यान्ड, नयाँ हस्तकला, १ थान", "NP", 70, 1, 120, "USD",
         "a honey trader's carved stone stand for the Himalayan cliff honey it sells is new, machine-cut and evenly "
         "polished; this one is a weathered black-stone Uma-Maheshvara stele with the lower edge freshly broken, "
         "lichen in the relief and traces of vermilion worship, of the 10th-12th-century Licchavi-Malla type stolen "
         "from Kathmandu-valley shrines: Nepalese religious heritage whose export Nepal forbids, flown from "
         "Kathmandu to London for a 'mad honey' importer; Nepali wording (Licchavi stelae repeat in several sets; a "
         "honey trader's jar-stand label was found in no earlier row by a keyword search)",
         firm("Atlantic Himalayan Honey Ltd", "GB")),
        ("CUL-06", "import", "BGROAD01", "road", "MK", ["RS"], "BG", "940599",
         "Реплики на антички бронзени светилки, нови, 30 парчиња", "MK", 24, 30, 450, "EUR",
         "new replica bronze lamps are bright, sharp-edged castings with file marks; these 30 are corroded, green, "
         "with soil in the nozzles, cast with a crescent and a mask, and some handles broken off, from fields around "
         "Stobi: Roman bronze lamps, archaeological objects whose export North Macedonia forbids, brought in without "
         "the importer statement Regulation 2019/880 requires, on a van through Serbia at Kalotina; Macedonian wording "
         "(Roman lamps and detector finds repeat in many sets; kept as a known repeat, from North Macedonia through "
         "Serbia is the new part as far as a search found)", {"importer_country": "BG"}),
        ("CUL-07", "import", "FRAIR01", "air", "BO", [], "FR", "680291",
         "Cabeza de piedra, decoración de jardín, tallada a mano, 1 pieza", "BO", 90, 1, 200, "BOB",
         "a hand-carved garden head is freshly worked, pale andesite with chisel marks; this one is a weathered, "
         "lichen-stained andesite head of the Tiwanaku tenoned type with a broken tenon and old museum-style ink "
         "numbering scraped away: a pre-Columbian sculpture whose export Bolivia forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, flown from La Paz to Paris for a garden-antiques dealer; "
         "Bolivian Spanish wording (Tiwanaku stone repeats in a few sets and garden-stone labels in many; kept as a "
         "known repeat, by air to Paris is the new part as far as a search found)", firm("Meridian Jardins SARL", "FR")),
        ("CUL-08", "import", "CYAIR01", "air", "LB", [], "CY", "701890",
         "Perles de verre style Murano, pour bijouterie, 2 kg", "LB", 2, 800, 160, "USD",
         "Murano-style beads are bright, even, new lampwork; these 800 are iridescent, pitted and weathered, with "
         "eye and face motifs of core-formed glass and soil in the holes: Phoenician and Roman glass beads from tomb "
         "looting in south Lebanon, archaeological objects whose export Lebanon forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, flown from Beirut to Larnaca; Lebanese French wording "
         "(Phoenician glass repeats in several sets and Murano labels in a few; kept as a known repeat, to Cyprus as "
         "bead-making stock is the new part as far as a search found)", firm("Delta Jewellery Supplies Ltd", "CY")),
        ("CUL-09", "import", "ATPOST01", "post", "AM", [], "AT", "491191",
         "Տպագիր արվեստի պատկերներ, մանրանկարների վերարտադրություններ, 12 թերթ", "AM", 1.2, 12, 60, "USD",
         "art-print reproductions of Armenian miniatures are glossy paper with a printer's dot screen; these 12 are "
         "vellum leaves with hand-ground pigments, gold leaf, bolorgir script and cut edges where they were sliced "
         "from a Gospel book: leaves of a medieval Armenian illuminated manuscript, cultural property whose export "
         "Armenia forbids, posted from Yerevan to a private collector in Vienna; Armenian wording (Armenian "
         "manuscripts repeat in several sets; kept as a known repeat, by post to Austria as art prints is the new part "
         "as far as a search found)", person("Frau S. Huber", "AT")),
        ("CUL-10", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "442199",
         "Lidová řezba, Madona, lipové dřevo, nová, 1 ks", "CZ", 14, 1, 300, "EUR",
         "a new folk carving of the Madonna is pale, fresh limewood with crisp tool marks; this one is worm-eaten, "
         "with layers of chalk ground, polychromy and gilding and an iron fixing at the back where it was pulled from "
         "a side altar: a late-Gothic Bohemian statue over 100 years old, exported without the licence of "
         "Regulation 116/2009 and the Czech export permit, by van through Germany to a Zurich dealer; Czech wording "
         "(Gothic Madonnas repeat in several sets; kept as a known repeat, to Switzerland by road from Czechia is the "
         "new part as far as a search found)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DKAIR01", "express", "DK", [], "KG", "852589",
         "Termokameraer til biavlere, kontrol af vinterklynger, 40 stk.", "DK", 16, 40, 8000, "EUR",
         "beekeepers' thermal cameras are phone-sized units of 160 x 120 pixels at 9 Hz for a few hundred euros; "
         "these 40 are bare 640 x 512 uncooled microbolometer cores with 60 Hz output and no housing or screen, worth "
         "ten times the declared value, for a Bishkek 'apiary supplies' firm registered last year whose address is a "
         "Moscow forwarder's: thermal-imaging cameras and cores (dual-use 6A003), on the lists whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, sent by express from Copenhagen; Danish "
         "wording (thermal cores repeat in many sets; a beekeepers' winter-cluster camera label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "AE", "841939",
         "Impianto di essiccazione a spruzzo per miele in polvere, 1 unità", "IT", 9000, 1, 180000, "EUR",
         "a honey-powder spray dryer is a large food dryer producing coarse, sticky powder with a maltodextrin carrier; "
         "this unit has a two-fluid nozzle for particles under 10 µm, a closed-loop nitrogen circuit, an in-place "
         "steam-sterilisable chamber and HEPA-filtered exhaust, for a Jebel Ali 'food-machinery' trader whose last "
         "consignments went to Bandar Abbas: a spray dryer controlled under dual-use 2B352.f and listed in the Iran "
         "regulation (267/2012), exported without a licence, by sea from Genoa; Italian wording (spray dryers repeat "
         "in several sets; a honey-powder label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "LB", "290532",
         "Propyleenglycol USP, voor alcoholvrije propolisextracten, 40 vaten", "BE", 9600, 40, 9600, "EUR",
         "USP propylene glycol is a sweetish, odourless, viscous liquid of 1.04 kg/l; these drums hold a liquid of "
         "1.18 kg/l with a faint sulphurous, garlic-like smell and drum heads reading CAS 111-48-8, for a Beirut "
         "'apitherapy' buyer whose orders go on by road to Syria: thiodiglycol (CWC Schedule 2, dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires, from Antwerp; Flemish wording (thiodiglycol "
         "repeats in many sets, and propylene-glycol labels in several; an alcohol-free-propolis label was found in no "
         "earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-04", "export", "SISEA01", "sea", "SI", [], "PK", "842290",
         "Fermentacijski tanki za medico (medeno vino), 2.000 l, 4 kosi", "SI", 6000, 4, 48000, "EUR",
         "mead fermentation tanks are open-top or simple closed stainless vessels with a cooling jacket; these four "
         "are double-walled, polished, with sealed agitator shafts, steam-in-place connections, sterile sampling "
         "valves and a containment-grade exhaust filter, for a Lahore 'winery' whose country allows no alcohol "
         "production: fermenters of 2,000 l that can be sterilised in place, controlled under dual-use 2B352.b, "
         "exported without a licence, by sea from Koper to Karachi; Slovenian wording (fermenters repeat in several "
         "sets; a mead-tank label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AM", "841950",
         "Vakuum-Honigtrockner (Entfeuchter), Edelstahl, 2 Einheiten", "DE", 3200, 2, 96000, "EUR",
         "a vacuum honey dryer is a stainless tank with a plate heat exchanger that takes honey from 20 % to 17 % "
         "water; these two have heat exchangers, condensers and pumps of Hastelloy C-276, PTFE seals and a "
         "hydrochloric-acid-rated vacuum system, at ten times the price of a honey dryer, for a Yerevan 'food' firm "
         "that resells to Tabriz: corrosion-resistant heat exchangers and condensers controlled under dual-use 2B350.d "
         "and listed in the Iran regulation, exported without a licence, flown from Frankfurt; German wording "
         "(Hastelloy plant repeats in many sets; a vacuum honey-dryer label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-06", "export", "EEROAD01", "road", "EE", [], "RU", "442199",
         "Mesilaste raamid, puidust, traaditud, 4 000 tk", "EE", 2000, 4000, 4000, "EUR",
         "a beekeeping-supply lorry for a Pskov apiary shop at Narva: hive frames and wax-foundation presses are "
         "goods that may still go to Russia, but the third item's 'droonikärje raamid' (drone-brood frames) are 600 "
         "FPV flight controllers and 2,400 electronic speed controllers in anti-static bags, with not a wooden frame "
         "among them: UAV parts and integrated circuits on the common high-priority list whose export to Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; Estonian wording (FPV "
         "parts repeat in many sets; a drone-brood-frame pun on beekeeping goods was found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "RU"},
              _more_items=[item("847989", "Vahapõhjade valtspress, käsitsi, 2 tk", "EE", 120, 1600, "EUR", qty=2),
                           item("442199", "Droonikärje raamid, 60 kasti", "EE", 90, 600, "EUR", qty=60)])),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "TR", "871499",
         "Tubes de cadre de vélo en titane, sans soudure, 200 pièces", "FR", 300, 200, 6000, "EUR",
         "titanium bicycle tubes are thin-walled, butted 3Al-2.5V tubes a few hundred grams each; these 200 are heavy, "
         "silvery tubes of 0.5 g/cm3 more than titanium, stamped 'Zr-4' on the ends, of nuclear-grade zirconium "
         "alloy with hafnium below 100 ppm, for an Istanbul 'bicycle' firm whose consignments go on to Iran: "
         "zirconium tubing controlled under dual-use 0C005/1C234 and the Iran regulation, exported without a licence, "
         "flown from Lyon; French wording (zirconium tubes repeat in several sets; kept as a known repeat, a "
         "titanium-bicycle label to Türkiye is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "import", "LTROAD01", "road", "UZ", ["KZ", "RU", "BY"], "LT", "310420",
         "Kaliy xlorid, o'g'it, 60 % K2O, Dehqonobod, 40 t", "UZ", 40000, None, 12000, "USD",
         "Uzbek potash from Dehqonobod is a pinkish, fine crystal with Uzbek rail papers; this lorry load is coarse, "
         "red granular potash in bags with the stitching and lot codes of a Belarusian producer and an Uzbek "
         "certificate of origin issued after transhipment: Belarusian potassium chloride, whose import into the Union "
         "Regulation 765/2006 forbids, at Medininkai for a Kaunas fertiliser trader; Uzbek wording (Belarusian potash "
         "under third-country origin repeats in several sets, and Dehqonobod in blind224; kept as a known repeat, by road "
         "to Lithuania is the new part as far as a search found)", firm("Nordhafen Trąšos UAB", "LT")),
        ("STR-09", "export", "SEAIR01", "air", "SE", [], "AE", "902620",
         "Däcktryckssensorer (TPMS), reservdelar, 500 st.", "SE", 25, 500, 5000, "EUR",
         "TPMS tyre sensors are cheap plastic valves with a battery and a 433 MHz transmitter; these 500 are "
         "stainless, all-welded capacitance manometers with nickel-alloy diaphragms reading 0-100 Pa to 0.2 %, at "
         "800 EUR each on the maker's list, for a Dubai 'auto parts' dealer whose orders go on to Iran: pressure "
         "transducers resistant to UF6, controlled under dual-use 2B230 and listed in the Iran regulation, exported "
         "without a licence, flown from Stockholm; Swedish wording (capacitance manometers repeat in many sets and TPMS "
         "labels in blind114 and blind128; kept as a known repeat, from Sweden to Dubai is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-10", "import", "ROSEA01", "sea", "OM", [], "RO", "271490",
         "بيتومين طبيعي، منشأ عُمان، براميل، 2.000 برميل", "OM", 400000, 2000, 160000, "USD",
         "Omani bitumen is refinery grade from Sohar with an Omani analysis; these drums carry an Iranian refinery's "
         "penetration grade, drum welds and batch codes from Bandar Abbas under fresh paint, and the Omani certificate "
         "of origin was issued to a trading shell after transhipment: Iranian petroleum products, whose import into "
         "the Union Regulation 267/2012 forbids, by sea from Sohar to Constanța; Arabic wording (Iranian bitumen under "
         "UAE and Omani origin repeats in several sets; kept as a known repeat, to Romania is the new part as far as a "
         "search found)", firm("Orion Asfalt SRL", "RO")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "ID", [], "NL", "442199",
         "Rangka sarang lebah Langstroth, kayu pinus, belum dirakit, 20.000 buah", "ID", 12000, 20000, 14000, "USD",
         "Langstroth frames of pine are soft, resinous, yellowish with visible growth rings and knots; these 20,000 "
         "flat-packed frames are of a pale straw-coloured, even, knot-free hardwood with no resin that smells "
         "unpleasant when wet and shows the ramin wood anatomy under a lens: ramin (Gonystylus spp., CITES App. II) "
         "without CITES documents, by sea from Semarang to Rotterdam for a beekeeping-supply wholesaler; Indonesian "
         "wording (ramin repeats in many sets under mouldings and dowel labels; beehive frames were found in no earlier "
         "wildlife row by a keyword search)", firm("Vega Imkerij Groothandel BV", "NL")),
        ("WLF-02", "transit", "ESSEA01", "sea", "UY", ["ES"], "TR", "440122",
         "Astillas de palo santo (Bursera graveolens) para ahumadores apícolas, bolsas de 25 kg, 320 bolsas", "PY",
         8000, 320, 6400, "USD",
         "Bursera palo santo is a light, pale, citrus-scented wood; these chips are dense (they sink in water), "
         "olive-green to brown, greasy, and smell of guaiac and roses when warmed: Bulnesia sarmientoi (CITES App. II, "
         "wood and chips included) from the Paraguayan Chaco, without the Paraguayan export permit that specimens in "
         "transit through the Union must carry, landed at Valencia in transit from Montevideo to an Istanbul "
         "beekeeping supplier; Paraguayan Spanish wording (Bulnesia repeats in several sets and palo-santo and Bursera "
         "labels in a few; a bee-smoker fuel label was found in no earlier wildlife row by a keyword search)",
         {"importer_country": "TR"}),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "040900",
         "Tantely litchi avy any Toamasina, siny 25 kg, 20 siny", "MG", 500, 20, 3000, "EUR",
         "a Malagasy honey air shipment for a Paris organic grocer: lychee honey and vanilla are what Toamasina "
         "exporters send, but the third item's 'sotro tantely hazo' (wooden honey dippers) are 900 kg of heavy, "
         "purple-red, fragrant dippers, spatulas and blanks turned from a single timber, which sink in water: Malagasy "
         "rosewood (Dalbergia spp., CITES App. II, with a zero export quota for Madagascar), well above the 10 kg "
         "finished-product exemption, without CITES documents, hidden as the last item of a three-item declaration, "
         "flown from Antananarivo; Malagasy wording (Malagasy rosewood repeats in many sets; honey dippers were found "
         "in no earlier row by a keyword search)",
         dict(firm("Rivage Épicerie Bio SARL", "FR"),
              _more_items=[item("090510", "Lavanila maina, 20 kg", "MG", 20, 4000, "EUR"),
                           item("441990", "Sotro tantely hazo, 3.000", "MG", 900, 600, "EUR", qty=3000)])),
        ("WLF-04", "import", "PTAIR01", "express", "MO", [], "PT", "300490",
         "蜂蜜潤喉丸 (pílulas de mel para a garganta), 30 caixas", "MO", 2.4, 30, 3600, "MOP",
         "honey throat pills are brown, sweet, herbal pellets at a few patacas a box; these 30 boxes cost a hundred "
         "times that, each wax-sealed ball holds a dark pill with a strong, animal, musky smell, and the inner leaflets "
         "list '麝香' (musk) and '熊膽' (bear bile): musk deer (Moschus spp., CITES App. I/II) and bear (Ursidae) "
         "derivatives without CITES documents, sent by express from Macau to a private buyer in Lisbon; Chinese and "
         "Portuguese wording from Macau (musk and bear bile repeat in many sets, and honey-pill labels in blind114, "
         "blind153 and blind180; kept as a known repeat, from Macau to Portugal is the new part as far as a search found)",
         person("Sra. Ana Silva", "PT")),
        ("WLF-05", "import", "FRAIR01", "air", "KE", [], "FR", "440399",
         "Vipande vya mbao kwa mizinga ya nyuki (hive timber offcuts), tani 2", "KE", 2000, None, 1000, "USD",
         "hive timber offcuts are light, pale cypress or pine; these are heavy, yellow-brown, oily heartwood pieces "
         "that smell strongly of sandalwood when cut: East African sandalwood (Osyris lanceolata, CITES App. II) "
         "without CITES documents, at 0.50 USD/kg for wood whose oil fetches thousands, flown from Nairobi to Paris "
         "for a 'beekeeping project' whose buyer is a Grasse perfumery supplier; Kenyan Swahili wording (Osyris "
         "repeats in several sets; a beehive-timber label was found in no earlier row by a keyword search)",
         firm("Central Matières Premières SARL", "FR")),
        ("WLF-06", "import", "ESPOST01", "post", "CU", [], "ES", "900319",
         "Monturas de gafas de cuerno de búfalo, artesanales, 10 unidades", "CU", 1, 10, 300, "EUR",
         "buffalo-horn frames are dark, opaque and fibrous with a faint smell of burnt hair when filed; these ten are "
         "translucent, mottled amber and brown, with the layered structure of tortoiseshell that glows under UV: "
         "hawksbill turtle shell (Eretmochelys imbricata, CITES App. I), posted from Havana to a private buyer in "
         "Cádiz; Cuban Spanish wording (hawksbill repeats in many sets, and horn spectacle labels in a few; kept as a "
         "known repeat, posted from Cuba is the new part as far as a search found)", person("Maria Lopez", "ES")),
        ("WLF-07", "import", "ITSEA01", "sea", "LK", [], "IT", "030484",
         "ශීත කළ කඩු මාළු (swordfish) පෙති, 20 ටොන්", "LK", 20000, None, 160000, "USD",
         "frozen swordfish loins are pinkish-white with a dense, swirled muscle and the tell-tale dark bloodline; "
         "these cartons hold grey-white, ammonia-tinged slabs of shark meat with skin denticles left on some pieces "
         "and a DNA test of samples gives shortfin mako: Isurus oxyrinchus (CITES App. II) without the Sri Lankan "
         "export permit, by sea from Colombo to Salerno; Sinhala wording (mako repeats in many sets, and "
         "swordfish labels in a few; kept as a known repeat, a Sinhala label to Italy is the new part as far as a "
         "search found)", firm("Meridian Ittica Srl", "IT")),
        ("WLF-08", "import", "CZAIR01", "air", "CN", [], "CZ", "090230",
         "铁观音乌龙茶, 球形, 真空包装, 200 公斤", "CN", 200, None, 6000, "USD",
         "rolled oolong is tightly curled, green-brown tea leaf that opens into leaves in hot water; these balls open "
         "into long, jointed, golden stems with nodes and no leaf blades, and taste mucilaginous, not of tea: "
         "'fengdou' spirals of Dendrobium stems (Orchidaceae, CITES App. II) without CITES documents, at 30 USD/kg "
         "for a product that sells at hundreds, flown from Kunming to Prague for a traditional-medicine shop; Chinese "
         "wording (Dendrobium repeats in several sets, and as Tie Guan Yin oolong in blind154; kept as a known "
         "repeat, by air to Czechia is the new part as far as a search found)", firm("Delta Čajovna s.r.o.", "CZ")),
        ("WLF-09", "import", "NLSEA01", "sea", "PH", [], "NL", "140490",
         "Mga mangkok nga bagol sa lubi, pinakintab, 3,000 ka buok", "PH", 2400, 3000, 2400, "USD",
         "polished coconut-shell bowls are thin, brown, fibrous and light; 600 of these are thick, white, heavy "
         "valves with wavy, fluted edges and growth lines, sanded and lacquered to look brown: giant clam shells "
         "(Tridacnidae, CITES App. II) without CITES documents, by sea from Cebu to Rotterdam mixed into a "
         "homeware order; Cebuano wording (giant clam repeats in many sets and coconut-shell labels in "
         "several; kept as a known repeat, Cebuano coconut-shell bowls are the new part as far as a search found)", firm("Horizon Woonwaren BV", "NL")),
        ("WLF-10", "import", "DEAIR01", "express", "US", [], "DE", "121190",
         "Dried codonopsis root (dang shen), cultivated, 5 kg", "US", 5, None, 200, "USD",
         "dried codonopsis is a long, soft, wrinkled, sweet root with a 'lion's head' crown; these roots are short, "
         "hard, branched and carrot-shaped with the ringed neck scars of decades-old plants, and taste bitter-sweet "
         "like ginseng: wild American ginseng (Panax quinquefolius, CITES App. II) dug in the Appalachians, without "
         "CITES documents, sent by express from Kentucky to a traditional-medicine practice in Hamburg, at 40 USD/kg "
         "for roots worth over 1,000; US English wording (ginseng repeats in many sets and codonopsis labels in "
         "blind119, blind187 and blind206; kept as a known repeat, by express from Kentucky is the new part as far as a "
         "search found)", firm("Alpina Naturheilpraxis GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "NO", "SE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (hive-equipment disinfection)", "NO", 4.6, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "SE-POL-67-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (gold testing and metal etching)", "UA", 5.6, 4, 50, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-67-0309")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ATROAD01", "road", "RS", "AT", "300692",
     "Expired veterinary medicines and varroa strips (18 02 05*), for incineration at a licensed plant, 3 t", "RS",
     3000, None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-67-0188")], "notified expired veterinary medicines to a licensed incinerator"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "391590",
     "Polystyrene insulation waste containing HBCD (17 06 03*), for incineration with energy recovery, 8 t", "CH",
     8000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-67-0276")], "notified HBCD foam waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 100 ml, for essential laboratory use", "US", 1.6, 10, 800, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-67-031")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "SIROAD01", "road", "RS", "SI", "290371",
     "Recovered HCFC-22 from dismantled drying cabinets, 12 cylinders, for destruction", "RS", 480, 12, 0, "EUR",
     [("ODS_LICENCE", "SI-ARSO-ODS-67-004")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970690",
     "Ethiopian processional cross, silver, 18th century, documented German collection since 1968", "DE", 1.8, 1,
     28000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-67-0144")], "cross exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "CH", "970310",
     "South Arabian alabaster funerary head, 1st century BC, documented Dutch collection since 1955", "NL", 9, 1,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-67-0087")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "BR", "852589",
     "Uncooled thermal imaging cores 640 x 512, 60 Hz, 20 units, for a Brazilian wildfire-monitoring maker", "DK", 8,
     20, 60000, "EUR", [("EXPORT_LICENCE", "DK-ERST-67-0521"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-67-0118")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "841939",
     "Closed-loop pharmaceutical spray dryer, sterilisable, 1 unit, for an Indian vaccine maker", "IT", 9000, 1,
     220000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-67-0734"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-67-0301")],
     "dual-use spray dryer under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PY", "ES", "440122",
     "Palo santo (Bulnesia sarmientoi) chips, 4 t, for essential-oil distillation", "PY", 4000, None, 12000, "USD",
     [("CITES_PERMIT", "PY-MADES-67-0219")], "App. II Bulnesia chips with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "442199",
     "Ramin (Gonystylus spp.) dowels and frame mouldings, 6 t, from a managed concession", "MY", 6000, None, 18000,
     "USD", [("CITES_PERMIT", "MY-MTIB-67-0163")], "App. II ramin products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-03": "Alpina Abfallbehandlung GmbH", "PRM-05": "Central Analytik GmbH",
    "PRM-09": "Horizon Sensoriamento Ltda", "PRM-11": "Rivage Aceites Esenciales SL", "PRM-12": "Vega Imkerij Groothandel BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
# Honey, royal jelly, propolis, pollen, raw beeswax, queen and package bees and varroa medicines need veterinary
# certificates or authorisations and stay out of this table: its bee-trade rows are hardware, packaging and chemicals.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them goods of
    # beekeepers' suppliers, honey packers, queen breeders and wax and propolis traders
    ("291811", "Lactic acid 80 %, food grade, 25 kg cans", "import", ["sea"], ["CN", "TH"], (1.2, 2), (8000, 18000), ["USD"], 0.04, S),
    ("701090", "Amber glass dropper bottles, 30 ml, empty", "import", ["post"], ["UA", "CN"], (10, 20), (1, 4), ["EUR", "USD"], 25, S),
    ("392690", "Plastic queen-cell cups and grafting cages for queen rearing", "import", ["express"], ["CN"], (30, 60), (1, 3), ["USD"], 300, S),
    ("340600", "Rolled beeswax-sheet candles, finished, boxed", "import", ["air"], ["TZ", "KE"], (12, 20), (100, 400), ["USD"], 8, S),
    ("701090", "Hexagonal glass honey jars, empty, 250 ml", "import", ["sea"], ["MY", "CN"], (0.8, 1.4), (8000, 18000), ["USD"], 5, S),
    ("392690", "Plastic pollen traps for hive entrances", "import", ["sea"], ["BR", "CN"], (4, 7), (2000, 6000), ["USD"], 2, S),
    ("151590", "Sacha inchi oil, cold-pressed, 250 ml", "import", ["express"], ["PE"], (25, 45), (1, 4), ["USD", "PEN"], 4, S),
    ("110819", "Kudzu-root starch (hon-kuzu), 100 g packs", "import", ["post"], ["JP"], (30, 60), (1, 3), ["JPY", "EUR"], 10, S),
    ("220299", "Nopal cactus drink, pasteurised, 1 l cartons", "import", ["sea"], ["MX"], (1.2, 2.2), (6000, 14000), ["USD"], 1, S),
    ("250100", "Rock salt for winter gritting, 25 kg sacks", "import", ["road"], ["BA", "RS"], (0.08, 0.15), (18000, 24000), ["EUR"], 0.04, S),
    ("441520", "Dadant hive bodies, new, untreated pine, flat-packed", "export", ["sea"], ["MA", "TN"], (3, 5), (4000, 10000), ["EUR"], 0.1, S),
    ("392010", "Food-grade HDPE honey pails, 25 kg, new", "export", ["sea"], ["ET", "TZ"], (2.5, 4), (3000, 8000), ["EUR"], 0.8, S),
    ("392490", "Expanded-polystyrene beehives, new, food-safe", "export", ["road"], ["RS", "MD"], (8, 14), (2000, 6000), ["EUR"], 0.25, S),
    ("392690", "Plastic queen excluders and frame spacers", "export", ["air"], ["GE", "AM"], (6, 10), (200, 800), ["EUR"], 2, S),
    ("271220", "Paraffin wax, fully refined, slabs", "export", ["sea"], ["EG", "MA"], (1, 1.6), (15000, 22000), ["EUR"], None, S),
    ("251320", "Garnet blasting abrasive, new, 80 mesh", "export", ["sea"], ["TN", "MA"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("711311", "Silver-palladium dental alloy, new, 50 g ingots", "export", ["air"], ["IN", "US"], (300, 600), (1, 10), ["EUR"], 20, S),
    ("853222", "Aluminium electrolytic capacitors, new, boxed", "export", ["road"], ["UA", "RS"], (20, 40), (500, 2000), ["EUR"], 20, S),
    ("282540", "Nickel hydroxide, battery grade, drums", "export", ["sea"], ["KR", "CN"], (10, 16), (4000, 12000), ["EUR"], None, S),
    ("850760", "Lithium-ion e-bike batteries, new, boxed", "export", ["road"], ["NO", "CH"], (40, 70), (1000, 4000), ["EUR"], 0.3, S),
    ("281121", "Carbon dioxide, compressed, 10 kg cylinders", "import", ["sea"], ["CN", "TR"], (1.5, 3), (2000, 6000), ["USD", "EUR"], 0.05, S),
    ("210690", "Liquid smoke flavouring, water-based, 1 l", "import", ["road"], ["TR", "RS"], (3, 6), (2000, 6000), ["EUR"], 1, S),
    ("290532", "Propylene glycol USP, drums", "import", ["sea"], ["US", "CN"], (1.4, 2.2), (10000, 20000), ["USD"], None, S),
    ("392111", "XPS insulation boards, CO2-blown", "import", ["road"], ["TR", "RS"], (2, 3.5), (3000, 8000), ["EUR"], 0.5, S),
    ("841939", "Electric food-dehydrating cabinets, no refrigerant circuit", "import", ["sea"], ["IN", "CN"], (4, 8), (3000, 8000), ["USD"], 0.02, S),
    ("340290", "Record-cleaning fluid, water-based, 500 ml", "import", ["post"], ["US", "JP"], (10, 20), (1, 3), ["USD"], 2, S),
    ("340391", "Water-based mould-release agent, drums", "import", ["sea"], ["BR", "KR"], (1.5, 3), (6000, 16000), ["USD"], None, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.07, S),
    ("680299", "Replica Maya stone carvings, new, resin and limestone", "import", ["post"], ["MX", "GT"], (20, 40), (1, 3), ["USD"], 1, S),
    ("830629", "Brass processional-cross replicas, new, Lalibela style", "import", ["air"], ["ET"], (10, 20), (100, 400), ["USD"], 2, S),
    ("680291", "Carved stone honey-jar stands, new, machine-cut", "import", ["air"], ["NP", "IN"], (3, 6), (200, 800), ["USD"], 0.2, S),
    ("950590", "Souvenir replica coins, brass, boxed sets", "import", ["post"], ["TR", "GR"], (30, 60), (1, 3), ["EUR"], 20, S),
    ("701890", "Lampwork glass beads, new, Murano style", "import", ["express"], ["CN", "IN"], (40, 80), (1, 2), ["USD"], 400, S),
    ("852589", "Thermal cameras for beekeepers, 160 x 120, 9 Hz", "export", ["air"], ["US", "CA"], (300, 600), (20, 100), ["EUR"], 2, S),
    ("843880", "Mead-brewing tanks, open, non-sterilisable, stainless", "export", ["sea"], ["EG", "PK"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("841950", "Plate heat exchangers for honey warming, stainless", "export", ["sea"], ["TR", "AM"], (15, 25), (500, 2000), ["EUR"], 0.05, S),
    ("442199", "Wooden hive frames, pine, wired, flat-packed", "export", ["road"], ["RS", "UA"], (1.5, 3), (2000, 8000), ["EUR"], 2, S),
    ("441990", "Beech-wood honey dippers", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 5000), ["USD"], 40, S),
    ("090230", "Tie Guan Yin oolong tea, rolled, vacuum packs", "import", ["air"], ["CN", "TW"], (15, 30), (100, 400), ["USD"], None, S),
    ("140490", "Polished coconut-shell bowls", "import", ["sea"], ["PH", "VN"], (1, 2), (2000, 6000), ["USD"], 1.2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630491", "Crocheted cotton table runners", "import", ["sea"], ["IN", "CN"], (6, 10), (2000, 6000), ["USD"], 6, N),
        ("950420", "Billiard cues, ash wood, with cases", "import", ["sea"], ["CN", "VN"], (8, 14), (2000, 5000), ["USD"], 1.5, N),
        ("920890", "Referee whistles, plastic, with lanyards", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
        ("950691", "Jump ropes, PVC cord with plastic handles", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind250", 20671101, HERE)


if __name__ == "__main__":
    main()
