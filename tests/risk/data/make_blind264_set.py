#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-fourth blind set (tests/risk/data/blind264-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: mobile phones, repair shops and
refurbishers (phone wholesalers, independent repair shops and their parts suppliers,
refurbishers and buy-back firms, accessory importers and kiosk chains).
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
only where a real declaration would. Ids are BL264-*:

    python3 tests/risk/data/make_blind264_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIAIR01", "express", "CN", [], "SI", "340290",
         "透明手机壳去黄还原液 (TPU壳翻新), 500毫升 x 6瓶", "CN", 3.4, 6, 180, "CNY",
         "the yellowing removers sold for clear TPU phone cases are 3-6 % peroxide gels in 30 ml tubes that are "
         "left in the sun on the case; these six half-litre bottles hold a water-clear, runny liquid of 1.13 kg/l "
         "with vented caps that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Shenzhen to a private person in Maribor who resells case "
         "'restoring' on a marketplace; Chinese wording (hydrogen peroxide repeats in many sets and whitening and "
         "de-yellowing labels on it in a few, trophy skulls, teeth and sneaker soles, blind228; a phone-case "
         "yellowing-remover label was found in no earlier row by a keyword search)", person("Mojca Novak", "SI")),
        ("PRE-02", "import", "ROAIR01", "air", "IN", [], "RO", "320890",
         "नैनो लिक्विड स्क्रीन प्रोटेक्टर 9H (लिक्विड ग्लास), बल्क रिफिल 1 लीटर, 24 बोतलें", "IN", 27.4, 24, 240, "USD",
         "a liquid-glass screen protector is a few millilitres of silica sol in ethanol (0.8 kg/l, smells of "
         "spirit) sold in 5 ml vials with a wipe; these 24 litre bottles hold an oily, faintly fruity liquid of "
         "1.14 kg/l that does not dry to a film, and the filler's drum label under the sticker reads 'CH3NO2', for a "
         "Bucharest phone-accessory kiosk chain whose web shop sells the 'refills' by the litre to model-engine "
         "hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown from Delhi; "
         "Hindi wording (nitromethane repeats in many sets; a liquid-glass label once, blind205, on another good; a "
         "nano-liquid screen-protector refill was found in no earlier row by a keyword search)",
         firm("Vega Accesorii GSM SRL", "RO")),
        ("PRE-03", "import", "HRSEA01", "sea", "CN", [], "HR", "271019",
         "OCA贴合机/除泡机真空泵油, 1升装, 1,200瓶", "CN", 2210, 1200, 1800, "USD",
         "the pump oil for the vacuum laminators and bubble-removing autoclaves of screen-refurbishing benches is an "
         "amber mineral oil of 0.87 kg/l; these 1,200 bottles hold a colourless, oily liquid of 1.84 kg/l that grows "
         "hot with a drop of water and chars the cardboard where it leaked, for a Zagreb repair-parts wholesaler "
         "whose web shop sells the litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, by sea from Shenzhen to Rijeka; Chinese wording (sulphuric acid "
         "repeats in many sets and vacuum-pump-oil labels in three rows, on ozone goods; a laminator pump-oil label "
         "on an acid was found in no earlier row by a keyword search)", firm("Orion Servisni Dijelovi d.o.o.", "HR")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "284610",
         "액정 스크래치 제거용 산화세륨 연마 파우더, 1 kg 봉지, 200봉", "KR", 200, 200, 1600, "USD",
         "cerium-oxide polishing powder for taking scratches out of screens and back glass is a pinkish-buff, very "
         "fine, heavy powder that does not dissolve; these 200 bags hold a white, crystalline powder that dissolves "
         "slowly, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Düsseldorf "
         "phone-repair-supply web shop that sells 1 kg bags to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Incheon; Korean wording (potassium perchlorate "
         "repeats in many sets and polishing-powder labels in a few, tin oxide and button polish; a cerium-oxide "
         "label once, blind56, on waste powder; a screen-scratch polishing label was found in no earlier row)",
         firm("Central Handyteile GmbH", "DE")),
        ("PRE-05", "import", "ROSEA01", "sea", "GE", [], "RO", "281122",
         "სილიკაგელის გრანულები სველი ტელეფონების გასაშრობად, ტომრები 25 კგ, 480 ტომარა", "GE", 12000, 480, 4800,
         "USD",
         "silica-gel beads for wet-phone rescue pouches are hard, glassy, transparent or orange-indicating spheres "
         "that never dissolve; these 480 sacks hold white, opaque prills that turn ice-cold and vanish in water, test "
         "at 34 % N and melt and fume on a hot plate, for a Bucharest phone-accessory distributor that packs them in "
         "1 kg 'rescue' tubs sold to the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Poti to Constanța; Georgian wording (ammonium nitrate repeats in many "
         "sets and desiccant and silica-gel labels in several, kept as a repeat of that family; a wet-phone "
         "drying-bead label was found in no earlier row)", firm("Delta GSM Distributie SRL", "RO")),
        ("PRE-06", "import", "IEPOST01", "post", "MY", [], "IE", "380894",
         "Tablet pembasmi kuman ClO2 untuk kotak pensteril UV telefon, 4 x 500 g", "MY", 2.0, 4, 120, "MYR",
         "the chlorine-dioxide tablets sold for phone-sanitising boxes are small, effervescent, yellowish tablets of "
         "a few per cent sodium chlorite that smell of chlorine in water; these four tubs hold loose, white crystals "
         "that do not fizz, have no smell, flare on a match with sugar and whose inner bags read 'NaClO3': sodium "
         "chlorate (Annex I above 40 %), posted from Penang to a private person in Cork; Malay wording (sodium "
         "chlorate repeats in many sets and chlorite and ClO2 labels twice, MMS and technical chlorite; a "
         "phone-steriliser tablet label was found in no earlier row by a keyword search)",
         person("Mr Seán Murphy", "IE")),
        ("PRE-07", "import", "NLAIR01", "air", "TW", [], "NL", "381090",
         "助焊劑稀釋劑 (免洗型), 1公升, 120瓶", "TW", 168, 120, 540, "USD",
         "no-clean flux thinner is an isopropanol blend of 0.79 kg/l that burns with a blue flame; these 120 bottles "
         "weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for an "
         "Eindhoven repair-tool web shop that sells the bottles to the public: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Taoyuan; Chinese wording from Taiwan "
         "(nitric acid repeats in many sets; a flux-thinner label once, on an ozone good; on nitric acid and from "
         "Taiwan is the new part as far as a search found)", firm("Horizon Reparatie Onderdelen BV", "NL")),
        ("PRE-08", "import", "PLSEA01", "sea", "CN", [], "PL", "283421",
         "硝酸钾, 手机钢化膜化学强化用, 25公斤袋, 800袋", "CN", 20000, 800, 9600, "USD",
         "potassium nitrate for the molten-salt baths that chemically strengthen tempered-glass screen protectors "
         "is a white, cooling-tasting salt that melts quietly at 334 °C; these 800 bags hold shiny flakes that crackle "
         "and spit violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a "
         "Łódź 'screen-protector' firm with no glass line that re-bags the salt in 1 kg packs on Allegro: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Tianjin to Gdańsk; "
         "Chinese wording (potassium chlorate repeats in many sets and nitrate labels on it in a few; a "
         "glass-strengthening salt for screen protectors was found in no earlier row by a keyword search)",
         firm("Nordhafen Szkło Ochronne Sp. z o.o.", "PL")),
        ("PRE-09", "import", "PTAIR01", "air", "BD", [], "PT", "281820",
         "ফোন ফ্রেম স্যান্ডব্লাস্টিংয়ের জন্য সাদা অ্যালুমিনা গ্রিট F220, ১ কেজি প্যাকেট, ৪০০টি", "BD", 400, 400, 480, "USD",
         "white fused-alumina grit for sandblasting scuffed aluminium phone frames before re-anodising is a hard, "
         "sharp, heavy grit that scratches glass and never dissolves; these 400 packets hold a soft, white, "
         "hygroscopic powder that dissolves at once, turns damp in the shop air and burns fiercely with sugar, for a "
         "Martim Moniz phone-repair supplier that sells the packets over the counter: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Dhaka to Lisbon; Bengali wording (sodium "
         "perchlorate repeats in many sets; a blasting-grit label once or twice on waste; a phone-frame blasting "
         "medium was found in no earlier row by a keyword search)", firm("Atlantic Telemóveis Peças Lda", "PT")),
        ("PRE-10", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Sıvı temaslı anakartlar için ultrasonik temizleme konsantresi, 5 l bidon, 400 bidon (3 sevkiyattan 1.)", "TR",
         2400, 400, 2000, "EUR",
         "the concentrates phone-repair benches use in ultrasonic baths for water-damaged boards are mild, soapy, "
         "alkaline liquids of about 1.02 kg/l; these 400 cans hold a water-clear liquid of 1.20 kg/l that does not "
         "foam, has vented caps, whitens the skin and fizzes on rust, the first of three vans booked that week each "
         "kept under 2.5 t, for a Sofia phone-parts wholesaler that sells the cans to the public: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Kapitan Andreevo; "
         "Turkish wording (hydrogen peroxide repeats in many sets and jewellers' ultrasonic-cleaner labels twice, "
         "blind55 and blind80, on nitromethane; a phone-board ultrasonic concentrate split over three vans was found "
         "in no earlier row)", firm("Orion GSM Chasti EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "HK", "850760",
         "Vervangende smartphone-accu's, OEM-kwaliteit, nieuw, 18.000 stuks", "NL", 900, 18000, 9000, "EUR",
         "new replacement phone batteries come flat, sealed in anti-static bags with date codes and a part number "
         "per model; these gaylords hold cells pulled from trade-in phones at a Dutch buy-back firm's grading line, "
         "swollen, dented or punctured, with the pull-tab adhesive and flex still attached, at 0 V and of every "
         "model, at 0.50 EUR each: waste lithium-ion batteries (hazardous, and e-waste under the Basel amendments), "
         "whose export to a non-OECD country is banned, from Rotterdam to Hong Kong; Dutch wording (lithium "
         "batteries and swollen cells repeat in many sets, kept as a repeat of the good; a replacement-battery "
         "label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "GH", "854442",
         "USB-C-Ladekabel, neu, 1 m, 120.000 Stück", "DE", 6000, 120000, 12000, "EUR",
         "new charging cables come coiled, banded and in retail bags, all of one kind; these gaylords hold a "
         "tangle of cut, dirty leads of every kind, returned chargers, old PVC mains flexes and lamp cords with "
         "broken plugs, from a Hamburg accessories returns centre and electronics collection points, bought by a "
         "Tema yard that burns cable for its copper: waste plastic-insulated cable with lead-stabilised PVC (A1190) "
         "and e-waste, whose export to a non-OECD country is banned; German wording (cable scrap repeats in several "
         "sets under telephone- and copper-cable labels; a charging-cable label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "BJ", "392690",
         "Gsm-hoesjes en screenprotectors, nieuw, 40.000 stuks", "BE", 2000, 40000, 8000, "EUR",
         "a phone-accessories container for Cotonou: cases, screen protectors and chargers are what Antwerp "
         "wholesalers ship to the Dantokpa market's stalls, but the third item's 'gereviseerde smartphones graad A' "
         "are 6,000 dead handsets from Belgian collection boxes, cracked, bent and with swollen batteries, at "
         "0.80 EUR each with no IMEI list or test report: waste electrical equipment (A1180) whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Flemish wording (dead "
         "phones as e-waste repeat in many sets and a phone-case cover once, blind116; kept as a repeat of the good, "
         "behind an accessories container to Benin is the new part as far as a search found)",
         dict({"importer_country": "BJ"},
              _more_items=[item("850440", "Gsm-laders, USB, nieuw, 10.000 stuks", "BE", 1000, 6000, "EUR", qty=10000),
                           item("851713", "Gereviseerde smartphones graad A, 6.000 stuks", "BE", 1100, 4800, "EUR", qty=6000)])),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "290512",
         "Izopropil-alkohol, műszaki, ipari tisztításhoz, IBC 1000 l, 20 db", "HU", 16000, 20, 4000, "EUR",
         "technical isopropanol is water-clear, 0.79 kg/l and comes with a maker's certificate; these 20 IBCs "
         "hold a yellow-brown, cloudy, two-layer liquid that smells of solvent and glue, with black sludge of OCA "
         "adhesive, flux and polariser shreds at the bottom, drained from the separating and cleaning lines of a "
         "Budapest screen-refurbishing plant: spent organic solvents (14 06 03*), hazardous waste whose export to a "
         "non-OECD country is banned, on a tanker lorry at Röszke for a Novi Sad 'paint maker'; Hungarian wording "
         "(spent solvents repeat in many sets and a recovered-isopropanol label once; kept as a repeat, from a "
         "screen-refurbishing line to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "TZ", "850750",
         "Nya uppladdningsbara batterier AAA, NiMH, 800 mAh, 30.000 st.", "SE", 450, 30000, 3000, "EUR",
         "new AAA cells are shrink-wrapped in retail blisters and read 1.2 V with a date code; these cartons hold "
         "three-cell packs cut out of old DECT cordless phones and baby monitors that a Swedish telecom retailer "
         "took back, with leads soldered on, white crust at the terminals and 'Ni-Cd' printed on most: waste "
         "nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, from "
         "Gothenburg to Dar es Salaam; Swedish wording (NiCd batteries repeat in many sets; cordless-phone packs "
         "were found in no earlier row by a keyword search)", {"importer_country": "TZ"}),
        ("WST-06", "export", "IEAIR01", "air", "IE", [], "PK", "392690",
         "Silicone watch straps, assorted, for smartwatches, 1.5 t", "IE", 1500, None, 1200, "EUR",
         "silicone watch straps are light, flat loops in polybags, a few grams each; these cartons hold whole "
         "smartwatches and fitness bands collected by a Dublin buy-back firm, cracked, dead and with swollen cells "
         "behind the glass, the straps still on, bought by weight by a Karachi dismantler: waste electrical "
         "equipment with lithium batteries (e-waste, A1180 and hazardous), whose export to a non-OECD country is "
         "banned; Irish English wording (smartwatches repeat twice, blind98 and blind228, and watch-strap labels in "
         "several rows on other goods; a watch-strap label on e-waste was found in no earlier row)", {"importer_country": "PK"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "AL", "340290",
         "Detergente acido concentrato per caseifici (CIP), cisternette, 22 t", "IT", 22000, 22, 1100, "EUR",
         "an acid CIP cleaner for dairies is a clear, colourless phosphoric-nitric blend with a wetting agent and a "
         "data sheet; these IBCs hold a murky, green-brown, strongly acid liquid with black sediment that reads "
         "nickel, tin and dye, drained from the stripping and anodising tanks of a Padua refurbisher that strips "
         "and re-colours aluminium phone frames: spent acid anodising and stripping baths (11 01 05*, 11 01 98*), "
         "hazardous waste whose export to a non-OECD country is banned, from Ancona to Durrës for a 'dairy "
         "supplier'; Italian wording (spent anodising baths repeat once, blind40, under an aluminium-sulphate label, "
         "kept as a repeat of the good; an acid milking-plant cleaner label once, blind87, on a precursor; on a frame "
         "refurbisher's baths as waste is the new part)", {"importer_country": "AL"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", [], "UA", "391590",
         "Regranulat ABS/PC z obudów telefonów, czysty, 22 t", "PL", 22000, None, 4400, "EUR",
         "clean ABS/PC regrind from phone housings is sorted, washed, one-colour granules; these bags hold a "
         "shredded mix of whole phones, routers and chargers with board fragments, battery foil, glass and "
         "brominated plastics, the light fraction of a Wrocław buy-back firm's shredder: mixed e-waste fractions "
         "(16 02 15*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lviv "
         "'moulder'; Polish wording (regrind labels and BFR plastics repeat in many sets; a phone-housing regrind "
         "label with a shredder's light fraction is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "CI", "940360",
         "Meubles présentoirs de boutique de téléphonie, d'occasion, 40 pièces", "FR", 6000, 40, 4000, "EUR",
         "used shop fittings are wooden or glass counters and wall bays, empty and dismantled; these 40 'display "
         "units' from a closing phone chain are full: each counter's drawers and base are packed with demo phones, "
         "security-tag alarms, dead tablets, UPS batteries and fluorescent light boxes, over 3 t of e-waste in all: "
         "waste electrical equipment with lead-acid and lithium batteries and lamps (A1180, 16 06 01*, 20 01 21*), "
         "hazardous waste whose export to a non-OECD country is banned, from Le Havre to Abidjan; French wording "
         "(e-waste loaded inside used goods repeats in many sets and inside shop fittings once, blind200, a duty-free "
         "refit; a phone chain's display furniture is the new part as far as a search found)", {"importer_country": "CI"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "261900",
         "Σκωρία χαλυβουργίας, κοκκώδης, για οδοποιία, 30 t", "GR", 30000, None, 900, "EUR",
         "granulated steel slag for road bases is a grey, glassy, coarse sand of about 1.6 t/m3; these bags hold "
         "a fine, brown-black, dusty powder that smears the fingers and reads 25 % zinc and 3 % lead, cleaned out of "
         "the bag filters of an Athens electric-arc furnace: EAF dust (10 02 07*), hazardous waste whose export to a "
         "non-OECD country is banned, from Piraeus to Alexandria; Greek wording (EAF dust and zinc-bearing dusts "
         "repeat in several sets; a steel-slag road-base label from Greece to Egypt is the new part as far as a "
         "search found)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "IN", [], "PL", "381400",
         "रिफर्बिश्ड फोनसाठी स्टिकर व गोंद काढणारे द्रव, 1 लिटर, 60 बाटल्या", "IN", 96, 60, 300, "USD",
         "the label and glue removers refurbishers use on trade-in phones are citrus or naphtha blends of 0.78-0.85 "
         "kg/l that smell of orange or petrol and burn; these 60 bottles weigh 1.59 kg/l, do not burn, smell sweet "
         "like chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is "
         "banned, flown from Mumbai to Poznań for a phone refurbisher; Marathi wording (carbon tetrachloride repeats "
         "in many sets and sticker- and label-remover covers in a few, blind133 among them; kept as a repeat of the "
         "label, a phone refurbisher's sticker remover from India is the new part)", firm("Central Refurb Sp. z o.o.", "PL")),
        ("OZN-02", "import", "FRAIR01", "air", "CN", [], "FR", "381400",
         "手机电池易拉胶去除剂, 250毫升 x 400瓶", "CN", 199, 400, 600, "USD",
         "the battery-adhesive releasers repair shops drip under phone batteries are isopropanol blends of 0.79 kg/l "
         "that burn; these 400 bottles weigh 1.99 kg/l, do not burn, smell sweet, sink under water in a test tube "
         "and the filler's inner labels read 'CH2BrCl': bromochloromethane, a controlled substance whose import into "
         "the Union is banned outside licensed feedstock and laboratory uses, flown from Guangzhou to Marseille for "
         "a repair-parts wholesaler; Chinese wording (bromochloromethane repeats in many sets; a battery-adhesive "
         "remover label was found in no earlier row by a keyword search)", firm("Rivage Pièces Mobiles SARL", "FR")),
        ("OZN-03", "import", "ESSEA01", "sea", "VN", [], "ES", "842410",
         "Bình chữa cháy tự động cho tủ sạc điện thoại (HFC-227ea), 300 bình", "VN", 900, 300, 4500, "USD",
         "the automatic suppression bottles fitted in phone-charging lockers for shopping centres hold HFC-227ea or "
         "an aerosol at modest pressure, with a certificate; these 300 bottles are stamped '1301' under the sticker, "
         "read 42 bar, and a drop of the contents boils off at once with no residue: halon 1301 "
         "(bromotrifluoromethane) in fire-protection products whose import into the Union is banned, by sea from "
         "Hai Phong to Valencia for a charging-locker installer; Vietnamese wording (halon 1301 and FM-200 labels "
         "repeat in many sets, kept as a repeat of the label; a phone-charging-locker bottle was found in no earlier "
         "row by a keyword search)", firm("Atlantic Taquillas de Carga SL", "ES")),
        ("OZN-04", "import", "ITAIR01", "air", "BD", [], "IT", "842410",
         "মোবাইল মেরামত টেবিলের জন্য লিথিয়াম ব্যাটারি অগ্নি নির্বাপক, ১ কেজি, ২৪০টি", "BD", 360, 240, 1800, "USD",
         "the small lithium-battery extinguishers sold for repair benches hold a water-based vermiculite dispersion "
         "of about 1.1 kg/l that sloshes; these 240 red cans hiss, spray a liquid that vanishes into a sweet gas and "
         "the valve collars read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, flown from Dhaka to Rome for a "
         "Torpignattara repair-supply wholesaler; Bengali wording (halon 1211 repeats in many sets and AVD and "
         "lithium-battery labels in two, blind115 and blind123; kept as a repeat of the label, a repair-bench "
         "extinguisher from Bangladesh is the new part)", firm("Meridian Ricambi Cellulari Srl", "IT")),
        ("OZN-05", "import", "SKAIR01", "air", "JP", [], "SK", "381400",
         "LOCA（液状光学透明接着剤）除去クリーナー, 1 L x 24本", "JP", 29.8, 24, 48000, "JPY",
         "the cleaners display refurbishers use to wipe cured LOCA adhesive off glass are limonene or ester solvents "
         "of 0.85 kg/l that smell of orange and burn; these 24 bottles weigh 1.24 kg/l, boil in the warm hand at "
         "32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into "
         "the Union is banned, flown from Osaka to Bratislava for a display-refurbishing workshop; Japanese wording "
         "(HCFC-141b under solvent labels repeats in many sets; a LOCA-cleaner label was found in no earlier row by "
         "a keyword search)", firm("Orion Displej Servis s.r.o.", "SK")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290219",
         "d-Limonen, citrusni terpenski čistač, 60 bačava", "CN", 18700, 60, 12000, "USD",
         "d-limonene is an orange-smelling, flammable terpene of 0.84 kg/l; these 60 drums weigh 1.56 kg/l, their "
         "contents do not burn and smell faintly of chloroform, and the drum heads are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Koper in transit from Ningbo to a Belgrade 'cleaning chemicals' firm that supplies phone-repair "
         "shops; Serbian wording (CFC-113 repeats in many sets and d-limonene labels on ozone goods in a few, "
         "blind63 and blind133; kept as a repeat, a transit through Koper is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-07", "import", "CYSEA01", "sea", "LB", [], "CY", "271112",
         "غاز بوتان لولاعات الطبخ، عبوات 190 غ، 4,800 عبوة", "LB", 910, 4800, 1900, "USD",
         "camping butane cartridges hold a light liquid of 0.58 kg/l at 2 bar and light at once; these 4,800 "
         "cartridges weigh twice what butane allows, do not light at the valve, smell faintly sweet, and the "
         "crate holds applicator probes for soil: methyl bromide, whose import into the Union is banned (no "
         "quarantine exemption remains), by sea from Beirut to Limassol for a greenhouse supplier; Lebanese Arabic "
         "wording (methyl bromide repeats in many sets and camping-cartridge covers on ozone goods in several, blind68, "
         "blind141, blind158, blind166, kept as a repeat; from Lebanon to Cyprus is the new part as far as a search "
         "found)", firm("Delta Agro Supplies Ltd", "CY")),
        ("OZN-08", "import", "LTROAD01", "road", "BY", [], "LT", "382769",
         "Хладагент R-454B (ГФО-смесь), баллоны 10 кг, 120 шт.", "BY", 1200, 120, 9000, "EUR",
         "R-454B is a mildly flammable HFO blend in refillable red-band cylinders with a certificate; these 120 "
         "disposable cylinders read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old "
         "Chinese stamps: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at "
         "Medininkai for a Vilnius air-conditioning workshop; Russian wording from Belarus (HCFC-22 under HFC and HFO "
         "labels repeats in many sets and an R-454B label in several; kept as a repeat, from Belarus by road is the "
         "new part as far as a search found)", firm("Vega Klimatas UAB", "LT")),
        ("OZN-09", "export", "DKSEA01", "sea", "DK", [], "NG", "841869",
         "Brugte køleskabe til mobilbutikkers drikkevaresalg, 90 stk.", "DK", 5400, 90, 4500, "EUR",
         "a phone-shop chain's old drinks coolers for sale in Lagos: glass-door coolers on R-290 or R-600a are what "
         "may be exported, but these 90 are 1990s counters with R-12 compressors and CFC-11-blown cabinet foam, "
         "their plates still reading 'R12': equipment relying on and containing CFCs, whose export from the Union "
         "is banned (Regulation 2024/590), from Aarhus to Lagos; Danish wording (CFC equipment for export and "
         "beverage coolers repeat in many sets; kept as a repeat, a phone chain's coolers are the new part as far as "
         "a search found)", {"importer_country": "NG"}),
        ("OZN-10", "import", "EEAIR01", "express", "KZ", [], "EE", "851310",
         "Телефон жөндеуге арналған қайта зарядталатын шамдар, 30 дана", "KZ", 9, 30, 150, "USD",
         "an express parcel for a Tallinn phone-repair shop: rechargeable lamps are what the Almaty supplier sends, "
         "but the second item's 'сығылған ауа баллондары' are six 1 kg aerosol cans of freeze spray for finding "
         "short circuits on phone boards that hold CFC-12 (dichlorodifluoromethane), stamped 'Ф-12' under the "
         "sticker, whose import into the Union is banned, hidden as the second item of a two-item declaration; "
         "Kazakh wording (CFC-12 repeats in many sets and freeze-spray labels in several, kept as a repeat; a "
         "compressed-air label behind phone lamps from Kazakhstan is the new part as far as a search found)",
         dict(firm("Nordhafen Telefoniremont OÜ", "EE"),
              _more_items=[item("285390", "Сығылған ауа баллондары, 6 дана", "KZ", 6, 30, "USD", qty=6)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "711810",
         "Telefon tutucu (pop soket) için dekoratif metal paralar, 120 adet", "TR", 0.6, 120, 30, "EUR",
         "the decorative coins set into resin phone grips are new, stamped brass tokens, all alike; these 120 are "
         "struck, worn bronze and silver coins of Roman provincial, Seleucid and Byzantine mints, each different, "
         "with green earth still in the letters: archaeological coins dug in Anatolia, whose export Türkiye forbids, "
         "brought in without the import licence Regulation 2019/880 requires, posted from Izmir to a private maker "
         "of phone grips in Stuttgart; Turkish wording (ancient coins repeat in many sets; a phone-grip insert label "
         "was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-02", "import", "NLAIR01", "express", "PK", [], "NL", "711790",
         "موبائل فون لینیارڈ کے لیے عقیق کے موتی، 300 عدد", "PK", 0.9, 300, 60, "USD",
         "carnelian beads for phone lanyards are bright, machine-polished and drilled straight through; these 300 "
         "are long, barrel-shaped, weathered beads with white alkali-etched eyes and lines, bored from both ends so "
         "the holes meet off-centre: Indus and Bactrian etched carnelian beads (3rd-1st millennium BC) dug in "
         "Baluchistan, archaeological objects whose export Pakistan forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Lahore to a private buyer in Delft; Urdu wording (carnelian "
         "repeats in several sets and lanyard labels twice, blind177 and blind199, on other goods; a phone-lanyard "
         "bead label was found in no earlier row)", person("M. Bakker", "NL")),
        ("CUL-03", "import", "PLPOST01", "post", "UA", [], "PL", "830890",
         "Застібки латунні для ремінців телефону, під старовину, 40 шт.", "UA", 0.8, 40, 400, "UAH",
         "antique-style lanyard clips are new cast brass with a steel spring and a bright finish; these 40 are "
         "corroded, green-patinated bronze brooches with bow, spring and catch-plate, some enamelled, no two alike: "
         "Roman and Sarmatian fibulae (1st-4th century) dug by detectorists in southern Ukraine, archaeological "
         "objects that Ukraine forbids to export, brought in without an import licence (Regulation 2019/880), posted "
         "from Odesa to a private person in Rzeszów; Ukrainian wording (fibulae repeat in many sets; a "
         "phone-lanyard-clip label was found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-04", "import", "FRAIR01", "air", "NP", [], "FR", "442199",
         "पुरानो काठको मोबाइल स्ट्यान्ड, हस्तकला, ६०० थान", "NP", 240, 600, 1800, "USD",
         "a Kathmandu handicraft air shipment for a Paris phone-accessory shop: carved recycled-wood phone stands "
         "and felt pouches are what Thamel exporters send, but the third item's 'पुरानो झ्याल, सजावटी' is a "
         "carved, blackened strut from a Newar temple roof with a yakshi figure, tenon holes and old mud on the "
         "back, sawn from a Patan shrine: a religious object removed from Nepal against its Ancient Monument "
         "Preservation Act, whose import Regulation 2019/880 (Article 3(1)) forbids, hidden as the last item of a "
         "three-item declaration; Nepali wording (Newar temple struts repeat in several sets; behind phone stands is "
         "the new part as far as a search found)",
         dict(firm("Horizon Accessoires Mobiles SARL", "FR"),
              _more_items=[item("420292", "फेल्टका मोबाइल खोल, १,००० थान", "NP", 100, 900, "USD", qty=1000),
                           item("442199", "पुरानो झ्याल, सजावटी, १ थान", "NP", 35, 60, "USD", qty=1)])),
        ("CUL-05", "import", "ITAIR01", "air", "OM", [], "IT", "680291",
         "حوامل عرض للهواتف من المرمر اليمني، 4 قطع", "YE", 14, 4, 200, "USD",
         "alabaster phone-display stands are new, polished, translucent blocks with a slot; these four are "
         "weathered, yellowed alabaster heads and a stela with inlaid eye sockets and a South Arabian (musnad) "
         "inscription, with soil in the cracks: Qatabanian and Himyarite funerary objects looted in Yemen, sent via "
         "Muscat to a Yemeni-owned Milan phone shop, brought in without an import licence (Regulation 2019/880) and "
         "against Yemen's export ban; Yemeni Arabic wording (South Arabian alabasters repeat in several sets, kept "
         "as a repeat of the good; a phone-display-stand label was found in no earlier row by a keyword search)",
         firm("Meridian Telefonia Srl", "IT")),
        ("CUL-06", "import", "GRROAD01", "road", "MK", [], "GR", "830890",
         "Метални украсни копчиња за кожни футроли за телефони, 500 парчиња", "MK", 6, 500, 100, "EUR",
         "decorative studs for leather phone wallets are pressed, plated discs on a screw post; these 500 are "
         "grey, heavy, pierced lead discs struck on both faces with saints, monograms and Greek legends, dug by "
         "detectorists: Byzantine lead seals (molybdoboulla, 6th-12th century), archaeological objects whose export "
         "North Macedonia forbids, brought in without an import licence (Regulation 2019/880), in a van at "
         "Evzonoi for a Thessaloniki leather-goods maker; Macedonian wording (lead seals repeat in several sets; a "
         "phone-wallet stud label was found in no earlier row by a keyword search)",
         firm("Orion Dermatina AE", "GR")),
        ("CUL-07", "export", "SEAIR01", "air", "SE", [], "US", "920600",
         "Trumma, reproduktion i samisk stil, renskinn, 1 st.", "SE", 3, 1, 400, "SEK",
         "a reproduction Sámi-style drum is new birch and reindeer hide painted with bright figures; this one has "
         "a bowl-shaped frame carved from one burl, a hide browned and cracked with age, alder-bark red figures "
         "faded to brown and a museum-style number inked on the frame: a 17th-18th century Sámi noaidi drum, a "
         "cultural good of the national heritage whose export Sweden forbids without a permit, exported without the "
         "EU export licence of Regulation 116/2009, flown from Stockholm to a New York dealer; Swedish wording (Sámi "
         "objects repeat in several sets; a reproduction-drum label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-08", "transit", "DEAIR01", "air", "AF", ["DE"], "US", "140490",
         "Dried birch bark for craft, pieces, 2 kg", "AF", 2, None, 40, "USD",
         "craft birch bark is white, fresh and flexible; these 2 kg are brittle, brown, layered fragments written "
         "in ink in Kharoṣṭhī and Brāhmī script, some with Buddha figures, packed between glass: Gandhāran Buddhist "
         "manuscripts (1st-5th century) looted from caves in Afghanistan, whose export Afghanistan forbids, landed "
         "at Frankfurt in transit to a Los Angeles dealer, against Regulation 2019/880 (Article 3(1)), which covers "
         "transit; English wording (birch-bark manuscripts repeat in several sets, kept as a repeat; a craft-bark "
         "label on a transit through Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "ATAIR01", "air", "IR", [], "AT", "490199",
         "تقویم‌های چاپی قدیمی، صفحات جداشده، ۳۰ برگ", "IR", 1.2, 30, 60, "EUR",
         "old printed calendar pages are machine-printed paper; these 30 are vellum leaves written in Armenian "
         "bolorgir script with gold and lapis canon tables and evangelist portraits, cut from a Gospel book of the "
         "New Julfa scriptorium (17th century): manuscript leaves removed from Iran against its export ban, brought "
         "in without the importer statement Regulation 2019/880 requires, flown from Tehran to Vienna for a dealer; "
         "Persian wording (Armenian manuscripts repeat in several sets and calendar-leaf labels on manuscript "
         "leaves twice, blind69 and blind86; kept as a repeat, from Iran by air to Vienna is the new part)", firm("Alpina Antiquariat GmbH", "AT")),
        ("CUL-10", "export", "PLSEA01", "sea", "PL", [], "US", "970191",
         "Obraz, kopia portretu szlacheckiego, olej na blasze, 1 szt.", "PL", 4, 1, 300, "EUR",
         "a copy of a noble portrait is a new oil on board or canvas; this is a hexagonal portrait on tin-plated "
         "copper with pierced nail holes at the corners, craquelure and a Latin inscription with the sitter's age "
         "at death: a 17th-century Polish coffin portrait, a monument over 100 years old exported without the EU "
         "export licence (Regulation 116/2009) and the Polish permanent-export permit, by sea from Gdynia to a "
         "Chicago collector; Polish wording (coffin portraits once, blind171, kept as a repeat of the good; a "
         "copy label to the United States is the new part as far as a search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KZ", "854232",
         "Mikroschemos telefonų remontui (eMMC, PMIC), rinkinys, 20 000 vnt.", "LT", 40, 20000, 8000, "EUR",
         "phone-repair ICs are pulled or reballed eMMC and power chips in mixed trays at a few euros each; these "
         "reels hold 20,000 new, sealed automotive-grade microcontrollers, DDR memories and FPGAs with 2069 date "
         "codes and distributor labels, worth twenty times the declared value, for an Almaty 'phone-parts' firm "
         "set up in January whose freight goes on to Yekaterinburg: integrated circuits (8542 31, 8542 32), on the "
         "common high-priority list whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Vilnius; Lithuanian wording (ICs and FPGAs repeat in many sets; a "
         "phone-repair eMMC label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "EEAIR01", "air", "EE", [], "UZ", "851779",
         "Telefoni varuosad: painduvad kaablid (flex), 30 000 tk", "EE", 120, 30000, 6000, "EUR",
         "phone flex cables are thin amber ribbons with a connector at each end, a few grams and cents each; these "
         "bags hold shielded LTE and Wi-Fi radio modules with u.FL antenna sockets and industrial-grade GNSS chips, "
         "no flex among them, for a Tashkent 'phone-repair wholesaler' whose forwarder's address is a Moscow drone "
         "integrator's: radio modules (8517 62) and GNSS receivers (8526 91) on the common high-priority list, whose "
         "re-export to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (LTE modules once, "
         "blind124, and GNSS modules in several sets; a phone-flex-cable label was found in no earlier row)",
         {"importer_country": "UZ"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "851713",
         "Generalüberholte Android-Smartphones, Grade A, 120 Stück", "DE", 30, 120, 6000, "EUR",
         "grade-A refurbished phones are consumer handsets in plain boxes with an IMEI list at 50-300 EUR; these "
         "120 are hardened handsets with a custom operating system, hardware kill switches and a government "
         "key-management card, sold by their Munich maker only to state customers at 2,500 EUR each, for a Dubai "
         "reseller whose orders go on to Tehran: non-mass-market encryption equipment (dual-use 5A002) exported "
         "without the licence Regulation 2021/821 requires, and for an Iranian user; German wording (encrypted "
         "radios repeat in several sets; a refurbished-smartphone label on cryptophones was found in no earlier row "
         "by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "SIROAD01", "road", "SI", ["HR", "RS", "BG"], "TR", "845611",
         "Laserski stroji za odstranjevanje zadnjega stekla telefonov, 4 kos", "SI", 2400, 4, 16000, "EUR",
         "back-glass removal lasers for phone repair are 20-60 W pulsed marking lasers in a desktop cabinet at a "
         "few thousand euros; these four 600 kg crates hold water-cooled 6 kW single-mode continuous-wave fibre "
         "laser sources with process heads, at 150,000 EUR each on the maker's list, for an Istanbul 'repair-tool "
         "trader' that ships to Tehran: lasers controlled under dual-use 6A005 and listed in the Iran regulation, "
         "exported without a licence, on a lorry from Ljubljana; Slovenian wording (fibre lasers repeat in several "
         "sets; a phone back-glass laser label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-05", "import", "NLAIR01", "air", "AE", [], "NL", "340590",
         "معجون تلميع ماسي لشاشات الهواتف، 1 كغ، 200 عبوة", "AE", 200, 200, 8000, "USD",
         "diamond polishing pastes for screen refurbishing are a few per cent of synthetic micron powder in a "
         "grease, sold in syringes; these 200 jars hold dry, grey natural diamond micron powder, 1 kg a jar, worth "
         "a hundred times the declared value, with mill papers from Arkhangelsk in the consignment file and an "
         "Emirati certificate of origin: Russian natural diamond powder (7105 10), whose import into the Union "
         "Regulation 833/2014 forbids, flown from Dubai to Amsterdam for a 'refurbishing-supplies' firm; Emirati "
         "Arabic wording (Russian diamond powder once, for dental burs via Yerevan, kept as a repeat of the good; a "
         "phone-screen polishing-paste label was found in no earlier row)", firm("Atlantic Refurb Supplies BV", "NL")),
        ("STR-06", "export", "SKAIR01", "air", "SK", [], "AM", "900290",
         "Nočné objektívy na mobilné telefóny, nasúvacie, 60 ks", "SK", 36, 60, 1800, "EUR",
         "clip-on night lenses for phones are plastic lenses with an infrared LED at 30 EUR; these 60 are 18 mm "
         "image-intensifier tubes with high-voltage power supplies and autogating, at 4,000 EUR each, in foam with "
         "no clip or lens, for a Yerevan 'phone-accessories' importer whose earlier consignments went on by road to "
         "Russia: image-intensifier tubes (dual-use 6A002), on the list whose export to Russia Regulation 833/2014 "
         "forbids, exported without a licence and for re-export, flown from Bratislava; Slovak wording "
         "(image-intensifier tubes repeat in many sets and clip-on labels in a few, on weapon sights; a phone "
         "night-lens label was found in no earlier row)", {"importer_country": "AM"}),
        ("STR-07", "import", "LVROAD01", "road", "BY", [], "LV", "310420",
         "Kālija hlorīds, mēslojums, izcelsme Kazahstāna, 22 t", "KZ", 22000, None, 6600, "EUR",
         "Kazakh potassium chloride would come by rail with KazPotash papers; this lorry of pink, granular potash "
         "carries Belaruskali bag codes under the new labels, was loaded at Salihorsk and has a Kazakh certificate "
         "of origin issued in Kostanay: Belarusian potash, whose import into the Union Regulation 765/2006 forbids, "
         "at Pāternieki for a Riga fertiliser trader; Latvian wording (Belarusian potash repeats in a few sets and "
         "goods under Kazakh origin in many; kept as a repeat, by road with a Kazakh certificate is the new part as "
         "far as a search found)", firm("Vega Agro SIA", "LV")),
        ("STR-08", "export", "PTSEA01", "sea", "PT", [], "IQ", "382499",
         "Creme para gravação de vidro, artesanato, 40 bidões de 25 kg", "PT", 1000, 40, 3000, "EUR",
         "glass-etching cream for craft is a thick paste in 100 ml jars with a little ammonium bifluoride; these 40 "
         "drums hold dry, white, crystalline potassium bifluoride, 98 %, with the maker's CAS 7789-29-9, for a "
         "Basra 'glass-decorating' firm with no workshop: potassium hydrogen fluoride (dual-use 1C350, a "
         "chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, from Leixões; "
         "Portuguese wording (bifluorides repeat in several sets and etching-cream labels on them in blind12 and "
         "blind209; kept as a repeat, from Portugal to Iraq is the new part as far as a search found)", {"importer_country": "IQ"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "OM", "630622",
         "Mâts de tente en aluminium, pour camping, 2 000 pièces", "BE", 8000, 2000, 12000, "EUR",
         "tent poles are thin, shock-corded 8-10 mm aluminium sections at a few euros; these are 2 m seamless "
         "7075-T6 tubes of 150 mm bore and 6 mm wall, honed inside, at 400 EUR each on the mill's list, for a "
         "Sohar 'outdoor' trader whose shipments go on to Bandar Abbas: aluminium tubes controlled under dual-use "
         "1C202 and listed in the Iran regulation, exported without a licence, from Antwerp; Belgian French wording "
         "(7075 tubes repeat in many sets and a tent-pole label once, blind76; kept as a repeat, via Oman is the new "
         "part as far as a search found)", {"importer_country": "OM"}),
        ("STR-10", "export", "SEAIR01", "air", "SE", [], "MM", "851713",
         "Mobiltelefoner, nya, 400 st.", "SE", 120, 400, 60000, "EUR",
         "a phone wholesaler's air shipment for Yangon: new handsets and chargers are what the Yangon buyer's shops "
         "sell, but the third item's 'signalförstärkare för mobilnät' are two rack cases of multi-band base-station "
         "emulators with IMSI and IMEI capture and a laptop with interception software: telecommunications "
         "monitoring equipment whose sale to Myanmar Regulation 401/2013 forbids (and dual-use 5A001.f), hidden as "
         "the last item of a three-item declaration, flown from Stockholm; Swedish wording (IMSI catchers repeat in "
         "several sets and signal-booster labels in a few; kept as a repeat, behind new phones to Myanmar is the new "
         "part as far as a search found)",
         dict({"importer_country": "MM"},
              _more_items=[item("850440", "Laddare USB-C, 400 st.", "SE", 40, 2000, "EUR", qty=400),
                           item("851762", "Signalförstärkare för mobilnät, 2 st.", "SE", 60, 1200, "EUR", qty=2)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "PE", [], "ES", "420232",
         "Fundas de celular tipo billetera, cuero sintético PU, 800 unidades", "PE", 120, 800, 1600, "USD",
         "PU phone wallets have a smooth, printed, even grain and smell of plastic; these 800 have a real skin "
         "that is rough one way and smooth the other, with fine pores and a grey-blue tint at the edges, tanned from "
         "blue shark caught off Paita: blue shark leather (Prionace glauca, CITES App. II since 2023) without "
         "the Peruvian export permit, flown from Lima to Madrid for a phone-accessory wholesaler; Peruvian Spanish "
         "wording (blue shark repeats in many sets as fins; shark leather under a PU phone-wallet label was found in "
         "no earlier row by a keyword search)", firm("Meridian Fundas Móviles SL", "ES")),
        ("WLF-02", "import", "DEAIR01", "express", "JP", [], "DE", "420232",
         "べっ甲調アセテート スマホケース, 手作り, 20個", "JP", 1.6, 20, 12000, "JPY",
         "tortoise-pattern acetate cases are moulded, even, plasticky and light; these 20 are hand-built of thin, "
         "translucent, layered amber-and-brown plates that smell of burnt hair under a hot needle and show "
         "growth layers at the edges: hawksbill shell (bekko, Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, sent by express from Nagasaki to a private buyer in Hamburg; Japanese wording (hawksbill and "
         "bekko repeat in many sets; a phone-case label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "DEPOST01", "post", "VN", [], "DE", "392690",
         "Ốp lưng điện thoại silicon, 20 cái", "VN", 1.4, 20, 15, "USD",
         "a parcel of silicone phone cases weighs a few hundred grams and is flat; this one is padded, warm and has "
         "air holes, and under 20 cases lie six cloth bags each holding a live, olive-brown lizard with a crested, "
         "crocodile-like tail: Chinese crocodile lizards (Shinisaurus crocodilurus, CITES App. I) without CITES "
         "documents, posted from Hanoi to a private keeper in Leipzig; Vietnamese wording (crocodile lizards "
         "repeat in three sets; a phone-case parcel cover was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-04", "import", "NLSEA01", "sea", "PH", [], "NL", "960190",
         "Mother-of-pearl shell plates for phone-case backs, polished, 4,000 pcs", "PH", 800, 4000, 3200, "USD",
         "mother-of-pearl plates are thin, iridescent slices of pearl oyster or trochus; these 4,000 are thick, "
         "white, opaque, chalky plates with wavy ribs and growth lines on the back, cut from giant clam shells: "
         "Tridacna gigas and T. squamosa (CITES App. II) without CITES documents, by sea from Cebu to Rotterdam for "
         "a phone-case maker; Philippine English wording (giant clam repeats in many sets and mother-of-pearl labels "
         "in a few; a phone-case-back label was found in no earlier row by a keyword search)",
         firm("Horizon Phone Cases BV", "NL")),
        ("WLF-05", "import", "PTSEA01", "sea", "MZ", [], "PT", "442199",
         "Suportes para telemóvel em madeira de eucalipto tingida de preto, 600 unidades", "MZ", 300, 600, 900, "USD",
         "black-stained eucalyptus phone stands are light, pale inside where sawn and float in water; these 600 "
         "are heavy, oily, purple-black right through, sink in water and ring when tapped, each 500 g: African "
         "blackwood (Dalbergia melanoxylon, CITES App. II, more than 10 kg of finished products) without CITES "
         "documents, by sea from Pemba to Lisbon for a phone-accessory shop; Mozambican Portuguese wording "
         "(Dalbergia and blackwood repeat in many sets; a phone-stand label was found in no earlier row by a "
         "keyword search)", firm("Rivage Acessórios Lda", "PT")),
        ("WLF-06", "import", "FRAIR01", "express", "ID", [], "FR", "392690",
         "Casing HP resin bening dengan kupu-kupu kering, 30 buah", "ID", 1.2, 30, 45, "USD",
         "resin phone cases with butterflies use printed film or common farmed butterflies; these 30 hold whole "
         "wings of large green-and-black birdwings, with Ornithoptera croesus and O. priamus wing patterns under the "
         "resin: birdwing butterflies (CITES App. II) without CITES documents, sent by express from Ternate to a "
         "private buyer in Nantes; Indonesian wording (birdwings repeat in several sets; a resin phone-case label "
         "was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-07", "import", "ITSEA01", "sea", "MG", [], "IT", "440929",
         "Lames de parquet en eucalyptus, 1 conteneur", "MG", 21000, None, 9000, "USD",
         "eucalyptus flooring is pale, straight-grained and light; this container holds dense, dark red-violet "
         "strips with a rose scent when cut, sinking in water: Malagasy rosewood (Dalbergia spp., CITES App. II, "
         "under a zero export quota) without CITES documents, by sea from Toamasina to Genoa; Malagasy French "
         "wording (Malagasy rosewood repeats in many sets and eucalyptus labels on rosewoods in a few, blind208 and "
         "blind239; kept as a repeat, flooring strips to Genoa are the new part as far as a search found)", firm("Alpina Parquet Srl", "IT")),
        ("WLF-08", "import", "GRAIR01", "air", "KZ", [], "GR", "050790",
         "Ешкі мүйізі, тазартылған, қолөнер үшін, 40 кг", "KZ", 40, None, 400, "USD",
         "goat horn for crafts is dark, ridged and hollow at the base; these 40 kg are amber-translucent, lyre-shaped "
         "horns with rings on the lower two-thirds, solid at the tip: saiga antelope horns (Saiga tatarica, CITES "
         "App. II, under a zero export quota for wild specimens) without CITES documents, flown from Almaty to "
         "Athens for a traditional-medicine importer; Kazakh wording (saiga horn under goat-horn labels repeats in "
         "many sets, blind9, blind36, blind70, blind84, blind86 among them; kept as a repeat, by air to Greece is the "
         "new part as far as a search found)",
         firm("Delta Vitamins AE", "GR")),
        ("WLF-09", "transit", "BEAIR01", "air", "CM", ["BE"], "CN", "121190",
         "Écorce de quinquina séchée, en vrac, 600 kg", "CM", 600, None, 1800, "USD",
         "cinchona bark is thin, grey-brown, bitter and curls into quills; these sacks hold thick, reddish-brown, "
         "almond-smelling slabs of bark stripped from wild Prunus africana on Mount Cameroon: pygeum bark (CITES "
         "App. II) without a Cameroonian export permit, which specimens in transit through the Union must carry, "
         "landed at Brussels in transit from Douala to Guangzhou; Cameroonian French wording (Prunus africana "
         "repeats in several sets and a cinchona label on it twice, blind74 and blind81; kept as a repeat, a transit "
         "through Brussels is the new part as far as a search found)", {"importer_country": "CN"}),
        ("WLF-10", "import", "CZAIR01", "air", "LK", [], "CZ", "420231",
         "Mobile phone pouches, leather, assorted, 200 pcs", "LK", 40, 200, 600, "USD",
         "a phone-accessories air shipment for a Prague kiosk chain: leather pouches and charging cables are what "
         "the Colombo supplier sends, but the third item's 'handmade reptile-pattern straps' are 300 wrist and "
         "phone straps of real, scaly water-monitor skin with the belly scales in transverse rows: Varanus "
         "salvator (CITES App. II) skin products without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Colombo to Prague; Sri Lankan English wording (Varanus skins repeat in several "
         "sets; reptile-pattern phone straps behind phone pouches are the new part as far as a search found)",
         dict(firm("Orion Mobil Doplňky s.r.o.", "CZ"),
              _more_items=[item("854442", "USB charging cables, 1,000 pcs", "LK", 60, 800, "USD", qty=1000),
                           item("420500", "Handmade reptile-pattern straps, 300 pcs", "LK", 9, 150, "USD", qty=300)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SIAIR01", "air", "CN", "SI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (restoring yellowed plastic cases)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "SI-MNZ-70-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "BD", "PT", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (amateur electrochemistry)", "BD", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-70-0117")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854919",
     "Waste lithium-ion batteries from trade-in phones, discharged, for recycling at a licensed plant, 8 t", "NO", 8000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-70-0093")], "notified waste phone batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent acid anodising and stripping baths (11 01 05*), for treatment at a licensed plant, 20 t", "CH", 20000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-70-0312")], "notified spent baths to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-70-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for critical use in aircraft fire protection", "US", 900, 20,
     18000, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-70-004")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "PLSEA01", "sea", "PL", "US", "970191",
     "Coffin portrait of a nobleman, oil on tin-plated copper, Greater Poland, c. 1660, loan to a US museum", "PL", 4,
     1, 90000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDN-EXP-70-0058")],
     "portrait exported with the EU export licence and the Polish permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Roman bronze fibulae, 12, documented German collection since 1931, sold at auction", "DE", 0.5, 12, 6000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-70-0207")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SIROAD01", "road", "SI", "TR", "845611",
     "6 kW single-mode fibre laser source with process head, 1 unit, for a Turkish shipyard's cutting line", "SI", 600,
     1, 150000, "EUR", [("EXPORT_LICENCE", "SI-MGTS-70-0023"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-70-0141")],
     "dual-use fibre laser under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SKAIR01", "air", "SK", "NO", "854089",
     "Image-intensifier tubes 18 mm, 40 units, for a Norwegian police equipment supplier", "SK", 24, 40, 160000,
     "EUR", [("EXPORT_LICENCE", "SK-MH-70-0077"), ("END_USER_CERTIFICATE", "NO-POD-EUC-70-0019")],
     "dual-use image-intensifier tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "PE", "ES", "420231",
     "Blue shark leather phone wallets (Prionace glauca), 400 units", "PE", 60, 400, 9600, "USD",
     [("CITES_PERMIT", "PE-PRODUCE-70-0308")], "App. II shark leather with its export permit"),
    ("PRM-12", "wildlife", "import", "PTSEA01", "sea", "MZ", "PT", "442199",
     "African blackwood phone stands (Dalbergia melanoxylon), 300 units", "MZ", 150, 300, 2400, "USD",
     [("CITES_PERMIT", "MZ-ANAC-70-0072")], "App. II blackwood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna oseba", "PRM-02": "Particular", "PRM-05": "Central Laboratorium Sp. z o.o.",
    "PRM-06": "Atlantic Aero Mantenimiento SL", "PRM-11": "Meridian Fundas Móviles SL", "PRM-12": "Rivage Acessórios Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # phone wholesalers, repair shops, refurbishers and accessory importers
    ("340290", "Clear phone-case yellowing remover gel, 30 ml tubes", "import", ["post"], ["CN", "HK"], (20, 40), (1, 3), ["USD", "EUR"], 20, S),
    ("320890", "Liquid screen protector kits, 5 ml vials with wipes", "import", ["express"], ["IN", "CN"], (60, 120), (1, 3), ["USD"], 30, S),
    ("271019", "Vacuum-pump oil for OCA laminators, mineral, 1 l", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 1.1, S),
    ("284610", "Cerium-oxide polishing powder for glass, 1 kg", "import", ["air"], ["KR", "CN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("281122", "Silica-gel desiccant beads, orange indicating, 25 kg sacks", "import", ["sea"], ["CN", "GE"], (1, 2), (6000, 14000), ["USD"], 0.04, S),
    ("380894", "Chlorine-dioxide effervescent tablets, 1 g, tubs of 100", "import", ["post"], ["MY", "CN"], (15, 30), (1, 3), ["USD"], 10, S),
    ("381090", "No-clean flux thinner, isopropanol-based, 1 l", "import", ["air"], ["TW", "CN"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("283421", "Potassium nitrate for chemical glass strengthening, 25 kg bags", "import", ["sea"], ["CN", "CL"], (0.8, 1.4), (10000, 22000), ["USD"], 0.04, S),
    ("281820", "White fused-alumina blasting grit F220, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (5000, 15000), ["USD"], 0.04, S),
    ("340290", "Ultrasonic cleaning concentrate for circuit boards, 5 l", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("850760", "Replacement phone batteries, lithium-ion, new, boxed", "import", ["air"], ["CN", "HK"], (30, 60), (100, 500), ["USD"], 20, S),
    ("854442", "USB-C charging cables, 1 m, new, retail packs", "import", ["sea"], ["CN", "VN"], (6, 12), (2000, 6000), ["USD"], 25, S),
    ("392690", "Phone cases and screen protectors, new", "import", ["sea"], ["CN", "VN"], (5, 10), (2000, 6000), ["USD"], 30, S),
    ("290512", "Isopropyl alcohol, technical, 1,000 l IBCs", "export", ["road"], ["RS", "UA"], (1.2, 2), (10000, 18000), ["EUR"], None, S),
    ("850750", "NiMH rechargeable AAA batteries, new, blister packs", "import", ["sea"], ["CN", "JP"], (8, 14), (1000, 4000), ["USD"], 60, S),
    ("392690", "Silicone smartwatch straps, new", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 30, S),
    ("283322", "Aluminium sulphate solution for water treatment, IBCs", "export", ["sea"], ["AL", "TN"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("390330", "ABS granules, virgin, natural", "export", ["road"], ["UA", "RS"], (1.4, 2), (18000, 24000), ["EUR"], None, S),
    ("940360", "Phone-shop display counters, new, wooden", "export", ["sea"], ["CI", "SN"], (6, 10), (2000, 6000), ["EUR"], 0.01, S),
    ("381400", "Citrus label and adhesive remover, 1 l", "import", ["air"], ["IN", "US"], (4, 8), (100, 500), ["USD"], 1.1, S),
    ("381400", "Battery adhesive remover, isopropanol-based, 250 ml", "import", ["express"], ["CN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("842410", "Condensed-aerosol fire-suppression units for charging lockers", "import", ["sea"], ["VN", "CN"], (8, 14), (500, 2000), ["USD"], 0.5, S),
    ("842410", "AVD lithium-battery fire extinguishers, 1 l", "import", ["air"], ["GB", "BD"], (8, 15), (200, 600), ["USD", "GBP"], 0.6, S),
    ("381400", "LOCA adhesive cleaner, limonene-based, 1 l", "import", ["air"], ["JP", "KR"], (10, 20), (50, 200), ["USD"], 1.1, S),
    ("290219", "d-Limonene, technical, drums", "import", ["sea"], ["BR", "US"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("271112", "Butane camping cartridges, 190 g", "import", ["sea"], ["KR", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 4, S),
    ("851310", "Rechargeable LED work lamps for repair benches", "import", ["post", "express"], ["CN", "KZ"], (30, 60), (1, 3), ["USD"], 3, S),
    ("711810", "Brass tokens for phone-grip inserts, new", "import", ["post"], ["TR", "CN"], (20, 40), (1, 2), ["EUR"], 200, S),
    ("711790", "Carnelian beads, new, machine-polished", "import", ["express"], ["IN", "PK"], (40, 80), (1, 2), ["USD"], 300, S),
    ("830890", "Brass lanyard clips, new, antique finish", "import", ["post"], ["UA", "CN"], (20, 40), (1, 3), ["EUR", "USD"], 50, S),
    ("442199", "Carved recycled-wood phone stands, new", "import", ["air"], ["NP", "IN"], (5, 10), (100, 400), ["USD"], 2.5, S),
    ("680291", "Alabaster display stands, new, polished", "import", ["sea"], ["EG", "OM"], (2, 4), (1000, 3000), ["USD"], 0.3, S),
    ("830890", "Plated metal studs for leather goods", "import", ["road"], ["MK", "TR"], (6, 12), (500, 2000), ["EUR"], 100, S),
    ("920600", "Reproduction Sámi-style frame drums, new", "export", ["post"], ["US", "NO"], (60, 120), (1, 3), ["EUR"], 0.5, S),
    ("854232", "eMMC memory ICs, new, reels, for repair distributors", "import", ["air"], ["TW", "KR"], (300, 600), (20, 100), ["USD"], None, S),
    ("851713", "Refurbished smartphones, grade A, with IMEI list", "import", ["air"], ["HK", "AE"], (300, 500), (50, 300), ["USD"], 5, S),
    ("845611", "Back-glass removal laser machines, 50 W, desktop", "import", ["air"], ["CN"], (30, 60), (200, 800), ["USD"], 0.02, S),
    ("900290", "Clip-on phone camera lenses, plastic", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 20, S),
    ("420232", "PU phone wallets, new", "import", ["sea"], ["CN", "PE"], (8, 14), (2000, 6000), ["USD"], 5, S),
    ("420232", "Acetate tortoise-pattern phone cases", "import", ["express"], ["JP", "CN"], (40, 80), (1, 3), ["USD"], 15, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Glazed stoneware butter dishes", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 1.5, N),
        ("701090", "Glass jam jars with twist lids, empty", "import", ["sea"], ["TR", "CN"], (0.8, 1.4), (10000, 20000), ["USD", "EUR"], 5, N),
        ("630790", "Jute plant-pot covers, hessian", "import", ["sea"], ["BD", "IN"], (2, 4), (2000, 6000), ["USD"], 6, N),
        ("482090", "Paper recipe cards, boxed sets", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind264", 20700301, HERE)


if __name__ == "__main__":
    main()
