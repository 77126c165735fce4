#!/usr/bin/env python3
"""Writes the hundred-and-seventy-fourth blind set (tests/risk/data/blind174-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: returns, repairs, temporary
admission and processing (ATA carnets for trade fairs, exhibitions, tours and races, goods
sent out for repair or testing and brought back, warranty returns, returned goods
re-imported 'unchanged', inward and outward processing, returnable packaging, refits and
overhauls), spread over many countries and languages.
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
would. Ids are BL174-*:

    python3 tests/risk/data/make_blind174_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEROAD01", "road", "RS", ["HU", "AT"], "DE", "950699",
         "Mete za streljaštvo, izložbeni uzorci za sajam u Nirnbergu, privremeni uvoz po ATA karnetu, 400 kompleta",
         "RS", 520, 400, 2000, "EUR",
         "shooting targets shown at a hunting-and-shooting fair are paper, steel or clay and go home with the "
         "exhibitor; these 400 'kits' are plastic jars of white, odourless prills that turn ice-cold in water and test "
         "at 34 % N, each with a sachet of grey, flaky aluminium powder taped to the lid, and the stand's price list "
         "offers them to visitors at 15 EUR a kit: binary exploding targets, ammonium nitrate (Annex I at 16 % N or "
         "more) with aluminium powder (Annex II), brought in under an ATA carnet, which covers goods that leave again, "
         "to be sold off the stand to members of the public; Serbian wording, on a lorry from Novi Sad through Hungary "
         "and Austria (binary targets repeat in blind15, blind34, dev7-a and dev17-b: kept as a repeat; a fair "
         "exhibitor's ATA carnet was found in no earlier row by a keyword search)",
         {"consignee_name": "Vega Lov d.o.o., štand 7-514, NürnbergMesse", "importer_country": "DE"}),
        ("PRE-02", "import", "PLROAD01", "road", "GB", ["FR", "BE", "NL", "DE"], "PL", "851679",
         "Zwroty konsumenckie z Wielkiej Brytanii, palety mieszane: drobne AGD (czajniki, tostery, blendery), 1 100 szt.",
         "CN", 2200, 1100, 5500, "GBP",
         "a lorry of UK customer-return pallets for a Poznań liquidator: kettles, toasters and toys from British web "
         "shops' returns are what such lorries carry, but the third item's 'środki czystości' are 600 one-litre HDPE "
         "bottles with vented caps of a water-clear liquid of 1.13 kg/l that foams on rust, whitens the skin and is "
         "labelled in English '35 % food grade', pulled from returns of a UK 'oxygen therapy' seller, for resale on "
         "online marketplaces and at flea markets: hydrogen peroxide above 12 % (Annex I) made available to members of "
         "the public, hidden as the last item of a three-item declaration; Polish wording (hydrogen peroxide repeats in "
         "many sets and customer returns in blind51, blind115 and blind136 on other goods; liquidation pallets of UK "
         "returns by road to Poland were found in no earlier row by a keyword search)",
         dict(firm("Orion Zwroty Hurt Sp. z o.o.", "PL"),
              _more_items=[item("950300", "Zwroty konsumenckie: zabawki i artykuły dziecięce, 2 400 szt.", "CN", 1800, 3000, "GBP", qty=2400),
                           item("340290", "Zwroty konsumenckie: środki czystości, 600 szt.", "GB", 720, 600, "GBP", qty=600)])),
        ("PRE-03", "import", "DEAIR01", "express", "TR", [], "DE", "711311",
         "Tamir edilmiş gümüş ve altın kaplama takılar, onarım sonrası sahibine iade, 6 adet", "DE", 0.4, 6, 180,
         "EUR",
         "jewellery sent to a Kapalıçarşı workshop for repair comes back in a padded pouch with the repair ticket; "
         "this box also holds the second item's 'takı temizleme sıvısı': two litre bottles of a liquid of 1.40 kg/l "
         "that fumes brown when opened, has yellowed the caps and stains the skin yellow, labelled by hand 'kezzap', "
         "the Turkish jewellers' word for concentrated nitric acid: about 65 % nitric acid (Annex I above 3 %) sent to "
         "a private person in Duisburg, and undeclared dangerous goods on an express flight, hidden behind the "
         "repair return of her own jewellery in a two-item declaration; Turkish wording (nitric acid repeats in many "
         "sets; a jewellery repair return and a 'kezzap' label were found in no earlier row by a keyword search)",
         dict(person("Ayşe Yıldırım", "DE"),
              _more_items=[item("340290", "Takı temizleme sıvısı, 2 x 1 l", "TR", 2.8, 20, "EUR", qty=2)])),
        ("PRE-04", "import", "GRAIR01", "air", "GE", [], "GR", "950590",
         "ილუზიონისტის რეკვიზიტი გასტროლისთვის, დროებითი შემოტანა ATA კარნეტით, 6 ყუთი", "GE", 140, 6, 900,
         "USD",
         "a touring illusionist's carnet lists boxes, cabinets, cards and doves' harnesses; among the props are twelve "
         "1 kg jars marked 'ტალკი' (talc) that hold a heavy, gritty, white crystalline powder that does not feel "
         "soapy and flares violently with a pinch of sugar, and four jars of a fine, grey, flaky metal powder, the two "
         "halves of a flash powder for the act's stage effects: potassium perchlorate (Annex I above 40 %) with "
         "magnesium powder (Annex II), brought in by a performer who is a member of the public holding no licence, "
         "undeclared dangerous goods on a passenger flight from Tbilisi to Athens; Georgian wording (flash-powder "
         "ingredients repeat in many sets; stage-magic props and a magician's carnet were found in no earlier row by "
         "a keyword search)", {"consignee_name": "Levan Beridze (tour, Athens)", "importer_country": "GR"}),
        ("PRE-05", "import", "SEROAD01", "road", "NO", [], "SE", "290511",
         "Metanol racingdrivstoff til dragracingbil, 6 fat à 200 l, følger ATA-carnet for bilen til Tierp", "NO",
         1370, 6, 900, "EUR",
         "a private Norwegian drag-racing team's carnet covers its car, spares and tools for a meeting at Tierp; "
         "1,200 l of methanol weigh about 950 kg, but these six drums weigh 1,370 kg, hold an oily liquid that sinks in "
         "water and smells faintly fruity, and the drum bungs read 'CH3NO2 98 %': nitromethane (Annex I above 16 %) "
         "for members of the public (a hobby team), declared as methanol and slipped onto a carnet that cannot cover "
         "consumables, at Svinesund; Norwegian wording (dragster-fuel labels repeat in heldout and blind35: kept as a "
         "repeat; a team's ATA carnet and a methanol label were found in no earlier precursor row by a keyword "
         "search)", {"consignee_name": "Team Nitro Hedmark (privat)", "importer_country": "SE"}),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "310240",
         "Kalcijum-amonijum-nitrat (KAN) 27 % N, pakovan u vreće od 5 kg za maloprodaju, povrat nakon pasivnog "
         "oplemenjivanja (pakovanje), 4 000 vreća", "HR", 20000, 4000, 1600, "EUR",
         "calcium ammonium nitrate 27 % is a grey-brown granule with chalk or dolomite in it and fizzes with acid; "
         "these 5 kg garden bags, declared as Croatian CAN sent to a Bosnian packer and returned after outward "
         "processing (duty on the packing fee only), hold white, porous prills that do not fizz, turn ice-cold in "
         "water and read 34.4 % N, for a Zagreb garden-centre chain that sells them over the counter: ammonium "
         "nitrate (Annex I at 16 % N or more) retail-packed for members of the public, the 'returned' goods never having "
         "left Croatia in that form, at Stara Gradiška; Bosnian wording (porous AN under 'CAN' labels repeats in "
         "blind6 and blind8: kept as a repeat family; an outward-processing return was found in no earlier row by a "
         "keyword search)", firm("Delta Vrt d.o.o.", "HR")),
        ("PRE-07", "import", "ATROAD01", "road", "CH", [], "AT", "854370",
         "Zündmaschine (Sprenggerät) zur Reparatur beim Hersteller, mit Prüfstecker-Set, 1 Koffer", "CH", 14, 1,
         200, "CHF",
         "a blasting machine sent for repair travels alone in its case with its test leads; under the foam of this "
         "case are 60 electronic detonators with orange leg wires and delay labels, live, taken off a Ticino tunnel "
         "site and packed as 'Prüfstecker' (test plugs) so the repairer can 'test the firing circuit', in a courier van "
         "at Feldkirch-Tisis: explosives moved across the border without the transfer authorisation the Union's "
         "explosives directive requires and undeclared as dangerous goods; Swiss German wording (detonators repeat "
         "in many sets as connectors, switches and cable sets; a blasting machine sent for repair was found in no "
         "earlier row by a keyword search)", firm("Alpina Sprengtechnik GmbH", "AT")),
        ("PRE-08", "import", "FRPOST01", "post", "TN", [], "FR", "200989",
         "لاقمي (عصير النخيل) من قابس، مبستر، قوارير 1 لتر، 3", "TN", 3.4, 3, 36, "TND",
         "legmi, the date-palm sap of the Gabès oases, is milky, sweet, fizzy and sour within a day, and does not keep; "
         "these three PET bottles hold a water-clear liquid that smells of nothing, weighs 1.13 kg/l, has vented caps "
         "and whitens and stings the skin: about 35 % hydrogen peroxide (Annex I above 12 %) for a private person in "
         "Marseille, one of four parcels posted to the same address within a week, each under 4 kg (a split "
         "consignment); Tunisian Arabic wording (hydrogen peroxide repeats in many sets and drink and flower-water "
         "covers in several, orange-blossom water from Tunisia among them (blind104); a legmi label was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-09", "import", "PTPOST01", "post", "BR", [], "PT", "190190",
         "Farinha láctea, 4 latas de 400 g", "BR", 1.8, 4, 120, "BRL",
         "farinha láctea is a creamy, sweet, malty wheat-and-milk flour that clumps and smells of biscuits; these "
         "four tins hold glassy, odourless, tasteless crystals that do not clump or dissolve into a paste and crackle "
         "and spit violet sparks on a hot pan: potassium chlorate (Annex I above 40 %) posted from Belo Horizonte to a "
         "private person in Braga; Brazilian Portuguese wording (potassium chlorate repeats in many sets and flour "
         "covers in several; a farinha-láctea label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-10", "export", "PTAIR01", "air", "PT", [], "MZ", "392690",
         "Amostras de exposição: cartuchos de demonstração inertes, exportação temporária com caderneta ATA para a "
         "feira mineira de Maputo, 120 unidades", "PT", 62, 120, 300, "EUR",
         "inert demonstration cartridges are empty or sand-filled plastic tubes with a 'DUMMY' print; these 120 are "
         "heavy, waxy, paper-wrapped 32 mm sticks of a pink paste that smell of fuel oil, with UN 0241 on the inner "
         "wrappers, and a second box holds 40 non-electric detonators with shock tube, sent with a carnet to a "
         "mining fair where they will be sold and not come back: packaged emulsion explosive and detonators "
         "exported without the export and transfer licences they need and undeclared as dangerous goods on an air "
         "cargo flight from Lisbon; Portuguese wording (emulsion explosives repeat in many sets; a temporary export "
         "of trade-fair samples was found in no earlier row by a keyword search)", {"importer_country": "MZ"}),
    ],
    "waste": [
        ("WST-01", "export", "NLROAD01", "road", "NL", ["DE", "AT", "HU", "RO", "BG"], "TR", "842199",
         "Amalgaamafscheider-opvangbakken, wisselsysteem, retour naar leverancier voor regeneratie, 600 stuks", "NL",
         2400, 600, 600, "EUR",
         "exchange canisters of dental amalgam separators go back to a licensed processor in the Union in sealed, "
         "labelled boxes with a waste transfer note; these 600 canisters, collected from Dutch dental practices, are "
         "full of grey sludge with silver-grey amalgam particles and free mercury droplets, and the Istanbul 'supplier' "
         "is a metals trader with no regeneration plant: amalgam waste from dental care (18 01 10*), a mercury waste "
         "that may not be exported for recovery, sent to an OECD country without the notification and consent it "
         "needs, by road through the Balkans; Dutch wording (amalgam-separator contents repeat in many sets, "
         "as dental silver scrap and, in blind96, as used filter cartridges for reconditioning: kept as a repeat; an "
         "exchange-canister return to the supplier in Türkiye was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("WST-02", "export", "MTSEA01", "sea", "MT", [], "LY", "850720",
         "Batteriji tat-trazzjoni għall-forklifts, użati, mibgħuta għar-rikondizzjonar u ritorn, 80 unità", "MT",
         64000, 80, 4000, "EUR",
         "traction batteries sent out for reconditioning (outward processing) come back with new cells and a "
         "capacity test; these 80 are from a Freeport warehouse fleet, with cracked cases, sulphated plates and acid "
         "leaking onto the pallets, the Misrata 'reconditioner' is a lead smelter that pours in the open, and no "
         "re-import has ever followed such an export: waste lead-acid batteries (16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Marsaxlokk; Maltese wording (lead-acid batteries repeat in many "
         "sets; a reconditioning-and-return label from Malta to Libya was found in no earlier row by a keyword "
         "search)", {"importer_country": "LY"}),
        ("WST-03", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "392390",
         "Povratna embalaža: prazni IBC zabojniki 1000 l, vračilo dobavitelju, 180 kosov", "SI", 11000, 180, 900,
         "EUR",
         "returnable IBCs going back to a supplier are drained and capped and weigh about 60 kg each; these 180 "
         "weigh 60 kg each, still hold 1-2 cm of a brown, solvent-smelling sludge with pesticide labels from a "
         "Ljubljana formulator on the cages, and the Zenica 'supplier' never sold them but rinses them into a stream "
         "for resale: packaging containing residues of hazardous substances (15 01 10*), hazardous waste whose export "
         "to a non-OECD country is banned, at Obrežje; Slovenian wording (uncleaned drums and IBCs repeat in blind7 "
         "and a few sets; a returnable-packaging return to the supplier was found in no earlier row by a keyword "
         "search)", {"importer_country": "BA"}),
        ("WST-04", "export", "SESEA01", "sea", "SE", [], "OM", "890190",
         "Ro-ro-fartyg, byggt 1984, avgår för reparation och ombyggnad vid varv i Duqm, 1 st", "SE", 9000000, 1,
         1200000, "EUR",
         "a ship leaving for repair sails with a yard contract, a class survey plan and a return charter; this "
         "41-year-old ro-ro, sold to a cash buyer's one-ship company, has her class withdrawn, no repair contract, "
         "asbestos lagging and PCB cables aboard and a bunker just big enough to reach Gadani: a ship for "
         "demolition, hazardous waste whose export to a non-OECD country is banned and which needs an EU-listed "
         "recycling yard, declared as leaving Gothenburg for repairs in Oman; Swedish wording (ships sold for "
         "demolition as for trading repeat in several sets; a 'repair at Duqm' cover was found in no earlier row by a "
         "keyword search)", {"importer_country": "OM"}),
        ("WST-05", "export", "ROSEA01", "sea", "RO", [], "GE", "382499",
         "Fluid de foraj pe bază de ulei, returnat furnizorului pentru recondiționare, 20 containere-cisternă", "RO",
         400000, 20, 8000, "EUR",
         "oil-based mud returned to the mud company is a smooth, heavy, uniform fluid that can be weighted up and used "
         "again; these tanks hold a lumpy slurry of drilled rock and barite with 12 % oil, from the cuttings skips of "
         "a Black Sea gas rig, and the Poti 'mud plant' is a pit by the port: drill cuttings and muds containing oil "
         "(01 05 05*), hazardous waste whose export to a non-OECD country is banned, from Constanța; Romanian wording "
         "(oil-based mud and cuttings repeat in several sets: kept as a repeat; a return to the mud supplier was "
         "found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "950430",
         "Apparecchi da intrattenimento usati (AWP), da ricondizionare e rivendere, 300 pezzi", "IT", 27000, 300,
         6000, "EUR",
         "amusement machines sold for reconditioning are complete, working cabinets with their boards and keys; "
         "these 300 AWP slot cabinets, decommissioned by a regulatory switch-over, have smashed screens, cut looms, "
         "leaking back-up batteries and CRT monitors with broken necks, stacked by a forklift, for a Sfax 'game "
         "arcade': waste electrical and electronic equipment with CRTs (16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Genoa; Italian wording (arcade and slot cabinets repeat in blind20 and "
         "blind142; a reconditioning-for-resale label to Tunisia was found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-07", "transit", "BESEA01", "sea", "NA", ["BE"], "IN", "780600",
         "Lead-silver anodes, used, for recasting under toll agreement and return, 60 pallets", "NA", 48000, 60, 24000,
         "USD",
         "anodes sent for recasting go as clean, washed, straightened plates; these are bent, pitted plates caked "
         "with brown-black anode slime of lead dioxide and manganese that still smells of acid, from a zinc "
         "electrowinning tankhouse, and the Indian 'toll smelter' returns nothing: lead-bearing waste (Basel A1010 "
         "and A1020), landed at Antwerp in transit from Walvis Bay to Mundra without the notification the Union "
         "needs to let hazardous waste through; Namibian English wording (lead wastes repeat in many sets and anodes "
         "in a few; toll recasting of anodes in transit through Antwerp was found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "UA", "381400",
         "Használt oldószer bérdesztillációra, visszaszállítással (passzív feldolgozás), 80 hordó", "HU", 16000, 80,
         800, "EUR",
         "solvent sent for toll distillation is a thin, clear-to-amber liquid that returns as clean solvent; these "
         "80 drums hold a thick, sticky, pigmented still-bottom sludge of ink and solvent from a Győr packaging "
         "printer, and the Mukachevo 'distiller' has no still: waste printing ink with dangerous substances (08 03 "
         "12*), hazardous waste whose export to a non-OECD country is banned, at Záhony; Hungarian wording (spent "
         "solvents repeat in several sets; toll distillation under outward processing was found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "850730",
         "Letecké Ni-Cd akumulátory k repasi (oprava a zpětný dovoz), 120 ks", "CZ", 3600, 120, 1200, "EUR",
         "aircraft Ni-Cd batteries sent for overhaul go in their cases with log cards and come back with a release "
         "certificate; these 120 are dead, white-crusted, electrolyte-leaking cells and cases with cut straps, pulled "
         "from scrapped L-410s, without log cards, and the Belgrade 'shop' is a battery-scrap dealer: waste "
         "nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, by road "
         "through Slovakia and Hungary; Czech wording (aircraft Ni-Cd batteries repeat in blind55 and blind109 as "
         "working or overhauled units for sale: kept as a repeat; a send-out for overhaul and re-import was found in "
         "no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "GM", "940360",
         "Mobles de casa usats i efectes personals, trasllat de residència (retorn al país), 1 lot", "ES", 2400, None,
         600, "EUR",
         "a returning resident's container from Barcelona for Banjul: used furniture and a family car are what such "
         "containers hold, but the third item's 'oli de motor per al cotxe' is 30 jerrycans of black, gritty, watery "
         "used engine oil drained at a Badalona workshop, for resale as lubricant: waste mineral oils (13 02 05*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration; Catalan wording (household removals repeat in several sets, on e-waste, and waste oils in "
         "many; a returning resident's removal hiding waste oil was found in no earlier row by a keyword search)",
         dict({"importer_country": "GM"},
              _more_items=[item("870323", "Cotxe usat Toyota Corolla 2009, 1", "JP", 1250, 2500, "EUR", qty=1),
                           item("271019", "Oli de motor per al cotxe, bidons de 25 l, 30 u.", "ES", 690, 60, "EUR", qty=30)])),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "JO", [], "PL", "842410",
         "طفايات حريق أوتوماتيكية لسلال نفايات الحمامات في الطائرات، HFC-236fa، بعد الصيانة، معادة للمالك، 40 قطعة",
         "US", 20, 40, 2000, "USD",
         "lavatory waste-bin extinguishers returned after overhaul carry the agent on the data plate and a release "
         "certificate; these 40 small bottles, overhauled at an Amman repair station for a Warsaw airline, weigh "
         "their full charge, read 15 bar and a gas test at the fill port gives bromotrifluoromethane, not HFC-236fa: "
         "halon 1301, imported without the licence the ozone regulation requires for critical uses, under a "
         "repair-return declaration; Jordanian Arabic wording (halon 1301 repeats in many sets and aircraft fire "
         "bottles in several; lavatory-bin extinguishers and a return after overhaul were found in no earlier row by "
         "a keyword search)", firm("Central Aero Serwis Sp. z o.o.", "PL")),
        ("OZN-02", "import", "BESEA01", "sea", "KR", [], "BE", "382769",
         "R-407C 냉매, ISO 탱크, 역내가공(실린더 충전 후 서아프리카로 재수출), 1기", "KR", 18000, 1, 36000, "USD",
         "R-407C goes into the Union with an HFC quota authorisation, or under inward processing with a bond and a "
         "named re-export; this ISO tank's liquid reads 9.1 bar at 20 °C rather than R-407C's 9.8, a gas test gives "
         "one pure component, chlorodifluoromethane, and the Antwerp 'filler' has no re-export orders: HCFC-22, whose "
         "import into the Union is banned whatever the procedure, declared as an HFC blend for inward processing "
         "(cylinder filling for re-export); Korean wording (HCFC-22 under HFC-blend labels repeats in many sets; an "
         "inward-processing claim on a refrigerant was found in no earlier row by a keyword search)",
         firm("Horizon Gas Filling BV", "BE")),
        ("OZN-03", "import", "HRROAD01", "road", "ME", [], "HR", "730890",
         "Sendvič paneli s poliuretanskim jezgrom za hladnjače, ponovni uvoz nakon pasivnog oplemenjivanja, 1 200 m²",
         "HR", 14000, 1200, 21000, "EUR",
         "cold-room sandwich panels foamed with pentane carry a flammable-blowing-agent note and a foam data sheet; "
         "these panels, declared as Croatian steel sheets sent to a Podgorica foaming line and brought back after "
         "outward processing, give a sweet, ether-like smell when cut and a gas test of the core cells gives "
         "1,1-dichloro-1-fluoroethane: panels blown with HCFC-141b, products containing an ozone-depleting substance "
         "whose import into the Union is banned, at Debeli Brijeg; Montenegrin wording (HCFC-141b foams and sandwich "
         "panels repeat in several sets; an outward-processing return was found in no earlier ozone row by a keyword "
         "search)", firm("Vega Hladnjače d.o.o.", "HR")),
        ("OZN-04", "import", "DESEA01", "sea", "CN", [], "DE", "841861",
         "空气源热泵样机, R290, 法兰克福ISH展会展品, ATA单证册暂准进口, 12台", "CN", 2400, 12, 18000, "USD",
         "propane (R290) heat pumps carry a flammable-refrigerant triangle and an A3 data plate; these twelve "
         "exhibition units, brought in under a carnet for the ISH fair, have 'R290' stickers over plates reading "
         "'R22 2.8 kg', brass Schrader ports and no A3 marking, and the stand's price list offers them to installers "
         "'ex stand': heat pumps charged with HCFC-22, equipment whose import into the Union is banned, entered under "
         "temporary admission to be sold off the stand; Chinese wording (R-22 equipment repeats in many sets and heat "
         "pumps in several; a trade-fair carnet was found in no earlier ozone row by a keyword search)",
         {"consignee_name": "Messe Frankfurt, Halle 11.1, Stand C41", "importer_country": "DE"}),
        ("OZN-05", "import", "GRROAD01", "road", "MK", [], "GR", "290345",
         "Повратни челични боци за ладилен гас, наполнети со R-134a по пасивно оплеменување (полнење), 200 боци",
         "GR", 2720, 200, 4400, "EUR",
         "returnable cylinders sent out for refilling come back with the filler's certificate and, for an HFC, an "
         "import covered by quota; these 200 cylinders, declared as Greek cylinders refilled in Skopje and "
         "re-imported after outward processing (duty on the filling only), hold 2.7 t of HFC-134a (about 3,900 t "
         "CO2e) bought in bulk from China, for a Thessaloniki distributor with no quota: bulk HFCs placed on the "
         "Union market without quota authorisation, at Evzonoi; Macedonian wording (HFC-134a repeats in many sets and "
         "refills in many; an outward-processing refill return was found in no earlier row by a keyword search)",
         firm("Delta Psyktika AE", "GR")),
        ("OZN-06", "import", "FIAIR01", "air", "US", [], "FI", "841869",
         "Galley chiller units, repaired, returned to owner after repair, P/N 2800-series, 6 EA", "FI", 180, 6, 9000,
         "USD",
         "galley chillers returned from a repair station carry a release certificate and a data plate giving the "
         "refrigerant they hold, R-134a for this series; these six old-pattern units, recharged at a Miami shop, have "
         "service ports with the old R-12 threads, a handwritten 'R-12' tag on each compressor and read 4.8 bar at "
         "20 °C: aircraft galley refrigeration units charged with CFC-12, products containing a CFC whose import into "
         "the Union is banned, returned after repair to a Vantaa cabin-equipment shop; US English wording (CFC-12 "
         "repeats in many sets; galley chillers were found in no earlier row by a keyword search)",
         firm("Nordic Cabin Technics Oy", "FI")),
        ("OZN-07", "import", "DKSEA01", "sea", "AE", [], "DK", "841582",
         "Returvarer, uændrede: mobile aircondition-enheder til eventtelte (udlejning), tidligere udført, 40 stk.",
         "DK", 6400, 40, 32000, "EUR",
         "returned goods come back unchanged and match the export declaration serial for serial; these 40 tent air "
         "conditioners went out to a Dubai event as R-410A units, but the ones coming back are older Gulf-market "
         "units with other serials, Arabic plates and a charge of R-22: equipment charged with HCFC-22, whose import "
         "into the Union is banned, swapped into a returned-goods declaration for a Køge event-rental firm; Danish "
         "wording (R-22 spot coolers repeat in blind63: kept as a repeat, and a returned-goods claim once, in blind16, "
         "on R-404A cylinders 'returned after repair'; rental units re-imported 'unchanged' after an event abroad "
         "were found in no earlier row by a keyword search)", firm("Vega Eventudlejning ApS", "DK")),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "841869",
         "Мобільна холодильна установка для льодової арени гастрольного шоу, тимчасове ввезення за карнетом ATA, 1 комплект",
         "UA", 8000, 1, 60000, "EUR",
         "a touring ice show's mobile rink plant runs on ammonia or on an HFC with a record of its charge; this "
         "skid-mounted chiller, carried on a carnet for a spring tour of Polish arenas, holds 350 kg of refrigerant "
         "whose plate and gauge labels read 'R22' and whose leak log shows top-ups in Kyiv: equipment charged with "
         "HCFC-22 entering the Union under temporary admission, which the ozone regulation does not exempt, at "
         "Dorohusk; Ukrainian wording (ice-rink refrigeration repeats in blind19, blind55, blind56 and blind68: kept "
         "as a repeat; a touring ice show's carnet was found in no earlier row by a keyword search)",
         {"consignee_name": "Kryzhane Shou Tour (tournée)", "importer_country": "PL"}),
        ("OZN-09", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "731100",
         "खाली रीफ़िल योग्य रेफ्रिजरेंट सिलेंडर, मालिक को वापसी, 400 नग", "IN", 11440, 400, 4000, "USD",
         "empty returnable cylinders weigh their tare of about 15 kg and read nothing on a gauge; these 400 weigh "
         "28.6 kg each, read 9 bar at 20 °C and their valve tags read 'R22 13.6 kg', filled in Gujarat for a "
         "Belgrade wholesaler who owns the cylinders: HCFC-22, an ozone-depleting substance moved through the Union "
         "without the licence the ozone regulation requires, landed at Koper in transit from Mundra to Serbia as "
         "empty cylinders returned to their owner; Hindi wording (HCFC-22 and empty-cylinder labels repeat in many "
         "sets; a return to the owner in transit through Koper was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("OZN-10", "import", "GRSEA01", "sea", "EG", [], "GR", "841869",
         "Μονάδα ψύξης προμηθειών πλοίου, για επισκευή και επανεξαγωγή (τελειοποίηση προς επανεξαγωγή), 1 τεμ.", "EG",
         1900, 1, 2500, "USD",
         "a ship's provision-plant unit sent ashore for repair comes pumped down or empty, with its valves capped; "
         "this condensing unit from a Suez-based reefer vessel still holds its 60 kg charge, and the crate also holds "
         "four 'spare' cylinders stamped 'R22', all for a Perama workshop that does not repair such units but sells "
         "the gas: HCFC-22 and equipment charged with it, whose import into the Union is banned, also under inward "
         "processing; Greek wording (R-22 in ships' plant repeats in several sets, for a provision plant as ship's stores "
         "in blind5; a repair-and-re-export cover was found in no earlier row by a keyword search)", firm("Orion Naftiliaki AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "export", "ESAIR01", "air", "ES", [], "MX", "970191",
         "Pintura al óleo sobre lienzo, copia del siglo XIX de escuela sevillana, exportación temporal para "
         "restauración y retorno, 1", "ES", 18, 1, 2500, "EUR",
         "a 19th-century copy sent out for restoration is a thin, machine-woven canvas on a keyed stretcher with a "
         "bright ground; this is a relined 17th-century canvas of Saint Bonaventure with the wax seals of a Seville "
         "convent's inventory on the stretcher and a Zurbarán-workshop attribution in the nuns' papers, and the "
         "Mexico City 'restorer' is a dealer: a painting over 50 years old and above the value threshold, and part "
         "of the Spanish historical heritage, exported without the licence of Regulation 116/2009 and the Spanish "
         "permit under a temporary export for restoration; Spanish wording (Sevillian-school paintings repeat in a "
         "few sets, one in a removal to Miami; a temporary export for restoration was found in no earlier row by a "
         "keyword search)", {"importer_country": "MX"}),
        ("CUL-02", "import", "NLAIR01", "air", "HK", [], "NL", "680299",
         "Decorative sandstone figures, reproductions, for stand decoration at an art fair in Maastricht, ATA carnet, 3 pcs",
         "VN", 420, 3, 3000, "USD",
         "stand-dressing reproductions are crisp, evenly weathered resin or new sandstone; these three are dancers "
         "and a guardian lion in grey sandstone with worn Cham-style headdresses, root marks, lichen and fresh "
         "breaks where they were cut from temple bases in Quảng Nam, on the stand at a 'price on request': Cham "
         "sculpture (10th-12th century), archaeological objects exported from Viet Nam against its law and brought "
         "in without the import licence Regulation 2019/880 requires, under a carnet that lists them as decoration; "
         "English wording from Hong Kong (Cham sculpture repeats in a few sets; a dealer's art-fair carnet was found "
         "in no earlier row by a keyword search)",
         {"consignee_name": "Lotus Court Fine Art Ltd (stand, MECC Maastricht)", "importer_country": "NL"}),
        ("CUL-03", "import", "DEAIR01", "air", "US", [], "DE", "691390",
         "Rückware: unverkauftes Auktionslos, bemaltes Keramikgefäß (Dekoration), zurück aus New York, 1 Stück", "DE",
         9, 1, 1200, "EUR",
         "a bought-in lot coming back from an auction matches the export declaration, photo and dimensions; this "
         "red-figure krater with a Dionysiac scene, root marks and soil in the foot ring is not the piece the "
         "Düsseldorf consignor exported, no export declaration matches it, and its only 'provenance' is the auction "
         "house's return note: an Apulian red-figure krater (4th century BC), freshly out of the ground, brought in "
         "without the import licence of Regulation 2019/880 under a returned-goods claim; German wording (Apulian "
         "vases repeat in many sets; a bought-in auction lot re-imported as returned goods was found in no earlier "
         "row by a keyword search)", firm("Meridian Kunsthandel GmbH", "DE")),
        ("CUL-04", "import", "BGAIR01", "express", "US", [], "BG", "970539",
         "Собствени монети, върнати след оценка и капсулиране (грейдинг), 36 бр.", "BG", 1.4, 36, 400, "USD",
         "coins sent to a US grading service and returned come back in sealed slabs listing the coins that went "
         "out; these 36 slabs hold Thracian and Roman silver and bronze coins with fresh soil in the legends, graded "
         "'ancient', that were never exported from Bulgaria with a permit, were posted to Florida in a letter and now "
         "come back as the owner's own coins: archaeological objects that Bulgaria forbids exporting, laundered "
         "through grading holders and re-imported under a returned-goods claim, by express to a private collector in "
         "Plovdiv; Bulgarian wording (ancient coins repeat in many sets; a grading-and-encapsulation return was "
         "found in no earlier row by a keyword search)", person("Д. Петров", "BG")),
        ("CUL-05", "import", "FRAIR01", "air", "MR", [], "FR", "490199",
         "كتب عائلية قديمة للترميم والرقمنة، إدخال مؤقت، 3 صناديق", "MR", 40, 3, 500, "EUR",
         "family books sent for restoration and digitisation under temporary admission go to a named library "
         "workshop and come back; these 60 bundles of loose manuscripts on laid paper in Maghribi script, with the "
         "seals of a Chinguetti family library and 13th-18th-century colophons, go to a Paris 'restorer' who is "
         "consigning them to a sale: Mauritanian manuscripts whose export Mauritania forbids, brought in under a "
         "temporary admission that will not be discharged; Hassaniya Arabic wording (Chinguetti manuscripts repeat in "
         "blind115 and blind118 inside leather goods: kept as a repeat; a restoration-and-digitisation admission was "
         "found in no earlier row by a keyword search)", firm("Rivage Restauration SARL", "FR")),
        ("CUL-06", "import", "ESSEA01", "sea", "MA", [], "ES", "681099",
         "Accessoires de tournage (répliques de mosaïques romaines, décors), admission temporaire sous carnet ATA "
         "pour un tournage à Almería, 6 panneaux", "MA", 900, 6, 1500, "EUR",
         "film-prop mosaic replicas are resin or new tesserae on board, light and even; these six panels are "
         "limestone and glass tesserae on thick, crumbling lime mortar with soil behind, cut in squares from a floor "
         "with a hunting scene, carried on a truck through Tanger Med by an Ouarzazate prop house whose 'shoot' has no "
         "production company: Roman floor mosaic from a villa of Mauretania Tingitana, an archaeological object "
         "exported from Morocco against its law and brought in without the import licence of Regulation 2019/880; "
         "Moroccan French wording (floor mosaics and Roman Morocco repeat in a few sets, and film props once, in blind42, "
         "on halon extinguishers; a film-prop carnet for antiquities was found in no earlier row by a keyword search)", {"consignee_name": "Atlas Film Props SARL (tournage, Almería)", "importer_country": "ES"}),
        ("CUL-07", "import", "DEAIR01", "air", "PE", [], "DE", "902300",
         "Muestras óseas para datación por radiocarbono, admisión temporal para investigación, 3 cajas", "PE", 12, 3,
         300, "USD",
         "bone samples for radiocarbon dating are a few grams of bone in labelled vials; these three boxes hold three "
         "complete, elongated human skulls with hair and traces of textile, from a looted Paracas cemetery, for a "
         "private 'research foundation' near Munich that exhibits them: human remains from pre-Hispanic burials, "
         "archaeological objects whose export Peru forbids, brought in without the import licence of Regulation "
         "2019/880 under a research admission; Peruvian Spanish wording (Paracas textiles repeat in many sets; skulls "
         "sent as dating samples were found in no earlier row by a keyword search)",
         {"consignee_name": "Stiftung Urgeschichte e.V.", "importer_country": "DE"}),
        ("CUL-08", "export", "CYAIR01", "air", "CY", [], "GB", "691390",
         "Πήλινο ειδώλιο, αντίγραφο, προσωρινή εξαγωγή για εργαστηριακή ανάλυση (θερμοφωταύγεια) και επιστροφή, 1 τεμ.",
         "CY", 3, 1, 150, "EUR",
         "a replica sent for a thermoluminescence test is a contradiction: nobody dates a copy; this hand-modelled "
         "terracotta figure of a votary with a tall headdress, painted in black and red, with soil in the folds and a "
         "fresh sampling hole in the base, is a Cypro-Archaic figure from a Mesaoria sanctuary, going to an Oxford "
         "lab and then a London auction: an archaeological object exported without the licence of Regulation "
         "116/2009 and the Cypriot permit, under a temporary export for analysis; Cypriot Greek wording (Cypriot "
         "antiquities and thermoluminescence tests repeat in several sets; a temporary export for a laboratory test "
         "was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-09", "import", "ATAIR01", "air", "AE", [], "AT", "970191",
         "Rückwaren nach Messe in Dubai: zeitgenössische Gemälde, unverkauft, 8 Stück", "AT", 120, 8, 48000, "EUR",
         "a Vienna gallery's return freight from an art fair in Dubai: unsold paintings and stand furniture come "
         "back as returned goods, but the third item's 'Steinplatte mit Inschrift' is a sandstone block with a "
         "five-line Nabataean funerary inscription, tool marks and desert patina, bought at the fair, never exported "
         "from Austria and so no returned good: a Nabataean inscription from the Hegra area, an archaeological "
         "object exported from Saudi Arabia against its law, brought in without the import licence of Regulation "
         "2019/880, hidden as the last item of a three-item declaration; Austrian German wording (Nabataean objects "
         "repeat in several sets; an art-fair return freight was found in no earlier row by a keyword search)",
         dict(firm("Galerie Orion GmbH", "AT"),
              _more_items=[item("940360", "Messestand-Ausstattung (Sockel, Vitrinen), Rückwaren, 1 Partie", "AT", 300, 2000, "EUR"),
                           item("680299", "Dekorative Steinplatte mit Inschrift, Messedekoration, 1 Stück", "SA", 45, 150, "EUR", qty=1)])),
        ("CUL-10", "export", "NLAIR01", "air", "NL", [], "HK", "691390",
         "Hedendaagse keramiek, geïnspireerd op Delfts blauw, tijdelijke uitvoer met ATA-carnet voor een kunstbeurs in Hongkong, 4 werken",
         "NL", 60, 4, 6000, "EUR",
         "contemporary ceramics 'after Delft' are bright, crisp and signed; one of these four is a tiered tulip vase "
         "with spouts, a soft, creamy tin glaze, wear on the spouts, the claw mark of a Delft factory of about 1690 "
         "and old collection labels, insured at 400,000 EUR, and the carnet's return is not expected: a 17th-century "
         "Delftware tulipière over 100 years old and above the value threshold, exported without the licence of "
         "Regulation 116/2009 under a temporary export to an art fair; Dutch wording (Delft tiles repeat in a few "
         "sets and old masters as modern copies in several; a tulipière on an art-fair carnet was found in no earlier "
         "row by a keyword search)", {"importer_country": "HK"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KG", "841181",
         "Pagalbinė jėgainė (APU), suremontuota, grąžinama savininkui, 1 vnt.", "FR", 160, 1, 180000, "USD",
         "a repaired auxiliary power unit goes back to the owner who sent it, with the shop's release certificate; "
         "this APU's serial is in the records of an A320 operated by a Russian airline, the Bishkek 'owner' is a "
         "lessor with no aircraft, and the freight is booked on to Moscow: aircraft parts for use in Russia, whose "
         "export and repair Regulation 833/2014 forbids, returned after repair by a Vilnius shop; Lithuanian wording "
         "(aircraft parts through Central Asia repeat in several sets; an APU returned after repair was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "FIAIR01", "air", "FI", [], "AE", "852589",
         "Messunäytteet: valvontakamerat, väliaikainen vienti ATA-carnet'lla messuille Dubaihin, 20 kpl", "FI", 60,
         20, 8000, "EUR",
         "exhibition samples of security cameras are visible-light units at a few hundred euros that come back; "
         "these 20 are cooled mid-wave thermal imagers with continuous-zoom lenses worth about 250,000 EUR each, the "
         "carnet's return leg is blank and the Dubai 'partner' forwards to Russia: thermal cameras (dual-use 6A003) "
         "exported without the licence Regulation 2021/821 requires, under a temporary export to a fair; Finnish "
         "wording (thermal cameras repeat in many sets; an exhibition carnet was found in no earlier strategic row by "
         "a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "import", "HRSEA01", "sea", "TR", [], "HR", "890333",
         "Motorna jahta, 72 m, zastava Kajmanskih otoka, privremeni uvoz radi remonta (unutarnja proizvodnja), 1",
         "NL", 1200000, 1, 85000000, "USD",
         "a yacht in for a refit comes with her registry, her owner's papers and a yard contract; behind this one's "
         "Cayman company the crew's contracts, the guest list and the insurance name a Russian businessman on the "
         "Union's asset-freeze list, who pays the Rijeka yard: an asset of a listed person that must be frozen, and "
         "a refit the sanctions regulations forbid to provide, entered under inward processing for repair; Croatian "
         "wording (yachts repeat in several sets, and a listed owner's refit once, in blind57, as spares sent to "
         "Bodrum; the yacht itself entered under inward processing was found in no earlier row by a keyword search)", {"importer_name": "Seastar Holdings Ltd", "importer_country": "KY"}),
        ("STR-04", "export", "SKROAD01", "road", "SK", ["HU", "RO", "GE", "AZ"], "KZ", "845811",
         "Sústruh CNC, dočasný vývoz na výstavu v Almaty (karnet ATA), 1 ks", "SK", 7500, 1, 220000, "EUR",
         "a lathe sent to a fair under a carnet comes back after it; this CNC lathe with a driven-tool turret and a "
         "Y axis is sold at the fair to an Almaty trader whose earlier machines went on to a Kovrov plant, and the "
         "lorry's return permit was never booked: a machine tool on the list whose sale for use in Russia and "
         "re-export through third countries Regulation 833/2014 forbids, taken out by the Middle Corridor through "
         "Georgia and Azerbaijan under a temporary export; Slovak wording (machine tools to Central Asia repeat in "
         "several sets; an exhibition carnet was found in no earlier strategic row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-05", "export", "PLROAD01", "road", "PL", [], "BY", "853710",
         "Zwrot reklamacyjny do producenta: wadliwe sterowniki silnika (ECU), bez wartości handlowej, 120 szt.", "DE",
         180, 120, 120, "EUR",
         "a warranty return goes back to the maker that sold the part; these 120 engine control units are new and "
         "sealed in their German maker's boxes, were never fitted, were not made in Belarus, and go to a Minsk truck "
         "plant as replacements for its assembly line: goods whose sale to Belarus Regulation 765/2006 forbids, "
         "declared as defective parts returned to the maker, at Kukuryki; Polish wording (vehicle electronics to "
         "Belarus repeat in several sets; a warranty return was found in no earlier strategic row by a keyword "
         "search)", {"importer_country": "BY"}),
        ("STR-06", "export", "LUAIR01", "air", "LU", ["TR"], "IR", "903031",
         "Kalibréiert Moossapparater (Multimeteren), Retour un de Besëtzer no der Kalibratioun, 6 Stéck", "US", 40, 6,
         1200, "EUR",
         "instruments returned after calibration go back to the owner with the lab's certificates; these six are not "
         "the handheld multimeters a Tehran university sent, but new high-speed digitisers and oscilloscopes whose "
         "sampling rate puts them under dual-use 3A002, bought for the university from a Luxembourg distributor: "
         "electronic test equipment exported to Iran without the licence Regulation 2021/821 and the Iran regulation "
         "require, declared as a calibration return; Luxembourgish wording (test equipment to Iran repeats in several "
         "sets; a calibration return was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-07", "export", "NLROAD01", "road", "NL", ["DE", "PL", "LT", "LV", "RU"], "KZ", "870422",
         "Rallytrucks met reserveonderdelen, tijdelijke uitvoer met ATA-carnet voor een rally in Centraal-Azië, 3 stuks",
         "NL", 27000, 3, 900000, "EUR",
         "a rally team's carnet brings its trucks home after the event; these three 4x4 trucks with spares drive "
         "through Russia, where the rally's route also runs, and are sold at the finish to a Russian team, as the "
         "team's own buyer's e-mails in the cab show: goods vehicles whose sale to Russia Regulation 833/2014 forbids, "
         "carried across Russia, which the transit ban forbids, under a temporary export; Dutch wording (trucks and "
         "vehicles through Russia repeat in many sets; a rally carnet was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", ["LB"], "SY", "841939",
         "Lyophilisateur de laboratoire, exportation temporaire pour un projet de recherche conjoint, retour prévu, 1",
         "FR", 1400, 1, 9000, "EUR",
         "a bench freeze-dryer lent to a partner university for a joint project is a 100 kg unit with a few shelves "
         "that comes back; this 1.4 t crate holds a production freeze-dryer with a 40 kg/24 h condenser, "
         "steam-sterilisable chamber and shelves and a clean-in-place skid, the 'joint project' has no partner at any "
         "French university, and the Damascus consignee is a veterinary-vaccine institute under a military "
         "ministry: a freeze-dryer controlled under dual-use 2B352 (Australia Group), exported without the licence "
         "Regulation 2021/821 requires, by air through Beirut under a temporary export; French wording "
         "(freeze-dryers repeat in many sets: kept as a repeat; a temporary export for joint research was found in "
         "no earlier row by a keyword search)", {"importer_country": "SY"}),
        ("STR-09", "import", "ITAIR01", "air", "AE", [], "IT", "710812",
         "Oro fino in lingotti 999,9, reimportazione dopo perfezionamento passivo (raffinazione di rottami d'oro "
         "esportati), 40 kg", "IT", 40, 40, 3200000, "USD",
         "gold re-imported after refining abroad comes back as bars whose melt sheets match the scrap that went out; "
         "these 40 one-kilo bars were not cast from the Arezzo workshop's scrap (the refiner's melt sheets show none of "
         "it), carry ground-off serials under a Dubai stamp, and their impurity profile matches Russian mine output: "
         "Russian gold, whose import Regulation 833/2014 forbids, declared as goods returned after outward "
         "processing; Italian wording (Russian gold repeats in several sets, via Armenia among them; a refining "
         "return under outward processing was found in no earlier row by a keyword search)",
         firm("Alpina Metalli Preziosi Srl", "IT")),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "RS", "880220",
         "Akrobatický letoun, dvoumístný, dočasný vývoz na letecký den v Bělehradě (přelet), 1 ks", "CZ", 780, 1,
         250000, "EUR",
         "an aerobatic aircraft flown to an air show on a temporary export comes back after it; this two-seater is "
         "sold on the apron in Belgrade to a Serbian company that ferries it on to a Moscow-region flying club, as its "
         "new insurance and the ferry permit show: an aeroplane, whose sale for use in Russia Regulation 833/2014 "
         "forbids, exported under a temporary export for an air show; Czech wording (light aircraft and aviation "
         "goods repeat in several sets; an air-show temporary export was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "BR", [], "IT", "940360",
         "Mobiliário de design em madeira maciça de freijó, peças de exposição para o Salone del Mobile, admissão "
         "temporária (carnê ATA), 14 peças", "BR", 1100, 14, 42000, "USD",
         "freijó is a pale, straight-grained, light-brown wood; these armchairs and a table are heavy, dark "
         "chocolate-brown with black streaks and a rose-like smell when sanded, cut from 'demolition' beams, and the "
         "stand sells them to collectors at the Milan furniture fair: Brazilian rosewood (Dalbergia nigra, CITES App. "
         "I) without CITES documents, brought in under a carnet to be sold; Brazilian Portuguese wording (Dalbergia "
         "nigra repeats in many sets: kept as a repeat; a design-fair carnet was found in no earlier row by a keyword "
         "search)", {"consignee_name": "Estúdio Vega Design (Salone del Mobile, Rho)", "importer_country": "IT"}),
        ("WLF-02", "import", "FRAIR01", "air", "HK", [], "FR", "920210",
         "粵劇團巡迴演出樂器：二胡、高胡（人造蛇皮），ATA單證冊暫准進口，36把", "CN", 40, 36, 36000, "HKD",
         "erhus with synthetic snakeskin have an even, printed scale pattern and a plastic back; these 36 have real, "
         "overlapping python scales, dark blotches and scale pockets, and a troupe of 12 musicians needs a few of "
         "them: 24 are new instruments for a Paris music shop, the rest the troupe's own, all of Burmese python skin "
         "(Python bivittatus, CITES App. II) without musical-instrument certificates or permits, brought in under a "
         "carnet for a Cantonese opera tour; Cantonese (traditional Chinese) wording (python skin repeats in many "
         "sets; erhus and an opera troupe's carnet were found in no earlier row by a keyword search)",
         {"consignee_name": "粵劇團 (巴黎巡演)", "importer_country": "FR"}),
        ("WLF-03", "import", "DEPOST01", "post", "JP", [], "DE", "900311",
         "修理済み眼鏡フレーム（セルロイド製・べっ甲柄）、返送、2本", "JP", 0.3, 2, 30000, "JPY",
         "celluloid frames with a tortoiseshell pattern are even, printed and smell of camphor when filed; these two "
         "are hand-worked, translucent amber-and-brown frames with layered, warm plates and no moulding seams, new, "
         "made by a Nagasaki bekko workshop (the invoice in the box says 新品 at 450,000 yen), not the owner's old "
         "frames sent for repair: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, posted to a private person in Hamburg as a repair return; Japanese wording (bekko repeats in many "
         "sets; a repair return was found in no earlier wildlife row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("WLF-04", "import", "GRROAD01", "road", "AL", [], "GR", "010632",
         "Papagaj cirku (papagaj të zakonshëm), kafshë shfaqjeje, pranim i përkohshëm me karnet ATA, 6", "AL", 12, 6,
         600, "EUR",
         "a travelling circus's birds travel with CITES travelling-exhibition certificates and rings that match "
         "them; these six 'common parrots' are four blue-and-yellow macaws and two cobalt-blue, yellow-eyed "
         "hyacinth macaws with no closed rings, in the circus's van at Kakavia for a spring tour of Epirus: Ara "
         "ararauna (CITES App. II) and Anodorhynchus hyacinthinus (App. I) without CITES documents, entered under a "
         "carnet; Albanian wording (macaws repeat in several sets; a circus carnet was found in no earlier row by a "
         "keyword search)", {"consignee_name": "Cirku Shqiptar (turne)", "importer_country": "GR"}),
        ("WLF-05", "import", "ITSEA01", "sea", "PY", [], "IT", "410411",
         "Cueros vacunos curtidos wet-blue, plena flor, para perfeccionamiento activo en curtiembre de Arzignano, 1 contenedor",
         "PY", 12000, 2400, 36000, "USD",
         "bovine wet-blue is a heavy, blue-grey, full hide with hair pores; inside the bales are 1,800 smaller, "
         "tile-patterned belly skins with bony scutes along the flanks: yacaré caiman (Caiman yacare, CITES App. II, "
         "jakare in Guaraní) without CITES documents, shipped from Asunción through Montevideo to Genoa for tanning "
         "and re-export under inward processing; Paraguayan Spanish wording (caiman repeats in dev29-e and blind35, "
         "from Paraguay and Bolivia: kept as a repeat; an inward-processing wet-blue cover was found in no earlier "
         "row by a keyword search)", firm("Meridian Concerie Srl", "IT")),
        ("WLF-06", "import", "SEPOST01", "post", "US", [], "SE", "640351",
         "Own cowboy boots returned after resoling and repair, calf leather, 2 pairs", "SE", 3.2, 2, 180, "USD",
         "boots returned after resoling show worn uppers, creased vamps and new soles; these two pairs are unworn, "
         "with price tags of 1,400 USD, and their uppers are caiman belly with square scales and python with "
         "overlapping scales: Caiman crocodilus and Python reticulatus (CITES App. II) without CITES documents, "
         "posted from El Paso to a private person in Umeå as a repair return; Texan English wording (cowboy boots "
         "repeat in blind95 under an embossed-cowhide label; a resoling return was found in no earlier row by a "
         "keyword search)", person("Mr L. Nilsson", "SE")),
        ("WLF-07", "import", "DEAIR01", "air", "VN", [], "DE", "010620",
         "Thằn lằn báo (Eublepharis macularius) nhân giống, hàng trưng bày cho hội chợ bò sát tại Hamm, 40 con",
         "VN", 4, 40, 800, "USD",
         "leopard geckos are yellow with black spots and bred everywhere; twelve of these 40 are slender, dark "
         "geckos with red eyes and pale bands from northern Vietnamese karst, for sale at a reptile fair's stand: "
         "cave geckos (Goniurosaurus spp., CITES App. II) without CITES documents, flown from Hanoi as exhibition "
         "stock; Vietnamese wording (Goniurosaurus repeats in blind54: kept as a repeat; a reptile-fair exhibitor's "
         "stock was found in no earlier row by a keyword search)",
         {"consignee_name": "Gecko Viet (Stand, Zentralhallen Hamm)", "importer_country": "DE"}),
        ("WLF-08", "import", "FRAIR01", "air", "AE", [], "FR", "160431",
         "Caviar d'Aquitaine, retour client (marchandise en retour), réimportation, 40 boîtes de 500 g", "FR", 20, 40,
         2000, "EUR",
         "French farmed caviar returned by a buyer comes back in the tins that went out, with their CITES labels and "
         "lot codes; these 40 tins carry new lids with a French label but the eggs are large, grey, soft beluga eggs "
         "and the lot codes match no export: wild Huso huso caviar (CITES App. II) without CITES documents, declared "
         "as Aquitaine caviar returned by a Dubai customer; French wording (caviar repeats in many sets; a returned "
         "consignment was found in no earlier row by a keyword search)", firm("Rivage Caviar SARL", "FR")),
        ("WLF-09", "import", "BESEA01", "sea", "CD", [], "BE", "940360",
         "Déménagement : mobilier et effets personnels usagés, retour en Belgique (franchise), 1 lot", "BE", 2800, None,
         3000, "EUR",
         "a returning family's removal container from Matadi for Antwerp: used furniture and books come in free "
         "of duty, but the third item's 'sculptures décoratives en bois' are six carved elephant tusks and forty "
         "ivory bracelets wrapped in a mattress: elephant ivory (CITES App. I) without CITES documents, hidden as the "
         "last item of a three-item declaration; Belgian French wording (ivory repeats in many sets and removals in "
         "several; a returning resident's removal from Kinshasa hiding ivory was found in no earlier row by a "
         "keyword search)",
         dict(person("Mme L. Dupont", "BE"),
              _more_items=[item("490199", "Livres et vaisselle usagés, 40 cartons", "BE", 600, 400, "EUR", qty=40),
                           item("442090", "Sculptures décoratives en bois, souvenirs, 14", "CD", 80, 300, "EUR", qty=14)])),
        ("WLF-10", "import", "NLAIR01", "air", "US", [], "NL", "960190",
         "Engraved bone and resin decorative items (scrimshaw style), antiques fair stock, ATA carnet, 22 pcs", "US",
         9, 22, 2200, "USD",
         "scrimshaw-style bone and resin pieces are light, chalky or glassy and carry no grain; these 22 are heavy, "
         "cream teeth with layered dentine, 19th-century whaling scenes in ink and two walrus tusks, for sale on a "
         "Nantucket dealer's stand at an antiques fair: sperm whale teeth (CITES App. I) and walrus ivory (App. III) "
         "without the certificates and permits their import needs, under a carnet that lists them as decoration; US "
         "English wording (scrimshaw repeats in many sets: kept as a repeat; an antiques-fair carnet was found in no "
         "earlier row by a keyword search)", {"consignee_name": "Nantucket Antiques Inc. (fair stand)", "importer_country": "NL"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "TR", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby goldsmith)", "TR", 2.8, 2, 20, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-55-0214")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "290420",
     "Nitromethane 98 %, 4 drums of 200 l, for a licensed private drag-racing team", "NO", 910, 4, 3600, "EUR",
     [("PRECURSOR_LICENCE", "SE-POL-55-0031")], "nitromethane above 16 % to licensed members of the public"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "RS", "FR", "854912",
     "Waste nickel-cadmium aircraft batteries (16 06 02*), for recovery at a licensed plant, 3 t", "RS", 3000, None,
     0, "EUR", [("BASEL_CONSENT", "FR-DREAL-55-0118")], "notified Ni-Cd batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NA", "BE", "262029",
     "Spent lead-silver anodes with anode slime, for recovery at a licensed lead smelter, 48 t", "NA", 48000, None,
     0, "USD", [("BASEL_CONSENT", "BE-OVAM-55-0062")], "notified lead-bearing waste to a licensed smelter"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "JO", "PL", "842410",
     "Lavatory waste-bin extinguishers charged with recovered halon 1301, 40, for aircraft critical use", "US", 20, 40,
     2400, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-55-004")], "recovered halon in aircraft extinguishers for a licensed critical use"),
    ("PRM-06", "ozone", "import", "GRROAD01", "road", "MK", "GR", "290345",
     "HFC-134a, 200 refilled returnable cylinders, 2.7 t, within the importer's quota", "MK", 2720, 200, 14000, "EUR",
     [("FGAS_QUOTA", "GR-YPEN-FG-55-0071")], "bulk HFC imported under a quota authorisation"),
    ("PRM-07", "cultural", "export", "CYAIR01", "air", "CY", "GB", "970510",
     "Cypro-Archaic terracotta votary, temporary export for thermoluminescence analysis and return, 1", "CY", 3, 1,
     25000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CY-DOA-EXP-55-0009")], "archaeological object on a licensed temporary export"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "US", "DE", "970510",
     "Apulian red-figure krater, 4th century BC, documented collection since 1961, bought at auction", "IT", 9, 1,
     65000, "USD", [("IMPORT_LICENCE", "DE-BKM-KGSG-55-0026")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "AE", "852589",
     "Cooled MWIR thermal imaging cameras with continuous zoom, 4, for a UAE coastguard", "FI", 12, 4, 1000000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-55-0288"), ("END_USER_CERTIFICATE", "AE-MOI-EUC-55-0147")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "IN", "841939",
     "Production freeze-dryer, steam-sterilisable, 40 kg/24 h condenser, for an Indian vaccine maker", "FR", 1400, 1,
     380000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-55-0642"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-55-0389")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "PY", "IT", "410640",
     "Caiman yacare belly skins, wet-blue, ranched, 1,800, for tanning in Arzignano", "PY", 2400, 1800, 72000, "USD",
     [("CITES_PERMIT", "PY-MADES-CITES-55-0231")], "App. II caiman skins with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "010620",
     "Goniurosaurus lichtenfelderi, captive-bred, 12, for a licensed breeder", "VN", 1, 12, 1800, "USD",
     [("CITES_PERMIT", "VN-CITES-55-0914")], "App. II cave geckos bred in captivity with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Central Aero Serwis Sp. z o.o.",
    "PRM-08": "Meridian Kunsthandel GmbH", "PRM-11": "Meridian Concerie Srl", "PRM-12": "Lena Wagner",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): most the lawful twins of this set's disguises, many in the returns,
    # repairs, temporary-admission and processing trade
    ("950699", "Shooting targets, paper and card, reactive-colour splatter, fair samples", "import", ["road"], ["RS", "TR"], (2, 4), (500, 2000), ["EUR"], 2, S),
    ("851679", "Small kitchen appliances, UK customer returns, graded B-stock", "import", ["road"], ["GB"], (2, 4), (3000, 9000), ["GBP", "EUR"], 0.5, S),
    ("711311", "Silver jewellery returned after repair (outward processing)", "import", ["express"], ["TR"], (100, 300), (1, 2), ["EUR"], 10, S),
    ("950590", "Conjuring tricks and stage-magic props, touring set", "import", ["air"], ["GE", "UA", "US"], (10, 25), (50, 300), ["USD", "EUR"], 2, S),
    ("290511", "Methanol racing fuel, 99.9 %, 200 l drums", "import", ["road"], ["NO"], (0.6, 1.0), (2000, 8000), ["EUR"], None, S),
    ("310240", "Calcium ammonium nitrate 27 % N, granular, 25 kg bags", "import", ["road"], ["BA", "RS"], (0.3, 0.45), (18000, 24000), ["EUR"], None, S),
    ("330190", "Orange-blossom water, distilled, culinary, 1 l bottles", "import", ["post"], ["TN", "LB"], (6, 12), (1, 4), ["EUR"], 1, S),
    ("110814", "Tapioca starch (goma de tapioca), 500 g bags", "import", ["post"], ["BR"], (6, 12), (1, 4), ["BRL", "EUR"], 2, S),
    ("392690", "Inert demonstration cartridges (training dummies), plastic", "export", ["air"], ["MZ", "ZA", "GH"], (5, 10), (50, 200), ["EUR"], 10, S),
    ("842199", "Amalgam separator canisters, new, empty, boxed", "export", ["road"], ["TR", "RS"], (20, 40), (200, 800), ["EUR"], 1, S),
    ("850720", "Forklift traction batteries, new, lead-acid, filled and charged", "export", ["sea"], ["LY", "TN", "MA"], (2, 3.5), (4000, 12000), ["EUR"], 0.001, S),
    ("392390", "Reconditioned IBCs 1000 l, washed and certified", "export", ["road"], ["BA", "RS"], (1.5, 3), (3000, 9000), ["EUR"], 0.016, S),
    ("382499", "Bentonite-polymer drilling fluid additives, new, 25 kg bags", "export", ["sea"], ["GE", "AZ"], (0.6, 1.2), (18000, 24000), ["EUR"], None, S),
    ("950430", "Amusement arcade machines, new, coin-operated", "export", ["sea"], ["TN", "MA"], (15, 30), (2000, 6000), ["EUR"], 0.01, S),
    ("780600", "Rolled lead-silver anodes, new, for zinc electrowinning", "export", ["sea"], ["NA", "ZM", "PE"], (3, 5), (15000, 24000), ["EUR", "USD"], None, S),
    ("381400", "Printing-ink thinners, new, 200 l drums", "export", ["road"], ["UA", "MD"], (1.5, 2.5), (4000, 12000), ["EUR"], None, S),
    ("850730", "Aircraft nickel-cadmium batteries, new, with release certificate", "export", ["air"], ["RS", "UA", "KZ"], (60, 120), (100, 600), ["EUR"], 0.03, S),
    ("271019", "Engine oil 5W-30, new, 20 l cans", "export", ["sea"], ["GM", "SN"], (2, 3.5), (10000, 20000), ["EUR"], 0.05, S),
    ("842410", "Aircraft portable water-glycol fire extinguishers, new", "import", ["air"], ["US", "JO"], (80, 150), (50, 300), ["USD"], 0.3, S),
    ("392113", "PIR insulation boards, pentane-blown, foil-faced", "import", ["road"], ["ME", "RS"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("841861", "Air-to-water heat pumps, R290 (propane), new", "import", ["sea"], ["CN"], (6, 10), (4000, 12000), ["USD"], 0.006, S),
    ("761300", "Returnable aluminium gas cylinders, empty, tested", "import", ["road"], ["MK", "RS"], (6, 10), (1000, 4000), ["EUR"], 0.15, S),
    ("851660", "Aircraft galley ovens, repaired and returned", "import", ["air"], ["US", "SG"], (150, 300), (100, 400), ["USD"], 0.05, S),
    ("847960", "Evaporative air coolers for event tents, water only", "import", ["sea"], ["AE", "CN"], (4, 8), (3000, 8000), ["USD"], 0.03, S),
    ("392690", "Synthetic ice-rink panels, polyethylene, for touring shows", "import", ["road"], ["UA", "TR"], (3, 6), (8000, 16000), ["EUR"], 0.1, S),
    ("970191", "Oil paintings, decorative copies after Spanish masters, new", "export", ["air"], ["MX", "US"], (40, 90), (50, 300), ["EUR"], 0.1, S),
    ("680299", "Sandstone garden sculptures, new, Asian style", "import", ["sea"], ["VN", "IN"], (1.5, 3), (3000, 9000), ["USD"], 0.02, S),
    ("691390", "Red-figure vase replicas, new, museum-shop quality", "import", ["post"], ["TR", "US"], (25, 50), (1, 3), ["EUR", "USD"], 1, S),
    ("970539", "Modern collector coins, encapsulated and graded", "import", ["express"], ["US", "CA"], (200, 600), (1, 2), ["USD"], 25, S),
    ("490199", "Facsimile editions of Arabic manuscripts, new, bound", "import", ["air"], ["MA", "MR", "EG"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("681099", "Mosaic panels, new, Roman style, on cement backing", "import", ["sea"], ["MA", "TN"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("902300", "Resin anatomical skull replicas for teaching", "import", ["air"], ["CN", "PE"], (20, 40), (50, 300), ["USD"], 1, S),
    ("691390", "Cypriot-style terracotta figurine replicas, new", "export", ["post"], ["GB", "US"], (30, 60), (1, 3), ["EUR"], 3, S),
    ("680299", "Sandstone wall plaques with Arabic calligraphy, new", "import", ["sea"], ["JO", "EG"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("691390", "Delft-style blue-and-white ceramics, new, hand-painted", "export", ["air"], ["HK", "CN", "JP"], (30, 60), (100, 500), ["EUR"], 1, S),
    ("880730", "Aircraft parts, repaired, returned to their owners", "export", ["air"], ["MA", "EG", "IN"], (100, 300), (100, 800), ["EUR", "USD"], None, S),
    ("845819", "Manual lathes, conventional, new", "export", ["sea"], ["KZ", "TR"], (6, 10), (2000, 8000), ["EUR"], 0.0005, S),
    ("853710", "Aftermarket engine control units for farm tractors", "export", ["road"], ["UA", "RS"], (150, 300), (100, 500), ["EUR"], 0.7, S),
    ("903031", "Digital multimeters, handheld, calibrated", "export", ["air"], ["TR", "AE"], (80, 150), (50, 300), ["EUR"], 3, S),
    ("841939", "Benchtop laboratory freeze-dryers, 3 shelves, not sterilisable", "export", ["air"], ["TR", "EG", "JO"], (40, 80), (100, 400), ["EUR"], 0.01, S),
    ("940360", "Designer furniture, FSC freijó and pine, exhibition pieces", "import", ["sea"], ["BR"], (20, 40), (800, 3000), ["USD"], 0.02, S),
    ("920210", "Erhus (two-string fiddles), synthetic snakeskin, new", "import", ["air"], ["CN", "HK", "TW"], (30, 60), (50, 300), ["USD"], 1, S),
    ("900311", "Acetate spectacle frames, tortoiseshell pattern", "import", ["post"], ["JP"], (150, 300), (1, 2), ["JPY", "EUR"], 30, S),
    ("410719", "Finished bovine leather, full grain, for upholstery", "import", ["sea"], ["PY", "BR", "AR"], (8, 14), (4000, 12000), ["USD"], None, S),
    ("640351", "Cowboy boots, calf leather, new", "import", ["express"], ["US", "MX"], (60, 120), (1, 3), ["USD"], 0.7, S),
    ("442090", "Carved wooden statuettes, new, Congolese craft", "import", ["sea"], ["CD", "CM"], (3, 6), (1000, 4000), ["EUR"], 0.5, S),
    ("960190", "Carved cattle-bone pendants and resin scrimshaw replicas", "import", ["air"], ["US", "KE"], (30, 60), (50, 200), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160
# and blind168, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows,
# with four new rows instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950631", "Golf club sets, graphite shafts, boxed", "import", ["sea"], ["CN", "TW"], (12, 20), (2000, 5000), ["USD"], 0.1, N),
        ("701349", "Borosilicate glass teapots with infuser", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 1.5, N),
        ("420239", "Spectacle cases, hard shell, lined", "import", ["sea"], ["CN", "VN"], (5, 9), (1000, 4000), ["USD"], 8, N),
        ("960390", "Lint rollers with refill rolls", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind174", 20550301, HERE)


if __name__ == "__main__":
    main()
