#!/usr/bin/env python3
"""Writes the two-hundred-and-twentieth blind set (tests/risk/data/blind220-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2062, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and an emphasis on
a kind of trade rather than a region: postal operators and letter mail (national posts,
letters and small packets, registered mail, M-bags of printed matter, philatelic and
numismatic collectors' mail, post-office boxes and forwarding addresses, and the supplies,
fleets, buildings and printers of the posts themselves). Written by a person who had not
read the profile packs (nor any rule file) and had not run the engine on it, and committed
before any change measured on it, to be measured once on its packs. Same row layout and
expansion as make_blind_set.py, whose functions it reuses, and the same extras as
make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged
into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL220-*:

    python3 tests/risk/data/make_blind220_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "AR", [], "PT", "382499",
         "Restaurador de color para estampillas oxidadas (agua oxigenada 3 %), 4 frascos de 500 ml", "AR", 2.3, 4,
         18000, "ARS",
         "philatelists brighten sulphuretted orange and red stamps with a few drops of 3 % peroxide sold in 30-50 ml "
         "vials; this small packet from a Buenos Aires stamp dealer holds four half-litre bottles with vented caps of a "
         "water-clear liquid of 1.13 kg/l that whitens and stings the fingers and foams hard on paper: about 35 % "
         "hydrogen peroxide (Annex I of Regulation 2019/1148 above 12 %), posted by Correo Argentino to a private "
         "collector in Porto; Rioplatense Spanish wording (hydrogen peroxide repeats in many sets; a stamp "
         "colour-restorer label was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-02", "import", "DEPOST01", "post", "JP", [], "DE", "321590",
         "スタンプ台補充インキ 油性 (stamp-pad refill ink, oil-based), 500 ml x 4", "JP", 2.2, 4, 6400, "JPY",
         "stamp-pad refill ink comes in 20-50 ml bottles, is deeply coloured and stains everything; these four "
         "half-litre bottles hold a colourless, oily liquid of 1.14 kg/l that leaves no mark on paper, smells faintly "
         "fruity and burns with a hot, barely visible flame: nitromethane (Annex I above 16 %), posted by Japan Post "
         "as a small packet from Osaka to a private person in Kassel who races model cars; Japanese wording "
         "(nitromethane repeats in many sets and solvent covers in several; a stamp-pad ink label was found in no "
         "earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "NLPOST01", "post", "ZA", [], "NL", "340290",
         "Koevertbevogtiger-vloeistof vir posmasjiene, 2 x 1 liter", "ZA", 3.7, 2, 240, "ZAR",
         "envelope-moistener fluid for mailroom sealers is water with a little wetting agent and biocide, 1.0 kg/l; "
         "these two plastic litre bottles weigh 1.84 kg/l, hold a heavy, oily, odourless liquid that grows hot with a "
         "drop of water and chars the cardboard where it has seeped: about 96 % sulphuric acid (Annex I above 15 %), "
         "in a registered letter packet from Pretoria to a private person in Tilburg, against the postal ban on "
         "corrosives; Afrikaans wording (sulphuric acid repeats in many sets; an envelope-moistener label was found "
         "in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-04", "import", "ROSEA01", "sea", "GE", [], "RO", "380290",
         "თიხის ტენშთანთქმელი პაკეტები ამანათებისთვის (clay desiccant sachets for parcels), 25 kg ტომრები, 880 ტომარა",
         "GE", 22000, 880, 5300, "USD",
         "bentonite desiccant sachets are grey-brown clay granules in Tyvek pouches that make parcels dry; these 880 "
         "sacks hold loose, white, free-flowing prills that turn ice-cold in water and test at 34 % N, for a Bucharest "
         "packaging web shop that sells to e-commerce senders and the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, by sea from Poti to Constanța; Georgian wording (ammonium "
         "nitrate repeats in many sets and desiccant labels in several; a clay-desiccant label for parcel packing was "
         "found in no earlier row by a keyword search)", firm("Orion Ambalaje SRL", "RO")),
        ("PRE-05", "import", "ITPOST01", "post", "AL", [], "IT", "340290",
         "Pluhur për shkëputjen e pullave postare nga zarfet, 3 qese x 1 kg", "AL", 3, 3, 2400, "ALL",
         "stamp-soaking powders are a mild detergent that loosens gum in warm water and foams a little; these three "
         "bags hold shiny, tasteless white crystals that do not foam or dissolve readily, spit violet sparks on a hot "
         "plate and flare with sugar: potassium chlorate (Annex I above 40 %), in a letter packet from Tirana to a "
         "private person in Bari; Albanian wording (potassium chlorate repeats in many sets; soaking covers appear in "
         "a few rows on other goods and a stamp-soaking label in none, as far as a keyword search found)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-06", "import", "DKPOST01", "post", "IS", [], "DK", "350510",
         "Dextrín-lím til endurlímingar frímerkja og bókbands, 2 x 1 kg", "IS", 2, 2, 3600, "ISK",
         "dextrin for regumming stamps is a yellowish, faintly sweet-smelling starch powder that turns tacky with "
         "water; these two bags hold a heavy, gritty, pure-white powder that will not get sticky, barely dissolves "
         "and burns fiercely mixed with sugar, and the inner liner reads 'KClO4': potassium perchlorate (Annex I above "
         "40 %), posted from Reykjavík to a private person in Odense; Icelandic wording (potassium perchlorate "
         "repeats in many sets and dextrin labels in a few; a stamp-regumming label was found in no earlier row by a "
         "keyword search)", person("Privatperson", "DK")),
        ("PRE-07", "import", "SEPOST01", "post", "NO", [], "SE", "490900",
         "Julekort med konvolutter, 40 stk", "NO", 0.8, 40, 400, "NOK",
         "a Christmas letter packet from a Bergen grandmother: cards, hand-knitted mittens and 'hjortetakksalt' for "
         "Christmas cookies are what such packets hold, but the third item's hartshorn salt, which should reek of "
         "ammonia, is 2 kg of odourless, damp-drawing white crystals that crackle and flare on a hot pan: sodium "
         "perchlorate (Annex I above 40 %), far more than any baker uses, hidden as the last item of a three-item "
         "postal declaration to a private person in Gothenburg; Norwegian wording (sodium perchlorate repeats in "
         "many sets and hartshorn labels in three, blind67, blind148 and blind176; the 'hjortetakksalt' wording "
         "behind Christmas cards by post from Norway is the new part as far as a search found)",
         dict(person("Karin Andersson", "SE"),
              _more_items=[item("611691", "Strikkede votter, ull, 3 par", "NO", 0.4, 600, "NOK", qty=3),
                           item("283699", "Hjortetakksalt til julebakst, 2 kg", "NO", 2, 160, "NOK")])),
        ("PRE-08", "import", "IEPOST01", "post", "US", [], "IE", "250100",
         "Pretzel salt, coarse, food grade, 4 x 1 lb (shipment 3 of 6)", "US", 1.9, 4, 22, "USD",
         "coarse pretzel salt is opaque white, salty, non-hygroscopic grains; this small packet, the third of six "
         "sent within a week from the same Delaware parcel-forwarding address to the same Cork post-office box, holds "
         "clear, cooling-tasting crystals that draw damp and flare yellow on a gas ring, and a forwarder's relabel "
         "covers the maker's 'NaClO3' sticker: sodium chlorate (Annex I above 40 %), split into parcel quantities to a "
         "private person; US English wording (sodium chlorate repeats in many sets under salt labels and a pretzel-salt "
         "label once, blind96, kept as a repeat; split shipments to a post-office box through a "
         "forwarding address are the new part as far as a search found)",
         person("S. Murphy, PO Box 2217, Cork", "IE")),
        ("PRE-09", "import", "GRPOST01", "post", "MK", [], "GR", "340590",
         "Течност за чистење монети, за колекционери, 4 шишиња x 500 ml", "MK", 2.9, 4, 900, "MKD",
         "coin cleaners for collectors are mild, citric or thiourea dips in 100-250 ml bottles; these four half-litre "
         "bottles hold a faintly yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats a "
         "copper coin green in seconds: about 65 % nitric acid (Annex I above 3 %), in a registered letter packet from "
         "Skopje to a post-office box in Thessaloniki; Macedonian wording (nitric acid repeats in many sets and coin-cleaner "
         "labels in a few, blind56, blind67, blind171 and blind202; kept as a repeat of the numismatic family, a coin-cleaning acid to "
         "a Greek post-office box is the new part)",
         person("K. Georgiou, T.Θ. 10433, 54110 Thessaloniki", "GR")),
        ("PRE-10", "import", "BEPOST01", "express", "TH", [], "BE", "340290",
         "น้ำยาเข้มข้นสำหรับเครื่องล้างอัลตราโซนิก (ultrasonic cleaner concentrate), 4 x 1 ลิตร", "TH", 4.6, 4,
         1200, "THB",
         "ultrasonic-cleaner concentrate for spectacles and jewellery is a blue or green, foaming surfactant of "
         "1.02 kg/l; these four litre bottles with vented caps hold a water-clear, non-foaming liquid of 1.20 kg/l "
         "that whitens and stings the skin and fizzes on a cut: about 50 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Bangkok to a private person in Antwerp, although oxidisers travel by express only as "
         "declared dangerous goods; Thai wording (hydrogen peroxide repeats in many sets and ultrasonic-cleaner "
         "labels in a few, blind78 and blind104 among them; kept as a repeat, by express from Thailand is the new part)", person("Jan Peeters", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "847290",
         "Gebruikte frankeermachines, voor revisie, 14 paletten", "BE", 9800, 420, 4200, "EUR",
         "refurbished franking machines travel boxed, one to a carton, tested and with their meter modules reset; "
         "these 14 pallets hold 420 machines stacked loose, with smashed displays, cut cables, missing covers and "
         "their sealed lead-acid and NiCd backup batteries still inside, leaking on some, withdrawn by a Brussels "
         "mailroom-services firm when the posts changed their franking standard: waste electrical equipment with "
         "hazardous components (16 02 13*), whose export to a non-OECD country is banned, from Antwerp to Lagos for a "
         "'business-machine dealer' at 10 EUR a machine; Flemish Dutch wording (e-waste repeats in many sets; "
         "franking machines were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "KE", "630539",
         "Worki pocztowe używane, do ponownego użycia, bele, 21 t", "PL", 21000, None, 1050, "EUR",
         "second-hand mailbags for re-use are whole, washed woven sacks folded in bundles; these bales hold torn, "
         "soiled PVC-coated and polyethylene mail sacks, bin liners, stretch film and strapping swept from a Warsaw "
         "sorting centre's floors, wet and mixed with paper: mixed plastic waste (Y48 / 19 12 04), whose export from "
         "the Union to a non-OECD country is banned, from Gdynia to Mombasa at 0.05 EUR/kg; Polish wording (mixed "
         "plastic waste repeats in many sets; a mailbag label was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "PK", "850440",
         "Restposten unzustellbarer Pakete, Elektronikzubehör (Ladegeräte, Powerbanks), 18 Gitterboxen", "DE", 7200,
         None, 2900, "EUR",
         "liquidation lots of undeliverable parcels are unopened, mixed consumer goods sold by the pallet; these 18 "
         "cage pallets hold only what a Leipzig parcel hub's dangerous-goods screening pulled out of undeliverable "
         "parcels: swollen power banks, crushed and leaking disposable vapes and loose lithium cells, some scorched: "
         "waste lithium batteries (16 06 05 with damaged cells), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Karachi; German wording (vapes and power banks repeat in several sets and an "
         "unclaimed-parcel cover once, blind175; kept as a repeat, a parcel hub's dangerous-goods reject cage is the "
         "new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "871160",
         "Elektro-Zustellmopeds, gebraucht, fahrbereit, 60 Stück", "AT", 5400, 60, 12000, "EUR",
         "used electric delivery mopeds sold for further use run, charge and carry a battery test; these 60 yellow "
         "mail mopeds retired by a postal operator have dead, swollen lithium packs, water in the controllers and no "
         "keys, and the packs have been pulled out and stacked in the trailer's nose: waste electrical equipment and "
         "waste lithium batteries, hazardous waste whose export to a non-OECD country is banned, on a lorry from Graz "
         "through Slovenia and Croatia to a Sarajevo 'scooter dealer'; Austrian German wording (e-bikes and "
         "scooters repeat in several sets; postal delivery mopeds were found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-05", "export", "PTPOST01", "post", "PT", [], "BR", "711291",
         "Sucata de ouro dentário (coroas e pontes), para refinação, 1 saco", "PT", 2.4, None, 300, "EUR",
         "dental gold scrap is a few grams of crowns and bridges worth hundreds of euros; this registered letter "
         "packet from a Lisbon dental practice holds 2.4 kg of grey, crumbly amalgam capsules, extracted fillings and "
         "separator sludge that leave silver beads on the bag: dental amalgam waste (18 01 10*, mercury-containing), "
         "hazardous waste whose export to a non-OECD country is banned, posted to a São Paulo 'refiner' at an "
         "undervalued 300 EUR; European Portuguese wording (dental amalgam repeats in many sets and dental-gold "
         "labels in several; kept as a repeat, by registered post to Brazil is the new part as far as a search found)",
         {"importer_country": "BR"}),
        ("WST-06", "export", "FRPOST01", "post", "FR", [], "CI", "490199",
         "Sac M - imprimés (livres d'occasion) pour une bibliothèque de quartier, 1 sac", "FR", 28, None, 60, "EUR",
         "an M-bag is a postal sack of books and printed papers sent to one addressee at a reduced rate; this 28 kg "
         "sack from Bordeaux holds six paperbacks on top and, underneath, broken mobile phones, stripped circuit "
         "boards and a few swollen phone batteries wrapped in newspaper: waste electrical and electronic equipment "
         "with hazardous components, whose export to a non-OECD country is banned, posted by La Poste to Abidjan; "
         "French wording (e-waste repeats in many sets; an M-bag of printed matter was found in no earlier row by a "
         "keyword search)", {"importer_country": "CI"}),
        ("WST-07", "export", "NLPOST01", "post", "NL", [], "SR", "902590",
         "Onderdelen voor antieke barometers (glas, buizen), 1 pakket", "NL", 3.2, None, 45, "EUR",
         "parts for antique barometers are empty glass tubes, scales and boxwood cisterns; this small packet holds "
         "three sealed brown bottles that weigh 13.5 kg/l, about 3 kg of liquid mercury drained from broken "
         "instruments by a Utrecht restorer, for a Paramaribo 'watchmaker' near the gold fields: waste mercury, whose "
         "export Regulation 2017/852 bans and whose shipment as hazardous waste to a non-OECD country is banned, "
         "against the postal ban on mercury; Dutch wording (mercury repeats in many sets and barometer covers in "
         "several, blind43, blind70, blind104 and blind115 among them; kept as a repeat, by post to Suriname is the "
         "new part as far as a search found)", {"importer_country": "SR"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", [], "RS", "321519",
         "Tiskarska barva za globoki tisk, regenerirana, 80 sodov", "SI", 16000, 80, 3200, "EUR",
         "regenerated gravure ink is a filtered, homogeneous ink with a data sheet; these 80 drums hold a stiff, "
         "layered sludge of spent stamp-printing inks, wash-up toluene and rags from a Ljubljana security printer "
         "that prints postage stamps, smelling strongly of solvent: waste printing ink and sludge containing "
         "dangerous substances (08 03 12* / 08 03 14*), hazardous waste whose export to a non-OECD country is banned, "
         "on a lorry at Obrežje for a Belgrade 'ink blender'; Slovenian wording (ink and toluene wastes repeat in "
         "several sets; a stamp-printer's gravure ink was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-09", "transit", "DESEA01", "sea", "NO", ["DE"], "NG", "940320",
         "Pakkeautomater, brukte, komplette, 40 stk", "NO", 16000, 40, 8000, "EUR",
         "second-hand parcel lockers for re-use are whole steel cabinets with their controller, touchscreen and "
         "doors; these 40 lockers from a Norwegian post's network are gutted, with smashed screens, loose circuit "
         "boards, tangled cable and their lead-acid UPS batteries thrown into the compartments, landed at Hamburg in "
         "transit from Oslo to Lagos: waste electrical equipment with hazardous components, moved through the Union "
         "without the notification and consent the Waste Shipment Regulation requires for transit; Norwegian wording "
         "(e-waste repeats in many sets; parcel lockers were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "680690",
         "Akustické stropné dosky z minerálnych vlákien, z demontáže, 22 t", "SK", 22000, None, 880, "EUR",
         "reclaimed mineral-fibre ceiling tiles are light, soft, white boards of slag wool; these pallets hold grey, "
         "brittle 1960s tiles from the refit of a Košice main post office that show amosite fibres under a lens and "
         "crumble to dust: asbestos-containing construction material (17 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry at Vyšné Nemecké for an Uzhhorod 'builder'; Slovak wording "
         "(asbestos repeats in many sets and a ceiling-tile label twice, blind189 and blind213; kept as a repeat, a "
         "post-office refit is the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESPOST01", "post", "MO", [], "ES", "482050",
         "集郵冊及插票簿 (stamp albums and stock books), 4 本", "MO", 2.4, 4, 480, "MOP",
         "a philatelic small packet from a Macau stamp dealer: stock books, stamp tongs and a bottle of lifting "
         "fluid for self-adhesive stamps are what such dealers post, but the third item's 'heptane-based' fluid is "
         "two 500 ml tins of a non-flammable liquid of 1.24 kg/l with a sweet, ether-like smell, and the filler's "
         "label under the new one reads 'HCFC-141b': 1,1-dichloro-1-fluoroethane, a controlled ozone-depleting "
         "substance that may not be imported or placed on the market (Regulation 2024/590), hidden as the last item "
         "of a three-item postal declaration to a private collector in Valencia; traditional Chinese wording from "
         "Macau (HCFC-141b repeats in many sets and label-remover labels in two, blind124 and blind133; a "
         "stamp-lifting fluid was found in no earlier row by a keyword search)",
         dict(person("Sr. J. García", "ES"),
              _more_items=[item("820320", "郵票鉗 (stamp tongs), 6 把", "MO", 0.2, 180, "MOP", qty=6),
                           item("381400", "自黏郵票揭除液 (stamp lifting fluid), 2 x 500 ml", "MO", 1.3, 160, "MOP", qty=2)])),
        ("OZN-02", "import", "ITPOST01", "post", "IN", [], "IT", "380891",
         "अभिलेख एवं डाक-टिकट भंडार के लिए कीट-धूमक (archive fumigant), 4 x 680 g", "IN", 2.8, 4, 3200, "INR",
         "archive fumigants sold to stamp and book dealers today are naphthalene-free sachets or sealed-bag "
         "low-oxygen kits; these four pressurised 680 g cans hiss when the valve is touched, carry a skull and the "
         "remnant of a 'Bromo-gas' print under the new label, and the gas is heavy and odourless: methyl bromide, a "
         "controlled ozone-depleting substance whose import is banned (Regulation 2024/590), posted from Jaipur to a "
         "Florence stamp dealer's storage; Hindi wording (methyl bromide repeats in many sets and fumigant labels in "
         "many; kept as a repeat of the good, a philatelic archive fumigant by post is the new part as far as a "
         "search found)", firm("Rivage Filatelia Srl", "IT")),
        ("OZN-03", "import", "SKAIR01", "air", "US", [], "SK", "842410",
         "Water-mist fire extinguishers, 2.5 gal, for server rooms, 24 units", "US", 480, 24, 7200, "USD",
         "water-mist extinguishers hold deionised water and nitrogen at 7 bar and weigh about 20 kg full; these 24 "
         "chrome cylinders are full of a liquid that flashes into a dense, sweet-smelling vapour, read 'Halotron I' "
         "on the stripped labels and bear a US aviation part number, for a Bratislava mail-sorting centre's server "
         "room: HCFC-123 blend extinguishers, products containing an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), flown from Chicago; US English wording (Halotron and HCFC-123 repeat in many "
         "sets; kept as a repeat of the good, a sorting centre's server room under a water-mist label is the new "
         "part as far as a search found)", firm("Central Logistika s.r.o.", "SK")),
        ("OZN-04", "import", "PTPOST01", "post", "BR", [], "PT", "210112",
         "Latas de café gelado autorrefrigerantes, 240 ml, 12 unidades", "BR", 3.9, 12, 180, "BRL",
         "canned iced coffee is a can of coffee kept in a fridge; these twelve cans have a second, inner chamber "
         "with a button on the base that, when pressed, vents a gas that chills the drink by 15 °C in a minute, "
         "and the chamber is marked 'R-134a': self-chilling cans charged with HFC-134a, whose placing on the market "
         "the F-gas Regulation (2024/573) bans, posted from São Paulo to a private person in Coimbra; Brazilian "
         "Portuguese wording (HFC-134a repeats in many sets and a self-chilling can once, blind39; kept as a "
         "repeat of the product, by post from Brazil is the new part as far as a search found)",
         person("Sra. Ana Silva", "PT")),
        ("OZN-05", "import", "IEPOST01", "post", "BD", [], "IE", "381400",
         "রাবার স্ট্যাম্প পরিষ্কারক তরল (rubber stamp cleaner), ৪ x ৫০০ মিলি", "BD", 2.7, 4, 2400, "BDT",
         "rubber-stamp cleaners are alcohol or glycol liquids of 0.8-1.0 kg/l that smell of spirit; these four "
         "bottles hold a non-flammable liquid of 1.33 kg/l with a chloroform-like smell that dissolves the bottle's "
         "old label glue, and the drum label copied on the invoice annex reads '1,1,1-trichloroethane': methyl "
         "chloroform, a controlled ozone-depleting substance that may not be imported (Regulation 2024/590), posted "
         "from Dhaka to a Limerick office-supplies web shop; Bengali wording (methyl chloroform repeats in many sets, "
         "correction-fluid covers twice; a rubber-stamp cleaner was found in no earlier row by a keyword search)",
         firm("Atlantic Office Supply Ltd", "IE")),
        ("OZN-06", "import", "DEPOST01", "post", "IR", [], "DE", "321410",
         "اسپری پنچرگیری و باد لاستیک دوچرخه، ۳۰۰ میلی‌لیتر، ۸ عدد", "IR", 3.4, 8, 1600000, "IRR",
         "bicycle tyre-inflator sprays are propane/butane or nitrogen cans with latex sealant; these eight cans "
         "read 5.7 bar at 20 °C, the gas does not burn at the nozzle and the can bottoms are stamped 'R12', for a "
         "Bremen courier-bike workshop that services postal cargo bikes: dichlorodifluoromethane (CFC-12), whose "
         "import is banned (Regulation 2024/590), posted from Tehran; Persian wording (CFC-12 repeats in many sets "
         "and tyre-inflator labels in several; kept as a repeat of the cover, by post from Iran for postal cargo "
         "bikes is the new part as far as a search found)", firm("Nordhafen Kurierrad GmbH", "DE")),
        ("OZN-07", "import", "MTSEA01", "sea", "CN", [], "MT", "841850",
         "Vetrini għall-wiri għall-mużew filateliku, b'kontroll tal-umdità, 12-il unità", "CN", 2400, 12, 14400,
         "EUR",
         "museum display cases with humidity control use a silica-gel cassette or a sealed R-290 or R-600a unit; "
         "these twelve cases for a Valletta philatelic museum carry a compressor unit whose rating plate, under a new "
         "sticker, reads 'R22 0.45 kg', and the service port gives HCFC-22: refrigerating equipment charged with a "
         "controlled ozone-depleting substance, whose import is banned (Regulation 2024/590), by sea from Ningbo to "
         "Marsaxlokk; Maltese wording (R-22 equipment repeats in many sets and display cabinets in several; a "
         "philatelic museum's cases were found in no earlier row by a keyword search)",
         firm("Meridian Heritage Ltd", "MT")),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290379",
         "发泡剂 HFO-1233zd(E)，低GWP，40 桶", "CN", 10000, 40, 60000, "USD",
         "HFO-1233zd(E) is a low-pressure blowing agent of 1.26 kg/l that costs about 6 USD/kg; these 40 drums, for "
         "a Belgrade panel maker, hold a liquid of 1.49 kg/l that boils at 24 °C, and a gas test of the head-space "
         "gives trichlorofluoromethane: CFC-11, a controlled ozone-depleting substance moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Koper in transit from Tianjin to Serbia; "
         "Chinese wording (CFC-11 and HFO-1233zd labels repeat in many sets; kept as a repeat, a transit through "
         "Koper to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-09", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "842410",
         "Yanğınsöndürən, 2 kq, poçt avtomobilləri üçün, 300 ədəd", "AZ", 900, 300, 4500, "EUR",
         "2 kg vehicle extinguishers are red dry-powder bottles that rattle when shaken; these 300 are heavy, "
         "silent, hold a liquid that boils off at about -4 °C with a sweet smell and carry 'Хладон 12В1' under the "
         "new stickers, for a Sofia courier and postal-van fleet: halon 1211 (bromochlorodifluoromethane), a "
         "controlled ozone-depleting substance whose import is banned outside licensed critical uses (Regulation "
         "2024/590), on a lorry from Baku through Georgia and Türkiye to Kapitan Andreevo; Azerbaijani wording "
         "(halon 1211 and extinguisher labels repeat in many sets; from Azerbaijan for a postal-van fleet is the new "
         "part as far as a search found)", firm("Vega Kurier EOOD", "BG")),
        ("OZN-10", "import", "HRPOST01", "post", "ME", [], "HR", "381400",
         "Sprej za čišćenje kontakata za frankir mašine, 6 x 400 ml", "ME", 3.4, 6, 60, "EUR",
         "contact-cleaner sprays are isopropanol or hydrocarbon aerosols of about 0.75 kg/l that burn at the nozzle; "
         "these six cans hold a non-flammable liquid of 1.57 kg/l that evaporates without residue and whose old-stock "
         "print, under a new sleeve, reads 'Freon TF': CFC-113, a controlled ozone-depleting substance whose import "
         "is banned (Regulation 2024/590), in a letter packet from Podgorica to a Split franking-machine repairer; "
         "Montenegrin wording (CFC-113 repeats in many sets and contact-cleaner labels in several; a franking-machine "
         "cleaner was found in no earlier row by a keyword search)", firm("Delta Servis d.o.o.", "HR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "970400",
         "Eski mektuplar ve zarflar, posta tarihi koleksiyonu, karışık, 1 paket", "SY", 1.4, None, 90, "EUR",
         "postal-history lots are stamped envelopes with postmarks, sold at a few euros each; this registered "
         "packet holds no stamps at all, but 60 folded Ottoman documents on thick paper with tughra headings, waqf "
         "seals and the inventory stamps of an Aleppo religious endowment's archive, posted from Gaziantep to a "
         "Cologne dealer: Syrian cultural property whose import Regulation 36/2012 bans, undervalued as postal "
         "history; Turkish wording (Ottoman documents repeat in several sets; a postal-history label was found in "
         "no earlier row by a keyword search)", firm("Central Philatelie GmbH", "DE")),
        ("CUL-02", "import", "SEPOST01", "post", "ET", [], "SE", "490199",
         "የታተሙ መጻሕፍት (printed books), M-bag, 1 ከረጢት", "ET", 14, None, 40, "USD",
         "an M-bag of printed books from Addis Ababa holds new Amharic Bibles and hymn books; this one holds three "
         "printed hymn books on top and, beneath, five small parchment codices in wooden boards with Ge'ez script in "
         "red and black ink, candle-wax drips and a church's ownership note: Ethiopian Orthodox manuscripts taken "
         "from a church treasury, imported without the documents Regulation 2019/880 asks for cultural goods older "
         "than 250 years, posted to a private buyer in Uppsala; Amharic wording (Ethiopian manuscripts repeat in many "
         "sets; kept as a repeat of the good, an M-bag of printed books was found in no earlier row)",
         person("Mr L. Nilsson", "SE")),
        ("CUL-03", "import", "FRPOST01", "post", "LB", [], "FR", "970400",
         "مغلّفات اليوم الأول مع عملات تذكارية، 10 مغلّفات", "LB", 0.3, 10, 150, "USD",
         "numismatic first-day covers hold one modern commemorative coin in a window beside the stamps; these ten "
         "covers from a Beirut philatelic shop each hold a worn, hand-struck silver coin with a galley and a "
         "sea-horse, dug-soil in the legends: Phoenician shekels of Tyre and Sidon, archaeological objects imported "
         "without the import licence Regulation 2019/880 requires, in a registered letter to a private buyer in "
         "Marseille; Lebanese Arabic wording (Phoenician coins repeat in a few sets; numismatic covers were found in "
         "no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-04", "import", "NLPOST01", "post", "MM", [], "NL", "460219",
         "ပေရွက် စာအုပ်မှတ် (palm-leaf bookmarks), souvenir, 40 pcs", "MM", 0.9, 40, 30, "USD",
         "souvenir palm-leaf bookmarks are fresh, pale leaves painted with a pagoda; these 40 strips are dark, "
         "brittle, stylus-incised leaves in Burmese script with string holes and gilt edges, cut out of three "
         "monastic palm-leaf manuscripts: Myanmar cultural property exported without a permit, imported without the "
         "documents Regulation 2019/880 asks for, in a letter from Mandalay to a private buyer in Leiden; Burmese "
         "wording (palm-leaf manuscripts repeat in several sets and bookmark labels in a few; kept as a repeat, a "
         "souvenir bookmark letter from Myanmar is the new part as far as a search found)",
         person("Particulier", "NL")),
        ("CUL-05", "import", "ESPOST01", "post", "CO", [], "ES", "970400",
         "Lote de estampillas usadas de Colombia, en álbum, 1 álbum", "CO", 1.8, None, 120, "USD",
         "a Colombian stamp lot for a Madrid collector: an album of used modern stamps, a stock book and a sheaf of "
         "modern facsimile reprints are what such lots hold, but the 'reprints' are 18 hand-painted essays and "
         "die proofs of the Granadine Confederation of 1859-1861 on thin card, with the ink stamp of the national "
         "postal museum's archive: Colombian state cultural property stolen from a public collection, imported "
         "without the documents Regulation 2019/880 asks for, hidden as the last item of a three-item postal "
         "declaration; Colombian Spanish wording (stamp proofs were found in no earlier row by a keyword search)",
         dict(person("Maria Lopez", "ES"),
              _more_items=[item("482050", "Clasificador de estampillas, 16 páginas", "CO", 0.6, 20, "USD", qty=1),
                           item("491191", "Reimpresiones facsímiles de estampillas clásicas, 18 hojas", "CO", 0.1, 10, "USD", qty=18)])),
        ("CUL-06", "import", "CZPOST01", "post", "CN", [], "CZ", "491199",
         "春联，印刷品，新，20 副", "CN", 1.6, 20, 200, "CNY",
         "printed New Year couplets are bright-red, glossy paper strips with gold characters; these 20 are "
         "hand-written on yellowed silk and paper in formal script, with an imperial seal and Qing dynasty reign "
         "dates: Qing edicts and appointment documents, whose export from China is banned and whose import needs the "
         "documents Regulation 2019/880 asks for, posted from Beijing to a private buyer in Brno; Chinese wording "
         "(Qing documents repeat in a few sets; a New Year couplet label was found in no earlier row by a keyword "
         "search)", person("Privatperson", "CZ")),
        ("CUL-07", "import", "BEPOST01", "post", "EG", [], "BE", "491191",
         "لوحات بردي سياحية مرسومة، 12 لوحة", "EG", 0.6, 12, 36, "USD",
         "tourist papyrus paintings are new, even, banana-fibre or papyrus sheets printed with Tutankhamun; among "
         "these twelve, two are brittle, brown, irregular fragments in Greek cursive ink with a folded tax receipt's "
         "layout: ancient papyri, Egyptian cultural property whose export is banned, imported without the import "
         "licence Regulation 2019/880 requires for archaeological objects, in a letter from Cairo to a private buyer "
         "in Leuven; Egyptian Arabic wording (papyri and papyrus-painting covers repeat in several sets; kept as a "
         "repeat, by letter post to Belgium is the new part as far as a search found)", person("Mme L. Dupont", "BE")),
        ("CUL-08", "import", "ITPOST01", "post", "AL", [], "IT", "780600",
         "Plumba të përdorura për thasë postarë, 200 copë", "AL", 1.6, 200, 20, "EUR",
         "used lead seals from mailbags are crimped, modern discs with a post office's number, worth their lead; "
         "these 200 are thick, cast discs with a cord channel through them, saints and Greek inscriptions on both "
         "faces and soil in the channels: Byzantine lead seals (molybdoboulla) dug with metal detectors near Durrës, "
         "Albanian cultural property exported illegally and imported without the import licence Regulation 2019/880 "
         "requires, posted to a private buyer in Lecce; Albanian wording (Byzantine lead seals repeat in several sets, "
         "as fishing sinkers among others; kept as a repeat, a mailbag-seal label was found in no earlier row)",
         person("Giulia Rossi", "IT")),
        ("CUL-09", "import", "FRAIR01", "air", "NP", [], "FR", "844250",
         "कपडा छाप्ने काठका ब्लकहरू, पुराना, ३० थान", "NP", 120, 30, 600, "USD",
         "textile printing blocks are small, deeply carved blocks of sheesham with a handle, stained with dye; "
         "these 30 are long, thin boards carved on both faces with reversed Tibetan sutra text, blackened with ink "
         "and worn by centuries of printing, with a monastery's number painted on the ends: xylographic printing "
         "blocks from a Mustang monastery, Nepalese cultural property exported without the Department of Archaeology's "
         "permit, flown from Kathmandu to a Paris dealer; Nepali wording (xylographs and printing blocks appear once "
         "each, blind114 and blind168; kept as a repeat of the good, a textile-block label was found in no earlier "
         "row)", firm("Rivage Arts d'Asie SARL", "FR")),
        ("CUL-10", "export", "DEPOST01", "post", "DE", [], "CH", "970400",
         "Altbriefe, Vorphilatelie, Sammlungsauflösung, 1 Einschreiben", "DE", 0.9, None, 450, "EUR",
         "pre-philatelic letters from a dispersed collection are stray entires sold at tens of euros; this "
         "registered letter holds 140 Thurn und Taxis postal-service letters of 1680-1790 still tied in their "
         "original bundles with a state archive's shelf marks on the wrappers, sold to a Zurich postal-history "
         "dealer: archives more than 50 years old, whose export from the Union needs the licence Regulation 116/2009 "
         "requires whatever their value; German wording (archive exports repeat in several sets; Thurn und Taxis "
         "letters were found in no earlier row by a keyword search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "HUPOST01", "post", "HU", [], "KG", "490900",
         "Zenélő karácsonyi üdvözlőlapok, 40 db", "HU", 1.2, 40, 80, "EUR",
         "musical Christmas cards hold a coin-sized sound chip and a button cell behind the fold; each of these 40 "
         "has, in the chip pocket, a ceramic-packaged high-speed analog-to-digital converter marked 'AD9208' taped "
         "under the foam: 3 GSPS ADCs controlled as dual-use (3A001) and under the Russia sanctions' export ban, "
         "posted from Budapest to a Bishkek post-office box whose holder forwards to Moscow, declared at 2 EUR a "
         "card; Hungarian wording (ADCs and Kyrgyz forwarding repeat in several sets; musical greeting cards were "
         "found in no earlier row by a keyword search)", {"importer_country": "KG", "consignee_name": "PO Box 112, 720040 Bishkek"}),
        ("STR-02", "export", "LTPOST01", "post", "LT", [], "KZ", "900580",
         "Stereoskopai senoviniams stereo atvirukams, 6 vnt.", "LT", 2.6, 6, 180, "EUR",
         "stereoscopes for old stereo postcards are wooden viewers with two simple lenses; these six are metal "
         "housings with germanium windows and a 640 x 512 uncooled thermal imaging core with its shutter and video "
         "board in each, for an Almaty buyer who supplies Russia: thermal cores (6A003) under the Russia sanctions' "
         "ban on indirect export, posted from Vilnius; Lithuanian wording (thermal cores and Kazakh routes repeat in "
         "many sets; a stereoscope label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-03", "export", "DEPOST01", "post", "DE", [], "AM", "842381",
         "Digitale Briefwaagen, 5 kg, 20 Stück", "DE", 3.8, 20, 200, "EUR",
         "digital letter scales are flat plastic boxes with a load cell and an LCD, 10 EUR each; these 20 boxes, "
         "heavy for their size, hold no load cell but a machined, potted tactical-grade MEMS inertial measurement "
         "unit with an export-control sticker ('7A001') each, posted from Munich to a Yerevan post-office box for an "
         "Iranian drone maker: dual-use items under Regulation 2021/821 and the Iran sanctions, exported without a "
         "licence; German wording (IMUs repeat in many sets and Yerevan routes in many; a letter-scale label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AM", "consignee_name": "P.O. Box 41, Yerevan 0010"}),
        ("STR-04", "export", "SKPOST01", "post", "SK", [], "LB", "321590",
         "Atrament do plniacich pier, 4 fľaše x 1 l", "SK", 4.5, 4, 60, "EUR",
         "fountain-pen ink comes in 30-50 ml glass bottles, coloured and watery; these four litre bottles hold a "
         "colourless, syrupy, faintly sulphurous liquid of 1.18 kg/l and the drum label copied onto the invoice "
         "reads 'thiodiglycol': 2,2'-thiodiethanol, a Schedule 2 chemical (1C350) exported without a licence, posted "
         "from Bratislava to a Beirut post-office box for onward delivery to Syria; Slovak wording (thiodiglycol "
         "repeats in many sets, ink labels among them; kept as a repeat of the good, a fountain-pen ink by post is "
         "the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", [], "PK", "854370",
         "Tunnel de désinfection UV-C pour courrier et colis, 1 ensemble", "FR", 14000, 1, 90000, "EUR",
         "a UV-C parcel-sanitising tunnel is a light conveyor hood with lamp banks, a few hundred kilograms; this "
         "14 t consignment for a Karachi 'postal operator' is a 10 MeV electron linear accelerator with its klystron, "
         "modulator, scan horn and beam dump, the kind used to irradiate mail and also to make flash radiographs: a "
         "dual-use electron accelerator exported without the licence Regulation 2021/821 requires, by sea from Le "
         "Havre; French wording (accelerators repeat in several sets; a mail-sanitising label was found in no earlier "
         "row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "LVPOST01", "post", "LV", [], "AM", "491199",
         "Dokumenti, bez komercvērtības, 1 vēstule", "LV", 0.9, None, 0, "EUR",
         "a letter of documents weighs tens of grams and holds paper; this 0.9 kg registered letter holds 300 "
         "microcontrollers in tape strips between two sheets of paper, for a Yerevan trading firm that re-exports to "
         "Russia: common high-priority electronics whose export to Russia or for use there the sanctions (Regulation "
         "833/2014) ban, posted from Riga as 'documents' without a customs value; Latvian wording (microcontrollers "
         "and Armenian re-exports repeat in many sets; a 'documents' declaration on a letter was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "transit", "BEAIR01", "air", "CN", ["BE"], "BY", "950300",
         "玩具遥控车配件, 200 套", "CN", 640, 200, 4000, "USD",
         "toy remote-control car parts are plastic wheels, motors and shells; these 200 sets, landed at Liège in "
         "transit from Zhengzhou to Minsk, are folded quadcopter airframes with thermal and zoom gimbals and 15 km "
         "radio links: drones and their cameras, whose transit through the Union to Belarus Regulation 765/2006 bans, "
         "declared as toys; Chinese wording (drones and Liège transits repeat in several sets; toy-car labels appear twice, "
         "blind126 and blind202; kept as a repeat, drones under a toy-car-parts label in transit to Minsk is the new part)", {"importer_country": "BY"}),
        ("STR-08", "export", "DKSEA01", "sea", "DK", [], "TR", "760820",
         "Rør til rørpostanlæg, aluminium, 110 mm, 6 m, 400 stk", "DK", 9600, 400, 12000, "EUR",
         "pneumatic-tube-mail pipes are thin-walled, soft 6063 aluminium or PVC tubes costing a few euros a metre; "
         "these 400 tubes are thick-walled, drawn, 7075-T6 high-strength alloy that rings and will not bend, with an "
         "outside diameter within 0.05 mm and mill certificates in the container, for an Istanbul 'pneumatic-post "
         "installer' whose consignee is an Iranian rocket-motor maker: aluminium alloy tubes controlled as dual-use "
         "(1C202) and under the Iran sanctions, exported without a licence; Danish wording (7075 tubes repeat in "
         "many sets; pneumatic-tube mail was found in no earlier row by a keyword search)",
         {"importer_country": "TR", "importer_name": "Pars Hava Lojistik Ltd"}),
        ("STR-09", "import", "BEPOST01", "post", "AE", [], "BE", "701810",
         "Glass beads for jewellery, faceted, 1 registered letter", "RU", 0.2, None, 40, "USD",
         "faceted glass beads for jewellery are even, mould-pressed and sold by the thousand; this registered letter "
         "from Dubai to an Antwerp post-office box holds 220 rough, octahedral, greasy-lustred crystals that scratch "
         "glass, with a Yakutian sorting-house ticket in one paper: Russian rough diamonds, whose import the Russia "
         "sanctions (Regulation 833/2014) ban, declared as glass beads; UAE English wording (Russian diamonds repeat "
         "in several sets and glass-bead labels in many; glass beads in a registered letter to a post-office box are the new part as far as a "
         "search found)", {"importer_country": "BE", "consignee_name": "Postbus 5021, 2000 Antwerpen"}),
        ("STR-10", "export", "ROPOST01", "post", "RO", [], "AE", "910910",
         "Mecanisme de ceas pentru ceasuri de perete, 12 bucăți", "RO", 1.6, 12, 60, "EUR",
         "quartz wall-clock movements are light plastic boxes with a spindle, about 2 EUR each; these twelve are "
         "metal modules the size of a matchbox with a 10 MHz output and a rubidium-cell warning label: chip-scale "
         "atomic clocks (3A002.g) posted from Cluj to a Dubai forwarding address for an Iranian buyer, exported "
         "without the licence Regulation 2021/821 requires; Romanian wording (rubidium frequency standards repeat in "
         "several sets and clock-movement labels in three, blind90, blind95 and blind196; kept as a repeat, by post "
         "from Romania to a Dubai forwarding address is the new part)",
         {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "SB", [], "FR", "970400",
         "Stamp mixture on paper, Solomon Islands and Pacific, glassine envelopes, 500 g", "SB", 0.5, None, 25, "USD",
         "a stamp mixture is torn envelope corners with stamps, sold by the kilo; this letter from Honiara holds 40 "
         "triangular glassine envelopes, each with a folded, dried butterfly with green-and-black wings 15 cm across: "
         "papered birdwings (Ornithoptera spp., CITES App. II) imported without CITES documents, to a private "
         "collector in Montpellier; Solomon Islands English wording (papered birdwings repeat in many sets; kept as a "
         "repeat of the good, a kiloware label (found once, blind185, on a cultural row) is the new part)",
         person("Sophie Bernard", "FR")),
        ("WLF-02", "import", "CZPOST01", "post", "VN", [], "CZ", "491000",
         "Lịch Tết treo tường, in, 10 cuốn", "VN", 1.9, 10, 500000, "VND",
         "printed Tết calendars are flat, glossy block calendars; these ten are lumpy, and between the pages lie 30 "
         "bare-root slipper orchids in damp moss, with mottled leaves and field soil, dug in Hà Giang: wild "
         "Paphiopedilum (CITES App. I) imported without CITES documents, posted to a private grower in Prague's "
         "Vietnamese community; Vietnamese wording (Paphiopedilum repeats in many sets; calendar labels appear in a few "
         "earlier rows; kept as a repeat, a Tết calendar by post to Prague is the new part)", person("Anna Kowalska", "CZ")),
        ("WLF-03", "import", "PTPOST01", "post", "GW", [], "PT", "950510",
         "Enfeites de Natal, figuras de cavalo-marinho em resina, 60 peças", "GW", 1.1, 60, 30, "EUR",
         "resin seahorse Christmas ornaments are moulded, painted and identical; these 60 are real, dried seahorses "
         "with a thin coat of gold paint and a hook in the head, each a little different: seahorses (Hippocampus "
         "spp., CITES App. II) imported without CITES documents, posted from Bissau to a private person in Setúbal; "
         "Guinea-Bissau Portuguese wording (seahorses repeat in many sets; a Christmas-ornament label was found in no "
         "earlier row on seahorses by a keyword search)", person("Particular", "PT")),
        ("WLF-04", "import", "ESPOST01", "post", "CU", [], "ES", "821410",
         "Abrecartas artesanales de madera y hueso, 10 unidades", "CU", 0.6, 10, 40, "EUR",
         "Cuban craft letter openers are carved wood or cattle bone; these ten have translucent, mottled amber and "
         "brown blades that smell of burnt hair under a hot needle and show layered scutes: hawksbill tortoiseshell "
         "(Eretmochelys imbricata, CITES App. I) imported without CITES documents, posted from Havana to a private "
         "person in Cádiz; Cuban Spanish wording (hawksbill repeats in many sets and a letter-opener label in two, "
         "blind132 and blind201; kept as a repeat, tortoiseshell letter openers by post from Cuba are the new part as "
         "far as a search found)", person("Particular", "ES")),
        ("WLF-05", "import", "ATPOST01", "post", "US", [], "AT", "961100",
         "Vintage wax seal stamps (desk seals), brass, bone handles, 6 pcs", "US", 0.9, 6, 120, "USD",
         "desk seals for sealing wax have brass dies on turned wood or bone handles; these six handles are "
         "cream-coloured with cross-hatched Schreger lines on the cut ends: elephant ivory (Loxodonta africana, "
         "CITES App. I/II, under the Union's ban on commercial imports of worked ivory) without CITES documents, "
         "posted from Ohio to a private collector in Linz; US English wording (ivory repeats in many sets and "
         "wax-seal labels in several; desk seals for letters were found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("WLF-06", "import", "NLPOST01", "post", "TR", [], "NL", "070310",
         "Arpacık soğan (dikim için), 2 kg", "TR", 2, None, 8, "EUR",
         "onion sets are small, papery, brown bulbs that smell of onion; these 2 kg are white, pointed, scentless "
         "bulbs with a green tip and wild soil, 400 in all, dug in the Taurus mountains: wild snowdrops (Galanthus "
         "elwesii, CITES App. II) imported without CITES documents or a plant-health certificate, posted from Antalya "
         "to a private grower in Haarlem; Turkish wording (snowdrops repeat in many sets and onion-set labels in three, "
         "blind92, blind93 and blind212; kept as a repeat, by post from Türkiye is the new part)", person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "DEPOST01", "post", "IN", [], "DE", "210690",
         "ആയുർവേദ ഹെർബൽ ചായ മിശ്രിതം (Ayurvedic herbal tea blend), 4 x 500 g", "IN", 2, 4, 1600, "INR",
         "Ayurvedic herbal tea blends are green, leafy and fragrant with tulsi and ginger; these four packs hold a "
         "bitter, brownish-yellow root powder with fragments of twisted, corky roots: Indian snakeroot (Rauvolfia "
         "serpentina, CITES App. II) imported without CITES documents, posted from Kochi to a Frankfurt Ayurveda "
         "practitioner; Malayalam wording (Rauvolfia repeats in a few sets; kept as a repeat, a herbal-tea label by "
         "post from Kerala is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-08", "import", "ITPOST01", "post", "CO", [], "IT", "711790",
         "Cuentas de cerámica rosada para bisutería, 1 sobre certificado", "CO", 0.05, 40, 15, "USD",
         "pink ceramic beads are drilled, glazed and even; this registered envelope from San Andrés holds 40 "
         "undrilled, oval, porcelain-like pink pearls with a flame-like surface sheen: queen conch pearls "
         "(Aliger gigas, CITES App. II) imported without CITES documents, posted to a Valenza jeweller; Colombian "
         "Spanish wording from San Andrés (conch pearls repeat in several sets; kept as a repeat, a ceramic-bead "
         "label in a registered envelope is the new part as far as a search found)", firm("Alpina Gioielli Srl", "IT")),
        ("WLF-09", "import", "ESAIR01", "air", "GT", [], "ES", "442090",
         "Bandejas de escritorio para cartas, madera de teca, 300 unidades", "GT", 420, 300, 2700, "USD",
         "teak letter trays are golden-brown, oily and smell of leather; these 300 are dense (about 1 t/m3), "
         "purple-brown with black streaks and a rose scent when sanded: Honduran rosewood (Dalbergia stevensonii, "
         "CITES App. II) without a CITES export permit, flown from Guatemala City to a Madrid office-supplies firm; "
         "Guatemalan Spanish wording (Dalbergia stevensonii repeats twice, blind121 and blind127; letter trays were "
         "found in no earlier row by a keyword search)", firm("Meridian Oficina SL", "ES")),
        ("WLF-10", "import", "DEPOST01", "post", "PE", [], "DE", "490900",
         "Tarjetas de Navidad, 30 unidades", "PE", 0.6, 30, 60, "PEN",
         "a Christmas letter parcel from Tarapoto: cards, chocolate bars and blank cassettes are what such parcels "
         "hold, but the third item's cassette cases are ventilated with pin holes and each holds a damp tissue and a "
         "tiny, brightly striped frog: 20 live Ranitomeya poison frogs (CITES App. II) without CITES documents, hidden "
         "as the last item of a three-item postal declaration to a private keeper in Dortmund; Peruvian Spanish "
         "wording (poison frogs repeat in several sets, in film canisters among others, and cassette cases in a few; "
         "kept as a repeat of the good, behind Christmas cards by post is the new part as far as a search found)",
         dict(person("Lena Wagner", "DE"),
              _more_items=[item("180632", "Barras de chocolate de San Martín, 10", "PE", 1.0, 80, "PEN", qty=10),
                           item("852329", "Casetes vírgenes de audio, 20", "PE", 0.8, 40, "PEN", qty=20)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTPOST01", "post", "AR", "PT", "284700",
     "Hydrogen peroxide 35 %, 1 l, for a licensed private user (paper and stamp conservation)", "AR", 1.2, 1, 30,
     "USD", [("PRECURSOR_LICENCE", "PT-PSP-62-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKPOST01", "post", "IS", "DK", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur rocketry)", "IS", 1, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "DK-RPOL-62-0031")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "854911",
     "Waste lead-acid UPS batteries and parcel-locker electronics, for recovery at a licensed plant, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-62-0412")], "notified e-waste and batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "711299",
     "Dental amalgam waste (18 01 10*), for mercury recovery at a licensed plant, 400 kg", "CH", 400, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NW-62-0188")], "notified amalgam waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 100 ml, for essential laboratory use", "US", 1.6, 10, 400, "USD",
     [("ODS_LICENCE", "BE-SPF-ODS-62-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Recycled halon 1211, 4 cylinders, for the critical use in aircraft hand-held extinguishers", "GB", 80, 4, 3200,
     "GBP", [("ODS_LICENCE", "FR-DGEC-ODS-62-004")], "recovered halon imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEPOST01", "post", "DE", "CH", "970400",
     "Thurn und Taxis postal-service letters, 1700-1790, 12 entires, from a documented private collection", "DE",
     0.2, 12, 6000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-62-0207")],
     "archive letters exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970400",
     "Postal-history collection of the Kingdom of the Two Sicilies, 1820-1860, 3 albums", "IT", 6, 3, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-62-0356")], "postal-history collection exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "KR", "901420",
     "Tactical-grade MEMS inertial measurement units, 20, for a Korean agricultural-drone maker", "DE", 4, 20, 64000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-62-1184"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-62-0072")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ROAIR01", "air", "RO", "IN", "854320",
     "Rubidium frequency standards, 10 MHz, 12 units, for an Indian telecoms operator", "RO", 18, 12, 42000, "EUR",
     [("EXPORT_LICENCE", "RO-ANCEX-62-0093"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-62-0318")],
     "dual-use frequency standards under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "VN", "CZ", "060290",
     "Paphiopedilum seedlings, artificially propagated, 200 in flasks", "VN", 12, 200, 1400, "USD",
     [("CITES_PERMIT", "VN-CITES-62-0831")], "artificially propagated App. I orchids with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "PE", "DE", "010690",
     "Ranitomeya imitator, captive-bred, 20 live frogs", "PE", 1, 20, 900, "USD",
     [("CITES_PERMIT", "PE-SERFOR-62-0144")], "captive-bred App. II poison frogs with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Recycling GmbH",
    "PRM-06": "Horizon Aéro Maintenance SARL", "PRM-11": "Vega Orchideje s.r.o.", "PRM-12": "Alpina Terraristik GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (53 rows): the lawful twins of this set's disguises, many of them the
    # ordinary supplies of stamp and coin collectors, mailrooms, posts and their fleets
    ("382499", "Stamp colour restorer, 3 % hydrogen peroxide, 30 ml vials", "import", ["post"], ["AR", "US"], (20, 40), (1, 2), ["USD"], 10, S),
    ("321590", "Stamp-pad refill ink, water-based, 30 ml", "import", ["post", "express"], ["JP", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 20, S),
    ("340290", "Envelope moistener fluid for mailroom sealers, 1 l", "import", ["post"], ["ZA", "GB"], (5, 10), (1, 4), ["USD", "GBP"], 1, S),
    ("380290", "Bentonite clay desiccant sachets, 10 g, for parcel packing", "import", ["sea"], ["CN", "GE"], (1.5, 3), (4000, 10000), ["USD"], 100, S),
    ("340290", "Stamp soaking powder, mild detergent, 200 g", "import", ["post"], ["GB", "US"], (20, 40), (1, 2), ["GBP", "USD"], 5, S),
    ("350510", "Dextrin powder for regumming and bookbinding, 250 g", "import", ["post"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 4, S),
    ("283699", "Hartshorn salt (ammonium carbonate) for Christmas baking, 100 g", "import", ["post"], ["NO"], (20, 40), (1, 2), ["NOK"], 10, S),
    ("250100", "Pretzel salt, coarse, 1 lb", "import", ["post"], ["US"], (8, 15), (1, 4), ["USD"], 2, S),
    ("340590", "Coin cleaning dip, mild, for copper-nickel coins, 100 ml", "import", ["post"], ["MK", "GB"], (20, 40), (1, 2), ["EUR", "GBP"], 8, S),
    ("340290", "Ultrasonic cleaner concentrate, surfactant, 500 ml", "import", ["express"], ["TH", "CN"], (10, 20), (1, 4), ["USD"], 2, S),
    ("847290", "Franking machines, refurbished, tested, boxed, with warranty", "export", ["sea"], ["NG", "GH"], (20, 40), (500, 2000), ["EUR"], 0.05, S),
    ("630533", "Mailbags, new, woven polypropylene", "export", ["road"], ["UA", "RS"], (2, 4), (2000, 6000), ["EUR"], 1.5, S),
    ("850440", "Mobile-phone chargers, new, boxed", "export", ["sea"], ["PK", "AE"], (8, 15), (2000, 6000), ["EUR"], 5, S),
    ("871160", "Electric delivery mopeds, new, with battery", "export", ["road"], ["BA", "RS"], (8, 14), (3000, 9000), ["EUR"], 0.008, S),
    ("902121", "Artificial teeth, acrylic, new", "export", ["air"], ["BR", "IN"], (80, 150), (50, 200), ["EUR"], 100, S),
    ("490199", "Used books in M-bags (printed matter), for school libraries", "export", ["post"], ["CI", "SN"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("902580", "Aneroid barometers, new, brass case", "export", ["post"], ["SR", "US"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("321519", "Gravure printing ink, new, drums", "export", ["road"], ["RS", "BA"], (3, 5), (5000, 15000), ["EUR"], None, S),
    ("940320", "Parcel lockers, new, powder-coated, with controller", "export", ["sea"], ["NG", "GH"], (6, 12), (2000, 8000), ["EUR"], 0.005, S),
    ("680690", "Mineral-fibre acoustic ceiling tiles, new, asbestos-free", "export", ["road"], ["UA", "MD"], (1, 2), (4000, 10000), ["EUR"], 1, S),
    ("381400", "Self-adhesive stamp lifting fluid, heptane-based, 100 ml", "import", ["post"], ["HK", "US"], (20, 40), (1, 2), ["HKD", "USD"], 5, S),
    ("482050", "Stamp albums and stock books, new", "import", ["post"], ["IN", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 1, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new", "import", ["air"], ["US", "GB"], (10, 20), (200, 800), ["USD"], 0.1, S),
    ("210112", "Canned iced coffee, black, unsweetened, 240 ml", "import", ["sea"], ["BR", "VN"], (2, 4), (8000, 16000), ["USD"], 3, S),
    ("381400", "Rubber-stamp cleaner, alcohol-based, 100 ml", "import", ["post"], ["BD", "GB"], (15, 30), (1, 2), ["USD", "GBP"], 8, S),
    ("321410", "Bicycle tyre sealant, latex, 250 ml bottles, no propellant", "import", ["sea"], ["CN", "TW"], (4, 8), (2000, 6000), ["USD"], 3, S),
    ("940320", "Museum display cases, glass and aluminium, unrefrigerated", "import", ["sea"], ["CN", "TR"], (5, 10), (3000, 8000), ["USD"], 0.02, S),
    ("390950", "Polyurethane foam systems, water-blown", "import", ["sea"], ["CN", "KR"], (2, 3), (10000, 20000), ["USD"], None, S),
    ("842410", "Dry-powder vehicle fire extinguishers, 2 kg, new", "import", ["road"], ["TR", "RS"], (3, 6), (1000, 4000), ["EUR"], 0.5, S),
    ("970400", "Used postage stamps, kiloware, on paper", "import", ["post"], ["TR", "GB"], (10, 30), (1, 4), ["EUR", "GBP"], None, S),
    ("490199", "Amharic printed Bibles and hymn books, new", "import", ["post"], ["ET"], (8, 15), (1, 4), ["USD"], 1, S),
    ("970400", "First-day covers, modern, with commemorative stamps", "import", ["post"], ["LB", "JO"], (30, 60), (1, 2), ["USD"], 20, S),
    ("460219", "Palm-leaf bookmarks, new, painted, souvenir", "import", ["post"], ["MM", "LK"], (20, 40), (1, 2), ["USD"], 30, S),
    ("491191", "Facsimile reprints of classic stamps, printed", "import", ["post"], ["CO", "US"], (20, 40), (1, 2), ["USD"], 20, S),
    ("491199", "Chinese New Year couplets, printed, new", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 10, S),
    ("491191", "Papyrus paintings, new, souvenir", "import", ["air"], ["EG"], (10, 20), (50, 200), ["USD"], 10, S),
    ("780600", "Lead seals (plombs) for meters and mailbags, new", "import", ["road"], ["TR", "RS"], (4, 8), (500, 2000), ["EUR"], 100, S),
    ("844250", "Wooden textile printing blocks, new, hand-carved", "import", ["air"], ["IN", "NP"], (8, 15), (100, 500), ["USD"], 2, S),
    ("970400", "Modern postal-history covers, 1970s-1990s, collector lot", "export", ["post"], ["CH", "US"], (30, 80), (1, 3), ["EUR"], 30, S),
    ("490900", "Musical Christmas cards with sound module", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 15, S),
    ("900580", "Stereoscopes for vintage stereo postcards, new", "import", ["post"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 2, S),
    ("842381", "Digital letter and parcel scales, 5 kg", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 1, S),
    ("321590", "Fountain-pen ink, bottled, 50 ml", "import", ["post"], ["GB", "JP"], (30, 60), (1, 3), ["GBP", "USD"], 8, S),
    ("950300", "Toy drones, mini, with camera, boxed", "import", ["sea"], ["CN"], (10, 20), (2000, 6000), ["USD"], 4, S),
    ("760820", "Aluminium alloy tubes, 6063, for pneumatic tube-mail systems", "export", ["sea"], ["TR", "AE"], (4, 7), (2000, 8000), ["EUR"], None, S),
    ("910910", "Quartz clock movements for wall clocks", "export", ["post"], ["AE", "TR"], (30, 60), (1, 3), ["EUR"], 10, S),
    ("491000", "Printed wall calendars, lunar new year", "import", ["post"], ["VN", "CN"], (10, 20), (1, 3), ["USD"], 2, S),
    ("950510", "Christmas ornaments, resin seahorse figures, painted", "import", ["post"], ["PH", "CN"], (20, 40), (1, 2), ["USD"], 20, S),
    ("821410", "Letter openers, wood and brass, craft", "import", ["post"], ["MX", "IN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("961100", "Wax seal stamps, brass head, wooden handle", "import", ["post"], ["US", "CN"], (30, 60), (1, 2), ["USD"], 15, S),
    ("210690", "Ayurvedic herbal tea blend (tulsi, ginger), retail", "import", ["post"], ["IN", "LK"], (20, 40), (1, 3), ["USD"], 10, S),
    ("711790", "Pink ceramic beads, imitation pearls", "import", ["post"], ["CO", "CN"], (20, 40), (1, 2), ["USD"], 100, S),
    ("442090", "Wooden desk letter trays, plantation teak", "import", ["air"], ["GT", "ID"], (8, 15), (100, 500), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("450410", "Cork board tiles, self-adhesive, for notice walls", "import", ["sea"], ["CN", "TN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("901720", "School geometry sets (compasses, protractors, set squares)", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 8, N),
        ("392490", "Shower caddies, plastic, suction-mounted", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD", "EUR"], 3, N),
        ("392610", "Desk tape dispensers, weighted, plastic", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind220", 20621101, HERE)


if __name__ == "__main__":
    main()
