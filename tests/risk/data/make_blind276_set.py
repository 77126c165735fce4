#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-sixth blind set (tests/risk/data/blind276-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: workwear, uniforms and personal
protective equipment (workwear makers and distributors, uniform makers and ceremonial-uniform
suppliers, PPE importers and safety shops, workwear-rental laundries, safety-footwear makers and
their suppliers).
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
only where a real declaration would. Ids are BL276-*:

    python3 tests/risk/data/make_blind276_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "PK", [], "IE", "340290",
         "سرجیکل اسکربز اور لیب کوٹ کے لیے خون کے داغ صاف کرنے والا محلول، 1 لیٹر x 4 بوتلیں", "PK", 4.5, 4, 9000,
         "PKR",
         "the blood-stain removers Sialkot scrubs makers sell with their tunics are enzyme sprays with a few per "
         "cent of peroxide, thin, foaming and scented; these four litre bottles hold a water-clear, unscented liquid "
         "of 1.13 kg/l with vented caps that whitens the fingers, stings and fizzes violently on a drop of blood: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), posted from Sialkot to a private person in Dublin who "
         "sells 'hospital-grade' stain remover to nurses on a marketplace; Urdu wording (hydrogen peroxide repeats "
         "in many sets and a stain-remover label for film blood once, blind216; a blood-stain remover for surgical "
         "scrubs was found in no earlier row by a keyword search)",
         person("Ms Ayesha Malik", "IE")),
        ("PRE-02", "import", "CZAIR01", "air", "KR", [], "CZ", "382499",
         "보안경·안면보호구용 김서림 방지액 농축액, 1 L, 36병", "KR", 41, 36, 360, "USD",
         "the anti-fog liquids safety shops sell for goggles and face shields are a surfactant in water or alcohol "
         "of about 1.0 kg/l, sold in 30 ml sprays; these 36 litre bottles hold an oily, faintly fruity liquid of "
         "1.14 kg/l that leaves no film on a visor, and the drum label of the filler under the sticker reads "
         "'CH3NO2', for a Brno safety-shop chain whose web shop sells the 'concentrate' by the litre to model-engine "
         "hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown from Incheon "
         "to Prague; Korean wording (nitromethane repeats in many sets and anti-fog labels in three, blind58 for "
         "diving masks, blind108 and blind236 on ozone goods; a safety-goggle anti-fog concentrate was found in no "
         "earlier row by a keyword search)", firm("Vega Ochranné Pomůcky s.r.o.", "CZ")),
        ("PRE-03", "import", "GRSEA01", "sea", "IN", [], "GR", "382499",
         "கண் கழுவும் நிலைய பாதுகாப்பு திரவ செறிவு, 1 லிட்டர், 1,500 பாட்டில்கள்", "IN", 2760, 1500, 2250, "USD",
         "the preservative concentrate for portable eyewash stations is a few millilitres of buffered, "
         "bacteriostatic saline per 60-litre tank, water-thin and harmless; these 1,500 litre bottles hold a "
         "colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and chars the cardboard where a "
         "cap leaked, for a Piraeus safety-supply wholesaler whose counter and web shop sell the bottles to anyone: "
         "about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from "
         "Chennai; Tamil wording (sulphuric acid repeats in many sets; an eyewash-station label was found in no "
         "earlier row by a keyword search)", firm("Orion Mesa Prostasias AE", "GR")),
        ("PRE-04", "import", "BEAIR01", "air", "TH", [], "BE", "110812",
         "แป้งสำหรับสวมถุงมือยาง (แป้งข้าวโพด) ถุง 1 กก. 300 ถุง", "TH", 300, 300, 900, "USD",
         "glove-donning powder is absorbable maize starch, a soft, squeaky, white powder that swells to a paste in "
         "hot water; these 300 bags hold a gritty, crystalline white powder that does not swell, dissolves slowly, "
         "flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Liège PPE importer's web shop "
         "that sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Bangkok to Brussels; Thai wording (potassium perchlorate repeats in many sets; a "
         "glove-donning powder label was found in no earlier row by a keyword search)", firm("Meridian Gants de Protection SA", "BE")),
        ("PRE-05", "import", "FRSEA01", "sea", "EG", [], "FR", "380991",
         "ملح مقاوم للهب لتشريب ملابس اللحام القطنية، أكياس 1 كجم، 8,000 كيس", "EG", 8000, 8000, 6400, "USD",
         "flame-retardant salts for soaking cotton welding jackets are ammonium phosphate or borax blends that "
         "smell of ammonia when heated and char a cloth without flame; these 8,000 bags hold white crystals that "
         "make a soaked rag burn fiercely, flare with sugar and test as chlorate, for a Marseille workwear "
         "distributor that sells the bags over the counter to tradesmen and the public: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Alexandria; Egyptian Arabic wording "
         "(sodium chlorate repeats in many sets and flame-retardant labels in many rows on other goods; an "
         "impregnation salt for welding jackets on an oxidiser was found in no earlier row by a keyword search)",
         firm("Atlantic Vêtements de Travail SARL", "FR")),
        ("PRE-06", "import", "HUROAD01", "road", "RS", [], "HU", "291512",
         "Kalijum-formijat, ekološko sredstvo protiv leda, granule, vreće 25 kg, 800 vreća", "RS", 20000, 800, 5600,
         "EUR",
         "potassium-formate de-icer is a white, very hygroscopic granule that turns to brine in the hand and "
         "smells faintly of vinegar; these 800 bags hold white prills that turn ice-cold in water, test at 34 % N, "
         "melt and fume on a hot plate and carry Pančevo lot codes under the new labels, for a Szeged garden-centre "
         "chain that re-bags them in 10 kg buckets for the public: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, in a lorry at Röszke; Serbian wording (ammonium nitrate repeats "
         "in many sets and de-icer labels on it in several, blind13 among them; a potassium-formate label was found in no earlier row "
         "by a keyword search)", firm("Vega Kertészeti Áruház Kft.", "HU")),
        ("PRE-07", "import", "PLROAD01", "road", "UA", [], "PL", "281530",
         "Гранули для перезарядки хімічних кисневих саморятівників, 1 кг, 600 пакетів", "UA", 600, 600, 2400, "EUR",
         "the chemical-oxygen self-rescuers miners carry hold yellow potassium superoxide, sealed in the "
         "cartridge at the works and never sold loose, that fizzes and grows hot in moist breath; these 600 bags "
         "hold white, glossy crystals that do not react with breath or water, flare violet with sugar and whose "
         "inner bags read 'KClO3', for a Katowice mining-PPE web shop that sells 1 kg bags on a marketplace to "
         "anyone: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, in a van at "
         "Dorohusk; Ukrainian wording (potassium chlorate repeats in many sets and oxygen-candle labels in a few; a "
         "self-rescuer refill label was found in no earlier row by a keyword search)",
         firm("Nordhafen Sprzęt Górniczy Sp. z o.o.", "PL")),
        ("PRE-08", "import", "PTAIR01", "air", "BR", [], "PT", "382499",
         "Solução para gravação de crachás e plaquetas de identificação de fardamento, 1 litro, 200 frascos", "BR",
         280, 200, 2000, "BRL",
         "the etching kits uniform-accessory shops sell for engraving brass name badges and dog tags are ferric "
         "chloride, a dark brown, opaque liquid that stains yellow-brown; these 200 litre bottles hold a colourless "
         "to pale yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats into a "
         "brass badge with brown gas, for a Porto uniform-accessory web shop that sells the bottles to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from São Paulo "
         "to Lisbon; Brazilian Portuguese wording (nitric acid repeats in many sets and etching labels in many; a "
         "name-badge and dog-tag etching label was found in no earlier row by a keyword search)",
         firm("Rivage Fardamentos Lda", "PT")),
        ("PRE-09", "import", "ITSEA01", "sea", "TN", [], "IT", "250100",
         "Sel de bain du chott el-Jérid, cristaux naturels, sachets de 1 kg, 2 000 sachets", "TN", 2000, 2000, 1600,
         "EUR",
         "desert bath salt from the Tunisian chotts is a grey-pink, coarse, salty-tasting rock salt; these 2,000 "
         "sachets hold snow-white, damp, hygroscopic crystals that taste bitter-cool, dissolve at once, turn the "
         "sachets sticky and burn fiercely with sugar: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Sfax to Genoa for a Milan online spa shop; Tunisian French wording "
         "(sodium perchlorate repeats in many sets and bath-salt labels in many; a Tunisian chott bath salt is "
         "the new part as far as a search found)", firm("Delta Benessere Srl", "IT")),
        ("PRE-10", "import", "IESEA01", "sea", "GB", [], "IE", "340290",
         "Hi-vis garment colour-safe brightening wash additive, 20 l drums, 100 drums (consignment 2 of 4)", "GB",
         2400, 100, 3000, "GBP",
         "colour-safe additives for washing high-visibility garments are mild, blue-tinted, perfumed liquids of "
         "about 1.02 kg/l with a fluorescent brightener; these 100 drums hold a water-clear, unscented liquid of "
         "1.20 kg/l with vented caps that whitens the skin and bleaches a fluorescent vest grey, the second of four "
         "trailers booked that week on the Holyhead ferry, each kept under 2.5 t, for a Dublin workwear retailer "
         "that decants it into 1 l bottles for tradesmen and the public: about 50 % hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public; British English wording (hydrogen peroxide repeats in "
         "many sets and splits over several vehicles in a few; a hi-vis wash-additive label was found in no "
         "earlier row by a keyword search)", firm("Orion Workwear Supplies Ltd", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "VN", "842139",
         "P3-Atemschutzfilter und Einweg-Schutzanzüge, neuwertig, Restposten, 4 t", "DE", 4000, None, 2000, "EUR",
         "surplus P3 filters and disposable coveralls are sealed in foil and boxed by the maker with a date code; "
         "these bales hold loose, grey-dusted filter cartridges, torn type 5 coveralls taped at the wrists and "
         "overshoes, with fibrous dust in the folds, thrown out of a Duisburg asbestos-removal contractor's "
         "decontamination units: asbestos-contaminated PPE (17 06 01*, A2050), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg to Hai Phong for a 'PPE reseller'; German wording (asbestos "
         "waste repeats in many sets and filter-cartridge labels in several; used respirator filters from an "
         "asbestos contractor were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "CM", "630900",
         "Gebruikte werkkleding, gesorteerd, in balen, 12 t", "NL", 12000, None, 4800, "EUR",
         "a workwear-rental laundry's container for Douala: sorted, washed second-hand work trousers and jackets are "
         "what Dutch rental firms sell on to West African markets, but the third item's 'katoenen poetsdoeken, "
         "nieuw' are 6 t of grey, greasy shop towels from its towel-rental service, soaked in solvent, ink and "
         "oil, unwashed and smelling of thinner, in sealed drums: absorbents and wiping cloths contaminated by "
         "hazardous substances (15 02 02*), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration; Dutch wording (wiping-rag labels repeat in many sets and "
         "shop towels twice, blind166 and blind219; behind used workwear to Cameroon is the new part as far as a "
         "search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("630790", "Reflecterende veiligheidsvesten, gebruikt, 2 t", "NL", 2000, 800, "EUR"),
                           item("631090", "Katoenen poetsdoeken, nieuw, 6 t", "NL", 6000, 1200, "EUR")])),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "MY", "401519",
         "Guanti in nitrile, seconda scelta, sfusi, da riconfezionare, 18 t", "IT", 18000, None, 5400, "EUR",
         "second-grade nitrile gloves are new, off-colour or mis-sized gloves still in cartons from the line; these "
         "gaylords hold loose, used, torn gloves stained with blood and iodine, mixed with needle caps, swabs and "
         "the yellow bags of Lombardy hospital wards, for a Klang 'repacker' that washes and reboxes them as new: "
         "clinical waste (18 01 03*, Y1), hazardous waste whose export to a non-OECD country is banned, from La "
         "Spezia to Port Klang; Italian wording (used gloves repeat once, dev4-a, as baled hospital waste, and "
         "'seconda scelta' labels in four sets on other goods; hospital gloves as second-grade gloves for "
         "repacking are the new part as far as a search found)",
         {"importer_country": "MY"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "NG", "902710",
         "Käytetyt henkilökohtaiset kaasuvaroittimet, testattu, 6 000 kpl", "FI", 1800, 6000, 9000, "EUR",
         "used personal gas detectors sold for re-use come calibrated, with a bump-test certificate and in-date "
         "sensors; these 6,000 are dead, cracked units with swollen lithium packs, expired electrochemical cells "
         "and broken clips, taken back by a Finnish safety-equipment rental firm and never tested, at 1.50 EUR "
         "each: waste electrical equipment with lithium batteries (A1180), hazardous waste whose export to a "
         "non-OECD country is banned, from Kotka to Lagos; Finnish wording (gas detectors repeat in several sets; "
         "a safety-rental firm's personal monitors as tested used detectors are the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-05", "export", "MTSEA01", "sea", "MT", [], "LY", "262190",
         "Skorja tar-ram għall-isparar, ġdida, 24 t", "MT", 24000, None, 1200, "EUR",
         "new copper-slag abrasive is a clean, glassy, black grit of even size; these bags hold a dusty, "
         "multicoloured spent grit full of red and black paint flakes that reads tin, copper and zinc, swept from "
         "the dry dock of a Marsa ship-repair yard after hull blasting: spent abrasive with antifouling paint "
         "(12 01 16*), hazardous waste whose export to a non-OECD country is banned, from Valletta to Misrata; "
         "Maltese wording (copper-slag labels repeat in several sets, spent blasting grit in many and waste from "
         "Malta to Libya in many, kept as a repeat; a Maltese copper-slag label was found in no earlier row by a "
         "keyword search)", {"importer_country": "LY"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "IN", "411510",
         "Fibra de couro reconstituído para aglomerados de palmilhas, 20 t", "PT", 20000, None, 3000, "EUR",
         "leather fibre for bonded insole board is a clean, dry, light-brown fluff; these bags hold blue-grey, wet "
         "chrome shavings mixed with fine buffing dust and yellow-green tannery sludge that reads chromium(VI), "
         "from the tannery of a Felgueiras safety-boot maker, for a Kanpur 'board mill': leather dust and sludge "
         "with hexavalent chromium (A3090, 04 01 06 and 04 01 08 mixed), hazardous waste whose export to a "
         "non-OECD country is banned, from Leixões; Portuguese wording (leather shavings repeat in a few sets, "
         "blind235 among them; a safety-boot tannery's waste as insole-board fibre is the new part as far as a "
         "search found)", {"importer_country": "IN"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "621010",
         "Használt vegyvédelmi overallok, tisztított, újrafelhasználásra, 8 t", "HU", 8000, 16000, 3200, "EUR",
         "used chemical-protective coveralls sold for re-use would be washed, folded, sorted by size and tested; "
         "these bales hold unwashed, stiff, stained type 4 coveralls, gloves and overboots from the filling hall "
         "of a Hungarian pesticide formulator, reeking of organophosphate, for a Novi Sad 'agri-supply' firm: "
         "protective clothing contaminated by hazardous substances (15 02 02*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry at Röszke; Hungarian wording (pesticide-spraying suits once, "
         "blind60, as a strategic cover; contaminated protective overalls as waste were found in no earlier row by "
         "a keyword search)", {"importer_country": "RS"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "282739",
         "Chlorid železnatý, roztok, koagulant na úpravu vody, IBC, 22 t", "SK", 22000, 22, 1100, "EUR",
         "ferrous-chloride coagulant for water works is a clear, green solution of known strength with a maker's "
         "analysis; these IBCs hold a murky, rust-brown, fuming liquid with free hydrochloric acid, zinc and oily "
         "scum, drained from the pickling tanks of a Košice hot-dip galvaniser: spent pickling acid (11 01 05*), "
         "hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod 'water "
         "company'; Slovak wording (spent pickling liquors repeat in several sets under coagulant labels, kept as "
         "a repeat; from Slovakia by road to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "SN", "630790",
         "Donación humanitaria: equipos de protección individual nuevos (mascarillas, batas, guantes), 14 t", "ES",
         14000, None, 1400, "EUR",
         "a PPE donation is sealed cartons of in-date masks, gowns and gloves with lot numbers and a donor's "
         "letter; these 14 t are a regional health service's flood-damaged stockpile, mouldy, split cartons of "
         "masks, gowns and face shields years past their date, mixed with pallet wrap and wet cardboard, for a "
         "Dakar 'recycler' that burns them for fuel: mixed plastic waste (Y48) and discarded PPE, whose export to a "
         "non-OECD country is banned, from Valencia; Spanish wording (humanitarian-donation covers repeat in many "
         "sets and expired goods in many; an expired PPE stockpile as a donation of new PPE was found in no earlier "
         "row by a keyword search)", {"importer_country": "SN"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "IN", "281700",
         "Zinkoxide, technisch, voor keramische glazuren, 24 t", "BE", 24000, None, 9600, "EUR",
         "technical zinc oxide for glazes is a soft, pure-white, very fine powder; these bags hold a grey-white, "
         "lumpy, salty dust that smokes with ammonia on a hot plate and reads zinc, lead and chloride, emptied "
         "from the flue-gas bag filters of a Ghent hot-dip galvaniser: solid wastes from gas treatment containing "
         "hazardous substances (11 05 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Mundra; Flemish wording (zinc-bearing dusts repeat in several sets and ceramic-glaze zinc-oxide "
         "labels twice, blind83 and blind88, kept as a repeat of the label; a galvaniser's filter dust from "
         "Belgium to India is the new part as far as a search found)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DKAIR01", "air", "ID", [], "DK", "381400",
         "Cairan penghilang noda untuk seragam kerja, 500 ml x 240 botol", "ID", 191, 240, 720, "USD",
         "the spot removers uniform-rental laundries use are citrus or hydrocarbon blends of 0.78-0.85 kg/l that "
         "smell of orange or petrol and burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, "
         "flown from Jakarta to Copenhagen for a uniform-rental firm; Indonesian wording (carbon tetrachloride "
         "repeats in many sets and spot-remover labels on ozone goods in several, blind204's for prison laundries "
         "among them, kept as a repeat of the label; a work-uniform spot remover from Indonesia is the new part as "
         "far as a search found)",
         firm("Nordhafen Arbejdstøj ApS", "DK")),
        ("OZN-02", "import", "LTAIR01", "air", "VN", [], "LT", "381400",
         "Dung dịch tẩy vết mực in lụa cho súng xịt, dùng cho in đồng phục, 1 lít x 96 chai", "VN", 128, 96, 480,
         "USD",
         "the spotting fluids screen printers shoot from a spray gun to lift misprinted ink off workwear are "
         "citrus or hydrocarbon blends of 0.8 kg/l that burn; these 96 bottles weigh 1.33 kg/l, do not burn, "
         "smell faintly sweet and the filler's inner labels read '1,1,1-TCA': 1,1,1-trichloroethane (methyl "
         "chloroform), whose import into the Union is banned, flown from Ho Chi Minh City to Vilnius for a workwear "
         "printer; Vietnamese wording (methyl chloroform repeats in many sets, spotting labels in several and a "
         "spotting-gun label once, blind162, on a garment-stain remover; a screen printer's spotting fluid for "
         "uniform printing is the new part as far as a search found)",
         firm("Orion Darbo Drabužiai UAB", "LT")),
        ("OZN-03", "import", "ATAIR01", "air", "JP", [], "AT", "381400",
         "難燃作業服用ドライクリーニング溶剤（炭化水素系）, 200L ドラム x 8本", "JP", 2500, 8, 700000, "JPY",
         "the hydrocarbon solvents that clean flame-resistant work garments are isoparaffins of 0.76 kg/l with a "
         "flash point on the label; these eight drums weigh 1.56 kg/l, do not burn, boil off warm at 48 °C with a "
         "faint ether smell and the drum heads are stamped 'R-113': CFC-113 (trichlorotrifluoroethane), whose "
         "import into the Union is banned, flown from Osaka to Vienna for the solvent line of a workwear-rental "
         "laundry; Japanese wording (CFC-113 repeats in many sets and dry-cleaning labels in many, kept as a repeat "
         "of the label; a solvent for flame-resistant workwear is the new part as far as a search found)",
         firm("Alpina Berufskleidung Service GmbH", "AT")),
        ("OZN-04", "import", "ESSEA01", "sea", "MY", [], "ES", "841869",
         "Vest penyejuk peribadi dengan pemampat mikro (R-134a), 400 unit", "MY", 1200, 400, 40000, "USD",
         "personal cooling vests with a belt-worn micro-compressor carry a few tens of grams of R-134a and an "
         "F-gas label; these 400 read 9 bar at 20 °C, a leak detector names HCFC-22 and the compressor plates "
         "read 'R22' under the sticker: equipment charged with chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Port Klang to Valencia for a workwear distributor that sells them to "
         "steelworks and foundries; Malay wording (HCFC-22 in equipment repeats in many sets, kept as a repeat; a "
         "personal cooling vest was found in no earlier row by a keyword search)",
         firm("Meridian Vestuario Laboral SL", "ES")),
        ("OZN-05", "import", "ROSEA01", "sea", "IN", [], "RO", "340399",
         "पीयू सेफ्टी जूता सोल मोल्ड रिलीज़ एजेंट, सिलिकॉन-मुक्त, 200 लीटर ड्रम, 40 ड्रम", "IN", 9900, 40, 8000,
         "USD",
         "silicone-free release agents for polyurethane safety-boot soles are waxes in a hydrocarbon or water "
         "carrier of 0.8-1.0 kg/l; these 40 drums weigh 1.24 kg/l, bulge in the sun, boil in the warm hand at 32 °C "
         "with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the "
         "Union is banned, by sea from Mundra to Constanța for a Cluj safety-footwear maker; Hindi wording "
         "(HCFC-141b repeats in many sets and mould-release labels in several, kept as a repeat of the label, and PU "
         "shoe soles once, blind186; a safety-boot sole release agent from India is the new part as far as a search "
         "found)", firm("Delta Încălțăminte de Protecție SRL", "RO")),
        ("OZN-06", "import", "GRROAD01", "road", "AL", [], "GR", "382499",
         "Spraj ftohës për dëmtime sportive, 400 ml, 1.200 copë", "AL", 600, 1200, 1800, "EUR",
         "sports cold sprays hold a propane-butane or dimethyl-ether propellant that lights at a flame; these "
         "1,200 cans weigh more than the label allows, do not light, frost the skin white and a leak detector names "
         "dichlorodifluoromethane: CFC-12, whose import into the Union is banned, in a van at Kakavia for an "
         "Ioannina sports-goods wholesaler; Albanian wording (CFC-12 repeats in many sets and a sports cold-spray "
         "label once, blind162, kept as a repeat of the label; ozone goods from Albania at Kakavia repeat in many "
         "sets, and this label on that road is the only new part)",
         firm("Vega Athlitika AE", "GR")),
        ("OZN-07", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "281290",
         "Fluorură de sulfuril, fumigant pentru depozite, butelii 50 kg, 40 butelii", "CN", 2000, 40, 16000, "USD",
         "sulfuryl fluoride for warehouse fumigation is a gas stored at 16 bar that a leak detector names at once; "
         "these 40 cylinders read 1.8 bar at 20 °C, the contents smell faintly sweet, boil at 4 °C and the valves "
         "are stamped 'CH3Br': methyl bromide, moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Constanța in transit from Qingdao to a Chişinău vineyard-supply firm; Romanian "
         "wording (methyl bromide under sulfuryl-fluoride labels repeats in many sets and ozone goods in transit "
         "through Romania to Moldova in several, kept as a repeat; a warehouse-fumigant label for a vineyard-supply "
         "firm is the new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-08", "export", "HRSEA01", "sea", "HR", [], "LY", "845110",
         "Rabljeni strojevi za kemijsko čišćenje radne odjeće, 6 kom", "HR", 9000, 6, 12000, "EUR",
         "used dry-cleaning machines for export are perchloroethylene or hydrocarbon machines drained of solvent, "
         "with their data plates; these six are 1980s machines from a Rijeka workwear laundry whose plates read "
         "'R113', with solvent still in the tanks and stills and R-12 in the cooling units: equipment relying on "
         "and containing CFCs, whose export from the Union Regulation 2024/590 bans, from Rijeka to Benghazi; "
         "Croatian wording (CFC equipment for export repeats in many sets and dry-cleaning machines in several, "
         "kept as a repeat; a workwear laundry's machines to Libya are the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("OZN-09", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "呼吸器及氧气阀门清洗剂 (HFE-7100 氢氟醚), 1升 x 120瓶", "CN", 186, 120, 3600, "USD",
         "the hydrofluoroether solvents breathing-apparatus workshops use to clean oxygen valves and regulators "
         "are HFE-7100 at 1.52 kg/l with a maker's certificate; these 120 bottles weigh 1.55 kg/l, boil at 54 °C, "
         "and the filler's inner labels read 'AK-225' and 'HCFC-225ca/cb': dichloropentafluoropropane, whose "
         "import into the Union is banned, flown from Shanghai to Frankfurt for a fire-brigade breathing-apparatus "
         "service firm; Chinese wording (HCFC-225 under HFE labels repeats in many sets, kept as a repeat of the "
         "label; breathing-apparatus oxygen cleaning is the new part as far as a search found)",
         firm("Central Atemschutz Service GmbH", "DE")),
        ("OZN-10", "import", "BGROAD01", "road", "TR", [], "BG", "621133",
         "İtfaiyeci koruyucu elbisesi (EN 469), aramid, 200 takım", "TR", 700, 200, 24000, "EUR",
         "a fire-brigade supplier's lorry for Sofia: turnout suits and helmets are what the Istanbul maker ships "
         "to Bulgarian brigades, but the third item's 'ABC kuru kimyevi tozlu söndürücüler' are 120 red cylinders "
         "that slosh a liquid, not powder, spray a gas that vanishes, and read 'BCF' and '1211' on the valve "
         "collars: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, at Kapitan Andreevo; Turkish "
         "wording (halon 1211 repeats in many sets and powder-extinguisher labels on it in several; behind "
         "firefighter turnout suits is the new part as far as a search found)",
         dict(firm("Vega Protivopozharna Tehnika EOOD", "BG"),
              _more_items=[item("650610", "İtfaiye kaskı (EN 443), 200 adet", "TR", 300, 16000, "EUR", qty=200),
                           item("842410", "ABC kuru kimyevi tozlu söndürücüler, 6 kg, 120 adet", "TR", 720, 2400,
                                "EUR", qty=120)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "KZ", [], "DE", "830890",
         "Фурнитура для парадной формы: накладки латунные с позолотой, 60 шт.", "KZ", 0.4, 60, 120, "USD",
         "the gilt fittings ceremonial-uniform makers buy are new, stamped brass with a bright, even gilding and a "
         "pin or screw back; these 60 are thin, hand-hammered gold plaques of stags, griffins and curled "
         "panthers, with tiny holes for sewing onto cloth and earth in the folds: Saka gold garment appliqués "
         "(7th-3rd century BC) dug from kurgans in Kazakhstan, whose export Kazakhstan forbids, brought in without "
         "the import licence Regulation 2019/880 requires, flown from Almaty to Berlin for a parade-uniform maker; "
         "Russian wording from Kazakhstan (Scythian and Saka gold repeats in many sets and gilt-brass labels on it "
         "in several, blind137, blind204 and blind261 among them; a parade-uniform fitting label was found in no "
         "earlier row by a keyword search)", firm("Horizon Uniformen GmbH", "DE")),
        ("CUL-02", "import", "ITAIR01", "express", "EG", [], "IT", "581091",
         "شارات مطرزة لزي العمل، قطن، 40 قطعة", "EG", 0.5, 40, 40, "USD",
         "embroidered workwear patches are new, machine-stitched badges with a heat-seal or overlocked edge; these "
         "40 are brittle, faded roundels and bands of linen and purple wool in tapestry weave, with dancers, "
         "hares and vines, cut from burial tunics: Coptic textile fragments (4th-8th century) from Egyptian "
         "cemeteries, whose export Egypt forbids, brought in without an import licence (Regulation 2019/880), sent "
         "by express from Cairo to a private buyer in Bologna; Egyptian Arabic wording (Coptic textiles repeat in "
         "many sets and patch labels in several; a workwear-patch label was found in no earlier row by a keyword "
         "search)", person("Sig.ra L. Conti", "IT")),
        ("CUL-03", "import", "BGROAD01", "road", "IR", ["TR"], "BG", "732620",
         "پیش‌بند توری فلزی محافظ برای قصابی، دست‌دوم، ۲ عدد", "IR", 12, 2, 80, "USD",
         "the stainless chain-mesh aprons butchers wear are light, bright, welded rings with a plastic strap, a "
         "few hundred grams; these two are heavy, dark, riveted iron shirts of hand-drawn rings with brass rings "
         "woven in borders and tiny stamped Persian inscriptions on some links: Safavid-period mail shirts "
         "(zereh, 16th-17th century), cultural goods whose export Iran forbids, brought in without the importer "
         "statement Regulation 2019/880 requires for goods over 200 years old, on a lorry through Türkiye to "
         "Kapitan Andreevo for a Plovdiv meat-processing firm's owner; Persian wording (mail shirts repeat twice, "
         "blind204 and blind234, kept as a repeat of the good; a butcher's mesh-apron label was found in no earlier "
         "row by a keyword search)", firm("Rivage Meso EOOD", "BG")),
        ("CUL-04", "import", "HUROAD01", "road", "RS", [], "AT", "830890",
         "Kopče i okovi za opasače uniformi, mesing, 300 kom", "RS", 3, 300, 150, "EUR",
         "brass buckles and fittings for uniform belts are new, cast or stamped, identical and bright; these 300 "
         "are green-crusted, pitted copper-alloy belt plates, strap-ends and openwork buckles of many patterns, "
         "some with rivets and leather traces, each different: Roman military belt fittings (cingulum, 2nd-4th "
         "century) dug by detectorists on the Danube limes near Viminacium, archaeological objects whose export "
         "Serbia forbids, brought in without an import licence (Regulation 2019/880), in a van at Röszke for a "
         "Vienna uniform-supply firm; Serbian wording (Roman belt fittings repeat in several sets and a belt-buckle "
         "label in the same language once, blind228, kept as a repeat of the label; fittings for uniform belts are "
         "the new part as far as a search found)",
         firm("Orion Uniformen Handels GmbH", "AT")),
        ("CUL-05", "import", "FRAIR01", "air", "CA", [], "FR", "442199",
         "Snow goggles, carved, reproduction, souvenir, 6 pcs", "CA", 0.4, 6, 180, "CAD",
         "souvenir snow goggles are new, machine-cut wood or antler with a leather strap and a maker's tag; these "
         "six are yellowed, cracked, hand-cut walrus-ivory and antler goggles with narrow slits, drilled strap "
         "holes, soot-blackened insides and permafrost staining: Thule-culture snow goggles (13th-17th century) "
         "from archaeological sites in Nunavut, whose export Canada forbids without a permit, brought in without "
         "the import licence Regulation 2019/880 requires (and walrus ivory without CITES App. III documents), "
         "flown from Montreal to Paris for a dealer; Canadian English wording (Thule objects repeat twice, blind148 "
         "and blind212; snow goggles, early eye protection, were found in no earlier row by a keyword search)",
         firm("Alpina Arts Premiers SARL", "FR")),
        ("CUL-06", "import", "BEAIR01", "air", "ET", [], "BE", "650500",
         "የክብር ዘብ ዩኒፎርም ቤሬት፣ ሱፍ፣ 500 ቁራጭ", "ET", 60, 500, 1500, "USD",
         "a ceremonial-uniform order from Addis Ababa for a Brussels supplier: wool berets and woven belts are what "
         "the Ethiopian workshop sews for honour guards, but the third item's 'የሰልፍ ዱላ ጫፎች፣ ናስ' (brass "
         "parade-staff finials) are 12 cast and engraved bronze processional crosses with worn tangs, candle soot "
         "and Ge'ez inscriptions naming a church near Lalibela: religious objects stolen from Ethiopian churches, "
         "whose export Ethiopia forbids and whose import Regulation 2019/880 (Article 3(1)) forbids, hidden as the "
         "last item of a three-item declaration; Amharic wording (Ethiopian processional crosses repeat in many "
         "sets; parade-staff finials behind honour-guard berets are the new part as far as a search found)",
         dict(firm("Atlantic Uniformes Cérémoniels SA", "BE"),
              _more_items=[item("630790", "የሰልፍ ቀበቶዎች፣ የተሸመነ፣ 500 ቁራጭ", "ET", 50, 1000, "USD", qty=500),
                           item("830629", "የሰልፍ ዱላ ጫፎች፣ ናስ፣ 12 ቁራጭ", "ET", 14, 120, "USD", qty=12)])),
        ("CUL-07", "import", "LVAIR01", "air", "TJ", [], "LV", "691490",
         "Гулдонҳои сафолӣ, дастсоз, 4 дона", "TJ", 60, 4, 200, "USD",
         "handmade terracotta plant pots are new, evenly fired, round and drilled at the base; these four are "
         "rectangular, lidded clay boxes with stamped arcades, fire-altar priests and mourners, earth inside and "
         "bone fragments in one: Sogdian ossuaries (6th-8th century) dug near Panjakent, archaeological objects "
         "whose export Tajikistan forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Dushanbe to Riga for a garden-goods shop; Tajik wording (ossuaries repeat in several sets, kept as a "
         "repeat of the good; from Tajikistan to Latvia is the new part as far as a search found)",
         firm("Vega Dārza Preces SIA", "LV")),
        ("CUL-08", "import", "CZAIR01", "air", "KG", [], "CZ", "680293",
         "Бакча үчүн таш айкел, жасалма, 1 даана", "KG", 260, 1, 300, "USD",
         "a garden statue is a new cast-stone or sawn-granite figure, machine-smooth; this is a lichen-spotted, "
         "weathered granite slab carved with a moustached face, a belt and a cup held at the chest, with fresh "
         "earth at the base: a Turkic memorial stone (balbal, 6th-10th century) pulled from a steppe site in the "
         "Chuy valley, whose export Kyrgyzstan forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Bishkek to Prague for a garden-design firm; Kyrgyz wording (balbals repeat in five "
         "sets and this garden-statue label in two, blind58 and blind234, kept as a repeat; by air to Prague is "
         "the new part as far as a search found)",
         firm("Central Zahrady s.r.o.", "CZ")),
        ("CUL-09", "transit", "ESAIR01", "air", "BO", ["ES"], "US", "630900",
         "Ponchos y aguayos de lana usados, 12 piezas", "BO", 6, 12, 120, "USD",
         "used wool ponchos and aguayos are worn, machine-dyed, synthetic-blend cloths sold by weight; these 12 "
         "are fine, hand-spun, vegetable-dyed ceremonial garments with the community's ancestral patterns, "
         "folded in cloth bundles with coca leaves between them: sacred textiles (q'ipi) of the Coroma community, "
         "cultural heritage whose export Bolivia forbids, landed at Madrid in transit to a Santa Fe dealer, against "
         "Regulation 2019/880 (Article 3(1)), which covers goods in transit; Bolivian Spanish wording (Coroma "
         "textiles repeat in several sets, kept as a repeat; a transit through Madrid is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("CUL-10", "export", "PLAIR01", "express", "PL", [], "GB", "620311",
         "Kostium filmowy, mundur ułański z czapką, używany, 1 kpl.", "PL", 3, 1, 200, "EUR",
         "a costume-hire uhlan uniform is a new-sewn replica of cheap wool with machine lace and plastic buttons; "
         "this is a hand-tailored 1920s-30s officer's kurtka and czapka of fine cloth with silver-wire "
         "embroidery, a tailor's label from Warsaw and a museum inventory number inked inside, stolen from a "
         "regional museum and listed as lost: a monument whose permanent export Poland forbids, exported without "
         "the Polish permit and the EU export licence of Regulation 116/2009 that its age and value require, sent "
         "by express from Warsaw to a London militaria dealer; Polish wording (re-enactment uniforms once, blind234, "
         "as a cover on an ozone good; a film-costume uhlan uniform was found in no earlier row by a keyword "
         "search)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "air", "CZ", [], "KZ", "690912",
         "Keramické tepelné štíty do slévárenských ochranných zástěr, 400 ks", "CZ", 1200, 400, 12000, "EUR",
         "heat shields for foundry aprons are thin, light aluminised pads or felt inserts of a few hundred grams; "
         "these 400 are curved, 3 kg boron-carbide and silicon-carbide plates bonded to polyethylene backing, "
         "cut 25 x 30 cm, with NIJ level IV test stamps, at 30 EUR each declared against 600 EUR on the maker's "
         "list, for an Almaty 'foundry-supply' firm whose forwarder ships on to Russia: body-armour plates "
         "(Common Military List ML13), exported without a licence and for re-export against Regulation 833/2014, "
         "flown from Prague; Czech wording (armour plates repeat in many sets; a foundry-apron heat-shield label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "KG", "620333",
         "Abbigliamento da caccia mimetico, giacche e pantaloni, 3.000 capi", "IT", 2400, 3000, 60000, "EUR",
         "hunting camouflage is printed cotton or polyester at 40-80 EUR a jacket; these 3,000 are multispectral "
         "combat uniforms whose cloth is treated to match vegetation in near infrared, with a maker's remission "
         "test sheet and military size labels, at 20 EUR declared against 300 EUR on the list, for a Bishkek "
         "'hunting-goods' firm whose orders go on to Moscow: military uniforms with signature reduction (Common "
         "Military List ML13 and ML17), exported without a licence and for re-export to Russia against Regulation "
         "833/2014, flown from Milan; Italian wording (camouflage repeats in four sets; near-infrared uniforms as "
         "hunting clothing via Kyrgyzstan are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-03", "export", "BGSEA01", "sea", "BG", [], "GE", "902000",
         "Пълнолицеви респиратори за бояджии, с филтри, 1 200 бр.", "BG", 1800, 1200, 36000, "EUR",
         "painters' full-face respirators take screw-in A2P3 filters and cost 120 EUR; these 1,200 have butyl "
         "rubber faceblanks, drinking tubes, 40 mm NATO-thread canisters filled with impregnated carbon and a "
         "maker's test sheet for sarin and mustard permeation: gas masks specially designed for defence against "
         "chemical-warfare agents (dual-use 1A004), exported without the licence Regulation 2021/821 requires, "
         "from Burgas to Poti for a Tbilisi 'paint-supply' firm whose freight goes on to Tabriz; Bulgarian wording "
         "(1A004 masks once, blind60, as pesticide-spraying suits; a painter's-respirator label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-04", "export", "LUAIR01", "air", "LU", [], "AE", "841391",
         "Pièces détachées pour pompes centrifuges, 40 colis", "LU", 800, 40, 24000, "EUR",
         "centrifugal-pump spares are impellers, seals and bearings of cast iron and bronze; these 40 cases hold "
         "single-crystal nickel-alloy blades, combustor liners and fuel nozzles for industrial gas turbines, with "
         "the maker's part numbers for a model sold to Iranian gas compressor stations, for a Jebel Ali forwarder "
         "whose freight goes on to Bandar Abbas: key equipment for the Iranian oil and gas industry under the Iran "
         "regulation, exported without authorisation, flown from Luxembourg; Luxembourg French wording (gas-turbine "
         "parts repeat in a few sets and pump-spares labels on other strategic goods in a few, blind168 among "
         "them; gas-turbine parts under a pump-spares label from Luxembourg are the new part as far as a search "
         "found)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "KZ", "650610",
         "Forsthelm-Kombinationen mit Gehörschutz und Gesichtsschutzgitter, 600 Stück", "AT", 900, 600, 30000,
         "EUR",
         "forestry helmet sets are 400-500 g vented plastic shells with ear defenders and a mesh visor at 50 EUR; "
         "these 600 weigh 1.5 kg each, are aramid composite shells with accessory rails and a ballistic test "
         "stamp, with the ear defenders and mesh visors packed loose beside them, for an Almaty 'forestry supply' "
         "firm that ships to Russia: military helmets (Common Military List ML13) exported without a licence and "
         "for re-export against Regulation 833/2014, flown from Vienna; Austrian German wording (ballistic helmets "
         "repeat in many sets and a climbing-helmet label once, blind204; a forestry-helmet label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "import", "DESEA01", "sea", "CN", [], "DE", "620343",
         "涤棉多口袋工装裤, 12,000件, 中国制造", "CN", 7200, 12000, 48000, "USD",
         "Chinese workwear trousers come with the maker's labels, a factory audit and a Chinese supplier's "
         "invoice; these 12,000 carry sewn-in size labels in Korean under the Chinese hang-tags, were sewn in "
         "Sinuiju for a Dandong intermediary and cross the Yalu on the consignment file's first lorry note: "
         "textiles from North Korea, whose import the UN sanctions and Regulation 2017/1509 forbid, by sea from "
         "Dalian to Hamburg for a workwear wholesaler; Chinese wording (DPRK textiles under a Chinese origin "
         "repeat in many sets, blind40's cotton trousers among them, kept as a repeat; multi-pocket workwear with "
         "Korean size labels is the new part as far as a search found)",
         firm("Nordhafen Berufsbekleidung GmbH", "DE")),
        ("STR-07", "import", "FRAIR01", "air", "HK", [], "FR", "902110",
         "倉務人員腰部承托護腰帶, 200條", "HK", 160, 200, 4000, "USD",
         "lumbar-support belts for warehouse staff are elastic bands with stays and Velcro, 300 g each; these 200 "
         "are 800 g padded belts with electrode pads on the inner face, a battery pack and a remote transmitter "
         "rated for 50,000 volts: remote-controlled electric-shock belts for restraining people, whose import into "
         "the Union Regulation 2019/125 (Annex II) forbids, flown from Hong Kong to Paris for a security-uniform "
         "supplier that equips prisoner-escort firms; Cantonese (traditional Chinese) wording (stun belts repeat in "
         "several sets; a lumbar-support-belt label was found in no earlier row by a keyword search)",
         firm("Orion Sécurité Uniformes SARL", "FR")),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "630790",
         "Didelio matomumo liemenės, 4 000 vnt.", "LT", 800, 4000, 8000, "EUR",
         "a workwear distributor's lorry for Minsk: high-visibility vests and work gloves are what Belarusian "
         "road-maintenance firms buy, but the third item's 'polikarbonatinės mašinų apsaugos ir pramoniniai "
         "šalmai su skydeliais' are 300 curved, handled riot shields and 300 riot helmets with neck guards and "
         "visors, for the buyer's security-forces customer: equipment which might be used for internal repression, "
         "whose sale to Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration, "
         "at Medininkai; Lithuanian wording (vests and helmets as the lawful items once, blind245, for GNSS "
         "receivers to Bishkek; riot shields as machine guards to Belarus are the new part as far as a search "
         "found)",
         dict({"importer_country": "BY"},
              _more_items=[item("401519", "Apsauginės darbo pirštinės, 10 000 porų", "LT", 600, 6000, "EUR",
                                qty=10000),
                           item("392690", "Polikarbonatinės mašinų apsaugos ir pramoniniai šalmai su skydeliais, "
                                "600 vnt.", "LT", 1500, 3000, "EUR", qty=600)])),
        ("STR-09", "import", "ITSEA01", "sea", "TR", [], "IT", "732690",
         "İş güvenliği ayakkabısı için çelik burun koruyucu, 200 J, 240.000 adet", "TR", 18000, 240000, 36000, "USD",
         "Turkish steel toe caps are stamped from Turkish or EU strip with a mill certificate; the mill "
         "certificates in this file are from Magnitogorsk, the strip coils were bought through an Istanbul trader "
         "and the Turkish certificate of origin names a stamping shop in Gebze: toe caps processed in a third "
         "country from Russian steel, whose import Regulation 833/2014 (Article 3g, Annex XVII) forbids, by sea "
         "from Gemlik to Venice for a Montebelluna safety-footwear maker; Turkish wording (Russian steel through "
         "third countries repeats in several sets; safety-boot toe caps were found in no earlier row as a "
         "sanctions good by a keyword search)", firm("Alpina Calzature Antinfortunistiche Srl", "IT")),
        ("STR-10", "transit", "GRSEA01", "sea", "IN", ["GR"], "LB", "382499",
         "Lithium battery electrolyte for Li-SOCl2 cells, 40 drums", "IN", 16400, 40, 28000, "USD",
         "a battery electrolyte for lithium-thionyl chloride cells is a few litres of salt solution filled at the "
         "cell maker; these 40 drums hold 16 t of neat, fuming, yellow thionyl chloride of 1.64 kg/l with "
         "Schedule 3 papers left in the file, for a Beirut 'battery assembler' with no cell line whose orders go "
         "on to Syria: thionyl chloride (CWC Schedule 3, dual-use 1C350), stopped in transit at Piraeus under "
         "Article 7 of Regulation 2021/821 on its way from Nhava Sheva; Indian English wording (thionyl chloride "
         "repeats in many sets and Li-SOCl2 electrolyte labels twice, blind31 and blind35, kept as a repeat of the "
         "label; a transit through Piraeus to Beirut is the new part as far as a search found)",
         {"importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "PE", [], "DE", "401519",
         "Guantes de nitrilo para trabajo, 10.000 pares", "PE", 400, 10000, 3000, "USD",
         "a work-glove air shipment from Lima for a Bremen safety wholesaler: nitrile gloves and alpaca work socks "
         "are what the Peruvian supplier sells, but the third item's 'guantes de trabajo de cuero de cerdo' are "
         "1,200 pairs of soft, grey-brown gloves whose grain shows pores in triangles of three, tanned from "
         "collared and white-lipped peccary taken in the Loreto forests: peccary leather (Pecari tajacu and Tayassu "
         "pecari, CITES App. II) without the Peruvian export permit, hidden as the last item of a three-item "
         "declaration; Peruvian Spanish wording (peccary leather repeats in several sets and pigskin-glove labels on "
         "it twice, blind66 and blind101; behind nitrile work gloves is the new part as far as a search found)",
         dict(firm("Meridian Arbeitsschutz GmbH", "DE"),
              _more_items=[item("611594", "Medias de alpaca para trabajo, 2.000 pares", "PE", 200, 4000, "USD",
                                qty=2000),
                           item("420329", "Guantes de trabajo de cuero de cerdo, 1.200 pares", "PE", 180, 3600, "USD",
                                qty=1200)])),
        ("WLF-02", "import", "ESAIR01", "air", "CO", [], "ES", "640391",
         "Botas de trabajo en cuero de res grabado, 300 pares", "CO", 450, 300, 9000, "USD",
         "embossed cowhide work boots have a printed, even crocodile pattern that repeats every few centimetres "
         "and a smooth, uniform back; these 300 pairs have bony, ridged scales of uneven size with a pit in each "
         "belly scale and a ragged tail-scale row, tanned from spectacled caiman: Caiman crocodilus fuscus (CITES "
         "App. II) leather without Colombian export permits, flown from Bogotá to Madrid for a Spanish work-boot "
         "distributor; Colombian Spanish wording (caiman repeats in many sets; an embossed-cowhide work-boot label "
         "was found in no earlier row by a keyword search)", firm("Rivage Calzado Laboral SL", "ES")),
        ("WLF-03", "import", "FRAIR01", "air", "PG", [], "FR", "670100",
         "Ol plaim bilong hat bilong ami parade, kala, 400", "PG", 3, 400, 400, "USD",
         "the plumes ceremonial-uniform makers fit on parade helmets are dyed rooster hackle or ostrich, even "
         "and glued to a stem; these 400 are long, lacy, golden-orange and wire-like flank plumes still on the "
         "dried skin, and iridescent breast shields, from wild birds of paradise: Paradisaea raggiana and P. minor "
         "(CITES App. II) without CITES documents, flown from Port Moresby to Paris for a military passementerie "
         "maker; Tok Pisin wording (birds of paradise repeat in many sets and plume labels in several; a "
         "parade-helmet plume label was found in no earlier row by a keyword search)",
         firm("Delta Passementerie Militaire SARL", "FR")),
        ("WLF-04", "import", "NLAIR01", "air", "NG", [], "NL", "960629",
         "Tagua nut buttons for chef jackets, natural, 20,000 pcs", "NG", 60, 20000, 800, "USD",
         "tagua-nut buttons are creamy and show a dark spot of the seed's skin on the back; these 20,000 show "
         "fine crossing Schreger lines in the cut face, and some are turned from yellowed, cracked bark: elephant "
         "ivory (Loxodonta africana, CITES App. I) from Nigerian stockpiles turned in Lagos, without CITES "
         "documents, flown from Lagos to Amsterdam for a chef-workwear maker; Nigerian English wording (ivory under "
         "tagua labels repeats in several sets, kept as a repeat; chef-jacket buttons are the new part as far as a "
         "search found)", firm("Horizon Koksbedrijfskleding BV", "NL")),
        ("WLF-05", "import", "FIAIR01", "air", "MN", [], "FI", "430390",
         "Ажлын парк хүрэмний юүдэнгийн хүрээ, цөөвөр чонын үс, 500 ширхэг", "MN", 150, 500, 10000, "USD",
         "coyote-fur hood ruffs for Arctic work parkas are tawny, 35-40 cm strips with short guard hairs; these 500 "
         "are 60 cm, thick, grey-white strips with long, black-tipped guard hairs and dense underfur, cut from "
         "grey-wolf pelts: Canis lupus (CITES App. II) without Mongolian export permits, flown from Ulaanbaatar to "
         "Helsinki for a maker of work parkas for mines and ports; Mongolian wording (wolf fur repeats in several "
         "sets and a faux-fur hood-trim label once, blind254, on snowmobile suits for Finland, kept as a repeat; "
         "coyote-fur ruffs for work parkas from Mongolia are the new part as far as a search found)",
         firm("Nordhafen Työvaatteet Oy", "FI")),
        ("WLF-06", "import", "SEAIR01", "air", "IN", [], "SE", "621420",
         "Pashmina stoles for airline cabin-crew uniforms, 200 pcs", "IN", 30, 200, 8000, "USD",
         "pashmina stoles for cabin-crew uniforms are machine-finished cashmere, fairly light and warm, at 40 "
         "USD; these 200 are so fine that each passes through a ring, are grey-fawn and undyed, and show under the "
         "microscope the thin, unmedullated fibres and guard hairs of the chiru: shahtoosh (Pantholops hodgsonii, "
         "CITES App. I) without CITES documents, flown from Delhi to Stockholm for a uniform maker that supplies a "
         "Nordic airline; Indian English wording (shahtoosh repeats in many sets, kept as a repeat; a cabin-crew "
         "uniform label was found in no earlier row by a keyword search)", firm("Vega Uniformer AB", "SE")),
        ("WLF-07", "import", "ITAIR01", "air", "AR", [], "IT", "511219",
         "Tela de alpaca para uniformes de hotelería, 80 metros", "AR", 40, 80, 3200, "USD",
         "alpaca suiting for hotel uniforms is a fairly smooth, even-coloured cloth at 40 USD a metre; these 80 "
         "metres are of a soft, cinnamon-fawn, undyed cloth of 12-micron fibre with no selvedge mark, worth 2,000 "
         "USD a metre: vicuña cloth (Vicugna vicugna, CITES App. II only with the 'VICUÑA-ARGENTINA' marking and "
         "an export permit), woven from fleece sheared off-quota in Catamarca, flown from Buenos Aires to Milan "
         "for a hotel-uniform maker; Argentinian Spanish wording (vicuña repeats in many sets, kept as a repeat; a "
         "hotel-uniform suiting label was found in no earlier row by a keyword search)",
         firm("Meridian Divise Alberghiere Srl", "IT")),
        ("WLF-08", "import", "BEAIR01", "air", "SN", [], "BE", "030559",
         "Anchois séchés pour bouillon, 40 kg", "SN", 40, None, 200, "EUR",
         "dried anchovies for stock are small, silvery, straight fish with scales; these 40 kg are curled, "
         "brown-grey, bony-plated animals with a horse-like head and a tube snout: West African seahorses "
         "(Hippocampus algiricus, CITES App. II) without CITES documents, flown from Dakar to Brussels for an "
         "African grocery that supplies a traditional-medicine buyer; Senegalese French wording (seahorses repeat "
         "in many sets and dried-fish labels on them in several, kept as a repeat; by air to Brussels for a "
         "grocery is the new part as far as a search found)",
         firm("Central Épicerie Africaine SRL", "BE")),
        ("WLF-09", "import", "HUAIR01", "air", "LA", [], "HU", "121190",
         "ໄມ້ຈັນຫອມ ສັບເປັນຊິ້ນ ສຳລັບທູບ, 30 ກິໂລ", "LA", 30, None, 600, "USD",
         "sandalwood chips for incense are pale yellow-brown, even-grained and smell sweet and milky; these 30 kg "
         "are dark, resin-streaked, splintery chips that sink in water and burn with a heavy, balsamic smoke: "
         "agarwood (Aquilaria crassna, CITES App. II) without Lao export permits, flown from Vientiane to Budapest "
         "for an incense shop; Lao wording (agarwood repeats in many sets and a Lao sandalwood label once, "
         "blind112, kept as a repeat; by air to Budapest is the new part as far as a search found)", firm("Orion Füstölő Kft.", "HU")),
        ("WLF-10", "import", "ESSEA01", "sea", "GT", [], "ES", "440711",
         "Tablas de pino aserradas, 1 contenedor", "GT", 22000, None, 8000, "USD",
         "sawn pine boards are pale, resinous, light and knotty; this container holds reddish-brown, "
         "interlocked-grained, knot-free boards that darken in the light and are twice as heavy as pine: "
         "big-leaf mahogany (Swietenia macrophylla, CITES App. II) without a Guatemalan export permit, cut in the "
         "Petén, by sea from Santo Tomás de Castilla to Valencia for a joinery timber merchant; Guatemalan Spanish "
         "wording (mahogany repeats in many sets and pine labels on timber in several, kept as a repeat; from "
         "Guatemala to Valencia is the new part as far as a search found)", firm("Alpina Maderas SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (school chemistry demonstrations)", "UA", 1, 1, 30,
     "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-72-0214")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "KR", "CZ", "290420",
     "Nitromethane 40 % glow fuel, 2 x 1 l, for a licensed private user (model engines)", "KR", 2.2, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-72-0088")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "842139",
     "Asbestos-contaminated respirator filters and coveralls from removal works, double-bagged, for licensed landfill, 6 t",
     "NO", 6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-72-0417")], "notified asbestos waste to a licensed landfill"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "631090",
     "Solvent-contaminated wiping cloths (15 02 02*) from a towel-rental laundry, for licensed incineration, 9 t", "CH",
     9000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-72-0156")], "notified contaminated wipers to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "LTAIR01", "air", "US", "LT", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "LT-AM-ODS-72-006")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 40 cylinders, for critical use in aircraft cabin extinguishers", "US", 400,
     40, 16000, "USD", [("ODS_LICENCE", "FR-DGPR-ODS-72-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "GB", "620311",
     "Uhlan officer's uniform and czapka, Warsaw, c. 1930, loan to a London museum", "PL", 3, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-72-0031")], "uniform exported with the EU export licence and the Polish permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Scythian gold garment plaques, 8, documented German collection since 1962, sold at auction", "DE", 0.1, 8,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-72-0118")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BGSEA01", "sea", "BG", "GE", "902000",
     "CBRN full-face masks with NATO-thread filters, 400 units, for the Georgian emergency management service", "BG",
     600, 400, 60000, "EUR", [("EXPORT_LICENCE", "BG-MI-72-0049"), ("END_USER_CERTIFICATE", "GE-EMS-EUC-72-0012")],
     "dual-use gas masks under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "CH", "690912",
     "Ceramic body-armour plates NIJ IV, 300 units, for the Swiss armed forces", "CZ", 900, 300, 180000, "EUR",
     [("EXPORT_LICENCE", "CZ-LIC-72-0133"), ("END_USER_CERTIFICATE", "CH-ARMASUISSE-EUC-72-0027")],
     "military body armour under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "PE", "DE", "420329",
     "Collared peccary leather work gloves (Pecari tajacu), 1,200 pairs", "PE", 180, 1200, 9600, "USD",
     [("CITES_PERMIT", "PE-SERFOR-72-0211")], "App. II peccary leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "AR", "IT", "511219",
     "Vicuña cloth (Vicugna vicugna), 40 m, selvedge marked VICUÑA-ARGENTINA, for hotel uniforms", "AR", 20, 40, 80000,
     "USD", [("CITES_PERMIT", "AR-MAyDS-72-0064")], "App. II vicuña cloth with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Soukromá osoba", "PRM-05": "Central Laboratorija UAB",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Meridian Arbeitsschutz GmbH",
    "PRM-12": "Meridian Divise Alberghiere Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # workwear makers and distributors, uniform makers, PPE importers and safety shops, workwear-rental laundries
    # and safety-footwear makers
    ("340290", "Enzyme blood-stain remover spray for medical scrubs, 500 ml", "import", ["post"], ["PK", "IN"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("382499", "Anti-fog spray for safety goggles and face shields, 30 ml", "import", ["express"], ["KR", "CN"], (40, 80), (1, 3), ["USD"], 25, S),
    ("382499", "Eyewash-station preservative additive, buffered, 240 ml", "import", ["sea"], ["IN", "US"], (3, 6), (2000, 6000), ["USD"], 4, S),
    ("110812", "Maize-starch glove-donning powder, 1 kg", "import", ["air"], ["TH", "MY"], (2, 4), (200, 800), ["USD"], 1, S),
    ("380991", "Phosphate flame-retardant finish for cotton workwear, 25 kg", "import", ["sea"], ["EG", "CN"], (1, 2), (8000, 16000), ["USD"], 0.04, S),
    ("291512", "Potassium-formate de-icer granules, 25 kg bags", "import", ["road"], ["RS", "TR"], (0.8, 1.4), (10000, 22000), ["EUR"], 0.04, S),
    ("902000", "Chemical-oxygen self-rescuers, sealed, 30 min, for mines", "import", ["road"], ["UA", "TR"], (60, 120), (500, 2000), ["EUR"], 0.3, S),
    ("282739", "Ferric-chloride etching kits for name badges, 250 ml", "import", ["post"], ["BR", "CN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("340290", "Hi-vis garment colour-safe wash additive, 5 l", "import", ["sea"], ["GB"], (2, 4), (1000, 4000), ["GBP"], 0.2, S),
    ("842139", "P3 respirator filters, new, boxed", "import", ["sea"], ["CN", "KR"], (30, 60), (500, 2000), ["USD"], 10, S),
    ("630900", "Used workwear, washed and sorted, baled", "export", ["sea"], ["CM", "GH"], (0.3, 0.6), (8000, 14000), ["EUR"], None, S),
    ("631090", "Cotton wiping rags, new, cut from garment offcuts", "import", ["sea"], ["IN", "PK"], (0.8, 1.5), (8000, 16000), ["USD"], None, S),
    ("401519", "Nitrile-coated work gloves, new, boxed", "import", ["sea"], ["MY", "VN"], (3, 5), (5000, 12000), ["USD"], 20, S),
    ("902710", "Personal four-gas detectors, new, calibrated", "import", ["air"], ["CN", "US"], (200, 400), (50, 200), ["USD"], 3, S),
    ("411510", "Bonded-leather insole board for safety footwear", "export", ["sea"], ["IN", "VN"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("621010", "Disposable type 5/6 protective coveralls, new", "import", ["sea"], ["CN", "MY"], (8, 14), (2000, 6000), ["USD"], 5, S),
    ("630790", "Surgical masks and isolation gowns, new, in-date", "import", ["sea"], ["CN", "VN"], (4, 8), (3000, 8000), ["USD"], 20, S),
    ("381400", "Pre-wash spotting fluid for screen printers, citrus-based, 1 l", "import", ["air"], ["VN", "US"], (6, 12), (100, 400), ["USD"], 1.1, S),
    ("271012", "Isoparaffinic dry-cleaning solvent, 200 l drums", "import", ["sea"], ["KR", "US"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("630790", "Personal cooling vests with phase-change packs", "import", ["sea"], ["MY", "CN"], (20, 40), (500, 2000), ["USD"], 0.5, S),
    ("340399", "Water-based mould release agent for PU soles, 200 l", "import", ["sea"], ["IN", "CN"], (2, 4), (5000, 10000), ["USD"], None, S),
    ("381400", "HFE cleaning solvent for breathing-apparatus valves, 1 l", "import", ["air"], ["US", "JP"], (40, 80), (50, 200), ["USD"], 0.6, S),
    ("621133", "Firefighter turnout suits EN 469, aramid", "import", ["road"], ["TR"], (30, 60), (1000, 3000), ["EUR"], 0.4, S),
    ("650610", "Firefighter helmets EN 443", "import", ["road"], ["TR"], (40, 80), (500, 2000), ["EUR"], 0.7, S),
    ("830890", "Gilt brass insignia for parade uniforms, new", "import", ["post"], ["TR", "PK"], (40, 80), (1, 3), ["EUR"], 50, S),
    ("581091", "Embroidered workwear patches, machine-made, new", "import", ["express"], ["EG", "PK"], (30, 60), (1, 3), ["USD"], 50, S),
    ("732620", "Stainless-steel mesh butcher's gloves and aprons", "import", ["air"], ["CN", "PK"], (30, 60), (100, 400), ["USD"], 1, S),
    ("830890", "Brass belt buckles for uniforms, new", "import", ["road"], ["RS", "TR"], (8, 14), (500, 2000), ["EUR"], 15, S),
    ("442199", "Carved wooden snow-goggle replicas, new", "import", ["post"], ["CA"], (40, 80), (1, 2), ["CAD"], 5, S),
    ("650500", "Wool-felt berets for honour-guard uniforms, new", "import", ["air"], ["ET", "PK"], (15, 30), (100, 400), ["USD"], 8, S),
    ("620311", "Reproduction period uniforms for film and theatre hire", "export", ["air"], ["GB", "US"], (30, 60), (50, 200), ["EUR"], 0.5, S),
    ("690912", "Alumina wear tiles for foundry chutes", "export", ["road"], ["TR", "RS"], (2, 4), (5000, 15000), ["EUR"], None, S),
    ("620333", "Hunting jackets and trousers, camouflage print", "export", ["air"], ["CH", "US"], (20, 40), (500, 2000), ["EUR"], 1, S),
    ("902000", "Half-mask painters' respirators with A2P3 filters", "export", ["sea"], ["GE", "RS"], (15, 30), (1000, 4000), ["EUR"], 3, S),
    ("650610", "Forestry helmet sets with ear defenders and mesh visor", "export", ["air"], ["CH", "NO"], (20, 40), (200, 800), ["EUR"], 1, S),
    ("620343", "Polyester-cotton work trousers, multi-pocket", "import", ["sea"], ["CN", "BD"], (6, 10), (4000, 9000), ["USD"], 2, S),
    ("902110", "Elastic lumbar-support belts for warehouse staff", "import", ["air"], ["CN", "HK"], (10, 20), (100, 400), ["USD"], 4, S),
    ("630790", "High-visibility vests EN ISO 20471", "import", ["sea"], ["CN", "BD"], (5, 9), (2000, 6000), ["USD"], 12, S),
    ("420329", "Pigskin leather work gloves", "import", ["sea"], ["CN", "PK"], (6, 12), (2000, 6000), ["USD"], 5, S),
    ("670100", "Dyed rooster-feather plumes for parade helmets", "import", ["post"], ["IN", "CN"], (100, 200), (1, 2), ["USD"], 50, S),
    ("430400", "Faux-fur hood trims for work parkas", "import", ["post"], ["CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("621420", "Cashmere stoles for cabin-crew uniforms, new", "import", ["express"], ["IN", "NP"], (150, 300), (1, 3), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701399", "Glass plant misters with pump tops", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 4, N),
        ("681099", "Cast-concrete garden bird baths", "import", ["sea"], ["CN", "VN"], (0.6, 1.2), (8000, 16000), ["USD"], 0.05, N),
        ("441919", "Bamboo toast racks, slotted", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 4, N),
        ("482110", "Paper sticker sheets for scrapbooking, packs", "import", ["post", "express"], ["GB", "JP"], (20, 40), (1, 3), ["GBP", "USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind276", 20720301, HERE)


if __name__ == "__main__":
    main()
