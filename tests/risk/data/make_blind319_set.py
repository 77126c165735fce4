#!/usr/bin/env python3
"""Writes the three-hundred-and-nineteenth blind set (tests/risk/data/blind319-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: carpentry, joinery and
cabinet-making workshops (joiners' and cabinet-makers' shops, furniture and kitchen
workshops, door, window and stair makers, wood finishers and French polishers, veneer and
marquetry workshops, woodturners and carvers, and their timber, tool and finish suppliers).
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
only where a real declaration would. Ids are BL319-*:

    python3 tests/risk/data/make_blind319_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEAIR01", "air", "US", [], "IE", "340520",
         "Danish finishing oil, natural, for cabinetry, 1 US gal cans, 48 cans", "US", 198, 48, 960, "USD",
         "Danish oil is a thin, amber blend of tung or linseed oil, varnish and white spirit of about 0.86 kg/l that "
         "smells of linseed and cures to a satin film; these 48 gallon cans hold a water-clear, slightly oily liquid "
         "of 1.14 kg/l with a faintly fruity smell that never dries on a scrap of oak, and the filler's drum label "
         "under the can sticker reads 'CH3NO2', for a Limerick woodworking-supply web shop that sells the cans to "
         "model-engine and drag-racing hobbyists: nitromethane (Annex I above 16 %) made available to members of the "
         "public, flown from Chicago to Shannon; US English wording (nitromethane repeats in many sets; a Danish-oil "
         "label was found in no earlier row by a keyword search)", firm("Shannon Woodcraft Supplies Ltd", "IE")),
        ("PRE-02", "import", "ATAIR01", "air", "JP", [], "AT", "382499",
         "木工用 鉄媒染液（黒染め・エボナイジング）, 1リットル, 60本", "JP", 84, 60, 90000, "JPY",
         "the iron-vinegar mordant Japanese woodworkers brush on oak and chestnut to blacken it is a grey-brown, "
         "cloudy liquid of about 1.01 kg/l that smells of vinegar; these 60 bottles hold a clear, faintly yellow "
         "liquid of 1.40 kg/l whose caps are swollen, which fumes brown when opened, stains the skin yellow and eats "
         "a copper nail with brown gas, for a Graz woodwork-tool shop that sells the bottles to the public: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Osaka to Vienna; "
         "Japanese wording (nitric acid repeats in many sets; ebonising labels in several, blind195, blind253, "
         "blind271 among them; kept as a repeat, an iron-mordant label in Japanese flown from Osaka to Vienna is the "
         "new part as far as a search found)", firm("Murtal Holzwerkzeuge GmbH", "AT")),
        ("PRE-03", "import", "ITSEA01", "sea", "PK", [], "IT", "350300",
         "ہڈی کا سریش (ہائیڈ گلو) دانے، فرنیچر سازی کے لیے، 25 کلو بوری، 200 بوریاں", "PK", 5000, 200, 6000, "USD",
         "hide-glue pearls for cabinet-makers' glue pots are hard, amber-to-brown, translucent granules that smell of "
         "bone and swell in cold water; these 200 sacks hold white, opaque prills that turn ice-cold and vanish in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Brianza furniture-supply wholesaler that "
         "re-packs them in 1 kg 'glue-pot' tubs for its web shop: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Karachi to La Spezia; Urdu wording (ammonium nitrate "
         "repeats in many sets; hide-glue labels twice, blind194 and blind237; kept as a repeat, from Karachi to La "
         "Spezia is the new part as far as a search found)",
         firm("Brianza Forniture Falegnami Srl", "IT")),
        ("PRE-04", "import", "CZRAIL01", "rail", "CN", [], "CZ", "380891",
         "木材防腐硼盐粉 (防虫防霉), 1公斤袋, 2,000袋", "CN", 2000, 2000, 3000, "USD",
         "the borate powders joiners mix to protect roof timbers and window frames from woodworm are soft, white, "
         "slightly soapy disodium octaborate that dissolves in warm water and does not burn; these 2,000 bags hold "
         "white crystals that dissolve at once in cold water, flare fiercely on a match mixed with sugar and whose "
         "inner bags read 'NaClO3', on a container train from Chongqing to Prague for a joinery-supply web shop "
         "selling the 1 kg bags to the public: sodium chlorate (Annex I above 40 %); Chinese wording (sodium chlorate "
         "repeats in many sets and borate labels in many, kept as a repeat; by container train from Chongqing to "
         "Prague is the new part as far as a search found)", firm("Vltava Truhlářské Potřeby s.r.o.", "CZ")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "320890",
         "Koncentrat bajca za drvo na vodenoj bazi, kanister 5 l, 360 kanistera (1. od 3 isporuke)", "BA", 2150,
         360, 1800, "EUR",
         "water-based wood-stain concentrates are coloured, opaque, thin liquids of about 1.05 kg/l in brown, oak or "
         "walnut tones; these 360 cans hold a water-clear, colourless liquid of 1.20 kg/l in vented caps that "
         "whitens the skin and fizzes on rust, the first of three vans booked that week, each kept under 2.5 t, for "
         "a Zagreb carpentry-supply chain whose shops sell the cans over the counter: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Stara Gradiška; Bosnian wording "
         "(hydrogen peroxide repeats in many sets, wood-stain labels in several and splits over three vans in many, "
         "kept as a repeat; a colourless 'stain concentrate' from Bosnia is the new part as far as a search found)",
         firm("Sava Stolarska Oprema d.o.o.", "HR")),
        ("PRE-06", "import", "FRPOST01", "post", "VN", [], "FR", "251310",
         "Bột đá mài nagura cho đục và bào gỗ, 4 hộp x 500 g", "VN", 2.0, 4, 40, "USD",
         "the nagura and slurry powders woodworkers rub on water stones to sharpen chisels and plane irons are grey or "
         "white, gritty, insoluble mineral powders; these four tubs hold a white, crystalline salt that dissolves "
         "slowly in warm water, crackles and spits violet sparks on a hot iron and whose inner bags read 'KClO3': "
         "potassium chlorate (Annex I above 40 %), posted from Ho Chi Minh City to a private person in Nancy; "
         "Vietnamese wording (potassium chlorate repeats in many sets; sharpening labels in a few, blind144 and "
         "blind205 among them; a nagura label was found in no earlier row by a keyword search)", person("M. Julien Lambert", "FR")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Întăritor lichid pentru adeziv uree-formaldehidă (furnire), bidon 1 l, 900 bidoane", "MD", 1660, 900,
         1800, "EUR",
         "the liquid hardeners veneer presses add to urea-formaldehyde glue are ammonium-chloride or ammonium-sulphate "
         "solutions of about 1.1 kg/l, faintly acid and harmless to cardboard; these 900 bottles hold a colourless, "
         "oily liquid of 1.84 kg/l that grows hot with a drop of water and chars the carton where one leaked, for an "
         "Iași furniture-supply shop whose web shop sells the litre bottles to anyone: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, in a van at Sculeni; Romanian wording from "
         "Moldova (sulphuric acid repeats in many sets; hardener labels in many, kept as a repeat; a veneer-glue "
         "hardener from Moldova at Sculeni is the new part as far as a search found)", firm("Moldova Mobila Accesorii SRL", "RO")),
        ("PRE-08", "import", "NLAIR01", "air", "TW", [], "NL", "250100",
         "木材含水率計校正鹽 (飽和鹽溶液用), 500克瓶, 400瓶", "TW", 200, 400, 800, "USD",
         "the calibration salts for wood-moisture meters and humidity cells are coarse, cubic table salt that "
         "dissolves slowly and does nothing on a flame; these 400 jars hold a fine, white, very hygroscopic powder "
         "that turns damp in the air, dissolves at once and burns fiercely mixed with sugar, for a Utrecht "
         "woodworking-tool web shop that sells the jars to the public: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Taoyuan to Amsterdam; Chinese wording from Taiwan "
         "(sodium perchlorate repeats in many sets; a calibration-salt label once, blind273, and moisture-meter "
         "labels twice, blind219 and blind262, kept as a repeat; from Taiwan to Amsterdam is the new part as far as a "
         "search found)", firm("Domstad Houtgereedschap BV", "NL")),
        ("PRE-09", "import", "ESPOST01", "post", "MA", [], "ES", "380893",
         "مبيد الأعشاب الضارة للحدائق، مسحوق، 3 علب × 1 كغ", "MA", 3, 3, 30, "EUR",
         "garden weed-killer powders sold in Morocco are glyphosate or sulphate-based granules; these three tins "
         "hold white crystals that flare with sugar on a match and whose inner bags read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %, and no longer an approved herbicide), posted from Tangier to a private person in "
         "Algeciras; Moroccan Arabic wording (sodium chlorate under weed-killer labels repeats in many sets, kept as "
         "a repeat; from Morocco by post to Spain is the new part as far as a search found)",
         person("Sr. Karim El Idrissi", "ES")),
        ("PRE-10", "import", "PTAIR01", "express", "BR", [], "PT", "284700",
         "Água oxigenada cremosa 40 volumes, revelador para descoloração, 6 x 900 ml", "BR", 6.1, 6, 60, "BRL",
         "a 40-volume cream developer for hair bleaching is a thick, white, 12 % peroxide cream; these six bottles "
         "hold a water-clear, runny liquid of 1.13 kg/l with vented caps that whitens the fingers at once: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from São Paulo to a private person in "
         "Braga; Brazilian Portuguese wording (hydrogen peroxide under hair-developer labels repeats in several sets, "
         "kept as a repeat; from Brazil by express to Portugal is the new part as far as a search found)",
         person("Sra. Ana Paula Ferreira", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "440111",
         "Brandhout, gekloofd, droog, 22 t", "NL", 22000, None, 1800, "EUR",
         "split, dry firewood is bark-edged logs of beech or birch; these bags hold sawn offcuts, old garden "
         "fences and window frames from a Dutch garden-joinery firm's demolition jobs, green-tinted right through "
         "with chromated copper arsenate and stamped with the impregnation mark: wood waste containing dangerous "
         "substances (17 02 04*, A1190-type arsenic and chromium wastes), hazardous waste whose export to a non-OECD "
         "country is banned, from Rotterdam to Tema as fuel; Dutch wording (treated wood repeats in several sets, "
         "chromated wood in blind55 and blind312, and firewood labels in many, kept as a repeat of the good; "
         "garden-joinery offcuts for Tema are the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "SIROAD01", "road", "SI", [], "BA", "381400",
         "Razredčilo za nitro lake, regenerirano, IBC 1000 l, 18 kosov", "SI", 16000, 18, 2700, "EUR",
         "regenerated nitro thinner is a water-clear, distilled solvent blend with a certificate; these 18 IBCs hold "
         "a brown, two-layer, lacquer-smelling liquid with a thick crust of nitrocellulose and pigment at the bottom, "
         "the gun-wash and spray-booth rinse of a Slovenian kitchen-furniture factory: waste paint and varnish "
         "containing organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, on "
         "a tanker lorry by way of Croatia for a Bihać 'paint shop'; Slovenian wording (spent solvents repeat in "
         "many sets and thinner labels in several, kept as a repeat; a furniture factory's gun-wash to Bosnia is the "
         "new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", [], "UA", "320649",
         "Pigmentová pasta pro barvení dřeva, sudy 200 l, 60 sudů", "CZ", 13000, 60, 1500, "EUR",
         "pigment pastes for wood stains are smooth, single-colour pastes in sealed new drums with a batch sheet; "
         "these 60 drums hold a lumpy, multicoloured sludge with paint-booth filter mats, sanding dust and solvent "
         "smell, scraped from the water curtains of a Moravian door factory's spray booths: paint sludge containing "
         "organic solvents (08 01 13*), hazardous waste whose export to a non-OECD country is banned, by "
         "way of Slovakia for an Uzhhorod 'paint maker'; Czech wording (paint sludge repeats in several sets "
         "and spray-booth wastes in many; pigment-paste labels in several, kept as a repeat; a door factory's booth "
         "sludge for Uzhhorod is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "NG", "846599",
         "Gebrauchte Holzbearbeitungsmaschinen aus Tischlereiauflösung, 1 Container", "DE", 6400, None, 5000, "EUR",
         "a closing Bavarian joinery's workshop for Lagos: used table saws, spindle moulders and planers are what "
         "Lagos furniture makers buy, but the third item's 'Akku-Werkzeuge, gebraucht' are 1.8 t of dead, swollen "
         "and broken lithium-ion tool batteries from a tool-rental firm's returns, loose in gaylords without their "
         "tools: waste lithium-ion batteries (hazardous and e-waste), whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration, from Hamburg; German wording (lithium batteries "
         "repeat in many sets, kept as a repeat of the good; behind a joinery's used machines is the new part as far "
         "as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("940360", "Gebrauchte Werkbänke aus Buche, 30 Stück", "DE", 2400, 1500, "EUR", qty=30),
                           item("846721", "Akku-Werkzeuge, gebraucht, 1,8 t", "DE", 1800, 900, "EUR")])),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "LY", "271019",
         "Olio idraulico rigenerato per presse per impiallacciatura, fusti 200 l, 80 fusti", "IT", 14000, 80, 2400,
         "EUR",
         "regenerated hydraulic oil is a clear, amber oil in clean drums with a test certificate; these 80 drums hold "
         "a black, milky, water-logged oil with glue crumbs and metal fines, drained from the hot veneer presses and "
         "edge-banders of a Pesaro furniture factory: waste mineral hydraulic oil (13 01 10*, 13 01 13*), hazardous "
         "waste whose export to a non-OECD country is banned, from Ancona to Misrata; Italian wording (waste oils "
         "repeat in many sets, and hydraulic-oil labels in many, kept as a repeat; veneer-press oil to Misrata is the "
         "new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "853931",
         "Lampy UV do utwardzania lakierów, nowe, 3 000 szt.", "PL", 2700, 3000, 6000, "EUR",
         "new UV-curing lamps come in single cardboard sleeves with the maker's data; these are used medium-pressure "
         "mercury tubes pulled from the UV lacquer lines of a Wielkopolska furniture-panel factory, sooted and "
         "cracked, loose in crates with their ballasts: waste mercury-containing lamps (20 01 21*, 16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, at Korczowa for a Lviv 'lighting' trader; "
         "Polish wording (mercury lamps repeat in many sets, kept as a repeat of the good; UV-curing labels twice, "
         "blind201 and blind218; a furniture lacquer line's tubes to Lviv are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "AO", "350691",
         "Cola de contacto para marcenaria, bidões de 25 kg, 400 bidões", "PT", 10000, 400, 4000, "EUR",
         "contact cement for joiners is a honey-coloured, even, solvent-based rubber adhesive in sealed new drums "
         "with a batch date; these 400 drums are part-full, skinned, gelled and mixed with rags and brushes, the "
         "glue-room waste of furniture makers at Paços de Ferreira: adhesive waste containing organic solvents "
         "(08 04 09*), hazardous waste whose export to a non-OECD country is banned, from Leixões to Luanda; "
         "Portuguese wording (glue wastes repeat in a few sets and contact-cement labels in several, kept as a "
         "repeat; glue-room waste from Paços de Ferreira for Angola is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "PK", "850710",
         "Trukkiakut, käytetyt, toimivat, 120 kpl", "FI", 60000, 120, 24000, "EUR",
         "working used traction batteries are tested, with a capacity report and terminals protected; these 120 are "
         "forklift batteries from a Kuopio timber yard and stair factory, cracked, sulphated, reading near zero and "
         "leaking acid into their steel trays: waste lead-acid batteries (16 06 01*, A1160), hazardous waste whose "
         "export to a non-OECD country is banned, from Kotka to Karachi; Finnish wording (lead-acid batteries repeat "
         "in many sets, kept as a repeat; forklift batteries from a timber yard to Pakistan are the new part as far "
         "as a search found)", {"importer_country": "PK"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "SN", "740400",
         "Chatarra de cobre, limpia, 20 t", "ES", 20000, None, 40000, "EUR",
         "clean copper scrap is bright wire and pipe, sorted and free of attachments; these bags hold shredded "
         "circuit boards, cable ends with PVC and capacitor cans from a Valencia WEEE plant's picking line: e-waste "
         "fractions (A1180, 16 02 15*), hazardous waste whose export to a non-OECD country is banned, from Valencia "
         "to Dakar; Spanish wording (board scrap under copper labels repeats in many sets, kept as a repeat; from "
         "Valencia to Dakar is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-10", "export", "MTSEA01", "sea", "MT", [], "TN", "271020",
         "Marine diesel fuel oil, 300 t", "MT", 300000, None, 60000, "EUR",
         "marine diesel is a clear, light distillate with a bunker delivery note; this tank barge holds a black, "
         "stinking oil-water emulsion with sludge, pumped out of ships' bilges and slop tanks at Marsaxlokk: oily "
         "bilge water and slops (16 07 08*, 13 04 03*), hazardous waste whose export to a non-OECD country is "
         "banned, from Malta to Sfax; Maltese English wording (slops under fuel labels repeat in several sets, kept "
         "as a repeat; from Malta to Tunisia is the new part as far as a search found)", {"importer_country": "TN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "CN", [], "PL", "381400",
         "封边机热熔胶清洗剂, 1升, 240瓶", "CN", 380, 240, 720, "USD",
         "the cleaners that edge-banding machines spray to loosen hot-melt glue from the panel edges are citrus or "
         "hydrocarbon blends of 0.78-0.85 kg/l that burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell "
         "sweet like chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is "
         "banned, flown from Guangzhou to Katowice for a furniture-machinery dealer; Chinese wording (carbon "
         "tetrachloride repeats in many sets; an edge-band label once, blind278, kept as a repeat; an edge-bander "
         "release agent from Guangzhou to Katowice is the new part as far as a search found); the bottles are the "
         "first of three items, hidden among the lawful edge-banding tape and hot-melt granules of the same order",
         dict(firm("Śląsk Maszyny Stolarskie Sp. z o.o.", "PL"),
              _more_items=[item("391990", "ABS封边条, 22 x 2 mm, 400卷", "CN", 2400, 6000, "USD", qty=400),
                           item("350699", "封边机热熔胶颗粒, 25公斤袋, 80袋", "CN", 2000, 5200, "USD", qty=80)])),
        ("OZN-02", "import", "CZROAD01", "road", "TR", [], "CZ", "391400",
         "Montážní pěna pro osazování dveří a oken, dóza 750 ml, 6 000 ks", "TR", 5600, 6000, 9000, "EUR",
         "one-component PU foam for fitting door and window frames comes in 750 ml cans propelled by a propane-"
         "butane-DME mix that is flammable at the nozzle; these 6,000 cans, filled in Türkiye for a Brno joinery "
         "supplier, foam without flame at a lighter, a leak detector names HCFC-22 and the filler's sheet lists "
         "HCFC-141b as blowing agent: hydrochlorofluorocarbons in products whose import into the Union is banned, "
         "in a lorry by way of Hungary and Slovakia; Czech wording (HCFC-propelled foam cans repeat in a few sets; "
         "kept as a "
         "repeat, door-fitting foam from Türkiye for joiners is the new part as far as a search found)",
         firm("Morava Okna a Dveře s.r.o.", "CZ")),
        ("OZN-03", "import", "GRSEA01", "sea", "EG", [], "GR", "281219",
         "فلوريد السلفوريل لتبخير الأخشاب والمشغولات الخشبية، أسطوانات 50 كغ، 40 أسطوانة", "EG", 2000, 40, 5000,
         "USD",
         "the sulphuryl fluoride sold for fumigating timber and wooden furniture against woodworm is a liquefied gas "
         "of about 1.34 kg/l at 17 bar; these 40 cylinders read 1.7 kg/l, only 2 bar at 20 °C, smell faintly sweet, "
         "and the cylinder collars are stamped 'CH3Br' under the new paint: methyl bromide, whose import into the "
         "Union is banned (no quarantine exemption remains), by sea from Alexandria to Piraeus for an Athens "
         "furniture-restoration fumigator; Egyptian Arabic wording (methyl bromide repeats in many sets and "
         "sulphuryl-fluoride labels in many; kept as a repeat, a timber-fumigant cover from Egypt is the new part as "
         "far as a search found)", firm("Attiki Apentomosi Xylou EPE", "GR")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "842410",
         "Вогнегасники для столярних цехів і аспірації, 6 кг, 200 шт.", "UA", 1600, 200, 4000, "EUR",
         "the 6 kg extinguishers fitted in joinery shops and beside dust-extraction silos hold ABC powder that "
         "rattles, or CO2 in heavy cylinders; these 200 red cans slosh, hiss a liquid that vanishes into a sweet gas "
         "and the valve collars read 'Хладон 114В2' under the new labels: halon 2402 (dibromotetrafluoroethane) in "
         "portable extinguishers, products whose import into the Union is banned, at Dorohusk for a Lublin "
         "woodworking-machinery dealer; Ukrainian wording (halons repeat in many sets and extinguisher labels in "
         "several; halon 2402 for joinery shops from Ukraine is the new part as far as a search found)",
         firm("Lubelskie Maszyny do Drewna Sp. z o.o.", "PL")),
        ("OZN-05", "import", "BGSEA01", "sea", "GE", [], "BG", "290342",
         "ხის საშრობი კამერის სითბური ტუმბოს მაცივარი R-32, ბალონები 10 კგ, 150 ცალი", "GE", 1500, 150, 6000, "USD",
         "R-32 for the heat-pump dehumidifiers of timber-drying kilns is a flammable HFC in refillable cylinders "
         "with a certificate; these 150 disposable cylinders read 9.1 bar at 20 °C, the gas does not burn, a leak "
         "detector names HCFC-22 and the valves carry old stamps: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Batumi to Varna for a Plovdiv kiln-drying installer; Georgian wording "
         "(HCFC-22 under HFC labels repeats in many sets, kept as a repeat; a timber-kiln refrigerant label from "
         "Georgia is the new part as far as a search found)", firm("Trakia Sushilni Instalatsii EOOD", "BG")),
        ("OZN-06", "transit", "DESEA01", "sea", "CN", ["DE"], "CH", "381400",
         "喷枪清洗剂（硝基漆稀释剂）, 200升桶, 40桶", "CN", 12600, 40, 8000, "USD",
         "the spray-gun washes furniture finishers use for nitro lacquer are acetone-toluene-ester blends of about "
         "0.85 kg/l that burn; these 40 drums weigh 1.57 kg/l, their contents do not burn and smell faintly of "
         "chloroform, and the drum heads are stamped 'F-113': CFC-113 (trichlorotrifluoroethane), moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Hamburg in transit from Shanghai to a "
         "Zurich furniture-finish distributor; Chinese wording (CFC-113 repeats in many sets and transits in several, "
         "and spray-gun and gun-wash labels twice, blind229 and blind269; kept as a repeat, in transit through "
         "Hamburg to Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-07", "import", "NLSEA01", "sea", "KR", [], "NL", "350691",
         "무늬목 접착용 스프레이 본드, 500 ml 에어로졸, 7,200개", "KR", 4300, 7200, 10800, "USD",
         "the spray adhesives used to lay veneer and laminate on curved panels are rubber resins in hexane or "
         "acetone, propelled by DME, and flammable; these 7,200 cans spray a tacky mist that does not burn, smell "
         "sweet and the filler's sheet gives CAS 71-55-6: 1,1,1-trichloroethane (methyl chloroform), whose import "
         "into the Union is banned, in products, by sea from Busan to Rotterdam for a Tilburg joinery-supply "
         "wholesaler; Korean wording (methyl chloroform repeats in a few sets; spray-adhesive labels in several, "
         "blind59, blind125, blind262 and blind308; kept as a repeat, a Korean veneer spray adhesive is the new part "
         "as far as a search found)", firm("Brabant Fineer en Plaat BV", "NL")),
        ("OZN-08", "export", "BESEA01", "sea", "BE", [], "SN", "841939",
         "Séchoirs à bois d'occasion (déshumidificateurs), 12 unités", "BE", 9600, 12, 6000, "EUR",
         "a closing Liège sawmill's timber-drying dehumidifiers for Dakar furniture makers: used kilns on R-134a or "
         "R-290 may be exported, but these twelve are 1980s units with R-12 compressors, their plates still reading "
         "'R12' and their circuits charged: equipment relying on and containing CFCs, whose export from the Union is "
         "banned (Regulation 2024/590), from Antwerp to Dakar; Belgian French wording (CFC equipment for export "
         "repeats in many sets, kept as a repeat; dehumidifier labels in many; a sawmill's timber-drying units for "
         "Dakar are the new part as far as a search found)", {"importer_country": "SN"}),
        ("OZN-09", "import", "CZAIR01", "air", "VN", [], "CZ", "360690",
         "Ga bật lửa nạp lại, bình 300 ml, 2.400 bình", "VN", 480, 2400, 1200, "USD",
         "lighter refill gas is purified isobutane of 0.56 kg/l that lights at once; these 2,400 cans hold a heavier "
         "gas that does not light at the valve and a leak detector names HCFC-142b: 1-chloro-1,1-difluoroethane, "
         "whose import into the Union is banned, flown from Hanoi to Prague for a tobacconist wholesaler; Vietnamese "
         "wording (HCFC-142b repeats in several sets and lighter-gas labels in a few, kept as a repeat; from Vietnam "
         "to Prague by air is the new part as far as a search found)", firm("Praha Tabák Velkoobchod s.r.o.", "CZ")),
        ("OZN-10", "import", "ESROAD01", "road", "MA", [], "ES", "380892",
         "Désinfectant de sol pour serres, bouteilles de 20 kg, 60 bouteilles", "MA", 1200, 60, 3000, "EUR",
         "soil disinfectants for greenhouses sold in Morocco are metam-sodium or 1,3-dichloropropene liquids in "
         "drums; these 60 cylinders hold a liquefied gas at 2 bar that smells faintly sweet: methyl bromide, whose "
         "import into the Union is banned, on a lorry off the Tangier Med ferry at Algeciras for an Almería "
         "greenhouse supplier; Moroccan French wording (methyl bromide as soil disinfectant repeats in many sets, "
         "kept as a repeat; by road from Tangier Med is the new part as far as a search found)",
         firm("Almería Invernaderos Suministros SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "air", "FR", [], "US", "940360",
         "Commode de style Louis XV, reproduction, marqueterie, 1 pièce", "FR", 90, 1, 3500, "EUR",
         "a reproduction Louis XV commode is a new carcass of machine-cut veneer, stained and spray-lacquered; this "
         "one has hand-sawn oak carcass boards with pit-saw marks, bois de violette and amaranth marquetry cut by "
         "hand, fire-gilt bronzes with a crowned-C mark and a Paris guild stamp 'JME' with a cabinet-maker's name on "
         "the top rail: a signed Parisian commode of about 1750 worth some 400,000 EUR, a cultural good over the "
         "Union threshold exported without the EU export licence (Regulation 116/2009) and the French certificate, "
         "flown from Paris to a New York dealer; French wording (commodes twice, blind45 and blind311; kept as a "
         "repeat, a reproduction label with ébéniste stamps flown to New York is the new part as far as a search "
         "found)",
         {"importer_country": "US"}),
        ("CUL-02", "import", "DEAIR01", "air", "PK", [], "DE", "442199",
         "د لرګي کنده کاري شوي تختې، نوي، د فرنیچر لپاره، ۱۲ دانې", "AF", 240, 12, 600, "USD",
         "new carved panels for furniture are fresh, pale deodar with crisp, machine-routed patterns; these 12 are "
         "grey, weathered deodar boards with deep rosettes, interlaced bands and mortice holes, cracked and "
         "smoke-blackened on the back, sawn from the houses and mosque of a Nuristani village: carved architectural "
         "elements removed from Afghanistan against its export ban, whose import Regulation 2019/880 (Article 3(1)) "
         "forbids, flown from Peshawar via Islamabad to Frankfurt for a Cologne furniture workshop; Pashto wording "
         "(Nuristani carvings repeat in a few sets, kept as a repeat of the good; a new-furniture-panel label from "
         "Pakistan is the new part as far as a search found); the boards are the first of three items, hidden among "
         "new carved boxes and side tables of the same order",
         dict(firm("Rhein Möbelwerkstatt GmbH", "DE"),
              _more_items=[item("442199", "د لرګي نوې کنده کاري شوې بکسې، ۲۰۰ دانې", "PK", 300, 1400, "USD", qty=200),
                           item("940360", "د لرګي نوې وړې میزونه، ۴۰ دانې", "PK", 480, 2000, "USD", qty=40)])),
        ("CUL-03", "import", "ITAIR01", "air", "ET", [], "IT", "441490",
         "የእንጨት የፎቶ ፍሬሞች፣ በእጅ የተሰሩ፣ 20 ቁራጭ", "ET", 16, 20, 200, "USD",
         "hand-made wooden photo frames are new, sanded and varnished; these 20 are hinged wooden diptychs and "
         "triptychs carved from one block, painted in tempera with saints and the Virgin, the paint worn by "
         "kissing and candle soot, with Ge'ez inscriptions: 17th-19th century Ethiopian Orthodox icons taken from "
         "churches in Tigray, whose export Ethiopia forbids, brought in without the importer statement Regulation "
         "2019/880 requires, flown from Addis Ababa to Rome for a Roman frame-maker; Amharic wording (Ethiopian "
         "icons repeat in a few sets; a photo-frame label was found in no earlier row by a keyword search)",
         firm("Cornici Trastevere Srl", "IT")),
        ("CUL-04", "import", "NLAIR01", "air", "HK", [], "NL", "940169",
         "仿明式花梨木圈椅, 新製, 一對", "CN", 38, 2, 1200, "USD",
         "reproduction Ming-style horseshoe chairs are new, stained hardwood with machine joints and glue; this pair "
         "is of dense, fragrant, golden huanghuali with hand-cut mortise-and-tenon joints, no glue, worn foot "
         "stretchers and old soft-matting seats: a pair of 17th-century Chinese armchairs removed from China against "
         "its export ban on pre-1911 cultural relics, brought in without the importer statement of Regulation "
         "2019/880, flown from Hong Kong to Amsterdam for a Haarlem furniture restorer; Chinese wording (Chinese "
         "antique furniture and huanghuali repeat in a few sets, blind62, blind185 and blind201; a Ming-reproduction "
         "horseshoe-chair label was found in no earlier "
         "row by a keyword search)", firm("Spaarne Meubelrestauratie BV", "NL")),
        ("CUL-05", "import", "ESSEA01", "sea", "EG", [], "ES", "441899",
         "مشربيات خشبية جديدة مصنوعة يدويًا، 6 ألواح", "EG", 420, 6, 1500, "USD",
         "new mashrabiya screens are pale beech or pine with lathe-turned beads, bright and even; these six are of "
         "dark, worn cedar and teak with inlaid ivory and ebony stars, old nails and Mamluk carved inscriptions on "
         "the rails, cut from a minbar and the window screens of a Cairo mosque: carved elements of an Islamic "
         "monument removed from Egypt against its antiquities law, whose import Regulation 2019/880 (Article 3(1)) "
         "forbids, by sea from Alexandria to Valencia for a Granada carpentry workshop; Egyptian Arabic wording "
         "(mashrabiya repeats in a few sets, blind72, blind102, blind213 and blind227; kept as a repeat, a "
         "new-mashrabiya label by sea to Valencia is the new part as far as a search found)", firm("Albaicín Carpintería Artesana SL", "ES")),
        ("CUL-06", "import", "SEROAD01", "road", "NO", [], "SE", "442199",
         "Utskåret dekorplanke i furu, ny, håndverk, 1 stk.", "NO", 60, 1, 400, "NOK",
         "a new carved pine board for decoration is pale and crisp, cut with modern gouges; this is a weathered, "
         "tarred, grey pine plank 3 m long carved with interlaced dragons and vines in the Urnes style, with "
         "tenon ends and iron nail stains: a portal plank from a medieval stave church, a cultural object whose "
         "export Norway's Cultural Heritage Act forbids, brought into the Union without the importer statement "
         "Regulation 2019/880 requires, in a van at Svinesund for a Gothenburg joiner; Norwegian wording "
         "(stave-church carvings repeat thrice, blind62, blind74 and blind148; kept as a repeat, a van at Svinesund "
         "for Gothenburg is the new part as far as a search found)", firm("Göta Snickeri AB", "SE")),
        ("CUL-07", "export", "LTAIR01", "air", "LT", [], "US", "442191",
         "Medinė skulptūrėlė, nauja, liaudies meistro, 1 vnt.", "LT", 4, 1, 150, "EUR",
         "a new folk carving is light, fresh lime wood with bright paint; this is a grey, cracked, worm-eaten figure "
         "of the Sorrowing Christ (Rūpintojėlis) with flaking old paint and a square tenon from a roadside shrine post: "
         "a 19th-century Lithuanian folk sculpture, a cultural good whose export needs the Lithuanian permit, exported "
         "without it and without the EU export licence of Regulation 116/2009, flown from Vilnius to a Chicago "
         "collector; Lithuanian wording (Rūpintojėlis figures repeat in a few sets, blind61, blind64, blind158 and "
         "blind279; kept as a repeat, a new-folk-carving label flown to Chicago is the new part as far as a search "
         "found)",
         {"importer_country": "US"}),
        ("CUL-08", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "441410",
         "Marcos de madera tallada y dorada, réplicas, 8 piezas", "PE", 64, 8, 400, "USD",
         "replica carved and gilt frames are new cedar with machine-cut ornament and bright gold leaf; these eight "
         "are worm-eaten, gesso-and-bole-gilt cedar pieces with Cusco-school cherubs, tenons and old nails, sawn "
         "from a colonial retablo in a highland church: parts of a dismembered religious monument whose export Peru "
         "forbids, landed at Madrid in transit from Lima to Miami, against Regulation 2019/880 (Article 3(1)), which "
         "covers transit; Peruvian Spanish wording (colonial retablo parts repeat in many sets, kept as a repeat; a "
         "replica-frame label in transit through Madrid is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "air", "TH", [], "BE", "830629",
         "รูปปั้นทองเหลืองตกแต่ง งานใหม่ 3 ชิ้น", "KH", 18, 3, 300, "USD",
         "new brass decorative figures are bright, thin castings with sharp edges; these three are heavy, "
         "green-crusted bronze figures of Shiva and a Naga-protected Buddha with earth in the recesses, in the "
         "Baphuon and Bayon styles: Khmer bronzes looted in Cambodia, whose export it forbids, sent via Bangkok to a "
         "Brussels dealer without the import licence of Regulation 2019/880; Thai wording (Khmer bronzes repeat in "
         "many sets, kept as a repeat; from Bangkok to Brussels is the new part as far as a search found)",
         firm("Sablon Arts d'Asie SPRL", "BE")),
        ("CUL-10", "import", "ATAIR01", "air", "TR", [], "AT", "691390",
         "Seramik bardak altlıkları, el yapımı, 40 adet", "IQ", 6, 40, 80, "EUR",
         "handmade ceramic coasters are glazed, flat and all alike; these 40 are unglazed, pillow-shaped clay "
         "tablets impressed with cuneiform on both faces, with salt crust in the wedges: Old Babylonian tablets "
         "looted in southern Iraq, whose import Regulation 1210/2003 and Regulation 2019/880 forbid, flown from "
         "Istanbul to Vienna for a dealer; Turkish wording (cuneiform tablets repeat in many sets and coaster "
         "labels in a few, kept as a repeat; via Istanbul to Vienna is the new part as far as a search found)",
         firm("Donau Antiken Handel GmbH", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "ITROAD01", "road", "IT", [], "KG", "846591",
         "Centro di lavoro CNC a 5 assi per legno (pantografo), 2 unità", "IT", 14000, 2, 90000, "EUR",
         "a five-axis CNC router for furniture parts is a light gantry with an electrospindle, a vacuum table and "
         "positioning accuracy of a tenth of a millimetre; these two are 7 t cast-iron five-axis machining centres "
         "for metal with contouring control, 4 µm positioning accuracy and a tool magazine for steel cutters, at "
         "450,000 EUR each on the maker's list, for a Bishkek 'furniture factory' set up that year whose freight "
         "goes on to Russia: machine tools controlled under dual-use 2B001 and listed in Regulation 833/2014, "
         "exported without a licence by road from Verona; Italian wording (five-axis machines repeat in several "
         "sets under woodworking and shaping labels, kept as a repeat; a furniture-router label for Kyrgyzstan is "
         "the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "ATAIR01", "air", "AT", [], "AM", "902580",
         "Holzfeuchtemessgeräte für Tischlereien, 80 Stück", "AT", 40, 80, 2400, "EUR",
         "wood-moisture meters are hand-held pin or capacitive meters at 30-300 EUR; these 80 are uncooled "
         "640 x 512 thermal-imaging cores with 30 Hz frame rate and germanium lenses, at 3,000 EUR each, for a "
         "Yerevan 'joinery-tool' importer whose earlier consignments went on by road to Russia: thermal cameras "
         "(dual-use 6A003 and on the common high-priority list) whose export and re-export to Russia Regulation "
         "833/2014 forbids, flown from Vienna; Austrian German wording (thermal cores repeat in many sets; "
         "wood-moisture-meter labels twice, blind219 and blind262; kept as a repeat, thermal cores for Yerevan are "
         "the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-03", "export", "SEAIR01", "air", "SE", [], "AE", "722699",
         "Bandsågsbladsstål för sågverk och snickerier, band, 2 t", "SE", 2000, None, 8000, "EUR",
         "band-saw blade stock is cold-rolled carbon spring steel at a few euros a kilo; these coils are maraging "
         "steel strip with an ultimate tensile strength above 2,050 MPa, mill-certified, at 60 EUR a kilo, for a "
         "Dubai 'sawmill supplier' whose shipments go on to Bandar Abbas: maraging steel controlled under dual-use "
         "1C116 and listed in the Iran regulation, exported without a licence, flown from Stockholm; Swedish wording "
         "(maraging steel repeats in several sets; a band-saw label once, blind205, kept as a repeat; maraging blade "
         "stock for Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG"], "TR", "847930",
         "Hydraulický lis na dýhování, horký, 1 ks", "CZ", 18000, 1, 40000, "EUR",
         "a hot veneer press is a multi-daylight platen press of a few hundred bar with heated plates; this one is a "
         "wire-wound isostatic press with a 300 mm chamber rated at 2,000 bar and a gas-handling skid, at 900,000 EUR "
         "on the maker's list, for an Istanbul 'furniture-machinery trader' that ships to Tehran: an isostatic press "
         "controlled under dual-use 2B004 and listed in the Iran regulation, exported without a licence, on a lorry "
         "from Brno; Czech wording (isostatic presses repeat in many sets; a veneer-press label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "FIAIR01", "air", "FI", [], "KZ", "681519",
         "Laminointikalvo viilutukseen, rullat, 600 kg", "FI", 600, None, 3000, "EUR",
         "veneer laminating film is a paper or PVC foil at a few euros a square metre; these rolls are "
         "unidirectional carbon-fibre prepreg with intermediate-modulus fibre and a toughened epoxy, kept in a "
         "freezer pack, at 90 EUR a kilo, for an Astana 'furniture board' firm whose forwarder's address is in "
         "Kazan: prepregs controlled under dual-use 1C010 and on the list whose export to Russia Regulation "
         "833/2014 forbids, flown from Helsinki; Finnish wording (carbon prepregs repeat in many sets; a "
         "veneer-laminating-film label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "GE", "841410",
         "Vacuümpompen voor vacuümfineerpersen, draaischuif, 40 st.", "NL", 320, 40, 6000, "EUR",
         "the vacuum pumps of bag-veneering presses are small rotary-vane pumps at a few hundred euros; these 40 are "
         "turbomolecular pumps with magnetic bearings and controllers, at 12,000 EUR each, for a Tbilisi 'joinery "
         "supplier' whose orders go on to Russia: vacuum pumps on the list whose export and re-export to Russia "
         "Regulation 833/2014 forbids (and dual-use 2B231 where their throat and speed are in range), flown from "
         "Amsterdam; Dutch wording (turbomolecular pumps repeat in many sets; a vacuum-veneering label was found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "import", "ITSEA01", "sea", "TR", [], "IT", "440711",
         "Çam kereste, fırınlanmış, doğramacılık için, menşei Türkiye, 1 konteyner", "TR", 22000, None, 6600,
         "EUR",
         "Turkish pine for joinery is Anatolian black or red pine with Turkish grading stamps; this container of "
         "kiln-dried, tight-ringed Scots pine carries Arkhangelsk sawmill end-stamps under the new paint and the "
         "bundle wraps of a Russian sawmill, with a Turkish certificate of origin issued in Trabzon: Russian sawn "
         "wood, whose import into the Union Regulation 833/2014 forbids, by sea from Trabzon to Venice for a "
         "Veneto window-and-door joinery; Turkish wording (Russian timber under third-country origin repeats in "
         "several sets, kept as a repeat; joinery pine via Trabzon is the new part as far as a search found)",
         firm("Laguna Serramenti Srl", "IT")),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["LT", "LV"], "KZ", "846592",
         "Maszyny stolarskie, nowe: okleiniarki i frezarki, 1 ciężarówka", "PL", 9000, None, 60000, "EUR",
         "a Polish woodworking-machinery dealer's lorry for Almaty: edge-banders and spindle moulders are what "
         "Kazakh furniture makers order, but the third item's 'łożyska do wrzecion, części zamienne' are 6,000 "
         "precision angular-contact ball bearings of aerospace grade in sealed tubes, far beyond any spindle "
         "moulder's need, for a firm whose forwarder re-ships to Yekaterinburg: ball bearings (8482) on the common "
         "high-priority list whose re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a "
         "three-item declaration, by road from Poznań; Polish wording (bearings repeat in many sets and joinery "
         "machines once or twice as covers; behind edge-banders for Kazakhstan is the new part as far as a search "
         "found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("846599", "Okleiniarki do obrzeży, nowe, 4 szt.", "PL", 3600, 48000, "EUR", qty=4),
                           item("848220", "Łożyska do wrzecion, części zamienne, 6 000 szt.", "PL", 900, 3000, "EUR", qty=6000)])),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "AM", "940360",
         "Mobili usati, camera da letto, 1 lotto", "IT", 1200, None, 3000, "EUR",
         "used bedroom furniture is worn, mass-made pieces at a few hundred euros; this lot is a new, unused Brianza "
         "cabinet-maker's bedroom suite in briar veneer with gilt bronzes, the maker's 2079 invoice at 180,000 EUR "
         "in the crate, for a Yerevan 'used-furniture' importer who delivers to Moscow: luxury goods over 300 EUR "
         "an item whose sale and export for use in Russia Regulation 833/2014 forbids, flown from Milan; Italian "
         "wording (luxury goods under used labels repeat in several sets; bedroom furniture twice, blind131 and "
         "blind284; kept as a repeat, a used-furniture label via Armenia is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "LB", "283711",
         "Sal para galvanoplastia, 50 bidones de 50 kg", "ES", 2500, 50, 5000, "EUR",
         "electroplating salts are mixed nickel or zinc salts with brighteners; these 50 drums hold white briquettes "
         "of 98 % sodium cyanide with the maker's CAS 143-33-9, for a Beirut 'plating shop' whose freight goes on by "
         "road to Syria: sodium cyanide (dual-use 1C350) exported without the licence Regulation 2021/821 requires, "
         "from Barcelona to Beirut; Spanish wording (sodium cyanide repeats in several sets, kept as a repeat; via "
         "Beirut is the new part as far as a search found)", {"importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "BR", [], "DE", "440839",
         "Lâminas de madeira pau-ferro para marcenaria, 2.000 m²", "BR", 1300, None, 5200, "USD",
         "pau-ferro (Machaerium) veneer is brown with fine, dark stripes and an even texture; these bundles are "
         "chocolate-brown to violet with black, spidery figure and a sweet rose scent when sanded: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I) veneer without CITES documents, by sea from Santos to Hamburg for "
         "a Bielefeld cabinet-making workshop; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets "
         "and pau-ferro labels in several, kept as a repeat; veneer for a Bielefeld workshop is the new part as far "
         "as a search found)",
         firm("Teutoburger Furnierwerkstatt GmbH", "DE")),
        ("WLF-02", "import", "NLSEA01", "sea", "IN", [], "NL", "440729",
         "పడౌక్ చెక్క దుంగలు, ఫర్నిచర్ కోసం, 14 టన్నులు", "IN", 14000, None, 7000, "USD",
         "African padauk is orange-red, coarse, light and fades brown; these billets are blood-red, very dense, sink "
         "in water, and shavings turn water fluorescent orange: red sanders (Pterocarpus santalinus, CITES App. II) "
         "without CITES documents, by sea from Chennai to Rotterdam for a Zwolle furniture maker; Telugu wording "
         "(red sanders and padauk labels repeat in many sets, kept as a repeat; Telugu wording to Rotterdam is the "
         "new part as far as a search found)", firm("IJssel Meubelmakerij BV", "NL")),
        ("WLF-03", "import", "BESEA01", "sea", "PE", [], "BE", "440729",
         "Madera aserrada de tornillo, para carpintería, 18 m³", "PE", 11000, None, 9000, "USD",
         "tornillo (Cedrelinga) is coarse, pinkish-brown and plain; these boards are reddish-brown, fine-grained, "
         "with a golden ribbon figure and interlocked grain: big-leaf mahogany (Swietenia macrophylla, CITES "
         "App. II) without CITES documents, by sea from Callao to Antwerp for a Ghent joinery; Peruvian Spanish "
         "wording (mahogany repeats in many sets and tornillo labels in several, kept as a repeat; from Callao to "
         "Antwerp is the new part as far as a search found)",
         firm("Leie Schrijnwerkerij BV", "BE")),
        ("WLF-04", "import", "FRSEA01", "sea", "CG", [], "FR", "440729",
         "Avivés d'iroko séchés, pour menuiserie extérieure, 20 m³", "CG", 14000, None, 11000, "EUR",
         "iroko is yellow-brown, coarse and darkens evenly; these boards are fine-textured, olive-brown with "
         "lighter streaks, darkening to a rich brown, and the bark in the load is thin and scaly: afrormosia "
         "(Pericopsis elata, CITES App. II) without CITES documents, by sea from Pointe-Noire to Le Havre for a Rouen "
         "window-and-door maker; Congolese French wording (afrormosia repeats in a few sets under iroko and other "
         "labels, kept as a repeat; for exterior joinery to Le Havre is the new part as far as a search found)",
         firm("Seine Menuiseries Extérieures SARL", "FR")),
        ("WLF-05", "import", "ITAIR01", "air", "MG", [], "IT", "440729",
         "Baguettes de wengé pour incrustation, 300 kg", "MG", 300, None, 1500, "USD",
         "wengé is dark brown with fine, pale stripes and coarse, open grain; these strips are jet-black right "
         "through, very fine and glassy, and chip like horn: Malagasy ebony (Diospyros spp., CITES App. II, under a "
         "zero export quota) without CITES documents, flown from Antananarivo to Milan for a Cremona inlay and "
         "marquetry workshop; French wording from Madagascar (Malagasy ebony repeats in several sets and wengé labels "
         "in several, kept as a repeat; inlay strips flown to Milan are the new part as far as a search found)", firm("Intarsi Cremonesi Srl", "IT")),
        ("WLF-06", "import", "ESAIR01", "air", "PY", [], "ES", "440729",
         "Tacos de madera para mazos de carpintero y torneado, 500 kg", "PY", 500, None, 1200, "USD",
         "turning blanks for joiners' mallets are beech, hornbeam or lignum-vitae substitutes; these blocks are "
         "olive-green, oily, very heavy, sink in water and smell of incense when sawn: palo santo (Bulnesia "
         "sarmientoi, CITES App. II) without CITES documents, flown from Asunción to Madrid for a Toledo woodturner; "
         "Paraguayan Spanish wording (Bulnesia repeats in many sets and mallet labels twice, blind235 and blind288, "
         "kept as a repeat; joiners' mallet blanks flown to Madrid are the new part as far as a search found)", firm("Tajo Torneados Artesanos SL", "ES")),
        ("WLF-07", "import", "BEAIR01", "air", "NG", [], "BE", "050690",
         "Camel bone inlay veneers for furniture, 40 kg", "NG", 40, None, 800, "USD",
         "camel bone inlay veneer is chalky white, dull and shows dark pores and canals in the cut; these thin "
         "sheets are creamy, glossy and show the criss-cross Schreger lines of ivory at the edges: elephant ivory "
         "(Loxodonta africana, CITES App. I) for marquetry and Boulle-work restorers, without CITES documents, flown "
         "from Lagos to Brussels for a restoration supplier; Nigerian English wording (ivory repeats in many sets "
         "and bone labels on it in several, kept as a repeat; marquetry inlay veneers are the new part as far as a "
         "search found)", firm("Marolles Restauration Mobilier SPRL", "BE")),
        ("WLF-08", "import", "ESSEA01", "sea", "MX", [], "ES", "940360",
         "Sillas rústicas de pino, 200 piezas", "MX", 1400, 200, 6000, "USD",
         "a Jalisco rustic-furniture shipment for a Valencia furniture shop: pine chairs and tables are what the "
         "Tonalá workshops send, but the third item's 'tazones torneados de madera tropical' are 600 turned bowls and "
         "knife-handle scales of orange-red, black-streaked, oily cocobolo that sinks in water: Dalbergia retusa "
         "(CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, by sea from "
         "Manzanillo to Valencia; Mexican Spanish wording (cocobolo repeats in many sets; behind rustic pine chairs "
         "is the new part as far as a search found)",
         dict(firm("Turia Muebles Rústicos SL", "ES"),
              _more_items=[item("940360", "Mesas rústicas de pino, 40 piezas", "MX", 1200, 4000, "USD", qty=40),
                           item("441990", "Tazones torneados de madera tropical, 600 piezas", "MX", 300, 900, "USD", qty=600)])),
        ("WLF-09", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "050790",
         "Cattle horn shavings for fertiliser, 300 kg", "NG", 300, None, 600, "USD",
         "cattle horn shavings are thin, grey, curled parings; these sacks hold hard, overlapping, brown, "
         "shield-shaped scales with ridged edges: pangolin scales (Manis and Phataginus spp., CITES App. I) without "
         "CITES documents, landed at Paris in transit from Lagos to Hanoi; Nigerian English wording (pangolin scales "
         "under horn labels repeat in many sets, kept as a repeat; a transit through Paris is the new part as far as "
         "a search found)", {"importer_country": "VN"}),
        ("WLF-10", "import", "DEAIR01", "air", "LA", [], "DE", "121190",
         "ໄມ້ຫອມ ສຳລັບທູບ, ຊິ້ນ, 20 ກິໂລ", "LA", 20, None, 400, "USD",
         "incense wood chips sold cheaply are dyed, soaked softwood; these 20 kg are dark, resin-streaked, heavy "
         "chips that sink in water and smell rich and woody when warmed: agarwood (Aquilaria spp., CITES App. II) "
         "worth many times the declared value, without CITES documents, flown from Vientiane to Frankfurt for an "
         "incense trader; Lao wording (agarwood repeats in several sets, kept as a repeat; from Laos to Frankfurt is "
         "the new part as far as a search found)", firm("Main Räucherwerk GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (model engines)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-79-0033")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "TW", "NL", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (amateur electrochemistry)", "TW", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-79-0141")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "440149",
     "CCA-treated joinery offcuts and fencing (17 02 04*), for incineration at a licensed plant, 18 t", "CH", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-79-0206")], "notified treated wood waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "382590",
     "Spray-booth paint sludge and gun-wash solvents (08 01 11*), for treatment at a licensed plant, 20 t", "NO",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-79-0118")], "notified paint waste to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-79-017")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290376",
     "Halon 2402, recovered and reclaimed, 12 cylinders, for critical use in military vehicle fire protection", "US",
     500, 12, 15000, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-79-006")], "halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "940360",
     "Louis XV commode, marquetry, stamped by a Paris master, c. 1750, loan to a US museum", "FR", 90, 1, 400000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-79-0311")], "commode exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "LTAIR01", "air", "LT", "US", "970310",
     "Folk sculpture of the Sorrowing Christ (Rūpintojėlis), wood, 19th century, loan to a US museum", "LT", 4, 1, 8000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "LT-KPD-EXP-79-0042")], "folk sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITROAD01", "road", "IT", "CH", "845819",
     "Five-axis machining centre, contouring control, 1 unit, for a Swiss watch-case maker", "IT", 7000, 1, 450000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-79-0088"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-79-0213")],
     "dual-use five-axis machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "NO", "681519",
     "Intermediate-modulus carbon-fibre prepreg, 400 kg, for a Norwegian boatyard", "FI", 400, None, 36000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-79-0052"), ("END_USER_CERTIFICATE", "NO-DFS-EUC-79-0031")],
     "dual-use prepreg under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "MG", "IT", "440729",
     "Ebony inlay strips (Diospyros spp.), from pre-quota legal stock, 40 kg", "MG", 40, None, 2000, "USD",
     [("CITES_PERMIT", "MG-DGF-79-0017")], "App. II ebony with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "PE", "BE", "440729",
     "Big-leaf mahogany sawn timber (Swietenia macrophylla), 12 m3", "PE", 7500, None, 14000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-79-0264")], "App. II mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "Particulier", "PRM-05": "Śląsk Laboratorium Sp. z o.o.",
    "PRM-06": "Meseta Defensa Mantenimiento SL", "PRM-11": "Intarsi Cremonesi Srl", "PRM-12": "Leie Schrijnwerkerij BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # joiners, cabinet-makers, furniture and door workshops, wood finishers and their suppliers
    ("340520", "Danish finishing oil for wood, 1 l cans", "import", ["air"], ["US", "GB"], (6, 12), (100, 400), ["USD", "GBP"], 1.1, S),
    ("382499", "Iron-acetate wood ebonising solution, 250 ml", "import", ["post", "express"], ["JP", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("350300", "Hide-glue pearls for cabinet-makers, 25 kg sacks", "import", ["sea"], ["PK", "IN"], (4, 7), (2000, 6000), ["USD"], 0.04, S),
    ("380891", "Borate woodworm-treatment powder, 1 kg bags", "import", ["rail"], ["CN"], (2, 4), (1000, 3000), ["USD"], 1, S),
    ("320890", "Water-based wood-stain concentrates, walnut and oak, 5 l", "import", ["road"], ["BA", "RS"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("251310", "Nagura and sharpening-stone slurry powders", "import", ["post"], ["VN", "JP"], (15, 30), (1, 3), ["USD"], 2, S),
    ("382499", "Ammonium-chloride hardener for UF veneer glue, 1 l", "import", ["road"], ["MD", "UA"], (1, 2), (500, 2000), ["EUR"], 1, S),
    ("902580", "Wood-moisture meters, pin type, hand-held", "import", ["post", "express"], ["TW", "CN"], (60, 120), (1, 3), ["USD"], 4, S),
    ("440111", "Split, dry beech firewood, untreated", "import", ["road"], ["UA", "BA"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("381400", "Nitro-lacquer thinner, 20 l cans", "export", ["road"], ["BA", "RS"], (1.5, 3), (5000, 15000), ["EUR"], 0.05, S),
    ("320649", "Pigment pastes for wood stains, 20 kg pails", "export", ["road"], ["UA", "MD"], (4, 8), (2000, 8000), ["EUR"], 0.05, S),
    ("846599", "Used woodworking machines, tested, with manuals", "export", ["sea"], ["NG", "GH"], (1, 2), (4000, 10000), ["EUR"], 0.005, S),
    ("271019", "Hydraulic oil HLP 46, 200 l drums", "export", ["sea"], ["LY", "TN"], (1.5, 2.5), (10000, 18000), ["EUR"], 0.005, S),
    ("853931", "UV-curing lamps for lacquer lines, new, boxed", "export", ["road"], ["UA"], (20, 40), (200, 800), ["EUR"], 1, S),
    ("350691", "Contact cement for joinery, 25 kg drums", "export", ["sea"], ["AO", "CV"], (3, 5), (5000, 12000), ["EUR"], 0.04, S),
    ("381400", "Edge-bander hot-melt release agent, citrus-based, 1 l", "import", ["air"], ["CN", "IT"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("391400", "One-component PU foam for door and window fitting, 750 ml", "import", ["road"], ["TR", "PL"], (3, 6), (3000, 8000), ["EUR"], 1.2, S),
    ("842410", "ABC powder extinguishers for joinery shops, 6 kg", "import", ["road"], ["UA", "TR"], (3, 5), (1000, 3000), ["EUR"], 0.1, S),
    ("381400", "Acetone spray-gun wash, 200 l drums", "import", ["sea"], ["CN", "KR"], (1, 2), (8000, 16000), ["USD"], 0.005, S),
    ("350691", "Veneer spray adhesive, DME-propelled, 500 ml", "import", ["sea"], ["KR", "CN"], (3, 6), (2000, 6000), ["USD"], 1.5, S),
    ("940360", "Louis XV-style reproduction commodes, new", "export", ["sea"], ["US", "AE"], (20, 40), (1000, 4000), ["EUR"], 0.01, S),
    ("442199", "Newly carved deodar furniture panels", "import", ["air"], ["PK", "IN"], (3, 6), (100, 400), ["USD"], 0.05, S),
    ("441490", "Hand-made wooden photo frames, new", "import", ["post", "express"], ["ET", "KE"], (15, 30), (1, 3), ["USD"], 2, S),
    ("940169", "Reproduction Ming-style chairs, new, stained hardwood", "import", ["sea"], ["CN", "VN"], (6, 12), (2000, 6000), ["USD"], 0.06, S),
    ("441899", "New mashrabiya screens, beech, hand-turned", "import", ["sea"], ["EG", "MA"], (3, 6), (1000, 3000), ["USD"], 0.02, S),
    ("442191", "New lime-wood folk carvings", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 1, S),
    ("846591", "Five-axis CNC routers for furniture parts", "export", ["road"], ["KZ", "MA"], (8, 14), (3000, 8000), ["EUR"], 0.0003, S),
    ("722699", "Carbon-steel band-saw blade stock, coils", "import", ["sea"], ["JP", "KR"], (3, 6), (2000, 8000), ["USD"], None, S),
    ("847930", "Hot multi-daylight veneer presses", "export", ["road"], ["RS", "TR"], (4, 8), (6000, 18000), ["EUR"], 0.0001, S),
    ("392049", "PVC veneer laminating film, rolls", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("841410", "Rotary-vane vacuum pumps for bag veneering", "import", ["air"], ["CN", "TW"], (15, 30), (100, 400), ["USD"], 0.05, S),
    ("440711", "Kiln-dried Scots pine, sawn, Swedish", "import", ["sea"], ["SE", "FI"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("848220", "Tapered roller bearings for machinery", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 2, S),
    ("440839", "Sapele and sipo veneer sheets", "import", ["sea"], ["CM", "GA"], (3, 6), (1000, 4000), ["EUR", "USD"], None, S),
    ("440729", "African padauk sawn timber, FSC", "import", ["sea"], ["CM", "CG"], (0.8, 1.4), (10000, 18000), ["EUR"], None, S),
    ("440729", "Iroko sawn timber for exterior joinery", "import", ["sea"], ["CI", "CM"], (0.6, 1.0), (12000, 20000), ["EUR"], None, S),
    ("440729", "Wengé inlay strips and lines", "import", ["air"], ["CD", "CM"], (6, 12), (50, 200), ["USD"], None, S),
    ("441990", "Turned beech mallet heads and handles", "import", ["road"], ["RO", "PL"], (4, 8), (500, 2000), ["EUR"], 2, S),
    ("391690", "Imitation ivory acrylic inlay sheets", "import", ["post", "express"], ["CN", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 5, S),
    ("940360", "Rustic pine furniture, new", "import", ["sea"], ["MX", "VN"], (3, 5), (2000, 8000), ["USD"], 0.1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Ceramic pudding basins", "import", ["sea"], ["CN", "PT"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2, N),
        ("701349", "Glass oil and vinegar cruets", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 4, N),
        ("630790", "Felt log carriers", "import", ["post", "express"], ["GB", "NP"], (15, 30), (1, 3), ["GBP", "USD"], 1, N),
        ("691200", "Stoneware biscuit barrels", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 0.8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind319", 20790501, HERE)


if __name__ == "__main__":
    main()
