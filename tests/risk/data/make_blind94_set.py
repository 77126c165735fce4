#!/usr/bin/env python3
"""Writes the ninety-fourth blind set (tests/risk/data/blind94-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2041, with goods, routes,
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
declaration would. Ids are BL94-*:

    python3 tests/risk/data/make_blind94_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "US", [], "DK", "382499",
         "Sprouting seed soak, food-grade rinse, 4 x 1 gal", "US", 17.1, 4, 80, "USD",
         "sprouting-seed rinses sold to home growers are a 3 % peroxide or a citric acid soak; these four gallon jugs "
         "hold a water-thin liquid at 1.13 kg/l that vents through the caps, bleaches the skin white and is sold in the "
         "shop's listing as '35 % food grade': about 35 % hydrogen peroxide (Annex I above 12 %), posted from Oregon to a "
         "private person in Aarhus, although oxidising liquids may not go by post; US English wording (hydrogen peroxide "
         "repeats in many sets; a seed-sprouting soak cover was found in no earlier row by a keyword search)",
         person("Privatperson", "DK")),
        ("PRE-02", "import", "FIAIR01", "express", "NO", [], "FI", "381400",
         "Smørefjerner for ski, sitrusbasert, 6 x 1 l", "NO", 6.8, 6, 900, "NOK",
         "ski-wax removers are citrus (d-limonene) or white-spirit solvents at about 0.84 kg/l that smell of oranges; "
         "these six litres weigh 1.14 kg/l, smell faintly fruity and sharp, barely touch a wax layer and the inner caps "
         "read 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Lillehammer to a private person in "
         "Kuopio, although flammable liquids travel by express only as declared dangerous goods; Norwegian wording "
         "(nitromethane repeats in many sets; a ski-wax remover cover was found in no earlier row by a keyword search)",
         person("Yksityishenkilö", "FI")),
        ("PRE-03", "import", "ATPOST01", "post", "CH", [], "AT", "250100",
         "Natriumarmes Diätsalz (Kaliumsalz), 8 x 1 kg", "CH", 8, 8, 96, "CHF",
         "low-sodium diet salt is potassium chloride, fine, white and bitter-salty; these eight bags hold glossy plates "
         "that taste cool rather than salty, spit violet sparks on a hot pan and carry CAS 3811-04-9 on the inner bags: "
         "potassium chlorate (Annex I above 40 %), posted from St. Gallen to a private person in Dornbirn who buys 8 kg "
         "of 'diet salt'; Swiss German wording (potassium chlorate repeats in many sets and salt-substitute covers in a "
         "few; a diet-salt parcel from Switzerland to Vorarlberg is the new part)", person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "ROROAD01", "road", "MD", [], "RO", "330730",
         "Sare de baie minerală, nearomatizată, 10 x 2 kg", "MD", 20, 10, 1400, "MDL",
         "unscented mineral bath salt is coarse grey or pink sea or rock salt; these ten bags hold fine, white, faintly "
         "yellow crystals that draw damp, do not taste of salt and spit on a hot stove, with 'NaClO3' on the inner "
         "liners: sodium chlorate (Annex I above 40 %), in a private car at Sculeni for a private person in Iași; "
         "Romanian wording from Moldova (sodium chlorate repeats in many sets and bath-salt covers in several; by car "
         "from Moldova to Romania is the new part)", person("Persoană fizică", "RO")),
        ("PRE-05", "import", "HUROAD01", "road", "RS", [], "HU", "820190",
         "Baštenski alat, komplet (grabulje, motika, ašov), 10 kom", "RS", 12, 10, 8000, "RSD",
         "a garden order in a private van: tools and gloves are what a gardener buys, but the third item's 'lawn "
         "fertiliser' is twenty-five unlabelled 1 kg bags of white, dry, glassy prills that turn ice-cold in water and "
         "read 'AN 34,4 % N' on the mill slip: ammonium nitrate (Annex I at 16 % N or more) for a private person in "
         "Szeged, hidden as the last item of a three-item declaration at Röszke; Serbian wording (ammonium nitrate "
         "repeats in many sets and lawn-fertiliser covers in several; the last item of a garden-tool order by road from "
         "Serbia to Hungary is the new part)",
         dict(person("Magánszemély", "HU"),
              _more_items=[item("611610", "Baštenske rukavice, 20 pari", "RS", 2, 1500, "RSD", qty=20),
                           item("310590", "Đubrivo za travnjak, 25 x 1 kg", "RS", 25, 2500, "RSD", qty=25)])),
        ("PRE-06", "import", "IEAIR01", "express", "GB", [], "IE", "340290",
         "Beer line cleaner, acid, professional strength, 4 x 2.5 l", "GB", 14, 4, 60, "GBP",
         "acid beer-line cleaners are a few per cent of phosphoric and nitric acid in water, used once a month after the "
         "caustic clean; these four 2.5 l bottles weigh 1.40 kg/l, give off brown fumes when opened and yellow the skin: "
         "about 65 % nitric acid (Annex I above 3 %), sent by express from Manchester to a private person in Cork who "
         "runs no bar, although corrosive liquids travel by express only as declared dangerous goods; British English "
         "wording (nitric acid repeats in many sets; a beer-line cleaner cover was found in no earlier row by a keyword "
         "search)", person("Private individual", "IE")),
        ("PRE-07", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Кислота для травлення бетону перед епоксидним покриттям, 5 x 5 л", "UA", 46, 5, 2500, "UAH",
         "concrete-etching products sold to DIY users before an epoxy floor are dilute hydrochloric or citric acid at "
         "1.05-1.10 kg/l; these five jerrycans weigh 1.84 kg/l, are oily, char a paper label at once and heat up when "
         "a drop of water falls in: about 96 % sulphuric acid (Annex I above 15 %), in a private car at Dorohusk for a "
         "private person in Chełm; Ukrainian wording (sulphuric acid repeats in many sets and a concrete-etch cover "
         "appears once; by car from Ukraine to Poland is the new part)", person("Anna Kowalska", "PL")),
        ("PRE-08", "import", "SIAIR01", "express", "US", [], "SI", "252910",
         "Potash feldspar, glaze raw material, 200 mesh, 5 x 1 lb", "US", 2.3, 5, 45, "USD",
         "potash feldspar for glazes is a dull, pinkish or buff rock flour that is gritty and inert; these five bags "
         "hold a fine, bright white crystalline powder that flashes lilac in a flame, and the supplier's own invoice "
         "line reads 'KClO4 99 %': potassium perchlorate (Annex I above 40 %), sent by express from Ohio to a private "
         "person in Maribor with no kiln at the address; US English wording (potassium perchlorate repeats in many sets "
         "and a feldspar cover appears once; as a ceramics-hobby order from the US to Slovenia is the new part)",
         person("Zasebnik", "SI")),
        ("PRE-09", "import", "CYPOST01", "post", "IL", [], "CY", "291815",
         "ציטרט נתרן למטבח מולקולרי, 5 x 1 ק\"ג", "IL", 5, 5, 250, "ILS",
         "sodium citrate for molecular cooking and cheese sauces is a sour-salty white granule that dissolves without "
         "heat; these five bags hold colourless, very hygroscopic crystals that clump into a wet mass within a day, "
         "have no sour taste and flare when dropped on glowing charcoal, with 'NaClO4' on the inner bags: sodium "
         "perchlorate (Annex I above 40 %), posted from Haifa to a private person in Limassol; Hebrew wording (sodium "
         "perchlorate repeats in many sets and a citrate cover appears in a couple; a molecular-cooking cover posted from "
         "Israel to Cyprus is the new part)", person("Idiotis", "CY")),
        ("PRE-10", "import", "NLSEA01", "sea", "KR", [], "NL", "382499",
         "수족관 수질 정화제, 1 L 병, 16,000 병", "KR", 19200, 16000, 24000, "USD",
         "aquarium water clarifiers are flocculants or bacteria cultures sold in small bottles at several euros each; "
         "these 16,000 litre bottles hold a water-thin liquid at 1.20 kg/l with vented caps and a safety sheet reading "
         "'H2O2 50 %', at 1.50 USD a litre, for a Rotterdam web shop that sells pet products to the public: 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public; Korean wording (hydrogen "
         "peroxide repeats in many sets and aquarium covers in many; a Korean sea container of retail bottles for a pet "
         "web shop is the new part)", firm("Aquaworld Benelux BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "BD", "411520",
         "Fibra di cuoio rifilata, per cuoio rigenerato, 40 big bag", "IT", 24000, 40, 2400, "EUR",
         "leather fibre for bonded leather is dry trimmings and shavings of chrome-tanned hide, a green-listed material "
         "(B3100) where no hexavalent chromium is present; these bags hold wet grey-green buffing dust and filter-press "
         "sludge from an Arzignano tannery's wastewater plant, and a sample tests positive for chromium(VI): tannery "
         "sludge and leather dust with hexavalent chromium (04 01 06*, Basel A3090), hazardous waste whose export to a "
         "non-OECD country is banned, from Genoa for a Dhaka 'bonded-leather maker'; Italian wording (tannery waste "
         "repeats in a few sets; a bonded-leather fibre cover from the Arzignano district was found in no earlier row "
         "by a keyword search)", {"importer_country": "BD"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "KE", "282739",
         "Kupfer(II)-chlorid-Lösung, Spurennährstoff für Düngemittel, 20 IBC", "DE", 26000, 20, 1300, "EUR",
         "copper chloride for micronutrient fertilisers is a clean, assayed blue-green crystal or solution sold on a "
         "specification; these IBCs hold a dark green, fuming, strongly acid liquid with dissolved copper, tin and "
         "nickel, the spent etching bath of a printed-circuit-board works near Stuttgart, at 0.05 EUR/kg: spent "
         "etching acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, from Hamburg for a "
         "Mombasa 'fertiliser blender'; German wording (spent acids repeat in many sets; a spent cupric-chloride etchant "
         "declared as a micronutrient was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "PK", "720430",
         "Blikschroot, schoon, geperst in balen, 60 t", "NL", 60000, None, 9000, "EUR",
         "clean tinplate scrap is bright offcut from can makers, baled dry; these bales are crushed paint and varnish "
         "tins that still hold dried-in and liquid paint and solvent, ooze when cut open and smell of thinner, from a "
         "municipal collection point: packaging with residues of dangerous substances (15 01 10*, 08 01 11*), hazardous "
         "waste whose export to a non-OECD country is banned, from Rotterdam for a Karachi 're-roller'; Dutch wording "
         "(contaminated packaging repeats in several sets and a tinplate cover appears once; paint tins baled as tinplate "
         "scrap to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-04", "transit", "SISEA01", "sea", "GB", ["SI"], "RS", "260300",
         "Copper concentrate, 24 % Cu, in bulk bags, 40 t", "GB", 40000, None, 60000, "GBP",
         "copper concentrate is a fine, grey-green mineral flotation product with an assay from a mine; these bags hold "
         "coarse shredded printed circuit boards with resin dust, capacitors and solder still visible, from a British "
         "WEEE shredder: unsorted circuit-board scrap with lead solder and brominated resin (Basel A1180), hazardous waste "
         "whose transit through the Union had no notification, landed at Koper in transit by rail for a Bor 'smelter "
         "client'; English wording (circuit-board scrap repeats in several sets and copper-concentrate covers in a few; "
         "in transit through Koper from Britain to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-05", "export", "HUROAD01", "road", "HU", [], "RS", "401699",
         "Újrahasznosított gumilapok, istállószőnyegnek, 8 t", "HU", 8000, None, 800, "EUR",
         "recycled rubber stable mats are black crumb rubber pressed into thick slabs; these are folded, grey-green "
         "radiology aprons and thyroid collars from hospitals, each with a lead-rubber core that a magnet ignores but "
         "a knife shows, weighing twice what rubber would: lead-containing waste (15 02 02*, Basel A1010/A1020), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry through Röszke for a Subotica 'farm supplier'; "
         "Hungarian wording (lead aprons appear twice in earlier sets; as stable mats by road from Hungary to Serbia is "
         "the new part)", {"importer_country": "RS"}),
        ("WST-06", "export", "PLRAIL01", "rail", "PL", [], "UA", "382000",
         "Płyn do odladzania rozjazdów kolejowych, glikolowy, 3 cysterny", "PL", 150000, 3, 15000, "EUR",
         "points de-icer is a clear, coloured glycol or acetate solution sold with a data sheet; these tank wagons hold "
         "a brown, cloudy mix of used engine coolant and brake fluid drained at scrapyards, with oil on top and heavy "
         "metals in the analysis: waste antifreeze and brake fluids (16 01 14*, 16 01 13*), hazardous waste whose export "
         "to a non-OECD country is banned, by rail from Dorohusk for a Kovel 'railway contractor'; Polish wording (waste "
         "antifreeze repeats in several sets and de-icer covers in many; a railway-points de-icer by rail to Ukraine is "
         "the new part)", {"importer_country": "UA"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "GH", "253090",
         "Tierra vegetal cribada para campos de golf, 5.000 t", "ES", 5000000, None, 25000, "EUR",
         "screened topsoil for golf courses is brown, crumbly and smells of earth; this is black, oily, smells of diesel "
         "and shows a sheen on water, dug from a former refinery yard near Huelva, at 0.005 EUR/kg: soil with dangerous "
         "substances (17 05 03*), hazardous waste whose export to a non-OECD country is banned, in a bulk carrier for an "
         "Accra 'golf developer'; Spanish wording (contaminated soil repeats in a few sets and topsoil covers in a few; a "
         "golf-course topsoil cargo from Huelva to Ghana is the new part)", {"importer_country": "GH"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "NG", "320650",
         "Poudre luminophore pour peintures phosphorescentes, 30 fûts", "BE", 6000, 30, 3000, "EUR",
         "luminous pigment for glow paints is strontium aluminate, pale yellow-green, that glows for hours after light; "
         "these drums hold a grey-white powder that does not glow, mixed with glass splinters and metal end-caps, from a "
         "fluorescent-lamp recycler, with mercury in the analysis: lamp phosphor powder with mercury (19 12 11*, 20 01 "
         "21*), hazardous waste whose export to a non-OECD country is banned, from Antwerp for a Lagos 'paint maker'; "
         "Belgian French wording (lamp waste repeats in several sets; its phosphor sold as a luminous pigment is the new "
         "part as far as a search found)", {"importer_country": "NG"}),
        ("WST-09", "export", "HRROAD01", "road", "HR", [], "BA", "440692",
         "Drveni pragovi za uređenje vrta, 24 t", "HR", 24000, 600, 1200, "EUR",
         "landscaping sleepers are new sawn timber, pressure-treated without creosote; these are black, oily, cracked "
         "railway sleepers lifted from a relaid line near Vinkovci, smelling of tar: creosote-treated wood (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry through Slavonski Brod for a Bosnian "
         "'garden centre'; Croatian wording (creosoted sleepers repeat in many sets; by road from Croatia to Bosnia in "
         "Croatian is the only new part, named here)", {"importer_country": "BA"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "NG", "940360",
         "Used household furniture, personal effects, 40' container", "IE", 6000, 80, 2000, "EUR",
         "a 'personal effects' container to Lagos: the first two items are used furniture and clothing, but the third "
         "item's 'vehicle spares' are 180 used car batteries stacked behind the sofas, several leaking acid, with no "
         "packaging as dangerous goods: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration from Dublin; Irish English "
         "wording (batteries in personal-effects containers repeat in several sets; from Ireland is the new part, named "
         "here as a repeat)",
         dict({"importer_country": "NG"},
              _more_items=[item("630900", "Used clothing, personal, 40 bags", "IE", 1200, 200, "EUR", qty=40),
                           item("870899", "Vehicle spares, used, assorted", "IE", 2700, 300, "EUR", qty=180)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "Segregated hydrofluoroether HFE-7100, vapour degreasing fluid, 12 x 25 kg", "CN", 300, 12, 2400, "USD",
         "HFE-7100 costs about 50 USD/kg and boils at 61 °C; these drums, at 8 USD/kg, boil at 48 °C, smell sweet, and a "
         "refractometer and the drums' stencilled 'F-113' under the label point to CFC-113 (Montreal Annex A/I), whose "
         "import into the Union is banned, by air from Shanghai for a Pforzheim jewellery-degreasing workshop; English "
         "wording from China (CFC-113 repeats in many sets and HFE labels in several; air freight to a jewellery "
         "degreaser is the new part)", firm("Schmuckteile Enz GmbH", "DE")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "841830",
         "Kullanılmış dondurma sandık dondurucuları, 24 adet", "TR", 2400, 24, 3600, "EUR",
         "second-hand ice-cream chest freezers from the 1990s: the compressor plates read 'R12' and the cabinet foam, "
         "cut, releases a sweet gas, so each unit holds CFC-12 and CFC-11 foam (Montreal Annex A/I); products and "
         "equipment containing or relying on CFCs may not be imported into the Union, on a lorry at Kapitan Andreevo for "
         "a Burgas kiosk operator; Turkish wording (CFC-charged second-hand equipment repeats in many sets and "
         "ice-cream freezers in several; by road from Türkiye to Bulgaria is the new part)",
         firm("Morsko Izkushenie EOOD", "BG")),
        ("OZN-03", "import", "ESSEA01", "sea", "MA", [], "ES", "281290",
         "Fumigante de fluoruro de sulfurilo, 40 cilindros", "MA", 4000, 40, 14000, "EUR",
         "sulphuryl fluoride is a fumigant that needs a label and a biocide authorisation; these cylinders' gas is "
         "heavier, has a faint chloroform smell and the valve tags read 'CH3Br 98/2': methyl bromide (Montreal Annex E), "
         "whose import into the Union is banned, by sea from Tangier Med to Algeciras for an Almería greenhouse contractor; "
         "Spanish wording (methyl bromide repeats in many sets and sulphuryl-fluoride covers in many; from Morocco to "
         "Almería is the new part)", firm("Invernaderos Poniente SL", "ES")),
        ("OZN-04", "import", "HRSEA01", "sea", "ME", [], "HR", "842410",
         "Aparati za gašenje za jahte, FE-36, 60 kom", "ME", 360, 60, 5400, "EUR",
         "yacht extinguishers charged with FE-36 (HFC-236fa) carry a green cylinder label and the agent's name on the "
         "valve; these 60 units have been re-labelled over older stickers reading 'BCF' and 'Halon 1211', with "
         "manufacturing years in the 1980s: halon 1211 (Montreal Annex A/II), whose import into the Union outside "
         "critical uses is banned, shipped from Bar to Split for a marina chandler; Montenegrin wording (halon 1211 "
         "repeats in many sets and FE-36 labels in several; marina extinguishers from Montenegro are the new part)",
         firm("Jadran Nautika d.o.o.", "HR")),
        ("OZN-05", "import", "GBPOST01", "post", "US", [], "GB", "382499",
         "Stamp watermark detection fluid, 4 x 500 ml", "US", 3.2, 4, 60, "USD",
         "modern watermark fluids are a fast-drying, non-toxic fluorinated or petroleum fluid; these four bottles weigh "
         "1.59 kg/l, smell sweet and heavy and their printed caps read 'carbon tet': carbon tetrachloride (Montreal "
         "Annex B/II), whose import is banned, posted from Pennsylvania to a private stamp collector in Leeds; US "
         "English wording (carbon tetrachloride repeats in many sets and watermark fluid in several; posted to a British "
         "collector is the new part)", person("Mr K. Tanaka", "GB")),
        ("OZN-06", "import", "CZAIR01", "express", "IN", [], "CZ", "382499",
         "Freeze spray for circuit fault-finding, non-flammable, 48 x 400 ml", "IN", 19, 48, 480, "USD",
         "circuit freeze sprays are now HFC-152a or HFO-1234ze, flammable or labelled so; these 48 cans carry an Indian "
         "label with 'R-141b/R-22' in the ingredients and a non-flammable symbol: HCFC-141b and HCFC-22 (Montreal Annex "
         "C/I), whose import into the Union in products is banned, by express from Chennai to a private person in Brno; "
         "Indian English wording (HCFC freeze sprays repeat in several sets; from India to Czechia by express is the new "
         "part)", person("Soukromá osoba", "CZ")),
        ("OZN-07", "import", "NLAIR01", "express", "JP", [], "NL", "381400",
         "映写フィルムクリーナー 35mm用, 10 x 1 L", "JP", 13.4, 10, 30000, "JPY",
         "film-cleaning fluids for cinemas are now HFE or isopropyl based at about 0.8-1.5 kg/l; these ten litres weigh "
         "1.34 kg/l, smell sweet and the old stock label reads '1,1,1-トリクロロエタン': methyl chloroform (Montreal Annex "
         "B/III), whose import is banned, sent by express from Osaka to a private film archive in Amsterdam; Japanese "
         "wording (methyl chloroform repeats in many sets and film-cleaner covers in a couple; from Japan to a Dutch film "
         "archive is the new part)", firm("Filmhuis Archief Stichting", "NL")),
        ("OZN-08", "import", "ATRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "CZ"], "AT", "290369",
         "溴仿 矿物重液分离用, 200 kg 桶, 12 桶", "CN", 2400, 12, 14000, "USD",
         "bromoform for heavy-liquid mineral separation weighs 2.89 kg/l; these drums weigh 1.99 kg/l, boil at 68 °C "
         "and the Chinese batch sheet reads 'CH2BrCl': bromochloromethane (Montreal Annex C/III), whose import is banned, "
         "by rail from Xi'an to Vienna for a Leoben laboratory supplier; Chinese wording (bromochloromethane repeats in "
         "many sets and a bromoform cover appears once; a rail container to Austria is the new part)",
         firm("Laborbedarf Steiermark GmbH", "AT")),
        ("OZN-09", "import", "SESEA01", "sea", "NO", [], "SE", "841869",
         "Brukte isflakmaskiner for fiskebåter, 14 stk", "NO", 2800, 14, 7000, "NOK",
         "second-hand flake-ice machines from fishing boats: the nameplates read 'R-502' and a leak-detector sample shows "
         "R-22 and R-115, so the units are charged with HCFC-22 and CFC-115 (Montreal Annex C/I and A/I); equipment "
         "containing or relying on them may not be imported into the Union, shipped from Ålesund to Gothenburg for a "
         "fish-processing firm; Norwegian wording (R-502 equipment repeats in many sets and ice machines in a few; "
         "flake-ice machines from Norway are the new part)", firm("Västkust Fisk AB", "SE")),
        ("OZN-10", "export", "BESEA01", "sea", "BE", [], "NG", "290371",
         "R-407C, virgin, 13.6 kg disposable cylinders, 600 pcs", "BE", 8160, 600, 40000, "EUR",
         "R-407C is an HFC blend in brown cylinders; these cylinders are light green under a brown overspray, their "
         "gas reads pure chlorodifluoromethane on a Belgian recovery analyser, and they come from a Ghent firm's "
         "reclaimed stock: HCFC-22 (Montreal Annex C/I), whose export from the Union is banned, from Antwerp for a Lagos "
         "refrigeration dealer; English wording (HCFC-22 repeats in many sets and R-407C labels in several; export to "
         "Nigeria under an overspray is the new part)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "export", "CZAIR01", "air", "CZ", [], "US", "701690",
         "Olověné vitráže, repasované, dekorativní, 6 ks", "CZ", 180, 6, 3000, "EUR",
         "reclaimed leaded windows from villas are 20th-century and sold by the square metre; these six panels are "
         "painted and fired with saints and donors in Gothic script, with old lead and mortar on the edges, removed from "
         "a deconsecrated church in South Bohemia: elements of a religious monument (EU 116/2009, any value) exported "
         "without an export licence, by air from Prague to a New York dealer; Czech wording (stained glass repeats in a "
         "few sets; Gothic church glass as reclaimed decorative windows from Czechia is the new part)",
         {"importer_country": "US"}),
        ("CUL-02", "import", "DEAIR01", "express", "AE", [], "DE", "831000",
         "Brass door plates, engraved, Arabic calligraphy, 4 pcs", "AE", 12, 4, 400, "USD",
         "new engraved brass door plates are bright, flat and machine-cut; these four are dark, cast bronze with raised "
         "South Arabian letters, green corrosion in the grooves and tenon stubs at the back, from Himyarite temples in "
         "Yemen's highlands: looted inscribed bronze plaques (UNESCO 1970; Yemen forbids their export), sent by express "
         "from Dubai to a Munich collector without export papers; English wording from the Emirates (Yemeni antiquities "
         "repeat in many sets and South Arabian stelae in one; bronze plaques as door plates via Dubai are the new part)",
         person("Herr K. Becker", "DE")),
        ("CUL-03", "export", "BGAIR01", "air", "BG", [], "CH", "711319",
         "Сребърни декоративни медальони, ръчна изработка, 3 бр.", "BG", 1.8, 3, 900, "EUR",
         "handmade silver medallions are new, stamped with a hallmark; these three discs are ancient, gilt silver with "
         "repoussé horsemen and a patina of earth, detector finds from a Thracian mound near Stara Zagora: archaeological "
         "objects (EU 116/2009, any value) exported without an export licence, by air from Sofia to a Geneva dealer; "
         "Bulgarian wording (Thracian objects repeat in a few sets; phalerae as new medallions by air to Geneva is the "
         "new part)", {"importer_country": "CH"}),
        ("CUL-04", "export", "ITSEA01", "sea", "IT", [], "US", "691390",
         "Orci in terracotta per giardino, stile antico, 12 pz", "IT", 360, 12, 900, "EUR",
         "antique-style garden jars from Impruneta are new, even-walled and stamped; these twelve are heavy, "
         "black-burnished bucchero and coarse Etruscan storage jars, with root marks and earth inside, dug without "
         "permits near Cerveteri: archaeological objects (EU 116/2009, any value; Italy's cultural heritage code) exported "
         "without a licence, from Livorno for a Miami 'garden designer'; Italian wording (Etruscan pottery repeats in a "
         "few sets; as new garden jars by sea to Florida is the new part)", {"importer_country": "US"}),
        ("CUL-05", "import", "ESAIR01", "express", "MA", [], "ES", "680291",
         "Capiteles de mármol tallados a mano, reproducción, 2 uds.", "MA", 160, 2, 600, "EUR",
         "hand-carved reproduction capitals are crisp, white and smoothly finished; these two are weathered, with "
         "lime crust, fractured bases and a Visigothic-era vine motif, taken from a ruined basilica in Morocco's north: "
         "elements of a dismembered monument (UNESCO 1970; Morocco forbids their export) without export papers, by "
         "express from Tangier to a Córdoba antiques dealer; Spanish wording from Morocco (capitals and Visigothic "
         "objects repeat in a couple of sets; by express from Morocco is the new part)",
         firm("Antigüedades Guadalquivir SL", "ES")),
        ("CUL-06", "import", "FRPOST01", "post", "ET", [], "FR", "490199",
         "Carnets de prière décoratifs, reliure cuir, 3 pcs", "ET", 2.4, 3, 150, "USD",
         "decorative prayer notebooks sold in Addis Ababa are printed on paper; these three are hand-written on "
         "parchment in Ge'ez with illuminated miniatures and wooden boards, from a rural monastery library in Tigray: "
         "ecclesiastical manuscripts (UNESCO 1970; Ethiopia forbids their export) posted to a private buyer in Lyon "
         "without export papers; French wording (Ethiopian manuscripts repeat in many sets; as 'prayer notebooks' by post "
         "to Lyon is the new part, a likely repeat of wording)", person("Mme Claire Martin", "FR")),
        ("CUL-07", "import", "NLRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "DE"], "NL", "691390",
         "彩陶花盆 仿古 20 件", "CN", 400, 20, 800, "USD",
         "antique-style painted planters are new, glazed inside and drilled; these twenty are unglazed red jars with "
         "black spirals, hand-built and 4,500 years old, Majiayao Neolithic pottery from Gansu tombs: archaeological "
         "objects whose export China forbids (UNESCO 1970), by rail from Xi'an to Venlo for an Amsterdam gallery; "
         "Chinese wording (Majiayao pottery appears once; as planters by rail to the Netherlands is the new part)",
         firm("Galerie Oost-West BV", "NL")),
        ("CUL-08", "import", "PTAIR01", "express", "CO", [], "PT", "711719",
         "Bisutería en latón, técnica cera perdida, 12 piezas", "CO", 0.6, 12, 120, "USD",
         "brass lost-wax costume jewellery sold in Bogotá is bright, machine-polished and light; these twelve small "
         "figures are tumbaga (gold-copper alloy), worn smooth with earth in the hollows, Muisca tunjos from a looted "
         "offering site: pre-Columbian archaeological objects (UNESCO 1970; Colombia forbids their export) by express "
         "from Bogotá to a Lisbon buyer; Colombian Spanish wording (tunjos declared as costume jewellery appear "
         "once, to Spain, and pre-Columbian gold in a few sets; as brass lost-wax pieces by express to Portugal is the "
         "new part)", person("João Pereira", "PT")),
        ("CUL-09", "export", "HRSEA01", "sea", "HR", [], "US", "490199",
         "Stari tiskani listovi, dekorativni, uokvireni, 30 kom", "HR", 12, 30, 600, "EUR",
         "decorative framed prints are modern reproductions on wood-pulp paper; these thirty leaves are vellum, "
         "hand-written in Glagolitic with red rubrics and prick marks, cut from a 15th-century missal of an island "
         "parish: manuscript leaves (EU 116/2009, any value) exported without an export licence, in a container from "
         "Rijeka to a New York dealer, among a shop's framed prints; Croatian wording (Glagolitic leaves appear in a "
         "couple of sets; framed as decorative prints by sea is the new part)",
         dict({"importer_country": "US"},
              _more_items=[item("491191", "Uokvirene reprodukcije, moderne, 200 kom", "HR", 300, 4000, "EUR", qty=200),
                           item("441490", "Drveni okviri za slike, prazni, 100 kom", "HR", 250, 1500, "EUR", qty=100)])),
        ("CUL-10", "import", "BEAIR01", "air", "ID", [], "BE", "691390",
         "Patung terakota dekorasi taman, 8 buah", "ID", 120, 8, 800, "USD",
         "new garden terracottas from Bali are machine-moulded and evenly fired; these eight heads and figures are "
         "hand-modelled, with encrusted earth and old breaks, 14th-century Majapahit terracottas dug at Trowulan: "
         "archaeological objects (UNESCO 1970; Indonesia's cultural heritage law forbids their export) without export "
         "papers, by air from Surabaya to a Brussels gallery; Indonesian wording (Majapahit terracottas repeat in a few "
         "sets; by air to Brussels is the new part)", firm("Galerie Sablon Asie SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "transit", "LTRAIL01", "rail", "KZ", ["LT"], "RU", "903020",
         "Измерительные приборы для школьных физических лабораторий, 40 шт.", "KZ", 400, 40, 12000, "USD",
         "school physics instruments are simple meters at a few tens of dollars; these 40 boxes hold 4-channel 1 GHz "
         "digital oscilloscopes of a Western brand at 300 USD each on the invoice against several thousand: "
         "oscilloscopes whose sale, supply and transit to Russia are banned (EU 833/2014, Annex XXIII and the common "
         "high-priority list), on a rail wagon from Kazakhstan through Kybartai to Kaliningrad; Russian wording "
         "(oscilloscopes repeat in several sets; rail transit through Lithuania to Kaliningrad is the new part)",
         {"importer_country": "RU"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "KZ", "854233",
         "Repair chips for Wi-Fi routers, assorted, 2,000 pcs", "DE", 1.5, 2000, 1800, "EUR",
         "router repair chips are cheap consumer RF front-ends at cents each; these reels hold GaN monolithic microwave "
         "amplifiers for 8-12 GHz with more than 10 W output, listed at 400 EUR each by their maker: MMICs under the EU "
         "dual-use list (3A001.b.2) shipped without an export licence, by express from Munich to an Almaty 'repair "
         "shop' that forwards to Russia; English wording (microwave amplifiers repeat in several sets; a router "
         "repair-chip cover was found in no earlier row by a keyword search)", firm("Almaty Tech Service LLP", "KZ")),
        ("STR-03", "import", "ITAIR01", "air", "AE", [], "IT", "711291",
         "Rottami di gioielleria in oro, 18 kt, fusi, 24 kg", "AE", 24, None, 1500000, "USD",
         "jewellery scrap melted in Dubai comes in irregular lumps of mixed carat with copper and silver; these are "
         "clean 999.9 bars re-poured to look rough, with a Russian refinery's assay trace in the metal signature: gold "
         "of Russian origin (EU 833/2014, art. 3o) declared as Emirati jewellery scrap, by air to Arezzo for a refiner; "
         "Italian wording (Russian gold via Dubai repeats in many sets; as Emirati jewellery scrap for Arezzo is a "
         "repeat of cover, named here)", firm("Oro Valdarno Srl", "IT")),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "IR", "850511",
         "Magnetic sweepers for workshops, 500 pcs", "DE", 750, 500, 60000, "EUR",
         "magnetic floor sweepers hold ferrite bars at a few euros each; these are precision samarium-cobalt ring "
         "magnets of German make, 1.5 kg each and balanced, of the kind used in gas-centrifuge bearings, at 120 EUR: "
         "goods that need an authorisation for Iran (EU 267/2012, nuclear-related items) sold there without one, on a lorry from Nuremberg through Türkiye and Gürbulak "
         "for a Tabriz 'tool distributor' (EU 267/2012); English wording (samarium-cobalt magnets repeat in a few sets; "
         "the magnetic-sweeper cover by road through Türkiye is the new part)", {"importer_country": "IR"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", [], "AM", "920510",
         "Gebrauchte Blechblasinstrumente für eine Musikschule, 30 Stk.", "AT", 60, 30, 4500, "EUR",
         "used school brass is dented student models at a few hundred euros; these 30 trumpets, horns and trombones "
         "are new Viennese professional instruments in their makers' cases at 3,000-9,000 EUR each, for a Yerevan "
         "'music school' that is a freight forwarder, and the CMR names an onward Moscow orchestra: luxury goods (EU "
         "833/2014, Annex XVIII, musical instruments above 300 EUR) whose export for use in Russia is banned, "
         "undervalued and routed through Armenia on a lorry from Vienna; Austrian German wording (luxury instruments "
         "through the Caucasus repeat in several sets, concert grands among them; orchestral brass as used school "
         "instruments is the new part)", {"importer_country": "AM"}),
        ("STR-06", "import", "LVSEA01", "sea", "KZ", [], "LV", "440131",
         "Древесные пеллеты, производство Казахстан, 3 000 т", "KZ", 3000000, None, 450000, "EUR",
         "wood pellets from northern Kazakhstan are few and go by rail; these 3,000 t came through Ust-Luga, their "
         "ENplus numbers belong to a Russian mill and the certificate of origin was issued by a trader in Petropavl who "
         "owns no pellet plant: wood products of Russian origin (EU 833/2014, art. 3i and Annex XXI) declared as "
         "Kazakh, shipped to Riga for a heating-fuel wholesaler; Russian wording (Russian pellets repeat in several "
         "sets; as Kazakh origin by sea to Riga is the new part)", firm("Baltic Granulas SIA", "LV")),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "KG", "852589",
         "Moduły kamer do inteligentnych dzwonków, 300 szt.", "PL", 60, 300, 6000, "EUR",
         "smart-doorbell camera modules are small CMOS boards at a few euros; these 300 are uncooled microbolometer "
         "thermal cores, 640 x 512, 12 µm pitch, at 20 EUR on the invoice against 1,500: thermal cameras on the common "
         "high-priority list, banned from sale to Russia and for use there (EU 833/2014), on a "
         "lorry from Łódź to a Bishkek 'security installer' that forwards them; Polish wording (thermal cores repeat in "
         "several sets; a smart-doorbell cover to Kyrgyzstan is the new part)", {"importer_country": "KG"}),
        ("STR-08", "import", "LTROAD01", "road", "KZ", ["RU"], "LT", "401180",
         "Шины для карьерных самосвалов, производство Казахстан, 24 шт.", "KZ", 48000, 24, 96000, "EUR",
         "mine-truck tyres are made in Kazakhstan only in small numbers; these 24 tyres carry Bobruisk mould marks with "
         "the maker's name ground off and DOT codes of the Belarusian plant: rubber products of Belarusian origin "
         "(EU 765/2006) whose import is banned, declared as Kazakh, on lorries through Russia to Medininkai "
         "for a Lithuanian quarry supplier; Russian wording (Belarusian tyres repeat in several sets; disguised as "
         "Kazakh and brought through Russia is the new part)", firm("Karjerų Ratai UAB", "LT")),
        ("STR-09", "export", "FIAIR01", "express", "FI", [], "GE", "852692",
         "Kauko-ohjaimet leluautoihin, 40 kpl", "FI", 8, 40, 2000, "EUR",
         "toy-car remote controls are plastic 2.4 GHz transmitters at a few euros; these 40 are long-range radio "
         "control links with encrypted telemetry and 30 km range, sold for drones at 350 EUR each: drone radio links on "
         "the sanctions' common high-priority list (EU 833/2014, Annex XXIII) for a Tbilisi 'toy shop' whose "
         "consignments go on by road to Vladikavkaz; Finnish wording (drone parts repeat in many sets; long-range links "
         "as toy remotes via Georgia is the new part)", {"importer_country": "GE"}),
        ("STR-10", "export", "NLSEA01", "sea", "NL", [], "AE", "845959",
         "Knee-type milling machines, manual, used, 2 units", "NL", 3600, 2, 18000, "EUR",
         "a machine-tool dealer's container of used workshop millers for Jebel Ali: the first two items are manual knee "
         "mills and their vices, but the third item's 'spare controller set' is a new five-axis CNC control with "
         "contouring software, for a buyer, a Dubai trading firm, that ships on to Bandar Abbas: numerical controls for "
         "five-axis machine tools, which need an authorisation for Iran (EU 267/2012) and a dual-use licence for a "
         "destination of concern, exported without either, hidden as the last item of a three-item declaration from Rotterdam; English "
         "wording (machine tools to Iran via Dubai repeat in many sets; a controller hidden behind used knee mills is "
         "the new part)",
         dict({"importer_country": "AE"},
              _more_items=[item("846620", "Machine vices and clamping sets, used", "NL", 300, 1200, "EUR", qty=6),
                           item("853710", "Spare controller set for milling machines", "DE", 220, 6000, "EUR", qty=1)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "TH", [], "DE", "960200",
         "Amber resin pendants, hand carved, 10 pcs", "TH", 0.4, 10, 120, "USD",
         "carved amber and resin pendants are translucent, light and warm to the touch; these ten are dense, with a "
         "solid yellow core and a red rind on one face and no bubbles, carved from the casque of the helmeted hornbill "
         "(Rhinoplax vigil, CITES App. I), posted from Bangkok to a private person in Bremen; English wording from "
         "Thailand (hornbill casque repeats in several sets; as amber pendants by post to Germany is the new part)",
         person("Lena Wagner", "DE")),
        ("WLF-02", "import", "FRSEA01", "sea", "IN", [], "FR", "140490",
         "Logwood chips for natural dyeing, 12 t", "IN", 12000, None, 6000, "USD",
         "logwood chips for dyers are brown-red heartwood that gives purple-black dye; these chips are deep blood-red, "
         "dense, sink in water and turn water orange with a blue fluorescence, at 0.50 USD/kg against several times "
         "that: red sanders (Pterocarpus santalinus, CITES App. II) without a CITES permit, shipped from Chennai to "
         "Le Havre for a Paris 'natural dye' supplier; English wording from India (red sanders repeats in many sets; a "
         "logwood cover was found in no earlier row by a keyword search)", firm("Teintures Naturelles SARL", "FR")),
        ("WLF-03", "import", "BESEA01", "sea", "CM", [], "BE", "121190",
         "Écorce de yohimbe séchée, concassée, 8 t", "CM", 8000, None, 24000, "EUR",
         "yohimbe bark is thin, grey-brown and very bitter; this bark is thick, red-brown, smells of almonds when "
         "crushed and a lab finds no yohimbine but beta-sitosterol, the mark of African cherry (Prunus africana, CITES "
         "App. II) bark, without a CITES permit, shipped from Douala to Antwerp for a herbal extractor; Cameroonian "
         "French wording (Prunus africana repeats in several sets; a yohimbe cover was found in no earlier row by a "
         "keyword search)", firm("Phyto Orion SA", "BE")),
        ("WLF-04", "import", "PLPOST01", "post", "US", [], "PL", "010620",
         "Live red-eared sliders, hatchlings, 20 pcs", "US", 1, 20, 200, "USD",
         "red-eared slider hatchlings are green with red ear stripes; these 20 have black shells with round yellow spots "
         "and no red, bred in nobody's records and poached from wetlands: spotted turtles (Clemmys guttata, CITES App. "
         "II), posted without a CITES permit to a private keeper in Kraków; red-eared sliders are themselves a Union "
         "invasive species; English wording (spotted turtles appear once, from the US without papers; as sliders by "
         "post to Poland is the new part)", person("Piotr Nowak", "PL")),
        ("WLF-05", "import", "ATAIR01", "express", "CA", [], "AT", "442199",
         "Hand-carved walking-stick handle, twisted hardwood, 1 pc", "CA", 2.2, 1, 300, "CAD",
         "twisted hardwood cane handles are light, brown and grained; this is a 60 cm spiral of ivory, dense, cream, "
         "with a hollow pulp cavity at the base: a cut narwhal tusk (Monodon monoceros, CITES App. II) without a CITES "
         "permit, sent by express from Iqaluit to a private collector in Salzburg; Canadian English wording (narwhal "
         "tusk repeats in several sets; as a walking-stick handle is the new part)", person("Frau S. Huber", "AT")),
        ("WLF-06", "import", "NLAIR01", "air", "ID", [], "NL", "030449",
         "Fillet ikan kerapu segar, dingin, 400 kg", "ID", 400, None, 4800, "USD",
         "fresh grouper fillets are white with a grey skin; twelve of these boxes hold thick, pink-white fillets with "
         "large blue-green scales and a fleshy hump on the head pieces: humphead wrasse (Cheilinus undulatus, CITES App. "
         "II) without a CITES permit, by air from Jakarta to Amsterdam for a fish wholesaler; Indonesian wording "
         "(humphead wrasse repeats in a few sets; as grouper fillets by air to the Netherlands is the new part)",
         firm("Vishandel Noordzee BV", "NL")),
        ("WLF-07", "import", "DESEA01", "sea", "MG", [], "DE", "920999",
         "Griffbretter aus gebeiztem Birnbaum, für Gitarren, 800 Stk.", "MG", 400, 800, 2400, "EUR",
         "stained pearwood fingerboards are light, fine and brown-stained through; these 800 are jet-black to the core, "
         "very dense, and sink in water: Madagascar ebony (Diospyros spp., CITES App. II) without a CITES permit, "
         "shipped from Toamasina to Hamburg for a guitar-parts dealer; German wording (Malagasy ebony repeats in a few "
         "sets; as stained pearwood fingerboards is the new part)", firm("Saitenwerk Hamburg GmbH", "DE")),
        ("WLF-08", "import", "ITAIR01", "express", "NP", [], "IT", "121190",
         "Valerian root, dried, herbal tea, 10 kg", "NP", 10, 10, 200, "USD",
         "valerian root is pale, thin and smells of old socks; these roots are dark, hairy rhizomes with a sweet, musky "
         "smell: jatamansi (Nardostachys jatamansi, CITES App. II) without a CITES permit, sent by express from "
         "Kathmandu to an aromatherapy supplier in Bologna; English wording from Nepal (jatamansi repeats in a few "
         "sets; as valerian tea is the new part)", firm("Aromi Felsinei Srl", "IT")),
        ("WLF-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "050790",
         "牛角梳 半成品 500 kg", "CN", 500, 5000, 6000, "USD",
         "ox-horn comb blanks are dark, layered and flexible; these 5,000 blanks are cut from translucent, amber, "
         "ridged horn sheaths, rings visible at the base, from saiga antelope (Saiga tatarica, CITES App. II, zero "
         "export quota for wild specimens) without permits, by rail from Chongqing to Małaszewicze for a Warsaw "
         "'comb maker'; Chinese wording (saiga horn repeats in many sets; as ox-horn comb blanks by rail is the new "
         "part)", firm("Grzebienie Vistula Sp. z o.o.", "PL")),
        ("WLF-10", "transit", "GRSEA01", "sea", "MZ", ["GR"], "VN", "050800",
         "Conchas de moluscos, limpas, para artesanato, 6 t", "MZ", 6000, None, 3000, "USD",
         "clean shells for crafts are mixed cowries and cones at a few cents a kilo; under the top sacks lie giant "
         "clam shells (Tridacna spp., CITES App. II) and black coral branches (Antipatharia, CITES App. II), without CITES "
         "permits, landed at Piraeus in transit from Beira to Haiphong; Mozambican Portuguese wording (giant clams and "
         "black coral repeat in several sets; in transit through Piraeus from Mozambique is the new part)",
         {"importer_country": "VN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKPOST01", "post", "US", "DK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (sprout growing)", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "DK-JM-41-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "express", "NO", "FI", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines)", "NO", 2.3, 2, 400, "NOK",
     [("PRECURSOR_LICENCE", "FI-POL-41-0112")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITSEA01", "sea", "TN", "IT", "411520",
     "Tannery sludge and leather dust with chromium (04 01 06*), for chromium recovery at a licensed plant, 30 big bags",
     "TN", 18000, 30, 0, "EUR",
     [("BASEL_CONSENT", "IT-VEN-41-0207")], "notified tannery waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "282739",
     "Spent cupric chloride etchant (11 01 05*), for copper recovery, 12 IBC", "CH", 15600, 12, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-41-0388")], "notified spent etchant to a licensed copper-recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "Trichlorotrifluoroethane (CFC-113), 4 x 1 l, for laboratory and analytical use", "US", 6.2, 4, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-41-007")], "CFC-113 for an essential laboratory use under licence"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290361",
     "Methyl bromide, 20 cylinders, for use as feedstock in pharmaceutical synthesis", "US", 2000, 20, 9000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-41-003")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "US", "970610",
     "Stained-glass panel, Bohemia, c. 1500, documented provenance, sale to a museum", "CZ", 30, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-41-0041")], "church glass exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "BGAIR01", "air", "BG", "CH", "970510",
     "Thracian silver phiale, 4th century BC, from a registered collection, for a museum exhibition", "BG", 0.9, 1,
     60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BG-MK-EXP-41-0019")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "express", "DE", "JP", "854233",
     "GaN MMIC power amplifiers, 8-12 GHz, 200 pcs, for a Japanese weather-radar maker", "DE", 0.3, 200, 80000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-41-0733"), ("END_USER_CERTIFICATE", "JP-METI-EUC-41-0028")],
     "dual-use microwave amplifiers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "KR", "845961",
     "Five-axis milling machine with contouring control, 1 unit, for a Korean turbine-blade maker", "NL", 9000, 1,
     450000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-41-0295"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-41-0061")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "IN", "FR", "440349",
     "Red sanders (Pterocarpus santalinus) logs from a legal auction of confiscated stock, 5 t", "IN", 5000, None,
     40000, "USD",
     [("CITES_PERMIT", "IN-DGFT-41-0087")], "App. II red sanders with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "121190",
     "Prunus africana bark, dried, within Cameroon's export quota, 8 t", "CM", 8000, None, 40000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-41-0102")], "App. II African cherry bark with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Yksityishenkilö", "PRM-05": "Umweltanalytik Rhein-Main GmbH",
    "PRM-07": "Midwest Museum of Glass", "PRM-11": "Teintures Naturelles SARL",
    "PRM-12": "Phyto Orion SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("382499", "Sprouting seed rinse, citric acid based, 500 ml", "import", ["post"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 2, S),
    ("340490", "Ski wax, fluorine-free, 60 g bars", "import", ["express"], ["NO", "CH"], (40, 80), (1, 3), ["NOK", "CHF"], 15, S),
    ("250100", "Low-sodium diet salt (potassium chloride blend), 500 g", "import", ["post"], ["CH", "GB"], (6, 12), (1, 4), ["CHF", "GBP"], 2, S),
    ("330730", "Mineral bath salt, Dead Sea, 1 kg", "import", ["post"], ["IL", "JO"], (5, 10), (1, 4), ["USD"], 1, S),
    ("310590", "Lawn fertiliser NPK, 10 kg bags", "import", ["road"], ["RS", "TR"], (0.6, 1.0), (6000, 20000), ["EUR"], 0.1, S),
    ("340290", "Beer line cleaner, alkaline, 5 l", "import", ["express"], ["GB", "US"], (3, 6), (2, 5), ["GBP", "USD"], 0.2, S),
    ("252910", "Potash feldspar, ceramic grade, 25 kg bags", "import", ["sea"], ["TR", "IN"], (0.15, 0.3), (18000, 24000), ["USD", "EUR"], None, S),
    ("291815", "Sodium citrate, food grade, 500 g", "import", ["post"], ["IL", "US"], (15, 25), (1, 3), ["USD"], 2, S),
    ("382499", "Aquarium water conditioner, 250 ml bottles", "import", ["sea"], ["KR", "CN"], (4, 8), (3000, 8000), ["USD"], 3, S),
    ("411510", "Bonded leather sheets, new, for upholstery", "export", ["sea"], ["BD", "IN"], (3, 6), (15000, 24000), ["EUR"], None, S),
    ("282739", "Copper(II) chloride dihydrate, fertiliser grade, 25 kg bags", "export", ["sea"], ["KE", "EG"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("721012", "Electrolytic tinplate sheets, prime", "export", ["sea"], ["IN", "EG"], (0.9, 1.3), (20000, 25000), ["EUR"], None, S),
    ("260300", "Copper concentrate, 25 % Cu, assayed", "import", ["sea"], ["CL", "PE"], (2, 3), (20000, 25000), ["USD"], None, S),
    ("401699", "Rubber stable mats, new, 17 mm", "export", ["road"], ["RS", "BA"], (1.5, 2.5), (4000, 12000), ["EUR"], 0.05, S),
    ("382000", "Points de-icer, potassium formate, new, IBCs", "export", ["rail"], ["UA", "MD"], (0.8, 1.2), (20000, 40000), ["EUR"], None, S),
    ("250510", "Screened quartz sand for golf bunkers", "export", ["sea"], ["MA", "GH"], (0.05, 0.1), (15000, 24000), ["EUR"], None, S),
    ("320650", "Strontium aluminate glow pigment, 1 kg", "export", ["express"], ["US", "NG"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("440691", "Garden sleepers, new, pressure-treated pine, creosote-free", "export", ["road"], ["BA", "RS"], (0.3, 0.5), (10000, 20000), ["EUR"], 0.02, S),
    ("940360", "Household furniture, new, flat-packed", "export", ["sea"], ["NG", "GH"], (2, 4), (4000, 9000), ["EUR"], 0.1, S),
    ("381400", "HFE-7100 precision cleaning fluid, 5 kg", "import", ["air"], ["US", "JP"], (40, 60), (100, 400), ["USD"], 0.2, S),
    ("841850", "Ice-cream display freezers, new, R-290", "import", ["road"], ["TR"], (6, 10), (2000, 6000), ["EUR"], 0.01, S),
    ("842410", "Yacht fire extinguishers, powder, 2 kg, new", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.25, S),
    ("382499", "Stamp watermark fluid, non-flammable HFE, 100 ml", "import", ["post"], ["US", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 8, S),
    ("382499", "Freeze spray, HFO-1234ze, 400 ml", "import", ["express"], ["DE", "US"], (20, 40), (1, 4), ["EUR", "USD"], 2, S),
    ("381400", "Cinema film cleaner, HFE based, 1 l", "import", ["express"], ["JP", "US"], (30, 60), (1, 3), ["JPY", "USD"], 1, S),
    ("841869", "Flake-ice machines, new, R-290 charged", "import", ["sea"], ["NO", "CN"], (10, 16), (1000, 4000), ["NOK", "USD"], 0.005, S),
    ("701690", "Leaded glass windows, new, decorative", "export", ["air"], ["US", "CA"], (20, 40), (50, 300), ["EUR"], 0.04, S),
    ("831000", "Brass house-number plates, new", "import", ["express"], ["AE", "IN"], (15, 30), (1, 4), ["USD"], 2, S),
    ("711319", "Silver medallions, new, hallmarked", "export", ["express"], ["CH", "US"], (600, 1000), (1, 2), ["EUR"], 5, S),
    ("691390", "Terracotta garden jars, Impruneta, new", "export", ["sea"], ["US", "CA"], (3, 6), (2000, 6000), ["EUR"], 0.05, S),
    ("680291", "Reproduction marble capitals, new", "import", ["road"], ["MA", "TR"], (3, 6), (2000, 6000), ["EUR"], 0.01, S),
    ("490199", "Printed prayer books, new, leather bound", "import", ["post"], ["ET", "LB"], (10, 20), (1, 4), ["USD"], 3, S),
    ("711719", "Brass costume jewellery, new, lost-wax", "import", ["express"], ["CO", "PE"], (40, 80), (1, 2), ["USD"], 20, S),
    ("491191", "Framed decorative prints, new reproductions", "export", ["sea"], ["US", "AU"], (8, 15), (1000, 3000), ["EUR"], 0.7, S),
    ("903020", "Digital oscilloscopes, 100 MHz, for schools", "export", ["air"], ["IN", "EG"], (80, 150), (100, 400), ["EUR"], 0.2, S),
    ("854233", "Wi-Fi front-end modules, consumer grade", "export", ["express"], ["IN", "TR"], (300, 600), (1, 3), ["EUR"], 500, S),
    ("850511", "Magnetic sweepers with ferrite bars, new", "export", ["road"], ["TR", "RS"], (4, 8), (1000, 4000), ["EUR"], 0.5, S),
    ("440131", "Wood pellets, ENplus A1, Latvian mills", "export", ["sea"], ["GB", "NO"], (0.2, 0.3), (20000, 25000), ["EUR"], None, S),
    ("960200", "Amber pendants, Baltic, new", "export", ["post"], ["US", "JP"], (300, 600), (1, 2), ["EUR"], 20, S),
    ("121190", "Valerian root, dried, tea grade", "import", ["sea"], ["CN", "UA"], (3, 5), (4000, 10000), ["USD", "EUR"], None, S),
]
# Everyday trade: blind88's everyday rows (blind80's, with blind60's added rows) with four new rows instead of
# blind88's own four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940391", "Wooden bed frames, flat-packed", "import", ["sea"], ["VN", "PL"], (2.5, 4.5), (4000, 9000), ["USD", "EUR"], 0.03, N),
        ("620462", "Women's cotton trousers", "import", ["sea"], ["BD", "PK"], (10, 16), (2000, 6000), ["USD"], 2.5, N),
        ("420222", "Canvas tote bags, printed", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, N),
        ("732111", "Gas camping stoves, without cartridges", "import", ["sea"], ["CN", "KR"], (4, 7), (3000, 8000), ["USD"], 0.4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind94", 20411101, HERE)


if __name__ == "__main__":
    main()
