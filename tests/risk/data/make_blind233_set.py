#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-third blind set (tests/risk/data/blind233-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 January - 26 February 2065, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and an emphasis on one kind of trade: home
appliances and consumer electronics retail (appliance importers and retailers, refurbished and
returned appliances, spare-parts distributors, repair networks, consumer-electronics wholesalers).
Written by a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged into
its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real declaration
would (private persons receiving parcel quantities by post or express, named companies on part of
the commercial shipments, drawn with a separate seeded generator); the ordinary table keeps postal
and express goods at parcel masses and commercial goods on commercial modes. Goods that need a
permit, licence or certificate by law appear only in the permitted rows, with their document, and
goods whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table, as are the shared table's two
steel rows (as in blind128). Disguised rows carry a consignee name only where a real declaration
would. Ids are BL233-*:

    python3 tests/risk/data/make_blind233_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "KR", [], "DK", "340250",
         "세탁조 클리너 액상 (활성산소), 드럼 세탁기용, 4 x 1 L", "KR", 4.6, 4, 52000, "KRW",
         "a washing-machine drum cleaner is a thin, perfumed, foaming liquid of about 1.02 kg/l with a few per cent "
         "of active oxygen; these four bottles are unscented, do not foam, weigh 1.13 kg/l, have vented caps and "
         "whiten and sting the skin: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Seoul "
         "to a private person in Aarhus who buys appliance-care products from a Korean web shop; Korean wording "
         "(hydrogen peroxide repeats in many sets; a washing-machine-cleaner label was found in no earlier row by "
         "a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-02", "import", "FRPOST01", "post", "CA", [], "FR", "330749",
         "Eau parfumée pour nettoyeur vapeur, parfum lavande, 4 x 1 L", "CA", 4.5, 4, 60, "CAD",
         "steam-cleaner fragrance water is a water-thin, lavender-smelling liquid of 1.00 kg/l meant to be poured "
         "into a steam mop's tank; these four bottles hold an oily, slightly yellow liquid of 1.14 kg/l that "
         "smells faintly fruity-chemical, partly mixes with water and burns with a pale flame: nitromethane "
         "(Annex I above 16 %), posted from Quebec to a private person in Lille, though flammable liquids may not "
         "go by letter post at all; Canadian French wording (nitromethane repeats in many sets; a steam-cleaner "
         "or steam-mop label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "DEAIR01", "air", "JP", [], "DE", "382499",
         "電解水生成器用 電解補助液 (Elektrolyse-Verstärker), 1 L ボトル, 240 本", "JP", 440, 240, 480000, "JPY",
         "the electrolysis enhancer sold with Japanese water ionizers is a weak calcium-lactate or sodium-chloride "
         "solution of about 1.05 kg/l, harmless to the skin; these 240 bottles weigh 1.84 kg/l, are oily, grow hot "
         "with a drop of water and char a paper towel: about 96 % sulphuric acid (Annex I above 15 %), flown from "
         "Osaka to Frankfurt for a Düsseldorf water-ionizer dealer who sells refills to the public by mail order; "
         "Japanese wording (sulphuric acid repeats in many sets; a water-ionizer label was found in no earlier row "
         "by a keyword search)", firm("Orion Wasserionisierer GmbH", "DE")),
        ("PRE-04", "import", "NLSEA01", "sea", "MY", [], "NL", "250100",
         "Garam isi semula untuk penjana air hipoklorus (HOCl) rumah, 1 kg, 6,000 beg", "MY", 6000, 6000, 5400,
         "USD",
         "refill salt for home hypochlorous-water generators is plain, pure sodium chloride that tastes salty and "
         "does not burn; these 6,000 bags hold a colourless, cubic, salty-bitter crystal that draws damp, "
         "crackles and flares yellow on a gas ring, and the factory drums in the same container read 'NaClO3': "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Port Klang to "
         "Rotterdam for a small-appliance web shop that sells the generators and their refills; Malay wording "
         "(sodium chlorate repeats in many sets, hypochlorite labels in several and hypochlorous water once, as "
         "a disinfectant in blind219; a refill salt for home HOCl generators was found in no earlier row by a keyword search)", firm("Horizon Huishoudtechniek BV", "NL")),
        ("PRE-05", "import", "BGSEA01", "sea", "GE", [], "BG", "330790",
         "სარეცხი მანქანის სურნელოვანი მარცვლები (scent booster beads), 500 გ, 24 000 ქილა", "GE", 12000,
         24000, 9600, "EUR",
         "laundry scent-booster beads are soft, coloured, strongly perfumed pastilles of PEG that melt in the "
         "wash; these jars hold hard, white, odourless prills that turn ice-cold in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Varna appliance-and-household chain that sells them next to its "
         "washing machines: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, "
         "by sea from Poti to Burgas; Georgian wording (ammonium nitrate repeats in many sets; a scent-booster "
         "label was found only once, in a development probe (dev28-c), and never by sea from Georgia)",
         firm("Delta Bytova Tehnika EOOD", "BG")),
        ("PRE-06", "import", "PTAIR01", "air", "BR", [], "PT", "340290",
         "Limpador ácido para sistema de leite de máquinas de café espresso, frasco 1 L, 900 frascos", "BR",
         1260, 900, 13500, "BRL",
         "an acidic milk-system cleaner for espresso machines is a mild, pale, citric or lactic solution of "
         "about 1.05 kg/l; these 900 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and "
         "eat into a copper coin: about 65 % nitric acid (Annex I above 3 %), flown from São Paulo to Lisbon for a "
         "Porto coffee-machine repair network that resells care products to the public; Brazilian Portuguese "
         "wording (nitric acid repeats in many sets, and an espresso milk-system acid cleaner was found in blind213; "
         "kept as a repeat, a Brazilian cleaner by air to Portugal is the new part as far as a search found)",
         firm("Atlantic Café Técnica Lda", "PT")),
        ("PRE-07", "import", "ESPOST01", "post", "CL", [], "ES", "330749",
         "Polvo desodorizante para bolsas de aspiradora, aroma limón, 6 x 500 g", "CL", 3, 6, 24000, "CLP",
         "vacuum-bag freshener powder is a light, lemon-scented powder of bicarbonate and fragrance that puffs "
         "out of the tin; these six tins hold a heavy, odourless, gritty white powder that does not fizz with "
         "vinegar, burns fiercely mixed with sugar and whose inner bags read 'KClO4': potassium perchlorate "
         "(Annex I above 40 %), posted from Santiago to a private person in Bilbao; Chilean Spanish wording "
         "(potassium perchlorate repeats in many sets; vacuum-bag labels appear in a few earlier rows, never on "
         "a precursor as a freshener powder, as far as a search found)", person("Sr. J. García", "ES")),
        ("PRE-08", "import", "ITSEA01", "sea", "IN", [], "IT", "340540",
         "ഗ്ലാസ്-സെറാമിക് ഹോബ് ക്ലീനിംഗ് പൗഡർ, 500 ഗ്രാം, 16,000 ടിൻ", "IN", 8000, 16000, 6400, "USD",
         "a glass-ceramic hob cleaning powder is a soft, slightly abrasive, scented chalk powder; these tins hold "
         "shiny, tasteless crystals with no abrasive grit that spit violet sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner liners, for a Bologna appliance spare-parts distributor that sells hob-care "
         "kits to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Kochi to Genoa; Malayalam wording (potassium chlorate repeats in many sets; hob labels appear "
         "in a few earlier rows on other goods; a hob cleaning powder from Kerala is the new part as far as a "
         "search found)", firm("Meridian Ricambi Elettrodomestici Srl", "IT")),
        ("PRE-09", "import", "GRROAD01", "road", "MK", [], "GR", "340290",
         "Детергент во прав за машини за садови, без фосфати, 1 кг, 9.000 кутии", "MK", 9000, 9000, 7200, "EUR",
         "a phosphate-free dishwasher powder is a coarse, blue-speckled, perfumed mix of carbonate, citrate and "
         "enzymes that foams slightly; these boxes hold a fine, plain white, odourless powder that draws damp, "
         "stays cold in water and burns brightly with sugar, and the re-used sacks inside read 'NaClO4 H2O': "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry at "
         "Evzonoi for a Thessaloniki appliance retailer; Macedonian wording (sodium perchlorate repeats in many "
         "sets and dishwasher-tablet labels in two; a dishwasher-powder label from North Macedonia is the new "
         "part as far as a search found)", firm("Vega Oikiakes Syskeves AE", "GR")),
        ("PRE-10", "import", "CYSEA01", "sea", "EG", [], "CY", "851610",
         "سخانات مياه كهربائية 50 لتر، 300 قطعة", "EG", 6600, 300, 18000, "USD",
         "an appliance container for a Limassol retailer: Egyptian electric water heaters and ceiling fans are "
         "what Cypriot shops buy from Cairo makers, but the third item's 'منظف ترسبات للسخانات' are 400 jerrycans "
         "of a water-clear liquid of 1.20 kg/l with vented caps that foams on rust and whitens the skin: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) in 5 l retail cans for members of the public, hidden as the last "
         "item of a three-item declaration, by sea from Alexandria to Limassol; Egyptian Arabic wording (hydrogen "
         "peroxide repeats in many sets and descaler labels in many; behind water heaters and fans is the new part "
         "as far as a search found)",
         dict(firm("Central Home Appliances Ltd", "CY"),
              _more_items=[item("841451", "مراوح سقف، 56 بوصة، 600 قطعة", "EG", 3600, 9000, "USD", qty=600),
                           item("340290", "منظف ترسبات للسخانات، عبوة 5 لتر، 400 عبوة", "EG", 2400, 1600, "USD", qty=400)])),
    ],
    "waste": [
        ("WST-01", "export", "PLROAD01", "road", "PL", [], "UA", "850811",
         "Odkurzacze pionowe bezprzewodowe, odnowione, klasa B, 1 400 szt.", "PL", 3500, 1400, 28000, "EUR",
         "refurbished cordless stick vacuums come boxed, cleaned, with a tested battery and a grade sticker; "
         "these gaylords hold dusty, unsorted customer returns from a Poznań e-commerce returns hub, many with "
         "swollen, cracked lithium packs, broken motors and no charger, never tested: waste electrical equipment "
         "with damaged lithium batteries (16 02 13*, 16 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry at Dorohusk for a Lutsk 'appliance outlet'; Polish wording (returns and "
         "lithium batteries repeat in many sets and a cordless-vacuum label once (blind51); stick vacuums from a "
         "returns hub to Ukraine are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-02", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "390330",
         "ABS regranulat, črn, iz ohišij televizorjev, 22 t", "SI", 22000, None, 4400, "EUR",
         "black ABS regranulate is uniform, odourless pellets with a test sheet; these bags hold shredded, mixed "
         "TV and monitor back covers with screw bosses, labels and foam, a mix of ABS, HIPS and PC that reads "
         "over 2 % bromine on a handheld XRF: WEEE plastics with brominated flame retardants (decaBDE and other "
         "POPs, 19 12 11*), hazardous waste whose export to a non-OECD country is banned, by road through Croatia "
         "to a Tuzla 'compounder'; Slovene wording (BFR plastics and regrind labels repeat in many sets; "
         "TV-housing plastic from Slovenia to Bosnia by road is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "630790",
         "Ölbindemittel aus PU-Schaumflocken, für Werkstätten, 12 t", "AT", 12000, None, 1800, "EUR",
         "a PU-foam oil absorbent is clean, uniform, new foam flakes in labelled sacks; these bales hold yellow, "
         "crumbly, shredded fridge-cabinet insulation with bits of sheet metal and plastic liner, from the "
         "light fraction of a Vienna refrigerator-recycling line, and a gas test of the sacks gives CFC-11: "
         "insulation foam containing ozone-depleting substances (16 02 11*, 19 12 11*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry through Hungary to a Novi Sad 'workshop supplier'; "
         "Austrian German wording (fridge foam repeats in several sets; an oil-absorbent label is the new part "
         "as far as a search found)", {"importer_country": "RS"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "853225",
         "Condensateurs de démarrage et de marche pour climatiseurs, testés, 18 000 pièces", "BE", 9000, 18000,
         5400, "EUR",
         "new air-conditioner run capacitors are small, dry, polypropylene-film cans with a date and a rating; "
         "these crates hold large, old, oil-filled metal capacitors unscrewed from 1970s-80s fridges, washing "
         "machines, fluorescent fittings and motors, some leaking a heavy, sweetish oil that tests positive for "
         "PCBs: waste capacitors containing PCBs (16 02 09*, 16 02 10*), hazardous waste whose export to a non-OECD "
         "country is banned (and POP waste), from Antwerp to Tema for a Kumasi 'spares dealer'; Belgian French "
         "wording (capacitors repeat in many sets; PCB capacitors under a tested-AC-capacitor label to Ghana are "
         "the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "SN", "850440",
         "Sistemas de alimentación ininterrumpida (SAI), reacondicionados, 600 unidades", "ES", 15000, 600, 9000,
         "EUR",
         "refurbished UPS units come with new batteries, a load-test sheet and a warranty; these 600 units come "
         "from a Madrid office-clearance firm, with dead, bulging, leaking lead-acid batteries still inside and "
         "burnt boards, untested: waste electrical equipment with lead-acid batteries (16 02 13*, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Dakar; Spanish wording "
         "(UPS units and lead-acid batteries repeat in many sets; kept as a known repeat, from Spain to Senegal is "
         "the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "841430",
         "Reconditioned refrigeration compressors, hermetic, tested, 2,400 units", "IE", 24000, 2400, 19200, "EUR",
         "reconditioned hermetic compressors are drained, capped, painted and tagged with a test date; these are "
         "cut out of scrapped fridges and freezers at a Dublin scrapyard, with pipe stubs crimped shut, still "
         "holding their oil and a hiss of refrigerant, rusty and untested: waste compressors containing oil and "
         "ozone-depleting refrigerant (16 02 11*), hazardous waste whose export to a non-OECD country is banned, "
         "from Dublin to Lagos; Irish English wording (compressors repeat in many sets; kept as a known repeat, "
         "from Ireland to Nigeria is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-07", "export", "FISEA01", "sea", "FI", [], "TZ", "845011",
         "Kunnostetut pyykinpesukoneet, testattu, takuu 6 kk, 420 kpl", "FI", 29400, 420, 25200, "EUR",
         "refurbished washing machines come cleaned, with a test label and new door seals; these 420 are dented "
         "machines collected from Helsinki housing-company laundries and kerbside WEEE points, with cut cables, "
         "seized drums, missing pumps and mould, never tested: waste electrical and electronic equipment (20 01 36) "
         "sent as used goods without the notification and consent the Basel e-waste amendments (in force since "
         "2025) require for export to a non-OECD country, from Kotka to Dar es Salaam; Finnish wording (broken "
         "appliances as used goods repeat in many sets and washing-machine labels in a few; from Finland to "
         "Tanzania is the new part as far as a search found)", {"importer_country": "TZ"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL", "UA"], "MD", "851621",
         "Elektro-Speicherheizgeräte, generalüberholt, 300 Stück", "DE", 36000, 300, 15000, "EUR",
         "overhauled night-storage heaters have new elements and an asbestos-free certificate; these 300 were "
         "pulled from 1960s-70s Ruhr flats, with grey, fibrous insulation boards and crumbling door seals that "
         "show chrysotile under a lens: waste equipment containing asbestos (16 02 12*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry through Poland and Ukraine to a Chișinău 'heating "
         "dealer'; German wording (asbestos repeats in many sets and storage heaters in a few (blind113, blind19, "
         "a development probe); by road to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "841821",
         "Frigoríficos domésticos usados, revistos, 180 unidades", "PT", 10800, 180, 9000, "EUR",
         "a second-hand appliance container for Luanda: used fridges and microwaves are what Lisbon exporters "
         "ship to Angola, but the third item's 'baterias de lítio para bicicletas elétricas, testadas' are 900 "
         "crushed, burnt or swollen e-bike and e-scooter packs from a Lisbon repair chain's scrap bin, taped up "
         "and without state-of-health reports: waste lithium batteries (16 06 05*, with damaged cells), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Lisbon to Luanda; Portuguese wording (lithium batteries behind used goods repeat in "
         "several sets; behind fridges to Angola is the new part as far as a search found)",
         dict({"importer_country": "AO"},
              _more_items=[item("851650", "Micro-ondas usados, revistos, 300 unidades", "PT", 3600, 3000, "EUR", qty=300),
                           item("850760", "Baterias de lítio para bicicletas elétricas, testadas, 900 unidades", "PT", 3150, 2700, "EUR", qty=900)])),
        ("WST-10", "export", "CZAIR01", "air", "CZ", [], "HK", "852412",
         "Originální OLED displeje pro chytré telefony, použité, k repasi, 6 000 ks", "CZ", 900, 6000, 12000, "EUR",
         "used OLED screens for refurbishing are intact panels with working touch layers, tested and sorted by "
         "model; these are cracked, burnt and dead displays with frames and glue, swept from a chain of Prague "
         "phone-repair shops and bought by the kilo, none testable: e-waste exported without the notification "
         "and consent the Basel e-waste amendments require since 2025, by air from Prague to a Hong Kong "
         "'buy-back' dealer whose goods go on to Shenzhen; Czech wording (phone displays and OLED labels repeat in "
         "many sets; broken screens from repair shops by air freight to Hong Kong are the new part as far as a "
         "search found)", {"importer_country": "HK"}),
    ],
    "ozone": [
        ("OZN-01", "transit", "ROSEA01", "sea", "VN", ["RO"], "MD", "271112",
         "Môi chất lạnh R-290 (propan) cho điều hòa, bình 5 kg, 1.200 bình", "VN", 6000, 1200, 9600, "USD",
         "R-290 refrigerant propane is a light liquid of 0.50 kg/l at about 8 bar that burns; these 1,200 "
         "cylinders hold 5 kg each of a liquid of 1.19 kg/l at 9 bar that does not light at the valve, and the "
         "shoulders are stamped 'R22' under green sleeves: chlorodifluoromethane (HCFC-22), a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit from Haiphong to a Chișinău air-conditioner installer; Vietnamese "
         "wording (HCFC-22 repeats in many sets and an R-290 propane label in blind108 and others; kept as a "
         "repeat, a transit through Constanța to Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-02", "import", "SIAIR01", "air", "TR", [], "SI", "340290",
         "Klima evaporatör köpük temizleyici sprey, 500 ml, 4.800 kutu", "TR", 3100, 4800, 7200, "EUR",
         "an air-conditioner coil foam cleaner is a water-based detergent that foams and smells of lemon; these "
         "cans spray a clear liquid that evaporates at once without foam, smells sweet and ethereal and weighs "
         "1.24 kg/l, and the filler's stickers under the labels read '141b': 1,1-dichloro-1-fluoroethane "
         "(HCFC-141b), whose import into the Union is banned, flown from Istanbul to Ljubljana for an AC "
         "installer network; Turkish wording (HCFC-141b repeats in many sets and coil-cleaner labels in two; a "
         "Turkish evaporator cleaner into Slovenia is the new part as far as a search found)",
         firm("Alpina Klima d.o.o.", "SI")),
        ("OZN-03", "import", "ESSEA01", "sea", "MX", [], "ES", "290379",
         "Refrigerante R-1233zd(E) para enfriadoras centrífugas, tambores de 250 kg, 24 tambores", "MX", 6000, 24,
         42000, "USD",
         "R-1233zd(E) is a low-pressure refrigerant that boils at 18 °C and costs about 15 USD/kg; these drums "
         "cost half that, boil at 24 °C, weigh 1.49 kg/l and the drum heads are stamped 'R-11': "
         "trichlorofluoromethane (CFC-11), whose import into the Union is banned, by sea from Veracruz to "
         "Valencia for a chiller-service firm; Mexican Spanish wording (CFC-11 repeats in many sets and R-1233 "
         "labels in several; from Mexico to Spain by sea is the new part as far as a search found)",
         firm("Rivage Climatización SL", "ES")),
        ("OZN-04", "import", "NLSEA01", "sea", "US", [], "NL", "841821",
         "Restored 1950s retro refrigerators, chrome trim, 16 units", "US", 2400, 16, 32000, "USD",
         "restored retro refrigerators sold in Europe are rebuilt with a new R-600a sealed system and a CE label; "
         "these sixteen still run their original 1950s compressors and each holds about 0.4 kg of its original "
         "dichlorodifluoromethane (CFC-12), the service valve reads 'F-12' and a leak detector screams at the "
         "back: products containing an ozone-depleting substance whose import into the Union is banned, by sea "
         "from Savannah to Rotterdam for an Utrecht retro-appliance shop; US English wording (CFC-12 and retro "
         "appliances repeat in many sets; restored 1950s fridges to a retro-appliance retailer are the new part "
         "as far as a search found)", firm("Meridian Retro Appliances BV", "NL")),
        ("OZN-05", "import", "ATAIR01", "express", "HK", [], "AT", "381400",
         "OCA glue remover for phone screen refurbishing, 12 x 1 L", "HK", 16, 12, 1800, "HKD",
         "OCA glue removers for screen refurbishing are limonene or ester solvents of 0.85-0.9 kg/l that smell "
         "of orange; these twelve bottles weigh 1.34 kg/l, do not burn, smell sweet like chloroform and the "
         "filler's labels under the stickers read '1,1,1-三氯乙烷': methyl chloroform, whose import into the Union "
         "is banned, sent by express from Hong Kong to a Graz phone-repair shop; English wording (methyl "
         "chloroform repeats in many sets and adhesive-remover labels in several; an OCA-remover label for "
         "screen refurbishing is the new part as far as a search found)", firm("Central Handy Service GmbH", "AT")),
        ("OZN-06", "import", "PLSEA01", "sea", "BD", [], "PL", "841850",
         "বেভারেজ ডিসপ্লে কুলার, কাচের দরজা, R-290, 240 টি", "BD", 19200, 240, 57600, "USD",
         "glass-door beverage coolers for Europe run on R-290 and are foamed with cyclopentane, with a flammable-"
         "gas sticker; these 240 have the hydrocarbon sticker but a foam sample from a drilled side wall gives "
         "off 1,1-dichloro-1-fluoroethane in a head-space test and the maker's foam-line records name HCFC-141b: "
         "products containing an ozone-depleting substance (foam blown with HCFC-141b) whose import into the "
         "Union is banned, by sea from Chittagong to Gdańsk for a Łódź drinks-distribution equipment dealer; "
         "Bengali wording (HCFC-141b foam repeats in many sets and display coolers in several; Bangladeshi-made "
         "bottle coolers are the new part as far as a search found)", firm("Orion Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-07", "import", "SEROAD01", "road", "NO", [], "SE", "842410",
         "Komfyrvakt slukkeboks for kjøkkenvifte, automatisk, 2 000 stk.", "NO", 1400, 2000, 60000, "NOK",
         "stove-top fire suppression canisters that hang under a cooker hood hold a dry potassium-based powder "
         "that rattles; these 2,000 canisters slosh, feel heavy for their size and a punctured one vents a "
         "liquid that vanishes into a heavy, sweet gas, and the fill lot reads 'BCF': halon 1211 "
         "(bromochlorodifluoromethane) from old stock, in products whose import into the Union is banned, on a "
         "lorry at Svinesund for a Gothenburg kitchen-appliance retailer; Norwegian wording (halon 1211 repeats "
         "in many sets and stove labels in several; a cooker-hood suppression canister from Norway is the new "
         "part as far as a search found)", firm("Nordhafen Köksteknik AB", "SE")),
        ("OZN-08", "export", "NLSEA01", "sea", "NL", [], "SR", "841861",
         "Gereviseerde lucht-water warmtepompen, 40 stuks", "NL", 6400, 40, 16000, "EUR",
         "revised heat pumps for export run on R-32 or R-290 and carry a new refrigerant label; these forty, taken "
         "out of 1990s Dutch homes, still hold their original HCFC-22 charge (about 3 kg each) with the old "
         "'R22' plates painted over: equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Rotterdam to Paramaribo; Dutch wording (R-22 equipment for export, heat "
         "pumps and Suriname repeat in several sets; kept as a known repeat, old domestic heat pumps to Suriname "
         "are the new part as far as a search found)", {"importer_country": "SR"}),
        ("OZN-09", "import", "LTAIR01", "air", "UA", [], "LT", "382499",
         "УФ-барвник для пошуку витоків холодоагенту, балончики 250 мл, 3 000 шт.", "UA", 1200, 3000, 6000, "EUR",
         "UV leak-detection dye for refrigeration is a few millilitres of fluorescent oil in a cartridge; these "
         "3,000 cans are pressurised at about 5 bar, hold 0.3 kg each of a liquid gas of 1.3 kg/l with a trace of "
         "yellow dye and a leak detector reads them as R-12: dichlorodifluoromethane (CFC-12), whose import into "
         "the Union is banned, flown from Kyiv to Vilnius for a fridge-repair parts dealer; Ukrainian wording "
         "(CFC-12 repeats in many sets and UV-dye labels in three; a Ukrainian leak-dye can as a CFC-12 "
         "container is the new part as far as a search found)", firm("Vega Šaldymo Dalys UAB", "LT")),
        ("OZN-10", "import", "ITSEA01", "sea", "AL", [], "IT", "340290",
         "Para-trajtues njollash për makina pastrimi tapetesh, 200 bidona 5 L", "AL", 1600, 200, 2000, "EUR",
         "a spot pre-treatment for carpet and upholstery cleaning machines is a water-based detergent that foams; "
         "these jerrycans hold a clear liquid of 1.59 kg/l that does not foam, smells sweet like dry-cleaning "
         "fluid, and the old drums it was decanted from read 'CCl4': carbon tetrachloride, whose import into the "
         "Union is banned outside licensed laboratory and feedstock uses, by sea from Durrës to Bari for a "
         "carpet-cleaner rental and appliance shop; Albanian wording (carbon tetrachloride repeats in many sets "
         "and carpet-cleaning labels in several; from Albania by sea is the new part as far as a search found)",
         firm("Delta Noleggio Elettrodomestici Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "export", "BGPOST01", "post", "BG", [], "US", "845090",
         "Резервни части за перални машини: шайби и втулки, 3 кг", "BG", 3, 180, 40, "EUR",
         "washing-machine spare washers and bushings are bright, machined steel or plastic rings in bags; these "
         "180 are worn, irregular, green and black bronze and silver discs with heads, horses and Greek letters, "
         "soil in the legends, found by a detectorist near Plovdiv: Thracian and Hellenistic coins, "
         "archaeological objects over 100 years old that need an export licence at any value (Regulation "
         "116/2009) and whose export Bulgaria restricts, posted from Sofia to a buyer in New Jersey without one; "
         "Bulgarian wording (ancient coins repeat in many sets; a washing-machine-spares label is the new part "
         "as far as a search found)", {"importer_country": "US"}),
        ("CUL-02", "import", "NLAIR01", "express", "AE", [], "NL", "851680",
         "Ceramic infrared heating plates for patio heaters, replacement, 40 pcs", "IQ", 6, 40, 160, "USD",
         "replacement infrared heater plates are thin, flat, honeycombed white ceramic with wire terminals; these "
         "40 are palm-sized, pillow-shaped tablets of sun-dried brown clay covered in wedge-shaped signs, with "
         "salt bloom and no terminals at all: cuneiform tablets from southern Iraq, archaeological objects "
         "brought in without an import licence (Regulation 2019/880) and against the UN embargo on Iraqi "
         "cultural property (Regulation 1210/2003), sent by express from Dubai to a private dealer in Leiden; "
         "English wording (cuneiform tablets repeat in many sets; kept as a known repeat, a heater-plate label is "
         "the new part as far as a search found)", person("M. Bakker", "NL")),
        ("CUL-03", "import", "DEAIR01", "air", "TR", [], "DE", "490199",
         "Ev aletleri kullanım kılavuzları, basılı, Türkçe-Almanca, 600 adet", "TR", 48, 600, 900, "EUR",
         "printed appliance instruction manuals are stapled, glossy, machine-printed booklets; 14 of these "
         "cartons hold hand-written Ottoman and Persian codices on burnished paper, with gilt headings, waqf seals "
         "of an Anatolian mosque library and worn leather bindings, packed between the booklets: manuscripts "
         "over a century old whose export Türkiye forbids, brought in against the UNESCO 1970 convention (and "
         "above the value threshold without the importer statement of Regulation 2019/880), flown from Istanbul "
         "to Frankfurt for a Cologne antiquarian; Turkish wording (Ottoman manuscripts repeat in several sets; an "
         "instruction-manual label was found in no earlier row by a keyword search)",
         firm("Orion Antiquariat GmbH", "DE")),
        ("CUL-04", "import", "FRSEA01", "sea", "TH", [], "FR", "851821",
         "ลำโพงกลางแจ้งรูปหิน สำหรับสวน กันน้ำ, 60 ชิ้น", "TH", 1500, 60, 3000, "USD",
         "garden rock speakers are hollow, light resin shells painted like stone with a cable gland and a "
         "driver inside; four of these sixty are solid grey-pink sandstone heads with crowns of lotus petals, "
         "chisel marks, lichen and broken necks, weighing 60 kg each, with no speaker inside: Khmer sculpture "
         "(Baphuon to Angkor Wat style, 11th-12th century) taken from Cambodian temples, archaeological objects "
         "brought in without an import licence (Regulation 2019/880), by sea from Laem Chabang to Marseille for "
         "a garden and outdoor-audio importer; Thai wording (Khmer sculpture repeats in many sets; a garden "
         "rock-speaker label was found in no earlier row by a keyword search)", firm("Rivage Jardin Audio SARL", "FR")),
        ("CUL-05", "import", "ESAIR01", "air", "CR", [], "ES", "940599",
         "Bases de cerámica pintada para lámparas de mesa, artesanía de Guaitil, 24 piezas", "CR", 36, 24, 480,
         "USD",
         "Guaitil workshop lamp bases are new, bright-slipped, kiln-fired pots drilled for a cable; six of these "
         "24 are undrilled tripod vessels and jaguar-effigy jars with faded red, orange and black polychrome, root "
         "marks and grave soil inside: Greater Nicoya ceramics (AD 800-1350), archaeological objects whose export "
         "Costa Rica forbids, brought in without an import licence (Regulation 2019/880), flown from San José to "
         "Madrid for a lighting shop; Costa Rican Spanish wording (Nicoya ceramics repeat in a few sets and "
         "lamp-base labels in three; Guaitil lamp bases by air are the new part as far as a search found)",
         firm("Galería Atlántica SL", "ES")),
        ("CUL-06", "import", "ITSEA01", "sea", "EG", [], "IT", "841590",
         "قطع غيار تكييفات: مراوح ومواتير وحدات خارجية، 120 كرتونة", "EG", 2400, 120, 3600, "USD",
         "air-conditioner spare parts are fan blades, motors and coils in maker's cartons; three of these 120 "
         "cartons hold, wrapped in the fan-blade foam, 40 small blue-green faience figurines in mummy form with "
         "hieroglyphic columns, a bronze Osiris and painted cartonnage fragments with tomb dust: ushabtis and "
         "other Egyptian antiquities, archaeological objects whose export Egypt forbids, brought in without an "
         "import licence (Regulation 2019/880), by sea from Damietta to Salerno for an AC spare-parts importer; "
         "Egyptian Arabic wording (ushabtis repeat in several sets; inside AC spare-parts cartons is the new part "
         "as far as a search found)", firm("Meridian Ricambi Clima Srl", "IT")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "852872",
         "Televisori LED 55 pollici, resi da cliente, ricondizionati, 80 pezzi", "IT", 1440, 80, 16000, "EUR",
         "a returns lorry for a Lugano electronics outlet: graded customer-return TVs and soundbars are what "
         "Italian retailers sell off to Swiss outlets, but the third item's 'cornici decorative per TV' is a "
         "rolled and framed oil painting of the Madonna and saints on canvas, relined, with a 17th-century "
         "Bolognese school attribution and a church inventory number on the stretcher: a painting over 50 years "
         "old above the value threshold, and part of the Italian cultural heritage, exported without the licence "
         "of Regulation 116/2009 and the Italian export certificate, hidden as the last item of a three-item "
         "declaration, on a lorry at Chiasso; Italian wording (paintings repeat in many sets; behind returned TVs "
         "to Switzerland is the new part as far as a search found)",
         dict({"importer_country": "CH"},
              _more_items=[item("851822", "Soundbar, resi da cliente, 120 pezzi", "IT", 480, 6000, "EUR", qty=120),
                           item("441490", "Cornici decorative per TV, legno, 1 pezzo", "IT", 14, 120, "EUR", qty=1)])),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "741220",
         "Латунні фітинги для пральних і посудомийних машин, 40 кг", "UA", 40, 300, 400, "EUR",
         "brass fittings for washing machines are bright, threaded elbows and hose tails; these 300 are "
         "green-patinated cast bronze arrowheads, a gold-sheet plaque with a stag and horse-harness fittings with "
         "steppe soil in the sockets, dug in the south of Ukraine: Scythian archaeological objects, whose export "
         "Ukraine forbids, brought in without an import licence (Regulation 2019/880) and against the UNESCO 1970 "
         "convention, on a lorry at Dorohusk for a Lublin plumbing and appliance-parts dealer; Ukrainian wording "
         "(Scythian objects repeat in many sets; a washing-machine-fittings label is the new part as far as a "
         "search found)", firm("Central Armatura Sp. z o.o.", "PL")),
        ("CUL-09", "import", "BESEA01", "sea", "CN", [], "BE", "850980",
         "仿古陶瓷香薰加湿器, 超声波, 家用, 800 件", "CN", 2400, 800, 8000, "USD",
         "antique-style ceramic ultrasonic diffusers are new, evenly glazed, light shells with a plastic water "
         "tank and a transducer; 12 of these 800 boxes hold heavy, unglazed grey pottery figures and a three-colour "
         "(sancai) glazed horse with earth in the cracks and root marks, and no tank or plug: Han and Tang tomb "
         "figures, archaeological objects whose export China forbids, brought in without an import licence "
         "(Regulation 2019/880), by sea from Ningbo to Antwerp for a small-appliance importer; Chinese wording "
         "(Chinese tomb figures repeat in several sets and diffuser labels in a few; ceramic ultrasonic "
         "humidifiers are the new part as far as a search found)", firm("Horizon Home Appliances SA", "BE")),
        ("CUL-10", "export", "PTSEA01", "sea", "PT", [], "BR", "690740",
         "Azulejos de parede para salpicos de cozinha, pintados à mão, 40 m2", "PT", 900, None, 1600, "EUR",
         "new hand-painted azulejo splashback tiles are bright, even, machine-pressed and glazed in one firing; "
         "these 40 m2 are thick, uneven 18th-century blue-and-white tiles with mortar on the backs, chipped "
         "edges and a figurative panel of a hunting scene, chiselled off a Lisbon palace staircase: Portuguese "
         "cultural heritage and tiles over 100 years old from a monument, exported without the licence of "
         "Regulation 116/2009 and the Portuguese export authorisation, from Lisbon to Santos for a São Paulo "
         "kitchen-appliance showroom; Portuguese wording (azulejos repeat in many sets; kept as a known repeat, "
         "a kitchen-splashback label for an appliance showroom is the new part as far as a search found)",
         {"importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU", "KZ"], "KG", "845011",
         "Waschtrockner, gebraucht, generalüberholt, 160 Stück", "DE", 14400, 160, 24000, "EUR",
         "refurbished washer-dryers are scuffed, older models at about 150 EUR each; these 160 are new, sealed, "
         "top-range built-in washer-dryers with their film still on, listed at 2,400 EUR each, for a Bishkek "
         "'appliance outlet' whose address is also a Moscow retailer's: luxury household appliances worth over "
         "750 EUR each, whose sale for use in Russia Regulation 833/2014 (Annex XVIII) forbids, undervalued as "
         "used goods, by road from Gütersloh; German wording (luxury goods to Russia through Central Asia repeat "
         "in many sets; washer-dryers as refurbished goods were found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "852589",
         "Modules vision nocturne pour sonnettes vidéo connectées, 120 pièces", "FR", 60, 120, 3600, "EUR",
         "night-vision modules for video doorbells are cheap CMOS cameras with infrared LEDs; these 120 are "
         "18 mm image-intensifier tubes with a photocathode and a microchannel plate, in maker's foam with the "
         "serial labels cut off, worth 3,000 EUR each: image intensifier tubes (dual-use 6A002), exported without "
         "the licence Regulation 2021/821 requires, flown from Lyon to a Dubai 'smart-home' reseller whose "
         "orders go on to Iran; French wording (image intensifiers repeat in many sets and doorbell labels in "
         "three; kept as a known repeat, a doorbell night-vision label from France is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "AE", "850440",
         "Schede inverter per compressori di climatizzatori, ricambi, 48 pezzi", "IT", 960, 48, 9600, "EUR",
         "air-conditioner inverter boards are small, fan-cooled PCBs that drive one compressor at up to a few "
         "hundred hertz; these 48 are rack-mounted, multiphase frequency changers with an output of 600-2,000 Hz, "
         "high stability and a rating of tens of kilowatts: frequency changers (dual-use 3A225, of use to gas "
         "centrifuges) exported without the licence Regulation 2021/821 requires, from Genoa to a Jebel Ali "
         "'HVAC spares' trader whose consignments go on to Bandar Abbas; Italian wording (frequency changers "
         "repeat in many sets and inverter labels in several; an AC inverter-board label is the new part as far "
         "as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "EEAIR01", "air", "EE", [], "KZ", "850870",
         "Robottolmuimejate navigatsiooniandurid, varuosad, 400 tk", "EE", 40, 400, 4000, "EUR",
         "robot-vacuum navigation sensors are cheap consumer gyros and LiDAR modules at a few euros; these 400 "
         "are tactical-grade MEMS inertial measurement units in sealed metal cases with calibration sheets, at "
         "2,000 EUR each on the maker's list, for an Almaty 'home-robotics' firm set up months ago: navigation "
         "equipment on the common high-priority list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (IMUs and gyros repeat in "
         "many sets and robot-vacuum labels in two; robot-vacuum sensors from Estonia are the new part as far as "
         "a search found)", {"importer_country": "KZ"}),
        ("STR-05", "export", "LTROAD01", "road", "LT", ["LV", "RU", "KZ"], "UZ", "851762",
         "Wi-Fi tinklo (mesh) maršrutizatoriai namams, 600 vnt.", "LT", 600, 600, 30000, "EUR",
         "home Wi-Fi mesh routers are white plastic pucks with a few antennas and a mains plug; these 600 boxes "
         "hold bare, shielded software-defined radio boards covering 70 MHz-6 GHz with FPGA front ends and SMA "
         "connectors, no case and no Wi-Fi firmware, for a Tashkent 'network shop' that ships on to Russia: "
         "radio equipment on the common high-priority list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, by road from Kaunas; Lithuanian wording (SDR boards repeat in "
         "several sets and mesh-router labels in blind168 and blind187; kept as a repeat, to Uzbekistan by road "
         "is the new part as far as a search found)",
         {"importer_country": "UZ"}),
        ("STR-06", "export", "HUROAD01", "road", "HU", ["RO", "BG"], "TR", "843390",
         "Robotfűnyíró hajtómotorok, pótalkatrész, 800 db", "HU", 960, 800, 12000, "EUR",
         "robot-lawnmower drive motors are small geared DC motors at 15 EUR each; these 800 are large, open, "
         "outrunner brushless motors with 6-8 kW ratings, propeller shafts and matching electronic speed "
         "controllers, for an Istanbul 'garden equipment' trader that ships to Tehran: components of unmanned "
         "aerial vehicles whose sale for use in Iran Regulation 2023/1529 forbids, by road from Budapest through "
         "Romania and Bulgaria; Hungarian wording (UAV motors repeat in many sets and lawnmower labels in a "
         "few; robot-lawnmower motors from Hungary are the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-07", "export", "SEAIR01", "air", "SE", [], "HK", "902519",
         "Temperaturgivare för induktionshällar, reservdelar, 300 st", "SE", 30, 300, 3000, "EUR",
         "induction-hob temperature sensors are NTC thermistors on a lead at a euro each; these 300 are "
         "uncooled 640 x 512 VOx microbolometer thermal-imaging cores with 60 Hz output and germanium lenses, "
         "worth 4,000 EUR each, for a Hong Kong 'appliance spares' firm whose buyers are in Russia: thermal "
         "cameras controlled under dual-use 6A003 and on the common high-priority list, exported without a "
         "licence, flown from Stockholm; Swedish wording (thermal-imaging cores repeat in many sets; an "
         "induction-hob sensor label is the new part as far as a search found)", {"importer_country": "HK"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", [], "BY", "851679",
         "Czajniki elektryczne, 2 400 szt.", "PL", 3600, 2400, 24000, "EUR",
         "a small-appliance lorry for a Minsk retailer at Kukuryki: kettles and hair dryers may still be sold to "
         "Belarus, but the third item's 'odkurzacze ręczne akumulatorowe' are 300 FPV quadcopters with 7-inch "
         "frames, video transmitters and thermal cameras, with no vacuum among them: unmanned aerial vehicles "
         "(8806), whose export to Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item "
         "declaration; Polish wording (drones repeat in many sets; behind kettles and hair dryers under a "
         "handheld-vacuum label is the new part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("851631", "Suszarki do włosów, 1 800 szt.", "PL", 1080, 14400, "EUR", qty=1800),
                           item("850811", "Odkurzacze ręczne akumulatorowe, 300 szt.", "PL", 600, 9000, "EUR", qty=300)])),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "EG", "321590",
         "Tinta base para recarga de cartuchos de impresora, bidones de 200 l, 20 bidones", "ES", 4800, 20, 12000,
         "EUR",
         "inkjet refill ink is a coloured, water-based liquid of about 1.05 kg/l; these drums hold a colourless, "
         "slightly viscous, garlic-smelling liquid of 1.18 kg/l with no pigment at all, and the drum heads read "
         "CAS 111-48-8: thiodiglycol (CWC Schedule 2, dual-use 1C350), whose transfer to a state not party to the "
         "Chemical Weapons Convention is forbidden, exported without a licence from Valencia to an Alexandria "
         "'printer-cartridge refiller'; Spanish wording (thiodiglycol repeats in many sets, ink covers in some; "
         "to Egypt under an ink-refill label is the new part as far as a search found)", {"importer_country": "EG"}),
        ("STR-10", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG"], "TR", "845290",
         "Servomotory a riadiace jednotky pre priemyselné šijacie stroje, 120 ks", "SK", 1800, 120, 6000, "EUR",
         "sewing-machine servo motors are small, cheap 550 W motors with a speed box; these 120 boxes hold "
         "multi-axis CNC control units and servo drives of a European machine-tool brand, at 8,000 EUR each, for "
         "an Istanbul 'sewing-machine dealer' whose buyer is a Russian machine-tool plant: numerical controls "
         "(8537 10) on the common high-priority list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, by road from Žilina; Slovak wording (CNC controls and servo "
         "labels repeat in many sets and industrial sewing-machine motors in blind109; kept as a repeat, from "
         "Slovakia by road to Istanbul is the new part as far as a search found)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "391590",
         "Shredded refrigerator plastic regrind, mixed colours, for recycling, 18 t", "NG", 18000, None, 3600,
         "USD",
         "shredded fridge plastic is white and grey flakes of HIPS and ABS that float in brine; under the first "
         "rows of bags these sacks hold brown, horny, overlapping scales with ridged surfaces that sink and smell "
         "of keratin when burnt: pangolin scales (Manis spp., CITES App. I), landed at Antwerp in transit from "
         "Lagos to Haiphong without CITES documents; Nigerian English wording (pangolin scales repeat in many "
         "sets, in transit too; under an appliance-recycling regrind label is the new part as far as a search "
         "found)", {"importer_country": "VN"}),
        ("WLF-02", "export", "BEPOST01", "post", "BE", [], "HK", "852990",
         "Reproduction knobs for vintage valve radios, cream, 2 kg", "BE", 2, 60, 80, "EUR",
         "reproduction radio knobs are moulded cream urea or acrylic with a brass insert and a seam; these 60 are "
         "turned from a dense, creamy material with cross-hatched Schreger lines on the end grain, and with them "
         "come 12 carved ivory netsuke wrapped in tissue: worked elephant ivory (CITES App. I) of no proven "
         "pre-1947 age, exported without the CITES re-export certificate the Union now refuses for raw and most "
         "worked ivory, posted from Liège to a Hong Kong buyer; English wording (ivory repeats in many sets and "
         "knob labels in a few; a vintage-radio knob label by post to Hong Kong is the new part as far as a "
         "search found)", {"importer_country": "HK"}),
        ("WLF-03", "import", "NLPOST01", "post", "MY", [], "NL", "851821",
         "Pembesar suara Bluetooth mudah alih, 4 unit", "MY", 3.2, 4, 320, "MYR",
         "portable Bluetooth speakers are sealed plastic boxes with a battery, a USB port and a maker's serial; "
         "these four boxes rustle, have air holes punched in the backs and hold, taped into socks, twelve "
         "live juvenile tortoises with star-patterned shells: Indian star tortoises (Geochelone elegans, CITES "
         "App. I since 2019) without CITES documents, posted from Kuala Lumpur to a private keeper in Eindhoven; "
         "Malay wording (star tortoises repeat in many sets and Bluetooth labels in three, none with live "
         "animals; a Bluetooth-speaker box with live tortoises by post is the new part as far as a search "
         "found)", person("Mw. E. de Jong", "NL")),
        ("WLF-04", "import", "DESEA01", "sea", "BR", [], "DE", "851890",
         "Painéis folheados para caixas acústicas e bases de toca-discos, 600 peças", "BR", 4200, 600, 6000, "USD",
         "veneered panels for speaker cabinets are MDF boards faced with a 0.6 mm veneer; these 600 are solid, "
         "heavy, dark chocolate-brown boards with black streaks and a rose-like scent when sawn: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I) without a CITES permit, by sea from Santos to Hamburg for a "
         "high-end hi-fi cabinet maker in Bremen; Brazilian Portuguese wording (Dalbergia nigra repeats in many "
         "sets and speaker-cabinet labels in a few; kept as a known repeat, turntable-plinth panels by sea are the "
         "new part as far as a search found)", firm("Alpina HiFi Manufaktur GmbH", "DE")),
        ("WLF-05", "import", "ITPOST01", "post", "LK", [], "IT", "392640",
         "ශීතකරණ චුම්බක, රෙසින්, මුහුදු තේමාව, 40", "LK", 1.5, 40, 12000, "LKR",
         "seaside fridge magnets are moulded resin shells and starfish printed on a plastic base; these forty "
         "each carry a real dried seahorse, bony-ringed and brittle, glued to the magnet, with 200 more loose in "
         "the bottom of the parcel: seahorses (Hippocampus spp., CITES App. II) whose export Sri Lanka forbids, "
         "without CITES documents, posted from Colombo to a private buyer in Palermo; Sinhala wording (seahorses "
         "repeat in many sets and fridge-magnet labels in four; with seahorses from Sri Lanka is the new part as "
         "far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("WLF-06", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "841829",
         "Avtomobil üçün 12V kompressorlu soyuducular, 40 l, 60 ədəd", "AZ", 1140, 60, 9000, "USD",
         "compressor car fridges arrive empty, boxed and sealed; these sixty are switched on off the lorry's "
         "battery and hold 1.5 kg each of large, glossy, grey-black sturgeon roe in unlabelled tins: wild "
         "sturgeon caviar (Acipenseriformes, CITES App. II) from the Kura and the Caspian, without CITES "
         "documents or the universal label, on a lorry from Baku through Georgia and Türkiye to Kapitan Andreevo "
         "for a Sofia appliance trader; Azerbaijani wording (caviar repeats in many sets and car fridges once, "
         "as an ozone cover in blind122; caviar inside running car fridges from Azerbaijan is the new part as "
         "far as a search found)", firm("Orion Avto Tehnika EOOD", "BG")),
        ("WLF-07", "import", "NLAIR01", "air", "ID", [], "NL", "851632",
         "Set pengeriting rambut listrik, 200 set", "ID", 180, 200, 2000, "USD",
         "electric hair-curler sets are boxes of heated plastic rollers on a base; in 20 of these 200 boxes the "
         "rollers are plugged with foam and each holds a live, sedated songbird, black, white and chestnut with "
         "a long tail, some dead: white-rumped shamas and Bali myna chicks (Leucopsar rothschildi, CITES App. I), "
         "without CITES documents or veterinary papers, flown from Jakarta to Amsterdam for a bird dealer; "
         "Indonesian wording (live birds in plastic tubes repeat in several sets; an electric hair-curler label "
         "was found in no earlier disguised row by a keyword search)", firm("Vega Huishoudelijke Apparaten BV", "NL")),
        ("WLF-08", "import", "FRAIR01", "air", "KH", [], "FR", "842199",
         "តម្រងធ្យូងសម្រាប់ម៉ាស៊ីនបឺតផ្សែងផ្ទះបាយ, 300 ដុំ", "KH", 60, 300, 900, "USD",
         "cooker-hood charcoal filters are round plastic cassettes full of black activated-carbon granules; these "
         "300 cassettes hold dark, resin-streaked wood slivers that sink in water and give off a smoky-sweet oud "
         "smell when warmed: wild agarwood (Aquilaria crassna, CITES App. II) without CITES documents, at 15 "
         "USD/kg for wood that sells at thousands, flown from Phnom Penh to Paris for a perfumer who also sells "
         "appliance filters; Khmer wording (agarwood repeats in many sets and a carbon-filter label once; a "
         "cooker-hood filter label was found in no earlier row by a keyword search)", firm("Rivage Parfums SARL", "FR")),
        ("WLF-09", "export", "CZAIR01", "air", "CZ", [], "VN", "841821",
         "Repasované chladničky, 20 ks", "CZ", 1200, 20, 3000, "EUR",
         "an air shipment of refurbished appliances for a Hanoi electronics shop: refurbished fridges and TVs are "
         "what Czech-Vietnamese traders send home, but the third item's 'plastové kryty, náhradní díly' are 14 kg "
         "of grey-brown, fibrous, horn cut into discs and chunks with a dense, hair-like grain, wrapped in foil and "
         "hidden in fridge crispers: rhinoceros horn (CITES App. I), exported without CITES documents, hidden as "
         "the last item of a three-item declaration, flown from Prague to Hanoi; Czech wording (rhino horn from "
         "the Czech Republic to Viet Nam repeats in several sets; inside refurbished fridges is the new part as "
         "far as a search found)",
         dict({"importer_country": "VN"},
              _more_items=[item("852872", "Repasované televizory LED, 30 ks", "CZ", 420, 3600, "EUR", qty=30),
                           item("392690", "Plastové kryty, náhradní díly, 14 kg", "CZ", 14, 70, "EUR")])),
        ("WLF-10", "import", "PLAIR01", "express", "VN", [], "PL", "853610",
         "Cầu chì ống thủy tinh cho lò vi sóng, 200 cái", "VN", 1.2, 200, 1500000, "VND",
         "glass cartridge fuses for microwave ovens are clear tubes with metal end caps and a wire inside; these "
         "200 little glass vials have rubber stoppers, no wire and no caps, and hold a bitter, yellow-brown, "
         "crystalline powder that smells of bile: bear bile (Ursus thibetanus, CITES App. I) without CITES "
         "documents, sent by express from Hanoi to a private buyer in Warsaw; Vietnamese wording (bear bile "
         "repeats in many sets and fuse labels in several; a microwave-fuse label is the new part as far as a "
         "search found)", person("Anna Kowalska", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "KR", "DK", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home brewery sanitation)", "KR", 4.5, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "DK-JM-65-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESPOST01", "post", "CL", "ES", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "CL", 2, 2, 70,
     "EUR", [("PRECURSOR_LICENCE", "ES-MIR-65-0114")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "390950",
     "PU insulation foam from refrigerator recycling, containing CFC-11 (16 02 11*), for destruction at a licensed plant, 14 t",
     "CH", 14000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-65-0318")], "notified fridge foam to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "BEAIR01", "air", "NO", "BE", "852412",
     "Broken smartphone displays (e-waste), for precious-metal recovery at a licensed smelter, 2 t", "NO", 2000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-VL-65-0072")], "notified e-waste displays to a licensed recovery smelter"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290377",
     "Recovered dichlorodifluoromethane (CFC-12) from restored refrigerators, 40 kg, for destruction", "CH", 40, 4,
     0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-65-004")], "recovered CFC-12 imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "SEROAD01", "road", "NO", "SE", "290376",
     "Halon 1211, recovered and reclaimed, 20 cylinders, for aircraft fire protection (critical use)", "NO", 500,
     20, 15000, "EUR", [("ODS_LICENCE", "SE-NV-ODS-65-002")], "recovered halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970610",
     "Ottoman manuscript, Divan of poems, 18th century, documented German collection since 1958", "DE", 3, 1,
     42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-65-0091")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRSEA01", "sea", "FR", "US", "970310",
     "Khmer sandstone head of a deva, 12th century, French collection since 1931, sold at auction", "FR", 45, 1,
     180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-65-0207")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "NO", "854020",
     "Image intensifier tubes, 18 mm, 40 units, for the Norwegian armed forces' night-vision goggles", "FR", 20, 40,
     120000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-65-0433"), ("END_USER_CERTIFICATE", "NO-FMA-EUC-65-0017")],
     "dual-use image intensifiers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "JP", "850440",
     "Multiphase frequency changers, 600-2,000 Hz, 6 units, for a Japanese motor-test laboratory", "IT", 600, 6,
     90000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-65-0158"), ("END_USER_CERTIFICATE", "JP-METI-EUC-65-0044")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "BR", "DE", "440839",
     "Dalbergia nigra veneer, pre-Convention stock (cut before 1992), 120 kg, for hi-fi cabinet restoration", "BR",
     120, None, 9000, "USD", [("CITES_PERMIT", "BR-IBAMA-65-0311")], "App. I pre-Convention rosewood with its certificate"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "010620",
     "Indian star tortoises, Geochelone elegans, captive-bred (source C), 10 juveniles", "MY", 2, 10, 2500, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-65-0128")], "App. I captive-bred tortoises with their export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particular", "PRM-03": "Central Recycling GmbH",
    "PRM-05": "Nordhafen Entsorgung GmbH", "PRM-11": "Alpina HiFi Manufaktur GmbH", "PRM-12": "Particulier",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises, nearly all appliance and electronics goods
    ("340250", "Washing-machine drum cleaner, active oxygen, 500 ml", "import", ["express"], ["KR", "JP"], (10, 20), (1, 4), ["USD", "EUR"], 2, S),
    ("330749", "Steam-cleaner fragrance water, lavender, 1 l", "import", ["post"], ["CA", "GB"], (6, 12), (1, 4), ["CAD", "GBP"], 1, S),
    ("382499", "Electrolysis enhancer for water ionizers (calcium lactate solution), 1 l", "import", ["air"], ["JP", "KR"], (8, 14), (100, 500), ["USD"], 1, S),
    ("250100", "Pure salt refills for home HOCl water generators, 1 kg", "import", ["sea"], ["MY", "TW"], (0.6, 1.2), (3000, 8000), ["USD"], 1, S),
    ("330790", "Laundry scent-booster beads, PEG-based, 500 g jars", "import", ["sea"], ["TR", "GE"], (2, 4), (6000, 14000), ["USD", "EUR"], 2, S),
    ("340290", "Milk-system cleaner for espresso machines, lactic acid, 1 l", "import", ["air"], ["BR", "CH"], (6, 12), (200, 1200), ["EUR"], 1, S),
    ("330749", "Vacuum-bag freshener powder, bicarbonate, 500 g", "import", ["post"], ["CL", "US"], (8, 15), (1, 4), ["USD"], 2, S),
    ("340540", "Glass-ceramic hob cleaning powder, 500 g tins", "import", ["sea"], ["IN", "TR"], (1.5, 3), (4000, 10000), ["USD"], 2, S),
    ("340290", "Phosphate-free dishwasher powder, 1 kg boxes", "import", ["road"], ["MK", "RS"], (1, 1.8), (6000, 14000), ["EUR"], 1, S),
    ("851610", "Electric storage water heaters, 50 l", "import", ["sea"], ["EG", "TR"], (2.5, 4), (4000, 10000), ["USD"], 0.05, S),
    ("850811", "Cordless stick vacuums, refurbished, grade A, with new batteries and warranty", "export", ["road"], ["UA", "MD"], (12, 20), (2000, 5000), ["EUR"], 0.4, S),
    ("390330", "ABS granules, virgin, black, injection grade", "export", ["road"], ["BA", "RS"], (1.6, 2.2), (18000, 24000), ["EUR"], None, S),
    ("630790", "Oil-absorbent polypropylene pads and socks, new", "export", ["road"], ["RS", "MK"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("853225", "Air-conditioner run capacitors, polypropylene film, new", "export", ["sea"], ["GH", "NG"], (4, 8), (2000, 6000), ["EUR"], 2, S),
    ("850440", "UPS units, new, with batteries, boxed", "export", ["sea"], ["SN", "CI"], (8, 14), (4000, 10000), ["EUR"], 0.05, S),
    ("841430", "Hermetic compressors, new, R-290, boxed", "export", ["sea"], ["NG", "GH"], (8, 12), (6000, 14000), ["EUR"], 0.1, S),
    ("845011", "Washing machines, refurbished, tested, with 12-month warranty", "export", ["sea"], ["TZ", "KE"], (2, 4), (10000, 20000), ["EUR"], 0.015, S),
    ("851621", "Electric storage heaters, new, asbestos-free", "export", ["road"], ["MD", "UA"], (3, 5), (6000, 14000), ["EUR"], 0.01, S),
    ("850760", "Lithium-ion e-bike batteries, new, UN38.3 tested", "export", ["sea"], ["AO", "MZ"], (20, 35), (2000, 6000), ["EUR"], 0.3, S),
    ("852412", "OLED replacement displays for smartphones, new", "import", ["air"], ["HK", "CN"], (150, 300), (100, 500), ["USD"], 8, S),
    ("340290", "Water-based foam cleaner for air-conditioner coils, 500 ml", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 2, S),
    ("841821", "Retro-style refrigerators, new, R-600a", "import", ["sea"], ["TR", "CN"], (5, 8), (4000, 10000), ["USD", "EUR"], 0.015, S),
    ("381400", "Limonene-based OCA glue remover for screen refurbishing, 1 l", "import", ["express"], ["HK", "CN"], (20, 40), (1, 4), ["USD"], 1, S),
    ("841850", "Glass-door beverage coolers, R-290, cyclopentane-foamed", "import", ["sea"], ["BD", "TR"], (3, 5), (8000, 18000), ["USD"], 0.012, S),
    ("842410", "Stove-top fire suppression canisters, dry powder", "import", ["road"], ["NO"], (30, 50), (300, 1500), ["NOK", "EUR"], 1.4, S),
    ("841861", "Air-to-water heat pumps, new, R-290", "export", ["sea"], ["SR", "MA"], (6, 10), (3000, 8000), ["EUR"], 0.006, S),
    ("382499", "UV leak-detection dye cartridges, oil-based, non-pressurised", "import", ["air"], ["US", "UA"], (20, 40), (100, 400), ["USD", "EUR"], 20, S),
    ("340290", "Water-based spot pre-treatment for carpet cleaners, 5 l", "import", ["sea"], ["AL", "TR"], (1.2, 2), (3000, 8000), ["EUR"], 0.2, S),
    ("851680", "Ceramic infrared heating plates for patio heaters, new", "import", ["sea"], ["CN", "AE"], (4, 8), (1000, 4000), ["USD"], 5, S),
    ("490199", "Printed instruction manuals for household appliances", "import", ["air"], ["TR", "CN"], (3, 6), (100, 600), ["EUR", "USD"], 12, S),
    ("851821", "Outdoor rock-shaped garden speakers, resin", "import", ["sea"], ["TH", "CN"], (6, 10), (1000, 4000), ["USD"], 0.2, S),
    ("940599", "Hand-painted ceramic lamp bases, new craft", "import", ["air"], ["CR", "MX"], (8, 15), (100, 500), ["USD"], 0.7, S),
    ("841590", "Air-conditioner spare parts, fan motors and blades", "import", ["sea"], ["EG", "CN"], (3, 6), (2000, 8000), ["USD"], 0.1, S),
    ("852872", "Customer-return LED televisions, graded, tested", "export", ["road"], ["CH", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.06, S),
    ("741220", "Brass hose fittings for washing machines", "import", ["road"], ["UA", "TR"], (8, 12), (500, 3000), ["EUR"], 20, S),
    ("850980", "Ceramic ultrasonic aroma diffusers, antique style, new", "import", ["sea"], ["CN"], (4, 7), (1000, 4000), ["USD"], 0.35, S),
    ("690740", "Hand-painted azulejo-style splashback tiles, new", "export", ["sea"], ["BR", "US"], (2, 4), (1000, 5000), ["EUR"], None, S),
    ("845011", "Built-in washer-dryers, new, boxed", "export", ["road"], ["CH", "NO"], (20, 30), (3000, 9000), ["EUR"], 0.011, S),
    ("852589", "Smart video doorbells with infrared night vision", "import", ["sea"], ["CN"], (25, 45), (1000, 4000), ["USD"], 3, S),
    ("850440", "Inverter control boards for split air conditioners, spare", "import", ["sea"], ["CN", "TH"], (10, 18), (1000, 4000), ["USD"], 1, S),
    ("850870", "Robot-vacuum LiDAR and gyro sensor modules, spare", "import", ["air"], ["CN"], (40, 80), (100, 500), ["USD"], 10, S),
    ("851762", "Home Wi-Fi mesh routers, boxed", "import", ["air"], ["TW", "CN"], (40, 70), (300, 1500), ["USD"], 1.5, S),
    ("843390", "Robot-lawnmower drive motors, geared, spare", "import", ["sea"], ["CN"], (12, 20), (1000, 4000), ["USD"], 1.2, S),
    ("902519", "NTC temperature sensors for induction hobs", "import", ["air"], ["CN", "KR"], (30, 60), (50, 300), ["USD"], 100, S),
    ("321590", "Inkjet refill ink, water-based, 100 ml bottles", "import", ["post"], ["CN", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 8, S),
    ("845290", "Servo motors for industrial sewing machines, 550 W", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 6000), ["USD"], 0.25, S),
    ("841829", "12 V compressor car fridges, R-600a, 40 l", "import", ["sea"], ["CN"], (8, 12), (3000, 8000), ["USD"], 0.05, S),
    ("392640", "Resin fridge magnets, seaside designs", "import", ["post"], ["LK", "TH"], (15, 30), (1, 3), ["USD"], 25, S),
    ("842199", "Cooker-hood activated-carbon filter cassettes", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("853610", "Glass cartridge fuses for microwave ovens, boxed", "import", ["express"], ["VN", "CN"], (25, 50), (1, 3), ["USD"], 150, S),
    ("851632", "Electric hair-curler sets, heated rollers", "import", ["sea"], ["ID", "CN"], (6, 10), (1000, 4000), ["USD"], 1, S),
    ("851890", "Oak-veneered MDF panels for loudspeaker cabinets", "import", ["sea"], ["BR", "PL"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 0.15, S),
    ("852990", "Reproduction urea knobs for vintage radios", "export", ["post"], ["HK", "US"], (30, 60), (1, 3), ["EUR"], 30, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of this set's own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392690", "Foam earplugs, polyurethane, retail packs", "import", ["sea"], ["CN", "TH"], (6, 10), (1000, 4000), ["USD"], 60, N),
        ("392690", "Acrylic photo blocks, blank, boxed", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 3, N),
        ("392490", "Silicone stretch lids for bowls, sets", "import", ["sea", "road"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD", "EUR"], 6, N),
        ("950300", "Felt finger puppets, assorted animals", "import", ["post", "express"], ["NP", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind233", 20650101, HERE)


if __name__ == "__main__":
    main()
