#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-fifth blind set (tests/risk/data/blind275-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: promotional merchandise,
print-on-demand and corporate gifts (promotional-products suppliers and their printers,
pad-printing, engraving and textile-personalisation shops, print-on-demand plants, makers
of trophies, awards, medals and lapel pins, corporate-gift and gift-hamper firms, and the
event and trade-fair agencies that hand their goods out).
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
only where a real declaration would. Ids are BL275-*:

    python3 tests/risk/data/make_blind275_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "express", "VN", [], "BE", "340290",
         "Dung dịch tẩy vết khói khắc laser trên quà tặng gỗ, chai 1 lít, 6 chai", "VN", 6.8, 6, 75, "USD",
         "the cleaners sold for the brown smoke haze that laser engraving leaves round the lettering on wooden gifts "
         "are citrus or alcohol sprays of 0.85-0.95 kg/l in 250 ml bottles; these six litre bottles hold a "
         "water-clear, runny liquid of 1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from Ho Chi Minh City to a private person in "
         "Ghent who laser-engraves personalised chopping boards and corporate gifts for a marketplace; Vietnamese "
         "wording (hydrogen peroxide repeats in many sets and wood-bleach labels on precursors in a few, blind39 "
         "among them; a laser-engraving smoke-stain remover was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("PRE-02", "import", "ITAIR01", "air", "TW", [], "IT", "381400",
         "移印油墨稀釋劑 (快乾型), 1公升, 96瓶", "TW", 112, 96, 520, "USD",
         "the thinners for the pad-printing inks that put logos on promotional pens, lighters and USB sticks are "
         "cyclohexanone and ester blends of 0.90-0.95 kg/l with a sharp solvent smell; these 96 bottles weigh "
         "1.14 kg/l, are oily and faintly fruity, and the filler's drum label under the sticker reads 'CH3NO2', for a "
         "Bergamo pad-printing supplier whose web shop sells the litre bottles to model-car hobbyists: nitromethane "
         "(Annex I above 16 %) made available to members of the public, flown from Taoyuan to Milan; Chinese wording "
         "from Taiwan (nitromethane repeats in many sets and solvent and thinner labels on it in several; a "
         "pad-printing ink thinner was found in no earlier row by a keyword search)",
         firm("Orione Tampografia Srl", "IT")),
        ("PRE-03", "import", "GRSEA01", "sea", "TR", [], "GR", "382499",
         "Eloksal tespit sıvısı (alüminyum kartvizit ve şişe açacağı için), 1 l, 900 şişe", "TR", 1660, 900, 1350,
         "USD",
         "the sealing solutions promotional-goods makers use after dyeing anodised aluminium business cards, bottle "
         "openers and keyrings are greenish nickel-acetate liquids of about 1.05 kg/l used hot; these 900 bottles "
         "hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and chars the carton where "
         "one leaked, for a Thessaloniki promotional-gift supplier whose web shop sells the litre bottles to anyone "
         "as a drain opener: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, "
         "by sea from Izmir; Turkish wording (sulphuric acid repeats in many sets and an anodising-electrolyte label "
         "on a precursor once, blind102; an anodising sealant for metal business cards was found in no earlier row by "
         "a keyword search)", firm("Orion Diafimistika Dora AE", "GR")),
        ("PRE-04", "import", "DKSEA01", "sea", "CN", [], "DK", "250590",
         "沙漏专用白色细沙 (广告沙漏灌装用), 1公斤袋, 600袋", "CN", 600, 600, 480, "USD",
         "the sand in logo sand timers is fine, round, washed quartz or marble grit, heavy, gritty and insoluble, "
         "that runs evenly through the neck; these 600 bags hold a white, crystalline powder that cakes in the neck, "
         "slowly dissolves in hot water, flares with sugar on a hot plate and whose inner liners read 'KClO4', for an "
         "Aarhus promotional-products firm that fills sand timers for clients and sells the 'sand' in 1 kg bags on its "
         "web shop: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Ningbo to Aarhus; Chinese wording (potassium perchlorate repeats in many sets and sand labels on precursors "
         "in a few; a sand-timer filling label was found in no earlier row by a keyword search)",
         firm("Nordhafen Reklameartikler ApS", "DK")),
        ("PRE-05", "import", "IESEA01", "sea", "US", [], "IE", "390110",
         "Cornhole bag fill pellets, polyethylene, all-weather, 25 lb bags, 960 bags", "US", 10886, 960, 5800, "USD",
         "the all-weather fill for the logo cornhole bags promotional firms print for company days out is "
         "polyethylene pellets, translucent, waxy and light, that float and never dissolve; these 960 bags hold white, "
         "opaque prills that sink, turn ice-cold and vanish in water, test at 34 % N and melt and fume on a hot plate, "
         "for a Cork promotional-products firm whose web shop sells 'refill' bags to the public: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Savannah to Dublin; US "
         "English wording (ammonium nitrate repeats in many sets and bean-bag and EPS-filling labels on precursors in "
         "two, blind117 and blind165; a cornhole-bag fill label was found in no earlier row by a keyword search)",
         firm("Atlantic Branded Merchandise Ltd", "IE")),
        ("PRE-06", "import", "PLSEA01", "sea", "KR", [], "PL", "250100",
         "김장용 천일염, 1 kg 봉지, 1,200봉", "KR", 1200, 1200, 1100, "USD",
         "Korean sun-dried sea salt for kimchi is coarse, greyish, damp crystals that taste bitter of magnesium; "
         "these 1,200 bags hold glossy, dry, colourless crystals with no grey tint that do not taste of the sea, "
         "flare yellow on a flame and crackle with sugar on a hot plate, for a Wrocław Asian-grocery web shop that "
         "sells the bags to anyone: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Busan to Gdańsk; Korean wording (sodium chlorate repeats in many sets and salt labels on precursors "
         "in many, and a kimchi sea-salt label once, blind73, in a kimchi-making parcel, kept as a repeat of the "
         "label; 1,200 bags by sea to a Wrocław web shop are the new part as far as a search found)", firm("Meridian Azja Smaki Sp. z o.o.", "PL")),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Раствор за развијање полимерних клишеа за тампон штампу, канистери 5 l, 80 канистера", "RS", 560, 80, 640,
         "EUR",
         "polymer clichés for pad printing are washed out with water or a mild alcohol developer after exposure; "
         "these 80 cans fume brown when opened, weigh 1.40 kg/l, stain the skin yellow and eat into a copper wire, for "
         "a Szeged promotional printer whose web shop sells the 5 l cans to anyone: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, in a van at Röszke; Serbian Cyrillic wording (nitric "
         "acid repeats in many sets and photo-processing and developer labels on precursors in a few; a pad-printing "
         "cliché washout was found in no earlier row by a keyword search)", firm("Vega Reklámnyomda Kft.", "HU")),
        ("PRE-08", "import", "PTAIR01", "air", "BR", [], "PT", "283190",
         "Ativador em pó para tinta de corrosão (discharge) em camisetas, sacos de 1 kg, 500 sacos", "BR", 500, 500,
         2400, "USD",
         "the activator stirred into the water-based discharge inks that print white logos on dark promotional "
         "T-shirts is zinc formaldehyde sulphoxylate, a white powder that smells of garlic and fish; these 500 bags "
         "hold shiny, odourless flakes that crackle and spit violet sparks on a hot iron, and the maker's sheet in the "
         "carton gives CAS 3811-04-9, for a Porto garment-printing supplier that sells the bags to anyone through its "
         "web shop: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from São "
         "Paulo to Porto; Brazilian Portuguese wording (potassium chlorate repeats in many sets and textile-printing "
         "labels on precursors in a few, a discharge-printing agent on sodium chlorate in blind71 and a plastisol puff "
         "additive in blind186; kept as a repeat of that label, a discharge-ink activator on potassium chlorate from "
         "Brazil is the new part as far as a search found)", firm("Rivage Estamparia Lda", "PT")),
        ("PRE-09", "import", "FIROAD01", "road", "NO", [], "FI", "291529",
         "Natriumacetat-trihydrat for gjenbrukbare håndvarmere, 1 kg poser, 500 poser", "NO", 500, 500, 2500, "NOK",
         "the sodium acetate trihydrate that refills reusable hand warmers is large, clear crystals that melt at "
         "58 °C in hot water and smell faintly of vinegar; these 500 bags hold a fine, white powder that draws damp "
         "in the air, does not melt in boiling water, has no smell and burns fiercely with sugar: sodium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, in a van at Karigasniemi for a Rovaniemi "
         "outdoor shop whose web shop sells the bags to anyone; Norwegian wording (sodium perchlorate repeats in many "
         "sets and sodium-acetate hand-warmer labels on precursors in three, blind59, blind93 and blind270, kept as a "
         "repeat of the label; from Norway by road is the new part as far as a search found)", firm("Nordhafen Retkeily Oy", "FI")),
        ("PRE-10", "import", "NLAIR01", "express", "GB", [], "NL", "380991",
         "DTG pretreatment liquid for dark garments, 5 l, 4 cans (parcel 1 of 4)", "GB", 24, 4, 140, "GBP",
         "the pretreatment a direct-to-garment printer sprays on dark T-shirts before printing white ink is a milky "
         "calcium-salt and polymer solution of about 1.05 kg/l; these cans hold a water-clear liquid of 1.20 kg/l "
         "with vented caps that whitens the skin and fizzes on rust, the first of four express parcels sent to the "
         "same Utrecht address in a week, each kept to four cans: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "made available to a member of the public who runs a print-on-demand T-shirt shop from home, from "
         "Birmingham; British English wording (hydrogen peroxide repeats in many sets and splits over parcels in "
         "several; a DTG pretreatment label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "EESEA01", "sea", "EE", [], "NG", "844332",
         "Kasutatud DTG-tekstiiliprinterid, testitud, töökorras, 60 tk", "EE", 9000, 60, 12000, "EUR",
         "tested used DTG printers are sold singly with a print sample and working heads; these 60 are the scrapped "
         "printers of a Tallinn print-on-demand plant, heads dead and clogged, boards pulled for spares, waste-ink "
         "tanks full and leaking, with their UPS batteries and platen heaters loose inside, bought by weight by a "
         "Lagos dismantler: waste electrical equipment with hazardous components (A1180; e-waste, which needs prior "
         "consent since 2025), whose export to a non-OECD country is banned, from Muuga to Lagos; Estonian wording "
         "(dead printers and copiers repeat in several sets and dead 3D printers in blind265; DTG printers from a "
         "print-on-demand plant were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "250510",
         "Sklářský písek jemný pro pískování, big bagy, 18 t", "CZ", 18000, None, 900, "EUR",
         "fine glass sand for blasting is a dry, free-running, white quartz sand; these big bags hold a grey, caked, "
         "damp sludge that dries to a dense powder reading 24 % lead oxide, pumped from the settling tanks where a "
         "Nový Bor maker of lead-crystal trophies and corporate awards cuts and polishes its blanks: sludge from glass "
         "polishing and grinding containing hazardous substances (10 11 13*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry from Nový Bor for a Novi Sad 'sandblasting' firm; Czech wording "
         "(lead-bearing glass wastes repeat in a few sets, lamp cullet and CRT glass among them; a crystal-award "
         "maker's polishing sludge was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "262030",
         "Concentrato di rame e zinco da fonderia, per rifusione, big bag, 20 t", "IT", 20000, None, 6000, "EUR",
         "a foundry's copper-zinc concentrate is dry, metallic, sorted brass skimmings sold on assay; these big bags "
         "hold a wet, green-grey filter cake that smells of ammonia and reads nickel, chromium, copper and cyanide, "
         "pressed from the effluent plant of a Vicenza maker of trophy cups, medals and lapel pins that gilds and "
         "nickel-plates its zinc-alloy castings: sludges from metal plating containing hazardous substances "
         "(11 01 09*), hazardous waste whose export to a non-OECD country is banned, from Venice to Sfax; Italian "
         "wording (plating sludges repeat in several sets under metal-concentrate and pigment labels, kept as a repeat "
         "of the good; a trophy and medal maker's plating sludge is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MY", "391590",
         "Recortes de film de PET, limpios, prensados en balas, 20 t", "ES", 20000, None, 2000, "EUR",
         "clean PET film trim is one polymer, clear and free of coatings; these bales are the carrier liners and "
         "weeding waste of Valencia textile-personalisation and print-on-demand shops: silicone-coated PET liners "
         "with PVC and PU heat-transfer vinyl, glitter and flock film still stuck on, hot-melt adhesive and paper "
         "backing: mixed and contaminated plastic waste (Y48), whose export to a non-OECD country is banned, from "
         "Valencia to Port Klang; Spanish wording (mixed plastics under clean-film labels repeat in many sets; "
         "heat-transfer vinyl weeding waste was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "NG", "960810",
         "Werbekugelschreiber mit Logo, neu, Restposten, 40.000 Stück", "DE", 400, 40000, 4000, "EUR",
         "a container of trade-fair giveaways for Lagos: logo pens and cotton bags are what a Düsseldorf "
         "promotional-products wholesaler clears after the January fair, but the third item's 'new' light-up goods "
         "are 1.8 t of used LED badges, glow batons, light-up foam sticks and flashing wristbands collected after "
         "concerts and corporate events, dead, with corroded coin cells and some swollen lithium cells: waste "
         "electrical equipment with batteries (A1180, A1170), whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, from Hamburg to Lagos; German wording (LED wristbands repeat "
         "once, blind199, and e-waste behind new goods in many sets; behind trade-fair giveaways is the new part as "
         "far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("420222", "Baumwolltaschen, bedruckt, neu, 8.000 Stück", "DE", 800, 3200, "EUR", qty=8000),
                           item("940549", "Leuchtartikel mit Logo (LED-Anstecker, Leuchtstäbe), neu, 30.000 Stück", "DE",
                                1800, 3000, "EUR", qty=30000)])),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "321590",
         "Tinta de tampografia, fora de especificação, reutilizável, bidões de 20 kg, 600 bidões", "PT", 12000, 600,
         2400, "EUR",
         "off-spec pad-printing ink is sealed, labelled, one colour to a tin and sells at a discount; these 600 "
         "drums hold a layered sludge of mixed ink colours, two-component hardener, cyclohexanone thinner and "
         "cleaning rags scraped from the ink cups and cleaning station of a Leiria printer of promotional pens and "
         "lighters: waste ink and organic solvents containing hazardous substances (08 03 12*, 14 06 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Leixões to Luanda; Portuguese wording "
         "(waste inks repeat in several sets, DTF ink in blind272 among them, kept as a repeat of the good; a pad "
         "printer's ink-cup sludge is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "VN", "390610",
         "PMMA-maalgoed, helder, prima kwaliteit, big bags, 22 t", "BE", 22000, None, 4400, "EUR",
         "clear PMMA regrind is one clean polymer, water-white chips of even size; these big bags hold the offcuts "
         "of Flemish makers of acrylic awards, display stands and desk signs, still with their paper and PE masking "
         "film, printed, engraved and glued with solvent cement, mixed with PETG, PS and PVC foam board and dust: "
         "mixed and contaminated plastic waste (Y48) under a primary-polymer code, whose export to a non-OECD country "
         "is banned, from Antwerp to Hai Phong; Flemish wording (plastics under prime-polymer labels repeat in many "
         "sets and sign shops' acrylic offcuts under a PMMA-regrind label once, blind268, kept as a repeat of the "
         "good and label; acrylic-award makers' offcuts from Flanders to Vietnam are the new part as far as a search "
         "found)", {"importer_country": "VN"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "853952",
         "Rabljene LED cijevi T8, ispravne, za ponovnu uporabu, 6.000 kom", "HR", 1500, 6000, 3000, "EUR",
         "used LED tubes are light, with a plastic diffuser and an aluminium back, and are tested one by one; these "
         "cartons hold old fluorescent tubes and compact lamps from a Zagreb office-block refit, many broken, with "
         "white phosphor dust and mercury in the cartons: waste lamps containing mercury (20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Stara Gradiška for a Banja Luka "
         "'electrical wholesaler'; Croatian wording (fluorescent tubes repeat in a few sets, behind used goods in "
         "blind109; an LED-tube label is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-09", "export", "FISEA01", "sea", "FI", [], "PK", "850720",
         "Käytetyt trukkiakut, testattu 80 %, uudelleenkäyttöön, 40 kpl", "FI", 36000, 40, 24000, "EUR",
         "tested used forklift batteries come with a capacity report per battery, cells topped up and terminals "
         "clean; these 40 traction batteries from a closed Vantaa warehouse have dry, sulphated cells, cracked "
         "covers, acid leaking into the steel trays and no test sheets, bought by weight by a Karachi lead smelter: "
         "waste lead-acid batteries (A1160), hazardous waste whose export to a non-OECD country is banned, from "
         "Helsinki to Karachi; Finnish wording (lead-acid batteries repeat in many sets, kept as a repeat of the good; "
         "forklift batteries from Finland are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR"], "ME", "250510",
         "Regeneriran livarski pesek za gradbeništvo, razsuto, 24 t", "SI", 24000, None, 480, "EUR",
         "regenerated foundry sand for building is dry, sieved, grey quartz sand with a test of its binder content; "
         "this lorry holds black, lumpy core sand with broken cores, metal beads, slag and a phenol smell, dumped "
         "from the shake-out of a Celje iron foundry: casting cores and moulds with phenolic and furan binders "
         "(10 09 07*), hazardous waste whose export to a non-OECD country is banned, on a lorry from Celje for a "
         "Podgorica builder; Slovenian wording (foundry sands repeat in a few sets under building-sand labels, kept as "
         "a repeat; to Montenegro is the new part as far as a search found)", {"importer_country": "ME"}),
    ],
    "ozone": [
        ("OZN-01", "import", "LTSEA01", "sea", "MY", [], "LT", "390729",
         "Sistem busa PU untuk bola tekanan (poliol pracampur), dram 200 kg, 40 dram", "MY", 8000, 40, 16000, "USD",
         "the formulated polyol logo stress balls are moulded from is blown with water or a hydrocarbon and comes "
         "with a data sheet; these 40 drums hiss when opened, the liquid foams and smells of ether, a leak detector "
         "names HCFC-141b and the maker's sheet gives 12 % 1,1-dichloro-1-fluoroethane: a pre-blended polyol "
         "containing HCFC-141b, whose import into the Union is banned, by sea from Port Klang to Klaipėda for a "
         "Kaunas maker of promotional stress balls; Malay wording (HCFC-141b in pre-blended polyols repeats in "
         "several sets; a stress-ball foam system was found in no earlier row by a keyword search)",
         firm("Vega Reklaminiai Suvenyrai UAB", "LT")),
        ("OZN-02", "import", "DEAIR01", "air", "PK", [], "DE", "392099",
         "ہیٹ پریس کے لیے ٹیفلون شیٹس، 2,000 عدد", "PK", 160, 2000, 1600, "USD",
         "a heat-press consumables air shipment for a Nuremberg textile-personalisation supplier: PTFE cover sheets "
         "and heat-transfer vinyl are what the Sialkot supplier sends with its printed sportswear, but the third "
         "item's 'platen cleaner' is 120 bottles that weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand, where the isopropanol cleaners sold for platens weigh 0.8 kg/l and burn: "
         "carbon tetrachloride, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, flown from Lahore to Frankfurt; Urdu wording (carbon tetrachloride repeats in many sets under "
         "cleaner labels; a heat-press platen cleaner behind PTFE sheets was found in no earlier row by a keyword "
         "search)",
         dict(firm("Central Textildruck Bedarf GmbH", "DE"),
              _more_items=[item("391990", "ہیٹ ٹرانسفر وینائل، رول، 200 عدد", "PK", 240, 2400, "USD", qty=200),
                           item("381400", "ہیٹ پریس پلیٹ صاف کرنے کا محلول، 1 لیٹر، 120 بوتلیں", "PK", 190, 360, "USD",
                                qty=120)])),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "842410",
         "Автомобільні вогнегасники 1 кг з логотипом, корпоративні подарунки, 600 шт.", "UA", 900, 600, 4800, "EUR",
         "the small car extinguishers promotional firms print with a client's logo hold ABC powder or foam and carry "
         "a certificate; these 600 red cans slosh, hiss, spray a liquid that vanishes into a sweet gas, and the valve "
         "collars read 'BCF' under the logo stickers: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, in a van at Dorohusk for a Lublin "
         "corporate-gift agency; Ukrainian wording (halon 1211 repeats in many sets and car-extinguisher labels in a "
         "few; a logo-printed corporate-gift extinguisher was found in no earlier row by a keyword search)",
         firm("Horizon Upominki Firmowe Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ATAIR01", "air", "CN", [], "AT", "381400",
         "水晶奖杯清洁剂 (速干不留痕), 1升, 240瓶", "CN", 374, 240, 720, "USD",
         "the cleaners crystal-award makers sell for wiping fingerprints off engraved crystal are alcohol-and-water "
         "sprays of 0.95 kg/l; these 240 bottles weigh 1.56 kg/l, do not burn, evaporate in seconds with a faint "
         "chloroform smell, and the drum heads photographed in the consignment file are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Hangzhou to Vienna for a Linz "
         "trophy and award shop supplied by Pujiang crystal makers; Chinese wording (CFC-113 repeats in many sets "
         "under cleaner labels and a crystal-chandelier cleaner once, blind195, kept as a repeat of the family; a "
         "crystal-award cleaner is the new part as far as a search found)",
         firm("Alpina Pokale und Ehrenpreise GmbH", "AT")),
        ("OZN-05", "import", "SEAIR01", "air", "ID", [], "SE", "381400",
         "Pembersih pad silikon untuk mesin cetak pad, 1 L x 60 botol", "ID", 80, 60, 420, "USD",
         "the cleaners for the silicone pads of pad-printing machines are mild alcohol or ester liquids of about "
         "0.85 kg/l; these 60 bottles weigh 1.33 kg/l, do not burn, smell sweet like chloroform, and the filler's "
         "sheet names 1,1,1-trichloroethane: methyl chloroform, whose import into the Union is banned, flown from "
         "Jakarta to Stockholm for a Borås printer of promotional items; Indonesian wording (methyl chloroform repeats "
         "in many sets under cleaner labels; a pad-printing pad cleaner was found in no earlier row by a keyword "
         "search)", firm("Vega Reklamtryck AB", "SE")),
        ("OZN-06", "import", "FRAIR01", "air", "JP", [], "FR", "381400",
         "UVインクジェットプリンター用ヘッド洗浄液 (不燃性), 1 L x 36本", "JP", 56, 36, 90000, "JPY",
         "the flushing liquids for the print heads of the UV flatbed printers that print logos on pens, phone cases "
         "and golf balls are glycol-ether or monomer blends of about 1.0 kg/l that smell of solvent; these 36 "
         "bottles weigh 1.55 kg/l, do not burn, boil off in the warm hand, and the cans in the carton are stamped "
         "'AK-225': HCFC-225 (dichloropentafluoropropane), whose import into the Union is banned, flown from Osaka to "
         "Lyon for a printer of promotional goods; Japanese wording (HCFC-225 repeats in a few sets under "
         "precision-cleaner labels and an inkjet print-head cleaner label once, blind272, on carbon tetrachloride; a "
         "UV-printer head flush is the new part as far as a search found)",
         firm("Horizon Objets Publicitaires SARL", "FR")),
        ("OZN-07", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "340399",
         "Средство за одвојување од калапи за PU играчки против стрес, буриња 200 л, 40 буриња", "CN", 11900, 40,
         9600, "USD",
         "the release agents sprayed into the moulds of PU stress toys are wax or silicone emulsions of about "
         "0.9 kg/l; these 40 drums weigh 1.49 kg/l, are bulged, and the contents boil off in the warm hand at 24 °C "
         "with an ether-like smell and do not burn: CFC-11 (trichlorofluoromethane), moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Thessaloniki in transit from Shanghai to a Skopje maker "
         "of logo stress toys; Macedonian wording (CFC-11 repeats in many sets and mould-release labels on ozone goods "
         "in a few; a stress-toy mould release through Thessaloniki was found in no earlier row by a keyword search)",
         {"importer_country": "MK"}),
        ("OZN-08", "import", "ROROAD01", "road", "MD", [], "RO", "382769",
         "Agent frigorific R-513A, butelii de unică folosință 11,3 kg, 200 buc.", "MD", 2260, 200, 7000, "EUR",
         "R-513A is an HFO-HFC blend sold in refillable cylinders with a certificate; these 200 disposable cylinders "
         "read 9.5 bar at 20 °C, a leak detector names HCFC-22, and the valves carry old Chinese stamps: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Leușeni-Albița for an "
         "Iași refrigeration workshop; Romanian wording from Moldova (HCFC-22 under HFC and HFO labels repeats in many "
         "sets and an R-513A label in a few, kept as a repeat; from Moldova by road is the new part as far as a "
         "search found)",
         firm("Vega Frig Service SRL", "RO")),
        ("OZN-09", "import", "ESSEA01", "sea", "MA", [], "ES", "291010",
         "Gaz stérilisant oxyde d'éthylène/CO2 10/90, bouteilles de 30 kg, 20 pièces", "MA", 600, 20, 3000, "EUR",
         "a 10/90 ethylene oxide and carbon dioxide sterilant is held at about 50 bar and its cylinders carry that "
         "label; these 20 cylinders read 4 bar at 20 °C, and the gas analyses as 12 % ethylene oxide in "
         "dichlorodifluoromethane: the old '12/88' sterilant, CFC-12 whose import into the Union is banned, by sea "
         "from Tanger Med to Algeciras for a Seville spice-sterilising service; Moroccan French wording (ethylene "
         "oxide sterilant labels repeat in three sets, blind100, blind135 and blind177, kept as a repeat of the label; "
         "12/88 from Morocco is the new part as far as a search found)", firm("Atlantic Esterilización SL", "ES")),
        ("OZN-10", "import", "GRSEA01", "sea", "IL", [], "GR", "291513",
         "אתיל פורמט, חומר חיטוי לפירות יבשים, מכלים 20 ק\"ג, 40 מכלים", "IL", 800, 40, 3200, "USD",
         "ethyl formate fumigant is a light, fruity-smelling, highly flammable liquid of 0.92 kg/l; these 40 "
         "cylinders are under pressure, the contents weigh 1.73 kg/l as a liquid, boil at 4 °C, do not burn and "
         "smell faintly of chloroform, and the applicator probes in the crate are for soil: methyl bromide, whose "
         "import into the Union is banned (no quarantine exemption remains), by sea from Haifa to Piraeus for a "
         "Peloponnese greenhouse supplier; Hebrew wording (methyl bromide repeats in many sets and ethyl-formate "
         "labels in a few, blind148 among them, kept as a repeat of the label; from Israel to Greece is the new part "
         "as far as a search found)", firm("Delta Agrotika Efodia AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "export", "BEAIR01", "air", "BE", [], "US", "491191",
         "Impression sur toile à la demande, sur châssis, encadrée, 1 pièce", "BE", 6, 1, 45, "EUR",
         "a print-on-demand canvas print is an inkjet image on poly-cotton stapled on a new pine stretcher; this is an "
         "oil on an oak panel with bevelled edges, a cradle, craquelure, old auction stickers and an Antwerp "
         "panel-maker's brand on the back: a Flemish still life of about 1630, a painting over 50 years old worth "
         "far above the 150,000 EUR threshold, exported without the EU export licence (Regulation 116/2009), flown "
         "from Brussels to a New York dealer; Belgian French wording (old paintings under reproduction and print "
         "labels repeat in many sets; a print-on-demand canvas label was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-02", "import", "GRAIR01", "express", "AL", [], "GR", "711719",
         "Kopsa mëngësh me monedha romake kopje, dhurata korporative, 40 palë", "AL", 0.8, 40, 240, "EUR",
         "replica coin cufflinks are cast base-metal copies with sharp, even edges from identical dies; these 40 "
         "pairs are set with real, struck Roman bronze and silver coins of the 3rd and 4th century, each different, "
         "with green patina in the legends and soil in the mounts, from illicit digging round Apollonia and Byllis, "
         "sent by express from Tirana to a Thessaloniki corporate-gift firm: archaeological coins exported from "
         "Albania without the permit its law requires and imported without the licence Regulation 2019/880 requires "
         "for archaeological objects over 250 years old; Albanian wording (ancient coins repeat in many sets and "
         "coin-jewellery labels in a few; coin cufflinks as a corporate gift were found in no earlier row by a keyword "
         "search)", firm("Delta Epicheirimatika Dora AE", "GR")),
        ("CUL-03", "import", "FRAIR01", "express", "EG", [], "FR", "581091",
         "رقع مطرزة بطراز قديم لتزيين الكابات والجواكت، 60 قطعة", "EG", 1.2, 60, 90, "USD",
         "vintage-style patches for custom caps and jackets are machine-embroidered on twill with a heat-seal "
         "backing; these 60 are fragments of linen tunics with woven purple-wool roundels and bands of dancers, hares "
         "and vine scrolls in tapestry weave, brittle, with old glue and collection numbers on some: Coptic textiles "
         "of the 4th to 7th century from Egyptian burial grounds, exported without an Egyptian permit and imported "
         "without the licence Regulation 2019/880 requires, sent by express from Cairo to a Lyon maker of custom caps "
         "and merchandise; Egyptian Arabic wording (Coptic textiles repeat in a few sets, under linen-offcut labels "
         "in blind12; a custom-cap patch label was found in no earlier row by a keyword search)",
         firm("Meridian Casquettes Personnalisées SARL", "FR")),
        ("CUL-04", "import", "ESAIR01", "air", "LB", [], "ES", "711719",
         "Échantillons de pin's émaillés personnalisés, cloisonné, 30 pièces", "LB", 0.6, 30, 60, "USD",
         "custom enamel lapel pins are stamped iron or zinc alloy with soft or hard enamel, a butterfly clutch and a "
         "logo, all alike; these 30 are small gold-on-copper plaques of saints and crosses in true cloisonné with the "
         "wires set edge-on, chipped enamel, worn gilding and no pins, prised from book covers, reliquaries and icon "
         "frames: Byzantine enamels of the 10th to 12th century from Syria, flown from Beirut to Madrid for a "
         "'promotional pin' importer with no customers, imported without the licence Regulation 2019/880 requires "
         "and against the Syria regulation's ban on cultural property removed from Syria; Lebanese French wording "
         "(cloisonné repeats in a few sets, Georgian enamels and souvenirs; an enamel-pin sample label was found in "
         "no earlier row by a keyword search)", firm("Delta Pins y Regalos SL", "ES")),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "US", "830629",
         "Targhe premio in bronzo usate, da reincidere, 12 pezzi", "IT", 2.4, 12, 240, "EUR",
         "used bronze award plaques are cast or etched plates with a client's name, screw holes and a plinth, at "
         "tens of euros; these twelve are small, finely cast and chased relief plaquettes of mythological and "
         "religious scenes with a dark, worn patina, old collection labels and the suspension holes and rims of "
         "Renaissance work, from a Florentine family collection: Italian bronze plaquettes of the 15th and 16th "
         "century, worth some 180,000 EUR together, exported without the Italian certificate and the EU export "
         "licence (Regulation 116/2009), flown from Florence to a New York dealer as plaques 'for re-engraving' by an "
         "awards firm; Italian wording (Renaissance bronzes repeat in a few sets under decorative labels; used award "
         "plaques for re-engraving were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-06", "export", "CZAIR01", "air", "CZ", [], "US", "491191",
         "Umělecké tisky pro firemní kalendáře, reprodukce starých map, 24 listů", "CZ", 3, 24, 120, "EUR",
         "calendar art prints are offset reproductions on smooth coated paper; these 24 sheets are hand-coloured "
         "copper engravings on laid paper with chain lines, platemarks, Latin text on the back and a cut edge where "
         "they were sliced from the binding of a Blaeu Atlas Maior of the 1660s stolen from a Moravian chateau "
         "library: printed maps more than 200 years old, above the value threshold, exported without the EU export "
         "licence (Regulation 116/2009), flown from Prague to a Boston map dealer for a 'corporate calendar'; Czech "
         "wording (old maps under reproduction labels repeat in several sets, blind127, blind153, blind155 and "
         "blind158, kept as a repeat of the good, and calendar-leaf labels on manuscripts in three, blind69, blind86 "
         "and blind264; a corporate-calendar print label on maps is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-07", "import", "ITSEA01", "sea", "TN", [], "IT", "680291",
         "لوحات رخامية فارغة للدروع والجوائز التذكارية، 30 قطعة", "TN", 1400, 30, 900, "EUR",
         "blank marble award plaques are new, sawn, polished slabs of even thickness with drilled fixing holes; these "
         "30 are thick, weathered slabs with a moulded frame, Latin inscriptions and dedications to emperors and town "
         "magistrates on the face, mortar on the back and the rough undersides of pieces cut from larger blocks, from "
         "Roman sites in Tripolitania brought over the border: Roman inscriptions from Libya, removed against Libyan "
         "law and imported without the licence Regulation 2019/880 requires, by sea from Radès to Livorno for an "
         "Arezzo maker of trophies and awards; Tunisian Arabic wording (Roman inscriptions repeat in several sets "
         "under building-stone labels; blank award plaques were found in no earlier row by a keyword search)",
         firm("Orione Premiazioni Srl", "IT")),
        ("CUL-08", "import", "NLAIR01", "air", "HK", [], "NL", "691110",
         "新春企業禮品: 骨瓷茶具禮盒, 200套", "HK", 400, 200, 6000, "USD",
         "a Chinese New Year corporate-gift air shipment for a Rotterdam trading house's clients: bone-china tea sets "
         "and logo silk scarves are what the Hong Kong gift house sends, but the third item's 'new' jade paperweights "
         "are twelve Neolithic jade bi discs and cong tubes, calcified, with drill cones from both sides and burial "
         "stains: Liangzhu jades over 4,000 years old, exported from China in breach of its cultural-relics law and "
         "imported without the licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration, flown from Hong Kong to Amsterdam; Chinese wording from Hong Kong (archaic jades repeat in "
         "several sets and Liangzhu jades under jade-paperweight labels in two, blind86 and blind91, kept as a repeat "
         "of the label; behind corporate New Year gifts by air is the new part as far as a search found)",
         dict(firm("Vega Handelshuis BV", "NL"),
              _more_items=[item("621410", "真絲圍巾 (印有企業標誌), 300條", "CN", 30, 2400, "USD", qty=300),
                           item("711620", "玉石鎮紙 (新工), 12件", "CN", 6, 240, "USD", qty=12)])),
        ("CUL-09", "transit", "DEAIR01", "air", "ET", ["DE"], "US", "830629",
         "የነሐስ የክብር ሽልማት፣ የመስቀል ቅርጽ፣ አዲስ፣ 1", "ET", 2.5, 1, 80, "USD",
         "a brass award in the shape of a cross is a new casting on a wooden plinth with a plate for the name; this "
         "is a tall, openwork processional cross of cast copper alloy with a socket for the staff, incised saints, "
         "worn smooth where hands held it and a Ge'ez dedication to a Tigray church, of the 16th or 17th century: "
         "church property exported from Ethiopia without a permit, landed at Frankfurt in transit to a Washington "
         "dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Amharic wording (Ethiopian "
         "crosses repeat in several sets under handicraft labels, kept as a repeat of the good; an award label on a "
         "transit through Frankfurt is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "CYSEA01", "sea", "JO", [], "CY", "680299",
         "أحواض زراعة من الحجر الرملي، منحوتة يدوياً، 4 قطع", "JO", 600, 4, 400, "USD",
         "hand-carved sandstone planters are new, hollowed blocks with fresh, even tool marks; these four are small, "
         "weathered altars of pink sandstone with horned corners, a shallow basin on top, a Nabataean dedication cut "
         "on one face and lichen in the letters, from the hills round Petra: Nabataean incense altars of the 1st "
         "century BC to the 2nd century AD, exported in breach of Jordanian antiquities law and imported without the "
         "licence Regulation 2019/880 requires, by sea from Aqaba to Limassol for a garden-centre owner; Jordanian "
         "Arabic wording (Nabataean objects repeat in a few sets, and planter labels on antiquities in several; from "
         "Jordan to Cyprus is the new part as far as a search found)", firm("Rivage Garden Centre Ltd", "CY")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "960810",
         "Werbegeschenk-Sets für Firmenkunden, Schreibgeräte mit Logo-Gravur, 300 Sets", "DE", 120, 300, 6000, "EUR",
         "promotional writing sets are logo-engraved metal ballpoints in a card or faux-leather box at 10-30 EUR; "
         "these 300 sets each hold a limited-edition gold-nibbed fountain pen and rollerball of a Hamburg luxury "
         "maker worth 900-1,400 EUR each on the maker's list, engraved with a Moscow bank's logo and with greeting "
         "cards in Russian, for an Almaty 'advertising agency' set up in December whose freight goes on to Moscow: "
         "luxury goods (writing instruments above 300 EUR a piece, Annex XVIII) whose sale and export for use in "
         "Russia Regulation 833/2014 forbids, flown from Frankfurt; German wording (luxury goods to Russia through "
         "Central Asia repeat in several sets, watches, cars and handbags among them; luxury pens as promotional "
         "gift sets were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "PLSEA01", "sea", "PL", [], "CN", "910211",
         "Upominki reklamowe: zegarki kwarcowe i kryształowe statuetki z logo, 1 200 szt.", "PL", 900, 1200, 9000,
         "EUR",
         "quartz giveaway watches with a logo dial cost a few euros and crystal statuettes tens; this container holds "
         "Swiss automatic watches in presentation boxes, lead-crystal decanters and glasses, cognac and cigars "
         "repacked under promotional labels, worth some 600,000 EUR, for a Dandong trading firm whose consignee list "
         "names a Pyongyang department store: luxury goods whose supply, sale and export to North Korea Regulation "
         "2017/1509 forbids (Annex VIII), by sea from Gdynia to Dalian; Polish wording (luxury goods to North Korea "
         "repeat in a few sets, whiskey among them; promotional-gift labels on them were found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AM", "701399",
         "Presse-papiers en cristal optique, ronds, 80 mm, gravés au logo, 500 pièces", "FR", 350, 500, 5000, "EUR",
         "optical-crystal paperweights are K9 glass domes and discs with a laser-engraved logo at about 10 EUR; "
         "these 500 discs are part dark, metallic-grey and opaque to light, weighing 5.3 g/cm3, and part yellow and "
         "transparent, all polished and coated on both faces, with a Lyon optics maker's test reports: germanium and "
         "zinc-selenide infrared windows and lens blanks for thermal-imaging cameras worth about 400 EUR each, for a "
         "Yerevan 'corporate-gift' importer whose earlier consignments went on by road to Russia: infrared optical "
         "materials on the lists of goods whose export to Russia, and re-export through third countries, Regulation "
         "833/2014 forbids, flown from Paris; French wording (germanium optics repeat in several sets under camera and "
         "lens labels; a crystal-paperweight label on optics was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "AE", "381590",
         "Katalysator voor PU-schuim van stressballen, vaten 200 kg, 40 vaten", "NL", 8000, 40, 12000, "EUR",
         "the catalysts used in foaming PU stress balls are tin salts or amine blends in small cans, dosed at a few "
         "per cent of the polyol; these 40 drums hold a colourless, viscous, fishy-smelling liquid the maker's sheet "
         "names as N-methyldiethanolamine (CAS 105-59-9) at 99 %, for a Jebel Ali 'toy-foam' trader whose shipments "
         "go on to Bandar Abbas: a chemical-weapons precursor (dual-use 1C350) exported without the licence "
         "Regulation 2021/821 requires and for an Iranian end user, from Rotterdam; Dutch wording "
         "(N-methyldiethanolamine repeats in a few sets under textile and amine labels; a stress-ball foam catalyst "
         "was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-05", "export", "LTAIR01", "air", "LT", [], "KG", "950300",
         "Reklaminiai mini dronai su logotipu, verslo dovanos, 120 vnt.", "LT", 240, 120, 7200, "EUR",
         "logo mini drones given as executive gifts are 100-200 g toys with a phone-grade camera; these 120 are "
         "900 g folding quadcopters with radiometric thermal cameras, 30x zoom and 15 km links, at 5,000 EUR each on "
         "the maker's list, for a Bishkek 'marketing agency' whose earlier freight went on to Russia: unmanned aerial "
         "vehicles and thermal cameras whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Vilnius; Lithuanian wording (drones to Russia through Central Asia repeat in "
         "many sets; an executive-gift drone label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-06", "import", "LTRAIL01", "rail", "KZ", [], "LT", "220860",
         "Қазақстандық арақ, ою салынған ағаш сыйлық қорапта, 0,7 л, 4 800 бөтелке", "KZ", 6700, 4800, 19000, "USD",
         "Kazakh vodka in engraved gift boxes would carry a Kazakh distillery's excise stamps and labels; these 4,800 "
         "bottles show Russian excise-stamp ghosts under the new labels and a Moscow-region distillery's batch codes "
         "on the glass, the laser-engraved birch boxes bear a Russian maker's mark, and the certificate of origin was "
         "issued in Petropavl: Russian spirits, whose import into the Union Regulation 833/2014 forbids, on a train "
         "at Kena for a Vilnius corporate-gift firm's hampers; Kazakh wording (Russian vodka under Kazakh origin "
         "repeats in two sets, blind19 and blind258, the latter with a Petropavl certificate, kept as a repeat of the "
         "good; in engraved corporate-gift boxes by rail is the new part as far as a search found)", firm("Orion Verslo Dovanos UAB", "LT")),
        ("STR-07", "export", "MTAIR01", "air", "MT", [], "AE", "841391",
         "Xfafar ta' rikambju għal pompi ċentrifugali, 80 biċċa", "MT", 40, 80, 4000, "EUR",
         "spare blades for centrifugal pumps are cast impeller vanes at tens of euros each; these 80 are single-crystal "
         "high-pressure turbine blades with cooling holes and thermal-barrier coating, part-marked for CFM56 engines, "
         "worth some 12,000 EUR each, from a Luqa maintenance firm's quarantine stores, for a Sharjah parts broker "
         "whose customers are Russian airlines: aircraft parts whose sale, supply and export for use in Russia "
         "Regulation 833/2014 forbids (Annex XI), flown from Malta; Maltese wording (CFM56 turbine blades repeat once, "
         "blind12, to Iran as power-generation blades, kept as a repeat of the good; a centrifugal-pump label to "
         "Sharjah is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-08", "export", "LVAIR01", "air", "LV", [], "KG", "420222",
         "Apdrukātas kokvilnas iepirkumu somas, 6 000 gab.", "LV", 900, 6000, 4800, "EUR",
         "a promotional-goods air shipment for a Bishkek 'event agency': printed tote bags and logo notebooks are "
         "what the Riga supplier makes, but the third item's 20,000 'fidget spinners' are angular-contact spindle and "
         "aerospace ball bearings of ABEC-7 class in sealed tubes, with no spinner bodies among them, at 20-60 EUR "
         "each: ball bearings (8482 10) on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, "
         "flown from Riga; Latvian wording (bearings repeat in several sets and as fidget spinners once, blind202, "
         "kept as a repeat of the cover; behind a promotional supplier's tote bags and notebooks is the new part as "
         "far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("482010", "Piezīmju grāmatiņas A5 ar logotipu, 4 000 gab.", "LV", 1400, 6000, "EUR",
                                qty=4000),
                           item("950300", "Reklāmas spineri (fidget spinners) ar logotipu, 20 000 gab.", "CN", 900,
                                2000, "EUR", qty=20000)])),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "LB", "283640",
         "Kaliumkarbonat til ramen-nudler (kansui), sække 25 kg, 320 sække", "DK", 8000, 320, 9600, "EUR",
         "kansui powder for ramen is potassium and sodium carbonate, a white, alkaline, slippery powder that fizzes "
         "with vinegar; these 320 sacks hold a white powder that does not fizz, etches the glass of a sample jar and "
         "whose maker's sheet gives potassium fluoride, CAS 7789-23-3, for a Beirut 'noodle-factory supplier' whose "
         "trucks go on to Homs: a chemical-weapons precursor (dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires and for a Syrian user, from Aarhus; Danish wording (potassium fluoride repeats in a few "
         "sets and kansui labels on precursors twice, blind114 and blind119; kept as a repeat of the label, on "
         "potassium fluoride to Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "BGSEA01", "sea", "BG", [], "GE", "760310",
         "Алуминиев прах за газобетонни блокове, варели 200 kg, 10 варела", "BG", 2000, 10, 8000, "EUR",
         "the aluminium powder or paste that gasses autoclaved aerated concrete is flaky, grey, non-spherical powder "
         "in a carrier, at a few euros a kilo; these ten drums hold bright, free-flowing, spherical atomised powder "
         "of 99.7 % aluminium at 10-30 µm, packed under argon with a mill sheet, for a Tbilisi 'building-materials' "
         "trader whose earlier freight went on to Iran: aluminium powder controlled under dual-use 1C111 (a "
         "propellant fuel) and listed in the Iran regulation, exported without a licence, from Varna to Poti; "
         "Bulgarian wording (aluminium powder repeats in several sets and aerated-concrete labels on precursors "
         "twice, blind2 and blind24; kept as a repeat of the label, a 1C111 powder to Georgia is the new part as far "
         "as a search found)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ATAIR01", "air", "AZ", [], "AT", "160558",
         "Korporativ hədiyyə dəstləri üçün ilbiz kürüsü (escargot), 50 q bankalar, 400 banka", "AZ", 20, 400, 4000,
         "EUR",
         "snail caviar is small, round, pearly-white eggs of 3-4 mm with a mushroom smell; these 400 tins hold "
         "large, glossy, grey to dark-grey sturgeon roe that pops with a salty, nutty taste, with no CITES code on "
         "the lids, lab-typed as beluga and Russian sturgeon: wild Caspian caviar (Huso huso and Acipenser "
         "gueldenstaedtii, CITES App. II) without CITES documents, flown from Baku to Vienna for a maker of "
         "corporate-gift hampers; Azerbaijani wording (sturgeon caviar repeats in many sets under other roe labels, "
         "kept as a repeat of the good; a snail-caviar label in corporate-gift sets was found in no earlier row by a "
         "keyword search)", firm("Alpina Geschenkkörbe GmbH", "AT")),
        ("WLF-02", "import", "ESAIR01", "air", "CO", [], "ES", "420211",
         "Portafolios ejecutivos de cuero de ternero grabado tipo cocodrilo, con logo, 200 unidades", "CO", 220, 200,
         6000, "USD",
         "croc-embossed calf portfolios have a pressed, repeating pattern with the same scale in the same place on "
         "every piece and a smooth calf back; these 200 have real, irregular scales with bony osteoderms in the "
         "belly tiles, each pattern different, and a tanner's hide tags from a Córdoba farm without CITES tags: "
         "common caiman leather (Caiman crocodilus fuscus, CITES App. II) without Colombian export permits, flown "
         "from Bogotá to Madrid for a corporate-gift firm that embosses clients' logos on them; Colombian Spanish "
         "wording (caiman leather repeats in several sets and embossed-leather labels on crocodilian skins in blind131 "
         "and blind157, kept as a repeat of the label; executive portfolios with logos are the new part as far as a "
         "search found)",
         firm("Meridian Regalo Corporativo SL", "ES")),
        ("WLF-03", "import", "BEAIR01", "air", "NG", [], "BE", "960810",
         "Executive pens with ivory-white resin barrels, engraved, corporate gifts, 150 pcs", "NG", 6, 150, 900, "USD",
         "resin executive pens are moulded, even, light and warm in the hand, with a seam; these 150 have turned "
         "barrels and caps that are heavy and cool, with the crossing Schreger lines of elephant ivory on the cut "
         "ends and fine cracks, turned from tusk sections by Lagos carvers: elephant ivory (Loxodonta africana, CITES "
         "App. I) without CITES documents, flown from Lagos to Brussels for a corporate-gift reseller; Nigerian "
         "English wording (ivory under resin labels repeats in many sets; executive pens were found in no earlier row "
         "by a keyword search)", firm("Delta Business Gifts SA", "BE")),
        ("WLF-04", "import", "NLAIR01", "air", "CU", [], "NL", "711311",
         "Gemelos de plata con ónix negro y logotipo, regalo corporativo, 300 pares", "CU", 9, 300, 3000, "USD",
         "black-onyx cufflinks are flat, glassy, evenly black stone that a knife does not scratch; these 300 pairs are "
         "of a black, glossy, faintly translucent material with growth rings and a fibrous, woody grain on the back, "
         "light and warm, that smells of burnt hair under a hot needle: black coral (Antipatharia, CITES App. II) "
         "without CITES documents, flown from Havana to Amsterdam for a corporate-gift supplier; Cuban Spanish "
         "wording (black coral repeats in many sets under resin and bead labels and a black-onyx jewellery label "
         "once, blind270, on a pawnshop lot, kept as a repeat of the label; onyx cufflinks as a corporate gift are the "
         "new part as far as a search found)", firm("Horizon Relatiegeschenken BV", "NL")),
        ("WLF-05", "import", "DEAIR01", "air", "IN", [], "DE", "442090",
         "పడాక్ చెక్క విజిటింగ్ కార్డ్ హోల్డర్లు, లోగో చెక్కినవి, 1,000", "IN", 150, 1000, 2500, "USD",
         "padauk card holders are light, open-grained, orange-red wood that darkens to brown; these 1,000 are dense, "
         "fine-grained and deep blood-red, sink in water and stain a wet cloth red, with the wavy grain of red "
         "sanders heartwood from the Seshachalam hills: Pterocarpus santalinus (CITES App. II) without Indian export "
         "permits, flown from Chennai to Frankfurt for a Stuttgart corporate-gift engraver; Telugu wording (red "
         "sanders repeats in several sets under other labels; business-card holders were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Werbeartikel GmbH", "DE")),
        ("WLF-06", "transit", "NLAIR01", "air", "US", ["NL"], "HK", "121120",
         "Cultivated American ginseng roots, corporate Lunar New Year gift boxes, 300 boxes", "US", 90, 300, 9000,
         "USD",
         "cultivated ginseng roots are plump, smooth, pale and uniform, all of one age; these 300 boxes hold small, "
         "gnarled, dark, heavily ringed roots with long necks of many bud scars, 15 to 40 years old, dug wild in the "
         "Appalachians: wild American ginseng (Panax quinquefolius, CITES App. II) without the US export permit, which "
         "specimens in transit through the Union must carry, landed at Amsterdam in transit from Chicago to Hong Kong "
         "for corporate Lunar New Year gift boxes; US English wording (wild American ginseng under a cultivated label "
         "once, blind25, and cultivated slices behind gift baskets in blind199, kept as a repeat of the label; in "
         "corporate gift boxes through Amsterdam is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-07", "import", "DKAIR01", "air", "TH", [], "DK", "392690",
         "ที่ทับกระดาษอะคริลิกพร้อมม้าน้ำเรซิน ของที่ระลึกองค์กร, 500 ชิ้น", "TH", 200, 500, 1500, "USD",
         "acrylic paperweights with a resin seahorse hold a moulded, smooth, hollow figure with a seam; these 500 "
         "blocks hold real dried seahorses with bony rings, a coronet and skin texture, Hippocampus kuda and H. "
         "spinosissimus among them: seahorses (Hippocampus spp., CITES App. II) without CITES documents, flown from "
         "Bangkok to Copenhagen for a Danish award and corporate-gift firm; Thai wording (dried seahorses repeat in "
         "many sets and a resin-pendant label once, blind196; acrylic paperweights and awards were found in no earlier "
         "row by a keyword search)", firm("Vega Firmagaver ApS", "DK")),
        ("WLF-08", "import", "LVAIR01", "air", "UZ", [], "LV", "010620",
         "Asirlikda ko'paytirilgan O'rta Osiyo toshbaqalari, 200 dona", "UZ", 60, 200, 1600, "USD",
         "captive-bred Horsfield's tortoises are hatchlings and juveniles of even size with smooth, clean shells; "
         "these 200 are adults and subadults of every size with worn, scarred shells, ticks and soil in the scutes, "
         "taken from the steppe in Karakalpakstan: Testudo horsfieldii (CITES App. II) without CITES documents, "
         "declared captive-bred, flown from Tashkent to Riga for a pet wholesaler; Uzbek wording (Horsfield's "
         "tortoises repeat in several sets, blind55 and blind172 among them, kept as a repeat of the good; by air from "
         "Uzbekistan to Latvia is the new part as far as a search found)", firm("Central Zooimports SIA", "LV")),
        ("WLF-09", "import", "ESSEA01", "sea", "PY", [], "ES", "440729",
         "Madera aserrada de cedro australiano (Toona ciliata) de plantación, 40 m3", "PY", 21000, None, 9000, "USD",
         "plantation Toona is light, pale pinkish, soft and knotty from young trees; this container holds wide, "
         "clear, reddish-brown boards from old trees with the cedar smell and oily pores of Cedrela: Cedrela odorata "
         "and C. fissilis (CITES App. II) without Paraguayan export permits, by sea from Asunción (via Villeta) to "
         "Valencia; Paraguayan Spanish wording (Cedrela under Toona labels once, blind25, kept as a repeat of the "
         "label; from Paraguay to Spain is the new part as far as a search found)", firm("Rivage Maderas SL", "ES")),
        ("WLF-10", "import", "FRAIR01", "air", "MG", [], "FR", "090510",
         "Gousses de vanille Bourbon en coffrets cadeaux d'entreprise, 400 coffrets", "MG", 40, 400, 6000, "EUR",
         "a corporate-gift air shipment for a Paris gift-box maker: vanilla pods in gift boxes and raffia baskets are "
         "what the Antananarivo supplier sends, but the third item's 'palisander' letter openers are of dense, dark "
         "red-violet rosewood with a rose scent when cut that sinks in water: Malagasy rosewood (Dalbergia spp., CITES "
         "App. II, under a zero export quota) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Antananarivo to Paris; Malagasy French wording (Malagasy rosewood repeats in many "
         "sets, flooring strips in blind264 among them; letter openers behind vanilla gift boxes are the new part as "
         "far as a search found)",
         dict(firm("Rivage Coffrets Cadeaux SARL", "FR"),
              _more_items=[item("460219", "Paniers en raphia tressé, 400 pièces", "MG", 120, 800, "EUR", qty=400),
                           item("442199", "Coupe-papier en bois de palissandre, artisanat, 400 pièces", "MG", 60, 400,
                                "EUR", qty=400)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "VN", "BE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching laser-engraved wood)", "VN", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "BE-FOD-72-0037")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "TW", "IT", "290420",
     "Nitromethane 98 %, 1 l, for a licensed private user (model-engine fuel)", "TW", 1.1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-72-0158")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Electroplating sludge (11 01 09*) from a trophy and medal maker, for metal recovery at a licensed plant, 20 t",
     "CH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-72-0188")], "notified plating sludge to a licensed recoverer"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854919",
     "Waste DTG and sublimation printers (e-waste), for recycling at a licensed plant, 6 t", "NO", 6000, None, 0,
     "EUR", [("BASEL_CONSENT", "NL-ILT-72-0071")], "notified waste printers to a licensed recycler"),
    ("PRM-05", "ozone", "import", "SEAIR01", "air", "US", "SE", "290319",
     "Methyl chloroform, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 600,
     "USD", [("ODS_LICENCE", "SE-NV-ODS-72-006")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "US", "PL", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand extinguishers", "US", 400,
     10, 9000, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-72-009")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970310",
     "Bronze relief plaquette, Padua, c. 1510, documented Italian collection, sold to a US museum", "IT", 0.3, 1,
     40000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-72-0063")],
     "Renaissance plaquette exported with the Italian certificate and the EU export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "US", "490590",
     "Hand-coloured copper-engraved maps from Blaeu's Atlas Maior (1662), 6 sheets, documented Czech collection", "CZ",
     1, 6, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-72-0044")],
     "maps over 200 years old exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "NO", "900190",
     "Germanium infrared lens blanks, 40 units, for a Norwegian maker of firefighting thermal cameras", "FR", 28, 40,
     16000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-72-0118"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-72-0027")],
     "infrared optics under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "TR", "292219",
     "N-methyldiethanolamine 99 %, 10 drums, for a Turkish gas-treating plant", "NL", 2000, 10, 6000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-72-0209"), ("END_USER_CERTIFICATE", "TR-EPDK-EUC-72-0088")],
     "dual-use amine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "CO", "ES", "420211",
     "Caiman leather executive portfolios (Caiman crocodilus fuscus, farmed), 200 units", "CO", 220, 200, 24000, "USD",
     [("CITES_PERMIT", "CO-MADS-72-0412")], "App. II caiman leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "CN", "AT", "160431",
     "Farmed Siberian sturgeon caviar (Acipenser baerii), 400 tins of 50 g, for corporate-gift hampers", "CN", 20,
     400, 16000, "EUR", [("CITES_PERMIT", "CN-NWCO-72-1093")], "App. II farmed caviar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privato", "PRM-05": "Central Laboratorium AB",
    "PRM-06": "Atlantic Aero Serwis Sp. z o.o.", "PRM-11": "Meridian Regalo Corporativo SL",
    "PRM-12": "Alpina Geschenkkörbe GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # promotional-products suppliers, print-on-demand and personalisation shops, award makers and corporate-gift firms
    ("340290", "Laser-engraving residue cleaner for wood, 250 ml", "import", ["post"], ["VN", "CN"], (15, 30), (1, 3), ["USD", "EUR"], 4, S),
    ("381400", "Pad-printing ink thinner, cyclohexanone-based, 1 l", "import", ["air"], ["TW", "CN"], (5, 9), (100, 400), ["USD"], 1.1, S),
    ("382499", "Nickel-acetate sealing solution for anodised aluminium, 1 l", "import", ["sea"], ["TR", "CN"], (2, 4), (1000, 3000), ["USD", "EUR"], 1, S),
    ("250590", "Fine white sand for promotional sand timers, 25 kg bags", "import", ["sea"], ["CN"], (0.5, 1), (5000, 12000), ["USD"], 0.04, S),
    ("390110", "Polyethylene fill pellets for cornhole bags, 25 lb bags", "import", ["sea"], ["US", "CN"], (1.5, 2.5), (8000, 16000), ["USD"], 0.09, S),
    ("250100", "Korean sun-dried sea salt (cheonilyeom), 20 kg bags", "import", ["sea"], ["KR"], (1, 2), (8000, 16000), ["USD"], 0.05, S),
    ("382499", "Polymer cliché developer for pad printing, water-based, 5 l", "import", ["road"], ["RS", "CH"], (3, 6), (300, 1500), ["EUR"], 0.2, S),
    ("283190", "Discharge-ink activator (zinc formaldehyde sulphoxylate), 1 kg", "import", ["air"], ["BR", "IN"], (4, 7), (100, 500), ["USD"], 1, S),
    ("291529", "Sodium acetate trihydrate for reusable hand warmers, 25 kg", "import", ["sea"], ["CN", "NO"], (1, 2), (5000, 15000), ["USD", "EUR"], 0.04, S),
    ("380991", "DTG pretreatment liquid for dark garments, 1 l", "import", ["express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 1, S),
    ("844332", "Used DTG printers, tested, with print samples", "export", ["sea"], ["NG", "GH"], (8, 15), (1000, 3000), ["EUR"], 0.01, S),
    ("701391", "Lead-crystal award blanks, new, boxed", "export", ["road"], ["RS", "UA"], (15, 30), (500, 2000), ["EUR"], 1, S),
    ("790700", "Zinc-alloy medal and lapel-pin blanks, unplated", "import", ["sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 20, S),
    ("391990", "Heat-transfer vinyl (PU) on PET liner, rolls", "import", ["sea"], ["KR", "CN"], (6, 12), (1000, 4000), ["USD"], 0.5, S),
    ("960810", "Promotional ballpoint pens with logo, plastic", "import", ["sea"], ["CN"], (5, 10), (2000, 6000), ["USD"], 80, S),
    ("420222", "Logo-printed cotton tote bags for events", "import", ["sea"], ["IN", "BD"], (4, 8), (2000, 6000), ["USD"], 6, S),
    ("321590", "Pad-printing ink, two-component, 1 kg tins", "import", ["air"], ["CH", "JP"], (25, 45), (50, 300), ["USD", "CHF"], 1, S),
    ("390610", "PMMA granules, virgin, clear, for moulded awards", "export", ["road"], ["UA", "RS"], (2.5, 3.5), (10000, 20000), ["EUR"], None, S),
    ("390729", "Water-blown formulated polyol for PU stress balls, drums", "import", ["sea"], ["CN", "MY"], (2, 3.5), (6000, 12000), ["USD"], None, S),
    ("392099", "PTFE heat-press cover sheets, 40 x 50 cm", "import", ["post", "express"], ["PK", "CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("842410", "Car fire extinguishers 1 kg, ABC powder, logo-printed", "import", ["road"], ["UA", "TR"], (4, 8), (500, 2000), ["EUR"], 0.6, S),
    ("340290", "Crystal-award cleaning spray, alcohol-based, 250 ml", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("381400", "Silicone-pad cleaner for pad printing, ester-based, 1 l", "import", ["air"], ["ID", "JP"], (8, 15), (50, 200), ["USD"], 1.1, S),
    ("381400", "UV-printer head flushing fluid, glycol-ether, 1 l", "import", ["express"], ["JP"], (30, 60), (1, 4), ["JPY", "USD"], 1, S),
    ("340399", "Wax mould release for PU stress toys, drums", "import", ["sea"], ["CN"], (3, 5), (3000, 8000), ["USD"], None, S),
    ("491191", "Canvas prints on pine stretchers, print-on-demand", "export", ["air"], ["US", "CH"], (20, 40), (50, 200), ["EUR"], 0.3, S),
    ("711719", "Custom enamel lapel pins, zinc alloy, with clutches", "import", ["post", "express"], ["CN", "HK"], (30, 60), (1, 3), ["USD"], 150, S),
    ("581092", "Embroidered patches with heat-seal backing, polyester", "import", ["express"], ["PK", "CN"], (40, 80), (1, 3), ["USD"], 100, S),
    ("711719", "Replica coin cufflinks, base metal, boxed", "import", ["post"], ["CN", "TR"], (40, 80), (1, 2), ["USD", "EUR"], 30, S),
    ("830629", "Spun-brass trophy cups, plated, new", "import", ["sea"], ["CN", "IN"], (5, 10), (1000, 4000), ["USD"], 1, S),
    ("680291", "Marble award plaques and bases, new, polished", "import", ["sea"], ["IN", "TR"], (1, 2), (5000, 15000), ["USD"], 0.5, S),
    ("491191", "Art prints for corporate calendars, offset reproductions", "export", ["road"], ["CH", "NO"], (4, 8), (1000, 4000), ["EUR"], 5, S),
    ("691110", "Bone-china tea sets, gift boxed", "import", ["sea"], ["CN", "HK"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("701399", "K9 optical-glass paperweights with laser-engraved logos", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("950300", "Logo fidget spinners, plastic, with steel bearings", "import", ["sea"], ["CN"], (6, 12), (500, 2000), ["USD"], 15, S),
    ("420211", "Croc-embossed calf leather portfolios with logos", "import", ["air"], ["CO", "IN"], (40, 80), (50, 300), ["USD"], 1, S),
    ("711311", "Silver cufflinks with black onyx", "import", ["express"], ["TH", "IN"], (300, 600), (1, 2), ["USD"], 30, S),
    ("442090", "Padauk and walnut business-card holders, engraved", "import", ["air"], ["IN", "VN"], (10, 20), (100, 400), ["USD"], 7, S),
    ("392690", "Acrylic paperweights with resin seahorse figures", "import", ["air"], ["TH", "CN"], (6, 12), (100, 400), ["USD"], 2.5, S),
    ("460219", "Raffia gift baskets for corporate hampers", "import", ["sea"], ["MG", "VN"], (3, 6), (1000, 4000), ["USD", "EUR"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441919", "Bamboo toast racks", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 5, N),
        ("392490", "Plastic kitchen funnels, nested sets", "import", ["sea"], ["CN", "TR"], (2.5, 4.5), (2000, 6000), ["USD", "EUR"], 10, N),
        ("701349", "Glass oil-and-vinegar cruet sets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2, N),
        ("490199", "Crossword puzzle books, paperback", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind275", 20720101, HERE)


if __name__ == "__main__":
    main()
