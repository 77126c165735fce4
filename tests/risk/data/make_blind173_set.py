#!/usr/bin/env python3
"""Writes the hundred-and-seventy-third blind set (tests/risk/data/blind173-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: ships' stores, fishing fleets,
yachts and offshore supply (chandlery goods and provisions, spares, bunkers, refrigerants,
fish landings and transhipments, superyacht refits and decommissioned offshore equipment,
in many countries and languages).
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
would. Ids are BL173-*:

    python3 tests/risk/data/make_blind173_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRPOST01", "post", "TR", [], "GR", "340290",
         "Watermaker membran temizleme solüsyonu, yat tuzdan arındırma cihazı için, 4 x 1 lt", "TR", 4.6, 4, 1900, "TRY",
         "cleaners for a yacht watermaker's reverse-osmosis membranes are alkaline or citric powders and mild liquids of "
         "about 1.05 kg/l; these four bottles have vented caps and hold a water-clear liquid of 1.13 kg/l that whitens and "
         "stings the fingers, bleaches a cotton rag and fizzes on rust: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted by a Marmaris yacht-service firm to a private yacht owner berthed at Mandraki, Rhodes; Turkish wording "
         "(hydrogen peroxide repeats in many sets and a home reverse-osmosis membrane-cleaner label once, blind146; a "
         "yacht-watermaker label and a yacht-service sender were found in no earlier row by a keyword search)",
         person("K. Georgiou", "GR")),
        ("PRE-02", "import", "DKAIR01", "express", "IS", [], "DK", "381190",
         "Örverueyðir í dísilolíu fyrir bátavélar (gegn dísilpest), 4 x 1 lítri", "IS", 4.6, 4, 14000, "ISK",
         "marine diesel biocides against 'diesel bug' are amber, amine-smelling concentrates of about 0.95 kg/l dosed "
         "at 1:1000; these four tins hold a colourless, faintly fruity liquid of 1.14 kg/l that sinks in diesel instead "
         "of mixing, burns with a hot, smoky flame and whose filler's drum label, copied onto the invoice, reads "
         "'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Hafnarfjörður to a private boat owner in "
         "Skagen, although flammable liquids travel by express only as declared dangerous goods; Icelandic wording "
         "(nitromethane repeats in many sets under fuel-additive labels; a marine diesel-bug biocide label was found "
         "in no earlier row by a keyword search)", person("Søren Madsen", "DK")),
        ("PRE-03", "import", "HRROAD01", "road", "ME", [], "HR", "340290",
         "Sredstvo za uklanjanje kamenca iz brodskih WC-a, boce 1 l, 600 boca", "ME", 1100, 600, 1500, "EUR",
         "descalers for marine toilets are 10-20 % phosphoric or citric acid, tinted blue, about 1.1 kg/l; these 600 "
         "clear bottles hold an oily, colourless liquid of 1.84 kg/l that chars a wooden stirrer and boils when water "
         "is dropped in: about 96 % sulphuric acid (Annex I above 15 %) in 1 l retail bottles, for a Dubrovnik "
         "chandlery that sells over the counter to charter skippers and yacht owners, on a lorry at Karasovići from a "
         "Tivat marine-supplies wholesaler; Montenegrin wording (sulphuric acid repeats in many sets and descaler "
         "labels in several; a marine-toilet descaler was found in no earlier row by a keyword search)",
         firm("Adria Nautika d.o.o.", "HR")),
        ("PRE-04", "import", "ESROAD01", "road", "GI", [], "ES", "282890",
         "Sodium chlorite 80 % flakes, for chlorine-dioxide treatment of yacht water tanks, 6 x 1 kg", "GI", 6, 6, 150, "GBP",
         "technical sodium chlorite (NaClO2) is a yellowish flake that smells of chlorine and gives a yellow gas with "
         "its acid activator; these six tubs hold white, odourless, glassy crystals that give no gas with the activator, "
         "draw damp and flare fiercely mixed with sugar, and the inner liners read 'NaClO3': sodium chlorate (Annex I "
         "above 40 %), the chlorite-for-chlorate one-letter swap, carried across the frontier at La Línea from a "
         "Gibraltar ship chandler for a private liveaboard yacht owner in Sotogrande; Gibraltar English wording "
         "(sodium chlorate repeats in many sets and the chlorite-chlorate confusion once, blind19, as an MMS "
         "label by post; a yacht water-tank label and Gibraltar as a precursor departure were found in no earlier row "
         "by a keyword search, Gibraltar appearing once on ship sludge)", person("Mr D. Whitfield", "ES")),
        ("PRE-05", "import", "HRROAD01", "road", "BA", [], "HR", "390311",
         "Stiropor perle za punjenje bova i bokobrana, vreće 25 kg, 240 vreća", "BA", 6000, 240, 2400, "EUR",
         "expandable-polystyrene beads for filling buoys and fenders are feather-light (15-25 kg/m3), so a 25 kg sack "
         "would fill a cubic metre; these 240 sacks are small and hard, holding white prills that turn ice-cold in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Split fishing-gear shop that sells to the "
         "public on a coast where dynamite fishing is prosecuted every season: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, on a lorry at Nova Sela from a Mostar trader; Bosnian wording "
         "(ammonium nitrate repeats in many sets and bean-bag polystyrene beads once, blind165; a buoy-and-fender "
         "filling label was found in no earlier row by a keyword search)", firm("Dalmacija Ribolov d.o.o.", "HR")),
        ("PRE-06", "export", "ESSEA01", "sea", "ES", [], "KE", "950790",
         "Isco artificial para palangre, barriñas impregnadas de 200 g, 1.600 caixas", "ES", 8000, 1600, 12000, "EUR",
         "artificial longline bait is a soft, fish-smelling extruded stick of fish meal in gel that floats when fresh; "
         "these cartons hold 32 mm waxed-film cartridges of a pink, greasy, odourless gel of 1.2 kg/l whose inner "
         "cases are stamped 'UN0241 1.5D', with boxes of plain detonators in the last pallet row: emulsion blasting "
         "explosive and detonators for blast fishers on the Kenyan and Tanzanian reefs, exported from Vigo without "
         "the explosives export authorisation and not declared as class 1 dangerous goods, for a Mombasa 'fishing "
         "supplies' firm; Galician wording (blasting explosives repeat in many sets and blast-fishing buyers once, "
         "blind150, on ammonium nitrate; a longline-bait label was found in no earlier row by a keyword search)",
         {"importer_name": "Pwani Fishing Supplies Ltd", "importer_country": "KE"}),
        ("PRE-07", "import", "MTSEA01", "sea", "TN", [], "MT", "340290",
         "Trab għat-tindif tal-qlugħ u tal-kuxxini tad-dgħajsa (sodium percarbonate), tubi ta' 1 kg, 400", "TN", 420, 400,
         1200, "EUR",
         "sail and cushion cleaners are sodium percarbonate, a white, slightly alkaline granule that fizzes and gives "
         "off oxygen in warm water; these tubs hold heavier, glossy crystals that dissolve without a bubble, do not "
         "feel soapy and burn with sugar in a violet-tinged flash, and the Sfax maker's sacks in the same trailer read "
         "'KClO4': potassium perchlorate (Annex I above 40 %) retail-packed for a Msida chandlery web shop that sells to "
         "boat owners, by ro-ro from Radès; Maltese wording (potassium perchlorate repeats in many sets and percarbonate "
         "labels in several, on hydrogen peroxide; the percarbonate-for-perchlorate swap and a sail-cleaner label were "
         "found in no earlier row by a keyword search)", firm("Orion Marine Supplies Ltd", "MT")),
        ("PRE-08", "import", "DEAIR01", "air", "KR", [], "DE", "340290",
         "알루미늄 선체 광택 세정제 (보트용), 1 리터, 800병", "KR", 1150, 800, 3200, "USD",
         "aluminium brighteners for boat hulls and pontoons are dyed, dilute phosphoric-acid gels of about 1.1 kg/l; "
         "these 800 bottles hold a water-thin, pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the "
         "skin yellow and dissolves a copper coin with brown fumes: about 65 % nitric acid (Annex I above 3 %) in "
         "1 l retail bottles for a Kiel chandlery web shop that sells to yacht owners, flown from Busan's marine-chemical "
         "makers; Korean wording (nitric acid repeats in many sets and brightener labels in three, as teak-deck "
         "brighteners on other goods; an aluminium-hull brightener was found in no earlier row by a keyword search)",
         firm("Nordhafen Bootsbedarf GmbH", "DE")),
        ("PRE-09", "import", "FIPOST01", "post", "US", [], "FI", "390210",
         "Non-skid deck paint additive, polymer grit, 4 x 1 lb tubs", "US", 1.9, 4, 60, "USD",
         "non-skid additives are light polypropylene or polymer beads that float on water (0.9 kg/l) and stay gritty in "
         "paint; these four tubs hold a dense, white, crystalline powder that sinks and dissolves completely, draws damp "
         "overnight and burns brilliantly with sugar, and the re-used caps read 'NaClO4': sodium perchlorate (Annex I "
         "above 40 %), posted from Maine to a private person restoring a wooden boat in Turku; US English wording "
         "(sodium perchlorate repeats in many sets; a non-skid deck-paint additive was found in no earlier row by a "
         "keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-10", "transit", "NLSEA01", "sea", "NO", ["NL"], "JP", "950790",
         "Harpunspisser, smidd stål, reservedeler til fangstfartøy, 240 stk", "NO", 1900, 240, 360000, "NOK",
         "spare harpoon heads for small-whale catchers are forged, barbed steel points of a few kilograms; these 240 "
         "are 8 kg steel bodies with a threaded fuze housing, a hook-and-claw release and a pressed penthrite (PETN) "
         "charge, at 1,500 NOK each: explosive whale grenades, explosive articles moved through Rotterdam without the "
         "transit authorisation for explosives and not declared as class 1 dangerous goods, landed in transit from "
         "Ålesund to Shimonoseki; Norwegian wording (explosive articles repeat in many sets; whale grenades, "
         "penthrite and harpoon labels on explosives were found in no earlier row by a keyword search, harpoon labels "
         "appearing only on spearguns and harpoon heads)", {"importer_country": "JP"}),
    ],
    "waste": [
        ("WST-01", "export", "LVSEA01", "sea", "LV", [], "UA", "853949",
         "UV-C lampas un kvarca caurules no balasta ūdens attīrīšanas iekārtām, lietotas, pārbaudītas, 3 t", "LV", 3000,
         1200, 1800, "EUR",
         "ballast-water treatment UV lamps sold for reuse come boxed with burn-hour logs; these 1,200 amalgam lamps are "
         "loose in gitterboxes, a third broken, their quartz sleeves scaled and the grey amalgam spots visible, pulled "
         "out during retrofits at a Riga ship-repair yard: lamps containing mercury (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, by sea from Riga to an Izmail 'ship spares' dealer; Latvian wording "
         "(mercury lamps repeat in many sets as crushed tubes and cullet; ballast-water UV lamps were found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "680690",
         "Πλάκες πυρίμαχες πυριτικού ασβεστίου, μεταχειρισμένες, για επαναχρησιμοποίηση, 18 τόνοι", "GR", 18000, None, 900,
         "EUR",
         "asbestos-free calcium-silicate fire boards are light, white and clean-cut; these pallets hold 1970s ferry "
         "bulkhead and deckhead panels, broken at the edges, painted over, with grey amosite fibres in the cores, "
         "stripped during a passenger-ferry refit at Perama: asbestos-reinforced 'Marinite' board (17 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Piraeus to an Alexandria 'shipyard'; Greek wording "
         "(asbestos repeats in very many sets; Marinite and calcium-silicate labels were found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MR", "890710",
         "Balsas salvavidas usadas, revisadas, para pesqueros artesanales, 60 unidades", "ES", 6000, 60, 3000, "EUR",
         "liferafts sold for reuse carry a current service certificate; these 60 canisters were condemned at a Las "
         "Palmas service station 10-25 years after their last service, with perished tubes and corroded inflation "
         "cylinders, and still hold their emergency packs of expired hand flares, parachute rockets and leaking lamp "
         "batteries: condemned liferafts with expired pyrotechnics and batteries (16 04 03*, 16 06 *), hazardous waste "
         "whose export to a non-OECD country is banned, from Las Palmas to a Nouadhibou 'fishing cooperative'; Canarian "
         "Spanish wording (expired marine pyrotechnics repeat in three sets, blind52, blind132, blind150; liferafts were "
         "found in no earlier row by a keyword search)", {"importer_country": "MR"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "SN", "940350",
         "Mobilier de cabines de paquebot, d'occasion, lits et chevets, 40 m3", "FR", 6000, 400, 4000, "EUR",
         "a cruise-ship refit container for a Dakar hotel outfitter: cabin beds and bedside tables from a refit at "
         "Marseille are what such buyers take, and the second item's 'hotel televisions, tested' might be reusable, but "
         "the third item's 'cabin minibars, working' are 300 dead units with cut cables, seized absorption circuits and "
         "rusted backs, and half the televisions have cracked panels and no test sheets: waste electrical equipment "
         "(A1180, 16 02 13*/16 02 14), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration from Marseille; French wording (e-waste to West Africa repeats in many sets; "
         "a cruise-ship refit and minibars as waste were found in no earlier row by a keyword search)",
         dict({"importer_name": "Téranga Hôtellerie SARL", "importer_country": "SN"},
              _more_items=[item("852872", "Téléviseurs d'hôtel 32 pouces, testés, 300", "FR", 2400, 3000, "EUR", qty=300),
                           item("841829", "Minibars de cabine, fonctionnels, 300", "FR", 6600, 2400, "EUR", qty=300)])),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "IN", "690390",
         "Käytetyt keraamiset kennoelementit uunikalusteiksi, 14 t", "FI", 14000, None, 1400, "EUR",
         "kiln furniture is dense, pale setter plates and props; these crates hold grey-yellow honeycomb blocks in "
         "steel frames, soot-stained at one face and assaying vanadium and tungsten on titania, changed out of the SCR "
         "reactors of ship engines at a Vaasa engine-service works: spent catalysts containing dangerous transition "
         "metals (16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Vaasa to a Morbi "
         "'ceramics' firm through Mundra; Finnish wording (spent catalysts repeat in many sets and a new-cordierite "
         "honeycomb label once, blind154; ship SCR elements and a kiln-furniture label were found in no earlier row by "
         "a keyword search)", {"importer_country": "IN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "AO", "400942",
         "Gebruikte baggerslangen, flexibel, met koppelingen, 26 t", "NL", 26000, 14, 5200, "EUR",
         "used dredging hoses are black rubber hoses with steel flanges, washed out with water; these 14 coils are "
         "unbonded flexible risers and jumpers from a decommissioned North Sea field, steel armour wires under "
         "polymer sheaths, still holding crude and produced-water residues in the annulus and grey NORM scale in the "
         "bore, cut at a Den Helder decommissioning yard: oil-containing offshore waste with NORM, hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to a Soyo 'dredging contractor'; Dutch wording "
         "(oilfield tubulars with NORM scale repeat in a few sets; flexible risers and a dredging-hose label were "
         "found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "GH", "140490",
         "Knuste valnøddeskaller, blæsemiddel, big bags, 20 t", "DK", 20000, None, 1000, "EUR",
         "walnut-shell blasting grit is a dry, tan, free-flowing granule that smells of nothing; these bags hold black, "
         "sticky lumps that reek of crude oil and leave an oily sheen on water, dug out of the nutshell filters that "
         "clean produced water on Danish North Sea platforms: oil-contaminated filter media (15 02 02*), hazardous waste "
         "whose export to a non-OECD country is banned, from Esbjerg to a Takoradi 'blasting contractor'; Danish "
         "wording (offshore wastes repeat in many sets from Esbjerg; walnut-shell media were found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "PK", "720449",
         "Recovered steel armour wire, from submarine cable, baled, 24 t", "IE", 24000, None, 4800, "EUR",
         "clean steel armour wire is bright, rust-streaked steel in bales; these bales are whole lengths of 1900s "
         "telegraph cable hauled up by a recovery ship off Valentia, the armour still wrapped round tarred jute, "
         "gutta-percha and lead sheathing that smears black and smells of coal tar: cable containing coal tar and lead "
         "(17 04 10*), hazardous waste whose export to a non-OECD country is banned, from Cork to a Karachi "
         "'re-rolling mill'; Irish English wording (cable scrap repeats in many sets; submarine telegraph cable was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "GW", "392490",
         "Lote de mercadorias diversas, salvados de carga marítima, em bom estado, 2 contentores", "PT", 30000, None, 3000,
         "EUR",
         "salvage stock lots in sound condition are boxed, dry goods sold at a discount; these two containers hold "
         "housewares, small appliances, power banks and toys from boxes recovered after a container-ship fire off the "
         "Portuguese coast, soaked in fuel oil and fire-fighting water, charred, with swollen lithium cells among "
         "them: fuel-oil- and fire-contaminated cargo and waste batteries, hazardous waste whose export to a "
         "non-OECD country is banned, from Sines to a Bissau 'wholesaler'; Portuguese wording (salvage labels repeat "
         "on cars and architectural salvage; salvaged ship's cargo was found in no earlier row by a keyword search)",
         {"importer_country": "GW"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "LR", "392510",
         "Reconditioned IBCs, 1,000 l, cleaned and pressure-tested, 180 units", "GB", 11000, 180, 2700, "GBP",
         "reconditioned IBCs come rinsed, dry, with new valves and a test label; these 180 still hold litres of "
         "hydrogen-peroxide and formalin residues from sea-lice bath treatments, their bottles yellowed, valves "
         "crusted and the old hazard labels peeled half off, collected from West Highland salmon farms: packaging "
         "containing residues of hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country "
         "is banned, from Greenock to a Monrovia 'water-tank seller'; Scottish English wording (salmon-farm nets and "
         "sea-lice medicines repeat in a few sets; unrinsed treatment IBCs were found in no earlier row by a keyword "
         "search)", {"importer_country": "LR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "US", [], "ES", "890333",
         "Classic motor yacht, 28 m, built 1972, refitted, R-134a air-conditioning, CO2 engine-room fire system", "US",
         98000, 1, 1900000, "USD",
         "a refitted classic motor yacht declared with R-134a air-conditioning and a CO2 engine-room system should carry "
         "the new plant's nameplates; this one, shipped from Fort Lauderdale to Palma on a yacht carrier, keeps its 1972 "
         "chilled-water plant whose compressor plate and sight glass read 'R-12' (about 60 kg of CFC-12) and two red "
         "engine-room bottles stamped 'Halon 1301, 45 kg': a vessel placed on the Union market with controlled "
         "substances in its equipment, whose import Regulation 2024/590 bans outside the licensed exemptions; US "
         "English wording (CFC-12 and halon 1301 repeat in very many sets, classic cars among them; a classic motor "
         "yacht was found in no earlier row by a keyword search)", firm("Vega Yachting SL", "ES")),
        ("OZN-02", "import", "ESSEA01", "sea", "KR", [], "ES", "840999",
         "원양연승어선 주기관 예비부품 (피스톤, 라이너), 12 상자", "KR", 1400, 12, 26000, "USD",
         "a spares container from Busan for a Las Palmas agent of the Korean tuna-longline fleet: main-engine pistons and "
         "liners and compressor valve plates are what such agents import, but the third item's 'refrigeration "
         "compressor spare valves' are sixty 13.6 kg non-refillable cylinders of R-404A under the valve cartons: an "
         "HFC placed on the market without quota in cylinders the Union bans, hidden as the last item of a three-item "
         "declaration; Korean wording (HFCs in spares consignments repeat in a few sets and R-404A in many; a Korean "
         "longline fleet's spares for Las Palmas were found in no earlier row by a keyword search)",
         dict(firm("Atlantic Pesquera Coreana SL", "ES"),
              _more_items=[item("841490", "냉동 압축기 밸브 플레이트, 40 개", "KR", 60, 4800, "USD", qty=40),
                           item("848180", "냉동 압축기 예비 밸브, 60 상자", "KR", 1100, 900, "USD", qty=60)])),
        ("OZN-03", "export", "IESEA01", "sea", "IE", [], "MR", "841869",
         "Refrigerated sea-water (RSW) plant, used, from pelagic trawler, gas-free, for conversion, 2 units", "IE", 9000, 2,
         18000, "EUR",
         "RSW plants sold gas-free for conversion arrive evacuated, with open, capped service valves; these two were "
         "lifted out of a Killybegs pelagic trawler with their receivers still full and gauges at 6 bar, and the "
         "nameplates and a leak detector read 'R-22' (about 400 kg): equipment relying on HCFC-22, whose export "
         "Regulation 2024/590 bans, from Killybegs to a Nouadhibou fishing company; English wording from Ireland "
         "(R-22 equipment repeats in many sets, plate freezers and ice machines among them; an RSW plant was found in no "
         "earlier row by a keyword search)", {"importer_country": "MR"}),
        ("OZN-04", "export", "GBSEA01", "sea", "GB", [], "GQ", "940690",
         "Offshore accommodation modules, A60, DNV 2.7-1, used, 6 units, split-unit AC on R-410A", "GB", 60000, 6, 120000,
         "GBP",
         "offshore accommodation modules carry type-approved HVAC with the refrigerant on their data plates; these six, "
         "retired from a North Sea platform, keep 1990s split units whose plates read 'R-22' under R-410A stickers, with "
         "about 18 kg of HCFC-22 in each: equipment relying on HCFC-22, whose export Great Britain's ozone "
         "regulations ban as the Union's do, from Aberdeen to a Malabo oil-services camp; "
         "English wording (R-22 equipment for export repeats in many sets; offshore accommodation modules were found "
         "in no earlier row by a keyword search)", {"importer_country": "GQ"}),
        ("OZN-05", "import", "HRSEA01", "sea", "ME", [], "HR", "382769",
         "Brodske zalihe jahte, rashladni plin R-410A i R-404A, povrat, 24 boce", "ME", 300, 24, 1200, "EUR",
         "a superyacht's own refrigerant stock stays on board as ship's stores; these 24 cylinders were bought duty- "
         "and quota-free from a Porto Montenegro chandler for a yacht in Tivat and landed at Split from its tender for a "
         "local air-conditioning installer, the yacht never having carried them: HFCs placed on the Union market without "
         "quota under a ship's-stores label; Croatian wording (ship's stores at Las Palmas repeat in five sets; "
         "superyacht stores landed from Montenegro were found in no earlier row by a keyword search)",
         firm("Jadran Klima d.o.o.", "HR")),
        ("OZN-06", "import", "CYSEA01", "sea", "EG", [], "CY", "390950",
         "رغوة بولي يوريثان للطفو، طقم جزئين للقوارب، خالية من CFC، 200 طقم", "EG", 2400, 200, 3000, "USD",
         "two-part pour foam for boat buoyancy chambers is now blown with water or CO2 and the B-side smells faintly of "
         "amines; these 200 kits' B-side cans hiss, bulge and smell sweet-ethereal, and the drum stencils read "
         "'HCFC-141b': a polyol premix blown with a controlled substance whose import is banned, from Alexandria to a "
         "Limassol boatbuilder; Egyptian Arabic wording (HCFC-141b premixes repeat in many sets and fish-hold pour foam "
         "once, blind143; a boat-buoyancy foam kit was found in no earlier row by a keyword search)",
         firm("Delta Marine Composites Ltd", "CY")),
        ("OZN-07", "import", "GRSEA01", "sea", "CN", [], "GR", "271019",
         "船用柴油机喷油器校验油 ISO 4113, 200 升桶, 40 桶", "CN", 12700, 40, 9000, "USD",
         "ISO 4113 calibration fluid for fuel-injector test benches is a light mineral oil of 0.82 kg/l; these drums "
         "weigh nearly twice their volume (1.59 kg/l), the liquid does not burn and smells sweet like chloroform, and "
         "the drum heads are stamped 'CCl4': carbon tetrachloride, a controlled substance whose import is banned outside "
         "licensed feedstock uses, for a Piraeus marine-engine workshop; Chinese wording (carbon tetrachloride repeats in "
         "many sets under solvent labels; an injector-calibration fluid was found in no earlier row by a keyword search)",
         firm("Meridian Naftiliaki AE", "GR")),
        ("OZN-08", "import", "ITAIR01", "express", "TH", [], "IT", "841869",
         "ชุดตู้เย็นแบบโฮลดิ้งเพลทสำหรับเรือใบ 12V, เติมน้ำยาล่วงหน้า R-134a, 1 ชุด", "TH", 4, 1, 900, "USD",
         "holding-plate fridge kits for sailing yachts come pre-charged with R-134a and a quota label on the box; this "
         "kit from a Phuket yacht-services firm has a compressor plate and a charging label reading 'R-22, 450 g', "
         "and a leak detector confirms it: pre-charged equipment relying on HCFC-22, whose placing on the Union market "
         "is banned, sent by express to a private yacht owner in Olbia; Thai wording (pre-charged R-22 equipment "
         "repeats in many sets; a holding-plate kit was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("OZN-09", "export", "ITSEA01", "sea", "IT", [], "AE", "731100",
         "Bombole di azoto, usate, da piattaforma offshore dismessa, 67 l, 36 pezzi", "IT", 4300, 36, 2200, "EUR",
         "used nitrogen cylinders from offshore platforms are grey with a black shoulder and weigh about 70 kg empty; "
         "these 36 are red, weigh 120 kg each and read 'BTM / CF3Br' under fresh grey paint, taken out of the machinery-"
         "space systems of a decommissioned Adriatic gas platform off Ravenna: halon 1301 moved out of the Union without "
         "the licence Regulation 2024/590 requires, for a Sharjah 'gas trader'; Italian wording (halon 1301 repeats in "
         "very many sets under nitrogen, CO2 and accumulator labels; an Adriatic platform as its source was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("OZN-10", "export", "ITSEA01", "sea", "IT", [], "TN", "392330",
         "Bombole composite GPL per cucine di bordo, 10 kg, piene, 300 pezzi", "IT", 4800, 300, 6000, "EUR",
         "galley LPG cylinders for fishing boats hold propane-butane at about 7 bar and smell of mercaptan at the "
         "valve; these 300 translucent composite cylinders read 9 bar at 20 °C, smell of nothing and show a single "
         "pure compound boiling at -40.8 °C on a refrigerant identifier: HCFC-22, whose export from the Union is banned, "
         "from Mazara del Vallo to a Sfax trawler-fleet supplier; Sicilian Italian wording (HCFC-22 repeats in very "
         "many sets under LPG and camping-gas labels; galley-gas cylinders for a fishing fleet were found in no earlier "
         "row by a keyword search)", {"importer_country": "TN"}),
    ],
    "cultural": [
        ("CUL-01", "export", "FIAIR01", "air", "FI", [], "US", "950300",
         "Fartygsmodell, ny, byggsats i trä, bark, 140 cm, 1 st", "FI", 22, 1, 400, "EUR",
         "a new kit-built barque model has laser-cut parts, bright varnish and nylon rigging; this 140 cm model has "
         "hand-cut hull planking, 19th-century linen rigging blackened by candle soot, a hanging ring on the keel and "
         "the chains' holes in the deck: a votive church ship (kyrkskepp) of about 1860 taken down from a parish church "
         "on Åland, cultural property that needs an export licence (Regulation 116/2009) and whose removal Finnish "
         "church law forbids, flown from Helsinki to a Maine dealer; Swedish wording from Åland (ship models repeat in "
         "two sets, blind64 and blind139; a church ship was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-02", "import", "DKAIR01", "air", "GL", [], "DK", "890393",
         "Qajaq, replika, nyt, med harpun og kasteträ, 1 stk", "GL", 18, 1, 3500, "DKK",
         "a new replica qajaq has a plywood or stringer frame under nylon skin and a dowel harpoon; this one has a "
         "driftwood frame lashed with baleen, a cracked sealskin cover patched with sinew, a bone-tipped harpoon and a "
         "throwing board worn smooth, and a museum inventory number painted out under the cockpit: a 19th-century East "
         "Greenlandic hunting kayak with its gear, whose export Greenland's heritage law forbids and whose import "
         "Regulation 2019/880 forbids as cultural goods removed unlawfully, flown from Nuuk to Copenhagen for a "
         "collector; Danish wording with Kalaallisut terms (Arctic objects repeat in a few sets; a kayak was found in "
         "no earlier row by a keyword search)", person("Mette Larsen", "DK")),
        ("CUL-03", "import", "ITSEA01", "sea", "TN", [], "IT", "740400",
         "Déchets de bronze, chutes et retours de fonderie, 2 t", "TN", 2000, None, 9000, "EUR",
         "bronze foundry returns are runners, risers and pieces of cast bar, bright where cut; among these 2 t lie a "
         "life-size bronze foot on a sandal sole and a draped fragment with thick marine concretion, bored by shipworm "
         "at the edges, netted by a Mahdia trawler near the ancient wreck: Hellenistic bronze sculpture, archaeological "
         "objects of Tunisia whose import Regulation 2019/880 forbids without an import licence, by sea from Sfax to "
         "Mazara del Vallo for a foundry; Tunisian French wording (trawler finds and wreck bronzes repeat in a few sets, "
         "cannon in bronze scrap among them; a Mahdia sculpture fragment under foundry returns was found in no earlier "
         "row by a keyword search)", firm("Delta Fonderie Srl", "IT")),
        ("CUL-04", "export", "FRAIR01", "express", "FR", [], "US", "970191",
         "Peintures naïves de marine, huile sur bois, artiste vivant, 4 pièces", "FR", 4, 4, 1200, "EUR",
         "naive marine paintings by a living artist are fresh, bright and signed; these four panels show ships in "
         "storms with a praying crew and the Virgin in a cloud, dated 1788 to 1841 with 'ex-voto' inscriptions, candle "
         "smoke on the varnish and nail holes: sailors' ex-voto paintings taken from a Provençal seamen's chapel, "
         "listed objects whose export French heritage law forbids, sent by express from Toulon to a Boston dealer; "
         "French wording (ex-votos repeat in a few sets, Mexican retablos and Iberian bronzes; Provençal marine ex-votos "
         "were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "EESEA01", "sea", "EE", [], "GB", "442011",
         "Nikerdatud puidust aiaskulptuur, uus, tiikpuu, 1 tk", "EE", 140, 1, 600, "EUR",
         "a new carved teak garden figure is pale, crisp and oiled; this 1.9 m woman's bust in pine, with layered "
         "cracked paint, iron straps and the bolt holes of a stem-head fitting, is the figurehead of a 19th-century "
         "Saaremaa-built barque, taken from a manor museum on the island: cultural property over 100 years old whose "
         "export Estonian heritage law forbids without a permit and that needs an EU export licence (Regulation "
         "116/2009), by ro-ro from Muuga for a London dealer; Estonian wording (a figurehead was found in no earlier row "
         "by a keyword search)", {"importer_country": "GB"}),
        ("CUL-06", "import", "CYSEA01", "sea", "LB", [], "CY", "680299",
         "حجارة زينة للحدائق، مثقوبة، جديدة، 6 قطع", "LB", 1400, 6, 300, "USD",
         "new drilled garden stones are sawn and evenly bored; these six are weathered, triangular and trapezoidal "
         "limestone blocks with hand-cut rope holes, worm tubes and marine crust: Bronze Age and Phoenician stone "
         "anchors lifted by divers off Byblos and Batroun, archaeological objects whose export Lebanon forbids and "
         "whose import Regulation 2019/880 forbids without an import licence, on a Beirut-Limassol ro-ro for a garden "
         "designer; Lebanese Arabic wording (stone anchors were found in no earlier row, lead anchor stocks once, "
         "blind145)", firm("Rivage Gardens Ltd", "CY")),
        ("CUL-07", "export", "FRSEA01", "sea", "FR", [], "KY", "940360",
         "Yacht inventory: saloon furniture, 1 lot", "FR", 1800, None, 60000, "EUR",
         "the export inventory of a superyacht leaving Antibes for the Cayman Islands: saloon furniture and linens are "
         "what such inventories list, but the third item's 'framed reproductions, 12' include a 70 x 100 cm oil on "
         "canvas of Dutch warships in a calm, on a relined canvas with an auction-house stencil on the stretcher and "
         "'W. v. Velde' on a spar: a 17th-century Dutch marine painting, over 50 years old and far above 150,000 EUR, "
         "leaving the Union without the export licence Regulation 116/2009 requires, hidden as the last item of a "
         "three-item declaration; English wording (paintings under reproduction labels repeat in many sets; a painting "
         "in a superyacht's export inventory was found in no earlier row by a keyword search)",
         dict({"importer_country": "KY"},
              _more_items=[item("630231", "Yacht inventory: bed and table linen, 1 lot", "FR", 200, 8000, "EUR"),
                           item("491191", "Yacht inventory: framed reproductions, 12", "FR", 60, 1200, "EUR", qty=12)])),
        ("CUL-08", "export", "DESEA01", "sea", "DE", [], "US", "890323",
         "Segelyacht, Holz, Nachbau klassischer Linien, Baujahr 2009, 19 m", "DE", 24000, 1, 380000, "EUR",
         "a 2009 wooden replica of a classic yacht has epoxy-glued, cold-moulded planking and modern bronze; this 19 m "
         "yawl has riveted mahogany on steel frames, a lead keel with a 1936 casting number, original deck fittings and "
         "a builder's plate from Vegesack under paint: a 1936 Abeking & Rasmussen yacht, a means of transport over 75 "
         "years old and above 50,000 EUR, exported without the licence Regulation 116/2009 requires and against "
         "Germany's protection of listed cultural property, from Bremerhaven to a Newport broker; German wording "
         "(classic vessels as cultural goods were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-09", "export", "HRPOST01", "post", "HR", [], "CH", "901480",
         "Mjedeni navigacijski instrument, oktant, replika, 1 kom", "HR", 2.2, 1, 80, "EUR",
         "brass reproduction octants are bright, lacquered and stamped 'replica' or a maker's name from India; this one "
         "has an ebony frame, an ivory scale and vernier, mirror silvering gone to grey and a museum accession number "
         "on the index arm: an 18th-century octant stolen from a Dalmatian maritime museum, cultural property that "
         "needs an export licence and whose export Croatian heritage law forbids, posted from Split to a Basel "
         "dealer; Croatian wording (navigation instruments repeat as astrolabes in a few sets; an octant was found in "
         "no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-10", "import", "FRPOST01", "post", "JP", [], "FR", "442090",
         "木製絵馬, 新品, 船の絵, 装飾用, 3 枚", "JP", 3.5, 3, 12000, "JPY",
         "new ema are small, pale plywood plaques with a printed zodiac animal; these three are large, dark, cracked "
         "cedar boards painted with sailing ships and a donor's name, dated in the Meiji and Edo eras, with nail holes "
         "and shrine soot: funa-ema, votive ship paintings taken from a Seto Inland Sea shrine, cultural property "
         "exported from Japan without the required permission and whose import Regulation 2019/880 forbids as "
         "unlawfully removed, posted from Takamatsu to a private buyer in Brest; Japanese wording (funa-ema were found "
         "in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "FRSEA01", "sea", "FR", [], "CN", "901580",
         "Flotteurs profileurs océanographiques, type Argo, pour recherche climatique, 6 unités", "FR", 1800, 6, 720000,
         "EUR",
         "Argo profiling floats are 2 m tubes with a CTD head and an oil bladder, at 20,000-40,000 EUR, that drift and "
         "rise; these six are 2.5 m winged hulls with a movable battery pack, a rudder, a satellite and acoustic modem "
         "and a 1,000 m rating, at 120,000 EUR each: autonomous underwater gliders (dual-use 8A001), exported from "
         "Brest without the licence Regulation 2021/821 requires, for a Qingdao 'climate institute' tied to naval "
         "research; French wording (ROVs and hydrophones to Qingdao repeat in a few sets; gliders under a "
         "profiling-float label were found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-02", "export", "CYSEA01", "sea", "CY", [], "DJ", "930390",
         "Συσκευές ρίψης σχοινιού, πνευματικές, SOLAS, για πλοία, 20 τεμάχια", "CY", 400, 20, 9000, "EUR",
         "pneumatic line-throwing apparatus are orange tubes with an air reservoir and a rocket-shaped projectile; "
         "these 20 cases hold semi-automatic 7.62 mm rifles with optics, magazines and 8,000 rounds, for a floating "
         "armoury off Djibouti that supplies armed guards on ships crossing the Red Sea: firearms and ammunition on the "
         "Common Military List, exported from Limassol without the export licence Common Position 2008/944 requires; "
         "Cypriot Greek wording (firearms repeat in several sets under sporting and part labels; a line-throwing label "
         "and a floating armoury were found in no earlier row by a keyword search)",
         {"importer_name": "Bab el-Mandeb Maritime Security FZE", "importer_country": "DJ"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "AE", "392690",
         "Blocchi in schiuma poliuretanica per parabordi, 40 pezzi", "IT", 5200, 40, 260000, "EUR",
         "polyurethane fender foam is light (about 60 kg/m3), open-cell and soft; these 40 machined blocks are rigid, "
         "grey, 0.55 kg/dm3, full of hollow glass microspheres, with a depth rating of 6,000 m on the batch sheets and "
         "a price of 6,500 EUR each: syntactic foam for deep submersibles (dual-use 8C001), exported from La Spezia "
         "without the licence Regulation 2021/821 requires, to a Sharjah trader whose forwarder books on to Bandar "
         "Abbas; Italian wording (syntactic foam was found in no earlier row as the good, only in an ROV's description; "
         "a fender-foam label is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "import", "MTSEA01", "sea", "MY", [], "MT", "271019",
         "Very low sulphur fuel oil (VLSFO) 0.5 %, Malaysian origin, for bunker supply, 38,000 t", "MY", 38000000, None,
         19000000, "USD",
         "Malaysian VLSFO comes with a refinery certificate of origin and a loading port in Malaysia; this tanker's "
         "cargo was taken on in a ship-to-ship transfer off Tanjung Pelepas from a vessel that had loaded at Kharg "
         "Island with AIS off, and the assay's vanadium-sulphur fingerprint matches Iranian heavy crude: Iranian "
         "petroleum products, whose import and purchase Regulation 267/2012 forbids, for a Malta bunker supplier; "
         "English wording from Malaysia (Iranian oil and petrochemicals repeat in many sets and Hurd's Bank once, "
         "blind56, on ship's stores; Iranian fuel oil under a Malaysian VLSFO label was found in no earlier row by a "
         "keyword search)", firm("Central Bunkering Ltd", "MT")),
        ("STR-05", "export", "NLSEA01", "sea", "NL", [], "HK", "890130",
         "Koelschip, bouwjaar 1996, verkocht voor verdere handel, 1", "NL", 5200000, 1, 2600000, "EUR",
         "an old reefer sold for further trading goes to a known operator with a new class and flag; this 1996 reefer, "
         "sold to a Hong Kong company set up a month earlier, is bound for Nampho under a flag of convenience with a "
         "crew list of North Korean names and a charter to a Wonsan fishing-company front: a vessel supplied for North "
         "Korea, which Security Council resolution 2397 and Regulation 2017/1509 forbid, from Vlissingen; Dutch wording "
         "(DPRK goods through China repeat in many sets and ships for the DPRK once, blind163, as demolition sales; "
         "a reefer sold for further trading to a Hong Kong shell was found in no earlier row by a keyword search)", {"importer_name": "Golden Sea Star Shipping Ltd", "importer_country": "HK"}),
        ("STR-06", "export", "HRSEA01", "sea", "HR", [], "TR", "890333",
         "Motor yacht, 34 m, 2014, sold to a Marshall Islands company, delivery Bodrum, 1", "HR", 180000, 1, 9000000,
         "EUR",
         "a yacht sold out of a refit yard comes with a bill of sale, a deletion certificate and a new owner with a "
         "track record; this 34 m yacht, frozen at a Croatian refit yard for two years, is 'sold' to a Majuro shell "
         "whose director is the listed owner's son-in-law, with the yard bill paid from a Dubai account: an asset "
         "of a person listed under Regulation 269/2014, whose release and transfer the asset freeze forbids, sailing "
         "from Split for Bodrum; English wording (superyachts for Russian owners through Majuro companies repeat "
         "once, blind139, as a work boat; kept as a repeat of the family, a frozen yacht 'sold' out of a refit yard was "
         "found in no earlier row by a keyword search)", {"importer_name": "Blue Horizon Holdings Inc.", "importer_country": "MH"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "ME", "847989",
         "Unterwasser-Rumpfreinigungsgeräte für Yachten, handgeführt, mit Akku, 8 Stück", "DE", 280, 8, 16000, "EUR",
         "diver-held hull-cleaning machines are brush heads on a small thruster, at about 2,000 EUR; these eight are "
         "35 kg electric underwater scooters with jet drive, handlebars and a speed display, at 14,000 EUR each on "
         "the maker's price list: superyacht water toys, water-sports equipment on the luxury-goods list, ordered by a "
         "Tivat yacht-services firm for the tender garage of a yacht that winters in Sochi, which Regulation 833/2014 "
         "forbids selling for use in Russia, from Hamburg; German wording (luxury goods for Russia through the Balkans "
         "and the Caucasus repeat in many sets, jet skis among them; underwater scooters under a hull-cleaning label "
         "were found in no earlier row by a keyword search)", {"importer_country": "ME"}),
        ("STR-08", "import", "BGSEA01", "sea", "TR", [], "BG", "030792",
         "Замразено месо от рапани, турски произход, 10 т", "TR", 10000, None, 65000, "EUR",
         "a Black Sea seafood container for a Varna wholesaler: Turkish rapana meat and mussels are what Samsun "
         "exporters sell, but the second item's 'frozen mussels, Turkish origin' are Mediterranean mussels with "
         "Sevastopol farm codes on the inner bags, shipped from Sevastopol to Samsun and relabelled: goods originating "
         "in Crimea, whose import Regulation 692/2014 forbids, hidden as the last item of a two-item declaration; "
         "Bulgarian wording (Crimean goods repeat in several sets, wine, lavender and grain among them; Crimean mussels "
         "were found in no earlier row by a keyword search)",
         dict(firm("Vega Moreprodukti EOOD", "BG"),
              _more_items=[item("030732", "Замразени миди, турски произход, 8 т", "TR", 8000, 24000, "EUR")])),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "CN", "840721",
         "Buitenboordmotoren 40 pk, tweetakt, nieuw, 80 stuks", "BE", 6400, 80, 240000, "EUR",
         "outboard motors for a Chinese dealer usually go to a southern province with a retail network; these 80 go "
         "to a Dandong trading house with no shop, whose earlier imports were re-exported across the Yalu, for the "
         "wooden boats of a Sinpo fishing cooperative: transport equipment (8407) supplied for North Korea, which "
         "Security Council resolution 2397 and Regulation 2017/1509 forbid, from Antwerp; Flemish wording (DPRK goods "
         "through Dandong repeat in several sets; outboard motors for a DPRK fishing fleet were found in no earlier row "
         "by a keyword search)", {"importer_country": "CN"}),
        ("STR-10", "export", "PLSEA01", "sea", "PL", [], "NO", "852691",
         "Radiotelefony przenośne i transpondery AIS dla stacji odbioru ryb, 60 kpl.", "PL", 300, 60, 84000, "EUR",
         "a fish-landing station needs a few hand-held radios; these 60 sets are class A AIS transponders, GMDSS VHF "
         "DSC radios and NAVTEX receivers with type approvals, ordered by a Kirkenes ship-service firm whose only "
         "customers are Russian-flagged trawlers calling from Murmansk: maritime navigation goods (Annex XVI) for use "
         "on vessels flying the Russian flag, which Regulation 833/2014 forbids, by sea from Gdynia; Polish wording "
         "(ECDIS for Russian-linked fishing vessels repeats in two sets and Kirkenes once, blind148, on halon from a "
         "Murmansk trawler; AIS and GMDSS sets under a hand-held-radio label were found in no earlier row by a keyword "
         "search)", {"importer_country": "NO"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESSEA01", "sea", "TW", ["ES"], "HK", "030353",
         "冷凍餌料沙丁魚, 未使用, 船舶物料轉運, 20 公斤塊, 900 塊", "MA", 18000, 900, 9000, "USD",
         "frozen bait sardines for longliners are blocks of small, silver fish at 0.5 USD/kg; a third of these 900 blocks "
         "have a core of frozen, grey shark fins, the tall, white-tipped dorsals of oceanic whitetips and the sickle "
         "fins of hammerheads, moved from a Kaohsiung-registered longliner at Las Palmas into a reefer container: "
         "oceanic whitetip and hammerhead fins (CITES App. II) without CITES documents, in transit through the Union "
         "from Las Palmas to Hong Kong; Chinese wording from Taiwan (shark fins repeat in very many sets and Las Palmas "
         "in several; fins frozen inside bait blocks were found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("WLF-02", "import", "ESSEA01", "sea", "CV", [], "ES", "030381",
         "Cação (Squalus acanthias), troncos congelados, desembarque de palangreiro, 42 t", "CV", 42000, None, 84000,
         "EUR",
         "spiny dogfish trunks are small (under 1 m), grey with white spots and fin spines; these 42 t landed at Vigo "
         "from a Mindelo-flagged longliner are 1.5-2.5 m trunks of slender, deep-blue sharks with no spines: blue shark "
         "(Prionace glauca, CITES App. II since the listing of the requiem sharks) without the CITES export permit of "
         "the flag state; Cape Verdean Portuguese wording (blue shark repeats in several sets as fins; a dogfish label "
         "on blue-shark meat was found in no earlier row by a keyword search)", firm("Atlantic Congelados SL", "ES")),
        ("WLF-03", "import", "ITAIR01", "express", "BS", [], "IT", "711790",
         "Pink glass pearls, costume jewellery, undrilled, 20 pcs", "BS", 1, 20, 300, "USD",
         "pink glass pearls are round, identical and hollow-sounding with a seam; these twenty are oval, porcelain-like "
         "and each different, with a flame pattern under the loupe, at a declared 15 USD instead of hundreds each: "
         "queen conch pearls (Aliger gigas, CITES App. II) without a CITES export permit, sent by express from Nassau's "
         "yacht-charter trade to a Valenza jeweller; Bahamian English wording (conch pearls repeat in four sets and "
         "pink-pearl labels in two; a glass-pearl label from the Bahamas was found in no earlier row by a keyword "
         "search)", firm("Alpina Gioielli Srl", "IT")),
        ("WLF-04", "import", "FRAIR01", "air", "AE", [], "FR", "160431",
         "Avitaillement de yacht: caviar d'élevage, hybride Kaluga, boîtes 250 g, 40 boîtes", "CN", 10, 40, 9000, "EUR",
         "farmed Kaluga-hybrid caviar carries a CITES label with a farm code and sells at 1,500-2,500 EUR/kg; these "
         "40 tins, bought by a Dubai provisioning agent for a superyacht at Antibes, hold large, pale-grey, soft eggs "
         "with no CITES labels and a lid code of a farm that raises no beluga, at a declared 900 EUR/kg: wild beluga "
         "caviar (Huso huso, CITES App. II, wild export quota nil) without CITES documents, flown from Dubai to Nice; "
         "French wording (caviar repeats in very many sets under farmed labels; superyacht provisioning was found in "
         "no earlier row by a keyword search)", firm("Rivage Avitaillement SARL", "FR")),
        ("WLF-05", "import", "ITSEA01", "sea", "TZ", [], "IT", "030752",
         "Pweza waliogandishwa (octopus), Zanzibar, katoni 10 kg, 1,800 katoni", "TZ", 18000, 1800, 108000, "USD",
         "frozen Zanzibar octopus comes in 10 kg blocks of curled, grey-purple animals; forty cartons at the back are "
         "too heavy, and their blocks hold sawn, creamy sections of elephant tusk with Schreger lines wrapped round the "
         "octopus: ivory (Loxodonta africana, CITES App. I) without documents, in a reefer container from Zanzibar via "
         "Dar es Salaam to Genoa for a seafood importer; Swahili wording (ivory repeats in very many sets; under frozen "
         "octopus was found in no earlier row, an octopus label appearing once, dev30-e, on sea cucumbers)",
         firm("Central Ittica Srl", "IT")),
        ("WLF-06", "import", "ESROAD01", "road", "FR", [], "ES", "030192",
         "Appâts vivants, lançons (équilles) pour la pêche au bar, viviers, 120 kg", "FR", 120, None, 1800, "EUR",
         "live sand eels for bass fishing are 10-20 cm, silver, slim fish kept in aerated wells by the kilo; these "
         "tanks in a van hold 120 kg of transparent, 6 cm, threadlike eel larvae, about 350,000 animals worth "
         "hundreds of thousands of euros in Asia: European glass eels (Anguilla anguilla, CITES App. II, Annex B, "
         "export from the Union suspended), driven from the Loire estuary through Hendaye for a Valencia 'bait shop' "
         "that flies them on to Asia; French wording (glass eels repeat in very many sets and live-bait labels in two, "
         "ragworm in blind72 and bloodworm in blind98, kept as a repeat of the family; a live sand-eel label and the "
         "road route through Hendaye were found in no earlier row by a keyword search)", firm("Horizon Cebos SL", "ES")),
        ("WLF-07", "import", "NLPOST01", "post", "ID", [], "NL", "030559",
         "Teri nasi kering (ikan teri), oleh-oleh nelayan Bitung, 2 kg", "ID", 2, None, 450000, "IDR",
         "dried teri nasi are tiny, white, straight anchovies that smell of salt fish; these two bags hold grey-brown, "
         "curled, horse-headed fish with bony rings and prehensile tails, about 600 of them: dried seahorses "
         "(Hippocampus spp., CITES App. II, Indonesian exports suspended) without documents, posted by a tuna-boat "
         "crewman in Bitung to a private person in Rotterdam; Indonesian wording (seahorses repeat in many sets under "
         "dried-fish labels, ikan bilis and anchoveta among them; a teri-nasi label was found in no earlier row by a "
         "keyword search)", person("M. Bakker", "NL")),
        ("WLF-08", "import", "PTAIR01", "air", "MZ", [], "PT", "230120",
         "Farinha de peixe, amostras para análise, 3 sacos de 25 kg", "MZ", 75, 3, 150, "USD",
         "fish-meal samples are brown, oily, fish-smelling flour in sealed bags of a kilo or two; these three 25 kg "
         "sacks hold a dry layer of fish meal over 60 kg of hard, overlapping, brown keratin scales: pangolin scales "
         "(Manis spp., CITES App. I) without documents, flown from Pemba by way of a Beira fishing company to a "
         "Lisbon 'feed laboratory'; Mozambican Portuguese wording (pangolin scales repeat in very many sets; a "
         "fish-meal label was found in no earlier row by a keyword search)", firm("Atlantic Rações Lda", "PT")),
        ("WLF-09", "import", "ESSEA01", "sea", "PH", [], "ES", "030722",
         "Frozen scallop meat (adductor), Philippine origin, 1 kg packs, 4 t", "PH", 4000, 4000, 56000, "USD",
         "scallop adductors are round, cream-white, 2-4 cm muscles; these packs hold irregular, much larger, "
         "grey-white muscle pieces with mantle edges still attached, some with a blue-green mantle fringe: giant clam "
         "meat (Tridacnidae, CITES App. II) without documents, by sea from Manila to Algeciras for a Madrid seafood "
         "distributor supplying Asian restaurants; Philippine English wording (giant clams repeat in many sets as shells; "
         "giant-clam meat under a scallop label was found in no earlier row by a keyword search)",
         firm("Meridian Mariscos SL", "ES")),
        ("WLF-10", "import", "DEAIR01", "air", "BR", [], "DE", "050800",
         "Conchas marinhas decorativas, coleção de iate, 12 kg", "BR", 12, None, 200, "USD",
         "a yacht crew's decorative shells are cowries and conchs from a souvenir shop; these 12 kg hold branching, "
         "bleached stony corals with polyp cups, pieces of brain coral and a dried black-coral branch, collected by a "
         "superyacht's crew on Abrolhos reefs: stony corals (Scleractinia) and black coral (Antipatharia), CITES App. "
         "II, without documents, sent as unaccompanied crew effects from Salvador to Hamburg; Brazilian Portuguese "
         "wording (corals repeat in many sets under shell and resin labels; superyacht crew effects were found in no "
         "earlier row by a keyword search)", person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "GRAIR01", "air", "TR", "GR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (watermaker sanitation on a liveaboard yacht)", "TR",
     4.6, 4, 70, "EUR", [("PRECURSOR_LICENCE", "GR-EL.AS-55-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "US", "DK", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (radio-controlled model-boat racing)", "US", 2.3, 2, 95,
     "USD", [("PRECURSOR_LICENCE", "DK-RIGSPOL-55-0019")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "381590",
     "Spent SCR catalyst elements from ship engines, V2O5-WO3 on TiO2 (16 08 02*), for metal recovery at a licensed "
     "plant, 12 t", "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-55-0142")],
     "notified spent catalysts to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "360490",
     "Expired marine pyrotechnics (hand flares, parachute rockets, smoke floats) from liferaft servicing (16 04 03*), "
     "for destruction at a licensed plant, 4 t", "GB", 4000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-55-0067")],
     "notified waste explosive articles to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GB", "NL", "290376",
     "Recovered halon 1301, reclaimed to ISO 7201, 24 cylinders, for a licensed critical use in naval machinery spaces",
     "GB", 1100, 24, 26000, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-55-005")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "GRAIR01", "air", "US", "GR", "290314",
     "Carbon tetrachloride, analytical standard, 10 x 100 ml, for essential laboratory use (oil-in-water analysis for "
     "ships' bilge separators)", "US", 1.8, 10, 600, "USD", [("ODS_LICENCE", "GR-YPEN-ODS-55-002")],
     "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "US", "890323",
     "Sailing yawl, 19 m, built 1936 by Abeking & Rasmussen, restored, sold to a US owner", "DE", 24000, 1, 420000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-55-0008")],
     "a means of transport over 75 years old exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970121",
     "Ex-voto marine painting, oil on panel, Marseille, 1812, from a private collection, for auction in Geneva", "FR",
     3, 1, 28000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-55-0214")],
     "painting exported with the French certificate and the EU export licence"),
    ("PRM-09", "strategic", "export", "FRSEA01", "sea", "FR", "CL", "901580",
     "Autonomous underwater gliders, 1,000 m, 2 units, for a Chilean oceanographic institute", "FR", 120, 2, 260000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-55-0233"), ("END_USER_CERTIFICATE", "CL-SUBREI-EUC-55-0011")],
     "dual-use underwater gliders under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "392690",
     "Syntactic foam buoyancy blocks, 4,000 m rating, 20 units, for a Korean ROV maker", "IT", 2400, 20, 110000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-55-0140"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-55-0092")],
     "dual-use syntactic foam under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "CV", "ES", "030381",
     "Blue shark (Prionace glauca) frozen trunks, longline catch, 30 t, with CITES export permit of the flag state",
     "CV", 30000, None, 66000, "EUR", [("CITES_PERMIT", "CV-DGRM-CITES-55-0044")],
     "App. II blue shark with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "CN", "FR", "160431",
     "Caviar of farmed Kaluga hybrid (Huso dauricus x Acipenser schrenckii), 40 x 250 g, CITES-labelled, for yacht "
     "provisioning", "CN", 10, 40, 14000, "USD", [("CITES_PERMIT", "CN-CITES-55-0318")],
     "App. II farmed sturgeon caviar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Eleni Papadopoulou", "PRM-02": "Jens Kristensen", "PRM-03": "Nordhafen Recycling GmbH",
    "PRM-06": "Central Marine Lab AE", "PRM-11": "Atlantic Congelados SL", "PRM-12": "Rivage Avitaillement SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("340290", "Watermaker membrane cleaner, alkaline, 1 l", "import", ["post"], ["TR", "US"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("381190", "Marine diesel fuel biocide, 1 l", "import", ["express"], ["IS", "NO", "GB"], (20, 40), (1, 4), ["EUR", "GBP"], 1, S),
    ("340290", "Marine toilet descaler, phosphoric-acid based, 1 l", "import", ["road"], ["ME", "RS"], (1.5, 3), (800, 3000), ["EUR"], 1, S),
    ("380894", "Chlorine-dioxide water-tank tablets for boats, 1 kg tubs", "import", ["express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 1, S),
    ("390311", "Expandable polystyrene beads for fender and buoy filling", "import", ["road"], ["BA", "RS"], (2, 3.5), (500, 1500), ["EUR"], None, S),
    ("950790", "Soft plastic lures and artificial baits for longlines", "export", ["sea"], ["KE", "MR", "SN"], (6, 12), (1000, 4000), ["EUR"], 20, S),
    ("340290", "Sail and cushion cleaner, sodium percarbonate, 1 kg", "import", ["sea"], ["TN", "TR"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("340290", "Aluminium hull brightener gel, phosphoric acid, 1 l", "import", ["air"], ["KR", "US"], (4, 8), (200, 800), ["USD"], 1, S),
    ("390210", "Non-skid deck paint additive, polypropylene beads", "import", ["post"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 2, S),
    ("853949", "Ballast-water treatment UV-C lamps, new, boxed", "import", ["sea"], ["KR", "CN"], (30, 60), (500, 2000), ["USD"], 0.5, S),
    ("680690", "Calcium-silicate fire boards, asbestos-free, new", "import", ["sea"], ["CN", "TR"], (0.6, 1.2), (12000, 20000), ["USD", "EUR"], None, S),
    ("890710", "Leisure liferafts ISO 9650, new, with service certificate", "import", ["sea"], ["CN", "KR"], (15, 30), (1000, 3000), ["USD"], 0.025, S),
    ("852872", "Refurbished hotel televisions, tested, with warranty", "export", ["sea"], ["SN", "CI"], (5, 9), (2000, 6000), ["EUR"], 0.12, S),
    ("690390", "Cordierite kiln furniture, new, setters and props", "export", ["sea"], ["IN", "VN"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("400942", "Dredging hoses, rubber, new, with flanges", "export", ["sea"], ["AO", "NG"], (6, 10), (8000, 20000), ["EUR"], None, S),
    ("140490", "Crushed walnut-shell blasting media, new, 25 kg bags", "export", ["sea"], ["GH", "NG"], (0.6, 1.1), (10000, 20000), ["EUR"], None, S),
    ("740400", "Copper cable scrap, stripped, bright (ISRI 'Barley')", "export", ["sea"], ["PK", "IN"], (6, 8), (18000, 24000), ["USD"], None, S),
    ("392490", "Overstock plastic housewares, new, boxed", "export", ["sea"], ["GW", "SN"], (1.5, 3), (8000, 16000), ["EUR"], 2, S),
    ("392510", "Reconditioned IBCs, rinsed, dry, with test label", "export", ["sea"], ["LR", "SL"], (0.2, 0.4), (8000, 14000), ["EUR", "GBP"], 0.016, S),
    ("890322", "Used sailing yacht, GRP, 12 m, 2011", "import", ["sea"], ["GB", "US"], (8, 15), (7000, 10000), ["GBP", "USD"], 0.0001, S),
    ("840999", "Marine diesel spare parts, pistons and liners", "import", ["sea"], ["KR", "JP"], (15, 30), (500, 3000), ["USD"], 0.1, S),
    ("841370", "Fish pumps for pelagic trawlers, new", "export", ["sea"], ["MR", "NO"], (20, 40), (500, 3000), ["EUR"], 0.002, S),
    ("940690", "Offshore office and workshop containers, A60, unfitted", "export", ["sea"], ["GQ", "AO"], (2, 4), (8000, 16000), ["GBP", "EUR"], 0.0002, S),
    ("390950", "Marine buoyancy foam kits, water-blown, two-part", "import", ["sea"], ["EG", "TR"], (4, 7), (1000, 4000), ["USD", "EUR"], 0.1, S),
    ("271019", "Diesel injector calibration fluid ISO 4113, drums", "import", ["sea"], ["CN", "KR"], (2, 4), (4000, 12000), ["USD"], None, S),
    ("841830", "12 V compressor cool boxes for boats, R-600a", "import", ["sea"], ["CN", "TH"], (10, 18), (2000, 6000), ["USD"], 0.07, S),
    ("392330", "Composite LPG cylinders, empty, new, for boat galleys", "export", ["sea"], ["TN", "MA"], (6, 10), (2000, 6000), ["EUR"], 0.2, S),
    ("950300", "Wooden ship model kits, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 4), ["EUR"], 0.5, S),
    ("890393", "Sea kayaks, polyethylene, new", "import", ["sea"], ["CN"], (8, 14), (2000, 5000), ["USD"], 0.04, S),
    ("740400", "Bronze foundry returns, clean, sorted", "import", ["sea"], ["TN", "TR"], (5, 7), (8000, 20000), ["EUR", "USD"], None, S),
    ("970191", "Contemporary marine paintings by living artists, oil", "export", ["air"], ["US", "CH"], (100, 300), (20, 100), ["EUR"], 0.3, S),
    ("442011", "Carved teak garden figures, new", "import", ["sea"], ["ID", "TH"], (3, 6), (2000, 6000), ["USD"], 0.05, S),
    ("680299", "Drilled limestone garden stones, new", "import", ["sea"], ["TR", "EG"], (0.3, 0.6), (10000, 20000), ["USD", "EUR"], 0.02, S),
    ("491191", "Framed giclée reproductions of marine paintings", "import", ["air"], ["US", "CN"], (20, 40), (100, 400), ["USD"], 0.3, S),
    ("901480", "Brass reproduction sextants and octants, boxed", "import", ["post"], ["IN"], (20, 40), (1, 4), ["USD", "EUR"], 0.5, S),
    ("442090", "Blank wooden votive plaques (ema), new", "import", ["post"], ["JP"], (20, 40), (1, 3), ["JPY", "EUR"], 10, S),
    ("901580", "Drifting weather buoys for oceanography, surface type", "export", ["sea"], ["CL", "ZA"], (60, 120), (200, 800), ["EUR"], 0.05, S),
    ("852691", "AIS class B transponders for leisure boats", "import", ["air"], ["CN", "TW"], (80, 150), (100, 400), ["USD"], 2, S),
    ("840721", "Outboard motors, 40 hp, new", "import", ["sea"], ["JP", "CN"], (25, 40), (3000, 8000), ["USD"], 0.012, S),
    ("847989", "Diver-held hull-cleaning machines for yachts, new", "export", ["sea"], ["ME", "TR"], (60, 120), (100, 400), ["EUR"], 0.03, S),
    ("711790", "Pink glass pearls for costume jewellery", "import", ["express"], ["CN", "CZ"], (20, 50), (1, 2), ["USD", "EUR"], 200, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160
# and blind168, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("401699", "Rubber doormats, moulded", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 0.5, N),
        ("450390", "Cork coasters, sets of six", "import", ["sea"], ["CN", "MA"], (6, 10), (1000, 4000), ["USD", "EUR"], 8, N),
        ("441919", "Bamboo bread bins with lid", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 0.6, N),
        ("392690", "Foam garden kneelers", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind173", 20550101, HERE)


if __name__ == "__main__":
    main()
