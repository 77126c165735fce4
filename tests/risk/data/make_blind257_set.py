#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-seventh blind set (tests/risk/data/blind257-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: weddings, bridal wear and
party supply (bridal shops and couture workrooms, wedding planners and venues,
event-hire firms, cake decorators, florists, balloon and party suppliers).
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
only where a real declaration would. Ids are BL257-*:

    python3 tests/risk/data/make_blind257_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "KR", [], "AT", "330499",
         "웨딩 메이크업 픽서 미스트 리필, 무알코올, 4 x 1 L", "KR", 4.6, 4, 120000, "KRW",
         "a bridal make-up setting-spray refill is a faintly scented, alcohol-and-glycerine mist of about 0.98 kg/l in "
         "soft PET; these four litre bottles have vented caps, hold an odourless, water-clear liquid of 1.13 kg/l that "
         "whitens and stings the skin and fizzes on a cut, and the filler's carton reads 'H2O2 35 %': hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Incheon to a private bridal make-up artist in Graz; Korean wording "
         "(hydrogen peroxide repeats in many sets; a setting-spray or make-up-fixer label was found in no earlier row by "
         "a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "IEAIR01", "express", "US", [], "IE", "390530",
         "Balloon hi-float treatment, clear, extends float time of latex balloons, 4 x 1 gal jugs", "US", 14.2, 4, 96,
         "USD",
         "balloon hi-float is a thick, slippery polyvinyl-alcohol gel of about 1.05 kg/l that is squirted into a latex "
         "balloon to seal its pores; these four jugs hold a thin, oily, faintly fruity liquid of 1.14 kg/l that is not "
         "slippery at all, partly mixes with water and whose filler stickers under the new labels read 'CH3NO2 98 %': "
         "nitromethane (Annex I above 16 %), sent by express from Texas to a private balloon decorator in Cork, although "
         "flammable liquids travel by express only as declared dangerous goods; US English wording (nitromethane "
         "repeats in many sets; a balloon hi-float label was found in no earlier row by a keyword search)",
         person("Ms A. Murphy", "IE")),
        ("PRE-03", "import", "PTAIR01", "express", "BR", [], "PT", "210690",
         "Gel de brilho neutro para bolos de casamento (piping gel), 4 frascos de 1 kg", "BR", 4.4, 4, 140, "BRL",
         "cake piping gel is a clear, wobbly, sweet gel of glucose and starch that holds its shape on a spoon; these four "
         "bottles hold an oily, colourless liquid that pours like syrup, weighs 1.84 kg/l, grows hot with a drop of water, "
         "chars a sugar cube black and eats the cap liner: about 96 % sulphuric acid (Annex I above 15 %), sent by express "
         "from São Paulo to a private home baker in Braga who makes wedding cakes, although corrosive liquids travel by "
         "express only as declared dangerous goods; Brazilian Portuguese wording (sulphuric acid repeats in many sets "
         "and syrup covers on it in several; a piping-gel label was found in no earlier row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("PRE-04", "import", "FRPOST01", "post", "JP", [], "FR", "281122",
         "ドライフラワー用乾燥砂（ブーケ保存用）, 2 kg 袋, 2 袋", "JP", 4, 2, 9000, "JPY",
         "flower-drying sand is a fine, translucent silica gel with blue indicator grains that stays cold and dry; these "
         "two bags hold colourless, cubic, slightly salty-cool crystals with no indicator grains that draw damp, crackle "
         "and flare yellow on a gas ring, and the inner liners read 'NaClO3': sodium chlorate (Annex I above 40 %), posted "
         "from Osaka to a private person in Nantes who preserves bridal bouquets; Japanese wording (sodium chlorate repeats "
         "in many sets and silica-gel labels in several; a flower-drying-sand or bouquet-preservation label was found in "
         "no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("PRE-05", "import", "NLAIR01", "air", "NG", [], "NL", "130120",
         "Danko na gum arabic (karo), dunƙule, buhu 25 kg, buhu 8", "NG", 200, 8, 600, "USD",
         "a Kano air shipment for an Amsterdam cake-decorating web shop: lump gum arabic and dried zobo (hibiscus) are "
         "what Nigerian exporters send such shops, but the third item's 'garin gum arabic' in 1 kg retail bags is a "
         "heavier, shiny, white crystalline powder that does not dissolve into a sticky mucilage, spits violet sparks "
         "on a hot iron and reads CAS 3811-04-9 on the inner liners: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, flown from Kano "
         "to Schiphol; Hausa wording (potassium chlorate repeats in many sets and gum arabic in a few; as the powder "
         "behind a lump-gum and zobo order for wedding sugar-flower paste is the new part as far as a search found)",
         dict(firm("Orion Taartdecoratie BV", "NL"),
              _more_items=[item("121190", "Busasshen furen zobo (hibiscus), buhu 20 kg, buhu 6", "NG", 120, 360, "USD", qty=6),
                           item("130120", "Garin gum arabic, jaka 1 kg, jaka 150", "NG", 150, 300, "USD", qty=150)])),
        ("PRE-06", "import", "GRSEA01", "sea", "TH", [], "GR", "271220",
         "Κερί παραφίνης σε πέρλες για λαμπάδες γάμου, σάκοι 25 kg, 600 σάκοι", "TH", 15000, 600, 13500, "USD",
         "paraffin wax pearls are waxy, translucent-white granules of 0.9 kg/l that float on water and smear under a "
         "thumbnail; these sacks hold hard, opaque-white prills that sink, turn ice-cold and vanish in water, test at "
         "34 % N and melt and fume on a hot plate instead of burning with a sooty flame, for a Thessaloniki "
         "wedding-candle (lambades) maker that also repacks 'candle pearls' in 1 kg bags for the public: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Laem Chabang; Greek wording "
         "(ammonium nitrate repeats in many sets, candle-wax and candle-sand labels in a few; wax pearls for Orthodox "
         "wedding candles are the new part as far as a search found)", firm("Delta Keria AE", "GR")),
        ("PRE-07", "import", "PLROAD01", "road", "UA", [], "PL", "250100",
         "Сіль кухонна крупна для весільного короваю (хліб-сіль), пакети 1 кг, 4 000 пакетів", "UA", 4000, 4000, 2400,
         "EUR",
         "coarse rock salt for the bread-and-salt welcome of a Ukrainian or Polish wedding is grey-white, tastes sharply "
         "of salt and crunches; these bags hold glassy, colourless crystals that taste faintly bitter-cool, draw damp into "
         "a slush and burn brightly mixed with sugar, and the sacks they were repacked from read 'NaClO4', for a Rzeszów "
         "wedding-supply shop that sells them to the public: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, in a van at Korczowa; Ukrainian wording (sodium perchlorate repeats in many sets and "
         "salt labels on perchlorates and chlorates in several; a wedding-loaf (korovai) salt label was found in no "
         "earlier row by a keyword search)", firm("Vega Wesele Sp. z o.o.", "PL")),
        ("PRE-08", "import", "CYAIR01", "express", "IL", [], "CY", "350691",
         "דבק אכיל לפרחי סוכר לעוגות חתונה, 4 x 1 ליטר", "IL", 4.6, 4, 240, "ILS",
         "edible glue for sugar flowers is a slightly tacky, syrupy solution of tylose in water of about 1.01 kg/l that "
         "strings between the fingers; these four jugs have vented caps, hold a water-thin, non-tacky liquid of 1.13 "
         "kg/l that whitens a fingertip, bleaches a sugar petal and foams on a scratched hand: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Tel Aviv to a private wedding-cake decorator in Larnaca; "
         "Hebrew wording (hydrogen peroxide repeats in many sets; an edible-glue or sugar-glue label was found in no "
         "earlier row by a keyword search)", person("Eleni Papadopoulou", "CY")),
        ("PRE-09", "import", "HRPOST01", "post", "RS", [], "HR", "320649",
         "Јестива бисерна прашина за свадбене торте, бела, 10 x 250 г", "RS", 2.6, 10, 4800, "RSD",
         "edible pearl lustre dust is a feather-light, shimmering mica powder that glitters on a fingertip and barely "
         "fills a 5 g pot; these ten tubs hold 250 g each of a dense, dull-white, gritty powder with no shimmer at all, "
         "that burns fiercely mixed with sugar and whose inner bags read 'KClO4': potassium perchlorate (Annex I above "
         "40 %), posted from Novi Sad to a private person in Osijek; Serbian (Cyrillic) wording (potassium perchlorate "
         "repeats in many sets; a lustre-dust or pearl-dust label was found in no earlier row by a keyword search)",
         {"consignee_name": "Privatna osoba", "importer_country": "HR"}),
        ("PRE-10", "import", "HUROAD01", "road", "UA", [], "HU", "220890",
         "Kárpátaljai szilvapálinka, lakodalmi, 0,5 l üveg, 2 400 üveg", "UA", 1680, 2400, 3600, "EUR",
         "plum pálinka is a clear spirit of 0.95 kg/l that smells of plums and burns with a blue flame; these bottles "
         "hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin, eats into a copper coin and does not "
         "burn, at 1.50 EUR a bottle for a Nyíregyháza wedding caterer that also sells bottles to guests and the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, on a lorry at Záhony; "
         "Hungarian wording from Transcarpathia (nitric acid repeats in many sets and spirit labels, rakija among them, in "
         "a few; a pálinka label was found in no earlier row by a keyword search: pálinka appears once, in the note of a "
         "home-distilling order)", firm("Alpina Lakodalom Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "SKROAD01", "road", "SK", [], "UA", "940549",
         "Podlahové LED panely pre svadobné tanečné parkety, použité, funkčné, 1 200 ks", "SK", 14400, 1200, 7200, "EUR",
         "a hire firm's LED dance-floor tiles are tested, boxed in flight cases and light up when plugged; these 1,200 "
         "panels are loose, with cracked acrylic tops, burnt driver boards, missing cables and swollen backup cells, "
         "stacked without packing after a Košice event-hire firm's insolvency: waste electrical and electronic equipment "
         "with hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country is banned, at Vyšné "
         "Nemecké for a Uzhhorod 'event' buyer; Slovak wording (e-waste repeats in many sets and LED panels in a few; "
         "a wedding dance-floor label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "940169",
         "Chiavari-stoelen, gebruikt, hout, verhuurvoorraad, 600 stuks", "NL", 2400, 600, 3000, "EUR",
         "an event-hire clearance container for Lagos: used Chiavari chairs and folding banquet tables are what Dutch "
         "hire firms sell off to West African party-rental firms, but the third item's 'LED-uplighters met accu, getest' "
         "are 800 dead battery uplighters with swollen, leaking lithium packs and scorched casings from a Utrecht hire "
         "firm's repair room: waste electrical equipment containing hazardous batteries (16 02 13*, 16 06 xx), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration from "
         "Rotterdam to Apapa; Dutch wording (e-waste and waste lithium cells repeat in many sets; uplighters behind "
         "hire chairs and tables are the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("940389", "Banketklaptafels, rond, gebruikt, 120 stuks", "NL", 3600, 2400, "EUR", qty=120),
                           item("940542", "LED-uplighters met accu, getest, 800 stuks", "NL", 1600, 4000, "EUR", qty=800)])),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "MA", "290323",
         "Geregenereerd perchloorethyleen, technische kwaliteit, vaten 200 l, 60 vaten", "BE", 14000, 60, 4200, "EUR",
         "regenerated perchloroethylene is a water-clear, sweet-smelling solvent of 1.62 kg/l with a certificate of "
         "analysis; these drums hold a black, tarry, lint-laden sludge with buttons and sequins in it, from the "
         "distillation units of a Ghent bridal-gown cleaning and preservation firm: still bottoms from dry cleaning with "
         "halogenated solvents (14 06 02*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Casablanca for a 'solvent distributor'; Flemish wording (perchloroethylene still bottoms repeat in many sets "
         "under regenerated-solvent labels; kept as a known repeat, a bridal-gown cleaner's residue is the new part)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AE", "711291",
         "Spazzature orafe contenenti oro, da laboratorio di fedi nuziali, per affinazione, fusti, 4 t", "IT", 4000,
         None, 40000, "EUR",
         "jewellers' sweeps are dry, grey polishing dust and floor sweepings with a few grams of gold per kilo; these "
         "drums hold a wet, blue-green, almond-smelling filter-press cake that reads free cyanide and heavy metals, from "
         "the gold-plating line of a Valenza wedding-band maker: electroplating sludge containing cyanides (11 01 09*, "
         "11 01 98*), hazardous waste whose export to a non-OECD country is banned, from Genoa to Jebel Ali for a "
         "'refiner'; Italian wording (precious-metal sweeps repeat in a few sets and cyanide sludges in many; a "
         "wedding-band workshop's plating sludge is the new part as far as a search found)", {"importer_country": "AE"}),
        ("WST-05", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "731100",
         "Plinske jeklenke za grelnike za šotore, prazne, očiščene, 900 kosov", "SI", 9900, 900, 2700, "EUR",
         "emptied gas cylinders for marquee patio heaters are degassed, valve-off and stamped as scrap; these 900 "
         "rusty 11 kg propane cylinders still hiss when the valves are cracked, a third hold gas, and they were collected "
         "from Ljubljana wedding-marquee hire yards with dented collars and expired test dates: gas in pressure "
         "containers, discarded (16 05 04*), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "through Croatia to a Banja Luka 'scrap' buyer; Slovenian wording (propane cylinders repeat in a few sets and "
         "patio labels in several; marquee-heater cylinders by road to Bosnia are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "GH", "950590",
         "Partyspray Luftschlangen und Glitzer-Haarspray, Restposten, 2.400 Kartons", "DE", 14400, 2400, 4800, "EUR",
         "clearance party sprays are boxed, in-date cans sold by the pallet; these cartons hold dented, rusted, "
         "leaking and out-of-date aerosols from the insolvency of a Bielefeld party wholesaler, many with sprayed-out "
         "nozzles, sent for 'sale' where disposal would cost more than freight: waste aerosols with flammable propellant "
         "(16 05 04*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Tema; German wording "
         "(waste aerosols repeat in several sets and party-string aerosols appear as ozone covers; a wholesaler's "
         "clearance party sprays as waste are the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MR", "360690",
         "Combustible en gel para calientaplatos (chafing dish), latas 200 g, stock, 3.000 cajas", "ES", 18000, 3000,
         2700, "EUR",
         "chafing-dish gel fuel comes in sealed, full, lidded cans of a clear pink alcohol gel; these cartons hold "
         "half-burnt, open, sooty cans with a crust of spent gel and banquet debris, collected from Madrid wedding halls' "
         "kitchens and packed as 'stock': discarded flammable fuel containers and residues (16 05 08*, 15 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Nouakchott; Spanish wording "
         "(chafing fuel appears in two earlier rows; as banquet-hall waste to Mauritania is the new part as far as a "
         "search found)", {"importer_country": "MR"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "GW", "271019",
         "Óleo base mineral SN 150, para lubrificantes, flexitank, 22 t", "PT", 22000, None, 3300, "EUR",
         "SN 150 base oil is a clear, pale-yellow, odourless oil with a refinery certificate; this flexitank holds a "
         "black, diesel-smelling, water-laden oil with soot and metal fines, drained from the generator sets of an "
         "Algarve wedding-marquee hire firm and its fleet: waste engine oil (13 02 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Lisbon to Bissau; Portuguese wording (waste oils repeat in many sets and base "
         "oil labels in several; marquee-generator oil to Guinea-Bissau is the new part as far as a search found)",
         {"importer_country": "GW"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "TG", "847150",
         "Brugte selfie-spejl fotobokse til bryllupper, testede, 120 stk.", "DK", 9600, 120, 6000, "EUR",
         "used magic-mirror photo booths from hire stock are tested, crated and come with their software licence; "
         "these 120 are stripped, water-damaged cabinets with cracked old LCD panels lit by mercury cold-cathode tubes, "
         "burnt PCs and leaking UPS batteries, collected from Aarhus wedding and event-hire firms: waste electrical "
         "equipment with hazardous components and mercury lamps (16 02 13*), hazardous waste whose export to a non-OECD "
         "country is banned, from Aarhus to Lomé; Danish wording (e-waste repeats in many sets and photo booths once, as "
         "the source of spent fixer; selfie-mirror booths were found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-10", "export", "LTROAD01", "road", "LT", [], "BY", "381400",
         "Regeneruotas tirpiklis dažų skiedimui, statinės 200 l, 80 statinių", "LT", 15000, 80, 3000, "EUR",
         "a recovered paint thinner is a clear, water-white solvent blend with a data sheet; these drums hold a "
         "viscous, many-coloured sludge of screen wash, ink and rag fibres that smells of cyclohexanone, from the "
         "screen-printing lines of a Kaunas balloon-printing firm (printed 'Just Married' balloons): waste printing ink "
         "and cleaning solvents (08 03 12*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, at "
         "Medininkai for a Minsk 'paint maker'; Lithuanian wording (spent solvents under recycled-thinner labels repeat in "
         "many sets; a balloon-printing firm's screen wash was found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
    ],
    "ozone": [
        ("OZN-01", "export", "FRSEA01", "sea", "FR", [], "CI", "841582",
         "Climatiseurs mobiles pour chapiteaux de réception, d'occasion, révisés, 40 unités", "FR", 12000, 40, 16000,
         "EUR",
         "reconditioned marquee air-conditioners for export run on R-32 or R-410A and carry a test sheet; these 40 "
         "trailer units from a Lyon wedding-marquee hire firm are 1990s machines whose rating plates read 'R22, 9,5 kg' "
         "and still hold their charge: equipment containing HCFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Marseille-Fos to Abidjan for an events firm; French wording (R-22 equipment for export "
         "repeats in many sets; marquee air-conditioners were found in no earlier row by a keyword search)",
         {"importer_country": "CI"}),
        ("OZN-02", "import", "ITAIR01", "express", "MY", [], "IT", "340590",
         "Semburan kilat belon (balloon shine), 12 tin x 400 ml", "MY", 6, 12, 480, "MYR",
         "balloon shine is a silicone gloss, sold in pump bottles or in aerosols with a hydrocarbon propellant that "
         "burns; these twelve cans hiss a cold gas that does not burn at a lighter, frost the nozzle, weigh more than "
         "their volume allows and the can bottoms are stamped 'R12': dichlorodifluoromethane (CFC-12), products "
         "containing an ozone-depleting substance whose import into the Union is banned, sent by express from Kuala "
         "Lumpur to a Turin balloon-décor firm; Malay wording (CFC-12 repeats in many sets and party aerosols in a few; "
         "a balloon-shine label was found in no earlier row by a keyword search)", firm("Meridian Palloncini Srl", "IT")),
        ("OZN-03", "import", "ESSEA01", "sea", "IN", [], "ES", "271012",
         "ड्राई क्लीनिंग विलायक, हाइड्रोकार्बन, रेशमी दुल्हन परिधानों के लिए, 40 ड्रम", "IN", 12000, 40, 9600, "USD",
         "a hydrocarbon dry-cleaning solvent is a light (0.76 kg/l), kerosene-smelling, flammable liquid; these 40 drums "
         "hold a liquid of 1.57 kg/l that does not burn, smells faintly sweet and boils at 48 °C, and the drum heads are "
         "stamped 'R-113': 1,1,2-trichloro-1,2,2-trifluoroethane (CFC-113), whose import into the Union is banned, by sea "
         "from Nhava Sheva to Barcelona for a bridal-couture cleaner; Hindi wording (CFC-113 repeats in many sets and "
         "dry-cleaning solvent labels in several; kept as a known repeat, a bridal-couture cleaner in Barcelona is the "
         "new part)", firm("Rivage Tintorería Nupcial SL", "ES")),
        ("OZN-04", "import", "MTSEA01", "sea", "LK", [], "MT", "271113",
         "පිසින උදුන් සඳහා බියුටේන් ගෑස් කැසට්, 227 g, 4,800 ක්", "LK", 3270, 4800, 3800, "USD",
         "butane cassettes for buffet and chafing stoves are light, slim cans of 0.58 kg/l gas that light at the stove; "
         "these cans are squat, heavy (1.7 kg/l), do not burn, carry a skull mark under the sleeve and smell faintly of "
         "chloroform: methyl bromide in 680 g fumigation cans, whose import into the Union is banned (no quarantine "
         "exemption remains), by sea from Colombo to Marsaxlokk for a Malta wedding-venue caterer's 'gardens'; Sinhala "
         "wording (methyl bromide repeats in many sets and butane labels in several; a catering butane-cassette label "
         "from Sri Lanka to Malta is the new part as far as a search found)", firm("Central Catering Ltd", "MT")),
        ("OZN-05", "import", "DESEA01", "sea", "CN", [], "DE", "392690",
         "婚礼蛋糕假体（泡沫蛋糕模型），多层，2,000 套", "CN", 3000, 2000, 6000, "USD",
         "cake dummies are moulded, pentane-blown expanded polystyrene beads that squeak and crumble; these are dense, "
         "smooth-skinned extruded foam that hisses a sweet gas when crushed under water and tests positive for "
         "1-chloro-1,1-difluoroethane (HCFC-142b) and HCFC-22: extruded polystyrene blown with HCFCs, a product containing "
         "ozone-depleting substances whose import into the Union is banned, by sea from Ningbo to Hamburg for a "
         "cake-supply wholesaler; Chinese wording (HCFC-blown foams repeat in many sets and a styrofoam label once; a "
         "cake-dummy label was found in no earlier row by a keyword search)", firm("Nordhafen Backbedarf GmbH", "DE")),
        ("OZN-06", "import", "GRPOST01", "post", "EG", [], "GR", "290512",
         "سائل مخفف لألوان الكيك (ريجوفينيتور سبيريت)، 4 × 500 مل", "EG", 3.2, 4, 1200, "EGP",
         "rejuvenator spirit for painting lustre on wedding cakes is an isopropanol of 0.79 kg/l that burns and smells "
         "of surgical spirit; these bottles hold a liquid of 1.59 kg/l that does not burn, smells sweet, does not mix "
         "with water and reads 'CCl4' on the filler's inner caps: carbon tetrachloride, whose import into the Union is "
         "banned, posted from Cairo to a private cake decorator in Athens; Egyptian Arabic wording (carbon tetrachloride "
         "repeats in many sets; a rejuvenator-spirit label was found in no earlier row by a keyword search)",
         person("K. Georgiou", "GR")),
        ("OZN-07", "import", "CZAIR01", "express", "VN", [], "CZ", "330590",
         "Dung dịch tẩy keo tóc nối cho cô dâu, 6 chai x 500 ml", "VN", 4.8, 6, 900000, "VND",
         "a tape-in hair-extension remover is a citrus-scented oil of 0.85 kg/l that leaves a greasy film; these six "
         "bottles hold a water-clear, non-greasy liquid of 1.34 kg/l that evaporates at once, smells of chloroform and "
         "does not burn, and the filler's labels under the new ones read 'CH3CCl3': 1,1,1-trichloroethane (methyl "
         "chloroform), whose import into the Union is banned, sent by express from Hanoi to a Brno bridal hair studio; "
         "Vietnamese wording (methyl chloroform repeats in many sets; a hair-extension-remover label once, blind223, on "
         "a precursor; on methyl chloroform from Viet Nam for a bridal hair studio is the new part as far as a search "
         "found)", firm("Orion Svatební Salon s.r.o.", "CZ")),
        ("OZN-08", "import", "IEAIR01", "air", "ZA", [], "IE", "381300",
         "Brandblusser-hervulling FM-200 (HFC-227ea), 10 silinders x 50 kg, vir 'n kasteel-troulokaal", "ZA", 500,
         10, 9000, "ZAR",
         "FM-200 refills are HFC-227ea of 1.41 kg/l in cylinders with a maker's certificate and an F-gas quota "
         "reference; these ten cylinders, for a Kildare castle wedding venue's server and archive rooms, hold a gas of "
         "1.57 kg/l at 25 bar and the old stamping under the paint reads 'H1301': bromotrifluoromethane (halon 1301), "
         "whose import into the Union is banned outside licensed critical uses, flown from Johannesburg to Dublin; "
         "Afrikaans wording (halon 1301 repeats in many sets and FM-200 labels in several, and a castle museum's halon "
         "extinguishers once, blind237; for a castle wedding venue from South Africa is the new part as far as a search "
         "found)", firm("Atlantic Venues Ltd", "IE")),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "841850",
         "Işıklı mobil kokteyl barı, buz kuyulu ve soğutuculu, düğün organizasyonu için, 12 adet", "TR", 3600, 12,
         9600, "EUR",
         "a mobile wedding cocktail bar is an LED-lit counter with an ice well or a small R-290 chiller; these twelve "
         "bars, for a Plovdiv wedding organiser, carry second-hand condensing units whose plates read 'R22' and which "
         "hold about 1.5 kg of charge each: equipment containing HCFCs, whose import into the Union is banned, on a "
         "lorry at Kapitan Andreevo; Turkish wording (R-22 equipment repeats in many sets and bar coolers in two; a "
         "mobile wedding cocktail bar was found in no earlier row by a keyword search)", firm("Horizon Svatbi EOOD", "BG")),
        ("OZN-10", "transit", "GRSEA01", "sea", "CN", ["GR"], "LY", "382769",
         "R-407C 制冷剂，13.6 公斤钢瓶，1,200 瓶", "CN", 16320, 1200, 30000, "USD",
         "R-407C is a zeotropic HFC blend that boils over a glide and leaves no oil; these 1,200 cylinders read 10 bar at "
         "25 °C, have no glide, and a portable analyser gives pure chlorodifluoromethane: HCFC-22 under an HFC label, a "
         "controlled ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Piraeus in transit from Ningbo to Misrata for the chillers of Libyan wedding halls; Chinese wording "
         "(HCFC-22 under HFC labels repeats in many sets; kept as a known repeat, a transit through Piraeus to Libya is "
         "the new part)", {"importer_country": "LY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "711311",
         "Vintage görünümlü alyans çifti, gümüş, altın kaplama, 6 çift", "TR", 0.2, 12, 3600, "TRY",
         "vintage-style wedding bands are new, cast, gold-plated silver with a 925 hallmark; these twelve rings are "
         "worn, unhallmarked, solid high-carat gold with niello-filled bezels engraved with a facing couple and a cross "
         "and the Greek word ΟΜΟΝΟΙΑ, with soil in the engraving: Byzantine marriage rings of the 6th-7th century from "
         "Anatolian digs, exported from Türkiye without the permit it requires and brought in without the importer "
         "statement Regulation 2019/880 requires, posted from Izmir to a private buyer in Cologne; Turkish wording "
         "(Byzantine objects repeat in many sets; marriage rings under an 'alyans' label were found in no earlier row by "
         "a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ESAIR01", "express", "MX", [], "ES", "711719",
         "Arras matrimoniales, 13 monedas réplica, baño de plata, con cofre, 2 juegos", "MX", 0.4, 2, 1400, "MXN",
         "a wedding arras set is thirteen new, thin, machine-struck replica coins with a bright plating and a box; these "
         "26 coins are thick, irregular, hand-struck silver cobs with a Potosí or Mexico mint mark, blackened and "
         "encrusted, from a colonial wreck on the Yucatán reef looted by divers: underwater cultural heritage that "
         "Mexico forbids to export, brought in without the documents Regulation 2019/880 and the UNESCO 2001 convention "
         "require, sent by express from Mérida to a private buyer in Seville; Mexican Spanish wording (arras and "
         "shipwreck coins repeat in several sets; kept as a known repeat, wreck cobs as a wedding arras set is the new "
         "part)", person("Maria Lopez", "ES")),
        ("CUL-03", "import", "MTSEA01", "sea", "LY", [], "MT", "681099",
         "نافورة جدارية للحدائق، حجر صناعي، لقاعة أفراح، قطعة واحدة", "LY", 900, 1, 1200, "EUR",
         "a cast-stone garden wall fountain is new, even, air-bubbled concrete with a spout hole; this one is a single "
         "block of weathered white marble carved with a Roman couple joining right hands between Cupids, with ancient "
         "tool marks, root stains and a fresh saw cut along the back: the front of a Roman marriage sarcophagus "
         "(dextrarum iunctio) from a Cyrenaican necropolis, which Libya forbids to export, brought in without the "
         "importer licence Regulation 2019/880 requires, by sea from Benghazi to Valletta for a wedding-venue villa; "
         "Libyan Arabic wording (sarcophagus fragments repeat in a few sets; a wedding-venue fountain label was found in "
         "no earlier row by a keyword search)", firm("Vega Venues Ltd", "MT")),
        ("CUL-04", "import", "NLSEA01", "sea", "IN", [], "NL", "680293",
         "திருமண மண்டப அலங்காரத் தூண்கள், கருங்கல், புதிய செதுக்கல், 8 தூண்கள்", "IN", 9600, 8, 4000, "USD",
         "new carved granite pillars for a wedding mandap are crisp, machine-assisted work with sharp edges and no "
         "weathering; these eight are worn, lichen-stained, oil-blackened temple pillars with Chola-style yali brackets, "
         "Tamil donor inscriptions and mortar on the bases, pulled from a ruined Tanjore-district temple hall: antiquities "
         "over a hundred years old whose export India forbids, brought in without the documents Regulation 2019/880 "
         "requires, by sea from Chennai to Rotterdam for a Hague wedding-décor hire firm that builds mandaps for Hindustani "
         "weddings; Tamil wording (temple pillars repeat in two sets; a mandap label was found in no earlier row by a "
         "keyword search)", firm("Horizon Mandap Verhuur BV", "NL")),
        ("CUL-05", "import", "ITPOST01", "post", "PE", [], "IT", "630299",
         "Fajas tejidas para sillas de boda (chumpi), a mano, 3 piezas", "PE", 1.1, 3, 450, "PEN",
         "new woven chair sashes for weddings are even, brightly dyed alpaca or acrylic bands with machine-finished ends; these "
         "three are brittle, faded cotton-and-camelid fragments in interlocking tapestry with stylised birds, with "
         "sand in the weft and torn edges: Chancay textiles from a looted coastal grave, which Peru forbids to export, "
         "brought in without the documents Regulation 2019/880 requires, posted from Huaral to a private wedding "
         "planner in Lucca; Peruvian Spanish wording with a Quechua word (Chancay textiles repeat in many sets, "
         "table-runner labels among them; a wedding chair-sash label is the new part as far as a search found)", person("Giulia Rossi", "IT")),
        ("CUL-06", "export", "BGROAD01", "road", "BG", [], "TR", "711420",
         "Сватбени венци за църковен венчал, посребрени, нови, 2 бр.", "BG", 3, 2, 160, "EUR",
         "new silver-plated crowns for an Orthodox church wedding are light, pressed brass with glass stones; these two "
         "are heavy, chased and gilt silver with enamel icons of Christ and the Theotokos, a donor inscription dated 1846 "
         "and a Rhodope monastery's inventory number scratched inside: ecclesiastical plate over fifty years old and part "
         "of the Bulgarian cultural heritage, exported without the licence of Regulation 116/2009 and the Bulgarian "
         "permit, on a lorry at Kapitan Andreevo for an Istanbul dealer; Bulgarian wording (church silver repeats in "
         "several sets; Orthodox wedding crowns were found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("CUL-07", "import", "BESEA01", "sea", "CN", [], "BE", "940350",
         "仿古中式婚床（千工床），雕花，新做，1 张", "CN", 900, 1, 2400, "USD",
         "a reproduction Chinese wedding bed is new, stained elm with machine-cut carving and bright lacquer; this one is "
         "nanmu wood with a worn red-and-gold lacquer, hand-carved scenes of the Hehe twins, iron pins instead of screws "
         "and a late-Qing maker's inscription under the canopy: a wedding bed of about 1880, a cultural relic made "
         "before 1911 whose export China forbids, brought in as new furniture, by sea from Ningbo to Antwerp for a "
         "dealer; Chinese wording (Qing furniture repeats in several sets; a wedding-bed label was found in no earlier "
         "row by a keyword search)", firm("Meridian Antiek BV", "BE")),
        ("CUL-08", "export", "FRSEA01", "sea", "FR", [], "US", "701690",
         "Vitraux décoratifs neufs, style néogothique, pour chapelle de mariage, 6 panneaux", "FR", 480, 6, 3000, "EUR",
         "new decorative stained glass is even, machine-rolled glass in fresh, bright lead; these six panels are hand-"
         "painted and fired glass of the 1870s with a Normandy workshop's signature, oxidised lead, putty losses and "
         "fixing bars sawn off, taken out of a deconsecrated Calvados church: stained glass over fifty years old above the "
         "value threshold, exported without the licence of Regulation 116/2009 and the French certificate, from Le Havre "
         "to a Las Vegas wedding chapel; French wording (church stained glass repeats in several sets; kept as a known "
         "repeat, a wedding chapel buyer is the new part)", {"importer_country": "US"}),
        ("CUL-09", "import", "ESAIR01", "air", "CO", [], "ES", "711790",
         "Adornos dorados de bisutería para peinado de novia, 24 piezas", "CO", 0.5, 24, 2400000, "COP",
         "gilt costume ornaments for bridal hairdos are light, stamped brass with glass stones and a pin; these 24 are cast, "
         "high-carat gold ear spools and nose rings with false-filigree braiding, earth in the crevices and no stamp: "
         "Zenú gold of the first millennium from looted San Jorge river graves, which Colombia forbids to export, brought "
         "in without the documents Regulation 2019/880 requires, flown from Cartagena to Madrid for a bridal jeweller; "
         "Colombian Spanish wording (Zenú gold repeats in a few sets, and Mompox-filigree labels on it in three; a "
         "bridal hair-ornament label is the new part as far as a search found)", firm("Central Joyería Nupcial SL", "ES")),
        ("CUL-10", "import", "ESROAD01", "road", "MA", [], "ES", "940169",
         "عمارية ديال العروسة، خشب منقوش ومذهب، جديدة، 2", "MA", 240, 2, 1600, "EUR",
         "a neggafa's (bridal dresser's) hire stock for an Algeciras Moroccan-wedding firm: the gilded carrying thrones "
         "(amariya) and caftans are what such firms bring across on the ferry, but the third item's 'تمثال نحاسي للزينة' "
         "is a green-patinated Roman bronze statuette of a dancing satyr with ancient casting cores, soil in the hollows "
         "and no maker's mark, from the Volubilis area: an archaeological object that Morocco forbids to export, brought in "
         "without the importer licence Regulation 2019/880 requires, hidden as the last item of a three-item declaration, "
         "on a lorry off the Tanger Med ferry; Moroccan Arabic (Darija) wording (Roman bronzes repeat in several sets and "
         "an amariya once, in an ozone row; a neggafa's hire stock is the new part as far as a search found)",
         dict(firm("Rivage Bodas Marroquíes SL", "ES"),
              _more_items=[item("620449", "قفاطن ديال العرس، مطروزة، 20", "MA", 40, 2000, "EUR", qty=20),
                           item("830629", "تمثال نحاسي للزينة، جديد، 1", "MA", 2, 40, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "express", "IT", [], "KG", "711719",
         "Diademi da sposa, bigiotteria, strass e metallo placcato, 8 pezzi", "IT", 1.6, 8, 640, "EUR",
         "costume bridal tiaras are plated brass with glass rhinestones at tens of euros; these eight are white-gold "
         "tiaras set with brilliant-cut diamonds and Akoya pearls, each in a Valenza maker's case with a price card of "
         "18,000 to 40,000 EUR, for a Bishkek 'bridal salon' whose deliveries are collected by a Moscow couture house: "
         "jewellery of precious metal above 300 EUR, luxury goods whose sale for use in Russia Regulation 833/2014 "
         "forbids, sent by express from Milan; Italian wording (luxury goods through Kyrgyzstan repeat in many sets; a "
         "bridal-tiara label was found in no earlier row by a keyword search, whose one hit is the word 'mutiara')",
         {"importer_country": "KG"}),
        ("STR-02", "import", "BEAIR01", "air", "IN", [], "BE", "710399",
         "સફેદ નીલમ (white sapphire), સગાઈની વીંટી માટે, રાઉન્ડ બ્રિલિયન્ટ, 4,000 કેરેટ", "IN", 0.8, 4000, 8000, "USD",
         "white sapphire for engagement rings is a corundum that a thermal tester reads as non-diamond and that shows "
         "little fire; these 4,000 carats are natural diamonds that test as diamond on a thermal tester, "
         "clear at once when breathed on, and the Surat cutter's parcel papers trace the rough to Alrosa sales in Dubai: "
         "diamonds of Russian origin, whose import into the Union Regulation 833/2014 forbids even when cut in a third "
         "country, flown from Mumbai to Antwerp for a bridal-jewellery maker; Gujarati wording (Russian diamonds repeat "
         "in many sets and lab-grown, moissanite and cubic-zirconia labels in several; a white-sapphire label was found in "
         "no earlier row by a keyword search)", firm("Delta Bridal Diamonds BV", "BE")),
        ("STR-03", "import", "DEAIR01", "air", "AE", [], "DE", "711319",
         "طقم شبكة عروس، ذهب عيار 21، صناعة إماراتية، 40 طقم", "AE", 12, 40, 720000, "USD",
         "Emirati 21-carat bridal sets (shabka) are hallmarked by the Dubai Central Laboratory and made from refined "
         "bullion with a Dubai Good Delivery assay; these forty sets carry no hallmark, are soldered from cut sections of "
         "small bars whose stamp remnants show a Krasnoyarsk refiner's mark, and the Deira workshop's invoices name a "
         "Russian bullion trader: gold of Russian origin, whose import into the Union Regulation 833/2014 forbids also "
         "when processed in a third country, flown from Dubai to Frankfurt for a Düsseldorf bridal jeweller; Gulf Arabic "
         "wording (Russian gold repeats in many sets; an Arab bridal-shabka set was found in no earlier row by a keyword "
         "search)", firm("Orion Brautschmuck GmbH", "DE")),
        ("STR-04", "export", "PLSEA01", "sea", "PL", [], "TR", "382499",
         "Pasta do matowania szkła, do personalizacji kieliszków weselnych, 25 kg worki, 80 worków", "PL", 2000, 80, 2400,
         "EUR",
         "glass-etching cream for personalised wedding flutes is a pink paste in 150 ml jars for hobbyists and engravers; "
         "these sacks hold 2 t of dry, white, crystalline powder that reads ammonium hydrogen difluoride on the "
         "manufacturer's inner labels, for an Istanbul 'glass décor' buyer whose consignments go on by road to Tabriz: "
         "ammonium bifluoride (dual-use 1C350, a chemical-weapons precursor, and listed in the Iran regulation), exported "
         "without the licence Regulation 2021/821 requires, from Gdańsk; Polish wording (bifluorides repeat in many sets "
         "and glass-etching labels in several; a wedding-flute personalisation label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "JO", "381400",
         "Lösemittel für Ballondruckfarben, Siebdruck, 20 Fässer", "DE", 4400, 20, 8800, "EUR",
         "a solvent for balloon screen-printing inks is a glycol-ether blend at a few euros a kilo; these drums hold a "
         "syrupy, colourless, faintly sulphurous liquid of 1.18 kg/l whose drum heads read CAS 111-48-8, ordered by an "
         "Amman 'party-balloon' printer with no printing line whose orders go on to Damascus: thiodiglycol (CWC Schedule "
         "2B13, dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Hamburg to Aqaba; German "
         "wording (thiodiglycol repeats in many sets; a balloon-printing label was found in no earlier row by a keyword "
         "search)", {"importer_country": "JO"}),
        ("STR-06", "export", "EEAIR01", "air", "EE", [], "GE", "852589",
         "Hämaravalguskaamerad pulmavideograafidele, 20 tk", "EE", 16, 20, 6000, "EUR",
         "low-light cameras for wedding videographers are CMOS video cameras at a few hundred euros; these twenty are "
         "Gen 3 image-intensifier night-vision monoculars with auto-gated tubes and a weapon-mount rail, at 5,000 EUR each "
         "on the maker's list, for a Tbilisi 'wedding studio' registered two months ago whose address is a Moscow "
         "forwarder's: image-intensifier equipment (dual-use 6A002), whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (image intensifiers repeat in many "
         "sets; a wedding-videography label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["PL", "LT"], "BY", "670290",
         "Umělé květiny pro svatební výzdobu, 3 t", "CZ", 3000, None, 9000, "EUR",
         "a wedding-décor lorry for a Minsk banquet hall: artificial flowers and pillar candles are goods that may still go "
         "to Belarus, but the third item's 'skleněné dekorace' are twelve Bohemian lead-crystal chandeliers of two to "
         "three metres, 30,000 EUR each on the maker's list: luxury goods above 300 EUR, whose sale to Belarus Regulation "
         "765/2006 forbids, hidden as the last item of a three-item declaration, by road through Poland and Lithuania; "
         "Czech wording (chandeliers and Bohemian crystal repeat in several sets; behind artificial wedding flowers to "
         "Minsk is the new part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("340600", "Svíčky válcové, bílé, 2 t", "CZ", 2000, 6000, "EUR"),
                           item("701399", "Skleněné dekorace, 12 ks", "CZ", 1800, 3600, "EUR", qty=12)])),
        ("STR-08", "export", "HUAIR01", "air", "HU", [], "TR", "853710",
         "Vezérlőegységek LED táncparketthez, 150 db", "HU", 45, 150, 4500, "EUR",
         "LED dance-floor controllers are DMX boxes with a power supply and a few connectors; these 150 are "
         "ready-to-fly drone flight controllers with triple-redundant IMUs, GNSS and a telemetry radio, and the "
         "Ankara buyer's forwarding order names a Tehran customer: UAV components whose sale for use in Iran Regulation "
         "2023/1529 forbids, flown from Budapest; Hungarian wording (UAV components repeat in many sets; a dance-floor "
         "controller label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-09", "transit", "LVRAIL01", "rail", "TW", ["LV"], "RU", "844319",
         "氣球印刷機，網版式，3 台", "TW", 27000, 3, 36000, "USD",
         "a balloon-printing machine is a light rotary screen printer of a few hundred kilograms; these three crates hold "
         "9 t each of five-axis machining centres with trunnion tables and Heidenhain controls, landed at Riga from "
         "Kaohsiung and put on a train to Moscow: machine tools controlled under dual-use 2B001 and listed in Regulation "
         "833/2014, whose transit through the Union to Russia is forbidden, declared in transit through Latvia; Chinese "
         "(traditional) wording from Taiwan (machining centres repeat in many sets; a balloon-printing-machine label was "
         "found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-10", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "442090",
         "Қайың қабығынан жасалған үйлену тойы сыйлық қораптары, 6 000 дана", "KZ", 1800, 6000, 5400, "EUR",
         "Kazakh wedding favour boxes are felt or leather with Kazakh ornament; these 6,000 birch-bark boxes carry "
         "Vologda and Arkhangelsk craft marks burnt inside the lids and a Russian workshop's packing lists, with a "
         "Kazakh certificate of origin issued in Petropavl after transhipment: Russian wood articles (chapter 44), "
         "whose import into the Union Regulation 833/2014 forbids, on a lorry through Russia to Terehova for a Riga "
         "wedding-favour shop; Kazakh wording (birch-bark articles repeat in a few sets and Russian goods under Kazakh "
         "origin in many; as Kazakh wedding favours is the new part as far as a search found)",
         firm("Vega Kāzu Dāvanas SIA", "LV")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "ID", [], "FR", "670100",
         "Fascinator pengantin, bulu sintetis, 12 buah", "ID", 1.4, 12, 1800000, "IDR",
         "bridal fascinators with synthetic feathers carry dyed nylon or goose plumes of even colour on a wire frame; "
         "these twelve carry long, iridescent, lace-like yellow and red flank plumes and wire-like tail streamers with "
         "natural barbs and quills under the lens: plumes of birds of paradise (Paradisaeidae, CITES App. II) without "
         "CITES documents, sent by express from Jayapura to a Paris bridal milliner; Indonesian wording (bird-of-paradise "
         "plumes repeat in many sets and a fascinator label once, on dyed rooster feathers; Papuan plumes as bridal "
         "fascinators are the new part as far as a search found)", firm("Rivage Modiste SARL", "FR")),
        ("WLF-02", "import", "ESSEA01", "sea", "PH", [], "ES", "392490",
         "Resin nga mga panaksan sa kandila alang sa kasal sa baybayon, 400 ka buok", "PH", 4000, 400, 2000, "USD",
         "resin centrepiece bowls for beach weddings are light, cast, bubble-flecked polyresin shells of a kilo; these "
         "400 are heavy (10 kg each), chalky-white, ribbed valves with growth lines and scalloped edges that ring when "
         "tapped: wild giant clam shells (Tridacna gigas and T. squamosa, CITES App. II) without CITES documents, by sea "
         "from Cebu to Valencia for a beach-wedding hire firm; Cebuano wording (giant clams repeat in many sets; a "
         "beach-wedding centrepiece label was found in no earlier row by a keyword search)",
         firm("Atlantic Eventos Playa SL", "ES")),
        ("WLF-03", "import", "ITPOST01", "post", "CU", [], "IT", "392640",
         "Caracolitos decorativos de resina para recuerdos de boda playera, 300 unidades", "CU", 1.5, 300, 90, "USD",
         "resin snail favours are moulded, identical, glossy shells with painted stripes; these 300 are real, thin, "
         "brilliantly banded yellow, red and black land-snail shells, each slightly different, some with dried tissue "
         "inside: painted snails (Polymita spp., CITES App. I) without CITES documents, posted from Baracoa to a "
         "private wedding planner in Rimini; Cuban Spanish wording (Polymita repeats in two sets; a beach-wedding "
         "favour label from Cuba to Italy is the new part as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("WLF-04", "import", "DEAIR01", "air", "TH", [], "DE", "420222",
         "กระเป๋าคลัทช์เจ้าสาว หนังเทียม PU ลายงู, 60 ใบ", "TH", 24, 60, 36000, "THB",
         "PU snake-print clutches have a printed, perfectly repeating scale pattern on a fabric-backed plastic; these 60 "
         "have real, overlapping keeled scales that vary across the panel, a leather backing and a tanned-reptile smell: "
         "reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES documents, flown from Bangkok to "
         "Munich for a bridal boutique; Thai wording (python leather repeats in many sets and clutches in a few; a "
         "bridal-clutch PU label was found in no earlier row by a keyword search)", firm("Alpina Brautmoden GmbH", "DE")),
        ("WLF-05", "import", "BEPOST01", "post", "MG", [], "BE", "711790",
         "Peratra hazo (bagues en bois de noyer), ho an'ny fanambadiana, 40", "MG", 0.3, 40, 240000, "MGA",
         "walnut wedding rings are light, brown, open-grained wood that floats; these forty are jet-black, glassy, "
         "fine-grained rings that sink in water and smell of ebony when filed: Malagasy ebony (Diospyros spp., CITES "
         "App. II) without CITES documents, posted from Antananarivo to a private person in Namur; Malagasy wording "
         "(Malagasy ebony repeats in many sets; wooden wedding rings were found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-06", "import", "NLAIR01", "express", "MX", [], "NL", "670290",
         "Suculentas artificiales para recuerdos de boda, 24 piezas (paquete 2 de 4)", "MX", 1.2, 24, 600, "MXN",
         "artificial succulents for wedding favours are moulded plastic rosettes on a foam plug; these 24 are living, "
         "grey, triangular-tubercled, flat-topped cacti with long taproots wrapped in newspaper and field soil, dug in "
         "the Chihuahuan desert: wild Ariocarpus (CITES App. I) without CITES documents, split over four parcels (this is "
         "the second), sent by express from San Luis Potosí to a private collector in Leiden; Mexican Spanish wording "
         "(Ariocarpus repeats in many sets and artificial-plant labels in a few; a wedding-favour label was found in no "
         "earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "PTAIR01", "air", "SN", [], "PT", "392640",
         "Étoiles de mer en résine pour décor de mariage plage, 2 000 pièces", "SN", 120, 2000, 1000, "EUR",
         "a beach-wedding décor air shipment for a Faro event firm: resin starfish and capiz-shell candle holders are "
         "what Dakar craft exporters sell, but the third item's 'coquillages séchés assortis' are 8 kg of dried "
         "seahorses, curled, bony and ridged, with no seashell among them: seahorses (Hippocampus spp., CITES App. II) "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Dakar to Lisbon; "
         "Senegalese French wording (dried seahorses repeat in many sets; behind beach-wedding décor is the new part as "
         "far as a search found)",
         dict(firm("Horizon Casamentos Lda", "PT"),
              _more_items=[item("960190", "Photophores en coquille de capiz, 600 pièces", "SN", 180, 900, "EUR", qty=600),
                           item("050800", "Coquillages séchés assortis, décor, 8 kg", "SN", 8, 40, "EUR")])),
        ("WLF-08", "import", "ATAIR01", "air", "QA", [], "AT", "330741",
         "بخور معمول للعرس، خلطة صندل، 60 علبة", "QA", 30, 60, 1800, "QAR",
         "wedding bakhoor is sandalwood dust and sugar soaked in perfume oil, sold in tins at a few riyals; these 60 "
         "tins hold dark, resin-veined slivers of heartwood that sink in water and give off a deep oud smoke on a "
         "charcoal, worth thousands per kilo: agarwood (Aquilaria spp., CITES App. II) without CITES documents, flown "
         "from Doha to Vienna for a Gulf family's wedding at a Vienna hotel; Gulf Arabic wording (agarwood repeats in "
         "many sets and bakhoor labels on it in three, blind3, blind98 and blind108; kept as a known repeat, a Qatari "
         "wedding order for Vienna is the new part)",
         firm("Central Hotelbedarf GmbH", "AT")),
        ("WLF-09", "import", "ITAIR01", "air", "IN", [], "IT", "330499",
         "ਵਿਆਹ ਲਈ ਹਲਦੀ ਉਬਟਨ ਪਾਊਡਰ, 1 ਕਿਲੋ ਪੈਕ, 200 ਪੈਕ", "IN", 200, 200, 1000, "USD",
         "haldi ubtan for the pre-wedding ceremony is a bright-yellow mix of turmeric and gram flour; these 200 packs hold "
         "a grey-brown, coarse, strongly musky root powder with hardly any turmeric in it, and the miller's sacks read "
         "'kuth': costus root (Saussurea costus, CITES App. I) without CITES documents, flown from Amritsar to Milan for a "
         "Brescia Punjabi grocery; Punjabi (Gurmukhi) wording (costus repeats in many sets and an ubtan label once; a "
         "haldi-ceremony label from Punjab to Italy is the new part as far as a search found)",
         firm("Nordhafen Alimentari Srl", "IT")),
        ("WLF-10", "transit", "FRAIR01", "air", "MG", ["FR"], "HK", "071239",
         "Champignons bambou séchés (dictyophora), pour banquets de mariage, 40 cartons", "MG", 800, 40, 6000, "USD",
         "dried bamboo fungus is a white, lacy, net-veiled mushroom, almost weightless by the carton; these 40 cartons hold hard, "
         "grey-black, knobbed, sausage-shaped dried bodies with tube feet under the lens, smelling of the sea: dried "
         "sea cucumbers (Thelenota spp., CITES App. II) without the Malagasy export permit that specimens in transit "
         "through the Union must carry, landed at Paris-CDG in transit from Antananarivo to Hong Kong for a wedding-"
         "banquet caterer; Malagasy French wording (sea cucumbers repeat in many sets and wood-ear and other mushroom labels on them in a "
         "few; a bamboo-fungus label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home soap and cosmetics lab)", "KR", 4.6, 4, 90,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-69-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "express", "US", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 gal, for a licensed private user (model-engine racing)", "US", 14.2, 4, 220, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-69-0031")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ATROAD01", "road", "CH", "AT", "854911",
     "Waste LED panels and luminaires with batteries (16 02 13*), from Swiss event-hire firms, for recovery at a "
     "licensed WEEE plant, 18 t", "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-69-0092")],
     "notified event-hire e-waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "382590",
     "Perchloroethylene distillation residues from dry cleaning (14 06 02*), for solvent recovery at a licensed plant, "
     "30 drums", "NO", 7000, 30, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-69-0217")],
     "notified dry-cleaning still bottoms to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "US", "IE", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for a licensed critical use in aircraft fire protection",
     "US", 500, 10, 15000, "USD", [("ODS_LICENCE", "IE-EPA-ODS-69-004")], "reclaimed halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "GRAIR01", "air", "IN", "GR", "290314",
     "Carbon tetrachloride 99.9 %, analytical reagent, 10 x 500 ml, for essential laboratory use", "IN", 8, 10, 400,
     "USD", [("ODS_LICENCE", "GR-YPEN-ODS-69-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BGAIR01", "air", "BG", "US", "711411",
     "Pair of Orthodox wedding crowns, chased and gilt silver with enamel icons, Bulgaria, c. 1850, documented private "
     "collection", "BG", 3, 2, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BG-MK-EXP-69-0042")],
     "church silver exported with the EU export licence and the Bulgarian permit"),
    ("PRM-08", "cultural", "export", "FRSEA01", "sea", "FR", "US", "701690",
     "Stained-glass panels, Gothic Revival, painted and fired, Normandy workshop, 1870s, from a documented sale, 4 "
     "panels", "FR", 320, 4, 96000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-69-0187")],
     "stained glass exported with the EU export licence and the French certificate"),
    ("PRM-09", "strategic", "export", "PLSEA01", "sea", "PL", "EG", "282619",
     "Ammonium hydrogen difluoride, 25 kg bags, 2 t, for an Egyptian glassworks (frosting of bottles)", "PL", 2000,
     80, 5200, "EUR", [("EXPORT_LICENCE", "PL-MRiT-69-0311"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-69-0027")],
     "dual-use ammonium bifluoride under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEAIR01", "air", "EE", "NO", "900510",
     "Image-intensifier night-vision monoculars, Gen 3, 20 units, for a Norwegian mountain-rescue service", "EE", 16,
     20, 100000, "EUR", [("EXPORT_LICENCE", "EE-SKK-69-0058"), ("END_USER_CERTIFICATE", "NO-JD-EUC-69-0014")],
     "dual-use image intensifiers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "MX", "NL", "060290",
     "Ariocarpus seedlings, artificially propagated in a registered nursery, 200 plants", "MX", 12, 200, 2400,
     "USD", [("CITES_PERMIT", "MX-SEMARNAT-69-0412"), ("PHYTOSANITARY_CERTIFICATE", "MX-SENASICA-69-7781")],
     "App. I cacti from a registered nursery with the export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "420221",
     "Evening clutches of farmed reticulated python leather, 60 pcs", "VN", 24, 60, 9000, "USD",
     [("CITES_PERMIT", "VN-CITES-69-0933")], "App. II python leather goods with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-05": "Atlantic Aviation Services Ltd",
    "PRM-06": "Delta Analytiki AE", "PRM-11": "Orion Cactuskwekerij BV", "PRM-12": "Alpina Brautmoden GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): the lawful twins of this set's disguises, nearly all goods of the
    # wedding, bridal and party trade
    ("330499", "Make-up setting spray, alcohol-based, 100 ml", "import", ["express"], ["KR", "US"], (20, 40), (1, 4), ["USD", "EUR"], 8, S),
    ("390530", "Balloon hi-float treatment, polyvinyl-alcohol gel, 16 oz", "import", ["express"], ["US", "GB"], (10, 18), (1, 4), ["USD", "GBP"], 2, S),
    ("210690", "Piping gel for cake decorating, clear, 350 g", "import", ["express"], ["BR", "US"], (6, 12), (1, 4), ["USD", "EUR"], 3, S),
    ("281122", "Silica gel flower-drying crystals, indicator, 1.5 kg", "import", ["post"], ["JP", "GB"], (6, 12), (1, 4), ["USD", "GBP"], 1, S),
    ("130120", "Gum arabic, spray-dried powder, food grade, 25 kg bags", "import", ["sea"], ["NG", "SD", "TD"], (3, 5), (4000, 12000), ["USD"], None, S),
    ("271220", "Paraffin wax pearls for candle making, 25 kg sacks", "import", ["sea"], ["TH", "CN"], (1.0, 1.6), (8000, 18000), ["USD"], 0.04, S),
    ("250100", "Coarse rock salt, food grade, 1 kg bags", "import", ["road"], ["UA", "TR"], (0.2, 0.4), (10000, 20000), ["EUR"], 1, S),
    ("350691", "Edible glue for sugar flowers (tylose), 50 ml", "import", ["express"], ["IL", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 15, S),
    ("320649", "Pearlescent mica pigment powder, cosmetic grade", "import", ["sea", "air"], ["CN", "IN"], (8, 16), (200, 2000), ["USD"], None, S),
    ("220890", "Plum brandy (šljivovica), 0.7 l bottles", "import", ["road"], ["RS", "BA"], (6, 10), (3000, 9000), ["EUR"], 1, S),
    ("940542", "LED dance-floor panels, new, 60 x 60 cm, in flight cases", "import", ["sea"], ["CN"], (12, 20), (2000, 6000), ["USD"], 0.08, S),
    ("940169", "Chiavari chairs, beech wood, new, for event hire", "import", ["sea"], ["VN", "CN"], (4, 7), (3000, 8000), ["USD"], 0.2, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, stabilised, drums", "import", ["sea"], ["US", "IN"], (1.2, 1.8), (8000, 16000), ["USD"], None, S),
    ("711311", "Silver wedding bands, 925, gold-plated, new", "import", ["post", "express"], ["TR", "IN"], (400, 800), (1, 2), ["USD", "EUR"], 100, S),
    ("950590", "Party-string aerosols, hydrocarbon propellant, boxed", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 4, S),
    ("360690", "Chafing-dish gel fuel, ethanol, sealed 200 g cans", "import", ["sea"], ["CN", "TR"], (1.2, 2.2), (6000, 14000), ["USD", "EUR"], 5, S),
    ("271019", "Mineral base oil SN 150, flexitank", "export", ["sea"], ["GH", "SN"], (0.8, 1.2), (18000, 22000), ["EUR"], None, S),
    ("852589", "4K video cameras for event videography, new", "import", ["air"], ["JP", "CN"], (80, 160), (100, 500), ["USD"], 0.6, S),
    ("844319", "Balloon screen-printing machines, rotary, new", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 4000), ["USD"], 0.002, S),
    ("381400", "Screen-wash solvent blend, glycol-ether based, drums", "import", ["sea"], ["KR", "US"], (2, 4), (6000, 14000), ["USD"], None, S),
    ("841582", "Evaporative air coolers for marquees, water-based, no refrigerant", "import", ["sea"], ["CN", "IN"], (3, 5), (3000, 9000), ["USD"], 0.03, S),
    ("340590", "Balloon shine gloss, pump spray, 200 ml", "import", ["express"], ["MY", "US"], (15, 25), (1, 4), ["USD"], 5, S),
    ("271113", "Butane gas cassettes for buffet stoves, 227 g", "import", ["sea"], ["KR", "TH"], (2, 3.5), (4000, 10000), ["USD"], 3, S),
    ("392690", "Cake dummies, expanded polystyrene, pentane-blown, round tiers", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("290512", "Isopropyl alcohol (rejuvenator spirit) for cake painting, 100 ml", "import", ["post"], ["GB", "EG"], (15, 30), (1, 3), ["GBP", "USD"], 8, S),
    ("330590", "Hair-extension bond remover, oil-based, 250 ml", "import", ["express"], ["VN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 4, S),
    ("382499", "Glass-etching cream, 150 ml jars", "export", ["sea"], ["TR", "EG"], (6, 10), (500, 2000), ["EUR"], 4, S),
    ("711719", "Wedding arras coin sets, replica, silver-plated brass, boxed", "import", ["express"], ["MX", "ES"], (60, 120), (1, 2), ["USD"], 4, S),
    ("681099", "Cast-stone garden wall fountains, new", "import", ["sea"], ["EG", "TN"], (1.0, 2.0), (3000, 9000), ["EUR"], 0.01, S),
    ("680293", "Carved granite pillars for wedding mandaps, new", "import", ["sea"], ["IN"], (0.6, 1.2), (8000, 18000), ["USD"], 0.001, S),
    ("630299", "Woven chair sashes for weddings, acrylic and alpaca blend, new", "import", ["post"], ["PE", "BO"], (40, 80), (1, 3), ["USD"], 3, S),
    ("711420", "Orthodox wedding crowns (stefana), silver-plated brass, new", "import", ["road"], ["TR", "RS"], (20, 40), (200, 800), ["EUR"], 1, S),
    ("940350", "Reproduction Chinese wedding beds, elm, lacquered, new", "import", ["sea"], ["CN"], (3, 6), (3000, 9000), ["USD"], 0.002, S),
    ("701690", "Decorative leaded-glass panels, new", "export", ["sea"], ["US", "CA"], (20, 40), (300, 1500), ["EUR"], 0.02, S),
    ("711790", "Bridal hair ornaments, gilt brass and glass stones, new", "import", ["air"], ["CO", "CN"], (300, 600), (5, 30), ["USD"], 50, S),
    ("940169", "Carved and gilded wedding carrying thrones (amariya), new", "import", ["road"], ["MA"], (5, 9), (500, 2000), ["EUR"], 0.01, S),
    ("711719", "Bridal tiaras, rhinestone and plated brass", "import", ["express"], ["CN", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 8, S),
    ("710399", "White sapphires, round brilliant, calibrated", "import", ["air"], ["IN", "TH"], (800, 1600), (1, 10), ["USD"], 5000, S),
    ("670290", "Artificial wedding flowers, silk and polyester", "import", ["sea"], ["CN", "VN"], (6, 12), (2000, 6000), ["USD"], 20, S),
    ("853710", "DMX lighting controllers for events, new", "import", ["air"], ["CN", "TW"], (60, 120), (100, 600), ["USD"], 1, S),
    ("442090", "Birch-plywood wedding favour boxes, laser-cut, new", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 10, S),
    ("670100", "Bridal fascinators with dyed goose feathers", "import", ["express"], ["ID", "GB"], (80, 150), (1, 2), ["USD", "GBP"], 10, S),
    ("392490", "Polyresin centrepiece bowls, shell-shaped", "import", ["sea"], ["PH", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("420222", "Bridal clutch bags, PU snake-print, new", "import", ["air"], ["TH", "CN"], (30, 60), (100, 500), ["USD"], 2.5, S),
    ("711790", "Walnut-wood rings, handmade, new", "import", ["post"], ["MG", "ID"], (100, 200), (1, 2), ["USD", "EUR"], 100, S),
    ("330741", "Bakhoor incense, sandalwood and sugar, tins", "import", ["air"], ["QA", "AE"], (30, 60), (100, 500), ["USD"], 3, S),
    ("071239", "Dried bamboo fungus (zhusun), cartons", "import", ["sea"], ["CN"], (5, 9), (4000, 12000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("580632", "Satin ribbon reels, polyester, 25 mm", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 20, N),
        ("481920", "White cake boxes, folding paperboard, flat-packed", "import", ["sea"], ["CN", "TR"], (1.2, 2.2), (3000, 8000), ["USD", "EUR"], 8, N),
        ("960330", "Make-up brush sets, synthetic bristles", "import", ["post", "express"], ["KR", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 6, N),
        ("482369", "Paper party plates, printed, 23 cm", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind257", 20690101, HERE)


if __name__ == "__main__":
    main()
