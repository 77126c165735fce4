#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-ninth blind set (tests/risk/data/blind239-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 January - 26 February 2066, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and with an emphasis on a kind of trade rather
than a region: solar panels, batteries and electric vehicles (solar importers and installers,
battery makers and recyclers, EV importers and converters, e-bike and scooter fleets).
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
refrigerants, firearms parts) are left out of the ordinary table, as are the shared
table's two steel rows (as in blind128). Disguised rows carry a consignee name only where
a real declaration would. Ids are BL239-*:

    python3 tests/risk/data/make_blind239_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "KR", [], "NL", "382000",
         "전기차 배터리 냉각수 (저전도 OAT), 4 x 1 L", "KR", 4.5, 4, 60000, "KRW",
         "low-conductivity EV battery coolant is a blue or pink glycol of 1.07 kg/l that smells sweet and feels "
         "oily; these four bottles hold a water-clear, odourless liquid of 1.13 kg/l that whitens the skin, fizzes on "
         "a cut and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Incheon to a "
         "private person in Eindhoven who converts classic Beetles to electric drive; Korean wording (hydrogen "
         "peroxide repeats in many sets and coolant labels in many; an EV battery-coolant label was found in no "
         "earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("PRE-02", "import", "PTAIR01", "express", "CN", [], "PT", "292090",
         "碳酸甲乙酯 (EMC) 电池级电解液溶剂, 4 x 1 升", "CN", 4.6, 4, 360, "CNY",
         "battery-grade ethyl methyl carbonate is a light (1.01 kg/l), sweet-smelling solvent sold in sealed "
         "aluminium bottles under argon with a water-content certificate; these four plastic bottles hold an oily "
         "liquid of 1.14 kg/l that smells faintly fruity-chemical, burns with a yellow flame and whose filler's "
         "drum label on the invoice annex reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from "
         "Shenzhen to a private DIY cell builder in Porto, although flammable liquids travel by express only as "
         "declared dangerous goods; Chinese wording (nitromethane repeats in many sets and dimethyl-carbonate "
         "labels in a few; an EMC battery-electrolyte label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-03", "import", "FIPOST01", "post", "US", [], "FI", "281520",
         "Nickel-iron (Edison) battery electrolyte kit, potassium hydroxide flakes, 2 x 2 lb", "US", 1.8, 2, 45, "USD",
         "potassium hydroxide flakes for nickel-iron batteries are white, waxy flakes that grow hot at once in water "
         "and feel soapy on wet fingers; these two jars hold colourless crystals that stay cold in water, are not "
         "slippery and spit and flare on a hot plate, and the repacker's inner bag reads 'NaClO3 99.5': sodium "
         "chlorate (Annex I above 40 %), posted from Montana to a private off-grid homesteader near Rovaniemi who "
         "runs a solar cabin on Edison cells; US English wording (sodium chlorate repeats in many sets and "
         "nickel-iron (Edison) batteries once, as waste (blind130); a nickel-iron electrolyte-kit label was found in "
         "no earlier row by a keyword search)",
         person("Privatperson", "FI")),
        ("PRE-04", "import", "DEAIR01", "express", "JP", [], "DE", "285000",
         "六方晶窒化ホウ素パウダー (放熱フィラー用), 2 kg", "JP", 2, 2, 24000, "JPY",
         "hexagonal boron nitride is a fluffy, very light (0.3 kg/l bulk), talc-slippery white powder that feels "
         "like graphite between the fingers; this tin holds a dense, gritty, crystalline white powder of over "
         "1 kg/l that is not slippery, burns fiercely with sugar and reads 'KClO4' on a sticker under the label: "
         "potassium perchlorate (Annex I above 40 %), sent by express from Osaka to a private e-bike battery-pack "
         "builder in Leipzig who says he mixes it into thermal pads; Japanese wording (potassium perchlorate "
         "repeats in many sets and one boron-nitride label was found (blind171); a thermal-pad filler label from "
         "Japan is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "BGROAD01", "road", "TR", [], "BG", "701890",
         "Lityum pil yangınları için söndürme granülü (genleştirilmiş cam), 10 litre kova, 1.200 kova", "TR",
         9600, 1200, 7200, "EUR",
         "expanded-glass extinguishing granules for lithium-battery fires are grey-white, feather-light hollow "
         "beads (about 0.2 kg/l) that float on water; these 1,200 buckets hold heavy, white prills (0.8 kg/l) that "
         "sink, turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a Plovdiv e-scooter "
         "shop chain that sells a bucket with every scooter 'for safe charging at home': ammonium nitrate (Annex I "
         "at 16 % N or more) made available to members of the public, in a lorry at Kapitan Andreevo; Turkish "
         "wording (ammonium nitrate repeats in many sets and one extinguishing-granule label was found (blind191); "
         "a lithium-battery fire granule sold with e-scooters is the new part as far as a search found)",
         firm("Vega Elektro Skuter EOOD", "BG")),
        ("PRE-06", "import", "ITSEA01", "sea", "IN", [], "IT", "340290",
         "सोलर पैनल एंटी-सॉइलिंग नैनो कोटिंग, 1 लीटर बोतल, 2,400 बोतलें", "IN", 3360, 2400, 3600, "USD",
         "a silane anti-soiling coating for PV glass is a thin, alcohol-smelling, flammable liquid of about "
         "0.85 kg/l; these 2,400 bottles weigh 1.40 kg/l, fume brown when opened, yellow the skin and eat into a "
         "copper coin, for a Bari solar-accessories web shop that sells them in single bottles to householders: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, by sea from Nhava "
         "Sheva to Genoa; Hindi wording (nitric acid repeats in many sets; an anti-soiling PV-coating label was "
         "found in no earlier row by a keyword search)", firm("Meridian Solare Srl", "IT")),
        ("PRE-07", "import", "ATRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "AT", "854143",
         "Monokristalline PV-Module 410 Wp, Balkonkraftwerk-Sets, 400 Stück", "CN", 8800, 400, 36000, "USD",
         "a balcony-solar container for a Linz web shop: 410 Wp modules and micro-inverters are what such shops "
         "sell by the thousand, but the third item's 'Kontaktspray-Nachfüllflaschen für MC4-Stecker' are 600 "
         "one-litre bottles of an oily, odourless liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars a paper towel, where contact cleaner is a volatile solvent of 0.7 kg/l: about 96 % sulphuric acid "
         "(Annex I above 15 %), packed for the shop's private customers, hidden as the last item of a three-item "
         "declaration, by rail from Xi'an through Kazakhstan, Russia, Belarus and Poland; German wording "
         "(sulphuric acid repeats in many sets and battery-additive labels in a few; a contact-spray refill for "
         "MC4 connectors behind balcony-solar sets was found in no earlier row by a keyword search)",
         dict(firm("Alpina Solarhandel GmbH", "AT"),
              _more_items=[item("850440", "Mikro-Wechselrichter 800 W, 400 Stück", "CN", 1200, 24000, "USD", qty=400),
                           item("340290", "Kontaktspray-Nachfüllflaschen für MC4-Stecker, 1 l, 600 Stück", "CN", 1104, 900, "USD", qty=600)])),
        ("PRE-08", "import", "LTPOST01", "post", "MN", [], "LT", "250100",
         "Говийн нуурын байгалийн давс, 1 кг, 3 уут", "MN", 3, 3, 30000, "MNT",
         "Gobi lake salt is greyish, slightly damp, salty crystals with sand grains; these three bags hold dry, "
         "pure white crystals that taste cool and bitter rather than salty, spit violet sparks on a hot iron and "
         "burn fiercely mixed with sugar: potassium chlorate (Annex I above 40 %), posted from Ulaanbaatar to a "
         "private person in Kaunas; Mongolian wording (potassium chlorate repeats in many sets and Gobi labels in "
         "several, on other goods; a lake-salt label by post from Mongolia to Lithuania is the new part as far as "
         "a search found; one of the few rows outside the solar, battery and EV trade)",
         person("Private person", "LT")),
        ("PRE-09", "import", "SIROAD01", "road", "BA", [], "SI", "285390",
         "Deionizirana voda za robote za pranje solarnih panela, kanisteri 5 l, 600 kom", "BA", 3600, 600, 1800,
         "EUR",
         "deionised water for panel-washing robots is plain water of 1.00 kg/l at a few cents a litre; these 600 "
         "canisters have vented caps, hold a liquid of 1.20 kg/l that foams on a cut, whitens the skin and "
         "bleaches a cotton glove, for a Ljubljana solar-maintenance firm that resells 5 l canisters to "
         "householders for their own panels: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, in a van at Obrežje; Bosnian wording (hydrogen peroxide repeats in many sets and "
         "demineralised-water labels in several; a panel-washing-robot label was found in no earlier row by a "
         "keyword search)", firm("Delta Solar Servis d.o.o.", "SI")),
        ("PRE-10", "import", "ESSEA01", "sea", "CL", [], "ES", "283311",
         "Sulfato de sodio anhidro, grado batería, electrolito para baterías de agua salada, sacos 25 kg, 400 sacos",
         "CL", 10000, 400, 4000, "USD",
         "anhydrous sodium sulphate for salt-water batteries is a fine, inert white powder that stays neutral and "
         "does nothing on a hot plate; these 400 sacks hold white crystals that draw damp, flare bright yellow on "
         "a gas ring and burn fiercely with sugar, and the Antofagasta loader's sheet gives CAS 7601-89-0, for a "
         "Valencia off-grid web shop that repacks 5 kg tubs for householders building their own salt-water "
         "batteries: sodium perchlorate (Annex I above 40 %) made available to members of the public, by sea from "
         "Antofagasta to Valencia; Chilean Spanish wording (sodium perchlorate repeats in many sets and "
         "sodium-sulphate labels in several; a salt-water-battery electrolyte label was found in no earlier row by "
         "a keyword search)", firm("Rivage Off-Grid SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "700100",
         "Flachglasscherben, farblos, sortenrein, für die Floatglasherstellung, 24 t", "DE", 24000, None, 1440,
         "EUR",
         "clean float-glass cullet is clear, sharp-edged glass with green edges and nothing stuck to it; these "
         "bags hold dark, laminated glass fragments still bonded to a black, metal-coated layer and strips of "
         "backsheet and EVA, with junction-box cable ends, from the breakage of a Brandenburg solar park hit by "
         "hail, and an XRF gun reads cadmium and tellurium: broken cadmium-telluride thin-film modules (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg to Mundra for a 'glass "
         "works'; German wording (CdTe module waste repeats in several sets; kept as a known repeat, hail-broken "
         "park modules as float-glass cullet to India are the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "CV", "681182",
         "Gebruikte golfplaten, vezelcement, gereinigd, voor stallen en schuren, 22 t", "NL", 22000, None, 880,
         "EUR",
         "asbestos-free fibre-cement sheets are smooth, light grey and carry the maker's 'NT' mark; these pallets "
         "hold weathered, moss-stained sheets with broken edges and no NT mark that show chrysotile bundles under "
         "a lens, stripped from Brabant barn roofs by a solar installer under the 'asbest eraf, zonnepanelen "
         "erop' scheme before the panels went up: asbestos-cement roofing (17 06 05*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Praia for a 'builders' merchant'; Dutch "
         "wording (asbestos cement repeats in many sets and a used-corrugated-sheet label once (blind150); kept as "
         "a known repeat, roofs cleared for solar panels and Cabo Verde are the new part as far as a search found)",
         {"importer_country": "CV"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "293979",
         "N-metylo-2-pirolidon (NMP) regenerowany, 99,5 %, beczki 200 l, 100 beczek", "PL", 20600, 100, 4000,
         "EUR",
         "regenerated NMP is a water-clear, faintly fishy solvent sold with a purity certificate at about 2 EUR/kg; "
         "these drums at a fifth of that hold a dark brown, turbid liquid with a black sediment of cathode powder "
         "that fumes with an acid bite (hydrogen fluoride from the electrolyte salt) and reads nickel, cobalt and "
         "manganese, the still bottoms of a Lower Silesian cell plant's solvent-recovery column: waste organic "
         "solvent with hazardous substances (07 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, at Korczowa for a Lviv 'paint-stripper maker'; Polish wording (NMP and "
         "spent solvents repeat in a few sets; cell-plant still bottoms by road to Ukraine are the new part as far "
         "as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "850750",
         "Baterías híbridas NiMH reacondicionadas para taxis, módulos probados, 300 packs", "ES", 12000, 300, 6000,
         "EUR",
         "reconditioned hybrid-taxi batteries come as balanced, capacity-tested packs with a test sheet and a "
         "six-month guarantee; these 300 packs are corroded, white-crusted stacks pulled from Madrid and Barcelona "
         "hybrid taxis at 400,000 km, with leaking potassium-hydroxide electrolyte, swollen modules and no test "
         "record, at 20 EUR a pack: waste nickel-metal-hydride traction batteries (16 06 05 with corrosive "
         "electrolyte, HP8), hazardous waste whose export to a non-OECD country is banned, from Algeciras to Tanger "
         "Med for a Casablanca 'taxi garage'; Spanish wording (NiMH batteries were found twice, blind16 and "
         "blind136, on other covers; hybrid-taxi packs were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "850730",
         "Batterie ricaricabili NiCd ricondizionate per lampioni solari, 8.000 pezzi", "IT", 16000, 8000, 4000,
         "EUR",
         "reconditioned batteries for solar street lights are new-looking, shrink-wrapped packs with a date code; "
         "these crates hold dented, green-crusted nickel-cadmium cells and packs with cut leads, taken down from "
         "Sicilian municipal solar street lights and railway crossings and never tested: waste nickel-cadmium "
         "batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, from Palermo to "
         "Radès for a Sfax 'lighting contractor'; Italian wording (NiCd batteries repeat in several sets and a "
         "solar street-light twin was found in blind197; solar street-light packs to Tunisia are the new part as "
         "far as a search found)", {"importer_country": "TN"}),
        ("WST-06", "export", "HURAIL01", "rail", "HU", [], "RS", "253090",
         "Természetes mangán-oxid pigment, barna, big bag, 40 t", "HU", 40000, None, 2400, "EUR",
         "natural manganese-oxide pigment is a dry, dark-brown earth that colours bricks; these bags hold a wet, "
         "black, pasty filter cake that smells of solvent and ammonia, reads 12 % nickel, 4 % cobalt and lithium "
         "and leaves black, oily smears, from the wastewater plant of a Pest-county battery-cell works: sludge "
         "containing dangerous substances from on-site effluent treatment (06 05 02* / 19 08 13*), hazardous waste "
         "whose export to a non-OECD country is banned, by rail from Szeged to Subotica for a 'brick works'; "
         "Hungarian wording (cathode residues repeat in several sets and a manganese-oxide label once (blind13); "
         "a battery-plant filter cake as brick pigment by rail to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "PK", "850490",
         "Pièces de rechange d'onduleurs photovoltaïques, révisées, 1 conteneur", "BE", 14000, None, 7000, "EUR",
         "refurbished string-inverter spare parts are boxed, labelled boards and fans with a test sticker; this "
         "container holds 1,400 dead string inverters swapped out under warranty by a Flemish installer, with "
         "burnt boards, bulging electrolytic capacitors and cracked potting, loose in gaylords and bought by the "
         "tonne: waste electrical and electronic equipment with hazardous components (16 02 13*, Basel A1180), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Karachi for a 'solar "
         "repair' buyer; Belgian French wording (e-waste repeats in many sets and an inverter-spares label once, "
         "on another good; warranty-swapped PV inverters to Pakistan are the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("WST-08", "export", "DKSEA01", "sea", "DK", [], "GH", "850760",
         "Elcykel-batteripakker, brugte, testede, til energilagring (second life), 2.400 stk.", "DK", 7200, 2400,
         4800, "EUR",
         "second-life e-bike packs for storage are graded, capacity-tested packs with a fresh BMS and a report; "
         "these 2,400 packs were pulled from a Copenhagen bike-share fleet after water ingress and swelling, many "
         "with split casings, corroded contacts and tape over the charge port, untested and shipped loose in "
         "steel cages at 2 EUR apiece: waste lithium-ion batteries, damaged and defective, hazardous waste (HP3, "
         "Basel A1170/A1180) whose export to a non-OECD country is banned, from Aarhus to Tema; Danish wording "
         "(lithium-ion battery waste repeats in many sets; a bike-share fleet's second-life label to Ghana is the "
         "new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "VN", "280300",
         "Noir de carbone conducteur pour électrodes, grade batterie, big bags, 20 t", "FR", 20000, None, 10000,
         "EUR",
         "conductive carbon black is a feather-light (0.1-0.2 kg/l), pure black powder in sealed bags with a "
         "data sheet; these bags hold a dense (1.6 kg/l), grey-black powder with foil flecks that smells of "
         "electrolyte and reads 20 % nickel, 6 % cobalt and lithium: black mass shredded from EV battery "
         "modules at a Grand Est pre-treatment plant, waste batteries' active material (19 12 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Le Havre to Hai Phong for a "
         "'pigment' buyer; French wording (black mass repeats in many sets and carbon-black labels in several; "
         "kept as a known repeat, a conductive-carbon label from France to Viet Nam is the new part as far as a "
         "search found)", {"importer_country": "VN"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "870323",
         "Viaturas ligeiras usadas, em circulação, 4 unidades", "PT", 5200, 4, 14000, "EUR",
         "a used-goods container for Luanda: used cars and bicycles are what Lisbon exporters ship to Angola, but "
         "the third item's 'baterias de trotinetes, testadas' are 900 lithium-ion packs from a Lisbon e-scooter "
         "sharing fleet, swollen, cracked, some heat-damaged, with no test record: waste lithium-ion batteries "
         "(damaged and defective, HP3), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, from Lisbon to Luanda; European Portuguese wording "
         "(lithium-ion battery waste repeats in many sets and batteries behind used cars in a few; shared e-scooter "
         "packs to Angola are the new part as far as a search found)",
         dict({"importer_country": "AO"},
              _more_items=[item("871200", "Bicicletas usadas, 120 unidades", "PT", 1800, 2400, "EUR", qty=120),
                           item("850760", "Baterias de trotinetes, testadas, 900 unidades", "PT", 4500, 900, "EUR", qty=900)])),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "290219",
         "环戊烷发泡剂 (电动汽车电池包聚氨酯灌封泡沫用), 80 桶", "CN", 19200, 80, 28800, "USD",
         "cyclopentane blowing agent is a light (0.75 kg/l), petrol-smelling, highly flammable liquid shipped as "
         "dangerous goods; these 80 drums weigh twice that (1.49 kg/l), are not flammable, boil off at room "
         "temperature with a faint ether smell and a head-space test gives trichlorofluoromethane, for a Gliwice "
         "maker of potting foam for EV battery packs: CFC-11, whose import into the Union is banned, by sea from "
         "Tianjin to Gdańsk; Chinese wording (CFC-11 and cyclopentane labels repeat in several sets; an EV "
         "battery-pack potting-foam use was found in no earlier row by a keyword search)",
         firm("Orion Pianki Sp. z o.o.", "PL")),
        ("OZN-02", "import", "GRROAD01", "road", "TR", [], "GR", "281121",
         "Elektrikli araç ısı pompaları için R-744 (CO2) servis tüpleri, 10 kg, 300 adet", "TR", 3000, 300, 6000,
         "EUR",
         "R-744 service cylinders are heavy, tall cylinders rated for 150 bar that hold 57 bar at 20 °C; these "
         "300 are light, disposable, non-refillable cylinders that read 5.7 bar, hold 10 kg of a liquid of "
         "1.21 kg/l each and give tetrafluoroethane on a refrigerant identifier: HFC-134a placed on the market "
         "without quota and in non-refillable containers, both forbidden by the F-gas Regulation, in a van at "
         "Kipoi for a Thessaloniki EV-service garage; Turkish wording (HFC-134a repeats in many sets and R-744 "
         "labels in several; an EV heat-pump CO2 service label was found in no earlier row by a keyword search)",
         firm("Delta EV Service AE", "GR")),
        ("OZN-03", "import", "BESEA01", "sea", "CN", [], "BE", "293299",
         "碳酸亚乙烯酯 (VC) 锂电池电解液添加剂, 电池级, 40 桶", "CN", 10000, 40, 60000, "USD",
         "vinylene carbonate is a costly (about 15 USD/kg) electrolyte additive shipped chilled with a stabiliser, "
         "a liquid of 1.35 kg/l that sets to crystals below 20 °C; these 40 unchilled drums at 6 USD/kg hold a "
         "liquid of 1.59 kg/l that does not freeze, smells sweet like dry-cleaning and does not burn: carbon "
         "tetrachloride, whose import into the Union is banned outside licensed laboratory and feedstock uses, by "
         "sea from Shanghai to Antwerp for a Ghent electrolyte blender; Chinese wording (carbon tetrachloride "
         "repeats in many sets; a vinylene-carbonate label was found in no earlier row by a keyword search)",
         firm("Central Elektrolyt BV", "BE")),
        ("OZN-04", "import", "HUAIR01", "air", "KR", [], "HU", "382499",
         "BMS 기판용 플럭스 제거제 (무수성 세정제), 20 L 통, 60 통", "KR", 1500, 60, 9000, "USD",
         "a water-free flux remover for battery-management boards is a modified-alcohol blend of about 0.85 kg/l "
         "that burns; these 60 cans hold a non-flammable liquid of 1.25 kg/l that boils at 32 °C, smells sweet "
         "and ethereal and reads 1,1-dichloro-1-fluoroethane on a refrigerant identifier, for a Komárom "
         "supplier to Korean cell and pack plants: HCFC-141b, whose import into the Union is banned, flown from "
         "Incheon to Budapest; Korean wording (HCFC-141b repeats in many sets and flux-remover labels in a few; a "
         "BMS-board cleaner for a Hungarian battery cluster is the new part as far as a search found)",
         firm("Vega Battery Supply Kft.", "HU")),
        ("OZN-05", "import", "DESEA01", "sea", "CN", [], "DE", "850760",
         "Batteriespeicher-Container 20 Fuß, 3,7 MWh, mit Klimatisierung, 2 Stück", "CN", 60000, 2, 560000, "USD",
         "a 20-foot battery-storage container ships with an HVAC unit on R-410A or R-290 whose nameplate and F-gas "
         "label match the charge; the four roof-mounted units on these two containers carry nameplates glued over "
         "older plates that read 'R22, 6.5 kg' each, and a refrigerant identifier gives chlorodifluoromethane: "
         "equipment charged with HCFC-22, products containing an ozone-depleting substance whose import into the "
         "Union is banned, by sea from Ningbo to Hamburg for a Brandenburg solar-park storage project; German "
         "wording (R-22 equipment repeats in many sets and storage containers in a few, as waste (blind63); "
         "HCFC-charged HVAC on new storage containers was found in no earlier row by a keyword search)", firm("Nordhafen Energiespeicher GmbH", "DE")),
        ("OZN-06", "export", "IESEA01", "sea", "IE", [], "NG", "280430",
         "Used nitrogen cylinders, 80 l, for welding gas refill, 40 pcs", "IE", 4800, 40, 2000, "EUR",
         "used nitrogen cylinders are tall, grey-shouldered, empty or at a few bar; these 40 red cylinders with "
         "discharge heads and siphon tubes, taken out of a Dublin telecom exchange's UPS battery room, are still "
         "full, read 25 bar and their stamps read 'BTM': halon 1301 (bromotrifluoromethane), whose export from "
         "the Union is banned outside licensed critical uses, from Dublin to Lagos for a 'gas dealer'; Irish "
         "English wording (halon 1301 repeats in many sets and nitrogen labels in several; a UPS battery-room "
         "clearance to Nigeria is the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-07", "import", "FRSEA01", "sea", "IN", [], "FR", "285390",
         "Dry air (synthetic air) for SF6-free ring main units of solar parks, 50 kg cylinders, 80 pcs", "IN",
         4000, 80, 3200, "USD",
         "synthetic dry air for SF6-free switchgear comes in tall 200-bar gas cylinders that do not slosh; these "
         "80 short cylinders slosh, read 2 bar, each hold 50 kg of a liquid of 1.73 kg/l and their shoulders are "
         "stamped 'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned, by sea from "
         "Mundra to Fos for an Occitanie 'solar-park EPC' whose real buyer fumigates export timber; Indian "
         "English wording (methyl bromide repeats in many sets and gas-cylinder labels in several; a ring-main "
         "dry-air label for solar parks is the new part as far as a search found)", firm("Rivage Énergies SARL", "FR")),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "842410",
         "Автоматичні системи пожежогасіння трубкового типу для шаф зарядки електровелосипедів, 300 шт.", "UA",
         1200, 300, 15000, "EUR",
         "detector-tube fire-suppression kits for charging cabinets hold a small cylinder of FK-5-1-12 or "
         "HFC-227ea with a maker's certificate; these 300 kits carry olive-green Soviet-pattern bottles whose "
         "liquid weighs 2.18 kg/l, boils at 47 °C and whose stencils read '114В2': halon 2402, whose import into "
         "the Union is banned outside licensed critical uses, in a lorry at Dorohusk for a Warsaw maker of "
         "e-bike charging cabinets; Ukrainian wording (halon 2402 repeats in many sets and automatic-suppression "
         "labels in a few; detector tubes for e-bike charging cabinets were found in no earlier row by a keyword "
         "search)", firm("Horizon Ładowanie Sp. z o.o.", "PL")),
        ("OZN-09", "import", "IESEA01", "sea", "US", [], "IE", "842410",
         "AVD (aqueous vermiculite dispersion) lithium-ion battery fire extinguishers, 6 l, 400 pcs", "US", 3200,
         400, 24000, "USD",
         "AVD lithium-battery extinguishers hold a milky, water-based vermiculite dispersion of 1.1 kg/l that "
         "sloshes and freezes; these 400 units hold a clear liquid that vanishes into a gas, weigh 1.47 kg/l, and "
         "the stripped-off original labels read 'Halotron I': a blend of HCFC-123, products containing an "
         "ozone-depleting substance whose import into the Union is banned, by sea from Baltimore to Dublin for an "
         "EV dealer network; US English wording (Halotron and HCFC-123 repeat in many sets and AVD "
         "lithium-battery labels in two (blind115, blind123); kept as a known repeat, 6 l extinguishers by sea from "
         "the United States to an Irish EV dealer network are the new part as far as a search found)",
         firm("Atlantic EV Dealers Ltd", "IE")),
        ("OZN-10", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "290342",
         "R-32 (difluorometan) pentru pompe de căldură, butelii 9 kg, 1.000 bucăți", "IN", 9000, 1000, 12000,
         "USD",
         "R-32 comes in 9 kg cylinders with a red band and a flammable-gas sign, boils at -52 °C and weighs about "
         "0.96 kg/l as liquid; these 1,000 cylinders carry no flammable-gas sign under the new sleeves, hold a "
         "liquid of 1.19 kg/l and a refrigerant identifier gives chlorodifluoromethane: HCFC-22, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Constanța in transit from Mundra to a Chișinău heat-pump and solar installer; Romanian "
         "wording from Moldova (HCFC-22 repeats in many sets and R-32 labels in many; kept as a known repeat, a "
         "transit through Constanța for a Moldovan solar installer is the new part as far as a search found)",
         {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "export", "FRSEA01", "sea", "FR", [], "US", "870380",
         "Véhicule électrique de collection, rétrofit, carrosserie réplique, 1 unité", "FR", 1400, 1, 45000, "EUR",
         "a retrofitted replica is a new-built body on a modern frame with a certificate of conformity for the "
         "electric conversion; this car has a riveted 1937 chassis with its original stamped number, a Figoni "
         "et Falaschi teardrop body in hand-beaten aluminium with period repairs and only its engine replaced by "
         "an electric motor, and auction records put it at over 2 million euros: a means of transport over 75 "
         "years old above 50,000 EUR (a Delahaye 135), exported without the licence of Regulation 116/2009 and "
         "the French certificate, by sea from Le Havre to Newark for a Californian collector; French wording "
         "(classic cars repeat in many sets; an electric 'rétrofit' replica label was found in no earlier row by "
         "a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Vasi decorativi in terracotta, artigianali, per arredo di parchi agrivoltaici, 14 pezzi", "IT", 60, 14,
         700, "EUR",
         "new craft terracotta vases are evenly fired, stamped and sold by the dozen; these 14 are hand-built "
         "Daunian jugs and askoi with brown geometric painting, root marks and fresh soil in the cracks, turned up "
         "by an excavator digging cable trenches for an agrivoltaic park near Foggia and never reported: "
         "archaeological objects, State property under Italian law, exported without the licence of Regulation "
         "116/2009, by van over the Chiasso crossing for a Geneva dealer; Italian wording (Daunian pottery repeats "
         "in a few sets; kept as a known repeat, an agrivoltaic-park trench as the find-spot is the new part as "
         "far as a search found)", {"importer_country": "CH"}),
        ("CUL-03", "import", "DEAIR01", "air", "UZ", [], "DE", "854190",
         "Quyosh elektr stansiyasidan qaytarilgan sinov uskunalari va namunalari, 1 yashik", "UZ", 85, 1, 900,
         "USD",
         "a solar EPC's returning test kit is IV-curve tracers, irradiance sensors and cracked cell samples in "
         "foam; this crate also holds a chest of unglazed terracotta with a gabled lid, stamped figures of "
         "Zoroastrian priests and a fire altar, and a bone deposit inside, dug up where the company's piling rig "
         "worked on a Samarkand-region solar plant: a Sogdian ossuary (6th-8th century), an archaeological object "
         "taken out of Uzbekistan, which forbids its export, brought in without the import licence Regulation "
         "2019/880 requires, flown from Tashkent to Frankfurt; Uzbek wording (ossuaries repeat in several sets; "
         "kept as a known repeat, a solar EPC's returning test-kit crate is the new part as far as a search "
         "found)", firm("Central Solar EPC GmbH", "DE")),
        ("CUL-04", "export", "ESPOST01", "post", "ES", [], "GB", "853690",
         "Conectores MC4 de latón, usados, recuperados de plantas solares, 2 kg", "ES", 2, 1, 30, "EUR",
         "salvaged MC4 connectors are plastic-bodied plugs with brass or tinned-copper pins; this parcel holds 140 "
         "green-patinated bronze and silver coins, three fibulae and a belt buckle, with earth in the crevices, "
         "found with a metal detector on a Castilla-La Mancha solar-farm site cleared by bulldozers: "
         "archaeological objects from Spanish soil, State property, exported without the licence of Regulation "
         "116/2009 and the Spanish permit, posted from Ciudad Real to a private collector in Norwich; Spanish "
         "wording (detector finds repeat in many sets; an MC4-connector label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GB", "consignee_name": "Mr K. Tanaka"}),
        ("CUL-05", "import", "NLSEA01", "sea", "TR", [], "NL", "854143",
         "Güneş enerjili çatı kiremidi, terakota görünümlü, 40 m²", "TR", 1800, 400, 6000, "USD",
         "terracotta-look solar roof tiles are moulded glass-faced modules with a junction box and cable on the "
         "back; these 40 'm²' are panels of small limestone and glass tesserae set in fresh lime and backed with "
         "resin, showing a hunting scene and a Greek inscription, cut from a Late Roman floor in north Syria and "
         "passed through Gaziantep: a mosaic removed from Syria, whose import Regulation 36/2012 (Art. 11c) forbids, "
         "by sea from Mersin to Rotterdam for a 'solar roofing' importer; Turkish wording (mosaics repeat in many "
         "sets; a solar-roof-tile label was found in no earlier row by a keyword search)",
         firm("Horizon Zonnedaken BV", "NL")),
        ("CUL-06", "import", "BESEA01", "sea", "CN", [], "BE", "870380",
         "纯电动乘用车, 新车, 6 辆", "CN", 12600, 6, 138000, "EUR",
         "a ro-ro import of new EVs for a Zeebrugge importer: cars and their accessory kits are what such "
         "shipments carry, but the third item's '随车陶瓷装饰摆件' are two earthenware figures of a mounted "
         "archer and a court lady with cold-painted pigment, soil crusts and thermoluminescence-age clay, wrapped "
         "in the boot of the sixth car: Han-dynasty tomb figures (206 BC-AD 220), archaeological objects taken out "
         "of China, which forbids their export, brought in without the import licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration, by ro-ro from Shanghai to Zeebrugge; "
         "Chinese wording (Han figures repeat in several sets; in the boot of a new EV on a car carrier is the new "
         "part as far as a search found)",
         dict(firm("Nordhafen Auto Import BV", "BE"),
              _more_items=[item("854449", "随车充电线缆及配件, 6 套", "CN", 60, 1200, "EUR", qty=6),
                           item("691390", "随车陶瓷装饰摆件, 2 件", "CN", 9, 60, "EUR", qty=2)])),
        ("CUL-07", "import", "ATAIR01", "air", "JO", [], "AT", "850440",
         "عاكس شمسي معاد للإصلاح ضمن الكفالة، 1 قطعة", "JO", 38, 1, 1, "USD",
         "a solar inverter returned under warranty is a sealed housing with boards, heat sink and the installer's "
         "fault report; this housing has no boards, and its foam holds 60 bronze Nabataean coins, four clay "
         "lamps and a small carved incense altar with soil and a fresh break, from the Wadi Musa area: "
         "archaeological objects taken out of Jordan, which forbids their export, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Amman to Vienna as a warranty return to an Austrian "
         "inverter maker's service hub; Jordanian Arabic wording (Nabataean objects repeat in several sets; a "
         "warranty-returned inverter housing was found in no earlier row by a keyword search)",
         firm("Alpina Wechselrichter Service GmbH", "AT")),
        ("CUL-08", "import", "PLPOST01", "post", "UA", [], "PL", "871499",
         "Запчастини для електросамоката, б/в, 1 комплект", "UA", 3, 1, 40, "EUR",
         "used e-scooter parts are a scuffed deck, a throttle and a hub-motor cover; this parcel holds a gold "
         "plaque with a stag in the Animal Style, 18 gold appliqués and a bronze arrowhead quiver fitting with "
         "burial soil in the folds, dug from a kurgan in the Zaporizhzhia steppe: Scythian archaeological objects "
         "taken out of Ukraine, which forbids their export, brought in without the import licence Regulation "
         "2019/880 requires, posted from Odesa to a private buyer in Kraków; Ukrainian wording (Scythian gold "
         "repeats in many sets; an e-scooter-parts label was found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("CUL-09", "import", "DEAIR01", "air", "AR", [], "DE", "253090",
         "Muestras de espodumeno y salmuera de litio para ensayo, Puna catamarqueña, 1 cajón", "AR", 40, 1, 200,
         "USD",
         "lithium-exploration samples are numbered bags of crushed rock and sealed bottles of brine with a "
         "chain-of-custody sheet; this crate holds three whole, polished black-and-grey Aguada-style vessels "
         "with incised jaguars and two stone masks with desert varnish, from a burial the drilling crew's track "
         "cut open near a salar: pre-Hispanic archaeological objects (c. AD 600-900) taken out of Argentina, "
         "which forbids their export, brought in without the import licence Regulation 2019/880 requires, flown "
         "from Buenos Aires to Frankfurt for a lithium-exploration firm's director; Argentine Spanish wording "
         "(Argentine antiquities repeat in a few sets; a spodumene and lithium-brine sample label was found in no "
         "earlier row by a keyword search)", firm("Orion Lithium Exploration GmbH", "DE")),
        ("CUL-10", "import", "ITAIR01", "air", "ET", [], "IT", "850440",
         "ለጥገና የተመለሱ የፀሐይ ውሃ ፓምፕ መቆጣጠሪያዎች፣ 6", "ET", 30, 6, 600, "USD",
         "solar water-pump controllers returned for repair are sealed, dusty boxes with a fault tag; one of these "
         "six holds, in place of its board, a cast bronze processional cross with an openwork lattice and "
         "worn engraved saints, its shaft socket still holding old wax, taken from a Tigray church: an Ethiopian "
         "processional cross over 100 years old, whose export Ethiopia forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Addis Ababa to Milan for an irrigation NGO's "
         "supplier; Amharic wording (processional crosses repeat in many sets; a solar-pump controller returned "
         "for repair was found in no earlier row by a keyword search)", firm("Meridian Pompe Solari Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "express", "NL", [], "AM", "850490",
         "Controllers voor elektrische steps, reserveonderdelen, 40 stuks", "NL", 3.6, 40, 800, "EUR",
         "e-scooter controllers are small potted boxes with a cable loom at 20 EUR apiece; these 40 are bare, "
         "1200 V silicon-carbide MOSFET half-bridge power modules for traction inverters in maker's trays with "
         "the labels scraped, at 400 EUR apiece on the maker's list, sent to a Yerevan 'scooter repair' firm "
         "whose address is a Moscow forwarder's branch: semiconductor power modules (8541 29), on the common "
         "high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, by express from Amsterdam; Dutch wording (power semiconductors repeat in several sets and "
         "IGBT labels in a few; an e-scooter-controller label for SiC modules is the new part as far as a search "
         "found)", {"importer_country": "AM"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Leistungsmodule für DC-Schnellladesäulen, 30 kW, 24 Stück", "DE", 720, 24, 36000, "EUR",
         "DC fast-charger power modules are 30 kW rectifier bricks that take three-phase 50 Hz and give out direct "
         "current; these 24 take direct current and give out three-phase alternating current at 600-2,000 Hz "
         "with better than 0.2 % frequency control, and the Dubai consignee re-exports to a Tehran 'EV charging' "
         "firm: frequency changers (dual-use 3A225, Annex I of the Iran regulation 267/2012) exported without a "
         "licence, flown from Frankfurt; German wording (frequency changers repeat in many sets and solar-pump "
         "inverter labels once (blind98); an EV fast-charger power-module label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "SESEA01", "sea", "SE", [], "CN", "841989",
         "Vakuumtorkugn för elektrodrullar, batterifabrik, 1 enhet", "SE", 28000, 1, 180000, "EUR",
         "an electrode-roll vacuum drying oven is a steel box that heats coated foil to 120 °C under vacuum; "
         "this unit is a thick-walled pressure vessel with a 1,500 mm working chamber, graphite heating elements "
         "to 2,000 °C and an argon compressor rated at 200 MPa, bought second-hand from a Skellefteå cell-plant "
         "insolvency, for a Xi'an 'battery equipment' buyer: a hot isostatic press (dual-use 2B204/2B004), "
         "exported without the licence Regulation 2021/821 requires, by sea from Gothenburg to Shanghai; Swedish "
         "wording (isostatic presses repeat in many sets; a battery-plant electrode drying-oven label was found "
         "in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "382499",
         "Elettrolita per batterie al litio, LiPF6 in carbonati EC/DMC, 80 fusti", "IT", 26000, 80, 52000, "EUR",
         "a carbonate electrolyte with LiPF6 is a colourless, sweetish liquid of about 1.25 kg/l shipped in "
         "nickel-lined, nitrogen-blanketed drums; these ordinary steel drums hold a yellow, choking liquid of "
         "1.64 kg/l that fumes white in damp air and smells of sulphur dioxide, and the drum heads read CAS "
         "7719-09-7, for an Istanbul 'battery trader' whose earlier orders went on to Syria: thionyl chloride "
         "(dual-use 1C350, a chemical-weapons precursor), exported without the licence Regulation 2021/821 "
         "requires, from Ravenna to Mersin; Italian wording (thionyl chloride repeats in many sets and a "
         "LiPF6-electrolyte label once (blind208, for field-radio batteries); kept as a known repeat, from Ravenna to "
         "Türkiye for a buyer supplying Syria is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU", "KZ"], "UZ", "843810",
         "Teigausrollmaschinen für Großbäckereien, gebraucht, 3 Stück", "DE", 21000, 3, 24000, "EUR",
         "bakery dough sheeters are light stainless machines with felt belts and rollers of a few hundred "
         "millimetres; these three weigh 7 t each, carry hardened, ground, heated steel rolls of 800 mm with a "
         "micron gap control and a line-pressure gauge up to 2,000 kN, from a closed Saxony battery-cell pilot "
         "line, for a Tashkent 'bakery' buyer whose freight forwarder books them on to a cell plant near "
         "Moscow: electrode calendering roll presses (8420 10), on the list of machinery whose sale for use in "
         "Russia Regulation 833/2014 forbids, by lorry from Dresden through Poland, the Baltic states, Russia and Kazakhstan; German wording "
         "(battery-machinery and dough-sheeter covers were found in no earlier row by a keyword search; exports "
         "through Central Asia to Russia repeat in many sets)", {"importer_country": "UZ"}),
        ("STR-06", "transit", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY", "LT"], "RU", "850131",
         "电动滑板车轮毂电机 (备件), 6,000 个", "CN", 3000, 6000, 60000, "USD",
         "e-scooter hub motors are wheel-sized, closed hubs with a tyre seat and a fat axle cable, at about 3 kg "
         "each; these 6,000 are 0.5 kg, 2806-size open outrunner motors with thin bell housings and propeller "
         "shafts, and the same wagon holds cartons of thermal camera cores labelled 'e-scooter lights': parts "
         "for FPV attack drones, goods whose transit through the Union to Russia Regulation 833/2014 forbids, on "
         "a rail transit through Lithuania to Kaliningrad; Chinese wording (drone motors repeat in several sets, "
         "outrunners as e-bike motors once (blind37), and Kaliningrad transits in many; an e-scooter hub-motor "
         "label on a rail transit is the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "CN", "870380",
         "중고 전기 승용차, 개인 이사 화물, 1대", "BE", 2600, 1, 18000, "EUR",
         "a used EV as household goods is a car of some years with wear, a registration history and a moving "
         "family; this is a 2065 flagship electric saloon with 300 km on the clock, its European registration "
         "cancelled the week it was bought for 148,000 EUR, shipped to a Dalian trading firm whose director owns "
         "a Dandong car dealership that supplies Pyongyang: a luxury vehicle whose supply to North Korea, "
         "directly or indirectly, Regulation 2017/1509 forbids, undervalued eightfold, by sea from Antwerp; "
         "Korean wording (luxury cars for North Korea repeat in many sets and Dandong in many; a Korean-language "
         "household-move label for an EV from Antwerp is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("STR-08", "export", "CZAIR01", "air", "CZ", [], "PK", "903180",
         "Snímače náklonu pro samovyvažovací elektrické koloběžky, 200 ks", "CZ", 20, 200, 4000, "EUR",
         "a self-balancing scooter's tilt sensor is a consumer MEMS chip on a small board at a couple of euros; "
         "these 200 are sealed, calibrated inertial measurement units with fibre-optic gyros and navigation-grade "
         "accelerometers with bias stability of a few micro-g, at 9,000 EUR each on the maker's list, for a "
         "Rawalpindi 'e-mobility' buyer: inertial equipment (dual-use 7A001/7A003), exported without the licence "
         "Regulation 2021/821 requires, flown from Prague to Islamabad; Czech wording (IMUs and MEMS repeat in "
         "many sets and tilt-sensor labels in four (blind61, blind156, blind169, blind221); a self-balancing-scooter "
         "tilt sensor to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-09", "export", "LTROAD01", "road", "LT", [], "BY", "903033",
         "Elektrinių dviračių diagnostikos testeriai, 60 vnt.", "LT", 300, 60, 3000, "EUR",
         "e-bike diagnostic testers are hand-held plugs with a small screen that read the controller's fault "
         "codes, at 50 EUR each; these 60 boxes hold four-channel digital oscilloscopes of 1 GHz bandwidth and "
         "5 GS/s, at 12,000 EUR each on the maker's list, for a Grodno 'bicycle shop' whose buyer is a Minsk "
         "defence-electronics plant: oscilloscopes (9030), whose sale to Belarus Regulation 765/2006 forbids as it "
         "forbids it to Russia, in a lorry at Medininkai; Lithuanian wording (oscilloscopes repeat in many sets and "
         "automotive diagnostic testers once (blind105); kept as a near repeat, e-bike testers to Belarus at "
         "Medininkai are the new part as far as a search found)",
         {"importer_country": "BY"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "MY", "854142",
         "Cellules solaires pour véhicule solaire de course universitaire, 400 pièces", "FR", 8, 400, 6000, "EUR",
         "a university solar-car team's cells are ordinary monocrystalline silicon cells of about 24 % at a few "
         "euros apiece; these 400 are germanium-based triple-junction gallium-arsenide cells with cover glass and "
         "bypass diodes, rated 30 % in space, at 250 EUR each, for a Kuala Lumpur 'solar racing' buyer whose "
         "onward consignee is a Tehran satellite institute: space-qualified solar cells (dual-use 3A001.e.4), "
         "exported without the licence Regulation 2021/821 requires, flown from Toulouse; French wording "
         "(space-qualified solar cells repeat blind191, under a garden-lamp label; kept as a known repeat, a "
         "solar-car racing team label through Malaysia is the new part as far as a search found)",
         {"importer_country": "MY"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "391590",
         "ABS regrind from shredded power-bank and battery casings, black, 20 t", "NG", 20000, None, 4000, "USD",
         "ABS regrind from battery casings is hard, black, sharp-edged plastic flakes that float in brine and "
         "smell of hot plastic when burnt; below the top layer of these bags are brown, overlapping, "
         "fingernail-like plates that sink, smell of burnt hair under a hot needle and show growth ridges: "
         "pangolin scales (Manis spp. and Phataginus spp., CITES App. I) without CITES documents, landed at "
         "Antwerp in transit from Lagos (Apapa) to Hai Phong; Nigerian English wording (pangolin scales repeat in "
         "many sets; a battery-casing regrind label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WLF-02", "import", "FRPOST01", "post", "MA", [], "FR", "850760",
         "Batterie de trottinette électrique, 36 V, d'occasion, 1 pièce", "MA", 3, 1, 35, "EUR",
         "a used 36 V e-scooter battery is a sealed aluminium tube of cells with a BMS and a connector; this "
         "pierced casing holds no cells but four live, sock-wrapped tortoises with yellow-and-black domed shells "
         "and a spur on each thigh, scratching: Moroccan spur-thighed tortoises (Testudo graeca, CITES App. II, "
         "Annex A of Regulation 338/97) without CITES documents, posted from Marrakesh to a private keeper in "
         "Montpellier, where lithium batteries may not travel by post at all; French wording from Morocco "
         "(Testudo graeca repeats in many sets; an e-scooter-battery casing was found in no earlier row by a "
         "keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "ITSEA01", "sea", "ID", [], "IT", "392119",
         "Kulit vegan (PU mikrofiber) bermotif ular untuk jok mobil listrik, 1.200 lembar", "ID", 1800, 1200,
         6000, "USD",
         "vegan snake-print microfibre is an even, printed plastic sheet with a fabric back and a repeating "
         "pattern; these 1,200 pieces are real reticulated python skins, tanned, with scale pockets that lift "
         "under a fingernail, a pattern that never repeats and the belly scutes intact, for a Turin upholsterer "
         "of luxury EV seats: python skins (Malayopython reticulatus, CITES App. II) without CITES documents, by "
         "sea from Surabaya to Genoa; Indonesian wording (python skins repeat in many sets and vegan-leather "
         "labels once (blind228); an EV-seat upholstery label is the new part as far as a search found)",
         firm("Alpina Interni Auto Srl", "IT")),
        ("WLF-04", "import", "ESPOST01", "post", "CL", [], "ES", "940542",
         "Luces solares de jardín, LED, 6 unidades", "CL", 3, 6, 18000, "CLP",
         "solar garden lights are plastic stakes with a small panel and an LED; these six boxes hold grey, "
         "chalky-white, spiny globular cacti with dry roots in newspaper, dug from the coastal hills of the "
         "Atacama near the solar farms of Taltal: wild Copiapoa cinerea (CITES App. II) without CITES documents, "
         "posted from Antofagasta to a private collector in Almería; Chilean Spanish wording (Copiapoa repeats in "
         "several sets; a solar-garden-light label was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("WLF-05", "import", "DESEA01", "sea", "IN", [], "DE", "440839",
         "Eucalyptus veneer, quarter-cut, for EV interior trim panels, 60,000 m²", "IN", 24000, None, 36000, "USD",
         "eucalyptus veneer is pale pinkish-brown with a fine, straight stripe; these bundles are purple-brown "
         "with black streaks, heavy and rose-scented when sanded, cut from logs: Indian rosewood (Dalbergia "
         "latifolia, CITES App. II) without CITES documents, declared at a third of its price for a Bavarian "
         "maker of open-pore wood trim for electric saloons, by sea from Nhava Sheva to Hamburg; Indian English "
         "wording (Dalbergia repeats in many sets and veneer labels in many; kept as a known repeat, an EV-trim "
         "veneer label is the new part as far as a search found)", firm("Central Interieur GmbH", "DE")),
        ("WLF-06", "import", "NLSEA01", "sea", "GH", [], "NL", "871491",
         "Bamboo e-bike frames, handmade, unfinished, 300 pcs", "GH", 1800, 300, 9000, "USD",
         "handmade bamboo e-bike frames are light, hollow, glued tubes bound with fibre; 40 of these 300 frames "
         "are far heavier than the rest, and their down tubes hold solid, creamy, cross-hatched sticks cut to "
         "fit: worked and raw elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, by sea "
         "from Tema to Rotterdam for an Amsterdam e-bike brand; Ghanaian English wording (ivory repeats in many "
         "sets and bamboo labels in many, on other goods; ivory inside bamboo e-bike frames is the new part as "
         "far as a search found)", firm("Vega E-Bikes BV", "NL")),
        ("WLF-07", "import", "ATAIR01", "express", "ID", [], "AT", "750110",
         "Sampel nickel matte untuk uji laboratorium, smelter Morowali, 2 kg", "ID", 2, 1, 40, "USD",
         "nickel-matte lab samples are heavy, grey, metallic lumps in numbered bags; these are five solid, "
         "golden-red and ivory-coloured blocks of a light, horn-like material that smell of burnt hair under a "
         "hot needle, cut from the front of a bird's bill: helmeted hornbill casques (Rhinoplax vigil, CITES "
         "App. I) without CITES documents, sent by express from Jakarta to a private buyer in Vienna by an "
         "engineer at a Sulawesi battery-nickel smelter; Indonesian wording (hornbill casques repeat in many sets "
         "and a nickel-matte label once (blind139, on waste); a battery-nickel lab-sample label is the new part as "
         "far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-08", "import", "PTPOST01", "post", "PH", [], "PT", "940542",
         "Solar-powered capiz shell lamps, 2 pcs", "PH", 2.5, 2, 3000, "PHP",
         "capiz shell lamps are made of thin, flat, translucent windowpane-oyster discs; these two are whole, "
         "coiled, chambered shells with tiger stripes, cut open to show the chambers, with a small solar LED "
         "inside: chambered nautilus (Nautilus pompilius, CITES App. II) without CITES documents, posted from "
         "Cebu to a private buyer in Lisbon; Filipino English wording (nautilus repeats in many sets and "
         "capiz-lamp labels in a few (blind56, blind90); kept as a known repeat, a solar-powered lamp by post to "
         "Portugal is the new part as far as a search found)",
         person("Sra. Ana Silva", "PT")),
        ("WLF-09", "import", "ESAIR01", "express", "MX", [], "ES", "680690",
         "Láminas de aerogel para aislamiento térmico de baterías de vehículos eléctricos, 3 kg", "MX", 3, 12,
         900, "USD",
         "aerogel battery insulation sheets are feather-light, dusty, blue-white blankets of glass fibre and "
         "silica; these twelve are thick, dried, yellow-amber swim bladders with a pair of horn-like extensions, "
         "stiff and fish-smelling: totoaba maws (Totoaba macdonaldi, CITES App. I) without CITES documents, sent "
         "by express from Mexicali to a private buyer in Madrid who forwards to Asia; Mexican Spanish wording "
         "(totoaba repeats in many sets; an aerogel battery-insulation label was found in no earlier row by a "
         "keyword search)", person("Maria Lopez", "ES")),
        ("WLF-10", "import", "DESEA01", "sea", "MY", [], "DE", "854143",
         "Modul solar monokristal 450 Wp, 620 unit", "MY", 14000, 620, 62000, "USD",
         "a Malaysian solar container for a Hamburg distributor: modules and aluminium mounting rails are what "
         "Penang factories ship, but the third item's 'serpihan kayu untuk pelapik' are 60 kg of dark, "
         "resin-streaked wood chips that sink in water and smell of smoky-sweet oud when warmed, packed in "
         "vacuum bags: wild agarwood (Aquilaria malaccensis, CITES App. II) without CITES documents, hidden as "
         "the last item of a three-item declaration, by sea from Penang to Hamburg; Malay wording (agarwood "
         "repeats in many sets and Indonesian 'serpihan kayu' labels in several, on sandalwood; packing wood chips "
         "behind solar modules are the new part as far as a search found)",
         dict(firm("Horizon Solarvertrieb GmbH", "DE"),
              _more_items=[item("761090", "Rel pemasangan aluminium, 1.200 unit", "MY", 4800, 9600, "USD", qty=1200),
                           item("440122", "Serpihan kayu untuk pelapik, 60 kg", "MY", 60, 60, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLPOST01", "post", "KR", "NL", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (EV conversion workshop, surface treatment)",
     "KR", 4.5, 4, 60, "EUR", [("PRECURSOR_LICENCE", "NL-JenV-66-0141")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIPOST01", "post", "US", "FI", "282911",
     "Sodium chlorate 99.5 %, 2 x 2 lb, for a licensed private user (weed control on an off-grid holding)", "US",
     1.8, 2, 40, "USD", [("PRECURSOR_LICENCE", "FI-POLIISI-66-0058")],
     "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854939",
     "Broken cadmium-telluride thin-film PV modules (16 02 13*), for recovery at a licensed PV recycling plant, 22 t",
     "CH", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BB-66-0312")],
     "notified thin-film module waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "854913",
     "Damaged EV traction batteries, lithium-ion, for recycling at a licensed battery recycler, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-66-0087")],
     "notified damaged lithium-ion batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290314",
     "Carbon tetrachloride, analytical grade, 6 x 500 ml, for a battery-materials laboratory (essential "
     "laboratory use)", "US", 4.8, 6, 600, "USD", [("ODS_LICENCE", "BE-SPF-ODS-66-011")],
     "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "IESEA01", "sea", "IE", "US", "290376",
     "Halon 1301, recovered from a telecom battery room, 40 cylinders, for a critical-use aviation halon bank",
     "IE", 3200, 40, 48000, "EUR", [("ODS_LICENCE", "IE-EPA-ODS-66-004")],
     "recovered halon 1301 exported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "870323",
     "Delahaye 135, 1937, coachwork by Figoni et Falaschi, original engine, sold at auction with the export "
     "certificate", "FR", 1400, 1, 2200000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-66-0042")],
     "means of transport over 75 years old exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "AR", "DE", "970510",
     "Aguada culture ceramic vessel, c. AD 700, documented collection, lent for exhibition with the Argentine "
     "export permit and the import licence", "AR", 6, 1, 40000, "USD", [("IMPORT_LICENCE", "DE-BKM-IMP-66-0019")],
     "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "IN", "850440",
     "Frequency changers, 600-2,000 Hz, 6 units, for an Indian materials-research institute", "DE", 180, 6,
     60000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-66-0711"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-66-0134")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "BR", "854142",
     "Space-qualified triple-junction GaAs solar cells, 400 pcs, for a Brazilian small-satellite maker", "FR", 8,
     400, 100000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-66-0233"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-66-0021")],
     "dual-use space solar cells under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "410640",
     "Tanned reticulated python skins, Malayopython reticulatus, 600 pcs, from the Indonesian export quota", "ID",
     900, 600, 48000, "USD", [("CITES_PERMIT", "ID-KLHK-66-0388")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "IN", "DE", "440839",
     "Indian rosewood veneer, Dalbergia latifolia, plantation-grown, 20,000 m²", "IN", 8000, None, 40000, "USD",
     [("CITES_PERMIT", "IN-WCCB-66-0215")], "App. II rosewood veneer with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatperson", "PRM-04": "Nordhafen Batterierecycling GmbH",
    "PRM-05": "Central Battery Materials Lab SA", "PRM-11": "Alpina Interni Auto Srl", "PRM-12": "Central Interieur GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all of the solar,
    # battery and electric-vehicle trade
    ("382000", "EV battery coolant, low-conductivity OAT glycol, 1 l", "import", ["post"], ["KR", "JP"], (10, 18), (1, 4), ["USD", "EUR"], 1, S),
    ("292090", "Ethyl methyl carbonate, battery grade, 1 l", "import", ["express"], ["CN", "KR"], (20, 40), (1, 4), ["USD"], 1, S),
    ("281520", "Potassium hydroxide flakes for nickel-iron battery electrolyte, 2 lb", "import", ["post"], ["US"], (8, 15), (1, 3), ["USD"], 1, S),
    ("285000", "Hexagonal boron nitride powder, thermal filler", "import", ["express"], ["JP", "CN"], (60, 120), (1, 2), ["USD", "EUR"], 1, S),
    ("701890", "Expanded-glass extinguishing granules for lithium-battery fires, 10 l buckets", "import", ["road"], ["TR"], (1, 2), (1500, 4000), ["EUR"], 0.5, S),
    ("320890", "Silane anti-soiling coating for PV module glass, 1 l", "import", ["sea"], ["IN", "CN"], (4, 8), (2000, 6000), ["USD"], 1, S),
    ("850440", "MPPT solar charge controllers, 40 A", "import", ["rail", "sea"], ["CN"], (15, 25), (1000, 4000), ["USD"], 1, S),
    ("285390", "Deionised water for PV panel-washing robots, 5 l canisters", "import", ["road"], ["BA", "RS"], (0.2, 0.5), (3000, 8000), ["EUR"], 0.2, S),
    ("283311", "Anhydrous sodium sulphate, technical grade, 25 kg sacks", "import", ["sea"], ["CL", "TR"], (0.2, 0.4), (10000, 22000), ["USD"], 0.04, S),
    ("250100", "Gobi lake salt, natural, 1 kg bags", "import", ["post"], ["MN"], (5, 10), (1, 3), ["USD"], 1, S),
    ("700100", "Clean float-glass cullet, colourless, sorted", "export", ["sea"], ["IN", "EG"], (0.05, 0.1), (20000, 26000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated roof sheets, new, asbestos-free (NT)", "export", ["sea"], ["CV", "MA"], (0.6, 1.0), (15000, 22000), ["EUR"], None, S),
    ("293979", "N-methyl-2-pyrrolidone, regenerated, 99.5 %, drums", "export", ["road"], ["UA", "RS"], (1.8, 2.6), (10000, 20000), ["EUR"], None, S),
    ("850750", "Nickel-metal-hydride hybrid-vehicle batteries, new, boxed", "export", ["sea"], ["MA", "TN"], (15, 25), (3000, 8000), ["EUR"], 0.025, S),
    ("850730", "Nickel-cadmium batteries for solar street lights, new", "export", ["sea"], ["TN", "SN"], (6, 10), (2000, 6000), ["EUR"], 0.5, S),
    ("253090", "Natural manganese-oxide pigment for bricks", "export", ["rail"], ["RS", "BA"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("850440", "Refurbished PV string inverters, tested, with warranty", "export", ["sea"], ["PK", "GH"], (8, 14), (3000, 8000), ["EUR"], 0.05, S),
    ("850760", "Lithium-ion battery storage cabinets, new, 10 kWh", "import", ["sea"], ["CN"], (8, 14), (8000, 16000), ["USD"], 0.01, S),
    ("280300", "Conductive carbon black for battery electrodes", "import", ["sea"], ["CN", "JP"], (4, 8), (5000, 15000), ["USD"], None, S),
    ("871200", "Bicycles, refurbished, with warranty", "export", ["sea"], ["AO", "GH"], (6, 12), (2000, 6000), ["EUR"], 0.07, S),
    ("290219", "Cyclopentane, blowing agent, drums", "import", ["sea"], ["CN", "KR"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("281121", "Carbon dioxide (R-744) in refillable cylinders", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.05, S),
    ("293299", "Vinylene carbonate, battery grade, chilled drums", "import", ["sea"], ["CN", "KR"], (12, 18), (4000, 10000), ["USD"], None, S),
    ("382499", "Modified-alcohol flux remover for electronics, 20 l", "import", ["air"], ["KR", "JP"], (5, 9), (500, 2000), ["USD"], 0.05, S),
    ("280430", "Nitrogen, compressed, in cylinders", "export", ["sea"], ["NG", "GH"], (0.8, 1.5), (3000, 8000), ["EUR"], 0.02, S),
    ("285390", "Synthetic dry air for SF6-free switchgear, cylinders", "import", ["sea"], ["IN", "CN"], (1, 2), (2000, 6000), ["USD"], 0.02, S),
    ("842410", "Aqueous vermiculite (AVD) lithium-battery fire extinguishers, 6 l", "import", ["sea"], ["GB", "US"], (8, 14), (2000, 6000), ["USD", "GBP"], 0.12, S),
    ("870380", "Electric roadsters, new-built replica bodies", "export", ["sea"], ["US", "CH"], (25, 40), (2000, 6000), ["EUR"], 0.0007, S),
    ("691390", "Terracotta garden vases, handmade, new", "export", ["road"], ["CH"], (4, 8), (1000, 4000), ["EUR"], 0.25, S),
    ("854143", "Terracotta-look solar roof tiles (PV modules)", "import", ["sea"], ["TR", "CN"], (3, 6), (4000, 12000), ["USD"], 0.2, S),
    ("853690", "MC4 solar connectors, new, pairs", "import", ["post", "express"], ["CN", "DE"], (30, 60), (1, 3), ["USD", "EUR"], 30, S),
    ("283691", "Lithium carbonate, battery grade, samples", "import", ["air"], ["AR", "CL"], (15, 30), (50, 300), ["USD"], None, S),
    ("850440", "Solar water-pump controllers, new", "import", ["air"], ["CN", "IN"], (20, 40), (200, 1000), ["USD"], 0.2, S),
    ("871499", "Electric scooter spare parts, new", "import", ["post"], ["CN", "UA"], (15, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("392119", "Snake-print PU microfibre for car upholstery", "import", ["sea"], ["ID", "CN"], (4, 8), (2000, 6000), ["USD"], 0.7, S),
    ("940542", "Solar-powered garden lights, LED", "import", ["post"], ["CN"], (8, 16), (1, 3), ["USD"], 3, S),
    ("440839", "Eucalyptus veneer for car interior trim", "import", ["sea"], ["UY", "BR"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("871491", "Bamboo bicycle frames, handmade", "import", ["sea"], ["GH", "PH"], (15, 30), (500, 2000), ["USD"], 0.2, S),
    ("940542", "Capiz-shell solar lamps, windowpane oyster", "import", ["post"], ["PH"], (10, 20), (1, 3), ["USD"], 1, S),
    ("680690", "Aerogel insulation sheets for EV battery packs", "import", ["sea"], ["CN", "KR"], (15, 30), (1000, 4000), ["USD"], None, S),
    ("761090", "Aluminium mounting rails for PV modules", "import", ["sea"], ["MY", "CN"], (3, 5), (4000, 12000), ["USD"], 0.25, S),
    ("843810", "Bakery dough sheeters, new", "export", ["road"], ["RS", "MA"], (8, 14), (1000, 4000), ["EUR"], 0.005, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482390", "Paper drinking straws, boxed", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 250, N),
        ("691110", "Porcelain egg cups, boxed sets", "import", ["sea"], ["CN", "TH"], (2.5, 4), (2000, 6000), ["USD"], 8, N),
        ("442199", "Bamboo bath caddies", "import", ["sea", "road"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.8, N),
        ("630710", "Knitted cotton dishcloths, packs of 6", "import", ["post", "express"], ["PT", "IN"], (15, 30), (1, 3), ["EUR", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind239", 20660101, HERE)


if __name__ == "__main__":
    main()
