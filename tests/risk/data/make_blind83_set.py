#!/usr/bin/env python3
"""Writes the eighty-third blind set (tests/risk/data/blind83-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2040, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, animal
by-products included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC refrigerants and HFC-charged
equipment, firearms parts) are left out of the ordinary table; cement and urea, which
need an authorised CBAM declarant, are left out of its sensitive-looking rows (the
everyday rows are blind80's). Disguised rows carry a consignee name only where a real
declaration would. Ids are BL83-*:

    python3 tests/risk/data/make_blind83_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2040, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2040
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROPOST01", "post", "MD", [], "RO", "330749",
         "Lichid parfumat pentru umidificatoare de aer, 6 x 1 l", "MD", 6.8, 6, 900, "MDL",
         "humidifier aroma liquids are scented water at about 1.0 kg/l; these six litres have no scent at all, "
         "weigh 1.13 kg/l, push out the caps through vented closures and whiten the skin on contact: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), posted from Chișinău to a private person in Iași; Romanian wording "
         "(hydrogen peroxide repeats in many sets and humidifier covers in a few; by post from Moldova to Romania in "
         "Romanian is the new part)", person("Persoană fizică", "RO")),
        ("PRE-02", "import", "NLAIR01", "express", "KR", [], "NL", "330430",
         "젤네일 클렌저 (이소프로필 알코올), 4 x 1 L", "KR", 4.6, 4, 60000, "KRW",
         "gel-nail cleansers are isopropanol at 0.79 kg/l that smell sharply of rubbing alcohol; these four litres "
         "weigh 1.14 kg/l, smell faintly fruity, do not evaporate from the skin and the inner labels read 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Seoul to a private person in Eindhoven who runs no "
         "nail studio, although flammable liquids travel by express only as declared dangerous goods; Korean wording "
         "(nitromethane repeats in many sets; a gel-nail cleanser cover is new as far as a search found)",
         person("Particulier", "NL")),
        ("PRE-03", "import", "IEPOST01", "post", "GB", [], "IE", "283220",
         "Campden powder (potassium metabisulphite) for home wine-making, 4 x 1 kg", "GB", 4, 4, 28, "GBP",
         "Campden powder is potassium metabisulphite, a fine white powder that smells sharply of sulphur once the bag "
         "is opened; these four kilos of glossy crystals have no smell at all, flare violet in a flame and the inner "
         "bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from Leeds to a private person in "
         "Athlone who makes no wine; English wording (potassium chlorate repeats in many sets and a metabisulphite "
         "cover appears once, in blind64; Campden powder by post from Great Britain to Ireland is the new part)",
         person("Private individual", "IE")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "340290",
         "Засіб для видалення цементного нальоту з плитки, 10 x 1 л", "UA", 14, 10, 1200, "UAH",
         "cement-residue removers for tiles are dilute sulfamic or hydrochloric acid at about 1.1 kg/l; these ten "
         "litres weigh 1.39 kg/l, give off brown fumes when a cap is loosened and stain the skin yellow: about 65 % "
         "nitric acid (Annex I above 3 %), in the boot of a private car at Dorohusk for a private person in Chełm "
         "who lays no tiles; Ukrainian wording (nitric acid repeats in many sets; a tile-cleaner cover is new as far "
         "as a search found)", person("Osoba prywatna", "PL")),
        ("PRE-05", "import", "DEPOST01", "post", "CH", [], "DE", "310210",
         "Harnstoff 99 %, Kosmetikrohstoff für Fusscreme, 10 x 1 kg", "CH", 10, 10, 90, "CHF",
         "urea for home-made foot cream is fine white crystals that feel cold in water and smell of nothing; these "
         "prills turn just as cold but are porous, draw damp, sputter and melt on a hot plate and the inner bags read "
         "'NH4NO3 34,5 % N': ammonium nitrate (Annex I at 16 % N or more), posted from Basel to a private person in "
         "Freiburg who makes no cosmetics; Swiss German wording (ammonium nitrate repeats in many sets and a cosmetic "
         "urea cover in blind67; a foot-cream raw material by post from Switzerland is the new part)",
         person("Privatperson", "DE")),
        ("PRE-06", "import", "NLAIR01", "express", "US", [], "NL", "283321",
         "GH+ remineralizing salts for shrimp aquariums (magnesium/calcium sulfate), 3 x 1 kg", "US", 3, 3, 45, "USD",
         "aquarium remineralisers are calcium and magnesium sulphate that dissolve slowly and cloud the water; these "
         "three kilos of fine white crystals dissolve clear, flare lilac on a hot plate and carry CAS 7778-74-7 on "
         "the inner bags: potassium perchlorate (Annex I above 40 %), sent by express from Florida to a private person "
         "in Zwolle who keeps no aquarium; US English wording (potassium perchlorate repeats in many sets; an aquarium "
         "remineraliser cover is new as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("PRE-07", "import", "FRROAD01", "road", "CH", [], "FR", "250100",
         "Sel de déneigement pour allée privée, 10 sacs de 5 kg", "CH", 50, 10, 60, "CHF",
         "de-icing salt is grey rock salt at a few centimes a kilo; these ten bags of fine, faintly yellow crystals "
         "that draw damp, do not taste of salt and hiss when a grain falls on a hot stove carry 'NaClO3' on the inner "
         "liners: sodium chlorate (Annex I above 40 %), in a private car at the Bardonnex crossing for a private "
         "person in Annemasse; Swiss French wording (sodium chlorate repeats in many sets and de-icing and driveway "
         "covers in blind17 and blind49, and blind65 posted it to Haute-Savoie as sauna salt in Swiss French; de-icing "
         "salt by car through Bardonnex is the new part)",
         person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "GRROAD01", "road", "AL", [], "GR", "382000",
         "Lëng xhami për makina, koncentrat dimëror, 10 x 1 l", "AL", 18.4, 10, 40, "EUR",
         "windscreen-washer concentrate is blue alcohol and detergent at about 0.95 kg/l; these ten litres are "
         "water-clear and oily, weigh 1.84 kg/l and char a paper towel at once: about 96 % sulphuric acid (Annex I "
         "above 15 %), in a private car at Kakavia for a private person in Ioannina; Albanian wording (sulphuric acid "
         "repeats in many sets and Kakavia crossings in blind60, blind67 and blind74; a windscreen-washer cover is new as "
         "far as a search found)",
         person("Eleni Papadopoulou", "GR")),
        ("PRE-09", "import", "ROPOST01", "post", "TR", [], "RO", "330300",
         "Limon kolonyası, 80 derece, 6 x 1 l", "TR", 6.8, 6, 1200, "TRY",
         "Turkish lemon cologne is 80 % ethanol at 0.86 kg/l that smells of lemon from across the room; these six "
         "litres smell of nothing, weigh 1.13 kg/l, bulge their bottles and bleach a drop on the skin white: about "
         "35 % hydrogen peroxide (Annex I above 12 %), posted from İzmir to a private person in Constanța; Turkish "
         "wording (hydrogen peroxide repeats in many sets and cologne covers in several; kolonya by post from "
         "Türkiye to Romania is the new part)", person("Persoană fizică", "RO")),
        ("PRE-10", "import", "CZAIR01", "express", "CN", [], "CZ", "151311",
         "手工皂原料：椰子油, 2 kg", "CN", 2, 2, 80, "CNY",
         "a home soap-making order: coconut oil and lye flakes are what soap makers buy, but the third item's 'fine "
         "sodium chloride' is glossy crystals that do not taste of salt, hiss on a hot plate and carry 'NaClO3' on the "
         "inner bag: sodium chlorate (Annex I above 40 %), hidden as the last item of a three-item express order from "
         "Yiwu to a private person in Brno; Chinese wording (sodium chlorate repeats in many sets and soap-making stories in "
         "blind55 and blind77, as glycerine and titanium dioxide; hidden as salt in a multi-item soap order is new as "
         "far as a search found)",
         dict(person("Soukromá osoba", "CZ"),
              _more_items=[item("281511", "氢氧化钠片碱, 1 kg", "CN", 1, 30, "CNY", qty=1),
                           item("250100", "细盐 (氯化钠), 3 kg", "CN", 3, 20, "CNY", qty=3)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "690919",
         "Inerte keramische steunballen (aluminiumoxide) voor hergebruik, 60 big bags", "NL", 54000, 60, 5400, "EUR",
         "inert support balls from a reactor bed are white, clean alumina spheres sold by the tonne for a few hundred "
         "euros; these big bags hold grey-black extrudates mixed with the balls that smell of sulphur, warm up in the "
         "open air and carry a refinery's 'spent HDS catalyst, NiMo' tags: spent hydrotreating catalyst (16 08 02*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Mumbai 'refractory trader'; Dutch wording "
         "(spent catalysts repeat in many sets and support-ball covers in blind38 and blind74; by sea from Rotterdam to "
         "India is the new part)", {"importer_country": "IN"}),
        ("WST-02", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "700100",
         "Glasbruch, sortenrein, für die Glaswollerzeugung, 24 t", "AT", 24000, None, 480, "EUR",
         "cullet for glass-wool furnaces is clean, sorted container or flat glass; this load is thin white tube glass "
         "coated inside with white powder, with aluminium end caps and a whiff of metal from crushed lamps: crushed "
         "fluorescent tubes with mercury and phosphor (20 01 21*), hazardous waste whose export to a non-OECD country "
         "is banned, by lorry through Slovenia and Croatia for a Zenica 'glass-wool plant'; Austrian German wording "
         "(crushed lamps and cullet covers repeat in several sets; as glass-wool cullet from Austria to Bosnia is new "
         "as far as a search found)", {"importer_country": "BA"}),
        ("WST-03", "export", "GRSEA01", "sea", "GR", [], "EG", "380190",
         "Μεταχειρισμένα μπλοκ άνθρακα για επανένδυση κλιβάνων, 400 τόνοι", "GR", 400000, None, 4000, "EUR",
         "reusable carbon blocks are whole, clean cathode blocks; this cargo is broken black blocks and grey crusted "
         "brick from dismantled electrolysis pots that smell of ammonia when wet: spent pot lining from aluminium "
         "smelting, with cyanides and fluorides (16 11 01*), hazardous waste whose export to a non-OECD country is "
         "banned, for an Egyptian 'furnace relining' firm; Greek wording (spent pot lining repeats in many sets and "
         "cathode-block covers in a few; by sea from Greece to Egypt in Greek is the new part)", {"importer_country": "EG"}),
        ("WST-04", "export", "SKRAIL01", "rail", "SK", [], "UA", "850421",
         "Použité olejové transformátory 630 kVA, funkčné, 12 ks", "SK", 24000, 12, 18000, "EUR",
         "working second-hand transformers come with a recent oil test and a PCB-free certificate; these twelve have "
         "1974 nameplates, leaking gaskets, no test and a dielectric marked 'Delor 103' on the plates, the "
         "Czechoslovak PCB: PCB-containing equipment (16 02 09*), hazardous waste that must be decontaminated or "
         "destroyed and whose export to a non-OECD country is banned, by rail through Čierna nad Tisou to Uzhhorod; "
         "Slovak wording (PCB transformers repeat in several sets and Delor appears in blind67; as working "
         "transformers by rail to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "281700",
         "Ossido di zinco 60 % per smalti ceramici, 25 t in big bag", "IT", 25000, None, 2500, "EUR",
         "zinc oxide for glazes is a white powder of 99 % and more; this is a brown, heavy dust with 25 % zinc, lead "
         "and chlorides that comes from a Brescia steelworks' bag filters: electric-arc-furnace dust (10 02 07*), "
         "hazardous waste whose export to a non-OECD country is banned, for a Sfax 'ceramics supplier'; Italian "
         "wording (EAF dust as zinc oxide repeats in several sets; to Tunisia for glazes is new as far as a search "
         "found)", {"importer_country": "TN"}),
        ("WST-06", "export", "DEAIR01", "express", "DE", [], "IN", "711299",
         "Dentallegierungsschrott, Silber-Palladium, 8 kg", "DE", 8, None, 400, "EUR",
         "silver-palladium dental scrap is bright metal crowns and casting sprues; these bags hold grey, crumbly "
         "fillings, capsule residues and separator sludge that leave silver beads of mercury on the table: dental "
         "amalgam waste (18 01 10*), hazardous waste whose export to a non-OECD country is banned and mercury waste "
         "that must be disposed of in the Union, sent by express from Frankfurt to a Delhi 'refiner'; German wording "
         "(dental amalgam repeats in several sets; as silver-palladium alloy scrap by express to India is the new "
         "part)", {"importer_country": "IN"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "GH", "871200",
         "Gebruikte fietsen, rijklaar, 120 stuks", "BE", 1800, 120, 3600, "EUR",
         "a used-goods container for Tema: the bicycles and furniture are reusable second-hand goods, but the third "
         "item's 'tested car batteries' are 300 dead lead-acid batteries with cracked cases, white sulphate on the "
         "terminals and acid in the bottom of the container: waste lead-acid batteries (16 06 01*), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration; Flemish "
         "wording (lead-acid batteries repeat in many sets; hidden in a Ghanaian used-goods container after bicycles "
         "and furniture is new as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("940360", "Gebruikte houten meubelen, 40 stuks", "BE", 1600, 800, "EUR", qty=40),
                           item("850710", "Gebruikte auto-accu's, getest, 300 stuks", "BE", 4500, 900, "EUR", qty=300)])),
        ("WST-08", "transit", "NLSEA01", "sea", "GB", ["NL"], "PK", "720449",
         "Shredded steel scrap (HMS 1/2), 500 t", "GB", 500000, None, 90000, "GBP",
         "HMS scrap is dry cut steel; this lot is crushed engine oil filters still wet with black oil, paper elements "
         "and rubber seals, dripping onto the quay at Rotterdam: waste oil filters (16 01 07*), hazardous waste whose "
         "export from an OECD country to a non-OECD country is banned and which may not transit the Union without "
         "notification, on its way from Teesport to Karachi; English wording (oil filters repeat in many sets; as HMS "
         "steel scrap trans-shipped at Rotterdam for Pakistan is new as far as a search found)", {"importer_country": "PK"}),
        ("WST-09", "export", "ESROAD01", "road", "ES", [], "MA", "681182",
         "Placas onduladas de fibrocemento usadas, limpias, 18 t", "ES", 18000, None, 900, "EUR",
         "asbestos-free fibre-cement sheets are grey and smooth and carry a 'NT' mark; these are weathered, mossy "
         "sheets from 1970s farm roofs with broken edges that show white and blue fibres and no 'NT' mark: asbestos "
         "cement (17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry boarding the "
         "Algeciras - Tanger Med ferry for a builder in Tétouan; Andalusian Spanish wording (asbestos sheets repeat in "
         "many sets; by road and ferry to Morocco is new as far as a search found)", {"importer_country": "MA"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "ID", "391590",
         "Mistura de plásticos triturados para combustível de pirólise, 200 t", "PT", 200000, None, 2000, "EUR",
         "plastic for pyrolysis is sorted, clean polyolefin flake; this is a grey, dusty fluff of foam, fabric, "
         "wire ends and glass with an oily smell, from a car shredder in Setúbal: automotive shredder residue with "
         "hazardous substances (19 10 03*), hazardous waste whose export to a non-OECD country is banned (and mixed "
         "plastic waste may not go there either), for a Surabaya 'fuel maker'; Portuguese wording (shredder residue "
         "repeats in several sets; as pyrolysis feedstock to Indonesia is new as far as a search found)",
         {"importer_country": "ID"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "CN", [], "GR", "290379",
         "HFO-1233zd(E) 离心式冷水机组制冷剂, 40 x 300 kg", "CN", 12000, 40, 96000, "USD",
         "HFO-1233zd(E) for low-pressure centrifugal chillers costs 15-20 USD a kilo and its drums carry a GHS "
         "label for a gas under pressure; these drums hold a liquid that boils at 27 C, cost 8 USD a kilo and carry "
         "'R-123' stencilled under the paper label: HCFC-123, an ozone-depleting substance whose import into the Union "
         "is banned, by sea from Ningbo to a Piraeus chiller-service firm; Chinese wording (HCFC-123 as 1233zd repeats "
         "in several sets; to Greece is the new part)", firm("Psychrotechniki AE", "GR")),
        ("OZN-02", "import", "FRAIR01", "air", "AE", [], "FR", "290349",
         "Bouteilles de recharge HFC-227ea (FM-200) pour salle des machines de yacht, 6 x 40 kg", "AE", 240, 6, 14000, "USD",
         "FM-200 recharge bottles are red with a 'HFC-227ea' label and a fill pressure of 25 bar at most; these six "
         "are tagged 'BTM 1301' on the valves, hold 42 bar nitrogen pressure and come from a Dubai yard that stripped "
         "out old superyacht engine-room systems: halon 1301, an ozone-depleting substance whose import is banned but "
         "for critical uses with a licence, flown to an Antibes marine-systems firm; French wording (halon 1301 and "
         "HFC labels repeat in many sets; superyacht engine-room bottles from Dubai are new as far as a search found)",
         firm("Azur Marine Systèmes SARL", "FR")),
        ("OZN-03", "import", "PLPOST01", "post", "CN", [], "PL", "920890",
         "Trąbki kibica na gaz, 300 ml, 24 szt.", "CN", 8, 24, 60, "USD",
         "fan horns run on propane-butane or HFO at a few euros each; these twenty-four cans are marked 'R22' in "
         "Chinese under the Polish sticker and hiss a sweet, heavy gas: HCFC-22 in a product, which may not be placed "
         "on the Union market, posted from Yiwu to a private person in Wrocław who sells them at stadiums; Polish "
         "wording (HCFC-22 repeats in many sets and air-horn covers in a few; by post to Poland in Polish is the new "
         "part)", person("Osoba prywatna", "PL")),
        ("OZN-04", "import", "ITAIR01", "air", "IN", [], "IT", "290312",
         "Dichloromethane AR grade, 2.5 l bottles, 20 pcs", "IN", 66, 20, 400, "USD",
         "a laboratory-chemicals order for a Milan reseller: dichloromethane and chloroform are the solvents such "
         "resellers stock, but the third item's '1,2-dichloroethane' bottles carry CAS 74-97-5 on the Indian "
         "manufacturer's batch sheet and a bromine reading on the handheld: bromochloromethane, an ozone-depleting "
         "substance whose import is banned except for licensed laboratory uses, hidden as the last item of a "
         "three-item declaration; English wording (bromochloromethane repeats in several sets; behind a "
         "dichloroethane label in an Indian solvent order is new as far as a search found)",
         dict(firm("Chimica Lombarda Srl", "IT"),
              _more_items=[item("290313", "Chloroform AR grade, 2.5 l bottles, 20 pcs", "IN", 74, 500, "USD", qty=20),
                           item("290315", "1,2-Dichloroethane AR grade, 2.5 l bottles, 40 pcs", "IN", 190, 900, "USD", qty=40)])),
        ("OZN-05", "export", "ITSEA01", "sea", "IT", [], "LY", "842410",
         "Estintori a polvere 6 kg, usati, revisionati, 300 pezzi", "IT", 3000, 300, 6000, "EUR",
         "dry-powder extinguishers are red cylinders holding 6 kg of powder under nitrogen; these are smaller, "
         "lighter and green-banded, hold a liquefied gas and carry 'BCF' on the old labels: halon 1211 portable "
         "extinguishers pulled from offices and ships, an ozone-depleting substance whose export from the Union is "
         "banned except for critical uses, for a Misrata 'safety supplier'; Italian wording (halon 1211 repeats in "
         "many sets, as powder extinguishers in blind17, blind53, blind58 and blind74; serviced used ones to Libya are kept "
         "and named as a possible repeat)",
         {"importer_country": "LY"}),
        ("OZN-06", "import", "SEPOST01", "post", "US", [], "SE", "382790",
         "R-134a refrigerant with UV leak dye, for classic cars, 12 x 12 oz", "US", 4.1, 12, 180, "USD",
         "R-134a with dye comes in cans with a 1/2-inch ACME thread and a blue label; these twelve cans have the old "
         "7/16 thread, an older white label under the new one and sell to vintage-car clubs at 15 USD a can: CFC-12, "
         "an ozone-depleting substance whose import is banned, posted from Ohio to a private person in Västerås who "
         "restores 1960s cars; US English wording (CFC-12 for classic cars repeats in many sets and a UV-dye wording "
         "in blind35 and a development set; by post to Sweden is the new part)", person("Mr L. Nilsson", "SE")),
        ("OZN-07", "import", "SKROAD01", "road", "UA", [], "SK", "280430",
         "Азот технічний для продувки зерносховищ, 10 балонів", "UA", 500, 10, 9000, "UAH",
         "nitrogen for purging grain stores comes in tall black 50-litre cylinders at 200 bar and weighs little; "
         "these ten short, thick-walled cylinders hold a heavy liquefied gas, weigh 50 kg of contents each and carry "
         "'CH3Br' on the valve tags: methyl bromide, an ozone-depleting substance whose import into the Union is "
         "banned, by van at Vyšné Nemecké for a Michalovce grain farmer; Ukrainian wording (methyl bromide repeats in "
         "many sets and grain-store fumigant covers in blind2, blind73 and blind76; as nitrogen for purging, by van from "
         "Ukraine to Slovakia, is the new part)",
         person("Súkromná osoba", "SK")),
        ("OZN-08", "import", "CYSEA01", "sea", "EG", [], "CY", "392111",
         "ألواح بوليسترين مبثوق XPS، منفوخة بثاني أكسيد الكربون، 1200 لوح", "EG", 12000, 1200, 24000, "USD",
         "CO2-blown XPS boards carry the blowing agent and a CE mark on every pack; these boards from an Alexandria "
         "line that never switched carry no CE mark and their cut faces give off a faint ether smell the "
         "refrigerant detector reads as HCFC-142b: products containing a controlled substance, whose import into "
         "the Union is banned, by sea to a Limassol builders' merchant; Arabic wording (XPS blown with HCFC-142b "
         "repeats in several sets; from Egypt to Cyprus is the new part)", firm("Kyprou Domika Ltd", "CY")),
        ("OZN-09", "import", "HRROAD01", "road", "RS", [], "HR", "290349",
         "Sredstvo za gašenje HFC-236fa (FE-36), 20 boca po 25 kg", "RS", 500, 20, 7000, "EUR",
         "FE-36 is a single HFC that leaves a clean, odourless gas; these twenty bottles hold a blend whose "
         "refrigerant identifier reads mostly HCFC-22 with HCFC-123 and HCFC-124 and a d-limonene smell: NAF S-III, "
         "a blend of ozone-depleting substances whose import is banned, by lorry at Bajakovo for a Zagreb "
         "fire-protection service; Serbian wording (NAF S-III repeats in several sets and FE-36 labels in blind15, blind48, "
         "blind61 and blind72; from Serbia to Croatia is kept and named as a possible repeat)", firm("Vatrozaštita Sava d.o.o.", "HR")),
        ("OZN-10", "import", "NLSEA01", "sea", "VN", [], "NL", "841510",
         "Máy lạnh di động gas R-290, 400 chiếc", "VN", 12000, 400, 40000, "USD",
         "R-290 portable air conditioners carry a flammable-gas symbol and 150-300 g of propane; these 400 units "
         "have no flammable symbol, 600 g charges and compressors stamped 'R22' from an older line: equipment that "
         "contains HCFC-22, whose import into the Union is banned, by sea from Hai Phong to a Rotterdam wholesaler; "
         "Vietnamese wording (HCFC-22 equipment repeats in many sets and portable air-conditioner covers in three; "
         "from Viet Nam in Vietnamese is the new part)", firm("Koel Handel Nederland BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "ET", [], "DE", "490199",
         "በእጅ የተሰራ የመታሰቢያ የጸሎት መጽሐፍ፣ ግዕዝ፣ አዲስ", "ET", 1.2, 1, 120, "USD",
         "new souvenir prayer books from Addis Ababa are paper or thin new goatskin with bright felt-pen colours; this "
         "one is dark, smoke-stained parchment in wooden boards with a tooled leather case, worn by thumbing, with a "
         "church's ownership note on the last leaf: an 18th-century Ge'ez psalter (Dawit) from an Ethiopian church, "
         "whose export Ethiopian law forbids and whose introduction into the Union is therefore banned (Regulation "
         "2019/880), sent by express to a private person in Cologne; Amharic wording (Ethiopian manuscripts repeat in "
         "several sets; as a new souvenir prayer book by express is kept and named as a possible repeat)",
         person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "NLSEA01", "sea", "TH", [], "NL", "940169",
         "ม้านั่งสวนไม้สัก 200 ตัว", "TH", 6000, 200, 24000, "USD",
         "a garden-furniture container for a Dutch garden centre: teak benches and new concrete Buddha statues are "
         "what such containers hold, but the third item's 'weathered sandstone garden ornament' is a carved lintel "
         "fragment with a kala face and garlands, lichen in the carving and old saw cuts at the back: a 10th-12th "
         "century Khmer temple lintel from Cambodia, brought over the Thai border, whose introduction is banned "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration; Thai wording (Khmer sculpture "
         "repeats in several sets and blind80 hid tau-tau in an Indonesian furniture container; a Khmer lintel under "
         "garden ornaments from Thailand is new as far as a search found)",
         dict(firm("Tuincentrum Horizon BV", "NL"),
              _more_items=[item("681099", "พระพุทธรูปปูนปั้นสำหรับสวน ใหม่ 30 องค์", "TH", 1800, 2400, "USD", qty=30),
                           item("680299", "หินทรายตกแต่งสวน เก่า 1 ชิ้น", "TH", 220, 150, "USD", qty=1)])),
        ("CUL-03", "export", "BEAIR01", "air", "BE", [], "US", "442199",
         "Gesneden eiken paneel, reproductie in gotische stijl, 1 stuk", "BE", 60, 1, 900, "EUR",
         "reproduction carved panels are machine-routed new oak with an even stain; this panel is hand-carved oak "
         "with worm holes, old polychromy and gilding in the folds and a Passion scene under a tracery canopy, with "
         "the Antwerp hand brand on the back: the case of an early-16th-century Antwerp carved altarpiece, a sculpture "
         "well above the threshold that needs an EU export licence (Regulation 116/2009), flown from Brussels to a New "
         "York dealer; Flemish wording (altarpiece parts repeat in several sets; as a Gothic-style reproduction panel "
         "flown from Belgium is kept and named as a possible repeat)", {"importer_country": "US"}),
        ("CUL-04", "import", "FRPOST01", "post", "LB", [], "FR", "701399",
         "Petits flacons en verre soufflé, artisanat de Sarafand, neufs, 12 pièces", "LB", 2, 12, 90, "USD",
         "new Sarafand glass is thick, bubbly and blue or green; these twelve little flasks are thin, pale glass with "
         "a silvery, flaking iridescence and earth in the necks: Roman glass unguentaria from a Syrian or Lebanese "
         "tomb, archaeological objects whose export their country of origin forbids and whose introduction into the "
         "Union is banned (Regulation 2019/880), posted from Sidon to a private person in Marseille; French wording "
         "(Roman glass repeats in a few sets; as new Sarafand glass by post is new as far as a search found)",
         person("Mme Claire Martin", "FR")),
        ("CUL-05", "import", "HUROAD01", "road", "RS", [], "HU", "740400",
         "Mesingani otpad, mešani, 40 kg", "RS", 40, None, 160, "EUR",
         "brass scrap is taps, fittings and shell cases; these forty kilos are green-patinated socketed axes, "
         "sickles, bracelets and plano-convex ingots still caked with earth: a Late Bronze Age hoard dug up in "
         "Vojvodina, archaeological objects owned by the Serbian state whose introduction into the Union is banned "
         "(Regulation 2019/880), in a van at Röszke for a Szeged scrap dealer; Serbian wording (hoards and brass-scrap "
         "covers repeat in several sets, blind63 and blind68 among them; from Serbia to Hungary by road is kept and "
         "named as a possible repeat)", firm("Tisza Fémhulladék Kft.", "HU")),
        ("CUL-06", "import", "ITAIR01", "express", "EC", [], "IT", "691390",
         "Figuras de cerámica, réplicas artesanales de Manabí, 8 piezas", "EC", 6, 8, 80, "USD",
         "craft replicas from Manabí are bright, hard-fired and even; these eight are soft, grey-brown, mould-made "
         "figures with headdresses and ear spools, worn, with root marks and soil in the hollows: Jama-Coaque "
         "figures (350 BC - 1532 AD), archaeological heritage of Ecuador whose export is forbidden and whose "
         "introduction into the Union is banned (Regulation 2019/880), sent by express from Guayaquil to a private "
         "person in Turin; Ecuadorian Spanish wording (pre-Columbian figures as replicas repeat in many sets and "
         "Jama-Coaque figures in blind26 and blind65; by express to Italy is kept and named as a possible repeat)", person("Sig. M. Bianchi", "IT")),
        ("CUL-07", "import", "DEAIR01", "air", "TR", [], "DE", "690721",
         "کاشی دیواری تزئینی نو، طرح کاشان، 40 عدد", "IR", 30, 40, 600, "USD",
         "new Kashan-style tiles are even, machine-pressed and glossy; these forty are star and cross tiles with a "
         "coppery lustre over white, a soft frit body, mortar on the backs and parts of a Qur'anic inscription frieze: "
         "13th-14th-century Kashan lustre tiles from an Iranian shrine, whose export Iranian law forbids and whose "
         "introduction into the Union is banned (Regulation 2019/880), flown from Istanbul to a Munich carpet dealer; "
         "Persian wording (lustre wares appear once, in blind63; Kashan tiles as new tiles flown through Istanbul are "
         "new as far as a search found)", firm("Orient Teppich Haus GmbH", "DE")),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "940360",
         "Cassapanca dipinta, riproduzione in stile rinascimentale, 1 pezzo", "IT", 90, 1, 1200, "EUR",
         "reproduction cassoni are new poplar with flat paint and a spray varnish; this chest is carved and gilded "
         "gesso over old wood with worm channels, a tempera battle scene on the front panel and Florentine arms: a "
         "15th-century painted wedding chest worth far more than the 50,000 EUR threshold, which needs an EU export "
         "licence (Regulation 116/2009) as well as the Italian certificate, in a van at Chiasso for a Lugano "
         "collector; Italian wording (a painted cassone is new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-09", "import", "PLPOST01", "post", "UA", [], "PL", "830629",
         "Декоративні дзвоники, нові, литі, 3 шт.", "UA", 14, 3, 60, "EUR",
         "new decorative bells are thin brass castings with a shiny lacquer; these three are thick bronze church "
         "bells with a dark patina, Cyrillic inscriptions naming a parish, a founder and the year 1786, and fresh "
         "cuts where the yokes were removed: 18th-century bells taken from a church in Ukraine, whose export "
         "Ukrainian law forbids and whose introduction into the Union is banned (Regulation 2019/880), posted from "
         "Lviv to a private person in Lublin; Ukrainian wording (church bells repeat in several sets; as new decorative bells by post from Lviv to Lublin is kept and named as a possible repeat)",
         person("Piotr Nowak", "PL")),
        ("CUL-10", "export", "DEAIR01", "express", "DE", [], "JP", "441490",
         "Fotorahmen im Vintage-Stil, neu, mit Beispielbildern, 24 Stück", "DE", 6, 24, 300, "EUR",
         "vintage-style frames come with printed sample pictures; these twenty-four hold silvered copper plates "
         "whose image turns negative at an angle, in pressed-brass mats and leather cases, of 1840s-1850s Hamburg "
         "sitters: a collection of daguerreotypes, photographs more than 50 years old worth more than the 15,000 EUR "
         "threshold, which need an EU export licence (Regulation 116/2009), sent by express to a Tokyo dealer; "
         "German wording (daguerreotypes are new as far as a search found)", {"importer_country": "JP"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "852691",
         "Fahrradcomputer mit GPS, Einbaumodule, 2 000 Stück", "DE", 40, 2000, 36000, "EUR",
         "bicycle computers are retail-boxed units with a screen and a mount; these 2,000 are bare 16 x 12 mm "
         "multi-band GNSS receiver modules on tape reels, ordered by a Yerevan firm founded last year whose delivery "
         "address on the forwarder's file is in Moscow: GNSS receivers on the Union's list of common high-priority "
         "items, whose sale to Russia is banned (Regulation 833/2014, Article 2a) and which Armenia's own market does "
         "not need in such numbers, flown from Frankfurt; German wording (GNSS modules repeat in several sets; as "
         "bicycle computers is new as far as a search found)", firm("Ararat Smart Devices LLC", "AM")),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "AE", "722830",
         "Gereedschapsstaal H13, warmgewalste staven 120 mm, 8 t", "NL", 8000, None, 48000, "EUR",
         "H13 hot-work tool steel is chromium-molybdenum-vanadium steel at about 5 EUR a kilo; these bars test at "
         "18 % nickel, 9 % cobalt and 5 % molybdenum with no chromium, and their mill certificate gives a tensile "
         "strength above 2,000 MPa: maraging steel of item 1C116, which needs a dual-use export licence, for a Jebel "
         "Ali trader whose end user is in Iran (Regulation 267/2012); Dutch wording (maraging steel repeats in "
         "several sets; as H13 tool steel to Dubai is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "import", "ROSEA01", "sea", "GE", [], "RO", "252329",
         "პორტლანდცემენტი CEM I 42.5, საქართველოს წარმოშობის, 30 000 ტ", "GE", 30000000, None, 1800000, "USD",
         "Georgian cement comes from Kaspi or Rustavi with a Georgian mill certificate; this cargo's bags carry a "
         "Novorossiysk mill code, the certificate of origin was issued in Poti for a cargo that arrived by coaster "
         "from Russia a week before, and Georgian plants could not spare 30,000 t: Russian cement relabelled as "
         "Georgian, whose import into the Union is banned (Regulation 833/2014, Article 3i, Annex XXI), by sea to "
         "Constanța; Georgian wording (Russian goods relabelled in Poti and Russian cement repeat in several sets; "
         "Georgian-labelled cement to Romania is new as far as a search found)", firm("Dobrogea Materiale SRL", "RO")),
        ("STR-04", "export", "ITAIR01", "express", "IT", [], "KG", "420221",
         "Borse in materiale sintetico, 30 pezzi", "IT", 30, 30, 900, "EUR",
         "synthetic handbags sell at 20-40 EUR; these thirty are calf-leather bags of a Florentine house with serial "
         "tags and dust bags that retail at 2,000-4,000 EUR each, for a Bishkek 'boutique' whose buyer resells in "
         "Moscow: luxury goods above 300 EUR a piece, which may not be sold to Russia (Regulation 833/2014, Article "
         "3h, Annex XVIII), undervalued by a hundred times, sent by express; Italian wording (luxury handbags to "
         "Russia through Central Asia repeat in blind41 and blind54; as synthetic bags by express to Kyrgyzstan is "
         "kept and named as a possible repeat)", firm("Ala-Too Fashion LLC", "KG")),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "TR", "701990",
         "Glasvezel-prepreg voor reparatie van windturbinebladen, 120 rollen", "BE", 3600, 120, 30000, "EUR",
         "glass-fibre prepreg for blade repair is white or green, cheap and kept cool; these rolls are black, "
         "carbon-fibre unidirectional tape with a high-modulus fibre grade on the core labels, shipped frozen with "
         "dry ice, for an Istanbul firm with no wind-turbine work whose forwarder lists Bandar Abbas: prepreg of item "
         "1C010, which needs a dual-use export licence, bound for Iran (Regulation 267/2012); Flemish wording (carbon "
         "fibre repeats in several sets and wind-turbine wordings in a few; as blade-repair glass prepreg through "
         "Türkiye is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-06", "import", "GRSEA01", "sea", "OM", [], "GR", "390120",
         "HDPE granules, film grade, Omani origin, 1 000 t", "OM", 1000000, None, 1050000, "USD",
         "Omani HDPE comes from the Sohar plant in bags printed with its grade names; these bags are plain white "
         "with a re-bagging seam, the grade matches a Bandar Imam plant's, and the ship's AIS went dark off Bandar "
         "Abbas for three days: Iranian polyethylene relabelled as Omani, whose import into the Union is banned "
         "(Regulation 267/2012 as re-applied after the 2025 snapback), by sea to Thessaloniki; English wording "
         "(Iranian petrochemicals relabelled as Omani repeat in several sets; HDPE to Thessaloniki is kept and named as a "
         "possible repeat)",
         firm("Polymer Hellas AE", "GR")),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "LB", "290941",
         "Dietilenglicol 99 %, bidones de 225 kg, 40 unidades", "ES", 9000, 40, 13500, "EUR",
         "diethylene glycol is a neutral, odourless, sweet liquid; these drums hold a liquid that is strongly "
         "alkaline, smells of ammonia and turns viscous in the cold, and the maker's inner tag reads CAS 102-71-6: "
         "triethanolamine, a chemical-weapons precursor of item 1C350 (CWC Schedule 3), which needs a dual-use "
         "export licence, for a Beirut trader whose end user is in Syria; Spanish wording (triethanolamine repeats in "
         "several sets; as diethylene glycol is new as far as a search found)", {"importer_country": "LB"}),
        ("STR-08", "import", "BEAIR01", "air", "AE", [], "BE", "711291",
         "Gold scrap, broken 22 kt jewellery, UAE origin, 12 kg", "AE", 12, None, 820000, "USD",
         "broken jewellery scrap is a tangle of chains, rings and bangles at 22 kt; these 12 kg are flat chips of "
         "99.99 % gold cut from bars, some still showing part of a Russian refinery's stamp, with a Dubai invoice "
         "claiming local scrap: gold of Russian origin, whose import into the Union is banned even after processing "
         "in a third country (Regulation 833/2014, Article 3o), flown to an Antwerp refiner; English wording "
         "(Russian gold repeats in several sets and scrap-gold covers in three; cut bar chips as 22 kt jewellery "
         "scrap is kept and named as a possible repeat)", firm("Orion Precious Metals NV", "BE")),
        ("STR-09", "export", "CZPOST01", "post", "CZ", [], "KZ", "900580",
         "Digitální noční vidění pro pozorování zvěře, 6 ks", "CZ", 4, 6, 600, "EUR",
         "digital night-vision scopes for wildlife watching are cheap CMOS devices with an infrared lamp; these six "
         "carry third-generation image-intensifier tubes with a green-white screen, cost about 5,000 EUR each, and go "
         "to a private person in Almaty who buys them every month: image intensifier tubes of item 6A002, which need "
         "a dual-use export licence and are on the list of items whose sale for use in Russia is banned, posted from "
         "Brno; Czech wording (image intensifiers repeat in several sets; as digital wildlife scopes by post to "
         "Kazakhstan is new as far as a search found)", {"importer_country": "KZ", "consignee_name": "Zhasulan A."}),
        ("STR-10", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Сұйытылған мұнай газы (пропан), Қазақстан, 20 цистерна", "KZ", 1000000, 20, 420000, "USD",
         "Kazakh LPG comes from Atyrau or Tengiz with a Kazakh producer's quality passport; these twenty tank cars "
         "were filled at a Russian terminal near Orenburg, their waybills were re-issued at a Kazakh border station "
         "and the passport names a trading house with no plant: Russian liquefied petroleum gas, whose import into "
         "the Union is banned (Regulation 833/2014, Annex XXI), by rail through Russia and Belarus to Małaszewicze; "
         "Kazakh wording (Russian LPG and Kazakh relabelling repeat in several sets; Kazakh-worded tank cars to "
         "Poland are kept and named as a possible repeat)", firm("Gaz Wschód Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLF-01", "export", "ESAIR01", "air", "ES", ["QA"], "HK", "160420",
         "Gulas del norte (surimi), refrigeradas, 60 kg", "ES", 60, None, 900, "EUR",
         "gulas are surimi shaped like baby eels, grey on the back, cheap and sold chilled in trays; these "
         "polystyrene boxes hold live, transparent glass eels with black eyes, in wet gauze with ice packs, worth "
         "hundreds of euros a kilo: European eels (Anguilla anguilla, CITES App. II), whose export from the Union is "
         "not allowed, flown from Bilbao through Doha to Hong Kong; Spanish wording (glass eels repeat in many sets "
         "and a gulas wording in blind14; from Bilbao through Doha is kept and named as a possible repeat)",
         {"importer_country": "HK"}),
        ("WLF-02", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Injertos de Gymnocalycium, de vivero, 40 piezas", "MX", 2, 40, 60, "USD",
         "nursery Gymnocalycium grafts sit on green stock and are bright, even and clean; these forty are ungrafted, "
         "grey, flat rosettes of triangular tubercles with cut taproots and desert soil in the folds: wild-collected "
         "living rock cacti (Ariocarpus, CITES App. I), posted from San Luis Potosí without CITES documents to a "
         "private person in Kassel; Mexican Spanish wording (Mexican cacti repeat in many sets and a Gymnocalycium "
         "cover appears in blind64; Ariocarpus as Gymnocalycium grafts is kept and named as a possible repeat)",
         person("Lena Wagner", "DE")),
        ("WLF-03", "import", "DKAIR01", "express", "TW", [], "DK", "060290",
         "國蘭 (Cymbidium) 小苗，60 株", "TW", 3, 60, 300, "USD",
         "Cymbidium seedlings from Taiwanese nurseries are uniform, potted in bark and grass-leaved; these sixty are "
         "bare-root plants with mottled leaves, a few with a pouch-shaped flower bud and limestone grit on the roots: "
         "wild slipper orchids (Paphiopedilum, CITES App. I) collected in northern Viet Nam, sent by express from "
         "Taichung to a private grower in Odense without CITES documents; traditional Chinese wording (slipper "
         "orchids repeat in many sets; as Cymbidium seedlings from Taiwan is new as far as a search found)",
         person("Privatperson", "DK")),
        ("WLF-04", "import", "ESSEA01", "sea", "EC", [], "ES", "230990",
         "Masticables para perros de piel de pescado deshidratada, 800 kg", "EC", 800, None, 3200, "USD",
         "fish-skin dog chews are thin, rolled strips of cod or tilapia skin; these cartons hold whole, dried, "
         "triangular fins with cartilage rays, some tall and grey with a rounded tip: fins of silky, oceanic "
         "whitetip and hammerhead sharks (CITES App. II), without CITES export permits, by sea from Manta to Vigo; "
         "Ecuadorian Spanish wording (shark fins repeat in many sets and dog-chew covers in blind52 and blind67; "
         "from Ecuador to Vigo is kept and named as a possible repeat)", firm("Mascotas Atlántico SL", "ES")),
        ("WLF-05", "import", "PLPOST01", "post", "KZ", [], "PL", "050790",
         "Ірі қара мал мүйізінің ұштары, пышақ саптарына, 4 кг", "KZ", 4, 20, 80, "USD",
         "cattle-horn tips for knife handles are dark, solid and thick; these twenty are translucent, amber, "
         "lyre-shaped horns 25-35 cm long with ten to twenty ridged rings: saiga antelope horns (Saiga tatarica, "
         "CITES App. II, zero export quota for wild specimens), posted from Almaty to a private person in Białystok "
         "without a CITES permit; Kazakh wording (saiga horn repeats in many sets and cattle-horn covers in two; by "
         "post from Kazakhstan in Kazakh is the new part)", person("Anna Kowalska", "PL")),
        ("WLF-06", "import", "ITAIR01", "air", "IN", [], "IT", "121190",
         "Dried orris root (Iris pallida), for perfumery, 200 kg", "IN", 200, None, 2400, "USD",
         "orris root is pale, peeled rhizome from Tuscany or Morocco; these are grey-brown, wrinkled, fibrous roots "
         "from Kashmir with a stronger, oilier violet smell: costus root (Saussurea costus, CITES App. I), flown from "
         "Delhi to a Florence perfumery supplier without CITES documents; English wording (costus repeats in a few "
         "sets, once as burdock root; as orris root, whose smell it shares, is new as far as a search found)",
         firm("Essenze Fiorentine Srl", "IT")),
        ("WLF-07", "import", "NLAIR01", "express", "IN", [], "NL", "330499",
         "कुमकुम पाउडर (हल्दी और चूना), 20 किलो", "IN", 20, 20, 200, "USD",
         "kumkum is turmeric reddened with lime, a fine, bright-red powder that smells of turmeric and stains "
         "yellow-orange in water; this is a coarse, blood-red wood flour that smells of sawdust and turns water red "
         "only with alcohol: red sanders (Pterocarpus santalinus, CITES App. II), sent by express from Chennai to a "
         "Rotterdam shop without CITES documents; Hindi wording (red sanders repeats in several sets; as kumkum is new "
         "as far as a search found)", firm("Vega Import BV", "NL")),
        ("WLF-08", "import", "ATPOST01", "post", "ID", [], "AT", "961590",
         "Jepit rambut asetat motif kulit penyu, 40 buah", "ID", 0.4, 40, 80, "USD",
         "tortoiseshell-effect acetate clips are glossy, even and light, and smell of vinegar when cut; these "
         "forty are layered, translucent amber and brown plates that smell of burnt hair under a hot needle: "
         "hawksbill turtle shell (Eretmochelys imbricata, CITES App. I), posted from Bali to a private person in "
         "Innsbruck without CITES documents; Indonesian wording (hawksbill repeats in many sets and hair clips that were not acetate "
         "in blind31, from Cuba; by post from Bali to Austria is the new part)",
         person("Frau S. Huber", "AT")),
        ("WLF-09", "transit", "DEAIR01", "air", "ID", ["DE"], "SA", "121190",
         "Serpihan kayu cendana untuk dupa, 300 kg", "ID", 300, None, 1500, "USD",
         "sandalwood chips are pale yellow, evenly coloured and smell sweet and milky; these are dark, resin-veined "
         "chips that sink in water and give a heavy, smoky-sweet smell when heated: agarwood (Aquilaria malaccensis, "
         "CITES App. II), without an Indonesian CITES export permit, flown from Jakarta through Frankfurt in transit "
         "to Riyadh; Indonesian wording (agarwood repeats in many sets and sandalwood covers in a few; in transit "
         "through Frankfurt to Saudi Arabia is kept and named as a possible repeat)", {"importer_country": "SA"}),
        ("WLF-10", "import", "FRAIR01", "express", "BS", [], "FR", "710122",
         "Pink freshwater cultured pearls, loose, 30 pcs", "BS", 0.05, 30, 300, "USD",
         "pink freshwater cultured pearls are nacreous, lustrous and round with a drill hole; these thirty are "
         "oval, porcelain-like and undrilled, with a flame pattern under the loupe, and sell for thousands each: "
         "queen conch pearls (Strombus gigas, CITES App. II) without a CITES export permit, sent by express from "
         "Nassau to a Paris jeweller; Bahamian English wording (conch pearls appear in blind43; as freshwater pearls "
         "from the Bahamas is kept and named as a possible repeat)", firm("Perles Rivage SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "express", "CN", "CZ", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnician)", "CN", 1, 1, 120, "CNY",
     [("PRECURSOR_LICENCE", "CZ-MPO-40-0027")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "280800",
     "Nitric acid 65 %, 10 x 1 l, for a licensed private user (amateur silver refiner)", "UA", 14, 10, 1500, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWiA-40-0139")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "SA", "NL", "262099",
     "Spent NiMo hydrotreating catalyst (16 08 02*), for metal recovery at a licensed plant, 60 big bags", "SA",
     54000, 60, 0, "USD",
     [("BASEL_CONSENT", "NL-ILT-40-0117")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "PLROAD01", "road", "UA", "PL", "850421",
     "PCB-containing transformers (16 02 09*), for destruction at a licensed incinerator, 10 units", "UA",
     20000, 10, 0, "EUR",
     [("BASEL_CONSENT", "PL-GIOŚ-40-0066")], "notified PCB equipment to a licensed high-temperature incinerator"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "IN", "IT", "290379",
     "Bromochloromethane, 4 x 500 ml, for a licensed laboratory use (analytical reference)", "IN", 3, 4, 200, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-40-002")], "bromochloromethane for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 8 cylinders, for critical use in aircraft engine nacelles", "US",
     200, 8, 16000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-40-004")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "970310",
     "Carved oak altarpiece case, Antwerp, c. 1520, documented sale from a private collection", "BE", 60, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-40-0018")], "altarpiece exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Painted cassone, Florence, c. 1470, with its Italian certificate of free circulation", "IT", 90, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-40-0051")], "Renaissance chest exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "KR", "722830",
     "Maraging steel 350 bars, 120 mm, 4 t, for a Korean aerospace parts maker", "NL", 4000, None, 96000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-40-0233"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-40-0071")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "MA", "292215",
     "Triethanolamine 99 %, 40 drums, for a Moroccan cement works (grinding aid)", "ES", 9000, 40, 16000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOM-40-0094"), ("END_USER_CERTIFICATE", "MA-EUC-40-0035")],
     "chemical-weapons precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "express", "BS", "FR", "710110",
     "Queen conch pearls (Strombus gigas), 6 pieces, for a jeweller", "BS", 0.01, 6, 18000, "USD",
     [("CITES_PERMIT", "BS-DMR-40-0012")], "App. II conch pearls with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "060290",
     "Ariocarpus fissuratus, artificially propagated seedlings from a registered nursery, 200", "MX", 4, 200, 600, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-40-0188")], "artificially propagated App. I cacti with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Osoba prywatna", "PRM-06": "Aéro Maintenance Sud SARL",
    "PRM-08": "Collezione Ticinese SA", "PRM-11": "Perles Rivage SARL",
    "PRM-12": "Kakteengärtnerei Alpina GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330749", "Humidifier aroma water, 500 ml", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("330430", "Gel-nail cleanser, isopropanol, 1 l", "import", ["express"], ["KR", "US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("283220", "Campden tablets (potassium metabisulphite), home wine-making", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("340290", "Tile cement-residue remover, sulfamic acid based, 1 l", "import", ["road"], ["UA", "TR"], (1, 2), (3000, 8000), ["EUR"], 1, S),
    ("283321", "Magnesium sulphate, aquarium remineraliser, 1 kg", "import", ["express"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1, S),
    ("250100", "De-icing rock salt, 25 kg bags", "import", ["road"], ["CH", "NO"], (0.1, 0.2), (10000, 20000), ["EUR", "CHF"], 0.04, S),
    ("382000", "Windscreen-washer concentrate, winter, 1 l", "import", ["road"], ["TR", "RS"], (1, 2), (6000, 12000), ["EUR"], 1, S),
    ("330300", "Lemon cologne (kolonya), 80 % ethanol, 400 ml", "import", ["sea"], ["TR"], (3, 5), (6000, 12000), ["EUR", "USD"], 2.5, S),
    ("151311", "Coconut oil, virgin, for soap making, 1 kg", "import", ["express"], ["LK", "GB"], (6, 12), (1, 4), ["USD", "GBP"], 1, S),
    ("690919", "Inert ceramic support balls, alumina, new", "export", ["sea"], ["IN", "SA"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("701980", "Glass-wool insulation rolls, new", "export", ["road"], ["BA", "RS"], (1, 2), (4000, 10000), ["EUR"], None, S),
    ("380190", "Carbon cathode blocks, new, for aluminium smelters", "export", ["sea"], ["EG", "AE"], (2, 4), (15000, 24000), ["EUR"], None, S),
    ("850421", "Distribution transformers, new, 630 kVA, mineral oil", "export", ["rail"], ["UA", "MD"], (4, 7), (6000, 18000), ["EUR"], 0.0005, S),
    ("281700", "Zinc oxide 99.5 %, rubber grade", "export", ["sea"], ["TN", "MA"], (2.5, 3.5), (15000, 24000), ["EUR"], None, S),
    ("871200", "Bicycles, used, roadworthy, sorted", "export", ["sea"], ["GH", "TG"], (1, 2), (4000, 8000), ["EUR"], 0.07, S),
    ("850710", "Lead-acid car batteries, new, filled", "export", ["sea"], ["GH", "SN"], (2, 3), (8000, 16000), ["EUR"], 0.06, S),
    ("842123", "Oil filters for engines, new, boxed", "export", ["sea"], ["PK", "EG"], (5, 9), (3000, 8000), ["EUR"], 2, S),
    ("681182", "Fibre-cement corrugated sheets, new, asbestos-free", "export", ["road"], ["MA"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.05, S),
    ("390120", "HDPE granules, prime, 25 kg bags", "export", ["sea"], ["ID", "VN"], (1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("290379", "HFO-1233zd(E), drums, for centrifugal chillers", "import", ["sea"], ["US", "CN"], (10, 16), (6000, 12000), ["USD"], 0.0033, S),
    ("842410", "FK-5-1-12 clean-agent extinguishers, 6 kg, CE-marked", "import", ["road"], ["TR", "GB"], (20, 40), (1000, 3000), ["EUR"], 0.1, S),
    ("280430", "Nitrogen, technical, cylinders, for grain-store purging", "import", ["road"], ["UA", "MD"], (1, 2), (2000, 6000), ["EUR"], 0.02, S),
    ("392111", "XPS insulation boards, CO2-blown, CE-marked", "import", ["sea"], ["EG", "TR"], (2, 3), (8000, 14000), ["USD"], None, S),
    ("842410", "Dry-powder fire extinguishers, new, 6 kg", "export", ["sea"], ["LY", "TN"], (3, 5), (3000, 9000), ["EUR"], 0.1, S),
    ("290312", "Dichloromethane, analytical grade, 2.5 l bottles", "import", ["air"], ["IN", "CN"], (3, 6), (200, 800), ["USD"], 0.3, S),
    ("841510", "Portable air conditioners, R-290, new", "import", ["sea"], ["VN", "CN"], (6, 10), (6000, 12000), ["USD"], 0.03, S),
    ("681099", "Concrete garden statues, Buddha, new", "import", ["sea"], ["TH", "VN"], (0.5, 1), (6000, 14000), ["USD"], 0.05, S),
    ("442199", "Carved oak panels, Gothic-style reproductions, new", "export", ["sea"], ["US", "CA"], (15, 30), (500, 2000), ["EUR"], 0.02, S),
    ("701399", "Hand-blown glass vases, new, Hebron and Sarafand glass", "import", ["post"], ["LB", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("691390", "Ceramic figures, new, pre-Columbian style replicas", "import", ["express"], ["EC", "PE"], (20, 40), (1, 3), ["USD"], 1, S),
    ("690721", "Decorative ceramic wall tiles, new, Persian-style", "import", ["air"], ["TR", "UZ"], (8, 15), (100, 400), ["USD"], 10, S),
    ("940360", "Painted wooden chests, Renaissance-style reproductions, new", "export", ["road"], ["CH"], (15, 30), (500, 2000), ["EUR"], 0.03, S),
    ("830629", "Decorative brass bells, new, cast", "import", ["post"], ["UA", "IN"], (15, 30), (1, 3), ["EUR", "USD"], 1, S),
    ("441490", "Vintage-style photo frames, new", "export", ["express"], ["JP", "US"], (20, 40), (1, 4), ["EUR"], 2, S),
    ("852691", "GPS bicycle computers, retail-boxed", "export", ["air"], ["CH", "GB"], (150, 250), (100, 400), ["EUR"], 8, S),
    ("420222", "Handbags, polyester, retail", "export", ["express"], ["CH", "NO"], (20, 40), (1, 4), ["EUR"], 1, S),
    ("290941", "Diethylene glycol, drums", "export", ["sea"], ["LB", "EG"], (0.8, 1.2), (15000, 20000), ["EUR"], None, S),
    ("121190", "Dried orris root (Iris pallida), for perfumery", "import", ["air"], ["MA"], (20, 40), (50, 200), ["USD"], None, S),
    ("330499", "Kumkum powder, turmeric and lime", "import", ["express"], ["IN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("961590", "Cellulose-acetate hair clips, tortoiseshell effect", "import", ["post"], ["ID", "CN"], (40, 80), (1, 2), ["USD"], 30, S),
    ("330741", "Sandalwood incense sticks, plantation wood, boxed", "import", ["express"], ["IN", "ID"], (30, 60), (1, 4), ["USD"], 20, S),
    ("710122", "Freshwater cultured pearls, pink, loose", "import", ["express"], ["CN", "JP"], (400, 900), (1, 2), ["USD"], 200, S),
]
# Everyday trade: blind80's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and blind80's twelve rows),
# with four new rows instead of blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("732393", "Stainless-steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 10000), ["USD"], 0.3, N),
        ("392490", "Plastic laundry baskets", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (3000, 8000), ["USD", "EUR"], 1, N),
        ("830140", "Brass padlocks, retail packs", "import", ["sea"], ["CN", "IN"], (4, 7), (2000, 6000), ["USD"], 4, N),
        ("960330", "Artists' paint brushes, retail packs", "import", ["post", "express"], ["GB", "CN"], (30, 60), (1, 3), ["GBP", "USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind83", 20400101, HERE)


if __name__ == "__main__":
    main()
