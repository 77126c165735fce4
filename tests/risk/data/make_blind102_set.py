#!/usr/bin/env python3
"""Writes the hundred-and-second blind set (tests/risk/data/blind102-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2043, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin, animal by-products included) appear only in the permitted rows, with their
document, and goods whose importer must hold an authorisation (steel, HFC-charged equipment,
HFC and HFO refrigerants, firearms parts) are left out of the ordinary table. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL102-*:

    python3 tests/risk/data/make_blind102_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "MX", [], "ES", "252220",
         "Cal para nixtamal, grado alimenticio, 4 bolsas de 1 kg", "MX", 4, 4, 480, "MXN",
         "cal for nixtamal is slaked lime, a soft, chalky powder that tastes bitter-alkaline and turns water milky; these "
         "four bags hold glossy, slightly crunchy crystals that dissolve clear, spit violet sparks on a hot pan and carry "
         "CAS 3811-04-9 on the inner liner: potassium chlorate (Annex I above 40 %), sent by express from Puebla to a "
         "private person in Zaragoza who makes no tortillas; Mexican Spanish wording (potassium chlorate repeats in many "
         "sets; a nixtamal-lime cover was found in no earlier row)", person("Sr. J. García", "ES")),
        ("PRE-02", "import", "NLSEA01", "sea", "TW", [], "NL", "310520",
         "蘭花專用肥料 20-20-20，零售袋 1 公斤，16,000 袋", "TW", 16000, 16000, 12800, "USD",
         "orchid fertiliser is a fine, coloured, water-soluble NPK powder with potassium and phosphate on its analysis; "
         "these 1 kg retail bags hold hard, white, uncoloured prills that turn ice-cold in water, test at 34 % N and show "
         "no phosphate or potassium at all, at 0.80 USD a bag, for a Venlo garden web shop that sells to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) packed for members of the public; traditional Chinese wording from "
         "Taichung (ammonium nitrate repeats in many sets and orchid-fertiliser covers in blind26, from Morocco, and blind95, "
         "from Thailand; by sea from Taiwan in traditional Chinese is the new part, the cover a known repeat)", firm("Orion Garden Supply BV", "NL")),
        ("PRE-03", "import", "BEAIR01", "express", "ZA", [], "BE", "382499",
         "Akwaponika suurstofversterker vir visse en plante, 6 x 1 l", "ZA", 7.2, 6, 1900, "ZAR",
         "aquaponics oxygen boosters are a few drops of 3 % peroxide or a tablet of calcium peroxide; these six litres "
         "weigh 1.20 kg/l, come in vented HDPE bottles, bleach a fingertip white on contact and the packing list from the "
         "Pretoria filler reads 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), sent by express to a private person "
         "in Leuven who keeps no fish, although oxidising liquids travel by express only as declared dangerous goods; "
         "Afrikaans wording (hydrogen peroxide repeats in many sets and aquarium oxygen covers in two; an aquaponics "
         "booster from South Africa in Afrikaans is the new part)", person("Jan Peeters", "BE")),
        ("PRE-04", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Добавка для десульфурації біогазу, гранули, 6 мішків по 25 кг", "UA", 150, 6, 9000, "UAH",
         "biogas desulphurisation additives are rust-brown iron-hydroxide or iron-oxide pellets that stain the hands; "
         "these six sacks hold white, damp-drawing crystals that flare yellow on a cigarette and read 'NaClO3' on the inner "
         "liners: sodium chlorate (Annex I above 40 %), in a van at Vyšné Nemecké from Uzhhorod for a private person in "
         "Michalovce who runs no digester; Ukrainian wording (sodium chlorate repeats in many sets; a biogas-additive "
         "cover was found in no earlier row)", person("Súkromná osoba", "SK")),
        ("PRE-05", "import", "FRPOST01", "post", "CH", [], "FR", "340290",
         "Nettoyant de semelle pour skis, sans agrumes, 4 x 1 l", "CH", 4.6, 4, 140, "CHF",
         "ski-base cleaners are citrus or mineral-spirit solvents that smell of oranges or paraffin; these four litres "
         "are oily, smell faintly fruity, leave the base tacky instead of clean and the inner bottles read 'CH3NO2 98 %': "
         "nitromethane (Annex I above 16 %), posted from Fribourg to a private person in Annecy, although flammable "
         "liquids may not travel by post; Swiss French wording (nitromethane repeats in many sets and ski-wax "
         "and ski-base cleaners covered it in four sets, all posted from Norway; posted from Switzerland in French is the "
         "new part, the cover a known repeat)", person("Mme Claire Martin", "FR")),
        ("PRE-06", "import", "FRPOST01", "post", "GB", [], "FR", "283321",
         "Epsom salt for foot baths, unscented, 3 x 1 kg", "GB", 3, 3, 24, "GBP",
         "Epsom salt is magnesium sulphate: bitter, prismatic crystals that dissolve with a slight chill; these three "
         "pouches hold a fine, glassy, tasteless powder that barely dissolves in cold water, burns fiercely with sugar and "
         "reads 'KClO4 99 %' on the inner bags: potassium perchlorate (Annex I above 40 %), posted from Leeds to a "
         "private person in Lille; British English wording (potassium perchlorate repeats in many sets and Epsom-salt "
         "covers in blind41, blind55 and blind87, a foot-bath salt from Albania among them; posted from Britain to France "
         "is the new part, the cover a known repeat)",
         person("M. T. Dubois", "FR")),
        ("PRE-07", "import", "HRROAD01", "road", "ME", [], "HR", "382499",
         "Elektrolit za eloksiranje aluminijuma, koncentrat, 4 x 5 l", "ME", 36.8, 4, 180, "EUR",
         "hobby anodising electrolyte is a ready-to-use 15-20 % acid; these four canisters are heavy, oily, weigh "
         "1.84 kg/l, char a paper towel at once and warm violently when a drop of water falls in: about 96 % sulphuric "
         "acid (Annex I above 15 %), in a private car at Debeli Brijeg from Herceg Novi for a private person in Dubrovnik "
         "with no workshop; Montenegrin wording (sulphuric acid repeats in many sets and an anodising electrolyte covered "
         "it in blind88, by express; a concentrate by car from Montenegro to Croatia is the new part, the cover a known "
         "repeat)", person("Privatna osoba", "HR")),
        ("PRE-08", "import", "GRROAD01", "road", "MK", [], "GR", "442199",
         "Пчеларска опрема: рамки за кошници, 200 парчиња", "MK", 60, 200, 400, "EUR",
         "a beekeeper's supply order by van: hive frames and a smoker are what a beekeeper buys, but the third item's "
         "'оксална киселина дихидрат' for varroa treatment is five 1 kg tubs of crystals that taste of nothing rather than "
         "sour, do not dissolve readily and flare violet on a hot plate: potassium chlorate (Annex I above 40 %), hidden "
         "as the last item of a three-item declaration, at Evzonoi from Strumica for a private person in Kilkis with no "
         "hives; Macedonian wording (potassium chlorate repeats in many sets and beekeeping orders covered it in blind55 (hive frames from Türkiye) and "
         "blind68 (smoker fuel from Serbia), and varroa oxalic acid on sodium chlorate in blind55 itself; a Macedonian "
         "order to Greece is the new part, the cover a known repeat)",
         dict(person("Idiotis", "GR"),
              _more_items=[item("843680", "Пушалка за пчели, нерѓосувачка, 4 парчиња", "MK", 3, 60, "EUR", qty=4),
                           item("291711", "Оксална киселина дихидрат за варооза, 5 x 1 кг", "MK", 5, 40, "EUR", qty=5)])),
        ("PRE-09", "import", "DEROAD01", "road", "CH", [], "DE", "340290",
         "Saurer CIP-Reiniger für Hobbybrauanlagen, 6 x 5 l", "CH", 42, 6, 240, "CHF",
         "acid cleaners for home-brewing kit are a few per cent phosphoric or a weak nitric-phosphoric mix, diluted "
         "before use; these six canisters fume brown when opened, weigh 1.40 kg/l and stain the skin yellow: about 65 % "
         "nitric acid (Annex I above 3 %), in a private car at Basel-Weil for a private person in Freiburg who brews "
         "nothing; Swiss German wording (nitric acid repeats in many sets and brewery CIP and beer-line cleaners covered it in "
         "blind33 and blind76; by car from Switzerland in Swiss German is the new part, the cover a known repeat)", person("Herr K. Becker", "DE")),
        ("PRE-10", "import", "LTPOST01", "post", "KZ", [], "LT", "250100",
         "Моншаға арналған тұз, қайың иісті, 4 x 1 кг", "KZ", 4, 4, 8000, "KZT",
         "sauna salt is coarse sea salt with a birch or eucalyptus oil that smells as soon as the parcel is opened; these "
         "four bags smell of nothing, hold fine, sticky, damp-drawing crystals with no salty taste that burn fiercely "
         "with sugar and read 'NaClO4' on the inner liner: sodium perchlorate (Annex I above 40 %), posted from Almaty to "
         "a private person in Kaunas; Kazakh wording (sodium perchlorate repeats in several sets and sauna covers held perchlorate "
         "in blind63 (menthol crystals) and blind72 (stove-stone cleaner), and another substance as sauna salt in blind54; "
         "sauna salt posted from Kazakhstan is the new part)",
         person("Privatus asmuo", "LT")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "IN", "380210",
         "Charbon actif réactivé, granulés 8x30, 40 big bags", "BE", 20000, 40, 6000, "EUR",
         "reactivated carbon comes from a regeneration kiln, dust-free, with an iodine number and a certificate; these "
         "big bags hold wet, black granules that smell of solvents, out of a chemical plant's waste-gas and waste-water "
         "filters, never regenerated, at 0.30 EUR/kg: spent activated carbon (06 13 02*), hazardous waste whose export to "
         "a non-OECD country is banned, from Antwerp for a Mundra 'water treatment supplier'; Belgian French wording "
         "(spent carbon as reactivated carbon repeats in blind40, blind74 and blind88; from Belgium to India in French is "
         "the new part, the cover a known repeat)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "VN", "281700",
         "Óxido de zinc, pigmento para pinturas, 99 %, 2 contenedores", "ES", 48000, None, 14400, "EUR",
         "zinc-oxide pigment is a snow-white, fluffy powder with 99 % ZnO; this is a brown-grey, dense dust with 25 % "
         "zinc, lead, cadmium and chlorides, from a steelworks' bag filters in the Basque Country, at 0.30 EUR/kg: "
         "electric-arc-furnace dust (10 02 07*), hazardous waste whose export to a non-OECD country is banned, from "
         "Bilbao for a Hai Phong 'paint factory'; Spanish wording (EAF dust repeats in several sets as crude zinc oxide; "
         "a 99 % paint pigment to Vietnam is the new part)", {"importer_country": "VN"}),
        ("WST-03", "transit", "NLSEA01", "sea", "IS", ["NL"], "IN", "250870",
         "Chamotte (eldfastur leir), mulin, 3 gámar", "IS", 72000, None, 7200, "USD",
         "chamotte grog is calcined, clean, buff-coloured fireclay crushed to size; this is black and grey rubble of "
         "carbon and brick with a smell of almonds when wet and white fluoride crusts, dug out of the cells of an "
         "aluminium smelter: spent pot lining (16 11 01*, cyanides and fluorides), hazardous waste whose transit through "
         "the Union had no notification and whose export to a non-OECD country is banned, landed at Rotterdam in "
         "transit from Reykjavík to Visakhapatnam; Icelandic wording (spent pot lining repeats in many sets; as "
         "chamotte grog in transit through the Netherlands is the new part)", {"importer_country": "IN"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "MY", "390110",
         "Αναγεννημένο LDPE σε κόκκους, φιλμ ποιότητας, 4 εμπορευματοκιβώτια", "GR", 96000, None, 9600, "EUR",
         "LDPE regranulate is extruded, clean pellets of one colour; these containers hold baled, torn greenhouse and "
         "silage film with soil, stones, plant stems and twine, never washed or extruded, at 0.10 EUR/kg: contaminated "
         "agricultural plastic film (02 01 04), plastic waste whose export to a non-OECD country the Union no longer "
         "allows, from Thessaloniki for a Port Klang 'plastics compounder'; Greek wording (plastic waste repeats in many "
         "sets and film as PE regranulate in blind22 and blind47; from Greece to Malaysia is the new part, the cover a "
         "known repeat)",
         {"importer_country": "MY"}),
        ("WST-05", "export", "CZAIR01", "air", "CZ", [], "EG", "901890",
         "Starožitné lékařské přístroje, sběratelské, 1 paleta", "CZ", 180, 420, 2100, "EUR",
         "antique medical instruments come singly, boxed and described for a collector; this pallet holds 420 "
         "crushed-together sphygmomanometers and thermometers from hospital clearances, several broken, with beads of "
         "mercury in the wrapping: mercury-containing waste (16 02 13*, 20 01 21*), hazardous waste whose export to a "
         "non-OECD country is banned, and mercury-added devices whose export the Union forbids, flown from Prague to a "
         "Cairo 'antique dealer'; Czech wording (mercury devices repeat in a few sets; as antique instruments by air "
         "to Egypt is the new part)", {"importer_country": "EG"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "SN", "253090",
         "Puzzolan til cement, naturlig, løs, 1.000 t", "DK", 1000000, None, 15000, "EUR",
         "natural pozzolana is a volcanic tuff, ground, with a chemical analysis; this is a pale-grey, dusty ash that "
         "leaches salts and heavy metals, from the flue-gas cleaning of a municipal incinerator, at 0.015 EUR/kg: "
         "incinerator fly ash (19 01 13*), hazardous waste whose export to a non-OECD country is banned, from Aarhus for "
         "a Dakar 'cement maker'; Danish wording (fly ash as a pozzolan repeats in several sets, blind13 and blind41 "
         "among them; from Denmark to Senegal in Danish is the new part, the cover a known repeat)",
         {"importer_country": "SN"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "631010",
         "Ċraret tat-tindif magħżula, qoton, 12-il tunnellata", "MT", 12000, None, 1800, "EUR",
         "sorted wiping rags are clean cotton cut from sorted garments or mill offcuts; these bales hold used surgical "
         "drapes, gowns and swabs from hospital theatres, with blood and fluid stains and yellow clinical-waste bag "
         "remnants among them, at 0.15 EUR/kg: infectious clinical waste (18 01 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from Marsaxlokk for a Tripoli 'textile trader'; Maltese wording (clinical waste "
         "as sorted wiping rags repeats in blind73, from the United States; from Malta to Libya in Maltese is the new "
         "part, the cover a known repeat)", {"importer_country": "LY"}),
        ("WST-08", "import", "ROROAD01", "road", "RS", [], "RO", "282739",
         "Раствор бакар(II) хлорида, технички, за производњу фунгицида, 20 IBC", "RS", 24000, 20, 4800, "EUR",
         "technical copper(II) chloride comes as green crystals or a clear, standardised solution with a data sheet; "
         "these IBCs hold a dark green, fuming liquid with free hydrochloric acid, sediment and resist flakes, pumped "
         "from a printed-circuit-board maker's etching line: spent acid etching solution (11 01 05*), hazardous waste "
         "imported for recovery without notification or consent, at Moravița for a Timiș 'agrochemicals' firm; Serbian "
         "Cyrillic wording (spent etchant repeats in a few sets, as a fertiliser micronutrient by road in blind94; as a "
         "fungicide raw material from Serbia to Romania is the new part)", firm("Meridian Agro Supply Srl", "RO")),
        ("WST-09", "export", "SKRAIL01", "rail", "SK", [], "UA", "320890",
         "Farba priemyselná, druhá akosť, sudy 200 l, 2 vagóny", "SK", 80000, 400, 8000, "EUR",
         "second-grade paint is sound paint in sealed drums, off-shade or past its sales date; these drums hold layered, "
         "skinned sludge with solvent on top and booth filter mats pushed in, scraped from a car-body plant's spray "
         "booths, at 0.10 EUR/kg: paint sludge containing organic solvents (08 01 13*), hazardous waste whose export to "
         "a non-OECD country is banned, by rail at Čierna nad Tisou for a Chop 'paint trader'; Slovak wording (paint "
         "sludge as second-grade paint repeats in blind67, from Poland; by rail from Slovakia to Ukraine is the new part, "
         "the cover a known repeat)", {"importer_country": "UA"}),
        ("WST-10", "export", "IESEA01", "sea", "IE", [], "NG", "940360",
         "Used household furniture, sofas and wardrobes, 1 lot", "IE", 2200, 1, 1500, "EUR",
         "a second-hand goods container: used furniture and bicycles are what Lagos traders buy, but the third item's "
         "'electrical appliances, tested, working' are 260 CRT monitors and microwave ovens with cut flexes, smashed "
         "screens and no test labels, packed loose behind the sofas: waste electrical and electronic equipment with "
         "hazardous components (20 01 35*), hazardous waste whose export to a non-OECD country is banned, hidden as the "
         "last item of a three-item declaration, from Dublin for Lagos; Irish English wording (CRT e-waste behind used "
         "goods repeats in several sets; from Ireland to Nigeria is the new part)",
         dict({"importer_country": "NG"},
              _more_items=[item("871200", "Used bicycles, adult, 60 pcs", "IE", 900, 1200, "EUR", qty=60),
                           item("852859", "Electrical appliances, tested, working, 260 pcs", "IE", 4200, 2600, "EUR",
                                qty=260)])),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "TH", [], "SI", "390729",
         "โพลีออลผสมสำเร็จรูปสำหรับโฟมพียูพ่น ระบบไซโคลเพนเทน, ถัง 200 ลิตร, 80 ถัง", "TH", 17600, 80, 44000, "USD",
         "cyclopentane-blown polyol systems are flammable, marked as such, and smell of petrol; these drums carry no "
         "flammable mark, gurgle and vent a sweetish vapour that boils at 24 °C, and a sample shows 12 % "
         "trichlorofluoromethane in the blend: CFC-11 pre-blended in polyol, a controlled substance whose placing on the "
         "market is banned, by sea from Laem Chabang to Koper for a Ljubljana insulation firm; Thai wording (CFC-11 in "
         "polyol repeats in several sets; from Thailand to Slovenia in Thai is the new part)",
         firm("Alpina Izolacije d.o.o.", "SI")),
        ("OZN-02", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "סולפוריל פלואוריד לחיטוי מבנים, 20 גלילים", "IL", 1000, 20, 9000, "USD",
         "sulfuryl fluoride comes in tall cylinders with a dip tube and has no smell; these 20 cylinders are stencilled "
         "'CH3Br' under the paint, carry a chloropicrin warning odour that makes the eyes water and a residue reading "
         "of bromomethane: methyl bromide, a controlled substance whose placing on the market and use as a fumigant are "
         "banned, by sea from Haifa to Limassol for a pest-control firm; Hebrew wording (methyl bromide under a "
         "sulfuryl-fluoride label repeats in a few sets; from Israel to Cyprus in Hebrew is the new part)",
         firm("Delta Pest Control Ltd", "CY")),
        ("OZN-03", "import", "GRSEA01", "sea", "AE", [], "GR", "381300",
         "Clean-agent fire suppression cylinders, FK-5-1-12, for yacht engine rooms, 16 x 25 kg", "AE", 600, 16, 14400,
         "USD",
         "FK-5-1-12 is a liquid at room temperature, filled with nitrogen on top and light; these cylinders are charged "
         "to 42 bar with a gas that is not liquid at all under a shake, the valves carry old 'BTM' stamps and the "
         "contents weigh as bromotrifluoromethane: recovered halon 1301, a controlled substance that may be placed on "
         "the market only for critical uses under a licence, by sea from Jebel Ali to Piraeus for a yacht refit yard; "
         "English wording from the Emirates (halon 1301 under a Novec label repeats in blind68 and blind88, and yachts in several ozone rows; clean-agent "
         "refills from Dubai to Greece are the new part, the cover a known repeat)",
         firm("Horizon Marine Services AE", "GR")),
        ("OZN-04", "import", "MTSEA01", "sea", "TN", [], "MT", "340399",
         "Agent de démoulage pour moules polyester, 200 fûts de 25 l", "TN", 6250, 200, 9000, "EUR",
         "boat-mould release agents are wax pastes or PVA films, or a silicone spray; these drums hold a water-thin, "
         "volatile solvent at 1.24 kg/l that boils at 32 °C and reads CAS 1717-00-6 on the filler's label: HCFC-141b, a "
         "controlled substance whose placing on the market is banned, by sea from Radès to Valletta for a fibreglass "
         "boatyard; Tunisian French wording (HCFC-141b repeats in many sets and mould-release covers in three; for a "
         "boatyard from Tunisia to Malta is the new part)", firm("Rivage Boatworks Ltd", "MT")),
        ("OZN-05", "import", "CZAIR01", "air", "KH", [], "CZ", "360610",
         "ហ្គាសបញ្ចូលដែកកេះ អ៊ីសូប៊ុយតាន ដប 300 ml ចំនួន 4,800 ដប", "KH", 1700, 4800, 2900, "USD",
         "isobutane refills are a clean gas that lights with a blue flame at 3 bar; these cans hold a heavier gas that "
         "burns poorly with a sooty edge and reads as 1-chloro-1,1-difluoroethane in a sample: HCFC-142b, a controlled "
         "substance whose placing on the market is banned, flown from Phnom Penh to Prague for a lighter wholesaler; "
         "Khmer wording (HCFC-142b repeats in several sets and lighter-gas covers in blind89, from Moldova, and blind92, "
         "from Vietnam; by air from Cambodia in Khmer is the new part, the cover a known repeat)",
         firm("Vega Velkoobchod s.r.o.", "CZ")),
        ("OZN-06", "import", "PLRAIL01", "rail", "KZ", [], "PL", "381400",
         "Очиститель тормозов, нехлорированный, 5 л канистры, 600 шт.", "KZ", 4700, 600, 6600, "USD",
         "non-chlorinated brake cleaners are heptane-acetone blends that light easily; these canisters hold a dense, "
         "non-flammable liquid at 1.57 kg/l that smells of chloroform and boils at 48 °C: CFC-113 "
         "(trichlorotrifluoroethane), a controlled substance whose placing on the market is banned, by rail at "
         "Małaszewicze from Kazakhstan for a Łódź car-parts wholesaler; Russian wording (CFC-113 repeats in many sets and "
         "brake-cleaner covers in blind8 and blind76; labelled non-chlorinated and by rail from Kazakhstan is the new "
         "part)", firm("Central Motoryzacja Sp. z o.o.", "PL")),
        ("OZN-07", "import", "ATAIR01", "express", "PK", [], "AT", "340290",
         "سوئیڈ اور نوبک کے داغ صاف کرنے والا، 12 x 250 ملی لیٹر", "PK", 4, 12, 60, "USD",
         "suede spot removers are a foam or an alcohol-free eraser block; these twelve tins hold a heavy, sweet-smelling "
         "liquid that evaporates fast and reads '1,1,1-Trichloroethane' on the Sialkot maker's inner label: methyl "
         "chloroform, a controlled substance whose placing on the market is banned, sent by express from Lahore to a "
         "private person in Graz; Urdu wording (methyl chloroform repeats in many sets and a suede cleaner in blind82 in "
         "Chinese; from Pakistan in Urdu is the new part)", person("Frau S. Huber", "AT")),
        ("OZN-08", "import", "PTSEA01", "sea", "BD", [], "PT", "380891",
         "শস্য সংরক্ষণ তরল, গুদামের জন্য, ২০০ লিটার ড্রাম, ৪০টি", "BD", 12800, 40, 8000, "USD",
         "grain protectants are dilute pyrethroid or organophosphate emulsions in small cans; these drums hold a dense, "
         "sweet-smelling, non-flammable liquid at 1.6 kg/l, an 80:20 mix of carbon tetrachloride and ethylene "
         "dichloride, the old grain fumigant: carbon tetrachloride, a controlled substance whose placing on the market is "
         "banned, by sea from Chattogram to Lisbon for a feed-mill supplier; Bengali wording (carbon tetrachloride repeats "
         "in many sets and the 80:20 grain-fumigant mixture in blind89, from Ukraine; by sea from Bangladesh in Bengali is "
         "the new part, the cover a known repeat)",
         firm("Atlantic Rações Lda", "PT")),
        ("OZN-09", "import", "EEAIR01", "express", "CN", [], "EE", "290351",
         "R-1234yf 制冷剂，340 克罐装，汽车空调用，24 罐", "CN", 8.2, 24, 190, "USD",
         "HFO-1234yf cans for car air-conditioning have a left-hand valve and read about 85 psi at 20 °C; these 24 cans "
         "read 130 psi, the gas smells faintly of ether on a leak-test and a workshop identifier shows "
         "chlorodifluoromethane: HCFC-22, a controlled substance whose placing on the market is banned, sent by express "
         "from Shenzhen to a Tartu car-service workshop; Chinese wording (HCFC-22 in small cans repeats in several sets "
         "and an R-1234yf label in blind57, on 10 kg cylinders; small cans by express to Estonia are the new part)",
         firm("Nordhafen Autoteenindus OÜ", "EE")),
        ("OZN-10", "transit", "GRSEA01", "sea", "IN", ["GR"], "RS", "290312",
         "பெயிண்ட் நீக்கி, டைக்ளோரோமீத்தேன், 250 லிட்டர் டிரம்கள், 60", "IN", 20000, 60, 24000, "USD",
         "dichloromethane boils at 40 °C and weighs 1.33 kg/l; these drums weigh 1.99 kg/l, boil at 68 °C and the "
         "Chennai maker's batch sheet reads CAS 74-97-5: bromochloromethane (halon 1011), a controlled substance, landed "
         "at Piraeus in transit by sea from Chennai for a Belgrade paint-stripping firm, with no licence for its "
         "movement through the Union; Tamil wording (bromochloromethane repeats in several sets, under dichloromethane labels in "
         "several of them, and paint-stripper covers in two; in transit through Greece in Tamil is the new part, the "
         "cover a known repeat)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "TH", [], "BE", "690723",
         "ကြွေပြားအလှဆင် မြေရိုင်း လက်မှုပစ္စည်း အသစ် ၂၄ ချပ်", "MM", 30, 24, 240, "USD",
         "new terracotta wall tiles are even, machine-pressed and sharp-edged; these 24 plaques are hand-moulded, worn, "
         "with seated Buddhas, Jataka scenes in glazed relief and old Mon ink captions, with brick dust and lime on the "
         "backs: Bagan-period temple plaques (11th-13th century) prised from a World Heritage site, exported without "
         "Myanmar's permit and imported against the UNESCO 1970 convention, flown from Yangon through Bangkok to "
         "Brussels; Burmese wording (Burmese sculpture appears in blind64 as a new stone Buddha head and a Pyu-style "
         "plaque in a development set; glazed Bagan plaques as terracotta wall tiles were found in no earlier row)",
         firm("Orion Art Trading SA", "BE")),
        ("CUL-02", "import", "DESEA01", "sea", "AE", [], "DE", "680299",
         "کاشی سنگی باغ، حکاکی شده، نو، ۱۲ عدد", "AF", 900, 12, 1200, "USD",
         "new carved garden tiles are machine-cut sandstone with crisp edges; these twelve grey-green schist panels "
         "show Buddha's life in worn relief, with old breaks, root marks and soil in the recesses: Gandhara reliefs "
         "(2nd-4th century) looted from Afghan sites, shipped from Jebel Ali to Hamburg under a Dubai re-export invoice, "
         "imported against the UNESCO 1970 convention and Afghanistan's export ban; Dari wording (Gandhara sculpture "
         "as garden stone repeats in several sets, blind29 and blind86 among them; carved tiles via Dubai in Dari are the "
         "new part, the cover a known repeat)", firm("Meridian Stein GmbH", "DE")),
        ("CUL-03", "import", "SEPOST01", "post", "ET", [], "SE", "490199",
         "የጸሎት መጽሐፍ፣ አዲስ፣ ለቱሪስቶች፣ 1", "ET", 1.4, 1, 30, "USD",
         "tourist prayer booklets are printed on paper and stapled; this is a hand-written Ge'ez psalter on vellum in "
         "wooden boards with a leather satchel, 18th century, with a church's ownership note: an Ethiopian Orthodox "
         "manuscript exported without the Ethiopian heritage authority's permit, posted from Addis Ababa to a private "
         "person in Uppsala; Amharic wording (Ge'ez manuscripts as new or souvenir prayer books repeat in many sets, blind6, blind72 "
         "and blind83 among them; posted to Sweden is the new part, the cover a known repeat)", person("Karin Andersson", "SE")),
        ("CUL-04", "import", "ESAIR01", "air", "US", [], "ES", "691390",
         "Vaso cilíndrico de barro, réplica maya, artesanía de Guatemala, 1 unidad", "GT", 3, 1, 90, "USD",
         "Maya replicas sold in Antigua are new, bright, stamped 'réplica' under the base and light; this cylinder "
         "vessel has worn polychrome palace scenes, a glyph band, root etching, old breaks and calcite crust inside: "
         "a Late Classic Maya vessel looted from the Petén, exported without Guatemala's permit, flown from Guatemala "
         "City through Miami to Madrid; Guatemalan Spanish wording (Maya ceramics repeat in many sets; as a Guatemalan "
         "replica through Miami to Spain is the new part)", person("Maria Lopez", "ES")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Riproduzione decorativa, olio su tela, 'alla maniera di', 1 pezzo", "IT", 28, 1, 900, "EUR",
         "decorative reproductions are fresh canvases on new stretchers; this painting is relined, on an old stretcher "
         "with wax seals and a 19th-century inventory number, a Bolognese saint of the early 17th century with cracked "
         "varnish: an old master painting over 50 years old and above the value threshold, exported without the EU "
         "export licence (Regulation 116/2009) or Italy's certificate, by car at Chiasso for a Lugano dealer, declared as "
         "a modern painting; Italian wording (old paintings as decorative reproductions repeat in several sets, blind79 among them, and Chiasso in "
         "several cultural rows; a Bolognese canvas declared as a modern painting is the only new part, the cover and "
         "route known repeats)", {"importer_country": "CH"}),
        ("CUL-06", "import", "CYSEA01", "sea", "JO", [], "CY", "681099",
         "لوحة فسيفساء جدارية حديثة من حجر وزجاج، قطعة واحدة", "JO", 240, 1, 600, "JOD",
         "new mosaic wall art from Madaba workshops is even, machine-cut tesserae on a resin board with a maker's "
         "label; this is an uneven stone-and-glass mosaic of a hunting scene with a Greek dedication, on old lime "
         "mortar backed with fresh cement: a Byzantine church floor mosaic lifted from a Syrian site, shipped from Aqaba "
         "to Limassol, whose trade is banned by the EU's Syria regulation and which was imported against the UNESCO 1970 "
         "convention; Jordanian Arabic wording (Syrian mosaics repeat in several sets, as a Lebanese table top in blind48 "
         "and a Turkish one in blind86; as Madaba wall art from Jordan to Cyprus is the new part)",
         firm("Delta Interiors Ltd", "CY")),
        ("CUL-07", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "711790",
         "Бижутерия, позолоченная латунь, пластинки, 30 шт.", "GE", 0.6, 30, 150, "USD",
         "gilded brass costume jewellery is light, bright and stamped; these thirty plaques are heavy, soft, unmarked "
         "gold with animal-style stags and panthers and old sewing holes, matching a museum collection from the occupied "
         "south of Ukraine: Scythian gold (5th-4th century BC) removed from an Ukrainian museum, on a lorry from Tbilisi "
         "through Türkiye to Kapitan Andreevo for a Sofia buyer, imported against the UNESCO 1970 convention; Russian "
         "wording (Scythian goldwork repeats in several sets and costume-jewellery covers on it in a few, blind67 among them; "
         "through Georgia and Türkiye is the new part)", person("Частно лице", "BG")),
        ("CUL-08", "export", "BGPOST01", "post", "BG", [], "GB", "711719",
         "Реплики на древни фибули, бронз, ново, 12 бр.", "BG", 0.5, 12, 60, "EUR",
         "new replica fibulae are cast bright with mould lines and a pin that shuts; these twelve brooches are green, "
         "corroded, with soil in the springs, of Thracian and Roman types, found with a metal detector in the Plovdiv "
         "region: archaeological objects over 100 years old exported without the EU export licence (Regulation 116/2009) "
         "or Bulgaria's permit, posted from Plovdiv to a collector in Leicester; Bulgarian wording (Thracian and Roman "
         "metalwork repeats in several sets; as replica brooches posted to Britain is the new part)",
         {"importer_country": "GB"}),
        ("CUL-09", "import", "NLSEA01", "sea", "PH", [], "NL", "691200",
         "Mga replika ng celadon na mangkok, bago, 60 piraso", "PH", 90, 60, 300, "USD",
         "new celadon replicas are even, glossy and clean; these sixty bowls carry marine encrustation, worm tubes and "
         "iron stains, with Yuan and Ming kiln features, raised from a wreck off Palawan: underwater cultural heritage "
         "exported without the National Museum's permit and imported against the UNESCO 1970 convention, by sea from "
         "Manila to Rotterdam for an Amsterdam dealer; Tagalog wording (shipwreck ceramics repeat in a few sets; as new "
         "celadon from the Philippines is the new part)", firm("Vega Antiek BV", "NL")),
        ("CUL-10", "import", "DEAIR01", "air", "EG", [], "DE", "121190",
         "كركديه مجفف، أكياس ١ كجم، ٢٠٠ كيس", "EG", 200, 200, 600, "USD",
         "a Cairo spice-shop consignment by air: dried hibiscus and cotton towels are what an Egyptian grocery in Germany "
         "sells, but the third item's 'new alabaster spice jars' are twelve thick-walled, banded calcite jars with "
         "drilled lugs, worn rims and old salt bloom, of Old Kingdom shapes: ancient Egyptian stone vessels exported "
         "against Egypt's antiquities law and imported against the UNESCO 1970 convention, hidden as the last item of a "
         "three-item declaration, flown from Cairo to Frankfurt; Egyptian Arabic wording (ancient stone vessels as modern "
         "alabaster repeat in blind72, behind mashrabiya screens for Piraeus, and papyrus souvenirs in blind81; spice jars "
         "behind hibiscus and towels for Frankfurt are the new part)",
         dict(firm("Horizon Lebensmittel Import GmbH", "DE"),
              _more_items=[item("630260", "مناشف قطن مصري، ١٠٠ قطعة", "EG", 40, 400, "USD", qty=100),
                           item("680291", "برطمانات توابل من المرمر، جديدة، ١٢ قطعة", "EG", 9, 60, "USD", qty=12)])),
    ],
    "strategic": [
        ("STR-01", "export", "ATROAD01", "road", "AT", [], "TR", "681512",
         "Carbongewebe für Angelruten, Standardmodul, 40 Rollen", "AT", 800, 40, 24000, "EUR",
         "standard-modulus fabric for fishing rods is dry, cheap and sold by the roll; these rolls are frozen, resin-"
         "impregnated intermediate-modulus prepreg with a toughened epoxy rated above 120 °C, at 30 EUR/kg, ordered by an "
         "Istanbul trader whose forwarder books onward to Tabriz: prepreg controlled as dual-use (1C010) and forbidden for "
         "Iran's UAV programme, exported without a licence at Nickelsdorf; Austrian German wording (prepreg and carbon "
         "fibre as fishing-rod material repeat in many sets, blind24, blind39 and blind72 among them; by road from Austria "
         "to Türkiye is the new part, the cover a known repeat)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "LTROAD01", "road", "LT", [], "KG", "852589",
         "Veterinarinės termovizinės kameros galvijams, 24 vnt.", "LT", 36, 24, 72000, "EUR",
         "veterinary thermal cameras are handheld, 160 x 120 pixels at 9 Hz, with a screen; these 24 are bare 640 x 512 "
         "cores at 50 Hz with shutterless output and lens mounts, at 3,000 EUR each, for a Bishkek 'agricultural' buyer "
         "who resells to Russia: thermal imaging cameras controlled as dual-use (6A003) and banned for Russia, routed "
         "through Kyrgyzstan, by road from Vilnius without a licence; Lithuanian wording (thermal cores repeat in many "
         "sets; as cattle cameras for Kyrgyzstan is the new part)", {"importer_country": "KG"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "GE", "871499",
         "Ricambi per biciclette, mozzi e cuscinetti, 2 container", "IT", 30000, None, 240000, "EUR",
         "bicycle spares are hubs, cones and small ball bearings in retail boxes; these containers hold large, "
         "heavy-duty tapered-roller and spherical bearings of 150-400 mm for rail cars and mining machines, at 8 EUR/kg, "
         "for a Poti 'bicycle shop' whose consignee trucks them to Russia: bearings under the EU's Russia sanctions "
         "exported for circumvention through Georgia, by sea from Genoa; Italian wording (bearings repeat in many sets, as "
         "bicycle-hub bearings in blind72 and blind86; heavy bearings as bicycle spares by sea to Georgia are the new part)", {"importer_country": "GE"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "PK", "760820",
         "Aluminium fietsframebuizen, 60 stuks", "NL", 540, 60, 16200, "EUR",
         "bicycle frame tubing is 6061 alloy of 28-45 mm diameter, thin and butted; these 60 tubes are 7075-T6, 120 mm "
         "outside diameter with 4 mm walls, certified to 570 MPa, for a Rawalpindi 'cycle works': aluminium alloy tubes "
         "controlled as dual-use (1C202) for a country of proliferation concern, flown from Amsterdam without a licence; "
         "Dutch wording (7075 tubes as bicycle tubing repeat in blind14, by road in Italian; by air from the Netherlands "
         "to Pakistan is the new part, the cover a known repeat)", {"importer_country": "PK"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "AE", "320720",
         "Fondant voor keramiekglazuur, 20 t", "BE", 20000, None, 30000, "EUR",
         "ceramic glaze fluxes are frits and feldspar, glassy and insoluble; these bags hold a white, water-soluble, "
         "hygroscopic salt that etches glass and reads CAS 7789-23-3 on the liners: potassium fluoride, a chemical-weapons "
         "precursor controlled as dual-use (1C350), for a Jebel Ali trader whose onward bill of lading names Bandar Abbas, "
         "exported without a licence from Antwerp; Flemish wording (fluorides repeat in several sets; potassium fluoride "
         "as a glaze flux via the Emirates is the new part)", {"importer_country": "AE"}),
        ("STR-06", "export", "GRROAD01", "road", "GR", ["BG", "TR", "GE"], "AM", "843490",
         "Αντλίες κενού για αρμεκτικές μηχανές, 12 τεμ.", "GR", 1800, 12, 96000, "EUR",
         "milking-machine vacuum pumps are rotary-vane pumps of a few hundred litres a minute; these twelve are "
         "magnetically levitated turbomolecular pumps with corrosion-resistant bores, at 8,000 EUR each, for a Yerevan "
         "'dairy equipment' firm that forwards to Iran: vacuum pumps controlled as dual-use (2B231) and prohibited for "
         "Iran, exported without a licence on a lorry through Bulgaria, Türkiye and Georgia; Greek wording (turbomolecular "
         "pumps as milking pumps repeat in blind23, and milking covers in blind85 and blind93; by road from Greece to "
         "Armenia is the new part, the cover a known repeat)",
         {"importer_country": "AM"}),
        ("STR-07", "export", "PLPOST01", "post", "PL", [], "KG", "854370",
         "Zestawy wzmacniaczy krótkofalarskich do samodzielnego montażu, 4 szt.", "PL", 4.8, 4, 9600, "EUR",
         "ham-radio amplifier kits are HF boards of a few hundred watts in a bag of parts; these four are GaN "
         "solid-state modules of 2-6 GHz with 100 W output, at 2,400 EUR each, posted from Warsaw to a Bishkek box used by "
         "a Russian drone workshop: microwave power amplifiers controlled as dual-use (3A001) and on the Union's common "
         "high-priority list for Russia, sent without a licence; Polish wording (RF amplifiers repeat in several sets and "
         "ham-radio covers in blind69; amplifier kits posted to Kyrgyzstan are the new part)", {"importer_country": "KG"}),
        ("STR-08", "import", "PLRAIL01", "rail", "KZ", [], "PL", "271119",
         "Gaz płynny propan-butan, pochodzenie Kazachstan, 40 cystern", "KZ", 1600000, None, 800000, "USD",
         "Kazakh LPG comes with a refinery's certificate of origin and wagons loaded at Kazakh stations; these 40 tank "
         "wagons' waybills were re-issued at a border station, their loading gauges and seals belong to a Russian "
         "gas-processing plant and the Kazakh certificate names a trader with no refinery: Russian liquefied petroleum "
         "gas, whose import into the Union is banned (Regulation 833/2014), by rail at Małaszewicze for a Lublin "
         "distributor; Polish wording (Russian LPG as Kazakh repeats in blind16 and blind31, by rail into Lithuania; into "
         "Poland in Polish is the new part, the cover a known repeat)", firm("Central Gaz Sp. z o.o.", "PL")),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "AE", "401180",
         "Pneus pleins pour chariots élévateurs, neufs, 40 pièces", "FR", 2800, 40, 88000, "EUR",
         "solid forklift tyres are black, heavy, press-on bands at 200-400 EUR; these 40 are radial, nitrogen-inflation "
         "aircraft main-wheel tyres rated 225 mph with A320 and Sukhoi Superjet part numbers moulded on, at 2,200 EUR "
         "each, for a Sharjah 'industrial handling' firm that supplies Russian airlines: aircraft parts whose sale for "
         "use in Russia is banned (Regulation 833/2014, Annex XI), flown from Paris; French wording (aircraft parts "
         "repeat in many sets and tyres among them; as forklift tyres via the Emirates is the new part)",
         {"importer_country": "AE"}),
        ("STR-10", "export", "LVROAD01", "road", "LV", [], "BY", "870899",
         "Humānā palīdzība: auto rezerves daļas, 30 gab.", "LV", 45, 30, 600, "EUR",
         "humanitarian car spares are second-hand filters, belts and brake pads in a charity van; these 30 boxes hold "
         "new programmable logic controllers and I/O modules of a German make, at 1,100 EUR each, in a van declared as "
         "aid at Paternieki for a Grodno 'charity' that supplies a Belarusian engineering works: goods for industrial use "
         "whose sale to Belarus is banned (Regulation 765/2006); Latvian wording (PLCs repeat in a few sets, an "
         "Arduino-type board once; as humanitarian car spares by road to Belarus is the new part)",
         {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "PTAIR01", "air", "AO", ["PT"], "HK", "030559",
         "Carapau seco e salgado, fardos, 240 kg", "AO", 240, None, 2400, "USD",
         "dried salted horse mackerel is whole, split fish, silver and stiff, in bales; under the top layer these sacks hold tall, "
         "sickle-shaped first dorsal fins and lower caudal lobes, grey-brown and thick, of scalloped and great "
         "hammerheads: hammerhead shark fins (Sphyrna spp., CITES App. II) without CITES permits, landed at Lisbon in air "
         "transit from Luanda to Hong Kong; Angolan Portuguese wording (shark fins repeat in many sets, as dried skate "
         "wings in blind42 and blind68; under dried horse mackerel from Angola in transit through Portugal is the new part)", {"importer_country": "HK"}),
        ("WLF-02", "import", "DEPOST01", "post", "VN", [], "DE", "060290",
         "Cây thủy sinh Anubias, trồng trong chậu, 30 cây", "VN", 1.2, 30, 60, "USD",
         "potted Anubias aquarium plants are dark green, leathery, with a creeping rhizome in rockwool; these thirty "
         "bare-root plants have mottled, tessellated leaves, wild moss on the roots and collection scars, from the "
         "limestone of northern Vietnam: Paphiopedilum vietnamense (CITES App. I) without permits, posted from Hanoi to a "
         "private collector in Bremen, although live plants also need a phytosanitary certificate; Vietnamese wording "
         "(slipper orchids repeat in many sets, as Phalaenopsis seedlings from Vietnam in blind86; as aquarium plants "
         "was found in no earlier row)", person("Lena Wagner", "DE")),
        ("WLF-03", "import", "FRAIR01", "express", "LA", [], "FR", "330790",
         "ນ້ຳມັນນວດ ກິ່ນຫອມ, 24 ແກ້ວ 12 ml", "LA", 1.2, 24, 2400, "USD",
         "aroma massage oils are coconut or almond oil with a fragrance, cheap and 100 ml; these 24 tiny vials hold a "
         "thick, dark, smoky-woody oil at 100 USD each, smelling of oud: agarwood oil of wild Aquilaria crassna (CITES "
         "App. II) without a CITES permit, sent by express from Vientiane to a private perfumer in Paris; Lao wording "
         "(agarwood repeats in many sets; its oil as massage oil from Laos is the new part)",
         person("Sophie Bernard", "FR")),
        ("WLF-04", "import", "FRPOST01", "post", "HT", [], "FR", "392640",
         "Braslè rezin nwa, bijou atizana, 20 moso", "HT", 0.8, 20, 60, "USD",
         "black resin bangles are light, uniform and moulded; these twenty are heavier, polished, with fine concentric "
         "growth rings and a woody sheen, cut from black coral off the Haitian coast: Antipatharia (CITES App. II) without "
         "a CITES permit, posted from Port-au-Prince to a private person in Bordeaux; Haitian Creole wording (black coral "
         "as resin jewellery repeats in blind14; from Haiti in Creole is the new part)", person("Particulier", "FR")),
        ("WLF-05", "import", "NLAIR01", "express", "ID", [], "NL", "071239",
         "Irisan jamur lingzhi kering, 2 kg", "ID", 2, None, 60, "USD",
         "dried lingzhi slices are woody, red-brown, fan-shaped fungus slices; these parcels hold whole dried lizards on "
         "bamboo splints, blue-grey with orange spots, 25 cm long: tokay geckos (Gekko gecko, CITES App. II) without a "
         "CITES permit, sent by express from Surabaya to a private person in Rotterdam; Indonesian wording (tokay geckos "
         "repeat in several sets; as lingzhi slices was found in no earlier row)", person("Mw. E. de Jong", "NL")),
        ("WLF-06", "import", "BEAIR01", "air", "TZ", [], "BE", "050690",
         "Mifupa ya ng'ombe kwa uchongaji, kilo 60", "TZ", 60, None, 600, "USD",
         "cattle-bone carving blanks are porous, white, hollow limb bones; these are dense, curved, ridged teeth with an "
         "enamel band, the largest 40 cm long, with a triangular cross-section: hippopotamus canines and incisors "
         "(Hippopotamus amphibius, CITES App. II) without a CITES permit, flown from Dar es Salaam to Brussels for a "
         "carver; Swahili wording (hippo teeth repeat in several sets, as cattle bone or teeth in blind71 and blind80; "
         "from Tanzania in Swahili is the new part, the cover a known repeat)", firm("Central Craft Import SA", "BE")),
        ("WLF-07", "import", "ITSEA01", "sea", "MY", [], "IT", "440922",
         "Acuan bingkai gambar kayu jelutong, 18 m3", "MY", 11000, None, 26000, "USD",
         "jelutong mouldings are pale, soft, very light wood with latex slits; these mouldings are pale straw-coloured, "
         "fine-grained, heavier, with an unpleasant smell when cut and no latex slits: ramin (Gonystylus spp., CITES "
         "App. II) without a CITES permit, by sea from Port Klang to La Spezia for a frame maker; Malay wording (ramin "
         "mouldings repeat in several sets; as jelutong was found in no earlier row)", firm("Delta Cornici Srl", "IT")),
        ("WLF-08", "import", "ESROAD01", "road", "MA", [], "ES", "691390",
         "تماثيل ديال الحراذن من الفخار، 10 د الصناديق", "MA", 12, 10, 400, "MAD",
         "ceramic lizard ornaments are glazed and hollow; these ten ventilated boxes are warm, scratch and hold live, "
         "spiny-tailed lizards of 30 cm: Moroccan spiny-tailed lizards (Uromastyx nigriventris, CITES App. II, EU Annex "
         "B) without CITES documents, in a van on the Tanger Med-Algeciras ferry for a private keeper in Málaga; "
         "Moroccan Darija wording (Uromastyx repeat in a few sets; as ceramic lizards by road from Morocco is the new "
         "part)", person("Particular", "ES")),
        ("WLF-09", "import", "DEAIR01", "air", "BR", [], "DE", "441990",
         "Placas de madeira estabilizada para cabos de faca, padrão jacarandá, 200 pares", "BR", 40, 400, 1600, "USD",
         "stabilised knife-handle scales are resin-soaked maple or birch dyed to look like rosewood, light, uniform and "
         "glossy right through; these pairs are dark chocolate with black streaks, oily, heavy and smell of roses when "
         "sanded, with no resin in the pores: Brazilian rosewood (Dalbergia nigra, CITES App. I) without a CITES permit, "
         "flown from São Paulo to Frankfurt for a Solingen knife maker; Brazilian Portuguese wording (Dalbergia nigra "
         "repeats in several sets, often under pau-ferro labels, and knife-handle timber covered a Mexican hardwood in "
         "blind10; Brazilian rosewood as stabilised scales is the new part)",
         firm("Alpina Messerschmiede GmbH", "DE")),
        ("WLF-10", "import", "CZRAIL01", "rail", "CN", [], "CZ", "121190",
         "养生草本茶，散装，400 公斤", "CN", 400, None, 4000, "USD",
         "a Chengdu-Europe rail container for a tea shop: herbal tea and clay teapots are what it sells, but the third "
         "item's 'deer antler slices' are 20 kg of translucent, amber, ridged slices with no bony core, cut from ringed, "
         "lyre-shaped horns: saiga antelope horn (Saiga tatarica, CITES App. II, zero export quota for wild specimens) "
         "without a CITES permit, hidden as the last item of a three-item declaration, by rail to Pardubice; Chinese "
         "wording (saiga horn repeats in several sets; as deer-antler slices behind a tea-shop order by rail is the new "
         "part)",
         dict(firm("Orion Čaj s.r.o.", "CZ"),
              _more_items=[item("691200", "紫砂茶壶，新，120 个", "CN", 60, 1200, "USD", qty=120),
                           item("050790", "鹿茸片，20 公斤", "CN", 20, 400, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "express", "ZA", "BE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (aquaponics)", "ZA", 2.3, 2, 600, "ZAR",
     [("PRECURSOR_LICENCE", "BE-FOD-43-0044")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEROAD01", "road", "CH", "DE", "280800",
     "Nitric acid 20 %, 2 x 1 l, for a licensed private user (metal etching)", "CH", 2.3, 2, 60, "CHF",
     [("PRECURSOR_LICENCE", "DE-BKA-43-0219")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262110",
     "Incinerator fly ash (19 01 13*), for backfilling in a licensed salt mine, 800 t", "NO", 800000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-HE-43-0108")], "notified fly ash to a licensed underground disposal site"),
    ("PRM-04", "waste", "export", "ESSEA01", "sea", "ES", "TR", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery in a licensed Waelz kiln, 2,000 t", "ES", 2000000, None,
     0, "EUR", [("BASEL_CONSENT", "ES-MITECO-43-0031")], "notified EAF dust to a licensed zinc-recovery plant in an OECD country"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recovered halon 1301, 10 cylinders, for critical use in aircraft engine fire protection", "US", 400, 10, 18000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-43-004")], "halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "JP", "DE", "290377",
     "CFC-11 analytical reference standard, 10 x 5 ml ampoules, for laboratory use", "JP", 0.2, 10, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-43-012")], "CFC-11 for a licensed laboratory and analytical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Oil on canvas, Bolognese school, early 17th century, documented provenance", "IT", 26, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-43-0117")], "old master painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "GRAIR01", "air", "GR", "US", "970121",
     "Byzantine icon, tempera on panel, 16th century, documented private collection", "GR", 6, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-43-0022")], "icon exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "IN", "760820",
     "Aluminium alloy 7075-T6 tubes, 120 mm OD, 40 pcs, for an Indian civil aerospace supplier", "NL", 360, 40, 14000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-43-0288"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-43-0051")],
     "dual-use aluminium tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LTAIR01", "air", "LT", "KR", "852589",
     "Uncooled thermal imaging cores, 640 x 512, 30 Hz, 20 pcs, for a Korean surveillance-camera maker", "LT", 4, 20,
     48000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-43-0076"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-43-0140")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "330129",
     "Agarwood oil from plantation Aquilaria crassna, artificially propagated, 2 kg", "VN", 2, None, 16000, "USD",
     [("CITES_PERMIT", "VN-CITES-43-0310")], "App. II agarwood oil of plantation origin with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "MY", "IT", "440922",
     "Ramin (Gonystylus bancanus) mouldings from a certified concession, 12 m3", "MY", 7500, None, 22000, "USD",
     [("CITES_PERMIT", "MY-MTIB-43-0095")], "App. II ramin with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jan Peeters", "PRM-02": "Herr K. Becker", "PRM-05": "Aéro Maintenance Rivage SAS",
    "PRM-08": "Hudson Valley Art Foundation", "PRM-11": "Parfums Meridian SARL", "PRM-12": "Delta Cornici Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("252220", "Slaked lime for nixtamal (cal), food grade, 1 kg", "import", ["express"], ["MX", "US"], (5, 10), (1, 4), ["USD"], 1, S),
    ("310520", "Orchid fertiliser NPK 20-20-20, 1 kg retail bags", "import", ["sea"], ["TW", "TH"], (1.5, 3), (8000, 16000), ["USD"], 1, S),
    ("382499", "Aquaponics pH buffer and water conditioner, 1 l", "import", ["express"], ["ZA", "US"], (10, 20), (1, 4), ["USD", "ZAR"], 1, S),
    ("382499", "Biogas desulphurisation pellets, iron hydroxide", "import", ["road"], ["UA", "RS"], (0.8, 1.5), (8000, 16000), ["EUR"], None, S),
    ("340290", "Citrus ski-base cleaner, 500 ml", "import", ["post"], ["CH", "NO"], (15, 30), (1, 3), ["CHF", "NOK"], 2, S),
    ("283321", "Epsom salt for foot baths, 1 kg", "import", ["post"], ["GB", "US"], (4, 8), (1, 4), ["GBP", "USD"], 1, S),
    ("320417", "Anodising dyes for aluminium, black and blue, 1 kg", "import", ["road"], ["ME", "RS"], (8, 15), (2000, 5000), ["EUR"], 1, S),
    ("442199", "Wooden beehive frames, unassembled", "import", ["road"], ["MK", "RS"], (3, 6), (2000, 6000), ["EUR"], 3, S),
    ("340290", "Alkaline brewery cleaner (CIP), 20 l cans", "import", ["road"], ["CH", "GB"], (2, 4), (2000, 6000), ["EUR", "CHF"], 0.05, S),
    ("250100", "Sauna salt scrub, birch-scented, 1 kg", "import", ["post"], ["KZ", "NO"], (6, 12), (1, 4), ["USD", "NOK"], 1, S),
    ("380210", "Activated carbon, virgin, coconut-shell granules", "export", ["sea"], ["IN", "VN"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("281700", "Zinc oxide pigment, 99.5 %, French process", "export", ["sea"], ["VN", "ID"], (2.5, 4), (10000, 20000), ["EUR"], None, S),
    ("250870", "Chamotte grog, calcined fireclay, graded", "import", ["sea"], ["UA", "CN"], (0.2, 0.4), (18000, 24000), ["USD", "EUR"], None, S),
    ("390110", "LDPE granules, virgin, film grade", "export", ["sea"], ["MY", "TH"], (1.2, 1.8), (16000, 24000), ["EUR"], None, S),
    ("852852", "Refurbished LCD computer monitors, with warranty", "export", ["sea"], ["NG", "GH"], (10, 20), (3000, 8000), ["EUR"], 0.2, S),
    ("390729", "Polyether polyol blend, cyclopentane system, drums", "import", ["sea"], ["TH", "KR"], (2, 3), (14000, 20000), ["USD"], None, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["AE", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 0.06, S),
    ("340399", "Silicone mould-release spray, 400 ml", "import", ["sea"], ["TN", "TR"], (4, 7), (3000, 8000), ["EUR"], 2, S),
    ("360610", "Butane lighter refill gas, 300 ml cans", "import", ["sea"], ["VN", "CN"], (2, 4), (4000, 10000), ["USD"], 4, S),
    ("340290", "Suede and nubuck cleaning foam, retail", "import", ["express"], ["PK", "IN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("902620", "Refrigeration manifold gauge sets", "import", ["express"], ["CN", "TW"], (30, 60), (1, 4), ["USD"], 0.5, S),
    ("381400", "Benzyl-alcohol paint stripper, DCM-free, 1 l", "import", ["sea"], ["IN", "TR"], (2, 4), (8000, 14000), ["USD"], 1, S),
    ("830629", "Brass Buddha statues, new, cast", "import", ["air"], ["TH", "NP"], (15, 30), (100, 400), ["USD"], 0.2, S),
    ("490199", "Printed prayer booklets in Amharic, new", "import", ["post"], ["ET", "US"], (10, 20), (1, 3), ["USD"], 3, S),
    ("691390", "Maya-style replica ceramic vessels, stamped 'réplica'", "import", ["air"], ["GT", "MX"], (10, 20), (100, 400), ["USD"], 0.5, S),
    ("970191", "Hand-painted oil reproductions of old masters, new", "export", ["road"], ["CH", "NO"], (20, 40), (100, 500), ["EUR"], 0.2, S),
    ("711719", "Gilded brass costume jewellery, new", "import", ["road"], ["GE", "TR"], (30, 60), (200, 800), ["USD"], 20, S),
    ("691200", "Celadon-glaze stoneware bowls, new", "import", ["sea"], ["PH", "CN"], (2, 4), (4000, 10000), ["USD"], 1.5, S),
    ("491191", "Papyrus prints, souvenir", "import", ["air"], ["EG"], (15, 30), (50, 300), ["USD"], 10, S),
    ("681512", "Carbon-fibre fabric for fishing rods, standard modulus", "export", ["road"], ["TR", "RS"], (12, 20), (500, 2000), ["EUR"], None, S),
    ("852589", "Veterinary thermal cameras, 160 x 120, 9 Hz", "export", ["air"], ["US", "CA"], (300, 600), (20, 100), ["EUR"], 1, S),
    ("871499", "Bicycle hubs and spare parts, retail boxed", "export", ["sea"], ["GE", "TR"], (8, 15), (4000, 10000), ["EUR"], 2, S),
    ("760820", "Aluminium 6061 bicycle frame tubes, 28-45 mm", "export", ["air"], ["PK", "IN"], (8, 14), (200, 800), ["EUR"], 0.5, S),
    ("320720", "Lead-free ceramic glaze frits", "export", ["sea"], ["AE", "EG"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("843490", "Rotary-vane milking-machine vacuum pumps, new", "export", ["road"], ["AM", "GE"], (20, 35), (500, 2000), ["EUR"], 0.03, S),
    ("330790", "Coconut massage oil, retail bottles", "import", ["express"], ["LA", "TH"], (15, 30), (1, 3), ["USD"], 8, S),
    ("392640", "Black resin bangles, new", "import", ["post"], ["HT", "DO"], (20, 40), (1, 2), ["USD"], 25, S),
    ("071239", "Dried lingzhi mushroom slices, retail packs", "import", ["express"], ["ID", "MY"], (20, 40), (1, 3), ["USD"], 5, S),
    ("960190", "Carved cattle-horn combs and pendants, new", "import", ["air"], ["TZ", "KE"], (20, 40), (50, 200), ["USD"], 10, S),
    ("440922", "Jelutong picture-frame mouldings, FSC", "import", ["sea"], ["MY", "ID"], (1.5, 3), (6000, 12000), ["USD"], None, S),
]
# Everyday trade: as in blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630140", "Synthetic-fibre blankets", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD"], 0.5, N),
        ("950661", "Tennis balls, retail tubes", "import", ["sea"], ["PH", "TH"], (4, 7), (2000, 6000), ["USD"], 15, N),
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["road"], ["RS", "TR"], (0.8, 1.4), (8000, 16000), ["EUR"], 2, N),
        ("490300", "Children's colouring books", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind102", 20430301, HERE)


if __name__ == "__main__":
    main()
