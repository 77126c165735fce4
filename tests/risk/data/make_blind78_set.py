#!/usr/bin/env python3
"""Writes the seventy-eighth blind set (tests/risk/data/blind78-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2039, with goods, routes,
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
declaration would. Ids are BL78-*:

    python3 tests/risk/data/make_blind78_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2039, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2039
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESROAD01", "road", "AD", [], "ES", "310210",
         "Endurent de pistes d'esquí (urea), 10 sacs de 25 kg", "AD", 250, 10, 180, "EUR",
         "race pistes are hardened with urea or ammonium nitrate by ski clubs, which buy through their federation; "
         "these ten sacks of round white prills turn ice-cold in water and melt and fizz on a hot plate, and the "
         "inner bags read 'N 34,4 %': ammonium nitrate (Annex I to Regulation 2019/1148 at 16 % N or more), "
         "brought in a private van from Andorra for a private person in Lleida who runs no ski club; Catalan wording "
         "(ammonium nitrate repeats in many sets; a piste-hardener cover from Andorra in Catalan is new as far as a "
         "search found)", person("Jordi Puig", "ES")),
        ("PRE-02", "import", "DKAIR01", "express", "JP", [], "DK", "381400",
         "3Dプリンター用レジン洗浄液, 4 x 1 L", "JP", 4.6, 4, 9000, "JPY",
         "resin-printer wash is isopropanol or a glycol ether at about 0.8-0.95 kg/l; these four litres weigh "
         "1.14 kg/l, do not dissolve the cured resin and the inner labels read 'ニトロメタン': nitromethane (Annex I "
         "above 16 %), sent by express from Osaka to a private person in Aarhus who owns no resin printer; Japanese "
         "wording (nitromethane repeats in many sets and a 3D-printing cover appears in a few; from Japan in Japanese to "
         "Denmark is the new part)", person("Privatperson", "DK")),
        ("PRE-03", "import", "SEROAD01", "road", "NO", [], "SE", "340290",
         "Terrasserens med oksalsyre, 4 x 5 l", "NO", 22.6, 4, 1600, "NOK",
         "deck brighteners are oxalic-acid powders or weak solutions at about 1.0 kg/l; these four cans weigh "
         "1.13 kg/l, have vented caps, fizz on wood and bleach the skin white: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), in a private car from Halden for a private person in Karlstad; Norwegian wording "
         "(hydrogen peroxide repeats in many sets and deck cleaners in several; oxalic-acid deck cleaner by car from "
         "Norway to Sweden is new as far as a search found)", person("Privatperson", "SE")),
        ("PRE-04", "import", "HUPOST01", "post", "RS", [], "HU", "252020",
         "Зубни гипс класе IV, 5 x 1 kg", "RS", 5, 5, 2500, "RSD",
         "dental stone is a yellow or pink gypsum that sets hard with water; these five bags of white, gritty "
         "crystals do not set, burn fiercely with sugar and carry CAS 7778-74-7 on the inner bags: potassium "
         "perchlorate (Annex I above 40 %), posted from Subotica to a private person in Szeged who runs no dental "
         "laboratory; Serbian Cyrillic wording (potassium perchlorate repeats in many sets and a dental-plaster cover "
         "appears once; by post from Serbia in Cyrillic is new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-05", "import", "IEAIR01", "express", "GB", [], "IE", "284019",
         "Borax powder for slime making, kids' craft, 5 x 1 kg", "GB", 5, 5, 35, "GBP",
         "craft borax is a soft, soapy decahydrate that dissolves slowly; these five tubs of fine white crystals "
         "dissolve at once, feel cold, flare on a hot plate and carry 'NaClO3' on the inner bags: sodium chlorate "
         "(Annex I above 40 %), sent by express from Manchester to a private person in Cork; English wording (sodium chlorate repeats in many sets, and borax covers appear twice; a children's "
         "slime-craft cover is new as far as a search found)", person("Mr D. Murphy", "IE")),
        ("PRE-06", "import", "DKAIR01", "express", "US", [], "DK", "382499",
         "Rust converter, phosphoric-acid based, for vintage motorcycles, 4 x 1 qt", "US", 5.3, 4, 60, "USD",
         "rust converters are milky tannin or phosphoric-acid liquids at about 1.1-1.2 kg/l; these four quarts are "
         "water-clear to yellow, weigh 1.41 kg/l, fume brown when opened and stain the skin yellow: about 68 % nitric "
         "acid (Annex I above 3 %), sent by express from Ohio to a private person in Odense although corrosive "
         "liquids need dangerous-goods declaration; US English wording (nitric acid repeats in many sets; a rust-"
         "converter cover appears once; for vintage motorcycles to Denmark is the new part)", person("Privatperson", "DK")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "285390",
         "Apă distilată pentru acumulatori, 10 x 5 l", "MD", 64, 10, 600, "MDL",
         "battery top-up water is distilled water at 1.00 kg/l; these ten cans weigh 1.28 kg/l, are slightly oily "
         "and char a paper towel: sulphuric acid of about 37 %, battery-electrolyte strength (Annex I above 15 %), "
         "in a private car at Sculeni for a private person in Iași; Romanian wording (sulphuric acid repeats in "
         "many sets and distilled-water covers in a few; battery electrolyte declared as its own top-up water from "
         "Moldova is new as far as a search found)", person("Persoană fizică", "RO")),
        ("PRE-08", "import", "BGSEA01", "sea", "GE", [], "BG", "310260",
         "კალციუმის ნიტრატი, სასათბურე, 15.5 % N, 25 კგ ტომრები", "GE", 24000, 960, 7200, "USD",
         "greenhouse calcium nitrate is a 15.5 % N double salt that cakes grey-white; these sacks hold round white "
         "prills at 34.4 % N with the maker's ammonium-nitrate batch codes, for a Varna garden-centre chain that "
         "re-bags them in 5 kg sacks for hobby gardeners: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to the public, shipped from Poti; Georgian wording (ammonium nitrate repeats in many sets and "
         "calcium-nitrate covers in several; from Georgia to Bulgaria in Georgian is new as far as a search found)",
         firm("Gradina Plus EOOD", "BG")),
        ("PRE-09", "import", "BGAIR01", "express", "TR", [], "BG", "340590",
         "Kuyumcu cila pastası, 20 çubuk", "TR", 4, 20, 900, "TRY",
         "a jeweller's bench order to a private address: polishing bars and hand tools are ordinary, but the third "
         "item's 'ultrasonic cleaning liquid' weighs 1.40 kg/l, fumes brown and yellows the skin: about 65 % nitric "
         "acid (Annex I above 3 %), the last item of a three-item declaration sent by express from Istanbul's "
         "Kapalıçarşı to a private person in Plovdiv who keeps no workshop; Turkish wording (nitric acid repeats in "
         "many sets and multi-item hobby orders in several; a jewellers' bench order from Istanbul to Bulgaria is new "
         "as far as a search found)",
         dict(person("Частно лице", "BG"),
              _more_items=[item("820559", "Kuyumcu el aletleri seti", "TR", 2, 600, "TRY", qty=1),
                           item("340290", "Ultrasonik temizleme sıvısı, 3 x 1 l", "TR", 4.2, 300, "TRY", qty=3)])),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "310420",
         "食品级氯化钾 (低钠盐原料), 20 t", "CN", 20000, 800, 14000, "USD",
         "food-grade potassium chloride is a salty-bitter, cubic crystal that does not burn; these sacks hold "
         "monoclinic white crystals that taste cool, not salty, and sputter violet on a hot plate, with CAS 3811-04-9 "
         "on the inner liners: potassium chlorate (Annex I above 40 %), for a Łódź web shop that sells 'salt "
         "substitute' in 1 kg packs to the public; Chinese wording (potassium chlorate repeats in many sets; as "
         "potassium chloride salt substitute by rail to Poland is new as far as a search found)",
         firm("Sól i Zdrowie Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "SKROAD01", "road", "SK", [], "UA", "440111",
         "Palivové drevo, borovica, štiepané, 22 t", "SK", 22000, None, 1100, "EUR",
         "split pine firewood is pale and smells of resin; these are cut lengths of old utility poles, green-"
         "grey through and through with CCA salts and black creosote ends: treated wood waste (17 02 04*), hazardous "
         "waste whose export to a non-OECD country is banned (Regulation 2024/1157, Basel), for a Uzhhorod 'fuel "
         "depot'; Slovak wording (creosote sleepers and treated wood repeat in several sets; utility poles split as "
         "firewood by road to Ukraine is new as far as a search found)", {"importer_country": "UA"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "CN", "284690",
         "Seltenerd-Leuchtstoffkonzentrat, 18 t", "DE", 18000, None, 9000, "EUR",
         "rare-earth phosphor concentrates are clean, assayed white powders sold by yttrium and europium content at "
         "tens of euros a kilo; this is grey powder with glass splinters, end-caps and a mercury assay of 0.3 %, at "
         "0.50 EUR/kg: crushed fluorescent-lamp fines (20 01 21* / 19 12 11*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Ganzhou 'rare-earth separator'; German wording (lamp waste repeats in "
         "several sets; as a rare-earth phosphor concentrate to China is new as far as a search found)",
         {"importer_country": "CN"}),
        ("WST-03", "export", "ROROAD01", "road", "RO", [], "MD", "850760",
         "Module baterii Li-ion second-life, testate, pentru stocare, 8 t", "RO", 8000, 400, 8000, "EUR",
         "second-life modules are graded, with test reports and state-of-health labels; these are crash-damaged "
         "electric-car modules with swollen cells, burnt busbars and no reports, at 1 EUR/kg: waste lithium-ion "
         "batteries (16 06 01* class, hazardous), whose export to a non-OECD country is banned, for a Chișinău "
         "'energy storage' firm; Romanian wording (second-life battery covers repeat in several sets; by road from "
         "Romania to Moldova is the new part)", {"importer_country": "MD"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "EG", "290531",
         "Glicole monoetilenico tecnico, 20 IBC", "IT", 20000, 20, 4000, "EUR",
         "technical MEG is water-clear and sold at about 0.8 EUR/kg; these IBCs hold green and pink used coolant with "
         "oil film, metal fines and 40 % water, at 0.20 EUR/kg: waste antifreeze (16 01 14*), hazardous waste "
         "whose export to a non-OECD country is banned, for an Alexandria 'glycol distributor'; Italian wording "
         "(waste antifreeze repeats in a few sets; as technical MEG by sea to Egypt is new as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "MY", "390330",
         "Broyé ABS noir, régénéré, 24 t", "FR", 24000, None, 3600, "EUR",
         "ABS regrind is washed, single-polymer and sold by melt-flow index; this is mixed black shred from TV and "
         "printer housings with bromine on the XRF gun, screws and circuit scraps, at 0.15 EUR/kg: WEEE plastic "
         "with brominated flame retardants (POP waste, Basel A3210), whose export to a non-OECD country is banned, "
         "for a Klang 'recycler'; French wording (WEEE plastic repeats in several sets; as black ABS regrind from "
         "France to Malaysia is new as far as a search found)", {"importer_country": "MY"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "IN", "281820",
         "Alúmina activada regenerada, bolas, 20 t", "ES", 20000, None, 3000, "EUR",
         "regenerated activated-alumina desiccant is white and dust-free; these are grey-black extrudates smelling "
         "of sulphur and oil, with a nickel and molybdenum assay: spent hydrotreating catalyst (16 08 02*), "
         "hazardous waste whose export to a non-OECD country is banned, from Huelva for a Mundra 'desiccant "
         "trader'; Spanish wording (spent catalysts repeat in many sets; as activated-alumina balls is new as far as "
         "a search found)", {"importer_country": "IN"}),
        ("WST-07", "transit", "DESEA01", "sea", "NO", ["DE"], "IN", "711299",
         "Silver alloy scrap, dental, 600 kg", "NO", 600, None, 90000, "USD",
         "dental silver-alloy scrap is clean filings sold by silver content; these drums hold amalgam capsules, "
         "separator sludge and extracted teeth with fillings, grey and heavy with mercury: dental amalgam waste "
         "(18 01 10*), hazardous waste in transit through Hamburg to an Indian 'refiner' without notification, "
         "whose export to a non-OECD country is banned; English wording (amalgam waste repeats in several sets; in "
         "transit from Norway through Hamburg is the new part)", {"importer_country": "IN"}),
        ("WST-08", "export", "PTAIR01", "air", "PT", [], "AO", "851713",
         "Telemóveis usados, testados, grau B, 800 kg", "PT", 800, 4000, 4000, "EUR",
         "grade-B phones are tested, wiped and boxed at 30-80 EUR each; these are loose phones at 1 EUR each with "
         "shattered screens, swollen batteries and water damage, no test sheets: WEEE (hazardous parts, 16 02 13*) "
         "whose export to a non-OECD country is banned, flown from Lisbon to a Luanda market trader; Portuguese "
         "wording (used phones repeat in a few sets; by air to Angola is new as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "AL", "253090",
         "Terra vegetale per giardini, 26 t", "IT", 26000, None, 520, "EUR",
         "garden topsoil is brown, crumbly and smells of earth; this load is dark, oily, smells of diesel and holds "
         "brick and asphalt lumps: soil contaminated with hydrocarbons from a fuel-depot clean-up (17 05 03*), "
         "hazardous waste whose export to a non-OECD country is banned, on the Bari-Durrës ferry; Italian wording "
         "(contaminated soil repeats once as topsoil; to Albania as garden soil is new as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-10", "export", "HURAIL01", "rail", "HU", [], "RS", "260700",
         "Ólomérc-koncentrátum, 60 t", "HU", 60000, None, 30000, "EUR",
         "lead concentrate is galena-rich ore from a mine with an assay of sulphide lead; these wagons carry "
         "grey-white paste with sulphate lead, acid smell and plastic battery chips: lead-acid battery paste "
         "(16 06 01* / 19 hazardous residues), hazardous waste whose export to a non-OECD country is banned, for a "
         "Serbian 'smelter'; Hungarian wording (lead paste repeats in two sets; as ore concentrate by rail to Serbia "
         "is new as far as a search found)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("ODS-01", "export", "BGROAD01", "road", "BG", [], "MK", "382769",
         "Хладилен агент R-407C, 30 бутилки", "BG", 340, 30, 4500, "EUR",
         "R-407C is a zeotropic HFC blend sold in brown cylinders; these grey-green cylinders hold a single-"
         "substance gas whose pressure-temperature reading fits R-22: chlorodifluoromethane (HCFC-22), whose export "
         "out of the Union is banned (Regulation 2024/590), by lorry to Skopje; Bulgarian wording (R-22 as HFC "
         "blends repeats in many sets; exported from Bulgaria to North Macedonia is new as far as a search found)",
         {"importer_country": "MK"}),
        ("ODS-02", "import", "ITSEA01", "sea", "CN", [], "IT", "290359",
         "HFO-1233zd(E) refrigerant for centrifugal chillers, 12 drums", "CN", 3000, 12, 36000, "USD",
         "HFO-1233zd(E) boils at 18 °C and has near-zero ODP; these drums boil at 27 °C and the gas chromatograph "
         "finds 2,2-dichloro-1,1,1-trifluoroethane: HCFC-123, whose import into the Union is banned (Regulation "
         "2024/590), shipped from Ningbo to Genoa for chiller service; English wording (HFO covers for HCFC-123 repeat "
         "in several sets; to Italy by sea from Ningbo is the new part)", firm("Frigo Servizi Liguria Srl", "IT")),
        ("ODS-03", "import", "CZPOST01", "post", "AM", [], "CZ", "381400",
         "Растворитель для обувного клея, 6 x 1 л", "AM", 8, 6, 20000, "AMD",
         "shoe-adhesive thinners are acetone and toluene mixtures that burn and weigh about 0.8 kg/l; these bottles "
         "weigh 1.33 kg/l, do not burn and smell sweet: 1,1,1-trichloroethane (methyl chloroform), whose import is "
         "banned (Regulation 2024/590), posted from Gyumri to a private person in Brno; Russian wording (methyl "
         "chloroform repeats in many sets; as shoe-glue thinner from Armenia is new as far as a search found)",
         person("Soukromá osoba", "CZ")),
        ("ODS-04", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "290322",
         "三氯乙烯, 工业脱脂级, 40 桶", "CN", 12000, 40, 14000, "USD",
         "trichloroethylene weighs 1.46 kg/l and is stabilised for vapour degreasers; these drums weigh 1.59 kg/l, "
         "carry no stabiliser and the infrared spectrum matches carbon tetrachloride: CTC, whose import is banned "
         "outside licensed feedstock and laboratory uses (Regulation 2024/590), by rail to Duisburg for a metal-"
         "cleaning trader; Chinese wording (CTC repeats in many sets and a tetrachloroethylene cover in several; "
         "as trichloroethylene by rail is new as far as a search found)", firm("Rhein-Ruhr Entfettung GmbH", "DE")),
        ("ODS-05", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "סולפוריל פלואוריד לחיטוי מבנים, 20 גלילים", "IL", 1400, 20, 7000, "USD",
         "sulfuryl fluoride for structural fumigation is sold without a warning agent; these cylinders carry "
         "2 % chloropicrin, the usual warning agent of methyl bromide, and the detector reads bromomethane: bromomethane, whose "
         "import is banned outside quarantine and pre-shipment exceptions under licence (Regulation 2024/590), "
         "shipped from Ashdod to Limassol for a pest-control firm; Hebrew wording (methyl bromide repeats in many "
         "sets and sulfuryl-fluoride covers in several; from Israel to Cyprus in Hebrew is new as far as a search found)",
         firm("Kypros Pest Control Ltd", "CY")),
        ("ODS-06", "import", "GRSEA01", "sea", "EG", [], "GR", "847989",
         "مزيلات رطوبة منزلية R-290, 400 قطعة", "EG", 6000, 400, 24000, "USD",
         "R-290 dehumidifiers carry a flammable-gas mark and small charges; these units carry R-22 on the "
         "compressor plate under the sticker and 300 g charges: products containing HCFC-22, whose import is "
         "banned (Regulation 2024/590), shipped from Alexandria to Piraeus; Arabic wording (HCFC-charged appliances "
         "repeat in many sets and dehumidifiers in several; from Egypt in Arabic is new as far as a search found)",
         firm("Ygrasia Hellas AE", "GR")),
        ("ODS-07", "import", "CZAIR01", "express", "VN", [], "CZ", "382499",
         "Bình vá lốp khẩn cấp, 24 bình", "VN", 12, 24, 120, "USD",
         "tyre inflator-sealers use HFC-134a or propane-butane; these cans, under 'HFC' stickers, carry a "
         "chlorodifluoroethane propellant: HCFC-142b in products, whose import is banned (Regulation 2024/590), sent "
         "by express from Hanoi to a private person in Prague's Sapa market; Vietnamese wording (HCFC-142b repeats in "
         "several sets and tyre-inflator covers in a few; from Vietnam is new as far as a search found)",
         person("Nguyen Van Long", "CZ")),
        ("ODS-08", "import", "IEAIR01", "air", "IN", [], "IE", "901890",
         "Cryotherapy freeze spray for wart removal, DME/propane, 300 cans", "IN", 90, 300, 1500, "USD",
         "wart freeze sprays use dimethyl ether and propane; these cans are non-flammable and the safety sheet "
         "lists dichlorodifluoromethane: CFC-12 in products, whose import is banned (Regulation 2024/590), flown "
         "from Mumbai to Dublin for a pharmacy wholesaler; Indian English wording (CFC-12 repeats in many sets and "
         "freeze sprays in several; wart cryotherapy from India to Ireland is new as far as a search found)",
         firm("Liffey Pharma Supplies Ltd", "IE")),
        ("ODS-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "Refrigerant gas R-410A, 13.3 lb disposable cylinders, 900 pcs", "CN", 5400, 900, 30000, "USD",
         "R-410A comes in rose cylinders at 40 bar; these rose cylinders reach only 10 bar at 25 °C and the "
         "pressure fits R-22; disposable cylinders are banned too: HCFC-22 shipped from Shanghai through Koper in "
         "transit to Belgrade without the licence Regulation 2024/590 requires for controlled substances; "
         "English wording (R-22 as R-410A repeats in many sets; in transit through Koper to Serbia is new as far as a "
         "search found)", {"importer_country": "RS"}),
        ("ODS-10", "import", "BGROAD01", "road", "TR", [], "BG", "741110",
         "Bakır soğutma borusu, 50 rulo", "TR", 500, 50, 6000, "USD",
         "a refrigeration contractor's order from İstanbul: copper pipe and brazing rods are ordinary, but the third "
         "item's 'R-134a, 13.6 kg' cylinders read 9 bar at 20 °C and hold R-22: HCFC-22 in disposable cylinders, "
         "whose import is banned (Regulation 2024/590), the last item of a three-item declaration at Kapitan "
         "Andreevo; Turkish wording (HCFC-22 repeats in many sets; hidden in a copper-pipe order by lorry from Türkiye "
         "is new as far as a search found)",
         dict(firm("Klimatik Sofia EOOD", "BG"),
              _more_items=[item("831130", "Gümüş lehim çubukları, 10 kg", "TR", 10, 900, "USD", qty=10),
                           item("290345", "Soğutucu gaz R-134a, 13,6 kg, 8 tüp", "TR", 109, 800, "USD", qty=8)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "MN", [], "DE", "630790",
         "Хийморийн туг, даавуун, 10 ширхэг", "MN", 2, 10, 30, "USD",
         "new prayer flags are printed cotton squares; this parcel holds hand-written loose leaves of a Buddhist "
         "sutra in gold ink on blue paper with worn edges, from a monastery collection: manuscripts whose export "
         "from Mongolia is banned and whose import is barred (UNESCO 1970; Regulation 2019/880, Art. 3), posted "
         "from Ulaanbaatar to a private person in Leipzig; Mongolian Cyrillic wording (Mongolian goods repeat in "
         "several sets; sutra leaves as prayer flags is new as far as a search found)", person("Herr T. Krause", "DE")),
        ("CUL-02", "import", "ATAIR01", "air", "TH", [], "AT", "691390",
         "แจกันเซรามิก ของตกแต่ง ทำใหม่, 6 ใบ", "TH", 30, 6, 300, "USD",
         "new decor vases are glazed and sharp-edged; these are buff jars with red swirl paint, soil in the pores "
         "and old breaks: Ban Chiang prehistoric pottery, archaeological objects whose export from Thailand is "
         "banned and whose import needs a licence (Regulation 2019/880), flown from Bangkok to Vienna; Thai wording "
         "(Ban Chiang repeats in a few sets; as new decor vases by air to Austria is new as far as a search found)",
         firm("Siam Deko Handels GmbH", "AT")),
        ("CUL-03", "export", "ITAIR01", "express", "IT", [], "CH", "491191",
         "Stampa decorativa incorniciata, riproduzione, 1 pezzo", "IT", 3, 1, 80, "EUR",
         "a framed decorative print is a flat, even image; this is a red-chalk figure study on laid paper with a "
         "watermark and collectors' marks, a late-sixteenth-century Bolognese drawing worth far above 15,000 EUR: a "
         "drawing that needs an export licence (Regulation 116/2009) and an Italian export certificate, sent by "
         "express from Bologna to a Geneva dealer; Italian wording (old-master paintings repeat in many sets; a "
         "drawing as a framed print by express to Switzerland is new as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-04", "export", "ESPOST01", "post", "ES", [], "US", "491191",
         "Láminas de caligrafía impresas, pósters, 12 unidades", "ES", 1.5, 12, 60, "EUR",
         "printed calligraphy posters are glossy paper; these are vellum leaves of a fifteenth-century antiphonary "
         "with square notation and illuminated initials, cut from a choir book: manuscripts that need an export "
         "licence whatever their value (Regulation 116/2009) and are Spanish heritage, posted from Toledo to a US "
         "dealer; Spanish wording (antiphonary leaves appear once; as printed posters by post to the US is new as "
         "far as a search found)", {"importer_country": "US"}),
        ("CUL-05", "import", "ESAIR01", "air", "BO", [], "ES", "711411",
         "Platería 925 nueva, artesanía paceña, 14 piezas", "BO", 18, 14, 1200, "USD",
         "new 925 silverware is bright, stamped and even; these are hammered colonial pieces, a chalice, a monstrance "
         "ray and altar frontal plaques with old repairs and church inventory numbers: colonial Potosí silver whose "
         "export from Bolivia is banned and whose import is barred (UNESCO 1970; Regulation 2019/880, Art. 3), "
         "flown from La Paz to Madrid; Bolivian Spanish wording (Potosí silver repeats in several sets; as new La Paz "
         "silverware by air is new as far as a search found)", firm("Plata del Alto SL", "ES")),
        ("CUL-06", "import", "FRSEA01", "sea", "TN", [], "FR", "690723",
         "Carreaux zellige artisanaux, neufs, 40 cartons", "TN", 1200, 40, 2400, "EUR",
         "new zellige tiles are glazed, square and uniform; under the top layer these cartons hold panels of small "
         "limestone tesserae set in old mortar, cut from a Roman floor near El Jem: mosaic fragments, archaeological "
         "objects whose export from Tunisia is banned and whose import needs a licence (Regulation 2019/880), shipped "
         "from Radès to Marseille; French wording (Roman mosaics repeat in several sets; as zellige tiles from Tunisia "
         "is new as far as a search found)", firm("Atlas Céramiques SARL", "FR")),
        ("CUL-07", "transit", "DEAIR01", "air", "LB", ["DE"], "CA", "711620",
         "Stone beads for jewellery making, assorted, 2 kg", "LB", 2, 60, 200, "USD",
         "jewellery beads are round and machine-drilled; these are sixty engraved cylinder seals of haematite and "
         "chalcedony with carved cuneiform and worn drilling: Mesopotamian antiquities of Syrian origin whose trade "
         "is banned (Regulation 36/2012, Art. 11c) and whose import is barred (Regulation 2019/880), flown from Beirut "
         "through Frankfurt in transit to a Montreal dealer; English wording (cylinder seals repeat in several sets; "
         "as jewellery beads in transit to Canada is new as far as a search found)", {"importer_country": "CA"}),
        ("CUL-08", "export", "GRROAD01", "road", "GR", [], "RS", "970191",
         "Χειροποίητη εικόνα, νέα, αγιογραφία, 1 τεμ.", "GR", 14, 1, 300, "EUR",
         "new hand-painted icons are on fresh gessoed boards with bright egg tempera; this is a cracked, "
         "smoke-darkened sixteenth-century panel with a cut top edge and iconostasis fixing holes: a monument "
         "element that needs an export licence whatever its value (Regulation 116/2009) and is Greek heritage "
         "(Law 4858/2021), in a car at Evzoni bound for a Belgrade buyer; Greek wording (icons repeat in many sets; "
         "as a new icon by road from Greece to Serbia is new as far as a search found)", {"importer_country": "RS"}),
        ("CUL-09", "import", "NLSEA01", "sea", "VN", [], "NL", "940360",
         "Tủ sơn mài, đồ nội thất, 40 chiếc", "VN", 4000, 40, 16000, "USD",
         "a lacquer-furniture container: cabinets and screens are ordinary, but the third item's 'reproduction "
         "ceramic jars' are blue-and-white Chu Đậu stoneware with sea encrustation and salvage tags, from a fifteenth-"
         "century wreck: underwater cultural heritage whose export from Vietnam is banned and whose import needs a "
         "licence (Regulation 2019/880), the last item of a three-item declaration shipped from Hải Phòng to "
         "Rotterdam; Vietnamese wording (shipwreck porcelain repeats in several sets; Chu Đậu ware in a furniture "
         "container is new as far as a search found)",
         dict(firm("Lotus Interieur BV", "NL"),
              _more_items=[item("442090", "Bình phong sơn mài, 20 chiếc", "VN", 600, 3000, "USD", qty=20),
                           item("691390", "Chum gốm sao phỏng, 12 chiếc", "VN", 60, 240, "USD", qty=12)])),
        ("CUL-10", "import", "DESEA01", "sea", "BR", [], "DE", "680292",
         "Placas de calcário ornamental, polidas, 30 caixas", "BR", 3000, 30, 3000, "USD",
         "polished limestone slabs are flat and plain; these split nodules show whole fossil fish and a pterosaur "
         "wing bone from the Santana Formation: fossils, federal property of Brazil whose export is banned (Decree-"
         "Law 4146/1942; UNESCO 1970 art. 1(a)) and whose import is barred (Regulation 2019/880, Art. 3), shipped "
         "from Fortaleza to Hamburg; Brazilian Portuguese wording (Santana fossils repeat in several sets; as "
         "ornamental limestone is new as far as a search found)", firm("Steinwelt Import GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "853710",
         "Steuerungen für Industrienähmaschinen, 12 Stück", "DE", 360, 12, 180000, "EUR",
         "sewing-machine controls cost a few hundred euros; these twelve are five-axis CNC controls with "
         "simultaneous contouring at 15,000 EUR each, for an Almaty trader that supplies Russian machine-tool "
         "users: goods whose supply for use in Russia is banned (Regulation 833/2014, Annex VII and the common "
         "high-priority list), sent by rail across Russia; German wording (CNC controls repeat in several sets; as "
         "sewing-machine controls by rail is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "PLPOST01", "post", "PL", [], "KZ", "852589",
         "Kamery cofania do samochodów, 10 szt.", "PL", 2, 10, 25000, "EUR",
         "reversing cameras cost 30-100 EUR; these ten are uncooled 640 x 512 microbolometer cores at 2,500 EUR "
         "each, for a private address in Aktobe that forwards to Russian drone makers: thermal imaging modules on "
         "the common high-priority list (Regulation 833/2014) that need an export licence (6A003, Regulation "
         "2021/821); Polish wording (thermal cores repeat in many sets; as reversing cameras by post to Kazakhstan "
         "is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "AE", "854511",
         "Elettrodi di grafite per elettroerosione, 40 blocchi", "IT", 4000, 40, 120000, "EUR",
         "EDM graphite is medium-grain and costs 10-20 EUR/kg; these blocks are ultra-fine-grain isostatic "
         "graphite of 1.90 g/cm3 at 30 EUR/kg, for a Jebel Ali trader with an Iranian missile-programme end user: "
         "fine-grain graphite (1C107) that needs an export licence (Regulation 2021/821) and whose supply to Iran is "
         "banned (Regulation 267/2012); Italian wording (graphite repeats in several sets; as EDM electrodes from "
         "Italy is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "TR", "840790",
         "Ottomotoren für Stromaggregate, 2-Takt, 6 Stück", "DE", 120, 6, 54000, "EUR",
         "generator engines are single-cylinder and cheap; these six are 50-hp four-cylinder two-stroke boxer "
         "engines of the kind used in one-way attack drones, at 9,000 EUR each, for an Istanbul trader with an "
         "Iranian end user: engines whose supply for use in Iran is banned (Regulation 2023/1529 on drones and "
         "missiles); German wording (drone engines repeat in several sets; as generator engines by air to Istanbul "
         "is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-05", "export", "HUAIR01", "air", "HU", [], "UZ", "870830",
         "Fékbetétek és féktárcsák teherautókhoz, 8 készlet", "HU", 640, 8, 96000, "EUR",
         "lorry brake sets cost a few hundred euros; these are carbon multi-disc brake assemblies with aircraft part "
         "numbers for regional jets, at 12,000 EUR each, for a Tashkent firm that supplies Russian airlines: aircraft "
         "parts whose supply for use in Russia is banned (Regulation 833/2014, Art. 3c); Hungarian wording (aircraft "
         "parts repeat in many sets; as lorry brakes by air to Uzbekistan is new as far as a search found)",
         {"importer_country": "UZ"}),
        ("STR-06", "export", "ESAIR01", "express", "ES", [], "AM", "903033",
         "Kit de reparación de televisores, 2 unidades", "ES", 30, 2, 56000, "EUR",
         "TV repair kits are multimeters and soldering tools; these two are 26.5 GHz real-time signal analysers at "
         "28,000 EUR each, for a Yerevan firm that forwards to Russia: goods on the common high-priority list whose "
         "supply for use in Russia is banned (Regulation 833/2014) and that need an export licence (3A002); Spanish "
         "wording (signal analysers and Armenian forwarders repeat in several sets; as TV repair kits by express from "
         "Spain is new as far as a search found)", {"importer_country": "AM"}),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "LB", "152000",
         "Glycérine végétale USP, 16 fûts", "BE", 3200, 16, 6400, "EUR",
         "vegetable glycerine is sweet, viscous and odourless; these drums hold a slightly ammoniacal, less viscous "
         "liquid that the lab identifies as 2,2',2''-nitrilotriethanol: triethanolamine (1C350, CWC Schedule 3) that "
         "needs an export licence (Regulation 2021/821), for a Beirut trader with a Syrian end user (Regulation "
         "36/2012); French wording (triethanolamine repeats in several sets; as USP glycerine from Antwerp is new as "
         "far as a search found)", {"importer_country": "LB"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "TR", "900110",
         "Bobines de fibre optique pour réseaux FTTH, 6 pièces", "FR", 9, 6, 90000, "EUR",
         "FTTH fibre is sold on kilometre drums at cents a metre; these six are small potted polarisation-"
         "maintaining fibre coils with sealed housings and connectors, at 15,000 EUR each: sensing coils for fibre-"
         "optic gyroscopes (7A002/7A003 class) that need an export licence (Regulation 2021/821), for an Istanbul "
         "trader with a Russian end user (Regulation 833/2014); French wording (fibre-optic gyros repeat in several "
         "sets; as FTTH coils by air to Türkiye is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "TR", "847710",
         "Spritzgießmaschine, gebraucht, 1 Stück", "DE", 14000, 1, 380000, "EUR",
         "a used injection-moulding machine has a hopper, screw and clamping unit; this one has three rollers and a "
         "mandrel and numerical control: a flow-forming machine (2B109) that needs an export licence (Regulation "
         "2021/821), shipped from Hamburg to a Mersin trader for an Iranian missile-motor maker (Regulation 267/2012); "
         "German wording (flow-forming machines repeat in several sets; as a used injection-moulding machine by "
         "sea to Türkiye is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "PLROAD01", "road", "PL", [], "BY", "852691",
         "Odbiorniki GPS do ciągników, 30 szt.", "PL", 9, 30, 900, "EUR",
         "tractor GPS receivers are sealed roof units with a cable for the steering console, at 30 EUR declared "
         "each here; these thirty are bare multi-band GNSS timing modules with anti-jam firmware of the kind built "
         "into drones, worth about 400 EUR each, in a tractor dealer's van at Kukuryki for Hrodna: goods on the "
         "common high-priority list whose supply to Belarus is banned (Regulation 765/2006); Polish wording (GNSS "
         "modules repeat in several sets; as tractor receivers by road to Belarus is new as far as a search found)",
         {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "UY", [], "ES", "030484",
         "Filetes de pez espada congelados, 20 t", "UY", 20000, None, 80000, "USD",
         "swordfish loins are pinkish-white with dense flesh and a dark bloodline; these are grey-blue, soft, smell "
         "of ammonia when thawed and carry skin denticles: blue shark (Prionace glauca, CITES App. II since 2023), "
         "shipped from Montevideo to Vigo without a CITES permit; Rioplatense Spanish wording (blue shark repeats in "
         "a few sets; as swordfish fillets from Uruguay is new as far as a search found)", firm("Pescados Ría SL", "ES")),
        ("WLF-02", "import", "DEAIR01", "air", "PY", [], "DE", "330741",
         "Palitos de palo santo (Bursera graveolens), 300 kg", "PY", 300, 600, 3000, "USD",
         "Bursera palo santo is pale, light and smells of citrus; these sticks are dense, olive-green, sink in water "
         "and smell of guaiac: Bulnesia sarmientoi (CITES App. II), flown from Asunción to Frankfurt without a CITES "
         "permit; Paraguayan Spanish wording (Bulnesia repeats in several sets; as Bursera palo santo sticks by air is "
         "new as far as a search found)", firm("Aroma Natur GmbH", "DE")),
        ("WLF-03", "import", "NLAIR01", "express", "ZA", [], "NL", "210690",
         "Garcinia cambogia extract powder, 5 kg", "ZA", 5, 5, 900, "USD",
         "garcinia extract is an orange-brown, sour powder; this pale-green, bitter powder tests for P57 glycosides: "
         "Hoodia gordonii (CITES App. II) without an export permit or the controlled-harvest label, sent by express "
         "from Cape Town to a private person in Rotterdam who sells slimming capsules; South African English wording "
         "(Hoodia repeats in a few sets; as garcinia extract by express is new as far as a search found)",
         person("Dhr. J. Visser", "NL")),
        ("WLF-04", "import", "DKPOST01", "post", "ID", [], "DK", "392640",
         "Replika scrimshaw dari resin, 8 buah", "ID", 2.4, 8, 80, "USD",
         "resin scrimshaw replicas are light and show casting seams; these are heavy conical teeth with a "
         "pulp cavity and growth rings, hand-engraved: sperm-whale teeth (Physeter macrocephalus, CITES App. I), "
         "posted from Lembata to a private person in Esbjerg without permits; Indonesian wording (sperm-whale teeth "
         "repeat in a few sets; as resin scrimshaw replicas from Indonesia is new as far as a search found)",
         person("Privatperson", "DK")),
        ("WLF-05", "import", "ESROAD01", "road", "MA", [], "ES", "691390",
         "Poteries souvenirs, tajines décoratifs, 12 pièces", "MA", 25, 12, 60, "EUR",
         "decorative tagines are hollow and light; under the lids of these twelve are live young tortoises with "
         "yellow-black shells and thigh spurs: spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A in the "
         "Union), in a car on the Tanger Med-Algeciras ferry for a private person in Málaga; French wording (Testudo "
         "graeca repeats in a few sets; under souvenir tagines by car is new as far as a search found)",
         person("Particular", "ES")),
        ("WLF-06", "import", "ITSEA01", "sea", "PH", [], "IT", "392490",
         "Mangkok na resin, dekorasyon, 200 piraso", "PH", 1800, 200, 2000, "USD",
         "resin bowls are light and uniform; these are heavy, wavy-edged white shells with scutes and growth lines: "
         "giant-clam shells (Tridacna spp., CITES App. II) without an export permit, shipped from Cebu to Genoa; "
         "Tagalog wording (giant clam repeats in several sets; as resin bowls from the Philippines is new as far as a "
         "search found)", firm("Casa Mare Arredo Srl", "IT")),
        ("WLF-07", "import", "BESEA01", "sea", "CM", [], "BE", "440728",
         "Iroko scié (Milicia excelsa), 40 m³", "CM", 28000, None, 24000, "EUR",
         "iroko is yellow-brown with interlocked grain and calcium deposits; these planks are finer-grained, "
         "yellow with green streaks and darken fast, with no stone deposits: afrormosia (Pericopsis elata, CITES "
         "App. II) without a CITES permit, shipped from Douala to Antwerp; French wording (afrormosia repeats in a "
         "few sets; as iroko from Cameroon is new as far as a search found)", firm("Bois Tropicaux Anvers SA", "BE")),
        ("WLF-08", "transit", "DEAIR01", "air", "UG", ["DE"], "CN", "120799",
         "Dried shea nut kernels, samples, 6 bags", "UG", 60, 6, 120, "USD",
         "shea kernels are oily, round and brown; these bags hold flat, ridged, keratin plates that do not crush and "
         "smell of horn: pangolin scales (Manis spp., CITES App. I), flown from Entebbe through Frankfurt in transit "
         "to Guangzhou; English wording (pangolin scales repeat in many sets; as shea kernels from Uganda is new as "
         "far as a search found)", {"importer_country": "CN"}),
        ("WLF-09", "import", "CZPOST01", "post", "MY", [], "CZ", "060290",
         "Anak pokok Nepenthes hibrid, kultur tisu, 12 pasu", "MY", 1.5, 12, 240, "USD",
         "tissue-culture hybrids arrive in flasks or plugs, uniform and clean-rooted; these twelve are mature "
         "rosettes with wild soil, moss and old pitchers: Nepenthes rajah (CITES App. I), dug on Mount Kinabalu and "
         "posted from Kota Kinabalu to a private person in Olomouc; Malay wording (Nepenthes repeats in a few sets; "
         "as tissue-culture hybrids from Sabah is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("WLF-10", "import", "DEAIR01", "air", "ID", [], "DE", "030111",
         "Ikan hias air tawar: neon tetra, 2.000 ekor", "ID", 40, 2000, 600, "USD",
         "an aquarium wholesaler's order: neon tetras and shrimps are what it sells, but the third item's "
         "'silver arowana' are red-finned, gold-scaled young fish: Asian arowana (Scleropages formosus, CITES App. I) "
         "without captive-breeding papers or microchips, the last item of a three-item declaration flown from Jakarta "
         "to Frankfurt; Indonesian wording (Asian arowana repeats in several sets; as silver arowana in a mixed "
         "aquarium order is new as far as a search found)",
         dict(firm("Aqua Tropica Handels GmbH", "DE"),
              _more_items=[item("030636", "Udang hias (Neocaridina), 1.000 ekor", "ID", 10, 200, "USD", qty=1000),
                           item("030111", "Arwana perak (Osteoglossum), 20 ekor", "ID", 8, 400, "USD", qty=20)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "GB", "IE", "280800",
     "Nitric acid 68 %, 4 x 1 l, for a licensed private user (motorcycle restorer)", "GB", 5.6, 4, 60, "GBP",
     [("PRECURSOR_LICENCE", "IE-DOJ-39-0041")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESROAD01", "road", "AD", "ES", "310230",
     "Ammonium nitrate 34.4 % N, piste hardener, 10 x 25 kg, for a licensed ski-club groundsman", "AD", 250, 10,
     200, "EUR",
     [("PRECURSOR_LICENCE", "ES-MIR-39-0012")], "ammonium nitrate above 16 % N to a licensed user"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854999",
     "Crushed fluorescent-lamp fines (19 12 11*), for mercury recovery at a licensed plant, 18 t", "CH",
     18000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-39-0137")], "notified lamp waste to a licensed mercury-recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "381590",
     "Spent hydrotreating catalyst, Ni-Mo on alumina (16 08 02*), for metal recovery, 20 t", "NO",
     20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-39-0088")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-05", "ozone", "import", "FRROAD01", "road", "CH", "FR", "290372",
     "HCFC-123 recovered from a chiller, 4 drums, for destruction at a licensed plant", "CH", 1000, 4, 0, "EUR",
     [("ODS_LICENCE", "FR-DGEC-ODS-39-011")], "recovered HCFC-123 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290314",
     "Carbon tetrachloride, 40 drums, feedstock for a licensed fluorochemical process", "US", 12000, 40, 14000,
     "USD", [("ODS_LICENCE", "NL-RVO-ODS-39-006")], "carbon tetrachloride for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970121",
     "Red-chalk figure study, Bologna, about 1590, for a Geneva collection", "IT", 3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-39-0214")], "old-master drawing exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "GRROAD01", "road", "GR", "RS", "970121",
     "Icon of St Nicholas, egg tempera, 19th century, loan to a Belgrade museum exhibition", "GR", 12, 1, 18000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-39-0031")], "icon exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "NO", "900110",
     "Polarisation-maintaining fibre sensing coils, 6, for a Norwegian research institute", "FR", 9, 6, 90000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-39-0412"), ("END_USER_CERTIFICATE", "NO-EUC-39-0055")],
     "dual-use gyroscope coils under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "854511",
     "Fine-grain isostatic graphite blocks, 20, for a Bengaluru semiconductor-equipment maker", "IT", 2000, 20,
     60000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-39-0188"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-39-0072")],
     "dual-use fine-grain graphite under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "PY", "DE", "440122",
     "Bulnesia sarmientoi wood chips for oil distillation, 300 kg, within the national quota", "PY", 300, None,
     3600, "USD", [("CITES_PERMIT", "PY-MADES-39-0095")], "App. II palo santo wood with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "030111",
     "Asian arowana (Scleropages formosus), captive-bred, microchipped, 20", "ID", 8, 20, 6000, "USD",
     [("CITES_PERMIT", "ID-KLHK-39-0311")], "App. I arowana from a registered breeding operation with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-02": "Club d'Esquí Pallars", "PRM-06": "Delta Fluorochemie BV",
    "PRM-07": "Fondation Rive Gauche", "PRM-11": "Aroma Natur GmbH", "PRM-12": "Aqua Tropica Handels GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("310210", "Urea 46 % N, granular fertiliser, big bags", "import", ["sea"], ["EG", "DZ"], (0.3, 0.5), (18000, 24000), ["USD"], None, S),
    ("381400", "Isopropyl alcohol 99 %, resin-printer wash, 1 l", "import", ["express"], ["JP", "US"], (8, 15), (1, 4), ["USD", "JPY"], 1, S),
    ("340290", "Oxalic-acid deck brightener, 1 kg tubs", "import", ["road"], ["NO"], (2, 4), (1000, 4000), ["NOK", "EUR"], 1, S),
    ("252020", "Dental stone type IV, 25 kg cartons", "import", ["road"], ["RS", "CH"], (1.5, 3), (2000, 6000), ["EUR"], 0.04, S),
    ("284019", "Borax decahydrate, craft grade, 500 g tubs", "import", ["express"], ["GB"], (8, 15), (1, 3), ["GBP"], 2, S),
    ("382499", "Rust converter, tannin-based, 1 l", "import", ["express"], ["US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("285390", "Distilled water for batteries and steam irons, 5 l", "import", ["road"], ["MD", "UA"], (0.1, 0.3), (10000, 20000), ["EUR"], 0.2, S),
    ("310260", "Calcium nitrate 15.5 % N, greenhouse grade, 25 kg", "import", ["sea"], ["GE", "NO"], (0.3, 0.5), (18000, 24000), ["USD", "EUR"], 0.04, S),
    ("340590", "Jewellers' polishing compound bars", "import", ["express"], ["TR"], (20, 40), (1, 3), ["TRY", "EUR"], 5, S),
    ("310420", "Potassium chloride, food grade, 25 kg sacks", "import", ["rail"], ["CN"], (0.6, 1), (18000, 22000), ["USD"], 0.04, S),
    ("440131", "Wood pellets, ENplus certified, 15 kg bags", "export", ["road"], ["MD", "UA"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.07, S),
    ("284690", "Yttrium-europium oxide phosphor, assayed, drums", "import", ["sea"], ["CN"], (30, 60), (500, 2000), ["USD"], None, S),
    ("850760", "Lithium-ion storage modules, new, with test reports", "export", ["road"], ["MD", "UA"], (80, 150), (2000, 8000), ["EUR"], 0.05, S),
    ("290531", "Monoethylene glycol, fibre grade, IBCs", "export", ["sea"], ["EG", "MA"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("390330", "ABS granules, virgin, natural", "export", ["sea"], ["MY", "VN"], (1.6, 2.2), (18000, 24000), ["EUR"], None, S),
    ("281820", "Activated alumina desiccant balls, new", "import", ["sea"], ["IN", "CN"], (1, 2), (10000, 20000), ["USD"], None, S),
    ("851713", "Smartphones, refurbished with 12-month warranty, boxed", "export", ["air"], ["AO", "NG"], (150, 300), (300, 1000), ["EUR"], 5, S),
    ("260700", "Lead concentrate, galena, assayed", "import", ["sea"], ["PE", "AU"], (1.5, 2.5), (18000, 24000), ["USD"], None, S),
    ("290359", "HFO-1233zd(E) for centrifugal chillers, drums", "import", ["sea"], ["US", "CN"], (8, 14), (2000, 6000), ["USD"], 0.004, S),
    ("381400", "Modified-alcohol degreasing solvent, drums", "import", ["rail"], ["CN"], (2, 4), (10000, 18000), ["USD"], 0.005, S),
    ("847989", "Desiccant-rotor dehumidifiers, refrigerant-free", "import", ["sea"], ["CN", "EG"], (8, 14), (2000, 6000), ["USD"], 0.07, S),
    ("741110", "Refined copper tubes for air-conditioning, coils", "import", ["road"], ["TR"], (9, 12), (2000, 8000), ["USD", "EUR"], 0.1, S),
    ("630790", "Printed cotton prayer flags, new", "import", ["post"], ["NP", "MN"], (20, 40), (1, 3), ["USD"], 50, S),
    ("691390", "Glazed ceramic decor vases, new", "import", ["sea"], ["TH", "VN"], (2, 4), (3000, 8000), ["USD"], 0.3, S),
    ("491191", "Framed art prints, reproductions", "export", ["express"], ["CH", "US"], (40, 80), (1, 4), ["EUR"], 0.5, S),
    ("711411", "Sterling silverware, new, hallmarked", "import", ["air"], ["BO", "PE"], (300, 600), (10, 40), ["USD"], 0.5, S),
    ("690723", "Zellige tiles, new, handmade", "import", ["sea"], ["MA", "TN"], (3, 6), (4000, 12000), ["EUR"], 30, S),
    ("711620", "Semi-precious stone beads for jewellery", "import", ["post"], ["IN", "CN"], (40, 80), (1, 2), ["USD"], 100, S),
    ("970191", "Hand-painted icons, new, egg tempera", "export", ["road"], ["RS", "MK"], (80, 160), (20, 80), ["EUR"], 0.2, S),
    ("940360", "Lacquered wooden cabinets, new", "import", ["sea"], ["VN"], (4, 7), (3000, 8000), ["USD"], 0.05, S),
    ("680292", "Polished limestone slabs", "import", ["sea"], ["BR", "EG"], (0.5, 1), (18000, 24000), ["USD"], None, S),
    ("853710", "Servo control boxes for sewing machines", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 0.2, S),
    ("852589", "Car reversing cameras, retail boxed", "import", ["express"], ["CN"], (60, 120), (1, 3), ["USD"], 4, S),
    ("152000", "Vegetable glycerine USP, drums", "export", ["sea"], ["LB", "JO"], (1.5, 2.5), (3000, 9000), ["EUR"], 0.004, S),
    ("854470", "FTTH fibre-optic drop cable, drums", "export", ["air"], ["TR", "GE"], (6, 12), (200, 800), ["EUR"], 0.01, S),
    ("870830", "Lorry brake pads and discs, new", "export", ["road"], ["RS", "MK"], (4, 8), (2000, 8000), ["EUR"], 0.2, S),
    ("330741", "Palo santo incense sticks (Bursera graveolens)", "import", ["air"], ["PE", "EC"], (8, 15), (100, 400), ["USD"], 20, S),
    ("210690", "Garcinia cambogia extract capsules", "import", ["express"], ["IN", "US"], (40, 80), (1, 3), ["USD"], 10, S),
    ("392640", "Resin scrimshaw replicas, nautical decor", "import", ["post"], ["US", "CN"], (30, 60), (1, 2), ["USD"], 4, S),
    ("691390", "Decorative tagines, painted earthenware", "import", ["road"], ["MA"], (2, 4), (2000, 6000), ["EUR"], 0.5, S),
    ("392490", "Resin serving bowls, shell-effect", "import", ["sea"], ["PH", "CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("440728", "Iroko sawn timber (Milicia excelsa), kiln-dried", "import", ["sea"], ["CM", "CI"], (0.8, 1.2), (18000, 28000), ["EUR"], None, S),
]
# Everyday trade: blind68's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with EVERYDAY_2032_ADDED and blind68's eight rows of its own),
# with four new rows instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701337", "Glass drinking tumblers, boxed sets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 2, N),
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 5, N),
        ("630140", "Polyester fleece blankets", "import", ["sea"], ["CN", "PK"], (3, 5), (4000, 10000), ["USD"], 1, N),
        ("691110", "Porcelain coffee mugs", "import", ["sea"], ["CN", "TH"], (2, 4), (4000, 10000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind78", 20390301, HERE)


if __name__ == "__main__":
    main()
