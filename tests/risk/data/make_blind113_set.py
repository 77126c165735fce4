#!/usr/bin/env python3
"""Writes the hundred-and-thirteenth blind set (tests/risk/data/blind113-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2045, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, bulbs and other
plants for planting, fish, food of animal origin, medicines) appear only in the permitted
rows, with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL113-*:

    python3 tests/risk/data/make_blind113_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2045, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2045
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "SA", [], "IE", "220110",
         "ماء زمزم مبارك، عبوات 2 لتر × 4، هدية", "SA", 9.0, 4, 60, "SAR",
         "Zamzam water is sold in sealed, printed 5 l and 330 ml packs and tastes faintly mineral; these four "
         "unprinted 2 l jerrycans have vented caps, hold a water-clear liquid of 1.13 kg/l that whitens and stings the "
         "skin and fizzes on a rusty nail, and a test strip reads about 35 %: hydrogen peroxide (Annex I of "
         "Regulation 2019/1148 above 12 %), posted from Jeddah to a private person in Dublin as a pilgrim's gift; "
         "Saudi Arabic wording (hydrogen peroxide repeats in many sets and water-like drink covers in several; a "
         "Zamzam label was found in no earlier row by a keyword search)", person("Mr A. Rahman", "IE")),
        ("PRE-02", "import", "DKAIR01", "express", "JP", [], "DK", "381190",
         "燃料タンク用 水抜き剤（ガソリン車用）1 L × 4本", "JP", 4.6, 4, 4800, "JPY",
         "Japanese fuel-tank water removers are isopropanol (0.79 kg/l) that floats on water, smells of surgical "
         "spirit and comes in 180-300 ml cans; these four 1 l bottles hold an oily liquid of 1.14 kg/l that sinks and "
         "half-mixes with water, smells faintly fruity and carries 'CH3NO2' on the filler's drum label stapled to the "
         "invoice: nitromethane (Annex I above 16 %), sent by express from Osaka to a private person in Aarhus, "
         "though flammable liquids go by express only as declared dangerous goods; Japanese wording (nitromethane "
         "repeats in many sets and fuel-additive labels in several; a mizunuki-zai water-remover label was found in "
         "no earlier row by a keyword search)", person("Mads Jensen", "DK")),
        ("PRE-03", "import", "SEPOST01", "post", "IR", [], "SE", "330190",
         "عرق بیدمشک کاشان، خالص، ۴ بطری یک لیتری", "IR", 5.8, 4, 24, "USD",
         "willow-blossom distillate (aragh-e bidmeshk) is a water-clear, flower-scented herbal water of 1.00 kg/l "
         "that Iranians drink diluted; these four bottles weigh 1.40 kg/l, give off brown fumes when opened, stain "
         "the skin yellow and dissolve a copper coin with a green-blue colour: about 65 % nitric acid (Annex I above "
         "3 %), posted from Kashan to a private person in Malmö; Persian wording (nitric acid repeats in many sets "
         "and distillate labels in a few, on other goods; an aragh herbal-water label was found in no earlier row "
         "by a keyword search)", person("Shirin Ahmadi", "SE")),
        ("PRE-04", "import", "ATAIR01", "express", "JO", [], "AT", "282731",
         "زيت المغنيسيوم الطبيعي من البحر الميت، رذاذ للجسم، 4 × 1 لتر", "JO", 7.4, 4, 40, "JOD",
         "Dead Sea magnesium oil is a slippery magnesium-chloride brine of about 1.30 kg/l that tastes bitter and "
         "stays cool on the skin; these four bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot when "
         "a drop of water falls in, chars a paper towel black and has no spray heads, only child-proof caps: about "
         "96 % sulphuric acid (Annex I above 15 %), sent by express from Amman to a private person in Graz, though "
         "corrosive liquids go by express only as declared dangerous goods; Jordanian Arabic wording (sulphuric acid "
         "repeats in many sets and Dead Sea labels in two, on bath salts; a magnesium-oil label was found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-05", "import", "IEAIR01", "air", "IN", [], "IE", "252220",
         "ചുണ്ണാമ്പ് (മുറുക്കാൻ ചുണ്ണാമ്പ്), 250 ഗ്രാം ടിൻ, 800 ടിൻ", "IN", 200, 800, 480, "USD",
         "betel-quid lime (chunnambu) is slaked lime, a soft, slippery white paste or powder that turns a pH strip "
         "deep blue; these 800 tins hold dry, glassy white crystals that leave the strip neutral, are not slippery, "
         "spit violet sparks on a hot plate and carry CAS 3811-04-9 on the inner bags, for a Dublin Kerala-grocery "
         "chain that sells tins to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Kochi; Malayalam wording (potassium chlorate repeats in many sets and one earlier "
         "row used a slaked-lime label; a betel-lime label from Kerala was found in no earlier row by a keyword "
         "search)", firm("Atlantic Spice Traders Ltd", "IE")),
        ("PRE-06", "import", "DKPOST01", "post", "IS", [], "DK", "250100",
         "Íslenskt flögusalt, handunnið, 250 g pokar, 16 stk.", "IS", 4.0, 16, 9600, "ISK",
         "Icelandic flake salt is a geothermally evaporated sea salt of thin, pyramid-shaped flakes that taste of "
         "salt and crumble between the fingers; these 16 pouches hold hard, cubic, glassy crystals that taste cool "
         "and bitter rather than salty, draw damp overnight and flare yellow on a gas ring, and the sealed inner bags "
         "read 'NaClO3 99 %': sodium chlorate (Annex I above 40 %), posted from Reykjavík to a private person in "
         "Odense; Icelandic wording (sodium chlorate repeats in many sets under salt labels; an Icelandic flake-salt "
         "label, and Icelandic wording, were found in no earlier row by a keyword search)", person("Sofie Nielsen", "DK")),
        ("PRE-07", "import", "ITPOST01", "post", "BD", [], "IT", "300490",
         "ওরস্যালাইন-এন খাবার স্যালাইন, ২০০ প্যাকেট", "BD", 4.2, 200, 1200, "BDT",
         "oral rehydration salts come in 10 g sachets of a salty-sweet powder that dissolves at once and browns when "
         "heated, because of its glucose; these 200 hand-sealed 20 g sachets hold a fine white powder with no taste "
         "of salt or sugar that barely dissolves in a glass of water and burns with a violet flash mixed with sugar: "
         "potassium perchlorate (Annex I above 40 %), posted from Dhaka to a private person in Rome, medicines "
         "being no cover for any licence in any case; Bengali wording (potassium perchlorate repeats in many sets "
         "and starch-like covers in several; an oral-rehydration-salt label was found in no earlier row by a keyword "
         "search)", person("Md. Rafiqul Islam", "IT")),
        ("PRE-08", "import", "BEPOST01", "post", "MY", [], "BE", "090411",
         "Lada putih Sarawak, biji penuh, 2 x 10 kg", "MY", 20, 2, 180, "MYR",
         "Sarawak white pepper is creamy, wrinkled berries of 4-5 mm with a sharp, musty smell that fills the room; "
         "these two sacks hold smooth, round, dead-white prills of 2 mm with no smell at all that turn ice-cold in a "
         "glass of water, melt and fume on a hot plate and test at 34 % N: ammonium nitrate (Annex I at 16 % N or "
         "more), posted from Kuching to a private person in Antwerp in a quantity no cook buys; Malay wording "
         "(ammonium nitrate repeats in many sets and food covers in several; a white-pepper label was found in no "
         "earlier row by a keyword search)", person("M. Janssens", "BE")),
        ("PRE-09", "import", "HRROAD01", "road", "BA", [], "HR", "160100",
         "Domaći sudžuk, goveđi, vakumirano, 120 komada", "BA", 60, 120, 600, "BAM",
         "home-made Bosnian sudžuk is a horseshoe of dark red, dry-cured beef in natural casing that smells of garlic "
         "and smoke; these 120 straight, clipped plastic-film sticks of 32 mm under the vacuum bags hold a pale, "
         "greasy, putty-like paste that smells of fuel oil, with '1.1D' printed on the film under a meat label: "
         "cartridged emulsion explosive from a quarry, brought into the Union without the transfer authorisation "
         "Directive 2014/28 requires (and meat without a veterinary check), in a van at Stara Gradiška for a "
         "Zagreb private buyer; Bosnian wording (emulsion explosives repeat in several sets and sausage-shaped goods "
         "in a few, on sea cucumbers; a sausage label on explosives was found in no earlier row by a keyword search)",
         person("Ivan Horvat", "HR")),
        ("PRE-10", "import", "PTAIR01", "express", "BR", [], "PT", "210610",
         "Whey protein concentrado 80 %, sabor baunilha, 2 kg", "BR", 2, 1, 220, "BRL",
         "a gym-supplement parcel for a private person in Braga: whey, a shaker and creatine are what Brazilian web "
         "shops send, but the third item's two 'creatina monohidratada' tubs hold a white crystalline powder that "
         "dissolves at once (creatine barely does), draws damp into hard lumps within the hour, tastes of nothing and "
         "burns brightly with sugar, with 'NaClO4·H2O' on the inner bags: sodium perchlorate (Annex I above 40 %), "
         "hidden as the last item of a three-item declaration, sent by express from São Paulo; Brazilian "
         "Portuguese wording (sodium perchlorate repeats in many sets; a creatine label was found in no earlier row "
         "by a keyword search)",
         dict(person("João Pereira", "PT"),
              _more_items=[item("392490", "Coqueteleira plástica 600 ml", "BR", 0.2, 30, "BRL", qty=1),
                           item("292529", "Creatina monohidratada, 2 potes de 1 kg", "BR", 2, 160, "BRL", qty=2)])),
    ],
    "waste": [
        ("WST-01", "export", "MTSEA01", "sea", "MT", [], "TN", "250590",
         "Ramel għall-grawnds tal-volleyball tal-bajja, maħsul, 22 tunnellata", "MT", 22000, None, 440, "EUR",
         "beach-volleyball sand is rounded, washed, pale quartz sand that runs through the fingers; these bags hold "
         "sharp, black, glassy copper-slag grit with flakes of red and black antifouling paint and a solvent smell, "
         "swept from the dry dock of a Grand Harbour ship-repair yard after hull blasting: spent blasting grit with "
         "copper and organotin paint residues (12 01 16*), hazardous waste whose export to a non-OECD country is "
         "banned, from Marsaxlokk to Sfax for a 'sports-ground' contractor; Maltese wording (blasting grit and "
         "antifouling residues repeat in many sets; a beach-volleyball-sand label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TN"}),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "GE", "870829",
         "Naudotos lengvųjų automobilių durys, 300 vnt.", "LT", 6000, 300, 4500, "EUR",
         "a used-parts container from Klaipėda to Poti: doors and alloy wheels from written-off cars are what "
         "Lithuanian dismantlers sell to Georgia, but the third item's 'naudoti prietaisų skydeliai' are 1,200 "
         "undeployed driver and passenger airbag modules, cut out of dashboards with their igniters live and packed "
         "loose in bags: end-of-life vehicle components with explosive parts (16 01 10*), hazardous waste whose "
         "export to a non-OECD country is banned (and dangerous goods of class 1.4 or 9 undeclared), hidden as the "
         "last item of a three-item declaration; Lithuanian wording (airbag modules repeat in many sets; as "
         "dashboards behind car doors to Georgia is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("870870", "Lengvojo lydinio ratlankiai, naudoti, 400 vnt.", "LT", 3200, 6000, "EUR", qty=400),
                           item("870829", "Naudoti prietaisų skydeliai, 1 200 vnt.", "LT", 2400, 1200, "EUR", qty=1200)])),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "SR", "340590",
         "Vloeibare zilverpoets, flessen 2,5 l, 40 stuks", "NL", 1380, 40, 800, "EUR",
         "liquid silver polish is a milky, ammonia-smelling cream of about 1 kg/l; each of these 40 steel flasks "
         "weighs 34 kg for its 2.5 l, the liquid inside is a bright, mobile metal that beads on the floor, and the "
         "flasks carry the stencils of a decommissioned Botlek chlor-alkali plant: metallic mercury, a waste "
         "that must be disposed of in the Union (Regulation 2017/852) and whose export is banned, by sea from "
         "Rotterdam to Paramaribo for the gold fields of the interior; Dutch wording (metallic mercury repeats in "
         "several sets; a silver-polish label was found in no earlier row by a keyword search)",
         {"importer_country": "SR"}),
        ("WST-04", "export", "EEROAD01", "road", "EE", ["LV", "LT", "PL"], "UA", "252100",
         "Mineraalne täitematerjal asfaltsegudele (lubjakivipulber), 24 t", "EE", 24000, None, 960, "EUR",
         "asphalt mineral filler is a dry, pale-grey, odourless limestone powder that fizzes in acid; this tanker "
         "trailer holds a grey-brown, caking powder that smells of chlorine and ammonia when wet, does not fizz, "
         "and a test strip shows a pH over 12 and high chloride, lead and zinc: air-pollution-control residues "
         "and fly ash from a Tallinn waste incinerator (19 01 07*, 19 01 13*), hazardous waste whose export to a "
         "non-OECD country is banned, by road through Latvia, Lithuania and Poland to a Lviv 'road builder'; "
         "Estonian wording (incinerator fly ash repeats in many sets; an asphalt-filler label from Estonia is the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "SISEA01", "sea", "SI", [], "IN", "282110",
         "Fekete vas-oxid pigment (Fe3O4) betonszínezéshez, big bag, 40 t", "HU", 40000, None, 24000, "EUR",
         "black iron-oxide pigment is a dense, even, blue-black powder that sticks to a magnet and colours a drop of "
         "oil evenly; these bags hold a lighter, greasy, grey-black powder with foil flecks and a solvent smell that "
         "barely reacts to a magnet and assays nickel, cobalt, lithium and graphite, from a Hungarian battery-cell "
         "plant's scrap shredder: black mass from lithium-ion batteries (16 06 hazardous entries), hazardous waste "
         "whose export to a non-OECD country is banned, trucked to Koper and shipped to Mundra; Hungarian wording "
         "(black mass repeats in many sets and iron-oxide pigment labels in several, on black mass among them; kept "
         "as a repeat, from Hungary through Koper to India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-06", "export", "BESEA01", "sea", "LU", [], "BJ", "852859",
         "Gebrauchte LED-Reklammëscreens, fonctionnéierend, 180 Stéck", "LU", 9000, 180, 5400, "EUR",
         "used LED advertising screens for reuse travel tested, module by module, in padded flight cases with a test "
         "report; these 180 cabinets are stacked loose in a container, with cracked and missing modules, "
         "water-stained power supplies and bulging capacitors, torn down from stadium boards and shop fronts: "
         "waste electrical and electronic equipment with hazardous components (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, trucked from Luxembourg and shipped from Antwerp to Cotonou; "
         "Luxembourgish wording (e-waste under reuse labels repeats in many sets and Luxembourgish wording in a few; "
         "LED video-wall screens were found in no earlier row by a keyword search)", {"importer_country": "BJ"}),
        ("WST-07", "export", "SKROAD01", "road", "SK", [], "UA", "310590",
         "Listové meďnaté hnojivo, kvapalné, IBC 1000 l, 20 ks", "SK", 24000, 20, 4000, "EUR",
         "a foliar copper fertiliser is a clear, blue chelate solution with a registration label and a crop-use "
         "sheet; these 20 IBCs hold a dark blue, strongly ammonia-smelling liquid with black sediment that reads 120 "
         "g/l of copper and chloride, drained from the etching lines of a Nitra circuit-board maker: spent "
         "ammoniacal copper etchant (11 01 hazardous entries), hazardous waste whose export to a non-OECD country is "
         "banned, at Vyšné Nemecké for a 'farm supply' firm; Slovak wording (spent etchant repeats in many sets and "
         "foliar labels in two; from Slovakia by road to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU", "RS"], "XK", "851629",
         "Ngrohëse elektrike me akumulim, të përdorura, funksionale, 400 copë", "AT", 48000, 400, 8000, "EUR",
         "used storage heaters for reuse are whole, tested units; these 400 are broken open, with loose, "
         "crumbling bricks, frayed wiring and grey-white fibrous insulation boards that show chrysotile under a "
         "lens, ripped out of Vienna council flats by a demolition firm: asbestos-containing waste (17 06 "
         "hazardous entries), hazardous waste whose export to a non-OECD country is banned, by lorry through "
         "Hungary and Serbia to a Prizren 'second-hand' dealer; Albanian wording from Kosovo (storage heaters repeat "
         "in two earlier rows, blind19 among them, kept as a repeat; to Kosovo, with Albanian wording, is the new "
         "part as far as a search found)", {"importer_country": "XK"}),
        ("WST-09", "transit", "SEROAD01", "road", "NO", ["SE", "DK", "DE", "PL"], "UA", "560811",
         "Brukte oppdrettsnøter, vasket og reparert, for gjenbruk, 18 t", "NO", 18000, None, 1800, "NOK",
         "used salmon-farm nets for reuse are washed, dry and mended; these bales are stiff with green-black copper "
         "oxide antifouling, fouled with mussels and rotting algae, and leak a copper-green liquid onto the trailer "
         "floor: waste nets impregnated with copper-based antifouling (hazardous waste entered under a transit "
         "declaration without the notification and consents every transit country must give), at Svinesund in "
         "transit through Sweden, Denmark, Germany and Poland to a Ukrainian 'net repairer'; Norwegian wording "
         "(antifouling residues repeat in many sets and fishing nets in a few; a transit of fish-farm nets by road "
         "is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-10", "export", "CYSEA01", "sea", "CY", [], "LB", "380210",
         "Αναγεννημένος ενεργός άνθρακας για φίλτρα νερού, σάκοι, 16 t", "CY", 16000, None, 3200, "EUR",
         "regenerated activated carbon is black, dry, dust-free granules with an iodine-number sheet from a kiln; "
         "these bags hold damp, caked granules that smell of sulphur and solvents and read mercury on a vapour "
         "meter, spent from the gas-cleaning beds of a Vasilikos power and fuel terminal: spent activated carbon "
         "with mercury (hazardous entries of 06 13 and 19 01), hazardous waste whose export to a non-OECD country is "
         "banned, from Limassol to Beirut for a 'water-filter' firm; Cypriot Greek wording (spent activated carbon "
         "repeats in several sets; from Cyprus to Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "281129",
         "奶油发泡气瓶 食品级一氧化二氮 640克, 6000支", "CN", 3840, 6000, 9000, "USD",
         "food-grade nitrous-oxide tanks for whipped cream read about 50 bar and hold a gas with a faint sweet smell; "
         "these 6,000 single-use tanks read 5-6 bar at 15 °C, hold a liquid that sloshes, and a leak detector at the "
         "valve answers for 1,1,1,2-tetrafluoroethane: HFC-134a in non-refillable containers, whose placing on the "
         "market Regulation 2024/573 bans, imported without HFC quota, by sea from Ningbo to Rotterdam for a "
         "Horeca wholesaler; Chinese wording (HFC-134a repeats in many sets and disposable-cylinder covers in "
         "several; a cream-charger label was found in no earlier row by a keyword search)",
         firm("Horizon Horeca Groothandel BV", "NL")),
        ("OZN-02", "import", "GRROAD01", "road", "MK", [], "GR", "281129",
         "Аргон/CO2 за МИГ заварување, еднократни боци 2,2 л, 600 парчиња", "MK", 6600, 600, 3000, "EUR",
         "hobby MIG gas comes in small steel bottles of an argon-CO2 mix at 110 bar, weighing little for their size; "
         "these 600 grey bottles read 15 bar, weigh 11 kg each, hold a liquid, and the valve threads are the left-hand "
         "fittings of refrigerant cylinders; a detector reads R-410A (HFC-32 and HFC-125): HFCs in non-refillable "
         "containers, banned from the Union market (Regulation 2024/573) and imported without quota, in a van at "
         "Evzonoi for a Thessaloniki air-conditioning fitter; Macedonian wording (HFCs in disposable cylinders "
         "repeat in many sets, welding-gas labels in a few; from North Macedonia by road is the new part as far as a "
         "search found)", firm("Delta Klimatismos AE", "GR")),
        ("OZN-03", "import", "LVAIR01", "air", "KZ", [], "LV", "382499",
         "Иммерсиялық салқындату сұйықтығы, диэлектрлік, 200 л бөшке, 4 дана", "KZ", 1270, 4, 6400, "USD",
         "immersion-cooling fluids for computer racks are light synthetic hydrocarbons (about 0.8 kg/l) or "
         "fluorinated fluids with a maker's data sheet; these four drums hold 318 kg each (1.59 kg/l) of a "
         "colourless, sweet, chloroform-smelling liquid that boils at 77 °C and is labelled only by a Chinese "
         "filler's code: carbon tetrachloride, whose import into the Union is banned (Regulation 2024/590), flown "
         "from Almaty to Riga for a crypto-mining data centre; Kazakh wording (carbon tetrachloride repeats in many "
         "sets and an immersion-cooling label once, on an HFE-type fluid in blind104, kept as a repeat; Kazakh "
         "wording from Almaty to Riga is the new part as far as a search found)", firm("Nordhafen Datu Centrs SIA", "LV")),
        ("OZN-04", "import", "CZAIR01", "air", "AM", [], "CZ", "760200",
         "Դատարկված ալյումինե բալոններ, ջարդոն, 60 հատ", "AM", 900, 60, 1200, "USD",
         "emptied aluminium cylinders sold as scrap are cut, or open at the neck; these 60 spherical and cylindrical "
         "bottles with discharge heads and electric squibs are sealed, read 40 bar and weigh their full charge, and "
         "their stencils read 'CF3Br' and 'Il-76': aircraft engine fire-extinguisher bottles charged with halon "
         "1301, whose import into the Union is banned outside licensed critical uses (Regulation 2024/590), flown "
         "from Yerevan to Ostrava for an aircraft-parts trader; Armenian wording (halon 1301 and aircraft fire "
         "bottles repeat in several sets; a scrap label from Armenia is the new part as far as a search found)",
         firm("Central Aero Parts s.r.o.", "CZ")),
        ("OZN-05", "import", "CYSEA01", "sea", "IN", [], "CY", "847960",
         "ਏਅਰ ਕੂਲਰ (ਵਾਸ਼ਪੀਕਰਨ ਵਾਲੇ), ਬਿਨਾਂ ਕੰਪ੍ਰੈਸਰ, 300 ਨਗ", "IN", 9000, 300, 21000, "USD",
         "evaporative air coolers are plastic boxes with a water tank, a pad and a fan, and no compressor; these 300 "
         "have a compressor, a refrigerant circuit, an exhaust hose for the window and a rating plate reading "
         "'R-410A 0.9 kg': plug-in room air conditioners charged with an HFC of GWP over 150, whose placing on the "
         "market Regulation 2024/573 bans, imported without the quota declaration, by sea from Mundra to Limassol "
         "for an appliance dealer; Punjabi (Gurmukhi) wording from Ludhiana (HFC-charged equipment repeats in many "
         "sets; an evaporative-cooler label repeats once, in blind44, kept as a repeat; Punjabi wording is the new "
         "part as far as a search found)", firm("Orion Appliances Ltd", "CY")),
        ("OZN-06", "import", "SISEA01", "sea", "TH", [], "SI", "841821",
         "ตู้แช่ไวน์ 24 ขวด สารทำความเย็น R-600a, 400 เครื่อง", "TH", 12000, 400, 36000, "USD",
         "wine coolers on R-600a (isobutane) carry a flame symbol and a charge of 40-60 g; these 400 have no flame "
         "symbol, a charge of 120 g on the compressor's sticker, service valves for an HFC gauge and a detector "
         "reads 1,1,1,2-tetrafluoroethane: household refrigerating appliances charged with HFC-134a, whose placing "
         "on the market Regulation 2024/573 bans, imported without the quota declaration, by sea from Laem Chabang "
         "to Koper for a Ljubljana retailer; Thai wording (HFC equipment under hydrocarbon labels repeats in many "
         "sets and wine coolers in two; from Thailand to Slovenia is the new part as far as a search found)",
         firm("Vega Trgovina d.o.o.", "SI")),
        ("OZN-07", "import", "ITSEA01", "sea", "TN", [], "IT", "281121",
         "Dioxyde de carbone liquéfié pour fumigation des dattes, bouteilles 40 kg, 30", "TN", 1500, 30, 900, "EUR",
         "carbon-dioxide cylinders read about 57 bar and their gas is odourless; these 30 cylinders read 2 bar, slosh "
         "with a heavy liquid of 1.73 kg/l and carry 'CH3Br' stamped on the shoulders under the paint, for a Ragusa "
         "greenhouse grower: methyl bromide, whose import and use the Union bans (Regulation 2024/590), by sea from "
         "Radès to Palermo; Tunisian French wording (methyl bromide repeats in many sets and fumigation labels in "
         "several; a date-fumigation CO2 label was found in no earlier row by a keyword search)",
         firm("Orion Agricola Srl", "IT")),
        ("OZN-08", "import", "PLSEA01", "sea", "IN", [], "PL", "290348",
         "పాలియురేతేన్ ఫోమ్ బ్లోయింగ్ ఏజెంట్ HFC-365mfc/227ea, 80 డ్రమ్ములు", "IN", 19200, 80, 38000, "USD",
         "an HFC-365mfc/227ea blowing blend boils at about 30 °C and comes with the quota holder's declaration; "
         "these 80 drums hold a liquid of 1.24 kg/l boiling at 32 °C, priced at half the blend's price, and a gas "
         "test gives 1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned (Regulation "
         "2024/590), by sea from Visakhapatnam to Gdynia for a sandwich-panel maker; Telugu wording (HCFC-141b "
         "repeats in many sets, and HFC-365mfc/227ea labels in two (blind27, blind110), kept as a repeat; Telugu "
         "wording and this route are the new part as far as a search found)", firm("Meridian Panele Sp. z o.o.", "PL")),
        ("OZN-09", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "841869",
         "Rabljeni hladilniki za mleko (laktofrizi), 1000 l, 12 kosov", "SI", 9600, 12, 12000, "EUR",
         "second-hand farm milk-cooling tanks sold abroad are emptied of refrigerant or run on R-290 with a test "
         "report; these twelve, taken out of Styrian dairy farms, still hold their original R-22 charge (about 4 kg "
         "each on the condensing units' plates) and were not emptied: equipment containing HCFCs, whose export "
         "from the Union is banned (Regulation 2024/590), by road through Croatia to a Bosnian dairy "
         "co-operative; Slovenian wording (R-22 equipment for export repeats in many sets and milk coolers in two; "
         "from Slovenia to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-10", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "280430",
         "नाइट्रोजन गैस, औद्योगिक, 40 लीटर सिलेंडर, 200 नग", "IN", 11000, 200, 7000, "USD",
         "industrial nitrogen cylinders hold a gas at 150-200 bar that weighs little; these 200 cylinders read 8 bar, "
         "each holds 55 kg of a sloshing liquid, and a detector at the valve reads chlorodifluoromethane: HCFC-22, "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Constanța in transit "
         "from Nhava Sheva to a Chișinău refrigeration wholesaler; Hindi wording (HCFC-22 repeats in many sets and "
         "nitrogen labels in several; a transit through Constanța to Moldova is the new part as far as a search "
         "found)", {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Ceramiche artistiche di Grottaglie, nuove, vasi decorati, 6 pezzi", "IT", 24, 6, 900, "EUR",
         "new Grottaglie ceramics are thick, bright, tin-glazed earthenware with a workshop stamp; one of these six "
         "is a thin, black-gloss krater with red figures of a seated woman and an Eros, added white paint, root "
         "marks and salt encrustation inside the foot, with a tomb-robber's polaroid in the packing: an Apulian "
         "red-figure vase (4th century BC), an archaeological object that needs an export licence at any value "
         "(Regulation 116/2009) and that Italian law reserves to the State, exported without it at Chiasso for a "
         "Geneva dealer; Italian wording (Apulian vases repeat in several sets; a Grottaglie-ceramics label was found "
         "in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-02", "export", "ROPOST01", "post", "RO", [], "US", "702000",
         "Icoane pictate pe sticlă, reproduceri noi, artizanat, 3 bucăți", "RO", 3.5, 3, 90, "EUR",
         "new icons painted on glass from Sibiu workshops are bright, glossy and signed on the back; these three have "
         "flaking, darkened tempera behind old, wavy, bubbled glass, hand-cut pine frames with forged nails and "
         "parish inventory numbers in ink, taken from a Transylvanian wooden church: 18th-19th century icons on "
         "glass (Nicula school), part of Romania's movable heritage, exported without the licence of Regulation "
         "116/2009 and the Romanian export certificate, posted from Cluj to a buyer in Chicago; Romanian wording "
         "(icons repeat in many sets; icons on glass were found in no earlier row by a keyword search)",
         person("Mr R. Novak", "US")),
        ("CUL-03", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Cerámica de Chinautla, artesanía nueva, vasijas decoradas, 4 piezas", "GT", 14, 4, 120, "USD",
         "new Chinautla pottery is pale, light, hand-modelled ware with white slip and modern figures; these four are "
         "cylindrical vases with orange, red and black polychrome of a seated lord, a band of glyphs under the rim, "
         "root marks, lime crust and a glued break: Late Classic Maya polychrome vessels (AD 600-900), archaeological "
         "objects whose export Guatemala forbids, brought in without an import licence (Regulation 2019/880), flown "
         "from Guatemala City to Madrid for a gallery; Guatemalan Spanish wording (Maya ceramics repeat in many sets; "
         "a Chinautla-pottery label was found in no earlier row by a keyword search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-04", "import", "BEAIR01", "air", "PK", [], "BE", "680299",
         "د ډبرې د مسالې مېچنۍ او ګوټک، لاسي، نوې، ۸ عدده", "PK", 90, 8, 160, "USD",
         "new stone spice-grinding slabs and rollers from Peshawar are rough, grey granite with flat faces and chisel "
         "marks; these eight are slabs of fine grey-green schist carved on one face with a seated Buddha, "
         "worshippers and Corinthian pilasters, with broken edges, old mortar and earth in the folds: Gandharan "
         "reliefs (2nd-4th century) dug in Afghanistan and Pakistan, whose export both forbid, brought in without an "
         "import licence (Regulation 2019/880), flown from Peshawar to Brussels for a dealer; Pashto wording "
         "(Gandharan schist repeats in many sets; a spice-grinding-stone label and Pashto wording were found in no "
         "earlier row by a keyword search)", firm("Central Orient Arts SA", "BE")),
        ("CUL-05", "import", "LTROAD01", "road", "BY", [], "LT", "490199",
         "Старыя сшыткі і канторскія кнігі, б/у, на макулатуру для пераплёту, 12 шт.", "BY", 18, 12, 40, "EUR",
         "old ledgers for bookbinders' waste paper are 20th-century printed account books; these twelve are "
         "hand-written folios in Hebrew and Yiddish on rag paper with leather bindings, community seals and dates "
         "from the 1780s to the 1900s: the pinkasim (record books) of a Jewish community near Hrodna, kept in a state "
         "archive whose export Belarus forbids, brought in against the UNESCO 1970 convention (and, above the "
         "threshold, without the importer statement of Regulation 2019/880), at Medininkai for a Vilnius antiquarian; "
         "Belarusian wording (archival manuscripts repeat in several sets; community record books and Belarusian "
         "wording were found in no earlier row by a keyword search)", firm("Vega Antikvariatas UAB", "LT")),
        ("CUL-06", "import", "FRAIR01", "air", "NE", [], "FR", "691390",
         "Tukwane na ado na yumbu, sabon aiki, guda 5", "NE", 40, 5, 150, "EUR",
         "new decorative clay pots from Niamey markets are thin, evenly fired and painted; these five are heavy, "
         "grey-brown terracotta heads and a seated figure with heavy-lidded eyes, elaborate hair and beards, with "
         "soil in the cracks and fresh breaks at the neck: Sokoto terracottas (Nigeria, c. 500 BC - AD 200), "
         "archaeological objects whose export Nigeria forbids, carried through Niger and brought in without an import "
         "licence (Regulation 2019/880), flown from Niamey to Paris for a gallery; Hausa wording (Sokoto terracottas "
         "repeat once and Nigerian terracottas in many sets; a new-pottery label from Niger is the new part as far as "
         "a search found)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-07", "import", "ATAIR01", "air", "NP", [], "AT", "970191",
         "བོད་ཀྱི་ཐང་ཀ་གསར་པ་, ལག་བྲིས, 3", "NP", 3, 3, 450, "USD",
         "new thangkas from Boudha workshops are bright, even mineral-pigment paintings on fresh cotton with brocade "
         "mounts; these three are darkened by butter-lamp soot, cracked, with worn gold, old silk covers, monastery "
         "inscriptions and consecration marks on the back: 17th-18th century thangkas taken from a monastery in "
         "Mustang, whose export Nepal forbids, brought in against the UNESCO 1970 convention (and, above the value "
         "threshold, without the importer statement of Regulation 2019/880), flown from Kathmandu to Vienna for a "
         "dealer; Tibetan wording (thangkas repeat in several sets; Tibetan wording was found in no earlier row by a "
         "keyword search)", firm("Alpina Himalaya Kunst GmbH", "AT")),
        ("CUL-08", "export", "HRROAD01", "road", "HR", ["SI", "AT"], "CH", "691490",
         "Teracota posude za vrt, nove, ručni rad, 80 komada", "HR", 1600, 80, 3200, "EUR",
         "a garden-pottery lorry for a Ticino landscape firm: new terracotta planters and stone fountains are what "
         "Dalmatian workshops send, but the third item's 'dekorativne amfore, replike' are three amphorae with "
         "barnacles, coral and worm tubes in their necks and a Roman stamp on the handles, raised by divers from a "
         "wreck off Vis: underwater archaeological objects that Croatia protects and that need an export licence at "
         "any value (Regulation 116/2009), hidden as the last item of a three-item declaration, by road through "
         "Slovenia and Austria; Croatian wording (amphorae repeat in several sets; behind garden pottery to "
         "Switzerland is the new part as far as a search found)",
         dict({"importer_country": "CH"},
              _more_items=[item("681599", "Kamene fontane za vrt, nove, 6 komada", "HR", 1200, 2400, "EUR", qty=6),
                           item("691390", "Dekorativne amfore, replike, 3 komada", "HR", 60, 90, "EUR", qty=3)])),
        ("CUL-09", "import", "GRAIR01", "air", "EG", [], "GR", "680299",
         "مباخر حجرية، صناعة يدوية جديدة من سوق أم درمان، 10 قطع", "SD", 30, 10, 200, "USD",
         "new soapstone incense burners from Omdurman are soft, grey and freshly carved; these ten are hard sandstone "
         "offering tables and a ba-bird statue with Meroitic cursive inscriptions, and two still bear the accession "
         "numbers of the Sudan National Museum in Khartoum, looted in the war: Meroitic antiquities (c. 300 BC - AD "
         "350) whose export Sudan forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Cairo to Athens for a dealer; Sudanese Arabic wording (Meroitic objects repeat in several sets, Sudan "
         "National Museum objects in two, and incense-burner labels in a few; via Cairo to Athens is the new part as "
         "far as a search found)",
         firm("Orion Archaia AE", "GR")),
        ("CUL-10", "import", "FIAIR01", "air", "LK", [], "FI", "830629",
         "පිත්තල බුද්ධ ප්‍රතිමාව, නව අත්කම්, 1", "LK", 6, 1, 180, "USD",
         "a new brass Buddha from Colombo craft shops is bright yellow, sand-cast with a rough, filed base; this one "
         "is a small, heavy, gilt copper-alloy seated Buddha with a flame finial, worn gilding, a sealed relic "
         "cavity in the base and ritual soot: a Kandyan-period (18th century) image taken from a temple, an "
         "antiquity whose export Sri Lanka forbids, brought in against the UNESCO 1970 convention, flown from "
         "Colombo to Helsinki for a collector; Sinhala wording (Sri Lankan antiquities repeat in a few sets and "
         "new-brass-Buddha labels in four, one from Sri Lanka in blind51, kept as a repeat; to Finland is the new "
         "part as far as a search found)", person("Mikko Virtanen", "FI")),
    ],
    "strategic": [
        ("STR-01", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "854143",
         "Солнечные панели складные для кемпинга, с креплением, 120 шт.", "LV", 720, 120, 9600, "EUR",
         "folding camping solar panels are black photovoltaic cells behind a fabric or glass face with a charge "
         "controller; these 120 white, rectangular, weather-sealed plates have no cells at all, only a phased-array "
         "antenna face, a motor-less mast, a router and a 'satellite internet' kit card in each box: satellite user "
         "terminals (8517 62), on the common high-priority list whose sale for use in Russia and transit through "
         "Russia Regulation 833/2014 forbid, for an Almaty forwarder whose earlier loads went to Rostov, by rail from "
         "Riga through Russia; Russian wording from Latvia (satellite terminals repeat once; a camping-solar-panel "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "701690",
         "Skleněné tvárnice pro stavebnictví, čiré, 400 ks", "CZ", 6000, 400, 2400, "EUR",
         "glass building blocks are hollow, pressed, 19 x 19 x 8 cm bricks of ordinary glass at a few euros; these "
         "400 are solid, laminated prisms of 15 kg each with bevelled faces, a steel frame and rubber seals, "
         "stencilled with a tank maker's part numbers: driver's vision blocks for armoured vehicles (Common "
         "Military List ML6 components), exported without the military export licence Common Position 2008/944 "
         "requires, by lorry through Slovakia and Hungary to a Belgrade 'glazing' firm whose buyer is a Russian "
         "tank-repair plant, to which Regulation 833/2014 bans their sale; Czech wording (armoured-vehicle parts "
         "repeat in several sets; vision blocks under a glass-block label were found in no earlier row by a keyword "
         "search; a draft with armour plates as kiln shelves to Armenia was dropped as too close to blind27)",
         {"importer_country": "RS"}),
        ("STR-03", "import", "LVRAIL01", "rail", "KG", ["KZ", "RU"], "LV", "220860",
         "Кыргыз арагы 'Ала-Тоо', 40 %, 0,5 л, 24 000 бөтөлкө", "KG", 14400, 24000, 48000, "USD",
         "Kyrgyz vodka is bottled in Bishkek or Kara-Balta with Kyrgyz excise stamps; under these labels are "
         "Russian federal excise stamps, the bottles carry a Russian glassworks' mark and the batch codes are a "
         "Tatarstan distillery's: Russian vodka, whose import into the Union Regulation 833/2014 (Annex XXI) "
         "forbids, by rail from Bishkek through Kazakhstan and Russia to Rēzekne for a Riga wholesaler with a Kyrgyz "
         "certificate of origin; Kyrgyz wording (Russian goods under Central Asian origin repeat in many sets and "
         "vodka in several; under a Kyrgyz label by rail into Latvia is the new part as far as a search found)",
         firm("Baltic Dzērienu Serviss SIA", "LV")),
        ("STR-04", "export", "PTSEA01", "sea", "PT", [], "AE", "848180",
         "Torneiras de latão para jardim, 3/4\", 1.200 unidades", "PT", 2400, 1200, 6000, "EUR",
         "brass garden taps are yellow, cast, with a lever or a crutch handle; these 1,200 are heavy, silver-grey "
         "Monel-bodied valves with welded bellows seals, flanged ends and a helium leak-test certificate each, worth "
         "forty times the declared price, for a Jebel Ali trader whose consignments go on to Bandar Abbas: "
         "bellows-sealed valves of corrosion-resistant alloy (dual-use 2B350.g), exported without the licence "
         "Regulation 2021/821 requires and listed in the Iran regulation (267/2012), from Leixões; Portuguese "
         "wording (bellows-sealed valves repeat in several sets; a garden-tap label from Portugal is the new part as "
         "far as a search found)", {"importer_country": "AE"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "CN", "842482",
         "Landwirtschaftliche Beregnungsanlagen, Gebläsesprüher, 14 Stück", "IT", 16800, 14, 42000, "EUR",
         "orchard fan sprayers are tractor-drawn tanks with a fan and nozzle ring at a few thousand euros; these "
         "fourteen are tower-mounted fan snow guns with nucleator nozzles, a compressor and a weather station, at "
         "40,000 EUR each on the maker's list, and the Dalian importer's onward bill names a Wonsan 'leisure' firm: "
         "snow-making equipment for the Masikryong ski resort, a luxury good whose supply to the DPRK Regulation "
         "2017/1509 forbids, by sea from Trieste; South Tyrolean German wording (DPRK luxury goods repeat in several "
         "sets; snow guns as orchard sprayers were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-06", "export", "BEAIR01", "express", "BE", [], "UZ", "852589",
         "Babyfoons met camera en nachtzicht, 500 stuks", "BE", 150, 500, 12500, "EUR",
         "camera baby monitors are plastic units with an infrared LED ring and a parent screen at 50 EUR; these 500 "
         "are bare, shielded 640 x 512 uncooled thermal-imaging cores with germanium lenses and no monitor at all, "
         "worth 800 EUR each, for a Tashkent 'childcare' importer whose address is a Moscow forwarder's: thermal "
         "cameras (dual-use 6A003, and on the common high-priority list), exported without the licence Regulation "
         "2021/821 requires and for use in Russia, which Regulation 833/2014 forbids, by express from Liège; Flemish "
         "wording (thermal cores repeat in many sets and baby-monitor labels in three, blind69 to Kyrgyzstan among "
         "them, kept as a repeat; to Uzbekistan by express is the new part as far as a search found)", {"importer_country": "UZ"}),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "TR", "380893",
         "Concentrat de sal d'amina per a herbicides (2,4-D), bidons de 200 l, 40 t", "ES", 40000, 200, 30000, "EUR",
         "a 2,4-D amine-salt concentrate is a brown, soapy liquid with a herbicide label and a registration number; "
         "these drums hold a colourless liquid with a strong fishy ammonia smell and no active ingredient, and their "
         "inner labels give CAS 124-40-3 at 40 %, for a Mersin 'agro' distributor whose orders go on by road to "
         "Aleppo: dimethylamine (dual-use 1C350, a chemical-weapons precursor), exported without the licence "
         "Regulation 2021/821 requires, from Tarragona; Catalan wording (dimethylamine repeats in two sets and "
         "herbicide covers in several; an amine-salt herbicide label from Tarragona is the new part as far as a "
         "search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "920110",
         "Gebrauchtes Klavier (Pianino), Schulinstrument, 1 Stück", "AT", 560, 1, 2500, "EUR",
         "a used school upright is a scuffed, 230 kg pianino worth a few thousand euros; this crate holds a new, "
         "concert-size Viennese grand of 560 kg with the maker's 2044 certificate and a list price of 190,000 EUR, "
         "and the Tbilisi consignee's forwarding order names a Moscow concert agency: a luxury good whose sale for "
         "use in Russia Regulation 833/2014 (Annex XVIII) forbids, declared as a used upright, by lorry from Vienna "
         "through Hungary, Romania, Bulgaria and Türkiye; Austrian German wording (pianos repeat in several sets; a "
         "grand under an upright label to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-09", "export", "HUAIR01", "air", "HU", [], "AE", "220190",
         "Deutériumcsökkentett ivóvíz, 25 ppm, 1 literes palackok, 400 db", "HU", 444, 400, 2000, "EUR",
         "deuterium-depleted drinking water is ordinary-looking water of 1.00 kg/l in printed retail bottles; these "
         "400 plain bottles weigh 1.11 kg/l, freeze at 4 °C and carry a batch certificate of 99.8 % D2O in the "
         "packing, for a Dubai trader whose earlier consignments went on to Karachi: heavy water (deuterium oxide, a "
         "nuclear dual-use item of Category 0), exported without the licence Regulation 2021/821 requires, flown "
         "from Budapest; Hungarian wording (heavy water repeats in a few sets; a deuterium-depleted-water label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "export", "IEAIR01", "air", "IE", [], "UZ", "870830",
         "Clutch plates for agricultural tractors, reconditioned, 40 sets", "IE", 4800, 40, 8000, "EUR",
         "reconditioned tractor clutch plates are thin steel discs with friction facings and a splined hub; these 40 "
         "are stacks of "
         "carbon-carbon rotor and stator discs with steel drive clips, each with an aircraft part number and a "
         "release certificate torn off, from a Shannon lessor's parts store, for a Tashkent forwarder that supplies "
         "Russian airlines: aircraft wheel-brake heat packs (8807 30), whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Shannon; Irish English wording (aircraft brakes repeat in a few sets and "
         "truck-brake labels in several; a clutch-plate label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "GE", [], "NL", "070310",
         "ნივრის კბილები თესვისთვის (seed garlic), ტომრებში, 20 ტ", "GE", 20000, None, 8000, "USD",
         "seed garlic is cloves in papery, purple-streaked skins with a flat root plate and a smell that fills the "
         "hold; these sacks hold small, "
         "white-tunicked, pear-shaped single bulbs with no garlic smell, forest soil and leaf stubs, some three "
         "million: wild-dug snowdrop bulbs (Galanthus woronowii, CITES App. II) beyond Georgia's export quota and "
         "without a CITES permit, by sea from Poti to Rotterdam for a bulb trader; Georgian wording (Galanthus "
         "repeats in many sets, from Georgia under other bulb labels among them, and a Georgian onion-set label in "
         "blind92, which a draft of this row matched and so was changed; a seed-garlic label was found in no "
         "earlier row by a keyword search)", firm("Delta Bloembollen BV", "NL")),
        ("WLF-02", "import", "ATAIR01", "air", "NP", [], "AT", "121190",
         "सुकेको खस (भेटिभर) जरा, अत्तरको लागि, ५० केजी", "NP", 50, None, 400, "USD",
         "dried vetiver (khus) roots are long, thin, straw-coloured fibres with an earthy, sweet smell; these 50 kg "
         "are short, thick, dark-brown rhizomes wrapped in reddish, hairy fibre sheaths with a heavy, musky, "
         "valerian-like smell: wild-collected jatamansi (Nardostachys jatamansi, CITES App. II) without CITES "
         "documents, flown from Kathmandu to Vienna for an Ayurveda wholesaler; Nepali wording (jatamansi repeats in "
         "a few sets; a vetiver label was found in no earlier row by a keyword search)",
         firm("Alpina Ayurveda GmbH", "AT")),
        ("WLF-03", "import", "FRAIR01", "express", "MM", [], "FR", "392690",
         "ပယင်းတု နှာနံ့ဆေးဘူး (resin snuff bottles), ၁၂ ခု", "MM", 1.2, 12, 60, "USD",
         "resin snuff bottles are light, evenly coloured, show mould seams and smell of plastic under a hot needle; "
         "these twelve are dense, creamy-yellow carvings with a blood-red rind along one edge and a horn-like smell "
         "when touched with a hot needle: carvings of helmeted hornbill casque (Rhinoplax vigil, CITES App. I), "
         "sent by express from Yangon to a private collector in Lyon; Burmese wording (hornbill casques repeat in "
         "many sets; a snuff-bottle label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("WLF-04", "import", "CZAIR01", "air", "AZ", [], "CZ", "160432",
         "Qara rəngli dəniz dovşanı kürüsü (lumpfish), 50 q bankalar, 400 ədəd", "AZ", 20, 400, 800, "AZN",
         "black lumpfish roe is small (2 mm), crunchy, dyed black that stains a tissue and sold at a few euros a "
         "jar; these 400 tins hold large, soft, grey to grey-black eggs that roll apart, taste of nut and sea and "
         "leave no dye, with no CITES label on the lids: wild Caspian sturgeon caviar (Acipenseriformes, CITES App. "
         "II) from the Kura, without CITES documents or the universal label, flown from Baku to Prague for a "
         "delicatessen; Azerbaijani wording (caviar repeats in many sets and lumpfish labels in several, kept as a "
         "repeat; by air from Baku to Prague is the new part as far as a search found)",
         firm("Meridian Delikatesy s.r.o.", "CZ")),
        ("WLF-05", "import", "NLAIR01", "air", "TH", [], "NL", "080450",
         "มะม่วงอบแห้ง ไม่ใส่น้ำตาล, 200 กก.", "TH", 200, None, 1400, "USD",
         "a Thai air shipment for an Amsterdam Asian supermarket: dried mango and silk scarves are what Bangkok "
         "exporters send, but the third item's 2,000 'nylon imitation elephant-hair bracelets' are thick, "
         "stiff, black-brown hairs that taper, split and smell of burnt hair under a lighter, not of melting "
         "plastic: bracelets of elephant tail hair (Elephantidae, CITES App. I) without CITES documents, hidden as "
         "the last item of a three-item declaration, flown from Bangkok; Thai wording (elephant-hair goods repeat "
         "in several sets, under horsehair and plastic-bracelet labels from Africa; an imitation-nylon label behind dried mango is the new part as far as a search found)",
         dict(firm("Atlantic Thai Food BV", "NL"),
              _more_items=[item("621410", "ผ้าพันคอไหมไทย, 300 ผืน", "TH", 45, 2400, "USD", qty=300),
                           item("711790", "กำไลขนช้างเทียม (ไนลอน), 2,000 เส้น", "TH", 8, 600, "USD", qty=2000)])),
        ("WLF-06", "transit", "PTSEA01", "sea", "UY", ["PT"], "HK", "030579",
         "Piel de merluza seca y salada, cajas de 25 kg, 40 cajas", "UY", 1000, 40, 4000, "USD",
         "dried salted hake skins are thin, flat, silvery-grey sheets that smell of salt fish; these 40 cartons hold "
         "thick, triangular, dried fins with cartilage rays, grey-blue above and white below, in dorsal and pectoral "
         "sets: shortfin mako shark fins (Isurus oxyrinchus, CITES App. II) without the Uruguayan export permit that "
         "specimens in transit through the Union must carry, landed at Lisbon in transit from Montevideo to Hong "
         "Kong; Rioplatense Spanish wording (shark fins repeat in many sets and fish-product labels in several; a "
         "hake-skin label from Uruguay was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-07", "import", "NLPOST01", "post", "ID", [], "NL", "392690",
         "Replika gigi paus dari resin, kerajinan tangan, 6 buah", "ID", 2.4, 6, 450000, "IDR",
         "resin whale-tooth replicas are light, uniform, with mould seams and tiny bubbles; these six are heavy, cold "
         "teeth of layered ivory-white dentine with an open pulp cavity and natural wear facets: sperm whale teeth "
         "(Physeter macrocephalus, CITES App. I) from the Lamalera hunt on Lembata, without CITES documents, posted "
         "from Kupang to a private collector in Den Helder; Indonesian wording (sperm whale teeth repeat in a few sets "
         "and scrimshaw replicas in several; a resin-replica label from Indonesia by post is the new part as far as "
         "a search found)", person("M. Bakker", "NL")),
        ("WLF-08", "import", "FRSEA01", "sea", "KE", [], "FR", "440349",
         "Muhuhu wood billets (Brachylaena huillensis), for incense making, 4 t", "KE", 4000, None, 3200, "USD",
         "muhuhu is a pale to mid-brown, heavy, fine-grained wood with a mild, spicy smell; these billets are "
         "yellow-red, oily heartwood that gives off a strong, sweet, milky sandalwood smell when sawn: East African "
         "sandalwood (Osyris lanceolata, CITES App. II) without CITES documents, by sea from Mombasa to Marseille "
         "for a Grasse extraction house; Kenyan English wording (Osyris repeats in several sets; a muhuhu label was "
         "found in no earlier row by a keyword search)", firm("Rivage Arômes SARL", "FR")),
        ("WLF-09", "import", "BEAIR01", "express", "CO", [], "BE", "060290",
         "Hijuelos de bromelias (Guzmania), a raíz desnuda, 40 unidades", "CO", 1.5, 40, 60, "USD",
         "bromeliad pups travel bare-rooted in damp moss; tucked among these 40 are 40 plastic film canisters with "
         "air holes, each holding moss and a tiny, living, red-backed frog with blue-black legs: Lehmann's poison "
         "frogs (Oophaga lehmanni, CITES App. II, critically endangered) without CITES documents, sent by express "
         "from Cali to a private keeper in Liège, with a live-plant label to avoid a phytosanitary check too; "
         "Colombian Spanish wording (poison frogs repeat in several sets and bromeliad labels in a few; a "
         "bromeliad-pup label hiding frogs is the new part as far as a search found)", person("Mme L. Dupont", "BE")),
        ("WLF-10", "import", "ITPOST01", "post", "CL", [], "IT", "251690",
         "Piedras decorativas del desierto para terrarios, 3 kg", "CL", 3, 12, 25, "USD",
         "desert terrarium stones are smooth, dry pebbles; these twelve 'stones' are living, grey-waxy, "
         "spine-crowned cactus bodies with taproots wrapped in paper, dug from the Atacama coast near Chañaral: "
         "wild Copiapoa (Cactaceae, CITES App. II) without CITES documents, posted from Antofagasta to a private "
         "collector in Turin; Chilean Spanish wording (wild Copiapoa repeats in several sets; a decorative-stone "
         "label on cacti was found in no earlier row by a keyword search)", person("Luca Ferrari", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "360200",
     "Emulsion explosive cartridges 32 x 200 mm, 1.1D, 2 t, for a licensed quarry", "BA", 2000, 8000, 7200, "EUR",
     [("EXPLOSIVES_LICENCE", "HR-MUP-45-0031")], "cartridged emulsion explosive to a licensed quarry"),
    ("PRM-02", "precursors", "import", "DKAIR01", "express", "JP", "DK", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model-engine fuel)", "JP", 1.2, 1, 6000, "JPY",
     [("PRECURSOR_LICENCE", "DK-RP-45-0117")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DKROAD01", "road", "NO", "DK", "560811",
     "Used aquaculture nets with copper antifouling, for washing and recovery at a licensed plant, 18 t", "NO",
     18000, None, 0, "NOK", [("BASEL_CONSENT", "DK-MST-45-0142")], "notified copper-treated nets to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "382590",
     "Black mass from lithium-ion battery shredding, for metal recovery at a licensed plant, 20 t", "GB", 20000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-45-0077")], "notified black mass to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "AM", "CZ", "290376",
     "Halon 1301 in aircraft fire-extinguisher bottles, for reclamation at a licensed halon bank, 60 units", "AM",
     900, 60, 14000, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-45-006")], "recovered halon 1301 imported for reclamation under licence"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290345",
     "HFC-134a in returnable 926 l cylinders, 12 units, under the importer's HFC quota", "CN", 12000, 12, 60000, "USD",
     [("FGAS_QUOTA", "NL-FG-45-0213")], "HFC-134a in refillable containers within quota"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Apulian red-figure krater, 4th century BC, documented collection since 1958, for a Geneva exhibition loan",
     "IT", 8, 1, 95000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-45-0088")],
     "archaeological object leaving the Union with its export licence"),
    ("PRM-08", "cultural", "export", "ROAIR01", "air", "RO", "US", "970191",
     "Icon on glass, Nicula school, c. 1850, from a private collection, sold at auction with the export certificate",
     "RO", 2, 1, 22000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-45-0019")],
     "painting leaving the Union with its export licence and the Romanian certificate"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "CA", "690390",
     "Boron-carbide body-armour plates, level IV, 200 units, for a Canadian police tactical unit", "CZ", 600, 200,
     90000, "EUR", [("EXPORT_LICENCE", "CZ-LIC-45-0412"), ("END_USER_CERTIFICATE", "CA-RCMP-EUC-45-0031")],
     "military armour plates under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "EG", "292111",
     "Dimethylamine 40 % aqueous, 20 t, for a named Egyptian herbicide formulator", "ES", 20000, 100, 24000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCID-45-0286"), ("END_USER_CERTIFICATE", "EG-MOA-EUC-45-0017")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "GE", "NL", "060110",
     "Galanthus woronowii bulbs, dormant, within Georgia's export quota, 2,000,000 bulbs", "GE", 6000, 2000000,
     24000, "USD", [("CITES_PERMIT", "GE-MEPA-45-0103")], "App. II snowdrop bulbs within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "NP", "AT", "121190",
     "Nardostachys jatamansi rhizomes, cultivated, dried, 50 kg", "NP", 50, None, 2500, "USD",
     [("CITES_PERMIT", "NP-DNPWC-45-0229")], "App. II jatamansi from cultivation with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Kamenolom Dalmacija d.o.o.", "PRM-02": "Mads Jensen", "PRM-04": "Meridian Metal Recovery NV",
    "PRM-06": "Orion Koeltechniek BV", "PRM-11": "Horizon Bloembollen BV", "PRM-12": "Alpina Ayurveda GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330190", "Rose water (Kashan), herbal distillate, 1 l bottles", "import", ["post"], ["IR", "TR"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("381190", "Fuel-tank water remover (isopropanol), 300 ml cans", "import", ["express"], ["JP"], (10, 20), (1, 3), ["USD", "EUR"], 3, S),
    ("282731", "Magnesium oil spray, Dead Sea magnesium chloride, 250 ml", "import", ["express"], ["JO", "IL"], (12, 25), (1, 3), ["USD", "EUR"], 3, S),
    ("252220", "Betel-leaf lime paste (chunnambu), 100 g tins", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 10, S),
    ("250100", "Icelandic flaky sea salt, 250 g boxes", "import", ["post"], ["IS"], (20, 35), (1, 4), ["EUR"], 4, S),
    ("090411", "White pepper, whole, Sarawak, 25 kg bags", "import", ["sea"], ["MY", "VN"], (6, 9), (5000, 15000), ["USD"], None, S),
    ("292529", "Creatine monohydrate, 500 g tubs", "import", ["express"], ["BR", "US"], (20, 35), (1, 4), ["USD", "EUR"], 2, S),
    ("250590", "Washed beach-volleyball sand, rounded quartz, bulk", "export", ["sea"], ["TN", "MA"], (0.03, 0.06), (20000, 26000), ["EUR"], None, S),
    ("870829", "Car body parts, new, doors and bonnets, boxed", "export", ["sea"], ["GE", "AM"], (4, 8), (3000, 8000), ["EUR"], 0.05, S),
    ("340590", "Silver polish cream, 250 ml jars", "export", ["sea"], ["SR", "CW"], (5, 9), (1000, 4000), ["EUR"], 4, S),
    ("252100", "Limestone filler for asphalt mixes, bulk", "export", ["road"], ["UA", "MD"], (0.03, 0.06), (20000, 25000), ["EUR"], None, S),
    ("282110", "Black iron-oxide pigment (Fe3O4) for concrete, 25 kg bags", "export", ["sea"], ["IN", "PK"], (0.9, 1.4), (10000, 20000), ["EUR"], None, S),
    ("852859", "LED advertising screens, new, in flight cases", "export", ["sea"], ["BJ", "SN"], (25, 45), (2000, 6000), ["EUR"], 0.02, S),
    ("310590", "Foliar copper fertiliser (Cu-EDTA), 10 l cans", "export", ["road"], ["UA", "MD"], (2, 4), (5000, 15000), ["EUR"], 0.1, S),
    ("851621", "Electric storage heaters, new, boxed", "export", ["road"], ["XK", "RS"], (5, 9), (4000, 12000), ["EUR"], 0.03, S),
    ("380210", "Activated carbon, virgin, coconut-shell, for water filters", "export", ["sea"], ["LB", "EG"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("560811", "Aquaculture nets, nylon, new, untreated", "export", ["sea"], ["NO", "TR"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("851580", "Hobby MIG welders with disposable argon-CO2 bottles", "import", ["road"], ["MK", "RS"], (6, 10), (1000, 4000), ["EUR"], 0.1, S),
    ("271019", "Immersion-cooling fluid, synthetic hydrocarbon, 200 l drums", "import", ["sea"], ["US", "KR"], (4, 7), (3000, 8000), ["USD"], None, S),
    ("847960", "Evaporative air coolers, 40 l tank, no compressor", "import", ["sea"], ["IN", "CN"], (3, 6), (4000, 10000), ["USD"], 0.1, S),
    ("841821", "Wine coolers, 24 bottles, R-600a", "import", ["sea"], ["TH", "CN"], (4, 7), (6000, 14000), ["USD"], 0.03, S),
    ("281121", "Carbon dioxide, food grade, 10 kg cylinders", "import", ["road"], ["MK", "RS"], (1, 2), (2000, 6000), ["EUR"], 0.05, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders", "import", ["road"], ["CH", "NO"], (1.5, 3), (2000, 6000), ["EUR"], 0.013, S),
    ("691390", "Grottaglie-style ceramic vases, new, painted", "export", ["road"], ["CH"], (15, 30), (300, 1500), ["EUR"], 0.3, S),
    ("702000", "Icons painted on glass, new, craft workshop", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 1, S),
    ("691390", "Chinautla pottery, new, white-slipped", "import", ["air"], ["GT"], (8, 15), (100, 500), ["USD"], 0.5, S),
    ("680299", "Stone spice-grinding slabs and rollers, new", "import", ["sea"], ["PK", "IN"], (1, 2), (2000, 6000), ["USD"], 0.1, S),
    ("691390", "Decorative clay pots, new, hand-made", "import", ["air"], ["NE", "SN"], (4, 8), (100, 600), ["EUR"], 0.2, S),
    ("970191", "Thangka paintings, new, mineral pigments on cotton", "import", ["air"], ["NP"], (60, 120), (20, 100), ["USD"], 1, S),
    ("830629", "Brass Buddha statues, new, sand-cast", "import", ["air"], ["LK", "NP"], (15, 30), (100, 500), ["USD"], 0.3, S),
    ("691490", "Terracotta garden amphora replicas, new", "export", ["road"], ["CH", "NO"], (1.5, 3), (1000, 4000), ["EUR"], 0.05, S),
    ("854143", "Folding camping solar panels, 100 W, boxed", "export", ["rail"], ["KZ", "UZ"], (10, 18), (2000, 6000), ["EUR"], 0.2, S),
    ("701690", "Glass building blocks, clear, 19 x 19 x 8 cm", "export", ["road"], ["RS", "MK"], (0.8, 1.5), (4000, 10000), ["EUR"], 0.4, S),
    ("848180", "Brass garden taps, 3/4 inch", "export", ["sea"], ["AE", "SA"], (5, 9), (2000, 6000), ["EUR"], 2, S),
    ("842482", "Orchard fan sprayers, tractor-drawn", "export", ["sea"], ["CN", "CL"], (4, 8), (6000, 16000), ["EUR"], 0.001, S),
    ("852589", "Camera baby monitors with night vision, boxed", "export", ["air"], ["UZ", "KZ"], (40, 70), (100, 500), ["EUR"], 2, S),
    ("920110", "Upright pianos, used, school instruments", "export", ["road"], ["GE", "RS"], (4, 8), (1000, 3000), ["EUR"], 0.004, S),
    ("220190", "Deuterium-depleted drinking water, 1 l bottles", "export", ["air"], ["AE", "JP"], (3, 6), (200, 800), ["EUR"], 1, S),
    ("121190", "Vetiver (khus) roots, dried, for perfumery", "import", ["air"], ["IN", "HT"], (8, 15), (100, 500), ["USD"], None, S),
    ("392690", "Resin snuff bottles, new, imitation amber", "import", ["express"], ["CN", "MM"], (20, 40), (1, 2), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with
# blind80's own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("854442", "Extension leads with multi-socket strips, boxed", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("570500", "Bath mats, cotton chenille", "import", ["sea"], ["IN", "PK"], (4, 7), (2000, 6000), ["USD"], 1.5, N),
        ("960329", "Hairbrushes, plastic handles, retail", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
        ("630790", "Shoelaces, polyester, carded pairs", "import", ["sea"], ["CN", "VN"], (6, 10), (1000, 4000), ["USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind113", 20450101, HERE)


if __name__ == "__main__":
    main()
