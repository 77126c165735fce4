#!/usr/bin/env python3
"""Writes the two-hundred-and-fourth blind set (tests/risk/data/blind204-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 March - 26 April 2060, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and with an emphasis on a kind of trade
rather than a region: security and law-enforcement supply (private security firms, police and
prison equipment, forensic laboratories, surveillance, body armour and protective gear).
Written by a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the same
extras as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator); the
ordinary table keeps postal and express goods at parcel masses and commercial goods on
commercial modes. Goods that need a permit, licence or certificate by law (live animals and
plants, fish, food of animal origin) appear only in the permitted rows, with their document,
and goods whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table, as are weapons, restraints,
riot-control agents and body armour themselves. Disguised rows carry a consignee name only
where a real declaration would. Ids are BL204-*:

    python3 tests/risk/data/make_blind204_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "BR", [], "PT", "382219",
         "Kit revelador de sangue latente (luminol), solução oxidante 3 %, 4 x 1 litro", "BR", 4.8, 4, 520, "BRL",
         "a luminol blood-reveal kit for crime-scene trainees pairs a luminol tablet with a weak (3 %) peroxide "
         "activator of 1.01 kg/l; these four litres weigh 1.13 kg/l, have vented caps, whiten and sting the skin and "
         "fizz violently on a rusty nail, and no luminol tablet is in the box: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from São Paulo to a private 'forensics hobbyist' in Braga; Brazilian "
         "Portuguese wording (hydrogen peroxide repeats in many sets; a luminol-kit label was found in no earlier row "
         "by a keyword search)", person("João Pereira", "PT")),
        ("PRE-02", "import", "ATAIR01", "express", "CH", [], "AT", "290532",
         "Nebelfluid für Sicherheits-Nebelgeneratoren (Einbruchschutz), Glykolbasis, 4 x 1 l", "CH", 4.6, 4, 190, "CHF",
         "fog fluid for intruder security fog generators is a water-glycol mix of about 1.04 kg/l, odourless and "
         "non-flammable; these four bottles hold a slightly oily liquid of 1.14 kg/l with a fruity, solvent smell "
         "that burns with a pale flame and has dissolved the bottles' foam seals: nitromethane (Annex I above 16 %), "
         "sent by express from Zürich to a private person in Graz who 'installs alarms', although flammable liquids "
         "travel by express only as declared dangerous goods; Swiss German wording (nitromethane repeats in many sets; "
         "a security-fog-generator label was found in no earlier row by a keyword search, and a fog-fluid label once, "
         "as a lawful item in blind199)", person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "FIPOST01", "post", "JP", [], "FI", "320611",
         "指紋検出用粉末 ホワイト (酸化チタン系), 500 g × 6", "JP", 3.1, 6, 24000, "JPY",
         "white latent-print powder is a fluffy, very light titanium-dioxide powder that clings to a squirrel brush "
         "and sits at about 0.3 g/cm3 in the jar; these six jars are packed tight with a dense, gritty crystalline "
         "powder (about 1.5 g/cm3) that will not load a brush, flares violently with a pinch of sugar and whose inner "
         "bags read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from Osaka to a private 'amateur "
         "crime-scene' enthusiast in Tampere; Japanese wording (potassium perchlorate repeats in many sets under "
         "powder labels; a fingerprint-powder label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-04", "import", "ATROAD01", "road", "SK", [], "AT", "250100",
         "Frostschutzsalz für wassergefüllte Absperrbarrieren (Veranstaltungssicherheit), 25-kg-Säcke, 400 Säcke", "SK",
         10000, 400, 2400, "EUR",
         "salt for water-filled crowd and traffic barriers is coarse, grey sodium chloride that tastes salty and "
         "stays inert on a hot plate; these 400 sacks hold fine, white, tasteless crystals that draw damp, crackle "
         "and flare on a gas ring, and the factory sheet behind the load list gives CAS 7775-09-9, for a Vienna "
         "event-security web shop that sells barrier ballast to organisers and the public: sodium chlorate (Annex I "
         "above 40 %) made available to members of the public, on a lorry from Bratislava; Austrian German wording "
         "(sodium chlorate repeats in many sets under salt labels; a crowd-barrier ballast label was found in no "
         "earlier row by a keyword search)", firm("Alpina Sicherheitsbedarf GmbH", "AT")),
        ("PRE-05", "import", "HUAIR01", "air", "RS", [], "HU", "350300",
         "Balistički želatin u prahu, 250 bloom, za testiranje municije, vreće 20 kg, 40 vreća", "RS", 800, 40, 9600, "EUR",
         "ballistic gelatin powder is a pale-yellow, coarse, faintly gluey-smelling gelatine granule that swells in "
         "cold water; these 40 sacks hold white, round prills that do not swell, turn the water ice-cold, read 34 % N "
         "and fume on a hot plate, for a Budapest shooting-sports web shop that sells them to the public as a "
         "'gel block' kit: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "flown from Belgrade; Serbian (Latin) wording (ammonium nitrate repeats in many sets, and binary "
         "exploding-target covers in several; a ballistic-gelatin label was found in no earlier row by a keyword "
         "search)", firm("Vega Lövészbolt Kft.", "HU")),
        ("PRE-06", "import", "NLSEA01", "sea", "ZA", [], "NL", "382499",
         "Aardingsverbeteraar vir elektriese heinings, vloeibaar, 25 l kanne, 320 kanne", "ZA", 14700, 320, 3800, "USD",
         "earth-enhancing compound for electric perimeter fences is a grey bentonite-salt slurry of about 1.3 kg/l "
         "that never fumes; these 320 cans weigh 1.84 kg/l, hold a clear, oily liquid that chars a wooden stirrer, "
         "grows hot with water and has corroded the cans' steel handles: about 96 % sulphuric acid (Annex I above "
         "15 %), by sea from Durban to Rotterdam for a Dutch fencing-and-security web shop that sells to farmers and "
         "householders: retail-packed for members of the public; Afrikaans wording (sulphuric acid repeats in many "
         "sets and earthing labels twice, on other goods; an electric-fence label was found in no earlier row by a "
         "keyword search)", firm("Orion Hekwerk BV", "NL")),
        ("PRE-07", "import", "IEAIR01", "express", "IN", [], "IE", "340590",
         "वर्दी बटन और बैज पीतल क्लीनर (Uniform button and badge brass cleaner), 4 x 1 litre", "IN", 5.6, 4, 3200, "INR",
         "the brass cleaner ceremonial-uniform makers in Uttar Pradesh send with buttons and cap badges is a pink, "
         "creamy, ammonia-smelling paste; these four bottles hold a water-thin liquid of 1.40 kg/l that fumes brown "
         "when opened, yellows the skin and eats into a brass button dropped in it: about 65 % nitric acid (Annex I "
         "above 3 %), sent by express from Meerut to a private cadet-uniform collector in Cork, although corrosive "
         "liquids travel by express only as declared dangerous goods; Hindi wording with English (nitric acid "
         "repeats in many sets under cleaning, bluing and etching labels; a uniform-button cleaner was found in no "
         "earlier row by a keyword search)", person("Ciarán Ó Briain", "IE")),
        ("PRE-08", "import", "BEAIR01", "air", "IL", [], "BE", "382499",
         "K9 explosive-detection training aids, non-hazardous pseudo-scent, 200 x 100 g", "IL", 20, 200, 6000, "USD",
         "pseudo-scent training aids are a few grams of odour on an inert silica or cotton carrier, sold as "
         "non-hazardous; these 200 tins each hold 100 g of shiny white crystals that spit violet sparks on a hot "
         "iron and read CAS 3811-04-9 on the filler's sheet, for a Mechelen dog-training school that sells kits to "
         "private handlers: potassium chlorate (Annex I above 40 %) made available to members of the public, flown "
         "from Tel Aviv; Israeli English wording (potassium chlorate repeats in many sets; inert training aids appear "
         "twice, on demining items; a detection-dog training-aid label was found in no earlier row by a keyword "
         "search)", firm("Central K9 Training SA", "BE")),
        ("PRE-09", "import", "SKPOST01", "post", "US", [], "SK", "282720",
         "Gun safe dehumidifier crystals, rechargeable, 6 x 1 lb", "US", 2.9, 6, 66, "USD",
         "gun-safe dehumidifier crystals are calcium chloride flakes that grow warm and wet in damp air; these six "
         "tubs hold fine white crystals that stay cold in water, do not grow wet and burn brightly mixed with sugar, "
         "and the re-used tubs' inner labels read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from "
         "Texas to a private sport shooter in Žilina; US English wording (sodium perchlorate repeats in many sets and "
         "desiccant covers in several; a gun-safe label was found in no earlier row by a keyword search)",
         person("Ján Horváth", "SK")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "420330",
         "Opasači za zaštitare s futrolama, kožni, 2.000 kom", "BA", 1600, 2000, 24000, "EUR",
         "a security-supply lorry from Tuzla for a Split security-equipment web shop that sells to guards and the "
         "public: leather duty belts and cut-resistant gloves are what Bosnian makers send, but the third item's "
         "pepper-spray decontamination wash, which should be a mild, soapy, foaming solution of 1.00 kg/l, is 300 "
         "cans with vented caps of a water-clear, non-foaming liquid of 1.20 kg/l that whitens and burns the skin "
         "and bleaches the filler's labels: about 50 % hydrogen peroxide (Annex I above 12 %), retail-packed for "
         "members of the public, hidden as the last item of a three-item declaration, at Bijača; Bosnian wording "
         "(hydrogen peroxide repeats in many sets and decontamination labels in several, on other goods; a "
         "pepper-spray decon wash behind duty belts was found in no earlier row by a keyword search)",
         dict(firm("Delta Zaštita d.o.o.", "HR"),
              _more_items=[item("611693", "Rukavice otporne na rezanje, 3.000 pari", "BA", 450, 9000, "EUR", qty=3000),
                           item("340290", "Otopina za dekontaminaciju nakon biber spreja (OC), 5 l kanistri, 300 kanistara", "BA", 1800, 2700, "EUR", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "MA", "400300",
         "Rubbergranulaat voor paardenbakken en manege-bodems, big bags, 22 t", "NL", 22000, None, 1100, "EUR",
         "equestrian-arena rubber granulate is clean, black, sized SBR crumb; these bags hold grey, powdery crumb "
         "full of flattened lead and copper bullet fragments that smells of burnt powder and reads 3 % lead and "
         "antimony, emptied from the rubber bullet-trap berms of police indoor shooting ranges: waste containing "
         "lead (A1010, 19 12 11*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Casablanca for a 'riding-club supplier'; Dutch wording (shooting-range soil and bullet-trap waste repeat in "
         "several sets, and riding-arena labels twice, on sand; a riding-arena rubber label on range waste was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "760200",
         "Aluminium-Aerosoldosen, leer, gepresst, zum Recycling, 18 t", "DE", 18000, None, 7200, "EUR",
         "empty aerosol cans for recycling are punctured, depressurised and baled flat; these bales hold intact, "
         "full 50-75 ml canisters with flip-top actuators and 'Polizei' and 'OC 10 %' labels that hiss and sting "
         "the eyes when one is crushed: expired pepper-spray stock from police and security-firm depots, aerosols "
         "containing hazardous substances (16 05 04*), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Karachi; German wording (aerosol wastes repeat in several sets; expired police "
         "pepper sprays were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "NG", "902219",
         "Macchine radiogene per controllo bagagli, usate, funzionanti, 14 unità", "IT", 16800, 14, 28000, "EUR",
         "working second-hand baggage X-ray scanners go out with a test report, a radiation survey and their "
         "generators intact; these 14 tunnels from a Milan airport's security refit have cut cables, smashed "
         "monitors, missing generators and loose lead-lined curtains and panels: waste electrical equipment with "
         "hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Genoa "
         "to Lagos for an 'airport security' trader; Italian wording (X-ray equipment and e-waste repeat in many "
         "sets, and a baggage X-ray-tube label once, blind135, on another good; whole airport baggage scanners were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "GH", "852589",
         "Second-hand CCTV camera and DVR kits, tested, boxed, 1,200 kits", "GB", 9600, 1200, 14000, "GBP",
         "tested second-hand CCTV kits are boxed cameras with their cables and a working recorder; this container "
         "holds loose domes and bullets with cut tails, DVRs with missing drives, broken CRT monitors from old "
         "control rooms and swollen UPS batteries, stripped out by a security installer's upgrade programme: WEEE "
         "with CRT glass and batteries (16 02 13*, 16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, from Felixstowe to Tema; British English wording (e-waste to Ghana repeats in many sets, CCTV "
         "labels a few times; kept as a repeat of the family, a security installer's strip-out is the new part)",
         {"importer_country": "GH"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "TZ", "701790",
         "Verrerie de laboratoire d'occasion et réactifs, don pour université, 120 caisses", "FR", 3600, 120, 1800, "EUR",
         "donated laboratory glassware is clean, boxed and empty; these 120 crates from a closed police forensic "
         "laboratory hold half-full bottles of chloroform, phenol, osmium and silver nitrate solutions, expired "
         "fingerprint and drug-test reagents and mercury thermometers, packed loose in straw: discarded laboratory "
         "chemicals (16 05 06*), hazardous waste whose export to a non-OECD country is banned, from Le Havre to Dar "
         "es Salaam; French wording (lab packs repeat in a few sets; a forensic-laboratory clearance as a university "
         "donation was found in no earlier row by a keyword search)", {"importer_country": "TZ"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "850760",
         "Akumulatory litowo-jonowe do radiotelefonów, nowe, zamienniki, 6 000 szt.", "PL", 2400, 6000, 6000, "EUR",
         "new replacement two-way-radio batteries come shrink-wrapped with date codes and a 30 % charge; these "
         "6,000 are scuffed, swollen, date-coded years back and engraved with police and security-firm asset "
         "numbers, several leaking or hot: waste lithium-ion batteries (16 06 05 with hazardous packs), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Dorohusk; Polish wording (waste lithium "
         "cells repeat in many sets, kept as a repeat of the family; police-radio batteries are the new part as far "
         "as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI", "HR", "BA", "ME"], "AL", "830300",
         "Tresore und Dokumentenschränke, gebraucht, feuerfest, 60 Stück", "AT", 21000, 60, 9000, "EUR",
         "used fire safes are resold whole, with keys and a fire rating; these 60 cabinets from 1960s-80s bank and "
         "police strongrooms have their doors off and split walls shedding grey, fibrous insulation that shows "
         "amphibole and chrysotile fibres under a lens: waste containing asbestos (17 06 01*, 16 02 12*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry from Linz through the western Balkans to "
         "Tirana; Austrian German wording (asbestos repeats in many sets and fire-safe labels twice, as firm names; "
         "asbestos-lined safes were found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GH", "380210",
         "Charbon actif régénéré, qualité récupération de l'or, sacs 500 kg, 24 t", "BE", 24000, None, 4800, "EUR",
         "regenerated carbon for gold recovery is hard, coconut-shell granule with a kiln certificate; these bags "
         "hold crushed gas-mask and CBRN shelter-filter canisters, aluminium shells and all, whose black granules "
         "are impregnated with copper, zinc and chromium salts (ASZM-type) and smell of ammonia, from a civil-defence "
         "stock clearance: spent impregnated carbon with chromium (06 13 02*), hazardous waste whose export to a "
         "non-OECD country is banned, from Antwerp to Takoradi; Belgian French wording (spent carbon as regenerated "
         "carbon repeats in several sets, kept as a repeat of that cover; gas-mask filters were found in no earlier "
         "row by a keyword search)", {"importer_country": "GH"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "251320",
         "Φυσικό γρανάτη λειαντικό, επαναχρησιμοποιήσιμο, σάκοι 1 t, 20 t", "GR", 20000, None, 3000, "EUR",
         "reusable garnet abrasive is clean, red-brown, sharp sand of one grain size; these bags hold dusty, "
         "multicoloured grit full of paint flakes, rust and anti-fouling with TBT and copper, swept from a Perama "
         "ship-repair dock: spent blasting grit with hazardous substances (12 01 16*), hazardous waste whose export "
         "to a non-OECD country is banned, from Piraeus to Alexandria; Greek wording (blasting grit repeats in "
         "several sets, kept as a repeat; from Piraeus to Alexandria is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "DKSEA01", "sea", "DK", [], "GH", "381300",
         "Skumvæske, fluorfri (F3), ny, IBC 1000 l, 16 stk.", "DK", 17000, 16, 5600, "EUR",
         "new fluorine-free foam concentrate comes in sealed IBCs with a batch certificate; these 16 IBCs are "
         "scratched, part-filled, carry old AFFF 3 % labels under the new stickers and test at grams per litre of "
         "PFOS and PFHxS, drained from an airport fire-and-rescue service's tenders and stores: waste fire-fighting "
         "foam with persistent organic pollutants (16 05 08*), hazardous waste whose export to a non-OECD country is "
         "banned, from Aarhus to Tema; Danish wording (AFFF repeats in several sets, kept as a repeat of the good; a "
         "fluorine-free F3 label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "US", [], "DE", "382219",
         "DFO (1,8-diazafluoren-9-one) latent print working solution in HFE-7100, 12 x 500 ml", "US", 9.6, 12, 1400, "USD",
         "DFO working solutions sold to forensic units today use an HFE or petroleum-ether carrier that boils at "
         "about 60 °C; these twelve bottles, old stock from a closed US sheriff's lab sold on to a Düsseldorf "
         "'forensic training' firm, weigh 1.56 kg/l, boil at 48 °C and their original labels under the new ones read "
         "'Freon 113': CFC-113 (1,1,2-trichlorotrifluoroethane), whose import into the Union is banned, sent by "
         "express from Ohio; US English wording (a ninhydrin developer with HCFC-141b appears once, in an earlier "
         "set; kept as a repeat of the forensic-developer family, CFC-113 under a DFO label is the new part)",
         firm("Rivage Forensik GmbH", "DE")),
        ("OZN-02", "import", "ROSEA01", "sea", "CN", [], "RO", "841510",
         "Aparate de aer condiționat split pentru gherete de pază, R-32, 400 buc.", "CN", 16000, 400, 56000, "USD",
         "split air conditioners for guard booths sold in the Union run on R-32 or R-290 and carry the F-gas label; "
         "these 400 units' outdoor parts read 'R-22 1.1 kg' on the compressor plates under the R-32 stickers and "
         "their service valves take the old quarter-inch flare: equipment charged with HCFC-22, whose placing on the "
         "market is banned, by sea from Ningbo to Constanța for a Bucharest security-firm outfitter; Romanian wording "
         "(R-22 equipment repeats in many sets; a guard-booth air-conditioner label was found in no earlier row by a "
         "keyword search)", firm("Orion Pază SRL", "RO")),
        ("OZN-03", "import", "LTROAD01", "road", "BY", [], "LT", "842410",
         "Gesintuvai su švariuoju gesinimo agentu FK-5-1-12, 2 kg, pinigų pervežimo automobiliams, 300 vnt.", "BY",
         1500, 300, 9000, "EUR",
         "FK-5-1-12 extinguishers hold a liquid that evaporates at 49 °C and are filled in the Union; these 300 "
         "grey-painted 2 kg bottles for cash-in-transit vans hiss a gas at once, read about 10 bar on the gauge and "
         "their stamped valves read 'CF2ClBr' under the labels: halon 1211, whose import into the Union is banned "
         "outside licensed critical uses, on a lorry at Medininkai for a Vilnius armoured-vehicle builder; "
         "Lithuanian wording (halon 1211 repeats in many sets and Novec labels in several; a cash-in-transit label "
         "on an ozone row was found in no earlier row by a keyword search)", firm("Vega Šarvuotė UAB", "LT")),
        ("OZN-04", "import", "CZROAD01", "road", "TR", ["BG", "RO", "HU", "SK"], "CZ", "381300",
         "Söndürme tozu tüpleri, ABC kuru kimyevi toz, zırhlı araç motor bölmesi için, 6 kg, 240 adet", "TR", 1440, 240, 12000, "EUR",
         "dry-powder bottles for vehicle engine bays are filled with a yellow, free-flowing ammonium-phosphate "
         "powder under nitrogen at 15 bar; these 240 bottles are liquid-filled at 25 bar, slosh when tilted, leave "
         "no powder on a test discharge and their filler's sheet gives HFC-227ea: heptafluoropropane, an HFC placed "
         "on the Union market without the quota authorisation and registration the F-gas Regulation requires, on a "
         "lorry from Bursa to a Kopřivnice armoured-vehicle converter; Turkish wording (HFC-227ea repeats in a few "
         "sets; under a dry-powder label for armoured vehicles is the new part as far as a search found)",
         firm("Alpina Pancéřování s.r.o.", "CZ")),
        ("OZN-05", "import", "GBSEA01", "sea", "KR", [], "GB", "940690",
         "Prefabricated modular prison cell pods, PU-insulated (pentane-blown), 36 units", "KR", 180000, 36, 540000, "USD",
         "precast or steel modular cells for prison extensions are insulated with mineral wool or pentane-blown "
         "foam; these 36 pods' wall cores give off a sweet solvent smell when drilled and the foam supplier's sheet "
         "in the documents names HCFC-141b: products containing a controlled substance, whose import is banned, by "
         "sea from Busan to Southampton for a prison-expansion contractor; Korean English wording (HCFC-141b foams "
         "repeat in many sets and sandwich-panel covers in several; prison cell pods were found in no earlier row by "
         "a keyword search)", firm("Horizon Custodial Build Ltd", "GB")),
        ("OZN-06", "import", "SISEA01", "sea", "IN", [], "SI", "381400",
         "Sredstvo za odstranjevanje madežev za zaporniške pralnice, brez klora, 200-l sodi, 12 sodov", "IN", 3800, 12, 4200, "USD",
         "chlorine-free spot removers for institutional laundries are light (0.8 kg/l) hydrocarbon or alcohol "
         "blends; these twelve drums weigh 1.59 kg/l, smell sweet and heavy, do not burn and the drum heads are "
         "stamped 'CCl4': carbon tetrachloride, whose import into the Union is banned outside licensed feedstock "
         "and laboratory uses, by sea from Nhava Sheva to Koper for a Ljubljana prison-laundry supplier; Slovenian "
         "wording (carbon tetrachloride repeats in many sets and spot-remover labels in several; a prison-laundry "
         "label was found in no earlier row by a keyword search)", firm("Central Pralnice d.o.o.", "SI")),
        ("OZN-07", "import", "NOAIR01", "air", "UA", [], "NO", "382790",
         "Kältespray for EOD- og elektronikkfeilsøking, HFO-1234ze, 400 ml, 600 bokser", "UA", 300, 600, 4800, "EUR",
         "freeze sprays sold for bomb-disposal and electronics fault-finding in Europe use HFO-1234ze or CO2; these "
         "600 cans, surplus of a Kharkiv EOD supplier, frost a board at -60 °C, their small print reads 'R-12' and a "
         "leak-detector reads dichlorodifluoromethane: CFC-12 in aerosols, whose import is banned, flown from Kyiv "
         "to Oslo for a police bomb-squad equipment dealer; Norwegian wording (CFC-12 and freeze-spray labels repeat "
         "in many sets, kept as a repeat of the family; a bomb-disposal label is the new part as far as a search "
         "found)", firm("Nordhafen Beredskap AS", "NO")),
        ("OZN-08", "import", "EEROAD01", "road", "UA", ["PL", "LT", "LV"], "EE", "280421",
         "Argoongaasi balloonid, 40 l, kasutatud, 80 tk", "UA", 4800, 80, 2400, "EUR",
         "used argon cylinders are tall, grey-shouldered 200-bar bottles that feel light for their size; these 80 "
         "squat red bottles out of decommissioned armoured vehicles slosh heavily, read only 30 bar and their "
         "valve stamps read '114B2': halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned "
         "outside licensed critical uses, on a lorry from Lviv through Poland and the Baltics to a Tallinn "
         "fire-safety firm; Estonian wording (halon 2402 repeats in several sets and gas-cylinder labels in many; an "
         "argon label was found in no earlier row on halon by a keyword search)", firm("Delta Tuleohutus OÜ", "EE")),
        ("OZN-09", "import", "ESSEA01", "sea", "CN", [], "ES", "290351",
         "Refrigerante HFO-1234yf para flota de vehículos policiales, botellas 5 kg, 1.600 botellas", "CN", 8000, 1600, 24000, "USD",
         "HFO-1234yf is sold in refillable cylinders with a left-hand thread and costs tens of euros a kilo; these "
         "1,600 non-refillable cylinders with ordinary valves cost 3 USD/kg and the gas reads as 1,1,1,2-tetrafluoro"
         "ethane on a refrigerant identifier: HFC-134a in disposable cylinders, whose placing on the market is "
         "banned, by sea from Tianjin to Valencia for a police and municipal fleet workshop; Spanish wording "
         "(HFC-134a under HFO-1234yf labels repeats in several sets, kept as a repeat of that cover; a police-fleet "
         "label is the new part as far as a search found)", firm("Meridian Talleres SL", "ES")),
        ("OZN-10", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "382769",
         "R-407C 制冷剂, 一次性钢瓶 11.3 kg, 1 200 瓶 (摩尔多瓦监狱厨房冷库维修)", "CN", 13560, 1200, 21000, "USD",
         "R-407C is a three-HFC blend in brown cylinders that reads three peaks on an identifier; these 1,200 "
         "light-green cylinders read a single gas, chlorodifluoromethane, and their stamped tare plates read "
         "'R22': HCFC-22, a controlled substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Constanța in transit from Shanghai to Chişinău for a prison-kitchen cold-room "
         "contractor; Chinese wording (HCFC-22 under HFC labels repeats in many sets, kept as a repeat; a transit "
         "through Constanța to Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ROROAD01", "road", "RO", [], "MD", "470790",
         "Maculatură, hârtie de arhivă pentru reciclare, baloți, 8 t", "RO", 8000, None, 640, "EUR",
         "waste paper for pulping is loose, mixed office paper baled with strapping; these bales hold bound, "
         "numbered files with stamped covers, 1950s-1980s typewritten surveillance reports, informer index cards "
         "and photographs from a county office of the former Securitate, pulled from a basement store before "
         "transfer to the national archive: archives over 50 years old, exported without the licence Regulation "
         "116/2009 requires whatever their value, and protected under Romanian law, on a lorry at Albița for a "
         "Chişinău 'paper mill' whose buyer is a collector of secret-police files; Romanian wording (archives "
         "repeat in many sets; secret-police files as waste paper were found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
        ("CUL-02", "export", "ESPOST01", "post", "ES", [], "US", "732690",
         "Casco morrión, réplica decorativa en acero para recreación histórica, 1 pieza", "ES", 2.6, 1, 180, "EUR",
         "re-enactment morion replicas are pressed from thin sheet, machine-smooth, with a bright finish and "
         "modern rivets; this helmet is raised by hand from one piece with hammer marks inside, a roped comb, "
         "brass rosettes on iron rivets, old leather remnants, a Nuremberg-style maker's mark and the inventory "
         "number of a Toledo collection: a Spanish morion of the later 16th century, part of the Spanish historical "
         "heritage, posted to a Texas arms-and-armour collector without the EU export licence (Regulation 116/2009) "
         "and the Spanish export permit; Spanish wording (armour repeats in several sets; a morion was found in no "
         "earlier row by a keyword search)", {"importer_country": "US", "consignee_name": "Mr. R. Delgado"}),
        ("CUL-03", "export", "GRSEA01", "sea", "GR", [], "AE", "940320",
         "Βιτρίνες ασφαλείας αλεξίσφαιρες για μουσεία και κοσμηματοπωλεία, 12 τεμάχια", "GR", 6000, 12, 96000, "EUR",
         "a museum-security fit-out for a Dubai gallery: bullet-resistant vitrines and alarm sensors are what Greek "
         "security makers export, but the third item's 'διακοσμητικά πάνελ βιτρίνας, ζωγραφιστά' is one panel of "
         "egg tempera on gesso and wood, gold ground, Saint Nicholas with a scene border, a batten cradle and "
         "candle soot: a 17th-century post-Byzantine icon from a Peloponnese monastery, over 50 years old and part "
         "of the Greek heritage, exported without the EU licence of Regulation 116/2009, hidden as the last item of "
         "a three-item declaration, from Piraeus to Jebel Ali; Greek wording (post-Byzantine icons repeat in "
         "several sets; inside a museum-security vitrine order is the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("853110", "Αισθητήρες συναγερμού κραδασμών για βιτρίνες, 200 τεμ.", "GR", 40, 8000, "EUR", qty=200),
                           item("442199", "Διακοσμητικά πάνελ βιτρίνας, ζωγραφιστά, 1 τεμ.", "GR", 6, 120, "EUR", qty=1)])),
        ("CUL-04", "import", "BEAIR01", "air", "BO", [], "BE", "902300",
         "Cráneo de entrenamiento forense, resina, con deformación craneal, 6 piezas", "BO", 9, 6, 600, "USD",
         "resin forensic training skulls are cast, seam-lined, uniformly coloured and light; these six are bone: "
         "porous, brown-stained, with tabular-erect cranial deformation, worn teeth, soil in the sinuses and old "
         "museum numbers in ink, from looted chullpa tombs on the Altiplano: Tiwanaku-period human remains, "
         "archaeological objects whose export Bolivia forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from La Paz to Brussels for a 'forensic anthropology' training firm; Bolivian "
         "Spanish wording (Andean skulls repeat in one set as dating samples, kept as a repeat of the good; a "
         "forensic-training-skull label was found in no earlier row by a keyword search)",
         firm("Atlantic Forensic Training SA", "BE")),
        ("CUL-05", "import", "ATAIR01", "air", "ET", ["AE"], "AT", "830300",
         "የእሳት መከላከያ የሰነድ ካዝናዎች (fire-resistant document safes), 20 units", "ET", 1600, 20, 4000, "USD",
         "fire-resistant document safes arrive empty with their keys taped inside; in three of these twenty the "
         "officer finds wrapped parchment codices in wooden boards, Ge'ez script in red and black, with painted "
         "miniatures, a church seal and a 19th-century colophon: Ethiopian Orthodox manuscripts from a Tigray "
         "church, protected by Ethiopian law and brought in without the import licence Regulation 2019/880 "
         "requires, flown from Addis Ababa through Dubai to Vienna for a security-equipment dealer; Amharic wording "
         "(Ethiopian manuscripts repeat in many sets, kept as a repeat of the good; inside document safes is the new "
         "part as far as a search found)", firm("Nordhafen Tresorbau GmbH", "AT")),
        ("CUL-06", "import", "ESSEA01", "sea", "BO", ["PE"], "ES", "711411",
         "Bandejas de plata repujada, artesanía nueva de Potosí, 14 piezas", "BO", 42, 14, 2800, "USD",
         "new Potosí repoussé trays are thin, bright, machine-backed sheet at a craft price; these fourteen pieces "
         "are thick, hammered, dark-tarnished plates with nail holes along the edges, cherubs and a monstrance in "
         "the centre and candle-wax in the crevices: panels of an 18th-century silver altar frontal stripped from a "
         "Chuquisaca church, cultural heritage whose export Bolivia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, by sea through Matarani to Valencia; Bolivian Spanish wording (altar "
         "frontals repeat in a few sets; as new Potosí craft trays is the new part as far as a search found)",
         firm("Meridian Platería SL", "ES")),
        ("CUL-07", "import", "DEAIR01", "express", "TR", [], "DE", "732690",
         "Dekoratif kask ve zırh, Kaçar tarzı reproduksiyon, 1 takım", "IR", 4, 1, 350, "EUR",
         "new Qajar-style armour is sheet steel acid-etched in a day, with bright brass and machine chain mail; "
         "this khula-khud helmet and four char-aina plates are watered crucible steel with gold koftgari "
         "inscriptions, riveted mail, old linings and a 1790s date cartouche: 18th-century Persian armour, whose "
         "export Iran forbids, sent on by express from Istanbul to a Munich dealer without the import licence "
         "Regulation 2019/880 requires for objects over 250 years; Turkish wording (Qajar objects repeat in a few "
         "sets; khula-khud and char-aina armour were found in no earlier row by a keyword search)",
         firm("Horizon Antik GmbH", "DE")),
        ("CUL-08", "import", "NLSEA01", "sea", "ID", [], "NL", "441821",
         "Pintu kayu jati ukir, reproduksi gaya kolonial, 2 daun pintu", "ID", 380, 2, 900, "USD",
         "new colonial-style teak doors are kiln-dried, evenly stained and held with screws; these two leaves are "
         "grey, sun-checked teak with hand-forged iron straps, a spy hatch with bars, carved VOC monogram and "
         "1750s date, and plaster still on the frame: the cell doors of an 18th-century fort prison in Central "
         "Java, parts of a protected monument whose export Indonesia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Semarang to Rotterdam for a Dutch interior dealer; "
         "Indonesian wording (Indonesian doors repeat in several sets; prison-cell doors of a VOC fort were found in "
         "no earlier row by a keyword search)", firm("Horizon Koloniaal BV", "NL")),
        ("CUL-09", "import", "DEPOST01", "post", "KZ", [], "DE", "711719",
         "Сәндік әшекейлер, алтын жалатылған жез, жаңа, 40 дана", "KZ", 1.2, 40, 60, "USD",
         "new gilt-brass costume ornaments are stamped, light and bright with a lacquer film; these forty "
         "appliqués are thin hammered gold foil over a bronze or wood core, stags and griffins in the animal style, "
         "with earth in the loops and green corrosion on the pins: Saka burial gold from a looted kurgan in "
         "Zhetysu, archaeological objects whose export Kazakhstan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Almaty to a private collector in Leipzig; Kazakh wording (Saka "
         "and Scythian gold repeat in several sets; as new gilt-brass ornaments by post is the new part as far as "
         "a search found)", person("Herr K. Becker", "DE")),
        ("CUL-10", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "680299",
         "Zahradní socha z pískovce, novodobá, světec, 1 ks", "CZ", 420, 1, 1200, "EUR",
         "new garden sandstone saints are sawn and machine-carved, crisp and pale; this one is weathered, "
         "lichen-covered sandstone with traces of polychromy, an iron dowel and mortar at the base, a broken hand "
         "and a chronogram of 1731: a Baroque statue of Saint John of Nepomuk taken from a wayside column in "
         "southern Bohemia, over 50 years old and protected by Czech law, exported to a Basel antiques dealer "
         "without the licence Regulation 116/2009 requires; Czech wording (Baroque sculptures repeat in several "
         "sets; a Czech statue by road to Switzerland is the new part as far as a search found)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", [], "ET", "320300",
         "Oleorresina de pimentón, colorante alimentario, 100.000 UC, bidones de 200 kg, 30 bidones", "ES", 6000, 30, 54000, "EUR",
         "paprika oleoresin is a deep-red, mild food colour sold by colour units; these 30 drums hold a dark "
         "orange-red resin whose vapour makes the sampling officer cough and weep, the certificate gives 2,000,000 "
         "Scoville units and 1.3 % capsaicinoids and no colour value, for an Addis Ababa 'food' importer supplying "
         "the federal police's spray-filling line: oleoresin capsicum, whose export Regulation 2019/125 (Annex III) "
         "allows only under an authorisation, which was not sought, from Valencia to Djibouti; Spanish wording "
         "(PAVA and riot-control agents repeat in a few sets; OC under a paprika-oleoresin label was found in no "
         "earlier row by a keyword search)", {"importer_country": "ET"}),
        ("STR-02", "export", "PLSEA01", "sea", "PL", [], "KE", "630790",
         "Siatkowe osłony twarzy jednorazowe, ochronne, 20 000 szt.", "PL", 1200, 20000, 16000, "EUR",
         "disposable mesh face covers are paper-light masks with ear loops; these 20,000 are hoods of fine netting "
         "that pull over the whole head, with an elastic neck band and a solid fabric panel over the mouth, and the "
         "Nairobi order is from a prison-service supplier: spit hoods, whose export Regulation 2019/125 (Annex III) "
         "allows only under an authorisation, which was not sought, by sea from Gdynia to Mombasa; Polish wording "
         "(restraints repeat in several sets; spit hoods were found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "UZ", "851762",
         "LTE-Small-Cells für ländliche Mobilfunkversorgung, tragbar, 6 Einheiten", "DE", 180, 6, 540000, "EUR",
         "rural LTE small cells are weather-proof boxes tied to one operator's core network that cost a few "
         "thousand euros; these six suitcases at 90,000 EUR each have four software radios for GSM, UMTS and LTE, "
         "a downgrade and IMSI-logging menu, a target list and a silent-call function, ordered through a Tashkent "
         "'telecom' firm for the security service: mobile-telecommunications interception equipment (5A001.f), "
         "dual-use goods exported without a licence, flown from Frankfurt; German wording (IMSI catchers repeat in "
         "many sets, kept as a repeat of the good; a rural-small-cell label is the new part as far as a search found)",
         {"importer_country": "UZ"}),
        ("STR-04", "export", "FIAIR01", "air", "FI", [], "KZ", "690912",
         "Alumiinioksidi-kulutuslaatat kuljetinkouruihin, 99 %, 2 000 kpl", "FI", 5000, 2000, 12000, "EUR",
         "alumina wear tiles for conveyor chutes are small, flat, white hexagons glued onto rubber at a few euros "
         "each; these 2,000 are black, curved 25 x 30 cm plates of boron carbide and silicon carbide, sized to "
         "body-armour cuts, with ballistic test stamps and spall liners, for an Almaty 'mining' firm that forwards "
         "to Russia: armour plates of 1A005 and ML13, exported without a licence and whose sale for use in Russia "
         "is banned, flown from Helsinki to Almaty; Finnish wording (armour plates repeat in several sets under tile labels; a conveyor "
         "wear-tile label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "BGAIR01", "air", "BG", [], "AM", "650610",
         "Каски за алпинизъм и промишлена височинна работа, 400 бр.", "BG", 800, 400, 28000, "EUR",
         "climbing helmets weigh 300-400 g, are vented and carry EN 12492; these 400 weigh 1.4 kg, are aramid "
         "composite shells with rail mounts, a night-vision shroud, retention harness and V50 ballistic test "
         "stickers, for a Yerevan 'mountaineering' shop whose forwarder delivers to Moscow: military helmets (ML13), "
         "exported without a licence and whose sale for use in Russia is banned, flown from Sofia; Bulgarian wording "
         "(helmets repeat in many sets under sport labels, and ballistic helmets as climbing helmets once, in a "
         "development set, dev25-d; kept as a repeat of that cover, Bulgaria to Armenia is the new part)", {"importer_country": "AM"}),
        ("STR-06", "export", "LVROAD01", "road", "LV", [], "BY", "847150",
         "Datu atkopšanas iekārtas telefonu remontdarbnīcām, 25 komplekti", "LV", 250, 25, 375000, "EUR",
         "data-recovery units for phone-repair shops are cheap cables and a PC program; these 25 rugged kits at "
         "15,000 EUR each carry a mobile-forensic extraction suite with passcode-bypass and physical-extraction "
         "licences, evidence-report templates and a Minsk interior-ministry delivery note: equipment for the "
         "monitoring and interception of telecommunications, whose sale to Belarus is banned (Regulation 765/2006), "
         "on a lorry at Pāternieki; Latvian wording (goods to Belarus repeat in many sets and phone-repair labels "
         "in a few; mobile-forensic extraction kits were found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "KE", "851310",
         "Taktické LED svítilny, nabíjecí, hliníkové, 1 500 ks", "CZ", 900, 1500, 30000, "EUR",
         "tactical LED flashlights are 100-200 g aluminium torches at 20 EUR; these 1,500 are 600 g, with two steel "
         "electrodes around the lens, a separate sliding switch, a crackling arc on test and '1,000,000 V' on the "
         "packaging, for a Nairobi private-security firm that supplies guards: portable electric-shock weapons, "
         "whose export Regulation 2019/125 (Annex III) allows only under an authorisation, which was not sought, "
         "flown from Prague; Czech wording (electric-shock batons repeat in several sets under dog-training, EMS and "
         "cattle-prod labels; a flashlight label was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("STR-08", "import", "ITSEA01", "sea", "PK", [], "IT", "660200",
         "گھڑ سواری کے چابک، چمڑے کے، 3,000 عدد (Fruste da equitazione in cuoio)", "PK", 1500, 3000, 9000, "USD",
         "riding whips are a single flexible shaft with a leather keeper or a single lash; these 3,000 have short "
         "wooden handles with nine knotted leather thongs each, some weighted with lead, catalogued by the Sialkot "
         "maker for 'disciplinary use': whips with multiple lashes, whose import into the Union is banned "
         "(Regulation 2019/125, Annex II), by sea from Karachi to Genoa for a 'saddlery' importer; Urdu wording with "
         "Italian (riding-whip labels were found in no earlier row and multi-lash whips in none by a keyword "
         "search)", firm("Alpina Selleria Srl", "IT")),
        ("STR-09", "export", "BGSEA01", "sea", "BG", [], "MM", "392690",
         "Щитове поликарбонатни за охрана на обекти, 600 бр.", "BG", 6000, 600, 36000, "EUR",
         "a security-equipment container for a Yangon 'event security' firm: polycarbonate shields and batons "
         "are what Bulgarian makers ship, but the third item's 'цветни сигнални димки' are 2,000 grey grenades "
         "stencilled 'CS' with spoon fuzes and a 'riot control' data sheet: CS tear-gas grenades (ML7) and, with "
         "the shields and batons, equipment for internal repression, exported to Myanmar against the Union's arms "
         "embargo (Regulation 401/2013), hidden as the last item of a three-item declaration, from Varna to Yangon; "
         "Bulgarian wording (riot shields and CS repeat in a few sets; behind a shield order under a signal-smoke "
         "label to Myanmar is the new part as far as a search found)",
         dict({"importer_country": "MM"},
              _more_items=[item("930400", "Палки полицейски, гумени, 1 200 бр.", "BG", 1200, 9600, "EUR", qty=1200),
                           item("360490", "Цветни сигнални димки, 2 000 бр.", "BG", 1000, 4000, "EUR", qty=2000)])),
        ("STR-10", "transit", "GRSEA01", "sea", "CN", ["GR"], "ET", "731582",
         "Anchor chain, welded link, galvanised, for small boats, 1,800 sets", "CN", 7200, 1800, 10800, "USD",
         "small-boat anchor chain is a length of galvanised links with a shackle at each end; these 1,800 sets "
         "are two ankle rings joined by a rigid iron bar and short chain, with locks, some with a 5 kg ball, for an "
         "Addis Ababa 'marine supplies' firm in a landlocked country: bar fetters and weighted leg restraints, whose "
         "transit through the Union is banned (Regulation 2019/125, Annex II), landed at Piraeus in transit from "
         "Tianjin to Djibouti; Chinese English wording (leg irons repeat in several sets; bar fetters under an "
         "anchor-chain label in transit through Piraeus were found in no earlier row by a keyword search)",
         {"importer_country": "ET"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "CM", [], "FR", "330749",
         "Leurres olfactifs synthétiques pour chiens de détection, sans matière animale, 12 flacons", "CM", 3.2, 12, 240, "EUR",
         "synthetic pseudo-scents for detection dogs are a few millilitres of odour on cotton in sealed vials; "
         "these twelve jars each hold 250 g of overlapping, brown, keratinous scales with ridged surfaces and "
         "rounded edges, smelling of animal: white-bellied pangolin scales (Phataginus tricuspis, CITES App. I), "
         "sent without CITES documents by express from Douala to a Bordeaux firm that trains wildlife-detection "
         "dogs for private airport security contractors; Cameroonian French wording (pangolin scales repeat in "
         "many sets, kept as a repeat of the good; a detection-dog scent-training label was found in no earlier row "
         "by a keyword search)", firm("Rivage Cynotechnie SARL", "FR")),
        ("WLF-02", "export", "CZAIR01", "express", "CZ", [], "VN", "382219",
         "Keratinový referenční materiál pro forenzní laboratoř, mletý, 2 x 500 g", "CZ", 1, 2, 180, "EUR",
         "keratin reference materials for forensic laboratories come in sealed, certified vials of a few grams "
         "with a certificate of analysis; these two bags hold a kilo of grey-brown, fibrous powder and two uncut "
         "chips with a tubular, hair-like structure under a lens, and the buyer is a Hanoi 'laboratory' with no "
         "accreditation: powdered rhinoceros horn (Rhinocerotidae, CITES App. I), exported without CITES documents "
         "by express from Prague; Czech wording (rhino horn repeats in many sets and Czech-Vietnamese routes in "
         "several; a forensic reference-material label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WLF-03", "import", "DESEA01", "sea", "PY", [], "DE", "440729",
         "Tablones de quebracho colorado, aserrados, para mangos de tonfa y bastones, 14 m3", "PY", 15400, None, 11200, "USD",
         "quebracho colorado is a dense, red-brown, coarse wood with a tannin smell; these planks are olive-green "
         "to brown, waxy to the touch, heavier still (about 1,100 kg/m3) and smell of rose and guaiac when planed: "
         "palo santo (Bulnesia sarmientoi, CITES App. II) without a CITES export permit, by sea from Asunción "
         "through Montevideo to Hamburg for a Solingen maker of tonfas and police batons; Paraguayan Spanish wording "
         "(Bulnesia repeats in many sets; a quebracho label for tonfa blanks was found in no earlier row by a "
         "keyword search)", firm("Central Einsatzstock GmbH", "DE")),
        ("WLF-04", "import", "FIPOST01", "post", "US", [], "FI", "050790",
         "Stabilized stag knife handle scales, 20 pairs", "US", 1.4, 20, 160, "USD",
         "stabilised stag scales are porous, bark-textured antler slabs soaked with resin, with a spongy core on "
         "the back; these 20 pairs are smooth, dense, cream to honey coloured with Schreger lines crossing at over "
         "100 degrees on the cut ends: elephant ivory (Loxodonta, CITES App. I) without CITES documents, posted from "
         "Ohio to a private maker of tactical and puukko knives in Kuopio; US English wording (ivory repeats in many "
         "sets, under antler and mammoth labels in several; stag knife scales were found in no earlier row by a "
         "keyword search)", person("Juha Korhonen", "FI")),
        ("WLF-05", "import", "CZAIR01", "air", "ZA", [], "CZ", "852560",
         "Used two-way radios returned for repair, anti-poaching unit, 40 units", "ZA", 60, 40, 2400, "ZAR",
         "a private anti-poaching security firm's repair return: handheld radios and thermal monoculars under "
         "warranty are what such firms send back to a Czech maker, but the third item's 'cattle horn handle "
         "blanks' are two conical, fibrous horns cut into 20 blocks, with a hair-like structure at the base and no "
         "core: white rhinoceros horn (CITES App. II for South African live animals and hunting trophies only, App. "
         "I otherwise) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Johannesburg to Prague; South African English wording (rhino horn repeats in many sets; behind an "
         "anti-poaching unit's repair return is the new part as far as a search found)",
         dict(firm("Orion Radiotechnika s.r.o.", "CZ"),
              _more_items=[item("900580", "Thermal monoculars, warranty return, 4 units", "ZA", 4, 3200, "ZAR", qty=4),
                           item("050790", "Cattle horn handle blanks, 20 pieces", "ZA", 6, 400, "ZAR", qty=20)])),
        ("WLF-06", "import", "FRSEA01", "sea", "TZ", ["AE"], "FR", "030819",
         "Majongoo kavu (sandfish, Holothuria scabra), mifuko ya kilo 10, kilo 800", "TZ", 800, 80, 16000, "USD",
         "dried sandfish is grey-brown, wrinkled and ridged on the back at tens of dollars a kilo; these bags hold "
         "large, black, smooth-backed animals with lateral teat-like bumps, at a price three times that: black "
         "and white teatfish (Holothuria nobilis, H. fuscogilva, CITES App. II) without CITES export permits, by "
         "sea from Dar es Salaam through Jebel Ali to Le Havre for a Paris Chinese-grocery wholesaler; Swahili "
         "wording (teatfish repeat in many sets, kept as a repeat of the good; a Swahili sandfish label is the new "
         "part as far as a search found)", firm("Horizon Produits d'Asie SARL", "FR")),
        ("WLF-07", "import", "NLAIR01", "air", "PE", [], "NL", "420329",
         "Guantes tácticos de piel de cabra, para policía y seguridad, 1.500 pares", "PE", 300, 1500, 15000, "USD",
         "goatskin tactical gloves are smooth-grained with fine, even pores; these 1,500 pairs show the coarse "
         "grain with pore triads and bristle pits of peccary, and a Loreto tannery tag: collared peccary leather "
         "(Pecari tajacu, CITES App. II) without CITES documents, flown from Lima to Amsterdam for a police and "
         "security-uniform supplier; Peruvian Spanish wording (peccary leather repeats in a few sets, kept as a "
         "repeat of the good; a police tactical-glove label was found in no earlier row by a keyword search)",
         firm("Atlantic Politie-uitrusting BV", "NL")),
        ("WLF-08", "import", "DEAIR01", "express", "TR", [], "DE", "210690",
         "Hazır sahlep içecek tozu, 6 x 500 g", "TR", 3.2, 6, 60, "EUR",
         "instant sahlep drink mix is mostly sugar, milk powder and starch with a trace of salep, sweet and "
         "cinnamon-scented; these six tins hold a pure, grey-white, unsweetened, mucilaginous powder ground from "
         "wild orchid tubers, at a price far above the mix: salep (Orchidaceae, CITES App. II) without CITES "
         "documents, sent by express from Kahramanmaraş to a private buyer in Duisburg; Turkish wording (salep "
         "repeats in many sets and sahlep labels in a few, kept as a repeat of that cover; by express to a private "
         "buyer in Duisburg is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "DKAIR01", "air", "CA", [], "DK", "650699",
         "Ceremonial guard caps, faux fur (acrylic), black, 24 pcs", "CA", 24, 24, 7200, "CAD",
         "faux-fur ceremonial caps are light acrylic pile on a knitted back that melts under a hot needle; these "
         "24 tall caps are dense, long, glossy natural fur on tanned skin that singes with a smell of burnt hair, on "
         "wicker frames with chin chains, for a Copenhagen ceremonial-uniform maker supplying a royal guard: black "
         "bear fur (Ursus americanus, CITES App. II) without CITES documents, flown from Toronto to Copenhagen; "
         "Canadian English wording (a Guards bearskin appears once, under a costume-busby label, and bear products "
         "in several sets, and faux-fur labels in several, on other furs; kept as a repeat, a ceremonial-guard-cap label to Denmark is the new part)",
         firm("Nordhafen Uniform ApS", "DK")),
        ("WLF-10", "import", "DEAIR01", "air", "VN", [], "DE", "300290",
         "Nọc ong khô đông lạnh (bee venom), dùng cho mỹ phẩm, 200 g", "VN", 0.2, None, 9000, "USD",
         "freeze-dried bee venom is a pale, off-white to cream powder from venom collectors; this 200 g is a yellow, "
         "glassy, flaky powder that the supplier's Vietnamese sheet calls 'nọc rắn hổ mang' and that a laboratory "
         "matches to a cobra three-finger toxin: freeze-dried cobra venom (Naja, CITES App. II) without CITES "
         "documents, flown from Ho Chi Minh City to Frankfurt for a cosmetics maker; Vietnamese wording (snake "
         "venom repeats in a few sets and bee-venom labels once; kept as a repeat of the cover, from Viet Nam by "
         "air is the new part)", firm("Vega Kosmetik GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "air", "BR", "PT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (forensic-science teaching)", "BR", 4.6, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "PT-PSP-60-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "IL", "BE", "282919",
     "Potassium chlorate 99 %, 2 kg, for a licensed explosive-detection dog trainer", "IL", 2, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "BE-SPF-60-0041")], "potassium chlorate above 40 % to a licensed user"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "400400",
     "Lead-contaminated rubber granulate from shooting-range bullet traps (19 12 11*), for lead recovery at a licensed smelter, 20 t",
     "CH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-60-0317")], "notified shooting-range waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854999",
     "Decommissioned airport baggage X-ray scanners (16 02 13*), for dismantling and lead recovery at a licensed WEEE plant, 12 units",
     "NO", 14400, 12, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-60-0088")], "notified WEEE to a licensed recovery plant"),
    ("PRM-05", "ozone", "export", "LTROAD01", "road", "LT", "PL", "290376",
     "Halon 1211, recovered from cash-in-transit vehicle extinguishers, 300 kg, for reclamation for aviation critical uses",
     "LT", 300, None, 0, "EUR", [("ODS_LICENCE", "LT-AAA-ODS-60-004")], "recovered halon sent to a licensed reclaimer for critical uses"),
    ("PRM-06", "ozone", "import", "CZROAD01", "road", "TR", "CZ", "290346",
     "HFC-227ea (heptafluoropropane) fire-suppression cylinders, 240 x 6 kg, for armoured-vehicle engine bays, within a registered quota",
     "TR", 1440, 240, 14000, "EUR", [("FGAS_QUOTA", "CZ-FGAS-60-0271")], "HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Spanish morion, raised steel with brass rosettes, c. 1570, documented collection since 1958, sold at auction", "ES", 2.6,
     1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-60-0207")], "historic armour exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "CZROAD01", "road", "CZ", "CH", "970310",
     "Sandstone statue of Saint John of Nepomuk, Bohemia, 1731, from a private collection, sold with the export permit", "CZ",
     420, 1, 36000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-60-0093")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "NO", "330190",
     "Oleoresin capsicum, 2,000,000 SHU, 10 drums, for a police pepper-spray filler", "ES", 2000, 10, 22000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-60-0318"), ("END_USER_CERTIFICATE", "NO-POD-EUC-60-0012")],
     "OC exported under the anti-torture Regulation's authorisation to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "JP", "690912",
     "Boron-carbide body-armour plates, NIJ level IV, 400 units, for a Japanese police procurement office", "FI", 1000, 400,
     160000, "EUR", [("EXPORT_LICENCE", "FI-UM-60-0077"), ("END_USER_CERTIFICATE", "JP-NPA-EUC-60-0031")],
     "body-armour plates under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "PY", "DE", "440729",
     "Palo santo (Bulnesia sarmientoi) sawn planks, 12 m3, from a managed harvest", "PY", 13200, None, 18000, "USD",
     [("CITES_PERMIT", "PY-MADES-60-0455")], "App. II timber with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "TZ", "FR", "030819",
     "Dried teatfish, Holothuria fuscogilva, 400 kg, legally fished", "TZ", 400, None, 24000, "USD",
     [("CITES_PERMIT", "TZ-MNRT-60-0206")], "App. II sea cucumbers with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Central K9 Training SA", "PRM-04": "Atlantic WEEE Recycling SA",
    "PRM-06": "Alpina Pancéřování s.r.o.", "PRM-11": "Central Einsatzstock GmbH", "PRM-12": "Horizon Produits d'Asie SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises, nearly all security,
    # police, prison, forensic and protective-gear supplies that need no licence
    ("382219", "Luminol blood-reveal training kits, with 3 % peroxide activator", "import", ["express"], ["BR", "US"], (40, 80), (1, 3), ["USD", "BRL"], 2, S),
    ("382499", "Fog fluid for security fog generators, glycol-based, 1 l", "import", ["road"], ["CH", "GB"], (8, 14), (500, 2000), ["EUR", "CHF"], 1, S),
    ("320611", "White latent-print powder, titanium dioxide, 100 g jars", "import", ["post"], ["JP", "US"], (40, 80), (1, 3), ["USD", "JPY"], 10, S),
    ("250100", "Ballast salt (sodium chloride) for water-filled barriers, 25 kg sacks", "import", ["road"], ["RS", "UA"], (0.15, 0.3), (10000, 22000), ["EUR"], 0.04, S),
    ("350300", "Ballistic gelatin powder, 250 bloom, 20 kg sacks", "import", ["air"], ["RS", "US"], (10, 16), (200, 800), ["EUR", "USD"], 0.05, S),
    ("382499", "Earth-enhancing compound for electric fences, bentonite-based", "import", ["sea"], ["ZA", "NZ"], (1, 2), (6000, 14000), ["USD"], None, S),
    ("340590", "Uniform button and badge brass polish, paste", "import", ["express"], ["IN", "PK"], (10, 20), (1, 3), ["USD", "INR"], 4, S),
    ("382499", "Detection-dog pseudo-scent training vials, sealed", "import", ["air"], ["IL", "US"], (150, 300), (10, 60), ["USD"], 20, S),
    ("282720", "Gun-safe dehumidifier crystals, calcium chloride", "import", ["post"], ["US", "GB"], (15, 25), (1, 3), ["USD", "GBP"], 2, S),
    ("340290", "Pepper-spray decontamination wash, soap-based, 500 ml", "import", ["road"], ["BA", "RS"], (3, 6), (1000, 4000), ["EUR"], 2, S),
    ("400300", "Rubber granulate for equestrian arenas, new SBR, sized", "export", ["sea"], ["MA", "TN"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("902219", "Baggage X-ray inspection systems, new, with test reports", "export", ["sea"], ["NG", "GH"], (20, 40), (2000, 8000), ["EUR"], 0.001, S),
    ("852589", "CCTV dome cameras, IP, new, boxed", "import", ["sea"], ["CN", "KR"], (25, 45), (2000, 6000), ["USD"], 2, S),
    ("701790", "Laboratory glassware, borosilicate, new", "import", ["sea"], ["CN", "IN"], (4, 8), (3000, 8000), ["USD"], 3, S),
    ("850760", "Li-ion batteries for two-way radios, new, 30 % charge", "import", ["air"], ["CN", "JP"], (30, 60), (200, 1000), ["USD"], 4, S),
    ("830300", "Fire-resistant document safes, new", "import", ["sea"], ["CN", "KR"], (3, 5), (6000, 14000), ["USD"], 0.03, S),
    ("380210", "Activated carbon, coconut shell, virgin, for gold recovery", "import", ["sea"], ["LK", "PH"], (1.5, 2.5), (18000, 24000), ["USD"], None, S),
    ("251320", "Garnet abrasive, new, 30/60 mesh", "import", ["sea"], ["IN", "AU"], (0.2, 0.4), (20000, 26000), ["USD"], None, S),
    ("381300", "Fluorine-free fire-fighting foam concentrate, new, IBC", "export", ["sea"], ["GH", "NG"], (3, 5), (8000, 18000), ["EUR"], None, S),
    ("382219", "DFO latent-print reagent in HFE-7100 carrier", "import", ["air"], ["US", "GB"], (60, 120), (20, 100), ["USD", "GBP"], 2, S),
    ("841510", "Window air conditioners for guard booths, R-290 (propane)", "import", ["sea"], ["CN"], (3, 5), (4000, 10000), ["USD"], 0.03, S),
    ("842410", "FK-5-1-12 clean-agent extinguishers, 2 kg", "import", ["road"], ["GB", "TR"], (25, 40), (300, 1500), ["EUR", "GBP"], 0.2, S),
    ("381300", "ABC dry powder extinguisher refills, 25 kg", "import", ["sea"], ["TR", "CN"], (1, 2), (8000, 16000), ["USD", "EUR"], 0.04, S),
    ("940690", "Prefabricated guard cabins, mineral-wool insulated", "import", ["sea"], ["TR", "KR"], (2, 4), (6000, 18000), ["USD", "EUR"], 0.0005, S),
    ("381400", "Hydrocarbon spot remover for institutional laundries, drums", "import", ["sea"], ["IN", "TR"], (1.5, 3), (3000, 8000), ["USD"], None, S),
    ("280421", "Argon, industrial, in 50 l cylinders", "import", ["road"], ["UA", "NO"], (0.5, 1.2), (3000, 8000), ["EUR"], 0.015, S),
    ("481960", "Acid-free archival storage boxes", "export", ["road"], ["MD", "UA"], (3, 5), (1000, 4000), ["EUR"], 1, S),
    ("940320", "Bullet-resistant display vitrines for jewellers and museums", "export", ["sea"], ["AE", "SA"], (10, 18), (3000, 8000), ["EUR"], 0.002, S),
    ("853110", "Vibration alarm sensors for display cases", "export", ["air"], ["AE", "QA"], (150, 250), (20, 100), ["EUR"], 5, S),
    ("902300", "Forensic training skulls, resin, cast", "import", ["air"], ["CN", "US"], (30, 60), (50, 200), ["USD"], 0.7, S),
    ("711411", "Potosí-style repoussé silver trays, new craft", "import", ["air"], ["BO", "PE"], (400, 700), (5, 20), ["USD"], 0.5, S),
    ("441821", "Colonial-style carved doors, new, sheesham", "import", ["sea"], ["IN"], (3, 6), (2000, 6000), ["USD"], 0.01, S),
    ("711719", "Gilt-brass costume ornaments, new", "import", ["post"], ["KZ", "TR"], (40, 80), (1, 2), ["USD"], 30, S),
    ("680299", "Sandstone garden statues, new, machine-carved", "export", ["road"], ["CH", "NO"], (2, 4), (2000, 8000), ["EUR"], 0.005, S),
    ("320300", "Paprika oleoresin, food colour, 100,000 CU", "export", ["sea"], ["ET", "US"], (8, 12), (3000, 8000), ["EUR"], None, S),
    ("630790", "Disposable hairnets, nonwoven", "export", ["sea"], ["KE", "NG"], (4, 8), (1000, 4000), ["EUR"], 100, S),
    ("851762", "Enterprise Wi-Fi access points", "export", ["air"], ["UZ", "KZ"], (60, 120), (100, 600), ["EUR"], 2, S),
    ("690912", "Alumina wear-lining tiles for conveyor chutes", "export", ["sea"], ["CL", "ZA"], (2, 4), (4000, 12000), ["EUR"], 10, S),
    ("650610", "Climbing helmets, EN 12492", "export", ["air"], ["AM", "GE"], (30, 50), (100, 500), ["EUR"], 3, S),
    ("820590", "Phone-repair screwdriver and opening tool kits", "export", ["road"], ["RS", "MD"], (15, 30), (200, 1000), ["EUR"], 5, S),
    ("851310", "Tactical LED flashlights, rechargeable", "export", ["air"], ["KE", "ZA"], (40, 70), (200, 1000), ["EUR"], 6, S),
    ("660200", "Riding crops, single shaft, leather keeper", "import", ["sea"], ["PK", "IN"], (4, 8), (1000, 3000), ["USD"], 3, S),
    ("852560", "Two-way radios, DMR, new", "import", ["sea"], ["CN"], (40, 70), (1000, 4000), ["USD"], 3, S),
    ("420329", "Goatskin tactical gloves", "import", ["sea"], ["PK", "IN"], (15, 25), (2000, 6000), ["USD"], 5, S),
    ("650699", "Faux-fur ceremonial caps, acrylic", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass spice jars with bamboo lids, sets", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD"], 2, N),
        ("960321", "Bamboo toothbrushes, boxed", "import", ["sea"], ["CN", "VN"], (6, 10), (1000, 4000), ["USD"], 60, N),
        ("630790", "Waxed cotton shoelaces, boxed pairs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691110", "Porcelain tea sets, boxed", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind204", 20600301, HERE)


if __name__ == "__main__":
    main()
