#!/usr/bin/env python3
"""Writes the two-hundred-and-seventh blind set (tests/risk/data/blind207-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2060, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: second-hand goods and flea
markets (used-goods exporters, charity shops and their bales, auction lots, house
clearances, estate sales, car-boot and flea markets, salvage and surplus dealers).
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
ordinary table; so are worn clothing, used vehicles, used electrical equipment and other
second-hand goods whose export needs proof that they are not waste (test reports, a
functioning check), whose trade appears there only through new goods of the same kind.
Disguised rows carry a consignee name only where a real declaration would. Ids are BL207-*:

    python3 tests/risk/data/make_blind207_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "US", [], "DE", "701090",
         "Antique apothecary bottles, amber glass, original labels and contents, estate sale lot, 6 pcs", "US",
         3.4, 6, 85, "USD",
         "an estate-sale lot of old drugstore bottles is bought for the glass and the labels, and what is left in "
         "them is a spoonful of dust; these six ground-stopper bottles, labelled 'Potass. Chlor.' in gilt, are each "
         "filled to the shoulder with fresh, free-flowing white crystals (about 500 g a bottle) under new plastic "
         "liners, that spit and flare violet on a hot iron: potassium chlorate (Annex I above 40 %), posted from "
         "an Ohio estate-sale reseller to a private buyer in Kassel; US English wording (potassium chlorate repeats "
         "in many sets and apothecary-bottle covers in two (blind185, blind192), kept as a repeat of the family; an "
         "estate-sale lot by post from the United States is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "ATPOST01", "post", "CH", [], "AT", "731029",
         "Alti Blechdose us de Gartehüsli-Rüümig, Sammlerstück, 4 Stück", "CH", 4.2, 4, 40, "CHF",
         "old enamelled garden tins from a shed clearance are rusty, dented and empty or hold a crust of dried "
         "paint; these four printed tins ('Unkrautvertilger, Natriumchlorat') are sealed, full and heavy, and hold "
         "about 1 kg each of white crystals that draw damp and crackle yellow in a flame: sodium chlorate weedkiller "
         "(Annex I above 40 %), no longer sold in Switzerland or the Union, posted from a Zürich house-clearance "
         "firm's online shop to a private gardener in Feldkirch; Swiss German wording (sodium chlorate repeats in "
         "many sets; a garden-shed clearance tin label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-03", "export", "BESEA01", "sea", "BE", ["TG"], "BF", "630900",
         "Friperie, vêtements usagés mélangés 2e choix, balles pressées de 45 kg, 480 balles", "BE", 21600, 480,
         9600, "EUR",
         "Antwerp's used-clothing exporters send 45 kg pressed bales of mixed second-choice clothing to West Africa "
         "by the thousand; in 120 of these 480 bales the clothing is a 5 cm skin around a 25 kg sack of porous "
         "white prills that read 34 % N and fume on a hot plate, so the container weighs 3 t more than its bales "
         "should: fertiliser-grade ammonium nitrate (Annex I at 16 % N or more; the main charge of the Sahel's "
         "roadside bombs) sent through Lomé to a Ouagadougou 'fripier'; Belgian French wording (ammonium nitrate "
         "repeats in many sets and Burkina Faso in several, and friperie covers twice (blind8, blind176), kept as a "
         "repeat of the family; sacks cored inside used-clothing bales through Lomé are the new part as far as a "
         "search found)", {"importer_country": "BF"}),
        ("PRE-04", "import", "ITSEA01", "sea", "AL", [], "IT", "940210",
         "Pajisje të përdorura sallon flokësh nga mbyllja e sallonit: karrige hidraulike, 8 copë", "AL", 560, 8, 800,
         "EUR",
         "a closed Tirana hair salon's fittings bought by a Bari second-hand dealer who resells to home "
         "hairdressers: hydraulic chairs and hood dryers are what such lots hold, but the third item's 'oksidant "
         "12 %' is 60 cans of 5 l of a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin, "
         "while a 12 % developer is a white cream: about 50 % hydrogen peroxide (Annex I above 12 %), for resale "
         "to private buyers, hidden as the last item of a three-item declaration, by ferry from Durrës; Albanian "
         "wording (hydrogen peroxide repeats in many sets and an 'oksidant' label once (blind141); a salon-closure "
         "lot from Albania is the new part as far as a search found)",
         dict(firm("Central Usato Srl", "IT"),
              _more_items=[item("851631", "Tharëse flokësh me kapak, të përdorura, 6 copë", "AL", 90, 300, "EUR", qty=6),
                           item("330590", "Oksidant 12 % për ngjyrosje flokësh, kanaçe 5 l, 60 copë", "AL", 360, 240, "EUR", qty=60)])),
        ("PRE-05", "import", "NLPOST01", "post", "IN", [], "NL", "491199",
         "பழைய தீப்பெட்டி லேபிள் சேகரிப்பு, சிவகாசி, ஆல்பங்களுடன் 3 பெட்டிகள்", "IN", 3.8, 3, 2500, "INR",
         "a matchbox-label collection from Sivakasi is a few albums of printed paper weighing a few hundred grams; "
         "these three boxes hold one thin album each over 3 kg of a heavy, fine, white powder in sealed bags that "
         "barely dissolves and burns fiercely mixed with sugar, bought from a fireworks works in the same town: "
         "potassium perchlorate (Annex I above 40 %), posted to a private 'collector' in Eindhoven who sells "
         "flash-powder kits online; Tamil wording from India (potassium perchlorate repeats in many sets and "
         "Sivakasi in several; a phillumeny (matchbox-label) collection was found in no earlier row by a keyword "
         "search)", person("Particulier", "NL")),
        ("PRE-06", "import", "ROROAD01", "road", "MD", [], "RO", "392390",
         "Containere IBC 1000 l second-hand, goale, spălate, pentru reutilizare, 20 buc.", "MD", 1200, 20, 1000,
         "EUR",
         "twenty empty rinsed IBCs weigh 60 kg each and a lorry of them is mostly air; this lorry weighs 26 t at "
         "Leușeni, every tote is full and sealed with a pale-yellow, salty liquid of 1.38 kg/l that leaves white "
         "crystals on the valve and makes paper flare when dried: about 45 % sodium chlorate solution, a bleaching "
         "chemical of pulp mills, for a Iași garden shop that bottles it as weedkiller for the public (Annex I "
         "above 40 %); Romanian wording from Moldova (sodium chlorate repeats in many sets and IBCs in many, mostly "
         "as waste; used IBCs declared empty but full, from Moldova, are the new part as far as a search found)",
         firm("Vega Gradina SRL", "RO")),
        ("PRE-07", "import", "GRAIR01", "express", "TR", [], "GR", "340590",
         "Eski bakır ve pirinç temizleyici sıvı, antika restorasyonu için, 4 x 2,5 litre", "TR", 13.8, 4, 1200,
         "TRY",
         "a flea-market brass and copper cleaner is a pink, citrus-smelling paste or a mild acid gel; these four "
         "glass bottles hold a liquid of 1.39 kg/l that fumes brown when opened, yellows the skin and eats a copper "
         "coin, labelled by an Istanbul Çukurcuma antique-restorer's supplier: about 65 % nitric acid (Annex I "
         "above 3 %), sent by express to a private antiques restorer at the Monastiraki flea market, although "
         "corrosive liquids travel by express only as declared dangerous goods; Turkish wording (nitric acid "
         "repeats in many sets, silver-dip and gold-testing labels in several; a brass-cleaner label was found in "
         "no earlier row by a keyword search)", person("K. Georgiou", "GR")),
        ("PRE-08", "import", "SEAIR01", "air", "CA", [], "SE", "870899",
         "Cellule de carburant de course usagée (réservoir), vidangée, 60 litres, 1 pièce", "CA", 70, 1, 400, "CAD",
         "a used drained racing fuel cell weighs 12 kg and smells of petrol; this one weighs 70 kg, sloshes and "
         "holds 50 l of a liquid of 1.14 kg/l that sinks in water and smells faintly fruity, sent by a Québec "
         "drag-strip team selling off its parts to a private top-fuel racer near Gothenburg: nitromethane (Annex I "
         "above 16 %) for a member of the public, flown from Montréal as if it were an empty tank; Québec French "
         "wording (nitromethane repeats in many sets, racing-fuel labels in several and a fuel cell once "
         "(blind197); a used drained fuel cell full of nitromethane from Canada is the new part as far as a search "
         "found)", person("Mr L. Nilsson", "SE")),
        ("PRE-09", "import", "IESEA01", "sea", "GB", [], "IE", "843242",
         "Farm dispersal sale lot: used fertiliser spreader with part-used bags of fertiliser, 1 lot", "GB", 6000,
         1, 2500, "GBP",
         "a dispersal-sale spreader comes with a few kilos of caked fertiliser in the hopper; this trailer carries "
         "a 600 kg spreader and eleven 500 kg bags of 34.5 % N prills with a Co. Tyrone merchant's labels: "
         "straight ammonium nitrate, which Ireland does not allow to be sold (only calcium ammonium nitrate below "
         "28 % N is) and which is an Annex I substance at 16 % N or more, bought at a Northern Ireland farm "
         "dispersal auction for a Co. Monaghan private buyer, by sea from Holyhead to Dublin; Ulster English wording "
         "(ammonium nitrate repeats in many sets; a farm dispersal-sale lot was found in no earlier row by a "
         "keyword search)", person("Private individual", "IE")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "701090",
         "Stari opleteni stakleni demižoni, 54 l, za dekoraciju, 40 kom", "BA", 4200, 40, 800, "EUR",
         "old wicker-covered demijohns are sold at flea markets for decoration, empty and dusty; these 40 are "
         "stoppered and full of an oily, odourless liquid of 1.84 kg/l that chars wood and grows hot with water, "
         "for a Split DIY web shop that sells 1 l bottles of 'drain opener' to the public: about 96 % sulphuric "
         "acid (Annex I above 15 %), on a van at Bijača; Bosnian wording (sulphuric acid repeats in many sets, "
         "carboys in several and a demijohn once (blind62); decorative flea-market demijohns are the new part as "
         "far as a search found)", firm("Delta Dom d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "LK", "940429",
         "Used mattresses, carpets and rugs, baled, for recycling in a free zone, 22 t", "GB", 22000, None, 1100,
         "GBP",
         "used mattresses for a free-zone recycler are clean, dry and tied; these bales are wet, mouldy and smell "
         "of rot, and between the mattresses are bags of mixed household rubbish, soiled nappies, cannulas and "
         "blood-stained dressings from a Midlands house-clearance and skip contractor: mixed municipal waste with "
         "clinical waste (Y46, Y1), whose export to a non-OECD country is banned, from Felixstowe to Colombo; "
         "British English wording (mattresses and carpets repeat in many sets, Sri Lanka in several; kept as a "
         "repeat of the family, from a house-clearance contractor is the new part as far as a search found)",
         {"importer_country": "LK"}),
        ("WST-02", "export", "DKSEA01", "sea", "DK", [], "GH", "844331",
         "Brugte multifunktionskopimaskiner fra kontorrydning, testede, 120 stk.", "DK", 9600, 120, 6000, "EUR",
         "used office copiers for reuse are tested, packed on pallets and come with a test report; these 120 are "
         "stacked loose, with smashed glass plates, leaking toner, missing drums and power boards cut out, from "
         "Copenhagen office clearances: waste electrical equipment with hazardous components (16 02 13*), whose "
         "export to a non-OECD country is banned, from Aarhus to Tema; Danish wording (copiers and toner repeat in "
         "several sets; kept as a repeat of the family, an office-clearance lot from Denmark is the new part as far "
         "as a search found)", {"importer_country": "GH"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "854089",
         "Staré skleněné usměrňovače z tramvajové měnírny, industriální dekorace, 12 ks", "CZ", 720, 12, 600,
         "EUR",
         "glass mercury-arc rectifiers from old tram substations are sold to loft decorators as empty, cleaned "
         "bulbs; these 12 octopus-shaped glass vessels still hold their mercury pools (about 5 kg each), one is "
         "cracked and the crate reads high on a mercury-vapour meter: waste containing mercury (16 02 15*, A1030), "
         "whose export to a non-OECD country is banned, on a lorry from Brno through Slovakia and Hungary to a Novi "
         "Sad 'antique' dealer; Czech wording (mercury-arc rectifiers repeat in a few sets; kept as a repeat of the "
         "good, as industrial-decor salvage to Serbia by road is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "830300",
         "Sejfy i szafy ognioodporne używane, z likwidacji banku, 40 szt.", "PL", 16000, 40, 4000, "EUR",
         "used fire safes for resale are whole, lockable and painted; these 40 have their doors cut, backs torn "
         "and a grey, fibrous infill crumbling out of the walls that shows amphibole fibres under a lens, from a "
         "Kraków bank branch strip-out: asbestos-containing construction and demolition waste (17 06 05*), whose "
         "export to a non-OECD country is banned, at Korczowa for a Lviv 'second-hand office furniture' buyer; "
         "Polish wording (asbestos repeats in many sets and safes twice (blind121, blind196); old bank safes with "
         "asbestos infill are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "IN", "890510",
         "Gebruikte sleephopperzuiger, 1978, voor verdere inzet in de Golf van Khambhat, 1 vaartuig", "NL", 2400000,
         1, 900000, "EUR",
         "a dredger sold for further service keeps its class certificate, crew and dredging gear; this 1978 "
         "trailing-suction hopper dredger leaves Rotterdam under tow with its class withdrawn, dredge pumps "
         "removed, asbestos lagging, PCB cables and tons of oily bilge on board, sold through a cash buyer at a "
         "scrap price per light-displacement tonne to be beached at Alang: a ship destined for breaking, "
         "hazardous waste whose export to a non-OECD country is banned; Dutch wording (ships for breaking repeat in "
         "many sets and dredgers in a few; kept as a repeat of the family, a dredger for 'further service' in the "
         "Gulf of Khambhat is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "SN", "940330",
         "Arredamento usato di farmacia dismessa, banconi e cassettiere, 1 lotto", "IT", 7800, 1, 3000, "EUR",
         "the fittings of a closed pharmacy are oak counters and empty drawer cabinets; these 140 drawers are "
         "full of boxed medicines past their expiry date, loose tablets, cytotoxic ampoules and insulin pens, "
         "taped shut, from a Naples pharmacy liquidation: expired and cytotoxic pharmaceuticals (18 01 08*, "
         "20 01 31*), hazardous waste whose export to a non-OECD country is banned, from Naples to Dakar for a "
         "'pharmacy fit-out' buyer; Italian wording (expired medicines repeat in several sets and pharmacy "
         "fittings in a few (blind182, blind192); a pharmacy liquidation from Naples to Senegal is the new part as "
         "far as a search found)", {"importer_country": "SN"}),
        ("WST-07", "export", "SESEA01", "sea", "SE", [], "GM", "871200",
         "Begagnade cyklar, 150 st., och symaskiner, en container från en second hand-butik", "SE", 2250, 150,
         3000, "SEK",
         "a charity-shop container for Banjul: used bicycles and hand sewing machines are what Gothenburg "
         "second-hand shops send to the Gambia, but the third item's 'begagnade mobiltelefoner, fungerande' are "
         "900 kg of smashed phones, swollen loose lithium cells and circuit boards, unsorted and untested: waste "
         "electrical equipment and lithium batteries (16 06 05, 16 02 13*), whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration; Swedish wording (phones and lithium cells "
         "repeat in many sets and sewing machines in a few; behind a charity-shop bicycle container to the Gambia "
         "is the new part as far as a search found)",
         dict({"importer_country": "GM"},
              _more_items=[item("845229", "Begagnade symaskiner, 60 st.", "SE", 900, 1500, "SEK", qty=60),
                           item("851713", "Begagnade mobiltelefoner, fungerande, 3 000 st.", "SE", 900, 4500, "SEK", qty=3000)])),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "DZ", "690290",
         "Briques réfractaires de récupération pour fours à pizza et barbecues, palettes, 24 t", "FR", 24000, None,
         1200, "EUR",
         "reclaimed firebricks for pizza ovens are pale fireclay, clean and whole; these pallets hold heavy, "
         "black-green, glazed and cracked bricks with chrome-ore specks and a yellow chromate bloom, broken out of "
         "a Lorraine glass furnace's regenerators: spent magnesia-chrome refractories (16 11 03*), hazardous waste "
         "whose export to a non-OECD country is banned, from Marseille-Fos to Oran; French wording (spent "
         "refractories repeat in many sets and a pizza-oven label once (blind61), kept as a repeat of the family; a "
         "glass-furnace lining to Algeria is the new part as far as a search found)", {"importer_country": "DZ"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "844399",
         "Cartuchos de toner usados, vazios, para recarga, 2.000 unidades", "PT", 6000, 2000, 1000, "EUR",
         "empty toner cartridges for refill are sorted, capped and boxed by model; these sacks hold broken and "
         "mixed cartridges still spilling black powder, drums, waste-toner bottles and dead fuser units swept out "
         "of Lisbon office clearances: waste printing toner and electrical components (08 03 17*), hazardous "
         "waste whose export to a non-OECD country is banned, from Lisbon to Luanda; Portuguese wording (toner and "
         "Luanda repeat in many sets; kept as a repeat of the good, from office clearances is the new part as far "
         "as a search found)", {"importer_country": "AO"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "NG", "731010",
         "Bidones metálicos usados de 200 l, limpios, para reutilizar, 600 unidades", "ES", 12000, 600, 3000, "EUR",
         "reconditioned 200 l drums are washed, dented out and repainted; these 600 still hold a finger or more of "
         "paint, resin and chlorinated-solvent sludge, smell of thinners and carry the hazard diamonds of a "
         "Valencia paint maker: packaging with residues of hazardous substances (15 01 10*), hazardous waste whose "
         "export to a non-OECD country is banned, from Valencia to Lagos for a 'drum reconditioner'; Spanish "
         "wording (used drums repeat in several sets; kept as a repeat of the family, from Valencia to Lagos is the "
         "new part as far as a search found)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "US", [], "NL", "841821",
         "Restored 1950s refrigerators, vintage collectibles, chrome handles, 8 units", "US", 1200, 8, 9600, "USD",
         "restored vintage fridges for retro interiors are converted to R-600a or sold with their cooling circuit "
         "emptied; these eight, bought from Midwest estate sales by a Haarlem retro-furniture dealer, still run on "
         "their original compressors and their stamped plates read 'Freon-12', with a full charge each: "
         "dichlorodifluoromethane (CFC-12) in products whose import into the Union is banned, by sea from Newark to "
         "Rotterdam; US English wording (CFC-12 equipment repeats in many sets and 1950s fridges in several; kept as "
         "a repeat of the family, from estate sales to a retro dealer is the new part as far as a search found)",
         firm("Horizon Retro Interieur BV", "NL")),
        ("OZN-02", "import", "DEPOST01", "post", "AR", [], "DE", "732690",
         "Latas antiguas de colección, automovilismo, 12 unidades, decoración de garaje", "AR", 3.6, 12, 60, "USD",
         "old automobilia cans bought for the printed label are opened or empty; these twelve 12-ounce cans are "
         "sealed, slosh, read 'Freon 12 Refrigerant' on the lid and are sold by a Buenos Aires flea-market dealer to "
         "classic-car owners who still recharge R-12 air conditioning: dichlorodifluoromethane (CFC-12), whose "
         "import into the Union is banned, posted to a private classic-car restorer in Bremen; Rioplatense Spanish "
         "wording (CFC-12 repeats in many sets and Freon labels in many; vintage automobilia refrigerant cans once "
         "(blind151, from the United States to Sweden), kept as a repeat of the cover; by post from Argentina to "
         "Germany is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("OZN-03", "import", "FRAIR01", "air", "US", [], "FR", "880730",
         "Aviation memorabilia: decorative cockpit parts and bottles from retired airliners, 1 crate", "US", 90, 14,
         1400, "USD",
         "aviation memorabilia from the Arizona boneyards is sold as dead instruments, seats and placards, with "
         "bottles discharged and stamped empty; this crate holds 14 spherical engine and cargo fire-extinguisher "
         "bottles with their squibs removed but still full, gauges in the green, stencilled 'Halon 1301 / CF3Br': "
         "bromotrifluoromethane, whose import into the Union is banned outside licensed critical uses, flown from "
         "Phoenix for a Toulouse collector who resells the gas; US English wording (halon 1301 repeats in many sets "
         "and memorabilia labels twice (blind185, blind191); boneyard cockpit memorabilia by air is the new part as "
         "far as a search found)", person("M. T. Dubois", "FR")),
        ("OZN-04", "import", "GRSEA01", "sea", "IN", [], "GR", "842410",
         "Used marine fire extinguishers, ex-ship, reconditioned, Bhavnagar ship-breaking market, 200 nos", "IN",
         2400, 200, 3000, "USD",
         "used extinguishers from the Alang ship-breakers' second-hand market are sold as powder and foam units for "
         "refilling; these 200 red 5 kg bottles slosh, have no gauge and their collars read 'BCF' and 'Halon 1211': "
         "bromochlorodifluoromethane in portable extinguishers, products whose import into the Union is banned, by "
         "sea from Pipavav to Piraeus for a Perama ship chandler; Indian English wording (halon 1211 repeats in many "
         "sets and Alang in several; kept as a repeat of the good, from the Bhavnagar ship-breaking market is the "
         "new part as far as a search found)", firm("Orion Nautiki AE", "GR")),
        ("OZN-05", "export", "ITSEA01", "sea", "IT", [], "AL", "845190",
         "Macchina lavasecco usata, anni '80, funzionante, 1 unità", "IT", 2100, 1, 2500, "EUR",
         "a used dry-cleaning machine for export runs on perchloroethylene or a hydrocarbon and is drained; this "
         "1980s machine from a closed Bari laundry still holds 140 kg of a sweet-smelling solvent of 1.57 kg/l "
         "that boils at 48 °C in its tanks, and its plate reads 'R113': trichlorotrifluoroethane (CFC-113) in "
         "equipment, whose export from the Union is banned, from Bari to Durrës for a Tirana laundry; Italian "
         "wording (dry-cleaning machines repeat in several sets, on perchloroethylene and R-22; a CFC-113 machine "
         "from a closed laundry is the new part as far as a search found)", {"importer_country": "AL"}),
        ("OZN-06", "export", "BESEA01", "sea", "BE", [], "NG", "731100",
         "Lege gebruikte gasflessen, 61 l, voor herkeuring, 40 stuks", "BE", 4000, 40, 1600, "EUR",
         "empty gas cylinders for re-testing weigh 35 kg each and ring when tapped; these 40 grey-and-yellow "
         "refrigerant-recovery cylinders weigh 100 kg each, slosh, read 10 bar and their tags name Flemish "
         "refrigeration contractors: about 2.6 t of recovered HCFC-22 (chlorodifluoromethane), whose export from "
         "the Union is banned except for destruction, from Antwerp to Lagos for a 'cylinder re-tester' who sells it "
         "on; Flemish wording (recovered refrigerant repeats in several sets and recovery cylinders in a few; kept "
         "as a repeat of the family, to Nigeria as cylinders for re-testing is the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("OZN-07", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "730890",
         "Gebrauchte Kühlzellen-Sandwichpaneele, demontiert, 100 mm, 420 m²", "DE", 6300, 420, 2100, "EUR",
         "used cold-room panels for re-erection are sold with their foam blown with pentane or HFC; these panels "
         "from a 1988 Rostock fish-processing plant are yellowed, and a gas test of a cut edge gives "
         "trichlorofluoromethane: panels insulated with CFC-11 foam, products containing an ozone-depleting "
         "substance whose export from the Union is banned, by road through Poland to a Rivne 'cold-store builder'; "
         "German wording (cold-room and sandwich panels repeat in several sets; kept as a repeat of the family, from "
         "a Rostock plant to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "731100",
         "Балони газові б/у, порожні, на металобрухт, 60 шт.", "UA", 816, 60, 300, "EUR",
         "scrap gas cylinders for a metal yard are holed or valve-less and weigh 4 kg each; these 60 orange "
         "disposable cylinders weigh 13.6 kg each, read 12 bar and their valve stickers read 'R-404A': about 640 kg "
         "of an HFC blend brought in without quota or registration, whose placing on the market Regulation "
         "2024/573 forbids, in a van at Dorohusk for a Lublin car-and-fridge workshop; Ukrainian wording "
         "(R-404A repeats in many sets; a scrap-metal cylinder label from Ukraine is the new part as far as a "
         "search found)", firm("Atlantic Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290342",
         "R-32 制冷剂 (二氟甲烷), 9.5 公斤 一次性钢瓶, 800 瓶", "CN", 7600, 800, 16000, "USD",
         "R-32 is flammable, its cylinders carry a red band and a flame mark and read 15 bar at 20 °C; these 800 "
         "cylinders read 8 bar, the gas does not burn and a test gives chlorodifluoromethane: HCFC-22, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, landed "
         "at Koper in transit from Ningbo to a Belgrade air-conditioning wholesaler; Chinese wording (HCFC-22 under "
         "HFC labels repeats in many sets; a transit through Koper to Serbia is the new part as far as a search "
         "found)", {"importer_country": "RS"}),
        ("OZN-10", "import", "ESROAD01", "road", "MA", [], "ES", "731100",
         "قنينات غاز فارغة مستعملة للتبخير، للإرجاع والتعبئة، 30 قنينة", "MA", 1500, 30, 900, "EUR",
         "empty returnable fumigant cylinders go back to the filler light, with their valves capped; these 30 weigh "
         "50 kg each, slosh and their shoulders read 'CH3Br 100 %', for a farm-supply dealer in Almería's "
         "greenhouse belt: methyl bromide, whose import and use in the Union are banned, on a lorry off the ferry "
         "at Algeciras from Tanger Med; Moroccan Arabic wording (methyl bromide repeats in many sets and empty "
         "fumigation cylinders in a few; kept as a repeat of the family, as returnable cylinders for Almería is the "
         "new part as far as a search found)", firm("Rivage Agro SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "442199",
         "Oggetti da sgombero cantine: cornici, putti in legno dorato decorativi, statuine, 1 lotto", "IT", 60, 14,
         900, "EUR",
         "a cellar-clearance lot holds frames, plaster figures and resin putti from furniture shops; these are six "
         "carved limewood angels with gesso, water-gilding, 17th-century tool marks and old nail holes from an "
         "altar frame, matching the Carabinieri's stolen-art database for a church near Caltanissetta: cultural "
         "goods over 50 years old, stolen, exported without the licence Regulation 116/2009 requires, on a van at "
         "Chiasso for a Lugano 'decorator'; Italian wording (putti repeat in three sets, on pulpit panels, a "
         "wardrobe and tufa blocks; a 'sgombero' cellar-clearance lot was found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("CUL-02", "export", "FRPOST01", "post", "FR", [], "US", "491199",
         "Lot de vieux papiers de brocante, documents anciens, 1 colis", "FR", 3.2, 1, 60, "EUR",
         "flea-market 'vieux papiers' are postcards, receipts and family letters; this parcel holds two "
         "parchment-bound registers of baptisms, marriages and burials of a Périgord parish, 1702-1749, with the "
         "stamp of the departmental archives: public archives, which are inalienable national treasures whose "
         "export is forbidden, posted from a brocanteur in Bergerac to a genealogy collector in Louisiana; French "
         "wording (parish registers repeat in several sets; kept as a repeat of the good, a brocante 'vieux "
         "papiers' lot by post to the United States is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "NLSEA01", "sea", "IN", [], "NL", "441821",
         "पुराने नक्काशीदार दरवाज़े, रीक्लेम्ड सागौन, जोधपुर आर्किटेक्चरल सैल्वेज, 6 जोड़े", "IN", 1800, 6, 3600,
         "USD",
         "Jodhpur's salvage yards sell old haveli doors by the container, and new ones aged with acid; two of these "
         "six pairs are not teak but carved sandalwood-and-rosewood temple doors with brass-bound dvarapalas and a "
         "dated Marwari inscription of 1691, torn from a Jain temple: antiquities over 100 years old whose export "
         "India forbids, brought in without the importer statement Regulation 2019/880 requires, by sea from Mundra "
         "to Rotterdam for an architectural-salvage shop; Hindi wording (haveli salvage repeats in three sets and "
         "Jodhpur in three; kept as a repeat of the family, Jain temple doors by sea to the Netherlands are the new "
         "part as far as a search found)", firm("Meridian Sloopmaterialen BV", "NL")),
        ("CUL-04", "import", "FRAIR01", "air", "JP", [], "FR", "442090",
         "中古 木彫 仏像 置物 (骨董市 購入), 1 体", "JP", 14, 1, 80000, "JPY",
         "a second-hand carved Buddha from a temple-fair flea market is a recent souvenir piece at a few thousand "
         "yen; this 70 cm seated Amida in cypress is joined-block (yosegi) carving with crystal eyes, old lacquer and "
         "a dedication inside dated Kamakura period, matching a statue stolen from a Shiga village temple hall: "
         "cultural property taken out of Japan without the export permission its law requires, brought in without "
         "the importer statement Regulation 2019/880 requires, flown from Kansai to Paris for a dealer; Japanese "
         "wording (Japanese objects and Buddha figures repeat in many sets; a Tō-ji temple-fair flea-market label "
         "was found in no earlier row by a keyword search)", firm("Rivage Arts d'Asie SARL", "FR")),
        ("CUL-05", "import", "ITAIR01", "air", "ET", [], "IT", "490199",
         "የቱሪስት መታሰቢያ፣ በብራና ላይ የተጻፉ አዳዲስ መጻሕፍት፣ 3", "ET", 6, 3, 150, "USD",
         "tourist parchment books from Addis Ababa's Piassa curio shops are new, bright and sewn by hand; these "
         "three are goatskin codices in Ge'ez with wooden boards, candle-wax drips, faded miniatures and a church "
         "ownership note, taken from a Tigray monastery: manuscripts whose export Ethiopia forbids without its "
         "authority's permit, brought in without the importer statement Regulation 2019/880 requires, flown from "
         "Addis Ababa to Rome; Amharic wording (Ethiopian manuscripts repeat in many sets; kept as a repeat of the "
         "good, Piassa curio-shop books to Rome are the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-06", "import", "DEPOST01", "post", "EG", [], "DE", "482390",
         "ورق بردي سياحي مرسوم، هدايا تذكارية، ١٠ قطع", "EG", 1.4, 10, 40, "USD",
         "tourist papyri from Khan el-Khalili are banana-leaf sheets painted with copies of tomb scenes; these ten "
         "are layered, gesso-coated linen-and-papyrus fragments with painted wings and hieroglyphs, crumbling "
         "plaster and Greek writing showing on the reverse: mummy cartonnage of the Ptolemaic period, archaeological "
         "objects taken out of Egypt, brought in without the import licence Regulation 2019/880 requires, posted "
         "from Cairo to a private collector in Munich; Egyptian Arabic wording (cartonnage repeats in several sets "
         "and papyrus labels in several; kept as a repeat of the family, by post to Munich is the new part as far as "
         "a search found)", person("Privatperson", "DE")),
        ("CUL-07", "export", "GRAIR01", "express", "GR", [], "GB", "830629",
         "Παλιός μπρούτζινος σταυρός από το παζάρι του Μοναστηρακίου, διακοσμητικός, 1 τεμ.", "GR", 1.6, 1, 70,
         "EUR",
         "flea-market brass crosses at Monastiraki are 20th-century cast souvenirs; this 40 cm bronze processional "
         "cross has engraved saints in medallions, a socket for its staff and a Greek inscription of a monastery "
         "in Epirus, with green corrosion in the grooves: a Byzantine processional cross, an antiquity whose export "
         "Greece forbids and that needs the licence of Regulation 116/2009, sent by express from Athens to a buyer "
         "in London; Greek wording (processional crosses repeat in many sets; a Monastiraki flea-market label was "
         "found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-08", "import", "ESAIR01", "express", "PE", [], "ES", "630900",
         "Retazos de tela andina de segunda mano, para tapicería, 1 paquete", "PE", 1.2, 1, 50, "USD",
         "second-hand Andean cloth scraps for upholstery are machine-woven, acrylic and bright; these are "
         "brittle, cotton-and-camelid gauze and tapestry fragments with birds and fish in faded natural dyes, still "
         "dusty with desert sand: Chancay textiles (1000-1470), archaeological objects whose export Peru forbids, "
         "brought in without the import licence Regulation 2019/880 requires, sent by express from Lima to a private "
         "buyer in Valencia; Peruvian Spanish wording (Chancay textiles repeat in many sets; kept as a repeat of the "
         "good, as second-hand upholstery scraps is the new part as far as a search found)",
         person("Maria Lopez", "ES")),
        ("CUL-09", "export", "NLAIR01", "air", "NL", [], "US", "940360",
         "Boedelafhandeling: antieke meubelen, eiken kasten en stoelen, 1 lot", "NL", 900, 12, 6000, "EUR",
         "a Dutch house-clearance lot for a Virginia antiques dealer: oak cupboards, chairs and clocks are what "
         "'boedel' clearances sell abroad, but the third item's 'oude landkaarten, reproducties' are 38 "
         "hand-coloured copperplate maps on laid paper with 17th-century watermarks, razor-cut from a Blaeu atlas "
         "missing from a provincial library: maps over 200 years old above the value threshold, exported without "
         "the licence Regulation 116/2009 requires, hidden as the last item of a three-item declaration, flown "
         "from Amsterdam; Dutch wording (Blaeu maps repeat in several sets; kept as a repeat of the good, behind a "
         "boedel clearance to the United States is the new part as far as a search found)",
         dict({"importer_country": "US"},
              _more_items=[item("910529", "Staande klokken, antiek, 3 stuks", "NL", 240, 1500, "EUR", qty=3),
                           item("491191", "Oude landkaarten, reproducties, 38 stuks", "NL", 6, 190, "EUR", qty=38)])),
        ("CUL-10", "import", "FRAIR01", "express", "TH", [], "FR", "830629",
         "พระพุทธรูปสำริดของที่ระลึก ใหม่ จากตลาดนัดจตุจักร 1 องค์", "TH", 3.5, 1, 1500, "THB",
         "new bronze Buddhas from the Chatuchak weekend market are sand-cast, gilt-lacquered souvenirs; this 30 cm "
         "standing Buddha has the heavy crown and square face of Angkor Wat style, a lost-wax core with iron "
         "armature pins and a malachite crust in the folds: a 12th-century Khmer bronze dug in north-west Cambodia "
         "and smuggled through Thailand, whose export Cambodia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, sent by express from Bangkok to a private buyer in Lyon; Thai wording (Khmer "
         "bronzes repeat in many sets; a Chatuchak-market souvenir label was found in no earlier row by a keyword "
         "search)", person("Sophie Bernard", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "680299",
         "Gebrauchte Granit-Messtische aus Insolvenzauktion, 3 Stück", "DE", 9000, 3, 4500, "EUR",
         "used granite surface tables from an insolvency auction are plain black slabs on stands; these three "
         "crates hold slabs carrying air-bearing gantries, glass scales and a probe head with its controller, from "
         "a Stuttgart aerospace supplier's quality room: coordinate measuring machines (dual-use 2B006), exported "
         "without the licence Regulation 2021/821 requires and listed in the Iran regulation, from Hamburg to a "
         "Jebel Ali trader whose customers are in Isfahan; German wording (measuring machines repeat in two sets, "
         "once on a granite label (blind121), kept as a repeat of the family; an insolvency-auction lot to Jebel "
         "Ali is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "FIAIR01", "express", "FI", [], "AM", "903089",
         "Käytetty TV-korjaamon mittarisarja, 4 kpl", "FI", 46, 4, 800, "EUR",
         "a used TV-repair kit is a multimeter, a 50 MHz scope and a signal generator worth a few hundred euros; "
         "these four are 8 GHz real-time oscilloscopes and a vector signal analyser from a Tampere lab-clearance "
         "auction, worth 150,000 EUR new, sent to a Yerevan 'repair shop' that forwards to Moscow: test equipment on "
         "the common high-priority list (9030), whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, by express from Helsinki; Finnish wording (oscilloscopes repeat in many sets "
         "and a TV-repair label twice (blind78, blind187); kept as a repeat of the family, from a Tampere "
         "lab-clearance auction is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-03", "export", "EEAIR01", "express", "EE", [], "KZ", "900510",
         "Kasutatud jahibinoklid, 6 tk", "EE", 7, 6, 600, "EUR",
         "used hunting binoculars from a Tallinn classifieds site are prism glasses at 100 EUR each; these six are "
         "thermal-imaging riflescopes with 640 x 512 cooled-free sensors and picatinny mounts, at 4,000 EUR each "
         "second-hand, for an Almaty 'hunting club' whose orders go on to Russia: thermal imagers on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, by express from Tallinn; Estonian wording (thermal scopes and binocular labels repeat in many "
         "sets; kept as a repeat of the family, second-hand scopes from Estonia to Kazakhstan are the new part as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("STR-04", "export", "GBAIR01", "air", "GB", [], "AE", "880730",
         "Used civil aircraft hydraulic actuators and valves, overhauled, aviation surplus, 22 pcs", "GB", 160, 22,
         7000, "GBP",
         "civil aviation surplus carries Form 1 release certificates and civil part numbers; these 22 actuators "
         "and valves carry US military part numbers and NSNs for the F-5 and F-4, bought at a military-surplus "
         "auction and sold to a Sharjah 'aviation trader' who supplies Iran: military aircraft components "
         "(Military List ML10), exported without a licence and to Iran against the arms embargo, flown from "
         "Manchester; British English wording (aircraft parts for Iran repeat in many sets and military-surplus "
         "auction lots in three (blind58, blind145, blind148, on vehicles); kept as a repeat of the family, fighter "
         "parts from such a lot to Sharjah are the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870323",
         "Naudotas automobilis, apgadintas po avarijos, dalims, 1 vnt.", "LT", 2400, 1, 8000, "EUR",
         "a crash-damaged car for parts has a crushed front, deployed airbags and a salvage title; this 2023 "
         "Range Rover has a scraped bumper only, 9,000 km on the clock and a Moscow dealer's service booking in "
         "the glovebox, worth 140,000 EUR, driven through Latvia and Russia to an Astana 'parts' buyer: a "
         "luxury car (above 50,000 EUR), whose sale for use in Russia Regulation 833/2014 forbids; Lithuanian "
         "wording (luxury cars repeat in many sets and Range Rovers once (blind164, as farm 4x4s); kept as a repeat "
         "of the good, a crash-salvage-for-parts label from Lithuania is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-06", "import", "ITAIR01", "air", "AM", [], "IT", "711319",
         "Հին ոսկյա զարդեր, ջարդոն՝ զտման համար, 12 կգ", "AM", 12, None, 420000, "USD",
         "scrap gold from Yerevan pawnshops is a tangle of worn rings and chains of mixed carat; these 12 kg are "
         "new, unworn, identical cast chains at 999.9 fineness, with no hallmark and the grain structure of freshly "
         "melted bar, for an Arezzo refiner: gold of Russian origin re-cast in Armenia, whose import into the Union "
         "Regulation 833/2014 forbids, flown from Yerevan; Armenian wording (Russian gold repeats in several sets "
         "and scrap-jewellery labels in a few; kept as a repeat of the family, from Yerevan pawnshops to Arezzo is "
         "the new part as far as a search found)", firm("Alpina Affinazione Srl", "IT")),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AM", "940360",
         "Übersiedlungsgut, gebrauchter Hausrat: Möbel, Bücher, Geschirr, 1 Lot", "AT", 1400, 1, 3000, "EUR",
         "household goods for a move are a family's worn furniture and boxes; this lot from a Vienna auction house "
         "holds Biedermeier furniture, a Fabergé-marked silver tea service, two oil paintings and Meissen "
         "porcelain, all bought at auction that month for a Moscow collector and 'moved' through Yerevan by a man "
         "who never lived in Austria: antiques and works of art above the 750 EUR threshold, luxury goods whose sale "
         "for use in Russia Regulation 833/2014 forbids, flown from Vienna; Austrian German wording (removal-goods "
         "covers repeat in several sets; kept as a repeat of the family, auction-house antiques for Moscow through "
         "Yerevan are the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-08", "export", "SISEA01", "sea", "SI", [], "PK", "903120",
         "Rabljen stroj za uravnoteženje pnevmatik, 1 kos", "SI", 3200, 1, 1500, "EUR",
         "a used tyre-balancing machine is a bench unit of 100 kg for car wheels; this crate holds a 3 t "
         "horizontal balancing machine with a soft-bearing cradle for rotors of up to 2 m and vacuum-chamber "
         "fittings, from a Maribor turbine-works auction, for a Rawalpindi 'tyre dealer': a dynamic balancing "
         "machine controlled as dual-use (2B119), exported without the licence Regulation 2021/821 requires, "
         "from Koper; Slovenian wording (balancing machines repeat in two sets; kept as a repeat of the good, a "
         "tyre-balancer label to Pakistan is the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", ["RO", "BG"], "TR", "842720",
         "Felszámolásból származó használt gépek: targonca, kompresszor, 1 tétel", "HU", 5200, 3, 9000, "EUR",
         "a bankrupt Győr composites plant's liquidation lot for an Istanbul dealer: forklifts and compressors are "
         "what such lots hold, but the third item's 'használt tekercselőgép kábelgyártáshoz' is a 4-axis CNC "
         "filament-winding machine with its mandrels and resin bath, able to wind carbon-fibre rocket-motor cases, "
         "sold on to Tehran: a filament-winding machine (dual-use 1B001), exported without the licence Regulation "
         "2021/821 requires and listed in the Iran regulation, hidden as the last item of a three-item declaration, "
         "on a lorry through Romania and Bulgaria; Hungarian wording (filament winders repeat in two sets; behind a "
         "liquidation lot as a cable winder is the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("841440", "Használt csavarkompresszor, 1 db", "HU", 1200, 2500, "EUR", qty=1),
                           item("847989", "Használt tekercselőgép kábelgyártáshoz, 1 db", "HU", 2500, 1500, "EUR", qty=1)])),
        ("STR-10", "export", "PLSEA01", "sea", "PL", [], "CN", "920110",
         "Pianina używane, do szkoły muzycznej, 12 szt.", "PL", 2760, 12, 9600, "EUR",
         "used upright pianos for a music school are old, scuffed instruments at a few hundred euros; these 12 "
         "are polished grands and uprights of premium German and Czech makes, bought at Warsaw auctions, for a "
         "Dandong 'music school' whose forwarder's bills name a Pyongyang trading company: luxury goods whose "
         "supply to North Korea Regulation 2017/1509 forbids, by sea from Gdańsk; Polish wording (pianos repeat "
         "in several sets and Pyongyang in many; kept as a repeat of the family, Warsaw auction pianos to Dandong "
         "are the new part as far as a search found)", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "GB", [], "DE", "950420",
         "Vintage billiard balls, composition, from a pub clearance, set of 3", "GB", 1.2, 3, 90, "GBP",
         "composition billiard balls are even, cast and ring when knocked; these three are creamy, with a fine "
         "cross-hatched grain, a dark centre dot where the nerve ran, and slight shrinkage cracks: elephant ivory "
         "(Loxodonta africana, CITES App. I, worked before 1947) without the CITES import permit, posted from a "
         "Manchester pub-clearance dealer to a private billiards collector in Dortmund; English wording (ivory "
         "repeats in many sets and billiard balls once (blind117); kept as a repeat of the good, a pub-clearance "
         "lot by post is the new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "ITPOST01", "post", "US", [], "IT", "430400",
         "Vintage faux fur coat, 1960s, spotted, size M, thrift store find", "US", 2.4, 1, 180, "USD",
         "a 1960s faux-fur coat is knitted acrylic pile on a fabric backing; this coat is sewn from 14 tanned "
         "pelts with leather backs and rosettes that run over the seams, from an Ohio estate: ocelot (Leopardus "
         "pardalis, CITES App. I) without CITES documents, posted by a thrift-store reseller to a private buyer in "
         "Milan; US English wording (ocelot and vintage fur coats repeat in a few sets and faux-fur labels in "
         "three; kept as a repeat of the family, a thrift-store find by post is the new part as far as a search "
         "found)", person("Giulia Rossi", "IT")),
        ("WLF-03", "import", "NLPOST01", "post", "JP", [], "NL", "920290",
         "中古 三味線 練習用 (撥 付き), 1 本", "JP", 3, 1, 30000, "JPY",
         "a second-hand practice shamisen has a plastic plectrum and a synthetic skin; this one comes with a "
         "translucent, mottled amber-and-brown plectrum and bridge that smell of burnt hair under a hot needle and "
         "pegs of creamy, grained ivory: hawksbill turtle shell (Eretmochelys imbricata, App. I) and elephant ivory "
         "(App. I) without CITES documents, posted from an Osaka second-hand instrument shop to a private player in "
         "Utrecht; Japanese wording (shamisen repeat in two sets (blind92, blind194); kept as a repeat of the "
         "good, a second-hand practice instrument by post is the new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-04", "export", "FRAIR01", "air", "FR", [], "CN", "960190",
         "Poignées de canne en corne de buffle sculptée, lot de vente aux enchères, 4 pièces", "FR", 1.8, 4, 1200,
         "EUR",
         "carved buffalo-horn cane handles are black, layered and hollow at the base; these four are solid, "
         "amber-brown, fibrous like compressed hair under a lens, with a pale translucent edge: rhinoceros horn "
         "(Rhinocerotidae, App. I) in walking-stick handles from a Drouot house-clearance sale, exported without a "
         "CITES re-export certificate (the Union issues none for worked rhino horn), flown from Paris to Shanghai; "
         "French wording (rhino horn under buffalo-horn labels repeats in many sets and walking-stick handles in a "
         "few; kept as a repeat of the family, an auction house-clearance lot to China is the new part as far as a "
         "search found)", {"importer_country": "CN"}),
        ("WLF-05", "import", "FRPOST01", "post", "GB", [], "FR", "920590",
         "Second-hand Highland bagpipes, blackwood, imitation ivory mounts, 1 set", "GB", 2.5, 1, 450, "GBP",
         "imitation-ivory mounts are white, even plastic; these ferrules, ring caps and the sole are creamy, "
         "cross-hatched and crazed with age: elephant ivory (App. I) in a 1920s set from a Glasgow piper's estate, "
         "without the CITES documents worked ivory needs to enter the Union, posted to a private piper of a "
         "Breton bagad in Lorient; Scottish English wording (bagpipes repeat in four sets; kept as a repeat of the "
         "good, and a Lorient bagad piper once (blind164, on an otter-skin sporran); ivory-mounted pipes from a "
         "piper's estate are the new part as far as a search found)", person("Mme Claire Martin", "FR")),
        ("WLF-06", "import", "BEPOST01", "post", "AU", [], "BE", "650699",
         "Antique Edwardian hats with decorative feathers, deceased estate, 2 pcs", "AU", 1.6, 2, 300, "AUD",
         "Edwardian hats trimmed with dyed goose and ostrich feathers are common at estate sales; these two carry "
         "whole mounted birds with golden flank plumes and long wire tail feathers: greater and Raggiana "
         "birds-of-paradise (Paradisaea spp., App. II) without CITES documents, posted from a Melbourne "
         "deceased-estate dealer to a private milliner in Brussels; Australian English wording (birds-of-paradise "
         "and millinery repeat in several sets; kept as a repeat of the family, a deceased-estate lot from "
         "Australia is the new part as far as a search found)", person("Mme L. Dupont", "BE")),
        ("WLF-07", "import", "FRAIR01", "express", "HK", [], "FR", "420221",
         "二手名牌手袋, 小牛皮, 1 個", "HK", 1.2, 1, 28000, "HKD",
         "a second-hand calfskin designer bag has a smooth, even grain; this one has square belly scales with a "
         "pore dot in each and the maker's stamp of a crocodile line: saltwater crocodile leather (Crocodylus "
         "porosus, App. II for the farmed population) without the CITES re-export certificate a used bag needs to "
         "enter the Union, declared at a tenth of its resale price, sent by express from a Causeway Bay "
         "second-hand luxury shop to a Paris reseller; Cantonese (traditional Chinese) wording (crocodile leather "
         "repeats in many sets and a used luxury bag once (blind153); from a Hong Kong second-hand shop is the new "
         "part as far as a search found)", firm("Central Vintage Luxe SARL", "FR")),
        ("WLF-08", "transit", "ESAIR01", "air", "BO", ["ES"], "CN", "960190",
         "Dientes de vaca pulidos para artesanía, 2 kg", "BO", 2, None, 40, "USD",
         "polished cattle teeth are flat-crowned molars and incisors; these are 180 long, curved, conical canines "
         "with an open root and a gold-brown enamel: jaguar fangs (Panthera onca, App. I), the trade that feeds "
         "Chinese buyers in Bolivia, without CITES documents, landed at Madrid in transit from Santa Cruz to "
         "Guangzhou; Bolivian Spanish wording (jaguar fangs repeat in several sets; kept as a repeat of the good, "
         "as cattle teeth in an air transit through Madrid is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-09", "import", "DESEA01", "sea", "PH", [], "DE", "392690",
         "Gamit na dekorasyon ng aquarium, mula sa saradong pet shop, 40 kahon", "PH", 1200, 40, 600, "USD",
         "used aquarium decoration from a closed pet shop is resin rock and plastic plants; these 40 boxes hold "
         "bleached, white stony-coral skeletons (Acropora, brain and plate corals) freshly collected, some with "
         "tissue still drying in the pores: hard corals (Scleractinia, App. II) without CITES documents, by sea from "
         "Cebu to Hamburg for an aquarium-decor wholesaler; Tagalog wording (coral repeats in many sets; kept as a "
         "repeat of the good, a closed pet shop's decoration is the new part as far as a search found)",
         firm("Nordhafen Aquaristik GmbH", "DE")),
        ("WLF-10", "import", "NLSEA01", "sea", "ZA", [], "NL", "940360",
         "Huishoudelike goedere, gebruik, emigrasie: meubels en boeke, 1 houer", "ZA", 3800, 1, 4000, "EUR",
         "an emigrating family's household goods for a Rotterdam address: worn furniture and books are what such "
         "containers hold, but the third item's 'springbokvelmatte' are not pale, short-haired springbok hides but "
         "two large rosette-spotted karosses of sewn pelts with ochre backs: leopard skins (Panthera pardus, App. "
         "I) without CITES documents, hidden as the last item of a three-item declaration, by sea from Cape Town; "
         "Afrikaans wording (leopard skins repeat in several sets, a kaross once (blind146) and emigration removal "
         "goods once (blind180, on ceramics and freezers); springbok-rug karosses behind a South African emigration "
         "container are the new part as far as a search found)",
         dict(person("M. Bakker", "NL"),
              _more_items=[item("490199", "Boeke, gebruik, 40 bokse", "ZA", 800, 300, "EUR"),
                           item("430219", "Springbokvelmatte, 2 stuks", "ZA", 12, 120, "EUR", qty=2)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITSEA01", "sea", "AL", "IT", "284700",
     "Hydrogen peroxide 50 %, 4 x 5 l, for a licensed private user (home sauna and pond sanitation)", "AL", 24, 4,
     60, "EUR", [("PRECURSOR_LICENCE", "IT-MI-60-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLPOST01", "post", "IN", "NL", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "IN", 2, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-60-0079")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "690210",
     "Spent magnesia-chrome refractories (16 11 03*), for recovery at a licensed refractory recycler, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-60-0231")], "notified spent refractories to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "RS", "DE", "854089",
     "Mercury-arc rectifier bulbs with mercury (16 02 15*), for mercury recovery at a licensed plant, 800 kg", "RS",
     800, 14, 0, "EUR", [("BASEL_CONSENT", "DE-BY-60-0092")], "notified mercury waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recycled, 10 cylinders, for aircraft fire protection (critical use)", "US", 600, 10, 30000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-60-014")], "recycled halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "export", "BESEA01", "sea", "BE", "GB", "290371",
     "Recovered HCFC-22 in recovery cylinders, 40 cylinders, for destruction at a licensed plant", "BE", 2600, 40, 0,
     "EUR", [("ODS_LICENCE", "BE-FOD-ODS-60-006")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "490520",
     "Blaeu atlas, Amsterdam 1645, complete, documented Dutch private collection since 1931", "NL", 9, 1, 180000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EL-60-0047")], "atlas exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "442199",
     "Pair of carved and gilt limewood angels, Sicily, 17th century, sold at auction with the export licence", "IT",
     14, 2, 36000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-60-0318")],
     "carvings exported with the EU export licence and the Italian certificate of free circulation"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "903180",
     "Coordinate measuring machine, used, gantry type, for an Indian automotive supplier", "DE", 3000, 1, 95000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-60-1184"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-60-0317")],
     "dual-use measuring machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "BR", "903089",
     "Real-time oscilloscopes, 8 GHz, used, 2 units, for a Brazilian university physics department", "FI", 30, 2,
     60000, "EUR", [("EXPORT_LICENCE", "FI-UM-60-0211"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-60-0048")],
     "test equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRPOST01", "post", "GB", "FR", "920590",
     "Highland bagpipes, c. 1925, with elephant-ivory mounts, worked before 1947, musical instrument", "GB", 2.5, 1,
     2400, "GBP", [("CITES_PERMIT", "GB-APHA-60-0712")], "pre-Convention worked ivory in an instrument with its permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "express", "HK", "FR", "420221",
     "Second-hand handbag, farmed saltwater crocodile leather (Crocodylus porosus), 1", "HK", 1.2, 1, 24000, "EUR",
     [("CITES_PERMIT", "HK-AFCD-60-1930")], "App. II crocodile leather with its re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privato", "PRM-02": "Particulier", "PRM-03": "Central Feuerfest Recycling GmbH",
    "PRM-05": "Horizon Aéro Maintenance SARL", "PRM-10": "Universidade Federal de Minas Gerais",
    "PRM-12": "Mme Claire Martin",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them new goods of
    # the second-hand trade's kinds (worn clothing and used equipment are left out, as they need proof that they
    # are not waste)
    ("701090", "Apothecary-style amber glass bottles, new, empty, with stoppers", "import", ["post"], ["US", "CN"], (10, 20), (1, 4), ["USD"], 3, S),
    ("392690", "Decorative resin garden planters, vintage-look, new", "import", ["post"], ["CH", "GB"], (10, 18), (1, 3), ["CHF", "GBP"], 2, S),
    ("630710", "Microfibre cleaning cloths, baled, new", "export", ["sea"], ["TG", "GH"], (2, 4), (8000, 16000), ["EUR"], None, S),
    ("940210", "Hydraulic barber chairs, new", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.015, S),
    ("330590", "Hair colour developer cream, 6 %, 1 l", "import", ["road"], ["TR", "AL"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("491199", "Printed matchbox-label reproductions, albums", "import", ["post"], ["IN"], (20, 40), (1, 2), ["USD", "INR"], 2, S),
    ("392390", "IBC containers 1,000 l, new, empty", "import", ["road"], ["MD", "UA", "TR"], (1.5, 3), (1000, 3000), ["EUR"], 0.017, S),
    ("340590", "Brass and copper polish paste, 250 ml", "import", ["express"], ["TR", "GB"], (10, 20), (1, 3), ["EUR", "TRY"], 4, S),
    ("870899", "Racing fuel cells, new, empty, foam-filled", "import", ["air"], ["US", "CA"], (20, 40), (100, 400), ["USD", "CAD"], 0.08, S),
    ("843242", "Fertiliser spreaders, new, tractor-mounted", "import", ["sea"], ["GB", "TR"], (4, 8), (1000, 4000), ["GBP", "EUR"], None, S),
    ("701090", "Glass demijohns, wicker-covered, new, 54 l", "import", ["road"], ["BA", "RS"], (1, 2), (2000, 6000), ["EUR"], 0.1, S),
    ("940429", "Pocket-spring mattresses, new, rolled", "export", ["sea"], ["LK", "IN"], (3, 6), (4000, 12000), ["GBP", "EUR"], 0.04, S),
    ("844331", "Multifunction office printers, new, boxed", "export", ["sea"], ["GH", "NG"], (15, 25), (2000, 6000), ["EUR"], 0.04, S),
    ("853952", "Edison-style LED filament bulbs, industrial decor", "export", ["road"], ["RS", "UA"], (10, 20), (500, 2000), ["EUR"], 10, S),
    ("630790", "Fire-resistant document bags, silicone-coated glass fibre, new", "export", ["road"], ["UA", "MD"], (8, 14), (1000, 4000), ["EUR"], 2, S),
    ("940330", "Pharmacy shop fittings, new, oak veneer", "export", ["sea"], ["SN", "MA"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("871200", "Bicycles, new, city models", "export", ["sea"], ["GM", "SN"], (8, 14), (2000, 6000), ["EUR", "SEK"], 0.07, S),
    ("690290", "Firebricks for pizza ovens, new, fireclay", "export", ["sea"], ["DZ", "MA"], (0.4, 0.8), (12000, 24000), ["EUR"], None, S),
    ("844399", "Toner cartridges, new, compatible, boxed", "export", ["sea"], ["AO", "MZ"], (20, 40), (1000, 4000), ["EUR"], 1, S),
    ("392390", "HDPE drums 220 l, new, open-top", "export", ["sea"], ["NG", "GH"], (1.5, 3), (3000, 9000), ["EUR"], 0.1, S),
    ("841821", "Retro-style refrigerators, new, R-600a", "import", ["sea"], ["CN", "TR"], (3, 5), (4000, 10000), ["USD", "EUR"], 0.015, S),
    ("761699", "Reproduction advertising signs, printed aluminium, new", "import", ["post"], ["AR", "US"], (15, 30), (1, 3), ["USD"], 3, S),
    ("940320", "Aviation-themed furniture from retired airliner parts, no fluids", "import", ["air"], ["US"], (15, 30), (100, 400), ["USD"], 0.05, S),
    ("842410", "ABC powder fire extinguishers, 6 kg, new", "import", ["sea"], ["IN", "CN"], (1.5, 3), (3000, 8000), ["USD"], 0.1, S),
    ("845190", "Hydrocarbon dry-cleaning machine parts, new", "export", ["sea"], ["AL", "MA"], (10, 20), (500, 2000), ["EUR"], None, S),
    ("761300", "Aluminium scuba cylinders, new, empty", "export", ["sea"], ["NG", "GH"], (6, 10), (1000, 4000), ["EUR"], 0.07, S),
    ("271113", "Isobutane (R-600a) refrigerant, 420 g cans", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("442199", "Gilded resin cherubs, new, decorative", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 2, S),
    ("441821", "Reclaimed-style carved teak doors, new, Jodhpur craft", "import", ["sea"], ["IN"], (2, 4), (2000, 6000), ["USD"], 0.02, S),
    ("442090", "Carved wooden Buddha figures, new craft", "import", ["express"], ["JP", "TH"], (40, 90), (1, 3), ["USD", "JPY"], 1, S),
    ("490199", "Hand-painted parchment souvenir books, new, Addis craft", "import", ["air"], ["ET"], (20, 40), (50, 200), ["USD"], 1, S),
    ("482390", "Painted papyrus souvenirs, new", "import", ["post"], ["EG"], (20, 40), (1, 2), ["USD", "EUR"], 8, S),
    ("830629", "Cast brass crosses and icons, new souvenirs", "export", ["post"], ["GB", "US"], (30, 60), (1, 2), ["EUR"], 4, S),
    ("580500", "Hand-woven Andean tapestry panels, new", "import", ["express"], ["PE", "BO"], (20, 40), (1, 3), ["USD"], 2, S),
    ("491191", "Reproduction antique maps, printed, framed", "export", ["air"], ["US", "CA"], (20, 40), (50, 200), ["EUR"], 0.5, S),
    ("903180", "Granite surface plates, new, calibrated", "export", ["sea"], ["AE", "TR"], (2, 4), (2000, 8000), ["EUR"], 0.01, S),
    ("900510", "Hunting binoculars, 10 x 42, new", "export", ["express"], ["KZ", "GE"], (80, 160), (1, 3), ["EUR"], 1, S),
    ("920590", "Practice chanters and Highland bagpipes, new, synthetic mounts", "import", ["post"], ["GB"], (60, 120), (1, 3), ["GBP"], 0.5, S),
    ("420221", "Calfskin handbags, new", "import", ["express"], ["HK", "IT"], (200, 400), (1, 2), ["HKD", "EUR"], 1, S),
    ("392690", "Resin aquarium decorations, artificial coral, new", "import", ["sea"], ["PH", "CN"], (3, 6), (1000, 4000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392690", "Plastic flower pots, polypropylene, nested", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 4, N),
        ("481190", "Gift wrapping paper, printed, in rolls", "import", ["sea"], ["CN", "IN"], (1.2, 2.2), (4000, 10000), ["USD"], None, N),
        ("701399", "Glass tealight holders, boxed", "import", ["post", "express"], ["CZ", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 6, N),
        ("450490", "Cork coasters and trivets", "import", ["sea"], ["PT", "CN"], (4, 8), (2000, 5000), ["EUR", "USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind207", 20600901, HERE)


if __name__ == "__main__":
    main()
