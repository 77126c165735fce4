#!/usr/bin/env python3
"""Writes the hundred-and-fifty-ninth blind set (tests/risk/data/blind159-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2052, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an Australia and New Zealand emphasis (origins, destinations, traders, languages and
covers drawn from that region's trade: bush foods and farm supplies, dairy, wine and
kiwifruit cold chains, Japanese used cars, swimming-pool and caravan goods, opal fields,
mining, the Antarctic gateway and the region's diasporas).
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
would. Ids are BL159-*:

    python3 tests/risk/data/make_blind159_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "NZ", [], "NL", "200989",
         "Feijoa juice, cold-pressed, Kerikeri, 4 x 1 L", "NZ", 4.5, 4, 60, "NZD",
         "feijoa juice is a cloudy, green-beige juice of about 1.04 kg/l that smells of pineapple and guava and "
         "ferments within days of opening; these four bottles hold a water-clear, odourless liquid of 1.13 kg/l "
         "under vented caps that whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I to Regulation 2019/1148 above 12 %), posted from Northland to a private person in Haarlem; New "
         "Zealand English wording (hydrogen peroxide repeats in many sets and juice covers in several; a feijoa "
         "label was found in no earlier row by a keyword search)", person("Dhr. P. Visser", "NL")),
        ("PRE-02", "import", "ATAIR01", "express", "AU", [], "AT", "150600",
         "Pure emu oil, refined, for skin and joints, 3 x 1 L", "AU", 3.4, 3, 150, "AUD",
         "refined emu oil is a pale-yellow fat of 0.90 kg/l that floats on water, smells faintly of tallow and "
         "clouds in the cold; these three bottles hold a colourless, thin liquid of 1.14 kg/l that sinks in water, "
         "stays clear in the fridge, smells faintly fruity and chemical and burns with a hot, almost invisible "
         "flame: nitromethane (Annex I above 16 %), sent by express from Toowoomba to a private person in Graz, "
         "although flammable liquids travel by express only as declared dangerous goods; Australian English "
         "wording (nitromethane repeats in many sets under several oil labels; an emu-oil label was found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-03", "import", "ITPOST01", "post", "AU", [], "IT", "040900",
         "Miele di leatherwood della Tasmania, crudo, 3 barattoli da 1 kg", "AU", 3.7, 3, 75, "AUD",
         "Tasmanian leatherwood honey is thick, amber, strongly floral and creamy once it crystallises; these "
         "three jars hold a water-clear, oily liquid that pours at once, weighs 1.84 kg/l (each 'kilo' jar is too "
         "heavy for its size), grows hot with a drop of water and chars a wooden spoon black: about 96 % "
         "sulphuric acid (Annex I above 15 %), posted from Hobart by an Italian-Australian family shop to a "
         "private person in Lucca, although corrosive liquids may not go by post; Italian wording from Australia "
         "(sulphuric acid repeats in many sets and honey and syrup covers in several; a leatherwood-honey label "
         "was found in no earlier row by a keyword search)", person("Sig.ra L. Bertolini", "IT")),
        ("PRE-04", "import", "DEAIR01", "air", "AU", [], "DE", "081340",
         "Kakadu plum powder (gubinge), wild-harvested, freeze-dried, 250 g pouches, 400 pouches", "AU", 100,
         400, 1500, "AUD",
         "Kakadu plum powder is a fine, khaki-to-mustard, very sour powder that smells of stewed apricot and "
         "sells at over a hundred euros a kilo; these 400 pouches hold a heavy, bright-white, tasteless "
         "crystalline powder that barely dissolves, burns fiercely mixed with sugar and whose inner bags read "
         "'KClO4', invoiced at 15 AUD a kilo, for a Berlin superfood web shop that sells to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Darwin; Australian "
         "English wording (potassium perchlorate repeats in many sets and fruit- and superfood-powder covers in "
         "several; a Kakadu-plum or gubinge label was found in no earlier row by a keyword search)",
         firm("Vega Superfoods GmbH", "DE")),
        ("PRE-05", "import", "GBPOST01", "post", "NZ", [], "GB", "340290",
         "Sugar soap powder, wall cleaner before painting, 4 x 1 kg", "NZ", 4, 4, 44, "NZD",
         "sugar soap is a greyish, soapy powder of washing soda and detergent that feels slippery when wet and "
         "foams; these four packs hold shiny, colourless, non-foaming crystals that stay harsh when wet, spit "
         "violet sparks on a hot iron and show CAS 3811-04-9 on the inner bags: potassium chlorate, a regulated "
         "explosives precursor that a member of the public may import only with a Home Office licence under the "
         "Poisons Act 1972, posted from Christchurch to a private person in Leeds who holds none; New Zealand "
         "English wording (potassium chlorate repeats in many sets under cleaner and detergent labels among "
         "others; a sugar-soap label was found in no earlier row by a keyword search)",
         person("Mr D. Walker", "GB")),
        ("PRE-06", "import", "BESEA01", "sea", "NZ", [], "BE", "250100",
         "Tote moana - Marlborough sea salt flakes, 250 g pottles, 6,000 pottles", "NZ", 1500, 6000, 4200, "NZD",
         "Lake Grassmere sea-salt flakes are thin, opaque white, salty pyramids that crumble between the "
         "fingers; these pottles hold clear, glassy, blocky crystals with no salty taste that draw damp, crackle "
         "and flare yellow on a gas ring, and the packer's sheet in the container gives CAS 7775-09-9, for an "
         "Antwerp organic wholesaler that supplies shops selling to the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Nelson; te reo Maori and English wording "
         "(sodium chlorate repeats in many sets and sea-salt covers in several; a Marlborough or Lake Grassmere "
         "label and a Maori-language label on a precursor were found in no earlier row by a keyword search)",
         firm("Horizon Bio Wholesale NV", "BE")),
        ("PRE-07", "import", "DKAIR01", "express", "NZ", [], "DK", "040490",
         "新西兰牛初乳粉 (colostrum powder), 1 kg x 3 罐", "NZ", 3.3, 3, 240, "NZD",
         "bovine colostrum powder is a creamy, yellowish, milk-smelling powder that clumps in water; these three "
         "tins hold a heavy, white, odourless crystalline powder that dissolves cold and clear, draws damp and "
         "burns brightly with sugar, under re-glued foil seals: sodium perchlorate (Annex I above 40 %), sent by "
         "express from an Auckland daigou-style exporter to a private person in Aarhus; Chinese wording from New "
         "Zealand (sodium perchlorate repeats in many sets and dairy-powder covers in several, milk powders and "
         "camel-milk powder among them; a colostrum label was found in no earlier row by a keyword search)",
         person("L. Chen", "DK")),
        ("PRE-08", "import", "GRSEA01", "sea", "AU", [], "GR", "253090",
         "Φυσικός ζεόλιθος Αυστραλίας, κοκκώδης 1-3 mm, βελτιωτικό εδάφους, σάκοι 20 kg, 1.000 σάκοι", "AU", 20000,
         1000, 9000, "AUD",
         "natural zeolite granules are grey-green to buff, gritty, porous stone that soaks up water and stays "
         "hard; these sacks hold white, smooth, round prills that turn ice-cold in water, dissolve completely, "
         "test at 34 % N and melt and fume on a hot plate, for a Thessaloniki garden-centre chain that sells "
         "20 kg sacks to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public, by sea from Melbourne to Piraeus for a Greek-Australian trader; Greek wording from Melbourne "
         "(ammonium nitrate repeats in many sets and soil-conditioner and mineral covers in several; zeolite "
         "labels appear in a few rows, on other goods, and on ammonium nitrate in none found by a keyword search)",
         firm("Orion Kipos AE", "GR")),
        ("PRE-09", "import", "SEPOST01", "post", "AU", [], "SE", "210690",
         "Lemon myrtle cordial concentrate, 2 x 1 L", "AU", 2.8, 2, 36, "AUD",
         "lemon myrtle cordial is a sticky, pale-green syrup of about 1.30 kg/l that smells strongly of lemon and "
         "sherbet; these two bottles hold a thin, yellowish liquid of 1.40 kg/l that fumes brown when opened, "
         "yellows the skin and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from "
         "Brisbane to a private person in Uppsala, although corrosive liquids may not go by post; Australian "
         "English wording (nitric acid repeats in many sets and juice, cordial and vinegar covers in several, an "
         "elderflower cordial in blind134; a lemon-myrtle label was found in no earlier row by a keyword search)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-10", "import", "IESEA01", "sea", "AU", [], "IE", "220190",
         "Tasmanian rainwater, bottled at source, still, 750 ml glass, 3,600 bottles", "AU", 3240, 3600, 7200,
         "AUD",
         "bottled Tasmanian rainwater is simply soft water of 1.00 kg/l sold as a luxury table water; these "
         "bottles have vented caps and hold a liquid of 1.20 kg/l that foams on a cut, whitens the skin and "
         "bleaches a cork, and the filler's drums in the same container read 'H2O2 50 %', for a Dublin "
         "gourmet-food importer whose shops sell to the public: hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, by sea from Bell Bay; Australian English wording (hydrogen "
         "peroxide repeats in many sets and bottled-water covers in several; a rainwater label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Fine Foods Ltd", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "AUSEA01", "sea", "AU", [], "ID", "470790",
         "Recovered paper, mixed grade, baled, for pulping, 4 x 40 ft, 96 t", "AU", 96000, None, 9600, "AUD",
         "mixed recovered paper is office paper, magazines and carton board baled dry with a few per cent of "
         "other matter at most; these bales, split open for inspection, hold wet kerbside collection: plastic "
         "bottles and film, food tins, nappies and small electronics packed between layers of cardboard: "
         "household waste (Basel Y46) with mixed plastic waste (Y48), whose import Indonesia forbids and whose "
         "export Australia licenses only as sorted, processed paper under the Recycling and Waste Reduction Act "
         "2020, by sea from Brisbane to Surabaya; Australian English wording (household waste in paper bales "
         "repeats a few times, a route Indonesia returned in blind18; from Australia is the new part as far as a "
         "search found)", {"importer_country": "ID"}),
        ("WST-02", "export", "NZSEA01", "sea", "NZ", [], "KR", "440121",
         "Radiata pine chips, untreated, for biomass boilers, 2,000 t", "NZ", 2000000, None, 240000, "NZD",
         "untreated radiata pine chips are pale cream and smell of resin; this hold carries chips with a "
         "green-grey tinge right through the wood, the coloured end tags of H4 posts and broken wire staples, "
         "that test for copper, chromium and arsenic: chipped CCA-treated vineyard posts from Marlborough, "
         "wood-preservative waste (Basel A4040) that may leave New Zealand only with notified consent and may "
         "not be burnt in ordinary biomass boilers, shipped from Picton to Gwangyang; New Zealand English wording "
         "(CCA and creosoted vineyard posts repeat in several sets; a biomass-chip cover by sea to Korea is the "
         "new part as far as a search found)", {"importer_country": "KR"}),
        ("WST-03", "export", "NZSEA01", "sea", "NZ", [], "MY", "382499",
         "Synthetic calcium aluminate flux for steel ladles, bulk bags, 1,200 t", "NZ", 1200000, None, 60000,
         "NZD",
         "calcium aluminate flux is a fused, grey, clinker-like lump that stays inert in rain; these bags hold a "
         "grey, salty, fine residue that hisses and smells of ammonia when wet and reads aluminium nitride, "
         "fluorides and salt: the processed aluminium-smelter dross residue known as 'ouvea premix' from a "
         "Southland stockpile, a waste that releases flammable and toxic gases with water (Basel Annex III H4.3 "
         "and H10) and whose export needs Malaysian consent, shipped from Bluff to Port Klang; New Zealand English "
         "wording (aluminium dross and salt slag repeat in many sets; a calcium-aluminate flux label and the "
         "Southland premix were found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-04", "export", "NZSEA01", "sea", "NZ", [], "BD", "890200",
         "Stern trawler, steel, 64 m, built 1986, sold as is where is for further trading, 1", "NZ", 1450000, 1,
         420000, "USD",
         "a trawler sold for further trading keeps its class certificates, fishing gear and a crew; this one "
         "sails with a delivery crew only, a one-voyage flag, no gear and a cash buyer who pays the price of its "
         "light tonnage in steel, and it carries asbestos lagging, PCB-bearing cables and 60 t of oily bilge: a "
         "ship destined for breaking on the beach at Chattogram, hazardous waste under the Basel Convention that "
         "New Zealand lets leave only with notified consent, from Nelson; New Zealand English wording (ships sent "
         "for beaching repeat in several sets and Chattogram in many; a New Zealand trawler is the new part as far "
         "as a search found)", {"importer_country": "BD"}),
        ("WST-05", "export", "AUSEA01", "sea", "AU", [], "NG", "854143",
         "Used solar panels, tested for reuse, 250-270 W, 1,200 pcs", "AU", 22000, 1200, 18000, "AUD",
         "solar panels exported for reuse come with a flash test per panel, intact glass and packed on edge; "
         "these 1,200 are stacked flat without test reports, with cracked and shattered glass, browned and "
         "delaminated back sheets, burnt junction boxes and cut cables, taken off Adelaide roofs by a rooftop "
         "upgrade contractor: waste electrical equipment (Basel Y49, A1180 for the broken panels), whose import "
         "Nigeria forbids and whose export needs an Australian Hazardous Waste Act permit, by sea from Adelaide to "
         "Lagos; Australian English wording (solar panels repeat in several sets as e-waste; from Australia to "
         "Nigeria is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "AUSEA01", "sea", "AU", [], "CN", "260800",
         "锌精矿 (zinc concentrate), Zn 48 %, 散装, 200 吨", "AU", 200000, None, 180000, "USD",
         "zinc flotation concentrate is a damp, dark-grey, sandy powder that smells of sulphur; these containers "
         "hold a dry, fine, brown-grey dust that billows when tipped and reads 45 % lead, 8 % zinc and several per "
         "cent of cadmium and arsenic: baghouse dust from a South Australian lead smelter (10 04 04*), hazardous "
         "waste that China, which has accepted no solid waste since 2021, forbids, shipped from Port Adelaide to "
         "Tianjin for a Chinese-owned trader; Chinese wording from Australia (flue dusts repeat in several sets, "
         "under concentrate labels among others; lead-smelter dust from Australia is the new part as far as a "
         "search found)", {"importer_country": "CN"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "VN", "850760",
         "Lithium-ion accupacks voor e-bikes, nieuw, 36 V, 2.400 stuks", "NL", 7200, 2400, 84000, "EUR",
         "new e-bike battery packs come boxed, of one model, with UN38.3 test summaries and a state of charge of "
         "about 30 %; these 2,400 are loose, scratched packs of a dozen brands, some swollen, with taped terminals "
         "and no test papers, collected by a Dutch bicycle-repair chain: waste lithium-ion batteries (Basel A1170), "
         "whose export to a non-OECD country Regulation 2024/1157 forbids, from Rotterdam to Haiphong; Dutch "
         "wording (e-bike batteries repeat in many sets; kept as a repeat, with a new-pack label to Viet Nam)",
         {"importer_country": "VN"}),
        ("WST-08", "export", "AUSEA01", "sea", "AU", [], "MY", "391510",
         "HDPE flake, washed, hot-wash, single polymer, 20 t", "AU", 20000, None, 9000, "AUD",
         "an Australian recycler's container for Port Klang: washed HDPE flake and PP regrind of one polymer are "
         "what Australia still lets leave under licence, but the third item's 'mixed rigid plastics, sorted' is "
         "40 t of unsorted kerbside plastics of every polymer with labels, food residue, lids, film and nappies: "
         "mixed plastic and household waste (Basel Y48 and Y46), whose export the Recycling and Waste Reduction "
         "Act 2020 forbids unprocessed and Malaysia admits only with consent, hidden as the last item of a "
         "three-item declaration, by sea from Melbourne; Australian English wording (plastic waste under regrind "
         "labels repeats in many sets; kept as a repeat, from Australia to Malaysia behind clean flake is the "
         "new part)",
         {"importer_country": "MY",
          "_more_items": [item("391590", "PP regrind, washed, single polymer, 20 t", "AU", 20000, 8000, "AUD"),
                          item("391590", "Mixed rigid plastics, sorted, 40 t", "AU", 40000, 2000, "AUD")]}),
        ("WST-09", "export", "AUSEA01", "sea", "AU", [], "SG", "271019",
         "Marine fuel oil blend component, RMG 380, 2,000 t", "AU", 2000000, None, 640000, "USD",
         "an RMG 380 blend component is a black, homogeneous residual fuel with a certificate of quality; this "
         "barge cargo separates in the sample jar into oily water, sludge and a solvent-smelling top layer, reads "
         "35 % water and a high sediment and chlorine content, and was pumped out of ships at Fremantle: "
         "slops and oily ship waste (Basel Y8 and Y9), whose export needs a permit under the Hazardous Waste "
         "(Regulation of Exports and Imports) Act 1989 and Singapore's consent, shipped to a Singapore 'blender'; "
         "Australian English wording (waste oils under fuel labels repeat in several sets; ship slops from "
         "Fremantle to Singapore are the new part as far as a search found)", {"importer_country": "SG"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "HK", "847330",
         "Used server memory modules and motherboards, tested, working, for reuse, 18 t", "IE", 18000, None, 60000,
         "EUR",
         "tested server parts for reuse are sorted by type, bagged antistatic and listed by serial number with "
         "test results; these gaylords hold loose boards with snapped connectors, ripped-out heat sinks, crushed "
         "drives and cable offcuts from the decommissioning of a Dublin data centre, no list and no tests: waste "
         "printed circuit boards and e-waste (Basel A1180), whose export to a non-OECD country Regulation "
         "2024/1157 forbids, from Dublin to Hong Kong; Irish English wording (server and data-centre e-waste "
         "repeats in several sets; kept as a repeat, from Ireland to Hong Kong is the new part)",
         {"importer_country": "HK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NZSEA01", "sea", "JP", [], "NZ", "870323",
         "日産 スカイライン GT-R (BNR32) 1991年式, 中古, エアコン R-134a 変換済み, 1台", "JP", 1430, 1, 38000, "USD",
         "a 1991 GT-R converted to R-134a carries R-134a service ports, a conversion label and a new "
         "receiver-drier; this one keeps the original R-12 fittings and compressor label and a sight glass, and "
         "its system still holds about 0.8 kg of dichlorodifluoromethane: CFC-12 in a vehicle's air conditioning, "
         "whose import New Zealand forbids under the Ozone Layer Protection Act 1996 and its regulations on goods "
         "containing CFCs, shipped from Yokohama to Auckland for a used-car importer; Japanese wording (CFC-12 in "
         "classic-car air conditioning repeats in many sets under conversion and HC-12a labels; a Japanese "
         "domestic-market car into New Zealand is the new part as far as a search found)",
         firm("Orion JDM Imports Ltd", "NZ")),
        ("OZN-02", "export", "NZSEA01", "sea", "NZ", [], "LK", "841869",
         "Milk vat chiller units, used, degassed, ex dairy farms, 20 units", "NZ", 6000, 20, 14000, "NZD",
         "degassed refrigeration units have open service valves, empty gauges and a 'degassed' tag; these 20 "
         "condensing units, taken off Waikato milk vats, read 6 bar on the gauges, carry 'R22' plates and hold "
         "about 6 kg of chlorodifluoromethane each: HCFC-22 in used equipment, whose export New Zealand permits "
         "only under the Ozone Layer Protection Act 1996 and whose import Sri Lanka admits only under its HCFC "
         "licensing, by sea from Tauranga to Colombo for a dairy cooperative's dealer; New Zealand English "
         "wording (R-22 equipment for export repeats in many sets; milk-vat chillers were found in no earlier row "
         "by a keyword search)", {"importer_country": "LK"}),
        ("OZN-03", "import", "NZSEA01", "sea", "CN", [], "NZ", "281121",
         "Carbon dioxide, food grade, liquefied, for coolstore controlled atmosphere, 60 cylinders x 30 kg", "CN",
         1800, 60, 5400, "USD",
         "liquefied CO2 sits at about 57 bar in heavy, tall cylinders with a dip tube and smells of nothing; these "
         "60 cylinders read 2 bar, hold a heavy liquid of 1.73 kg/l with a faint chloroform-like smell and carry "
         "ground-off skull-and-crossbones stencils, and a gas detector reads bromomethane: methyl bromide, "
         "imported without the permit New Zealand's Ozone Layer Protection Act 1996 requires even for quarantine "
         "and pre-shipment use, for a Bay of Plenty 'coolstore supplies' firm that sells to log-export fumigators "
         "at Tauranga; English wording from China (methyl bromide repeats in many sets under fumigant and "
         "industrial-gas labels, CO2 among them; a kiwifruit-coolstore label into New Zealand is the new part)",
         firm("Delta Coolstore Supplies Ltd", "NZ")),
        ("OZN-04", "import", "AUSEA01", "sea", "CN", [], "AU", "841912",
         "Solar pool heating collectors, polypropylene absorber strips, 400 kits", "CN", 36000, 400, 60000, "USD",
         "solar pool heating is black polypropylene tube matting laid on the roof, with no compressor and no "
         "refrigerant, at some 20 kg a kit; these 400 crates of 90 kg hold 12 kW pool heat pumps with compressors, "
         "titanium heat exchangers and plates reading 'R32 1.1 kg': HFC-32 in pre-charged equipment, imported "
         "without the equipment licence the Ozone Protection and Synthetic Greenhouse Gas Management Act 1989 "
         "requires, by sea from Guangzhou to Sydney; English wording from China (pool heat pumps repeat in three "
         "sets; a solar pool-heating label was found in no earlier row by a keyword search)",
         firm("Horizon Pool Supply Pty Ltd", "AU")),
        ("OZN-05", "import", "NZSEA01", "sea", "CN", [], "NZ", "271112",
         "LPG (propane) BBQ cylinders, 9 kg, filled, for gas swap, 600 pcs", "CN", 5400, 600, 9000, "USD",
         "a filled 9 kg BBQ cylinder holds propane at about 8 bar, weighs some 18 kg and carries a POL or LCC27 "
         "valve and a test date; these 600 are grey under fresh white paint, read 'R404A' under the sticker, "
         "show 11 bar and the gas will not burn: HFC-404A (GWP 3,922), imported without the permit New Zealand "
         "requires for bulk HFCs since its phase-down began, for an Auckland gas-swap franchise; English wording "
         "from China (R-404A repeats in many sets and gas-bottle and LPG labels in several; a BBQ gas-swap "
         "cylinder label was found in no earlier row by a keyword search)", firm("Vega Gas Swap Ltd", "NZ")),
        ("OZN-06", "import", "NLSEA01", "sea", "AU", [], "NL", "842410",
         "Vintage Wormald BCF fire extinguishers, yellow, empty, for display, 40 pcs", "AU", 200, 40, 1600, "AUD",
         "an emptied extinguisher weighs its shell alone and its gauge reads zero; these 40 yellow Australian "
         "'BCF' units each weigh 2-3 kg more than their stamped tare, their gauges sit in the green and a leak "
         "test reads bromochlorodifluoromethane: halon 1211 (BCF is its Australian name), whose import into the "
         "Union Regulation 2024/590 forbids except for critical uses and whose export Australia licenses, by sea "
         "from Fremantle to Rotterdam for a collectors' dealer; Australian English wording (halon 1211 repeats in "
         "many sets and empty or decorative extinguisher labels in several; a Wormald label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Collectibles BV", "NL")),
        ("OZN-07", "import", "GRSEA01", "sea", "AU", [], "GR", "841510",
         "Κλιματιστικά split, μεταχειρισμένα, χωρίς ψυκτικό, οικοσκευή παλιννοστούντος, 6 τεμ.", "AU", 300, 6, 600,
         "AUD",
         "a returning emigrant's household effects may include used appliances, but split air conditioners "
         "without refrigerant have open flare nuts and empty lines; these six outdoor units from a Melbourne home "
         "have capped, full lines, 'R22' plates and about 1.5 kg of chlorodifluoromethane each: HCFC-22 in used "
         "equipment, which Regulation 2024/590 forbids placing on the Union market, in a Greek-Australian family's "
         "removal container from Melbourne to Piraeus; Greek wording from Australia (R-22 equipment repeats in "
         "many sets; in a returning emigrant's household effects from Australia is the new part as far as a "
         "search found)", person("K. Georgiou", "GR")),
        ("OZN-08", "import", "GBSEA01", "sea", "NZ", [], "GB", "880230",
         "de Havilland Vampire T.11, ex-RNZAF, non-flying, for museum display, 1", "NZ", 3300, 1, 60000, "NZD",
         "a jet sold for static display has its engine fire bottles removed or emptied and its pyrotechnics made "
         "safe; this Vampire still carries its original Graviner engine-bay bottles, full, whose stencils and a "
         "gas test read methyl bromide, the 1950s aircraft extinguishant: bromomethane in a product, whose import "
         "Great Britain forbids under the retained ozone-depleting substances regulation, by sea from Auckland to "
         "Southampton for a private aviation museum; New Zealand English wording (methyl bromide repeats in many "
         "sets and aircraft extinguisher bottles in a few; a warbird's methyl-bromide bottles were found in no "
         "earlier row by a keyword search)", firm("Meridian Aviation Heritage Ltd", "GB")),
        ("OZN-09", "import", "ITSEA01", "sea", "AU", [], "IT", "841850",
         "Vetrine per gelato usate, 18 vaschette, da una gelateria di Lygon Street, gas R-404A, 4 pezzi", "AU",
         1600, 4, 6000, "AUD",
         "second-hand gelato cabinets of the 2000s run on R-404A and carry its plate; these four, from a "
         "Carlton gelateria opened in the 1980s, have the original plates reading 'R502', and a gas test reads "
         "chloropentafluoroethane and chlorodifluoromethane: R-502 (CFC-115 with HCFC-22) in used equipment, "
         "which Regulation 2024/590 forbids importing, by sea from Melbourne to Genoa for a family's new shop in "
         "Calabria; Italian wording from Australia (R-502 repeats in many sets and gelato cabinets in several; "
         "from Melbourne's Lygon Street is the new part as far as a search found)",
         firm("Rivage Gelateria Srl", "IT")),
        ("OZN-10", "import", "AUSEA01", "sea", "CN", [], "AU", "847960",
         "Caravan rooftop evaporative coolers, 12 V, no refrigerant, 300 units", "CN", 7500, 300, 45000, "USD",
         "a caravan rooftop evaporative cooler is a light plastic shroud with a pump, pads and a fan at about "
         "12 kg; these 300 units weigh 25 kg, have rotary compressors, copper coils and 'R22 0.6 kg' plates: "
         "old-stock HCFC-22 caravan air conditioners, imported without the equipment licence the Ozone Protection "
         "and Synthetic Greenhouse Gas Management Act 1989 requires for HCFC-charged goods, by sea from Ningbo to "
         "Brisbane for a recreational-vehicle parts wholesaler; English wording from China (evaporative-cooler "
         "labels repeat in four sets; a caravan rooftop label was found in no earlier row by a keyword search)",
         firm("Central RV Parts Pty Ltd", "AU")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "NZ", [], "DE", "050690",
         "Beef bone carving blanks, boiled and cleaned, assorted, 3 kg", "NZ", 3, None, 45, "NZD",
         "cattle-bone carving blanks are white, hollow shin bones sawn square; these are dark honey-brown, "
         "swamp-stained, weathered bird bones, a massive femur and tibiotarsus far too long for any living bird, "
         "with mineral crust in the marrow canals: moa bones (Dinornithiformes) dug from a Canterbury swamp, "
         "protected New Zealand objects that may leave the country only with a permit under the Protected Objects "
         "Act 1975, posted to a private bone carver in Kiel; New Zealand English wording (bone carving-blank labels "
         "repeat in a few sets, on other goods; moa bones were found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ITAIR01", "express", "AU", [], "IT", "260111",
         "Campione di ematite (ossido di ferro), Australia Occidentale, 1 pezzo, 3,8 kg", "AU", 3.8, 1, 60, "AUD",
         "a haematite specimen is a heavy, steel-grey to red-brown, non-magnetic iron oxide that leaves a red "
         "streak; this lump pulls a magnet hard, leaves no red streak, has a thin black fusion crust with "
         "thumb-print hollows and a sawn window showing a Widmanstätten pattern: an iron meteorite from the "
         "Nullarbor Plain, an Australian protected object whose export needs a permit under the Protection of "
         "Movable Cultural Heritage Act 1986 (and in Western Australia Crown property), sent by express to a "
         "private collector in Milan; Italian wording (meteorites repeat in a few sets under iron and stone "
         "labels; from the Nullarbor is the new part as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-03", "import", "DEAIR01", "air", "AU", [], "DE", "710310",
         "Rohopal, Coober Pedy, ungeschliffen, Schleifware, 2,4 kg", "AU", 2.4, None, 3000, "AUD",
         "rough opal for cutting is seam and nodule opal in sandstone or ironstone, sold by weight; these pieces "
         "are whole opalised bones, biconcave vertebrae with neural arches and finger bones of a paddle, with "
         "play of colour in the bone structure: opalised plesiosaur remains from Coober Pedy, vertebrate fossils "
         "that are Australian protected objects whose export needs a permit under the Protection of Movable "
         "Cultural Heritage Act 1986, flown to an Idar-Oberstein gem cutter; German wording (opal and Idar-Oberstein "
         "appear in a few rows on other goods; opalised fossils were found in no earlier row by a keyword search)",
         firm("Alpina Edelsteine GmbH", "DE")),
        ("CUL-04", "import", "FRPOST01", "post", "NZ", [], "FR", "680299",
         "Presse-papier en basalte poli, Nouvelle-Zélande, 1 pièce", "NZ", 1.4, 1, 40, "NZD",
         "a new basalt paperweight is machine-polished, even and flat-based; this is a 35 cm, spatulate stone "
         "hand club with a drilled lashing hole at the butt, a worn grip and a soft, hand-polished old patina: a "
         "patu onewa, a Maori weapon and taonga tuturu that may not leave New Zealand without permission under the "
         "Protected Objects Act 1975, posted from Rotorua to a private collector in Paris; French wording (Pacific "
         "clubs appear in a few sets, a Marquesan u'u in blind139, and paperweight covers in several, on bronzes "
         "and jades; a patu onewa and a basalt label from New Zealand were found in no earlier row by a keyword "
         "search)", person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "DEAIR01", "express", "AU", [], "DE", "711810",
         "Spanische 8 Reales, Karl IV., gelocht, schlechte Erhaltung, 1 Stück", "AU", 0.05, 1, 90, "AUD",
         "a holed, worn Spanish eight-reales piece is a cull coin worth little more than its silver; the hole in "
         "this one is a clean, 18 mm punched disc with 'NEW SOUTH WALES 1813' and 'FIVE SHILLINGS' counterstamped "
         "round it: a holey dollar, the colony's first coin and an Australian protected object (numismatics, Class "
         "B) whose export needs a permit under the Protection of Movable Cultural Heritage Act 1986, worth some "
         "hundreds of thousands of dollars, sent by express from Sydney to a coin dealer in Osnabrück; German "
         "wording (eight-reales labels repeat on wreck coins in blind120 and blind144; a holey dollar was found in "
         "no earlier row by a keyword search)", firm("Central Numismatik GmbH", "DE")),
        ("CUL-06", "import", "GBPOST01", "post", "AU", [], "GB", "830629",
         "Replica WWI medals, set of 4, with ribbons, for display", "AU", 0.4, 4, 60, "AUD",
         "replica medals are light, bright, unnamed castings with new ribbons; these four are a Military Medal, a "
         "1914-15 Star, a British War Medal and a Victory Medal with worn original ribbons, each named on the rim "
         "to the same private of an AIF battalion that landed at Gallipoli: a gallantry group awarded to an "
         "Australian soldier, an Australian protected object whose export needs a permit under the Protection of "
         "Movable Cultural Heritage Act 1986, posted from Perth to a private buyer in Aldershot; Australian "
         "English wording (medals appear in a few sets on other goods; an AIF gallantry group was found in no "
         "earlier row by a keyword search)", person("Mr R. Hughes", "GB")),
        ("CUL-07", "import", "NOAIR01", "express", "NZ", [], "NO", "731029",
         "Gamle hermetikkbokser, tomme, samleobjekter, 14 stk.", "NZ", 3.5, 14, 120, "NZD",
         "empty collectible tins are cleaned, dated and usually from household clear-outs; these fourteen are "
         "Edwardian biscuit, pemmican and cocoa tins scoured by wind-blown ice, with Antarctic expedition "
         "markings, frozen-in guano and one with a handwritten 'B.A.E. 1910' label: relics taken from the "
         "historic huts of the Ross Sea region, protected Historic Sites and Monuments under the Antarctic Treaty, "
         "whose removal New Zealand's Antarctica (Environmental Protection) Act 1994 forbids, sent by express from "
         "Christchurch to a private polar collector in Tromsø; Norwegian wording (collectible-tin labels repeat in "
         "a few sets; Antarctic hut relics were found in no earlier row by a keyword search)",
         person("Hr. O. Hansen", "NO")),
        ("CUL-08", "import", "ATPOST01", "post", "NZ", [], "AT", "670100",
         "Gefärbte Truthahnfedern, schwarz mit weißer Spitze, für Hutschmuck, 6 Stück", "NZ", 0.2, 6, 30, "NZD",
         "dyed turkey feathers are broad, soft and evenly dyed, with dye in the quill; these six are long, "
         "stiff, glossy blue-black tail feathers with a natural broad white tip, undyed, old and foxed at the "
         "base: tail feathers of the huia (Heteralocha acutirostris, extinct since about 1907), taonga tuturu that "
         "may be traded only among registered collectors in New Zealand and may not leave it without permission "
         "under the Protected Objects Act 1975, posted to a private hat maker in Salzburg; Austrian German wording "
         "(feather covers repeat in several sets, on other birds; huia feathers were found in no earlier row by a "
         "keyword search)", person("Herr J. Moser", "AT")),
        ("CUL-09", "import", "NLAIR01", "express", "AU", [], "NL", "691390",
         "Reproductie baardmankruik, zoutglazuur, Frechen-stijl, 1 stuk", "AU", 2.2, 1, 150, "AUD",
         "a reproduction Bartmann jug is evenly salt-glazed, crisp and clean inside; this one has a worn, "
         "orange-peel glaze under patches of sea concretion, iron staining and worm-tube scars, a ground-off "
         "museum number and a bearded mask with a Frechen medallion: a seventeenth-century jug from a VOC wreck "
         "off Western Australia, a protected underwater cultural heritage relic whose export needs a permit under "
         "the Underwater Cultural Heritage Act 2018, sent by express from Geraldton to a private buyer in Delft; "
         "Dutch wording (wreck finds repeat in several sets; a VOC wreck off Western Australia and a Bartmann label "
         "were found in no earlier row by a keyword search)", person("Dhr. J. de Vries", "NL")),
        ("CUL-10", "import", "GBSEA01", "sea", "AU", [], "GB", "940360",
         "Household furniture, used, deceased estate, 1 x 20 ft", "AU", 2800, None, 4000, "AUD",
         "a deceased-estate container from Adelaide for the heir in Bristol: used furniture and books are what "
         "such containers hold, but the third item's 'wooden shield, painted, decorative' is a heavy, kidney-shaped "
         "fig-wood shield with a carved-in handle, painted in red and yellow ochre and white pipeclay and cracked "
         "with age: a nineteenth-century North Queensland rainforest shield, Aboriginal heritage and an Australian "
         "protected object whose export needs a permit under the Protection of Movable Cultural Heritage Act 1986, "
         "hidden as the last item of a three-item declaration; Australian English wording (Aboriginal objects "
         "repeat in a few sets, bark paintings and a tjurunga among them; a rainforest shield in an estate "
         "container was found in no earlier row by a keyword search)",
         dict(person("Mrs E. Shaw", "GB"),
              _more_items=[item("490199", "Books, used, 14 cartons", "AU", 420, 300, "AUD", qty=14),
                           item("442090", "Wooden shield, painted, decorative, 1 pc", "AU", 4, 50, "AUD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "AUSEA01", "sea", "AU", [], "MY", "750210",
         "Nickel briquettes, class 1, 99.8 % Ni, in drums, 20 t", "AU", 20000, None, 440000, "USD",
         "class-1 nickel briquettes are pillow-shaped lumps of about 3 cm that rattle in the drum; these drums "
         "hold argon-sealed cans of a grey, ultra-fine 99.9 % powder of about 3 µm mean particle size: nickel "
         "powder of the kind used for gaseous-diffusion barriers (dual-use 1C240 on the Defence and Strategic "
         "Goods List), exported without the permit the Customs (Prohibited Exports) Regulations require, for a "
         "Port Klang forwarder whose bookings run on to Bandar Abbas, breaching Australia's autonomous sanctions "
         "on Iran; Australian English wording (nickel powder repeats in a few sets; a briquette label from "
         "Kwinana is the new part as far as a search found)", {"importer_country": "MY"}),
        ("STR-02", "transit", "DEAIR01", "air", "NZ", ["DE"], "KG", "852560",
         "UHF CB handheld radios, 80 channel, 5 W, for farm use, 400 pcs", "NZ", 200, 400, 48000, "NZD",
         "UHF CB handhelds are 5 W, 80-channel analogue radios that sell at about a hundred dollars; these 400 "
         "are ruggedised P25 Phase II digital trunked radios with AES-256 encryption modules and programming "
         "cables, at 120 NZD on the invoice against some 2,000 retail: encryption radios (dual-use 5A002), "
         "exported from New Zealand without its strategic goods permit and landed at Frankfurt in transit to a "
         "Bishkek forwarder that supplies Russia, a transit the Union may stop under Regulation 2021/821 and "
         "Regulation 833/2014; New Zealand English wording (encrypted radios repeat in several sets, as hotel "
         "walkie-talkies in blind145; a farm UHF CB label from New Zealand is the new part)",
         {"importer_country": "KG"}),
        ("STR-03", "import", "BEAIR01", "air", "AE", [], "BE", "710231",
         "Rough diamonds, Argyle mine (Western Australia), pink and champagne, 640 ct", "AU", 0.13, None, 380000,
         "USD",
         "Argyle rough is small, brown-to-pink, irregular and resorbed, and the mine closed in 2020, so no new "
         "Argyle rough exists; these stones are sharp, colourless and pale octahedra with Yakutian-type "
         "inclusions, sorted in Russian parcel sizes and sent from Dubai with a UAE Kimberley certificate: Russian "
         "diamonds, whose import into the Union Regulation 833/2014 forbids, also through third countries, flown "
         "to Antwerp; English wording (Russian diamonds repeat in several sets under other origins; an Argyle label "
         "was found in no earlier row by a keyword search)", firm("Rivage Diamonds BV", "BE")),
        ("STR-04", "export", "AUSEA01", "sea", "AU", ["CN"], "KZ", "281820",
         "Calcined alumina, smelter grade, bulk, 5,000 t", "AU", 5000000, None, 2000000, "USD",
         "smelter-grade alumina is ordinary bulk trade to aluminium smelters; this cargo, booked from Bunbury to "
         "Lianyungang and on by rail through Khorgos, names a Pavlodar 'smelter supply' firm as buyer and a "
         "Krasnoyarsk address as notify party, and Kazakhstan's own smelter refines its alumina at home: alumina "
         "for Russian aluminium smelters, whose export to Russia Australia has forbidden since 2022 under its "
         "autonomous sanctions; Australian English wording (Pavlodar appears in a few sets; Australian alumina "
         "through China and Kazakhstan to Russia was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-05", "export", "AUSEA01", "sea", "AU", [], "AE", "850440",
         "Variable-speed pool pump controllers, single-phase, 200 units", "AU", 600, 200, 60000, "AUD",
         "a variable-speed pool pump controller is a single-phase drive for a 1.5 kW motor with an output of up "
         "to about 120 Hz, at a few hundred dollars; these 200 are three-phase frequency changers with an output "
         "of 600 to 2,000 Hz and under 2 % harmonic distortion, of the kind gas centrifuges use (dual-use 3A225), "
         "exported without a permit for a Dubai firm that ships to a Pakistani end user; Australian English "
         "wording (frequency changers repeat in many sets and pool pumps once; a pool-pump controller label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "AUSEA01", "sea", "AU", [], "MY", "391732",
         "Drip irrigation line, 16 mm, pressure-compensating, 400 rolls", "AU", 8000, 400, 24000, "AUD",
         "an irrigation supplier's container from Adelaide for Port Klang: drip line and disc filters are what "
         "such suppliers ship, but the third item's 'pressure-reducing valves for drip lines' are 200 heavy, "
         "flanged, bellows-sealed globe valves in Hastelloy C-276, stamped with alloy heat numbers, for a buyer "
         "whose bookings run on to Bandar Abbas: corrosion-resistant valves for chemical plant (dual-use 2B350, "
         "Australia Group), exported without a permit and in breach of Australia's sanctions on Iran, hidden as "
         "the last item of a three-item declaration; Australian English wording (bellows-sealed valves repeat in "
         "several sets and irrigation covers in many; from Australia through Malaysia is the new part)",
         {"importer_country": "MY",
          "_more_items": [item("842121", "Disc filters for irrigation, 2 inch, 120 pcs", "AU", 1200, 18000, "AUD", qty=120),
                          item("848110", "Pressure-reducing valves for drip lines, 200 pcs", "AU", 900, 16000, "AUD",
                               qty=200)]}),
        ("STR-07", "export", "AUAIR01", "air", "AU", [], "AM", "880624",
         "Cattle-mustering drones, fixed-wing, with ground station, 12 sets", "AU", 480, 12, 96000, "AUD",
         "mustering drones are small quadcopters with a siren and half an hour in the air; these twelve are 3.5 m "
         "fixed-wing aircraft with heavy-fuel engines, eight hours' endurance, waypoint autopilots with "
         "anti-jam navigation and a 10 kg payload bay, for a Yerevan forwarder whose consignee list is Russian: "
         "long-range unmanned aircraft (dual-use 9A012), exported without a permit and in breach of Australia's "
         "sanctions on Russia, flown from Melbourne; Australian English wording (drones repeat in many sets; a "
         "cattle-mustering label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-08", "export", "AUAIR01", "air", "AU", [], "AE", "852589",
         "PTZ CCTV camera heads for mine-site security, stabilised, 16 units", "AU", 1100, 16, 64000, "AUD",
         "mine-site PTZ cameras are domes or small pan-tilt heads of a few kilograms; these sixteen are 70 kg, "
         "two-axis stabilised mounts with a cradle for a 12.7 mm machine gun, a solenoid trigger, a ballistic "
         "computer and a thermal sight: remote weapon station mounts on the military list, exported without the "
         "permit the Defence Trade Controls Act and the Customs (Prohibited Exports) Regulations require, for a "
         "Sharjah company named on UN sanctions lists for supplying Yemen; Australian English wording (gimbals "
         "repeat in several sets; a mine-site CCTV label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "CK", "890120",
         "Δεξαμενόπλοιο μεταφοράς αργού (Aframax), 2006, πώληση για συνέχιση εμπορίας, 1", "GR", 17000000, 1,
         22000000, "USD",
         "a nineteen-year-old Aframax sold for further trading goes to an established owner with P&I cover from "
         "a known club; this one is sold to a one-ship Dubai company, reflagged to the Cook Islands registry, "
         "with a Russian-linked technical manager and no recognised insurance: a tanker sold for use in Russia's "
         "crude trade, which Regulation 833/2014 forbids, declared at Piraeus; Greek wording (tanker sales into "
         "the shadow fleet repeat in blind16 and Cook Islands flags on shadow-fleet stores in blind56 and blind139; "
         "kept as a repeat, a sale declared in Greece to a Cook Islands registry is the new part)", {"importer_country": "CK"}),
        ("STR-10", "import", "PLSEA01", "sea", "AU", [], "PL", "270112",
         "Węgiel koksowy, Queensland (Australia), hard coking coal, 75 000 t", "AU", 75000000, None, 17000000,
         "USD",
         "Queensland hard coking coal comes direct from Hay Point or Gladstone with a Brisbane assay; this cargo "
         "arrived after a ship-to-ship transfer off Malaysia, the vessel's tracking shows Vostochny, and the ash, "
         "sulphur and vitrinite analysis match Kuzbass coal: Russian coal, whose import into the Union Regulation "
         "833/2014 forbids, declared as Australian at Gdańsk; Polish wording (Russian coal repeats in a few sets, "
         "as Colombian and Kazakh coal; as Australian coking coal was found in no earlier row by a keyword "
         "search)", firm("Delta Koks Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "express", "NZ", ["DE"], "AT", "611691",
         "Possum-merino gloves, knitted, 6 pairs", "NZ", 1.2, 6, 180, "NZD",
         "possum-merino gloves are soft, light knitted gloves of brushtail-possum fur and merino wool; in the "
         "fingers of these six pairs are twelve bright-green geckos with blue mouths and prehensile tails, "
         "cooled and wrapped in stockings: jewelled geckos (Naultinus spp., CITES App. II since 2019), whose "
         "export New Zealand's Wildlife Act forbids, landed at the Leipzig express hub in transit to a private "
         "keeper in Linz; New Zealand English wording (geckos repeat in several sets, tokay geckos under food and "
         "craft labels; knitted possum-merino gloves were found in no earlier row by a keyword search)",
         person("Herr F. Leitner", "AT")),
        ("WLF-02", "import", "CZPOST01", "post", "AU", [], "CZ", "640391",
         "Ugg boots, twin-face sheepskin, 2 pairs", "AU", 2.4, 2, 260, "AUD",
         "ugg boots are light, floppy sheepskin boots that weigh about 700 g a pair; each boot of these two pairs "
         "holds a stocking tied at the top with a live, stumpy-tailed, armoured lizard of about 30 cm: shingleback "
         "skinks (Tiliqua rugosa, listed in CITES App. III by Australia), whose export Australia forbids under the "
         "EPBC Act, posted from Perth to a private keeper in Brno; Australian English wording (shinglebacks repeat "
         "in a few sets, as soft toys in blind5; an ugg-boot label was found in no earlier row by a keyword "
         "search)", person("Jan Novák", "CZ")),
        ("WLF-03", "import", "DEAIR01", "air", "AU", [], "DE", "030119",
         "Rainbowfish, Melanotaenia australis, captive-bred, 200", "AU", 40, 200, 1600, "AUD",
         "an aquarium exporter's shipment from Brisbane for a Hamburg wholesaler: rainbowfish and blue-eyes are "
         "what Australian fish farms export, but the third item's 'Tandanus catfish, juvenile' are twenty "
         "olive-green fish with paddle-like fins, large scales and a single lung that gulp air at the surface: "
         "Queensland lungfish (Neoceratodus forsteri, CITES App. II), without CITES documents or the Australian "
         "export permit for a protected native, hidden as the last item of a three-item declaration; Australian "
         "English wording (live-fish shipments hiding a listed species repeat in several sets; lungfish were "
         "found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Aquaristik GmbH", "DE"),
              _more_items=[item("030119", "Blue-eyes, Pseudomugil gertrudae, captive-bred, 300", "AU", 30, 900, "AUD",
                                qty=300),
                           item("030119", "Tandanus catfish, juvenile, 20", "AU", 20, 400, "AUD", qty=20)])),
        ("WLF-04", "import", "GBPOST01", "post", "AU", [], "GB", "060290",
         "Pitcher plants, tissue-cultured hybrids, bare-root, 12", "AU", 1.5, 12, 90, "AUD",
         "tissue-cultured hybrid pitcher plants are uniform young plants with agar on the roots and a lab label; "
         "these twelve are mature, field-dug plants with peat and gravel on the roots, insect remains in the "
         "pitchers and clipped climbing stems: wild Nepenthes mirabilis and N. rowaniae from Cape York (CITES App. "
         "II), without CITES documents, posted from Cairns to a private grower in Norwich; Australian English "
         "wording (Nepenthes repeats in several sets; from Cape York is the new part as far as a search found)",
         person("Mr T. Harper", "GB")),
        ("WLF-05", "import", "NLAIR01", "air", "AU", [], "NL", "060319",
         "Cut flowers, waratah and kangaroo paw, 80 boxes", "AU", 1200, 80, 9600, "AUD",
         "waratah and kangaroo paw are cut stems packed dry in flower boxes; twelve of these boxes hold, under a "
         "layer of stems, rooted clumps of thick-leaved orchids with canes and aerial roots torn from rock: wild "
         "rock orchids (Dendrobium speciosum, CITES App. II) without CITES documents, flown from Sydney to "
         "Schiphol for an Aalsmeer flower trader; Australian English wording (Dendrobium repeats in many sets; "
         "under an Australian cut-flower label was found in no earlier row by a keyword search)",
         firm("Vega Bloemen BV", "NL")),
        ("WLF-06", "import", "PTAIR01", "express", "AU", [], "PT", "950640",
         "Table-tennis balls, 40 mm, 3-star, 24 pcs", "AU", 1.2, 24, 30, "AUD",
         "table-tennis balls are hollow plastic spheres of 2.7 g; this box holds, packed in cotton round a hand "
         "warmer, 24 warm, white, slightly oval eggs of 35-40 mm with chalky shells: eggs of Major Mitchell's and "
         "galah cockatoos (Cacatuidae, CITES App. II), whose export Australia forbids, sent by express from "
         "Adelaide to a private breeder near Porto; Australian English wording (parrot eggs repeat in several "
         "sets, Australian cockatoo eggs once in a development set and palm-cockatoo eggs in blind139; a "
         "table-tennis-ball label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("WLF-07", "import", "ITSEA01", "sea", "AU", [], "IT", "060290",
         "Grass trees (Xanthorrhoea), nursery-grown, 40 pcs", "AU", 8000, 40, 16000, "AUD",
         "nursery grass trees have a skirt of fine leaves over a blackened trunk and come with a salvage or "
         "nursery tag; among these forty crates are twelve with no grass skirt, only a squat, armoured trunk of "
         "leaf bases crowned with stiff, palm-like fronds: wild-dug cycads (Macrozamia and Lepidozamia spp., CITES "
         "App. II), without CITES documents, by sea from Brisbane to La Spezia for a Ligurian nursery; Australian "
         "English wording (cycads repeat in many sets; a grass-tree label was found in no earlier row by a keyword "
         "search)", firm("Alpina Vivai Srl", "IT")),
        ("WLF-08", "import", "ESPOST01", "post", "AU", [], "ES", "670100",
         "Dyed rooster feathers, black with red band, for earrings, 50 pcs", "AU", 0.3, 50, 40, "AUD",
         "dyed rooster feathers are narrow, soft hackles with dye along the quill; these fifty are broad, stiff, "
         "30 cm tail feathers, glossy black with an undyed scarlet band across the vane: tail feathers of "
         "red-tailed black cockatoos (Calyptorhynchus banksii, CITES App. II), without CITES documents, posted from "
         "Darwin to a private jewellery maker in Valencia; Australian English wording (rooster-feather labels "
         "repeat in a few sets on other birds; black-cockatoo feathers were found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("WLF-09", "import", "DEPOST01", "post", "NZ", [], "DE", "960190",
         "Buffalo horn plates for knife scales, black, 20 pcs", "NZ", 3, 20, 60, "NZD",
         "buffalo-horn plates are dense, solid, polished black slabs; these twenty are light, layered plates "
         "that fray into hair-like bristles along one edge and smell of old fish oil when warmed: baleen of a "
         "southern right whale (Eubalaena australis, CITES App. I) taken from a stranding, whose export New "
         "Zealand's Marine Mammals Protection Act forbids, posted from Dunedin to a private knife maker in "
         "Solingen; New Zealand English wording (baleen repeats once, as bristle filament in blind116, and "
         "buffalo-horn labels in several sets on other goods; baleen under a horn label and a stranding in New "
         "Zealand were found in no earlier row by a keyword search)", person("Herr M. Richter", "DE")),
        ("WLF-10", "export", "PTAIR01", "air", "PT", [], "HK", "030192",
         "Enguias vivas (Anguilla australis), reexportação, origem Nova Zelândia, 40 kg", "NZ", 40, None, 52000,
         "EUR",
         "New Zealand shortfin eels are traded as adults and in small numbers; these forty kilograms are "
         "translucent glass eels of about 7 cm, some 130,000 of them in oxygenated bags, with the vertebra count "
         "and dorsal-fin position of the European eel and no New Zealand export papers: glass eels caught in the "
         "Minho (Anguilla anguilla, CITES App. II), whose export the Union does not allow, flown from Lisbon to "
         "Hong Kong; Portuguese wording (glass eels repeat in many sets; a New Zealand shortfin-eel origin as the "
         "cover was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "NZ", "NL", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (beekeeping hive hygiene)", "NZ", 4.5, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "NL-JenV-52-0419")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "AU", "AT", "290420",
     "Nitromethane 99 %, 3 x 1 l, for a licensed private user (model engine fuel)", "AU", 3.4, 3, 120, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-52-0087")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "AU", "BE", "854999",
     "End-of-life photovoltaic panels, broken, for recovery at a licensed WEEE recycler, 22 t", "AU", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-52-0133")], "notified waste solar panels to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NZ", "DE", "854913",
     "Spent lithium-ion batteries (16 06 05), for recovery at a licensed battery recycler, 18 t", "NZ", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-52-0241")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "AU", "NL", "290376",
     "Halon 1301, reclaimed, 20 cylinders, for critical use in aircraft engine fire protection", "AU", 1000, 20,
     30000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-52-011")], "reclaimed halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NZSEA01", "sea", "IL", "NZ", "290361",
     "Methyl bromide, 40 cylinders, for quarantine and pre-shipment log fumigation at Tauranga", "IL", 4000, 40,
     36000, "USD", [("ODS_LICENCE", "NZ-EPA-ODS-52-004")], "methyl bromide imported under permit for QPS use"),
    ("PRM-07", "cultural", "export", "AUAIR01", "air", "AU", "FR", "970121",
     "Bark painting, Yirrkala, 1962, natural ochres on stringybark, with a PMCH Act export permit", "AU", 3, 1,
     48000, "AUD", [("CULTURAL_EXPORT_CERTIFICATE", "AU-PMCH-52-0178")],
     "Aboriginal bark painting exported with the Australian export permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "AU", "DE", "711810",
     "Holey dollar, New South Wales 1813, with an Australian export permit, for auction", "AU", 0.05, 1, 420000,
     "AUD", [("CULTURAL_EXPORT_CERTIFICATE", "AU-PMCH-52-0206")], "protected coin exported with the Australian permit"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "IN", "850440",
     "Frequency converters, three-phase, 600-1,200 Hz output, 20 units, for an Indian motor-test laboratory", "DK",
     300, 20, 64000, "EUR", [("EXPORT_LICENCE", "DK-ERST-52-0319"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-52-0144")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "import", "EEAIR01", "air", "NZ", "EE", "852560",
     "P25 digital radios with AES encryption, 120 units, for the Estonian Rescue Board", "NZ", 60, 120, 240000,
     "NZD", [("EXPORT_LICENCE", "NZ-MFAT-52-0091"), ("END_USER_CERTIFICATE", "EE-SIM-EUC-52-0017")],
     "encryption radios exported under the New Zealand permit to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "AU", "FR", "410390",
     "Saltwater crocodile skins (Crocodylus porosus), farmed, Northern Territory, salted, 60 pcs", "AU", 300, 60,
     54000, "AUD", [("CITES_PERMIT", "AU-DCCEEW-52-1187")], "App. II farmed crocodile skins with their export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "AU", "IT", "060290",
     "Cycads (Macrozamia communis), nursery-propagated from seed, 30 pcs", "AU", 1500, 30, 9000, "AUD",
     [("CITES_PERMIT", "AU-DCCEEW-52-1203")], "App. II artificially propagated cycads with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mw. E. de Jong", "PRM-02": "Thomas Gruber", "PRM-05": "Orion Aero Services BV",
    "PRM-07": "Galerie Rivage SARL", "PRM-11": "Rivage Tannerie SARL", "PRM-12": "Alpina Vivai Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): most the lawful twins of this set's disguises
    ("200989", "Feijoa juice, cold-pressed, 1 l", "import", ["post"], ["NZ"], (10, 18), (1, 4), ["NZD", "EUR"], 1, S),
    ("081340", "Kakadu plum powder, freeze-dried, 100 g pouches", "import", ["air"], ["AU"], (90, 150), (50, 200), ["AUD", "EUR"], 10, S),
    ("340290", "Sugar soap powder, wall cleaner, 1 kg", "import", ["sea"], ["NZ", "AU"], (2, 4), (3000, 8000), ["NZD", "AUD"], 1, S),
    ("250100", "Sea salt flakes, Marlborough, 250 g", "import", ["sea"], ["NZ"], (6, 12), (1000, 4000), ["NZD"], 4, S),
    ("253090", "Natural zeolite granules, soil conditioner, 20 kg sacks", "import", ["sea"], ["AU", "TR"], (0.3, 0.6), (15000, 22000), ["AUD", "USD"], 0.05, S),
    ("210690", "Lemon myrtle cordial, 750 ml", "import", ["post"], ["AU"], (10, 18), (1, 4), ["AUD"], 1, S),
    ("220190", "Bottled Tasmanian rainwater, still, 750 ml", "import", ["sea"], ["AU"], (1.5, 3), (2000, 6000), ["AUD"], 1.1, S),
    ("470710", "Recovered kraft paper and board (OCC), sorted, baled", "export", ["sea"], ["TR"], (0.1, 0.2), (20000, 26000), ["EUR"], None, S),
    ("440131", "Wood pellets, ENplus A1, 15 kg bags", "export", ["road"], ["CH", "RS"], (0.25, 0.4), (18000, 24000), ["EUR"], 0.07, S),
    ("382499", "Calcium aluminate flux for steel ladles, synthetic", "import", ["sea"], ["CN", "TR"], (0.4, 0.8), (20000, 26000), ["USD"], None, S),
    ("854143", "Solar panels, new, 410 W, monocrystalline", "import", ["sea"], ["CN", "VN"], (4, 7), (10000, 20000), ["USD"], 0.05, S),
    ("260800", "Zinc concentrate, 52 % Zn", "import", ["sea"], ["AU", "PE"], (0.8, 1.3), (20000, 26000), ["USD"], None, S),
    ("850760", "Lithium-ion e-bike battery packs, new, UN38.3 tested", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.33, S),
    ("390120", "Recycled HDPE pellets, post-consumer, food-contact grade", "import", ["sea"], ["AU", "MY"], (1, 1.6), (18000, 24000), ["USD", "AUD"], None, S),
    ("271019", "Marine gas oil, ISO 8217 DMA, ISO tanks", "export", ["sea"], ["MA", "TN"], (0.7, 1.0), (18000, 24000), ["EUR"], None, S),
    ("847330", "Refurbished server memory modules, tested, with warranty", "export", ["post"], ["CH", "NO"], (150, 300), (1, 3), ["EUR"], 20, S),
    ("841912", "Solar pool heating kits, polypropylene absorber", "import", ["sea"], ["AU", "CN"], (6, 10), (3000, 8000), ["USD", "AUD"], 0.05, S),
    ("841510", "Portable air conditioners, R-290 charge, new", "import", ["sea"], ["CN"], (6, 10), (5000, 12000), ["USD"], 0.03, S),
    ("841850", "Gelato display cabinets, new, R-290", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 0.003, S),
    ("842410", "ABC powder fire extinguishers, 2.5 kg, new", "import", ["sea"], ["AU", "CN"], (2, 4), (3000, 8000), ["USD", "AUD"], 0.25, S),
    ("847960", "Caravan rooftop evaporative coolers, 12 V", "import", ["sea"], ["AU", "CN"], (10, 16), (2000, 6000), ["AUD", "USD"], 0.08, S),
    ("711620", "Tumbled gemstones, haematite and jasper, retail bags", "import", ["express"], ["AU", "IN"], (20, 40), (1, 3), ["AUD", "USD"], 20, S),
    ("710310", "Rough boulder opal, Queensland, for cutting", "import", ["express"], ["AU"], (400, 900), (1, 2), ["AUD"], None, S),
    ("680299", "Polished basalt bookends and paperweights, new", "import", ["sea"], ["CN", "VN"], (1, 2), (2000, 6000), ["USD"], 0.5, S),
    ("711810", "Commemorative coins, cupronickel, not legal tender, boxed", "import", ["express"], ["AU", "NZ"], (80, 160), (1, 2), ["AUD", "NZD"], 20, S),
    ("830629", "Replica WWI medals, boxed sets", "import", ["post"], ["AU", "GB"], (60, 120), (1, 2), ["AUD", "GBP"], 30, S),
    ("691390", "Salt-glazed stoneware jugs, Westerwald, new", "export", ["sea"], ["AU", "US"], (4, 8), (2000, 5000), ["EUR"], 0.8, S),
    ("442090", "Painted wooden shields, decorative, new craft", "import", ["sea"], ["ID", "PH"], (3, 6), (1000, 4000), ["USD"], 0.3, S),
    ("940360", "Used household furniture, removals container", "import", ["sea"], ["AU", "NZ"], (1, 3), (2000, 5000), ["AUD", "NZD"], None, S),
    ("750210", "Nickel briquettes, class 1, 99.8 % Ni", "import", ["sea"], ["AU", "CA"], (15, 20), (18000, 22000), ["USD"], None, S),
    ("852560", "PMR446 handheld radios, licence-free, 8 channel", "import", ["sea"], ["CN", "TW"], (60, 100), (500, 2000), ["USD", "AUD"], 3, S),
    ("281820", "Calcined alumina, ceramic grade, big bags", "import", ["sea"], ["AU"], (0.5, 0.8), (20000, 26000), ["USD"], None, S),
    ("850440", "Variable-speed pool pump controllers, single-phase", "import", ["sea"], ["AU", "CN"], (40, 70), (500, 2000), ["USD", "AUD"], 0.3, S),
    ("848110", "Drip-irrigation pressure regulators, plastic", "import", ["sea"], ["AU", "IL"], (8, 14), (1000, 4000), ["USD"], 20, S),
    ("880622", "Camera drones for livestock monitoring, 1.5 kg", "import", ["air"], ["CN"], (150, 300), (200, 800), ["USD"], 0.6, S),
    ("852589", "PTZ CCTV cameras for site security, 4 kg", "import", ["sea"], ["CN", "TW"], (60, 100), (1000, 4000), ["USD"], 0.25, S),
    ("270112", "Hard coking coal, Queensland", "import", ["sea"], ["AU"], (0.15, 0.25), (60000, 80000), ["USD"], None, S),
    ("611691", "Possum-merino knitted gloves", "import", ["post"], ["NZ"], (120, 200), (1, 2), ["NZD"], 8, S),
    ("640391", "Ugg boots, twin-face sheepskin", "import", ["post"], ["AU"], (90, 160), (1, 3), ["AUD"], 1.4, S),
    ("950640", "Table-tennis balls, 40 mm, 3-star, boxes of 6", "import", ["sea"], ["CN"], (6, 10), (1000, 4000), ["USD"], 60, S),
    ("960190", "Buffalo-horn knife-handle scales, polished", "import", ["post"], ["IN"], (30, 60), (1, 3), ["USD"], 12, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("920290", "Ukuleles, laminated basswood, with gig bags", "import", ["sea"], ["CN", "ID"], (15, 30), (1000, 4000), ["USD"], 0.7, N),
        ("392490", "Silicone ice-cube trays", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 6, N),
        ("761699", "Folding clothes airers, aluminium", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 0.3, N),
        ("650500", "Bucket hats, cotton twill", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind159", 20520901, HERE)


if __name__ == "__main__":
    main()
