#!/usr/bin/env python3
"""Writes the three-hundred-and-fifteenth blind set (tests/risk/data/blind315-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: Christmas, seasonal decorations and
gift shops (Christmas-decoration importers and wholesalers, bauble and candle makers,
Christmas-market stallholders, Christmas-tree growers, garden-centre seasonal departments,
gift shops and gift-shop chains).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL315-*:

    python3 tests/risk/data/make_blind315_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CN", [], "AT", "290545",
         "雪花水晶球补充液 (甘油水), 1升 x 6瓶", "CN", 7.4, 6, 90, "CNY",
         "the refill liquid for snow globes is a glycerine-and-water mix of about 1.05 kg/l, slightly syrupy, that "
         "keeps the flakes falling slowly; these six litre bottles hold a thin, water-clear liquid of 1.13 kg/l with "
         "vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Yiwu to a private person in Graz who sells 'snow-globe repair kits' online; "
         "Chinese wording (hydrogen peroxide repeats in many sets and a snow-globe fluid label on it once, blind202; "
         "kept as a repeat of the label, a refill by express from Yiwu to Austria is the new part as far as a search found)", person("Frau B. Huber", "AT")),
        ("PRE-02", "import", "NLAIR01", "air", "IN", [], "NL", "321290",
         "ક્રિસમસ મીણબત્તી માટે ચમકતો સુશોભન પાવડર, 1 કિલો પેકેટ, 150 પેકેટ", "IN", 150, 150, 600, "USD",
         "the sparkle powders candle makers dust on Christmas pillar candles are mica or PET glitter, flat, "
         "shiny flakes that do not dissolve; these 150 packets hold a dull, white, crystalline powder that "
         "dissolves slowly, flares violet with sugar on a hot plate and whose liners read 'KClO4', for a Tilburg "
         "candle-and-decoration web shop that resells it in 250 g pouches: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Ahmedabad to Amsterdam; Gujarati wording "
         "(potassium perchlorate repeats in many sets and glitter labels in several; a Christmas-candle sparkle "
         "powder was found in no earlier row by a keyword search)", firm("Vega Kerstdecoratie BV", "NL")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "560130",
         "Штучний сніг для флокування ялинок, мішки 20 кг, 300 мішків", "UA", 6000, 300, 3600, "EUR",
         "flocking snow for artificial trees is a fluffy, white cellulose or viscose flock with a starch binder, "
         "light and bulky; these 300 sacks are heavy, hold hard, white, crystalline granules that dissolve cold in "
         "water, sputter on a hot iron with sawdust and read 'NaClO3' on the inner liners, for a Lublin "
         "Christmas-tree wholesaler that packs them in 1 kg tubs 'for DIY flocking': sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, in a lorry at Dorohusk; Ukrainian wording (sodium chlorate "
         "repeats in many sets and flocking covers twice, blind74 and blind161, on other goods; a tree-flocking "
         "snow label on a chlorate was found in no earlier row)", firm("Delta Choinki Sp. z o.o.", "PL")),
        ("PRE-04", "import", "HRROAD01", "road", "RS", [], "HR", "271019",
         "Parafinsko ulje za petrolejke, bistro, 1 l, 480 boca", "RS", 550, 480, 1400, "EUR",
         "paraffin lamp oil is a clear, odourless liquid of 0.78 kg/l that floats on water and burns with a calm "
         "flame; these 480 bottles hold an oily, faintly fruity liquid of 1.14 kg/l that sinks in water, and the "
         "drum label under the sticker reads 'CH3NO2', for a Zagreb model-engine shop that sells the bottles over "
         "the counter: nitromethane (Annex I above 16 %) made available to members of the public, in a van at "
         "Bajakovo; Serbian wording (nitromethane repeats in many sets and lamp-oil labels on it in a few; kept as "
         "a repeat, from Serbia by road is the new part as far as a search found)", firm("Orion Modelarstvo d.o.o.", "HR")),
        ("PRE-05", "import", "DKSEA01", "sea", "GE", [], "DK", "310590",
         "ნაძვის ხის სიახლის შემნარჩუნებელი გრანულები, ტომრები 25 კგ, 400 ტომარა", "GE", 10000, 400, 3000, "USD",
         "cut-tree freshness granules for Christmas-tree stands are a few grams of sugar, citric acid and a "
         "little biocide per sachet; these 400 sacks hold white prills that turn ice-cold in water, test at 34 % N and "
         "melt and fume on a hot plate, for a Jutland Nordmann-fir grower whose farm shop sells them in 2 kg tubs "
         "with tree stands: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by "
         "sea from Poti to Aarhus; Georgian wording (ammonium nitrate repeats in many sets; a Christmas-tree "
         "freshness label was found in no earlier row by a keyword search)", firm("Nordhafen Juletræer ApS", "DK")),
        ("PRE-06", "import", "ESAIR01", "air", "MX", [], "ES", "284321",
         "Solución plateadora para esferas navideñas de vidrio soplado, 1 l, 200 botellas", "MX", 280, 200, 1800,
         "USD",
         "the silvering solutions glass-sphere workshops pour into blown baubles are dilute ammoniacal silver "
         "nitrate of about 1.02 kg/l with a separate reducer; these 200 bottles hold a fuming, water-clear liquid of "
         "1.40 kg/l that stains the skin yellow and eats a copper wire with brown fumes, for a Madrid "
         "Christmas-decoration wholesaler that sells the litres to craft buyers: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Mexico City; Mexican Spanish wording from "
         "Tlalpujahua's bauble trade (nitric acid repeats in many sets and silvering labels in several, on waste "
         "and mirrors; a Christmas-sphere silvering label was found in no earlier row)",
         firm("Meridian Navidad SL", "ES")),
        ("PRE-07", "import", "ITAIR01", "air", "ET", [], "IT", "330749",
         "የገና ዕጣን ማጨሻ ከሰል ማቀጣጠያ ዱቄት፣ 1 ኪ.ግ፣ 120 ፓኬት", "ET", 120, 120, 360, "USD",
         "the igniting powder sold with Christmas incense charcoal is a few grams of saltpetre in the charcoal "
         "itself, never a loose powder; these 120 packets hold shiny white flakes that crackle and spit violet "
         "sparks on a hot iron and the supplier's sheet gives CAS 3811-04-9, for a Rome gift shop selling "
         "frankincense and charcoal sets for Advent and Ethiopian Christmas: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Addis Ababa; Amharic wording (potassium chlorate "
         "repeats in many sets and frankincense in several; an incense-charcoal igniter label was found in no "
         "earlier row by a keyword search)", firm("Alpina Regali Srl", "IT")),
        ("PRE-08", "import", "CZAIR01", "air", "KR", [], "CZ", "390690",
         "화분용 수분 보유 젤 크리스탈, 1 kg 봉지, 300봉", "KR", 300, 300, 1500, "USD",
         "water-retaining gel crystals for pot plants are sodium polyacrylate granules that swell into a clear "
         "jelly; these 300 bags hold a white, hygroscopic powder that dissolves at once without swelling, turns "
         "damp in the air and burns fiercely with sugar, for a Brno garden-supply web shop: sodium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Incheon to Prague; Korean "
         "wording (sodium perchlorate repeats in many sets and gel-crystal labels in a few; kept as a repeat, from "
         "Korea to Czechia is the new part as far as a search found)", firm("Central Zahrada s.r.o.", "CZ")),
        ("PRE-09", "import", "FRSEA01", "sea", "VN", [], "FR", "382499",
         "Dung dịch tẩy trắng quả thông trang trí Giáng sinh, can 5 lít, 360 can", "VN", 2160, 360, 1800, "USD",
         "the bleaching baths for decorative pine cones are chlorine or weak peroxide solutions used by the "
         "factory itself; these 360 cans hold a water-clear liquid of 1.20 kg/l with vented caps that whitens the "
         "skin and fizzes on rust, for a Lyon Christmas-decoration wholesaler that sells the cans to craft shops "
         "and the public for 'white-cone DIY': about 50 % hydrogen peroxide (Annex I above 12 %), by sea from Ho Chi "
         "Minh City to Marseille; Vietnamese wording (hydrogen peroxide repeats in many sets and bleaching labels "
         "on it in several; a pine-cone bleach label was found in no earlier row by a keyword search)",
         firm("Rivage Décorations de Noël SARL", "FR")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za uklanjanje kamenca za kotlove kuhanog vina, 5 l, 300 kanistera (1. od 3 pošiljke)", "BA", 2760,
         300, 1500, "EUR",
         "descalers for the mulled-wine urns of Christmas-market stalls are citric or sulphamic solutions of about "
         "1.1 kg/l; these 300 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water "
         "and chars the cardboard where it leaked, the first of three vans booked that week, for a Zagreb "
         "Advent-market supplier that sells the cans to stallholders and the public: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, at Stara Gradiška; Bosnian wording "
         "(sulphuric acid repeats in many sets and splits over three vans in several; a mulled-wine urn descaler "
         "was found in no earlier row by a keyword search)", firm("Horizon Advent Oprema d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "940531",
         "Kerstverlichting, LED-snoeren, nieuw, in dozen, 2.400 kg", "NL", 2400, None, 4800, "EUR",
         "new LED Christmas light strings come coiled on cards in retail boxes, one kind to a carton; these "
         "gaylords hold a tangle of used, cut and broken light strings, transformers, old incandescent sets with "
         "PVC flex and light-up figures with their batteries still in, swept out of a Dutch garden centre's returns "
         "and a municipality's street-decoration store, for a Tema yard that burns cable for copper: waste "
         "electrical equipment and PVC cable (A1180, A1190), whose export to a non-OECD country is banned, from "
         "Rotterdam; Dutch wording (fairy lights repeat three times, blind121, blind169, blind300, and Christmas light strings in blind199; kept as a "
         "repeat, a garden centre's Christmas-light returns to Ghana are the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "950510",
         "Décorations de Noël, neuves, assortiment, 1 conteneur", "FR", 5200, None, 6500, "EUR",
         "a Christmas-decoration container for Dakar: new baubles and tinsel garlands are what the Le Havre "
         "wholesaler sends, but the third item's 'personnages gonflables' are 400 used inflatable Santas and "
         "snowmen with burnt-out blower motors, cracked LED projectors and lead-acid garden-display batteries from "
         "a French shopping-centre contractor's store, 2.8 t of e-waste in all: waste electrical equipment and "
         "lead-acid batteries (A1180, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; French wording (inflatables once or twice on other "
         "goods; inflatable Christmas figures behind baubles were found in no earlier row by a keyword search)",
         dict({"importer_country": "SN"},
              _more_items=[item("950510", "Guirlandes en lamé, neuves, 10 000 pièces", "FR", 1200, 3000, "EUR", qty=10000),
                           item("950510", "Personnages gonflables de Noël, 400 pièces", "FR", 2800, 800, "EUR", qty=400)])),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "ID", "481099",
         "Carta da regalo, rifili puliti, in balle, per cartiera, 24 t", "IT", 24000, None, 2400, "EUR",
         "clean gift-wrap trimmings for a paper mill are bales of one grade of printed paper; these bales hold "
         "metallised PET film, glitter-coated PVC wrap, polypropylene ribbons and bows, cellophane and foam "
         "inserts from a Milan gift-wrapping contractor and gift-shop chain returns, with hardly any paper: mixed "
         "plastic waste (Y48, not sorted for recycling), whose export to a non-OECD country the Union forbids, from "
         "Genoa to Surabaya; Italian wording (plastic waste under paper labels repeats in many sets; a gift-wrap "
         "trimmings label was found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "950510",
         "Künstliche Weihnachtsbäume, gebraucht, gute Qualität, 800 Stück", "AT", 9600, 800, 4000, "EUR",
         "used artificial Christmas trees for resale are boxed, whole and clean; these 800 are 1970s-90s PVC trees "
         "with brittle, lead-stabilised needles, crushed pre-lit trees with cut wiring and transformers, and the "
         "broken light sets of a Vienna hotel chain's lobbies, for a Bihać scrap dealer who burns them for the "
         "wire: waste electrical equipment and lead-bearing PVC (A1180, A1190), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry from Vienna through Slovenia and Croatia; Austrian German wording "
         "(e-waste with Christmas light strings once took this road, blind199, and an artificial-tree label once, blind136, "
         "on new trees; kept as a repeat of the route, used artificial Christmas trees are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "284321",
         "Roztwór do posrebrzania bombek, nowy, 40 mauzerów", "PL", 36000, 40, 8000, "EUR",
         "fresh silvering solution for glass baubles is a clear, colourless ammoniacal silver-nitrate liquid with "
         "a maker's label; these 40 IBCs hold a grey-black, cloudy liquid with silver sludge and a smell of "
         "ammonia and formaldehyde, the spent silvering and rinse baths of a Podkarpacie bauble works, for a "
         "Lviv 'silver recoverer' with no permit: spent silvering baths with silver and reducing agents (06 03 13*, "
         "11 01 98*), hazardous waste whose export to a non-OECD country is banned, on tanker lorries at Korczowa; "
         "Polish wording (silvering baths repeat in several sets and a Christmas-ornament works' baths once, blind202, kept as "
         "a repeat of the good; from a Polish bauble works to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "NG", "330749",
         "Geurstokjes-cadeausets en geurkaarsen, nieuw, 1 container", "BE", 14000, None, 9000, "EUR",
         "new reed-diffuser gift sets are boxed, sealed and of one season's range; these pallets hold a gift-shop "
         "chain's written-off Christmas stock, leaking and broken diffuser bottles of flammable solvent, damaged "
         "scented candles and aerosol room sprays, unsaleable and collected for destruction: discarded products "
         "with hazardous substances (16 03 05*, flammable), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Lagos; Flemish wording (diffusers repeat in several sets as goods; a gift-shop "
         "chain's written-off Christmas stock was found in no earlier row)", {"importer_country": "NG"}),
        ("WST-07", "export", "CZRAIL01", "rail", "CZ", [], "KZ", "940531",
         "Vánoční dekorace, svítící domečky a sněžítka, nové, 3 200 kg", "CZ", 3200, None, 5000, "EUR",
         "new light-up Christmas village houses and musical snow globes come in gift boxes with the batteries "
         "separate; these cartons hold dead and broken ones from a Prague Christmas-market operator's and gift "
         "shops' returns, with leaking button cells, AA batteries and corroded boards inside, for an Almaty "
         "'repair' yard: waste electrical equipment with batteries (A1180), hazardous waste whose export to a "
         "non-OECD country is banned, by rail from Prague; Czech wording (snow globes and light-up village houses "
         "were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("WST-08", "export", "SISEA01", "sea", "SI", [], "EG", "850710",
         "Rabljene vlečne baterije za viličarje, delujoče, 60 kosov", "SI", 36000, 60, 12000, "EUR",
         "used working traction batteries come tested, charged, with a capacity report; these 60 have cracked "
         "cases, sulphated plates, dry cells and acid crust, scrapped by a Koper logistics centre: waste lead-acid "
         "batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Koper to "
         "Alexandria; Slovenian wording (lead-acid batteries repeat in many sets, kept as a repeat; forklift "
         "traction batteries from Koper to Egypt are the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "HUROAD01", "road", "HU", [], "RS", "681381",
         "Használt fékbetétek, újrafelhasználásra, 6 t", "HU", 6000, None, 1200, "EUR",
         "used brake pads for reuse would be sorted pairs with wear left; these bags hold worn linings stripped "
         "from old Soviet-era lorries and railway wagons with asbestos-fibre friction material that crumbles: "
         "waste containing asbestos (16 01 11*), hazardous waste whose export to a non-OECD country is banned, at "
         "Röszke for a Subotica dealer; Hungarian wording (asbestos repeats in many sets; a brake-pad reuse label "
         "from Hungary was found in no earlier row)", {"importer_country": "RS"}),
        ("WST-10", "export", "ROSEA01", "sea", "RO", [], "GE", "850421",
         "Transformatoare electrice folosite, funcționale, 12 bucăți", "RO", 30000, 12, 18000, "EUR",
         "used working transformers come drained or tested, with a PCB-free certificate; these 12 are 1970s "
         "distribution transformers still filled with askarel oil, their plates reading 'Sovol', pulled from a "
         "Craiova substation: PCB-containing waste equipment (16 02 09*), hazardous waste whose export to a "
         "non-OECD country is banned, from Constanța to Poti; Romanian wording (PCB transformers repeat in several "
         "sets, kept as a repeat; from Romania to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "TN", [], "FR", "382499",
         "Bombes de givre décoratif pour vitrines de Noël, 400 ml, 2 400 bombes", "TN", 1150, 2400, 2900, "EUR",
         "window-frost sprays for Christmas shop windows are a chalky lacquer in butane or dimethyl ether that "
         "smells of solvent and burns at the nozzle; these 2,400 cans do not burn at the nozzle, smell faintly "
         "sweet and a test names trichlorofluoromethane in the propellant: CFC-11 in aerosol products, whose import "
         "into the Union is banned, by sea from Radès to Marseille for a shop-window decorator; Tunisian French "
         "wording (CFC-11 repeats in many sets and snow sprays in several; a window-frost label once, blind243, on "
         "crystals; a window-frost aerosol was found in no earlier row by a keyword search)", firm("Atlantic Vitrines SARL", "FR")),
        ("OZN-02", "import", "ESSEA01", "sea", "CO", [], "ES", "950590",
         "Espuma de nieve en aerosol para fiestas navideñas, 250 ml, 6.000 latas", "CO", 1900, 6000, 3000, "USD",
         "the party snow-foam cans thrown at Colombian Christmas and New Year fiestas are a soapy foam in butane "
         "that burns; these 6,000 cans do not burn, their contents boil off at once and the filler's drum labels "
         "read 'R-12': CFC-12 (dichlorodifluoromethane) as a propellant in products whose import into the Union is "
         "banned, by sea from Cartagena to Valencia for a party and Christmas-decoration wholesaler; Colombian "
         "Spanish wording (CFC-12 repeats in many sets and party-foam labels in a few; kept as a repeat, "
         "Colombian Christmas snow foam is the new part as far as a search found)", firm("Vega Fiestas SL", "ES")),
        ("OZN-03", "import", "ATROAD01", "road", "TR", ["BG", "RO", "HU"], "AT", "841869",
         "Mobil buz pisti soğutma ünitesi, 200 kW, 2 adet", "TR", 7000, 2, 60000, "EUR",
         "the mobile chillers hired out for Christmas-market ice rinks run on ammonia, CO2 or a glycol loop with "
         "an HFO unit and come with a certificate; these two units are rebuilt 1990s chillers with plates reading "
         "'R22' and 380 kg of chlorodifluoromethane in their circuits: equipment containing HCFC-22, whose import "
         "into the Union is banned, on lorries from Istanbul for a Vienna Christmas-market ice-rink hirer; Turkish "
         "wording (ice-rink chillers repeat in a few sets, kept as a repeat of the good; for a Christmas-market rink "
         "by road from Türkiye is the new part as far as a search found)", firm("Alpina Eisbahnen GmbH", "AT")),
        ("OZN-04", "import", "GRSEA01", "sea", "EG", [], "GR", "842410",
         "طفايات حريق بودرة لأكشاك أسواق عيد الميلاد، 2 كغ، 500 قطعة", "EG", 1400, 500, 3500, "USD",
         "the small powder extinguishers fitted in Christmas-market stalls hold dry ABC powder that rattles; these "
         "500 cans hold a liquid that hisses into a sweet-smelling gas, leaving no dust, and the valve collars read "
         "'BCF': halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import into the "
         "Union is banned, by sea from Alexandria to Piraeus for an Athens Christmas-market stall builder; Egyptian "
         "Arabic wording (halon 1211 repeats in many sets; a Christmas-market stall extinguisher was found in no "
         "earlier row by a keyword search)", firm("Delta Periptera AE", "GR")),
        ("OZN-05", "import", "DEAIR01", "air", "IN", [], "DE", "350691",
         "கிறிஸ்துமஸ் அலங்காரங்களுக்கான மினுமினுப்பு ஒட்டும் ஸ்ப்ரே, 400 மி.லி, 1,200 கேன்கள்", "IN", 620, 1200, 1800,
         "USD",
         "glitter-glue sprays for Christmas ornaments are acrylic adhesives in acetone and butane that burn; these "
         "1,200 cans do not burn, the solvent boils off in the warm hand at 32 °C with an ether smell and the inner "
         "labels read '141b': HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Chennai to Frankfurt for a Christmas-decoration maker in the Erzgebirge; Tamil wording (HCFC-141b "
         "repeats in many sets; a glitter-glue spray label was found in no earlier row by a keyword search)",
         firm("Central Weihnachtsschmuck GmbH", "DE")),
        ("OZN-06", "transit", "DESEA01", "sea", "CN", ["DE"], "CH", "340290",
         "蜡烛滴蜡清除剂 (桌布、地毯用), 500毫升, 4,800瓶", "CN", 3800, 4800, 4300, "USD",
         "candle-wax removers for tablecloths and carpets are citrus solvents of 0.85 kg/l that smell of orange "
         "and burn; these 4,800 bottles weigh 1.59 kg/l, do not burn and smell sweet like chloroform: carbon "
         "tetrachloride, moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Hamburg in transit from Ningbo to a Basel candle-and-gift wholesaler; Chinese wording (carbon "
         "tetrachloride repeats in many sets and candle-wax labels in several; kept as a repeat, a tablecloth wax "
         "remover in transit through Hamburg to Basel is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-07", "import", "ROROAD01", "road", "MD", [], "RO", "380891",
         "Spray insecticid pentru brazi de Crăciun în ghiveci, 500 ml, 3.000 bucăți", "MD", 1600, 3000, 2400, "EUR",
         "insect sprays for potted Christmas trees are pyrethrin in water or butane that burns; these 3,000 cans "
         "do not burn at the nozzle, read 5.7 bar at 20 °C and a leak detector names dichlorodifluoromethane: "
         "CFC-12 as a propellant in products whose import into the Union is banned, in a van at Albița for a Iași "
         "garden centre's Christmas department; Romanian wording from Moldova (CFC-12 repeats in many sets; a "
         "potted-Christmas-tree spray label was found in no earlier row by a keyword search)",
         firm("Rivage Grădină SRL", "RO")),
        ("OZN-08", "import", "PLAIR01", "air", "HK", [], "PL", "950590",
         "派對氣笛喇叭 (新年倒數用), 3,000支", "HK", 900, 3000, 2100, "USD",
         "the party air horns sold for New Year's Eve hold a little propane-butane or HFC-152a and burn at the "
         "nozzle; these 3,000 horns do not burn, read 9.8 bar at 20 °C and a detector names chlorodifluoromethane: "
         "HCFC-22 in products whose import into the Union is banned, flown from Hong Kong to Warsaw for a party and "
         "seasonal-goods wholesaler; Cantonese-Chinese wording (HCFC-22 repeats in many sets and air-horn labels in "
         "several, kept as a repeat; a New Year's countdown horn from Hong Kong is the new part as far as a search "
         "found)", firm("Meridian Sylwester Sp. z o.o.", "PL")),
        ("OZN-09", "export", "IESEA01", "sea", "IE", [], "SL", "841869",
         "Used milk cooling tanks, working, 14 pcs", "IE", 16800, 14, 7000, "EUR",
         "used bulk milk tanks for export run on R-404A or newer gases and come drained; these 14 are 1980s tanks "
         "with R-502 condensing units charged and plates reading 'R502': equipment relying on CFC-115 and "
         "HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Cork to Freetown; Irish English "
         "wording (CFC equipment for export repeats in many sets, kept as a repeat; R-502 milk tanks to Sierra "
         "Leone are the new part as far as a search found)", {"importer_country": "SL"}),
        ("OZN-10", "import", "NLAIR01", "air", "TH", [], "NL", "950510",
         "โคมดาวกระดาษสำหรับคริสต์มาส 2,000 ชิ้น", "TH", 600, 2000, 3000, "USD",
         "a Christmas-decoration air shipment for an Amsterdam gift-shop chain: paper star lanterns and rattan "
         "reindeer are what the Chiang Mai supplier sends, but the third item's 'น้ำยาทำความสะอาดหน้าสัมผัส' are "
         "240 cans of contact cleaner for light strings that weigh 1.57 kg/l, do not burn and whose inner labels "
         "read 'CFC-113': trichlorotrifluoroethane, whose import into the Union is banned, hidden as the last item "
         "of a three-item declaration, flown from Chiang Mai via Bangkok; Thai wording (CFC-113 repeats in many "
         "sets; a light-string contact cleaner behind paper star lanterns was found in no earlier row)",
         dict(firm("Horizon Cadeau BV", "NL"),
              _more_items=[item("460219", "กวางเรนเดียร์หวาย, 300 ชิ้น", "TH", 450, 2400, "USD", qty=300),
                           item("340290", "น้ำยาทำความสะอาดหน้าสัมผัส, 240 กระป๋อง", "TH", 75, 240, "USD", qty=240)])),
    ],
    "cultural": [
        ("CUL-01", "export", "ITAIR01", "air", "IT", [], "US", "950510",
         "Statuine per presepe, riproduzioni in terracotta dipinta, 12 pezzi", "IT", 9, 12, 600, "EUR",
         "reproduction crib figures are cast resin or new terracotta with bright paint, all alike; these 12 have "
         "carved wooden limbs on tow-and-wire bodies, glass eyes, terracotta heads of fine modelling and faded "
         "silk clothes: 18th-century Neapolitan presepe figures (pastori), cultural goods over 100 years old worth "
         "tens of thousands of euros, exported without the EU export licence (Regulation 116/2009) or the Italian "
         "certificate, flown from Naples to a New York dealer; Italian wording (crib figures repeat in two sets, "
         "blind118 and blind177, kept as a repeat of the good; a reproduction label from Naples to the United States "
         "is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-02", "import", "DEAIR01", "air", "ET", [], "DE", "950510",
         "የገና ዛፍ ጫፍ ማስጌጫ መስቀል፣ ነሐስ፣ 3 ቁራጭ", "ET", 6, 3, 90, "USD",
         "brass Christmas-tree topper crosses for the souvenir trade are new, thin, bright castings; these three are "
         "heavy, dark bronze processional crosses with worn engraving of saints, a socket for the staff and wax and "
         "soot in the lattice, taken from a church in Tigray: religious objects removed from Ethiopia against its "
         "export ban, brought in without the import licence Regulation 2019/880 requires, flown from Addis Ababa to "
         "Frankfurt for a Christmas gift shop; Amharic wording (Ethiopian processional crosses repeat in many sets "
         "and a Christmas-tree topper label once, blind167; kept as a repeat, from Addis Ababa to a Frankfurt gift shop is the new part)",
         firm("Nordhafen Geschenke GmbH", "DE")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "442199",
         "Nacimiento ayacuchano, artesanía en madera policromada, 1 pieza", "PE", 8, 1, 120, "USD",
         "an Ayacucho nativity is a new box retablo of painted potato-paste figures; this is a carved, gessoed and "
         "gilded cedar Child Jesus with estofado robes, glass eyes and worm holes, with an old parish inventory "
         "number: an 18th-century Cusco-school image taken from an Andean church, whose export Peru forbids, "
         "brought in without the import licence (Regulation 2019/880) for a Madrid Christmas-crib shop; Peruvian "
         "Spanish wording (colonial Peruvian images repeat in several sets; a nativity-crib craft label was found "
         "in no earlier row by a keyword search)", firm("Orion Belenes SL", "ES")),
        ("CUL-04", "import", "DEAIR01", "express", "TR", [], "DE", "970191",
         "Ahşap Noel dekorasyon paneli, el boyaması, 1 adet", "TR", 4, 1, 80, "EUR",
         "a painted wooden Christmas panel is new plywood with acrylic paint; this is a gessoed icon panel of the "
         "Nativity in egg tempera on gold ground, with a split board, worm channels and a church inventory mark "
         "on the back: a 16th-century Cypriot icon stolen from a church in the north of Cyprus, brought in "
         "without the import licence Regulation 2019/880 requires, sent by express from Istanbul to a Munich "
         "dealer; Turkish wording (Cypriot icons repeat in several sets; a Christmas-panel label was found in no "
         "earlier row by a keyword search)", firm("Vega Kunsthandel GmbH", "DE")),
        ("CUL-05", "import", "FRAIR01", "air", "DZ", [], "FR", "691390",
         "حاملات شموع من الطين لعيد الميلاد، طراز قديم، 60 قطعة", "DZ", 12, 60, 150, "EUR",
         "antique-style clay tealight holders are new, moulded and glazed, all alike; these 60 are red-slip "
         "oil lamps with moulded discs of chi-rho, birds and gladiators, soot at the nozzle and earth inside: "
         "Roman and late-antique North African lamps dug at sites in eastern Algeria, whose export Algeria "
         "forbids, brought in without the importer statement (Regulation 2019/880), flown from Algiers to Lyon for "
         "a gift shop; Algerian Arabic wording (Roman lamps repeat in several sets; a Christmas tealight-holder "
         "label was found in no earlier row by a keyword search)", firm("Meridian Cadeaux SARL", "FR")),
        ("CUL-06", "import", "NLAIR01", "air", "KH", [], "NL", "830610",
         "កណ្តឹងបុណ្យណូអែល លង្ហិន ថ្មី ៥០០ គ្រាប់", "KH", 150, 500, 1500, "USD",
         "a gift-shop air shipment for Utrecht: new brass Christmas bells and silk-covered gift boxes are what the "
         "Phnom Penh supplier sends, but the third item's 'កណ្តឹងបុរាណ' are four heavy, green-patinated bronze "
         "bells and a finial with Angkorian kbach decoration and earth inside: Khmer bronzes (11th-13th century) "
         "looted from temple sites, whose export Cambodia forbids, brought in without an import licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration; Khmer wording (Khmer bronzes "
         "repeat in several sets; behind Christmas bells is the new part as far as a search found)",
         dict(firm("Alpina Cadeauwinkel BV", "NL"),
              _more_items=[item("481950", "ប្រអប់កាដូស្រោបសូត្រ ១០០០", "KH", 200, 1200, "USD", qty=1000),
                           item("830610", "កណ្តឹងបុរាណ ៥", "KH", 28, 60, "USD", qty=5)])),
        ("CUL-07", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Adornos navideños de barro, artesanía de Chinautla, 40 piezas", "GT", 10, 40, 120, "USD",
         "Chinautla clay Christmas ornaments are new, white, light angels and doves; these 40 are burnished "
         "polychrome figurines and whistles with Maya faces, root marks and soil in the hollows: Classic Maya "
         "figurines from Petén, whose export Guatemala forbids, brought in without the import licence "
         "(Regulation 2019/880), flown from Guatemala City to Madrid for a Christmas-decoration shop; Guatemalan "
         "Spanish wording (Maya objects repeat in many sets and a Chinautla-craft label once, blind113, to Madrid; kept as a "
         "repeat, Christmas-ornament wording is the new part as far as a search found)", firm("Central Adornos SL", "ES")),
        ("CUL-08", "transit", "ATAIR01", "air", "LB", ["AT"], "CH", "691490",
         "Handmade clay coasters, decorative, 25 pcs", "LB", 5, 25, 60, "USD",
         "handmade clay coasters are new, flat, fired tiles; these 25 are sun-dried clay tablets and cones covered "
         "in cuneiform signs, with salt bloom and soil: Mesopotamian cuneiform tablets looted in Iraq, landed at "
         "Vienna in transit from Beirut to a Geneva dealer, against Regulation 2019/880 (Article 3(1)) and the "
         "Iraq sanctions rules; English wording (cuneiform tablets repeat in many sets, kept as a repeat; a "
         "coaster label in transit through Vienna is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "GB", "680291",
         "Jardinera de piedra para jardín, envejecida, 1 pieza", "ES", 450, 1, 400, "EUR",
         "an aged stone garden planter is new sandstone with an acid patina; this is a carved limestone capital "
         "with lions and foliage, tool marks and a mortar socket, removed from a ruined Romanesque church in "
         "Palencia: part of a monument whose export Spain forbids without a permit, exported without the EU export "
         "licence (Regulation 116/2009), from Bilbao to a Bristol garden-antiques dealer; Spanish wording "
         "(Romanesque capitals repeat in several sets, kept as a repeat; a garden-planter label to Britain is the "
         "new part as far as a search found)", {"importer_country": "GB"}),
        ("CUL-10", "export", "HRAIR01", "air", "HR", [], "US", "490199",
         "Stari tiskani kalendar, listovi, 20 komada", "HR", 0.8, 20, 40, "EUR",
         "old printed calendar leaves are machine-printed paper; these 20 are parchment leaves written in "
         "angular Glagolitic script with red initials and musical neumes, cut from a 15th-century missal of a "
         "Kvarner island parish: manuscript leaves over 50 years old exported without the EU export licence "
         "(Regulation 116/2009) and the Croatian permit, flown from Zagreb to a Chicago dealer; Croatian wording "
         "(manuscript leaves repeat in many sets and Glagolitic missals in a few, blind46 and blind74 among "
         "them; kept as a repeat, a calendar label from Zagreb to Chicago is the new part as far as a search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "air", "LV", [], "KG", "854231",
         "Ziemassvētku virteņu kontrolieri, 15 000 gab.", "LV", 60, 15000, 7500, "EUR",
         "controllers for LED Christmas light strings are small plastic boxes with a cheap chip and a button at "
         "half a euro; these reels hold 15,000 new, sealed industrial microcontrollers, FPGAs and GNSS receiver "
         "chips with distributor labels, worth thirty times the declared value, for a Bishkek 'seasonal lighting' "
         "firm whose freight goes on to Moscow: integrated circuits (8542 31) and GNSS receivers on the common "
         "high-priority list, whose export and re-export to Russia Regulation 833/2014 forbids, flown from Riga; "
         "Latvian wording (ICs repeat in many sets; a Christmas light-string controller label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "PLROAD01", "road", "PL", ["LT", "LV"], "KZ", "950300",
         "Zabawkowe drony na prezenty świąteczne, 500 szt.", "PL", 900, 500, 9000, "EUR",
         "toy drones for Christmas presents are 100 g palm-sized quadcopters at 20 EUR; these 500 are folding "
         "camera drones of 900 g with 4/3 cameras, 40-minute batteries and 15 km transmission, at 1,800 EUR each, "
         "for an Astana 'toy wholesaler' whose earlier loads went on to Russia: unmanned aerial vehicles (8806) "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, on a lorry "
         "from Warsaw; Polish wording (camera drones repeat in many sets and toy-drone labels in several, kept as a "
         "repeat; a Christmas-present label is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "AM", "852859",
         "Digitaaliset valokuvakehykset joululahjoiksi, 10 tuumaa, 80 kpl", "FI", 90, 80, 2400, "EUR",
         "digital photo frames for Christmas gifts are cheap 10-inch screens with a memory-card slot; these 80 "
         "are uncooled thermal imaging cores and hand-held thermal cameras of 640 x 512 pixels at 30 Hz, without "
         "any frame, at 4,000 EUR each, for a Yerevan 'gift' importer whose goods go on to Russia: thermal cameras "
         "(dual-use 6A003) on the list whose export to Russia Regulation 833/2014 forbids, exported without a "
         "licence and for re-export, flown from Helsinki; Finnish wording (thermal cameras repeat in many sets; a "
         "photo-frame gift label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "import", "LTRAIL01", "rail", "KZ", [], "LT", "442199",
         "Ағаш шырша ойыншықтары, қолдан боялған, 40 000 дана", "KZ", 8000, 40000, 24000, "USD",
         "Kazakh wooden Christmas ornaments would be few and come with a Kazakh maker's papers; this wagon of "
         "turned and painted birch baubles, matryoshka toppers and snowflakes carries Kirov and Semenov factory "
         "marks under the labels and a Kazakh certificate of origin from a trader in Petropavl: Russian wood "
         "products (Annex XXI of Regulation 833/2014), whose import into the Union is forbidden, by rail at Kena "
         "for a Vilnius Christmas-decoration wholesaler; Kazakh wording (Russian goods under Kazakh origin repeat "
         "in many sets; wooden Christmas ornaments were found in no earlier row by a keyword search)",
         firm("Vega Kalėdos UAB", "LT")),
        ("STR-05", "import", "ITAIR01", "air", "AM", [], "IT", "711719",
         "Ոսկեզօծ զարդեր Սուրբ Ծննդյան նվերների համար, 400 հատ", "AM", 6, 400, 4000, "USD",
         "gold-plated gift jewellery is brass with a micron of gold at 10 EUR a piece; these 400 chains and "
         "bangles are solid 585 and 750 gold, 6 kg in all, with Moscow assay marks filed off but Russian hallmark "
         "registers in the consignment file, worth some 300,000 EUR: gold jewellery of Russian origin (7113), whose "
         "import into the Union Regulation 833/2014 forbids, flown from Yerevan to Milan for a gift and jewellery "
         "shop; Armenian wording (Russian gold repeats in several sets; a gold-plated Christmas-gift jewellery "
         "label was found in no earlier row by a keyword search)", firm("Orion Gioielli Srl", "IT")),
        ("STR-06", "import", "PLROAD01", "road", "UA", [], "PL", "442199",
         "Дерев'яні адвент-календарі, 2 000 шт.", "UA", 6000, 2000, 8000, "EUR",
         "Ukrainian wooden advent calendars come from Zhytomyr and Lviv workshops with their papers; these 2,000 "
         "pine calendars carry the stamps of a Babruysk woodworking plant under the labels and a Ukrainian "
         "certificate of origin from a Kovel trader who never made them: Belarusian wood products, whose import "
         "into the Union Regulation 765/2006 forbids, at Yahodyn for a Warsaw Christmas-decoration chain; "
         "Ukrainian wording (Belarusian wood repeats in several sets; advent calendars appear in a few rows, "
         "blind136 among them, on other goods, and on Belarusian wood in no earlier row)", firm("Rivage Dekoracje Sp. z o.o.", "PL")),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "PK", "850440",
         "Frequenzumrichter für Textilmaschinen, 8 Stück", "AT", 120, 8, 6000, "EUR",
         "frequency converters for textile machines run to a few hundred hertz; these eight are multiphase "
         "converters of 600-2,000 Hz with 0.1 % frequency control, for a Lahore 'spinning mill' linked to a "
         "centrifuge programme: frequency changers controlled under dual-use 3A225, exported without the licence "
         "Regulation 2021/821 requires, flown from Vienna; Austrian German wording (frequency changers repeat in "
         "many sets, kept as a repeat; to Pakistan from Austria is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "IQ", "292215",
         "Base cosmética para cremas, 40 bidones de 200 kg", "ES", 8000, 40, 12000, "EUR",
         "a cosmetic cream base is an emulsion of waxes and oils in pails; these 40 drums hold a viscous, "
         "colourless, ammonia-smelling liquid with the maker's CAS 102-71-6, 99 %: triethanolamine (dual-use "
         "1C350, a chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, from "
         "Valencia to Umm Qasr for a Basra 'cosmetics' firm whose shipments go on to Iran; Spanish wording "
         "(triethanolamine repeats in several sets, kept as a repeat; a cream-base label is the new part as far as "
         "a search found)", {"importer_country": "IQ"}),
        ("STR-09", "export", "CZAIR01", "air", "CZ", [], "KG", "903020",
         "Osciloskopy, použité, pro výuku, 30 ks", "CZ", 300, 30, 3000, "EUR",
         "used teaching oscilloscopes are old 100 MHz benches at 100 EUR; these 30 are new-in-box 4 GHz "
         "mixed-signal oscilloscopes at 30,000 EUR each, for a Bishkek 'college' whose forwarder's address is a "
         "Moscow defence electronics firm: oscilloscopes on the list whose export and re-export to Russia "
         "Regulation 833/2014 forbids, flown from Prague; Czech wording (oscilloscopes repeat in several sets; "
         "kept as a repeat, a used teaching label to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-10", "export", "ITROAD01", "road", "IT", ["AT", "HU", "RO"], "GE", "190590",
         "Panettone artigianale, confezioni regalo, 4.000 pezzi", "IT", 4800, 4000, 40000, "EUR",
         "a Christmas-hamper lorry for a Tbilisi importer: panettoni and sparkling wine are what the Milan "
         "gift-hamper maker sends, but the third item's 'orologi da regalo, bigiotteria' are 60 Swiss mechanical "
         "watches at 6,000-20,000 EUR each, ordered by a Moscow department store through the Tbilisi firm: luxury "
         "goods (Annex XVIII, above 300 EUR an item) whose sale for use in Russia Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration, on a lorry from Milan; Italian wording (luxury "
         "watches repeat in several sets; behind Christmas hampers is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("220410", "Spumante, 2.400 bottiglie", "IT", 3000, 14000, "EUR", qty=2400),
                           item("910221", "Orologi da regalo, bigiotteria, 60 pezzi", "IT", 9, 1200, "EUR", qty=60)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "950510",
         "Enfeites de Natal com penas, artesanato, 600 unidades", "BR", 30, 600, 900, "USD",
         "feather Christmas ornaments for the trade use dyed goose and chicken feathers, even in colour and "
         "stiff; these 600 stars and birds are made of long, glossy red, blue and yellow tail and wing feathers "
         "with natural gradients: scarlet and blue-and-yellow macaw and hyacinth macaw feathers (Ara macao and "
         "Anodorhynchus hyacinthinus, CITES App. I; Ara ararauna App. II) without CITES documents, flown from "
         "Belém to Lisbon for a Christmas-decoration shop; Brazilian Portuguese wording (macaw feathers repeat in "
         "several sets and Christmas-ornament labels on wildlife once, blind220; feather ornaments were found in no earlier row)",
         firm("Atlantic Enfeites Lda", "PT")),
        ("WLF-02", "import", "FRSEA01", "sea", "MG", [], "FR", "442199",
         "Crèches de Noël sculptées en bois, artisanat, 300 pièces", "MG", 900, 300, 1800, "USD",
         "Malagasy nativity scenes for gift shops are carved in pale, light woods and painted; these 300 are of "
         "jet-black, heavy, fine-grained wood that sinks in water, with some figures of dark red-violet, "
         "rose-scented wood: Malagasy ebony and rosewood (Diospyros and Dalbergia spp., CITES App. II, under a zero "
         "export quota) without CITES documents, by sea from Toamasina to Marseille for a Christmas-crib shop; "
         "French wording from Madagascar (Malagasy ebony and rosewood repeat in many sets, kept as a repeat; "
         "carved Christmas cribs were found in no earlier row by a keyword search)", firm("Horizon Santons SARL", "FR")),
        ("WLF-03", "import", "FRAIR01", "air", "HT", [], "FR", "950510",
         "Dekorasyon Nwèl an kokiy, atizana, 2 000 pyès", "HT", 400, 2000, 1500, "USD",
         "shell Christmas ornaments for export are small cowries and scallops on wire; these 2,000 are cut from "
         "heavy, pink-lipped conch shells with flared lips, some whole shells as tree-skirt weights: queen conch "
         "(Aliger gigas, CITES App. II) without the Haitian export permit, flown from Port-au-Prince to Paris for a "
         "Caribbean gift shop; Haitian Creole wording (queen conch repeats in many sets, kept as a repeat of the "
         "good; a Christmas-ornament label in Creole is the new part as far as a search found)",
         firm("Central Souvenirs Antilles SARL", "FR")),
        ("WLF-04", "import", "NLAIR01", "air", "FJ", [], "NL", "950510",
         "Natural white branch decor for festive displays, 250 pcs", "FJ", 500, 250, 1000, "USD",
         "white branch decor for Christmas window displays is bleached driftwood or painted resin; these 250 are "
         "bleached, porous, branching skeletons with star-shaped cups on every tip, heavy and chalky: hard corals "
         "(Acropora and Pocillopora spp., Scleractinia, CITES App. II) without CITES documents, flown from Nadi to "
         "Amsterdam for a shop-window and seasonal-display decorator; Fijian English wording (hard corals repeat in "
         "many sets; a festive branch-decor label was found in no earlier row by a keyword search)",
         firm("Delta Etalage BV", "NL")),
        ("WLF-05", "import", "DKAIR01", "air", "CA", [], "DK", "950510",
         "Caribou antler carved Christmas ornaments, 120 pcs", "CA", 6, 120, 1800, "CAD",
         "caribou-antler ornaments are grey-brown, porous in the core and rough at the base; these 120 snowflakes "
         "and stars are of dense, creamy, spiral-grooved ivory with no porous core, cut from a tusk: narwhal "
         "ivory (Monodon monoceros, CITES App. II) without the Canadian export permit, flown from Iqaluit via "
         "Ottawa to Copenhagen for a Christmas gift shop; Canadian English wording (narwhal repeats in many sets, "
         "kept as a repeat of the good; a carved Christmas-ornament label is the new part as far as a search found)",
         firm("Nordhafen Julegaver ApS", "DK")),
        ("WLF-06", "import", "CZAIR01", "air", "LA", [], "CZ", "060290",
         "ກິ່ງພັນດອກຄຣິສມາສ (Poinsettia) ສຳລັບປູກ, 2,000 ກິ່ງ", "LA", 60, 2000, 800, "USD",
         "poinsettia cuttings come rooted in plugs, all one bright red variety, from licensed nurseries with "
         "plant-health papers; these boxes hold wild-collected slipper orchids with soil and moss on the roots, "
         "Paphiopedilum from the limestone hills of northern Laos, under a layer of cuttings: Paphiopedilum spp. "
         "(CITES App. I) without CITES documents, flown from Vientiane via Bangkok to Prague for a garden centre's "
         "Christmas department; Lao wording (slipper orchids repeat in several sets; a poinsettia-cutting label "
         "was found in no earlier row by a keyword search)", firm("Vega Zahradnictví s.r.o.", "CZ")),
        ("WLF-07", "import", "ESAIR01", "express", "EC", [], "ES", "950510",
         "Adornos navideños de colibríes artesanales, 50 piezas", "EC", 1, 50, 75, "USD",
         "hummingbird Christmas ornaments for the trade are felt, glass or feathers glued on a foam body; these "
         "50 are whole, dried hummingbird skins with iridescent throats and the skulls still in, wired to clips: "
         "Trochilidae spp. (CITES App. II) without CITES documents, sent by express from Quito to a private buyer "
         "in Seville; Ecuadorian Spanish wording (hummingbirds repeat in several sets, kept as a repeat; as "
         "Christmas ornaments from Ecuador is the new part as far as a search found)", person("Sra. Carmen López", "ES")),
        ("WLF-08", "import", "DEAIR01", "air", "PG", [], "DE", "440122",
         "Christmas incense wood chips, aromatic, 80 kg", "PG", 80, None, 800, "USD",
         "aromatic incense wood chips for Advent smoking are cedar or sandalwood-oil-dosed pine at a few euros a "
         "kilo; these 80 kg are dark, resin-streaked, heavy chips that sink in water and smell of agar when "
         "warmed: resinous Gyrinops agarwood (CITES App. II) without CITES documents, worth hundreds of euros a "
         "kilo, flown from Port Moresby to Frankfurt for an Erzgebirge incense and Christmas-smoker maker; Papua "
         "New Guinea English wording (agarwood repeats in many sets, kept as a repeat of the good; a Christmas "
         "incense-chip label was found in no earlier row)", firm("Meridian Räucherwaren GmbH", "DE")),
        ("WLF-09", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "050790",
         "Dried fish scales for animal feed, 300 kg", "NG", 300, None, 600, "USD",
         "fish scales for feed are thin, translucent, silvery flakes; these sacks hold thick, brown, keratin "
         "scales the size of a thumbnail with ridged tips: pangolin scales (Manis and Phataginus spp., CITES App. "
         "I) without CITES documents, landed at Paris in transit from Lagos to Hanoi; Nigerian English wording "
         "(pangolin scales repeat in many sets and fish-scale labels on them in several, blind301 among them "
         "through Paris; kept as a repeat, a feed label from Lagos to Hanoi is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-10", "import", "BEAIR01", "air", "KE", [], "BE", "681599",
         "Vinyago vya mawe ya sabuni, 400", "KE", 400, 400, 1600, "USD",
         "a Nairobi curio air shipment for Brussels: soapstone carvings and sisal baskets are what the Kenyan "
         "exporter sends, but the third item's 'bangili za mifupa iliyochongwa' are 80 heavy, creamy bangles with "
         "Schreger lines on the cut ends: African elephant ivory (Loxodonta africana, CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration; Swahili wording (ivory bangles repeat in "
         "many sets; carved-bone bangles behind soapstone curios are the new part as far as a search found)",
         dict(firm("Orion Artisanat Africain SA", "BE"),
              _more_items=[item("460211", "Vikapu vya mkonge, 600", "KE", 300, 1800, "USD", qty=600),
                           item("960190", "Bangili za mifupa iliyochongwa, 80", "KE", 6, 160, "USD", qty=80)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CN", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching decorative pine cones)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-78-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "IN", "NL", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "IN", 1, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "NL-JV-78-0131")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "284321",
     "Spent silvering baths from glass-bauble making (06 03 13*), for silver recovery at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-78-0277")], "notified spent silvering baths to a licensed recoverer"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854911",
     "Waste Christmas light strings and light-up decorations with batteries, for recycling at a licensed plant, 6 t",
     "NO", 6000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-78-0088")], "notified waste seasonal lighting to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 650, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-78-017")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "GRSEA01", "sea", "US", "GR", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     750, 30, 15000, "USD", [("ODS_LICENCE", "GR-YPEN-ODS-78-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970390",
     "Neapolitan presepe figures, 18th century, 8 pieces, loan to a US museum's Christmas exhibition", "IT", 7, 8,
     120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-78-0219")],
     "crib figures exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "HRAIR01", "air", "HR", "GB", "490199",
     "Glagolitic printed breviary, 1561, documented collection, sold at auction", "HR", 2, 1, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HR-MK-EXP-78-0044")], "early printed book exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "NO", "852589",
     "Hand-held thermal imaging cameras 640 x 512, 30 Hz, 20 units, for a Norwegian fire and rescue service", "FI",
     30, 20, 90000, "EUR", [("EXPORT_LICENCE", "FI-UM-78-0061"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-78-0023")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "CH", "292215",
     "Triethanolamine 99 %, 40 drums of 200 kg, for a Swiss cosmetics maker", "ES", 8000, 40, 14000, "EUR",
     [("EXPORT_LICENCE", "ES-MINCO-78-0109"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-78-0072")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BS", "FR", "950510",
     "Queen conch shell Christmas ornaments (Aliger gigas), 500 units", "BS", 80, 500, 2500, "USD",
     [("CITES_PERMIT", "BS-DMR-78-0114")], "App. II conch shell products with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "440122",
     "Agarwood chips, plantation-grown (Aquilaria malaccensis), 20 kg, for incense", "ID", 20, None, 4000, "USD",
     [("CITES_PERMIT", "ID-KLHK-78-0326")], "App. II plantation agarwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Atlantic Aero Techniki AE", "PRM-11": "Central Souvenirs Antilles SARL", "PRM-12": "Meridian Räucherwaren GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # Christmas-decoration importers, bauble and candle makers, Christmas-market suppliers and gift shops
    ("290545", "Snow-globe refill liquid, glycerine and water, 250 ml", "import", ["post"], ["CN", "HK"], (10, 20), (1, 3), ["USD", "EUR"], 4, S),
    ("321290", "Mica glitter powder for candle decorating, 100 g jars", "import", ["express"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("560130", "Cellulose flocking powder for artificial trees, 20 kg sacks", "import", ["road"], ["UA", "TR"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("310590", "Christmas-tree freshness sachets, sugar and citric acid", "import", ["sea"], ["CN", "GE"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("284321", "Ammoniacal silver-nitrate silvering kits for glass baubles", "import", ["air"], ["MX", "CZ"], (30, 60), (50, 200), ["USD"], 1, S),
    ("330749", "Incense charcoal tablets with frankincense, boxed", "import", ["air"], ["ET", "IN"], (4, 8), (100, 400), ["USD"], 10, S),
    ("390690", "Sodium polyacrylate water-gel crystals for pot plants, 1 kg", "import", ["air"], ["KR", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("382499", "Decorative pine cones, natural, bleached, boxed", "import", ["sea"], ["VN", "CN"], (2, 4), (2000, 6000), ["USD"], 10, S),
    ("340290", "Citric descaler for mulled-wine urns, 5 l", "import", ["road"], ["BA", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("271019", "Paraffin lamp oil, clear, 1 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 1.2, S),
    ("940531", "LED Christmas light strings, new, retail boxes", "import", ["sea"], ["CN", "VN"], (6, 12), (2000, 6000), ["USD"], 4, S),
    ("950510", "Glass Christmas baubles, new, boxed", "import", ["sea"], ["CN", "PL"], (4, 8), (2000, 6000), ["USD", "EUR"], 10, S),
    ("950510", "Inflatable Santa figures with blowers, new", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.5, S),
    ("481099", "Gift-wrapping paper rolls, printed, new", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD"], 4, S),
    ("950510", "Artificial Christmas trees, PE, new, boxed", "import", ["sea"], ["CN"], (3, 6), (4000, 10000), ["USD"], 0.1, S),
    ("330749", "Reed-diffuser gift sets, new", "import", ["sea"], ["CN", "IN"], (6, 12), (1000, 4000), ["USD"], 2, S),
    ("950510", "Light-up Christmas village houses, new, boxed", "import", ["sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 2, S),
    ("382499", "Window-frost decorating spray, butane, 400 ml", "import", ["sea"], ["TR", "CN"], (3, 5), (1000, 3000), ["EUR", "USD"], 2, S),
    ("950590", "Party snow-foam aerosols, butane, 250 ml", "import", ["sea"], ["CO", "CN"], (2, 4), (1000, 3000), ["USD"], 3, S),
    ("842410", "ABC powder extinguishers, 2 kg, for market stalls", "import", ["sea"], ["TR", "CN"], (3, 6), (1000, 3000), ["USD"], 0.3, S),
    ("350691", "Glitter glue spray, acrylic, 400 ml", "import", ["air"], ["IN", "CN"], (4, 8), (200, 800), ["USD"], 2, S),
    ("340290", "Citrus candle-wax remover, 500 ml", "import", ["sea"], ["CN"], (2, 4), (1000, 4000), ["USD"], 2, S),
    ("380891", "Pyrethrin plant spray for potted trees, pump bottles", "import", ["road"], ["MD", "TR"], (3, 6), (500, 2000), ["EUR"], 2, S),
    ("950590", "Party air horns, propane-butane, for New Year's Eve", "import", ["air"], ["HK", "CN"], (3, 6), (200, 800), ["USD"], 3, S),
    ("460219", "Rattan reindeer figures, new", "import", ["sea"], ["TH", "VN"], (4, 8), (500, 2000), ["USD"], 0.5, S),
    ("950510", "Resin nativity figures, painted, new", "import", ["sea"], ["CN", "IT"], (4, 8), (1000, 3000), ["USD", "EUR"], 5, S),
    ("830610", "Brass Christmas bells, new, with ribbon", "import", ["air"], ["KH", "IN"], (8, 15), (100, 400), ["USD"], 3, S),
    ("691390", "Glazed clay tealight holders, new", "import", ["sea"], ["DZ", "TN"], (2, 4), (1000, 3000), ["EUR"], 4, S),
    ("691390", "Chinautla clay Christmas angels, new", "import", ["post", "express"], ["GT"], (30, 60), (1, 3), ["USD"], 6, S),
    ("442199", "Painted wooden Christmas panels, plywood, new", "import", ["post"], ["TR", "PL"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("442199", "Pine advent calendars with drawers, new", "import", ["road"], ["UA"], (3, 5), (2000, 6000), ["EUR"], 0.3, S),
    ("442199", "Turned birch Christmas ornaments, painted, new", "import", ["rail"], ["KZ", "CN"], (2.5, 4), (4000, 8000), ["USD"], 5, S),
    ("950300", "Toy quadcopters, 100 g, for gifts", "import", ["sea"], ["CN"], (15, 30), (500, 2000), ["USD"], 8, S),
    ("852859", "Digital photo frames, 10 inch", "import", ["sea"], ["CN"], (10, 20), (1000, 3000), ["USD"], 1, S),
    ("711719", "Gold-plated brass gift jewellery, boxed", "import", ["air"], ["AM", "TR"], (80, 160), (20, 80), ["USD"], 60, S),
    ("190590", "Panettone gift boxes, 1 kg", "export", ["road"], ["GE", "RS"], (6, 10), (3000, 8000), ["EUR"], 1, S),
    ("950510", "Dyed goose-feather Christmas ornaments", "import", ["post", "express"], ["BR", "CN"], (30, 60), (1, 3), ["USD"], 30, S),
    ("442199", "Painted mango-wood nativity sets, new", "import", ["sea"], ["MG", "IN"], (2, 4), (500, 2000), ["USD"], 0.3, S),
    ("950510", "Cowrie and scallop shell tree ornaments", "import", ["post"], ["PH", "HT"], (20, 40), (1, 3), ["USD"], 20, S),
    ("440122", "Cedar incense wood chips, for Christmas smokers", "import", ["air"], ["PG", "LB"], (5, 10), (50, 200), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Wooden darning mushrooms, beech", "import", ["post", "express"], ["PL", "LT", "UA"], (15, 30), (1, 3), ["EUR"], 15, N),
        ("392410", "Plastic jam funnels, food grade", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD"], 25, N),
        ("630790", "Knitted tea cosies, acrylic", "import", ["post", "express"], ["GB", "NP"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
        ("392490", "Plastic sock-drying hangers with pegs", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind315", 20780901, HERE)


if __name__ == "__main__":
    main()
