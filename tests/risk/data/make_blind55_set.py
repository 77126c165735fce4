#!/usr/bin/env python3
"""Writes the fifty-fifth blind set (tests/risk/data/blind55-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 27 June 2035, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL55-*:

    python3 tests/risk/data/make_blind55_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 5, 1)
base.DAYS = 58  # 1 May to 27 June 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITAIR01", "express", "US", [], "IT", "340290",
         "Concentrato per pulitrice a ultrasuoni, per gioielli, 6 x 2 l", "US", 13.6, 6, 110, "USD",
         "jewellers' ultrasonic concentrates are ammonia-and-detergent liquids at about 1.0 kg/l that foam when "
         "shaken and are diluted 1:20; these twelve litres are water-clear, do not foam, weigh 1.13 kg/l and bleach "
         "the carton where a cap leaked: about 35 % hydrogen peroxide (Annex I above 12 %), for a private person; "
         "Italian wording (hydrogen peroxide repeats in many sets; the ultrasonic-cleaner cover is new as far as a "
         "search found)", person("Privato", "IT")),
        ("PRE-02", "import", "CZAIR01", "express", "CN", [], "CZ", "381400",
         "Proplachovací kapalina pro tiskové hlavy eco-solvent, 10 x 1 l", "CN", 11.4, 10, 95, "USD",
         "eco-solvent flush fluids are glycol-ether blends at about 0.95 kg/l with a faint smell; ten litres at "
         "1.14 kg/l with a sharp fruity smell, whose inner labels give CAS 75-52-5, are nitromethane at about 98 % "
         "(Annex I above 16 %), for a private person who runs a sign-making sideline from home; Czech wording "
         "(nitromethane repeats; the inkjet printhead-flush cover is new as far as a search found)",
         person("Soukromá osoba", "CZ")),
        ("PRE-03", "import", "SEPOST01", "post", "GB", [], "SE", "283230",
         "Fixersalt, natriumtiosulfat för mörkrumsframkallning, 5 x 1 kg", "GB", 5, 5, 40, "GBP",
         "darkroom fixer is sodium thiosulphate in large clear prisms that dissolve readily in cold water; these "
         "are small flat white crystals that barely dissolve, crackle on a hot plate, and the inner bags give CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), posted to a private person although oxidisers may not "
         "go by post; Swedish wording (potassium chlorate repeats; the darkroom-fixer cover is new as far as a "
         "search found)", person("Privatperson", "SE")),
        ("PRE-04", "import", "ESPOST01", "post", "CN", [], "ES", "253090",
         "Arena de baño para chinchillas, polvo volcánico fino, 5 x 1 kg", "CN", 5, 5, 20, "USD",
         "chinchilla bathing dust is beige-grey ground pumice or sepiolite that stays gritty between the fingers; "
         "this is a bright white, silky powder that does not clump, and the inner bags give CAS 7778-74-7: potassium "
         "perchlorate (Annex I above 40 %), posted to a private person although oxidisers may not go by post; Spanish "
         "wording (potassium perchlorate repeats; the chinchilla-dust cover is new as far as a search found)",
         person("Particular", "ES")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za čišćenje pločica i fugni, kiselo, 4 x 5 l", "BA", 28, 4, 40, "EUR",
         "acid tile and grout cleaners are 5-10 % sulfamic or hydrochloric acid at about 1.05 kg/l; these four "
         "yellowing jerrycans weigh 1.4 kg/l and give off brown fumes when opened: about 65 % nitric acid (Annex I "
         "above 3 %), driven in from Bosnia in a private car; Bosnian wording (nitric acid repeats; the nearest "
         "earlier row is a Hungarian brick-and-paving cleaner that hid sulphuric acid on the Serbian road (blind50); "
         "the tile-cleaner cover from Bosnia is new)", person("Privatna osoba", "HR")),
        ("PRE-06", "import", "IEAIR01", "express", "US", [], "IE", "290545",
         "Vegetable glycerine USP 99.7 %, for soap-making, 4 x 1 gal", "US", 27.8, 4, 70, "USD",
         "glycerine weighs 1.26 kg/l, so four US gallons weigh about 19 kg; these weigh 27.8 kg (1.84 kg/l), char a "
         "paper towel and grow hot when a drop meets water: concentrated sulphuric acid (Annex I above 15 %), for a "
         "private person; Irish English wording (sulphuric acid repeats; the soap-making glycerine cover is new as "
         "far as a search found)", person("Private individual", "IE")),
        ("PRE-07", "import", "LVPOST01", "post", "GB", [], "LV", "382499",
         "Dzesēšanas sāls vīna pudeļu ātrai atdzesēšanai, 6 x 1 kg", "GB", 6, 6, 35, "GBP",
         "instant bottle-cooling salts are urea or ammonium chloride sold in small sachets; six kilograms of hard "
         "white prills whose inner bags read '34,5 % N' are ammonium nitrate (Annex I at 16 % N or more), posted to a "
         "private person; Latvian wording (ammonium nitrate repeats many sets, and cold packs hid it in about eight "
         "rows; the wine-cooling-salt cover is new as far as a search found)", person("Privātpersona", "LV")),
        ("PRE-08", "import", "MTPOST01", "post", "GB", [], "MT", "282810",
         "Kalċju ipoklorit granulat għall-pixxina (pool shock), 4 x 2 kg", "GB", 8, 4, 48, "GBP",
         "pool shock is calcium hypochlorite that smells strongly of chlorine; these eight kilograms are odourless "
         "white crystals that clump in the damp, and the inner bags give CAS 7601-89-0: sodium perchlorate (Annex I "
         "above 40 %), posted to a private person although oxidisers may not go by post; Maltese wording (sodium "
         "perchlorate repeats; the pool-shock cover is new as far as a search found)",
         person("Persuna privata", "MT")),
        ("PRE-09", "import", "SIAIR01", "express", "TR", [], "SI", "442199",
         "Leseni okvirji za panje AŽ, 200 kos", "TR", 40, 200, 300, "EUR",
         "a beekeeper's order whose third line, 'oxalic acid for varroa', is five kilograms of fine white crystals "
         "that give no acid reaction on pH paper and whose inner bags give CAS 7775-09-9: sodium chlorate (Annex I "
         "above 40 %); varroa oxalic acid is sold in 35 g sachets and is strongly acidic; for a private person; "
         "Slovenian wording (sodium chlorate repeats, and a formic-acid varroa treatment hid nitric acid once; "
         "the beekeeping-supply multi-item order is new)",
         {"consignee_name": "Zasebnik", "importer_country": "SI",
          "_more_items": [item("843680", "Kadilnik za čebelarje, nerjaveče jeklo, 4 kos", "TR", 3.2, 60, "EUR", qty=4),
                          item("291711", "Oksalna kislina dihidrat za zatiranje varoje, 5 x 1 kg", "TR", 5, 40, "EUR", qty=5)]}),
        ("PRE-10", "import", "NLSEA01", "sea", "CN", [], "NL", "283321",
         "Bitterzout (magnesiumsulfaat) voor gazon en tuin, zakken 5 kg, 24 t", "CN", 24000, 4800, 7200, "USD",
         "garden Epsom salt is magnesium sulphate in fine needle crystals; these are round, hard prills, and the "
         "sticker on each 5 kg bag covers a print reading '34,4 % N': ammonium nitrate above 16 % N (Annex I) in "
         "consumer bags for a garden-centre wholesaler, so it would be made available to members of the public; Dutch "
         "wording (ammonium nitrate repeats, once under calcium nitrate's code, and Epsom-salt covers hid chlorate "
         "and perchlorate as bath salts; garden Epsom salt hiding ammonium nitrate is new as far as a search found)",
         firm("De Groene Vlinder Tuinhandel BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "IN", "740400",
         "Kobberkabelskrot, til granulering, 22 t", "DK", 22000, None, 26000, "EUR",
         "cable scrap for granulation is plastic-insulated copper at 3-5 EUR/kg; at 1.2 EUR/kg these are "
         "paper-insulated, lead-sheathed power cables dug out of Copenhagen streets, the paper soaked in oil and the "
         "jute jackets in coal tar: cables containing oil, coal tar and other dangerous substances (17 04 10*) are "
         "hazardous waste whose export to a non-OECD country is banned; Danish wording (lead-sheathed paper cable repeats "
         "twice, to Accra and on drums; as copper granulation scrap to India it is new)", {"importer_country": "IN"}),
        ("WST-02", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU", "RO"], "MD", "860310",
         "Tramvaje Tatra T3, ojeté, k dalšímu provozu, 12 ks", "CZ", 204000, 12, 36000, "EUR",
         "twelve 1970s trams at 3,000 EUR each 'for further service' to a Chișinău scrap dealer, in a city that runs "
         "trolleybuses and no trams; the cars have asbestos board under the floors and around the heaters and "
         "PCB-filled capacitors in the resistor boxes: end-of-life rolling stock with hazardous components (17 06 05*, "
         "16 02 09*), hazardous waste whose export to a non-OECD country is banned; Czech wording (trams are new to "
         "these sets as far as a search found)", {"importer_country": "MD"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "271500",
         "Additiu per a betum, residu de destil·lació, bidons de 200 l, 20 t", "ES", 20000, None, 1000, "EUR",
         "bitumen additives are polymer or wax products at 1-3 EUR/kg; at 0.05 EUR/kg these black, tarry drums that "
         "smell of xylene and chlorinated solvent are still bottoms from a Tarragona solvent-recycling plant "
         "(07 01 08*): hazardous waste whose export to a non-OECD country is banned; Catalan wording (still "
         "bottoms repeat twice as recovered thinner; the bitumen-additive cover to Morocco is new)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "FRAIR01", "air", "FR", [], "CM", "850730",
         "Batteries d'aéronef NiCd, occasion, en état de marche, 40 pièces", "FR", 1600, 40, 2000, "EUR",
         "serviceable aircraft batteries travel with their shop release papers and cost several thousand euros; at "
         "50 EUR each, with expired capacity-test tags, white carbonate crust on the terminals and cells that have "
         "leaked, these are spent nickel-cadmium batteries (16 06 02*) from an airline's stores: hazardous waste whose "
         "export to a non-OECD country is banned; French wording (NiCd batteries repeat as cordless tools; aircraft "
         "batteries by air to Douala are new)", {"importer_country": "CM"}),
        ("WST-05", "transit", "BESEA01", "sea", "GB", ["BE"], "TG", "271019",
         "Off-spec marine gasoil blendstock, 4 ISO tanks, 80 t", "GB", 80000, 4, 6000, "USD",
         "off-spec gasoil is a clear distillate worth most of the price of fuel; at 0.08 USD/kg these tanks hold "
         "layers of water, emulsion and black sludge from a British port's slop and bilge reception (13 04 01*, "
         "13 05 02*), sent through Antwerp to Lomé as blendstock: hazardous waste whose transit through the Union "
         "needs notification and consent, and whose export to a non-OECD country is banned; English wording (bilge "
         "and tank sludge repeat in about five rows; the British slops in transit through Antwerp to Togo are new)",
         {"importer_country": "TG"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", [], "RS", "902300",
         "Lehrmittel für den Chemieunterricht, gebraucht, Spende, 6 Paletten", "AT", 2400, 6, 500, "EUR",
         "teaching sets are models and glassware; under the top layer the crates hold old reagent bottles cleared "
         "from three Viennese school laboratories (mercury salts, dried-out picric acid, chromates, peroxidised ether) "
         "packed loose for a Serbian charity: discarded laboratory chemicals (16 05 06*) are hazardous waste whose "
         "export to a non-OECD country is banned; Austrian German wording (laboratory-chemical clearances appear in "
         "about two rows; the school teaching-kit donation by road is new)", {"importer_country": "RS"}),
        ("WST-07", "export", "PLSEA01", "sea", "PL", [], "GH", "731010",
         "Beczki stalowe 200 l, używane, opróżnione, do ponownego użycia, 2 400 szt.", "PL", 48000, 2400, 7200, "EUR",
         "reconditioned drums are washed, flanged and repainted; these 2,400 drums went unrinsed from chemical "
         "plants with their bungs in and still hold several kilograms each of pesticide, solvent and isocyanate "
         "residue: packaging containing residues of hazardous substances (15 01 10*) is hazardous waste whose export "
         "to a non-OECD country is banned; Polish wording (steel drums appear as containers in a few rows; the "
         "unrinsed drum lot for reuse in Tema is new as far as a search found)", {"importer_country": "GH"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "ME", "320890",
         "Boje i lakovi, višak zaliha, za preprodaju, 18 t", "HR", 18000, None, 540, "EUR",
         "surplus paint stock comes on pallets of identical sealed tins with recent batch dates; this load is "
         "half-empty, skinned-over tins of every brand from municipal collection yards, some lead and chromate "
         "primers among them, at 0.03 EUR/kg: waste paint (20 01 27*) is hazardous waste whose export to a non-OECD "
         "country is banned; Croatian wording (paint sludge repeats; leftover household paint as surplus stock by "
         "road to Montenegro is new)", {"importer_country": "ME"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "440410",
         "Postes de vinha em pinho tratado, usados, para reutilização, 22 t", "PT", 22000, None, 1100, "EUR",
         "vineyard posts for reuse are sound and sorted by length; these are broken, rotted at the ground line and "
         "still carry staples and wire, pulled from Douro vineyards being replanted, and their green-grey sapwood is "
         "chromated copper arsenate: wood containing dangerous substances (17 02 04*) is hazardous waste whose export "
         "to a non-OECD country is banned; Portuguese wording (creosoted sleepers and poles repeat; CCA vineyard "
         "posts are new as far as a search found)", {"importer_country": "AO"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "SL", "940290",
         "Letti ospedalieri usati, donazione, 60 pz", "IT", 4200, 60, 3000, "EUR",
         "a hospital-donation container whose third line, 'used medical measuring instruments', is 600 mercury "
         "sphygmomanometers and clinical thermometers withdrawn by a Lombard hospital network, several leaking: the "
         "export of mercury-added measuring devices is banned (Regulation 2017/852, Annex II), and as discarded "
         "mercury-containing equipment they are hazardous waste whose export to a non-OECD country is banned; Italian "
         "wording (mercury devices appear in about three rows; hidden in a hospital-donation container to Freetown is "
         "new)",
         {"importer_country": "SL",
          "_more_items": [item("871390", "Sedie a rotelle usate, 40 pz", "IT", 640, 800, "EUR", qty=40),
                          item("901890", "Strumenti di misura medicali usati, 600 pz", "IT", 420, 300, "EUR", qty=600)]}),
    ],
    "ozone": [
        ("OZN-01", "export", "FISEA01", "sea", "FI", [], "EG", "841869",
         "Käytetty jäähallin kylmäkone, kylmäaine R-404A, 1 kpl", "FI", 14000, 1, 28000, "EUR",
         "a 1990s ice-rink refrigeration plant sold to a Cairo mall operator; the nameplate and service log give "
         "R-404A on the brine chiller's label but 900 kg of HCFC-22 in the compressor circuits, which were never "
         "emptied: the export of equipment containing or relying on HCFCs is banned (Regulation 2024/590); Finnish "
         "wording (HCFC-22 bought for an ice rink appears once; a whole rink plant exported under an HFC label is "
         "new)", {"importer_country": "EG"}),
        ("OZN-02", "import", "DEAIR01", "express", "JP", [], "DE", "290919",
         "エアブラシ用エアー缶 (DME), 420 ml, 48本", "JP", 22, 48, 420, "USD",
         "airbrush propellant cans under a DME label should carry a flammable-gas pictogram and burn; these do not "
         "ignite, and a gas test gives HFC-134a (GWP 1,430): technical aerosols with fluorinated gases of GWP 150 or "
         "more may not be placed on the market (Regulation 2024/573), for a model-building shop; Japanese wording "
         "(HFC air dusters repeat; airbrush propellant is new as far as a search found)",
         firm("Modellbau Hartmann GmbH", "DE")),
        ("OZN-03", "import", "PTSEA01", "sea", "US", [], "PT", "870323",
         "Automóvel clássico Cadillac Eldorado 1976, ar condicionado sem gás, 1 unidade", "US", 2400, 1, 18000, "USD",
         "the declaration says the air conditioning was emptied, but the low-side gauge reads 4 bar and a gas test "
         "at the service port gives dichlorodifluoromethane: the car's original system still holds about 2 kg of "
         "CFC-12, and products and equipment containing controlled substances may not be imported (Regulation "
         "2024/590); Portuguese wording (CFC-12 for classic cars repeats three times, as cans and kits; a whole car "
         "with its charged system is new as far as a search found)", {"importer_country": "PT"}),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "390950",
         "Poliüretan montaj köpüğü, 750 ml, itici gaz DME/propan/bütan, 2 400 adet", "TR", 2400, 2400, 4800, "EUR",
         "one-component foam cans with a hydrocarbon propellant flare at a lighter; these do not, and a gas test "
         "gives HCFC-22 with HCFC-142b: products containing HCFCs may not be imported (Regulation 2024/590); Turkish "
         "wording (HCFC-blown PU foam appears in a few rows; the canned assembly foam by road from Turkey is new as "
         "far as a search found)", {"importer_country": "BG"}),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "841850",
         "Szafy na wino, czynnik chłodniczy R-600a, 400 szt.", "CN", 16000, 400, 48000, "USD",
         "R-600a wine cabinets hold about 30 g of isobutane behind a flammable-gas sign; the nameplates under the "
         "stickers give 75 g of R-134a (GWP 1,430): household refrigerators with HFCs of GWP 150 or more may not be "
         "placed on the market (Regulation 2024/573); Polish wording (HFC plug-in equipment under a hydrocarbon label "
         "repeats; wine cabinets are new as far as a search found)", {"importer_country": "PL"}),
        ("OZN-06", "import", "HUROAD01", "road", "UA", [], "HU", "841869",
         "Танки-охолоджувачі молока 3 000 л, вживані, холодоагент R-404A, 6 шт.", "UA", 7200, 6, 21000, "EUR",
         "used farm milk-cooling tanks for a Hungarian dairy; the condensing units' nameplates, painted over, give "
         "HCFC-22 and the service valves carry R-22 caps, with about 6 kg of charge each: equipment containing or "
         "relying on HCFCs may not be imported (Regulation 2024/590); Ukrainian wording (HCFC-22 equipment repeats; "
         "milk-cooling tanks by road from Ukraine are new as far as a search found)", {"importer_country": "HU"}),
        ("OZN-07", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290347",
         "Средство за пењење HFC-245fa, бурад 250 kg, 80 ком.", "CN", 20000, 80, 160000, "USD",
         "HFC-245fa boils at 15 °C; a sample from these drums boils at 24 °C and a gas test gives "
         "trichlorofluoromethane (CFC-11) for a Serbian sandwich-panel maker: ozone-depleting substances may not "
         "enter the Union, in transit included; Serbian Cyrillic wording (CFC-11 repeats, HFC-245fa repeats as a "
         "quota HFC under other labels, and a transit to Serbia appears once; CFC-11 under an HFC-245fa label through "
         "Koper is new as far as a search found)", {"importer_country": "RS"}),
        ("OZN-08", "import", "GRPOST01", "post", "CN", [], "GR", "382499",
         "Σπρέι πεπιεσμένου αέρα για καθαρισμό υπολογιστών, HFO-1234ze, 12 τεμ.", "CN", 4.8, 12, 36, "USD",
         "HFO-1234ze dusters cost several times more than these; a gas test gives HFC-134a (GWP 1,430): technical "
         "aerosols with fluorinated gases of GWP 150 or more may not be placed on the market, and aerosols may not go "
         "by post; for a private person; Greek wording (HFC air dusters repeat in about seven rows, and HFO-1234ze "
         "labels hid HFCs in bulk refrigerant; the HFO label on a duster by post is new)", person("Idiotis", "GR")),
        ("OZN-09", "import", "RORAIL01", "rail", "CN", ["KZ", "AZ", "GE", "TR", "BG"], "RO", "841869",
         "Ice makers for bars and hotels, refrigerant R-290, 300 pcs", "CN", 13500, 300, 54000, "USD",
         "R-290 ice makers hold under 150 g of propane behind a flammable-gas label; these nameplates give 600 g of "
         "R-404A (GWP 3,922): self-contained commercial refrigeration with HFCs of GWP 150 or more may not be placed "
         "on the market; English wording (R-404A plug-in equipment under a hydrocarbon label repeats, and R-404A ice "
         "makers appear twice, once declared R-290; the Middle Corridor route by rail and Caspian ferry is new as far "
         "as a search found)",
         {"importer_country": "RO"}),
        ("OZN-10", "import", "ESROAD01", "road", "MA", [], "ES", "380899",
         "Fumigant du sol 1,3-dichloropropène, bouteilles 50 kg, 40 unités", "MA", 2000, 40, 9000, "EUR",
         "1,3-dichloropropene is a liquid shipped in drums; these are pressurised gas bottles with skull labels "
         "scraped off, and a gas test gives bromomethane: methyl bromide, whose import for soil fumigation is banned "
         "(Regulation 2024/590), for a Huelva strawberry grower; Moroccan French wording (methyl bromide repeats; the "
         "1,3-dichloropropene cover by road from Morocco is new as far as a search found)",
         firm("Fresas del Condado SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "JP", [], "NL", "691390",
         "陶製の置物、装飾用、新品、1点", "JP", 14, 1, 120, "USD",
         "a hollow, hand-built terracotta figure of a warrior on a pierced cylinder base, reddish and gritty, with "
         "soil in the eye slits and old breaks glued, is a haniwa (Kofun period, 3rd-6th century) dug from a burial "
         "mound: in Japan buried finds must be reported and belong to the state, and an archaeological object over "
         "250 years needs an EU import licence (Regulation 2019/880); Japanese wording (a Jōmon dogū appears once; "
         "haniwa are new as far as a search found)", {"importer_country": "NL"}),
        ("CUL-02", "import", "DEAIR01", "express", "CN", [], "DE", "711620",
         "岫岩玉雕 工艺品 新品 3件", "CN", 0.9, 3, 60, "USD",
         "new Xiuyan jade carvings are glossy and machine-drilled; a C-shaped 'pig-dragon' and a hooked-cloud "
         "plaque of yellow-green nephrite with conical holes drilled from both sides, white calcified patches and "
         "soil in the holes are Hongshan jades (roughly 4700-2900 BC) dug in western Liaoning: China forbids the "
         "export of such cultural relics, and they need an EU import licence as archaeological objects; Chinese "
         "wording (Hongshan jades are new as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-03", "export", "FRROAD01", "road", "FR", [], "CH", "820559",
         "Vieux outils en fer rouillés, lot de brocante, 1 carton", "FR", 4, 1, 40, "EUR",
         "under rusty pliers and files, an iron sword bent double inside its iron scabbard engraved with a pair of "
         "dragons, and a bronze torc with buffer ends, earth in the corrosion, are La Tène grave goods (3rd-2nd "
         "century BC) from a detectorist's find in the Marne, driven to a Geneva dealer: archaeological objects need "
         "an export licence at any value (Regulation 116/2009), and French law makes such finds public property; "
         "French wording (La Tène objects are new as far as a search found; Celtic coins and Celtiberian fibulae "
         "repeat)", {"importer_country": "CH"}),
        ("CUL-04", "import", "ITSEA01", "sea", "TN", [], "IT", "680299",
         "تماثيل حجرية للزينة، صناعة تقليدية، 2 قطعة", "TN", 160, 2, 200, "USD",
         "two sandstone stelae with schematic figures and offering-table hollows, wind-polished and with desert "
         "sand in the cracks, are Garamantian funerary stones from cemeteries near Germa in the Fezzan, carried "
         "through Tunisia: Libya forbids the export of antiquities, and they need an EU import licence; Libyan "
         "Arabic wording (Libyan antiquities from Cyrenaica repeat in about ten rows; Garamantian objects are new as "
         "far as a search found)", {"importer_country": "IT"}),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "680293",
         "Cabeza de piedra tallada, réplica artesanal, 1 pieza", "PE", 45, 1, 90, "USD",
         "a granite head with fangs, flared nostrils and serpent hair, whose back narrows into a long rough tenon for "
         "setting into a wall, weathered and lichen-stained, is a tenon head (cabeza clava) of Chavín de Huántar "
         "(roughly 900-200 BC): Peru forbids the export of archaeological heritage, and it needs an EU import licence; "
         "Peruvian Spanish wording (Chavín is new as far as a search found; Chancay, Moche and Nazca objects "
         "repeat)", {"importer_country": "ES"}),
        ("CUL-06", "import", "FRAIR01", "air", "BF", [], "FR", "442090",
         "Statuettes en bois, artisanat lobi, neuves, 8 pièces", "BF", 12, 8, 80, "EUR",
         "new Lobi carvings are pale and crisp; these eight bateba figures with raised arms, eroded feet and a crust "
         "of sacrificial millet, feathers and blood were taken from household shrines around Gaoua: Burkina Faso "
         "forbids the export of its cultural heritage without authorisation, and cultural goods removed unlawfully "
         "from their country may not be brought into the Union (Regulation 2019/880, Article 3); Burkinabè French "
         "wording (Lobi figures are new as far as a search found)", person("M. T. Dubois", "FR")),
        ("CUL-07", "import", "PTAIR01", "express", "MZ", [], "PT", "442090",
         "Máscara de madeira, artesanato makonde, nova, 1 peça", "MZ", 1.2, 1, 40, "USD",
         "tourist Makonde masks are polished blackwood; this light-wood helmet mask with real human hair set in "
         "beeswax, carved scarification and an inside worn smooth by dancing is an early 20th-century lipiko from an "
         "initiation group on the Mueda plateau: Mozambique forbids the export of its cultural heritage without a "
         "permit, and it may not be brought into the Union (Regulation 2019/880, Article 3); Mozambican Portuguese "
         "wording (Makonde masks are new as far as a search found)", person("João Pereira", "PT")),
        ("CUL-08", "import", "BEAIR01", "air", "CD", [], "BE", "442199",
         "Serre-livres en bois sculpté, artisanat, neufs, 2 pièces", "CD", 3, 2, 50, "USD",
         "a 'pair of bookends' that is one headrest split along an old crack: a kneeling female caryatid with a "
         "cascade coiffure and a glossy, oil-darkened patina, a 19th-century Luba headrest from a chief's treasury in "
         "southern DR Congo: the DR Congo forbids the export of its cultural heritage without a permit, and it may not "
         "be brought into the Union (Regulation 2019/880, Article 3); Congolese French wording (Luba objects are new "
         "as far as a search found)", {"importer_country": "BE"}),
        ("CUL-09", "import", "NLSEA01", "sea", "TZ", [], "NL", "940360",
         "Used household furniture, removal goods, 30 pcs", "TZ", 1500, 30, 1500, "USD",
         "a returning expatriate's removal container whose second and third lines are a box of 14th-15th century "
         "Chinese celadon and Islamic sgraffito sherds and 300 small copper coins of the Kilwa sultanate, picked from "
         "the ruins of Kilwa Kisiwani (a World Heritage site): Tanzania forbids the export of relics, and they need "
         "an EU import licence as archaeological objects; English and Swahili wording (Kilwa coins are new as far as "
         "a search found; a household container hiding antiquities repeats once, from Lebanon)",
         {"importer_country": "NL",
          "_more_items": [item("691490", "Vipande vya vyungu vya zamani, kumbukumbu, sanduku 1", "TZ", 6, 20, "USD", qty=1),
                          item("711890", "Sarafu za zamani za shaba, kumbukumbu, mfuko 1", "TZ", 1.2, 15, "USD", qty=300)]}),
        ("CUL-10", "import", "ATPOST01", "post", "RS", [], "AT", "691390",
         "Keramička figurica, suvenir, replika, 1 kom", "RS", 0.4, 1, 25, "EUR",
         "Vinča replicas sold at Belgrade museum shops are smooth and stamped; this grey-black figurine with a "
         "pentagonal mask face, incised garment lines, a worn burnish and earth inside its broken leg is a Neolithic "
         "Vinča figure (roughly 5400-4500 BC) from a looted tell near Belgrade: Serbia forbids the export of "
         "archaeological objects, and it needs an EU import licence; Serbian Latin wording (Vinča figures are new as "
         "far as a search found)", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "AM", "850440",
         "Frequentieregelaars voor pompen, 400 V, 20 st.", "NL", 240, 20, 9600, "EUR",
         "pump drives put out 50-60 Hz and cost a few hundred euros; these multiphase units are set for 600-2,000 Hz "
         "with frequency control better than 0.2 % and were ordered by a Yerevan trader whose buyer is in Iran: "
         "frequency changers of that kind (dual-use 3A225) are gas-centrifuge equipment whose supply to Iran is "
         "banned (Regulation 267/2012), and they are declared at a tenth of their price; Dutch wording (3A225 frequency "
         "changers repeat in about five rows, as spindle, woodworking and HVAC drives, one through Dubai; the "
         "pump-drive cover through Armenia is new)",
         {"importer_country": "AM"}),
        ("STR-02", "import", "BGSEA01", "sea", "TR", [], "BG", "270111",
         "Антрацит, произход Южна Африка, насипно, 30 000 т", "ZA", 30000000, None, 4200000, "USD",
         "the mate's receipts show the coal loaded at Rostov-on-Don and the sizing and ash match the anthracite of "
         "the occupied Luhansk and Donetsk mines, not South African coal, after a ship-to-ship transfer off Turkey: "
         "goods from the non-government-controlled areas of Donetsk and Luhansk may not be imported (Regulation "
         "2022/263), nor may Russian coal (Regulation 833/2014), and the certificate of origin is false; Bulgarian "
         "wording (anthracite appears twice; Donbas coal as South African is new as far as a search found)",
         {"importer_country": "BG"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "RS", "070956",
         "Funghi freschi coltivati, 12 kg", "IT", 12, None, 180, "EUR",
         "the 'cultivated mushrooms' are white truffles from Alba (Tuber magnatum) worth about 4,000 EUR/kg, flown "
         "to a Belgrade forwarder who sends them on to Moscow restaurants: truffles are luxury goods whose sale, "
         "supply or export for use in Russia is banned (Annex XVIII of Regulation 833/2014), and the value is less than a "
         "two-hundredth of the real one; Italian wording (truffles are new as far as a search found; luxury goods "
         "through Serbia repeat)", {"importer_country": "RS"}),
        ("STR-04", "export", "PTAIR01", "air", "PT", [], "AO", "851310",
         "Lanternas LED recarregáveis para vigilantes, 300 un.", "PT", 150, 300, 2400, "EUR",
         "security torches are plain LED lamps; these carry two steel prongs beside the lens and a second switch "
         "marked for a high-voltage discharge: portable electric-shock devices (Annex III of Regulation 2019/125) "
         "whose export needs an authorisation, which was not sought, for a provincial police command; Portuguese "
         "wording (stun belts and stun guns under other covers repeat; shock torches to Angola are new as far as a "
         "search found)", {"importer_country": "AO"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", ["CM"], "TD", "870421",
         "Pick-up 4x4 d'occasion, double cabine, 20 unités", "BE", 44000, 20, 180000, "EUR",
         "used double-cab pick-ups for a N'Djamena trader, every one with a ring mount welded into the bed, steel "
         "plate behind the cab and the rear window cut out, to be driven on to Darfur: vehicles fitted to carry "
         "weapons are military equipment (ML6) under the EU arms embargo on Sudan, and they were declared as plain "
         "used vehicles through Douala; Belgian French wording (used vehicles for armed groups are new as far as a "
         "search found)", {"importer_country": "TD"}),
        ("STR-06", "import", "BEAIR01", "air", "IN", [], "BE", "710491",
         "Lab-grown diamonds, CVD, polished, grown in Surat, 2,400 ct", "IN", 0.48, 2400, 480000, "USD",
         "the growth reports name a Surat grower, but the stones' growth striations and photoluminescence match a "
         "St Petersburg CVD grower's reactors, and the cutter's invoices show rough bought from Russia: synthetic "
         "diamonds originating in Russia, also when cut in a third country, may not be imported (Regulation "
         "833/2014); Indian English wording (lab-grown stones appear once, as a cover for mined ones; Russian CVD "
         "stones as Indian-grown are new)", {"importer_country": "BE"}),
        ("STR-07", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870899",
         "Automobilių atsarginės dalys, įvairios, 120 dėžių", "LT", 6000, 120, 42000, "EUR",
         "a car-parts truck to an Astana trader whose third line, 'electronic components for LED lamps' at 0.16 EUR "
         "each, is 20,000 microcontrollers and FPGAs worth about 20 EUR each: common high-priority items (8542.31) "
         "whose re-export to Russia the sale contract must forbid and whose sale for use in Russia is banned, bought "
         "by a firm that forwards to Moscow; Lithuanian wording (microcontrollers through Central Asia repeat; the "
         "car-parts truck through Russia is new as far as a search found)",
         {"importer_country": "KZ",
          "_more_items": [item("401110", "Lengvųjų automobilių padangos, 400 vnt.", "LT", 3600, 24000, "EUR", qty=400),
                          item("854231", "Elektroniniai komponentai LED lempoms, 20 000 vnt.", "LT", 8, 3200, "EUR", qty=20000)]}),
        ("STR-08", "import", "EEPOST01", "post", "CN", [], "EE", "392690",
         "Plastist tagaplaadi katted püstolile, 20 tk", "CN", 0.2, 20, 30, "USD",
         "slide cover plates are flat plastic; these have a steel lever that presses the trigger bar as the slide "
         "closes: 'switches' that make a pistol fire automatically, which a private person may not acquire "
         "(automatic firearms are Category A of Directive 2021/555 and national law forbids conversion devices); "
         "Estonian wording (a switch declared by name appears once in a development row, and drop-in auto sears as "
         "shelf brackets once; the back-plate-cover wording by post is new)", person("Eraisik", "EE")),
        ("STR-09", "import", "ROSEA01", "sea", "TR", [], "RO", "271119",
         "Gaz petrolier lichefiat (GPL), amestec propan-butan, origine Turcia, 4 000 t", "TR", 4000000, None,
         2400000, "USD",
         "Turkey imports most of its LPG; the cargo was taken on in a ship-to-ship transfer off Taman from a "
         "tanker loaded in a Russian Black Sea port: Russian LPG may not be imported (Regulation 833/2014), and the "
         "Turkish origin is false; Romanian wording (Russian LPG given Kazakh origin by rail appears once; by sea "
         "through a Turkish transfer is new)", {"importer_country": "RO"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "TH", "852990",
         "Software-Defined-Radio-Lehrsätze für Hochschulen, 4 Stück", "DE", 60, 4, 3200, "EUR",
         "SDR teaching kits are small boards with a laptop program; these rack units with several transceivers, "
         "power amplifiers, directional antennas and software that forces nearby phones to register and logs their "
         "identities are IMSI catchers, ordered by a Bangkok front for Myanmar's military: equipment for monitoring "
         "telecommunications may not be supplied to Myanmar (Regulation 401/2013); German wording (IMSI catchers "
         "repeat, once as a signal booster; the teaching-kit cover through Thailand to Myanmar is new)",
         {"importer_country": "TH"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITROAD01", "road", "AL", [], "IT", "010620",
         "Breshka toke (Testudo horsfieldii), të rritura në fermë, 80 copë", "AL", 40, 80, 800, "EUR",
         "Horsfield's tortoises are flat, round and four-clawed; these domed yellow-and-black tortoises with a "
         "divided supracaudal scute and a horny tail spur, mud on the shells and ticks on the legs, are wild-taken "
         "Hermann's tortoises (Testudo hermanni, CITES App. II, EU Annex A) collected on Albanian hillsides and "
         "carried on the Durrës-Bari ferry: Annex A species need an import permit and may not be traded "
         "commercially when wild-taken; Albanian wording (Testudo graeca appears twice; Hermann's tortoises by ferry "
         "from Albania are new as far as a search found)", {"importer_country": "IT"}),
        ("WLF-02", "import", "ESAIR01", "air", "PE", [], "ES", "030559",
         "Pez pipa seco, para consumo, 40 kg", "PE", 40, None, 2400, "USD",
         "dried pipefish are thin straight sticks; these curled fish with a horse's head, a crown and a grasping tail "
         "are Pacific seahorses (Hippocampus ingens, CITES App. II), whose export Peru has banned since 2004, at a "
         "fraction of their price; Peruvian Spanish wording (dried seahorses repeat in about a dozen rows; the "
         "pipefish cover is new as far as a search found)", {"importer_country": "ES"}),
        ("WLF-03", "import", "DESEA01", "sea", "CL", [], "DE", "441850",
         "Tejuelas de ciprés recuperadas, para revestimiento, 12 m3", "CL", 6000, None, 9000, "USD",
         "Chilean cypress is pale yellow and knotty; these reddish, silky shingles split along perfectly straight, "
         "very close growth rings, stripped from old houses on Chiloé, are alerce (Fitzroya cupressoides, CITES "
         "App. I), whose commercial trade is banned, with no pre-Convention certificate; Chilean Spanish wording (alerce is new as far as a search "
         "found)", {"importer_country": "DE"}),
        ("WLF-04", "import", "BEPOST01", "post", "ZA", [], "BE", "060290",
         "Vetplante, Echeveria-hibriede, kwekery, 60 stuks", "ZA", 3, 60, 45, "USD",
         "nursery Echeveria are leafy rosettes in potting mix; these are grey-green, leafless balls with eight "
         "ribs and purple cross-banding, bare-rooted with Karoo grit in the roots: wild-dug Euphorbia obesa (CITES "
         "App. II, endangered in the wild), posted without an export permit or a plant-health certificate to a "
         "private person; Afrikaans wording (Afrikaans appears in three rows; Euphorbia obesa and the Echeveria cover "
         "are new as far as a search found)", person("Particulier", "BE")),
        ("WLF-05", "import", "LTROAD01", "road", "BY", [], "LT", "010619",
         "Котята абиссинской породы, 3 шт.", "BY", 9, 3, 1500, "EUR",
         "Abyssinian kittens are ticked, slender and short-eared; these have long black ear tufts, heavy paws and a "
         "plain sandy coat: caracal kittens (Caracal caracal, CITES App. II, EU Annex B) from a Russian breeder, "
         "without the permits that an import needs; Russian wording (a serval appears once; caracals and the "
         "Abyssinian cover are new as far as a search found)", person("Privatus asmuo", "LT")),
        ("WLF-06", "import", "FRAIR01", "air", "MG", [], "FR", "010620",
         "Geckos Paroedura picta, nés en captivité, 120 spécimens", "MG", 1, 120, 600, "USD",
         "ocelot geckos are banded terrestrial geckos bred by the thousand; these are tiny brown lizards with "
         "horn-like scales over the eyes and a leaf-shaped body that sway when touched: leaf chameleons (Brookesia, "
         "CITES App. II) caught wild, for which Madagascar sets no export quota; French wording (Brookesia and the "
         "Paroedura cover are new as far as a search found)", {"importer_country": "FR"}),
        ("WLF-07", "import", "DEAIR01", "express", "US", [], "DE", "010620",
         "Texas alligator lizards (Gerrhonotus infernalis), captive bred, 12 pcs", "US", 0.6, 12, 1800, "USD",
         "Gerrhonotus are brown, banded ground lizards; these bright green tree lizards with yellow heads and "
         "grasping tails are arboreal alligator lizards (Abronia graminea, CITES App. II) taken in the cloud forests of "
         "Veracruz and laundered through a US dealer, for a private keeper; Mexico allows no commercial export of "
         "wild ones; US English wording (Abronia are new as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "NLAIR01", "air", "MX", [], "NL", "060290",
         "Palmas Chamaedorea elegans en maceta, vivero, 300 pzas", "MX", 600, 300, 900, "USD",
         "parlour palms are slender canes with feathery leaves; these have squat woody trunks and stiff, velvety, "
         "leathery leaflets, and field sand in the roots: wild-dug cardboard palms (Zamia furfuracea, a cycad on "
         "CITES App. II) from the coastal dunes of Veracruz, without an export permit; Mexican Spanish wording "
         "(cycads repeat as Encephalartos; Zamia and the Chamaedorea cover are new as far as a search found)",
         {"importer_country": "NL"}),
        ("WLF-09", "import", "BGROAD01", "road", "TR", [], "BG", "010690",
         "Akvaryum solucanları, canlı, 20 000 adet", "TR", 40, 20000, 800, "EUR",
         "aquarium worms are tubifex or bloodworms sold by the portion; these are olive-green leeches with orange "
         "stripes, 20,000 of them in wet moss: medicinal leeches (Hirudo, CITES App. II) gathered from "
         "Anatolian wetlands, without an export permit; Turkish wording (leeches from Turkey repeat once as "
         "fishing bait; the aquarium-worm cover by road to Bulgaria is new)", {"importer_country": "BG"}),
        ("WLF-10", "export", "SEAIR01", "express", "SE", [], "CN", "430219",
         "Rävskinn, garvade, 4 st.", "SE", 6, 4, 400, "EUR",
         "red-fox skins are orange with a white-tipped tail; these are grey, spotted pelts with black ear tufts and a "
         "short black-tipped tail: Eurasian lynx (Lynx lynx, CITES App. II, EU Annex A) from Swedish licensed hunts, "
         "whose export needs an EU export permit, sent to a buyer in China; Swedish wording (lynx pelts repeat "
         "under coyote and raccoon covers and as fur hats; the fox-skin cover for export from Sweden is new)",
         {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "express", "US", "IT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-35-0412")], "hydrogen peroxide above 12 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "express", "GB", "ES", "282911",
     "Sodium chlorate 99 %, 2 kg, for a licensed private user on his own farm", "GB", 2, 2, 30, "GBP",
     [("PRECURSOR_LICENCE", "ES-SES-35-0178")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DKROAD01", "road", "DK", "DE", "854460",
     "Paper-insulated lead-covered cable waste (17 04 10*), for recovery at a licensed smelter, 22 t", "DK", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DK-MST-35-0233")], "notified hazardous cable waste to a licensed recovery plant in the OECD"),
    ("PRM-04", "waste", "export", "ATROAD01", "road", "AT", "DE", "382569",
     "Discarded school laboratory chemicals (16 05 06*), lab-packed, for incineration, 2.4 t", "AT", 2400, None, 0, "EUR",
     [("BASEL_CONSENT", "AT-BMK-35-0561")], "notified laboratory chemicals to a licensed hazardous-waste incinerator"),
    ("PRM-05", "ozone", "export", "FISEA01", "sea", "FI", "GB", "290371",
     "Recovered HCFC-22, 900 kg in recovery cylinders, for destruction", "FI", 900, 20, 0, "EUR",
     [("ODS_LICENCE", "FI-SYKE-ODS-35-004")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "IL", "DE", "290361",
     "Bromomethane 99.5 %, 10 x 1 kg, for feedstock use in pharmaceutical synthesis", "IL", 10, 10, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-35-019")], "methyl bromide for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "NLAIR01", "air", "JP", "NL", "970510",
     "Haniwa figure of a horse, terracotta, Kofun period, from a collection documented since 1958", "JP", 18, 1, 70000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "JP-ACA-35-0077"), ("IMPORT_LICENCE", "NL-EK-35-0019")],
     "archaeological object with its export permit and the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970510",
     "La Tène bronze fibula, 3rd century BC, from a collection documented since 1911", "FR", 0.2, 1, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-35-1184")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "JP", "850440",
     "Multiphase frequency changers 600-2,000 Hz, 2 pcs, for a university motor test bench", "NL", 24, 2, 38000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-35-0912"), ("END_USER_CERTIFICATE", "JP-EUC-35-0208")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PTAIR01", "air", "PT", "CH", "930400",
     "Electric-shock batons, 30 pcs, for a cantonal police training centre", "PT", 18, 30, 9000, "EUR",
     [("EXPORT_LICENCE", "PT-DGAE-35-0061")], "Annex III goods of Regulation 2019/125 under an export authorisation"),
    ("PRM-11", "wildlife", "import", "ITROAD01", "road", "RS", "IT", "010620",
     "Hermann's tortoises (Testudo hermanni boettgeri), captive bred, microchipped, 6", "RS", 3, 6, 600, "EUR",
     [("CITES_PERMIT", "RS-MZZS-35-0142"), ("IMPORT_PERMIT", "IT-MASE-CITES-35-0318")],
     "Annex A tortoises bred in captivity with their export and import permits"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "express", "ZA", "DE", "060290",
     "Euphorbia obesa seedlings, artificially propagated, 40", "ZA", 1, 40, 200, "USD",
     [("CITES_PERMIT", "ZA-DFFE-35-2231"), ("PHYTOSANITARY_CERTIFICATE", "ZA-PPECB-35-88120")],
     "App. II succulents propagated in a nursery with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Giulia Rossi", "PRM-02": "Sr. J. García", "PRM-03": "Harz Metall Recycling GmbH",
    "PRM-06": "Rheinpharm Synthese GmbH", "PRM-09": "Tohoku University, Department of Electrical Engineering",
    "PRM-11": "Sig. M. Bianchi",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("340290", "Ultrasonic jewellery cleaning concentrate, 500 ml", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, S),
    ("381400", "Eco-solvent printhead flush, 1 l", "import", ["express"], ["CN", "US"], (10, 20), (1, 3), ["USD"], 1, S),
    ("283230", "Darkroom fixer, sodium thiosulphate crystals, 1 kg", "import", ["post"], ["GB", "US"], (6, 12), (1, 3), ["GBP", "USD"], 1, S),
    ("253090", "Chinchilla bathing dust, 1 kg", "import", ["post"], ["CN", "GB"], (3, 6), (1, 3), ["USD", "GBP"], 1, S),
    ("340290", "Acidic tile and grout cleaner, sulfamic acid, 5 l", "import", ["road"], ["BA", "TR"], (1, 2), (4000, 9000), ["EUR"], 0.2, S),
    ("290545", "Vegetable glycerine USP, 1 l bottles", "import", ["express"], ["US"], (5, 10), (1, 4), ["USD"], 0.8, S),
    ("382499", "Bottle-cooling sachets, urea-based, for wine", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 4, S),
    ("442199", "Wooden hive frames for beekeepers", "import", ["sea", "road"], ["TR", "UA"], (2, 4), (2000, 6000), ["EUR"], 2, S),
    ("843680", "Bee smokers, stainless steel", "import", ["express"], ["TR", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 1, S),
    ("283321", "Magnesium sulphate (Epsom salt) for gardens, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.3, 0.5), (20000, 26000), ["USD", "EUR"], None, S),
    ("740811", "Copper wire rod 8 mm, electrolytic", "import", ["sea", "rail"], ["CL", "KZ"], (8, 10), (18000, 24000), ["USD"], None, S),
    ("271500", "Bitumen emulsion for road works", "export", ["sea"], ["MA", "TN"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("850730", "Nickel-cadmium aircraft batteries, new, factory-sealed", "export", ["air"], ["CM", "SN"], (60, 100), (200, 800), ["EUR"], 0.025, S),
    ("271019", "Marine gasoil, ISO 8217 DMA", "export", ["sea"], ["TG", "GH"], (0.7, 1.0), (20000, 26000), ["USD"], None, S),
    ("902300", "Chemistry teaching models, new", "export", ["road"], ["RS", "BA"], (15, 30), (500, 2000), ["EUR"], 0.2, S),
    ("731010", "Steel drums 200 l, new, open head", "export", ["sea"], ["GH", "NG"], (1.2, 2), (8000, 16000), ["EUR"], 0.05, S),
    ("320890", "Solvent-based wood varnish, new stock", "export", ["road"], ["ME", "RS"], (3, 5), (8000, 16000), ["EUR"], None, S),
    ("440410", "Pine vineyard posts, new, copper-azole treated", "export", ["sea"], ["AO", "MA"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.1, S),
    ("940290", "Electric hospital beds, new", "export", ["sea"], ["SL", "GH"], (8, 14), (3000, 8000), ["EUR"], 0.01, S),
    ("901890", "Digital blood-pressure monitors", "import", ["post", "express"], ["CN", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 4, S),
    ("841869", "Ice-rink refrigeration plant, new, ammonia and CO2", "export", ["sea"], ["EG", "MA"], (4, 8), (8000, 16000), ["EUR"], 0.0001, S),
    ("290919", "Airbrush propellant cans, DME", "import", ["express"], ["JP", "US"], (10, 20), (1, 4), ["USD"], 2, S),
    ("842410", "Clean-agent fire extinguishers, FK-5-1-12", "import", ["sea"], ["BR", "US"], (15, 25), (500, 2000), ["USD"], 0.08, S),
    ("390950", "PU assembly foam cans, hydrocarbon propellant", "import", ["road"], ["TR"], (2, 3), (5000, 10000), ["EUR"], 1.2, S),
    ("841850", "Wine cabinets, R-600a, new", "import", ["sea"], ["CN"], (3, 5), (8000, 16000), ["USD"], 0.025, S),
    ("381400", "A/C system flush solvent, hydrocarbon based", "import", ["road"], ["UA", "TR"], (3, 5), (400, 1500), ["EUR"], 1.2, S),
    ("841869", "Ice makers for bars, R-290, new", "import", ["sea", "rail"], ["CN"], (3, 6), (6000, 14000), ["USD"], 0.02, S),
    ("691390", "Ceramic figurines, new, Japanese craft", "import", ["post"], ["JP"], (20, 40), (1, 3), ["USD"], 1, S),
    ("711620", "Xiuyan jade carvings, new", "import", ["express"], ["CN"], (30, 60), (1, 2), ["USD"], 3, S),
    ("680293", "Carved granite heads, Peruvian handicraft, new", "import", ["post"], ["PE"], (10, 20), (1, 4), ["USD"], 0.5, S),
    ("442090", "Carved wooden figures, West African craft, new", "import", ["post"], ["BF", "SN"], (15, 30), (1, 3), ["EUR"], 1, S),
    ("442090", "Painted wooden masks, Mozambican craft, new", "import", ["express"], ["MZ"], (20, 40), (1, 3), ["USD"], 1, S),
    ("442199", "Carved wooden bookends, Congolese craft", "import", ["post"], ["CD", "CM"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("711890", "Souvenir tokens, copper, new", "import", ["post"], ["TZ", "KE"], (20, 40), (1, 2), ["USD"], 20, S),
    ("850440", "Frequency inverters for pumps, 50-60 Hz, 0.75-7.5 kW", "export", ["road", "sea"], ["AE", "TR"], (40, 80), (500, 2000), ["EUR"], 0.1, S),
    ("200390", "Truffle sauce, jars", "export", ["road", "air"], ["CH", "US"], (20, 40), (500, 2000), ["EUR"], 5, S),
    ("851310", "Rechargeable LED torches", "import", ["sea"], ["CN"], (6, 12), (2000, 6000), ["USD"], 4, S),
    ("870421", "Used pick-up trucks, roadworthy", "export", ["sea"], ["CM", "GH"], (3, 6), (6000, 14000), ["EUR"], 0.0005, S),
    ("271112", "Propane, liquefied, US origin", "import", ["sea"], ["US", "NO"], (0.4, 0.6), (20000, 26000), ["USD"], None, S),
    ("851762", "Mobile signal boosters, new", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 0.5, S),
    ("670290", "Artificial succulents in pots", "import", ["post", "express"], ["CN"], (10, 20), (1, 3), ["USD"], 3, S),
    ("430219", "Tanned fox skins, farmed", "export", ["air"], ["CN", "KR"], (60, 120), (200, 800), ["EUR"], 0.5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind54), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, three rows blind54 added and five rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("630260", "Cotton bath towels", "import", ["sea"], ["TR", "PK"], (5, 8), (5000, 10000), ["USD", "EUR"], 2, N),
        ("691200", "Stoneware coffee mugs", "import", ["sea"], ["CN", "TH"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], 3, N),
        ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN"], (5, 9), (2000, 5000), ["USD"], 3, N),
        ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (12, 20), (1000, 4000), ["USD"], 3, N),
        ("340600", "Scented candles, glass jars", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 3, N),
        ("611595", "Cotton socks, knitted", "import", ["sea"], ["TR", "PK"], (8, 14), (3000, 8000), ["USD", "EUR"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind55", 20350501, HERE)


if __name__ == "__main__":
    main()
