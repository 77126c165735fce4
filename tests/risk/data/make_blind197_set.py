#!/usr/bin/env python3
"""Writes the hundred-and-ninety-seventh blind set (tests/risk/data/blind197-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: energy and utilities (power
stations, solar and wind installers, grid and substation equipment, battery storage,
hydropower, district heating, hydrogen, and water and gas utilities).
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
would. Ids are BL197-*:

    python3 tests/risk/data/make_blind197_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITAIR01", "air", "IN", [], "IT", "381090",
         "अर्थिंग जोड़ों के लिए एक्ज़ोथर्मिक वेल्डिंग पाउडर, 115 ग्राम कार्ट्रिज, 1,600 नग", "IN", 184, 1600, 2900, "USD",
         "exothermic welding powder for earthing joints is a dark grey-brown mix of copper oxide and aluminium, sold in "
         "plastic cartridges each with a steel retaining disc and a pinch of starting powder; these 1,600 cartridges hold "
         "a white, free-flowing crystalline powder with no disc and no starting powder, that does not react in a graphite "
         "mould under a flint igniter, flares violet when a pinch meets sugar on a hot plate, and the inner liners read "
         "'KClO4': potassium perchlorate (Annex I above 40 %), retail-packed for a Bologna electrical-wholesale web shop "
         "that sells earthing kits to the public (DIY solar and lightning-protection installers), flown from Ahmedabad; "
         "Hindi wording (potassium perchlorate repeats in many sets and rail-thermite labels in several (blind5, blind15, "
         "blind30, blind34); an earthing exothermic-welding label was found in no earlier row by a keyword search)",
         firm("Meridian Materiale Elettrico Srl", "IT")),
        ("PRE-02", "import", "IEPOST01", "post", "GB", [], "IE", "290511",
         "Methanol fuel cartridge M5 for campervan fuel cell, 1 pc", "GB", 4.0, 1, 55, "GBP",
         "a fuel-cell methanol cartridge of the M5 kind holds 5 l of methanol (about 4 kg), smells of spirit and carries "
         "flammable and toxic marks and a sealed quick connector; this one weighs 5.7 kg, its contents are pale yellow, "
         "smell faintly fruity and float the hydrometer at 1.14 kg/l, and the connector has been cut off and replaced with "
         "a screw cap: about 5 l of nitromethane (Annex I above 16 %), posted from Leeds to a private person in Galway "
         "although flammable liquids may not go by post; UK English wording (nitromethane repeats in many sets and "
         "methanol labels in several, on model fuel and on Norwegian drag-racing methanol (blind174); a fuel-cell "
         "cartridge label was found in no earlier row by a keyword search)", person("Ms A. Byrne", "IE")),
        ("PRE-03", "import", "NLSEA01", "sea", "CN", [], "NL", "382499",
         "全钒液流电池电解液 (家用储能补充液), 5 升桶, 1,200 桶", "CN", 8100, 1200, 9600, "USD",
         "vanadium flow-battery electrolyte is vanadium sulphate in dilute sulphuric acid, a dark blue-green to violet "
         "liquid of about 1.35 kg/l shipped in IBCs to storage projects, not in 5-litre cans to homes; these 1,200 cans "
         "hold a colourless to pale-yellow liquid that fumes brown when opened, yellows the skin and dissolves a copper "
         "coin with brown gas, with no vanadium in a spot test: about 65 % nitric acid (Annex I above 3 %), retail-packed "
         "for a Venlo home-energy web shop that sells 'flow-battery refills' to members of the public, by sea from Dalian "
         "to Rotterdam; Chinese wording (nitric acid repeats in many sets; a vanadium-electrolyte or flow-battery label "
         "was found in no earlier row by a keyword search)", firm("Horizon Thuisenergie BV", "NL")),
        ("PRE-04", "import", "GRROAD01", "road", "MK", [], "GR", "382499",
         "Материјал за подобрување на заземјувањето (GEM), вреќи од 11,3 кг, 1.200 вреќи", "MK", 13560, 1200, 8400, "EUR",
         "ground-enhancing material for earthing electrodes is a black, carbon-rich, cement-like powder that is mixed "
         "into a slurry round the rod and sets hard; these 1,200 bags hold white, free-flowing prills that turn ice-cold "
         "in water, never set, test at 34 % N and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or "
         "more), for a Thessaloniki solar-mounting and electrical web shop that sells it on in small bags to the public, "
         "on a lorry at Evzoni; Macedonian wording (ammonium nitrate repeats in many sets; an earthing-compound label was "
         "found in no earlier row by a keyword search)", firm("Delta Ilektrologika AE", "GR")),
        ("PRE-05", "import", "ATAIR01", "air", "TH", [], "AT", "382499",
         "วัสดุเปลี่ยนสถานะ (PCM) ชนิดเกลือไฮเดรต สำหรับแบตเตอรี่ความร้อน ถุงละ 5 กก. จำนวน 240 ถุง", "TH", 1200, 240,
         3600, "USD",
         "salt-hydrate phase-change material for heat batteries is a sodium-sulphate or calcium-chloride hydrate: damp "
         "crystals that melt in their own water a little above room temperature and set again on cooling; these 240 "
         "bags hold dry, glassy, cubic crystals that stay solid in boiling water, draw damp, flare yellow on a gas ring, "
         "and the filler's sheet gives CAS 7775-09-9: sodium chlorate (Annex I above 40 %), retail-packed for a Graz "
         "heat-battery start-up whose web shop sells DIY storage kits to the public, flown from Bangkok; Thai wording "
         "(sodium chlorate repeats in many sets and sodium-acetate hand-warmer labels in two (blind59, blind93); a "
         "heat-battery PCM label was found in no earlier row by a keyword search)",
         firm("Alpina Wärmespeicher GmbH", "AT")),
        ("PRE-06", "import", "ATPOST01", "post", "CH", [], "AT", "382000",
         "Sole-Konzentrat für Erdwärmesonden (Wärmepumpe), 2 Kanister à 2 Liter", "CH", 4.2, 2, 58, "CHF",
         "brine concentrate for the probes of a ground-source heat pump is an ethanol- or glycol-based antifreeze of "
         "about 1.0 kg/l that smells of spirit or is sweet and viscous; these two cans, posted from Winterthur to a "
         "private person in Feldkirch, weigh 1.20 kg/l, hold a water-thin, odourless liquid that foams on a rusty nail "
         "and whitens the skin, and have vented caps: about 50 % hydrogen peroxide (Annex I above 12 %); Swiss German "
         "wording (hydrogen peroxide repeats in many sets and antifreeze labels in several; a heat-pump probe-brine "
         "label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-07", "import", "HRPOST01", "post", "BA", [], "HR", "382000",
         "Antifriz za solarne kolektore, na bazi propilen glikola, 2 x 5 l", "BA", 10.4, 2, 38, "EUR",
         "solar-collector antifreeze is a propylene-glycol fluid of 1.04 kg/l, slightly viscous, sweetish and often "
         "dyed; these two cans, posted from Sarajevo to a private person in Split, weigh 1.84 kg/l and hold an oily, "
         "colourless liquid that chars a paper towel and grows hot with a drop of water: about 96 % sulphuric acid "
         "(Annex I above 15 %), although corrosive liquids may not go by post; Bosnian wording (sulphuric acid repeats "
         "in many sets and propylene-glycol labels in several, on other precursors; a solar-collector antifreeze label "
         "was found in no earlier row by a keyword search)", person("Ivan Kovač", "HR")),
        ("PRE-08", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "382499",
         "Katodli himoya anodlari uchun to'ldiruvchi (gips-bentonit-natriy sulfat), 25 kg qop, 400 qop", "UZ", 10000,
         400, 3200, "USD",
         "cathodic-protection anode backfill is a grey-beige, clay-like mix of gypsum, bentonite and a little sodium "
         "sulphate that turns to a paste in water; these 400 sacks hold shiny, colourless crystals that do not swell, "
         "spit violet sparks on a hot iron, flare with sugar and read CAS 3811-04-9 on the inner bags: potassium chlorate "
         "(Annex I above 40 %), for a Łódź 'pipeline-protection' firm registered at a flat that resells it in 1 kg bags "
         "on online marketplaces to members of the public, by rail from Tashkent through Kazakhstan, Russia and Belarus "
         "to Małaszewicze; Uzbek wording (potassium chlorate repeats in many sets; a cathodic-protection backfill label "
         "was found in no earlier row by a keyword search)", firm("Orion Ochrona Katodowa Sp. z o.o.", "PL")),
        ("PRE-09", "import", "ESAIR01", "express", "AE", [], "ES", "340290",
         "محلول مركز لتنظيف الألواح الشمسية، 4 عبوات × 1 لتر", "AE", 4.0, 4, 160, "AED",
         "PV-module cleaning concentrate is a mild, foaming surfactant of about 1.0 kg/l that smells of soap and is "
         "diluted a hundredfold in demineralised water; these four bottles hold a water-thin, unscented liquid of "
         "1.13 kg/l that does not foam when shaken, fizzes on a cut and whitens the skin, under vented caps: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Dubai to a private person in Almería, although "
         "oxidising liquids travel by express only as declared dangerous goods; Gulf Arabic wording (hydrogen peroxide "
         "repeats in many sets under cleaner labels; a solar-panel cleaner label was found in no earlier row by a "
         "keyword search)", person("Sr. J. García", "ES")),
        ("PRE-10", "import", "BGSEA01", "sea", "GE", [], "BG", "293499",
         "ბუნებრივი აირის ოდორანტი ტეტრაჰიდროთიოფენი (THT), 200 ლ კასრი, 20 კასრი", "GE", 4000, 20, 14000, "USD",
         "THT gas odorant is a colourless liquid of about 1.0 kg/l whose stench carries hundreds of metres, bought by gas "
         "utilities in drums sealed under nitrogen; these 20 drums, on the Poti-Burgas ferry for a Burgas 'gas-services' "
         "firm with no gas network, barely smell (a faint fruity odour), weigh 1.14 kg/l, and the drum heads are stamped "
         "'CH3NO2': nitromethane (Annex I above 16 %), resold in 1-litre cans to drag-racing and model-engine "
         "hobbyists; Georgian wording (nitromethane repeats in many sets; a gas-odorant label was found in no earlier row "
         "by a keyword search)", firm("Vega Gaz Servis EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "BD", "853229",
         "Ultrakondensator-Module aus Pitchsystemen von Windenergieanlagen, gebraucht, geprüft, 1.200 Stück", "DE", 9600,
         1200, 6000, "EUR",
         "used ultracapacitor modules for re-use are sold boxed, with a capacitance and internal-resistance report per "
         "module; these 1,200, pulled from the blade-pitch back-up systems of repowered North Sea-coast wind turbines, are "
         "loose in gitterboxes, many with bulged cans, crusted vents and a solvent smell, and carry no test record: "
         "end-of-life capacitors whose cells hold an acetonitrile electrolyte, discarded equipment containing hazardous "
         "components (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to "
         "Chattogram for a 'UPS refurbisher' at 5 EUR a module; German wording (e-waste repeats in many sets; wind-turbine "
         "ultracapacitor modules were found in no earlier row by a keyword search, and a first draft (a fire-damaged "
         "battery-storage container from a Brandenburg solar park) was dropped because blind63 already holds it)",
         {"importer_country": "BD"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "382499",
         "Fluido caloportador (HTF) regenerado, eutéctico de bifenilo y óxido de difenilo, 2 isotanques, 44 t", "ES",
         44000, None, 22000, "EUR",
         "regenerated heat-transfer fluid for parabolic-trough plants is a clear, pale-yellow eutectic of biphenyl and "
         "diphenyl oxide sold with an analysis of its boiling range; these two ISO tanks, drained from the solar field "
         "of an Andalusian parabolic-trough plant during a loop replacement, hold a dark-brown, sooty liquid that smells "
         "of benzene, full of high- and low-boiling breakdown products and water, never distilled: waste synthetic "
         "heat-transmission oil (13 03 08*), hazardous waste whose export to a non-OECD country is banned, from Algeciras "
         "to Tanger Med for an Ouarzazate 'solar-services' firm; Andalusian Spanish wording (waste oils repeat in many "
         "sets and a thermal-oil label once (blind122); a parabolic-trough heat-transfer-fluid label was found in no "
         "earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "731100",
         "Contentores de cloro (tonners) vazios, para reutilização, 30 unidades", "PT", 21000, 30, 9000, "EUR",
         "empty chlorine tonners for re-use are degassed, purged, valve-capped and sold with a test certificate; these "
         "30, taken out of service at a Lisbon-area water-treatment plant when it changed to hypochlorite, were never "
         "emptied: several still hold tens of kilos of liquid chlorine under pressure, the valves are corroded and the "
         "test dates a decade past: gases in pressure containers containing hazardous substances (16 05 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda for a 'water-utility "
         "supplier'; Portuguese wording (gas-cylinder wastes repeat in several sets, and a tonner cover once, on an "
         "ozone-depleting substance (blind58); waterworks chlorine tonners were found in no earlier row by a keyword "
         "search)", {"importer_country": "AO"}),
        ("WST-04", "import", "ITSEA01", "sea", "TR", [], "IT", "251741",
         "Mikronize kalsit dolgu maddesi, seramik ve boya için, big bag, 24 ton", "TR", 24000, None, 3600, "EUR",
         "micronised calcite filler is a bright-white, soft, even powder of ground marble sold with a whiteness and "
         "particle-size sheet; these bags hold a grey-brown, gritty powder of broken, banded scale that reads arsenic and "
         "antimony in the per-cent range and sets off the port's radiation portal, scraped from the wells, separators and "
         "reinjection lines of a Büyük Menderes geothermal power plant: geothermal scale containing hazardous substances, "
         "hazardous waste brought into the Union without the notification and consent Regulation 2024/1157 requires, by "
         "sea from Izmir to Ravenna for a 'ceramic-tile supplier'; Turkish wording (calcite labels repeat in several sets "
         "on other goods; geothermal scale was found in no earlier row by a keyword search, and a first draft (oil fly "
         "ash from a Cypriot power station as vanadium concentrate) was dropped because blind59 already holds it)",
         firm("Central Minerali Srl", "IT")),
        ("WST-05", "export", "SISEA01", "sea", "SI", [], "EG", "850720",
         "Stacionarni akumulatorji OPzS, rabljeni, preizkušeni, za otočne sončne sisteme, 480 celic", "SI", 36000, 480,
         14400, "EUR",
         "used stationary batteries for solar off-grid systems come tested cell by cell, filled and capacity-rated; "
         "these 480 tall OPzS cells, pulled at the end of their life from Slovenian substation and telecom battery rooms, "
         "are dry or cracked, with white sulphate on the plates and acid leaking into the pallets, and carry no test "
         "record, sold at scrap-lead price to an Alexandria 'solar' firm: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Koper; Slovenian wording (lead-acid "
         "batteries repeat in many sets; stationary OPzS cells under a solar off-grid label were found in no earlier row "
         "by a keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "310590",
         "Nawóz płynny z żelazem chelatowanym Fe-EDTA, 6 % Fe, kontenery IBC, 20 t", "PL", 20000, None, 3000, "EUR",
         "Fe-EDTA liquid fertiliser is a clear, dark-brown chelate solution with a label giving 6 % iron and a "
         "registration number; these IBCs hold a dark, murky liquid with sediment that smells of ammonia, reads pH 9, "
         "copper and hydrazine residues and only 1 % iron: the spent chemical-cleaning solution from the boilers of a "
         "Silesian coal-fired power station (ammoniated EDTA with dissolved iron, copper and oxygen scavenger), aqueous "
         "liquid waste containing hazardous substances (16 10 01*), whose export to a non-OECD country is banned, on a "
         "lorry at Korczowa for a Lviv 'agro' firm; Polish wording (liquid fertiliser labels repeat in several sets on "
         "other wastes and chelate labels in a few; boiler-cleaning waste was found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "850213",
         "Ġeneraturi tad-diżil użati, 1 MVA, 2 unitajiet", "MT", 24000, 2, 60000, "EUR",
         "a power-station clearance container from Marsaxlokk for a Tripoli utility contractor: used generating sets and "
         "valves are what such clearances sell, but the third item's 'insulating oil for re-use' is 40 drums of dark, "
         "cloudy transformer oil drained from 1970s units, with sludge, water and a field test over 50 ppm PCB: waste "
         "insulating oil containing PCBs (13 03 01*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; Maltese wording (PCB oil repeats in many sets, once "
         "behind an offshore-base clearance for Misurata (blind188), kept as a repeat of that family; a Maltese "
         "power-station clearance for Tripoli is the new part)",
         dict({"importer_country": "LY"},
              _more_items=[item("848180", "Valvi u spare parts użati tal-power station, 120 biċċa", "MT", 3000, 4000, "EUR", qty=120),
                           item("271019", "Żejt iżolanti tat-trasformaturi, użat, għall-użu mill-ġdid, 40 drum", "MT", 8000, 800, "EUR", qty=40)])),
        ("WST-08", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "730439",
         "Oceľové rúry z tepelných rozvodov, použité, na opätovné použitie, 22 t", "SK", 22000, None, 2200, "EUR",
         "used steel pipes for re-use are cut to length, cleaned and sold by the metre; these 22 t are 1980s "
         "pre-insulated district-heating pipes dug out of a Bratislava housing estate, still in their yellowed "
         "polyurethane foam and PE jacket, and the foam, cut open, releases CFC-11 on a gas test: construction waste "
         "containing ozone-depleting substances (17 06 03*), which must be destroyed and whose export to a non-OECD "
         "country is banned, on a lorry through Hungary to a Novi Sad 'pipe trader'; Slovak wording (ODS-blown foams "
         "repeat in many sets and pre-insulated pipes in three ozone rows (blind61, blind150, blind172); dug-up "
         "district-heating pipes as waste were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "GH", "281520",
         "Kaliloog 30 %, technische kwaliteit, gerecupereerd, voor hergebruik, 20 IBC", "BE", 25000, 20, 2500, "EUR",
         "recovered 30 % potassium hydroxide for re-use is a clear, colourless lye sold with an assay; these 20 IBCs "
         "hold a grey-green, cloudy lye with black nickel and iron fines, carbonate crust and dissolved asbestos-free "
         "separator debris, drained from the stacks of an alkaline electrolyser at a Flemish green-hydrogen pilot plant "
         "at its overhaul: spent alkaline solution containing hazardous substances (06 02 04*, 16 10 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Antwerp to Tema for a 'soap maker'; Flemish wording "
         "(spent alkalis and caustics repeat in several sets; electrolyser lye was found in no earlier row by a keyword "
         "search)", {"importer_country": "GH"}),
        ("WST-10", "import", "ROSEA01", "sea", "GE", [], "RO", "740400",
         "Պղնձի ջարդոն, հիդրոգեներատորի ստատորի ձողեր, 18 տոննա", "AM", 18000, None, 90000, "USD",
         "copper scrap from generator rewinding is bare, stripped bar and wire sold on its copper content; these 18 t "
         "are whole stator bars from a 1960s generator of the Sevan-Hrazdan hydropower cascade, still wrapped in "
         "brittle, grey mica-and-asbestos tape and varnish that sheds fibres when bent, for a Constanța 'copper "
         "refiner': insulation materials containing asbestos (17 06 01*), hazardous waste brought into the Union without "
         "the notification and consent Regulation 2024/1157 requires, by sea from Poti; Armenian wording (asbestos "
         "wastes repeat in many sets and copper-scrap labels in several; asbestos-taped hydro-generator stator bars were "
         "found in no earlier row by a keyword search)", firm("Central Metale Neferoase SRL", "RO")),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "DZ", [], "FR", "731100",
         "Bouteilles de CO2 d'extinction pour enceintes de turbines à gaz, rééprouvées, 45 kg, 30 unités", "DZ", 2400, 30,
         6000, "EUR",
         "CO2 bottles from a gas-turbine enclosure system are tall, heavy cylinders at about 55 bar with a siphon tube "
         "and a CO2 label; these 30, removed from an Algerian combined-cycle power plant near Oran during a refit, are "
         "shorter bottles pressurised with nitrogen to 42 bar, their liquid fills half the volume and the stamps under "
         "the paint read '1301': bromotrifluoromethane (halon 1301), whose import into the Union is banned outside "
         "licensed critical uses, by sea from Oran to Marseille for a fire-protection dealer; Algerian French wording "
         "(halon 1301 repeats in many sets, as used ship-system CO2 cylinders in blind104 and as generator-purge nitrogen "
         "in a relocated gas-turbine plant in blind178; kept as a repeat of the CO2-cylinder family, a gas-turbine "
         "enclosure from Algeria is the new part)",
         firm("Rivage Protection Incendie SARL", "FR")),
        ("OZN-02", "import", "ROSEA01", "sea", "CN", [], "RO", "320890",
         "防污闪涂料 (RTV 长效型), 烃类溶剂型, 20 公斤桶, 400 桶", "CN", 8000, 400, 24000, "USD",
         "RTV anti-pollution-flashover coating for high-voltage insulators is a grey silicone rubber dispersed in a "
         "light hydrocarbon solvent: flammable, about 1.1 kg/l and smelling of petrol; these 400 pails, for a Bucharest "
         "grid-maintenance contractor, do not burn, weigh 1.35 kg/l, smell sweet like chloroform, and the solvent "
         "flashed off a sample is 1,1,1-trichloroethane: a product containing methyl chloroform, whose import into the "
         "Union is banned, by sea from Shanghai to Constanța; Chinese wording (methyl chloroform repeats in many sets; "
         "an insulator-coating label was found in no earlier row by a keyword search)",
         firm("Central Mentenanță Rețele SRL", "RO")),
        ("OZN-03", "export", "DKSEA01", "sea", "DK", [], "KE", "940690",
         "Brugte præfabrikerede koblingsstationer (e-house) 10 kV med ventilationsanlæg, 3 stk.", "DK", 45000, 3, 90000,
         "EUR",
         "a used e-house for re-erection is sold with its switchgear test report and with its air conditioning on an "
         "HFC or emptied; these three 1990s substation containers from a Jutland wind-farm repowering keep their original "
         "rooftop units, each charged with 12 kg of HCFC-22 according to the plates and a gauge reading: equipment "
         "containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Aarhus to Mombasa for a "
         "Kenyan wind-farm contractor; Danish wording (R-22 equipment for export repeats in many sets; substation "
         "e-houses were found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "841861",
         "Теплові насоси повітря-вода, моноблок, R-290, 6 шт.", "CN", 900, 6, 12000, "EUR",
         "a heat-pump installer's van at Dorohusk for a Lublin installer: monobloc heat pumps on R-290 and copper coils "
         "are what such installers buy, but the third item's '40 rolls of pipe insulation' are 40 disposable 11.3 kg "
         "cylinders of R-410A wrapped in insulation sleeves, 450 kg declared as 80: a hydrofluorocarbon placed on the "
         "Union market without quota, in non-refillable containers that the F-gas Regulation (2024/573) forbids, hidden "
         "as the last item of a three-item declaration; Ukrainian wording (HFCs in disposable cylinders repeat in many "
         "sets and an air-conditioning installer's order with a pipe-insulation line once (blind189); behind heat pumps "
         "for an installer at Dorohusk is the new part)",
         dict(firm("Nordhafen Pompy Ciepła Sp. z o.o.", "PL"),
              _more_items=[item("741121", "Мідні труби в бухтах, 15 м, 40 бухт", "UA", 400, 3200, "EUR", qty=40),
                           item("400811", "Трубна ізоляція (спінений каучук), 40 рулонів", "UA", 80, 240, "EUR", qty=40)])),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", [], "PK", "850231",
         "Gebruikte windturbines 600 kW, gedemonteerd, voor herplaatsing, 4 sets", "NL", 160000, 4, 280000, "EUR",
         "second-hand wind turbines for re-erection are sold with their nacelle fire extinguishers replaced or removed; "
         "the four 1990s Frisian turbines in this shipment still carry in each nacelle and tower base two portable "
         "extinguishers of the original fit, green-labelled and stamped 'BCF', holding bromochlorodifluoromethane: "
         "equipment containing halon 1211, whose export from the Union is banned outside critical uses (Regulation "
         "2024/590), from Rotterdam to Karachi for a Sindh wind-farm developer; Dutch wording (halon 1211 extinguishers "
         "repeat in many sets; second-hand wind turbines were found in no earlier ozone row by a keyword search)",
         {"importer_country": "PK"}),
        ("OZN-06", "import", "PTSEA01", "sea", "KR", [], "PT", "381400",
         "전력 케이블 접속재용 세척제, 비인화성, 500 ml 캔, 2,400 캔", "KR", 1440, 2400, 7200, "USD",
         "cable-jointing cleaners for medium-voltage joints are isopropanol or hydrocarbon wipes and sprays, flammable, "
         "about 0.8 kg/l; these 2,400 cans for a Porto cable-jointing contractor are marked non-flammable, hold a liquid "
         "of 1.24 kg/l with an ether-like smell that boils off in the hand, and the drum numbers on the filler's sheet "
         "read '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, by sea from Busan "
         "to Leixões; Korean wording (HCFC-141b repeats in many sets under cleaner labels; a cable-jointing label was "
         "found in no earlier row by a keyword search)", firm("Atlântico Junções de Cabos Lda", "PT")),
        ("OZN-07", "export", "SESEA01", "sea", "SE", [], "IQ", "841480",
         "SF6-gasservicevagnar, begagnade, renoverade, 4 st.", "SE", 6400, 4, 96000, "EUR",
         "SF6 gas-service carts recover, store and refill switchgear gas and liquefy it with a small refrigeration unit "
         "that in carts sold today runs on an HFC or HFO; these four 1990s carts from a Swedish grid operator's "
         "substation depots keep their original condensing units, charged with HCFC-22 according to the plates and "
         "a leak-detector reading: equipment containing HCFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Gothenburg to Umm Qasr for a Basra electricity contractor; Swedish wording (R-22 equipment for "
         "export repeats in many sets; SF6 service carts were found in no earlier row by a keyword search)",
         {"importer_country": "IQ"}),
        ("OZN-08", "import", "GRSEA01", "sea", "IL", [], "GR", "841869",
         "יחידות אגירת קרח לקירור מבנים, משומשות, לשיפוץ, 4 יחידות", "IL", 14000, 4, 24000, "USD",
         "ice thermal-storage units for shifting air-conditioning load to night-time power are tanks with coils and a "
         "glycol chiller, sold for refurbishment drained or on an HFC; these four from a Tel Aviv office tower, for an "
         "Athens energy-services company, keep chillers charged with HCFC-22 (the plates say so and the gauges read "
         "full): equipment containing HCFCs, whose import into the Union is banned, by sea from Haifa to Piraeus; Hebrew "
         "wording (R-22 equipment repeats in many sets and an ice-bank cooler once (blind63, on drinks dispensers); ice "
         "thermal-storage units were found in no earlier row by a keyword search)",
         firm("Delta Energeiaki Ypiresies AE", "GR")),
        ("OZN-09", "import", "NLSEA01", "sea", "JP", [], "NL", "841869",
         "水素ステーション用プレクーラー（中古・整備済み）、冷媒 R-449A、2 台", "JP", 7000, 2, 60000, "USD",
         "pre-coolers for hydrogen refuelling stations chill the gas to -40 °C with an HFC blend or CO2 and are sold "
         "with their refrigerant record; these two from a decommissioned Japanese station, for a Groningen hydrogen "
         "start-up, carry R-449A stickers over older plates, their gauges read the pressure of R-22 rather than of "
         "R-449A and a sample from the service port is chlorodifluoromethane: equipment containing HCFC-22, whose import "
         "into the Union is banned, by sea from Yokohama to Rotterdam; Japanese wording (R-22 equipment under HFC "
         "stickers repeats in many sets; hydrogen-station pre-coolers were found in no earlier row by a keyword "
         "search)", firm("Horizon Waterstof BV", "NL")),
        ("OZN-10", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "841510",
         "Hybrid solar air conditioners (PV/AC, DC inverter), R-32, 12,000 BTU, 400 sets", "CN", 16000, 400, 88000, "USD",
         "hybrid PV air conditioners on R-32 carry an A2L mark, 0.6-0.8 kg of a 2.4 MPa refrigerant and a printed "
         "charge plate; these 400 sets, landed at Thessaloniki in transit from Ningbo to Skopje for a solar installer, "
         "have R-32 stickers over scraped plates, service-port pressures of R-22 and a refrigerant identifier reading "
         "HCFC-22: equipment containing HCFCs moved through the Union without the licence Regulation 2024/590 requires; "
         "Chinese exporters' English wording (R-22 air conditioners repeat in many sets; solar hybrid air conditioners "
         "in transit through Thessaloniki were found in no earlier row by a keyword search)",
         {"importer_country": "MK"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "AL", [], "IT", "253090",
         "Mostra bërthamash nga shtrati i detit (vibrocore) për studimin gjeoteknik të kabllos nënujore, 14 arka", "AL",
         1400, 14, 700, "EUR",
         "vibrocore samples from a submarine-cable route survey are lengths of sediment in sealed plastic liners, "
         "labelled by station and depth, bound for a laboratory; four of these 14 crates hold no liners but five whole "
         "and several broken Greco-Italic and Lamboglia 2 amphorae with marine concretions, a resin lining and a stamped "
         "handle, lifted by the survey vessel's crew from a wreck on the cable corridor off Durrës: underwater "
         "archaeological objects whose export Albania forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Durrës to Bari for a Puglia 'marine survey' firm; Albanian wording (amphorae "
         "repeat in many sets; vibrocore or cable-route survey samples were found in no earlier row by a keyword "
         "search)", firm("Meridian Rilievi Marini Srl", "IT")),
        ("CUL-02", "export", "ESROAD01", "road", "ES", [], "AD", "780200",
         "Ferralla de plom, canonades velles de la xarxa d'aigua, 180 kg", "ES", 180, None, 360, "EUR",
         "lead scrap from a water-main replacement is crushed, bent service pipe sold by the kilo; this lot is eleven "
         "heavy Roman water pipes (fistulae aquariae) of pear-shaped section with raised cast inscriptions naming the "
         "plumber and the owner, found in a trench during the renewal of Tarragona's water mains: archaeological "
         "objects over 100 years old from excavations, which need an export licence at any value (Regulation 116/2009) "
         "and belong to the State under Spanish heritage law, by road at La Farga de Moles for an Andorran 'metals "
         "dealer' who sells to collectors; Catalan wording (Roman objects from Tarragona repeat in several sets; "
         "inscribed water pipes under a lead-scrap label were found in no earlier row by a keyword search)",
         {"importer_country": "AD"}),
        ("CUL-03", "export", "DESEA01", "sea", "DE", [], "US", "940550",
         "Gebrauchte Straßenleuchten mit Masten, Gusseisen, zur Umrüstung auf LED, 24 Stück", "DE", 9600, 24, 7200,
         "EUR",
         "used street lights for LED conversion are modern aluminium luminaires on steel columns; these 24 are cast-iron "
         "gas lanterns of the Schinkel and Bamag types with their fluted masts, mantles and pilot valves, taken down from "
         "a listed Berlin street ensemble when the city changed its gas lighting to electric, each over 100 years old: "
         "elements of a historical monument over 100 years old, which need an export licence at any value (Regulation "
         "116/2009), sold to a Chicago dealer in architectural antiques, from Bremerhaven; German wording (architectural "
         "elements repeat in many sets and used street lanterns once as a waste (blind57); Berlin gas lanterns were "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "export", "ITPOST01", "post", "IT", [], "US", "853690",
         "Capicorda in ottone per cavi elettrici, campionatura, 3 pezzi", "IT", 1.6, 3, 30, "EUR",
         "brass cable lugs are bright, machined tubes flattened and drilled at one end; these three are small, "
         "green-patinated bronze figures (a warrior with a horned helmet and two votive boats with stag heads) with earth "
         "in the casting folds, found by a worker digging the foundations of a wind-farm access road near Macomer: "
         "Nuragic bronzes (Iron Age), archaeological objects from excavations, which need an export licence at any value "
         "(Regulation 116/2009) and belong to the Italian State, posted from Nuoro to a collector in New Mexico; Italian "
         "wording (Nuragic bronzes repeat in several sets; a cable-lug label was found in no earlier row by a keyword "
         "search)", {"consignee_name": "Mr R. Alvarez", "importer_country": "US"}),
        ("CUL-05", "import", "CYAIR01", "express", "EG", [], "CY", "741980",
         "جلندات كابلات نحاس أصفر مقاس M25، عينات، 40 قطعة", "EG", 3.8, 40, 120, "USD",
         "brass cable glands are bright, threaded, hexagonal fittings with a rubber seal; among these 40 are 14 small, "
         "dark-green cast bronze figures of Osiris with crook and flail and of Isis nursing Horus, with desert sand in "
         "the recesses, dug up by workers on a solar-park site near Aswan: Late Period Egyptian bronzes, archaeological "
         "objects whose export Egypt forbids, brought in without the import licence Regulation 2019/880 requires, by "
         "express from Cairo to a Limassol 'electrical contractor' who sells antiquities online; Egyptian Arabic "
         "wording (Egyptian bronzes repeat in several sets, an Osiris figure once (blind183); a cable-gland label was "
         "found in no earlier row by a keyword search)", firm("Delta Electrical Ltd", "CY")),
        ("CUL-06", "import", "FRAIR01", "air", "TD", [], "FR", "940599",
         "Pièces de lampadaires solaires défectueuses, retour sous garantie, 3 colis", "TD", 45, 3, 150, "EUR",
         "warranty returns of solar street lights are dead batteries, controllers and LED heads with a return number; "
         "one of these three parcels, from a N'Djamena solar installer, holds four terracotta heads with pellet eyes, "
         "incised scarification and river-silt crusts, broken at the neck, from the Sao mounds south of Lake Chad: Sao "
         "terracottas (first millennium AD), archaeological objects whose export Chad forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from N'Djamena to Paris; Chadian French wording (Sao "
         "terracottas repeat in two sets (blind124, blind180) under craft labels, kept as a repeat of the good; a "
         "solar-light warranty label was found in no earlier row by a keyword search)",
         firm("Rivage Éclairage Solaire SARL", "FR")),
        ("CUL-07", "import", "ATAIR01", "air", "NP", [], "AT", "841090",
         "पेल्टन टर्बाइन रनरका बकेटहरू, मर्मतका लागि फिर्ता, १ क्रेट", "NP", 220, 1, 900, "USD",
         "Pelton runner buckets sent back for weld repair are eroded stainless castings with the plant's tags and a "
         "repair order; this crate from a Sindhupalchok hydropower plant holds four buckets and, packed between them in "
         "foam, a 60 cm gilt-copper repoussé figure of Avalokiteshvara with inset turquoise, worn gilding and the fixing "
         "holes of a shrine, taken from a village monastery in the same valley: a Malla-period Himalayan sculpture whose "
         "export Nepal forbids, brought in against the UNESCO 1970 convention (and, above the value threshold, without "
         "the importer statement of Regulation 2019/880), flown from Kathmandu to Vienna for a Graz 'turbine service' "
         "firm; Nepali wording (Himalayan statues repeat in many sets; a turbine-repair label was found in no earlier "
         "cultural row by a keyword search)", firm("Alpina Turbinenservice GmbH", "AT")),
        ("CUL-08", "import", "BESEA01", "sea", "IN", [], "BE", "680299",
         "Sandstone ballast blocks for flat-roof solar mounting, Dholpur stone, 40 pcs", "IN", 4800, 40, 1600, "USD",
         "solar ballast blocks are plain, sawn, rectangular sandstone slabs of one size, priced by the tonne; six of "
         "these 40 are carved panels with dancing apsaras, kirtimukha masks and a dedicatory line in Devanagari, lime "
         "mortar still on their backs, cut from the walls of a 13th-century stepwell (baori) in Rajasthan during a "
         "'water-harvesting restoration': elements of a monument over 250 years old whose export India forbids, brought "
         "in without the import licence Regulation 2019/880 requires, by sea from Mundra to Antwerp for a Ghent 'solar "
         "installer' that supplies garden-design dealers; Indian English wording (Indian temple stone repeats in "
         "several sets; stepwell panels among solar ballast were found in no earlier row by a keyword search)",
         firm("Atlantic Solar Mounting SA", "BE")),
        ("CUL-09", "import", "ESAIR01", "air", "PE", [], "ES", "901580",
         "Estación total usada, retorno de proyecto hidroeléctrico, 2 unidades", "PE", 24, 2, 3000, "USD",
         "a survey firm's equipment coming back to Madrid from a hydropower project in the Chancay valley: total "
         "stations, tripods and prisms are what such crews bring home, but the third item's 'geotextile samples' are six "
         "faded, fragile, tapestry-woven cotton and camelid-fibre textiles with birds and fish in brown, cream and red, "
         "from a looted Chancay cemetery near the works (AD 1000-1470): archaeological objects whose export Peru "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration, flown from Lima to Madrid; Peruvian Spanish wording (Chancay textiles repeat in many "
         "sets; a geotextile label was found in no earlier row by a keyword search)",
         dict(firm("Meridian Topografía SL", "ES"),
              _more_items=[item("901590", "Trípodes y prismas topográficos usados, 12 piezas", "PE", 40, 800, "USD", qty=12),
                           item("560392", "Muestras de geotextil no tejido, 6 piezas", "PE", 3, 30, "USD", qty=6)])),
        ("CUL-10", "import", "DEAIR01", "air", "ET", [], "DE", "902830",
         "የቅድመ ክፍያ ኤሌክትሪክ ቆጣሪዎች፣ ለዋስትና ጥገና የሚመለሱ፣ 120 ቁጥር", "ET", 180, 120, 1200, "USD",
         "prepaid electricity meters returned for warranty repair come in the maker's trays with fault tags; in two of "
         "these cartons the meters sit on four parchment manuscripts in Ge'ez with red and black ink, painted saints, "
         "wooden boards and leather satchels, from a Tigray church library: Ethiopian church manuscripts over 100 years "
         "old whose export Ethiopia forbids, brought in against the UNESCO 1970 convention (and, above its threshold, "
         "without the importer statement of Regulation 2019/880), flown from Addis Ababa to Frankfurt for a meter "
         "maker's returns agent who sells manuscripts on the side; Amharic wording (Ge'ez manuscripts repeat in many "
         "sets; a prepaid-meter repair label was found in no earlier row by a keyword search)",
         firm("Orion Messtechnik Service GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "EEAIR01", "air", "EE", [], "KG", "850490",
         "Päikeseinverterite remondikomplektid, toiteplaadid, 300 tk", "EE", 180, 300, 4500, "EUR",
         "string-inverter repair kits are small control and fan boards at tens of euros; these 300 are 1,200 V / 600 A "
         "IGBT half-bridge modules in their makers' antistatic trays, worth about 250 EUR each, for a Bishkek 'solar "
         "installer' with no installations whose freight agent forwards to Moscow: insulated-gate bipolar transistors "
         "(8541 29), on the common high-priority list whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (IGBT modules repeat in several sets under "
         "induction-hob, welding-inverter and power-supply labels; a PV-inverter repair-kit label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "GE", "850300",
         "Haize-sorgailuetarako ordezko piezak (sorgailuaren errotorea, biraketa-koroa), Georgiako parke eoliko baterako, "
         "6 kaxa", "ES", 18000, 6, 240000, "EUR",
         "spare parts for a Georgian wind farm would go to the one operating farm near Gori with its turbines' serial "
         "numbers; these six crates (a generator rotor, a yaw ring and pitch-drive sets for 2 MW turbines of a type that "
         "stands nowhere in Georgia) go to a Poti forwarder whose bill of lading continues by ro-ro to Sevastopol, for "
         "the wind farms of occupied Crimea: goods for the energy sector in Crimea, whose sale Regulation 692/2014 "
         "forbids, from Bilbao; Basque wording (goods for Crimea repeat in several sets; wind-turbine parts through "
         "Georgia were found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-03", "import", "ITSEA01", "sea", "TR", [], "IT", "722511",
         "Tane yönlendirilmiş elektrik çeliği, soğuk haddelenmiş, rulo, Türk menşeli, 400 ton", "TR", 400000, None,
         1100000, "USD",
         "grain-oriented electrical steel comes from a handful of mills, none of them in Türkiye; these 400 t of coils "
         "for a Padua transformer maker carry the coil numbers and coating codes of a Lipetsk works, the Gebze "
         "'slitting' firm only re-wound and re-labelled them, and the Turkish certificate of origin was issued on that: "
         "Russian iron and steel products (7225 11), whose import into the Union Regulation 833/2014 forbids even when "
         "processed in a third country, by sea from Gebze to Venice; Turkish wording (Russian steel under Turkish origin "
         "repeats in several sets; grain-oriented electrical steel was found in no earlier row by a keyword search)",
         firm("Meridian Trasformatori Srl", "IT")),
        ("STR-04", "export", "HUAIR01", "air", "HU", [], "AM", "902890",
         "Okos villanyóra alkatrészek, kommunikációs modulok, 2000 db", "HU", 60, 2000, 3000, "EUR",
         "smart-meter communication modules are assembled boards with a radio and an antenna socket; these cartons "
         "hold reels of bare multilayer ceramic and tantalum capacitors (some 400,000 pieces) of military and "
         "automotive grade and no board at all, for a Yerevan 'metering' firm founded last year whose onward freight "
         "goes to Moscow: fixed capacitors (8532 21, 8532 24), on the common high-priority list whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, flown from Budapest; Hungarian wording "
         "(capacitors for Russia repeat in a few sets; a smart-meter spare-parts label on a strategic row was found in "
         "no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG"], "TR", "902620",
         "Tlakové snímače pro přepočítávače množství plynu, 80 ks", "CZ", 40, 80, 4000, "EUR",
         "pressure sensors for gas-volume correctors are cheap piezoresistive cells at about 50 EUR each; these 80 are "
         "capacitance manometers with Inconel diaphragms, 0-13 kPa full scale and 0.2 % accuracy, built to resist UF6 "
         "and worth 3,000 EUR each, for an Istanbul 'gas-metering' trader whose forwarder names a Tehran consignee: "
         "pressure transducers of dual-use 2B230, listed in the Iran regulation (267/2012), exported without a licence "
         "by lorry from Brno; Czech wording (2B230 transducers repeat in many sets; a gas-volume-corrector label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "CN", "850422",
         "Transformatory olejowe 1600 kVA 15/0,4 kV, nowe, 10 szt.", "PL", 40000, 10, 240000, "EUR",
         "distribution transformers for a Chinese buyer go to a utility contractor with a project; these ten go to a "
         "Dandong trading house with no electrical business, whose forwarding order sends them over the Yalu bridge to "
         "Sinuiju for a Pyongyang grid enterprise: electrical machinery (chapter 85), whose supply to North Korea UN "
         "Resolution 2397 and Regulation 2017/1509 forbid, directly or indirectly, by rail from Małaszewicze through "
         "Belarus, Russia and Kazakhstan to China; Polish wording (diversions to North Korea through Dandong repeat in "
         "many sets; transformers for the North Korean grid were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-07", "export", "PTSEA01", "sea", "PT", [], "TR", "681513",
         "Perfis pultrudidos de fibra de carbono para longarinas de pás eólicas, 40 rolos", "PT", 12000, 40, 480000,
         "EUR",
         "carbon pultrusions for wind-blade spar caps go to blade factories for a named project; these 40 coils of "
         "high-strength, intermediate-modulus carbon-fibre plank go to an Izmir 'blade repair' firm without a workshop, "
         "whose forwarder ships on to Bandar Abbas: carbon-fibre composite material of dual-use entries 1A002 and 1C210, "
         "listed in the Iran regulation, exported without a licence from Leixões; Portuguese wording (carbon fibre "
         "repeats in many sets; a wind-blade spar-cap label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "HRSEA01", "sea", "HR", [], "AE", "848180",
         "Ventili s mijehom za toplinarske mreže, DN 50, 160 kom", "HR", 3200, 160, 240000, "EUR",
         "district-heating valves are carbon-steel ball or globe valves at a few hundred euros; these 160 are "
         "bellows-sealed globe valves whose bodies, bellows and seats are all of Monel and Hastelloy, helium-leak tested "
         "and worth 1,500 EUR each, for a Jebel Ali trader whose consignments go on to Bandar Abbas: valves of dual-use "
         "2B350 (and 0B001 for UF6 service), listed in the Iran regulation, exported without a licence from Rijeka; "
         "Croatian wording (bellows-sealed valves repeat in many sets under plumbing, brewery, dairy, steam and "
         "garden-tap labels; a district-heating label was found in no earlier strategic row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "LTAIR01", "air", "LT", [], "AE", "903033",
         "Kompaktiškas impulsinės įtampos bandymų generatorius transformatoriams, 1 komplektas", "LT", 420, 1, 38000, "EUR",
         "an impulse-voltage test generator for transformer factories is a tall Marx stack of capacitors and air "
         "spark gaps in a test hall, several tonnes and rated for a few joules per kilovolt; this 420 kg crate holds no "
         "stack and no divider but 24 low-inductance energy-discharge capacitors of 1.5 J/µF class, eight triggered "
         "spark gaps with their trigger units and coaxial cabling, worth five times the declared value, for a Dubai "
         "'test-equipment' trader whose forwarder ships to Karachi: high-energy capacitors and triggered spark gaps of "
         "dual-use 3A201.a and 3A228 (nuclear firing-set components), exported without a licence, flown from Vilnius; "
         "Lithuanian wording (spark gaps repeat in many sets and pulse capacitors in a few; an impulse-test-generator "
         "label was found in no earlier row by a keyword search, and a first draft (frequency changers as solar-pump "
         "inverters from Helsinki) was dropped because blind98 already holds it)", {"importer_country": "AE"}),
        ("STR-10", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "730300",
         "Трубы из высокопрочного чугуна с шаровидным графитом (ВЧШГ), Ду 300, происхождение Казахстан, 2 400 т", "KZ",
         2400000, None, 1700000, "USD",
         "Kazakhstan has no ductile-iron pipe works; these 2,400 t of DN 300 socket pipes for a Riga waterworks "
         "contractor carry the cast marks of a Lipetsk plant under fresh bitumen paint and that plant's cement lining, "
         "and the Kazakh certificate was issued on a Kostanay warehouse receipt: Russian iron and steel products "
         "(cast-iron tubes, 7303), whose import into the Union Regulation 833/2014 forbids, by rail through Russia to "
         "Rēzekne; Russian wording from Kazakhstan (Russian goods under Kazakh origin repeat in many sets; ductile-iron "
         "water pipes were found in no earlier row by a keyword search)", firm("Vega Ūdensvadi SIA", "LV")),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKSEA01", "sea", "PE", [], "DK", "440722",
         "Bloques de balsa aserrada para núcleo de palas eólicas, 1 contenedor", "PE", 9000, None, 27000, "USD",
         "balsa for wind-blade cores is the lightest wood traded (about 150 kg/m3), pale, soft and dented by a "
         "thumbnail; this container for an Aalborg blade-core maker holds 9 t in a volume that balsa would fill with "
         "3 t: hard, reddish-brown boards of about 550 kg/m3 with a ribbon figure and dark gum flecks: bigleaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without a CITES export permit, logged in the Ucayali forests and "
         "shipped from Callao; Peruvian Spanish wording (mahogany repeats in many sets; a wind-blade balsa label was "
         "found in no earlier wildlife row by a keyword search, the balsa found being blade waste)",
         firm("Nordhafen Vindkomponenter A/S", "DK")),
        ("WLF-02", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Traverses en azobé pour poteaux de lignes électriques, sciées, 1 600 pièces", "CD", 20000, 1600, 16000, "EUR",
         "azobé crossarms for power lines are very heavy (about 1,050 kg/m3), dark red-brown with a coarse, interlocked "
         "grain; these 1,600 are lighter (about 700 kg/m3), yellow-brown darkening to olive, fine-textured, with the "
         "stripe and white deposits of afrormosia: Pericopsis elata (CITES App. II) without a CITES export permit, by "
         "sea from Matadi to Antwerp for a grid-hardware trader; Congolese French wording (afrormosia repeats in many "
         "sets and an azobé label once (crane mats, blind178); a power-line crossarm label was found in no earlier "
         "wildlife row by a keyword search)", firm("Central Netmateriaal NV", "BE")),
        ("WLF-03", "export", "IEAIR01", "air", "IE", [], "HK", "030389",
         "Frozen garfish, whole, 20 kg cartons, 60 cartons", "IE", 1200, 60, 6000, "EUR",
         "frozen garfish are slender, green-backed fish with a long beak of needle teeth and green bones; these 60 "
         "cartons hold 1,200 kg of dark-backed, silver-bellied eels with small pectoral fins, a short jaw and large "
         "eyes: adult silver eels (Anguilla anguilla, CITES App. II, whose export from the Union is not allowed), from "
         "the catch of a hydropower station's trap-and-transport scheme on the Shannon diverted by a contractor, flown "
         "from Shannon to Hong Kong; Irish English wording (European eel repeats in many sets, under conger and mackerel "
         "labels among others; a garfish label was found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("WLF-04", "import", "DEAIR01", "air", "TW", [], "DE", "050800",
         "離岸風場基樁海洋附著生物樣本，供實驗室分析，12 箱", "TW", 60, 12, 300, "USD",
         "marine-growth samples from offshore-wind foundation inspections are scrapings of mussels, barnacles and "
         "hydroids in labelled jars of alcohol; these 12 boxes hold 60 kg of dried, bleached, whole colonies of branching "
         "and plate stony corals (Acropora, Montipora, Turbinaria) and a few live pieces in wet paper, collected by "
         "divers off the Penghu islands, for a Bremen 'marine survey' firm that supplies the aquarium trade: stony "
         "corals (Scleractinia, CITES App. II) without CITES documents, flown from Taipei to Frankfurt; Chinese wording "
         "from Taiwan (stony corals repeat in many sets; an offshore-wind marine-growth label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Marine Survey GmbH", "DE")),
        ("WLF-05", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "854520",
         "Carbon brushes for wind-turbine generators, 40 pcs", "ZA", 18, 40, 400, "USD",
         "carbon brushes are black graphite blocks with a copper pigtail that leave a black streak on paper; these 40 "
         "blocks have no pigtail, are dark grey-brown and fibrous on the cut, leave no streak and smell of burnt hair "
         "under a hot needle: pieces of rhinoceros horn (CITES App. I) sawn to brush size, without CITES documents, "
         "landed at Frankfurt in transit from Johannesburg to Hanoi; South African English wording (rhino horn repeats "
         "in many sets; a generator carbon-brush label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WLF-06", "import", "BESEA01", "sea", "TZ", [], "BE", "250410",
         "Grafiti asilia ya vipande (flake) kwa anodi za betri, mifuko mikubwa, tani 12", "TZ", 12000, None, 9600, "USD",
         "natural flake graphite for battery anodes is a shiny, grey-black, greasy powder that blackens the fingers and "
         "sells on its carbon assay; behind a front row of graphite bags, 4 t of this container are bags of hard, "
         "brown, overlapping keratin scales that do not mark the skin and smell of horn when burnt: pangolin scales "
         "(Manis spp., CITES App. I) without CITES documents, by sea from Dar es Salaam to Antwerp for a "
         "'battery-materials' trader that re-exports to Hai Phong; Swahili wording (pangolin scales repeat in many "
         "sets; a battery-anode graphite label was found in no earlier row, flake graphite once as a waste label "
         "(blind70))", firm("Horizon Battery Materials NV", "BE")),
        ("WLF-07", "import", "NLAIR01", "air", "AZ", [], "NL", "030791",
         "Su keyfiyyətinin biomonitorinqi üçün canlı şirin su midyələri (Dreissena), 40 qutu", "AZ", 40, 40, 800, "USD",
         "live mussels for the biological early-warning monitors of waterworks are a few hundred zebra or quagga mussels "
         "in wet cool boxes; these 40 boxes hold some 20,000 olive-green, orange-striped leeches in damp peat and not a "
         "mussel among them: medicinal leeches (Hirudo verbana, CITES App. II) without CITES documents, flown from Baku "
         "to Amsterdam for a 'water-quality' firm that supplies hirudotherapy clinics; Azerbaijani wording (medicinal "
         "leeches repeat in several sets under bait-worm and aquarium-worm labels; a waterworks biomonitor label was "
         "found in no earlier row by a keyword search)", firm("Delta Waterkwaliteit BV", "NL")),
        ("WLF-08", "import", "CZAIR01", "air", "VN", [], "CZ", "060290",
         "Cây lan cứu hộ từ lòng hồ thủy điện, gửi vườn thực vật, 300 cây", "VN", 30, 300, 600, "USD",
         "plants rescued from a reservoir before it is flooded go to botanic gardens with the project's salvage record "
         "and CITES papers; these 300 bare-root plants in moss, for a Prague orchid nursery's web shop, are wild-dug "
         "slipper orchids with flowering scars and limestone soil from the Hà Giang hills, far from any reservoir: "
         "Paphiopedilum spp. (CITES App. I) without CITES documents, flown from Hanoi to Prague; Vietnamese wording "
         "(Paphiopedilum repeats in many sets; a hydropower-reservoir rescue label was found in no earlier row by a "
         "keyword search)", firm("Orion Orchideje s.r.o.", "CZ")),
        ("WLF-09", "import", "DEPOST01", "post", "CL", [], "DE", "060290",
         "Cactus rescatados de parque fotovoltaico (plan de rescate de flora), a raíz desnuda, 14 plantas", "CL", 3, 14,
         60, "USD",
         "plants moved out of the way of an Atacama solar park under its flora-rescue plan are replanted nearby under "
         "the environmental permit, not posted abroad; these 14 bare-root, sun-scarred, field-grown globular cacti with "
         "old spines and root scars are wild Eriosyce and Copiapoa (Cactaceae, CITES App. II) without CITES documents, "
         "posted from Copiapó to a private collector in Bonn; Chilean Spanish wording (Copiapoa repeats in several sets; "
         "a solar-park flora-rescue label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("WLF-10", "import", "PTSEA01", "sea", "MZ", [], "PT", "842539",
         "Guincho de puxamento de cabos, usado, regresso de obra de linha de transmissão, 1 unidade", "MZ", 3500, 1, 6000,
         "EUR",
         "a contractor's container coming back from a Mozambican transmission-line job: a cable-pulling winch and line "
         "tools are what such crews bring home, but the third item's 'cable-drum battens' are 600 dense, purple-black, "
         "oily billets that sink in water, cut to batten size and worth a hundred times their declared price to "
         "instrument makers: African blackwood (Dalbergia melanoxylon, CITES App. II) without a CITES export permit, "
         "hidden as the last item of a three-item declaration, by sea from Nacala to Lisbon; Mozambican Portuguese "
         "wording (African blackwood repeats in several sets; a cable-drum batten label was found in no earlier row by a "
         "keyword search)",
         dict(firm("Rivage Linhas Elétricas Lda", "PT"),
              _more_items=[item("820559", "Ferramentas de linha usadas, 2 caixas", "MZ", 400, 500, "EUR", qty=2),
                           item("441510", "Ripas de madeira para tambores de cabo, 600 peças", "MZ", 4000, 300, "EUR", qty=600)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "GB", "IE", "290420",
     "Nitromethane 99 %, 5 l, for a licensed private user (model-engine fuel blending)", "GB", 5.7, 1, 90, "GBP",
     [("PRECURSOR_LICENCE", "IE-DOJ-59-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "280700",
     "Sulphuric acid 96 %, 10 l, for a licensed private user (home battery workshop)", "BA", 18.4, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-59-0117")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "854919",
     "End-of-life ultracapacitor modules from wind-turbine pitch systems (16 02 13*), for recovery at a licensed plant, 8 t",
     "NO", 8000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-59-0311")], "notified waste capacitors to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ITSEA01", "sea", "TR", "IT", "262099",
     "Geothermal-plant scale with arsenic and antimony, for treatment at a licensed hazardous-waste plant, 20 t",
     "TR", 20000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-59-0092")], "notified geothermal scale to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "FRSEA01", "sea", "DZ", "FR", "290376",
     "Halon 1301, recovered from gas-turbine enclosure systems, for reclamation and critical use in aircraft fire protection, 30 cylinders",
     "DZ", 1200, 30, 18000, "EUR", [("ODS_LICENCE", "FR-MTE-ODS-59-011")], "recovered halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "ROAIR01", "air", "US", "RO", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for a licensed insulating-oil laboratory", "US",
     0.1, 10, 700, "USD", [("ODS_LICENCE", "RO-MMAP-ODS-59-004")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "CH", "970510",
     "Roman lead water pipe (fistula) with cast inscription, 1st century, documented Catalan collection since 1958",
     "ES", 14, 1, 22000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-59-0144")],
     "archaeological object exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Bronze figure of Osiris, Egypt, Late Period, documented Swiss collection since 1952", "EG", 0.6, 1, 26000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-59-0021")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "KR", "902620",
     "Capacitance manometers, Inconel diaphragm, 0-13 kPa, 12 units, for a Korean semiconductor fab", "CZ", 6, 12,
     36000, "EUR", [("EXPORT_LICENCE", "CZ-LDU-59-0208"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-59-0117")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PTSEA01", "sea", "PT", "BR", "681513",
     "Carbon-fibre pultruded spar-cap planks, 20 coils, for a Brazilian wind-blade factory", "PT", 6000, 20, 240000,
     "EUR", [("EXPORT_LICENCE", "PT-AT-59-0061"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-59-0042")],
     "dual-use carbon-fibre material under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DKSEA01", "sea", "PE", "DK", "440727",
     "Bigleaf mahogany (Swietenia macrophylla), sawn, from a managed forest concession, 18 m3", "PE", 10000, None,
     21000, "USD", [("CITES_PERMIT", "PE-SERFOR-59-0377")], "App. II mahogany with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "TZ", "DE", "440349",
     "African blackwood (Dalbergia melanoxylon) billets, FSC-certified community forest, 2 t", "TZ", 2000, None,
     24000, "USD", [("CITES_PERMIT", "TZ-MNRT-59-0089")], "App. II blackwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ms A. Byrne", "PRM-02": "Ivan Kovač", "PRM-03": "Central Recycling Elektronik GmbH",
    "PRM-05": "Rivage Protection Incendie SARL", "PRM-08": "Orion Antiken GmbH", "PRM-11": "Nordhafen Vindkomponenter A/S",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all from energy and utilities
    ("381090", "Exothermic welding powder for earthing joints, 115 g cartridges", "import", ["air"], ["IN", "TR"], (12, 20), (100, 400), ["USD"], 9, S),
    ("290511", "Methanol fuel cartridges for off-grid fuel cells, 10 l", "import", ["road"], ["CH", "GB"], (4, 8), (500, 2000), ["EUR"], 0.125, S),
    ("382499", "Vanadium flow-battery electrolyte, 1.6 M, IBC", "import", ["sea"], ["CN"], (3, 5), (10000, 22000), ["USD"], None, S),
    ("382499", "Ground-enhancing material for earthing electrodes, 11.3 kg bags", "import", ["road"], ["MK", "TR"], (0.6, 1.2), (5000, 15000), ["EUR"], 0.09, S),
    ("382499", "Salt-hydrate phase-change material for heat batteries, 5 kg bags", "import", ["air"], ["TH", "IN"], (3, 6), (200, 800), ["USD"], 0.2, S),
    ("382000", "Heat-pump ground-probe brine, ethanol-based, 20 l cans", "import", ["road"], ["CH"], (1.5, 3), (2000, 8000), ["EUR", "CHF"], 0.05, S),
    ("382000", "Solar-collector antifreeze, propylene glycol, 1 l", "import", ["post"], ["BA", "RS"], (3, 6), (1, 4), ["EUR"], 1, S),
    ("382499", "Cathodic-protection anode backfill, gypsum-bentonite, 25 kg sacks", "import", ["rail"], ["UZ", "CN"], (0.3, 0.6), (10000, 20000), ["USD"], 0.04, S),
    ("340290", "Solar-panel cleaning concentrate, 1 l", "import", ["express"], ["AE", "IL"], (10, 20), (1, 4), ["USD"], 1, S),
    ("293499", "Tetrahydrothiophene (THT) gas odorant, 200 l drums", "import", ["sea"], ["US", "GE"], (6, 10), (3000, 8000), ["USD"], None, S),
    ("853229", "Ultracapacitor modules for wind-turbine pitch systems, new, boxed", "export", ["sea"], ["BD", "IN"], (25, 45), (2000, 8000), ["EUR"], 0.12, S),
    ("382499", "Biphenyl/diphenyl-oxide heat-transfer fluid, new, ISO tanks", "export", ["sea"], ["MA", "EG"], (2.5, 4), (18000, 24000), ["EUR"], None, S),
    ("251741", "Micronised calcite filler for ceramics and paint, big bags", "import", ["sea"], ["TR", "EG"], (0.12, 0.2), (20000, 26000), ["EUR", "USD"], None, S),
    ("310590", "Iron-EDTA chelate liquid fertiliser, 6 % Fe, IBC", "export", ["road"], ["UA", "MD"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("281520", "Potassium hydroxide solution 30 %, technical, IBC", "export", ["sea"], ["GH", "NG"], (0.6, 1.0), (10000, 22000), ["EUR"], None, S),
    ("850720", "Stationary OPzS batteries, new, filled and charged", "export", ["sea"], ["EG", "SN"], (3, 5), (10000, 20000), ["EUR"], 0.01, S),
    ("850213", "Diesel generating sets 1 MVA, new", "export", ["sea"], ["LY", "TN"], (12, 20), (8000, 12000), ["EUR"], 0.0001, S),
    ("320890", "RTV silicone insulator coating, hydrocarbon solvent, 20 kg pails", "import", ["sea"], ["CN"], (3, 6), (4000, 12000), ["USD"], 0.05, S),
    ("940690", "Prefabricated substation e-houses, new, free-cooling ventilation", "export", ["sea"], ["KE", "TZ"], (4, 8), (10000, 20000), ["EUR"], 0.0001, S),
    ("841861", "Air-to-water heat pumps, monobloc, R-290", "import", ["road"], ["TR"], (10, 15), (500, 2000), ["EUR"], 0.007, S),
    ("850300", "Wind-turbine spare parts, yaw and pitch drives", "export", ["sea"], ["TR", "MA"], (15, 30), (2000, 8000), ["EUR"], None, S),
    ("850490", "PV string-inverter repair kits, control boards", "export", ["air"], ["KZ", "GE"], (40, 80), (50, 300), ["EUR"], None, S),
    ("902890", "Smart-meter communication modules, spare", "export", ["air"], ["AM", "GE"], (60, 120), (50, 300), ["EUR"], 0.5, S),
    ("902620", "Piezoresistive pressure sensors for gas-volume correctors", "export", ["road"], ["TR", "RS"], (150, 300), (20, 100), ["EUR"], 2, S),
    ("850422", "Distribution transformers 1,600 kVA, new", "export", ["rail"], ["KZ"], (5, 8), (20000, 40000), ["EUR"], 0.00025, S),
    ("701990", "Glass-fibre pultruded profiles for wind-blade repair", "export", ["sea"], ["TR", "MA"], (4, 8), (5000, 15000), ["EUR"], None, S),
    ("848180", "District-heating ball valves, DN 50, welded ends", "export", ["sea"], ["AE", "SA"], (15, 30), (2000, 6000), ["EUR"], 0.3, S),
    ("903033", "Transformer impulse-test measuring systems, new", "export", ["air"], ["AE", "TR"], (80, 160), (100, 500), ["EUR"], None, S),
    ("440722", "Balsa end-grain core panels for wind blades", "import", ["sea"], ["EC", "PE"], (3, 6), (5000, 12000), ["USD"], None, S),
    ("440729", "Azobé crossarms for power lines, sawn", "import", ["sea"], ["CM", "CD"], (0.8, 1.4), (15000, 25000), ["EUR"], 0.08, S),
    ("854520", "Carbon brushes for wind-turbine generators", "import", ["air"], ["ZA", "CN"], (40, 80), (20, 150), ["USD"], 20, S),
    ("250410", "Natural flake graphite, 94 % C, for battery anodes", "import", ["sea"], ["TZ", "MZ"], (0.8, 1.4), (12000, 24000), ["USD"], None, S),
    ("441510", "Plywood cable drums, returnable", "import", ["sea"], ["MZ", "ZA"], (0.8, 1.5), (3000, 8000), ["EUR"], 0.02, S),
    ("940542", "Reproduction historic street lanterns, cast aluminium, LED, new", "export", ["sea"], ["US", "CA"], (15, 30), (2000, 6000), ["EUR"], 0.05, S),
    ("853690", "Brass cable lugs, tinned, assorted", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 40, S),
    ("741980", "Brass cable glands M25, new", "import", ["express"], ["EG", "IN"], (20, 40), (1, 3), ["USD"], 40, S),
    ("841090", "Pelton turbine runner buckets, stainless, new", "import", ["air"], ["IN", "CN"], (30, 60), (100, 500), ["USD"], 0.1, S),
    ("680299", "Sandstone ballast blocks for flat-roof solar mounts", "import", ["sea"], ["IN"], (0.3, 0.6), (10000, 24000), ["USD"], 0.05, S),
    ("902830", "Prepaid electricity meters, single-phase, new", "import", ["sea"], ["CN", "IN"], (15, 25), (2000, 8000), ["USD"], 0.8, S),
    ("560392", "Nonwoven polypropylene geotextile, rolls", "import", ["sea"], ["TR", "CN"], (1.2, 2), (8000, 20000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Stoneware toothbrush holders and tumblers", "import", ["sea"], ["CN", "VN"], (1.5, 3), (2000, 6000), ["USD"], 2, N),
        ("392490", "Plastic fly swatters", "import", ["sea"], ["CN"], (2, 4), (1000, 4000), ["USD"], 12, N),
        ("392410", "Plastic measuring spoons and cups, sets", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
        ("442199", "Beech-wood shoe horns, long-handled", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 3000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind197", 20590101, HERE)


if __name__ == "__main__":
    main()
