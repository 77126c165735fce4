#!/usr/bin/env python3
"""Writes the three-hundred-and-eighteenth blind set (tests/risk/data/blind318-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: luggage, travel goods and airport
duty-free retail (suitcase and travel-bag makers and wholesalers, travel-accessory importers
and web shops, leather-goods shops, airport duty-free and souvenir shops and their suppliers).
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
only where a real declaration would. Ids are BL318-*:

    python3 tests/risk/data/make_blind318_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "CN", [], "CZ", "340290",
         "白色PC行李箱外壳增白清洁凝胶, 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "the shell cleaners sold for white polycarbonate suitcases are mild, thick surfactant gels of about 1.0 "
         "kg/l; these six half-litre bottles hold a water-clear, runny liquid of 1.13 kg/l with vented caps that "
         "whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by "
         "express from Shenzhen to a private person in Brno who resells 'suitcase whitening' on a marketplace; "
         "Chinese wording (hydrogen peroxide repeats in many sets and whitening labels on it in a few, blind228 and "
         "blind264; a white-suitcase shell-whitening label was found in no earlier row by a keyword search)",
         person("Jana Dvořáková", "CZ")),
        ("PRE-02", "import", "FRAIR01", "air", "IN", [], "FR", "340319",
         "சூட்கேஸ் ஜிப் மற்றும் டெலஸ்கோப் கைப்பிடி மசகு திரவம், 1 லிட்டர், 24 பாட்டில்கள்", "IN", 27.4, 24, 220, "USD",
         "zip and telescopic-handle lubricants for luggage are silicone or PTFE sprays and light oils of 0.8-0.9 "
         "kg/l; these 24 litre bottles hold a thin, oily, faintly fruity liquid of 1.14 kg/l that does not "
         "lubricate and dries off the metal, and the filler's drum label under the sticker reads 'CH3NO2', for a "
         "Lyon travel-accessory web shop that sells the litres on to model-engine hobbyists: nitromethane (Annex I "
         "above 16 %) made available to members of the public, flown from Chennai; Tamil wording (nitromethane "
         "repeats in many sets; a luggage zip-lubricant label was found in no earlier row by a keyword search)",
         firm("Horizon Bagagerie SARL", "FR")),
        ("PRE-03", "import", "ITSEA01", "sea", "CN", [], "IT", "382499",
         "旅行电热水壶除垢剂, 1升装, 1,000瓶", "CN", 1840, 1000, 1500, "USD",
         "descalers for travel kettles are citric or sulphamic powders or 10-20 % acid liquids in sachets and small "
         "bottles; these 1,000 litre bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop "
         "of water and chars the carton where it leaked, for a Milan travel-goods wholesaler whose web shop sells "
         "the bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Ningbo to Genoa; Chinese wording (sulphuric acid repeats in many sets and descaler "
         "labels on it in a few; a travel-kettle descaler label was found in no earlier row by a keyword search)",
         firm("Meridian Valigeria Srl", "IT")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "282720",
         "여행 가방용 제습제 (염화칼슘), 1 kg 봉지, 300봉", "KR", 300, 300, 1500, "USD",
         "suitcase and wardrobe moisture absorbers are calcium chloride flakes that turn to brine in a few days; "
         "these 300 bags hold a white, crystalline powder that stays dry in damp air, dissolves slowly, flares "
         "with sugar on a hot plate and whose inner liners read 'KClO4', for a Frankfurt luggage web shop selling "
         "1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Incheon; Korean wording (potassium perchlorate repeats in many sets and desiccant "
         "labels in several, a calcium-chloride moisture-absorber label once, blind293, kept as a repeat of the label; a "
         "suitcase moisture absorber from Korea is the new part as far as a search found)",
         firm("Nordhafen Reisegepäck GmbH", "DE")),
        ("PRE-05", "import", "GRSEA01", "sea", "TR", [], "GR", "310210",
         "Seyahat ilk yardım çantaları için soğuk kompres üresi, 25 kg çuval, 480 çuval", "TR", 12000, 480, 3800,
         "USD",
         "the urea for instant cold packs in travel first-aid kits is small, white, odourless prills at 46 % N; "
         "these 480 sacks hold prills that test at 34 % N, smell faintly of ammonia when wet and melt and fume on a "
         "hot plate, for a Thessaloniki travel-accessory maker that re-packs them in 1 kg 'refill' bags sold to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from "
         "Mersin to Thessaloniki; Turkish wording (ammonium nitrate repeats in many sets and urea labels on it in "
         "several, kept as a repeat of that family; a travel cold-pack refill label was found in no earlier row)",
         firm("Delta Travel Accessories AE", "GR")),
        ("PRE-06", "import", "ATPOST01", "post", "TH", [], "AT", "380894",
         "เม็ดฟอกน้ำดื่มสำหรับนักเดินทาง (NaDCC), 4 x 500 กรัม", "TH", 2.0, 4, 3600, "THB",
         "travel water-purification tablets are small, individually foiled NaDCC tablets of a few milligrams of "
         "chlorine; these four tubs hold loose, white crystals with no smell that flare on a match with sugar and "
         "whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Bangkok to a private "
         "person in Graz; Thai wording (sodium chlorate repeats in many sets and water-tablet labels in a few; a "
         "traveller's water-tablet label from Thailand is the new part as far as a search found)",
         person("Herr M. Gruber", "AT")),
        ("PRE-07", "import", "NLAIR01", "air", "VN", [], "NL", "340290",
         "Dung dịch ngâm làm sạch răng giả, 1 lít, 120 chai", "VN", 168, 120, 480, "USD",
         "denture soaking solutions are mild, blue, perborate or enzyme liquids of about 1.0 kg/l; these 120 "
         "bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for an "
         "Utrecht dental-supply web shop selling them to the public: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Ho Chi Minh City to Amsterdam; Vietnamese wording "
         "(nitric acid repeats in many sets and denture-cleaner covers in a few, on other precursors; a denture-soak "
         "label on nitric acid is the new part as far as a search found; "
         "not of the emphasised trade)", firm("Atlantic Dental Supplies BV", "NL")),
        ("PRE-08", "import", "ESSEA01", "sea", "ID", [], "ES", "382499",
         "Kristal anti-jamur untuk penyimpanan tas dan koper kulit, kantong 1 kg, 800 kantong", "ID", 800, 800, 3200,
         "USD",
         "anti-mould crystals for storing leather bags and suitcases are silica gel or a little thymol on a carrier; "
         "these 800 bags hold shiny, white flakes that crackle and spit violet sparks on a hot iron, and the maker's "
         "sheet in the container gives CAS 3811-04-9, for a Valencia leather-goods wholesaler that sells the bags "
         "in its shops: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from Surabaya; Indonesian wording (potassium chlorate repeats in many sets; an anti-mould label for "
         "leather luggage was found in no earlier row by a keyword search)", firm("Rivage Marroquinería SL", "ES")),
        ("PRE-09", "import", "NLAIR01", "air", "KE", [], "NL", "382499",
         "Unga wa kuhifadhi maua yaliyokatwa, pakiti 1 kg, 500", "KE", 500, 500, 600, "USD",
         "cut-flower food is a sugar-and-citric powder in 5 g sachets; these 500 packets hold a soft, white, "
         "hygroscopic powder that turns damp in the hold, dissolves at once and burns fiercely with sugar, for an "
         "Aalsmeer flower-supply shop selling them over the counter: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Nairobi; Swahili wording (sodium perchlorate repeats "
         "in many sets and flower-food labels in a few; from Kenya in Swahili is the new part as far as a search "
         "found; not of the emphasised trade)", firm("Vega Bloemen Benodigdheden BV", "NL")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Koncentrat za dezinfekciju podova u duty-free prodavnicama, kanister 10 l, 200 kanistera (1. od 3 pošiljke)",
         "RS", 2400, 200, 1800, "EUR",
         "the floor sanitisers airport duty-free shops use are quaternary-ammonium concentrates of about 1.0 kg/l "
         "that foam; these 200 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for "
         "a Budapest cleaning wholesaler that sells the cans to anyone: about 50 % hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public, at Röszke; Serbian wording (hydrogen peroxide and splits "
         "over three vans repeat in many sets, kept as a repeat; a duty-free shop floor-sanitiser label was found "
         "in no earlier row)", firm("Central Tisztítószer Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "420212",
         "Gebruikte harde koffers, gesorteerd, 9.000 stuks", "NL", 36000, 9000, 9000, "EUR",
         "used hard-shell suitcases for the Lagos second-hand market are empty shells graded by size; these 9,000 "
         "are 'smart' suitcases that airlines stopped accepting, each with its built-in lithium power bank and "
         "charging board still in the lining, many swollen, dented or punctured, taken back by a Dutch luggage "
         "chain: waste lithium-ion batteries in waste electrical equipment (hazardous, e-waste under the Basel "
         "amendments), whose export to a non-OECD country is banned, from Rotterdam to Lagos; Dutch wording (used "
         "suitcases once, blind155, on other goods; smart suitcases with their batteries were found in no earlier "
         "row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Scaglie di policarbonato da gusci di valigie, macinato, 20 t", "IT", 20000, None, 3000, "EUR",
         "polycarbonate regrind from suitcase shells is clean, dry, sorted flakes; these big bags hold a sticky, "
         "grey-green paste of lacquer overspray, solvent-wet filters and cured paint skins with a few flakes on "
         "top, scraped out of the spray booths of a Bergamo suitcase factory's shell-coating line: waste paint and "
         "varnish with organic solvents (08 01 13*), hazardous waste whose export to a non-OECD country is banned, "
         "from La Spezia to Sfax for a 'plastics recycler'; Italian wording (paint sludge repeats in several sets; a "
         "suitcase-shell regrind label was found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CD", "420212",
         "Valises et sacs à dos, neufs, 3.000 pièces", "BE", 9000, 3000, 21000, "EUR",
         "a travel-goods container for Kinshasa: new suitcases and backpacks are what Brussels wholesalers ship to "
         "the Zando market, but the third item's 'adaptateurs de voyage et batteries externes, testés' are 1.6 t of "
         "returned and swollen travel power banks and cracked adapters from a Belgian travel-accessory web shop's "
         "returns cage, at 0 V: waste lithium-ion batteries and e-waste (hazardous, A1180), whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Antwerp; Belgian "
         "French wording (dead batteries behind new goods repeat in many sets; returned travel power banks behind "
         "suitcases were found in no earlier row)",
         dict({"importer_country": "CD"},
              _more_items=[item("420292", "Trousses de toilette, neuves, 4.000 pièces", "BE", 1200, 6000, "EUR", qty=4000),
                           item("850760", "Adaptateurs de voyage et batteries externes, testés, 8.000 pièces", "BE",
                                1600, 4000, "EUR", qty=8000)])),
        ("WST-04", "export", "SEAIR01", "air", "SE", [], "PK", "847050",
         "Begagnade kassaterminaler för taxfreeförsäljning ombord, testade, 2 000 st.", "SE", 1400, 2000, 6000, "EUR",
         "used handheld point-of-sale terminals for in-flight duty-free sales are tested, wiped and boxed with "
         "their chargers; these cartons hold loose, cracked, dead units with swollen lithium packs lifting the "
         "screens and no chargers, scrapped by a Stockholm in-flight retail supplier and bought by weight by a "
         "Karachi dismantler: waste electrical equipment with lithium batteries (A1180, hazardous), whose export to "
         "a non-OECD country is banned, flown from Arlanda; Swedish wording (e-waste sold as tested equipment "
         "repeats in many sets; in-flight duty-free terminals were found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "350699",
         "Cola de contacto, excedente de fábrica de malas, 400 bidões", "PT", 8000, 400, 2400, "EUR",
         "surplus contact adhesive is sealed, in-date drums with a batch number; these 400 drums are opened, half "
         "full of skinned, gelled polychloroprene glue, solvent rinses and spilt thinner swept up with rags from "
         "the gluing room of a Felgueiras luggage and leather-bag factory: waste adhesives with organic solvents "
         "(08 04 09*), hazardous waste whose export to a non-OECD country is banned, from Leixões to Luanda; "
         "Portuguese wording (waste adhesives repeat in several sets; a luggage factory's glue room was found in no "
         "earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["HU", "RS"], "MK", "902219",
         "Gebrauchte Gepäckdurchleuchtungsanlagen, funktionsfähig, 6 Stück", "AT", 7200, 6, 12000, "EUR",
         "working used baggage X-ray scanners come with a service record and their shielding intact; these six "
         "from a Vienna security contractor were dismantled for scrap, their oil-filled generators leaking, lead "
         "curtains torn off and stacked inside, boards and UPS lead-acid batteries loose in the tunnels, bought by "
         "a Skopje scrap dealer: waste electrical equipment with lead, lead-acid batteries and oil (A1180, 16 02 "
         "13*), hazardous waste whose export to a non-OECD country is banned, on a lorry via Hungary and Serbia; "
         "Austrian German wording (e-waste as working equipment repeats in many sets and baggage-scanner parts "
         "twice, blind135 and blind204, kept as a repeat of the good; whole scanners to North Macedonia are the new "
         "part; an airport good, not of the emphasised retail trade)", {"importer_country": "MK"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "700100",
         "Stakleni krš, čisti, za recikliranje, 18 t", "HR", 18000, None, 540, "EUR",
         "clean cullet is crushed, sorted bottle or flat glass; these bags hold whole and broken fluorescent tubes "
         "and compact lamps, still with end caps and white phosphor dust, pulled out of a Split hotel's "
         "refurbishment: waste lamps containing mercury (20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, at Metković for a Mostar 'glass recycler'; Croatian wording (mercury lamps and cullet "
         "labels repeat in several sets, kept as a repeat; from Croatia to Bosnia is the new part as far as a search "
         "found; not of the emphasised trade)", {"importer_country": "BA"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "271012",
         "Základný olej, rafinovaný, 24 t", "SK", 24000, None, 9600, "EUR",
         "refined base oil is clear, pale and comes with a refinery certificate; this tanker holds black, watery, "
         "metal-laden used engine and gear oil collected from Bratislava garages, with a layer of water and sludge: "
         "waste mineral oils (13 02 05*), hazardous waste whose export to a non-OECD country is banned, at Vyšné "
         "Nemecké for an Uzhhorod 'lubricant blender'; Slovak wording (used oil as base oil repeats in many sets, "
         "kept as a repeat; from Slovakia by tanker is the new part as far as a search found; not of the emphasised "
         "trade)", {"importer_country": "UA"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "MY", "391520",
         "Plastaffald, sorteret, PP/PS, i baller, 12 t", "DK", 12000, None, 1200, "EUR",
         "sorted PP/PS bales are clean, one-polymer packaging; these bales hold unsold disposable e-cigarettes "
         "withdrawn from a Copenhagen airport duty-free shop, each with its lithium cell and nicotine liquid, pressed "
         "with their blister packs: waste electrical equipment with lithium batteries (A1180, hazardous), whose "
         "export to a non-OECD country is banned, from Aarhus to Port Klang; Danish wording (disposable vapes repeat "
         "in a few sets; a duty-free shop's withdrawn vapes under a plastic-bale label were found in no earlier "
         "row)", {"importer_country": "MY"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "391590",
         "Deșeuri de poliuretan de la roți de troler, măcinate, 20 t", "RO", 20000, None, 2000, "EUR",
         "PU trolley-wheel regrind is cured, clean, dry crumb; these drums hold uncured, sticky casting residues "
         "and out-of-date isocyanate prepolymer with a sharp smell, purged from the casting machines of a Brașov "
         "luggage-wheel maker: waste isocyanates (08 05 01*), hazardous waste whose export to a non-OECD country is "
         "banned, at Sculeni for a Bălți 'rubber recycler'; Romanian wording (isocyanate waste repeats in a few "
         "sets; a luggage-wheel regrind label was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "CN", [], "IT", "381400",
         "行李箱托运标签残胶清除剂, 250毫升 x 400瓶", "CN", 124, 400, 500, "USD",
         "the adhesive removers for airline bag-tag residue on suitcases are citrus or isopropanol blends of 0.8 "
         "kg/l that burn; these 400 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C, smell of ether and do "
         "not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from "
         "Guangzhou to Rome for a luggage-repair chain; Chinese wording (HCFC-141b under solvent labels repeats in "
         "many sets; a bag-tag residue remover was found in no earlier row by a keyword search)",
         firm("Alpina Riparazione Valigie Srl", "IT")),
        ("OZN-02", "import", "FRAIR01", "air", "JP", [], "FR", "271112",
         "ライター用補充ガス (免税店向け), 300 ml x 1,200本", "JP", 500, 1200, 360000, "JPY",
         "lighter refill gas for duty-free counters is butane of 0.58 kg/l at 2 bar that lights at once; these "
         "1,200 cans read 5.7 bar at 20 °C, weigh twice what butane allows, do not light at the nozzle and the inner "
         "valve stamps read 'R12': dichlorodifluoromethane (CFC-12), whose import into the Union is banned, flown "
         "from Narita to Paris for a travel-retail supplier of the Roissy shops; Japanese wording (CFC-12 repeats "
         "in many sets and lighter-gas labels on ozone goods in a few, kept as a repeat of the label; a duty-free "
         "refill-gas label was found in no earlier row)", firm("Orion Travel Retail SARL", "FR")),
        ("OZN-03", "import", "DESEA01", "sea", "IN", [], "DE", "381400",
         "ચામડાની બેગ અને સૂટકેસ માટે ડાઘ દૂર કરનાર દ્રાવક, 1 લિટર, 240 બોટલ", "IN", 382, 240, 720, "USD",
         "stain removers for leather bags and suitcases are naphtha or citrus solvents of 0.78-0.85 kg/l that smell "
         "of petrol or orange and burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform "
         "and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, by sea "
         "from Mundra to Hamburg for an Offenbach leather-goods wholesaler; Gujarati wording (carbon tetrachloride "
         "repeats in many sets and spot-remover labels in several, kept as a repeat of the family; a leather-bag "
         "stain-remover label in Gujarati is the new part)", firm("Meridian Lederwaren GmbH", "DE")),
        ("OZN-04", "import", "PTSEA01", "sea", "BR", [], "PT", "390950",
         "Sistema de poliol para espuma de alças de malas de viagem, tambores 200 kg, 60 tambores", "BR", 12000, 60,
         9000, "USD",
         "polyol systems for moulded luggage-handle foam are water- or HFO-blown blends in drums with a data sheet; "
         "these 60 drums release a sweet-smelling gas that boils off at 24 °C and a leak detector names CFC-11: "
         "polyol pre-blended with trichlorofluoromethane (CFC-11), a product containing a controlled substance whose "
         "import into the Union is banned, by sea from Santos to Leixões for a Porto luggage maker; Brazilian "
         "Portuguese wording (CFC-11 in polyol blends repeats in many sets, kept as a repeat; a luggage-handle foam "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Malas de Viagem Lda", "PT")),
        ("OZN-05", "import", "BEAIR01", "air", "TH", [], "BE", "842410",
         "ชุดดับเพลิงแบตเตอรี่ลิเธียมสำหรับร้านค้าปลอดภาษี, 1 กก., 200 ชุด", "TH", 300, 200, 2400, "USD",
         "the lithium-battery fire kits travel-retail shops keep by their power-bank counters hold a water-based "
         "vermiculite agent of about 1.1 kg/l; these 200 red cans hiss, spray a liquid that vanishes into a sweet gas, "
         "and the valve collars read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, flown from Bangkok to Brussels for a "
         "Zaventem airport-shop fitter; Thai wording (halon 1211 repeats in many sets and lithium-battery "
         "extinguisher labels in a few, blind115, blind123, blind264, kept as a repeat of the label; a duty-free "
         "shop kit from Thailand is the new part)", firm("Vega Airport Retail Fittings SA", "BE")),
        ("OZN-06", "transit", "DESEA01", "sea", "HK", ["DE"], "NO", "381400",
         "行李箱拉鍊及輪子清潔劑, 20公升桶, 80桶", "HK", 2100, 80, 4000, "USD",
         "zip and wheel cleaners for suitcases are water-based degreasers of about 1.0 kg/l; these 80 pails hold a "
         "liquid of 1.32 kg/l that does not burn, smells sweet like chloroform and is stamped '1,1,1-TCA' on the "
         "inner drums: 1,1,1-trichloroethane (methyl chloroform), moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Hamburg in transit from Hong Kong to an Oslo luggage-repair "
         "wholesaler; Cantonese wording in traditional characters (methyl chloroform repeats in many sets; a "
         "suitcase zip-and-wheel cleaner in transit through Hamburg to Norway was found in no earlier row)",
         {"importer_country": "NO"}),
        ("OZN-07", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841850",
         "Gebrauchte Weinkühlvitrinen aus einem Flughafen-Duty-free-Geschäft, 24 Stück", "AT", 4800, 24, 3600, "EUR",
         "an airport duty-free shop's old wine-display coolers sold to a Belgrade wine bar: glass-door coolers on "
         "R-290 or R-600a may be exported, but these 24 are 1990s units whose plates read 'R12', with CFC-11-blown "
         "cabinet foam: equipment relying on and containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), on a lorry from Schwechat via Hungary; Austrian German wording (CFC equipment for export and "
         "beverage coolers repeat in many sets, kept as a repeat; a duty-free shop's wine-display coolers were found "
         "in no earlier row)", {"importer_country": "RS"}),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "382762",
         "Холодоагент R-410A, балони 11,3 кг, 140 шт.", "UA", 1580, 140, 8400, "EUR",
         "R-410A comes in refillable pink-band cylinders with a certificate and an HFC quota; these 140 disposable "
         "cylinders read 9.5 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Dorohusk for a Lublin "
         "air-conditioning installer; Ukrainian wording (HCFC-22 under HFC labels repeats in many sets, kept as a "
         "repeat; R-410A cylinders from Ukraine by road are the new part as far as a search found; not of the "
         "emphasised trade)", firm("Delta Klimatyzacja Sp. z o.o.", "PL")),
        ("OZN-09", "import", "FRSEA01", "sea", "TN", [], "FR", "293190",
         "فليورور السلفوريل لتبخير التمور، قوارير 50 كغ، 40 قارورة", "TN", 2000, 40, 6000, "EUR",
         "sulfuryl fluoride for date fumigation comes in heavy steel cylinders with a registration label and no "
         "smell; these 40 cylinders hold a liquid that boils off at 4 °C with a faint chloroform smell, with "
         "applicator hoses and a warning in the crate: methyl bromide, whose import into the Union is banned (no "
         "quarantine exemption remains), by sea from Radès to Marseille for a date-packing house; Tunisian Arabic "
         "wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels on it in a few, kept as a "
         "repeat; from Tunisia is the new part as far as a search found; not of the emphasised trade)",
         firm("Rivage Dattes Import SARL", "FR")),
        ("OZN-10", "import", "DEAIR01", "express", "AZ", [], "DE", "940490",
         "Səyahət boyun yastıqları, 200 ədəd", "AZ", 40, 200, 600, "USD",
         "an express consignment for a Cologne travel-accessory web shop: neck pillows and luggage straps are what "
         "the Baku supplier sends, but the third item's 'səyahət ölçülü dezodorant spreyləri' are 600 100 ml cans "
         "whose propellant a leak detector names CFC-12 and CFC-11, filled in an old plant: aerosol products "
         "containing CFCs, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration; Azerbaijani wording (CFC aerosols repeat in several sets; travel-size deodorants behind "
         "neck pillows from Azerbaijan were found in no earlier row)",
         dict(firm("Horizon Reisebedarf GmbH", "DE"),
              _more_items=[item("630790", "Baqaj kəmərləri, 400 ədəd", "AZ", 40, 400, "USD", qty=400),
                           item("330720", "Səyahət ölçülü dezodorant spreyləri, 600 ədəd", "AZ", 60, 300, "USD",
                                qty=600)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "RS", [], "AT", "830110",
         "Stari katanci za kofere, mesing, 30 komada", "RS", 1.2, 30, 60, "EUR",
         "old brass suitcase padlocks are stamped, sprung 20th-century locks with a small key; these 30 are green, "
         "corroded bronze box-padlocks, barrel locks and key-rings with Roman ward patterns, earth still in the "
         "keyholes: Roman locks and keys (1st-4th century) dug by detectorists on the Danube limes, archaeological "
         "objects whose export Serbia forbids, brought in without the import licence Regulation 2019/880 requires, "
         "posted from Niš to a private collector in Linz; Serbian wording (Roman keys repeat in a few sets and "
         "old-padlock labels twice, blind260 and blind286, on Chinese padlocks; Roman locks under a suitcase-padlock "
         "label are the new part as far as a search found)", person("Herr M. Gruber", "AT")),
        ("CUL-02", "import", "DEAIR01", "air", "EG", [], "DE", "711790",
         "جعارين مقلدة لمحلات السوق الحرة بالمطار، 400 قطعة", "EG", 2, 400, 200, "USD",
         "the replica scarabs sold in Cairo airport's duty-free shops are new, moulded resin or soapstone, all "
         "alike; these 400 are carved glazed-steatite and faience scarabs with worn hieroglyphic bases, chipped "
         "drill holes and sand in the cracks, no two alike: ancient Egyptian scarabs dug at Saqqara and Abydos, "
         "archaeological objects whose export Egypt forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Cairo to Munich for a souvenir dealer; Egyptian Arabic wording (scarabs repeat in "
         "several sets, kept as a repeat of the good; an airport duty-free replica label is the new part)",
         firm("Alpina Souvenir Handel GmbH", "DE")),
        ("CUL-03", "import", "ESAIR01", "express", "PE", [], "ES", "581099",
         "Parches tejidos para maletas, estilo andino, 120 unidades", "PE", 1.5, 120, 90, "USD",
         "Andean-style luggage patches are new, machine-woven or embroidered badges; these 120 are faded, brittle "
         "fragments of cotton and camelid gauze and tapestry with birds and fish, stiff with grave dust: "
         "pre-Columbian Chancay textiles (1000-1470) dug from looted burials, cultural property whose export Peru "
         "forbids, brought in without an import licence (Regulation 2019/880), sent by express from Lima to a "
         "private buyer in Seville; Peruvian Spanish wording (Chancay textiles repeat in a few sets; a "
         "luggage-patch label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-04", "import", "FRAIR01", "air", "JO", [], "FR", "420221",
         "حقائب سفر من جلد الجمل، 300 قطعة", "JO", 360, 300, 6000, "USD",
         "an Amman travel-goods air shipment for a Paris leather-goods shop: camel-leather holdalls and passport "
         "holders are what the supplier sends, but the third item's 'عملات زينة لتعاليق الحقائب' are 500 worn "
         "bronze and silver coins of Nabataean kings and the Decapolis mints, each different, with desert crust in "
         "the letters: archaeological coins dug in Jordan, whose export Jordan forbids, brought in without an "
         "import licence (Regulation 2019/880), hidden as the last item of a three-item declaration; Jordanian "
         "Arabic wording (ancient coins repeat in many sets, and phone-grip coins in blind264; bag-charm coins "
         "behind camel-leather bags were found in no earlier row)",
         dict(firm("Horizon Maroquinerie SARL", "FR"),
              _more_items=[item("420231", "حافظات جوازات سفر جلدية، 1,000 قطعة", "JO", 60, 1500, "USD", qty=1000),
                           item("711810", "عملات زينة لتعاليق الحقائب، 500 قطعة", "JO", 2, 100, "USD", qty=500)])),
        ("CUL-05", "export", "ITSEA01", "sea", "IT", [], "US", "940360",
         "Baule da viaggio in legno, riproduzione, 1 pezzo", "IT", 60, 1, 600, "EUR",
         "a reproduction travelling chest is new pine with stained iron fittings; this one is walnut with "
         "worm-eaten carving, hand-forged strap hinges, an iron lock plate with a maker's mark and a painted coat "
         "of arms inside the lid: a late-16th-century Tuscan forziere, an antique over 100 years old and of the "
         "national heritage, exported without the EU export licence (Regulation 116/2009) and the Italian "
         "attestato, by sea from Livorno to a New York dealer; Italian wording (cassoni and chests repeat in a few "
         "sets; a reproduction travel-chest label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "HK", "420219",
         "Malle de voyage d'occasion, toile enduite, 1 pièce", "FR", 45, 1, 500, "EUR",
         "a used coated-canvas trunk is a 20th-century wardrobe case worth a few hundred euros; this one is an "
         "1880s striped-canvas flat trunk by a Paris trunk-maker, with its original lock number, label and "
         "zinc-lined tray, sold at auction for 90,000 EUR: an antique over 100 years old above the value threshold "
         "of Regulation 116/2009, exported without the EU export licence and the French certificate, flown from "
         "Roissy to a Hong Kong collector; French wording (antique luggage was found in no earlier row; an "
         "undervalued historic trunk is the new part as far as a search found)", {"importer_country": "HK"}),
        ("CUL-07", "import", "LTAIR01", "air", "GE", [], "LT", "711711",
         "მოგზაურის დასაკეცი ხატები, სუვენირი, 20 ცალი", "GE", 4, 20, 300, "USD",
         "the folding travel icons sold in Tbilisi airport's souvenir shops are new, printed triptychs in a "
         "pressed-metal frame; these 20 are chased and gilt silver folding icons with worn enamel, old repairs and "
         "church inventory marks scratched on the backs: 17th-19th century Georgian church icons, cultural property "
         "whose export Georgia forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Tbilisi to Vilnius for an antiques shop; Georgian wording (icons repeat in many sets; a travel-icon "
         "souvenir label from Georgia was found in no earlier row)", firm("Central Antikvariatas UAB", "LT")),
        ("CUL-08", "transit", "FRAIR01", "air", "KH", ["FR"], "US", "691390",
         "Statuettes souvenir pour boutique hors taxes de l'aéroport, 6 pièces", "KH", 28, 6, 120, "USD",
         "souvenir statuettes for Phnom Penh airport's duty-free shop are new cast resin or stone; these six are "
         "sandstone and bronze heads and a Ganesha with weathered surfaces, old breaks at the neck and laterite "
         "dust in the crevices: Khmer sculptures (10th-12th century) taken from temple sites, whose export Cambodia "
         "forbids, landed at Roissy in transit to a New York dealer, against Regulation 2019/880 (Article 3(1)), "
         "which covers transit; Cambodian French wording (Khmer sculptures repeat in many sets, kept as a repeat "
         "of the good; an airport duty-free souvenir label in transit through Paris is the new part)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "air", "ET", [], "BE", "410791",
         "የብራና ቁርጥራጮች ለመጽሐፍ ጠራዥ፣ 3 ኪ.ግ", "ET", 3, None, 90, "USD",
         "parchment offcuts for bookbinders are new, plain, trimmed goat vellum; these 3 kg are leaves written in "
         "Ge'ez in two columns with red rubrics and painted saints, cut from church gospel books: Ethiopian "
         "manuscripts (17th-19th century) taken from monasteries, cultural property whose export Ethiopia forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Addis Ababa to Brussels for a "
         "bookbinder-dealer; Amharic wording (Ethiopian manuscripts repeat in several sets, kept as a repeat; a "
         "bookbinder's parchment label is the new part; not of the emphasised trade)",
         firm("Delta Reliure SPRL", "BE")),
        ("CUL-10", "import", "ESSEA01", "sea", "PH", [], "ES", "442199",
         "Mga estatwang kahoy para sa hardin, bago, 12 piraso", "PH", 240, 12, 600, "USD",
         "new garden statues are pale, freshly carved wood with a machine finish; these 12 are polychrome santos "
         "with glass eyes, worn gilding, candle soot and church inventory numbers on the bases, taken from Bohol "
         "and Iloilo parish churches: religious cultural property whose export the Philippines forbids, brought in "
         "without an import licence (Regulation 2019/880), by sea from Manila to Barcelona for a dealer; Filipino "
         "wording (santos repeat in a few sets, kept as a repeat of the good; a garden-statue label is the new "
         "part; not of the emphasised trade)", firm("Meridian Antigüedades SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "853669",
         "Universal-Reiseadapter mit USB, 5.000 Stück", "DE", 60, 5000, 9000, "EUR",
         "universal travel adapters are plastic plug sets at a few euros; these cartons hold no adapters but reels "
         "of new, sealed high-speed analogue-to-digital converters, FPGAs and RF transceivers with 2078 date codes, "
         "worth twenty times the declared value, for a Bishkek 'travel-accessory wholesaler' set up in January "
         "whose freight goes on to Moscow: integrated circuits on the common high-priority list, whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Frankfurt; German "
         "wording (ICs and FPGAs repeat in many sets; a travel-adapter label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AM", "420212",
         "Cestovní kufry, hliníkové, střední třída, 200 ks", "CZ", 1100, 200, 16000, "EUR",
         "mid-range aluminium suitcases sell at about 80 EUR; these 200 are a premium German brand's grooved "
         "aluminium cabin and check-in cases at 1,100-1,600 EUR retail each, for a Yerevan 'travel shop' whose "
         "orders go on by road to Moscow department stores: luxury leather and travel goods above 300 EUR, whose "
         "sale for use in Russia Regulation 833/2014 (Annex XVIII) forbids, undervalued and for re-export, flown "
         "from Prague; Czech wording (luxury goods to Russia via Armenia repeat in several sets, kept as a repeat; "
         "premium aluminium suitcases were found in no earlier row)", {"importer_country": "AM"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "TR", "681512",
         "Koolstofvezelweefsel voor kofferschalen, 4 t", "NL", 4000, None, 60000, "EUR",
         "the carbon fabric luggage makers laminate into suitcase shells is standard-modulus 3K twill at about 15 "
         "EUR/kg; these rolls are unidirectional high-modulus fibre of over 400 GPa and 4 GPa strength at 250 EUR/kg "
         "on the maker's list, for an Istanbul 'luggage maker' that forwards to Tehran: fibrous materials controlled "
         "under dual-use 1C010 and listed in the Iran regulation, exported without a licence, from Rotterdam; Dutch "
         "wording (carbon fibre repeats in many sets under sporting-goods labels; a suitcase-shell fabric label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "AE", "730451",
         "Tubes télescopiques pour poignées de valises à roulettes, 6 000 pièces", "FR", 9000, 6000, 18000, "EUR",
         "trolley-handle tubes are thin, anodised aluminium extrusions at a few euros; these 6,000 are 1 m "
         "seamless maraging-steel tubes of 75 mm bore with mill certificates reading 2,000 MPa, honed inside, for "
         "a Jebel Ali 'luggage-component trader' whose shipments go on to Bandar Abbas: maraging steel controlled "
         "under dual-use 1C116 and listed in the Iran regulation, exported without a licence, from Le Havre; French "
         "wording (maraging steel repeats in many sets; a trolley-handle tube label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AE"}),
        ("STR-05", "import", "LVROAD01", "road", "KZ", [], "LV", "220860",
         "Водка, производство Казахстан, для магазинов беспошлинной торговли, 24 000 бутылок", "KZ", 18000, 24000,
         36000, "EUR",
         "Kazakh vodka for duty-free shops would come with Kazakh excise marks and a Kostanay or Almaty "
         "distillery's papers; this lorry's bottles carry Moscow-distillery batch codes under the new labels, "
         "Russian excise holes in the caps and a Kazakh certificate of origin issued the week before: Russian vodka, "
         "whose import into the Union Regulation 833/2014 (Annex XXI) forbids, at Terehova for a Riga airport "
         "travel-retail operator; Russian wording from Kazakhstan (Russian goods under Kazakh origin repeat in many "
         "sets, kept as a repeat; vodka for duty-free shops was found in no earlier row)",
         firm("Vega Travel Retail SIA", "LV")),
        ("STR-06", "export", "PLAIR01", "air", "PL", [], "KG", "850131",
         "Silniki do walizek elektrycznych (jeździków), 1 200 szt.", "PL", 600, 1200, 12000, "EUR",
         "the motors of rideable children's suitcases are small brushed 12 V motors at a few euros; these 1,200 are "
         "high-power brushless outrunner motors with 2,000 W ratings and mounting patterns for large drone arms, at "
         "120 EUR each, for a Bishkek 'travel-goods' firm whose forwarder delivers to a Russian drone integrator: "
         "goods on the lists whose export to Russia Regulation 833/2014 forbids, re-exported through Kyrgyzstan, "
         "flown from Warsaw; Polish wording (drone motors repeat in several sets; a ride-on suitcase motor label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "GE", "902519",
         "Termómetros veterinarios infrarrojos, 100 unidades", "ES", 40, 100, 2000, "EUR",
         "veterinary infrared thermometers are handheld spot readers at 20 EUR; these 100 are uncooled "
         "microbolometer thermal camera cores of 640 x 512 pixels at 30 Hz, at 3,000 EUR each, for a Tbilisi "
         "'veterinary supplier' whose orders go on by road to Russia: thermal imaging cameras (dual-use 6A003) "
         "exported without a licence and for re-export to Russia, which Regulation 833/2014 forbids, flown from "
         "Madrid; Spanish wording (thermal cores repeat in many sets; a veterinary-thermometer label was found in "
         "no earlier row; not of the emphasised trade)", {"importer_country": "GE"}),
        ("STR-08", "export", "FISEA01", "sea", "FI", [], "TR", "850440",
         "Taajuusmuuttajat ilmanvaihtopuhaltimille, 30 kpl", "FI", 900, 30, 15000, "EUR",
         "frequency converters for ventilation fans are low-frequency drives of 50-60 Hz output; these 30 are "
         "multiphase drives with 600-2,000 Hz output and under 0.2 % frequency control, for an Istanbul 'HVAC' firm "
         "whose shipments go on to Iran: frequency changers controlled under dual-use 3A225 and listed in the Iran "
         "regulation, exported without a licence, from Helsinki; Finnish wording (3A225 converters repeat in many "
         "sets, kept as a repeat; a ventilation-fan label from Finland is the new part as far as a search found; "
         "not of the emphasised trade)", {"importer_country": "TR"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", [], "RS", "420212",
         "Bőröndök, kabinméret, 600 db", "HU", 2400, 600, 18000, "EUR",
         "a Budapest travel-goods wholesaler's lorry for Belgrade: cabin suitcases and travel-size toiletry "
         "bottles are what the Belgrade shops buy, but the third item's 'úti távcsövek' are 40 thermal-imaging "
         "riflescopes with 640-pixel cores and reticles, at 4,000 EUR each, ordered by a Belgrade firm whose earlier "
         "loads went on to Russia: thermal imaging cameras (dual-use 6A003) and firearm sights, exported without a "
         "licence and for re-export to Russia, which Regulation 833/2014 forbids, hidden as the last item of a "
         "three-item declaration, at Röszke; Hungarian wording (thermal sights repeat in many sets and binocular "
         "labels in a few; kept as a repeat, behind cabin suitcases is the new part as far as a search found)",
         dict({"importer_country": "RS"},
              _more_items=[item("392330", "Úti kozmetikai flakonok, 20.000 db", "HU", 400, 2000, "EUR", qty=20000),
                           item("900510", "Úti távcsövek, 40 db", "HU", 36, 1200, "EUR", qty=40)])),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "PK", "841410",
         "Vacuümpompen voor melkmachines, 12 stuks", "BE", 1800, 12, 14000, "EUR",
         "milking-machine vacuum pumps are oil-lubricated vane pumps of a few hundred litres a minute; these 12 "
         "are large turbomolecular pumps with corrosion-resistant rotors and 5,000 l/s throughput, for a Lahore "
         "'dairy equipment' firm: vacuum pumps controlled under dual-use 2B231 for gas-centrifuge plants, exported "
         "without a licence, from Antwerp; Flemish wording (turbomolecular pumps repeat in several sets and "
         "milking labels in a few; kept as a repeat, to Pakistan from Antwerp is the new part as far as a search "
         "found; not of the emphasised trade)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "ID", [], "IT", "420221",
         "Tas weekend kulit sapi cetak motif ular, 600 buah", "ID", 900, 600, 9000, "USD",
         "snake-print cowhide weekender bags have an embossed, even, repeating pattern and cowhide pores on the "
         "back; these 600 have real overlapping scales that lift at the edges, a belly-scale row down each panel "
         "and no repeat, tanned from wild reticulated python: Malayopython reticulatus (CITES App. II) skin "
         "products without CITES documents, by sea from Jakarta to Naples for a Florence leather-luggage "
         "wholesaler; Indonesian wording (python skins repeat in many sets; a snake-print weekender label was found "
         "in no earlier row by a keyword search)", firm("Orion Pelletteria Srl", "IT")),
        ("WLF-02", "import", "ESAIR01", "express", "CO", [], "ES", "420231",
         "Porta pasaportes en cuero de vaca grabado, 150 unidades", "CO", 9, 150, 450, "USD",
         "embossed cowhide passport holders have a pressed, regular croc pattern and smooth edges; these 150 have "
         "real, irregular scutes with bony osteoderm pits on the back of the leather: spectacled caiman "
         "(Caiman crocodilus, CITES App. II) skin products without CITES documents, sent by express from Bogotá to "
         "a Madrid travel-accessory shop; Colombian Spanish wording (caiman leather repeats in several sets; a "
         "passport-holder label was found in no earlier row by a keyword search)", firm("Atlantic Viaje SL", "ES")),
        ("WLF-03", "import", "FRAIR01", "air", "IN", [], "FR", "621420",
         "پشمینہ سفری شال، ۴۰ عدد", "IN", 6, 40, 2000, "USD",
         "the pashmina travel wraps sold in airport shops are goat-cashmere shawls of 15-16 micron fibre that do "
         "not pass a ring; these 40 are of 9-12 micron fibre with guard hairs under the microscope and each slips "
         "through a finger ring: shahtoosh from the Tibetan antelope (Pantholops hodgsonii, CITES App. I), without "
         "CITES documents, flown from Srinagar via Delhi to Paris for an airport travel-accessory shop; Kashmiri "
         "wording in Perso-Arabic script (shahtoosh repeats in several sets, kept as a repeat of the good; a "
         "pashmina travel-wrap label for airport shops is the new part)", firm("Rivage Boutiques Aéroport SARL", "FR")),
        ("WLF-04", "import", "BEAIR01", "air", "BD", [], "BE", "330749",
         "সিন্থেটিক উদ সুগন্ধি তেল, ডিউটি-ফ্রি দোকানের জন্য, ১২ মিলি, ২,০০০ শিশি", "BD", 30, 2000, 2000, "USD",
         "synthetic oud fragrance oil is a cheap blend in alcohol or DPG at a few dollars a vial; these 2,000 vials "
         "hold thick, dark, smoky-woody oil distilled from resinous agarwood, worth 100 USD a vial, for a Brussels "
         "airport duty-free supplier: agarwood oil (Aquilaria spp., CITES App. II; extracts of Bangladeshi "
         "Aquilaria need an export permit) without CITES documents, flown from Dhaka; Bengali wording (agarwood "
         "repeats in several sets; a synthetic-oud label for duty-free shops was found in no earlier row)",
         firm("Central Duty Free Supplies SA", "BE")),
        ("WLF-05", "import", "DEPOST01", "post", "VN", [], "DE", "960110",
         "Núm kéo khóa vali bằng xương trâu, 200 cái", "VN", 1.0, 200, 40, "USD",
         "buffalo-bone zip pulls for suitcases are dull white, porous on the cut ends, with dark marrow pits; these "
         "200 are creamy and dense with cross-hatched Schreger lines on the end faces: elephant ivory (CITES App. "
         "I) worked into zip pulls, without CITES documents, posted from Hanoi to a private person in Leipzig; "
         "Vietnamese wording (ivory under bone labels repeats in many sets, kept as a repeat; a suitcase zip-pull "
         "label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "ESSEA01", "sea", "PH", [], "ES", "701399",
         "Travel compact mirrors with shell inlay, 3,000 pcs", "PH", 450, 3000, 3000, "USD",
         "shell-inlay compact mirrors use thin capiz or abalone veneer; these 3,000 are set with whole cut sections "
         "of chambered nautilus shell with the pearly septa showing, for a Madrid airport souvenir shop: Nautilus "
         "pompilius (CITES App. II) products without CITES documents, by sea from Cebu to Valencia; Philippine "
         "English wording (nautilus repeats in a few sets; a travel compact-mirror label was found in no earlier row "
         "by a keyword search)", firm("Meridian Tiendas Aeropuerto SL", "ES")),
        ("WLF-07", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "420292",
         "Used travel bags, assorted, 300 kg", "NG", 300, None, 600, "USD",
         "used travel bags are limp, empty and light for their volume; these 300 kg are heavy, rigid bales that "
         "rattle, each bag stuffed with brown, keratinous, overlapping scales with a sour smell: pangolin scales "
         "(Manis and Phataginus spp., CITES App. I), landed at Liège in transit from Lagos to Hanoi without CITES "
         "documents, which specimens in transit through the Union must carry; Nigerian English wording (pangolin "
         "scales repeat in many sets, kept as a repeat; used travel bags in transit through Belgium were found in no "
         "earlier row)", {"importer_country": "VN"}),
        ("WLF-08", "export", "ESAIR01", "air", "ES", [], "HK", "030192",
         "Lochas vivas para acuario, 80 kg", "ES", 80, None, 1200, "EUR",
         "live aquarium loaches travel in a few oxygenated bags with little water; these 80 kg of bags hold "
         "transparent, threadlike glass eels a few centimetres long by the hundred thousand, worth far more in Hong "
         "Kong: European eel (Anguilla anguilla, CITES App. II), whose export from the Union is not permitted, flown "
         "from Madrid; Spanish wording (glass eels repeat in many sets, kept as a repeat; a loach label is the new "
         "part as far as a search found; not of the emphasised trade)", {"importer_country": "HK"}),
        ("WLF-09", "import", "NLAIR01", "air", "FJ", [], "NL", "392690",
         "Artificial aquarium decorations, resin, 40 boxes", "FJ", 400, 40, 800, "USD",
         "resin aquarium decorations are light, hollow and painted; these 40 boxes hold wet, living, coloured stony "
         "corals (Acropora, Goniopora) wrapped in newspaper and bags: scleractinian corals (CITES App. II) without "
         "CITES documents, flown from Nadi to Amsterdam for an aquarium shop; Fijian English wording (live corals "
         "repeat in many sets, kept as a repeat; from Fiji under an artificial-decoration label is the new part; "
         "not of the emphasised trade)", firm("Horizon Aquaria BV", "NL")),
        ("WLF-10", "import", "FRSEA01", "sea", "MA", [], "FR", "420292",
         "Sacs de voyage en cuir, artisanat, 400 pièces", "MA", 480, 400, 8000, "EUR",
         "a Fès travel-goods shipment for a Marseille leather-luggage shop: leather holdalls and poufs are what "
         "the supplier sends, but the third item's 'قواقع زينة للعرض' are 60 polished, domed tortoise shells with "
         "yellow-and-black scutes, some still with dried tissue: Greek and spur-thighed tortoises (Testudo graeca, "
         "CITES App. II and EU Annex A) without CITES documents, hidden as the last item of a three-item "
         "declaration, by sea from Tanger Med to Marseille; Moroccan Arabic and French wording (tortoise shells "
         "repeat in several sets; shells behind leather travel bags from Morocco are the new part as far as a "
         "search found)",
         dict(firm("Delta Maroquinerie Voyage SARL", "FR"),
              _more_items=[item("940490", "Poufs en cuir, 200 pièces", "MA", 300, 3000, "EUR", qty=200),
                           item("050800", "قواقع زينة للعرض، 60 قطعة", "MA", 30, 120, "EUR", qty=60)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "CN", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (whitening plastic suitcase shells)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "CZ-MPO-79-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "IN", "FR", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "IN", 1.2, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-79-0188")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854912",
     "Waste lithium-ion batteries from smart suitcases and power banks, discharged, for recycling at a licensed plant, 6 t",
     "NO", 6000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-79-0114")], "notified waste luggage batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Paint and varnish sludge with solvents from a suitcase-shell coating line (08 01 13*), for incineration, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-79-0276")], "notified paint sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "IT-MASE-ODS-79-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft cabin extinguishers", "US", 640, 16,
     14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-79-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "HK", "420219",
     "Flat trunk, striped coated canvas, Paris trunk-maker, c. 1885, sold at auction", "FR", 45, 1, 90000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-79-0331")], "antique trunk exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "940360",
     "Walnut forziere (travelling chest), Tuscany, c. 1580, loan to a US museum", "IT", 60, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-79-0094")], "chest exported with the EU export licence and the Italian attestato"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "TR", "681512",
     "High-modulus carbon fibre, unidirectional, 1 t, for a Turkish aerospace composites maker", "NL", 1000, None,
     250000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-79-0061"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-79-0212")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUROAD01", "road", "HU", "NO", "852589",
     "Thermal imaging cameras 640 x 512, 20 units, for a Norwegian border-guard supplier", "HU", 40, 20, 80000, "EUR",
     [("EXPORT_LICENCE", "HU-SZTFH-79-0038"), ("END_USER_CERTIFICATE", "NO-POD-EUC-79-0027")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "CO", "ES", "420231",
     "Caiman leather passport holders (Caiman crocodilus, farmed), 300 units", "CO", 18, 300, 9000, "USD",
     [("CITES_PERMIT", "CO-ANLA-79-0417")], "App. II caiman leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "420221",
     "Reticulated python leather weekender bags (Malayopython reticulatus), 120 units", "ID", 180, 120, 36000, "USD",
     [("CITES_PERMIT", "ID-KLHK-79-0153")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Particulier", "PRM-05": "Central Laboratori Srl",
    "PRM-06": "Atlantic Aero Maintenance SARL", "PRM-11": "Atlantic Viaje SL", "PRM-12": "Orion Pelletteria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # luggage and travel-goods makers, wholesalers and web shops and airport duty-free and souvenir shops
    ("340290", "White suitcase shell cleaning gel, 250 ml", "import", ["post"], ["CN", "HK"], (15, 30), (1, 3), ["USD", "EUR"], 3, S),
    ("340319", "Silicone zip lubricant for luggage, 15 ml sticks", "import", ["express"], ["IN", "CN"], (40, 80), (1, 3), ["USD"], 40, S),
    ("382499", "Citric descaler sachets for travel kettles", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("282720", "Calcium chloride moisture absorbers for suitcases, 250 g", "import", ["sea"], ["KR", "CN"], (1.5, 3), (3000, 8000), ["USD"], 4, S),
    ("310210", "Urea prills for instant cold packs, 25 kg sacks", "import", ["sea"], ["TR", "EG"], (0.4, 0.7), (10000, 20000), ["USD"], 0.04, S),
    ("380894", "NaDCC water-purification tablets for travellers, foil strips", "import", ["post"], ["TH", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 50, S),
    ("340250", "Denture cleaning tablets, boxed", "import", ["air"], ["VN", "CH"], (6, 12), (100, 400), ["USD", "EUR"], 8, S),
    ("382499", "Silica-gel anti-mould sachets for leather bags", "import", ["sea"], ["ID", "CN"], (2, 4), (2000, 6000), ["USD"], 100, S),
    ("340290", "Quaternary-ammonium floor cleaner for retail shops, 10 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.1, S),
    ("420212", "Hard-shell polycarbonate suitcases, new, sets of three", "import", ["sea"], ["CN", "VN"], (6, 10), (3000, 8000), ["USD"], 0.1, S),
    ("850760", "Travel power banks, 10,000 mAh, new, boxed", "import", ["air"], ["CN", "HK"], (30, 50), (200, 800), ["USD"], 4, S),
    ("847050", "Handheld card terminals for in-flight sales, new", "import", ["air"], ["CN", "TW"], (80, 140), (50, 200), ["USD"], 2, S),
    ("350699", "Polychloroprene contact adhesive for leather goods, 5 l", "import", ["road"], ["CN", "TR"], (3, 5), (1000, 4000), ["EUR"], 0.2, S),
    ("391590", "Polycarbonate regrind, clean, sorted", "export", ["road"], ["RS", "UA"], (0.5, 0.9), (15000, 22000), ["EUR"], None, S),
    ("390950", "Water-blown polyurethane polyol systems, drums", "import", ["sea"], ["BR", "US"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("381400", "Citrus adhesive remover for bag-tag residue, 250 ml", "import", ["air"], ["CN", "US"], (6, 12), (100, 400), ["USD"], 4, S),
    ("271112", "Butane lighter refill gas, 300 ml cans", "import", ["sea"], ["KR", "JP"], (3, 5), (2000, 6000), ["USD"], 4, S),
    ("381400", "Leather stain remover, naphtha-free, 250 ml", "import", ["express"], ["IN", "US"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("842410", "Vermiculite lithium-battery fire extinguishers, 1 l", "import", ["air"], ["TH", "GB"], (8, 15), (200, 600), ["USD", "GBP"], 0.6, S),
    ("330720", "Travel-size deodorant sprays, 50 ml, butane-propelled", "import", ["sea"], ["TR", "GB"], (4, 8), (2000, 6000), ["USD", "EUR"], 12, S),
    ("940490", "Memory-foam travel neck pillows", "import", ["post", "express"], ["CN", "AZ"], (20, 40), (1, 3), ["USD"], 3, S),
    ("830110", "TSA-approved combination padlocks, zinc alloy", "import", ["post"], ["CN", "TW"], (20, 40), (1, 3), ["USD"], 15, S),
    ("711790", "Resin scarab souvenirs, new, moulded", "import", ["express"], ["EG", "CN"], (30, 60), (1, 2), ["USD"], 80, S),
    ("581099", "Embroidered luggage patches, new", "import", ["post"], ["PE", "CN"], (40, 80), (1, 2), ["USD"], 100, S),
    ("420221", "Camel-leather holdalls, new", "import", ["air"], ["JO", "MA"], (15, 30), (100, 400), ["USD"], 0.8, S),
    ("940360", "Reproduction pine travelling chests, new", "export", ["sea"], ["US", "CA"], (4, 8), (1000, 3000), ["EUR"], 0.03, S),
    ("420219", "Coated-canvas wardrobe trunks, new", "import", ["sea"], ["CN", "IN"], (8, 14), (1000, 3000), ["USD"], 0.05, S),
    ("711711", "Pressed-metal folding travel icons, new, printed", "import", ["post"], ["GE", "TR"], (30, 60), (1, 2), ["USD", "EUR"], 20, S),
    ("691390", "Resin and ceramic souvenir statuettes for airport shops", "import", ["sea"], ["KH", "TH"], (2, 4), (1000, 4000), ["USD"], 2, S),
    ("853669", "Universal travel adapters with USB, new", "import", ["sea"], ["CN"], (6, 12), (2000, 6000), ["USD"], 10, S),
    ("420212", "Aluminium cabin suitcases, mid-range, new", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 0.2, S),
    ("681512", "Standard-modulus 3K carbon twill fabric, rolls", "import", ["sea"], ["CN", "TW"], (12, 20), (1000, 4000), ["USD"], None, S),
    ("760820", "Aluminium telescopic trolley-handle tubes", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 2, S),
    ("220860", "Vodka for airport travel retail, 1 l bottles", "import", ["sea"], ["UA", "GB"], (5, 10), (8000, 16000), ["EUR", "GBP"], 0.7, S),
    ("420221", "Snake-print embossed cowhide weekender bags", "import", ["sea"], ["ID", "IN"], (10, 18), (1000, 4000), ["USD"], 0.7, S),
    ("420231", "Embossed cowhide passport holders", "import", ["express"], ["CO", "IN"], (40, 80), (1, 3), ["USD"], 15, S),
    ("621420", "Cashmere travel wraps for airport shops", "import", ["air"], ["IN", "NP"], (80, 160), (50, 200), ["USD"], 5, S),
    ("330749", "Synthetic oud fragrance oil, 12 ml vials", "import", ["air"], ["AE", "IN"], (40, 80), (50, 200), ["USD"], 60, S),
    ("960190", "Capiz-shell inlaid travel compact mirrors", "import", ["sea"], ["PH"], (4, 8), (500, 2000), ["USD"], 6, S),
    ("420292", "Leather travel bags, handmade", "import", ["sea"], ["MA", "TN"], (12, 20), (1000, 4000), ["EUR"], 0.8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442191", "Bamboo bathtub caddy trays", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 0.8, N),
        ("630790", "Knitted hot-water-bottle covers", "import", ["post", "express"], ["GB", "IE"], (20, 40), (1, 3), ["GBP", "EUR"], 8, N),
        ("691390", "Terracotta herb markers, glazed", "import", ["sea"], ["TR", "VN"], (2, 4), (1000, 4000), ["EUR", "USD"], 20, N),
        ("701349", "Glass storage jars with cork lids", "import", ["sea"], ["CN", "TR"], (1, 2), (3000, 8000), ["USD", "EUR"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind318", 20790301, HERE)


if __name__ == "__main__":
    main()
