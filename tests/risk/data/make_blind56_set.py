#!/usr/bin/env python3
"""Writes the fifty-sixth blind set (tests/risk/data/blind56-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 27 August 2035, with goods, routes, languages
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
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Two disguised rows carry, as their "_item" documents, a genuine document that does
not cover them (a permit for a lawful species issued to the same exporter, a licence
issued to another person). Ids are BL56-*:

    python3 tests/risk/data/make_blind56_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 7, 1)
base.DAYS = 58  # 1 July to 27 August 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HUAIR01", "express", "US", [], "HU", "210210",
         "Kombucha starter folyadék SCOBY-val, 6 x 1 l", "US", 6.8, 6, 60, "USD",
         "kombucha starter liquid is a sour, brownish tea at about 1.01 kg/l with a rubbery culture floating in it; "
         "these six bottles hold a water-clear liquid at 1.13 kg/l with no culture, under vented caps, and the edge "
         "of a peeled label reads 'H2O2 34 %': hydrogen peroxide (Annex I above 12 %), for a private person; "
         "Hungarian wording (hydrogen peroxide repeats in many sets; the kombucha-starter cover is new as far as a "
         "search found)", person("Magánszemély", "HU")),
        ("PRE-02", "import", "SIAIR01", "express", "US", [], "SI", "381400",
         "Razredčilo za črnilo industrijskih tiskalnikov datumov (CIJ), 4 x 1 l", "US", 4.6, 4, 70, "USD",
         "continuous-inkjet make-up fluids are mostly MEK, which weighs 0.81 kg/l; these four litres weigh 1.14 kg/l "
         "and the inner labels give CAS 75-52-5: nitromethane at about 98 % (Annex I above 16 %), for a private "
         "person who owns no coding printer; the licence number quoted on the invoice is genuine but was issued to "
         "the chairman of a model-aircraft club, and a licence serves only its holder; Slovenian wording "
         "(nitromethane repeats in many sets; the inkjet make-up cover and a borrowed licence are new as far as a "
         "search found)",
         {"consignee_name": "Zasebnik", "importer_country": "SI",
          "_item": {"documents": [{"type": "PRECURSOR_LICENCE", "reference": "SI-MNZ-35-0061"}]}}),
        ("PRE-03", "import", "SKPOST01", "post", "GB", [], "SK", "340290",
         "Roztok na čistenie mincí pre numizmatikov, 4 x 1 l", "GB", 5.6, 4, 48, "GBP",
         "coin-cleaning dips are thiourea with a little acid in 250 ml jars; these litre bottles weigh 1.40 kg/l, "
         "turn a copper coin green at once and give off brown fumes: about 65 % nitric acid (Annex I above 3 %), "
         "posted to a private coin collector although corrosive liquids may not go by post; Slovak wording (nitric "
         "acid repeats; the numismatist's coin-cleaning cover is new as far as a search found)",
         person("Súkromná osoba", "SK")),
        ("PRE-04", "import", "LTPOST01", "post", "IN", [], "LT", "300390",
         "Homeopatinė pradinė medžiaga Kalium chloricum, 5 x 1 kg", "IN", 5, 5, 35, "USD",
         "homeopathic Kalium chloricum is sold as globules or as a 1:10 trituration in lactose, a few grams at a "
         "time; five kilograms of pure white crystals whose inner bags carry the oxidiser pictogram and CAS "
         "3811-04-9 are potassium chlorate (Annex I above 40 %), posted to a private person who says she prepares "
         "her own dilutions; Lithuanian wording (potassium chlorate repeats, once as a historic tooth powder; the "
         "homeopathic mother-substance cover is new as far as a search found)", person("Privatus asmuo", "LT")),
        ("PRE-05", "import", "DKPOST01", "post", "CN", [], "DK", "382499",
         "Farveflammepulver til pejs og bål, 4 x 2,5 kg", "CN", 10, 4, 55, "USD",
         "colour-flame sachets hold 25 g of copper and strontium salts that colour a fire's flames; ten kilograms of "
         "a fine white powder in tubs, with no colouring salt in it and CAS 7778-74-7 on the inner bags, are "
         "potassium perchlorate (Annex I above 40 %), for a private person; Danish wording (potassium perchlorate "
         "repeats; the fireplace colour-flame cover is new as far as a search found)", person("Privatperson", "DK")),
        ("PRE-06", "import", "ESPOST01", "post", "CN", [], "ES", "382499",
         "Conservant per a flors tallades, en pols, 4 x 2,5 kg", "CN", 10, 4, 40, "USD",
         "cut-flower food is sugar and citric acid in 10 g sachets for florists; ten kilograms of loose white "
         "crystals that do not taste sweet, with the oxidiser pictogram and CAS 7775-09-9 under the label, are "
         "sodium chlorate (Annex I above 40 %), posted to a private person; Catalan wording (sodium chlorate repeats "
         "many sets; the cut-flower cover is new as far as a search found)", person("Particular", "ES")),
        ("PRE-07", "import", "IEAIR01", "express", "US", [], "IE", "340590",
         "Rock tumbler polish, white, pre-polish and polish stages, 4 x 2 kg", "US", 8, 4, 60, "USD",
         "rock-tumbling polishes are aluminium or cerium oxide, heavy powders that do not dissolve; these white "
         "crystals dissolve at once, draw moisture from the air, and the bags give CAS 7791-07-3: sodium perchlorate "
         "(Annex I above 40 %), for a private person; Irish English wording (sodium perchlorate repeats in about "
         "twenty rows; the rock-tumbler cover is new as far as a search found)", person("Private individual", "IE")),
        ("PRE-08", "import", "NLPOST01", "post", "CN", [], "NL", "282710",
         "Salmiakpoeder, ammoniumchloride E 510, voor zelfgemaakte drop, 5 x 1 kg", "CN", 5, 5, 25, "USD",
         "salmiak powder is ammonium chloride, a fine powder with a sharp salty taste that sublimes when heated; these "
         "are round prills with no salty taste that turn water ice-cold and melt on a hot plate, and a bag print "
         "reads 'N 34,4 %' (ammonium chloride holds 26 % N): ammonium nitrate (Annex I at 16 % N or more), posted to "
         "a private person; Dutch wording (ammonium nitrate repeats in many sets; the home-liquorice salmiak cover is "
         "new as far as a search found)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "ROROAD01", "road", "TR", [], "RO", "732393",
         "Căni inox pentru spumarea laptelui, barista, 40 buc.", "TR", 12, 40, 160, "EUR",
         "a home micro-roaster's order of milk jugs and cleaning tablets whose third line, 'descaler concentrate', is "
         "twenty litres of an oily, water-clear liquid weighing 36.8 kg (1.84 kg/l) that chars a paper tissue: "
         "concentrated sulphuric acid (Annex I above 15 %); coffee-machine descalers are citric or lactic acid at "
         "about 1.1 kg/l; for a private person; Romanian wording (sulphuric acid repeats, as dry pH-minus granules in "
         "blind54, and coffee-machine descalers hid nitric acid three times; sulphuric acid as the descaler of a "
         "barista-supply multi-item order is new)",
         {"consignee_name": "Persoană fizică", "importer_country": "RO",
          "_more_items": [item("340290", "Tablete de curățare pentru espressor, 10 cutii", "TR", 2, 60, "EUR", qty=10),
                          item("382499", "Soluție de decalcifiere pentru espressoare, concentrat, 4 x 5 l", "TR", 36.8, 80, "EUR", qty=4)]}),
        ("PRE-10", "import", "FRAIR01", "express", "JP", [], "FR", "382499",
         "真珠漂白液（業務用）、5 l x 4", "JP", 22.6, 4, 240, "USD",
         "pearl processors bleach Akoya pearls in peroxide diluted to a few percent on site; twenty litres at "
         "1.13 kg/l in cans with vented caps are about 35 % hydrogen peroxide (Annex I above 12 %), for a private "
         "person who restrings pearls at home; Japanese wording (hydrogen peroxide repeats; the pearl-bleaching "
         "cover is new as far as a search found)", person("Mme Claire Martin", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "870530",
         "Feuerwehrfahrzeuge, gebraucht, fahrbereit, 4 Stück", "DE", 38000, 4, 24000, "EUR",
         "of four 1980s fire engines sold 'roadworthy' to a Lagos dealer, two have no engine and one no gearbox, all "
         "leak oil, coolant and brake fluid onto the ro-ro deck, and old batteries lie loose in the lockers: they are "
         "end-of-life vehicles (16 01 04*) to be cut up for parts, hazardous waste whose export to a non-OECD "
         "country is banned; German wording (end-of-life vehicles repeat; fire engines are new as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MR", "860900",
         "Contenedores frigoríficos 40' usados, para almacén frigorífico, 30 unidades", "ES", 120000, 30, 21000, "EUR",
         "reefer containers built before the mid-1990s were insulated with CFC-11-blown polyurethane foam; these "
         "thirty, retired by a Las Palmas fish-freezing works, have dead refrigeration units still holding R-22 and "
         "cracked walls with yellowed foam, and are sold to Nouadhibou 'as cold stores': discarded equipment "
         "containing CFCs and HCFCs (16 02 11*), hazardous waste whose export to a non-OECD country is banned; "
         "Spanish wording from the Canaries (reefer containers appear once, with R-404A, as an ozone case; "
         "foam-insulated old reefers as waste to Mauritania are new)", {"importer_country": "MR"}),
        ("WST-03", "import", "HUROAD01", "road", "RS", [], "HU", "780110",
         "Рафинисано олово у инготима, 99,97 %, 22 т", "RS", 22000, None, 19000, "EUR",
         "refined lead costs about 2 EUR/kg and comes as stamped, stacked ingots; under one top layer of ingots the "
         "curtain-sider holds 22 t of whole used car batteries on pallets, still holding acid, at 0.86 EUR/kg: "
         "waste lead-acid batteries (16 06 01*, A1160) whose import from Serbia for recovery needs notification and "
         "the consent of both countries, which was not sought; Serbian wording (lead batteries repeat in many rows; "
         "the import from Serbia under a layer of ingots is new)", {"importer_country": "HU"}),
        ("WST-04", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "854370",
         "Sunbeds, used, salon grade, working, 40 pcs", "GB", 16000, 40, 8000, "GBP",
         "forty sunbeds from closed tanning salons, trans-shipped in Rotterdam for Tema, with cracked acrylic, burnt "
         "ballasts and about 1,200 used UV tubes in the canopies and loose in boxes: discarded equipment with "
         "mercury lamps (16 02 13*), hazardous waste whose export to a non-OECD country is banned by the United "
         "Kingdom and whose transit through the Union needs a notification, which was not made; British English "
         "wording (used solarium tubes appear once in a gym-equipment order; whole sunbeds in transit to Ghana are "
         "new)", {"importer_country": "GH"}),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "ET", "841480",
         "Laboratorion vetokaapit, käytetyt, lahjoitus yliopistolle, 24 kpl", "FI", 9600, 24, 2400, "EUR",
         "fume cupboards built before 1990 had worktops and duct linings of asbestos cement; these twenty-four, "
         "stripped out in a university refurbishment and donated to an Ethiopian university, still carry their grey "
         "worktops, whose dust a laboratory test gives as chrysotile: waste containing asbestos (17 06 05*), whose "
         "export to a non-OECD country is banned whatever the donor's intent; Finnish wording (asbestos repeats in "
         "many forms; laboratory fume cupboards are new as far as a search found)", {"importer_country": "ET"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "CM", "940290",
         "Lits d'hôpital d'occasion, manuels, 60 unités", "FR", 4800, 60, 3000, "EUR",
         "a charity container of used hospital beds and wheelchairs for Douala whose third line, 'X-ray processor "
         "chemicals', is eighty 20-litre cans of spent developer and fixer drained from film processors that "
         "hospitals retired when they went digital, dark, silver-bearing and smelling of ammonia: photographic "
         "waste (09 01 01*, 09 01 04*), hazardous waste whose export to a non-OECD country is banned; French wording "
         "(silver-bearing photographic baths repeat as bulk solutions for recovery; hidden in a hospital-donation "
         "container to Cameroon they are new)",
         {"importer_country": "CM",
          "_more_items": [item("871390", "Fauteuils roulants d'occasion, 40 unités", "FR", 640, 800, "EUR", qty=40),
                          item("370790", "Produits chimiques pour développeuse de radiologie, bidons 20 l, 80 unités", "FR", 1760, 160, "EUR", qty=80)]}),
        ("WST-07", "import", "ROROAD01", "road", "MD", [], "RO", "271019",
         "Ulei de bază SN 500, rafinat, autocisternă, 24 t", "MD", 24000, None, 9600, "EUR",
         "SN 500 base oil is clear and amber and sells at about 1 EUR/kg; this tanker holds black oil smelling of "
         "fuel, with water and sediment at the bottom, at 0.40 EUR/kg, collected from Chișinău garages: waste "
         "mineral oil (13 02 05*) whose import from Moldova, a non-OECD country, for regeneration needs notification "
         "and consent, which were not sought; Romanian wording from Moldova (used oil repeats, and base-oil covers "
         "hid it twice, by sea and from Bulgaria; by road from Moldova it is new)", {"importer_country": "RO"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CV", "890393",
         "Barcos de recreio com motor fora de bordo, em fibra, usados, 12 unidades", "PT", 14400, 12, 18000, "EUR",
         "twelve 1980s fibreglass boats with seized outboards, flat lead-acid batteries and leaking fuel tanks, "
         "hauled from a marina's yard of abandoned boats and sold to Mindelo 'for fishing': end-of-life boats, waste "
         "whose hazardous parts (batteries, oily fuel, hulls under old antifouling) make their export to a non-OECD "
         "country banned; Portuguese wording (used fibreglass boats appear three times, without engines, to other "
         "places; boats with engines, batteries and fuel to Cape Verde are new)", {"importer_country": "CV"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", [], "UA", "850730",
         "Staniční NiCd akumulátory, použité, funkční, 400 článků", "CZ", 12000, 400, 6000, "EUR",
         "pocket-plate nickel-cadmium cells retired from railway signalling and substations after twenty-five years, "
         "with cracked cases, crusted potassium hydroxide and capacity tests far below their rating, sold 'as "
         "working' to a Ukrainian buyer: waste Ni-Cd batteries (16 06 02*), hazardous waste whose export to a "
         "non-OECD country is banned; Czech wording (Ni-Cd waste repeats as scrap and tool packs; stationary cells "
         "sold as working, by road to Ukraine, are new)", {"importer_country": "UA"}),
        ("WST-10", "import", "SEROAD01", "road", "NO", [], "SE", "440121",
         "Flis av gran, til biobrensel, 26 tonn", "NO", 26000, None, 1300, "EUR",
         "spruce chips are pale, fresh-smelling and even; this walking-floor trailer holds shredded household waste "
         "with plastic film, textiles and cans among splinters of wood, from a municipal collection in Østfold: "
         "mixed municipal waste (20 03 01), whose every shipment for incineration needs notification and consent, "
         "which were not sought; Norwegian wording (wood chips hid oily absorbent once and baled RDF repeats twice; "
         "household waste as wood chips by road from Norway is new)",
         {"importer_name": "Värmlands Kraftvärme AB", "consignee_name": "Värmlands Kraftvärme AB", "importer_country": "SE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "290343",
         "Gas propellente HFC-152a (R-152a), bombole 11,3 kg, 600 pz", "CN", 6780, 600, 18000, "USD",
         "R-152a is a flammable gas; these cylinders read a higher pressure than R-152a, their gas does not burn at a "
         "torch test, and an analysis gives about 74 % dichlorodifluoromethane and 26 % HFC-152a: R-500, a CFC-12 "
         "blend whose import is banned (Regulation 2024/590); Italian wording (CFC-12 repeats in many sets; R-500 "
         "and the R-152a label are new as far as a search found)", {"importer_country": "IT"}),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "382769",
         "Soğutucu akışkan R-437A, R-12 yerine, 13,6 kg tüp, 80 adet", "TR", 1088, 80, 5600, "EUR",
         "R-437A is an HFC blend (R-125, R-134a, butane, pentane) sold to retrofit old R-12 systems; a gas test of "
         "these cylinders gives HCFC-22, HCFC-124 and HCFC-142b, the make-up of R-409A, an HCFC blend whose import "
         "is banned (Regulation 2024/590); Turkish wording (R-409A repeats twice under its own name; the R-437A "
         "label is new)", {"importer_country": "BG"}),
        ("OZN-03", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382764",
         "制冷剂 R-407F，可回收钢瓶 926 公斤，20 个", "CN", 18520, 20, 70000, "USD",
         "R-407F is an HFC blend whose tanks read about 11 bar at 20 °C; these read about 8 bar, the pressure of "
         "HCFC-22, and a sample gives chlorodifluoromethane (HCFC-22): controlled substances may not be brought into "
         "the Union without a licence, transit through Koper to Serbia included (Regulation 2024/590); Chinese "
         "wording (HCFC-22 repeats in many sets; the R-407F label in transit to Serbia is new)",
         {"importer_country": "RS"}),
        ("OZN-04", "export", "NLAIR01", "express", "NL", [], "US", "290345",
         "Koudemiddel R-134a, teruggewonnen en gereinigd, 12 blikken van 1 lb", "NL", 6, 12, 480, "EUR",
         "R-134a sells for a few euros a can; 40 EUR a pound is what US collectors pay for R-12, and a gas test of the "
         "cans, refilled by a Dutch classic-car air-conditioning restorer from systems he emptied, gives "
         "dichlorodifluoromethane (CFC-12): the export of controlled substances is banned except for destruction "
         "(Regulation 2024/590); Dutch wording (R-12 for classic cars repeats as imports; recovered CFC-12 exported to "
         "US collectors is new)", {"importer_country": "US"}),
        ("OZN-05", "import", "FRPOST01", "post", "US", [], "FR", "330530",
         "Laque pour cheveux vintage, années 1970, aérosols neufs, 12 pièces", "US", 4.2, 12, 150, "USD",
         "aerosols made before the late 1970s used CFC-11 and CFC-12 as propellants, and these twelve unopened cans "
         "of a 1970s hair spray, sold to a collector of period packaging, still list 'Freon' propellant among the "
         "ingredients: products containing controlled substances may not be imported, collectors' items included "
         "(Regulation 2024/590); French wording (CFC aerosols repeat as inhalers and technical sprays; vintage hair "
         "spray by post is new as far as a search found)", person("M. T. Dubois", "FR")),
        ("OZN-06", "import", "LVSEA01", "sea", "CN", [], "LV", "380891",
         "Fumigants etāndinitrils (EDN) kokmateriālu apstrādei, baloni 50 kg, 40 gab.", "CN", 2000, 40, 24000, "USD",
         "forty 50 kg cylinders labelled ethanedinitrile, bought from a Chinese trader by a Riga firm that fumigates "
         "export logs, hold bromomethane (methyl bromide), which the smell-free gas, its density and a laboratory "
         "test show: methyl bromide may not be imported or used, quarantine and pre-shipment uses included "
         "(Regulation 2024/590); Latvian wording (methyl bromide repeats; the EDN label and log fumigation in Riga "
         "are new as far as a search found)",
         {"importer_name": "Baltijas Fumigācija SIA", "consignee_name": "Baltijas Fumigācija SIA", "importer_country": "LV"}),
        ("OZN-07", "import", "GRROAD01", "road", "TR", [], "GR", "290345",
         "Ψυκτικό ρευστό R-134a, φιάλες 11,3 kg, 6 τεμ.", "TR", 67.8, 6, 480, "EUR",
         "67.8 kg of R-134a is about 97 t CO2e, just under the 100 t a year below which an undertaking needs no "
         "quota; the consignee is one of fourteen companies registered in the same month at one Thessaloniki "
         "address, each receiving six cylinders from the same Turkish exporter within two weeks: one shipment of "
         "about 1,360 t CO2e split to place HFCs on the market without quota (Regulation 2024/573); Greek wording "
         "(HFCs without quota repeat in many ways; splitting under the threshold among shell companies is new as "
         "far as a search found)",
         {"importer_name": "Thermokrasia Ypsilon IKE", "consignee_name": "Thermokrasia Ypsilon IKE", "importer_country": "GR"}),
        ("OZN-08", "export", "SESEA01", "sea", "SE", [], "GE", "841869",
         "Begagnad kylanläggning för ishall, komplett, demonterad, 1 st.", "SE", 14000, 1, 45000, "EUR",
         "a 1988 ice-rink refrigeration plant from a municipal arena, dismantled when the rink changed to CO2 and "
         "shipped with its receivers still holding about 600 kg of HCFC-22 so that it can be restarted in Tbilisi: "
         "the export of equipment relying on HCFCs is banned (Regulation 2024/590), and the charge is itself a "
         "controlled substance; Swedish wording (HCFC-22 for ice rinks repeats twice, as a gas import and a mobile "
         "rink unit; a whole rink plant exported is new)", {"importer_country": "GE"}),
        ("OZN-09", "import", "HRROAD01", "road", "RS", [], "HR", "381400",
         "Ugljikovodično otapalo za strojeve za kemijsko čišćenje, 20 bačava po 200 l", "RS", 6240, 20, 5200, "EUR",
         "hydrocarbon dry-cleaning solvents weigh about 0.77 kg/l; these twenty 200-litre drums hold 6.2 t, 1.56 kg/l, "
         "of a liquid that a laboratory test gives as 1,1,2-trichloro-1,2,2-trifluoroethane (CFC-113), old stock "
         "sold to Croatian dry cleaners who keep pre-2000 machines running: CFC-113 may not be imported (Regulation "
         "2024/590); Croatian wording (CFC-113 repeats as precision and film cleaners, and dry-cleaning covers hid "
         "carbon tetrachloride twice; CFC-113 as a hydrocarbon dry-cleaning solvent by road from Serbia is new as "
         "far as a search found)", {"importer_country": "HR"}),
        ("OZN-10", "import", "IESEA01", "sea", "CN", [], "IE", "382764",
         "Refrigerant R-442A, cylinders 11.3 kg, 60 pcs", "CN", 678, 60, 4200, "USD",
         "sixty cylinders of 'R-442A', an HFC blend, for a Killybegs firm that services the fish-hold plants of old "
         "trawlers; the cylinders read the pressure of HCFC-22, not of the blend, and a gas test gives "
         "chlorodifluoromethane: HCFC-22 may not be imported or used for servicing (Regulation 2024/590); Irish "
         "English wording (HCFC-22 repeats in many sets; the R-442A label for a fishing fleet's servicing is new)",
         {"importer_name": "Donegal Marine Refrigeration Ltd", "consignee_name": "Donegal Marine Refrigeration Ltd",
          "importer_country": "IE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "SL", [], "BE", "680299",
         "Soapstone carvings, Sierra Leone handicraft, new, 8 pcs", "SL", 14, 8, 80, "USD",
         "crouching soapstone figures with bulging eyes, hands to the chin and red laterite crusted in the cracks, dug "
         "up by diamond diggers in Kono district, are nomoli (roughly 15th-16th century, Sapi culture): Sierra Leone "
         "forbids the export of its antiquities, and archaeological objects over 250 years need an EU import licence "
         "(Regulation 2019/880); Sierra Leonean English wording (nomoli are new as far as a search found)", {"importer_country": "BE"}),
        ("CUL-02", "import", "DEAIR01", "express", "JP", [], "DE", "691390",
         "陶製の人形置物、土産品、新品、1点", "JP", 1.4, 1, 60, "USD",
         "a hollow, unglazed reddish terracotta head with cut-out eyes and mouth, set on the stub of a cylinder, with "
         "a weathered surface and soil packed inside, is a haniwa fragment (roughly AD 300-600) from a kofun burial "
         "mound: Japan requires buried finds to be reported and forbids the export of cultural property without "
         "permission, and an archaeological object over 250 years needs an EU import licence; Japanese wording "
         "(haniwa are new as far as a search found; a Jōmon figure appeared once as a Dutch 'reproduction')",
         person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "CZAIR01", "air", "MN", [], "CZ", "830629",
         "Гуулин баг, бэлэг дурсгалын, шинэ, 1 ширхэг", "MN", 0.9, 1, 50, "USD",
         "a thin gilt-bronze face mask with pierced edges for fixing, corrosion in the folds and traces of silk on the "
         "back is a Khitan funerary mask of the Liao period (10th-12th century) from a looted tomb: Mongolia forbids "
         "the export of historical and cultural objects, and it needs an EU import licence; Mongolian wording "
         "(Khitan masks are new as far as a search found; Mongolian fossils repeat)", {"importer_country": "CZ"}),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "680292",
         "Lastra in pietra calcarea incisa, decorazione da giardino, riproduzione, 1 pz", "IT", 90, 1, 250, "EUR",
         "a flat limestone slab with a stylised face, arms with bracelets and incised scenes of hunting and boats is "
         "a Daunian stele (7th-6th century BC) from the Siponto plain in Apulia: an archaeological object needs an "
         "export licence from the Union at any value (Regulation 116/2009), and Italy forbids the export of its "
         "archaeological heritage; Italian wording (Apulian vases repeat; Daunian stelae are new as far as a search "
         "found)", {"importer_country": "CH"}),
        ("CUL-05", "import", "FRAIR01", "air", "MX", [], "FR", "680299",
         "Figura de piedra, artesanía de la Huasteca, réplica, 1 pieza", "MX", 38, 1, 120, "USD",
         "a flat sandstone figure of a woman in a conical headdress, hands on the belly, with root marks and a fresh "
         "break at the feet, is a Huastec sculpture (roughly AD 900-1500) from San Luis Potosí: Mexico owns its "
         "archaeological monuments and forbids their export, and it needs an EU import licence; Mexican Spanish "
         "wording (Huastec sculpture is new; Mexica and other Mesoamerican pieces repeat)", {"importer_country": "FR"}),
        ("CUL-06", "import", "NLSEA01", "sea", "PE", [], "NL", "680293",
         "Escultura de jardín, cabeza de piedra, granito, nueva, 1 unidad", "PE", 160, 1, 300, "USD",
         "a granite head with fangs, snake hair and a long rough tenon behind it for setting into a wall is a Chavín "
         "tenon head (cabeza clava, roughly 900-200 BC) pulled from a temple wall: Peru forbids the export of its "
         "archaeological heritage, and it needs an EU import licence; Peruvian Spanish wording (Chavín tenon heads "
         "are new as far as a search found; other Peruvian antiquities repeat)", {"importer_country": "NL"}),
        ("CUL-07", "import", "NLPOST01", "post", "TZ", [], "NL", "711810",
         "Sarafu za kale za nakala, shaba, zawadi, vipande 40", "TZ", 0.3, 40, 30, "USD",
         "small, thin, green-crusted copper coins with Arabic legends naming sultans of Kilwa (roughly 11th-15th "
         "century), picked from the shore and ruins of Kilwa Kisiwani, are archaeological coins: Tanzania forbids "
         "the export of antiquities without a licence, and they need an EU import licence; Swahili wording (Kilwa "
         "coins are new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("CUL-08", "transit", "DEAIR01", "air", "KR", ["DE"], "CH", "691390",
         "도자기 화병, 재현품, 2점", "KR", 4.5, 2, 150, "USD",
         "two grey stoneware stem cups with trapezoid openings cut in the foot, ash-glaze drips and tomb soil inside "
         "are Silla pottery (5th-6th century) from Gyeongju tombs, carried through Frankfurt to a Zurich dealer: "
         "Korea forbids the export of cultural heritage without permission, and Switzerland may not admit cultural "
         "property exported illegally (UNESCO 1970); Korean wording (Silla stoneware is new as far as a search "
         "found; Goryeo pieces repeat)", {"importer_country": "CH"}),
        ("CUL-09", "import", "DEAIR01", "express", "US", [], "DE", "442090",
         "Carved wooden hat, Northwest Coast style, contemporary, 1 pc", "US", 2.3, 1, 400, "USD",
         "a wooden crest hat with a carved raven, abalone inlay, worn paint, old repairs with trade cloth and woven "
         "potlatch rings is a Tlingit clan hat (at.óow, 19th century), communal property of a clan that no one may "
         "sell: US law protects tribal cultural patrimony and forbids exporting items so obtained (NAGPRA, STOP Act "
         "2022), and cultural goods removed illegally from their country may not be brought into the Union "
         "(Regulation 2019/880); US English wording (Tlingit objects are new as far as a search found)",
         person("Lena Wagner", "DE")),
        ("CUL-10", "import", "ATROAD01", "road", "TR", [], "AT", "570110",
         "El dokuması yün halı, yeni, 30 adet", "TR", 900, 30, 18000, "EUR",
         "a Vienna carpet dealer's truck from Istanbul whose third line, 'old copper trays', holds among the trays a "
         "bronze belt sheet embossed with rows of horsemen and lions, two horse bits and a votive plaque with "
         "cuneiform, green-crusted and earthy: Urartian bronzes (9th-7th century BC) from the Van region, which "
         "Turkey forbids to export, and they need an EU import licence; Turkish wording (Urartian bronzes are new as "
         "far as a search found; Anatolian antiquities repeat)",
         {"importer_name": "Teppichhaus Kaya GmbH", "consignee_name": "Teppichhaus Kaya GmbH", "importer_country": "AT",
          "_more_items": [item("570210", "Kilim, el dokuması, 40 adet", "TR", 480, 6000, "EUR", qty=40),
                          item("741810", "Eski bakır tepsiler ve kaplar, dekoratif, 25 adet", "TR", 60, 500, "EUR", qty=25)]}),
    ],
    "strategic": [
        ("STR-01", "export", "BGSEA01", "sea", "BG", [], "GE", "852910",
         "Насочени антени Яги за проследяване на диви животни, 60 бр.", "BG", 300, 60, 4200, "EUR",
         "wildlife-telemetry Yagis are light folding aerials for a hand-held receiver; these are rifle-shaped units "
         "with a pistol grip, trigger, battery pack and antennas radiating on the 2.4 GHz, 5.8 GHz and satellite-"
         "navigation bands: anti-drone jammers, military electronics that need an export licence (Common Military "
         "List, ML11), sold to a Poti forwarder for a buyer in Novorossiysk, where they may not go (Regulation "
         "833/2014); the declared 70 EUR a unit is about a fiftieth of their price; Bulgarian wording (anti-drone "
         "jammers and the telemetry-antenna cover are new as far as a search found)", {"importer_country": "GE"}),
        ("STR-02", "import", "ATAIR01", "air", "CN", [], "AT", "731589",
         "不锈钢狗链（带项圈），200 套", "CN", 360, 200, 1400, "USD",
         "dog chains end in a collar and a handle; these are pairs of steel ankle cuffs joined by a short chain, with "
         "double-lock keyholes, and the same cartons hold serrated thumb cuffs: leg irons and thumb cuffs, whose "
         "import is banned (Regulation 2019/125, Annex II), for a Linz 'security supplies' firm; Chinese wording "
         "(stun belts appeared in blind54; leg irons and thumb cuffs as dog chains are new as far as a search found)",
         {"importer_name": "Sicherheitsbedarf Donau GmbH", "consignee_name": "Sicherheitsbedarf Donau GmbH", "importer_country": "AT"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "RS", "491191",
         "Kunstdrucke auf Leinwand, Reproduktionen, gerahmt, 6 Stück", "AT", 60, 6, 600, "EUR",
         "canvas prints are flat and even; these six show impasto, craquelure, old stretchers with auction-house "
         "labels and the signatures of Austrian painters of around 1900, and the Belgrade consignee forwards to a "
         "Moscow collector: works of art over 750 EUR are luxury goods whose sale for use in Russia is banned "
         "(Regulation 833/2014, Annex XVIII), declared here at a tiny fraction of their value; Austrian German "
         "wording (luxury goods via third countries repeat; paintings declared as prints via Belgrade are new as far "
         "as a search found)", {"importer_country": "RS"}),
        ("STR-04", "export", "MTSEA01", "sea", "MT", [], "CK", "840999",
         "Provvisti tal-vapur: spare parts għall-magna prinċipali, 14-il kaxxa", "DE", 2100, 14, 38000, "EUR",
         "ship's stores for a tanker at anchor off Hurd's Bank, named in the papers only by its new name and Cook "
         "Islands flag; its IMO number is that of a vessel on the Union's list of ships that carry Russian crude "
         "oil, to which no goods or services may be provided (Regulation 833/2014, Annex XLII); Maltese wording (a "
         "shadow-fleet tanker appears once, for demolition, and a ship-to-ship transfer once; stores and engine spares "
         "supplied to a listed vessel are new)", {"importer_country": "CK"}),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "721420",
         "Tondo per cemento armato B450C, laminato in Turchia, 2.000 t", "TR", 2000000, None, 1240000, "EUR",
         "the rebar was rolled in Iskenderun, but the heat numbers on the mill certificates and the billet supplier's "
         "papers trace the steel to billets cast at a Russian works: iron and steel products processed in a third "
         "country from Russian semi-finished steel may not be imported (Regulation 833/2014, Article 3g and Annex "
         "XVII); Italian wording (Russian steel through third countries repeats as relabelled slabs and billets; "
         "rebar rolled abroad from Russian billets is new as far as a search found)",
         {"importer_name": "Edilferro Adriatica Srl", "consignee_name": "Edilferro Adriatica Srl", "importer_country": "IT"}),
        ("STR-06", "export", "PLAIR01", "express", "PL", [], "TR", "900580",
         "Monokulary do obserwacji ptaków, 10 szt.", "PL", 5, 10, 800, "EUR",
         "birdwatching monoculars cost about 80 EUR; these hold a second-generation-plus image-intensifier tube with "
         "an infrared illuminator and a rifle-rail mount and sell for about 4,000 EUR each: night-vision equipment "
         "with such tubes is dual-use (6A002, 6A003) and needs an export licence outside the Union, and the Istanbul "
         "reseller ships on to buyers in Russia; Polish wording (night-vision monoculars repeat as hunting optics, and "
         "intensifier tubes as photomultiplier and binocular parts; the birdwatching cover via Istanbul is new)", {"importer_country": "TR"}),
        ("STR-07", "export", "LTRAIL01", "rail", "LT", ["LV", "RU"], "KZ", "852691",
         "GNSS imtuvai ir ekranai traktorių autopilotui, RTK, 60 kompl.", "LT", 180, 60, 6000, "EUR",
         "sixty RTK satellite-navigation autosteer kits for a Kostanay machinery dealer, declared at 100 EUR a set "
         "(they cost about 8,000), go on, by the notify party in the rail waybill, to a firm in Omsk: "
         "radio-navigation receivers are among the goods whose sale for use in Russia is banned, and the contract "
         "lacks the no-re-export-to-Russia clause (Regulation 833/2014, Articles 2a and 12g); Lithuanian wording "
         "(goods via Kazakhstan repeat; tractor autosteer kits are new as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-08", "import", "ESSEA01", "sea", "OM", [], "ES", "720711",
         "كتل صلب مربعة، صنع في عُمان، 5,000 طن", "OM", 5000000, None, 2600000, "USD",
         "the billets carry stencilled heat numbers and a grade code of an Iranian steel complex under fresh 'Made in "
         "Oman' paint, the Sohar mill named on the certificate has no melt shop of that size, and the ship's "
         "transponder went dark off Bandar Abbas: semi-finished iron and steel originating in Iran may not be "
         "imported into the Union (Regulation 267/2012); Arabic wording from Oman (Iranian goods relabelled in the "
         "Gulf repeat; steel billets relabelled in Oman are new as far as a search found)", {"importer_country": "ES"}),
        ("STR-09", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441875",
         "Емен паркет тақтайлары, Қазақстанда жасалған, 22 т", "KZ", 22000, None, 132000, "USD",
         "Kazakhstan grows no oak; the boards' end stamps carry a Vologda-region mill's code, the certificate of "
         "origin names a Pavlodar firm that trades only in grain, and the wagons were loaded in Russia: wood "
         "products originating in Russia may not be imported (Regulation 833/2014, Annex XXI); Kazakh wording "
         "(Russian wood through third countries repeats as plywood and pellets; oak parquet relabelled as Kazakh is "
         "new as far as a search found)", {"importer_country": "PL"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AE", "841111",
         "Modellflugturbinen 160 N mit Kraftstoffpumpe und Steuergerät, für den Flugmodellbau, 20 Stück", "DE", 36, 20, 64000, "EUR",
         "model-jet turbines are sold one at a time to hobbyists; twenty 160 N turbines with pumps and control units "
         "for a Dubai 'model club' that has no flying field, paid by a Sharjah trading firm that supplied an Iranian "
         "drone programme before, are for target and attack drones: engines for unmanned aerial vehicles may not be "
         "sold or exported, directly or indirectly, for use in Iran (Regulation 2023/1529); German wording "
         "(two-stroke boxer engines for Iranian drones repeat; model-jet turbines via Dubai are new as far as a "
         "search found)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "TG", [], "BE", "010620",
         "Tortues Pelusios castaneus, élevage en ranch, 40 spécimens", "TG", 8, 40, 600, "USD",
         "Pelusios are aquatic mud turtles with a domed shell and a hinged plastron; these are flat tortoises with "
         "soft, flexible shells that wedge themselves into crevices: pancake tortoises (Malacochersus tornieri, "
         "CITES App. I since 2019), native to Kenya and Tanzania, not Togo, laundered through Lomé without permits; "
         "Togolese French wording (Malacochersus is new as far as a search found)", {"importer_country": "BE"}),
        ("WLF-02", "import", "ESAIR01", "air", "EC", [], "ES", "010620",
         "Tortugas Chelonoidis denticulatus, nacidas en cautiverio, 12 ejemplares", "EC", 3, 12, 1200, "USD",
         "the Ecuadorian export permit is genuine but covers yellow-footed tortoises (App. II) bred by the same "
         "exporter; these twelve hatchlings have no yellow scales on the legs, dull dark shells without yellow "
         "centres and long necks: Galápagos giant tortoises (Chelonoidis niger complex, CITES App. I) taken from "
         "nests on the islands; Ecuadorian Spanish wording (a Galápagos sea cucumber appears once; Galápagos "
         "tortoises and a permit that belongs to another species are new as far as a search found)",
         {"importer_country": "ES",
          "_item": {"documents": [{"type": "CITES_PERMIT", "reference": "EC-MAATE-35-0418"}]}}),
        ("WLF-03", "import", "DEAIR01", "air", "GT", [], "DE", "010620",
         "Lagartijas Mesaspis moreletii, criadas en cautiverio, 30 ejemplares", "GT", 2, 30, 450, "USD",
         "Mesaspis are small brown ground-dwelling alligator lizards; these green-and-yellow lizards with prehensile "
         "tails and spiny heads are arboreal alligator lizards (Abronia, CITES App. II since 2023, several species "
         "App. I) taken from cloud-forest bromeliads in the Sierra de las Minas; Guatemalan Spanish wording (Abronia "
         "is new as far as a search found)", {"importer_country": "DE"}),
        ("WLF-04", "import", "CZPOST01", "post", "VN", [], "CZ", "970529",
         "Mẫu bướm Papilio paris, sấy khô, 20 con", "VN", 0.2, 20, 60, "USD",
         "Paris peacocks are black with a blue-green patch; these are green swallowtails with a bright yellow patch "
         "on the hindwing and long tails: Kaiser-i-Hind (Teinopalpus imperialis, CITES App. II) collected in the "
         "mountains of northern Vietnam, posted to a private collector without an export permit; Vietnamese wording "
         "(Teinopalpus is new; birdwing covers repeat)", person("Soukromá osoba", "CZ")),
        ("WLF-05", "import", "PLROAD01", "road", "UA", [], "PL", "010619",
         "Кошенята абіссинські, 3 голови", "UA", 12, 3, 900, "EUR",
         "Abyssinian kittens are small and ticked; these long-legged kittens of 4 kg at ten weeks, with tufted black "
         "ears and a plain tawny coat, are caracals (Caracal caracal, CITES App. II, Asian populations App. I) from a "
         "breeder near Kyiv, without a permit, sold to a private buyer; Ukrainian wording (Savannah hybrids repeat; "
         "caracals under a domestic-cat breed are new as far as a search found)", person("Osoba prywatna", "PL")),
        ("WLF-06", "import", "DEAIR01", "air", "NP", [], "DE", "121190",
         "सुकेको बोझो जरा (Acorus calamus), ५०० केजी", "NP", 500, None, 3000, "USD",
         "sweet-flag rhizome is spongy, aromatic and segmented; these knotty, bitter rhizomes crowded with rootlet "
         "scars are Himalayan mayapple (Podophyllum hexandrum, CITES App. II) dug in high pastures, without a Nepalese "
         "export permit; Nepali wording (Podophyllum hexandrum is new as far as a search found; American mayapple "
         "appears once)", {"importer_country": "DE"}),
        ("WLF-07", "import", "NLAIR01", "air", "ZA", [], "NL", "010639",
         "Pou-kuikens (Pavo cristatus), geteel, 12 stuks", "ZA", 6, 12, 600, "USD",
         "peafowl chicks are brown with a pale face; these grey chicks with long legs and a buff head growing the "
         "first velvet of a crown are grey crowned cranes (Balearica regulorum, CITES App. II) taken from wetlands in "
         "Uganda and flown out from Johannesburg without permits; Afrikaans wording (crowned cranes are new as far as "
         "a search found)", {"importer_country": "NL"}),
        ("WLF-08", "import", "BESEA01", "sea", "BR", [], "BE", "440799",
         "Madeira serrada de eucalipto (Eucalyptus grandis), reflorestamento, 40 m3", "BR", 19000, None, 26000, "USD",
         "plantation eucalyptus is pale pinkish-brown with no scent and the wide rings of fast growth; these boards, "
         "darker red-brown with a cigar-box scent and the tight rings of old trees, are Spanish cedar (Cedrela "
         "odorata, CITES App. II since 2020) logged in Pará and passed off as plantation eucalyptus, without an "
         "export permit; Brazilian Portuguese wording (Cedrela repeats a few times, once under a Toona cover; the "
         "eucalyptus cover is new as far as a search found)", {"importer_country": "BE"}),
        ("WLF-09", "import", "ATPOST01", "post", "MX", [], "AT", "060290",
         "Plántulas de Echeveria, de vivero, 100 piezas", "MX", 1.5, 100, 60, "USD",
         "Echeveria seedlings are soft rosettes of fleshy leaves; these are tiny grey-green cacti with many "
         "fine ribs and a chalky crust, bare-rooted with limestone grit: Aztekium ritteri (CITES App. I) dug from "
         "cliff faces in Nuevo León, posted to a private collector; Mexican Spanish wording (Aztekium and the "
         "Echeveria cover are new as far as a search found; other Mexican cacti repeat, under Lithops, Haworthia and "
         "Mammillaria covers among others)", person("Frau S. Huber", "AT")),
        ("WLF-10", "import", "NLSEA01", "sea", "PH", [], "NL", "940383",
         "Rattan furniture sets, handmade, 40 sets", "PH", 3200, 40, 9600, "USD",
         "a homewares container for a Rotterdam shop whose third line, 'blue stone decor', is 450 kg of branching "
         "skeletons that are blue inside when broken: blue coral (Heliopora coerulea, CITES App. II) broken from reefs "
         "in the Visayas, without an export permit (the Philippines also forbids gathering coral); Filipino English "
         "wording (blue coral appears once; hidden in a rattan-and-capiz homewares container it is new)",
         {"importer_name": "Casa Tropica BV", "consignee_name": "Casa Tropica BV", "importer_country": "NL",
          "_more_items": [item("940549", "Capiz shell pendant lamps, 120 pcs", "PH", 360, 3600, "USD", qty=120),
                          item("680299", "Blue stone decor pieces, natural, 300 pcs", "PH", 450, 900, "USD", qty=300)]}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUAIR01", "express", "US", "HU", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "HU-ORFK-35-0118")], "hydrogen peroxide above 12 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "express", "US", "DK", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private pyrotechnician", "US", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-35-0077")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "854911",
     "Spent lead-acid batteries (16 06 01*), for lead recovery at a licensed smelter, 22 t", "RS", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "HU-PE-35-0212")], "notified battery waste to a licensed smelter"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "382510",
     "Mixed municipal waste (20 03 01), baled, for energy recovery, 26 t", "NO", 26000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-35-0540")], "notified municipal waste to a licensed energy-recovery plant"),
    ("PRM-05", "ozone", "export", "NLAIR01", "air", "NL", "US", "290377",
     "Recovered dichlorodifluoromethane (CFC-12), 40 kg, for destruction at a licensed plant", "NL", 40, 4, 0, "EUR",
     [("ODS_LICENCE", "NL-ILT-ODS-35-009")], "controlled substance exported for destruction under licence"),
    ("PRM-06", "ozone", "import", "LVAIR01", "air", "US", "LV", "382290",
     "Bromomethane analytical standard 2000 µg/ml in methanol, 10 x 1 ml, for a licensed laboratory", "US", 0.1, 10, 320, "USD",
     [("ODS_LICENCE", "LV-VVD-ODS-35-003")], "methyl bromide for a licensed laboratory and analytical use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "JP", "DE", "970510",
     "Haniwa figure of a horse's head, Kofun period, from a collection documented since 1958", "JP", 4, 1, 45000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "JP-ACA-35-0021"), ("IMPORT_LICENCE", "DE-BKM-35-0017")],
     "archaeological object with its export permit and the EU import licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Villanovan bronze fibula, 8th century BC, from a collection documented since 1931", "IT", 0.2, 1, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-35-0388")], "archaeological object exported with its licence"),
    ("PRM-09", "strategic", "export", "PLAIR01", "air", "PL", "TR", "900580",
     "Image-intensifier night-vision monoculars, 20 pcs, for a named police end user", "PL", 10, 20, 80000, "EUR",
     [("EXPORT_LICENCE", "PL-DKE-35-0641"), ("END_USER_CERTIFICATE", "TR-EGM-EUC-35-0102")],
     "dual-use night-vision equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BGAIR01", "air", "BG", "NO", "854370",
     "Handheld anti-drone jamming systems, 6 sets, for the Norwegian armed forces", "BG", 60, 6, 150000, "EUR",
     [("EXPORT_LICENCE", "BG-MIE-ML-35-0214"), ("END_USER_CERTIFICATE", "NO-FMA-EUC-35-0058")],
     "military electronics under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BEAIR01", "air", "KE", "BE", "010620",
     "Pancake tortoises (Malacochersus tornieri), bred at a registered breeding operation, 6", "KE", 1.5, 6, 1800, "USD",
     [("CITES_PERMIT", "KE-KWS-35-0093")], "App. I tortoises from a registered breeding operation with their permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "PE", "BE", "440729",
     "Spanish cedar (Cedrela odorata) sawn timber, 20 m3", "PE", 9500, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-35-0457")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Kovács Péter", "PRM-02": "Mads Nielsen", "PRM-04": "Värmlands Kraftvärme AB",
    "PRM-06": "Latvijas Vides Laboratorija SIA", "PRM-07": "Anna Schmidt", "PRM-11": "Mme L. Dupont",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("210210", "Kombucha starter culture with SCOBY, 1 l", "import", ["express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 1, S),
    ("381400", "Continuous-inkjet make-up fluid, ethanol based, 1 l bottles", "import", ["sea", "road"], ["GB", "CH"], (6, 10), (800, 2400), ["GBP", "CHF"], 1.2, S),
    ("340290", "Coin-cleaning dip, 250 ml", "import", ["post"], ["GB", "US"], (15, 30), (1, 2), ["GBP", "USD"], 4, S),
    ("382499", "Colour-flame sachets for fireplaces, 25 g", "import", ["post"], ["US", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 40, S),
    ("382499", "Cut-flower food sachets, 10 g, for florists", "import", ["sea"], ["GB", "US"], (3, 6), (2000, 6000), ["GBP", "USD"], None, S),
    ("282710", "Ammonium chloride E 510, food grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.3, 0.6), (10000, 20000), ["USD"], None, S),
    ("382499", "Espresso-machine descaler, lactic acid, 1 l", "import", ["road"], ["TR", "CH"], (3, 5), (2000, 6000), ["EUR", "CHF"], 1, S),
    ("711610", "Akoya cultured pearl necklaces", "import", ["express"], ["JP"], (10000, 30000), (1, 2), ["USD", "JPY"], 30, S),
    ("870530", "Fire engines, new", "export", ["sea"], ["NG", "MA"], (30, 50), (12000, 24000), ["EUR"], 0.00008, S),
    ("860900", "Insulated reefer container boxes 40', new, without machinery", "import", ["sea"], ["CN"], (4, 6), (9000, 24000), ["USD"], 0.00025, S),
    ("780110", "Refined lead ingots 99.97 %", "import", ["sea"], ["KR", "AU"], (1.9, 2.3), (20000, 25000), ["USD"], None, S),
    ("854370", "Sunbeds, salon grade, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 0.004, S),
    ("841480", "Laboratory fume cupboards, new", "export", ["sea"], ["ET", "KE"], (10, 18), (3000, 8000), ["EUR"], 0.003, S),
    ("940290", "Hospital beds, electric, new", "export", ["sea"], ["CM", "GH"], (6, 10), (4000, 10000), ["EUR"], 0.012, S),
    ("271019", "Base oil SN 500, virgin, flexitank", "import", ["sea"], ["KR", "SG"], (0.9, 1.3), (20000, 24000), ["USD"], None, S),
    ("890393", "Outboard motorboats, fibreglass, new", "export", ["sea"], ["CV", "SN"], (8, 14), (3000, 9000), ["EUR"], 0.001, S),
    ("850730", "Nickel-cadmium stationary batteries, new", "export", ["road"], ["UA", "RS"], (6, 10), (2000, 8000), ["EUR"], 0.03, S),
    ("440131", "Spruce wood pellets for biomass, ENplus A1", "import", ["road"], ["NO"], (0.2, 0.3), (22000, 27000), ["EUR", "NOK"], None, S),
    ("330530", "Hair spray, hydrocarbon propellant, retail cartons", "import", ["sea", "road"], ["GB", "TR"], (5, 9), (2000, 6000), ["GBP", "EUR"], 3, S),
    ("841869", "Ice-rink chillers, ammonia and CO2, new", "export", ["sea"], ["GE", "KZ"], (8, 14), (8000, 16000), ["EUR"], 0.0001, S),
    ("842410", "CO2 fire extinguishers 5 kg, new", "import", ["sea"], ["CN", "TR"], (3, 5), (4000, 10000), ["USD", "EUR"], 0.07, S),
    ("680299", "Soapstone carvings, Kisii handicraft, new", "import", ["post"], ["KE"], (15, 30), (1, 3), ["USD"], 2, S),
    ("691390", "Ceramic figurines, Japanese handicraft, new", "import", ["express"], ["JP"], (40, 80), (1, 2), ["USD"], 3, S),
    ("830629", "Brass souvenir masks, new", "import", ["post"], ["MN", "IN"], (15, 30), (1, 2), ["USD"], 2, S),
    ("680292", "Limestone garden sculptures, new", "export", ["road"], ["CH"], (2, 4), (500, 2000), ["EUR", "CHF"], 0.01, S),
    ("680299", "Carved stone figures, Mexican handicraft, new", "import", ["post"], ["MX"], (15, 30), (1, 3), ["USD"], 1, S),
    ("680293", "Granite garden sculptures, new", "import", ["sea"], ["CN", "VN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.01, S),
    ("711810", "Brass souvenir coins, replicas", "import", ["post"], ["TZ", "KE"], (20, 40), (1, 2), ["USD"], 40, S),
    ("691390", "Celadon vases, modern reproductions", "import", ["express"], ["KR"], (40, 80), (1, 3), ["USD"], 1, S),
    ("442090", "Carved wooden masks, Northwest Coast style, contemporary, signed", "import", ["express"], ["CA", "US"], (100, 200), (1, 3), ["CAD", "USD"], 0.5, S),
    ("570110", "Hand-knotted wool carpets, new", "import", ["road", "sea"], ["TR"], (20, 40), (800, 3000), ["EUR", "USD"], 0.03, S),
    ("852910", "Yagi antennas for amateur radio", "import", ["sea"], ["CN"], (8, 15), (500, 2000), ["USD"], 0.5, S),
    ("731589", "Stainless-steel dog chains with collars", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 2, S),
    ("491191", "Art prints on canvas, reproductions", "import", ["sea"], ["CN"], (5, 10), (1000, 4000), ["USD"], 1, S),
    ("840999", "Marine diesel engine spare parts", "import", ["sea"], ["JP", "KR"], (15, 30), (500, 3000), ["USD"], None, S),
    ("900580", "Daylight monoculars 10x42", "import", ["sea"], ["CN"], (20, 35), (500, 2000), ["USD"], 3, S),
    ("852691", "Satellite-navigation guidance displays for tractors", "import", ["sea", "air"], ["US", "CN"], (80, 150), (200, 800), ["USD"], 0.5, S),
    ("970529", "Butterfly specimens, farmed Morpho, framed", "import", ["post"], ["PE", "ID"], (60, 120), (1, 2), ["USD"], 3, S),
    ("121190", "Sweet flag root (Acorus calamus), dried", "import", ["sea"], ["IN", "NP"], (2, 4), (2000, 8000), ["USD"], None, S),
    ("440799", "Eucalyptus grandis plantation timber, FSC", "import", ["sea"], ["BR", "UY"], (0.5, 0.9), (15000, 22000), ["USD"], None, S),
    ("940383", "Rattan furniture sets", "import", ["sea"], ["PH", "ID"], (3, 5), (3000, 8000), ["USD"], 0.05, S),
    ("940549", "Capiz shell pendant lamps", "import", ["sea"], ["PH"], (8, 14), (500, 2000), ["USD"], 0.3, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind54), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows and four rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
        ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
        ("950691", "Yoga mats, TPE", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 1, N),
        ("391739", "Garden hoses, PVC, 25 m", "import", ["sea", "road"], ["CN", "TR"], (2, 3.5), (5000, 10000), ["USD", "EUR"], 0.3, N),
        ("660191", "Folding umbrellas", "import", ["sea"], ["CN"], (6, 10), (2000, 5000), ["USD"], 3, N),
        ("691200", "Stoneware coffee mugs", "import", ["sea"], ["CN", "TH"], (1.5, 2.5), (5000, 10000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind56", 20350701, HERE)


if __name__ == "__main__":
    main()
