#!/usr/bin/env python3
"""Writes the two-hundred-and-twelfth blind set (tests/risk/data/blind212-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2061, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: livestock, veterinary and animal
by-products (livestock and breeding-stock exporters, veterinary wholesalers and clinics,
slaughterhouses and renderers, hides, skins, bones, horns, hair and feathers, and the
farm, stable, loft and hatchery supplies that go with them). Written by a person who had
not read the profile packs (nor any rule file) and had not run the engine on it, and
committed before any change measured on it, to be measured once on its packs. Same row
layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, animal by-products under veterinary checks, seeds under reinforced checks
included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table: the lawful twins of
this set's animal by-products are therefore the tanned, manufactured or synthetic goods
of the same trade. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL212-*:

    python3 tests/risk/data/make_blind212_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEPOST01", "post", "ZA", [], "BE", "220900",
         "Appelasyn met knoffel vir renduiwe, drinkwater-tonikum, 4 x 1 liter", "ZA", 4.8, 4, 520, "ZAR",
         "a pigeon-loft tonic of cider vinegar and garlic is amber, cloudy, 1.01 kg/l and smells of apples and garlic; "
         "these four bottles hold a water-clear, odourless liquid of 1.13 kg/l behind vented caps that whitens and "
         "stings the fingers and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Pretoria to a private racing-pigeon fancier in Hasselt; Afrikaans wording (hydrogen peroxide repeats in "
         "many sets and cider-vinegar labels in two, blind192 and blind199, on other goods and routes; a "
         "pigeon-loft covers in two, grit in blind125 and bath salt in blind190; a loft drinking-water tonic from South "
         "Africa was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("PRE-02", "import", "ESAIR01", "express", "AR", [], "ES", "151800",
         "Aceite para cascos de caballos, con aceite de laurel, 4 x 1 litro", "AR", 4.6, 4, 38000, "ARS",
         "equine hoof oil is a dark, greasy blend of vegetable oils and tar that smells of laurel and floats on water "
         "at 0.92 kg/l; these four tins hold a thin, pale-yellow liquid of 1.14 kg/l that sinks, smells faintly "
         "fruity and whose filler drum label in the box reads 'nitrometano 99 %': nitromethane (Annex I above 16 %), "
         "sent by express from Buenos Aires to a private rider in Jerez although flammable liquids travel by express "
         "only as declared dangerous goods; Rioplatense Spanish wording (nitromethane repeats in many sets; a "
         "hoof-oil label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-03", "import", "DKPOST01", "post", "FO", [], "DK", "283329",
         "Sinksulfat-loysn til fótbað hjá seyði, 4 x 1 litur", "FO", 5.6, 4, 360, "DKK",
         "a zinc-sulphate sheep foot-bath concentrate is a clear, faintly blue-white, odourless solution of about "
         "1.2 kg/l; these four bottles weigh 1.40 kg/l, give off brown fumes when opened, yellow the skin and eat "
         "into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Tórshavn to a private "
         "hobby-flock keeper on Funen; Faroese wording (nitric acid repeats in many sets, foot-bath labels in five and zinc sulphate for sheep foot-baths "
         "once, blind65, as a powder; kept partly as a repeat, a liquid foot-bath solution from the Faroe Islands "
         "is the new part)", person("Privatperson", "DK")),
        ("PRE-04", "import", "SEPOST01", "post", "NO", [], "SE", "251200",
         "Kiselgur (diatoméjord) mot blodmidd i hønsehus, 3 x 1 kg", "NO", 3, 3, 450, "NOK",
         "diatomaceous earth for red mite is a feather-light, off-white dust (about 0.3 kg/l) that clouds up when "
         "poured; these three bags are a third of the size for their weight, hold a dense, gritty white crystal "
         "that does not dust, burns fiercely when mixed with sugar and whose inner liners read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from Hamar to a private backyard-hen keeper in Karlstad; "
         "Norwegian wording (potassium perchlorate repeats in many sets and diatomaceous-earth labels in four; "
         "against poultry red mite, from Norway to Sweden, was found in no earlier row by a keyword search)",
         person("Karin Andersson", "SE")),
        ("PRE-05", "import", "CYSEA01", "sea", "EG", [], "CY", "282710",
         "كلوريد الأمونيوم علف للماعز والأغنام ضد حصوات المسالك البولية، أكياس ٥ كيلو، ٢٠٠٠ كيس", "EG", 10000, 2000,
         3600, "USD",
         "feed-grade ammonium chloride for goats is a fine white powder that tastes salty and sharp and reads 26 % N; "
         "these 2,000 bags hold round, hard prills that taste of nothing salty, read 34 % N, turn the water ice-cold "
         "and melt and fume on a hot plate, for a Limassol farm-and-garden shop that sells 5 kg bags to goat and "
         "pet-lamb keepers from the public: ammonium nitrate (Annex I at 16 % N or more) made available to members "
         "of the public, by sea from Alexandria; Egyptian Arabic wording (ammonium nitrate repeats in many sets, "
         "ammonium-chloride labels in seven and a camel feed-urea cover in blind143; a goat urinary-stone feed "
         "additive from Egypt to Cyprus is the new part as far as a search found)",
         firm("Delta Agrotiki Ltd", "CY")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "250100",
         "So za soljenje koža divljači, krupna, s dodatkom protiv bakterija, vreće 5 kg, 1.200 vreća", "BA", 6000,
         1200, 2400, "EUR",
         "hide-curing salt for hunters is coarse, grey-white, salty sodium chloride that cakes in damp; these sacks "
         "hold clear, tasteless crystals that draw damp, crackle and flare yellow on a gas ring, and the factory "
         "sheet on the pallet gives CAS 7775-09-9, for a Split hunting-supply shop that sells 5 kg sacks to hunters "
         "salting deer and boar skins: sodium chlorate (Annex I above 40 %) made available to members of the "
         "public, on a lorry at Bijača; Bosnian wording (sodium chlorate repeats in many sets under salt labels and "
         "curing-salt labels in fourteen, on meat-curing nitrite covers; a hunters' hide-curing salt was found in no "
         "earlier row by a keyword search)", firm("Vega Lovačka Oprema d.o.o.", "HR")),
        ("PRE-07", "import", "DKPOST01", "post", "IS", [], "DK", "320649",
         "Litarduft fyrir hrútamerkingar (rautt), 3 x 1 kg", "IS", 3, 3, 9000, "ISK",
         "raddle powder for marking ewes is a red-ochre pigment that is mixed with oil in a ram's harness and "
         "stains everything it touches; these three bags hold shiny, white crystals that do not stain, spit violet "
         "sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), "
         "posted from Selfoss to a private sheep keeper in Jutland; Icelandic wording (potassium chlorate repeats in "
         "many sets; a raddle or ram-marking cover was found in no earlier row by a keyword search)",
         person("Privatperson", "DK")),
        ("PRE-08", "import", "FRAIR01", "express", "CA", [], "FR", "291550",
         "Agent de conservation du foin, acide propionique tamponné, 2 x 4 litres", "CA", 14.7, 2, 140, "CAD",
         "a buffered propionic-acid hay preservative is a thin liquid of about 1.0 kg/l with a sharp, cheesy, "
         "vinegar-like smell; these two jugs hold an oily, odourless liquid of 1.84 kg/l that chars a paper label "
         "black and grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), sent by express "
         "from Quebec to a private horse owner in Normandy although corrosive liquids travel by express only as "
         "declared dangerous goods; Québec French wording (sulphuric acid repeats in many sets; a propionic-acid "
         "hay-preservative label was found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("PRE-09", "import", "PTAIR01", "air", "BR", [], "PT", "283630",
         "Bicarbonato de sódio tamponante ruminal, grau alimentar, sacos de 1 kg, 400 sacos", "BR", 400, 400, 1600,
         "USD",
         "sodium bicarbonate rumen buffer is a soft, fine, white powder that tastes of soda and fizzes at once in "
         "vinegar; these 400 bags hold a crystalline, hygroscopic salt that does not fizz, caked in the bags, burns "
         "brightly mixed with sugar and whose inner liners read 'NaClO4', for a Santarém farm-supply shop that sells "
         "1 kg bags over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from São Paulo to Lisbon; Brazilian Portuguese wording (sodium perchlorate repeats in many "
         "sets and bicarbonate labels in several; a rumen-buffer label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Agro-Pecuária Lda", "PT")),
        ("PRE-10", "import", "BGROAD01", "road", "TR", [], "BG", "420100",
         "Deri at eğeri, İngiliz tipi, 20 adet", "TR", 240, 20, 6000, "EUR",
         "a horse-tack lorry for a Plovdiv riding shop that sells to the public: English saddles and horse blankets "
         "are what Turkish saddleries ship to Bulgaria, but the third item's 'tırnak bakım solüsyonu' are 300 "
         "bottles of a water-clear, odourless liquid of 1.20 kg/l with vented caps that bleaches a glove and foams "
         "on a hoof crack, not the brown iodine-and-tar hoof dressing the label suggests: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, at Kapitan Andreevo; Turkish wording (hydrogen peroxide repeats in many sets; "
         "hoof-care labels repeat blind63 and blind90; behind saddles in a three-item lorry is the new part)",
         dict(firm("Orion Konna Ekipirovka EOOD", "BG"),
              _more_items=[item("630140", "At battaniyesi, sentetik, 120 adet", "TR", 360, 2400, "EUR", qty=120),
                           item("300490", "Tırnak bakım solüsyonu, 1 litre, 300 şişe", "TR", 360, 900, "EUR", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "ROROAD01", "road", "RO", [], "MD", "300490",
         "Medicamente veterinare, donație pentru fermierii afectați de inundații, 18 paleți", "RO", 9000, None,
         2000, "EUR",
         "a veterinary donation is in-date product in the maker's cartons with batch numbers a year or more from "
         "expiry; these 18 pallets hold loose, outdated injectables, leaking antiparasitic pour-on concentrates, "
         "cytostatic tablets and vaccine vials out of cold chain, cleared from an Iași veterinary wholesaler's "
         "returns cage and two clinics: discarded veterinary chemicals and cytotoxic medicines (18 02 05*, "
         "18 02 07*), hazardous waste whose export to a non-OECD country is banned, in a lorry at Sculeni for a "
         "Bălți 'farmers' association'; Romanian wording (donation labels repeat in many sets, on other wastes; "
         "expired veterinary medicines as a flood-relief donation were found in no earlier row by a keyword "
         "search)", {"importer_country": "MD"}),
        ("WST-02", "export", "SISEA01", "sea", "SI", [], "IN", "050690",
         "Kostni pepel, kalciniran, za proizvodnjo kostnega porcelana, big bagi, 24 t", "SI", 24000, None, 4800, "EUR",
         "calcined bone ash for bone china is a clean, white to cream powder of calcium phosphate that is "
         "certified as heat-treated; these bags hold a grey, powdery, alkaline dust that smells of ammonia when "
         "wet, carries activated-carbon and lime grains and reads lead, cadmium and dioxins, from the bag filters of "
         "a fallen-stock and abattoir-waste incinerator: fly ash from flue-gas treatment (19 01 13*), hazardous waste "
         "whose export to a non-OECD country is banned, from Koper to Mundra for a 'ceramics' buyer; Slovenian "
         "wording (incinerator fly ash repeats in several sets; a bone-ash label was found in no earlier row by a "
         "keyword search: the one bone-china row, blind40, is lion bone)", {"importer_country": "IN"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MR", "380891",
         "Baño antiparasitario para ovino, excedente en fecha, bidones 5 l, 600 bidones", "ES", 3200, 600, 2400, "EUR",
         "in-date surplus sheep dip is sealed, labelled product with a batch and expiry date; these 600 tins are "
         "rusted and dented, some leak, their labels name organophosphate dips withdrawn twenty years ago, and they "
         "were gathered at farm clear-outs in Extremadura: obsolete agrochemical waste containing hazardous "
         "substances (02 01 08*), hazardous waste whose export to a non-OECD country is banned, from Algeciras to "
         "Nouakchott for a 'livestock cooperative'; Spanish wording (obsolete sheep dip repeats blind62, from "
         "Ireland; kept as a known repeat, from Spain to Mauritania is the new part)", {"importer_country": "MR"}),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "310590",
         "Folyékony lombtrágya, IBC tartályokban, 22 t", "HU", 22000, None, 1100, "EUR",
         "a liquid foliar fertiliser is a green-brown, faintly earthy solution with a labelled NPK; these IBCs hold "
         "a cloudy, manure-flecked liquid with a stinging, pickling smell that reads 3 % formaldehyde and copper "
         "sulphate, pumped out of the hoof-bath pits of Alföld dairy farms: spent formalin foot-bath solution "
         "(02 01 08*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Röszke for a "
         "Subotica 'agro-dealer'; Hungarian wording (formalin repeats in five sets and foliar-fertiliser labels in "
         "a few; spent cattle foot-bath formalin was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "BD", "310100",
         "Farinha de couro hidrolisado, fertilizante orgânico, big bags, 26 t", "PT", 26000, None, 2600, "EUR",
         "hydrolysed leather meal is a brown, uniform, dry powder sold by nitrogen content after the chromium has "
         "been removed; these bags hold blue-grey, felted shavings and buffing dust straight from the shaving "
         "machines of Alcanena tanneries that read 2 % chromium with hexavalent chromium in the leachate: chromium "
         "tannery shavings and buffing dust containing hexavalent chromium (Basel A3090), hazardous waste whose "
         "export to a non-OECD country is banned, from Lisbon to Chittagong for a 'fertiliser' maker; Portuguese "
         "wording (tannery wastes repeat in many sets and shavings labels in several; a leather-meal fertiliser "
         "label was found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-06", "export", "LTROAD01", "road", "LT", [], "UA", "400400",
         "Guminė granulė iš padangų, 0-4 mm, big bagai, 20 t", "LT", 20000, None, 2000, "EUR",
         "tyre crumb is clean black rubber granules without fibre or metal; these bags hold a mixed, fluffy fraction "
         "of foam, plastics, fabric, glass and copper wire that smells of oil, from a Kaunas car shredder: "
         "automotive shredder residue with hazardous substances (19 10 03*), hazardous waste whose export to a "
         "non-OECD country is banned, by road through Poland to Lviv; Lithuanian wording (shredder residue repeats "
         "in several sets and rubber-crumb labels in a few; kept as a known repeat, from Lithuania is the new part)",
         {"importer_country": "UA", "transit_countries": ["PL"]}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "GH", "392390",
         "Gebruikte IBC-containers, gereinigd, voor watertanks, 400 stuks", "NL", 24000, 400, 8000, "EUR",
         "rinsed, used IBCs for water storage are clear-walled, dry inside and come with a rinse certificate; "
         "these 400 are dull, smell sharply of aldehyde and chlorine, hold a few litres of a sticky residue each "
         "and still carry the hazard labels of glutaraldehyde and formaldehyde disinfectants from Gelderland "
         "poultry and pig houses: packaging containing residues of hazardous substances (15 01 10*), hazardous "
         "waste whose export to a non-OECD country is banned, from Rotterdam to Tema as 'water tanks'; Dutch "
         "wording (IBCs repeat in many sets; farm-disinfectant IBCs from poultry houses are the new part as far as "
         "a search found)", {"importer_country": "GH"}),
        ("WST-08", "export", "HRROAD01", "road", "HR", [], "BA", "680610",
         "Mineralna vuna, rabljena, skinuta s cjevovoda, 12 t", "HR", 12000, None, 240, "EUR",
         "used mineral wool is yellow or grey, springy, glassy fibre that smells of nothing; these sacks hold "
         "grey-white, chalky, crumbling pipe lagging in preformed half-shells that dusts when broken and shows "
         "amosite fibres under a lens, stripped from the steam and scald lines of a dismantled 1970s Slavonian "
         "slaughterhouse: insulation materials containing asbestos (17 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry at Slavonski Brod for a Bosnian 'builder'; Croatian wording "
         "(asbestos lagging repeats in many sets, mineral-wool labels in several and a slaughterhouse once, "
         "blind60, on cold-store panels; a slaughterhouse's asbestos lagging is the new part)", {"importer_country": "BA"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "GH", "843629",
         "Gebruikte pluimveestalinrichting: voerlijnen en drinklijnen, 1 container", "NL", 8000, None, 6000, "EUR",
         "a second-hand poultry-house container for Accra: feeder and drinker lines and used incubators are what "
         "Dutch dealers ship to Ghanaian broiler farms, but the third item's 'voorschakelapparaten, gebruikt' are "
         "1,200 old magnetic fluorescent-lamp ballasts ripped from 1970s poultry houses, with leaking capacitors "
         "and an oily smell: equipment containing PCBs (16 02 09*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Rotterdam to Tema; Dutch "
         "wording (PCB ballasts repeat in several sets; behind poultry-house equipment is the new part as far as a "
         "search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("843621", "Broedmachines, gebruikt, 6 stuks", "NL", 3000, 3000, "EUR", qty=6),
                           item("850410", "Voorschakelapparaten, gebruikt, 1.200 stuks", "NL", 2400, 600, "EUR", qty=1200)])),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "IN", "150500",
         "Graisse de laine brute (lanoline), pour raffinage, IBC, 18 t", "BE", 18000, None, 5400, "EUR",
         "crude wool grease is a yellow-brown, sticky wax that smells of sheep; these IBCs hold a grey, watery, "
         "gritty sludge of sand, dung and fibre from a Verviers-area scour's effluent plant that reads "
         "organophosphate and pyrethroid sheep-dip residues: sludge from on-site effluent treatment containing "
         "hazardous substances (04 02 19*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Nhava Sheva for a 'lanolin refiner'; Belgian French wording (wool-scour sludge as crude wool "
         "grease repeats blind186; kept as a known repeat, from Belgium to India is the new part)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "export", "BESEA01", "sea", "BE", [], "ET", "843621",
         "Gebruikte broedmachines (voorbroeders en uitkomers) met koelgroep, 8 stuks", "BE", 16000, 8, 24000, "EUR",
         "second-hand hatchery setters and hatchers for export are sold with their cooling drained or on a current "
         "refrigerant and tagged; these eight came out of a West-Flanders broiler hatchery with their chiller "
         "units still holding about 25 kg of HCFC-22 each (the units' plates read R-22, never converted): "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Antwerp to "
         "Djibouti for an Addis Ababa poultry company; Flemish wording (R-22 equipment repeats in many sets and "
         "incubators in several, as other goods' covers; hatchery equipment with R-22 chillers was found in no "
         "earlier row by a keyword search)", {"importer_country": "ET"}),
        ("OZN-02", "import", "GRROAD01", "road", "MK", [], "GR", "271019",
         "Јаглеводороден растворувач за хемиско чистење на крзно и овчи кожи, 40 буриња", "MK", 12500, 40, 5000, "EUR",
         "a hydrocarbon dry-cleaning solvent for furs is a light (0.77 kg/l), flammable isoparaffin that smells of "
         "paraffin; these 40 drums hold a non-flammable liquid of 1.56 kg/l with a faint, sweet smell that boils at "
         "48 °C, and the drum heads under the paint read 'R-113': CFC-113, whose import into the Union is banned, "
         "by road at Evzoni for a Kastoria fur and sheepskin cleaner; Macedonian wording (CFC-113 repeats in "
         "several sets and Kastoria furs in a few; a fur-and-sheepskin dry-cleaning solvent was found in no earlier "
         "row by a keyword search)", firm("Vega Gounopoiia AE", "GR")),
        ("OZN-03", "import", "PLSEA01", "sea", "CN", [], "PL", "321000",
         "牲畜标记喷漆，丁烷抛射剂，500毫升，9600罐", "CN", 5800, 9600, 7700, "USD",
         "livestock marking sprays run on butane-propane and burn at the nozzle; these 9,600 cans do not light, "
         "read 5.7 bar at 20 °C and the propellant analyses as dichlorodifluoromethane: products containing CFC-12, "
         "whose import into the Union is banned, by sea from Qingdao to Gdańsk for a Poznań farm-supply "
         "wholesaler; Chinese wording (CFC-12 aerosols repeat in many sets; a livestock marking-spray label was "
         "found in no earlier row by a keyword search)", firm("Central Zaopatrzenie Rolnicze Sp. z o.o.", "PL")),
        ("OZN-04", "import", "HUROAD01", "road", "RS", [], "HU", "841869",
         "Кондензаторски агрегати за хладњачу кланице, ремонтовани, 6 ком.", "RS", 2400, 6, 9000, "EUR",
         "reconditioned condensing units for an abattoir chill room come on CO2 or a current HFC with a test "
         "sheet; these six still carry their factory charge of HCFC-22 (plates and a gauge-port test agree), "
         "removed from a Novi Sad slaughterhouse's carcass-chilling rooms: products containing HCFCs, whose import "
         "into the Union is banned, by road at Röszke for a Szeged meat plant; Serbian (Cyrillic) wording "
         "(condensing units with R-22 repeat in many sets; kept as a known repeat, abattoir chill-room units from "
         "Serbia are the new part as far as a search found)", firm("Delta Húsfeldolgozó Kft.", "HU")),
        ("OZN-05", "import", "ITSEA01", "sea", "UY", [], "IT", "281290",
         "Fluoruro de sulfurilo para fumigación de fardos de lana, 30 cilindros", "UY", 1800, 30, 5400, "USD",
         "sulfuryl fluoride fumigant is a gas of 1.34 kg/l as a liquid in tall, dip-tube cylinders; these 30 hold a "
         "liquid of 1.73 kg/l with a faint chloroform smell and the shoulders read 'CH3Br' under the labels: "
         "methyl bromide, whose import into the Union is banned (no quarantine use remains), by sea from "
         "Montevideo to Genoa for a Biella wool-store; Uruguayan Spanish wording (methyl bromide repeats in many "
         "sets and sulfuryl-fluoride labels in several; for wool bales from Uruguay is the new part as far as a "
         "search found)", firm("Alpina Lane Srl", "IT")),
        ("OZN-06", "export", "DKSEA01", "sea", "DK", [], "GH", "392113",
         "Brugte isoleringspaneler fra fjerkræstalde, 1 container", "DK", 8000, None, 1600, "EUR",
         "used insulation panels from modern poultry houses are pentane- or water-blown PIR; these yellow, "
         "brittle panels from a 1980s Jutland broiler house give off CFC-11 when cut (a gas test of a cut sample "
         "agrees) and still carry the blowing agent in their cells: products containing CFC-11, whose export from "
         "the Union is banned, from Aarhus to Tema for a poultry-farm builder; Danish wording (CFC-11 foams repeat "
         "in many sets, sandwich-panel labels in nine and Jutland slaughterhouse cold-store panels in blind60; kept "
         "partly as a repeat, poultry-house panels to Ghana are the new part)", {"importer_country": "GH"}),
        ("OZN-07", "import", "CZAIR01", "air", "VN", [], "CZ", "290342",
         "Môi chất lạnh R-32, bình 10 kg, 60 bình", "VN", 600, 60, 1800, "USD",
         "R-32 is a flammable refrigerant of 0.96 kg/l in red-topped cylinders with a left-hand valve; these 60 "
         "read 9.1 bar at 20 °C, not 14.7, do not ignite at a spark tester and give chlorodifluoromethane on the "
         "leak analyser: HCFC-22, whose import into the Union is banned, flown from Hanoi to Prague for a "
         "refrigeration fitter who services pig and poultry houses; Vietnamese wording (R-22 under HFC labels "
         "repeats in many sets; kept as a known repeat, from Viet Nam by air is the new part)",
         firm("Orion Chlazení s.r.o.", "CZ")),
        ("OZN-08", "transit", "DESEA01", "sea", "CN", ["DE"], "NG", "281129",
         "兽医麻醉用医用氧化亚氮, 40公斤钢瓶, 200瓶", "CN", 8000, 200, 16000, "USD",
         "medical nitrous oxide comes in blue cylinders at 50 bar with a pharmacopoeia certificate; these 200 read "
         "5.7 bar at 20 °C, hold a liquid of 1.33 kg/l and the stamped water capacity and tare fit a refrigerant "
         "cylinder: dichlorodifluoromethane (CFC-12), a controlled substance moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Hamburg in transit from Ningbo to Lagos for a "
         "'veterinary' importer; Chinese wording (CFC-12 repeats in many sets and nitrous-oxide labels in "
         "fifteen; a veterinary-anaesthesia label on a transit through Hamburg is the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("OZN-09", "import", "ITSEA01", "sea", "AR", [], "IT", "410150",
         "Cueros vacunos salados, enteros, 1 contenedor", "AR", 22000, 880, 26000, "USD",
         "a hide-and-tallow container for a Santa Croce tannery group: salted cattle hides and edible tallow are "
         "what Rosario packers ship to Italy, but the third item's 'gas propelente DME para aerosoles veterinarios' "
         "are 40 cylinders of a liquid of 1.33 kg/l at 5.7 bar that does not burn, where DME is a flammable gas of "
         "0.67 kg/l: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, hidden as the last "
         "item of a three-item declaration, by sea from Buenos Aires to Livorno; Argentine Spanish wording (CFC-12 "
         "repeats in many sets; a DME-propellant label behind hides and tallow is the new part as far as a search "
         "found)",
         dict(firm("Rivage Concerie Srl", "IT"),
              _more_items=[item("150210", "Sebo vacuno comestible, 8 t", "AR", 8000, 9600, "USD"),
                           item("290919", "Gas propelente DME para aerosoles veterinarios, 40 cilindros", "AR", 2000, 1200, "USD", qty=40)])),
        ("OZN-10", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "381400",
         "ლეიბის და უნაგირის წებოს გამხსნელი, 200 ლიტრიანი კასრი, 12 ცალი", "GE", 3200, 12, 2400, "EUR",
         "a contact-adhesive thinner for saddlers is a light (0.8 kg/l), flammable blend of acetone and "
         "hydrocarbons; these twelve drums weigh 1.34 kg/l, do not burn, smell sweet and boil at 74 °C, and the "
         "filler's certificates in the cab read 1,1,1-trichloroethane: methyl chloroform, whose import into the "
         "Union is banned, by road through Türkiye to Kapitan Andreevo for a Sofia saddlery and harness maker; "
         "Georgian wording (methyl chloroform repeats in many sets and thinner labels in several, a saddlers' "
         "leather-dye thinner once, blind89, on a precursor; on methyl chloroform from Georgia is the new part)",
         firm("Alpina Sedla EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "ET", [], "DE", "410390",
         "የፍየል ቆዳ ለከበሮ (ደረቅ)፣ 12 ቁርጥራጭ", "ET", 9, 12, 180, "USD",
         "dried goat-skin drumheads are stiff, translucent rawhide rounds with hair marks and a tallow smell; these "
         "twelve are folded and sewn gatherings of smooth, scraped parchment written in black and red Ge'ez with "
         "painted saints, wooden boards and a sewn leather case, from a Tigray church: Ethiopian manuscripts of the "
         "17th-18th century, taken out of Ethiopia, which forbids their export, and brought in without the "
         "importer statement Regulation 2019/880 requires, flown from Addis Ababa to Frankfurt for a dealer; "
         "Amharic wording (Ethiopian parchment manuscripts repeat in many sets; a goat-skin drumhead label was "
         "found in no earlier row by a keyword search)", firm("Orion Antiquariat GmbH", "DE")),
        ("CUL-02", "import", "ESAIR01", "express", "PE", [], "ES", "050590",
         "Plumas de gallo teñidas para atado de moscas, surtidas, 1 paquete", "PE", 1.4, 1, 60, "PEN",
         "dyed rooster hackle is sold as uniform, freshly dyed strips on a card; this packet holds a faded, brittle "
         "panel of cotton cloth on which rows of small blue and yellow feathers are knotted to strings in stepped "
         "patterns, with earth in the weave: a Wari or Nazca feathered textile panel from a looted grave "
         "(6th-10th century), archaeological material taken out of Peru, which forbids its export, sent by express "
         "from Lima to a private collector in Madrid; Peruvian Spanish wording (Wari and Nazca textiles repeat in "
         "several sets and rooster-feather labels in eight, all on CITES feathers; pre-Columbian featherwork under "
         "a fly-tying label is the new part as far as a search found)", person("Particular", "ES")),
        ("CUL-03", "export", "BGAIR01", "air", "BG", [], "GB", "830629",
         "Декоративни медальони за конска амуниция, месинг, нови, 8 броя", "BG", 2.6, 8, 120, "EUR",
         "new brass horse-harness medallions are bright, stamped and identical; these eight are heavy, cast, green "
         "and silvery discs with lion and stag heads in relief, soil in the loops at the back and a 4th-century-BC "
         "style: Thracian silver phalerae from a looted tumulus, archaeological objects over 100 years old "
         "exported without the licence of Regulation 116/2009 and against Bulgaria's cultural heritage law, flown "
         "from Sofia to London for a dealer; Bulgarian wording (Thracian metalwork repeats in several sets and "
         "phalerae once, blind94; a horse-tack medallion label for export is the new part as far as a search "
         "found)", {"importer_country": "GB"}),
        ("CUL-04", "import", "NLAIR01", "express", "EG", [], "NL", "392690",
         "Pet memorial urns, resin, with cremated remains, 3 pcs", "EG", 3.4, 3, 90, "USD",
         "resin pet urns are hollow, moulded and hold a bag of grey ash; these three are linen-wrapped bundles in "
         "the shape of a cat and two ibises with painted faces and resin-darkened bandages that show bone under an "
         "x-ray: Egyptian animal mummies of the Late Period, antiquities taken out of Egypt, which forbids their "
         "export, brought in without an import licence (Regulation 2019/880), sent by express from Cairo to a "
         "private buyer in Leiden; English wording (animal mummies repeat in several sets and cremation labels in "
         "two; a pet-memorial-urn label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("CUL-05", "import", "DKPOST01", "post", "GL", [], "DK", "442199",
         "Tuttup nassui qalipaatit, pinnersaatit, 6 (rensdyrtak, kunsthåndværk)", "GL", 1.4, 6, 600, "DKK",
         "new caribou-antler crafts are white, smoothly sawn and polished; these six are dark, mineral-stained "
         "harpoon heads and a comb of antler and bone with lashing slots and wear polish, dug from a Thule-culture "
         "house ruin near Uummannaq: archaeological objects that Greenland's heritage law keeps in Greenland, "
         "posted from Nuuk to a private collector in Aarhus without the export permit of the Greenland National "
         "Museum; Greenlandic (Kalaallisut) wording with Danish (Greenlandic bone and antler crafts repeat blind148 and "
         "Greenlandic wording blind173 and blind200; kept as a known repeat, Thule harpoon heads by post are the "
         "new part)",
         person("Privatperson", "DK")),
        ("CUL-06", "import", "ITSEA01", "sea", "AL", [], "IT", "830610",
         "Zile bagëtish të vjetra, bronzi, 40 copë", "AL", 60, 40, 400, "EUR",
         "old livestock bells are riveted sheet iron or cast brass with a steel clapper and a leather collar "
         "strap; these 40 are small, green-patinated, cast bronze bells and pendants with incised circles, some "
         "with Iron Age spectacle-fibulae in the same crate and soil in the casting seams, from detector hunting "
         "in the Mat valley: Illyrian bronzes, archaeological objects taken out of Albania, which forbids their "
         "export, brought in without an import licence (Regulation 2019/880), by sea from Durrës to Bari; Albanian "
         "wording (Illyrian bronzes repeat in a few sets and cow-bell labels in two, blind164 and blind194; "
         "livestock bells from Albania are the new part as far as a search found)",
         firm("Meridian Antichità Srl", "IT")),
        ("CUL-07", "import", "DERAIL01", "rail", "MN", ["CN", "KZ", "RU", "BY", "PL"], "DE", "420100",
         "Хуучин савхин эмээл, 4 ширхэг", "MN", 60, 4, 400, "USD",
         "used leather saddles from Mongolia are modern wooden-tree saddles with nylon girths; these four are "
         "lacquered wooden saddles with silver-and-coral fittings, embossed leather skirts and 19th-century "
         "Buddhist emblems, two with monastery marks: Mongolian saddles protected as cultural heritage, taken out "
         "of Mongolia without its export permit, brought in by rail to Duisburg for an Oriental-art dealer; "
         "Mongolian wording (saddle labels repeat in a few sets on other goods; Mongolian silver saddles were found "
         "in no earlier row by a keyword search)", firm("Central Asiatika GmbH", "DE")),
        ("CUL-08", "import", "FRAIR01", "express", "BO", [], "FR", "580500",
         "Alpaka millwa q'aytumanta macramé, pirqapi warkunapaq, 2 (tapices de macramé de alpaca)", "BO", 1.6, 2,
         120, "BOB",
         "new alpaca macramé hangings are soft, evenly spun, brightly dyed cords tied in repeating knots; these two "
         "are hanks of brown and cream camelid cords with a main cord, pendant strings and clusters of long and "
         "figure-eight knots, stiff with age and dust: Inca khipus (15th-16th century), archaeological objects "
         "taken out of Bolivia, which forbids their export, brought in without an import licence (Regulation "
         "2019/880), sent by express from La Paz to a private collector in Lyon; Quechua wording with Spanish "
         "(khipus repeat in a few sets, one, blind47, under an alpaca macramé label; kept as a known repeat, Quechua "
         "wording by express from Bolivia is the new part)",
         person("M. T. Dubois", "FR")),
        ("CUL-09", "import", "ITSEA01", "sea", "TN", [], "IT", "940490",
         "Poufs en cuir de chameau, brodés, 80 pièces", "TN", 480, 80, 3200, "EUR",
         "a Tunisian craft container for a Palermo shop: camel-leather poufs and painted ostrich-egg lamps are what "
         "Sfax craft exporters sell, but the third item's 'œufs d'autruche peints, décoratifs' are four eggshells "
         "painted with red-ochre faces, cut into masks, crazed and stained with earth: Punic painted ostrich-egg "
         "masks (6th-3rd century BC) from looted Cap Bon tombs, archaeological objects taken out of Tunisia, "
         "brought in without an import licence (Regulation 2019/880), hidden as the last item of a three-item "
         "declaration, by sea from Sfax to Palermo; Tunisian French wording (Punic objects repeat in ten sets and "
         "ostrich eggs in four; Punic ostrich-egg masks behind leather poufs are the new part as far as a search "
         "found)",
         dict(firm("Horizon Artigianato Srl", "IT"),
              _more_items=[item("940550", "Lampes en coquille d'œuf d'autruche, neuves, 20 pièces", "TN", 20, 400, "EUR", qty=20),
                           item("960190", "Œufs d'autruche peints, décoratifs, 4 pièces", "TN", 2, 40, "EUR", qty=4)])),
        ("CUL-10", "import", "ATAIR01", "express", "AE", [], "AT", "420100",
         "دهنه اسب برنزی قدیمی، تزئینی، ۶ عدد", "IR", 3.2, 6, 300, "USD",
         "decorative old horse bits are cast brass with polished rings; these six are heavy bronze bits with "
         "cheek-pieces cast as winged goats and horses, green crust in the hollows and ancient wear on the "
         "mouthpieces: Luristan horse bits (early 1st millennium BC), archaeological objects taken out of Iran, "
         "brought in without an import licence (Regulation 2019/880), sent by express from Dubai to a private "
         "buyer in Vienna; Persian wording (horse-bit labels repeat in seven sets, Luristan bronzes in many; kept "
         "as a known repeat, by express from Dubai to Vienna is the new part)", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "AM", "843420",
         "Caldaie polivalenti per caseificio, 2.000 l, acciaio inox, 4 unità", "IT", 9600, 4, 96000, "EUR",
         "cheese vats are open, double-walled tanks with curd knives and a drain valve; these four are closed, "
         "steam-sterilisable pressure vessels with sparger rings, sealed agitator shafts, sterile sampling ports "
         "and a 2,000 l working volume, for a Yerevan 'dairy' whose only customer is an Iranian veterinary-vaccine "
         "institute: fermenters (dual-use 2B352.b) exported without the licence Regulation 2021/821 requires and "
         "onward to Iran under Regulation 267/2012, from La Spezia; Italian wording (fermenters repeat in thirteen "
         "sets; a cheese-vat label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "DKSEA01", "sea", "DK", [], "PK", "841939",
         "Frysetørrere til hundegodbidder, 3 stk.", "DK", 4500, 3, 60000, "EUR",
         "freeze dryers for pet treats are tray dryers with a simple condenser at a few thousand euros; these "
         "three have steam-in-place chambers, a 60 kg/24 h condenser, stoppering shelves for vials and validated "
         "sterilisation, for a Lahore 'pet-food' firm set up last year beside a military laboratory: freeze-drying "
         "equipment (dual-use 2B352.f) exported without the licence Regulation 2021/821 requires, from Aarhus to "
         "Karachi; Danish wording (freeze dryers repeat in twelve sets; a pet-treat label was found in no earlier "
         "row by a keyword search)", {"importer_country": "PK"}),
        ("STR-03", "export", "PTSEA01", "sea", "PT", [], "LB", "252220",
         "Cal hidratada para caleiros de curtumes, sacos de 25 kg, 20 t", "PT", 20000, 800, 3000, "EUR",
         "hydrated lime for tannery liming is a soft, white, odourless powder; these sacks hold red-yellow flakes "
         "that draw damp and smell of rotten eggs, and the drum liners read CAS 1313-82-2, for a Beirut 'tannery "
         "supplier' whose lorries go on to Damascus: sodium sulphide (dual-use 1C350, a chemical-weapons "
         "precursor) exported without the licence Regulation 2021/821 requires, and to Syria against Regulation "
         "36/2012, from Leixões; Portuguese wording (sodium sulphide repeats in fourteen sets; a tannery-lime "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-04", "export", "LVAIR01", "express", "LV", [], "BY", "300290",
         "Cūku asins serums ELISA diagnostikai, 24 stobriņi", "LV", 1.2, 24, 240, "EUR",
         "pig serum for ELISA is a few millilitres of inactivated, straw-coloured serum in tubes with a "
         "heat-treatment declaration; these 24 tubes are frozen in dry ice with triple packaging, their labels give "
         "genotype II isolates passaged in cell culture and no inactivation step: live African swine fever virus "
         "(dual-use 1C351), exported without the licence Regulation 2021/821 requires and to Belarus against "
         "Regulation 765/2006, by express from Riga to a Minsk institute; Latvian wording (animal pathogens "
         "repeat in two sets; a diagnostic pig-serum label was found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("STR-05", "export", "SKAIR01", "air", "SK", [], "UZ", "843621",
         "Inkubátory pre liahne, 6 kusov", "SK", 1800, 6, 90000, "EUR",
         "hatchery incubators are insulated cabinets with egg trays that turn, at a few thousand euros; these six "
         "are sealed glove-box cabinets under negative pressure with HEPA-filtered exhaust, a pass-through "
         "autoclave port and 15,000 EUR each on the maker's list, for a Tashkent 'poultry' firm whose address is "
         "also a Moscow forwarder's: class III biological safety cabinets (dual-use 2B352.c) exported without a "
         "licence and, onward, against Regulation 833/2014, flown from Bratislava; Slovak wording (safety cabinets "
         "and incubator labels repeat in several sets; a hatchery-incubator label on an isolator was found in no "
         "earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", [], "GE", "852589",
         "Kameros veršiavimosi tvartams stebėti, 40 vnt.", "LT", 40, 40, 8000, "EUR",
         "calving-barn cameras are visible-light IP cameras with infrared LEDs at 150-300 EUR; these 40 are "
         "cooled thermal cores with 640x512 detectors, 30 Hz and a germanium lens, worth 6,000 EUR each, for a "
         "Tbilisi 'farm-tech' firm whose last buyers are in Russia: thermal-imaging cameras (6A003) exported "
         "without a licence and through a third country against Regulation 833/2014; Lithuanian wording (thermal "
         "cameras repeat in many sets and herd cameras once, blind137; a calving-barn camera label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "export", "EEROAD01", "road", "EE", [], "RU", "843490",
         "Lüpsirobotite varuosad, 1 kaubaalus", "EE", 300, None, 4500, "EUR",
         "milking-robot spare parts are liners, hoses, teat-cup cylinders and pumps; this pallet holds 400 reels of "
         "microcontrollers and FPGAs and 60 CNC servo drives, with no liner or hose among them, for a Pskov "
         "'dairy' that has no robots: integrated circuits (8542) and drives on the common high-priority list whose "
         "export to Russia Regulation 833/2014 forbids, on a lorry at Narva; Estonian wording (FPGAs repeat in many "
         "sets and a milking-robot spares label once, blind74; kept as a known repeat, at Narva with drives is the "
         "new part)",
         {"importer_country": "RU"}),
        ("STR-08", "export", "PLSEA01", "sea", "PL", [], "JO", "310420",
         "Chlorek potasu paszowy, worki 25 kg, 16 t", "PL", 16000, 640, 8000, "EUR",
         "feed-grade potassium chloride is a white or pink, salty, free-flowing crystal; these sacks hold a fine, "
         "white, bitter-salty powder that etches glass when wet with acid and whose liners read CAS 7789-23-3, for "
         "an Aqaba 'livestock-feed' trader that supplies Syrian buyers: potassium fluoride (dual-use 1C350) "
         "exported without the licence Regulation 2021/821 requires, from Gdynia; Polish wording (potassium "
         "fluoride repeats in seven sets and a feed-grade potassium-chloride label on it once, blind181; kept as a "
         "known repeat, from Poland to Aqaba is the new part)",
         {"importer_country": "JO"}),
        ("STR-09", "export", "FIROAD01", "road", "FI", ["RU"], "KZ", "880622",
         "Porotalouden paimennusdroonit, kaiuttimella, 30 kpl", "FI", 300, 30, 45000, "EUR",
         "reindeer-herding drones are small camera quadcopters with a loudspeaker at a few thousand euros; these 30 "
         "are heavy-lift hexacopters with a 10 kg release hook, thermal gimbal and encrypted long-range link, "
         "routed by lorry from Vaalimaa across Russia to an Almaty 'agro' firm: unmanned aerial vehicles whose "
         "sale, supply or transfer to or through Russia Regulation 833/2014 forbids; Finnish wording (drones repeat "
         "in many sets and herd monitoring once, blind137; a reindeer-herding label was found in no earlier row by "
         "a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "440149",
         "Стружка древесная для подстилки лошадям, прессованные тюки, происхождение Казахстан, 40 вагонов", "KZ",
         1600000, 40, 240000, "USD",
         "Kazakh horse-bedding shavings would come from the few sawmills of the east; these 40 wagons were loaded "
         "at a Karelian sawmill (Russian wagon numbers, the mill's bale wrappers under new labels and spruce and "
         "birch that do not grow in the steppe), with a certificate of origin issued in Petropavl: Russian wood "
         "products, whose import into the Union Regulation 833/2014 forbids, by rail through Belarus to Kena for a "
         "Vilnius equestrian-supply wholesaler; Russian wording from Kazakhstan (Russian goods under Kazakh origin "
         "repeat in many sets and shavings labels in several; horse-bedding shavings by rail are the new part as "
         "far as a search found)", firm("Nordhafen Žirgų Prekės UAB", "LT")),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "air", "MN", ["DE"], "KR", "051000",
         "Үхрийн цөсний чулуу (гүү бао), хатаасан, 2 кг", "MN", 2, None, 4000, "USD",
         "cattle gallstones (niu huang) are small, brown-gold, layered stones that shed a yellow powder and taste "
         "bitter-sweet; these 2 kg are soft, hairy, oval pouches with a central opening and an overwhelming, "
         "persistent smell that fills the shed: musk pods of the Siberian musk deer (Moschus moschiferus, CITES "
         "App. II) without the Mongolian export permit specimens in transit must carry, landed at Frankfurt in "
         "transit from Ulaanbaatar to Seoul; Mongolian wording (musk pods repeat in ten sets; a cattle-gallstone "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KR"}),
        ("WLF-02", "import", "ITAIR01", "air", "ZM", [], "IT", "051199",
         "Horse tail hair, bleached, for violin bows, 30 hanks", "ZM", 15, 30, 900, "USD",
         "bow hair is fine, white, even Mongolian or Siberian horse tail hair, 80 cm long, that bends like thread; "
         "these hanks are black and grey, 50-90 cm, as thick and stiff as wire, and spring back when bent: elephant "
         "tail hair (Loxodonta africana, CITES App. II for Zambian populations only with an export permit) without "
         "CITES documents, flown from Lusaka to Milan for a Cremona bow-maker's supplier; Zambian English wording "
         "(elephant hair repeats in three sets as bracelets and a horsehair fly-whisk label once, blind140; a "
         "violin-bow hair label was found in no earlier row by a keyword search)", firm("Atlantic Liuteria Srl", "IT")),
        ("WLF-03", "import", "DEAIR01", "air", "NA", [], "DE", "430219",
         "Springbokfelle, gegerbt, mit Haar, 60 Stück", "NA", 180, 60, 3600, "EUR",
         "tanned springbok skins are small, cinnamon and white with a dark side stripe and a short, dense coat; "
         "four of these 60 are long, golden skins with solid black spots, a black tear line under the eye and a "
         "ringed tail: cheetah skins (Acinonyx jubatus, CITES App. I) without CITES documents, mixed into a tannery "
         "order flown from Windhoek to Frankfurt for a Bavarian hunting-décor shop; Namibian German wording "
         "(cheetah repeats in seven sets and springbok labels in three; kept as a partial repeat, cheetah in a "
         "springbok order by air is the new part as far as a search found)", firm("Rivage Jagddekor GmbH", "DE")),
        ("WLF-04", "import", "BGROAD01", "road", "TR", [], "BG", "010410",
         "Kesimlik canlı koyun, Kurban için, 420 baş", "TR", 21000, 420, 63000, "EUR",
         "a livestock lorry of slaughter sheep carries animals, straw and water troughs; under the straw of the "
         "lower deck ride six crates of live spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A in the "
         "Union), 300 animals of 5-15 cm collected in the Aegean hills, without CITES documents, at Kapitan "
         "Andreevo for a Plovdiv livestock trader; Turkish wording (spur-thighed tortoises repeat in several sets, "
         "the latest blind208; hidden in a live-sheep lorry was found in no earlier row by a keyword search)",
         firm("Delta Zhivotni EOOD", "BG")),
        ("WLF-05", "import", "ITSEA01", "sea", "NG", [], "IT", "410390",
         "Fatun akuya da aka gishirta, Sokoto ja, 1 kwantena", "NG", 18000, 24000, 36000, "USD",
         "salted Sokoto red goat skins are small, thin, red-brown skins with hair, salted flat in bales; a third of "
         "these bales hold long, narrow, scaly skins with a blotched brown and tan pattern, folded into the goat "
         "skins: royal and African rock python skins (Python regius, P. sebae, CITES App. II) without CITES "
         "documents, by sea from Lagos to Salerno for a Solofra tannery; Hausa wording (python skins repeat in many "
         "sets and Sokoto skins in three; pythons folded into salted goat skins are the new part as far as a "
         "search found)", firm("Meridian Pellami Srl", "IT")),
        ("WLF-06", "import", "CZAIR01", "air", "TH", [], "CZ", "051199",
         "เอ็นวัวอบแห้ง ขนมขบเคี้ยวสำหรับสุนัข 20 กก.", "TH", 20, None, 600, "USD",
         "dried bull pizzles for dog chews are long, twisted, pale-brown sticks that smell of the barn; these 20 kg "
         "include two dozen short, conical, dark penises with a spiny surface and bones of tiger paws in the same "
         "bag: tiger penises and paw bones (Panthera tigris, CITES App. I) without CITES documents, flown from "
         "Bangkok to Prague for a pet-food importer who sells on to a Sapa market trader; Thai wording (tiger parts "
         "repeat in several sets and a pizzle cover once, blind138; kept partly as a repeat, by air from Thailand "
         "to Prague is the new part)", firm("Vega Krmiva s.r.o.", "CZ")),
        ("WLF-07", "import", "BEAIR01", "air", "KE", [], "BE", "960190",
         "Cattle bone carvings, animals and bangles, handcraft, 300 pcs", "KE", 90, 300, 900, "USD",
         "Kenyan cattle-bone carvings are white, light, with dark pinpoint pores and thin walls; 80 of these 300 "
         "are heavy, dense, solid bangles and figures cut from thick long-bone with a coarse, spongy core and "
         "brown staining: giraffe bone (Giraffa camelopardalis, CITES App. II) without CITES documents, flown from "
         "Nairobi to Brussels for a craft importer; Kenyan English wording (giraffe bone repeats in fourteen sets "
         "and cattle-bone labels in many, on knife handles in blind80; kept as a known repeat, bangles and "
         "figures by air from Nairobi to Brussels are the new part)", firm("Central Artisanat SA", "BE")),
        ("WLF-08", "import", "ESPOST01", "post", "MX", [], "ES", "010649",
         "Cucarachas dubia vivas (alimento para reptiles), 500 piezas, caja ventilada", "MX", 1.2, 500, 40, "USD",
         "live dubia roaches for reptile feed are brown, flat, shiny insects of 2-4 cm in egg crates; under the "
         "crates sit 30 plastic vials each holding a hairy spiderling with orange knee bands: wild Mexican "
         "red-knee tarantulas (Brachypelma spp., CITES App. II) without CITES documents, posted from Guadalajara "
         "to a private keeper in Valencia; Mexican Spanish wording (Brachypelma repeats in sixteen sets and feeder "
         "insects in eight; a dubia-roach label was found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("WLF-09", "import", "ROSEA01", "sea", "GE", [], "RO", "070310",
         "ხახვის ჩითილი (სეტი) დარგვისთვის, ტომრები 25 კგ, 800 ტომარა", "GE", 20000, 800, 8000, "EUR",
         "onion sets are small, brown, papery onion bulbs that smell of onion when cut; a quarter of these sacks "
         "hold white, pear-shaped, odourless bulbs with a dark tunic and a scar where they were dug: wild "
         "Woronow's snowdrops (Galanthus woronowii, CITES App. II) beyond Georgia's export quota and without CITES "
         "documents, by sea from Poti to Constanța for a bulb wholesaler; Georgian wording (snowdrop bulbs repeat "
         "in a few sets and Georgian onion sets on them in blind92; kept as a known repeat, by sea from Poti to "
         "Constanța is the new part)",
         firm("Horizon Bulbi SRL", "RO")),
        ("WLF-10", "import", "FRAIR01", "express", "VN", [], "FR", "121190",
         "Thạch hộc khô (trà thảo mộc), 4 kg", "VN", 4, None, 160, "USD",
         "dried herbal tea is leaves and flowers; these 4 kg are coiled, golden stems of wild Dendrobium orchids "
         "(fengdou) twisted into springs, still with aerial roots: Dendrobium (CITES App. II) without CITES "
         "documents, sent by express from Hanoi to a TCM shop in Paris; Vietnamese wording (Dendrobium repeats in "
         "several sets; a herbal-tea label by express to Paris is the new part as far as a search found)",
         firm("Orion Herboristerie SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "AR", "ES", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model aircraft engines)", "AR", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-61-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "air", "NO", "SE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "NO", 2, 2, 900, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-61-0087")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262190",
     "Fly ash from animal by-product incineration (19 01 13*), for backfilling a licensed salt mine, 24 t", "CH",
     24000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-61-0331")], "notified incinerator fly ash to a licensed salt-mine backfill"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "382569",
     "Obsolete organophosphate sheep-dip concentrates (02 01 08*), for high-temperature incineration, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-61-0118")], "notified obsolete agrochemicals to a licensed incinerator"),
    ("PRM-05", "ozone", "export", "BESEA01", "sea", "BE", "CH", "290371",
     "Recovered HCFC-22 from dismantled hatchery chillers, 12 cylinders, for destruction at a licensed plant", "BE",
     600, 12, 0, "EUR", [("ODS_LICENCE", "BE-SPF-ODS-61-044")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 6 x 1 l, for essential laboratory use", "US", 9.6, 6, 720, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-61-027")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970690",
     "Ethiopian Ge'ez psalter on parchment, 18th century, documented French collection since 1951", "FR", 1.4, 1,
     42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-61-0507")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ATAIR01", "air", "CH", "AT", "970510",
     "Luristan bronze horse bit, c. 800 BC, Swiss collection since 1968, with provenance file", "CH", 0.6, 1, 9000,
     "CHF", [("IMPORT_LICENCE", "AT-BDA-IMP-61-0042")], "archaeological object imported with the EU import licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "841989",
     "Steam-sterilisable fermenters, 2,000 l, 2 units, for a Brazilian veterinary-vaccine maker", "IT", 4800, 2,
     180000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-61-0388"), ("END_USER_CERTIFICATE", "BR-MAPA-EUC-61-0112")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "KE", "841939",
     "Pharmaceutical freeze dryer, 60 kg/24 h condenser, for a Kenyan veterinary-vaccine institute", "DK", 1500, 1,
     140000, "EUR", [("EXPORT_LICENCE", "DK-ERST-61-0209"), ("END_USER_CERTIFICATE", "KE-MOALD-EUC-61-0031")],
     "dual-use freeze-drying equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "NG", "IT", "410390",
     "Royal python skins, salted, Nigerian export quota, 400 pieces", "NG", 300, 400, 8000, "USD",
     [("CITES_PERMIT", "NG-FMEnv-61-0273")], "App. II python skins within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "BGROAD01", "road", "RS", "BG", "010620",
     "Testudo hermanni boettgeri, captive-bred juveniles, 20 animals", "RS", 4, 20, 1600, "EUR",
     [("CITES_PERMIT", "RS-MZZS-61-0094")], "captive-bred tortoises with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-03": "Central Versatz GmbH",
    "PRM-06": "Meridian Analytik GmbH", "PRM-08": "Frau S. Huber", "PRM-11": "Alpina Pellami Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
# Animal products under veterinary checks are left out: the twins are the manufactured and synthetic goods of the trade.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220900", "Apple cider vinegar with garlic, pigeon-loft drinking-water tonic, 1 l", "import", ["post"], ["ZA", "TW"], (5, 10), (1, 4), ["USD", "EUR"], 1, S),
    ("151800", "Equine hoof oil, vegetable oils with laurel, 1 l tins", "import", ["express"], ["AR", "US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("283329", "Zinc sulphate heptahydrate, foot-bath grade, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.6, 1.0), (8000, 20000), ["USD"], 0.04, S),
    ("251200", "Diatomaceous earth, feed grade, against poultry red mite, 1 kg", "import", ["post"], ["NO", "GB"], (8, 15), (1, 4), ["NOK", "GBP"], 1, S),
    ("282710", "Ammonium chloride, feed grade, urinary acidifier for small ruminants", "import", ["sea"], ["CN", "EG"], (0.4, 0.8), (8000, 16000), ["USD"], None, S),
    ("250100", "Coarse salt for curing hides, 25 kg sacks", "import", ["road"], ["BA", "RS"], (0.1, 0.25), (10000, 22000), ["EUR"], 0.04, S),
    ("960990", "Ram harness marking crayons, assorted colours", "import", ["post"], ["IS", "NZ"], (15, 30), (1, 3), ["EUR", "NZD"], 10, S),
    ("291550", "Propionic acid hay preservative, buffered, 1,000 l IBC", "import", ["sea"], ["US", "CA"], (1.5, 2.5), (8000, 20000), ["USD"], None, S),
    ("283630", "Sodium bicarbonate, feed grade, rumen buffer, 25 kg", "import", ["sea"], ["TR", "CN"], (0.3, 0.5), (12000, 24000), ["USD"], 0.04, S),
    ("420100", "English leather saddles, new", "import", ["road"], ["TR", "RS"], (20, 40), (500, 2000), ["EUR"], 0.08, S),
    ("283526", "Tricalcium phosphate, synthetic, for fine-china bodies", "export", ["sea"], ["IN", "CN"], (0.8, 1.4), (10000, 22000), ["EUR"], None, S),
    ("392690", "Plastic sheep foot-bath troughs, new", "export", ["sea"], ["MR", "MA"], (3, 6), (2000, 6000), ["EUR"], 0.05, S),
    ("310590", "Liquid seaweed foliar fertiliser, NPK-labelled, IBCs", "export", ["road"], ["RS", "BA"], (0.6, 1.2), (10000, 22000), ["EUR"], None, S),
    ("410712", "Finished bovine crust leather, chrome-free (wet-white)", "export", ["sea"], ["BD", "IN"], (8, 14), (3000, 8000), ["EUR"], None, S),
    ("843621", "Egg incubators and hatchers, electric, new, water-cooled", "export", ["sea"], ["GH", "ET", "KE"], (8, 14), (2000, 8000), ["EUR"], 0.002, S),
    ("901831", "Disposable veterinary syringes, new, boxed", "export", ["road"], ["MD", "UA"], (3, 6), (2000, 6000), ["EUR"], 20, S),
    ("271019", "Isoparaffin dry-cleaning solvent for furs and leather", "import", ["road"], ["MK", "TR"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("321000", "Livestock marking paint sprays, butane propellant, 500 ml", "import", ["sea"], ["CN", "NZ"], (1.2, 2), (4000, 10000), ["USD"], 1.6, S),
    ("841869", "Condensing units for cold rooms, CO2 (R-744), new", "import", ["road"], ["RS", "TR"], (6, 10), (2000, 6000), ["EUR"], 0.003, S),
    ("630533", "Polypropylene wool-pack bags, new", "import", ["sea"], ["UY", "AR"], (2, 4), (3000, 8000), ["USD"], 0.4, S),
    ("392113", "PIR insulation boards, pentane-blown, new", "export", ["sea"], ["GH", "SN"], (3, 5), (3000, 8000), ["EUR"], 0.1, S),
    ("290919", "Dimethyl ether aerosol propellant, cylinders", "import", ["sea"], ["AR", "CN"], (1.2, 2), (4000, 10000), ["USD"], None, S),
    ("901890", "Veterinary inhalation anaesthesia machines, new", "import", ["air"], ["CN", "US"], (40, 80), (100, 500), ["USD"], 0.03, S),
    ("350699", "Solvent contact adhesive for saddlery, toluene-free, 5 l", "import", ["road"], ["GE", "TR"], (2, 4), (2000, 6000), ["EUR"], 0.2, S),
    ("920600", "Kebero hand drums with goatskin heads, new craft", "import", ["air"], ["ET", "KE"], (8, 15), (100, 500), ["USD"], 0.3, S),
    ("820559", "Fly-tying vices and tools, boxed sets", "import", ["post"], ["PE", "US"], (30, 60), (1, 3), ["USD"], 2, S),
    ("830629", "Brass horse-harness medallions, new, stamped", "export", ["post"], ["GB", "US"], (30, 60), (1, 3), ["EUR"], 8, S),
    ("392690", "Pet memorial urns, resin, new, empty", "import", ["express"], ["CN", "EG"], (15, 30), (1, 4), ["USD"], 1, S),
    ("442199", "Birch-burl knife handles, new craft", "import", ["post"], ["NO", "GL"], (40, 80), (1, 2), ["NOK", "DKK"], 10, S),
    ("830610", "Sheep and goat bells, cast brass, new", "import", ["sea"], ["AL", "TR"], (4, 8), (1000, 4000), ["EUR"], 4, S),
    ("420100", "Mongolian-style leather saddles, new", "import", ["rail"], ["MN", "CN"], (10, 20), (1000, 4000), ["USD"], 0.08, S),
    ("580500", "Hand-knotted alpaca macramé wall hangings, new", "import", ["post"], ["BO", "PE"], (40, 80), (1, 3), ["USD"], 1, S),
    ("940490", "Camel-leather poufs, embroidered, new", "import", ["sea"], ["TN", "MA"], (5, 9), (1000, 4000), ["EUR"], 0.15, S),
    ("843420", "Cheese vats, open, stainless, new", "export", ["sea"], ["AM", "GE"], (8, 14), (3000, 9000), ["EUR"], 0.001, S),
    ("841939", "Household freeze dryers for food, new", "export", ["sea"], ["PK", "AE"], (15, 25), (1000, 4000), ["EUR"], 0.01, S),
    ("252220", "Hydrated lime for tannery liming, 25 kg sacks", "export", ["sea"], ["LB", "EG"], (0.1, 0.2), (18000, 26000), ["EUR"], 0.04, S),
    ("852589", "Calving-barn IP cameras, visible light with IR LEDs", "export", ["road"], ["GE", "MD"], (40, 80), (100, 500), ["EUR"], 2, S),
    ("843490", "Milking-robot liners, hoses and teat-cup parts", "export", ["road"], ["RS", "NO"], (15, 30), (200, 1000), ["EUR"], 2, S),
    ("310420", "Potassium chloride, feed grade, 25 kg sacks", "export", ["sea"], ["JO", "LB"], (0.4, 0.7), (12000, 24000), ["EUR"], 0.04, S),
    ("920992", "Violin bows, carbon fibre, synthetic hair, new", "import", ["air"], ["CN", "BR"], (150, 300), (50, 200), ["USD"], 8, S),
    ("950590", "Carnival headdresses, synthetic plumes, new", "import", ["air"], ["BR", "CN"], (20, 40), (100, 500), ["USD"], 2, S),
    ("410622", "Goat crust leather, dry, Sokoto red", "import", ["sea"], ["NG", "PK"], (10, 18), (3000, 8000), ["USD"], None, S),
    ("482370", "Moulded-pulp egg trays, new", "import", ["sea"], ["TR", "CN"], (0.8, 1.4), (4000, 10000), ["USD"], 8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940421", "Memory-foam mattresses, rolled", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 10000), ["USD"], 0.06, N),
        ("691490", "Terracotta garden planters, unglazed", "import", ["sea"], ["VN", "IN"], (0.6, 1.2), (8000, 16000), ["USD"], 0.2, N),
        ("611596", "Synthetic hiking socks, packs", "import", ["sea"], ["TR", "CN"], (8, 14), (2000, 5000), ["USD"], 12, N),
        ("491000", "Printed wall calendars", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind212", 20610701, HERE)


if __name__ == "__main__":
    main()
