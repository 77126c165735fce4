#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-ninth blind set (tests/risk/data/blind289-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: golf courses, golf clubs and
pro shops (golf courses and their greenkeepers, clubhouses and resort landscapers, golf-club
and golf-ball makers, club fitters and repairers and their parts suppliers, pro shops and
golf web shops).
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
only where a real declaration would. Ids are BL289-*:

    python3 tests/risk/data/make_blind289_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "JP", [], "AT", "340290",
         "ゴルフボール用漂白洗浄液 (ロストボール再生用), 500ml x 6本", "JP", 3.4, 6, 4800, "JPY",
         "the cleaners sold for whitening lost golf balls are mild alkaline detergents of about 1.02 kg/l with a "
         "pine or lemon smell; these six half-litre bottles hold a water-clear, odourless liquid of 1.13 kg/l under "
         "vented caps that whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Osaka to a private person in Salzburg who sells 'refreshed' lost balls on a "
         "marketplace; Japanese wording (hydrogen peroxide repeats in many sets and whitening labels on it in a few, "
         "blind228 and blind264 among them; a golf-ball whitening label was found in no earlier row by a keyword "
         "search)", person("Thomas Gruber", "AT")),
        ("PRE-02", "import", "NLAIR01", "air", "TH", [], "NL", "381400",
         "น้ำยาลอกสีลูกกอล์ฟ สำหรับรีไซเคิลลูกกอล์ฟจากบ่อน้ำ, แกลลอน 4 ลิตร, 60 แกลลอน", "TH", 274, 60, 900, "USD",
         "the strippers lake-ball recyclers use to take the paint and logos off balls fished from water hazards are "
         "alkaline or glycol-ether baths of about 1.0 kg/l; these 60 cans hold an oily, faintly fruity liquid of "
         "1.14 kg/l that does not strip paint, and the filler's drum label copied onto the packing list reads "
         "'CH3NO2', for a Dutch lake-ball recycler whose web shop sells the cans by the litre to model-engine "
         "hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown from "
         "Bangkok to Amsterdam; Thai wording (nitromethane repeats in many sets and a golf-grip solvent label on it "
         "once, blind193; a lake-ball paint-stripper label was found in no earlier row by a keyword search)",
         firm("Horizon Lake Balls BV", "NL")),
        ("PRE-03", "import", "FRSEA01", "sea", "TN", [], "FR", "382499",
         "Correcteur d'eau d'irrigation pour greens de golf (acidifiant à base de bisulfite d'ammonium), fûts 200 l, "
         "40 fûts", "TN", 14720, 40, 3200, "EUR",
         "the irrigation-water conditioners greenkeepers inject against bicarbonate are ammonium-bisulphite or urea-"
         "sulphuric blends of about 1.3 kg/l that smell of sulphur; these 40 drums hold a colourless, oily liquid of "
         "1.84 kg/l with no smell that grows hot with water and chars the pallet wood where it leaked, for a "
         "Marseille greenkeeping supplier that refills it into 5 l cans sold to the public: about 96 % sulphuric "
         "acid (Annex I above 15 %), by sea from Radès; Tunisian French wording (sulphuric acid repeats in many sets "
         "and oil and drain labels on it in several; an irrigation-water conditioner for golf greens was found in no "
         "earlier row by a keyword search)", firm("Rivage Golf Entretien SARL", "FR")),
        ("PRE-04", "import", "PLAIR01", "air", "KR", [], "PL", "283650",
         "골프장 해저드 라인 마킹 파우더 (백색 탄산칼슘), 1 kg 봉지, 300봉", "KR", 300, 300, 900, "USD",
         "the white powder greenkeepers spread to mark hazard lines and ground under repair is a chalky calcium "
         "carbonate that fizzes with vinegar and never dissolves; these 300 bags hold a fine, white, crystalline "
         "powder that does not fizz, dissolves slowly in hot water, flares with sugar on a hot plate and whose inner "
         "liners read 'KClO4', for a Poznań golf web shop that sells the 1 kg bags to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Incheon; Korean "
         "wording (potassium perchlorate repeats in many sets and chalk and line-marking labels in a few, on sports "
         "fields; a golf-course hazard-marking powder was found in no earlier row by a keyword search)",
         firm("Vega Golf Serwis Sp. z o.o.", "PL")),
        ("PRE-05", "import", "LVRAIL01", "rail", "UZ", [], "LV", "310221",
         "Grinlar uchun eriydigan o'g'it, ammoniy sulfat 21 % N, 25 kg qoplar, 840 qop", "UZ", 21000, 840, 4200,
         "USD",
         "the soluble ammonium sulphate greenkeepers spoon-feed to greens is a damp, off-white crystal of 21 % N that "
         "smells faintly of ammonia; these 840 sacks hold dry, white, free-flowing 2 mm prills that test at 34 % N, "
         "turn ice-cold in water and melt and fume on a hot plate, for a Riga greenkeeping supplier that repacks "
         "them in 2 kg 'greens feed' tubs for golf members' home lawns: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, by rail from Chirchiq; Uzbek wording (ammonium nitrate "
         "repeats in many sets and fertiliser labels on it in many, calcium nitrate for golf greens once; kept as a "
         "repeat of that family, an ammonium-sulphate greens feed by rail from Uzbekistan is the new part)",
         firm("Baltic Greenkeeping SIA", "LV")),
        ("PRE-06", "import", "IEPOST01", "post", "ZA", [], "IE", "340250",
         "Balwasser-tablette vir gholfbaan-balwassers, 4 x 1 kg", "ZA", 4, 4, 900, "ZAR",
         "the tablets dropped into the ball washers beside a tee are blue, foaming detergent tablets that smell of "
         "soap; these four tubs hold loose, white, odourless crystals that do not foam or fizz, flare on a match "
         "with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from "
         "Johannesburg to a private person in Galway; Afrikaans wording (sodium chlorate repeats in many sets and "
         "weed-killer and de-icing labels on it in many; a tee ball-washer tablet label was found in no earlier row "
         "by a keyword search)", person("Ms Aoife Byrne", "IE")),
        ("PRE-07", "import", "CZAIR01", "air", "VN", [], "CZ", "381090",
         "Dung dịch tẩy gỉ và làm sáng đầu gậy golf sắt, chai 1 lít, 96 chai", "VN", 134, 96, 480, "USD",
         "the rust removers club fitters use on forged iron heads are thickened phosphoric or oxalic gels of about "
         "1.2 kg/l; these 96 bottles hold a thin, water-clear liquid of 1.40 kg/l that fumes brown when opened, "
         "stains the skin yellow and eats into a copper wire, for a Brno club-fitting studio whose web shop sells "
         "the bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the "
         "public, flown from Ho Chi Minh City to Prague; Vietnamese wording (nitric acid repeats in many sets and "
         "metal-cleaner labels on it in several; a golf-iron rust-remover label was found in no earlier row by a "
         "keyword search)", firm("Orion Golf Fitting s.r.o.", "CZ")),
        ("PRE-08", "import", "CYSEA01", "sea", "EG", [], "CY", "283699",
         "منشط تبييض للغسيل (بيركربونات الصوديوم) لمغاسل نوادي الجولف، أكياس 25 كجم، 600 كيس", "EG", 15000, 600,
         6000, "USD",
         "the oxygen bleach booster golf-resort laundries use on towels and caddie bibs is sodium percarbonate, white "
         "granules that fizz and foam in warm water; these 600 sacks hold shiny, colourless flakes that do not fizz, "
         "crackle and spit violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, "
         "for a Paphos golf-resort services firm with no laundry that re-bags the salt in 1 kg packs sold online: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Alexandria to "
         "Limassol; Egyptian Arabic wording (potassium chlorate repeats in many sets and bleach labels on it in a "
         "few; a golf-club laundry bleach booster was found in no earlier row by a keyword search)",
         firm("Delta Golf Resort Services Ltd", "CY")),
        ("PRE-09", "import", "PTAIR01", "air", "BR", [], "PT", "283322",
         "Clarificante para lagos de campos de golfe (sulfato de alumínio), sacos de 1 kg, 500 sacos", "BR", 500, 500,
         600, "USD",
         "the aluminium sulphate greenkeepers dose into water hazards to settle the cloudiness is an off-white, "
         "lumpy, slow-dissolving kibble that tastes sour; these 500 bags hold a soft, white, hygroscopic powder that "
         "dissolves at once, turns damp in the shop air and burns fiercely with sugar, for an Algarve golf-"
         "maintenance supplier that sells the bags over the counter: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from São Paulo to Faro; Brazilian Portuguese wording "
         "(sodium perchlorate repeats in many sets and a black pond-dye label once, on another good; a water-hazard "
         "clarifier label was found in no earlier row by a keyword search)", firm("Atlantic Golfe Manutenção Lda", "PT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Средство за чишћење цеви система за наводњавање голф терена, канте 20 л, 120 канти (1. од 3 испоруке)", "RS",
         2880, 120, 1800, "EUR",
         "the line cleaners golf courses flush through their sprinkler systems are dilute acid or chlorine "
         "solutions of about 1.05 kg/l; these 120 cans hold a water-clear liquid of 1.20 kg/l with vented caps that "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for a "
         "Budapest golf-course supplier that sells the cans to the public: about 50 % hydrogen peroxide (Annex I "
         "above 12 %) retail-packed for members of the public, at Tompa; Serbian wording in Cyrillic script "
         "(hydrogen peroxide repeats in many sets and splits over several vans in blind264, blind280 and blind288, "
         "kept as a repeat; a golf-course irrigation-line cleaner was found in no earlier row by a keyword search)",
         firm("Alpina Golfpálya Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "950639",
         "Simulateurs de golf d'occasion, en état de marche, 24 ensembles", "BE", 9600, 24, 7200, "EUR",
         "working used golf simulators are sold as complete bays with a tested projector, launch monitor, PC and a "
         "list of serial numbers; these 24 'sets' from closing Brussels indoor-golf centres are cracked projectors "
         "with their mercury lamps, dead PCs, smashed launch monitors, UPS blocks with swollen batteries and torn "
         "impact screens thrown loose into the container, with no test report, bought by weight by a Lagos "
         "dismantler: waste electrical equipment with lamps and batteries (A1180, 16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp; Belgian French wording (e-waste as used equipment "
         "repeats in many sets and simulators in four, amusement and flight simulators; golf simulators were found in "
         "no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "MA", "440692",
         "Gebruikte eikenhouten bielzen voor bunkerranden, gereinigd, 22 t", "NL", 22000, None, 2200, "EUR",
         "reclaimed oak sleepers for edging golf bunkers are untreated, dry, grey-weathered beams; these 22 t are "
         "black, tarry, pine and beech sleepers that smell of creosote and bleed oil in the sun, dug out of the "
         "bunker revetments of a Dutch golf course under renovation, for a Marrakesh 'landscaper': wood treated "
         "with creosote (17 02 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam "
         "to Casablanca; Dutch wording (creosoted sleepers repeat in many sets, kept as a repeat of the good; bunker "
         "revetments of a golf course are the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "IN", "282540",
         "Idrossido di nichel, concentrato per recupero metalli, big bag, 18 t", "IT", 18000, None, 5400, "EUR",
         "nickel hydroxide for metal recovery is a pale green, dry, uniform powder with an assay; these big bags "
         "hold wet, yellow-green filter-press cake that stains the hands, reads 6 % nickel, 3 % chromium with "
         "hexavalent chromium and cyanide, from the chrome-plating line of a Brescia forge that plates forged iron "
         "heads for golf-club brands: plating sludge (11 01 09*), hazardous waste whose export to a non-OECD "
         "country is banned, from Genoa to Nhava Sheva; Italian wording (plating sludges repeat in several sets and "
         "metal-hydroxide labels on them in a few, kept as a repeat of the family; a golf-club-head plating line's "
         "sludge was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "391510",
         "Przemiał HDPE z kanistrów, czysty, umyty, 20 t", "PL", 20000, None, 3000, "EUR",
         "clean HDPE regrind from canisters is washed, dry, one-colour flakes that smell of nothing; these bags hold "
         "unwashed shreds of greenkeeping fungicide, wetting-agent and growth-regulator canisters collected from "
         "golf courses, with labels still on, crusted residue and a strong chemical smell: packaging containing "
         "residues of hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country is banned, "
         "at Hrebenne for a Lviv 'moulder'; Polish wording (pesticide-container regrind repeats in a few sets; "
         "greenkeeping canisters from golf courses, through Hrebenne, are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "SN", "950631",
         "Palos de golf usados, juegos completos, 300 juegos", "ES", 3000, 300, 6000, "EUR",
         "a driving-range clearance container for Dakar: used club sets and tee mats are what Costa del Sol ranges "
         "sell on, but the third item's 'proyectores de campo de prácticas, usados' are 120 floodlight fittings "
         "pulled off the range masts with their metal-halide lamps still in and oil-filled ballast capacitors "
         "labelled PCB, many broken: waste lamps and PCB-containing equipment (16 02 09*, 20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Algeciras; Spanish wording (PCB capacitors and lamps repeat in many sets; range floodlights behind "
         "used golf clubs are the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("570500", "Alfombras de tee para campo de prácticas, usadas, 200 uds", "ES", 2000, 1000,
                                "EUR", qty=200),
                           item("940549", "Proyectores de campo de prácticas, usados, 120 uds", "ES", 3600, 1200, "EUR",
                                qty=120)])),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "271019",
         "Óleo base regenerado, para lubrificantes, flexitank 20 t", "PT", 20000, None, 4000, "EUR",
         "regenerated base oil is a clear, pale-yellow oil with a specification sheet; this flexitank holds a black, "
         "water-logged mix of engine, hydraulic and gearbox oil drained from the greens mowers and utility vehicles "
         "of Algarve golf-course maintenance sheds, with glycol and chlorinated parts-washer solvent in it, "
         "collected by a Loulé 'recycler': waste oils (13 02 05*, 13 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, from Sines to Luanda; Portuguese wording (waste oil under base-oil labels "
         "repeats in many sets, kept as a repeat; golf-course maintenance sheds' oil is the new part as far as a "
         "search found)", {"importer_country": "AO"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "MA", "810197",
         "Déchets de tungstène, chutes propres, 4 t", "FR", 4000, None, 24000, "EUR",
         "clean tungsten scrap is dry offcuts and turnings, sorted by alloy; these drums hold black, oily grinding "
         "swarf and sludge in spent coolant, with cobalt-bearing wheel dust, from a Lyon workshop that machines "
         "tungsten weight screws for golf drivers and putters: grinding sludge containing hazardous substances "
         "(12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Marseille to Tangier Med; "
         "French wording (tungsten repeats in several sets, as golf weights on strategic goods; tungsten grinding "
         "sludge from golf-weight machining was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "282741",
         "Roztok chloridu měďnatého, technický, IBC, 18 t", "CZ", 18000, 18, 1800, "EUR",
         "technical cupric chloride solution is a clear, deep green liquid with a maker's assay; these 18 IBCs hold "
         "a murky, dark green-brown, fuming acid liquid with sediment, spent etchant drained from a Pardubice "
         "printed-circuit-board maker's etching lines: spent acid etching solutions (11 01 05*), hazardous waste "
         "whose export to a non-OECD country is banned, on a tanker lorry for a Subotica 'chemical trader'; Czech "
         "wording (spent etchants repeat in a few sets and cupric chloride in three; kept as a repeat, from Czechia "
         "by road to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "FISEA01", "sea", "FI", [], "PK", "850440",
         "Käytetyt UPS-järjestelmät, toimivat, 40 kpl", "FI", 16000, 40, 8000, "EUR",
         "working used UPS systems are cabinets with a load-test report and fresh batteries; these 40 cabinets from "
         "a Helsinki data-centre refit are full of swollen, cracked valve-regulated lead-acid blocks with white "
         "crust and leaking acid on the shelves, and do not switch on: waste lead-acid batteries (16 06 01*) and "
         "e-waste, hazardous waste whose export to a non-OECD country is banned, from Kotka to Karachi; Finnish "
         "wording (lead-acid batteries repeat in many sets and UPS labels in a few; kept as a repeat, from Finland "
         "to Pakistan is the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-10", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Marine gas oil, light, in bulk, 120 t", "MT", 120000, None, 36000, "EUR",
         "marine gas oil is a clear, light distillate with a bunker delivery note; this barge load is a dark, "
         "water-logged, emulsified mix of bilge water, sludge and slop oil pumped out of ships at Valletta, 40 % "
         "water, for a Misrata 'fuel trader': bilge-oil mixtures (13 04 01*, 16 07 08*), hazardous waste whose "
         "export to a non-OECD country is banned; Maltese English wording (bilge oil repeats in many sets; kept as a "
         "repeat, from Malta to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRROAD01", "road", "TR", [], "GR", "842410",
         "Golf arabaları için yangın söndürücü, 1 kg, 400 adet", "TR", 720, 400, 3200, "USD",
         "the small extinguishers clipped to golf cars hold a dry powder or a water mist and are stamped with a CE "
         "mark and a filling date; these 400 hiss when shaken, spray a liquid that vanishes into a sweet gas, and the "
         "valve collars read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, in a van at Kipoi for a Thessaloniki golf-"
         "car dealer; Turkish wording (halon 1211 repeats in many sets and vehicle-extinguisher labels in several, "
         "kept as a repeat of the family; a golf-car extinguisher was found in no earlier row by a keyword search)",
         firm("Meridian Golf Cars AE", "GR")),
        ("OZN-02", "import", "ITSEA01", "sea", "IL", [], "IT", "380899",
         "חומר חיטוי קרקע לגרינים (1,3-דיכלורופרופן), מכלים 50 ק\"ג, 20 מכלים", "IL", 1000, 20, 6000, "USD",
         "1,3-dichloropropene for nematodes under greens is a liquid of 1.2 kg/l drummed at atmospheric pressure and "
         "smells sharp and sweet; these 20 are pressure cylinders with dip tubes, read 1.9 bar at 20 °C, the "
         "contents boil off at 4 °C with almost no smell and an electronic detector names CH3Br: methyl bromide, "
         "whose import into the Union is banned (no quarantine exemption remains), by sea from Ashdod to Livorno for "
         "a Tuscan golf-course construction firm that still fumigates greens before re-turfing; Hebrew wording "
         "(methyl bromide repeats in many sets and soil-fumigant labels on it in several, kept as a repeat; greens "
         "fumigation for a golf builder from Israel is the new part as far as a search found)",
         firm("Alpina Green Service Srl", "IT")),
        ("OZN-03", "import", "SEAIR01", "air", "TW", [], "SE", "381400",
         "高爾夫握把膠帶活化劑, 1加侖, 80桶", "TW", 375, 80, 960, "USD",
         "the activators club fitters pour on double-sided tape to slide a new grip on are white spirit or "
         "naphtha of about 0.75 kg/l that smell of petrol and burn; these 80 gallon cans weigh 1.24 kg/l, boil in "
         "the warm hand at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), "
         "whose import into the Union is banned, flown from Taipei to Stockholm for a club-repair workshop; Chinese "
         "wording from Taiwan (HCFC-141b under solvent labels repeats in many sets and a golf-grip solvent label "
         "once, blind193, on nitromethane; a grip-tape activator on an ozone-depleting substance was found in no earlier row)",
         firm("Nordhafen Golfverkstad AB", "SE")),
        ("OZN-04", "export", "IESEA01", "sea", "IE", [], "GM", "841850",
         "Used bar back-coolers from golf clubhouses, working, 60 units", "IE", 4800, 60, 3000, "EUR",
         "used bottle coolers from clubhouse bars may be exported when they run on R-134a, R-290 or R-600a; these 60 "
         "are 1980s and early-1990s under-counter coolers from Irish golf clubhouses with their compressor plates "
         "reading 'R12' and CFC-11-blown cabinet foam, for a Banjul bar supplier: equipment relying on and "
         "containing CFCs, whose export from the Union is banned (Regulation 2024/590), from Dublin; Irish English "
         "wording (CFC equipment for export and beverage coolers repeat in many sets, kept as a repeat; golf "
         "clubhouses' bar coolers to Gambia are the new part as far as a search found)", {"importer_country": "GM"}),
        ("OZN-05", "import", "IEAIR01", "air", "PK", [], "IE", "381400",
         "گالف شافٹ ایپوکسی ریموور (ری شافٹنگ سالوینٹ)، 1 لیٹر، 48 بوتلیں", "PK", 76, 48, 300, "USD",
         "the epoxy softeners club repairers use to pull shafts out of heads are acetone or methylene-chloride-free "
         "gels of about 0.8-1.0 kg/l that burn or smell of citrus; these 48 bottles weigh 1.59 kg/l, do not burn, "
         "smell sweet like chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the "
         "Union is banned, flown from Sialkot via Lahore to Dublin for a golf-repair workshop; Urdu wording (carbon "
         "tetrachloride repeats in many sets and remover labels on it in many; a golf reshafting solvent was found "
         "in no earlier row by a keyword search)", firm("Rivage Golf Repairs Ltd", "IE")),
        ("OZN-06", "import", "PTSEA01", "sea", "ID", [], "PT", "290219",
         "Bahan peniup busa siklopentana untuk jok mobil golf, drum 200 l, 40 drum", "ID", 11920, 40, 9600, "USD",
         "cyclopentane for blowing polyurethane seat foam is a flammable liquid of 0.75 kg/l that boils at 49 °C; "
         "these 40 drums weigh 1.49 kg/l, boil at 24 °C, do not burn and smell faintly sweet, and the drum heads are "
         "stamped 'R-11': CFC-11 (trichlorofluoromethane), whose import into the Union is banned, by sea from "
         "Surabaya to Leixões for a Porto upholsterer of golf-car seats; Indonesian wording (CFC-11 under blowing-"
         "agent labels repeats in several sets; a golf-car seat-foam blowing agent was found in no earlier row by a "
         "keyword search)", firm("Horizon Estofos Golf Lda", "PT")),
        ("OZN-07", "import", "ROROAD01", "road", "MD", [], "RO", "290342",
         "Agent frigorific R-32 (difluormetan), butelii 9 kg, 100 buc.", "MD", 900, 100, 7000, "EUR",
         "R-32 is a mildly flammable HFC in refillable cylinders with a red band and a quota certificate; these 100 "
         "disposable cylinders read 9.2 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old "
         "stamps, for a Bucharest air-conditioning contractor fitting out a golf resort's clubhouse and villas: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Albița; Romanian "
         "wording from Moldova (HCFC-22 under HFC labels repeats in many sets, kept as a repeat; from Moldova for a "
         "golf resort is the new part as far as a search found)", firm("Vega Clima Golf SRL", "RO")),
        ("OZN-08", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "高尔夫球头喷漆前脱脂剂, 18升/桶, 30桶", "CN", 713, 30, 1400, "USD",
         "the degreasers club-head finishers wipe on before paint-fill are isopropanol or hydrocarbon blends of "
         "about 0.8 kg/l that burn; these 30 cans weigh 1.32 kg/l, do not burn, smell sweet like chloroform and the "
         "filler's inner labels read '1,1,1-三氯乙烷': methyl chloroform (1,1,1-trichloroethane), whose import into "
         "the Union is banned, flown from Xiamen to Frankfurt for a German custom golf-club maker; Chinese wording "
         "(methyl chloroform repeats in several sets under degreaser and thinner labels, kept as a repeat; a golf "
         "club-head degreaser was found in no earlier row by a keyword search)",
         firm("Central Golfschläger Manufaktur GmbH", "DE")),
        ("OZN-09", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "290345",
         "रेफ्रिजरेंट R-134a, 13.6 किग्रा सिलेंडर, 400 सिलेंडर", "IN", 5440, 400, 16000, "USD",
         "R-134a comes in returnable or disposable cylinders reading about 5.7 bar at 20 °C; these 400 read 4.7 bar, "
         "a leak detector names CFC-12 and the shoulder stamps read 'R12' under the paint: dichlorodifluoromethane "
         "(CFC-12), moved through the Union without the licence Regulation 2024/590 requires, landed at Constanța "
         "in transit from Mundra to a Chișinău refrigeration dealer; Hindi wording (CFC-12 under R-134a labels "
         "repeats in many sets, blind288 among them, kept as a repeat; a transit through Constanța to Moldova is the "
         "new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-10", "import", "DKAIR01", "express", "MY", [], "DK", "420321",
         "Sarung tangan golf, kulit cabretta, 120 pasang", "MY", 6, 120, 600, "USD",
         "an express parcel for a Copenhagen pro shop: cabretta golf gloves are what the Kuala Lumpur supplier "
         "sends, but the second item's 'isi semula hon udara' are twelve 400 g cans for the air horns tournament "
         "starters sound for shotgun starts, whose contents read CFC-12 (dichlorodifluoromethane) on a leak "
         "detector and 'R12' on the crimp, whose import into the Union is banned, hidden as the second item of a "
         "two-item declaration; Malay wording (CFC-12 repeats in many sets and air-horn refill labels in many, kept "
         "as a repeat; a golf-tournament starter's horn refill behind golf gloves is the new part as far as a "
         "search found)",
         dict(firm("Vega Golf Pro Shop ApS", "DK"),
              _more_items=[item("920890", "Isi semula hon udara untuk pemula kejohanan golf, 12 tin", "MY", 5, 48, "USD",
                                qty=12)])),
    ],
    "cultural": [
        ("CUL-01", "export", "NLAIR01", "air", "NL", [], "US", "950632",
         "Replica golfballen, leer en hout, decoratief, 30 stuks", "NL", 3, 30, 150, "EUR",
         "replica antique golf balls are new, evenly stitched leather or turned beech balls; these 30 are "
         "hand-stitched, blackened leather balls stuffed with hair and cow hair and dark, dented boxwood and elm "
         "balls with river mud in the cracks, dug by detectorists and dredgers from Dutch canal and town-ditch "
         "soils: 15th-17th century 'colf' and 'kolf' balls of the Dutch forerunner of golf, archaeological objects "
         "exported without the EU export licence that Regulation 116/2009 requires for archaeological objects of "
         "any value, flown from Amsterdam to a golf-history collector in Ohio; Dutch wording (colf and kolf balls "
         "were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "ATAIR01", "air", "GE", [], "AT", "830629",
         "გოლფის ტურნირის თასი, მოვერცხლილი, 1 ცალი", "GE", 1.8, 1, 120, "USD",
         "a silver-plated golf trophy cup is a new, spun brass cup with a bright plating and a blank for "
         "engraving; this one is a heavy, hand-raised silver chalice with chased saints, a Georgian asomtavruli "
         "inscription round the lip and old repairs at the foot, from a Svaneti church treasury: a medieval church "
         "chalice removed from Georgia against its export ban, brought in without the importer statement "
         "Regulation 2019/880 requires, flown from Tbilisi to Innsbruck for a Kitzbühel trophy engraver that "
         "supplies golf clubs; Georgian wording (church chalices repeat in many sets and trophy-cup labels twice, "
         "blind244 and blind275; a golf-tournament trophy label was found in no earlier row)",
         firm("Alpina Golfclub Trophäen GmbH", "AT")),
        ("CUL-03", "import", "ESSEA01", "sea", "TR", [], "ES", "680291",
         "Golf sahası peyzajı için taş bahçe teknesi, antik görünümlü, 1 adet", "TR", 1400, 1, 900, "EUR",
         "an antique-look stone trough for golf-course landscaping is new, machine-cut marble distressed with acid; "
         "this one is a weathered marble sarcophagus chest with carved garlands, erotes and a Greek epitaph on one "
         "long side, lime sinter inside and fresh pick marks at the base: a Roman garland sarcophagus (2nd-3rd "
         "century) dug in Pamphylia, an archaeological object whose export Türkiye forbids, brought in without the "
         "import licence Regulation 2019/880 requires, by sea from Mersin to Valencia for a golf-course "
         "landscaper; Turkish wording (sarcophagi repeat in seven sets and garden-trough labels in a few; a golf-"
         "course landscaping label was found in no earlier row by a keyword search)",
         firm("Meridian Golf Paisajismo SL", "ES")),
        ("CUL-04", "export", "PTAIR01", "air", "PT", [], "BR", "690740",
         "Azulejos recuperados para decoração de clube de golfe, 1.200 peças", "PT", 1800, 1200, 2400, "EUR",
         "reclaimed tiles for a clubhouse are 20th-century industrial tiles, all alike; these 1,200 are hand-"
         "painted blue-and-white tiles that fit together into a figurative hunting scene with a Baroque frame, "
         "lime mortar still on the backs and numbering in chalk, chiselled off a Lisbon palace chapel: an "
         "18th-century azulejo panel over 100 years old exported without the EU export licence (Regulation "
         "116/2009) and the Portuguese permit, flown to a São Paulo golf-club decorator; Portuguese wording "
         "(azulejos repeat in many sets, kept as a repeat of the good; a golf-clubhouse decoration label to Brazil "
         "is the new part as far as a search found)", {"importer_country": "BR"}),
        ("CUL-05", "import", "NLAIR01", "express", "CN", [], "NL", "691390",
         "捶丸复制品 (中国古代高尔夫), 陶瓷球, 20个", "CN", 3, 20, 60, "USD",
         "chuiwan replicas sold to golf shops as 'ancient Chinese golf' are new, evenly glazed ceramic balls; these "
         "20 are worn, unevenly glazed Cizhou and Ding-ware stoneware balls with tomb earth in the pores and burial "
         "staining, dug in Hebei: Song and Jin dynasty (10th-13th century) archaeological objects, whose export "
         "China forbids, brought in without the import licence Regulation 2019/880 requires for archaeological "
         "objects, sent by express from Shijiazhuang to a Haarlem golf pro shop that sells golf-history curios; "
         "Chinese wording (Song ceramics repeat in several sets; chuiwan balls were found in no earlier row by a "
         "keyword search)", firm("Orion Golf Pro Shop BV", "NL")),
        ("CUL-06", "import", "FRSEA01", "sea", "MX", [], "FR", "691490",
         "Macetas de barro artesanales para campo de golf, 400 piezas", "MX", 2400, 400, 2400, "USD",
         "a Mexican craft container for a Basque golf resort: clay planters and painted clay tee markers are what "
         "the Tlaquepaque workshops ship, but the third item's 'figura decorativa de barro, estilo prehispánico' is "
         "a burnished red-brown Colima dog with a spout in its tail, root marks and manganese dendrites on the "
         "surface: a shaft-tomb ceramic of western Mexico (300 BC - AD 300), an archaeological monument of the "
         "nation whose export Mexico forbids, brought in without an import licence (Regulation 2019/880), hidden as "
         "the last item of a three-item declaration, by sea from Manzanillo to Le Havre; Mexican Spanish wording "
         "(pre-Columbian ceramics repeat in many sets; behind golf-course planters and tee markers is the new part as "
         "far as a search found)",
         dict(firm("Horizon Golf Resort Basque SARL", "FR"),
              _more_items=[item("691390", "Marcadores de salida de barro pintado, 72 piezas", "MX", 150, 360, "USD",
                                qty=72),
                           item("691390", "Figura decorativa de barro, estilo prehispánico, 1 pieza", "MX", 30, 40,
                                "USD", qty=1)])),
        ("CUL-07", "transit", "FRAIR01", "air", "ML", ["FR"], "AE", "482020",
         "Vieux cahiers d'écolier, papier, 4 kg", "ML", 4, None, 12000, "XOF",
         "old school exercise books are machine-ruled paper; these 4 kg are loose, browned, hand-made paper "
         "leaves written in Arabic script in brown and red ink, with astronomical tables and marginal glosses, in "
         "tooled goatskin wallets: Timbuktu manuscripts (16th-19th century), whose export Mali forbids, landed at "
         "Paris in transit from Bamako to a Dubai dealer, against Regulation 2019/880 (Article 3(1)), which covers "
         "transit; Malian French wording (Timbuktu manuscripts repeat in many sets, kept as a repeat; an exercise-"
         "book label through Paris is the new part as far as a search found)", {"importer_country": "AE"}),
        ("CUL-08", "import", "BESEA01", "sea", "TH", [], "BE", "680299",
         "ศีรษะพระพุทธรูปหินทรายตกแต่งสวน ของใหม่ 1 ชิ้น", "TH", 45, 1, 80, "USD",
         "new sandstone garden Buddha heads are crisp, pale and evenly tooled; this one is a grey, lichen-stained "
         "sandstone head with a Bayon-style smile, a weathered crown, a saw cut at the neck and old soil in the "
         "curls: a 12th-13th century Khmer sculpture looted in Cambodia, whose export Cambodia forbids, brought in "
         "via Thailand without the import licence Regulation 2019/880 requires, by sea from Laem Chabang to "
         "Antwerp for a garden-ornament dealer; Thai wording (Khmer sculpture repeats in many sets, kept as a "
         "repeat; a Thai new-garden-ornament label to Belgium is the new part as far as a search found)",
         firm("Delta Jardin SA", "BE")),
        ("CUL-09", "export", "ITPOST01", "post", "IT", [], "US", "691390",
         "Vaso in ceramica nera, stile etrusco, riproduzione, 1 pz", "IT", 1.2, 1, 35, "EUR",
         "a reproduction Etruscan vase is a new, evenly fired black ware; this is a thin-walled, lustrous black "
         "bucchero kantharos with incised fans, tomb encrustation inside and a repaired handle: an Etruscan vessel "
         "(6th century BC) from a clandestine excavation near Cerveteri, an archaeological object exported without "
         "the EU export licence of Regulation 116/2009, posted from Rome to a private collector in Boston; Italian "
         "wording (bucchero repeats in several sets, kept as a repeat; by post to the United States is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "442199",
         "Dřevěná vyřezávaná figura, lidové umění, 1 ks", "CZ", 18, 1, 150, "EUR",
         "a folk-art carved figure is new, painted softwood; this is a limewood Madonna with child, 90 cm, with "
         "a hollowed back, worm holes, layers of old polychromy and gilding and a fresh break where it was prised "
         "from its base, on the Czech list of stolen church property: a late Gothic sculpture (about 1480) from a "
         "South Bohemian church, exported without the EU export licence (Regulation 116/2009) and the Czech permit, "
         "in a van for a Zurich dealer; Czech wording (Gothic sculpture repeats in many sets, kept as a repeat; a "
         "folk-art label from Czechia to Switzerland is the new part as far as a search found)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", [], "KZ", "870310",
         "Elektriniai golfo automobiliai, nauji, 12 vnt.", "LT", 6000, 12, 84000, "EUR",
         "new electric golf cars for a Kazakh golf course would go to a named club with a course address; these 12 "
         "four-seat lithium golf cars with lights and heated seats, at 7,000 EUR each, are for an Astana "
         "'equipment' firm set up in March whose forwarder books them on to a golf club near Moscow: golf cars "
         "(8703 10) among the luxury goods whose sale for use in Russia Regulation 833/2014 forbids, exported for "
         "re-export, on a lorry from Vilnius; Lithuanian wording (luxury golf equipment for Russia once, school golf "
         "sets, and used golf carts as waste; new golf cars for Russia via Kazakhstan were found in no earlier row "
         "by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "LVAIR01", "air", "LV", [], "GE", "852691",
         "RTK-GNSS vadības komplekti golfa laukumu pļāvējiem, 40 gab.", "LV", 80, 40, 24000, "EUR",
         "RTK guidance kits for robotic fairway mowers are plastic-housed receivers with a mower harness at a few "
         "hundred euros; these 40 are bare multi-band, multi-constellation GNSS receiver boards with anti-jamming "
         "inputs for controlled-reception-pattern antennas and no mower harness, at 600 EUR each, for a Tbilisi "
         "'golf-course equipment' firm whose earlier consignments went on to a Russian drone integrator: GNSS "
         "receivers (8526 91) on the common high-priority list, whose re-export to Russia Regulation 833/2014 "
         "forbids, flown from Riga; Latvian wording (GNSS modules repeat in many sets and RTK labels in several; a "
         "golf-mower guidance label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-03", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS", "BG"], "TR", "847780",
         "Wickeltisch für Golfschäfte (Rolltisch), gebraucht, 1 Stück", "AT", 3800, 1, 18000, "EUR",
         "a shaft-rolling table rolls pre-cut prepreg flags onto a mandrel by hand and costs a few thousand euros; "
         "this crate holds a four-axis CNC filament-winding machine with coordinated mandrel, carriage, cross-feed "
         "and eye rotation and a controller for 4 m mandrels, worth 400,000 EUR, for an Istanbul 'golf-shaft "
         "maker' that ships on to Tehran: a filament-winding machine controlled under dual-use 1B001.a and listed "
         "in the Iran regulation, exported without a licence, on a lorry from Graz; Austrian German wording "
         "(filament-winding machines repeat in nine sets; a golf-shaft rolling-table label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "SESEA01", "sea", "SE", [], "PK", "847759",
         "Formpress för golfbollskärnor, hydraulisk, 1 st.", "SE", 24000, 1, 120000, "EUR",
         "a golf-ball core moulding press is a multi-cavity compression press with heated platens at 170 °C; this "
         "is a hot isostatic press with a 400 mm wire-wound pressure vessel, a graphite furnace for 1,500 °C and "
         "200 MPa, worth 2.5 million EUR, for a Sialkot 'sports-goods maker' whose address is a Rawalpindi "
         "engineering works: an isostatic press controlled under dual-use 2B004, exported without a licence, from "
         "Gothenburg to Karachi; Swedish wording (isostatic presses repeat in many sets; a golf-ball core press "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "import", "PLROAD01", "road", "BY", [], "PL", "950639",
         "Ти для гольфа деревянные, берёза, 2 400 000 шт., происхождение Узбекистан", "UZ", 2400, 2400000, 9600, "EUR",
         "birch golf tees from Uzbekistan would be rare, as Uzbekistan has little birch; these 2.4 million tees "
         "carry a Borisov turnery's lot numbers on the inner bags, were loaded in Minsk region and come with an "
         "Uzbek certificate of origin issued in Tashkent: Belarusian wood products, whose import into the Union "
         "Regulation 765/2006 forbids, in a lorry at Kukuryki for a Polish golf-accessory wholesaler; Russian "
         "wording from Belarus (Russian and Belarusian wood under third-country origin repeats in several sets, kept "
         "as a repeat; golf tees were found in no earlier row by a keyword search)",
         firm("Central Golf Akcesoria Sp. z o.o.", "PL")),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "KG", "843390",
         "Rasenmäher-Ersatzteile für Golfplatz, 200 Stück", "DE", 400, 200, 8000, "EUR",
         "a golf-course equipment air shipment for Bishkek: mower reels and bedknives and sprinkler heads are what a "
         "new course there would order, but the third item's 'Bewässerungssteuerungen, Schaltschränke' are eight "
         "numerical controls for five-axis milling machines with their drive modules, for a Bishkek 'golf "
         "resort' that has no course and whose forwarder sends on to a Russian machine-tool maker: numerical "
         "controls (8537 10) on the common high-priority list, whose re-export to Russia Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration, flown from Frankfurt; German wording "
         "(CNC controls repeat in several sets; behind golf-course mower parts and sprinklers is the new part as far "
         "as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("842482", "Regner für Golfplatzbewässerung, 300 Stück", "DE", 300, 6000, "EUR", qty=300),
                           item("853710", "Bewässerungssteuerungen, Schaltschränke, 8 Stück", "DE", 240, 4000, "EUR",
                                qty=8)])),
        ("STR-07", "export", "DKSEA01", "sea", "DK", [], "TR", "841410",
         "Vakuumpumper til malkeanlæg, 20 stk.", "DK", 1600, 20, 16000, "EUR",
         "milking-plant vacuum pumps are oil-lubricated rotary-vane pumps of a few kilowatts at a few thousand "
         "euros; these 20 are magnetically levitated turbomolecular pumps with 5,000 l/s throat and corrosion-"
         "resistant rotors for UF6 service, at 60,000 EUR each, for an Izmir 'dairy equipment' trader that ships "
         "on to Iran: vacuum pumps controlled under dual-use 2B231 and listed in the Iran regulation, exported "
         "without a licence, from Aarhus to Izmir; Danish wording (vacuum pumps repeat in many sets and milking "
         "labels in a few; kept as a repeat, from Denmark is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "AE", "850440",
         "Basseinipumpade sagedusmuundurid, 30 tk", "EE", 90, 30, 6000, "EUR",
         "frequency inverters for pool pumps are single-phase drives up to 400 Hz at a few hundred euros; these 30 "
         "are multiphase frequency changers with 600-2,000 Hz output, 0.1 % frequency control and low harmonic "
         "distortion, for a Dubai 'pool equipment' trader that forwards to Karachi: frequency changers controlled "
         "under dual-use 3A225 (gas-centrifuge drives), exported without a licence, flown from Tallinn; Estonian "
         "wording (frequency changers repeat in many sets and pump-inverter labels in several; kept as a repeat, a "
         "pool-pump label from Estonia is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "import", "GRAIR01", "air", "AM", [], "GR", "711719",
         "Ոսկեզօծ արույրե զարդեր, 2 կգ", "AM", 2, None, 400, "USD",
         "gold-plated brass jewellery is light, with brass showing at the worn edges and no hallmark; these 2 kg of "
         "chains and rings are solid 585 gold, test true on a touchstone and carry Russian assay hallmarks under "
         "the tags, worth a hundred times the declared value, with an Armenian certificate of origin, flown from "
         "Yerevan to Athens for a jewellery wholesaler: gold jewellery of Russian origin, whose import into the Union "
         "Regulation 833/2014 forbids; Armenian wording (Russian gold repeats in several sets and gold-plated labels "
         "in a few; kept as a repeat, via Yerevan to Greece is the new part as far as a search found)",
         firm("Orion Kosmimata AE", "GR")),
        ("STR-10", "export", "HRSEA01", "sea", "HR", [], "TR", "848180",
         "Ventili za navodnjavanje, mesing, 1.200 kom", "HR", 3600, 1200, 14000, "EUR",
         "brass irrigation valves are light, cast-brass ball valves at a few euros; these 1,200 are heavy bellows-"
         "sealed globe valves with wetted parts of nickel alloy, at 900 EUR each, for a Mersin 'irrigation' dealer "
         "whose earlier orders went on to Iran: valves controlled under dual-use 2B350.g, exported without a "
         "licence, from Rijeka; Croatian wording (bellows-sealed valves repeat in several sets and irrigation labels "
         "on them in a few; kept as a repeat, from Croatia is the new part as far as a search found)",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "ID", [], "BE", "950639",
         "Grip stik golf kulit sintetis motif ular, 600 pcs", "ID", 36, 600, 1800, "USD",
         "snake-pattern synthetic golf grips are moulded rubber with a printed, repeating scale pattern; these "
         "600 are wrapped in real, thin, glossy reticulated-python skin with irregular scales and a belly-scale "
         "row on each strip: Malayopython reticulatus (CITES App. II) skin products without CITES documents, flown "
         "from Jakarta to Brussels for a golf-grip importer; Indonesian wording (python skins repeat in many sets; "
         "python-skin golf grips were found in no earlier row by a keyword search)", firm("Rivage Golf Grips SA", "BE")),
        ("WLF-02", "import", "FRAIR01", "air", "MG", [], "FR", "950639",
         "Têtes de bois de golf en kaki (persimmon), ébauches, 400 pièces", "MG", 120, 400, 1200, "USD",
         "persimmon blocks for classic wooden drivers are pale, brownish, fine-grained sapwood with a faint figure; "
         "these 400 squared, sawn blocks are jet-black heartwood with a metallic sheen that sinks in water: "
         "Madagascar ebony (Diospyros spp., CITES App. II, sawn wood under annotation #5, under a zero export "
         "quota) without CITES documents, flown from Antananarivo to Paris for a classic-golf-club maker; Malagasy "
         "French wording (Madagascar ebony repeats in many sets and a persimmon label once, blind192; kept as a "
         "repeat, persimmon driver-head blocks are the new part as far as a search found)",
         firm("Meridian Golf Classique SARL", "FR")),
        ("WLF-03", "import", "ESSEA01", "sea", "ZA", [], "ES", "060290",
         "Ornamental palm trunks (Phoenix), bare-root, for golf-course landscaping, 40 pcs", "ZA", 12000, 40, 4000,
         "USD",
         "date-palm trunks for golf-course landscaping have fibrous, diamond-patterned leaf bases and a crown of "
         "pinnate fronds; these 40 are squat, woody, cone-scarred cycad stems with stiff, spiny, blue-grey leaflets "
         "and fresh spade cuts at the base, dug in the Eastern Cape: wild Encephalartos cycads (CITES App. I) "
         "without CITES permits, by sea from Durban to Valencia for a golf-course landscaper; South African "
         "English wording (Encephalartos repeats in many sets and palm labels on it in several, kept as a repeat; "
         "golf-course landscaping is the new part as far as a search found)",
         firm("Atlantic Golf Paisajismo SL", "ES")),
        ("WLF-04", "import", "ITAIR01", "air", "CO", [], "IT", "950639",
         "Grips para putter en cuero exótico (raya), 300 unidades", "CO", 24, 300, 2400, "USD",
         "stingray-leather putter grips sold in pro shops are usually marine stingray shagreen with a fine, pearly "
         "bead pattern; these 300 are covered in freshwater-ray skin with orange eye-spots on a brown ground, "
         "from river rays caught in the Orinoco basin: Potamotrygon motoro and related rays (CITES App. II since "
         "2023) without the Colombian export permit, flown from Bogotá to Milan for a golf-accessory importer; "
         "Colombian Spanish wording (Potamotrygon repeats in five sets, as aquarium fish and leather; putter grips "
         "were found in no earlier row by a keyword search)", firm("Vega Golf Accessori Srl", "IT")),
        ("WLF-05", "import", "SKAIR01", "express", "VN", [], "SK", "960190",
         "Mác bóng golf bằng xương bò, khắc tay, 500 cái", "VN", 1.5, 500, 250, "USD",
         "cow-bone ball markers are chalky, porous discs with dark specks and pores in the cut; these 500 are dense, "
         "creamy, slightly translucent discs with Schreger lines in cross-hatch on the cut faces: African elephant "
         "ivory (Loxodonta africana, CITES App. I) ball markers and divot-tool inlays without CITES documents, sent "
         "by express from Hanoi to a golf-club pro shop in Bratislava; Vietnamese wording (ivory under bone labels "
         "repeats in many sets, kept as a repeat; golf ball markers were found in two rows, blind52 and blind279, "
         "on other goods; ivory ball markers are the new part as far as a search found)",
         firm("Horizon Golf Pro Shop s.r.o.", "SK")),
        ("WLF-06", "import", "LTAIR01", "air", "MN", [], "LT", "630790",
         "Гольфын модны толгойн бүрээс, хиймэл үстэй, 60 ширхэг", "MN", 15, 60, 600, "USD",
         "faux-fur driver headcovers are knitted covers with long, even, acrylic pile that melts under a hot "
         "needle; these 60 have thick, soft, spotted grey-buff fur on a leather backing that singes and smells of "
         "burnt hair, with black ear tufts sewn in as tassels: Eurasian lynx (Lynx lynx, CITES App. II) fur without "
         "CITES documents, flown from Ulaanbaatar to Vilnius for a golf-accessory shop; Mongolian wording in "
         "Cyrillic script (lynx fur repeats in several sets; golf headcovers were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Golf UAB", "LT")),
        ("WLF-07", "import", "FIAIR01", "air", "PH", [], "FI", "630293",
         "Golf towels, microfibre, embroidered, 1,000 pcs", "PH", 300, 1000, 2500, "USD",
         "a pro-shop air shipment for Helsinki: golf towels and umbrellas are what the Cebu supplier sends, but the "
         "third item's 'ball markers, resin, black' are 2,000 discs of polished black coral with the fine, "
         "concentric growth rings and golden sheen of the real skeleton, cut from Antipatharia: black corals "
         "(CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Cebu to Helsinki; Philippine English wording (black coral repeats in many sets; ball markers behind golf "
         "towels and umbrellas are the new part as far as a search found)",
         dict(firm("Alpina Golf Oy", "FI"),
              _more_items=[item("660199", "Golf umbrellas, 62 in, 200 pcs", "PH", 200, 1600, "USD", qty=200),
                           item("960190", "Ball markers, resin, black, 2,000 pcs", "PH", 8, 200, "USD", qty=2000)])),
        ("WLF-08", "transit", "NLAIR01", "air", "TZ", ["NL"], "HK", "121229",
         "Mwani mkavu, kwa chakula cha mifugo, kilo 400", "TZ", 400, None, 800, "USD",
         "dried seaweed for animal feed is brittle, green-brown fronds that smell of the sea; these sacks hold hard, "
         "grey-black, sausage-shaped dried bodies with teat-like papillae and white sand in the folds: dried "
         "teatfish sea cucumbers (Holothuria whitmaei and H. fuscogilva, CITES App. II) without a Tanzanian export "
         "permit, which specimens in transit through the Union must carry, landed at Amsterdam in transit from "
         "Dar es Salaam to Hong Kong; Swahili wording (teatfish repeat in several sets, kept as a repeat; a "
         "seaweed-feed label through Amsterdam is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "DEPOST01", "post", "LA", [], "DE", "121190",
         "ໄມ້ຫອມສຳລັບທູບ, 2 ກິໂລ", "LA", 2, None, 30, "USD",
         "incense wood chips are light, pale, barely scented shavings; these 2 kg are dark, heavy, resin-streaked "
         "chips that sink in water and smoke with a deep, sweet oud scent when heated: agarwood (Aquilaria spp., "
         "CITES App. II) worth thousands of euros, without CITES documents, posted from Vientiane to a private "
         "buyer in Cologne; Lao wording (agarwood repeats in many sets, kept as a repeat; Lao wording by post is the "
         "new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-10", "import", "HUPOST01", "post", "MX", [], "HU", "950300",
         "Juguetes de peluche, arañas, 10 piezas", "MX", 1.0, 10, 15, "USD",
         "a parcel of plush toy spiders is light and soft; this one is warm, has air holes and holds ten small "
         "plastic tubs, each with a live, hairy, black-and-orange-kneed tarantula: Brachypelma hamorii and B. "
         "smithi (CITES App. II) without CITES documents, posted from Guadalajara to a private keeper in Debrecen; "
         "Mexican Spanish wording (Brachypelma repeats in many sets, kept as a repeat; a plush-toy label to Hungary "
         "is the new part as far as a search found)", person("Kovács Anna", "HU")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "JP", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (whitening recovered golf balls)", "JP", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-74-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "VN", "CZ", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (metal finishing of golf-iron heads)", "VN", 1.4, 1, 20, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-74-0118")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "282540",
     "Nickel-chromium plating sludge (11 01 09*) from a golf-club-head plating line, for recovery at a licensed plant, "
     "12 t", "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-74-0271")],
     "notified plating sludge to a licensed metal recoverer"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "440692",
     "Creosote-treated sleepers (17 02 04*) from golf-bunker revetments, for incineration at a licensed plant, 18 t",
     "NO", 18000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-74-0066")], "notified creosoted wood to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for a turf-soil testing laboratory", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "NL-ILT-ODS-74-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft hand extinguishers", "US", 720,
     16, 14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-74-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970510",
     "Kolf ball, leather, 17th century, excavated in Amsterdam, loan to a US golf museum", "NL", 0.2, 1, 8000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "NL-EIK-EXP-74-0031")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "690740",
     "Azulejo panel, blue and white, Lisbon, c. 1740, documented private collection, sold at auction", "PT", 240, 96,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-74-0144")],
     "tile panel exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "TR", "847780",
     "Four-axis CNC filament-winding machine, 1 unit, for a Turkish golf-shaft maker", "AT", 3800, 1, 380000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-74-0041"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-74-0088")],
     "dual-use filament-winding machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "KR", "847759",
     "Hot isostatic press, 400 mm vessel, 1 unit, for a Korean turbine-parts maker", "SE", 24000, 1, 2400000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-74-0017"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-74-0203")],
     "dual-use isostatic press under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BEAIR01", "air", "ID", "BE", "950639",
     "Reticulated python skin golf grips (Malayopython reticulatus), 400 units", "ID", 24, 400, 4800, "USD",
     [("CITES_PERMIT", "ID-KLHK-74-0561")], "App. II python skin products with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "CO", "IT", "950639",
     "Freshwater stingray leather putter grips (Potamotrygon motoro), 200 units", "CO", 16, 200, 3200, "USD",
     [("CITES_PERMIT", "CO-MADS-74-0095")], "App. II stingray leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Soukromá osoba", "PRM-05": "Central Bodemlaboratorium BV",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Rivage Golf Grips SA", "PRM-12": "Vega Golf Accessori Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # golf courses and greenkeepers, clubhouses, club and ball makers, club fitters and pro shops
    ("340290", "Golf-ball cleaning liquid, mild detergent, 250 ml", "import", ["post"], ["JP", "US"], (15, 30), (1, 3), ["USD", "JPY"], 4, S),
    ("340290", "Lake-ball washing detergent, alkaline, 20 l", "import", ["sea"], ["TH", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("310221", "Ammonium sulphate 21 % N, soluble, for turf, 25 kg", "import", ["rail", "sea"], ["UZ", "CN"], (0.2, 0.35), (18000, 24000), ["USD"], 0.04, S),
    ("382499", "Irrigation-water conditioner for turf (ammonium bisulphite), IBCs", "import", ["sea"], ["TN", "US"], (0.5, 1), (10000, 18000), ["USD", "EUR"], None, S),
    ("283650", "Calcium carbonate line-marking powder, 25 kg", "import", ["sea"], ["KR", "TR"], (0.2, 0.4), (8000, 16000), ["USD"], 0.04, S),
    ("340250", "Ball-washer detergent tablets, golf, retail tubs", "import", ["express"], ["ZA", "US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("381090", "Rust-remover gel for golf irons, oxalic, 250 ml", "import", ["post", "express"], ["VN", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("283699", "Sodium percarbonate laundry booster, 25 kg", "import", ["sea"], ["EG", "TR"], (0.6, 1), (10000, 18000), ["USD"], 0.04, S),
    ("283322", "Aluminium sulphate for pond clarifying, 25 kg bags", "import", ["sea"], ["BR", "TR"], (0.3, 0.5), (8000, 16000), ["USD"], 0.04, S),
    ("382499", "Sprinkler-line cleaner, citric, 20 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.05, S),
    ("950639", "Golf simulators, new, complete bays", "import", ["sea"], ["KR", "US"], (15, 30), (2000, 6000), ["USD"], 0.0025, S),
    ("440691", "Reclaimed untreated oak sleepers for landscaping", "import", ["road"], ["UA", "RS"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("391510", "HDPE regrind, washed, natural, from bottles", "export", ["road"], ["UA", "MD"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("950631", "Golf clubs, complete sets, new, boxed", "import", ["sea"], ["CN", "VN"], (40, 70), (2000, 6000), ["USD"], 0.1, S),
    ("940542", "LED floodlights for driving ranges, new", "import", ["sea"], ["CN"], (12, 20), (2000, 6000), ["USD"], 0.1, S),
    ("271019", "Mineral base oil SN 150, flexitanks", "export", ["sea"], ["AO", "MA"], (0.8, 1.2), (18000, 22000), ["EUR"], None, S),
    ("810199", "Tungsten weight screws for golf drivers, new", "import", ["air"], ["CN", "TW"], (80, 150), (50, 200), ["USD"], 100, S),
    ("842410", "Dry-powder extinguishers for golf cars, 1 kg", "import", ["road"], ["TR"], (4, 8), (500, 2000), ["EUR", "USD"], 0.5, S),
    ("340242", "Turf wetting agent, non-ionic surfactant, 10 l", "import", ["sea"], ["IL", "US"], (2, 4), (2000, 6000), ["USD"], 0.1, S),
    ("381400", "Golf grip solvent, naphtha-based, 1 l", "import", ["air"], ["TW", "US"], (4, 8), (100, 400), ["USD"], 1.3, S),
    ("381400", "Grip tape activator, citrus-based, 250 ml", "import", ["express"], ["US", "TW"], (20, 40), (1, 3), ["USD"], 4, S),
    ("841850", "Glass-door bottle coolers, R-290, new", "import", ["sea"], ["TR", "CN"], (5, 9), (2000, 6000), ["USD", "EUR"], 0.02, S),
    ("381400", "Club-head degreaser, isopropanol-based, 18 l", "import", ["air"], ["CN", "TW"], (3, 6), (200, 600), ["USD"], 0.05, S),
    ("290219", "Cyclopentane, technical, drums", "import", ["sea"], ["KR", "ID"], (1.5, 2.5), (8000, 14000), ["USD"], None, S),
    ("920890", "Hand-pump air horns for golf tournament starters, gas-free", "import", ["post", "express"], ["MY", "US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("420321", "Cabretta leather golf gloves", "import", ["post", "express"], ["MY", "PK"], (60, 120), (1, 3), ["USD"], 20, S),
    ("950632", "Golf balls, new, boxed dozens", "import", ["sea"], ["TW", "TH"], (8, 14), (2000, 6000), ["USD"], 22, S),
    ("830629", "Golf trophy cups, silver-plated brass, new", "import", ["air"], ["IN", "CN"], (15, 30), (100, 400), ["USD"], 1, S),
    ("680291", "Marble garden troughs, new, machine-cut", "import", ["sea"], ["TR", "IN"], (0.6, 1.2), (8000, 16000), ["USD", "EUR"], 0.01, S),
    ("690740", "Hand-painted decorative ceramic tiles, new", "import", ["sea"], ["PT", "MX"], (2, 4), (4000, 10000), ["EUR", "USD"], 70, S),
    ("691390", "Ceramic chuiwan replica balls, new", "import", ["express"], ["CN"], (20, 40), (1, 3), ["USD"], 6, S),
    ("691490", "Terracotta planters and tee markers, new", "import", ["sea"], ["MX", "VN"], (0.8, 1.5), (3000, 8000), ["USD"], 0.2, S),
    ("870310", "Electric golf cars, new, lithium", "import", ["sea"], ["CN", "US"], (8, 14), (6000, 14000), ["USD"], 0.002, S),
    ("852691", "RTK-GNSS guidance kits for robotic mowers", "import", ["air"], ["CN", "CH"], (150, 300), (20, 100), ["USD"], 0.5, S),
    ("950639", "Birch golf tees, 70 mm, bulk", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1000, S),
    ("843390", "Mower reels and bedknives for fairway mowers", "import", ["sea"], ["US", "JP"], (10, 20), (1000, 4000), ["USD"], 0.2, S),
    ("950639", "Synthetic snake-pattern golf grips", "import", ["air"], ["TW", "ID"], (40, 80), (100, 400), ["USD"], 20, S),
    ("960190", "Cow-bone ball markers, carved", "import", ["post"], ["VN", "IN"], (40, 80), (1, 2), ["USD"], 300, S),
    ("630790", "Knitted golf headcovers, acrylic pom-pom", "import", ["sea"], ["CN", "MN"], (10, 20), (1000, 3000), ["USD"], 5, S),
    ("630293", "Microfibre golf towels, embroidered", "import", ["sea"], ["PH", "CN"], (6, 12), (1000, 4000), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Ceramic sushi plates, rectangular, glazed", "import", ["sea"], ["JP", "CN"], (2, 4), (3000, 8000), ["USD"], 3, N),
        ("401699", "Rubber bath and sink plugs, universal", "import", ["sea"], ["CN", "TR"], (3, 6), (1000, 4000), ["USD", "EUR"], 25, N),
        ("481920", "Rigid cardboard gift boxes with magnetic lids", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 4, N),
        ("701349", "Glass butter churn jars with wooden paddles", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind289", 20740501, HERE)


if __name__ == "__main__":
    main()
