#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-ninth blind set (tests/risk/data/blind249-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: scrap yards, car dismantlers
and salvage auctions (scrap-metal dealers, end-of-life vehicle dismantlers, insurance
salvage and surplus auctions, metal recyclers' export desks, ship-breaking yards).
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
table's two steel rows are dropped, as in blind128; so are ferrous scrap and steel
cylinders among the sensitive-looking rows). Disguised rows carry a consignee name only
where a real declaration would. Ids are BL249-*:

    python3 tests/risk/data/make_blind249_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HRROAD01", "road", "BA", [], "HR", "310210",
         "AdBlue, vodeni rastvor uree 32,5 %, kanisteri 10 l, 400 komada", "BA", 4560, 400, 2400, "EUR",
         "AdBlue is a water-clear urea solution of 1.09 kg/l that smells faintly of ammonia and leaves white "
         "crystals on the spout; these 400 cans, loaded at a Bihać car dismantler's yard (auto otpad) that sells "
         "fluids on the side, hold an oily liquid of 1.14 kg/l with a fruity, solvent smell that burns with a pale "
         "flame and whose drum seals read 'CH3NO2': nitromethane (Annex I above 16 %), for a Zagreb car-parts web "
         "shop that sells 10 l cans to the public, at Gradina; Bosnian wording (nitromethane repeats in many sets "
         "and AdBlue labels in several; a dismantler's yard as the filler, by road from Bosnia, is the new part as "
         "far as a search found)", firm("Delta Autodijelovi d.o.o.", "HR")),
        ("PRE-02", "import", "ITSEA01", "sea", "AL", [], "IT", "285390",
         "Ujë i distiluar për bateri makinash, bidona 5 litra, 2.000 copë", "AL", 12000, 2000, 1400, "EUR",
         "battery top-up water is demineralised water of 1.00 kg/l in thin, unvented cans; these 2,000 cans have "
         "vented caps, weigh 6 kg each (1.20 kg/l), and the liquid foams on rust, whitens the skin and bleaches a "
         "rag: about 50 % hydrogen peroxide (Annex I above 12 %), shipped from Durrës to Bari by a Tirana "
         "scrap-and-parts trader for a Puglia car-parts chain that sells to the public; Albanian wording "
         "(hydrogen peroxide repeats in many sets and battery-water labels in a few; from Albania by sea for a "
         "car-parts chain is the new part as far as a search found)", firm("Meridian Autoricambi Srl", "IT")),
        ("PRE-03", "import", "GRROAD01", "road", "MK", [], "GR", "382000",
         "Антифриз концентрат G13, жолт, канистри 5 л, 1.200 парчиња", "MK", 8400, 1200, 4800, "EUR",
         "G13 coolant concentrate is a sweet-smelling glycol of 1.11 kg/l dyed violet or yellow; these cans hold a "
         "pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and attacks the "
         "aluminium of a radiator cap: about 65 % nitric acid (Annex I above 3 %), for a Thessaloniki car-parts "
         "wholesaler supplying retail shops, at Evzonoi; Macedonian wording (nitric acid repeats in many sets and "
         "antifreeze labels in many, a G13 label once (blind202); kept as a known repeat of the family, from North "
         "Macedonia by road is the new part as far as a search found)", firm("Orion Antallaktika AE", "GR")),
        ("PRE-04", "import", "SEROAD01", "road", "NO", [], "SE", "250840",
         "Oljeabsorberende granulat for verksted og bilopphuggeri, sekker 20 kg, 1 000 sekker", "NO", 20000, 1000,
         3000, "EUR",
         "oil-absorbent granules for workshops and dismantlers are brown, dusty, fired-clay grains that soak up "
         "oil; these sacks hold white, round prills that go ice-cold in water, absorb no oil at all and test at "
         "34 % N: ammonium nitrate (Annex I at 16 % N or more), for a Gothenburg workshop-supply chain that sells "
         "20 kg sacks to the public, at Svinesund; Norwegian wording (ammonium nitrate repeats in many sets and "
         "oil-absorbent labels in several; a dismantler's oil-binder label from Norway is the new part as far as a "
         "search found)", firm("Nordhafen Verkstadsmaterial AB", "SE")),
        ("PRE-05", "import", "IEPOST01", "post", "GB", [], "IE", "284011",
         "Borax brazing flux powder, 4 x 500 g tubs, for a classic-car restorer", "GB", 2.0, 4, 24, "GBP",
         "borax flux is a soft white powder that fuses into a glassy bead on hot brass; this powder does not fuse, "
         "is heavy and gritty, flares violently on a hot plate and the tubs' inner bags read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from a Midlands autojumble trader to a private person in Cork; "
         "British English wording (potassium perchlorate repeats in many sets and brazing-flux labels in several; "
         "kept as a known repeat of the family, by post from Britain to Ireland for a 'restorer' is the new part)",
         person("Mr C. Murphy", "IE")),
        ("PRE-06", "import", "DEAIR01", "express", "KR", [], "DE", "382499",
         "라디에이터 누수 방지 분말, 500 g × 6통", "KR", 3.0, 6, 90, "USD",
         "radiator stop-leak powder is a brown or copper-flecked fibrous powder; these six tubs hold a white, "
         "crystalline, hygroscopic salt that burns fiercely with sugar and carries CAS 7601-89-0 on the inner "
         "bags: sodium perchlorate (Annex I above 40 %), sent by express from Incheon to a private person in "
         "Chemnitz; Korean wording (sodium perchlorate repeats in many sets and stop-leak labels in a few; a "
         "stop-leak powder from Korea by express is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "SK", "283630",
         "苏打喷砂介质 (碳酸氢钠), 汽车修复用, 25 公斤袋, 800 袋", "CN", 20000, 800, 7200, "USD",
         "soda-blasting media is sodium bicarbonate: a soft, slightly salty white powder that fizzes with vinegar; "
         "this powder does not fizz, is heavier, tastes cool and bitter and spits violet sparks on a hot iron, and "
         "the sacks' liners read CAS 3811-04-9: potassium chlorate (Annex I above 40 %), by rail from Xi'an to "
         "Małaszewicze for a Dunajská Streda car-restoration supply web shop that sells 5 kg bags to the public; "
         "Chinese wording (potassium chlorate repeats in many sets, bicarbonate labels in many and soda-blasting "
         "labels in three (blind183, blind184, blind245); kept as a known repeat of the label, by rail to Slovakia "
         "is the new part as far as a search found)",
         firm("Vega Autorenovácia s.r.o.", "SK")),
        ("PRE-08", "import", "FRROAD01", "road", "CH", [], "FR", "340290",
         "Poudre de prélavage carrosserie (TFR), seaux de 10 kg, 600 seaux", "CH", 6000, 600, 5400, "EUR",
         "a traffic-film-remover powder is an alkaline, soapy, slightly perfumed powder that foams at once; this "
         "powder does not foam, is not slippery, tastes salty and cool, and a pinch on a glowing cigarette flares: "
         "sodium chlorate (Annex I above 40 %), for a Savoie car-wash and car-care shop that sells buckets to the "
         "public, at Bardonnex; Swiss French wording (sodium chlorate repeats in many sets and car-wash labels in "
         "several; a TFR pre-wash label from Switzerland is the new part as far as a search found)",
         firm("Rivage Lavage Auto SARL", "FR")),
        ("PRE-09", "import", "CYSEA01", "sea", "JP", [], "CY", "840734",
         "中古ガソリンエンジン 1.5L (部品取り車より), 40基", "JP", 4800, 40, 12000, "USD",
         "a Yokohama dismantler's used-parts container for Limassol: right-hand-drive engines and gearboxes are "
         "what Japanese yards send to Cyprus, but the third item's 'バッテリー補充液 (精製水)' are 600 one-litre "
         "bottles of an oily liquid of 1.84 kg/l that chars paper and grows hot with water: about 96 % sulphuric "
         "acid (Annex I above 15 %), for a Limassol used-parts shop that sells to the public, hidden as the last "
         "item of a three-item declaration; Japanese wording (sulphuric acid repeats in many sets and battery "
         "labels in many; a battery-refill-water label in a Japanese dismantler's container is the new part as "
         "far as a search found)",
         dict(firm("Orion Used Auto Parts Ltd", "CY"),
              _more_items=[item("870840", "中古オートマチックトランスミッション, 30台", "JP", 2100, 4500, "USD", qty=30),
                           item("285390", "バッテリー補充液 (精製水), 1L, 600本", "JP", 1100, 300, "USD", qty=600)])),
        ("PRE-10", "import", "NLAIR01", "express", "TH", [], "NL", "340290",
         "น้ำยาล้างล้อแม็ก สูตรไม่มีกรด 4 x 1 ลิตร", "TH", 4.6, 4, 1200, "THB",
         "an acid-free alloy-wheel cleaner is a red or purple gel that 'bleeds' on brake dust; these four bottles "
         "hold a water-clear, odourless liquid of 1.13 kg/l in vented caps that foams on a wheel, whitens the skin "
         "and bleaches a cloth: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Bangkok to "
         "a private person in Eindhoven; Thai wording (hydrogen peroxide repeats in many sets and wheel-cleaner "
         "labels in a few; from Thailand by express is the new part as far as a search found)",
         person("M. Bakker", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "760200",
         "Aluminijasti odpadki, ohišja plinskih generatorjev iz razgradnje vozil, 18 t", "SI", 18000, None, 5400, "EUR",
         "aluminium scrap from car dismantling is empty, crushed castings and wheels; these gitterboxes hold "
         "thousands of intact, undeployed airbag gas generators and seat-belt pretensioners with their squib "
         "connectors still fitted and UN3268 labels on part of them, pulled by Maribor dismantlers instead of being "
         "deployed: explosive components of end-of-life vehicles (16 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Croatia to a Sarajevo 'smelter'; Slovene wording (airbag "
         "inflators repeat in several sets, once under an aluminium-scrap label (blind30); kept as a repeat of the "
         "family, from Slovenia to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-02", "export", "LVSEA01", "sea", "LV", [], "IN", "760200",
         "Krāsaino metālu šrots Zorba 95/5, no automašīnu smalcinātāja, 22 t", "LV", 22000, None, 8800, "EUR",
         "Zorba is the shredder's heavy non-ferrous fraction: clean, rattling pieces of cast aluminium, copper and "
         "zinc; these bags are light, dusty and soft, full of foam, seat fabric, carpet, glass, wire ends and oily "
         "fines with a little metal on top: automotive shredder residue, the light 'fluff' fraction containing "
         "hazardous substances (19 10 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Riga to Mundra; Latvian wording (shredder fluff repeats in many sets and fluff under a Zorba "
         "label once (blind4); kept as a known repeat, from Latvia to India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "GH", "870899",
         "Gebruikte auto-onderdelen uit schadevoertuigen (veiling), gedemonteerd, 1 container", "NL", 14000, None,
         7000, "EUR",
         "used parts from an insurance salvage auction are doors, lamps and engines; this container holds 28 "
         "traction battery packs cut out of salt-water flooded and crash-damaged electric cars, with swollen "
         "modules, corroded busbars and a sweet solvent smell of leaking electrolyte: waste lithium-ion batteries "
         "from written-off vehicles, shipped as 'spare parts' without the notification and consent such waste "
         "needs and to a country that may not take it, from Rotterdam to Tema; Dutch wording (EV batteries to "
         "Ghana repeat in several sets; kept as a known repeat, an insurance-auction parts label from the "
         "Netherlands is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-04", "export", "MTSEA01", "sea", "MT", [], "LY", "870323",
         "Karozzi użati, 1.6 l, 12-il unità, għat-tiswija", "MT", 14400, 12, 9600, "EUR",
         "repairable used cars have papers, keys and fluids at the right level; these twelve are insurance total "
         "losses from the 2067 Marsa floods, with silt in the cabins, deployed airbags, cracked sumps weeping oil "
         "and brake fluid, and deregistration certificates in the glovebox: end-of-life vehicles containing "
         "liquids and other hazardous components (16 01 04*), hazardous waste whose export to a non-OECD country is "
         "banned, from Valletta to Misrata; Maltese wording (undrained write-offs repeat in several sets and Malta "
         "to Libya in many; kept as a known repeat of the route, a Maltese-language flood total-loss row is the new "
         "part as far as a search found)", {"importer_country": "LY"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", ["HU"], "UA", "780200",
         "Olovený šrot mäkký – batériové svorky (Rakes), 20 t", "SK", 20000, None, 16000, "EUR",
         "'Rakes' are clean lead battery lugs and posts, bright where cut; these bags hold crushed battery grids "
         "caked with brown-white paste, wet with acid that eats the bag and smells of sulphur, with pieces of "
         "black polypropylene case: broken lead-acid battery scrap (16 06 01*, Basel A1160), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry through Hungary to Ukraine; Slovak wording (battery "
         "scrap under Rakes labels repeats in several sets; kept as a known repeat, from Slovakia is the new part "
         "as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "HRSEA01", "sea", "HR", [], "TR", "720449",
         "Čelični otpad HMS 1&2 (80:20), balirano, 25 t", "HR", 25000, None, 8000, "EUR",
         "HMS 1&2 is loose, clean, cut steel of known thickness; these are bales that drip black oil, made of "
         "thousands of crushed, undrained oil filters and oily 200 l drums with sludge inside, from a Zagreb "
         "dismantler's depollution line: oil filters (16 01 07*) and packaging containing residues of hazardous "
         "substances (15 01 10*), hazardous waste shipped to an OECD country without the notification and consent "
         "it needs, from Rijeka to Aliağa; Croatian wording (oil filters under HMS labels repeat in several sets; "
         "kept as a known repeat, from Croatia to Türkiye is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "IN", "890190",
         "Mehrzweckfrachter, Baujahr 1998, verkauft zum Weiterbetrieb, 1 Schiff", "DE", 6200000, 1, 3100000, "USD",
         "a cargo ship sold for further trading has class, a crew contract and a next charter; this one was sold "
         "by a Hamburg owner to a cash buyer at the demolition price per light tonne, re-flagged for a 'last "
         "voyage', with her class suspended and an Alang plot booked, and she carries asbestos lagging, PCB cables "
         "and TBT paint: a ship going for breaking, hazardous waste whose export to a non-OECD country is banned, "
         "from Bremerhaven to Alang; German wording (end-of-life ships sold for further trading repeat in several "
         "sets; kept as a known repeat, a German multipurpose ship is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "740400",
         "Rézkábel-hulladék, granulálásra, 20 t", "HU", 20000, None, 44000, "EUR",
         "copper cable scrap for granulating is plastic-insulated building wire; these drums hold thick, "
         "lead-sheathed, oil-impregnated paper-insulated underground power cable dug out of Budapest streets, "
         "oozing dark compound that smells of tar: cables containing oil and coal tar (17 04 10*), hazardous waste "
         "whose export to a non-OECD country is banned, at Röszke for a Subotica 'granulator'; Hungarian wording "
         "(paper-insulated lead cable repeats in several sets; from Hungary to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "440791",
         "Дъбови греди, употребявани, за озеленяване, 24 т", "BG", 24000, None, 2400, "EUR",
         "used oak beams from old barns are grey, dry and smell of wood; these are black, sticky, tar-smelling "
         "2.6 m baulks with spike holes and tie-plate marks, lifted by a railway scrap contractor near Kulata: "
         "creosoted railway sleepers (17 02 04*), hazardous waste whose export to a non-OECD country is banned, on "
         "a lorry to a Strumica 'landscaper'; Bulgarian wording (sleepers under oak-beam labels repeat in many "
         "sets; kept as a known repeat, from Bulgaria to North Macedonia is the new part as far as a search "
         "found)", {"importer_country": "MK"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "NG", "870323",
         "Used cars, repairable salvage, auction lots, 4 units", "IE", 6000, 4, 8000, "EUR",
         "a salvage-auction container for Lagos: repairable cars and part-worn tyres are what Dublin dismantlers "
         "ship to Nigeria, but the third item's 'generator oil, recycled' is 20 drums of black, water-laden waste "
         "engine oil mixed with brake fluid and coolant, drained from write-offs in the dismantler's yard: waste "
         "mineral oils (13 02 08*, 16 01 13*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, from Dublin to Apapa; Irish English wording (waste oil "
         "repeats in many sets; as generator oil behind salvage cars from Ireland is the new part as far as a "
         "search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("401220", "Part-worn tyres, 300 pcs", "IE", 2400, 1500, "EUR", qty=300),
                           item("271019", "Generator oil, recycled, 20 drums", "IE", 4000, 600, "EUR", qty=20)])),
    ],
    "ozone": [
        ("OZN-01", "import", "SEAIR01", "express", "US", [], "SE", "340399",
         "A/C compressor oil (PAG 46), 12 x 14 oz cans, for a 1967 Cadillac restoration", "US", 4.2, 12, 96, "USD",
         "PAG compressor oil comes in small tins of a viscous liquid; these twelve 14 oz cans are pressurised, "
         "hiss when the valve is cracked, carry a service-valve thread and hold 'Freon 12' under the stickers, "
         "bought from a California junkyard's old stock: dichlorodifluoromethane (CFC-12), whose import into the "
         "Union is banned, sent by express to a private classic-car owner in Västerås; US English wording (CFC-12 "
         "repeats in many sets; a compressor-oil label for a classic car is the new part as far as a search "
         "found)", person("Mr L. Nilsson", "SE")),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "TR", "761300",
         "Botellas de extintor de aluminio, vacías, procedentes del desguace de aeronaves, 120 unidades", "ES", 900,
         120, 2400, "EUR",
         "empty extinguisher bottles from an aircraft teardown are vented, with the squib caps removed; these 120 "
         "spherical engine and cargo-hold bottles from a Teruel aircraft boneyard still weigh full, read 40 bar, "
         "keep their discharge heads and their data plates read 'CF3Br': halon 1301, whose export from the Union "
         "is banned outside licensed critical uses, from Valencia to Mersin for a 'scrap' buyer; Spanish wording "
         "(halon 1301 repeats in many sets and Teruel once (blind58); kept as a known repeat, aircraft-teardown "
         "bottles as empty aluminium shells are the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("OZN-03", "export", "PLSEA01", "sea", "PL", [], "AO", "860900",
         "Używane kontenery chłodnicze 40', niesprawne, jako magazyny, 8 szt.", "PL", 36000, 8, 12000, "EUR",
         "reefer containers sold as non-working storage boxes have their refrigeration units emptied or removed; "
         "these eight from a Gdynia container-depot scrap sale still carry their 1990s units with full R-22 "
         "charges (about 5 kg each) and working compressors: equipment containing HCFCs, whose export from the "
         "Union is banned, from Gdynia to Luanda; Polish wording (R-22 reefers repeat in many sets; kept as a known "
         "repeat, a container-depot scrap sale from Poland to Angola is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("OZN-04", "export", "LTROAD01", "road", "LT", ["PL"], "UA", "730890",
         "Naudotos sumuštinių plokštės iš nugriauto šaldymo sandėlio, 22 t", "LT", 22000, None, 2200, "EUR",
         "demolition sandwich panels for re-use are PIR or mineral-wool panels with a recent data sheet; these, "
         "from a Kaunas cold store built in 1988, have yellow, brittle polyurethane cores that give a sweet, "
         "ether-like smell when cut and a gas test finds trichlorofluoromethane: panels containing CFC-11 foam, "
         "products containing an ozone-depleting substance whose export from the Union is banned, by road through "
         "Poland to a Lviv 'warehouse builder'; Lithuanian wording (CFC-11 panels repeat in many sets; kept as a "
         "known repeat, a demolished Lithuanian cold store is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-05", "import", "ITSEA01", "sea", "AR", [], "IT", "740400",
         "Chatarra de bronce y latón: matafuegos antiguos de bomba, 300 unidades", "AR", 1800, 300, 3600, "USD",
         "brass scrap from old pump extinguishers is empty, dented shells; these 300 'Pyrene'-type pump "
         "extinguishers from a Rosario scrap yard still slosh, and the liquid is heavy (1.59 kg/l), sweet and "
         "chloroform-like: carbon tetrachloride, products containing an ozone-depleting substance whose import "
         "into the Union is banned, by sea from Buenos Aires to Genoa for an antiques-and-metals dealer; "
         "Argentine Spanish wording (carbon tetrachloride in pump extinguishers repeats in several sets and "
         "'matafuegos' once (blind93); kept as a known repeat, as brass scrap from Argentina by sea is the new "
         "part as far as a search found)", firm("Alpina Metalli Srl", "IT")),
        ("OZN-06", "transit", "ESSEA01", "sea", "IN", ["ES"], "NG", "731100",
         "खाली CO2 सिलेंडर, जहाज़ तोड़ने से प्राप्त, 200 नग", "IN", 14000, 200, 6000, "USD",
         "empty CO2 cylinders from ship-breaking are tall, light, grey bottles with open valves; these 200 are red, "
         "full, read 25 bar (CO2 would read 57) and their valve stamps and the machinery-space plates with them "
         "read 'Halon 1301': halons recovered from engine-room systems on an Alang beach, moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Algeciras in transit from Pipavav to Lagos; "
         "Hindi wording (halon in CO2 cylinders repeats in many sets; a ship-breaking transit through Algeciras is "
         "the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-07", "export", "CYSEA01", "sea", "CY", [], "LB", "740400",
         "Σκραπ χαλκού-αλουμινίου από ψυκτικό συγκρότημα ξενοδοχείου, 1 τεμ.", "CY", 9000, 1, 7000, "EUR",
         "copper-aluminium scrap from a chiller is cut coils and tubes; this is a whole 1980s centrifugal chiller "
         "from a Limassol hotel demolition, sealed, with its 450 kg CFC-11 charge still in the shell and the "
         "nameplate reading 'R-11': equipment containing CFCs, whose export from the Union is banned, from "
         "Limassol to Beirut for a 'scrap' buyer; Greek wording from Cyprus (CFC-11 chillers repeat in many sets; "
         "kept as a known repeat, as copper-aluminium scrap from Cyprus to Lebanon is the new part as far as a "
         "search found)", {"importer_country": "LB"}),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Klima tesisatı temizleme solventi, 1 l kutu, 600 adet", "TR", 740, 600, 1800, "EUR",
         "A/C-system flush solvents sold in the Union are hydrocarbon or HFE blends that smell of petrol; these "
         "600 cans hold a liquid of 1.24 kg/l that boils at 32 °C, smells ethereal and the back labels still say "
         "'R-141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, in a van at "
         "Kapitan Andreevo for a Plovdiv car air-conditioning supplier; Turkish wording (HCFC-141b flushes repeat "
         "in many sets; kept as a known repeat, from Türkiye to Bulgaria for car A/C shops is the new part as far "
         "as a search found)", firm("Delta Avtoklima EOOD", "BG")),
        ("OZN-09", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "290345",
         "Regenerované chladivo R-134a, lahve 13,6 kg, 40 ks", "CZ", 544, 40, 2400, "EUR",
         "reclaimed R-134a has a reclaimer's certificate and reads about 5.7 bar at 20 °C; these 40 cylinders were "
         "filled at a Brno dismantler from the air-conditioning of pre-1994 cars and old lorries, read 4.7 bar, "
         "and a leak detector set for R-12 screams at the valves: recovered dichlorodifluoromethane (CFC-12), "
         "whose export from the Union is banned, by road through Poland to Ukraine; Czech wording (CFC-12 under "
         "R-134a labels repeats in many sets; kept as a known repeat, recovered by a Czech dismantler is the new "
         "part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-10", "import", "BESEA01", "sea", "MY", [], "BE", "381400",
         "Pelarut penanggal lapisan PCB untuk kitar semula e-sisa, dram 200 l, 40 dram", "MY", 12800, 40, 9600,
         "USD",
         "PCB delamination solvents for e-waste recyclers are glycol ethers or N-methylpyrrolidone of about "
         "1.0 kg/l; these 40 drums weigh 1.59 kg/l, do not burn, smell sweet and the drum heads read 'CCl4': "
         "carbon tetrachloride, whose import into the Union is banned outside licensed feedstock and laboratory "
         "uses, by sea from Port Klang to Antwerp for a Hoboken e-scrap precious-metal recycler; Malay wording "
         "(carbon tetrachloride repeats in many sets and delamination labels in several; from Malaysia for an "
         "e-scrap recycler is the new part as far as a search found)", firm("Central E-Scrap Recycling SA", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLSEA01", "sea", "MY", [], "NL", "740400",
         "Sekerap gangsa campuran untuk peleburan, 18 tan", "MY", 18000, None, 90000, "USD",
         "mixed bronze scrap for smelting is turnings, valves and propeller offcuts; among these bags are two "
         "bronze cannon cut in halves with the VOC monogram and a 1640s date on the first reinforce, a ship's bell "
         "and sheathing nails, all with marine concretion, torn from a wreck in the Strait of Malacca by a "
         "salvage barge: archaeological objects over 250 years old from underwater sites, brought in without the "
         "import licence Regulation 2019/880 requires and taken against Malaysian law, by sea from Port Klang to "
         "Rotterdam for a non-ferrous trader; Malay wording (wreck cannon under bronze-scrap labels repeat in "
         "several sets; kept as a known repeat, a Strait of Malacca salvage barge is the new part as far as a "
         "search found)", firm("Horizon Non-Ferro BV", "NL")),
        ("CUL-02", "import", "ITAIR01", "air", "ET", [], "IT", "740400",
         "የናስ ቁርጥራጭ (brass scrap) ለማቅለጥ፣ 300 ኪ.ግ", "ET", 300, None, 900, "USD",
         "brass scrap flown out of Addis Ababa is usually cartridge brass and taps; these 300 kg hold five "
         "openwork processional crosses with engraved saints, a bronze censer and two hand crosses with "
         "Ge'ez inscriptions, the patina of centuries of handling and fresh breaks where shafts were torn off: "
         "Ethiopian Orthodox liturgical objects of the 15th-17th centuries looted from Tigray churches, "
         "brought in without the importer statement Regulation 2019/880 requires and against Ethiopian export "
         "law, flown to Rome for a metals dealer; Amharic wording (Ethiopian crosses repeat in many sets; kept as "
         "a known repeat, under a brass-scrap label by air is the new part as far as a search found)",
         firm("Meridian Metalli Preziosi Srl", "IT")),
        ("CUL-03", "import", "CYSEA01", "sea", "LB", [], "CY", "780200",
         "خردة رصاص، مواسير وألواح قديمة، 6 طن", "LB", 6000, None, 9000, "USD",
         "old lead pipe and sheet is dull, thin and bent; among these bales are heavy cast panels with bead-and-reel "
         "borders, lion masks, Medusa heads and vine scrolls in relief, cut with a saw along the corners: side "
         "panels of Roman lead sarcophagi of the 2nd-3rd centuries from the Tyre and Sidon necropolises, which "
         "Lebanese law forbids to export, brought in without the import licence Regulation 2019/880 requires, "
         "by sea from Beirut to Limassol for a scrap dealer; Levantine Arabic wording (lead sarcophagi repeat in a "
         "few sets; kept as a known repeat, under a lead-scrap label from Lebanon to Cyprus is the new part as far "
         "as a search found)", firm("Orion Metals Ltd", "CY")),
        ("CUL-04", "export", "FRSEA01", "sea", "FR", [], "TR", "740400",
         "Déchets de bronze de cloche (métal de cloche), 4 t", "FR", 4000, None, 28000, "EUR",
         "bell-metal scrap is broken pieces of cracked bells; this lot holds three whole church bells, dated 1698, "
         "1724 and 1761, with the names of their godparents and founders cast in the shoulder inscriptions, taken "
         "from deconsecrated chapels in Finistère and bought by a ferrailleur: elements of religious monuments over "
         "100 years old, exported without the licence Regulation 116/2009 requires (no value threshold for that "
         "category), from Fos to Izmir for a bell foundry; French wording (bells repeat in many sets and a "
         "bell under a bell-metal scrap label in two (blind29, blind211); kept as a known repeat, Breton chapel "
         "bells to a Turkish foundry are the new part as far as a search found)", {"importer_country": "TR"}),
        ("CUL-05", "import", "BGROAD01", "road", "TR", [], "BG", "470710",
         "Karışık atık kâğıt ve karton, balyalı, 20 ton", "IQ", 20000, None, 2400, "USD",
         "mixed waste paper is printed newspaper and cardboard in bales; inside these bales are hand-written, "
         "leather-bound Ottoman court and land registers of the 18th and 19th centuries with seals and Arabic-script "
         "entries, stamped with the Mosul court, whose origin the declaration itself gives as Iraq: Iraqi cultural "
         "property removed after 1990, whose import Regulation 1210/2003 forbids, and manuscripts over 200 years "
         "old without the importer statement Regulation 2019/880 requires, at Kapitan Andreevo for a Sofia paper "
         "mill's agent; Turkish wording (Ottoman registers under waste-paper labels repeat in several sets; kept as "
         "a known repeat, by road with Iraqi origin into Bulgaria is the new part as far as a search found)",
         firm("Vega Hartia EOOD", "BG")),
        ("CUL-06", "import", "ESSEA01", "sea", "CL", [], "ES", "940391",
         "Lote de salvamento: muebles y maderas dañados por incendio, para reciclaje, 1 contenedor", "CL", 6000,
         None, 1800, "USD",
         "a fire-salvage lot of furniture is charred pine and broken chairs; among them are five polychrome "
         "carved saints (imágenes de vestir) in cypress and larch with glass eyes, 18th-century Chiloé school, "
         "lightly scorched, and a carved altar frontal, taken from a Chiloé church after a fire: national monuments "
         "whose export Chilean law forbids, objects over 200 years old brought in without the importer statement "
         "Regulation 2019/880 requires, by sea from San Antonio to Valencia; Chilean Spanish wording (Chiloé "
         "carvings repeat in a few sets; kept as a known repeat, an insurance fire-salvage lot is the new part as "
         "far as a search found)", firm("Rivage Antigüedades SL", "ES")),
        ("CUL-07", "import", "BESEA01", "sea", "IN", [], "BE", "441829",
         "पुराने लकड़ी के दरवाज़े, पुनः प्राप्त (रिक्लेम्ड), 40 नग", "IN", 4800, 40, 6000, "USD",
         "reclaimed doors from Indian demolition yards are 20th-century teak doors with brass studs; two of these "
         "40 are a carved sandstone-and-wood torana with Jain tirthankaras and a temple door with dated "
         "dedicatory inscriptions of the 17th century, with lime mortar still on the jambs: antiquities whose "
         "export India's Antiquities and Art Treasures Act forbids, objects over 200 years old brought in without "
         "the importer statement Regulation 2019/880 requires, by sea from Mundra to Antwerp for an architectural "
         "salvage yard; Hindi wording (Jain and haveli architectural pieces repeat in a few sets; kept as a known "
         "repeat, under a reclaimed-door label into a Belgian salvage yard is the new part as far as a search found)",
         firm("Central Reclaim SA", "BE")),
        ("CUL-08", "export", "PTSEA01", "sea", "PT", [], "US", "870710",
         "Sucata automóvel: carroçaria e chassis, para peças, 1 unidade", "PT", 1400, 1, 6000, "EUR",
         "a scrap car body for parts is a rusted shell of a common model; this is the complete chassis, engine and "
         "coachbuilt body of a 1937 Hispano-Suiza K6, a barn find from the Alentejo sold at a salvage auction, "
         "with its chassis plate and coachbuilder's badge intact, worth far above 50,000 EUR: a means of transport "
         "over 75 years old above the value threshold, exported without the licence Regulation 116/2009 "
         "requires, from Lisbon to Newark; Portuguese wording (pre-war cars repeat in a few sets; a Hispano-Suiza "
         "was found in no earlier row by a keyword search, and a 'barn find' as car-body scrap from Portugal is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "DESEA01", "sea", "KH", [], "DE", "740400",
         "Copper scrap, mixed, for smelting, 12 t", "KH", 12000, None, 60000, "USD",
         "mixed copper scrap from Phnom Penh is wire, motors and pipe; in these bags are bronze temple fittings "
         "with Angkorian floral borders, two bronze Buddha heads and a naga finial with earth in the crevices and "
         "green corrosion like that of buried metal: Khmer archaeological bronzes of the 11th-13th centuries, "
         "brought in without the import licence Regulation 2019/880 requires and taken against Cambodian law, by "
         "sea from Sihanoukville to Hamburg for a copper trader; English wording from Cambodia (Angkorian bronzes "
         "repeat in several sets; kept as a known repeat, under a copper-scrap label into Hamburg is the new part "
         "as far as a search found)", firm("Nordhafen Metallhandel GmbH", "DE")),
        ("CUL-10", "import", "ITSEA01", "sea", "NG", [], "IT", "760200",
         "Aluminium scrap, cast (Tense), 12 t", "NG", 12000, None, 14400, "USD",
         "a Lagos non-ferrous container for Salerno: cast aluminium and copper are what Nigerian scrap exporters "
         "ship, but the third item's 'brass scrap, mixed (Honey)' holds three cast-brass plaques with court "
         "figures in relief and a commemorative head with a beaded collar, with old museum numbers painted on the "
         "back: Benin court bronzes, which Nigeria's antiquities law forbids to export, brought in without the "
         "import licence Regulation 2019/880 requires, hidden as the last item of a three-item declaration; "
         "Nigerian English wording (Benin bronzes under brass-scrap labels repeat in several sets; kept as a "
         "known repeat, behind aluminium and copper scrap into Salerno is the new part as far as a search found)",
         dict(firm("Delta Rottami Srl", "IT"),
              _more_items=[item("740400", "Copper scrap (Berry/Candy), 6 t", "NG", 6000, 42000, "USD"),
                           item("740400", "Brass scrap, mixed (Honey), 800 kg", "NG", 800, 2800, "USD")])),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "GE", "870333",
         "Unfallfahrzeug, Totalschaden, Mercedes-Benz G 350 d, Bj. 2066, 1 Stück", "DE", 2500, 1, 14000, "EUR",
         "a total-loss salvage car is crushed, burnt or flooded and sells for a fraction of its price; this one, "
         "bought at an insurance salvage auction, has a scratched door and a cracked headlamp, drives onto the "
         "transporter and is worth about 140,000 EUR repaired, and the Tbilisi buyer's contract names a Moscow "
         "delivery: a passenger car above 50,000 EUR, whose sale for use in Russia Regulation 833/2014 forbids, "
         "undervalued as salvage to look like scrap, on a car transporter to Georgia; German wording (luxury cars "
         "via Georgia repeat in several sets and a total-loss label once (blind208); kept as a known repeat, a "
         "lightly damaged G-class from a German salvage auction is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "TR", "720449",
         "Machineschroot, gedemonteerd, uit faillissementsveiling, 3 containers", "NL", 42000, None, 12600, "EUR",
         "machine scrap from a bankruptcy auction is cut cast iron and sheet metal; these containers hold two "
         "five-axis machining centres dismantled into labelled modules, spindles, rotary tables and controls "
         "crated with their manuals, bought at an Eindhoven bankruptcy auction, for an Istanbul 'scrap dealer' "
         "whose machines reappear in Russia: machining centres (8457), on the common high-priority list whose "
         "sale for use in Russia Regulation 833/2014 forbids, and five-axis machines controlled under dual-use "
         "2B001, declared as ferrous scrap, from Rotterdam to Ambarlı; Dutch wording (machining centres under "
         "scrap labels repeat in many sets; a bankruptcy-auction machine-scrap label is the new part as far as a "
         "search found)", {"importer_country": "TR"}),
        ("STR-03", "export", "LTAIR01", "air", "LT", [], "AE", "760200",
         "Aviacinio aliuminio laužas iš orlaivių ardymo, 1 200 kg", "LT", 1200, None, 2400, "EUR",
         "aircraft-teardown aluminium scrap is cut skin and stringers; these crates hold an auxiliary power unit, "
         "landing-gear actuators, air-data computers and brake assemblies with serviceable tags, from a Vilnius "
         "teardown shop, consigned to a Dubai 'metal trader' that supplies Russian airlines: aircraft parts and "
         "components (Annex XI), whose sale for use in Russia Regulation 833/2014 forbids, flown from Vilnius; "
         "Lithuanian wording (aircraft parts via Dubai repeat in many sets; as teardown aluminium scrap from "
         "Lithuania is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "GRSEA01", "sea", "GR", [], "AE", "890120",
         "Δεξαμενόπλοιο αργού πετρελαίου, 2045, πώληση για διάλυση, 1 πλοίο", "GR", 16000000, 1, 9000000, "USD",
         "a tanker sold for demolition goes to a recycling yard with a ship-recycling plan and its class "
         "withdrawn; this 22-year-old Aframax was sold by a Piraeus owner to a Dubai company two weeks old, keeps "
         "her class and P&I, takes bunkers for a long voyage and her new manager runs Russian crude from Primorsk: "
         "a tanker sold for use in the transport of Russian crude oil, which Regulation 833/2014 forbids, under a "
         "demolition-sale label; Greek wording (shadow-fleet tanker sales repeat in several sets; kept as a known "
         "repeat, a Greek demolition sale to Dubai is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "AE", "854939",
         "Equips electrònics sinistrats per la DANA, per a desballestament i reciclatge, 40 palets", "ES", 8000, 40,
         4000, "EUR",
         "flood-damaged electronics for dismantling are silted PCs and printers; among these pallets are six "
         "signal and spectrum analysers up to 50 GHz and a wideband real-time oscilloscope from a flooded Paterna "
         "laboratory, cleaned, tested and working, for a Jebel Ali 'recycler' whose buyer is in Tehran: test "
         "equipment controlled as dual-use (3A002) exported without the licence Regulation 2021/821 requires and "
         "against the Iran regulation, from Valencia; Valencian wording (test equipment under flood-salvage labels "
         "repeats in two sets; kept as a known repeat, Valencian-language DANA e-waste is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-06", "import", "BESEA01", "sea", "AE", [], "BE", "740400",
         "Copper scrap, Millberry (bare bright wire, ISRI 'Barley'), 25 t", "AE", 25000, None, 215000, "USD",
         "Millberry is bright, bare, unalloyed wire of mixed gauges, tangled and chopped; these bales are neat, "
         "equal lengths of 8 mm rod cut from coils, with no wear and no oxide, and mill tags of a Urals copper plant "
         "inside the bundles: Russian copper wire rod (7408), whose import into the Union Regulation 833/2014 "
         "forbids, declared as scrap of UAE origin, by sea from Jebel Ali to Antwerp for a Beerse refiner's "
         "supplier; UAE English wording (Russian metals under third-country origin repeat in many sets; a "
         "Millberry label was found in no earlier row by a keyword search)", firm("Atlantic Copper Trading SA", "BE")),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "KZ", "900590",
         "Kasutatud optiliste seadmete osad, vanametall, 40 kg", "EE", 40, None, 400, "EUR",
         "parts of used optical devices sold as scrap are lenses, prisms and dented housings; these cartons hold 60 "
         "third-generation image-intensifier tubes removed from night-vision goggles bought at a surplus auction, "
         "wrapped one by one, for an Almaty firm that forwards to Moscow: image-intensifier tubes (dual-use "
         "6A002) exported without a licence and whose sale for use in Russia Regulation 833/2014 forbids, flown "
         "from Tallinn; Estonian wording (image intensifiers repeat in many sets; a surplus-auction optics-scrap "
         "label from Estonia is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "840734",
         "Silniki używane z demontażu pojazdów, 30 szt.", "PL", 4500, 30, 9000, "EUR",
         "a Białystok dismantler's lorry for Almaty: used engines and gearboxes are what Polish yards send east, "
         "but the third item's 'czujniki ESP (żyroskopowe), używane' are 300 new, boxed, tactical-grade MEMS "
         "inertial measurement units with no car connector and no wear: navigation IMUs (9014), on the common "
         "high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration; Polish wording (IMUs repeat in several "
         "sets; an ESP-sensor label behind dismantler engines was found in no earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("870840", "Skrzynie biegów używane, 20 szt.", "PL", 1400, 2600, "EUR", qty=20),
                           item("870899", "Czujniki ESP (żyroskopowe), używane, 300 szt.", "PL", 45, 900, "EUR", qty=300)])),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "AE", "720449",
         "Ferraille, pièces de véhicules militaires déclassés, démilitarisées, 1 conteneur", "BE", 18000, None, 5400,
         "EUR",
         "demilitarised military-vehicle scrap is cut hulls and torched parts with demilitarisation certificates; "
         "this container, from a Liège surplus dealer's yard, holds complete tank power packs, gun-barrel cradles, "
         "fire-control boxes and tracks, unbroken, for a Dubai buyer whose order mentions Khartoum: military "
         "goods (Common Military List ML6) exported without the licence Belgian law requires and bound for Sudan, "
         "under an arms embargo; Belgian French wording (military parts under scrap labels repeat in many sets; "
         "kept as a known repeat, from a Belgian surplus yard to Sudan via Dubai is the new part as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-10", "import", "ITSEA01", "sea", "GE", [], "IT", "720410",
         "Чугунный лом (ISRI 'Cast'), происхождение Грузия, 3 000 т", "GE", 3000000, None, 1110000, "USD",
         "cast-iron scrap is broken engine blocks, pipes and radiators of every shape; this cargo is uniform 20 kg "
         "pigs of merchant pig iron with the cast mark of a Lipetsk-region works, and Georgia makes none: Russian "
         "pig iron, whose import into the Union Regulation 833/2014 forbids, with a Georgian certificate of origin, "
         "by sea from Poti to Marghera for a foundry supplier; Russian wording from Georgia (Russian pig iron "
         "repeats in several sets; kept as a known repeat, as cast-iron scrap from Georgia is the new part as far as "
         "a search found)", firm("Meridian Ghisa Srl", "IT")),
    ],
    "wildlife": [
        ("WLF-01", "import", "LTSEA01", "sea", "AE", [], "LT", "940120",
         "مقاعد سيارة مستعملة، جلد، من سيارة سالفج، طقم كامل، 3 أطقم", "AE", 210, 3, 1800, "USD",
         "used leather seats from Gulf salvage cars are cow hide, worn at the bolsters; these three sets, cut "
         "from Dubai-registered write-offs bought at a Sharjah salvage auction, are upholstered in reticulated and "
         "Burmese python skin with the scale pattern and the belly scutes visible, a coachbuilder's custom "
         "interior: python skin (Python spp., CITES App. II) without CITES documents, by sea from Jebel Ali to "
         "Klaipėda for a salvage-car parts dealer; Gulf Arabic wording (python skins repeat in many sets and car "
         "seats in two; kept as a known repeat, salvage-car seats from the Emirates to Lithuania are the new part "
         "as far as a search found)", firm("Orion Auto Dalys UAB", "LT")),
        ("WLF-02", "import", "DEPOST01", "post", "JP", [], "DE", "900390",
         "メガネフレーム 中古 部品取り (セルロイド), 5本", "JP", 1.0, 5, 8000, "JPY",
         "used celluloid frames sold for parts are mass-produced plastic with moulded hinges; these five are "
         "hand-made, laminated, translucent amber-and-brown frames that warm in the hand, smell of burnt hair under "
         "a hot needle and were made by a Nagasaki bekko workshop: hawksbill turtle shell (Eretmochelys imbricata, "
         "CITES App. I) without CITES documents, posted from Osaka to a private buyer in Bremen; Japanese wording "
         "(bekko frames repeat in many sets; a 'for parts' (部品取り) celluloid label is the new part as far as a "
         "search found)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "BESEA01", "sea", "ZA", [], "BE", "711292",
         "Gebruikte katalitiese omsetters (kerns), vir PGM-herwinning, 4 t", "ZA", 4000, None, 120000, "USD",
         "used catalytic converters for platinum-group-metal refining are dented steel cans holding cracked, "
         "grey-brown ceramic honeycomb; in twenty of these cans the honeycomb has been replaced by dense, fibrous, "
         "grey-black blocks that smell of burnt hair when drilled, sawn from horns: rhinoceros horn (Ceratotherium "
         "simum, CITES App. I/II) without CITES documents, hidden among scrap catalysts shipped by a Johannesburg "
         "scrap dealer from Durban to Antwerp for a PGM refiner's supplier; Afrikaans wording (rhino horn in "
         "catalytic converters repeats in a few sets; kept as a known repeat, a PGM-refining shipment into Antwerp "
         "is the new part as far as a search found)", firm("Central Precious Metals SA", "BE")),
        ("WLF-04", "import", "NLSEA01", "sea", "BD", [], "NL", "391690",
         "জাহাজ ভাঙা থেকে ব্যবহৃত ফেনোলিক বুশ ও স্টেভ, ২ টন", "BD", 2000, None, 3000, "USD",
         "used phenolic stern-tube bushes from ship-breaking are brown, layered, fabric-reinforced resin that "
         "smells of phenol when cut; these staves are dense, oily, olive-green to black wood that sinks in water "
         "and smells of vanilla and soap when sawn: lignum vitae (Guaiacum spp., CITES App. II) from the "
         "stern tubes of old ships broken at Sitakunda, without CITES documents, by sea from Chittagong to "
         "Rotterdam for a marine-bearing trader; Bengali wording (lignum vitae repeats in several sets; "
         "ship-breaking stern-tube staves under a phenolic label are the new part as far as a search found)",
         firm("Horizon Marine Parts BV", "NL")),
        ("WLF-05", "import", "PTSEA01", "sea", "BR", [], "PT", "440799",
         "Madeira de demolição de peroba-rosa, vigas antigas de fazenda, 18 m³", "BR", 14000, None, 9000, "USD",
         "peroba-rosa demolition beams are pinkish-yellow, bitter-smelling and plain; a third of these beams are "
         "dark chocolate-brown with black streaks, very heavy, with a sweet, rose-like scent when planed: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I) from a demolished coffee-fazenda house, without the CITES "
         "pre-Convention certificate or permit it needs, by sea from Santos to Leixões for a flooring maker; "
         "Brazilian Portuguese wording (Dalbergia nigra under peroba labels repeats in two sets (blind215, "
         "blind245); kept as a known repeat, from a fazenda demolition into Portugal is the new part)",
         firm("Atlantic Madeiras Lda", "PT")),
        ("WLF-06", "transit", "MTSEA01", "sea", "NG", ["MT"], "VN", "760200",
         "Aluminium scrap, Taint/Tabor, baled, 24 t", "NG", 24000, None, 28000, "USD",
         "Taint/Tabor is mixed clean aluminium sheet in bales; in the middle of these bales are 60 sacks of brown, "
         "overlapping, keratin scales that smell of animal and rattle like dry leaves: pangolin scales (Manis spp., "
         "CITES App. I), landed at Marsaxlokk in transit from Lagos to Hai Phong without CITES documents; "
         "Nigerian English wording (pangolin scales under scrap metal repeat in many sets and a Taint/Tabor label "
         "once (blind211); kept as a known repeat, a transit through Malta Freeport is the new part as far as a "
         "search found)",
         {"importer_country": "VN"}),
        ("WLF-07", "import", "BEROAD01", "road", "GB", [], "BE", "711299",
         "Silver-plated cutlery, house-clearance scrap, for refining, 300 kg", "GB", 300, None, 1500, "GBP",
         "silver-plate scrap for refining is worn forks and spoons with brass showing through; among these crates "
         "are 200 table knives and carving sets with creamy, cross-hatched handles showing Schreger lines on the "
         "end grain, from Yorkshire house clearances: elephant ivory (Loxodonta africana, CITES App. I/II) without "
         "CITES documents or the pre-Convention certificate, on a lorry through the Channel to a Ghent refiner's "
         "buyer; British English wording (ivory-handled cutlery repeats in a few sets; kept as a known repeat, "
         "under a silver-plate refining label is the new part as far as a search found)",
         firm("Vega Zilverhandel BV", "BE")),
        ("WLF-08", "import", "FRSEA01", "sea", "MG", [], "FR", "440149",
         "Déchets de bois (palettes et madriers de calage), pour bois de chauffage, 12 t", "MG", 12000, None, 1200,
         "EUR",
         "wood waste from broken pallets and dunnage is pale, nailed, soft wood; these squared baulks are dense, "
         "dark red-purple, fine-grained, sink in water and smell sweet when cut, with no nail holes: Malagasy "
         "rosewood (Dalbergia spp., CITES App. II with a zero export quota), loaded by a Toamasina scrap-metal "
         "exporter without CITES documents, by sea to Le Havre; Malagasy French wording (Malagasy rosewood "
         "repeats in many sets and wood-waste labels in a few; kept as a known repeat, as firewood waste from a "
         "scrap exporter is the new part as far as a search found)", firm("Rivage Bois SARL", "FR")),
        ("WLF-09", "import", "DKSEA01", "sea", "IS", [], "DK", "940360",
         "Búslóð: notaðir húsmunir úr dánarbúi, 1 gámur", "IS", 3200, None, 4000, "DKK",
         "a removal of household goods from an estate is furniture, books and china; packed between the "
         "furniture are a mounted gyrfalcon and a snowy owl, both recent, with bright plumage and no signs of age, "
         "and a polar-bear skin rug: gyrfalcon (Falco rusticolus, CITES App. I), snowy owl and polar bear (App. II) "
         "without CITES documents, by sea from Reykjavík to Aarhus to a private heir; Icelandic wording "
         "(taxidermy gyrfalcons in house-clearance lots repeat in a few sets; kept as a known repeat, an Icelandic "
         "estate removal is the new part as far as a search found)", person("Hr. J. Jensen", "DK")),
        ("WLF-10", "import", "NLSEA01", "sea", "IN", [], "NL", "440799",
         "పాత టేకు కలప ముక్కలు (used teak offcuts), బొగ్గు కోసం, 12 టన్నులు", "IN", 12000, None, 2400, "USD",
         "teak offcuts are golden-brown, oily and smell of leather; these billets are blood-red inside with a "
         "wavy grain, heavy, and stain a wet cloth red: red sanders (Pterocarpus santalinus, CITES App. II) from the "
         "Seshachalam hills, without CITES documents, by sea from Krishnapatnam to Rotterdam for a timber trader; "
         "Telugu wording (red sanders repeat in many sets and teak labels in several; kept as a known repeat, "
         "Telugu-language offcuts into Rotterdam are the new part as far as a search found)",
         firm("Nordhafen Houthandel BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel)", "BA", 4.6, 4, 80, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-67-0412")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "GB", "IE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (theatrical pyrotechnics)", "GB", 2, 2, 50,
     "GBP", [("PRECURSOR_LICENCE", "IE-DJ-67-0093")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854999",
     "Undeployed airbag modules and pretensioners from vehicle dismantling (16 01 10*), for deactivation at a "
     "licensed plant, 12 t", "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-67-0318")],
     "notified explosive ELV components to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854911",
     "Broken lead-acid battery scrap (16 06 01*), for recovery at a licensed secondary lead smelter, 24 t", "NO",
     24000, None, 9600, "EUR", [("BASEL_CONSENT", "SE-NV-67-0147")], "notified battery scrap to a licensed smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1301, reclaimed, 10 cylinders, for critical use in aircraft engine-nacelle fire protection", "US", 250,
     10, 30000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-67-021")], "recovered halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290377",
     "Recovered CFC-12 from dismantled vehicle air-conditioning, 40 cylinders, for destruction at a licensed plant",
     "CH", 500, 40, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-67-033")], "recovered CFC-12 imported for destruction"),
    ("PRM-07", "cultural", "export", "PTSEA01", "sea", "PT", "US", "870324",
     "Hispano-Suiza K6 chassis and coachbuilt body, 1937, unrestored, sold at auction with the export licence",
     "PT", 1400, 1, 420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-67-0071")],
     "pre-war car exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRROAD01", "road", "FR", "CH", "830629",
     "Church bell, bronze, dated 1724, from a deconsecrated chapel, sold with the export licence", "FR", 380, 1,
     36000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-67-0529")], "bell exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "TR", "845710",
     "Five-axis machining centre, used, 1 unit, for a Turkish aero-engine parts maker", "NL", 14000, 1, 380000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-67-0288"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-67-0104")],
     "dual-use machining centre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESAIR01", "air", "ES", "IN", "903040",
     "Signal and spectrum analyser, 50 GHz, 1 unit, for an Indian university radio-astronomy group", "ES", 40, 1,
     95000, "EUR", [("EXPORT_LICENCE", "ES-SGCOMEX-67-0615"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-67-0392")],
     "dual-use test equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "JP", "DE", "900390",
     "Spectacle frames of hawksbill turtle shell, worked before 1947, 3 pieces", "JP", 0.2, 3, 2400, "USD",
     [("CITES_PERMIT", "JP-METI-67-0205")], "App. I worked pre-Convention specimens with their permits"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MX", "NL", "440799",
     "Lignum vitae (Guaiacum sanctum) stern-tube bearing staves, 1.5 t", "MX", 1500, None, 18000, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-67-0877")], "App. II lignum vitae with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna osoba", "PRM-02": "Private individual", "PRM-04": "Nordhafen Bly AB",
    "PRM-05": "Horizon Halon Services BV", "PRM-11": "Alpina Brillen GmbH", "PRM-12": "Horizon Marine Parts BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # scrap yards, car dismantlers, salvage auctions and the car-parts trade they supply
    ("310210", "AdBlue urea solution 32.5 %, 10 l cans", "import", ["road"], ["BA", "RS"], (0.4, 0.8), (8000, 20000), ["EUR"], 0.09, S),
    ("285390", "Demineralised battery top-up water, 5 l cans", "import", ["sea"], ["AL", "TR"], (0.1, 0.3), (8000, 16000), ["EUR"], 0.2, S),
    ("382000", "Antifreeze coolant concentrate G13, 5 l cans", "import", ["road"], ["MK", "RS", "TR"], (0.9, 1.6), (6000, 14000), ["EUR"], 0.18, S),
    ("250840", "Oil-absorbent clay granules, 20 kg sacks", "import", ["road"], ["NO"], (0.2, 0.4), (10000, 22000), ["EUR"], 0.05, S),
    ("284011", "Borax brazing flux powder, 500 g tubs", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 2, S),
    ("382499", "Radiator stop-leak, fibre-based, 250 ml", "import", ["express"], ["KR", "US"], (10, 20), (1, 3), ["USD"], 3, S),
    ("283630", "Soda-blasting media, sodium bicarbonate, 25 kg sacks", "import", ["rail"], ["CN"], (0.4, 0.7), (12000, 22000), ["USD"], 0.04, S),
    ("340290", "Traffic-film-remover powder, 10 kg buckets", "import", ["road"], ["CH", "TR"], (1.2, 2.5), (3000, 8000), ["EUR"], 0.1, S),
    ("340290", "Alloy-wheel cleaner gel, acid-free, 1 l", "import", ["express"], ["TH", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("840734", "Used petrol engines from Japanese dismantlers, tested", "import", ["sea"], ["JP"], (2, 4), (4000, 10000), ["USD"], 0.008, S),
    ("760200", "Aluminium scrap, sorted cast (Tense)", "export", ["road"], ["BA", "RS"], (1.2, 1.8), (18000, 24000), ["EUR"], None, S),
    ("760200", "Zorba 95/5, clean shredded non-ferrous metal", "export", ["sea"], ["IN", "PK"], (1.0, 1.6), (20000, 26000), ["EUR"], None, S),
    ("870899", "Used car parts, depolluted, from an authorised dismantler", "export", ["sea"], ["GH", "NG"], (0.8, 1.5), (8000, 16000), ["EUR"], None, S),
    ("870323", "Used cars, roadworthy, with inspection certificates", "export", ["sea"], ["LY", "TN"], (1.5, 3), (10000, 18000), ["EUR"], 0.0008, S),
    ("780110", "Refined soft lead ingots, 99.97 %", "export", ["road"], ["UA", "RS"], (2, 2.6), (18000, 24000), ["EUR"], None, S),
    ("740400", "Copper cable granulate, bare, 99.9 %", "export", ["road"], ["RS", "BA"], (6, 8), (18000, 22000), ["EUR"], None, S),
    ("440791", "Oak beams, new, kiln-dried, for landscaping", "export", ["road"], ["MK", "RS"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("401220", "Part-worn car tyres, 4 mm tread and over", "export", ["sea"], ["NG", "GH"], (0.4, 0.8), (8000, 16000), ["EUR"], 0.12, S),
    ("761300", "Aluminium gas cylinders, new, empty", "export", ["sea"], ["TR", "AE"], (8, 14), (1000, 4000), ["EUR"], 0.3, S),
    ("860900", "Used dry containers 40', cargo-worthy", "export", ["sea"], ["AO", "GH"], (0.4, 0.7), (15000, 30000), ["EUR"], 0.00027, S),
    ("740400", "Brass scrap (Honey), mixed clean", "import", ["sea"], ["AR", "NG"], (3, 4.5), (10000, 20000), ["USD"], None, S),
    ("381400", "Hydrocarbon A/C-system flush solvent, 1 l cans", "import", ["road"], ["TR"], (2, 4), (500, 2000), ["EUR"], 1, S),
    ("381400", "Glycol-ether cleaning solvent, drums", "import", ["sea"], ["MY", "KR"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("740400", "Bronze scrap, valves and turnings", "import", ["sea"], ["MY", "AE"], (4, 5.5), (10000, 20000), ["USD"], None, S),
    ("830629", "Brass hand crosses, new craft", "import", ["express"], ["ET"], (20, 40), (1, 3), ["USD"], 4, S),
    ("780411", "Lead sheet, new, for roofing", "import", ["sea"], ["TR", "IN"], (2.2, 3), (8000, 16000), ["USD"], None, S),
    ("470710", "Waste paper, old corrugated cartons (OCC), baled", "import", ["road"], ["TR", "RS"], (0.1, 0.2), (18000, 24000), ["EUR", "USD"], None, S),
    ("940391", "Reclaimed pine furniture parts", "import", ["sea"], ["CL", "BR"], (1.5, 3), (3000, 8000), ["USD"], None, S),
    ("441829", "Doors made from reclaimed teak, new", "import", ["sea"], ["IN", "ID"], (2.5, 4), (3000, 8000), ["USD"], 0.02, S),
    ("870710", "Reproduction classic-car body shells, new", "export", ["sea"], ["US"], (15, 25), (1000, 4000), ["EUR"], 0.003, S),
    ("870323", "Used economy cars, below 15,000 EUR", "export", ["road"], ["GE", "AM"], (3, 6), (1200, 6000), ["EUR"], 0.0008, S),
    ("845811", "Used conventional centre lathes, manual", "export", ["sea"], ["TR", "EG"], (1.5, 3), (4000, 12000), ["EUR"], 0.0004, S),
    ("760200", "Aircraft aluminium scrap, sorted alloys, no parts", "export", ["sea"], ["AE", "IN"], (1.5, 2.2), (10000, 20000), ["EUR"], None, S),
    ("903020", "Used bench oscilloscopes, 100 MHz", "export", ["air"], ["AE", "IN"], (40, 80), (100, 500), ["EUR"], 0.1, S),
    ("740400", "Copper scrap, Millberry, bare bright wire", "import", ["sea"], ["AE", "US"], (7, 8.5), (18000, 25000), ["USD"], None, S),
    ("900510", "Used porro-prism binoculars", "export", ["air"], ["KZ", "AE"], (30, 60), (50, 300), ["EUR"], 1, S),
    ("851150", "Used car alternators, cores for remanufacturing", "export", ["road"], ["KZ", "UA"], (1, 2), (4000, 12000), ["EUR"], 0.15, S),
    ("940120", "Used car seats, cow-leather, from salvage vehicles", "import", ["sea"], ["AE", "US"], (3, 6), (1000, 4000), ["USD"], 0.05, S),
    ("900390", "Used acetate spectacle frames, for parts", "import", ["post"], ["JP", "GB"], (30, 60), (1, 2), ["JPY", "GBP"], 20, S),
    ("711292", "Used catalytic converter cores, for PGM refining", "import", ["sea"], ["ZA", "US"], (20, 40), (4000, 10000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950691", "Jump ropes, PVC cord, plastic handles", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("392690", "Plastic clothes hangers, boxed", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 12, N),
        ("950490", "Domino sets, wooden box", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
        ("901380", "Handheld magnifying glasses", "import", ["sea"], ["CN", "IN"], (6, 10), (1000, 4000), ["USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind249", 20670901, HERE)


if __name__ == "__main__":
    main()
