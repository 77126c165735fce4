#!/usr/bin/env python3
"""Writes the two-hundredth blind set (tests/risk/data/blind200-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: tobacco, vaping, hookah and
snuff (leaf dealers, cigarette and e-liquid makers, shisha lounges and their suppliers,
tobacconists, pipe and cigar shops, paan and snus users, duty-free and travel retail).
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
ordinary table; so are tobacco and nicotine products themselves (excise goods, and for
oral tobacco and e-cigarettes goods under product notification or a sales ban), whose
trade appears there only through its non-tobacco supplies and accessories. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL200-*:

    python3 tests/risk/data/make_blind200_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTAIR01", "express", "AZ", [], "LT", "340290",
         "Qəlyan kolbası və şlanq təmizləyicisi, qatılaşdırılmış, 6 x 1 litr", "AZ", 7.0, 6, 150, "AZN",
         "hookah vase and hose cleaners are citric or enzyme liquids, tinted green or blue, that smell of mint and "
         "weigh about 1.02 kg/l; these six litre bottles have vented caps and hold a water-clear, scentless liquid of "
         "1.13 kg/l that whitens and stings the fingertips and foams on a rusty hose clamp: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Baku to a private person in Kaunas who keeps a home "
         "shisha corner, although oxidising liquids travel by express only as declared dangerous goods; Azerbaijani "
         "wording (hydrogen peroxide repeats in many sets under water-like and cleaning labels; a hookah-cleaner label "
         "was found in no earlier row by a keyword search)", person("Rūta Kazlauskienė", "LT")),
        ("PRE-02", "import", "EEAIR01", "express", "CN", [], "EE", "330210",
         "DIY电子烟油香精, 烟草风味 (弗吉尼亚), 不含尼古丁, 4 x 1 升", "CN", 4.6, 4, 320, "CNY",
         "a nicotine-free DIY flavour concentrate is a propylene-glycol solution of about 1.04 kg/l that smells strongly "
         "of what the label says, here cured Virginia leaf and hay; these four bottles hold a thin, colourless liquid of "
         "1.14 kg/l with only a faint fruity-chemical smell, whose caps are of the filler's drum stock and whose "
         "sample gives CAS 75-52-5: nitromethane (Annex I above 16 %), sent by express from Shenzhen to a private "
         "person in Tartu who mixes his own e-liquid, although flammable liquids travel by express only as declared "
         "dangerous goods; Chinese wording (nitromethane repeats in many sets; a flavour-concentrate label appears once, "
         "on an e-liquid waste in blind175, and on nitromethane in no earlier row by a keyword search)",
         person("Kristjan Tamm", "EE")),
        ("PRE-03", "import", "NLAIR01", "express", "ID", [], "NL", "330129",
         "Saus kretek cengkeh asli Kudus, untuk tingwe (linting dewe), 4 botol x 1 liter", "ID", 7.4, 4, 600000, "IDR",
         "kretek 'sauce' is the casing that Kudus makers brush on the leaf: a dark-brown, runny, sweet liquid of about "
         "1.1 kg/l that reeks of clove and palm sugar; these four bottles hold an oily, odourless liquid of 1.84 kg/l "
         "that chars a rolling paper at once, grows hot with a drop of water and has softened the plastic caps: about "
         "96 % sulphuric acid (Annex I above 15 %), darkened with a little caramel colour, sent by express from Kudus "
         "to a private person in Den Haag who rolls his own kretek, although corrosive liquids travel by express only "
         "as declared dangerous goods; Indonesian wording with a Javanese word (sulphuric acid repeats in many sets "
         "under syrup and molasses labels, and clove-scented labels in a few, bay rum and falernum among them; a "
         "kretek-sauce label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-04", "import", "DKPOST01", "post", "US", [], "DK", "391290",
         "Microcrystalline cellulose (MCC) powder, food grade, for DIY nicotine pouches, 3 x 1 kg", "US", 3.1, 3, 45,
         "USD",
         "microcrystalline cellulose, the white filler of nicotine pouches, is a light, fluffy, tasteless powder of "
         "about 0.3 kg/l that swells a little in water and chars like paper; these three bags are twice as heavy for "
         "their volume, hold a gritty, dense white powder that sinks and barely dissolves, does not char but flares "
         "violently on a lighter flame with sugar, and the inner liners read 'KClO4': potassium perchlorate (Annex I "
         "above 40 %), posted from Ohio to a private person in Aarhus who makes his own pouches; US English wording "
         "(potassium perchlorate repeats in many sets under starch and food-powder labels; a nicotine-pouch filler "
         "label was found in no earlier row by a keyword search)", person("Mads Jensen", "DK")),
        ("PRE-05", "import", "FIPOST01", "post", "NO", [], "FI", "283620",
         "Natriumkarbonat (soda) til hjemmelaget snus, matkvalitet, 5 x 1 kg", "NO", 5.0, 5, 450, "NOK",
         "home-made snus kits, much sold to Finland, where snus may not be sold, use food-grade sodium carbonate: a "
         "white, slippery-to-the-touch powder that fizzes in vinegar and turns water alkaline; these five bags hold "
         "glossy, tasteless crystals that do not fizz, leave the water neutral on a strip, draw damp and flare yellow "
         "on a hot pan, with 'NaClO3' on the inner liners: sodium chlorate (Annex I above 40 %), posted from Tromsø to "
         "a private person in Rovaniemi; Norwegian wording (sodium chlorate repeats in many sets under salt and "
         "soda-like labels, sodium-carbonate labels among them on other goods; a home-snus label was found in no "
         "earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-06", "import", "LVAIR01", "express", "MY", [], "LV", "291631",
         "Asid benzoik gred makanan, untuk cecair garam nikotin DIY, 4 x 500 g", "MY", 2.1, 4, 160, "MYR",
         "benzoic acid, the acid of nicotine-salt e-liquids, is light, pearly flakes or needles that smell faintly of "
         "balsam, barely dissolve in cold water and melt at 122 °C; these four tubs hold dense, colourless crystals "
         "that run to a puddle in damp air, dissolve at once in cold water and sputter on a hot plate without melting "
         "first, and the inner bags give CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), sent by express from "
         "Kuala Lumpur to a private person in Riga who makes his own salt-nic liquids; Malay wording (sodium "
         "perchlorate repeats in many sets, under humidor-regulator and bath-salt labels among others; a benzoic-acid "
         "label was found in no earlier row by a keyword search)", person("Jānis Bērziņš", "LV")),
        ("PRE-07", "import", "CYSEA01", "sea", "LB", [], "CY", "251310",
         "حجار بخار للأرجيلة، بدون نكهة، حبيبات، أكياس 1 كغ، 2,000 كيس", "LB", 2000, 2000, 2400, "USD",
         "steam stones, the tobacco-free shisha filling, are grey or buff pumice granules that float, do not dissolve "
         "and are soaked in glycerine and flavour by the lounge; these 2,000 bags hold white, round prills that sink, "
         "turn ice-cold and dissolve entirely in a glass of water, smell of nothing and melt on a hot coal tray, for a "
         "Limassol hookah wholesaler that sells 1 kg bags over the counter: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, by sea from Beirut; Lebanese Arabic wording (ammonium nitrate "
         "repeats in many sets, pumice labels in a few on other goods; a steam-stone label was found in no earlier row "
         "by a keyword search)", firm("Delta Shisha Supplies Ltd", "CY")),
        ("PRE-08", "import", "ATAIR01", "express", "NI", [], "AT", "285390",
         "Solución humectante para humidor, agua destilada y propilenglicol 50 %, 4 galones, Estelí", "NI", 18.2, 4,
         90, "USD",
         "humidor solution is distilled water with half propylene glycol, a slightly syrupy, odourless liquid of 1.04 "
         "kg/l that cigar smokers buy in 50 ml bottles; these four US gallons weigh 1.20 kg/l, pour like water, have "
         "vented caps, whiten the skin and decolour a cigar band dropped into them: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from an Estelí cigar-factory shop to a private cigar smoker in Graz; "
         "Nicaraguan Spanish wording (hydrogen peroxide repeats in many sets, and humidor covers in several, on sodium "
         "perchlorate crystals from Santiago de los Caballeros in blind60 among others, kept as a repeat of the "
         "family; a humidor-solution label on peroxide from Nicaragua is the new part as far as a search found)",
         person("Thomas Gruber", "AT")),
        ("PRE-09", "import", "MTPOST01", "post", "EG", [], "MT", "340590",
         "ملمع نحاس للشيشة والصواني، سائل، 4 زجاجات 1 لتر", "EG", 6.0, 4, 400, "EGP",
         "the brass polish Khan el-Khalili hookah makers use is a pink or grey, gritty, ammonia-smelling cream or "
         "liquid of about 1.1 kg/l; these four bottles hold a clear, slightly yellow liquid of 1.40 kg/l that fumes "
         "brown when opened, turns the skin yellow and blackens a brass hookah stem in seconds instead of brightening "
         "it: about 65 % nitric acid (Annex I above 3 %), posted from Cairo to a private person in Birkirkara; "
         "Egyptian Arabic wording (nitric acid repeats in many sets under jewellery-cleaner and brass-blackening "
         "labels; a hookah brass-polish label was found in no earlier row by a keyword search)",
         person("Joseph Borg", "MT")),
        ("PRE-10", "import", "ITAIR01", "air", "IN", [], "IT", "210690",
         "મુખવાસ, મિશ્ર, 1 કિલો પેક, 200 પેક", "IN", 200, 200, 900, "USD",
         "a paan-shop air shipment for a Brescia Indian grocery that sells to the public: mukhwas and sweet supari "
         "are what paan counters stock, but the third item's 'kali chuna' (slaked lime for paan) is 300 packs of a "
         "glossy, tasteless white crystal, not the soft, chalky, caustic lime that turns a turmeric strip red, that "
         "spits violet sparks on a hot iron and carries CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, hidden as the last item of a three-item declaration, "
         "flown from Mumbai to Milan-Malpensa; Gujarati wording (potassium chlorate repeats in many sets; paan "
         "supplies and a chuna label were found in no earlier row by a keyword search)",
         dict(firm("Rivage Alimentari Srl", "IT"),
              _more_items=[item("200819", "સોપારી મીઠી (sweet supari), 500 ગ્રામ પેક, 200 પેક", "IN", 100, 500, "USD", qty=200),
                           item("252220", "કળી ચૂનો (kali chuna) પાન માટે, 1 કિલો પેક, 300 પેક", "IN", 300, 240, "USD", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "293979",
         "Nikotin USP 99,9 %, farmaceutická kvalita, 20 sudů", "CZ", 4000, 20, 6000, "EUR",
         "pharmacopoeia nicotine is a water-clear to pale-yellow liquid shipped in sealed, nitrogen-blanketed drums "
         "with a certificate of analysis at several hundred euros a kilogram; these 20 drums, at 1.50 EUR/kg, hold a "
         "dark-brown, oxidised, partly resinified liquid with a fishy smell, expiry dates two years gone and layers of "
         "propylene glycol and glycerine rinsings, and the Brno e-liquid maker's own labels read 'k likvidaci': "
         "expired nicotine and nicotine-laden rinsings (07 05 13*, acutely toxic), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Poland to a Lviv 'vape-liquid' buyer; Czech wording (nicotine "
         "residues appear in several vape-waste rows and once as e-liquid stock, blind175; pure expired nicotine "
         "under a pharmacopoeia label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "854340",
         "Συσκευές θερμαινόμενου καπνού, ανακατασκευασμένες, κατηγορίας Α, 24.000 τεμ.", "GR", 2200, 24000, 7200,
         "EUR",
         "refurbished heated-tobacco devices come cleaned, tested, boxed with a charger and a warranty card at tens of "
         "euros each; these 24,000 at 0.30 EUR are loose holders and pocket chargers swept from Athens kiosks' "
         "take-back boxes, with tobacco-tar crusts on the heating blades, cracked cases and swollen lithium cells: "
         "waste electrical equipment with batteries (16 02 13*, 16 06 05), hazardous waste whose export to a non-OECD "
         "country is banned, from Piraeus to Alexandria for a 'repair' buyer; Greek wording (disposable-vape and "
         "lithium e-waste repeats in many sets, kept as a repeat of the family; heated-tobacco devices were found in "
         "no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-03", "export", "IESEA01", "sea", "IE", [], "GM", "940360",
         "Used duty-free shop fittings from an airport retail refit: display counters and gondolas, 60 units", "IE",
         9000, 60, 3000, "EUR",
         "an airport duty-free refit sells on unrefrigerated wood-and-glass counters for a few hundred euros each; "
         "among these 60 units are 22 chilled chocolate and champagne display cases from the 1990s with CFC-12 "
         "compressors still charged and cabinets foamed with CFC-11, their plugs cut and their compressor oil "
         "leaking onto the pallets: discarded equipment containing chlorofluorocarbons (16 02 11*), hazardous waste "
         "whose export to a non-OECD country is banned, from Dublin to Banjul for a 'supermarket'; Irish English "
         "wording (fridges and display cabinets as e-waste repeat in many sets; a duty-free refit was found in no "
         "earlier row by a keyword search)", {"importer_country": "GM"}),
        ("WST-04", "export", "BGROAD01", "road", "BG", [], "MK", "380893",
         "Регулатор за растеж срещу издънки по тютюна (флуметралин), в срок, 40 варела", "BG", 8000, 40, 1600, "EUR",
         "a sucker-control agent for tobacco is a registered, in-date emulsifiable concentrate in sealed drums with a "
         "batch label; these 40 drums from a Haskovo tobacco co-operative's shed are rusted and mixed, hold lumpy "
         "powders, leaking dark liquids and bags of 1980s organochlorine and carbamate products whose labels have "
         "been painted over, and smell of solvent and mercaptan: obsolete pesticides (02 01 08*), hazardous waste "
         "whose export to a non-OECD country is banned, on a lorry at Zlatarevo for a Prilep 'farm supplier'; "
         "Bulgarian wording (obsolete pesticides repeat in several sets, kept as a repeat, and Prilep tobacco "
         "growers in two, blind163 and blind165; a sucker-control label was found in no earlier row by a keyword "
         "search)", {"importer_country": "MK"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "CV", "720441",
         "Aparas e limalhas de aço, limpas, para refusão, 18 t", "PT", 18000, None, 1800, "EUR",
         "clean steel turnings are bright, curly, dry swarf from machining that rings in the hand; these bags hold "
         "crushed, oil-soaked car and lorry oil filters with their paper elements and rubber seals, dripping black "
         "sump oil, collected from Lisbon garages: oil filters and the oil in them (16 01 07*), hazardous waste whose "
         "export to a non-OECD country is banned, from Lisbon to Praia for a 'foundry'; Portuguese wording (oil "
         "filters repeat in several sets, and turnings labels in many, on other goods; to Cabo Verde is the new part "
         "as far as a search found)", {"importer_country": "CV"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "382000",
         "Lichid de parbriz concentrat, -20 °C, bidoane 20 l, 900 bidoane", "RO", 18000, 900, 2700, "EUR",
         "windscreen-washer concentrate is blue, watery, smells of alcohol and weighs about 0.95 kg/l; these 900 "
         "jerrycans hold a greenish-brown, sweet, oily liquid of 1.08 kg/l with rust flakes and an oil film, drained "
         "from radiators at Bucharest dismantling yards: waste antifreeze containing dangerous substances "
         "(16 01 14*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Sculeni for a Bălți "
         "'car-care' shop; Romanian wording (waste antifreeze repeats in many sets and windscreen labels in several, "
         "on other goods; a washer-concentrate label on antifreeze waste is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "271500",
         "Emulsione bituminosa a freddo per riparazioni stradali, cisterne ISO, 40 t", "IT", 40000, None, 4000, "EUR",
         "cold-mix bitumen emulsion is a brown, creamy, water-based emulsion that sets black on the road and has a "
         "product sheet; these ISO tanks hold a black, gritty, water-laden sludge with rust scale that stinks of "
         "petrol and hydrogen sulphide, pumped from the bottoms of a Sicilian fuel depot's storage tanks: tank-bottom "
         "sludge (05 01 03*), hazardous waste whose export to a non-OECD country is banned, from Augusta to Sfax for "
         "a 'road contractor'; Italian wording (tank-bottom sludge repeats in many sets and bitumen-emulsion labels in "
         "two, blind29 and blind60, kept as a repeat; from Sicily to Sfax is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "PK", "741220",
         "Messing fittingen, gemengd, gebruikt, 12 t", "BE", 12000, None, 30000, "EUR",
         "used brass fittings are elbows, valves and couplings, heavy and yellow under the grime; among these are "
         "some 40,000 small glass ampoules with a bead of silver liquid and contacts, cut out of old boiler "
         "controls, thermostats and float switches by a Ghent dismantler, loose in the sacks, some broken with mercury "
         "beads in the seams: mercury-containing components (16 02 15*, 20 01 21*), hazardous waste whose export to "
         "a non-OECD country is banned, from Antwerp to Karachi; Flemish wording (mercury switches repeat in several "
         "sets, tilt-switch and thermostat labels among them, and brass-scrap labels in two, on other goods, blind146 "
         "and blind179; mercury switches under a used-brass-fittings label to Pakistan are the new part as far as a "
         "search found)", {"importer_country": "PK"}),
        ("WST-09", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "750300",
         "Otpaci i ostaci nikla, čisti komadi, 20 t", "RS", 20000, None, 40000, "EUR",
         "clean nickel scrap is bright, sorted sheet, anodes and turnings with an assay; this lorry holds whole and "
         "crushed industrial nickel-cadmium batteries from Serbian railway and power-station battery rooms, their "
         "steel cases wet with potassium-hydroxide electrolyte that eats the sacks: waste Ni-Cd batteries (16 06 02*), "
         "hazardous waste imported for recovery without the notification and consent it needs, through Hungary to a "
         "Linz 'scrap' trader; Serbian wording (Ni-Cd batteries repeat in many sets and nickel-scrap labels on them in "
         "two, blind39 and blind46, kept as a repeat; an import from Serbia is the new part as far as a search found)", firm("Nordhafen Metall GmbH", "AT")),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "IQ", "847810",
         "Gebrauchte Zigarettenherstellungsmaschinen, überholt, 2 Linien", "DE", 42000, 2, 380000, "EUR",
         "the relocation of a closing Bremen cigarette factory to Kurdistan: used makers and packers are what such "
         "relocations ship, but the third item's 'Transformatoren 1.000 kVA, gebraucht, geprüft' are two 1960s "
         "transformers still filled with 'Clophen' askarel, leaking onto their pallets, with a 'PCB' sticker scraped "
         "off: PCB-containing equipment (16 02 09*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration, from Hamburg to Umm Qasr for an Erbil tobacco "
         "company; German wording (PCB transformers repeat in many sets; behind a cigarette-factory relocation is the "
         "new part as far as a search found)",
         dict({"importer_country": "IQ"},
              _more_items=[item("842240", "Gebrauchte Verpackungsmaschinen für Zigaretten, überholt, 2 Stück", "DE", 18000, 120000, "EUR", qty=2),
                           item("850423", "Transformatoren 1.000 kVA, gebraucht, geprüft, 2 Stück", "DE", 9000, 4000, "EUR", qty=2)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "CN", [], "DE", "841850",
         "雪茄恒温恒湿柜, 半导体制冷 (无制冷剂), 168 升, 240 台", "CN", 12000, 240, 48000, "USD",
         "a thermoelectric cigar cabinet cools with a Peltier plate and a fan: it is light, silent, has no compressor "
         "and no refrigerant; these 240 cabinets weigh 50 kg each, hum, have a hermetic compressor and a capillary "
         "tube, and the rating plates under the shop labels read 'R134a 60 g': equipment pre-charged with an HFC, "
         "placed on the Union market without the HFCs being accounted for under a quota and without the declaration "
         "of conformity the F-gas Regulation (2024/573) requires, by sea from Ningbo to Hamburg for a Düsseldorf "
         "cigar-accessory wholesaler; Chinese wording (HFC-charged equipment repeats in many sets; cigar humidor "
         "cabinets were found in no earlier row by a keyword search)", firm("Orion Tabakwaren Zubehör GmbH", "DE")),
        ("OZN-02", "import", "SKROAD01", "road", "UA", [], "SK", "340290",
         "Рідина для чищення курильних люльок і мундштуків, 40 пляшок по 1 л", "UA", 63.6, 40, 400, "EUR",
         "pipe-cleaning fluids are spirit-based, 0.8-0.9 kg/l, smell of alcohol and a little vanilla and burn with a "
         "blue flame; these 40 bottles weigh 1.59 kg/l, do not burn, smell sweet and chloroform-like, and the "
         "chemist's stock labels under the new ones read 'CCl4': carbon tetrachloride, whose import into the Union is "
         "banned, on a van at Vyšné Nemecké for a Košice pipe-tobacco shop; Ukrainian wording (carbon tetrachloride "
         "repeats in many sets; a tobacco-pipe cleaner label was found in no earlier row by a keyword search)",
         firm("Alpina Fajky s.r.o.", "SK")),
        ("OZN-03", "import", "HRROAD01", "road", "BA", [], "HR", "271012",
         "Benzin za upaljače, 125 ml, 4.800 komada", "BA", 806, 4800, 1900, "EUR",
         "petrol lighter fluid is a light naphtha of 0.70 kg/l that smells of petrol and catches at once from a spark; "
         "these 4,800 tins weigh 1.34 kg/l, do not light on a wick, smell sweet and chloroform-like and the carton "
         "codes read 'R-140a': 1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, on a "
         "lorry at Bijača for a Split tobacconists' wholesaler; Bosnian wording (methyl chloroform repeats in many "
         "sets; lighter-fluid labels appear on nitromethane in blind63 and blind82, and on an ozone-depleting "
         "substance in no earlier row by a keyword search)", firm("Rivage Duhan d.o.o.", "HR")),
        ("OZN-04", "import", "ROROAD01", "road", "MD", [], "RO", "731100",
         "Баллоны азотные, б/у, 80 л, 24 шт., после демонтажа системы пожаротушения", "MD", 2400, 24, 2400, "EUR",
         "nitrogen cylinders from a dismantled inert-gas system are tall, black-shouldered and light for their size "
         "(gas at 200 bar); these 24 red cylinders, taken out of the cut-tobacco store and server room of a Chişinău "
         "cigarette factory, hold about 90 kg each of a liquid under 25-40 bar, and their valve stamps read 'Хладон "
         "13B1': halon 1301 (bromotrifluoromethane), whose import into the Union is banned outside licensed critical "
         "uses and destruction, on a lorry at Leușeni for a Iași 'fire-equipment' dealer; Russian wording from Moldova "
         "(halon 1301 repeats in many sets, nitrogen and IG-55 labels among them; from a tobacco factory in Moldova "
         "is the new part as far as a search found)", firm("Vega Stingere SRL", "RO")),
        ("OZN-05", "transit", "GRSEA01", "sea", "IN", ["GR"], "LB", "271113",
         "Isobutane (R-600a) 99.5 %, for lighter refill filling plant, 13.6 kg cylinders, 800 pcs", "IN", 10880, 800,
         9000, "USD",
         "isobutane for lighter refills is a light liquid of 0.56 kg/l: a cylinder of its size holds about 6 kg and "
         "carries flammable-gas marks; these 800 cylinders each hold 13.6 kg of a liquid of 1.19 kg/l at 9 bar that "
         "does not burn at the valve, and the shoulders read 'R-22' under the labels: chlorodifluoromethane (HCFC-22), "
         "an ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Piraeus in transit from Mundra to Beirut for a lighter-refill filler; Indian English wording "
         "(HCFC-22 repeats in many sets under other gas labels, isobutane among them, and lighter-refill butane labels "
         "on other ozone-depleting gases in blind89, blind92 and blind112; bulk cylinders for a lighter-refill plant in "
         "transit through Piraeus are the new part as far as a search found)", {"importer_country": "LB"}),
        ("OZN-06", "import", "SESEA01", "sea", "CN", [], "SE", "841850",
         "Snuskylar för butiksdisk, köldmedium R-290, 120 st.", "CN", 4800, 120, 36000, "USD",
         "counter coolers for snus and nicotine pouches, which Swedish kiosks keep cold, run on R-290 and carry a "
         "flammable-refrigerant warning; these 120 carry no such mark, their service ports take R-22 fittings and "
         "a leak-detector sniff gives chlorodifluoromethane, the plate under the sticker reads 'R22 150 g': equipment "
         "relying on HCFCs, whose import into the Union is banned, by sea from Shenzhen to Gothenburg for a kiosk "
         "chain's supplier; Swedish wording (R-22 equipment repeats in many sets, display fridges once, blind74; snus "
         "coolers were found in no earlier row by a keyword search)", firm("Nordhafen Kiosk AB", "SE")),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "280429",
         "Хелиум за балони, еднократни боци 13,4 л, 600 парчиња", "MK", 6600, 600, 6000, "EUR",
         "disposable balloon-helium canisters are light (about 5 kg full), hold a gas that makes the voice squeak "
         "and read 15-20 bar; these 600 weigh 11 kg each, hold a liquid, read 5.7 bar, do not lift a balloon and the "
         "stencil under the party print reads 'R134a': HFC-134a in non-refillable containers, which may not be "
         "placed on the Union market, imported without HFC quota, on a lorry at Evzonoi for a Thessaloniki "
         "'party-supplies' firm; Macedonian wording (HFC smuggling in disposable cylinders repeats in many sets, "
         "balloon-helium cylinder labels in two, blind20 and blind160, kept as a repeat; from North Macedonia by road "
         "with Macedonian wording is the new part as far as a search found)", firm("Orion Party AE", "GR")),
        ("OZN-08", "import", "GRSEA01", "sea", "GE", [], "GR", "381400",
         "ავეჯის მქრქალებელი (დეგლოსერი), რესტავრაციისთვის, 200 ბიდონი 5 ლ", "GE", 1240, 200, 3000, "USD",
         "a furniture deglosser is a light (about 0.8 kg/l), flammable blend of naphtha and alcohols that smells of "
         "petrol; these 200 cans weigh 1.24 kg/l, do not burn, boil away at 32 °C in the hand with a faint ether "
         "smell, and a head-space test gives 1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is "
         "banned, by sea from Poti to Thessaloniki for a furniture restorers' supplier; Georgian wording (HCFC-141b "
         "repeats in many sets under solvent labels; a deglosser label was found in no earlier row by a keyword "
         "search)", firm("Delta Syntirisi AE", "GR")),
        ("OZN-09", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "340290",
         "Шина тесіктерін бітеуге арналған аэрозоль-герметик, 450 мл, 9.600 дана", "KZ", 5200, 9600, 7700, "USD",
         "tyre sealant-inflators push a latex sealant out with propane-butane or HFC-134a at 4-6 bar and feel half "
         "liquid; these 9,600 cans are mostly gas, read 5.7 bar at 20 °C, carry a car-AC adaptor in each box and "
         "the filler's code reads 'R-12': dichlorodifluoromethane (CFC-12), whose import into the Union is banned, "
         "sold to car air-conditioning workshops, by rail to Małaszewicze; Kazakh wording (CFC-12 repeats in many "
         "sets, tyre-sealant and inflator labels in several; by rail from Kazakhstan is the new part as far as a "
         "search found)", firm("Central Auto Klima Sp. z o.o.", "PL")),
        ("OZN-10", "import", "PTSEA01", "sea", "TH", [], "PT", "381300",
         "สเปรย์ดับเพลิงสำหรับรถยนต์ ชนิดผงเคมีแห้ง 500 มล. 6,000 กระป๋อง", "TH", 4200, 6000, 9000, "USD",
         "a dry-powder car fire-extinguishing spray rattles when shaken and puffs a yellow dust; these 6,000 cans do "
         "not rattle, spray a liquid that vanishes into a heavy, faintly sweet gas, and the filler's code reads "
         "'BCF': halon 1211 (bromochlorodifluoromethane) in small extinguishers, products whose import into the Union "
         "is banned, by sea from Laem Chabang to Leixões for a car-accessory chain; Thai wording (halon 1211 repeats "
         "in many sets under extinguisher labels, and car fire-spray and car-extinguisher labels in several, blind60, "
         "blind61, blind77 and blind95, kept as a repeat of the family; a dry-powder spray label from Thailand is the "
         "new part as far as a search found)", firm("Atlantic Auto Lda", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "HK", [], "FR", "701399",
         "內畫玻璃鼻煙壺, 新製, 工藝品, 8 件", "HK", 1.2, 8, 160, "HKD",
         "new inside-painted snuff bottles are thin, clear glass painted through the neck with a bent brush and sold "
         "by the dozen; these eight are thick, cased and carved glass, a carved coral-red and a yellow 'imperial' "
         "glass bottle with incised Qianlong reign marks on the bases, jade stoppers, wear and old snuff in the wells: "
         "Qing-dynasty snuff bottles (18th-19th century) taken out of China, which forbids the export of cultural "
         "relics made before 1911, and above the threshold without the importer statement of Regulation 2019/880, "
         "sent by express from Hong Kong to a Paris Asian-art dealer; traditional Chinese wording (Chinese "
         "antiquities repeat in many sets and snuff bottles once, of hornbill, blind113; antique glass snuff bottles "
         "under an inside-painted label were found in no earlier row by a keyword search)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-02", "import", "DEAIR01", "express", "US", [], "DE", "961400",
         "Hand-carved soapstone tobacco pipe, new, Native-style craft, 1 pc", "US", 0.6, 1, 85, "USD",
         "new soapstone craft pipes are soft, grey-green, sharply carved and waxed; this one is a hard, polished "
         "pipestone platform pipe carved as a crouching frog, with a worn bowl, tar in the smoke hole, soil in the "
         "crevices and a 1970s collector's number: a Hopewell effigy pipe (about 100 BC - AD 500), an archaeological "
         "object dug from a burial mound in Ohio, whose removal from public or tribal land is a federal crime, and "
         "brought in without the import licence of Regulation 2019/880, sent by express from Ohio to a private "
         "collector in Munich; US English wording (North American objects repeat in a few sets; a Hopewell pipe was "
         "found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "DEAIR01", "air", "LB", [], "DE", "961400",
         "نراجيل نحاسية جديدة، صناعة يدوية شامية، 30 قطعة", "SY", 90, 30, 1500, "USD",
         "new Damascus-style brass hookahs are thin, bright, machine-spun brass with glass vases, sold by the dozen; "
         "these 30 are heavy, gilt-copper (tombak) bases and stems, hand-raised, with worn fire-gilding, Ottoman "
         "tughra-style stamps and inventory numbers in ink, from Aleppo souk workshops and houses: 18th-19th-century "
         "Ottoman tombak nargile parts taken out of Syria, whose cultural goods may not be brought into the Union "
         "(Regulation 36/2012) nor, above the threshold, without the importer statement of Regulation 2019/880, "
         "flown from Beirut to Berlin for a dealer; Syrian Arabic wording (Syrian antiquities via Lebanon repeat in "
         "several sets; tombak hookahs were found in no earlier row by a keyword search)",
         firm("Orion Orientalia GmbH", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "IN", [], "NL", "961400",
         "ಹಿತ್ತಾಳೆ ಹುಕ್ಕಾಗಳು, ಹೊಸ, ಮೊರಾದಾಬಾದ್ ಕರಕುಶಲ, 60", "IN", 180, 60, 1800, "USD",
         "an Indian handicraft air shipment for an Amsterdam interior shop: new Moradabad brass hookahs and hookah "
         "hoses are what such shipments hold, but the third item's 'new Bidri hookah base, Bidar craft' is a "
         "globular, blackened zinc-alloy huqqa base with worn silver and brass inlay of poppies, a dented foot, old "
         "repairs and the soot of use: a Deccan Bidri huqqa base of the 18th century, an antiquity whose export India "
         "forbids (Antiquities and Art Treasures Act 1972), brought in against the UNESCO 1970 convention, hidden as "
         "the last item of a three-item declaration, flown from Bengaluru to Amsterdam; Kannada wording (Indian "
         "antiquities repeat in many sets; a Bidri piece was found in no earlier row by a keyword search)",
         dict(firm("Horizon Interieur BV", "NL"),
              _more_items=[item("392690", "ಹುಕ್ಕಾ ಪೈಪುಗಳು (hoses), ಸಿಲಿಕೋನ್, ಹೊಸ, 300", "IN", 60, 600, "USD", qty=300),
                           item("790700", "ಬಿದರಿ ಹುಕ್ಕಾ ಬೇಸ್, ಹೊಸ, ಬೀದರ್ ಕರಕುಶಲ, 1", "IN", 3, 60, "USD", qty=1)])),
        ("CUL-05", "import", "BEAIR01", "air", "ZA", [], "BE", "711790",
         "Iziqukathi zikagwayi ezinobuhlalu, ezintsha, umsebenzi wezandla (beaded snuff containers, new craft), 10",
         "ZA", 3, 10, 1500, "ZAR",
         "new beaded snuff containers from Durban curio markets are plastic or gourd bottles covered in bright glass "
         "seed beads on nylon; these ten are small gourds and blackened horn and hide bottles with worn, opaque, "
         "sinew-strung beads, old snuff caked in the necks and collectors' numbers in ink: 19th-century Zulu and "
         "Tsonga snuff containers (izinqwamba), heritage objects whose export South Africa allows only with a permit, "
         "flown from Durban to Brussels for a tribal-art dealer without it; isiZulu wording with English (Zulu craft "
         "labels repeat in two sets, on beadwork, blind125, and headrests, blind167; snuff containers were found in "
         "no earlier row by a keyword search)", firm("Central Arts Premiers SA", "BE")),
        ("CUL-06", "import", "ATPOST01", "post", "TR", [], "AT", "961400",
         "Tophane usulü kil lüle (pipo başı), yeni, el yapımı, 12 adet", "TR", 1.0, 12, 1200, "TRY",
         "new Tophane-style clay pipe bowls are crisp, evenly red, bright-burnished and stamped with a modern maker's "
         "seal; these twelve are worn, blackened, partly broken red and grey chibouk bowls with stamped rosettes and "
         "gilding traces, with soil and shell grit in the sockets, from excavations around Istanbul's Byzantine "
         "harbours: Ottoman lüle of the 17th-19th century, archaeological finds whose export Türkiye forbids, "
         "brought in without the import licence of Regulation 2019/880, posted from Istanbul to a private collector "
         "in Vienna; Turkish wording (clay pipes repeat in two sets, Gouda pipes from Svalbard and Jamaica; Ottoman "
         "chibouk bowls were found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("CUL-07", "export", "DEPOST01", "post", "DE", [], "CH", "830629",
         "Vergoldete Pillendose aus Messing, neu, Geschenkartikel, 1 Stück", "DE", 0.4, 1, 90, "EUR",
         "a new gilt-brass pill box is a light pressed box with a printed enamel lid; this one is a heavy gold box "
         "chased with a hunting scene, set with a hardstone lid, with Dresden assay and maker's marks of about 1760 "
         "and the rubbed gilding of two centuries' handling: an 18th-century Dresden gold snuff box worth over 100,000 "
         "EUR, which leaves the Union only with an export licence (Regulation 116/2009), posted from Dresden to a "
         "Geneva freeport address without one; German wording (snuff boxes were found in no earlier row by a "
         "keyword search; a pill-box label on a gold antique is the new part)", {"importer_country": "CH"}),
        ("CUL-08", "import", "FRAIR01", "air", "MM", [], "FR", "630499",
         "ကလာဂါ ချည်ထိုးပန်းချီ အသစ်, နံရံချိတ်, 6 ချပ်", "MM", 18, 6, 300, "USD",
         "new kalaga wall hangings are bright, sequined, padded appliqué on velvet, sold by the metre in Mandalay; "
         "these six are faded, heavy panels of silver-wrapped thread and glass sequins on wool, with court figures "
         "from the Jataka, old repairs, a monastery donor's inscription of 1870 and the stains of a teak wall: "
         "19th-century Konbaung court kalaga taken from monasteries, antiquities whose export Myanmar forbids, "
         "brought in against the UNESCO 1970 convention, flown from Yangon to Paris for a textile dealer; Burmese "
         "wording (Burmese antiquities repeat in several sets, as Bagan objects; kalaga were found in no earlier row "
         "by a keyword search)", firm("Meridian Textiles SARL", "FR")),
        ("CUL-09", "import", "PTAIR01", "express", "IN", [], "PT", "970191",
         "लघु चित्र, कागज़ पर, नई, जयपुर शिल्प, 5 नग", "IN", 0.5, 5, 100, "USD",
         "new Jaipur miniatures are bright, even poster colours on machine-made paper, often on old ledger pages for "
         "effect; these five are fine, rubbed mineral pigments and gold on burnished wasli card, Krishna scenes in "
         "the Kangra manner with a Devanagari inscription, worm holes, old mount stains and a royal-collection stamp: "
         "Pahari miniatures of about 1800, antiquities whose export India forbids, sent by express from Delhi to a "
         "private collector in Lisbon; Hindi wording (Indian paintings and miniatures repeat in many sets; Kangra "
         "miniatures under a Jaipur-craft label were found in no earlier row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("CUL-10", "import", "BEAIR01", "air", "BJ", [], "BE", "442090",
         "Ère Gẹ̀lẹ̀dẹ́ tuntun, iṣẹ́ ọnà Kétu (new Gelede masks, craft), 8", "BJ", 24, 8, 400, "EUR",
         "new Gelede masks for tourists are light, pale wood with bright enamel paint and crisp chisel marks; these "
         "eight are heavy, dark, helmet masks with layered, flaking natural pigments, worn head-rests inside, sweat "
         "stains and carved superstructures of birds and snakes, danced for decades in Kétu villages: Gelede masks of "
         "the early 20th century, cultural heritage whose export Benin allows only with a permit, flown from Cotonou "
         "to Brussels without it; Yoruba wording (Yoruba objects repeat in a few sets, ibeji once, blind114; Gelede "
         "masks were found in no earlier row by a keyword search)", firm("Vega Tribal Art SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "CN", "842240",
         "Verpackungsmaschine für Teebeutel, gebraucht, überholt, 1 Linie", "DE", 16000, 1, 90000, "EUR",
         "a tea-bag packing line folds filter paper round a dose of tea, ties a thread and a tag; this line has a "
         "suction drum, a garniture tape, a rod cutter and a filter-tip attachment working at 8,000 rods a minute, "
         "and the maker's plate reads 'Cigarettenmaschine': a cigarette maker and tipper (8478), industrial "
         "machinery that may not be supplied to North Korea (UN Security Council resolutions, Regulation 2017/1509), "
         "consigned to a Dandong trading house whose tobacco-factory client is in Sinŭiju, from Hamburg to Dalian; "
         "German wording (North Korean goods through China repeat in several sets; cigarette-making machines were "
         "found in no earlier row by a keyword search)",
         {"importer_name": "Dandong Jinxiang Trading Co., Ltd", "importer_country": "CN"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "EG", "847982",
         "Miscelatore in acciaio inox per e-liquid, 2.000 litri, con agitatore, 2 unità", "IT", 7000, 2, 160000,
         "EUR",
         "an e-liquid mixing tank is a thin stainless vessel with a paddle and a tap, sold for a few thousand euros; "
         "these two are heavy, jacketed reactors whose every wetted surface is blue glass enamel, with a glass-lined "
         "anchor agitator, double mechanical seals and PTFE-lined nozzles rated for 6 bar: glass-lined reactors of "
         "100 l to 20 m3 (2B350.a), dual-use equipment that leaves the Union only under an export licence, from "
         "La Spezia to Alexandria for a 'shisha-molasses and e-liquid' maker without one; Italian wording (2B350 "
         "equipment repeats in many sets, glass-lined reactors in several; an e-liquid mixer label was found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "KG", "180690",
         "Travel-retail voorraad: chocolade, zoetwaren en tabaksartikelen voor luchthavenwinkel, 1 pallet", "NL", 480,
         None, 9000, "EUR",
         "a travel-retail pallet for an airport shop is chocolate, confectionery and cartons of mass-market "
         "cigarettes worth a few thousand euros; this pallet holds, under a layer of chocolate, 60 boxes of Cuban "
         "cigars and 40 bottles of XO cognac and single malt at 500-3,000 EUR each, and the shop's order file names "
         "a Moscow cigar lounge as the buyer: luxury goods above 300 EUR an item, whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XVIII), flown from Amsterdam to Bishkek for a Manas duty-free operator; "
         "Dutch wording (luxury goods to Russia through Central Asia repeat in several sets and Cuban cigars through "
         "Armenia once, blind144, kept as a repeat of the family; a travel-retail pallet was found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "482390",
         "Bibuła filtracyjna do torebek herbacianych, bobiny 27 mm, 18 t", "PL", 18000, None, 72000, "EUR",
         "tea-bag filter paper is a soft, porous, heat-sealable web slit 100-160 mm wide; these bobbins are 27 mm "
         "wide, thin, smooth and watermarked with a burn-rate line pattern, the paper of cigarette makers' "
         "garnitures, and the CMR is endorsed at Grodno, where the lorry was unloaded before it reached Kazakhstan: "
         "cigarette paper in rolls (4813), goods used for the production of tobacco products, which may not be sold "
         "or supplied to Belarus (Regulation 765/2006), on a lorry at Kukuryki; Polish wording (supplies for the "
         "Grodno tobacco factory repeat once, acetate tow in blind61, kept as a repeat of the family; a tea-bag paper "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "LVAIR01", "air", "LV", [], "KG", "854340",
         "Elektronisko cigarešu podu kasetnes, tukšas, 20 000 gab.", "LV", 60, 20000, 8000, "EUR",
         "a Riga vape distributor's air shipment for Bishkek: empty pods and mesh coils are what vape shops buy, but "
         "the third item's 'spare control boards for box mods' are 40 reels of bare 32-bit microcontrollers and "
         "field-programmable gate arrays with US and European makers' markings, no vape board among them, and the "
         "consignee forwards to Moscow: integrated circuits of the Common High Priority list, whose sale for use in "
         "Russia Regulation 833/2014 forbids (Annex XXIII), hidden as the last item of a three-item declaration, "
         "flown from Riga to Bishkek; Latvian wording (chips for Russia through Central Asia repeat in many sets, kept "
         "as a repeat of the family; behind vape pods and coils is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("854390", "Tīkla spirāles (mesh coils) 0,15 Ω, 50 000 gab.", "LV", 40, 12000, "EUR", qty=50000),
                           item("854231", "Rezerves vadības plates box-mod ierīcēm, 40 ruļļi", "LV", 16, 6000, "EUR", qty=40)])),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "IN", "847989",
         "Bras de manipulation pour isolateurs pharmaceutiques, 6 paires", "FR", 2400, 6, 360000, "EUR",
         "a pharmaceutical isolator is handled through glove ports, and at most a light transfer arm inside a "
         "stainless cabinet; these six pairs are master-slave telemanipulators with 1.1 m through-wall tubes, "
         "tong heads and lead-shielded sleeves, for a wall far thicker than any isolator's: remote manipulators for "
         "hot cells (2B225), nuclear dual-use goods that leave the Union only under an export licence, from Le Havre "
         "to Mumbai for a 'sterile-products' firm; French wording (master-slave manipulators repeat in several sets "
         "under food-handling and laboratory labels, and an isolator itself in development set dev13-a; arms for a "
         "pharmaceutical isolator were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "PK", "722880",
         "Klingenstahl für Fechtdegen, Rohlinge, 2 t", "AT", 2000, None, 60000, "EUR",
         "maraging steel is what épée blades are forged from, but a blade blank is a thin bar of 10-12 mm; these are "
         "round bars of 150-220 mm diameter, aged to 2,000 MPa with a mill certificate for '1.6358 / 350-grade': "
         "maraging steel of an ultimate tensile strength of 1,950 MPa or more in forms over 75 mm (1C116), which "
         "leaves the Union only under an export licence, flown from Vienna to Lahore for a 'sports-goods' maker; "
         "Austrian German wording (maraging steel repeats in many sets; a fencing-blade label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-08", "export", "FIAIR01", "air", "FI", ["TR"], "AE", "903180",
         "Tuulivoimalan vaihteiston kunnonvalvonta-anturit, 120 kpl", "FI", 24, 120, 96000, "EUR",
         "wind-turbine condition-monitoring sensors are piezo accelerometers of a few grams' resolution bolted to a "
         "gearbox, at 100-300 EUR each; these 120 at 800 EUR are navigation-grade quartz servo accelerometers with a "
         "bias stability of micro-g and a calibration sheet for inertial use: linear accelerometers of 7A001, "
         "dual-use goods that leave the Union only under an export licence, flown through Istanbul to a Sharjah "
         "trader who supplies Iranian buyers; Finnish wording (accelerometers repeat in many sets; a wind-turbine "
         "condition-monitoring label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "CN", "851810",
         "Hydrofoner til akustiske sælskræmmere på dambrug, 200 stk.", "DK", 400, 200, 140000, "EUR",
         "acoustic seal scarers at fish farms use one loud transducer and a cheap monitoring hydrophone; these 200 "
         "are low-noise, wide-band hydrophones rated to 3,000 m with preamplifiers and array connectors for towed "
         "cables: hydrophones of 6A001, dual-use goods that leave the Union only under an export licence, from "
         "Aarhus to Qingdao for a 'marine aquaculture' firm; Danish wording (hydrophones repeat in several sets; a "
         "seal-scarer label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-10", "export", "SIAIR01", "air", "SI", [], "AE", "852589",
         "Kamere za analizo golf zamaha, visoka hitrost, 6 kosov", "SI", 30, 6, 420000, "EUR",
         "golf-swing cameras record 240-1,000 frames a second and cost a few thousand euros; these six at 70,000 "
         "EUR each record a million frames a second at full resolution with an intensified sensor and trigger inputs "
         "for detonics test ranges: high-speed cameras of 6A003, dual-use goods that leave the Union only under an "
         "export licence, flown from Ljubljana to Dubai for a trader whose client is in Tehran; Slovenian wording "
         "(high-speed cameras repeat in several sets under slow-motion and sports labels; golf-swing cameras were "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "IEPOST01", "post", "CA", [], "IE", "961400",
         "Scrimshaw-style resin tobacco pipes, new, Nova Scotia craft, 3 pcs", "CA", 1.1, 3, 180, "CAD",
         "resin scrimshaw-style pipes are light, warm, evenly creamy castings with a printed whaling scene and a "
         "mould seam; these three are heavy, cold, banded ivory bowls cut from whole teeth, with the hollow pulp cone "
         "of the root and hand-scratched ships inked in black: sperm whale teeth (Physeter macrocephalus, CITES App. "
         "I) carved into pipes, without CITES documents, posted from Halifax to a private pipe collector in Cork; "
         "Canadian English wording (sperm whale teeth and scrimshaw repeat in many sets; resin tobacco pipes were "
         "found in no earlier row by a keyword search)", person("Seán Murphy", "IE")),
        ("WLF-02", "import", "CZAIR01", "air", "CU", [], "CZ", "420231",
         "Estuches para tabacos de piel de res repujada, artesanía habanera, 40 piezas", "CU", 8, 40, 600, "USD",
         "embossed cowhide cigar cases are stamped with a fake reptile grain that repeats and is the same on every "
         "case; these 40 carry real, irregular scales with bony osteoderms on the belly panels and the small, "
         "pebbled flank scales of the Cuban crocodile: leather of Crocodylus rhombifer (CITES App. I), without CITES "
         "documents, flown from Havana to Prague for a cigar shop; Cuban Spanish wording (crocodile leather repeats "
         "in several sets under cowhide labels; cigar cases of Cuban crocodile were found in no earlier row by a "
         "keyword search)", firm("Meridian Doutníky s.r.o.", "CZ")),
        ("WLF-03", "import", "ITSEA01", "sea", "BR", [], "IT", "440399",
         "Ebauchons de briar (urze) para cachimbos, 4.000 peças", "BR", 1600, 4000, 4000, "USD",
         "briar ébauchons are boiled, sawn blocks of Mediterranean heath root, tan, dense and flecked, and Brazil "
         "grows no heath; these 4,000 are chocolate-brown to purple-black, streaked, oily blocks that smell of roses "
         "when sawn and sink in water: Brazilian rosewood (Dalbergia nigra, CITES App. I), without CITES documents, "
         "by sea from Santos to Genoa for a Varese pipe maker; Brazilian Portuguese wording (Dalbergia nigra repeats "
         "in many sets; a briar ébauchon label was found in no earlier row by a keyword search)",
         firm("Alpina Pipe Srl", "IT")),
        ("WLF-04", "import", "ESSEA01", "sea", "PH", [], "ES", "392690",
         "Mga resin nga ashtray, dekorasyon, porma sa kinhason, 1,200 ka buok", "PH", 3600, 1200, 3000, "USD",
         "resin shell-shaped ashtrays are light, moulded and identical, with a seam; these 1,200 are heavy, "
         "chalk-white, fluted half-shells of 2-4 kg with wavy, interlocking edges and growth lines, real valves of "
         "giant clams: Tridacna shells (Tridacnidae, CITES App. II), without CITES documents, by sea from Cebu to "
         "Barcelona for a tobacconists' and souvenir wholesaler; Cebuano wording (giant clams repeat in many sets and "
         "ashtrays once, alabaster antiquities from Oman in blind92; giant-clam ashtrays were found in no earlier row "
         "by a keyword search)", firm("Rivage Estancos SL", "ES")),
        ("WLF-05", "transit", "BEAIR01", "air", "MW", ["BE"], "HK", "240120",
         "Flue-cured Virginia tobacco strips, lamina, cartons 200 kg, 12 cartons", "MW", 2400, 12, 14000, "USD",
         "Malawian lamina travels by sea in C48 cartons at a few dollars a kilogram, and never by air in small lots; "
         "four of these twelve cartons hold, under a layer of yellow leaf, 600 kg of hard, brown, overlapping "
         "keratin scales in sacks: pangolin scales (Manis spp. and Phataginus spp., CITES App. I), landed at Liège "
         "in transit from Lilongwe to Hong Kong; Malawian English wording (pangolin scales repeat in many sets, and "
         "ivory under tobacco leaf from Malawi in a development set; tobacco strips in an air transit through Liège "
         "were found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-06", "import", "DKPOST01", "post", "GL", [], "DK", "960190",
         "Pibestoppere af rensdyrtak, kunsthåndværk / tuttup nassui, 20", "GL", 1.4, 20, 2000, "DKK",
         "reindeer-antler pipe tampers are grey-brown, spongy at the core and grooved on the outside; these twenty "
         "are dense, ivory-white rods with a left-hand spiral groove and a central pulp canal, cut from a tusk: "
         "narwhal ivory (Monodon monoceros, CITES App. II), whose export from Greenland needs a CITES export permit, "
         "posted from Nuuk to a Copenhagen pipe shop without one; Danish wording with Kalaallisut (narwhal tusk "
         "repeats in many sets; pipe tampers were found in no earlier row by a keyword search)",
         firm("Nordhafen Piber ApS", "DK")),
        ("WLF-07", "import", "PTSEA01", "sea", "CL", [], "PT", "440929",
         "Deck de curupaú, machihembrado, secado al horno, 40 m3", "BO", 36000, None, 30000, "USD",
         "curupaú (Anadenanthera) decking is a reddish, interlocked, very hard wood with dark streaks and no special "
         "oiliness; these boards are olive-brown, waxy, with fine yellow powder in the pores that stains a wet "
         "finger yellow-green, the hallmark of lapacho: tajibo/ipê (Handroanthus spp., CITES App. II), without a "
         "CITES export permit, by sea from Arica to Leixões for a decking importer; Bolivian Spanish wording (ipê "
         "repeats in many sets under cumaru, garapa and massaranduba labels; a curupaú label was found in no earlier "
         "row by a keyword search)", firm("Atlantic Madeiras Lda", "PT")),
        ("WLF-08", "import", "ATAIR01", "air", "IR", [], "AT", "160432",
         "خاویار ماهی لامپ (lumpfish) سیاه، برای فروش در پرواز و فروشگاه معاف از عوارض، قوطی 30 گرمی، 600 قوطی",
         "IR", 18, 600, 900, "EUR",
         "lumpfish roe for in-flight and duty-free sale is small, hard, black-dyed eggs of about 2 mm in brine that "
         "bleed black dye onto a white plate, at 1.50 EUR a tin, and Iran has no lumpfish; these 600 tins hold large, "
         "soft, grey to dark-olive eggs of 3 mm that do not bleed, with the nutty, buttery taste of sturgeon roe and "
         "Caspian processors' lids under the new labels: wild sturgeon caviar (Acipenseriformes, CITES App. II) "
         "without CITES documents, flown from Tehran to Vienna for an airline travel-retail supplier, as 30 g tins "
         "below the 125 g a traveller may carry; Persian wording (caviar repeats in many sets, under salmon-roe and "
         "pike-roe labels among others, kept as a repeat of the good; a lumpfish label for in-flight retail was "
         "found in no earlier row by a keyword search)", firm("Alpina Inflight Retail GmbH", "AT")),
        ("WLF-09", "import", "DEAIR01", "air", "IN", [], "DE", "961400",
         "మామిడి చెక్క హుక్కా కాడలు మరియు మౌత్‌పీస్‌లు, కొత్తవి, 400", "IN", 120, 400, 1600, "USD",
         "mango-wood hookah stems are pale, light, coarse-grained wood, lacquered brown, that float; these 400 are "
         "heavy, blood-red, fine-grained, wavy-figured turnings that sink in water, whose shavings turn alcohol "
         "orange with a blue-green fluorescence: red sanders (Pterocarpus santalinus, CITES App. II), whose export "
         "India forbids for wood of wild origin, turned near Tirupati and flown from Chennai to Frankfurt for a "
         "shisha-accessory wholesaler; Telugu wording (red sanders repeats in several sets, under sappanwood labels "
         "among others; hookah stems were found in no earlier row by a keyword search)",
         firm("Vega Shisha Handel GmbH", "DE")),
        ("WLF-10", "import", "FRAIR01", "express", "US", [], "FR", "121120",
         "Cultivated Wisconsin ginseng roots, dried, grade A, 5 lb", "US", 2.3, None, 3600, "USD",
         "cultivated Wisconsin ginseng is smooth, carrot-like, pale roots of four years at a few hundred dollars a "
         "pound; these are small, gnarled, heavily ringed roots with long necks of many stem scars, at 700 dollars a "
         "pound: wild American ginseng (Panax quinquefolius, CITES App. II), exported without the CITES permit wild "
         "roots need, sent by express from Kentucky to a Paris Chinese-medicine shop; US English wording (American "
         "ginseng repeats in several sets, a Wisconsin label once, on roots declared wild, blind27; a cultivated-"
         "Wisconsin label by express to France is the new part as far as a search found)", firm("Horizon Herboristerie SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home well-water treatment)", "CH", 4.5, 4, 60,
     "CHF", [("PRECURSOR_LICENCE", "AT-BMI-59-0042")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "US", "DK", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "US", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-59-0017")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "293979",
     "Expired nicotine base and nicotine-laden rinsings (07 05 13*), from a Swiss e-liquid maker, for incineration "
     "at a licensed plant, 4 t", "CH", 4000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-59-0131")],
     "notified nicotine waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854340",
     "Used heated-tobacco devices with lithium cells (16 02 13*), kiosk take-back, for battery recycling at a "
     "licensed plant, 3 t", "NO", 3000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-59-0058")],
     "notified heated-tobacco e-waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ROROAD01", "road", "MD", "RO", "290376",
     "Halon 1301, recovered from a cigarette factory's fire-suppression system, 24 cylinders, for destruction at a "
     "licensed plant", "MD", 2160, 24, 0, "EUR", [("ODS_LICENCE", "RO-MMAP-ODS-59-006")],
     "recovered halon 1301 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "CN", "DE", "841850",
     "Compressor cigar humidor cabinets, pre-charged with HFC-134a (60 g each), 120 units, HFCs accounted under quota",
     "CN", 6000, 120, 24000, "USD", [("FGAS_QUOTA", "DE-FGAS-59-0288")],
     "HFC-charged equipment placed on the market with its quota authorisation"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "CH",
     "711419", "Gold snuff box, chased, Dresden, about 1760, documented Saxon private collection since 1921", "DE",
     0.3, 1, 140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-59-0066")],
     "18th-century snuff box exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "FRAIR01", "air", "HK", "FR", "701399",
     "Qing carved red-overlay glass snuff bottle, Qianlong mark and period, documented Hong Kong collection since "
     "1965", "HK", 0.1, 1, 45000, "EUR", [("IMPORTER_STATEMENT", "FR-MC-IMP-59-0019")],
     "Qing snuff bottle imported with its importer statement and provenance"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "EG", "841989",
     "Glass-lined jacketed reactor, 2,000 l, for an Egyptian pharmaceutical maker", "IT", 3500, 1, 90000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-59-0187"), ("END_USER_CERTIFICATE", "EG-EDA-EUC-59-0024")],
     "dual-use glass-lined reactor under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "TR", "722880",
     "Maraging steel 350 round bars, 180 mm, for a Turkish aero-engine shaft maker", "AT", 1500, None, 48000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-59-0091"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-59-0037")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DKAIR01", "air", "GL", "DK", "960190",
     "Narwhal-ivory pipe tampers, from legally hunted animals, Greenland craft, 20", "GL", 1.4, 20, 3000, "DKK",
     [("CITES_PERMIT", "GL-APN-59-0044")], "App. II narwhal ivory with its Greenland export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "PH", "ES", "050800",
     "Giant-clam shells (Tridacna derasa), maricultured, for ashtrays and décor, 200", "PH", 600, 200, 2400, "USD",
     [("CITES_PERMIT", "PH-BFAR-59-0113")], "App. II maricultured giant-clam shells with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-03": "Central Entsorgung GmbH",
    "PRM-06": "Orion Tabakwaren Zubehör GmbH", "PRM-08": "Galerie Rivage SARL", "PRM-12": "Rivage Estancos SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (51 rows): the lawful twins of this set's disguises, nearly all of them
    # the non-tobacco supplies and accessories of the tobacco, vaping, hookah and snuff trade
    ("340290", "Hookah vase and hose cleaner, citric-acid based, 1 l", "import", ["express"], ["AZ", "TR"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("330210", "Food flavour concentrates, PG-based, nicotine-free, 30 ml", "import", ["express"], ["CN", "MY"], (40, 80), (1, 3), ["USD"], 30, S),
    ("330129", "Clove bud oil, for flavouring", "import", ["express"], ["ID", "LK"], (30, 60), (1, 3), ["USD"], 10, S),
    ("391290", "Microcrystalline cellulose powder, food grade", "import", ["post"], ["US", "IN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("283620", "Sodium carbonate (soda ash), food grade, 1 kg", "import", ["post"], ["NO", "GB"], (6, 12), (1, 4), ["NOK", "GBP"], 1, S),
    ("291631", "Benzoic acid, food grade (E210), 500 g", "import", ["express"], ["MY", "CN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("251310", "Pumice granules for tobacco-free steam stones, unflavoured", "import", ["sea"], ["LB", "EG"], (0.6, 1.2), (2000, 8000), ["USD"], 1, S),
    ("285390", "Distilled water, 1 gal, for cigar humidifiers", "import", ["express"], ["NI", "DO"], (3, 6), (2, 4), ["USD"], 0.25, S),
    ("340590", "Brass polish cream, for hookahs and trays", "import", ["post"], ["EG", "TR"], (6, 12), (1, 3), ["EUR", "EGP"], 4, S),
    ("210690", "Mukhwas (mouth freshener), assorted, 1 kg packs", "import", ["air"], ["IN"], (3, 6), (200, 800), ["USD"], 1, S),
    ("252220", "Slaked lime paste (chuna) for paan, 100 g tubes", "import", ["air"], ["IN", "BD"], (1.5, 3), (100, 500), ["USD"], 10, S),
    ("290545", "Vegetable glycerine USP, for shisha molasses makers", "export", ["road"], ["UA", "MD"], (1.2, 1.8), (10000, 20000), ["EUR"], None, S),
    ("940360", "Duty-free shop display units, wood and glass, new, unrefrigerated", "export", ["sea"], ["GM", "SN"], (6, 12), (2000, 6000), ["EUR"], 0.01, S),
    ("392390", "Polystyrene float trays for tobacco seedlings, new", "export", ["road"], ["MK", "AL"], (3, 5), (2000, 6000), ["EUR"], 0.5, S),
    ("847810", "Cigarette-making machine, new, with maker's warranty", "export", ["sea"], ["TR", "ID"], (15, 25), (6000, 16000), ["EUR"], 0.0001, S),
    ("842123", "Oil filters for cars, new, boxed", "import", ["sea"], ["KR", "CN"], (3, 5), (4000, 10000), ["USD"], 2, S),
    ("382000", "Antifreeze, ethylene glycol, ready to use, 5 l", "export", ["road"], ["MD", "UA"], (0.8, 1.4), (10000, 20000), ["EUR"], 0.2, S),
    ("271500", "Cold-mix bitumen emulsion for road repair, drums", "export", ["sea"], ["TN", "LY"], (0.4, 0.7), (15000, 22000), ["EUR"], None, S),
    ("741220", "Brass plumbing fittings, new", "export", ["sea"], ["IN", "AE"], (6, 9), (3000, 9000), ["EUR"], 8, S),
    ("850750", "Nickel-metal hydride batteries, new", "import", ["road"], ["RS", "BA"], (8, 14), (1000, 4000), ["EUR"], 4, S),
    ("841850", "Thermoelectric cigar humidor cabinets, Peltier, no refrigerant", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], 0.03, S),
    ("340290", "Tobacco-pipe cleaning fluid, alcohol-based, 250 ml", "import", ["post"], ["UA", "GB"], (8, 15), (1, 3), ["EUR", "GBP"], 4, S),
    ("271012", "Petrol lighter fluid (naphtha), 125 ml", "import", ["road"], ["BA", "RS"], (2, 4), (500, 2000), ["EUR"], 8, S),
    ("271113", "Triple-refined butane for jet-flame cigar lighters, 300 ml", "import", ["sea"], ["CN", "KR"], (3, 5), (2000, 6000), ["USD"], 6, S),
    ("841850", "Counter coolers for snus and nicotine pouches, R-290", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.025, S),
    ("280429", "Helium balloon kits, disposable canisters", "import", ["road"], ["MK", "RS"], (5, 9), (2000, 6000), ["EUR"], 0.2, S),
    ("381400", "Furniture deglosser, hydrocarbon-based, 5 l", "import", ["sea"], ["GE", "TR"], (1.5, 3), (1000, 4000), ["USD"], 0.2, S),
    ("340290", "Tyre repair sealant aerosol, propane-butane propellant", "import", ["rail", "road"], ["KZ", "TR"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("381300", "Dry-powder car fire-extinguishing sprays, 500 ml", "import", ["sea"], ["TH", "CN"], (2, 4), (2000, 6000), ["USD"], 1.5, S),
    ("701399", "Inside-painted glass snuff bottles, new craft", "import", ["express"], ["HK", "CN"], (60, 150), (1, 2), ["USD", "HKD"], 8, S),
    ("961400", "Soapstone tobacco pipes, new craft", "import", ["express"], ["US", "IN"], (60, 140), (1, 2), ["USD"], 3, S),
    ("961400", "Brass hookahs with glass vases, new, Cairo and Damascus-style craft", "import", ["air"], ["LB", "EG"], (12, 25), (100, 500), ["USD"], 0.3, S),
    ("790700", "Bidri-ware boxes and vases, new, Bidar craft", "import", ["air"], ["IN"], (20, 40), (50, 300), ["USD"], 2, S),
    ("711790", "Zulu beadwork, new craft", "import", ["post"], ["ZA"], (40, 90), (1, 3), ["ZAR", "USD"], 6, S),
    ("961400", "Clay pipe bowls, Tophane-style, new", "import", ["post"], ["TR"], (40, 80), (1, 2), ["EUR", "TRY"], 12, S),
    ("830629", "Gilded brass pill boxes, new", "export", ["post"], ["CH", "US"], (80, 160), (1, 2), ["EUR"], 10, S),
    ("630499", "Kalaga sequin wall hangings, new, Mandalay craft", "import", ["air"], ["MM", "TH"], (15, 30), (50, 300), ["USD"], 0.4, S),
    ("970191", "Miniature paintings on paper, new, Jaipur craft", "import", ["express"], ["IN"], (100, 250), (1, 2), ["USD"], 10, S),
    ("442090", "Gelede-style masks, new, Kétu craft", "import", ["air"], ["BJ", "NG"], (10, 25), (100, 500), ["USD", "EUR"], 0.3, S),
    ("420231", "Embossed cowhide cigar cases, new", "import", ["post"], ["CU", "DO"], (50, 100), (1, 2), ["USD"], 5, S),
    ("961400", "Briar pipe bowls (stummels), turned, unfinished", "import", ["sea"], ["MA", "DZ"], (6, 12), (500, 2000), ["EUR"], 12, S),
    ("691390", "Ceramic ashtrays, new, shell-shaped", "import", ["sea"], ["PH", "CN"], (1.5, 3), (2000, 6000), ["USD"], 2, S),
    ("442090", "Wooden pipe tampers and pipe stands, new", "import", ["post"], ["GL", "NO"], (60, 120), (1, 2), ["DKK", "NOK"], 15, S),
    ("961400", "Resin scrimshaw-style tobacco pipes, new", "import", ["post"], ["CA", "US"], (80, 160), (1, 2), ["CAD", "USD"], 3, S),
    ("392590", "Wood-plastic composite decking boards", "import", ["sea"], ["CN", "VN"], (1.0, 1.6), (12000, 22000), ["USD"], None, S),
    ("961400", "Mango-wood hookah stems and mouthpieces, new", "import", ["air"], ["IN", "EG"], (5, 10), (100, 400), ["USD"], 3, S),
    ("121120", "Cultivated ginseng roots, dried, Korean red", "import", ["express"], ["KR", "CN"], (150, 300), (1, 2), ["USD"], None, S),
    ("847982", "Liquid mixing tanks with paddle, unjacketed, 1,000 l, for e-liquid and syrups", "export", ["sea"], ["EG", "TR"], (10, 18), (1000, 4000), ["EUR"], 0.003, S),
    ("621133", "Fencing jackets, FIE 800 N", "export", ["air"], ["US", "JP"], (60, 120), (50, 300), ["EUR"], 1, S),
    ("482390", "Tea-bag filter paper, heat-sealable, bobbins", "export", ["road"], ["UA", "MD"], (3, 5), (8000, 16000), ["EUR"], None, S),
    ("180690", "Travel-retail chocolate assortments, boxed", "export", ["air"], ["KG", "AE"], (12, 20), (200, 800), ["EUR"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Seagrass laundry hampers, with lids", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("482050", "Photo albums, paper pages, cloth covers", "import", ["sea"], ["CN", "IN"], (3, 6), (3000, 8000), ["USD"], 1, N),
        ("491199", "Printed sewing patterns, paper, in envelopes", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
        ("620891", "Cotton terry bathrobes", "import", ["sea"], ["TR", "PK"], (6, 10), (3000, 8000), ["USD", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind200", 20590701, HERE)


if __name__ == "__main__":
    main()
