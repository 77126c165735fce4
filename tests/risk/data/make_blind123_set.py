#!/usr/bin/env python3
"""Writes the hundred-and-twenty-third blind set (tests/risk/data/blind123-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2046, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, wine and spirits, seeds under reinforced checks included) appear only in
the permitted rows, with their document, and goods whose importer must hold an
authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts)
are left out of the ordinary table. Disguised rows carry a consignee name only where a
real declaration would. Ids are BL123-*:

    python3 tests/risk/data/make_blind123_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "IN", [], "NL", "220190",
         "गंगाजल, हरिद्वार से शुद्ध गंगा जल, पूजा हेतु, 1 लीटर की 3 बोतलें", "IN", 3.4, 3, 450, "INR",
         "Gangajal is neutral river water of 1.00 kg/l sold in small sealed bottles for household worship; these "
         "three bottles have vented caps and bulging sides, hold a water-clear liquid of 1.13 kg/l that whitens and "
         "stings the skin, foams on a rusty nail and bleaches the cloth they were wrapped in: about 35 % hydrogen "
         "peroxide (Annex I above 12 %) for a member of the public, posted from Haridwar to a private person in The "
         "Hague; Hindi wording (hydrogen peroxide repeats in many sets and holy- and mineral-water covers in several "
         "(Zamzam water, blind120; Jermuk water, blind119); a Gangajal label was found in no earlier row by a keyword "
         "search)", person("Dhr. R. Ramdin", "NL")),
        ("PRE-02", "import", "BEPOST01", "post", "ZA", [], "BE", "220890",
         "Mampoer (perskebrandewyn), Groot-Marico, tuisgestook, 3 x 1 liter, geskenk", "ZA", 3.4, 3, 600, "ZAR",
         "peach mampoer is a clear fruit brandy of about 0.93 kg/l that smells of peaches and alcohol; these three "
         "bottles weigh 1.14 kg/l, smell faintly of solvent and not of fruit, do not mix fully with water and burn "
         "with a yellow flame, and a model-engine shop's receipt lies in the parcel: nitromethane (Annex I above "
         "16 %) for a member of the public, posted from Zeerust to a private person in Mechelen, although flammable "
         "liquids may not travel by post; Afrikaans wording (nitromethane repeats in many sets and spirit covers "
         "in several (pisco, blind120; rakija and chacha in others); a mampoer label was found in no earlier row "
         "by a keyword search)", person("Jan Peeters", "BE")),
        ("PRE-03", "import", "DEAIR01", "express", "SZ", [], "DE", "151590",
         "Emafutsa emaganu - Swazi marula kernel oil, cold pressed, 4 x 1 L", "SZ", 7.4, 4, 1400, "SZL",
         "marula kernel oil is a pale yellow, light cosmetic oil of 0.91 kg/l with a nutty smell; these four "
         "bottles are colourless, oily but heavy (1.84 kg/l), grow hot with a drop of water, char a paper towel "
         "black and have eaten through one cap liner: about 96 % sulphuric acid (Annex I above 15 %) for a member "
         "of the public, sent by express from Manzini to a private soap maker in Leipzig, although corrosive "
         "liquids travel by express only as declared dangerous goods; siSwati and English wording (sulphuric acid "
         "repeats in many sets and oil covers in several (castor oil, blind119 and blind120); a marula-oil label and "
         "a consignment from Eswatini were found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-04", "import", "FRAIR01", "air", "JP", [], "FR", "110819",
         "吉野本葛（粉末）1kg袋 × 150袋、業務用", "JP", 150, 150, 180000, "JPY",
         "hon-kuzu is a chalky, white, lumpy root starch that turns milky in cold water and sets to a clear gel "
         "when heated; these 150 bags hold heavy, glassy white crystals that barely dissolve in cold water, never "
         "thicken, spit and flare violet when a pinch falls on a hot pan, and whose inner liners read 'KClO4', for "
         "a Paris Japanese grocery that sells 1 kg bags over the counter: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Osaka; Japanese wording (potassium perchlorate "
         "repeats in many sets and starch covers in several (arrowroot, blind112; corn starch, blind110); a kuzu "
         "label was found in no earlier row by a keyword search)", firm("Rivage Épicerie Japonaise SARL", "FR")),
        ("PRE-05", "import", "PTSEA01", "sea", "BR", [], "PT", "170490",
         "Confeito miçanga branco para confeitaria, pacotes de 1 kg, 16.000 pacotes", "BR", 16000, 16000, 12800,
         "BRL",
         "white miçanga sprinkles are tiny, hard sugar balls that taste sweet and melt slowly in the mouth; these "
         "16,000 bags hold slightly larger, porous white prills that taste of nothing, turn ice-cold when they "
         "dissolve in water, test at 34 % N and melt and fume on a hot plate, for a Lisbon cake-decorating "
         "cash-and-carry that sells the bags to home bakers: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Santos to Lisbon; Brazilian Portuguese wording "
         "(ammonium nitrate repeats in many sets and sugar-decoration covers in several (pearl sugar in four sets, "
         "isomalt in four); a miçanga or nonpareil label was found in no earlier row by a keyword search)",
         firm("Atlântico Confeitaria Lda", "PT")),
        ("PRE-06", "import", "HUAIR01", "air", "CN", [], "HU", "290619",
         "天然冰片（右旋龙脑），中药材，1公斤袋，300袋", "CN", 300, 300, 9000, "USD",
         "natural borneol is a translucent, flaky crystal that smells sharply of camphor and pine, floats on water "
         "and slowly sublimes in an open bag; these 300 bags hold odourless, opaque white crystals that sink at "
         "once, dissolve completely in cold water and make a sugar-and-crystal pinch flare, and the factory sheet "
         "in the carton gives CAS 7775-09-9, for a Budapest traditional-Chinese-medicine shop that sells 1 kg bags "
         "to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Guangzhou; Chinese wording (sodium chlorate repeats in many sets and camphor covers once (blind120, "
         "camphor behind incense); a borneol label was found in no earlier row by a keyword search)",
         firm("Central Keleti Gyógynövény Kft.", "HU")),
        ("PRE-07", "import", "ITROAD01", "road", "CH", [], "IT", "252020",
         "Gips da modellar, alv, fin, 300 satgs da 1 kg", "CH", 300, 300, 450, "CHF",
         "modelling plaster is a soft white powder that warms slightly and sets hard within minutes when stirred "
         "into water; these 300 bags hold a gritty, crystalline white powder that dissolves slowly instead of "
         "setting, never hardens, and burns fiercely with violet sparks when a pinch is mixed with sugar and lit, "
         "for a Sondrio hobby-and-craft shop that sells the bags to the public: potassium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, in a van from the Engadine over the Bernina pass to "
         "Tirano; Romansh wording (potassium chlorate repeats in many sets and plaster covers in several, on dental "
         "stone and gypsum; a modelling-plaster label in Romansh was found in no earlier row by a keyword search)",
         firm("Alpina Hobby Srl", "IT")),
        ("PRE-08", "import", "ESAIR01", "air", "HN", [], "ES", "200931",
         "Jugo de naranja agria natural, sin azúcar, galón plástico, 400 galones", "HN", 1820, 400, 1600, "USD",
         "sour-orange juice is a cloudy, pulpy, orange-yellow juice of 1.04 kg/l that smells of citrus; these 400 "
         "jugs have vented caps and hold a water-clear, odourless liquid of 1.20 kg/l that foams on a cut, whitens "
         "and stings the skin and bleaches the cardboard where it leaked, at 4 USD a gallon for a Madrid "
         "Latin-American grocery chain whose shops sell the gallons to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, flown from San Pedro Sula; Honduran Spanish "
         "wording (hydrogen peroxide repeats in many sets and juice covers in several (calamansi and tamarind in "
         "blind111 and blind115); a sour-orange (naranja agria) label was found in no earlier row by a keyword "
         "search)", firm("Central Alimentos Latinos SL", "ES")),
        ("PRE-09", "export", "DESEA01", "sea", "DE", [], "TZ", "950691",
         "Springseile für Kinder, PVC-ummantelt, Rollenware, 300 Rollen à 500 m", "DE", 3000, 300, 4500, "EUR",
         "children's skipping ropes come cut to length with plastic handles; these 300 reels are 500 m each of a "
         "5 mm orange-sheathed cord with a white crystalline core, printed every metre with a maker's code and "
         "'10 g/m', and the Geita 'toy importer' supplies artisanal gold miners: detonating cord (PETN, UN0065, an "
         "explosive of class 1.1D) exported without the explosives export authorisation and as undeclared dangerous "
         "goods, from Hamburg to Dar es Salaam; German wording (detonating cord repeats in several sets under rope "
         "and cord labels (a polyester core rope, blind13; net cord, blind67; a clothesline, blind27); a "
         "skipping-rope label was found in no earlier row by a keyword search)", {"importer_country": "TZ"}),
        ("PRE-10", "import", "NLSEA01", "sea", "SR", [], "NL", "200811",
         "Pindakaas (pinda botro), emmers 5 kg, 400 emmers", "SR", 2000, 400, 5200, "USD",
         "a Surinamese grocery container for Rotterdam: peanut butter and Madame Jeanette pepper sauce are what "
         "Paramaribo exporters ship to Dutch toko's, but the third item's 'lemki watra' bottles hold a clear, "
         "faintly yellow liquid of 1.40 kg/l with none of lime juice's cloudiness or smell, that fumes brown when "
         "opened, stains the skin yellow and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for the toko's customers, members of the public, hidden as the last item of a three-item "
         "declaration, by sea from Paramaribo; Sranan Tongo and Dutch wording (nitric acid repeats in many sets and "
         "juice covers in several; a lime-juice label, Sranan Tongo wording and a Surinamese grocery container "
         "hiding a precursor were found in no earlier row by a keyword search)",
         dict(firm("Horizon Toko Groothandel BV", "NL"),
              _more_items=[item("210390", "Madame Jeanette pepre sowsu, batra 250 ml, 1.200 batra", "SR", 360, 1440, "USD", qty=1200),
                           item("200931", "Lemki watra (limoensap), batra 1 liter, 600 batra", "SR", 840, 600, "USD", qty=600)])),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MA", "440420",
         "Piquets de châtaignier fendus, neufs, non traités, 1,80 m, 6 000 pièces", "FR", 24000, 6000, 3600, "EUR",
         "new split chestnut stakes are pale brown, rough, bark-edged wood that smells of tannin; these 6,000 "
         "posts are round, machine-peeled pine with a green-grey tinge right through the sapwood, rusty wire "
         "staples and dried vineyard soil on the pointed ends, pulled out of replanted Médoc vineyards: "
         "CCA-treated (copper-chromium-arsenic) wood, a hazardous waste (20 01 37*) whose export to a non-OECD "
         "country is banned, from Bordeaux to Casablanca for a Meknès 'vineyard supply' firm; French wording (CCA "
         "wood repeats in many sets and vineyard posts in several; a new chestnut-stake label was found in no "
         "earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS"], "XK", "690290",
         "Gebrauchte Schamottsteine für Brot- und Pizzaöfen, sortiert, palettiert, 22 t", "AT", 22000, None, 880,
         "EUR",
         "used fireclay bricks are light, sandy-yellow and sooty on one face; these pallets hold dense, dark "
         "brown-black bricks with a glassy slag skin and yellow chromate blooms on the hot face, stripped from the "
         "relined furnace of a Styrian secondary-copper works: spent magnesia-chrome refractories containing "
         "hexavalent chromium (16 11 03*), a hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry from Graz through Slovenia, Croatia and Serbia to a Prizren 'bakery-oven builder'; Austrian German "
         "wording (magnesia-chrome bricks repeat in several sets, one as pizza-oven material in blind61; a "
         "bread-oven fireclay label by road to Kosovo was found in no earlier row by a keyword search)",
         {"importer_country": "XK"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "281512",
         "Soda cáustica líquida 32 %, para fábrica de sabão, isotanques, 44 t", "PT", 44000, None, 2200, "EUR",
         "32 % caustic soda lye is a clear, colourless, odourless liquid of 1.35 kg/l; these ISO tanks hold a dark "
         "brown, oily-topped liquid that stinks of rotten eggs and gas-leak mercaptans, reads sulphides and phenols "
         "and only 6 % free NaOH, drained from a Sines refinery's fuel-sweetening units: spent sulphidic caustic "
         "(05 01 11*), a hazardous waste whose export to a non-OECD country is banned, from Sines to Luanda for a "
         "'soap works' at 0.05 EUR/kg; European Portuguese wording (spent caustic repeats in several sets and a "
         "'soda cáustica' label once, blind50; from Portugal to Angola as soap-works lye is the new part as far as "
         "a search found)", {"importer_country": "AO"}),
        ("WST-04", "export", "BGSEA01", "sea", "BG", [], "GE", "271320",
         "Гудрон (остатък от вакуумна дестилация) за покривни материали, 1 800 т", "BG", 1800000, None, 90000,
         "EUR",
         "goudron for roofing felt is a homogeneous, glossy black residue that is solid when cold and comes with "
         "a penetration test; this tanker parcel is a layered, water-laden black sludge with sand, rust scale and "
         "a rotten-egg smell that reads 30 % water and 15 % sediment, pumped out of Burgas terminal tanks during "
         "cleaning, at 0.05 EUR/kg: tank-bottom sludge (05 01 03*), a hazardous waste whose export to a non-OECD "
         "country is banned, from Burgas to Batumi for a 'roofing-felt' buyer; Bulgarian wording (tank-bottom "
         "sludge repeats in several sets and a Bulgarian mazut label once, blind59, on separator oil; a goudron "
         "label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", [], "UA", "321511",
         "Ofsetová tlačová farba, čierna, výpredaj zásob, sudy 200 kg, 90 sudov", "SK", 18000, 90, 2700, "EUR",
         "clearance stock of black offset ink comes in sealed, labelled cans of uniform paste; these 90 open-topped, "
         "dented drums hold a mixed, skinned-over sludge of many colours with wash-up solvent, rags and press "
         "blankets pressed into it, that smells strongly of solvent, scraped out of a Žilina printing works' "
         "clean-up: waste printing ink and ink sludge with hazardous substances (08 03 12*, 08 03 14*), a hazardous "
         "waste whose export to a non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod 'printer'; Slovak "
         "wording (waste ink repeats in several sets and offset-ink labels in a few; a stock-clearance label by "
         "road from Slovakia to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "440399",
         "Reclaimed hardwood poles, untreated, for building construction, 40 ft container, 26 t", "IE", 26000, 180,
         2600, "EUR",
         "untreated reclaimed hardwood is pale-cored timber that smells of wood; these 180 poles are softwood, "
         "black-brown and sticky to the touch, smell of tar and carbolic, and still carry numbered pole plates, "
         "climbing-step holes and cut stay wires, taken down from rural Irish electricity and telephone lines: "
         "creosote-treated wood (17 02 04*), a hazardous waste whose export to a non-OECD country is banned, from "
         "Dublin to Lagos for a 'building-materials' trader; Irish English wording (creosoted poles and sleepers "
         "repeat in many sets and telegraph poles in two; a reclaimed-hardwood building-pole label from Ireland "
         "is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-07", "export", "SISEA01", "sea", "SI", [], "EG", "852491",
         "LCD zasloni za televizorje, B-razred, za popravilo, 1.600 kosov", "SI", 12000, 1600, 8000, "EUR",
         "B-grade LCD panels for repair come new-boxed with a cosmetic fault list; these 1,600 are cracked, "
         "scratched units torn out of scrapped televisions, still with their cold-cathode backlight tubes (some "
         "broken, shedding white powder) and loose circuit boards, from a Ljubljana collection point: waste "
         "electrical equipment with mercury lamps (16 02 13*), a hazardous waste whose export to a non-OECD country "
         "is banned, from Koper to Alexandria; Slovenian wording (CCFL and LCD e-waste repeats in several sets; a "
         "B-grade repair-panel label from Slovenia to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "SN", "940389",
         "Banchi scolastici usati, in legno e metallo, donazione, 600 pezzi", "IT", 9000, 600, 1800, "EUR",
         "a school-donation container for Dakar: used desks and blackboards are what Naples charities ship to "
         "Senegal, but the third item's 'monitor per laboratorio informatico, usati, testati' are 300 cathode-ray "
         "monitors and televisions with cracked cabinets, cut cords and no test labels, collected from Campania "
         "kerbsides: discarded equipment with CRT lead glass (16 02 13*), a hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Naples to Dakar; "
         "Italian wording (CRT e-waste repeats in many sets behind used goods, and used clothing hid drained oil "
         "on an Italian container in blind45; behind school desks and blackboards is the new part as far as a "
         "search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("961000", "Lavagne usate, in ardesia e laminato, 40 pezzi", "IT", 1600, 400, "EUR", qty=40),
                           item("852849", "Monitor per laboratorio informatico, usati, testati, 300 pezzi", "IT", 7500, 900, "EUR", qty=300)])),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "GH", "631010",
         "Pudseklude af genbrugt bomuld, sorterede, presset i baller, 20 t", "DK", 20000, None, 3000, "EUR",
         "sorted cotton wiping rags are clean, cut, dry pieces of old T-shirts in tidy bales; these bales are "
         "black, heavy, oil- and solvent-soaked absorbent pads, booms and rags with drilling-mud crust, that drip "
         "and smell of diesel, from the Esbjerg offshore supply base's waste skips: absorbents and wiping cloths "
         "contaminated by hazardous substances (15 02 02*), a hazardous waste whose export to a non-OECD country is "
         "banned, from Aarhus to Tema; Danish wording (oily rags and absorbents repeat in several sets; a "
         "cleaning-rag label from Denmark to Ghana is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-10", "export", "EESEA01", "sea", "EE", [], "GE", "252100",
         "Põllumajanduslik lubi (lubjakivijahu), puistes, 2 500 t", "EE", 2500000, None, 25000, "EUR",
         "ground agricultural limestone is a dry, pale grey flour that fizzes in acid; this bulk cargo is a "
         "black-grey, lumpy, tarry coke-like material that smells of phenol and coal tar, stains the hands and "
         "gives off fumes when wetted, dug from the semi-coke hills of an Ida-Viru oil-shale retorting plant: "
         "oil-shale semi-coke, a hazardous waste with phenols and polycyclic aromatics whose export to a non-OECD "
         "country is banned, from Sillamäe to Poti for a 'soil-liming' contractor; Estonian wording (tar and "
         "coke residues repeat in several sets and an agricultural-lime label once, dev19-a; oil-shale semi-coke "
         "was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290122",
         "R-1270 丙烯制冷剂, 13.6 kg 钢瓶, 600 瓶", "CN", 8160, 600, 12000, "USD",
         "R-1270 propylene is a light, flammable hydrocarbon (0.51 kg/l) whose cylinders carry a red flammable-gas "
         "band and hold about 5.5 kg; these 600 cylinders carry no flammable marking, each holds 13.6 kg of a liquid "
         "of 1.21 kg/l and a leak test shows a non-flammable gas with the smell of chloroform: chlorodifluoromethane "
         "(HCFC-22), a controlled ozone-depleting substance moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Koper in transit from Ningbo to a Belgrade refrigeration wholesaler; Chinese "
         "wording (HCFC-22 under other gas labels repeats in many sets; an R-1270 propylene label was found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-02", "import", "ITSEA01", "sea", "IN", [], "IT", "291020",
         "Propylene oxide fumigant, for timber and pallet treatment, 50 kg cylinders, 40 nos", "IN", 2000, 40,
         6000, "USD",
         "propylene oxide is a light (0.83 kg/l), highly flammable liquid that boils at 34 °C and travels in drums; "
         "these 40 pressure cylinders each hold 50 kg of a liquid of 1.73 kg/l that boils at 4 °C, is not flammable "
         "and whose cylinder shoulders are stamped 'CH3Br' under the new stickers: methyl bromide, whose import into "
         "the Union is banned (no quarantine exemption remains), by sea from Mundra to La Spezia for a "
         "pallet-treatment firm; Indian English wording (methyl bromide repeats in many sets and fumigant covers in "
         "many; a propylene-oxide label appears once, blind105, on a nut-pasteurisation cover; as a timber "
         "fumigant from India to Italy is the new part as far as a search found)",
         firm("Meridian Imballaggi Srl", "IT")),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "280429",
         "Криптон 99,99 % для склопакетів, балони 40 л, 24 шт.", "UA", 1400, 24, 9600, "EUR",
         "krypton for insulating glass is a permanent gas at 150 bar in light cylinders of a few kilograms of gas; "
         "these 24 red cylinders each hold about 60 kg of a liquid, read 42 bar, carry siphon tubes and "
         "discharge-head threads and are stencilled '1301' under the new paint: bromotrifluoromethane (halon 1301) "
         "recovered from fixed fire systems, whose import into the Union is banned outside licensed critical uses, "
         "in a lorry at Dorohusk for a Lublin 'glazing' firm; Ukrainian wording (halon 1301 repeats in many sets and "
         "industrial-gas labels in many (argon, SF6, inert gas); a krypton label was found in no earlier row by a "
         "keyword search)", firm("Orion Szkło Sp. z o.o.", "PL")),
        ("OZN-04", "import", "NLSEA01", "sea", "ID", [], "NL", "391000",
         "Cairan silikon (PDMS) 5 cSt untuk penangas laboratorium, 60 drum 200 liter", "ID", 19000, 60, 21000,
         "USD",
         "5 cSt silicone fluid is an oily, odourless liquid of 0.91 kg/l that does not evaporate; these 60 drums each "
         "weigh 320 kg, hold a thin, sweet-smelling liquid of 1.59 kg/l that evaporates fast from a finger and does "
         "not burn, and the drum bungs are stamped 'CCl4': carbon tetrachloride, whose import into the Union is "
         "banned outside licensed feedstock and laboratory uses, by sea from Surabaya to Rotterdam for a "
         "'laboratory supply' trader; Indonesian wording (carbon tetrachloride repeats in many sets; a "
         "silicone-fluid label was found in no earlier row by a keyword search)", firm("Delta Labsupply BV", "NL")),
        ("OZN-05", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "841850",
         "Pasta teşhir dolabı, kavisli cam, R-290 soğutuculu, 24 adet", "TR", 4800, 24, 28800, "EUR",
         "R-290 cake display counters carry a flammable-refrigerant warning, a sealed hydrocarbon compressor and at "
         "most 500 g of charge; these 24 curved-glass counters have non-flammable service valves, no flame "
         "warning and compressor plates that read 'R-404A, 1.1 kg' under a new 'R-290' sticker: self-contained "
         "commercial refrigeration equipment charged with R-404A, an HFC of GWP 3922 whose placing on the Union "
         "market is banned (Regulation 2024/573), by lorry through Bulgaria to Giurgiu for a Bucharest pastry "
         "chain; Turkish wording (R-404A display cases repeat in several sets, as gelato showcases in many; a "
         "cake-display label was found in no earlier row by a keyword search)",
         firm("Vega Patiserie SRL", "RO")),
        ("OZN-06", "import", "FIAIR01", "air", "MY", [], "FI", "330749",
         "Penyegar udara penghawa dingin kereta, busa aerosol, 360 tin", "MY", 216, 360, 1800, "USD",
         "an air-conditioning deodoriser is a 150 ml foam aerosol with a long tube that is sprayed into the "
         "evaporator; these 360 tins are 12 oz steel cans with self-sealing refrigerant valves and a pressure "
         "gauge hose in every box of twelve, and each holds 340 g of 1,1,1,2-tetrafluoroethane: HFC-134a in "
         "non-refillable containers, whose placing on the Union market is banned (Regulation 2024/573), flown from "
         "Kuala Lumpur to Helsinki for a Vantaa car-accessory web shop; Malay wording (HFC-134a cans repeat in "
         "several sets under recharge-kit, duster and tyre-inflator labels; an AC-deodoriser label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Autotarvike Oy", "FI")),
        ("OZN-07", "import", "ITSEA01", "sea", "AR", [], "IT", "290379",
         "Agente espumante HFO-1233zd(E) para espuma de poliuretano, 80 tambores", "AR", 19200, 80, 38400, "USD",
         "HFO-1233zd is a costly (about 15 USD/kg) low-GWP blowing agent in pressure drums with a maker's "
         "certificate; these 80 open-head drums cost 2 USD/kg, hold a liquid that boils at 32 °C rather than 18 °C "
         "and a head-space test shows 1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, "
         "by sea from Buenos Aires to Genoa for a sandwich-panel maker; Argentine Spanish wording (HCFC-141b repeats "
         "in many sets and 1233zd labels in many, from Thailand in blind97 and Viet Nam in blind81; from Argentina "
         "is the new part as far as a search found)",
         firm("Horizon Pannelli Srl", "IT")),
        ("OZN-08", "export", "CYSEA01", "sea", "CY", [], "LB", "841869",
         "Μεταχειρισμένα μονομπλόκ ψυκτικά θαλάμων, λειτουργικά, 14 τεμάχια", "CY", 4200, 14, 7000, "EUR",
         "used cold-room monoblocks for export are sold emptied or on their original R-290 or R-452A charge with a "
         "service record; these 14 units, taken out of Limassol hotel kitchens, still hold their original charge "
         "and their plates read 'R-22, 3.2 kg': equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Limassol to Beirut for a catering-equipment dealer; Greek Cypriot wording (R-22 "
         "equipment for export repeats in many sets and a monoblock label once, blind27, on imported heat pumps; "
         "cold-room monoblocks from Cyprus to Lebanon are the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "391000",
         "სილიკონის სურფაქტანტი პოლიურეთანის ქაფისთვის, 40 კასრი", "GE", 9600, 40, 9600, "USD",
         "a silicone foam stabiliser is a viscous, amber polyether-siloxane liquid of about 1.03 kg/l; these 40 "
         "drums hold a thin, water-clear liquid of 1.49 kg/l that boils away in the hand at 24 °C, smells faintly "
         "sweet and does not burn: trichlorofluoromethane (CFC-11), whose import into the Union is banned, by sea "
         "from Batumi to Burgas for a Stara Zagora mattress-foam plant; Georgian wording (CFC-11 repeats in many "
         "sets under blowing-agent labels; a silicone-surfactant label was found in no earlier row by a keyword "
         "search)", firm("Delta Foam EOOD", "BG")),
        ("OZN-10", "import", "GRAIR01", "express", "IN", [], "GR", "381400",
         "Rubber cement thinner, heptane-based, for tyre and tube repair, 12 x 1 L", "IN", 16, 12, 120, "USD",
         "rubber-cement thinner is a light (0.68 kg/l), highly flammable petrol-smelling solvent; these twelve "
         "tins weigh 1.34 kg/l, their contents do not burn, smell sweet like chloroform and boil at 74 °C, and the "
         "filler's drum label copied on the invoice annex reads '1,1,1-trichloroethane': methyl chloroform, whose "
         "import into the Union is banned, sent by express from Mumbai to a Piraeus tyre-repair shop; Indian "
         "English wording (methyl chloroform repeats in many sets under cleaner and thinner labels; a "
         "rubber-cement-thinner label was found in no earlier row by a keyword search)",
         firm("Atlantic Elastika AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "IN", [], "DE", "680299",
         "ಶಿವಾರಪಟ್ಟಣದ ಹೊಸ ಬಳಪದ ಕಲ್ಲಿನ ಕೆತ್ತನೆ, ಅಲಂಕಾರಿಕ, 2", "IN", 180, 2, 600, "USD",
         "new Shivarapatna soapstone carvings are crisp, evenly dark and machine-polished; these two are "
         "weathered chloritic-schist reliefs, a bracket figure of a dancer and a panel of a deity under a foliate "
         "arch, with lichen in the recesses, iron clamp holes on the back and fresh saw marks where they were cut "
         "from a wall: 12th-13th century Hoysala temple sculpture taken out of Karnataka, whose export India forbids "
         "(Antiquities and Art Treasures Act), brought in without the import licence Regulation 2019/880 requires "
         "for archaeological objects, flown from Bengaluru to Frankfurt for a dealer; Kannada wording (Hoysala and "
         "Indian temple sculpture repeat in several sets under garden-statue labels; a Shivarapatna craft label was "
         "found in no earlier row by a keyword search)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-02", "import", "ATAIR01", "express", "GE", [], "AT", "960622",
         "ღილები და სამკერვალო ფირფიტები ხალხური კოსტიუმებისთვის, მოოქროვილი თითბერი, 40 ცალი", "GE", 0.4, 40,
         120, "USD",
         "new gilt-brass costume buttons are light, stamped and shank-backed; these 40 are heavy, soft, bright "
         "yellow plaques of beaten sheet gold, stamped with stags, griffins and a panther, with tiny sewing holes at "
         "the edges and soil in the repoussé: Scythian gold garment appliqués (4th century BC), archaeological "
         "objects of the kind looted from the Melitopol museum in occupied Ukraine, brought in without an import "
         "licence (Regulation 2019/880) and against Article 3(1) of that regulation, sent by express from Tbilisi to "
         "a Vienna dealer; Georgian wording (Scythian gold repeats in several sets, the Melitopol loot twice under "
         "Russian gilt costume-jewellery and plating-scrap labels (blind49, blind104), kept as a repeat; a "
         "folk-costume button label in Georgian was found in no earlier row by a keyword search)",
         firm("Central Antiquitäten GmbH", "AT")),
        ("CUL-03", "import", "ESPOST01", "post", "BR", [], "ES", "710310",
         "Geodos decorativos fechados para quebrar em casa, Ceará, 6 unidades", "BR", 3.8, 6, 180, "BRL",
         "crack-your-own geodes are round, rough nodules that split to show a crystal-lined hollow; these six are "
         "flat, pale limestone concretions that split along a bedding plane to show whole fossil fishes "
         "(Rhacolepis, Vinctifer) in three dimensions, one with a pterosaur bone beside it: Santana Formation "
         "fossils from the Araripe basin, which Brazilian law makes federal property and forbids to export, brought "
         "in against Article 3(1) of Regulation 2019/880, posted from Juazeiro do Norte to a private collector in "
         "Barcelona; Brazilian Portuguese wording (Araripe fossils repeat in several sets, under Cariri-stone labels "
         "in blind58 and blind117; a closed-geode label was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("CUL-04", "import", "SEROAD01", "road", "NO", [], "SE", "920600",
         "Goavddis, ođđa duodji, boazonáhkki, 1", "NO", 2.5, 1, 3000, "NOK",
         "a new souvenir Sámi drum is a bright, tight reindeer-skin head on a fresh birch hoop with printed "
         "figures; this one is a bowl drum carved from a single burl, its skin dark, brittle and patched, painted "
         "in alder-bark red with figures of gods, reindeer and a sun, with brass rings and a bone hammer, and an old "
         "collection number in ink: a Sámi ritual drum of the 17th-18th century, whose export Norway forbids "
         "(Cultural Heritage Act), brought in against Article 3(1) of Regulation 2019/880, by car from Kautokeino "
         "to Karesuando for a Stockholm collector; Northern Sámi wording (Sámi drums repeat twice, blind32 and "
         "blind65, kept as a repeat; a duodji souvenir label in Northern Sámi is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("CUL-05", "import", "PTPOST01", "post", "TL", [], "PT", "830629",
         "Belak kobre, artezanatu foun, ba dekorasaun, 3", "TL", 2.4, 3, 90, "USD",
         "new copper belak made for the craft market are thin, bright, machine-spun discs; these three are "
         "hand-hammered gold and silver-alloy breast discs with worn suspension holes, old cord and the smoke "
         "patina of a sacred house, one with a repaired crack: belak heirlooms of a Timorese uma lulik, cultural "
         "property whose export Timor-Leste forbids, brought in against Article 3(1) of Regulation 2019/880, posted "
         "from Dili to a private collector in Lisbon; Tetum wording (no earlier row names belak or Timor-Leste "
         "by a keyword search; gold ornaments under costume-jewellery labels repeat in several sets)",
         person("João Pereira", "PT")),
        ("CUL-06", "import", "FRAIR01", "air", "ML", [], "FR", "630499",
         "Bɔgɔlanfini kuraw, Segu, 20", "ML", 60, 20, 400, "EUR",
         "new bogolan cloths are light, flat, mud-dyed cotton strips folded in a carton; these 20 are rolled around "
         "heavy bundles, and inside each roll is a terracotta figure, kneeling or on horseback, with pitted red "
         "slip, root marks and grave earth: Inland Niger Delta (Djenné) terracottas of the 12th-15th century, "
         "archaeological objects whose export Mali forbids and which the ICOM Red List names, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Bamako to Paris for a dealer; Bambara wording "
         "(Djenné terracottas repeat in many sets; wrapped in bogolan cloths was found in no earlier row by a "
         "keyword search)", firm("Galerie Atlantique SARL", "FR")),
        ("CUL-07", "import", "BEAIR01", "air", "PE", [], "BE", "630499",
         "Alpaka awasqa, pirqapi warkunapaq, musuq, 12", "PE", 9, 12, 600, "USD",
         "new alpaca wall hangings are thick, soft, bright and evenly machine-spun; these twelve are fine cotton "
         "gauze and tapestry fragments with birds and fish in faded brown and cream, brittle, stained and smelling "
         "of dust, some with cemetery sand in the folds: Chancay textiles (AD 1000-1470), archaeological objects "
         "whose export Peru forbids, brought in without an import licence (Regulation 2019/880), flown from Lima "
         "to Brussels for a textile dealer; Quechua wording (Chancay textiles repeat in many sets under "
         "new-weaving labels; an 'awasqa' label in Quechua was found in no earlier row by a keyword search)",
         firm("Orion Textiles Anciens SA", "BE")),
        ("CUL-08", "import", "DEAIR01", "air", "TJ", [], "DE", "691390",
         "Ҳайкалчаҳои гилии ороишӣ, нав, ҳунари мардумӣ, 30 адад", "TJ", 24, 30, 300, "USD",
         "new folk-craft clay figurines are bright-painted, kiln-fresh and identical; these 30 are small, worn, "
         "mould-made terracottas of goddesses, musicians and horsemen, with lime crust and soil inside, wrapped in "
         "newspaper from Panjakent: Sogdian and Kushan terracottas (1st-8th century), archaeological objects whose "
         "export Tajikistan forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Dushanbe to Frankfurt for a dealer; Tajik wording (Sogdian objects repeat in several sets, from Panjakent "
         "under a Tajik carved-panel label in blind118 and as Tajik wall paintings in blind39; a clay-figurine "
         "folk-craft label from Tajikistan was found in no earlier row by a keyword search)", firm("Alpina Orient Handel GmbH", "DE")),
        ("CUL-09", "import", "ESSEA01", "sea", "CR", [], "ES", "680299",
         "Metates de piedra artesanales, nuevos, decorativos, 3 unidades", "CR", 210, 3, 240, "USD",
         "new craft metates are sharply cut, grey basalt grinding stones with machine-smooth tops; these three are "
         "curved, thin-plated volcanic-stone tables on three carved legs with a jaguar head at one end, a worn "
         "central hollow and root marks: Greater Nicoya ceremonial metates (AD 300-800), archaeological objects "
         "whose export Costa Rica forbids, brought in without an import licence (Regulation 2019/880), by sea from "
         "Puerto Limón to Valencia for a Madrid collector; Costa Rican Spanish wording (metates repeat in a few "
         "sets; kept as a repeat, by sea from Costa Rica is the new part as far as a search found)",
         person("Maria Lopez", "ES")),
        ("CUL-10", "export", "SEAIR01", "express", "SE", [], "US", "711719",
         "Guldpläterade hängen, repliker av brakteater, 3 st", "SE", 0.1, 3, 60, "SEK",
         "gold-plated replica bracteates are thin, bright, machine-pressed discs with a clean loop; these three "
         "are heavier, soft, deep-yellow gold discs stamped with a horse-and-rider motif and runes, with a beaded "
         "wire border, a worn suspension loop and clay in the stamped relief: Migration Period gold bracteates "
         "(5th-6th century), archaeological finds that belong to the Swedish state and need an export licence at "
         "any value (Regulation 116/2009 and the Cultural Environment Act), sent by express from Stockholm to a "
         "buyer in Ohio without one; Swedish wording (detector finds repeat in many sets; gold bracteates were "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "LTRAIL01", "rail", "TM", ["KZ", "RU", "BY"], "LT", "310420",
         "Kaliý hloridi, 60 % K2O, Garlyk, 60 wagon", "TM", 3900000, None, 1170000, "USD",
         "Turkmen potash from Garlyk is a white to grey fine crystal loaded in Turkmen wagons at Lebap; these 60 "
         "wagons carry the red-pink granular potash typical of Soligorsk, the wagon numbers and seal series are "
         "Belarusian Railways' and the loading stamps on the wagon sheets are Belaruskali's, with a Turkmen "
         "certificate of origin issued after a paper transhipment: Belarusian potash, whose import into the Union "
         "Regulation 765/2006 forbids, by rail through Kazakhstan, Russia and Belarus to Kena; Turkmen wording "
         "(Belarusian potash and other origin-laundered goods repeat in many sets; a Turkmen (Garlyk) origin was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Agro UAB", "LT")),
        ("STR-02", "export", "SISEA01", "sea", "SI", [], "EG", "293070",
         "Pomožno sredstvo za dodelavo usnja, tioeter, 20 sodov po 220 kg", "SI", 4400, 20, 9200, "EUR",
         "a leather-finishing auxiliary is a formulated emulsion with a trade name and safety sheet; these 20 "
         "drums hold a single, pure, colourless, syrupy liquid with a faint sulphur smell whose drum heads read "
         "'2,2'-thiodiethanol 99 %' and CAS 111-48-8: thiodiglycol, a Schedule 2 chemical-weapons precursor "
         "(dual-use 1C350) that may not be transferred to Egypt, a state not party to the Chemical Weapons "
         "Convention, exported without a licence, from Koper to Alexandria; Slovenian wording (thiodiglycol repeats "
         "in many sets under ink-solvent and dye-carrier labels; a leather-auxiliary label to Egypt was found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-03", "export", "BEAIR01", "air", "BE", [], "PK", "400220",
         "Polyol voor PU-gietvloeren, vloeibaar, 40 vaten", "BE", 7600, 40, 45600, "EUR",
         "a polyol for poured polyurethane floors is a formulated, filled, often pigmented component B sold with "
         "a hardener; these 40 nitrogen-blanketed drums at 6 EUR/kg hold a single clear, viscous, unfilled resin "
         "whose certificate gives a hydroxyl value, a functionality of 2.3 and the grade name of a solid-rocket "
         "binder, for a Rawalpindi 'flooring' firm: hydroxyl-terminated polybutadiene (HTPB, dual-use 1C111, an "
         "MTCR propellant binder) exported without the licence Regulation 2021/821 requires, flown from Liège to "
         "Islamabad; Flemish wording (HTPB repeats in two sets, as a rubber resin in dev8-a and a liquid roof "
         "coating in blind118; a poured-floor polyol label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "OM", "841290",
         "Pale per mini turbine eoliche, vetroresina, 3 m, 120 pezzi", "IT", 3600, 120, 14400, "EUR",
         "small wind-turbine blades are twisted, tapered aerofoils with a root flange for a hub; these 120 are "
         "straight, constant-chord wing panels with aileron cut-outs, servo pockets, carbon spars and wing-root "
         "fittings, in left and right pairs, for a Sohar 'renewables' trader whose buyers are in Iran: wing "
         "sets for unmanned aerial vehicles, whose sale for use in Iran Regulation 2023/1529 forbids, by sea from "
         "Genoa; Italian wording (UAV airframe parts repeat in several sets; a wind-turbine-blade label was found "
         "in no earlier strategic row by a keyword search)", {"importer_country": "OM"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "KG", "220421",
         "Vin rouge de table, assemblage, 75 cl, 600 bouteilles", "FR", 900, 600, 4800, "EUR",
         "table wine is sold at a few euros a bottle with a plain label; these 600 bottles in original wooden "
         "cases are first-growth Pauillac and Pomerol of the 2010-2016 vintages, worth 1,500 to 4,000 EUR each, "
         "and the Bishkek consignee's order names a Moscow restaurant group: luxury goods above 300 EUR per item, "
         "whose sale for use in Russia Regulation 833/2014 (Annex XVIII) forbids, flown from Bordeaux to Bishkek; "
         "French wording (luxury goods to Russia through Central Asia and Armenia repeat in many sets, and "
         "Bordeaux grands crus declared as such to Yerevan in blind29; grand-cru wine under a table-wine label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-06", "export", "PLSEA01", "sea", "PL", [], "TH", "650610",
         "Kaski motocyklowe, otwarte, ABS, 800 sztuk", "PL", 1200, 800, 24000, "EUR",
         "open-face ABS motorcycle helmets are light (1.1 kg), glossy and carry an ECE 22.06 label and a visor; "
         "these 800 are matt olive aramid shells of 1.4 kg with a four-point chin strap, rails for night-vision "
         "mounts and a ballistic-protection label cut out, for a Bangkok 'motorcycle-accessory' firm that forwards "
         "to Yangon: military helmets (ML13), whose sale to Myanmar the EU arms embargo (Regulation 401/2013) "
         "forbids, exported without a licence, from Gdańsk to Laem Chabang; Polish wording (military helmets repeat "
         "in several sets and Myanmar in several; a motorcycle-helmet label to Thailand is the new part as far as a "
         "search found)", {"importer_country": "TH"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "LV", "RU"], "KZ", "851762",
         "Bezdrátové HDMI extendery pro domácí kino, 5,8 GHz, 2 000 ks", "CZ", 400, 2000, 30000, "EUR",
         "a wireless HDMI extender is a pair of boxes with HDMI sockets and a mains adaptor; these 2,000 are bare, "
         "25 mW-to-1.6 W analogue video transmitter boards with SMA antenna jacks and a solder pad for a drone "
         "flight controller, no HDMI socket at all, for an Almaty 'home-electronics' firm whose buyers are in "
         "Russia: radio transmitters (8525 60, 8517 62), on the common high-priority list whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, by lorry from Brno; Czech wording (FPV "
         "video transmitters repeat in several sets; a home-cinema HDMI label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "390110",
         "Polietilen granulalari, PE yuqori bosim, Sho'rtan, O'zbekiston kelib chiqishi, 1 200 t", "UZ",
         1200000, None, 1320000, "USD",
         "Shurtan polyethylene is a high-density film and pipe grade sold in Shurtan-printed 25 kg bags; these "
         "bags are low-density granules of a grade Shurtan does not make, overprinted on Russian-language bags "
         "with the lot codes of a Tatarstan plant, and the rail sheets show loading at Nizhnekamsk: Russian "
         "polyethylene, whose import into the Union Regulation 833/2014 (Annex XXI) forbids, by rail through "
         "Kazakhstan, Russia and Belarus to Małaszewicze with an Uzbek certificate of origin; Uzbek wording "
         "(Russian goods under Uzbek and Kazakh origin repeat in many sets, synthetic rubber under Uzbek origin "
         "twice; a Shurtan polyethylene label was found in no earlier row by a keyword search)",
         firm("Vega Polimery Sp. z o.o.", "PL")),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "AE", "950710",
         "Telescopische karperhengels, koolstof, 13 m, 60 stuks", "NL", 420, 60, 9000, "EUR",
         "telescopic carp poles are thin-walled, tapered sections that nest inside one another; these 60 are "
         "straight, thick-walled, filament-wound carbon-fibre tubes of constant 150 mm bore in 1 m lengths with "
         "ground ends and no guides, ferrules or tip section, for a Dubai 'fishing-tackle' trader whose buyers "
         "are in Iran: filament-wound composite rotor tubes (dual-use 1A202 and 2B228-class parts for gas "
         "centrifuges), listed in the Iran regulation (267/2012), exported without a licence, flown from Amsterdam; "
         "Dutch wording (carbon-fibre centrifuge tubes repeat in a few sets; a fishing-pole label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "841940",
         "Destilační zařízení pro pálenici ovocných destilátů, měděné kotle 150 l, 4 ks", "CZ", 2400, 4, 48000,
         "EUR",
         "a fruit-brandy distillery lorry for a Yerevan brandy maker: copper pot stills and fittings are what "
         "Moravian makers ship to Armenia, but the third item's 'ventily pro pálenici' are 80 bellows-sealed "
         "valves of nickel alloy, DN 25-80, helium-leak tested, with vacuum-grade flanges that no still uses, and "
         "the consignee's other address is in Tabriz: bellows-sealed valves (dual-use 2A226) listed in the Iran "
         "regulation (267/2012), exported without a licence, hidden as the last item of a three-item declaration; "
         "Czech wording (bellows valves repeat in several sets and distillery and brewery covers in several, "
         "blind79 among them; a fruit-brandy still cover to Armenia is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("740990", "Měděné plechy pro kotle, 200 kg", "CZ", 200, 3000, "EUR"),
                           item("848180", "Ventily pro pálenici, 80 ks", "CZ", 320, 4000, "EUR", qty=80)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030554",
         "Anchoveta seca salada, cajas de 10 kg, 40 cajas", "PE", 400, 40, 2000, "USD",
         "dried salted anchoveta are small, silver, flat fish that crumble and smell of salt fish; these 40 "
         "cartons hold stiff, curled, brown-grey animals with a horse-like head, a tube snout, a curled tail and "
         "bony rings, sorted by size: dried Pacific seahorses (Hippocampus ingens, CITES App. II, whose export Peru "
         "forbids) without the export permit that specimens in transit through the Union must carry, landed at "
         "Madrid-Barajas in transit from Lima to Hong Kong; Peruvian Spanish wording (seahorses repeat in many "
         "sets and dried-fish labels in several; an anchoveta label was found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
        ("WLF-02", "import", "NLAIR01", "express", "ID", [], "NL", "711620",
         "Manik batu jasper merah, ukiran tangan, untuk perhiasan, 40 butir", "ID", 0.5, 40, 120, "USD",
         "red jasper is an opaque, cold, heavy stone that a steel needle will not scratch; these 40 beads are "
         "warm and light, scratch with a needle and smell of burnt hair under a hot one, and each shows a "
         "butter-yellow core under a blood-red rind: carved casque of the helmeted hornbill (Rhinoplax vigil, "
         "CITES App. I) without CITES documents, sent by express from Pontianak to a private buyer in Utrecht; "
         "Indonesian wording (hornbill casque repeats in many sets under resin and amber labels; a red-jasper "
         "label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-03", "import", "NLSEA01", "sea", "CN", [], "NL", "071490",
         "干荸荠片，食品原料，20公斤箱，60箱", "CN", 1200, 60, 4800, "USD",
         "dried water-chestnut slices are white, starchy, flat chips that crumble when snapped; these 60 cartons "
         "hold translucent, horny, yellowish-brown slices with fine rings and, among them, whole shrivelled tubers "
         "with a red-brown 'parrot-beak' bud at the top, smelling faintly of horse urine: wild-collected tianma "
         "(Gastrodia elata, an orchid, CITES App. II) without CITES documents, by sea from Xiamen to Rotterdam for a "
         "Chinese-herb wholesaler; Chinese wording (Gastrodia repeats in a few sets, and orchid tubers under food "
         "labels in several; a water-chestnut label was found in no earlier row by a keyword search)",
         firm("Horizon Oosterse Kruiden BV", "NL")),
        ("WLF-04", "import", "ESPOST01", "post", "MX", [], "ES", "060490",
         "Amuletos de flores secas, artesanía del Mercado Sonora, 12 piezas", "MX", 1.2, 12, 600, "MXN",
         "dried-flower amulets are small bunches of everlastings tied with ribbon; these twelve are dried "
         "hummingbirds, feathers iridescent green, wrapped in red thread with a prayer card for love and luck: "
         "hummingbird 'chuparrosa' love charms (Trochilidae, CITES App. II) without CITES documents, posted from "
         "Mexico City to a private buyer in Valencia; Mexican Spanish wording (hummingbird charms repeat in several "
         "sets, kept as a repeat, and a dried-flower label once, on Tillandsia in blind119; a dried-flower amulet "
         "label is the new part as far as a search found)",
         person("Particular", "ES")),
        ("WLF-05", "import", "FRSEA01", "sea", "CM", [], "FR", "090111",
         "Café vert robusta, sacs de 60 kg, 200 sacs", "CM", 12000, 200, 36000, "USD",
         "a Cameroonian container for Le Havre: robusta and cocoa are what Douala exporters ship to France, but "
         "the third item's 'écorce d'acajou' (Khaya bark, sold for traditional remedies and outside Khaya's "
         "CITES listing, which covers timber) is 2 t of thick, flat, red-brown bark plates with a bitter-almond "
         "smell when wetted and none of Khaya bark's scaly, pink-cut face: bark of the African cherry (Prunus africana, CITES App. II) without a CITES export permit, hidden "
         "as the last item of a three-item declaration, for a Lyon phytopharmaceutical supplier; Cameroonian "
         "French wording (Prunus africana repeats in several sets under bark labels: pygeum (blind4), "
         "'wild cinnamon' (blind38), quinquina (blind74, blind81), bitter kola (blind89) and yohimbe (blind94); an "
         "acajou-bark label behind coffee and cocoa was found in no earlier row by a keyword search)",
         dict(firm("Rivage Phyto SARL", "FR"),
              _more_items=[item("180100", "Fèves de cacao, sacs de 62,5 kg, 120 sacs", "CM", 7500, 21000, "USD", qty=120),
                           item("121190", "Écorce d'acajou, séchée, pour la pharmacopée, sacs, 2 t", "CM", 2000, 1600, "USD")])),
        ("WLF-06", "import", "PTPOST01", "post", "GW", [], "PT", "961590",
         "Pinti di pó, tarbadju di mon, pa kasa, 2", "GW", 3.6, 2, 40, "EUR",
         "hand-carved wooden combs are short, flat, light and smell of wood; these two are long, flat, grey-white "
         "blades of cartilage with a row of teeth set into sockets along both edges, light and layered in section: "
         "sawfish rostra (Pristidae, CITES App. I) without CITES documents, posted from Bissau to a private collector "
         "in Porto; Guinea-Bissau Kriol wording (sawfish rostra repeat in a few sets and Guinea-Bissau in several, on kosso "
         "and other goods; a carved-comb label was found in no earlier row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("WLF-07", "export", "NLAIR01", "air", "NL", [], "HK", "030549",
         "Gerookte makreelfilets, vacuüm, 5 kg dozen, 60 dozen", "NL", 300, 60, 3600, "EUR",
         "smoked mackerel fillets are short, oily, with a striped blue-green skin; these 300 kg are long, thick, "
         "fatty fillets with a smooth, grey-black, leathery skin and no stripes, from a Volendam smokehouse, at 12 "
         "EUR/kg for fish that sells at 60: smoked European eel (Anguilla anguilla, CITES App. II), whose export "
         "from the Union has been refused since 2010, flown from Amsterdam to Hong Kong; Dutch wording (European "
         "eel repeats in many sets, mostly as glass eels, and a smoked-eel label once; a smoked-mackerel label was "
         "found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-08", "import", "DEAIR01", "express", "MX", [], "DE", "060290",
         "Sempervivum (siemprevivas), plántulas de vivero, 30 piezas", "MX", 2, 30, 45, "USD",
         "nursery houseleek rosettes are soft, green, leafy and potted in peat; these 30 are grey-green, flat, "
         "star-shaped clusters of hard, triangular, wrinkled tubercles on thick carrot-like taproots, bare-rooted "
         "with desert grit and broken roots: wild-collected Ariocarpus (CITES App. I) without CITES documents, sent "
         "by express from Monterrey to a private collector in Dresden; Mexican Spanish wording (Ariocarpus "
         "repeats in many sets under nursery-succulent labels (Lithops, Echeveria, Crassula); a Sempervivum label "
         "was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "ITAIR01", "air", "BD", [], "IT", "330129",
         "মাটির আতর (মিট্টি আতর), প্রাকৃতিক, ১ কেজি, ৬ বোতল", "BD", 6, 6, 600, "USD",
         "mitti attar is a pale, earthy, rain-on-clay scent distilled into sandalwood oil; these six bottles hold a "
         "dark, viscous, smoky-woody and leathery oil that sets solid in the cold, at 100 USD/kg for oil that sells "
         "at thousands: agarwood oil (oud) from Aquilaria malaccensis (CITES App. II) without CITES documents, "
         "flown from Sylhet to Milan for a perfumer; Bengali wording (agarwood repeats in many sets and attar "
         "labels in several (rose attar, blind88; sandalwood attar, blind81); a mitti-attar label was found in no "
         "earlier row by a keyword search)", firm("Alpina Profumi Srl", "IT")),
        ("WLF-10", "import", "ATAIR01", "air", "NP", [], "AT", "091099",
         "टिमुर (हिमाली टिमुर मसला), सुकेको, ५ केजी, २० प्याकेट", "NP", 100, 20, 1000, "USD",
         "timur (Nepali Sichuan pepper) is small, split, reddish-brown husks with black seeds that numb the "
         "tongue and smell of citrus; these 20 packets hold hairy, fibrous, dark brown rhizomes wrapped in old "
         "leaf sheaths with a heavy, sweet, musky scent and no numbing taste, dug in Jumla: dried rhizomes of "
         "jatamansi (Nardostachys jatamansi, CITES App. II) without CITES documents, flown from Kathmandu to Vienna "
         "for an aromatherapy supplier; Nepali wording (jatamansi repeats in several sets under valerian and "
         "vetiver labels, kept as a repeat, and Nepali food covers once (dried morels on musk pods, blind117); a "
         "timur label was found in no earlier row by a keyword search)", firm("Central Aroma GmbH", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLPOST01", "post", "IN", "NL", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (hydroponic growing)", "IN", 3.4, 3, 30, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-46-0211")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEPOST01", "post", "ZA", "BE", "290420",
     "Nitromethane 98 %, 3 x 1 l, for a licensed private user (model engine fuel)", "ZA", 3.4, 3, 90, "EUR",
     [("PRECURSOR_LICENCE", "BE-FOD-46-0077")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Spent sulphidic caustic from refinery (05 01 11*), for wet-air oxidation at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-46-0133")], "notified spent caustic to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "690290",
     "Spent magnesia-chrome refractory bricks (16 11 03*), for recycling at a licensed plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-46-0049")], "notified spent refractories to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "US", "DE", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tanks, for feedstock use in PTFE production", "US", 36000, None, 72000,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-46-011")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for aircraft engine-nacelle fire protection", "US", 600,
     20, 18000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-46-006")], "reclaimed halon for a critical use under licence"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Hoysala bracket figure, chloritic schist, 12th-13th century, documented in a Swiss collection since 1958",
     "IN", 90, 1, 68000, "EUR", [("IMPORT_LICENCE", "DE-KGSG-46-0031")],
     "archaeological object with the Union import licence"),
    ("PRM-08", "cultural", "import", "BEAIR01", "air", "US", "BE", "970510",
     "Chancay textile fragment, cotton tapestry, AD 1000-1470, documented US collection since 1964", "PE", 1, 1,
     14000, "USD", [("IMPORT_LICENCE", "BE-FPS-46-0012")], "archaeological textile with the Union import licence"),
    ("PRM-09", "strategic", "export", "SISEA01", "sea", "SI", "IN", "293070",
     "Thiodiglycol 99 %, 20 drums, for an Indian textile-dye intermediate maker", "SI", 4400, 20, 22000, "EUR",
     [("EXPORT_LICENCE", "SI-MGTŠ-46-0042"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-46-0118")],
     "Schedule 2 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "KR", "400220",
     "Hydroxyl-terminated polybutadiene, 40 drums, for a Korean automotive-sealant maker", "BE", 7600, 40, 45600,
     "EUR", [("EXPORT_LICENCE", "BE-VL-46-0388"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-46-0051")],
     "dual-use HTPB under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121160",
     "Prunus africana bark, dried, within the national export quota, 2 t", "CM", 2000, None, 7000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-46-0217")], "App. II Prunus africana bark with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "BD", "IT", "330129",
     "Agarwood oil, Aquilaria malaccensis, plantation-grown, 1 kg", "BD", 1, None, 9000, "USD",
     [("CITES_PERMIT", "BD-FD-CITES-46-0093")], "App. II plantation agarwood oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Jan Peeters", "PRM-05": "Nordhafen Fluorpolymere GmbH",
    "PRM-07": "Orion Asiatika GmbH", "PRM-11": "Rivage Phyto SARL", "PRM-12": "Alpina Profumi Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): most the lawful twins of this set's disguises
    ("220190", "Gangajal (Ganges water) for worship, sealed 250 ml bottles", "import", ["post"], ["IN"], (4, 9), (1, 3), ["USD", "EUR"], 3, S),
    ("151590", "Marula kernel oil, cold-pressed, cosmetic, 100 ml", "import", ["express"], ["SZ", "ZA", "NA"], (40, 80), (1, 3), ["USD", "EUR"], 8, S),
    ("110819", "Hon-kuzu (kudzu root starch), 100 g packs", "import", ["air"], ["JP"], (20, 35), (100, 500), ["USD", "JPY"], 10, S),
    ("170490", "White sugar sprinkles (nonpareils) for cake decorating, 1 kg", "import", ["sea"], ["BR", "TR"], (1.5, 3), (4000, 12000), ["USD", "EUR"], 1, S),
    ("290619", "Natural borneol for traditional medicine, 50 g jars", "import", ["air"], ["CN", "TW"], (60, 120), (50, 200), ["USD"], 20, S),
    ("252020", "Modelling plaster (plaster of Paris), 1 kg bags", "import", ["road"], ["CH", "TR"], (0.8, 1.6), (2000, 8000), ["EUR", "CHF"], 1, S),
    ("200931", "Sour-orange (naranja agria) juice, pasteurised, 1 gal jugs", "import", ["sea"], ["HN", "DO", "MX"], (1, 2), (6000, 14000), ["USD"], 0.25, S),
    ("950691", "Children's skipping ropes with wooden handles", "export", ["sea"], ["TZ", "KE", "ZA"], (3, 6), (1000, 4000), ["EUR"], 4, S),
    ("200931", "Lime juice, pasteurised, 1 l bottles", "import", ["sea"], ["SR", "MX", "BR"], (1, 2), (6000, 14000), ["USD"], 1, S),
    ("210390", "Madame Jeanette pepper sauce, 250 ml bottles", "import", ["sea"], ["SR", "GY"], (3, 5), (2000, 6000), ["USD"], 3, S),
    ("440420", "Split chestnut stakes, new, untreated, for vineyards", "export", ["sea"], ["MA", "TN"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.25, S),
    ("690290", "Fireclay bricks for bread and pizza ovens, new", "export", ["road"], ["XK", "RS", "AL"], (0.4, 0.8), (10000, 22000), ["EUR"], 0.3, S),
    ("281512", "Caustic soda lye 50 %, membrane grade, ISO tanks", "export", ["sea"], ["AO", "MZ", "GH"], (0.3, 0.5), (20000, 26000), ["EUR"], None, S),
    ("321511", "Black offset printing ink, sealed 2.5 kg cans", "export", ["road"], ["UA", "MD", "RS"], (4, 7), (2000, 8000), ["EUR"], 0.4, S),
    ("441830", "New hardwood posts and beams for construction, planed", "export", ["sea"], ["NG", "GH"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("852491", "LCD display modules, new, boxed, for TV repair", "export", ["sea"], ["EG", "MA"], (20, 40), (1000, 5000), ["EUR"], 0.3, S),
    ("631010", "Cotton wiping rags, new offcuts, washed, baled", "export", ["sea"], ["GH", "NG"], (0.6, 1.2), (8000, 20000), ["EUR"], None, S),
    ("252100", "Ground agricultural limestone, bulk", "export", ["sea"], ["GE", "UA"], (0.03, 0.06), (20000, 27000), ["EUR"], None, S),
    ("940389", "Used school desks and chairs, refurbished, for donation", "export", ["sea"], ["SN", "GM", "CV"], (0.3, 0.8), (6000, 12000), ["EUR"], 0.07, S),
    ("291020", "Propylene oxide, drums, for polyol production", "import", ["sea"], ["IN", "KR"], (1.4, 2.2), (8000, 18000), ["USD"], None, S),
    ("280429", "Krypton for insulating glass, 50 l cylinders", "import", ["road"], ["UA", "CZ"], (60, 120), (200, 800), ["EUR"], 0.03, S),
    ("391000", "Silicone fluid PDMS 50 cSt, 200 l drums", "import", ["sea"], ["ID", "CN", "KR"], (3, 5), (8000, 18000), ["USD"], None, S),
    ("841850", "Cake display counters, curved glass, R-290", "import", ["road"], ["TR"], (5, 8), (2000, 6000), ["EUR"], 0.005, S),
    ("330749", "Car air-conditioning deodoriser foam, 150 ml", "import", ["air"], ["MY", "KR"], (6, 10), (200, 800), ["USD"], 5, S),
    ("841869", "Cold-room monoblocks, new, R-290", "export", ["sea"], ["LB", "EG"], (8, 14), (2000, 6000), ["EUR"], 0.003, S),
    ("381400", "Rubber-cement thinner, heptane-based, 1 l tins", "import", ["express"], ["IN", "US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("680299", "New soapstone carvings from Shivarapatna, decorative", "import", ["air"], ["IN"], (6, 12), (100, 600), ["USD"], 0.05, S),
    ("960622", "Gilt-brass buttons for folk costumes, new", "import", ["express"], ["GE", "UA", "RO"], (30, 60), (1, 2), ["USD", "EUR"], 100, S),
    ("710310", "Crack-your-own geodes, Brazilian agate", "import", ["post"], ["BR", "MX"], (15, 30), (1, 4), ["USD", "BRL"], 1.5, S),
    ("920600", "Sámi-style souvenir frame drums, new, reindeer skin", "import", ["road"], ["NO"], (60, 120), (50, 200), ["NOK", "EUR"], 0.4, S),
    ("830629", "New copper belak breast discs, craft, Dili", "import", ["post"], ["TL"], (20, 40), (1, 2), ["USD"], 1.5, S),
    ("630499", "Bogolan mud-cloth textiles, new, Ségou", "import", ["air"], ["ML", "BF"], (15, 30), (100, 500), ["EUR"], 0.5, S),
    ("630499", "Alpaca tapestry wall hangings, new", "import", ["air"], ["PE", "BO"], (40, 80), (50, 300), ["USD"], 1, S),
    ("691390", "Painted clay folk figurines, new, Central Asian craft", "import", ["air"], ["TJ", "UZ"], (8, 16), (100, 400), ["USD"], 1, S),
    ("711311", "Replica Migration Period bracteate pendants, gilt silver", "export", ["post"], ["US", "CA"], (150, 300), (1, 2), ["SEK", "EUR"], 20, S),
    ("310420", "Potassium chloride fertiliser 60 % K2O, granular, from Canada", "import", ["sea"], ["CA", "JO"], (0.3, 0.45), (22000, 27000), ["USD"], None, S),
    ("390729", "Filled polyol component for PU poured floors, with hardener", "export", ["sea"], ["TR", "IN", "PK"], (2, 3.5), (8000, 18000), ["EUR"], None, S),
    ("841290", "Small wind-turbine blades, 1.5 kW class, with hubs", "export", ["sea"], ["MA", "KE"], (15, 30), (1000, 4000), ["EUR"], 0.05, S),
    ("650610", "Motorcycle helmets, open face, ECE 22.06", "export", ["sea"], ["TH", "VN"], (15, 25), (2000, 6000), ["EUR"], 0.9, S),
    ("851762", "Wireless HDMI extenders for home cinema", "import", ["air"], ["CN", "TW"], (40, 80), (200, 1000), ["USD"], 4, S),
    ("841940", "Copper pot stills for fruit brandy, 150 l, with columns", "export", ["road"], ["AM", "GE", "RS"], (15, 25), (1000, 4000), ["EUR"], 0.002, S),
    ("711620", "Red jasper carved beads for jewellery making", "import", ["express"], ["ID", "IN"], (40, 80), (1, 2), ["USD"], 60, S),
    ("090611", "Cinnamon quills, Ceylon, in bales", "import", ["sea"], ["LK", "MG"], (8, 14), (3000, 8000), ["USD"], None, S),
    ("091099", "Timur (Nepali Sichuan pepper), dried, 100 g packs", "import", ["air"], ["NP", "IN"], (12, 20), (100, 400), ["USD"], 10, S),
    ("961590", "Hand-carved wooden hair combs, new", "import", ["post"], ["GW", "GH", "KE"], (20, 40), (1, 3), ["EUR", "USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with
# blind80's own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone baking mats, non-stick", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 4, N),
        ("961000", "Magnetic whiteboards, aluminium frame", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 0.2, N),
        ("901780", "Retractable steel tape measures, 5 m", "import", ["sea"], ["CN", "TW"], (5, 9), (2000, 6000), ["USD"], 4, N),
        ("420292", "Zipped polyester pencil cases", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind123", 20460901, HERE)


if __name__ == "__main__":
    main()
