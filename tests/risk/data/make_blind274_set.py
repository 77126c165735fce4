#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-fourth blind set (tests/risk/data/blind274-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: used clothing, textile recycling
and rag sorting (collectors and their clothing banks, sorting plants and graders, used-clothing
exporters and importers, rag merchants and wiping-rag makers, vintage wholesalers and
by-the-kilo shops, second-hand and charity shop chains, upcycling studios, shoddy mills and
the textile-to-textile recyclers).
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
only where a real declaration would. Ids are BL274-*:

    python3 tests/risk/data/make_blind274_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "KR", [], "NL", "340290",
         "빈티지 셔츠 목때·겨드랑이 누런 얼룩 제거 원액 (효소형), 1리터 x 4병", "KR", 4.5, 4, 60, "USD",
         "the collar-grime and underarm-stain removers that Seoul's Dongmyo vintage-market suppliers sell to shirt "
         "restorers are enzyme or percarbonate liquids of about 1.03 kg/l that smell of soap; these four bottles "
         "hold a water-clear, unscented liquid of 1.13 kg/l with vented caps that whitens and stings the skin and "
         "fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Seoul to a "
         "private person in Utrecht who buys vintage shirts by the kilo, restores them and resells them on a "
         "resale app; Korean wording (hydrogen peroxide repeats in many sets and yellowing labels on it in a few, "
         "sneaker soles from Seoul in blind228 and phone cases in blind264; a vintage-shirt collar-stain label was "
         "found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("PRE-02", "import", "ITSEA01", "sea", "TR", [], "IT", "380991",
         "Rejenere yün karbonizasyon yardımcısı, seyreltik asit (%5), 1 lt şişe, 2.000 şişe", "TR", 3680, 2000,
         2400, "EUR",
         "the carbonising auxiliary that Prato's regenerated-wool mills use to burn burrs and cotton out of wool rags "
         "is a dilute acid of a few per cent with a wetting agent, about 1.03 kg/l, bought by the IBC; these 2,000 "
         "litre bottles weigh 1.84 kg/l, are oily, grow hot with a drop of water and char the cardboard where one "
         "leaked, for a Prato rag-and-yarn shop whose web shop sells the 'carbonising acid' to hobby felters and "
         "spinners: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, the "
         "declared mass nearly twice what a 5 % acid would weigh, by sea from Izmir to Livorno; Turkish wording "
         "(sulphuric acid repeats in many sets; a wool-carbonising label was found in no earlier row by a keyword "
         "search)", firm("Vega Filati Rigenerati Srl", "IT")),
        ("PRE-03", "import", "CZAIR01", "air", "TH", [], "CZ", "381400",
         "ทินเนอร์ผสมครีมฟื้นสีแจ็คเก็ตหนังวินเทจ, 1 ลิตร, 240 ขวด", "TH", 274, 240, 720, "USD",
         "the thinner that Bangkok vintage-market restorers mix into recolouring balm for worn leather jackets is an "
         "ethyl-acetate blend of about 0.90 kg/l that smells of nail varnish; these 240 bottles weigh 1.14 kg/l, are "
         "oily, smell faintly fruity, do not mix with water and the filler's drum labels in the file read CAS "
         "75-52-5, for a Prague vintage-by-the-kilo chain whose web shop sells the bottles to its customers as a "
         "jacket 'reviver': nitromethane (Annex I above 16 %) made available to members of the public, flown from "
         "Bangkok; Thai wording (nitromethane repeats in many sets and leather-care labels on it in a few, a "
         "cobbler's thinner in blind186 and a patina oil in blind228; a vintage-jacket reviver thinner was found in "
         "no earlier row by a keyword search)", firm("Orion Vintage na Váhu s.r.o.", "CZ")),
        ("PRE-04", "import", "PTAIR01", "air", "IN", [], "PT", "960990",
         "தையல் சாக் தூள் (வெள்ளை), 500 கிராம் டப்பா, 600 டப்பாக்கள்", "IN", 300, 600, 540, "USD",
         "tailors' chalk powder for pounce wheels and marking bags is talc or china clay, soft, slippery and "
         "insoluble; these 600 tubs hold a hard, glittering crystalline powder that dissolves slowly, tastes cool "
         "and salty, and spits and flares with sugar on a hot plate, and the inner bags read 'KClO3', for a Porto "
         "upcycling studio that reworks sorted second-hand clothing and sells sewing supplies to its workshop "
         "customers: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Chennai for a Tiruppur supplier; Tamil wording (potassium chlorate repeats in many sets; a calligraphy "
         "pounce label once, blind201, on another good; a tailors'-chalk label was found in no earlier row by a "
         "keyword search)", firm("Rivage Upcycling Lda", "PT")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "282720",
         "Хлорид кальцію гранульований, поглинач вологи для контейнерів з вживаним одягом, мішки 25 кг, 480 мішків",
         "UA", 12000, 480, 3600, "EUR",
         "the calcium chloride that used-clothing exporters hang in containers against mould is a white, flaky or "
         "granular salt that grows hot in water and runs to brine in damp air; these 480 sacks hold round, hard "
         "prills that make the water ice-cold, test at 34 % N and melt and fume on a hot plate, for a Łódź "
         "used-clothing exporter and chain of 'lumpeks' second-hand shops that re-bags them in 1 kg 'damp-trap' "
         "refills sold at its tills: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, on a lorry at Dorohusk; Ukrainian wording (ammonium nitrate repeats in many sets and desiccant "
         "labels on it in several, bag-storage beads in blind228 and wet-phone beads in blind264, kept as a repeat "
         "of the family; a clothing-container desiccant was found in no earlier row)",
         firm("Central Odzież Używana Sp. z o.o.", "PL")),
        ("PRE-06", "import", "ITPOST01", "post", "AL", [], "IT", "283620",
         "Kristale sode larëse për njomjen e rrobave të përdorura, 4 x 1 kg", "AL", 4, 4, 12, "EUR",
         "washing-soda crystals for soaking second-hand clothes are large, glassy crystals that turn to white powder "
         "in dry air and feel slippery when wet; these four bags hold hard, unchanging, odourless crystals that do "
         "not effloresce, draw damp and burn brightly with sugar, and the re-used inner bags read 'NaClO3': sodium "
         "chlorate (Annex I above 40 %), posted from Tirana to a private person in Bari who resells washed "
         "second-hand clothes on a resale app; Albanian wording (sodium chlorate repeats in many sets and "
         "washing-soda labels in a few, blind49, blind62, blind79, blind159 and blind170, kept as a repeat of the "
         "label; a second-hand-clothes soak posted from Albania is the new part as far as a search found)",
         person("Giulia Rossi", "IT")),
        ("PRE-07", "import", "LTAIR01", "air", "VN", [], "LT", "382290",
         "Dung dịch thử nhận dạng sợi vải (phân loại quần áo cũ), chai 1 lít, 300 chai", "VN", 420, 300, 900, "USD",
         "the fibre-identification reagents sorters use to tell wool and silk from acrylic are small kits of dilute "
         "solutions and a burn-test card; these 300 litre bottles weigh 1.40 kg/l, fume brown when opened, stain "
         "the skin yellow and eat into a copper wire, for a Vilnius textile-sorting equipment supplier whose web shop "
         "sells the bottles to anyone who buys mixed lots and checks for cashmere: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Hanoi; Vietnamese wording (nitric acid "
         "repeats in many sets; a fibre-identification label was found in no earlier row by a keyword search)",
         firm("Delta Rūšiavimo Įranga UAB", "LT")),
        ("PRE-08", "import", "BESEA01", "sea", "CN", [], "BE", "290391",
         "防蛀樟脑晶体 (对二氯苯), 旧衣仓储用, 1公斤袋, 2,000袋", "CN", 2000, 2000, 3000, "USD",
         "paradichlorobenzene moth crystals are white, waxy flakes with a strong mothball smell that shrink away in "
         "open air; these 2,000 bags hold a dense, odourless, crystalline powder that does not evaporate and flares "
         "violently with sugar, and the inner liners read 'KClO4', for a Ghent vintage wholesaler whose warehouse "
         "shop sells the bags to market traders and the public for wool stock: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Ningbo to Antwerp; Chinese wording (potassium "
         "perchlorate repeats in many sets and moth-repellent labels on precursors twice, camphor tablets in "
         "blind219 and neem oil in blind262; paradichlorobenzene crystals for a vintage wholesaler's wool stock are "
         "the new part as far as a search found)", firm("Horizon Vintage Groothandel BV", "BE")),
        ("PRE-09", "import", "ATAIR01", "air", "ID", [], "AT", "250100",
         "Garam pengunci warna untuk celup ulang pakaian bekas, 1 kg, 500 bungkus", "ID", 500, 500, 400, "USD",
         "the colour-fixing salt overdyers stir into the bath when they re-dye faded second-hand clothes is coarse, "
         "wet-looking sodium chloride at cents a kilo; these 500 packets hold a fine, white, very hygroscopic powder "
         "that turns damp in the studio air, tastes bitter rather than salty and burns fiercely with sugar, for a "
         "Vienna overdye-vintage studio whose web shop sells the packets to home dyers: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Jakarta; Indonesian wording (sodium "
         "perchlorate repeats in many sets and salt labels on it in a few, rock salt in blind272; a colour-fixing "
         "salt for overdyeing second-hand clothes was found in no earlier row by a keyword search)",
         firm("Alpina Overdye Vintage GmbH", "AT")),
        ("PRE-10", "import", "DEPOST01", "post", "MK", [], "DE", "340290",
         "Концентрат за отстранување мирис од половна облека со активен кислород, канта 5 л, 2 канти (пратка 2 од 6)",
         "MK", 12, 2, 40, "EUR",
         "the odour removers that second-hand shops use instead of ozone cabinets on musty stock are enzyme or "
         "quaternary-ammonium liquids of about 1.0 kg/l with a perfume; these two cans hold a water-clear, "
         "unscented liquid of 1.20 kg/l with vented caps that whitens the skin and foams on a cut, the second of six "
         "parcels posted in one week from Skopje to the owner of a Berlin by-the-kilo vintage store: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) for a member of the public, split under parcel size; Macedonian "
         "wording (hydrogen peroxide repeats in many sets, odour and sanitiser labels on it in several and splits "
         "over parcels in a few; an ozone-wash substitute for second-hand clothing was found in no earlier row)",
         person("Lena Wagner", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "PK", "630900",
         "Brugte sko, parvis sorteret, A-kvalitet, sække à 25 kg, 720 sække", "DK", 18000, 720, 7200, "EUR",
         "the paired A-grade shoes Danish sorters sell to Karachi's landa bazaars are cleaned, tied in pairs and "
         "wearable, at 1.0-1.5 EUR/kg; these sacks, at 0.40 EUR/kg, hold what a sorting line throws out: single "
         "shoes, split soles, mouldy boots, broken bags and belts, with plastic film and the sweepings of the sorting "
         "floor: sorting residues and mixed waste (19 12 08, 19 12 12, Y46 in part) shipped as goods, without the "
         "notification and consent the waste rules require for Pakistan, from Aarhus to Karachi; Danish wording "
         "(used shoes appear twice, blind116 and blind157, as second items behind clothing; a shoe-sorting line's "
         "rejects as A-grade pairs were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "VN", "392690",
         "Grucce appendiabiti in plastica usate, selezionate, per riutilizzo, 1 container", "IT", 16000, None,
         1600, "EUR",
         "hangers for reuse go back to garment makers sorted by model, whole and boxed by the hundred; this container "
         "holds crushed and broken hangers baled with polybags, tag loops, security tags, cardboard and size cubes "
         "from a Prato returns-and-sorting centre, at 0.10 EUR/kg: mixed plastic waste (Y48), whose export to Vietnam "
         "needs the prior notification and consent that were not sought, from La Spezia to Hai Phong; Italian "
         "wording (hangers repeat in many rows as strategic covers and wire hangers once with dry-cleaners' covers, "
         "blind252; retail hangers for reuse as mixed plastic waste were found in no earlier row)",
         {"importer_country": "VN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "EG", "291739",
         "BHET (téréphtalate de bis(2-hydroxyéthyle)), monomère de polyester recyclé, big bags, 20 t", "FR", 20000,
         None, 16000, "EUR",
         "BHET from the glycolysis of textile polyester is a white, crystalline powder of one compound sold with a "
         "purity sheet; these bags hold a dark-brown, tarry, lumpy residue that smells of glycol and holds dyes, "
         "elastane, antimony and catalyst, the still bottoms of a Lyon textile-to-textile polyester recycling pilot: "
         "distillation residues containing hazardous substances (07 02 08*), hazardous waste whose export to a "
         "non-OECD country is banned, from Marseille-Fos to Alexandria for a 'PET resin' maker; French wording "
         "(still bottoms repeat in many sets under product labels; BHET and glycolysis were found in no earlier row "
         "by a keyword search)", {"importer_country": "EG"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "MD", "630900",
         "Gebrauchte Arbeitskleidung, gewaschen, nach Größen sortiert, zur Wiederverwendung, 9 t", "AT", 9000, None,
         1800, "EUR",
         "washed, sorted used workwear is cotton and polyester overalls and jackets folded by size; these bales hold "
         "grey, dusty disposable coveralls, overshoes and respirator filters still in the bags of Vienna "
         "asbestos-removal sites, with fibre dust in the seams: protective clothing contaminated with asbestos "
         "(17 06 01*, 15 02 02*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Hungary and Romania for a Chișinău 'workwear' trader; Austrian German wording (asbestos repeats in many sets "
         "and asbestos textiles once as welding blankets for an Uzhhorod 'workwear shop', blind186; a used-workwear "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "MA", "280700",
         "Zwavelzuur 70 %, technisch, voor kunstmestproductie, IBC's, 22 t", "NL", 22000, 22, 2200, "EUR",
         "technical 70 % sulphuric acid is a water-clear, oily liquid of 1.61 kg/l sold with an analysis; these IBCs "
         "hold a black-brown liquor of 1.45 kg/l that smells of burnt sugar and carries fibre sludge, dyes and "
         "metals, drained from the acid-hydrolysis reactor of an Enschede poly-cotton separation pilot that "
         "dissolves the cotton out of blended textile waste: spent acid (06 01 01* family), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Casablanca for a 'fertiliser blender'; Dutch "
         "wording (spent acids repeat in several sets; a poly-cotton hydrolysis liquor was found in no earlier row "
         "by a keyword search)", {"importer_country": "MA"}),
        ("WST-06", "export", "FISEA01", "sea", "FI", [], "TZ", "630900",
         "Käytetyt vaatteet, lajitellut, kesälaatu, 45 kg paalit, 300 paalia", "FI", 13500, 300, 9450, "EUR",
         "a used-textile container for Dar es Salaam's mitumba traders: summer-grade clothing and used bags are what "
         "Finnish sorters ship, but the third item's 'testatut höyrysilitysraudat' are 1,400 dead steam irons and "
         "steam stations from municipal electrical-waste cages, scale-choked, with cracked soleplates and cut cords, "
         "at 0.50 EUR each with no test record: waste electrical equipment (A1180 and e-waste), whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Kotka; Finnish "
         "wording (e-waste behind used clothing repeats in many sets, kept as a repeat of the family; steam irons "
         "as the hidden item were found in no earlier row by a keyword search)",
         dict({"importer_country": "TZ"},
              _more_items=[item("420229", "Käytetyt laukut ja vyöt, 2 t", "FI", 2000, 1000, "EUR"),
                           item("851640", "Testatut höyrysilitysraudat ja -asemat, 1 400 kpl", "FI", 2400, 700, "EUR",
                                qty=1400)])),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "DZ", "283325",
         "Kupfersulfat-Lösung, technisch, für Pflanzenschutz (Bordeauxbrühe), IBC 1.000 l, 20 t", "DE", 20000, 20,
         3000, "EUR",
         "a technical copper-sulphate solution is a clear, sky-blue liquid with no smell; these IBCs hold a deep "
         "violet-blue liquor that reeks of ammonia, carries fibre sludge and reads 2 % copper, drained from a "
         "Chemnitz textile-to-textile pilot that dissolves cotton waste in cuprammonium to spin new cupro: spent "
         "ammoniacal copper solutions (07 02 01*, Y22), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Algiers for a 'vineyard supplier'; German wording (copper liquors repeat in a few "
         "sets as spent etchants; a cuprammonium liquor from a cotton-recycling line was found in no earlier row by "
         "a keyword search)", {"importer_country": "DZ"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "TN", "630900",
         "Vêtements usagés non triés (original) pour tri en zone offshore, balles de 500 kg, 40 balles", "BE", 20000,
         40, 5000, "EUR",
         "'original' for an offshore sorting plant in Sousse is the dry, bagged content of supervised clothing "
         "banks, textiles and shoes only; these bales, from unsupervised street containers of Brussels communes, "
         "are wet and mouldy and hold household rubbish, nappies, food waste and a few syringes with the clothes: "
         "mixed municipal waste (Y46, Y1 in part), whose export to a non-OECD country is banned, from Antwerp to "
         "Radès; Belgian French wording (unsorted collection textiles as used clothing repeat in a few sets, blind5, "
         "blind33 and blind36, kept as a repeat of the family; clothing-bank contents for a Tunisian offshore sorting "
         "plant were found in no earlier row)", {"importer_country": "TN"}),
        ("WST-09", "export", "PLRAIL01", "rail", "PL", [], "UA", "630392",
         "Kurtyny teatralne i zasłony hotelowe, używane, trudnopalne, do ponownego użycia, 12 t", "PL", 12000, None,
         2400, "EUR",
         "used flame-retardant curtains for reuse are whole, clean drapes with their test certificates; these bales "
         "hold torn, dusty stage curtains and hotel drapes from Polish refits, bought by a Kraków rag merchant, whose "
         "backcoating reads more than 2 % decabromodiphenyl ether: textile waste above the limit of the POPs "
         "Regulation (2019/1021), which must be destroyed and may not be exported for reuse, on a rail wagon for a "
         "Lviv 'second-hand' trader; Polish wording (decaBDE-treated textiles repeat once, upholstery seconds in "
         "blind186, and used stage curtains twice, blind65 and blind243, kept as a repeat; hotel drapes with them "
         "by rail to Lviv are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "283526",
         "Fosforečnan vápenatý, biely pigment, vrecia 25 kg, 8 t", "SK", 8000, 320, 2400, "EUR",
         "calcium phosphate pigment is a bright-white, odourless powder sold with an analysis; these bags hold a "
         "greyish, glittering powder with glass splinters and aluminium end-caps that glows under a UV lamp and "
         "reads mercury, the phosphor recovered from crushed fluorescent tubes at a Košice lamp-recycling line: "
         "waste containing mercury (19 12 11*, 06 04 04*), hazardous waste whose export to a non-OECD country is "
         "banned, at Vyšné Nemecké for an Uzhhorod 'paint maker'; Slovak wording (lamp phosphor repeats in a few "
         "sets and under a calcium-phosphate label once, blind45 in Romanian, kept as a repeat; a pigment label "
         "from Slovakia by road is the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "air", "PK", [], "NL", "381400",
         "ونٹیج ڈینم کے لیے چکنائی کے داغ صاف کرنے والا محلول (وائٹ اسپرٹ)، 1 لیٹر، 80 بوتلیں", "PK", 127, 80, 320,
         "USD",
         "the grease-spot removers vintage-denim graders use on jeans bought by the bale are white-spirit or "
         "isoparaffin solvents of about 0.78 kg/l that smell of petrol and burn; these 80 bottles weigh 1.59 kg/l, "
         "do not burn, smell sweet like chloroform and leave the hands cold and dry: carbon tetrachloride, whose "
         "import into the Union is banned, flown from Lahore to Amsterdam for a vintage-denim wholesaler; Urdu wording "
         "(carbon tetrachloride repeats in many sets and white-spirit spotting labels on it in a few, wedding dresses "
         "in blind199 and hotel laundries in blind214, kept as a repeat of the label; a vintage-denim grader's spot "
         "remover from Pakistan is the new part as far as a search found)",
         firm("Nordhafen Vintage Denim BV", "NL")),
        ("OZN-02", "import", "ESROAD01", "road", "MA", [], "ES", "381400",
         "مخفف سائل التصحيح (الكوريكتور)، قنينة 1 لتر، 200 قنينة", "MA", 265, 200, 400, "EUR",
         "correction-fluid thinners sold today are methylcyclohexane or water-based, light (about 0.77 kg/l) and "
         "flammable; these 200 litre bottles weigh 1.32 kg/l, do not burn, smell sweet and the Casablanca filler's "
         "drum stencils under the new labels read '1,1,1-trichloréthane': methyl chloroform, whose import into the "
         "Union is banned, in a van off the Tanger Med ferry at Algeciras for a Madrid stationery wholesaler that "
         "refills office correction pens; Moroccan Arabic wording (methyl chloroform repeats in many sets and "
         "correction-fluid labels in two, blind50 and blind179, kept as a repeat of the label; from Morocco by road "
         "is the new part as far as a search found)", firm("Meridian Papelería Mayorista SL", "ES")),
        ("OZN-03", "import", "FRAIR01", "air", "JP", [], "FR", "381400",
         "古着 正絹着物用 ドライ洗浄溶剤 (HFE系・不燃性), 1 L x 12本", "JP", 18.6, 12, 360, "USD",
         "the hydrofluoroether solvents that kimono cleaners (shimi-nuki craftsmen) use on old silk boil at 61-76 °C "
         "and cost well over 100 USD a litre; these twelve bottles cost a fifth of that, weigh 1.55 kg/l, boil at "
         "54 °C and the filler's inner seals read 'AK-225': HCFC-225ca/cb, whose import into the Union is banned, "
         "flown from Osaka to Paris for a dealer in second-hand kimonos and vintage couture who cleans his stock "
         "himself; Japanese wording (HCFC-225 under hydrofluoroether labels repeats in many sets and a kimono "
         "stain-remover label once, blind67, kept as a repeat of the cover; a second-hand kimono dealer's silk "
         "solvent is the new part as far as a search found)",
         firm("Atlantic Kimono Vintage SARL", "FR")),
        ("OZN-04", "import", "DESEA01", "sea", "IL", [], "DE", "280430",
         "חנקן לטיפול אנוקסי נגד עש בבגדי צמר ופרווה משומשים, גלילים 50 ליטר, 40 גלילים", "IL", 2000, 40, 2400, "USD",
         "nitrogen for anoxic treatment of moth-infested woollens and furs comes in tall cylinders at 200 bar that "
         "weigh little more when full and never slosh; these 40 short cylinders read 2 bar, hold 50 kg each of a "
         "liquid of 1.73 kg/l and their shoulders are stamped 'CH3Br' under the paint: methyl bromide, whose import "
         "into the Union is banned (no quarantine use remains), by sea from Haifa to Hamburg for a used-clothing "
         "sorter that treats wool and fur bales before export; Hebrew wording (methyl bromide repeats in many sets, "
         "as bale and warehouse fumigants in blind186, blind235 and blind252 and under anoxic-treatment argon and "
         "carbon-dioxide labels in blind57, blind217 and blind237, kept as a repeat of the family; nitrogen for a "
         "clothing sorter's wool and fur bales is the new part as far as a search found)",
         firm("Nordhafen Textilsortierung GmbH", "DE")),
        ("OZN-05", "import", "HRROAD01", "road", "BA", [], "HR", "842410",
         "Aparati za gašenje vodenom maglom, za skladišta tekstila, 6 l, 120 komada", "BA", 1080, 120, 3600, "EUR",
         "water-mist extinguishers for textile warehouses hold deionised water under nitrogen at about 10 bar and "
         "slosh when shaken; these 120 hiss, spray a liquid that flashes into a sweet-smelling gas and leaves no wet "
         "patch, and the valve collars read 'BCF' under the stickers: halon 1211 (bromochlorodifluoromethane) in "
         "portable extinguishers, products whose import into the Union is banned, in a van at Bijača for a Split "
         "used-clothing sorting plant; Bosnian wording (halon 1211 repeats in many sets and water-mist labels in "
         "several, blind146, blind162, blind220 and blind225, kept as a repeat of the label; a textile-warehouse "
         "extinguisher was found in no earlier row by a keyword search)", firm("Orion Sortiranje Tekstila d.o.o.", "HR")),
        ("OZN-06", "export", "SIROAD01", "road", "SI", [], "RS", "841830",
         "Rabljene zamrzovalne skrinje za zatiranje moljev v rabljenih oblačilih, 12 kosov", "SI", 2400, 12, 1800,
         "EUR",
         "used chest freezers that vintage dealers sell on run on R-600a or R-134a and carry a label; these twelve "
         "commercial chest freezers from a closed Maribor vintage warehouse, where woollens were frozen at -30 °C "
         "against moth, still hold their charge, read 'R-502' on the plates and a leak test gives "
         "chloropentafluoroethane and chlorodifluoromethane: equipment containing a CFC-HCFC blend, whose export "
         "from the Union is banned (Regulation 2024/590), on a lorry at Obrežje for a Belgrade second-hand clothing "
         "chain; Slovenian wording (R-502 equipment repeats in several sets, kept as a repeat of the good; freezers "
         "for moth treatment of clothing were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("OZN-07", "import", "MTSEA01", "sea", "EG", [], "MT", "330749",
         "معطر ومزيل روائح للملابس المستعملة، بخاخ 400 مل، 4,800 علبة", "EG", 2450, 4800, 2900, "USD",
         "fabric refresher sprays for second-hand shops are pump bottles or cans of perfumed water driven by "
         "compressed air or a little propane-butane, light and flammable; these 4,800 cans are heavy for their size, "
         "hiss a cold, non-flammable gas and the Cairo filler's code under the sticker reads 'R-12': "
         "dichlorodifluoromethane (CFC-12) in aerosols, products whose import into the Union is banned, by sea from "
         "Alexandria to Marsaxlokk for a Maltese chain of second-hand clothing shops; Egyptian Arabic wording "
         "(CFC-12 aerosols repeat in many sets, air-freshener labels in several and a garment anti-static spray "
         "once, blind252, kept as a repeat of the family; a fabric-refresher label for second-hand clothing was "
         "found in no earlier row)",
         firm("Central Second Hand Malta Ltd", "MT")),
        ("OZN-08", "transit", "ITSEA01", "sea", "IN", ["IT"], "CH", "381400",
         "રિસાયકલ પોલિએસ્ટર કાપડ પરથી PU કોટિંગ દૂર કરવાનું દ્રાવક, 200 લિટર ડ્રમ, 40 ડ્રમ", "IN", 9900, 40,
         7200, "USD",
         "the solvents used to strip polyurethane coatings off waste rainwear and coated fabric before it is "
         "shredded are DMF-free ester blends of about 0.95 kg/l that burn; these 40 drums weigh 1.24 kg/l, boil off "
         "a warm hand at 32 °C, do not burn and a gas test reads 1,1-dichloro-1-fluoroethane: HCFC-141b, moved through "
         "the Union without the licence Regulation 2024/590 requires, landed at Genoa in transit from Mundra to a "
         "Swiss textile-recycling firm near St. Gallen; Gujarati wording (HCFC-141b under solvent labels repeats in "
         "many sets, kept as a repeat; a PU-coating stripper for recycled polyester in transit to Switzerland was "
         "found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("OZN-09", "import", "SIAIR01", "air", "TW", [], "SI", "281121",
         "自行車CO2打氣鋼瓶 16g (螺牙式), 3,000支", "TW", 90, 3000, 1500, "USD",
         "16 g CO2 cartridges for bicycle inflators hold 58 bar of carbon dioxide that inflates a tyre hard in a "
         "second and frosts the head; these 3,000 cartridges each weigh 14 g more than a CO2 one, hiss a slow, cold "
         "gas that barely fills a road tyre, smell faintly of ether and the filler's carton reads 'R22': "
         "chlorodifluoromethane (HCFC-22) in small containers, whose import into the Union is banned, flown from "
         "Taichung to Ljubljana for a bicycle-parts wholesaler; Chinese wording from Taiwan (HCFC-22 repeats in many "
         "sets and tyre-inflator labels in several, on HFC aerosols, and 16 g nitrous-oxide cartridges once, "
         "blind192; threaded CO2 cartridges were found in no earlier row by a keyword search)",
         firm("Vega Kolesarski Deli d.o.o.", "SI")),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "392010",
         "旧衣打包用缠绕膜 (PE), 卷, 20 吨", "CN", 20000, None, 28000, "USD",
         "a sorting-plant supply container from Ningbo for a Łódź used-clothing grader: bale wrap and PP strapping "
         "are what Chinese baling suppliers ship, but the third item's '分拣线去渍喷雾' are 2,400 spot-cleaning "
         "aerosols whose cans vent a gas that boils off the hand at 32 °C and reads 1,1-dichloro-1-fluoroethane: "
         "HCFC-141b in aerosols, products containing an ozone-depleting substance whose import into the Union is "
         "banned, hidden as the last item of a three-item declaration; Chinese wording (HCFC-141b aerosols repeat in "
         "many sets; behind bale wrap and strapping for a clothing sorter is the new part as far as a search found)",
         dict(firm("Central Sortownia Odzieży Sp. z o.o.", "PL"),
              _more_items=[item("392690", "PP 打包带, 卷, 6 吨", "CN", 6000, 7200, "USD"),
                           item("340290", "分拣线去渍喷雾, 500毫升, 2,400罐", "CN", 1680, 2400, "USD", qty=2400)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "express", "BO", [], "ES", "630900",
         "Aguayos usados, tejidos a mano, lana, para venta vintage, 6 piezas", "BO", 6, 6, 120, "USD",
         "used aguayos for the vintage trade are machine-woven acrylic carrying cloths or worn, recent hand-weavings "
         "bought by the bale in El Alto; these six are dense, natural-dyed alpaca mantles with sacred patterns, "
         "ritual knots and coca leaves still tied in the corners, the ancestral textiles that the ayllus of Coroma "
         "keep and Bolivia forbids to export: cultural property of Bolivia brought in against Article 3(1) of "
         "Regulation 2019/880, sent by express from La Paz to a Barcelona vintage-textile dealer who buys used "
         "clothing bales from the same supplier; Bolivian Spanish wording (Coroma textiles repeat in several sets, "
         "blind10, blind38, blind82, blind117 and blind241, kept as a repeat of the good; a used-clothing vintage "
         "label by express to Barcelona is the new part as far as a search found)",
         firm("Meridian Tejidos Vintage SL", "ES")),
        ("CUL-02", "import", "BGROAD01", "road", "TM", ["IR", "TR"], "BG", "570110",
         "Ulanylan ýüň halylar, bölekläp gaýtadan işlemek üçin, 60 sany", "TM", 900, 60, 1200, "USD",
         "used rugs bought for shredding into recycled felt are worn, machine-made or recent pieces sold by the "
         "kilo; among these 60 are a 19th-century Tekke ensi, two Yomut tent bands and four torbas of fine wool "
         "knotted on wool warps with insect reds and moth-eaten, unrepaired pile: Turkmen carpets over a hundred "
         "years old, which Turkmenistan forbids to export without its state certificate, brought in against "
         "Article 3(1) of Regulation 2019/880, on a TIR lorry through Iran and Türkiye at Kapitan Andreevo for a "
         "Plovdiv textile recycler; Turkmen wording (a Tekke carpet once, blind137, under a machine-made label, and "
         "old or used rug labels in a few, blind100, blind165 and blind172; used rugs for shredding into felt "
         "were found in no earlier row by a keyword search)",
         firm("Delta Tekstilno Retsiklirane EOOD", "BG")),
        ("CUL-03", "import", "LVAIR01", "air", "GE", [], "LV", "630900",
         "Вышитые рубашки и полотенца б/у, винтаж, для секонд-хенда, 30 шт.", "GE", 12, 30, 150, "USD",
         "vintage embroidered shirts for second-hand shops are worn 20th-century cotton with machine or cross-stitch "
         "embroidery at a few euros each; these 30 are 19th-century women's shirts and ritual rushnyky of homespun "
         "linen with hand embroidery in madder and indigo, carrying the inventory labels of the Kherson regional "
         "museum of local lore, emptied in 2022: cultural goods removed from Ukraine, brought in against Article 3(1) "
         "of Regulation 2019/880, flown from Tbilisi to Riga for a vintage shop; Russian wording (objects from the "
         "Kherson museums repeat in several sets as paintings, icons and insignia; embroidered shirts and towels "
         "under a second-hand label were found in no earlier row by a keyword search)", firm("Vega Vintage SIA", "LV")),
        ("CUL-04", "export", "BEAIR01", "air", "BE", [], "US", "580500",
         "Stofresten van meubelstof, gobelin-look, partij voor herbestemming, 12 stuks", "BE", 30, 12, 240, "EUR",
         "tapestry-look upholstery remnants are jacquard-woven polyester with printed shading; these twelve are "
         "hand-woven wool and silk on a wool warp with slits sewn by hand, cut from one 16th-century Oudenaarde "
         "verdure tapestry that a Ghent rag merchant bought with a house clearance, worth far above the threshold as "
         "a whole: a cultural good over 50 years old exported without the licence of Regulation 116/2009, flown from "
         "Brussels to a New York dealer; Flemish wording (Flemish tapestries repeat in a few sets, blind44 and "
         "blind109, kept as a repeat of the good; a tapestry cut up as upholstery remnants is the new part as far as "
         "a search found)", {"importer_country": "US"}),
        ("CUL-05", "import", "FRAIR01", "express", "JP", [], "FR", "630900",
         "古着 着物 まとめ売り 20枚 (正絹・化繊混在)", "JP", 14, 20, 30000, "JPY",
         "bulk lots of second-hand kimonos are worn, mid-20th-century silk and polyester robes at a few hundred yen "
         "each; one of these twenty is a heavy karaori Noh robe of twill silk with raised gold and coloured floats, "
         "lined with old indigo cotton, with an Edo-period temple inscription inside the collar: an object whose "
         "export needs the permission of Japan's cultural-property law, brought in against Article 3(1) of "
         "Regulation 2019/880, sent by express from Kyoto to a private buyer in Lyon; Japanese wording (a Noh mask "
         "once, blind243, and a kimono stain remover once, blind67; a Noh robe in a used-kimono bulk lot was found "
         "in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-06", "import", "DEAIR01", "air", "UZ", [], "DE", "630900",
         "Ishlatilgan paxta choyshablar, kashtali, 8 dona", "UZ", 24, 8, 160, "USD",
         "used embroidered cotton bedspreads from Uzbekistan are machine-embroidered Soviet or later pieces; these "
         "eight are 19th-century Bukhara and Nurata suzanis in silk on hand-woven cotton, with natural dyes and "
         "family wear, bought from villages for a Munich vintage-textile dealer: cultural values over a hundred "
         "years old whose export Uzbekistan forbids without its permit, brought in against Article 3(1) of "
         "Regulation 2019/880, flown from Tashkent; Uzbek wording (suzanis repeat as new goods in three sets, "
         "blind64, blind126 and blind149; antique suzanis under a used-bedspread label were found in no earlier row "
         "by a keyword search)", firm("Alpina Textil Vintage GmbH", "DE")),
        ("CUL-07", "import", "ATPOST01", "post", "RS", [], "AT", "960629",
         "Стара метална дугмад, мешовита партија, 3 кг", "RS", 3, None, 30, "EUR",
         "a lot of old metal buttons is pressed brass and tin uniform and coat buttons with shanks, a few cents each; "
         "among these 3 kg are 180 small, worn, green-crusted bronze coins of Roman and late Roman mints and a dozen "
         "pierced Byzantine bronze seals, with soil in the letters, detector finds from the Danube limes: "
         "archaeological objects that Serbia forbids to export, brought in without the import licence Regulation "
         "2019/880 requires, posted from Smederevo to a private collector near Linz; Serbian wording (ancient coins "
         "repeat in many sets and old-button labels in a few, blind39, blind108 and blind130, kept as a repeat; from Serbia "
         "by post to Austria is the new part as far as a search found)", person("Thomas Gruber", "AT")),
        ("CUL-08", "transit", "NLAIR01", "air", "PE", ["NL"], "US", "631090",
         "Retazos de tejidos de alpaca usados, para reciclaje textil, 5 kg", "PE", 5, None, 25, "USD",
         "used alpaca offcuts for textile recycling are knitted and woven scraps from Arequipa garment makers in "
         "bright, even colours; under a layer of them lie brittle, desert-dry fragments of a tapestry tunic with "
         "interlocked birds and a panel of blue and yellow feathers knotted to cotton cords, with grave sand in the "
         "weave: Nasca and Wari textiles, whose export Peru forbids, landed at Schiphol in transit from Lima to a "
         "Santa Fe dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Peruvian Spanish "
         "wording (Paracas, Nasca and Wari textiles repeat in many sets, kept as a repeat of the good; an "
         "alpaca-recycling label in transit through Amsterdam is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "GRAIR01", "air", "LB", [], "GR", "701399",
         "قوارير عطر قديمة من الزجاج، للديكور، 16 قطعة", "LB", 3, 16, 160, "USD",
         "vintage perfume bottles are moulded, clear or coloured 20th-century glass with stoppers and screw necks; "
         "these sixteen are small, free-blown unguentaria and flasks of greenish glass with silvery, flaking "
         "iridescence and soil inside, from looted Roman tombs in the Beqaa: archaeological objects that Lebanon "
         "forbids to export, brought in without the import licence Regulation 2019/880 requires, flown from Beirut "
         "to Athens for a dealer; Lebanese Arabic wording (Roman glass repeats in many sets and a vintage "
         "perfume-bottle label once, blind31, kept as a repeat; from Beirut by air to Athens is the new part as far "
         "as a search found)",
         firm("Orion Archaia AE", "GR")),
        ("CUL-10", "import", "FRSEA01", "sea", "MA", [], "FR", "630900",
         "Handiras vintage, couvertures de mariage berbères, 30 pièces", "MA", 90, 30, 1500, "EUR",
         "a Moroccan vintage-textile container for a Marseille fripe and vintage shop: old handira wedding blankets "
         "and used djellabas are what Marrakech pickers send, but the third item's 'vieilles fibules berbères en "
         "argent' are 14 cast bronze brooches of Roman crossbow and knee types, green-crusted, with soil in the "
         "springs, dug on sites near Volubilis: archaeological objects that Morocco forbids to export, brought in "
         "without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration, by sea from Tanger Med; Moroccan French wording (Roman objects from Volubilis repeat in a few "
         "sets and fibulae in many, kept as a repeat of the good; behind handiras and used djellabas is the new part "
         "as far as a search found)",
         dict(firm("Rivage Fripe Vintage SARL", "FR"),
              _more_items=[item("630900", "Djellabas d'occasion, laine, 80 pièces", "MA", 120, 800, "EUR", qty=80),
                           item("711790", "Vieilles fibules berbères en argent, 14 pièces", "MA", 1.2, 140, "EUR",
                                qty=14)])),
    ],
    "strategic": [
        ("STR-01", "export", "MTSEA01", "sea", "MT", [], "LY", "630900",
         "Ħwejjeġ użati, magħżula, għad-distribuzzjoni umanitarja, 300 bejla", "MT", 13500, 300, 6000, "EUR",
         "a humanitarian used-clothing shipment for Benghazi: sorted clothing and used shoes are what Maltese "
         "charities and exporters send to Libya, but the third item's 'ġlekkijiet tax-xogħol użati, hi-vis' are "
         "400 reflective vests whose pockets hold ceramic trauma plates of level IV with their carriers' "
         "ballistic panels: body armour (Military List ML13), whose supply to Libya the UN arms embargo and "
         "Regulation 2016/44 forbid, hidden as the last item of a three-item declaration, from Marsaxlokk; Maltese "
         "wording (body armour repeats in several sets under vest labels, blind186 and blind235, kept as a repeat of "
         "the good; behind humanitarian used clothing for Libya is the new part as far as a search found)",
         dict({"importer_country": "LY"},
              _more_items=[item("630900", "Żraben użati, f'xkejjer, 40 xkora", "MT", 1000, 400, "EUR"),
                           item("621040", "Ġlekkijiet tax-xogħol użati, hi-vis, 400 biċċa", "MT", 4400, 400, "EUR",
                                qty=400)])),
        ("STR-02", "export", "HUAIR01", "air", "HU", [], "AM", "621040",
         "Használt gumírozott esőruházat, munkavédelmi, hadsereg-felesleg, 400 készlet", "HU", 1600, 400, 2000, "EUR",
         "army-surplus rubberised rainwear is olive ponchos and jackets at a few euros a set; these 400 sets are "
         "butyl-rubber overgarments with taped seams, hoods, gloves and overboots, packed with full-face masks and "
         "filter canisters, each in a sealed bag with a chemical-warfare protection rating, for a Yerevan "
         "'workwear' importer whose forwarder books on to Tabriz: protective equipment controlled as dual-use "
         "(1A004), exported without the licence Regulation 2021/821 requires, flown from Budapest; Hungarian "
         "wording (CBRN suits and masks appear once, blind60, under a pesticide-suit label; an army-surplus rainwear "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "TR", "631090",
         "Recortes textiles de confección para reciclaje, fardos, 6 t", "ES", 6000, None, 1800, "EUR",
         "garment-cutting offcuts for recycling are cotton and polyester trimmings baled by colour at a few cents a "
         "kilo; these bales hold tacky, black, resin-impregnated carbon-fibre sheets on release paper, cut out of an "
         "aerospace supplier's nesting tables and kept frozen in the reefer, worth hundreds of euros a kilo, for an "
         "Istanbul 'textile recycler' whose buyer builds drones in Iran: carbon-fibre prepreg (dual-use 1C010.e, "
         "listed in the Iran regulation), exported without the licence Regulation 2021/821 requires, from Valencia; "
         "Spanish wording (prepreg repeats in a few sets, forged-carbon plates in blind228, and a carbon-fabric "
         "offcut label once, blind77, kept as a repeat of the good; a garment-offcut label for textile recycling "
         "was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-04", "import", "PLRAIL01", "rail", "CN", [], "PL", "630900",
         "旧衣服, 统货, 精选一级, 打包 45公斤, 400包", "CN", 18000, 400, 14400, "USD",
         "Chinese used clothing sold to Polish 'lumpeks' wholesalers is worn, mixed, sorted garments of many sizes "
         "and brands; these 400 bales hold new, unworn children's padded coats and trousers in one size run, their "
         "labels cut out but the Korean-language sewing tickets and a Sinuiju factory code left in the seams, "
         "crumpled and baled to look used: textiles from North Korea, whose import UN Resolution 2375 and "
         "Regulation 2017/1509 forbid, by rail from Chengdu to Małaszewicze for a Warsaw second-hand wholesaler; "
         "Chinese wording (North Korean garments under Chinese origin repeat in several sets, down jackets, "
         "trousers and bedspreads; new DPRK garments disguised as used clothing were found in no earlier row)",
         firm("Atlantic Hurt Odzieży Używanej Sp. z o.o.", "PL")),
        ("STR-05", "export", "LTAIR01", "air", "LT", [], "KG", "630900",
         "Dėvėti drabužiai, mišrūs, 'ekstra' rūšis, 40 maišų", "LT", 600, 40, 1200, "EUR",
         "'extra'-grade used clothing from Lithuanian sorters is the best wearable mass-market pieces at 2-4 EUR/kg; "
         "these 40 sacks hold vintage coats, jackets and bags of Paris and Milan houses with their authenticity "
         "cards, each worth 800-6,000 EUR on resale sites, for a Bishkek 'second-hand shop' whose buyer resells in "
         "Moscow: luxury goods above 300 EUR an item (Annex XVIII), whose sale for use in Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording (luxury goods "
         "to Russia through Central Asia repeat in many sets; designer vintage under an extra-grade used-clothing "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-06", "export", "SESEA01", "sea", "SE", [], "PK", "283911",
         "Tvättsyra (surt sköljmedel) för industritvätterier, pulver, säckar 25 kg, 320 säckar", "SE", 8000, 320, 4800,
         "EUR",
         "the laundry sours industrial laundries use to neutralise the last rinse are mild acid salts or blends of "
         "citric and acetic acid; these 320 sacks hold white, crystalline ammonium hydrogen fluoride (CAS 1341-49-7) "
         "that etches a glass jar and stings the nose, for a Karachi 'rag laundry' that washes imported used "
         "clothing and whose forwarder books on to Bandar Abbas: a chemical-weapons precursor controlled as "
         "dual-use (1C350), exported without the licence Regulation 2021/821 requires, from Gothenburg; Swedish "
         "wording (ammonium bifluoride repeats in many sets and a laundry-sour label once, blind119, kept as a "
         "repeat of the label; a rag laundry for imported used clothing in Karachi is the new part as far as a "
         "search found)", {"importer_country": "PK"}),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "KZ", "902750",
         "Tekstiilisorteerimisliini NIR-andurid, varuosad, 20 tk", "EE", 80, 20, 6000, "EUR",
         "replacement sensors for the near-infrared sorters that tell cotton from polyester on a used-textile line "
         "are compact spectrometer heads at a few hundred euros; these 20 are cooled InGaAs short-wave infrared "
         "cameras with 640 x 512 arrays and a high frame rate, worth 25,000 EUR each, for an Almaty 'textile "
         "recycler' set up in the spring whose forwarder's address is in Yekaterinburg: infrared cameras controlled "
         "as dual-use (6A003) and in Annex VII, whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (infrared cameras repeat in many sets; "
         "optical-sorter labels in a few, blind137 and blind240; textile-sorting NIR sensors were found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "export", "CZAIR01", "air", "CZ", [], "HK", "851419",
         "Stolní vakuové pece pro zubní laboratoře, 2 ks", "CZ", 1800, 2, 9000, "EUR",
         "dental laboratory furnaces are 30-40 kg bench units for firing ceramics at about 1,100 °C; these two 900 kg "
         "crates hold vacuum induction furnaces with a water-cooled coil, a 2,000 °C rating and a closed crucible "
         "chamber, for a Hong Kong 'dental supplier' whose shipment goes on to Tehran: vacuum induction furnaces "
         "controlled as dual-use (2B226) and listed in the Iran regulation, exported without a licence, flown from "
         "Prague; Czech wording (vacuum induction furnaces repeat in many sets and dental-furnace labels in a few, "
         "blind95, blind231 and blind262, kept as a repeat of the label; from Prague to Hong Kong is the new part "
         "as far as a search found)", {"importer_country": "HK"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "AE", "382499",
         "Εξουδετερωτής χλωρίου για νερό πισίνας, υγρός, βαρέλια ανοξείδωτα 200 l, 40 βαρέλια", "GR", 8000, 40, 2400,
         "EUR",
         "chlorine neutralisers for pool water are sodium thiosulphate or sulphite solutions of about 1.2 kg/l in "
         "plastic drums at a few euros a litre; these 40 stainless drums, blanketed with nitrogen, hold a colourless, "
         "ammonia-smelling, fuming liquid of 1.0 kg/l that the analysis in the file gives as 98 % N2H4, for a "
         "Jebel Ali 'pool supplies' trader whose orders go on to Bandar Abbas: anhydrous hydrazine, a propellant on "
         "the Common Military List (ML8), exported without the licence the Common Position requires, from "
         "Piraeus; Greek wording (hydrazine repeats in a few sets under boiler oxygen-scavenger labels, blind129, "
         "blind131 and blind184, kept as a repeat of the good; a pool chlorine-neutraliser label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "import", "PLRAIL01", "rail", "KZ", [], "PL", "270112",
         "Уголь каменный энергетический, происхождение Казахстан, 20 вагонов", "KZ", 1300000, None, 156000, "USD",
         "Kazakh steam coal comes from the Ekibastuz or Karaganda basins with their own analyses and Kazakh rail "
         "papers; these 20 wagons hold a low-ash, high-volatile coal whose analysis matches the Kuzbass, the wagon "
         "numbers belong to Russian Railways and the loading station in the file is in Kemerovo oblast: Russian "
         "coal, whose import into the Union Regulation 833/2014 forbids, at Małaszewicze for a Lublin heating "
         "plant; Russian wording (Russian coal under Kazakh origin repeats in a few sets, blind137 and blind165, kept "
         "as a repeat; by rail into Poland is the new part as far as a search found)",
         firm("Central Energia Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "US", [], "FR", "621220",
         "Antique corsets, cotton coutil, Victorian, vintage clothing lot, 6 pcs", "US", 3, 6, 900, "USD",
         "antique corsets sold in vintage-clothing lots are stiffened with steel or cane; these six are boned with "
         "thin, springy, brown-black strips that split along their length, smell of old fish oil under a hot needle "
         "and show fine fibres at a cut end: baleen (whalebone) of right or bowhead whales (CITES App. I), without "
         "the pre-Convention certificate that even old specimens need, sent by express from a Pennsylvania vintage "
         "dealer to a Lyon vintage-lingerie shop; US English wording (baleen repeats in a few sets and a corset "
         "label once, blind237, on synthetic baleen; real baleen in antique corsets was found in no earlier row by "
         "a keyword search)", person("Mme Claire Martin", "FR")),
        ("WLF-02", "import", "DEAIR01", "air", "ET", [], "DE", "630900",
         "ያገለገሉ ባህላዊ ካባዎች፣ ለቪንቴጅ ሱቅ፣ 12 ቁርጥራጭ", "ET", 18, 12, 240, "USD",
         "used traditional capes from Addis Ababa's second-hand market are cotton shamma or woollen burnous; these "
         "twelve are capes of long, silky black-and-white monkey fur with white mantles and tails, sewn for "
         "warriors' dress: guereza colobus skins (Colobus guereza, CITES App. II) without the Ethiopian export "
         "permit, flown from Addis Ababa to Frankfurt for a vintage and ethnic-fashion store; Amharic wording "
         "(colobus repeats in a few sets, blind140 and blind177, kept as a repeat of the good; a used-cape label for a "
         "vintage store was found in no earlier row by a keyword search)", firm("Horizon Vintage Mode GmbH", "DE")),
        ("WLF-03", "import", "CZAIR01", "express", "MN", [], "CZ", "650699",
         "Хуучин үслэг малгай, 30 ширхэг", "MN", 9, 30, 300, "USD",
         "second-hand Mongolian fur hats are sheepskin or fox with felt crowns; these thirty are trimmed with thick, "
         "grey, silver-tipped fur with black-ringed tail pieces and the flat faces and round ears of small wild "
         "cats: Pallas's cat (Otocolobus manul, CITES App. II) without CITES documents, sent by express from "
         "Ulaanbaatar's Narantuul market to a Brno vintage shop; Mongolian wording (Pallas's cats repeat twice, "
         "blind137 and blind262, kept as a repeat of the good, and fur-hat labels twice, blind55 and blind66; "
         "second-hand fur hats for a vintage shop were found in no earlier row by a keyword search)",
         firm("Orion Second Hand s.r.o.", "CZ")),
        ("WLF-04", "import", "SESEA01", "sea", "US", [], "SE", "640399",
         "Used cowboy boots, leather, assorted, vintage, 600 pairs", "US", 1200, 600, 6000, "USD",
         "vintage cowboy boots from Texas rag houses are cowhide, calf and some embossed 'exotic-look' leather; 140 "
         "of these pairs have vamps of real skin with bony scutes and rectangular belly scales in bands, or "
         "oval-scaled lizard with pores: spectacled caiman and tegu lizard leather (Caiman crocodilus and Salvator "
         "spp., CITES App. II) without CITES documents, by sea from Houston to Gothenburg for a Stockholm vintage "
         "chain; US English wording (exotic leathers under cowboy-boot labels repeat in many sets, used western "
         "boots from a pawnshop in blind270, kept as a repeat of the cover; a Texas rag house's boots for a "
         "Stockholm vintage chain are the new part as far as a search found)",
         firm("Nordhafen Vintage AB", "SE")),
        ("WLF-05", "import", "NLROAD01", "road", "GB", [], "NL", "960719",
         "Vintage sewing notions, rag-merchant clearance: zips, 20 kg", "GB", 20, None, 200, "GBP",
         "a West Yorkshire rag merchant's clearance for a Haarlem vintage-haberdashery shop: zips and buckles cut "
         "from sorted clothing are what such merchants sell by the kilo, but the third item's 'tortoiseshell-effect "
         "buttons' are 4 kg of buttons of layered, translucent amber-and-brown shell that smells of burnt hair under "
         "a hot needle, with some of Schreger-lined ivory: hawksbill turtle (Eretmochelys imbricata) and elephant "
         "ivory (CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, by "
         "lorry through Hull and Rotterdam; British English wording (hawksbill buttons and button plates repeat in "
         "a few sets, blind186, blind210 and blind252, kept as a repeat of the good; behind a rag merchant's zips "
         "and buckles is the new part as far as a search found)",
         dict(firm("Horizon Fournituren BV", "NL"),
              _more_items=[item("830890", "Vintage buckles, assorted, 10 kg", "GB", 10, 100, "GBP"),
                           item("960621", "Tortoiseshell-effect buttons, 4 kg", "GB", 4, 40, "GBP")])),
        ("WLF-06", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "631010",
         "Cotton wiping rags, sorted, pressed bales, 18 t", "NG", 18000, None, 5400, "USD",
         "sorted cotton wiping rags are cut, clean squares of old T-shirts in pressed bales; in the core of 40 of "
         "these bales, wrapped in rag, are sacks of hard, keratin, shield-shaped scales with ridged surfaces: "
         "pangolin scales (Manis and Phataginus spp., CITES App. I), landed at Antwerp in transit from Lagos to Hai "
         "Phong, without the CITES documents that specimens in transit through the Union must carry; Nigerian "
         "English wording (pangolin scales repeat in many sets and in transit through Belgium once, by air under "
         "leather trimmings, blind235, kept as a repeat; wiping-rag bales by sea through Antwerp are the new part as "
         "far as a search found)",
         {"importer_country": "VN"}),
        ("WLF-07", "import", "NLSEA01", "sea", "TZ", [], "NL", "440149",
         "Vipande vya mbao za mwerezi kwa matandiko ya wanyama vipenzi, magunia, tani 4", "TZ", 4000, None, 1600,
         "USD",
         "cedar shavings for small-pet bedding are light, pale, pencil-scented curls of softwood; these sacks hold "
         "heavy, oily, yellow-brown heartwood chips and root pieces that smell sweet and milky of sandalwood, for a "
         "Rotterdam broker who sells to distillers: East African sandalwood (Osyris lanceolata, CITES App. II) "
         "without the Tanzanian export permit, by sea from Dar es Salaam; Swahili wording (East African sandalwood "
         "repeats in many sets under wood labels, kept as a repeat; a pet-bedding label was found in no earlier row "
         "by a keyword search)", firm("Delta Houthandel BV", "NL")),
        ("WLF-08", "import", "FRPOST01", "post", "IN", [], "FR", "611594",
         "చేతితో అల్లిన ఉన్ని సాక్స్, 20 జతలు", "IN", 2.4, 20, 30, "USD",
         "a parcel of hand-knitted woollen socks is soft, light and flat; this one is warm, has air holes and in "
         "twelve of the socks is a small, live tortoise with a domed, star-patterned yellow-and-black shell: Indian "
         "star tortoises (Geochelone elegans, CITES App. I) without CITES documents, posted from Hyderabad to a "
         "private keeper in Nîmes; Telugu wording (star tortoises in socks and toys repeat in many sets, kept as a "
         "repeat; a hand-knitted-socks parcel from Hyderabad is the new part as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("WLF-09", "import", "PTAIR01", "air", "MZ", [], "PT", "030695",
         "Camarão seco salgado, sacos de 10 kg, 6 sacos", "MZ", 60, 6, 240, "USD",
         "dried salted shrimp from Inhambane is small, curled, orange-pink and smells of the sea; under a top layer "
         "of shrimp these six sacks hold some 9,000 dried, grey-brown fish with horse-like heads, tube snouts, "
         "bony rings and curled tails: seahorses (Hippocampus spp., CITES App. II) without the Mozambican export "
         "permit, flown from Maputo to Lisbon for a dried-seafood trader who sells on to Chinese medicine shops; "
         "Mozambican Portuguese wording (dried seahorses under dried-shrimp and small-fish labels repeat in many "
         "sets, kept as a repeat; from Mozambique to Lisbon is the new part as far as a search found)",
         firm("Atlântico Secos do Mar Lda", "PT")),
        ("WLF-10", "import", "ATAIR01", "air", "AZ", [], "AT", "070310",
         "Əkin üçün soğan cücərtiləri (arpacıq), 25 kq kisə, 40 kisə", "AZ", 1000, 40, 800, "USD",
         "onion sets are small, round, papery brown bulbs of even size that smell of onion when cut; these sacks "
         "hold small, white, pear-shaped bulbs with thin tunics, forest soil and leaf stubs, 120,000 in all, dug in "
         "the Talysh woods: wild snowdrops (Galanthus, CITES App. II) without the Azerbaijani export permit, flown "
         "from Baku to Vienna for a bulb trader; Azerbaijani wording (wild snowdrops under onion-set labels repeat in "
         "a few sets, blind212 and blind220, kept as a repeat; from Azerbaijan by air is the new part as far as a "
         "search found)", firm("Alpina Blumenzwiebeln GmbH", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "KR", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (restoring vintage linen)", "KR", 2.3, 2, 30,
     "USD", [("PRECURSOR_LICENCE", "NL-EXPL-71-0213")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "LTAIR01", "air", "VN", "LT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (fibre testing in a home textile-conservation studio)", "VN",
     1.4, 1, 20, "USD", [("PRECURSOR_LICENCE", "LT-PD-71-0044")],
     "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "631090",
     "Sorting residues of used textiles (19 12 08), for energy recovery at a licensed plant, 22 t", "CH", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BY-71-0418")], "notified textile sorting residues to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "621010",
     "Asbestos-contaminated protective clothing (17 06 01*), for disposal at a licensed landfill, 6 t", "NO", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-71-0077")], "notified asbestos-contaminated clothing to a licensed landfill"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "JP", "FR", "290375",
     "HCFC-225ca/cb, analytical reference standard, 5 x 1 ml, for essential laboratory use", "JP", 0.05, 5, 600, "USD",
     [("ODS_LICENCE", "FR-DGPR-ODS-71-019")], "HCFC-225 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ESAIR01", "air", "US", "ES", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     500, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-71-008")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "970610",
     "Oudenaarde verdure tapestry, wool and silk, c. 1560, loan to a US museum", "BE", 40, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-71-0031")], "tapestry exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970690",
     "Bukhara suzani, silk on cotton, c. 1850, documented German collection since 1962, sold at auction", "DE", 4, 1,
     40000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-71-0166")],
     "suzani exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "HUAIR01", "air", "HU", "GE", "621040",
     "CBRN protective overgarments with full-face masks, 200 sets, for a Georgian civil-defence agency", "HU", 800,
     200, 90000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-71-0052"), ("END_USER_CERTIFICATE", "GE-EMA-EUC-71-0011")],
     "dual-use protective equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEAIR01", "air", "EE", "TR", "852589",
     "Cooled InGaAs short-wave infrared cameras, 20 units, for a Turkish textile-sorting plant", "EE", 80, 20, 500000,
     "EUR", [("EXPORT_LICENCE", "EE-SKK-71-0019"), ("END_USER_CERTIFICATE", "TR-TIC-EUC-71-0203")],
     "dual-use infrared cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "US", "FR", "621220",
     "Antique corsets with baleen stays, pre-Convention (c. 1885), 2 pcs", "US", 1, 2, 1200, "USD",
     [("CITES_PERMIT", "US-FWS-71-PC-0462")], "pre-Convention baleen with its CITES certificate"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "CO", "ES", "640399",
     "Cowboy boots of spectacled caiman leather (Caiman crocodilus fuscus), farmed, 40 pairs", "CO", 80, 40, 9600,
     "USD", [("CITES_PERMIT", "CO-MADS-71-0317")], "App. II caiman leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatus asmuo", "PRM-05": "Atlantic Laboratoire d'Analyses SARL",
    "PRM-06": "Meridian Laboratorios SL", "PRM-11": "Mme Claire Martin", "PRM-12": "Rivage Botas Vintage SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # collectors, sorting plants, used-clothing exporters, rag merchants, vintage shops and textile recyclers
    ("340290", "Vintage-shirt collar-stain remover, enzyme liquid, 1 l", "import", ["express"], ["KR", "JP"], (20, 40), (1, 3), ["USD"], 1, S),
    ("380991", "Carbonising auxiliary for recycled wool, dilute acid, IBCs", "import", ["sea"], ["TR"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("381400", "Leather-jacket recolouring thinner, ethyl-acetate-based, 1 l", "import", ["air"], ["TH", "IT"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("960990", "Tailors' chalk powder, talc-based, 500 g tubs", "import", ["air"], ["IN", "CN"], (3, 6), (100, 400), ["USD"], 2, S),
    ("282720", "Calcium chloride desiccant bags for shipping containers", "import", ["road"], ["UA", "TR"], (0.4, 0.8), (8000, 16000), ["EUR"], 1, S),
    ("283620", "Washing-soda crystals, 1 kg bags", "import", ["post"], ["AL", "TR"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("382290", "Fibre-identification test kits for textile sorting", "import", ["express"], ["VN", "CN"], (40, 80), (1, 3), ["USD"], 2, S),
    ("442199", "Cedar moth rings and blocks for wardrobes", "import", ["sea"], ["CN", "US"], (3, 6), (2000, 6000), ["USD"], 20, S),
    ("320416", "Reactive dyes for overdyeing cotton garments, 1 kg tubs", "import", ["air"], ["ID", "IN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("340290", "Odour-neutralising laundry additive for second-hand clothing, 5 l", "import", ["road"], ["TR", "MK"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("630900", "Used clothing, sorted, cream grade, 45 kg bales", "export", ["sea"], ["KE", "GH", "PK", "TN"], (0.8, 1.5), (10000, 20000), ["EUR"], None, S),
    ("630900", "Used shoes, paired, A grade, 25 kg sacks", "export", ["sea"], ["PK", "TG", "CM"], (0.8, 1.4), (6000, 16000), ["EUR"], None, S),
    ("392690", "Plastic clothes hangers, new", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 10, S),
    ("550320", "Recycled polyester staple fibre, 1.5 denier", "import", ["sea"], ["CN", "IN"], (1, 1.6), (15000, 22000), ["USD"], None, S),
    ("630900", "Used workwear, washed, sorted by size", "export", ["road"], ["RS", "MD"], (0.8, 1.5), (4000, 10000), ["EUR"], None, S),
    ("280700", "Sulphuric acid 96 %, technical, IBCs", "export", ["sea"], ["MA", "TN"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("851640", "Steam irons, new, boxed", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 1, S),
    ("283325", "Copper sulphate pentahydrate, technical, 25 kg bags", "export", ["sea"], ["TN", "MA"], (2, 3.5), (8000, 16000), ["EUR"], None, S),
    ("630392", "Flame-retardant hotel curtains, polyester, new", "import", ["road"], ["TR", "RS"], (6, 12), (1000, 4000), ["EUR"], 0.2, S),
    ("381400", "Grease-spot remover, isoparaffin-based, 1 l", "import", ["air"], ["PK", "IN"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("381400", "Hydrofluoroether precision cleaning fluid, 1 l", "import", ["air"], ["JP", "US"], (60, 100), (20, 100), ["USD"], 0.7, S),
    ("382499", "Oxygen absorbers for anoxic treatment of textiles", "import", ["air"], ["JP", "US"], (20, 40), (50, 200), ["USD"], 50, S),
    ("842410", "Water-mist fire extinguishers, 6 l, for warehouses", "import", ["road"], ["RS", "TR"], (8, 14), (500, 2000), ["EUR"], 0.1, S),
    ("841830", "Chest freezers, R-600a, new", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD"], 0.03, S),
    ("330749", "Fabric freshener sprays, pump bottles, 500 ml", "import", ["sea"], ["EG", "TR"], (2, 4), (4000, 10000), ["USD"], 2, S),
    ("392010", "PE stretch film for baling, rolls", "import", ["sea"], ["CN"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("630900", "Vintage clothing, graded, rag-house bales", "import", ["sea"], ["US", "CA"], (3, 8), (4000, 12000), ["USD"], None, S),
    ("630900", "Used kimonos, polyester and silk, bulk lots", "import", ["express"], ["JP"], (20, 40), (1, 4), ["USD"], 1, S),
    ("630491", "Suzani-style embroidered throws, new", "import", ["air"], ["UZ", "IN"], (20, 40), (50, 200), ["USD"], 0.5, S),
    ("960622", "Vintage-style metal buttons, mixed lots", "import", ["post"], ["RS", "TR"], (10, 20), (1, 3), ["EUR"], 300, S),
    ("570110", "Hand-knotted Turkmen-design wool rugs, new", "import", ["road"], ["TM", "TR"], (20, 40), (500, 2000), ["USD"], 0.1, S),
    ("620630", "Embroidered cotton blouses (vyshyvanka), new", "import", ["air"], ["UA", "GE"], (30, 60), (50, 200), ["EUR"], 3, S),
    ("580500", "Jacquard tapestry upholstery fabric, new", "export", ["air"], ["US", "CA"], (20, 40), (100, 400), ["EUR"], None, S),
    ("621040", "Disposable protective coveralls, type 5/6", "export", ["air"], ["AM", "GE"], (10, 20), (100, 500), ["EUR"], 5, S),
    ("630900", "Used clothing for humanitarian distribution, sorted", "export", ["sea"], ["LY", "LB"], (0.5, 1.2), (10000, 20000), ["EUR"], None, S),
    ("631010", "Cotton wiping rags, cut, washed, pressed bales", "import", ["sea"], ["NG", "PK", "IN"], (0.6, 1.2), (10000, 20000), ["USD"], None, S),
    ("847989", "Textile sorting conveyor tables, new", "export", ["road"], ["UA", "RS"], (6, 12), (1000, 4000), ["EUR"], 0.002, S),
    ("640399", "Used cowboy boots, cowhide, vintage", "import", ["sea"], ["US", "MX"], (6, 12), (2000, 6000), ["USD"], 0.6, S),
    ("621220", "Reproduction Victorian corsets, new", "import", ["express"], ["US", "GB"], (60, 120), (1, 3), ["USD"], 2, S),
    ("960621", "Tortoiseshell-effect acrylic buttons", "import", ["road"], ["GB"], (15, 30), (200, 800), ["GBP"], 400, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460212", "Rattan fruit baskets", "import", ["sea"], ["ID", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("442191", "Bamboo napkin holders", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 5, N),
        ("691200", "Stoneware egg holders", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("491000", "Paper desk calendars", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind274", 20711101, HERE)


if __name__ == "__main__":
    main()
