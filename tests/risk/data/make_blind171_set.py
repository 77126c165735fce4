#!/usr/bin/env python3
"""Writes the hundred-and-seventy-first blind set (tests/risk/data/blind171-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and an
emphasis on the trade of the big air-cargo hubs (Frankfurt, Leipzig, Liège, Dubai, Doha,
Istanbul, Addis Ababa, Anchorage, Memphis): high-value, light and urgent goods, belly cargo,
express and consolidated e-commerce shipments.
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
would. Ids are BL171-*:

    python3 tests/risk/data/make_blind171_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "KR", [], "DE", "292090",
         "리튬이온 배터리 전해액 용매 DMC (디메틸카보네이트), 1리터 x 4병", "KR", 4.6, 4, 120000, "KRW",
         "battery-grade dimethyl carbonate is a water-clear, faintly sweet solvent of 1.07 kg/l that boils at 90 °C "
         "and ships sealed under argon with a water-content certificate; these four bottles, flown from Incheon to "
         "the Leipzig express hub for a private 'e-bike battery builder' in Dresden, hold a liquid of 1.14 kg/l that "
         "smells of fruit and solvent, burns with a bright flame and whose filler's sticker under the label reads "
         "'CH3NO2': nitromethane (Annex I above 16 %) for a member of the public, undeclared as a dangerous good on "
         "an air waybill; Korean wording (nitromethane repeats in many sets, and a dimethyl-carbonate label once, on "
         "an ozone-depleting solvent in blind110; as a battery-electrolyte solvent it was found in no earlier "
         "precursor row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "BEAIR01", "express", "CN", [], "BE", "391390",
         "透明质酸钠粉末 化妆品级 (hyaluronic acid powder), 1公斤 x 2袋", "CN", 2.1, 2, 60, "USD",
         "cosmetic hyaluronic acid is a light, fluffy, cotton-like white powder that swells into a slimy gel in "
         "water and sells at hundreds of dollars a kilo; these two bags, in a consolidated e-commerce sack landed "
         "at Liège from Shenzhen, hold dense, glassy white crystals that dissolve at once into a thin, salty liquid, "
         "flare yellow on a match and are declared at 30 USD/kg, posted on to a private 'serum maker' in Namur: "
         "sodium chlorate (Annex I above 40 %) for a member of the public; Chinese wording (sodium chlorate repeats "
         "in many sets under salt- and sugar-like labels; a hyaluronic-acid label was found in no earlier row by a "
         "keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-03", "import", "DEAIR01", "air", "CN", ["HK"], "DE", "391990",
         "手机屏幕维修OCA光学胶膜, 各型号, 20,000片", "CN", 60, 20000, 3000, "USD",
         "a phone-repair supplies air shipment, trucked from Shenzhen to Hong Kong and flown to Leipzig for a web "
         "shop that sells repair kits to the public: OCA adhesive film and opening tools are what such shops sell, "
         "but the third item's 'PCB corrosion cleaner' is 240 one-litre bottles of a fuming, yellowing liquid of "
         "1.40 kg/l that browns the skin and dissolves a copper pad in seconds, with vented caps: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, hidden as the last item of a three-item "
         "declaration and flown as general cargo; Chinese wording (nitric acid repeats in many sets and cleaner "
         "labels in several; behind display-repair film through Hong Kong is the new part as far as a search found)",
         dict(firm("Orion Handy-Ersatzteile GmbH", "DE"),
              _more_items=[item("820559", "手机拆屏工具套装 (吸盘、撬片、螺丝刀), 1,000套", "CN", 180, 2500, "USD", qty=1000),
                           item("340290", "电路板腐蚀清洗剂, 1升瓶装, 240瓶", "CN", 336, 480, "USD", qty=240)])),
        ("PRE-04", "import", "NLAIR01", "express", "US", [], "NL", "300490",
         "Bacteriostatic water for injection, 0.9% benzyl alcohol, 4 x 1 L", "US", 4.5, 4, 60, "USD",
         "bacteriostatic water is sold in sealed 30 ml vials with a pharmacy label, 1.00 kg/l and odourless; these "
         "four one-litre plastic bottles, sent by FedEx through Memphis to a private 'peptide user' in Eindhoven, "
         "have vented caps, hold a liquid of 1.13 kg/l that foams on a cut, whitens and stings the skin and "
         "bleaches a paper towel: about 35 % hydrogen peroxide (Annex I above 12 %) for a member of the public; US "
         "English wording (hydrogen peroxide repeats in many sets under water-like labels; a bacteriostatic-water "
         "label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-05", "import", "DEAIR01", "air", "ET", [], "DE", "110819",
         "ቡላ (የእንሰት ዱቄት), ንፁህ, 1 ኪሎ ፓኬት, 400 ፓኬት", "ET", 400, 400, 1200, "USD",
         "bula is the white, fine starch squeezed from fermented ensete pulp: it smells faintly sour, clumps in the "
         "hand and thickens hot water into a porridge; these 400 packs, in the belly of an Addis Ababa-Frankfurt "
         "flight for a Frankfurt Ethiopian grocery web shop that sells to the public, hold a heavier, gritty, "
         "odourless powder that does not thicken, burns fiercely with sugar and whose inner liners read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public; Amharic wording "
         "(potassium perchlorate repeats in many sets and Ethiopian grocery air cargo in a few, teff and berbere "
         "among them; an ensete-starch (bula) label was found in no earlier row by a keyword search)",
         firm("Meridian Habesha Markt GmbH", "DE")),
        ("PRE-06", "import", "HUAIR01", "air", "TR", [], "HU", "854470",
         "FTTH fiber optik drop kablosu, 1 km makara, 20 makara", "TR", 480, 20, 2400, "EUR",
         "FTTH drop cable is a flat or round black sheath around a glass fibre and two steel or FRP strength members, "
         "cut clean and showing a glass core; these twenty reels, flown from Istanbul Airport's cargo terminal to "
         "Budapest for a 'telecom subcontractor', hold a round, white-and-orange plastic cord with a white "
         "crystalline core that crumbles out of a cut end, printed 'PETN 10 g/m': detonating cord (explosives, "
         "Directive 2014/28) moved without a transfer authorisation and carried by air as general cargo instead of "
         "Class 1 dangerous goods; Turkish wording (detonating cord repeats in many sets; a fibre-optic drop-cable "
         "label was found in no earlier row by a keyword search)", firm("Vega Távközlési Kft.", "HU")),
        ("PRE-07", "import", "DEAIR01", "express", "JP", [], "DE", "285000",
         "化粧品用窒化ホウ素パウダー (ボロンナイトライド), 1kg × 3袋", "JP", 3.1, 3, 9000, "JPY",
         "cosmetic boron nitride is a very light, slippery, pearly-white powder like talc that is inert and costs "
         "tens of euros a kilo; these three bags, flown from Narita to Frankfurt for a private 'make-up formulator' "
         "in Mainz, hold a dense, gritty, crystalline white powder that is not slippery, tastes cooling and salty and "
         "spits violet sparks on a hot iron, with CAS 3811-04-9 on the inner bag: potassium chlorate (Annex I above "
         "40 %) for a member of the public; Japanese wording (potassium chlorate repeats in many sets under powder "
         "labels; a boron-nitride label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-08", "import", "BESEA01", "sea", "IL", [], "BE", "190219",
         "פתיתים אפויים (ptitim), שקיות 500 גרם, 30,000 שקיות", "IL", 15000, 30000, 12000, "EUR",
         "ptitim are small, toasted, beige pasta pearls that smell of baked wheat and soften in boiling water; these "
         "bags hold smooth, white, hard prills that do not cook, turn ice-cold in water, read 34 % N on a quick test "
         "and melt and fume on a hot plate, for an Antwerp kosher web grocer that sells to the public: ammonium "
         "nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by sea from Ashdod; Hebrew "
         "wording (ammonium nitrate repeats in many sets and grain-like covers (moghrabieh, m'hamsa couscous, semolina) "
         "in several; kept as a repeat of the family, a ptitim label was found in no earlier row)",
         firm("Delta Kosher Market SA", "BE")),
        ("PRE-09", "import", "HRROAD01", "road", "RS", [], "HR", "271019",
         "Ulje za hidraulične dizalice, 1 l boca, 2.400 boca", "RS", 4400, 2400, 4800, "EUR",
         "hydraulic jack oil is a thin, amber mineral oil of 0.87 kg/l that floats on water and smells of oil; these "
         "PET bottles with vented caps hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars a wooden spatula, for a Zagreb car-parts web shop that sells to the public: about 96 % "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, on a lorry at Bajakovo; "
         "Serbian wording (sulphuric acid repeats in many sets under oil labels, brake fluid and hydraulic oil among "
         "them; a jack-oil label was found in no earlier row by a keyword search)", firm("Orion Auto Dijelovi d.o.o.", "HR")),
        ("PRE-10", "import", "ATPOST01", "post", "AU", [], "AT", "291815",
         "Potassium citrate powder, food grade, for home cheesemaking and electrolyte drinks, 4 x 1 kg", "AU", 4.2, 4,
         48, "AUD",
         "food-grade potassium citrate is a fine, free-flowing white powder that tastes salty-sour and dissolves "
         "without cooling; these four bags, posted from Adelaide to a private 'home cheesemaker' in Graz, hold "
         "glassy, tasteless crystals that draw damp, do not fizz with baking soda, burn brightly with sugar and whose "
         "re-used inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %) for a member of the public; "
         "Australian English wording (sodium perchlorate repeats in many sets; citrate labels appear twice, as "
         "sodium citrate in blind59 and blind94; a potassium-citrate label was found in no earlier row by a keyword "
         "search)", person("Thomas Gruber", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "BEAIR01", "air", "BE", [], "HK", "851830",
         "Draadloze oordopjes (TWS), B-stock, getest, 1.800 kg", "BE", 1800, 60000, 9000, "EUR",
         "B-stock earbuds are tested, cleaned, paired to a new case and boxed by model; these gaylords, built up "
         "on the ramp at Liège from a web retailer's return centre, hold loose, unsorted earbuds and charging "
         "cases with dead or swollen lithium cells, sweat and ear wax, some taped as 'defect', bought by weight at "
         "15 cents a unit: waste electrical equipment with lithium cells (16 02 13*), e-waste whose export to a "
         "non-OECD country is banned and which Basel entry Y49 puts under prior consent, and damaged lithium cells "
         "flown as general cargo, to a Kwai Chung 'refurbisher'; Flemish wording (e-waste to Hong Kong repeats in "
         "many sets; customer-return earbuds from the Liège e-commerce hub were found in no earlier row by a "
         "keyword search)", {"importer_country": "HK"}),
        ("WST-02", "export", "IEAIR01", "air", "IE", ["AE"], "IN", "280300",
         "Carbon black, off-grade, for rubber compounding, 12 fibre drums", "IE", 600, 12, 1200, "EUR",
         "off-grade carbon black is a fluffy, sooty, very light powder (about 0.35 kg/l) sold by the tonne at under "
         "a euro a kilo; these 12 drums from a Cork pharmaceutical plant hold damp, heavy, black granules that smell "
         "of solvent and amine and read 4 % palladium on an XRF gun: spent palladium-on-carbon hydrogenation "
         "catalyst wet with reaction solvents (16 08 07*), hazardous waste whose export to a non-OECD country is "
         "banned, flown from Dublin through Dubai to a Hyderabad 'refiner' at a value that is a hundredth of its "
         "metal; Irish English wording (spent catalysts repeat in many sets and carbon-black labels on other wastes "
         "in three (blind11, blind134, blind135), kept as a repeat of the label; a palladium-on-carbon catalyst was "
         "found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "DEAIR01", "air", "DE", ["ET"], "NG", "880730",
         "Passenger Service Units B737NG, gebraucht, lufttüchtig (EASA Form 1), 120 Stück", "DE", 1400, 120,
         6000, "EUR",
         "serviceable passenger service units come with an EASA Form 1 each, cleaned, with lamps, masks and an "
         "in-date or removed oxygen generator; these 120, stripped from parted-out aircraft at a Hesse MRO, have "
         "cracked lenses, no tags of their own and their chemical oxygen generators still fitted, past their life "
         "limit, with pins in or missing: discarded oxygen generators (sodium-chlorate candles, 16 05 07*) and "
         "aircraft scrap, hazardous waste whose export to a non-OECD country is banned and a forbidden load on "
         "passenger aircraft, flown from Frankfurt through Addis Ababa to a Lagos 'parts broker'; German wording "
         "(aircraft scrap repeats in a few sets and oxygen-generator refills in two precursor rows; expired "
         "generators inside service units were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-04", "export", "NLAIR01", "air", "NL", ["QA"], "PK", "392620",
         "Stralingsbeschermende schorten, tweedehands, gereinigd, 400 stuks", "NL", 2400, 400, 2000, "EUR",
         "second-hand radiology aprons that are sold for reuse are tested by X-ray for cracks and come with a test "
         "sheet; these 400, cleared out of Dutch hospitals after failing their annual screening, are torn, stained "
         "and crumpled with the lead-vinyl core cracked through, bought by weight for their lead: waste lead "
         "shielding (lead-containing waste, 15 02 02* with cleaning residues, and A1010 under Basel), hazardous waste "
         "whose export to a non-OECD country is banned, flown from Schiphol through Doha to a Lahore 'medical "
         "supplier'; Dutch wording (lead waste repeats in many sets; failed lead aprons were found in no earlier row "
         "by a keyword search)", {"importer_country": "PK"}),
        ("WST-05", "export", "ESAIR01", "air", "ES", ["QA"], "IQ", "300490",
         "Suministros para ensayo clínico, reetiquetados para nuevo estudio, 80 cajas isotérmicas", "ES", 420, 80,
         3200, "EUR",
         "clinical-trial supplies travel in date, with the sponsor's release, a protocol number and a temperature "
         "logger in each shipper; these 80 isothermal boxes from a Madrid depot hold kits returned from closed "
         "study sites, half-used blister packs, vials of oral cytotoxics past their use-by date and labels pasted "
         "over old protocol numbers: returned investigational medicines for destruction, cytotoxic waste (18 01 08*), "
         "hazardous waste whose export to a non-OECD country is banned, flown from Madrid through Doha to a Baghdad "
         "'distributor'; Spanish wording (expired medicines repeat in many sets as donations; clinical-trial "
         "returns were found in no earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("WST-06", "export", "FRAIR01", "air", "FR", [], "TR", "381010",
         "Crème à braser SnPb 63/37, neuve, chaîne du froid, 300 pots de 500 g", "FR", 150, 300, 900, "EUR",
         "fresh solder paste travels in dated jars at 2-10 °C with a certificate and costs tens of euros a jar; "
         "these 300 jars from a Toulouse avionics board maker are a year past their date, crusted and separated, "
         "mixed with scraped-off paste and tin-lead dross from the stencil printers: waste solder paste with lead "
         "and flux solvents (hazardous waste), shipped to Türkiye without the notification and consent a hazardous "
         "waste needs, flown from Toulouse to an Istanbul 'electronics supplier' at 3 EUR a jar; French wording "
         "(solder dross repeats in many sets; expired solder paste was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "TG", "271019",
         "Kerosine Jet A-1, buiten specificatie, voor verwarming, 2 ISO-tanks", "NL", 44000, 2, 22000, "EUR",
         "off-spec jet fuel is a clear, straw-coloured kerosene with a failed test (colour, particles or "
         "conductivity) and a certificate of the failure; these two ISO tanks hold a black, water-laden liquid "
         "with a rust-red sludge layer that smells of kerosene and rotten eggs and carries microbial mats: tank "
         "bottoms and filter-water drainings from an airport fuel farm (16 07 08*), hazardous waste whose export to a "
         "non-OECD country is banned, from Rotterdam to Lomé for a 'heating-fuel' buyer; Dutch wording (tank "
         "bottoms repeat in several sets and Jet A-1 in strategic rows; airport fuel-farm drainings as off-spec Jet "
         "A-1 are the new part as far as a search found)", {"importer_country": "TG"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "390690",
         "Kunststoffstrahlmittel Typ V (Acryl), aufbereitet, Big Bags, 18 t", "AT", 18000, None, 1800, "EUR",
         "reclaimed Type V acrylic blasting media is clean, sharp, translucent granules sieved to one size; these "
         "bags hold dusty, yellow-green powder and fines that stain the hand and read chromium and cadmium on an XRF "
         "gun, from an aircraft-paint stripping hangar near Vienna: spent blasting media with chromate primer and "
         "cadmium dust (12 01 16*), hazardous waste whose export to a non-OECD country is banned, by lorry through "
         "Hungary to a Novi Sad 'sandblaster'; Austrian German wording (spent blasting grit repeats in many sets; "
         "spent plastic media from aircraft depainting were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "PK", "392113",
         "Blocchi di schiuma poliuretanica rigenerata (rebonded), 22 t", "IT", 22000, None, 4400, "EUR",
         "rebonded foam blocks are multicoloured chips of clean foam bound with glue into firm slabs; these bales "
         "are loose, shredded grey and blue seat foam and fabric from refurbished airliner cabins, with seat-cover "
         "Velcro and fire-blocking layers, and an XRF gun reads bromine at several per cent: seat foam with "
         "brominated flame retardants (PBDE, a persistent organic pollutant), hazardous waste whose export to a "
         "non-OECD country is banned, from Genoa to Karachi for a 'mattress maker'; Italian wording (PBDE plastics "
         "repeat in several sets; aircraft seat foam under a rebond label is the new part as far as a search "
         "found)", {"importer_country": "PK"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "SN", "870919",
         "Tracteurs à bagages d'aéroport d'occasion, diesel, 6 unités", "BE", 15000, 6, 36000, "EUR",
         "an airport ground-equipment container for a Dakar handler: used baggage tractors and belt loaders are "
         "what Brussels dealers sell to West African airports, but the third item's 'batteries de traction testées' "
         "are 60 cracked, acid-leaking forklift and tug traction batteries pulled out of Zaventem's workshops: waste "
         "lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, from Antwerp; Belgian French wording (lead-acid batteries "
         "repeat in many sets, behind used vehicles among them; behind airport ground-support equipment is the new "
         "part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("842890", "Convoyeurs à bande pour bagages (belt loaders), d'occasion, 2 unités", "BE", 7000, 18000, "EUR", qty=2),
                           item("850710", "Batteries de traction testées, plomb, 60 pièces", "BE", 9000, 1200, "EUR", qty=60)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "UZ", [], "DE", "880730",
         "Гидроаккумуляторы для самолёта Ан-124, заправлены азотом, 16 шт.", "UZ", 320, 16, 24000, "USD",
         "An-124 hydraulic accumulators are long steel cylinders with a piston, a nitrogen valve and an oil port, "
         "charged with a few bar of nitrogen for transport; these 16 olive-green spheres and bottles, flown from "
         "Tashkent to Leipzig for a heavy-freighter maintenance shop, have squib-fired discharge heads and no oil "
         "port, slosh with a liquid of 2.18 kg/l and their stencils read '114В2': halon 2402 fire-extinguisher "
         "bottles from the engine and APU bays, whose import into the Union is banned outside licensed critical "
         "uses; Russian wording from Uzbekistan (halon 2402 repeats in many sets in Soviet bottles; an An-124 "
         "accumulator label at the Leipzig hub was found in no earlier row by a keyword search)",
         firm("Alpina Aero Technik GmbH", "DE")),
        ("OZN-02", "import", "DEAIR01", "express", "US", [], "DE", "381400",
         "Coin and medal cleaning solvent, professional, non-flammable, 4 x 1 qt", "US", 4.3, 4, 80, "USD",
         "coin-cleaning solvents sold to collectors are acetone, distilled water or mild acid dips in small bottles; "
         "these four old-stock quart cans, sent by FedEx through Memphis to a private numismatist in Munich, hold a "
         "sweet-smelling, non-flammable liquid of 1.34 kg/l that boils at 74 °C, and the small print on the can "
         "backs names '1,1,1-trichloroethane': methyl chloroform, whose import into the Union is banned; US English "
         "wording (methyl chloroform repeats in many sets under solvent labels; coin-cleaning labels appear twice on "
         "precursors (blind56, blind67), on an ozone-depleting solvent in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("OZN-03", "import", "NLAIR01", "air", "AE", [], "NL", "860900",
         "حاويات شحن جوي (ULD) مستعملة، فارغة، 8 وحدات", "AE", 4800, 8, 16000, "USD",
         "used air-cargo ULDs are empty aluminium boxes of about 80 kg each with no machinery; these eight, retired "
         "from a Gulf carrier's pharma fleet and flown from Dubai to Schiphol for a Dutch lessor, are active "
         "temperature-controlled containers of 600 kg each with insulated walls, a compressor, condenser and "
         "battery pack, and their data plates read 'R-22, 1.2 kg': equipment relying on HCFC-22, whose import into "
         "the Union is banned (Regulation 2024/590); Gulf Arabic wording (R-22 equipment repeats in many sets; "
         "active temperature-controlled ULDs under an empty-ULD label were found in no earlier row by a keyword "
         "search)", firm("Atlantic Air Logistics BV", "NL")),
        ("OZN-04", "import", "BEAIR01", "express", "CN", [], "BE", "381400",
         "屏幕分离液 (手机屏幕拆解用), 500毫升 x 6瓶", "CN", 4, 6, 30, "USD",
         "screen-separating liquids for phone repair are isopropanol or hydrocarbon blends that smell of alcohol "
         "and burn; these six bottles, in a consolidated e-commerce sack landed at Liège from Shenzhen for a private "
         "phone repairer in Charleroi, hold a non-flammable liquid of 1.24 kg/l that boils at 32 °C in the hand and "
         "smells faintly ethereal, and the filler's drum code under the label reads '141b': HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), whose import into the Union is banned; Chinese wording (HCFC-141b repeats in "
         "very many sets; a screen-separating-liquid label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("OZN-05", "import", "DEAIR01", "air", "TR", [], "DE", "381400",
         "Hassas temizleme solventi, Opteon SF79 muadili, oksijen sistemleri için, 20 x 20 kg", "TR", 400, 20,
         6000, "EUR",
         "Opteon SF79 is a trans-dichloroethylene blend of 1.3 kg/l that boils at 43 °C, flammable-rated and "
         "stencilled by its maker; these 20 cans, flown from Istanbul Airport to Frankfurt for an aircraft-oxygen "
         "component shop, hold a liquid of 1.57 kg/l that boils at 48 °C and does not burn, and their inner labels "
         "are in Cyrillic, 'Хладон-113': CFC-113 of Russian make, whose import into the Union is banned; Turkish "
         "wording (CFC-113 repeats in many sets and once as an oxygen-cleaning solvent by its formula, blind35; an "
         "Opteon label was found in no earlier row by a keyword search)", firm("Central Aero Komponenten GmbH", "DE")),
        ("OZN-06", "export", "FRAIR01", "air", "FR", [], "ET", "842410",
         "Extincteurs portatifs de cabine, poudre ABC 1 kg, révisés, 60 pièces", "FR", 150, 60, 1800, "EUR",
         "1 kg ABC powder extinguishers are small red cylinders with a gauge that rattle when shaken; these 60 "
         "cabin bottles, pulled from airliners parted out at Tarbes, have no gauge, slosh, spray a liquid that "
         "vanishes into a gas and their neck stamps read 'BCF / H1211': halon 1211 extinguishers, whose export from "
         "the Union is banned outside licensed critical uses, flown from Paris-CDG to an Addis Ababa 'aviation "
         "supplier'; French wording (halon 1211 repeats in many sets and powder-extinguisher labels in a few; "
         "cabin bottles from a French part-out yard by air to Addis Ababa are the new part as far as a search "
         "found)", {"importer_country": "ET"}),
        ("OZN-07", "transit", "DEAIR01", "air", "IN", ["DE"], "CA", "292090",
         "ప్రొపిలీన్ కార్బొనేట్, బ్యాటరీ ద్రావకం, 40 x 5 లీటర్లు", "IN", 320, 40, 2400, "USD",
         "propylene carbonate is a colourless, odourless, oily solvent of 1.20 kg/l that boils at 242 °C; these 40 "
         "cans, landed at Frankfurt from Hyderabad in transit to Toronto, weigh 1.59 kg/l, smell sweet like "
         "chloroform, evaporate off the hand and boil at 77 °C, and their drum labels read 'CCl4': carbon "
         "tetrachloride, a controlled ozone-depleting substance moved through the Union without the licence "
         "Regulation 2024/590 requires; Telugu wording (carbon tetrachloride repeats in many sets; a "
         "propylene-carbonate label was found once, on a lash-glue remover in blind130; as a transit through the "
         "Frankfurt hub it is the new part)", {"importer_country": "CA"}),
        ("OZN-08", "import", "ESSEA01", "sea", "AR", [], "ES", "841850",
         "Vitrinas frigoríficas para carnicería, usadas, reacondicionadas, 2,5 m, 12 unidades", "AR", 6000, 12,
         14400, "USD",
         "reconditioned butcher's display counters sold in the Union are refitted with R-290 or CO2 units and carry "
         "a test report; these twelve from Buenos Aires carnicerías keep their original condensing units, their "
         "sight glasses show refrigerant and their plates read 'R-22, 2.4 kg': equipment relying on HCFC-22, whose "
         "import into the Union is banned, by sea to Vigo for a Galician shop-fitter; Rioplatense Spanish wording "
         "(R-22 equipment repeats in many sets and a 'vitrina' label once, on HFC ice-cream cabinets in blind20; "
         "used butcher's counters from Argentina were found in no earlier row by a keyword search)",
         firm("Rivage Equipamiento Comercial SL", "ES")),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Lastik şişirme ve tamir spreyi, 450 ml, 3.600 adet", "TR", 2100, 3600, 5400, "EUR",
         "tyre inflator-sealant cans hold a latex sealant driven by a little hydrocarbon or HFO gas, at about 3 bar; "
         "these 3,600 cans read 8 bar at 20 °C, hiss a non-flammable, faintly sweet gas and the filling sheet in "
         "the lorry cab names 'R-22 propellant': sealant aerosols propelled with HCFC-22, products containing an "
         "ozone-depleting substance whose import into the Union is banned, on a lorry at Kapitan Andreevo for a "
         "Plovdiv car-accessories wholesaler; Turkish wording (HCFC-22 repeats in many sets and tyre inflators with "
         "an HCFC in blind78 and blind84, by express; kept as a repeat, a commercial lorry load from Türkiye is the "
         "new part)", firm("Vega Avtoaksesoari EOOD", "BG")),
        ("OZN-10", "import", "GRSEA01", "sea", "EG", [], "GR", "280110",
         "كلور مسال لمعالجة المياه، أسطوانات 50 كغ، 60 أسطوانة", "EG", 3000, 60, 1800, "USD",
         "liquefied chlorine for water works comes in yellow-banded cylinders at about 7 bar whose slightest leak "
         "stings the eyes and turns ammonia vapour white; these 60 cylinders hold 50 kg of liquid each at 2 bar, "
         "give no chlorine smell or white fume at the valve and their shoulders are stamped 'CH3Br' under the "
         "sleeves: methyl bromide, whose import into the Union is banned, by sea from Alexandria to Piraeus for a "
         "greenhouse-fumigation contractor; Egyptian Arabic wording (methyl bromide repeats in many sets under gas "
         "labels; a liquid-chlorine label was found twice (blind130, blind140), kept as a repeat of the family)",
         firm("Delta Fytoprostasia AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "US", [], "DE", "960110",
         "Fossil walrus ivory scrimshaw, new, Alaska Native carved, 14 pcs", "US", 3.5, 14, 700, "USD",
         "new scrimshaw on fossil walrus ivory is cut from creamy or tan tusk sections, polished, inked with ships "
         "or animals and signed; these 14 are dark-brown, root-stained harpoon heads, a winged object and needle "
         "cases with flowing incised circles and dots, worn and cracked from the permafrost, dug out of a St "
         "Lawrence Island midden: Old Bering Sea and Punuk objects (about 200 BC - AD 1200), archaeological objects "
         "over 250 years old brought in without the import licence Regulation 2019/880 requires, flown from "
         "Anchorage on a freighter rotation to Leipzig for a Berlin tribal-art dealer at 50 USD a piece; US English "
         "wording (Arctic ivory appears in a few wildlife rows; Old Bering Sea and Punuk objects were found in no "
         "earlier row by a keyword search)", firm("Horizon Ethnographica GmbH", "DE")),
        ("CUL-02", "import", "DEAIR01", "air", "ET", [], "DE", "090111",
         "የይርጋጨፌ ቡና፣ ጥሬ፣ 60 ኪሎ ጆንያ፣ 10 ጆንያ", "ET", 600, 10, 4200, "USD",
         "an Ethiopian belly-cargo shipment from Addis Ababa to Frankfurt for a church-goods and coffee shop: "
         "Yirgacheffe coffee and cotton netela shawls are what such shops import, but among the third item's "
         "twelve 'new painted souvenir panels' is a hinged wooden diptych of the Virgin and Saint George in the "
         "second Gondarine style, its tempera cracked and smoke-blackened, the hinge thongs of old leather and an "
         "inventory number of a Gojjam church painted over: a 17th-18th-century church icon taken out of "
         "Ethiopia, which forbids its export, brought in against Article 3(1) of Regulation 2019/880, hidden as the "
         "last item of a three-item declaration; Amharic wording (Ethiopian church objects repeat in many sets, a "
         "Gondarine object once (blind49); behind coffee and netela at the Frankfurt hub is the new part as far as a "
         "search found)",
         dict(firm("Orion Habesha Handel GmbH", "DE"),
              _more_items=[item("621490", "የጥጥ ነጠላ፣ በእጅ የተሸመነ፣ 300", "ET", 90, 900, "USD", qty=300),
                           item("442090", "የተሳሉ የእንጨት ሥዕሎች፣ አዲስ የመታሰቢያ ዕቃዎች፣ 12", "ET", 9, 120, "USD", qty=12)])),
        ("CUL-03", "import", "FRAIR01", "air", "QA", [], "FR", "680299",
         "أوعية بهارات حجرية منحوتة يدوياً، جديدة، 6 قطع", "OM", 14, 6, 180, "USD",
         "new hand-carved soapstone spice bowls from Oman are pale grey, smooth, lathe-true and oiled; these six are "
         "dark-green chlorite beakers and compartmented boxes carved with dotted circles and bands of hatching, "
         "with calcite crust in the grooves and ancient chips: Umm an-Nar soft-stone vessels (about 2500-2000 BC) "
         "from Omani tombs, whose export Oman forbids, brought in without the import licence Regulation 2019/880 "
         "requires, flown from Doha to Paris-CDG for a dealer by a Doha consolidator; Gulf Arabic wording (carved "
         "chlorite vessels repeat as Jiroft vessels in blind59 and blind60; Umm an-Nar vessels were found in no "
         "earlier row by a keyword search)", firm("Meridian Antiquités SARL", "FR")),
        ("CUL-04", "import", "DEAIR01", "air", "UZ", ["TR"], "DE", "691200",
         "G'ijduvon sopol laganlari, yangi, qo'lda ishlangan, 10 dona", "UZ", 12, 10, 150, "USD",
         "new Gijduvan plates are bright, thickly glazed earthenware in brown, ochre and green with fresh, even "
         "glaze; these ten are thin, creamy-white bowls with black Kufic inscriptions round the rim, crazed, "
         "repaired with old rivets and crusted with soil inside: 10th-century Samanid epigraphic slipware from "
         "Afrasiab (Samarkand), archaeological objects whose export Uzbekistan forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Tashkent through Istanbul to Frankfurt for a Munich "
         "dealer; Uzbek wording (Uzbek antiquities repeat in several sets as ossuaries and Margiana seals; Afrasiab "
         "slipware under a Gijduvan label was found in no earlier row by a keyword search)",
         firm("Alpina Orientkunst GmbH", "DE")),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "AE", "701399",
         "Bottigliette decorative in vetro di Murano, nuove, 24 pezzi", "IT", 4, 24, 360, "EUR",
         "new Murano bottles are thick, brightly coloured glass with gold leaf or millefiori and a maker's sticker; "
         "these 24 are thin, blown, pale green-blue unguentaria and balsamaria with rainbow iridescence, soil in the "
         "necks and weathering pits, dug at night on farmland near Aquileia: Roman glass of the 1st-3rd century, "
         "archaeological finds which belong to the Italian State and may not leave Italy, exported without the "
         "licence of Regulation 116/2009, flown from Milan-Malpensa to a Dubai collector's agent; Italian wording "
         "(Roman glass repeats in a few sets, a Murano label twice (blind62, blind163); Aquileia finds were found in "
         "no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("CUL-06", "import", "DEAIR01", "express", "US", [], "DE", "960190",
         "Hand-carved shell pendants, new, Southeastern style, 12 pcs", "US", 1.4, 12, 240, "USD",
         "new carved shell pendants are thin, bright-white discs of farmed conch or abalone with crisp, even "
         "engraving and a machine-drilled hole; these twelve are thick, chalky, root-etched whelk-shell gorgets "
         "engraved with a spider, a rattlesnake and a winged dancer, with two old suspension holes worn by cord: "
         "Mississippian shell gorgets (AD 1200-1450) dug from mound burials, archaeological objects over 250 years "
         "old brought in without the import licence Regulation 2019/880 requires, sent by FedEx through Memphis to "
         "a Frankfurt dealer; US English wording (Native American objects repeat in a few sets, Hopi and Mimbres "
         "among them; Mississippian shell gorgets were found in no earlier row by a keyword search)",
         firm("Vega Präkolumbische Kunst GmbH", "DE")),
        ("CUL-07", "import", "DEAIR01", "express", "UA", ["PL"], "DE", "711719",
         "Сувенірні підвіски-хрестики, латунь, під старовину, 30 шт.", "UA", 1.2, 30, 90, "EUR",
         "new antique-look brass crosses are bright cast pendants with a chemical brown patina that rubs off; "
         "these 30 are hinged bronze reliquary crosses (encolpia) with saints in relief, green corrosion and soil in "
         "the hinges, with twelve lead seals of princes and bishops among them: Kyivan Rus' encolpia and seals of the "
         "12th-13th century dug with detectors in front-line regions, archaeological objects whose export Ukraine "
         "forbids, brought in against Article 3(1) of Regulation 2019/880, sent by express through Poland to the "
         "Leipzig hub for a private collector; Ukrainian wording (Ukrainian detector finds repeat in many sets; "
         "Kyivan Rus' encolpia were found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("CUL-08", "import", "NLAIR01", "air", "ID", ["QA"], "NL", "442090",
         "Topeng hudoq kayu, kerajinan baru dari Kalimantan Timur, 6 buah", "ID", 14, 6, 240, "USD",
         "new hudoq masks for tourists are light pulai wood with bright acrylic paint, crisp cuts and no wear; "
         "these six are heavy, hand-adzed masks with bulging eyes and hornbill-like ears, softened mineral paint, "
         "rattan fixings eaten by insects and a century of smoke on the back, taken from a Bahau longhouse on the "
         "Mahakam: ethnographic objects and cultural heritage whose export Indonesia forbids, brought in against "
         "Article 3(1) of Regulation 2019/880, flown from Balikpapan through Jakarta and Doha to Schiphol for an "
         "Amsterdam gallery; Indonesian wording (Dayak objects appear twice (blind60, blind150); hudoq masks were "
         "found in no earlier row by a keyword search)", firm("Horizon Tribal Art BV", "NL")),
        ("CUL-09", "import", "FRSEA01", "sea", "CI", [], "FR", "442011",
         "Statuettes en bois, artisanat neuf de Treichville, 30 pièces", "CI", 180, 30, 600, "EUR",
         "new Treichville carvings are light, pale wood stained black with shoe polish, sharply cut and near "
         "identical; three of these thirty are dense, with a worn, oily patina, beaded waists, scarification and "
         "offerings crusted at the feet: Baule spirit-spouse figures (blolo bla and blolo bian) of the 19th-early "
         "20th century taken out of Côte d'Ivoire, which forbids the export of its cultural heritage, brought in "
         "against Article 3(1) of Regulation 2019/880, by sea from Abidjan to Marseille for a Paris gallery; "
         "Ivorian French wording (West African figures repeat in many sets, a Korhogo carving in blind65; Baule "
         "figures were found in no earlier row by a keyword search)", firm("Rivage Arts Premiers SARL", "FR")),
        ("CUL-10", "export", "PLSEA01", "sea", "PL", [], "US", "830629",
         "Tabliczki dekoracyjne malowane na blasze, nowe, 2 szt.", "PL", 6, 2, 80, "EUR",
         "new painted tin plaques are flat, bright and printed or painted in acrylic; these two are hexagonal "
         "copper and tin sheets painted in oil with a bearded nobleman in a fur-trimmed żupan and a lady in a lace "
         "cap, with Latin inscriptions, old nail holes and varnish cracks: 17th-century Sarmatian coffin portraits, "
         "cut from a church and a museum inventory in Greater Poland, exported without the Polish permit and the "
         "licence of Regulation 116/2009, by sea from Gdynia to Newark for a New York dealer; Polish wording (Polish "
         "church objects repeat in a few sets; coffin portraits were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "AE", [], "BE", "710221",
         "Industrial diamond bort, crushing grade, UAE origin, 8,000 ct", "AE", 1.6, 8000, 24000, "USD",
         "crushing bort is dark, broken, included industrial diamond at a few dollars a carat, sold by the kilo to "
         "make grit; these parcels, flown in a valuables bag from Dubai to Brussels for an Antwerp trader, hold "
         "clean, colourless to pale-yellow octahedra and dodecahedra of several carats each with the resorption "
         "features of Siberian kimberlites and the sorting codes of a Russian producer on the inner papers: gem-grade "
         "rough diamonds of Russian origin re-exported under a UAE certificate, whose import into the Union "
         "Regulation 833/2014 forbids however they were routed; English wording from Dubai (Russian diamonds "
         "through Dubai repeat in several sets; an industrial-bort label was found in no earlier row by a keyword "
         "search)", firm("Central Diamond Trading BV", "BE")),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "TR", "870899",
         "Lkw-Bremsscheiben, neu, 400 Stück", "DE", 4800, 400, 19000, "EUR",
         "a truck-parts air shipment from the Leipzig hub for an Istanbul forwarder: brake discs and tyres are what "
         "such forwarders buy, but the third item's 'tempered safety glass for yachts' is eight curved, laminated "
         "panes with heating films, bus-bar connectors, a sensor lead and a Boeing part number etched in the corner: "
         "737NG flight-deck windshields, aircraft parts whose sale for use in Russia Regulation 833/2014 forbids, for "
         "a Moscow airline's maintenance base behind the forwarder, hidden as the last item of a three-item "
         "declaration; German wording (aircraft parts to Russia through Türkiye repeat in many sets; cockpit "
         "windshields as yacht glass were found in no earlier row by a keyword search)",
         dict({"importer_country": "TR"},
              _more_items=[item("401120", "Lkw-Reifen 315/80 R22.5, neu, 60 Stück", "DE", 3900, 16000, "EUR", qty=60),
                           item("700719", "Vorgespanntes Sicherheitsglas für Yachten, gebogen, 8 Stück", "DE", 320, 2400, "EUR", qty=8)])),
        ("STR-03", "export", "FRAIR01", "air", "FR", ["AE"], "IR", "848180",
         "Électrovannes d'arrivée d'eau pour lave-linge, 230 V, 200 pièces", "FR", 180, 200, 6000, "EUR",
         "washing-machine inlet valves are light plastic bodies with a push-on coil and a hose thread at a few "
         "euros; these 200 are two-stage flapper-nozzle electro-hydraulic servo valves in stainless steel with "
         "torque motors, four-port manifolds and aerospace serial plates, worth several thousand euros each: servo "
         "valves for missile and drone actuation, whose sale to Iran Regulation 267/2012 and Regulation 2023/1529 "
         "forbid, flown from Paris-CDG through Dubai to a Tehran 'home-appliance spares' importer; French wording "
         "(servo valves appear once, as tractor directional valves in blind124, and appliance valves as espresso "
         "valves in blind133; a washing-machine inlet-valve label was found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", ["ET"], "SD", "848340",
         "Industriegetriebe für Zementmühlen, überholt, 2 Stück", "DE", 1600, 2, 18000, "EUR",
         "a cement-mill gearbox is a squat, foot-mounted box with parallel shafts and a coupling flange weighing "
         "tens of tonnes; these two 800 kg units have a vertical output shaft with a rotor-hub spline, a tail-rotor "
         "drive take-off, magnesium housings and Russian overhaul tags: VR-14 main rotor gearboxes of Mi-8/Mi-17 "
         "helicopters, military-capable equipment under the Union arms embargo on Sudan, flown from Frankfurt "
         "through Addis Ababa to a Port Sudan 'cement plant'; German wording (Mi-8/17 parts repeat in several sets; "
         "a cement-mill gearbox label to Sudan was found in no earlier row by a keyword search)",
         {"importer_country": "SD"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", ["TR"], "IR", "810890",
         "Titanové trubky pro výfuky motocyklů, 400 ks", "CZ", 180, 400, 12000, "EUR",
         "titanium motorcycle-exhaust tubing is light (4.5 kg/dm3), 40-60 mm across and sold in 1 m lengths; these "
         "400 tubes are 4 m long, 9.5 mm thin-walled cladding tubes of 6.5 kg/dm3 with a bright, oxidised "
         "finish and heat numbers of a nuclear-fuel supplier: Zircaloy-4 fuel cladding (zirconium tubes controlled "
         "as dual-use 0A001/1C234 and listed for Iran), exported without the licence Regulation 2021/821 requires, "
         "flown from Prague through Istanbul to a Tehran 'motorcycle parts' importer; Czech wording (zirconium tubes "
         "repeat in a few sets, and bicycle-tubing labels on aluminium tubes in several; an exhaust-tubing label was "
         "found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "TR", "847180",
         "Schede di acquisizione video PCIe per broadcast, 64 pezzi", "IT", 160, 64, 19200, "EUR",
         "PCIe video-capture cards are short boards with HDMI or SDI inputs at a few hundred euros; these 64 are "
         "full-length, passively cooled accelerator cards with 80 GB of stacked memory, no video inputs at all and "
         "a data-centre serial label: AI accelerators (8471/8473, on the common high-priority list and controlled as "
         "3A090), whose sale for use in Russia Regulation 833/2014 forbids, flown from Milan-Malpensa to an Istanbul "
         "'broadcast integrator' that ships to Moscow at 300 EUR a card; Italian wording (GPUs and servers repeat in "
         "several sets; a video-capture-card label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AM", "850660",
         "Zink-Luft-Hörgerätebatterien, Größe 312, 200.000 Stück", "AT", 240, 200000, 16000, "EUR",
         "size-312 hearing-aid cells are tiny button cells sold on blister cards of six with a peel-off tab; these "
         "cartons hold reels of yellow and black moulded chip components marked with a capacitance code and a "
         "polarity band, 200,000 in all: tantalum capacitors (8532 21, on the common high-priority list), whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Vienna to a "
         "Yerevan 'hearing-care' firm set up this year whose address is a Moscow forwarder's; Austrian German wording "
         "(tantalum capacitors repeat in a few sets; a hearing-aid-battery label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "391740",
         "Laistymo žarnų greitosios jungtys, plastikinės, 50 000 vnt.", "LT", 1800, 50000, 4500, "EUR",
         "garden-hose quick couplings are light green and grey plastic snap fittings at a few cents; these cartons "
         "hold heavy, olive-drab metal circular connectors with bayonet coupling rings, gold-plated crimp contacts "
         "and MIL-DTL-38999 part numbers: military-standard electrical connectors (8536 69, on the common "
         "high-priority list), whose export to Belarus Regulation 765/2006 forbids, on a lorry at Medininkai for a "
         "Minsk 'irrigation' firm; Lithuanian wording (38999 connectors appear twice (blind51, blind129); a "
         "garden-hose-coupling label was found in no earlier row by a keyword search)", {"importer_country": "BY"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "PK", "283699",
         "Bakkersammoniak (ammoniumbicarbonaat, E503), zakken 25 kg, 20 t", "NL", 20000, 800, 16000, "EUR",
         "baker's ammonia is ammonium bicarbonate, which reeks of ammonia the moment a bag is opened and vanishes on "
         "a warm plate; these bags hold odourless, fine white crystals of a set particle size that do not vanish "
         "when heated but flare and burn fiercely, with 'NH4ClO4' on the inner liners: ammonium perchlorate, a "
         "solid-rocket propellant oxidiser (military list ML8 and dual-use 1C111), exported without a licence from "
         "Rotterdam to a Karachi 'biscuit maker'; Dutch wording (ammonium perchlorate repeats in many sets, to "
         "Pakistan as ammonium chloride in blind17; an ammonium-bicarbonate label appears once, on a precursor in "
         "blind67; as baker's ammonia for a missile oxidiser it is the new part)", {"importer_country": "PK"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "EG", "291815",
         "Triethylcitraat (E1505), weekmaker voor coatings, 40 vaten van 200 kg", "BE", 8000, 40, 24000, "EUR",
         "triethyl citrate is an almost odourless, slightly oily plasticiser of 1.14 kg/l that boils near 300 °C; "
         "these drums hold a thin liquid of 0.97 kg/l with a strong, garlicky, foul smell that fumes in moist air, "
         "and the drum heads give CAS 122-52-1: triethyl phosphite (CWC Schedule 3, Australia Group precursor), "
         "exported without the licence Regulation 2021/821 requires, from Antwerp to Alexandria, Egypt being outside "
         "the Chemical Weapons Convention; Flemish wording (triethyl phosphite repeats in many sets under PVC-"
         "stabiliser labels; a triethyl-citrate label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "US", [], "DE", "010620",
         "Eastern long-necked turtles (Chelodina longicollis), captive-bred hatchlings, 12", "US", 2.2, 12, 480, "USD",
         "long-necked turtle hatchlings are flat, dark-brown, with a snake-like neck folded sideways under the "
         "shell; these twelve, shipped by FedEx through Memphis to a private keeper near Hamm, have high-domed, "
         "hinged shells with yellow-orange blotches and pull their heads straight back: wild-caught eastern box "
         "turtles (Terrapene carolina, CITES App. II) without CITES documents; US English wording (box turtles "
         "repeat in many sets, Asian Cuora mostly; a long-necked-turtle label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "BEAIR01", "air", "MG", ["ET"], "BE", "010620",
         "Pythons royaux (Python regius), nés en captivité, 20", "MG", 12, 20, 400, "EUR",
         "ball python hatchlings are stocky, black and gold, and are bred in Togo, Ghana and Benin, not in "
         "Madagascar; these twenty, flown from Antananarivo through Addis Ababa to Liège for a Belgian reptile "
         "dealer, are slender, olive-green to grey snakes with heat pits along the lips: Malagasy tree boas (Sanzinia "
         "madagascariensis, CITES App. I) declared as a non-native, unrestricted species; French wording from "
         "Madagascar (Malagasy reptiles repeat in many sets under other labels; a ball-python label was found in no "
         "earlier row by a keyword search)", firm("Vega Reptiles SA", "BE")),
        ("WLF-03", "import", "ITAIR01", "air", "IN", ["QA"], "IT", "960330",
         "कलाकार ब्रश, गिलहरी के बाल, गोल, 20,000 नग", "IN", 120, 20000, 4000, "USD",
         "squirrel-hair brushes have soft, fine, dark-brown hair that bends and does not spring back; these 20,000 "
         "have stiff, banded hair with a pale base, a dark middle and a light tip that springs back at once: "
         "mongoose hair (Herpestes spp., CITES App. III for India, whose law forbids its trade), flown from Delhi "
         "through Doha to Milan for an art-supply wholesaler; Hindi wording (mongoose-hair brushes appear once, as "
         "synthetic sable in blind162; a squirrel-hair label was found in no earlier row by a keyword search)",
         firm("Alpina Belle Arti Srl", "IT")),
        ("WLF-04", "import", "DEAIR01", "air", "IR", ["TR"], "DE", "430220",
         "تکه‌های پوست راسو (مینک)، رنگ‌شده، ۴۰ کیلوگرم", "IR", 40, None, 2000, "EUR",
         "dyed mink offcuts are small, thin-skinned pieces with soft, silky guard hair; these 40 kg are larger, "
         "thick-skinned pieces with dense, water-repellent, dark-brown fur, flattened guard hair and tail strips "
         "that taper: Eurasian otter (Lutra lutra, CITES App. I) pelt pieces without CITES documents, flown from "
         "Tehran through Istanbul to Frankfurt for a fur trimmer; Persian wording (otter repeats in a few sets "
         "(blind61, blind65, blind66, blind141, blind164, blind165); under a mink-offcut label through Istanbul is the "
         "new part as far as a search found)", firm("Nordhafen Pelzveredelung GmbH", "DE")),
        ("WLF-05", "transit", "BEAIR01", "air", "ID", ["QA", "BE"], "CH", "030111",
         "Ikan mas koki oranda hidup, 40 kantong", "ID", 80, 40, 400, "USD",
         "live oranda goldfish travel a few to a bag, round, red-and-white with a raspberry-like hood; these 40 "
         "bags, landed at Liège from Jakarta through Doha in transit by road to Zürich, each hold a flat, grey, "
         "soft-shelled turtle hatchling with a pig-like snout and paddle flippers under a layer of goldfish: "
         "pig-nosed turtles (Carettochelys insculpta, CITES App. II) without the Indonesian export permit that "
         "specimens in transit through the Union must carry; Indonesian wording (pig-nosed turtles repeat in a few "
         "sets, under betta and soft-shell labels; a goldfish label on them in transit through Liège is the new part "
         "as far as a search found)", {"importer_country": "CH"}),
        ("WLF-06", "import", "BEAIR01", "air", "CD", ["ET"], "BE", "010632",
         "Inséparables (Agapornis), élevés en captivité, 40", "CD", 20, 40, 600, "EUR",
         "lovebirds are small, green, short-tailed parrots of 50 g with a red or peach face; these forty "
         "nestlings, flown from Kinshasa through Addis Ababa to Liège for a bird dealer, weigh 400 g each, are grey "
         "with pin feathers of a red tail and have no rings: wild-taken grey parrots (Psittacus erithacus, CITES "
         "App. I) without CITES documents; Congolese French wording (grey parrots repeat in many sets and lovebird "
         "labels in three (blind63, blind66, blind92); by Addis Ababa to the Liège hub is the new part as far as a "
         "search found)", firm("Delta Oiseaux SA", "BE")),
        ("WLF-07", "import", "DEAIR01", "air", "AE", [], "DE", "442090",
         "مناشير خشبية مزخرفة للتعليق، حرف يدوية عُمانية، 6 قطع", "AE", 18, 6, 600, "USD",
         "decorative carved wooden saws are flat boards of light wood with painted teeth, sold as wall hangings in "
         "the souks; these six, flown from Dubai to Frankfurt for a maritime-decor dealer, are not wood at all but "
         "long, flat, grey, calcified-cartilage blades with pairs of real, peg-like teeth set in sockets along both "
         "edges: sawfish rostra (Pristidae, CITES App. I) without CITES documents; Gulf Arabic wording (sawfish "
         "repeat in a few sets, as a swordfish bill in blind6 and as a fish-bone saw in blind27; a carved wooden-saw "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Maritime Dekor GmbH", "DE")),
        ("WLF-08", "import", "FRSEA01", "sea", "CM", [], "FR", "440729",
         "Avivés d'opepe (Nauclea diderrichii), séchés, 1 conteneur", "CM", 21000, None, 11500, "EUR",
         "opepe is an orange-yellow, coarse, interlocked timber that weighs about 750 kg/m3; these boards are "
         "yellow-brown when planed and darken fast in the light to a deep olive-brown, fine-textured and "
         "straight-grained: afrormosia (Pericopsis elata, CITES App. II) without a CITES export permit, by sea from "
         "Douala to Le Havre for a joinery-timber importer; Cameroonian French wording (afrormosia repeats in many "
         "sets, under iroko labels among them; an opepe label was found in no earlier row by a keyword search)",
         firm("Meridian Bois SARL", "FR")),
        ("WLF-09", "import", "ESAIR01", "express", "MX", [], "ES", "442090",
         "Alebrijes de Oaxaca, madera tallada y pintada, 6 piezas", "MX", 3.6, 6, 120, "USD",
         "alebrijes are light, brightly painted copal-wood creatures; of these six, two boxes are heavier and warm, "
         "and hold live, black-and-yellow beaded lizards of half a metre each, taped into socks: Mexican beaded "
         "lizards (Heloderma horridum, CITES App. II) without CITES documents, sent by express from Oaxaca to a "
         "private keeper in Sevilla; Mexican Spanish wording (Heloderma repeats in a few sets, under skink labels; "
         "alebrijes were found once, as real craft in a container row (blind104); as a cover for live reptiles they "
         "are the new part)", person("Sr. J. García", "ES")),
        ("WLF-10", "import", "ESSEA01", "sea", "CL", [], "ES", "440729",
         "Madera aserrada de cedro macho (Carapa guianensis), secada, 1 contenedor", "BO", 20000, None, 14000,
         "USD",
         "andiroba (cedro macho) is a reddish-brown, plain, rather heavy timber with no scent; these boards are "
         "lighter, pinkish-brown, with a strong, spicy, cedar-cigar-box smell when sawn and resin pockets: Spanish "
         "cedar (Cedrela odorata, CITES App. II) without a Bolivian CITES export permit, trucked from Santa Cruz to "
         "Arica and shipped to Valencia for a joinery importer; Bolivian Spanish wording (Cedrela repeats in many "
         "sets and andiroba labels in two (blind51, blind144); through Arica is the new part as far as a search "
         "found)", firm("Orion Maderas SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "KR", "DE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "KR", 4.6, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "DE-PRL-54-0217")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUAIR01", "air", "TR", "HU", "360320",
     "Detonating cord, PETN 10 g/m, 20 reels of 1 km, for a licensed quarry, carried as Class 1 dangerous goods",
     "TR", 480, 20, 6000, "EUR", [("EXPLOSIVES_TRANSFER", "HU-BM-54-0041"), ("EXPLOSIVES_LICENCE", "HU-SZTFH-54-0118")],
     "detonating cord transferred with its authorisation to a licensed quarry"),
    ("PRM-03", "waste", "import", "BEAIR01", "air", "IE", "BE", "711292",
     "Spent palladium-on-carbon catalyst (16 08 07*), for precious-metal recovery at a licensed refinery, 12 drums",
     "IE", 600, 12, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-54-0311")], "notified spent precious-metal catalyst to a licensed refinery"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "880730",
     "Expired chemical oxygen generators removed from aircraft service units (16 05 07*), for disposal at a licensed "
     "plant, 2,000 units", "CH", 1800, 2000, 0, "EUR", [("BASEL_CONSENT", "DE-BY-54-0128")],
     "notified expired oxygen generators to a licensed disposal plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "UZ", "DE", "290376",
     "Halon 2402, recovered and reclaimed, in 16 An-124 fire bottles, for a licensed critical use", "UZ", 320, 16,
     24000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-54-011")], "reclaimed halon 2402 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, spectroscopy grade, 4 x 1 l, for a licensed laboratory use", "US", 6.4, 4, 600, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-54-023")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970610",
     "Samanid epigraphic slipware bowl, Afrasiab, 10th century, in a Swiss collection since 1968", "UZ", 2, 1,
     42000, "EUR", [("IMPORT_LICENCE", "DE-KGSG-54-0032")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "PLSEA01", "sea", "PL", "US", "970121",
     "Sarmatian coffin portrait, oil on tin, 17th century, documented private collection", "PL", 3, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-54-0094")], "painting exported with the EU export licence and the Polish permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "BR", "848180",
     "Electro-hydraulic servo valves, two-stage, 40 units, for a Brazilian aircraft maker's flight-control actuators",
     "FR", 36, 40, 160000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-54-0412"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-54-0077")],
     "servo valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "KR", "810991",
     "Zircaloy-4 fuel cladding tubes, 400 units, for a Korean nuclear-fuel fabricator", "CZ", 180, 400, 380000,
     "EUR", [("EXPORT_LICENCE", "CZ-MPO-54-0066"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-54-0019")],
     "dual-use zirconium tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "US", "DE", "010620",
     "Eastern box turtles, Terrapene carolina, captive-bred, 6 animals, for a registered breeder", "US", 1.5, 6, 900,
     "USD", [("CITES_PERMIT", "US-FWS-54-01882")], "App. II captive-bred box turtles with their export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "CL", "ES", "440729",
     "Spanish cedar (Cedrela odorata) sawn timber, from a managed concession, 1 container", "BO", 20000, None, 24000,
     "USD", [("CITES_PERMIT", "BO-MMAYA-54-0213")], "App. II Spanish cedar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Vega Kőbánya Kft.", "PRM-05": "Alpina Aero Technik GmbH",
    "PRM-06": "Central Analytik GmbH", "PRM-11": "Lena Wagner", "PRM-12": "Orion Maderas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (50 rows): most the lawful twins of this set's disguises, many of them air cargo
    ("292090", "Dimethyl carbonate, battery grade, 1 l bottles", "import", ["express"], ["KR", "CN"], (15, 30), (1, 4), ["USD"], 1, S),
    ("391390", "Hyaluronic acid powder, cosmetic grade", "import", ["express"], ["CN", "KR"], (150, 300), (1, 2), ["USD"], 1, S),
    ("391990", "OCA optical adhesive film for phone display repair", "import", ["air"], ["CN", "HK"], (30, 60), (50, 300), ["USD"], 300, S),
    ("820559", "Phone-repair opening tool kits", "import", ["air"], ["CN", "HK"], (10, 20), (100, 400), ["USD"], 5, S),
    ("110819", "Ensete starch (bula), 1 kg packs", "import", ["air"], ["ET"], (3, 6), (100, 500), ["USD"], 1, S),
    ("854470", "FTTH fibre-optic drop cable, 1 km reels", "import", ["air", "sea"], ["TR", "CN"], (4, 8), (300, 3000), ["USD", "EUR"], 0.04, S),
    ("285000", "Boron nitride powder, cosmetic grade", "import", ["express"], ["JP", "CN"], (60, 120), (1, 2), ["USD"], 1, S),
    ("190219", "Ptitim (toasted pearl pasta), 500 g bags", "import", ["sea"], ["IL", "TR"], (1.5, 3), (5000, 15000), ["EUR", "USD"], 2, S),
    ("271019", "Hydraulic jack oil, mineral, 1 l bottles", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 4000), ["EUR"], 1.1, S),
    ("291815", "Potassium citrate, food grade, 1 kg bags", "import", ["post"], ["AU", "US"], (8, 15), (1, 4), ["AUD", "USD"], 1, S),
    ("851830", "True-wireless earbuds, new, boxed", "import", ["air"], ["CN", "VN"], (40, 90), (100, 800), ["USD"], 10, S),
    ("280300", "Carbon black N330 for rubber compounding, bags", "import", ["sea"], ["IN", "EG"], (1, 1.6), (10000, 20000), ["USD"], None, S),
    ("880730", "Passenger service units, overhauled, with EASA Form 1", "export", ["air"], ["ET", "KE"], (60, 150), (100, 600), ["EUR", "USD"], 0.1, S),
    ("392620", "Lead-free radiation protection aprons, new", "import", ["air"], ["PK", "CN"], (40, 80), (100, 500), ["USD"], 0.2, S),
    ("381010", "Lead-free solder paste SAC305, cold chain, 500 g jars", "import", ["air"], ["JP", "US"], (60, 120), (50, 300), ["USD"], 2, S),
    ("390690", "Plastic blasting media, Type V acrylic, new", "import", ["sea"], ["US", "CN"], (3, 6), (4000, 12000), ["USD"], None, S),
    ("392113", "Rebonded polyurethane foam blocks, new", "import", ["sea"], ["TR", "CN"], (1.5, 3), (6000, 14000), ["USD", "EUR"], None, S),
    ("870919", "Airport baggage tractors, used, diesel", "export", ["sea"], ["SN", "CI"], (2, 4), (8000, 16000), ["EUR"], 0.0004, S),
    ("860900", "Air-cargo ULD containers, used, empty (AKE)", "import", ["air"], ["AE", "QA"], (15, 30), (500, 2000), ["USD"], 0.012, S),
    ("381400", "Coin-cleaning dip, mild acid, 250 ml", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, S),
    ("381400", "Screen-separating liquid, isopropanol blend, 500 ml", "import", ["express"], ["CN", "HK"], (8, 15), (1, 3), ["USD"], 2, S),
    ("842410", "ABC powder fire extinguishers, 1 kg, new", "import", ["sea"], ["TR", "CN"], (2, 4), (2000, 6000), ["USD"], 0.6, S),
    ("292090", "Propylene carbonate, 5 l cans", "import", ["air"], ["IN", "CN"], (3, 6), (100, 500), ["USD"], 0.2, S),
    ("841850", "Butcher's refrigerated display counters, new, R-290", "import", ["sea"], ["TR", "CN"], (6, 10), (3000, 8000), ["USD", "EUR"], 0.004, S),
    ("382499", "Tyre inflator-sealant aerosols, hydrocarbon propellant", "import", ["road"], ["TR", "RS"], (2, 4), (1000, 3000), ["EUR"], 2, S),
    ("680299", "Alaskan jade carvings, new", "import", ["air"], ["US", "CA"], (80, 150), (20, 100), ["USD"], 0.5, S),
    ("621490", "Cotton netela shawls, handwoven", "import", ["air"], ["ET"], (8, 14), (100, 400), ["USD"], 3, S),
    ("442090", "Painted wooden souvenir panels, Ethiopian style, new", "import", ["post"], ["ET"], (20, 40), (1, 3), ["USD", "EUR"], 3, S),
    ("680299", "Hand-carved soapstone spice bowls, new", "import", ["air"], ["OM", "IN"], (8, 15), (50, 300), ["USD"], 1, S),
    ("691200", "Gijduvan glazed ceramic plates, new", "import", ["air"], ["UZ"], (8, 15), (50, 300), ["USD"], 1, S),
    ("701399", "Murano decorative glass bottles, new", "export", ["air"], ["AE", "QA"], (60, 120), (20, 150), ["EUR"], 5, S),
    ("960190", "Carved shell pendants, new, handmade", "import", ["post"], ["US"], (30, 60), (1, 2), ["USD"], 20, S),
    ("711719", "Antique-look brass cross pendants, new", "import", ["express"], ["UA", "TR"], (30, 60), (1, 2), ["EUR"], 25, S),
    ("442090", "Hudoq dance masks, new craft, East Kalimantan", "import", ["air"], ["ID"], (10, 20), (50, 300), ["USD"], 0.4, S),
    ("442011", "Wooden tourist carvings, new, Treichville market", "import", ["sea"], ["SN", "CI"], (3, 6), (500, 2000), ["EUR"], 0.2, S),
    ("830629", "Painted tin plaques, decorative, new", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("700719", "Tempered safety glass panels for yachts", "export", ["sea"], ["TR", "AE"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("848180", "Washing-machine water inlet valves, 230 V", "export", ["air"], ["AE", "TR"], (40, 80), (50, 300), ["EUR"], 5, S),
    ("848340", "Industrial gearboxes for cement mills, overhauled", "export", ["sea"], ["EG", "MA"], (8, 14), (8000, 20000), ["EUR"], 0.0001, S),
    ("810890", "Titanium exhaust tubing for motorcycles", "export", ["air"], ["TW", "TR"], (60, 100), (50, 300), ["EUR"], 1, S),
    ("847180", "PCIe video-capture cards for broadcast", "export", ["air"], ["TR", "AE"], (200, 400), (20, 150), ["EUR"], 4, S),
    ("850660", "Zinc-air hearing-aid batteries, size 312, blister cards", "export", ["air"], ["AM", "GE"], (100, 200), (20, 150), ["EUR"], 800, S),
    ("391740", "Garden-hose quick couplings, plastic", "export", ["road"], ["UA", "MD"], (3, 6), (1000, 4000), ["EUR"], 25, S),
    ("283699", "Baker's ammonia (ammonium bicarbonate, E503), 25 kg bags", "export", ["sea"], ["PK", "EG"], (0.6, 1.0), (10000, 22000), ["EUR"], None, S),
    ("291815", "Triethyl citrate (E1505), drums", "export", ["sea"], ["EG", "IN"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("960330", "Artists' brushes, squirrel hair", "import", ["air"], ["IN", "CN"], (25, 50), (50, 300), ["USD"], 150, S),
    ("430220", "Dyed mink offcuts, tanned", "import", ["air"], ["TR", "CN"], (30, 60), (50, 300), ["USD", "EUR"], None, S),
    ("440729", "Opepe sawn timber, kiln dried", "import", ["sea"], ["CM", "GA"], (0.5, 0.8), (18000, 24000), ["EUR"], None, S),
    ("442090", "Oaxacan alebrijes, carved and painted", "import", ["post"], ["MX"], (30, 60), (1, 3), ["USD"], 2, S),
    ("440729", "Andiroba (cedro macho) sawn timber", "import", ["sea"], ["BR", "PE"], (0.5, 0.8), (18000, 24000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows of its own instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("450490", "Cork pin boards, framed", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.8, N),
        ("392490", "Plastic drawer organisers, stackable", "import", ["sea"], ["CN", "VN"], (2.5, 4.5), (2000, 6000), ["USD"], 3, N),
        ("910690", "Mechanical kitchen timers, boxed", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 8, N),
        ("630790", "Printed polyester lanyards", "import", ["sea"], ["CN", "PK"], (6, 10), (1000, 4000), ["USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind171", 20540901, HERE)


if __name__ == "__main__":
    main()
