#!/usr/bin/env python3
"""Writes the hundred-and-fifty-sixth blind set (tests/risk/data/blind156-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2052, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on Iberia and its Atlantic links (Spain, Portugal, the Canaries,
Cabo Verde, Brazil, and the Lusophone and Spanish-speaking trade around them).
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
everyday table's two steel rows. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL156-*:

    python3 tests/risk/data/make_blind156_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "BR", [], "PT", "200989",
         "Cajuína artesanal de Teresina (suco de caju clarificado), 6 garrafas de 1 litro", "BR", 6.8, 6, 150, "BRL",
         "cajuína is a clear, amber-gold, caramelised cashew-apple juice of about 1.04 kg/l that smells of cashew and "
         "is sold in glass; these six PET bottles have vented caps and hold a water-clear, scentless liquid of 1.13 "
         "kg/l that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above "
         "12 %), posted from Teresina to a private person in Porto; Brazilian Portuguese wording (hydrogen peroxide "
         "repeats in many sets and juice and water-like drink covers in several, coconut water in blind112 among "
         "them; a cajuína label was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "PTAIR01", "air", "BR", [], "PT", "210390",
         "Tucupi amarelo do Pará, garrafas PET de 1 litro, 600 garrafas", "BR", 840, 600, 900, "USD",
         "tucupi is a cloudy, yellow, sour cassava broth of about 1.02 kg/l with a sharp smell, sold chilled or "
         "frozen because it ferments; these 600 bottles travel warm, weigh 1.40 kg/l, hold a clear pale-yellow "
         "liquid that gives off brown fumes when opened, stains the skin yellow and eats into a copper coin, at 1.50 "
         "USD a bottle, for a Lisbon chain of Brazilian grocery shops that sells to the public: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Belém; Brazilian Portuguese "
         "wording (nitric acid repeats in many sets, as craft cachaça in blind109 and as 'água-forte' in blind28; a "
         "tucupi label was found in no earlier row by a keyword search)", firm("Atlântico Mercearia Brasileira Lda", "PT")),
        ("PRE-03", "import", "ESAIR01", "express", "BR", [], "ES", "130190",
         "Óleo de copaíba 100 % puro, natural da Amazônia, 4 frascos de 1 litro", "BR", 7.4, 4, 320, "BRL",
         "copaiba oil is a thin, golden oleoresin of about 0.95 kg/l that floats on water and smells of balsam and "
         "pepper, sold in 30 ml droppers; these four litre bottles hold a colourless, odourless, oily liquid of 1.84 "
         "kg/l that sinks in water and heats it and chars a wooden spatula: about 96 % sulphuric acid (Annex I above "
         "15 %), sent by express from Manaus to a private person in Madrid, although corrosive liquids travel by "
         "express only as declared dangerous goods; Brazilian Portuguese wording (sulphuric acid repeats in many sets "
         "and oil covers on it in several, vaseline oil, dilo oil and Kalahari melon oil among them; a copaíba label "
         "was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-04", "import", "PTPOST01", "post", "BR", [], "PT", "330491",
         "Pó de arroz solto, tom natural, 12 potes de 150 g", "BR", 2.6, 12, 180, "BRL",
         "loose rice face powder is a fluffy, scented, skin-tinted powder so light that 150 g fills a large jar and "
         "clings to the skin; these twelve pots are packed to the rim with a heavy, gritty, pure-white powder that "
         "has no scent, does not cling, barely dissolves in water and burns fiercely mixed with sugar, and the "
         "inner bags read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from São Paulo to a private "
         "person in Braga; Brazilian Portuguese wording (potassium perchlorate repeats in many sets and white powder "
         "covers in many, polvilho in blind105 among them; a face-powder (pó de arroz) label was found in no earlier "
         "row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-05", "import", "PTSEA01", "sea", "BR", [], "PT", "390690",
         "Hidrogel em bolinhas para plantas (gel de plantio), potes de 1 kg, 12.000 potes", "BR", 12000, 12000, 9600,
         "USD",
         "dry plant hydrogel is hard, glassy, often tinted polyacrylate beads that swell into soft marbles in an hour "
         "of soaking and never dissolve; these tubs hold opaque white 2 mm prills that dissolve and make the water "
         "ice-cold, test at 34 % N and melt and fume on a hot plate, for a Porto garden-centre chain that sells the "
         "tubs to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, "
         "by sea from Santos to Leixões; Brazilian Portuguese wording (ammonium nitrate repeats in many sets under "
         "bead and pearl-like covers, sago and tapioca pearls, EPS beads and rice among them; a plant-hydrogel label "
         "was found in no earlier row by a keyword search)", firm("Vega Jardim e Lazer Lda", "PT")),
        ("PRE-06", "import", "ESAIR01", "express", "BR", [], "ES", "330300",
         "Água de alfazema, deo-colônia tradicional, 6 frascos de 1 litro", "BR", 6.9, 6, 240, "BRL",
         "Brazilian lavender water is a pale, alcoholic cologne of about 0.88 kg/l that smells of lavender and dries "
         "off the skin at once; these six bottles hold a colourless liquid of 1.14 kg/l with a faint sweetish solvent "
         "smell and no lavender, that evaporates slowly, does not mix fully with water and burns with a yellow "
         "flame, and the filler's drum label copied on the invoice annex reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Rio de Janeiro to a private person in Vigo, although flammable liquids travel "
         "by express only as declared dangerous goods; Brazilian Portuguese wording (nitromethane repeats in many "
         "sets and cologne covers in several, a Peruvian Agua de Florida in blind130 among them; a Brazilian "
         "lavender-water label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-07", "import", "ESAIR01", "express", "BR", [], "ES", "330499",
         "Polvilho antisséptico para os pés, mentolado, 10 latas de 100 g", "BR", 1.9, 10, 150, "BRL",
         "medicated foot powder is a soft, talc-based powder that smells strongly of menthol and camphor, slips "
         "between the fingers and weighs little; these ten tins are filled with heavier, glassy, odourless white "
         "crystals with no slip that crackle and spit violet sparks on a hot plate, and the inner bags read 'KClO3': "
         "potassium chlorate (Annex I above 40 %), sent by express from Recife to a private person in Las Palmas de "
         "Gran Canaria; Brazilian Portuguese wording (potassium chlorate repeats in many sets and talc and powder "
         "covers in several; a Brazilian antiseptic foot-powder label to the Canaries was found in no earlier row by "
         "a keyword search)", person("Sra. C. Hernández Santana", "ES")),
        ("PRE-08", "import", "ESSEA01", "sea", "BR", [], "ES", "250100",
         "Sal marinho de Mossoró, moído, pacotes de 1 kg, 18.000 pacotes", "BR", 18000, 18000, 5400, "USD",
         "Mossoró sea salt is greyish, slightly damp and tastes of the sea; these packs hold dry, glassy, colourless "
         "crystals that do not taste salty, draw damp in the open carton and crackle and flare yellow on a gas ring, "
         "and the packer's sheet in the container gives CAS 7775-09-9, for a Madrid chain of Latin-American grocery "
         "shops that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, by sea from Natal to Valencia; Brazilian Portuguese wording (sodium chlorate repeats in many sets "
         "under salt labels, flor de sal from Pedra de Lume in blind120 among them; kept as a repeat of that family, "
         "a Mossoró salt label from Rio Grande do Norte is the new part as far as a search found)",
         firm("Horizon Alimentación Latina SL", "ES")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "291429",
         "Cânfora em tabletes, uso doméstico e religioso, 40 caixas de 100 g", "BR", 4.6, 40, 200, "BRL",
         "camphor tablets are waxy, translucent white squares that smell strongly, float on water and slowly vanish "
         "in the air; these 40 boxes hold pressed white tablets with no smell at all that sink, dissolve at once, "
         "draw damp overnight and burn fiercely mixed with sugar, and the pressing lot reads 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), sent by express from Salvador to a private person in Setúbal; Brazilian "
         "Portuguese wording (sodium perchlorate repeats in many sets; camphor appears once, in a Puerto Rican "
         "alcoholado with camphor (blind144), and camphor tablets were found in no earlier row by a keyword search)",
         person("Sra. M. Fonseca", "PT")),
        ("PRE-10", "import", "PTAIR01", "air", "BR", [], "PT", "330590",
         "Kits de escova progressiva profissional (2 x 1 litro), 300 kits", "BR", 660, 300, 4500, "USD",
         "a beauty-supply air shipment for a Lisbon shop that sells to hairdressers and to the public: progressive "
         "brush kits and hydration masks are what Brazilian salon brands export, but the third item's 'água "
         "oxigenada cremosa 20 volumes' is no 6 % cream: the 600 bottles hold a water-thin liquid of 1.20 kg/l that "
         "vents through the caps and whitens the skin at once, assaying near 50 %: hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public, hidden as the last item of a three-item declaration, flown "
         "from São Paulo; Brazilian Portuguese wording (hydrogen peroxide under developer labels repeats, 40 volumes "
         "in blind86 and blind103, and peroxide as one item of a salon declaration in blind13; kept as a repeat of "
         "the family, a 20-volume label behind progressive-brush kits is the new part as far as a search found)",
         dict(firm("Orion Beleza Profissional Lda", "PT"),
              _more_items=[item("330590", "Máscaras de hidratação capilar, potes de 1 kg, 400 potes", "BR", 400, 1600, "USD", qty=400),
                           item("330590", "Água oxigenada cremosa 20 volumes, frascos de 900 ml, 600 frascos", "BR", 648, 540, "USD", qty=600)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "260111",
         "Finos de mineral de hierro (sinter feed), 58 % Fe, a granel, 3.000 t", "ES", 3000000, None, 45000, "EUR",
         "sinter feed is a dark-grey, heavy, gritty iron ore that nobody mines in Huelva today; this coaster holds a "
         "purple-red, soft, rouge-like powder that smells of sulphur when wet, stains the hands and assays 48 % Fe "
         "with 0.3 % arsenic, 1 % lead and 2 % zinc, dug from the legacy cinder heaps of a Huelva plant that roasted "
         "Riotinto pyrite for sulphuric acid: pyrite cinders, an arsenic- and lead-bearing roasting residue and a "
         "hazardous waste whose export to a non-OECD country is banned, from Huelva to Jorf Lasfar for a 'cement "
         "iron corrector' buyer at 15 EUR/t; Spanish wording (pyrite cinders and a sinter-feed label were found in "
         "no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "DZ", "250840",
         "Arcilla atomizada para gres porcelánico, big bags, 24 t", "ES", 24000, None, 1900, "EUR",
         "spray-dried tile body is a dry, free-flowing, beige-to-red granulate of 5-6 % moisture that pours like "
         "sand; these bags hold a wet, sticky cake in streaks of every glaze colour with 30 % water that reads lead, "
         "zinc, boron and barium, pressed from the glazing-line effluent of a Castellón tile plant: glazing waste "
         "containing heavy metals (10 12 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "Castellón to Oran for a 'tile maker'; Spanish wording (ceramic-industry sludge and a spray-dried-clay "
         "label were found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "BR", "401212",
         "Pneus remoldados para camião, 295/80 R22.5, 360 unidades", "PT", 21600, 360, 14400, "EUR",
         "remoulded truck tyres carry new rubber bead to bead, the remoulder's mark and an ECE 109 approval, and "
         "Brazil admits none made from foreign casings; these 360 are bald, mismatched casings with cuts, plugs, "
         "exposed cords and mud in the beads, baled from Portuguese tyre-collection points, at 40 EUR apiece: waste "
         "tyres, whose import Brazil forbids (the ban the WTO upheld in the retreaded-tyres case), so that their "
         "export is banned, from Leixões to Santos for a São Paulo 'recapadora'; European Portuguese wording (waste "
         "tyres under retreading labels repeat in several sets, blind9, blind13, blind17 and blind24 among them; a "
         "remoulded-tyre label to Brazil is the new part as far as a search found)", {"importer_country": "BR"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "850300",
         "Palas de aerogenerador usadas, revisadas, para reinstalación, 18 unidades", "ES", 126000, 18, 27000, "EUR",
         "blades sold for re-installation travel whole, 40 m long, on special trailers with inspection reports and "
         "a matching hub type; these are glass-fibre shells sawn into 8-12 m sections, with delaminated leading "
         "edges, lightning damage and balsa core spilling out, from a Galician wind farm being repowered: end-of-life "
         "composite blades, a waste on no green list whose export to a non-OECD country needs notification and "
         "consent, shipped as goods from Ferrol to Tanger Med for a 'wind-farm operator' that has no turbines of that "
         "type; Spanish wording (sawn wind-turbine blades repeat in several sets under sheet and profile labels, blind16, blind34, blind53 and blind54 among them; kept as a repeat of the good, a re-installation label on blade sections from Spain to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MR", "940549",
         "Farolas de alumbrado público usadas, funcionando, 120 unidades", "ES", 2400, 120, 3600, "EUR",
         "a used-goods container from Las Palmas for Nouakchott: street lights and aluminium poles are what Canary "
         "municipalities sell off when they switch to LED, but the third item's 'lámparas de repuesto' are 2,400 "
         "spent high-pressure mercury-vapour and sodium lamps, blackened and some broken in the boxes, reading "
         "mercury on a vapour meter: spent discharge lamps (20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration; Canarian Spanish wording (lamp "
         "waste repeats in several sets; street-lamp bulbs from the Canaries to Mauritania are the new part as far "
         "as a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("761090", "Báculos de aluminio para farolas, usados, 120 unidades", "ES", 3600, 2400, "EUR", qty=120),
                           item("853932", "Lámparas de repuesto para farolas, 2.400 unidades", "ES", 720, 480, "EUR", qty=2400)])),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "CV", "262190",
         "Cinzas volantes para betão (EN 450-1), big bags, 200 t", "PT", 200000, None, 2000, "EUR",
         "EN 450 fly ash is a fine, grey, glassy, pozzolanic coal ash from power stations with a CE certificate; "
         "Portugal burns no coal since 2021, and these bags hold a light-grey to white, salty, lumpy powder with lime "
         "clumps that reads 15 % chloride with lead and zinc, from the flue-gas cleaning of a Lisbon-area household "
         "waste incinerator: fly ash and air-pollution-control residues (19 01 13*, 19 01 07*), hazardous waste whose "
         "export to a non-OECD country is banned, from Lisbon to Praia for a 'concrete-block maker'; European "
         "Portuguese wording (incinerator fly ash under coal-fly-ash and EN 450 labels repeats in several sets, blind4, "
         "blind36, blind70 and blind81 among them; kept as a repeat, a shipment to Cabo Verde is the new part as far as a "
         "search found)", {"importer_country": "CV"}),
        ("WST-07", "transit", "ESROAD01", "road", "GI", ["ES"], "MA", "271019",
         "Marine fuel oil IFO 380, road tanker, 24 t", "GI", 24000, None, 4800, "EUR",
         "IFO 380 is a uniform, black, heavy bunker fuel that comes with a bunker delivery note; this road tanker "
         "holds a layered mix of water, emulsified oil and sediment, 30 % water, smelling of bilges, pumped out of "
         "ships' sludge tanks at the Gibraltar MARPOL reception: oily ship waste (13 04 03*, 16 07 08*), declared in "
         "transit through La Línea and Algeciras to Tanger Med for a 'fuel blender' without the notification and "
         "the transit consent the shipment needs, to a country where its export is banned; English wording from "
         "Gibraltar (bilge sludge repeats in several sets, as used cooking oil in blind112, and IFO 380 labels in "
         "blind143 and blind144; Gibraltar as a departure, and a transit through Spain by road, were found in no earlier "
         "row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-08", "import", "PTSEA01", "sea", "CV", [], "PT", "780200",
         "Sucata de chumbo (chapas e pesos), 20 t", "CV", 20000, None, 16000, "EUR",
         "lead scrap is sheet, pipe and weights of soft grey metal that a magnet ignores; this container from "
         "Mindelo holds whole car and truck batteries, cases cracked, some still wet with acid and others drained "
         "on the quay, collected from São Vicente and Santo Antão garages: spent lead-acid batteries (16 06 01*), "
         "hazardous waste imported from a non-OECD country without the notification and consent it needs, for a "
         "Setúbal 'metal trader'; Cabo Verdean Portuguese wording (lead-acid batteries repeat in many sets and lead "
         "scrap labels in several, blind144's 'Rains' among them; kept as a repeat of the family, an import from "
         "Cabo Verde is the new part as far as a search found)", firm("Central Metais Lda", "PT")),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "BR", "520812",
         "Tecido de algodão com defeito de tecelagem, em fardos, 22 t", "PT", 22000, None, 6600, "EUR",
         "weaving seconds are new, folded cotton pieces with slubs or misprints; these bales hold used hospital "
         "sheets, gowns and surgical drapes with laundry marks of Portuguese hospitals, blood and iodine stains, a "
         "drain tube and a needle among them: soiled hospital textiles, infectious clinical waste (18 01 03*) whose "
         "export to a non-OECD country is banned, from Leixões to Suape for a Pernambuco 'fabric recycler', as in "
         "the 2011 Pernambuco case; European Portuguese wording (hospital linen repeats in blind8 and blind69; kept "
         "as a repeat, to Brazil under a defective-fabric label is the new part as far as a search found)",
         {"importer_country": "BR"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "PK", "720449",
         "Briquetas de viruta de acero, chatarra HMS, 24 t", "ES", 24000, None, 6000, "EUR",
         "steel-turnings briquettes are dry, bright, compressed pucks that ring when dropped; these are soft, black, "
         "oily cakes that smear the gloves, weep cutting emulsion in the bags and crumble to a grey paste of fine "
         "grinding dust, abrasive grit and mineral oil, from Basque bearing and gear grinding shops: oily metal "
         "sludge (12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Bilbao to Karachi "
         "for a 'steel melter'; Spanish wording (grinding sludge repeats in a few sets and a steel-briquette label in blind97, on "
         "oil filters to Morocco; kept as a repeat of the label, Basque grinding sludge to Pakistan is the new part as far "
         "as a search found)", {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "BR", [], "PT", "281121",
         "Cilindros de CO2 para chope (gás carbônico alimentar), 25 kg, 160 cilindros", "BR", 3200, 160, 3200, "USD",
         "beer-gas CO2 comes in tall, heavy-walled cylinders at about 57 bar with a dip-tube valve; these 160 are "
         "short, light, grey-over-green refrigerant cylinders that read 9 bar at 20 °C, have refrigerant-manifold "
         "valve threads and 20 kg of liquid each: chlorodifluoromethane (HCFC-22), whose import into the Union is "
         "banned, by sea from Santos to Leixões for a Porto air-conditioning workshop; Brazilian Portuguese wording "
         "(HCFC-22 repeats in many sets under other gas labels; a draught-beer CO2 label was found in no earlier row "
         "by a keyword search)", firm("Central Frio e Clima Lda", "PT")),
        ("OZN-02", "import", "PTSEA01", "sea", "BR", [], "PT", "851679",
         "Bebedouros de garrafão, naturais (sem refrigeração), 400 unidades", "BR", 6000, 400, 16000, "USD",
         "natural bottle-water dispensers are plastic stands with a tap and no compressor; these 400 weigh twice "
         "that, have a compressor, condenser grid and a rating plate reading 'R-134a 45 g', and chill water to 6 °C "
         "once plugged in: water coolers pre-charged with HFC-134a (GWP 1,430), placed on the market without the "
         "quota authorisation and declaration pre-charged equipment needs and against the ban on plug-in commercial "
         "refrigeration with HFCs of GWP 150 or more, by sea from Santos to Lisbon for an office-water distributor; "
         "Brazilian Portuguese wording (plug-in HFC appliances repeat in several sets under no-gas labels, "
         "evaporative coolers among them; a bottle-water-dispenser label was found in no earlier row by a keyword "
         "search)", firm("Atlântico Águas de Escritório Lda", "PT")),
        ("OZN-03", "import", "PTSEA01", "sea", "BR", [], "PT", "870323",
         "Chevrolet Opala Diplomata 4.1, 1988, ar-condicionado convertido para R-134a, veículo de coleção, 1 unidade",
         "BR", 1480, 1, 18000, "BRL",
         "a converted air conditioner has R-134a service ports and a new label; this 1988 Opala keeps its original "
         "compressor with R-12 flare fittings and the factory 'FREON 12' sticker under the bonnet, and its circuit "
         "holds 1.2 kg under pressure that a leak detector reads as dichlorodifluoromethane: a product containing "
         "CFC-12, whose import into the Union is banned, by sea from Santos to Leixões for a private collector in "
         "Aveiro; Brazilian Portuguese wording (a conversion claim on a classic car repeats blind150's Mercedes W123, "
         "an export; kept as a repeat of the family, a Brazilian classic car into Portugal is the new part as far as "
         "a search found)", person("João Pereira", "PT")),
        ("OZN-04", "import", "ESROAD01", "road", "AD", [], "ES", "340290",
         "Escuma netejadora per a aire condicionat de cotxe, 500 ml, 480 esprais", "AD", 290, 480, 2880, "EUR",
         "air-conditioning cleaning foam is a light can that hisses a little propellant and foams from a long "
         "nozzle; these 480 cans are heavier, carry self-sealing valves instead of foam nozzles, read 6 bar, come "
         "with quick-coupler hoses and gauges in the same boxes and hold 500 g of liquid each: do-it-yourself car "
         "recharge cans of HFC-134a, F-gas in non-refillable containers whose placing on the Union market is banned "
         "and which only certified persons may buy, in a van from Andorra at La Farga de Moles for a Lleida car-parts "
         "shop; Catalan wording from Andorra (HFC-134a cans repeat in several sets and Andorra appears in three "
         "earlier rows, on precursors; an air-conditioning cleaning-foam label, and an ozone row from Andorra, were "
         "found in no earlier row by a keyword search)", firm("Delta Recanvis Pirineu SL", "ES")),
        ("OZN-05", "transit", "ESSEA01", "sea", "CN", ["ES"], "MR", "290345",
         "制冷剂 R-134a, 13.6 公斤钢瓶, 300 瓶, 努瓦迪布船队备件", "CN", 4080, 300, 7500, "USD",
         "R-134a cylinders read about 5 bar at 20 °C and carry light-blue paint; these 300 read 9 bar, are painted "
         "light blue over green and the cylinder collars are stamped 'R22' under the stickers: chlorodifluoromethane "
         "(HCFC-22) for the Chinese fishing fleet at Nouadhibou, landed at Las Palmas in transit from Qingdao to "
         "Mauritania without the licence transits of ozone-depleting substances need; Chinese wording (HCFC-22 under "
         "an HFC label repeats in many sets; a transit through Las Palmas for a fishing fleet off Mauritania is the "
         "new part as far as a search found)", {"importer_country": "MR"}),
        ("OZN-06", "export", "PTSEA01", "sea", "PT", [], "ST", "841510",
         "Aparelhos de ar condicionado split Inverter, R-32, 12.000 BTU, novos, 80 unidades", "PT", 3200, 80, 12000,
         "EUR",
         "new R-32 inverters come boxed with the maker's energy label; these 80 are unboxed, yellowed, dusty units "
         "with 2004-2008 rating plates reading 'R-22, 1.1 kg', still charged, taken out of a Lisbon hotel being "
         "refitted: equipment relying on HCFC-22, whose export from the Union is banned, from Lisbon to São Tomé for "
         "a hotel contractor; European Portuguese wording (R-22 equipment for export repeats in many sets; as new R-32 "
         "inverters to São Tomé and Príncipe is the new part as far as a search found)", {"importer_country": "ST"}),
        ("OZN-07", "export", "PTSEA01", "sea", "PT", [], "CV", "940360",
         "Móveis usados de casa, madeira, 40 peças", "PT", 1600, 40, 800, "EUR",
         "an emigrants' container for Mindelo: used furniture and clothing are what Cabo Verdean families in Lisbon "
         "send home, but the third item's 'frigoríficos e arcas usados' are 60 appliances of the 1980s and 1990s "
         "whose compressor plates read 'R-12' and whose cabinet foam was blown with CFC-11: equipment containing "
         "chlorofluorocarbons, whose export from the Union is banned, hidden as the last item of a three-item "
         "declaration; European Portuguese wording (CFC fridges repeat in several sets; behind an emigrants' "
         "container to Cabo Verde is the new part as far as a search found)",
         dict({"importer_country": "CV"},
              _more_items=[item("630900", "Roupa usada, fardos, 2 t", "PT", 2000, 600, "EUR"),
                           item("841821", "Frigoríficos e arcas usados, a funcionar, 60 unidades", "PT", 3600, 1800, "EUR", qty=60)])),
        ("OZN-08", "export", "ESROAD01", "road", "ES", [], "MA", "382764",
         "Refrigerante R-407C regenerado, botellas de 13,6 kg, 90 botellas", "ES", 1220, 90, 4950, "EUR",
         "reclaimed R-407C is a zeotropic HFC blend that reads about 8.5 bar at 20 °C and carries a reclaimer's "
         "analysis; these 90 cylinders read 9 bar, the liquid boils off at one steady temperature and the "
         "reclaimer's own sheet, left in a box, says 'R-22 recuperado': HCFC-22, whose export from the Union is "
         "banned except for destruction, in a lorry at Algeciras for the Tanger Med ferry, for a Casablanca "
         "refrigeration wholesaler; Spanish wording (HCFC-22 under HFC labels repeats in many sets and reclaimed-R-407C labels in "
         "blind68, blind99 and blind149; kept as a repeat of the label, from Spain to Morocco by road is the new part as "
         "far as a search found)", {"importer_country": "MA"}),
        ("OZN-09", "import", "ESROAD01", "road", "MA", [], "ES", "731100",
         "Bouteilles de gaz butane vides, pour requalification, 400 bouteilles", "MA", 10000, 400, 2000, "EUR",
         "an empty 12.5 kg butane cylinder weighs about 13 kg and rings hollow; these 400 weigh 25 kg each, slosh, "
         "read 16 bar at 20 °C instead of the 2 bar of butane and the valve has been replaced with a refrigerant "
         "service valve: R-410A (HFC-32 and HFC-125) refilled into LPG cylinders, HFCs placed on the Union market "
         "outside the quota system and in cylinders never approved for them, in a lorry from Tangier to Algeciras "
         "for an Almería installer; French wording from Morocco (HFC smuggling in other cylinders repeats in many "
         "sets; butane cylinders from Morocco were found in no earlier row by a keyword search)",
         firm("Vega Climatización Almería SL", "ES")),
        ("OZN-10", "import", "PTSEA01", "sea", "BR", [], "PT", "890333",
         "Iate a motor usado, 62 pés, construído em 1990, sistema de extinção FM-200 na casa de máquinas, 1 unidade",
         "BR", 28000, 1, 420000, "BRL",
         "an FM-200 engine-room system uses HFC-227ea cylinders with a maker's label from after 2000; this 1990 "
         "Brazilian-built yacht's two engine-room cylinders carry their original red 'HALON 1301' labels under the "
         "newer stickers, 1986 test stamps and 42 bar: bromotrifluoromethane, in equipment whose import into the "
         "Union is banned, by sea from Itajaí to Funchal for a Madeira charter firm; Brazilian Portuguese wording "
         "(halon 1301 repeats in many sets and yacht fire systems in several; a Brazilian yacht into Madeira was "
         "found in no earlier row by a keyword search)", firm("Atlântico Charters Madeira Lda", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "PTPOST01", "post", "BR", [], "PT", "681599",
         "Amuletos de pedra-sabão em forma de sapo (muiraquitã), artesanato de Santarém, 5 peças", "BR", 0.4, 5, 60,
         "BRL",
         "new muiraquitã souvenirs are carved in soft grey-green soapstone that a fingernail scratches, with crisp "
         "machine-cut lines; these five are hard green jade-like stone that a steel blade does not mark, bored with "
         "worn, biconical drill holes, polished by handling and with red soil in the holes: pre-Columbian Tapajó "
         "muiraquitã amulets (about AD 1000-1600), archaeological objects whose export Brazil forbids (Law "
         "3.924/1961), brought in without the import licence Regulation 2019/880 requires for archaeological "
         "objects over 250 years old, posted from Santarém to a private buyer in Lisbon; Brazilian Portuguese wording "
         "(muiraquitãs were found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("CUL-02", "import", "ESAIR01", "air", "BR", [], "ES", "442019",
         "Imagens de madeira entalhada, arte missioneira, novas, 3 peças", "BR", 24, 3, 450, "USD",
         "new mission-style carvings are pale cedar with sharp gouge marks and a fresh stain; these three are dense, "
         "worm-eaten figures of saints with Guaraní features, layered polychromy over gesso, old iron pins and "
         "museum inventory numbers scraped off the bases: Guaraní-Jesuit statues of the 17th-18th century from the "
         "Sete Povos das Missões in Rio Grande do Sul, whose export Brazil forbids, brought in against Regulation "
         "2019/880, flown from Porto Alegre to Madrid for a dealer; Brazilian Portuguese wording (mission-style "
         "carvings repeat from Paraguay, blind114 and blind119, and Chiquitano carvings from Bolivia in blind81; "
         "kept as a repeat of the family, the Brazilian Missões and the route to Madrid are the new part as far as "
         "a search found)", firm("Meridian Arte Antiguo SL", "ES")),
        ("CUL-03", "import", "PTAIR01", "air", "BR", [], "PT", "491191",
         "Reproduções de gravuras de Debret (Viagem Pitoresca), impressão offset, 12 folhas", "BR", 1.2, 12, 60, "USD",
         "offset reproductions are bright, flat prints on modern paper with a dot screen under a lens; these twelve "
         "are hand-coloured lithographs on rag paper with plate marks, foxing and no dot screen, trimmed where a "
         "library stamp stood: plates of Debret's 'Voyage pittoresque et historique au Brésil' (1834-1839) taken from "
         "a Brazilian public collection, works of art of the imperial period whose export Brazil forbids and goods "
         "over 200 years old brought in against Regulation 2019/880, flown from Rio de Janeiro to Lisbon for a print "
         "dealer; Brazilian Portuguese wording (Debret prints were found in no earlier row by a keyword search)",
         firm("Central Gravura Lda", "PT")),
        ("CUL-04", "import", "PTPOST01", "post", "CV", [], "PT", "630790",
         "Panu di terra, tesidu na tiar, novu, 2 pesa", "CV", 1.1, 2, 80, "EUR",
         "new panu di terra are crisp, evenly woven cotton strip cloths in bright indigo and white; these two are "
         "soft, hand-spun, patched panu di obra with faded indigo, a 19th-century weave pattern, moth holes and an "
         "inked accession number on the hem: old ceremonial cloths taken from a Cabo Verdean ethnographic collection, "
         "whose export Cabo Verde forbids, brought in against Regulation 2019/880, posted from Praia to a private "
         "buyer in Amadora; Cabo Verdean Creole wording (panu cloths were found in no earlier row by a keyword "
         "search)", person("Sr. A. Tavares", "PT")),
        ("CUL-05", "export", "PTAIR01", "air", "PT", [], "GB", "490199",
         "Livro antigo, fac-símile, encadernação em pergaminho, 1 volume", "PT", 3.5, 1, 120, "EUR",
         "a facsimile is printed on modern paper with a publisher's colophon; this volume is on vellum, hand-written "
         "in Gothic script with an illuminated title page bearing the arms of King Manuel I and the armillary sphere, "
         "dated 1514, with a municipal archive's shelf mark: a Manueline foral (town charter), a manuscript that is "
         "part of the Portuguese heritage, exported without the licence Regulation 116/2009 requires for any "
         "manuscript over 50 years old and against the Portuguese export ban, flown from Lisbon to London for an "
         "auction house; European Portuguese wording (forais were found in no earlier row by a keyword search)",
         {"importer_country": "GB"}),
        ("CUL-06", "export", "ESAIR01", "air", "ES", [], "US", "491191",
         "Láminas de reproducción de grabados de Goya, sin enmarcar, 80 unidades", "ES", 4, 80, 400, "EUR",
         "modern Goya reproductions are offset or giclée prints on bright paper; these 80 are etchings and aquatints "
         "with plate marks, burr and the sepia ink of the first edition on laid paper, numbered 1 to 80: a complete "
         "first-edition set of 'Los Caprichos' (1799), works of art over 100 years old that need a Spanish export "
         "permit and, above the value threshold, the licence of Regulation 116/2009, flown from Madrid to New York "
         "for a dealer; Spanish wording (Goya prints were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "GB", "691390",
         "Cerámica canaria tradicional de La Atalaya, hecha a mano, 1 gánigo", "ES", 2.2, 1, 45, "EUR",
         "La Atalaya potters still shape gánigos by hand without a wheel and fire them new, red and clean; this one "
         "is a black-burnished, soot-crusted bowl with incised geometric decoration, a cave-floor deposit inside and "
         "a radiocarbon-datable residue, from a looted aboriginal burial cave on Gran Canaria: a pre-Hispanic "
         "Canarian vessel, archaeological heritage whose export needs a Spanish permit and the licence Regulation "
         "116/2009 requires at any value, posted from Las Palmas to a private collector in Bristol; Canarian Spanish "
         "wording (Canarian pintaderas under a replica label repeat blind57; a gánigo under a La Atalaya label was "
         "found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-08", "import", "PTSEA01", "sea", "BR", [], "PT", "690722",
         "Azulejos de reprodução pintados à mão, padrão português, 1 palete", "BR", 600, 1400, 700, "USD",
         "hand-painted reproductions are bright, even, machine-pressed tiles with modern glaze; these 1,400 are "
         "19th-century Porto- and Lisbon-made relief and stencilled tiles with crazed glaze, old lime mortar on the "
         "backs and façade weathering, prised off listed houses in the historic centre of São Luís do Maranhão: "
         "cultural heritage taken from a UNESCO World Heritage site whose export Brazil forbids, brought into "
         "Portugal against Regulation 2019/880 for a Lisbon reclamation dealer; Brazilian Portuguese wording "
         "(azulejos repeat in many sets, nearly all from Portugal to Brazil; kept as a repeat, tiles from São Luís "
         "back to Portugal are the new part as far as a search found)", firm("Horizon Antiguidades Lda", "PT")),
        ("CUL-09", "import", "PTSEA01", "sea", "BR", [], "PT", "560890",
         "Redes de dormir de algodão, artesanato do Ceará, 300 unidades", "BR", 900, 300, 4500, "USD",
         "a Pernambuco and Ceará craft container for a Lisbon shop: hammocks and Alto do Moura clay figures are what "
         "north-eastern craft exporters ship, but the third item's 'potes de barro decorativos' are six corrugated "
         "and painted urns with soil inside, one still holding bone fragments: Tupiguarani funerary urns, "
         "archaeological objects whose export Brazil forbids, brought in without the import licence Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration, by sea from Recife to Lisbon; "
         "Brazilian Portuguese wording (Tupiguarani urns and Caruaru figures were found in no earlier row by a "
         "keyword search)",
         dict(firm("Rivage Artesanato do Brasil Lda", "PT"),
              _more_items=[item("691390", "Bonecos de barro do Alto do Moura (Caruaru), 200 peças", "BR", 180, 1400, "USD", qty=200),
                           item("691390", "Potes de barro decorativos, 6 peças", "BR", 48, 90, "USD", qty=6)])),
        ("CUL-10", "export", "ESSEA01", "sea", "ES", [], "GB", "800200",
         "Chatarra de estaño-plomo, tubos usados, 300 kg", "ES", 300, None, 2100, "EUR",
         "tin-lead scrap is crushed, dirty offcuts sold by weight; these are 140 whole, cone-ended pipes of polished "
         "tin alloy with mouths, tuning slides and stencilled note names, the horizontal 'trompetería' of an "
         "18th-century Castilian church organ taken down without authorisation: part of a listed baroque organ, "
         "Spanish historical heritage exported without the Spanish permit and the licence of Regulation 116/2009, by "
         "sea from Bilbao to Portsmouth for an organ 'restorer'; Spanish wording (organ pipes as tin scrap repeat "
         "blind77 and blind91, Saxon organs to Switzerland, and dev21-a; kept as a repeat of the good, a Castilian "
         "trompetería to Britain is the new part as far as a search found)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "ESAIR01", "air", "ES", [], "KZ", "691310",
         "Figures decoratives de porcellana, 120 unitats", "ES", 240, 120, 2400, "EUR",
         "decorative porcelain figures at 20 EUR are moulded, glossy souvenirs; these 120 are signed, numbered "
         "Valencian porcelain sculptures in their makers' boxes with certificates, listed at 600 to 4,000 EUR each, "
         "for an Almaty 'gift shop' whose consignments go on by road to Moscow: luxury goods over 300 EUR a piece, "
         "whose sale for use in Russia Regulation 833/2014 forbids, flown from Valencia; Valencian (Catalan) wording "
         "(luxury goods to Russia through Kazakhstan repeat in several sets, porcelain dinnerware behind Czech "
         "chandeliers in blind128 among them; signed Valencian porcelain sculptures were found in no earlier row by "
         "a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "PTAIR01", "air", "PT", [], "CN", "220421",
         "Vinho tinto de mesa do Douro, 600 garrafas", "PT", 900, 600, 3000, "EUR",
         "Douro table wine at 5 EUR a bottle is 13 % red in plain bottles; these 600 are vintage Ports of 1977, 1985 "
         "and 1994 in wax-sealed, stencilled bottles with their shippers' cases, at 200-600 EUR each, for a Dandong "
         "trading company that supplies Pyongyang hotels: wines and spirits that Regulation 2017/1509 forbids "
         "selling to North Korea as luxury goods, flown from Porto; European Portuguese wording (luxury drink to "
         "North Korea through Dandong repeats in several sets, cognac, brandy and whiskey among them; vintage Port "
         "under a table-wine label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-03", "import", "PTSEA01", "sea", "BR", [], "PT", "271019",
         "Óleo diesel S10 (EN 590), origem Brasil, refinaria de Paulínia, 30.000 t", "BR", 30000000, None, 21000000,
         "USD",
         "Brazilian diesel is a net import in Brazil and Paulínia sells inland, not to Europe; this cargo was loaded "
         "by ship-to-ship transfer off São Sebastião from a tanker that had sailed from Primorsk, its sulphur and "
         "cold-filter signature matches Russian summer diesel and the certificate of origin was issued after the "
         "transfer: Russian petroleum products, whose import into the Union Regulation 833/2014 forbids, by sea to "
         "Sines for a fuel distributor; Brazilian Portuguese wording (Russian oil products under other origins repeat "
         "in several sets, Indian and Nigerian diesel among them; a Brazilian origin was found in no earlier row by "
         "a keyword search)", firm("Nordhafen Energia Lda", "PT")),
        ("STR-04", "import", "BEAIR01", "air", "AO", [], "BE", "710210",
         "Diamantes brutos, não seleccionados, origem Angola (Lunda Norte), 2.100 ct, certificado Kimberley AO", "AO",
         0.42, None, 630000, "USD",
         "Lunda Norte stones are alluvial: rounded, frosted and worn; this parcel holds sharp octahedra and "
         "macles with fresh kimberlitic surfaces, sorted and bagged in the house style of a Yakutian producer, and "
         "the Angolan Kimberley certificate was issued for a parcel of another weight: Russian rough diamonds, whose "
         "import into the Union Regulation 833/2014 forbids, directly or through third countries, flown from Luanda "
         "to Antwerp; Angolan Portuguese wording (rough diamonds under other Kimberley certificates repeat in several "
         "sets, Emirati, Guyanese and Canadian among them; an Angolan origin was found in no earlier row by a keyword "
         "search)", firm("Orion Diamonds BV", "BE")),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "TR", "850980",
         "Harategietarako labana-zorrozgailu profesionalak, 4 unitate", "ES", 28000, 4, 12000, "EUR",
         "butchers' knife sharpeners are bench machines of 20-60 kg with a wet wheel; these four weigh 7 t each, "
         "have cast beds, CNC controls, a wheel-dressing unit and a measuring head, and the maker's list puts them at "
         "400,000 EUR: CNC cylindrical grinding machines (8460), on the common high-priority list whose sale for use "
         "in Russia Regulation 833/2014 forbids, for an Istanbul 'food equipment' trader whose forwarder's orders "
         "name a Moscow gear works, by sea from Bilbao to Ambarli; Basque wording (machine tools under light-"
         "equipment labels repeat in many sets; a knife-sharpener label in Basque was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "BZ", "560811",
         "Suministro a buque pesquero: redes de arrastre de poliamida, 12 piezas", "ES", 4800, 12, 36000, "EUR",
         "ship stores at Las Palmas for a Belize-flagged trawler whose owner is a Murmansk fishing company: trawl "
         "nets and canned food are what West-African fleets take on, but the third item's 'repuestos para variador "
         "de frecuencia' are 40 IGBT power modules with no drive boards among them, of the type used in motor drives "
         "and military power supplies: semiconductor devices (8541 29), on the common high-priority list whose sale "
         "for use in Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; "
         "Canarian Spanish wording (IGBT modules hidden as spare parts repeat in several sets, blind76, "
         "blind118, blind125 and blind131 among them; kept as a repeat of the good, a trawler supply at Las Palmas for a "
         "Murmansk owner is the new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("160414", "Víveres: conservas de atún y aceite, 4 t", "ES", 4000, 14000, "EUR"),
                           item("854129", "Repuestos para variador de frecuencia, 40 piezas", "ES", 32, 1600, "EUR", qty=40)])),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "AZ", "010129",
         "Caballos de silla, castrados, para club hípico, 6 ejemplares", "ES", 3300, 6, 18000, "EUR",
         "riding geldings for a club are mixed-breed horses at a few thousand euros; these six are entire stallions "
         "and mares with ANCCE studbook passports, microchips and pedigree papers of Pura Raza Española lines, "
         "bought at auction for over 60,000 EUR each, flown from Seville to Baku for a stud whose owner breeds near "
         "Moscow: pure-bred breeding horses, luxury goods whose sale for use in Russia Regulation 833/2014 forbids; "
         "Spanish wording (horses were found in no earlier strategic row by a keyword search)",
         {"importer_country": "AZ"}),
        ("STR-08", "export", "PTAIR01", "air", "PT", [], "BR", "903180",
         "Sensores de inclinação para máquinas agrícolas, 12 unidades", "PT", 30, 12, 3600, "EUR",
         "tilt sensors for farm machinery are small MEMS boxes at a few hundred euros; these twelve are sealed "
         "navigation-grade inertial units with three fibre-optic gyroscopes, 2.5 kg each, with the maker's "
         "accuracy sheet, for a São Paulo 'agricultural automation' trading company set up last year whose previous "
         "shipments went on to Bandar Abbas: inertial measurement equipment (7A003), dual-use goods exported without "
         "the licence Regulation 2021/821 requires and bound for Iran, flown from Lisbon; European Portuguese "
         "wording (fibre-optic gyroscopes and inertial units repeat in many sets; kept as a repeat of the good, a "
         "farm tilt-sensor label from Portugal through Brazil is the new part as far as a search found)", {"importer_country": "BR"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "AE", "890120",
         "Buque tanque de productos, construido en 2008, 47.000 tpm, para continuar operando, 1 unidad", "ES",
         11500000, 1, 9000000, "USD",
         "a product tanker sold for further trading goes to a known owner with classed insurance; this one is sold "
         "to a Dubai company registered two months earlier with no other ships, will lose its class, be reflagged "
         "in Gabon and is chartered to load at Ust-Luga: a tanker sold for use by a Russian-linked operator, whose "
         "sale Regulation 833/2014 makes subject to authorisation, from Algeciras; Spanish wording (tankers sold for "
         "storage or demolition repeat in several sets from Greece; a Spanish-flag product tanker for the shadow "
         "fleet is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-10", "export", "PTSEA01", "sea", "PT", [], "LB", "293090",
         "Solvente para tintas de estampagem têxtil, tambores de 200 kg, 20 tambores", "PT", 4000, 20, 12000, "EUR",
         "textile-printing ink solvents are blends of glycols and glycol ethers with a data sheet; these drums hold a "
         "single, syrupy, faintly sulphurous liquid of 1.18 kg/l whose drum heads read CAS 111-48-8, for a Beirut "
         "'textile printer' whose orders go on by road to Syria: thiodiglycol (dual-use 1C350, a chemical-weapons "
         "precursor on CWC Schedule 2), exported without the licence Regulation 2021/821 requires, by sea from "
         "Leixões; European Portuguese wording (thiodiglycol repeats in several sets; kept as a repeat, a "
         "textile-ink solvent label from Portugal is the new part as far as a search found)",
         {"importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "BR", [], "ES", "060290",
         "Mudas de cactos enxertados, de viveiro, 40 unidades", "BR", 3.8, 40, 120, "BRL",
         "nursery-grafted cacti are small, uniform, bright-green seedlings on a grafting stock in plastic pots; "
         "these 40 are ungrafted, bare-rooted, field-scarred globular cacti with woolly red crowns and rock dust in "
         "the roots, dug from the campos rupestres of Bahia: wild Melocactus, among them Melocactus conoideus (CITES "
         "App. I) and others of App. II, without CITES documents, posted from Vitória da Conquista to a private "
         "collector in Murcia; Brazilian Portuguese wording (cactus covers repeat in several sets, Gymnocalycium and "
         "succulent seedlings from Brazil among them; Melocactus were found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("WLF-02", "export", "ESPOST01", "post", "ES", [], "GB", "060290",
         "Esquejes de cactus y suculentas de vivero, enraizados, 30 unidades", "ES", 3.2, 30, 90, "EUR",
         "nursery cuttings are uniform, pot-grown, with clean roots; these 30 are spiny, grey-green, wild-dug stems "
         "and whole plants with volcanic soil in the roots and broken taproots, from the Jandía peninsula: "
         "Euphorbia handiensis, a Fuerteventura endemic (CITES App. II and protected by Spanish law), exported without "
         "a CITES export permit, posted from Puerto del Rosario to a private collector in Leeds; Canarian Spanish "
         "wording (Euphorbia repeats in several sets, all from Madagascar; a Canarian Euphorbia was found in no "
         "earlier row by a keyword search)", {"importer_country": "GB", "consignee_name": "Mr K. Tanaka"}),
        ("WLF-03", "import", "PTPOST01", "post", "CV", [], "PT", "050800",
         "Conchas decorativas do mar, 4 peças", "CV", 3.6, 4, 40, "EUR",
         "decorative seashells are calcium-carbonate mollusc shells that ring when tapped; these four are thin, "
         "layered, reddish-brown plates of keratinous scutes, one a whole small carapace with the vertebral and "
         "costal scutes of a loggerhead: sea-turtle shell from Caretta caretta (CITES App. I) taken at a Boa Vista "
         "nesting beach, without CITES documents, posted from Sal Rei to a private buyer in Lisbon; Cabo Verdean "
         "Portuguese wording (turtle shell repeats in several sets as hawksbill, and loggerhead once, as 'caguama' boot "
         "leather in blind16; loggerhead shell from Cabo Verde under a seashell label was found in no earlier row by a "
         "keyword search)", person("Sra. M. Fonseca", "PT")),
        ("WLF-04", "import", "ESSEA01", "sea", "BR", [], "ES", "440729",
         "Madeira serrada de jequitibá-rosa (Cariniana legalis), seca em estufa, 36 m³", "BR", 19800, None, 14400,
         "USD",
         "jequitibá is a plain, pinkish-beige, odourless timber of about 550 kg/m3; these boards are reddish-brown, "
         "lighter, with a strong cedar smell when planed and oily pores, and the Pará sawmill's forest transport "
         "document names 'cedro-rosa': Cedrela fissilis (CITES App. II) without a CITES export permit, by sea from "
         "Belém to Valencia for a joinery supplier; Brazilian Portuguese wording (Cedrela repeats in several sets, "
         "as cedrinho in blind96 among them; kept as a repeat of the good, a jequitibá label to Spain is the new part "
         "as far as a search found)", firm("Meridian Maderas SL", "ES")),
        ("WLF-05", "import", "PTAIR01", "air", "BR", [], "PT", "200989",
         "Polpa de açaí congelada, baldes de 10 kg, 40 baldes", "BR", 400, 40, 1600, "USD",
         "an Amazonian products air shipment for a Lisbon açaí bar: frozen açaí pulp and guaraná powder are what "
         "Belém exporters fly, but the third item's 'cuias pintadas' are 80 domed, scute-patterned shells, still "
         "with bone bridges, of yellow-spotted river turtles: carapaces of Podocnemis unifilis (tracajá, CITES App. "
         "II) without CITES documents, hidden as the last item of a three-item declaration, flown from Belém; "
         "Brazilian Portuguese wording (Podocnemis unifilis repeats once, as live hatchlings in blind50; "
         "river-turtle shells under a calabash-bowl (cuia) label were found in no earlier row by a keyword search)",
         dict(firm("Horizon Açaí e Sabores Lda", "PT"),
              _more_items=[item("210690", "Guaraná em pó, pacotes de 1 kg, 60 pacotes", "BR", 60, 600, "USD", qty=60),
                           item("140490", "Cuias pintadas, artesanato de Santarém, 80 unidades", "BR", 56, 160, "USD", qty=80)])),
        ("WLF-06", "import", "PTPOST01", "post", "BR", [], "PT", "060290",
         "Frascos de orquídeas de laboratório (in vitro), 6 frascos", "BR", 2.4, 6, 90, "BRL",
         "flasked orchids are dozens of tiny, identical seedlings in sterile agar; this parcel holds 30 bare-rooted "
         "adult plants with flowering pseudobulbs, bark and lichen still on the roots and wilted buds of lilac "
         "Cattleya flowers, wrapped in damp newspaper inside the flasks' box: wild-collected Cattleya walkeriana and "
         "C. nobilior (CITES App. II) from Goiás, without CITES documents, posted from Goiânia to a private grower in "
         "Coimbra; Brazilian Portuguese wording (orchid flask covers repeat in a few sets, Phalaenopsis from Colombia "
         "in blind57 among them; wild Brazilian Cattleya were found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("WLF-07", "import", "ESAIR01", "air", "BR", [], "ES", "411390",
         "Couro de tilápia curtido, acabado, 400 peças", "BR", 260, 400, 3200, "USD",
         "tilapia leather comes in small hides of about 50 x 15 cm with fine scale pockets; these 400 skins are "
         "1.5-4 m long, with large, smooth, overlapping scales and the olive ground with black oval blotches of an "
         "anaconda: green anaconda skins (Eunectes murinus, CITES App. II) without the Brazilian export permit, "
         "flown from Manaus to Madrid for an Ubrique leather-goods workshop; Brazilian Portuguese wording (anaconda "
         "skins repeat once, under a snake-print cowhide label from Guyana in blind144, and a tilapia-leather label "
         "once, on arapaima in blind125; kept as a repeat of both, anaconda under a tilapia label for Ubrique is the "
         "new part as far as a search found)", firm("Alpina Marroquinería Ubrique SL", "ES")),
        ("WLF-08", "import", "PTPOST01", "post", "BR", [], "PT", "630790",
         "Patuás artesanais de pano, amuletos da sorte, 30 unidades", "BR", 1.1, 30, 90, "BRL",
         "patuás are small cloth pouches filled with herbs and prayer papers; these 30 each hold a dried, leathery "
         "eye or a piece of genital tissue in perfume oil, sold at the Ver-o-Peso market as love charms: parts of the "
         "Amazon river dolphin (boto, Inia geoffrensis, CITES App. II) without CITES documents, posted from Belém to a "
         "private person in Amadora; Brazilian Portuguese wording (river-dolphin eyes and genitals repeat once, in a Peruvian pusanga "
         "perfume in blind138; kept as a repeat of the good, a patuá label from Brazil to Portugal is the new part as "
         "far as a search found)", person("Sr. A. Tavares", "PT")),
        ("WLF-09", "transit", "PTAIR01", "air", "BR", ["PT"], "CN", "051191",
         "Escamas de peixe secas para extração de colágeno, 200 kg", "BR", 200, None, 600, "USD",
         "fish scales for collagen are small, thin, translucent flakes from tilapia and carp processing; these bags "
         "hold thick, hard scales 5-10 cm long with red-tinged edges, the scales of a fish weighing over 100 kg, "
         "sold as nail files and jewellery blanks: arapaima (pirarucu, Arapaima gigas, CITES App. II) scales without "
         "the Brazilian export permit, landed at Lisbon in transit from Manaus to Guangzhou; Brazilian Portuguese "
         "wording (arapaima repeats in a few sets as dried fish and leather; its scales under a collagen label in "
         "transit through Lisbon are the new part as far as a search found)", {"importer_country": "CN"}),
        ("WLF-10", "import", "ESAIR01", "air", "BR", [], "ES", "330129",
         "Óleo essencial de palmarosa, puro, 2 tambores de 25 kg", "BR", 50, 2, 1500, "USD",
         "palmarosa oil is a pale-yellow, grassy-rosy oil distilled from a grass, at about 30 USD/kg; these two drums "
         "hold a colourless oil that smells sweet, floral-woody and spicy, with the linalool-rich profile of "
         "Amazonian rosewood, and the Amazonas distiller's invoice inside names 'pau-rosa': essential oil of Aniba "
         "rosaeodora (CITES App. II, the listing covering the oil) without a CITES export permit, flown from Manaus to "
         "Barcelona for a perfume house; Brazilian Portuguese wording (rosewood oil repeats in a few sets under "
         "linalool, ho-wood and linaloe labels; a palmarosa label was found in no earlier row by a keyword search)",
         firm("Rivage Perfumería SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTPOST01", "post", "BR", "PT", "284700",
     "Hydrogen peroxide 35 %, 1 x 1 l, for a licensed private user (home cheese-making sanitation)", "BR", 1.2, 1, 30,
     "EUR", [("PRECURSOR_LICENCE", "PT-PSP-52-0131")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "express", "BR", "ES", "280800",
     "Nitric acid 65 %, 1 x 1 l, for a licensed private user (gold testing by an amateur jeweller)", "BR", 1.5, 1, 35,
     "EUR", [("PRECURSOR_LICENCE", "ES-GC-52-0207")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PTSEA01", "sea", "CV", "PT", "854911",
     "Spent lead-acid batteries, drained, in acid-proof boxes (16 06 01*), for recovery at a licensed smelter, 20 t",
     "CV", 20000, None, 0, "EUR", [("BASEL_CONSENT", "PT-APA-52-0061")], "notified lead-acid batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ESROAD01", "road", "GI", "ES", "271099",
     "Oily ship waste from the Gibraltar MARPOL reception (13 04 03*), for re-refining at a licensed plant, 24 t", "GI",
     24000, None, 0, "EUR", [("BASEL_CONSENT", "ES-JA-52-0019")], "notified oily waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "PTSEA01", "sea", "CV", "PT", "290371",
     "Recovered HCFC-22, 20 cylinders, for destruction at a licensed plant", "CV", 400, 20, 0, "EUR",
     [("ODS_LICENCE", "PT-APA-ODS-52-003")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "CN", "ES", "290345",
     "HFC-134a in refillable 61 l cylinders, 40 cylinders, placed on the market within the importer's quota", "CN",
     2400, 40, 18000, "USD", [("FGAS_QUOTA", "ES-FGAS-52-0144")], "HFC imported within a quota"),
    ("PRM-07", "cultural", "import", "PTAIR01", "air", "CH", "PT", "970610",
     "Marajoara funerary urn, painted, c. AD 900, documented Swiss collection since 1961", "BR", 14, 1, 85000, "EUR",
     [("IMPORT_LICENCE", "PT-DGPC-IMP-52-0011")], "archaeological object imported with its import licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970210",
     "Goya, 'Los Caprichos', first edition (1799), complete set of 80 etchings, sold at auction with the export permit",
     "ES", 5, 80, 420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-52-0088")],
     "prints exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "PTAIR01", "air", "PT", "BR", "901420",
     "Fibre-optic gyro inertial measurement units, 12 units, for a Brazilian aircraft maker", "PT", 30, 12, 540000,
     "EUR", [("EXPORT_LICENCE", "PT-AT-52-0311"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-52-0044")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "BR", "846024",
     "CNC cylindrical grinding machine, 1 unit, for an aerospace supplier in São José dos Campos", "ES", 7000, 1,
     410000, "EUR", [("EXPORT_LICENCE", "ES-SGCOMEX-52-0412"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-52-0061")],
     "dual-use grinding machine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "BR", "ES", "060290",
     "Melocactus seedlings, artificially propagated, 200", "BR", 6, 200, 900, "USD",
     [("CITES_PERMIT", "BR-IBAMA-52-0921")], "artificially propagated cacti with their export permit"),
    ("PRM-12", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440729",
     "Cedrela fissilis sawn timber, plantation-grown, kiln-dried, 20 m3", "BR", 10000, None, 16000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-52-1170")], "App. II plantation cedar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "João Pereira", "PRM-02": "Sr. J. García", "PRM-06": "Atlantic Frío Industrial SL",
    "PRM-07": "Museu de Arte Ameríndia", "PRM-11": "Vega Cactus Murcia SL", "PRM-12": "Atlantic Madeiras Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): most the lawful twins of this set's disguises
    ("200989", "Cajuína (clarified cashew-apple juice), 500 ml glass bottles", "import", ["post"], ["BR"], (6, 12), (1, 4), ["BRL", "EUR"], 2, S),
    ("210390", "Tucupi (cassava broth), pasteurised, 1 l bottles, chilled", "import", ["air"], ["BR"], (3, 6), (200, 800), ["USD"], 1, S),
    ("130190", "Copaiba oleoresin oil, 30 ml dropper bottles", "import", ["express"], ["BR"], (60, 120), (1, 3), ["USD", "BRL"], 30, S),
    ("330491", "Loose face powder (pó de arroz), 150 g pots", "import", ["post"], ["BR"], (30, 60), (1, 3), ["BRL", "EUR"], 6, S),
    ("390690", "Plant hydrogel granules (potassium polyacrylate), 1 kg tubs", "import", ["sea"], ["BR", "CN"], (2, 4), (4000, 10000), ["USD"], 1, S),
    ("330300", "Lavender water (água de alfazema), 1 l bottles", "import", ["express"], ["BR"], (10, 20), (1, 4), ["BRL", "EUR"], 1, S),
    ("330499", "Medicated talc foot powder, 100 g tins", "import", ["express"], ["BR"], (30, 50), (1, 3), ["BRL"], 8, S),
    ("250100", "Mossoró sea salt, ground, 1 kg packs", "import", ["sea"], ["BR"], (0.3, 0.6), (12000, 22000), ["USD"], 1, S),
    ("291429", "Camphor tablets, 100 g boxes", "import", ["express"], ["BR", "IN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("330590", "Cream hair developer 20 volumes (6 %), 900 ml", "import", ["air"], ["BR"], (3, 5), (200, 800), ["USD"], 1, S),
    ("260111", "Iron ore sinter feed, 62 % Fe, bulk", "import", ["sea"], ["BR"], (0.08, 0.12), (30000000, 60000000), ["USD"], None, S),
    ("320720", "Ceramic frits and glazes for tile making", "export", ["sea"], ["DZ", "MA"], (1, 2), (18000, 24000), ["EUR"], None, S),
    ("401212", "Remoulded truck tyres, ECE 109 marked", "export", ["sea"], ["AO", "MZ"], (1.5, 3), (8000, 20000), ["EUR"], 0.016, S),
    ("850300", "Wind-turbine blade sets, new", "export", ["sea"], ["MA", "BR"], (8, 12), (30000, 40000), ["EUR"], None, S),
    ("940542", "LED street-light luminaires, new", "export", ["sea"], ["MR", "SN"], (8, 14), (2000, 6000), ["EUR"], 0.1, S),
    ("262190", "Coal fly ash EN 450 for concrete, bulk", "import", ["sea"], ["TR", "MA"], (0.03, 0.06), (20000, 26000), ["EUR"], None, S),
    ("271019", "Marine gasoil (DMA), road tankers", "export", ["road"], ["MA"], (0.7, 1.0), (20000, 24000), ["EUR"], None, S),
    ("780110", "Refined lead ingots, 99.97 %", "import", ["sea"], ["KZ", "MA"], (2, 2.6), (20000, 24000), ["USD"], None, S),
    ("520812", "Cotton weaving seconds, unbleached, new", "export", ["sea"], ["BR", "CV"], (2, 4), (4000, 10000), ["EUR"], None, S),
    ("281121", "Food-grade CO2 for draught beer, 25 kg cylinders", "export", ["road"], ["MA"], (0.5, 1.0), (5000, 12000), ["EUR"], None, S),
    ("851679", "Bottle-water dispensers, non-refrigerated, with hot tap", "import", ["sea"], ["BR", "CN"], (6, 10), (3000, 8000), ["USD"], 0.1, S),
    ("870323", "Classic car, restored, without air conditioning (Chevrolet Opala, 1978)", "import", ["sea"], ["BR"], (6, 12), (1200, 1600), ["USD", "BRL"], 0.0008, S),
    ("340290", "Car air-conditioning cleaning foam, 500 ml aerosols", "import", ["sea"], ["TR", "CN"], (3, 6), (2000, 6000), ["USD", "EUR"], 2, S),
    ("841821", "Household refrigerators, new, R-600a", "export", ["sea"], ["CV", "ST"], (2, 4), (3000, 9000), ["EUR"], 0.02, S),
    ("940360", "Used household furniture, wooden", "export", ["sea"], ["CV", "GW"], (0.5, 1.5), (2000, 6000), ["EUR"], None, S),
    ("630900", "Worn clothing, sorted, in bales", "export", ["sea"], ["CV", "GW"], (0.3, 0.8), (5000, 15000), ["EUR"], None, S),
    ("681599", "Soapstone frog amulets (muiraquitã replicas), new", "import", ["post"], ["BR"], (30, 60), (1, 2), ["BRL", "EUR"], 10, S),
    ("442019", "New carved wooden saints, mission style", "import", ["air"], ["BR", "PY"], (20, 40), (50, 300), ["USD"], 0.5, S),
    ("491191", "Offset reproductions of Debret prints", "import", ["post"], ["BR"], (20, 40), (1, 3), ["BRL", "EUR"], 10, S),
    ("630790", "Panu di terra, new, handwoven cotton strip cloth", "import", ["post"], ["CV"], (30, 60), (1, 2), ["EUR"], 2, S),
    ("490199", "Facsimile editions of Manueline town charters, printed", "export", ["post"], ["GB", "US"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("491191", "Offset reproductions of Goya etchings", "export", ["post"], ["US", "GB"], (20, 40), (1, 3), ["EUR"], 20, S),
    ("691390", "Traditional Canarian pottery (La Atalaya), new, hand-built", "export", ["post"], ["GB", "CH"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("690722", "Hand-painted tiles, new, Portuguese pattern", "import", ["sea"], ["BR"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("691390", "Alto do Moura clay figures (Caruaru), new", "import", ["sea"], ["BR"], (3, 6), (500, 2000), ["USD"], 2, S),
    ("691310", "Porcelain figurines, decorative, moulded", "export", ["air"], ["KZ", "AE"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("220421", "Douro red table wine, bottled", "export", ["sea"], ["CN", "AO"], (3, 6), (6000, 14000), ["EUR"], 1.3, S),
    ("850980", "Electric knife sharpeners for butchers, bench type", "export", ["sea"], ["TR", "MA"], (20, 40), (200, 800), ["EUR"], 0.2, S),
    ("903180", "MEMS tilt sensors for farm machinery", "export", ["air"], ["BR", "AR"], (100, 200), (10, 50), ["EUR"], 2, S),
    ("560811", "Polyamide trawl nets", "export", ["sea"], ["MR", "SN"], (4, 8), (2000, 6000), ["EUR"], None, S),
    ("140490", "Painted calabash bowls (cuias), new", "import", ["air"], ["BR"], (5, 10), (100, 500), ["USD"], 3, S),
    ("330129", "Palmarosa essential oil, drums", "import", ["air"], ["IN", "BR"], (20, 40), (50, 300), ["USD"], None, S),
]
# Everyday trade: as in blind88 onwards, blind80's everyday rows (blind72's, with blind80's own rows), less the
# shared table's two steel rows (as blind128 and its successors), with four new rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("660110", "Beach parasols, polyester canopy, fibreglass ribs", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.3, N),
        ("640520", "Espadrilles, cotton canvas uppers, jute soles", "import", ["sea"], ["BD", "CN"], (5, 9), (2000, 6000), ["USD"], 2, N),
        ("950699", "Badminton shuttlecocks, nylon, tubes of six", "import", ["sea"], ["CN", "TW"], (6, 10), (1000, 4000), ["USD"], 10, N),
        ("401490", "Rubber hot-water bottles with knitted covers", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind156", 20520301, HERE)


if __name__ == "__main__":
    main()
