#!/usr/bin/env python3
"""Writes the seventy-fourth blind set (tests/risk/data/blind74-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2038, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL74-*:

    python3 tests/risk/data/make_blind74_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEROAD01", "road", "NO", [], "SE", "382499",
         "Jordforsurer for blåbær og rododendron, 4 x 5 l", "NO", 36.8, 4, 900, "NOK",
         "soil acidifiers for blueberries and rhododendrons are elemental-sulphur granules or dilute iron sulphate; "
         "these four 5 l cans hold an oily, water-clear liquid at 1.84 kg/l that chars a paper towel: about 96 % "
         "sulphuric acid (Annex I above 15 %), in the boot of a private car from Drammen for a private person in "
         "Karlstad; Norwegian wording (sulphuric acid repeats in many sets and a soil-acid cover appears in two; a "
         "blueberry acidifier by car from Norway is new as far as a search found)", person("Karin Andersson", "SE")),
        ("PRE-02", "import", "DKAIR01", "express", "US", [], "DK", "381400",
         "Rensevæske til airbrush-pistoler, 4 x 1 l", "US", 4.6, 4, 80, "USD",
         "airbrush cleaners are water, glycol and alcohol at about 1.0 kg/l; these four litres weigh 1.14 kg/l, do "
         "not mix with water-based paint and the inner labels read 'nitromethane 96 %': nitromethane (Annex I above "
         "16 %), sent by express to a private person in Aarhus who owns no airbrush, although flammable liquids go by "
         "express only as declared dangerous goods; Danish wording (nitromethane repeats in many sets and an airbrush "
         "cleaner by express from the US hid it in blind61, to Belgium; Denmark and Danish wording are the only new part)", person("Privatperson", "DK")),
        ("PRE-03", "import", "HRPOST01", "post", "RS", [], "HR", "380894",
         "Средство за дезинфекцију гајилишта печурака, 6 x 1 l", "RS", 6.8, 6, 60, "EUR",
         "mushroom grow-room sanitisers are 3-5 % peroxide or quaternary ammonium; these six litres weigh 1.13 kg/l, "
         "vent through their caps and whiten the skin at once: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Novi Sad to a private person in Osijek who grows no mushrooms, although oxidising liquids may "
         "not go by post; Serbian Cyrillic wording (hydrogen peroxide repeats in many sets and a mushroom-substrate "
         "steriliser by post from the US to Latvia hid it in blind46; from Serbia to Croatia in Serbian is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-04", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "440290",
         "Nargile kömürü, hızlı yanan, tutuşturucu toz, 10 x 1 kg", "TR", 10, 10, 1500, "TRY",
         "quick-light shisha charcoal is sold as pressed tablets with the igniter already in them; these ten bags "
         "hold a loose white crystalline powder, no charcoal at all, that spits violet sparks on a hot plate and "
         "carries CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), in a van from Istanbul "
         "for a private person in Duisburg; Turkish wording (potassium chlorate repeats in many sets; a shisha-charcoal "
         "igniter cover is new as far as a search found)", person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "HUROAD01", "road", "RS", [], "HU", "310230",
         "Sókristály granulátum sóbarlanghoz (haloterápia), 40 kg", "RS", 40, 8, 120, "EUR",
         "salt for a home salt cave is coarse rock salt or Himalayan salt chips; these eight bags of white prills do "
         "not taste of salt, turn ice-cold in water and melt and fizz on a hot plate, and the inner bags read "
         "'N 34,4 %': ammonium nitrate (Annex I at 16 % N or more), in a private car from Subotica for a private "
         "person in Szeged who runs no salt cave; Hungarian wording (ammonium nitrate repeats in many sets; a "
         "halotherapy salt cover is new as far as a search found)", person("Magánszemély", "HU")),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "381010",
         "Spájkovacia voda pre vitráže, 4 x 1 l", "UA", 5.6, 4, 50, "EUR",
         "soldering fluid for stained glass is zinc-chloride flux sold in 250 ml bottles; these four glass litres "
         "give off brown fumes, stain the skin yellow and weigh 1.40 kg/l: about 65 % nitric acid (Annex I above "
         "3 %), in a private car at Vyšné Nemecké for a private person in Košice who makes no stained glass; Slovak "
         "wording from a Ukrainian seller (nitric acid repeats in many sets and soldering covers in a few; a "
         "stained-glass soldering fluid from Ukraine by car is new as far as a search found)",
         person("Súkromná osoba", "SK")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "250100",
         "Сол за вана за крака, с минерали, 6 x 2 кг", "TR", 12, 6, 900, "TRY",
         "foot-bath salts are coarse, scented sea salt or Epsom salt; these six bags of fine, unscented, slightly "
         "yellowish crystals draw damp, taste of nothing salty and flare when a grain meets a flame, and the inner "
         "bags read 'NaClO3 99 %': sodium chlorate (Annex I above 40 %), in a private car at Kapitan Andreevo for a "
         "private person in Haskovo; Bulgarian wording (sodium chlorate repeats in many sets and a sheep foot-bath salt "
         "hid a precursor in blind65; a human foot-bath salt by car from Türkiye to Bulgaria is new as far as a search found)",
         person("Частно лице", "BG")),
        ("PRE-08", "import", "EEPOST01", "post", "GB", [], "EE", "283699",
         "Ronimiskriit (magneesiumkarbonaat), 5 x 1 kg", "GB", 5, 5, 45, "GBP",
         "climbing chalk is a light, fluffy magnesium carbonate that packs into blocks; these five bags hold a dense, "
         "gritty white powder twice as heavy for its volume that burns fiercely with sugar, and the inner bags carry "
         "CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Sheffield to a private person in "
         "Tartu who climbs no walls; Estonian wording (potassium perchlorate repeats in many sets and climbing chalk "
         "hid it by post from China to Czechia in blind58; by post from Britain to Estonia is the new part)", person("Eraisik", "EE")),
        ("PRE-09", "import", "PLROAD01", "road", "UA", [], "PL", "560749",
         "Sznurek do pras rolujących, polipropylen, 20 szpul", "UA", 100, 20, 400, "EUR",
         "a farm-supply order to a private smallholder: baler twine and ear tags are what dairy farmers buy, but the "
         "third item's 'udder-wash concentrate' vents through its caps, weighs 1.13 kg/l and bleaches the hands white: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item declaration for "
         "a private person near Zamość who keeps two cows and needs no 40 litres; Polish wording (hydrogen peroxide "
         "repeats in many sets and multi-item orders hid it several times; an udder-wash cover in a farm order from "
         "Ukraine is new as far as a search found)",
         dict(person("Piotr Nowak", "PL"),
              _more_items=[item("392690", "Kolczyki do znakowania bydła, 200 szt.", "UA", 4, 60, "EUR", qty=200),
                           item("340290", "Koncentrat do mycia wymion, 4 x 10 l", "UA", 45, 120, "EUR", qty=4)])),
        ("PRE-10", "import", "NLSEA01", "sea", "KR", [], "NL", "340290",
         "Oxygen laundry bleach liquid, 1 l bottles, 9,600 pcs", "KR", 11000, 9600, 12000, "USD",
         "Korean liquid oxygen bleaches are 3-6 % peroxide; these bottles hold 1.13 kg/l liquid that vents through "
         "the caps and carry 'H2O2 35 %' under the shelf label, for a Rotterdam Asian supermarket chain that sells "
         "them off the shelf: 35 % hydrogen peroxide (Annex I above 12 %) made available to members of the public; "
         "English and Korean wording (hydrogen peroxide repeats in many sets and oxygen-bleach covers in two; a "
         "retail shelf bleach for a supermarket chain by sea from Korea is new as far as a search found)",
         firm("Hanmaru Supermarkt BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "850710",
         "Gebruikte tractiebatterijen voor heftrucks, getest, voor hergebruik, 18 t", "NL", 18000, 40, 3600, "EUR",
         "forklift traction batteries for reuse are sold with capacity test sheets and sealed cells; these are "
         "cracked, acid-stained sets with sulphated plates and no test sheets, at 0.20 EUR/kg, the price of scrap "
         "lead: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Tema 'battery dealer'; Dutch wording (lead-acid batteries repeat in many sets and forklift covers in "
         "four; forklift sets for reuse from Rotterdam to Ghana are the new part)", {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "EG", "281820",
         "Keramische Trägerkugeln, Aluminiumoxid, gebraucht, 14 t", "DE", 14000, None, 1400, "EUR",
         "alumina support balls for reuse are white, sieved and dry; these drums hold grey-black extrudates and "
         "balls that smell of sulphur and self-heat in the air, with nickel and molybdenum: spent hydrotreating "
         "catalyst from a refinery (16 08 02*), hazardous waste whose export to a non-OECD country is banned, for an "
         "Alexandria 'ceramics trader'; German wording (spent catalysts repeat in several sets and used alumina balls "
         "for reuse in three, all to India; to Egypt is the new part)", {"importer_country": "EG"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "250590",
         "Piasek do zasypek budowlanych, 24 t", "PL", 24000, None, 240, "EUR",
         "fill sand is yellow and clean; this load is black, oily, smells of tar and mothballs and holds brick and "
         "slag from a demolished gasworks: soil containing hazardous substances (17 05 03*), hazardous waste whose "
         "export to a non-OECD country is banned, taken by lorry for a Lviv 'building site'; Polish wording "
         "(gasworks soil repeats in four sets; as fill sand by road to Ukraine is new as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "NG", "381300",
         "Émulseur pour lance à incendie, AFFF, réutilisable, 200 fûts", "FR", 40000, 200, 4000, "EUR",
         "foam concentrates for reuse are in date and sold with a quality test; these 200 drums are from the 1990s, "
         "out of date, some layered and mouldy, and their labels name PFOS: waste firefighting foam containing a "
         "persistent organic pollutant (16 05 08*), hazardous waste whose export to a non-OECD country is banned and "
         "whose POP content must be destroyed, for a Lagos 'fire-service supplier'; French wording (AFFF foams repeat "
         "in six sets; from Le Havre to Nigeria as reusable foam is new as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "PK", "854143",
         "Paneles fotovoltaicos usados, de segunda mano, 2.400 uds", "ES", 48000, 2400, 9600, "EUR",
         "second-hand solar panels for reuse are whole, framed and sold with flash-test sheets; these are broken "
         "thin-film panels with shattered glass, stacked without pallets, some with cadmium-telluride layers exposed: "
         "waste electrical equipment with hazardous components (16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Karachi 'solar dealer'; Spanish wording (solar panels repeat in several "
         "sets; broken CdTe panels from Valencia to Pakistan are new as far as a search found)",
         {"importer_country": "PK"}),
        ("WST-06", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Żejt tal-magni tal-baħar, taħlita, 30 t", "MT", 30000, None, 3000, "EUR",
         "marine gas oil is clear, amber and to specification; this tank holds a black, watery emulsion of used "
         "engine oil and bilge slops with sediment: waste oils (13 04 03* and 13 02 05*), hazardous waste whose "
         "export to a non-OECD country is banned, for a Misrata 'bunker supplier'; Maltese wording (bilge slops and "
         "waste oils repeat in several sets, as recovered fuel oil from Greece to Libya in blind13; from Malta in "
         "Maltese as a marine-oil blend is the new part)",
         {"importer_country": "LY"}),
        ("WST-07", "transit", "NLSEA01", "sea", "GB", ["NL"], "IN", "380290",
         "Reactivated activated carbon, granular, 20 t", "GB", 20000, None, 2000, "USD",
         "reactivated carbon is dry, black and odourless; these big bags hold wet spent carbon that reeks of "
         "solvents from a chemical plant's vent scrubber, with no reactivation certificate: spent activated carbon "
         "(06 13 02*), hazardous waste whose transit through the Union to a non-OECD country is banned, through "
         "Rotterdam for a Mundra 'water-treatment trader'; English wording (spent carbon repeats in several sets; in "
         "transit from Britain through Rotterdam to India is the new part)", {"importer_country": "IN"}),
        ("WST-08", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "262099",
         "Zinkový popel z žárového zinkování, 60 t", "CZ", 60000, None, 30000, "EUR",
         "zinc ash sold to zinc refiners is a grey, metallic, dry skim; these wagons carry it mixed with the spent "
         "flux and the acid-pickling sludge of a galvanising plant, wet, chloride-laden and releasing ammonia: "
         "galvanising wastes (11 01 09* and 11 05 03*), hazardous waste whose export to a non-OECD country is "
         "banned, for a Pavlodar 'zinc smelter'; Czech wording (zinc residues repeat in several sets; by rail from "
         "Czechia to Kazakhstan is new as far as a search found)", {"importer_country": "KZ"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "841810",
         "Μεταχειρισμένα επαγγελματικά ψυγεία βιτρίνες, 80 τεμ.", "GR", 16000, 80, 4000, "EUR",
         "used display fridges for reuse are cleaned, working and tested; these have cut compressors, torn doors and "
         "foam insulation blown with CFC-11, some still charged with R-12: waste refrigeration equipment containing "
         "ozone-depleting substances (16 02 11*), hazardous waste whose export to a non-OECD country is banned, "
         "for a Port Said 'appliance dealer'; Greek wording (CFC fridges repeat in many sets; shop display fridges "
         "from Piraeus to Egypt are the new part)", {"importer_country": "EG"}),
        ("WST-10", "import", "BGROAD01", "road", "TR", [], "BG", "260300",
         "Bakır konsantresi, flotasyon, 22 t", "TR", 22000, None, 4400, "USD",
         "copper flotation concentrate is a fine, dark, damp sulphide powder at 20-30 % copper sold at several "
         "dollars a kilo; this load is grey dust with lead, arsenic and chlorides at about 8 % copper, at 0.20 USD/kg: "
         "flue dust from a copper smelter's gas cleaning (10 06 03*), hazardous waste whose import into the Union "
         "needs prior written notification and consent, for a Plovdiv 'metals trader'; Turkish wording (smelter "
         "dusts repeat in several sets as concentrates; an import by road from Türkiye into Bulgaria is new as far "
         "as a search found)", firm("Trakia Metals EOOD", "BG")),
    ],
    "ozone": [
        ("ODS-01", "import", "HUROAD01", "road", "RS", [], "HU", "847989",
         "Hordozható párátlanító készülékek, új, 120 db", "RS", 2400, 120, 9000, "EUR",
         "portable dehumidifiers sold in the Union run on R-290 or R-32 with a label saying so; these 120 carry no "
         "refrigerant label, come from a Serbian warehouse of old stock and their circuits read as chlorodifluoromethane: "
         "equipment charged with HCFC-22, an ozone-depleting substance whose import in products is banned "
         "(Regulation 2024/590), on a lorry for a Szeged retailer; Hungarian wording (HCFC-22 equipment repeats in many "
         "sets and dehumidifiers in several; from Serbia to Hungary by road is the new part)",
         firm("Tisza Háztartás Kft.", "HU")),
        ("ODS-02", "import", "FRPOST01", "post", "US", [], "FR", "340290",
         "Camera sensor cleaning fluid, 6 x 250 ml", "US", 2.4, 6, 60, "USD",
         "camera-sensor cleaning fluids are methanol or HFE in 15 ml bottles; these six bottles weigh 1.56 kg/l, "
         "evaporate at once and leave no film: CFC-113 (old 'Freon TF' stock), an ozone-depleting substance whose "
         "import is banned (Regulation 2024/590), posted from Ohio to a private photographer in Nantes; US English "
         "wording (CFC-113 repeats in several sets and record- and tape-head cleaners hid it by post in four; a "
         "camera-sensor cover is new as far as a search found)", person("M. T. Dubois", "FR")),
        ("ODS-03", "import", "ITAIR01", "air", "IN", [], "IT", "293190",
         "Fumigante per termiti, fluoruro di solforile, 20 bombole", "IN", 1400, 20, 5000, "USD",
         "sulfuryl fluoride cylinders hold a gas at about 15 bar with a faint smell; these 20 hold a liquid at low "
         "pressure that smells of chloroform and is far heavier than sulfuryl fluoride would be in the same cylinder: "
         "methyl bromide, an ozone-depleting substance whose import is banned (Regulation 2024/590), flown from "
         "Mumbai for a Naples pest-control firm that fumigates historic buildings; Italian wording (methyl bromide "
         "repeats in many sets and sulfuryl-fluoride covers in several; to Italy for termite fumigation is the new "
         "part)", firm("Disinfestazioni Partenope Srl", "IT")),
        ("ODS-04", "import", "ESSEA01", "sea", "CN", [], "ES", "940690",
         "Paneles sándwich de poliuretano para cámaras frigoríficas, 1.200 m2", "CN", 14000, 1200, 30000, "USD",
         "cold-room panels sold in the Union are blown with cyclopentane or HFO; these panels carry no blowing-agent "
         "declaration and their foam cells release 1,1-dichloro-1-fluoroethane when cut: panels blown with HCFC-141b, "
         "an ozone-depleting substance whose import in products is banned (Regulation 2024/590), for a Murcia "
         "cold-store builder; Spanish wording (HCFC-141b foams repeat in many sets and sandwich panels in three; "
         "cold-room panels from China to Spain are new as far as a search found)",
         firm("Frigoríficos del Segura SL", "ES")),
        ("ODS-05", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "290379",
         "聚氨酯发泡剂 HFO-1336mzz(Z), 40 x 200 kg", "CN", 8000, 40, 40000, "USD",
         "HFO-1336mzz(Z) is a low-pressure foam-blowing agent boiling at 33 degC; these drums hold a liquid that "
         "boils at 24 degC and reads as trichlorofluoromethane: CFC-11, an ozone-depleting substance whose import is "
         "banned (Regulation 2024/590), by rail from Chongqing for a Brno insulation-panel maker; Chinese wording "
         "(CFC-11 repeats in many sets and low-pressure HFO covers in several, R-1233zd(E) by rail to Germany in "
         "blind49 and an R-514A blend in blind68; a 1336mzz(Z) blowing agent by rail to Czechia is new as far as a "
         "search found)", firm("Izolace Morava s.r.o.", "CZ")),
        ("ODS-06", "import", "LTAIR01", "air", "GE", [], "LT", "842410",
         "ფხვნილოვანი ცეცხლმაქრი, 2 კგ, 30 ც", "GE", 120, 30, 1200, "USD",
         "dry-powder extinguishers are heavy with powder and show a green-zone gauge at 15 bar; these 30 slosh when "
         "shaken and their gas reads as bromochlorodifluoromethane: halon 1211 extinguishers, an ozone-depleting "
         "substance whose import is banned outside licensed critical uses (Regulation 2024/590), flown from Tbilisi "
         "for a Vilnius car-racing club; Georgian wording (halon 1211 repeats in many sets; from Georgia in Georgian "
         "is new as far as a search found)", firm("Vilniaus Autosporto Klubas VšĮ", "LT")),
        ("ODS-07", "export", "DEAIR01", "air", "DE", [], "AM", "290323",
         "Tetrachlorethylen, Reinigungslösemittel für Textilreinigung, 12 x 25 kg", "DE", 300, 12, 900, "EUR",
         "perchloroethylene for dry cleaners is 1.62 kg/l and smells sweet; these canisters hold a liquid at 1.59 kg/l "
         "that boils at 77 degC, not 121 degC: carbon tetrachloride, an ozone-depleting substance whose export is "
         "banned outside licensed feedstock or laboratory uses (Regulation 2024/590), flown for a Yerevan "
         "'dry-cleaning chain'; German wording (carbon tetrachloride repeats in many sets and perchloroethylene "
         "covers hid it on five imports; an export to Armenia is the new part)", {"importer_country": "AM"}),
        ("ODS-08", "import", "SKPOST01", "post", "UA", [], "SK", "340290",
         "Рідина для очищення магнітофонних головок, 10 x 100 мл", "UA", 1.6, 10, 30, "EUR",
         "tape-head cleaners are isopropanol at 0.79 kg/l; these ten bottles weigh 1.56 kg/l and evaporate at once "
         "without smell: CFC-113 from old Soviet stock, an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), posted from Uzhhorod to a private person in Michalovce who repairs tape decks; "
         "Ukrainian wording (CFC-113 repeats in several sets and tape-head cleaners in two; from Ukraine to Slovakia "
         "by post is the new part)", person("Súkromná osoba", "SK")),
        ("ODS-09", "import", "PTAIR01", "express", "BR", [], "PT", "381400",
         "Fluido para limpeza de tubulação de ar-condicionado (flushing), 12 x 1 kg", "BR", 12, 12, 150, "USD",
         "HVAC flushing fluids sold in the Union are HFE or trans-dichloroethylene blends; these twelve cans, sold in "
         "Brazil as 'fluido 141b', boil at 32 degC and read as 1,1-dichloro-1-fluoroethane: HCFC-141b, an ozone-depleting "
         "substance whose import is banned (Regulation 2024/590), sent by express from São Paulo to a private person in "
         "Braga who installs air conditioners on the side; Brazilian Portuguese wording (HCFC-141b flushes repeat in "
         "several sets; by express from Brazil to Portugal is the new part)", person("João Pereira", "PT")),
        ("ODS-10", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Kontakt yapıştırıcı tineri, ayakkabı imalatı için, 20 x 5 l", "TR", 133, 20, 400, "USD",
         "contact-cement thinners are toluene-free hydrocarbon or acetone blends at about 0.8 kg/l; these cans weigh "
         "1.33 kg/l, do not burn and smell of chloroform: 1,1,1-trichloroethane (methyl chloroform), an "
         "ozone-depleting substance whose import is banned (Regulation 2024/590), on a lorry for a Plovdiv shoe "
         "workshop; Turkish wording (methyl chloroform repeats in many sets and shoe-making covers in a few; a "
         "contact-adhesive thinner from Türkiye to Bulgaria is new as far as a search found)",
         firm("Obuvki Trakia OOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "PE", [], "NL", "631090",
         "Retazos de tela antigua para tapicería, lote de 25", "PE", 6, 25, 300, "USD",
         "upholstery remnants are machine-woven and clean; these 25 are camelid-wool embroidered fragments with "
         "feline and bird figures, desert sand in the folds and the brittle brown of burial cloth: Paracas textile "
         "fragments (about 2,000 years old) from looted graves, whose export Peru forbids, imported without an "
         "export document (UNESCO 1970, Regulation 2019/880), flown to an Amsterdam dealer; Peruvian Spanish "
         "wording (Paracas textiles repeat in several sets, as old textile remnants ('retazos') to Spain in blind27; "
         "an upholstery cover to the Netherlands is the new part)", firm("Andes Textielkunst BV", "NL")),
        ("CUL-02", "export", "HRROAD01", "road", "HR", [], "BA", "251612",
         "Kamen za gradnju, obrađeni vapnenac, 2 komada", "HR", 900, 2, 300, "EUR",
         "building stone is freshly sawn; these two blocks are weathered limestone carrying lines of Glagolitic "
         "script and a carved cross, with old mortar on the back: inscribed slabs from a medieval chapel on Krk, "
         "parts of a monument whose export out of the Union needs a licence at any value (Regulation 116/2009), "
         "taken by van for a Mostar 'stonemason'; Croatian wording (a Glagolitic object appears in one earlier set; "
         "inscribed chapel slabs as building stone to Bosnia are new as far as a search found)", {"importer_country": "BA"}),
        ("CUL-03", "import", "ATPOST01", "post", "IR", [], "AT", "711719",
         "مهرهای سنگی تزئینی، بدلی، ۱۲ عدد", "IR", 0.4, 12, 60, "EUR",
         "replica seals from Iranian bazaars are fresh-cut soapstone with sharp edges; these twelve are worn agate "
         "and chalcedony stamp seals, drilled through, with Pahlavi inscriptions and burial soil in the cuts: "
         "Sasanian seals from clandestine digging, whose export Iran forbids, imported without an export document "
         "(UNESCO 1970, Regulation 2019/880), posted to a private collector in Graz; Persian wording (Sasanian seals "
         "repeat in several sets; as bazaar replicas by post to Austria is the new part)", person("Thomas Gruber", "AT")),
        ("CUL-04", "export", "ITAIR01", "air", "IT", [], "US", "480256",
         "Carta decorativa invecchiata per legatoria, 30 fogli", "IT", 1.5, 30, 90, "EUR",
         "aged decorative paper for bookbinders is new paper tinted with tea; these thirty sheets are parchment "
         "notarial deeds of the 15th-17th centuries with seals and a parish archive's shelf marks: archival "
         "documents more than 50 years old, whose export out of the Union needs a licence at any value "
         "(Regulation 116/2009) and which Italian law counts as State archives, flown to a New York dealer; Italian "
         "wording (parchment documents repeat in many sets; as bookbinding paper is new as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-05", "import", "DEAIR01", "air", "GE", [], "DE", "711790",
         "მინანქრის სუვენირი, ხელნაკეთი, 1 ც", "GE", 0.3, 1, 120, "USD",
         "Georgian minankari souvenirs are bright new cloisonné enamel on silver-plated copper; this one is worn gold "
         "cloisonné with a saint's bust, Georgian asomtavruli letters and nail holes from an icon frame: a "
         "medieval (11th-12th century) enamel plaque torn from a church icon, whose export Georgia forbids, imported "
         "without an export document (UNESCO 1970, Regulation 2019/880), flown to a Berlin dealer; Georgian wording "
         "(cloisonné enamels repeat in four sets; as a minankari souvenir is new as far as a search found)",
         firm("Kaukasus Kunst GmbH", "DE")),
        ("CUL-06", "import", "BESEA01", "sea", "CD", [], "BE", "442199",
         "Objets d'artisanat, statuettes en bois neuves, 60 pièces", "CD", 480, 60, 1800, "USD",
         "new carvings for the tourist trade are pale, sharp and polished with shoe cream; among these sixty are "
         "eight dark, sacrificially encrusted figures with horn and metal loads, worn by handling: Songye power "
         "figures (nkisi) taken from villages, whose export the DRC forbids without its export document (UNESCO "
         "1970, Regulation 2019/880), shipped to a Brussels dealer; Congolese French wording (Songye figures "
         "as new Congolese craft statuettes repeat in blind58 and blind63, single pieces by express and air; eight "
         "mixed into sixty new carvings by sea is the new part)",
         firm("Galerie Kasaï SA", "BE")),
        ("CUL-07", "transit", "BGROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "690723",
         "Eski çini karolar, söküm, 1 palet", "TR", 320, 80, 800, "EUR",
         "reclaimed tiles from demolition are cement or industrial ceramic; these eighty are underglaze-painted "
         "quartz-frit tiles in cobalt, turquoise and bole red with mosque mortar on the back: 16th-century Iznik "
         "tiles stripped from a mosque, whose export Türkiye forbids (UNESCO 1970, Regulation 2019/880), declared "
         "in transit through Bulgaria for a Munich dealer; Turkish wording (Turkish tiles repeat in several sets "
         "and used demolition tiles hid others in blind48, exported from Poland; Iznik tiles as demolition tiles in "
         "transit by road is new as far as a search found)", {"importer_country": "DE"}),
        ("CUL-08", "import", "DKSEA01", "sea", "NO", [], "DK", "440799",
         "Genbrugte fyrretræsplanker, håndhøvlede, 6 stk.", "NO", 240, 6, 300, "EUR",
         "reclaimed pine planks are from barns and sawn square; these six are split, adze-dressed planks with "
         "interlaced dragon carving and tar-blackened backs: 12th-century stave-church portal planks, which Norway "
         "forbids to export without a permit (cultural-heritage law, UNESCO 1970), shipped from Bergen to a "
         "Copenhagen dealer; Danish wording (a carved pine plank came by road from Norway to Sweden in "
         "blind62; six portal planks as reclaimed timber by sea to Denmark are the new part)", firm("Nordisk Antik ApS", "DK")),
        ("CUL-09", "import", "GRROAD01", "road", "AL", [], "GR", "740400",
         "Skrap bronzi dhe bakri, për shkrirje, 12 kg", "AL", 12, None, 60, "EUR",
         "scrap bronze for melting is offcuts, turnings and broken fittings; this sack holds two hammered bronze "
         "helmets of the Illyrian type and a pair of greaves, with green crust, soil inside and old crushing: "
         "6th-5th-century BC armour from a looted tumulus, whose export Albania forbids, imported without an export "
         "document (UNESCO 1970, Regulation 2019/880) in a car at Kakavia for a Thessaloniki collector; Albanian "
         "wording (an Illyrian helmet came as a decorative replica by road from Albania to Croatia in blind43; "
         "declared as scrap bronze to Greece is the new part)", person("Eleni Papadopoulou", "GR")),
        ("CUL-10", "import", "GBSEA01", "sea", "BD", [], "GB", "630492",
         "নকশী কাঁথা, হস্তশিল্প, ৪০০ টি", "BD", 800, 400, 4000, "USD",
         "a handicraft container for a London shop: nakshi kantha quilts and jute baskets are what it sells, but the "
         "third item's 'garden terracotta tiles' are weathered, hand-modelled plaques of Krishna scenes with temple "
         "brick mortar: 17th-18th-century terracotta temple plaques stripped from a Bengal temple, whose export "
         "Bangladesh forbids (UNESCO 1970), hidden as the last item of a three-item declaration; Bengali wording "
         "(terracotta plaques repeat in three sets and Bangladesh in four; in a kantha container to Britain is new as "
         "far as a search found)",
         dict(firm("Bengal Crafts Ltd", "GB"),
              _more_items=[item("460219", "পাটের ঝুড়ি, ৬০০ টি", "BD", 600, 1800, "USD", qty=600),
                           item("691390", "বাগানের পোড়ামাটির টালি, ১২ টি", "BD", 90, 120, "USD", qty=12)])),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", ["LV"], "AM", "903040",
         "Antenna analysers for amateur radio, 12 pcs", "LT", 180, 12, 9000, "EUR",
         "amateur-radio antenna analysers are hand-held boxes at a few hundred euros; these twelve are bench spectrum "
         "analysers up to 26.5 GHz at 30,000 EUR each new, invoiced at 750 EUR, for a Yerevan firm founded last "
         "year with a Moscow address on its website: electronic measuring equipment on the list of goods whose "
         "export to Russia is banned (Regulation 833/2014), routed through Armenia; English wording (spectrum "
         "analysers repeat in several sets and TV signal meters to Armenia hid them in blind43; an amateur-radio "
         "cover by road from Lithuania is new as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "841410",
         "Pompe per impianti di aspirazione chirurgica dentale, 8 pz", "IT", 320, 8, 12000, "EUR",
         "dental suction units use side-channel blowers or liquid-ring pumps at a few hundred euros; these eight are "
         "turbomolecular pumps with 1,000 l/s throughput and corrosion-resistant rotors at 1,500 EUR each invoiced "
         "(far above a suction pump, far below their price), for an Istanbul firm that re-exports to Tabriz: "
         "dual-use vacuum pumps (2B231) without an export licence, and goods whose supply for use in Iran is "
         "restricted; Italian wording (turbomolecular pumps repeat in five sets, as milking-machine pumps in blind23 "
         "and coating-plant pumps in two; a dental-suction cover by road to Türkiye is new as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-03", "import", "PLSEA01", "sea", "CN", [], "PL", "440839",
         "桦木单板, 旋切, 0.6 mm, 40 m3", "CN", 26000, None, 52000, "USD",
         "Chinese rotary veneer is poplar or eucalyptus; this is birch veneer whose bundles carry the tally cards of "
         "a mill in the Kostroma region and whose container was loaded at Qingdao after arriving by rail from "
         "Russia, with a Chinese certificate of origin for goods China does not peel in this size: Russian birch "
         "veneer, whose import into the Union is banned (Regulation 833/2014), relabelled as Chinese for a Gdynia "
         "plywood maker; Chinese wording (Russian wood relabelled Kazakh repeats in many sets and veneers in six; "
         "Russian veneer relabelled Chinese by sea is new as far as a search found)",
         firm("Sklejka Pomorze Sp. z o.o.", "PL")),
        ("STR-04", "import", "SISEA01", "sea", "TR", [], "SI", "401120",
         "Kamyon lastikleri, yeni, 315/80 R22.5, menşei Türkiye, 480 adet", "TR", 33600, 480, 72000, "EUR",
         "Turkish truck tyres carry the DOT plant codes of Turkish factories; these 480 carry the code and mould marks "
         "of the Belshina plant at Babruysk under a pasted-over sidewall label, and the Turkish exporter has no "
         "factory: Belarusian tyres, whose import into the Union is banned (Regulation 765/2006), declared as "
         "Turkish, shipped from Mersin to Koper for a Ljubljana dealer; Turkish wording (Belarusian tyres repeat in "
         "five sets, declared Serbian or Kazakh by road and rail; declared Turkish by sea to Slovenia is new as far "
         "as a search found)", firm("Pnevmatika Center d.o.o.", "SI")),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "AE", "852589",
         "Caméras de streaming pour l'e-sport, 3 pcs", "FR", 45, 3, 24000, "EUR",
         "e-sport streaming cameras are webcams and small 4K cameras at 60 frames per second; these three record "
         "1,000,000 frames per second at reduced resolution and come with trigger inputs for detonation studies: "
         "high-speed cameras (6A003) without an export licence, flown to a Dubai trader whose buyer is an Iranian "
         "university; French wording (high-speed cameras repeat in two sets, as slow-motion sports cameras to Armenia "
         "in blind53; an e-sport streaming cover via Dubai is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "AE", "760820",
         "Aluminiumrohre für Amateur-Teleskoptuben, 4 t", "DE", 4000, None, 36000, "EUR",
         "amateur telescope tubes are rolled sheet or carbon tubes with thin walls and flocked insides; these are "
         "seamless 7075-T6 tubes 130 mm across, 2 mm wall, cut to 60 cm with no flocking or flanges: aluminium "
         "alloy tubes of the kind used for centrifuge rotors (dual-use 1C202, above 75 mm outer diameter) without an "
         "export licence, for a Jebel Ali firm that forwards to Bandar Abbas; German wording (7075 tubes repeat in "
         "several sets, as bicycle-frame tubing in five and flagpoles in blind71; a telescope-tube cover is new as "
         "far as a search found)", {"importer_country": "AE"}),
        ("STR-07", "export", "SEAIR01", "express", "SE", [], "KZ", "853650",
         "Blixtrörstriggers för studioblixtar, reservdelar, 20 st.", "SE", 1, 20, 8000, "EUR",
         "studio-strobe trigger parts are small transformers and thyristors at a few euros; these twenty are sealed "
         "ceramic tubes with three electrodes rated for fast nanosecond switching of kiloamperes: triggered spark "
         "gaps (3A228) without an export licence, sent by express to an Almaty 'photo-studio supplier' with Russian "
         "customers; Swedish wording (spark gaps repeat in several sets, as turbine igniters in blind14 and surge "
         "arresters in blind40; a studio-strobe cover to Kazakhstan is new as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-08", "transit", "ATROAD01", "road", "CH", ["AT", "HU"], "RS", "846693",
         "Ersatzteile für zahnärztliche Handstücke, 10 Stk.", "CH", 140, 10, 4000, "CHF",
         "dental handpiece spares are turbines and bearings of a few grams each; these ten are 14 kg motor spindles "
         "for five-axis machining centres, 42,000 rpm, with their Swiss maker's plates: machine-tool parts whose "
         "export to Russia is banned (Regulation 833/2014), declared in transit through Austria to a Belgrade "
         "trader who re-exports to Russia; Swiss German wording (spindles repeat in several sets; as dental "
         "handpiece spares in transit from Switzerland is new as far as a search found)", {"importer_country": "RS"}),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "KZ", "843490",
         "Ersatzteile für Melkroboter: Zitzenbecher, 400 Stk.", "DE", 400, 400, 6000, "EUR",
         "a dairy-equipment spares order for a farm: teat cups and milk filters are what a robot dairy uses, but "
         "the third item's 'sensor boards' are trays of loose field-programmable gate arrays in anti-static tubes, "
         "no boards at all, at the count a factory uses: integrated circuits on the common high-priority list "
         "whose export to Russia is banned (Regulation 833/2014), hidden as the last item of a three-item "
         "declaration to a Kostanay 'farm' near the Russian border; German wording (FPGAs repeat in many sets and "
         "multi-item orders in several; in a milking-robot order is new as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("842199", "Milchfilter, 2000 Stk.", "DE", 200, 800, "EUR", qty=2000),
                           item("854231", "Sensorplatinen für Melkroboter, 600 Stk.", "DE", 3, 9000, "EUR", qty=600)])),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "AM", "401130",
         "Banden voor vliegtuigtrekkers (grondmaterieel), gebruikt, 16 st.", "NL", 1600, 16, 3200, "EUR",
         "tyres for airport tugs are solid or industrial pneumatic tyres rated for 25-30 km/h; these sixteen carry "
         "'Aircraft' on the sidewall, a speed rating of 225 mph and the size of an Airbus A320 main gear: aircraft "
         "tyres, goods for use in aviation whose export to Russia is banned (Regulation 833/2014, Annex XI), flown "
         "to a Yerevan 'transport firm' that supplies Russian airlines; Dutch wording (aircraft tyres repeat in "
         "three sets as truck tyres; as ground-support tug tyres from Schiphol to Armenia is new as far as a search "
         "found)", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "MG", [], "FR", "440349",
         "Grumes de wengé, 18 m3", "MG", 16000, 40, 24000, "EUR",
         "wengé is a Central African timber with straight grey-brown stripes (itself in CITES App. II since 2023, and declared here with no permit either); these billets are jet-black heartwood "
         "with thin white sapwood, heavy enough to sink: Malagasy ebony (Diospyros spp., CITES App. II, with a zero "
         "export quota from Madagascar), shipped from Toamasina to Le Havre without a CITES permit; Malagasy French "
         "wording (Diospyros ebony repeats in five sets, from Madagascar to France by air among them, and a wengé "
         "cover appears in blind42; as wengé logs by sea to Le Havre is the new part)", firm("Bois Précieux Océan SARL", "FR")),
        ("WLF-02", "import", "PTAIR01", "express", "BR", [], "PT", "050510",
         "Penas tingidas para artesanato e carnaval, 2 kg", "BR", 2, 1, 200, "USD",
         "carnival craft feathers are dyed rooster and goose feathers; these are long, undyed red, blue and yellow "
         "tail feathers with the natural barring and shafts of macaws: scarlet and hyacinth macaw feathers (Ara "
         "macao and Anodorhynchus hyacinthinus, CITES App. I), sent by express from Belém to a private person in "
         "Coimbra who makes carnival costumes, without CITES permits; Brazilian Portuguese wording (macaw "
         "feathers from Brazil to Portugal repeat in blind6 and blind9 as indigenous crafts; as dyed carnival "
         "feathers by express is the new part)",
         person("Sra. Ana Silva", "PT")),
        ("WLF-03", "import", "DEAIR01", "air", "ID", [], "DE", "030119",
         "Ikan hias air tawar (ikan koi), 60 ekor", "ID", 30, 60, 600, "USD",
         "koi fry are round-bodied carp with barbels at the mouth corners and small scales; these sixty are "
         "silver-red fish with large scales, chin barbels and long, flat bodies: juvenile Asian arowana "
         "(Scleropages formosus, CITES App. I, trade only from registered breeders with a microchip and permit), "
         "unchipped and flown from Jakarta to a Frankfurt ornamental-fish trader without CITES documents; "
         "Indonesian wording (arowana repeat in six sets, as goldfish from Indonesia in blind4 and as koi in a "
         "development set; as koi in Indonesian is the new part)", firm("Orion Zierfisch GmbH", "DE")),
        ("WLF-04", "export", "ESAIR01", "air", "ES", [], "AE", "010594",
         "Gallinas ornamentales de raza combatiente, 6 ejemplares", "ES", 6, 6, 1800, "EUR",
         "ornamental game hens travel in ventilated poultry crates, unhooded; these six travel hooded in individual "
         "boxes with hooked bills, talons and bells: peregrine falcons (Falco peregrinus, CITES App. I, Annex A) "
         "taken from wild eyries, exported without CITES permits for a Dubai falconer; Spanish wording (falcons "
         "repeat in many sets, as pigeons and falconry birds among them; an ornamental-hen cover is new as far as a "
         "search found)", {"importer_country": "AE"}),
        ("WLF-05", "import", "ITSEA01", "sea", "VN", [], "IT", "300490",
         "Cao ngựa bạch, thực phẩm chức năng, 200 hộp", "VN", 40, 200, 4000, "USD",
         "horse-bone glue sold in Vietnam is a brown gelatinous block in paper wrappers; these 200 boxes hold "
         "dark cakes whose wrappers and inner seals read 'cao hổ cốt' and a Hanoi laboratory finds tiger DNA: tiger "
         "bone glue (Panthera tigris, CITES App. I), shipped to a Vietnamese grocery in Milan without CITES "
         "documents; Vietnamese wording (tiger-bone glue repeats in four sets; as white-horse glue by sea to Italy is "
         "new as far as a search found)", firm("Saigon Alimentari Srl", "IT")),
        ("WLF-06", "import", "ATAIR01", "air", "TZ", [], "AT", "440729",
         "Mbao za mninga (Pterocarpus angolensis), vipande 300", "TZ", 900, 300, 4500, "USD",
         "muninga is a light-brown, open-grained timber at about 0.6 kg/dm3; these 300 billets are black-purple, "
         "oily and sink in water at 1.2 kg/dm3, cut to clarinet-blank size: African blackwood (Dalbergia melanoxylon, "
         "CITES App. II) without a CITES export permit, flown from Dar es Salaam for a Vienna woodwind workshop; "
         "Swahili wording (African blackwood repeats in six sets; as muninga billets to Austria is new as far as a "
         "search found)", firm("Wiener Holzblas Werkstatt GmbH", "AT")),
        ("WLF-07", "import", "SEAIR01", "express", "US", [], "SE", "121190",
         "Dried burdock root, wild-crafted, 5 kg", "US", 5, 1, 900, "USD",
         "burdock root is long, thin, brown and fibrous at a few dollars a kilo; these are forked, ringed, pale "
         "roots with the 'neck' scars of 15-year-old plants, at 180 USD/kg: wild American ginseng (Panax "
         "quinquefolius, CITES App. II) without a CITES export permit, sent by express from Wisconsin to a private "
         "person in Malmö; US English wording (American ginseng repeats in several sets; as burdock root by express "
         "to Sweden is new as far as a search found)", person("Privatperson", "SE")),
        ("WLF-08", "transit", "BEAIR01", "air", "CM", ["BE"], "CN", "121190",
         "Écorce de quinquina séchée, 2 t", "CM", 2000, None, 6000, "USD",
         "cinchona bark is thin, reddish and intensely bitter; this is thick, grey-brown bark with a red inner layer "
         "that smells of almond when wet: Prunus africana bark (CITES App. II, Cameroon's quota suspended for the "
         "harvest zone on the label), without a CITES permit, flown from Douala through Brussels in transit to a "
         "Guangzhou extract maker; French wording (Prunus africana repeats in five sets; as cinchona bark in transit "
         "through Brussels is new as far as a search found)", {"importer_country": "CN"}),
        ("WLF-09", "import", "ESSEA01", "sea", "MX", [], "ES", "640399",
         "Huaraches de piel de vaca, 600 pares", "MX", 600, 600, 6000, "USD",
         "a western-wear order for a Seville shop: cowhide huaraches and belts are what it sells, but the third "
         "item's 'embossed cowhide boots' have the large, flat, polygonal scales of a turtle's neck and flipper "
         "skin: sea-turtle leather (Cheloniidae, CITES App. I), hidden as the last item of a three-item declaration "
         "without CITES documents; Mexican Spanish wording (sea-turtle products repeat in two sets; turtle-skin boots "
         "in a huarache container to Spain are new as far as a search found)",
         dict(firm("Vaquero Andaluz SL", "ES"),
              _more_items=[item("420330", "Cinturones de piel de vaca, 800 pzs", "MX", 320, 3200, "USD", qty=800),
                           item("640399", "Botas vaqueras de piel de res grabada, 40 pares", "MX", 60, 2400, "USD", qty=40)])),
        ("WLF-10", "import", "ROROAD01", "road", "MD", [], "RO", "010620",
         "Broaște țestoase de apă pentru acvariu (Trachemys), 30 buc.", "MD", 15, 30, 300, "EUR",
         "pet-shop terrapins are flat, green, web-footed and eared with red; these thirty are domed, brown-and-yellow "
         "land tortoises with thick scaly legs and no webs: spur-thighed tortoises (Testudo graeca, CITES App. II, "
         "Annex A) taken from the wild in the Caucasus, in a car at Sculeni for a Iași pet-shop owner without CITES "
         "documents (and red-eared sliders are themselves banned in the Union); Romanian wording (Testudo repeats "
         "in five sets; as terrapins by car from Moldova is new as far as a search found)",
         person("Persoană fizică", "RO")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "US", "DK", "290420",
     "Nitromethane 96 %, 4 x 1 l, for a licensed private user (model-engine fuel blender)", "US", 4.6, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-38-0061")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "280700",
     "Sulphuric acid 96 %, 4 x 5 l, for a licensed private user (battery workshop at home)", "NO", 36.8, 4, 95, "EUR",
     [("PRECURSOR_LICENCE", "SE-POL-38-0114")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262099",
     "Spent hydrotreating catalyst (16 08 02*), nickel-molybdenum on alumina, for metal recovery, 14 t", "NO",
     14000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-HH-38-0322")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "854911",
     "Waste lead-acid batteries (16 06 01*), for a licensed lead smelter, 20 t", "GB", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-38-0488")], "notified waste batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "LTAIR01", "air", "GB", "LT", "290376",
     "Halon 1211, recovered and reclaimed, 6 cylinders, for critical use in aircraft hand extinguishers", "GB",
     90, 6, 4200, "GBP",
     [("ODS_LICENCE", "LT-AM-ODS-38-003")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "IL", "IT", "290361",
     "Methyl bromide, 20 cylinders, for licensed feedstock use in a registered pharmaceutical synthesis plant", "IL",
     1400, 20, 6000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-38-011")], "methyl bromide for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970610",
     "Notarial parchment deeds, 16th century, 12 sheets, from a private family archive, for a university library", "IT",
     0.6, 12, 15000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-38-0291")], "archival documents exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "HRROAD01", "road", "HR", "BA", "970310",
     "Carved stone capital, 14th century, from a collection documented since 1962, for a Sarajevo museum loan", "HR",
     450, 1, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HR-MK-EXP-38-0037")], "stone capital exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "CH", "760820",
     "Aluminium alloy tubes 7075-T6, 130 mm outer diameter, 2 t, for a Swiss aerospace test laboratory", "DE",
     2000, None, 24000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-38-1184"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-38-0102")],
     "dual-use aluminium tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "NO", "852589",
     "High-speed cameras, 1,000,000 frames/s, 2, for a Norwegian defence research institute", "FR", 30, 2, 160000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-38-0447"), ("END_USER_CERTIFICATE", "NO-EUC-38-0091")],
     "dual-use high-speed cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "TZ", "AT", "440729",
     "African blackwood (Dalbergia melanoxylon) clarinet billets, 300, legally harvested", "TZ", 900, 300, 9000, "USD",
     [("CITES_PERMIT", "TZ-MNRT-38-0219")], "App. II blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MY", "DE", "030119",
     "Asian arowana (Scleropages formosus), captive-bred, microchipped, 20", "MY", 10, 20, 8000, "USD",
     [("CITES_PERMIT", "MY-DOF-38-0518")], "App. I captive-bred arowana from a registered breeder with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Karin Andersson", "PRM-05": "Baltic Aero Technics UAB",
    "PRM-07": "Institute of Medieval Studies Library", "PRM-11": "Wiener Holzblas Werkstatt GmbH",
    "PRM-12": "Orion Zierfisch GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("382499", "Elemental-sulphur soil acidifier for blueberries, 20 kg sacks", "import", ["road"], ["NO"], (0.8, 1.5), (2000, 6000), ["EUR", "NOK"], 0.05, S),
    ("340290", "Airbrush cleaner, water-based, 1 l", "import", ["express"], ["US"], (10, 20), (1, 4), ["USD"], 1, S),
    ("380894", "Mushroom grow-room sanitiser, 3 % peroxide, 1 l", "import", ["post"], ["RS"], (4, 8), (1, 4), ["EUR"], 1, S),
    ("440290", "Shisha charcoal, coconut shell, pressed cubes", "import", ["road"], ["TR"], (1.5, 3), (4000, 12000), ["EUR", "USD"], None, S),
    ("250100", "Rock salt granules for salt caves, 25 kg sacks", "import", ["road"], ["RS"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.04, S),
    ("381010", "Soldering flux, zinc chloride, for stained glass, 250 ml", "import", ["post"], ["UA", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 4, S),
    ("250100", "Foot-bath salt, scented sea salt, 500 g jars", "import", ["express"], ["TR"], (5, 10), (1, 4), ["EUR"], 2, S),
    ("283699", "Climbing chalk, magnesium carbonate, 250 g bags", "import", ["post"], ["GB"], (10, 20), (1, 3), ["GBP"], 4, S),
    ("560749", "Baler twine, polypropylene, spools", "import", ["road"], ["UA"], (1.5, 2.5), (8000, 20000), ["EUR"], 0.2, S),
    ("340290", "Oxygen laundry bleach liquid, 4 % peroxide, 1 l", "import", ["sea"], ["KR"], (1, 2), (8000, 16000), ["USD"], 0.9, S),
    ("850710", "Forklift traction batteries, new, with test sheets", "export", ["sea"], ["GH", "NG"], (4, 7), (5000, 15000), ["EUR"], 0.001, S),
    ("281820", "Alumina ceramic support balls, new", "export", ["sea"], ["EG", "SA"], (1.5, 3), (5000, 15000), ["EUR"], None, S),
    ("250510", "Washed silica sand, construction grade", "export", ["road"], ["UA", "MD"], (0.02, 0.05), (20000, 24000), ["EUR"], None, S),
    ("381300", "Fluorine-free firefighting foam concentrate, new, drums", "export", ["sea"], ["NG", "GH"], (3, 6), (4000, 12000), ["EUR"], 0.005, S),
    ("854143", "Solar panels, new, crystalline, flash-tested", "export", ["sea"], ["PK", "KE"], (0.8, 1.5), (10000, 20000), ["EUR"], 0.05, S),
    ("271019", "Marine gas oil, DMA grade, to specification", "export", ["sea"], ["TN", "MA"], (0.7, 1.0), (20000, 30000), ["EUR"], None, S),
    ("380210", "Activated carbon, virgin, coconut-based, 25 kg bags", "import", ["sea"], ["IN", "LK"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("790111", "Zinc ingots, special high grade 99.995 %", "export", ["rail"], ["KZ", "UZ"], (2.5, 3.5), (20000, 40000), ["EUR"], None, S),
    ("841850", "Shop display fridges, new, R-290", "export", ["sea"], ["EG", "MA"], (6, 10), (4000, 12000), ["EUR"], 0.01, S),
    ("260300", "Copper flotation concentrate, 26 % Cu", "import", ["sea"], ["CL", "PE"], (2, 3), (20000, 24000), ["USD"], None, S),
    ("847989", "Portable dehumidifiers, new, R-290", "import", ["sea"], ["CN"], (6, 10), (3000, 9000), ["USD"], 0.06, S),
    ("340290", "Record-cleaning fluid, alcohol-free, 500 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, S),
    ("940690", "Cold-room sandwich panels, PIR, pentane-blown", "import", ["sea"], ["CN", "TR"], (2, 3), (10000, 18000), ["USD"], 0.08, S),
    ("842410", "Dry-powder fire extinguishers, ABC, 2 kg", "import", ["road"], ["TR"], (3, 6), (1000, 3000), ["EUR"], 0.3, S),
    ("845110", "Dry-cleaning machines, hydrocarbon solvent, new", "export", ["sea"], ["GE", "MA"], (8, 14), (2000, 6000), ["EUR"], 0.002, S),
    ("340290", "Tape-head cleaner, isopropanol, 100 ml", "import", ["post"], ["UA", "GB"], (20, 40), (1, 2), ["EUR"], 10, S),
    ("381400", "HVAC flushing solvent, HFE-based, 1 l", "import", ["express"], ["BR", "US"], (15, 30), (1, 4), ["USD"], 1, S),
    ("381400", "Contact-adhesive thinner, hydrocarbon, 5 l", "import", ["road"], ["TR"], (1.5, 3), (1000, 4000), ["EUR", "USD"], 0.2, S),
    ("631090", "Upholstery fabric remnants, new, mixed", "import", ["sea"], ["PE", "IN"], (1, 2), (4000, 10000), ["USD"], None, S),
    ("251612", "Sawn limestone building blocks", "export", ["road"], ["BA", "RS"], (0.1, 0.2), (20000, 24000), ["EUR"], None, S),
    ("711719", "Replica soapstone stamp seals, bazaar souvenirs", "import", ["post"], ["TR", "IN"], (40, 80), (1, 2), ["USD"], 10, S),
    ("711790", "Minankari enamel souvenirs, new", "import", ["express"], ["GE"], (100, 200), (1, 2), ["USD"], 20, S),
    ("442199", "Tourist wood carvings, new, Congolese style", "import", ["sea"], ["CD", "KE"], (3, 6), (1000, 4000), ["USD"], 0.5, S),
    ("690723", "Reproduction Iznik-style tiles, new", "import", ["road"], ["TR"], (6, 12), (1000, 4000), ["EUR"], 10, S),
    ("830629", "Decorative bronze helmet replicas, new castings", "import", ["road"], ["AL", "TR"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("630492", "Nakshi kantha quilts, new", "import", ["sea"], ["BD", "IN"], (6, 10), (2000, 6000), ["USD"], 0.5, S),
    ("903040", "Antenna analysers for amateur radio, hand-held", "export", ["air"], ["AM", "GE"], (60, 120), (50, 200), ["EUR"], 0.5, S),
    ("841410", "Dental suction units, side-channel blowers", "export", ["road"], ["TR", "RS"], (20, 40), (300, 1200), ["EUR"], 0.05, S),
    ("401120", "Truck tyres, new, Serbian-made", "import", ["road"], ["RS", "TR"], (2.5, 4), (8000, 20000), ["EUR"], 0.015, S),
    ("640399", "Cowhide huaraches, leather soles", "import", ["sea"], ["MX"], (8, 15), (2000, 5000), ["USD"], 1, S),
]

# Everyday trade: blind72's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED and
# blind68's eight rows of its own), with four new rows instead of blind72's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (5, 9), (3000, 8000), ["USD"], 0.05, N),
        ("691110", "Porcelain dinner plates, white", "import", ["sea"], ["CN", "TH"], (1.5, 3), (6000, 14000), ["USD"], 2, N),
        ("950720", "Fishing hooks, retail packs", "import", ["post", "express"], ["GB", "JP"], (30, 60), (1, 3), ["GBP", "USD"], 100, N),
        ("610910", "Cotton T-shirts, plain", "import", ["sea"], ["BD", "PK"], (5, 9), (3000, 9000), ["USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind74", 20380701, HERE)


if __name__ == "__main__":
    main()
