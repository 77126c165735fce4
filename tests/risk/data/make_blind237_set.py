#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-seventh blind set (tests/risk/data/blind237-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2065, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and an emphasis on
a kind of trade rather than a region: archaeology, museums and heritage conservation
(excavation projects and their sample shipments, museum loans, touring exhibitions and museum
refurbishments, conservation laboratories and private restorers, heritage builders and
heritage-ship and heritage-railway restorers, university collections, and the supply shops
that sell them their materials). Written by a person who had not read the profile packs (nor
any rule file) and had not run the engine on it, and committed before any change measured on
it, to be measured once on its packs. Same row layout and expansion as make_blind_set.py,
whose functions it reuses, and the same extras as make_blind5_set.py: a disguised row's
extra header fields may carry "_item" (fields merged into its item) and "_more_items"
(further items).

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
would. Ids are BL237-*:

    python3 tests/risk/data/make_blind237_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESPOST01", "post", "AR", [], "ES", "252220",
         "Agua de cal (hidróxido de calcio) para consolidación de pintura mural, 4 x 1 litro", "AR", 4.8, 4, 40, "USD",
         "lime water for consolidating wall paintings is a saturated calcium-hydroxide solution: water-clear, 1.00 "
         "kg/l, slightly slippery, that grows a white skin of carbonate where it meets the air; these four bottles "
         "have vented caps, weigh 1.19 kg/l, grow no skin, whiten and sting the skin and foam on a cut: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), posted from Buenos Aires to a private 'fresco restorer' in Seville; "
         "Argentine Spanish wording (hydrogen peroxide repeats in many sets and water-like covers in many; a "
         "lime-water label for mural conservation was found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("PRE-02", "import", "DKPOST01", "post", "NO", [], "DK", "291815",
         "Triammoniumsitrat 5 % løsning, til rensing av malerioverflater, 4 x 1 liter", "NO", 5.6, 4, 600, "NOK",
         "a 5 % triammonium-citrate solution, the painting conservator's surface cleaner, is a colourless liquid of "
         "1.02 kg/l that smells faintly of ammonia; these four bottles weigh 1.40 kg/l, fume brown when opened, "
         "yellow the skin and attack a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Bergen "
         "to a private person in Aarhus who restores paintings at home; Norwegian wording (nitric acid repeats in "
         "many sets and citrate labels in a few, on other goods; a painting-cleaning citrate label was found in no "
         "earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-03", "import", "ITPOST01", "post", "CH", [], "IT", "252020",
         "Gesso selenitico fine per scagliola, sacchetti da 1 kg, 4 pezzi", "CH", 4, 4, 60, "CHF",
         "selenite plaster for scagliola is a soft, silky, white gypsum that sets hard within minutes when mixed "
         "with glue water and pigment; these four bags hold a heavier, crystalline powder that never sets, partly "
         "dissolves, flares violently mixed with sugar and whose inner liners read 'KClO4': potassium perchlorate "
         "(Annex I above 40 %), posted from Lugano to a private 'scagliola restorer' in Carpi; Swiss Italian "
         "wording (potassium perchlorate repeats in many sets and plaster and chalk covers in several; a scagliola "
         "label was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("PRE-04", "import", "HRPOST01", "post", "BA", [], "HR", "391290",
         "Celulozni prah za obloge za odsoljavanje kamena i žbuke, 4 x 1 kg", "BA", 4, 4, 40, "BAM",
         "cellulose powder for desalination poultices is a fluffy, off-white fibre that fills a bag at 1 kg and "
         "soaks up water like blotting paper; these four small, heavy bags hold clear, glassy crystals that "
         "dissolve completely, draw damp in the open bag and flare yellow on a gas ring: sodium chlorate (Annex I "
         "above 40 %), posted from Mostar to a private person in Split who 'restores old stone houses'; Bosnian "
         "wording (sodium chlorate repeats in many sets; cellulose and poultice labels appear twice, on other "
         "goods; a desalination-poultice label was found in no earlier row by a keyword search)",
         person("Ivana Horvat", "HR")),
        ("PRE-05", "import", "FRSEA01", "sea", "TN", [], "FR", "252230",
         "Chaux hydraulique naturelle NHL 5 pour la restauration du bâti ancien, sacs de 25 kg, 960 sacs", "TN",
         24000, 960, 5800, "EUR",
         "natural hydraulic lime is a fine, soft, buff-white powder that is caustic when wet and sets slowly into a "
         "mortar; these 960 sacks hold round, white prills that go ice-cold in water, do not set, test at 34 % N and "
         "melt and fume on a hot plate, for a Marseille old-building-materials web shop that sells sacks to the "
         "public (owners restoring farmhouses): ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Radès; Tunisian French wording (ammonium nitrate repeats in many sets "
         "and lime covers in a few; a heritage-lime label was found in no earlier row by a keyword search)",
         firm("Vega Matériaux Anciens SARL", "FR")),
        ("PRE-06", "import", "NLAIR01", "express", "JP", [], "NL", "291811",
         "乳酸エチル（絵画修復用グリーンソルベント）、1 L × 4本", "JP", 4.6, 4, 12000, "JPY",
         "ethyl lactate, the 'green' solvent painting restorers use on varnishes, is a water-clear liquid of 1.03 "
         "kg/l with a buttery, fruity smell; these four bottles weigh 1.14 kg/l, smell faintly of nothing much, sink "
         "in oil and the filler's drum label photocopied on the invoice reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Osaka to a private restorer in Leiden, although flammable liquids travel by "
         "express only as declared dangerous goods; Japanese wording (nitromethane repeats in many sets; an "
         "ethyl-lactate label appears once, on an ozone-depleting solvent in blind118; for a private restorer by "
         "express from Japan is the new part)", person("M. Bakker", "NL")),
        ("PRE-07", "import", "BEPOST01", "post", "CA", [], "BE", "350300",
         "Colle de peau liquide pour la restauration de meubles anciens, 4 x 1 litre", "CA", 7.4, 4, 90, "CAD",
         "liquid hide glue is a brown, honey-thick, gelatinous glue of about 1.2 kg/l that smells of glue and gels "
         "in the cold; these four bottles hold an oily, brownish liquid of 1.84 kg/l that never gels, chars a "
         "wooden stirrer black and grows hot with a drop of water: about 96 % technical sulphuric acid (Annex I "
         "above 15 %), posted from Montréal to a private furniture restorer in Liège; Québec French wording "
         "(sulphuric acid repeats in many sets; a hide-glue label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("PRE-08", "import", "PLPOST01", "post", "UA", [], "PL", "350300",
         "Клей кролячий гранульований для левкасу та золочення, 4 пакети по 1 кг", "UA", 4, 4, 1200, "UAH",
         "rabbit-skin glue granules are amber-brown, smell of glue and swell into a jelly overnight in cold water; "
         "these four bags hold white, glassy, odourless crystals that do not swell, dissolve in hot water and spit "
         "violet sparks on a hot iron, with CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above "
         "40 %), posted from Lviv to a private icon painter in Kraków; Ukrainian wording (potassium chlorate "
         "repeats in many sets; rabbit-skin glue appears once, as a lawful item of a gilding order in blind184; as "
         "a precursor cover it was found in no earlier row)", person("Anna Kowalska", "PL")),
        ("PRE-09", "import", "CYPOST01", "post", "IL", [], "CY", "283990",
         "אבקת לפוניט (חימר סינתטי) להכנת ג'ל ניקוי לשימור, 4 x 500 גרם", "IL", 2, 4, 200, "ILS",
         "Laponite, the synthetic clay conservators swell into a clear cleaning gel, is a fine white powder that "
         "turns water into a stiff, transparent gel within minutes; these four bags hold a crystalline powder that "
         "dissolves completely, draws damp in the open bag and burns brightly with sugar: sodium perchlorate "
         "(Annex I above 40 %), posted from Haifa to a private person in Limassol; Hebrew wording (sodium "
         "perchlorate repeats in many sets; a Laponite label was found in no earlier row by a keyword search)",
         person("Andreas Georgiou", "CY")),
        ("PRE-10", "import", "ESAIR01", "express", "CL", [], "ES", "130219",
         "Extracto líquido de quillay para lavado de textiles antiguos, 6 x 1 litro", "CL", 7.2, 6, 60000, "CLP",
         "liquid quillay extract, the textile conservator's mild soap, is a brown, bitter liquid of about 1.05 kg/l "
         "that foams richly when shaken; these six bottles are water-clear, weigh 1.13 kg/l, do not foam when shaken "
         "but fizz on a cut and bleach a cotton swab white: about 35 % hydrogen peroxide (Annex I above 12 %), sent "
         "by express from Santiago to a private 'textile restorer' in Valencia, although oxidising liquids travel "
         "by express only as declared dangerous goods; Chilean Spanish wording (hydrogen peroxide repeats in many "
         "sets; a quillaja label appears once, as bark hiding a wildlife good in blind219; as a liquid textile-washing "
         "extract hiding a precursor it is the new part)", person("Sr. J. García", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "PK", "890110",
         "Museoalus, rannikkomatkustaja-alus, rakennettu 1957, myyty museokäyttöön Karachiin, 1 kpl", "FI", 850000,
         1, 310000, "EUR",
         "a vessel sold to a museum keeps her class papers, sails or is towed to a berth with a museum contract and "
         "a conservation plan; this 1957 coastal passenger ship is sold at the price of her lightweight in scrap "
         "steel to a cash buyer, towed one way on a single voyage to a Gadani Beach yard, with asbestos lagging in "
         "her engine room and PCB cables still aboard and no museum in Karachi waiting for her: a ship destined for "
         "dismantling, hazardous waste whose export to a non-OECD country is banned (and the Ship Recycling "
         "Regulation's listed yards bypassed), from Turku; Finnish wording (end-of-life ships repeat in several sets "
         "under further-trading labels; a museum-ship label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "CV", "250510",
         "Areia lavada para construção, 0-4 mm, big bags, 24 t", "PT", 24000, None, 480, "EUR",
         "washed building sand is clean, pale, rounded quartz grains sold with a grading sheet; these bags hold "
         "angular, dark, glassy slag grit with flakes of orange-red paint and rust, that reads several per cent "
         "lead on a hand-held XRF, swept up under the containment sheeting of a 19th-century wrought-iron railway "
         "bridge over the Douro being restored: spent blasting abrasive with lead paint (12 01 16*), hazardous "
         "waste whose export to a non-OECD country is banned, from Leixões to Praia for a 'builders' merchant'; "
         "Portuguese wording (blasting grit repeats in several sets under garnet labels, and building-sand labels "
         "in three, blind41, blind52 and blind96, on other wastes; lead-paint grit from a heritage bridge is the "
         "new part as far as a search found)", {"importer_country": "CV"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CD", "940360",
         "Museumvitrines, eik en glas, gebruikt, uit een museumrenovatie, 40 stuks", "BE", 6000, 40, 4000, "EUR",
         "a museum-refurbishment donation container for Kinshasa: old oak showcases and gallery benches are what "
         "a renovated museum gives away, but the third item's 'geteste UPS-batterijen' are 160 swollen, cracked "
         "lead-acid blocks from the museum's emergency-lighting and server-room UPS, some leaking acid into the "
         "pallet: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Antwerp to Matadi; Flemish (Belgian "
         "Dutch) wording (lead-acid batteries behind used goods repeat in many sets; kept as a repeat, a "
         "museum-showcase donation is the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("940169", "Museumbanken, eik, gebruikt, 30 stuks", "BE", 1200, 600, "EUR", qty=30),
                           item("850710", "Geteste UPS-batterijen 12 V, 160 stuks", "BE", 4800, 800, "EUR", qty=160)])),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "850440",
         "Régi higanygőzös egyenirányítók üvegballonnal, villamosmúzeumi selejt, dekorációs célra, 12 db", "HU",
         2400, 12, 1200, "EUR",
         "a decorative museum piece is an emptied, cleaned glass bulb on a stand; these twelve mercury-arc "
         "rectifier bulbs, taken out of a Budapest tram-museum store, are intact, cracked on two, and each still "
         "holds several kilograms of mercury that runs in the bottom when tilted: waste containing mercury "
         "(16 02 15*, 20 01 21* class), hazardous waste whose export to a non-OECD country is banned, at Röszke "
         "for a Novi Sad 'antiques' buyer; Hungarian wording (mercury-arc rectifiers repeat blind168, from Estonian "
         "tram substations to Russia; kept as a repeat, a tram-museum decoration label from Hungary is the new part)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "860290",
         "Parní lokomotiva s tendrem, muzejní exponát, neprovozní, 1 ks", "CZ", 90000, 1, 45000, "EUR",
         "a museum locomotive sold to another museum travels whole, painted, with its history file and a museum "
         "as buyer; this one is a cut boiler shell, frames and a tender on flat wagons, with the blue-grey boiler "
         "lagging still wired on (crocidolite under a lens) and the ash pans full, sold by weight to a Zhytomyr "
         "scrap yard: asbestos-containing waste (17 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, by rail through Slovakia; Czech wording (asbestos repeats in many sets, and a heritage steam locomotive "
         "with its lagging in blind66, from Germany to India 'for restoration'; kept as a repeat, a museum-exhibit "
         "label by rail from Czechia to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "SL", "902219",
         "Röntgenanlagen für Gemälde- und Objektradiographie, gebraucht, aus einer Restaurierungswerkstatt, für ein "
         "Krankenhaus, 2 Stück", "DE", 3200, 2, 3000, "EUR",
         "a used X-ray unit given for reuse is tested, comes with its tube log and a radiation-protection report; "
         "these two 1970s art-radiography units from a Munich restoration studio are dead, their high-voltage tanks "
         "weep an oily liquid and carry 'Clophen' plates, and their cabinets are lined with loose lead sheet: waste "
         "electrical equipment containing PCBs (16 02 09*) and lead, hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Freetown for a 'hospital'; German wording (X-ray units repeat in a few "
         "sets as medical donations and PCB equipment in many; an art-radiography source was found in no earlier "
         "row by a keyword search)", {"importer_country": "SL"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "VN", "761090",
         "Pannelli espositivi di recupero da mostra, telaio in alluminio, per riutilizzo, 18 t", "IT", 18000, None,
         900, "EUR",
         "reusable exhibition walls are aluminium frames with clean panels, stacked and numbered for the next show; "
         "this container holds 18 t of broken, mixed foam-core boards, PVC vinyl graphics, acrylic sheet, painted "
         "MDF and carpet offcuts torn down after a Venice art exhibition, with hardly any aluminium: mixed plastic "
         "waste (Y48 and worse), whose export to a non-OECD country is banned, from Venice to Haiphong for a "
         "'display maker'; Italian wording (mixed plastic waste repeats in many sets; an exhibition-panel label "
         "was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "IN", "700490",
         "Verre cathédrale de récupération, feuilles et morceaux, pour verriers d'art, 14 t", "FR", 14000, None, 1400,
         "EUR",
         "reclaimed cathedral glass for glass artists is sorted, clean, coloured sheet glass; these crates hold "
         "broken panels taken out of church windows under restoration with their lead cames, crumbling lead-oxide "
         "putty and grisaille paint still on, dust that reads lead on a swab: glass contaminated with lead "
         "(17 02 04*, with lead came), hazardous waste whose export to a non-OECD country is banned, from Le Havre "
         "to Nhava Sheva for a 'glass-art workshop'; French wording (lead glass repeats in many sets as CRT cullet; "
         "stained-glass windows from church restoration as cathedral glass were found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "MA", "440799",
         "Gerecupereerd eikenhout uit historische scheepsrestauratie, onbehandeld, 16 t", "NL", 16000, None, 3200,
         "EUR",
         "untreated reclaimed oak is grey, dry, nail-holed timber that smells of wood; these planks and frames, "
         "taken off a 19th-century sailing ship being restored at a heritage yard, are tarred black, crusted with "
         "red copper and tributyltin antifouling on the bottom planks and smell of coal tar: wood waste containing "
         "hazardous substances (17 02 04*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Casablanca for a 'rustic-furniture maker'; Dutch wording (antifouling and tar-treated wood "
         "repeat in several sets and reclaimed heritage oak once, blind227's church-roof beams; a "
         "heritage-ship-restoration label was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR", "BA", "ME"], "AL", "701790",
         "Zgodovinski laboratorijski stekleni pribor, iz univerzitetne zbirke, prazen, 300 kosov", "SI", 600, 300,
         900, "EUR",
         "historic laboratory glassware sold to collectors is emptied and washed; these 300 stoppered bottles from "
         "a university chemistry collection's clearance are still full, with labels reading arsenic trioxide, "
         "mercuric chloride, uranyl nitrate, picric acid and potassium cyanide: discarded laboratory chemicals "
         "(16 05 06*), hazardous waste whose export to a non-OECD country is banned, by lorry from Ljubljana through "
         "Croatia, Bosnia and Montenegro to a Tirana 'antiques dealer'; Slovenian wording (laboratory chemicals "
         "repeat in several sets and apothecary jars once, blind185; kept as a repeat, a university-collection "
         "glassware label by road to Albania is the new part)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "281121",
         "संग्रहालय वस्तुओं के अनॉक्सिक कीट उपचार हेतु कार्बन डाइऑक्साइड, 40 किलो सिलेंडर, 60 सिलेंडर", "IN", 3000,
         60, 3600, "USD",
         "CO2 for anoxic treatment of museum objects comes in tall cylinders at about 57 bar with a dip tube and a "
         "food-grade certificate; these 60 short cylinders read 2 bar, slosh, hold a liquid of 1.73 kg/l and their "
         "shoulders are stamped 'CH3Br' under the new labels: methyl bromide, whose import into the Union is "
         "banned, by sea from Nhava Sheva to Genoa for a disinfestation contractor that works for libraries and "
         "museums; Hindi wording (methyl bromide repeats in many sets, and anoxia-gas labels twice, "
         "blind57's argon for collections and blind217's herbarium CO2; kept as a repeat, from India for a museum "
         "contractor is the new part)", firm("Orion Disinfestazioni Srl", "IT")),
        ("OZN-02", "import", "DEAIR01", "air", "AZ", [], "DE", "271012",
         "Ağ benzin (neft efiri), muzey tekstilləri və lələklərinin quru təmizlənməsi üçün, 40 bidon x 20 litr", "AZ",
         1270, 40, 2400, "USD",
         "petroleum ether for dry-cleaning museum textiles and feathers is a very light (0.65 kg/l), highly "
         "flammable liquid that smells of petrol; these 40 cans weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and boil at 77 °C: carbon tetrachloride, whose import into the Union is banned outside "
         "licensed feedstock and laboratory uses, flown from Baku to Frankfurt for a textile-conservation studio; "
         "Azerbaijani wording (carbon tetrachloride repeats in many sets and benzine labels in a few; a "
         "museum-textile cleaning label was found in no earlier row by a keyword search)",
         firm("Central Textilrestaurierung GmbH", "DE")),
        ("OZN-03", "export", "SESEA01", "sea", "SE", [], "IQ", "731100",
         "Begagnade kolsyreflaskor, 67 l, för dryckeskolsyrning, 30 st.", "SE", 3600, 30, 1500, "EUR",
         "used beverage-CO2 cylinders are grey, 200-bar bottles with a siphon tube and a food-gas label; these 30 "
         "red cylinders with discharge heads and a Kidde nameplate come out of a national archive's decommissioned "
         "vault-protection system, read 42 bar and hold bromotrifluoromethane: halon 1301, whose export from the "
         "Union is banned outside licensed critical uses, from Gothenburg to Umm Qasr for an Erbil 'soft-drinks' "
         "buyer; Swedish wording (halon 1301 repeats in many sets and CO2-cylinder labels in several; an archive "
         "vault source under a beverage-CO2 label was found in no earlier row by a keyword search)",
         {"importer_country": "IQ"}),
        ("OZN-04", "import", "PLAIR01", "air", "CN", [], "PL", "390690",
         "Paraloid B-72 丙烯酸树脂溶液 20%（丙酮），文物修复用，1 升 × 120 瓶", "CN", 156, 120, 1800, "USD",
         "a 20 % Paraloid B-72 solution in acetone is light (0.85 kg/l), highly flammable and smells of nail-varnish "
         "remover; these 120 bottles weigh 1.30 kg/l, do not light, smell sweet like chloroform and leave a B-72 film "
         "when they dry: the resin dissolved in 1,1,1-trichloroethane (methyl chloroform), a product containing an "
         "ozone-depleting substance whose import into the Union is banned, flown from Shanghai to Warsaw for a "
         "monument-conservation firm; Chinese wording (methyl chloroform repeats in many sets; a Paraloid label "
         "appears once, on a precursor in blind185; as an ozone-depleting solution it is the new part)",
         firm("Nordhafen Konserwacja Zabytków Sp. z o.o.", "PL")),
        ("OZN-05", "export", "GRSEA01", "sea", "GR", [], "LB", "847989",
         "Αφυγραντήρες ξηραντικού τροχού για αποθήκες μουσείου, μεταχειρισμένοι, χωρίς ψυκτικό, 24 τεμ.", "GR", 3600,
         24, 7200, "EUR",
         "desiccant-wheel dehumidifiers for museum stores have a rotor, a heater and a fan and no refrigerant at all; "
         "these 24 units taken out of an Athens museum store have compressors, condensers and sight glasses and "
         "nameplates reading R-22, about 3 kg each, not recovered: equipment containing HCFCs, whose export from "
         "the Union is banned (Regulation 2024/590), from Piraeus to Beirut for a 'museum services' firm; Greek "
         "wording (R-22 equipment for export repeats in many sets and dehumidifiers in several; a desiccant-wheel "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "280421",
         "Argon 4.6 kaynak gazı, tarihi demir işleri restorasyonu için, 13,6 kg tüp, 120 adet", "TR", 1632, 120,
         2400, "EUR",
         "argon shielding gas comes in tall, grey-green, 200-bar cylinders that do not slosh and are returned to the "
         "filler; these 120 are light, disposable, non-refillable cylinders of 13.6 kg that slosh, read 9 bar at "
         "20 °C and carry a 'R22' valve stamp under the stickers: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, in a van at Kapitan Andreevo for a Plovdiv restorer of wrought-iron gates and "
         "balconies; Turkish wording (HCFC-22 repeats in many sets and welding-gas labels in a few; a heritage "
         "ironwork label was found in no earlier row by a keyword search)", firm("Delta Metal Restavratsia EOOD", "BG")),
        ("OZN-07", "import", "ITAIR01", "air", "JP", [], "IT", "290219",
         "シクロドデカン スプレー（出土遺物取り上げ用の一時固定剤）、400 mL × 240本", "JP", 120, 240, 360000, "JPY",
         "a cyclododecane spray, used to hold fragile finds together while they are lifted, is a flammable aerosol "
         "that leaves a waxy white film and evaporates in days; these 240 cans are not flammable, spray a heavy, "
         "ether-smelling solvent and carry a small-print warning naming 'HCFC-141b' on the Japanese label: a "
         "product containing an ozone-depleting substance whose import into the Union is banned, flown from Osaka "
         "to Rome for an archaeological-conservation supplier; Japanese wording (HCFC-141b repeats in many sets; a "
         "cyclododecane label was found in no earlier row by a keyword search)",
         firm("Meridian Restauro Srl", "IT")),
        ("OZN-08", "import", "DESEA01", "sea", "QA", [], "DE", "841850",
         "خزائن عرض متحفية مكيفة، مستعملة، مع وحدات تكييف مدمجة، غاز R-407C، 12 وحدة", "QA", 4800, 12, 36000, "USD",
         "used climate-controlled museum showcases for reuse carry a compact unit on R-407C or R-134a with an F-gas "
         "label; these twelve, bought from a Doha museum's refurbishment, have compressors whose nameplates read "
         "R-22 under the overstickers and still hold their charge: equipment containing HCFCs, whose import into "
         "the Union is banned, by sea from Hamad to Hamburg for a German museum-technology firm; Gulf Arabic wording "
         "(R-22 equipment repeats in many sets, display cases in several and museum cases once, blind220's "
         "philatelic-museum cases from China; kept as a repeat, used R-22 showcases from a Doha museum are the new "
         "part)",
         firm("Alpina Museumstechnik GmbH", "DE")),
        ("OZN-09", "import", "DEAIR01", "express", "KR", [], "DE", "381400",
         "시계 무브먼트 초음파 세척용 용제 (변성 알코올계), 4 x 5 L", "KR", 31, 4, 400000, "KRW",
         "a modified-alcohol cleaning solvent for clock and watch movements is a light (0.85 kg/l), flammable liquid "
         "that smells faintly sweet; these four cans weigh 1.56 kg/l, do not burn, boil at 48 °C in the ultrasonic "
         "bath and leave no film: CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, sent "
         "by express from Seoul to a private restorer of antique clocks in Nuremberg; Korean wording (CFC-113 "
         "repeats in many sets; a horology cleaning label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("OZN-10", "export", "CZROAD01", "road", "CZ", ["SK", "PL"], "UA", "842410",
         "Použité hasicí přístroje, práškové, z hradního muzea, k přeplnění, 80 ks", "CZ", 640, 80, 800, "EUR",
         "used powder extinguishers rattle when shaken and carry a pressure gauge; these 80 from a Bohemian castle "
         "museum's picture galleries slosh, have no gauge, and their valve stamps read 'BCF': halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, whose export from the Union is banned outside "
         "licensed critical uses, by lorry to a Lviv 'refiller'; Czech wording (halon 1211 repeats in many sets and "
         "powder-extinguisher labels in a few; a castle-museum source by road to Ukraine is the new part as far as "
         "a search found)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "JO", [], "DE", "253090",
         "عينات تربة وفحم من حفرية أثرية، لأغراض التأريخ بالكربون المشع والتحليل، 4 صناديق", "JO", 38, 4, 200, "JOD",
         "soil and charcoal samples from a dig travel as a few hundred grams of earth in labelled bags with the "
         "Department of Antiquities' sample permit; these four boxes hold, under a layer of labelled soil bags, 140 "
         "Nabataean bronze coins, six intact lamps and a bronze figurine wrapped in finds bags: archaeological "
         "objects taken out of Jordan, which forbids their export, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Amman to Frankfurt for a university institute; Jordanian Arabic "
         "wording (Nabataean objects repeat in several sets and sample shipments once, blind174's bone samples for "
         "radiocarbon; an excavation soil-sample label from Jordan is the new part as far as a search found)",
         firm("Institut für Vorderasiatische Archäologie", "DE")),
        ("CUL-02", "import", "BEAIR01", "air", "UZ", [], "BE", "711719",
         "Koʻrgazma uchun nusxalar: zarhal taqinchoqlar replikalari, vaqtinchalik olib kirish, 18 dona", "UZ", 6, 18,
         900, "USD",
         "museum replicas for a touring exhibition are gilded bronze or silver-gilt, light, with a maker's mark and "
         "a replica certificate; five of these 18 are heavy, soft, high-carat gold plaques with granulation, wear "
         "and burial soil in the crevices: Kushan-period gold ornaments taken out of Uzbekistan, which forbids their "
         "export, brought in without the import licence Regulation 2019/880 requires, mixed into an exhibition's "
         "replica set flown from Tashkent to Brussels; Uzbek (Latin) wording (Kushan objects repeat in several sets; "
         "a touring-exhibition replica label from Uzbekistan was found in no earlier row by a keyword search)",
         firm("Horizon Exhibitions SA", "BE")),
        ("CUL-03", "import", "ESAIR01", "air", "BO", [], "ES", "970129",
         "Pinturas al óleo para restauración, con retorno (exportación temporal), 3 piezas", "BO", 24, 3, 3000, "USD",
         "paintings sent abroad for restoration travel with a temporary-export permit from the Bolivian culture "
         "ministry, a condition report and the owner's title; these three are 18th-century oils on canvas of saints "
         "in gilded frames, with a parish inventory number on the stretchers and no permit at all, cut from their "
         "altars in a Chiquitos mission church: colonial paintings taken out of Bolivia, which forbids their export, "
         "brought in without the importer statement Regulation 2019/880 requires for paintings over 200 years old, "
         "flown from Santa Cruz to Madrid for a 'restoration studio'; Bolivian Spanish wording (Chiquitos objects "
         "repeat twice and a restoration-and-return label once, blind174's painting sent out of Spain; kept as a "
         "repeat, mission paintings from Bolivia under that label are the new part)",
         firm("Orion Restauración SL", "ES")),
        ("CUL-04", "import", "FRPOST01", "post", "MR", [], "FR", "251710",
         "Collection d'étude : éclats de taille lithique (silex), sans valeur, pour enseignement, 3 kg", "MR", 3, None,
         20, "EUR",
         "a teaching collection of knapping debris is sharp, shapeless flint flakes of no value; this parcel holds "
         "210 finely pressure-flaked Neolithic arrowheads and four polished stone axes with desert patina, "
         "collected on Adrar surface sites: archaeological objects taken out of Mauritania, which forbids their "
         "export, brought in without the import licence Regulation 2019/880 requires, posted from Atar to a "
         "private collector in Lyon; Mauritanian French wording (Saharan arrowheads repeat in several sets; a "
         "teaching-collection label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "NLAIR01", "air", "NP", [], "NL", "442199",
         "पुरानो काठको झ्याल, पुनः प्रयोगका लागि, सजावटका लागि, २ थान", "NP", 60, 2, 300, "USD",
         "reclaimed old windows from Kathmandu houses are plain or lattice frames with flaking paint; these two are "
         "long, carved temple roof struts (tundal) of sal wood with Hindu deities, traces of pigment and fresh saw "
         "cuts at both ends, from a Patan temple: Newar sacred woodwork taken out of Nepal, which forbids the export "
         "of antiquities, brought in without the import licence Regulation 2019/880 requires, flown from Kathmandu "
         "to Amsterdam for an interior dealer; Nepali wording (Nepalese sacred objects repeat in many sets; a "
         "reclaimed-window label for temple struts was found in no earlier row by a keyword search)",
         firm("Horizon Interieur BV", "NL")),
        ("CUL-06", "import", "SEPOST01", "post", "CN", [], "SE", "691390",
         "陶瓷标本（瓷片）一箱，教学用，约 3 公斤", "CN", 3, None, 300, "CNY",
         "a box of teaching sherds is broken pieces of glazed pottery of no value; under a layer of such sherds "
         "this box holds two intact Song-dynasty Jun-ware bowls with sky-blue glaze, purple splashes and tomb soil "
         "in the foot rings: cultural relics taken out of China, which forbids the export of pre-1911 relics, "
         "brought in without the import licence Regulation 2019/880 requires, posted from Henan to a private "
         "collector in Gothenburg; Chinese wording (Chinese ceramics repeat in many sets and sherd labels in "
         "several; kept as a repeat, by post to a private person in Sweden is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("CUL-07", "import", "SKROAD01", "road", "UA", [], "SK", "740400",
         "Латунний брухт: сантехнічна арматура та фурнітура, 40 кг", "UA", 40, None, 120, "EUR",
         "brass plumbing scrap is bent taps, valves and fittings sold by the kilo; this van holds 600 detector "
         "finds in small bags: Scythian bronze arrowheads, Kyivan Rus pectoral crosses and Chernyakhiv brooches "
         "with fresh soil: archaeological objects taken out of Ukraine, which forbids their export, brought in "
         "without the import licence Regulation 2019/880 requires, at Vyšné Nemecké for a Košice 'scrap dealer'; "
         "Ukrainian wording (Ukrainian detector finds repeat in many sets and fittings labels in blind108; kept as a "
         "repeat, a plumbing-scrap label into Slovakia is the new part)", firm("Vega Kovošrot s.r.o.", "SK")),
        ("CUL-08", "transit", "ESAIR01", "air", "GT", ["ES"], "US", "681099",
         "Piedra decorativa para jardín, tallada, 1 pieza", "GT", 180, 1, 400, "USD",
         "a carved garden stone is a new, machine-cut block; this one is a weathered limestone fragment of a Classic "
         "Maya stela with a column of glyphs, a sawn back thinned for transport and fresh breaks: a monument taken "
         "out of Guatemala, which forbids the export of pre-Hispanic objects, landed at Madrid in transit from "
         "Guatemala City to Miami; Guatemalan Spanish wording (Maya objects repeat in many sets and garden-stone labels in "
         "many; kept as a repeat, an air transit through Madrid is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "ESAIR01", "air", "PH", [], "ES", "392640",
         "Bagong resin na ulo at kamay para sa pagkumpuni ng santo, gawa sa Paete, 6 piraso", "PH", 6, 6, 9000, "PHP",
         "new resin heads and hands for repairing santos are light, even, cast pieces with painted eyes; these six "
         "are old carved ivory (garing) heads and hands with glass eyes, worn gilding and the dowel holes of the "
         "bodies they were wrenched from, stolen from Bohol church images: Philippine religious heritage taken out "
         "of the Philippines, which forbids its export, and elephant ivory (CITES App. I) without documents, flown "
         "from Manila to Madrid for a religious-art dealer; Tagalog wording (Paete carvings repeat blind111 as new "
         "saints; a santo-repair-parts label was found in no earlier row by a keyword search)",
         firm("Meridian Arte Sacro SL", "ES")),
        ("CUL-10", "import", "FRSEA01", "sea", "CM", [], "FR", "940169",
         "Tabourets bamiléké sculptés, neufs, artisanat de Foumban, 60 pièces", "CM", 900, 60, 1800, "EUR",
         "a craft container for a Paris gallery: new Foumban stools and workshop masks are what Douala exporters "
         "ship, but the third item's 'statuette, copie d'atelier' is a 19th-century Bangwa commemorative figure with "
         "a crusted sacrificial patina, old insect damage and a museum-like field label, taken from a Lebialem "
         "chiefdom: cultural property taken out of Cameroon, which forbids its export, brought in without the "
         "importer statement Regulation 2019/880 requires, hidden as the last item of a three-item declaration, "
         "from Douala to Le Havre; Cameroonian French wording (Cameroonian objects repeat in many sets and a "
         "Bangwa-style copy once, blind140; a Bangwa figure behind Foumban stools is the new part)",
         dict(firm("Rivage Arts Premiers SARL", "FR"),
              _more_items=[item("442090", "Masques décoratifs, copies d'atelier, 40 pièces", "CM", 200, 800, "EUR", qty=40),
                           item("442090", "Statuette en bois, copie d'atelier, 1 pièce", "CM", 14, 60, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "PLAIR01", "air", "PL", [], "AM", "903180",
         "Gradiometr transduktorowy (fluxgate) do prospekcji archeologicznej, zestaw, 2 szt.", "PL", 40, 2, 24000,
         "EUR",
         "a fluxgate gradiometer for archaeological prospection is a pair of sensors on a carrying frame at a few "
         "thousand euros; these two are optically pumped caesium-vapour magnetometers with a sensitivity below one "
         "picotesla and a towed array, at ten times that on the maker's list, for a Yerevan 'survey' firm whose "
         "forwarding order names a Tehran geophysics company: magnetometers controlled under dual-use 6A006, "
         "exported without a licence, flown from Warsaw; Polish wording (caesium magnetometers repeat blind128, as "
         "treasure hunters' metal detectors; kept as a repeat, an archaeological-gradiometer label to Armenia is "
         "the new part)", {"importer_country": "AM"}),
        ("STR-02", "export", "DKSEA01", "sea", "DK", [], "LB", "841939",
         "Frysetørringsanlæg til konservering af vanddrukkent arkæologisk træ, 1 stk.", "DK", 7000, 1, 180000, "EUR",
         "a conservation freeze-dryer for waterlogged wood is a long, plain vacuum chamber with a cold condenser "
         "and no need for sterility; this one has steam-in-place sterilisation, a condenser that takes well over "
         "10 kg of ice in 24 hours and a validated clean-room door, and the Beirut consignee's orders go on by road "
         "to a Damascus pharmaceutical front: a freeze-dryer controlled under dual-use 2B352 (Australia Group), "
         "exported without a licence and bound for Syria, from Aarhus; Danish wording (freeze-dryers repeat in "
         "many sets; a waterlogged-wood conservation label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "EG", "390729",
         "Polyéthylène glycol 400 liquide, pour la consolidation des bois archéologiques gorgés d'eau, 40 fûts",
         "BE", 9600, 40, 15000, "EUR",
         "PEG 400 is an odourless, colourless, slightly viscous liquid of 1.13 kg/l that conservators soak "
         "waterlogged wood in; these drums hold a liquid of 1.18 kg/l with a sulphurous, garlic-like smell and CAS "
         "111-48-8 on the drum heads: thiodiglycol (CWC Schedule 2, dual-use 1C350), whose transfer to a State "
         "not party to the Chemical Weapons Convention is forbidden, for an Alexandria 'museum-conservation "
         "supplier' in Egypt, which has not joined it, from Antwerp; Belgian French wording (thiodiglycol repeats "
         "in many sets and PEG covers in several; a waterlogged-wood conservation label was found in no earlier row "
         "by a keyword search)", {"importer_country": "EG"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "846490",
         "Fresatrice a controllo numerico per la scultura in marmo (copie di statue), 1 unità", "IT", 14000, 1,
         95000, "EUR",
         "a CNC stone-carving machine for statue copies is an open gantry with a water-cooled spindle, diamond tools "
         "and a rotary table, at loose tolerances; this one is an enclosed five-axis metal-cutting machining centre "
         "with a 4 µm positioning accuracy, a chip conveyor and coolant for steel, ordered by an Istanbul trader "
         "whose previous orders ended in Yekaterinburg: a machine tool under dual-use 2B001 and on the common "
         "high-priority list, whose sale for use in Russia Regulation 833/2014 forbids, from La Spezia to Ambarlı; "
         "Italian wording (five-axis machines repeat in many sets; a marble statue-copy label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "HRSEA01", "sea", "HR", [], "AE", "847989",
         "Podvodna ronilica (ROV) za podvodnu arheologiju, s manipulatorom, 1 kom.", "HR", 1800, 1, 420000, "EUR",
         "an ROV for underwater archaeology is a small observation vehicle rated for 300 m with a camera and a "
         "light manipulator; this one is a work-class vehicle rated for 3,000 m with a seven-function manipulator, "
         "a heavy tether winch and a buoyancy pack of syntactic foam, for a Dubai 'marine archaeology' firm whose "
         "consignee at Bandar Abbas builds submarines: a submersible and equipment controlled under dual-use 8A001 "
         "and 8A002, exported without a licence, from Rijeka to Jebel Ali; Croatian wording (submersibles repeat in "
         "several sets; an underwater-archaeology label was found in no earlier strategic row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-06", "export", "GRAIR01", "air", "GR", [], "GE", "845611",
         "Σύστημα λέιζερ καθαρισμού λίθινων μνημείων, Nd:YAG, 1 τεμ.", "GR", 220, 1, 60000, "EUR",
         "a laser for cleaning stone monuments is a Q-switched Nd:YAG of a few hundred millijoules with an "
         "articulated arm and a handpiece; this one gives several joules per pulse at high repetition with a "
         "beam director and a gimballed mount, and the Tbilisi buyer's forwarder delivers to a Russian optics "
         "institute: a laser controlled under dual-use 6A005 and whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Athens; Greek wording (lasers repeat in many sets; a stone-cleaning label was found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "export", "LTROAD01", "road", "LT", [], "BY", "880622",
         "Dronai fotogrametrijai, archeologinių kasinėjimų kartografavimui, 4 vnt.", "LT", 60, 4, 32000, "EUR",
         "a photogrammetry drone for dig mapping is a small camera quadcopter under 2 kg; these four are 15 kg "
         "hexacopters with LiDAR heads, thermal cameras and long-range data links, for a Minsk 'heritage survey' "
         "firm: unmanned aircraft whose export to Belarus Regulation 765/2006 forbids, at Medininkai; Lithuanian "
         "wording (drones to Belarus repeat in many sets; an excavation-mapping label was found in no earlier row "
         "by a keyword search)", {"importer_country": "BY"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "KG", "940320",
         "Muuseumivitriinid, klaas ja alumiinium, 12 tk", "EE", 900, 12, 36000, "EUR",
         "a museum fit-out for a Bishkek client: showcases and LED gallery lights are what an exhibition builder "
         "sends, but the third item's 'turvakaamerad muuseumisaalidele' are 40 bare, uncooled thermal-imaging cores "
         "with 640 x 512 detectors and no housings, for a client whose last museum was in Moscow: thermal cameras "
         "(8525 89, dual-use 6A003) on the common high-priority list, whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown "
         "from Tallinn; Estonian wording (thermal cores repeat in many sets; behind museum showcases is the new part "
         "as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("940542", "Muuseumi LED-valgustid, 80 tk", "EE", 160, 9600, "EUR", qty=80),
                           item("852589", "Turvakaamerad muuseumisaalidele, 40 tk", "EE", 30, 8000, "EUR", qty=40)])),
        ("STR-09", "export", "PTAIR01", "air", "PT", [], "MZ", "283720",
         "Ferricianeto de potássio para cianotipia (processos fotográficos históricos), 20 sacos de 25 kg", "PT", 500,
         20, 6000, "EUR",
         "potassium ferricyanide for cyanotypes is ruby-red crystals sold in small jars to photographers; these 20 "
         "sacks hold a white, flaky, bitter-almond-smelling salt that turns no paper blue and reads CAS 151-50-8 on "
         "the inner liners, half a tonne for a Chimoio 'photography school': potassium cyanide (dual-use 1C350, "
         "Australia Group), exported without a licence for gold-leaching in Manica, flown from Lisbon to Maputo; "
         "Portuguese wording (cyanides repeat in many sets and a ferricyanide label once, blind82, as the lawful "
         "good; a historic-photography label on cyanide was found in no earlier row by a keyword search)",
         {"importer_country": "MZ"}),
        ("STR-10", "transit", "NLSEA01", "sea", "CN", ["NL"], "IR", "902219",
         "Industrial CT X-ray source for cultural-heritage artefact scanning, 1 set", "CN", 3800, 1, 250000, "USD",
         "an X-ray source for scanning museum objects is a 450 kV tube with a detector panel and a turntable; this "
         "set is a 6-9 MeV electron linear accelerator with its klystron, modulator and a tungsten target, "
         "landed at Rotterdam in transit from Shanghai to Bandar Abbas: an accelerator controlled under dual-use "
         "3A101 and listed in the Iran regulation (267/2012), whose transit through the Union is forbidden; English "
         "wording (6-10 MeV linear accelerators repeat blind201 and blind220 under curing and disinfection labels; "
         "kept as a repeat, a heritage-scanning label on a transit through Rotterdam is the new part)", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKAIR01", "air", "GL", [], "DK", "392690",
         "Syntetiske barder (polykarbonat) til restaurering af korsetter og paraplyer, 20 stk.", "GL", 6, 20, 1500,
         "DKK",
         "synthetic baleen for corset and umbrella restorers is even, smooth, translucent polycarbonate strip; "
         "these 20 are tapering, layered keratin plates with a fringe of coarse bristles on one edge and a fishy "
         "smell when sawn: whale baleen (Mysticeti, CITES App. I) without CITES documents, flown from Nuuk, outside "
         "the Union, to Copenhagen for a textile-conservation studio; Danish wording from Greenland (baleen from "
         "Greenland repeats blind116 and blind194 under brush-filament and horn-strip labels; kept as a repeat, a "
         "synthetic-baleen label for corset restorers is the new part)",
         firm("Nordhafen Tekstilkonservering ApS", "DK")),
        ("WLF-02", "import", "FRAIR01", "air", "JP", [], "FR", "392073",
         "セルロースアセテート板 べっ甲柄、家具修復用、20 枚", "JP", 3, 20, 60000, "JPY",
         "tortoiseshell-pattern cellulose-acetate sheet is even, machine-flat plastic that softens with acetone; "
         "these 20 are hand-laminated plates of real hawksbill scute, translucent amber mottled with brown, that "
         "smell of burnt hair under a hot needle: bekko (Eretmochelys imbricata, CITES App. I) without documents, "
         "flown from Nagasaki to Paris for an ébéniste restoring Boulle marquetry; Japanese wording (tortoiseshell "
         "repeats in many sets, under acetate labels in blind175 and blind226, and a Boulle label once, blind195's "
         "pressed horn; kept as a repeat, bekko plates for a Boulle restorer from Japan are the new part)", firm("Rivage Ébénisterie SARL", "FR")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "440799",
         "Pau-ferro (Machaerium scleroxylon), peças para restauro de guitarras portuguesas antigas, 40 peças", "BR",
         60, 40, 2400, "USD",
         "pau-ferro is a tight-grained, olive-brown wood with a faint smell; these 40 pieces are dark chocolate "
         "with black 'spider-web' streaks, oily, and smell of roses when sawn: Brazilian rosewood (Dalbergia nigra, "
         "CITES App. I) without CITES documents, flown from São Paulo to Lisbon for a restorer of antique Portuguese "
         "guitars; Brazilian Portuguese wording (Brazilian rosewood repeats in many sets and pau-ferro labels in a "
         "few; for instrument restoration is the new part as far as a search found)",
         firm("Atlantic Guitarras Lda", "PT")),
        ("WLF-04", "import", "DEPOST01", "post", "CH", [], "DE", "440799",
         "Holzmusterkollektion (Xylothek), aufgelöste Lehrsammlung, 300 Musterklötzchen", "CH", 4, 300, 240, "CHF",
         "a dispersed teaching xylotheque is a box of small, labelled blocks of common timbers; among these 300 are "
         "blocks labelled and identifiable as alerce (Fitzroya cupressoides), monkey-puzzle (Araucaria araucana) and "
         "Brazilian rosewood, all CITES App. I, and Honduras mahogany (App. II), without CITES documents, posted "
         "from Zürich to a private wood collector in Freiburg; Swiss German wording (mixed wood samples repeat in a "
         "few sets; a xylotheque label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("WLF-05", "import", "NLSEA01", "sea", "NI", [], "NL", "440799",
         "Madera de guapinol (Hymenaea courbaril), bloques torneados para motones y vigotas de barcos históricos, 2 t",
         "NI", 2000, None, 6000, "USD",
         "guapinol (Hymenaea) is a red-brown, hard but workable wood that just floats when dry; these blocks are "
         "green-brown, greasy to the touch, sink at once and smell of balsam when turned: lignum vitae (Guaiacum "
         "sanctum, CITES App. II) without CITES documents, by sea from Corinto to Rotterdam for a heritage-ship yard "
         "that makes deadeyes and blocks; Nicaraguan Spanish wording (lignum vitae repeats in several sets and a "
         "Hymenaea label once, blind97's paquió; a guapinol label for historic rigging was found in no earlier row)",
         firm("Horizon Scheepsrestauratie BV", "NL")),
        ("WLF-06", "import", "NLPOST01", "post", "US", [], "NL", "392690",
         "Museum-quality resin replica skull, primate, for osteology study, 1 pc", "US", 1.4, 1, 180, "USD",
         "a resin replica skull is light, warm, evenly coloured and shows a mould seam; this one is heavy, porous "
         "bone with rootlet etching, worn teeth and an old museum number in ink: a chimpanzee skull (Pan "
         "troglodytes, CITES App. I) without CITES documents, posted from Oregon to a private collector in "
         "Utrecht; US English wording (primate skulls repeat in several sets and resin-cast labels in blind217; "
         "kept as a repeat, by post from the United States to a private person is the new part)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "FRAIR01", "air", "MG", [], "FR", "970510",
         "Spécimens d'invertébrés en alcool pour collection universitaire (insectes, mollusques), 12 bocaux", "MG",
         18, 12, 200, "EUR",
         "invertebrate specimens in alcohol are small insects and shells in labelled jars; these twelve jars hold "
         "juvenile radiated tortoises (Astrochelys radiata, CITES App. I) and leaf-tailed geckos (Uroplatus, App. "
         "II), for a faculty that is not a registered scientific institution and carries no CITES label: "
         "specimens without CITES documents, flown from Antananarivo to Paris; Malagasy French wording (Malagasy "
         "reptiles repeat in many sets; an invertebrate-collection label was found in no earlier row by a keyword "
         "search)", firm("Laboratoire de Zoologie Universitaire", "FR")),
        ("WLF-08", "import", "NLSEA01", "sea", "IN", [], "NL", "940360",
         "Antique Rajasthani wooden cabinet with camel-bone inlay, 19th century, 1 pc", "IN", 80, 1, 2400, "USD",
         "camel-bone inlay is chalky, white, with dark pores and dots; this cabinet's inlay is creamy, translucent "
         "and shows cross-hatched Schreger lines on the cut ends: elephant ivory (CITES App. I), whose import into "
         "the Union is forbidden without a permit the Union no longer grants for such items, by sea from Mundra to "
         "Rotterdam for an antiques dealer; Indian English wording (ivory inlay repeats in many sets and "
         "camel-bone labels in several; kept as a repeat, an antique cabinet from India to the Netherlands is the "
         "new part)", firm("Orion Antiek BV", "NL")),
        ("WLF-09", "import", "DEAIR01", "air", "PK", [], "DE", "442090",
         "لکڑی کی نقش دار آرائشی تلواریں، 6 عدد", "PK", 24, 6, 300, "USD",
         "carved wooden ornamental swords are light, evenly grained and smell of wood; these six are flat, "
         "cartilage-cored blades studded on both edges with real teeth set in sockets: sawfish rostra (Pristidae, "
         "CITES App. I) without CITES documents, flown from Karachi to Frankfurt for a dealer in cabinets of "
         "curiosities; Urdu wording (sawfish repeats in several sets; a carved-sword label was found in no earlier "
         "row by a keyword search)", firm("Alpina Wunderkammer GmbH", "DE")),
        ("WLF-10", "import", "FRAIR01", "air", "CA", [], "FR", "711620",
         "Ammolite polie de l'Alberta, pour boutique de musée, 400 pièces", "CA", 20, 400, 6000, "CAD",
         "a museum-shop consignment for a Paris natural-history museum shop: Alberta ammolite and fossil shark "
         "teeth are what such shops sell, but the third item's 'sculptures en ivoire de mammouth du Yukon' show "
         "Schreger angles over 115°, are creamy without the brown mineral staining of mammoth and carry no "
         "fossil-ivory certificate: elephant ivory (CITES App. I), hidden as the last item of a three-item "
         "declaration, flown from Montréal to Paris; Québec French wording (mammoth-ivory covers repeat in several "
         "sets and ammolite once, blind151; behind a museum-shop order is the new part as far as a search found)",
         dict(firm("Central Boutique Muséum SARL", "FR"),
              _more_items=[item("960190", "Dents de requin fossiles, montées, 600 pièces", "CA", 30, 1200, "CAD", qty=600),
                           item("960190", "Sculptures en ivoire de mammouth du Yukon, 24 pièces", "CA", 12, 2400, "CAD", qty=24)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESPOST01", "post", "CL", "ES", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (textile-conservation bleaching)", "CL", 4.5, 4,
     60, "USD", [("PRECURSOR_LICENCE", "ES-SES-65-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLPOST01", "post", "UA", "PL", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (historical chemistry demonstrations)", "UA", 1, 1,
     30, "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-65-0241")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262190",
     "Spent blasting abrasive with lead paint (12 01 16*), from a bridge restoration, for recovery at a licensed plant, 22 t",
     "CH", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-65-0133")], "notified lead-paint blasting waste to a licensed plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "890800",
     "Decommissioned excursion vessel, for dismantling at a ship-recycling facility on the European List", "NO",
     420000, 1, 0, "EUR", [("BASEL_CONSENT", "DK-MST-65-0027")], "notified end-of-life vessel to a listed recycling yard"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290361",
     "Methyl bromide, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 700,
     "USD", [("ODS_LICENCE", "IT-MASE-ODS-65-011")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "SESEA01", "sea", "SE", "US", "290376",
     "Recovered halon 1301 from an archive vault, for reclamation for critical uses in aviation, 30 cylinders", "SE",
     1200, 30, 18000, "EUR", [("ODS_LICENCE", "SE-NV-ODS-65-004")], "recovered halon exported for a critical use under licence"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Nabataean bronze coins, 40, from a Swiss collection documented since 1965", "JO", 0.3, 40, 6000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-65-0091")], "archaeological coins with the EU import licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Oil on canvas, Saint Rose of Lima, Cuzco school, c. 1750, documented Spanish collection", "PE", 14, 1, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-65-0207")], "painting exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "PLAIR01", "air", "PL", "TR", "903180",
     "Caesium-vapour magnetometers for archaeological prospection, 2 units, for a Turkish university", "PL", 40, 2,
     48000, "EUR", [("EXPORT_LICENCE", "PL-MRiT-65-0318"), ("END_USER_CERTIFICATE", "TR-YOK-EUC-65-0042")],
     "dual-use magnetometers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol 99 %, 40 drums, for a textile-ink maker", "BE", 9600, 40, 28000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-65-0771"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-65-0119")],
     "Schedule 2 chemical to a CWC State Party under licence"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "MX", "NL", "440799",
     "Lignum vitae (Guaiacum sanctum), sawn blocks, 1.5 t, for ship-rigging blocks", "MX", 1500, None, 9000, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-65-0218")], "App. II lignum vitae with its export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "440799",
     "Brazilian rosewood (Dalbergia nigra), pre-Convention stock, 20 guitar sets", "BR", 30, 20, 12000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-65-0533")], "App. I rosewood of pre-Convention stock with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Piotr Nowak", "PRM-04": "Nordhafen Skibsophugning A/S",
    "PRM-05": "Central Analitica Srl", "PRM-11": "Horizon Scheepsrestauratie BV", "PRM-12": "Atlantic Guitarras Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (51 rows): the lawful twins of this set's disguises, nearly all of them the goods
    # of excavations, museums, conservation laboratories, restorers and heritage builders
    ("252220", "Lime water (calcium hydroxide solution) for wall-painting conservation, 1 l", "import", ["post"], ["AR", "CL"], (5, 10), (1, 4), ["USD"], 1, S),
    ("291815", "Triammonium citrate solution 5 %, for painting cleaning, 1 l", "import", ["post"], ["NO", "CH"], (8, 15), (1, 4), ["NOK", "CHF"], 1, S),
    ("252020", "Selenite plaster for scagliola, 1 kg bags", "import", ["post"], ["CH"], (6, 12), (1, 4), ["CHF"], 1, S),
    ("391290", "Cellulose fibre powder for desalination poultices, 1 kg", "import", ["post"], ["BA", "RS"], (6, 12), (1, 4), ["EUR"], 1, S),
    ("252230", "Natural hydraulic lime NHL 3.5, 25 kg sacks", "import", ["sea"], ["TN", "MA"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.04, S),
    ("291811", "Ethyl lactate, conservation grade, 1 l", "import", ["express"], ["JP", "US"], (15, 30), (1, 4), ["USD"], 1, S),
    ("350300", "Liquid hide glue for furniture restoration, 250 ml", "import", ["post"], ["CA", "US"], (15, 30), (1, 4), ["CAD", "USD"], 4, S),
    ("350300", "Rabbit-skin glue granules, 1 kg", "import", ["post"], ["UA", "TR"], (10, 20), (1, 4), ["EUR"], 1, S),
    ("283990", "Laponite synthetic clay powder, for conservation gels, 500 g", "import", ["post"], ["IL", "GB"], (30, 60), (1, 3), ["USD"], 2, S),
    ("130219", "Quillaja bark extract, liquid, for textile washing, 1 l", "import", ["express"], ["CL"], (10, 20), (1, 4), ["USD"], 1, S),
    ("890110", "Excursion passenger vessel, used, in class, sold for further service", "export", ["sea"], ["NO", "TR"], (0.6, 1.5), (300000, 900000), ["EUR"], 0.000002, S),
    ("250510", "Washed building sand, 0-4 mm, big bags", "export", ["sea"], ["CV", "MA"], (0.02, 0.05), (20000, 26000), ["EUR"], None, S),
    ("940360", "Museum showcases, oak and glass, new", "export", ["sea"], ["SN", "CD"], (6, 12), (2000, 6000), ["EUR"], 0.01, S),
    ("850440", "Silicon traction rectifier modules, refurbished, tested", "export", ["road"], ["RS", "UA"], (15, 30), (500, 2000), ["EUR"], 0.01, S),
    ("860290", "Narrow-gauge steam locomotive, restored, asbestos-free, for a heritage railway", "export", ["rail"], ["UA", "RS"], (2, 4), (15000, 30000), ["EUR"], 0.00005, S),
    ("902219", "Industrial X-ray cabinets for artefact radiography, new", "export", ["sea"], ["EG", "ZA"], (20, 40), (800, 2500), ["EUR"], 0.002, S),
    ("761090", "Aluminium exhibition wall system, reusable, with new panels", "export", ["sea"], ["VN", "AE"], (6, 12), (4000, 12000), ["EUR"], None, S),
    ("700490", "Mouth-blown antique glass sheets for stained-glass studios, new", "export", ["sea"], ["IN", "US"], (8, 15), (2000, 6000), ["EUR"], None, S),
    ("440799", "Reclaimed oak beams, untreated, graded", "export", ["sea"], ["MA", "GB"], (0.6, 1.2), (10000, 20000), ["EUR"], None, S),
    ("701790", "Laboratory glassware, new, boxed", "export", ["road"], ["AL", "RS"], (8, 15), (500, 3000), ["EUR"], None, S),
    ("281121", "Carbon dioxide, food grade, cylinders, for anoxic pest treatment", "import", ["sea"], ["IN", "TR"], (0.8, 1.5), (2000, 6000), ["USD"], None, S),
    ("271012", "Petroleum ether 60-80, laboratory grade, 20 l cans", "import", ["road"], ["TR", "RS"], (1.5, 3), (1000, 4000), ["EUR"], None, S),
    ("847989", "Desiccant-wheel dehumidifiers for museum stores, new", "export", ["sea"], ["LB", "EG"], (10, 20), (1000, 4000), ["EUR"], 0.01, S),
    ("390690", "Paraloid B-72 acrylic resin beads, 1 kg bags", "import", ["air"], ["US", "CN"], (20, 35), (100, 500), ["USD"], 1, S),
    ("280421", "Argon 4.6 shielding gas, returnable 200-bar cylinders", "import", ["road"], ["TR", "RS"], (1, 2), (2000, 6000), ["EUR"], None, S),
    ("290219", "Cyclododecane, pure, for temporary consolidation, 500 g", "import", ["express"], ["JP", "US"], (60, 120), (1, 3), ["USD"], 2, S),
    ("940320", "Passive museum showcases with silica-gel conditioning, new", "import", ["sea"], ["CN", "TR"], (8, 15), (2000, 6000), ["USD"], 0.01, S),
    ("381400", "Modified-alcohol cleaning solvent for clock movements, 5 l", "import", ["express"], ["KR", "JP"], (10, 20), (1, 4), ["USD"], 0.2, S),
    ("842410", "Water-mist fire extinguishers for heritage interiors, new", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 0.1, S),
    ("392640", "Museum-shop resin replicas of Nabataean figurines", "import", ["air"], ["JO", "TR"], (8, 15), (100, 500), ["USD"], 2, S),
    ("711719", "Gilded brass replicas of Kushan ornaments, museum shop", "import", ["air"], ["UZ", "IN"], (30, 60), (50, 300), ["USD"], 10, S),
    ("970129", "Contemporary oil paintings by Bolivian artists, framed", "import", ["air"], ["BO", "PE"], (40, 80), (100, 400), ["USD"], 0.2, S),
    ("251710", "Flint nodules for knapping demonstrations", "import", ["sea"], ["MA", "GB"], (0.3, 0.6), (2000, 8000), ["EUR"], None, S),
    ("442199", "Carved wooden window frames, Newar style, new", "import", ["sea"], ["NP", "IN"], (4, 8), (1000, 4000), ["USD"], 0.05, S),
    ("691390", "Jun-style reproduction ceramics, new, stamped", "import", ["post"], ["CN"], (20, 40), (1, 3), ["USD"], 1, S),
    ("681099", "Cast-stone garden ornaments, new", "import", ["sea"], ["GT", "MX"], (0.8, 1.5), (4000, 12000), ["USD"], 0.05, S),
    ("392640", "Resin heads and hands for santo repair, Paete workshops, new", "import", ["post"], ["PH"], (40, 80), (1, 3), ["USD"], 2, S),
    ("940169", "Carved Bamileke-style stools, new craft", "import", ["sea"], ["CM"], (2, 4), (1000, 4000), ["EUR"], 0.07, S),
    ("903180", "Fluxgate gradiometers for archaeological prospection", "export", ["air"], ["TR", "JO"], (300, 600), (20, 80), ["EUR"], 0.05, S),
    ("841939", "Benchtop laboratory freeze-dryers, 4 kg condenser", "export", ["sea"], ["EG", "MA"], (30, 60), (500, 2000), ["EUR"], 0.01, S),
    ("390729", "Polyethylene glycol 4000 flakes, for wood conservation", "export", ["sea"], ["EG", "TR"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("846490", "CNC stone-carving routers, 3-axis, for monument workshops", "export", ["sea"], ["TR", "EG"], (6, 10), (3000, 9000), ["EUR"], 0.0002, S),
    ("845611", "Fibre laser cleaning systems, 100 W, for stone conservation", "export", ["air"], ["GE", "TR"], (100, 200), (100, 500), ["EUR"], 0.01, S),
    ("283720", "Potassium ferricyanide for cyanotype printing, 500 g", "export", ["post"], ["US", "GB"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("392690", "Synthetic baleen (polycarbonate) strips for corsetry", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 20, S),
    ("392073", "Tortoiseshell-pattern cellulose acetate sheets", "import", ["air"], ["JP", "CN"], (20, 40), (100, 500), ["USD"], 2, S),
    ("440799", "Pau-ferro (Machaerium) fingerboard blanks", "import", ["air"], ["BR", "BO"], (15, 30), (100, 500), ["USD"], 5, S),
    ("440799", "Guapinol (Hymenaea courbaril) sawn blocks", "import", ["sea"], ["NI", "HN"], (1.5, 3), (4000, 12000), ["USD"], None, S),
    ("392690", "Resin replica skulls, anatomical teaching", "import", ["post"], ["US", "CN"], (40, 90), (1, 3), ["USD"], 1, S),
    ("940360", "Reproduction Rajasthani cabinets with camel-bone inlay, new", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 0.02, S),
    ("711620", "Polished Alberta ammolite, museum shop", "import", ["air"], ["CA"], (100, 250), (20, 100), ["CAD"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("401699", "Rubber door wedges (doorstops)", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 10, N),
        ("630291", "Half-linen tea towels, printed", "import", ["sea"], ["PK", "IN"], (5, 9), (2000, 6000), ["USD"], 10, N),
        ("491199", "Printed card bookmarks with tassels, packs", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 50, N),
        ("691200", "Stoneware soap dishes and toothbrush holders", "import", ["sea", "road"], ["CN", "TR"], (1.2, 2.2), (3000, 8000), ["USD", "EUR"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind237", 20650901, HERE)


if __name__ == "__main__":
    main()
