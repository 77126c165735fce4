#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-fifth blind set (tests/risk/data/blind285-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: fitness centres, gyms and sports
nutrition (gym chains and boutique studios, fitness-equipment importers and refurbishers,
sports-nutrition brands and wholesalers, recovery and wellness suppliers, martial-arts clubs).
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
only where a real declaration would. Ids are BL285-*:

    python3 tests/risk/data/make_blind285_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "TH", [], "SE", "210690",
         "หยดออกซิเจนเสริมสำหรับนักกีฬาความทนทาน (food grade), ขวด 500 มล. x 6", "TH", 3.4, 6, 1800, "THB",
         "the 'oxygen drops' sold to endurance athletes are a few per cent of stabilised chlorite or mineral salts in "
         "30 ml dropper bottles; these six half-litre bottles with vented caps hold a water-clear, runny liquid of "
         "1.13 kg/l that whitens and stings the skin and fizzes on a cut: about 35 % 'food-grade' hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Bangkok to a private person in Umeå who runs a triathlon "
         "coaching page; Thai wording (hydrogen peroxide repeats in many sets, kept as a repeat of the good; an "
         "oxygen-drops sports-supplement label was found in no earlier row by a keyword search)",
         person("Karin Andersson", "SE")),
        ("PRE-02", "import", "CZAIR01", "air", "VN", [], "CZ", "340319",
         "Dầu bôi trơn băng tải máy chạy bộ (silicone 100 %), chai 1 lít, 36 chai", "VN", 41, 36, 360, "USD",
         "treadmill belt lubricant is a pure silicone oil of 0.97 kg/l, odourless and slippery; these 36 litre "
         "bottles hold a thin, oily liquid of 1.14 kg/l with a faint fruity smell that is not slippery at all and "
         "whose filler drums read 'CH3NO2', for a Brno fitness-equipment service firm whose web shop sells the "
         "'lubricant' by the litre to model-engine fliers: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Ho Chi Minh City to Prague; Vietnamese wording (nitromethane repeats in "
         "many sets; a treadmill-belt lubricant label was found in no earlier row by a keyword search)",
         firm("Vega Fitness Servis s.r.o.", "CZ")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Spor salonu duş zeminleri için kaymaz yüzey işlem sıvısı, 1 l şişe, 960 şişe", "TR", 1770, 960, 1900, "EUR",
         "anti-slip treatments for changing-room and shower tiles are dilute, slightly acid etching liquids of about "
         "1.05 kg/l; these 960 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the cardboard where it leaked, for a Plovdiv gym-chain supplier whose shop sells the "
         "bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, at Kapitan Andreevo; Turkish wording (sulphuric acid repeats in many sets and anti-slip tile-treatment labels "
         "twice, blind189 and blind278, kept as a repeat of the label; a gym shower-floor one from Türkiye is the new "
         "part as far as a search found)", firm("Orion Fitnes Dostavki EOOD", "BG")),
        ("PRE-04", "import", "NLSEA01", "sea", "CN", [], "NL", "292249",
         "L-谷氨酰胺粉 (运动营养原料), 1公斤袋装, 600袋", "CN", 600, 600, 4200, "USD",
         "L-glutamine for sports nutrition is a white, faintly sweet powder that dissolves in water and chars "
         "quietly when heated; these 600 bags hold a white, crystalline, tasteless powder that dissolves slowly, "
         "does not char but flares fiercely with sugar on a hot plate, and the inner liners read 'KClO4', for a "
         "Utrecht sports-nutrition web shop that sells 1 kg pouches to the public: potassium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Tianjin to Rotterdam; Chinese wording "
         "(potassium perchlorate repeats in many sets and amino-acid powder labels on precursors in a few, blind175 "
         "among them; a glutamine label was found once, blind170, on another good; on perchlorate it is the new "
         "part as far as a search found)", firm("Horizon Sportvoeding BV", "NL")),
        ("PRE-05", "import", "LVRAIL01", "rail", "UZ", [], "LV", "310210",
         "Sport jarohatlari uchun tez sovutuvchi paketlar uchun granulalar (karbamid), 25 kg qop, 800 qop", "UZ",
         20000, 800, 6000, "USD",
         "the refill granules for instant cold packs sold to sports clubs are urea, white, round and odourless, that "
         "turn cold in water and never melt and fume on a hot plate; these 800 sacks hold prills that test at 34 % "
         "N, melt and fume with a nitrous smell and carry Navoiyazot bag codes under the new labels, for a Riga "
         "sports-first-aid supplier that packs them in 1 kg tubs sold to the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by rail from Tashkent; Uzbek wording in Latin "
         "script (ammonium nitrate repeats in many sets and cold-pack labels in several, kept as a repeat of the "
         "family; a urea sports-cold-pack refill from Uzbekistan by rail is the new part as far as a search found)",
         firm("Central Sporta Medicīna SIA", "LV")),
        ("PRE-06", "import", "ATPOST01", "post", "IL", [], "AT", "283321",
         "מלח אפסום להתאוששות אחרי אימון, 4 שקיות של 1 ק\"ג", "IL", 4.0, 4, 160, "ILS",
         "Epsom salt for post-workout baths is magnesium sulphate, clear prisms that taste bitter and dissolve "
         "quietly; these four bags hold fine, white, tasteless crystals that flare on a match with sugar and whose "
         "inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Tel Aviv to a private person "
         "in Graz; Hebrew wording (sodium chlorate repeats in many sets and Epsom-salt labels in many, kept as a "
         "repeat of the label; from Israel by post in Hebrew is the new part as far as a search found)",
         person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "PLAIR01", "air", "IN", [], "PL", "340290",
         "డంబెల్ క్రోమ్ ప్లేటింగ్ మెరుగు ద్రావణం, 1 లీటర్, 120 సీసాలు", "IN", 168, 120, 600, "USD",
         "the brighteners gym refurbishers wipe on chrome dumbbells and bars are mild, soapy polishes of about "
         "1.0 kg/l; these 120 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a "
         "copper wire, for a Katowice gym-equipment refurbisher whose web shop sells the bottles to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Hyderabad "
         "to Warsaw; Telugu wording (nitric acid repeats in many sets; a dumbbell chrome-brightener label was found "
         "in no earlier row by a keyword search)", firm("Atlantic Siłownie Serwis Sp. z o.o.", "PL")),
        ("PRE-08", "import", "ESSEA01", "sea", "AR", [], "ES", "291816",
         "HMB cálcico en polvo (β-hidroxi-β-metilbutirato), suplemento deportivo, bolsas 1 kg, 500 bolsas", "AR",
         500, 500, 6000, "USD",
         "calcium HMB for sports supplements is a fine, white, bitter powder that dissolves in water and chars when "
         "heated; these 500 bags hold shiny, tasteless flakes that crackle and spit violet sparks on a hot iron, and "
         "the maker's sheet in the container gives CAS 3811-04-9, for a Valencia supplement web shop that sells "
         "1 kg packs to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "by sea from Buenos Aires; Argentine Spanish wording (potassium chlorate repeats in many sets; an HMB label "
         "was found in no earlier row by a keyword search)", firm("Rivage Nutrición Deportiva SL", "ES")),
        ("PRE-09", "import", "GRAIR01", "air", "EG", [], "GR", "292429",
         "مسحوق سيترولين ماليت لمكملات ما قبل التمرين، أكياس 1 كغ، 300 كيس", "EG", 300, 300, 2400, "USD",
         "citrulline malate for pre-workout blends is a white, sour powder that dissolves and chars in a flame; these "
         "300 bags hold a soft, white, tasteless, hygroscopic powder that turns damp in the shop air, does not char "
         "and burns fiercely with sugar, for an Athens sports-nutrition shop that sells the bags over the counter: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Cairo; "
         "Egyptian Arabic wording (sodium perchlorate repeats in many sets and a pre-workout label once, blind240; "
         "a citrulline-malate label was found in no earlier row by a keyword search)",
         firm("Delta Athlitiki Diatrofi AE", "GR")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Дезинфекционо средство за каде за хладну купку у теретанама, канистер 5 l, 360 канистера (2. од 3 пошиљке)",
         "RS", 2160, 360, 1800, "EUR",
         "the disinfectants gyms and recovery studios put in cold-plunge tubs are dilute, faintly chlorine-smelling "
         "liquids of about 1.02 kg/l; these 360 cans with vented caps hold a water-clear liquid of 1.20 kg/l that "
         "does not smell, whitens the skin and fizzes on rust, the second of three vans booked that week each kept "
         "under 2.5 t, for a Szeged recovery-studio supplier that sells the cans to the public: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording in "
         "Cyrillic (hydrogen peroxide repeats in many sets and splits over several vans in a few, blind264 and "
         "blind280, kept as a repeat of the family; cold-plunge chillers once, blind125, on an ozone good; a "
         "cold-plunge-tub disinfectant label was found in no earlier row)",
         firm("Vega Regeneráció Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "853949",
         "Nieuwe zonnebanklampen 180 W, UV-A, in doos, 6.000 stuks", "NL", 3000, 6000, 6000, "EUR",
         "new sunbed tubes come boxed, clean and of one make and wattage, with a date code; these cartons hold "
         "tubes pulled from the tanning studios of a Dutch gym chain that closed them, grey-ended, of every make, "
         "some cracked and taped, with powdered phosphor loose in the boxes, at 1 EUR each: waste mercury-bearing "
         "lamps (20 01 21*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos "
         "for a beauty-salon supplier; Dutch wording (sunbed tubes repeat in three sets, blind56, blind89 and "
         "blind192, kept as a repeat of the good; a gym chain's studio closure to Lagos is the new part as far as a "
         "search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "CM", "950691",
         "Haltères et disques en fonte caoutchoutés, neufs, 12 t", "FR", 12000, None, 24000, "EUR",
         "a fitness-equipment container for Douala: new rubber-coated dumbbells, plates and benches are what "
         "Le Havre exporters ship to gyms in Cameroon, but the third item's 'consoles de tapis de course, pièces "
         "détachées' are 900 touch-screen consoles, motor boards and power units ripped out of a Paris gym chain's "
         "scrapped treadmills and bikes, cracked and with cut looms: waste electrical and electronic equipment "
         "(A1180), whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration; French wording (used cardio machines repeat once, blind193, as whole treadmills behind "
         "weights, kept as a repeat of the family; consoles stripped from the machines behind new weights are the "
         "new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("940171", "Bancs de musculation neufs, 200 pièces", "FR", 4000, 9000, "EUR", qty=200),
                           item("950691", "Consoles de tapis de course, pièces détachées, 900 pièces", "FR", 2700, 1800, "EUR", qty=900)])),
        ("WST-03", "export", "FIAIR01", "air", "FI", [], "HK", "901819",
         "Sykemittarin rintavyöt, uudet, 20 000 kpl", "FI", 1400, 20000, 10000, "EUR",
         "new heart-rate chest straps are flat textile bands with a clip-on sensor in retail boxes; these gaylords "
         "hold returned and broken sports watches, bike computers and sensors from an Oulu maker's service centre, "
         "scratched, dead and with swollen coin and pouch cells, the straps tangled among them, bought by weight by "
         "a Sham Shui Po dismantler: waste electrical equipment with lithium batteries (A1180, hazardous), whose "
         "export to a non-OECD country is banned; Finnish wording (smartwatches and fitness bands repeat in a few "
         "sets, blind98, blind228 and blind264; a heart-rate-strap label was found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
        ("WST-04", "export", "SIROAD01", "road", "SI", [], "BA", "282810",
         "Kemikalije za bazene, kalcijev hipoklorit in pH-minus, nove zaloge, 14 t", "SI", 14000, None, 2800, "EUR",
         "new pool chemicals come in sealed, dated tubs and sacks of one kind with a data sheet; these pallets "
         "hold a closing fitness centre's swimming-pool and spa stock: swollen, leaking hypochlorite drums years out "
         "of date, caked pH-minus, flocculant and spilt acid mixed on the same pallets, some drums bulging: waste "
         "chemicals consisting of dangerous substances (16 05 06*, 16 05 07*), hazardous waste shipped without "
         "notification and consent, on a lorry from Ljubljana to a Tuzla 'pool-service' firm; Slovenian wording "
         "(expired pool chemicals repeat in a few sets; a fitness centre's spa stock to Bosnia is the new part as far "
         "as a search found)", {"importer_country": "BA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "MA", "391810",
         "Sporthallenboden, PVC-Bahnen, gebraucht, gereinigt, zur Wiederverwendung, 40 t", "DE", 40000, None, 4000,
         "EUR",
         "used PVC sports-hall flooring for reuse is clean, rolled sheet of one colour with line markings; these "
         "rolls are torn strips ripped up from a 1970s school gymnasium, the old black bitumen felt and a grey "
         "fibrous backing still on them, with the demolition firm's 'asbestos' tags cut off: waste containing "
         "asbestos (17 06 05*), hazardous waste whose export to a non-OECD country is banned, from Bremerhaven to "
         "Casablanca; German wording (asbestos repeats in many sets; a sports-hall floor for reuse was found in no "
         "earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "SN", "901910",
         "Sillones de masaje usados, revisados, en funcionamiento, 150 unidades", "ES", 12000, 150, 15000, "EUR",
         "used massage chairs sold for reuse are tested, cleaned and wrapped, each with its remote; these 150 from a "
         "Madrid gym chain's recovery lounges are torn, without remotes, with burnt control boards, cut cables and "
         "leaking gearboxes, stacked and crushed to fill the boxes, bought by a Dakar scrap dealer: waste electrical "
         "and electronic equipment (A1180), whose export to a non-OECD country is banned, from Valencia; Spanish "
         "wording (used appliances as e-waste repeat in many sets and massage-chair motors once, blind127, on a "
         "strategic good; used massage chairs as e-waste were found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "850440",
         "Gruppi di continuità (UPS) usati, funzionanti, con batterie, 300 pezzi", "IT", 9000, 300, 6000, "EUR",
         "used UPS units for reuse are tested cabinets with a date on their batteries; these 300 from a Milan gym "
         "chain's server rooms and emergency lighting have swollen, leaking lead-acid blocks wired in, some cabinets "
         "empty but for the batteries, and the pallets weigh twice a working unit's mass: waste lead-acid batteries "
         "(16 06 01*, A1160), hazardous waste whose export to a non-OECD country is banned, from Genoa to Tunis; "
         "Italian wording (lead-acid batteries and UPS units repeat in many sets, kept as a repeat of the good; a "
         "gym chain's UPS units to Tunisia are the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-08", "export", "SESEA01", "sea", "SE", [], "KE", "570331",
         "Konstgräs för gymmens slädbanor, begagnat, i rullar, för återanvändning, 24 t", "SE", 24000, None, 2400, "EUR",
         "used artificial turf for reuse is rolled, clean and of one pile height; these bales are shredded, "
         "dirty strips torn from functional-training sled tracks and a five-a-side pitch, with the rubber crumb "
         "and sand still in them, the backing brittle, for a Mombasa 'landscaper': mixed plastic waste (Y48 under "
         "the Basel plastic amendments), whose export from the Union to a non-OECD country is banned, from "
         "Gothenburg; Swedish wording (artificial turf repeats in many sets, kept as a repeat of the good; a gym "
         "sled-track turf label was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "UA", "271019",
         "Ulei de bază mineral, recuperat, pentru lubrifianți, 20 t", "RO", 20000, None, 3000, "EUR",
         "recovered base oil is a clear, amber, re-refined oil with a certificate; this tanker holds a dark, "
         "sweet-smelling oil drained from old substation transformers that tests at 600 ppm PCB: waste oil "
         "containing PCBs (13 03 01*, A3180), hazardous waste whose export to a non-OECD country is banned, at "
         "Siret for a Chernivtsi 'lubricant blender'; Romanian wording (PCB oils repeat in many sets, kept as a "
         "repeat; from Romania to Ukraine at Siret is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "LB", "870421",
         "Μεταχειρισμένα φορτηγάκια, 6 τεμάχια", "GR", 12000, 6, 18000, "EUR",
         "six used vans are six vans; these six are packed to the roof with dead televisions, computers, printers "
         "and fridge compressors, some 4 t in all, for a Beirut scrap buyer: waste electrical and electronic "
         "equipment (A1180) loaded in used vehicles, whose export to a non-OECD country is banned, from Piraeus to "
         "Beirut; Greek wording (e-waste loaded in used vehicles repeats in many sets, kept as a repeat of the "
         "family; from Greece to Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "air", "PK", [], "IT", "420321",
         "باکسنگ دستانے، اصلی چمڑا، 12 اونس، 600 جوڑے", "PK", 540, 600, 7200, "USD",
         "a Sialkot sports-goods air shipment for a Milan boxing and martial-arts club chain: leather boxing gloves "
         "and match footballs are what Sialkot makers send, but the third item's 'کھیلوں کی چوٹ کے لیے ٹھنڈا "
         "اسپرے' are 480 aerosol cans of sports cold spray stamped 'R-12' under the sticker, whose contents boil off "
         "cold with no smell and no flame: CFC-12 (dichlorodifluoromethane) in aerosols, products whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, flown from Sialkot to Milan; "
         "Urdu wording (CFC-12 repeats in many sets and cold-spray labels in several, kept as a repeat of the label; "
         "behind Sialkot boxing gloves and footballs is the new part as far as a search found)",
         dict(firm("Meridian Pugilato Srl", "IT"),
              _more_items=[item("950662", "فٹ بال، میچ کوالٹی، 400 عدد", "PK", 180, 3200, "USD", qty=400),
                           item("382499", "کھیلوں کی چوٹ کے لیے ٹھنڈا اسپرے، 400 ملی لیٹر، 480 کین", "PK", 200, 720, "USD", qty=480)])),
        ("OZN-02", "import", "DEAIR01", "air", "TW", [], "DE", "381400",
         "健身器材皮革坐墊清潔劑 (不燃), 1公升, 240瓶", "TW", 298, 240, 1200, "USD",
         "the cleaners gyms use on vinyl bench and machine upholstery are water-based or alcohol sprays of about "
         "0.9-1.0 kg/l; these 240 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell "
         "and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Taoyuan to Frankfurt for a Cologne gym-equipment service firm; Chinese wording from Taiwan "
         "(HCFC-141b under cleaner labels repeats in many sets and upholstery cleaner and spot-remover "
         "labels on ozone goods in several, blind58 and blind269 among them, kept as a repeat of the family; a gym "
         "bench-upholstery cleaner from Taiwan is the new part as far as a search found)", firm("Nordhafen Fitnessservice GmbH", "DE")),
        ("OZN-03", "import", "NLSEA01", "sea", "ID", [], "NL", "842410",
         "Alat pemadam api portabel 2 kg untuk studio spinning dan gym, 400 unit", "ID", 1600, 400, 6000, "USD",
         "the portable extinguishers fitted in spin studios and gyms are powder or foam units with a certificate; "
         "these 400 hiss when shaken, their contents vanish into a sweet gas, and the valve collars read 'BCF' under "
         "the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import "
         "into the Union is banned, by sea from Surabaya to Rotterdam for a Dutch boutique-studio chain's fit-out "
         "contractor; Indonesian wording (halon 1211 repeats in many sets, kept as a repeat of the good; a "
         "spin-studio extinguisher label was found in no earlier row by a keyword search)",
         firm("Horizon Studio Inrichting BV", "NL")),
        ("OZN-04", "import", "ESSEA01", "sea", "CN", [], "ES", "841869",
         "冷水浴缸冷水机 (运动恢复用), 1.5匹, 120台", "CN", 4800, 120, 36000, "USD",
         "cold-plunge chillers for recovery studios run on R-290 or a declared HFC charge with a nameplate; these 120 "
         "carry no charge on the nameplate, a leak detector names HCFC-22 at the service port and the compressors "
         "are an old stock model: equipment containing and relying on chlorodifluoromethane (HCFC-22), whose "
         "import into the Union is banned, by sea from Ningbo to Barcelona for a recovery-studio franchise; Chinese "
         "wording (HCFC-22 equipment repeats in many sets and cold-plunge chillers on it once, blind125, under the "
         "same English label, kept as a repeat of the label; in Chinese by sea from Ningbo to Barcelona is the new "
         "part as far as a search found)", firm("Alpina Recuperación Deportiva SL", "ES")),
        ("OZN-05", "import", "FRSEA01", "sea", "MA", [], "FR", "281121",
         "قنينات ثاني أكسيد الكربون لآلات المشروبات الغازية فالصالات الرياضية، 10 كلغ، 300 قنينة", "MA", 4500, 300,
         3000, "EUR",
         "the CO2 cylinders that gym bars' soda and shake machines use hold a gas at 57 bar that frosts the valve; "
         "these 300 cylinders read 2 bar, hold a heavy liquid, and the crate carries applicator hoses and probes "
         "for soil: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), by sea "
         "from Casablanca to Marseille for a greenhouse grower; Moroccan Arabic wording (methyl bromide repeats in "
         "many sets and gas-cylinder covers in several, kept as a repeat of the good; a gym soda-machine CO2 label "
         "was found in no earlier row by a keyword search)", firm("Rivage Agro SARL", "FR")),
        ("OZN-06", "import", "NLAIR01", "air", "PH", [], "NL", "340510",
         "Panlinis at pang-alis ng amoy ng boxing gloves, 500 ml, 60 bote", "PH", 48, 60, 300, "USD",
         "boxing-glove cleaners and deodorisers are water-based sprays with tea-tree oil of about 1.0 kg/l; these 60 "
         "bottles weigh 1.59 kg/l, smell sweet like chloroform, evaporate cold from the hand and do not burn: "
         "carbon tetrachloride, whose import into the Union is banned, flown from Manila to Amsterdam for a "
         "Rotterdam boxing gym; Tagalog wording (carbon tetrachloride repeats in many sets; a boxing-glove cleaner "
         "label was found in no earlier row by a keyword search)", firm("Vega Boksschool BV", "NL")),
        ("OZN-07", "import", "PLROAD01", "road", "UA", [], "PL", "390950",
         "Поліуретанова система для м'яких сидінь тренажерів, компоненти А+Б, 200-л бочки, 40 бочок", "UA", 8800, 40,
         7200, "EUR",
         "a foam system for gym-bench and machine padding is water- or pentane-blown, with a data sheet naming the "
         "blowing agent; these drums of polyol froth when opened, boil off a sweet gas at 24 °C and a leak detector "
         "names CFC-11: polyol blended with trichlorofluoromethane (CFC-11), a controlled substance whose import "
         "into the Union is banned, in a lorry at Dorohusk for a Lublin maker of gym benches; Ukrainian wording "
         "(CFC-11 in polyol systems repeats in several sets, kept as a repeat of the good; a gym-bench padding label "
         "was found in no earlier row by a keyword search)", firm("Orion Sprzęt Treningowy Sp. z o.o.", "PL")),
        ("OZN-08", "import", "IEAIR01", "air", "US", [], "IE", "381400",
         "Barbell knurling cleaner & degreaser, non-flammable, 1 gal jugs, 40 jugs", "US", 199, 40, 1600, "USD",
         "barbell cleaners are citrus or alcohol degreasers of about 0.85 kg/l applied with a nylon brush; these 40 "
         "gallon jugs weigh 1.32 kg/l, smell sweet and faintly of chloroform, do not burn and the drum code inside "
         "reads '1,1,1-TCA': methyl chloroform (1,1,1-trichloroethane), whose import into the Union is banned, "
         "flown from Chicago to Dublin for a strength-gym equipment importer; American English wording (methyl "
         "chloroform repeats in several sets; a barbell knurling-cleaner label was found in no earlier row by a "
         "keyword search)", firm("Atlantic Strength Equipment Ltd", "IE")),
        ("OZN-09", "import", "ROSEA01", "sea", "GE", [], "RO", "382769",
         "R-407C soyuducu qazı, 11.3 kq birdəfəlik ballonlar, 600 ədəd", "AZ", 6780, 600, 18000, "USD",
         "R-407C is a blend of HFCs in refillable cylinders with a certificate; these 600 disposable cylinders "
         "read 9.9 bar at 20 °C and a leak detector names HCFC-22, the valves carrying old stamps under the new "
         "labels: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Poti to "
         "Constanța for a Bucharest air-conditioning wholesaler; Azerbaijani wording (HCFC-22 under HFC labels "
         "repeats in many sets, kept as a repeat; an R-407C label in Azerbaijani via Poti is the new part as far as "
         "a search found)", firm("Delta Climatizare SRL", "RO")),
        ("OZN-10", "transit", "HRSEA01", "sea", "IN", ["HR"], "RS", "381400",
         "પ્રિસિઝન ક્લીનિંગ સોલવન્ટ, બિન-જ્વલનશીલ, 200 લિટર ડ્રમ, 50 ડ્રમ", "IN", 15600, 50, 9000, "USD",
         "precision cleaning solvents are modern fluorinated or hydrocarbon blends with a data sheet; these 50 drums "
         "weigh 1.56 kg/l, do not burn, smell faintly of chloroform and the drum heads are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Rijeka in transit from Mundra to a Belgrade electronics workshop; Gujarati wording (CFC-113 "
         "repeats in many sets and transits in several, kept as a repeat; in transit through Rijeka from Mundra is "
         "the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "TR", [], "AT", "960200",
         "Kas toparlanma masajı için bronz gua sha kazıyıcılar, el yapımı, 6 adet", "TR", 0.9, 6, 60, "EUR",
         "bronze gua sha scrapers for muscle recovery are new, flat, polished plates, all alike; these six are "
         "curved, hollow-bladed bronze scrapers with a looped handle, green-crusted and each different, with earth "
         "in the handle loop: Roman strigils, the scrapers athletes used on oil and sweat in the baths, dug in "
         "Anatolia, archaeological objects whose export Türkiye forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Antalya to a private sports physiotherapist in Linz; Turkish "
         "wording (strigils repeat in three sets, blind192, blind193 and blind230, and gua sha labels in two, "
         "blind119 and blind192, kept as a repeat; by post to Austria is the new part as far as a search found)",
         person("Frau S. Huber", "AT")),
        ("CUL-02", "import", "FRAIR01", "air", "LB", [], "FR", "691390",
         "تمثال نصفي لرياضي يوناني، ديكور لصالة رياضية، ريزن، جديد، 1 قطعة", "LB", 22, 1, 300, "USD",
         "a resin gym-décor bust of a Greek athlete is light, hollow, cast with seam lines and aged with paint; this "
         "one is solid, heavy, fine-grained white marble with root marks and encrustation, the nose broken and the "
         "neck cut for a herm: a Roman marble head of an athlete (2nd century AD) looted in Lebanon or Syria, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Beirut to Paris for a "
         "Boulogne boutique gym's owner; Lebanese Arabic wording (Roman marble heads repeat in many sets, kept as a "
         "repeat of the good; a gym-décor athlete-bust label was found in no earlier row by a keyword search)",
         firm("Central Fitness Boulogne SARL", "FR")),
        ("CUL-03", "import", "ITSEA01", "sea", "TN", [], "IT", "680210",
         "بلاط فسيفساء جداري لقاعات الرياضة، حجر طبيعي، ألواح، 18 م²", "TN", 1400, 18, 900, "EUR",
         "stone mosaic wall tiles for gyms are new, machine-cut cubes glued on mesh sheets; these 18 square metres "
         "are lifted panels of hand-set limestone and glass tesserae in old lime mortar with the bedding still on "
         "the back, showing boxers and wrestlers with palm branches and a Latin name, cut from a villa floor near "
         "Sousse: a Roman mosaic (3rd century AD), an archaeological object whose export Tunisia forbids, brought in "
         "without the import licence (Regulation 2019/880), by sea from Sousse to Palermo for a Palermo fitness club "
         "builder; Tunisian Arabic wording (Roman mosaics repeat in many sets, kept as a repeat of the good; a gym "
         "wall-mosaic label was found in no earlier row by a keyword search)", firm("Meridian Palestre Srl", "IT")),
        ("CUL-04", "import", "NLAIR01", "air", "PK", [], "NL", "442019",
         "د یوګا سټوډیو لپاره سینګاري ډبرین تخته، نوې، ۲ دانې", "PK", 60, 2, 200, "USD",
         "the decorative panels sold to yoga studios are new, machine-carved soapstone or resin; these two are "
         "grey-green schist reliefs of the Buddha's life with worn edges, chisel marks and soil in the folds: "
         "Gandhāran reliefs (2nd-4th century) dug in Khyber Pakhtunkhwa, archaeological objects whose export "
         "Pakistan forbids, brought in without an import licence (Regulation 2019/880), flown from Peshawar via "
         "Islamabad to Amsterdam for a yoga-studio chain's owner; Pashto wording (Gandhāran reliefs repeat in many "
         "sets, kept as a repeat of the good; a yoga-studio décor label in Pashto is the new part as far as a search "
         "found)", firm("Rivage Yoga Studio's BV", "NL")),
        ("CUL-05", "export", "ITSEA01", "sea", "IT", [], "US", "970390",
         "Statua in marmo, copia moderna del Discobolo, per palestra, 1 pezzo", "IT", 900, 1, 4000, "EUR",
         "a modern marble copy of the Discobolus for a gym lobby is crisp, white and machine-roughed; this one has "
         "a honey patina, old iron pins, weathered surfaces, a restorer's eighteenth-century plaster infills and an "
         "old inventory number: an eighteenth-century Roman copy-workshop statue from a Lazio villa, a cultural "
         "good whose export Italy forbids without a certificate, exported without the EU export licence of "
         "Regulation 116/2009, by sea from Livorno to a Miami luxury-gym developer; Italian wording (statues as "
         "modern copies repeat in many sets; a Discobolus gym-lobby copy label was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-06", "import", "ESAIR01", "air", "MX", [], "ES", "650500",
         "Máscaras de lucha libre, hechas a mano, 300 piezas", "MX", 90, 300, 1800, "USD",
         "a Mexico City air shipment for a Madrid wrestling and martial-arts gym: hand-made lucha-libre masks and "
         "boots are what the supplier sends, but the third item's 'pesa decorativa de piedra' is a heavy, "
         "horseshoe-shaped green-stone yoke carved with a toad face, polished on the inside and chipped with age: "
         "a Classic Veracruz ballgame yoke (AD 300-900), a pre-Columbian object that Mexico owns and forbids to "
         "export, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration; Mexican Spanish wording (ballgame yokes repeat in a few sets, kept as a repeat of "
         "the good; behind lucha-libre masks for a gym is the new part as far as a search found)",
         dict(firm("Vega Lucha y Artes Marciales SL", "ES"),
              _more_items=[item("640299", "Botas de lucha libre, 80 pares", "MX", 64, 2400, "USD", qty=80),
                           item("681599", "Pesa decorativa de piedra, 1 pieza", "MX", 18, 60, "USD", qty=1)])),
        ("CUL-07", "import", "ESAIR01", "air", "PE", [], "ES", "630130",
         "Mantas tejidas de algodón, estilo precolombino, nuevas, 12 piezas", "PE", 6, 12, 240, "USD",
         "new pre-Columbian-style blankets are machine-woven, bright and even; these 12 are brittle, brown-stained "
         "cotton and camelid textiles with birds and fish in tapestry weave, some with burial soil and a fringe of "
         "knots: Chancay textiles (1000-1450) dug from graves on the central Peruvian coast, whose export Peru "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Lima to Madrid for a "
         "dealer; Peruvian Spanish wording (Chancay textiles repeat in several sets, kept as a repeat; a new-blanket "
         "label to Madrid is the new part as far as a search found)", firm("Alpina Antigüedades SL", "ES")),
        ("CUL-08", "transit", "ATAIR01", "air", "IQ", ["AT"], "US", "681599",
         "حجر ديكور منحوت، جديد، قطعة واحدة", "IQ", 40, 1, 150, "USD",
         "a new carved decorative stone is machine-cut and sharp; this one is a gypsum-alabaster panel fragment "
         "with a winged genie in low relief and cuneiform across the body, the back sawn off to thin it: a "
         "Neo-Assyrian palace relief fragment (9th-7th century BC) looted in northern Iraq, landed at Vienna in "
         "transit from Erbil to a New York dealer, against Regulation 1210/2003 and Regulation 2019/880 (Article "
         "3(1)), which covers transit; Iraqi Arabic wording (Assyrian reliefs repeat in several sets, kept as a "
         "repeat; a transit through Vienna is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "export", "CZAIR01", "air", "CZ", [], "US", "442019",
         "Dřevěná socha světce, novodobá řezba, polychromie, 1 ks", "CZ", 18, 1, 400, "EUR",
         "a modern carved saint is fresh limewood with bright paint; this one is worm-eaten limewood with several "
         "layers of polychromy and gilding, a hollowed back and a church inventory number: a Baroque statue of "
         "St John of Nepomuk (about 1730) taken from a Bohemian chapel, a cultural monument exported without the EU "
         "export licence of Regulation 116/2009 and the Czech permit, flown from Prague to a Chicago dealer; Czech "
         "wording (Bohemian church sculpture repeats in several sets, kept as a repeat; a modern-carving label to "
         "Chicago is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "FRAIR01", "express", "CN", [], "FR", "711790",
         "玉石按摩滚轮和刮痧板, 天然岫玉, 20件", "CN", 3.2, 20, 60, "USD",
         "jade face rollers and scrapers are new, polished, pale green xiuyan serpentine, all alike; these 20 "
         "include four squat, square tubes with a round bore and carved masks at the corners, of dense, "
         "calcified, brown-mottled nephrite: Neolithic Liangzhu jade cong (3300-2300 BC), archaeological objects "
         "whose export China forbids, brought in without an import licence (Regulation 2019/880), sent by express "
         "from Shanghai to a private buyer in Lyon; Chinese wording (Neolithic jades repeat in several sets; a "
         "jade-roller label was found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "PK", "681511",
         "Fil technique pour tricotage de vêtements de compression sportifs, bobines, 800 kg", "FR", 800, None, 9600,
         "EUR",
         "knitting yarn for compression sportswear is elastane-nylon on small cones at a few euros a kilo; these "
         "bobbins hold black, stiff, 12K carbon-fibre tow with a tensile strength of 5.5 GPa and an epoxy-compatible "
         "sizing, at fifty euros a kilo on the maker's list, for a Lahore 'sportswear knitter' whose address is a "
         "composites workshop: carbon fibre controlled under dual-use 1C210 (and 1C010) exported without the "
         "licence Regulation 2021/821 requires, flown from Paris; French wording (carbon fibre repeats in many sets "
         "under sports and textile labels; a compression-sportswear yarn label was found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("STR-02", "export", "ITROAD01", "road", "IT", ["AT", "CZ", "PL", "LT", "LV"], "KZ", "950691",
         "Attrezzature per palestra usate, tapis roulant e vogatori, 40 pezzi", "IT", 9600, 40, 16000, "EUR",
         "used gym machines for resale are scuffed, old-model units at a few hundred euros; these 40 are new, "
         "boxed, top-of-range connected treadmills and rowers with the maker's 2073 serials, at 9,000-14,000 EUR "
         "each on the list, for an Almaty 'gym-equipment' firm whose orders go on to a Moscow premium fitness-club "
         "chain: sports equipment over the 750 EUR threshold on the luxury-goods list whose sale for use in Russia "
         "Regulation 833/2014 forbids, declared as used and cheap, on a lorry from Cesena; Italian wording (luxury "
         "goods via Kazakhstan repeat in many sets and gym equipment once, blind193, as e-waste; premium treadmills "
         "for a Moscow club are the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "FIROAD01", "road", "FI", ["EE", "LV", "LT", "PL", "CZ", "SK", "HU", "RO", "BG"], "TR",
         "851680",
         "Infrapunasaunan lämpöpaneelit, 300 kpl", "FI", 600, 300, 9000, "EUR",
         "infrared sauna heater panels are flat carbon-film heating elements in a frame at 30 EUR each; these crates "
         "hold 300 uncooled microbolometer thermal-imaging cores of 640 × 512 pixels with 17 µm pitch and 30 Hz "
         "frame rate, in anti-static bags with no panel among them, for an Istanbul 'sauna builder' whose freight "
         "goes on to Tehran: thermal-imaging cameras and cores controlled under dual-use 6A003 and listed in the Iran "
         "regulation, exported without a licence, on a lorry from Tampere; Finnish wording (thermal cores repeat in "
         "many sets; an infrared-sauna panel label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-04", "export", "LVAIR01", "air", "LV", [], "KG", "901890",
         "EMS treniņu tērpi ar elektrodiem, 200 gab.", "LV", 240, 200, 24000, "EUR",
         "a Riga EMS-training studio supplier's air shipment for Bishkek: EMS suits and vests are what the Bishkek "
         "'studio franchise' buys, but the second item's 'EMS vadības bloki' are 1,200 FPV drone flight "
         "controllers and 4-in-1 electronic speed controllers with no EMS connector, whose buyer's forwarder is a "
         "Russian drone assembler: electronic integrated circuits and assemblies on the common high-priority list, "
         "whose re-export to Russia Regulation 833/2014 forbids, hidden as the second item of a two-item "
         "declaration, flown from Riga; Latvian wording (drone parts to Kyrgyzstan repeat in several sets; EMS "
         "control units behind EMS suits are the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("854239", "EMS vadības bloki, 1 200 gab.", "LV", 60, 6000, "EUR", qty=1200)])),
        ("STR-05", "import", "PLROAD01", "road", "BY", [], "PL", "401691",
         "Gumowe płyty podłogowe na siłownie, 1 000 x 1 000 x 30 mm, pochodzenie Kazachstan, 18 t", "KZ", 18000, 720,
         7200, "EUR",
         "Kazakh gym-floor tiles would come by rail with Kazakh factory papers; this lorry of black, recycled-rubber "
         "tiles carries the Babruysk tyre-recycling plant's batch codes moulded into the undersides, was loaded in "
         "Belarus and has a Kazakh certificate of origin issued in Petropavl: Belarusian rubber products, whose "
         "import into the Union Regulation 765/2006 forbids, at Kukuryki for a Warsaw gym-chain fit-out firm; "
         "Polish wording (Belarusian goods under Kazakh origin repeat in many sets; gym-floor rubber tiles were found "
         "in no earlier row by a keyword search)", firm("Nordhafen Posadzki Sportowe Sp. z o.o.", "PL")),
        ("STR-06", "import", "LTRAIL01", "rail", "KZ", [], "LT", "732599",
         "Диски для штанги чугунные, 1,25-25 кг, происхождение Казахстан, 60 т", "KZ", 60000, None, 42000, "EUR",
         "Kazakh cast-iron barbell plates would carry a Karaganda foundry's marks; these 60 t of plates are cast "
         "with a Chelyabinsk foundry's logo ground off but still legible on the inner rim, loaded at "
         "Petropavl with a Kazakh certificate of origin for a Kaunas fitness-equipment wholesaler: Russian iron and "
         "steel products, whose import into the Union Regulation 833/2014 forbids, by rail at Kena; "
         "Russian wording from Kazakhstan (Russian steel under Kazakh origin repeats in several sets and weight "
         "plates once, blind193, as reuse goods; cast-iron barbell plates from Russia are the new part as far as a "
         "search found)", firm("Delta Sporto Įranga UAB", "LT")),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "AE", "901910",
         "Vibrationstrainingsplatten für Fitnessstudios, 6 Stück", "DE", 14000, 6, 18000, "EUR",
         "vibration training plates for gyms are 60-120 kg platforms with a small motor at 2,000-5,000 EUR; these "
         "six 2.3 t crates hold water-cooled electrodynamic shakers with slip tables, amplifiers and controllers "
         "rated above 100 kN, at 400,000 EUR each on the maker's list, for a Jebel Ali 'gym-equipment' trader whose "
         "freight goes on to Bandar Abbas: vibration test systems controlled under dual-use 9B006 and 2B116 and "
         "listed in the Iran regulation, exported without a licence, from Hamburg; German wording (vibration test "
         "systems repeat in a few sets; a gym vibration-plate label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-08", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG", "TR", "GE"], "AM", "845710",
         "Použité CNC frézovacie centrum, 3-osové, 1 ks", "SK", 9000, 1, 40000, "EUR",
         "a used three-axis milling centre is an older machine with a simple controller at tens of thousands of "
         "euros; this one is a two-year-old five-axis machining centre with simultaneous contouring and a "
         "positioning accuracy under 6 µm, at 420,000 EUR on the maker's list, for a Yerevan 'machine dealer' whose "
         "earlier machines went on to Russia: machine tools controlled under dual-use 2B001 and on the list whose "
         "export to Russia Regulation 833/2014 forbids, exported without a licence, on a lorry from Žilina; Slovak "
         "wording (machining centres via Armenia repeat in several sets, kept as a repeat; from Slovakia by road is "
         "the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "LB", "380991",
         "Auxiliaire de teinture textile, liquide, fûts de 200 l, 20 fûts", "BE", 4400, 20, 6000, "EUR",
         "a textile dyeing auxiliary is a soapy, coloured blend with a data sheet; these 20 drums hold a clear, "
         "viscous, almost odourless liquid with the maker's CAS 111-48-8, for a Beirut 'dye house' whose "
         "consignee ships on to Syria: thiodiglycol (dual-use 1C350, a chemical-weapons precursor, Schedule 2) "
         "exported without the licence Regulation 2021/821 requires, and for Syria, from Antwerp; Belgian French "
         "wording (thiodiglycol repeats in several sets, kept as a repeat of the good; a dyeing-auxiliary label "
         "to Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "HUAIR01", "air", "HU", [], "KZ", "880622",
         "Mezőgazdasági permetező drónok, 10 literes, 30 db", "HU", 900, 30, 60000, "EUR",
         "10-litre crop-spraying drones are light multirotors with a spray bar at a few thousand euros; these 30 "
         "have 40-litre tanks, release hooks under the tank and long-range datalinks, with no spray bars, for an "
         "Astana 'agri-tech' firm whose forwarder delivers to Russia: unmanned aircraft and parts on the list whose "
         "export and re-export to Russia Regulation 833/2014 forbids, flown from Budapest; Hungarian wording "
         "(agricultural drones repeat in several sets, kept as a repeat; from Hungary to Kazakhstan is the new part "
         "as far as a search found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ZA", [], "NL", "130219",
         "Kaktus-ekstrak poeier vir vetverbrander-aanvullings, 25 kg dromme, 8 dromme", "ZA", 200, 8, 6000, "USD",
         "the 'cactus extracts' of fat-burner blends are Opuntia (prickly-pear) powders, green, fibrous and cheap; "
         "these drums hold a bitter, beige powder with the Hoodia gordonii steroidal glycosides on the lab sheet in "
         "the file, milled from wild-harvested stems in the Northern Cape: Hoodia (CITES App. II, its extracts and "
         "powders covered) without the South African export permit, flown from Cape Town to Amsterdam for a "
         "Dutch sports-nutrition brand's cutting range; Afrikaans wording (Hoodia repeats in many sets, kept as a "
         "repeat of the good; a fat-burner cactus-extract label was found in no earlier row by a keyword search)",
         firm("Orion Sportsupplementen BV", "NL")),
        ("WLF-02", "import", "BEPOST01", "post", "HK", [], "BE", "121190",
         "天然睪酮提升草本原料 (健身用), 乾貨, 1.5公斤", "HK", 1.5, None, 180, "HKD",
         "the herbal 'natural testosterone boosters' sold to bodybuilders are tribulus, fenugreek or tongkat-ali, "
         "dried roots and pods; this 1.5 kg parcel holds dried, curled, bony little fish with a horse-like head and "
         "a prehensile tail, some 500 of them: dried seahorses (Hippocampus spp., CITES App. II) without CITES "
         "documents, posted from Hong Kong to a private bodybuilding coach in Liège; Cantonese Chinese wording "
         "(dried seahorses repeat in many sets; a testosterone-booster label was found in no earlier row by a "
         "keyword search)", person("Mme L. Dupont", "BE")),
        ("WLF-03", "import", "DEAIR01", "air", "CA", [], "DE", "121120",
         "Herbal energy roots for pre-workout blends, dried, cultivated, 60 kg", "CA", 60, None, 3600, "CAD",
         "cultivated ginseng for energy blends is large, smooth, pale, uniform roots from field beds; these 60 kg are "
         "small, gnarled, heavily ringed roots with long necks of many stem scars, each decades old, dug wild in "
         "the Ontario and Quebec woods: wild American ginseng (Panax quinquefolius, CITES App. II) without the "
         "Canadian export permit wild roots need, flown from Toronto to Frankfurt for a sports-supplement maker; "
         "Canadian English wording (American ginseng repeats in many sets, kept as a repeat of the good; a "
         "pre-workout energy-root label was found in no earlier row by a keyword search)",
         firm("Alpina Sporternährung GmbH", "DE")),
        ("WLF-04", "import", "ITAIR01", "air", "MY", [], "IT", "420330",
         "Tali pinggang angkat berat, kulit PU corak ular, 10 cm, 300 unit", "MY", 360, 300, 4500, "USD",
         "snake-pattern PU lifting belts have an even, printed grain and a smooth plastic back; these 300 have real, "
         "overlapping scales that lift at the edges, a pattern different on every belt, and a leather split back: "
         "reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES documents, flown from "
         "Kuala Lumpur to Milan for a strength-sports brand; Malay wording (python skins repeat in many sets; a "
         "weightlifting-belt label was found in no earlier row by a keyword search)",
         firm("Horizon Forza Atletica Srl", "IT")),
        ("WLF-05", "import", "DESEA01", "sea", "IN", [], "DE", "950691",
         "आम की लकड़ी के योगा ब्लॉक, 2 पीस सेट, 2,000 सेट", "IN", 4800, 2000, 8000, "USD",
         "mango-wood yoga blocks are pale, light and open-grained and float; these 2,000 pairs are dense, "
         "purple-brown with black streaks, sink in water and smell of rose when sanded: Indian rosewood (Dalbergia "
         "latifolia, CITES App. II, more than 10 kg of finished products in a commercial shipment) without CITES "
         "documents, by sea from Mundra to Hamburg for a yoga and pilates equipment importer; Hindi wording "
         "(Indian rosewood repeats in many sets and yoga blocks once, blind175; a mango-wood yoga-block label on "
         "rosewood was found in no earlier row by a keyword search)", firm("Central Yoga Bedarf GmbH", "DE")),
        ("WLF-06", "import", "CZAIR01", "air", "KR", [], "CZ", "210610",
         "단백질 보충제 (유청 단백질), 2 kg 통, 300통", "KR", 600, 300, 9000, "USD",
         "a Seoul sports-nutrition air shipment for a Prague gym chain's shop: whey tubs and BCAA are what the "
         "supplier sends, but the third item's '회복용 건강 캡슐' are 40 boxes of capsules whose contents are a "
         "bitter, yellow-green powder that tests as ursodeoxycholic acid with bear bile-acid markers and labels on "
         "the inner foil naming '웅담': bear bile from farmed Asiatic black bears (Ursus thibetanus, CITES App. I) "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Incheon to Prague; "
         "Korean wording (bear bile repeats in many sets, kept as a repeat of the good; recovery capsules behind "
         "whey tubs for a gym chain are the new part as far as a search found)",
         dict(firm("Meridian Fitness Výživa s.r.o.", "CZ"),
              _more_items=[item("210690", "BCAA 분말, 500 g, 400통", "KR", 200, 4000, "USD", qty=400),
                           item("210690", "회복용 건강 캡슐, 40상자", "KR", 4, 200, "USD", qty=40)])),
        ("WLF-07", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "010620",
         "Tortues en plastique, jouets décoratifs, 2 caisses", "MG", 30, None, 60, "EUR",
         "plastic toy tortoises are light, hollow and silent; these two crates are warm, scratch and hold 60 live "
         "tortoises with radiating yellow lines on domed black shells, taped in socks: radiated and ploughshare "
         "tortoises (Astrochelys radiata and A. yniphora, CITES App. I) without CITES documents, landed at Paris in "
         "transit from Antananarivo to Bangkok; Malagasy French wording (Malagasy tortoises repeat in many sets, "
         "kept as a repeat, and plastic-toy labels on spiders and lizards in a few, blind71, blind134 and blind279; "
         "toy tortoises in transit through Paris are the new part as far as a search found)", {"importer_country": "TH"}),
        ("WLF-08", "import", "DEAIR01", "air", "ID", [], "DE", "251690",
         "Batu hias akuarium, alami, 400 kg", "ID", 400, None, 800, "USD",
         "natural aquarium stones are lava or slate, dense and dark; these 400 kg are white, porous and light, with "
         "the polyp cups of branching and brain corals plain to see: stony corals (Scleractinia, CITES App. II) "
         "without CITES documents, flown from Denpasar to Frankfurt for an aquarium wholesaler; Indonesian "
         "wording (stony corals under rock labels repeat in many sets, kept as a repeat; from Bali to Frankfurt "
         "is the new part as far as a search found)", firm("Vega Aquaristik GmbH", "DE")),
        ("WLF-09", "export", "FRAIR01", "air", "FR", [], "HK", "030199",
         "Poissons des glaces vivants (Salangidae) pour la restauration asiatique, 300 kg", "FR", 300, None, 1500, "EUR",
         "live icefish for Asian restaurants are slender, scaleless, translucent fish with a small adipose fin; these 300 kg are "
         "millions of transparent, finger-long glass eels in oxygenated bags packed cold: European eel (Anguilla "
         "anguilla, CITES App. II), whose export from the Union is suspended, flown from Paris to Hong Kong; French "
         "wording (glass eels repeat in many sets, under loach labels in several and a frozen whitebait label once, blind132, "
         "kept as a repeat of the good; a live-icefish label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-10", "import", "DEPOST01", "post", "MX", [], "DE", "670290",
         "Suculentas artificiales, decoración, 40 piezas", "MX", 1.6, 40, 20, "USD",
         "artificial succulents are light, plastic and identical; these 40 are living, grey-green, star-shaped "
         "little cacti with woolly areoles and long taproots wrapped in paper: living-rock cacti (Ariocarpus spp., "
         "CITES App. I) dug from the wild in San Luis Potosí, without CITES documents, posted from Mexico City to a "
         "private collector in Dresden; Mexican Spanish wording (Ariocarpus repeats in several sets and artificial-succulent labels on "
         "cacti in several, blind108, blind112, blind257 and blind268, kept as a repeat of the cover; from Mexico City "
         "to Dresden by post is the new part as far as a search found)",
         person("Lena Wagner", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "air", "TH", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home laboratory)", "TH", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "SE-KEMI-73-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "VN", "CZ", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine fuel)", "VN", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-73-0119")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "853949",
     "Waste UV sunbed tubes from closed tanning studios (20 01 21*), for mercury recovery at a licensed plant, 4 t",
     "CH", 4000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-73-0208")], "notified waste lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "854911",
     "Waste lead-acid batteries from UPS units (16 06 01*), for recycling at a licensed smelter, 18 t", "NO", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-73-0031")], "notified waste batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft cabin extinguishers", "US",
     300, 12, 9000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-73-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "382711",
     "CFC-12 recovered from scrapped chillers, 40 cylinders, for destruction at a licensed plant", "NO", 1800, 40, 0,
     "EUR", [("ODS_LICENCE", "NL-ILT-ODS-73-014")], "CFC-12 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Roman bronze strigil and aryballos, documented German collection since 1928, sold at auction", "DE", 0.8, 2,
     7500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-73-0144")],
     "archaeological objects exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970310",
     "Marble statue of an athlete, Roman copy-workshop, 18th century, temporary loan to a US museum", "IT", 850, 1,
     350000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-73-0077")],
     "statue exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "NO", "852589",
     "Uncooled thermal-imaging cores 640 x 512, 40 units, for a Norwegian search-and-rescue camera maker", "FI", 12,
     40, 96000, "EUR", [("EXPORT_LICENCE", "FI-UM-73-0058"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-73-0021")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "TR", "681511",
     "Carbon-fibre tow 12K, 4 t, for a Turkish wind-blade maker", "FR", 4000, None, 120000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-73-0233"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-73-0310")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CA", "DE", "121120",
     "American ginseng roots (Panax quinquefolius), cultivated, dried, 200 kg", "CA", 200, None, 14000, "CAD",
     [("CITES_PERMIT", "CA-ECCC-73-0412")], "App. II ginseng with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "IN", "DE", "950691",
     "Indian rosewood yoga blocks (Dalbergia latifolia), plantation-grown, 500 pairs", "IN", 1200, 500, 6000, "USD",
     [("CITES_PERMIT", "IN-WCCB-73-0186")], "App. II rosewood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Soukromá osoba", "PRM-05": "Atlantic Aéro Maintenance SARL",
    "PRM-06": "Delta Recycling BV", "PRM-11": "Alpina Sporternährung GmbH", "PRM-12": "Central Yoga Bedarf GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # gym chains and studios, fitness-equipment importers and refurbishers, and sports-nutrition brands
    ("210690", "Electrolyte drops for endurance athletes, 30 ml dropper bottles", "import", ["express"], ["TH", "US"], (30, 60), (1, 3), ["USD"], 20, S),
    ("340319", "Treadmill belt lubricant, 100 % silicone, 1 l", "import", ["air"], ["VN", "CN"], (6, 12), (50, 300), ["USD"], 1, S),
    ("382499", "Anti-slip treatment for shower and changing-room tiles, 1 l", "import", ["road"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 1, S),
    ("292249", "L-glutamine powder for sports nutrition, 1 kg bags", "import", ["sea"], ["CN"], (6, 12), (2000, 8000), ["USD"], 1, S),
    ("310210", "Urea granules for instant cold packs, 25 kg sacks", "import", ["rail"], ["UZ", "KZ"], (0.3, 0.6), (15000, 22000), ["USD"], 0.04, S),
    ("283321", "Epsom salt for recovery baths, 1 kg bags", "import", ["post"], ["IL", "GB"], (8, 16), (1, 3), ["EUR", "USD"], 1, S),
    ("340290", "Chrome polish for dumbbells and bars, 1 l", "import", ["air"], ["IN", "CN"], (3, 6), (100, 300), ["USD"], 1, S),
    ("291816", "Calcium HMB powder, sports supplement, 1 kg bags", "import", ["sea"], ["AR", "CN"], (10, 16), (1000, 4000), ["USD"], 1, S),
    ("292429", "Citrulline malate powder for pre-workout blends, 1 kg bags", "import", ["air"], ["EG", "CN"], (8, 14), (200, 600), ["USD"], 1, S),
    ("382499", "Cold-plunge tub water clarifier, chlorine-free, 5 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("950691", "Rubber-coated cast-iron dumbbells, new", "import", ["sea"], ["CN", "TW"], (1.5, 3), (10000, 20000), ["USD"], 0.1, S),
    ("853949", "UV-A sunbed tubes, new, boxed", "import", ["sea"], ["CN", "TW"], (3, 6), (1000, 3000), ["USD", "EUR"], 2, S),
    ("901819", "Heart-rate chest straps, new, retail boxes", "import", ["air"], ["CN", "TW"], (60, 120), (100, 400), ["USD"], 15, S),
    ("282810", "Calcium hypochlorite tablets for pools, 25 kg drums", "import", ["sea"], ["CN", "JP"], (1.5, 2.5), (8000, 18000), ["USD"], 0.04, S),
    ("391810", "PVC sports-hall flooring rolls, new", "import", ["sea"], ["CN", "KR"], (3, 5), (6000, 14000), ["USD"], None, S),
    ("901910", "Massage chairs, new, boxed", "import", ["sea"], ["CN", "KR"], (10, 18), (4000, 10000), ["USD"], 0.012, S),
    ("850440", "UPS units, new, with batteries", "import", ["sea"], ["CN", "TW"], (6, 12), (3000, 8000), ["USD"], 0.05, S),
    ("570331", "Artificial turf for sled tracks, new, rolls", "import", ["sea"], ["CN", "TR"], (3, 6), (6000, 14000), ["USD", "EUR"], None, S),
    ("420321", "Leather boxing gloves, 12 oz", "import", ["air"], ["PK"], (10, 16), (200, 600), ["USD"], 1.1, S),
    ("381400", "Alcohol-based gym upholstery cleaner, 1 l", "import", ["air"], ["TW", "CN"], (3, 6), (100, 400), ["USD"], 1, S),
    ("842410", "Powder fire extinguishers 2 kg, certified, for gyms", "import", ["sea"], ["ID", "CN"], (3, 5), (1000, 3000), ["USD"], 0.3, S),
    ("281121", "CO2 cylinders for soda machines, 10 kg, filled", "import", ["sea"], ["MA", "TR"], (0.8, 1.5), (3000, 6000), ["EUR"], 0.05, S),
    ("340510", "Boxing-glove deodorising spray, water-based, 500 ml", "import", ["express"], ["PH", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("390950", "Water-blown polyurethane foam system for bench padding, drums", "import", ["road"], ["UA", "DE"], (2.5, 4), (6000, 12000), ["EUR"], None, S),
    ("381400", "Citrus barbell cleaner, 1 gal", "import", ["air"], ["US"], (4, 8), (100, 300), ["USD"], 0.27, S),
    ("960200", "Stainless and jade gua sha scrapers, new", "import", ["post"], ["TR", "CN"], (30, 60), (1, 2), ["EUR", "USD"], 20, S),
    ("691390", "Resin athlete busts for gym décor, new", "import", ["air"], ["LB", "CN"], (6, 12), (100, 400), ["USD"], 0.1, S),
    ("680210", "Stone mosaic wall tiles on mesh, new", "import", ["sea"], ["TN", "TR"], (0.8, 1.5), (8000, 16000), ["EUR"], None, S),
    ("650500", "Hand-made lucha-libre masks, new", "import", ["air"], ["MX"], (15, 30), (50, 200), ["USD"], 3, S),
    ("970390", "Marble copy of the Discobolus, new, for a gym lobby", "export", ["sea"], ["US", "AE"], (4, 8), (500, 1200), ["EUR"], 0.002, S),
    ("681511", "Elastane-nylon knitting yarn for compression wear", "export", ["sea"], ["PK", "TR"], (6, 12), (2000, 6000), ["EUR"], None, S),
    ("950691", "Connected treadmills and rowers, new", "export", ["road"], ["CH", "RS"], (10, 16), (3000, 8000), ["EUR"], 0.007, S),
    ("851680", "Infrared sauna heater panels, carbon film", "export", ["road"], ["TR", "NO"], (10, 20), (1000, 4000), ["EUR"], 0.3, S),
    ("901890", "EMS training suits with electrodes", "import", ["air"], ["CN", "KR"], (60, 120), (100, 400), ["USD"], 0.8, S),
    ("401691", "Recycled-rubber gym floor tiles, 30 mm", "import", ["sea"], ["CN", "VN"], (0.8, 1.4), (12000, 22000), ["USD"], None, S),
    ("901910", "Vibration training plates, new", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 0.015, S),
    ("130219", "Green-tea extract powder for fat-burner blends, 25 kg drums", "import", ["sea"], ["CN", "IN"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("121190", "Dried tribulus fruit for supplements, bales", "import", ["sea"], ["IN", "BG"], (2, 4), (3000, 8000), ["USD"], None, S),
    ("420330", "PU leather weightlifting belts, 10 cm", "import", ["sea"], ["PK", "CN"], (6, 12), (1000, 4000), ["USD"], 1.5, S),
    ("210610", "Pea protein isolate, 20 kg bags", "import", ["sea"], ["CN", "CA"], (4, 7), (10000, 20000), ["USD"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("731029", "Printed tinplate biscuit tins, empty", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 3, N),
        ("821000", "Stainless-steel box cheese graters", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("442090", "Wooden letter racks, desk organisers", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 5000), ["USD"], 2, N),
        ("821599", "Stainless-steel sugar tongs, boxed", "import", ["post", "express"], ["GB", "IN"], (30, 60), (1, 3), ["GBP", "USD"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind285", 20730901, HERE)


if __name__ == "__main__":
    main()
