#!/usr/bin/env python3
"""Writes the two-hundred-and-nineteenth blind set (tests/risk/data/blind219-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2062, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: cleaning, hygiene and facility
services (contract and school cleaners, janitorial and washroom suppliers, pest-control
firms, waste-collection and drain-cleaning contractors, industrial laundries and dry
cleaners, carpet cleaners, building-drying and house-clearance firms).
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
ordinary table (the shared everyday table's two steel rows are dropped, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL219-*:

    python3 tests/risk/data/make_blind219_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
# precursors and waste
PRE = [
    ("PRE-01", "import", "IEAIR01", "express", "US", [], "IE", "340290",
     "Enzyme drain maintenance liquid, septic-safe, pH neutral, 4 x 1 qt", "US", 7.2, 4, 56, "USD",
     "an enzyme drain maintainer is a cloudy, faintly sweet-smelling liquid of about 1.03 kg/l that is harmless on "
     "the skin; these four quarts weigh 1.84 kg/l, are oily and clear, grow hot with a drop of water, char a paper "
     "towel black and the bottles have vented caps: about 96 % sulphuric acid (Annex I above 15 %), sent by express "
     "from Ohio to a private person in Cork, although corrosive liquids travel by express only as declared dangerous "
     "goods; US English wording, bought from a janitorial web shop (sulphuric acid repeats in many sets and acid "
     "drain openers in blind3 and dev13-a; an enzyme drain-maintenance label was found in no earlier row by a "
     "keyword search)", person("Ms Aoife Byrne", "IE")),
    ("PRE-02", "import", "GBSEA01", "sea", "MY", [], "GB", "330749",
     "Butiran penyahbau untuk tong sanitari wanita, wangian bunga, balang 1 kg, 1,200 balang", "MY", 1200, 1200, 3600,
     "USD",
     "the deodorising granules washroom-service firms tip into sanitary-disposal units are light, blue-dyed, "
     "perfumed clay or zeolite of about 0.8 kg/l; these 1,200 jars hold a heavy, white, scentless crystalline powder "
     "that does not absorb water, spits and flares on a match with a pinch of sugar, and the inner sacks read "
     "'KClO4 99 %': potassium perchlorate (Annex I above 40 %), for a Leeds washroom-supplies firm that sells 1 kg "
     "jars on its web shop to the public, by sea from Port Klang to Felixstowe; Malay wording (potassium perchlorate "
     "repeats in many sets; a sanitary-bin deodoriser label was found in no earlier row by a keyword search)",
     firm("Atlantic Washroom Supplies Ltd", "GB")),
    ("PRE-03", "import", "DKSEA01", "sea", "TH", [], "DK", "382499",
     "ผงจุลินทรีย์ย่อยสลายสำหรับบ่อเกรอะ (septic tank activator), ถัง 10 กก., 800 ถัง", "TH", 8000, 800, 4800,
     "USD",
     "a septic-tank activator is a brown, bran-like powder of bacteria on a cereal carrier that smells of yeast; "
     "these 800 tubs hold white, free-flowing prills that turn ice-cold in water, smell of nothing, test at 34 % N "
     "and melt and fume on a hot plate, for an Odense web shop selling to homeowners who empty their own septic "
     "tanks: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from "
     "Laem Chabang to Aarhus; Thai wording (ammonium nitrate repeats in many sets and a grease-trap enzyme liquid "
     "once, blind213, on another good; a septic-tank activator label was found in no earlier row by a keyword "
     "search)", firm("Nordhafen Septik ApS", "DK")),
    ("PRE-04", "import", "PTSEA01", "sea", "BR", [], "PT", "381400",
     "Removedor de pichação em gel, sem solvente clorado, galões de 5 L, 120 galões", "BR", 684, 120, 3000, "BRL",
     "a graffiti-removal gel is a thick, orange-scented, benzyl-alcohol gel of about 1.0 kg/l; these 120 jugs hold "
     "a thin, oily, faintly fruity liquid of 1.14 kg/l that does not gel, burns with a pale flame and whose "
     "drum-filler's sticker under the label reads 'nitrometano 99 %': nitromethane (Annex I above 16 %), for a "
     "Porto DIY chain that resells the jugs to the public, by sea from Santos to Leixões; Brazilian Portuguese "
     "wording (nitromethane repeats in many sets; a graffiti-remover label was found once, blind184, on an "
     "ozone-depleting aerosol; on a precursor it is the new part)", firm("Rivage Bricolage Lda", "PT")),
    ("PRE-05", "import", "CYSEA01", "sea", "JO", [], "CY", "340290",
     "منظف مراحيض حمضي قوي، 750 مل، 9,600 عبوة", "JO", 10080, 9600, 4800, "USD",
     "an acid toilet cleaner is a blue, thickened 9 % hydrochloric-acid gel in a duck-neck bottle; these bottles "
     "are swollen, hold a thin, straw-yellow liquid of 1.40 kg/l that gives off brown fumes when opened, stains the "
     "skin yellow and eats a copper coin, for a Limassol cash-and-carry that sells to households: about 65 % nitric "
     "acid (Annex I above 3 %) retail-packed for members of the public, by sea from Aqaba; Jordanian Arabic wording "
     "(nitric acid repeats in many sets and toilet-descaler labels in a few, blind85 and blind173; an acid "
     "toilet-bowl cleaner from Jordan to Cyprus is the new part as far as a search found)",
     firm("Delta Hygiene Supplies Ltd", "CY")),
    ("PRE-06", "import", "NLAIR01", "air", "KR", [], "NL", "380894",
     "차아염소산수 살균소독제 (200ppm), 연무기(ULV 포거)용, 20 L 말통, 60 통", "KR", 1440, 60, 1800, "USD",
     "hypochlorous-acid water for ULV foggers is 200 ppm HOCl, 1.00 kg/l, smells faintly of a swimming pool and "
     "costs little; these 60 jugs weigh 1.20 kg/l, smell of nothing, foam and whiten the skin at a drop, and their "
     "caps are vented: about 50 % hydrogen peroxide (Annex I above 12 %), for an Eindhoven disinfection-services "
     "firm that decants it into 1 l bottles for its web-shop customers, flown from Incheon to Amsterdam; Korean "
     "wording (hydrogen peroxide repeats in many sets and a hypochlorous-acid refill once, blind154, in Chinese; "
     "a Korean fogging-sanitiser label is the new part as far as a search found)",
     firm("Horizon Desinfectie BV", "NL")),
    ("PRE-07", "import", "HRROAD01", "road", "RS", [], "HR", "330749",
     "Neutralizator neprijatnih mirisa za kontejnere za otpad, enzimski, kanistri 5 l, 400 kanistera", "RS", 2400,
     400, 2000, "EUR",
     "the enzymatic odour neutraliser bin-washing contractors spray into wheelie bins is a green, perfumed, slightly "
     "foamy liquid of 1.01 kg/l; these 400 cans hold a scentless, water-clear liquid of 1.13 kg/l that fizzes on "
     "organic dirt, whitens the skin and has bulging cans: about 35 % hydrogen peroxide (Annex I above 12 %), for a "
     "Zagreb home-and-garden web shop that sells the cans to households, in a van at Bajakovo; Serbian wording "
     "(hydrogen peroxide repeats in many sets; a waste-bin odour-neutraliser label was found in no earlier row by a "
     "keyword search)", firm("Vega Dom i Vrt d.o.o.", "HR")),
    ("PRE-08", "import", "ATAIR01", "express", "CA", [], "AT", "382499",
     "Carpet pre-spray powder, sodium citrate builder, for hot-water extraction, 4 x 2 lb", "CA", 3.6, 4, 72, "CAD",
     "a carpet pre-spray powder is a fine, white, citrus-scented mixture of citrate and surfactant that foams in "
     "warm water; these four tubs hold scentless, clear, cubic crystals that do not foam, draw damp and flare yellow "
     "on a gas ring, and the re-used tub liners read 'NaClO3': sodium chlorate (Annex I above 40 %), sent by "
     "express from Ontario to a private person in Graz; Canadian English wording, from a carpet-cleaning supply "
     "house (sodium chlorate repeats in many sets; a carpet pre-spray label was found in no earlier row by a "
     "keyword search)", person("Frau S. Huber", "AT")),
    ("PRE-09", "import", "FIPOST01", "post", "EE", [], "FI", "251200",
     "Ränikobediatomiit lutikate tõrjeks, toidukvaliteet, 3 x 1 kg", "EE", 3.1, 3, 30, "EUR",
     "food-grade diatomaceous earth for bed-bug control is an off-white, floury, feather-light powder (about "
     "0.3 kg/l) that dries the fingers; these three bags are full at 1 kg in a quarter of the volume, hold shiny, "
     "tasteless crystals that spit violet sparks on a hot iron and carry CAS 3811-04-9 on an inner bag: potassium "
     "chlorate (Annex I above 40 %), posted from Tallinn to a private person in Turku; Estonian wording, bought "
     "from a pest-control supplier (potassium chlorate repeats in many sets and diatomaceous-earth labels in a few, "
     "blind157 and blind212 on other uses; against bed bugs, by post from Estonia, is the new part)",
     person("Mikko Virtanen", "FI")),
    ("PRE-10", "import", "SEPOST01", "post", "IN", [], "SE", "380891",
     "कपूर की गोलियाँ, कपड़ों के कीड़ों से बचाव के लिए, 4 x 500 ग्राम", "IN", 2.1, 4, 1200, "INR",
     "camphor moth tablets are waxy, white and smell so strongly of camphor that the parcel does; these four "
     "packets smell of nothing, the 'tablets' crumble into a fine, damp-drawing white powder that burns brightly "
     "with sugar, and the jars are stencilled 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from "
     "Ahmedabad to a private person in Malmö; Hindi wording, from a laundry-care shop (sodium perchlorate repeats "
     "in many sets; a camphor moth-tablet label was found in no earlier row by a keyword search)",
     person("Mr L. Nilsson", "SE")),
]

WST = [
    ("WST-01", "export", "SKROAD01", "road", "SK", [], "UA", "631010",
     "Čistiace handry, bavlnené, triedené, prané, lisované balíky, 18 t", "SK", 18000, None, 2700, "EUR",
     "laundered wiping rags are dry, sorted, cut cotton that smells of detergent; these bales are grey-black, damp "
     "and heavy, smell of solvent and printing ink and drip when squeezed: unwashed printers' shop towels collected "
     "by a Košice industrial laundry from print shops and garages, wiping cloths contaminated by hazardous "
     "substances (15 02 02*), hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for "
     "an Uzhhorod 'rag merchant'; Slovak wording (oily rags repeat in several sets, blind11 and blind166 among "
     "them; kept as a repeat, from a Slovak industrial laundry to Ukraine by road is the new part)",
     {"importer_country": "UA"}),
    ("WST-02", "export", "ROSEA01", "sea", "RO", [], "GE", "250810",
     "Argilă bentonitică umedă pentru fluide de foraj, saci mari, 22 t", "RO", 22000, None, 880, "EUR",
     "bentonite for drilling fluids is a dry, pale, talc-fine powder; these big bags hold a black, wet, "
     "petrol-smelling sludge with grit, sand and detergent foam, pumped out of the oil interceptors of a chain of "
     "Bucharest car washes and petrol-forecourt drains by a drain-cleaning contractor: sludge from oil/water "
     "separators (13 05 02*), hazardous waste whose export to a non-OECD country is banned, from Constanța to Poti; "
     "Romanian wording (interceptor sludge repeats in blind59, blind127 and blind163 and car-wash covers in a few; "
     "a drilling-bentonite label to Georgia is the new part as far as a search found)",
     {"importer_country": "GE"}),
    ("WST-03", "export", "ITSEA01", "sea", "IT", [], "MA", "290323",
     "Percloroetilene rigenerato 99 %, per lavasecco, fusti 200 l, 60 fusti", "IT", 15600, 60, 9000, "EUR",
     "regenerated perchloroethylene is a water-clear, heavy (1.62 kg/l) liquid with a sweet smell; these drums "
     "hold a black, tarry sludge with lint, buttons and detergent residues that sets hard in the bung, scraped from "
     "the distillation stills of Milan dry cleaners: still residues of halogenated solvents (14 06 05* with "
     "14 06 02*), hazardous waste whose export to a non-OECD country is banned, from Genoa to Casablanca for a "
     "'solvent recycler'; Italian wording (dry-cleaning still bottoms repeat in many sets; kept as a repeat, under a "
     "regenerated-PCE label to Morocco is the new part as far as a search found)", {"importer_country": "MA"}),
    ("WST-04", "export", "DESEA01", "sea", "DE", [], "GH", "842489",
     "Gebrauchte Scheuersaugmaschinen aus der Krankenhausreinigung, funktionsfähig, 24 Stück", "DE", 2400, 24, 9600,
     "EUR",
     "a used-cleaning-equipment container from a Hamburg contract cleaner for an Accra hospital supplier: scrubber "
     "dryers and laundry trolleys are what such firms sell on, but the third item's 'Quarzglasröhren, Ersatzteile' "
     "are 3,000 spent low-pressure UV-C germicidal lamps from air- and water-disinfection units, many broken, whose "
     "coating and mercury droplets read on a vapour meter: mercury-containing lamps (20 01 21*), hazardous waste "
     "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
     "Hamburg to Tema; German wording (UV-C lamps repeat in a few sets, on ballast-water and aquarium rows, and "
     "lamp waste in many; behind hospital cleaning equipment to Ghana is the new part)",
     dict({"importer_country": "GH"},
          _more_items=[item("871680", "Wäschewagen, Kunststoff, gebraucht, 80 Stück", "DE", 1600, 1200, "EUR", qty=80),
                       item("700231", "Quarzglasröhren, Ersatzteile, 3.000 Stück", "DE", 900, 300, "EUR", qty=3000)])),
    ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "250840",
     "Attapulgite absorbante en granulés, réutilisable, big bags, 20 t", "FR", 20000, None, 1400, "EUR",
     "attapulgite absorbent is a dry, tan, clean granule that rattles; these bags hold dark, sticky, fuel- and "
     "oil-soaked granules with gloves, socks and absorbent pads mixed in, collected by a Marseille spill-response "
     "and industrial-cleaning contractor from refinery and port clean-ups: absorbents contaminated by hazardous "
     "substances (15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Fos to Dakar for "
     "a 'garage supply' buyer; French wording (used absorbents repeat in several sets; an attapulgite 'reusable' "
     "label to Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
    ("WST-06", "export", "NLSEA01", "sea", "NL", [], "NG", "842489",
     "Gebruikte schrobzuigmachines, opzit-type, werkend, 40 stuks", "NL", 16000, 40, 20000, "EUR",
     "a ride-on scrubber dryer weighs about 400 kg with its batteries; this container declared as 40 machines "
     "holds six rusted machine frames and 14 t of loose 6 V and 12 V traction-battery blocks, cracked, leaking "
     "acid onto the container floor, taken out of cleaning contractors' fleets: waste lead-acid batteries "
     "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos; Dutch "
     "wording (traction batteries repeat in many sets; a scrubber-dryer label was found in no earlier waste row by "
     "a keyword search)", {"importer_country": "NG"}),
    ("WST-07", "export", "BESEA01", "sea", "BE", [], "CI", "380891",
     "Insecticide pour l'hygiène publique, concentré émulsionnable, neuf, 120 fûts", "BE", 24000, 120, 14400, "EUR",
     "new public-health insecticide comes in sealed drums with a current label and batch dates; these 120 drums are "
     "dented and rusted, labels overprinted, dates from the 1990s and early 2000s, hold separated, crystallised "
     "organophosphate and carbamate concentrates and loose rodenticide blocks, cleared from the depot of a "
     "liquidated Liège pest-control firm: obsolete pesticides (20 01 19*, 02 01 08*), hazardous waste whose export "
     "to a non-OECD country is banned, from Antwerp to Abidjan; Belgian French wording (obsolete pesticides repeat "
     "in many sets; kept as a repeat, from a pest-control firm's clearance is the new part)",
     {"importer_country": "CI"}),
    ("WST-08", "export", "PLSEA01", "sea", "PL", [], "IN", "760200",
     "Złom aluminiowy, puszki (UBC), sprasowane, 22 t", "PL", 22000, None, 11000, "EUR",
     "used beverage cans are thin, empty, flattened and baled; these bales hiss when cut, smell of solvent and "
     "perfume and hold unemptied aerosol cans of furniture polish, air freshener, oven cleaner and graffiti "
     "remover, from a Gdańsk facility-services firm's stock clear-out: waste pressurised containers with hazardous "
     "substances (16 05 04*), hazardous waste whose export to a non-OECD country is banned, from Gdynia to Mundra; "
     "Polish wording (aerosol-can waste repeats in several sets; under a UBC label to India is the new part as far "
     "as a search found)", {"importer_country": "IN"}),
    ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "282810",
     "Υποχλωριώδες ασβέστιο 70 %, ταμπλέτες για πισίνες, καινούργιο, βαρέλια 45 kg, 300 βαρέλια", "GR", 13500, 300,
     9000, "EUR",
     "new pool chlorine comes in sealed, dry drums with this year's batch; these drums are bulging, their tablets "
     "crumbled, yellowed and wet, some drums have burst and smell strongly of chlorine, with dates three to six "
     "years old, cleared from the stores of Cretan hotels by a pool-maintenance contractor: discarded oxidising "
     "inorganic chemicals (16 05 07*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
     "Alexandria for a 'pool supplier'; Greek wording (calcium hypochlorite and pool-chlorine labels repeat in a few "
     "sets; kept as a repeat, hotel-pool stock from Greece to Egypt is the new part)", {"importer_country": "EG"}),
    ("WST-10", "export", "SISEA01", "sea", "SI", [], "TR", "382510",
     "Trdno alternativno gorivo (SRF) za cementarne, bale, 24 t", "SI", 24000, None, 480, "EUR",
     "SRF is a dry, shredded, calibrated fuel of plastics and paper; these bales are wet and heavy, smell of "
     "rotting food and hold nappies, kitchen waste, bottles and whole bin bags straight from a Ljubljana waste "
     "collector's rounds: mixed municipal waste (20 03 01), whose export for disposal (and, from households, for "
     "recovery) to a country outside EFTA is banned, from Koper to İzmir for a 'cement plant'; Slovenian wording "
     "(RDF and SRF labels repeat in many sets; kept as a repeat, from Slovenia to Türkiye is the new part)",
     {"importer_country": "TR"}),
]
OZN = [
    ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "271019",
     "Solvente idrocarburico per lavasecco (KWL, isoparaffinico), fusti 200 l, 40 fusti", "IN", 12400, 40, 9600,
     "USD",
     "an isoparaffin dry-cleaning solvent (KWL) is light (0.76 kg/l), smells of paraffin and is flammable; these "
     "40 drums weigh 1.56 kg/l, do not burn, smell faintly of ether, boil at 48 °C and the drum heads are stamped "
     "'R-113': 1,1,2-trichlorotrifluoroethane (CFC-113), whose import into the Union is banned, for a Naples "
     "dry-cleaning supply house, by sea from Nhava Sheva to Salerno; Italian wording from an Indian exporter "
     "(CFC-113 repeats in many sets and dry-cleaning solvents in several; kept as a repeat, an isoparaffin KWL "
     "label from India is the new part)", firm("Meridian Forniture Lavanderie Srl", "IT")),
    ("OZN-02", "import", "ESSEA01", "sea", "IL", [], "ES", "281121",
     "דו-תחמוצת הפחמן לחיטוי מחילות מכרסמים, 40 גלילים", "IL", 2600, 40, 2400, "USD",
     "CO2 for rodent-burrow treatment comes in tall, heavy cylinders at 57 bar with a dip tube; these 40 short "
     "cylinders slosh, read 2 bar, hold about 65 kg each of a liquid of 1.73 kg/l and the shoulders are stamped "
     "'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned (no quarantine exemption "
     "remains), for a Valencia pest-control firm, by sea from Ashdod; Hebrew wording (methyl bromide repeats in many "
     "sets and under nitrogen and sulfuryl-fluoride labels in several; a CO2 rodent-burrow label was found in no "
     "earlier row by a keyword search)", firm("Rivage Control de Plagas SL", "ES")),
    ("OZN-03", "import", "GBAIR01", "air", "PK", [], "GB", "340290",
     "وائٹ بورڈ اور دیواروں سے مارکر کے نشان صاف کرنے والا محلول، 1 لیٹر، 600 بوتلیں", "PK", 950, 600, 1500,
     "USD",
     "a whiteboard and pen-mark remover is an alcohol-based liquid of 0.85 kg/l that smells of surgical spirit; these "
     "600 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and dissolve the marker ink at once: "
     "carbon tetrachloride, whose import into the Union is banned (and into Great Britain under its retained "
     "ozone rules), for a Birmingham school-cleaning contractor, flown from Lahore; Urdu wording (carbon "
     "tetrachloride repeats in many sets and spot-remover labels in several; a whiteboard pen-mark label was found "
     "in no earlier row by a keyword search)", firm("Central School Cleaning Ltd", "GB")),
    ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
     "Çöp kamyonu üst yapısı için otomatik yangın söndürme kiti, sulu, 60 set", "TR", 1800, 60, 9000, "EUR",
     "a refuse-truck body fire-suppression kit runs on water with a foam additive in a light composite tank; these "
     "60 kits have short steel bottles of a liquid of 1.57 kg/l at 42 bar that vanishes into a cold gas, and the "
     "valve stamps read '1301': bromotrifluoromethane (halon 1301), products whose import into the Union is banned "
     "outside licensed critical uses, for a Sofia waste-collection contractor fighting lithium-battery fires in its "
     "trucks, at Kapitan Andreevo; Turkish wording (halon 1301 repeats in many sets; a refuse-truck fire-kit label "
     "was found in no earlier row by a keyword search)", firm("Delta Chistota EOOD", "BG")),
    ("OZN-05", "import", "DESEA01", "sea", "CN", [], "DE", "847989",
     "建筑水损干燥用除湿机 (商用, 冷凝式), 200 台", "CN", 9000, 200, 36000, "USD",
     "the dehumidifiers water-damage restoration firms use are marked with their R-290 or R-32 charge and a "
     "flammable-gas warning; these 200 units carry no charge plate, their service ports read R-22 and a leak tester "
     "shows chlorodifluoromethane: equipment containing HCFC-22, whose import into the Union is banned, for a "
     "Cologne building-drying and cleaning-restoration firm, by sea from Ningbo to Hamburg; Chinese wording (R-22 "
     "equipment repeats in many sets and dehumidifiers in several, blind109 and blind163 among them; kept as a "
     "repeat, a water-damage-restoration label is the new part)", firm("Nordhafen Sanierung GmbH", "DE")),
    ("OZN-06", "import", "CYSEA01", "sea", "EG", [], "CY", "330749",
     "عبوات معطر جو لموزعات الحمامات الأوتوماتيكية، 250 مل، 12,000 عبوة", "EG", 3600, 12000, 6000, "USD",
     "metered air-freshener refills for washroom dispensers are propane-butane aerosols whose cans read 'extremely "
     "flammable'; these cans carry no flame mark, the propellant does not light at the nozzle and a gas test gives "
     "dichlorodifluoromethane and trichlorofluoromethane: aerosols propelled with CFC-12 and CFC-11, products "
     "containing ozone-depleting substances whose import into the Union is banned, for a Nicosia washroom-services "
     "firm, by sea from Port Said to Limassol; Egyptian Arabic wording (CFC aerosols repeat in many sets and an "
     "air-freshener aerosol once, blind168, in Russian; a washroom-dispenser refill is the new part)",
     firm("Orion Washroom Services Ltd", "CY")),
    ("OZN-07", "import", "CZAIR01", "air", "VN", [], "CZ", "340290",
     "Dung dịch tẩy dầu mỡ chụp hút khói bếp nhà hàng, 20 lít, 80 can", "VN", 2000, 80, 2400, "USD",
     "a kitchen-extract degreaser is a strongly alkaline, water-based, brown liquid of 1.1 kg/l; these 80 cans "
     "weigh 1.24 kg/l, are neutral, smell of ether, boil at 32 °C in the hand and a gas test gives "
     "1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, for a Prague kitchen-extract "
     "and duct-cleaning contractor, flown from Hanoi; Vietnamese wording (HCFC-141b repeats in many sets as a "
     "flushing agent and solvent; a kitchen-hood degreaser label was found in no earlier row by a keyword search)",
     firm("Vega Čištění Vzduchotechniky s.r.o.", "CZ")),
    ("OZN-08", "export", "SIROAD01", "road", "SI", [], "BA", "870590",
     "Rabljeni pometalni stroji za ulice, vozni, 4 kosi", "SI", 24000, 4, 48000, "EUR",
     "used municipal street sweepers exported for a second life are usually recent machines on R-134a; these "
     "four, retired after 30 years by a Maribor waste-collection and street-cleaning company, still carry their "
     "original cab air-conditioning charged with dichlorodifluoromethane (R-12 stickers on the compressors, a gas "
     "test confirms): products containing CFCs, whose export from the Union is banned, on low-loaders at Gruškovje "
     "for a Tuzla public-utility buyer; Slovenian wording (CFC-12 vehicle air-conditioning repeats in several sets; "
     "street sweepers were found in no earlier ozone row by a keyword search)", {"importer_country": "BA"}),
    ("OZN-09", "import", "SEAIR01", "express", "TH", [], "SE", "340290",
     "สเปรย์แช่แข็งขจัดหมากฝรั่ง สำหรับงานทำความสะอาด, 500 มล., 24 กระป๋อง", "TH", 14, 24, 300, "USD",
     "a chewing-gum freeze spray for cleaning crews is a hydrocarbon or HFC aerosol with a flame warning; these 24 "
     "cans show no propellant name, frost a coin at once and a gas test gives chlorodifluoromethane: aerosols "
     "propelled with HCFC-22, products containing an ozone-depleting substance whose import into the Union is "
     "banned, sent by express from Bangkok to a Gothenburg street-cleaning contractor; Thai wording (gum freeze "
     "sprays repeat blind70; kept as a repeat, from Thailand by express is the new part)",
     firm("Alpina Gatustäd AB", "SE")),
    ("OZN-10", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "271019",
     "地毯清洗用碳氢溶剂, 不燃型, 200 升桶, 60 桶", "CN", 17800, 60, 12000, "USD",
     "a hydrocarbon carpet-cleaning solvent is light (0.75 kg/l), smells of white spirit and burns; these 60 drums "
     "weigh 1.48 kg/l, are labelled non-flammable (which no hydrocarbon is), boil at 24 °C and a gas test gives "
     "trichlorofluoromethane: CFC-11, a controlled ozone-depleting substance moved through the Union without the "
     "licence Regulation 2024/590 requires, landed at Koper in transit from Qingdao to a Belgrade carpet-cleaning "
     "chain; Chinese wording (CFC-11 repeats in many sets; a carpet-cleaning solvent in transit through Koper is "
     "the new part as far as a search found)", {"importer_country": "RS"}),
]

CUL = [
    ("CUL-01", "export", "BEROAD01", "road", "BE", ["DE", "AT", "HU", "RO", "BG"], "TR", "570390",
     "Tapis de laine usagé, envoyé pour lavage et restauration, 1 pièce, 3 x 4 m", "BE", 48, 1, 600, "EUR",
     "rugs sent to Anatolian washeries are knotted pile carpets; this 'rug' has no pile: it is a wool-and-silk "
     "tapestry with a flat, slit-woven surface, a hunting scene with a Brussels town mark and weaver's monogram in "
     "the border and lining stamped by a château inventory, late 17th century: a Brussels tapestry over 100 years "
     "old and far above the value threshold, part of the Belgian heritage, exported without the licence of "
     "Regulation 116/2009 by a Liège carpet-cleaning firm for 'washing' in Isparta; Belgian French wording "
     "(tapestries repeat in several sets; a rug-washing cover by road to Türkiye was found in no earlier row by a "
     "keyword search)", {"importer_country": "TR"}),
    ("CUL-02", "import", "ITSEA01", "sea", "EG", [], "IT", "631010",
     "خرق مسح قطنية من بياضات فنادق مستعملة، مفرزة، بالات، 12 طن", "EG", 12000, None, 3600, "USD",
     "hotel-linen wiping rags are cut, white cotton sheeting and towelling; in the middle of two bales are some "
     "200 brown, brittle linen-and-wool pieces with tapestry-woven purple roundels, dancers and vine scrolls, "
     "cut from burial tunics: Coptic textiles (4th-7th century) from Egyptian graves, archaeological objects over "
     "250 years old brought in without the import licence Regulation 2019/880 requires, Egypt forbidding their "
     "export, by sea from Alexandria to Naples for a Prato rag merchant; Egyptian Arabic wording (Coptic textile "
     "fragments repeat in several sets; kept as a repeat, inside industrial wiping-rag bales is the new part)",
     firm("Central Stracci Srl", "IT")),
    ("CUL-03", "export", "ROSEA01", "sea", "RO", [], "TR", "740400",
     "Deșeuri și resturi de bronz, amestecate, 1 container, 18 t", "RO", 18000, None, 90000, "EUR",
     "mixed bronze scrap is turnings, valves and fittings; at the back of this container stands a 600 kg bell with "
     "a Gothic-letter German inscription, a founder's mark and the date 1611, with its clapper and yoke, taken by a "
     "metal-collection contractor from the tower of a Saxon fortified church in Transylvania: an integral part of a "
     "religious monument dismembered and over 100 years old, needing a licence at any value (Regulation 116/2009) "
     "and part of the Romanian heritage, shipped from Constanța to Gebze; Romanian wording (church bells as bronze "
     "scrap repeat in many sets; kept as a repeat, a Saxon-church bell to Türkiye is the new part)",
     {"importer_country": "TR"}),
    ("CUL-04", "import", "MTSEA01", "sea", "LY", [], "MT", "251749",
     "حبيبات رخام أبيض للأرضيات التيرازو، أكياس كبيرة، 20 طن", "LY", 20000, None, 2000, "USD",
     "white marble chips for terrazzo floors are crushed, angular and all the same size; in the middle of the big "
     "bags are two life-size marble heads and a faceless, veiled female bust with root marks and red earth, of "
     "the kind set on Cyrenaican tombs: Cyrenaican funerary sculpture (4th century BC-2nd century AD) looted from "
     "the necropolis of Cyrene, archaeological objects brought in without an import licence (Regulation 2019/880), "
     "Libya forbidding their export, by sea from Benghazi to Marsaxlokk for a flooring contractor; Libyan Arabic "
     "wording (Cyrenaican funerary busts repeat in a few sets and a terrazzo marble-chip label once, blind185, on "
     "a precursor; inside terrazzo chips from Libya is the new part as far as a search found)", firm("Vega Flooring Ltd", "MT")),
    ("CUL-05", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "940360",
     "Räumungsgut aus Wohnungsauflösung, gebrauchte Möbel, 1 LKW", "AT", 6000, 80, 2400, "EUR",
     "a house-clearance lorry from a Vienna 'Entrümpelung' firm for a Novi Sad flea-market dealer: used furniture "
     "and household linen are what such firms sell on, but the third item's 'Bild, Druck, gerahmt' is an oil on "
     "panel of a peasant family in a sunlit doorway, signed 'Waldmüller 1858', with a Viennese dealer's label on "
     "the back: a painting over 50 years old far above the value threshold, exported without the licence of "
     "Regulation 116/2009 (and the Austrian export permit), hidden as the last item of a three-item declaration, "
     "at Nickelsdorf; Austrian German wording (house-clearance covers repeat in a few sets and Biedermeier "
     "furniture once, blind98; a Waldmüller behind a clearance lorry to Serbia is the new part)",
     dict({"importer_country": "RS"},
          _more_items=[item("630231", "Haushaltswäsche, gebraucht, 40 Kartons", "AT", 800, 200, "EUR", qty=40),
                       item("491191", "Bild, Druck, gerahmt, 1 Stück", "AT", 6, 20, "EUR", qty=1)])),
    ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "442199",
     "Legname da trattare in atmosfera modificata (anossia) contro tarli, 1 collo", "IT", 90, 1, 150, "EUR",
     "wood sent for anoxic woodworm treatment travels as planks or furniture parts; this crate holds a "
     "life-size polychrome wooden crucifix with gesso, gilding and 15th-century punched decoration on the "
     "loincloth, woodworm holes and a parish inventory number in ink, taken from a Lombard church by a "
     "pest-control firm's crew: a sculpture over 50 years old above the value threshold and part of the Italian "
     "cultural heritage, exported without the licence of Regulation 116/2009 and the Italian export certificate, "
     "at Chiasso for a Lugano 'restorer'; Italian wording (polychrome church sculptures repeat in several sets and "
     "woodworm covers in a few; an anoxic pest-treatment crate to Switzerland is the new part as far as a search "
     "found)", {"importer_country": "CH"}),
    ("CUL-07", "import", "FRSEA01", "sea", "LB", [], "FR", "690723",
     "بلاط خزفي مستعمل من تجديد حمامات، مع بقايا ملاط، 1 مشتاح، 400 قطعة", "LB", 700, 400, 800, "USD",
     "salvaged washroom tiles are white or plain-coloured modern glazed tiles with grout; these 400 are thick, "
     "hand-painted underglaze tiles in cobalt, turquoise, green and manganese with carnations, saz leaves and "
     "Qur'anic calligraphy, mortar and plaster still on the backs, cut in panels from a Damascus house or mosque: "
     "Syrian (Damascus) tiles of the 16th-17th century, cultural goods taken out of Syria after 2011, whose import "
     "Regulation 36/2012 forbids, by sea from Beirut to Marseille for a bathroom-renovation firm; Lebanese Arabic "
     "wording (old tiles repeat in many sets and Syrian antiquities via Lebanon in several; a washroom-refurbishment "
     "label is the new part as far as a search found)", firm("Horizon Rénovation SARL", "FR")),
    ("CUL-08", "import", "FRAIR01", "air", "ML", [], "FR", "340111",
     "Savon artisanal au beurre de karité, pains de 1 kg, 300 pains", "ML", 360, 300, 900, "EUR",
     "hand-made shea-butter soap comes in dense, off-white, fatty loaves that smell of shea; the declared 300 "
     "loaves weigh 60 kg too much, and twelve cartons hold, under a top layer of soap, hollow, ochre terracotta "
     "figures with slit eyes, scarified cheeks and earth in their cracks: Djenné (Inland Niger Delta) terracottas "
     "of the 11th-16th century, archaeological objects on the ICOM Red List, brought in without an import licence "
     "(Regulation 2019/880), Mali forbidding their export, flown from Bamako to Paris for a hygiene-products "
     "importer; French wording from Mali (Djenné terracottas repeat in several sets; under shea soap is the new "
     "part as far as a search found)", firm("Orion Hygiène SARL", "FR")),
    ("CUL-09", "import", "NLSEA01", "sea", "KH", [], "NL", "680422",
     "ថ្មសម្រាប់ខាត់កម្រាលឥដ្ឋ (ថ្មភក់ធម្មជាតិ) សម្រាប់ម៉ាស៊ីនខាត់ឥដ្ឋ, ៦០០ ដុំ", "KH", 3000, 600, 900, "USD",
     "sandstone grinding blocks for floor-polishing machines are square, sawn, grit-graded and identical; among "
     "these 600 are three grey sandstone fragments carved with a lintel's foliage scroll, a devata's head-dress "
     "and a Kala face, weathered on the faces and freshly sawn on the backs: Khmer temple carvings (Angkorian, "
     "11th-13th century), archaeological objects brought in without an import licence (Regulation 2019/880), "
     "Cambodia forbidding their export, by sea from Sihanoukville to Rotterdam for a floor-care contractor; Khmer "
     "wording (Khmer carvings repeat in many sets; kept as a repeat, inside floor-polishing stones is the new part)",
     firm("Delta Vloeronderhoud BV", "NL")),
    ("CUL-10", "import", "ESPOST01", "post", "GT", [], "ES", "691200",
     "Juego de accesorios de baño de cerámica pintada a mano (vaso, jabonera, dispensador), 1 juego", "GT", 2.4, 3,
     45, "USD",
     "a hand-painted bathroom set is new, glazed, evenly fired earthenware with a pump fitting; these three "
     "pieces are unglazed, burnished, cream-slipped vessels with red-and-black painted lords and glyph bands, "
     "root marks and soil inside, and the 'dispenser' has no fitting: Classic Maya polychrome ceramics "
     "(7th-9th century) from the Petén, archaeological objects brought in without an import licence (Regulation "
     "2019/880), Guatemala forbidding their export, posted from Flores to a private buyer in Madrid; Guatemalan "
     "Spanish wording (Maya vessels repeat in many sets and soap-dish labels in a few; a bathroom-accessory set is "
     "the new part as far as a search found)", person("Sr. J. García", "ES")),
]
STR = [
    ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "842489",
     "ULV-Kaltnebelgeräte für die Schädlingsbekämpfung, tragbar, 16 Stück", "DE", 640, 16, 12800, "EUR",
     "portable ULV cold foggers for pest control are backpack or hand-held units with a small blower and a "
     "plastic tank; these 16 are flat, aluminium-framed spray booms with rotary atomisers, a pump rated at "
     "8 l/min, a 20 µm droplet spec sheet and mounting lugs for an airframe, no handle or harness: spraying "
     "systems designed for fitting to unmanned aerial vehicles (dual-use 9A350), exported without the licence "
     "Regulation 2021/821 requires, flown from Frankfurt to a Sharjah 'pest-control' trader whose goods go on to "
     "Iran; German wording (agricultural spraying drones repeat in a few sets; a pest-control fogger label on "
     "UAV spray booms was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ("STR-02", "export", "LTAIR01", "air", "LT", [], "KG", "842489",
     "Fasadų valymo dronai, su vandens žarna, 12 vnt.", "LT", 480, 12, 36000, "EUR",
     "façade-cleaning drones are tethered, hose-fed multirotors with a spray lance and a ground pump; these 12 are "
     "untethered heavy-lift octocopters with 30 kg payload release hooks, long-range radio links and thermal "
     "gimbals, no hose fitting or lance, for a Bishkek 'cleaning services' firm set up two months ago whose "
     "address is a Moscow forwarder's: unmanned aerial vehicles, whose sale for use in Russia and re-export "
     "through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording (drones repeat "
     "in many sets and heavy-lift drones as camera cranes in blind216; a façade-cleaning drone label was found in "
     "no earlier row by a keyword search)", {"importer_country": "KG"}),
    ("STR-03", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "902580",
     "Mierniki wilgotności murów do ekspertyz zawilgoceń, 300 szt.", "PL", 150, 300, 9000, "EUR",
     "wall-moisture meters for damp surveys are pin or capacitance meters at a few dozen euros; these 300 are "
     "bare 640 x 512 uncooled microbolometer cores with 30 Hz output and germanium lenses, at about 2,000 EUR "
     "each on the maker's list, for an Almaty 'building-diagnostics' firm with Russian customers, by train "
     "through Belarus: thermal-imaging cameras and cores (dual-use 6A003 and on the list of goods Regulation "
     "833/2014 forbids for Russia), exported without a licence; Polish wording (thermal cameras repeat in many "
     "sets; a damp-survey moisture-meter label was found in no earlier row by a keyword search)",
     {"importer_country": "KZ"}),
    ("STR-04", "export", "FRSEA01", "sea", "FR", [], "IR", "681599",
     "Kits de réparation pour perches télescopiques de lavage de vitres, fibre de carbone, 400 kits", "FR", 2000,
     400, 8000, "EUR",
     "a water-fed-pole repair kit is a short carbon sleeve, clamps and a resin sachet; these cartons hold spools "
     "of continuous, high-modulus carbon-fibre tow (tensile modulus above 300 GPa on the spool labels), 2 t of it "
     "without a single clamp, for a Tehran 'window-cleaning equipment' buyer: carbon fibre (dual-use 1C010.a and "
     "listed in the Iran regulation, 267/2012), exported without a licence, by sea from Le Havre to Bandar Abbas; "
     "French wording (carbon fibre repeats in many sets; a window-cleaning water-fed-pole label was found in no "
     "earlier row by a keyword search)", {"importer_country": "IR"}),
    ("STR-05", "export", "DKSEA01", "sea", "DK", [], "AE", "841370",
     "Doseringspumper til vaskerikemikalier, 24 stk.", "DK", 1900, 24, 7200, "EUR",
     "laundry-chemical dosing pumps are small peristaltic pumps with plastic heads at a few hundred euros; these 24 "
     "are seal-less magnetic-drive centrifugal pumps of 10 m3/h with Hastelloy C-276 wetted parts, at some "
     "15,000 EUR each on the maker's list, for a Jebel Ali 'laundry supplies' trader whose cargo goes on to "
     "Bandar Abbas: pumps controlled under dual-use 2B350.i, exported without a licence, by sea from Aarhus; Danish "
     "wording (Hastelloy pumps repeat in several sets; a laundry dosing-pump label is the new part as far as a "
     "search found)", {"importer_country": "AE"}),
    ("STR-06", "export", "NLSEA01", "sea", "NL", [], "PK", "340290",
     "Ontvettingsbasis voor keukenreiniging, aminehoudend, 80 vaten", "NL", 16800, 80, 12000, "EUR",
     "a degreaser base for kitchen cleaning is an alkaline, perfumed, foaming blend of surfactants and silicates; "
     "these drums hold a pure, viscous, colourless, ammonia-smelling liquid of 1.04 kg/l that does not foam, drum "
     "heads stamped CAS 105-59-9, for a Lahore 'cleaning products' buyer: N-methyldiethanolamine (dual-use 1C350, "
     "a chemical-weapons precursor), exported without the licence Regulation 2021/821 requires, from Rotterdam to "
     "Karachi; Dutch wording (MDEA repeats in several sets under gas-treating and softener labels; a kitchen "
     "degreaser base is the new part as far as a search found)", {"importer_country": "PK"}),
    ("STR-07", "export", "BEAIR01", "air", "BE", [], "AM", "283711",
     "Bain de nettoyage pour argenterie d'hôtel, prêt à l'emploi, 60 bidons", "BE", 1500, 60, 2400, "EUR",
     "a hotel silver dip is a thin, acid thiourea liquid that smells of rotten eggs; these 60 cans hold white, "
     "deliquescent briquettes that smell of bitter almonds, with CAS 143-33-9 on the inner bags, for a Yerevan "
     "'hotel supplies' firm whose consignee's address is a Rostov mining supplier's: sodium cyanide (dual-use "
     "1C350), exported without the licence Regulation 2021/821 requires, flown from Liège; Belgian French wording "
     "(cyanide repeats in many sets and a silver-dip label once, blind48, on a precursor; a hotel silver-dip "
     "label on cyanide is the new part as far as a search found)", {"importer_country": "AM"}),
    ("STR-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "850131",
     "Ersatzteile für Scheuersaugmaschinen: Bürstenmotoren und Steuerungen, 800 Stück", "AT", 900, 800, 16000, "EUR",
     "scrubber-dryer brush motors are heavy, 24 V brushed DC gear motors; these 800 are light, brushless outrunner "
     "motors of 6-8 kW with matching 14S speed controllers and carbon propellers in the same boxes, for a Belgrade "
     "'cleaning-machine service' that ships on to a Moscow buyer: components for heavy-lift unmanned aerial "
     "vehicles, whose sale for use in Russia and re-export through third countries Regulation 833/2014 forbids, "
     "on a lorry at Nickelsdorf; Austrian German wording (UAV motors repeat in several sets; scrubber-dryer spare "
     "parts were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
    ("STR-09", "export", "EEROAD01", "road", "EE", ["LV", "RU"], "KZ", "392690",
     "Tekstiilipesulate kulumiskindlad UHF RFID-märgised, 200 000 tk", "EE", 1200, 200000, 12000, "EUR",
     "an industrial-laundry supply lorry for an Almaty hotel laundry: washer-extractor spares and laundry trolleys "
     "are what such laundries buy, but the first item's 'UHF RFID laundry tags' are reels of FPGAs and "
     "32-bit microcontrollers in tape and reel, no tag among them: integrated circuits (8542 31, 8542 39), on the "
     "common high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
     "forbids, the Almaty buyer's address being a Russian distributor's, on a lorry from Tallinn; Estonian wording "
     "(FPGAs repeat in several sets, behind chocolates in blind112; RFID laundry tags were found in no earlier row "
     "by a keyword search)",
     dict({"importer_country": "KZ"},
          _more_items=[item("845090", "Pesumasinate varuosad: laagrid ja tihendid, 400 tk", "EE", 600, 4000, "EUR", qty=400),
                       item("871680", "Pesukärud, plastik, 60 tk", "EE", 1200, 3000, "EUR", qty=60)])),
    ("STR-10", "export", "FISEA01", "sea", "FI", [], "TR", "293090",
     "Pesulan merkintämusteen poistoaine, 40 tynnyriä", "FI", 9600, 40, 8000, "EUR",
     "a laundry marking-ink remover is a solvent blend that smells of citrus and glycol ethers; these drums hold "
     "a clear, viscous, faintly sulphurous liquid of 1.18 kg/l, drum heads stamped CAS 111-48-8, for an Istanbul "
     "'laundry chemicals' firm whose trucks run to Syria: thiodiglycol (a CWC Schedule 2 chemical, dual-use "
     "1C350), exported without the licence Regulation 2021/821 requires, from Helsinki to Ambarli; Finnish "
     "wording (thiodiglycol repeats in several sets; a laundry ink-remover label is the new part as far as a "
     "search found)", {"importer_country": "TR"}),
]

WLF = [
    ("WLF-01", "import", "DEAIR01", "air", "PE", [], "DE", "411420",
     "Gamuzas para limpieza de vidrios, cuero curtido al aceite, 2.000 unidades", "PE", 300, 2000, 4000, "USD",
     "window-cleaning chamois are oil-tanned sheepskin splits, soft, suede on both sides and even in thickness; "
     "these 2,000 skins have a grain side with groups of three bristle holes and the dorsal scent-gland scar of a "
     "peccary: collared and white-lipped peccary leather (Pecari tajacu, Tayassu pecari, CITES App. II) without "
     "CITES documents, flown from Iquitos via Lima to Frankfurt for a window-cleaning wholesaler; Peruvian Spanish "
     "wording (peccary leather repeats in a few sets, under pigskin glove labels; a window-chamois label was found "
     "in no earlier row by a keyword search)", firm("Meridian Fensterreinigung GmbH", "DE")),
    ("WLF-02", "transit", "PTSEA01", "sea", "NG", ["PT"], "VN", "960310",
     "Piassava scrubbing brushes and yard brooms, bound palm fibre, 600 cartons", "NG", 9000, 600, 3000, "USD",
     "piassava brushes are stiff, brown, wiry palm fibres bound into wooden stocks; behind a front wall of such "
     "brushes, 400 cartons hold overlapping, brown, fingernail-like scales with growth ridges that smell of "
     "animal: pangolin scales (Manis spp., CITES App. I) without CITES documents, landed at Sines in transit from "
     "Lagos to Hai Phong; Nigerian English wording (pangolin scales repeat in many sets, in transit through "
     "Antwerp in blind215; a piassava-brush cover through Sines was found in no earlier row by a keyword search)",
     {"importer_country": "VN"}),
    ("WLF-03", "import", "FRSEA01", "sea", "LK", [], "FR", "140490",
     "ලූෆා ස්පොන්ජ් (වියළි), ස්නාන සඳහා, පෙට්ටි 40", "LK", 600, 40, 1200, "USD",
     "dried loofahs are light, straw-coloured, fibrous gourd skeletons that weigh a few dozen grams; these 40 "
     "cartons hold hard, heavy, grey-brown, leathery cylinders with teat-like papillae along the sides, that "
     "rehydrate into sea cucumbers: dried prickly redfish and white teatfish (Thelenota ananas, Holothuria "
     "fuscogilva, CITES App. II) without CITES documents, by sea from Colombo to Marseille for a bath-and-spa "
     "wholesaler; Sinhala wording (sea cucumbers repeat in many sets; a loofah label was found once, blind169, on "
     "a precursor; on sea cucumbers it is the new part)", firm("Rivage Bain et Spa SARL", "FR")),
    ("WLF-04", "import", "FRAIR01", "air", "BR", [], "FR", "330129",
     "Óleo essencial de linaloe para aromatizadores de banheiro, tambores de 25 kg, 4 tambores", "BR", 100, 4,
     4000, "USD",
     "an air-care linaloe oil is a cheap, thin fragrance blend that smells sweet and flat; these drums hold a "
     "pale-yellow oil with a woody, rosy, slightly spicy note, GC giving linalool with the trace profile of "
     "rosewood, from a Manaus still: rosewood oil (Aniba rosaeodora, CITES App. II, essential oil included) "
     "without CITES documents, flown from Manaus via São Paulo to Paris for a washroom air-care fragrance house; "
     "Brazilian Portuguese wording (rosewood oil repeats in several sets under linalool, ho-wood and linaloe "
     "labels; kept as a repeat, for washroom air-care diffusers is the new part)",
     firm("Alpina Parfums d'Ambiance SARL", "FR")),
    ("WLF-05", "import", "DEAIR01", "air", "NP", [], "DE", "140490",
     "रिठ्ठा (सोपनट), प्राकृतिक लुगा धुने, ५० केजी बोरा, ६ बोरा", "NP", 300, 6, 900, "USD",
     "soapnuts are sticky, brown, wrinkled half-shells that foam in water and smell of vinegar; these six sacks "
     "hold under one layer of soapnuts dark, hairy rhizomes with a strong, musky, valerian-like scent: spikenard "
     "(Nardostachys jatamansi, CITES App. II) without CITES documents, flown from Kathmandu to Munich for an "
     "eco-laundry web shop; Nepali wording (jatamansi repeats in many sets and a soapnut label once, blind149, on a "
     "precursor; kept as a repeat good, inside eco-laundry soapnuts is the new part)",
     firm("Orion Öko-Waschmittel GmbH", "DE")),
    ("WLF-06", "import", "BESEA01", "sea", "CM", [], "BE", "121190",
     "Écorce de quillaja (bois de Panama) pour lessives écologiques, sacs de 50 kg, 200 sacs", "CM", 10000, 200,
     6000, "EUR",
     "quillaja (soap) bark comes from Chile, pale and fibrous, and foams when shaken in water; this bark is "
     "reddish-brown, does not foam, smells of bitter almonds when broken and comes from Cameroon, where quillaja "
     "does not grow: Prunus africana (pygeum) bark (CITES App. II) without CITES documents or within no export "
     "quota, by sea from Douala to Antwerp for a Ghent ecological-detergent maker; Cameroonian French wording "
     "(Prunus africana repeats in several sets; a quillaja-bark label was found in no earlier row by a keyword "
     "search)", firm("Vega Détergents Écologiques SA", "BE")),
    ("WLF-07", "import", "IEAIR01", "express", "IN", [], "IE", "960390",
     "सफ़ाई के ब्रश, मुलायम बाल, इलेक्ट्रॉनिक्स और संग्रहालय वस्तुओं के लिए, 400 नग", "IN", 3, 400, 400, "USD",
     "soft dusting brushes for electronics and museum cleaning are goat hair or nylon, even and pale; these 400 "
     "have banded, grizzled, grey-and-brown hairs with dark tips and a springy, tapered point: mongoose hair "
     "(Herpestes spp., CITES App. III listed by India) without the Indian export permit, sent by express from "
     "Kanpur to a Dublin conservation-cleaning contractor; Hindi wording (mongoose-hair brushes repeat in a few "
     "sets, blind162 and blind171, as artists' brushes; as cleaning brushes to Ireland is the new part)",
     firm("Central Conservation Cleaning Ltd", "IE")),
    ("WLF-08", "import", "ITSEA01", "sea", "MG", [], "IT", "440799",
     "Listels en bois d'eucalyptus pour manches à balai, sciés, 1 conteneur", "MG", 18000, None, 4500, "EUR",
     "eucalyptus broom-handle blanks are pale, light, straight-grained square billets; this container holds "
     "dark, purple-red to black, very heavy billets with a rose scent when sawn, the log marks of the Masoala "
     "region on some ends: Malagasy rosewood (Dalbergia spp., CITES App. II, sawn wood under the Madagascar "
     "listing and a zero export quota) without CITES documents, by sea from Toamasina to Genoa for a broom "
     "factory; Malagasy French wording (Malagasy rosewood repeats in several sets; a broom-handle-blank label was "
     "found in no earlier row by a keyword search)", firm("Delta Scope e Spazzole Srl", "IT")),
    ("WLF-09", "import", "NLSEA01", "sea", "ID", [], "NL", "560890",
     "Jaring pengusir burung, 200 rol", "ID", 1600, 200, 2400, "USD",
     "a bird-control container for a Dutch pest-control wholesaler: bird netting and plastic pigeon spikes are "
     "what such wholesalers stock, but the third item's 'umpan burung hantu plastik' are 60 mounted barn owls, "
     "Sunda scops owls and buffy fish owls with real feathers, glass eyes and wired feet, not moulded plastic: "
     "taxidermy owls (Strigiformes, CITES App. II) without CITES documents, hidden as the last item of a "
     "three-item declaration, by sea from Surabaya to Rotterdam; Indonesian wording (owl decoys repeat once, "
     "blind193, for crow hunting; as pest-control bird scarers behind netting and spikes is the new part)",
     dict(firm("Horizon Ongediertebestrijding BV", "NL"),
          _more_items=[item("392690", "Paku pengusir burung merpati, plastik, 2.000 meter", "ID", 400, 800, "USD", qty=2000),
                       item("392690", "Umpan burung hantu plastik untuk pengusir burung, 60 buah", "ID", 90, 300, "USD", qty=60)])),
    ("WLF-10", "import", "GRSEA01", "sea", "ID", [], "GR", "251310",
     "Batu apung alami untuk perawatan kaki, spa hotel, 40 karton", "ID", 800, 40, 600, "USD",
     "pumice foot stones are grey, glassy volcanic froth that floats and weighs little; these 40 cartons hold "
     "white, dense, chalky pieces that sink at once, with rows of star-shaped corallites and branch stumps: "
     "stony-coral skeletons (Scleractinia, CITES App. II) without CITES documents, by sea from Surabaya to "
     "Piraeus for a hotel-spa supplier; Indonesian wording (coral repeats in many sets and pumice labels in a few "
     "on other goods; a foot-pumice label on coral was found in no earlier row by a keyword search)",
     firm("Atlantic Spa Supplies AE", "GR")),
]

base.DISGUISED = {
    "precursors": PRE,
    "waste": WST,
    "ozone": OZN,
    "cultural": CUL,
    "strategic": STR,
    "wildlife": WLF,
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "RS", "HR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (hot-tub and pool sanitation)", "RS", 4.6, 4, 36,
     "EUR", [("PRECURSOR_LICENCE", "HR-MUP-62-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIPOST01", "post", "EE", "FI", "282919",
     "Potassium chlorate 99 %, 2 kg, for a licensed private user (pyrotechnics hobby under permit)", "EE", 2, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "FI-TUKES-62-0091")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "271099",
     "Sludge from car-wash oil/water separators (13 05 02*), for treatment at a licensed plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-62-0318")], "notified interceptor sludge to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "853931",
     "Spent UV-C germicidal lamps, mercury-containing (20 01 21*), for mercury recovery at a licensed plant, 4 t",
     "NO", 4000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-62-0042")], "notified mercury lamps to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290377",
     "Recovered CFC-12 and CFC-11 from street-sweeper and aerosol stocks, for destruction at a licensed plant, 12 cylinders",
     "CH", 600, 12, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-62-027")], "recovered CFCs imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "ESAIR01", "air", "US", "ES", "290361",
     "Methyl bromide, analytical reference standard in methanol, 10 x 1 ml, for essential laboratory use", "US", 0.1,
     10, 700, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-62-011")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "580500",
     "Brussels tapestry, hunting scene, wool and silk, c. 1680, sold at auction with the export licence", "BE", 45,
     1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-62-0077")], "tapestry exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ATROAD01", "road", "AT", "CH", "970191",
     "Ferdinand Georg Waldmüller, genre scene, oil on panel, 1858, with the Austrian export permit", "AT", 9, 1,
     420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-62-0153")],
     "painting exported with the EU export licence and the Austrian permit"),
    ("PRM-09", "strategic", "export", "PLAIR01", "air", "PL", "IN", "902580",
     "Uncooled microbolometer thermal-imaging cores, 640 x 512, 30 Hz, 40 units, for an Indian building-diagnostics "
     "instrument maker", "PL", 20, 40, 80000, "EUR",
     [("EXPORT_LICENCE", "PL-MRiT-62-0411"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-62-0187")],
     "dual-use thermal-imaging cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "AU", "842489",
     "UAV spraying systems, rotary atomisers, 8 l/min, 6 sets, for an Australian agricultural research institute",
     "DE", 240, 6, 30000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-62-2290"), ("END_USER_CERTIFICATE", "AU-DEC-EUC-62-0031")],
     "dual-use UAV spraying systems under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "PE", "DE", "411420",
     "Collared-peccary leather (Pecari tajacu), oil-tanned, 300 skins, from the Loreto community-harvest programme",
     "PE", 60, 300, 7500, "USD", [("CITES_PERMIT", "PE-SERFOR-62-0733")], "App. II peccary leather with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "121190",
     "Prunus africana bark, dried, 200 sacks, within the Cameroonian export quota", "CM", 10000, 200, 14000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-62-0128")], "App. II Prunus africana bark with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ivana Horvat", "PRM-02": "Mikko Virtanen", "PRM-04": "Orion Kvicksilveråtervinning AB",
    "PRM-06": "Central Laboratorio Analítico SL", "PRM-11": "Meridian Fensterreinigung GmbH",
    "PRM-12": "Vega Phytopharma SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (52 rows): the lawful twins of this set's disguises, nearly all goods of the
    # cleaning, hygiene and facility-services trade
    ("340290", "Enzyme drain maintenance liquid, pH neutral, 1 qt", "import", ["express"], ["US", "CA"], (8, 15), (1, 4), ["USD"], 1, S),
    ("330749", "Deodorising granules for sanitary-disposal units, 1 kg jars", "import", ["sea"], ["MY", "TH"], (2, 4), (2000, 8000), ["USD"], 1, S),
    ("382499", "Septic-tank activator, bacterial powder on bran, 10 kg tubs", "import", ["sea"], ["TH", "US"], (2, 4), (3000, 8000), ["USD"], 0.1, S),
    ("381400", "Graffiti-removal gel, benzyl-alcohol based, 5 l", "import", ["sea"], ["BR", "US"], (4, 7), (1000, 4000), ["USD"], 0.2, S),
    ("340290", "Acid toilet cleaner, 9 % hydrochloric acid gel, 750 ml", "import", ["sea"], ["JO", "TR"], (0.6, 1.2), (6000, 14000), ["USD", "EUR"], 1.3, S),
    ("380894", "Hypochlorous-acid sanitiser, 200 ppm, for ULV foggers, 20 l", "import", ["air"], ["KR", "JP"], (1, 2), (300, 1500), ["USD"], 0.05, S),
    ("330749", "Enzymatic odour neutraliser for waste bins, 5 l", "import", ["road"], ["RS", "TR"], (0.8, 1.6), (1000, 4000), ["EUR"], 0.2, S),
    ("382499", "Carpet pre-spray powder, citrate builder, 2 lb tubs", "import", ["post", "express"], ["CA", "US"], (10, 20), (1, 4), ["CAD", "USD"], 1, S),
    ("251200", "Food-grade diatomaceous earth, 1 kg bags", "import", ["post"], ["EE", "US"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("380891", "Camphor moth tablets, 500 g", "import", ["post"], ["IN"], (6, 12), (1, 3), ["USD"], 2, S),
    ("631010", "Laundered cotton wiping rags, sorted, baled", "export", ["road"], ["UA", "MD"], (0.3, 0.6), (10000, 20000), ["EUR"], None, S),
    ("250810", "Bentonite for drilling fluids, API grade, big bags", "export", ["sea"], ["GE", "AZ"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("290323", "Perchloroethylene, regenerated, 99 %, for dry cleaning, drums", "export", ["sea"], ["MA", "TN"], (0.8, 1.4), (8000, 16000), ["EUR"], None, S),
    ("842489", "Scrubber dryers, used, serviced, with new batteries", "export", ["sea"], ["GH", "NG"], (3, 6), (3000, 9000), ["EUR"], 0.003, S),
    ("250840", "Attapulgite absorbent granules, new, 20 kg bags", "export", ["sea"], ["SN", "MA"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.05, S),
    ("380891", "Public-health insecticide, new, current batch, drums", "export", ["sea"], ["CI", "CM"], (5, 9), (4000, 12000), ["EUR"], None, S),
    ("760200", "Aluminium UBC scrap, baled, sorted", "export", ["sea"], ["IN", "TR"], (1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("282810", "Calcium hypochlorite 70 %, pool tablets, new, 45 kg drums", "export", ["sea"], ["EG", "TN"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.02, S),
    ("271019", "Isoparaffin dry-cleaning solvent (KWL), drums", "import", ["sea"], ["IN", "KR"], (1.5, 2.5), (6000, 14000), ["USD"], None, S),
    ("281121", "Carbon dioxide in cylinders, for rodent-burrow treatment", "import", ["sea"], ["IL", "US"], (1, 2), (1000, 4000), ["USD"], 0.02, S),
    ("340290", "Whiteboard and pen-mark remover, alcohol-based, 1 l", "import", ["air"], ["PK", "CN"], (1.5, 3), (300, 1500), ["USD"], 1.2, S),
    ("842410", "Fire-suppression kits for refuse-truck bodies, water and foam", "import", ["road"], ["TR"], (4, 7), (1000, 3000), ["EUR"], 0.03, S),
    ("847989", "Building-drying dehumidifiers, refrigerant R-290 (propane)", "import", ["sea"], ["CN"], (4, 7), (4000, 10000), ["USD"], 0.02, S),
    ("330749", "Metered air-freshener refills, propane-butane, 250 ml", "import", ["sea"], ["EG", "TR"], (1.5, 2.5), (3000, 8000), ["USD"], 3, S),
    ("340290", "Kitchen-extract degreaser, alkaline, 20 l", "import", ["air", "sea"], ["VN", "TH"], (1, 2), (1000, 4000), ["USD"], 0.05, S),
    ("870590", "Street sweepers, used, roadworthy, without air-conditioning", "export", ["road"], ["BA", "RS"], (1.5, 3), (12000, 24000), ["EUR"], 0.0002, S),
    ("340290", "Citrus chewing-gum remover gel, 500 ml", "import", ["express"], ["TH", "US"], (8, 15), (1, 4), ["USD"], 2, S),
    ("570390", "Tufted wool rugs, new, for hotels", "export", ["road"], ["TR", "RS"], (6, 10), (2000, 6000), ["EUR"], 0.1, S),
    ("631010", "Hotel-linen wiping rags, white, cut, baled", "import", ["sea"], ["EG", "PK"], (0.4, 0.8), (10000, 18000), ["USD"], None, S),
    ("740400", "Bronze scrap, turnings and fittings", "export", ["sea"], ["TR", "IN"], (4, 6), (15000, 22000), ["EUR"], None, S),
    ("251749", "White marble chips for terrazzo, 2-4 mm, big bags", "import", ["sea"], ["TR", "EG"], (0.1, 0.2), (18000, 24000), ["USD"], None, S),
    ("940360", "Used household furniture from house clearances", "export", ["road"], ["RS", "BA"], (0.3, 0.6), (4000, 10000), ["EUR"], 0.02, S),
    ("442199", "Oak furniture parts, new, heat-treated against woodworm", "export", ["road"], ["CH"], (3, 6), (500, 3000), ["EUR"], None, S),
    ("690723", "Hand-painted earthenware wall tiles, new, Iznik style", "import", ["sea"], ["TR", "MA"], (3, 6), (2000, 6000), ["USD"], 6, S),
    ("340111", "Shea-butter soap, hand-made, 1 kg loaves", "import", ["air"], ["ML", "BF"], (2, 4), (200, 800), ["EUR"], 1, S),
    ("680422", "Sandstone floor-polishing blocks, sawn, graded", "import", ["sea"], ["KH", "VN"], (0.3, 0.6), (2000, 6000), ["USD"], 0.2, S),
    ("691200", "Hand-painted ceramic bathroom accessory sets, new", "import", ["post"], ["GT", "MX"], (15, 30), (1, 3), ["USD"], 1, S),
    ("842489", "ULV cold foggers for pest control, portable", "export", ["air"], ["AE", "SA"], (15, 25), (200, 800), ["EUR"], 0.1, S),
    ("902580", "Wall-moisture meters, pin type, for damp surveys", "export", ["rail"], ["KZ", "CN"], (40, 80), (200, 800), ["EUR"], 4, S),
    ("681599", "Water-fed-pole repair kits, carbon sleeves and clamps", "export", ["sea"], ["TR", "AE"], (10, 20), (500, 2000), ["EUR"], 2, S),
    ("841370", "Peristaltic dosing pumps for laundry chemicals", "export", ["sea"], ["AE", "EG"], (20, 40), (500, 2000), ["EUR"], 0.3, S),
    ("340590", "Hotel silver dip, thiourea-based, 5 l", "export", ["air"], ["AM", "GE"], (3, 6), (300, 1500), ["EUR"], 0.2, S),
    ("411420", "Window-cleaning chamois, oil-tanned sheepskin", "import", ["air"], ["NZ", "GB"], (25, 45), (200, 800), ["USD", "GBP"], 6, S),
    ("960310", "Piassava yard brooms and scrubbing brushes", "import", ["sea"], ["NG", "LK"], (1, 2), (4000, 10000), ["USD"], 1, S),
    ("140490", "Dried loofah sponges, natural", "import", ["sea"], ["EG", "CN"], (3, 6), (500, 2000), ["USD"], 10, S),
    ("140490", "Soapnuts (Sapindus), dried shells, 50 kg sacks", "import", ["air", "sea"], ["NP", "IN"], (2, 4), (300, 3000), ["USD"], 0.02, S),
    ("121190", "Quillaja (soap) bark, Chilean, 50 kg sacks", "import", ["sea"], ["CL"], (1.5, 3), (5000, 12000), ["USD"], 0.02, S),
    ("960390", "Goat-hair dusting brushes for electronics", "import", ["express"], ["CN", "JP"], (40, 80), (1, 3), ["USD"], 100, S),
    ("440799", "Eucalyptus broom-handle blanks, sawn, plantation", "import", ["sea"], ["BR", "UY"], (0.3, 0.5), (15000, 22000), ["USD"], None, S),
    ("251310", "Pumice foot stones for spas", "import", ["sea"], ["TR", "ID"], (1, 2), (500, 2000), ["USD"], 10, S),
    ("392690", "Plastic owl decoys, bird scarers", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 1, S),
    ("330129", "Synthetic linalool air-care fragrance, drums", "import", ["sea"], ["CN", "IN"], (6, 12), (2000, 8000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Refillable pump soap dispensers, empty, PET", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 10, N),
        ("442199", "Bamboo toilet-roll holders, free-standing", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 1.5, N),
        ("630790", "Mesh laundry bags for delicates, polyester", "import", ["sea"], ["CN", "BD"], (4, 8), (1000, 4000), ["USD"], 20, N),
        ("392690", "Inflatable bath pillows with suction cups", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind219", 20621901, HERE)


if __name__ == "__main__":
    main()
