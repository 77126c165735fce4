#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-seventh blind set (tests/risk/data/blind267-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: camping, caravans, motorhomes and
boating holidays (caravan and motorhome dealers, rental fleets and accessory wholesalers,
campsites, glamping sites and festival grounds, camping-equipment importers, marinas,
boatyards, chandleries, sailmakers and charter fleets).
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
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL267-*:

    python3 tests/risk/data/make_blind267_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLSEA01", "sea", "TR", [], "NL", "380894",
         "Kaset tuvalet katkı sıvısı, yeşil, formaldehitsiz, 2 l, 600 şişe", "TR", 1380, 600, 1500, "EUR",
         "the additives campers pour into the waste tanks of caravan and motorhome cassette toilets are blue or "
         "green, perfumed, slightly soapy liquids of about 1.02 kg/l with enzymes or a little biocide; these 600 "
         "bottles hold a water-clear, unperfumed liquid of 1.15 kg/l with vented caps that fizzes on a rusty nail "
         "and whitens the skin at once, for a Zwolle caravan-accessories wholesaler whose web shop sells the "
         "bottles to campers: about 40 % hydrogen peroxide (Annex I above 12 %) made available to members of the "
         "public, by sea from Ambarlı to Rotterdam; Turkish wording (hydrogen peroxide repeats in many sets, on a "
         "motorhome water-tank label in blind98 and a boat teak-cleaner label in blind68, and an aircraft-toilet "
         "concentrate once, blind191; a cassette-toilet additive label was found in no earlier row by a keyword "
         "search)", firm("Vega Caravan Accessoires BV", "NL")),
        ("PRE-02", "import", "DEPOST01", "post", "US", [], "DE", "220720",
         "Alcohol stove fuel, denatured, for backpacking and camping stoves, 4 x 1 qt", "US", 4.3, 4, 48, "USD",
         "the fuel for spirit and backpacking stoves is denatured ethanol of 0.79 kg/l that burns with a pale blue, "
         "almost invisible flame; these four quart bottles weigh 1.14 kg/l, smell faintly fruity, burn with a "
         "yellow flame and the filler's inner caps read 'CH3NO2': nitromethane (Annex I above 16 %), posted from "
         "Bend, Oregon, to a private person in Freiburg; American English wording (nitromethane repeats in many "
         "sets; a camping-stove fuel label was found in no earlier row by a keyword search)",
         person("Jonas Keller", "DE")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "285390",
         "Дистильована вода для сервісних акумуляторів кемперів і човнів, каністри 5 л, 300 шт.", "UA", 1890, 300,
         900, "EUR",
         "distilled top-up water for the flooded leisure batteries of campers and boats is 1.00 kg/l, tastes of "
         "nothing and costs cents a litre; these 300 cans hold a water-clear liquid of 1.26 kg/l that grows warm "
         "with water, turns litmus red and chars a paper label where it dripped, for a Lublin camper-accessories "
         "wholesaler that sells the cans over the counter and on line: about 35 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, in a van at Dorohusk; Ukrainian wording (sulphuric acid "
         "repeats in many sets and distilled-water labels for irons and batteries twice, blind107 and blind110, "
         "kept as a repeat of the label; for camper and boat leisure batteries is the new part as far as a search "
         "found)", firm("Delta Karawaning Sp. z o.o.", "PL")),
        ("PRE-04", "import", "DKAIR01", "air", "LK", [], "DK", "330749",
         "බෝට්ටු වැසිකිළි රඳවා ගැනීමේ ටැංකි සඳහා දුගඳ නාශක පෙති, 1 kg බඳුන්, 300", "LK", 300, 300, 900, "USD",
         "the tablets sold to keep a boat's toilet holding tank from smelling are enzyme or nitrate-based pucks "
         "that dissolve blue and smell of pine; these 300 tubs hold hard, white pellets pressed from crystals that "
         "do not colour the water, crackle and flare on a hot plate, and whose inner bags read 'KClO3': potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Colombo to Copenhagen "
         "for a chandlery web shop; Sinhala wording (potassium chlorate repeats in many sets and holding-tank "
         "words in two rows on waste, blind43 and blind199; a holding-tank deodoriser label on a precursor was found "
         "in no earlier row by a keyword search)", firm("Nordhafen Bådudstyr ApS", "DK")),
        ("PRE-05", "import", "FRSEA01", "sea", "CN", [], "FR", "282720",
         "房车及游艇除湿盒补充颗粒 (氯化钙), 1公斤袋, 2,000袋", "CN", 2000, 2000, 1400, "USD",
         "the refills for the moisture traps left in laid-up caravans, motorhomes and boats are white calcium "
         "chloride flakes that turn to brine in a tray; these 2,000 bags hold a fine, white, salty-cool powder that "
         "dissolves at once, burns fiercely with sugar and whose sacks under the retail film read 'NaClO4·H2O', for "
         "a La Rochelle caravan-and-boat accessories wholesaler that sells the bags to owners: sodium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo to Le Havre; Chinese "
         "wording (sodium perchlorate repeats in many sets and moisture-absorber refill labels twice, blind119 and "
         "blind155, kept as a repeat of the label; for laid-up caravans, motorhomes and boats is the new part as far "
         "as a search found)",
         firm("Rivage Caravaning SARL", "FR")),
        ("PRE-06", "import", "PTSEA01", "sea", "BR", [], "PT", "281122",
         "Sílica pirogênica (espessante) para resina epóxi de reparo de barcos, pote 1 kg, 600 potes", "BR", 600, 600,
         1500, "USD",
         "the fumed silica boat owners stir into epoxy to thicken fillets and fairing putty is a fluffy, "
         "feather-light powder (a 1 kg tub of it is a bucket of about 20 litres) that never dissolves; these 600 "
         "small tubs each hold a kilo of dense, white, crystalline powder that dissolves in water, flares with "
         "sugar on a hot plate and whose inner liners read 'KClO4', for a Lisbon marine-paint shop that sells the "
         "tubs to boat owners: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "by sea from Santos to Leixões; Brazilian Portuguese wording (potassium perchlorate repeats in many sets; a "
         "fumed-silica thickener label was found in no earlier row by a keyword search)",
         firm("Atlantic Náutica Tintas Lda", "PT")),
        ("PRE-07", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "380894",
         "Prah za uklanjanje plijesni sa tendi, šatora i cerada, kesice 1 kg, 400 kom", "BA", 400, 400, 1200,
         "EUR",
         "mould removers for caravan awnings and tents are chlorine or quaternary-ammonium sprays, or an oxygen "
         "powder that fizzes in warm water; these 400 bags hold coarse, colourless crystals that do not fizz, taste "
         "salty-cool, flare on a match with sugar and whose inner bags read 'NaClO3', for a Graz camping shop that "
         "sells them to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "on a van from Sarajevo through Croatia and Slovenia; Bosnian wording (sodium chlorate repeats in many sets "
         "and mildew labels twice on other goods; an awning and tent mould-remover label was found in no earlier "
         "row by a keyword search)", firm("Alpina Camping Zubehör GmbH", "AT")),
        ("PRE-08", "import", "FISEA01", "sea", "EG", [], "FI", "250100",
         "أقراص ملح لتنعيم المياه لخزانات الكرفانات والبيوت المتنقلة، أكياس 10 كغ، 900 كيس", "EG", 9000, 900, 2700,
         "USD",
         "softener salt for the water systems of motorhomes and caravans is pressed sodium chloride tablets of "
         "about 2.1 g/cm3 that dissolve slowly and taste of salt; these 900 bags hold white, porous prills that turn "
         "ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a Tampere motorhome dealer that "
         "sells the bags in its accessory shop: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Alexandria to Kotka; Egyptian Arabic wording (ammonium nitrate repeats "
         "in many sets and water-softener salt labels in a few, blind46 among them on a precursor, kept as a repeat "
         "of the label; for motorhome water systems is the new part as far as a search found)", firm("Nordhafen Matkailuauto Oy", "FI")),
        ("PRE-09", "import", "IEAIR01", "express", "GB", [], "IE", "340290",
         "Hull & waterline stain remover gel, marine, 1 l x 4 (parcel 1 of 3)", "GB", 5.0, 4, 60, "GBP",
         "hull-stain removers for the brown tide line and bow 'moustache' of a boat are oxalic or phosphoric-acid "
         "gels of about 1.1 kg/l that cling to the gelcoat; these four bottles are runny, weigh 1.25 kg/l, fume "
         "brown on opening, stain the skin yellow and eat into a copper nail: about 40 % nitric acid (Annex I above "
         "3 %), sent by express to a private person in Kinsale, the first of three parcels from one Southampton "
         "sender that week to the same address, each kept under five litres; British English wording (nitric acid "
         "repeats in many sets and a waterline label once, blind91, a dental cleaner; a hull-stain remover split "
         "over three parcels was found in no earlier row by a keyword search)", person("Ciarán Byrne", "IE")),
        ("PRE-10", "import", "PLAIR01", "air", "UZ", [], "PL", "282919",
         "Magniy xlorati, g'o'za defoliyanti, 1 kg qadoqlarda, 800 dona", "UZ", 800, 800, 1600, "USD",
         "the magnesium chlorate Uzbek cotton farms spray as a defoliant is a yellowish, sticky salt that draws "
         "water and cakes in the bag; these 800 bags hold dry, free-flowing, white crystals that stay dry in damp "
         "air, and the maker's certificate in the file gives CAS 7775-09-9, for a Kraków garden-chemicals web shop "
         "that sells the bags as a path weedkiller: sodium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Tashkent to Kraków; Uzbek wording (sodium chlorate under weedkiller labels "
         "repeats in many sets; a cotton-defoliant label was found in no earlier row by a keyword search)",
         firm("Central Ogród Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLROAD01", "road", "NL", ["BE", "FR", "ES"], "MA", "871610",
         "Gebruikte toercaravans, rijklaar, 12 stuks", "NL", 10800, 12, 18000, "EUR",
         "roadworthy used touring caravans travel on their own wheels with their registration papers and a gas "
         "test; these twelve, bought by weight from Dutch storage yards and insurers, have rotten floors, smashed "
         "windows and wet insulation, dead leisure batteries, absorption fridges with their ammonia-and-chromate "
         "circuits, old gas bottles and rusted axles, no papers, and ride on two car transporters for an Agadir "
         "'camper-hire' dealer who strips them: end-of-life caravans as mixed waste with lead-acid batteries and "
         "hazardous cooling units (16 06 01*, 16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, by road through Spain and over the Strait; Dutch wording (caravans as waste repeat twice, "
         "blind244's circus caravans full of e-waste and blind259's cut-out fridge units; touring caravans as "
         "roadworthy vehicles to Morocco are the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "890393",
         "Imbarcazioni in vetroresina usate, 5-7 m, da riparare, 14 unità", "IT", 18200, 14, 21000, "EUR",
         "repairable used motorboats come with their papers, a survey and engines that turn; these 14 fibreglass "
         "hulls from the back rows of a Liguria dry-stack marina are holed and delaminated, with seized outboards, "
         "undrained fuel tanks and bilges full of oily water, sodden foam and dead batteries, sold by the tonne to "
         "a Sfax yard that burns the hulls for their engines: end-of-life recreational craft with fuel, oils and "
         "lead-acid batteries (13 04 03*, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "from Genoa to Sfax; Italian wording (used GRP boats as waste once, blind193's charter yachts, kept as a "
         "repeat of the good; marina motorboats to Tunisia are the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "850760",
         "LiFePO4 trakční baterie 12 V 200 Ah pro obytné vozy, nové, 600 ks", "CZ", 13200, 600, 12000, "EUR",
         "new LiFePO4 leisure batteries for motorhomes come boxed with a date code, a test report and a UN38.3 "
         "summary, at several hundred euros each; these 600 at 20 EUR each are scuffed packs pulled out of "
         "motorhome conversions, electric boats and rental fleets, some swollen, with cut cables, failed "
         "management boards and mixed makes, for a Lviv 'solar-storage' firm: waste lithium batteries (hazardous, "
         "and e-waste under the Basel amendments) whose export to a non-OECD country is banned, on a lorry from "
         "Brno; Czech wording (LiFePO4 packs once, blind187, telecom racks, and leisure-battery labels once, "
         "blind129, on lead-acid blocks; kept as a repeat of the label, motorhome lithium packs to Ukraine are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "HRSEA01", "sea", "HR", [], "ME", "262190",
         "Rabljeni abraziv za pjeskarenje (bakrena troska), prosijan, za ponovnu upotrebu, 20 t", "HR", 20000, None,
         600, "EUR",
         "sieved copper-slag abrasive for reuse is a black, glassy, even grit; these bags hold grit swept from the "
         "blasting bays of a Split boatyard where yachts and charter boats are stripped of antifouling, mixed with "
         "red and blue paint flakes, dust and rust, that reads copper, zinc and organotin: waste blasting material "
         "containing hazardous substances (12 01 16*), hazardous waste whose export to a non-OECD country is banned, "
         "from Split to Bar for a 'sandblasting contractor'; Croatian wording (spent copper-slag abrasive for "
         "reuse repeats in several sets, blind23 and blind65 among them, from dry docks, kept as a repeat of the "
         "good; from a yacht boatyard to Montenegro is the new part as far as a search found)", {"importer_country": "ME"}),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "MY", "391510",
         "Kutistekalvo, LDPE, puhdas, paalattu, 18 t", "FI", 18000, None, 3600, "EUR",
         "clean LDPE shrink film for recycling is clear, dry, sorted offcuts from a packing line; these bales are "
         "the white winter covers peeled off boats at Helsinki-area marinas in spring, with the strapping, zips, "
         "vents and wooden battens still in them, wet, mouldy, full of sand, bird droppings and antifouling dust: "
         "mixed, contaminated plastic waste (Y48), whose export to a non-OECD country is banned, from Kotka to Port "
         "Klang; Finnish wording (LDPE film waste repeats in many sets; boat shrink-wrap was found in no earlier row "
         "by a keyword search)", {"importer_country": "MY"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "GH", "630622",
         "Brugte telte, sorterede, til genbrug, 14 t", "DK", 14000, None, 2800, "EUR",
         "sorted used tents for reuse are dry, folded, complete tents with poles and pegs; these bales are what "
         "festival-goers left on the camping fields after a Roskilde-area festival, collected with a loader: wet, "
         "torn, muddy tents rolled up with sleeping bags, air beds, camping chairs, food, batteries, bottles and "
         "half-full gas cartridges: mixed municipal waste with pressurised containers and batteries, hazardous "
         "waste whose export to a non-OECD country is banned, from Aarhus to Tema for a 'second-hand' dealer; "
         "Danish wording (used textiles as waste repeat in many sets; festival tents were found in no earlier row by "
         "a keyword search)", {"importer_country": "GH"}),
        ("WST-07", "export", "ROSEA01", "sea", "RO", [], "GE", "731100",
         "Butelii GPL de 11 kg, uzate, pentru reverificare și reumplere, 2.400 buc.", "RO", 31200, 2400, 7200, "EUR",
         "used LPG cylinders sent for requalification are sound, within their test period or due for a test, with "
         "working valves; these 2,400 were collected at season's end from Black Sea campsites and caravan parks: "
         "corroded, dented, decades out of test, with broken or missing valves and many still holding propane: "
         "waste pressure vessels containing hazardous substances (16 05 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Constanța to Poti for a Kutaisi 'gas company'; Romanian wording (gas "
         "cylinders as scrap repeat in several sets and requalification labels twice on ozone rows, blind156 and "
         "blind201; campsite cylinders as waste to Georgia are the new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CV", "841869",
         "Geleiras elétricas de compressor 12 V para campismo, usadas, testadas, 900 unidades", "PT", 16200, 900, 9000,
         "EUR",
         "tested used compressor cool boxes are clean, complete and cool down on a bench; these 900 are the returns "
         "and write-offs of a Lisbon camper-van rental fleet: burnt-out compressors, cut cables, broken lids, and "
         "among them caravan absorption fridges leaking yellow chromate-ammonia solution: waste electrical "
         "equipment with hazardous components (A1180, 16 02 13*), whose export to a non-OECD country is banned, "
         "from Lisbon to Praia; Portuguese wording (used fridges as e-waste repeat in many sets and cool boxes in a "
         "few on other goods; camping cool boxes from a camper-van rental fleet to Cabo Verde are the new part as "
         "far as a search found)", {"importer_country": "CV"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "LB", "840710",
         "Μεταχειρισμένες εξωλέμβιες μηχανές, 40 τεμ.", "GR", 2400, 40, 12000, "EUR",
         "a boat-parts container for Beirut: used outboard motors and propellers are what Piraeus dealers ship to "
         "Lebanese fishermen and boat-rental firms, but the third item's 'reconditioned marine starter batteries' "
         "are 600 spent lead-acid batteries from charter fleets and marinas, cracked, leaking and unrecharged: waste "
         "lead-acid batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; Greek wording (lead-acid batteries repeat in many "
         "sets, kept as a repeat of the good; behind outboard motors to Lebanon is the new part as far as a search "
         "found)",
         dict({"importer_country": "LB"},
              _more_items=[item("848710", "Έλικες σκαφών, μεταχειρισμένες, 200 τεμ.", "GR", 1600, 3000, "EUR", qty=200),
                           item("850710", "Μπαταρίες εκκίνησης σκαφών, ανακατασκευασμένες, 600 τεμ.", "GR", 15000, 1800,
                                "EUR", qty=600)])),
        ("WST-10", "export", "BGSEA01", "sea", "BG", [], "EG", "700100",
         "Стъклен трошен, чист, безцветен, 22 t", "BG", 22000, None, 1100, "EUR",
         "clean colourless cullet is crushed bottle and flat glass, sorted and free of metal; these bags hold "
         "crushed CRT funnel glass and fluorescent tubes with their white phosphor powder, end caps and wires, from "
         "a Plovdiv e-waste dismantler, that read lead and mercury: hazardous glass waste (16 02 15*, 20 01 21*), "
         "whose export to a non-OECD country is banned, from Varna to Alexandria; Bulgarian wording (CRT glass "
         "under cullet labels repeats in several sets, kept as a repeat; from Bulgaria to Egypt is the new part as "
         "far as a search found)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLAIR01", "air", "KR", [], "NL", "381400",
         "고무보트 (PVC·하이파론) 수리용 접착제 희석제, 1 L, 120병", "KR", 149, 120, 900, "USD",
         "the thinners and cleaners for the two-part glues that patch PVC and Hypalon inflatable boats and tenders "
         "are MEK or toluene blends of about 0.8 kg/l that burn; these 120 bottles weigh 1.24 kg/l, boil in the warm "
         "hand at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose "
         "import into the Union is banned, flown from Incheon to Amsterdam for a Lelystad inflatable-boat dealer; "
         "Korean wording (HCFC-141b under solvent labels repeats in many sets; an inflatable-boat glue thinner was "
         "found in no earlier row by a keyword search)", firm("Horizon Rubberboten BV", "NL")),
        ("OZN-02", "import", "ESSEA01", "sea", "IN", [], "ES", "842410",
         "કેરાવાન અને મોટરહોમ માટે અગ્નિશામક, 1 કિગ્રા, 600 નંગ", "IN", 1080, 600, 4800, "USD",
         "the 1 kg extinguishers sold for caravans and motorhomes hold ABC powder or a foam that sloshes; these 600 "
         "red cans hiss, spray a liquid that vanishes into a sweet gas, and the valve collars read 'BCF' under the "
         "new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import "
         "into the Union is banned, by sea from Mundra to Valencia for a motorhome-accessories wholesaler; Gujarati "
         "wording (halon 1211 repeats in many sets and extinguisher labels in several; a caravan and motorhome "
         "extinguisher label was found in no earlier row by a keyword search)", firm("Meridian Autocaravanas SL", "ES")),
        ("OZN-03", "import", "DEAIR01", "air", "CA", [], "DE", "381400",
         "Nettoyant détachant pour toiles d'auvent et de tente, 1 L, 96 bouteilles", "CA", 153, 96, 700, "CAD",
         "the spot cleaners sold for caravan awnings and tent canvas are water-based or citrus solvents of about "
         "0.9 kg/l; these 96 bottles weigh 1.59 kg/l, do not burn, smell sweetly of chloroform and evaporate cold "
         "from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Montréal to "
         "Frankfurt for a camping-equipment importer; Canadian French wording (carbon tetrachloride repeats in many "
         "sets and stain-remover labels in several; an awning and tent cleaner label was found in no earlier row by "
         "a keyword search)", firm("Orion Campingbedarf GmbH", "DE")),
        ("OZN-04", "import", "PLSEA01", "sea", "CN", [], "PL", "841869",
         "12V压缩机车载冰箱 (露营用), R-600a, 40升, 800台", "CN", 12000, 800, 96000, "USD",
         "12-volt compressor cool boxes for camping run on isobutane (R-600a), carry a flame mark and hold a few "
         "dozen grams; these 800 have no flame mark, a 70 g charge that reads 5.7 bar at 20 °C, non-flammable gas "
         "at the service port and compressors stamped 'R12' under the labels: products containing CFC-12 "
         "(dichlorodifluoromethane), whose import into the Union is banned, by sea from Ningbo to Gdańsk for a "
         "camping wholesaler; Chinese wording (CFC-12 appliances repeat in many sets and cool boxes in a few on "
         "other goods; camping compressor cool boxes on CFC-12 are the new part as far as a search found)",
         firm("Vega Camping Sp. z o.o.", "PL")),
        ("OZN-05", "import", "GRAIR01", "air", "IL", [], "GR", "340319",
         "שמן ערפול לשימור מנועי סירות בחורף, תרסיס 340 גרם, 1,200 יח'", "IL", 408, 1200, 3600, "USD",
         "the fogging oils sprayed into a boat engine's intake before winter lay-up are light mineral oil with "
         "propane-butane, flammable, and float on water; these 1,200 cans spray a heavy, sweet-smelling solvent that "
         "sinks, does not burn and leaves only a thin oil: 1,1,1-trichloroethane (methyl chloroform) as the "
         "carrier, whose import into the Union is banned, flown from Tel Aviv to Athens for a Lavrion marina "
         "chandlery; Hebrew wording (methyl chloroform repeats in many sets; a boat-engine fogging-oil label was "
         "found in no earlier row by a keyword search)", firm("Delta Naftiliaka AE", "GR")),
        ("OZN-06", "transit", "DESEA01", "sea", "IN", ["DE"], "NO", "381400",
         "പായ്ക്കപ്പൽ പായകൾക്കുള്ള കറ നീക്കി ലായനി, 5 ലിറ്റർ, 80 കാൻ", "IN", 628, 80, 2400, "USD",
         "the spot cleaners sailmakers use on spinnakers and laminated sails are isoparaffin or citrus solvents of "
         "about 0.76 kg/l that burn; these 80 cans weigh 1.57 kg/l, do not burn, smell faintly sweet and the "
         "drum-filler's inner labels read 'R-113': CFC-113 (trichlorotrifluoroethane), moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Hamburg in transit from Kochi to a Bergen "
         "sail loft; Malayalam wording (CFC-113 repeats in many sets; a sail spot-cleaner label on a transit through "
         "Hamburg was found in no earlier row by a keyword search)", {"importer_country": "NO"}),
        ("OZN-07", "import", "FRSEA01", "sea", "US", [], "FR", "890332",
         "Used sport-fishing motor yacht, 52 ft, 2061, twin diesel, FM-200 engine-room system, 1 unit", "US", 24000,
         1, 380000, "USD",
         "a used American sport-fisher for a Cannes charter firm: its engine-room system should hold HFC-227ea "
         "(FM-200) at about 25 bar with an agent certificate, but the two spherical bottles read 42 bar, their "
         "agent weight fits a denser gas and the data plates under the new stickers read 'Halon 1301', and the "
         "cockpit bait freezer's compressor plate reads 'R-12': a vessel carrying products containing halon 1301 "
         "and CFC-12, whose import into the Union is banned, by sea from Fort Lauderdale to Marseille; US English "
         "wording (halon in yachts' engine rooms and motor yachts repeat in several sets, blind173 and blind243 "
         "among them, kept as a repeat; an FM-200 label on a sport-fisher for a charter firm is the new part as far "
         "as a search found)", firm("Atlantic Yachting Charter SARL", "FR")),
        ("OZN-08", "import", "ROROAD01", "road", "MD", [], "RO", "392690",
         "Rampe de nivelare pentru rulote și autorulote, 200 buc.", "MD", 800, 200, 2400, "EUR",
         "a caravan-accessories van from Chișinău for a Iași dealer: levelling ramps and caravan covers are what "
         "the Moldovan supplier sends, but the third item's 'R-134a for caravan air conditioners' is 120 one-kilo "
         "cylinders that read 5.7 bar at 20 °C, whose gas a leak detector names CFC-12 and whose valves carry old "
         "stamps: dichlorodifluoromethane, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, at Sculeni; Romanian wording from Moldova (CFC-12 under R-134a labels repeats in "
         "many sets, kept as a repeat; behind caravan levelling ramps is the new part as far as a search found)",
         dict(firm("Central Rulote SRL", "RO"),
              _more_items=[item("630612", "Huse de protecție pentru rulote, 60 buc.", "MD", 540, 3000, "EUR", qty=60),
                           item("290345", "Agent frigorific R-134a pentru aer condiționat de rulotă, butelii 1 kg, 120 buc.",
                                "MD", 120, 900, "EUR", qty=120)])),
        ("OZN-09", "import", "CYSEA01", "sea", "JO", [], "CY", "382769",
         "غاز تبريد R-407C، أسطوانات 11.3 كغ، 400 أسطوانة", "JO", 4520, 400, 6000, "USD",
         "R-407C is an HFC blend that comes in brown cylinders with a certificate and reads about 9 bar at 20 °C; "
         "these 400 disposable cylinders read 9.1 bar, a leak detector names HCFC-22 and the valve stamps are old: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Aqaba to Limassol for "
         "an air-conditioning installer; Jordanian Arabic wording (HCFC-22 under HFC-blend labels repeats in many "
         "sets, kept as a repeat; from Jordan to Cyprus is the new part as far as a search found)",
         firm("Orion Cooling Ltd", "CY")),
        ("OZN-10", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "Precision cleaning fluid, hydrofluoroether (HFE-7100 equivalent), 5 l, 40 cans", "IN", 290, 40, 4000, "USD",
         "HFE-7100 is a clear fluid of 1.52 kg/l that boils at 61 °C and costs tens of euros a litre; these 40 cans "
         "weigh 1.45 kg/l, boil in the warm hand at 32 °C, smell faintly ethereal and cost a tenth as much: "
         "HCFC-141b, whose import into the Union is banned, flown from Chennai to Milan for an electronics "
         "repairer; Indian English wording (HCFC-141b under cleaning-fluid labels repeats in many sets and a "
         "hydrofluoroether label once, blind41, on HCFC-225, kept as a repeat; from India to Italy is the new part as "
         "far as a search found)",
         firm("Alpina Elettronica Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "KG", [], "NL", "630629",
         "Глэмпинг үчүн колдонулган боз үй, толук комплект (кереге, уук, түндүк, кийиз), 1 топтом", "KG", 450, 1, 3500,
         "USD",
         "glamping yurts from Kyrgyz workshops are new: pale, sanded willow lattices, factory felt and "
         "machine-woven bands; this one has a smoke-blackened, hand-bent willow frame, a carved, red-painted "
         "tündük crown worn smooth by ropes, door leaves painted and inlaid with bone, hand-woven tent bands and "
         "chiy screens of wrapped reed, old and moth-eaten: a 19th-century boz üy of ethnographic heritage value "
         "whose export Kyrgyzstan forbids without a permit, brought in against Regulation 2019/880 (Article 3(1)), "
         "flown from Bishkek to Amsterdam for a Veluwe glamping site; Kyrgyz wording (Kyrgyz and Central Asian "
         "textiles repeat in several sets; a glamping yurt was found in no earlier row by a keyword search)",
         firm("Horizon Glamping BV", "NL")),
        ("CUL-02", "import", "DESEA01", "sea", "PG", [], "DE", "890393",
         "Olpela kanu diwai, bilong pilai long solwara, 6 mita, 1", "PG", 280, 1, 600, "USD",
         "an old dugout for lake leisure is a plain, patched log canoe that Sepik villagers sell cheaply; this 6 m "
         "hull has a prow carved as a crocodile head with clan figures, ochre and lime paint, cowrie eyes and a "
         "fire-hardened hull worn by paddlers, used in initiations: a ceremonial canoe whose export Papua New "
         "Guinea's National Cultural Property (Preservation) Act forbids without a permit, brought in against "
         "Regulation 2019/880 (Article 3(1)), by sea from Lae to Hamburg for a Bremen canoe and kayak dealer; Tok "
         "Pisin wording (Sepik carvings repeat twice, blind114 and blind116, kept as a repeat of the region, and a "
         "bark canoe once, blind176, under a replica label; a dugout for lake leisure was found in no earlier row by "
         "a keyword search)", firm("Nordhafen Kanu & Kajak GmbH", "DE")),
        ("CUL-03", "import", "FRAIR01", "air", "NZ", [], "FR", "442199",
         "Carved wooden bow ornament for a sailing yacht, new, 1 pc", "NZ", 18, 1, 600, "NZD",
         "new carved bow ornaments for yachts are pale, machine-routed kauri or resin with bright paua; this 1.1 m "
         "piece is a dark, weathered canoe prow (tauihu) with pierced double spirals, a forward-leaning figure, "
         "paua eyes set in old gum, lashing holes worn by flax cord and a museum-style number painted over: a "
         "taonga tūturu of a Māori waka whose export New Zealand's Protected Objects Act forbids without a "
         "certificate, brought in against Regulation 2019/880 (Article 3(1)), flown from Auckland to Brest for a "
         "classic-yacht owner's firm; New Zealand English wording (Māori taonga repeat in several sets; a yacht bow "
         "ornament was found in no earlier row by a keyword search)", firm("Rivage Voile Classique SARL", "FR")),
        ("CUL-04", "import", "ITSEA01", "sea", "TN", [], "IT", "690740",
         "Carreaux de mosaïque récupérés pour terrasse de camping-car, 30 plaques", "TN", 180, 30, 300, "EUR",
         "reclaimed mosaic tiles for a terrace are modern glass or zellige squares on a mesh; these 30 slabs are "
         "small stone and terracotta tesserae set in old lime mortar, cut in squares from a floor with a guilloche "
         "border, a fish and part of a Latin name: a Roman floor mosaic lifted from a site in the Sahel of Tunisia, "
         "an archaeological object over 250 years old brought in without the import licence Regulation 2019/880 "
         "(Article 4) requires and against Tunisia's export ban, in the garage of an Italian couple's motorhome on "
         "the Tunis-Genoa ferry; Tunisian French wording (Roman mosaics repeat in many sets; a motorhome on the "
         "Tunis ferry is the new part as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-05", "export", "GRSEA01", "sea", "GR", [], "TR", "780600",
         "Βαρίδια μολύβδου για αγκυροβόλιο σκάφους, παλιά, 3 τεμ.", "GR", 240, 3, 150, "EUR",
         "old lead mooring weights are cast blocks or pigs with an eye; these three are 1.2-1.8 m lead anchor "
         "stocks with a box for the wooden shank, cast dolphins and astragals and a Latin name stamp, white with "
         "marine crust: Roman anchor stocks raised from the seabed off the Dodecanese, archaeological objects over "
         "100 years exported without the EU export licence (Regulation 116/2009) and against Greek law, on the "
         "export declaration of a charter yacht sailing from Rhodes to Bodrum; Greek wording (lead anchor stocks "
         "repeat in a few sets, blind145 and blind203 among them, kept as a repeat; a mooring-weight label on a "
         "charter yacht to Bodrum is the new part as far as a search found)", {"importer_country": "TR"}),
        ("CUL-06", "import", "ATAIR01", "air", "IR", [], "AT", "520852",
         "پارچه نخی چاپی برای سایبان کاروان و چادر، ۶ قطعه", "IR", 30, 6, 180, "EUR",
         "printed cotton for caravan awnings and tents is machine-printed, treated canvas sold by the metre; these "
         "six panels are hand block-printed and painted (qalamkar) with mihrab arches, cypresses and a nastaʿlīq "
         "inscription, faded, with loops for tent poles and old repairs: hangings from a 19th-century Qajar tent, "
         "cultural goods whose export Iran forbids, brought in against Regulation 2019/880 (Article 3(1)), flown "
         "from Isfahan to Vienna for a caravan-accessories shop that resells them to a dealer; Persian wording "
         "(Qajar textiles repeat in several sets; a caravan-awning fabric label was found in no earlier row by a "
         "keyword search)", firm("Vega Wohnwagen Zubehör GmbH", "AT")),
        ("CUL-07", "import", "BEAIR01", "air", "LB", [], "BE", "630690",
         "أراجيح تخييم قطنية، 100 قطعة", "LB", 150, 100, 1200, "USD",
         "a camping-goods air shipment from Beirut for a Liège outdoor shop: cotton hammocks and woven ground mats "
         "are what the Lebanese supplier sends, but the third item's 'antique-style brass camping lanterns' are 20 "
         "cast bronze oil lamps with figured handles and a polycandelon with cross-shaped openings, green with "
         "earth in the nozzles, not new spun sheet brass with a glass chimney: Byzantine and Late Roman lamps dug in "
         "Syria, archaeological objects over 250 years brought in without the import licence Regulation 2019/880 "
         "(Article 4) requires, hidden as the last item of a three-item declaration; Lebanese Arabic wording "
         "(ancient lamps repeat in many sets and lantern labels in several; camping lanterns behind hammocks are the "
         "new part as far as a search found)",
         dict(firm("Delta Camping Liège SA", "BE"),
              _more_items=[item("570500", "حصائر أرضية منسوجة للتخييم، 60 قطعة", "LB", 90, 600, "USD", qty=60),
                           item("940550", "فوانيس تخييم نحاسية، طراز عتيق، 20 قطعة", "LB", 14, 300, "USD", qty=20)])),
        ("CUL-08", "import", "BESEA01", "sea", "ID", [], "BE", "442199",
         "Patung kayu taman, baru, gaya Toraja, 2 buah", "ID", 60, 2, 200, "USD",
         "new Toraja-style garden figures are pale, freshly carved jackfruit wood with bright paint; these two are "
         "grey, weathered tau-tau effigies of jackfruit wood with inlaid bone eyes, real cloth and hair remains "
         "and lichen, taken from a cliff grave gallery in Tana Toraja: funerary effigies whose removal and export "
         "Indonesia forbids, brought in against Regulation 2019/880 (Article 3(1)), by sea from Makassar to "
         "Antwerp for a garden-decoration shop; Indonesian wording (Toraja effigies repeat in a few sets, kept as a "
         "repeat; a garden-statue label to Antwerp is the new part as far as a search found)",
         firm("Orion Tuindecoratie BV", "BE")),
        ("CUL-09", "export", "CZAIR01", "air", "CZ", [], "US", "442199",
         "Vyřezávaná lipová socha Madony, nová, ruční práce, 1 ks", "CZ", 22, 1, 250, "EUR",
         "a new hand-carved lime-wood Madonna is pale, crisp and lightly stained; this 90 cm figure has layered "
         "polychromy and gilding, worm holes, a flat back hollowed for an altar niche and a parish inventory number "
         "under the base: a late Gothic Madonna stolen from a Bohemian village church, a cultural good exported "
         "without the EU export licence (Regulation 116/2009) and listed as stolen, flown from Prague to a New York "
         "dealer; Czech wording (Gothic church sculptures repeat in many sets, kept as a repeat; a new-carving label "
         "from Prague to New York is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-10", "transit", "MTSEA01", "sea", "LY", ["MT"], "AE", "680291",
         "تماثيل حجرية للحدائق، جديدة، 2 قطعة", "LY", 260, 2, 300, "USD",
         "new stone garden statues are sawn, evenly tooled and sharp; these two are veiled limestone funerary "
         "busts of women with worn faces, root marks and fresh breaks at the base: Cyrenaican funerary busts "
         "(4th-1st century BC) looted in eastern Libya, landed at Malta Freeport in transit from Benghazi to a "
         "Dubai dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Libyan Arabic wording "
         "(Cyrenaican sculptures repeat in several sets, kept as a repeat; a transit through Malta is the new part "
         "as far as a search found)", {"importer_country": "AE"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLROAD01", "road", "NL", ["DE", "AT", "HU", "RO", "BG", "TR"], "GE", "870333",
         "Gebruikte campers (kastenwagen), diesel, 4 stuks", "NL", 14000, 4, 160000, "EUR",
         "used panel-van campers for a Tbilisi camper-hire firm would be older vans at 20,000-40,000 EUR each; "
         "these four are 2069-2070 integrated motorhomes with full equipment, bought from a Dutch dealer at "
         "95,000-140,000 EUR each and declared at 40,000, for a firm registered in Tbilisi this summer whose "
         "forwarder's onward papers run to Vladikavkaz and a Moscow buyer: motor vehicles over 50,000 EUR, luxury "
         "goods whose sale for use in Russia Regulation 833/2014 (Article 3h, Annex XVIII) forbids, under-declared, "
         "on two car transporters from Venlo; Dutch wording (luxury vehicles via Georgia repeat in several sets and used campers for a "
         "camper-hire firm once, blind214, on ozone; luxury motorhomes for a Georgian camper-hire firm were found in "
         "no earlier strategic row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-02", "export", "FIAIR01", "air", "FI", [], "KG", "851829",
         "Veneiden vedenkestävät kaiuttimet, 400 kpl", "FI", 600, 400, 8000, "EUR",
         "waterproof boat speakers are light cones in a plastic grille at 20 EUR a piece; these 400 cartons hold "
         "7-inch multi-function chartplotters with multi-constellation GNSS receivers at about 900 EUR each, for a "
         "Bishkek 'boat shop' set up this year whose only water is Issyk-Kul and whose freight goes on by road to "
         "Russia: GNSS receivers (8526 91), on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Helsinki; Finnish wording (GNSS "
         "receivers repeat in many sets; chartplotters under a boat-speaker label were found in no earlier row by a "
         "keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AE", "852589",
         "Telecamere di retromarcia per camper, 600 pz", "IT", 120, 600, 9000, "EUR",
         "reversing cameras for motorhomes are small CMOS cameras with an infrared LED ring at about 15 EUR each; "
         "these 600 are uncooled 640 x 512 microbolometer thermal cores with 12 µm pitch and a 60 Hz frame rate, "
         "with no housing or cable, at 1,500 EUR each, for a Dubai 'caravan-accessories' reseller whose orders go "
         "on to Tehran: thermal imaging cameras controlled under dual-use 6A003 and listed in the Iran regulation, "
         "exported without a licence, flown from Milan; Italian wording (thermal cores repeat in many sets and reversing-camera labels on them twice, "
         "blind78 and blind148, kept as a repeat of the label; for motorhomes, to Dubai is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "DKSEA01", "sea", "DK", [], "TR", "760320",
         "Aluminiumpigment til bådmaling, flager, 25 kg tromler, 80 stk.", "DK", 2000, 80, 9000, "EUR",
         "aluminium pigment for boat primers and antifouling undercoats is a grey paste or powder of thin leafing "
         "flakes that glitters; these 80 drums hold a dull grey, free-flowing powder of 99.7 % aluminium in round "
         "particles of 5-30 µm, inerted under argon, with an atomiser's certificate in the file, for an İzmir "
         "'marine-paint' trader whose orders go on to Bandar Abbas: spherical aluminium powder controlled under "
         "dual-use 1C111 and listed in the Iran regulation, exported without a licence, from Aarhus; Danish wording "
         "(aluminium powders under paint-pigment labels repeat in several sets, blind17, blind115 and blind134 among "
         "them, kept as a repeat; a boat-paint pigment from Denmark to İzmir is the new part as far as a search "
         "found)", {"importer_country": "TR"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", [], "AE", "681513",
         "Tubes carbone pour mâts et bômes de dériveurs, 2 m, 600 pièces", "FR", 1800, 600, 18000, "EUR",
         "dinghy masts and booms are thin-walled, standard-modulus roll-wrapped tubes of 40-70 mm at a few hundred "
         "euros; these 600 are filament-wound high-modulus tubes of 150 mm bore with 4 mm walls and a hoop-wound "
         "inner layer, at 3,000 EUR each on the maker's list, for a Jebel Ali 'sailing-club supplier' whose "
         "shipments go on to Iran: composite structures controlled under dual-use 1C010 and listed in the Iran "
         "regulation, exported without a licence, from Marseille; French wording (carbon-fibre tubes repeat in a "
         "few sets; a dinghy-mast label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "import", "LTROAD01", "road", "BY", [], "LT", "271119",
         "Баллоны газовые туристические, пропан-бутан, 5 кг, 1 200 шт., происхождение Казахстан", "KZ", 6000, 1200,
         7200, "EUR",
         "Kazakh LPG would come by rail with a Kazakh refinery's certificate; these 1,200 camping cylinders were "
         "filled at a plant near Smolensk, whose fill stamps are on the collars, and carry a Kazakh certificate of "
         "origin from a trading house in Petropavl, for a Vilnius camping wholesaler: Russian liquefied petroleum "
         "gas, whose import into the Union Regulation 833/2014 forbids, in a van at Medininkai; Russian wording "
         "from Kazakhstan (Russian LPG under Kazakh origin repeats in a few sets, blind102 and blind112, by rail; "
         "kept as a repeat, camping cylinders by road are the new part as far as a search found)",
         firm("Vega Kempingas UAB", "LT")),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "AE", "890312",
         "Opblaasbare kajaks, 2-persoons, 60 stuks", "NL", 720, 60, 9000, "EUR",
         "a watersports air shipment for a Dubai rental firm: inflatable kayaks and life jackets are what Dutch "
         "suppliers send, but the third item's 'onderwaterdrones voor sportvissers' are two 80 kg autonomous "
         "underwater vehicles rated to 1,000 m with inertial navigation and side-scan sonar, not the 4 kg tethered "
         "camera drones anglers buy, for a firm whose orders go on to Bandar Abbas: unmanned submersibles "
         "controlled under dual-use 8A001 and listed in the Iran regulation, hidden as the last item of a "
         "three-item declaration, flown from Amsterdam; Dutch wording (underwater drones repeat in a few sets, "
         "kept as a repeat; behind inflatable kayaks is the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("630790", "Reddingsvesten, 200 stuks", "NL", 120, 2000, "EUR", qty=200),
                           item("890690", "Onderwaterdrones voor sportvissers, 2 stuks", "NL", 160, 3000, "EUR", qty=2)])),
        ("STR-08", "import", "PLSEA01", "sea", "TR", [], "PL", "441233",
         "Huş kontrplak, 15 mm, karavan mobilyası için, Türk menşeli, 60 m3", "TR", 40800, None, 36000, "USD",
         "Türkiye grows little birch and its plywood mills peel poplar and pine; these 60 m3 are 1525 x 1525 mm "
         "birch panels, the Russian format, with Russian mill stamps on the edges under fresh paint and a Turkish "
         "certificate of origin from a Düzce trader, for a Polish caravan factory's furniture line: Russian wood "
         "products, whose import into the Union Regulation 833/2014 forbids, by sea from Derince to Gdynia; Turkish "
         "wording (Russian birch plywood under Kazakh origin repeats in several sets, blind17 and blind106 among "
         "them, kept as a repeat; Turkish origin for caravan furniture is the new part as far as a search found)",
         firm("Nordhafen Przyczepy Kempingowe Sp. z o.o.", "PL")),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "TR", "850440",
         "Frequenzumrichter für Kompressoren, 3 kW, 24 Stück", "DE", 240, 24, 7200, "EUR",
         "compressor drives are ordinary 50-60 Hz inverters at a few hundred euros; these 24 deliver 600-2,000 Hz "
         "with under 0.2 % frequency stability and multiphase output, at 6,000 EUR each on the maker's list, for an "
         "Istanbul 'compressor' firm whose earlier consignments went on to Tehran: frequency changers controlled "
         "under dual-use 3A225 (gas-centrifuge drives), exported without a licence, flown from Frankfurt; German "
         "wording (frequency changers repeat in several sets, kept as a repeat; a compressor-drive label from "
         "Frankfurt to Istanbul is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "HUROAD01", "road", "HU", [], "RS", "850490",
         "Napelemes inverter alkatrészek, teljesítménymodulok, 3 000 db", "HU", 900, 3000, 12000, "EUR",
         "spare power modules for solar inverters are small, plastic-cased boards at a few euros; these 3,000 are "
         "new 1,200 V IGBT and silicon-carbide modules of automotive grade, at 80-200 EUR each, for a Novi Sad firm "
         "set up in spring whose lorries go on to Russia: transistors (8541 29) on the common high-priority list, "
         "whose re-export to Russia Regulation 833/2014 forbids, on a lorry at Röszke; Hungarian wording (IGBT "
         "modules repeat in several sets, kept as a repeat; a solar-inverter spare-parts label to Serbia is the new "
         "part as far as a search found)", {"importer_country": "RS"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "NA", [], "NL", "420500",
         "Bedruckte Rinderfell-Teppiche mit Haar, Zebramuster, für Glamping-Zelte, 24 Stück", "NA", 190, 24, 2400,
         "USD",
         "printed hair-on cowhide rugs have short, stiff cattle hair with a stencilled pattern that repeats from "
         "rug to rug and a cow's outline; these 24 have soft, dense hair with stripes that run through to the skin, "
         "a dewlap and a gridiron pattern over the rump and no two alike: hides of Hartmann's mountain zebra (Equus "
         "zebra hartmannae, CITES App. II) without the Namibian export permit, flown from Windhoek to Amsterdam for "
         "a glamping-site furnisher; Namibian German wording (printed cowhide labels repeat once, blind116, on a "
         "leopard-print rug, kept as a repeat of the label; zebra hides for glamping tents are the new part as far "
         "as a search found)", firm("Meridian Glamping Interieur BV", "NL")),
        ("WLF-02", "import", "DEAIR01", "air", "BR", [], "DE", "440890",
         "Lâminas de madeira para interiores de iates e autocaravanas, jacarandá 'santos' (Machaerium), 600 m²", "BR",
         400, None, 3000, "USD",
         "Santos palisander veneer (Machaerium scleroxylon) is a lawful, brownish 'jacarandá' with a fine stripe; "
         "these sheets are chocolate-brown to violet with black spidery veining and a sweet rose smell when "
         "sanded, and the flitch ends carry an old Bahia mill mark: Brazilian rosewood (Dalbergia nigra, CITES App. "
         "I) without CITES documents, flown from São Paulo to Frankfurt for a yacht and motorhome interior "
         "builder; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets and santos labels on it in "
         "a few; a yacht and motorhome interior veneer label was found in no earlier row by a keyword search)",
         firm("Horizon Yachtinterieur GmbH", "DE")),
        ("WLF-03", "import", "ESROAD01", "road", "MA", [], "ES", "940490",
         "Poufs en cuir brodé, artisanat, effets de voyage d'un camping-car, 4 pièces", "MA", 12, 4, 120, "EUR",
         "leather poufs in a motorhome's garage are flat-packed or stuffed with rags and weigh a kilo or two; one "
         "of these four is warm, moves and has air holes cut in the base, and holds a drugged, six-month-old "
         "monkey with a pale face and no tail: a Barbary macaque (Macaca sylvanus, CITES App. I) taken from the "
         "Middle Atlas, without CITES documents, in a Spanish couple's motorhome off the Tanger Med ferry at "
         "Algeciras; Moroccan French wording (Barbary macaques repeat in a few sets, kept as a repeat of the good; "
         "a pouf in a motorhome is the new part as far as a search found)", person("Sr. J. García", "ES")),
        ("WLF-04", "import", "DESEA01", "sea", "UY", [], "DE", "870333",
         "Reisemobil, gebraucht, eigenes Fahrzeug, Rückführung nach Südamerikareise, mit Campingausrüstung, 1", "DE",
         3600, 1, 40000, "EUR",
         "an overland camper shipped home from Montevideo carries its owners' camping gear, spare parts and a few "
         "souvenirs; this one's storage boxes, under the camping chairs, hold 340 live cacti wrapped in newspaper, "
         "grey, spiny, woolly-crowned globes with long taproots and desert soil: Copiapoa and Eriosyce dug in the "
         "Atacama (CITES App. II, some App. I), without Chilean export permits, landed at Hamburg off a ro-ro ship "
         "from Montevideo; German wording (Chilean cacti repeat in a few sets, kept as a repeat of the good; an "
         "overland camper shipped home is the new part as far as a search found)", person("Familie Hoffmann", "DE")),
        ("WLF-05", "import", "BESEA01", "sea", "CD", [], "BE", "440929",
         "Lames de pont de bateau en iroko, rabotées, profilées, 18 m3", "CD", 12600, None, 16000, "USD",
         "iroko deck strips are yellow-brown, coarse-grained and darken to copper with chalky deposits; these strips "
         "are finer, golden-brown with an olive cast and darker streaks and no chalk: afrormosia (Pericopsis elata, "
         "CITES App. II) without CITES documents, by sea from Matadi to Antwerp for a Nieuwpoort boatyard's "
         "decking supplier; Congolese French wording (afrormosia under iroko labels repeats in many sets, kept as a "
         "repeat; boat-deck strips are the new part as far as a search found)", firm("Delta Marine Hout BV", "BE")),
        ("WLF-06", "import", "PTAIR01", "air", "GW", [], "PT", "392690",
         "Réplica de troféu de pesca desportiva (bico de peixe-espada), resina, 2 peças", "GW", 6, 2, 150, "EUR",
         "resin trophy replicas from sport-fishing lodges are light, hollow casts with even paint; these two are "
         "heavy, flat rostra over a metre long with 20-odd pairs of real, worn teeth set in sockets, dried skin at "
         "the base: largetooth sawfish rostra (Pristis pristis, CITES App. I) from the Bijagós, without CITES "
         "documents, flown from Bissau to Lisbon by a guest of a sport-fishing camp; Guinea-Bissau Portuguese "
         "wording (sawfish rostra repeat in several sets, kept as a repeat; a fishing-holiday trophy replica was "
         "found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("WLF-07", "import", "ITAIR01", "air", "KE", [], "IT", "680299",
         "Vinyago vya jiwe la sabuni, 200", "KE", 180, 200, 600, "USD",
         "a Nairobi curio shipment for a Rome ethnic-goods shop: Kisii soapstone carvings and kikoy wraps are what "
         "the supplier sends, but the third item's 'carved bone bangles' are 60 heavy, creamy bangles with "
         "cross-hatched Schreger lines on the cut faces: elephant ivory (Loxodonta africana, CITES App. I) without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Nairobi to Rome; "
         "Swahili wording (ivory as bone repeats in many sets, kept as a repeat; behind soapstone carvings is the "
         "new part as far as a search found)",
         dict(firm("Orion Artigianato Etnico Srl", "IT"),
              _more_items=[item("630790", "Vitambaa vya kikoi, 300", "KE", 90, 900, "USD", qty=300),
                           item("960190", "Bangili za mfupa zilizochongwa, 60", "KE", 9, 120, "USD", qty=60)])),
        ("WLF-08", "import", "FRAIR01", "express", "VN", [], "FR", "071239",
         "Mộc nhĩ khô, 2 kg", "VN", 2, None, 30, "USD",
         "dried wood-ear mushrooms are light, black, crinkled discs; this parcel holds 40 flattened, dried lizards "
         "stretched on bamboo sticks, grey-blue with orange spots and sticky toe pads: tokay geckos (Gekko gecko, "
         "CITES App. II) for a traditional remedy, without CITES documents, sent by express from Ho Chi Minh City "
         "to a private person in Lyon; Vietnamese wording (tokay geckos repeat in several sets, kept as a repeat, and "
         "dried-mushroom labels once on other goods, blind82; on geckos from Vietnam is the new part as far as a "
         "search found)", person("Mme Claire Martin", "FR")),
        ("WLF-09", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "050790",
         "Koedoehoringstukke, gesny, vir meshefte, 30 kg", "ZA", 30, None, 600, "USD",
         "cut kudu horn for knife handles is ridged, spiral, hollow keratin that smells of burnt hair under a hot "
         "needle; these 30 kg are dense, fibrous, solid blocks with no core and a matted-hair grain on the cut "
         "faces: rhinoceros horn (CITES App. I) without CITES documents, landed at Frankfurt in transit from "
         "Johannesburg to Hanoi; Afrikaans wording (rhino horn under trophy and horn labels repeats in many sets, "
         "kept as a repeat; a kudu knife-handle label on a transit through Frankfurt is the new part as far as a "
         "search found)", {"importer_country": "VN"}),
        ("WLF-10", "import", "ESAIR01", "express", "HN", [], "ES", "392690",
         "Llaveros flotantes para llaves de lancha, resina negra pulida, 30 unidades", "HN", 0.9, 30, 90, "USD",
         "floating key rings for boat and dinghy keys are foam or hollow plastic fobs that bob on water; these 30 "
         "are glossy black, polished, horn-like fobs that sink at once, with fine concentric growth rings on the "
         "cut ends and a golden sheen under a lamp: black coral (Antipatharia spp., CITES App. II) from the reefs "
         "off Roatán, sold to dive-boat and liveaboard guests, without CITES documents, sent by express from San "
         "Pedro Sula to a private person in Madrid; Honduran Spanish wording (black coral repeats in many sets under "
         "resin, onyx and bead labels, kept as a repeat of the good; a floating boat-key ring was found in no "
         "earlier row by a keyword search)", person("Maria Lopez", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "TR", "NL", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (bleaching a boat's teak deck)", "TR", 3.4, 3,
     36, "EUR", [("PRECURSOR_LICENCE", "NL-JUS-70-0188")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "US", "DE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-boat racing engines)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "DE-BW-70-0342")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "890393",
     "End-of-life GRP boats from Lake Geneva marinas, 12 hulls, drained, for dismantling at a licensed plant", "CH",
     14000, 12, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-70-0417")], "notified end-of-life boats to a licensed dismantler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854912",
     "Waste lithium-ion leisure batteries from motorhomes and electric boats, for recycling, 6 t", "NO", 6000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-70-0121")], "notified waste leisure batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "US", "ES", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft portable extinguishers", "US",
     300, 10, 9000, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-70-009")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "DE-UBA-ODS-70-014")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "GRSEA01", "sea", "GR", "US", "970510",
     "Roman lead anchor stock, documented collection since 1938, loan to a US maritime museum", "GR", 180, 1, 25000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-70-0064")],
     "archaeological object exported on loan with the EU export licence and the Greek permit"),
    ("PRM-08", "cultural", "export", "MTAIR01", "air", "MT", "US", "970191",
     "Ex-voto painting of a Maltese speronara in a storm, oil on panel, 1790s, sold to a US collector", "MT", 6, 1,
     22000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "MT-SCH-EXP-70-0019")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "NO", "852589",
     "Uncooled thermal imaging cores 640 x 512, 200 units, for a Norwegian maritime-safety camera maker", "IT", 40,
     200, 300000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-70-0233"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-70-0051")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "NO", "760310",
     "Spherical aluminium powder 99.7 %, 5-30 µm, 2 t, for a Norwegian propellant maker", "DK", 2000, None, 40000,
     "EUR", [("EXPORT_LICENCE", "DK-ERST-70-0097"), ("END_USER_CERTIFICATE", "NO-FD-EUC-70-0033")],
     "dual-use aluminium powder under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "NA", "NL", "430219",
     "Hartmann's mountain zebra hides (Equus zebra hartmannae), tanned, 6 pieces, for a glamping lodge", "NA", 48, 6,
     3600, "USD", [("CITES_PERMIT", "NA-MEFT-70-0217")], "App. II zebra hides with their export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440929",
     "Afrormosia (Pericopsis elata) boat-deck strips, planed, 8 m3", "CM", 5600, None, 9600, "USD",
     [("CITES_PERMIT", "CM-MINFOF-70-0208")], "App. II afrormosia with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatperson", "PRM-05": "Meridian Aviación Mantenimiento SL",
    "PRM-06": "Orion Analytik GmbH", "PRM-11": "Meridian Glamping Interieur BV", "PRM-12": "Delta Marine Hout BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # caravan and motorhome dealers, camping-equipment importers, marinas, boatyards and chandleries
    ("380894", "Cassette-toilet additive, blue, enzyme-based, 2 l", "import", ["sea"], ["TR", "CN"], (1, 2), (3000, 9000), ["EUR", "USD"], 0.45, S),
    ("220720", "Denatured alcohol for spirit stoves, 1 l", "import", ["post"], ["GB", "US"], (6, 12), (1, 3), ["GBP", "USD"], 1.2, S),
    ("285390", "Distilled water for leisure batteries, 5 l cans", "import", ["road"], ["UA", "TR"], (0.2, 0.4), (3000, 8000), ["EUR"], 0.2, S),
    ("330749", "Marine holding-tank treatment tablets, enzyme, tubs", "import", ["air"], ["LK", "US"], (6, 12), (100, 400), ["USD"], 1, S),
    ("282720", "Calcium chloride moisture-trap refills, 1 kg bags", "import", ["sea"], ["CN"], (0.5, 1), (5000, 15000), ["USD"], 1, S),
    ("281122", "Fumed silica thickener for boat-repair epoxy, 1 kg tubs", "import", ["sea"], ["BR", "US"], (6, 12), (500, 2000), ["USD"], 1, S),
    ("380894", "Awning and tent mould remover, quaternary ammonium, 1 l", "import", ["road"], ["BA", "RS"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("250100", "Water-softener salt tablets, 10 kg bags", "import", ["sea"], ["EG", "TR"], (0.15, 0.3), (18000, 24000), ["USD"], 0.1, S),
    ("340290", "Hull and waterline stain remover gel, oxalic, 1 l", "import", ["express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 0.9, S),
    ("871610", "Touring caravans, new", "export", ["road"], ["NO", "CH"], (15, 25), (2400, 7200), ["EUR"], 0.0008, S),
    ("890393", "Used outboard motorboats with survey and papers, 5-7 m", "export", ["road"], ["NO", "CH"], (8, 15), (2000, 8000), ["EUR"], 0.0008, S),
    ("850760", "LiFePO4 leisure batteries 12 V 100 Ah, new, boxed", "import", ["sea"], ["CN"], (15, 25), (4000, 10000), ["USD"], 0.08, S),
    ("262190", "Copper-slag blasting abrasive, new, 25 kg bags", "import", ["sea"], ["TR", "IN"], (0.1, 0.3), (15000, 24000), ["USD"], None, S),
    ("392010", "LDPE boat shrink-wrap film, virgin, rolls", "import", ["sea"], ["US", "CN"], (2, 3), (4000, 10000), ["USD"], None, S),
    ("630622", "Camping tents, polyester, new", "import", ["sea"], ["CN", "VN"], (6, 12), (3000, 8000), ["USD"], 0.25, S),
    ("841869", "12 V compressor cool boxes, R-600a, new", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 0.06, S),
    ("840710", "Outboard motors, four-stroke, new", "import", ["sea"], ["JP", "CN"], (20, 35), (2000, 6000), ["USD"], 0.03, S),
    ("381400", "Inflatable-boat glue thinner, MEK-based, 1 l", "import", ["air"], ["KR", "CN"], (6, 12), (100, 400), ["USD"], 1.2, S),
    ("842410", "ABC powder extinguishers 1 kg for caravans", "import", ["sea"], ["IN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("381400", "Awning and tent cleaner, water-based, 1 l", "import", ["air"], ["CA", "US"], (4, 8), (200, 800), ["USD", "CAD"], 1, S),
    ("340319", "Engine fogging oil aerosols, mineral, 340 g", "import", ["air"], ["IL", "US"], (8, 14), (200, 800), ["USD"], 3, S),
    ("381400", "Sail and canvas spot cleaner, isoparaffin, 1 l", "import", ["sea"], ["IN"], (3, 6), (500, 2000), ["USD"], 1.2, S),
    ("392690", "Caravan levelling ramps, plastic", "import", ["road"], ["MD", "TR"], (3, 6), (1000, 4000), ["EUR"], 0.25, S),
    ("630629", "Glamping yurts, new, willow frame and felt", "import", ["air", "sea"], ["KG", "MN"], (6, 12), (300, 2000), ["USD"], 0.0025, S),
    ("890393", "Polyethylene Canadian canoes, new", "import", ["sea"], ["CA", "CN"], (8, 14), (1000, 4000), ["USD"], 0.03, S),
    ("442199", "Carved wooden bow ornaments for yachts, new", "import", ["air"], ["NZ", "ID"], (20, 40), (50, 200), ["USD", "NZD"], 0.1, S),
    ("690740", "Zellige mosaic tiles, new, glazed", "import", ["sea"], ["MA", "TN"], (2, 4), (3000, 8000), ["EUR"], None, S),
    ("520852", "Printed cotton awning fabric, by the metre", "import", ["sea"], ["IN", "PK"], (4, 7), (2000, 6000), ["USD"], None, S),
    ("940550", "Brass camping lanterns, new, etched", "import", ["sea"], ["IN"], (6, 10), (1000, 3000), ["USD"], 1, S),
    ("870333", "Motorhomes, new, diesel, 3.5 t", "export", ["road"], ["NO", "CH"], (18, 28), (3500, 10500), ["EUR"], 0.0003, S),
    ("852691", "Chartplotters with GNSS, 7 inch, for boats", "import", ["air"], ["TW", "US"], (150, 300), (50, 300), ["USD"], 0.7, S),
    ("852589", "Reversing cameras for motorhomes, CMOS", "import", ["sea"], ["CN", "TW"], (30, 60), (500, 2000), ["USD"], 4, S),
    ("760320", "Aluminium flake pigment for marine primers", "import", ["sea"], ["CN", "US"], (4, 7), (1000, 4000), ["USD"], None, S),
    ("681513", "Carbon-fibre dinghy spars, standard modulus", "import", ["sea"], ["CN", "NZ"], (25, 45), (300, 1500), ["USD"], 0.5, S),
    ("271112", "Propane camping cylinders, 5 kg, filled", "import", ["road"], ["TR", "RS"], (2, 4), (3000, 8000), ["EUR"], 0.2, S),
    ("890312", "Inflatable kayaks, two-person", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.08, S),
    ("570500", "Zebra-print faux-fur rugs, polyester, for glamping tents", "import", ["sea"], ["CN", "TR"], (4, 8), (1000, 4000), ["USD"], 0.3, S),
    ("440890", "Santos palisander (Machaerium) veneer for yacht interiors", "import", ["air"], ["BR", "BO"], (6, 12), (200, 800), ["USD"], None, S),
    ("940490", "Embroidered leather poufs, new", "import", ["road"], ["MA"], (10, 20), (500, 2000), ["EUR"], 0.3, S),
    ("440929", "Iroko decking strips, FSC, planed", "import", ["sea"], ["CM", "CI"], (1, 1.6), (10000, 20000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Plastic cookie cutters, assorted shapes", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("611710", "Acrylic knitted scarves", "import", ["sea"], ["CN", "BD"], (8, 14), (2000, 5000), ["USD"], 5, N),
        ("392410", "Nylon kitchen ladles", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 12, N),
        ("570500", "Jute doormats, braided", "import", ["sea"], ["IN", "BD"], (1.5, 3), (3000, 8000), ["USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind267", 20700901, HERE)


if __name__ == "__main__":
    main()
