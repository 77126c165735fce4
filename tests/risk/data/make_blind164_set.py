#!/usr/bin/env python3
"""Writes the hundred-and-sixty-fourth blind set (tests/risk/data/blind164-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2053, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a British Isles emphasis (the United Kingdom, Ireland, the Channel Islands, the Isle
of Man and Gibraltar: origins, transit hubs, destinations, traders, languages and covers
drawn from that region's trade).
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
would. Ids are BL164-*:

    python3 tests/risk/data/make_blind164_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "GB", [], "IE", "220830",
         "New make spirit, cask strength, Islay, sample bottles fae the still hoose, 4 x 1 L", "GB", 4.6, 4, 60, "GBP",
         "new-make malt spirit is water-clear, about 0.91 kg/l at cask strength, burns with a blue flame and smells of "
         "pear drops and cereal; these four sample bottles weigh 1.13 kg/l, do not burn, have vented caps, smell of "
         "nothing and whiten and sting the skin: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Islay "
         "to a private person in Galway, although oxidising liquids may not travel by post; Scots English wording "
         "(hydrogen peroxide repeats in many sets and spirit covers (ogogoro, kachasu, tequila) in several; a Scotch "
         "new-make sample label was found in no earlier row by a keyword search)", person("Mr P. Murphy", "IE")),
        ("PRE-02", "import", "IEROAD01", "road", "GB", [], "IE", "110319",
         "Pinhead oatmeal, stone-ground, 25 kg sacks, 400 sacks", "GB", 10000, 400, 4200, "GBP",
         "pinhead oatmeal is chopped, beige oat groats with bits of bran that smell of cereal and swell in hot water; "
         "these sacks hold hard, white, uniform prills that turn ice-cold in water, do not swell and test at 34 % N, "
         "for a Co. Donegal country store that sells feed, fuel and groceries over the counter: straight ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, where Irish farmers buy only "
         "calcium ammonium nitrate, on a lorry off the Holyhead ferry at Dublin Port; Hiberno-English wording "
         "(ammonium nitrate repeats in many sets and grain covers (pearl barley, couscous) in a few; an oatmeal label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Country Stores Ltd", "IE")),
        ("PRE-03", "import", "BEAIR01", "express", "GB", [], "BE", "252620",
         "French chalk (tailors' powdered chalk), for marking cloth, Savile Row supply, 20 x 1 kg", "GB", 20, 20, 90,
         "GBP",
         "tailors' French chalk is powdered talc: soft, greasy to the touch, insoluble and pale grey-white; these 20 "
         "bags hold a gritty, crystalline white powder that is not slippery, dissolves partly in water, burns "
         "fiercely mixed with sugar and whose inner liners read 'KClO4', for a Brussels haberdashery supplier that "
         "sells 1 kg bags over the counter: potassium perchlorate (Annex I above 40 %) retail-packed for members of "
         "the public, sent by express from London; English wording (potassium perchlorate repeats in many sets and "
         "talc covers in a few; a tailors' French-chalk label was found in no earlier row by a keyword search)",
         firm("Central Mercerie SA", "BE")),
        ("PRE-04", "import", "NLAIR01", "express", "GB", [], "NL", "151511",
         "Cricket bat oil, raw linseed, 4 x 500 ml", "GB", 2.3, 4, 32, "GBP",
         "cricket-bat oil is raw linseed: yellow, sticky, 0.93 kg/l, smelling of linseed putty; these four bottles "
         "hold a thin, colourless, faintly fruity liquid of 1.14 kg/l that does not leave an oily film, and the "
         "filler's drum label copied onto the packing list reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by "
         "express from Yorkshire to a private person in Utrecht, although flammable liquids travel by express only "
         "as declared dangerous goods; English wording (nitromethane repeats in many sets and oil covers in several; "
         "a cricket-bat-oil label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-05", "import", "FRPOST01", "post", "GG", [], "FR", "310590",
         "Guernsey tomato feed, liquid, high potash, glasshouse formula, 4 x 1 L", "GG", 7.4, 4, 24, "GBP",
         "liquid tomato feed is a dark green-brown, thin fertiliser of about 1.1 kg/l that smells of seaweed; these "
         "four bottles hold an oily, odourless liquid of 1.84 kg/l that grows hot with a drop of water and chars "
         "the cardboard where it leaked: about 96 % sulphuric acid (Annex I above 15 %), posted from St Peter Port "
         "to a private gardener near Saint-Malo, although corrosive liquids may not travel by post; Guernsey English "
         "wording (sulphuric acid repeats in many sets; a tomato-feed label was found once, on ammonium nitrate "
         "crystals from Egypt in blind89; a liquid feed from Guernsey is the new part)", person("Mme Claire Martin", "FR")),
        ("PRE-06", "import", "IESEA01", "sea", "GB", [], "IE", "390690",
         "Instant snow powder (sodium polyacrylate), for Christmas window displays, 200 g tubs, 6,000 tubs", "GB",
         1200, 6000, 4800, "GBP",
         "instant snow is a sodium polyacrylate powder that swells a hundredfold into fluffy white 'snow' when water "
         "is added; these tubs hold clear, cubic crystals that dissolve without swelling, draw damp and flare yellow "
         "on a gas ring, and the filler's sacks in the same container read CAS 7775-09-9, for a Dublin party-goods "
         "wholesaler whose shops sell them to the public: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Liverpool, Christmas stock ordered in July; English wording (sodium "
         "chlorate repeats in many sets; an instant-snow label repeats blind58, a powder posted from China to "
         "Estonia, kept as a repeat; Christmas wholesale stock by sea from Liverpool to Dublin is the new part)", firm("Vega Party Wholesale Ltd", "IE")),
        ("PRE-07", "import", "IEPOST01", "post", "IM", [], "IE", "340120",
         "Pure soap flakes for hand-washing Manx Loaghtan knitwear, 4 x 1 kg", "IM", 4.2, 4, 28, "GBP",
         "pure soap flakes are thin, waxy, translucent white flakes that lather in warm water and smell of soap; "
         "these four bags hold shiny, hard crystals that do not lather, spit violet sparks on a hot iron and carry "
         "CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), posted from Douglas to a private "
         "person in Dundalk; Manx English wording (potassium chlorate repeats in many sets; a soap-flake label and a "
         "route from the Isle of Man were found in no earlier row by a keyword search)", person("Ms A. Byrne", "IE")),
        ("PRE-08", "import", "ESROAD01", "road", "GI", [], "ES", "300490",
         "Liver salts efervescentes, pa' la barriga, tins de 250 g, 480 unidades", "GB", 130, 480, 700, "GBP",
         "effervescent liver salts are sodium bicarbonate, citric acid and magnesium sulphate: they fizz hard in water "
         "and taste salty-sour; these 480 tins hold a white crystalline powder that does not fizz, draws damp, burns "
         "brightly mixed with sugar and whose re-used lids read 'NaClO4', for a La Línea bazaar that sells to the "
         "public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, in a van at the "
         "Gibraltar frontier; Llanito (Gibraltarian English-Spanish) wording (sodium perchlorate repeats in many sets; "
         "a liver-salts label and a precursor through the Gibraltar frontier were found in no earlier row by a "
         "keyword search)", firm("Bazar Campo Gibraltar SL", "ES")),
        ("PRE-09", "import", "GBPOST01", "post", "IE", [], "GB", "220890",
         "Poitín Chonamara, 6 x 70 cl, bronntanas", "IE", 6.4, 6, 90, "EUR",
         "poitín is a clear grain or potato spirit of about 0.92 kg/l that smells of raw alcohol and burns; these six "
         "bottles hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats into a copper "
         "coin: about 65 % nitric acid, a regulated explosives precursor above 3 % that a member of the public may "
         "import only with a Home Office licence under the Poisons Act 1972, posted from Connemara to a private "
         "person in Liverpool; Irish-language wording (nitric acid repeats in many sets and spirit covers in several; "
         "a poitín label was found in no earlier row by a keyword search)", person("Mr S. O'Brien", "GB")),
        ("PRE-10", "import", "MTSEA01", "sea", "GB", [], "MT", "380894",
         "Likwidu sterilizzanti għall-fliexken tat-trabi, 1 litru, 3,000 flixkun", "GB", 3400, 3000, 3900, "EUR",
         "baby-bottle sterilising fluid is a 2 % hypochlorite solution of 1.03 kg/l that smells of chlorine; these "
         "bottles have vented caps, hold a water-clear, odourless liquid of 1.20 kg/l that foams on a cut and "
         "whitens the skin, and the pallets were filled at a Midlands chemicals repacker, for a Maltese pharmacy "
         "wholesaler whose shops sell to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed "
         "for members of the public, by sea from Felixstowe to Malta Freeport; Maltese wording (hydrogen peroxide "
         "repeats in many sets and steriliser labels in a few, on brewing and cider equipment; a baby-bottle "
         "sterilising-fluid label was found in no earlier row by a keyword search)",
         firm("Orion Pharma Distributors Ltd", "MT")),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "TR", "560811",
         "Knotless nylon net panels, used, washed, fae da salmon cages, for reuse as sports netting, 24 t", "GB",
         24000, None, 2400, "GBP",
         "washed net panels for reuse are clean, pale nylon mesh cut to size; these bales are whole salmon-pen nets, "
         "black-brown with copper-oxide antifouling, crusted with mussels and weed, smelling of rotting fish and "
         "reading several per cent copper, stripped from Shetland fish farms: end-of-life aquaculture nets with "
         "copper compounds (Y22), waste shipped to an OECD country without the notification and consent it needs, "
         "from Grangemouth to Izmir for a 'sports-net maker'; Shetland dialect wording (end-of-life fishing nets "
         "repeat in several sets; copper-antifouled salmon-farm nets from Shetland were found in no earlier row by "
         "a keyword search)", {"importer_country": "TR"}),
        ("WST-02", "export", "GBSEA01", "sea", "GB", [], "IN", "250840",
         "Devon ball clay, shredded, ceramic grade, 24 t", "GB", 24000, None, 2900, "GBP",
         "Devon ball clay is a plastic, grey-brown clay that turns sticky when wet and fires pale; these bags hold "
         "a dry, heavy, white-to-grey crystalline powder of 3.7 g/cm3 that does not go plastic in water, gives off a "
         "garlic smell on a hot plate and reads 60 % arsenic, dug out of the old calciner flues and labyrinths of a "
         "Tamar valley arsenic works: arsenic-bearing mining and processing residues (A1030), hazardous waste whose "
         "export to a non-OECD country is banned, from Teignmouth to Mundra for a Morbi 'tile maker'; English "
         "wording (arsenical wastes repeat in several sets and clay labels in a few; a Devon ball-clay label was "
         "found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "import", "FRSEA01", "sea", "JE", [], "FR", "121229",
         "Amendement calcaire d'algues marines (lithothamne), big bags, 22 t", "JE", 22000, None, 1300, "EUR",
         "calcified seaweed is coarse, cream-coloured, porous coral-like grit that fizzes in vinegar; these big bags "
         "hold a fine, grey, dusty powder that smells of ammonia when wet and reads chlorides, lead, zinc and "
         "dioxins, from the flue-gas treatment of the La Collette energy-from-waste plant: air-pollution-control "
         "residues (19 01 07*), hazardous waste shipped from Jersey without the notification and consent it needs, "
         "by sea from St Helier to Saint-Malo for a Breton farm supplier; Jersey French wording (incinerator APC "
         "residues repeat in several sets under hydrated-lime labels; a calcified-seaweed label and a route from "
         "Jersey were found in no earlier row by a keyword search)", firm("Rivage Agri SARL", "FR")),
        ("WST-04", "transit", "ESROAD01", "road", "GI", ["ES"], "MA", "940360",
         "Second-hand household goods, furniture and kitchenware, removal, 1 lorry", "GI", 6000, None, 1200, "GBP",
         "a removal lorry holds wrapped furniture, boxes of kitchenware and the owner's inventory; this one holds 260 "
         "broken televisions, microwave ovens, fridges and computer towers with cut cables and no inventory, loaded "
         "at a Gibraltar scrap yard that takes the Rock's civic-amenity electricals: waste electrical and electronic "
         "equipment (A1180), hazardous waste whose export to a non-OECD country is banned, in transit through La "
         "Línea and Algeciras to Tanger Med under a transit declaration; English wording (e-waste under "
         "household-goods labels repeats in many sets; a transit from Gibraltar through Spain was found in no earlier "
         "row by a keyword search)", {"importer_country": "MA"}),
        ("WST-05", "import", "SESEA01", "sea", "GG", [], "SE", "440122",
         "Hardwood chips, biomass fuel, Guernsey, bulk, 1,200 t", "GG", 1200000, None, 36000, "GBP",
         "hardwood biomass chips are clean, pale, fresh-smelling wood of even size; this bulk cargo is shredded, "
         "wet, grey mixed refuse with plastic film, nappies, food waste and only a top layer of wood chips, "
         "smelling of rot and steaming in the hold, from a Guernsey waste transfer station: mixed municipal waste "
         "(20 03 01, Y46) shipped for energy recovery without the notification and consent it needs, by sea from St "
         "Peter Port to Malmö for a district-heating plant; English wording (municipal waste under fuel labels repeats "
         "in several sets and wood-chip labels once, on oil-soaked sawdust in blind21; a Guernsey cargo was found in "
         "no earlier row by a keyword search)", firm("Nordhafen Energi AB", "SE")),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "850440",
         "Uninterruptible power supplies, used, tested, working, 60 units", "IE", 22000, 60, 18000, "EUR",
         "used UPS systems for reuse are complete cabinets with electronics, fans and a test sheet; these 60 cabinets "
         "hold no electronics, only racks of swollen, leaking sealed lead-acid blocks taken out of a Dublin data "
         "centre at their end of life, with acid-stained trays: waste lead-acid batteries (16 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Dublin to Lagos for a 'power solutions' dealer; "
         "Irish English wording (lead-acid batteries repeat in many sets and UPS labels in a few; data-centre "
         "batteries from Dublin are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "VN", "380210",
         "Activated carbon, regenerated, for drinking-water treatment, 40 t", "GB", 40000, None, 12000, "GBP",
         "regenerated activated carbon is a clean, black, dusty granule with an iodine-number certificate; these "
         "bags hold sulphur-impregnated carbon pellets that smell of rotten eggs and read 8 % mercury, spent in the "
         "mercury-removal beds of a North Sea gas terminal at St Fergus: mercury waste (05 07 01*, A1030), hazardous "
         "waste whose export to a non-OECD country is banned, from Aberdeen to Hai Phong for a 'water-treatment' "
         "firm; Scottish English wording (spent mercury-removal carbon under activated-carbon labels repeats "
         "blind11 and blind40, kept as a repeat; from a Scottish gas terminal to Viet Nam is the new part as far as "
         "a search found)",
         {"importer_country": "VN"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "PK", "890400",
         "Anchor-handling tug supply vessel, 1983, in class, sold for further trading, 1", "GB", 2400000, 1, 900000,
         "USD",
         "a vessel sold for further trading keeps its class, crew and a trading plan; this Aberdeen-based supply "
         "ship was sold to a cash buyer, re-flagged to a flag of last voyage, sails with a riding crew and a single "
         "voyage to Gadani Beach, and still carries asbestos lagging and PCB cables: a ship destined for breaking "
         "(hazardous waste), exported to a non-OECD country for beaching against the ban, from Aberdeen; English "
         "wording (end-of-life ships sent for beaching repeat in several sets and Gadani in a few; an Aberdeen "
         "anchor-handling vessel was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-09", "export", "GBSEA01", "sea", "GB", [], "TN", "841459",
         "Fish-farm feed blowers, used, serviced, 6 units", "GB", 2400, 6, 7200, "GBP",
         "a used fish-farm equipment container for a Monastir sea-bass farm: feed blowers and HDPE pen-ring pipe are "
         "what Scottish salmon farms sell on when they re-equip, but the third item's 'aquaculture feed supplements' "
         "are 2 t of expired sea-lice treatments, split sacks of emamectin premix and leaking drums of azamethiphos "
         "concentrate, cleared out of a closed Argyll farm store: obsolete veterinary pesticides (Y4), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Greenock to Radès; Scottish English wording (obsolete pesticides repeat in several sets and a "
         "sea-lice treatment once, as a peroxide cover in blind45; expired sea-lice medicines behind fish-farm "
         "equipment were found in no earlier row by a keyword search)",
         dict({"importer_country": "TN"},
              _more_items=[item("391721", "HDPE pen-ring pipe, used, 400 m", "GB", 6000, 1800, "GBP"),
                           item("230990", "Aquaculture feed supplements, surplus stock, 2 t", "GB", 2000, 400, "GBP")])),
        ("WST-10", "import", "IESEA01", "sea", "IM", [], "IE", "870323",
         "Classic cars for restoration, non-runners, 14", "IM", 14000, 14, 7000, "GBP",
         "classic cars for restoration are old but complete cars with a history and a registration document; these "
         "14 are 2000s hatchbacks and saloons with no documents, leaking oil, fuel and coolant, batteries in place, "
         "airbags live and catalytic converters cut off, collected from Isle of Man gardens and yards: end-of-life "
         "vehicles (16 01 04*), hazardous waste shipped without the notification and consent it needs, by sea from "
         "Douglas to Dublin for a Co. Meath 'dismantler'; Manx English wording (end-of-life vehicles repeat in many "
         "sets; from the Isle of Man under a classic-car label is the new part as far as a search found)",
         firm("Central Autoparts Ltd", "IE")),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "GB", [], "NL", "890332",
         "Ex-Royal Navy patrol boat, 20 m, decommissioned, demilitarised, for conversion to a charter vessel, 1", "GB",
         35000, 1, 120000, "GBP",
         "a decommissioned patrol boat sold for conversion has its weapons removed and its engine-room fire system "
         "replaced or emptied; this one still carries its engine-room flooding system, two 40 kg cylinders charged "
         "and wired, stencilled 'HALON 1301' under grey paint: bromotrifluoromethane in a product whose import into "
         "the Union is banned outside licensed critical uses, by sea from Portsmouth to Rotterdam for a charter "
         "operator; English wording (halon 1301 repeats in many sets and patrol craft in a few strategic rows; an "
         "ex-naval patrol boat with a charged halon system was found in no earlier row by a keyword search)",
         firm("Horizon Charter BV", "NL")),
        ("OZN-02", "import", "ESROAD01", "road", "GI", [], "ES", "382499",
         "Tapafugas pa'l aire acondicionado del coche, con gas, latas de 350 g, 240 unidades", "CN", 90, 240, 1400, "GBP",
         "A/C leak sealer is a few millilitres of oil and sealant in a small can with no refrigerant, or sold with "
         "refrigerant only in a refillable, quota-labelled container; these 240 single-use cans each hold 340 g of "
         "liquefied gas that reads 1,1,1,2-tetrafluoroethane and carry a DIY hose: HFC-134a in non-refillable "
         "containers, which may not be placed on the Union market and are outside any quota, in a van at the "
         "Gibraltar frontier for a La Línea car-parts shop; Llanito wording (HFC-134a in leak-sealer cans repeats "
         "blind115 and blind149, kept as a repeat; through the Gibraltar frontier with a Llanito label is the new "
         "part as far as a search found)", firm("Recambios del Estrecho SL", "ES")),
        ("OZN-03", "import", "ESSEA01", "sea", "GB", [], "ES", "940360",
         "Pub fit-out, British style: bar counter and back bar, mahogany, 1 set", "GB", 2600, 1, 9000, "GBP",
         "a pub fit-out container for a British bar in Benidorm: a mahogany bar and stools are what English pub "
         "fitters ship, but the third item's 'python cooler, reconditioned' is a 1990s glycol beer-line chiller "
         "whose condensing unit still holds its original 6 kg charge of chlorodifluoromethane (plate 'R22'): "
         "equipment relying on HCFC-22, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, by sea from Southampton to Alicante; English wording (R-22 equipment repeats in "
         "many sets and beer-cooler covers once; a pub fit-out for the Costa Blanca was found in no earlier row by "
         "a keyword search)",
         dict(firm("Delta Hostelería SL", "ES"),
              _more_items=[item("940171", "Bar stools, upholstered, 24", "GB", 360, 1400, "GBP", qty=24),
                           item("841869", "Python cooler, reconditioned, 1", "GB", 95, 250, "GBP", qty=1)])),
        ("OZN-04", "import", "GBAIR01", "air", "CN", [], "GB", "300490",
         "Drensh llyngyr yr iau i ddefaid, hylif llafar, 5 l, 40 can", "CN", 318, 40, 1200, "USD",
         "a sheep fluke drench is a white, water-based oral suspension of about 1.05 kg/l that smells faintly "
         "medicinal; these 40 cans hold a clear, heavy liquid of 1.59 kg/l that smells sweet like chloroform, does "
         "not mix with water and evaporates fast: carbon tetrachloride, the flukicide of the 1950s, whose import "
         "Great Britain forbids under the retained ozone-depleting substances regulation, flown from Shanghai to "
         "Manchester for a Powys agricultural merchant; Welsh wording (carbon tetrachloride repeats in many sets and "
         "Welsh labels in a few precursor rows; a veterinary fluke-drench label was found in no earlier row by a "
         "keyword search)", firm("Meridian Farm Supplies Ltd", "GB")),
        ("OZN-05", "import", "IESEA01", "sea", "IM", [], "IE", "841869",
         "Walk-in cold rooms, used, ex-kipper smokehouse, Peel, 3 units", "IM", 4800, 3, 6000, "GBP",
         "used cold rooms for resale come as panels with their condensing units emptied or converted to a current "
         "refrigerant; these three, taken out of a Peel kipper smokehouse, still hold their R-22 charges (about 9 kg "
         "each on the plates), valves capped: equipment relying on HCFC-22, whose import into the Union is banned, "
         "by sea from Douglas to Dublin for a Howth fish merchant; Manx English wording (R-22 equipment and cold rooms "
         "repeat in many sets; a kipper-smokehouse cold room from the Isle of Man was found in no earlier row by a "
         "keyword search)", firm("Atlantic Fish Merchants Ltd", "IE")),
        ("OZN-06", "import", "FRSEA01", "sea", "GG", [], "FR", "890322",
         "Voilier d'occasion, 14 m, port d'attache St Peter Port, 1", "GG", 12000, 1, 140000, "GBP",
         "a used 14 m cruising yacht sold into France comes with a survey and, if air-conditioned, a unit on a "
         "current refrigerant; this 1990s yacht's two marine air-conditioning units are original, their plates read "
         "R-22 and a gauge shows them charged: equipment relying on HCFC-22, whose import into the Union is banned, "
         "brought by sea from Guernsey to Saint-Malo for a private buyer; French wording (R-22 equipment repeats in "
         "many sets and yachts in several strategic rows; a Guernsey yacht with R-22 air conditioning was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("OZN-07", "import", "IEROAD01", "road", "GB", [], "IE", "271112",
         "Propane cylinders, 11 kg, full, 120 cylinders", "GB", 1320, 120, 2400, "GBP",
         "11 kg propane cylinders are tall, light steel bottles with a shroud that hold 0.5 kg/l liquid at 7 bar; "
         "these 120 are squat, disposable cylinders with a one-way valve, read 11 bar and weigh twice what their "
         "volume allows of propane, and the gas reads pentafluoroethane and 1,1,1-trifluoroethane (R-404A): HFC "
         "refrigerant in non-refillable cylinders, banned in the Union and outside any quota, on a lorry off the "
         "Holyhead ferry at Dublin Port for a Co. Louth 'gas stockist' that supplies refrigeration fitters; English "
         "wording (HFCs under propane and other gas labels repeat in several sets; an 11 kg cylinder-gas label from "
         "Wales was found in no earlier row by a keyword search)", firm("Orion Gas Supplies Ltd", "IE")),
        ("OZN-08", "export", "GBSEA01", "sea", "GB", [], "GM", "870530",
         "Fire appliances, used, with equipment, ex-Scottish brigade, 2", "GB", 26000, 2, 24000, "GBP",
         "retired fire engines sold abroad carry hoses, ladders and water or foam extinguishers; these two still "
         "carry 12 green BCF hand extinguishers and a fixed cab system, full, stencilled 'HALON 1211': "
         "bromochlorodifluoromethane in products, whose export Great Britain forbids outside critical uses under "
         "the retained ozone-depleting substances regulation, from Glasgow to Banjul for a 'fire-service donation' "
         "buyer; English wording (halon 1211 extinguishers repeat in many sets and fire engines once, as vehicles "
         "without engines in a waste row in blind56; appliances from Scotland with BCF on board are the new part)",
         {"importer_country": "GM"}),
        ("OZN-09", "import", "GBAIR01", "air", "IN", [], "GB", "381400",
         "Stuth-glanaidh airson clò (spotting fluid for tweed mending), 20 x 5 l", "IN", 133, 20, 600, "USD",
         "tweed-mill spotting fluids today are light hydrocarbon or modified-alcohol blends of about 0.8 kg/l; these "
         "20 cans weigh 1.33 kg/l, do not burn, smell sweet and boil at 74 °C, and the filler's drum stencil reads "
         "'1,1,1-TCE': methyl chloroform, whose import Great Britain forbids under the retained ozone-depleting "
         "substances regulation, flown from Mumbai to Glasgow for a Stornoway tweed finisher; Scottish Gaelic "
         "wording (methyl chloroform repeats in many sets and spotting labels in a few; a tweed-mending label was "
         "found in no earlier row by a keyword search)", firm("Vega Tweed Finishers Ltd", "GB")),
        ("OZN-10", "import", "DESEA01", "sea", "GB", [], "DE", "870324",
         "Classic car, Rolls-Royce Silver Shadow, 1975, restored, 1", "GB", 2200, 1, 38000, "GBP",
         "restored classic cars sold into the Union have their air conditioning removed or converted to R-134a; "
         "this one keeps its factory system with the original fittings, a charged receiver and an 'R12' label on "
         "the compressor: dichlorodifluoromethane in a product whose import into the Union is banned, by sea from "
         "Southampton to Bremerhaven for a Munich collector; English wording (CFC-12 in classic cars repeats in "
         "several sets; a Silver Shadow from England was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
    ],
    "cultural": [
        ("CUL-01", "export", "IEAIR01", "express", "IE", [], "US", "830610",
         "Clog bó ársa, iarann, le haghaidh maisiúcháin, 1 phíosa (antique cow bell)", "IE", 2.5, 1, 60, "EUR",
         "old cow bells are thin riveted sheet iron with a clapper and a leather strap; this one is a small, "
         "four-sided, folded-iron hand bell coated with bronze, its loop handle worn thin and the clapper lost, "
         "corroded and earth-stained: an early-Christian ecclesiastical hand bell (7th-9th century) lifted from a "
         "holy well in Co. Clare, an archaeological object that may not leave Ireland without a licence under the "
         "National Monuments Acts and needs an export licence at any value (Regulation 116/2009), sent by express "
         "from Shannon to a New York buyer; Irish-language wording (Irish archaeological objects repeat in several "
         "sets; an early-Christian bell under a cow-bell label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-02", "export", "GBPOST01", "post", "GB", [], "US", "711311",
         "Victorian silver Albert watch chain, heavy, 1", "GB", 2.6, 1, 450, "GBP",
         "a Victorian Albert is a light chain of small hallmarked links with a T-bar and a swivel; this 'chain' "
         "weighs 2.6 kg, is made of thick, doubled silver rings, unhallmarked, with a penannular terminal ring "
         "incised with Pictish symbols and soil in the links: a massive Pictish silver chain (5th-7th century) "
         "found by a detectorist in the Scottish Borders and never reported under Treasure Trove, archaeological "
         "material found in UK soil that needs a UK export licence at any value, posted from Edinburgh to a Texas "
         "buyer; English wording (a Pictish symbol stone as a rockery stone is in blind53; a Pictish chain under a "
         "watch-chain label was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "export", "IESEA01", "sea", "IE", [], "US", "681099",
         "Garden gargoyle, reconstituted stone, weathered finish, 1", "IE", 140, 1, 150, "EUR",
         "reconstituted-stone gargoyles are cast, even-grained and light, with mould lines; this is a carved "
         "limestone block with tool marks, lichen and mortar on the back, bearing a crude, squatting female figure: "
         "a sheela-na-gig (12th-16th century) prised out of the wall of a ruined parish church in the Midlands, part "
         "of Ireland's national heritage, exported without the licence of Regulation 116/2009 and the Irish export "
         "licence, in a container from Cork to Boston; Irish English wording (Irish stone sculpture repeats in a few "
         "sets, an ogham stone in blind54; a sheela-na-gig under a gargoyle label was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "FRPOST01", "post", "JE", [], "FR", "950490",
         "Old gaming tokens, billon, lot of 40", "JE", 0.4, 40, 80, "GBP",
         "old gaming tokens are light brass or bone counters with stamped numbers; these 40 are dished, dark "
         "silver-and-copper coins with a stylised head and a human-headed horse, encrusted with green corrosion and "
         "earth: Armorican billon staters of the Coriosolites (1st century BC) from a field hoard in Jersey, "
         "archaeological objects whose removal Jersey forbids without a licence, brought in without the import "
         "licence Regulation 2019/880 requires, posted from St Helier to a private collector in Rennes; English "
         "wording from Jersey (Celtic staters repeat in a few sets; Armorican coins from Jersey were found in no "
         "earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-05", "import", "IESEA01", "sea", "IM", [], "IE", "680300",
         "Carved slate garden plaque, Celtic knotwork, reproduction, 1", "IM", 85, 1, 120, "GBP",
         "new carved slate plaques are thin, sawn, evenly dark with crisp machine-cut knots; this is a thick, "
         "weathered, broken slab of local Manx slate with a ring-headed cross in interlace, a Norse rune "
         "inscription along one edge and lichen on the face: a fragment of a Viking-age Manx cross slab (10th "
         "century) taken from a keeill site, protected heritage under Manx law, brought in without the import "
         "licence Regulation 2019/880 requires, by car ferry from Douglas to Dublin for a private buyer; Manx "
         "English wording (early-medieval carved stones repeat in a few sets; a Manx cross slab was found in no "
         "earlier row by a keyword search)", person("Mr D. Kelly", "IE")),
        ("CUL-06", "import", "ESROAD01", "road", "GI", [], "ES", "830629",
         "Cañón decorativo pa'l jardín, bronce, réplica, 1", "GI", 420, 1, 300, "GBP",
         "a garden cannon replica is a light cast-iron or resin barrel on a wooden carriage; this is a 1.9 m bronze "
         "barrel with a royal cipher, dolphins and a founder's date of the 1690s, pitted and crusted with marine "
         "concretion and barnacle scars: a bronze gun raised from a wreck in the Bay of Gibraltar, underwater "
         "cultural heritage whose removal Gibraltar's Heritage and Antiquities Act forbids, brought in without the "
         "import licence Regulation 2019/880 requires, on a flatbed at the Gibraltar frontier for a Sotogrande "
         "villa; Llanito wording (wreck finds repeat in many sets and swivel guns once, lela cannon in blind150; a "
         "wreck bronze from Gibraltar was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("CUL-07", "export", "IEPOST01", "post", "IE", [], "GB", "711420",
         "Silver-plated wine goblet, 1", "IE", 0.6, 1, 40, "EUR",
         "a silver-plated goblet is a light, bright, machine-spun cup with a worn plate showing copper; this is a "
         "small, heavy, solid-silver chalice whose stem unscrews into three parts to hide in a pocket, engraved "
         "with a Latin inscription, a donor's name and the date 1636: an Irish penal chalice stolen from a Co. "
         "Galway parish, part of Ireland's national heritage, exported without the licence of Regulation 116/2009, "
         "posted from Galway to a London dealer; Irish English wording (church silver and chalices repeat in several "
         "sets; a penal chalice was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-08", "export", "GBAIR01", "express", "GB", [], "US", "392640",
         "Museum-shop replica chess piece, resin, Lewis warder, 1", "GB", 0.3, 1, 35, "GBP",
         "resin museum replicas are light, creamy, uniform and stamped on the base; this piece is dense, cold, "
         "honey-coloured, with a porous core showing at the base, tiny cracks and the worn face of a warder biting "
         "his shield: a 12th-century walrus-ivory chessman of the Lewis type, kept in an Edinburgh family for "
         "generations, which needs a UK export licence above its value threshold and whose walrus ivory needs CITES "
         "documents, sent by express from Edinburgh to a New York collector; English wording (chessmen repeat in a "
         "few sets on bone and ceramic labels; a Lewis warder under a museum-replica label was found in no earlier "
         "row by a keyword search)", {"importer_country": "US"}),
        ("CUL-09", "export", "IESEA01", "sea", "IE", [], "US", "940360",
         "Antique pine furniture, Irish country, dressers and settles, 40 pieces", "IE", 3200, 40, 16000, "EUR",
         "an Irish country-furniture container for a Boston dealer: painted pine dressers and súgán chairs are what "
         "Co. Cork exporters ship, but the third item's 'leaded glass panel, reproduction' is a jewel-coloured, "
         "acid-etched and painted stained-glass light of a saint, signed in the glass by Harry Clarke's studio and "
         "cut out of a convent chapel window: a stained-glass work over 50 years old above the value threshold, "
         "exported without the licence of Regulation 116/2009, hidden as the last item of a three-item declaration, "
         "from Cork to Boston; Irish English wording (church stained glass repeats in several sets; a Harry Clarke "
         "panel behind Irish pine furniture was found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("940169", "Súgán chairs, pine and straw rope, 24", "IE", 240, 1900, "EUR", qty=24),
                           item("701690", "Leaded glass panel, reproduction, 1", "IE", 14, 120, "EUR", qty=1)])),
        ("CUL-10", "export", "GBAIR01", "air", "GB", [], "JP", "847290",
         "Vintage portable typewriter, German, 1930s, wooden case, 1", "GB", 12, 1, 85, "GBP",
         "a 1930s portable typewriter has a keyboard, a platen and type bars; this box has a keyboard and a lamp "
         "panel with the same letters, three rotors behind a lid, a plugboard on the front and a Wehrmacht "
         "inventory plate: a wartime three-rotor Enigma cipher machine worth well over a hundred thousand pounds, "
         "an object of cultural interest over 50 years old above the value threshold that needs a UK export "
         "licence, flown from Heathrow to a Tokyo collector; English wording (typewriter labels repeat in a few "
         "ozone rows on solvents; an Enigma machine was found in no earlier row by a keyword search)",
         {"importer_country": "JP"}),
    ],
    "strategic": [
        ("STR-01", "export", "IEAIR01", "air", "IE", [], "KG", "870830",
         "Brake discs, reconditioned, for heavy trucks, 12 pcs", "IE", 1560, 12, 2400, "EUR",
         "reconditioned truck brake discs are grey cast iron, 30-40 kg each, skimmed and painted; these twelve are "
         "130 kg stacks of black carbon-carbon rotor and stator discs with drive slots, each tagged with a Boeing "
         "737NG wheel-brake part number and an overhaul shop's release certificate: aircraft brake heat stacks, goods "
         "for use in aviation whose sale for use in Russia Regulation 833/2014 forbids, flown from Shannon to "
         "Bishkek for an airline-services firm that supplies Russian carriers; Irish English wording (carbon brake "
         "stacks repeat in a few sets under car-brake labels; a truck-disc label from Shannon was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "GBSEA01", "sea", "GB", [], "TR", "511119",
         "Clò, pàtran cnàmh-sgadain, liath-dhubh, 100 % clòimh, 40 rolla (tweed cloth, charcoal herringbone)", "GB",
         1600, 40, 24000, "GBP",
         "charcoal herringbone tweed is a soft, hairy, carded-wool cloth that smells of wool and chars with a "
         "burnt-hair smell; these 40 rolls are stiff, glossy-black 2x2 twill with a herringbone pattern that does "
         "not burn, conducts on a meter and cuts like wire: woven high-modulus carbon-fibre fabric (dual-use "
         "1C010), exported without the licence the Export Control Order 2008 requires, by sea from Grangemouth to "
         "Istanbul for a 'textile agent' whose orders go on to Tehran; Scottish Gaelic wording (carbon fibre "
         "repeats in many sets and tweed labels in a few, on other goods; carbon twill as Hebridean herringbone "
         "tweed was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "GBAIR01", "air", "GB", [], "KZ", "220830",
         "Blended Scotch whisky, standard, 70 cl, 1,200 bottles", "GB", 1500, 1200, 14400, "GBP",
         "standard blended Scotch sells at about 12 GBP a bottle in plain cases; these cases hold 25- and 30-year-old "
         "single malts in wooden presentation boxes with numbered certificates, worth 500-900 GBP a bottle, for an "
         "Almaty 'wine importer' whose stock turns up in Moscow shops: luxury goods above the value threshold whose "
         "export to Russia the Russia sanctions regulations forbid, undervalued fortyfold and flown from Edinburgh; "
         "English wording (aged Scotch to Tbilisi appears once, in development set dev7-a, and luxury goods for "
         "Russia in many sets; rare single malts under a blended-whisky label were found in no earlier blind row by "
         "a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "IEAIR01", "express", "IE", [], "HK", "853190",
         "Driver boards for LED signage, populated, 400 pcs", "IE", 40, 400, 3200, "EUR",
         "LED-sign driver boards carry cheap constant-current drivers and a microcontroller and cost a few euros; "
         "these anti-static bags hold 400 bare boards and 2,000 loose high-speed analogue-to-digital converters in "
         "reels, 12-bit at several gigasamples a second, from a Limerick distributor's stock: converters controlled "
         "as dual-use 3A001 and on the common high-priority list, whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, sent by express from Shannon to a Hong Kong trading company with "
         "Russian buyers; Irish English wording (ADCs repeat in a few sets and an LED-sign label once, on FPGAs to "
         "Hong Kong in blind30; converters from Ireland under a driver-board label are the new part as far as a "
         "search found)", {"importer_country": "HK"}),
        ("STR-05", "export", "GBSEA01", "sea", "GB", [], "AE", "847989",
         "Underwater drone for fish-farm net inspection, with tether and control unit, 1 system", "GB", 4200, 1, 18000,
         "GBP",
         "a net-inspection drone for salmon farms is a 10-20 kg mini-ROV with a camera and a 100-300 m tether; this "
         "4 t system is a work-class ROV rated to 3,000 m, with two seven-function manipulators, a tether management "
         "system and a 3,500 m umbilical, built for Aberdeen's offshore market: an unmanned tethered submersible "
         "(dual-use 8A001) exported without a licence to a Jebel Ali 'aquaculture' firm whose consignments go on to "
         "Bandar Abbas; English wording (a fish-farm net-drone label repeats blind148, Norway to China, kept as a "
         "repeat; an Aberdeen work-class system to Jebel Ali is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-06", "import", "IESEA01", "sea", "GB", [], "IE", "310420",
         "Muriate of potash, granular, 60 % K2O, UK origin (Boulby), 3,000 t", "GB", 3000000, None, 900000, "GBP",
         "North Yorkshire potash is a white-to-grey granular product with the mine's assay and few cargoes a year "
         "to Ireland; this bulk cargo is pink-red compacted granules with the Belarusian producer's anti-caking "
         "coating, loaded at Teesside from a ship that came from a Baltic port, with a UK certificate of origin "
         "issued after transhipment: Belarusian potassium chloride, whose import into the Union Regulation 765/2006 "
         "forbids, by sea from Teesside to Foynes for a Co. Limerick fertiliser blender; English wording (Belarusian "
         "potash under other origins repeats in several sets; a UK-origin label was found in no earlier row by a "
         "keyword search)", firm("Atlantic Fertilisers Ltd", "IE")),
        ("STR-07", "import", "ESSEA01", "sea", "GI", [], "ES", "271019",
         "Marine gasoil DMA, Gibraltar origin, 8,000 t", "GI", 8000000, None, 6400000, "USD",
         "Gibraltar has no refinery and re-sells bunker fuels made elsewhere; this cargo's 'Gibraltar origin' rests "
         "on a ship-to-ship transfer in the bay from a tanker that loaded at Primorsk, and the fuel matches that "
         "refinery's sulphur and density signature: Russian-origin gasoil, whose import into the Union Regulation "
         "833/2014 forbids, by sea from Gibraltar to Algeciras for a fuel distributor; English wording (Russian "
         "oil products under other origins repeat in many sets and marine-gasoil labels in a few; a Gibraltar "
         "origin was found in no earlier row by a keyword search)", firm("Meridian Combustibles SL", "ES")),
        ("STR-08", "import", "BEAIR01", "air", "JE", [], "BE", "710812",
         "Gold bars, 1 kg, 999.9, cast in Jersey from jewellery scrap, 24 bars", "JE", 24, 24, 1700000, "USD",
         "bars cast from scrap jewellery assay a little below fine and come with the refiner's intake records; these "
         "24 assay at a full 999.9, carry fresh stamps over ground-down faces where a Krasnoyarsk refinery's "
         "serials still show under the light, and the Jersey 'refiner' is a bullion dealer with no furnace: Russian "
         "gold recast, whose import into the Union Regulation 833/2014 forbids, flown from St Helier to Antwerp; "
         "English wording (Russian gold under other origins repeats in many sets; a Jersey origin was found in no "
         "earlier row by a keyword search)", firm("Central Bullion SA", "BE")),
        ("STR-09", "export", "GBAIR01", "air", "GB", [], "AM", "900110",
         "Optical fibre patch cords on spools, single-mode, 200 pcs", "GB", 60, 200, 4000, "GBP",
         "patch cords are short, jacketed fibres with connectors at both ends; these 200 spools are bare "
         "polarisation-maintaining fibre wound in potted, symmetrical quadrupole coils of about a kilometre, with no "
         "connectors, the sensing coils of fibre-optic gyroscopes (dual-use 7A), sold by an Isle of Man-registered "
         "trading company to a Yerevan firm whose forwarder books on to Moscow: exported without a licence and "
         "against the ban on re-export to Russia, flown from Heathrow; English wording (gyro coils as patch-cord "
         "spools repeat blind91, France to Türkiye, kept as a repeat; a Manx trading company and a route to Yerevan "
         "are the new part as far as a search found)", {"importer_country": "AM", "exporter_country": "IM"}),
        ("STR-10", "export", "GBSEA01", "sea", "GB", [], "GE", "870323",
         "Used 4x4 vehicles, farm use, high mileage, 6", "GB", 15000, 6, 48000, "GBP",
         "high-mileage farm 4x4s are mud-worn pick-ups and estates at a few thousand pounds each; these six are new, "
         "top-specification Range Rovers with delivery mileage, worth over 150,000 GBP each, for a Tbilisi dealer "
         "whose cars are driven on through Upper Lars: luxury vehicles whose export to Russia the Russia sanctions "
         "regulations forbid, undervalued twentyfold, from Southampton to Poti; English wording (luxury cars for "
         "Russia repeat in many sets; a farm-4x4 label on new Range Rovers was found in no earlier row by a keyword "
         "search)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "GB", [], "FR", "420500",
         "Sporrans, goatskin, Highland dress, with cantle, 2", "GB", 1.4, 2, 180, "GBP",
         "goatskin sporrans are long-haired, white or black skins on a leather pouch; these two have a flat, "
         "dense, water-repellent dark-brown fur with guard hairs, a whole animal's head with whiskers as the flap "
         "and webbed paws hanging at the sides: otter-mask sporrans of Eurasian otter (Lutra lutra, CITES App. I) "
         "without CITES documents, posted from Inverness to a private piper of a Lorient bagad; English wording "
         "(otter skins repeat in a few sets; a sporran label was found in no earlier row by a keyword search)",
         person("M. Y. Le Gall", "FR")),
        ("WLF-02", "export", "IEAIR01", "express", "IE", [], "US", "920590",
         "Uilleann pipes, full set, reproduction, ivorine mounts, 1", "IE", 3.5, 1, 4000, "EUR",
         "reproduction uilleann pipes have Delrin or ivorine mounts: even, grain-free plastic; this set, with "
         "three drones and three regulators of African blackwood, has creamy mounts, ferrules and keys that show "
         "the cross-hatched Schreger lines of elephant ivory and a maker's stamp of the 1870s: an antique set with "
         "elephant-ivory mounts (Loxodonta africana, CITES App. I) that needs a CITES re-export certificate, sent "
         "by express from Dublin to a Boston piper without one; Irish English wording (ivory on musical instruments "
         "repeats in a few sets, piano keys among them; uilleann pipes were found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("WLF-03", "transit", "GBSEA01", "road", "IE", ["GB"], "FR", "030771",
         "Pacific oyster seed (Crassostrea gigas), live, hatchery spat, 40 boxes", "IE", 400, 40, 6000, "EUR",
         "oyster spat travels as damp, millimetre-sized shells in mesh bags in chilled boxes, with a hatchery "
         "health certificate; these 40 boxes hold oxygenated water bags packed with hundreds of thousands of "
         "transparent, thread-like fish with black eyes, caught at night in a Shannon estuary creek: glass eels "
         "(Anguilla anguilla, CITES App. II, with a zero Union export quota), leaving the Union for Great Britain "
         "without CITES documents, on a lorry crossing Wales and England from Rosslare to Dover under a transit "
         "declaration, bound for a Bordeaux airport forwarder; Irish English wording (glass eels repeat in many "
         "sets and spat labels in a few; a landbridge transit through Great Britain was found in no earlier row by a "
         "keyword search; kept as a repeat of the good)", {"importer_country": "FR"}),
        ("WLF-04", "import", "IESEA01", "sea", "IM", [], "IE", "670290",
         "Victorian-style glass domes, silk flowers and artificial birds, 2", "IM", 9, 2, 200, "GBP",
         "reproduction glass domes hold silk flowers and feather-and-wire birds of dyed chicken feathers; these two "
         "Victorian domes hold 34 mounted birds with glass eyes, iridescent gorgets and real skins: hummingbirds "
         "(Trochilidae, CITES App. II) and a King of Saxony bird-of-paradise (Paradisaeidae, CITES App. II), bought "
         "at a Douglas auction and brought in without CITES documents by car ferry to Dublin for a private collector; "
         "Manx English wording (hummingbirds repeat in many sets as love charms and fly-tying skins and "
         "birds-of-paradise in a few; Victorian domes from the Isle of Man were found in no earlier row by a keyword "
         "search)", person("Ms A. Byrne", "IE")),
        ("WLF-05", "import", "ESSEA01", "sea", "GB", [], "ES", "030389",
         "Frozen monkfish tails, Lophius piscatorius, 10 kg boxes, 600 boxes", "GB", 6000, 600, 42000, "GBP",
         "monkfish tails are white, boneless, tapering fillets around a central cartilage with a dark skin; these "
         "boxes hold thick, dark-red, tuna-like loins from a fish with a keeled tail and a large first dorsal fin, "
         "the fins frozen separately at the bottom of each box: porbeagle (Lamna nasus, CITES App. II) landed at "
         "Peterhead, without a CITES export permit, by sea to Vigo for a fish importer; English wording (porbeagle "
         "repeats in a few sets; a monkfish label was found in no earlier row by a keyword search)",
         firm("Rivage Pescados SL", "ES")),
        ("WLF-06", "export", "GBAIR01", "express", "GB", [], "SE", "050590",
         "Fly-tying feathers, dyed rooster and pheasant, 200 packs", "GB", 3, 200, 600, "GBP",
         "a fly-tying materials parcel for a Swedish salmon-fly tier: dyed rooster capes and deer hair are what "
         "English fly shops sell, but the third item's 'synthetic substitute feathers' are whole bird skins with "
         "old museum-style labels: blue cotinga (Cotinga maculata, CITES App. I), resplendent quetzal (App. I) and "
         "birds-of-paradise (App. II), feathers for classic salmon flies of the kind stolen from the Tring "
         "collection, without CITES documents, hidden as the last item of a three-item declaration, sent by "
         "express from Hertfordshire; English wording (fly-tying covers repeat in several sets and museum bird "
         "skins in a few; Tring-type skins behind an English fly shop's order were found in no earlier row by a "
         "keyword search)",
         dict(person("Mr L. Nilsson", "SE"),
              _more_items=[item("050290", "Deer body hair, dyed, 100 patches", "GB", 1, 180, "GBP", qty=100),
                           item("670100", "Synthetic substitute feathers for classic salmon flies, 40 packs", "GB", 1.2, 160, "GBP", qty=40)])),
        ("WLF-07", "export", "GBAIR01", "air", "GB", [], "CN", "392690",
         "Regency-style tea caddy, reproduction, faux tortoiseshell, 1", "GB", 1.8, 1, 120, "GBP",
         "faux-tortoiseshell caddies are resin or celluloid, even, with printed mottling and mould seams; this "
         "caddy of about 1820 is veneered in thin, translucent, amber-and-brown plates that glow under a light and "
         "smell of burnt hair on a hot needle, with ivory stringing and silver escutcheons: hawksbill turtle shell "
         "(Eretmochelys imbricata, CITES App. I) and elephant ivory, exported from a Bath dealer to a Shanghai "
         "buyer without a CITES re-export certificate; English wording (hawksbill and tortoiseshell labels repeat in "
         "many sets; a Regency tea caddy was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-08", "export", "GBAIR01", "air", "GB", [], "US", "650699",
         "Ceremonial busby, faux fur, costume, 1", "GB", 0.8, 1, 60, "GBP",
         "a costume busby is an acrylic-pile shell on a card frame; this cap is 45 cm tall, of long, glossy, black "
         "natural fur on a wicker-and-leather frame with a regimental chin chain and a Ministry of Defence store "
         "stamp: a Foot Guards bearskin made of Canadian black bear (Ursus americanus, CITES App. II) exported "
         "without a CITES re-export certificate, flown from Heathrow to a Virginia militaria collector; English "
         "wording (bear products repeat in several sets; a Guards bearskin under a costume-busby label was found in "
         "no earlier row by a keyword search)", {"importer_country": "US"}),
        ("WLF-09", "export", "GBAIR01", "air", "IM", [], "HK", "121229",
         "Dried kelp (kombu), Manx waters, 60 kg", "IM", 60, None, 600, "GBP",
         "dried kelp is thin, brittle, olive-black fronds with a white salt bloom that smell of the sea; these "
         "cartons hold four huge, triangular, grey-brown fins with a cartilage core and a rough, sandpaper skin, "
         "the tallest over a metre, and strips of dried fin needles: fins of basking shark (Cetorhinus maximus, "
         "CITES App. II), from an animal found dead off the Calf of Man, flown from the Isle of Man through Heathrow "
         "to Hong Kong without CITES documents; Manx English wording (basking shark appears once, as liver oil in "
         "blind121, and shark fins under seaweed-like labels in a few; from the Isle of Man was found in no earlier "
         "row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-10", "import", "IEAIR01", "express", "GB", [], "IE", "570500",
         "Faux-fur tiger-print rug, 1", "GB", 9, 1, 90, "GBP",
         "a faux tiger rug is a flat, printed acrylic pile on a felt back; this rug is a whole striped skin with "
         "a mounted head, open jaws, glass eyes and a taxidermist's label from Mysore dated 1931, shedding coarse "
         "real hair: a tiger (Panthera tigris, CITES App. I) skin rug from a Sussex estate, sent by express to a "
         "private buyer in Dublin without the CITES documents its import into the Union needs; English wording "
         "(tiger products repeat in many sets; a Raj-era tiger rug from England under a faux-fur label was found in "
         "no earlier row by a keyword search)", person("Mr P. Murphy", "IE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "GB", "IE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home brewery sanitation)", "GB", 4.6, 4, 40,
     "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-53-0141")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GBPOST01", "post", "IE", "GB", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (amateur goldsmith)", "IE", 2.8, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "GB-HO-EPP-53-2207")], "nitric acid above 3 % to a member of the public with a Home Office licence"),
    ("PRM-03", "waste", "import", "GBSEA01", "sea", "JE", "GB", "262190",
     "Air-pollution-control residues (19 01 07*) from the Jersey energy-from-waste plant, for disposal at a licensed "
     "hazardous-waste landfill, 22 t", "JE", 22000, None, 0, "GBP", [("BASEL_CONSENT", "GB-EA-53-0318")],
     "notified APC residues to a licensed disposal site"),
    ("PRM-04", "waste", "export", "GBSEA01", "sea", "GB", "NO", "382590",
     "Spent mercury-removal adsorbent from a gas terminal (05 07 01*), for mercury recovery at a licensed plant, 20 t",
     "GB", 20000, None, 0, "GBP", [("BASEL_CONSENT", "GB-SEPA-53-0047")], "notified mercury waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "GB", "IE", "290376",
     "Recovered halon 1301, 10 cylinders, for a critical use (aircraft fire protection), to a licensed halon bank",
     "GB", 400, 10, 30000, "GBP", [("ODS_LICENCE", "IE-EPA-ODS-53-006")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "GBAIR01", "air", "CN", "GB", "290314",
     "Carbon tetrachloride, analytical reference standard, 5 x 1 ml, for essential laboratory use", "CN", 0.1, 5, 400,
     "USD", [("ODS_LICENCE", "GB-DEFRA-ODS-53-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "IEAIR01", "air", "IE", "US", "711411",
     "Irish penal chalice, silver, dated 1672, documented private collection since 1910, with the export licence",
     "IE", 0.5, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IE-NMI-EXP-53-0027")],
     "church silver exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "FRAIR01", "air", "JE", "FR", "711810",
     "Armorican billon staters of the Coriosolites, 12, from a documented 19th-century Jersey collection", "JE", 0.1,
     12, 9000, "GBP", [("IMPORT_LICENCE", "FR-MC-IMP-53-0019")], "archaeological coins with the EU import licence"),
    ("PRM-09", "strategic", "export", "GBSEA01", "sea", "GB", "IN", "681512",
     "Woven carbon-fibre twill fabric, high modulus, 40 rolls, for an Indian wind-blade maker", "GB", 1600, 40, 96000,
     "GBP", [("EXPORT_LICENCE", "GB-ECJU-53-1184"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-53-0342")],
     "dual-use carbon fabric under licence to a named end user"),
    ("PRM-10", "strategic", "export", "GBSEA01", "sea", "GB", "TW", "847989",
     "Work-class ROV, 3,000 m rated, with manipulators and tether management system, for an offshore-wind contractor",
     "GB", 4200, 1, 1400000, "GBP", [("EXPORT_LICENCE", "GB-ECJU-53-0906"), ("END_USER_CERTIFICATE", "TW-BOFT-EUC-53-0117")],
     "dual-use unmanned submersible under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "GBAIR01", "air", "GB", "US", "420500",
     "Sporran with otter mask, Lutra lutra, c. 1890, worked antique, with CITES re-export certificate", "GB", 0.8, 1,
     1800, "GBP", [("CITES_PERMIT", "GB-APHA-53-2291")], "App. I antique otter sporran with its re-export certificate"),
    ("PRM-12", "wildlife", "export", "IEAIR01", "air", "IE", "US", "920590",
     "Uilleann pipes, full set, c. 1875, elephant-ivory mounts, with CITES re-export certificate", "IE", 3.5, 1,
     28000, "EUR", [("CITES_PERMIT", "IE-NPWS-53-0078")], "App. I antique ivory-mounted pipes with their re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Mr P. Murphy", "PRM-02": "Private individual", "PRM-03": "Orion Waste Services Ltd",
    "PRM-05": "Atlantic Halon Bank Ltd", "PRM-06": "Central Analytical Ltd", "PRM-08": "Musée de Bretagne",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): the lawful twins of this set's disguises
    ("110319", "Pinhead oatmeal, stone-ground, 25 kg sacks", "import", ["road"], ["GB"], (0.9, 1.5), (8000, 20000), ["GBP", "EUR"], 0.04, S),
    ("252620", "French chalk (tailors' powdered talc), 1 kg", "import", ["express"], ["GB", "IN"], (4, 8), (1, 3), ["GBP", "USD"], 1, S),
    ("151511", "Cricket bat oil, raw linseed, 250 ml", "import", ["post"], ["GB", "IN"], (15, 30), (1, 3), ["GBP"], 4, S),
    ("310590", "Liquid tomato feed, high potash, 1 l", "import", ["sea"], ["GB", "GG"], (1.2, 2.2), (4000, 12000), ["GBP"], 1, S),
    ("390690", "Instant snow powder (sodium polyacrylate), for displays, 200 g tubs", "import", ["sea"], ["CN", "GB"], (3, 6), (500, 3000), ["USD", "GBP"], 5, S),
    ("340120", "Pure soap flakes, 1 kg", "import", ["post"], ["GB", "IM"], (5, 10), (1, 4), ["GBP"], 1, S),
    ("380894", "Baby-bottle sterilising fluid, 2 % hypochlorite, 1 l", "import", ["sea"], ["GB", "TR"], (0.8, 1.6), (6000, 14000), ["GBP", "EUR"], 1, S),
    ("560811", "Knotless nylon netting, new, for sports and bird nets", "export", ["sea"], ["TR", "NO"], (5, 9), (3000, 9000), ["EUR"], None, S),
    ("250840", "Ball clay, shredded, ceramic grade", "import", ["sea"], ["GB", "UA"], (0.1, 0.2), (20000, 26000), ["GBP", "USD"], None, S),
    ("121229", "Calcified seaweed (Lithothamnion) soil improver, big bags", "import", ["sea"], ["IS"], (0.2, 0.4), (20000, 26000), ["EUR"], None, S),
    ("850440", "Uninterruptible power supplies, new, with sealed batteries", "import", ["sea"], ["CN", "TW"], (6, 12), (2000, 8000), ["USD"], 0.05, S),
    ("380210", "Activated carbon, virgin, coconut-shell, for water treatment", "import", ["sea"], ["LK", "PH"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("320890", "Marine antifouling paint, copper-based, 5 l tins", "export", ["sea"], ["GH", "NO"], (8, 14), (1000, 4000), ["EUR"], 0.15, S),
    ("870323", "Classic cars, restored, road-registered", "import", ["road"], ["GB"], (15, 40), (1200, 3000), ["GBP"], 0.0008, S),
    ("890332", "Motor yachts, used, 12-18 m, with survey", "import", ["sea"], ["GB", "NO"], (8, 15), (10000, 30000), ["GBP", "EUR"], None, S),
    ("382499", "A/C leak-sealer additive, without refrigerant, 30 ml", "import", ["post"], ["US", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 25, S),
    ("841869", "Glycol python beer coolers, new, R-290", "import", ["sea"], ["GB", "TR"], (15, 25), (1000, 4000), ["GBP", "EUR"], 0.01, S),
    ("940360", "Pub fit-out joinery, mahogany bar counters, new", "export", ["sea"], ["US", "AE"], (6, 12), (2000, 6000), ["EUR"], None, S),
    ("841869", "Walk-in cold rooms, new, CO2 condensing units", "export", ["sea"], ["NO", "IS"], (8, 14), (2000, 8000), ["EUR"], 0.001, S),
    ("271112", "Propane in 11 kg refillable cylinders", "import", ["road"], ["GB", "NO"], (1.5, 2.5), (2000, 8000), ["GBP", "EUR"], 0.09, S),
    ("870530", "Fire appliances, used, refurbished, without extinguishers", "export", ["sea"], ["GM", "GH"], (0.8, 1.6), (12000, 26000), ["EUR"], 0.00008, S),
    ("381400", "Tweed spotting fluid, hydrocarbon-based, 5 l", "import", ["air"], ["IN", "GB"], (3, 6), (100, 500), ["USD", "GBP"], 0.2, S),
    ("830610", "Decorative cow bells, brass, new", "import", ["post"], ["CH", "IN"], (10, 20), (1, 4), ["CHF", "USD"], 2, S),
    ("711311", "Sterling silver Albert watch chains, new, hallmarked", "export", ["post"], ["US", "CA"], (400, 700), (1, 2), ["EUR"], 10, S),
    ("681099", "Reconstituted-stone garden ornaments, gargoyles", "export", ["sea"], ["US", "CA"], (1, 2), (3000, 9000), ["EUR"], 0.05, S),
    ("950490", "Casino gaming chips and tokens, new", "import", ["sea"], ["CN"], (4, 8), (500, 3000), ["USD"], 80, S),
    ("680300", "Carved slate house-name plaques, new", "import", ["road"], ["GB"], (3, 6), (500, 3000), ["GBP"], 0.3, S),
    ("830629", "Cast-iron garden cannon replicas, new", "import", ["sea"], ["IN", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.02, S),
    ("711420", "Silver-plated goblets, new", "import", ["sea"], ["IN"], (8, 15), (500, 2000), ["USD"], 3, S),
    ("392640", "Resin replica chess pieces, museum shop", "import", ["post"], ["GB"], (20, 40), (1, 3), ["GBP"], 8, S),
    ("701690", "Leaded glass panels, new, decorative", "export", ["sea"], ["US", "CA"], (15, 30), (500, 2000), ["EUR"], 0.1, S),
    ("847290", "Manual typewriters, refurbished", "import", ["air"], ["US", "JP"], (10, 20), (50, 300), ["USD"], 0.1, S),
    ("870830", "Truck brake discs, new, cast iron", "import", ["sea"], ["CN", "TR"], (1.5, 3), (8000, 18000), ["USD", "EUR"], 0.03, S),
    ("511119", "Tweed cloth, carded wool, herringbone", "export", ["sea"], ["US", "JP"], (25, 45), (1000, 4000), ["EUR"], None, S),
    ("853190", "Driver boards for LED signs, populated", "import", ["air"], ["CN"], (20, 40), (100, 500), ["USD"], 10, S),
    ("847989", "Net-inspection mini ROVs for fish farms, 300 m tether", "export", ["air"], ["NO", "CL"], (150, 300), (50, 300), ["EUR"], 0.05, S),
    ("310420", "Muriate of potash, granular, 60 % K2O", "import", ["sea"], ["CA", "IL"], (0.25, 0.4), (20000, 26000), ["USD"], None, S),
    ("271019", "Marine gasoil DMA, bunker delivery", "import", ["sea"], ["NO", "US"], (0.7, 1.0), (18000, 26000), ["USD"], None, S),
    ("710812", "Gold bars, 1 kg, LBMA good delivery", "import", ["air"], ["CH", "GB"], (60000, 75000), (20, 60), ["USD"], 1, S),
    ("900110", "Optical fibre patch cords, single-mode", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 20, S),
    ("420500", "Leather sporrans, new, Highland dress", "export", ["post"], ["US", "CA"], (80, 150), (1, 2), ["EUR"], 2, S),
    ("920590", "Bagpipes, new, polypenco mounts", "import", ["air"], ["PK", "GB"], (40, 80), (50, 200), ["USD", "GBP"], 0.3, S),
    ("670290", "Glass domes with silk flowers, new", "import", ["sea"], ["CN"], (4, 8), (500, 3000), ["USD"], 0.5, S),
    ("392690", "Faux-tortoiseshell resin tea caddies, new", "import", ["sea"], ["IN", "CN"], (5, 10), (500, 2000), ["USD"], 0.7, S),
    ("650699", "Faux-fur costume busbies, new", "import", ["post"], ["GB", "CN"], (30, 60), (1, 3), ["GBP", "USD"], 1, S),
    ("121221", "Dried kelp (kombu), food grade, 1 kg", "import", ["sea"], ["KR", "JP"], (8, 15), (2000, 8000), ["USD"], 1, S),
    ("570500", "Faux-fur animal-print rugs, acrylic", "import", ["sea"], ["TR", "CN"], (4, 8), (2000, 6000), ["USD"], 0.3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152 and
# blind160, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows,
# with four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950490", "Bristle dartboards, sisal", "import", ["sea"], ["CN", "KE"], (5, 9), (2000, 6000), ["USD"], 0.3, N),
        ("650500", "Flat caps, woven wool blend", "import", ["sea"], ["CN", "IN"], (8, 14), (1000, 4000), ["USD"], 8, N),
        ("691110", "Porcelain teapots, boxed", "import", ["sea"], ["CN", "TH"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("630790", "Knitted tea cosies, acrylic", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind164", 20530701, HERE)


if __name__ == "__main__":
    main()
