#!/usr/bin/env python3
"""Writes the two-hundred-and-ninetieth blind set (tests/risk/data/blind290-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: electrical contractors, switchgear and
cable wholesalers (installers and their merchants, switchgear and panel builders, cable
wholesalers and cable-drum yards, substation and lighting contractors, and their suppliers).
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
only where a real declaration would. Ids are BL290-*:

    python3 tests/risk/data/make_blind290_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "CN", [], "PL", "340399",
         "电缆穿管润滑剂 (水基凝胶), 1升 x 4瓶", "CN", 4.5, 4, 90, "CNY",
         "cable-pulling lubricant for drawing cable through conduit is a thick, slippery, water-based gel of about "
         "1.0 kg/l that clings to the cable; these four litre bottles hold a water-clear, runny liquid of 1.13 kg/l "
         "with vented caps that whitens and stings the fingers: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Ningbo to a private person in Wrocław who calls himself an electrician on a "
         "marketplace; Chinese wording (hydrogen peroxide repeats in many sets; a cable-pulling-lubricant label was "
         "found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("PRE-02", "import", "ATAIR01", "air", "TH", [], "AT", "340290",
         "น้ำยาทำความสะอาดหน้าสัมผัสสวิตช์เกียร์ ชนิดไดอิเล็กทริก 1 ลิตร 48 ขวด", "TH", 54.7, 48, 380, "USD",
         "dielectric contact cleaners for switchgear are hydrocarbon or HFE solvents of 0.75-1.5 kg/l that "
         "evaporate in seconds and leave nothing; these 48 bottles hold an oily, faintly fruity liquid of "
         "1.14 kg/l that does not flash off, and the drum labels under the stickers read 'CH3NO2', for a Linz "
         "electrical-installer supply web shop that sells the litres to model-engine hobbyists: nitromethane "
         "(Annex I above 16 %) made available to members of the public, flown from Bangkok to Vienna; Thai "
         "wording (nitromethane repeats in many sets; a switchgear contact-cleaner label on it was found in no "
         "earlier row by a keyword search)", firm("Alpina Elektrobedarf GmbH", "AT")),
        ("PRE-03", "import", "HUROAD01", "road", "UA", [], "HU", "380130",
         "Електроліт для стаціонарних акумуляторних батарей підстанцій, 1,28 г/см³, каністри 20 л, 300 шт.", "UA",
         11000, 300, 2400, "EUR",
         "the electrolyte topped up in the stationary battery banks of substations is about 37 % sulphuric acid of "
         "1.28 kg/l; these 300 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot with water and chars "
         "the cardboard where it leaked, for a Nyíregyháza electrical wholesaler that re-bottles it in litres sold "
         "to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, at "
         "Záhony; Ukrainian wording (sulphuric acid repeats in many sets and battery-acid labels on it in several, "
         "kept as a repeat of the family; a substation battery-bank electrolyte at the declared density is the new "
         "part as far as a search found)", firm("Delta Villamossági Nagykereskedés Kft.", "HU")),
        ("PRE-04", "import", "ITSEA01", "sea", "IN", [], "IT", "380130",
         "மின் நில இணைப்புக் குழிக்கான கிராஃபைட்-பெண்டோனைட் கலவை, 25 கிலோ பை, 600 பைகள்", "IN", 15000, 600, 4200,
         "USD",
         "earthing-enhancement compound poured round earth rods is a grey-black, greasy graphite and bentonite "
         "powder that swells in water; these 600 bags hold a white, crystalline powder that dissolves slowly, "
         "flares with sugar on a hot plate and whose liners read 'KClO4', for a Bari electrical contractor's "
         "supply arm that sells 1 kg bags over the counter: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Chennai to Bari; Tamil wording (potassium "
         "perchlorate repeats in many sets; an earth-pit backfill label was found in no earlier row by a keyword "
         "search)", firm("Meridian Materiale Elettrico Srl", "IT")),
        ("PRE-05", "import", "LTRAIL01", "rail", "KZ", [], "LT", "382499",
         "Kabel transheyalari uchun termal to'ldirgich qo'shimchasi, 50 kg qop, 400 qop", "UZ", 20000, 400, 6000,
         "USD",
         "the thermal backfill additives laid round buried power cables are grey sand-cement or bentonite "
         "mixes that never dissolve; these 400 sacks hold white, opaque prills that turn ice-cold and vanish in "
         "water and test at 34 % N, by rail through Kazakhstan to a Kaunas cable-laying contractor that re-sells "
         "them in 2 kg tubs: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public; Uzbek wording in Latin script (ammonium nitrate repeats in many sets; a cable-trench backfill "
         "label was found in no earlier row by a keyword search)", firm("Vega Kabelių Montavimas UAB", "LT")),
        ("PRE-06", "import", "BGROAD01", "road", "TR", [], "BG", "381800",
         "Topraklama bağlantıları için ekzotermik kaynak tozu No. 90, 120 kutu", "TR", 240, 120, 1400, "EUR",
         "exothermic welding powder for earthing joints is a grey-black, very heavy mix of copper oxide and "
         "aluminium in small cartridges with a starter disc; these 120 tubs hold loose, white crystals of 2 kg "
         "each with no starter, that flare with sugar on a match and whose inner bags read 'NaClO3', for a "
         "Plovdiv earthing-and-lightning-protection installer that sells them on: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, at Kapitan Andreevo; Turkish wording (sodium chlorate "
         "repeats in many sets and an exothermic earthing-weld powder label once, blind197, kept as a repeat of "
         "the cover; on sodium chlorate from Türkiye to Bulgaria is the new part as far as a search found)", firm("Orion Elektro Montazh EOOD", "BG")),
        ("PRE-07", "import", "DEAIR01", "air", "KR", [], "DE", "381090",
         "동 부스바 광택용 산세 딥 용액, 1 L, 160병", "KR", 224, 160, 900, "USD",
         "the bright-dip solutions panel builders use on copper busbars before plating are dilute, citric or "
         "sulphamic pickles of about 1.05 kg/l; these 160 bottles weigh 1.40 kg/l, fume brown when opened, stain "
         "the skin yellow and eat a copper wire at once, for a Leipzig switchboard-parts web shop that sells "
         "the bottles to anyone: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the "
         "public, flown from Incheon to Leipzig; Korean wording (nitric acid repeats in many sets and bright-dip "
         "and metal-brightener labels in a few; a busbar pickling-dip label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Schaltanlagenteile GmbH", "DE")),
        ("PRE-08", "import", "NLSEA01", "sea", "CN", [], "NL", "250510",
         "高分断熔断器用石英砂 (灭弧填料), 25公斤袋, 720袋", "CN", 18000, 720, 7200, "USD",
         "the arc-quenching filler of HRC fuse links is a dry, sharp, clean quartz sand that never dissolves; "
         "these 720 bags hold shiny, white flakes that dissolve in hot water and crackle with violet sparks on a "
         "hot iron, with the maker's sheet giving CAS 3811-04-9, for a Tilburg 'fuse maker' with no fuse line "
         "that re-bags 1 kg packs for a web shop: potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Xiamen to Rotterdam; Chinese wording (potassium chlorate repeats in "
         "many sets and sand labels on precursors in a few; a fuse arc-quenching sand label was found in no "
         "earlier row by a keyword search)", firm("Horizon Zekeringen BV", "NL")),
        ("PRE-09", "import", "PTSEA01", "sea", "VN", [], "PT", "340399",
         "Bột trơn kéo cáp (talc), bao 10 kg, 500 bao", "VN", 5000, 500, 1500, "USD",
         "cable-pulling powder is a soft, greasy, white talc that slides between the fingers and does not "
         "dissolve; these 500 bags hold a white, hygroscopic powder that dissolves at once, clumps in damp air "
         "and burns fiercely with sugar, for a Porto cable wholesaler whose counter sells it by the kilogram: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Hai Phong "
         "to Leixões; Vietnamese wording (sodium perchlorate repeats in many sets and talc labels twice, on other "
         "precursors; a cable-pulling-powder label was found in no earlier row by a keyword search)",
         firm("Atlantic Cabos e Condutores Lda", "PT")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "340290",
         "Koncentrat do mycia izolatorów rozdzielnic SN, kanister 10 l, 240 kanistrów (2 z 3 dostaw)", "UA", 2880,
         240, 2200, "EUR",
         "the insulator-cleaning concentrates for medium-voltage switchgear are mild, foaming, alcohol-surfactant "
         "liquids of about 1.0 kg/l; these 240 cans hold a water-clear liquid of 1.20 kg/l that does not foam, "
         "has vented caps, whitens the skin and fizzes on rust, the second of three vans booked that week each "
         "kept under 3 t, for a Lublin switchgear-service firm that sells the cans on: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, at Dorohusk; Polish wording on a "
         "Ukrainian filler's cans (hydrogen peroxide repeats in many sets and splits over three vans in several, "
         "blind264, blind285, blind287, blind288; kept as a repeat of the family, a switchgear insulator-cleaner "
         "label was found in no earlier row)", firm("Central Rozdzielnice Serwis Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "853221",
         "Neue Blindleistungskompensations-Kondensatoren, 400 V, 1.200 Stück", "DE", 14000, 1200, 9600, "EUR",
         "new power-factor-correction capacitors are clean, dry, light cylinders in boxes with a data sheet; "
         "these crates hold 1970s oil-filled capacitor cans pulled out of old compensation banks by a Duisburg "
         "electrical contractor, dented, leaking an oily liquid and labelled 'Clophen': PCB-containing "
         "capacitors (A1180, 16 02 09*), hazardous waste under the POPs rules whose export to a non-OECD country "
         "is banned, from Hamburg to Lagos; German wording (PCB capacitors repeat in several sets; a new "
         "compensation-capacitor label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "740400",
         "Koperkabelgranulaat, schoon, 99,9 %, 24 t", "NL", 24000, None, 30000, "EUR",
         "clean copper granulate from cable recycling is bright, shiny chopped copper with no insulation; "
         "these bags hold lengths of lead-sheathed, paper-insulated and oil-impregnated power cable from a "
         "Rotterdam cable contractor's network replacement, cut to a metre and sticky with tar and mineral oil: "
         "lead-sheathed oil-filled cable scrap (17 04 10*, A1010 and A1190), hazardous waste whose export to a "
         "non-OECD country is banned, from Rotterdam to Mundra; Dutch wording (cable scrap repeats in many sets, "
         "kept as a repeat of the good; lead-sheathed paper cable under a granulate label to India is the new part "
         "as far as a search found)", {"importer_country": "IN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "853529",
         "Cellules HTA d'occasion, en état de marche, pour réemploi, 14 pièces", "FR", 16800, 14, 21000, "EUR",
         "used medium-voltage cells for reuse come drained of nothing and tested, with a report; these 14 "
         "cubicles from a Lyon substation refit are 1960s bulk-oil circuit breakers whose tanks still hold "
         "about 200 litres each of dark insulating oil that reads above 50 ppm PCB, with no test report: "
         "equipment containing PCB oil (16 02 09*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Dakar; French wording (oil switchgear and PCB oils repeat in several sets; oil "
         "circuit-breaker cubicles for reuse to Senegal are the new part as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-04", "export", "ITROAD01", "road", "IT", ["SI", "HR", "ME"], "AL", "853952",
         "Tubi LED T8 nuovi, 18 W, 9.600 pezzi", "IT", 4300, 9600, 4800, "EUR",
         "new LED tubes are light, packed in cartons of 25 with a date code; these cages hold the fluorescent "
         "tubes, sodium and metal-halide lamps a Milan lighting contractor took down on a warehouse relighting "
         "job, loose, many broken, with mercury dust on the glass: waste mercury lamps (20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry to Tirana; Italian wording (waste lamps "
         "repeat in many sets and LED-tube labels on them in several; kept as a repeat, a relighting contractor's "
         "lamps by road to Albania are the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "GH", "853710",
         "Tableaux électriques d'occasion, démontés, 60 pièces", "BE", 9000, 60, 3000, "EUR",
         "used distribution boards for reuse are sheet-steel cabinets with their breakers; these 60 are "
         "1950s-60s slate and asbestos-board switchboards from a Charleroi school rewiring, with crumbling "
         "asbestos arc chutes, rewirable porcelain fuses and asbestos-cement backing sheets still bolted on: "
         "construction waste containing asbestos (17 06 05*, A2050), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Tema; Belgian French wording (asbestos repeats in many sets; "
         "asbestos switchboards from a rewiring job were found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "850720",
         "Baterías estacionarias de plomo, nuevas, 2 V OPzS, 480 unidades", "ES", 48000, 480, 24000, "EUR",
         "new stationary OPzS cells come dry-charged or filled with a date code, clean and boxed; these 480 "
         "cells come out of a Madrid telecom exchange's and substation's battery rooms, 20 years old, sulphated, "
         "some cracked and weeping acid: waste lead-acid batteries (16 06 01*, A1160), hazardous waste whose "
         "export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (lead-acid "
         "batteries repeat in many sets, kept as a repeat of the good; substation OPzS cells as new are the new "
         "part as far as a search found)", {"importer_country": "MA"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "271019",
         "Olej bazowy mineralny SN 150, nowy, 22 t", "PL", 22000, None, 13000, "EUR",
         "new SN 150 base oil is water-clear to pale yellow with a refinery certificate; this tanker holds dark, "
         "cloudy transformer oil drained from distribution transformers a Katowice substation contractor "
         "scrapped, with water at the bottom and 80 ppm PCB: waste insulating oil containing PCBs (13 03 01*), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Kovel 'lubricant "
         "blender'; Polish wording (PCB transformer oil repeats in many sets; kept as a repeat, under a new "
         "base-oil label by tanker to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "854449",
         "Cabo elétrico novo em bobina e acessórios, 1 contentor", "PT", 14000, None, 26000, "EUR",
         "a Lisbon electrical wholesaler's container for Luanda: new cable drums and PVC conduit are what it "
         "ships to Angolan contractors, but the third item's 'balastros para lâmpadas' are 3,000 old magnetic "
         "ballasts torn out of office ceilings, each with a small oil-filled PCB capacitor inside, at 0.20 EUR "
         "each: waste electrical equipment containing PCBs (16 02 10*, A1180), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Lisbon; "
         "Portuguese wording (PCB ballasts repeat in a few sets; behind new cable drums to Angola is the new part "
         "as far as a search found)",
         dict({"importer_country": "AO"},
              _more_items=[item("391723", "Tubo PVC rígido para instalações elétricas, 4.000 m", "PT", 2600, 3200, "EUR"),
                           item("850410", "Balastros para lâmpadas, usados, 3.000 unidades", "PT", 4200, 600, "EUR", qty=3000)])),
        ("WST-09", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "390421",
         "PVC-Compound, Granulat, regeneriert, 22 t", "AT", 22000, None, 2200, "EUR",
         "recycled PVC compound is washed, sorted and re-extruded into even, one-colour granules; these bags "
         "hold the dusty, multi-coloured, flaky light fraction of a Graz cable-granulation line, PVC and rubber "
         "insulation shreds with copper fines and lead stabiliser: cable-stripping waste with lead and copper "
         "(A1190, 19 12 11*), whose export to a non-OECD country is banned, by lorry through Hungary to a Subotica "
         "'pipe maker'; Austrian German wording (cable plastics repeat in several sets; a regenerated PVC-compound "
         "label on the granulation light fraction was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "282739",
         "Soluție de clorură ferică 40 % pentru tratarea apei, IBC-uri, 20 t", "RO", 20000, 20, 1600, "EUR",
         "ferric chloride for water treatment is a dark brown, clear solution of 1.42 kg/l with an assay; these "
         "IBCs hold a green, cloudy, strongly acid liquid with zinc and iron sludge drained from the pickling "
         "tanks of a Ploiești hot-dip galvaniser: spent pickling acid (11 01 05*), hazardous waste whose export "
         "to a non-OECD country is banned, at Sculeni for a Chișinău 'water-treatment supplier'; Romanian wording "
         "(spent pickling liquors repeat in several sets; a ferric-chloride label to Moldova is the new part as "
         "far as a search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESAIR01", "air", "CN", [], "ES", "381400",
         "开关柜触头精密清洗剂 (不燃), 1升 x 80瓶", "CN", 126, 80, 640, "USD",
         "the non-flammable precision cleaners for switchgear contacts sold today are HFE or hydrocarbon "
         "blends; these 80 bottles weigh 1.57 kg/l, leave no film, smell faintly of chloroform and the drum heads "
         "in the crate read 'F-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, "
         "flown from Shanghai to Madrid for a switchgear-maintenance firm; Chinese wording (CFC-113 repeats in "
         "many sets and contact-cleaner labels in several, kept as a repeat of the good; a switchgear-contact "
         "label was found in no earlier row)", firm("Rivage Mantenimiento Eléctrico SL", "ES")),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "केबल जॉइंटिंग जेल रिमूवर, 500 मि.ली. x 200 कैन", "IN", 124, 200, 700, "USD",
         "the removers jointers use to take filling gel off telecom and power cable cores are citrus or paraffin "
         "solvents of 0.8 kg/l that smell of orange and burn; these 200 cans weigh 1.24 kg/l, boil in the warm hand "
         "and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Delhi to Milan for a cable-jointing contractor; Hindi wording (HCFC-141b under solvent labels "
         "repeats in many sets; a cable-jointing gel-remover label was found in no earlier row by a keyword "
         "search)", firm("Horizon Giunzioni Cavi Srl", "IT")),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Elektrik pano odaları için FK-5-1-12 gazlı söndürme tüpleri, 80 L, 40 adet", "TR", 3600, 40, 24000, "EUR",
         "FK-5-1-12 switch-room suppression cylinders hold a dense liquid at 25 or 42 bar nitrogen push and boil "
         "off slowly at 49 °C; these 40 cylinders read 42 bar with no nitrogen, the contents boil off at once, "
         "and '1301' is stamped under the new paint: halon 1301 in fire-protection products whose import into "
         "the Union is banned, in a lorry at Kapitan Andreevo for a Sofia switch-room installer; Turkish wording "
         "(halon 1301 repeats in many sets and clean-agent labels on it in several, kept as a repeat; an "
         "FK-5-1-12 switch-room label from Türkiye was found in no earlier row by a keyword search)",
         firm("Vega Pozharna Zashtita EOOD", "BG")),
        ("OZN-04", "import", "GRSEA01", "sea", "EG", [], "GR", "381400",
         "مخفف ورنيش عزل لفائف المحولات، براميل 200 لتر، 30 برميل", "EG", 9500, 30, 4500, "USD",
         "the thinners for transformer-winding insulating varnish are xylene or solvent-naphtha blends of "
         "0.87 kg/l that burn; these 30 drums weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "chill the hand as they evaporate: carbon tetrachloride, whose import into the Union is banned, by sea "
         "from Alexandria to Piraeus for a transformer-rewinding workshop; Egyptian Arabic wording (carbon "
         "tetrachloride repeats in many sets; a winding-varnish thinner label was found in no earlier row by a "
         "keyword search)", firm("Delta Metaschimatistes AE", "GR")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "381400",
         "Знежирювач для електрообладнання, негорючий, 20 л, 90 каністр", "UA", 2390, 90, 2200, "EUR",
         "non-flammable electrical degreasers now are HFE or modified-alcohol blends; these 90 cans weigh "
         "1.33 kg/l, smell sweet, do not burn and the filler's papers name 1,1,1-trichloroethane: methyl "
         "chloroform, whose import into the Union is banned, in a van at Hrebenne for a Rzeszów motor-rewinding "
         "and switchgear-service firm; Ukrainian wording (methyl chloroform repeats in several sets; an "
         "electrical-degreaser label from Ukraine is the new part as far as a search found)",
         firm("Central Serwis Silników Sp. z o.o.", "PL")),
        ("OZN-06", "import", "NLSEA01", "sea", "CN", [], "NL", "841582",
         "电气柜空调 (R-134a), 1500 W, 160台", "CN", 6400, 160, 48000, "USD",
         "enclosure air conditioners for switchgear and control cabinets now run on R-134a or R-513A with a "
         "charge label; these 160 units carry a blank label, the service ports give 9.9 bar at 25 °C and a "
         "detector names HCFC-22: equipment containing HCFC-22 (chlorodifluoromethane), whose placing on the "
         "Union market is banned, by sea from Ningbo to Rotterdam for a Venlo panel builder; Chinese wording "
         "(HCFC-22 in equipment repeats in many sets; enclosure cooling units for electrical cabinets were found "
         "in no earlier row by a keyword search)", firm("Orion Paneelbouw BV", "NL")),
        ("OZN-07", "transit", "SISEA01", "sea", "CN", ["SI"], "BA", "842410",
         "Aparati za gašenje CO2, 5 kg, za elektro postrojenja, 300 kom", "CN", 3000, 300, 6000, "USD",
         "5 kg CO2 extinguishers for electrical rooms are heavy, black-horned cylinders at 55 bar; these 300 "
         "are light red cans at 10 bar that spray a liquid vanishing into a sweet gas, with 'BCF' on the valve "
         "collars: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Koper in transit from Ningbo to a Mostar "
         "electrical contractor; Bosnian wording (halon 1211 repeats in many sets and CO2-extinguisher labels in "
         "a few; kept as a repeat, a transit through Koper to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("OZN-08", "import", "DKSEA01", "sea", "KR", [], "DK", "390950",
         "케이블 관통부 방화 폼 시스템 (폴리올/이소시아네이트), 200 L 드럼, 40개", "KR", 9200, 40, 8800, "USD",
         "fire-stop foam systems for sealing cable penetrations are water-blown or HFO-blown polyols with a "
         "test certificate; these 40 drums hiss and bulge when opened and a detector names trichlorofluoromethane "
         "in the polyol part: CFC-11 in a polyol system, a product whose import into the Union is banned, by sea "
         "from Busan to Aarhus for a fire-stopping contractor; Korean wording (CFC-11 in polyol systems repeats in "
         "several sets, kept as a repeat of the good; a cable-penetration fire-stop label was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Brandsikring ApS", "DK")),
        ("OZN-09", "import", "FRAIR01", "air", "ID", [], "FR", "340399",
         "Agen pelepas cetakan untuk papan selancar, 1 L x 120", "ID", 148, 120, 600, "USD",
         "mould-release agents for surfboard moulds are wax emulsions or silicone sprays; these 120 bottles "
         "weigh 1.24 kg/l, boil off cold in the hand and do not burn: HCFC-141b, whose import into the Union is "
         "banned, flown from Denpasar to Bordeaux for a Biarritz surfboard shaper; Indonesian wording (HCFC-141b "
         "repeats in many sets and Bali surfboards once, blind150, as blown foam; a surfboard mould-release label "
         "was found in no earlier row by a keyword search)",
         firm("Atlantic Surf Atelier SARL", "FR")),
        ("OZN-10", "import", "CYSEA01", "sea", "TR", [], "CY", "853690",
         "Kablo pabuçları ve klemensler, karışık, 1 palet", "TR", 480, None, 2400, "EUR",
         "a Mersin electrical wholesaler's pallet for a Nicosia contractor: crimp lugs, terminal blocks and "
         "cable ties are what it ships, but the third item's 'kontak temizleyici sprey' are 240 aerosol cans "
         "whose solvent is dichloropentafluoropropane, 'AK-225' on the inner cans: HCFC-225, whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, by sea from Mersin to "
         "Limassol; Turkish wording (HCFC-225 and AK-225 repeat in many sets, kept as a repeat of the good; behind "
         "crimp lugs and cable ties for a Cyprus contractor is the new part as far as a search found)",
         dict(firm("Meridian Electrical Supplies Ltd", "CY"),
              _more_items=[item("392690", "Kablo bağları, naylon, 40.000 adet", "TR", 160, 600, "EUR", qty=40000),
                           item("381400", "Kontak temizleyici sprey, 400 ml, 240 adet", "TR", 110, 480, "EUR", qty=240)])),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "LB", [], "NL", "940511",
         "ثريات نحاسية بطراز عثماني، نسخ حديثة، 6 قطع", "SY", 42, 6, 900, "USD",
         "a lighting showroom's reproduction Ottoman brass chandeliers are new, bright, machine-spun and wired "
         "for E14 bulbs; these six are hand-pierced, dark-patinated brass and bronze mosque lamps and a "
         "polycandelon with Arabic dedicatory inscriptions naming a Damascus mosque and its donor, no wiring, "
         "oil residue in the cups: religious objects removed from Syria, whose import the Union forbids "
         "(Regulation 36/2012, Article 11c) and which need an import licence (Regulation 2019/880), flown from "
         "Beirut to Amsterdam for an Amstelveen lighting wholesaler; Levantine Arabic wording (mosque lamps repeat "
         "in a few sets, blind44 and blind126, kept as a repeat of the good; a reproduction-chandelier label was found in no earlier row by a keyword search)",
         firm("Horizon Verlichting Groothandel BV", "NL")),
        ("CUL-02", "import", "HUROAD01", "road", "RS", [], "HU", "740400",
         "Bakarni granulat od reciklaže kablova, uzorci, 4 vreće", "RS", 60, 4, 300, "EUR",
         "copper granulate from cable recycling is bright, chopped wire of even size; under the top layer "
         "these four sacks hold some 900 worn, green bronze coins of Roman mints of Viminacium and Sirmium and "
         "late-Roman folles, each different, with earth in the letters: archaeological coins dug by detectorists "
         "in Serbia, whose export Serbia forbids, brought in without an import licence (Regulation 2019/880), "
         "in a van at Röszke for a Szeged cable-scrap dealer; Serbian wording in Latin script (Roman coins repeat "
         "in many sets; coins under cable granulate were found in no earlier row by a keyword search)",
         firm("Vega Kábel Hulladék Kft.", "HU")),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "853710",
         "Quadri elettrici usati in marmo, per recupero materiali, 8 pezzi", "IT", 3200, 8, 800, "EUR",
         "used switchboards for material recovery are steel cabinets sold by weight; these eight are the "
         "carved white-marble switch panels of a 1911 Alpine hydroelectric station, with nickel-plated knife "
         "switches, enamel dial instruments and the builder's brass plates, listed as industrial heritage: "
         "cultural goods over 50 years old of historic interest, exported without the EU export licence "
         "(Regulation 116/2009) and the Italian export certificate, on a lorry at Chiasso for a Lugano collector; "
         "Italian wording (industrial heritage repeats in a few sets; marble hydroelectric switch panels were "
         "found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-04", "import", "PLROAD01", "road", "UA", [], "PL", "853690",
         "Автоматичні вимикачі та кабельні наконечники, 1 вантажівка", "UA", 8000, None, 14000, "EUR",
         "a Lviv electrical wholesaler's lorry for a Kraków installer: circuit breakers, cable lugs and "
         "junction boxes are what it carries, but the third item's 'латунні деталі для світильників' are 140 "
         "cast bronze arrowheads, horse-harness plaques in animal style and a cauldron handle, green with soil: "
         "Scythian bronzes (7th-4th century BC) dug in southern Ukraine, archaeological objects Ukraine forbids "
         "to export, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, at Korczowa; Ukrainian wording (Scythian objects repeat in many sets, kept as a repeat; "
         "lamp-part labels behind circuit breakers are the new part as far as a search found)",
         dict(firm("Orion Hurtownia Elektryczna Sp. z o.o.", "PL"),
              _more_items=[item("853690", "Кабельні наконечники мідні, 50 000 шт.", "UA", 900, 5000, "EUR", qty=50000),
                           item("940599", "Латунні деталі для світильників, 140 шт.", "UA", 12, 140, "EUR", qty=140)])),
        ("CUL-05", "import", "BEAIR01", "air", "EG", [], "BE", "854620",
         "حوامل فيوزات خزفية مزججة، 80 قطعة", "EG", 8, 80, 120, "USD",
         "glazed ceramic fuse carriers are white porcelain blocks with brass contacts; these 80 are small, "
         "blue-green faience figures of mummiform shape holding hoes, with painted hieroglyphic columns and no "
         "metal at all: ushabtis from Late Period burials, archaeological objects whose export Egypt forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Cairo to Brussels for an "
         "electrical-fittings importer; Egyptian Arabic wording (ushabtis repeat in many sets, kept as a repeat; a "
         "fuse-carrier label was found in no earlier row by a keyword search)", firm("Rivage Fusibles SA", "BE")),
        ("CUL-06", "import", "FRSEA01", "sea", "TN", [], "FR", "690721",
         "Dalles de pavage en céramique, anciennes, pour jardin, 12 m²", "TN", 1400, None, 600, "EUR",
         "old ceramic garden pavers are square, machine-made tiles; these crates hold panels of small stone "
         "and glass tesserae on lime mortar, lifted in sections, with a hunting scene and a Latin inscription: a "
         "Roman mosaic floor from a villa near Sousse, an archaeological object whose export Tunisia forbids, "
         "brought in without an import licence (Regulation 2019/880), by sea from Radès to Marseille for a "
         "garden-design firm; Tunisian French wording (Roman mosaics repeat in several sets, kept as a repeat of "
         "the good; a garden-paver label from Tunisia is the new part as far as a search found)",
         firm("Alpina Jardins SARL", "FR")),
        ("CUL-07", "export", "CZAIR01", "air", "CZ", [], "US", "442199",
         "Dřevěná vyřezávaná soška, nová, lidová řemeslná práce, 1 ks", "CZ", 9, 1, 120, "EUR",
         "a new folk-carved figure is bright, clean limewood; this one is a worm-eaten limewood Madonna with "
         "remains of gilding and polychromy over chalk ground, hollowed at the back for an altar: a Late Gothic "
         "Bohemian sculpture of about 1480, a cultural good exported without the EU export licence (Regulation "
         "116/2009) and the Czech permit, flown from Prague to a Chicago dealer; Czech wording (Bohemian Gothic "
         "sculpture repeats in a few sets, kept as a repeat of the good; a new folk-carving label to the United "
         "States is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "transit", "DEAIR01", "air", "ET", ["DE"], "US", "490199",
         "Printed prayer books, used, 3 pieces", "ET", 6, 3, 30, "USD",
         "used printed prayer books are machine-set paper; these three are parchment codices in Ge'ez, written "
         "in two columns with red rubrics and painted saints, in wooden boards with leather satchels: Ethiopian "
         "Orthodox manuscripts (17th-18th century) taken from church treasuries, whose export Ethiopia forbids, "
         "landed at Frankfurt in transit from Addis Ababa to a Washington dealer, against Regulation 2019/880 "
         "(Article 3(1)), which covers transit; English wording (Ethiopian manuscripts repeat in a few sets, kept "
         "as a repeat; a prayer-book label in transit through Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "SEAIR01", "air", "TH", [], "SE", "680299",
         "รูปปั้นหินทรายตกแต่งสวน ทำใหม่ 1 ชิ้น", "KH", 45, 1, 150, "USD",
         "a new sandstone garden figure is sharp-edged and clean; this is a weathered, grey sandstone head with "
         "a diadem and incised hair, broken at the neck with old fractures and lichen: a Khmer Baphuon-style "
         "head (11th century) looted in Cambodia and sent via Bangkok, whose export Cambodia forbids, brought in "
         "without an import licence (Regulation 2019/880), flown to Stockholm for a dealer; Thai wording (Khmer "
         "heads repeat in several sets, kept as a repeat; a garden-figure label to Sweden is the new part as far "
         "as a search found)", firm("Nordhafen Antik AB", "SE")),
        ("CUL-10", "export", "FRAIR01", "air", "FR", [], "US", "940521",
         "Lampe de table, reproduction Art nouveau, verre et bronze, 1 pièce", "FR", 11, 1, 150, "EUR",
         "a lighting wholesaler's reproduction Art Nouveau lamp is new, moulded glass and plated zinc; this one "
         "is acid-etched cameo glass in three layers with a signed base 'Gallé' and worn original cloth wiring, "
         "with a sale-room valuation of 140,000 EUR in the shipper's file: an Émile Gallé lamp of about 1900, an "
         "antique over 50 years old above the 50,000 EUR threshold, exported without the EU export licence "
         "(Regulation 116/2009) and the French certificate, flown from Paris to a Miami dealer; French wording "
         "(a Gallé lamp under a reproduction label once, blind153, to Japan, kept as a repeat of the good and "
         "cover; from a lighting wholesaler to the United States is the new part as far as a search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "853690",
         "Vakuumschaltröhren für Mittelspannungs-Leistungsschalter, 24 kV, 40 Stück", "DE", 80, 40, 4000, "EUR",
         "vacuum interrupters for medium-voltage breakers are ceramic bottles of 1-3 kg at about 100 EUR; these "
         "40 are triggered vacuum gaps and spark-gap switches with a third electrode, rated for microsecond "
         "pulses, at 3,000 EUR each, for a Dubai 'switchgear trader' whose freight goes on to Tehran: triggered "
         "spark gaps (dual-use 3A228, listed in the Iran regulation) exported without a licence, flown from "
         "Frankfurt; German wording (triggered spark gaps repeat in several sets; a vacuum-interrupter label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "PK", "853225",
         "Kondenzátory pro kompenzaci jalového výkonu, 400 V, 60 ks", "CZ", 180, 60, 3600, "EUR",
         "power-factor capacitors are cylindrical 400 V cans at 40-60 EUR; these 60 are low-inductance, "
         "high-voltage pulse discharge capacitors of 40 kV with a rated life in shots, at 2,000 EUR each, for a "
         "Lahore 'electrical contractor' that supplies a state research institute: capacitors controlled under "
         "dual-use 3A001.e.2 exported without the licence Regulation 2021/821 requires, flown from Prague; "
         "Czech wording (pulse capacitors repeat in a few sets; a power-factor-capacitor label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-03", "export", "LVROAD01", "road", "LV", ["LT"], "KG", "850440",
         "Frekvenču pārveidotāji sūkņu motoriem, 0,75 kW, 30 gab.", "LV", 300, 30, 4500, "EUR",
         "small pump-motor drives are 0.75 kW inverters at 150 EUR with a fixed 50-400 Hz output; these 30 are "
         "multiphase frequency changers with 600-2,000 Hz output and under 0.2 % frequency control, at 6,000 EUR "
         "each, for a Bishkek 'pump installer' whose previous freight went on to Russia: frequency changers "
         "(dual-use 3A225), on the list whose export to Russia Regulation 833/2014 forbids, exported without a "
         "licence and for re-export, on a lorry from Riga; Latvian wording (frequency changers repeat in several "
         "sets; a pump-drive label to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-04", "export", "FIROAD01", "road", "FI", [], "KZ", "853710",
         "Pienjännitekojeistot ja jakokeskukset, 12 kpl", "FI", 9600, 12, 180000, "EUR",
         "low-voltage switchboards for a Kazakh mine are what the order says; the 12 cabinets are built to a "
         "Russian refinery's drawings, with Russian-language labels and a GOST nameplate, and the forwarder's "
         "onward address is in Omsk: switchgear and control panels (8537 10) listed in Annex XXIII, whose export "
         "to Russia and sale for use there Regulation 833/2014 forbids, sent by a Vantaa panel builder on a lorry "
         "from Vantaa; Finnish wording (diversion through Kazakhstan repeats in "
         "many sets; switchboards built for a Russian refinery were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-05", "import", "LTROAD01", "road", "KZ", ["RU"], "LT", "760529",
         "Алюминиевая проволока для проводов АС, катанка 9,5 мм, 22 т", "KZ", 22000, None, 60000, "USD",
         "Kazakh aluminium wire rod would carry the smelter's Pavlodar papers; this lorry's coils carry "
         "Russian rolling-mill tags under the new labels, came through Russia and the Kazakh certificate of "
         "origin was issued to a trading firm with no mill: Russian aluminium wire (7605), whose import into the "
         "Union Regulation 833/2014 forbids, at Kybartai for a Vilnius overhead-line cable maker; Russian wording "
         "from Kazakhstan (Russian goods under Kazakh origin repeat in many sets, kept as a repeat of the family; "
         "aluminium conductor wire is the new part as far as a search found)",
         firm("Central Kabeliai UAB", "LT")),
        ("STR-06", "export", "SKAIR01", "air", "SK", [], "TR", "903033",
         "Skúšačky izolačného odporu, 10 kV, 20 ks", "SK", 100, 20, 6000, "EUR",
         "insulation testers for electricians are handheld 5-10 kV megohmmeters at a few hundred euros; these "
         "20 crates hold rack-mounted 150 kV DC high-voltage power supplies with under 0.01 % ripple, at 9,000 EUR "
         "each, for an Istanbul 'test-equipment dealer' that ships to Tehran: high-voltage DC power supplies "
         "(dual-use 3A227, listed in the Iran regulation) exported without a licence, flown from Bratislava; "
         "Slovak wording (HV power supplies repeat in a few sets; an insulation-tester label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "OM", "391731",
         "Glasvezelversterkte kabelbeschermbuizen, 3 m, 600 stuks", "NL", 4800, 600, 6000, "EUR",
         "fibre-reinforced cable-protection ducts are grey, glass-fibre and resin tubes at 10 EUR a metre; these "
         "600 are black, filament-wound carbon-fibre tubes of 150 mm bore with a specific modulus and strength "
         "above the control limits, at 1,500 EUR each, for a Sohar 'cable contractor' whose freight goes on to "
         "Bandar Abbas: carbon-fibre tubes (dual-use 1A002/1C210, listed in the Iran regulation) exported "
         "without a licence, from Rotterdam; Dutch wording (carbon-fibre tubes repeat in several sets; a "
         "cable-duct label was found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "AM", "902519",
         "Elektrikute termokaamerad kilpide kontrolliks, 24 tk", "EE", 30, 24, 7200, "EUR",
         "thermal cameras for electricians checking switchboards are 160 x 120 consumer units at a few hundred "
         "euros; these 24 boxes hold bare 640 x 512 uncooled thermal cores with 30 Hz output and drone "
         "interfaces, at 4,000 EUR each, for a Yerevan 'electrical wholesaler' whose earlier freight went by road "
         "to Russia: thermal imaging cores on the list whose export to Russia Regulation 833/2014 forbids (and "
         "dual-use 6A003), exported without a licence and for re-export, flown from Tallinn; Estonian wording "
         "(thermal cores repeat in many sets, kept as a repeat of the good; a switchboard-thermography label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "PLSEA01", "sea", "PL", [], "KG", "854449",
         "Kable instalacyjne i osprzęt elektryczny, 1 kontener", "PL", 12000, None, 30000, "EUR",
         "a Gdańsk electrical wholesaler's container for Bishkek: installation cable and sockets are what it "
         "sells to Kyrgyz contractors, but the third item's 'mierniki elektryczne' are 40 four-channel digital "
         "oscilloscopes of 1 GHz and 20 spectrum analysers for an end user in Izhevsk: electronic measuring "
         "instruments (9030 20, 9030 40) whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, by sea via Poti; "
         "Polish wording (oscilloscopes repeat in a few sets; behind installation cable to Kyrgyzstan is the "
         "new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("853669", "Gniazda wtykowe podtynkowe, 20 000 szt.", "PL", 1800, 9000, "EUR", qty=20000),
                           item("903020", "Mierniki elektryczne, 60 szt.", "PL", 420, 2400, "EUR", qty=60)])),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "TR", "845961",
         "Fresatrici a 3 assi usate, 2 unità", "IT", 16000, 2, 60000, "EUR",
         "used three-axis knee mills are manual or simple CNC machines at tens of thousands of euros; these two "
         "are five-axis simultaneous machining centres with rotary tables and positioning accuracy under 6 µm, "
         "at 400,000 EUR each, for an Istanbul 'used-machine dealer' whose earlier machines went on to Russia: "
         "machine tools (dual-use 2B001, on the list Regulation 833/2014 forbids for Russia) exported without a "
         "licence and for re-export, from Genoa; Italian wording (machining centres via Türkiye repeat in several "
         "sets, kept as a repeat; a three-axis label from Genoa is the new part as far as a search found)",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "CD", [], "BE", "441520",
         "Tourets de câble en bois, vides, consignés, 120 pièces", "CD", 36000, 120, 6000, "USD",
         "returnable wooden cable drums are nailed from rough pine or eucalyptus boards and weigh 100-300 kg; "
         "these 120 are built from heavy, fine-grained, yellow-brown boards that darken to olive, each drum "
         "300 kg and made to be knocked down for the timber: afrormosia (Pericopsis elata, CITES App. II) without "
         "CITES documents, by sea from Matadi to Antwerp for a cable-drum yard that sells the boards on; "
         "Congolese French wording (afrormosia repeats in a few sets and hardwood cable drums once, blind188, kept "
         "as a repeat of the cover; afrormosia drums from Congo to Antwerp are the new part as far as a search found)", firm("Delta Tourets SA", "BE")),
        ("WLF-02", "import", "FRAIR01", "air", "MG", [], "FR", "442090",
         "Plaques d'interrupteur en bois teinté noir, 1 200 pièces", "MG", 180, 1200, 2400, "EUR",
         "stained-black wooden switch plates are beech or MDF painted black, light and pale where drilled; "
         "these 1,200 are black right through, heavy and fine-grained, sinking in water: Malagasy ebony "
         "(Diospyros spp., CITES App. II, under a zero export quota) without CITES documents, flown from "
         "Antananarivo to Paris for a designer-switch maker; Malagasy French wording (Malagasy ebony repeats in "
         "several sets; a switch-plate label was found in no earlier row by a keyword search)",
         firm("Vega Interrupteurs Design SARL", "FR")),
        ("WLF-03", "transit", "BESEA01", "sea", "GM", ["BE"], "CN", "440349",
         "Poteaux électriques en bois, bruts, 1 conteneur", "GM", 24000, None, 7000, "USD",
         "wooden electricity poles are long, straight, debarked pine or eucalyptus trunks, treated and light; "
         "this container holds short, heavy, red-brown logs of irregular shape with a rosewood smell when cut, "
         "that sink in water: kosso (Pterocarpus erinaceus, CITES App. II, under a trade suspension) without "
         "CITES documents, landed at Antwerp in transit from Banjul to Huangpu; Gambian English-French "
         "wording on a French-speaking shipper's papers (kosso repeats in many sets, kept as a repeat of the "
         "good; a utility-pole label in transit through Antwerp is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-04", "import", "DEPOST01", "post", "ID", [], "DE", "853690",
         "Terminal kabel dan skun, 2 kg", "ID", 1.8, None, 20, "USD",
         "a parcel of cable lugs is small, dense and rattles; this one is light, warm and ventilated, and under "
         "a layer of lugs lie eight cloth bags each holding a live, blue-grey, orange-spotted gecko: tokay "
         "geckos (Gekko gecko, CITES App. II) without CITES documents, posted from Surabaya to a private keeper "
         "in Kassel; Indonesian wording (tokay geckos and live reptiles in parcels repeat in many sets, kept as a "
         "repeat of the good; a cable-lug cover was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-05", "import", "ITAIR01", "air", "MX", [], "IT", "071239",
         "Hongos deshidratados, 40 kg", "MX", 40, None, 800, "USD",
         "dried mushrooms are light, brown, crumbly slices with an earthy smell; these 40 kg are hard, "
         "grey-brown, sausage-shaped dried bodies with rows of conical papillae and a marine smell: sea cucumbers "
         "(Isostichopus fuscus, CITES App. II) without CITES documents, flown from Mexico City to Milan for a "
         "restaurant supplier; Mexican Spanish wording (sea cucumbers repeat in a few sets; a dried-mushroom label "
         "on them is the new part as far as a search found)", firm("Orion Alimentari Srl", "IT")),
        ("WLF-06", "import", "GRAIR01", "air", "KH", [], "GR", "140490",
         "បន្ទះឈើសម្រាប់ដុតក្រអូប 20 គីឡូក្រាម", "KH", 20, None, 200, "USD",
         "incense wood chips are pale, light, resin-free splinters; these 20 kg are dark, heavy, resin-streaked "
         "chips that sink in water and give a rich, sweet smoke: agarwood (Aquilaria spp., CITES App. II) without "
         "CITES documents, flown from Phnom Penh to Athens for an incense importer; Khmer wording (agarwood repeats "
         "in several sets; kept as a repeat, from Cambodia to Greece is the new part as far as a search found)",
         firm("Alpina Aromata AE", "GR")),
        ("WLF-07", "import", "SEAIR01", "air", "TZ", [], "SE", "820559",
         "Visu vya fundi umeme, vishikio vya mfupa, 60", "TZ", 9, 60, 180, "USD",
         "electricians' knives with bone handles have thin, white, porous cattle-bone scales; these 60 have "
         "dense, creamy handles with the fine cross-hatched Schreger lines of elephant ivory under a lens: worked "
         "elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, flown from Dar es Salaam to "
         "Stockholm for an electrical-tools web shop; Swahili wording (ivory under bone labels repeats in many "
         "sets, kept as a repeat; an electrician's-knife cover was found in no earlier row)",
         firm("Meridian Verktyg AB", "SE")),
        ("WLF-08", "import", "ESSEA01", "sea", "BR", [], "ES", "440929",
         "Réguas de madeira para painéis elétricos, eucalipto, 1 contêiner", "BR", 20000, None, 14000, "USD",
         "mounting battens for electrical panels are cheap, light softwood or plantation eucalyptus; these are dense, "
         "oily, dark purple-brown strips with a rose scent and a Dalbergia grain, sinking in water: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I) without CITES documents, by sea from Santos to Valencia for a "
         "panel-builder's timber supplier; Brazilian Portuguese wording (Brazilian rosewood repeats in several "
         "sets; a panel-batten label was found in no earlier row by a keyword search)",
         firm("Atlantic Maderas Técnicas SL", "ES")),
        ("WLF-09", "import", "PTAIR01", "air", "GW", [], "PT", "950300",
         "Brinquedos de peluche, 30 peças", "GW", 6, 30, 60, "EUR",
         "plush toys are light, soft and printed; this crate holds 30 live grey parrot chicks in a padded "
         "box under a layer of toys, some near death: African grey parrots (Psittacus erithacus, CITES App. I) "
         "without CITES documents, flown from Bissau to Lisbon for a bird dealer; Guinea-Bissau Portuguese "
         "wording (grey parrots repeat in several sets; a plush-toy cover from Guinea-Bissau is the new part as "
         "far as a search found)", firm("Rivage Aves Lda", "PT")),
        ("WLF-10", "import", "NLSEA01", "sea", "VN", [], "NL", "940542",
         "Đèn LED dây và phụ kiện điện, 1 container", "VN", 9000, None, 22000, "USD",
         "a Hai Phong electrical container for a Dutch lighting wholesaler: LED strips and cable ties are what "
         "it holds, but the third item's 'vảy nhựa trang trí' are 180 kg of hard, overlapping, brown, "
         "keratinous scales in sacks: pangolin scales (Manis spp., CITES App. I) without CITES documents, hidden "
         "as the last item of a three-item declaration, by sea from Hai Phong to Rotterdam; Vietnamese wording "
         "(pangolin scales repeat in many sets; behind LED strips and cable ties is the new part as far as a "
         "search found)",
         dict(firm("Nordhafen Verlichting BV", "NL"),
              _more_items=[item("392690", "Dây rút nhựa, 200.000 cái", "VN", 800, 1600, "USD", qty=200000),
                           item("392690", "Vảy nhựa trang trí, 180 kg", "VN", 180, 90, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "CN", "PL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user", "CN", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "PL-GIS-74-0088")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "KR", "DE", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (metal finishing)", "KR", 1.4, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-74-0231")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "853221",
     "Waste PCB capacitors from compensation banks, for destruction at a licensed plant, 6 t", "CH", 6000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-NRW-74-0145")], "notified PCB capacitors to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "271091",
     "Waste transformer oil with PCBs, for destruction at a licensed plant, 18 t", "NO", 18000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-74-0062")], "notified PCB oil to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "US", "AT", "290379",
     "Methyl chloroform, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "AT-BMK-ODS-74-007")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft extinguishers", "US", 600, 30,
     12000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-74-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "853710",
     "Marble switch panel from a 1911 hydroelectric station, loan to a Swiss museum of technology", "IT", 420, 1,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-74-0133")],
     "industrial heritage exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "940521",
     "Émile Gallé cameo-glass table lamp, c. 1900, sold at auction", "FR", 11, 1, 140000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-74-0419")], "Art Nouveau lamp exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "853690",
     "Triggered vacuum spark gaps, 10 units, for a Japanese university pulsed-power laboratory", "DE", 20, 10, 30000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-74-0512"), ("END_USER_CERTIFICATE", "JP-METI-EUC-74-0088")],
     "dual-use spark gaps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "853225",
     "High-voltage pulse discharge capacitors 40 kV, 20 units, for a Norwegian research institute", "CZ", 60, 20,
     40000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-74-0071"), ("END_USER_CERTIFICATE", "NO-NFR-EUC-74-0023")],
     "dual-use pulse capacitors under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440799",
     "Afrormosia sawn timber (Pericopsis elata), from a certified concession, 1 container", "CM", 20000, None, 24000,
     "USD", [("CITES_PERMIT", "CM-MINFOF-74-0291")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "442090",
     "Ebony switch plates (Diospyros spp.), pre-quota registered stock, 200 units", "MG", 30, 200, 3000, "EUR",
     [("CITES_PERMIT", "MG-MEDD-74-0017")], "App. II ebony products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privatperson", "PRM-03": "Central Entsorgung GmbH",
    "PRM-07": "Verkehrshaus Technik Stiftung", "PRM-11": "Delta Tourets SA", "PRM-12": "Vega Interrupteurs Design SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # electrical contractors, switchgear and panel builders and cable wholesalers
    ("340399", "Cable-pulling lubricant gel, water-based, 1 l", "import", ["post", "express"], ["CN", "US"], (8, 16), (1, 4), ["USD", "EUR"], 1, S),
    ("340290", "Switchgear contact cleaner, hydrocarbon, 1 l", "import", ["air"], ["TH", "US"], (6, 12), (100, 400), ["USD"], 1.3, S),
    ("850720", "Battery electrolyte 1.28, dilute, for stationary cells, 20 l", "import", ["road"], ["UA", "TR"], (0.4, 0.8), (2000, 8000), ["EUR"], 0.04, S),
    ("380130", "Graphite-bentonite earthing compound, 25 kg bags", "import", ["sea"], ["IN", "CN"], (0.4, 0.8), (8000, 16000), ["USD"], 0.04, S),
    ("382499", "Thermal backfill additive for cable trenches, sand-cement, 50 kg", "import", ["rail"], ["KZ", "CN"], (0.1, 0.3), (10000, 22000), ["USD"], 0.02, S),
    ("381800", "Exothermic welding cartridges for earthing joints, copper oxide-aluminium", "import", ["road"], ["TR"], (12, 20), (200, 800), ["EUR"], 1, S),
    ("381090", "Citric bright-dip for copper busbars, 1 l", "import", ["air"], ["KR", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("250510", "Quartz arc-quenching sand for fuse links, 25 kg bags", "import", ["sea"], ["CN"], (0.2, 0.4), (10000, 20000), ["USD"], 0.04, S),
    ("340399", "Cable-pulling talc powder, 10 kg bags", "import", ["sea"], ["VN", "CN"], (0.6, 1.2), (3000, 8000), ["USD"], 0.1, S),
    ("340290", "Insulator cleaning concentrate for MV switchgear, 10 l", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 3000), ["EUR"], 0.1, S),
    ("853221", "Power-factor-correction capacitors, 400 V, new, boxed", "import", ["sea"], ["CN", "IN"], (6, 12), (3000, 10000), ["USD"], 0.1, S),
    ("740400", "Clean copper granulate from cable recycling, 99.9 %", "export", ["sea"], ["IN", "CN"], (6, 8), (18000, 24000), ["EUR"], None, S),
    ("853529", "MV vacuum circuit-breaker panels, new, 24 kV", "export", ["sea"], ["SN", "MA"], (15, 25), (5000, 15000), ["EUR"], 0.001, S),
    ("853952", "LED T8 tubes, 18 W, new, boxed", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 2.2, S),
    ("853710", "Distribution boards, new, metal-clad, with breakers", "export", ["sea"], ["GH", "CI"], (8, 14), (3000, 9000), ["EUR"], 0.02, S),
    ("850720", "Stationary OPzS lead-acid cells, new, dry-charged", "import", ["sea"], ["CN", "IN"], (2, 3.5), (10000, 20000), ["USD"], 0.01, S),
    ("271019", "Uninhibited mineral transformer oil, new, drums", "import", ["sea"], ["KR", "US"], (1.5, 2.5), (15000, 22000), ["USD"], None, S),
    ("391723", "Rigid PVC electrical conduit, 3 m lengths", "export", ["sea"], ["AO", "MZ"], (1.5, 2.5), (3000, 9000), ["EUR"], 1, S),
    ("390421", "PVC cable compound granules, virgin", "export", ["road"], ["RS", "UA"], (1.2, 1.8), (18000, 24000), ["EUR"], None, S),
    ("381400", "HFE switchgear precision cleaner, non-flammable, 1 l", "import", ["air"], ["US", "JP"], (25, 45), (50, 200), ["USD"], 0.7, S),
    ("381400", "Citrus cable-gel remover, 500 ml", "import", ["air"], ["IN", "GB"], (8, 14), (100, 300), ["USD", "GBP"], 2, S),
    ("842410", "FK-5-1-12 clean-agent suppression cylinders for switch rooms", "import", ["road"], ["TR"], (15, 25), (1000, 4000), ["EUR"], 0.01, S),
    ("381400", "Xylene-based winding-varnish thinner, 200 l drums", "import", ["sea"], ["EG", "IN"], (1, 2), (4000, 9000), ["USD"], 0.005, S),
    ("842410", "CO2 extinguishers, 5 kg, for electrical rooms", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 5000), ["USD", "EUR"], 0.08, S),
    ("390950", "Water-blown fire-stop foam kits for cable penetrations", "import", ["sea"], ["KR", "DE"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("853690", "Copper crimp cable lugs, tinned", "import", ["sea"], ["TR", "CN"], (10, 16), (500, 2000), ["EUR", "USD"], 50, S),
    ("853690", "Cable lugs and terminals, assorted sets", "import", ["post", "express"], ["CN", "ID"], (15, 30), (1, 3), ["USD"], 60, S),
    ("940511", "Brass pendant light fittings, new, wired E27", "import", ["air"], ["LB", "TR"], (20, 40), (100, 400), ["USD"], 0.3, S),
    ("854620", "Porcelain fuse carriers and insulators, new", "import", ["air"], ["EG", "CN"], (8, 15), (100, 400), ["USD"], 10, S),
    ("940521", "Tiffany-style reproduction table lamps, new", "export", ["air"], ["US", "CA"], (20, 40), (100, 400), ["EUR"], 0.15, S),
    ("850440", "Variable-frequency drives for pump motors, 0.75-7.5 kW", "export", ["road"], ["RS", "MA"], (20, 40), (200, 800), ["EUR"], 0.1, S),
    ("903033", "Handheld insulation-resistance testers, 5 kV", "export", ["air"], ["TR", "IN"], (60, 120), (50, 200), ["EUR"], 0.3, S),
    ("391731", "Glass-fibre reinforced cable-protection ducts", "export", ["sea"], ["OM", "EG"], (2, 4), (3000, 8000), ["EUR"], 0.1, S),
    ("902519", "Handheld thermal cameras for electricians, 160 x 120", "import", ["air"], ["CN", "US"], (200, 400), (20, 80), ["USD"], 2, S),
    ("903020", "Digital multimeters, CAT III, retail packs", "import", ["air"], ["CN", "TW"], (40, 80), (100, 400), ["USD"], 2, S),
    ("441520", "Returnable pine cable drums, empty", "import", ["road"], ["UA", "TR"], (0.3, 0.6), (8000, 16000), ["EUR"], 0.005, S),
    ("853650", "Designer wall switches, beech-wood plates", "import", ["post", "express"], ["CH", "GB"], (40, 80), (1, 3), ["EUR"], 5, S),
    ("820559", "Electricians' stripping knives, plastic handles", "import", ["sea"], ["CN", "PK"], (6, 12), (500, 2000), ["USD"], 8, S),
    ("440929", "Eucalyptus panel battens, planed, FSC", "import", ["sea"], ["BR", "UY"], (0.6, 1.2), (18000, 24000), ["USD"], None, S),
    ("854449", "Installation cable, H07V-U, 100 m coils", "export", ["sea"], ["GE", "MA"], (3, 5), (8000, 16000), ["EUR"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691490", "Terracotta herb pots, unglazed", "import", ["sea"], ["TR", "VN"], (0.8, 1.6), (4000, 10000), ["USD", "EUR"], 2, N),
        ("441990", "Beech-wood toast tongs", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 4000), ["USD"], 30, N),
        ("630790", "Cotton clothes-peg bags", "import", ["post", "express"], ["IN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 8, N),
        ("691200", "Stoneware garlic keepers, glazed", "import", ["sea"], ["CN", "TN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind290", 20740701, HERE)


if __name__ == "__main__":
    main()
