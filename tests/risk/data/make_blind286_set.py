#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-sixth blind set (tests/risk/data/blind286-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: hardware stores, DIY chains and
builders' merchants (DIY and home-improvement chains and their garden and paint departments,
independent hardware and tool shops, plumbers' and builders' merchants, tile and timber yards,
reclamation yards and the wholesalers and returns centres that supply them).
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
only where a real declaration would. Ids are BL286-*:

    python3 tests/risk/data/make_blind286_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "RS", [], "AT", "382499",
         "Избељивач за дрво, двокомпонентни, компонента Б (активатор), боце 1 л, 2.400 ком", "RS", 2710, 2400, 3600,
         "EUR",
         "the two-component wood bleaches DIY chains sell for greyed decking and stained oak have a B part of at most "
         "12 % peroxide; these 2,400 bottles hold a water-clear, runny liquid of 1.13 kg/l in vented caps that whitens "
         "and stings the fingers and fizzes on a rusty nail, about 35 % hydrogen peroxide (Annex I above 12 %), for a "
         "Graz DIY chain that puts the bottles on the open shelves of its paint department: made available to members "
         "of the public, on a lorry from Belgrade at Spielfeld; Serbian wording in Cyrillic (hydrogen peroxide repeats "
         "in many sets and wood-bleach labels in three rows, blind39, blind76 and blind205; a two-component bleach "
         "activator for a DIY chain's paint shelves is the new part as far as a keyword search found)",
         firm("Alpina Baumarkt GmbH", "AT")),
        ("PRE-02", "import", "NLAIR01", "air", "TH", [], "NL", "381190",
         "สารเพิ่มประสิทธิภาพน้ำมันเลื่อยยนต์และเครื่องตัดหญ้า 2 จังหวะ, 1 ลิตร, 48 ขวด", "TH", 54.7, 48, 380, "USD",
         "the fuel additives garden-machinery counters sell for two-stroke chainsaws and brush cutters are a few "
         "millilitres of stabiliser in a light petroleum oil of 0.80 kg/l dosed per tank; these 48 litre bottles hold "
         "an oily, faintly fruity liquid of 1.14 kg/l that does not mix with petrol and whose drum label under the "
         "sticker reads 'CH3NO2', for the garden department of a Utrecht hardware chain that sells it to the public "
         "by the litre: nitromethane (Annex I above 16 %) made available to members of the public, flown from "
         "Bangkok; Thai wording (nitromethane repeats in many sets and two-stroke and chainsaw labels on it in "
         "several; kept as a repeat of that family, from Thailand to a hardware chain's garden counter is the new part)",
         firm("Horizon Tuin & Gereedschap BV", "NL")),
        ("PRE-03", "import", "ESSEA01", "sea", "MA", [], "ES", "340290",
         "Nettoyant laitance de ciment pour carrelage, concentré, bidons 5 l, 1 600 bidons", "MA", 14720, 1600, 4800,
         "EUR",
         "the cement-haze removers tilers buy at a builders' merchant to clean grout film off new tiles are sulfamic "
         "or dilute hydrochloric acid of 1.05 kg/l; these 1,600 cans hold a colourless, oily liquid of 1.84 kg/l that "
         "grows hot with a splash of water and chars the cardboard where it leaked, for a Murcia ferretería wholesaler "
         "whose shops sell the cans over the counter: about 96 % sulphuric acid (Annex I above 15 %) made available to "
         "members of the public, by sea from Tanger Med to Algeciras; Moroccan French wording (sulphuric acid repeats "
         "in many sets; a cement-haze or laitance remover label was found in no earlier row by a keyword search)",
         firm("Meridian Ferretería Mayorista SL", "ES")),
        ("PRE-04", "import", "CZAIR01", "air", "VN", [], "CZ", "321490",
         "Bột làm trắng mạch gạch (ron), túi 1 kg, 300 túi", "VN", 300, 300, 450, "USD",
         "grout whiteners for old tile joints are a white, chalky pigment in a cement or acrylic binder that sets hard "
         "with water; these 300 bags hold a white, crystalline powder that dissolves slowly without setting, flares "
         "with sugar on a hot plate and whose inner liners read 'KClO4', for a Brno builders' merchant (stavebniny) "
         "that sells the bags from its trade counter to anyone: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Hanoi to Prague; Vietnamese wording (potassium "
         "perchlorate repeats in many sets and grout labels in several on other goods; a grout-whitener label was "
         "found in no earlier row by a keyword search)", firm("Vega Stavebniny s.r.o.", "CZ")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "282720",
         "Granule antigheață pentru trotuare și scări (clorură de calciu), saci 20 kg, 1.100 saci", "MD", 22000, 1100,
         3300, "EUR",
         "calcium-chloride ice melt is white flakes or pellets that grow warm and sticky in the hand and leave a wet "
         "film; these 1,100 sacks hold hard, white prills that turn ice-cold and vanish in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Iași builders' merchant that sells the sacks in its winter aisle to "
         "anyone: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry "
         "from Chișinău at Sculeni; Romanian wording from Moldova (ammonium nitrate repeats in many sets and de-icing "
         "labels in several, an ice-melt label once, blind46; kept as a repeat of that family, from Moldova by road "
         "for a builders' merchant is the new part)", firm("Delta Materiale de Construcții SRL", "RO")),
        ("PRE-06", "import", "CYPOST01", "post", "IL", [], "CY", "283325",
         "גבישים להרחקת שורשים מצנרת ביוב, 4 × 1 ק״ג", "IL", 4.0, 4, 160, "ILS",
         "the root killers hardware stores sell for sewer pipes are blue copper-sulphate crystals; these four tubs "
         "hold white, odourless crystals that do not colour the water, flare on a match with sugar and whose inner "
         "bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Haifa to a private person in "
         "Limassol; Hebrew wording (sodium chlorate repeats in many sets and weed-killer labels on it in several; a "
         "sewer root-killer label was found in no earlier row by a keyword search)", person("Andreas Georgiou", "CY")),
        ("PRE-07", "import", "ITSEA01", "sea", "TR", [], "IT", "382499",
         "Epoksi zemin kaplama öncesi beton aşındırma sıvısı, 5 l bidon, 300 bidon", "TR", 2100, 300, 1500, "EUR",
         "the concrete etchers DIY chains sell for garage floors before an epoxy coat are phosphoric or dilute "
         "hydrochloric acid gels of 1.1 kg/l; these 300 cans weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and eat into a copper wire, for a Verona building-supplies firm whose web shop sells them by the can: "
         "about 65 % nitric acid (Annex I above 3 %) made available to members of the public, by sea from Mersin to "
         "Trieste; Turkish wording (nitric acid repeats in many sets and a concrete-etching label once, blind57; kept "
         "as a repeat of the label, before epoxy floors from Turkey is the new part as far as a search found)", firm("Orion Edilizia Forniture Srl", "IT")),
        ("PRE-08", "import", "PLSEA01", "sea", "CN", [], "PL", "250900",
         "墨斗粉/弹线粉 (白色), 1公斤袋, 12,000袋", "CN", 12000, 12000, 3600, "USD",
         "chalk-line refill powder is a soft, very fine chalk, blue, red or white, that does not dissolve and leaves "
         "a line on the board; these 12,000 bags hold shiny flakes that dissolve in warm water, crackle and spit "
         "violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a Poznań "
         "builders'-merchant chain that puts the bags on its tool-aisle hooks: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Ningbo to Gdańsk; Chinese wording (potassium chlorate "
         "repeats in many sets and a chalk-line label once, blind198; kept as a repeat of the label, in builders' "
         "merchants' 1 kg refills from Ningbo is the new part)", firm("Central Hurtownia Budowlana Sp. z o.o.", "PL")),
        ("PRE-09", "import", "FRAIR01", "air", "IN", [], "FR", "382440",
         "ਜਿਪਸਮ ਪਲਾਸਟਰ ਲਈ ਐਕਸਲੇਰੇਟਰ ਪਾਊਡਰ, 1 ਕਿਲੋ ਪੈਕ, 500 ਪੈਕ", "IN", 500, 500, 600, "USD",
         "plaster accelerators are finely ground gypsum or potassium sulphate, a few grams per bag of plaster, that do "
         "not burn; these 500 packs hold a soft, white, hygroscopic powder that dissolves at once, turns damp in the "
         "shop air and burns fiercely with sugar, for a Lyon plasterers' and builders' merchant that sells the packs "
         "to any customer: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Amritsar to Paris; Punjabi wording in Gurmukhi (sodium perchlorate repeats in many sets; a "
         "gypsum-plaster accelerator label was found in no earlier row by a keyword search)",
         firm("Atlantic Négoce Matériaux SARL", "FR")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "340290",
         "Кисневий концентрат для чищення тротуарної плитки та терас, каністри 20 л, 110 каністр (2-га з 3 поставок)",
         "UA", 2640, 110, 1650, "EUR",
         "oxygen patio cleaners are sodium-percarbonate powders or 5-8 % peroxide liquids; these 110 cans hold a "
         "water-clear liquid of 1.20 kg/l with vented caps that does not foam, whitens the skin and fizzes on rust, "
         "the second of three vans booked that week each kept under 3 t, for a Lublin DIY chain that sells the cans "
         "in its garden department: about 50 % hydrogen peroxide (Annex I above 12 %) made available to members of "
         "the public, at Dorohusk; Ukrainian wording (hydrogen peroxide repeats in many sets, paving and patio "
         "cleaner labels in several and splits over several vans in blind264 and blind280; kept as a repeat of the "
         "split, a patio cleaner for a DIY chain from Ukraine is the new part)",
         firm("Nordhafen Materiały Budowlane Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "321410",
         "Montageschaum 1K, 750-ml-Dosen, neu, 24.000 Stück", "DE", 21000, 24000, 14400, "EUR",
         "new one-component PU foam comes in sealed, dated cartons of twelve at about 4 EUR a can; these gaylords "
         "hold loose cans from a DIY chain's returns and store-clearance centre near Kassel, part-used, expired, "
         "dented and with hardened nozzles, still under pressure with propane, butane and dimethyl ether over an "
         "isocyanate prepolymer, at 0.60 EUR each: waste aerosols containing hazardous substances (16 05 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg to Lagos; German wording (spray "
         "cans and aerosols as waste repeat in many sets and a Montageschaum label twice, blind9 on a new good; "
         "expanding-foam cans as waste from a DIY chain's returns were found in no earlier row)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "SR", "680710",
         "Bitumen dakbanen, nieuw, rollen 10 m², 600 rollen", "NL", 21600, 600, 6600, "EUR",
         "new bitumen roofing membranes come in wrapped, labelled rolls of even thickness with a sanded or slate "
         "face; these 600 rolls are brittle, black, cracked strips torn off 1960s flat roofs with nails and gravel "
         "in them, smelling of naphthalene and testing for coal-tar PAH far above the limit, collected by a "
         "Rotterdam builders' merchant's skip service: bituminous mixtures containing coal tar (17 03 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Rotterdam to Paramaribo; Dutch wording (roofing "
         "felt repeats in several sets, blind61, blind62, blind68, blind75, blind123, blind148; kept as a repeat, "
         "to Suriname is the new part as far as a search found)", {"importer_country": "SR"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "853952",
         "LED trubice T8, 120 cm, nové, 12 000 ks", "SK", 3000, 12000, 6000, "EUR",
         "new LED tubes come boxed, each in a sleeve, with the driver inside and a date code; these crates hold "
         "loose fluorescent tubes of every length and colour from the lamp take-back bins of a Slovak DIY chain, "
         "blackened at the ends, many broken, with white phosphor dust on the crate floor: waste discharge lamps "
         "containing mercury (20 01 21*), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "at Vyšné Nemecké for an Uzhhorod 'lighting trader'; Slovak wording (fluorescent tubes and LED-tube labels "
         "repeat in many sets, kept as a repeat of the label; a DIY chain's take-back bins by road to Ukraine are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "850760",
         "Akumulatorske baterije za akumulatorske vrtalnike, 18 V, nove, 8.000 kosov", "SI", 4800, 8000, 9600, "EUR",
         "new 18 V tool batteries are boxed, each with a fuel gauge and a date code, at 40-80 EUR; these gaylords "
         "hold packs from the cordless-tool take-back bins of a Ljubljana DIY chain and tool-hire shops, NiCd and "
         "lithium-ion mixed, cracked, swollen or dead, at 1.20 EUR each, for a Banja Luka 'tool-repair' firm: waste "
         "nickel-cadmium and lithium batteries (16 06 02*, A1170 and A1180), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry from Ljubljana through Croatia; Slovenian wording (waste batteries "
         "repeat in many sets and cordless-tool packs in a few; a cordless-drill battery label to Bosnia was found in "
         "no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "320910",
         "Pittura murale lavabile, fine serie, fustini 14 l, 1.200 pezzi", "IT", 24000, 1200, 7200, "EUR",
         "end-of-line wall paint comes in sealed, unopened tubs of one colour range with lot numbers; these 1,200 "
         "tubs are the returns of a Bologna builders' merchant's tinting counter: mis-tinted, part-used, skinned "
         "and frozen tubs, solvent-based enamels and wood stains among them, with brushes and rollers left inside, "
         "for a Sfax 'paint trader': waste paint containing organic solvents (08 01 11*), hazardous waste whose "
         "export to a non-OECD country is banned, from Genoa to Tunis; Italian wording (waste paint repeats in many "
         "sets and tinting-counter returns in a few, blind118, blind184, blind229, blind230; kept as a repeat, a "
         "builders' merchant's returns to Tunisia are the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MR", "440311",
         "Postes de madera tratada, reutilizables, para vallado, 1.800 unidades", "ES", 22000, 1800, 2700, "EUR",
         "reusable fence posts are sound, straight, sawn-clean poles of one length; these 1,800 are vineyard and "
         "orchard posts pulled out after decades, rotten at the foot, split, with wire and staples still in them and "
         "the green stain of copper-chromium-arsenic right through, gathered by a Valencia timber and builders' yard "
         "that charges farmers for taking them: waste wood containing hazardous substances (17 02 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Valencia to Nouakchott; Spanish wording (treated "
         "posts and poles repeat in several sets, blind77, blind128, blind140, blind153, blind157, blind168; kept as a "
         "repeat, to Mauritania is the new part as far as a search found)", {"importer_country": "MR"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "LB", "271012",
         "Νέφτι (white spirit) τεχνικό, βαρέλια 200 l, 80 βαρέλια", "GR", 12800, 80, 2400, "EUR",
         "technical white spirit is water-clear, 0.78 kg/l and comes with a maker's certificate; these 80 drums hold "
         "a grey-brown, opaque, layered liquid of 0.95 kg/l with a thick sludge of paint, varnish and resin at the "
         "bottom, the dirty brush-cleaning solvent a Thessaloniki DIY chain's paint-mixing counters and trade "
         "customers hand back: spent non-halogenated solvents with paint residues (14 06 03*, 08 01 11*), hazardous "
         "waste whose export to a non-OECD country is banned, from Thessaloniki to Beirut for a 'thinner maker'; Greek "
         "wording (spent solvents repeat in many sets and brush-cleaner labels in several; a Greek white-spirit label "
         "to Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "CM", "690721",
         "Carrelage en grès cérame, neuf, 60x60, 900 m²", "BE", 8000, 900, 9000, "EUR",
         "a Liège builders' merchant's container for Douala: new porcelain tiles and taps are what the Douala "
         "hardware shops buy, but the third item's 'radiateurs à accumulation d'occasion' are 1970s night-storage "
         "heaters from house clearances, their cores of chromate-bearing bricks wrapped in asbestos board that "
         "crumbles at a touch: waste electrical equipment containing asbestos (16 02 12*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Antwerp; "
         "Belgian French wording (storage heaters repeat in a few sets, blind19, blind113, blind233; kept as a repeat "
         "of the good, behind new tiles and taps to Cameroon is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("848180", "Robinetterie sanitaire, neuve, 400 pièces", "BE", 400, 6000, "EUR", qty=400),
                           item("851629", "Radiateurs à accumulation, d'occasion, fonctionnels, 120 pièces", "BE", 7200,
                                3600, "EUR", qty=120)])),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "CV", "681182",
         "Telhas de fibrocimento onduladas, usadas, em bom estado, 1.400 unidades", "PT", 21000, 1400, 2100, "EUR",
         "asbestos-free fibre-cement sheets are smooth, grey, stamped 'NT' and cut clean; these 1,400 are 1970s "
         "corrugated sheets stripped from warehouse roofs and bought by a Setúbal builders' merchant's yard, mossy, "
         "cracked at the fixings, with white chrysotile fibres at every broken edge: asbestos-cement waste "
         "(17 06 05*), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Praia; Portuguese "
         "wording (asbestos-cement sheets repeat in many sets and a fibrocimento label once, blind129; kept as a "
         "repeat, to Cape Verde is the new part as far as a search found)", {"importer_country": "CV"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "NG", "843311",
         "Robotgräsklippare, begagnade, testade, 600 st.", "SE", 6000, 600, 18000, "EUR",
         "tested used robot mowers come with their charging stations and a test list at 100-300 EUR; these 600 are "
         "the garden-department returns of a Swedish DIY chain, without stations, cracked, with dead or swollen "
         "lithium-ion packs and corroded boards, bought by weight by a Lagos dismantler: waste electrical "
         "equipment with lithium batteries (e-waste, A1180), whose export to a non-OECD country is banned, from "
         "Gothenburg to Lagos; Swedish wording (robot mowers as e-waste repeat twice, blind155 and blind190; kept as a repeat, a "
         "DIY chain's garden returns to Nigeria are the new part as far as a search found)",
         {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "TR", [], "GR", "390950",
         "Poliüretan montaj köpüğü, B2, 750 ml, 14.400 kutu", "TR", 12240, 14400, 25900, "USD",
         "PU gap-filling foam for windows and doors is blown with propane, butane and DME; these 14,400 cans are "
         "heavier than the label allows, the foam cures with a sweet, ether-like smell and the filler's drum "
         "paperwork names HCFC-141b and HCFC-22 as blowing agent and propellant: products containing HCFCs, whose "
         "import into the Union is banned (Regulation 2024/590), by sea from Gebze to Piraeus for an Athens "
         "builders' merchant; Turkish wording (HCFC-blown PU foam repeats in many sets; kept as a repeat of the "
         "good, from Turkey to Greece for a builders' merchant is the new part)",
         firm("Delta Oikodomika Ylika AE", "GR")),
        ("OZN-02", "import", "FRAIR01", "air", "CN", [], "FR", "382499",
         "管道冷冻喷剂 (水暖维修用), 400毫升, 2,400罐", "CN", 1200, 2400, 4800, "USD",
         "pipe-freezing sprays for plumbers hold a light liquefied gas at modest pressure with a jacket for the "
         "pipe; these 2,400 cans read 5.7 bar at 20 °C, the gas is non-flammable and a leak detector names CFC-12, "
         "the valve cups carry an old 'R12' stamp: dichlorodifluoromethane, whose import into the Union is banned, "
         "flown from Ningbo to Lyon for a plumbers' merchant; Chinese wording (pipe-freezing sprays repeat twice, "
         "blind21 and blind44; kept as a repeat of the label, to a French plumbers' merchant is the new part)",
         firm("Orion Sanitaire Distribution SARL", "FR")),
        ("OZN-03", "import", "MTSEA01", "sea", "EG", [], "MT", "380891",
         "مبيد سوس الخشب للأثاث والأسقف الخشبية، علب معدنية 1 كجم، 600 علبة", "EG", 600, 600, 1500, "USD",
         "woodworm killers for furniture and roof timbers are permethrin or boron fluids in plastic bottles; these 600 "
         "are steel pressure cans with a piercing valve that hiss a colourless gas with almost no smell, and the "
         "crate holds tarpaulins and hoses for sheeting furniture: methyl bromide, whose import into the Union is "
         "banned (no quarantine exemption remains), by sea from Alexandria to Marsaxlokk for a Maltese hardware "
         "wholesaler; Egyptian Arabic wording (methyl bromide repeats in many sets and woodworm labels in several, "
         "blind280 among them; kept as a repeat, from Egypt to Malta is the new part as far as a search found)",
         firm("Horizon Hardware Ltd", "MT")),
        ("OZN-04", "import", "DKAIR01", "air", "PK", [], "DK", "381400",
         "اوزاروں اور ٹائلوں سے تارکول اور بٹومن صاف کرنے والا محلول، 1 لیٹر، 96 بوتلیں", "PK", 152.6, 96, 480, "USD",
         "the tar and bitumen removers hardware stores sell for roofers' tools are citrus or naphtha solvents of "
         "0.80 kg/l that smell of orange or petrol and burn; these 96 bottles weigh 1.59 kg/l, do not burn and smell "
         "sweet like chloroform: carbon tetrachloride, whose import into the Union is banned, flown from Lahore to "
         "Copenhagen for a Danish DIY chain's roofing department; Urdu wording (carbon tetrachloride repeats in many "
         "sets and tar-remover labels in three rows, blind62, blind172 and blind250; kept as a repeat of the label, from Pakistan to a Danish DIY "
         "chain is the new part)", firm("Nordhafen Byggemarked ApS", "DK")),
        ("OZN-05", "import", "SESEA01", "sea", "KR", [], "SE", "847989",
         "건설 현장 건조용 산업용 제습기, 50 L/일, 180대", "KR", 7200, 180, 54000, "USD",
         "the building dryers tool-hire counters of builders' merchants rent out for screed and plaster run on "
         "R-290 or R-32 with a charge plate to match; these 180 read 'R-22' on the compressor stickers under the "
         "new plates and a leak detector names chlorodifluoromethane: equipment containing HCFC-22, whose import "
         "into the Union is banned, by sea from Busan to Gothenburg for a Swedish tool-hire chain; Korean wording "
         "(dehumidifiers with HCFC-22 repeat in many sets; kept as a repeat of the good, for a builders' merchant's "
         "hire counter from Korea is the new part)", firm("Vega Byggmaskiner AB", "SE")),
        ("OZN-06", "transit", "HRSEA01", "sea", "CN", ["HR"], "BA", "842410",
         "Aparati za gašenje požara, prah ABC, 6 kg, 1.200 kom", "CN", 10800, 1200, 14400, "USD",
         "powder extinguishers hold 6 kg of ABC powder that rattles under 15 bar of nitrogen; these 1,200 do not "
         "rattle, slosh a liquid that vanishes into a sweet gas from the valve and their collars read 'BCF' under "
         "the stickers: halon 1211 (bromochlorodifluoromethane) in fire extinguishers, moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Ploče in transit from Ningbo to a Mostar "
         "hardware chain; Bosnian wording (halon 1211 under powder-extinguisher labels repeats in many sets, blind280 "
         "among them; kept as a repeat, a transit through Ploče to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("OZN-07", "import", "PTAIR01", "air", "BR", [], "PT", "381400",
         "Diluente para cola de contato, lata 900 ml, 600 latas", "BR", 713, 600, 1200, "USD",
         "contact-adhesive thinners are toluene-free blends of acetone and esters of 0.80 kg/l that smell sharply "
         "and burn; these 600 cans weigh 1.32 kg/l, do not burn and smell faintly sweet, and the filler's label "
         "under the sticker reads '1,1,1-tricloroetano': methyl chloroform, whose import into the Union is banned, "
         "flown from São Paulo to Porto for a DIY chain's flooring counter; Brazilian Portuguese wording (methyl "
         "chloroform repeats in many sets and contact-adhesive labels in several; kept as a repeat, from Brazil to a "
         "Portuguese DIY chain is the new part)", firm("Rivage Materiais de Construção Lda", "PT")),
        ("OZN-08", "import", "BEAIR01", "air", "ID", [], "BE", "854520",
         "Sikat karbon untuk bor listrik dan gerinda, 20.000 pcs", "ID", 200, 20000, 2000, "USD",
         "a power-tool spares air shipment for a Ghent hardware chain's repair counter: carbon brushes and switches "
         "are what the Batam maker sends, but the third item's 'cairan pembersih motor perkakas listrik' is 480 cans "
         "of a liquid of 1.56 kg/l that does not burn, leaves no residue and whose filler's drums read 'R-113': "
         "CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, flown from Batam via Jakarta to Brussels; Indonesian wording (CFC-113 under "
         "cleaner labels repeats in many sets and motor-cleaner labels twice, blind184 and blind266; behind "
         "power-tool carbon brushes is the new part as far as a search found)",
         dict(firm("Central Power Tools Service BV", "BE"),
              _more_items=[item("853650", "Saklar pengganti untuk gerinda, 5.000 pcs", "ID", 150, 2500, "USD", qty=5000),
                           item("381400", "Cairan pembersih motor perkakas listrik, 500 ml, 480 kaleng", "ID", 374, 720,
                                "USD", qty=480)])),
        ("OZN-09", "import", "ESSEA01", "sea", "MX", [], "ES", "271119",
         "Gas MAP-Pro para soplete de plomería, cilindro 400 g, 3,000 cilindros", "MX", 1200, 3000, 9000, "USD",
         "propylene brazing-gas cylinders for plumbers' torches light at once with a hot, yellow-tipped flame; these "
         "3,000 cylinders read 9 bar at 20 °C, will not light at the torch and a leak detector names "
         "chlorodifluoromethane: HCFC-22 in disposable cylinders, whose import into the Union is banned, by sea from "
         "Veracruz to Valencia for a plumbers' merchant; Mexican Spanish wording (HCFC-22 under MAPP-gas labels "
         "repeats in several sets, blind95, blind122, blind125, blind127, blind262, blind266; kept as a repeat, from Mexico is "
         "the new part as far as a search found)", firm("Alpina Fontanería Mayorista SL", "ES")),
        ("OZN-10", "import", "IEAIR01", "air", "MY", [], "IE", "381400",
         "Penanggal sealan silikon untuk bilik mandi dan dapur, 500 ml, 1,200 tin", "MY", 742, 1200, 1800, "USD",
         "the silicone-sealant removers DIY chains sell for re-sealing baths and worktops are gels of a few per cent "
         "amine in a hydrocarbon solvent of 0.80 kg/l that burn; these 1,200 tins weigh 1.24 kg/l, boil in the warm "
         "hand at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose "
         "import into the Union is banned, flown from Kuala Lumpur to Dublin for an Irish hardware and DIY "
         "wholesaler; Malay wording (HCFC-141b under solvent labels repeats in many sets and silicone and sealant "
         "remover labels twice, blind121 and blind278; kept as a repeat of the label, from Malaysia to Ireland is the "
         "new part as far as a search found)", firm("Atlantic Hardware Distribution Ltd", "IE")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "690410",
         "Briques anciennes de récupération, 2 palettes, 600 pièces", "TN", 2400, 600, 900, "EUR",
         "reclaimed bricks are 20th-century machine bricks with frogs and mortar on them; these 600 are thin, "
         "square, hand-moulded Roman bricks and roof tiles with flanges, finger marks and rectangular maker's stamps "
         "in Latin, with lime mortar and soil still on them, for a Marseille reclamation yard that sells to builders: "
         "Roman building material from a site near Dougga, archaeological objects over 250 years imported without "
         "the licence Regulation 2019/880 requires and exported against the Tunisian heritage code, by sea from "
         "Tunis; Tunisian French wording (tegulae repeat twice, blind72 and blind189, and Dougga once, blind202; a "
         "reclaimed-brick label was found in no earlier row by a keyword search)", firm("Horizon Matériaux Anciens SARL", "FR")),
        ("CUL-02", "export", "BEAIR01", "air", "BE", [], "US", "690723",
         "Gerecupereerde terracotta vloertegels, 120 stuks", "BE", 180, 120, 1200, "EUR",
         "reclaimed terracotta floor tiles are plain, red, machine-pressed and worn; these 120 are lead-glazed "
         "two-colour tiles with inlaid white lions, griffins and fleurs-de-lis, worn in the middle and with medieval "
         "mortar on the back, lifted from the ruined choir of a Flemish abbey, for a New York dealer: 14th-century "
         "encaustic tiles, archaeological objects and parts of a monument exported without the EU export licence "
         "(Regulation 116/2009) and the Flemish permit, flown from Brussels; Flemish wording (encaustic tiles "
         "repeat in several sets, kept as a repeat of the good; a reclamation-yard label from Belgium is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "DESEA01", "sea", "TR", [], "DE", "690722",
         "Seramik duvar karosu, yeni, 20x20 cm, 1.500 m²", "TR", 18000, 1500, 9000, "EUR",
         "a tile wholesaler's container from Çanakkale for a Cologne tile and builders' merchant: new wall tiles and "
         "skirting are what the Turkish factory sends, but the third item's 'el yapımı dekoratif çini' are 40 "
         "underglaze tiles in cobalt, turquoise and bole red with tulips and carnations, crazed, with old lime "
         "mortar at the back and chisel marks at the edges, prised from a türbe wall: 16th-century Iznik tiles, "
         "parts of a monument over 250 years imported without the licence Regulation 2019/880 requires, hidden as "
         "the last item of a three-item declaration, by sea from Izmir to Hamburg; Turkish wording (Iznik tiles "
         "repeat in several sets; kept as a repeat of the good, behind new tiles for a builders' merchant is the new "
         "part as far as a search found)",
         dict(firm("Orion Fliesenhandel GmbH", "DE"),
              _more_items=[item("690740", "Seramik süpürgelik, yeni, 2.000 adet", "TR", 1200, 1200, "EUR", qty=2000),
                           item("691390", "El yapımı dekoratif çini, 40 adet", "TR", 60, 400, "EUR", qty=40)])),
        ("CUL-04", "import", "DEAIR01", "express", "LB", [], "DE", "830241",
         "مطارق أبواب نحاسية، تقليد قديم، 6 قطع", "LB", 9, 6, 180, "USD",
         "reproduction brass door knockers are bright, sand-cast and light, with screw holes drilled for today's "
         "doors; these six are heavy, dark-patinated bronze hands and rings with hand-cut arabesques, worn smooth at "
         "the striking point and with old iron pins, taken from the doors of houses in Damascus's old city: Syrian "
         "cultural property removed from Syria, whose import into the Union Regulation 36/2012 forbids, sent by "
         "express from Beirut to a private buyer in Hamburg; Levantine Arabic wording (door knockers once, blind260; "
         "kept as a repeat of the good, from Beirut by express is the new part as far as a search found)",
         person("Herr Tarek Haddad", "DE")),
        ("CUL-05", "export", "ESSEA01", "sea", "ES", [], "US", "440791",
         "Vigas de roble recuperadas, de derribo, 14 unidades", "ES", 4200, 14, 2800, "EUR",
         "reclaimed oak beams from demolitions are plain, adzed or sawn, with bolt holes and some rot; these 14 are "
         "carved and painted ceiling beams with lacework, knotwork and polychrome Kufic-style inscriptions, with "
         "gesso and gold in the recesses, taken down from a listed Mudéjar church in Aragon: parts of a monument over "
         "100 years exported without the EU export licence (Regulation 116/2009) and the Spanish permit, by sea "
         "from Valencia to a Texas reclamation dealer; Spanish wording (oak beams repeat in several sets, blind63, "
         "blind165, blind179, blind227, blind241, blind244, blind249, and Mudéjar woodwork once, blind45; kept as a "
         "repeat, painted ceiling beams under a demolition label to Texas are the new part)", {"importer_country": "US"}),
        ("CUL-06", "export", "ITAIR01", "air", "IT", [], "CH", "830140",
         "Serrature e lucchetti in ferro stile antico, decorativi, 4 pezzi", "IT", 38, 4, 240, "EUR",
         "antique-style iron locks for rustic doors are new, laser-cut and blackened; these four are hand-forged "
         "lock plates and hasps with chiselled lilies and a Latin inscription, heavy with rust and old nails, taken "
         "off the west door of a Romanesque church in the Marche: parts of a monument over 100 years exported "
         "without the EU export licence (Regulation 116/2009) and the Italian certificate, flown from Milan to a "
         "Zurich dealer; Italian wording (church-door locks and padlocks once, blind260; kept as a repeat, from "
         "Italy to Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-07", "import", "HUROAD01", "road", "RS", [], "HU", "820140",
         "Glave za sekire, kovane, nove, 200 kom", "RS", 240, 200, 600, "EUR",
         "new forged axe heads are bright, oiled and of one pattern; among these 200, eight are green-patinated, "
         "socketed bronze axes with loops and casting seams, and a bag holds twenty bronze sickles with soil in the "
         "sockets, a hoard dug from a Banat field, for a Szeged hardware wholesaler's owner: Bronze Age "
         "archaeological objects exported from Serbia without a permit and imported without the licence Regulation "
         "2019/880 requires, on a lorry at Röszke; Serbian wording in Latin script (bronze axes and hoards repeat in "
         "several sets and axe-head covers in three rows; kept as a repeat, a Banat hoard in a hardware wholesaler's "
         "axe heads is the new part)", firm("Alpina Vasáru Kft.", "HU")),
        ("CUL-08", "import", "FRAIR01", "air", "DZ", [], "FR", "690730",
         "Plaques de mosaïque pour salle de bains, 40 m²", "DZ", 800, 40, 1200, "EUR",
         "bathroom mosaic is glazed cubes on a mesh backing in square sheets; these 40 'sheets' are irregular "
         "panels of stone and terracotta tesserae with fish, vines and a Latin inscription, set in lime mortar that "
         "was sawn through at the back, cut out of a Roman villa floor near Tipasa: a Roman mosaic, an archaeological "
         "object over 250 years exported against Algerian law and imported without the licence Regulation "
         "2019/880 requires, flown from Algiers to Marseille for a tile and bathroom showroom; Algerian French "
         "wording (Roman mosaics repeat in many sets, from Tipasa in blind97, blind99 and blind112, and a mosaic-sheet "
         "label once, blind278; kept as a repeat, a bathroom-mosaic label for a tile showroom was found in no earlier "
         "row by a keyword search)", firm("Atlantic Carrelage SARL", "FR")),
        ("CUL-09", "import", "DEPOST01", "post", "MN", [], "DE", "491191",
         "Уран зураг, хэвлэмэл, даавуун дээр, 1 ш", "MN", 1.2, 1, 25, "USD",
         "a printed thangka is a flat, glossy print on cotton with a machine-sewn brocade border; this one is "
         "painted in mineral pigments and gold on sized cotton, cracked along old folds, with a Tibetan consecration "
         "inscription and red handprints on the back and a monastery seal: an 18th-century thangka exported from "
         "Mongolia without a permit and over 200 years old, posted from Ulaanbaatar to a private buyer in Munich; "
         "Mongolian wording in Cyrillic (thangkas repeat in many sets and printed-thangka labels twice, blind98 and "
         "blind103; kept as a repeat, from Mongolia by post to Munich is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("CUL-10", "import", "ESAIR01", "air", "PE", [], "ES", "580500",
         "Tapiz decorativo de alpaca, hecho a mano, 1 unidad", "PE", 2, 1, 80, "USD",
         "a new alpaca wall hanging is soft, bright and evenly woven with synthetic dyes; this one is a brittle, "
         "faded cotton and camelid-fibre tapestry fragment with stepped birds and fish, tie-dyed squares and a "
         "frayed edge that still holds desert sand: a Chancay textile, over 500 years old, exported from Peru "
         "without a permit and imported without the licence Regulation 2019/880 requires, flown from Lima to "
         "Madrid; Peruvian Spanish wording (Chancay textiles repeat in many sets and alpaca wall-hanging labels in "
         "several, blind65, blind69, blind101, blind106, blind123; kept as a repeat of good and label, only the "
         "route and wording are new)", person("Sr. J. García", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "PLAIR01", "air", "PL", [], "KG", "846721",
         "Elektronarzędzia akumulatorowe (wiertarko-wkrętarki, szlifierki kątowe), 1 800 szt.", "PL", 3600, 1800,
         108000, "EUR",
         "a Bishkek 'hardware store chain' registered in the spring buys 1,800 professional cordless drills and "
         "angle grinders from a Warsaw tool wholesaler, twenty times what its two shops could sell, its forwarder's "
         "address is a Moscow warehouse and the delivery note names Rostov: hand-held power tools (8467), on the "
         "list whose export, directly or through third countries, to Russia Regulation 833/2014 forbids (Annex "
         "XXIII), flown from Warsaw; Polish wording (power tools once, blind53; cordless tools from a hardware "
         "wholesaler to Kyrgyzstan are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "TR", "852589",
         "Termokamery pro detekci vlhkosti a tepelných mostů ve stavbách, 40 ks", "CZ", 60, 40, 24000, "EUR",
         "building-inspection thermal cameras are handheld units with a 160x120 or 320x240 sensor, a screen and a "
         "frame rate of 9 Hz at a few hundred euros; these 40 are bare 1024x768 cores at 60 Hz with lens mounts "
         "and digital interfaces for integrators, at 8,000 EUR each on the maker's list, for an Istanbul "
         "'building-tools' trader whose shipments go on to Moscow: thermal imaging cameras under dual-use 6A003, "
         "exported without a licence and for Russia, flown from Prague; Czech wording (thermal cameras repeat in "
         "many sets; a damp and thermal-bridge detection label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "AE", "901580",
         "Ristilaserit rakennustyömaille, itsetasaavat, 200 kpl", "FI", 240, 200, 16000, "EUR",
         "self-levelling cross-line lasers are pendulum units that throw two lines on a wall at 80 EUR; in these "
         "cartons, 60 of the cases hold navigation-grade fibre-optic gyro inertial measurement units with their "
         "interface boards, at 30,000 EUR each, for a Dubai 'construction-tools' trader whose earlier orders went "
         "on to Tehran: inertial equipment and gyros under dual-use 7A001 and 7A003, exported without a licence and "
         "for Iran, flown from Helsinki; Finnish wording (fibre-optic gyros repeat in many sets and a cross-line "
         "laser label in two, blind64 and blind278; kept as a repeat, from Finland to Dubai is the new part)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "GE", "846599",
         "Pantografo CNC per falegnameria e mobili da cucina, 1 unità", "IT", 14000, 1, 60000, "EUR",
         "a CNC router for kitchen fitters is a light gantry with a vacuum table and a wood spindle; this 14 t "
         "machine is a cast-bed five-axis simultaneous machining centre with a tilting spindle head, linear scales "
         "and coolant, for metal, at 600,000 EUR on the maker's list, for a Tbilisi 'kitchen-furniture' firm whose "
         "forwarder books onward road haulage to Russia: a machine tool under dual-use 2B001 and on the list whose "
         "export to Russia Regulation 833/2014 forbids, exported without a licence, from Genoa to Poti; Italian "
         "wording (CNC-router labels repeat in several sets; kept as a repeat, a kitchen-fitter's router to Georgia "
         "is the new part)", {"importer_country": "GE"}),
        ("STR-05", "import", "BGSEA01", "sea", "GE", [], "BG", "252329",
         "პორტლანდცემენტი CEM I 42,5 R, ტომრები 50 კგ, 440 ტომარა", "GE", 22000, 440, 2200, "USD",
         "Georgian Portland cement comes in the Kaspi or Rustavi plants' bags with their certificates; these 440 "
         "bags are plain, re-sewn over the inner bags of a plant at Novorossiysk whose codes show under the new "
         "print, with a Georgian certificate of origin from a trading house that has no kiln, for a Varna builders' "
         "merchant: Russian cement, whose import into the Union Regulation 833/2014 forbids, by sea from Batumi to "
         "Varna; Georgian wording (Russian cement under third-country origin repeats in many sets; kept as a "
         "repeat, through Georgia to Bulgaria for a builders' merchant is the new part)",
         firm("Delta Stroitelni Materiali EOOD", "BG")),
        ("STR-06", "export", "ROSEA01", "sea", "RO", [], "LB", "382440",
         "Aditiv pentru beton, accelerator de priză, IBC 1000 l, 20 buc.", "RO", 22400, 20, 9000, "EUR",
         "set accelerators for concrete are calcium-nitrate or formate solutions of 1.3-1.4 kg/l with a data "
         "sheet; these 20 IBCs hold a viscous, colourless, almost odourless liquid of 1.12 kg/l, triethanolamine "
         "99 % with the maker's CAS 102-71-6, for a Beirut 'concrete-admixture' firm whose trucks go on to Homs: "
         "triethanolamine (dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation "
         "2021/821 requires, and for Syria, from Constanța; Romanian wording (triethanolamine repeats in many sets "
         "and a concrete-admixture label once, blind245; kept as a repeat, from Romania to Lebanon is the new part)",
         {"importer_country": "LB"}),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "MY", "842890",
         "Vacuümheffers voor glasplaten en gipsplaten, 30 stuks", "NL", 1200, 30, 21000, "EUR",
         "vacuum lifters for glaziers and drywall fitters are battery units with suction pads at a few hundred "
         "euros each; these 30 crates hold turbomolecular pumps with their frequency converters and UF6-resistant "
         "seals, no pads or frames among them, for a Port Klang 'building-equipment' trader that forwards to Bandar "
         "Abbas: vacuum pumps under dual-use 2B231, exported without a licence and for Iran, flown from "
         "Amsterdam; Dutch wording (turbomolecular pumps repeat in many sets; a vacuum-lifter label was found in "
         "no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("STR-08", "export", "DKSEA01", "sea", "DK", [], "TR", "840721",
         "Påhængsmotorer, brugte, 40 stk.", "DK", 8000, 40, 40000, "EUR",
         "used outboard motors are scratched, with hours on the meter and a service book; these 40 are new "
         "high-power four-stroke outboards still in the maker's crates with 2073 serials, for a Mersin 'marine "
         "dealer' whose earlier orders were shipped on to Novorossiysk: marine engines (8407 21), on the list whose "
         "export to Russia through third countries Regulation 833/2014 forbids, from Aarhus to Mersin; Danish "
         "wording (outboard motors to Russia repeat in many sets and used-outboard labels in three, blind99, "
         "blind133, blind267; kept as a repeat, from Denmark to Mersin is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "AM", "848180",
         "Kugelhähne Edelstahl für Sanitärinstallation, DN 50, 60 Stück", "AT", 420, 60, 3000, "EUR",
         "stainless ball valves for plumbers are light, chrome-bright, with lever handles at 50 EUR; these 60 are "
         "heavy, bellows-sealed valves with nickel-alloy wetted parts and a maker's sheet naming Hastelloy C-276, at "
         "2,500 EUR each, for a Yerevan 'plumbing wholesaler' whose consignee is a Russian chemical plant: valves "
         "under dual-use 2B350.g, exported without a licence and for re-export, flown from Vienna; Austrian German "
         "wording (bellows-sealed valves repeat in many sets; kept as a repeat, a plumbing ball-valve label from "
         "Austria to Armenia is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-10", "export", "LTSEA01", "sea", "LT", [], "GE", "820600",
         "Rankiniai įrankiai, rinkiniai dėžėse, 2 000 vnt.", "LT", 6000, 2000, 24000, "EUR",
         "a Kaunas builders' merchant's container for a Tbilisi hardware chain: tool sets and aluminium ladders "
         "are what Georgian hardware shops buy, but the third item's 'guoliai' are 20,000 sealed, high-precision "
         "angular-contact and spindle bearings in the maker's tubes, worth ten times the declared value, and the "
         "buyer's forwarder books them on to Makhachkala: ball bearings (8482 10), on the common high-priority list "
         "whose export to Russia through third countries Regulation 833/2014 forbids, hidden as the last item of a "
         "three-item declaration, from Klaipėda to Poti; Lithuanian wording (bearings repeat in many sets; behind "
         "tool sets and ladders for a hardware chain is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("761699", "Aliuminio kopėčios, 400 vnt.", "LT", 3200, 16000, "EUR", qty=400),
                           item("848210", "Guoliai, 20 000 vnt.", "LT", 1800, 6000, "EUR", qty=20000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "ID", [], "IT", "442199",
         "Pasak kayu pinus diameter 8 mm dan list profil, 1 kontainer", "ID", 14000, None, 11200, "USD",
         "pine dowels and mouldings are yellowish, resinous, with knots and a pine smell; these are pale, "
         "straw-coloured, knot-free, fine and even in grain, with no resin and an unpleasant smell when sawn and "
         "skin-itching splinters: ramin (Gonystylus spp., CITES App. II) without CITES documents, by sea from "
         "Surabaya to La Spezia for a Bologna DIY wholesaler; Indonesian wording (ramin dowels and mouldings repeat "
         "in many sets; kept as a repeat, for a DIY wholesaler to Italy is the new part as far as a search found)",
         firm("Vega Ferramenta Ingrosso Srl", "IT")),
        ("WLF-02", "import", "DEAIR01", "air", "NI", [], "DE", "441700",
         "Mangos de madera dura para herramientas (formones, limas), 5,000 unidades", "NI", 500, 5000, 2500, "USD",
         "hardwood tool handles are ash, beech or hornbeam, pale and light; these 5,000 are heavy, oily, orange-red "
         "to purple with black streaks, smell peppery when sanded and sink in water: cocobolo (Dalbergia retusa, "
         "CITES App. II, more than 10 kg) without CITES documents, flown from Managua to Frankfurt for a Solingen "
         "tool wholesaler; Nicaraguan Spanish wording (cocobolo repeats in many sets and tool-handle labels twice, "
         "blind211 and blind260; kept as a repeat, for chisels and files from Nicaragua is the new part)",
         firm("Meridian Werkzeughandel GmbH", "DE")),
        ("WLF-03", "transit", "FRSEA01", "sea", "GA", ["FR"], "GB", "441899",
         "Plans de travail de cuisine en iroko massif, 3 m, 300 pièces", "GA", 18000, 300, 27000, "EUR",
         "iroko worktops are yellow-brown, coarse-grained and darken to a plain brown; these 300 are pinkish-red "
         "with purple veins and a fine, even, figured grain, heavy and hard: bubinga (Guibourtia spp., CITES App. "
         "II) without a Gabonese export permit, which specimens in transit through the Union must carry, landed at "
         "Le Havre in transit from Owendo to a Birmingham kitchen and DIY supplier; Gabonese French wording "
         "(Guibourtia repeats in many sets and worktop labels in a few, blind56, blind189, blind278; kept as a repeat, "
         "a transit through Le Havre to Britain is the new part as far as a search found)",
         {"importer_country": "GB"}),
        ("WLF-04", "import", "BESEA01", "sea", "IN", [], "BE", "442199",
         "టేకు చెక్క తలుపు హ్యాండిళ్లు, 2,000 పీసులు", "IN", 400, 2000, 3000, "USD",
         "teak door pulls are golden-brown, oily and smell of leather; these 2,000 are dark purple-brown with black "
         "streaks, heavy and with a rose scent when cut: Indian rosewood (Dalbergia latifolia, CITES App. II, more "
         "than 10 kg of finished products) without CITES documents, by sea from Chennai to Antwerp for a Flemish "
         "door-hardware wholesaler; Telugu wording (Dalbergia latifolia repeats in several sets and door-handle "
         "labels twice; a teak door-pull label from India to Belgium is the new part as far as a search found)",
         firm("Orion Bouwbeslag BV", "BE")),
        ("WLF-05", "import", "CZAIR01", "air", "VN", [], "CZ", "420291",
         "Túi đựng dụng cụ đeo hông bằng da bò, 300 cái", "VN", 270, 300, 2700, "USD",
         "cowhide tool belts are smooth or split leather with an even grain and rivets; these 300 are faced with "
         "scaly panels in a diamond pattern of brown and cream, with the overlapping scale edges of a real snake "
         "skin: reticulated python (Malayopython reticulatus, CITES App. II) leather without CITES documents, flown "
         "from Ho Chi Minh City to Prague for a Czech tool-shop chain; Vietnamese wording (python leather repeats "
         "in many sets; a tool-belt label was found in no earlier row by a keyword search)",
         firm("Central Nářadí s.r.o.", "CZ")),
        ("WLF-06", "import", "NLSEA01", "sea", "FJ", [], "NL", "251710",
         "Decorative white garden stones for landscaping, 20 t", "FJ", 20000, None, 3000, "USD",
         "white garden pebbles are smooth, rounded marble or quartz that ring when knocked; these 20 t are rough, "
         "porous, branching and brain-shaped white lumps with star-shaped cups on the surface and bleached polyp "
         "skeletons: dead stony coral and coral rock (Scleractinia, CITES App. II) without CITES documents, by sea "
         "from Suva to Rotterdam for a garden-centre supplier to Dutch DIY chains; Fijian English wording (coral "
         "rock under garden-stone labels repeats in many sets; kept as a repeat, from Fiji is the new part as far "
         "as a search found)", firm("Horizon Tuincentrum BV", "NL")),
        ("WLF-07", "import", "ESSEA01", "sea", "GT", [], "ES", "441821",
         "Puertas interiores de sapelli, macizas, 200 unidades", "GT", 8000, 200, 24000, "USD",
         "sapele doors are reddish-brown with a tight ribbon stripe and a cedar-like scent; these 200 are a "
         "warmer, lustrous, golden-red with an interlocked, figured grain and no stripe, lighter in the hand: "
         "big-leaf mahogany (Swietenia macrophylla, CITES App. II) without CITES documents, by sea from Puerto "
         "Quetzal to Valencia for a carpentry and builders' merchant; Guatemalan Spanish wording (Swietenia under "
         "sapele labels repeats in several sets; kept as a repeat, doors from Guatemala are the new part as far as a "
         "search found)", firm("Nordhafen Carpintería SL", "ES")),
        ("WLF-08", "import", "LUAIR01", "air", "MG", [], "LU", "441700",
         "Manches de ciseaux à bois en hêtre teinté noir, 3 000 pièces", "MG", 450, 3000, 1800, "EUR",
         "black-stained beech chisel handles are pale inside where sawn and float in water; these 3,000 are jet "
         "black right through, very heavy, sink in water and polish to a glassy shine: Malagasy ebony (Diospyros "
         "spp., CITES App. II, under a zero export quota) without CITES documents, flown from Antananarivo to "
         "Luxembourg for a tool wholesaler; Malagasy French wording (Malagasy ebony repeats in many sets; a "
         "chisel-handle label was found in no earlier row by a keyword search)", firm("Alpina Outillage SARL", "LU")),
        ("WLF-09", "import", "NLAIR01", "air", "TW", [], "NL", "060290",
         "蝴蝶蘭組培瓶苗, 2,000 瓶", "TW", 600, 2000, 6000, "USD",
         "a plant air shipment for a garden-centre supplier to DIY chains: flasked Phalaenopsis and Oncidium "
         "seedlings are what the Taichung nursery sends, but the third item's 'hybrid Paphiopedilum flasks' are 400 "
         "bare-root adult slipper orchids with old, wild-grown roots, leaf damage and no flask at all: "
         "wild-collected Paphiopedilum (CITES App. I) without CITES documents, hidden as the last item of a "
         "three-item declaration, flown from Taipei to Amsterdam; Chinese wording from Taiwan (Paphiopedilum "
         "repeats in many sets; behind flasked seedlings for a DIY garden-centre supplier is the new part as far as "
         "a search found)",
         dict(firm("Delta Garden Centre Supplies BV", "NL"),
              _more_items=[item("060290", "文心蘭組培瓶苗, 500 瓶", "TW", 150, 1500, "USD", qty=500),
                           item("060290", "兜蘭雜交種組培瓶苗, 200 瓶", "TW", 60, 800, "USD", qty=200)])),
        ("WLF-10", "transit", "MTSEA01", "sea", "GM", ["MT"], "CN", "440112",
         "Firewood logs, assorted hardwood, 2 containers", "GM", 52000, None, 3900, "USD",
         "firewood is split, short, mixed and dry; these containers hold 2 m, debarked logs with a pale sapwood "
         "and a red-brown, heavy, rose-scented heart: kosso (Pterocarpus erinaceus, CITES App. II, under a trade "
         "suspension) without CITES documents, landed at Marsaxlokk in transit from Banjul to Huangpu; Gambian "
         "English wording (kosso repeats in many sets and firewood labels in several; kept as a repeat, a transit "
         "through Malta is the new part as far as a search found)", {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATROAD01", "road", "RS", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching oak floorboards)", "RS", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-73-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CYAIR01", "air", "IL", "CY", "282911",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (weed control on a registered farm)", "IL", 1, 1, 35,
     "EUR", [("PRECURSOR_LICENCE", "CY-MJPO-73-0019")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854999",
     "Waste fluorescent tubes from DIY-store take-back, whole, for mercury recovery at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-73-0144")], "notified waste lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "440149",
     "CCA-treated waste wood, fence and vineyard posts (17 02 04*), for incineration at a licensed plant, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-73-0288")], "notified treated waste wood to a licensed plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290373",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 600, "USD",
     [("ODS_LICENCE", "PL-GDOS-ODS-73-014")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft hand extinguishers", "US", 720,
     16, 14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-73-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970610",
     "Painted Mudéjar ceiling beams, Aragon, 15th century, from a documented 1920s collection, sold to a US museum",
     "ES", 3000, 10, 240000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-73-0091")],
     "ceiling beams exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "BEAIR01", "air", "BE", "US", "970510",
     "Medieval encaustic floor tiles, 24, documented Belgian collection since 1907, sold at auction", "BE", 36, 24,
     18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-73-0033")],
     "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "852589",
     "Thermal imaging camera cores 1024x768, 60 Hz, 20 units, for a Norwegian building-inspection drone maker", "CZ",
     30, 20, 160000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-73-0118"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-73-0027")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "845710",
     "Five-axis machining centre, 1 unit, for an Indian aerospace-parts maker", "IT", 14000, 1, 620000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-73-0204"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-73-0415")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "NI", "DE", "441700",
     "Cocobolo tool handles (Dalbergia retusa), 2,000 units", "NI", 200, 2000, 6000, "USD",
     [("CITES_PERMIT", "NI-MARENA-73-0064")], "App. II rosewood products with their export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "440929",
     "Ramin mouldings (Gonystylus bancanus), plantation-certified, 12 t", "ID", 12000, None, 18000, "USD",
     [("CITES_PERMIT", "ID-KLHK-73-0311")], "App. II ramin with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Idiotis", "PRM-05": "Nordhafen Laboratorium Sp. z o.o.",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Meridian Werkzeughandel GmbH",
    "PRM-12": "Vega Ferramenta Ingrosso Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # hardware stores, DIY chains, builders' and plumbers' merchants, tile and timber yards
    ("382499", "Two-component wood bleach, part B 9 % peroxide, 1 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.9, S),
    ("381190", "Two-stroke fuel stabiliser for garden machinery, 100 ml", "import", ["air"], ["TH", "US"], (10, 20), (50, 200), ["USD"], 9, S),
    ("340290", "Cement-haze remover for tiles, sulfamic acid, 1 l", "import", ["sea"], ["MA", "TR"], (1.5, 3), (5000, 15000), ["EUR"], 0.9, S),
    ("321490", "Grout whitener and joint renovator, cement-based, 1 kg", "import", ["air"], ["VN", "CN"], (3, 6), (100, 400), ["USD"], 1, S),
    ("282720", "Calcium chloride ice-melt flakes, 20 kg bags", "import", ["road"], ["MD", "UA"], (0.2, 0.4), (15000, 22000), ["EUR"], 0.05, S),
    ("283325", "Copper sulphate sewer root killer, 1 kg", "import", ["post"], ["IL", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("382499", "Concrete etching gel, phosphoric-acid based, 5 l", "import", ["sea"], ["TR"], (1, 2), (2000, 8000), ["EUR"], 0.18, S),
    ("250900", "Chalk-line refill powder, blue, 1 kg", "import", ["sea"], ["CN", "TW"], (0.5, 1), (5000, 15000), ["USD"], 1, S),
    ("382440", "Gypsum plaster accelerator, potassium sulphate, 1 kg", "import", ["air"], ["IN", "CN"], (1, 3), (100, 600), ["USD"], 1, S),
    ("340290", "Oxygen patio and paving cleaner, sodium percarbonate, 5 kg", "import", ["road"], ["UA", "TR"], (0.8, 1.5), (2000, 8000), ["EUR"], 0.2, S),
    ("390950", "PU expanding foam, 750 ml cans, hydrocarbon-blown, new", "import", ["sea"], ["TR", "CN"], (2, 4), (8000, 16000), ["USD", "EUR"], 1.1, S),
    ("680710", "SBS bitumen roofing membrane, new rolls", "import", ["sea"], ["TR", "UA"], (0.6, 1.2), (15000, 24000), ["EUR"], 0.025, S),
    ("853952", "LED T8 tubes, 120 cm, new", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 5, S),
    ("850760", "Cordless-tool lithium-ion battery packs 18 V, new", "import", ["air"], ["CN", "MY"], (40, 80), (100, 500), ["USD"], 1.6, S),
    ("320910", "Acrylic wall paint, 14 l tubs, new", "export", ["sea"], ["TN", "MA"], (1, 2), (15000, 24000), ["EUR"], 0.05, S),
    ("440311", "Pressure-treated pine fence posts, new, copper-azole", "import", ["sea"], ["BR", "CL"], (0.3, 0.6), (15000, 24000), ["USD"], 0.08, S),
    ("271012", "White spirit, dearomatised, 200 l drums", "export", ["sea"], ["LB", "EG"], (0.8, 1.4), (10000, 18000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated sheets, asbestos-free, new", "import", ["sea"], ["TH", "VN"], (0.3, 0.6), (15000, 24000), ["USD"], 0.07, S),
    ("843311", "Robotic lawn mowers, new, boxed", "import", ["sea"], ["CN"], (30, 50), (2000, 6000), ["USD"], 0.1, S),
    ("842410", "Powder fire extinguishers 6 kg, ABC, new", "import", ["sea"], ["CN", "TR"], (2, 4), (5000, 12000), ["USD"], 0.11, S),
    ("380891", "Woodworm treatment fluid, permethrin, 1 l", "import", ["sea"], ["EG", "TR"], (2, 4), (2000, 6000), ["USD"], 0.9, S),
    ("381400", "Tar and bitumen remover, citrus-based, 1 l", "import", ["air"], ["PK", "IN"], (3, 6), (100, 400), ["USD"], 1.1, S),
    ("847989", "Building dehumidifiers on R-290, 50 l/day", "import", ["sea"], ["KR", "CN"], (8, 14), (2000, 6000), ["USD"], 0.025, S),
    ("381400", "Contact-adhesive thinner, ester-based, 1 l", "import", ["air"], ["BR"], (3, 6), (100, 400), ["USD"], 1, S),
    ("271119", "Propylene brazing-gas cylinders, 400 g", "import", ["sea"], ["MX", "US"], (4, 8), (1000, 4000), ["USD"], 2.2, S),
    ("690410", "Reclaimed 20th-century bricks, pallets", "import", ["road"], ["UA", "RS"], (0.1, 0.3), (15000, 24000), ["EUR"], 0.4, S),
    ("690723", "Terracotta floor tiles, handmade, new", "import", ["sea"], ["MA", "TN"], (0.6, 1.2), (10000, 20000), ["EUR"], 2.5, S),
    ("691390", "Iznik-style hand-painted tiles, new", "import", ["air"], ["TR"], (15, 30), (100, 400), ["EUR", "USD"], 2, S),
    ("830241", "Brass door knockers, lion head, new", "import", ["post", "express"], ["IN", "LB"], (15, 30), (1, 3), ["USD"], 0.7, S),
    ("440791", "Reclaimed oak barn beams, 20th century", "import", ["road"], ["UA", "RS"], (0.6, 1.2), (10000, 20000), ["EUR"], None, S),
    ("820140", "Forged axe heads, new, oiled", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 0.8, S),
    ("852589", "Thermal cameras for building inspection, 160x120, 9 Hz", "import", ["air"], ["US", "CN"], (200, 400), (20, 100), ["USD"], 1, S),
    ("901580", "Self-levelling cross-line lasers, new", "import", ["air"], ["CN"], (40, 80), (100, 400), ["USD"], 1.2, S),
    ("846599", "Three-axis CNC routers for kitchen fitters", "import", ["sea"], ["CN"], (4, 8), (2000, 8000), ["USD"], 0.001, S),
    ("252329", "Portland cement CEM II, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.06, 0.1), (20000, 26000), ["EUR", "USD"], 0.04, S),
    ("842890", "Battery vacuum lifters for glass and boards", "import", ["air"], ["GB", "CN"], (15, 30), (100, 600), ["USD", "GBP"], 0.02, S),
    ("848180", "Stainless ball valves for plumbing, DN 50", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 0.15, S),
    ("441700", "Ash and hickory tool handles, new", "import", ["sea"], ["US", "CN"], (1.5, 3), (3000, 8000), ["USD"], 3, S),
    ("441821", "Sapele interior doors, solid, legal-source certified", "import", ["sea"], ["CM", "GH"], (2, 4), (6000, 14000), ["USD"], 0.03, S),
    ("420291", "Cowhide leather tool belts, new", "import", ["air"], ["PK", "IN"], (15, 30), (100, 400), ["USD"], 1.1, S),
    ("251710", "White marble garden pebbles, 20 kg bags", "import", ["sea"], ["TR", "EG"], (0.1, 0.2), (20000, 26000), ["USD"], 0.05, S),
    ("442199", "Pine dowels and mouldings, FSC", "import", ["sea"], ["CL", "BR"], (1, 2), (8000, 16000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("560290", "Felt chair-leg pads, self-adhesive", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 40, N),
        ("701349", "Glass oil and vinegar bottles, empty", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 3, N),
        ("420222", "Jute shopping bags, printed", "import", ["sea"], ["BD", "IN"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("420292", "Cotton wash bags, zipped", "import", ["post", "express"], ["IN", "PK"], (20, 40), (1, 3), ["USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind286", 20731101, HERE)


if __name__ == "__main__":
    main()
