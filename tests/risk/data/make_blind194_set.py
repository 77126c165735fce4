#!/usr/bin/env python3
"""Writes the hundred-and-ninety-fourth blind set (tests/risk/data/blind194-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2058, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: musical instruments and audio
(luthiers and tonewood dealers, bow makers, piano and organ builders and restorers,
brass, woodwind and percussion makers and repairers, orchestras, bands and rental
houses on tour, stage-effects, studio, DJ and hi-fi equipment).
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
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL194-*:

    python3 tests/risk/data/make_blind194_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "US", [], "DK", "340399",
         "Synthetic valve oil for trumpets, tubas and euphoniums, 4 x 32 fl oz refill bottles", "US", 4.4, 4, 96,
         "USD",
         "synthetic valve oil is a thin, nearly odourless lubricant of about 0.85 kg/l that floats on water and leaves "
         "a slippery film between the fingers; these four quart bottles hold a mobile, faintly fruity liquid of "
         "1.14 kg/l that sinks in water, does not feel slippery, dries off the skin at once and whose filler drums "
         "are described on the packing list as 'NM 98': nitromethane (Annex I above 16 %), sent by express from "
         "Ohio to a private brass player in Aarhus, although flammable liquids travel by express only as declared "
         "dangerous goods; US English wording (nitromethane repeats in many sets under RC-fuel, lamp-oil and "
         "cleaner labels; a brass-instrument valve-oil label was found in no earlier row by a keyword search, the "
         "nearest being a brass-valve detergent on another precursor in blind68)",
         person("Mikkel Sørensen", "DK")),
        ("PRE-02", "import", "IEPOST01", "post", "GB", [], "IE", "151590",
         "Bore oil for bagpipe chanters and wooden flutes, sweet almond base, 4 x 500 ml", "GB", 3.7, 4, 48, "GBP",
         "a piper's bore oil is a golden, sweet-smelling almond or linseed oil of 0.92 kg/l that darkens blackwood "
         "and floats on water; these four bottles hold a colourless, syrupy, odourless liquid of 1.84 kg/l that "
         "chars the cork of the sample cap, grows hot when a drop falls into water and blackens a sugar cube: about "
         "96 % sulphuric acid (Annex I above 15 %), posted from Glasgow to a private piper in Cork; Scottish "
         "English wording (sulphuric acid repeats in many sets under syrup, oil and drink labels; a bore-oil label "
         "was found in no earlier row by a keyword search)", person("Mr Seán Ó Briain", "IE")),
        ("PRE-03", "import", "DEAIR01", "air", "CN", [], "DE", "380610",
         "松香粉 (舞蹈鞋防滑及琴弓用), 1 公斤罐装, 300 罐", "CN", 300, 300, 900, "USD",
         "rosin powder for ballet shoes and for crushing onto bows is amber-yellow, glassy-sharp, smells of pine, "
         "sticks to the fingers and melts into a resin on a hot plate; these 300 tins hold a snow-white, "
         "crystalline powder with no smell that does not stick, sinks and slowly dissolves in water, burns "
         "fiercely mixed with sugar and whose inner bags carry CAS 7778-74-7, for a Hamburg dance-and-music supply "
         "web shop that sells 1 kg tins to dancers and string players: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Guangzhou; Chinese wording (potassium perchlorate "
         "repeats in many sets under starch, sugar and cosmetic labels; a rosin label on a precursor was found in "
         "no earlier row by a keyword search)", firm("Orion Tanz- und Musikbedarf GmbH", "DE")),
        ("PRE-04", "import", "ITSEA01", "sea", "AR", [], "IT", "350300",
         "Cola de cuero en perlas, 251 g Bloom, para luthería y restauración de muebles, bolsas de 1 kg, 2.000 bolsas",
         "AR", 2000, 2000, 3200, "USD",
         "hide-glue pearls are amber to brown beads that smell of animal glue, swell into a jelly in cold water and "
         "melt at 60 °C; these 2,000 bags hold white, porous prills with no smell that do not swell, turn the water "
         "ice-cold as they dissolve, test at 34 % nitrogen and melt and fume on a hot plate, for a Cremona "
         "luthier-supply web shop that sells 1 kg bags to amateur violin makers and restorers: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Buenos Aires to Genoa; "
         "Rioplatense Spanish wording (ammonium nitrate repeats in many sets under fertiliser, de-icer and "
         "sugar-pearl labels; a hide-glue label was found in no earlier row by a keyword search)",
         firm("Meridian Forniture Liutarie Srl", "IT")),
        ("PRE-05", "import", "SEROAD01", "road", "NO", [], "SE", "340290",
         "Såpeboblevæske for boblemaskiner, konsentrat, 10 l kanner, 120 kanner", "NO", 1440, 120, 14400, "NOK",
         "concentrated bubble-machine fluid is a slippery, soapy liquid of about 1.02 kg/l that foams when shaken "
         "and blows bubbles from a wand; these 120 cans have vented caps, hold a water-clear liquid of 1.20 kg/l "
         "that neither foams nor feels soapy, whitens and stings the fingertips and fizzes on a rusty bolt, for a "
         "Gothenburg stage-effects and party-hire web shop that sells 10 l cans to the public: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) made available to members of the public, on a lorry at Svinesund; "
         "Norwegian wording (hydrogen peroxide repeats in many sets under water-like and cleaning labels; a "
         "bubble-fluid label was found in no earlier row by a keyword search)", firm("Vega Scenteknik AB", "SE")),
        ("PRE-06", "import", "ESAIR01", "express", "MX", [], "ES", "283090",
         "Solución envejecedora para herrajes de guitarra (hígado de azufre líquido), 4 frascos de 1 litro", "MX",
         5.6, 4, 1600, "MXN",
         "liquid liver of sulphur, which relic-guitar builders use to darken nickel and brass hardware, is a "
         "yellow-brown liquid that stinks of rotten eggs; these four bottles hold a colourless to pale-yellow "
         "liquid of 1.40 kg/l with no sulphur smell that fumes brown when opened, stains the skin yellow and eats "
         "into a brass bridge saddle: about 65 % nitric acid (Annex I above 3 %), sent by express from Ensenada to "
         "a private guitar builder in Valencia, although corrosive liquids travel by express only as declared "
         "dangerous goods; Mexican Spanish wording (nitric acid repeats in many sets, once as a luthier's "
         "maple-ageing acid in blind20; a liver-of-sulphur label was found in no earlier row by a keyword search)",
         person("Pablo Ruiz", "ES")),
        ("PRE-07", "import", "NLAIR01", "air", "IN", [], "NL", "121190",
         "लाइकोपोडियम पाउडर (मंच अग्नि प्रभाव हेतु), 500 ग्राम डिब्बे, 400 डिब्बे", "IN", 200, 400, 1800, "USD",
         "lycopodium powder, the club-moss spores that stage magicians and theatre technicians blow through a flame "
         "for a fireball, is pale yellow, extremely fine, water-repellent and floats on water; these 400 tins hold "
         "a white, crystalline powder that sinks and dissolves, spits violet sparks on a hot iron and carries CAS "
         "3811-04-9 on the inner bags, for a Utrecht magic and stage-effects web shop that sells 500 g tins to the "
         "public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Delhi; Hindi wording (potassium chlorate repeats in many sets; a lycopodium label was found in no earlier "
         "row by a keyword search)", firm("Horizon Podiumeffecten BV", "NL")),
        ("PRE-08", "import", "ATAIR01", "air", "TR", [], "AT", "251310",
         "Pomza taşı tozu, çok ince (FFF), keman verniği cilası için, 1 kg torba, 300 torba", "TR", 300, 300, 450,
         "EUR",
         "FFF pumice flour, which violin makers rub into the varnish with oil, is a soft, grey-white, gritty powder "
         "that neither dissolves nor burns; these 300 bags hold clear, colourless crystals that draw damp, "
         "dissolve completely in water, crackle and flare yellow on a gas ring and leave a salty film, for a "
         "Vienna violin-making supply shop that sells 1 kg bags to amateur makers: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Izmir; Turkish wording (sodium chlorate repeats "
         "in many sets under salt and sugar labels; a pumice label on a precursor was found in no earlier row by a "
         "keyword search)", firm("Alpina Geigenbaubedarf GmbH", "AT")),
        ("PRE-09", "import", "ITAIR01", "air", "TW", [], "IT", "340250",
         "管樂器超音波清洗粉 (銅管/木管用), 2 公斤罐, 150 罐", "TW", 300, 150, 1200, "USD",
         "an ultrasonic cleaning powder for band instruments is a free-flowing, faintly perfumed, alkaline detergent "
         "that foams in warm water; these 150 jars hold clumping, hygroscopic crystals with no perfume that do not "
         "foam, leave the test strip neutral, burn brightly with sugar and whose inner bags carry CAS 7601-89-0, "
         "for a Milan band-instrument repair wholesaler that sells the jars to schools and players' parents: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Taichung; "
         "traditional Chinese wording from Taiwan (sodium perchlorate repeats in many sets; an instrument-cleaning "
         "powder label was found in no earlier row by a keyword search; ultrasonic cleaning fluids appear twice on "
         "ozone rows, blind65 and blind160)", firm("Delta Strumenti a Fiato Srl", "IT")),
        ("PRE-10", "import", "BEPOST01", "post", "JP", [], "BE", "340290",
         "マウスピース・リード用 洗浄液 濃縮タイプ, 1 L × 6本 (3個口のうち1個目)", "JP", 6.8, 6, 9000, "JPY",
         "an enzymatic mouthpiece and reed cleaner is a blue-tinted, mint-scented, slightly foaming liquid of "
         "1.01 kg/l; these six litre bottles have vented caps and hold a water-clear, scentless liquid of 1.13 kg/l "
         "that whitens the fingertips, foams on a rusty screw and bleaches a cane reed white in minutes, the first of "
         "three identical parcels posted the same week to the same Liège address: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), split into parcels for a private person; Japanese wording (hydrogen peroxide repeats "
         "in many sets, and split parcels in a few; a wind-instrument mouthpiece-cleaner label was found in no "
         "earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "321490",
         "Porenfüller für Holzoberflächen, Restposten, 200-l-Fässer, 80 Fässer", "DE", 16000, 80, 2400, "EUR",
         "a grain filler for wood finishing is a smooth, even paste of silica in a binder, sold in sealed, labelled "
         "tins; these 80 re-used drums hold layered, solvent-stinking sludges of nitrocellulose lacquer overspray, "
         "sanding dust and spent thinner, with a liquid layer that flashes at room temperature, scraped out of the "
         "spray booths of Vogtland guitar and violin workshops around Markneukirchen: waste paint and varnish "
         "containing organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, on "
         "a lorry through Poland to a Lviv 'furniture factory'; German wording (paint and varnish waste repeats in "
         "several sets as left-over paints for resale, blind25 and blind99; a grain-filler label from an "
         "instrument-making district was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RS"], "MK", "284329",
         "Elektrolyt pro galvanické stříbření, kyanidový, nový, 20 IBC", "CZ", 22000, 20, 4400, "EUR",
         "a new silver-plating electrolyte is a clear, colourless solution holding some 30 g/l of silver, worth "
         "thousands of euros an IBC, in the maker's sealed containers with a certificate; these 20 IBCs, at 220 EUR "
         "each, hold a turbid, brown-grey liquid with a sludge of brass particles and copper, mixed with rinse "
         "water, drained from the silver-plating line of a Kraslice brass-instrument maker: spent cyanide plating "
         "baths (11 01 ... wastes containing cyanides), hazardous waste whose export to a non-OECD country is "
         "banned, by road through Slovakia, Hungary and Serbia to a Skopje 'jewellery plater'; Czech wording "
         "(cyanide salt-bath wastes repeat in dev22-c and photographic silver solutions in dev8-b; a silver-plating "
         "electrolyte from a brass-instrument maker was found in no earlier row by a keyword search)",
         {"importer_country": "MK"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "NG", "920710",
         "Used digital pianos and stage keyboards, working, 60 pcs", "GB", 1800, 60, 6000, "GBP",
         "a church-equipment container for Lagos: used keyboards and PA speakers are what UK dealers ship to "
         "Nigerian churches, but the third item's 'stage dimmer racks, reconditioned' are twelve 1970s thyristor "
         "racks stripped out of a Birmingham theatre refit, with their chokes and power-factor capacitors leaking "
         "oil, stickers reading 'contains PCB' painted over and no test record: discarded equipment containing PCBs "
         "(16 02 09*, 16 02 10*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration from Felixstowe; British English wording (PCB equipment repeats in "
         "several sets as capacitors and transformers, and used stage lighting once, blind121; theatre dimmer racks "
         "behind keyboards and PA speakers were found in no earlier row by a keyword search)",
         dict({"importer_country": "NG"},
              _more_items=[item("851822", "Used PA loudspeakers, passive, 40 pcs", "GB", 1600, 2400, "GBP", qty=40),
                           item("853710", "Stage dimmer racks, reconditioned, working, 12 units", "GB", 2400, 1200, "GBP", qty=12)])),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "CD", "360490",
         "Podiumpyrotechniek (fonteinen, flitspotten, vuurwatervallen), restpartij, voor wederverkoop, 2.400 stuks",
         "BE", 1800, 2400, 3600, "EUR",
         "stage pyrotechnics for resale are current-dated, intact articles in their makers' UN-approved boxes with "
         "labels and instructions; these cartons hold fountains, flash pots and waterfall cartridges with expiry "
         "dates of 2049-2052, swollen, water-stained boxes, leaking black and silver powder and loose igniters, "
         "cleared out of the store of an Antwerp concert and festival effects company: expired and damaged "
         "explosive articles discarded as waste (16 04 03*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Matadi for a Kinshasa 'events company'; Flemish wording (expired pyrotechnics "
         "repeat in several sets as marine distress flares, blind52, blind80, blind132 and blind150, and airbag "
         "modules; stage pyrotechnics were found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("WST-05", "export", "DKSEA01", "sea", "DK", [], "EG", "853932",
         "Brugte HMI-dagslyslamper (metalhalogen), testede, til film- og scenebelysning, 3.000 stk.", "DK", 1500,
         3000, 6000, "EUR",
         "a usable HMI lamp sells for hundreds of euros, comes in its own padded box and carries a burning-hours "
         "log; these 3,000 at 2 EUR each are blackened, over their rated hours, loose in cage pallets with broken "
         "bulbs among them, sorted out by a Copenhagen film and stage rental house: mercury-containing discharge "
         "lamps (20 01 21*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to "
         "Alexandria for a Cairo 'film-lighting supplier'; Danish wording (discharge lamps repeat in several sets, "
         "street lamps in dev29-b and fluorescent tubes in blind35; HMI film and stage lamps were found in no earlier "
         "row by a keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "IN", "740610",
         "Bronspoeder voor poedermetallurgie, big bags, 20 t", "NL", 20000, None, 16000, "EUR",
         "sintering-grade bronze powder is a bright, free-flowing, uniform powder of spheres sealed under inert gas; "
         "these big bags hold a fluffy, grey-green dust that smears the fingers and reads lead, zinc oxide and tin "
         "oxide, emptied from the furnace baghouse of a Brabant bell foundry that casts carillons: flue-gas dust "
         "from copper-alloy melting containing hazardous substances (10 06 03*, 10 08 15*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Nhava Sheva; Dutch wording (flue dusts and metal "
         "concentrates repeat in several sets; a bell foundry's dust under a bronze-powder label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "MD", "440311",
         "Gebrauchte Weingartensteher, Kiefer, kesseldruckimprägniert, wiederverwendbar, 22 t", "AT", 22000, None,
         1100, "EUR",
         "re-usable vineyard posts are sound, straight, recently treated poles sold by the piece; this lorry holds "
         "22 t of green-grey, split, rotten-footed posts with soil and wire staples still on them, pulled out of "
         "Burgenland vineyards being replanted, stamped 'CCA' on the butt ends: wood treated with copper, chromium "
         "and arsenic (17 02 04*), hazardous waste whose export to a non-OECD country is banned, by road through "
         "Hungary and Romania for a Chişinău 'vineyard supplier'; Austrian German wording (treated wood repeats in "
         "several sets as sleepers, poles and cladding; CCA vineyard posts were found in no earlier row by a keyword "
         "search; this row is outside the set's instrument trade)", {"importer_country": "MD"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "IN", "740400",
         "Bronzedrehspäne CuSn20, sauber, trocken, zum Einschmelzen, 24 t", "DE", 24000, None, 96000, "EUR",
         "clean, dry B20 bronze turnings from cymbal lathing are bright golden curls worth nearly their metal value; "
         "these big bags hold black, oil-soaked turnings and grinding sludge that drip cutting oil and emulsion, "
         "with 15 % water and polishing paste, from the lathes of a Schleswig-Holstein cymbal works: metal sludge "
         "and turnings containing oil (12 01 18*), hazardous waste whose export to a non-OECD country is banned, "
         "from Hamburg to Mundra; German wording (oily swarf repeats in dev12-b, on steel; cymbal-bronze turnings "
         "were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-09", "transit", "NLSEA01", "sea", "US", ["NL"], "NG", "851821",
         "Refurbishable Bluetooth speakers and headphones, customer returns, 40 gaylords", "US", 12000, None, 18000,
         "USD",
         "customer returns sold for refurbishment are sorted, tested and packed by model; these 40 gaylords hold "
         "loose, cracked portable speakers and headphones mixed with swollen, punctured lithium-ion cells that "
         "smell of electrolyte, some scorched, rejected by a New Jersey returns processor: waste electrical "
         "equipment with damaged lithium batteries (16 02 13*, 16 06 05*), hazardous waste moved through the Union "
         "without the notification and consent its transit requires, landed at Rotterdam in transit from Newark to "
         "Lagos; US English wording (returns with swollen cells repeat in blind192 as beauty devices, and lithium "
         "waste in many sets; audio returns in transit through Rotterdam were found in no earlier row by a keyword "
         "search)", {"importer_country": "NG"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Ritagli di acetato di cellulosa, per riciclo, in balle, 6 t", "IT", 6000, None, 600, "EUR",
         "cellulose-acetate offcuts are tough, slow-burning sheet trimmings that smell faintly of vinegar; these bales "
         "hold marbled, pearl and tortoiseshell-pattern sheet trimmings and shavings that smell of camphor and "
         "flare up violently at a match, swept from the accordion workshops of Castelfidardo, which still cover "
         "their bodies in celluloid: waste celluloid (cellulose nitrate, a flammable solid), hazardous waste whose "
         "export to a non-OECD country is banned, from Ancona to Sfax; Italian wording (celluloid repeats on many "
         "wildlife rows as tortoiseshell look-alike picks and combs; celluloid scrap from accordion makers was found "
         "in no earlier row by a keyword search)", {"importer_country": "TN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "air", "KR", [], "NL", "340520",
         "기타 폴리시 스프레이, 탄화수소 분사제, 300 ml, 2,400캔", "KR", 960, 2400, 4800, "USD",
         "a hydrocarbon-propelled guitar polish carries a flame symbol and 'extremely flammable aerosol'; these 2,400 "
         "cans have no flame symbol, the spray does not ignite at a lighter, and under the Korean sticker the can "
         "shoulders are printed 'Propellant: HFC-134a': a product containing fluorinated greenhouse gases in a "
         "non-technical aerosol, whose placing on the Union market the F-gas Regulation forbids and whose HFC is "
         "outside any quota, flown from Incheon for an Eindhoven music-shop chain; Korean wording (HFC-134a "
         "aerosols repeat in many sets under duster, freeze-spray and horn labels; a guitar-polish label was found "
         "in no earlier row by a keyword search)", firm("Vega Muziekhandel BV", "NL")),
        ("OZN-02", "import", "BESEA01", "sea", "CN", [], "BE", "940542",
         "LED 摇头灯 (光束/图案), 200 台", "CN", 3600, 200, 40000, "USD",
         "a stage-effects container for an Antwerp rental house: LED moving heads and hazers are what Guangzhou "
         "makers ship, but the third item's 'low-fog machines, compressor-chilled, R-290' carry compressor nameplates "
         "reading R-22, 1.2 kg, and a service-port gauge that reads a chlorodifluoromethane pressure curve: "
         "equipment containing an HCFC, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration from Nansha to Antwerp; Chinese wording (R-22 equipment repeats in many sets; "
         "low-fog machines were found in no earlier row by a keyword search, and stage smoke machines once, in "
         "blind118, with CO2 cylinders)",
         dict(firm("Central Stage Rental NV", "BE"),
              _more_items=[item("854370", "雾机 (水基雾油), 1500W, 60 台", "CN", 900, 9000, "USD", qty=60),
                           item("854370", "低烟机 (压缩机制冷, R-290), 20 台", "CN", 1400, 8000, "USD", qty=20)])),
        ("OZN-03", "export", "NLSEA01", "sea", "NL", [], "SN", "860900",
         "Gebruikte opslagcontainer 20 ft, geïsoleerd, 1 stuk", "NL", 3200, 1, 2500, "EUR",
         "a used insulated storage container is an empty box; this one is the climate-controlled instrument "
         "container a Dutch orchestra toured with for twenty years, with its reefer unit still bolted to the front "
         "wall, charged with 5 kg of HCFC-22 on the nameplate and the gauges under pressure: equipment containing "
         "an HCFC, whose export from the Union is banned, from Rotterdam to a Dakar 'events company'; Dutch wording "
         "(R-22 equipment for export repeats in many sets, reefer and cold-room covers in several; an orchestra's "
         "touring instrument container was found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("OZN-04", "import", "ITSEA01", "sea", "JO", [], "IT", "281290",
         "فلوريد السلفوريل، غاز تبخير لمعالجة سوس الخشب في الأرغن الكنسي، 40 أسطوانة", "JO", 2000, 40, 12000, "USD",
         "sulphuryl fluoride for fumigating woodworm in church organs comes in cylinders of a colourless gas of "
         "1.34 kg/l liquid at about 16 bar; these 40 cylinders read 2 bar, hold 50 kg each of a liquid of 1.73 kg/l "
         "and their shoulders, under the labels, are stamped 'CH3Br' by a Dead Sea bromine plant: methyl bromide, "
         "whose import into the Union is banned (no quarantine exemption remains), by sea from Aqaba to Bari for an "
         "Apulian organ-restoration firm; Jordanian Arabic wording (methyl bromide repeats in many sets, and a "
         "sulphuryl-fluoride label once, blind87, to Libya; kept as a known repeat of that cover, church-organ "
         "fumigation from Jordan to Italy is the new part)", firm("Delta Restauro Organi Srl", "IT")),
        ("OZN-05", "import", "PLSEA01", "sea", "MY", [], "PL", "940690",
         "Bilik vokal kedap bunyi modular dengan penyaman udara senyap R-32, 12 unit", "MY", 9600, 12, 36000, "USD",
         "a modular vocal booth with a silent split air-conditioner carries an R-32 unit with a flammability mark; "
         "these twelve booths' outdoor units have no A2L mark, their nameplates under the stickers read R-22, "
         "0.9 kg, and the charge hisses with a chlorodifluoromethane smell at the service valve: equipment "
         "containing an HCFC, whose import into the Union is banned, by sea from Port Klang to Gdańsk for a Kraków "
         "rehearsal-studio builder; Malay wording (R-22 equipment repeats in many sets; a vocal-booth label was "
         "found in no earlier row by a keyword search)", firm("Orion Studio Sp. z o.o.", "PL")),
        ("OZN-06", "import", "GRAIR01", "air", "AM", [], "GR", "842410",
         "Ածխաթթու գազի կրակմարիչներ ձայնագրման ստուդիաների համար, 5 կգ, 60 հատ", "AM", 900, 60, 3600, "USD",
         "a 5 kg CO2 extinguisher is a tall, heavy cylinder at 55 bar with a horn and no gauge; these 60 are short, "
         "light, gauge-fitted cylinders at 10 bar that spray a liquid which flashes to a gas, with 'Halon 1211' "
         "ground off the valves and Soviet-era stamps on the necks: bromochlorodifluoromethane in portable "
         "extinguishers, products containing a halon whose import into the Union is banned outside licensed critical "
         "uses, flown from Yerevan to Athens for a Thessaloniki concert-hall and studio outfitter; Armenian wording "
         "(halon 1211 repeats in many sets under extinguisher labels; a recording-studio extinguisher label was "
         "found in no earlier row by a keyword search)", firm("Atlantic Pyrosvestiki AE", "GR")),
        ("OZN-07", "import", "FRAIR01", "express", "HK", [], "FR", "381400",
         "激光投影機光學鏡片清潔劑, 不易燃, 4 x 1 公升", "HK", 6.2, 4, 1600, "HKD",
         "a lens cleaner for laser-show projectors is an alcohol-based liquid of 0.8 kg/l that smells of spirit and "
         "burns; these four bottles hold a non-flammable liquid of 1.55 kg/l that boils at 54 °C, and the filler's "
         "stickers under the new labels read 'AK-225': HCFC-225ca/cb, whose import into the Union is banned, sent "
         "by express from Hong Kong to a Lyon laser-show company; Cantonese (traditional Chinese) wording (HCFC-225 "
         "repeats in several sets under HFE, D5 and optics labels; a laser-projector optics label was found in no "
         "earlier row by a keyword search)", firm("Rivage Spectacles Laser SARL", "FR")),
        ("OZN-08", "import", "ITSEA01", "sea", "IN", [], "IT", "271012",
         "Cleaning naphtha for piano actions and organ mechanisms, low-odour, 40 drums", "IN", 15900, 40, 14000,
         "USD",
         "cleaning naphtha is a light (0.75 kg/l), highly flammable, petrol-smelling spirit; these 40 drums weigh "
         "more than twice what naphtha would (1.99 kg/l), their contents do not burn and smell sweet and heavy, and "
         "the drum heads are stamped 'CH2BrCl': bromochloromethane (halon 1011), a controlled ozone-depleting "
         "substance imported without the licence Regulation 2024/590 requires, by sea from Mundra to Genoa for a "
         "supplier of piano and organ workshops; Indian English wording (bromochloromethane repeats in many sets "
         "under solvent labels; a piano-action cleaning-naphtha label was found in no earlier row by a keyword "
         "search)", firm("Alpina Forniture Pianoforti Srl", "IT")),
        ("OZN-09", "export", "ESSEA01", "sea", "ES", [], "MA", "841869",
         "Enfriadora centrífuga usada, revisada, procedente de un auditorio, 1 unidad", "ES", 8200, 1, 30000, "EUR",
         "a used centrifugal chiller sold for re-use is shipped drained or with a low-GWP charge and a certificate; "
         "this 700 kW machine from the plant room of a Valencia concert auditorium still holds its 450 kg of "
         "HCFC-123 (2,2-dichloro-1,1,1-trifluoroethane) on the nameplate, in a shell at vacuum with the valves "
         "sealed: equipment containing an HCFC, whose export from the Union is banned, from Valencia to a "
         "Casablanca 'HVAC contractor'; Spanish wording (R-1233zd labels repeat in blind93 and blind96, and HCFC "
         "equipment for export in many sets; a concert-hall centrifugal chiller was found in no earlier row by a "
         "keyword search)", {"importer_country": "MA"}),
        ("OZN-10", "import", "ITPOST01", "post", "PK", [], "IT", "340590",
         "پیانو کی بورڈ اور آرگن اسٹاپ صاف کرنے والا مائع، غیر آتش گیر، 4 x 1 لیٹر", "PK", 6.4, 4, 9000, "PKR",
         "a key cleaner for piano and organ keys is a mild, water-based, faintly scented liquid of 1.0 kg/l; these "
         "four bottles hold a heavy (1.59 kg/l), non-flammable, sweet, chloroform-like liquid that evaporates fast "
         "and lifts the paint from the cap: carbon tetrachloride, whose import into the Union is banned, posted "
         "from Lahore to a private piano tuner in Bologna; Urdu wording (carbon tetrachloride repeats in many sets "
         "under solvent, turpentine and fire-grenade labels; a piano-key cleaner label was found in no earlier row "
         "by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "ID", [], "NL", "920600",
         "Replika moko perunggu dari Alor, kerajinan baru, 1 buah", "ID", 28, 1, 350, "USD",
         "new Alor moko replicas are thin, bright, sand-cast drums with crisp, shallow decoration; this one is a "
         "heavy, lost-wax bronze kettle drum with a worn, green-black surface, repairs in old metal, an incised "
         "clan mark and the dents of generations of bride-wealth exchanges, taken from a family house in Alor: a "
         "centuries-old Dong Son-type moko, cultural heritage whose export Indonesia forbids, brought in without "
         "the importer statement Regulation 2019/880 requires for objects over 200 years old above its value "
         "threshold, flown from Jakarta to Amsterdam for a dealer; Indonesian wording (Dong Son-type drums repeat "
         "in blind30 and dev13-a under decorative-drum labels; a moko from Alor under a replica label was found in "
         "no earlier row by a keyword search)", firm("Horizon Etnografica BV", "NL")),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "920590",
         "Zampoñas de caña, artesanía ayacuchana, nuevas, 6 piezas", "PE", 4, 6, 120, "USD",
         "new cane zampoñas are bundles of bamboo tubes tied with coloured wool; two of these six are fired-clay "
         "panpipes with painted slip, root marks and soil in the tubes, each pipe still sounding: Nazca ceramic "
         "antaras of the 1st-6th century, archaeological objects whose export Peru forbids, brought in without the "
         "import licence Regulation 2019/880 requires, mixed into a craft order flown from Lima to Madrid; Peruvian "
         "Spanish wording (Peruvian pre-Columbian ceramics repeat in many sets, and whistles and ocarinas from "
         "Ecuador in blind65 and blind135; Nazca panpipes were found in no earlier row by a keyword search)",
         firm("Atlantic Artesanía SL", "ES")),
        ("CUL-03", "export", "FRAIR01", "air", "FR", [], "US", "920290",
         "Vielle à roue, copie d'atelier moderne d'après Louvet, 1 pièce", "FR", 6, 1, 2800, "EUR",
         "a modern workshop copy of a Louvet hurdy-gurdy has fresh varnish, machine-cut pegs and a maker's label; "
         "this one has a lute-shaped back of flamed maple ribs, ivory-and-ebony inlaid keybox, worn tangents, worm "
         "channels filled long ago and a brand 'LOUVET A PARIS' under the tailpiece: an 18th-century Paris "
         "hurdy-gurdy worth well over the 50,000 EUR threshold, exported without the licence Regulation 116/2009 "
         "requires and the French certificate for cultural goods, by air from Paris to a New York collector; "
         "French wording (historic instruments under student or copy labels repeat in many sets, violins above "
         "all; a hurdy-gurdy was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "DEPOST01", "post", "NP", [], "DE", "920590",
         "नयाँ पूजा सामग्री: काठको डमरु र धातुको कांग्लिङ, हस्तकला, २ थान", "NP", 1.2, 2, 60, "USD",
         "new Nepalese ritual instruments are a wooden damaru and a brass-cast kangling trumpet; these two are a "
         "damaru made of two joined human skull caps with dried skin heads and a kangling made of a human "
         "thighbone with silver mounts, dark with butter and use, with an old monastery inventory tag: Tibetan "
         "ritual objects of human bone taken from a monastery, cultural property brought out against the export "
         "bans of Nepal and China and human remains sent without any health documents, posted from Kathmandu to "
         "a private collector in Munich; Nepali wording (Himalayan ritual objects and thangkas repeat in several "
         "sets; a kangling and a skull damaru were found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "ITAIR01", "air", "ET", [], "IT", "621490",
         "የጥጥ ነጠላ፣ በእጅ የተሸመነ፣ 200", "ET", 100, 200, 1400, "USD",
         "an Ethiopian craft air shipment for a Rome shop: netela shawls and carved hand crosses are what Addis "
         "Ababa exporters send, but the third item's 'brass souvenir sistra' are six worn, cast bronze tsenatsel "
         "with loose jingles, a Ge'ez dedication to a named church and the wax and smoke of centuries of liturgy, "
         "of the kind looted from Tigray churches during the war: ecclesiastical objects whose export Ethiopia "
         "forbids, hidden as the last item of a three-item declaration flown from Addis Ababa; Amharic wording "
         "(Ethiopian church objects repeat in several sets as prayer scrolls, manuscripts and crosses, and a "
         "wind-chime label once, blind117; church sistra were found in no earlier row by a keyword search)",
         dict(firm("Meridian Artigianato Srl", "IT"),
              _more_items=[item("442090", "የእጅ መስቀሎች፣ የእንጨት፣ የተቀረጹ፣ 100", "ET", 20, 400, "USD", qty=100),
                           item("830629", "የናስ መታሰቢያ ጸናጽል፣ 6", "ET", 6, 60, "USD", qty=6)])),
        ("CUL-06", "import", "ATAIR01", "air", "CN", [], "AT", "920290",
         "新制仲尼式古琴, 桐木面杉木底, 附琴囊, 1 张", "CN", 3, 1, 900, "USD",
         "a new Zhongni-style guqin has a smooth, even lacquer, bright jade-white studs and a factory seal; this "
         "one has a crazed, snake-belly crackle in deer-horn-ash lacquer, a carved seal inscription of a Ming "
         "scholar on the back, old silk strings and repairs in its own lacquer: a qin of the Ming dynasty, worth "
         "hundreds of thousands of euros, which China forbids to export as a pre-1911 cultural relic, brought in "
         "without the importer statement Regulation 2019/880 requires, flown from Shanghai to Vienna for a "
         "collector; Chinese wording (Chinese antiques under new-craft labels repeat in many sets; a guqin was "
         "found in no earlier row by a keyword search)", firm("Orion Asiatika GmbH", "AT")),
        ("CUL-07", "export", "NLSEA01", "sea", "NL", [], "US", "920999",
         "Onderdelen van gebruikt kerkorgel, ca. 1970, gedemonteerd, 14 kisten", "NL", 6400, 14, 12000, "EUR",
         "a 1970s church organ taken down for re-use has zinc and spotted-metal pipes, a plywood windchest and "
         "electric action; these 14 crates hold hand-hammered lead-tin pipes with mouths cut by hand, an oak "
         "slider windchest with 18th-century pencil marks, carved pipe-shades and a case signed by a Groningen "
         "organ builder of the 1780s, from a deconsecrated church in Friesland: a historic organ of national "
         "importance, exported without the licence Regulation 116/2009 requires and against the Dutch heritage "
         "rules, from Rotterdam to a Texas church; Dutch wording (organ pipes repeat as tin-lead scrap in several "
         "sets, blind66 and blind91 among them; a whole historic organ under a 1970s-organ label was found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-08", "import", "ATPOST01", "post", "RS", [], "AT", "830610",
         "Stara mesingana zvona i praporci, buvljak, lot od 12 komada", "RS", 2, 12, 40, "EUR",
         "a flea-market lot of old brass bells holds cow bells, sleigh bells and doorbells; these twelve are "
         "small, green-crusted bronze cymbals and tintinnabula with soil in the seams, cast with Roman profiles, "
         "some still paired: Roman bronze cymbala and bells from detector finds in the Danube limes, archaeological "
         "objects whose export Serbia forbids, brought in without the import licence Regulation 2019/880 requires, "
         "posted from Smederevo to a private buyer in Linz; Serbian wording (detector finds and Roman bronzes repeat "
         "in many sets, bells as bronze scrap in several; Roman cymbals were found in no earlier row by a keyword "
         "search)", person("Thomas Gruber", "AT")),
        ("CUL-09", "import", "BEAIR01", "air", "CD", [], "BE", "920290",
         "Harpe décorative en bois sculpté, artisanat de Kisangani, 1 pièce", "CD", 4, 1, 150, "USD",
         "new carved harps from Kisangani workshops are bright, rasped, shoe-polished wood with nylon strings; "
         "this one has a hide-covered resonator with old iron tacks, a neck ending in a carved head with the "
         "elongated Mangbetu skull and raffia-fibre strings, a field-collection label of the 1930s under the "
         "skin: a Mangbetu anthropomorphic harp taken out of a provincial museum store, ethnographic heritage whose "
         "export the DR Congo forbids without a permit, flown from Kinshasa to Brussels for a dealer; Congolese "
         "French wording (Congolese carvings repeat in several sets; a Mangbetu harp was found in no earlier row "
         "by a keyword search)", firm("Central Arts Premiers SA", "BE")),
        ("CUL-10", "export", "GRAIR01", "air", "GR", [], "US", "490199",
         "Βιβλίο ψαλτικής, ανατύπωση, δερματόδετο, 1 τεμάχιο", "GR", 2.4, 1, 80, "EUR",
         "a reprinted psaltic book is machine-printed on paper with a modern binding; this one is 180 leaves of "
         "paper and parchment written by hand in red and black Byzantine neumes, a 17th-century Anthology with a "
         "monastery's ownership note and shelf mark scraped from the first leaf: a post-Byzantine musical "
         "manuscript (manuscripts need an export licence whatever their value), taken from a Cretan monastery "
         "library and exported without the licence Regulation 116/2009 requires or the Greek permit, by air from "
         "Athens to a Chicago dealer; Greek wording (manuscripts under reproduction labels repeat in many sets; a "
         "Byzantine musical manuscript was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "920992",
         "Piezo-Kontakttonabnehmer für Akustikgitarren und Kontrabässe, 40 Stück", "DE", 60, 40, 2400, "EUR",
         "a contact pickup is a thin piezo disc or strip on a cable with a jack, a few grams each, at 60 EUR; these "
         "40 are potted, pressure-compensated cylindrical transducers with underwater connectors, a 1,000 m depth "
         "rating and a flat response to 50 kHz, at ten times the declared price, for a Dubai 'music trader' whose "
         "forwarder books on to Bandar Abbas: hydrophones (dual-use 6A001.a.1), exported without the licence "
         "Regulation 2021/821 requires and listed in the Iran regulation; German wording (hydrophones repeat in "
         "several sets under fish-finder and research covers; an instrument-pickup label was found in no earlier row "
         "by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS", "BG"], "TR", "741920",
         "Beckenrohlinge, Bronze B20, gewalzt, 20 Zoll, 400 Stück", "AT", 6400, 400, 12000, "EUR",
         "B20 cymbal blanks are reddish-gold bronze discs that ring when struck and do not react to a magnet; these "
         "400 discs are grey, 18 mm thick, cling to a magnet and their mill certificates read 18 % nickel, 9 % "
         "cobalt, 5 % molybdenum and a yield strength of about 2,000 MPa, for an Istanbul 'cymbal maker' with no "
         "foundry whose buyer is in Tehran: maraging steel (dual-use 1C116), exported without the licence "
         "Regulation 2021/821 requires, by lorry from Kapfenberg; Austrian German wording (maraging steel repeats in "
         "dev5-b, dev9-a and dev27-b under tool-steel and golf covers; a cymbal-blank label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "OM", "920999",
         "Fusti per batteria in fibra di carbonio, 10-22 pollici, 60 pezzi", "IT", 540, 60, 9000, "EUR",
         "carbon-fibre drum shells are thin, glossy, cosmetic-weave cylinders under a millimetre thick with "
         "bearing edges; these 60 are 6 mm, filament-wound tubes of intermediate-modulus fibre, with no bearing "
         "edges or lug holes, machined end rings and a wound-in insulation liner, for a Muscat 'drum workshop' "
         "that forwards to Iran: composite tubes of the kind used for rocket-motor cases and UAV airframes "
         "(1C010/9A110), exported without the licence Regulation 2021/821 requires; Italian wording (carbon-fibre "
         "goods repeat in many sets; a drum-shell label was found in no earlier row by a keyword search)",
         {"importer_country": "OM"}),
        ("STR-04", "export", "FIAIR01", "air", "FI", [], "GE", "854320",
         "Studion wordclock-generaattorit, 10 MHz, 12 kpl", "FI", 36, 12, 9600, "EUR",
         "a studio word-clock generator is a 1U box with a quartz oscillator and BNC outputs at 44.1-192 kHz, at a "
         "few hundred euros; these twelve are military rubidium frequency standards with a long-term drift of "
         "5 x 10^-12 a month, conduction-cooled and without any audio outputs, at 7,000 EUR each on the maker's list, "
         "for a Tbilisi 'recording studio' opened last year whose forwarder ships to Moscow: atomic frequency "
         "standards (dual-use 3A002.g), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Helsinki; Finnish wording (rubidium "
         "oscillators repeat in dev30-a under telecom labels; a studio word-clock label was found in no earlier row "
         "by a keyword search)", {"importer_country": "GE"}),
        ("STR-05", "export", "HRROAD01", "road", "HR", [], "BA", "847160",
         "MIDI kontroleri s prepoznavanjem pokreta, za glazbenike, 30 komada", "HR", 45, 30, 4500, "EUR",
         "a motion-sensing MIDI controller is a ring or glove with a consumer MEMS sensor and a Bluetooth chip at "
         "150 EUR; these 30 are closed-loop fibre-optic gyroscope and accelerometer blocks with a bias stability "
         "of 0.05 °/h and navigation interfaces, no MIDI port, for a Banja Luka 'music-tech start-up' owned by a "
         "Russian drone maker: inertial measurement units (dual-use 7A001/7A002), exported without a licence and "
         "on the common high-priority list whose re-export to Russia Regulation 833/2014 forbids, by road from "
         "Zagreb; Croatian wording (gyroscopes repeat in dev sets under camera and toy covers, and audio gear for a "
         "Russian buyer went from Slovenia to Belgrade in blind91; a MIDI-controller label was found in no earlier "
         "row by a keyword search)", {"importer_country": "BA"}),
        ("STR-06", "export", "PLAIR01", "air", "PL", [], "KZ", "854370",
         "Moduły syntezatora modułowego Eurorack, 300 szt.", "PL", 60, 300, 18000, "EUR",
         "Eurorack modules are front panels with knobs and jacks over a small board at 60 EUR each; these 300 are "
         "bare boards carrying 14-bit, 500 MS/s analogue-to-digital converters and large FPGAs, with no panel, "
         "knob or jack, for an Almaty 'synthesiser shop' whose buyers are in Russia: integrated circuits on the "
         "common high-priority list (8542 31, 8542 39) whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Warsaw; Polish wording (chips and FPGAs repeat in many "
         "sets, under guitar-effect-pedal labels once, blind96; a Eurorack label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-07", "import", "DEROAD01", "road", "GE", ["TR", "BG", "RO", "HU", "AT"], "DE", "440712",
         "კავკასიური ნაძვის რეზონანსული ხე, გიტარის ზედაპირებისთვის, საქართველოს წარმოშობის, 8 მ³", "GE", 3600,
         None, 48000, "EUR",
         "Caucasian spruce from Georgian forests is a reddish, fine-grained tonewood sold in small lots with "
         "Georgian forestry papers; these 8 m3 of pale, extremely tight-grained split billets carry Russian "
         "lot numbers on the end grain, a Karelian sawmill's grading stamps and transport bills from Verkhny Lars, "
         "with a Georgian certificate of origin issued after re-packing, for a Bubenreuth tonewood dealer: "
         "Russian wood, whose import into the Union Regulation 833/2014 forbids, by lorry through Türkiye and the "
         "Balkans; Georgian wording (Russian wood under Kazakh, Uzbek and Turkish origin repeats in several sets as "
         "plywood, charcoal and decking; a tonewood label was found in no earlier row by a keyword search)",
         firm("Nordhafen Tonholz GmbH", "DE")),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "AM", "920290",
         "Harpes celtiques d'étude, 34 cordes à leviers, 6 pièces", "FR", 540, 6, 9000, "EUR",
         "student lever harps are light, 34-string instruments of about 12 kg at 1,500 EUR; these six crates hold "
         "47-string concert pedal harps of 40 kg each with gilded columns, seven pedals and actions worth about "
         "30,000 EUR apiece, for a Yerevan 'music school' whose forwarder delivers to a Moscow conservatory: "
         "musical instruments whose sale for use in Russia Regulation 833/2014 forbids as luxury goods, flown from "
         "Nantes; French wording (pianos for Russia repeat in many sets; harps were found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "SG", "851829",
         "Undervandshøjttalere til svømmehaller (synkronsvømning), 16 stk.", "DK", 800, 16, 16000, "EUR",
         "an underwater pool speaker is a small, sealed loudspeaker rated for a few metres, at 1,000 EUR; these 16 "
         "are 50 kg free-flooding ring transducers for 300 m, tuned to 3-10 kHz with kilowatt drive ratings, at "
         "thirty times that on the maker's list, for a Singapore 'aquatic centre supplier' whose shipping orders "
         "run on to Qingdao: underwater acoustic projectors for active sonar (dual-use 6A001.a.1), exported "
         "without the licence Regulation 2021/821 requires, from Aarhus; Danish wording (sonar transducers repeat "
         "in several sets under fish-finder labels; a pool-speaker label was found in no earlier row by a keyword "
         "search)", {"importer_country": "SG"}),
        ("STR-10", "export", "SESEA01", "sea", "SE", [], "PK", "401699",
         "Ljudabsorberande gummiplattor för inspelningsstudior, 600 st.", "SE", 12000, 600, 24000, "EUR",
         "rubber acoustic tiles for studios are thin, light, foam-backed mats; these 600 are 70 mm, heavy, "
         "cavity-moulded polyurethane-rubber tiles shaped to a curved hull, with a data sheet of echo reduction "
         "in sea water from 2 to 30 kHz, for a Karachi 'studio builder' whose address is a naval dockyard's: "
         "anechoic coatings for submarines (military list ML17), exported without the licence the Swedish export "
         "control rules require, from Gothenburg; Swedish wording (acoustic and anechoic tiles were found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "BO", [], "ES", "920590",
         "Quenas de hueso de llama, artesanía potosina, 4 unidades", "BO", 1.1, 4, 240, "BOB",
         "a llama-bone quena is short, thick-walled and chalky, cut from a limb bone about 2 cm across; these four "
         "are 30-35 cm long, thin-walled, light, with the air cells of a bird's bone in the broken end and a "
         "diameter no llama bone has: flutes of Andean condor wing bone (Vultur gryphus, CITES App. I) without "
         "CITES documents, posted from Potosí to a private buyer in Granada; Bolivian Spanish wording (Andean bird "
         "products repeat as feathers in blind135; condor-bone quenas were found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("WLF-02", "import", "DEPOST01", "post", "US", [], "DE", "920600",
         "Gourd rattles, hand-painted, powwow style, 4 pcs", "US", 1.6, 4, 180, "USD",
         "powwow gourd rattles are dried, hard-shelled calabashes on a wooden handle; these four are domed, "
         "hinged turtle shells with keratin scutes in a yellow-and-brown radiating pattern, pebbles inside and a "
         "hickory handle: rattles of eastern box turtle (Terrapene carolina, CITES App. II) without CITES "
         "documents, posted from Oklahoma to a private collector in Leipzig; US English wording (turtle and "
         "tortoiseshell goods repeat in many sets; a gourd-rattle label was found in no earlier row by a keyword "
         "search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "transit", "BESEA01", "sea", "GN", ["BE"], "CA", "920600",
         "Djembés en bois de gmelina de plantation, peau de chèvre, 120 pièces", "GN", 1200, 120, 6000, "EUR",
         "plantation gmelina djembes are light, pale, straw-coloured and soft under a thumbnail; these 120 are "
         "heavy, orange-brown, with interlocked grain and yellow deposits in the pores, carved from single logs: "
         "djembes of lenke (Afzelia africana, CITES App. II since 2023) without the Guinean export permit that "
         "specimens in transit through the Union must carry, landed at Antwerp in transit from Conakry to "
         "Montréal; Guinean French wording (Afzelia timber repeats once as an item in blind70; djembes were found "
         "in no earlier row by a keyword search)", {"importer_country": "CA"}),
        ("WLF-04", "import", "BEAIR01", "air", "BF", [], "BE", "520852",
         "Tissu bogolan, coton, teint à la boue, 300 pièces", "BF", 180, 300, 2400, "EUR",
         "a Burkinabè craft air shipment for a Brussels world-music shop: bogolan cloth and shea butter are what "
         "Bobo-Dioulasso exporters send, but the third item's 'xylophones en bambou' are twelve balafons with "
         "heavy, blood-red keys of vène wood over calabash resonators: instruments of Pterocarpus erinaceus "
         "(CITES App. II, with trade from several West African range states suspended) without CITES documents, "
         "hidden as the last item of a three-item declaration flown from Ouagadougou; French wording with a Dioula "
         "word from Burkina Faso (vène and kosso timber repeat in several sets; balafons were found in no earlier "
         "row by a keyword search)",
         dict(firm("Central World Music SA", "BE"),
              _more_items=[item("151590", "Beurre de karité (shitulu) non raffiné, 200 kg", "BF", 200, 800, "EUR"),
                           item("920600", "Xylophones en bambou, artisanat, 12 pièces", "BF", 96, 360, "EUR", qty=12)])),
        ("WLF-05", "import", "CZAIR01", "air", "VN", [], "CZ", "920290",
         "Đàn nhị, mặt da tổng hợp, thủ công, 40 cây", "VN", 40, 40, 2000, "USD",
         "a đàn nhị with a synthetic head has a smooth, even, plastic membrane on its sound box; these 40 have "
         "heads of real snake skin with overlapping diamond scales and irregular dark blotches, glued and pegged "
         "on: fiddles covered with Burmese python skin (Python bivittatus, CITES App. II) without CITES documents, "
         "flown from Hanoi to Prague for a shop serving the Vietnamese community; Vietnamese wording (python "
         "products repeat in many sets as leather goods and printed-leather labels; python-skin fiddles were found "
         "in no earlier row by a keyword search)", firm("Delta Nhạc Cụ s.r.o.", "CZ")),
        ("WLF-06", "import", "DESEA01", "sea", "TZ", [], "DE", "440799",
         "Mbao za mopane (Colophospermum mopane), vipande vya kuchongea, tani 3", "TZ", 3000, None, 4500, "USD",
         "mopane turning blocks are reddish-brown with a coarse, interlocked grain; these 3 t of waxed, squared "
         "billets are purple-black, so dense they sink like stone, oily to the touch, with a thin yellow sapwood "
         "band, cut to clarinet and bagpipe lengths: African blackwood (Dalbergia melanoxylon, CITES App. II) "
         "without CITES documents, worth thirty times the declared price, by sea from Dar es Salaam to Hamburg "
         "for a woodwind-maker's supplier; Swahili wording (Dalbergia repeats in many sets; African blackwood and a "
         "mopane label were found in no earlier row by a keyword search)", firm("Alpina Holzblasinstrumente GmbH", "DE")),
        ("WLF-07", "import", "ESPOST01", "post", "PE", [], "ES", "920290",
         "Charango de madera de naranjillo, tallado en una pieza, artesanal, 1 unidad", "PE", 1.4, 1, 320, "PEN",
         "a carved naranjillo charango has a smooth wooden back cut from the same block as the neck; this one's "
         "back is the scaled, banded shell of an armadillo with hair still in the joints: a charango made from a "
         "hairy armadillo (Chaetophractus nationi, CITES App. II with a zero export quota) without CITES "
         "documents, posted from Ayacucho to a private buyer in Barcelona; Peruvian Spanish wording (lawful "
         "charangos appear among blind125's sensitive-looking goods; an armadillo charango was found in no earlier "
         "disguised row by a keyword search)", person("Sr. J. García", "ES")),
        ("WLF-08", "import", "DEAIR01", "air", "PG", [], "DE", "920600",
         "Kundu, diwai na skin bilong meme, 6 pela", "PG", 18, 6, 600, "USD",
         "a kundu with a goatskin head has a pale, hairy-textured membrane; these six hourglass drums have heads of "
         "scaled reptile skin with rows of small bead-like scales and a banded pattern, glued with tree sap: kundu "
         "drums headed with monitor-lizard skin (Varanus spp., CITES App. II) without CITES documents, flown from "
         "Port Moresby to Frankfurt for an ethnographic shop; Tok Pisin wording (monitor-lizard skins repeat in "
         "several sets; kundu drums were found in no earlier row by a keyword search)",
         firm("Vega Ethno Handel GmbH", "DE")),
        ("WLF-09", "import", "DKPOST01", "post", "GL", [], "DK", "050790",
         "Sorte hornstrimler (kvæghorn) til buemagere, 40 stk.", "GL", 1.0, 40, 600, "DKK",
         "cattle-horn strips are hard, brittle, translucent at the edges and smell of burnt hair when sanded; "
         "these 40 are flexible, fibrous black strips with a hair-like fringe along one edge that split along the "
         "length, cut for the whalebone lapping of violin bows: baleen of bowhead or minke whale (CITES App. I) "
         "without CITES documents, posted from Nuuk to a private bow maker in Odense; Danish wording from "
         "Greenland (whale products repeat in several sets; baleen for bow lapping was found in no earlier row by "
         "a keyword search)", person("Jens Mikkelsen", "DK")),
        ("WLF-10", "import", "ATPOST01", "post", "JP", [], "AT", "920999",
         "箏柱 (プラスチック製), 13本組 × 4組", "JP", 0.6, 52, 24000, "JPY",
         "plastic koto bridges are light, glossy and moulded with a seam; these 52 are heavy, creamy, finely "
         "cross-hatched under a lens and warm to the touch, each bridge carved by hand: koto bridges of elephant "
         "ivory (CITES App. I) without the CITES documents even a pre-Convention piece needs, posted from Kyoto to "
         "a private koto player in Graz; Japanese wording (ivory repeats in many sets on instrument parts, piano "
         "keys among them, and ivory shamisen plectra under an acrylic label went from Japan to France by post in "
         "blind92, the nearest earlier row; koto bridges were found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "CN", "DE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (theatre pyrotechnics technician)", "CN", 2, 2,
     60, "USD", [("PRECURSOR_LICENCE", "DE-BKA-58-0412")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "express", "US", "DK", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine racing)", "US", 4.6, 4, 160, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-58-0077")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent cyanide silver-plating baths (11 01 ...), from a Swiss watch-case plater, for silver and cyanide "
     "recovery at a licensed plant, 12 IBC", "CH", 13000, 12, 0, "EUR", [("BASEL_CONSENT", "DE-BW-58-0318")],
     "notified spent plating baths to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "382590",
     "Nitrocellulose lacquer sludge and spent thinner (08 01 11*), from an instrument workshop, for incineration "
     "with energy recovery, 30 drums", "NO", 6000, 30, 0, "EUR", [("BASEL_CONSENT", "SE-NV-58-0141")],
     "notified paint and varnish waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-58-031")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "GB", "FR", "290376",
     "Reclaimed halon 1211, 20 cylinders, for hand-held extinguishers on board aircraft (critical use)", "GB", 400,
     20, 16000, "GBP", [("ODS_LICENCE", "FR-MTE-ODS-58-012")], "reclaimed halon imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "920290",
     "Hurdy-gurdy, Jean-Nicolas Louvet, Paris, 1750s, sold at auction with the French certificate", "FR", 6, 1,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-58-0240")],
     "historic instrument exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "GRAIR01", "air", "GR", "US", "970610",
     "Post-Byzantine musical manuscript (Anthology, 18th century), lent to a US university exhibition", "GR", 2.4,
     1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-58-0019")],
     "manuscript temporarily exported with the EU export licence and the Greek permit"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "SG", "901580",
     "Calibrated hydrophones, 6 units, for a Singapore university's marine-mammal acoustics project", "DE", 12, 6,
     48000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-58-1187"), ("END_USER_CERTIFICATE", "SG-NUS-EUC-58-0041")],
     "dual-use hydrophones under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATROAD01", "road", "AT", "TR", "722830",
     "Maraging steel 18Ni300, forged discs, 2 t, for a Turkish civil aero-engine parts maker", "AT", 2000, 20,
     64000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-58-0392"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-58-0115")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "TZ", "DE", "440799",
     "African blackwood (Dalbergia melanoxylon), clarinet billets, 2 t, from a certified Tanzanian community forest",
     "TZ", 2000, None, 90000, "USD", [("CITES_PERMIT", "TZ-MNRT-58-0233")], "App. II blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "VN", "CZ", "920290",
     "Đàn nhị with Burmese python skin from registered captive-breeding farms, 20", "VN", 20, 20, 1400, "USD",
     [("CITES_PERMIT", "VN-CITES-58-0719")], "App. II python-skin instruments with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privat person", "PRM-03": "Central Edelmetall-Recycling GmbH",
    "PRM-04": "Vega Energiåtervinning AB", "PRM-11": "Alpina Holzblasinstrumente GmbH",
    "PRM-12": "Delta Nhạc Cụ s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows), nearly all from the instrument and audio trade: the lawful twins of
    # this set's disguises
    ("340399", "Synthetic valve oil for brass instruments, 60 ml bottles", "import", ["post"], ["US", "JP"], (25, 45), (1, 3), ["USD"], 15, S),
    ("151590", "Bore oil for wooden flutes and bagpipes, almond base, 250 ml", "import", ["post"], ["GB"], (20, 35), (1, 3), ["GBP"], 4, S),
    ("380610", "Rosin powder for dance shoes and string players, 500 g tins", "import", ["air"], ["CN", "US"], (3, 6), (100, 400), ["USD"], 2, S),
    ("340290", "Bubble-machine fluid, ready to use, 5 l cans", "import", ["road"], ["NO", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("283090", "Liquid liver of sulphur, jewellers' patina, 250 ml", "import", ["express"], ["US", "MX"], (20, 40), (1, 3), ["USD"], 4, S),
    ("121190", "Lycopodium powder for stage flame effects, 100 g tins", "import", ["air"], ["IN", "CN"], (20, 40), (20, 100), ["USD"], 10, S),
    ("251310", "Pumice flour FFF for French polishing, 1 kg bags", "import", ["air"], ["TR"], (2, 4), (100, 500), ["EUR"], 1, S),
    ("340250", "Ultrasonic cleaning powder for band instruments, 2 kg jars", "import", ["air"], ["TW", "CN"], (5, 9), (100, 500), ["USD"], 0.5, S),
    ("340290", "Enzymatic mouthpiece and reed cleaner, 250 ml", "import", ["post"], ["JP", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("321490", "Grain filler paste for wood finishing, 1 l tins", "export", ["road"], ["UA", "MD"], (4, 7), (2000, 8000), ["EUR"], 1, S),
    ("920710", "Used digital pianos, working, tested", "export", ["sea"], ["NG", "GH"], (8, 15), (1000, 4000), ["EUR", "GBP"], 0.05, S),
    ("940542", "Silk-flame LED effect lamps for stage, new", "export", ["sea"], ["CD", "CM"], (20, 40), (300, 1500), ["EUR"], 0.2, S),
    ("940542", "LED profile spotlights for stage, new", "export", ["sea"], ["EG", "MA"], (30, 60), (500, 3000), ["EUR"], 0.08, S),
    ("740610", "Sintering-grade bronze powder, new, sealed drums", "export", ["sea"], ["IN", "CN"], (10, 16), (2000, 8000), ["EUR"], None, S),
    ("440399", "Robinia vineyard posts, untreated, debarked", "export", ["road"], ["MD", "RS"], (0.3, 0.6), (15000, 24000), ["EUR"], None, S),
    ("920600", "Finished B20 bronze cymbals", "export", ["sea"], ["IN", "CN"], (40, 80), (300, 1500), ["EUR"], 0.5, S),
    ("851821", "Portable Bluetooth speakers, new, boxed", "import", ["sea"], ["CN", "VN"], (15, 30), (3000, 9000), ["USD"], 1, S),
    ("392073", "Cellulose acetate sheet for eyewear and pickguards", "export", ["sea"], ["TN", "CN"], (8, 14), (1000, 5000), ["EUR"], None, S),
    ("340520", "Guitar polish spray, hydrocarbon propellant, 300 ml", "import", ["air"], ["KR", "US"], (8, 14), (100, 600), ["USD"], 3, S),
    ("854370", "Water-based haze machines, new", "import", ["sea"], ["CN"], (15, 30), (1000, 4000), ["USD"], 0.1, S),
    ("860900", "Used dry storage containers, 20 ft, without refrigeration unit", "export", ["sea"], ["SN", "GH"], (0.6, 1.0), (2200, 2400), ["EUR"], 0.0004, S),
    ("940690", "Modular vocal booths, passive ventilation, without air-conditioning", "import", ["sea"], ["MY", "CN"], (3, 6), (2000, 8000), ["USD"], 0.002, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["TR", "CN"], (3, 6), (2000, 6000), ["USD"], 0.07, S),
    ("340290", "Alcohol-based optics cleaner for projectors, 250 ml", "import", ["express"], ["HK", "JP"], (30, 60), (1, 3), ["USD"], 4, S),
    ("271012", "Low-aromatic cleaning naphtha, drums", "import", ["sea"], ["IN", "KR"], (0.9, 1.5), (8000, 16000), ["USD"], None, S),
    ("340590", "Water-based piano key cleaner, 250 ml", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, S),
    ("920600", "New sand-cast bronze moko replicas, Alor craft", "import", ["air"], ["ID"], (8, 15), (50, 300), ["USD"], 0.05, S),
    ("920590", "Cane zampoñas (panpipes), new craft", "import", ["air"], ["PE", "BO"], (10, 20), (50, 300), ["USD"], 3, S),
    ("920290", "Hurdy-gurdies, new workshop instruments", "export", ["air"], ["US", "CA"], (300, 600), (50, 200), ["EUR"], 0.15, S),
    ("830610", "Tibetan-style singing bowls, new, brass", "import", ["post"], ["NP", "IN"], (15, 30), (1, 4), ["USD"], 1, S),
    ("830629", "Brass hand crosses, new, Ethiopian craft", "import", ["air"], ["ET"], (8, 15), (50, 200), ["USD"], 5, S),
    ("920290", "Guqin zithers, new, paulownia and fir", "import", ["air"], ["CN"], (60, 120), (50, 200), ["USD"], 0.3, S),
    ("920999", "Used church-organ parts, electric action, 1970s", "export", ["sea"], ["US", "ZA"], (1, 3), (3000, 8000), ["EUR"], None, S),
    ("830610", "Brass cow bells and sleigh bells, new", "import", ["post"], ["RS", "TR"], (15, 30), (1, 4), ["EUR"], 4, S),
    ("920290", "Carved wooden harps, new Congolese craft", "import", ["air"], ["CD", "CM"], (15, 30), (50, 200), ["USD"], 0.25, S),
    ("920992", "Piezo contact pickups for acoustic instruments", "export", ["air"], ["AE", "TR"], (80, 150), (20, 100), ["EUR"], 20, S),
    ("920999", "Drum shells, carbon-fibre wrap over birch, new", "export", ["air"], ["OM", "AE"], (25, 45), (100, 500), ["EUR"], 0.15, S),
    ("854320", "Studio word-clock generators, quartz", "export", ["air"], ["GE", "AM"], (100, 200), (20, 100), ["EUR"], 0.3, S),
    ("847160", "Bluetooth MIDI controllers with consumer motion sensors", "export", ["road"], ["RS", "MK"], (60, 120), (50, 200), ["EUR"], 3, S),
    ("854370", "Eurorack synthesiser modules, assembled, with panels", "export", ["air"], ["KZ", "GE"], (150, 300), (20, 100), ["EUR"], 3, S),
    ("920290", "Student lever harps, 34 strings", "export", ["air"], ["AM", "GE"], (60, 120), (50, 300), ["EUR"], 0.08, S),
    ("851829", "Underwater pool speakers, 30 W", "export", ["sea"], ["SG", "AE"], (60, 120), (200, 800), ["EUR"], 0.2, S),
    ("920590", "Cane quenas, new craft", "import", ["post"], ["BO", "PE"], (20, 40), (1, 3), ["USD"], 5, S),
    ("920600", "Painted gourd rattles, new", "import", ["post"], ["US", "MX"], (30, 60), (1, 3), ["USD"], 3, S),
    ("920600", "Plantation gmelina djembes, synthetic heads", "import", ["sea"], ["GN", "GH"], (4, 8), (1000, 4000), ["EUR"], 0.1, S),
    ("520852", "Bogolan mud-cloth, cotton", "import", ["air"], ["BF", "ML"], (10, 20), (100, 400), ["EUR"], 2, S),
    ("920290", "Charangos, naranjillo wood, new", "import", ["post"], ["PE", "BO"], (60, 120), (1, 3), ["USD"], 0.7, S),
    ("920290", "Đàn nhị fiddles with synthetic heads, new", "import", ["air"], ["VN"], (30, 50), (20, 100), ["USD"], 1, S),
    ("920999", "Synthetic whalebone lapping for violin bows", "import", ["post"], ["GB", "US"], (100, 200), (1, 2), ["GBP", "USD"], 40, S),
    ("920999", "Plastic koto bridges, sets of 13", "import", ["post"], ["JP"], (60, 120), (1, 2), ["USD"], 80, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Shoe horns, beech wood, long-handled", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 4, N),
        ("960390", "Shoe-polishing brushes, beech handle, synthetic bristle", "import", ["sea"], ["CN", "LK"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("450490", "Cork bath mats, agglomerated", "import", ["sea"], ["MA", "TN"], (4, 8), (1000, 4000), ["EUR"], 1, N),
        ("441990", "Wooden pepper mills with ceramic grinders", "import", ["sea"], ["CN", "VN"], (5, 9), (1000, 4000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind194", 20580701, HERE)


if __name__ == "__main__":
    main()
