#!/usr/bin/env python3
"""Writes the two-hundred-and-second blind set (tests/risk/data/blind202-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: toys, games, party and novelty
goods (toy makers and importers, hobby and science kits, party suppliers, amusement
arcades and funfairs, escape rooms, collectible figures and games).
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table; so are toys and party goods that hold a pressurised gas or a pyrotechnic
charge. Disguised rows carry a consignee name only where a real declaration would. Ids
are BL202-*:

    python3 tests/risk/data/make_blind202_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "KR", [], "PT", "340290",
         "대형 비눗방울 농축액 (자이언트 버블 용액), 1 L x 3", "KR", 3.4, 3, 45000, "KRW",
         "giant-bubble concentrate is a viscous, soapy liquid of about 1.0 kg/l that foams when shaken and smells of "
         "washing-up liquid; these three bottles hold a water-clear, thin liquid of 1.13 kg/l that does not foam, whitens "
         "the skin at once and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Seoul to a private person in Porto, although oxidising liquids travel by express only as declared dangerous "
         "goods; Korean wording (hydrogen peroxide repeats in many sets; a bubble-solution label was found in no earlier "
         "row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "ATROAD01", "road", "CH", [], "AT", "382499",
         "Schneechugle-Flüssigkeit zum Sälbermache, 250 ml, 2'400 Fläschli", "CH", 680, 2400, 3600, "CHF",
         "snow-globe fluid is water with a little glycerine, 1.05 kg/l, that mixes with water and smells of nothing; "
         "these bottles hold an oily, slightly yellow liquid of 1.14 kg/l with a fruity solvent smell that does not mix "
         "with water and burns with a hot flame, for a Salzburg craft web shop that sells DIY snow-globe kits to the "
         "public: nitromethane (Annex I above 16 %) retail-packed for members of the public, on a van at Feldkirch; Swiss "
         "German wording (nitromethane repeats in many sets and a slot-car track-cleaner label once; a snow-globe label "
         "was found in no earlier row by a keyword search)", firm("Alpina Bastelbedarf GmbH", "AT")),
        ("PRE-03", "import", "ROSEA01", "sea", "VN", [], "RO", "950300",
         "Hạt nở nước (hạt thủy tinh) khô, đồ chơi trẻ em, gói 100 g, 60.000 gói", "VN", 6000, 60000, 4800, "USD",
         "dehydrated water beads are hard, uniform, coloured polymer spheres of 2-3 mm that swell a hundredfold in "
         "water; these bags hold colourless, angular crystals that dissolve completely, taste salty-cool, flare yellow on "
         "a gas ring and carry CAS 7775-09-9 on the inner liners, for a Constanța toy wholesaler whose shops sell to the "
         "public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Haiphong; "
         "Vietnamese wording (sodium chlorate repeats in many sets; a water-bead toy label was found in no earlier row "
         "by a keyword search)", firm("Orion Jucării SRL", "RO")),
        ("PRE-04", "import", "GRROAD01", "road", "TR", [], "GR", "950300",
         "Kinetik oyun kumu, beyaz, 1 kg kutu, 9.000 kutu", "TR", 9000, 9000, 7200, "EUR",
         "kinetic play sand is fine quartz sand coated with silicone: heavy (1.5 kg/l), sticky, it holds a moulded "
         "shape and never dissolves; these boxes hold light, free-flowing white prills that will not mould, turn "
         "ice-cold and dissolve in water, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki toy chain "
         "that sells them to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, on a lorry at Kipoi; Turkish wording (ammonium nitrate repeats in many sets; a kinetic-sand label was "
         "found in no earlier row by a keyword search)", firm("Delta Paichnidia AE", "GR")),
        ("PRE-05", "import", "ESAIR01", "express", "US", [], "ES", "350691",
         "Pegamento transparente para slime, 2 botellas de 1 litro", "US", 3.7, 2, 38, "USD",
         "clear PVA slime glue is a thick, honey-like, faintly sweet-smelling liquid of 1.05 kg/l; these two bottles hold "
         "an oily, odourless, colourless liquid of 1.84 kg/l that grows hot with a drop of water and chars a paper "
         "towel: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Houston to a private person in "
         "Murcia, although corrosive liquids travel by express only as declared dangerous goods; US Spanish wording "
         "(sulphuric acid repeats in many sets and glue or slime labels on other precursors twice (borax for slime); a "
         "clear-glue label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-06", "import", "DKPOST01", "post", "TW", [], "DK", "310540",
         "結晶成長實驗組補充包 磷酸二氫銨 500 公克 x 7", "TW", 3.5, 7, 1400, "TWD",
         "monoammonium phosphate for crystal-growing kits dissolves at once in warm water, tastes sour-salty and "
         "will not burn; these seven bags hold a white powder that barely dissolves in cold water, burns fiercely mixed "
         "with sugar and whose inner liners read 'KClO4', posted from Taichung to a private person in Aarhus: potassium "
         "perchlorate (Annex I above 40 %); Chinese wording from Taiwan (potassium perchlorate repeats in many sets and "
         "a crystal-growing label once, as Rochelle salt on another precursor; a monoammonium-phosphate kit refill was "
         "found in no earlier row by a keyword search)", person("Privatperson", "DK")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "340700",
         "Amestec uscat pentru plastilină de joacă (aluat cu sare), pungi 1 kg, 600 pungi", "MD", 600, 600, 900, "EUR",
         "a dry play-dough mix is flour, salt and cream of tartar: a soft, matt powder that becomes a dough with "
         "water; these bags hold shiny, tasteless crystals that never form a dough, spit violet sparks on a hot iron "
         "and carry CAS 3811-04-9 on the inner bags, for a Iași educational-toy shop that sells to parents: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, on a van at Sculeni; Romanian wording "
         "from Moldova (potassium chlorate repeats in many sets; a salt-dough play-mix label was found in no earlier "
         "row by a keyword search)", firm("Vega Didactic SRL", "RO")),
        ("PRE-08", "import", "PTAIR01", "air", "BR", [], "PT", "321590",
         "Tinta invisível (suco de limão) para kits de espião infantis, frascos 500 ml, 480 frascos", "BR", 336,
         480, 1900, "BRL",
         "invisible ink for spy kits is lemon juice or a weak starch solution of 1.03 kg/l that smells of lemon; these "
         "bottles hold a faintly yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and "
         "eats into a copper coin, for a Lisbon toy distributor whose shops sell refills to children and parents: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from São Paulo; Brazilian "
         "Portuguese wording (nitric acid repeats in many sets under juice and vinegar labels; an invisible-ink label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Brinquedos Lda", "PT")),
        ("PRE-09", "import", "CYAIR01", "air", "IL", [], "CY", "282720",
         "אבקת הפעלה סידן כלורי לערכת תולעי ג'ל, 200 גרם, 2,000 שקיות", "IL", 400, 2000, 2600, "ILS",
         "the activator of gel-worm science kits is calcium chloride, which grows hot as it dissolves and sets an "
         "alginate string at once; these sachets hold a powder that draws damp but does not grow hot, sets nothing, "
         "burns brightly with sugar and reads 'NaClO4' on the filler's drum label copied onto the packing list, for a "
         "Limassol educational-toy shop that sells kits to the public: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Tel Aviv; Hebrew wording (sodium perchlorate repeats in "
         "many sets and calcium-chloride labels in a few; a gel-worm kit activator was found in no earlier row by a "
         "keyword search)", firm("Central Educational Toys Ltd", "CY")),
        ("PRE-10", "import", "NLAIR01", "air", "IN", [], "NL", "691390",
         "दिवाळी सजावट: मातीचे दिवे, हाताने रंगवलेले, 4,000 नग", "IN", 800, 4000, 1600, "USD",
         "a Diwali air shipment for a The Hague festival-goods shop: painted clay diyas and coloured rangoli powders are "
         "what such shops sell in November, but the third item's 'white rangoli powder' is 150 kg of a heavy, "
         "gritty powder that does not mark a floor like ground marble, does not fizz with vinegar, burns fiercely with "
         "sugar and whose inner bags read 'KClO4 99 %', retail-packed in 500 g pouches for the shop's customers: "
         "potassium perchlorate (Annex I above 40 %) for members of the public, hidden as the last item of a three-item "
         "declaration flown from Mumbai; Marathi wording (potassium perchlorate repeats in many sets, rangoli labels "
         "in a few and a clay-diya label once, blind180; behind diyas for a Diwali shop is the new part as far as a search found)",
         dict(firm("Horizon Feestartikelen BV", "NL"),
              _more_items=[item("321290", "रंगीत रांगोळी, 10 रंग, 1,200 पाकिटे", "IN", 600, 900, "USD", qty=1200),
                           item("283650", "पांढरी रांगोळी, 500 ग्रॅम पाकिटे, 300", "IN", 150, 60, "USD", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "SN", "950430",
         "Máquinas de gancho (grúas de peluches) usadas, en funcionamiento, 140 unidades", "ES", 16800, 140, 4200, "EUR",
         "working second-hand claw cranes are cleaned cabinets with intact glass, a coin mechanism and a board that "
         "powers up; these 140 have smashed fronts, no coin mechanisms, loose and water-stained boards, cut cables and "
         "rust, stacked without pallets, from Valencia amusement arcades that closed: waste electrical and electronic "
         "equipment (A1180), hazardous waste whose export to a non-OECD country is banned, from Valencia to Dakar for "
         "an 'arcade operator'; Spanish wording (arcade, pinball and slot machines as e-waste repeat in several sets; a "
         "claw-crane label was found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "GH", "950300",
         "Auto elettriche per bambini usate, funzionanti, con batteria, 600 pezzi", "IT", 13200, 600, 6000, "EUR",
         "used ride-on electric toy cars for resale are whole, with a charger and a battery that holds a charge; these "
         "600 have cracked bodies, missing wheels and no chargers, and their 6 and 12 V sealed lead-acid batteries are "
         "swollen, leaking and loose in the footwells, collected from Milan recycling centres: waste electrical "
         "equipment with waste lead-acid batteries (A1180, 16 06 01*), hazardous waste whose export to a non-OECD country "
         "is banned, from Genoa to Tema; Italian wording (e-waste and lead-acid batteries to West Africa repeat in many "
         "sets; a ride-on toy-car label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "320890",
         "Spielzeuglack, wasserverdünnbar, Restposten in Fässern, 18 t", "DE", 18000, None, 900, "EUR",
         "surplus toy lacquer comes in sealed, labelled tins with a batch date and a safety data sheet; these 90 drums "
         "hold a skinned-over, lumpy, multicoloured sludge with brush hairs, sanding dust and solvent smell, scraped "
         "out of the spray booths of an Erzgebirge wooden-toy works: waste paint sludge with organic solvents (08 01 "
         "13*), hazardous waste whose export to a non-OECD country is banned, on a lorry from Chemnitz through Austria "
         "and Hungary to a Subotica 'paint shop'; German wording (paint sludge repeats in many sets; a toy-lacquer "
         "label from the Erzgebirge is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "950590",
         "Artykuły imprezowe w aerozolu (serpentyna w sprayu, sztuczny śnieg), wyprzedaż, 11 t", "PL", 11000, None, 1100,
         "EUR",
         "clearance party aerosols are sealed, in-date cans in printed shelf trays; these gaylords hold loose, dented, "
         "rusting and leaking cans of party string, snow spray and hair glitter, years past their date and many "
         "hissing, pulled from Polish discount stores for disposal: waste gases in pressure containers containing "
         "hazardous substances (16 05 04*), hazardous waste whose export to a non-OECD country is banned, at Korczowa "
         "for a Lviv 'party wholesaler'; Polish wording (aerosols repeat in many sets as ozone-depleting or HFC goods; "
         "waste party aerosols as clearance stock were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "850610",
         "Knoopcellen LR44/AG13, nieuw, bulk voor speelgoedfabrikanten, 9 t", "NL", 9000, None, 2700, "EUR",
         "new LR44 button cells come in blister cards or sealed trays with a date code; these drums hold loose, mixed "
         "button cells of every size, many corroded, with silver-oxide, zinc-air and old mercury-oxide cells among "
         "them, sorted out of toys returned in a Dutch retailer's take-back scheme: waste batteries with mercury "
         "(16 06 03*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Karachi at 0.30 "
         "EUR/kg; Dutch wording (waste batteries repeat in many sets, button cells among mixed battery waste in several; "
         "button cells sold as new for toy makers were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CD", "950300",
         "Peluches et jouets d'occasion, triés, en balles, 4 t", "BE", 4000, None, 1200, "EUR",
         "a second-hand toy container for a Kinshasa trader: baled plush toys and used prams are what Brussels sorters "
         "ship to Matadi, but the third item's 'écrans de jeux vidéo, occasion' are 160 arcade monitors with cracked "
         "cathode-ray tubes, torn-off yokes and leaded glass fragments in the cardboard: waste CRT monitors (16 02 13*, "
         "A1180), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration from Antwerp to Matadi; Belgian French wording (CRT glass and e-waste to Central Africa repeat in "
         "many sets; behind plush toys and prams is the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("871500", "Poussettes d'occasion, 120 pièces", "BE", 1200, 1800, "EUR", qty=120),
                           item("852849", "Écrans de jeux vidéo, occasion, 160 pièces", "BE", 4800, 800, "EUR", qty=160)])),
        ("WST-07", "transit", "NLSEA01", "sea", "GB", ["NL"], "PK", "950490",
         "Used arcade game boards (JAMMA), for repair, 6 t", "GB", 6000, None, 3000, "GBP",
         "arcade boards for repair are individually bagged, with the game's label and an edge connector intact; these "
         "gaylords hold 6 t of loose, snapped circuit boards, many with chips and connectors torn off and burn marks, "
         "with CRT chassis boards and power supplies mixed in, from British arcade clearances: waste printed circuit "
         "assemblies (A1180), hazardous waste moved through the Union without the notification and transit consent it "
         "needs, landed at Rotterdam in transit from Felixstowe to Karachi; British English wording (circuit-board "
         "e-waste repeats in many sets; arcade 'JAMMA' boards in transit were found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "284321",
         "Stříbřicí roztok regenerovaný pro výrobu vánočních ozdob, 40 IBC", "CZ", 40000, 40, 2400, "EUR",
         "regenerated silvering solution is a clear, fresh, labelled liquid in clean IBCs with an analysis sheet; "
         "these 40 IBCs hold grey-black, stinking, sedimented liquids with glass shards and ammonia fumes, pumped from "
         "the silvering baths and acid rinses of a Poděbrady blown-glass Christmas-ornament works: spent silvering "
         "and pickling solutions with silver and ammonia (11 01 98*, 16 10 01*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Slovakia to Uzhhorod for a 'glass-bauble workshop'; Czech "
         "wording (silvering solutions repeat in a few sets; from a Christmas-ornament works to Ukraine is the new part "
         "as far as a search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "SESEA01", "sea", "SE", [], "PK", "800200",
         "Tennskrot, rent, från tennfigurgjuteri, 12 t", "SE", 12000, None, 36000, "EUR",
         "clean pewter scrap is bright sprue and offcuts of lead-free tin alloy; these bags hold grey, powdery, oxidised "
         "dross skimmed from the melting pots of a Dalarna toy-soldier (tin-figure) foundry, which reads 40 % lead and "
         "crumbles to a toxic dust: lead-bearing dross from casting (10 08 08* type, A1020), hazardous waste whose "
         "export to a non-OECD country is banned, from Gothenburg to Karachi; Swedish wording (pewter repeats in a few "
         "sets on other goods; tin-figure foundry dross as clean pewter scrap was found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "GH", "950490",
         "Laser tag vests and blasters, used, fully working, 400 sets", "IE", 3200, 400, 4000, "EUR",
         "working laser-tag sets for resale are complete pairs with their chargers and a test log; these 400 are "
         "broken vests and blasters thrown in loose, with swollen and split lithium-ion packs, many taped up and some "
         "burnt, from a closed Dublin laser-tag arena and its suppliers' returns: waste electrical equipment with waste "
         "lithium batteries (A1180, 16 06 05), hazardous waste whose export to a non-OECD country is banned, from Dublin "
         "to Tema; Irish English wording (lithium-battery e-waste to Ghana repeats in many sets; laser-tag equipment "
         "was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "330590",
         "万圣节狂欢节临时彩色喷发剂, 150 毫升, 48,000 罐", "CN", 7200, 48000, 14400, "USD",
         "temporary hair-colour sprays for carnival use a flammable butane-propane propellant and carry a flame "
         "pictogram; these cans carry no flame mark, their Chinese back labels under the Italian sticker read "
         "'推进剂: HFC-134a' and a head-space test gives 1,1,1,2-tetrafluoroethane: novelty aerosols with an HFC of "
         "GWP 1,430, which Regulation 2024/573 bans from the market, imported outside any HFC quota, by sea from Ningbo "
         "to Genoa for a Bologna carnival-goods wholesaler; Chinese wording (HFC-134a novelty aerosols repeat in several "
         "sets as party string, snow spray and confetti cannons; a hair-colour spray for carnival was found in no "
         "earlier row by a keyword search)", firm("Rivage Carnevale Srl", "IT")),
        ("OZN-02", "import", "NLSEA01", "sea", "TH", [], "NL", "841821",
         "ตู้เย็นมินิสำหรับห้องเกมมิ่ง ไฟ RGB สารทำความเย็น R-600a, 1,200 เครื่อง", "TH", 21600, 1200, 96000, "USD",
         "RGB gaming mini-fridges on R-600a carry a flammable-gas warning and an isobutane nameplate; these 1,200 have "
         "no flame mark, service valves soldered onto the compressors and nameplates under the sticker reading 'R-134a "
         "40 g': household refrigerators with an HFC of GWP 1,430, which Regulation 2024/573 bans from the market, by sea "
         "from Laem Chabang to Rotterdam for an Eindhoven gaming-accessory web shop; Thai wording (HFC fridges under "
         "R-600a labels repeat in a few sets; a gamer mini-fridge was found in no earlier row by a keyword search)",
         firm("Vega Gaming Distributie BV", "NL")),
        ("OZN-03", "import", "DEPOST01", "post", "GB", [], "DE", "340290",
         "Model railway track cleaning fluid, 4 x 500 ml", "GB", 2.6, 4, 24, "GBP",
         "model-railway track cleaners are isopropanol or light naphtha of about 0.8 kg/l that smell of spirit and "
         "burn; these four bottles hold a liquid of 1.34 kg/l that does not burn, smells sweet like chloroform and "
         "whose old stock labels under the new ones read '1,1,1-trichloroethane': methyl chloroform, a controlled "
         "substance whose import into the Union is banned, posted from Derbyshire to a private layout builder in "
         "Nuremberg; UK English wording (methyl chloroform repeats in many sets and a slot-car track cleaner once, on a "
         "precursor; a model-railway label was found in no earlier row on an ozone-depleting substance)",
         person("Herr K. Becker", "DE")),
        ("OZN-04", "import", "ATPOST01", "post", "RS", [], "AT", "950590",
         "Течност за допуну 'мерача љубави' (ручни кључалац), обојена, 4 x 250 ml", "RS", 1.6, 4, 3200, "RSD",
         "the refill of a 'love meter' (hand boiler) novelty is a dyed, very volatile liquid that boils in a warm hand, "
         "usually dichloromethane of 1.33 kg/l; these four bottles hold a heavier liquid of 1.59 kg/l that will not "
         "boil in the hand, smells sweet and does not burn: carbon tetrachloride, a controlled substance whose import "
         "into the Union is banned, posted from Novi Sad to a private person in Graz who buys it as a cleaning solvent; "
         "Serbian (Cyrillic) wording (carbon tetrachloride repeats in many sets, under stamp-watermark-fluid and "
         "coin-cleaner labels among others; a hand-boiler refill label was found in no earlier row by a keyword "
         "search)", person("Frau S. Huber", "AT")),
        ("OZN-05", "export", "ITSEA01", "sea", "IT", [], "QA", "841869",
         "Generatori di neve per parchi divertimento al coperto, ciclo frigorifero R-449A, 6 unità", "IT", 21000, 6,
         420000, "EUR",
         "indoor snow-play generators on R-449A carry an HFO-blend nameplate and a charge in the F-gas label; these six "
         "have compressors and receivers stamped 'R-22', a refill label 'HCFC-22 / 180 kg' inside the panel and a "
         "service log from an Emilian plant that built them from old cold-store units: equipment relying on an HCFC, "
         "whose export from the Union Regulation 2024/590 bans, from La Spezia to Doha for a mall 'snow park'; Italian "
         "wording (HCFC-22 equipment for export repeats in many sets and ice rinks in a few; indoor snow-play machines "
         "were found in no earlier row by a keyword search)", {"importer_country": "QA"}),
        ("OZN-06", "import", "HUROAD01", "road", "UA", [], "HU", "842410",
         "Декоративні вогнегасники радянського зразка, порожні, реквізит для квест-кімнат, 220 шт", "UA", 1540, 220,
         2200, "EUR",
         "empty decorative extinguishers for escape rooms are light, open-valved shells; these 220 are sealed, weigh "
         "7 kg each, slosh when shaken, carry '2402' stencils and hiss a heavy, sweet gas at the valve: halon 2402 "
         "(dibromotetrafluoroethane) in Soviet OU and OKh extinguishers, a controlled substance whose import into the "
         "Union is banned, at Záhony for a Budapest escape-room props supplier; Ukrainian wording (halon 2402 in Soviet "
         "bottles repeats in several sets; escape-room props were found in no earlier row by a keyword search)",
         firm("Orion Szabadulószoba Kft.", "HU")),
        ("OZN-07", "import", "FRSEA01", "sea", "CA", [], "FR", "950300",
         "Épées et armes de mousse pour GN (jeu de rôle grandeur nature), 3 200 pièces", "CA", 3840, 3200, 64000, "CAD",
         "live-action role-play foam weapons are closed-cell PU on a fibreglass core, foamed with water or a "
         "hydrocarbon; this container, from an Asian subcontractor re-labelled in Québec, holds swords whose foam "
         "smells sweet when cut and whose cell gas gives 1,1-dichloro-1-fluoroethane in a head-space test, with the "
         "subcontractor's drums of 'HCFC-141b' listed on the packing list: products containing an HCFC, whose import "
         "into the Union is banned, by sea from Montréal to Le Havre for a Nantes role-play shop; Québec French wording "
         "(HCFC-141b foams repeat in many sets; LARP foam weapons were found in no earlier row by a keyword search)",
         firm("Atlantic Jeux de Rôle SARL", "FR")),
        ("OZN-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "EG", "290359",
         "HFO-1336mzz(Z) 液体发泡剂, 用于发泡玩具, 60 桶", "CN", 15000, 60, 30000, "USD",
         "HFO-1336mzz(Z) is a costly, low-GWP blowing agent in labelled, UN-numbered drums; these 60 drums, for an "
         "Alexandria maker of foam balls and toys, are stencilled '141b' under the paint, smell sweet and ether-like and "
         "give 1,1-dichloro-1-fluoroethane in a test: HCFC-141b, a controlled substance moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Piraeus in transit from Tianjin to Alexandria; Chinese "
         "wording (HCFC-141b repeats in many sets under blowing-agent labels and an HFO-1336mzz(Z) label in blind74 and "
         "blind81, kept as a repeat; a transit through Piraeus for a foam-toy maker is the new part as far as a search found)", {"importer_country": "EG"}),
        ("OZN-09", "import", "ESSEA01", "sea", "MY", [], "ES", "950590",
         "Penggelembung belon tin udara mampat, untuk parti, 600 ml, 24,000 tin", "MY", 14400, 24000, 12000, "USD",
         "balloon-inflator cans of compressed air are light (an air can holds a few grams of gas) and hiss air; these "
         "cans weigh 600 g each, slosh with liquid and sweep a chill across the valve, and the can bottoms read 'HFC-134a "
         "0.55 kg': an HFC in single-use containers, whose placing on the market Regulation 2024/573 bans, imported "
         "outside any HFC quota, by sea from Port Klang to Valencia for a party-supplies chain; Malay wording (HFC-134a "
         "cans repeat in many sets as dusters, horns and balloon gas; a balloon-inflator label was found in no earlier "
         "row by a keyword search)", firm("Horizon Fiestas SL", "ES")),
        ("OZN-10", "import", "FRAIR01", "air", "JP", [], "FR", "950300",
         "カプセルトイ（ガシャポン）, 12,000 個", "JP", 960, 12000, 4800000, "JPY",
         "an air shipment for a Paris capsule-toy and claw-machine arcade: capsule toys and crane-game prizes are what "
         "such arcades import, but the third item's 'ガラスクリーナースプレー' (glass-cleaner spray) is 24 grey "
         "returnable 13.6 kg cylinders with 'R-22' collars, not spray cans, for the arcade's contractor who keeps old "
         "R-22 air conditioning and slush machines running: HCFC-22, a controlled substance whose import into the Union "
         "is banned, hidden as the last item of a three-item declaration flown from Osaka; Japanese wording (HCFC-22 "
         "repeats in many sets; behind capsule toys and claw-machine prizes is the new part as far as a search found)",
         dict(firm("Central Gacha SARL", "FR"),
              _more_items=[item("950300", "クレーンゲーム景品ぬいぐるみ, 3,000 個", "JP", 600, 900000, "JPY", qty=3000),
                           item("340290", "ガラスクリーナースプレー, 24 本", "JP", 330, 24000, "JPY", qty=24)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "950490",
         "Aşık oyunu taşları, koyun aşığı, yeni, 40 adet", "TR", 1.2, 40, 30, "EUR",
         "a new set of aşık game knucklebones is clean, boiled sheep tarsal bones, sometimes dyed; these 40 include "
         "bronze and lead knucklebones with a green patina, knucklebones carved in agate and rock crystal and sheep "
         "bones polished by handling with incised Greek letters and burial earth in the grooves: Hellenistic and Roman "
         "astragali from Anatolian graves, archaeological objects that Türkiye forbids to export, and whose import "
         "into the Union needs proof of lawful export (Regulation 2019/880), posted from Izmir to a private collector "
         "in Frankfurt; Turkish wording (Anatolian antiquities repeat in many sets; knucklebone game pieces were found "
         "in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-02", "import", "SEAIR01", "air", "IQ", [], "SE", "950490",
         "یاری ئوور، وێنەی تەختە و بەردەکانی، دەستکرد، نوێ، 1 سێت", "IQ", 4, 1, 150, "USD",
         "a new replica of the Royal Game of Ur is a printed wooden board with resin or glass pieces; this set's board "
         "is shell and red limestone squares set in bitumen on a broken wooden core, its pieces are shell discs inlaid "
         "with lapis lazuli, and earth fills the joints: a Sumerian gaming board (c. 2500 BC) looted from a southern "
         "Iraqi site, whose import into the Union Regulation 1210/2003 forbids, flown from Erbil to Stockholm for a "
         "private dealer; Sorani Kurdish wording (Mesopotamian antiquities repeat in many sets; a Game-of-Ur replica "
         "label was found in no earlier row by a keyword search)", person("Privatperson", "SE")),
        ("CUL-03", "import", "FRAIR01", "express", "MX", [], "FR", "950300",
         "Juguetes de barro con ruedas, artesanía de Veracruz, nuevos, 4 piezas", "MX", 2.2, 4, 1400, "MXN",
         "new Veracruz craft wheeled toys are bright-painted, evenly fired, with wire axles; these four are hollow "
         "animal figures of fine buff clay with worn red and black paint, holes at the legs for axles long lost, "
         "root marks and tomb earth: Classic Veracruz (Remojadas) wheeled figurines, archaeological monuments that "
         "Mexico's federal law forbids to export, sent by express from Xalapa to a private collector in Paris; Mexican "
         "Spanish wording (Mexican pre-Hispanic objects repeat in many sets; wheeled clay toys were found in no earlier "
         "row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-04", "import", "BEAIR01", "air", "SN", [], "BE", "950300",
         "Marionnettes (sogo bò) neuves, artisanat de Ségou, 12 pièces", "ML", 60, 12, 900, "EUR",
         "new Ségou craft puppets are freshly carved, brightly painted in enamel and dressed in new cloth; these 12 are "
         "heavy rod puppets and animal heads with layer on layer of worn pigment, repairs with old iron staples, "
         "insect holes and ritual crusts, taken from village puppet-masquerade troupes on the Niger: Bamana and Bozo "
         "sogo bò puppets, cultural property whose export Mali forbids without authorisation, flown from Dakar to "
         "Brussels for a tribal-art dealer; French from Mali with a Bambara word (Bamana ritual objects repeat in a "
         "few sets; puppet-masquerade figures were found in no earlier row by a keyword search)",
         firm("Galerie Delta SA", "BE")),
        ("CUL-05", "import", "NLPOST01", "post", "CN", [], "NL", "920890",
         "河南泥咕咕 民间泥哨玩具, 新做, 30 个", "CN", 2.4, 30, 300, "CNY",
         "new Henan 'ni gugu' clay whistles are small, bright-painted, freshly fired birds and animals sold at temple "
         "fairs; these 30 are pale, hard-fired stoneware whistles with a worn white slip and brown iron painting, "
         "with kiln grit and soil in the blow-holes: Song-dynasty toy whistles from Henan kiln sites, cultural relics "
         "that China forbids to export, posted from Zhengzhou to a private collector in Leiden; Chinese wording (Chinese "
         "kiln-site ceramics repeat in many sets; clay bird whistles were found in no earlier row by a keyword search, "
         "the earlier whistles being Andean ocarinas)", person("M. Bakker", "NL")),
        ("CUL-06", "import", "ITAIR01", "air", "EG", [], "IT", "950490",
         "لعبة سنت تذكارية من خان الخليلي، خشب وفيانس، جديدة، 1 طقم", "EG", 3.5, 1, 2500, "EGP",
         "a Khan el-Khalili senet souvenir is a new, varnished wooden box with painted squares and glazed resin "
         "pieces; this set's box is cracked, shrunken ancient wood with remains of ivory-coloured inlay strips, and its "
         "ten pieces are blue faience spools and cones worn by handling: a New Kingdom senet board and gaming pieces, "
         "antiquities whose export Egypt forbids, flown from Cairo to Rome for a private buyer; Egyptian Arabic wording "
         "(Egyptian antiquities repeat in many sets under souvenir labels; a senet game was found in no earlier row by "
         "a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-07", "import", "FRPOST01", "post", "TN", [], "FR", "701890",
         "Billes en verre anciennes, lot de collection, 60 pièces", "TN", 1.4, 60, 90, "TND",
         "vintage glass marbles are machine-made spheres with swirls and a bright, unworn surface; these 60 are "
         "plano-convex glass gaming counters in blue, green and black with iridescent weathering, with bone dice and "
         "incised bone counters among them, sieved from the soil of a site near Dougga: Roman gaming pieces, "
         "archaeological objects that Tunisia's heritage code forbids to export, posted from Béja to a private person "
         "in Marseille; Tunisian French wording (North African Roman finds repeat in many sets; gaming counters as "
         "marbles were found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "950300",
         "Peluches de alpaca para niños, nuevos, 1.500 unidades", "PE", 450, 1500, 9000, "USD",
         "a children's-goods air shipment for a Madrid Andean-crafts shop: alpaca plush toys and chullo hats are what "
         "such shops sell, but the third item's 'muñecas de trapo artesanales' are 14 flat dolls of brown and cream "
         "cotton and camelid fibre on cane frames, with faded painted faces, cemetery sand in the folds and a tomb "
         "smell: Chancay funerary dolls (c. 1200-1450), archaeological heritage whose export Peru forbids, hidden as "
         "the last item of a three-item declaration flown from Lima; Peruvian Spanish wording with a Quechua word "
         "(Chancay textiles repeat in several sets, kept as a repeat of the culture; funerary dolls behind plush toys "
         "are the new part as far as a search found)",
         dict(firm("Meridian Artesanía Andina SL", "ES"),
              _more_items=[item("650500", "Chullos tejidos de alpaca, 600 unidades", "PE", 90, 3000, "USD", qty=600),
                           item("950300", "Muñecas de trapo artesanales, 14 unidades", "PE", 3, 70, "USD", qty=14)])),
        ("CUL-09", "export", "FRAIR01", "air", "FR", [], "JP", "950300",
         "Automate musical, reproduction moderne, singe musicien, 1 pièce", "FR", 9, 1, 800, "EUR",
         "a modern reproduction automaton has a new resin or wooden figure, a Swiss or Chinese movement and fresh "
         "paint; this one has a papier-mâché monkey head with glass eyes, original silk costume faded in the folds, a "
         "key-wound brass movement stamped by a Paris maker of about 1890 and a 19th-century paper label in the base: a "
         "Roullet-Decamps automaton over 100 years old valued at some 60,000 EUR, a toy in the category of Regulation "
         "116/2009 for which an export licence is needed above 50,000 EUR, exported undervalued as a reproduction from "
         "Paris to Tokyo for a private collector; French wording (automata and antique toys were found in no earlier "
         "row by a keyword search)", {"importer_country": "JP"}),
        ("CUL-10", "import", "FRAIR01", "air", "KH", [], "FR", "950300",
         "ស្បែកធំ (sbek thom) ថ្មី សិប្បកម្ម, 6 ផ្ទាំង", "KH", 14, 6, 240, "USD",
         "new sbek thom shadow-theatre panels are stiff, pale cowhide, freshly punched and dyed for tourists; these six "
         "are dark, brittle, smoke-blackened hide panels over a metre high with worn bamboo handles, old repairs in "
         "rattan and a pagoda's inventory mark in ink: 19th-century large shadow-theatre panels from a Siem Reap "
         "troupe, cultural property that Cambodia forbids to export, flown from Phnom Penh to Paris for a private "
         "dealer; Khmer wording (Cambodian antiquities repeat in many sets and Javanese wayang once; Khmer shadow "
         "puppets were found in no earlier row by a keyword search)", firm("Rivage Arts d'Asie SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "air", "LV", [], "KZ", "950490",
         "Lāzertaga komplekti (ieroči un vestes), 60 komplekti", "LV", 240, 60, 7200, "EUR",
         "laser-tag sets are plastic blasters with an infrared LED and a sensor vest at about 100 EUR a set; these 60 "
         "boxes hold compact eye-safe laser rangefinder modules of 5 km range with serial interfaces and no trigger "
         "or vest, and the Almaty consignee's forwarding order names a Moscow 'sports club': laser rangefinders on the "
         "list of goods whose sale for use in Russia Regulation 833/2014 forbids, flown from Riga to Almaty for "
         "re-export; Latvian wording (laser rangefinders repeat in several sets; a laser-tag label was found in no "
         "earlier row by a keyword search)", {"importer_name": "TOO Orion Sport Trade", "importer_country": "KZ"}),
        ("STR-02", "export", "ATAIR01", "air", "AT", [], "AM", "950829",
         "Kinderfahrgeräte, münzbetrieben, gebraucht, 12 Stück", "AT", 3600, 12, 9600, "EUR",
         "coin-operated kiddie rides are moulded cars and animals on a rocking base at a few hundred euros used; these "
         "12 crates hold new electronic roulette terminals and multi-game slot cabinets from a Lower Austrian maker at "
         "over 20,000 EUR each, and the Yerevan consignee's order names a casino in a Russian gambling zone: casino "
         "equipment of heading 9504 above 300 EUR, a luxury good whose sale to Russia Regulation 833/2014 forbids, "
         "undervalued and routed from Vienna to Yerevan; Austrian German wording (luxury goods for Russia repeat in many "
         "sets and slot machines in waste rows; kiddie rides were found in no earlier row by a keyword search)",
         {"importer_name": "Vega Entertainment LLC", "importer_country": "AM"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "LB", "950590",
         "Polvo para bombas fétidas (artículo de broma), sacos de 25 kg, 2 t", "ES", 2000, 80, 1600, "EUR",
         "joke-shop stink bombs are tiny glass ampoules of ammonium sulphide solution packed by the dozen; these 80 "
         "sacks hold 2 t of yellow-red flakes that smell of rotten eggs, grow hot and strongly alkaline in water and "
         "read 'Na2S 60 %' on the inner liners, and the Beirut buyer's order asks for delivery to Homs: sodium sulphide, "
         "a chemical weapons precursor of dual-use 1C350, exported without a licence and on to Syria against "
         "Regulation 36/2012, from Valencia to Beirut; Spanish wording (sodium sulphide repeats in several sets under "
         "tannery labels; a stink-bomb label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-04", "export", "SKAIR01", "air", "SK", [], "KG", "950300",
         "Fidget spinnery, kovové, s ložiskami, 20 000 ks", "SK", 1400, 20000, 9000, "EUR",
         "fidget spinners are cheap toys with one plain steel bearing at under a euro; these cartons hold no spinners but "
         "20,000 loose hybrid ceramic angular-contact bearings of precision class P4 in sealed sleeves, and the Bishkek "
         "buyer re-ships to a Kazan machine-tool plant: ball bearings on the common high-priority list whose sale for "
         "use in Russia Regulation 833/2014 forbids, flown from Bratislava to Bishkek; Slovak wording (bearings repeat "
         "in several sets, under perfume-bottle labels among others; a fidget-spinner label was found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
        ("STR-05", "export", "EEAIR01", "air", "EE", [], "AM", "950300",
         "Haridusrobotite komplektid koolidele, 300 komplekti", "EE", 900, 300, 15000, "EUR",
         "school robot kits are plastic chassis with a microcontroller, motors and sensors at about 50 EUR; these 300 "
         "boxes hold embedded AI computer modules with a GPU and 32 GB of memory and carrier boards, with no chassis, "
         "and the Yerevan buyer forwards to a Moscow drone integrator: processors and modules on the common "
         "high-priority list whose sale for use in Russia Regulation 833/2014 forbids, flown from Tallinn to Yerevan; "
         "Estonian wording (integrated circuits through Armenia repeat in many sets; a robot-kit label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-06", "export", "MTSEA01", "sea", "MT", [], "LY", "283630",
         "Trab tal-ħami għal esperimenti tal-vulkan tat-tfal, boroż ta' 25 kg, 8 t", "MT", 8000, 320, 4000, "EUR",
         "baking soda for children's volcano kits is a soft, slightly salty powder that fizzes at once with vinegar; "
         "these 320 bags hold a white, granular powder that does not fizz, burns fiercely on a hot plate and whose inner "
         "liners read 'UN1442', for a Misrata 'educational supplies' firm: ammonium perchlorate, a rocket-propellant "
         "oxidiser of the Common Military List (ML8), exported without a licence to Libya under the arms embargo "
         "(Regulation 2016/44), from Valletta to Misrata; Maltese wording (ammonium perchlorate repeats in several "
         "sets; a volcano science-kit label was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("STR-07", "export", "HRROAD01", "road", "HR", [], "BA", "950300",
         "Rezervni dijelovi za gel blastere (igračke), 400 kompleta", "HR", 480, 400, 6000, "EUR",
         "gel-blaster spare parts are nylon and light alloy gearboxes, magazines and barrels for toy guns; these 400 "
         "sets are forged 7075 upper and lower receivers, bolt carriers and chrome-lined 5.56 mm barrels of AR-15 "
         "rifles, marked 'toy' only on the box: essential components of firearms, which Regulation 258/2012 lets "
         "leave the Union only under an export authorisation, on a van at Bijača for a Mostar 'airsoft club'; "
         "Croatian wording (firearms parts repeat in several sets; a gel-blaster label was found in no earlier row by "
         "a keyword search)", {"importer_country": "BA"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "950490",
         "Stalo žaidimai ir dėlionės, 2 400 vnt.", "LT", 2400, 2400, 14400, "EUR",
         "a toy wholesaler's lorry for a Minsk shop chain: board games and jigsaw puzzles are what Vilnius wholesalers "
         "sell across the border, but the third item's 'servo varikliai žaislų robotams' are 120 industrial AC servo "
         "motors of 2 kW with absolute encoders and 40 matching servo drives for CNC axes, nothing a toy robot uses: "
         "goods whose sale to Belarus Regulation 765/2006 forbids as items that could contribute to its industrial and "
         "military capacity, hidden as the last item of a three-item declaration at Medininkai; Lithuanian wording "
         "(servo drives and CNC parts for Belarus repeat in a few sets; behind board games is the new part as far as "
         "a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("950300", "Dėlionės, 1 000 detalių, 1 800 vnt.", "LT", 900, 5400, "EUR", qty=1800),
                           item("850152", "Servo varikliai žaislų robotams, 120 vnt.", "LT", 1400, 2400, "EUR", qty=120)])),
        ("STR-09", "transit", "BESEA01", "sea", "CN", ["BE"], "PK", "950300",
         "儿童滑板车把立管, 铝合金, 14 吨", "CN", 14000, None, 21000, "USD",
         "kick-scooter handlebar tubes are thin 6061 tubes of about 30 mm, cut and bent; these bundles hold 3 m, "
         "seamless 7075-T6 tubes of 120 mm outside diameter with mill certificates giving a tensile strength of 570 MPa, "
         "and the Karachi consignee is a front for a missile-programme workshop: aluminium alloy tubes of dual-use 1C202, "
         "moved through the Union without the licence their transit to a sensitive end user needs, landed at Antwerp "
         "in transit from Shanghai to Karachi; Chinese wording (7075 tubes repeat in many sets; a kick-scooter label "
         "on a transit through Antwerp is the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-10", "export", "SISEA01", "sea", "SI", [], "AE", "950824",
         "Arkadni simulatorji letenja za zabaviščne centre, 2 kabini", "SI", 6400, 2, 60000, "EUR",
         "arcade flight simulators are fibreglass cabins on a two-axis motion base with a game PC and a joystick; these "
         "two are closed cockpit trainers with a fighter's control stick, throttle quadrant, head-up display and "
         "weapons-panel replicas, MIL-standard connectors and software for air-to-ground tactics, and the Dubai buyer "
         "forwards to Bandar Abbas: military training equipment of the Common Military List (ML14), exported without a "
         "licence towards Iran, from Koper to Jebel Ali; Slovenian wording (a flight-simulator label once, blind191, on "
         "an ozone row; an arcade-simulator label on military training equipment was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "BEAIR01", "air", "BE", [], "HK", "950420",
         "Biljartballen, fenolhars, gebruikt, 48 sets", "BE", 120, 48, 2400, "EUR",
         "phenolic-resin billiard balls are uniform, glossy, perfectly round and bright in colour; these 48 sets are "
         "creamy, slightly out-of-round balls with fine cracks, a grain of cross-hatched Schreger lines where the paint "
         "has worn and a yellow patina: antique elephant-ivory billiard balls (Loxodonta, CITES App. I/II, EU Annex "
         "A), whose export from the Union Regulation 2021/2280 forbids save for narrow exceptions with a re-export "
         "certificate, flown from Brussels to Hong Kong for an antiques dealer; Flemish wording (ivory repeats in many "
         "sets; billiard balls were found in no earlier row by a keyword search, the one billiard hit being cue "
         "blanks)", {"importer_country": "HK"}),
        ("WLF-02", "import", "FRAIR01", "express", "HK", [], "FR", "950490",
         "猛獁象牙雕刻骰子套裝 (角色扮演遊戲), 10 套", "HK", 1.1, 10, 6000, "HKD",
         "mammoth-ivory dice show a brown-stained rind, cracks and Schreger lines crossing at under 90°; these ten sets "
         "of polyhedral role-playing dice are creamy white throughout, with Schreger angles well over 115° where a face "
         "is cut along the tusk: elephant ivory (Loxodonta africana, CITES App. I) declared as mammoth, sent by express "
         "from Hong Kong to a private gamer in Lille; Cantonese (traditional Chinese) wording (elephant ivory as "
         "mammoth repeats in several sets, kept as a repeat; role-playing dice were found in no earlier row by a "
         "keyword search)", person("Mme Claire Martin", "FR")),
        ("WLF-03", "import", "ESSEA01", "sea", "PH", [], "ES", "950590",
         "Palamuti para sa mermaid party, kabibeng gawa sa resin, 2,400 piraso", "PH", 960, 2400, 2400, "USD",
         "resin party shells are light, moulded, with a seam and a painted mother-of-pearl effect; these 2,400 are real "
         "chambered nautilus shells with tiger-striped outer walls, internal septa where some have been cut and a "
         "natural nacre lining: Nautilus pompilius (CITES App. II since 2017) without CITES documents, by sea from "
         "Cebu to Valencia for a party-décor wholesaler; Tagalog wording (nautilus shells repeat in several sets, kept "
         "as a repeat; a mermaid-party label was found in no earlier row by a keyword search)",
         firm("Atlantic Decoración de Fiestas SL", "ES")),
        ("WLF-04", "import", "CZAIR01", "express", "TZ", [], "CZ", "950300",
         "Vinyago vya kobe vya kuchezea, vinavyotembea kwa ufunguo, 6", "TZ", 2.4, 6, 30, "USD",
         "wind-up toy tortoises are plastic shells on a clockwork base; these six are live, flat, soft-shelled tortoises "
         "with flexible carapaces, taped inside the toy boxes and ventilated with pin holes: pancake tortoises "
         "(Malacochersus tornieri, CITES App. I since 2019) without CITES documents, sent by express from Dar es Salaam "
         "to a private keeper in Brno; Swahili wording (pancake tortoises repeat in two sets and a toy-tortoise "
         "label once, on star tortoises in blind115, both kept as a repeat; by express from Tanzania to Czechia is the new "
         "part as far as a search found)", person("Privatperson", "CZ")),
        ("WLF-05", "import", "DEAIR01", "express", "KZ", [], "DE", "670100",
         "Түс ұстағыштар (dreamcatcher), күркетауық қауырсыны, 12 дана", "KZ", 1.3, 12, 60, "USD",
         "turkey-feather dream catchers carry short, barred brown-and-white body feathers with soft quills; these 12 "
         "carry long, dark-brown flight and tail feathers with golden-buff bases and quills as thick as a pencil, "
         "moulted and plucked at a Kazakh eagle-hunters' camp: golden-eagle feathers (Aquila chrysaetos, CITES App. "
         "II, EU Annex A) without CITES documents, sent by express from Almaty to a private person in Leipzig; Kazakh "
         "wording (eagle feathers repeat in a few sets; a dream-catcher label was found in no earlier row by a keyword "
         "search)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "GRSEA01", "sea", "CN", [], "GR", "950590",
         "树脂钥匙扣 仿真蝎子 新奇礼品, 20,000 个", "CN", 800, 20000, 3000, "USD",
         "novelty scorpion key rings use a moulded plastic scorpion cast into clear resin; these 20,000 hold real, "
         "dried, glossy black scorpions of 12-15 cm with huge claws and granular pincers: emperor scorpions (Pandinus "
         "imperator, CITES App. II) without CITES documents, by sea from Shenzhen to Piraeus for a souvenir wholesaler; "
         "Chinese wording (emperor scorpions repeat in several sets, kept as a repeat; resin key rings were found in "
         "no earlier row by a keyword search)", firm("Orion Souvenir AE", "GR")),
        ("WLF-07", "import", "ATAIR01", "express", "AU", [], "AT", "950300",
         "Dinosaur hatching eggs, grow-in-water toy, 12 pcs", "AU", 1.2, 12, 30, "AUD",
         "dinosaur hatching eggs are plaster shells round a foam dinosaur that hatch in a glass of water; these 12 are "
         "real, warm, white eggs of 30-40 g padded in socks with a hand warmer, that candle to show live embryos: "
         "eggs of black cockatoos and palm cockatoos (Calyptorhynchus, Probosciger aterrimus, CITES App. II and I), "
         "taken from the wild in Australia, which forbids the export of native wildlife, sent by express from Brisbane "
         "to a private breeder in Linz; Australian English wording (parrot eggs repeat in several sets, kept as a "
         "repeat; a dinosaur-egg toy label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("WLF-08", "transit", "ESSEA01", "sea", "MG", ["ES"], "HK", "950490",
         "Jeux d'échecs chinois (xiangqi) en bois, pièces géantes pour jardin, 12 t", "MG", 12000, None, 9000, "EUR",
         "giant garden xiangqi pieces are light, turned and painted softwood discs; these 12 t are heavy, dark "
         "purple-red, rough-turned discs and billets that sink in water and smell of roses when cut: Madagascar "
         "rosewood (Dalbergia, CITES App. II with a zero export quota) without a valid CITES permit, landed at "
         "Algeciras in transit from Toamasina to Hong Kong; Malagasy French wording (Malagasy rosewood repeats in many "
         "sets; a giant-xiangqi label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-09", "import", "NLAIR01", "air", "ZA", [], "NL", "950300",
         "Draadspeelgoedkarretjies, handgemaak, 800 stuks", "ZA", 400, 800, 48000, "ZAR",
         "a crafts-and-toys air shipment for an Amsterdam fair-trade toy shop: wire toy cars and beaded dolls are what "
         "such shops buy from South African craft co-operatives, but the third item's 'geluksboontjies vir "
         "skudspeelgoed' (lucky beans for shaker toys) are 30 kg of large, bright orange-red seeds with a fleshy coat "
         "and a few small suckers with leaf bases: seeds and offsets of Encephalartos cycads (CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration flown from Johannesburg; Afrikaans wording "
         "(cycads repeat in many sets, kept as a repeat; lucky beans for shaker toys behind wire cars are the new part as "
         "far as a search found)",
         dict(firm("Meridian Fair Speelgoed BV", "NL"),
              _more_items=[item("950300", "Ndebele-kralepoppe, 300 stuks", "ZA", 90, 27000, "ZAR", qty=300),
                           item("120999", "Geluksboontjies vir skudspeelgoed, 30 kg", "ZA", 30, 1500, "ZAR")])),
        ("WLF-10", "import", "PLSEA01", "sea", "CN", [], "PL", "950300",
         "剑玉 (kendama) 枫木 玩具, 6,000 个", "CN", 1800, 6000, 7200, "USD",
         "maple kendamas are pale, light wood with a clear lacquer; these 6,000 are dense, blood-red wood that sinks, "
         "stains a wet cloth red and fluoresces blue-green in alcohol solution under a UV lamp: red sanders (Pterocarpus "
         "santalinus, CITES App. II) without CITES documents, by sea from Ningbo to Gdańsk for a skill-toy distributor; "
         "Chinese wording (red sanders repeats in many sets, kept as a repeat; kendamas were found in no earlier row by "
         "a keyword search)", firm("Vega Zabawki Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "air", "KR", "PT", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (home brewery sanitation)", "KR", 3.4, 3, 40,
     "EUR", [("PRECURSOR_LICENCE", "PT-PSP-59-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATROAD01", "road", "CH", "AT", "290420",
     "Nitromethane 96 %, 2 x 1 l, for a licensed private user (model-engine fuel blending)", "CH", 2.3, 2, 90, "CHF",
     [("PRECURSOR_LICENCE", "AT-BMI-59-0093")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "320890",
     "Waste paint sludge with solvents (08 01 13*), from a toy-painting line, for incineration at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-59-0318")], "notified paint sludge to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "854939",
     "Waste CRT arcade monitors and game boards (16 02 13*), for recovery at a licensed WEEE plant, 9 t", "NO", 9000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-59-0071")], "notified CRT e-waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "HUROAD01", "road", "UA", "HU", "290376",
     "Halon 2402 recovered from decommissioned extinguishers, 40 cylinders, for destruction at a licensed plant",
     "UA", 1600, 40, 0, "EUR", [("ODS_LICENCE", "HU-AM-ODS-59-012")], "recovered halon 2402 imported for destruction"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "GB", "AT", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 100 ml, for essential laboratory use", "GB", 1.6, 10, 600, "GBP",
     [("ODS_LICENCE", "AT-BMK-ODS-59-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "JP", "950300",
     "Musical automaton, monkey musician, Roullet-Decamps, Paris, c. 1890, documented French collection", "FR", 9, 1,
     62000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-59-0447")], "antique automaton exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "US", "DE", "970510",
     "Hellenistic bronze astragalus, 3rd century BC, collection of a US museum deaccession since 1958", "TR", 0.2, 1,
     4800, "USD", [("IMPORTER_STATEMENT", "DE-ICG-59-0133")], "documented antiquity imported with the importer statement"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "MA", "283010",
     "Sodium sulphide 60 % flakes, 20 t, for a Moroccan tannery", "ES", 20000, None, 14000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOM-59-0261"), ("END_USER_CERTIFICATE", "MA-MIC-EUC-59-0044")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "MTSEA01", "sea", "MT", "GB", "282990",
     "Ammonium perchlorate, 2 t, for a British space-launch propellant maker", "MT", 2000, None, 9000, "EUR",
     [("EXPORT_LICENCE", "MT-EDB-59-0017"), ("END_USER_CERTIFICATE", "GB-ECJU-EUC-59-0390")],
     "military-list oxidiser under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PH", "ES", "050800",
     "Nautilus shells, Nautilus pompilius, legally acquired, 200 pieces", "PH", 80, 200, 2400, "USD",
     [("CITES_PERMIT", "PH-BFAR-59-0126")], "App. II nautilus shells with their export permit"),
    ("PRM-12", "wildlife", "import", "PLSEA01", "sea", "IN", "PL", "440349",
     "Red sanders (Pterocarpus santalinus) logs from a legal auction, 4 t", "IN", 4000, None, 26000, "USD",
     [("CITES_PERMIT", "IN-DGFT-CITES-59-0081")], "App. II red sanders with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-03": "Central Entsorgung GmbH",
    "PRM-07": "Meridian Antiques KK", "PRM-08": "Frau S. Huber", "PRM-12": "Vega Zabawki Sp. z o.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them toys,
    # games, party and novelty goods
    ("340290", "Giant-bubble concentrate, 1 l", "import", ["express"], ["KR", "US"], (10, 18), (1, 4), ["USD", "EUR"], 1, S),
    ("382499", "Snow-globe fluid, water-glycerine, 250 ml", "import", ["road"], ["CH"], (4, 7), (300, 1200), ["CHF", "EUR"], 4, S),
    ("950300", "Water beads, dehydrated, coloured, 100 g bags", "import", ["sea"], ["VN", "CN"], (0.8, 1.5), (3000, 8000), ["USD"], 10, S),
    ("950300", "Kinetic play sand, 1 kg boxes", "import", ["road"], ["TR"], (0.9, 1.6), (6000, 14000), ["EUR"], 1, S),
    ("350691", "Clear PVA slime glue, 1 l", "import", ["express"], ["US", "CA"], (6, 12), (1, 4), ["USD"], 1, S),
    ("310540", "Monoammonium phosphate crystal-growing kit refills, 500 g", "import", ["post"], ["TW", "CN"], (12, 25), (1, 4), ["USD", "TWD"], 2, S),
    ("340700", "Play-dough, salt-dough dry mix, 1 kg", "import", ["road"], ["MD", "UA"], (1.2, 2.2), (300, 1200), ["EUR"], 1, S),
    ("321590", "Invisible-ink pens for spy kits, UV", "import", ["air"], ["BR", "CN"], (15, 30), (100, 400), ["USD"], 40, S),
    ("282720", "Calcium chloride activator for gel-worm kits, 200 g", "import", ["air"], ["IL", "CN"], (4, 8), (200, 600), ["USD"], 5, S),
    ("691390", "Painted clay diyas, Diwali, new", "import", ["air"], ["IN"], (2, 4), (300, 1200), ["USD"], 5, S),
    ("950430", "Claw crane machines, new, coin-operated", "import", ["sea"], ["CN"], (8, 14), (3000, 9000), ["USD"], 0.008, S),
    ("950300", "Ride-on electric toy cars, new, with charger", "import", ["sea"], ["CN"], (5, 9), (6000, 14000), ["USD"], 0.05, S),
    ("320890", "Water-based toy lacquer, EN 71-3, 5 l tins", "export", ["road"], ["RS", "BA"], (4, 7), (2000, 6000), ["EUR"], 0.2, S),
    ("950590", "Party supplies: paper streamers, balloons, banners", "export", ["road"], ["UA", "MD"], (3, 6), (3000, 8000), ["EUR"], 5, S),
    ("850610", "LR44 alkaline button cells, new, blister cards", "import", ["sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 500, S),
    ("871500", "Prams and pushchairs, new", "export", ["sea"], ["CD", "CM"], (8, 14), (2000, 6000), ["EUR"], 0.08, S),
    ("950490", "Arcade game boards, refurbished, boxed and tested", "export", ["air"], ["JP", "US"], (40, 90), (100, 400), ["EUR"], 1, S),
    ("284321", "Silver nitrate solution for mirror and bauble silvering, new", "import", ["road"], ["RS", "TR"], (20, 40), (200, 800), ["EUR"], None, S),
    ("800120", "Pewter ingots, lead-free tin alloy, for figure casting", "import", ["sea"], ["GB", "NO"], (18, 30), (500, 2000), ["EUR", "GBP"], None, S),
    ("950490", "Laser-tag sets, infrared, new", "import", ["sea"], ["CN", "KR"], (15, 30), (1000, 4000), ["USD"], 0.4, S),
    ("330590", "Temporary hair-colour gels and chalks, carnival", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 9000), ["USD"], 6, S),
    ("841821", "Mini-fridges, compressor type, R-600a", "import", ["sea"], ["TH", "CN"], (5, 9), (8000, 18000), ["USD"], 0.05, S),
    ("340290", "Model-railway track cleaner, isopropanol-based, 500 ml", "import", ["post"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, S),
    ("950590", "Hand boilers (love meters), glass novelty, boxed", "import", ["post"], ["RS", "CN"], (20, 40), (1, 2), ["EUR", "USD"], 6, S),
    ("950829", "Indoor snow-play fans and foam-snow machines, new", "export", ["sea"], ["QA", "AE"], (10, 18), (2000, 6000), ["EUR"], 0.01, S),
    ("950590", "Escape-room props, resin replicas, new", "import", ["road"], ["UA", "TR"], (4, 8), (500, 2000), ["EUR"], 0.5, S),
    ("950300", "LARP foam weapons, latex-coated, new", "import", ["sea"], ["CA", "CN"], (12, 22), (1000, 4000), ["USD", "CAD"], 0.8, S),
    ("950590", "Balloon hand pumps, plastic", "import", ["sea"], ["MY", "CN"], (2, 4), (2000, 6000), ["USD"], 10, S),
    ("950300", "Capsule toys (gashapon), boxed", "import", ["air"], ["JP"], (8, 16), (200, 800), ["JPY", "USD"], 12, S),
    ("950490", "Knucklebone game sets (aşık), resin, new", "import", ["post"], ["TR", "MN"], (15, 30), (1, 3), ["EUR", "USD"], 30, S),
    ("950490", "Royal Game of Ur replica, printed wood, new", "import", ["post"], ["GB", "IQ"], (20, 40), (1, 3), ["GBP", "USD"], 1, S),
    ("950300", "Clay folk toys and whistles, new, painted", "import", ["post"], ["CN", "MX"], (15, 30), (1, 3), ["USD", "CNY"], 12, S),
    ("950300", "Wooden puppets, new craft, painted", "import", ["air"], ["ML", "ID"], (8, 16), (100, 500), ["EUR", "USD"], 0.3, S),
    ("950490", "Senet board games, new, wood", "import", ["air"], ["EG"], (6, 12), (100, 500), ["USD"], 0.4, S),
    ("701890", "Glass marbles, machine-made, bags of 50", "import", ["sea"], ["CN", "MX"], (1, 2), (3000, 8000), ["USD"], 2, S),
    ("950300", "Alpaca-wool plush toys, new", "import", ["air"], ["PE", "BO"], (15, 30), (100, 500), ["USD"], 3, S),
    ("950300", "Reproduction musical automata, new", "export", ["air"], ["JP", "US"], (60, 120), (50, 200), ["EUR"], 0.1, S),
    ("950420", "Phenolic-resin billiard balls, sets", "export", ["air"], ["HK", "US", "CN"], (20, 35), (200, 800), ["EUR"], 0.6, S),
    ("950490", "Polyhedral resin dice sets", "import", ["express"], ["HK", "US"], (30, 60), (1, 2), ["USD", "HKD"], 15, S),
    ("950300", "Kendamas, beech and maple", "import", ["sea"], ["CN", "JP"], (5, 10), (1000, 4000), ["USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940360", "Wall-mounted wooden coat racks with hooks", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("481960", "Cardboard archive boxes, flat-packed", "import", ["road"], ["TR", "RS"], (1, 1.8), (4000, 10000), ["EUR"], 3, N),
        ("392490", "Plastic plant pots, stackable", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 8, N),
        ("640690", "Gel shoe insoles, pairs", "import", ["post", "express"], ["GB", "US"], (25, 50), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind202", 20591101, HERE)


if __name__ == "__main__":
    main()
