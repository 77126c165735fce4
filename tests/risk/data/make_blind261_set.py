#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-first blind set (tests/risk/data/blind261-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: candle, soap and home-fragrance
making (candle and soap makers, craft-supply shops, home-fragrance brands, wax and
essential-oil distributors). Written by a person who had not read the profile packs (nor
any rule file) and had not run the engine on it, and committed before any change measured
on it, to be measured once on its packs. Same row layout and expansion as
make_blind_set.py, whose functions it reuses, and the same extras as make_blind5_set.py:
a disguised row's extra header fields may carry "_item" (fields merged into its item) and
"_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL261-*:

    python3 tests/risk/data/make_blind261_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIPOST01", "post", "CA", [], "FI", "390290",
         "Vybar 103 candle additive (polymer), improves scent throw and opacity, 4 x 1 lb", "CA", 1.9, 4, 64, "CAD",
         "Vybar is a light, waxy, off-white polymer flake that floats on water and melts into paraffin at about 70 °C; "
         "these four pouches hold a dense, gritty, white crystalline powder that sinks, will not melt into a test pot "
         "of wax, flares violently mixed with sugar on a spoon and whose inner liners read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from Ontario to a private candle maker in Tampere; Canadian "
         "English wording (potassium perchlorate repeats in many sets; a Vybar candle-additive label was found in no "
         "earlier row by a keyword search)", person("Aino Virtanen", "FI")),
        ("PRE-02", "import", "IESEA01", "sea", "GB", [], "IE", "151620",
         "Coconut & rapeseed container wax pastilles, 20 kg bags, 400 bags", "GB", 8000, 400, 14000, "GBP",
         "coconut-rapeseed container wax is a soft, creamy, slightly greasy pastille that floats, smears under a "
         "thumbnail and melts at about 50 °C; these bags hold hard, dry, white prills that sink, turn ice-cold when "
         "dissolved in water, leave no grease on the fingers and test at 34 % N, for a Wicklow candle-supply web shop "
         "that repacks them into 1 kg bags for hobby makers: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, on a ferry from Holyhead to Dublin; British English wording "
         "(ammonium nitrate repeats in many sets and wax-pastille covers in several, soy-wax labels in two; a "
         "coconut-wax label was found in no earlier row by a keyword search)",
         firm("Wicklow Wick & Wax Ltd", "IE")),
        ("PRE-03", "import", "DEROAD01", "road", "CH", [], "DE", "330190",
         "Hamamelis-Destillat (Hamameliswasser), für Naturkosmetik und Seifen, 1-l-Flaschen, 1'200 Flaschen", "CH",
         1330, 1200, 4200, "EUR",
         "witch-hazel distillate is a water-clear, faintly herbal liquid of 1.00 kg/l with about 15 % alcohol; these "
         "bottles have vented caps, weigh 1.13 kg/l, smell of nothing, whiten the skin and fizz on a cut, and the "
         "filler's drum on the same van reads 'Wasserstoffperoxid 35 %', for a Lörrach natural-cosmetics supply web "
         "shop that sells litre bottles to soap makers and the public: hydrogen peroxide (Annex I above 12 %) made "
         "available to members of the public, in a van at Weil am Rhein; Swiss German wording with the apostrophe "
         "thousands mark (hydrogen peroxide repeats in many sets, hydrosol and hydrolat labels in several and a witch-"
         "hazel label in two; a 'Hamamelis' distillate label from Switzerland is the new part as far as a search "
         "found)", firm("Naturseifen Dreiland GmbH", "DE")),
        ("PRE-04", "import", "ATAIR01", "express", "TR", [], "AT", "381400",
         "Katalitik koku lambası yakıtı, izopropanol bazlı, kokusuz, 4 x 1 litre", "TR", 4.6, 4, 1600, "TRY",
         "catalytic fragrance-lamp fuel is isopropanol (0.79 kg/l) that smells of surgical spirit and floats on water; "
         "these four bottles hold an oily liquid of 1.14 kg/l that sinks, barely smells and carries 'CH3NO2' on the "
         "filler's drum label photographed in the seller's listing: nitromethane (Annex I above 16 %), sent by express "
         "from Istanbul to a private person in Graz, although flammable liquids travel by express only as declared "
         "dangerous goods; Turkish wording (nitromethane repeats in many sets and lamp-oil covers in several; a "
         "catalytic-lamp fuel label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-05", "import", "PTPOST01", "post", "BR", [], "PT", "291811",
         "Lactato de sódio 60 % líquido, endurecedor para sabonete artesanal, 4 x 1 L", "BR", 7.4, 4, 160, "BRL",
         "sodium lactate for soap makers is a clear, syrupy, slightly salty liquid of 1.33 kg/l that feels sticky; "
         "these four bottles weigh 1.84 kg/l, are oily rather than sticky, grow hot with a drop of water and char a "
         "paper towel black: about 96 % sulphuric acid (Annex I above 15 %), posted from São Paulo to a private soap "
         "maker in Braga, although corrosive liquids travel by post only as declared dangerous goods; Brazilian "
         "Portuguese wording (sulphuric acid repeats in many sets and lactate labels in a few, on other goods; a "
         "sodium-lactate soap-hardener label was found in no earlier row by a keyword search)",
         person("Sra. Ana Silva", "PT")),
        ("PRE-06", "import", "SKAIR01", "air", "IN", [], "SK", "340239",
         "सोडियम लॉरिल सल्फोएसीटेट (SLSA) पाउडर, बाथ बम के लिए, 1 किलो पैक, 600 पैक", "IN", 600, 600, 2400, "USD",
         "SLSA for bath bombs is a fluffy, white, very light powder or noodle that foams at once in water and makes "
         "you sneeze; these 600 packs hold heavy, glassy, colourless crystals that do not foam at all, taste salty-"
         "cool, draw damp and flare yellow when dropped on a hot plate, and the mill sheet gives CAS 7775-09-9, for a "
         "Bratislava bath-bomb supply shop that sells 1 kg packs to the public: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Delhi; Hindi wording (sodium chlorate repeats in many "
         "sets; an SLSA bath-bomb label was found in no earlier row by a keyword search)",
         firm("Kúpeľová dielňa s.r.o.", "SK")),
        ("PRE-07", "import", "LVSEA01", "sea", "MY", [], "LV", "340120",
         "Mi sabun putih (soap noodles) 80:20, untuk sabun buatan tangan, beg 1 kg, 3,000 beg", "MY", 3000, 3000,
         3300, "USD",
         "soap noodles are soft, waxy, white extruded pellets that smell of soap and lather between wet fingers; these "
         "bags hold hard, shiny, tasteless crystals that do not lather, spit violet sparks on a hot iron and carry "
         "CAS 3811-04-9 on the inner bags, for a Riga soap-making supply web shop that sells 1 kg bags for rebatching "
         "at home: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Port "
         "Klang; Malay wording (potassium chlorate repeats in many sets; a soap-noodle label was found in no earlier "
         "row by a keyword search)", firm("Ziepju Darbnīca SIA", "LV")),
        ("PRE-08", "import", "LTAIR01", "air", "CN", [], "LT", "340242",
         "聚山梨酯-20 (吐温20) 增溶剂, 室内喷雾及香薰用, 1升瓶, 800瓶", "CN", 1120, 800, 2000, "USD",
         "polysorbate 20 is a viscous, honey-yellow, faintly fatty liquid of 1.10 kg/l that clouds and foams in "
         "water; these 800 bottles hold a thin, water-mobile liquid of 1.40 kg/l that fumes brown when opened, "
         "yellows the skin and eats into a copper coin, for a Kaunas home-fragrance supply shop that sells litre "
         "bottles to hobby room-spray makers: about 65 % nitric acid (Annex I above 3 %) retail-packed for members "
         "of the public, flown from Guangzhou; Chinese wording (nitric acid repeats in many sets; a polysorbate "
         "solubiliser label was found in no earlier row by a keyword search)", firm("Kvapų Dirbtuvės UAB", "LT")),
        ("PRE-09", "import", "NLSEA01", "sea", "IN", [], "NL", "330741",
         "ಮಸಾಲಾ ಅಗರಬತ್ತಿ, ಶ್ರೀಗಂಧ ಮತ್ತು ಮಲ್ಲಿಗೆ, 4,000 ಕೆಜಿ", "IN", 4000, None, 14000, "USD",
         "an incense container for a Zwolle home-fragrance wholesaler: masala agarbatti and dhoop cones are what "
         "Bengaluru makers ship, but the third item's 'burning-aid powder' is 500 kg of fine, white, heavy crystals "
         "that are not the charcoal and wood-powder 'masala' of incense at all, flash white on a lit stick and read "
         "'KClO4' on the inner liners, packed in 1 kg retail tubs that the wholesaler sells on to shops and the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the "
         "last item of a three-item declaration, by sea from Chennai to Rotterdam; Kannada wording (potassium "
         "perchlorate repeats in many sets; an agarbatti order was found once, in blind162, on another good; an "
         "incense 'burning-aid' label was found in no earlier row by a keyword search)",
         dict(firm("Geurhuis Zwolle BV", "NL"),
              _more_items=[item("330741", "ಧೂಪ ಶಂಕುಗಳು (dhoop cones), 800 ಕೆಜಿ", "IN", 800, 3200, "USD"),
                           item("382499", "ಅಗರಬತ್ತಿ ಸುಡುವ ಸಹಾಯಕ ಪುಡಿ, ಬಿಳಿ, 1 ಕೆಜಿ, 500 ಪ್ಯಾಕ್", "IN", 500, 400, "USD", qty=500)])),
        ("PRE-10", "import", "DKAIR01", "express", "TH", [], "DK", "252800",
         "เกลือแช่ไส้เทียน (บอแรกซ์ผสมเกลือ) สำหรับทำเทียนหอม 4 x 1 กก.", "TH", 4, 4, 1200, "THB",
         "wick-priming salt is a soft, chalky borax-and-salt mix that dissolves slowly in warm water; these four packs "
         "hold a fine, white, deliquescent powder that dissolves at once, turns damp in the open air, burns brightly "
         "with sugar and whose inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), sent by express "
         "from Chiang Mai to a private candle maker in Aarhus; Thai wording (sodium perchlorate repeats in many sets "
         "and borax labels in several, a borax wick-priming label once, blind98; kept as a known repeat, by express "
         "from Thailand to Denmark is the new part)",
         person("Mette Kristensen", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "GRSEA01", "sea", "GR", [], "EG", "140490",
         "Αλεσμένος πυρήνας ελιάς, απολεπιστικό για χειροποίητα σαπούνια, σάκοι, 22 t", "GR", 22000, None, 1100, "EUR",
         "olive-stone powder for exfoliating soaps is a dry, beige, sandy grit that smells of olives; these bags hold "
         "a wet, grey-brown, greasy sludge that smells of rancid fat and caustic, reads pH 12 and carries surfactant "
         "and nickel residues, dug from the effluent plant of a Cretan olive-oil soap factory: sludge from on-site "
         "effluent treatment of soap manufacture containing hazardous substances (07 06 11*), hazardous waste whose "
         "export to a non-OECD country is banned, from Heraklion to Alexandria for a 'cosmetics' buyer; Greek wording "
         "(soap-plant sludge and pomace labels are rare: a pomace label once, blind93; an olive-stone exfoliant "
         "label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "DZ", "330190",
         "Resinoide de benjuí Siam, para jabonería y velas aromáticas, bidones de 200 l, 80 bidones", "ES", 17000,
         80, 6800, "EUR",
         "benzoin resinoid is a thick, amber, vanilla-sweet balsam sold at 20-30 EUR/kg; these drums hold a black, "
         "tarry, solvent-smelling residue with a pine-and-burnt-citrus note and settled solids, at 0.40 EUR/kg, the "
         "distillation bottoms of a Valencian citrus-terpene and aroma-chemical plant: still bottoms and reaction "
         "residues from the manufacture of cosmetics and fragrances (07 06 08*), hazardous waste whose export to a "
         "non-OECD country is banned, from Valencia to Oran for a 'soap maker'; Spanish wording (still bottoms "
         "repeat in many sets; a benzoin-resinoid label was found in no earlier row by a keyword search)",
         {"importer_country": "DZ"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "GH", "330749",
         "Room spray 300 ml aerosols, assorted fragrances, new retail stock, 1,800 cartons", "GB", 16000, 43200,
         4300, "GBP",
         "new retail room sprays come shrink-wrapped in printed cartons with matching batch codes and caps; these "
         "cartons hold loose, dented, mixed-brand cans, many without caps, some leaking and rusted, with a "
         "contractor's 'for destruction' stickers under the new labels, from a Midlands home-fragrance brand's recall "
         "and returns: waste aerosols, gases in pressure containers containing hazardous substances (16 05 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Felixstowe to Tema at a tenth of the "
         "retail value; British English wording (waste aerosols repeat in several sets and air-freshener labels in "
         "two; a home-fragrance room-spray label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "VN", "151620",
         "Sojawachs, gehärtet, B-Ware, für Kerzenherstellung, Big Bags, 20 t", "DE", 20000, None, 5000, "EUR",
         "hydrogenated soy wax for candles is a clean, creamy-white flake that melts clear; these bags hold grey-"
         "black, oily, caked filter cake that will not melt clear, self-heats when opened and reads 20 % nickel, "
         "pressed out of the filters of a Hamburg oil-hydrogenation plant that makes soy and rapeseed waxes: spent "
         "nickel hydrogenation catalyst in oil (16 08 02*), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Hai Phong for a 'candle factory'; German wording (spent nickel catalysts repeat in "
         "a few sets and soy-wax labels in two; a soy-wax B-grade label on a spent catalyst is the new part as far "
         "as a search found)", {"importer_country": "VN"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "TN", "220720",
         "Alcool de parfumerie régénéré, 96 % vol., dénaturé, pour remplissage d'eaux parfumées, 20 IBC", "FR", 18000,
         20, 7200, "EUR",
         "perfumery alcohol is a water-clear, neutral-smelling ethanol of 0.81 kg/l; these IBCs hold a yellowish, "
         "two-layer liquid that smells of hexane, acetone and crushed flowers, reads 0.72-0.86 kg/l in layers and "
         "flashes below 0 °C, the washing and extraction solvents of a Grasse absolute and concrete plant: other "
         "organic solvents and washing liquids from the manufacture of fats, soaps and cosmetics (07 06 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Marseille to Radès for a 'perfume "
         "filler'; French wording (spent solvents repeat in many sets; a perfumery-alcohol label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "400400",
         "Rubber mulch voor speeltuinen, gekleurd, big bags, 24 t", "NL", 24000, None, 1200, "EUR",
         "playground rubber mulch is clean, dyed granulate of tyre rubber, free of steel and fibre; these bags hold "
         "a grey-brown, dusty mix of foam, fabric, wire, glass, plastic and oily fines that smells of old car "
         "interiors, the light fraction of a Moerdijk car shredder: shredder light fraction containing hazardous "
         "substances (19 10 03*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Tema; Dutch wording (shredder residue repeats in many sets and rubber-mulch labels in three, blind115-117; kept as a known "
         "repeat, from the Netherlands to Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "AL", "382000",
         "Liquido lavavetri per auto, pronto uso, cisternette 1.000 l, 22 cisternette", "IT", 24000, 22, 1800, "EUR",
         "screenwash is a blue, thin, alcohol-smelling liquid of about 0.98 kg/l in new IBCs; these scratched, "
         "mismatched IBCs hold a green-brown, sweet-smelling liquid of 1.07 kg/l with an oily film and rust flakes, "
         "drained from scrapped cars and lorries at a Bari dismantler: waste antifreeze containing hazardous "
         "substances (16 01 14*), hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës; "
         "Italian wording (waste antifreeze repeats in many sets and screenwash labels in three; kept as a known "
         "repeat, from Italy to Albania is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "720430",
         "Ónozott acélhulladék, bálázott, konzervdobozok, 22 t", "HU", 22000, None, 3300, "EUR",
         "baled tinplate scrap is clean, crushed food cans that shine silver; these bales are cylinders with paper "
         "filter pleats and gaskets that drip black oil, from Budapest car-service collections: used oil filters "
         "(16 01 07*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Röszke for a "
         "Novi Sad 'steelworks supplier'; Hungarian wording (oil filters repeat in many sets and tinplate labels in "
         "several; kept as a known repeat, by road from Hungary to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "SIROAD01", "road", "SI", [], "BA", "282739",
         "Železov klorid, raztopina za koagulacijo odpadnih voda, 24 t", "SI", 24000, None, 2400, "EUR",
         "ferrous chloride coagulant is a green, clear solution of known strength with a product data sheet; this "
         "tanker holds a dark, fuming, strongly acid liquor at pH below 0 with 12 % free hydrochloric acid, zinc and "
         "oil, drained from a Celje steel-wire pickling line: spent pickling acid (11 01 05*), hazardous waste "
         "whose export to a non-OECD country is banned, at Gruškovje for a Bosnian 'water utility'; Slovenian "
         "wording (pickling acid repeats in many sets and coagulant labels in several; kept as a known repeat, from "
         "Slovenia to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "MA", "271019",
         "Huile minérale blanche pour lampes-tempête et bougies liquides, fûts 200 l, 100 fûts", "BE", 17000, 100,
         3400, "EUR",
         "white lamp oil is a water-clear, odourless paraffin of 0.80 kg/l; these mismatched drums hold a black, "
         "water-logged oil with metal fines that smells of burnt engine, collected from Antwerp garages and ship "
         "repairers: waste mineral engine and gear oils (13 02 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Casablanca for a 'candle and lamp' buyer; Belgian French wording (waste "
         "oil repeats in many sets and lamp-oil covers in several; a liquid-candle lamp-oil label on waste oil is the "
         "new part as far as a search found)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "330749",
         "ऑटोमॅटिक एअर फ्रेशनर रिफिल, 250 मिली एरोसोल, लॅव्हेंडर, 12,000 कॅन", "IN", 4200, 12000, 6000, "USD",
         "refills for automatic air-freshener dispensers are light cans of butane-propane and fragrance that read "
         "about 3 bar; these 12,000 cans read 1-2 bar, weigh 35 % more than a hydrocarbon fill allows, do not light "
         "at the nozzle and a gas test of three gives trichlorofluoromethane and dichlorodifluoromethane: products "
         "containing CFC-11 and CFC-12, whose import into the Union is banned (Regulation 2024/590), by sea from "
         "Nhava Sheva to Genoa for a Milan hygiene-services firm; Marathi wording (CFC aerosols repeat in several "
         "sets and air-freshener labels in two; automatic-dispenser refills from India were found in no earlier row "
         "by a keyword search)", firm("Aria Pulita Servizi Srl", "IT")),
        ("OZN-02", "export", "PLROAD01", "road", "PL", [], "UA", "847989",
         "Prasa do świec, hydrauliczna, używana, 1 szt.", "PL", 4200, 1, 18000, "EUR",
         "a used candle-factory lorry for a Lviv church-candle maker: a candle press and a wick-threading machine "
         "are what a closing Podlasie candle factory sells east, but the third item's 'agregat chłodniczy do tunelu "
         "chłodzącego' is a 1998 chiller with its name-plate reading 'R22, 38 kg' and full gauges, taken out of the "
         "line's cooling tunnel without being emptied: equipment containing an HCFC, whose export from the Union is "
         "banned (Regulation 2024/590), hidden as the last item of a three-item declaration, at Dorohusk; Polish "
         "wording (R-22 equipment repeats in many sets and cooling tunnels in two, blind157 and blind224, in other trades; "
         "a candle-factory cooling tunnel was found in no earlier row by a keyword search)",
         dict({"importer_country": "UA"},
              _more_items=[item("847989", "Maszyna do nawlekania knotów, używana, 1 szt.", "PL", 900, 4000, "EUR", qty=1),
                           item("841869", "Agregat chłodniczy do tunelu chłodzącego, używany, 1 szt.", "PL", 1100, 600, "EUR", qty=1)])),
        ("OZN-03", "import", "ESSEA01", "sea", "CN", [], "ES", "340399",
         "蜡烛硅胶模具脱模喷剂, 450毫升, 4,800罐", "CN", 2600, 4800, 3800, "USD",
         "silicone-mould release sprays for candle makers are light cans of silicone oil in a hydrocarbon or DME "
         "propellant that flame at the nozzle; these 4,800 cans do not flame, read 2 bar, smell of ether and a gas "
         "test gives 1,1-dichloro-1-fluoroethane as almost the whole fill: HCFC-141b in aerosol products, whose "
         "import into the Union is banned, by sea from Ningbo to Valencia for a candle-supply wholesaler; Chinese "
         "wording (HCFC-141b repeats in many sets and mould-release labels in several; a candle-mould release label "
         "was found in no earlier row by a keyword search)", firm("Velas y Moldes Levante SL", "ES")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "271113",
         "Bitkisel ekstraksiyon için n-bütan gazı, gıda sınıfı, 60 kg tüp, 40 tüp", "TR", 2400, 40, 4800, "EUR",
         "n-butane for botanical extraction weighs 0.58 kg/l and reads about 2 bar; these 40 cylinders hold a liquid "
         "of 1.21 kg/l at 5.7 bar that does not burn, and the filler's stamps read 'R134a': bulk HFC-134a, placed on "
         "the Union market without the quota authorisation Regulation 2024/573 requires, in a van at Kapitan "
         "Andreevo for a Kazanlak rose-absolute extractor that runs a 'florasol'-type cold extraction; Turkish "
         "wording (HFC-134a repeats in many sets and a florasol label once, blind192; butane labels for a rose "
         "extractor are the new part as far as a search found)", firm("Rozova Dolina Ekstrakti EOOD", "BG")),
        ("OZN-05", "import", "SESEA01", "sea", "AE", [], "SE", "330749",
         "معطر جو بخور العود، بخاخ 300 مل، 9,600 علبة", "AE", 3400, 9600, 4800, "USD",
         "Gulf oud room sprays are cans of fragrance in butane-propane that flame at the nozzle; these 9,600 cans do "
         "not flame, read 9 bar, and a gas test gives chlorodifluoromethane as the propellant: products containing "
         "HCFC-22, whose import into the Union is banned, by sea from Jebel Ali to Gothenburg for a Malmö Middle "
         "Eastern grocery wholesaler; Emirati Arabic wording (HCFC-22 repeats in many sets and bakhoor labels in a "
         "few, on agarwood; an oud room-spray label was found in no earlier row by a keyword search)",
         firm("Öresund Orientlivs AB", "SE")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "271119",
         "Hydrocarbon aerosol propellant A-46, for room-spray filling, 50 x 930 l cylinders", "CN", 25000, 50, 20000,
         "USD",
         "A-46 propellant is an isobutane-propane blend of 0.55 kg/l that burns; these 50 ton-cylinders hold a "
         "liquid of 1.19 kg/l that does not burn, and the valve guards carry ground-off 'R22' stamps: bulk HCFC-22 "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Koper in transit from "
         "Shanghai to a Belgrade room-spray filler; English wording (HCFC-22 repeats in many sets and A-46 labels in "
         "two; a room-spray filler's A-46 in transit through Koper is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-07", "import", "HRSEA01", "sea", "CN", [], "HR", "291570",
         "Isopropyl myristate (IPM), reed diffuser base, 20 x 200 kg drums", "CN", 4000, 20, 7200, "USD",
         "isopropyl myristate is an oily, odourless ester of 0.85 kg/l that stays liquid and still in an open cup; "
         "these drums bulge in the sun, hold a thin liquid of 1.49 kg/l that boils away on the hand at about 24 °C "
         "and smells faintly sweet, and the inner bungs read 'R11': trichlorofluoromethane (CFC-11), whose import into "
         "the Union is banned, by sea from Tianjin to Rijeka for a Split home-fragrance brand; English wording "
         "(CFC-11 repeats in many sets; an isopropyl-myristate diffuser-base label was found in no earlier row by a "
         "keyword search)", firm("Jadranski Mirisi d.o.o.", "HR")),
        ("OZN-08", "import", "MTSEA01", "sea", "IN", [], "MT", "291412",
         "Methyl ethyl ketone, AR grade, for oil-content testing of paraffin wax, 20 x 25 l", "IN", 800, 20, 900,
         "USD",
         "methyl ethyl ketone is a light (0.80 kg/l), flammable, acetone-smelling solvent; these 20 cans weigh twice "
         "what their volume allows (1.59 kg/l), do not burn, smell sweet like chloroform and the filler's labels "
         "under the new ones read 'CCl4': carbon tetrachloride, whose import into the Union is banned outside "
         "licensed uses, by sea from Mundra to Marsaxlokk for a candle maker's quality laboratory; Indian English "
         "wording (carbon tetrachloride repeats in many sets and a methyl-ethyl-ketone label once, blind190; an oil-in-"
         "wax testing label was found in no earlier row by a keyword search)", firm("Melita Candles Ltd", "MT")),
        ("OZN-09", "import", "BGSEA01", "sea", "IL", [], "BG", "280421",
         "ארגון לריפוד תופי שמן ריחני, 40 גלילים", "IL", 2000, 40, 1600, "USD",
         "argon for blanketing fragrance-oil drums comes in tall cylinders of gas at 200 bar that do not slosh; these "
         "40 squat cylinders slosh, read 2 bar, hold a liquid of 1.73 kg/l and are stamped 'CH3Br' under the "
         "stickers: methyl bromide, whose import into the Union is banned, by sea from Ashdod to Burgas for a "
         "Kazanlak lavender and rose grower who fumigates seed-beds; Hebrew wording (methyl bromide repeats in many "
         "sets and inert-gas labels in several; a fragrance-drum blanketing label was found in no earlier row by a "
         "keyword search)", firm("Lavandula Trakia OOD", "BG")),
        ("OZN-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "390950",
         "Zestawy do pakowania pianką na miejscu (foam-in-place), poliol + izocyjanian, 120 zestawów", "CN", 2400,
         120, 3600, "EUR",
         "foam-in-place packaging kits that candle brands use to cushion glass jars are water- or HFO-blown and say "
         "so on the drum; these polyol drums hiss with a sweet, ether-like gas when opened, name no blowing agent and "
         "a head-space test gives 1,1-dichloro-1-fluoroethane: polyol systems blown with HCFC-141b, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by rail from Chongqing "
         "through Kazakhstan, Russia and Belarus to Małaszewicze for a Poznań candle brand's dispatch hall; Polish "
         "wording (HCFC-141b systems repeat in many sets; a foam-in-place packaging label was found in no earlier row "
         "by a keyword search)", firm("Świecownia Wielkopolska Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TR", [], "DE", "741980",
         "Pirinç buhurdan (mabhara), el işi, yeni, 2 adet", "TR", 7, 2, 240, "EUR",
         "new Turkish brass incense burners are bright, thin-walled, machine-spun and lacquered; these two are heavy, "
         "cast high-tin bronze with a green-brown patina, openwork domes in the shape of birds, Kufic benedictions "
         "and burial crust in the crevices: Seljuk-period (12th-13th century) Khorasan incense burners dug in "
         "north-eastern Iran, archaeological objects brought in without the import licence Regulation 2019/880 "
         "requires and against Iran's export ban, flown from Istanbul to Frankfurt for a home-fragrance boutique "
         "that sells 'oriental' burners; Turkish wording (Khorasan bronzes repeat in two sets and a mabkhara label "
         "once, blind192; a Turkish buhurdan label on Seljuk burners is the new part as far as a search found)",
         firm("Duftsalon am Main GmbH", "DE")),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Flaconcini per profumo in ceramica dipinta, repliche di bottega, 14 pezzi", "IT", 3, 14, 420, "EUR",
         "workshop replicas of ancient perfume vials are even, bright, new terracotta with a maker's stamp; these 14 "
         "are small, round and tall vials with black-figure animal friezes, worn lips, root marks and soil in the "
         "mouths, with no stamp: Corinthian aryballoi and Etruscan alabastra of the 7th-6th century BC from clandestine "
         "digging near Cerveteri, exported without the licence Regulation 116/2009 and the Codice dei beni culturali "
         "require, in a van at Chiasso for a Geneva perfume-history collector; Italian wording (aryballos repeats "
         "once, blind130, alabastra in two sets, blind60 and blind163, and perfume-bottle labels in a few; a workshop "
         "replica perfume-vial label was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-03", "import", "BESEA01", "sea", "ID", [], "BE", "691200",
         "Wadah diffuser keramik celadon, buatan baru, 40 buah", "ID", 120, 40, 600, "USD",
         "new celadon diffuser vessels are thin, even, glossy and unscratched with a drilled cork seat; these 40 are "
         "heavy, grey-green Song-Yuan Longquan censers and jarlets with tripod feet, worn glaze, barnacle scars and "
         "iron-stained crusts, and none has a cork seat: 12th-14th century wares raised from a Java Sea wreck, "
         "underwater cultural heritage whose export Indonesia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Tanjung Priok to Antwerp for a Ghent home-fragrance brand; "
         "Indonesian wording (wreck ceramics and celadon labels repeat in several sets; a reed-diffuser-vessel label "
         "was found in no earlier row by a keyword search)", firm("Huis van Geur BV", "BE")),
        ("CUL-04", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "पीतल का गुलाबपाश, नया, सजावटी, 6 नग", "IN", 4, 6, 150, "USD",
         "new brass rosewater sprinklers from Moradabad are spun, lacquered and light; these six are raised silver "
         "and silver-gilt with champlevé enamel in blue and green, hand-chased floral panels, old repairs and Persian "
         "owner's inscriptions: Mughal and Lucknow gulabpash of the 18th-19th century, antiquities whose export "
         "India's Antiquities and Art Treasures Act forbids, brought in without the importer statement Regulation "
         "2019/880 requires, flown from Delhi to Amsterdam for an attar and home-fragrance dealer; Hindi wording "
         "(Indian antiquities repeat in many sets and attar labels in several; a gulabpash label was found in no "
         "earlier row by a keyword search)", firm("Huis van Attar BV", "NL")),
        ("CUL-05", "import", "FRAIR01", "express", "HK", [], "FR", "830629",
         "仿古銅香薰爐 (擴香器皿), 新造, 2件", "HK", 5, 2, 200, "HKD",
         "new cast-bronze 'antique-style' diffuser vessels are sand-cast, chemically patinated green and light on "
         "detail; these two are mountain-shaped lidded censers on a single stem with inlaid silver cloud scrolls, "
         "malachite crusts and textile pseudomorphs from burial: Western Han boshanlu (hill censers, 2nd-1st century "
         "BC) from looted tombs, cultural relics whose export China forbids, brought in without the import licence "
         "Regulation 2019/880 requires, sent by express from Hong Kong to a Paris diffuser brand's founder; Cantonese "
         "(traditional Chinese) wording (Chinese bronzes repeat in many sets; a boshanlu under a diffuser-vessel "
         "label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-06", "import", "ITPOST01", "post", "LK", [], "IT", "490199",
         "පුස්කොළ පොත් සලකුණු, අතින් සාදන ලද, 20", "LK", 1.2, 20, 40, "USD",
         "new palm-leaf bookmarks are fresh, pale, cut talipot strips with a few painted letters; these 20 are "
         "brown, brittle, oil-blackened leaves incised on both sides in Sinhala and Pali script, strung through two "
         "holes with the wooden boards of a temple book: ola-leaf manuscripts of the 18th-19th century taken from a "
         "monastery library, antiquities whose export Sri Lanka forbids, brought in without the importer statement "
         "Regulation 2019/880 requires, posted from Kandy to a private buyer in Bologna; Sinhala wording (palm-leaf "
         "manuscripts repeat in several sets; an ola-leaf bookmark label from Sri Lanka is the new part as far as a "
         "search found)", person("Giulia Rossi", "IT")),
        ("CUL-07", "import", "ESAIR01", "air", "OM", [], "ES", "680291",
         "حامل شموع من المرمر، صناعة يدوية حديثة، 3 قطع", "YE", 36, 3, 180, "USD",
         "new alabaster candle holders are bright, translucent, lathe-turned and even; these three are square, "
         "weathered calcite altars with stepped tops, ibex friezes and Sabaean inscriptions in the South Arabian "
         "alphabet, burnt resin still in the basins: South Arabian incense altars of the 1st millennium BC from "
         "looted sites in Marib and Shabwa, brought from Yemen via Muscat without the import licence Regulation "
         "2019/880 requires and against the UNESCO 1970 convention, flown to Madrid for a candle and home-decor "
         "shop; Omani Arabic wording (incense altars repeat in two sets and alabaster covers in many; an alabaster "
         "candle-holder label is the new part as far as a search found)", firm("Casa de Velas Lavapiés SL", "ES")),
        ("CUL-08", "import", "ESPOST01", "post", "PE", [], "ES", "600632",
         "Retazos de tela de alpaca vintage, para manualidades, 1 paquete", "PE", 1.1, 1, 35, "USD",
         "vintage alpaca craft scraps are machine-knitted modern yarn in bright synthetic dyes; this parcel holds "
         "plain-woven cotton and camelid fragments with interlocking bird and fish designs in faded natural dyes, "
         "sand and a grave smell: Chancay funerary textiles (c. 1000-1470) from looted cemeteries, cultural heritage "
         "of the Nation whose export Peru forbids, brought in without the importer statement Regulation 2019/880 "
         "requires, posted from Lima to a private buyer in Valencia; Peruvian Spanish wording (Chancay textiles "
         "repeat in many sets; kept as a known repeat, a craft-scrap label by post is the new part as far as a "
         "search found)", person("Maria Lopez", "ES")),
        ("CUL-09", "import", "ATAIR01", "air", "KZ", [], "AT", "711719",
         "Бижутерия позолоченная, бляшки в зверином стиле, 12 шт.", "KZ", 0.4, 12, 120, "USD",
         "gilded costume jewellery plaques are light, stamped brass with an even electroplate; these 12 are heavy, "
         "solid high-carat gold, cast and chased in animal style with curled predators and stags, with soil in the "
         "sockets and a turquoise inlay: Saka plaques of the 5th-4th century BC from looted kurgans in the Semirechye, "
         "archaeological objects whose export Kazakhstan forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Almaty to Vienna for a dealer; Russian wording from Kazakhstan (steppe gold "
         "repeats in several sets; a costume-jewellery label from Almaty is the new part as far as a search found)",
         firm("Alpina Kunsthandel GmbH", "AT")),
        ("CUL-10", "import", "FRSEA01", "sea", "EC", [], "FR", "650400",
         "Sombreros de paja toquilla, tejidos a mano, Montecristi, 600 unidades", "EC", 180, 600, 9000, "USD",
         "a handicraft container for a Marseille home-fragrance and craft shop: toquilla-straw hats and balsa "
         "carvings are what Manabí artisans ship, but the third item's 'réplicas de cerámica' are 30 mould-made, "
         "hollow figures with feathered headdresses, green and yellow post-fired paint, root marks and earth inside: "
         "Jama-Coaque figures (c. 350 BC-AD 1530) from looted tolas, archaeological heritage whose export Ecuador "
         "forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration, by sea from Manta to Fos; Ecuadorian Spanish wording (Jama-Coaque figures repeat "
         "in several sets and toquilla hats once, blind232, in a precursor label; behind toquilla hats and balsa "
         "carvings is the new part as far as a search found)",
         dict(firm("Atelier Senteurs du Vieux-Port SARL", "FR"),
              _more_items=[item("442199", "Tallados en balsa, aves y peces, 400 unidades", "EC", 120, 1600, "USD", qty=400),
                           item("691390", "Réplicas de cerámica, figuras decorativas, 30 unidades", "EC", 60, 300, "USD", qty=30)])),
    ],
    "strategic": [
        ("STR-01", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271220",
         "Парафин полностью рафинированный, марка П-2, для производства свечей, казахстанского происхождения, 6 вагонов", "KZ",
         360000, None, 396000, "USD",
         "Kazakh paraffin is scarce (Kazakhstan makes little candle-grade wax); these six wagons carry 25 kg slabs "
         "in bags printed with a Volgograd refinery's GOST grade P-2 under pasted-over labels, loaded on Russian "
         "wagons with a Kazakh certificate of origin issued in Petropavl after transhipment, for a Pomeranian "
         "grave-candle maker: Russian paraffin wax, whose import into the Union Regulation 833/2014 forbids, by rail "
         "through Belarus to Małaszewicze; Russian wording (Russian goods under Kazakh origin repeat in many sets "
         "and paraffin in several, as waste; Russian candle paraffin with Kazakh papers is the new part as far as a "
         "search found)", firm("Znicze Pomorskie Sp. z o.o.", "PL")),
        ("STR-02", "import", "GRSEA01", "sea", "AE", [], "GR", "271220",
         "Κερί παραφίνης πλήρως εξευγενισμένο, προέλευσης ΗΑΕ, για κεριά εκκλησίας, 80 t", "AE", 80000, None, 88000,
         "USD",
         "the Emirates refine almost no paraffin wax; these 3,200 bags of pale slabs carry the grade marks and lot "
         "stencils of a Tehran refinery under new 'Made in UAE' stickers and the Jebel Ali free-zone 'processor' has "
         "no wax plant: Iranian paraffin wax, a petroleum product whose import into the Union Regulation 267/2012 "
         "forbids, by sea from Jebel Ali to Piraeus for an Athens church-candle maker; Greek wording (Iranian goods "
         "under Emirati origin repeat in several sets; Iranian paraffin for church candles is the new part as far as "
         "a search found)", firm("Κηροποιία Αττικής ΑΕ", "GR")),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "CN", "330300",
         "Coffrets cadeaux hôtellerie : eaux de parfum 100 ml et bougies parfumées, 240 coffrets", "FR", 480, 240,
         96000, "EUR",
         "hotel amenity gift boxes are small bottles and soaps for a hotel chain's rooms; these 240 boxes are "
         "retail luxury sets at 400 EUR each, shipped to a Dandong trading company whose delivery address and "
         "payment trail lead to a Pyongyang hotel and department store: perfumes and luxury goods whose sale or "
         "supply to North Korea Regulation 2017/1509 forbids, flown from Paris to Shenyang; French wording "
         "(luxury goods for North Korea through Dandong repeat in many sets; hotel gift boxes of perfume and scented "
         "candles are the new part as far as a search found)", {"importer_country": "CN"}),
        ("STR-04", "export", "ESAIR01", "express", "ES", [], "AM", "330749",
         "Recambios para difusores de varillas, 500 ml, muestras sin valor comercial, 120 unidades", "ES", 90, 120,
         600, "EUR",
         "reed-diffuser refills are plain bottles of scented solvent at 20 EUR each; these 120 are boxed extrait de "
         "parfum flacons of a Spanish niche house at 480 EUR each on its price list, sent to a Yerevan 'beauty' "
         "forwarder whose last-mile deliveries go to Moscow boutiques: luxury perfumes above 300 EUR an item, whose "
         "sale to Russia and re-export through third countries Regulation 833/2014 forbids, by express from Madrid; "
         "Spanish wording (luxury goods through Armenia repeat in several sets and a reed-diffuser refill label "
         "once, blind119, on a precursor; on luxury perfumes it was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "850440",
         "Frequenzumrichter für Wachsschmelz- und Rührwerke, 30 Stück", "DE", 450, 30, 9000, "EUR",
         "drives for wax melters and stirrers are standard 50/60 Hz inverters of a few hundred euros; these 30 give "
         "600-2,000 Hz at low harmonic distortion with a frequency stability better than 0.2 %, at ten times that on "
         "the maker's list, for an Istanbul 'candle machinery' trader that ships on to Tehran: frequency changers "
         "controlled under dual-use 3A225 and listed in the Iran regulation (267/2012), exported without a licence, "
         "by lorry from Stuttgart; German wording (3A225 converters repeat in many sets; a wax-melter drive label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-06", "import", "LTROAD01", "road", "BY", [], "LT", "442199",
         "Деревянные фитили для свечей, берёза, 13 мм, казахстанского происхождения, 2 000 000 шт.", "KZ", 4000,
         2000000, 12000, "EUR",
         "wooden candle wicks from Kazakhstan would be cut from imported veneer; these are rotary-cut birch strips "
         "whose cartons carry a Kostroma veneer mill's stamps and a Belarusian forwarder's lorry, with a Kazakh "
         "certificate of origin for a trader that has no mill: Russian wood products, whose import into the Union "
         "Regulation 833/2014 forbids (and Regulation 765/2006 for Belarusian ones), at Medininkai for a Vilnius "
         "candle brand; Russian wording (Russian birch under Kazakh origin repeats, as plywood, in blind256; wooden "
         "wicks were found in no earlier row by a keyword search)", firm("Žvakių Namai UAB", "LT")),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "GE", "292215",
         "Triethanolamin 99 %, für Schmelz- und Gießseifenbasis, 40 Fässer", "DE", 9000, 40, 16000, "EUR",
         "a Tbilisi 'glycerine soap' maker buying triethanolamine for melt-and-pour bases would take a few drums a "
         "year; this order is 40 drums, paid by a Moscow company and consigned on to Novorossiysk after Poti, and the "
         "Tbilisi firm has no soap line: triethanolamine (dual-use 1C350, a chemical-weapons precursor) exported "
         "without the licence Regulation 2021/821 requires, from Hamburg; German wording (triethanolamine repeats in "
         "many sets, under a shampoo-base label in blind112; kept as a known repeat, a melt-and-pour soap label to "
         "Georgia is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "AZ", "292419",
         "Cocamide DEA, booster di schiuma per saponi liquidi, 60 fusti", "IT", 12000, 60, 18000, "EUR",
         "cocamide DEA is an amber, viscous, fatty-smelling amide that foams strongly; these drums hold a thin, "
         "colourless, fishy-ammonia-smelling amine of 1.04 kg/l that does not foam, and the drum heads read CAS "
         "105-59-9, for a Baku 'soap factory' whose consignments go on by road to Iran: N-methyldiethanolamine "
         "(CWC Schedule 3 and dual-use 1C350) exported without the licence Regulation 2021/821 requires, by sea "
         "from Genoa to Poti for Baku; Italian wording (MDEA repeats in many sets; a cocamide foam-booster label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "AE", "760820",
         "Aluminium buizen voor stompkaarsvormen, naadloos, 100 mm, 400 stuks", "NL", 2400, 400, 9600, "EUR",
         "pillar-candle moulds are thin, soft, anodised 6063 tubes a few hundred grams each; these 400 are 6 kg, "
         "heavy-walled, seamless 7075-T6 tubes of 100 mm outside diameter with mill certificates giving 570 MPa, for "
         "a Sharjah 'candle factory' whose freight forwarder ships to Bandar Abbas: aluminium-alloy tubes controlled "
         "under dual-use 1C202 and listed in the Iran regulation, exported without a licence, from Rotterdam; Dutch "
         "wording (high-strength aluminium tubes repeat in several sets, under flagpole labels among others; a "
         "candle-mould label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "export", "FIAIR01", "air", "FI", [], "KZ", "852589",
         "Lämpökamerat kynttilöiden palotestaukseen, 24 kpl", "FI", 30, 24, 7200, "EUR",
         "candle burn-test cameras are cheap thermal viewers of 80 x 60 pixels at 9 Hz; these 24 are 640 x 512 "
         "uncooled cores at 60 Hz with no housing, display or test software, worth 5,000 EUR each on the maker's "
         "list, for an Almaty 'candle laboratory' that is a Moscow drone workshop's forwarder: thermal imaging "
         "cameras (dual-use 6A003) on the common high-priority list, whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Helsinki to Almaty; Finnish wording (thermal cores repeat in many sets; a candle "
         "burn-test label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "IN", [], "FR", "290110",
         "Olive squalane, 100 % plant-derived, cosmetic grade, 16 x 180 kg drums", "IN", 2880, 16, 40000, "USD",
         "olive squalane is a water-white, odourless, fully saturated oil that stays clear in the cold; these drums "
         "hold a pale yellow oil with a faint fishy note that turns hazy in a fridge, has an iodine value far above "
         "squalane's and whose isotope test gives a marine, not olive, signature: squalene from the livers of deep-"
         "sea gulper sharks (Centrophorus spp., CITES App. II since 2023) without CITES documents, by sea from Kochi "
         "to Marseille for a Provence soap and cosmetics maker; Indian English wording (shark squalene repeats in a "
         "few sets and an olive-squalane label once, blind121, from Korea; kept as a known repeat, from India to "
         "France is the new part as far as a search found)", firm("Savonnerie des Alpilles SARL", "FR")),
        ("WLF-02", "import", "ESSEA01", "sea", "MX", [], "ES", "151620",
         "Cera de palma hidrogenada para velas pilar, en hojuelas, costales de 25 kg, 320 costales", "MX", 8000, 320,
         12000, "USD",
         "palm wax for pillar candles is a white, brittle flake that sets in feathery crystals; these sacks hold hard, "
         "yellow-brown, glossy lumps that smell of hay and resin, melt at about 70 °C and come from the Coahuila "
         "desert, where palm oil does not grow: candelilla wax (Euphorbia antisyphilitica, CITES App. II, raw wax "
         "not exempt) without a CITES export permit, by sea from Altamira to Valencia for a candle-wax distributor; "
         "Mexican Spanish wording (candelilla wax repeats once, blind184, under a carnauba label; a palm-wax label "
         "was found in no earlier row by a keyword search)", firm("Ceras del Turia SL", "ES")),
        ("WLF-03", "import", "DEAIR01", "express", "KG", [], "DE", "291439",
         "Мускус кетон синтетический, кристаллы, для парфюмерии, 3 x 100 г", "KG", 0.4, 3, 90, "USD",
         "synthetic musk ketone is a pale-yellow, even crystalline powder with a clean, powdery smell; these three "
         "jars hold dark-brown, greasy grains and two hair-covered pods with an overpowering animal smell: natural "
         "musk from musk deer (Moschus spp., CITES App. I and II) without CITES documents, sent by express from "
         "Bishkek to a private natural perfumer in Cologne; Russian wording from Kyrgyzstan (musk repeats in many "
         "sets and a synthetic-musk lure once, blind241; a musk-ketone label was found in no earlier row by a "
         "keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "ESAIR01", "air", "PH", [], "ES", "340600",
         "Scallop shell candles, soy wax, handmade, Cebu, 600 pcs", "PH", 300, 600, 1500, "USD",
         "scallop-shell candles are thin, fan-shaped, ribbed shells filled with wax; these 600 are thick, heavy, "
         "wavy-edged bivalve halves with 4-6 deep folds and growth scales, the wax poured into the cup: small giant-"
         "clam shells (Tridacna spp., CITES App. II) without CITES documents and against the Philippines' ban, flown "
         "from Cebu to Madrid for a nautical home-decor chain; Cebuano-English wording (giant clams repeat in many "
         "sets and scallop labels in a few; a shell-candle label was found in no earlier row by a keyword search)",
         firm("Brisa Marina Decoración SL", "ES")),
        ("WLF-05", "import", "PLAIR01", "air", "IN", [], "PL", "121190",
         "Ratanjot (alkanet root) powder, natural soap colourant, 25 kg bags, 20 bags", "IN", 500, 20, 1500, "USD",
         "alkanet (ratanjot) root powder is a dark purple-red, fibrous bark powder that colours oil purple and water "
         "barely; these bags hold a fine, blood-red heartwood sawdust that stains water only faintly, colours alcohol "
         "red and under a lens shows ripple-marked wood fibres: red sanders (Pterocarpus santalinus, CITES App. II) "
         "without CITES documents, flown from Chennai to Warsaw for a soap-supply web shop; Indian English wording "
         "(red sanders repeats in many sets; an alkanet-root soap-colourant label was found in no earlier row by a "
         "keyword search)", firm("Mydlarnia Naturalna Sp. z o.o.", "PL")),
        ("WLF-06", "import", "CYAIR01", "air", "KH", [], "CY", "330290",
         "ប្រេងក្លិនអូដ សំយោគ សម្រាប់ទៀន 10 គីឡូ", "KH", 10, None, 900, "USD",
         "synthetic oud fragrance oils for candles are thin, pale, uniform blends at a few dozen euros a kilo; these "
         "cans hold a thick, dark-amber oil with a deep, animalic, leathery smell that lingers for days, which a "
         "gas chromatogram shows to be distilled, not compounded: agarwood oil (Aquilaria spp., CITES App. II) "
         "without CITES documents, worth tens of thousands, flown from Phnom Penh to Larnaca for a candle brand; "
         "Khmer wording (agarwood oil under a synthetic-oud label repeats, blind160; kept as a known repeat, by air "
         "from Cambodia to Cyprus is the new part as far as a search found)", firm("Kypros Keria Ltd", "CY")),
        ("WLF-07", "transit", "NLAIR01", "air", "NP", ["NL"], "US", "121190",
         "Vetiver roots, dried, for potpourri, 60 kg", "NP", 60, None, 600, "USD",
         "vetiver roots are long, thin, straw-coloured, smoky-earthy strands; these 60 kg are short, dark-brown "
         "rhizomes wrapped in fibrous old leaf sheaths that smell sweet, heavy and valerian-like: spikenard "
         "(Nardostachys grandiflora, CITES App. II) without a CITES export permit, which specimens in transit through "
         "the Union must carry, landed at Schiphol in transit from Kathmandu to a New York potpourri maker; English "
         "wording from Nepal (jatamansi repeats in many sets and vetiver labels in a few; kept as a known repeat, a "
         "transit through Schiphol is the new part as far as a search found)", {"importer_country": "US"}),
        ("WLF-08", "import", "PTAIR01", "air", "SN", [], "PT", "050800",
         "Étoiles de mer séchées pour décoration de bougies, 40 kg", "SN", 40, None, 400, "EUR",
         "dried starfish for candle decoration are five-armed, stiff and sandy; these cartons hold curled, bony, "
         "horse-headed fish with ringed bodies and prehensile tails, a few hundred to the kilo: dried seahorses "
         "(Hippocampus spp., CITES App. II, trade from Senegal suspended) without CITES documents, flown from Dakar to "
         "Lisbon for a trader who re-exports to Asia; Senegalese French wording (seahorses repeat in many sets and "
         "starfish labels once, blind233; a candle-decoration label is the new part as far as a search found)",
         firm("Atlântico Decor Lda", "PT")),
        ("WLF-09", "import", "ESAIR01", "air", "PY", [], "ES", "330129",
         "Aceite esencial de petitgrain paraguayo, bidones de 25 kg, 8 bidones", "PY", 200, 8, 6000, "USD",
         "Paraguayan petitgrain oil is a thin, pale-yellow, fresh bitter-orange-leaf oil; these drums hold a thick, "
         "amber, semi-solid oil that has set in the cold and smells of tea rose and smoky wood: guaiacwood oil "
         "(Bulnesia sarmientoi, CITES App. II, extracts included) without a CITES export permit, flown from Asunción "
         "to Madrid for a candle-fragrance house; Paraguayan Spanish wording (guaiacwood repeats in many sets under "
         "palo-santo labels and a petitgrain label once, blind138; a Paraguayan petitgrain label on guaiacwood oil "
         "is the new part as far as a search found)", firm("Esencias Castellanas SL", "ES")),
        ("WLF-10", "import", "FRAIR01", "air", "MG", [], "FR", "090510",
         "Lavanila (vanille Bourbon), gousses noires, 80 kg", "MG", 80, None, 16000, "EUR",
         "a Malagasy air shipment for a Lyon home-fragrance brand: Bourbon vanilla and raffia are what Sambava "
         "exporters send, but the third item's 'tsorakazo fanaparitahana hanitra' are 12,000 heavy, dark purple-red "
         "reed-diffuser sticks that sink in water and smell of rose when cut, not rattan at all: Malagasy rosewood "
         "(Dalbergia spp., CITES App. II, trade from Madagascar suspended) without CITES documents, hidden as the last "
         "item of a three-item declaration, flown from Antananarivo to Paris; Malagasy wording (Malagasy rosewood "
         "repeats in many sets; as diffuser sticks behind a vanilla cargo is the new part as far as a search found)",
         dict(firm("Maison Sillage SARL", "FR"),
              _more_items=[item("140190", "Rofia voajanahary, 200 kg", "MG", 200, 700, "EUR"),
                           item("442199", "Tsorakazo fanaparitahana hanitra (bâtonnets pour diffuseur), 12 000", "MG", 90, 240, "EUR", qty=12000)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEROAD01", "road", "CH", "DE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (natural-cosmetics maker)", "CH", 4.5, 4, 48,
     "EUR", [("PRECURSOR_LICENCE", "DE-BKA-69-0231")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "TR", "AT", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engines)", "TR", 2.3, 2, 70, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-69-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "381590",
     "Spent nickel hydrogenation catalyst in oil (16 08 02*), for nickel recovery at a licensed plant, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-69-0307")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "382590",
     "Waste aerosols, returned room sprays (16 05 04*), for degassing and recycling at a licensed plant, 12 t", "GB",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-69-0082")], "notified waste aerosols to a licensed recycler"),
    ("PRM-05", "ozone", "import", "MTSEA01", "sea", "GB", "MT", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "GB", 0.1, 10,
     600, "EUR", [("ODS_LICENCE", "MT-ERA-ODS-69-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290379",
     "Recovered CFC-11/CFC-12 from aerosol refills, 12 cylinders, for destruction at a licensed plant", "IN", 600,
     12, 0, "EUR", [("ODS_LICENCE", "IT-MASE-ODS-69-011")], "recovered CFCs imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Corinthian aryballos, c. 600 BC, documented Italian collection since 1958", "IT", 0.3, 1, 14000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-69-0193")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Seljuk bronze incense burner, Khorasan, 12th century, documented collection since 1971", "IR", 3.5, 1, 26000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-69-0044")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "CH", "850440",
     "Frequency changers 600-2,000 Hz, 6 units, for a Swiss research laboratory", "DE", 90, 6, 18000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-69-2210"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-69-0071")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292215",
     "Triethanolamine 99 %, 40 drums, for an Indian cement-grinding-aid plant", "DE", 9000, 40, 16000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-69-2291"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-69-0388")],
     "Schedule 3 chemical to a CWC State Party under licence"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "MX", "ES", "152190",
     "Candelilla wax (Euphorbia antisyphilitica), raw flakes, 25 kg sacks, 4 t", "MX", 4000, None, 24000, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-69-0412")], "App. II candelilla wax with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "PY", "ES", "330129",
     "Guaiacwood oil (Bulnesia sarmientoi), 4 x 25 kg", "PY", 100, 4, 9000, "USD",
     [("CITES_PERMIT", "PY-MADES-69-0133")], "App. II guaiacwood oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Metallrückgewinnung GmbH",
    "PRM-05": "Melita Candles Ltd", "PRM-11": "Ceras del Turia SL", "PRM-12": "Esencias Castellanas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): mostly the lawful twins of this set's disguises, nearly all goods of
    # candle, soap and home-fragrance makers
    ("390290", "Vybar candle additive, polymer flakes, 1 lb", "import", ["post"], ["CA", "US"], (12, 20), (1, 3), ["CAD", "USD"], 2, S),
    ("151620", "Coconut-rapeseed container wax pastilles, 20 kg bags", "import", ["sea"], ["GB", "US"], (2.5, 4), (4000, 12000), ["GBP", "USD"], 0.05, S),
    ("330190", "Witch-hazel distillate, with 15 % alcohol, 1 l bottles", "import", ["road"], ["CH", "GB"], (3, 5), (600, 2000), ["EUR", "CHF"], 0.9, S),
    ("381400", "Catalytic fragrance-lamp fuel, isopropanol-based, 1 l", "import", ["road"], ["TR", "CH"], (4, 7), (1000, 4000), ["EUR"], 1, S),
    ("291811", "Sodium lactate 60 % solution, soap hardener, 1 l", "import", ["post"], ["BR", "US"], (8, 15), (1, 4), ["USD", "BRL"], 0.75, S),
    ("340239", "Sodium lauryl sulfoacetate (SLSA) powder for bath bombs", "import", ["air"], ["IN", "CN"], (4, 7), (200, 800), ["USD"], 1, S),
    ("340120", "Soap noodles, 80:20 palm-free, for rebatching, 25 kg bags", "import", ["sea"], ["MY", "ID"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("340242", "Polysorbate 20 solubiliser for room sprays, drums", "import", ["sea"], ["CN", "MY"], (2, 3.5), (3000, 9000), ["USD"], None, S),
    ("330741", "Masala agarbatti and dhoop cones, boxed", "import", ["sea"], ["IN"], (3, 5), (3000, 9000), ["USD"], 10, S),
    ("252800", "Borax-and-salt wick-priming mix, 1 kg", "import", ["express"], ["TH", "US"], (8, 14), (1, 4), ["USD", "THB"], 1, S),
    ("140490", "Olive-stone powder, exfoliant for soaps, 25 kg bags", "import", ["sea"], ["TN", "TR"], (1, 2), (3000, 10000), ["EUR"], None, S),
    ("330190", "Benzoin Siam resinoid, for soap and candle fragrances", "import", ["air"], ["LA", "ID"], (18, 30), (100, 500), ["USD"], None, S),
    ("330749", "Room sprays, 300 ml aerosols, butane-propelled, boxed", "import", ["sea"], ["GB", "TR"], (3, 5), (4000, 12000), ["EUR", "GBP"], 3, S),
    ("151620", "Hydrogenated soy wax flakes for container candles", "import", ["sea"], ["US", "CA"], (2.5, 3.5), (15000, 22000), ["USD", "EUR"], None, S),
    ("290949", "Dipropylene glycol (DPG), fragrance grade, drums", "import", ["sea"], ["US", "KR"], (1.8, 2.8), (8000, 20000), ["USD"], None, S),
    ("271019", "White lamp oil for oil lamps and liquid candles, 1 l", "import", ["road"], ["GB", "CH"], (2, 4), (2000, 8000), ["EUR", "GBP"], 1.2, S),
    ("847989", "Candle presses, hydraulic, new", "export", ["road"], ["UA", "RS"], (10, 18), (2000, 6000), ["EUR"], 0.0005, S),
    ("340399", "Silicone-mould release spray, hydrocarbon propellant", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("330749", "Oud room sprays, butane-propelled, 300 ml", "import", ["sea"], ["AE", "SA"], (4, 7), (3000, 9000), ["USD"], 3, S),
    ("291570", "Isopropyl myristate, reed-diffuser base, drums", "import", ["sea"], ["CN", "MY"], (2, 3), (3000, 9000), ["USD"], None, S),
    ("291412", "Methyl ethyl ketone, AR grade, 25 l cans", "import", ["sea"], ["IN", "KR"], (1.5, 2.5), (500, 2000), ["USD"], None, S),
    ("390950", "Foam-in-place packaging kits, water-blown, polyol and isocyanate", "import", ["sea"], ["CN", "US"], (3, 5), (2000, 6000), ["USD"], None, S),
    ("741980", "Brass incense burners (mabkhara), new, lacquered", "import", ["air"], ["TR", "IN"], (10, 20), (100, 600), ["EUR", "USD"], 2, S),
    ("691390", "Ceramic perfume-vial replicas, workshop-made, stamped", "export", ["post"], ["CH", "US"], (40, 80), (1, 3), ["EUR"], 5, S),
    ("691200", "Celadon reed-diffuser vessels, new, with cork seats", "import", ["sea"], ["ID", "CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("830629", "Brass rosewater sprinklers, new, Moradabad", "import", ["air"], ["IN"], (12, 20), (100, 500), ["USD"], 2, S),
    ("830629", "Cast-bronze antique-style diffuser vessels, new", "import", ["express"], ["HK", "CN"], (30, 60), (1, 3), ["HKD", "USD"], 1, S),
    ("490199", "Talipot palm-leaf bookmarks, new, painted", "import", ["post"], ["LK"], (20, 40), (1, 2), ["USD"], 30, S),
    ("680291", "Alabaster candle holders, new, lathe-turned", "import", ["sea"], ["EG", "OM"], (3, 6), (1000, 4000), ["USD"], 2, S),
    ("650400", "Toquilla-straw hats, hand-woven", "import", ["sea"], ["EC"], (30, 60), (300, 1500), ["USD"], 3, S),
    ("271220", "Paraffin wax, fully refined, slabs, Chinese origin", "import", ["sea"], ["CN"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("442199", "Wooden candle wicks, cherry wood, Ukrainian mill", "import", ["road"], ["UA"], (2, 4), (1000, 4000), ["EUR"], 400, S),
    ("330749", "Reed-diffuser refills, 500 ml", "export", ["sea"], ["US", "GB"], (6, 10), (2000, 8000), ["EUR"], 1.5, S),
    ("760820", "Aluminium pillar-candle moulds, anodised 6063, 100 mm", "export", ["road"], ["NO", "CH"], (8, 14), (500, 2000), ["EUR"], 2, S),
    ("290110", "Olive squalane, plant-derived, cosmetic grade", "import", ["sea"], ["TR", "TN"], (10, 16), (1000, 4000), ["EUR"], None, S),
    ("151620", "Hydrogenated palm wax for pillar candles, RSPO, flakes", "import", ["sea"], ["MY", "ID"], (1.5, 2.5), (15000, 22000), ["USD"], None, S),
    ("340600", "Scallop-shell candles, soy wax, handmade", "import", ["air"], ["PH", "VN"], (4, 8), (100, 500), ["USD"], 2, S),
    ("121190", "Alkanet (ratanjot) root powder, soap colourant", "import", ["air"], ["IN"], (4, 8), (100, 500), ["USD"], None, S),
    ("330129", "Petitgrain essential oil, Paraguayan, drums", "import", ["air"], ["PY"], (25, 40), (100, 400), ["USD"], None, S),
    ("090510", "Bourbon vanilla beans, black, vacuum-packed", "import", ["air"], ["MG", "KM"], (150, 300), (50, 300), ["USD", "EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows of this set's own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("902519", "Dial oven thermometers, bimetal", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 4000), ["USD"], 10, N),
        ("630790", "Mesh produce bags, cotton, reusable", "import", ["sea"], ["IN", "BD"], (5, 9), (2000, 6000), ["USD"], 20, N),
        ("960340", "Foam paint brushes, wooden handles", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 30, N),
        ("630790", "Satin sleeping masks, boxed", "import", ["post", "express"], ["GB", "CN"], (30, 60), (1, 3), ["GBP", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind261", 20690901, HERE)


if __name__ == "__main__":
    main()
