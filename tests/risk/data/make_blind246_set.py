#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-sixth blind set (tests/risk/data/blind246-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: coins, stamps, banknotes,
medals and manuscripts (numismatists, philatelists, autograph and manuscript dealers,
specialist auction houses and their suppliers).
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
ordinary table (the shared everyday table's two steel rows are dropped, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL246-*:

    python3 tests/risk/data/make_blind246_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "CA", [], "DK", "382499",
         "Stamp soaking fluid, lifts stamps off envelope paper, safe for inks, 4 x 1 L", "CA", 4.6, 4, 96, "CAD",
         "stamp-soaking aids are a mild, slightly soapy liquid of 1.00 kg/l sold in 250 ml bottles that a philatelist "
         "adds to a tray of water; these four litre jugs have vented caps and hold a water-clear liquid of 1.13 kg/l "
         "that whitens the fingertips, fizzes on a rusty tweezer and bleaches a test stamp's colours: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), posted from an Ontario stamp-supplies shop to a private collector in "
         "Aarhus; Canadian English wording (hydrogen peroxide repeats in many sets and philatelic covers on it once, "
         "a Buenos Aires stamp-colour restorer in blind220; a stamp-soaking-fluid label was found in no earlier row "
         "by a keyword search)", person("Hr. J. Nielsen", "DK")),
        ("PRE-02", "import", "ESAIR01", "air", "AR", [], "ES", "382499",
         "Solución de bicarbonato de magnesio para desacidificar papel y manuscritos, bidones de 5 l, 80 bidones", "AR",
         560, 80, 1200, "USD",
         "aqueous magnesium bicarbonate for deacidifying paper is a water-clear, faintly fizzy liquid of 1.00 kg/l "
         "kept cold under CO2; these jerrycans hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the "
         "skin and turns a copper coin green at once, for a Madrid conservation-supplies web shop that sells 1 l "
         "bottles to hobby restorers and collectors: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Buenos Aires; Rioplatense Spanish wording (nitric acid repeats in many "
         "sets and a deacidification label once, on an ozone spray in blind185; a magnesium-bicarbonate label was "
         "found in no earlier row by a keyword search)", firm("Meridian Conservación SL", "ES")),
        ("PRE-03", "import", "ATAIR01", "express", "RS", [], "AT", "283650",
         "Бела боја „Bianco San Giovanni“ (кречно бело) за иконописце и минијатуристе, 10 x 500 г", "RS", 5, 10,
         3500, "RSD",
         "lime white (bianco San Giovanni) is a soft, chalky calcium carbonate that fizzes in vinegar and is mixed "
         "with egg for illuminated initials; these ten bags hold a gritty, crystalline white powder that does not "
         "fizz, barely dissolves, flares violet with sugar on a hot plate and whose inner liners read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Novi Sad to a private person in Graz; "
         "Serbian (Cyrillic) wording (potassium perchlorate repeats in many sets and pigment covers in several; a "
         "lime-white label for illuminators was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "HUPOST01", "post", "RS", [], "HU", "250100",
         "Elektrolit só érmetisztításhoz (elektrolízises tisztító készlethez), 4 x 1 kg", "RS", 4, 4, 2400, "RSD",
         "the salt in coin-electrolysis kits for dug coins is plain table salt: small, salty cubes that do nothing on "
         "a match; these four bags hold colourless crystals that taste cool, not salty, draw damp, and flare yellow "
         "and crackle on a lit match, and the repacker's sack tag in the parcel reads CAS 7775-09-9: sodium chlorate "
         "(Annex I above 40 %), posted from Subotica to a private detectorist in Szeged; Hungarian wording from "
         "Vojvodina (sodium chlorate repeats in many sets under salt labels, and coin-cleaning covers on acids in a "
         "few; a coin-electrolysis salt label was found in no earlier row by a keyword search)",
         person("Kovács Péter", "HU")),
        ("PRE-05", "import", "BGROAD01", "road", "TR", [], "BG", "130239",
         "Ebru için karagenan (kitre yerine), 25 kg çuval, 80 çuval", "TR", 2000, 80, 2000, "EUR",
         "carrageenan for ebru size is a light, off-white seaweed powder at about 10 EUR/kg that swells a tray of "
         "water into a thick bath; these sacks, declared at 1 EUR/kg, hold hard white prills that do not swell, turn "
         "ice-cold in water and test at 34 % N, for a Plovdiv bookbinding and marbling-supplies shop that sells 1 kg "
         "bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "in a van at Kapitan Andreevo; Turkish wording (ammonium nitrate repeats in many sets, and a carrageenan "
         "label once, on a precursor in blind125; an ebru-marbling cover was found in no earlier row by a keyword "
         "search)", firm("Orion Knigovezane EOOD", "BG")),
        ("PRE-06", "import", "CZPOST01", "post", "IL", [], "CZ", "150990",
         "שמן זית להשריית מטבעות עתיקים לפני ניקוי, 4 x 1 ליטר", "IL", 7.4, 4, 160, "ILS",
         "olive oil for soaking crusted ancient coins is a greenish-gold oil of 0.91 kg/l that floats on water and "
         "smells of olives; these four bottles hold a colourless, oily liquid of 1.84 kg/l that sinks, grows hot with "
         "a drop of water and chars a sugar cube black: about 96 % sulphuric acid (Annex I above 15 %), posted from a "
         "Jerusalem coin dealer's shop to a private collector in Brno, although corrosive liquids travel by post "
         "only as declared dangerous goods; Hebrew wording (sulphuric acid repeats in many sets and oil covers on it "
         "in several; an olive-oil coin-soaking label was found in no earlier row by a keyword search)",
         person("Ing. T. Novák", "CZ")),
        ("PRE-07", "import", "IEAIR01", "express", "US", [], "IE", "283539",
         "Sodium hexametaphosphate (Calgon type), for softening encrustation on detector finds and coins, 4 x 2 lb",
         "US", 3.6, 4, 44, "USD",
         "sodium hexametaphosphate is a glassy, flaky powder that dissolves slowly into a slightly slimy solution; "
         "these four tubs hold fine, shiny, white crystals that dissolve readily, taste cool, and spit violet sparks "
         "when a pinch falls on a hot soldering iron, and the fill labels under the new ones read 'KClO3': potassium "
         "chlorate (Annex I above 40 %), sent by express from Pennsylvania to a private detectorist in Cork; US "
         "English wording (potassium chlorate repeats in many sets; a hexametaphosphate label was found once, in "
         "blind135, and a coin-encrustation use in no earlier row by a keyword search)",
         person("Mr D. Murphy", "IE")),
        ("PRE-08", "import", "NLAIR01", "express", "HK", [], "NL", "291411",
         "錢幣PVC殘留清除劑（丙酮 99.5%），4 x 1 公升", "HK", 4.6, 4, 480, "HKD",
         "pure acetone, which numismatists use to lift PVC residue from coins, weighs 0.79 kg/l, smells sharp and "
         "evaporates in seconds; these four bottles weigh 1.14 kg/l, evaporate slowly, smell faintly fruity and "
         "their filler's drum label copied onto the invoice reads 'CH3NO2': nitromethane (Annex I above 16 %), sent "
         "by express from a Hong Kong coin-accessories shop to a private collector in Leiden, although flammable "
         "liquids travel by express only as declared dangerous goods; Cantonese (traditional Chinese) wording "
         "(nitromethane repeats in many sets and acetone labels in several; a PVC-residue coin-care label was found "
         "in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "PTAIR01", "air", "IN", [], "PT", "284019",
         "সোহাগা (বোরাক্স), বই বাঁধাই ও পুঁথি সংরক্ষণের জন্য, ১ কেজি প্যাকেট, ৩০০ প্যাকেট", "IN", 300, 300, 450,
         "USD",
         "borax for bookbinders is a soft, white, slightly soapy powder that dissolves slowly in cold water; these "
         "300 packs hold heavier, glassy crystals that run wet in damp air, dissolve at once and burn fiercely with "
         "sugar, and the Kolkata repacker's drum stencil reads 'NaClO4', for a Porto bookbinding-supplies shop that "
         "sells 1 kg packs to the public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Kolkata; Bengali wording from West Bengal (sodium perchlorate repeats in many sets and "
         "borax labels in several; a bookbinding-borax label was found in no earlier row by a keyword search)",
         firm("Atlantic Encadernação Lda", "PT")),
        ("PRE-10", "import", "ITSEA01", "sea", "IN", [], "IT", "480640",
         "Glassine stamp hinges, pre-gummed, folded, 500,000 pcs", "IN", 600, 500000, 3000, "USD",
         "a stamp-accessories container for a Milan hinge and mount maker: glassine hinges and glassine envelopes are "
         "what Indian converters ship, but the third item's 'gum rewetting fluid for the hinge gumming line' is 40 "
         "jerrycans with vented caps of a water-clear liquid of 1.20 kg/l that foams on rust and bleaches skin, "
         "which the Milan firm decants into 1 l bottles sold to collectors on its web shop for regumming: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) made available to members of the public, hidden as the last item of "
         "a three-item declaration, by sea from Chennai to Genoa; Indian English wording (hydrogen peroxide repeats "
         "in many sets and a dextrin regumming label once, on a precursor powder in blind220; a rewetting-fluid label "
         "behind hinges was found in no earlier row by a keyword search)",
         dict(firm("Vega Filatelia Srl", "IT"),
              _more_items=[item("482390", "Glassine envelopes for stamps, 200,000 pcs", "IN", 800, 2400, "USD", qty=200000),
                           item("350699", "Gum rewetting fluid for hinge gumming line, 40 x 25 l", "IN", 1200, 400, "USD", qty=40)])),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "847290",
         "Gereviseerde biljettellers en muntsorteermachines, getest, 320 stuks", "BE", 9600, 320, 19200, "EUR",
         "refurbished banknote counters and coin sorters for resale travel boxed, one to a carton, with a test "
         "sticker and their counterfeit-detection heads; these 320 are stacked loose in the container with cracked "
         "housings, smashed displays, cut cables and missing hoppers, taken out of a Brussels cash-in-transit firm's "
         "cash centre, many still holding their backup batteries: waste electrical and electronic equipment "
         "(16 02 13* among it), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Lagos "
         "for a 'business machines' dealer; Flemish Dutch wording (e-waste as second-hand goods repeats in many sets; "
         "banknote counters and coin sorters were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "TR", "283325",
         "Kupfersulfatlösung, technisch, für Galvanikbetriebe, IBC, 18 t", "DE", 18000, None, 1800, "EUR",
         "technical copper sulphate solution is a clear, bright-blue liquid sold with a data sheet; these IBCs hold a "
         "murky, green-blue acid liquor with a metallic sludge, at pH below 1, with copper, nickel and zinc and a "
         "smell of pickle fumes, drained from the blank-pickling and burnishing line of a Bavarian private mint and "
         "medal maker: spent pickling acid (11 01 05*), hazardous waste shipped to an OECD country without the "
         "notification and consent it needs, from Hamburg to Gemlik for a 'plating chemicals' buyer; German wording "
         "(spent pickling acids repeat in many sets and copper-sulphate labels in a few; a mint's pickling line is "
         "the new part as far as a search found)", {"importer_country": "TR"}),
        ("WST-03", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "283230",
         "Sodium thiosulphate solution, recovered, for re-use in photo processing, 60 IBC", "GB", 60000, 60, 3000,
         "GBP",
         "recovered thiosulphate for re-use would be a clear, filtered solution with an assay; these 60 IBCs hold a "
         "brown, sulphur-smelling liquor with a black silver sludge, the spent fixer, developer and stop-bath of a "
         "London library's microfilm and photographic studio: spent photographic fixer and developer (09 01 04*, "
         "09 01 01*), hazardous waste moved through the Union without the notification and consent it needs, landed "
         "at Rotterdam in transit from Felixstowe to Tema; British English wording (spent fixer repeats in several "
         "sets and thiosulphate labels in a few; a library microfilm studio's fixer in transit through Rotterdam is "
         "the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "CI", "940561",
         "Enseignes lumineuses vintage au néon, pour collectionneurs et décorateurs, 140 pièces", "FR", 4200, 140,
         7000, "EUR",
         "vintage neon signs sold to collectors are restored one by one, crated, with their tubes wrapped and a "
         "working transformer; these 140 are dismantled shop signs of the 1960s-80s, broken tubes stacked loose "
         "with grey mercury beads in the blue and green glass, PCB-filled transformer capacitors and asbestos "
         "backing boards, swept out of a Lyon sign-maker's yard: mercury-bearing and PCB-containing waste "
         "(16 02 09*, 16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Marseille to "
         "Abidjan; French wording (lamp and PCB wastes repeat in many sets and neon signs in a few; a collectors' "
         "vintage-neon label to Côte d'Ivoire is the new part as far as a search found)", {"importer_country": "CI"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "AL", "690220",
         "Mattoni refrattari usati, per forni per pizza, pallet, 22 t", "IT", 22000, None, 1100, "EUR",
         "used firebricks for pizza ovens are clean, cream, alumina bricks with soot on one face; these pallets hold "
         "dark green-black magnesia-chrome bricks glazed with metal slag and a yellow bloom that tests positive for "
         "hexavalent chromium, torn out of the melting and annealing furnaces of a Vicenza precious-metals refiner "
         "and medal maker: refractory linings from metallurgical processes containing hazardous substances "
         "(16 11 03*), hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës for a 'pizza "
         "oven builder'; Italian wording (refractory wastes repeat in several sets and pizza-oven labels in a few; "
         "magnesia-chrome bricks from a refiner to Albania are the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "IN", "392043",
         "Zachte PVC-folie, prime, transparant, voor muntenhoesjes, rollen, 24 t", "NL", 24000, None, 4800, "EUR",
         "prime plasticised PVC film comes on cores in even, labelled rolls with a certificate; these bales hold "
         "punched skeleton webs, mis-welded coin flips, yellowed album pages with paper labels still on and dusty "
         "offcuts from a Dutch coin-accessories converter: mixed PVC plastic waste (Y48), whose export to a "
         "non-OECD country needs the prior informed consent it did not have, from Rotterdam to Mundra at 0.20 "
         "EUR/kg; Dutch wording (plastic waste as prime film repeats in many sets and PVC film labels in a few; "
         "coin-flip offcuts were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "CM", "940330",
         "Vitrines d'exposition d'occasion, hôtel des ventes, 40 pièces", "FR", 3200, 40, 4000, "EUR",
         "an auction-house clearance container for Douala: used display cabinets and used books are what such "
         "clearances ship to Cameroon, but the third item's 'lampes d'exposition' are 3,000 used fluorescent tubes "
         "and compact lamps pulled out of the saleroom ceilings and vitrines, many broken, with white phosphor dust "
         "and a mercury reading on the vapour meter: waste lamps (20 01 21*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Le Havre; French "
         "wording (lamp waste repeats in several sets; behind an auction-house clearance is the new part as far as "
         "a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("490199", "Livres d'occasion, catalogues de ventes, 2 t", "FR", 2000, 600, "EUR"),
                           item("853931", "Lampes d'exposition, lot, 3 000 pièces", "FR", 900, 300, "EUR", qty=3000)])),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "RS", "830300",
         "Gebrauchte Geldkassetten und Banknotenkoffer, für Wiederverwendung, 2.400 Stück", "AT", 9600, 2400, 4800,
         "EUR",
         "used cash cassettes for re-use are emptied, tested ATM cassettes or plain steel cash boxes sold with keys; "
         "these 2,400 are the intelligent banknote-neutralisation cases and cassettes of a Vienna cash-in-transit "
         "fleet, each still holding its dye and glue cartridge with a small pyrotechnic charge, a lithium battery "
         "pack and its tracking board, some burst and stained purple: waste equipment with hazardous components, "
         "batteries and unspent pyrotechnic articles (16 02 13*, 16 06 06*, 16 04 03*), hazardous waste whose "
         "export to a non-OECD country is banned, through Slovenia and Croatia to a Belgrade 'security equipment' "
         "dealer; Austrian German wording (cash-in-transit goods appear in a few sets; banknote-neutralisation "
         "cassettes were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "LR", "271012",
         "Basisolie SN 150, geraffineerd, flexitanks, 20 t", "BE", 20000, None, 5000, "EUR",
         "refined SN 150 base oil is bright, pale straw and nearly odourless; these flexitanks hold a dark, "
         "milky, water-laden oil with metal fines and a burnt smell, drained from the hydraulic coining presses and "
         "blank-annealing quench baths of a private mint near Brussels: waste hydraulic and mineral oils (13 01 10*, "
         "13 02 05*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Monrovia; Flemish "
         "wording (waste oil as base oil repeats in several sets; a mint's press oil to Liberia is the new part as far "
         "as a search found)", {"importer_country": "LR"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "847160",
         "Použité skenery na digitalizáciu archívov, funkčné, 90 ks", "SK", 5400, 90, 9000, "EUR",
         "used archive book scanners sold for further use are complete, boxed with their cradles and a test print; "
         "these 90 are gutted cabinets with smashed glass platens, loose fluorescent and xenon lamps, cut cables and "
         "swollen UPS packs, from a Bratislava state-archive digitisation project's scrapped line: waste electrical "
         "and electronic equipment with hazardous components (16 02 13*), hazardous waste whose export to a non-OECD "
         "country is banned, at Vyšné Nemecké for an Uzhhorod 'office equipment' buyer; Slovak wording (e-waste as "
         "used equipment repeats in many sets; archive book scanners were found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEROAD01", "road", "CH", [], "DE", "731100",
         "Stickstoffflaschen, leer, aus Rückbau einer Tresorraum-Löschanlage, 67 l, 24 Stück", "CH", 2400, 24, 2400,
         "CHF",
         "empty nitrogen cylinders from a dismantled extinguishing system are light, read zero on the gauge and have "
         "open valves; these 24 red cylinders from the strongroom of a Zurich coin and stamp auction house read 25 bar, "
         "weigh 100 kg each, slosh, and their neck rings are stamped '1301' under the new sticker: halon 1301 "
         "(bromotrifluoromethane), whose import into the Union is banned outside licensed critical uses, in a van "
         "at Basel for a Stuttgart 'cylinder requalification' firm; Swiss German wording (halon 1301 repeats in many "
         "sets and nitrogen labels in a few; a coin-dealer's strongroom system by road from Switzerland is the new "
         "part as far as a search found)", firm("Alpina Druckgas GmbH", "DE")),
        ("OZN-02", "import", "ESPOST01", "post", "CN", [], "ES", "381400",
         "钱币评级盒标签去除剂，不燃型，6 x 450 毫升", "CN", 3.6, 6, 180, "CNY",
         "label removers sold to collectors who re-house graded coins are citrus or hydrocarbon liquids of about "
         "0.8 kg/l that burn; these six cans hold a non-flammable liquid of 1.24 kg/l that boils at 32 °C, smells of "
         "ether, and the can bottoms read '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the "
         "Union is banned, posted from Shenzhen to a private coin collector in Valencia; Chinese wording (HCFC-141b "
         "repeats in many sets and label-remover labels in two, blind124 and blind133; a graded-coin-holder label is the new part as far as a search found)",
         person("Sr. J. García", "ES")),
        ("OZN-03", "import", "FRPOST01", "post", "GE", [], "FR", "382499",
         "პერგამენტის მშრალი წმენდის სითხე, ხელნაწერების რესტავრაციისთვის, 4 x 1 ლ", "GE", 6.4, 4, 240, "GEL",
         "dry-cleaning fluids for parchment are light, volatile white spirits or HFE solvents of 0.7-1.5 kg/l with a "
         "data sheet; these four bottles hold a heavy liquid of 1.59 kg/l with a sweet, dry-cleaning smell that will "
         "not burn, and the Tbilisi supplier's drum label reads 'CCl4': carbon tetrachloride, whose import into the "
         "Union is banned outside licensed laboratory and feedstock uses, posted to a private manuscript restorer in "
         "Lyon; Georgian wording (carbon tetrachloride repeats in many sets and philatelic watermark-fluid labels on "
         "it twice; a parchment-cleaning label was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("OZN-04", "export", "PLROAD01", "road", "PL", [], "UA", "841940",
         "Komora do liofilizacji zbiorów archiwalnych, używana, czynnik R-404A, 1 szt.", "PL", 3800, 1, 24000, "EUR",
         "a used vacuum freeze-dryer for flood-damaged archives runs on R-404A or R-452A with an F-gas label; this one, "
         "from a Wrocław archive's conservation studio, for a Kharkiv archive salvaging shelled collections, has a "
         "rating plate reading 'R22 18 kg' under the new sticker and its sight glass is full: equipment containing "
         "HCFC-22, whose export from the Union Regulation 2024/590 bans, at Dorohusk; Polish wording (R-22 equipment "
         "for export repeats in many sets and freeze-dryers in a few, for taxidermy in blind185; an archive "
         "freeze-dryer is the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-05", "import", "ATAIR01", "air", "JP", [], "AT", "381400",
         "コイン・メダル金型用精密洗浄剤（不燃性）、18 L 缶、8 缶", "JP", 210, 8, 1600, "JPY",
         "precision die-cleaning solvents for coin and medal dies are today HFE or HFO blends of about 1.3 kg/l at "
         "some 40 EUR/kg; these cans are priced at a fraction of that, boil at 54 °C, and the filler's labels under "
         "the new ones read 'AK-225': HCFC-225ca/cb, whose import into the Union is banned, flown from Osaka to "
         "Vienna for a private mint's die shop; Japanese wording (HCFC-225 repeats in several sets; a coin-die "
         "cleaning label was found in no earlier row by a keyword search)", firm("Central Prägewerk GmbH", "AT")),
        ("OZN-06", "import", "MTSEA01", "sea", "SG", [], "MT", "842410",
         "Clean-agent fire extinguishers FE-36 (HFC-236fa), 6 kg, for archive and stamp stores, 40 units", "SG",
         480, 40, 6000, "USD",
         "HFC-236fa extinguishers are silver cylinders of a clear agent of 1.36 kg/l with a maker's certificate; "
         "these 40 hold a liquid of 1.83 kg/l that boils at -4 °C, leave no certificate, and the valve stamps read "
         "'BCF': halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import into the "
         "Union is banned, by sea from Singapore to Marsaxlokk for a Valletta stamp and coin dealer's store; "
         "Singapore English wording (halon 1211 repeats in many sets and extinguisher labels, FE-36 among them, in "
         "several; a stamp store in Malta is the new part as far as a search found)",
         firm("Delta Philatelic Ltd", "MT")),
        ("OZN-07", "import", "PTSEA01", "sea", "CN", [], "PT", "390729",
         "预混聚醚多元醇（环戊烷发泡），用于奖章及钱币礼盒内衬泡沫，60 桶", "CN", 13200, 60, 26000, "USD",
         "a cyclopentane-blown polyol premix for moulding the foam inserts of medal and coin presentation boxes is "
         "flammable and carries a flame mark; these 60 drums, for a Porto presentation-box maker, are not flammable, "
         "hiss with a sweet, ether-like gas when opened, and a head-space test gives 1,1-dichloro-1-fluoroethane: a "
         "polyol premix blown with HCFC-141b, a product containing an ozone-depleting substance whose import into the "
         "Union is banned, by sea from Ningbo to Leixões; Chinese wording (HCFC-141b premixes repeat in many sets; a "
         "medal-box insert label was found in no earlier row by a keyword search)",
         firm("Atlantic Estojos Lda", "PT")),
        ("OZN-08", "import", "GBAIR01", "express", "US", [], "GB", "381400",
         "Archival tape and adhesive remover, for manuscripts and postal history, 6 x 16 oz", "US", 4.8, 6, 120,
         "USD",
         "tape removers sold to paper conservators are naphtha or citrus solvents of about 0.75 kg/l that burn; "
         "these six old-stock bottles from a late autograph dealer's Vermont studio hold a non-flammable liquid of "
         "1.32 kg/l with a sweet, chloroform-like smell and a '1,1,1-TCA' line on the faded original label: "
         "methyl chloroform (1,1,1-trichloroethane), a controlled ozone-depleting substance, sent by express to a "
         "private postal-history collector in York; US English wording (methyl chloroform repeats in many sets; a "
         "manuscript tape-remover label was found in no earlier row by a keyword search)",
         person("Mrs S. Patel", "GB")),
        ("OZN-09", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "382769",
         "Refrigerant R-450A, 10 kg disposable cylinders, 300 pcs", "IN", 3000, 300, 9000, "USD",
         "R-450A is an HFC-HFO blend that reads about 4.7 bar at 20 °C in green-grey cylinders; these 300 read 5.7 "
         "bar, their liquid weighs 1.33 kg/l and a leak detector set for R-12 sings at every valve: "
         "dichlorodifluoromethane (CFC-12) moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Koper in transit from Mundra to Belgrade; Indian English wording (CFC-12 repeats in many sets and "
         "an R-450A label in two, blind65 and blind184; kept as a repeat of the label, a transit through Koper is the "
         "new part)", {"importer_country": "RS"}),
        ("OZN-10", "export", "GRSEA01", "sea", "GR", [], "EG", "841582",
         "Κλιματιστικές μονάδες θησαυροφυλακίου, μεταχειρισμένες, R-410A, 8 τεμ.", "GR", 4800, 8, 9600, "EUR",
         "used close-control units for a vault run on R-410A or R-407C with an F-gas label; these eight, stripped "
         "from the basement strongroom of an Athens coin and banknote auction house, carry rating plates reading "
         "'R22' under new stickers and still hold their charge: equipment containing HCFC-22, whose export from the "
         "Union Regulation 2024/590 bans, from Piraeus to Alexandria; Greek wording (R-22 equipment for export repeats "
         "in many sets; close-control units once, in blind152; a strongroom unit from a coin auction house is the new part as far as a search found)",
         {"importer_country": "EG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "GBAIR01", "express", "IN", [], "GB", "491191",
         "हस्तचित्रित लघुचित्र, पुराने कागज़ पर प्रतिकृतियाँ, सजावटी, 6 नग", "IN", 0.8, 6, 120, "USD",
         "miniature reproductions on 'old paper' are printed or freshly painted on tea-stained sheets; these six are "
         "burnished, sized Indian paper with Persian shikasta script in iron-gall ink, a large Mughal seal in red and "
         "the imperial tughra-like heading, and a state-archive accession number scraped off the back: Mughal "
         "farmans of the 17th century, manuscripts whose export India forbids without a licence (Antiquities and Art "
         "Treasures Act) and, under the 1970 convention, illicitly exported, sent by express from Jaipur to a London "
         "autograph dealer; Hindi wording (Mughal documents and miniature-copy labels repeat in a few sets; farmans "
         "were found in no earlier row by a keyword search)", firm("Orion Autographs Ltd", "GB")),
        ("CUL-02", "import", "DEAIR01", "express", "CN", [], "DE", "691390",
         "陶瓷饼干模具，仿古手工，新品，8 件", "CN", 6, 8, 240, "CNY",
         "new antique-style cookie moulds are glazed or bisque ceramic with crisp, even carving and flowers; these "
         "eight are heavy, soil-stained, fired-clay and stone slabs carved with branching channels feeding rows of "
         "round cavities with square centres and the reversed characters 半兩 and 五銖: Han-dynasty coin moulds, "
         "archaeological objects whose export China forbids, brought in without an import licence (Regulation "
         "2019/880), sent by express from Xi'an to a private numismatist in Münster; Chinese wording (Chinese bronze "
         "coins repeat in a few sets and cookie-mould labels in a few; coin moulds were found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-03", "export", "GBPOST01", "post", "GB", [], "DE", "711711",
         "Silver-tone sequins and small buttons for costume making, 1 bag, 120 pcs", "GB", 0.3, 120, 30, "GBP",
         "costume sequins are light, stamped, identical discs with a centre hole; these 120 are small, thick, "
         "hand-struck silver pennies with birds, wolves and runic and Latin legends, soil in the lettering and fresh "
         "detector scratches, from an unreported field hoard in East Anglia: Anglo-Saxon sceattas (7th-8th century), "
         "archaeological objects found in UK soil that need an export licence whatever their value and are treasure "
         "that had to be reported, posted from Norwich to a private buyer in Hanover; British English wording "
         "(detector finds repeat in many sets; sceattas and a costume-sequin label were found in no earlier row by a "
         "keyword search)", {"importer_country": "DE", "consignee_name": "Thomas Gruber"}),
        ("CUL-04", "import", "PLPOST01", "post", "GE", [], "PL", "711620",
         "Сувенирные реплики античных монет, посеребрённые, 60 шт.", "GE", 0.6, 60, 90, "GEL",
         "souvenir replicas are bright, cast, silver-plated base metal with seams, all alike; these 60 are struck "
         "silver and bronze coins of Panticapaeum and the Bosporan kings, with a griffin and an ear of wheat, green "
         "patina, black earth in the legends and a museum inventory number in white ink on a few: coins looted from a "
         "Kerch or Kherson museum collection and dug in Crimea, whose import into the Union Regulation 692/2014 bans "
         "and which, as archaeological objects, lack the import licence Regulation 2019/880 requires, posted from "
         "Batumi to a private buyer in Kraków; Russian wording from Georgia (Bosporan amphorae repeat in two sets and "
         "souvenir-replica labels in several; Bosporan coins were found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("CUL-05", "import", "ESAIR01", "express", "PH", [], "ES", "490700",
         "Pera-perahan pang-pelikula (prop money), replika, 40 piraso", "PH", 0.3, 40, 1000, "PHP",
         "film prop money is printed on one side on plain paper and stamped 'NOT LEGAL TENDER'; these 40 are "
         "banknotes of the Philippine Islands of the 1930s-40s printed on watermarked currency paper, perforated "
         "'SPECIMEN' with serials 000000, in a bank archive's glassine envelopes stamped with a Manila museum's "
         "inventory number: specimen banknotes from a public collection, cultural property whose export the "
         "Philippines forbids (RA 10066), sent by express from Manila to a Madrid banknote dealer; Tagalog wording "
         "(banknotes appear in one earlier row, as cash to Russia in blind54; specimen notes under a prop-money label "
         "were found in no earlier row by a keyword search)", firm("Horizon Numismática SL", "ES")),
        ("CUL-06", "export", "ROROAD01", "road", "RO", [], "MD", "820790",
         "Ștanță veche din oțel, obiect decorativ de birou, 1 buc.", "RO", 1.2, 1, 40, "EUR",
         "an old steel punch sold as a desk ornament is a worn, rusty workshop tool; this is a hardened steel "
         "stamp-printing die with a reversed, line-engraved bull's head and the word 'PORTO' in a tiny oval, polished "
         "face, an inventory tag of the Bucharest Philatelic Museum's die collection and a master engraver's "
         "signature: an original die for the 1858 Moldavian 'Cap de bour' reprints, part of a public collection "
         "whose export needs the licence of Regulation 116/2009, in a car at Albița for a Chișinău collector; "
         "Romanian wording (stamp essays and archive letters repeat in a few sets; a stamp-printing die was found in "
         "no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("CUL-07", "import", "DEAIR01", "express", "KZ", [], "DE", "711790",
         "Значки сувенирные, металлические, советская символика, 12 шт.", "KZ", 0.4, 12, 60, "USD",
         "souvenir Soviet badges are light, pressed aluminium or brass with glossy enamel; these twelve are heavy, "
         "screw-back Orders of Lenin in gold and platinum, Orders of the Red Banner and of Glory in silver, each with "
         "its engraved award number, and a Karaganda regional museum's card tied to one: state awards from a public "
         "museum collection whose export Kazakhstan forbids without its permit, brought in against the 1970 "
         "convention, sent by express from Almaty to a private collector in Dresden; Russian wording from Kazakhstan "
         "(Imperial Russian orders repeat once, as re-enactors' badges in blind185; Soviet orders as souvenir badges "
         "were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-08", "import", "FRAIR01", "express", "VN", [], "FR", "491191",
         "Tranh thư pháp in trên giấy dó, trang trí, 10 tờ", "VN", 0.5, 10, 1500000, "VND",
         "printed calligraphy on dó paper is a flat, even print with a red printed seal; these ten are yellow, "
         "dragon-bordered imperial edicts written by hand in Chinese characters, with a large vermilion seal of a "
         "Nguyễn reign, fold lines and the pencilled name of a village communal house: sắc phong, royal edicts "
         "conferring titles on village deities, whose export Viet Nam forbids, sent by express from Hà Nội to a "
         "private buyer in Paris; Vietnamese wording (sắc phong repeat in two sets, blind166 and blind201, and "
         "printed-calligraphy labels in several; kept as a repeat, by express to Paris is the new part)",
         person("M. T. Dubois", "FR")),
        ("CUL-09", "transit", "DEAIR01", "air", "TH", ["DE"], "US", "711311",
         "ลูกปัดเงิน ทำมือ สำหรับเครื่องประดับ, 2 กิโลกรัม", "TH", 2, None, 1200, "USD",
         "handmade silver beads are hollow, drilled and polished, sold by weight; these are 300 solid, bean-shaped "
         "silver lumps with the ends bent round, none drilled, stamped with a chakra and a royal mark, grey with old "
         "dirt: Ayutthaya and early Rattanakosin bullet money (pod duang), antiques whose export Thailand forbids "
         "without a Fine Arts Department licence, flown from Bangkok in transit through Frankfurt to a Los Angeles "
         "coin dealer; Thai wording (Thai antiquities repeat in several sets; bullet money was found in no earlier row "
         "by a keyword search)", {"importer_country": "US"}),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "711810",
         "Monete moderne in argento, repubblica italiana, lotto d'asta, 200 pezzi", "IT", 4, 200, 2400, "EUR",
         "an auction house's van to a Lugano coin dealer: modern Italian silver coins and commemorative medals are "
         "what such lots hold, but the third item's 'moneta riproduzione, argento' is a 43 g silver decadrachm of "
         "Syracuse with Euainetos' signature, a quadriga and Arethusa among dolphins, with fresh earth under the horn "
         "silver: an archaeological find of the Italian state from an illegal dig in Sicily, exported without the "
         "certificate Italian law and the licence of Regulation 116/2009 require, hidden as the last item of a "
         "three-item declaration, at Chiasso; Italian wording (Greek coins repeat in several sets and Chiasso in a "
         "few; a Syracusan decadrachm behind modern silver coins was found in no earlier row by a keyword search)",
         dict({"importer_country": "CH"},
              _more_items=[item("711890", "Medaglie commemorative moderne, argento, 40 pezzi", "IT", 1.6, 1200, "EUR", qty=40),
                           item("711810", "Moneta riproduzione, argento, 1 pezzo", "IT", 0.05, 30, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", [], "RU", "490700",
         "Suvenyriniai „0 eurų“ banknotai, kolekciniai, 5 000 vnt.", "LT", 6, 5000, 15000, "EUR",
         "zero-euro souvenir notes are printed on banknote paper with a '0' and a landmark, at about 3 EUR each to "
         "collectors; in this van for a Kaliningrad numismatic shop, under two top layers of such notes, the "
         "bundles are real 200- and 500-euro notes, 1.4 million euro in all: euro banknotes, whose sale, supply or "
         "export to Russia Regulation 833/2014 (Article 5i) forbids, and cash the driver did not declare, at Kybartai; "
         "Lithuanian wording (euro banknotes to Russia repeat once, under brochures in blind54; zero-euro souvenir "
         "notes were found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-02", "export", "ATAIR01", "express", "AT", [], "BY", "711890",
         "Medaillen, unedles Metall, moderne Nachprägungen, 30 Stück", "AT", 1.4, 30, 270, "EUR",
         "modern base-metal restrikes are light, bright and sell at a few euros; these 30 are gold 5- and 10-rouble "
         "pieces of Nicholas II and silver roubles of Catherine II with their Vienna auction house's lot envelopes, "
         "hammered at 86,000 EUR in all, for a Minsk collector: collectors' pieces and coins of more than 300 EUR "
         "each, luxury goods whose sale or export to Belarus Regulation 765/2006 forbids, sent by express from "
         "Vienna; German wording (luxury goods to Belarus repeat in a few sets; auction coins as restrikes were "
         "found in no earlier row by a keyword search)", {"importer_country": "BY"}),
        ("STR-03", "import", "DEAIR01", "air", "TR", [], "DE", "711890",
         "Cumhuriyet altını (22 ayar), tam, Türk menşeli, 500 adet", "TR", 4.3, 500, 290000, "EUR",
         "Turkish Republic gold coins are 22-carat 7.2 g pieces with Atatürk's head and a 1923 date; these 500 are "
         "8.6 g coins of 900 gold with a sower ploughing towards a rising sun and the legend 'ЧЕРВОНЕЦ' and 'РСФСР', "
         "in Gokhran bags of 100, fresh from Moscow through Istanbul: Soviet chervonets restrikes, gold originating "
         "in Russia, whose import into the Union Regulation 833/2014 (Annex XXVI) forbids, flown from Istanbul to "
         "Frankfurt with a Turkish certificate of origin for a bullion dealer; Turkish wording (Russian gold repeats "
         "in several sets; chervonets under a Cumhuriyet label were found in no earlier row by a keyword search)",
         firm("Nordhafen Edelmetall GmbH", "DE")),
        ("STR-04", "import", "DEPOST01", "post", "CN", [], "DE", "711890",
         "银质纪念章，中国制造，30 克，20 枚", "CN", 0.6, 20, 2400, "CNY",
         "Chinese silver medals carry Chinese legends and a mint mark of Shenyang or Shanghai; these twenty 1 oz "
         "silver pieces carry Korean script, 'DPR KOREA' and a tiger or a Pyongyang monument, in Korea Mint capsules "
         "with the certificates removed, posted from Dandong to a Berlin coin dealer: silver coins of North Korean "
         "origin, precious metals whose import from the DPRK Regulation 2017/1509 forbids; Chinese wording (DPRK goods "
         "under Chinese origin repeat in many sets; DPRK silver coins were found in no earlier row by a keyword "
         "search)", firm("Vega Münzhandel GmbH", "DE")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AE", "902730",
         "Labor-Analysegerät für archäometrische Münzanalysen, Tischgerät, 1 Stück", "DE", 620, 1, 48000, "EUR",
         "a bench-top analyser for coin metallurgy is usually an XRF unit of 50 kg at 40,000 EUR; this 620 kg crate "
         "holds a multi-collector inductively coupled plasma mass spectrometer with a magnetic sector, worth eight "
         "times the value declared, for a Dubai 'numismatic laboratory' whose end-user papers name a Tehran "
         "university: a mass spectrometer capable of measuring ions of 230 atomic mass units and more (dual-use "
         "3A233) exported without the licence Regulation 2021/821 requires, routed to Iran; German wording (mass "
         "spectrometers repeat in several sets; an archaeometric coin-analysis label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "ITROAD01", "road", "IT", ["AT", "CZ", "PL", "BY", "RU"], "KZ", "846229",
         "Pressa manuale per coniatura hobbistica di medaglie, 1 unità", "IT", 14000, 1, 9000, "EUR",
         "a hobby medal press is a bench screw or a 20 t hand hydraulic press of a few hundred kilograms; this "
         "14 t unit is a 250 t knuckle-joint coining press with automatic blank feeder and CNC control, worth ten "
         "times the value declared, for an Almaty firm whose contract names a Moscow private mint as the user: "
         "metal-forming presses, whose sale for use in Russia Regulation 833/2014 forbids, routed by road through "
         "Russia to Kazakhstan; Italian wording (machine tools to Russia through Kazakhstan repeat in many sets; a "
         "coining press as a hobby press was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-07", "export", "BEAIR01", "air", "BE", [], "KG", "901380",
         "Verlichte muntenloepen 10x, voor numismaten, 40 stuks", "BE", 16, 40, 1600, "EUR",
         "lighted coin loupes are small folding lenses with an LED ring at about 30 EUR; these 40 are sealed 18 mm "
         "third-generation image-intensifier tubes with their power supplies in loupe-shaped housings, for a "
         "Bishkek 'coin shop' opened last year whose buyers are in Russia: night-vision components (dual-use 6A002) "
         "on the common high-priority list, exported without a licence and for re-export to Russia, flown from "
         "Brussels; Flemish wording (image-intensifier tubes as magnifiers repeat in three sets, a lace-maker's, a "
         "lash artist's and a low-vision one; kept as a repeat, a coin-loupe label is the new part)",
         {"importer_country": "KG"}),
        ("STR-08", "export", "DEPOST01", "post", "DE", [], "KG", "970400",
         "Briefmarken, gebraucht, Mischung, Russland, 1 Paket", "DE", 1.8, None, 40, "EUR",
         "a used-stamp mixture is a box of modern stamps off paper worth a few euros; this parcel holds 14 stock "
         "pages of Russian Empire and Zemstvo stamps with the lot numbers and the certificates of a Wiesbaden "
         "stamp auction, hammered at 62,000 EUR to a Moscow collector, addressed to a Bishkek forwarder: postage "
         "stamps as collectors' pieces above 750 EUR, luxury goods whose sale and export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, posted from Wiesbaden; German wording (stamp lots "
         "repeat in a few sets under mixture and kiloware labels; a Russian collection to Russia through "
         "Kyrgyzstan is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-09", "export", "DEAIR01", "express", "DE", [], "KZ", "491199",
         "Faksimiles historischer Briefe, Druck, 3 Blatt", "DE", 0.1, 3, 30, "EUR",
         "facsimiles of letters are even, printed sheets on new paper; these three are folded sheets of laid "
         "paper in iron-gall ink, signed 'А. Пушкинъ', with a Leipzig autograph dealer's description and a 410,000 "
         "EUR invoice kept apart, for a Moscow collector's agent in Almaty: autograph manuscripts, collectors' "
         "pieces above 750 EUR, luxury goods whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, sent by express from Leipzig; German wording (Pushkin first editions repeat once, "
         "blind168, and facsimile labels in several; autograph letters to Russia are the new part as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "AE", "850511",
         "Magneetsluitingen voor munt- en medaille-etuis, 2.000 stuks", "NL", 60, 2000, 1000, "EUR",
         "magnetic closures for coin and medal presentation cases are small nickel-plated neodymium discs at a few "
         "cents each; these 2,000 are bare, precision-ground samarium-cobalt rings with close tolerances and a high "
         "coercivity, worth 60 EUR each, for a Dubai 'presentation-box maker' whose orders go on to Iran: ring "
         "magnets suited to gas-centrifuge bearings (dual-use 3A201), listed in the Iran regulation, exported without "
         "a licence, flown from Amsterdam; Dutch wording (samarium-cobalt magnets repeat in several sets and "
         "fridge-magnet labels in a few; a medal-case closure label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "GBAIR01", "air", "US", [], "GB", "940360",
         "Antique mahogany coin cabinet, 24 trays, estate auction lot, 1 pc", "US", 38, 1, 3800, "USD",
         "a mahogany coin cabinet is warm red-brown with an even, ribbon-striped grain; this one's carcass and "
         "tray fronts are dark chocolate-brown with black streaks and a sweet rose scent where a tray runner is worn: "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I), worked before 1947 but imported without the "
         "pre-Convention certificate it needs, flown from Boston to a London coin dealer; US English wording "
         "(Dalbergia nigra repeats in many sets and mahogany labels in several; a coin cabinet was found in no "
         "earlier row by a keyword search)", firm("Central Numismatics Ltd", "GB")),
        ("WLF-02", "import", "FRPOST01", "post", "VN", [], "FR", "960390",
         "Bút lông thư pháp, 20 cây", "VN", 1.2, 20, 800000, "VND",
         "a calligraphy-supplies parcel for a private calligrapher in Lille: brushes and ink sticks are what Hà Nội "
         "shops post, but the third item's 'phôi ấn sừng trâu' are six heavy, fibrous, grey-amber blocks that show "
         "no horn core, smell of burnt hair under a hot needle and show the tubular fibres of rhino horn in the cut "
         "end: rhinoceros horn (CITES App. I) seal blanks without CITES documents, hidden as the last item of a "
         "three-item declaration; Vietnamese wording (rhino horn repeats in many sets and buffalo-horn labels in a "
         "few; seal blanks behind calligraphy brushes were found in no earlier row by a keyword search)",
         dict(person("Sophie Bernard", "FR"),
              _more_items=[item("321590", "Thỏi mực tàu, 10 thỏi", "VN", 0.4, 200000, "VND", qty=10),
                           item("960200", "Phôi ấn sừng trâu, 6 khối", "VN", 0.9, 300000, "VND", qty=6)])),
        ("WLF-03", "import", "CZAIR01", "express", "JP", [], "CZ", "900590",
         "べっ甲風 手持ちルーペ（コイン・切手鑑定用）、6 本", "JP", 0.6, 6, 18000, "JPY",
         "tortoiseshell-look loupe handles are moulded acetate with an even, printed pattern and a seam; these six "
         "are hand-shaped, seamless plates of warm, translucent amber mottled with brown, laminated in layers, that "
         "smell of burnt hair under a hot needle: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) "
         "without CITES documents, sent by express from Nagasaki to a private stamp collector in Prague; Japanese "
         "wording (bekko repeats in many sets; loupe handles for coin and stamp collectors were found in no earlier "
         "row by a keyword search)", person("Ing. J. Dvořák", "CZ")),
        ("WLF-04", "import", "DEPOST01", "post", "KG", [], "DE", "960190",
         "Гусиные перья для каллиграфии, заточенные, 30 шт.", "KG", 0.3, 30, 1500, "KGS",
         "goose quills for calligraphy are white or grey, 25-30 cm, with a soft vane and a clear barrel; these 30 "
         "are 45-60 cm, stiff, dark-brown flight feathers with a white base and pale bars, cut as pens: golden eagle "
         "primaries (Aquila chrysaetos, CITES App. II, EU Annex A) without CITES documents, moulted or taken from "
         "berkutchi birds near Lake Issyk-Kul, posted from Karakol to a private calligrapher in Bremen; Russian "
         "wording from Kyrgyzstan (raptor feathers repeat in a few sets under dyed-feather and dream-catcher labels; "
         "a calligraphy-quill label was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-05", "import", "ESPOST01", "post", "PH", [], "ES", "490191",
         "Lumang misal na may katad na pabalat, 1 piraso", "PH", 0.9, 1, 2500, "PHP",
         "an old leather-bound missal has boards of pasteboard under brown leather; this 1880s Manila missal has "
         "boards of two creamy, carved plaques with a crucifixion and cross-hatched Schreger lines on the edges: "
         "elephant ivory (Loxodonta or Elephas, CITES App. I), worked before 1947 but without the pre-Convention "
         "certificate its import needs, posted from Manila to a private collector in Sevilla; Tagalog wording (ivory "
         "repeats in many sets and Glagolitic missals in two cultural rows; an ivory-bound missal was found in no "
         "earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("WLF-06", "import", "FRAIR01", "air", "MG", [], "FR", "442090",
         "Plateaux pour monnaies et médailles, bois de wengé, 120 pièces", "MG", 36, 120, 600, "EUR",
         "wenge trays are dark brown with coarse, open, light-and-dark striped grain; these 120 are jet-black, "
         "fine-grained, heavy trays that sink in water and have no stripes at all: Madagascar ebony (Diospyros spp., "
         "CITES App. II) without a CITES export permit, flown from Antananarivo to Paris for a numismatic-supplies "
         "firm; Malagasy French wording (Diospyros repeats in many sets and wenge labels in two; coin and medal trays "
         "were found in no earlier row by a keyword search)", firm("Rivage Numismatique SARL", "FR")),
        ("WLF-07", "import", "NLSEA01", "sea", "MY", [], "NL", "441410",
         "Bingkai kayu pain radiata untuk wang kertas dan setem, 4,800 unit", "MY", 2400, 4800, 4800, "USD",
         "radiata-pine frames are pale yellow with brown growth rings, resin streaks and knots; these 4,800 "
         "frames for banknotes and stamp displays are of a hard, straw-white wood with no growth rings, a fine, even "
         "texture and an unpleasant smell when wet: ramin (Gonystylus spp., CITES App. II) without a CITES export "
         "permit, by sea from Port Klang to Rotterdam for a collectors'-supplies wholesaler; Malay wording (ramin "
         "repeats in many sets, as jelutong frames from Malaysia in blind102 and blind227; a radiata-pine label and "
         "banknote and stamp frames are the new part as far as a search found)",
         firm("Horizon Collectors Supply BV", "NL")),
        ("WLF-08", "import", "ITAIR01", "express", "TH", [], "IT", "420231",
         "กระเป๋าใส่ธนบัตร หนังวัวพิมพ์ลายจระเข้, 20 ใบ", "TH", 2, 20, 8000, "THB",
         "banknote wallets of croc-embossed cowhide show a pressed, repeating pattern with pores of cowhide between "
         "the scales; these twenty show irregular, genuine belly scales with a small pore in each scale and a "
         "cut-off umbilical scar, at ten times the declared value: crocodile leather (Crocodylus siamensis, CITES "
         "App. I for wild animals) without CITES documents, sent by express from Bangkok to a private buyer in Turin; "
         "Thai wording (Siamese crocodile repeats in several sets; banknote wallets were found in no earlier row by a "
         "keyword search)", person("Giulia Rossi", "IT")),
        ("WLF-09", "import", "DEAIR01", "express", "US", [], "DE", "121190",
         "Barberry root powder (berberine source), organic, 4 x 1 lb", "US", 1.8, 4, 80, "USD",
         "barberry root powder is a coarse, woody, bright-yellow powder of root bark; these four bags hold a fine, "
         "greenish-yellow, very bitter powder with root hairs that fluoresces under UV and tests for berberine and hydrastine: "
         "goldenseal root (Hydrastis canadensis, CITES App. II) without a CITES export permit, sent by express from "
         "Ohio to a private herbalist in Freiburg; US English wording (goldenseal repeats in a few sets, as turmeric "
         "in blind46; a barberry-root label on it was found in no earlier row by a keyword search)", person("Privatperson", "DE")),
        ("WLF-10", "import", "BEAIR01", "air", "SB", [], "BE", "960190",
         "Shell money strings, Langalanga, red and white, 'tafuliae', 10 fathoms", "SB", 3, 10, 2000, "SBD",
         "Langalanga shell money is strings of tiny red, white and black discs of Spondylus and Chama; these ten "
         "strings carry, between short runs of such discs, rows of thick, white, ribbed discs cut from the shell of "
         "giant clams and lumps of pink-white Tridacna shell drilled as beads: giant clam (Tridacnidae, CITES App. "
         "II) without CITES documents, flown from Honiara to Brussels for a primitive-money dealer at a numismatic "
         "fair; Solomon Islands English wording (dolphin-teeth money under a shell-money label repeats blind139, and "
         "Tridacna repeats in many sets; kept as a repeat of the label, giant-clam discs in shell money are the new "
         "part)", firm("Central Primitive Money SA", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKPOST01", "post", "CA", "DK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (stamp and paper conservation)", "CA", 2.3, 2, 40,
     "CAD", [("PRECURSOR_LICENCE", "DK-RP-67-0141")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "express", "RS", "AT", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur rocketry)", "RS", 1, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-67-0063")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "GB", "NL", "283230",
     "Spent photographic fixer and developer (09 01 04*, 09 01 01*), for silver recovery at a licensed plant, 40 IBC",
     "GB", 40000, 40, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-67-0219")], "notified spent fixer to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854999",
     "Waste banknote counters and coin sorters (16 02 13*), for recycling at a licensed WEEE plant, 9 t", "NO", 9000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-67-0077")], "notified e-waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290376",
     "Halon 1301, recovered from a strongroom system, 24 cylinders, for reclamation for aviation critical use", "CH",
     1600, 24, 0, "CHF", [("ODS_LICENCE", "DE-UBA-ODS-67-022")], "recovered halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290314",
     "Carbon tetrachloride, reagent grade, 4 x 1 l, for essential laboratory use", "US", 6.4, 4, 600, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-67-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "IN", "970610",
     "Mughal farman, 1663, on burnished paper with seal, documented Dutch collection since 1938", "NL", 0.3, 1, 65000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-67-0031")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Decadrachm of Syracuse, signed Euainetos, c. 400 BC, old collection documented since 1952, sold at auction", "IT",
     0.05, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-67-0412")],
     "coin exported with the Italian certificate and the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "IN", "902730",
     "Multi-collector ICP mass spectrometer, 1 unit, for an Indian university's archaeometry laboratory", "DE", 620, 1,
     420000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-67-2210"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-67-0145")],
     "dual-use mass spectrometer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "NO", "854089",
     "Image-intensifier tubes, third generation, 18 mm, 20 units, for a Norwegian police unit", "FR", 8, 20, 60000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-67-0488"), ("END_USER_CERTIFICATE", "NO-POD-EUC-67-0032")],
     "night-vision tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "GBAIR01", "air", "US", "GB", "940360",
     "Coin cabinet, Brazilian rosewood (Dalbergia nigra), c. 1860, with pre-Convention certificate", "US", 38, 1, 9000,
     "USD", [("CITES_PERMIT", "US-FWS-PRE-67-0284")], "App. I worked rosewood with a pre-Convention certificate"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "441410",
     "Ramin picture frames (Gonystylus bancanus), from a certified concession, 3,000 units", "MY", 1500, 3000, 4500,
     "USD", [("CITES_PERMIT", "MY-MTIB-CITES-67-0716")], "App. II ramin frames with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Hr. J. Nielsen", "PRM-02": "Privatperson", "PRM-03": "Delta Zilverwinning BV",
    "PRM-05": "Alpina Druckgas GmbH", "PRM-06": "Central Analyse SARL", "PRM-11": "Central Numismatics Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # numismatists, philatelists, banknote, medal, autograph and manuscript dealers and their suppliers
    ("382499", "Stamp soaking aid, mild surfactant, 250 ml", "import", ["post"], ["CA", "US"], (15, 30), (1, 3), ["CAD", "USD"], 4, S),
    ("382499", "Paper deacidification solution, magnesium-based, 1 l", "import", ["air"], ["AR", "US"], (6, 12), (100, 500), ["USD"], 1, S),
    ("283650", "Lime white pigment (bianco San Giovanni), 500 g", "import", ["express"], ["RS", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 2, S),
    ("250100", "Electrolyte salt for coin-electrolysis kits, 1 kg", "import", ["post"], ["RS", "US"], (4, 8), (1, 4), ["EUR", "USD"], 1, S),
    ("130239", "Carrageenan for paper marbling (ebru), 1 kg", "import", ["road"], ["TR"], (8, 14), (500, 2000), ["EUR"], 1, S),
    ("271019", "Liquid paraffin, for soaking encrusted coins, 1 l", "import", ["post"], ["IL", "US"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("283539", "Sodium hexametaphosphate, technical, 1 kg", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 1, S),
    ("291411", "Acetone 99.5 %, for coin PVC-residue removal, 500 ml", "import", ["express"], ["HK", "US"], (10, 20), (1, 3), ["USD", "HKD"], 2, S),
    ("284019", "Borax for bookbinding and leather dressing, 1 kg", "import", ["air"], ["IN", "TR"], (2, 4), (100, 500), ["USD"], 1, S),
    ("480640", "Glassine stamp hinges, pre-gummed, folded", "import", ["sea"], ["IN", "CN"], (4, 8), (500, 2000), ["USD"], 800, S),
    ("847290", "Banknote counters with UV/MG detection, new, boxed", "import", ["sea"], ["CN", "KR"], (15, 25), (2000, 6000), ["USD"], 0.15, S),
    ("283325", "Copper sulphate pentahydrate, technical, 25 kg bags", "export", ["sea"], ["TR", "EG"], (2, 3), (10000, 20000), ["EUR"], None, S),
    ("283230", "Sodium thiosulphate crystals, photographic grade", "export", ["sea"], ["GH", "NG"], (0.8, 1.4), (5000, 15000), ["EUR", "GBP"], None, S),
    ("940561", "LED neon-effect signs, new, for shops", "export", ["sea"], ["CI", "SN"], (15, 25), (1000, 4000), ["EUR"], 0.3, S),
    ("690220", "Firebricks for pizza ovens, new, alumina", "export", ["sea"], ["AL", "TN"], (0.5, 1.0), (15000, 22000), ["EUR"], 0.3, S),
    ("392043", "Soft PVC film, prime, clear, on rolls, for coin flips", "export", ["sea"], ["IN", "TR"], (2, 3), (10000, 20000), ["EUR"], None, S),
    ("940330", "Display cabinets for collections, new, glazed", "export", ["sea"], ["CM", "MA"], (6, 10), (2000, 6000), ["EUR"], 0.02, S),
    ("392329", "Tamper-evident banknote bags, polyethylene", "export", ["road"], ["RS", "BA"], (4, 8), (1000, 4000), ["EUR"], 20, S),
    ("271019", "Base oil SN 150, virgin, flexitanks", "export", ["sea"], ["LR", "GH"], (0.9, 1.3), (18000, 22000), ["EUR"], None, S),
    ("847160", "Overhead book scanners, new, for archives", "export", ["road"], ["UA", "MD"], (40, 80), (500, 2000), ["EUR"], 0.02, S),
    ("761300", "Aluminium gas cylinders, empty, new", "import", ["road"], ["CH", "RS"], (8, 14), (1000, 4000), ["EUR", "CHF"], 0.1, S),
    ("381400", "Adhesive label remover, citrus-based, 200 ml", "import", ["post"], ["CN", "US"], (10, 20), (1, 3), ["USD"], 4, S),
    ("382499", "Paper cleaning sponges and powders for conservators", "import", ["post"], ["GE", "US"], (30, 60), (1, 3), ["USD", "EUR"], 3, S),
    ("841940", "Vacuum freeze-dryers for archives, new, CO2 (R-744) refrigeration", "export", ["road"], ["UA", "MD"], (6, 10), (2000, 5000), ["EUR"], 0.0003, S),
    ("381400", "HFE precision cleaning solvent for dies, 18 l", "import", ["air"], ["JP", "US"], (30, 50), (100, 400), ["USD", "JPY"], None, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new, for archives", "import", ["sea"], ["SG", "CN"], (4, 7), (1000, 4000), ["USD"], 0.1, S),
    ("420299", "Medal and coin presentation boxes, foam-lined, new", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 4, S),
    ("711890", "Commemorative medals, silver, new, in capsules", "import", ["express"], ["AT", "CA"], (600, 900), (1, 2), ["EUR", "CAD"], 30, S),
    ("490700", "Zero-euro souvenir notes, collectors' editions", "import", ["post"], ["GB", "CH"], (300, 600), (1, 2), ["EUR", "GBP"], 1000, S),
    ("691390", "Antique-style ceramic cookie moulds, new", "import", ["sea"], ["CN"], (2, 4), (1000, 4000), ["USD"], 3, S),
    ("711711", "Costume sequins and buttons, silver-tone", "import", ["post"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 200, S),
    ("711620", "Replica ancient coins, cast, marked 'COPY'", "import", ["post"], ["GE", "TR"], (40, 80), (1, 2), ["USD", "EUR"], 80, S),
    ("491191", "Printed calligraphy and miniature reproductions", "import", ["express"], ["VN", "IN"], (30, 60), (1, 3), ["USD"], 10, S),
    ("711790", "Souvenir enamel badges, Soviet style, new", "import", ["express"], ["KZ", "PL"], (40, 80), (1, 2), ["USD"], 30, S),
    ("711311", "Handmade silver beads for jewellery, 925", "import", ["express"], ["TH", "ID"], (400, 700), (1, 2), ["USD"], 200, S),
    ("940360", "Reproduction oak collectors' cabinets, new", "import", ["sea"], ["ID", "VN"], (6, 10), (1000, 4000), ["USD"], 0.05, S),
    ("900590", "Hand loupes 10x for coins and stamps, acetate handles", "import", ["express"], ["JP", "CN"], (40, 80), (1, 2), ["USD", "JPY"], 10, S),
    ("960899", "Calligraphy dip-pen holders with nibs", "import", ["post"], ["GB", "CN"], (60, 120), (1, 2), ["USD", "GBP"], 40, S),
    ("442090", "Wenge coin and medal trays, FSC", "import", ["air"], ["CM", "CD"], (10, 20), (100, 400), ["EUR"], 3, S),
    ("441410", "Jelutong and pine picture frames for stamps and banknotes", "import", ["sea"], ["MY", "ID"], (1.5, 3), (2000, 6000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960330", "Artists' watercolour brushes, synthetic", "import", ["sea"], ["CN", "KR"], (8, 14), (1000, 4000), ["USD"], 40, N),
        ("392640", "Plastic photo frames, tabletop", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 3, N),
        ("482030", "Cardboard file folders, coloured", "import", ["sea", "road"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 20, N),
        ("960840", "Propelling pencils, retail packs", "import", ["post", "express"], ["JP", "DE"], (30, 60), (1, 3), ["JPY", "EUR"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind246", 20670301, HERE)


if __name__ == "__main__":
    main()
