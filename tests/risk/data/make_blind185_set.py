#!/usr/bin/env python3
"""Writes the hundred-and-eighty-fifth blind set (tests/risk/data/blind185-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: the art, antiques and
collectors' trade (dealers, auction houses, galleries, art fairs, restorers and
conservators, freeports, art-supply and art-foundry shops, coin, stamp, militaria,
fountain-pen, film, Americana, design and natural-history collectors).
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
would. Ids are BL185-*:

    python3 tests/risk/data/make_blind185_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITSEA01", "sea", "CN", [], "IT", "130120",
         "平版印刷用阿拉伯树胶液 14 波美度 (gum etch), 500 毫升瓶装, 2,400 瓶", "CN", 1680, 2400, 3600, "USD",
         "lithographers' gum arabic solution is a viscous, pale-amber, faintly sweet liquid of about 1.1 kg/l that "
         "dries to a tacky film on the stone; these 2,400 bottles hold a thin, water-clear to straw-yellow liquid of "
         "1.40 kg/l that fumes brown when uncapped, stains the skin yellow and dissolves a copper coin with brown gas "
         "and a blue solution: about 65 % nitric acid (Annex I above 3 %) retail-packed in 500 ml bottles for an "
         "Urbino printmaking-supplies web shop that sells to students and hobby printmakers, members of the public, "
         "by sea from Ningbo to La Spezia; Chinese wording (nitric acid repeats in many sets, as an artists' patina "
         "in blind30 and etchant covers in several, and gum arabic appears in four rows as a powder on other "
         "precursors; a lithographic gum-etch label was found in no earlier row by a keyword search)",
         firm("Meridian Belle Arti Srl", "IT")),
        ("PRE-02", "import", "BESEA01", "sea", "AR", [], "BE", "151800",
         "Aceite de lino polimerizado (stand oil) para pintura al óleo, frascos de 250 ml, 4.800 frascos", "AR",
         2210, 4800, 7200, "USD",
         "stand oil is a thick, honey-slow, pale-yellow linseed oil of 0.97 kg/l that floats on water and smells of "
         "putty; these 4,800 bottles hold a water-clear, oily liquid of 1.84 kg/l that runs like thin syrup, sinks "
         "under water with a hiss of heat, chars a wooden stirrer black and smells of nothing: about 96 % sulphuric "
         "acid (Annex I above 15 %) retail-packed for an Antwerp art-supplies web shop that sells oils and mediums "
         "to hobby painters, members of the public, by sea from Rosario to Antwerp; Rioplatense Spanish wording "
         "(sulphuric acid repeats in many sets and linseed covers in three, as olifă, cold-pressed oil and "
         "cricket-bat oil in blind141, blind158 and blind164; a painters' stand-oil label was found in no earlier "
         "row by a keyword search)", firm("Horizon Beaux-Arts SA", "BE")),
        ("PRE-03", "import", "ATPOST01", "post", "US", [], "AT", "391239",
         "Klucel G (hydroxypropyl cellulose) 2 % solution in water, consolidant for paper conservation, 4 x 1 l",
         "US", 4.6, 4, 60, "USD",
         "a 2 % Klucel G solution is a slightly hazy, viscous liquid that pours like thin syrup and dries to a "
         "clear film; these four bottles hold a water-thin, water-clear liquid of 1.13 kg/l with vented caps that "
         "whitens and stings the skin and fizzes on a rusty nail: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Ohio to a private person in Graz who restores old books at home; US English wording "
         "(hydrogen peroxide repeats in many sets; a paper-conservation consolidant label (Klucel) was found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "GRPOST01", "post", "AL", [], "GR", "330129",
         "Vaj esencial i livandës së egër (spike, Lavandula latifolia), për piktorë, 4 x 1 litër", "AL", 4.6, 4,
         9000, "ALL",
         "oil of spike is a pale, thin essential oil of 0.90 kg/l that floats on water and smells sharply of "
         "lavender and camphor, the old painters' solvent for dammar and oil colours; these four bottles weigh "
         "1.14 kg/l, sink in water as oily drops, smell faintly fruity-chemical and not of lavender at all: "
         "nitromethane (Annex I above 16 %), posted from Korçë to a private person in Thessaloniki; Albanian "
         "wording (nitromethane repeats in many sets and lavender labels in three rows, as a linen water and as "
         "Moldovan lavender oil among them, on other goods; a painters' spike-oil label was found in no earlier row by a keyword "
         "search)", person("K. Georgiou", "GR")),
        ("PRE-05", "import", "DEAIR01", "express", "GE", [], "DE", "320720",
         "მინანქრის ფხვნილი, თეთრი გაუმჭვირვალე, ტიხრული მინანქრისთვის, 8 x 500 გ", "GE", 4, 8, 240, "GEL",
         "enamellers' powder for cloisonné is crushed glass: gritty, heavy, sinking at once in water and needing a "
         "kiln at 800 °C; these eight bags hold a soft, fine, slightly soapy white crystal powder that dissolves in "
         "hot water, flares violet when a pinch on sugar is lit and carries 'KClO4' on the inner liners: potassium "
         "perchlorate (Annex I above 40 %), sent by express from Tbilisi to a private person in Leipzig who does "
         "enamelling as a hobby; Georgian wording (potassium perchlorate repeats in many sets and Georgian "
         "minankari once, as a cloisonné souvenir in a cultural row of blind74; an enamel-powder label was found "
         "in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-06", "import", "NLPOST01", "post", "GB", [], "NL", "283699",
         "Sodium sesquicarbonate, for treating bronze disease on detecting finds and coins, 4 x 1 kg", "GB", 4, 4,
         28, "GBP",
         "sodium sesquicarbonate is soft, needle-like, slightly soapy crystals that fizz at once in vinegar; these "
         "four bags hold hard, glassy, cubic crystals that do not fizz in vinegar, taste cold and salty, draw damp "
         "and spit yellow flame on a hot plate with a little sawdust: sodium chlorate (Annex I above 40 %), posted "
         "from Norfolk to a private detectorist and coin collector in Zwolle; UK English wording (sodium chlorate "
         "repeats in many sets under salt-like labels, and bronze disease is named once, on a cultural row of "
         "blind47; a sesquicarbonate coin-conservation label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-07", "import", "ESAIR01", "express", "MX", [], "ES", "390690",
         "Paraloid B-72 en perlas, resina acrílica para restauración de cerámica, 4 x 1 kg", "MX", 4, 4, 1400, "MXN",
         "Paraloid B-72 is clear, hard, glassy pellets that do not dissolve in water, only in acetone; these four "
         "bags hold white, crystalline grains that draw damp, dissolve in water within seconds and make it cold, and "
         "burn fiercely mixed with sugar: sodium perchlorate (Annex I above 40 %), sent by express from Puebla to a "
         "private person in Seville who mends ceramics; Mexican Spanish wording (sodium perchlorate repeats in many "
         "sets; a Paraloid restorers' resin label was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("PRE-08", "import", "BGROAD01", "road", "TR", [], "BG", "251741",
         "Mozaik ve terrazzo için beyaz mermer kırığı, 2-4 mm, 5 kg kova, 1.200 kova", "TR", 6000, 1200, 3600, "EUR",
         "white marble chips for mosaic artists are sharp, hard, sugary stone grains that scratch glass, sink in "
         "water and fizz with acid; these 1,200 pails hold smooth, round, white prills that dent under a fingernail, "
         "dissolve in water and turn it ice-cold, test 34 % N and melt and fume on a hot plate, for a Plovdiv "
         "craft-and-mosaic web shop that sells 5 kg pails to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) retail-packed for members of the public, on a lorry at Kapitan Andreevo; Turkish wording (ammonium "
         "nitrate repeats in many sets and a mosaic-stone label once, on a cultural row of blind136; a mosaic and "
         "terrazzo marble-chip label on ammonium nitrate was found in no earlier row by a keyword search)",
         firm("Delta Mozaika EOOD", "BG")),
        ("PRE-09", "import", "PTAIR01", "air", "IN", [], "PT", "282120",
         "प्राकृतिक मिट्टी के रंगद्रव्य (गेरू), 500 ग्राम जार, 400 जार", "IN", 200, 400, 1600, "USD",
         "a Jaipur pigment-maker's air shipment for a Lisbon fine-art shop that sells to the public: ochres and "
         "gum arabic are what such makers send, but the third item's 'zinc white (PW4) dry pigment' should be a "
         "fluffy, very fine, brilliant white powder so light that a 1 kg jar is full to the brim, insoluble in water, "
         "turning yellow when heated; these 300 jars are half full of heavy, glassy white crystals that dissolve in "
         "hot water, spit violet sparks on a hot iron and carry 'KClO3' on the inner liners: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, hidden as the last item of a three-item "
         "declaration, flown from Jaipur to Lisbon; Hindi wording (potassium chlorate repeats in many sets and "
         "pigment labels in several; an artists' zinc-white label behind ochres and gum arabic was found in no "
         "earlier row by a keyword search)",
         dict(firm("Orion Belas-Artes Lda", "PT"),
              _more_items=[item("130120", "गोंद अरबी पाउडर, जलरंग के लिए, 250 ग्राम, 200 पैकेट", "IN", 50, 400, "USD", qty=200),
                           item("281700", "जिंक व्हाइट (PW4) सूखा रंगद्रव्य, 1 किलो जार, 300 जार", "IN", 300, 900, "USD", qty=300)])),
        ("PRE-10", "import", "ITPOST01", "post", "US", [], "IT", "340590",
         "Coin dip, silver brightener for numismatists, 6 x 16 oz, parcel 1 of 3", "US", 3.4, 6, 72, "USD",
         "silver coin dips are acidified thiourea: a clear liquid of about 1.02 kg/l that smells faintly of rotten "
         "eggs and turns a tarnished coin bright in seconds; these six bottles weigh 1.20 kg/l, smell of nothing, "
         "have vented caps, whiten the skin and foam on a rusty key, and do nothing to tarnish: about 50 % hydrogen "
         "peroxide (Annex I above 12 %), parcel 1 of 3 from the same Nevada coin-supply seller to a private coin "
         "collector in Bologna, the other two sent a week apart to the same address: a split consignment of 18 "
         "bottles; US English wording (hydrogen peroxide repeats in many sets and a silver-dip label once, in "
         "blind48; a numismatists' coin-dip label sent in three parcels was found in no earlier row by a keyword "
         "search)", person("Giulia Rossi", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "370610",
         "Vintage 35mm-filmrollen, acetaat (veiligheidsfilm), verzamelaarspartij, 1.800 blikken", "NL", 9000, 1800,
         1800, "EUR",
         "vintage acetate film is stamped 'SAFETY' along the edge and at worst smells of vinegar; these 1,800 rusted "
         "cans hold brown, sticky reels that crumble to an amber powder, carry 'NITRATE' in the edge print, smell of "
         "camphor and nitric fumes and have congealed into solid pucks in many cans, cleared out of a closed "
         "Amsterdam film distributor's vault: decomposing cellulose nitrate film, a self-reactive flammable solid "
         "(UN 1324) and hazardous waste, whose export to a non-OECD country is banned, from Rotterdam to Nhava Sheva "
         "for a 'silver recovery' buyer; Dutch wording (photographic and X-ray film wastes repeat in several sets; "
         "cellulose nitrate film as a collectors' lot was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "NG", "852849",
         "Videokunst-Installation, Komponenten: Röhrenmonitore, für eine Ausstellung in Lagos, 300 Stück", "DE",
         7500, 300, 3000, "EUR",
         "a loaned media-art installation travels in museum crates with a loan agreement, condition reports and an "
         "insurance value; these 300 CRT television sets are stacked loose in the container, many with cracked necks "
         "and burst screens, with no crate, no loan contract and no exhibition venue named anywhere, collected from "
         "Rhineland repair shops and recycling yards: waste electrical equipment with cathode-ray tubes "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Lagos for an "
         "'art centre'; German wording (CRT e-waste repeats in many sets, to Lagos among them; a video-art "
         "installation label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "691390",
         "Pots à pharmacie anciens en faïence, collection d'une officine, décoratifs, vides, 420 pièces", "FR", 1800,
         420, 8400, "EUR",
         "antique apothecary jars sold to decorators are emptied, washed and wrapped one by one; these 420 still hold "
         "their contents under old paper seals and corks (mercuric chloride, calomel, arsenic trioxide, lead "
         "acetate, strychnine tablets, crusted ether and chloroform bottles among them), about 600 kg of chemicals "
         "in all, from a Bordeaux pharmacy that closed after 150 years: obsolete laboratory chemicals consisting of "
         "or containing hazardous substances (16 05 06*), hazardous waste whose export to a non-OECD country is "
         "banned, from Marseille to Casablanca for an antiques dealer; French wording (lab packs and obsolete "
         "chemicals repeat in several sets and a pharmacy-jar label once, in blind61; a whole pharmacy's apothecary "
         "jars with their contents was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "871200",
         "Oude fietsen, vintage, voor verzamelaars, 200 stuks", "BE", 3000, 200, 4000, "EUR",
         "a Flemish brocante dealer's container for Accra: old bicycles and enamel signs are what such dealers "
         "ship, but the third item's 'pinball machines and jukeboxes for restoration' are 60 gutted cabinets holding "
         "loose boards, burst and leaking oil-filled capacitors, mercury tilt switches, broken backglasses and "
         "bundles of cut cable, at 25 EUR a machine where restorable ones sell for thousands: waste electrical "
         "equipment containing hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration, from Antwerp to Tema; Flemish wording "
         "(e-waste behind used goods to West Africa repeats in many sets and arcade machines in several; pinball "
         "machines and jukeboxes were found in no earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("831000", "Emaille reclameborden, oud, 80 stuks", "BE", 400, 1600, "EUR", qty=80),
                           item("950430", "Flipperkasten en jukeboxen, vintage, voor restauratie, 60 stuks", "BE",
                                6000, 1500, "EUR", qty=60)])),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "EG", "700991",
         "Specchi antichi al mercurio, lastre recuperate da restauro, per riuso, 1.400 kg", "IT", 1400, None, 2100,
         "EUR",
         "antique mirror plates are sold one by one, framed or wrapped, for their foxed look; these crates hold "
         "broken and flaking plates stacked with the grey, crumbly tin-mercury amalgam backing shedding into the "
         "straw, beads of liquid mercury in the crate bottoms and a mercury-vapour meter reading off the scale when "
         "a lid is lifted, stripped from the mirrors of a Venetian palazzo under restoration: waste containing "
         "mercury (17 09 01*, with the amalgam sweepings as 06 04 04*), hazardous waste whose export to a non-OECD "
         "country is banned, from Venice to Alexandria for a 'mirror-restoration workshop'; Italian wording "
         "(mercury wastes repeat in many sets, as antique-barometer mercury in four; mercury-silvered mirror glass "
         "was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "732510",
         "Gebrauchte Gegengewichte für Bühnenzüge, Theaterauflösung, 18 t", "AT", 18000, None, 1800, "EUR",
         "theatre fly-system counterweights are flat, slotted cast-iron or steel plates that stack on an arbor; this "
         "lorry holds 18 t of grey plastic blocks with cut-off terminals and cracked lids that leak a sour, "
         "clothes-eating liquid, traction cells from forklifts and stage lifts removed when a Graz theatre's "
         "machinery was replaced: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD "
         "country is banned, by road through Slovenia and Croatia to a Sarajevo 'stage-equipment' firm; Austrian "
         "German wording (lead-acid batteries repeat in many sets, once under a forklift-counterweight label in "
         "blind43, kept as a repeat of that family; a theatre fly-system counterweight label was found in no "
         "earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "870830",
         "Szczęki hamulcowe regenerowane do samochodów zabytkowych (Warszawa, Syrena, Wołga), 9 t", "PL", 9000,
         None, 2700, "EUR",
         "reconditioned brake shoes for classic cars are relined with asbestos-free friction material, boxed in "
         "pairs and stamped with a lining date; these 9 t are loose, worn shoes and linings in sacks, with dust "
         "in the bags, oil-soaked, grooved and with the old riveted linings still on, some labelled 'FERODO' from "
         "the 1970s, which a lab sample finds full of chrysotile, swept up from Radom classic-car restorers' "
         "workshops: brake linings containing asbestos (16 01 11*), hazardous waste whose export to a non-OECD "
         "country is banned, by road at Dorohusk to a Lutsk 'oldtimer parts' trader; Polish wording (asbestos "
         "brake linings repeat in a few sets, as truck relining cores and warehouse clearances; for classic-car "
         "restorers was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "440290",
         "Holzkohlegrus für Grillbriketts, Big Bags, 16 t", "DE", 16000, None, 1600, "EUR",
         "charcoal fines for briquetting are light, black, glossy lumps of wood charcoal that snap and smell of "
         "smoke; these big bags hold a fine, dull black powder mixed with white lime and grey fly ash that a "
         "mercury meter reads high, from the flue-gas filters of three Bavarian crematoria (activated carbon "
         "loaded with mercury from dental amalgam): solid wastes from gas treatment containing hazardous "
         "substances (19 01 10*, 19 01 07*), hazardous waste whose export to a non-OECD country is banned, by road "
         "through Austria and Hungary to a Novi Sad 'barbecue-fuel' firm; German wording (crematorium filter carbon "
         "repeats once, as regenerated activated carbon in blind40, kept as a repeat of the good; a barbecue "
         "charcoal-fines label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "SN", "320720",
         "Esmalte cerámico recuperado, para alfareros y talleres de cerámica artística, bidones, 12 t", "ES", 12000,
         None, 1200, "EUR",
         "reclaimed studio glaze is a dry, sieved powder or a clean slop of one colour with a recipe sheet; these "
         "drums hold a grey-brown, foul-smelling sludge of mixed colours, caked with wax resist and brush hairs, "
         "that reads 4 % lead and 0.5 % cadmium on an XRF gun, scraped from the glaze-spraying booths and settling "
         "tanks of Talavera de la Reina art-ceramics workshops: glazing waste containing heavy metals (10 12 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Dakar for a 'potters' "
         "cooperative'; Spanish wording (glazing waste repeats once, under an atomised-clay label from Castellón "
         "in blind156; a reclaimed-glaze label for studio potters was found in no earlier row by a keyword "
         "search)", {"importer_country": "SN"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "740400",
         "Mosadzný šrot z vodomerov, vymenené meradlá, 14 t", "SK", 14000, None, 28000, "EUR",
         "brass water-meter scrap is dismantled brass bodies, sold by the tonne at copper-alloy prices; this lorry "
         "holds 14,000 whole smart meters with their radio modules and, in each, a sealed lithium thionyl-chloride "
         "cell, many dented by the shredder feed and some leaking a pungent, fuming liquid: waste electrical "
         "equipment with lithium primary batteries (16 02 13*, 16 06 06*), hazardous waste whose export to a "
         "non-OECD country is banned, by road at Vyšné Nemecké to an Uzhhorod 'non-ferrous' yard; Slovak wording "
         "(lithium batteries repeat in many sets under scrap labels; smart water meters as brass scrap were found "
         "in no earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BEAIR01", "express", "MA", [], "BE", "290391",
         "Paradichlorobenzène en cristaux, fumigant pour boîtes d'insectes de collection, 24 x 500 g", "MA", 16.3,
         24, 180, "EUR",
         "para-dichlorobenzene is a white, mothball-smelling crystal sold in paper packets or tins that never hiss; "
         "these 24 units are small pressurised steel cans with a piercing valve, each holding 680 g of a liquefied "
         "gas that smells faintly sweet and whose lids read 'Bromure de méthyle 98 %': methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption remains), sent by express from Agadir to a private beetle "
         "collector in Liège who fumigates his cabinets; Moroccan French wording (methyl bromide repeats in many "
         "sets, as anoxia argon and a library fumigant among them; an entomology-cabinet fumigant label was found "
         "in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("OZN-02", "import", "FRROAD01", "road", "CH", [], "FR", "280421",
         "Bouteilles de gaz inerte IG-541 (Inergen), 80 l, déposées, 36 pièces", "CH", 5400, 36, 7200, "CHF",
         "IG-541 cylinders are tall 200- or 300-bar bottles of a nitrogen-argon-CO2 mix that do not slosh and weigh "
         "little for their size; these 36 red cylinders read 42 bar, slosh, hold about 100 kg of a liquid each and "
         "their valve tags read 'Halon 1301 / BTM', taken out of the vault fire system of a Geneva freeport art "
         "storage when it was refitted and sold to a Lyon fire-safety dealer: bromotrifluoromethane (halon 1301), "
         "whose import into the Union is banned outside licensed critical uses, by road at Bardonnex; Swiss French "
         "wording (halon 1301 repeats in many sets, under Inergen labels in blind120, blind162 and blind179, and a vault "
         "fire system once, a bank's in blind61; kept as a repeat of the cover, a Geneva freeport art store as the "
         "source is the new part as far as a search found)",
         firm("Rivage Sécurité Incendie SARL", "FR")),
        ("OZN-03", "import", "SEPOST01", "post", "US", [], "SE", "382499",
         "Non-aqueous book deacidification spray, estate stock from a bookbinder, 6 x 12 oz", "US", 3.2, 6, 90, "USD",
         "today's non-aqueous deacidification sprays are magnesium oxide in a perfluorinated carrier with a recent "
         "batch date; these six cans are 1980s stock with a faded 'Freon' propellant line and a solvent that boils "
         "off at 47 °C and smells of ether: magnesium methoxide in CFC-113 with CFC-12 as propellant, products "
         "containing CFCs whose import into the Union is banned, posted from Vermont to a private book collector "
         "in Uppsala; US English wording (CFC-113 repeats in many sets under cleaner labels; a book-deacidification "
         "label was found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("OZN-04", "import", "NLSEA01", "sea", "US", [], "NL", "940179",
         "Estate auction lot: chrome diner stools, 1950s style, 24 pcs", "US", 480, 24, 3600, "USD",
         "an Ohio estate-auction lot for a Dutch Americana dealer: chrome diner stools and a neon wall clock are "
         "what such lots hold, but the third item, a 'restored 1950s drinking fountain', is a Halsey Taylor electric "
         "water cooler with its original sealed compressor, whose nameplate reads 'Freon-12, 6 oz' and whose "
         "system still holds pressure: equipment containing CFC-12, a product containing a controlled substance "
         "whose import into the Union is banned, hidden as the last item of a three-item declaration, by sea from "
         "Baltimore to Rotterdam; US English wording (CFC-12 in vintage American coolers, soda fountains and "
         "vending machines repeats in several sets; a drinking-fountain label was found in no earlier row by a "
         "keyword search)",
         dict(firm("Atlantic Americana BV", "NL"),
              _more_items=[item("910591", "Neon wall clock, diner style, restored, 1 pc", "US", 9, 400, "USD", qty=1),
                           item("841869", "Drinking fountain, 1950s, restored, working, 1 pc", "US", 45, 350, "USD",
                                qty=1)])),
        ("OZN-05", "import", "IESEA01", "sea", "US", [], "IE", "841940",
         "Used vacuum freeze dryer for taxidermy, chamber and controls, refrigeration unit removed, 1 pc", "US", 1100,
         1, 9000, "USD",
         "a used freeze dryer sold without its refrigeration unit is a chamber, a door and a controller on a frame; "
         "this one has its condensing unit on board, its sight glass full of liquid and a tag reading 'R-502, "
         "4.5 kg', from a Montana taxidermy studio that preserved birds and fish for collectors: equipment "
         "containing R-502 (CFC-115 with HCFC-22), a product relying on controlled substances whose import into "
         "the Union is banned, by sea from Baltimore to Dublin for a natural-history preparator; US English "
         "wording (R-502 equipment repeats in many sets and freeze dryers in two, home and pharmaceutical ones in "
         "blind134 and blind178; a taxidermy freeze dryer was found in no earlier row by a keyword search)", firm("Atlantic Taxidermy Ltd", "IE")),
        ("OZN-06", "import", "DEPOST01", "post", "US", [], "DE", "340290",
         "Vinyl record cleaning fluid, audiophile, 4 x 1 qt", "US", 5.2, 4, 60, "USD",
         "record-cleaning fluids are water with isopropanol and a wetting agent, 0.98 kg/l, smelling of alcohol; "
         "these four quarts weigh 1.32 kg/l, smell sweet like chloroform, do not mix with water and leave the "
         "label of a 1980s 'trichloroethane degreaser' under the new sticker: 1,1,1-trichloroethane (methyl "
         "chloroform), whose import into the Union is banned, posted from New Jersey to a private record collector "
         "in Hamburg; US English wording (methyl chloroform repeats in many sets and record-cleaner labels in four, "
         "kept as a repeat of that cover; from the United States by post to Germany is the new part as far as a "
         "search found)", person("Herr K. Becker", "DE")),
        ("OZN-07", "import", "PTSEA01", "sea", "BR", [], "PT", "842410",
         "Extintores antigos de latão, decorativos, restaurados, para colecionadores, 120 peças", "BR", 960, 120,
         2400, "EUR",
         "restored brass extinguishers sold as decoration are emptied, polished and lacquered; these 120 "
         "1970s-80s Brazilian units slosh when tilted, read 12 bar on their gauges and hiss a sweet gas at the "
         "nozzle, and their labels read 'Halon 1211 (BCF)': bromochlorodifluoromethane in portable extinguishers, "
         "products whose import into the Union is banned, by sea from Santos to Leixões for a Porto antiques "
         "dealer; Brazilian Portuguese wording (halon 1211 and antique-extinguisher labels repeat in several sets; "
         "kept as a repeat, from Brazil to Portugal is the new part as far as a search found)",
         firm("Central Antiguidades Lda", "PT")),
        ("OZN-08", "import", "GRSEA01", "sea", "EG", [], "GR", "382499",
         "محلول تنظيف أختام الطوابع والعملات، غير قابل للاشتعال، 40 عبوة × 5 لتر", "EG", 318, 40, 1600, "USD",
         "non-flammable cleaners sold to dealers today are hydrofluoroether or modified-alcohol solvents of about "
         "0.8-1.5 kg/l with a data sheet; these 40 cans weigh 1.59 kg/l, smell sweet and heavy, do not burn and "
         "their drum-filler's labels under the new stickers read 'CCl4': carbon tetrachloride, whose import into "
         "the Union is banned, by sea from Alexandria to Piraeus for an Athens stamp-and-coin dealers' supply "
         "shop; Egyptian Arabic wording (carbon tetrachloride repeats in many sets, as stamp watermark fluid in "
         "blind62 and blind180 and a coin cleaner in blind171; a combined stamp-and-coin cleaner in bulk from "
         "Egypt is the new part as far as a search found)", firm("Orion Filatelia AE", "GR")),
        ("OZN-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841510",
         "窗式空调, 新品, R-32 冷媒, 600 台", "CN", 24000, 600, 72000, "USD",
         "new window air conditioners for the Union run on R-32 or propane and carry an F-gas label with a charge "
         "and a CO2-equivalent; these 600 units carry no such label and the compressor stickers read 'R22 "
         "0.65 kg': single-package air conditioners pre-charged with HCFC-22, products containing a controlled "
         "substance whose import into the Union is banned, by rail from Chengdu to Małaszewicze for a Łódź "
         "retailer; Chinese wording (R-22 equipment under R-32 and other HFC labels repeats in many sets and window "
         "air conditioners in four, blind3, blind8, blind145 and blind166; by rail from China is the new part as "
         "far as a search found)", firm("Vega Klimatyzacja Sp. z o.o.", "PL")),
        ("OZN-10", "import", "ESSEA01", "sea", "TR", [], "ES", "290312",
         "Diklorometan, teknik, 200 l varil, 40 varil", "TR", 10500, 40, 12000, "USD",
         "dichloromethane is a heavy (1.33 kg/l), sweet-smelling solvent that boils at 40 °C; these 40 drums weigh "
         "1.49 kg/l, boil at 68 °C, and a refractometer and the drum heads' old stencil 'CH2BrCl' under the new paint "
         "give bromochloromethane (halon 1011), a controlled substance whose import into the Union needs a licence "
         "it does not have, by sea from Gemlik to Valencia for a paint-stripper blender; Turkish wording "
         "(bromochloromethane repeats in many sets and dichloromethane labels in several; kept as a repeat, from "
         "Türkiye to Spain is the new part as far as a search found)", firm("Meridian Química SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "HK", [], "FR", "940529",
         "Lampe de table en céramique, style chinois, années 1970, montée à l'électricité, 1 pièce", "CN", 9, 1, 350,
         "EUR",
         "a 1970s Chinese-style ceramic lamp has a glossy modern glaze, a factory-drilled base and a brass fitting; "
         "this one is a low-fired, green lead-glazed 'hu' jar with silvery iridescence, ring-handles in the form of "
         "monster masks and burial earth in the crevices, crudely drilled through the base for a cable: a Han-dynasty "
         "tomb jar, an archaeological object taken out of China, which forbids the export of such relics, brought in "
         "without the importer statement or licence Regulation 2019/880 requires, flown from Hong Kong to Paris for "
         "a dealer; French wording (Chinese tomb wares repeat in many sets and lamp-base labels in three; a 1970s "
         "table-lamp label was found in no earlier row by a keyword search)", firm("Orion Arts d'Asie SARL", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "AE", [], "NL", "940360",
         "Standbouw voor TEFAF Maastricht: sokkels, MDF, gespoten, 6 stuks", "AE", 900, 6, 1800, "EUR",
         "art-fair stand plinths are hollow MDF boxes, light enough for two people to lift; these six each weigh "
         "150 kg, are screwed shut, and each holds, packed in foam, a grey schist relief with Buddha scenes, "
         "Corinthian-style pilasters and root-marked backs: Gandharan reliefs (2nd-4th century) taken out of "
         "Pakistan, which forbids their export, brought in without the importer statement Regulation 2019/880 "
         "requires, by sea from Jebel Ali to Rotterdam for a dealer's fair stand; Dutch wording (Gandharan "
         "sculpture repeats in many sets, kept as a repeat of the good; art-fair plinths (TEFAF) were found in no "
         "earlier row by a keyword search)", firm("Horizon Fine Art BV", "NL")),
        ("CUL-03", "export", "ITPOST01", "post", "IT", [], "CH", "970400",
         "Francobolli usati su frammento (kiloware), misti, 3 kg", "IT", 3, None, 45, "EUR",
         "kiloware is torn-off envelope corners with modern stamps, sold by the kilo for a few euros; under a layer "
         "of such corners this box holds 140 folded letters and covers of 1850-1860 with Bourbon Sicily and Naples "
         "stamps and postmarks, with the ink stamp of a State Archive on their backs: archival documents of the "
         "Italian State, inalienable and never licensed for export, sent by post from Naples to a Lugano stamp "
         "dealer without the export licence of Regulation 116/2009; Italian wording (philatelic items appear only "
         "on ozone rows as watermark fluids; archive material under a kiloware label was found in no earlier row "
         "by a keyword search)", {"consignee_name": "Herr P. Keller", "importer_country": "CH"}),
        ("CUL-04", "import", "DEAIR01", "air", "NP", [], "DE", "970191",
         "समकालीन चित्रहरू, कलाकारको आफ्नै कृति, बर्लिनको ग्यालरी प्रदर्शनीका लागि अस्थायी आयात, ८ थान", "NP", 14, 8,
         2400, "USD",
         "a contemporary Nepalese painter's works for a gallery show are acrylic or gouache on fresh canvas or paper "
         "with his signature; seven of these eight are, but the eighth is a darkened 15th-century paubha of a "
         "mandala on primed cotton, with candle soot, folds, old repairs and a monastery's inventory mark on the "
         "back, listed as stolen from a Patan vihara: cultural property whose export Nepal forbids, brought in "
         "under a temporary-admission claim for a Berlin gallery without the importer statement Regulation 2019/880 "
         "requires; Nepali wording (Nepalese paubha and thangka paintings repeat in two sets, kept as a repeat of "
         "the good, and temporary admission once, for family books in blind174; an artist's-own-works cover was "
         "found in no earlier row by a keyword search)", firm("Central Galerie GmbH", "DE")),
        ("CUL-05", "export", "GRAIR01", "air", "GR", [], "US", "680291",
         "Ομοίωμα κυκλαδικού ειδωλίου, μάρμαρο, με πιστοποιητικό ΤΑΠΑ/ΟΔΑΠ, 1 τεμ.", "GR", 0.8, 1, 180, "EUR",
         "official Greek museum-shop replicas are machine-cut, crisp, with an Archaeological Receipts Fund "
         "certificate whose number matches an engraved mark; this 24 cm figurine has weathered, sugary Naxian marble, "
         "root marks and a brown encrustation on the back, no engraved mark, and its 'certificate' number belongs "
         "to a different replica type: an Early Cycladic II figurine, an antiquity of the Greek State exported "
         "without the licence of Regulation 116/2009 and the Greek permit, flown from Athens to New York; Greek "
         "wording (Cycladic figurines repeat in three sets, kept as a repeat of the good; a forged replica "
         "certificate of the Archaeological Receipts Fund was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-06", "export", "ITAIR01", "air", "IT", [], "QA", "680990",
         "Calco in gesso di testa ritratto romana, per accademia di disegno, 1 pezzo", "IT", 22, 1, 220, "EUR",
         "drawing-academy plaster casts are light, hollow, bright white and show mould seams; this head weighs "
         "22 kg, rings as stone, shows marble crystals where the white paint is chipped at the nose and ears, has "
         "a socket for insertion into a statue and soil in the hair drill-holes: a Roman marble portrait head of "
         "the 2nd century from an illicit excavation near Rome, part of the Italian State's heritage, exported "
         "without the licence of Regulation 116/2009, flown from Rome to Doha; Italian wording (Roman marble heads "
         "repeat in many sets; a painted-over head as an academy plaster cast (calco) was found in no earlier row "
         "by a keyword search)", {"importer_country": "QA"}),
        ("CUL-07", "import", "NLAIR01", "express", "PK", [], "NL", "392690",
         "Coin holders, 2x2 cardboard flips, with replica coins for display, 200 pcs", "PK", 1.1, 200, 40, "USD",
         "display flips with replica coins hold shiny, cast copies with seam lines, all alike; these 200 flips hold "
         "struck silver drachms and copper coins of Indo-Greek and Kushan kings with Greek and Kharoshthi legends, "
         "die shifts, horn silver and soil in the letters, each a little different: ancient coins from "
         "illicit digging in Pakistan and Afghanistan, archaeological objects brought in without the importer "
         "statement Regulation 2019/880 requires, sent by express from Peshawar to a private collector in Utrecht; "
         "English wording (Indo-Greek and Kushan coins repeat in several sets, kept as a repeat of the good; coin "
         "flips were found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("CUL-08", "transit", "DEAIR01", "air", "HK", ["DE"], "CH", "830629",
         "仿古青铜簋, 工艺品, 做旧, 1 件", "CN", 11, 1, 300, "USD",
         "a patinated bronze reproduction has a thin, even, painted-on green and a sand-cast surface; this gui is "
         "thick-walled, with a crisp cast inscription of 30 characters inside the bowl, malachite and cuprite "
         "crusts grown through the metal and burial soil under the foot: a Western Zhou ritual vessel from a looted "
         "tomb, whose export China forbids, declared for transit through Frankfurt airport from Hong Kong to a "
         "storage vault at the Geneva freeport with a value a thousandth of its worth; Chinese wording (archaic "
         "bronzes repeat in a few sets, freeports in many and the Geneva freeport in two cultural rows (blind111, "
         "blind155); an air transit through Frankfurt to it was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-09", "import", "ROROAD01", "road", "MD", [], "RO", "711719",
         "Insigne, reproduceri pentru reconstituiri istorice, metal aurit, 12 buc.", "UA", 1.2, 12, 60, "EUR",
         "reenactors' reproduction badges are light, bright, cast brass with a pin; these twelve are Imperial "
         "Russian orders of St Anne and St Stanislaus in gold and enamel with maker's and assay marks and the "
         "inventory numbers of the Kherson regional museum painted on the reverse: cultural property removed from "
         "an occupied Ukrainian museum, brought in without the importer statement Regulation 2019/880 requires "
         "and against the import ban on Ukrainian cultural goods taken unlawfully, by road at Sculeni for a "
         "Bucharest militaria dealer; Romanian wording from Moldova (Ukrainian museum losses repeat in a few sets "
         "and reenactment replicas in three; Imperial orders of St Anne and St Stanislaus were found in no earlier "
         "row by a keyword search)", firm("Delta Militaria SRL", "RO")),
        ("CUL-10", "import", "DESEA01", "sea", "BR", [], "DE", "680300",
         "Placas de folhelho decorativo para parede, 40 peças", "BR", 1600, 40, 1200, "USD",
         "decorative shale wall plates are sawn, even, dark slabs with a sealed face; these 40 are split slabs of "
         "grey shale, each with a complete, articulated skeleton of a small, long-snouted reptile with needle teeth "
         "on the bedding plane: Mesosaurus brasiliensis fossils from the Irati Formation of São Paulo, property of "
         "the Brazilian State whose export Brazil forbids, brought in for the Munich mineral and fossil show, by "
         "sea from Santos to Hamburg; Brazilian Portuguese wording (Brazilian fossils repeat in several sets as "
         "Crato and Santana fossils under stone labels; Mesosaurus was found in no earlier row by a keyword "
         "search)", firm("Vega Fossilien GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "970191",
         "Ölgemälde, Landschaft, Kopie nach Schischkin, 20. Jahrhundert, gerahmt, 1 Stück", "DE", 14, 1, 450, "EUR",
         "a 20th-century copy after Shishkin sells at a few hundred euros, on machine canvas with bright, flat "
         "paint; this pine-forest landscape has a 19th-century stretcher with a St Petersburg colourman's stamp, "
         "craquelure and the signature and date of Ivan Shishkin, and a Munich auction house sold it last month "
         "for 380,000 EUR to a buyer whose Yerevan company is a months-old shell paid from Moscow: a work of art "
         "over the threshold among the luxury goods (Annex XVIII) whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Munich to Yerevan; German wording (paintings for Russia repeat in a few sets, an "
         "Aivazovsky copy once, in blind126; a Shishkin-copy label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-02", "import", "DEAIR01", "express", "AE", [], "DE", "711890",
         "Swiss 20 franc 'Vreneli' gold coins, circulated, 1910-1935, 200 pcs", "CH", 1.3, 200, 96000, "EUR",
         "Vreneli coins are small (21 mm), worn, with dates of 1897-1949 and the bust of Helvetia; these 200 are "
         "bright, uncirculated 7.78 g coins of 24 mm with Saint George slaying the dragon and the mark of the "
         "Moscow mint, in capsules: Russian 'Georgy Pobedonosets' bullion coins, gold of Russian origin whose "
         "import into the Union Regulation 833/2014 forbids, sent by express from Dubai to a Munich coin dealer "
         "with a Swiss origin; English wording (Russian gold repeats in many sets as bars and jewellery; Russian "
         "bullion coins under a Vreneli label were found in no earlier row by a keyword search)",
         firm("Alpina Münzhandel GmbH", "DE")),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "880730",
         "Luftfahrt-Memorabilia aus einer Museumsauflösung, Ausstellungsstücke, nicht flugtauglich, 14 Kolli", "DE",
         820, 14, 6000, "EUR",
         "museum display pieces are cut-away, painted, stripped parts with 'NOT FOR FLIGHT' stencils; these crates "
         "hold serviceable F-4F Phantom parts from retired Luftwaffe stock: J79 engine fuel controls, hydraulic "
         "actuators, ejection-seat components and radar modules with intact data plates and release certificates, "
         "for a Dubai 'collector' whose forwarder ships to Bandar Abbas: military aircraft parts (Military List "
         "ML10) exported without the licence the Common Position requires and to an end user under the Iran arms "
         "embargo, flown from Frankfurt; German wording (military aircraft parts repeat in several sets and an "
         "ejection seat for collectors once, in blind58; F-4 parts as museum memorabilia were found in no earlier "
         "row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "PLAIR01", "air", "PL", [], "KZ", "901310",
         "Repliki celowników optycznych ZF 39 do rekonstrukcji historycznych, 40 szt.", "PL", 36, 40, 2000, "EUR",
         "reenactors' replica ZF 39 scopes are fixed-power tubes with a blued finish and a Wehrmacht-style mount, "
         "at 50 EUR each; these 40 boxes hold modern clip-on thermal weapon sights with 640 x 512 cores, "
         "rail mounts and ballistic reticles in an old-style shell, listed by their maker at 6,000 EUR each, for an "
         "Almaty 'militaria club' that forwards to Russia: imaging equipment for weapons, on the common high-priority "
         "list whose export to Russia and re-export through third countries Regulation 833/2014 forbids, and "
         "military equipment exported without a licence, flown from Warsaw; Polish wording (thermal weapon sights "
         "repeat in many sets; a reenactment replica-scope (ZF 39) label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "LB", "290941",
         "Diéthylène glycol, humectant pour encres de stylo-plume, 40 fûts de 220 kg", "BE", 8800, 40, 13200, "EUR",
         "diethylene glycol is an odourless, sweet, viscous liquid of 1.12 kg/l sold to ink makers; these drums "
         "hold a liquid of 1.18 kg/l with a sulphurous, garlic-like smell and the drum heads read CAS 111-48-8 under "
         "the new labels, for a Beirut 'fountain-pen ink' maker that has no factory and whose consignments go on "
         "to Syria: thiodiglycol, a mustard-gas precursor (CWC Schedule 2, dual-use 1C350) exported without the "
         "licence Regulation 2021/821 requires, from Antwerp; Belgian French wording (thiodiglycol repeats in many "
         "sets, kept as a repeat of the good; a fountain-pen-ink humectant label was found in no earlier row by a "
         "keyword search)", {"importer_country": "LB"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "AE", "852589",
         "Caméra de réflectographie infrarouge pour l'examen des peintures, 2 unités", "FR", 18, 2, 24000, "EUR",
         "infrared reflectography cameras for art labs use uncooled InGaAs sensors to see under-drawings at short "
         "wavelengths; these two hold Stirling-cooled mercury-cadmium-telluride focal-plane arrays working at mid-wave, "
         "with frame rates and sensitivity made for missile seekers and surveillance, at 60,000 EUR each on the "
         "maker's list, for a Dubai 'art-authentication lab' set up three months ago that forwards to Tehran: "
         "cooled infrared focal-plane cameras (dual-use 6A003), exported without the licence Regulation 2021/821 "
         "requires and against the Iran regulation, flown from Paris; French wording (thermal and infrared "
         "cameras repeat in many sets; an art-examination reflectography label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-07", "import", "BEAIR01", "air", "AE", [], "BE", "711319",
         "Antique Victorian jewellery, gold, set with old-cut diamonds, estate lot, 36 pcs", "GB", 0.6, 36, 54000,
         "USD",
         "Victorian jewels have hand-made gold mounts with wear and old mine- or rose-cut diamonds of irregular "
         "outline; these 36 have new cast mounts aged with acid, modern brilliant-cut stones with the laser "
         "inscriptions ground off and a Yakutian fluorescence, bought from a Dubai trader supplied by Russian "
         "cutters: jewellery incorporating diamonds of Russian origin, whose import into the Union Regulation "
         "833/2014 forbids, flown from Dubai to Antwerp for a dealer with a British origin; English wording "
         "(Russian diamonds repeat in several sets, as polished stones cut in India among them; an antique-"
         "jewellery label was found in no earlier row by a keyword search)", firm("Central Joaillerie SA", "BE")),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "PK", "722490",
         "Damaststahl-Rohlinge für Messermacher, Sammlermesser, 120 Stück", "DE", 600, 120, 6000, "EUR",
         "pattern-welded Damascus billets for knife makers are layered carbon steels whose etch shows wavy "
         "patterns; these 120 bars show no pattern when etched, are nickel-rich, magnetic and read 18 % Ni, 8 % Co, "
         "5 % Mo on an XRF gun, with the mill certificates of an aerospace supplier in the crates, for a "
         "Rawalpindi 'cutlery' firm: maraging steel bars (dual-use 1C116) exported without the licence Regulation "
         "2021/821 requires, flown from Frankfurt to Islamabad; German wording (maraging steel repeats in many "
         "sets, kept as a repeat of the good; a collectors'-knife Damascus-billet label was found in no earlier "
         "row by a keyword search)", {"importer_country": "PK"}),
        ("STR-09", "transit", "DEROAD01", "road", "CH", ["DE", "PL", "LT"], "RU", "910221",
         "Montres-bracelets d'occasion, acier, lot de vente aux enchères, 40 pièces", "CH", 4, 40, 8000, "CHF",
         "a used steel-watch lot sells at a couple of hundred francs a watch; these 40 are gold and platinum Patek "
         "Philippe, Audemars Piguet and vintage Rolex references with their auction-house lot tags from a Geneva "
         "sale, worth some 2.4 million francs, declared for transit by road through Germany, Poland and Lithuania to "
         "a Kaliningrad buyer: luxury goods (watches, Annex XVIII) whose sale, supply and transfer for use in "
         "Russia Regulation 833/2014 forbids, entered at Weil am Rhein; Swiss French wording (luxury watches for "
         "Russia repeat in a few sets, as Rolex once, in blind33; a Geneva auction lot in transit through the "
         "Union was found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "KZ", "490199",
         "Antiquarische Bücher, 19. Jahrhundert, 60 Stück", "AT", 90, 60, 3000, "EUR",
         "a Vienna auction house's consignment for an Almaty buyer: antiquarian books and framed prints are what "
         "such buyers collect, but the third item's 'used carpets, worn' are twelve new, silk Qum and Hereke "
         "carpets with silk fringes and no wear, valued by the auction house at 15,000-60,000 EUR each, bought for "
         "a Moscow client: carpets among the luxury goods (Annex XVIII) whose sale for use in Russia Regulation "
         "833/2014 forbids, hidden as the last item of a three-item declaration, flown from Vienna to Almaty; "
         "Austrian German wording (luxury goods for Russia through Kazakhstan repeat in many sets and carpets in "
         "several; silk carpets behind antiquarian books from an auction house were found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("491191", "Druckgrafik, gerahmt, 19. Jahrhundert, 20 Stück", "AT", 60, 2000, "EUR", qty=20),
                           item("570110", "Gebrauchte Teppiche, abgenutzt, 12 Stück", "AT", 180, 1200, "EUR", qty=12)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "ID", [], "FR", "970529",
         "Kupu-kupu Papilio blumei hasil penangkaran, dalam bingkai, 40 bingkai", "ID", 3.6, 40, 400, "USD",
         "farmed Papilio blumei are small, green-banded swallowtails sold framed for a few dollars; these 40 frames "
         "hold large, velvety green-and-black and golden birdwings with a 15-20 cm span, wild-caught in Papua with "
         "torn wing edges, among them a female Queen Alexandra's birdwing: Ornithoptera croesus and goliath "
         "(CITES App. II) and Ornithoptera alexandrae (App. I) without CITES documents, sent by express from "
         "Jakarta to a private collector in Lyon; Indonesian wording (birdwings repeat in many sets, kept as a "
         "repeat of the good; a framed Papilio blumei label was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("WLF-02", "export", "FRAIR01", "air", "FR", [], "CN", "680299",
         "Lave-pinceaux en stéatite, Chine, XXe siècle, 1 pièce", "FR", 0.7, 1, 800, "EUR",
         "a soapstone brush washer is cold, soft, waxy stone that a knife scratches; this cup is warm, translucent "
         "honey-brown horn with a fibrous structure at the foot, carved with pines and a dragon, which a Vichy "
         "auction house sold for 410,000 EUR to a Shanghai buyer: a rhinoceros-horn libation cup (CITES App. I) "
         "exported without the re-export certificate the Union no longer issues for such items, flown from Paris "
         "to Shanghai; French wording (rhino-horn libation cups repeat in several sets, kept as a repeat of the "
         "good; a soapstone brush-washer label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("WLF-03", "import", "NLPOST01", "post", "GB", [], "NL", "051199",
         "Blown quail and hen eggs, for Easter crafts, 60 pcs", "GB", 1.1, 60, 30, "GBP",
         "blown craft eggs are uniform quail and hen eggs with one hole, sold by the dozen; these 60 are blown "
         "through a single side hole, in many sizes and colours, each with a pencilled data mark, from a British "
         "egg collector's cabinet: eggs of peregrine falcon (CITES App. I), osprey, eagle owl, red kite and other "
         "birds of prey (App. II), without CITES documents, posted from Norfolk to a private oologist in Groningen; "
         "UK English wording (eggs appear once, in a zoological collection of blind182; wild raptor eggs under a "
         "craft-egg label were found in no earlier row by a keyword search)", person("Particulier", "NL")),
        ("WLF-04", "import", "NLSEA01", "sea", "ID", [], "NL", "392640",
         "Nautilusbekers, reproductie in kunsthars, verzilverd, 120 stuks", "ID", 240, 120, 1800, "USD",
         "resin reproductions of Kunstkammer nautilus cups are moulded, even, light and warm to the touch; these 120 "
         "are real chambered-nautilus shells, cold, with growth lines, nacre where polished and the pearly septa "
         "visible at the cut, set in silver-plated mounts: Nautilus pompilius (CITES App. II) without CITES "
         "documents, by sea from Surabaya to Rotterdam for a Dutch interior and antiques dealer; Dutch wording "
         "(nautilus shells repeat in many sets, kept as a repeat of the good; a nautilus-cup label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Interieur BV", "NL")),
        ("WLF-05", "import", "PTAIR01", "air", "BR", [], "PT", "670100",
         "Costeiros de carnaval em penas de galo tingidas, artesanato, 12 peças", "BR", 9, 12, 1800, "BRL",
         "carnival back-pieces of dyed rooster feathers are bright, even colours with a dye-stained shaft; these "
         "twelve are long, undyed scarlet, blue-and-yellow and hyacinth-blue tail feathers with natural gradients, "
         "and two carry banded grey harpy-eagle feathers, from a Rio samba-school workshop for a Lisbon tribal-art "
         "dealer: feathers of Ara macao and Anodorhynchus hyacinthinus (CITES App. I), Ara ararauna (App. II) and "
         "harpy eagle (App. I) without CITES documents, flown from Rio de Janeiro to Lisbon; Brazilian Portuguese "
         "wording (macaw feathers and featherwork repeat in many sets and dyed-feather carnival labels "
         "twice, in blind74 and blind110, kept as a repeat of that cover; samba-school back-pieces for a tribal-art "
         "dealer are the new part as far as a search found)",
         firm("Rivage Arte Tribal Lda", "PT")),
        ("WLF-06", "import", "DEAIR01", "air", "CA", [], "DE", "442199",
         "Geschnitzter Wanderstab, Hasel mit Geißblatt-Spiralwuchs, 2 m, 1 Stück", "CA", 7.5, 1, 150, "CAD",
         "a honeysuckle-twisted hazel staff is light, barked wood with a soft, irregular spiral groove left by the "
         "vine; this 2 m 'staff' is heavy, creamy-white and hard, with a tight left-hand spiral, a hollow root end "
         "and a dentine cross-section: a narwhal tusk (CITES App. II, EU Annex A) without the Canadian export "
         "permit and the EU import permit, flown from Iqaluit via Montreal to Frankfurt for a private collector of "
         "curiosities; German wording (narwhal tusks repeat in many sets, kept as a repeat of the good; a "
         "honeysuckle-twisted walking-stick label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "DE")),
        ("WLF-07", "import", "FRAIR01", "air", "JP", [], "FR", "420221",
         "中古ハンドバッグ ケリー 32 ヴォーエプソン (牛革), 3 点", "JP", 3, 3, 1800000, "JPY",
         "a second-hand Kelly in Epsom calf has an embossed, even grain and costs a few thousand euros; these three "
         "have glossy, squared belly scales with a follicle pore in each, in matched rows, and cost ten times that "
         "at a Tokyo resale auction: saltwater-crocodile (Crocodylus porosus, CITES App. II for ranched, App. I "
         "otherwise) handbags without a CITES re-export certificate, flown from Tokyo to Paris for a vintage "
         "luxury reseller; Japanese wording (crocodile handbags repeat in a few sets and Kelly bags once, as luxury goods "
         "for Russia in blind153; a second-hand Kelly under an Epsom-calf label was found in no earlier wildlife "
         "row by a keyword search)", firm("Orion Vintage SARL", "FR")),
        ("WLF-08", "import", "NLSEA01", "sea", "HK", [], "NL", "940360",
         "樟木仿古書桌 (文人畫案), 複製品, 2 件", "CN", 260, 2, 1600, "USD",
         "new camphor-wood reproductions are pale, light and smell of camphor; these two painting tables are "
         "dense, golden-brown wood with swirling 'ghost-face' figure and a spicy, rosewood scent, with old "
         "mortise-and-tenon joints and wear on the stretchers: huanghuali (Dalbergia odorifera, CITES App. II) "
         "furniture without a CITES re-export certificate, by sea from Hong Kong to Rotterdam for an Amsterdam "
         "dealer in Chinese antiques; traditional Chinese wording (huanghuali repeats once, as new elm furniture "
         "in blind62, kept as a repeat of the good, and camphor wood once, on Putian carvings in blind154; a "
         "camphor-wood scholar's-table label was found in no earlier row by a keyword search)", firm("Horizon Oosterse Kunst BV", "NL")),
        ("WLF-09", "import", "FRSEA01", "sea", "MG", [], "FR", "970529",
         "Ammonites polies, Madagascar, 400 pièces", "MG", 1200, 400, 2400, "EUR",
         "a Mahajanga natural-history dealer's container for a French mineral-fair trader: polished ammonites and "
         "celestite geodes are what such dealers export, but the third item's 'carved jujube-wood boxes' are 300 "
         "heavy, dark red-purple boxes with a rose scent when sanded and a fluorescent sawdust: Malagasy rosewood "
         "(Dalbergia spp., CITES App. II with a zero export quota) without CITES documents, hidden as the last "
         "item of a three-item declaration, by sea from Mahajanga to Marseille; Malagasy French wording (Malagasy "
         "rosewood repeats in many sets; behind ammonites and celestite under a jujube-box label was found in no "
         "earlier row by a keyword search)",
         dict(firm("Orion Minéraux SARL", "FR"),
              _more_items=[item("970529", "Géodes de célestine, Madagascar, 120 pièces", "MG", 900, 1800, "EUR", qty=120),
                           item("442090", "Boîtes sculptées en bois de jujubier, 300 pièces", "MG", 360, 900, "EUR", qty=300)])),
        ("WLF-10", "import", "DEAIR01", "express", "JP", [], "DE", "442090",
         "根付 黄楊木 (つげ) 明治時代, 12 点", "JP", 0.5, 12, 900000, "JPY",
         "boxwood netsuke are pale, dense, yellow wood with fine end grain; these twelve are creamy, "
         "cross-hatched Schreger-line ivory stained with tea to look old, newly carved in a Tokyo workshop, with no "
         "pre-1947 provenance: elephant ivory (CITES App. I) without the certificate the Union requires and "
         "against the Union's near-total ban on commercial ivory imports, sent by express from Tokyo to a private "
         "netsuke collector in Munich; Japanese wording (ivory netsuke repeat in several sets, kept as a repeat of "
         "the good; a boxwood-netsuke label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "US", "AT",
     "284700", "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (paper conservation)", "US", 2.3, 2, 30,
     "USD", [("PRECURSOR_LICENCE", "AT-BMI-57-0118")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "GE", "DE",
     "282990", "Potassium perchlorate 99 %, 1 kg, for a licensed private user (enamelling and pyrotechnic hobby)", "GE",
     1, 1, 40, "EUR", [("PRECURSOR_LICENCE", "DE-BKA-57-0466")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE",
     "370610", "Decomposing cellulose nitrate film (flammable solid, UN 1324), for destruction at a licensed plant, 2 t",
     "CH", 2000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-57-0031")], "notified nitrate-film waste to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE",
     "852849", "Waste CRT monitors (16 02 13*) from a museum's media-art collection, for recycling, 6 t", "NO", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-57-0097")], "notified CRT waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "FRROAD01", "road", "CH", "FR",
     "290376", "Halon 1301 recovered from a freeport vault fire system, 36 cylinders, for destruction", "CH", 3600, 36,
     0, "CHF", [("ODS_LICENCE", "FR-MTE-ODS-57-004")], "recovered halon imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL",
     "290377", "CFC-12 recovered from vintage refrigeration equipment, 40 cylinders, for destruction", "US", 1200, 40, 0,
     "USD", [("ODS_LICENCE", "NL-ILT-ODS-57-011")], "recovered CFC-12 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ITPOST01", "post", "IT", "CH",
     "970400", "Postal-history covers, Kingdom of the Two Sicilies, 1858-1860, 12 pieces, private collection since 1961",
     "IT", 0.3, 12, 14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-57-0208")],
     "philatelic material exported with the Italian certificate of free circulation and the EU licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "QA",
     "970510", "Roman marble portrait head, 2nd century, documented Italian collection since 1938, sold at auction", "IT",
     22, 1, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-57-0311")],
     "antiquity exported with the EU export licence and the Italian permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP",
     "852589", "Cooled MCT mid-wave infrared camera, 1 unit, for a national museum's conservation laboratory", "FR",
     9, 1, 60000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-57-0142"), ("END_USER_CERTIFICATE", "JP-METI-EUC-57-0019")],
     "dual-use cooled infrared camera under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN",
     "293090", "Thiodiglycol, 20 drums, for a textile-dye and ink maker", "BE", 4400, 20, 8800, "EUR",
     [("EXPORT_LICENCE", "BE-VL-57-0077"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-57-0260")],
     "CWC Schedule 2 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "PG", "FR",
     "970529", "Ornithoptera priamus, ranched, papered, 30 specimens, for a natural-history dealer", "PG", 0.5, 30,
     1200, "USD", [("CITES_PERMIT", "PG-CEPA-57-0045")], "App. II ranched birdwings with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "JP", "FR",
     "420221", "Second-hand Kelly handbag, Crocodylus niloticus (ranched), 1 pc", "JP", 1, 1, 3000000, "JPY",
     [("CITES_PERMIT", "JP-METI-CITES-57-0310")], "App. II crocodile handbag with its re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Lena Wagner", "PRM-05": "Rivage Sécurité Incendie SARL",
    "PRM-09": "National Museum Conservation Laboratory", "PRM-11": "Orion Naturalia SARL",
    "PRM-12": "Orion Vintage SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them in the
    # art, antiques and collectors' trade
    ("130120", "Gum arabic solution 14 Baumé for lithographers, 1 l", "import", ["sea"], ["CN", "US"], (4, 8), (1000, 4000), ["USD"], 0.9, S),
    ("151800", "Linseed stand oil for oil painting, 250 ml", "import", ["sea"], ["AR", "IN"], (6, 12), (1000, 4000), ["USD"], 4, S),
    ("391239", "Hydroxypropyl cellulose (Klucel G) powder, 500 g", "import", ["post"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 2, S),
    ("330129", "Spike lavender essential oil, 100 ml", "import", ["post"], ["AL", "MA"], (60, 120), (1, 3), ["EUR"], 10, S),
    ("320720", "Vitreous enamel powders for jewellers, 25 g jars", "import", ["express"], ["GE", "JP"], (80, 160), (1, 2), ["USD"], 40, S),
    ("283699", "Sodium sesquicarbonate, technical, 25 kg sacks", "import", ["sea"], ["US", "TR"], (0.6, 1.2), (5000, 15000), ["USD"], 0.04, S),
    ("390690", "Paraloid B-72 acrylic resin beads, 1 kg", "import", ["express"], ["US", "MX"], (25, 45), (1, 4), ["USD"], 1, S),
    ("251741", "White marble chips for mosaic and terrazzo, 25 kg bags", "import", ["road"], ["TR", "MK"], (0.2, 0.5), (15000, 24000), ["EUR"], 0.04, S),
    ("282120", "Natural ochre pigments, 500 g jars", "import", ["air"], ["IN", "CN"], (5, 10), (100, 500), ["USD"], 2, S),
    ("281700", "Zinc oxide, pigment grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2.5, 4), (5000, 15000), ["USD"], None, S),
    ("340590", "Silver dip for coins and jewellery, 250 ml", "import", ["post"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 3, S),
    ("370610", "Vintage 35 mm feature-film prints, acetate safety film", "import", ["air"], ["US", "IN"], (3, 8), (200, 800), ["USD"], 0.2, S),
    ("852852", "LCD monitors for exhibitions and galleries, new, boxed", "export", ["sea"], ["NG", "GH"], (15, 25), (2000, 6000), ["EUR"], 0.15, S),
    ("691390", "Antique apothecary jars, faience, empty, cleaned", "export", ["sea"], ["US", "MA"], (20, 40), (200, 800), ["EUR"], 0.25, S),
    ("831000", "Enamel advertising signs, reproduction, new", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("950430", "Pinball machines, restored, working", "import", ["sea"], ["US"], (25, 50), (2000, 6000), ["USD"], 0.008, S),
    ("700991", "Antiqued mirror glass, new, silver-backed, unframed", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 9000), ["USD"], None, S),
    ("870830", "Brake shoes for classic cars, new, asbestos-free", "import", ["sea"], ["IN", "CN"], (4, 7), (2000, 6000), ["USD"], 0.5, S),
    ("902820", "Water meters, brass body, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 1.2, S),
    ("440290", "Hardwood charcoal for barbecue, 10 kg bags", "import", ["sea"], ["UA", "NA"], (0.4, 0.8), (15000, 24000), ["USD", "EUR"], 0.1, S),
    ("382499", "Book deacidification spray, MgO in perfluorocarbon, 12 oz", "import", ["air"], ["US"], (40, 80), (100, 400), ["USD"], 3, S),
    ("940179", "Chrome diner stools, 1950s style, new", "import", ["sea"], ["US", "CN"], (8, 14), (2000, 6000), ["USD"], 0.05, S),
    ("841940", "Freeze dryers for taxidermy and food, new, R-290", "import", ["sea"], ["US", "CN"], (15, 25), (1000, 4000), ["USD"], 0.002, S),
    ("340290", "Record-cleaning fluid, isopropanol-water, 500 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, S),
    ("842410", "Antique brass extinguishers, emptied, decorative", "import", ["sea"], ["BR", "US"], (5, 10), (500, 2000), ["USD", "EUR"], 0.12, S),
    ("940529", "Ceramic table lamps, new, Chinese style", "import", ["air"], ["CN", "HK"], (10, 20), (200, 800), ["USD"], 0.2, S),
    ("940360", "Art-fair stand plinths, MDF, painted, new", "import", ["sea"], ["CN", "AE"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("970400", "Used postage stamps on paper (kiloware), mixed", "export", ["post"], ["CH", "US"], (10, 25), (1, 4), ["EUR"], None, S),
    ("970191", "Contemporary paintings by living artists, for exhibition", "import", ["air"], ["NP", "IN"], (100, 300), (20, 100), ["USD"], 0.5, S),
    ("680291", "Marble replicas of Cycladic figurines, museum-shop, certified", "export", ["air"], ["US", "JP"], (60, 120), (50, 200), ["EUR"], 1, S),
    ("680990", "Plaster casts for drawing academies, hollow", "export", ["air"], ["QA", "AE"], (15, 30), (100, 400), ["EUR"], 0.1, S),
    ("392690", "Coin holders, 2x2 cardboard flips, PVC-free", "import", ["post"], ["US", "PK"], (15, 30), (1, 3), ["USD"], 200, S),
    ("830629", "Patinated bronze reproduction vessels, new", "import", ["air"], ["CN", "HK"], (20, 40), (100, 500), ["USD"], 0.2, S),
    ("711719", "Reproduction badges and orders for reenactors", "import", ["road"], ["UA", "MD"], (40, 80), (200, 800), ["EUR"], 20, S),
    ("680300", "Decorative slate and shale wall plates, sawn", "import", ["sea"], ["BR", "IN"], (0.8, 1.5), (10000, 20000), ["USD"], 0.05, S),
    ("711890", "Swiss 20-franc Vreneli gold coins, circulated", "import", ["air"], ["CH"], (60000, 75000), (1, 3), ["CHF"], 160, S),
    ("901310", "Replica rifle scopes for reenactors, non-functional", "export", ["post"], ["US", "GB"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("321590", "Fountain-pen ink, bottled, 50 ml", "export", ["sea"], ["LB", "TR"], (15, 30), (1000, 4000), ["EUR"], 15, S),
    ("680299", "Soapstone brush washers and seals, new, carved", "import", ["air"], ["CN"], (10, 20), (100, 500), ["USD"], 2, S),
    ("392640", "Resin reproductions of Kunstkammer objects, new", "import", ["sea"], ["ID", "CN"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("950590", "Carnival back-pieces, synthetic feathers and sequins, new", "import", ["air"], ["BR"], (30, 60), (50, 200), ["USD"], 0.5, S),
    ("420221", "Second-hand handbags of calf leather, branded", "import", ["air"], ["JP", "US"], (300, 600), (20, 100), ["USD", "JPY"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("560749", "Clothes lines, polypropylene, 20 m", "import", ["sea"], ["CN", "IN"], (1.5, 3), (2000, 6000), ["USD"], 4, N),
        ("392690", "Plastic plant labels, packs of 100", "import", ["sea"], ["CN", "VN"], (2, 4), (1000, 4000), ["USD"], 3, N),
        ("401699", "Rubber door stops, wedges", "import", ["sea"], ["CN", "VN"], (1.5, 3), (1000, 4000), ["USD"], 8, N),
        ("482390", "Gift-wrapping paper rolls, printed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind185", 20570101, HERE)


if __name__ == "__main__":
    main()
