#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-eighth blind set (tests/risk/data/blind288-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: horse racing, stud farms, saddlery
and equestrian retail (racing stables and racecourses, stud farms and equine clinics,
saddlers, saddle-tree and harness makers and their leather suppliers, tack shops and
equestrian web shops).
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
only where a real declaration would. Ids are BL288-*:

    python3 tests/risk/data/make_blind288_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "AR", [], "ES", "300490",
         "Líquido para ranilla de cascos (tratamiento de la podredumbre), 1 litro, 6 botellas", "AR", 6.8, 6, 90, "USD",
         "the thrush treatments farriers paint into the frog of a hoof are dark, iodine- or copper-based liquids of "
         "about 1.0 kg/l in 250 ml bottles with a brush cap; these six litre bottles hold a water-clear, runny liquid "
         "of 1.13 kg/l with vented caps that whitens the skin and foams on a cut, sent by express from a Buenos Aires "
         "polo-supply shop to a private polo player in Sotogrande: about 35 % hydrogen peroxide (Annex I above 12 %) "
         "imported by a member of the public; Rioplatense Spanish wording (hydrogen peroxide repeats in many sets; a "
         "hoof-thrush label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-02", "import", "NLAIR01", "air", "IN", [], "NL", "300490",
         "रेस घोड़ों की टांगों के लिए सफ़ेद मालिश तेल (एम्ब्रोकेशन), 1 लीटर, 48 बोतलें", "IN", 54.7, 48, 380, "USD",
         "the white embrocation oils racing yards rub into tendons after work are creamy emulsions of turpentine, "
         "ammonia and egg or oil of about 0.95 kg/l that smell of pine; these 48 bottles hold a clear, faintly yellow, "
         "oily liquid of 1.14 kg/l with a fruity smell that does not emulsify in water, and the drum label under the "
         "sticker reads 'CH3NO2', flown from Kanpur for a Dutch equestrian web shop that sells the litre bottles to "
         "anyone: nitromethane (Annex I above 16 %) made available to members of the public; Hindi wording "
         "(nitromethane repeats in many sets and a liniment label once, blind154; a racehorse embrocation from a "
         "Kanpur saddlery exporter was found in no earlier row by a keyword search)",
         firm("Horizon Ruitersport BV", "NL")),
        ("PRE-03", "import", "GRSEA01", "sea", "TR", [], "GR", "382499",
         "Manej zemini için toz bastırıcı konsantre, 5 l bidon, 320 bidon", "TR", 2940, 320, 1600, "EUR",
         "the dust suppressants sprayed on sand riding arenas are magnesium-chloride brines or glycerine emulsions "
         "of 1.2-1.3 kg/l that feel slippery; these 320 cans hold a colourless, oily liquid of 1.84 kg/l that grows "
         "hot with a drop of water and chars the cardboard where it leaked, by sea from Izmir to Piraeus for an "
         "Athens equestrian-supply firm whose web shop sells the cans to private stable owners: about 96 % sulphuric "
         "acid (Annex I above 15 %) retail-packed for members of the public; Turkish wording (sulphuric acid repeats "
         "in many sets and oil labels on it, blind264 and blind280; an arena dust-suppressant label was found in no "
         "earlier row by a keyword search)", firm("Delta Ippika AE", "GR")),
        ("PRE-04", "import", "DEAIR01", "air", "JP", [], "DE", "250810",
         "蹄用パッキングクレイ (蹄底保護・冷却用), 2 kg 袋, 160袋", "JP", 320, 160, 480000, "JPY",
         "the hoof-packing clays racing yards press into the sole after a race are blue-grey, sticky bentonite "
         "pastes or powders that swell and never dissolve; these 160 bags hold a white, crystalline powder that "
         "dissolves slowly without swelling, flares with sugar on a hot plate and whose inner liners read 'KClO4', "
         "flown from Narita for a Verden tack-shop chain that sells 2 kg bags over the counter: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public; Japanese wording (potassium "
         "perchlorate repeats in many sets and clay labels on it in a few; a hoof-packing label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Reitsport GmbH", "DE")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "253090",
         "Цеолітовий освіжувач підстилки для стайні, гранули, мішки 25 кг, 640 мішків", "UA", 16000, 640, 3800, "EUR",
         "zeolite stall fresheners are grey-green, gritty granules of clinoptilolite that soak up ammonia and never "
         "dissolve; these 640 sacks hold white, smooth prills that turn ice-cold and vanish in water and test at "
         "34 % N, in a lorry at Korczowa for a Rzeszów stable-supply firm that re-bags them in 5 kg pails for riding "
         "clubs and private horse owners: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public; Ukrainian wording (ammonium nitrate repeats in many sets; a stall-freshener label was found in "
         "no earlier row by a keyword search)", firm("Vega Stajnia Sp. z o.o.", "PL")),
        ("PRE-06", "import", "IEPOST01", "post", "GB", [], "IE", "250100",
         "Arena de-icing salt for outdoor school surfaces, 4 x 5 kg tubs", "GB", 20, 4, 60, "GBP",
         "the de-icing salts sold for outdoor riding arenas are coarse, grey rock salt or white sodium chloride "
         "that tastes of salt; these four tubs hold fine, white, tasteless crystals that flare on a match with sugar "
         "and whose inner bags read 'NaClO3', posted from Shropshire to a private livery-yard owner in County "
         "Kildare: sodium chlorate (Annex I above 40 %), a banned weedkiller, imported by a member of the public; "
         "British English wording (sodium chlorate repeats in many sets and de-icing labels on it in several; kept "
         "as a repeat of the label, an arena-surface salt by post is the new part as far as a search found)",
         person("Mr Seán Murphy", "IE")),
        ("PRE-07", "import", "DEAIR01", "air", "PK", [], "DE", "340590",
         "گھوڑے کے ساز کے پیتل کے پرزوں کے لیے چمکانے والا محلول، 1 لیٹر، 96 بوتلیں", "PK", 134, 96, 480, "USD",
         "the brass brighteners harness makers dip buckles and rein fittings in are mild citric or ammonia pastes "
         "and liquids of about 1.05 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and eat into a brass buckle, flown from Sialkot's harness-hardware makers to a Warendorf saddlery "
         "supplier that sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed "
         "for members of the public; Urdu wording (nitric acid repeats in many sets and metal-cleaner labels on it in "
         "a few; a harness-brass brightener from Sialkot was found in no earlier row by a keyword search)",
         firm("Central Sattlerbedarf GmbH", "DE")),
        ("PRE-08", "import", "IESEA01", "sea", "CN", [], "IE", "310430",
         "硫酸钾, 马场牧草地用钾肥, 25公斤袋, 720袋", "CN", 18000, 720, 8600, "USD",
         "potassium sulphate for stud-farm paddocks is a white, slightly bitter, granular fertiliser that does "
         "nothing on a hot iron; these 720 bags hold shiny flakes that crackle and spit violet sparks on a hot iron "
         "and the maker's sheet in the container gives CAS 3811-04-9, by sea from Tianjin to Dublin for a Naas "
         "'paddock-care' firm with no spreader that re-bags the salt in 2 kg tubs for hobby-horse owners: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public; Chinese wording (potassium chlorate "
         "repeats in many sets and fertiliser labels on it in a few; a stud-paddock potash label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Paddock Supplies Ltd", "IE")),
        ("PRE-09", "import", "ITAIR01", "air", "EG", [], "IT", "283321",
         "ملح إبسوم لنقع حوافر الخيول، أكياس 1 كجم، 300 كيس", "EG", 300, 300, 450, "USD",
         "Epsom salt for soaking abscessed hooves is a coarse, bitter, non-hygroscopic magnesium sulphate; these "
         "300 bags hold a fine, white powder that turns damp in the air, dissolves at once and burns fiercely with "
         "sugar, flown from Cairo for a Pisa (San Rossore) tack shop that sells the bags over the counter: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public; Egyptian Arabic wording (sodium "
         "perchlorate repeats in many sets and Epsom-salt labels in several, kept as a repeat of the label; a "
         "hoof-soak salt from an Egyptian Arabian-horse stud supplier is the new part as far as a search found)",
         firm("Meridian Selleria Srl", "IT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Koncentrat za dezinfekciju prikolica za konje i boksova, kanister 20 l, 120 kanistera (1. od 3 isporuke)",
         "RS", 2880, 120, 1900, "EUR",
         "the disinfectants sprayed in horse trailers and stables are peracetic or quaternary-ammonium concentrates "
         "of about 1.05 kg/l that foam and smell of vinegar or soap; these 120 cans hold a water-clear, odourless "
         "liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, the first of three vans "
         "booked that week each kept under 3 t, at Röszke for a Budapest horse-transport and stable-supply firm "
         "that sells the cans to private owners: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed "
         "for members of the public; Serbian wording in Latin script (hydrogen peroxide repeats in many sets and "
         "splits over several vans in blind264 and blind280, kept as a repeat of the split; a horse-trailer "
         "disinfectant label was found in no earlier row by a keyword search)", firm("Orion Lovas Kellék Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "420100",
         "Gebruikte zadels en hoofdstellen, gereinigd, 300 stuks", "NL", 2400, 300, 6000, "EUR",
         "a stud farm's clearance container for Accra: used saddles, bridles and turnout rugs are what Dutch "
         "tack dealers ship to West African polo and riding clubs, but the third item's 'stalverlichting, gebruikt' "
         "are 900 kg of stable fluorescent fittings and UV fly-killer units with their tubes, many broken, the glass "
         "loose in the cartons: waste lamps containing mercury and waste electrical equipment (20 01 21*, A1180), "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Rotterdam; Dutch wording (fluorescent tubes repeat in many sets; stable lighting behind used saddles and "
         "rugs is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("630140", "Gebruikte weidedekens voor paarden, 800 stuks", "NL", 1600, 2400, "EUR", qty=800),
                           item("940549", "Stalverlichting, gebruikt, 900 kg", "NL", 900, 450, "EUR")])),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "NG", "850710",
         "Reconditioned 12 V leisure batteries for electric fence energisers, 1,200 units", "IE", 26000, 1200, 14400,
         "EUR",
         "reconditioned fence batteries come charged, cleaned, capped and tested with a sheet per battery; these "
         "1,200 were pulled from the electric-fence energisers of Kildare and Tipperary stud farms, dead, cracked or "
         "leaking, with corroded clips and dried acid on the cases: waste lead-acid batteries (16 06 01*, A1160), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to Lagos; Irish English wording "
         "(lead-acid batteries repeat in many sets, kept as a repeat of the good; stud-farm fence-energiser "
         "batteries were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "852859",
         "Écrans d'affichage d'hippodrome d'occasion, en état de marche, 60 pièces", "FR", 9000, 60, 12000, "EUR",
         "used display screens for a racecourse are tested LED panels with a test report per unit; these 60 are "
         "the tote boards and grandstand monitors of a closing provincial racecourse, cathode-ray monitors with "
         "smashed fronts, dead LED modules and their ballasts and batteries, no report and no two alike: waste "
         "electrical equipment with CRT glass (A1180, 16 02 13*), hazardous waste whose export to a non-OECD "
         "country is banned, from Marseille-Fos to Casablanca for a 'racecourse equipment' trader; French wording "
         "(CRTs repeat in many sets; racecourse tote boards and monitors were found in no earlier row by a keyword "
         "search)", {"importer_country": "MA"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "SN", "441830",
         "Lisses et poteaux de clôture de paddock, chêne, réemploi, 24 t", "FR", 24000, None, 2400, "EUR",
         "oak paddock rails for reuse are grey, untreated, split oak; these rails and posts from a Normandy stud "
         "farm being cleared are green-tinged pine, pressure-treated, stamped CCA on the butts and rotted at ground "
         "level: wood treated with copper, chromium and arsenic (17 02 04*, A4040), hazardous waste whose export to "
         "a non-OECD country is banned, from Le Havre to Dakar for a riding-club builder; French wording (treated "
         "waste wood repeats in several sets; stud-farm paddock fencing as oak rails was found in no earlier row by "
         "a keyword search)", {"importer_country": "SN"}),
        ("WST-05", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "650699",
         "Gebrauchte Sicherheitswesten für Vielseitigkeitsreiter, 400 Stück", "DE", 2800, 400, 1600, "EUR",
         "used eventing body protectors are light foam vests of 1-2 kg; these 400 'vests' weigh 7 kg each and are "
         "lead-rubber X-ray aprons and thyroid shields from a Lower Saxony equine clinic's radiography room, cracked "
         "and no longer shielding: waste containing lead (A1010, 17 04 03 and hazardous), whose export to a "
         "non-OECD country is banned, in a lorry through Poland for a Lviv riding-goods trader; German wording "
         "(lead aprons repeat in a few sets; a body-protector label was found in no earlier row on waste by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Concime organico azotato da idrolizzato di cuoio, sacchi, 26 t", "IT", 26000, None, 2600, "EUR",
         "leather-hydrolysate fertiliser is a brown, dry, odourless granule with a heavy-metal analysis; these "
         "sacks hold a grey-green, wet, stinking filter-press cake that reads 3 % chromium, the sludge of a Santa "
         "Croce tannery that tans saddle and bridle leather: tannery sludge with chromium (A3090 and 04 01 06, "
         "hazardous), whose export to a non-OECD country is banned, from Livorno to Sfax; Italian wording (tannery "
         "sludge and leather-fertiliser labels repeat in several sets, kept as a repeat of the good; a saddle-leather "
         "tannery's sludge to Tunisia is the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "330510",
         "Pferdeshampoo-Konzentrat, Restposten, Kanister 10 l, 180 Stück", "AT", 1900, 180, 900, "EUR",
         "a horse-shampoo concentrate is a mild, scented, foaming detergent with a best-before date; these 180 "
         "cans from a closing Lower Austrian stud farm and a tack wholesaler's returns hold expired fly-washes and "
         "wormer and sheep-dip concentrates with dichlorvos and cypermethrin, oily and smelling of solvent, some "
         "cans swollen: obsolete pesticides and veterinary chemicals (A4030, 02 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, at Nickelsdorf for a Subotica 'stable supplies' firm; Austrian "
         "German wording (obsolete pesticides repeat in many sets; a horse-shampoo label was found in no earlier "
         "row by a keyword search)", {"importer_country": "RS"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "681182",
         "Płyty dachowe włóknocementowe z rozbiórki stajni, do ponownego użycia, 20 t", "PL", 20000, None, 1000,
         "EUR",
         "reusable fibre-cement roof sheets are modern, cellulose-fibre sheets with a maker's 'NT' mark; these "
         "broken, moss-grown corrugated sheets from the stables and old grandstand of a state stud being rebuilt "
         "are 1970s asbestos cement, grey and chalky at the edges: waste containing asbestos (17 06 05*, A2050), "
         "hazardous waste whose export to a non-OECD country is banned, at Hrebenne for a Lviv 'builder'; Polish "
         "wording (asbestos cement repeats in many sets; stud stables and a grandstand as its source were found in "
         "no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "IN", "281700",
         "Óxido de zinc técnico, grado cerámico, big bags, 24 t", "ES", 24000, None, 9600, "EUR",
         "technical zinc oxide is a fine, white, fluffy powder of 99 % ZnO with a certificate; these big bags hold "
         "a lumpy, grey-black ash with metal prills that smells of ammonia when wet, skimmed from the kettles of a "
         "Valencian hot-dip galvaniser: zinc ash and skimmings (A1080, 11 05 02 and hazardous), whose export to a "
         "non-OECD country is banned, from Valencia to Mundra; Spanish wording (zinc ash repeats in several sets and "
         "zinc-oxide labels on it in a few; kept as a repeat, to India from Valencia is the new part as far as a "
         "search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "271019",
         "Ulei de bază mineral, regenerat, pentru transformatoare, IBC 1000 l, 18 bucăți", "RO", 15800, 18, 3600,
         "EUR",
         "regenerated transformer oil is a pale, clear, dry oil with a PCB-free test report; these 18 IBCs hold a "
         "dark, cloudy oil drained from old pole-top transformers that a test kit puts at over 500 ppm PCB: waste "
         "oil containing PCBs (13 03 01*, A3180), whose export to a non-OECD country is banned, at Albița for a "
         "Chișinău 'lubricants' firm; Romanian wording (PCB oil repeats in many sets; kept as a repeat, from Romania "
         "to Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "BR", [], "PT", "842410",
         "Extintores para caminhões de transporte de cavalos, 2 kg, 300 unidades", "BR", 900, 300, 3600, "USD",
         "the small extinguishers fitted in horse lorries hold ABC powder or foam and carry a certificate; these "
         "300 red bottles hiss a liquid that vanishes into a sweet-smelling gas and their collars read 'BCF' under "
         "the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import "
         "into the Union is banned, by sea from Santos to Leixões for a Golegã horse-transport outfitter; Brazilian "
         "Portuguese wording (halon 1211 under extinguisher labels repeats in many sets, kept as a repeat; a "
         "horse-lorry extinguisher was found in no earlier row by a keyword search)",
         firm("Rivage Transporte Equino Lda", "PT")),
        ("OZN-02", "import", "BEAIR01", "air", "MX", [], "BE", "381400",
         "Desengrasante para cuero de sillas de montar, 1 litro, 96 botellas", "MX", 119, 96, 760, "USD",
         "the degreasers saddlers wipe over bridle and saddle leather before dyeing are naphtha or alcohol blends "
         "of about 0.8 kg/l that smell of petrol and burn; these 96 bottles weigh 1.24 kg/l, boil in the warm hand "
         "with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the "
         "Union is banned, flown from León, Guanajuato, to Brussels for a Flemish saddlery workshop; Mexican Spanish "
         "wording (HCFC-141b under solvent labels repeats in many sets; a saddle-leather degreaser was found in no "
         "earlier row by a keyword search)", firm("Alpina Zadelmakerij BV", "BE")),
        ("OZN-03", "import", "FRROAD01", "road", "MA", ["ES"], "FR", "380899",
         "Cartouches fumigènes anti-rongeurs pour écuries et greniers à foin, 1 200 pièces", "MA", 840, 1200, 2400, "EUR",
         "the rodent smoke cartridges sold for stables burn a sulphur-and-nitrate paste in a cardboard tube; these "
         "1,200 are heavy little steel canisters that slosh, with a piercing valve and no fuse, and a sweet smell "
         "when one leaks: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), "
         "in a lorry from Tanger Med through Spain to a Chantilly stable-supply firm; Moroccan French wording "
         "(methyl bromide repeats in many sets and rodent and burrow-gas labels on it in a few; a stable and "
         "hay-loft cartridge label was found in no earlier row by a keyword search)",
         firm("Horizon Écuries Fournitures SARL", "FR")),
        ("OZN-04", "import", "CZAIR01", "air", "VN", [], "CZ", "340290",
         "Dung dịch tẩy vết bẩn cho lót yên ngựa, 500 ml, 240 chai", "VN", 190, 240, 600, "USD",
         "the spot removers sold for saddle pads and numnahs are water-based enzyme sprays of about 1.0 kg/l; these "
         "240 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the hand: "
         "carbon tetrachloride, whose import into the Union is banned, flown from Ho Chi Minh City to Prague for a "
         "Pardubice equestrian shop chain; Vietnamese wording (carbon tetrachloride repeats in many sets and "
         "spot-remover labels in a few; a saddle-pad stain-remover label was found in no earlier row by a keyword "
         "search)", firm("Orion Jezdecké Potřeby s.r.o.", "CZ")),
        ("OZN-05", "import", "BGSEA01", "sea", "GE", [], "BG", "382769",
         "მაცივარი აგენტი R-407C, ერთჯერადი ბალონები 11.3 კგ, 300 ცალი", "GE", 3400, 300, 7500, "USD",
         "R-407C is an HFC blend in grey disposable cylinders with a certificate; these 300 cylinders read 9.5 bar "
         "at 20 °C, a leak detector names HCFC-22 and the valve threads carry older stamps: chlorodifluoromethane "
         "(HCFC-22), whose import into the Union is banned, by sea from Batumi to Burgas for a Varna air-conditioning "
         "trader; Georgian wording (HCFC-22 under HFC labels repeats in many sets; kept as a repeat, from Georgia to "
         "Bulgaria by sea is the new part as far as a search found)", firm("Vega Klimatik EOOD", "BG")),
        ("OZN-06", "import", "IEAIR01", "air", "HK", [], "IE", "381400",
         "賽馬綵衣專用乾洗液, 5公升, 40桶", "HK", 312, 40, 1600, "USD",
         "the dry-cleaning fluids racing-silks makers use on satin colours are hydrocarbon solvents of about "
         "0.77 kg/l that smell of paraffin and burn; these 40 cans weigh 1.56 kg/l, do not burn, evaporate fast "
         "with a faint sweet smell and the drum heads under the labels read 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Hong Kong to Dublin for a "
         "Curragh jockey-silks maker; Hong Kong Chinese wording (CFC-113 under cleaning-solvent labels repeats in "
         "many sets; a racing-silks dry-cleaning label was found in no earlier row by a keyword search)",
         firm("Meridian Racing Silks Ltd", "IE")),
        ("OZN-07", "import", "DEAIR01", "air", "AU", [], "DE", "381400",
         "Contact cement thinner for saddle-tree and stock-saddle making, 4 l, 36 tins", "AU", 190, 36, 900, "AUD",
         "the thinners stock-saddle makers use to let down contact cement for covering trees are toluene-free "
         "ester blends of about 0.85 kg/l that smell of pear drops and burn; these 36 tins weigh 1.32 kg/l, do not "
         "burn and smell of chloroform, and a trade name of the 1980s shows under the label: 1,1,1-trichloroethane "
         "(methyl chloroform), whose import into the Union is banned, flown from Brisbane to Frankfurt for a "
         "western-saddle maker; Australian English wording (methyl chloroform repeats in several sets, under "
         "thinner and model-making labels; a saddle-tree cement thinner was found in no earlier row by a keyword "
         "search)", firm("Alpina Westernsättel GmbH", "DE")),
        ("OZN-08", "transit", "GRSEA01", "sea", "TH", ["GR"], "LY", "290345",
         "สารทำความเย็น R-134a ถังขนาด 13.6 กก. 600 ถัง", "TH", 8200, 600, 18000, "USD",
         "R-134a comes in light-blue disposable cylinders at about 5.7 bar; these 600 cylinders read 5.7 bar too "
         "but a leak detector names CFC-12, the valve caps are white and the cylinder walls carry 'R12' under the "
         "sleeve: dichlorodifluoromethane (CFC-12), moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Piraeus in transit from Laem Chabang to Misrata; Thai wording (CFC-12 under R-134a "
         "labels repeats in many sets, kept as a repeat; a transit through Piraeus from Thailand is the new part as "
         "far as a search found)", {"importer_country": "LY"}),
        ("OZN-09", "export", "SESEA01", "sea", "SE", [], "TR", "841940",
         "Begagnade ismaskiner för hästars benkylning, travstall, 24 st.", "SE", 2400, 24, 2400, "EUR",
         "the ice machines trotting stables use for cooling legs after a race are modern flake-ice units on R-290 "
         "or R-404A; these 24 are 1980s and 1990s cabinets from Solvalla and Jägersro stables, their plates reading "
         "'R12' and 'R502' and their foam blown with CFC-11: equipment relying on and containing CFCs, whose export "
         "from the Union is banned (Regulation 2024/590), from Gothenburg to Izmir for a racing-stable supplier; "
         "Swedish wording (CFC equipment for export repeats in many sets, kept as a repeat; trotting stables' "
         "leg-icing machines were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("OZN-10", "import", "BEAIR01", "air", "AR", [], "BE", "950699",
         "Tacos de polo de bambú y fresno, 400 unidades", "AR", 320, 400, 16000, "USD",
         "a polo-supply air shipment for a Waterloo polo club's shop: mallets and polo saddles are what the "
         "Buenos Aires maker sends, but the third item's 'lustrador de cascos en aerosol' are 400 aerosol cans of "
         "hoof polish whose propellant, by the can weight and a leak test, is CFC-12 and CFC-11, the caps stamped "
         "'F-12/11' under the labels: products containing CFCs, whose import into the Union is banned, hidden as "
         "the last item of a three-item declaration; Argentine Spanish wording (CFC aerosols repeat in many sets; a "
         "hoof-polish aerosol behind polo mallets and saddles is the new part as far as a search found)",
         dict(firm("Central Polo Equipment SA", "BE"),
              _more_items=[item("420100", "Monturas de polo, cuero, 40 unidades", "AR", 360, 12000, "USD", qty=40),
                           item("340590", "Lustrador de cascos en aerosol, 400 latas", "AR", 160, 800, "USD", qty=400)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "KZ", [], "DE", "830890",
         "Декоративные кончо для вестерн-уздечек, бронза, под старину, 24 шт.", "KZ", 1.1, 24, 120, "USD",
         "antique-style conchos for western bridles are new, cast, evenly patinated rosettes with a screw back; "
         "these 24 are corroded, green-crusted bronze plaques and bridle-strap dividers in the animal style, curled "
         "felines and stag heads, no two alike, with loops cast on the back and soil in the hollows: Saka bridle "
         "ornaments (6th-4th century BC) dug from kurgans in Semirechye, archaeological objects whose export "
         "Kazakhstan forbids, brought in without the import licence Regulation 2019/880 requires, posted from "
         "Almaty to a private western rider in Bavaria; Russian wording from Kazakhstan (Scythian and Saka animal-"
         "style bronzes repeat in several sets and harness-ornament labels twice, blind94 and blind212; a western-"
         "bridle concho label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "BGROAD01", "road", "TR", [], "BG", "420100",
         "Dekoratif gösteri eyeri, el yapımı, yeni, kadife ve metal işlemeli, 1 adet", "TR", 14, 1, 300, "EUR",
         "a new decorative show saddle is bright velvet on a foam tree with machine-stamped plated fittings; this "
         "one has a wooden tree with a high pommel and cantle, faded silk velvet with gilt-silver thread couched on, "
         "silver-gilt corner plates with a tughra-like mark and a worn, repaired girth: an Ottoman ceremonial "
         "saddle of the 19th century, a cultural object whose export Türkiye forbids, brought in without an import "
         "licence (Regulation 2019/880), in a van at Kapitan Andreevo for a Plovdiv dealer; Turkish wording "
         "(Ottoman saddles once, blind235, kept as a repeat of the good; a 'new show saddle' label by road is the new "
         "part as far as a search found)", firm("Delta Antiki EOOD", "BG")),
        ("CUL-03", "import", "HRROAD01", "road", "RS", [], "HR", "732690",
         "Декоративне потковице, рустичне, за свадбе и дворишта, 60 ком.", "RS", 42, 60, 90, "EUR",
         "rustic decorative horseshoes are new, flat, machine-punched shoes with a dark paint; these 60 are "
         "corroded iron hipposandals with a solid sole plate, side wings and a hooked heel loop, and bronze-cased "
         "bits with ring cheeks, earth and rust in every fold: Roman horse equipment (1st-4th century) dug by "
         "detectorists near Sirmium and Viminacium, archaeological objects whose export Serbia forbids, brought in "
         "without an import licence (Regulation 2019/880), in a van at Bajakovo for a Vukovar riding-club shop; "
         "Serbian wording in Cyrillic (horseshoe labels repeat in a few sets on other goods; hipposandals under a "
         "decorative-horseshoe label were found in no earlier row by a keyword search)",
         firm("Vega Konjički Centar d.o.o.", "HR")),
        ("CUL-04", "import", "ESAIR01", "air", "PE", [], "ES", "711411",
         "Estribos de plata de capacho, artesanía nueva de Catacaos, 2 unidades", "PE", 4.2, 2, 180, "USD",
         "new craft stirrups from Catacaos are bright, thin, stamped silver over a wooden core; these two are "
         "massive, hand-chased, box-shaped silver stirrups with worn, blackened tread plates, assay marks of the "
         "viceroyalty and an old collection number in ink: colonial Peruvian stirrups of the 18th century, "
         "cultural heritage whose export Peru forbids, brought in without an import licence (Regulation 2019/880), "
         "flown from Lima to Madrid for a Jerez equestrian antiques dealer; Peruvian Spanish wording (stirrups once, "
         "blind235, as new Cuban craft; colonial silver stirrups under a Catacaos craft label were found in no "
         "earlier row by a keyword search)", firm("Meridian Antigüedades Ecuestres SL", "ES")),
        ("CUL-05", "import", "FRAIR01", "air", "IN", [], "FR", "491191",
         "Horse portrait prints on old paper, reproduction Rajput style, 6 sheets", "IN", 0.4, 6, 60, "USD",
         "reproduction Rajput horse prints are inkjet or screen prints on new handmade paper; these six are opaque "
         "watercolour and gold on burnished wasli paper, worn at the edges, with Marwari inscriptions naming the "
         "horse and its rider on the back and an old collector's seal: Jodhpur court paintings of stallions "
         "(late 18th-early 19th century), antiquities whose export India forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from Jaipur to Paris for a Chantilly equestrian art gallery; Indian "
         "English wording (Indian miniatures repeat in several sets; a horse-portrait print label was found in no "
         "earlier row by a keyword search)", firm("Rivage Art Équestre SARL", "FR")),
        ("CUL-06", "export", "GRAIR01", "air", "GR", [], "US", "830629",
         "Μπρούντζινο αγαλματίδιο αλόγου, αντίγραφο μουσείου, 1 τεμ.", "GR", 0.6, 1, 80, "EUR",
         "a museum-shop replica of a Geometric horse is a new, evenly dark cast with a stamped base and a card; "
         "this one is a flat, stylised horse on an openwork plate, its green and red corrosion deep in the metal, "
         "with a lost-wax flaw under the belly and sanctuary soil in the openings: a Greek Geometric bronze horse "
         "(8th century BC), an antiquity whose export Greece forbids, exported without the EU export licence "
         "(Regulation 116/2009), flown from Athens to a New York dealer; Greek wording (Greek antiquities repeat in "
         "many sets and museum-replica labels in several, kept as a repeat of the label; a Geometric horse is the "
         "new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-07", "transit", "ATAIR01", "air", "JO", ["AT"], "CA", "490199",
         "كتاب قديم مطبوع عن العناية بالخيول، مستعمل، 1 نسخة", "JO", 2.2, 1, 40, "USD",
         "a used printed book on horse care is machine-printed and bound in cloth; this is a manuscript on "
         "polished paper in Mamluk naskh with coloured drawings of horsemen, lances and horse ailments and a "
         "waqf seal erased on the first leaf: a furūsiyya treatise (14th-15th century) taken out of Syria, whose "
         "import, transfer and transit Regulation 36/2012 (and 2019/880, Article 3(1)) forbids, landed at Vienna in "
         "transit from Amman to a Toronto dealer; Jordanian Arabic wording (Arabic manuscripts from Syria repeat in "
         "several sets; a horse-care book label on a horsemanship manuscript was found in no earlier row by a "
         "keyword search)", {"importer_country": "CA"}),
        ("CUL-08", "import", "DKAIR01", "air", "CN", [], "DK", "830629",
         "仿古青铜马摆件, 马场花园装饰, 1件", "CN", 38, 1, 400, "USD",
         "a reproduction bronze garden horse for a stud farm is a new, sand-cast hollow horse with an even, "
         "chemical green patina; this one is a thin-walled Eastern Han horse of several cast sections joined with "
         "tenons, with malachite and cuprite crust grown into the metal, tomb earth inside the body and a "
         "thermoluminescence sample hole under the belly: a tomb bronze (1st-2nd century), cultural property whose "
         "export China forbids, brought in without an import licence (Regulation 2019/880), flown from Beijing to "
         "Copenhagen for a Zealand stud farm owner; Chinese wording (Han tomb horses repeat in several sets; a "
         "stud-garden ornament label was found in no earlier row by a keyword search)",
         firm("Nordhafen Stutteri ApS", "DK")),
        ("CUL-09", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "አዲስ የናስ መስቀል፣ የእጅ ሥራ፣ 3 ቁጥር", "ET", 6, 3, 90, "USD",
         "new brass hand-crosses from Addis workshops are bright, cast, uniform and light; these three are large, "
         "worn, dark bronze and silver processional crosses with engraved saints, a socket for the staff and "
         "candle grease in the tracery: Ethiopian Orthodox church crosses (17th-18th century) taken from churches "
         "in Tigray and Lasta, whose export Ethiopia forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Addis Ababa to Rome for a dealer; Amharic wording (Ethiopian crosses repeat in "
         "several sets, kept as a repeat of the good; Amharic wording by air to Rome is the new part as far as a "
         "search found)", firm("Alpina Antichità Srl", "IT")),
        ("CUL-10", "import", "ESSEA01", "sea", "MA", [], "ES", "420100",
         "سروج التبوريدة مطرزة، جديدة، 30 وحدة", "MA", 450, 30, 9000, "EUR",
         "a tbourida-saddlery consignment for a Jerez equestrian shop: embroidered fantasia saddles and bridles "
         "with silk tassels are what Fez saddlers send, but the third item's 'لوحة خشب الأرز قديمة، زخرفية' is a "
         "carved, painted cedar frieze with Kufic and cursive inscriptions, nail holes and plaster on the back, "
         "prised from a Marinid madrasa: an architectural element of a historic monument whose export Morocco "
         "forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, by sea from Tanger Med to Algeciras; Moroccan Arabic wording (Moroccan carved "
         "cedar repeats in a few sets; a madrasa frieze behind fantasia saddles is the new part as far as a search "
         "found)",
         dict(firm("Horizon Guarnicionería SL", "ES"),
              _more_items=[item("420100", "لجامات مطرزة بشراريب حريرية، 60 وحدة", "MA", 90, 1800, "EUR", qty=60),
                           item("442199", "لوحة خشب الأرز قديمة، زخرفية، 1 وحدة", "MA", 55, 150, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "PLAIR01", "air", "PL", [], "KG", "880622",
         "Drony do filmowania gonitw i treningów koni, 40 szt.", "PL", 160, 40, 48000, "EUR",
         "the drones racecourses and training centres use to film gallops are consumer camera quadcopters in "
         "retail boxes; these 40 are heavy-lift hexacopters with 10 kg payload mounts, long-range encrypted "
         "datalinks and thermal gimbals, for a Bishkek 'racing-media' firm set up in the winter whose earlier "
         "orders went on by road to Russia: unmanned aircraft and their parts, whose sale and export for use in "
         "Russia Regulation 833/2014 forbids (and re-export through third countries), flown from Warsaw; Polish "
         "wording (drones repeat in many sets and hobby and filming labels in several; a horse-racing filming label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "DKAIR01", "air", "DK", [], "AE", "681511",
         "Kulfiber-prepreg til sadeltræer, ruller, 600 kg", "DK", 600, None, 9000, "EUR",
         "the carbon prepreg saddle-tree makers mould is a standard-modulus twill at a few tens of euros a kilo; "
         "these rolls are unidirectional high-modulus, high-strength fibre prepreg with a tensile rating above the "
         "dual-use threshold, in freezer boxes at 180 EUR a kilo on the maker's list, for a Dubai 'saddlery "
         "supplier' whose forwarder books onward to Bandar Abbas: carbon-fibre prepreg controlled under dual-use "
         "1C010 and listed in the Iran regulation, exported without a licence, flown from Billund; Danish wording "
         "(carbon fibre repeats in many sets, kept as a repeat of the good; a saddle-tree label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "KZ", "420100",
         "Selles d'équitation, cuir, modèle standard, 12 pièces", "FR", 84, 12, 4800, "EUR",
         "standard riding saddles sell at a few hundred euros; these 12 are made-to-measure show-jumping saddles "
         "from a Paris sellier with calfskin flaps and the maker's serials, at 6,000-8,000 EUR each on its invoice "
         "in the file, bought by an Almaty 'equestrian club' whose delivery address is a stable near Moscow: "
         "saddlery above the 300 EUR threshold, luxury goods whose sale for use in Russia Regulation 833/2014 "
         "(Annex XVIII) forbids, undervalued to 400 EUR each, flown from Roissy; French wording (luxury goods to "
         "Russia through Central Asia repeat in many sets; luxury saddles were found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "KG", "010129",
         "Slachtpaarden, levend, 6 stuks", "NL", 3600, 6, 6000, "EUR",
         "slaughter horses are old or unsound horses sold by weight at 1-2 EUR a kilo; these six are registered "
         "KWPN broodmares in foal, with passports, microchips and studbook papers in the horse-transport file, "
         "worth 30,000 EUR or more each, flown from Schiphol to Bishkek for a Kyrgyz 'meat "
         "trader' whose stud is outside Moscow: pure-bred breeding horses, luxury goods whose sale for use in "
         "Russia Regulation 833/2014 (Annex XVIII) forbids; Dutch wording (pure-bred horses as slaughter or leisure "
         "horses repeat in several sets, blind52, blind124, blind128 and blind156, kept as a repeat; broodmares in "
         "foal by air to Kyrgyzstan are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-05", "export", "ITAIR01", "air", "IT", [], "TR", "852589",
         "Telecamere di sorveglianza per ippodromo, 8 pezzi", "IT", 64, 8, 8000, "EUR",
         "racecourse CCTV cameras are ordinary dome or bullet cameras at a few hundred euros; these eight are "
         "photo-finish line-scan cameras with over 10,000 lines a second and high-speed framing modes, at 40,000 EUR "
         "each on the maker's list, for an Istanbul 'racecourse integrator' whose earlier shipments went on to "
         "Tehran: high-speed cameras controlled under dual-use 6A003 and listed in the Iran regulation, exported "
         "without a licence, flown from Milan; Italian wording (high-speed cameras repeat in a few sets; photo-finish "
         "cameras under a racecourse-CCTV label were found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-06", "import", "SISEA01", "sea", "TR", [], "SI", "440149",
         "Türk menşeli ladin talaşı, at altlığı için, preslenmiş balya, 1.200 balya", "TR", 24000, 1200, 7200, "EUR",
         "Turkish shavings for horse bedding would come from Black Sea pine mills with their papers; these bales of "
         "white spruce shavings carry a Karelian mill's batch codes on the inner bags, the timber is northern "
         "spruce that does not grow in Türkiye and the origin certificate was issued to a Mersin trader who owns no "
         "mill: Russian wood products, whose import into the Union Regulation 833/2014 forbids, by sea from Mersin "
         "to Koper for a Ljubljana equestrian-supply chain; Turkish wording (Russian and Belarusian wood under "
         "third-country origin repeats in several sets, kept as a repeat; horse-bedding shavings were found in no "
         "earlier row by a keyword search)", firm("Horizon Konjeništvo d.o.o.", "SI")),
        ("STR-07", "export", "LTAIR01", "air", "LT", [], "KG", "848210",
         "Rutuliniai guoliai dviračių stebulėms, 40 000 vnt.", "LT", 800, 40000, 8000, "EUR",
         "bicycle-hub bearings are small, cheap, shielded ball bearings in bulk bags; these are precision angular-"
         "contact and cylindrical roller bearings of aerospace and machine-tool grade with maker's boxes, worth ten "
         "times the declared value, for a Bishkek 'bicycle parts' firm whose freight goes on to Russia: bearings on "
         "the common high-priority list, whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Vilnius; Lithuanian wording (bearings repeat in several sets; kept as a "
         "repeat, a bicycle-hub label from Lithuania is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-08", "export", "CZROAD01", "road", "CZ", ["AT", "HU", "RO", "BG"], "TR", "845931",
         "CNC frézka pro výrobu dřevěných sedlových kostr, 1 ks", "CZ", 9800, 1, 24000, "EUR",
         "a CNC router for wooden saddle trees is a light gantry machine with a spindle for wood at a few tens of "
         "thousands of euros; this 9.8 t crate holds a five-axis simultaneous metal-cutting machining centre with "
         "positioning accuracy better than the dual-use threshold, worth 380,000 EUR, for an Ankara 'saddlery "
         "machinery' trader whose buyer is in Isfahan: a machine tool controlled under dual-use 2B001 and listed "
         "in the Iran regulation, exported without a licence, on a lorry from Brno; Czech wording (five-axis "
         "machining centres repeat in many sets; a saddle-tree router label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-09", "export", "EEAIR01", "air", "EE", [], "AM", "903033",
         "Digitaalsed multimeetrid, käeshoitavad, 300 tk", "EE", 150, 300, 4500, "EUR",
         "hand-held multimeters are cheap meters at 15-50 EUR; these 300 boxes hold bench-top digital storage "
         "oscilloscopes and spectrum analysers with 2069-2073 date codes, worth forty times the declared value, for "
         "a Yerevan 'electrical tools' firm whose forwarder ships on to Moscow: measuring instruments on the "
         "common high-priority list, whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Tallinn; Estonian wording (oscilloscopes repeat in several sets and "
         "multimeter labels in a few, kept as a repeat; from Estonia to Armenia is the new part as far as a search "
         "found)", {"importer_country": "AM"}),
        ("STR-10", "export", "HUAIR01", "air", "HU", [], "KZ", "420100",
         "Lovasnyergek, bőr, 20 db", "HU", 140, 20, 8000, "EUR",
         "a Hungarian saddlery air shipment for an Astana riding club: saddles and bridles are what the Kecskemét "
         "workshop sends, but the third item's 'istálló-kamerakészletek' are 30 uncooled thermal imaging cores of "
         "640 x 512 pixels with 30 Hz output and no housing or lens, the kind fitted into rifle sights and drone "
         "gimbals, for re-export to Russia: thermal cameras and cores (6A003 and the common high-priority list), "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, flown from Budapest; Hungarian wording (thermal cores repeat in "
         "many sets and stable- and foaling-camera labels once, blind244; behind saddles and bridles is the new part "
         "as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("420100", "Kantárak, bőr, 40 db", "HU", 30, 1600, "EUR", qty=40),
                           item("852583", "Istálló-kamerakészletek, 30 db", "HU", 6, 1500, "EUR", qty=30)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "ID", [], "IT", "410799",
         "Kulit sapi emboss motif ular untuk jok pelana dan sanggurdi, 200 lembar", "ID", 90, 200, 2400, "USD",
         "snake-embossed cowhide is thick, even and has a pressed, repeating pattern with no scale edges; these "
         "200 skins are thin and long, with overlapping, loose-edged scales, a belly of wide transverse scutes and "
         "the reticulated pattern running to the tail tip: reticulated python skins (Malayopython reticulatus, "
         "CITES App. II) without CITES documents, flown from Jakarta to Florence for a Tuscan saddle maker who "
         "inlays seats and stirrup leathers; Indonesian wording (python skins repeat in many sets and embossed-"
         "leather labels on them in several; a saddle-seat and stirrup-leather use was found in no earlier row by a "
         "keyword search)", firm("Orion Selleria Toscana Srl", "IT")),
        ("WLF-02", "import", "SEAIR01", "air", "IR", [], "SE", "121299",
         "زردچوبه خشک نشده، خوراکی، 120 کیلوگرم", "IR", 120, None, 600, "USD",
         "the fresh tiger nuts and turmeric fingers Persian grocers import are wrinkled, brown tubers sold for a "
         "few dollars a kilo; these 120 kg are pale, hard, translucent, paired and palmate tubers that turn "
         "mucilaginous in hot water, dug from wild orchids in the Zagros: salep (Orchidaceae, CITES App. II) without "
         "CITES documents, flown from Tehran to Stockholm for a Persian grocer; Persian wording (salep repeats in "
         "several sets under starch and root labels, kept as a repeat; by air to Sweden is the new part as far as a "
         "search found)", firm("Atlantic Livs AB", "SE")),
        ("WLF-03", "import", "PLAIR01", "air", "IN", [], "PL", "230990",
         "ਰੇਸ ਘੋੜਿਆਂ ਲਈ ਜੜੀ-ਬੂਟੀ ਸਾਹ ਪੂਰਕ ਪਾਊਡਰ, 1 ਕਿਲੋ, 200 ਡੱਬੇ", "IN", 200, 200, 1400, "USD",
         "herbal respiratory supplements for racehorses are blends of garlic, eucalyptus, liquorice and fenugreek "
         "powder; these 200 tubs hold a single, brown, strongly aromatic root powder with a violet-like smell that "
         "the maker's own sheet names 'kuth': Saussurea costus root (CITES App. I) without CITES documents, flown "
         "from Amritsar to Warsaw for a Służewiec racing-stable supplier; Punjabi wording in Gurmukhi (costus "
         "repeats in many sets, kept as a repeat of the good; a racehorse breathing supplement was found in no "
         "earlier row by a keyword search)", firm("Central Stajnie Wyścigowe Sp. z o.o.", "PL")),
        ("WLF-04", "import", "ESAIR01", "air", "PY", [], "ES", "420100",
         "Frontaleras y cabezadas de cuero vacuno grabado tipo reptil, 300 unidades", "PY", 45, 300, 1500, "USD",
         "reptile-embossed cowhide browbands have a pressed, even pattern on thick, stiff leather; these 300 are "
         "thin, supple strips of real skin with beaded scales in rings around the body and small, rectangular belly "
         "scales: tegu lizard skin (Salvator merianae, CITES App. II) without CITES documents, flown from Asunción "
         "to Madrid for an Andalusian western-riding shop; Paraguayan Spanish wording (tegu skins repeat in a few "
         "sets and reptile-embossed cowhide labels in several, blind244 among them; browbands and headstalls were "
         "found in no earlier row by a keyword search)", firm("Rivage Hípica SL", "ES")),
        ("WLF-05", "import", "ATAIR01", "air", "KE", [], "AT", "711790",
         "Bangili za nywele za mkia wa farasi, zilizosokotwa, 500", "KE", 6, 500, 500, "USD",
         "horsehair bracelets are fine, soft, braided hairs a few tenths of a millimetre thick in any colour; these "
         "500 are coarse, wiry, jet-black hairs over a millimetre thick and up to a metre long, the tassel hairs of "
         "giraffe tails: giraffe (Giraffa camelopardalis, CITES App. II) products without CITES documents, flown "
         "from Nairobi to Vienna for a Lipizzaner-museum gift shop's equestrian jewellery line; Swahili wording "
         "(giraffe hair and bone repeat in several sets; a horsehair-bracelet label was found in no earlier row by a "
         "keyword search)", firm("Vega Reitsport Handels GmbH", "AT")),
        ("WLF-06", "import", "ITSEA01", "sea", "BO", [], "IT", "410799",
         "Cuero de becerro grabado para cinturones de polo, 1.200 pies cuadrados", "BO", 260, 1200, 4800, "USD",
         "embossed calf leather for polo belts is even, stiff and printed with a repeating box or croc grain; "
         "these sides are the real, belly-cut skins with squared scales, bony buttons on the flanks and the "
         "umbilical scar: yacare caiman leather (Caiman yacare, CITES App. II) without the Bolivian export permit, "
         "by sea from Arica to Genoa for a Milan polo-belt maker; Bolivian Spanish wording (caiman repeats in "
         "several sets; a polo-belt label was found in no earlier row by a keyword search)",
         firm("Delta Cinture Polo Srl", "IT")),
        ("WLF-07", "import", "BESEA01", "sea", "GH", [], "BE", "440929",
         "Hardwood stable kickboards, tongue and groove, 1 container", "GH", 22000, None, 11000, "USD",
         "the hardwood kickboards stable builders line boxes with are plantation teak or eucalyptus, pale to golden "
         "and light; these are dense, dark red-brown boards with a rosewood scent and fine, interlocked grain that "
         "sink in water, from the northern savanna: kosso (Pterocarpus erinaceus, CITES App. II) without CITES "
         "documents, by sea from Tema to Antwerp for a Flemish stable builder; Ghanaian English wording (kosso "
         "repeats in many sets, kept as a repeat of the good; stable kickboards were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Stallenbouw NV", "BE")),
        ("WLF-08", "import", "NLAIR01", "air", "US", [], "NL", "121190",
         "Dried burdock root, sliced, 80 kg", "US", 80, None, 900, "USD",
         "dried burdock root is long, grey-brown, sliced into thin discs with a white, fibrous core; these 80 kg are "
         "short, forked, ringed, cream-coloured roots with neck scars counting a dozen years and the bitter-sweet "
         "taste of ginseng: wild American ginseng (Panax quinquefolius, CITES App. II) without CITES documents, "
         "flown from Chicago to Amsterdam for an Asian herbal wholesaler; American English wording (American "
         "ginseng repeats in several sets; kept as a repeat, a burdock-root label is the new part as far as a search "
         "found)", firm("Meridian Herbs BV", "NL")),
        ("WLF-09", "transit", "BESEA01", "sea", "CM", ["BE"], "VN", "051000",
         "Rognures de sabots de cheval séchées, pour friandises pour chiens, 6 t", "CM", 6000, None, 3000, "USD",
         "horse-hoof trimmings for dog chews are grey, crescent-shaped, fibrous shavings that smell of horn; these "
         "sacks hold brown, overlapping, shield-shaped scales with fine lengthwise ridges, each with a clean, "
         "straight base: pangolin scales (Manis and Phataginus spp., CITES App. I) without CITES documents, landed "
         "at Antwerp in transit from Douala to Hai Phong; Cameroonian French wording (pangolin scales repeat in many "
         "sets, kept as a repeat of the good; a farrier's hoof-trimming label was found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WLF-10", "import", "DEAIR01", "air", "TZ", [], "DE", "630140",
         "Kikoy saddle blankets, cotton, 400 pcs", "TZ", 240, 400, 2400, "USD",
         "a Maasai-craft air shipment for a Westphalian tack shop: kikoy saddle blankets and beaded fly whisks are "
         "what the Arusha supplier sends, but the third item's 'carved bone handles for riding crops' are 240 "
         "curved, ridged, ivory-coloured handles with the enamel band and a hollow pulp cavity of hippopotamus "
         "canines and incisors: hippo teeth (Hippopotamus amphibius, CITES App. II) without CITES documents, "
         "hidden as the last item of a three-item declaration, flown from Kilimanjaro to Frankfurt; Tanzanian "
         "English wording (hippo teeth repeat in many sets and bone-handle labels on them in several; behind saddle "
         "blankets and fly whisks for a tack shop is the new part as far as a search found)",
         dict(firm("Alpina Reitbedarf GmbH", "DE"),
              _more_items=[item("960390", "Beaded horse-hair fly whisks, 300 pcs", "TZ", 90, 900, "USD", qty=300),
                           item("960190", "Carved bone handles for riding crops, 240 pcs", "TZ", 36, 480, "USD", qty=240)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "AR", "ES", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hoof and tack care)", "AR", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "ES-SES-74-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "PK", "DE", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (harness-brass metalwork)", "PK", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-74-0219")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "780200",
     "Waste lead-rubber X-ray aprons from an equine clinic, for recovery at a licensed lead smelter, 3 t", "CH", 3000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-74-0148")], "notified lead-bearing waste to a licensed smelter"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "440139",
     "CCA-treated waste paddock fencing from a Norwegian trotting stable, for licensed incineration, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-74-0077")], "notified treated waste wood to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "US", "IE", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand extinguishers", "US",
     300, 30, 9000, "USD", [("ODS_LICENCE", "IE-EPA-ODS-74-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for a horse-racing doping laboratory", "US",
     0.1, 10, 700, "USD", [("ODS_LICENCE", "FR-MTE-ODS-74-013")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970191",
     "Portrait of a racehorse with its jockey, oil on canvas, French school, c. 1840, sold at auction", "FR", 12, 1,
     140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-74-0311")],
     "painting exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "420100",
     "Ceremonial saddle with silver fittings, Andalusia, 18th century, loan to a Mexican museum", "ES", 18, 1,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-74-0092")],
     "saddle exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "CH", "681511",
     "High-modulus carbon-fibre prepreg, 200 kg, for a Swiss composite-parts maker", "DK", 200, None, 36000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-74-0031"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-74-0104")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "AE", "852589",
     "Photo-finish line-scan cameras, 2 units, for the Meydan racecourse", "IT", 16, 2, 80000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-74-0058"), ("END_USER_CERTIFICATE", "AE-EC-EUC-74-0022")],
     "dual-use high-speed cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410799",
     "Reticulated python skins, tanned (Malayopython reticulatus), 100 skins, for saddle inlays", "ID", 45, 100,
     6000, "USD", [("CITES_PERMIT", "ID-KLHK-74-0412")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "BO", "IT", "410799",
     "Yacare caiman leather (Caiman yacare), 600 sq ft, for polo belts", "BO", 130, 600, 9000, "USD",
     [("CITES_PERMIT", "BO-DGB-74-0066")], "App. II caiman leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-05": "Atlantic Aero Services Ltd",
    "PRM-06": "Central Laboratoire Hippique SARL", "PRM-11": "Orion Selleria Toscana Srl", "PRM-12": "Delta Cinture Polo Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # racing stables, stud farms, saddlers and equestrian retailers
    ("300490", "Hoof thrush treatment, iodine-based, 250 ml with brush cap", "import", ["express"], ["AR", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 3, S),
    ("300490", "White embrocation for horses' legs, turpentine emulsion, 1 l", "import", ["air"], ["IN", "GB"], (4, 8), (100, 400), ["USD"], 0.9, S),
    ("382499", "Arena dust suppressant, magnesium-chloride brine, IBCs", "import", ["sea"], ["TR", "IL"], (0.3, 0.6), (10000, 20000), ["EUR", "USD"], None, S),
    ("250810", "Hoof-packing clay, bentonite, 2 kg buckets", "import", ["air"], ["JP", "US"], (6, 12), (100, 400), ["USD"], 0.5, S),
    ("253090", "Zeolite stall freshener granules, 25 kg sacks", "import", ["road"], ["UA", "SK"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.04, S),
    ("250100", "Arena de-icing rock salt, 25 kg bags", "import", ["sea"], ["GB", "EG"], (0.08, 0.15), (15000, 25000), ["EUR", "GBP"], 0.04, S),
    ("340590", "Brass polish for harness fittings, citric paste, 250 ml", "import", ["post"], ["PK", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("310430", "Potassium sulphate fertiliser for paddocks, granular, 25 kg bags", "import", ["sea"], ["CN", "CL"], (0.5, 0.9), (15000, 25000), ["USD"], 0.04, S),
    ("283321", "Epsom salt for hoof soaks, 1 kg bags", "import", ["air"], ["EG", "IN"], (1.5, 3), (200, 600), ["USD"], 1, S),
    ("380894", "Peracetic-acid stable and trailer disinfectant, 20 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 3000), ["EUR"], 0.05, S),
    ("420100", "Used saddles and bridles, cleaned, graded", "export", ["sea"], ["GH", "SN"], (6, 12), (1000, 3000), ["EUR"], 0.1, S),
    ("850710", "Leisure batteries for electric fence energisers, new, 12 V", "import", ["sea"], ["CN", "KR"], (3, 5), (5000, 15000), ["USD"], 0.05, S),
    ("852859", "LED display screens for racecourses, new", "import", ["sea"], ["CN", "KR"], (15, 30), (1000, 4000), ["USD"], 0.05, S),
    ("441830", "Oak post-and-rail paddock fencing, untreated", "import", ["road"], ["PL", "UA"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("650699", "Eventing body protectors, foam, new", "import", ["post", "express"], ["GB", "CN"], (60, 120), (1, 3), ["GBP", "USD"], 0.6, S),
    ("330510", "Horse shampoo, mild, 1 l", "import", ["post"], ["GB", "US"], (8, 16), (1, 4), ["GBP", "USD"], 1, S),
    ("842410", "Powder extinguishers for horse lorries, 2 kg, new", "import", ["sea"], ["BR", "CN"], (6, 10), (500, 2000), ["USD"], 0.5, S),
    ("381400", "Saddle-leather degreaser, alcohol-based, 1 l", "import", ["air"], ["MX", "GB"], (5, 10), (100, 300), ["USD"], 1.1, S),
    ("380899", "Rodent bait stations for stables, empty, plastic", "import", ["road"], ["MA", "TR"], (4, 8), (500, 2000), ["EUR"], 2, S),
    ("340290", "Enzyme stain remover for saddle pads, 500 ml", "import", ["express"], ["VN", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("381400", "Hydrocarbon dry-cleaning fluid for racing silks, 5 l", "import", ["air"], ["HK", "GB"], (4, 8), (100, 300), ["USD"], 0.2, S),
    ("381400", "Contact-cement thinner, ester-based, 4 l tins", "import", ["air"], ["AU", "US"], (5, 10), (100, 300), ["AUD", "USD"], 0.25, S),
    ("950699", "Polo mallets, bamboo cane and ash", "import", ["air"], ["AR"], (30, 60), (100, 400), ["USD"], 1.2, S),
    ("420100", "English riding saddles, leather, new", "import", ["sea"], ["IN", "AR", "PK"], (25, 50), (1000, 4000), ["USD"], 0.15, S),
    ("830890", "Western bridle conchos, cast zinc alloy, new", "import", ["post"], ["US", "MX"], (30, 60), (1, 2), ["USD"], 40, S),
    ("732690", "Decorative rustic horseshoes, painted, new", "import", ["road"], ["RS", "BA"], (2, 4), (500, 2000), ["EUR"], 2, S),
    ("711411", "Silver-plated stirrups, Peruvian paso style, new", "import", ["express"], ["PE"], (60, 120), (1, 3), ["USD"], 0.5, S),
    ("491191", "Printed equestrian art posters, new", "import", ["post", "express"], ["IN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, S),
    ("830629", "Bronze horse statuettes, new, cast", "import", ["sea"], ["CN", "TH"], (8, 15), (1000, 3000), ["USD"], 0.5, S),
    ("420100", "Embroidered fantasia saddles and bridles, new", "import", ["sea"], ["MA"], (15, 30), (500, 1500), ["EUR"], 0.05, S),
    ("880622", "Camera drones for filming gallops, consumer, boxed", "import", ["air"], ["CN"], (150, 300), (50, 200), ["USD"], 1, S),
    ("681511", "Standard-modulus carbon twill prepreg for saddle trees", "import", ["air"], ["JP", "US"], (25, 45), (100, 400), ["USD"], None, S),
    ("852589", "Racecourse CCTV dome cameras, new", "import", ["sea"], ["CN", "KR"], (40, 80), (500, 2000), ["USD"], 1.5, S),
    ("440149", "Pine shavings for horse bedding, pressed bales", "import", ["sea"], ["LV", "TR", "EE"], (0.2, 0.35), (15000, 25000), ["EUR"], 0.05, S),
    ("845931", "CNC routers for wooden saddle trees, 3-axis", "import", ["sea"], ["CN", "TW"], (8, 15), (1000, 3000), ["USD"], 0.001, S),
    ("410799", "Snake-embossed cowhide for saddle inlays", "import", ["sea"], ["IN", "BR"], (15, 25), (1000, 3000), ["USD"], 0.5, S),
    ("230990", "Herbal respiratory supplement for horses, garlic and eucalyptus, 1 kg", "import", ["sea"], ["IN", "GB"], (5, 10), (1000, 3000), ["USD", "GBP"], 1, S),
    ("711719", "Braided horsehair bracelets, new", "import", ["post", "express"], ["US", "GB"], (100, 200), (1, 2), ["USD", "GBP"], 60, S),
    ("440929", "Teak-faced stable kickboards, plantation, tongue and groove", "import", ["sea"], ["MM", "ID", "GH"], (1.5, 3), (15000, 22000), ["USD"], None, S),
    ("630140", "Cotton saddle blankets, woven, new", "import", ["sea"], ["TZ", "IN", "PK"], (6, 12), (1000, 4000), ["USD"], 1.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Knitted wool tea cosies", "import", ["post", "express"], ["GB", "NP"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
        ("960390", "Shoe-polishing brushes, nylon bristle and beech", "import", ["sea"], ["DE", "CN", "PL"], (5, 9), (1000, 4000), ["EUR", "USD"], 12, N),
        ("442191", "Bamboo tea strainers with drip trays", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 4000), ["USD"], 25, N),
        ("450390", "Cork hot pads and trivets, round", "import", ["sea"], ["PT", "CN"], (4, 8), (1000, 3000), ["EUR", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind288", 20740301, HERE)


if __name__ == "__main__":
    main()
