#!/usr/bin/env python3
"""Writes the fortieth blind set (tests/risk/data/blind40-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2032, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round twenty-nine, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL40-*:

    python3 tests/risk/data/make_blind40_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLROAD01", "road", "UA", ["PL", "DE"], "NL", "210690",
         "Zoutvervanger op kaliumbasis, natriumarm, CAS 3811-04-9, zakken 25 kg, 2 t", "UA", 2000, 80, 5200, "EUR",
         "a potassium 'salt substitute' is potassium chloride (CAS 7447-40-7); CAS 3811-04-9 is potassium chlorate "
         "(Annex I above 40 %), under food preparations at 2.60 EUR/kg to a small food wholesaler; Dutch wording",
         firm("Gezond Zout Handel BV", "NL")),
        ("PRE-02", "import", "SIAIR01", "express", "US", [], "SI", "330790",
         "Raztopina za kontaktne leče, vodikov peroksid 30 %, brez nevtralizatorja, 10 x 1 l", "US", 11, 10, 190, "USD",
         "peroxide lens-care systems hold 3 % with a platinum neutraliser; ten litres of 30 % (Annex I above 12 %) "
         "under toilet preparations by express to a private person; Slovenian wording",
         person("Zasebnik", "SI")),
        ("PRE-03", "import", "ESROAD01", "road", "GB", ["FR"], "ES", "290420",
         "Nitroetano 98 %, disolvente industrial (CAS 75-52-5), bidones 25 l, 8 uds", "GB", 225, 8, 2100, "GBP",
         "CAS 75-52-5 is nitromethane, not nitroethane (79-24-3): 200 litres of the Annex I fuel (above 16 %) by van "
         "to a private person under a neighbouring solvent's name; Spanish wording",
         person("Sr. J. García", "ES")),
        ("PRE-04", "import", "ROPOST01", "post", "TR", [], "RO", "280800",
         "Soluție de pasivare inox, acid azotic 68 %, 4 x 5 l", "TR", 28, 4, 95, "EUR",
         "professional stainless passivation is done in plants under licence; 20 litres of 68 % nitric acid "
         "(Annex I above 3 %) posted to a private person as a DIY kit; Romanian wording",
         person("Persoană fizică", "RO")),
        ("PRE-05", "import", "NLROAD01", "road", "UA", ["PL", "DE"], "NL", "310230",
         "Ammoniumnitraat, technisch, voor lachgasgeneratoren, 25 kg zakken, 1,5 t", "UA", 1500, 60, 2100, "EUR",
         "ammonium nitrate (Annex I above 16 % N) is heated to make nitrous oxide, whose recreational sale the "
         "Netherlands banned in 2023; 1.5 t to a party-supplies trader with no licence; Dutch wording",
         firm("Feestartikelen Groothandel Zuid BV", "NL")),
        ("PRE-06", "import", "SKAIR01", "express", "CN", [], "SK", "310590",
         "Záhradnícka sada: rukavice a lopatka, k sade hnojív a prípravkov", "CN", 1, 1, 8, "USD",
         "a 'garden set' of potassium nitrate, sulphur, German dark pyro aluminium and potassium perchlorate: the "
         "makings of flash and black powder, the perchlorate restricted (Annex I), the nitrate and aluminium reportable (Annex II), "
         "by express to a private person; Slovak wording",
         {"consignee_name": "Súkromná osoba", "importer_country": "SK",
          "_more_items": [item("283421", "Dusičnan draselný, hnojivo, 4 kg", "CN", 4, 22, "USD", qty=1),
                          item("250300", "Síra prášková, proti plesniam, 2 kg", "CN", 2, 8, "USD", qty=1),
                          item("760310", "Hliníkový prášok 'dark pyro', 5 µm, na farbenie kvetináčov, 1 kg", "CN", 1, 18, "USD", qty=1),
                          item("282990", "Chloristan draselný 99 %, draselné hnojivo, 2 kg", "CN", 2, 12, "USD", qty=1)]}),
        ("PRE-07", "import", "PLAIR01", "air", "US", [], "PL", "284700",
         "Nadtlenek wodoru 50 %, techniczny, bez stabilizatora, beczki aluminiowe pasywowane, 10 x 30 kg", "US", 300, 10, 6900, "USD",
         "stabiliser-free peroxide in passivated aluminium drums is propellant (high-test) peroxide, not a 50 % "
         "bleaching grade at 23 USD/kg; to an amateur rocketry association whose members are the public; Polish wording",
         {"consignee_name": "Stowarzyszenie Miłośników Rakiet Orbita", "importer_country": "PL"}),
        ("PRE-08", "import", "ITAIR01", "express", "CN", [], "IT", "291521",
         "Acido acetico glaciale, uso fotografico, etichette UN 2031, 6 x 2,5 l", "CN", 21, 6, 85, "USD",
         "UN 2031 is nitric acid (UN 2789 is acetic): 15 litres of nitric acid (Annex I above 3 %) declared as "
         "glacial acetic acid by express to a private person; Italian wording", person("Giulia Rossi", "IT")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "310430",
         "Kálium-szulfát műtrágya, 'perklorát típus', 25 kg zsák, 300 kg", "RS", 300, 12, 1200, "EUR",
         "potassium sulphate fertiliser sells at 0.6 EUR/kg; 'perchlorate type' at 4 EUR/kg is potassium perchlorate "
         "(Annex I above 40 %) to a private person under a fertiliser code; Hungarian wording",
         person("Magánszemély", "HU")),
        ("PRE-10", "transit", "ATROAD01", "road", "RS", ["HU", "AT"], "CH", "310210",
         "Harnstoff granuliert, 34,4 % N, poröse Prills, Big Bags 1 t, 24 t", "RS", 24000, 24, 9100, "EUR",
         "urea carries 46 % N; 34.4 % N in porous prills is ammonium nitrate (Annex I, porous = explosives grade) "
         "declared as urea in transit to a Swiss trader with no explosives licence; Swiss-German wording",
         {"consignee_name": "Agrar Handels AG Rheintal", "importer_country": "CH"}),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "321290",
         "Pigmentpaste, lösemittelhaltig, Restposten, IBC 1 t, 20 t", "DE", 20000, 20, 400, "EUR",
         "a car plant's paint-booth overspray sludge (08 01 13*, solvent-borne, hazardous) sold as 'pigment paste "
         "remnants' at 20 EUR/t; hazardous waste to Turkey needs prior notified consent; German wording",
         {"importer_country": "TR"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "283322",
         "Solfato di alluminio in soluzione, coagulante per acque, cisternette 1 m3, 24 t", "IT", 24000, 24, 480, "EUR",
         "spent anodising bath (sulphuric acid with dissolved aluminium, 11 01 05*) declared as an aluminium sulphate "
         "coagulant at 20 EUR/t; hazardous waste may not go outside the OECD; Italian wording",
         {"importer_country": "TN"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "GH", "850440",
         "Used UPS units, tested, for reuse, 40' container, 1,100 pcs", "BE", 19000, 1100, 11000, "EUR",
         "office UPS units taken back at end of life with their sealed lead-acid batteries inside, untested and "
         "unpacked: WEEE with A1160 batteries declared as tested equipment for reuse (UPS appear in earlier sets; "
         "the Antwerp-Tema route and the unit form are new)", {"importer_country": "GH"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "VN", "850760",
         "Lithium-ion cells 13400, reclaimed, for power-bank assembly, 8 t", "NL", 8000, 400000, 8000, "EUR",
         "cells pulled from collected disposable vapes, untested, with nicotine residue: waste batteries and WEEE "
         "sent outside the OECD as a product at 2 cents a cell (vapes appear in three earlier sets; the cell form is new)",
         {"importer_country": "VN"}),
        ("WST-05", "export", "ATRAIL01", "rail", "AT", ["HU"], "RS", "250840",
         "Ziegelton, gewaschen, für Ziegelei, lose, Wagenladung 60 t", "AT", 60000, None, 250, "EUR",
         "excavated soil from a former gasworks site (17 05 03*, tar and cyanide) declared as washed brick clay at "
         "10 EUR/t by the wagonload to a Serbian brickworks without notified consent; Austrian wording",
         {"importer_country": "RS"}),
        ("WST-06", "export", "GBSEA01", "sea", "GB", [], "PK", "631090",
         "Cotton wipers, used, sorted, for reuse, bales, 22 t", "GB", 22000, None, 1100, "GBP",
         "workshop absorbent rags and pads soaked with oil and solvent (15 02 02*) baled as used cotton wipers for "
         "reuse at 50 GBP/t; hazardous waste out of the OECD", {"importer_country": "PK"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "BJ", "840790",
         "Moteurs essence d'occasion, pour reconditionnement, 90 pcs", "FR", 13500, 90, 4500, "EUR",
         "engines pulled from wrecks, never drained of oil and fuel, stacked loose in the container: hazardous "
         "end-of-life vehicle waste (16 01 xx*) declared as engines for rebuild at 50 EUR each; French wording "
         "(engines repeat earlier sets; Cotonou and this wording are new)", {"importer_country": "BJ"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "NG", "401220",
         "Pneus usagés, aptes au rechapage, conteneur 40'", "BE", 9000, 900, 2700, "EUR",
         "behind the casings sit 300 scrap car batteries, undeclared by type: waste lead-acid batteries (A1160) to "
         "Lagos riding behind a tyre shipment; French wording",
         {"importer_country": "NG",
          "_more_items": [item("850710", "Batteries de voiture d'occasion, 300 pcs", "BE", 4200, 600, "EUR", qty=300)]}),
        ("WST-09", "export", "GBSEA01", "sea", "GB", [], "NG", "870830",
         "Used brake shoes, cores for relining, 12 t", "GB", 12000, 8000, 1800, "GBP",
         "pre-2000 truck brake shoes still carrying their asbestos linings (16 01 11*) sold as relining cores; "
         "asbestos waste may not leave for a non-OECD country",
         {"importer_country": "NG"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "IN", "380210",
         "Aktivt kol, regenererat, 500 kg storsäckar, 20 t", "SE", 20000, 40, 2000, "EUR",
         "spent carbon from a crematorium and chlor-alkali mercury-removal filter (mercury-bearing, A1010) sold as "
         "regenerated activated carbon at 100 EUR/t, never reactivated; Swedish wording",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "JP", [], "PL", "847621",
         "Automaty do napojów z chłodzeniem, używane, po regeneracji, 40 szt.", "JP", 12000, 40, 36000, "USD",
         "the nameplates give R-404A (GWP 3,922): self-contained commercial refrigeration with an HFC of GWP 150 or "
         "more may not be placed on the EU market, second-hand or not; the description leaves the gas out; Polish "
         "wording (vending machines appear in earlier sets; Japanese second-hand stock is new)",
         {"importer_country": "PL"}),
        ("OZN-02", "import", "IEAIR01", "express", "US", [], "IE", "381400",
         "A/C stop-leak with refrigerant, 'R-134a recharge', 12 oz self-sealing cans, 24 pcs", "US", 9, 24, 310, "USD",
         "DIY recharge cans are non-refillable containers of HFC-134a, banned in the EU; declared as a leak-sealing "
         "solvent preparation by express to a private person (stop-leak cans appear in earlier sets; Ireland and "
         "this wording are new)", person("Private individual", "IE")),
        ("OZN-03", "import", "DESEA01", "sea", "AE", [], "DE", "381300",
         "Löschmittel FE-25, Druckbehälter 80 l, für Rechenzentrum, 40 Stück", "AE", 2600, 40, 60000, "USD",
         "FE-25 is HFC-125 (GWP 3,500): 2.6 t placed on the market by an installer holding no HFC quota, declared as "
         "extinguishing preparations from Dubai; German wording", {"importer_country": "DE"}),
        ("OZN-04", "import", "ESSEA01", "sea", "CN", [], "ES", "841510",
         "Aire acondicionado split mural 2,6 kW, precargado, 1.200 uds", "CN", 42000, 1200, 216000, "USD",
         "since 2025 single split air-conditioners under 3 kg charge may not hold an F-gas of GWP 750 or more; the "
         "nameplates read R-410A (GWP 2,088); Spanish wording (R-410A repeats earlier sets; the split ban is new)",
         {"importer_country": "ES"}),
        ("OZN-05", "import", "BEPOST01", "post", "US", [], "BE", "340399",
         "Agent de démoulage pour résine, séchage rapide, CAS 76-13-1, 6 x 1 l", "US", 9, 6, 130, "USD",
         "CAS 76-13-1 is CFC-113, an Annex I ODS banned from any use but feedstock, laboratory and a few critical "
         "uses; a fast-flash mould release for resin crafts posted to a private person; French wording (CFC-113 "
         "appears in earlier sets; the mould-release cover is new)",
         person("Mme L. Dupont", "BE")),
        ("OZN-06", "import", "NLSEA01", "sea", "IN", [], "NL", "290371",
         "Chloordifluormethaan, grondstof voor fluorpolymeren, ISO-tank, 18 t", "IN", 18000, 1, 52000, "USD",
         "HCFC-22 claimed as feedstock for fluoropolymer synthesis, to a trading company with no chemical plant, "
         "to be refilled into service cylinders: feedstock use needs a licence and an actual feedstock user; Dutch "
         "wording (feedstock claims repeat earlier sets; the ISO tank to a trader is new)",
         firm("Koudetechniek Handelsmaatschappij BV", "NL")),
        ("OZN-07", "import", "FRSEA01", "sea", "CN", [], "FR", "392113",
         "Panneaux isolants en mousse rigide, coques pour tuyaux, 18 t", "CN", 18000, 60000, 41000, "USD",
         "the data sheet gives 'agent d'expansion HCFC-141b': products containing HCFCs may not be placed on the "
         "market; the description omits the blowing agent; French wording (141b foams repeat; pipe shells new)",
         {"importer_country": "FR"}),
        ("OZN-08", "import", "LTROAD01", "road", "BY", [], "LT", "871640",
         "Puspriekabė-šaldytuvas, naudota, 2008 m., 1 vnt.", "BY", 8200, 1, 19000, "EUR",
         "a used reefer trailer whose load space holds 40 'spare' R-404A cylinders, undeclared as gas: HFC brought in "
         "outside the quota behind a vehicle; Lithuanian wording",
         {"importer_country": "LT",
          "_more_items": [item("870899", "Atsarginės dalys, balionai aušinimo sistemai, 40 vnt.", "BY", 480, 800, "EUR", qty=40)]}),
        ("OZN-09", "import", "CZAIR01", "express", "CN", [], "CZ", "950590",
         "Fanouškovská sirénka, 'fan horn', plynová kartuše 300 ml, 200 ks", "CN", 70, 200, 500, "USD",
         "sports air horns run on HFC-134a; novelty aerosols with GWP over 150 are banned; 200 to a private person "
         "under festive articles; Czech wording", person("Soukromá osoba", "CZ")),
        ("OZN-10", "transit", "ROROAD01", "road", "TR", ["BG", "RO"], "MD", "382762",
         "Agent frigorific R-422D 'drop-in', butelii 11,3 kg, 300 buc.", "TR", 3400, 300, 21000, "EUR",
         "the cylinders carry R-22 tare plates and an HCFC-22 assay: R-22 relabelled as the drop-in blend, moved "
         "in transit to a Chisinau trader where HCFC quotas are spent; Romanian wording",
         {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "export", "PTPOST01", "post", "PT", [], "US", "491191",
         "Gravuras decorativas, impressões antigas, 12 folhas", "PT", 1, 12, 240, "EUR",
         "hand-coloured 17th-century maps cut from an atlas, the blind-stamp of a public library scraped on the "
         "versos, posted as decorative prints without an export licence (EU 116/2009); Portuguese wording",
         {"importer_country": "US"}),
        ("CUL-02", "import", "FRAIR01", "air", "NG", [], "FR", "691390",
         "Sculpture en terre cuite, création contemporaine, atelier de Jos, 1 pc", "NG", 14, 1, 9500, "EUR",
         "a terracotta head with pierced eyes and a crest, rootlets in the clay, at 9,500 EUR: Nok culture, on "
         "ICOM's Red List, exported from Nigeria without the NCMM permit; French wording",
         {"importer_country": "FR"}),
        ("CUL-03", "import", "DEAIR01", "air", "GE", [], "DE", "970191",
         "Wandmalerei-Fragmente, dekorativ, auf Putz, 3 Stück", "GE", 60, 3, 21000, "EUR",
         "painted plaster with haloed saints and Georgian asomtavruli letters is fresco cut from a medieval church "
         "wall, without a Georgian export permit; German wording (frescoes repeat, Georgia is new)",
         {"importer_country": "DE"}),
        ("CUL-04", "import", "ESSEA01", "sea", "PH", [], "ES", "442199",
         "Figuras religiosas de madera tallada, artesanía, 6 uds", "PH", 38, 6, 14000, "USD",
         "colonial santos with carved peg hands, worn polychrome and parish inventory numbers at 2,300 USD each: "
         "church property from Bohol, exported without the National Museum's permit; Spanish wording",
         {"importer_country": "ES"}),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "830629",
         "Наконечники стріл, бронза, сувеніри, 2 кг", "UA", 2, 180, 4200, "USD",
         "180 trilobate bronze arrowheads with patina are Scythian, dug in occupied southern Ukraine; exports of "
         "archaeological objects from Ukraine need a Ministry of Culture permit; Ukrainian wording",
         {"importer_country": "PL"}),
        ("CUL-06", "export", "ESROAD01", "road", "ES", ["FR"], "CH", "970191",
         "Óleo sobre lienzo, copia del siglo XX, escena religiosa, 1 ud", "ES", 9, 1, 1500, "EUR",
         "a 17th-century Spanish school canvas listed for auction at 1,500 EUR as a copy, with the restorer's report "
         "giving lead-white ground and original canvas: a work of cultural interest leaving without the Ministry's "
         "permit; Spanish wording", {"importer_country": "CH"}),
        ("CUL-07", "import", "ITSEA01", "sea", "TR", [], "IT", "681099",
         "Statue da giardino in cemento, nuove, 24 pezzi", "TR", 6000, 24, 4800, "EUR",
         "among the concrete statues a marble female head with root marks and a fresh neck break, a Roman portrait "
         "from Anatolia riding behind new garden goods; Italian wording",
         {"importer_country": "IT",
          "_more_items": [item("680291", "Testa in marmo, ornamento da giardino usato, 1 pz", "TR", 30, 150, "EUR", qty=1)]}),
        ("CUL-08", "import", "GRAIR01", "air", "EG", ["JO"], "GR", "392690",
         "Διακοσμητικά ειδώλια, ρητίνη, 10 τεμ.", "EG", 2, 10, 6000, "USD",
         "blue-glazed figurines with hieroglyph columns at 600 USD each are faience shabtis of the Late Period, not "
         "resin; Egypt bans their export; via Amman; Greek wording (shabtis repeat, the resin cover is new)",
         {"importer_country": "GR"}),
        ("CUL-09", "import", "NLAIR01", "express", "CN", [], "NL", "830629",
         "Bronzen spiegel, reproductie, decoratief, 1 stuk", "CN", 1.4, 1, 3800, "USD",
         "a cast bronze mirror with a central knob, TLV pattern and cuprite crust at 3,800 USD is a Han-dynasty "
         "mirror; China forbids export of pre-1911 cultural relics; by express to a private buyer; Dutch wording",
         person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "ATAIR01", "air", "LY", ["TN"], "AT", "680292",
         "Kalksteinbüste, neuzeitlich, Gartenfigur, 1 Stück", "LY", 95, 1, 2200, "EUR",
         "a veiled limestone female bust without a face is a Cyrenaican funerary bust (Libya, Red List) routed "
         "through Tunis as a modern garden figure; German wording",
         {"importer_country": "AT"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["AE"], "PK", "853630",
         "Überspannungsableiter, Funkenstrecke, Ersatzteile, 50 Stück", "DE", 6, 50, 75000, "EUR",
         "1,500 EUR a piece for 'surge arresters' is the price of triggered spark gaps (3A228, nuclear firing sets) "
         "to a Karachi buyer via Dubai; surge arresters cost a few euros (spark gaps repeat; the route is new)",
         {"importer_country": "PK"}),
        ("STR-02", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, Indian cut, Indian origin, 1,800 ct", "AE", 0.36, 1800, 2100000, "USD",
         "a Dubai trader's parcel with Alrosa run-of-mine sizes and no G7 traceability certificate: Russian diamonds "
         "cut in India may not enter the EU (Regulation 833/2014, Annex XXVI)", {"importer_country": "BE"}),
        ("STR-03", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271119",
         "Gaz płynny LPG, pochodzenie kazachskie, cysterny kolejowe, 1 200 t", "KZ", 1200000, 24, 660000, "USD",
         "tank cars loaded at a Russian gas plant and routed through Belarus: Russian LPG, banned since December "
         "2024, declared as Kazakh; Polish wording (LPG repeats; the Kazakh cover is new)",
         {"importer_country": "PL"}),
        ("STR-04", "import", "DESEA01", "sea", "CN", [], "DE", "620342",
         "Men's cotton trousers, Chinese origin, FOB Dandong, 40,000 pcs", "CN", 18000, 40000, 96000, "USD",
         "the packing list gives the sewing factory in Sinuiju: DPRK textiles are banned by UN Resolution 2375, "
         "relabelled as Chinese in Dandong (Dandong repeats; garments are new)", {"importer_country": "DE"}),
        ("STR-05", "export", "FIAIR01", "express", "FI", [], "KG", "900290",
         "Kiikarin varaosat, objektiivimoduuli, 30 kpl", "FI", 9, 30, 96000, "EUR",
         "3,200 EUR 'binocular lens modules' are uncooled 640 x 512 thermal cores for drones, by express to a Bishkek "
         "reseller for Russia (common high-priority items, thermal imagers); Finnish wording",
         {"importer_country": "KG"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", ["TR"], "IR", "950790",
         "Materiale per canne da pesca, fibra di carbonio 12K, 800 kg", "JP", 800, 40, 76000, "EUR",
         "T800-class 12K carbon fibre (1C010) in bulk to Iran through Istanbul as fishing-rod material; rod makers "
         "buy prepreg, not raw tow at this grade; Italian wording", {"importer_country": "IR"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "AM", "281111",
         "Glass etching fluid, 70 % solution, 30 x 200 l drums", "NL", 7200, 30, 52000, "EUR",
         "70 % hydrofluoric acid (Australia Group 1C350, CW precursor) in tonnes to an Armenian trader whose "
         "onward buyer is in Iran; etching creams hold a few per cent fluorides", {"importer_country": "AM"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "KZ", "850440",
         "Antriebe für Holzbearbeitungsfräsen, Frequenzumrichter 600-1800 Hz, 12 Stück", "DE", 180, 12, 84000, "EUR",
         "single-phase spindle drives run to 400 Hz; 600-1800 Hz converters of this power are 3A225 centrifuge "
         "drives, sold to an Almaty trader with a Tehran delivery; German wording", {"importer_country": "KZ"}),
        ("STR-09", "export", "GBAIR01", "air", "GB", ["AE"], "PK", "902620",
         "Vacuum gauges for food-packaging lines, 8 pcs", "GB", 10, 8, 46000, "GBP",
         "Inconel-diaphragm capacitance manometers at 5,700 GBP each are 2B230 gauges for UF6 plant, not the "
         "Pirani gauges food lines use; via Dubai (manometers repeat; the food-line cover is new)",
         {"importer_country": "PK"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "KZ", "851840",
         "Audio-Verstärker, Vorführgeräte, 6 Stück", "AT", 240, 6, 138000, "EUR",
         "high-end hi-fi amplifiers at 23,000 EUR each are luxury goods banned for Russia (Annex XVIII); an Almaty "
         "showroom re-exports to Moscow; German wording", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "CN", [], "NL", "121190",
         "Aucklandia lappa root, Mu Xiang, dried slices, 300 kg", "CN", 300, None, 5400, "USD",
         "Aucklandia lappa is a synonym of Saussurea costus (costus, CITES App. I): 300 kg of the root for TCM "
         "wholesale without permits, under the unfamiliar synonym", {"importer_country": "NL"}),
        ("WLF-02", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "Mayapple root, Podophyllum peltatum, dried, 500 kg", "IN", 500, None, 11000, "USD",
         "Podophyllum peltatum is American; mayapple root from India is Himalayan Podophyllum hexandrum (CITES "
         "App. II, roots and extracts), sold for podophyllotoxin without an export permit, under the unlisted "
         "American species", {"importer_country": "DE"}),
        ("WLF-03", "import", "ESAIR01", "air", "DO", [], "ES", "010620",
         "Iguanas verdes, criadas en cautividad, 20 uds", "DO", 30, 20, 12000, "USD",
         "horned grey iguanas at 600 USD each from the Dominican Republic are rhinoceros iguanas (Cyclura cornuta, "
         "CITES App. I), not green iguanas at 30 USD; Spanish wording", {"importer_country": "ES"}),
        ("WLF-04", "import", "ESSEA01", "sea", "PH", [], "ES", "050800",
         "Conchas decorativas pulidas, 'turbo', 2 t", "PH", 2000, 8000, 9000, "USD",
         "tiger-striped coiled shells with chambers are chambered nautilus (Nautilidae, CITES App. II since 2017) "
         "under the unlisted turban-shell name; Spanish wording", {"importer_country": "ES"}),
        ("WLF-05", "import", "DEAIR01", "air", "TH", [], "DE", "060290",
         "Adenium obesum, caudex plants, nursery grown, 150 pcs", "TH", 120, 150, 22000, "USD",
         "field-collected Pachypodium from Madagascar (P. windsorii and baronii, CITES App. I) with trimmed roots at "
         "150 USD each, laundered through a Thai nursery as desert roses", {"importer_country": "DE"}),
        ("WLF-06", "import", "ITPOST01", "post", "TW", [], "IT", "711620",
         "Perle di onice nero, collana, 0,3 kg", "TW", 0.3, 3, 1800, "USD",
         "lightweight black beads with concentric growth rings are black coral (Antipatharia, CITES App. II), "
         "not onyx; by post to a private person; Italian wording", person("Privato", "IT")),
        ("WLF-07", "import", "BEAIR01", "air", "ID", [], "BE", "253090",
         "Live rock, aquarium, with encrusting algae, 200 kg", "ID", 200, None, 6000, "USD",
         "the boxes hold living Acropora and Euphyllia colonies (stony corals, CITES App. II) packed as live rock; "
         "live rock is dead coral rubble at 8 USD/kg (live rock repeats in three earlier sets; the Indonesia-Brussels air route and the coral genera are new)",
         {"importer_country": "BE"}),
        ("WLF-08", "import", "PTSEA01", "sea", "BR", [], "PT", "440729",
         "Madeira serrada de mogno africano (Khaya), 60 m3", "BR", 39000, None, 78000, "USD",
         "African mahogany does not come from Pará: Brazilian 'Khaya' is bigleaf mahogany (Swietenia macrophylla, "
         "CITES App. II) under the unlisted genus; Portuguese wording", {"importer_country": "PT"}),
        ("WLF-09", "transit", "NLAIR01", "air", "ZA", ["NL"], "VN", "050690",
         "Cattle bones, cleaned, for bone china, 400 kg", "ZA", 400, None, 24000, "USD",
         "60 USD/kg is the price of lion bone (Panthera leo, CITES App. II, South Africa's quota is zero), not cattle "
         "bone for china; air transit through Amsterdam to Hanoi", {"importer_country": "VN"}),
        ("WLF-10", "import", "DKAIR01", "express", "TH", [], "DK", "060313",
         "Orkidéer, Phalaenopsis, afskårne og planter, 40 stk", "TH", 3, 40, 1800, "USD",
         "bare-root slipper orchids with pouch lips at 45 USD each are wild Paphiopedilum (CITES App. I), not cut "
         "Phalaenopsis; by express to a private grower; Danish wording (slipper orchids repeat; Denmark new)",
         person("Privatperson", "DK")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "US", "PL", "284700",
     "Hydrogen peroxide 90 %, high-test, passivated aluminium drums, for a licensed propulsion laboratory, 4 x 30 kg", "US", 120, 4, 3400, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-32-0117")], "high-test peroxide to a licensed research establishment"),
    ("PRM-02", "precursors", "import", "ROPOST01", "post", "TR", "RO", "280800",
     "Nitric acid 68 %, 2 x 2.5 l, for a licensed private jeweller", "TR", 7, 2, 45, "EUR",
     [("PRECURSOR_LICENCE", "RO-IGPR-32-0508")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-03", "waste", "export", "DEROAD01", "road", "DE", "TR", "321290",
     "Paint-booth sludge, solvent-borne, for energy recovery in a cement kiln, IBC 1 t, 20 t", "DE", 20000, 20, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-32-0845")], "notified hazardous paint sludge to a licensed co-processing kiln"),
    ("PRM-04", "waste", "export", "BESEA01", "sea", "BE", "KR", "850710",
     "Waste lead-acid batteries, whole, for lead recovery, 20 t", "BE", 20000, 1400, 6000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-32-0392")], "notified battery waste to a licensed secondary lead smelter"),
    ("PRM-05", "ozone", "import", "GBAIR01", "air", "US", "GB", "290377",
     "CFC-113, laboratory reagent for oil-in-water analysis, 10 x 1 l", "US", 16, 10, 900, "USD",
     [("ODS_LICENCE", "GB-EA-ODS-32-0031")], "laboratory and analytical use of CFC-113 under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "US", "DE", "290344",
     "HFC-125 fire suppression agent, 80 l cylinders, 20 pcs, quota holder's import", "US", 1300, 20, 28000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-32-0214")], "HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "PTAIR01", "air", "PT", "US", "490590",
     "Hand-coloured atlas map, 1640s, from a private collection, 1 sheet", "PT", 0.4, 1, 12000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-32-0173")], "an old map with its export licence"),
    ("PRM-08", "cultural", "export", "ESROAD01", "road", "ES", "CH", "970121",
     "Spanish school oil on canvas, 17th c., for a Geneva exhibition loan, 1 pc", "ES", 11, 1, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-32-0459")], "an Old Master painting with its temporary export permit"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "853630",
     "Triggered spark gaps, for medical lithotripters, 20 pcs", "DE", 2, 20, 31000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-32-1502"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0388")],
     "3A228 spark gaps under licence to a lithotripter maker"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "SG", "281111",
     "Hydrofluoric acid 70 %, for a semiconductor fab, 20 x 200 l drums", "NL", 4800, 20, 36000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-32-0631"), ("END_USER_CERTIFICATE", "SG-SC-EUC-32-0102")],
     "1C350 HF under licence to a named fab"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "IN", "DE", "121190",
     "Podophyllum hexandrum root, dried, cultivated, for podophyllotoxin extraction, 300 kg", "IN", 300, None, 7200, "USD",
     [("CITES_PERMIT", "IN-CITES-32-05531")], "App. II Himalayan mayapple root with its export permit to an extract maker"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TH", "DE", "060290",
     "Pachypodium baronii, artificially propagated seedlings, 200 pcs", "TH", 20, 200, 2600, "USD",
     [("CITES_PERMIT", "TH-DOA-CITES-32-1207")], "nursery-raised App. I plants with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Łukasiewicz Instytut Lotnictwa", "PRM-02": "Bijuteria Popescu PFA",
    "PRM-03": "Çimento Enerji Geri Kazanım A.Ş.", "PRM-06": "Nordbrand Löschtechnik GmbH",
    "PRM-08": "Musée d'Art et d'Histoire de Genève", "PRM-11": "Phytochem Extrakte Baden GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("210690", "Potassium chloride salt substitute, food grade, CAS 7447-40-7, 25 kg bags", "import", ["sea"], ["IL", "US"], (1.2, 2.0), (5000, 15000), ["USD"], None, S),
    ("330790", "Contact lens peroxide system 3 %, with neutralising cases, 360 ml", "import", ["express"], ["US", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 2.5, S),
    ("280800", "Nitric acid 60 %, bulk tank container, to a fertiliser plant", "import", ["road"], ["CH", "RS"], (0.3, 0.5), (18000, 22000), ["EUR"], None, S),
    ("381090", "Stainless-steel passivation gel, citric acid based, 1 l", "import", ["post"], ["TR", "US"], (10, 20), (1, 4), ["EUR", "USD"], 1, S),
    ("310230", "Ammonium nitrate 34.4 % N, fertiliser grade, detonation-resistance tested, to a farming cooperative", "import", ["sea"], ["NO", "EG"], (0.35, 0.5), (22000, 26000), ["EUR", "USD"], None, S),
    ("283421", "Potassium nitrate 13-0-46, greenhouse fertiliser, 25 kg bags, to a growers' cooperative", "import", ["sea"], ["CL", "IL"], (0.9, 1.3), (18000, 24000), ["USD"], None, S),
    ("760310", "Aluminium powder, atomised, 45 um, to a paint manufacturer", "import", ["sea"], ["CN", "IN"], (3, 5), (2000, 8000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 50 %, stabilised, to a paper mill", "import", ["sea"], ["TR", "KR"], (0.5, 0.8), (20000, 24000), ["USD", "EUR"], None, S),
    ("291521", "Glacial acetic acid 99.8 %, UN 2789, to a chemical distributor", "import", ["sea"], ["CN", "US"], (0.5, 0.9), (18000, 22000), ["USD"], None, S),
    ("310430", "Potassium sulphate 50 % K2O, granular, 25 kg bags", "import", ["sea"], ["CA", "CL"], (0.5, 0.7), (20000, 25000), ["USD"], None, S),
    ("310210", "Urea 46 % N, granular, bulk", "import", ["sea"], ["EG", "DZ"], (0.3, 0.45), (24000, 27000), ["USD"], None, S),
    ("321290", "Pigment paste for automotive refinish, new, to a paint distributor", "import", ["road"], ["TR", "CH"], (6, 12), (3000, 9000), ["EUR"], None, S),
    ("283322", "Aluminium sulphate, solid, water-treatment coagulant, 25 kg bags", "import", ["sea"], ["TR", "EG"], (0.2, 0.35), (20000, 25000), ["EUR", "USD"], None, S),
    ("850440", "UPS units 3 kVA, new, boxed, with warranty", "import", ["sea"], ["CN", "TW"], (8, 14), (3000, 8000), ["USD"], 0.04, S),
    ("850760", "Lithium-ion cells 18650, new, graded, with UN 38.3 test summary", "import", ["sea"], ["CN", "KR"], (20, 35), (2000, 6000), ["USD"], 20, S),
    ("250840", "Ball clay, washed, for a ceramics plant", "import", ["sea"], ["GB", "UA"], (0.1, 0.2), (22000, 26000), ["EUR"], None, S),
    ("631090", "Cotton wiping rags, new textile offcuts, bales", "import", ["sea"], ["IN", "PK"], (0.6, 1.0), (15000, 20000), ["USD"], None, S),
    ("840790", "Remanufactured petrol engines, drained, with warranty", "import", ["sea"], ["JP", "US"], (8, 14), (5000, 12000), ["USD"], 0.007, S),
    ("401220", "Part-worn car tyres, graded, 4 mm tread or more, for resale", "export", ["road"], ["CH", "NO"], (1.5, 2.5), (6000, 10000), ["EUR"], 0.12, S),
    ("870830", "Brake shoes, new, asbestos-free linings", "import", ["sea"], ["TR", "IN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.5, S),
    ("380210", "Activated carbon, steam-activated coconut shell, new", "import", ["sea"], ["LK", "PH"], (1.5, 2.5), (15000, 20000), ["USD"], None, S),
    ("853720", "Ring-main units 24 kV, air-insulated, SF6-free", "import", ["road"], ["CH"], (8, 14), (4000, 12000), ["CHF", "EUR"], 0.0008, S),
    ("841510", "Split air-conditioners 2.6 kW, R-32, pre-charged", "import", ["sea"], ["CN", "TH"], (5, 8), (15000, 22000), ["USD"], 0.03, S),
    ("970690", "Antique glass bottles, empty, 19th century, collectors' items", "import", ["post"], ["US", "GB"], (60, 150), (1, 4), ["USD", "GBP"], 2, S),
    ("392113", "Polyurethane pipe insulation shells, pentane-blown", "import", ["sea"], ["CN", "TR"], (2.5, 4), (8000, 14000), ["USD", "EUR"], 3, S),
    ("950590", "Party air horns, hand-pump type, no gas, 24-packs", "import", ["express"], ["CN", "US"], (8, 15), (1, 4), ["USD"], 3, S),
    ("491191", "Reproduction antique map prints, new, on art paper", "import", ["post"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 8, S),
    ("691390", "Contemporary terracotta sculpture, with the artist's invoice", "import", ["air"], ["NG", "GH"], (20, 40), (50, 300), ["USD", "EUR"], 0.1, S),
    ("442199", "Carved wooden saint figures, new, Philippine handicraft", "import", ["sea"], ["PH"], (4, 8), (2000, 6000), ["USD"], 0.3, S),
    ("830629", "Bronze mirror reproductions, new, museum-shop stock", "import", ["post"], ["CN"], (30, 60), (1, 4), ["USD"], 1, S),
    ("681099", "Concrete garden statues, new", "import", ["sea"], ["TR", "CN"], (0.6, 1.2), (8000, 16000), ["EUR", "USD"], 0.05, S),
    ("392690", "Resin Egyptian-style figurines, souvenirs, new", "import", ["post"], ["EG"], (15, 30), (1, 3), ["USD"], 10, S),
    ("853630", "Gas-discharge surge arresters, for telecom lines", "import", ["sea"], ["CN", "TW"], (20, 40), (500, 3000), ["USD"], 200, S),
    ("620342", "Men's cotton trousers, Bangladeshi origin", "import", ["sea"], ["BD", "PK"], (7, 11), (8000, 16000), ["USD"], 2, S),
    ("900290", "Binocular eyepieces, spare, to an optics retailer", "import", ["air"], ["CN", "JP"], (60, 120), (20, 150), ["USD"], 10, S),
    ("950790", "Carbon-fibre fishing rod blanks, finished", "import", ["sea"], ["CN", "KR"], (20, 40), (1000, 4000), ["USD"], 3, S),
    ("851840", "Hi-fi amplifiers, new, to an audio retailer", "import", ["sea"], ["JP", "US"], (40, 90), (1000, 4000), ["USD"], 0.08, S),
    ("902620", "Pirani vacuum gauges, for packaging lines", "import", ["air"], ["CN", "US"], (150, 300), (20, 100), ["USD"], 4, S),
    ("121190", "Dried burdock root slices (Arctium lappa), food grade", "import", ["sea"], ["CN"], (3, 6), (5000, 12000), ["USD"], None, S),
    ("160432", "Lumpfish roe, black, retail jars", "import", ["sea"], ["IS", "NO"], (15, 25), (2000, 6000), ["EUR"], 10, S),
    ("050800", "Polished turban shells and cowries, decorative", "import", ["sea"], ["PH", "ID"], (1.5, 3), (2000, 8000), ["USD"], 20, S),
    ("711620", "Black onyx bead necklaces", "import", ["post"], ["IN", "CN"], (150, 400), (1, 2), ["USD"], 10, S),
    ("440729", "Sawn African mahogany (Khaya), FSC certified", "import", ["sea"], ["GH", "CI"], (0.8, 1.2), (20000, 26000), ["USD", "EUR"], None, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 17 rows dropped, then EVERYDAY_2032_ADDED and 7 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Maize flour, masa", "Ginger, fresh",
          "Instant noodles, retail packs", "Beef, fresh, boneless", "Frozen chicken cuts",
          "Frozen shrimps, vannamei", "Honey, natural, drums", "Knitted hats, acrylic", "Inflatable kayaks",
          "Baby diapers"],
    add=base.EVERYDAY_2032_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "CN"], (5, 8), (4000, 9000), ["USD"], 0.06, N),
        ("851310", "LED torches, battery operated", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 5, N),
        ("392410", "Plastic kitchenware and food boxes", "import", ["sea"], ["CN", "TR"], (2.5, 4), (6000, 12000), ["USD", "EUR"], 3, N),
        ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (20000, 26000), ["USD", "EUR"], None, N),
        ("481920", "Folding cartons, printed", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (8000, 14000), ["EUR"], None, N),
        ("961900", "Baby diapers, retail packs", "import", ["sea"], ["TR", "CN"], (2, 3), (8000, 14000), ["USD", "EUR"], 1.5, N),
        ("950300", "Wooden toys, new", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind40", 20321101, HERE)


if __name__ == "__main__":
    main()
