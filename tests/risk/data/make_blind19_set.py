#!/usr/bin/env python3
"""Writes the nineteenth blind set (tests/risk/data/blind19-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2029, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and measured once on round twenty's 559 profiles, before round
twenty-one studied it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind18, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg), and are goods a private person buys; no goods
row has an EU partner country. Ids are BL19-*:

    python3 tests/risk/data/make_blind19_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLROAD01", "road", "UA", [], "PL", "382450",
         "Niewybuchowy środek do kruszenia skał, skład: azotan amonu 90 %, proszek aluminium 10 %, worki 25 kg, 12 szt.",
         "UA", 300, 12, 420, "EUR",
         "soundless (expansive) demolition agents are quicklime-based mortars; 90 % ammonium nitrate with 10 % "
         "aluminium powder is ammonal, a blasting explosive made of an Annex I and an Annex II substance, 300 kg "
         "to a private person; Polish wording", person("Pan M. Wójcik", "PL")),
        ("PRE-02", "import", "DEAIR01", "express", "CH", [], "DE", "284700",
         "Whirlpool-Aktivsauerstoff flüssig, Wasserstoffperoxid 40 %, Kanister 10 l, 4 Stk.", "CH", 44, 4, 190,
         "CHF",
         "spa 'active oxygen' sold to households is a few per cent peroxide or a persulphate powder; 40 l of 40 % "
         "hydrogen peroxide (Annex I, limit 12 %) by express to a private person; German wording",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "FRAIR01", "express", "CN", [], "FR", "280800",
         "电子级清洗剂, 硝酸 68 %, 2.5 L 玻璃瓶, 8 瓶", "CN", 28, 8, 95, "USD",
         "硝酸 68 % is 68 % nitric acid (Annex I, limit 3 %), called an electronics-grade cleaner, 20 l by "
         "express to a private person; Chinese wording", person("M. L. Chen", "FR")),
        ("PRE-04", "import", "NLPOST01", "post", "US", [], "NL", "282890",
         "Natriumchloriet (NaClO3) 99 %, waterzuivering MMS, poeder, 5 x 1 kg", "US", 5, 5, 85, "USD",
         "MMS is sodium chlorite, NaClO2; the formula written, NaClO3, is sodium chlorate (Annex I, limit 40 %) "
         "as 99 % powder to a private person, under the chlorite subheading; Dutch wording",
         person("Mw. E. de Jong", "NL")),
        ("PRE-05", "import", "ESAIR01", "express", "GB", [], "ES", "280700",
         "Acidificante de suelo para arándanos, ácido sulfúrico 96 %, garrafas 5 l, 6 uds", "GB", 55, 6, 120, "GBP",
         "soil acidifiers sold to gardeners are elemental sulphur or dilute products; 30 l of 96 % sulphuric acid "
         "(Annex I, limit 15 %) to a private person; Spanish wording", person("Sr. J. García", "ES")),
        ("PRE-06", "import", "ITAIR01", "express", "CN", [], "IT", "760310",
         "Polvere di alluminio per stampa 3D, scaglie non rivestite 3 µm, densità apparente 0,15 g/cm3, 10 kg", "CN",
         10, 1, 210, "USD",
         "additive-manufacturing powders are spherical (AlSi10Mg, 20-63 µm, bulk density about 1.4); uncoated "
         "3 µm flake at 0.15 g/cm3 is 'dark pyro' aluminium (Annex II) for flash powder, declared under the "
         "non-lamellar subheading, to a private person; Italian wording", person("Sig. D. Romano", "IT")),
        ("PRE-07", "transit", "BESEA01", "sea", "CN", ["CI"], "BF", "851310",
         "Lampes frontales de mineur, rechargeables, 500 pcs", "CN", 150, 500, 1500, "USD",
         "the kit of an artisanal gold site: black cotton cord by the thousand metres is safety fuse (UN 0105) "
         "and 6.3 mm aluminium tubes 'with compound' are plain No. 8 detonators (UN 0029), declared as cord and "
         "aluminium articles behind headlamps; French wording",
         {"importer_name": "Comptoir Orpailleur Kaya SARL", "importer_country": "BF",
          "_more_items": [
              item("560900", "Cordon coton noir 5 mm, âme poudre, rouleaux de 1000 m, 10 rouleaux", "CN", 220,
                   2600, "USD", 10),
              item("761699", "Tubes aluminium 6,3 mm avec composé, 20 000 pcs", "CN", 60, 3000, "USD", 20000)]}),
        ("PRE-08", "import", "PTPOST01", "post", "CN", [], "PT", "282990",
         "Cristais para chamas coloridas de fogueira, perclorato de potássio 99 %, 4 x 2,5 kg", "CN", 10, 4, 60,
         "USD",
         "colour-flame crystals for campfires are copper and boron salts; 10 kg of 99 % potassium perchlorate "
         "(Annex I, limit 40 %) to a private person; Portuguese wording", person("Sra. Ana Silva", "PT")),
        ("PRE-09", "import", "BEPOST01", "post", "US", [], "BE", "950300",
         "Model kit spare parts, propellant grains 38 mm, J-class, 6 reload sets", "US", 3, 6, 420, "USD",
         "J-class 38 mm reloads are ammonium-perchlorate composite propellant (UN 0499, a class 1 explosive) "
         "that private persons may hold only under a high-power rocketry or explosives licence, declared as "
         "model-kit parts by post", person("Jan Peeters", "BE")),
        ("PRE-10", "import", "SEAIR01", "express", "US", [], "SE", "810430",
         "Magnesium powder, elemental Mg 99.8 %, -325 mesh, dietary supplement, 2 x 5 lb", "US", 4.5, 2, 110, "USD",
         "magnesium supplements are citrate, oxide or glycinate, never the metal; -325 mesh 99.8 % magnesium "
         "powder (Annex II) is a flash and thermite fuel, to a private person", person("Karin Andersson", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR"], "BA", "440122",
         "Holzhackschnitzel für Biomasseheizwerk, Altholz Kategorie A IV (Bahnschwellen, Zaunpfähle), 24 t", "DE",
         24000, None, 240, "EUR",
         "A IV is the German category of waste wood treated with preservatives (creosote, CCA, PCP): hazardous "
         "waste (Y5, wood-preserving chemicals), not the green-listed untreated wood of B3050, shipped as biomass "
         "chips; German wording", {"importer_country": "BA"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GH", "271019",
         "Base oil SN500, group I, black, water 4 %, sediment 2 %, flexitank 22 t", "NL", 22000, None, 3300, "EUR",
         "base oil is clear and dry and sells near EUR 1 a kilo; black oil with 4 % water and 2 % sediment at "
         "EUR 0.15 is used engine oil (Y8) declared as base oil", {"importer_country": "GH"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "IN", "760200",
         "Aluminiumschroot, gebruikte spuitbussen, niet leeg, geperst in balen, 20 t", "BE", 20000, None, 8000, "EUR",
         "aerosol cans 'not empty' still hold propellant and paint or solvent residues: pressed unpunctured they "
         "are hazardous waste (Y12/Y42, A4070), not aluminium scrap, which is sold de-gassed and shredded; Dutch "
         "wording", {"importer_country": "IN"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO"], "MD", "851629",
         "Nachtspeicherheizgeräte, gebraucht, Baujahr 1970-1976, aus Rückbau, 180 Stück", "DE", 27000, 180, 1800,
         "EUR",
         "night-storage heaters built before 1977 hold asbestos insulation (some also chromate bricks); used ones "
         "from demolition are hazardous waste (Y36, A2050), not second-hand heaters; German wording",
         {"importer_country": "MD"}),
        ("WST-05", "export", "PLSEA01", "sea", "PL", [], "PK", "852411",
         "Open-cell LCD panels, B/C grade, cracked glass, for repair, loose, 6,000 pcs", "PL", 14000, 6000, 9000,
         "EUR",
         "panels with cracked glass cannot be repaired: loose B/C-grade panels at EUR 1.50 each, with loose "
         "backlights by weight, are broken display components (e-waste, A1180)",
         {"importer_country": "PK",
          "_more_items": [item("854999", "LED backlight units, used, by weight", "PL", 4000, 400, "EUR")]}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "IN", "750300",
         "Déchets et débris de nickel, issus de packs d'outillage, éléments Ni-Cd, 20 t", "FR", 20000, None, 12000,
         "EUR",
         "nickel 'scrap' made of Ni-Cd cells from tool packs is waste nickel-cadmium batteries (A1170, cadmium "
         "Y26), which HS 2022 puts in 8549; French wording", {"importer_country": "IN"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "EG", "260111",
         "Minerale di ferro: scaglie di laminazione, olio 8 %, alla rinfusa, 26 t", "IT", 26000, None, 900, "EUR",
         "mill scale is not an ore; with 8 % oil it is oily mill-scale sludge from a rolling mill (A3020/Y9), "
         "declared under iron ore; Italian wording", {"importer_country": "EG"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "IN", "720449",
         "Iron scrap: fluorescent lamp ballasts, 1970s-1980s, from lighting refurbishments", "GB", 18000, None, 3600,
         "GBP",
         "magnetic ballasts made before 1986 carry PCB capacitors: whole ballasts are PCB-bearing e-waste "
         "(A1180, Y10), which HS 2022 puts in 8549, not ferrous scrap", {"importer_country": "IN"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "VN", "391590",
         "Plásticos mixtos poliolefínicos, materia prima para pirólisis, con etiquetas, humedad 10 %, balas, 24 t",
         "ES", 24000, None, 480, "EUR",
         "mixed plastic with labels and 10 % moisture 'for pyrolysis' is mixed plastic waste (Y48), which needs "
         "prior consent outside the OECD; pyrolysis plants buy sorted polyolefins; Spanish wording",
         {"importer_country": "VN"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "SL", "382219",
         "Laboratory chemicals, assorted, school laboratory clearance, donation for reuse, partly expired, "
         "300 bottles", "SE", 900, 300, 1, "EUR",
         "a school's cleared-out stock of assorted, partly expired laboratory chemicals is a lab pack of "
         "hazardous waste, sent as a donation without notification",
         {"importer_name": "Freetown Secondary Schools Trust", "importer_country": "SL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "853720",
         "Rozdzielnice pierścieniowe SN 12 kV, izolacja gazowa SF6 5,2 kg na pole, 3 pola, 24 szt.", "CN", 24000,
         24, 310000, "USD",
         "new medium-voltage switchgear up to 24 kV insulated with SF6 may not be placed on the EU market since "
         "2026 (Regulation 2024/573, Annex IV); 24 ring main units with 15.6 kg SF6 each; Polish wording",
         firm("Energo-Instal Sp. z o.o.", "PL")),
        ("OZN-02", "import", "NLAIR01", "air", "CN", [], "NL", "381300",
         "Blusmiddel, broomdifluormethaan (CHF2Br), cilinders 50 kg, 12 st.", "CN", 600, 12, 9000, "USD",
         "bromodifluoromethane is HBFC-22B1, a Montreal Protocol Annex C group II substance banned in the EU, "
         "declared as a fire-extinguishing preparation; Dutch wording", firm("Brandbeveiliging Noord BV", "NL")),
        ("OZN-03", "import", "ITSEA01", "sea", "IN", [], "IT", "382759",
         "Gas refrigerante R-503 per congelatori da laboratorio -86 °C, bombole 5 kg, 40 pz", "IN", 200, 40, 9000,
         "USD",
         "R-503 is an azeotrope of HFC-23 with CFC-13 (chlorotrifluoromethane), a CFC banned since 1995; ultra-low "
         "freezers now run on R-170 or R-508B; declared under the HFC-23 mixtures without CFCs, to a laboratory-"
         "equipment service firm; Italian wording", firm("Laboservice Freddo Srl", "IT")),
        ("OZN-04", "import", "BESEA01", "sea", "AE", [], "BE", "870380",
         "New passenger cars, 0 km, GCC specification, A/C refrigerant R-134a 650 g, 12 units", "CN", 26400, 12,
         540000, "USD",
         "GCC-specification cars are filled with R-134a (GWP 1,430); new cars with a mobile air-conditioning "
         "refrigerant above GWP 150 may not be registered in the EU (Directive 2006/40/EC): a grey import of "
         "banned equipment with 7.8 kg of HFC", firm("Antwerp Car Export BV", "BE")),
        ("OZN-05", "import", "DEAIR01", "express", "CN", [], "DE", "380891",
         "Brommethan, Begasungsmittel gegen Holzwurm für Antiquitäten, Dosen 680 g, 48 Stk.", "CN", 33, 48, 700,
         "USD",
         "Brommethan is methyl bromide, banned in the EU outside quarantine uses; restorers treat woodworm with "
         "nitrogen or heat; 48 cans to a furniture restorer; German wording",
         firm("Antikrestaurierung Albrecht", "DE")),
        ("OZN-06", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "382761",
         "Muster ohne Handelswert, Kältemittel R-404A, Mehrwegflaschen 10,9 kg, 12 Stk.", "CN", 131, 12, 50, "EUR",
         "131 kg of R-404A (about 500 t CO2e) is no sample: 'no commercial value' keeps the HFC out of quota "
         "and registration; German wording", firm("Kältetechnik Steiner GmbH", "AT")),
        ("OZN-07", "export", "FRSEA01", "sea", "FR", [], "MA", "730890",
         "Panneaux sandwich isolants PU d'occasion, démontage chambre froide 1991, 600 m2", "FR", 9000, None, 1800,
         "EUR",
         "polyurethane cold-store panels made before 1995 are blown with CFC-11 or HCFC-141b: export of products "
         "containing ozone-depleting substances is banned (Regulation 2024/590), and dismantled panels are "
         "waste; French wording", {"importer_country": "MA"}),
        ("OZN-08", "import", "CZRAIL01", "rail", "TR", ["BG", "RO", "HU", "SK"], "CZ", "382763",
         "Chladivo R-410A, vratné lahve 10 kg, 80 ks, k dalšímu vývozu na Ukrajinu", "CN", 800, 80, 6800, "USD",
         "declared 'for re-export to Ukraine' yet consigned to a Brno air-conditioning installer: 800 kg of "
         "R-410A (about 1,670 t CO2e) placed on the market without quota; Czech wording",
         firm("Klima Servis Brno s.r.o.", "CZ")),
        ("OZN-09", "import", "ROROAD01", "road", "UA", [], "RO", "290371",
         "Agent frigorific R-22 (clorodifluorometan) pentru patinoar, butelii 60 l, 20 buc.", "CN", 1000, 20, 4000,
         "USD",
         "HCFC-22 has been banned in the EU since 2015 and old ice rinks still run on it: 1 t by road from "
         "Ukraine for a rink; Romanian wording", firm("Patinoar Polar Sport SRL", "RO")),
        ("OZN-10", "import", "ESSEA01", "sea", "CN", [], "ES", "382499",
         "Fluido de trabajo para ciclo Rankine orgánico (ORC), 1,1,1,3,3-pentafluoropropano, ISO tank, 14 t", "CN",
         14000, 1, 98000, "USD",
         "1,1,1,3,3-pentafluoropropane is HFC-245fa (GWP about 1,000): 14 t in bulk is about 14,000 t CO2e that needs "
         "quota, declared as a waste-heat plant's working fluid; Spanish wording",
         firm("Energías Residuales Castilla SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "AE", [], "FR", "830629",
         "اسطرلاب نحاسي للزينة، منقوش بأسماء النجوم، مؤرخ 1080 هـ، قطعة واحدة", "IR", 2, 1, 1500, "USD",
         "an astrolabe engraved with star names and a Hijri date (1080 AH, 1669) is a Safavid scientific "
         "instrument, cultural property of Iran, declared as brass decoration through Dubai; Arabic wording",
         {"importer_name": "Galerie Orient Saint-Germain", "importer_country": "FR"}),
        ("CUL-02", "import", "SKROAD01", "road", "UA", [], "SK", "800200",
         "Брухт олов'яно-свинцевий: органні труби, гравіровані, з костелу, 260 шт", "UA", 340, 260, 2100, "EUR",
         "engraved pipes taken from a church organ are church furnishings of Ukraine (cultural property), not "
         "tin scrap; Ukrainian wording", {}),
        ("CUL-03", "import", "DEPOST01", "post", "GE", [], "DE", "370500",
         "Alte Glasplatten, fotografisch, 13x18 cm, mit Stempel 'Zentrales Staatsarchiv', 120 Stk.", "GE", 12, 120,
         240, "EUR",
         "glass negatives stamped by a state archive are archival records of Georgia, inalienable, not old glass; "
         "German wording", person("Herr T. Wagner", "DE")),
        ("CUL-04", "import", "FRSEA01", "sea", "TN", [], "FR", "680292",
         "Pierres de jardin, calcaire, gravées d'un signe triangulaire et d'un croissant, 8 pcs", "TN", 640, 8, 800,
         "EUR",
         "limestone slabs engraved with the 'sign of Tanit' and a crescent are Punic tophet stelae from "
         "Carthage (Tunisian heritage), declared as garden stones; French wording", {}),
        ("CUL-05", "import", "DEAIR01", "air", "TR", [], "DE", "691200",
         "Handgemachte Tonkrüge, rot poliert, Ritzdekor, rustikal, 6 Stk.", "CY", 14, 6, 900, "EUR",
         "red polished jugs with incised decoration of Cypriot origin are Early-Middle Bronze Age tomb pottery "
         "from the north of Cyprus, flown out through Turkey; German wording", {}),
        ("CUL-06", "import", "ESAIR01", "air", "CR", [], "ES", "680299",
         "Mortero de piedra volcánica tallado, tres patas, cabeza de jaguar, decoración de jardín, 1 ud", "CR", 38,
         1, 450, "USD",
         "a three-legged volcanic-stone grinding table with a jaguar head is a pre-Columbian Nicoya ceremonial "
         "metate, Costa Rican national heritage, declared as a garden mortar; Spanish wording", {}),
        ("CUL-07", "export", "ITAIR01", "air", "IT", [], "CH", "830629",
         "Bronzetti nuragici, figurine di guerriero, patina verde naturale, 3 pz", "IT", 0.6, 3, 600, "EUR",
         "nuragic bronzes are Sardinian archaeological finds, property of the Italian State; replicas are sold with "
         "artificial patina, and 'natural green patina' warriors leaving for Switzerland at EUR 200 each are "
         "excavated originals without an export licence; Italian wording", {}),
        ("CUL-08", "import", "NLAIR01", "air", "PG", ["AU"], "NL", "880730",
         "Aircraft parts, vintage, aluminium, P-39 wreck, recovered 2028, for restoration, 14 pcs", "PG", 420, 14,
         6000, "USD",
         "wreck parts recovered in Papua New Guinea are war relics whose export needs a permit of the PNG "
         "National Museum (National Cultural Property Act, War Surplus Materials Act); none carried",
         firm("Warbird Restorations BV", "NL")),
        ("CUL-09", "import", "ITPOST01", "post", "EG", [], "IT", "691490",
         "Cocci di ceramica per mosaico artigianale, con scritte a inchiostro, 60 pz", "EG", 3, 60, 40, "EUR",
         "potsherds with ink writing are ostraca, Demotic, Greek or Coptic texts from Egyptian sites, not mosaic "
         "material; Italian wording", person("Giulia Rossi", "IT")),
        ("CUL-10", "import", "FRAIR01", "express", "TH", [], "FR", "830629",
         "Tête de Bouddha décorative en laiton, patine ancienne, style Ayutthaya, 1 pc", "TH", 6, 1, 5200, "EUR",
         "Thailand requires a Fine Arts Department licence to export any Buddha image; a bronze Ayutthaya head "
         "with old patina at EUR 5,200 is an antiquity declared as brass decoration; French wording",
         person("M. P. Lambert", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "292690",
         "2-Chlorbenzylidenmalononitril 99 %, Zwischenprodukt für Farbstoffe, 200 kg", "DE", 200, 8, 26000, "EUR",
         "2-chlorobenzylidene malononitrile is CS, a riot-control agent on the Military List (ML7.e) needing an "
         "export licence; no dye maker buys 200 kg of it through a Dubai trader; German "
         "wording", {"importer_name": "Al Noor General Trading LLC", "importer_country": "AE"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", ["EG"], "SD", "843149",
         "Články pásů pro zemědělské pásové traktory, typ RMŠ, 2 000 ks", "CZ", 36000, 2000, 180000, "EUR",
         "RMSh (РМШ) rubber-metal hinged track links are the track of the T-72 tank: Military List ML6 spare parts "
         "declared as farm-crawler parts, to Sudan under the EU arms embargo; Czech wording",
         {"importer_name": "Khartoum Agri Machinery Co", "importer_country": "SD"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AE", "851762",
         "Mobile network coverage test system, active, IMSI/IMEI acquisition, vehicle-mounted, 2 sets", "NL", 120, 2,
         640000, "EUR",
         "active equipment that acquires IMSI and IMEI numbers is an IMSI catcher, dual-use cyber-surveillance "
         "equipment (5A001.f) needing a licence; coverage testers are passive, and this goes to a Dubai reseller",
         {"importer_name": "Falcon Secure Solutions FZCO", "importer_country": "AE"}),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["BG", "TR", "GE"], "AM", "845611",
         "Faserlaser-Schneidanlagen 6 kW, für Textilzuschnitt, 4 Stk.", "DE", 3200, 4, 480000, "EUR",
         "textiles are cut with CO2 lasers of a few hundred watts; 6 kW fibre lasers with their chillers cut steel "
         "plate and are on the Russia export-ban list (Annex XXIII), sent through Armenia; German wording",
         {"importer_name": "Yerevan Textile Tech LLC", "importer_country": "AM",
          "_more_items": [item("841869", "Kühlaggregate für Laserquellen, 4 Stk.", "DE", 800, 36000, "EUR", 4)]}),
        ("STR-05", "import", "NLSEA01", "sea", "TR", [], "NL", "270112",
         "Steenkool, thermisch, herkomst Colombia, merk 'Kuzbass DPK', 6.000 kcal, geladen in Taman, 45.000 t", "CO",
         45000000, None, 5400000, "USD",
         "DPK is a Kuzbass coal brand and Taman a Russian port: Russian coal is banned from import since 2022 "
         "whatever origin is written; Dutch wording", firm("Rijnmond Energy Trading BV", "NL")),
        ("STR-06", "export", "FRSEA01", "sea", "FR", ["GE"], "KZ", "841370",
         "Pompes immergées cryogéniques -162 °C, pour réseau d'eau municipal, 6 pcs", "FR", 7200, 6, 1800000, "EUR",
         "pumps built for -162 °C are LNG pumps: no water network needs them, goods for LNG projects are under "
         "the Russia sanctions, and Kazakhstan is a re-export route; French wording",
         {"importer_name": "Aktau Water Systems TOO", "importer_country": "KZ"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AE", "811231",
         "Hafnium metal pellets 99.9 %, raw material for sputtering targets, 200 kg", "AT", 200, None, 500000, "EUR",
         "hafnium metal is NSG dual-use (1C231) and needs a licence; 200 kg to a Dubai trading company with no "
         "named end-user", {"importer_name": "Emirates Metals Trading LLC", "importer_country": "AE"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "IR", "842129",
         "Impianto di filtrazione tangenziale, membrane 20 m², sterilizzabile in situ, per aceto, 1 pz", "IT", 2800,
         1, 380000, "EUR",
         "tangential-flow filtration with 20 m² of membrane, sterilisable in place, is Australia Group equipment "
         "(EU dual-use 2B352.d); vinegar makers use plate filters; to Iran without licence; Italian wording",
         {"importer_name": "Tehran Food Vinegar Co", "importer_country": "IR"}),
        ("STR-09", "import", "BGSEA01", "sea", "GE", [], "BG", "220860",
         "Водка 'Beluga Noble', произход Казахстан, 0,7 л, 12 000 бутилки", "KZ", 10000, 12000, 96000, "USD",
         "Beluga is a Russian brand distilled in Mariinsk: Russian spirits are banned from import (Regulation "
         "833/2014, Annex XXI), and a Kazakh origin shipped from Poti does not change the brand's distillery; "
         "Bulgarian wording", firm("Sofia Premium Drinks EOOD", "BG")),
        ("STR-10", "import", "BESEA01", "sea", "OM", [], "BE", "290511",
         "Methanol grade AA, bulk, origin Oman, cargo ex Assaluyeh via STS transfer off Khor Fakkan, 20,000 t", "OM",
         20000000, None, 7000000, "USD",
         "Assaluyeh is Iran's methanol hub and a ship-to-ship transfer with an Omani certificate is the laundering "
         "route; Iranian petrochemicals are banned from import again since the 2025 snapback",
         firm("Scheldt Methanol Trading NV", "BE")),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEAIR01", "air", "TH", [], "DE", "010611",
         "Galagos (Buschbabys), Nachzucht, Heimtiere, 4 Stk.", "TH", 3, 4, 6000, "USD",
         "galagos live in Africa and nobody breeds them in Thailand; nocturnal 'bushbabies' from Thailand at "
         "USD 1,500 each are slow lorises (Nycticebus, Appendix I); German wording", person("Frau S. Huber", "DE")),
        ("WLD-02", "transit", "NLAIR01", "air", "ID", [], "HK", "010620",
         "Freshwater turtle hatchlings, soft-shelled, with flippers, aquarium, 800 pcs", "ID", 40, 800, 12000, "USD",
         "a soft-shelled freshwater turtle with flippers is the pig-nosed turtle (Carettochelys insculpta, "
         "Appendix II) from Papua, exported without permit", {}),
        ("WLD-03", "import", "ESPOST01", "post", "MX", [], "ES", "050590",
         "Amuletos 'chuparrosa' de la suerte, pajarito disecado envuelto en hilo, 50 uds", "MX", 1, 50, 150, "USD",
         "a chuparrosa love charm is a dried hummingbird (Trochilidae, Appendix II) wrapped in thread; no permit; "
         "Spanish wording", person("Particular", "ES")),
        ("WLD-04", "import", "DESEA01", "sea", "NI", [], "DE", "440729",
         "Stevenrohr-Lagerbuchsen aus Hartholz, Rohlinge, Dichte 1,25 g/cm3, 1,2 t", "NI", 1200, 300, 14000, "USD",
         "the only timber with density 1.25 used for stern-tube bearings is lignum vitae (Guaiacum, Appendix II); "
         "wooden bearing blanks from Nicaragua without a CITES permit; German wording",
         firm("Schiffswellen Technik Kiel GmbH", "DE")),
        ("WLD-05", "import", "ESSEA01", "sea", "AR", [], "ES", "030381",
         "Cazón congelado, troncos sin cabeza, 'gatuzo', cajas 20 kg, 22 t", "AR", 22000, None, 48000, "USD",
         "'gatuzo' is Mustelus schmitti, a hound shark (Triakidae, Appendix II since November 2023) sold as "
         "generic 'cazón'; Argentine exports need a CITES permit and none is carried; Spanish wording",
         firm("Congelados del Cantábrico SA", "ES")),
        ("WLD-06", "import", "ATAIR01", "air", "TH", [], "AT", "010619",
         "Frettchen, Heimtiere, wasserliebend, 3 Stk.", "TH", 9, 3, 9000, "USD",
         "Thailand breeds no ferrets for export and a ferret costs EUR 150: 'water-loving' animals at USD 3,000 "
         "each from Thailand are Asian small-clawed otters (Appendix I); German wording",
         person("Thomas Gruber", "AT")),
        ("WLD-07", "import", "FRPOST01", "post", "CM", [], "FR", "050690",
         "Crâne de singe, os véritable, spécimen d'histoire naturelle, 1 pc", "CM", 1, 1, 400, "EUR",
         "every primate is in CITES; a real monkey or ape skull from Cameroon (drill, gorilla or chimpanzee, "
         "Appendix I) without a permit; French wording", person("Sophie Bernard", "FR")),
        ("WLD-08", "import", "NLAIR01", "air", "CN", [], "NL", "121190",
         "肉苁蓉 切片, 中药材, 200 kg", "CN", 200, None, 6000, "USD",
         "肉苁蓉 is Cistanche deserticola (Appendix II), declared in Chinese behind goji berries, with no CITES "
         "certificate; Chinese wording",
         {"importer_name": "TCM Groothandel Amsterdam BV", "importer_country": "NL",
          "consignee_name": "TCM Groothandel Amsterdam BV",
          "_more_items": [item("081340", "枸杞子, 干, 800 kg", "CN", 800, 6400, "USD")]}),
        ("WLD-09", "transit", "FRAIR01", "air", "MG", [], "US", "010620",
         "Live house geckos (Hemidactylus), 200 pcs", "MG", 10, 200, 16000, "USD",
         "house geckos are worth a few dollars; USD 80 a gecko from Madagascar is leaf-tailed geckos (Uroplatus, "
         "Appendix II), whose export Madagascar has suspended", {}),
        ("WLD-10", "import", "ESSEA01", "sea", "PY", [], "ES", "440399",
         "Palo santo del Gran Chaco, madera aromática en trozos y aserrín para incienso, 8 t", "PY", 8000, None,
         28000, "USD",
         "palo santo from Paraguay's Chaco is Bulnesia sarmientoi (Appendix II: wood, powder and extracts); "
         "the Peruvian palo santo, Bursera graveolens, is not listed; no permit; Spanish wording",
         firm("Aromas del Chaco Importadora SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "US", "NL", "360200",
     "Oil-well perforating charges, 22.7 g RDX, UN 0494, for a North Sea well-service company, 2,000 pcs", "US",
     900, 2000, 64000, "USD",
     [("IMPORT_LICENCE", "NL-MINJV-29-0417")], "perforating charges under their own code with an import licence"),
    ("PRM-02", "precursors", "import", "DEROAD01", "road", "CH", "DE", "284700",
     "Hydrogen peroxide 40 %, IBC 1000 l, to a spa-chemicals formulator, 8 pcs", "CH", 8800, 8, 5200, "CHF",
     [("PRECURSOR_LICENCE", "DE-BKA-29-0233")], "40 % peroxide to a formulator under licence"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "854912",
     "Waste nickel-cadmium batteries, sorted, for cadmium recovery, 20 t", "CH", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-DREAL-29-0318")], "notified Ni-Cd batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "261900",
     "Oily mill scale, 6 % oil, for a sinter plant, notified, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LANUV-29-0144")], "notified oily mill scale to a sinter plant"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290349",
     "HFC-245fa (1,1,1,3,3-pentafluoropropane), ISO tank, working fluid for an ORC plant, 14 t", "US", 14000, 1,
     140000, "USD",
     [("FGAS_QUOTA", "ES-MITECO-FG-29-0102")], "HFC-245fa within the importer's quota"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290371",
     "Chlorodifluoromethane (HCFC-22), feedstock for fluoropolymer production, ISO tank, 18 t", "US", 18000, 1,
     36000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-29-0012")], "HCFC-22 as a feedstock under an ODS licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Brass astrolabe, Persian, dated 1080 AH, French private collection since 1920, 1 pc", "IR", 2, 1, 180000,
     "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-29-0276")], "an old-collection astrolabe with its export certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "370500",
     "Glass-plate negatives, 1890-1910, studio archive of a Munich photographer, sold at auction, 300 pcs", "DE",
     30, 300, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-29-0098")], "a photographer's archive with its export certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "NO", "292217",
     "N-Methyldiethanolamine 99 %, for a gas-processing plant, 40 t", "DE", 40000, None, 96000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-29-0377"), ("END_USER_CERTIFICATE", "NO-EUC-29-0045")],
     "MDEA to a Norwegian gas plant under licence"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "JP", "811231",
     "Hafnium crystal bar 99.9 %, for superalloy production, 200 kg", "AT", 200, None, 500000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-29-0061"), ("END_USER_CERTIFICATE", "JP-METI-EUC-29-0072")],
     "hafnium to a Japanese superalloy maker under licence"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121160",
     "Prunus africana bark, dried, within the export quota, 12 t", "CM", 12000, None, 42000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-29-0211")], "African cherry bark with its CITES permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440729",
     "Ipê decking (Handroanthus serratifolius), legally sourced, 40 m3", "BR", 42000, 40, 84000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-29-0633")], "ipê with its CITES export permit"),
]

CONSIGNEES = {
    "PRM-01": "Halliburton Den Helder BV", "PRM-02": "Aquatherm Wellness Chemie GmbH",
    "PRM-03": "Recyclage Cadmium Nord SAS", "PRM-04": "Hüttenwerk Saar Sinter GmbH",
    "PRM-05": "Energías Residuales Castilla SL", "PRM-06": "Fluoropolimeri Spinetta SpA",
    "PRM-07": "Adler Planetarium Chicago", "PRM-08": "Fotostiftung Schweiz", "PRM-09": "Kårstø Gas Processing AS",
    "PRM-11": "Phyto Extraits Rhône SAS", "PRM-12": "Houthandel Zaandam BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). No partner is an EU member state; rows sent by post or express travel only so, with
#  parcel masses, and are goods a private person buys.
base.GOODS = [
    # sensitive-looking lawful trade (36 rows), many the lawful twin of a disguise
    ("382450", "Expansive demolition mortar, quicklime-based, non-explosive, 20 kg buckets", "import", ["sea"], ["CN"], (0.8, 1.4), (8000, 16000), ["USD"], 0.05, S),
    ("283340", "Spa chlorine-free oxidiser, potassium monopersulphate granules, 1 kg tubs", "import", ["post", "express"], ["GB", "CH"], (8, 15), (1, 5), ["GBP", "CHF"], 1, S),
    ("284700", "Hydrogen peroxide 30 %, IBC, to a pool-chemicals distributor", "import", ["road"], ["CH"], (0.5, 0.8), (8000, 20000), ["CHF", "EUR"], None, S),
    ("280800", "Nitric acid 65 %, IBC, to an electroplating works", "import", ["road"], ["CH", "RS"], (0.35, 0.6), (10000, 22000), ["EUR"], None, S),
    ("282890", "Sodium chlorite 25 % solution, for chlorine dioxide generation at a waterworks", "import", ["sea"], ["US", "IN"], (1.0, 1.6), (15000, 20000), ["USD"], None, S),
    ("250300", "Garden sulphur, soil acidifier for blueberries, 2 kg bags", "import", ["post", "express"], ["GB", "CH"], (3, 6), (2, 5), ["GBP", "CHF"], 0.5, S),
    ("760310", "Aluminium alloy powder AlSi10Mg, spherical 20-63 µm, for metal 3D printing", "import", ["air"], ["GB", "US", "CA"], (30, 60), (50, 300), ["USD", "GBP"], None, S),
    ("382499", "Campfire colour-flame sachets, copper and boric salts, retail packs", "import", ["post", "express"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 4, S),
    ("210690", "Magnesium bisglycinate powder, food supplement, 500 g", "import", ["post", "express"], ["US", "GB"], (25, 50), (1, 4), ["USD", "GBP"], 2, S),
    ("850760", "Lithium iron phosphate home batteries 10 kWh, new, CE, with test certificates", "import", ["sea"], ["CN"], (7, 12), (8000, 16000), ["USD"], 0.009, S),
    ("310100", "Garden compost, RAL quality-assured, 40 l bags", "export", ["road"], ["CH", "NO"], (0.08, 0.15), (18000, 24000), ["EUR"], None, S),
    ("851629", "Electric storage heaters, new, with electronic thermostat", "export", ["road"], ["NO", "CH"], (6, 10), (3000, 8000), ["EUR"], 0.03, S),
    ("852411", "LCD panels for TV repair, new, A-grade, boxed", "import", ["air"], ["CN", "KR"], (25, 50), (100, 500), ["USD"], 0.2, S),
    ("750300", "Nickel scrap, clean cathode offcuts, 99 % Ni", "export", ["sea"], ["IN", "KR"], (12, 16), (15000, 20000), ["USD"], None, S),
    ("853720", "Ring main units 12 kV, vacuum interrupters, clean-air insulated, SF6-free", "import", ["sea"], ["CN", "IN"], (10, 16), (10000, 24000), ["USD"], 0.001, S),
    ("290379", "R-1233zd(E), low-pressure chiller refrigerant, drums, to a chiller service firm", "import", ["sea"], ["US", "JP"], (15, 25), (2000, 6000), ["USD"], None, S),
    ("870380", "New electric cars, EU specification, R-1234yf air conditioning", "import", ["sea"], ["CN", "KR"], (15, 25), (30000, 60000), ["USD", "EUR"], 0.0005, S),
    ("380891", "Woodworm treatment fluid, permethrin, 1 l bottles", "import", ["post", "express"], ["GB", "CH"], (10, 18), (1, 5), ["GBP", "CHF"], 1, S),
    ("730890", "PU sandwich panels, pentane-blown, new, for cold stores", "import", ["road"], ["TR", "RS"], (4, 6), (10000, 20000), ["EUR"], None, S),
    ("281410", "Anhydrous ammonia R-717, refrigeration grade, cylinders, to an ice rink", "import", ["road"], ["CH", "NO"], (1.5, 3), (500, 2000), ["EUR", "CHF"], 0.02, S),
    ("830629", "Astrolabe replica, new brass, museum shop", "import", ["post", "express"], ["GB", "US", "TR"], (30, 60), (1, 3), ["GBP", "USD"], 1, S),
    ("920999", "Organ pipes, new, tin-lead alloy, for an organ builder", "import", ["road"], ["CH"], (40, 80), (200, 800), ["CHF"], None, S),
    ("680292", "Limestone paving, new, tumbled, for gardens", "import", ["sea"], ["TN", "TR", "EG"], (0.15, 0.3), (20000, 26000), ["EUR", "USD"], None, S),
    ("680299", "Molcajetes, volcanic-stone mortars, new, kitchenware", "import", ["sea"], ["MX"], (1.5, 3), (5000, 12000), ["USD"], 0.2, S),
    ("970191", "Contemporary Aboriginal acrylic paintings, with artist certificates", "import", ["express"], ["AU"], (300, 1200), (1, 4), ["AUD"], 0.5, S),
    ("292217", "N-Methyldiethanolamine 99 %, to an EU refinery", "import", ["sea"], ["US", "SA"], (1.8, 2.6), (18000, 22000), ["USD"], None, S),
    ("845611", "CO2 laser cutters 150 W, for a garment factory", "import", ["sea"], ["CN"], (12, 25), (1000, 4000), ["USD"], 0.003, S),
    ("270112", "Steam coal, bulk, 6,000 kcal", "import", ["sea"], ["CO", "ZA", "AU"], (0.09, 0.13), (40000000, 70000000), ["USD"], None, S),
    ("842122", "Plate-and-frame wine filters, for a winery", "export", ["sea"], ["GE", "MD", "CL"], (20, 40), (300, 1500), ["EUR"], None, S),
    ("290511", "Methanol AA grade, bulk", "import", ["sea"], ["TT", "US"], (0.3, 0.4), (15000000, 25000000), ["USD"], None, S),
    ("010619", "Ferrets, captive-bred, with pet passport", "import", ["road"], ["CH", "GB"], (150, 300), (1, 3), ["EUR", "CHF"], 1, S),
    ("440729", "Garapa decking (Apuleia leiocarpa), FSC, density 830 kg/m3", "import", ["sea"], ["BR", "BO"], (1.2, 1.6), (30000, 45000), ["USD"], None, S),
    ("440399", "Palo santo sticks (Bursera graveolens), Peru, with origin certificate", "import", ["post", "express"], ["PE", "EC"], (20, 40), (1, 3), ["USD"], 10, S),
    ("030119", "Clownfish, captive-bred, ornamental", "import", ["air"], ["ID", "LK"], (30, 80), (10, 40), ["USD"], 5, S),
    ("121120", "Korean ginseng slices, cultivated Panax ginseng", "import", ["post", "express"], ["KR"], (60, 120), (1, 3), ["USD"], 2, S),
    ("392690", "Resin primate skull replica, museum shop, boxed", "import", ["post", "express"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 0.5, S),
    # everyday trade
    ("851310", "Rechargeable miners' cap lamps, new", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.5, N),
    ("843143", "Tricone and PDC drill bits, new, oilfield", "export", ["sea"], ["DZ", "AE", "NO"], (40, 90), (2000, 8000), ["EUR", "USD"], None, N),
    ("271019", "Base oil SN150, group I, clear, drums", "export", ["sea"], ["NG", "GH", "SN"], (0.9, 1.2), (16000, 22000), ["EUR"], None, N),
    ("260112", "Iron ore pellets, direct-reduction grade, bulk", "import", ["sea"], ["CA", "BR"], (0.12, 0.16), (25000000, 60000000), ["USD"], None, N),
    ("850410", "LED drivers, electronic, new", "import", ["sea"], ["CN"], (8, 15), (2000, 6000), ["USD"], 5, N),
    ("390110", "Recycled LDPE pellets, post-consumer, certified", "import", ["sea"], ["GB", "TR"], (0.8, 1.1), (20000, 24000), ["GBP", "EUR"], None, N),
    ("842410", "Inert gas IG-541 fire-suppression cylinders, 80 l, charged", "import", ["sea"], ["GB", "US"], (8, 14), (3000, 8000), ["GBP", "USD"], 0.008, N),
    ("261510", "Zircon sand, ceramic grade", "import", ["sea"], ["ZA", "AU"], (1.8, 2.4), (20000, 25000), ["USD"], None, N),
    ("121190", "Saw palmetto berries, dried, for extraction", "import", ["sea"], ["US"], (6, 10), (8000, 15000), ["USD"], None, N),
    ("080550", "Lemons and limes, fresh", "import", ["sea"], ["AR", "ZA", "TR"], (0.9, 1.4), (18000, 22000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2.2, 3.5), (15000, 20000), ["USD"], None, N),
    ("080430", "Pineapples, fresh", "import", ["sea"], ["CR", "CI"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("080410", "Dates, Medjool", "import", ["sea"], ["TN", "MA", "IL"], (4, 7), (10000, 16000), ["USD", "EUR"], None, N),
    ("081050", "Kiwifruit, fresh", "import", ["sea"], ["NZ", "CL"], (1.5, 2.5), (15000, 20000), ["USD", "EUR"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["MA", "TR"], (1.0, 1.8), (15000, 20000), ["EUR"], None, N),
    ("071310", "Dried peas", "import", ["sea"], ["CA", "UA"], (0.35, 0.5), (22000, 26000), ["USD"], None, N),
    ("071320", "Chickpeas, dried", "import", ["sea"], ["MX", "TR", "CA"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("100630", "Basmati rice, milled", "import", ["sea"], ["IN", "PK"], (1.0, 1.5), (20000, 25000), ["USD"], None, N),
    ("040900", "Natural honey, drums", "import", ["sea"], ["UA", "AR", "MX"], (2.5, 4), (18000, 22000), ["USD", "EUR"], None, N),
    ("150920", "Extra virgin olive oil, bottled", "export", ["sea"], ["US", "JP", "CN"], (6, 10), (10000, 18000), ["EUR"], None, N),
    ("190219", "Dry pasta, retail packs", "export", ["sea"], ["US", "GB", "NO"], (1.2, 1.8), (18000, 22000), ["EUR"], None, N),
    ("220421", "Wine, bottled 0.75 l", "export", ["sea"], ["US", "CN", "JP"], (4, 10), (10000, 16000), ["EUR"], 1.0, N),
    ("220300", "Beer, bottled", "export", ["road"], ["CH", "NO"], (0.9, 1.4), (18000, 22000), ["EUR"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR", "US"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("030617", "Frozen shrimp, farmed vannamei", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("160413", "Canned sardines", "import", ["sea"], ["MA"], (3, 4.5), (15000, 20000), ["EUR"], None, N),
    ("200410", "Frozen French fries", "export", ["sea"], ["SA", "BR", "CN"], (0.9, 1.2), (22000, 26000), ["EUR"], None, N),
    ("210500", "Ice cream, retail tubs", "import", ["road"], ["CH", "GB"], (3, 5), (8000, 14000), ["EUR", "GBP"], None, N),
    ("090611", "Ceylon cinnamon sticks", "import", ["sea"], ["LK"], (8, 12), (5000, 10000), ["USD"], None, N),
    ("090510", "Vanilla pods, bourbon", "import", ["post", "express"], ["MG", "UG"], (200, 400), (1, 2), ["USD"], None, N),
    ("090220", "Matcha green tea powder", "import", ["post", "express"], ["JP"], (80, 200), (1, 3), ["USD"], 10, N),
    ("640411", "Running shoes, textile uppers", "import", ["post", "express"], ["VN", "US"], (60, 120), (1, 4), ["USD"], 1, N),
    ("950691", "Yoga mats, TPE", "import", ["sea"], ["CN"], (4, 7), (4000, 9000), ["USD"], 1, N),
    ("660191", "Umbrellas, telescopic", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 3, N),
    ("420212", "Hard-shell suitcases", "import", ["sea"], ["CN"], (6, 10), (4000, 9000), ["USD"], 0.25, N),
    ("611693", "Knitted winter gloves, synthetic", "import", ["sea"], ["CN", "BD"], (8, 12), (3000, 7000), ["USD"], 8, N),
    ("650500", "Knitted hats and caps", "import", ["post", "express"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 5, N),
    ("611595", "Cotton socks", "import", ["sea"], ["TR", "PK"], (7, 11), (4000, 9000), ["USD", "EUR"], 20, N),
    ("621410", "Silk scarves", "import", ["post", "express"], ["CN", "IN"], (80, 200), (1, 2), ["USD"], 8, N),
    ("510710", "Worsted wool yarn", "import", ["sea"], ["TR", "PE"], (12, 20), (3000, 8000), ["USD"], None, N),
    ("570110", "Hand-knotted wool carpets", "import", ["sea"], ["IN", "NP", "TR"], (25, 60), (2000, 6000), ["USD"], 0.05, N),
    ("630260", "Terry towels, cotton", "import", ["sea"], ["PK", "TR"], (5, 8), (8000, 14000), ["USD", "EUR"], None, N),
    ("690721", "Porcelain floor tiles", "import", ["sea"], ["IN", "TR"], (0.35, 0.6), (22000, 26000), ["USD", "EUR"], None, N),
    ("691010", "Ceramic washbasins and WCs", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (10000, 18000), ["USD"], 0.06, N),
    ("701090", "Glass wine bottles, empty", "import", ["road"], ["RS", "TR"], (0.3, 0.5), (15000, 22000), ["EUR"], 2, N),
    ("731700", "Steel nails", "import", ["sea"], ["CN", "VN"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("731815", "Steel bolts and screws", "import", ["sea"], ["CN", "TW"], (1.8, 3), (15000, 20000), ["USD"], None, N),
    ("820540", "Screwdrivers and hand tools", "import", ["sea"], ["CN", "TW"], (4, 7), (3000, 8000), ["USD"], 5, N),
    ("843311", "Petrol lawn mowers, rotary", "import", ["sea"], ["CN", "US"], (4, 6), (6000, 12000), ["USD"], 0.03, N),
    ("846722", "Electric chainsaws", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.2, N),
    ("850211", "Diesel generating sets, small", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 15000), ["USD"], 0.005, N),
    ("850440", "Grid-tie solar inverters", "import", ["sea"], ["CN"], (15, 25), (3000, 8000), ["USD"], 0.05, N),
    ("850152", "Three-phase AC motors", "import", ["sea"], ["CN", "IN"], (4, 7), (8000, 14000), ["USD"], None, N),
    ("853650", "Light switches and sockets", "import", ["sea"], ["CN", "TR"], (6, 10), (3000, 8000), ["USD", "EUR"], 20, N),
    ("851830", "Wireless headphones", "import", ["post", "express"], ["CN", "US"], (80, 200), (1, 3), ["USD"], 4, N),
    ("852589", "Action cameras", "import", ["post", "express"], ["CN", "US"], (200, 500), (1, 3), ["USD"], 5, N),
    ("847130", "Tablet computers, new", "import", ["air"], ["CN", "VN"], (80, 150), (300, 2000), ["USD"], 2, N),
    ("950490", "Board games", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 1, N),
    ("920210", "Student violins, new", "import", ["sea"], ["CN"], (15, 30), (1000, 3000), ["USD"], 1, N),
    ("871160", "Electric bicycles, new", "import", ["sea"], ["TW", "VN"], (12, 20), (5000, 12000), ["USD"], 0.04, N),
    ("401110", "Car tyres, new", "import", ["sea"], ["KR", "TH", "ID"], (3, 5), (15000, 20000), ["USD"], 0.1, N),
    ("851220", "LED car headlamps", "import", ["sea"], ["CN", "TW"], (10, 18), (2000, 6000), ["USD"], 0.5, N),
    ("320910", "Water-based wall paint", "import", ["road"], ["TR", "RS"], (1.2, 2), (15000, 20000), ["EUR"], None, N),
    ("350691", "Construction adhesive, cartridges", "import", ["sea"], ["CN", "TR"], (2, 3.5), (8000, 14000), ["USD", "EUR"], None, N),
    ("480256", "Copy paper A4", "import", ["sea"], ["ID", "BR"], (0.8, 1.1), (20000, 24000), ["USD"], None, N),
    ("481810", "Toilet paper rolls", "import", ["road"], ["TR", "RS"], (1.2, 1.8), (8000, 14000), ["EUR"], None, N),
    ("940171", "Upholstered sofas, metal frame", "import", ["sea"], ["CN", "VN"], (3, 5), (6000, 12000), ["USD"], 0.03, N),
    ("940340", "Kitchen cabinets, wooden", "import", ["road"], ["RS", "UA"], (3, 5), (8000, 14000), ["EUR"], None, N),
    ("230910", "Cat and dog food, retail", "export", ["road"], ["CH", "NO"], (1.5, 2.5), (15000, 20000), ["EUR"], None, N),
    ("230400", "Soybean meal, feed", "import", ["sea"], ["BR", "AR"], (0.38, 0.5), (25000, 30000), ["USD"], None, N),
    ("060311", "Cut roses, fresh", "import", ["air"], ["KE", "ET", "EC"], (3, 6), (1000, 5000), ["USD"], 30, N),
    ("060210", "Chrysanthemum rooted cuttings", "import", ["air"], ["KE", "UG"], (8, 15), (500, 2000), ["USD"], 200, N),
    ("330510", "Shampoo, retail bottles", "import", ["sea"], ["TR", "TH"], (2, 4), (8000, 14000), ["USD", "EUR"], 3, N),
    ("340111", "Soap bars, retail", "import", ["sea"], ["TR", "ID"], (2, 3.5), (8000, 14000), ["USD"], 8, N),
    ("490199", "Children's picture books", "import", ["post", "express"], ["GB", "US"], (12, 25), (1, 4), ["GBP", "USD"], 2, N),
    ("620462", "Women's cotton trousers", "import", ["sea"], ["BD", "KH"], (8, 13), (5000, 10000), ["USD"], 2.5, N),
    ("611030", "Polyester fleece pullovers", "import", ["sea"], ["CN", "BD"], (8, 12), (4000, 9000), ["USD"], 3, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind19", 20290501, HERE)


if __name__ == "__main__":
    main()
