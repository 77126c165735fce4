#!/usr/bin/env python3
"""Writes the hundred-and-eighty-fourth blind set (tests/risk/data/blind184-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: the chemical distribution trade
(distributors and their returns yards, toll blenders and toll fillers, drum and IBC
traders, cleaning, pool, spa and water-treatment chemicals, paints, coatings and their
raw materials, and the restoration, glaze, pigment and cosmetic-ingredient suppliers that
buy from them).
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
would. Ids are BL184-*:

    python3 tests/risk/data/make_blind184_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "MTSEA01", "sea", "TN", [], "MT", "382499",
         "Antitartre pour membranes d'osmose inverse, à base de phosphonates, IBC 1000 l, 18 unités", "TN", 21600,
         18, 15000, "EUR",
         "a reverse-osmosis antiscalant is an amber, slightly viscous, odourless phosphonate solution shipped in "
         "closed IBCs with a data sheet; these 18 IBCs hold a water-clear liquid of 1.20 kg/l under vented caps that "
         "whitens and stings the skin, foams on a rusty spanner and decolours a drop of permanganate: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), by sea from Radès to Marsaxlokk for a Maltese pool and "
         "water-treatment distributor that decants it into 1 l 'food-grade 35 %' bottles for its web shop, i.e. for "
         "members of the public; Tunisian French wording (hydrogen peroxide repeats in many sets, and RO-membrane "
         "cleaner labels twice (blind146, blind173); an antiscalant label, and Tunisia to Malta, were found in no "
         "earlier row by a keyword search)",
         firm("Vega Water Treatment Ltd", "MT")),
        ("PRE-02", "import", "EESEA01", "sea", "KR", [], "EE", "292800",
         "메틸에틸케톡심 (MEKO) 도료용 피막방지제, 200 L 드럼, 40 드럼", "KR", 9120, 40, 22000, "USD",
         "MEKO, the anti-skinning agent of alkyd paints, is a colourless liquid of 0.92 kg/l with a musty, "
         "camphor-like smell that floats on water; these 40 drums weigh 228 kg each instead of about 185, their "
         "liquid of 1.14 kg/l sinks in water as oily drops, smells faintly fruity and the drum heads carry a "
         "ground-over 'UN1261' stencil: nitromethane (Annex I above 16 %), by sea from Busan to Muuga for a Tallinn "
         "paint wholesaler whose web shop sells it on in 1 l bottles as 'RC fuel additive' to hobbyists, i.e. to "
         "members of the public; Korean wording (nitromethane repeats in many sets and paint-solvent labels, 646 "
         "and lacquer thinners among them, in a few; an anti-skinning-agent (MEKO) label was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Värvid OÜ", "EE")),
        ("PRE-03", "import", "PTSEA01", "sea", "BR", [], "PT", "291819",
         "Ácido glicólico 70 % técnico, para limpeza e desincrustação, bombonas de 20 L, 600 bombonas", "BR", 22080,
         600, 9000, "USD",
         "technical 70 % glycolic acid is a clear liquid of 1.27 kg/l with a faint burnt-sugar smell, bought by "
         "cleaning-product blenders; these 600 cans weigh 36.8 kg each (1.84 kg/l), the oily liquid smells of "
         "nothing, chars a paper strip black and spits when a drop of water falls on it: about 96 % sulphuric acid "
         "(Annex I above 15 %), by sea from Santos to Lisbon for a Loures cleaning-products cash-and-carry that "
         "sells 1 l 'desentupidor' bottles over the counter to the public; Brazilian Portuguese wording (sulphuric "
         "acid repeats in many sets under drain-cleaner, pH-minus and descaler labels; a glycolic-acid label was "
         "found in no earlier row by a keyword search)", firm("Atlantic Produtos de Limpeza Lda", "PT")),
        ("PRE-04", "import", "DESEA01", "sea", "CN", [], "DE", "293321",
         "溴氯海因 (BCDMH) 溴片, 20 克/片, 热水浴缸及水疗池消毒用, 5 公斤桶, 800 桶", "CN", 4000, 800, 12000, "USD",
         "BCDMH bromine tablets are hard, off-white 20 g tablets that smell of bleach and bromine and dissolve slowly "
         "in a floater; these 800 tubs hold glassy, odourless pressed tablets that dissolve at once in cold water, "
         "leave no halogen smell, and a crumb mixed with sugar burns fiercely; the inner bags are printed '氯酸钠': "
         "sodium chlorate (Annex I above 40 %) pressed to look like spa tablets, by sea from Qingdao to Hamburg for "
         "a hot-tub accessories web shop that sells the 5 kg tubs to the public; Chinese wording (sodium chlorate "
         "repeats in many sets, and hot-tub covers in a few, a sodium-bromide spa-sanitiser label in blind88; a "
         "BCDMH-tablet label was found in no earlier row by a keyword search)", firm("Horizon Whirlpool-Zubehör GmbH", "DE")),
        ("PRE-05", "import", "ITSEA01", "sea", "IN", [], "IT", "253090",
         "वोलास्टोनाइट पाउडर, पेंट ग्रेड, एसिक्यूलर, 25 किलो बैग, 400 बैग", "IN", 10000, 400, 3000, "USD",
         "paint-grade wollastonite is a bright-white, needle-shaped calcium silicate filler, insoluble and gritty "
         "between the teeth; these 400 bags hold a fine, glittering white powder that partly dissolves in hot "
         "water, and a pinch with sugar flares white-violet, with 'KClO4' on the liners: potassium perchlorate "
         "(Annex I above 40 %), by sea from Nhava Sheva to Naples in late November for a Nola paints-and-fillers "
         "distributor whose customers press unlicensed New Year's Eve bangers ('botti') in back-street workshops, "
         "i.e. made available to members of the public; Hindi wording (potassium perchlorate repeats in many sets "
         "under filler, chalk and clay labels; a wollastonite label was found in no earlier row by a keyword "
         "search)", firm("Vega Pitture e Cariche Srl", "IT")),
        ("PRE-06", "import", "ROSEA01", "sea", "UZ", ["KZ", "AZ", "GE"], "RO", "283911",
         "Natriy metasilikat pentagidrat, yuvish vositalari uchun, 25 kg qoplar, 880 qop", "UZ", 22000, 880, 8800,
         "USD",
         "detergent-grade sodium metasilicate pentahydrate is a white granule that feels slippery, warms in water "
         "and reads pH 13; these 880 sacks hold hard, white prills that make water ice-cold, are neutral on a pH "
         "strip, give off ammonia with lye and melt and fume on a hot plate, and the liners carry Navoiyazot lot "
         "marks: porous ammonium nitrate (Annex I at 16 % N or more), railed on the Middle Corridor through "
         "Kazakhstan, across the Caspian to Baku and on to Poti, then by sea to Constanța, for an Ilfov "
         "cleaning-products toll blender that resells it by the sack to smallholders at markets, i.e. to members of "
         "the public; Uzbek wording (ammonium nitrate repeats in many sets, and Navoiyazot and the Middle Corridor "
         "in a few on other goods; a sodium-metasilicate label was found in no earlier row by a keyword search)",
         firm("Delta Detergenți SRL", "RO")),
        ("PRE-07", "import", "GRROAD01", "road", "MK", [], "GR", "293149",
         "Етидронска киселина (HEDP) 60 %, антискаламент за котли и системи за ладење, канистри 30 кг, 400 канистри",
         "MK", 12000, 400, 9600, "EUR",
         "HEDP 60 % is a clear, odourless, faintly yellow phosphonic acid of 1.45 kg/l, and the sender picked it "
         "because 65 % nitric acid weighs almost the same (1.40 kg/l); but these cans fume brown when opened, stain "
         "the skin yellow and eat a copper coin with brown fumes: about 65 % nitric acid (Annex I above 3 %), in a "
         "lorry at Evzonoi for a Thessaloniki cleaning and water-treatment distributor that supplies hardware shops "
         "selling 1 l bottles to the public; Macedonian wording (nitric acid repeats in many sets; an HEDP "
         "(etidronic-acid) label was found in no earlier row by a keyword search)",
         firm("Orion Katharistika AE", "GR")),
        ("PRE-08", "import", "ESAIR01", "express", "CL", [], "ES", "284170",
         "Molibdato de sodio dihidrato, inhibidor de corrosión para circuitos cerrados, 2 x 2 kg", "CL", 4, 2, 85000,
         "CLP",
         "sodium molybdate is a white crystalline salt that turns deep blue with a reducing agent in acid; these two "
         "bags hold a damp-drawing, colourless powder that stays colourless in that test, cools the water it "
         "dissolves in and burns brightly mixed with sugar, and the re-used bags carry an Antofagasta caliche "
         "plant's 'NaClO4' print: sodium perchlorate (Annex I above 40 %), sent by express from Santiago to a "
         "private person in Murcia who runs no heating plant; Chilean Spanish wording (sodium perchlorate repeats in "
         "many sets; a molybdate corrosion-inhibitor label and a Chilean express parcel were found in no earlier row "
         "by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-09", "import", "NLSEA01", "sea", "BD", [], "NL", "283210",
         "ক্যাটালাইজড সোডিয়াম সালফাইট, বয়লারের পানি শোধনের জন্য, ২৫ কেজি ব্যাগ, ২০০ ব্যাগ", "BD", 5000, 200, 3500,
         "USD",
         "catalysed sodium sulphite, the boiler oxygen scavenger, is a white powder that smells of burnt matches "
         "when acid touches it; these 200 bags hold shiny, odourless crystals that give no sulphur smell with acid, "
         "taste cool and salty and spit violet sparks on a hot iron, with CAS 3811-04-9 on the liners: potassium "
         "chlorate (Annex I above 40 %), by sea from Chattogram to Rotterdam in November for a Tilburg "
         "water-treatment trading firm whose buyers make illegal heavy bangers ('nitraten', 'cobra's') for New "
         "Year's Eve, i.e. made available to members of the public; Bengali wording (potassium chlorate repeats in "
         "many sets; a sodium-sulphite (oxygen-scavenger) label was found in no earlier row by a keyword search)",
         firm("Central Waterbehandeling BV", "NL")),
        ("PRE-10", "import", "ESROAD01", "road", "MA", [], "ES", "282890",
         "Eau de Javel 12° chlorométrique, bouteilles 1 l, 4 800 bouteilles", "MA", 5500, 4800, 2400, "EUR",
         "a lorry of household chemicals from a Casablanca distributor for a Barcelona Maghreb grocery wholesaler: "
         "bleach and olive-oil black soap are what such shops stock, but the third item's 'eau oxygénée 10 "
         "volumes', sold in Moroccan pharmacies at 3 %, weighs 1.12 kg/l instead of 1.01, sits under vented caps and "
         "whitens and stings the skin at once: about 130 volumes (35 %) hydrogen peroxide (Annex I above 12 %) for "
         "retail sale to the public, hidden as the last item of a three-item declaration on the Tanger Med - "
         "Algeciras ferry; Moroccan French wording (hydrogen peroxide repeats in many sets and a '110 vol.' "
         "cream-oxidant label once (dev5-b); a 10-volumes pharmacy label behind bleach and black soap was found in "
         "no earlier row by a keyword search)",
         dict(firm("Rivage Distribución Magreb SL", "ES"),
              _more_items=[item("340120", "Savon noir beldi à l'huile d'olive, pots 1 kg, 2 000 pots", "MA", 2000, 3000,
                                "EUR", qty=2000),
                           item("284700", "Eau oxygénée 10 volumes, flacons 1 l, 2 400 flacons", "MA", 2690, 1200, "EUR",
                                qty=2400)])),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "TG", "392390",
         "Gebruikte IBC-containers 1000 l, gereinigd, voor regenwateropvang, 600 stuks", "BE", 36000, 600, 9000,
         "EUR",
         "IBCs sold for rainwater collection are triple-rinsed, dry, odour-free and come with a cleaning "
         "certificate; these 600 still hold litres of sticky residue each, smell of solvent and amine, and their "
         "labels read isocyanate hardener, glyphosate concentrate and quaternary-ammonium biocide, gathered in the "
         "returns yard of Ghent chemical distributors: packaging containing residues of hazardous substances "
         "(15 01 10*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Lomé for a "
         "'farm-supply' buyer; Flemish wording (contaminated drums and IBCs repeat in several sets under "
         "reconditioned-drum labels; a rainwater-tank label was found in no earlier row by a keyword search)",
         {"importer_country": "TG"}),
        ("WST-02", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "283529",
         "Fosforečnan zinočnatý, antikorózny pigment do náterov, big bagy, 22 t", "SK", 22000, None, 2200, "EUR",
         "zinc phosphate anticorrosive pigment is a dry, fine, bright-white powder sold at over 2 EUR/kg with a data "
         "sheet; these big bags, invoiced at 0.10 EUR/kg, hold a wet, grey-green, clayey paste that smells of acid "
         "and reads zinc, nickel and manganese with some chromium, pressed from the phosphating line of a Trnava-"
         "region car-body paint shop: sludge from metal surface treatment containing hazardous substances "
         "(11 01 09*), hazardous waste whose export to a non-OECD country is banned, by road through Hungary to a "
         "Novi Sad 'paint maker'; Slovak wording (plating and galvanic sludges repeat in many sets under pigment "
         "labels; a zinc-phosphate label and phosphating sludge were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "SR", "320910",
         "Muurverf, acryl, B-keus, restpartijen, emmers 20 l, 1.100 emmers", "NL", 24000, 1100, 4400, "EUR",
         "B-grade wall paint is sealed, in-date stock with labels and batch numbers; these 1,100 pails are dented, "
         "opened and re-lidded and hold skinned, separated paint, some of it solvent-borne and reeking of xylene, "
         "some dried to a crust, with tinting-machine leftovers and brush-wash water, collected from Dutch "
         "decorators' returns: waste paint and varnish containing organic solvents (08 01 11*), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Paramaribo for a 'builders' merchant'; "
         "Dutch wording (waste paint repeats in many sets, and Suriname as a destination in several; a 'B-keus' "
         "(seconds) paint label was found in no earlier row by a keyword search)", {"importer_country": "SR"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "CI", "360690",
         "Gel combustible au bioéthanol pour réchauds, bouteilles 1 l, 16 000 bouteilles", "FR", 14000, 16000, 3200,
         "EUR",
         "bioethanol fuel gel for chafing dishes is clear, thickened ethanol in sealed bottles with a recent batch "
         "date; these 16,000 bottles are stickered over 'gel hydroalcoolique pour les mains', carry dates decades "
         "old, some have gone cloudy or separated, and a test of the recalled lots finds methanol: expired and "
         "recalled hand-sanitiser gel from French hospital and school stockpiles, discarded organic chemicals "
         "consisting of hazardous substances (16 05 08*), hazardous waste whose export to a non-OECD country is "
         "banned, from Le Havre to Abidjan for a 'catering supply' buyer; French wording (a hand-sanitiser base "
         "appears once as a cover, in blind128, on other goods; expired sanitiser as waste under a fuel-gel label "
         "was found in no earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "KE", "390931",
         "MDI polimerico, prima scelta, fusti da 250 kg, 80 fusti", "IT", 20000, 80, 3000, "EUR",
         "prime polymeric MDI is a dark-brown, free-flowing liquid in sealed, dated drums at about 2 EUR/kg; these "
         "80 drums, at 0.15 EUR/kg, are ten years and more past date, bulge with carbon dioxide and hold a crusted, "
         "half-solid mass with a polyurea skin and water in it, cleared out of a Lombardy polyurethane systems house: "
         "discarded organic chemicals consisting of hazardous substances (16 05 08*), hazardous waste whose export "
         "to a non-OECD country is banned, from La Spezia to Mombasa for a 'mattress foam' maker; Italian wording "
         "(off-specification chemicals sold as prime repeat in several sets and isocyanates appear twice, on other "
         "goods; expired MDI was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-06", "transit", "BESEA01", "sea", "GB", ["BE"], "IN", "283324",
         "Nickel sulphate solution, technical, 20 % Ni, IBCs, 22 t", "GB", 22000, None, 4400, "USD",
         "technical nickel sulphate solution is a clear, emerald-green liquid sold on its nickel content at several "
         "dollars a kilo; these IBCs, at 0.20 USD/kg, hold a murky green liquid over a grey sediment that reads only "
         "5 g/l nickel, smells of ammonia and carries hypophosphite, phosphite and lead, pumped out of the spent "
         "electroless-nickel baths of Midlands job platers: spent plating solutions containing hazardous substances "
         "(11 01 98*), hazardous waste landed at Antwerp in transit from Felixstowe to Nhava Sheva, an export to a "
         "non-OECD country that the Basel ban forbids, crossing the Union without notification; English wording "
         "(spent plating baths repeat in a few sets under other metal-salt labels; a nickel-sulphate label and "
         "electroless-nickel baths were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "NG", "841370",
         "Gebrauchte Schwimmbadpumpen, überholt, 60 Stück", "DE", 900, 60, 3000, "EUR",
         "a Hamburg pool builder's clearance container for Lagos: used pool pumps and sand-filter vessels are what "
         "such containers carry, but the third item's 120 drums of 'chlorine granules 70 %' are bulging, rusted and "
         "years past date, caked into lumps, some wet and giving off chlorine, some with TCCA tablets tipped into "
         "the same drums (a fire and explosion risk): expired calcium hypochlorite taken back from German pool "
         "shops, discarded inorganic chemicals consisting of hazardous substances (16 05 07*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration; German "
         "wording (calcium hypochlorite appears twice as a cover for other goods and pool chlorine once in a "
         "multi-item precursor row; expired pool chlorine shipped as waste was found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "NG"},
              _more_items=[item("842121", "Sandfilterkessel für Schwimmbäder, gebraucht, 30 Stück", "DE", 2400, 1500,
                                "EUR", qty=30),
                           item("282810", "Chlorgranulat 70 % (Calciumhypochlorit), 45-kg-Fässer, 120 Fässer", "DE", 5400,
                                600, "EUR", qty=120)])),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "GQ", "340250",
         "Productos de limpieza, excedentes de almacén, donación humanitaria, 14 palés", "ES", 9800, None, 1400, "EUR",
         "surplus cleaning products for a donation are sealed, in-date retail packs; these 14 pallets hold "
         "leaking, swollen and unlabelled bottles and cans taken back by a Zaragoza cleaning-chemicals distributor "
         "- bleach, hydrochloric and sulphamic descalers, caustic oven gels, solvent degreasers and quaternary "
         "disinfectants packed together, some reacting and giving off chlorine: discarded chemicals consisting of "
         "hazardous substances (16 05 07*, 16 05 08*), hazardous waste whose export to a non-OECD country is banned, "
         "from Valencia to Malabo for a 'church charity'; Spanish wording (donation labels repeat in several sets on "
         "other wastes; a distributor's returned cleaning products were found in no earlier row by a keyword "
         "search)", {"importer_country": "GQ"}),
        ("WST-09", "export", "CYSEA01", "sea", "CY", [], "LB", "731100",
         "Μεταχειρισμένες χαλύβδινες φιάλες αερίων, καθαρές, για επαναπιστοποίηση, 300 τεμ.", "CY", 36000, 300, 3000,
         "EUR",
         "used gas cylinders sold for re-testing come empty, depressurised, with the valves out and a degassing "
         "certificate; these 40 ton drums and 260 cylinders of 65 kg from Cypriot waterworks and desalination "
         "plants still have their valves on, read pressure, and several give off a choking chlorine smell at the "
         "valve seat: gas containers containing hazardous substances (16 05 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Limassol to Beirut for a 'gas refilling' yard; Cypriot Greek wording (gas "
         "cylinders repeat in several sets, and a liquid-chlorine label once, as a cover for R-404A (blind133); "
         "waterworks chlorine drums shipped as waste were found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("WST-10", "export", "LTROAD01", "road", "LT", ["PL"], "UA", "283650",
         "Kalcio karbonato suspensija, dažų užpildas, IBC talpos, 20 t", "LT", 20000, None, 1000, "EUR",
         "a calcium-carbonate filler slurry is a smooth, bright-white, odourless suspension of ground chalk sold with "
         "a whiteness and particle-size certificate; these IBCs hold a grey-brown, foul-smelling, strongly alkaline "
         "sludge with paint skins, resin lumps and pesticide-smelling layers, pumped from the caustic wash line of a "
         "Kaunas drum and IBC reconditioner: sludge from drum cleaning containing hazardous substances (16 07 09*), "
         "hazardous waste whose export to a non-OECD country is banned, by road through Poland at Dorohusk for a "
         "Lutsk 'paint maker'; Lithuanian wording (drum-cleaning residues repeat in a few sets under other labels; a "
         "chalk-slurry filler label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SESEA01", "sea", "JP", [], "SE", "381400",
         "落書き除去スプレー（不燃性・業務用）, 480 ml, 4,800 本", "JP", 3840, 4800, 2400000, "JPY",
         "professional graffiti-removal sprays sold in the Union are solvent gels or DME-propelled foams that carry "
         "a flame symbol; these 4,800 cans are non-flammable, their small print and a gas test give "
         "1,1,1,2-tetrafluoroethane: HFC-134a propellant in technical aerosols, products the F-gas Regulation "
         "(2024/573) forbids placing on the market, their HFC never counted against a quota, by sea from Yokohama "
         "to Gothenburg for a Stockholm graffiti-cleaning contractor that works the tunnelbana; Japanese wording "
         "(HFC-134a technical aerosols repeat in many sets, dusters and freeze sprays among them; a graffiti-remover "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Sanering AB", "SE")),
        ("OZN-02", "import", "FRSEA01", "sea", "IN", [], "FR", "381400",
         "बेंझिल अल्कोहोल आधारित पेंट स्ट्रिपर (DCM-मुक्त), २०० लिटर ड्रम, ४० ड्रम", "IN", 12720, 40, 9000, "USD",
         "DCM-free paint strippers are benzyl-alcohol gels of about 1.05 kg/l that cling to an upright panel and "
         "smell of almonds; these 40 drums hold a thin, sweet, chloroform-smelling liquid of 1.59 kg/l (318 kg a "
         "drum) that does not burn, and a gas chromatogram gives tetrachloromethane: carbon tetrachloride, whose "
         "import into the Union is banned outside licensed feedstock and laboratory uses (Regulation 2024/590), by "
         "sea from Nhava Sheva to Le Havre for a Normandy furniture-restoration supplier; Marathi wording (carbon "
         "tetrachloride repeats in many sets under solvent labels, and dichloromethane paint-stripper labels in a "
         "few on other goods; a benzyl-alcohol (DCM-free) stripper label was found in no earlier row by a keyword "
         "search)", firm("Orion Décapage SARL", "FR")),
        ("OZN-03", "import", "PLSEA01", "sea", "VN", [], "PL", "381400",
         "Dung dịch rửa khung lưới in lụa, không cháy, can 20 lít, 300 can", "VN", 8040, 300, 6000, "USD",
         "screen-printing screen washes are water-based or high-flash hydrocarbon blends of 0.8-1.0 kg/l; these 300 "
         "cans weigh 26.8 kg each (1.34 kg/l), the liquid smells sweet like chloroform, does not burn and evaporates "
         "fast, and the filler's stickers under the labels read 'TCE-111': 1,1,1-trichloroethane (methyl "
         "chloroform), whose import into the Union is banned, by sea from Cát Lái to Gdańsk for a Łódź "
         "textile-printing supplier; Vietnamese wording (methyl chloroform repeats in many sets; a screen-wash label "
         "was found in no earlier row by a keyword search)", firm("Alpina Sitodruk Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ROSEA01", "sea", "AZ", ["GE"], "RO", "381400",
         "Quru təmizləmə üçün karbohidrogen həlledicisi (KWL tipli), 200 l barellər, 60 barel", "AZ", 18840, 60,
         15000, "USD",
         "hydrocarbon dry-cleaning solvent of the KWL type is a high-flash isoparaffin of 0.77 kg/l that smells "
         "faintly of paraffin; these 60 drums weigh 314 kg each (1.57 kg/l), the liquid is sweet-smelling, will not "
         "burn and boils at 48 °C: CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned "
         "(Regulation 2024/590), railed from Baku to Poti and shipped to Constanța for a Bucharest dry-cleaning "
         "chain; Azerbaijani wording (CFC-113 repeats in many sets and dry-cleaning-solvent labels in several, a "
         "KWL label once (blind121), kept as a repeat; Azerbaijan to Romania by the Poti ferry was found in no "
         "earlier row by a keyword search)", firm("Rivage Curățătorie SRL", "RO")),
        ("OZN-05", "import", "IESEA01", "sea", "GB", [], "IE", "382761",
         "R-404A refrigerant, reclaimed to AHRI 700, returnable cylinders 10.9 kg, 200 cylinders", "GB", 2180, 200,
         18000, "GBP",
         "reclaimed R-404A, which may still service existing plant, comes in grey, returnable recovery cylinders "
         "with the reclaimer's batch analysis showing traces of oil and air; these 200 cylinders are new bodies "
         "filled in the north of England, the gas analyses as virgin product with no oil, moisture or air, and the "
         "batch numbers trace to a Chinese producer: virgin HFC R-404A (GWP 3,922) placed on the Union market "
         "without quota and for a servicing use the F-gas Regulation reserves to reclaimed gas, by ferry from "
         "Holyhead to Dublin for a Cork refrigeration wholesaler; UK English wording (HFC blends under reclaimed "
         "labels repeat in several sets, as R-407C and R-134a; a reclaimed-R-404A label from Britain to Ireland was "
         "found in no earlier row by a keyword search)", firm("Atlantic Refrigeration Supplies Ltd", "IE")),
        ("OZN-06", "import", "ITSEA01", "sea", "AL", [], "IT", "382769",
         "Gaz ftohës R-450A, bombola të rimbushshme 11,3 kg, 200 copë", "AL", 2260, 200, 9000, "EUR",
         "R-450A, an HFO-1234ze and HFC-134a blend, reads about 5 bar at 20 °C and comes in light-grey returnable "
         "cylinders; these 200 read 9 bar, a refrigerant identifier gives 98 % chlorodifluoromethane, and the "
         "stickers hide Chinese 'R22' stamping: HCFC-22, whose import into the Union is banned, by ferry from Durrës "
         "to Bari for an Apulian air-conditioning installer; Albanian wording (HCFC-22 repeats in many sets under "
         "other refrigerant labels; an R-450A label was found in no earlier row by a keyword search)",
         firm("Delta Climatizzazione Srl", "IT")),
        ("OZN-07", "import", "GRSEA01", "sea", "JO", [], "GR", "280110",
         "كلور سائل لمعالجة مياه الشرب، أسطوانات 65 كغ، 40 أسطوانة", "JO", 2600, 40, 5200, "USD",
         "liquid chlorine for waterworks comes in 65 kg cylinders that give a choking, green-yellow gas at the valve "
         "and a white cloud with an ammonia swab; these 40 give no smell and no cloud, hold a liquid of 1.73 kg/l "
         "and are stamped 'CH3Br' under the labels, filled near the Dead Sea bromine works: methyl bromide, whose "
         "import into the Union is banned, by sea from Aqaba to Piraeus for an Attica pest-control firm that "
         "fumigates export containers; Jordanian Arabic wording (methyl bromide repeats in many sets, and a "
         "liquid-chlorine label once, in Arabic, on R-404A (blind133), kept as a repeat; methyl bromide under it, "
         "from Jordan to Greece, was found in no earlier row by a keyword search)", firm("Vega Apolymanseis AE", "GR")),
        ("OZN-08", "import", "HRAIR01", "air", "US", [], "HR", "381300",
         "Wet chemical fire suppression agent (potassium acetate), for restaurant kitchen hood systems, 40 x 5 gal",
         "US", 1110, 40, 14000, "USD",
         "kitchen-hood wet-chemical agent is an alkaline water solution of potassium acetate or citrate of 1.3-1.4 "
         "kg/l that does not evaporate; these 40 pails hold a colourless liquid that boils off at about 27 °C, smells "
         "faintly of ether, leaves no residue, and the analysis gives 2,2-dichloro-1,1,1-trifluoroethane with argon "
         "and a small blend additive: Halotron I (an HCFC-123 blend), whose import into the Union is banned "
         "(Regulation 2024/590), flown from Miami to Zagreb for a Split hotel fire-protection contractor; US English "
         "wording (Halotron repeats in many sets under clean-agent and extinguisher labels, and wet-chemical kitchen "
         "labels in three (blind77, blind118, blind134) on extinguishers and hood systems, kept as a repeat; bulk "
         "agent pails by air to Croatia are the new part as far as a search found)",
         firm("Vega Protupožarna Zaštita d.o.o.", "HR")),
        ("OZN-09", "import", "HRROAD01", "road", "BA", [], "HR", "381400",
         "Sredstvo za čišćenje elektromotora i namotaja, nezapaljivo, kanistri 5 l, 400 kom", "BA", 2480, 400, 3600,
         "EUR",
         "electric-motor cleaners sold in the Union are hydrocarbon or modified-alcohol solvents of about 0.8 kg/l "
         "with a flame mark; these 400 cans weigh 6.2 kg each (1.24 kg/l), the liquid boils at 32 °C, smells faintly "
         "ethereal and will not burn, and the Chinese filler's batch labels under the overlabels read 'HCFC-141b': "
         "1,1-dichloro-1-fluoroethane, whose import into the Union is banned, at Stara Gradiška for a Zagreb "
         "motor-rewinding supplier; Bosnian wording (HCFC-141b repeats in many sets under flush, foam-gun and "
         "contact-cleaner labels; an electric-motor-cleaner label was found in no earlier row by a keyword search)",
         firm("Delta Elektro d.o.o.", "HR")),
        ("OZN-10", "import", "GRSEA01", "sea", "TW", [], "GR", "390690",
         "壓克力乳液 (塗料用), 1 噸 IBC, 16 個", "TW", 16000, 16, 24000, "USD",
         "a Kaohsiung coatings exporter's container for a Piraeus paint distributor: acrylic emulsion and HEC "
         "thickener are what paint makers buy, but the third item's 4,800 marking-spray cans are non-flammable, "
         "carry no flame symbol and their propellant analyses as 1,1,1,2-tetrafluoroethane: HFC-134a technical "
         "aerosols, products the F-gas Regulation (2024/573) forbids placing on the market, hidden as the last item "
         "of a three-item declaration; traditional Chinese wording from Taiwan (HFC-134a technical aerosols repeat "
         "in many sets and a spray-paint label once (blind163, alone on its declaration), kept as a repeat; the "
         "multi-item paint order from Taiwan is the new part as far as a search found)",
         dict(firm("Orion Chromata AE", "GR"),
              _more_items=[item("391239", "羥乙基纖維素 (HEC) 增稠劑, 25 公斤袋, 80 袋", "TW", 2000, 12000, "USD", qty=80),
                           item("320820", "標線噴漆 (不燃型), 500 ml, 4,800 罐", "TW", 3360, 5800, "USD", qty=4800)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "TR", [], "IT", "710813",
         "Varak altın 23 ayar, kitapçık 25 yaprak, 200 kitapçık", "TR", 1, 200, 9000, "EUR",
         "a restoration-supplies order from a Mersin art-materials distributor for a Ravenna icon-painting school: "
         "gold leaf and rabbit-skin glue are what such schools buy, but the third item's 'blank gesso-primed panels' "
         "are eight old, warped cypress and walnut panels with egg-tempera saints, gold grounds, candle soot and "
         "Greek inscriptions under a fresh coat of white gesso that a damp swab lifts at once: post-Byzantine icons "
         "taken from churches in the north of Cyprus, cultural goods brought in without the import licence "
         "Regulation 2019/880 requires and against the Hague Protocol's ban on removals from occupied territory, by "
         "sea from Mersin to Ravenna, hidden as the last item of a three-item declaration; Turkish wording (Cypriot "
         "icons repeat in many sets, kept as a repeat; icons painted over as blank gesso panels in a gilding-supplies "
         "order were found in no earlier row by a keyword search)",
         dict(firm("Alpina Belle Arti Srl", "IT"),
              _more_items=[item("350300", "Tavşan tutkalı, granül, 1 kg, 40 paket", "TR", 40, 600, "EUR", qty=40),
                           item("442199", "Alçı astarlı ahşap ikon panosu, boş, 30 x 40 cm, 8 adet", "TR", 24, 160, "EUR",
                                qty=8)])),
        ("CUL-02", "import", "DEAIR01", "air", "JO", [], "DE", "250700",
         "عينات كاولين خام، كتل، لاختبار الحشوات في الدهانات، 12 كغ", "IQ", 12, None, 150, "USD",
         "kaolin samples sent to a filler buyer are soft, white, chalky lumps that smear on the fingers; this box "
         "holds 60 hard, buff, fired-clay pieces the size of a palm, pillow-shaped and covered on both faces with "
         "wedge-shaped impressions, some still in clay envelopes: cuneiform tablets and bullae from southern Iraq, "
         "archaeological objects whose import is banned (Regulation 1210/2003) and needs a licence (Regulation "
         "2019/880), flown from Amman to Frankfurt for a Mannheim 'paint-filler' trader; Iraqi Arabic wording "
         "(cuneiform tablets repeat in many sets, kept as a repeat; a kaolin-sample label from the filler trade was "
         "found in no earlier row by a keyword search)", firm("Central Füllstoffe GmbH", "DE")),
        ("CUL-03", "export", "BGAIR01", "express", "BG", [], "GB", "282741",
         "Меден оксихлорид, технически, на бучки, мостри, 3 кг", "BG", 3, None, 40, "EUR",
         "technical copper oxychloride is a fine, even, blue-green powder; these three kilograms are green-crusted "
         "lumps that break apart into stacks of fused bronze coins with Thracian and Roman portraits and Greek "
         "legends, soil in the crevices, dug by detectorists near Plovdiv: an archaeological coin hoard, which needs "
         "an export licence whatever its value (Regulation 116/2009), sent by express from Sofia to a London coin "
         "dealer; Bulgarian wording (ancient coins repeat in many sets and copper-oxychloride labels twice, on liquid "
         "wastes; coin clumps as oxychloride lumps were found in no earlier row by a keyword search)",
         firm("Meridian Numismatics Ltd", "GB")),
        ("CUL-04", "import", "ESSEA01", "sea", "PE", [], "ES", "591190",
         "Telas filtrantes usadas para filtro prensa, polipropileno, lavadas, 40 rollos", "PE", 400, 40, 600, "USD",
         "used filter-press cloths from concentrator plants are stiff, stained polypropylene sheets with eyelets; "
         "among these 40 rolls six are folded, fragile, hand-woven cotton and camelid-fibre cloths with painted and "
         "tapestry birds and fish, with sand and bone splinters in the folds: Chancay funerary textiles (AD "
         "1000-1470) dug from cemeteries of the Huaral valley, archaeological goods whose export Peru forbids, "
         "brought in without the import licence Regulation 2019/880 requires, by sea from Callao to Valencia for a "
         "mining-supplies recycler; Peruvian Spanish wording (Andean textiles repeat in several sets; a used "
         "filter-cloth label was found in no earlier row by a keyword search)",
         firm("Rivage Suministros Mineros SL", "ES")),
        ("CUL-05", "import", "FRSEA01", "sea", "TN", [], "FR", "690990",
         "Jarres en grès pour acides, anciennes, de récupération, 6 pièces", "TN", 240, 6, 300, "EUR",
         "salvaged stoneware acid jars are wheel-thrown, salt-glazed, flat-bottomed vessels with a tap hole; these "
         "six are unglazed, pointed, two-handled amphorae of coarse red clay crusted with marine concretions, shells "
         "and worm tubes, one stamped in Punic letters, raised by divers off the Kerkennah islands: underwater "
         "cultural heritage whose export Tunisia forbids, brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Sfax to Marseille for a garden-antiques dealer; Tunisian French wording (amphorae "
         "repeat in many sets; a chemical-trade acid-jar label was found in no earlier row by a keyword search)",
         firm("Vega Antiquités de Jardin SARL", "FR")),
        ("CUL-06", "import", "BEAIR01", "air", "TH", [], "BE", "741980",
         "ชิ้นงานหล่อทองเหลืองสำหรับทดสอบสี เคลือบรองพื้นซิงค์ 3 ชิ้น", "TH", 62, 3, 450, "USD",
         "coating-test castings are small, new brass plates and coupons sprayed with primer for salt-spray trials; "
         "these three crates hold a 70 cm seated Buddha and two standing deities of heavy leaded bronze under a "
         "fresh grey zinc-rich primer that a solvent swab lifts to show a dark, pitted, green-crusted surface, worn "
         "faces and core pins: Angkorian bronzes (11th-13th century) brought over the border from Cambodia, "
         "archaeological objects whose export Cambodia forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Bangkok to Liège for a Brussels 'coatings laboratory'; Thai wording (Khmer "
         "bronzes repeat in many sets; painted over as primer-coated test castings was found in no earlier row by a "
         "keyword search)", firm("Delta Coatings Lab SA", "BE")),
        ("CUL-07", "import", "ITAIR01", "air", "ET", [], "IT", "411310",
         "የብራና ቁርጥራጮች ለመጽሐፍ ጥገና (የፍየል ቆዳ)፣ 5 ኪሎ", "ET", 5, None, 120, "USD",
         "parchment offcuts for bookbinding repairs are thin, blank, cut-edged skins; this 5 kg parcel holds a dozen "
         "small sewn codices and loose leaves of thick goatskin written in two columns of black and red Ge'ez "
         "script, with painted saints, wooden boards and soot from church lamps: Ethiopian Orthodox manuscripts "
         "looted from churches in Tigray, cultural goods brought in without the importer statement Regulation "
         "2019/880 requires and against the UNESCO 1970 convention, flown from Addis Ababa to Rome for a "
         "bookbinding-supplies importer; Amharic wording (Ethiopian manuscripts repeat in many sets, kept as a "
         "repeat; a parchment-offcut restoration-supply label was found in no earlier row by a keyword search)",
         firm("Alpina Legatoria Srl", "IT")),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "442199",
         "Pannelli campione colore per vernici, legno laccato, 4 pezzi", "IT", 22, 4, 200, "EUR",
         "colour reference panels are new, flat, machine-sprayed boards with a colour code and a gloss reading; one "
         "of these four is an oil-and-gold panel of a Madonna and Child on poplar with craquelure, worm holes "
         "plugged from the back and a Venetian collector's wax seal, under a thin clear lacquer and a paint-code "
         "sticker: a late-15th-century Venetian panel painting, far above the value threshold, exported without "
         "the EU export licence (Regulation 116/2009) or an Italian certificate of free circulation, by road at "
         "Chiasso for a Lugano 'coatings laboratory'; Italian wording (paintings leaving Italy for Switzerland "
         "repeat in several sets; a paint colour-panel label was found in no earlier row by a keyword search)",
         {"importer_name": "Alpina Lacke AG", "importer_country": "CH"}),
        ("CUL-09", "import", "NLAIR01", "express", "AE", [], "NL", "320740",
         "عينات فريت زجاجي للطلاءات الخزفية، فيروزي، 4 كغ", "EG", 4, None, 90, "USD",
         "glaze-frit samples are glassy granules or powder in labelled bags; these 4 kg hold 120 small mould-made "
         "figures and amulets of turquoise-glazed faience - mummiform shabtis with columns of hieroglyphs, Eyes of "
         "Horus, scarabs and Bes figures - worn and with tomb dirt in the crevices: ancient Egyptian funerary "
         "objects whose export Egypt forbids, brought in without the import licence Regulation 2019/880 requires, "
         "sent by express from Dubai to an Amsterdam ceramics-supplies web shop; Egyptian Arabic wording (shabtis "
         "repeat in many sets and frit labels in a few, on wastes and precursors; shabtis as glaze-frit samples were "
         "found in no earlier row by a keyword search)", firm("Horizon Keramiekbenodigdheden BV", "NL")),
        ("CUL-10", "import", "DEAIR01", "air", "IN", [], "DE", "741980",
         "Brass castings, raw, for buffing-compound trials, 2 pcs", "IN", 85, 2, 400, "USD",
         "raw brass test castings for polishing-compound trials are new, sprue-marked and bright under a file; these "
         "two are 60 and 90 cm bronze figures of Shiva Nataraja and Parvati with a deep green-brown patina, faces "
         "worn by centuries of ritual bathing, lugs for processional poles and a temple inventory number scratched "
         "on the base: Chola-period bronzes stolen from a Tamil Nadu temple, whose export India forbids, brought in "
         "without the import licence Regulation 2019/880 requires for archaeological objects, flown from Chennai "
         "to Frankfurt for a Munich 'metal-finishing' firm that deals in Asian art; Indian English wording (Chola "
         "bronzes repeat in several sets, kept as a repeat; a buffing-compound trial label was found in no earlier "
         "row by a keyword search)", firm("Meridian Oberflächentechnik GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "CN", "292219",
         "Amino-2-méthyl-2-propanol-1 (AMP-95), agent de neutralisation pour peintures en phase aqueuse, 40 fûts",
         "BE", 6640, 40, 30000, "EUR",
         "AMP-95 is an amine-smelling liquid of 0.94 kg/l that sets solid in a cold store, sold to waterborne-paint "
         "makers; these 40 drums hold a liquid of 0.83 kg/l (166 kg a drum) that stays liquid in the cold, boils at "
         "about 190 °C, and the analysis on file and the drum heads read CAS 96-80-0: N,N-diisopropylaminoethanol, a "
         "VX precursor (CWC Schedule 2B11, dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires, from Antwerp to Dalian for a 'paint distributor' whose orders go on by rail to Sinuiju in North "
         "Korea (a UN and EU embargo destination); Belgian French wording (diisopropylaminoethanol repeats in "
         "several sets under DMEA and corrosion-inhibitor labels; an AMP-95 label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["AT", "SI", "HR", "RS", "BG", "TR"], "IR", "340290",
         "Koncentrát na čištění disků kol, kyselý, 25kg kanystry, 640 kanystrů", "CZ", 16000, 640, 24000, "EUR",
         "acid wheel cleaners are dilute phosphoric or oxalic acid with a surfactant, sold as liquids in 25 kg cans; "
         "these 640 cans hold white, dry, damp-drawing crystals that etch a glass slide and smell sharply of acid "
         "when wetted, with CAS 1341-49-7 on the liners: ammonium hydrogen difluoride (an Australia Group chemical, "
         "dual-use 1C350), exported without the licence Regulation 2021/821 requires, by lorry for a Tabriz "
         "'car-care' distributor whose buyer is a chemical plant on the Union's Iran sanctions list; Czech wording "
         "(ammonium bifluoride repeats in many sets; a wheel-cleaner label was found once, on sulphuric acid "
         "(blind48), and on a bifluoride in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "LB", "291560",
         "Coalescentiemiddel voor emulsieverven (esteralcohol, Texanol-type), 60 vaten van 200 l", "NL", 12480, 60,
         36000, "EUR",
         "a Texanol-type coalescent is an almost odourless ester alcohol of 0.95 kg/l that does not mix with water; "
         "these 60 drums hold a viscous, fishy-ammoniacal liquid of 1.04 kg/l that mixes clear with water and turns "
         "litmus blue, and the certificate of analysis reads CAS 105-59-9: N-methyldiethanolamine (CWC Schedule 3, "
         "dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Rotterdam to Beirut for a "
         "'paint maker' whose drums go on by lorry into Syria; Dutch wording (methyldiethanolamine repeats in a few "
         "sets under esterquat, glycerine, textile and gas-treating labels; a Texanol coalescent label was found in "
         "no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", ["AE"], "IR", "382499",
         "Sauerstoffbinder auf Erythorbat-Basis für Kesselspeisewasser, flüssig, 80 Fässer", "DE", 16000, 80, 14000,
         "EUR",
         "an erythorbate oxygen scavenger for boiler feed water is a pale-yellow, odourless, mildly acidic solution "
         "in plastic drums; these 80 drums are stainless, nitrogen-blanketed and UN-marked, and hold a fuming, "
         "ammonia-smelling liquid that the analysis gives as over 98 % N2H4 and that smokes on a rusty rag: "
         "anhydrous hydrazine (EU Common Military List ML8, 70 % or more), exported without a licence from Hamburg to "
         "Jebel Ali for a Dubai 'boiler chemicals' trader whose consignee is an Iranian missile-propellant maker; "
         "German wording (hydrazine repeats in a few sets, as a hydrate oxygen scavenger in blind6 and under a "
         "carbohydrazide label in blind131; an erythorbate label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "CN", "320890",
         "Revêtement de sol époxy conducteur antistatique (ESD), kits de 20 kg, 60 kits", "FR", 1200, 60, 90000,
         "EUR",
         "ESD epoxy floor coatings are light-grey, carbon-filled two-pack kits at about 15 EUR/kg; these 60 kits, at "
         "75 EUR/kg, are dense (3.1 kg/l) dark pastes loaded with carbonyl-iron powder, and the data sheet left in "
         "one kit gives reflection loss in dB from 8 to 18 GHz: a radar-absorbing coating (EU Common Military List "
         "ML17), exported without a licence, by air from Paris to Shenzhen for a 'flooring distributor' that "
         "supplies a military drone maker, under the Union's arms embargo on China; French wording "
         "(radar-absorbing paint repeats once under a magnetic-primer label (blind118); an ESD floor-coating label "
         "was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-06", "export", "FISEA01", "sea", "FI", ["OM"], "YE", "283630",
         "Soodapuhallusmateriaali (natriumbikarbonaatti) pintakäsittelyyn, 25 kg säkit, 640 säkkiä", "FI", 16000,
         640, 8000, "EUR",
         "soda-blasting media is coarse sodium bicarbonate that fizzes with vinegar and tastes salty-soapy; these "
         "640 sacks hold an evenly graded, 200-micron white powder that does not fizz with vinegar, burns fiercely "
         "mixed with sugar and whose inner liners read 'NH4ClO4': ammonium perchlorate, a solid-rocket oxidiser "
         "(EU Common Military List ML8), exported without a licence from Kotka to Sohar for an Omani "
         "'surface-preparation' firm whose lorries cross into Yemen at Shehen, under the UN arms embargo; Finnish "
         "wording (ammonium perchlorate repeats in several sets; a soda-blasting label was found in no earlier row "
         "by a keyword search)", {"importer_country": "OM"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "EG", "282739",
         "Tetracloruro di stagno anidro per trattamento a caldo delle bottiglie di vetro (hot-end coating), 20 fusti",
         "IT", 5000, 20, 60000, "EUR",
         "hot-end coating for glass bottles is tin tetrachloride or MBTC, a fuming, colourless liquid of about 2.2 "
         "kg/l, and the sender picked it because this liquid also fumes and weighs the same; but it gives an arsenic "
         "mirror in a Marsh test and a yellow precipitate with hydrogen sulphide, and the drum heads read CAS "
         "7784-34-1 under the labels: arsenic trichloride (CWC Schedule 2B, dual-use 1C350), whose transfer to Egypt, "
         "not a party to the Chemical Weapons Convention, is forbidden, exported without the licence Regulation "
         "2021/821 requires from Genoa to Alexandria for a 'glass-bottle plant' of no known trade; Italian wording "
         "(arsenic trichloride repeats in a few sets under semiconductor-doping labels; a tin-tetrachloride "
         "hot-end-coating label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", ["AE"], "PK", "847989",
         "Máquina bobinadora para depósitos de filtros de piscina en PRFV, 1 unidad", "ES", 9000, 1, 420000, "EUR",
         "the machines that make GRP pool-filter vessels are two-axis winders with a fixed mandrel size; this one is "
         "a four-axis CNC filament-winding machine with coordinated fibre placement, a mandrel for 2.5 m diameter "
         "and 6 m length and a tension controller for carbon fibre: a filament-winding machine controlled as "
         "dual-use 1B001.a and used for rocket-motor cases, exported without the licence Regulation 2021/821 "
         "requires, from Valencia to Jebel Ali for a Dubai 'pool equipment' trader whose buyer is a Pakistani "
         "missile-programme entity; Spanish wording (filament-winding machines repeat in several sets, Valencia to "
         "Karachi in blind119, kept as a repeat; a pool-filter-vessel label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", ["RO", "BG", "TR", "GE", "AZ"], "KZ", "391211",
         "Cellulóz-acetát-butirát (CAB) autóipari alapfestékekhez, 100 kg-os hordók, 40 hordó", "HU", 4000, 40,
         60000, "EUR",
         "CAB for automotive basecoats is a dry, white, free-flowing powder packed in bags; these 40 drums hold a "
         "fibrous, off-white mass wetted with water and alcohol, marked UN2555, and the Czech maker's certificate "
         "inside gives 13.2 % nitrogen: propellant-grade nitrocellulose (EU Common Military List ML8), exported "
         "without a licence by lorry on the Trans-Caspian route for an Almaty 'coatings distributor' whose buyer is "
         "a Russian propellant works (Regulation 833/2014); Hungarian wording (nitrocellulose repeats in several "
         "sets under lacquer and cotton-linter labels; a cellulose-acetate-butyrate label was found in no earlier "
         "row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "export", "PLSEA01", "sea", "PL", ["TR"], "RU", "847989",
         "Roboty do czyszczenia basenów, automatyczne, 24 szt.", "PL", 7200, 24, 480000, "EUR",
         "robotic pool cleaners are 10 kg plastic crawlers with brushes and a floating cable at a few hundred euros; "
         "these 24 crates weigh 300 kg each and hold six-axis industrial painting robots with explosion-proof "
         "wrists, rotary-bell atomisers and controllers at 20,000 EUR each: industrial robots whose sale and export "
         "for use in Russia Regulation 833/2014 bans, from Gdynia to Mersin for an Istanbul 'pool equipment' trader "
         "whose forwarder ships on to Novorossiysk for a car-body paint shop; Polish wording (industrial robots for "
         "Russia repeat in a few sets, welding robots under a pallet-wrapper label among them; a robotic "
         "pool-cleaner label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "ID", [], "NL", "390220",
         "Poliisobutena terhidrogenasi (squalane sintetis), grade kosmetik, drum 180 kg, 8 drum", "ID", 1440, 8, 14000,
         "USD",
         "hydrogenated polyisobutene is a clear, odourless, saturated synthetic oil; these eight drums hold a "
         "pale-yellow oil that smells of fish, takes up iodine (it is unsaturated) and a laboratory finds squalene "
         "with shark-liver markers, made at a Cilacap liver-oil works from blue sharks and hammerheads landed by "
         "longliners: shark squalene from species in CITES App. II (Carcharhinidae and Sphyrnidae, derivatives "
         "included) without CITES documents, by sea from Jakarta to Rotterdam for a cosmetic-ingredients "
         "distributor; Indonesian wording (shark-liver oil repeats once, basking shark under an olive-squalane label "
         "(blind121); a hydrogenated-polyisobutene label was found in no earlier row by a keyword search)",
         firm("Vega Cosmetic Ingredients BV", "NL")),
        ("WLF-02", "import", "IEAIR01", "air", "CN", [], "IE", "293299",
         "10-去乙酰基巴卡亭III (10-DAB), 植物细胞培养来源, 紫杉醇中间体, 25 公斤", "CN", 25, None, 100000, "USD",
         "10-DAB from plant-cell fermentation comes with the fermenter's batch record and no plant markers; these "
         "25 kg carry the impurity profile of leaf extraction (taxine alkaloids, chlorophyll residues) and the "
         "Yunnan extractor's papers name wild-gathered needles of Taxus wallichiana: a taxane extract of Himalayan "
         "yew (CITES App. II, extracts included, finished pharmaceuticals excepted) without CITES documents, flown "
         "from Kunming via Shanghai to Dublin for a Cork paclitaxel plant; Chinese wording (yew repeats in several "
         "sets as bark, needles and tea; a 10-DAB extract under a plant-cell-culture label was found in no earlier "
         "row by a keyword search)", firm("Atlantic Pharma Chemicals Ltd", "IE")),
        ("WLF-03", "import", "NLSEA01", "sea", "MX", [], "NL", "152110",
         "Cera de carnauba tipo 3, en escamas, costales de 25 kg, 400 costales", "BR", 10000, 400, 70000, "USD",
         "carnauba wax is a Brazilian product - hard, yellow-brown flakes melting at 82-86 °C - that a Mexican "
         "shipper would first have to import; these flakes melt at 68-73 °C, are browner and softer, and the sacks "
         "carry the stamps of a Coahuila wax-makers' cooperative: candelilla wax from wild Euphorbia antisyphilitica "
         "(CITES App. II, bulk wax covered, only retail-packed finished products excepted) without a CITES export "
         "permit, by sea from Veracruz to Rotterdam for a floor-polish and coatings maker; Mexican Spanish wording "
         "(candelilla and carnauba were found in no earlier row by a keyword search)",
         firm("Horizon Wax Trading BV", "NL")),
        ("WLF-04", "import", "ITAIR01", "air", "PH", [], "IT", "320649",
         "Pearlescent pigment (mika-titanium), para sa pintura ug kosmetiko, 25 kg nga drum, 20 ka drum", "PH", 500,
         20, 6000, "USD",
         "mica-titanium pearlescent pigments are platy, glittering flakes that stay bright in acid; these 20 drums "
         "hold a chalky, creamy-white, finely ground powder with only a faint nacreous sheen that fizzes in dilute "
         "acid and shows growth-banded aragonite under the microscope, milled in Cebu from giant-clam shells: "
         "Tridacnidae shell powder (CITES App. II) without CITES documents, flown from Cebu via Manila to Milan for a "
         "Bergamo cosmetics-and-coatings pigment distributor; Cebuano wording (giant clams repeat in many sets; a "
         "pearlescent-pigment label was found in no earlier row by a keyword search)",
         firm("Meridian Pigmenti Srl", "IT")),
        ("WLF-05", "import", "CZAIR01", "air", "MY", [], "CZ", "253090",
         "Media reaktor kalsium untuk akuarium terumbu (aragonit), beg 5 kg, 120 beg", "MY", 600, 120, 3000, "USD",
         "calcium-reactor media for reef aquaria is crushed oolitic aragonite, sand-like or in rounded granules; "
         "these 120 bags hold 2-5 cm branches and plates of white coral skeleton with the corallite cups still sharp "
         "enough to name Acropora and Pocillopora, broken off reefs off Sabah: stony coral (Scleractinia, CITES App. "
         "II, coral rock included where identifiable) without CITES documents, flown from Kota Kinabalu via Kuala "
         "Lumpur to Prague for an aquarium-supplies wholesaler; Malay wording (stony coral repeats in many sets and "
         "an aragonite-sand label once, on a precursor (blind144); a calcium-reactor-media label was found in no "
         "earlier row by a keyword search)", firm("Delta Akvaristika s.r.o.", "CZ")),
        ("WLF-06", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "391390",
         "Chitosan flakes, technical, flocculant for water treatment, 40 bags", "NG", 1000, 40, 6000, "USD",
         "chitosan flakes are thin, pale, translucent crumbs of deacetylated shrimp shell that dissolve in dilute "
         "acid; these 40 bags hold hard, overlapping, horn-coloured scales up to 5 cm with ridged faces that do not "
         "dissolve in acid and smell of burnt hair when heated: pangolin scales (CITES App. I) without CITES "
         "documents, landed at Liège in transit from Lagos to Hanoi; Nigerian English wording (pangolin scales repeat "
         "in many sets under many covers; a chitosan water-treatment label was found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WLF-07", "import", "NLAIR01", "air", "NP", [], "NL", "380610",
         "गम रोजिन, डब्ल्यूडब्ल्यू ग्रेड, मुद्रण मसी र रङका लागि, २५ केजी बोरा, ४० बोरा", "NP", 1000, 40, 3000, "USD",
         "WW gum rosin is glassy, brittle, pale-amber pine resin that smells of turpentine; these 40 bags hold dull, "
         "brown, amorphous lumps that smell faintly bitter and sting the eyes, with podophyllotoxin in the "
         "laboratory's analysis: podophyllin resin extracted from wild Himalayan may-apple rhizomes (Podophyllum "
         "hexandrum, CITES App. II, extracts included) without CITES documents, flown from Kathmandu to Amsterdam for "
         "a resins distributor supplying a podophyllotoxin maker; Nepali wording (Himalayan may-apple repeats in a "
         "few sets as rhizomes; a gum-rosin label and the resin itself were found in no earlier row by a keyword "
         "search)", firm("Central Harsen BV", "NL")),
        ("WLF-08", "import", "ESAIR01", "air", "PY", [], "ES", "130190",
         "Bálsamo de gurjún, para barnices y perfumería, bidones de 25 kg, 4 bidones", "PY", 100, 4, 2400, "USD",
         "gurjun balsam is a viscous, woody oleoresin of South-East Asian Dipterocarpus that a Paraguayan shipper "
         "would have to import; these four drums hold an oil that sets half-solid in the cold and smells of tea "
         "rose and smoked wood, with guaiol and bulnesol in the chromatogram and an Alto Paraguay distillery's lot "
         "numbers: guaiacwood oil (Bulnesia sarmientoi, CITES App. II, its extracts included) without a CITES export "
         "permit, flown from Asunción to Madrid for a varnish and fragrance compounder; Paraguayan Spanish wording "
         "(guaiacwood oil repeats in blind122 under a vetiver label, kept as a repeat; a gurjun-balsam label was "
         "found in no earlier row by a keyword search)", firm("Orion Resinas SL", "ES")),
        ("WLF-09", "import", "ATAIR01", "air", "TR", [], "AT", "300190",
         "Rekombinant hirudin (maya kaynaklı), kozmetik hammadde, liyofilize toz, 2 kg", "TR", 2, None, 9000, "EUR",
         "recombinant hirudin is a white, lyophilised powder from yeast fermentation sold with a certificate; these "
         "two kilograms are a brownish, fishy-smelling freeze-dried extract with leech tissue proteins and the DNA "
         "of Hirudo verbana, made in Antalya from wild-caught medicinal leeches: leech extract (Hirudo "
         "medicinalis/verbana, CITES App. II, derivatives included) without CITES documents, flown from Istanbul to "
         "Vienna for a cosmetics-ingredient distributor; Turkish wording (medicinal leeches repeat in a few sets as "
         "live animals; a leech extract under a recombinant-hirudin label was found in no earlier row by a keyword "
         "search)", firm("Alpina Wirkstoffe GmbH", "AT")),
        ("WLF-10", "import", "PLAIR01", "air", "MN", [], "PL", "130219",
         "Цистанхе тубулоза ханд (эхинакозид 20 %), нунтаг, 25 кг торх, 8 торх", "MN", 200, 8, 16000, "USD",
         "Cistanche tubulosa extract is a plantation product, brown and bitter-sweet, standardised to echinacoside "
         "and traded freely; these eight drums carry the acteoside-rich marker profile of Cistanche deserticola, and "
         "a collector's note left in one drum names wild plants dug in the Gobi: desert cistanche extract (CITES "
         "App. II, extracts included) without CITES documents, flown from Ulaanbaatar to Warsaw for a nutraceutical "
         "ingredients distributor; Mongolian wording (Cistanche deserticola repeats in several sets as slices under "
         "food and medicine labels; an extract under a Cistanche tubulosa label was found in no earlier row by a "
         "keyword search)", firm("Vega Składniki Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESROAD01", "road", "MA", "ES", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (hydroponic root-zone oxygenation)", "MA", 4.5, 4,
     30, "EUR", [("PRECURSOR_LICENCE", "ES-MIR-56-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "EEAIR01", "air", "KR", "EE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "KR", 4.6, 4, 80, "USD",
     [("PRECURSOR_LICENCE", "EE-PPA-56-0031")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "382569",
     "Zinc phosphating sludge (11 01 09*) from a Kragujevac car plant, for zinc recovery at a licensed plant, 22 t",
     "RS", 22000, None, 0, "EUR", [("BASEL_CONSENT", "HU-PE-56-0117")], "notified phosphating sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "382569",
     "Spent electroless-nickel plating baths (11 01 98*), for nickel recovery at a licensed plant, 20 t", "GB", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-56-0088")], "notified spent plating baths to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "IN", "FR", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 100 ml, for essential laboratory use", "IN", 1.6, 10, 300, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-56-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "VN", "PL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "VN", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "PL-MKiS-ODS-56-012")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Panel painting, Madonna and Child, oil and gold on poplar, Venice, c. 1480, sold with the EU export licence and "
     "the Italian certificate", "IT", 18, 1, 420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-56-0093")],
     "painting exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Cuneiform tablet, Old Babylonian, documented British collection since 1955, with the import licence", "IQ", 0.3,
     1, 22000, "GBP", [("IMPORT_LICENCE", "DE-BKM-IMP-56-0041")], "archaeological object imported with its import licence"),
    ("PRM-09", "strategic", "export", "CZROAD01", "road", "CZ", "TR", "282619",
     "Ammonium bifluoride 98 %, 20 t, for a Turkish glass-frosting plant", "CZ", 20000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-56-0412"), ("END_USER_CERTIFICATE", "TR-MoIT-EUC-56-0107")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "847989",
     "Four-axis CNC filament-winding machine, for an Indian CNG-cylinder maker", "ES", 9000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-56-0077"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-56-0190")],
     "dual-use filament-winding machine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "MX", "NL", "152110",
     "Candelilla wax, refined, 10 t, from managed Coahuila harvest, with the Mexican CITES export permit", "MX", 10000,
     None, 90000, "USD", [("CITES_PERMIT", "MX-SEMARNAT-56-0233")], "App. II candelilla wax with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "IN", "DE", "320300",
     "Red sanders (Pterocarpus santalinus) wood powder, plantation-grown, 200 kg, with the Indian CITES export permit",
     "IN", 200, None, 6000, "USD", [("CITES_PERMIT", "IN-CITES-56-0118")], "App. II red sanders powder with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Eraisik", "PRM-05": "Orion Analyse SARL",
    "PRM-08": "Central Altorientalistik GmbH", "PRM-11": "Horizon Wax Trading BV", "PRM-12": "Orion Naturfarben GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises
    ("382499", "Reverse-osmosis antiscalant, phosphonate-based, IBC", "import", ["sea"], ["TN", "TR"], (1.5, 3), (10000, 22000), ["EUR"], None, S),
    ("292800", "MEKO anti-skinning agent for alkyd paints, drums", "import", ["sea"], ["KR", "CN"], (3, 5), (4000, 10000), ["USD"], None, S),
    ("291819", "Glycolic acid 70 %, technical, 20 l cans", "import", ["sea"], ["BR", "CN"], (1.2, 2), (8000, 20000), ["USD"], 0.04, S),
    ("293321", "BCDMH bromine tablets for spas, 5 kg tubs", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 0.2, S),
    ("253090", "Wollastonite powder, paint grade, 25 kg bags", "import", ["sea"], ["IN", "CN"], (0.2, 0.4), (10000, 24000), ["USD"], 0.04, S),
    ("283911", "Sodium metasilicate pentahydrate, detergent grade", "import", ["sea"], ["CN", "TR"], (0.5, 0.9), (18000, 24000), ["USD"], None, S),
    ("293149", "HEDP 60 % antiscalant, 30 kg cans", "import", ["road"], ["MK", "RS"], (1, 1.8), (6000, 14000), ["EUR"], 0.033, S),
    ("284170", "Sodium molybdate dihydrate, corrosion inhibitor, 1 kg", "import", ["express"], ["CL", "US"], (25, 45), (1, 4), ["USD"], 1, S),
    ("283210", "Catalysed sodium sulphite, boiler oxygen scavenger, 25 kg", "import", ["sea"], ["BD", "CN"], (0.6, 1), (4000, 12000), ["USD"], 0.04, S),
    ("282890", "Bleach (eau de Javel), 1 l bottles", "import", ["road"], ["MA", "TR"], (0.3, 0.6), (6000, 16000), ["EUR"], 1, S),
    ("392390", "IBC rainwater tanks, 1000 l, new, food-grade", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 0.017, S),
    ("283529", "Zinc phosphate anticorrosive pigment, 25 kg", "export", ["road"], ["RS", "BA"], (2, 3), (5000, 15000), ["EUR"], None, S),
    ("320910", "Acrylic wall paint, new, 10 l pails", "export", ["sea"], ["SR", "GH"], (1.5, 3), (8000, 20000), ["EUR"], 0.07, S),
    ("360690", "Bioethanol fuel gel for chafing dishes, 1 l", "export", ["sea"], ["CI", "SN"], (1.2, 2), (6000, 14000), ["EUR"], 1, S),
    ("390931", "Polymeric MDI, prime, sealed drums", "export", ["sea"], ["KE", "NG"], (1.8, 2.6), (10000, 20000), ["EUR"], None, S),
    ("283324", "Nickel sulphate hexahydrate, plating grade, 25 kg", "import", ["sea"], ["JP", "CN"], (4, 6), (5000, 15000), ["USD"], None, S),
    ("841370", "Swimming-pool circulation pumps, new", "export", ["sea"], ["NG", "GH"], (10, 18), (1000, 4000), ["EUR"], 0.05, S),
    ("340250", "Household cleaning powders, retail packs", "export", ["sea"], ["GQ", "CM"], (1.5, 3), (5000, 12000), ["EUR"], 1, S),
    ("283650", "Ground calcium carbonate filler slurry, IBC", "export", ["road"], ["UA", "MD"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("381400", "Graffiti remover gel, solvent-based, 5 l", "import", ["sea"], ["JP", "KR"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("381400", "Benzyl-alcohol paint stripper gel, drums", "import", ["sea"], ["IN", "US"], (2.5, 4), (4000, 10000), ["USD"], None, S),
    ("381400", "Screen-printing screen wash, water-based, 20 l", "import", ["sea"], ["VN", "CN"], (1.5, 3), (3000, 9000), ["USD"], 0.05, S),
    ("271019", "Isoparaffin dry-cleaning solvent (KWL type), drums", "import", ["sea"], ["AZ", "KR"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("381300", "Wet-chemical kitchen fire agent, potassium acetate, 5 gal", "import", ["air"], ["US"], (6, 12), (300, 1500), ["USD"], 0.05, S),
    ("381400", "Electric-motor cleaner, hydrocarbon, 5 l", "import", ["road"], ["BA", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.25, S),
    ("390690", "Acrylic emulsion for paints, IBC", "import", ["sea"], ["TW", "KR"], (1.2, 1.8), (10000, 20000), ["USD"], None, S),
    ("250700", "Kaolin, paint-filler grade, 25 kg bags", "import", ["sea"], ["BR", "US"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("591190", "Filter-press cloths, polypropylene, new", "import", ["sea"], ["PE", "CN"], (6, 12), (500, 2000), ["USD"], None, S),
    ("690990", "Stoneware storage jars, salt-glazed, new", "import", ["sea"], ["TN", "CN"], (1, 2), (2000, 6000), ["EUR", "USD"], 0.1, S),
    ("741980", "Brass test coupons for coating trials", "import", ["air"], ["TH", "CN"], (8, 15), (100, 500), ["USD"], 5, S),
    ("411310", "Goatskin bookbinding leather, vegetable-tanned", "import", ["air"], ["ET", "IN"], (25, 45), (100, 500), ["USD"], 0.5, S),
    ("442199", "Painted colour-sample panels, wooden, new", "export", ["road"], ["CH"], (10, 20), (200, 1000), ["EUR"], 2, S),
    ("320740", "Ceramic glaze frit, turquoise, 25 kg", "import", ["sea"], ["EG", "TR"], (1, 2), (4000, 12000), ["USD"], None, S),
    ("292219", "AMP-95 neutralising amine for waterborne paints, drums", "export", ["sea"], ["CN", "VN"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("340290", "Acid wheel cleaner concentrate, oxalic-based, 25 kg", "export", ["road"], ["TR", "RS"], (1.5, 3), (6000, 16000), ["EUR"], 0.04, S),
    ("291560", "Texanol-type coalescent, drums", "export", ["sea"], ["LB", "EG"], (2, 3.5), (8000, 16000), ["EUR"], None, S),
    ("382499", "Erythorbate oxygen scavenger for boiler water, drums", "export", ["sea"], ["AE", "SA"], (1, 2), (8000, 16000), ["EUR"], None, S),
    ("320890", "ESD epoxy floor coating kits, carbon-filled", "export", ["air"], ["CN", "KR"], (12, 20), (300, 1500), ["EUR"], 0.05, S),
    ("283630", "Soda-blasting media (sodium bicarbonate), 25 kg", "export", ["sea"], ["OM", "AE"], (0.4, 0.8), (10000, 20000), ["EUR"], 0.04, S),
    ("282739", "Tin tetrachloride, hot-end coating for glass bottles", "export", ["sea"], ["EG", "TR"], (15, 25), (2000, 6000), ["EUR"], None, S),
    ("390220", "Hydrogenated polyisobutene, cosmetic grade", "import", ["sea"], ["KR", "JP"], (3, 5), (2000, 8000), ["USD"], None, S),
    ("152110", "Carnauba wax T3 flakes", "import", ["sea"], ["BR"], (8, 14), (5000, 15000), ["USD"], None, S),
    ("320649", "Mica-titanium pearlescent pigment, 25 kg", "import", ["air"], ["CN", "IN"], (10, 20), (200, 1000), ["USD"], None, S),
    ("380610", "Gum rosin, WW grade", "import", ["sea"], ["CN", "ID", "BR"], (1.5, 2.5), (18000, 24000), ["USD"], None, S),
    ("130219", "Cistanche tubulosa extract, echinacoside 20 %", "import", ["air"], ["CN"], (40, 80), (100, 500), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("821000", "Garlic presses, zinc alloy", "import", ["sea"], ["CN", "TW"], (4, 7), (1000, 4000), ["USD"], 5, N),
        ("401519", "Household rubber gloves, latex, retail packs", "import", ["sea"], ["MY", "TH"], (3, 5), (3000, 8000), ["USD"], 15, N),
        ("960390", "Dish brushes with wooden handles", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 12, N),
        ("420100", "Dog collars and leads, nylon", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind184", 20561101, HERE)


if __name__ == "__main__":
    main()
