#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-third blind set (tests/risk/data/blind263-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2070, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: taxidermy, natural-history
specimens and education supply (taxidermists and their suppliers, specimen and fossil
dealers, mineral and insect fairs, school and university science suppliers).
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
animal origin, animal by-products, seeds under reinforced checks included) appear only in
the permitted rows, with their document, and goods whose importer must hold an
authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL263-*:

    python3 tests/risk/data/make_blind263_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2070, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2070
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "US", [], "FI", "220190",
         "Triops hatching water, dechlorinated spring water for triops and brine-shrimp kits, 4 x 1 L", "US", 4.6, 4,
         36, "USD",
         "triops hatching water is plain spring water of 1.00 kg/l in sealed bottles with a kit maker's label; these "
         "four bottles have vented caps, weigh 1.13 kg/l, whiten the fingertips and fizz on a cut, and the new labels "
         "are stuck over a filler's orange 5.1 oxidiser diamond: about 35 % hydrogen peroxide (Annex I above 12 %, "
         "Regulation 2019/1148), sent by express from a Colorado science-kit seller to a private person in Oulu, "
         "although oxidisers travel by express only as declared dangerous goods; US English wording (hydrogen "
         "peroxide repeats in many sets and water-like covers in many; a triops or hatching-water label was found in "
         "no earlier row by a keyword search)", person("Aino Virtanen", "FI")),
        ("PRE-02", "import", "DEAIR01", "express", "JP", [], "DE", "290512",
         "霧箱実験用 イソプロピルアルコール 99 %、1 L × 4 本", "JP", 4.6, 4, 9800, "JPY",
         "cloud-chamber alcohol is 99 % isopropanol: 0.79 kg/l, smelling of surgical spirit and evaporating off the "
         "skin at once; these four bottles weigh 1.14 kg/l, smell faintly fruity, barely mix with water, leave the "
         "skin oily and the filler's inner caps read 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from "
         "Osaka to a private physics teacher in Kassel, although flammable liquids travel by express only as declared "
         "dangerous goods; Japanese wording (nitromethane repeats in many sets and an isopropanol label once, on "
         "methyl chloroform in blind112; a cloud-chamber cover was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "PTPOST01", "post", "BR", [], "PT", "284020",
         "Conservante seco para taxidermia (pó de bórax e alúmen), 4 x 1 kg", "BR", 4, 4, 160, "BRL",
         "a taxidermists' dry preservative is a soft, slightly soapy white borax-and-alum powder that tastes "
         "sweet-astringent and dissolves slowly in cold water; these four bags hold hard, glittering crystals that "
         "draw damp and cake, dissolve at once, flare violently with a pinch of sugar on a hot plate, and the inner "
         "bags are marked 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Curitiba to a private "
         "taxidermist in Braga; Brazilian Portuguese wording (sodium perchlorate repeats in many sets and borax and "
         "alum labels in several, on other goods; a taxidermy dry-preservative label was found in no earlier row by "
         "a keyword search)", person("João Pereira", "PT")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "283311",
         "Glauberova so (natrijum-sulfat dekahidrat) za školske ogleda s latentnom toplotom, 1 kg, 1.800 pakovanja",
         "BA", 1800, 1800, 2700, "EUR",
         "Glauber's salt is large, clear, cool crystals that melt in their own water at 32 °C, which is why schools "
         "use it for latent-heat experiments; these packs hold small, hard, white prills that turn ice-cold in water "
         "but never melt at 32 °C, test at 34 % N and melt and fume on a hot plate, for a Zagreb school-science web "
         "shop that sells the same packs to parents and the public: ammonium nitrate (Annex I at 16 % N or more) "
         "retail-packed for members of the public, on a lorry at Stara Gradiška; Bosnian wording (ammonium nitrate "
         "repeats in many sets and Glauber's-salt labels three times, as mang xiao, Garabogazköl salt and a "
         "dyers' levelling salt, on other goods; a school latent-heat kit by road from Bosnia is the new part as far as a search found)",
         firm("Delta Školska Oprema d.o.o.", "HR")),
        ("PRE-05", "import", "FRAIR01", "air", "MA", [], "FR", "151590",
         "Huile d'argan pure pour le lustrage des fossiles (orthocères, ammonites), bidons 5 l, 60 bidons", "MA", 552,
         60, 3000, "EUR",
         "argan oil is golden, nutty-smelling and light (0.91 kg/l), so a 5 l can weighs under 5 kg; these 60 cans "
         "weigh over 9 kg each and hold a colourless, odourless, oily liquid that chars a wooden stirrer black at once "
         "and grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), flown from Marrakech to "
         "Lyon for a Millau fossil-and-mineral shop that refills it into small bottles for amateur fossil "
         "preparators: retail-packed for members of the public; Moroccan French wording (sulphuric acid repeats in "
         "many sets and oil covers, castor oil and stand oil among them, in several; argan oil as the lawful item "
         "of two Moroccan multi-item rows; a fossil-polishing oil from the Erfoud trade was found in no earlier row)",
         firm("Orion Minéraux et Fossiles SARL", "FR")),
        ("PRE-06", "import", "NLAIR01", "air", "CN", [], "NL", "291211",
         "鱼类标本固定液 (10% 福尔马林), 1 升瓶装, 1,000 瓶", "CN", 1400, 1000, 1500, "USD",
         "10 % formalin for fixing fish before mounting is a water-clear liquid of 1.01 kg/l with a sharp, "
         "eye-watering smell; these bottles weigh 1.40 kg/l, give off brown fumes when opened, turn the skin yellow "
         "and eat into a copper coin: about 65 % nitric acid (Annex I above 3 %), retail-packed for a Dutch "
         "taxidermy-supplies web shop that sells 1 l bottles to hobby fish taxidermists, flown from Guangzhou to "
         "Schiphol; Chinese wording (nitric acid repeats in many sets; formalin appears in several earlier rows, as "
         "waste or as the real good; a fish-fixative label on nitric acid was found in no earlier row)",
         firm("Vega Taxidermie Benodigdheden BV", "NL")),
        ("PRE-07", "import", "CZAIR01", "air", "ZA", [], "CZ", "320290",
         "Aluminium-looipoeier vir taksidermie (Lutan F-tipe), sakkies van 1 kg, 300 sakkies", "ZA", 300, 300, 18000,
         "ZAR",
         "aluminium tanning agents for taxidermy are a fine, white-grey, slightly sticky powder that dissolves to a "
         "cloudy, sour solution; these 300 bags hold a heavy, gritty, free-flowing crystalline powder that barely "
         "dissolves, burns fiercely mixed with sugar and whose inner liners read 'KClO4', for a Brno taxidermy-supplies "
         "shop that sells 1 kg bags to hobbyists: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Johannesburg to Prague; Afrikaans wording (potassium perchlorate repeats in many "
         "sets; a tanning-agent label was found in no earlier row by a keyword search)",
         firm("Meridian Preparátorské Potřeby s.r.o.", "CZ")),
        ("PRE-08", "import", "IEAIR01", "express", "US", [], "IE", "283319",
         "Safety Acid pickling crystals (sodium bisulfate) for taxidermy hide pickle, 4 x 2 lb", "US", 3.6, 4, 60,
         "USD",
         "taxidermists' 'Safety Acid' is sodium bisulfate: white granules that dissolve to a strongly acid pickle and "
         "turn a pH strip red; these four jars hold clear, cubic crystals that give a neutral solution, draw damp, "
         "flare yellow in a gas flame and carry CAS 7775-09-9 on the inner bags: sodium chlorate (Annex I above "
         "40 %), sent by express from Pennsylvania to a private taxidermist in County Kerry; US English wording "
         "(sodium chlorate repeats in many sets and bisulphate labels in many, on other goods; a taxidermy-pickle "
         "label was found in no earlier row by a keyword search)", person("Mr Seán Murphy", "IE")),
        ("PRE-09", "import", "ITAIR01", "air", "IN", [], "IT", "283539",
         "सोडियम हेक्सामेटाफॉस्फेट, सूक्ष्म जीवाश्म निकालने हेतु मिट्टी विघटक, 500 ग्राम, 600 पैकेट", "IN", 300, 600,
         1800, "USD",
         "sodium hexametaphosphate, which micropalaeontologists and amateur fossil hunters use to break down clay and "
         "wash out foraminifera and shark teeth, is a glassy, flaky powder that dissolves slowly into a slightly "
         "slimy solution; these 600 bags hold glossy white crystals that dissolve at once, spit violet sparks on a "
         "hot iron and carry CAS 3811-04-9 on the inner liners, for a Bologna fossil-hunting supplies shop that "
         "sells 500 g bags to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Jaipur to Bologna; Hindi wording (potassium chlorate repeats in many sets and "
         "hexametaphosphate labels twice, for sausage making and another use, kept as a repeat of the label; a "
         "fossil-washing clay disaggregant was found in no earlier row by a keyword search)",
         firm("Alpina Minerali Srl", "IT")),
        ("PRE-10", "import", "ESAIR01", "air", "AR", [], "ES", "701890",
         "Ojos de vidrio para taxidermia, pares surtidos, 2.000 pares", "AR", 60, 2000, 3000, "USD",
         "a taxidermy-supplies air shipment for a Toledo taxidermy wholesaler: glass eyes and polyurethane forms are "
         "what Buenos Aires makers send, but the third item's 'desengrasante enzimático para cráneos' is 40 cans of a "
         "water-clear liquid of 1.20 kg/l with vented caps that foams on bone and bleaches the skin white at a touch: "
         "about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for hunters who clean their own trophy "
         "skulls, hidden as the last item of a three-item declaration; Argentine (Rioplatense) Spanish wording "
         "(hydrogen peroxide repeats in many sets and enzyme labels in a few, on other goods; a skull-degreaser label "
         "behind taxidermy eyes and forms was found in no earlier row)",
         dict(firm("Rivage Taxidermia SL", "ES"),
              _more_items=[item("392690", "Maniquíes de poliuretano para taxidermia, ciervo y jabalí, 80 piezas", "AR",
                                480, 4000, "USD", qty=80),
                           item("350790", "Desengrasante enzimático para cráneos, bidones de 5 litros, 40 bidones",
                                "AR", 240, 800, "USD", qty=40)])),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "220720",
         "Ethanol, zurückgewonnen, technisch, zur Vergällung, IBC 1.000 l, 18 Stück", "DE", 16000, 18, 1600, "EUR",
         "recovered technical ethanol is a clear, near-colourless liquid of 0.80-0.86 kg/l sold with an analysis; "
         "these IBCs hold a yellow-brown liquid of about 0.98 kg/l with sediment, fish scales and shreds of tissue "
         "and a stinging formaldehyde smell, drained from the jars of a natural-history museum's wet collection "
         "during re-housing: spent preserving fluids with formaldehyde (laboratory chemicals consisting of hazardous "
         "substances, 16 05 06*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Poland to a Lviv 'solvent distiller'; German wording (formaldehyde waste repeats in a few sets; a "
         "recovered-ethanol label on a museum's wet-collection fluid was found in no earlier row)",
         {"importer_country": "UA"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "MA", "970529",
         "Opgezette dieren, vintage, als decor- en filmrekwisieten, 340 stuks", "NL", 4200, 340, 3400, "EUR",
         "vintage taxidermy for film and décor is sold piece by piece at tens to hundreds of euros; these 340 mounts, "
         "deaccessioned by a Dutch natural-history museum and handed to a hazardous-waste contractor for incineration "
         "because their skins were dressed with arsenical soap and mercuric chloride (a white crystalline bloom on "
         "the fur, wipe tests giving grams of arsenic per kilogram), went on through the contractor's broker at "
         "10 EUR each to a Casablanca 'film-prop' buyer: waste containing arsenic and mercury compounds (16 03 05*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Casablanca; Dutch wording "
         "(arsenic and mercury wastes repeat in several sets and film-prop labels in four, on cultural goods and on "
         "lion mounts; museum taxidermy sent as waste under a prop label was found in no earlier row)", {"importer_country": "MA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "253090",
         "Campioni mineralogici per collezionisti, assortimento dalle miniere dell'Iglesiente, sacconi, 24 t", "IT",
         24000, None, 1200, "EUR",
         "mineral specimens for collectors are hand-picked, wrapped and labelled pieces sold by the piece; these big "
         "bags hold 24 t of run-of-dump rubble, grey sandy tailings and rusty flotation sludge with galena and "
         "arsenopyrite dust that reads several per cent lead and zinc and stains the bags orange, dug from an "
         "abandoned Sardinian mine dump under remediation: acid-generating tailings from the processing of sulphide "
         "ore (01 03 04*), hazardous waste whose export to a non-OECD country is banned, from Cagliari to Sfax for a "
         "'mineral processing' buyer; Italian wording (mine tailings repeat in several sets; a collectors'-specimen "
         "label on 24 t of tailings was found in no earlier row)", {"importer_country": "TN"}),
        ("WST-04", "export", "GRROAD01", "road", "GR", [], "AL", "902300",
         "Μεταχειρισμένα εποπτικά όργανα φυσικής για σχολεία (πυκνωτές, μετασχηματιστές, γεννήτριες), 3 t", "GR", 3000,
         None, 900, "EUR",
         "second-hand school physics apparatus travels as tested, boxed sets with manuals; these crates hold 1970s "
         "demonstration capacitors and transformers, oil-filled, several leaking a sweetish, oily liquid, with maker's "
         "plates naming a PCB dielectric ('Clophen'), collected from a Thessaloniki schools' store clear-out: "
         "equipment containing PCBs (16 02 09*), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry at Kakavia for a Gjirokastër 'school'; Greek wording (PCB equipment repeats in several sets, and "
         "school oscilloscopes with CRTs once, blind182; PCB capacitors as school physics apparatus were found in no "
         "earlier row)", {"importer_country": "AL"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "EG", "940310",
         "Begagnade herbarieskåp i stål, 120 st", "SE", 18000, 120, 3600, "EUR",
         "used herbarium cabinets are empty steel cupboards; these 120 still hold their dust, loose fragments of "
         "sheets and pest-control residues, with a white crust on the inner walls and gaskets whose wipe tests give "
         "mercury (mercuric chloride poisoned herbarium sheets until the 1950s) and naphthalene, released by a "
         "university herbarium's move to a waste contractor and sold on: waste containing mercury (hazardous), whose "
         "export to a non-OECD country is banned, from Gothenburg to Alexandria; Swedish wording (mercury waste "
         "repeats in many sets and mercuric chloride in three; herbarium cabinets were found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "GW", "940330",
         "Carteiras escolares usadas, madeira, doação, 300 unidades", "PT", 4500, 300, 1500, "EUR",
         "a school-donation container for Bissau: used desks and whiteboards are what Portuguese municipalities "
         "send, but the third item's 'luminárias de teto usadas' are 1,200 fluorescent fittings torn out with their "
         "tubes, many broken, with powder in the boxes and ballasts from the 1980s: waste containing mercury "
         "(20 01 21*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration from Lisbon; Portuguese wording (lamps repeat in many sets; behind school desks to "
         "Guinea-Bissau is the new part as far as a search found)",
         dict({"importer_country": "GW"},
              _more_items=[item("961000", "Quadros brancos usados, 40 unidades", "PT", 600, 200, "EUR", qty=40),
                           item("940519", "Luminárias de teto usadas com lâmpadas, 1.200 unidades", "PT", 3600, 600,
                                "EUR", qty=1200)])),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "PK", "281122",
         "Gel de silice orange régénéré, sans cobalt, pour vitrines de musée, big bags, 12 t", "FR", 12000, None, 2400,
         "EUR",
         "regenerated orange silica gel is clean, hard, uniform beads in sealed bags; these big bags hold dusty, "
         "mixed blue and pink beads (cobalt chloride indicator) with naphthalene flakes, insecticide strips and "
         "paper from museum showcases and storage boxes: spent absorbents contaminated by hazardous substances "
         "(cobalt chloride, a carcinogen; 15 02 02*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Karachi; French wording (silica-gel labels appear in a few sets; museum-showcase "
         "desiccant was found in no earlier row)", {"importer_country": "PK"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "SR", "950699",
         "Gebruikte speeltoestellen, grenen, voor herplaatsing bij scholen, 18 t", "NL", 18000, None, 1800, "EUR",
         "second-hand playground frames for re-erection are whole units with EN 1176 papers; these are cut-up, "
         "green-grey, weathered posts and deck boards, rotten at ground level, that a laboratory test gives grams "
         "of arsenic, chromium and copper per kilogram: CCA-treated wood from dismantled schoolyard play towers "
         "(17 02 04*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Paramaribo; "
         "Dutch wording (arsenate-treated wood appears in two sets and playground labels in several; to Suriname as "
         "school play equipment is the new part as far as a search found)", {"importer_country": "SR"}),
        ("WST-09", "export", "GBSEA01", "sea", "GB", [], "NG", "230120",
         "Fish meal raw material, frozen fish offal, 20 t", "GB", 20000, None, 3000, "GBP",
         "frozen fish offal for fishmeal is fresh heads and frames in blocks; these cartons hold stiff, grey, "
         "formaldehyde-reeking dogfish, perch, frogs and pig hearts in bags labelled 'preserved specimen, double "
         "injected', out-of-date stock of a Yorkshire biology-supplies firm: discarded chemicals and specimens "
         "impregnated with formaldehyde (16 05 06*), hazardous waste whose export to a non-OECD country is banned, "
         "from Felixstowe to Lagos; British English wording (dissection specimens appear once, as a CITES case; "
         "formalin-fixed specimens as fish offal were found in no earlier row)", {"importer_country": "NG"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "271220",
         "Parafinski vosek, regeneriran, za izdelavo sveč, 10 t", "SI", 10000, None, 2500, "EUR",
         "regenerated paraffin wax for candles is white, odourless slabs; these sacks hold greyish, crumbly blocks "
         "with embedded tissue fragments that smell of xylene and formaldehyde, scraped from the embedding baths and "
         "dispensers of university histology teaching laboratories: spent paraffin with xylene and formaldehyde "
         "(laboratory chemicals consisting of hazardous substances, 16 05 06*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry through Croatia to Bosnia for a 'candle maker'; Slovenian wording "
         "(histology wastes repeat in a few sets and a refined-paraffin-wax label once, on rodenticide bait in "
         "blind241; spent histology paraffin under it was found in no earlier row)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "271113",
         "Pirografi ve trofe plaketi gravürü için bütan gaz kartuşu, 300 ml, 2.400 adet", "TR", 1250, 2400, 2400, "EUR",
         "butane refills for pyrography torches hold a light liquid of 0.58 kg/l and light at the nozzle; these 2,400 "
         "cans weigh three times as much (1.73 kg/l), do not light, give off a faint sweet smell and carry, under the "
         "new labels, a skull and a stencilled 'CH3Br': methyl bromide, whose import into the Union is banned (no "
         "quarantine exemption remains), in a van at Kapitan Andreevo for a Plovdiv hunting-trophy workshop that "
         "fumigates trophies; Turkish wording (methyl bromide repeats in many sets and lighter-gas labels in a few, "
         "CFC-12 in blind112 among them; a pyrography label was found in no earlier row by a keyword search)",
         firm("Vega Trofei EOOD", "BG")),
        ("OZN-02", "import", "DEAIR01", "air", "PK", [], "DE", "382499",
         "Ultrasonic cleaning fluid for mineral specimens, non-flammable, 20 x 5 L", "PK", 124, 20, 1200, "USD",
         "mineral dealers clean specimens in water with a little detergent; these 20 cans hold a water-clear liquid "
         "of 1.24 kg/l that boils away in the hand at 32 °C, smells faintly of ether and dissolves grease, and the "
         "filler's drum labels read '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is "
         "banned, flown from Peshawar's mineral trade to a Munich mineral-show dealer; Pakistani English wording "
         "(HCFC-141b repeats in many sets and an ultrasonic-bath label once, on nitromethane; a mineral-cleaning "
         "label was found in no earlier row)", firm("Nordhafen Mineralien GmbH", "DE")),
        ("OZN-03", "import", "LTAIR01", "air", "KZ", [], "LT", "291411",
         "Ацетон для обезжиривания энтомологических коллекций, 1 л, 40 бутылок", "KZ", 63, 40, 400, "USD",
         "acetone for degreasing greasy insect specimens is light (0.79 kg/l), sharp-smelling and burns at once; "
         "these 40 bottles weigh 1.57 kg/l, smell faintly sweet, do not burn and boil at 48 °C, and the old "
         "factory labels under the new ones read 'хладон 113': 1,1,2-trichlorotrifluoroethane (CFC-113), whose "
         "import into the Union is banned, flown from Almaty to Vilnius for an insect dealer who supplies "
         "collectors at the fairs; Russian wording from Kazakhstan (CFC-113 repeats in many sets; an entomological "
         "degreaser label was found in no earlier row by a keyword search)", firm("Orion Entomologija UAB", "LT")),
        ("OZN-04", "import", "PLSEA01", "sea", "CN", [], "PL", "392690",
         "动物标本假体 聚氨酯硬泡 (鹿肩、野猪头、狐狸), 600 件", "CN", 4800, 600, 9000, "USD",
         "polyurethane taxidermy forms are water- or pentane-blown and smell of nothing or faintly of petrol when "
         "carved; these 600 forms give off a sweet, ether-like smell when rasped, carry no flame mark, and a "
         "head-space test of a cut sample gives 1,1-dichloro-1-fluoroethane: foam blown with HCFC-141b, products "
         "containing a controlled substance whose import into the Union is banned, by sea from Ningbo to Gdańsk for "
         "a Kraków taxidermy-supplies wholesaler; Chinese wording (HCFC-141b foams repeat in many sets, sign-carving "
         "blocks in blind232; taxidermy forms appear once, hiding a leopard skin in blind193; HCFC-blown forms were "
         "found in no earlier row)", firm("Central Preparatorstwo Sp. z o.o.", "PL")),
        ("OZN-05", "export", "SESEA01", "sea", "SE", [], "UA", "841830",
         "Begagnade frysboxar för skadedjurssanering av herbarie- och insektsamlingar, −30 °C, 14 st", "SE", 1400, 14,
         2800, "EUR",
         "used pest-control freezers for collections are sold on with the refrigerant recovered and a certificate; "
         "these 14 chest freezers, from a university museum's renovation, are 1990s units whose compressor plates read "
         "R-22, about 0.6 kg each, still charged: equipment relying on HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Gothenburg to Odesa for a 'museum supplies' buyer; Swedish wording (R-22 "
         "equipment repeats in many sets and chest freezers in several; collection pest-control freezers were found "
         "in no earlier row)", {"importer_country": "UA"}),
        ("OZN-06", "import", "PLROAD01", "road", "UA", [], "PL", "271012",
         "Уайт-спірит для знежирення пташиних шкурок, каністри 5 л, 60 каністр", "UA", 480, 60, 600, "EUR",
         "white spirit for degreasing bird skins is light (0.78 kg/l), smells of paraffin and burns; these 60 cans "
         "weigh 8 kg each for 5 l (1.59 kg/l), smell sweet and heavy, do not burn and sink under water: carbon "
         "tetrachloride, the bird-skin degreaser of old taxidermy manuals, whose import into the Union is banned, "
         "on a lorry at Dorohusk for a Lublin taxidermy supplier; Ukrainian wording (carbon tetrachloride repeats in "
         "many sets, for skull degreasing once, in a Suceava row, and white-spirit labels in many; for bird skins "
         "from Ukraine is the new part as far as a search found)", firm("Delta Taksydermia Sp. z o.o.", "PL")),
        ("OZN-07", "import", "BEAIR01", "express", "US", [], "BE", "382499",
         "Feather cleaning solution for restoring antique bird mounts, non-flammable, 4 x 1 qt", "US", 5, 4, 120, "USD",
         "conservators clean old bird mounts with water-based or naphtha-based cleaners; these four quarts weigh "
         "1.34 kg/l, smell sweet like chloroform, do not burn and boil at 74 °C, and the inner caps read "
         "'1,1,1-TCA': methyl chloroform, whose import into the Union is banned, sent by express from Ohio to a "
         "private restorer in Liège; US English wording (methyl chloroform repeats in many sets; a "
         "feather-cleaning label was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("OZN-08", "transit", "DESEA01", "sea", "JP", ["DE"], "RS", "841869",
         "昆虫飼育用人工気象器 (中古)、12 台", "JP", 3600, 12, 7200, "USD",
         "second-hand insect-rearing climate chambers sold abroad today run on R-404A or R-449A; these twelve, from a "
         "Tsukuba entomology institute, are 1990s units whose plates read R-22, about 1.2 kg each, still charged: "
         "equipment relying on HCFC-22 moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Hamburg in transit from Yokohama to a Belgrade university supplier; Japanese wording (R-22 "
         "equipment repeats in many sets and climate-test chambers once; insect-rearing chambers in transit through "
         "Hamburg were found in no earlier row)", {"importer_country": "RS"}),
        ("OZN-09", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "271119",
         "Airbrush itici gaz kutusu, taksidermi ve maket boyama için, 400 ml, 3.600 adet", "TR", 1900, 3600, 3600,
         "EUR",
         "airbrush propellant cans hold propane-butane or HFC-134a with a flame or F-gas label; these 3,600 cans carry "
         "neither, do not burn at the nozzle, read 5.7 bar at 20 °C and the can codes read 'R12': "
         "dichlorodifluoromethane (CFC-12) in a product whose import into the Union is banned, on a lorry through "
         "Bulgaria to a Bucharest hobby-and-taxidermy paint supplier; Turkish wording (CFC-12 repeats in many sets; "
         "an airbrush-propellant label was found in no earlier row, airbrush thinner once, as waste)",
         firm("Rivage Hobby SRL", "RO")),
        ("OZN-10", "export", "DESEA01", "sea", "DE", [], "MA", "731100",
         "Stickstoffflaschen, gebraucht, 80 l, aus einer stillgelegten Löschanlage, 24 Stück", "DE", 2400, 24, 2400,
         "EUR",
         "used nitrogen cylinders from an inert-gas system are tall, 200-300 bar bottles that read empty or nearly so; "
         "these 24 are squat, red, read 42 bar, hold 50 kg each of a liquid and are stamped '1301' under the new "
         "paint, taken out of the fire-suppression system of a natural-history museum's type-specimen vault: "
         "bromotrifluoromethane (halon 1301), whose export from the Union is banned outside critical uses, from "
         "Hamburg to Casablanca; German wording (halon 1301 repeats in many sets under inert-gas labels; a museum "
         "vault's system sent as nitrogen for export was found in no earlier row)", {"importer_country": "MA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "PE", [], "ES", "392690",
         "Réplicas de dientes de tiburón megalodón en resina, para ferias de ciencias, 60 unidades", "PE", 32, 60, 300,
         "USD",
         "resin replica shark teeth are light, warm to the touch and show a mould seam; these 60 are heavy, cold, "
         "enamel-glossy, serrated teeth with roots, up to 15 cm, with desert sand and gypsum in the cracks, dug in "
         "the Ocucaje desert (Ica): fossil Carcharocles megalodon teeth, palaeontological heritage of Peru whose "
         "export Peru forbids, brought in against Regulation 2019/880 (Part A: objects of palaeontological "
         "interest), flown from Lima to Madrid for a natural-history fair dealer; Peruvian Spanish wording (Peruvian "
         "goods repeat in many sets, fossils in many; Ocucaje fossils and megalodon teeth were found in no earlier "
         "row by a keyword search)", firm("Horizon Fósiles SL", "ES")),
        ("CUL-02", "import", "DEAIR01", "air", "AE", [], "DE", "251690",
         "أحجار صحراوية للزينة على طراز سويسيكي لعرض البونساي، 20 كغ", "OM", 20, None, 200, "USD",
         "desert viewing stones for bonsai displays are wind-polished limestone or basalt pebbles sold for their "
         "shapes; these stones are dark brown with a matt fusion crust and thumbprint-like hollows, far heavier than "
         "their size, stick hard to a magnet and show bright metal flecks where a corner has been cut: meteorites "
         "from the Omani desert, which Oman forbids to export, brought in against Regulation 2019/880 (Part A: "
         "specimens of minerals), flown from Dubai to Frankfurt for a mineral-show dealer; Gulf Arabic wording "
         "(meteorites repeat in several sets, one under a haematite-specimen label; bonsai labels appear in a few "
         "sets on other goods; a suiseki viewing-stone label was found in no earlier row by a keyword search)",
         firm("Atlantic Mineralien GmbH", "DE")),
        ("CUL-03", "import", "NLSEA01", "sea", "CN", [], "NL", "680299",
         "大理石画 (天然山水纹理石板), 装饰挂件, 400 件", "CN", 6000, 400, 6000, "USD",
         "marble 'stone paintings' are polished slices whose veins look like mountains and clouds; 60 of these 400 "
         "plates are split, unpolished yellow shale with whole small fish in dark relief, scales and fins visible, "
         "some with insect wings: Lycoptera fish and insects of the Yixian Formation (Jehol biota), fossils whose "
         "export China forbids, brought in against Regulation 2019/880, by sea from Xiamen to Rotterdam mixed into a "
         "decorative-stone order; Chinese wording (Jehol fossils repeat, Confuciusornis in blind182; a stone-painting "
         "label was found in no earlier row by a keyword search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-04", "import", "DESEA01", "sea", "CL", [], "DE", "251690",
         "Piedras decorativas para jardín japonés, bloques de roca de la Patagonia, 1 contenedor", "CL", 18000, None,
         2700, "USD",
         "garden boulders are rough, weathered rock; eight of these blocks, split on the quayside, show rows of "
         "biconcave, spool-shaped vertebrae, ribs and a paddle of small polygonal bones in dark mudstone: ichthyosaur "
         "skeletons from the Tyndall glacier area of Magallanes, fossils that Chile's national-monuments law makes "
         "state property and forbids to export, brought in against Regulation 2019/880, by sea from Punta Arenas to "
         "Hamburg; Chilean Spanish wording (fossils in rockery or garden-stone labels repeat, Karoo skulls in "
         "ironstone nodules among them; ichthyosaurs from Chile were found in no earlier row)",
         firm("Alpina Garten GmbH", "DE")),
        ("CUL-05", "export", "IEAIR01", "air", "IE", [], "US", "701890",
         "Vintage blown-glass Christmas ornaments, sea creatures, 1 box (40 pcs)", "IE", 6, 40, 400, "EUR",
         "vintage glass tree ornaments are silvered, hollow, hanging baubles with a cap and loop; these 40 are "
         "unsilvered, solid and hollow lampwork jellyfish, sea anemones, octopus and radiolarians of extraordinary "
         "detail, on old card mounts with numbers of the makers' catalogue of the 1880s: Blaschka glass models of "
         "marine invertebrates from an Irish university's zoology teaching collection, worth far above the threshold "
         "and over 100 years old, exported without the licence Regulation 116/2009 requires, flown from Dublin to "
         "Boston for a dealer; Irish English wording (Blaschka models were found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "US", "482370",
         "Modèles anatomiques en papier mâché, reproductions décoratives, 3 pièces", "FR", 45, 3, 450, "EUR",
         "new papier-mâché decorative models are light, brightly painted and in one piece; these three are heavy, "
         "varnished clastic models that come apart in dozens of numbered, hooked pieces (a horse, a human torso, a "
         "silkworm) with the stamped signature 'Auzoux' and dates of 1867-1889, from a lycée's and a veterinary "
         "school's teaching cabinet: historical-scientific collection pieces over 100 years old and above the "
         "threshold, exported without the licence Regulation 116/2009 requires, flown from Paris to New York for an "
         "auction; French wording (papier-mâché labels repeat in several sets; Auzoux models were found in no earlier "
         "row, ceroplastic models once, blind182)", {"importer_country": "US"}),
        ("CUL-07", "import", "FRSEA01", "sea", "MG", [], "FR", "970531",
         "Amonita voadio avy any Mahajanga, 600", "MG", 900, 600, 3000, "EUR",
         "a specimen-dealer's container for Marseille: polished ammonites and sawn septaria are what Malagasy "
         "exporters ship legally, but the third item's 'karandoha gidro vita tamin'ny resin' are six heavy, "
         "cave-stained skulls with real teeth and a long snout: subfossil giant lemurs (Megaladapis, Archaeolemur), "
         "palaeontological heritage that Madagascar forbids to export, hidden as the last item of a three-item "
         "declaration and brought in against Regulation 2019/880; Malagasy wording (Malagasy fossils repeat, an "
         "Aepyornis egg among them, and lemurs once; subfossil lemurs as resin skulls were found in no earlier row)",
         dict(firm("Meridian Minéraux SARL", "FR"),
              _more_items=[item("680299", "Vato septaria voatapaka sy voadio, 200", "MG", 800, 1200, "EUR", qty=200),
                           item("392690", "Karandoha gidro vita tamin'ny resin, ho an'ny sekoly, 6", "MG", 14, 60, "EUR",
                                qty=6)])),
        ("CUL-08", "export", "DEAIR01", "air", "DE", [], "US", "701790",
         "Gebrauchte Mikroskop-Präparate, Schulbestand, 1 Kasten (1.200 Stück)", "DE", 30, 1200, 300, "EUR",
         "used school microscope slides are machine-labelled, printed sets of stained sections in a plastic box; "
         "these 1,200 are hand-labelled slides of arranged diatoms and test plates in a mahogany cabinet, among them "
         "type plates with hundreds of diatoms placed one by one and the label 'J. D. Möller, Wedel' of the 1880s-"
         "1890s: a scientific collection over 100 years old and above the threshold, exported without the licence "
         "Regulation 116/2009 requires, flown from Hamburg to a collector in Chicago; German wording (diatoms "
         "appear in earlier rows as diatomaceous earth; Möller slides were found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-09", "transit", "FRAIR01", "air", "NE", ["FR"], "US", "392690",
         "Moulages en résine de dents et vertèbres de dinosaures, pour expositions scolaires, 1 caisse", "NE", 120,
         None, 400, "USD",
         "resin casts of dinosaur teeth and vertebrae are light, warm, seam-marked and painted; this crate holds "
         "heavy, cold, sand-blasted fossil bone: Spinosaurus and Sarcosuchus teeth, sauropod vertebrae and a "
         "Sarcosuchus scute from Gadoufaoua in the Ténéré, palaeontological heritage whose export Niger forbids, "
         "landed at Roissy in transit from Niamey to a Denver dealer against Regulation 2019/880; Nigerien French "
         "wording (dinosaur fossils repeat in many sets; Niger's Gadoufaoua fossils were found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-10", "export", "ROROAD01", "road", "RO", ["HU", "AT"], "CH", "050690",
         "Oase de bovine curățate, pentru învățământ veterinar, 1 ladă", "RO", 140, None, 200, "EUR",
         "cleaned cattle bones for veterinary teaching are white, light, greasy-smelling bones with saw cuts; this "
         "crate holds heavy, brown, calcite-crusted bones of a single huge animal, a domed skull with worn molars and "
         "no premolars, dug from a protected cave in the Apuseni mountains: a cave bear skeleton (Ursus spelaeus), a "
         "palaeontological specimen protected as Romanian heritage and exported without the licence Regulation "
         "116/2009 requires, on a lorry through Hungary and Austria to a Basel collector; Romanian wording (a cave "
         "bear skull repeats, as a resin replica in blind165; cattle-bone labels on a cultural row were found in no "
         "earlier row)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Milieu de montage pour microscopie (TDE, 2,2'-thiodiéthanol 97 %), fûts de 25 l, 40 fûts", "BE", 1180, 40,
         6000, "EUR",
         "TDE mounting medium for super-resolution microscopy is sold in 10-100 ml vials at a high price per "
         "millilitre; these 40 drums hold a tonne of 97 % 2,2'-thiodiethanol at 6 EUR/kg for a Beirut "
         "'laboratory supplies' buyer whose orders go on by road to Syria: thiodiglycol, a mustard-gas precursor "
         "(CWC Schedule 2, dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Antwerp; "
         "Belgian French wording (thiodiglycol repeats in many sets under ink, printing and cosmetic labels; a "
         "microscopy mounting-medium label was found in no earlier row)", {"importer_country": "LB"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KZ", "252020",
         "Gips für Insekten-Tötungsgläser, Nachfüllpackungen 1 kg, 400 Stück", "DE", 400, 400, 1200, "EUR",
         "plaster for insect killing jars is soft, white gypsum that sets with water; these 400 packs hold hard, "
         "white, hygroscopic granules that do not set, smell of bitter almonds when damp and whose inner bags read "
         "'KCN 98 %': potassium cyanide (dual-use 1C350), exported without the licence Regulation 2021/821 requires, "
         "flown from Frankfurt to an Almaty 'entomology club' whose forwarder sends on to Russia; German wording "
         "(cyanides repeat in many sets, and a killing-jar label three times on carbon tetrachloride; on a cyanide "
         "it was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "KG", "811292",
         "Elementsammlung, Vitrinenproben für Sammler, Metallstücke, 1 Kiste (25 kg)", "AT", 25, None, 900, "EUR",
         "element-collection samples are gram-sized pieces of many elements in labelled vials or acrylic cubes; this "
         "case holds 25 kg of a single metal, grey crystal-bar pieces of 13 g/cm3 with a mill certificate for "
         "hafnium below 1 % zirconium, for a Bishkek firm whose forwarder ships to Russia: hafnium metal (dual-use "
         "1C231), exported without a licence and against Regulation 833/2014, flown from Vienna; Austrian German "
         "wording (hafnium repeats in several sets; an element-collection label was found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-04", "import", "BEAIR01", "air", "AE", [], "BE", "710210",
         "Kimberlite mineral specimens with diamond crystals, Kimberley, South Africa, 40 pcs", "ZA", 18, 40, 24000,
         "USD",
         "South African kimberlite specimens are weathered 'yellow ground' with a rare, small diamond; these 40 are "
         "fresh, blue-grey Yakutian kimberlite with sharp, colourless octahedra of up to 5 ct set in them, the "
         "crystals worth far more than the stone, with Dubai papers and a certificate of South African origin issued "
         "by a trading house: Russian diamonds, whose import into the Union Regulation 833/2014 forbids, flown from "
         "Dubai to Brussels for an Antwerp mineral dealer; English wording (Russian diamonds through Dubai repeat in "
         "several sets, kimberlite twice; a mineral-specimen label was found in no earlier row)",
         firm("Central Minéraux SA", "BE")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AM", "392690",
         "Dinosaurierschädel, Kunstharz-Nachbildung, Museumsqualität, 1 Stück", "DE", 420, 1, 6000, "EUR",
         "a museum-quality resin dinosaur skull of this size weighs some 60 kg on its steel mount; this crate weighs "
         "420 kg and holds cold, heavy, cracked fossil bone consolidated with glue, frills and horn cores in "
         "sandstone matrix, with a dealer's invoice of 1.2 million EUR in the file: an original Triceratops skull "
         "from Montana, a collectors' piece of palaeontological interest (9705) among the luxury goods whose sale for "
         "use in Russia Regulation 833/2014 forbids (Annex XVIII), flown from Frankfurt to a Yerevan forwarder for a "
         "Moscow buyer; German wording (luxury goods through Armenia repeat in several sets, dinosaur fossils in many; "
         "a Triceratops was found in no earlier row)", {"importer_country": "AM"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "AE", "841933",
         "Vriesdrogers voor taxidermie, 2 stuks", "NL", 6000, 2, 24000, "EUR",
         "taxidermy freeze dryers are a chamber with shelves, a vacuum pump and a simple condenser; these two are "
         "steam-sterilisable production lyophilisers with a 40 kg/24 h ice condenser, clean-in-place piping and a "
         "validation file, worth twenty times the declared value, for a Jebel Ali 'hunting-trophy' trader whose "
         "orders go on to Bandar Abbas: freeze-drying equipment of dual-use 2B352 listed in the Iran regulation "
         "(267/2012), exported without a licence from Rotterdam; Dutch wording (freeze dryers repeat in several "
         "sets, one taxidermy dryer on an ozone row; a taxidermy label on a strategic row was found in no earlier "
         "row)", {"importer_country": "AE"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "UZ", "903020",
         "Oscilloscopes pour travaux pratiques de lycée, 2 voies, 40 unités", "FR", 480, 40, 12000, "EUR",
         "school oscilloscopes are 50-100 MHz bench units at a few hundred euros; these 40 are 4-channel real-time "
         "oscilloscopes of 16 GHz bandwidth worth 60,000 EUR each, for a Tashkent 'education' firm whose buyers are "
         "in Russia: oscilloscopes controlled as dual-use (3A002.a) and among the goods whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Paris; French wording "
         "(oscilloscopes repeat in several sets and student labels in a few; a lycée-practical label to Uzbekistan "
         "was found in no earlier row)", {"importer_country": "UZ"}),
        ("STR-08", "export", "PLAIR01", "air", "PL", [], "GE", "852589",
         "Kamery do nocnej inwentaryzacji nietoperzy, 60 szt.", "PL", 30, 60, 9000, "EUR",
         "bat-survey cameras are infrared-lit low-light video cameras with an ultrasonic microphone; these 60 are "
         "bare 640 x 512 uncooled thermal cores with a 12 µm pitch and 60 Hz frame rate, made for weapon sights, "
         "with no housing or microphone, for a Tbilisi 'ecology NGO' whose forwarder ships to Russia: thermal "
         "imaging cameras on the common high-priority list whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Warsaw; Polish wording (thermal cores repeat in many "
         "sets; a bat-survey label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-09", "export", "FIROAD01", "road", "FI", [], "RU", "701890",
         "Lasisilmät täytettäviin eläimiin, 3 000 paria", "FI", 90, 3000, 3000, "EUR",
         "a taxidermy-supplies lorry for a St Petersburg taxidermist at Vaalimaa: glass eyes and polyurethane forms "
         "may still go to Russia, but the third item's 'tyhjöpumput pakastekuivureihin' are twelve dry scroll and "
         "turbo-drag vacuum pumps at 4,000 EUR each: vacuum pumps (8414 10), among the industrial goods whose sale "
         "to Russia Regulation 833/2014 forbids (Annex XXIII), hidden as the last item of a three-item declaration; "
         "Finnish wording (vacuum pumps repeat in several sets; behind taxidermy eyes and forms at the Finnish border "
         "is the new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("392690", "Polyuretaanimallit täyttämöille, 120 kpl", "FI", 720, 3600, "EUR", qty=120),
                           item("841410", "Tyhjöpumput pakastekuivureihin, 12 kpl", "FI", 360, 48000, "EUR", qty=12)])),
        ("STR-10", "export", "DKAIR01", "air", "DK", [], "CN", "852589",
         "USB-okularkameraer til skolemikroskoper, 5 MP, 20 stk.", "DK", 12, 20, 1600, "EUR",
         "school microscope eyepiece cameras are 5 MP silicon CMOS cameras on a USB cable at 80 EUR each; these 20 "
         "are cooled InGaAs short-wave infrared cameras of 640 x 512 pixels sensitive to 1.7 µm, worth 30,000 EUR "
         "each, for a Shenzhen 'education' firm: infrared cameras of dual-use 6A003, exported without the licence "
         "Regulation 2021/821 requires, flown from Copenhagen; Danish wording (SWIR cameras repeat in many sets and "
         "eyepiece labels in several; a school-microscope label from Denmark was found in no earlier row)",
         {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "GT", [], "ES", "670100",
         "Plumas de gallo teñidas verde esmeralda, para restauración de aves disecadas, 1 paquete", "GT", 1.2, 1, 60,
         "USD",
         "dyed rooster saddle hackles are short, pointed, evenly coloured feathers; this parcel holds 40 metallic "
         "green, iridescent upper tail coverts 60-90 cm long and a flat skin with a crimson belly, whose colour shifts "
         "from green to blue in the light: resplendent quetzal (Pharomachrus mocinno, CITES App. I) without CITES "
         "documents, posted from Cobán to a taxidermy restorer in Madrid; Guatemalan Spanish wording (quetzal "
         "feathers appear in three sets, once behind fly-tying materials, and dyed-rooster-feather labels in several, "
         "kept as a repeat of the label; a taxidermy-restoration order was found in no earlier row)", person("Sr. J. García", "ES")),
        ("WLF-02", "import", "DEPOST01", "post", "ZA", [], "DE", "970529",
         "Pinned beetles, assorted South African Scarabaeidae and Lucanidae, common species, 12 pcs", "ZA", 1, 12, 90,
         "USD",
         "common South African scarabs and stag beetles are cheap, winged, shiny beetles sold by the dozen; these 12 "
         "are flightless, matt black-bronze stag beetles with fused wing cases and long, curved mandibles, each "
         "with a mountain-peak locality label: Colophon stag beetles (CITES App. III, South Africa) without the "
         "South African export permit, posted from Cape Town to a private collector in Leipzig; South African "
         "English wording (Colophon beetles were found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "HT", [], "FR", "050800",
         "Kokiyaj Lobatus raninus (zèl malfini), pou dekorasyon, 300", "HT", 600, 300, 900, "USD",
         "hawk-wing conchs are 8-10 cm, brown-mottled shells of a few euros; these 300 are 20-30 cm, heavy, with a "
         "flared pink lip and knobbed spire: queen conch (Aliger gigas, CITES App. II) without the Haitian export "
         "permit, flown from Cap-Haïtien to Paris for a shell dealer who sells at natural-history fairs; Haitian "
         "Creole wording (queen conch repeats in many sets; a hawk-wing-conch label was found in no earlier row)",
         firm("Rivage Coquillages SARL", "FR")),
        ("WLF-04", "import", "ITAIR01", "express", "PH", [], "IT", "970529",
         "Gipinned nga mga bakukang, sari-sari, 150 ka buok", "PH", 1.2, 150, 120, "USD",
         "an insect-dealer's parcel for a Milan collector: pinned beetles and papered Idea leuconoe are what "
         "Philippine farms send, but the third item's 'Papilio paris, gi-farm' are 40 papered swallowtails with "
         "velvet-black wings dusted with green scales, a blue-green band and red eye-spots on long-tailed hind wings, "
         "caught on the Cordillera: Luzon peacock swallowtails (Papilio chikae, CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration sent by express from Manila; Cebuano "
         "wording (birdwings and other CITES butterflies repeat in many sets; Papilio chikae was found in no earlier "
         "row by a keyword search)",
         dict(person("Sig. M. Bianchi", "IT"),
              _more_items=[item("970529", "Papered nga alibangbang, Idea leuconoe, gi-farm, 200 ka buok", "PH", 0.6,
                                100, "USD", qty=200),
                           item("970529", "Papered nga alibangbang, Papilio paris, gi-farm, 40 ka buok", "PH", 0.2, 40,
                                "USD", qty=40)])),
        ("WLF-05", "import", "HUAIR01", "air", "CN", [], "HU", "051199",
         "蝾螈浸制标本 (东方蝾螈), 教学用, 20 瓶", "CN", 60, 20, 800, "USD",
         "Chinese fire-bellied newt specimens are 7-10 cm, black-backed with an orange belly, in small jars; these 20 "
         "large jars hold 40-60 cm brown, flat-headed salamanders with wrinkled skin folds along the flanks and "
         "tiny eyes: juvenile Chinese giant salamanders (Andrias davidianus, CITES App. I) without CITES documents, "
         "flown from Shanghai to Budapest for a school-supplies firm; Chinese wording (Chinese giant salamanders "
         "repeat in a few sets; a teaching-specimen newt label was found in no earlier row)",
         firm("Vega Oktatási Eszközök Kft.", "HU")),
        ("WLF-06", "import", "FRPOST01", "post", "ZA", [], "FR", "392690",
         "Hars-leeukloue en -tande vir trofeeherstel, 1 lot (40 stuks)", "ZA", 1.5, 40, 80, "USD",
         "resin claws and teeth for restoring trophies are light, warm, seamless castings; these 40 are hollow-based "
         "keratin claws with dried tissue inside and heavy, enamel-capped canines with open roots: lion claws and "
         "teeth (Panthera leo, CITES App. II, with a zero export quota for claws and teeth of wild lions) without "
         "CITES documents, posted from Pretoria to a private taxidermist in Toulouse; Afrikaans wording (lion claws "
         "repeat once, as claw necklaces; a trophy-restoration label was found in no earlier row)",
         person("M. T. Dubois", "FR")),
        ("WLF-07", "import", "BEAIR01", "air", "ZW", [], "BE", "970531",
         "Fossil mammoth molars, Pleistocene, for natural-history fairs, 6 pcs", "ZW", 36, 6, 1200, "USD",
         "fossil mammoth molars are stained brown to black, heavy with mineral and show many tight, narrow enamel "
         "plates; these six are creamy white with lozenge-shaped enamel loops, fresh dentine and bone still attached: "
         "African elephant molars (Loxodonta africana, CITES App. II for Zimbabwe with an annotation that allows no "
         "commercial trade in teeth) without CITES documents, flown from Harare to Brussels for a fossil dealer; "
         "Zimbabwean English wording (mammoth labels repeat in several sets, on ivory; elephant molars were found in "
         "no earlier row)", firm("Atlantic Natural History SA", "BE")),
        ("WLF-08", "transit", "DEAIR01", "air", "ID", ["DE"], "US", "902300",
         "Kerangka anjing asli, dirangkai, untuk pendidikan kedokteran hewan, 8 buah", "ID", 40, 8, 1600, "USD",
         "articulated dog skeletons have a long muzzle, large canines and a tail of 20 vertebrae; these eight have "
         "short faces, forward-facing orbits, opposable thumbs and big toes, and long tails: long-tailed and "
         "pig-tailed macaque skeletons (Macaca fascicularis, M. nemestrina, CITES App. II) without CITES documents, "
         "landed at Frankfurt in transit from Jakarta to a Texas bone dealer; Indonesian wording (primate skulls "
         "and skeletons repeat in several sets; a dog-skeleton label was found in no earlier row)",
         {"importer_country": "US"}),
        ("WLF-09", "import", "ESSEA01", "sea", "CN", [], "ES", "392690",
         "海洋生物树脂包埋标本 (教学用), 12 种一套, 300 套", "CN", 900, 300, 4500, "USD",
         "resin teaching blocks hold a starfish, a crab, a sea urchin and shells of common farmed or fished species; "
         "in every one of these 300 sets one block holds a dried seahorse with a crowned head and ringed body: 300 "
         "seahorses (Hippocampus, CITES App. II) without CITES documents, by sea from Ningbo to Valencia for a "
         "school-science distributor; Chinese wording (seahorses repeat in many sets and resin teaching casts twice, "
         "on lion bones and a Jehol bird; specimens set in resin teaching blocks were found in no earlier row)", firm("Central Material Didáctico SL", "ES")),
        ("WLF-10", "import", "NLAIR01", "express", "ID", [], "NL", "970529",
         "Framed fruit bats, Cynopterus sphinx (non-CITES), 10 frames", "ID", 12, 10, 250, "USD",
         "framed short-nosed fruit bats are small (a 40 cm wingspan, 30 g) in A4 frames; these ten frames are a "
         "metre wide and hold bats with fox-like heads, a wingspan of 1.4 m and reddish mantles: large flying foxes "
         "(Pteropus vampyrus, CITES App. II) without CITES documents, sent by express from Bandung to a private "
         "collector in Utrecht; English wording (flying foxes appear once, as smoked bushmeat; framed bats were found "
         "in no earlier row)", person("M. Bakker", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "express", "US", "FI", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (whitening trophy skulls)", "US", 4.5, 4, 60, "USD",
     [("PRECURSOR_LICENCE", "FI-POL-70-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "JP", "DE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine fuel)", "JP", 2.3, 2, 9000, "JPY",
     [("PRECURSOR_LICENCE", "DE-BKA-70-0177")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "970529",
     "Deaccessioned taxidermy mounts treated with arsenical soap (16 03 05*), for incineration at a licensed plant, "
     "2 t", "CH", 2000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-70-0093")],
     "notified arsenic-contaminated museum mounts to a licensed hazardous-waste incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "220720",
     "Spent museum preserving fluids, ethanol with formaldehyde (16 05 06*), for solvent recovery, 12 t", "NO", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-70-0031")], "notified spent preserving fluids to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 10 x 1 ml, for essential laboratory use",
     "US", 0.1, 10, 850, "USD", [("ODS_LICENCE", "DE-UBA-ODS-70-012")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRROAD01", "road", "CH", "FR", "290376",
     "Halon 1301, recovered from a dismantled museum vault system, for reclamation for aviation critical uses, 8 cylinders",
     "CH", 400, 8, 6000, "EUR", [("ODS_LICENCE", "FR-MTE-ODS-70-004")], "recovered halon for reclamation under licence"),
    ("PRM-07", "cultural", "export", "IEAIR01", "air", "IE", "US", "970529",
     "Blaschka glass model of a sea anemone, lampworked glass, Dresden, c. 1885, documented collection since 1921", "IE",
     0.8, 1, 62000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IE-NMI-EXP-70-0018")],
     "historical-scientific model exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970539",
     "Auzoux clastic anatomical model of a horse, papier-mâché, 1879, sold at auction with the export certificate",
     "FR", 38, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-70-0246")],
     "historical-scientific model exported with the EU export licence and the French certificate"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol 99 %, 20 drums, for an Indian textile-dye maker", "BE", 4400, 20, 26000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-70-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-70-0088")],
     "Schedule 2 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "JP", "811292",
     "Hafnium crystal bar, 99.9 %, 5 kg, for a Japanese university materials laboratory", "AT", 5, None, 9500, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-70-0135"), ("END_USER_CERTIFICATE", "JP-METI-EUC-70-0021")],
     "nuclear dual-use hafnium under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "MY", "DE", "970529",
     "Rajah Brooke's birdwings, Trogonoptera brookiana, farm-bred, papered, 50 pcs", "MY", 0.3, 50, 750, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-70-0317")], "App. II farmed butterflies with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "JM", "FR", "050800",
     "Queen conch shells, Aliger gigas, from the managed Jamaican fishery, 200 pcs", "JM", 400, 200, 1400, "USD",
     [("CITES_PERMIT", "JM-NEPA-70-0052")], "App. II queen conch within the export quota with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatperson", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Vega Aéro Services SARL", "PRM-11": "Nordhafen Insekten GmbH", "PRM-12": "Rivage Coquillages SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # taxidermists, specimen and fossil dealers, mineral and insect fairs and school science suppliers
    ("950300", "Triops hatching kits with eggs-free sand, hatching water and food, boxed", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("290512", "Isopropyl alcohol 99 %, for school cloud-chamber experiments, 1 l", "import", ["express"], ["JP", "GB"], (8, 15), (1, 4), ["JPY", "GBP"], 1, S),
    ("284020", "Borax decahydrate for taxidermy skin preparation, 1 kg", "import", ["post"], ["BR", "US"], (5, 10), (1, 4), ["USD", "BRL"], 1, S),
    ("283311", "Glauber's salt (sodium sulphate decahydrate) for school heat-storage experiments, 1 kg", "import", ["road"], ["BA", "RS"], (1, 2), (1000, 3000), ["EUR"], 1, S),
    ("151590", "Argan oil, cosmetic grade, 5 l cans", "import", ["air"], ["MA"], (18, 30), (100, 600), ["EUR"], 0.2, S),
    ("392690", "Fibreglass fish-replica blanks for taxidermists, unpainted", "import", ["air"], ["CN", "US"], (12, 25), (100, 500), ["USD"], 0.5, S),
    ("320290", "Aluminium-based tanning agent for taxidermy (Lutan F type), 1 kg", "import", ["air"], ["ZA", "US"], (8, 14), (100, 400), ["USD", "ZAR"], 1, S),
    ("283319", "Sodium bisulfate pickling crystals for taxidermy, 2 lb jars", "import", ["express"], ["US", "CA"], (10, 18), (1, 4), ["USD", "CAD"], 1.1, S),
    ("284690", "Cerium oxide polishing powder for lapidary use, 500 g", "import", ["air"], ["IN", "CN"], (12, 20), (100, 400), ["USD"], 2, S),
    ("701890", "Glass eyes for taxidermy, assorted pairs", "import", ["air"], ["AR", "US"], (40, 70), (20, 100), ["USD"], 30, S),
    ("392690", "Polyurethane taxidermy forms, water-blown, deer and boar", "import", ["sea"], ["US", "CN"], (5, 9), (2000, 6000), ["USD"], 0.15, S),
    ("350790", "Protease enzyme powder for skull maceration, 1 kg", "import", ["air"], ["AR", "US"], (15, 25), (50, 300), ["USD"], 1, S),
    ("220720", "Denatured ethanol 96 %, new, IBC", "export", ["road"], ["UA", "MD"], (0.8, 1.3), (12000, 20000), ["EUR"], None, S),
    ("392690", "Resin animal heads for wall décor, new, cast", "export", ["sea"], ["MA", "US"], (8, 15), (1000, 4000), ["EUR"], 0.3, S),
    ("253090", "Mineral specimens for collectors, hand-picked, labelled, boxed", "export", ["air"], ["TN", "US"], (30, 80), (50, 300), ["EUR"], 2, S),
    ("902300", "School physics demonstration apparatus, new, boxed sets", "export", ["road"], ["AL", "RS"], (20, 40), (500, 3000), ["EUR"], 0.2, S),
    ("940360", "Wooden herbarium cabinets, new", "export", ["sea"], ["EG", "MA"], (5, 9), (3000, 9000), ["EUR"], 0.01, S),
    ("940330", "Wooden school desks, new, flat-packed", "export", ["sea"], ["GW", "CV"], (2, 4), (6000, 14000), ["EUR"], 0.05, S),
    ("281122", "Silica gel beads, orange indicator, cobalt-free, new", "export", ["sea"], ["PK", "IN"], (1.5, 3), (6000, 14000), ["EUR"], None, S),
    ("950699", "Playground equipment, new, larch, EN 1176 certified", "export", ["sea"], ["SR", "CV"], (4, 8), (8000, 18000), ["EUR"], None, S),
    ("271220", "Paraffin wax, fully refined, slabs, for candles", "export", ["road"], ["BA", "RS"], (1.2, 2), (8000, 20000), ["EUR"], None, S),
    ("271113", "Butane refill cartridges for pyrography torches, 300 ml", "import", ["road"], ["TR"], (2, 4), (500, 2000), ["EUR"], 3, S),
    ("382499", "Ultrasonic cleaning concentrate, aqueous, for jewellers and mineral dealers, 5 l", "import", ["air"], ["PK", "IN"], (3, 6), (100, 400), ["USD"], 0.2, S),
    ("291411", "Acetone, technical, 1 l, for degreasing insect specimens", "import", ["air"], ["KZ", "UA"], (2, 4), (50, 200), ["USD", "EUR"], 1, S),
    ("841830", "Chest freezers, new, R-600a, -30 °C", "export", ["sea"], ["UA", "MD"], (5, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("271012", "White spirit, dearomatised, 5 l cans", "import", ["road"], ["UA", "TR"], (1.2, 2), (1000, 4000), ["EUR"], 0.2, S),
    ("841869", "Insect-rearing climate chambers, new, R-290", "export", ["sea"], ["RS", "JP"], (12, 20), (1000, 4000), ["EUR"], 0.004, S),
    ("271119", "Airbrush propellant cans, propane-butane, 400 ml", "import", ["road"], ["TR"], (2, 4), (800, 2500), ["EUR"], 2, S),
    ("392690", "Resin replica shark teeth for science fairs", "import", ["air"], ["PE", "CN"], (10, 20), (20, 100), ["USD"], 4, S),
    ("681599", "Tumbled haematite stones, polished", "import", ["air"], ["AE", "IN"], (6, 12), (20, 200), ["USD"], None, S),
    ("680299", "Marble 'stone paintings', polished decorative slabs", "import", ["sea"], ["CN"], (0.8, 1.5), (4000, 10000), ["USD"], 0.07, S),
    ("251690", "Garden boulders, granite, Patagonian", "import", ["sea"], ["CL", "AR"], (0.1, 0.2), (16000, 24000), ["USD"], None, S),
    ("701890", "Lampworked glass sea-creature figurines, new", "import", ["express"], ["CZ", "US"], (40, 80), (1, 3), ["USD", "EUR"], 10, S),
    ("482370", "Papier-mâché anatomical teaching models, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 4), ["EUR"], 1, S),
    ("970531", "Polished ammonites and goniatites, Moroccan, commercial grade", "import", ["sea"], ["MA"], (2, 5), (1000, 4000), ["EUR"], 1, S),
    ("701790", "Prepared microscope slides, school biology sets, new", "import", ["air"], ["CN", "IN"], (20, 40), (50, 300), ["USD"], 40, S),
    ("902300", "Resin casts of dinosaur teeth and vertebrae for school exhibitions", "import", ["air"], ["US", "MA"], (15, 30), (50, 300), ["USD"], 1, S),
    ("382499", "Glycerol-based microscopy mounting medium, 100 ml", "export", ["air"], ["LB", "IN"], (30, 60), (20, 100), ["EUR"], 10, S),
    ("252020", "Plaster of Paris, 25 kg sacks", "export", ["road"], ["UA", "RS"], (0.2, 0.4), (10000, 20000), ["EUR"], 0.04, S),
    ("903020", "Student oscilloscopes, 50 MHz, 2 channels", "export", ["air"], ["MA", "TN"], (30, 60), (100, 500), ["EUR"], 0.15, S),
    ("852589", "Trail cameras for wildlife and bat surveys, infrared", "export", ["air"], ["GE", "NO"], (60, 120), (50, 300), ["EUR"], 2, S),
    ("670290", "Artificial feathers, polyester, for crafts and diorama restoration", "import", ["post"], ["GT", "CN"], (30, 60), (1, 2), ["USD"], 200, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows, as in
# blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960390", "Window squeegees, rubber blade, plastic handle", "import", ["sea"], ["CN", "VN"], (2.5, 4.5), (2000, 6000), ["USD"], 3, N),
        ("442191", "Bamboo pencil pots and desk tidies", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 4, N),
        ("420292", "Polyester zip pouches, printed", "import", ["sea"], ["CN", "BD"], (6, 10), (1000, 4000), ["USD"], 12, N),
        ("960329", "Nail brushes, plastic, boxed", "import", ["post", "express"], ["GB", "CH"], (20, 35), (1, 3), ["GBP", "CHF"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind263", 20700101, HERE)


if __name__ == "__main__":
    main()
