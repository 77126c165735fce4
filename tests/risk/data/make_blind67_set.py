#!/usr/bin/env python3
"""Writes the sixty-seventh blind set (tests/risk/data/blind67-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2037, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL67-*:

    python3 tests/risk/data/make_blind67_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2037, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2037
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "CH", [], "AT", "330690",
         "Mundspülkonzentrat für Zahnarztpraxen, 4 x 1 l", "CH", 4.8, 4, 35, "CHF",
         "dental mouthwash concentrates are chlorhexidine or essential-oil solutions at about 1 kg/l sold in "
         "dosing bottles; these four litres weigh 1.20 kg/l, sit under vented caps, whiten the skin and carry "
         "UN 2014 on the inner label: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Zurich to a "
         "private person in Bregenz who runs no practice, although oxidising liquids may not go by post; Swiss "
         "German wording (hydrogen peroxide repeats in many sets; a mouthwash-concentrate cover is new as far as "
         "a search found)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "SEROAD01", "road", "NO", [], "SE", "340590",
         "Smøringsfjerner for langrennski, 4 x 1 l", "NO", 4.6, 4, 40, "NOK",
         "ski-wax removers are citrus or white-spirit solvents at about 0.78 kg/l; these four litres weigh "
         "1.14 kg/l, smell faintly fruity, do not dissolve wax and carry CAS 75-52-5 on the inner labels: "
         "nitromethane (Annex I above 16 %), brought in a parcel van from Lillehammer for a private person in "
         "Östersund; Norwegian wording (nitromethane repeats in many sets; a ski-wax-remover cover and a "
         "Norway-Sweden road parcel are new as far as a search found)", person("Karin Andersson", "SE")),
        ("PRE-03", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Soluție pentru curățarea monedelor vechi, 5 x 1 l", "MD", 7, 5, 25, "EUR",
         "coin-cleaning dips are weak citric or thiourea solutions; these five litres weigh 1.40 kg/l, fume "
         "brown when opened, stain the skin yellow and dissolve a copper coin outright: about 65 % nitric acid "
         "(Annex I above 3 %), driven across at Albița for a private person in Iași; Romanian wording (nitric "
         "acid repeats in many sets and a numismatist's coin-cleaning cover once, by post in Slovak; by road from "
         "Moldova in Romanian is new as far as a search found)",
         person("Persoană fizică", "RO")),
        ("PRE-04", "import", "PLPOST01", "post", "GB", [], "PL", "330730",
         "Proszek do kul musujących do kąpieli, 4 x 2 kg", "GB", 8, 4, 30, "GBP",
         "bath-bomb powder is sodium bicarbonate and citric acid that fizzes the moment it meets water; this "
         "heavy white powder does not fizz at all, flares violently on a hot plate, and the inner bags carry CAS "
         "7778-74-7: potassium perchlorate (Annex I above 40 %), posted from an online shop in England to a "
         "private person in Łódź; Polish wording (potassium perchlorate repeats in many sets; a bath-bomb cover "
         "is new as far as a search found)", person("Piotr Nowak", "PL")),
        ("PRE-05", "import", "GRROAD01", "road", "AL", [], "GR", "250100",
         "Kripë për kurimin e ullinjve, 5 x 5 kg", "AL", 25, 5, 20, "EUR",
         "olive-curing salt is coarse sea salt that tastes of salt; these fine colourless crystals taste cool and "
         "bitter, do not preserve anything, flare when a pinch meets sugar and a flame, and the inner bags carry "
         "CAS 7775-09-9: sodium chlorate (Annex I above 40 %), carried in a car boot through Kakavia for a private "
         "person in Ioannina; Albanian wording (sodium chlorate repeats in many sets, salt covers too; olive-curing "
         "salt from Albania is new as far as a search found)", person("K. Georgiou", "GR")),
        ("PRE-06", "import", "HUROAD01", "road", "RS", [], "HU", "310210",
         "Kozmetikai karbamid granulátum krémkészítéshez, 5 x 5 kg", "RS", 25, 5, 30, "EUR",
         "cosmetic urea is fine white crystals that smell of nothing and make water cold; these round prills "
         "cake in damp air, melt and fizz on a hot plate and a sack print reads 'N 34,4 %': ammonium nitrate "
         "(Annex I at 16 % N or more), brought from Subotica in a minibus for a private person in Szeged who makes "
         "no creams; Hungarian wording (ammonium nitrate repeats in many sets and urea covers appear before; a "
         "cosmetic-urea cover on the Serbian-Hungarian road is new as far as a search found)",
         person("Magánszemély", "HU")),
        ("PRE-07", "import", "ESAIR01", "express", "KR", [], "ES", "380894",
         "김치 항아리 살균제, 4 x 5 l", "KR", 24, 4, 90, "USD",
         "kimchi-jar sanitisers sold in Korea are dilute food-grade alcohol or chlorine sprays; these twenty litres "
         "weigh 1.20 kg/l, sit under vented caps and carry UN 2014 under the shop label: about 50 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Busan to a private person in Madrid; Korean wording "
         "(hydrogen peroxide repeats in many sets; a kimchi-jar cover is new as far as a search found)",
         person("Maria Lopez", "ES")),
        ("PRE-08", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "283699",
         "Jelenska so (amonijum bikarbonat) za medenjake, 6 x 1 kg", "RS", 6, 6, 18, "EUR",
         "hartshorn salt is ammonium bicarbonate that reeks of ammonia when the bag is opened and vanishes on a hot "
         "plate; these crystals smell of nothing, leave a residue and flare violet on a hot plate, and the inner "
         "bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), brought in a Serbian bus parcel "
         "service for a private person in Graz; Serbian wording (potassium chlorate repeats in many sets; a "
         "baking-ammonia cover is new as far as a search found)", person("Thomas Gruber", "AT")),
        ("PRE-09", "export", "BESEA01", "sea", "BE", [], "TZ", "560749",
         "Polyethylene braided cord for fishing nets, on spools, 400 spools", "BE", 2400, 400, 5200, "EUR",
         "net-maker's braid is polyethylene twine at 1 kg per spool or so; these spools hold a 5 mm plastic-sheathed "
         "cord with a white powder core, 10 g/m of PETN, stencilled 1.1D under the wrapping: detonating cord "
         "(UN 0065), 2.4 t for a Mwanza 'fishing supplies' shop with no explosives licence, on Lake Victoria where "
         "blast fishing is rife, shipped without the explosives export authorisation; English wording (detonating "
         "cord repeats in several sets and detonators for blast fishing on the Tanzanian coast once, as net "
         "floats; a net-twine cover for Lake Victoria is new as far as a search found)", {"importer_country": "TZ"}),
        ("PRE-10", "import", "PTAIR01", "express", "CN", [], "PT", "330590",
         "Tinta de cabelo profissional, 60 bisnagas", "CN", 4, 60, 120, "USD",
         "a hair-colouring kit for a private person in Braga: bowls, brushes and capes as declared, but its third "
         "line, 'oxidante 12 vol', is not 3.6 % cream developer: the 4 x 3 l canisters weigh 1.20 kg/l and carry "
         "UN 2014: about 50 % hydrogen peroxide (Annex I above 12 %), hidden as one line of an express order; "
         "Portuguese wording (peroxide as 'developer' repeats; a 50 % liquid as one line of a Portuguese "
         "hair-kit order is new as far as a search found)",
         {"consignee_name": "Sra. Ana Silva", "importer_country": "PT",
          "_more_items": [item("392490", "Taças e pincéis para coloração, 20 unidades", "CN", 1.5, 15, "USD", qty=20),
                          item("330590", "Oxidante 12 vol, 4 x 3 l", "CN", 14.4, 20, "USD", qty=4),
                          item("621143", "Capas de corte, poliéster, 5 unidades", "CN", 1, 10, "USD", qty=5)]}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "281820",
         "Geactiveerde aluminiumoxide bollen, gebruikt, voor hergebruik als droogmiddel, 40 big bags, 24 t", "NL",
         24000, None, 2400, "EUR",
         "reusable alumina desiccant is white and dry; these grey-black extrudates and balls come out of the "
         "hydrotreaters of a Rotterdam refinery, smell of sulphur, warm up in air and carry cobalt, molybdenum and "
         "nickel sulphides: spent hydroprocessing catalyst (16 08 02*, 16 08 03*), hazardous waste whose export to "
         "a non-OECD country is banned, for a Gujarat 'desiccant trader'; Dutch wording (spent catalysts repeat in "
         "many sets, once as regenerated activated alumina in Romanian wording; from Rotterdam to India in Dutch is "
         "new as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "DEAIR01", "air", "DE", [], "NG", "621010",
         "Gebrauchte Röntgenschürzen, gereinigt, für Kliniken, 600 Stück", "DE", 3600, 600, 3000, "EUR",
         "second-hand X-ray aprons for reuse are tested and certified; these six hundred are the discards of a "
         "hospital group, rejected at their shielding checks with cracked lead-vinyl cores, tied in bales with "
         "no test records, at 6 kg of lead-bearing core each: waste containing lead (15 02 02*, 18 01 06* family), "
         "hazardous waste whose export to a non-OECD country is banned, for a Lagos 'medical equipment' trader; "
         "German wording (lead aprons appear in a few sets; by air freight to Nigeria is new as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-03", "export", "SEROAD01", "road", "SE", ["FI"], "RU", "440691",
         "Begagnade järnvägssliprar av trä, för trädgårdsbruk, 22 t", "SE", 22000, None, 1100, "EUR",
         "landscaping sleepers for sale are new or untreated; these are old pine sleepers taken out of a Swedish "
         "line relaying, black and oily, smelling of tar: creosote-treated wood (17 02 04*), hazardous waste "
         "whose export to a non-OECD country is banned, trucked through Finland for a Petrozavodsk buyer; exports "
         "to Russia of wood goods fall under the sanctions too; Swedish wording (creosoted sleepers repeat in "
         "several sets; by road from Sweden through Finland is new as far as a search found)",
         {"importer_country": "RU"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "MA", "250810",
         "Bentonite clay, reclaimed, for brick making, 20 t", "GB", 20000, None, 600, "GBP",
         "reclaimed bentonite would be a dry, buff powder; these bags hold a grey, greasy cake that smells of "
         "diesel and leaves an oily sheen on water: oil-based drilling cuttings and mud from a North Sea platform "
         "(01 05 05*), hazardous waste whose export to a non-OECD country is banned, for an Agadir brickworks; "
         "English wording (oil-based mud declared as bentonite repeats in several sets, knowingly repeated "
         "here; a brickworks buyer in Morocco from a British port is new as far as a search found)", {"importer_country": "MA"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "320890",
         "Farby przemysłowe, gatunek II, w beczkach, 80 beczek", "PL", 16000, 80, 3200, "EUR",
         "second-grade paint is sound paint in sealed, labelled drums; these drums are mixed, part-skinned, "
         "with solvent smell and sludge of different colours, the sweepings of a car-body paint shop: waste "
         "paint and varnish containing organic solvents (08 01 11*, 08 01 13*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Lviv 'paint wholesaler'; Polish wording (paint sludge repeats in a few "
         "sets; by road from Poland to Ukraine is new as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "DEPOST01", "post", "DE", [], "US", "902511",
         "Vintage Fieberthermometer, Sammlerstücke, 300 Stück", "DE", 6, 300, 150, "EUR",
         "collectors' thermometers come one by one with their cases; these three hundred are the mercury "
         "clinical thermometers of a hospital store clearance, loose in a box, several broken: mercury-containing "
         "waste (16 06 03* family) and mercury-added products whose export from the Union is banned (Regulation "
         "2017/852), posted to a private buyer in Ohio; German wording (mercury clinical thermometers "
         "repeat in a few sets, as donations and lines of medical consignments; a posted collectors' lot to the "
         "United States is new as far as a search found)", person("Private individual", "US")),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "250590",
         "Töltőhomok építkezéshez, 24 t", "HU", 24000, None, 240, "EUR",
         "construction fill sand is clean, pale and smell-free; this load is dark, tarry, smells of mothballs "
         "and comes from the excavation of a former town gasworks in Budapest: soil containing hazardous "
         "substances (17 05 03*), hazardous waste whose export to a non-OECD country is banned, for a Novi Sad "
         "site; Hungarian wording (gasworks soil repeats in three sets, once as fill earth, knowingly "
         "repeated here; by road from Hungary to Serbia is new as far as a search found)", {"importer_country": "RS"}),
        ("WST-08", "transit", "BGROAD01", "road", "TR", ["BG"], "RS", "780110",
         "Kurşun-kalsiyum alaşımlı külçe, 20 t", "TR", 20000, None, 16000, "USD",
         "lead-calcium ingots are bright, smooth and poured; this truck holds whole used car and truck batteries, "
         "acid still in, under a top layer of ingots: waste lead-acid batteries (16 06 01*, Basel A1160), whose "
         "transit through the Union needs the consents of the countries concerned and which had none; Turkish "
         "wording (lead-acid batteries repeat in many sets, once under a top layer of ingots on an import from "
         "Serbia; a transit from Türkiye to Serbia through Bulgaria is new as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "SN", "854143",
         "Panneaux photovoltaïques d'occasion, testés, 2 conteneurs", "FR", 28000, 1400, 14000, "EUR",
         "tested second-hand panels come with flash-test sheets and stacked on pallets with corner protection; "
         "these fourteen hundred are broken glass, delaminated cells and panels loose in the boxes, the hail-"
         "damaged array of a Provence solar farm: waste electrical equipment (16 02 14 and 16 02 13* for the "
         "cadmium telluride share), whose export under a reuse cover to a non-OECD country is banned for the "
         "hazardous share and needs consent for the rest, for a Dakar 'solar installer'; French wording (used "
         "panels repeat in several sets; a hail-damaged farm to Senegal is new as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-10", "export", "ITRAIL01", "rail", "IT", ["SI", "HR"], "RS", "380210",
         "Carbone attivo rigenerato, in big bag, 18 t", "IT", 18000, None, 3600, "EUR",
         "regenerated activated carbon comes from a reactivation kiln, clean, black and dry; these bags hold wet "
         "spent carbon from the solvent-recovery plant of a Lombardy pharmaceutical works, smelling of "
         "chlorinated solvents, never regenerated: spent activated carbon (07 05 10*, 19 01 10* family), hazardous "
         "waste whose export to a non-OECD country is banned, by rail for a Serbian 'water-treatment firm'; Italian "
         "wording (spent activated carbon appears in a few sets; a regenerated-carbon cover by rail to Serbia is new as far as a search found)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITAIR01", "express", "JP", [], "IT", "381400",
         "着物用しみ抜き剤、業務用、4 x 1 l", "JP", 6.4, 4, 80, "JPY",
         "kimono stain removers are benzine or alcohol-based solvents at about 0.75 kg/l; these four litres weigh "
         "1.59 kg/l, do not burn and smell sweet, and the inner labels carry CAS 56-23-5: carbon tetrachloride, "
         "an ozone-depleting substance whose import is banned (Regulation 2024/590), sent by express to a private "
         "person in Como; Japanese wording (carbon tetrachloride repeats in many sets; a kimono stain-remover "
         "cover is new as far as a search found)", person("Giulia Rossi", "IT")),
        ("OZN-02", "import", "DEAIR01", "air", "US", [], "DE", "842410",
         "Clean-agent fire extinguishers, FK-5-1-12, 5 kg, for server rooms, 60 pcs", "US", 540, 60, 9000, "USD",
         "FK-5-1-12 extinguishers hold a fluid that boils at 49 °C; these discharge a gas that smells faintly "
         "sweet and the cylinder stickers under the labels read 'Halotron I': HCFC-123 blend, an ozone-depleting "
         "substance whose import in products is banned (Regulation 2024/590), air freight for a Frankfurt "
         "fire-equipment dealer; English wording (FK-5-1-12 covers appear in two sets, hiding "
         "HFC-227ea, and Halotron in several; Halotron under a FK-5-1-12 label is new as far as a search found)", firm("Brandschutz Mainhafen GmbH", "DE")),
        ("OZN-03", "import", "GRSEA01", "sea", "CN", [], "GR", "741110",
         "Σωλήνες χαλκού για ψύξη, ρολά, 400 τεμ.", "CN", 3800, 400, 38000, "USD",
         "a refrigeration-supplies container for a Piraeus wholesaler: copper pipe, R-32 cylinders and a line of "
         "'R-454B' cylinders whose 11.3 kg fill and 10 bar at 25 °C match HCFC-22 rather than R-454B: 300 "
         "cylinders of chlorodifluoromethane, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), hidden as one line of a mixed container; Greek wording (R-454B labels appear in two sets, "
         "hiding R-410A and another HFC; hiding HCFC-22 as one line of a Piraeus supplies container is new as far as "
         "a search found)",
         {"importer_name": "Psyktiki Attiki AE", "consignee_name": "Psyktiki Attiki AE", "importer_country": "GR",
          "_more_items": [item("290342", "Ψυκτικό R-32, φιάλες 9 kg, 200 τεμ.", "CN", 1800, 12000, "USD", qty=200),
                          item("382769", "Ψυκτικό R-454B, φιάλες 10 kg, 300 τεμ.", "CN", 3390, 16000, "USD", qty=300)]}),
        ("OZN-04", "import", "NLSEA01", "sea", "CN", [], "NL", "382499",
         "Sulfurylfluoride begassingsmiddel (ProFume-type), 40 cilinders", "CN", 2000, 40, 18000, "USD",
         "sulfuryl fluoride is a colourless, odourless fumigant; these cylinders hold a liquid of density 1.73 "
         "kg/l with a faint chloroform-like smell that fails the sulfuryl fluoride test: methyl bromide, an "
         "ozone-depleting substance whose import is banned outside narrow exemptions (Regulation 2024/590), for a "
         "Rotterdam 'pest-control supplier'; Dutch wording (methyl bromide repeats in many sets and sulfuryl "
         "fluoride covers appear before; as cylinders of fumigant to a Dutch supplier is new as far as a search "
         "found)", firm("Delta Gewasbescherming BV", "NL")),
        ("OZN-05", "export", "PLROAD01", "road", "PL", [], "UA", "841869",
         "Używane agregaty chłodnicze do chłodni, sprawne, 24 szt.", "PL", 7200, 24, 14000, "EUR",
         "working second-hand condensing units are sold with their service logs; these twenty-four were pulled "
         "out of a Masovian apple store, still charged, with 'R22' on the nameplates: equipment relying on HCFC-22 "
         "whose export is banned (Regulation 2024/590), for a Vinnytsia cold-store builder; Polish wording "
         "(R-22 equipment repeats in many sets; fruit-store condensing units by road to Ukraine is new as far as a "
         "search found)", {"importer_country": "UA"}),
        ("OZN-06", "import", "FRPOST01", "post", "US", [], "FR", "381400",
         "Dégraissant pour cuir (deglazer), atelier de cordonnerie, 6 x 250 ml", "US", 2, 6, 36, "USD",
         "leather deglazers for shoemakers are acetone or ethyl-acetate mixtures that burn readily at about "
         "0.8 kg/l; these old-stock cans weigh 1.32 kg/l, do not burn and smell sweet: 1,1,1-trichloroethane "
         "(methyl chloroform), an ozone-depleting substance whose import is banned (Regulation 2024/590), posted "
         "to a private person in Lille who makes shoes as a hobby; French wording (1,1,1-trichloroethane repeats "
         "in a dozen sets, as correction-fluid thinner and upholstery stain remover among others; a leather-"
         "deglazer cover is new as far as a search found)", person("M. T. Dubois", "FR")),
        ("OZN-07", "import", "BESEA01", "sea", "CN", [], "BE", "290379",
         "Koelmiddel R-1233zd(E) voor centrifugaalkoelmachines, 20 vaten van 250 kg", "CN", 5000, 20, 42000, "USD",
         "R-1233zd(E), the low-pressure replacement fluid in centrifugal chillers, boils at 18 °C; these drums "
         "boil at 24 °C, smell faintly of chloroform and carry 'R11' stencilled under the paint: "
         "trichlorofluoromethane (CFC-11), an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), for an Antwerp chiller-service firm; Dutch wording (CFC-11 repeats; R-1233zd covers appear in a "
         "few sets, once for CFC-11 as a foam blowing agent and once for HCFC-123 as a chiller refill; a CFC-11 "
         "chiller refill to Antwerp is new as far as a search found)",
         firm("Orion Koeltechniek BV", "BE")),
        ("OZN-08", "import", "SEAIR01", "air", "US", [], "SE", "381400",
         "Precisionsrengöringsvätska, hydrofluoreter (HFE-7100-typ), 8 fat à 25 l", "US", 314, 8, 9000, "USD",
         "HFE-7100 weighs 1.52 kg/l and boils at 61 °C; these drums weigh 1.57 kg/l, boil at 48 °C and the "
         "infra-red spectrum matches trichlorotrifluoroethane: CFC-113, an ozone-depleting substance whose import "
         "is banned (Regulation 2024/590), sold as a substitute since the end of the fluoroether cleaning fluids, "
         "air freight for an avionics workshop in Linköping; Swedish wording (HFE-7100 covers repeat in "
         "several sets, knowingly repeated here; an avionics workshop in Sweden by air is new as far as a search "
         "found)",
         firm("Vega Flygteknik AB", "SE")),
        ("OZN-09", "import", "ESSEA01", "sea", "TR", [], "ES", "392113",
         "Planchas de poliuretano aislante para cámaras frigoríficas, 1 contenedor", "TR", 6000, 800, 15000, "EUR",
         "new cold-room panels are blown with pentane or HFO; these Turkish panels, sold cheap, give off a "
         "foam gas that the lab reads as HCFC-141b: products containing an ozone-depleting substance, whose "
         "import is banned (Regulation 2024/590), for a Murcia cold-store builder; Spanish wording (HCFC-141b "
         "repeats in many sets and HCFC-blown cold-room panels in three, knowingly repeated here; new panels "
         "from Turkey to Murcia by sea are new as far as a search found)", {"importer_country": "ES"}),
        ("OZN-10", "import", "ITROAD01", "road", "TR", ["BG", "RS", "HR", "SI"], "IT", "382499",
         "Prodotti chimici per estintori, 20 bombole", "TR", 1600, 20, 12000, "EUR",
         "fire-extinguishing agents for an Italian marine-safety shop, declared only as 'chemicals': the twenty "
         "cylinders carry 'BTM' (bromotrifluoromethane) and 'Halon 1301' on their valves, recovered from "
         "decommissioned Turkish ships and not reclaimed under any critical-use exemption: halon, an "
         "ozone-depleting substance whose import is banned (Regulation 2024/590), on a road route through Bulgaria, "
         "Serbia and Croatia to avoid the sea ports; Italian wording (halon 1301 repeats in many sets; a "
         "Balkan road route to an Italian marine-safety shop is new as far as a search found)",
         firm("Rivage Sicurezza Nautica Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "SEAIR01", "express", "ET", [], "SE", "482090",
         "የእጅ ስራ የቆዳ ማስታወሻ ደብተር (Handmade leather notebook), 1", "ET", 1.6, 1, 40, "USD",
         "a leather souvenir notebook has blank paper; this one is a parchment codex in wooden boards with a tooled "
         "leather cover, written in two columns of Ge'ez in red and black ink with painted miniatures of saints, "
         "with a church's ownership note: an eighteenth- or nineteenth-century Ethiopian Orthodox psalter, taken "
         "from a church in Tigray during the war, whose export without the Authority for Research and Conservation "
         "of Cultural Heritage's permit is banned (UNESCO 1970), sent by express to a private person in Uppsala; "
         "Amharic wording (Ethiopian manuscripts repeat in several sets and a craft-notebook cover "
         "once, for Batak bark books (blind53); for an Ethiopian psalter by express to Sweden is new as far as a "
         "search found)", person("Mr L. Nilsson", "SE")),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "970191",
         "Reproducción de pintura escuela cusqueña, óleo sobre lienzo, 1", "PE", 12, 1, 300, "USD",
         "Cuzco-school reproductions are new canvases on new stretchers, sold by the dozen at 100-300 USD; this "
         "canvas is relined, cracked, with old gold brocateado and a seventeenth-century hand-forged stretcher, "
         "with a parish inventory number on the back: a colonial Virgin from an Andean church, whose export from "
         "Peru is banned (Ley 28296, UNESCO 1970), air freight for a Madrid private buyer; Spanish wording (Cuzco "
         "paintings appear in two sets; a 'reproducción' in air freight to Madrid is new as far as a search found)",
         person("Sr. J. García", "ES")),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "491199",
         "Pergamene decorative con sigillo, stampe antiche, 6 pezzi", "IT", 3, 6, 900, "EUR",
         "decorative parchments are printed facsimiles; these six are real parchment with lead bullae on silk "
         "cords, papal letters of the fourteenth and fifteenth centuries from a Umbrian monastery archive, "
         "catalogued there: archives more than 50 years old, which need an export licence at any value (Regulation "
         "116/2009 Annex I) and may not leave Italy as part of the national heritage, driven to Lugano for an "
         "auction; Italian wording (papal bulls appear once; a 'decorative print' cover by road to Switzerland is "
         "new as far as a search found)", {"importer_country": "CH"}),
        ("CUL-04", "import", "BGROAD01", "road", "TR", [], "BG", "680293",
         "Mermer bahçe taşları, oyma, 8 adet", "TR", 1600, 8, 800, "EUR",
         "carved garden stones are fresh-cut, sharp and clean; these are weathered marble headstones with "
         "Ottoman turbans and Arabic-script epitaphs dated in the Hijri 1200s and lichen on the back, pulled from "
         "a village cemetery in Thrace: protected cultural property whose export from Türkiye is banned (Law 2863, "
         "UNESCO 1970), for a Plovdiv 'garden centre'; Turkish wording (Ottoman tombstones appear in three sets; a "
         "garden-stone cover by road to Bulgaria is new as far as a search found)", {"importer_country": "BG"}),
        ("CUL-05", "import", "DEAIR01", "air", "AE", [], "DE", "711719",
         "Modeschmuck, vergoldet, Konvolut, 40 Teile", "AE", 0.6, 40, 1200, "USD",
         "gold-plated costume jewellery is light brass; these forty small plaques and appliqués are high-carat "
         "gold, stamped with stags and griffins, with soil in the holes and old museum numbers in ink on the "
         "backs: Scythian gold from Ukrainian museum collections taken during the occupation, routed through "
         "Dubai, whose trade is unlawful (UNESCO 1970 and the First Protocol to the 1954 Hague Convention on "
         "cultural property removed from occupied territory), air freight for a Munich 'jeweller'; German wording (Scythian objects "
         "repeat in many sets and costume-jewellery covers in several, for other goods; Scythian gold as a "
         "costume-jewellery lot from Dubai is new as far as a search found)",
         firm("Alpina Schmuckhandel GmbH", "DE")),
        ("CUL-06", "export", "ESAIR01", "air", "ES", [], "US", "442090",
         "Figura decorativa de madera tallada y policromada, reproducción moderna, 1", "ES", 40, 1, 900, "EUR",
         "modern carved saints are fresh pine with acrylic paint; this is a seventeenth-century Castilian "
         "estofado St Joseph with gilt under the paint, worm holes and an old wrought-iron fixing, photographed in "
         "a Valladolid church inventory: a sculpture over 50 years old worth far above the 50,000 EUR threshold "
         "that needs an export licence (Regulation 116/2009) and belongs to the Spanish heritage, air freight to "
         "a New York dealer; Spanish wording (polychrome sculptures repeat in many sets; a Castilian estofado "
         "saint as a modern reproduction by air to New York is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "FRAIR01", "air", "EG", [], "FR", "680291",
         "Objets en albâtre, vases et scarabées, 30 pièces", "EG", 30, 30, 600, "USD",
         "a crate of Nubian crafts for a Marseille shop: baskets, brass trays and alabaster as declared, but the "
         "line of 'reproductions de perles' holds faience amulets and a sandstone offering table with cursive "
         "Meroitic text, fresh soil in the cracks: antiquities taken during the looting of Sudanese museums and "
         "sites in the war, exported via Cairo without permit (UNESCO 1970), hidden as one line of a craft "
         "consignment; French wording (Sudanese antiquities repeat in many sets; hidden in a Nubian craft crate "
         "to Marseille is new as far as a search found)",
         {"importer_name": "Rivage Artisanat SARL", "consignee_name": "Rivage Artisanat SARL", "importer_country": "FR",
          "_more_items": [item("460219", "Paniers en fibres de palmier, 40 pièces", "EG", 20, 400, "USD", qty=40),
                          item("830629", "Plateaux en laiton ciselé, 12 pièces", "EG", 18, 300, "USD", qty=12),
                          item("711719", "Reproductions de perles et amulettes anciennes, 1 lot", "EG", 22, 250, "USD")]}),
        ("CUL-08", "import", "GBPOST01", "post", "TR", [], "GB", "491191",
         "Religious picture, printed on wood, 1", "CY", 2, 1, 40, "GBP",
         "a printed icon on a wooden board weighs a few hundred grammes; this is a hand-painted egg-tempera "
         "panel with gold ground, worm-eaten and cut down at one edge, a Cypriot Byzantine icon of the sixteenth "
         "century on an ecclesiastical inventory of churches in the north, posted through the Mersin 10 address "
         "from northern Cyprus to a private person in London: stolen church property (UNESCO 1970); English "
         "wording (Cypriot icons repeat in several sets and printed-icon covers in a few; a parcel through the "
         "Mersin 10 address to London is new as far as a search found)", person("Mrs S. Patel", "GB")),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Terracotta tuinbeelden, nieuw, 30 stuks", "ID", 900, 30, 1200, "USD",
         "new Javanese terracottas are bright orange and light; these thirty are dull, with burial encrustation "
         "and root marks, heads of the Majapahit style with hollow backs: fourteenth- and fifteenth-century "
         "Trowulan terracottas dug from the site in East Java, whose export is banned (Law 11/2010 on cultural "
         "heritage, UNESCO 1970), for a Rotterdam garden shop; Dutch wording (Majapahit terracottas from "
         "Trowulan repeat in two sets, both in Dutch wording, knowingly repeated here; a new-garden-statue cover "
         "is new as far as a search found)", firm("Horizon Tuinimport BV", "NL")),
        ("CUL-10", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "691390",
         "陶瓷装饰摆件,仿古,12 件", "CN", 180, 12, 600, "USD",
         "imitation antique figurines are fresh kiln copies with painted dirt; these twelve are painted "
         "pottery tomb figures of horses and attendants with root marks, real burial earth and pigment flaking "
         "in thin layers, a thermoluminescence test reading old: Tang-dynasty grave goods dug in Shaanxi, whose "
         "export from China is banned (Cultural Relics Protection Law, UNESCO 1970), by rail for a Prague "
         "'interior shop'; Chinese wording (Chinese tomb figures repeat in several sets; in a China-Europe rail "
         "consignment to Prague is new as far as a search found)", firm("Meridian Interiér s.r.o.", "CZ")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "840790",
         "Zweitakt-Boxermotoren für Ultraleicht-Tragschrauber, 16 Stück", "DE", 560, 16, 96000, "EUR",
         "gyrocopter builders buy one or two engines with their airframes; this Almaty 'aeroclub' orders sixteen "
         "80 hp two-stroke flat-twins of the kind fitted to long-range one-way attack drones, with no airframe "
         "order and a forwarder in Moscow named on the commercial invoice: engines for unmanned aircraft whose sale "
         "for use in Russia is banned (Regulation 833/2014, Annexes VII and XI), diverted "
         "through Kazakhstan; German wording (drone-type two-stroke engines as gyrocopter engines repeat once, to Iran via Dubai "
         "(blind34), knowingly repeated here; for Russia by air to Almaty is new as far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AE", "902620",
         "Sensori di pressione pneumatici per autocarri, 120 pezzi", "IT", 36, 120, 84000, "EUR",
         "tyre-pressure sensors cost 30-60 EUR and are made of plastic; these are 700 EUR capacitance gauges with "
         "Inconel diaphragms, rated for corrosive gases at 0-13 kPa: pressure transducers of 2B230 (uranium "
         "hexafluoride service), consigned to a Dubai trader that re-exports to Iran, without an export licence "
         "(Regulation 2021/821, Regulation 267/2012); Italian wording (pressure transducers repeat in a few sets and tyre-pressure "
         "gauges appear once in a development row; truck-tyre sensors from Italy through Dubai are new as far as a "
         "search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", [], "KZ", "381190",
         "Dodatek przeciwżelowy do oleju napędowego, 80 beczek", "PL", 14400, 80, 46000, "EUR",
         "diesel anti-gel additives are light ester blends sold in one-litre bottles and small drums; these "
         "drums hold a fuel-system icing inhibitor with the MIL specification of jet fuel, DiEGME, for a Kostanay "
         "trader whose customer is a Russian airline: aviation fuel additives whose sale for use in Russia is "
         "banned (Regulation 833/2014, Annex XX), by road with a Kazakh haulier; Polish "
         "wording (aviation fuel covers appear in two sets; a diesel anti-gel cover is new as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "401120",
         "Шины грузовые, новые, 315/80 R22.5, 600 шт., происхождение Казахстан", "KZ", 36000, 600, 90000, "USD",
         "Kazakh-made truck tyres come from plants near Karaganda with their DOT code and factory marks; these "
         "carry the moulded Belshina mark and a Babruysk factory code under a painted-over sidewall: Belarusian "
         "tyres whose import is banned (Regulation 765/2006, Annex on Belarusian tyres), relabelled through "
         "Kazakhstan, by rail; Russian wording (Belshina tyres appear in three sets; a Kazakh-origin rail cover "
         "is new as far as a search found)", firm("Central Truck Supply Sp. z o.o.", "PL")),
        ("STR-05", "import", "NLSEA01", "sea", "TR", [], "NL", "760110",
         "Alüminyum külçe, alaşımsız, 99,7 %, Türk menşeli, 200 t", "TR", 200000, None, 480000, "USD",
         "Turkish primary aluminium comes from one smelter at Seydişehir with its marks; these ingots carry a "
         "Krasnoyarsk smelter's stamp ground off on some faces and a Russian mill test certificate left in a "
         "bundle: Russian primary aluminium, whose import is banned (Regulation 833/2014, as of 2025), "
         "re-melted in name only through Türkiye, for a Rotterdam metal trader; Turkish wording (primary "
         "aluminium appears in a few sets; a Turkish-origin cover by sea to Rotterdam is new as far as a search "
         "found)", firm("Nordhafen Metals BV", "NL")),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "TR", "841989",
         "Edelstahl-Rührkessel für Lebensmittel, 2 000 l, 3 Stück", "DE", 6000, 3, 240000, "EUR",
         "food-grade stirred tanks are 316 steel with simple lip seals; these three are Hastelloy C-lined, "
         "double-mechanically sealed, with corrosion-proof valves: chemical reaction vessels of 2B350, for a "
         "Mersin trader whose end user is a Syrian 'detergent plant', without an export licence (Regulation "
         "2021/821); German wording (2B350 reactors repeat in many sets; a food-tank cover to a Mersin trader "
         "is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-07", "export", "FIAIR01", "express", "FI", [], "AM", "901580",
         "Maanmittauslaitteet, käytetyt, 4 kpl", "FI", 22, 4, 8000, "EUR",
         "used surveying instruments are total stations on tripods; these four are tactical inertial units with "
         "fibre-optic gyroscopes and accelerometers, new in their boxes, with export-controlled part numbers: "
         "navigation items of 7A003 and Annex VII of Regulation 833/2014, sent by express to a Yerevan trader "
         "for Russia, without an export licence; Finnish wording (gyroscopes repeat in several sets; a used "
         "surveying-instruments cover by express to Armenia is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-08", "export", "GRSEA01", "sea", "GR", [], "TR", "890399",
         "Σκάφη αναψυχής, μεταχειρισμένα, 6 τεμ.", "GR", 3600, 6, 120000, "EUR",
         "used leisure boats for a Bodrum marina: six new jet-skis of 300 hp, far over the luxury threshold of the "
         "sanctions list, for a Turkish forwarder whose buyer is a Sochi yacht club: luxury "
         "goods whose sale for use in Russia is banned (Regulation 833/2014, Annex XVIII), routed via Türkiye; "
         "Greek wording (water scooters for Russia repeat (blind54, blind64), knowingly repeated here; a "
         "used-boats cover from Piraeus via Bodrum is new as far as a search found)", {"importer_country": "TR"}),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RS"], "MK", "690919",
         "Keramické dlaždice technické, 400 kusů", "CZ", 1200, 400, 96000, "EUR",
         "technical ceramic tiles cost a few euros each; these are curved boron-carbide and alumina plates of "
         "25 x 30 cm, 3 kg each and 240 EUR apiece, cut for plate carriers: ballistic protection of the Common "
         "Military List (ML13), whose export needs a licence, for a Skopje trader whose buyers are unknown; "
         "Czech wording (body-armour plates repeat in many sets, as floor tiles and kiln shelves "
         "too; technical ceramic tiles by road to North Macedonia are new as far as a search found)", {"importer_country": "MK"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "750620",
         "Nickelband für Akkupacks, vernickelt, 200 Rollen", "DE", 1000, 200, 9000, "EUR",
         "a battery-workshop container for a Jebel Ali 'e-bike battery assembler': nickel strip and spot "
         "welders as declared, but the line of 'Nickelpulver für Lötpasten' is 400 kg of grey, ultra-fine 99.9 % "
         "nickel powder of about 3 µm mean particle size, far finer and purer than any solder paste needs, the "
         "grade of gaseous-diffusion barriers: nickel powder of 1C240 that needs an export licence outside the "
         "Union (Regulation 2021/821), consigned for re-export to Iran (Regulation 267/2012), hidden as one line "
         "of a workshop container; German wording (nickel powder appears once, for an Erbil plating firm "
         "(Austrian German wording); hidden in an e-bike battery consignment to Dubai is new as far as a search "
         "found)",
         {"importer_country": "AE",
          "_more_items": [item("851521", "Punktschweißgeräte für Akkuzellen, 10 Stück", "DE", 300, 12000, "EUR", qty=10),
                          item("750400", "Nickelpulver für Lötpasten, 16 Fässer à 25 kg", "DE", 400, 36000, "EUR", qty=16)]}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "CN", [], "DE", "121190",
         "Bergkräutertee, getrocknete Wurzeln, 5 x 1 kg", "CN", 5, 5, 60, "USD",
         "mountain herb teas are leaves and flowers; these are cut, rose-scented roots with a pink-brown cut face, "
         "sold in Tibetan markets as hongjingtian: wild Rhodiola (Rhodiola spp., CITES App. II since 2023), "
         "posted without an export permit to a private person in Leipzig who sells them online; German wording "
         "(Rhodiola appears in two sets; a mountain-tea cover by post is new as far as a search found)",
         person("Lena Wagner", "DE")),
        ("WLF-02", "import", "ESSEA01", "sea", "PE", [], "ES", "440799",
         "Madera aserrada de tornillo (Cedrelinga cateniformis), 40 m3", "PE", 20000, None, 22000, "USD",
         "tornillo is a coarse, pale-brown construction timber with a plain smell; these boards are reddish, "
         "lighter, with a strong cigar-box scent, the wood of Spanish cedar: Cedrela odorata (CITES App. II since "
         "2020), logged in Ucayali and declared under the name of a timber that needs no permit, for a Valencia "
         "joinery wholesaler; Peruvian Spanish wording (Cedrela repeats a few times, under cedro, Toona and "
         "eucalyptus covers; a tornillo cover is new as far as a search found)",
         firm("Maderas Meridian SL", "ES")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "440729",
         "Varetas de muirapiranga (Brosimum rubescens) para arcos de estudante, 200 peças", "BR", 60, 200, 800, "USD",
         "muirapiranga (satiné) is a dense, dark red wood with a shimmer, used for cheap student bows; these "
         "sticks are straight-grained and orange-red, darken quickly in light and give a red tint in alkali: "
         "pau-brasil (Paubrasilia echinata, CITES App. II, the annotation covering bow blanks), cut in the "
         "Atlantic forest and flown without an export permit to a Lisbon bow-maker's supplier; Brazilian "
         "Portuguese wording (pau-brasil repeats in a few sets, under massaranduba and ipê covers; a muirapiranga "
         "cover is new as far as a search found)", firm("Horizon Madeiras Lda", "PT")),
        ("WLF-04", "import", "FRSEA01", "sea", "ID", [], "FR", "251690",
         "Pierres calcaires décoratives pour aquariums, 3 t", "ID", 3000, None, 1800, "USD",
         "aquarium limestone is dense, grey and smooth; these pieces are porous white skeletons with the cup-like "
         "corallites of branching and brain corals, some still with tissue remains: dead stony coral "
         "(Scleractinia, CITES App. II, coral rock being covered when the genus can be told), taken from reefs in "
         "Sulawesi, without an export permit, for a Lyon pet-shop chain; French wording (stony corals repeat in "
         "several sets; a decorative-limestone cover is new as far as a search found)",
         firm("Rivage Aquariophilie SARL", "FR")),
        ("WLF-05", "import", "BEPOST01", "post", "ZA", [], "BE", "230990",
         "Natural dog chews, dried bones, 6 kg", "ZA", 6, None, 80, "USD",
         "natural dog chews are beef or ostrich bones; these are the long bones and claws of a big cat, with "
         "the skull parts cut out: lion bone (Panthera leo, CITES App. II, with a zero quota for bones from "
         "captive breeding), posted from Bloemfontein to a private person in Antwerp who sells them on to Asian "
         "buyers; English wording (lion bone repeats in a few sets; a dog-chew cover by post is new as far as "
         "a search found)", person("Jan Peeters", "BE")),
        ("WLF-06", "import", "ATAIR01", "express", "NP", [], "AT", "330129",
         "Ätherisches Öl, Himalaya-Zeder, 10 x 100 ml", "NP", 1.2, 10, 90, "USD",
         "Himalayan cedar oil smells of wood and costs a few dollars a bottle; these small bottles hold grains and "
         "crumbly brown pods of a strong animal smell in a little oil: musk pods of the Himalayan musk deer "
         "(Moschus spp., CITES App. I in Nepal), sent by express to a private person in Vienna who trades in "
         "traditional remedies, without permits; German wording (musk repeats in many sets; an essential-oil "
         "cover from Nepal is new as far as a search found)", person("Frau S. Huber", "AT")),
        ("WLF-07", "import", "NLAIR01", "air", "ZA", [], "NL", "130212",
         "Zoethoutextract, blokken, 40 kg", "ZA", 40, None, 1600, "USD",
         "liquorice block extract is black, sweet and glossy; these black, glassy lumps are intensely bitter "
         "and smell of aloe: Cape aloe bitter crystals, the dried leaf exudate of wild Aloe ferox (CITES App. II, "
         "bulk extract not exempted), air freight without an export permit for a Rotterdam herbal wholesaler; "
         "Dutch wording (Aloe ferox crystals appear once, under an aloe-vera powder cover; a liquorice cover is new "
         "as far as a search found)", firm("Orion Herbal Trading BV", "NL")),
        ("WLF-08", "import", "CZPOST01", "post", "ID", [], "CZ", "491191",
         "Obraz motýlů, tisk na papír, zarámovaný, 3 kusy", "ID", 3, 3, 45, "USD",
         "printed butterfly pictures are paper behind glass; these three frames hold real set specimens, "
         "green and gold birdwings with wings of up to 20 cm among them the Queen Alexandra's birdwing "
         "(Ornithoptera alexandrae, CITES App. I) from Papua, with the others App. II, posted to a private collector "
         "in Brno without permits; Czech wording (birdwings repeat in several sets; a printed-picture cover for "
         "App. I birdwings is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("WLF-09", "import", "ITSEA01", "sea", "MG", ["MU"], "IT", "440839",
         "Impiallacci di legno africano per strumenti, 2 t", "MG", 2000, None, 7000, "EUR",
         "African blackwood veneer is Dalbergia melanoxylon from Tanzania or Mozambique, purple-black with a "
         "fine grain; these are jet-black, hard, brittle sheets with grey streaks of Malagasy ebony "
         "(Diospyros spp., CITES App. II, Madagascar populations, with an export ban), trans-shipped at Port "
         "Louis for a Cremona instrument-parts supplier; Italian wording (Malagasy ebony appears in a few sets; "
         "as 'African wood' veneers through Mauritius to Italy is new as far as a search found)",
         firm("Meridian Liuteria Srl", "IT")),
        ("WLF-10", "import", "GRAIR01", "express", "TH", [], "GR", "300490",
         "Βάλσαμο τίγρης, παραδοσιακό, 10 βάζα", "TH", 1, 10, 30, "USD",
         "tiger balm is a mint-and-camphor ointment in small red or white tins; these ten are unmarked glass jars "
         "of a bitter yellow-green salve, with 'bear bile' written in Thai on the lids and a laboratory reading of "
         "ursodeoxycholic acid at bile levels: bear bile (Ursidae, CITES App. I for the Asian bears), sent by "
         "express without permits to a private person in Thessaloniki; Greek wording (bear bile repeats in "
         "several sets; a tiger-balm cover by express from Thailand is new as far as a search found)",
         person("Eleni Papadopoulou", "GR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "CH", "AT", "284700",
     "Hydrogen peroxide 50 %, 4 x 1 l, for a licensed private user", "CH", 4.8, 4, 60, "CHF",
     [("PRECURSOR_LICENCE", "AT-BMI-37-0211")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "express", "NO", "SE", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private model-engine user", "NO", 4.6, 4, 700, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-37-0034")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "381519",
     "Spent hydroprocessing catalyst (16 08 02*), for metal recovery at a licensed plant, 24 t", "NO", 24000,
     None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-37-0462")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "380210",
     "Spent activated carbon from solvent recovery (19 01 10*), for reactivation at a licensed plant, 16 t",
     "CH", 16000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NRW-37-0915")], "notified spent carbon to a licensed reactivation plant"),
    ("PRM-05", "ozone", "import", "BEROAD01", "road", "GB", "BE", "290377",
     "CFC-11 recovered from decommissioned centrifugal chillers, 10 drums, 2 t, for destruction", "GB", 2000,
     10, 0, "EUR",
     [("ODS_LICENCE", "BE-FOD-ODS-37-006")], "recovered CFC imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "MA", "ES", "290376",
     "Halon 1301 recovered from ship fire systems, 12 cylinders, 480 kg, for destruction", "MA", 480, 12, 0, "EUR",
     [("ODS_LICENCE", "ES-MITECO-ODS-37-012")], "recovered halon imported for destruction under licence"),
    ("PRM-07", "cultural", "import", "ESAIR01", "air", "PE", "ES", "970121",
     "Cuzco-school painting, 18th century, from a private collection registered with the Ministry, exported "
     "with permit", "PE", 14, 1, 85000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "PE-MC-37-0088")], "colonial painting with the export permit of its country"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970210",
     "Italian engraving album, 18th century, from a family library", "IT", 6, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-UE-37-0417")], "antique exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "JP", "902620",
     "Capacitance pressure gauges, corrosion-resistant, 20, for a Japanese semiconductor plant", "IT", 6, 20,
     14000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-37-1120"), ("END_USER_CERTIFICATE", "JP-EUC-37-0356")],
     "dual-use transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "CH", "841989",
     "Hastelloy-lined reaction vessels, 2 000 l, 2, for a Basel pharmaceutical plant", "DE", 4000, 2, 180000,
     "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-37-0671"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-37-0091")],
     "dual-use reactors under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "130219",
     "Cape aloe bitter crystals (Aloe ferox), 40 kg, for a herbal wholesaler", "ZA", 40, None, 1800, "USD",
     [("CITES_PERMIT", "ZA-DFFE-37-0310")], "App. II plant extract with its export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "440729",
     "Pau-brasil bow blanks from a registered plantation, 100", "BR", 30, 100, 3000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-37-0142")], "App. II bow blanks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Thomas Gruber", "PRM-02": "Mr L. Nilsson", "PRM-03": "Vega Metaalterugwinning BV",
    "PRM-07": "Fundación Arte Virreinal", "PRM-11": "Orion Herbal Trading BV",
    "PRM-12": "Oficina de Arcos Alfama Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330690", "Chlorhexidine mouthwash, 500 ml bottles", "import", ["road"], ["CH"], (4, 7), (2000, 6000), ["CHF"], 2, S),
    ("340590", "Ski-wax remover, citrus, 500 ml", "import", ["post"], ["NO"], (20, 40), (1, 2), ["NOK"], 2, S),
    ("340590", "Coin and metal polish, 250 ml", "import", ["road"], ["MD", "TR"], (3, 6), (2000, 6000), ["EUR"], 4, S),
    ("330730", "Bath bombs, retail gift boxes", "import", ["post"], ["GB"], (15, 30), (1, 3), ["GBP"], 6, S),
    ("250100", "Coarse sea salt for olive curing, 25 kg sacks", "import", ["road"], ["AL", "TR"], (0.2, 0.4), (15000, 22000), ["EUR"], 0.04, S),
    ("310210", "Cosmetic-grade urea, 25 kg bags", "import", ["road"], ["RS", "DE"], (1, 2), (5000, 12000), ["EUR"], 0.04, S),
    ("960390", "Kimchi-making kits (jar, gloves, brush)", "import", ["express"], ["KR"], (15, 30), (2, 4), ["USD"], 0.5, S),
    ("283699", "Hartshorn salt (ammonium bicarbonate), baking, 1 kg", "import", ["road"], ["RS", "PL"], (1.5, 3), (3000, 8000), ["EUR"], 1, S),
    ("560749", "Polyethylene braided twine for fishing nets, spools", "export", ["sea"], ["TZ", "KE"], (2, 3.5), (4000, 12000), ["EUR"], 1, S),
    ("330590", "Hair-colour cream and 6 % developer, salon packs", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 5, S),
    ("281820", "Activated alumina desiccant, new, 25 kg drums", "export", ["sea"], ["IN", "AE"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("621010", "Lead-free radiation protection aprons, new, certified", "export", ["air"], ["NG", "GH"], (60, 120), (200, 800), ["EUR"], 0.2, S),
    ("440612", "Railway sleepers, new, untreated oak", "export", ["road"], ["NO", "CH"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("250810", "Bentonite, new, drilling grade, 1 t bags", "export", ["sea"], ["MA", "NG"], (0.2, 0.4), (20000, 26000), ["GBP"], None, S),
    ("320890", "Industrial paints, new, first quality, drums", "export", ["road"], ["UA", "MD"], (3, 5), (6000, 14000), ["EUR"], None, S),
    ("902519", "Digital clinical thermometers, new, boxed", "export", ["post"], ["US", "CH"], (60, 120), (1, 2), ["EUR"], 20, S),
    ("250590", "Washed quartz fill sand, bulk", "export", ["road"], ["RS"], (0.01, 0.03), (22000, 26000), ["EUR"], None, S),
    ("780110", "Refined lead ingots, 99.97 %", "import", ["sea"], ["KR", "AU"], (2, 2.6), (20000, 25000), ["USD"], None, S),
    ("854143", "Photovoltaic modules, new, with warranty", "export", ["sea"], ["SN", "MA"], (2, 4), (10000, 20000), ["EUR"], 0.05, S),
    ("380210", "Activated carbon, virgin, for water treatment", "export", ["rail"], ["RS"], (1.5, 2.5), (15000, 22000), ["EUR"], None, S),
    ("381400", "Kimono care kit, alcohol-based stain remover", "import", ["express"], ["JP"], (20, 40), (1, 2), ["JPY"], 2, S),
    ("842410", "Clean-agent fire extinguishers, FK-5-1-12, new", "import", ["air"], ["US"], (15, 25), (300, 900), ["USD"], 0.1, S),
    ("741110", "Refined copper tube for refrigeration, coils", "import", ["sea"], ["CN", "TR"], (8, 11), (6000, 14000), ["USD"], None, S),
    ("841869", "Condensing units for cold stores, new, CO2", "export", ["road"], ["UA", "MD"], (10, 16), (2000, 6000), ["EUR"], 0.004, S),
    ("340510", "Leather cleaner and shoe polish, water-based", "import", ["post"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 6, S),
    ("392113", "Polyurethane cold-room panels, pentane-blown, new", "import", ["sea"], ["TR", "CN"], (2, 3.5), (5000, 12000), ["EUR", "USD"], 0.05, S),
    ("841869", "Centrifugal chiller spare parts, new", "import", ["sea"], ["US", "CN"], (15, 25), (1000, 4000), ["USD"], 0.01, S),
    ("482090", "Ethiopian handmade leather notebooks, new", "import", ["express"], ["ET"], (20, 40), (1, 3), ["USD"], 3, S),
    ("970191", "Cuzco-style paintings, new, workshop copies", "import", ["air"], ["PE"], (20, 40), (100, 400), ["USD"], 0.2, S),
    ("491199", "Facsimile parchments and maps, printed", "export", ["road"], ["CH"], (20, 40), (200, 600), ["EUR"], 2, S),
    ("680293", "Carved marble garden stones, new", "import", ["road"], ["TR"], (0.5, 1), (10000, 18000), ["EUR"], 0.02, S),
    ("711719", "Gold-plated costume jewellery, new", "import", ["air"], ["AE", "IN"], (80, 160), (50, 200), ["USD"], 20, S),
    ("442090", "Carved and painted wooden saints, new, Spanish craft", "export", ["air"], ["US", "MX"], (30, 60), (100, 400), ["EUR"], 0.2, S),
    ("680291", "Alabaster vases and scarabs, new Egyptian craft", "import", ["air"], ["EG"], (8, 15), (100, 400), ["USD"], 3, S),
    ("491191", "Printed icon reproductions on wood, new", "import", ["post"], ["GR", "TR"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("691390", "Terracotta garden statues, new Javanese craft", "import", ["sea"], ["ID"], (1, 2), (2000, 6000), ["USD"], 0.05, S),
    ("130212", "Liquorice extract blocks", "import", ["sea"], ["TR", "UZ"], (4, 8), (2000, 6000), ["USD"], None, S),
    ("691490", "Ceramic aquarium rock, synthetic, coral-free", "import", ["sea"], ["ID", "CN"], (1, 2), (3000, 8000), ["USD"], 0.2, S),
    ("440890", "Maple and spruce veneers for instrument makers", "import", ["sea"], ["CA", "US"], (6, 12), (1000, 4000), ["USD"], None, S),
    ("330129", "Himalayan cedarwood essential oil, 100 ml", "import", ["express"], ["NP", "IN"], (60, 120), (1, 2), ["USD"], 8, S),
]
# Everyday trade: blind64's everyday rows, unchanged (see make_blind64_set.py).
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND64_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind67", 20370501, HERE)


if __name__ == "__main__":
    main()
