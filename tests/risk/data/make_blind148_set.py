#!/usr/bin/env python3
"""Writes the hundred-and-forty-eighth blind set (tests/risk/data/blind148-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Nordic and Arctic emphasis (origins, transit hubs, destinations, traders, languages
and covers drawn from the trade of Norway, Sweden, Denmark, Finland, Iceland, Greenland,
the Faroe Islands and Svalbard).
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
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL148-*:

    python3 tests/risk/data/make_blind148_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NOPOST01", "post", "FI", [], "NO", "330749",
         "Saunatuoksu, koivu, tiiviste löylyveteen, 4 x 1 l", "FI", 4.6, 4, 60, "EUR",
         "birch sauna fragrance is a green-tinted, birch-leaf-smelling concentrate of about 1.0 kg/l, a few drops of "
         "which scent the ladle water; these four bottles hold a water-clear liquid of 1.13 kg/l with no scent at all, "
         "under vented caps, that whitens a fingertip and fizzes on a scratch: about 35 % hydrogen peroxide (Annex I "
         "above 12 %; Norway applies the EU precursor rules through the EEA Agreement), posted from Kuopio to a "
         "private person in Tromsø; Finnish wording (hydrogen peroxide repeats in many sets and sauna products in "
         "several: sauna salts, menthol crystals and a stove-stone cleaner; a sauna-fragrance label was found in no "
         "earlier row by a keyword search)", person("Ingrid Johansen", "NO")),
        ("PRE-02", "import", "PLPOST01", "post", "NO", [], "PL", "150410",
         "Tran norweski z wątroby dorsza, naturalny, 6 butelek po 1 l", "NO", 6.9, 6, 600, "NOK",
         "Norwegian cod-liver oil is a pale-yellow oil of 0.92 kg/l that floats on water and smells unmistakably of "
         "fish, so six litres weigh 5.5 kg; these six bottles weigh 6.9 kg net and hold a colourless liquid with a "
         "faint fruity smell and no fish in it, that sinks in water, in HDPE bottles with PTFE-lined caps: about "
         "98 % nitromethane (Annex I above 16 %), posted by a Polish worker in Stavanger to a private person in "
         "Gdańsk who races nitro model cars; Polish wording (nitromethane repeats in many sets and oil covers in "
         "several; a cod-liver-oil ('tran') label was found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("PRE-03", "import", "DKSEA01", "sea", "CN", [], "DK", "732393",
         "Kageudstikkere i rustfrit stål, julemotiver, 6 stk. pr. sæt, 12.000 sæt", "CN", 3600, 12000, 9600, "USD",
         "a Christmas-baking container for a Danish web shop that sells to the public: cookie cutters and baking "
         "paper are what such shops bring in from Ningbo each autumn, but the third item's 'potaske', the potassium "
         "carbonate Danes stir into honningkager dough, should be a damp-drawing, alkaline white powder that feels "
         "slippery when wet and fizzes with vinegar; these 6,000 sachets hold a dry, heavier, crystalline powder "
         "that neither fizzes nor turns litmus blue and flares violently when a pinch is mixed with sugar on a hot "
         "plate, and the inner bags read 'KClO4 99.2 %': potassium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, hidden as the last item of a three-item declaration, by sea from Ningbo to "
         "Aarhus; Danish wording (potassium perchlorate repeats in many sets and baking-ingredient covers in "
         "several, hartshorn salt in blind67; potassium carbonate once, as a pottery-glaze material in blind80; a "
         "potaske label for Christmas baking was found in no earlier row by a keyword search)",
         dict(firm("Nordlys Bagehylde ApS", "DK"),
              _more_items=[item("481190", "Bagepapir, silikonebehandlet, ruller à 10 m, 8.000 ruller", "CN", 2400,
                                4800, "USD", qty=8000),
                           item("283640", "Potaske (kaliumkarbonat) til honningkager, breve à 100 g, 6.000 breve",
                                "CN", 600, 1500, "USD", qty=6000)])),
        ("PRE-04", "import", "NOPOST01", "post", "IS", [], "NO", "040390",
         "Skyrduft, frostþurrkað, hreint, án sykurs, 6 x 500 g", "IS", 3.2, 6, 12000, "ISK",
         "freeze-dried skyr powder is a fine, cream-white, sour-smelling dairy powder that turns back into a thick "
         "curd with cold water; these six pouches hold a white, crystalline powder that has caked in the damp, "
         "smells of nothing, dissolves completely into a clear, cold solution and burns fiercely mixed with sugar: "
         "sodium perchlorate (Annex I above 40 %), posted from Reykjavík to a private person in Bergen; Icelandic "
         "wording (sodium perchlorate repeats in many sets and milk- and drink-powder covers in several; a skyr "
         "label was found in no earlier row by a keyword search, and the Icelandic precursor rows found so far all "
         "went to Denmark)", person("Ola Haugen", "NO")),
        ("PRE-05", "import", "NOROAD01", "road", "SE", [], "NO", "200979",
         "Klar äppelmust, svensk, 1 liters glasflaskor, 1 800 flaskor", "SE", 2520, 1800, 45000, "SEK",
         "clear Swedish apple must is a golden, sweet juice of 1.05 kg/l that smells of apples, bottled under crown "
         "caps; these 1,800 bottles, in a van at the Ørje crossing, hold a pale-yellow liquid of 1.40 kg/l (2,520 kg "
         "net for 1,800 litres) that fumes brown when a cap is loosened, stains the skin yellow and eats into a "
         "copper coin: about 65 % nitric acid (Annex I above 3 %) retail-packed for an Oslo grocery that sells to "
         "the public; Swedish wording (nitric acid repeats in many sets and juice, cordial and vinegar covers in "
         "several, an elderflower syrup in blind134; an äppelmust label and the Ørje crossing were found in no "
         "earlier row by a keyword search)", firm("Tøyen Matsenter AS", "NO")),
        ("PRE-06", "import", "FIROAD01", "road", "RU", [], "FI", "382000",
         "Стеклоомывающая жидкость «Незамерзайка» −30 °C, канистры 5 л, 4 шт.", "RU", 36.8, 4, 1600, "RUB",
         "Russian winter screen-wash is a thin, blue, alcohol-smelling liquid of about 0.95 kg/l, so four 5-litre "
         "cans weigh 19 kg; these four, in the boot of a private car at Nuijamaa, weigh 36.8 kg and hold a "
         "colourless, oily liquid of 1.84 kg/l that smells of nothing, chars a paper tissue black and grows hot with "
         "a drop of water: about 96 % sulphuric acid (Annex I above 15 %), brought in by a private person from "
         "Lappeenranta; Russian wording (sulphuric acid repeats in many sets and screen-wash labels twice, an "
         "Albanian winter concentrate in blind83 and a Latvian concentrate on another good in blind104; the "
         "'незамерзайка' label and the Nuijamaa crossing were found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-07", "import", "FIAIR01", "express", "GB", [], "FI", "210210",
         "Turbo yeast 24 h, high alcohol, 20 x 205 g sachets", "GB", 4.1, 20, 80, "GBP",
         "turbo yeast is a tan, granular mix of dried yeast and nutrients that smells of bread and foams in warm "
         "sugar water within the hour; these twenty sachets hold glossy, colourless crystals with no smell that do "
         "not foam, spit violet sparks on a hot wire and flash when mixed with sugar: potassium chlorate (Annex I "
         "above 40 %), sent by express from Leeds to a private person in Oulu; British English wording (potassium "
         "chlorate repeats in many sets and yeast-nutrient covers in several, on ammonium nitrate; a turbo-yeast "
         "label was found in no earlier row by a keyword search)", person("Jukka Korhonen", "FI")),
        ("PRE-08", "import", "SESEA01", "sea", "CN", [], "SE", "340600",
         "Marschaller, 4 timmars brinntid, stearin, 24 000 st", "CN", 12000, 24000, 14400, "USD",
         "outdoor wax torches (marschaller) are paper or tin tubes of paraffin and stearin with a thick wick, "
         "packed twelve to a carton and smelling of wax; behind three rows of such cartons this container, opened "
         "at Gothenburg five weeks before New Year's Eve, holds cartons of 1.3G aerial shells, rocket batteries and "
         "'Cobra'-style flash-powder bangers whose Chinese hazard labels have been torn off and whose flash powder "
         "is potassium perchlorate and aluminium: F3 and F4 pyrotechnic articles and rockets, which Sweden has not "
         "let private persons buy since 2019, imported without the permit the Act on flammable and explosive goods "
         "requires, for a garden wholesaler that sells to the public; Swedish wording (fireworks and flash powder "
         "repeat in several sets and Cobra bangers in many; a marschall label was found in no earlier row by a "
         "keyword search)", firm("Solhaga Trädgårdsgrossist AB", "SE")),
        ("PRE-09", "import", "FISEA01", "sea", "CN", [], "FI", "290549",
         "Koivusokeri (ksylitoli), kiteinen, 1 kg pussit, 3 000 pussia", "CN", 3000, 3000, 9000, "USD",
         "xylitol, 'birch sugar' to Finns, is a sweet, white crystal with a strong cooling taste that dissolves "
         "readily; these 3,000 bags hold colourless, cubic crystals that are not sweet but salty-bitter, draw damp "
         "and flare yellow-white with a pinch of sugar on a hot plate, and the factory sacks inside the cartons "
         "give CAS 7775-09-9: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from Xiamen to Helsinki for a health-food chain; Finnish wording (sodium chlorate repeats in many sets "
         "under salt and sugar labels, xylitol in a few, in Chinese in blind51; a 'koivusokeri' label was found in "
         "no earlier row by a keyword search)", firm("Pohjolan Terveystuote Oy", "FI")),
        ("PRE-10", "import", "NOROAD01", "road", "FI", [], "NO", "251710",
         "Strøsingel 2-6 mm, knust stein, 25 kg sekker, 800 sekker", "FI", 20000, 800, 24000, "NOK",
         "road grit (strøsingel) is grey, sharp, crushed rock of 2.7 g/cm3 that stays dry, does not dissolve and "
         "scratches glass; these 800 sacks, on a lorry at Karigasniemi, hold round, white, uniform prills that "
         "dissolve completely in a glass of water and make it ice-cold, test at 34 % N and melt and fume on a hot "
         "plate, for a Finnmark hardware store that sells 25 kg sacks to the public: ammonium nitrate (Annex I at "
         "16 % N or more, whose sale to private persons Norway has tightly restricted since 2011), from a Finnish "
         "fertiliser plant; Norwegian wording (ammonium nitrate repeats in many sets and grit, sand and de-icer "
         "covers in several; a strøsingel label and the Karigasniemi crossing were found in no earlier row by a "
         "keyword search)", firm("Finnmark Jernvare AS", "NO")),
    ],
    "waste": [
        ("WST-01", "export", "NOSEA01", "sea", "NO", [], "EG", "560890",
         "Ballfangernett og fotballnett, brukte, vasket, 22 t", "NO", 22000, None, 11000, "NOK",
         "used sports and ball-stop nets are light, knotless, green or white polyethylene in bundles of a few "
         "kilograms; this container holds 22 t of heavy, black-stained, knotted nylon pen nets up to 50 m deep, "
         "stiff with a copper-oxide antifouling coat that leaves red-brown dust on the gloves and reads several per "
         "cent copper, cut from salmon farms in Møre og Romsdal: aquaculture nets with hazardous antifouling "
         "residues, hazardous waste whose export to a non-OECD country is banned (Basel ban, applied by Norway "
         "with the EU's Waste Shipment Regulation), from Ålesund to Alexandria for a 'sports-goods' buyer who sells "
         "them on to Nile-delta fish farms; Norwegian wording (antifouling waste repeats in many sets and fish-farm "
         "nets in a few; a sports-net label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-02", "transit", "NLSEA01", "sea", "IS", ["NL"], "IN", "281122",
         "Kísilryk (microsilica), óþjappað, í stórsekkjum, 48 t", "IS", 48000, None, 9600, "USD",
         "undensified microsilica from a ferrosilicon furnace is a very light (about 250 kg/m3), soft, even grey "
         "powder; these 48 t of big bags, transhipped at Rotterdam, are dense, lumpy, black-grey dust and "
         "skimmings that hiss, warm up and smell of ammonia when wet and read fluoride and metallic aluminium, from "
         "the casthouse and fume treatment of an aluminium smelter in east Iceland: aluminium dross and smelter "
         "dust that give off flammable gases with water (10 03 15*, 10 03 21*), hazardous waste whose export to a "
         "non-OECD country is banned and whose transit through the Union needs a notification, in transit from "
         "Reyðarfjörður to Mundra; Icelandic wording (aluminium-smelter waste from Iceland repeats in several sets, "
         "spent pot lining in dev6-a and blind81 and chamotte in blind102, and dross in many; a microsilica label "
         "was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "NOSEA01", "sea", "NO", [], "GE", "870380",
         "Brukte elbiler, kjørbare, for videresalg, 14 stk.", "NO", 28000, 14, 70000, "EUR",
         "used battery-electric cars for resale drive on and off a ro-ro deck and carry a battery-health report; "
         "these fourteen, loaded at Drammen, are insurance write-offs from flood and collision damage, with bulged, "
         "water-logged or cracked traction batteries, several with the high-voltage system cut and taped, towed on "
         "board and bought at salvage auctions: end-of-life vehicles with damaged lithium-ion batteries (16 01 "
         "04*), hazardous waste whose export to a non-OECD country is banned, from Drammen to Poti; Norwegian "
         "wording (written-off vehicles repeat in several sets and damaged electric-car batteries in a few; "
         "Norwegian written-off electric cars for Georgia were found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "BD", "261900",
         "Ferrokromikuona, murskattu kiviaines (OKTO-tyyppinen), 0-32 mm, 2 konttia, 50 t", "FI", 50000, None, 1500,
         "EUR",
         "crushed ferrochrome-slag aggregate is a hard, angular, grey-green stone for road bases that rings when "
         "dropped and raises no dust; these two containers hold a fine, red-brown to black, dusty powder that cakes "
         "in the damp, blackens the hands and reads zinc, lead, nickel and hexavalent chromium, from the melt-shop "
         "bag filters of a stainless-steel works in Lapland: steel-making flue dust (10 02 07*), hazardous waste "
         "whose export to a non-OECD country is banned, from Kemi to Chittagong for a 'road builder'; Finnish "
         "wording (steel-making dust repeats in many sets and a ferrochrome label once, on Kazakh goods in "
         "blind137; an OKTO-type slag label was found in no earlier row by a keyword search)",
         {"importer_country": "BD"}),
        ("WST-05", "export", "NOSEA01", "sea", "NO", [], "NG", "261400",
         "Ilmenittkonsentrat, i storsekker, 24 t", "NO", 24000, None, 4800, "USD",
         "ilmenite concentrate from Norway's titanium mine in Rogaland is a black, heavy (about 4.7 g/cm3), dry, "
         "sandy concentrate that a magnet pulls faintly; these bags hold a grey-brown, sticky, clayey mass of about "
         "1.8 g/cm3 that smells of diesel, leaves an oily film and reads 12 % mineral oil, with rock chips and "
         "barite in it: oil-based drilling cuttings from a North Sea well (01 05 05*), hazardous waste whose export "
         "to a non-OECD country is banned, from Stavanger to Onne for a 'pigment' buyer; Norwegian wording "
         "(drilling cuttings repeat in many sets under bentonite, barite and other mineral labels; an ilmenite "
         "label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "import", "DKSEA01", "sea", "GL", [], "DK", "720449",
         "Jernskrot, sorteret, fra bygdernes lossepladser, 1 container, 22 t", "GL", 22000, None, 33000, "DKK",
         "sorted iron scrap from Greenland is cut, rusty, bare steel; this container, shipped from Sisimiut to "
         "Aalborg on the Arctic line, holds under a top layer of cut roofing and crushed drums some 200 lead-acid "
         "batteries, drums half full of waste oil and two transformer carcasses dripping oil, cleared from "
         "settlement dumps: hazardous waste (16 06 01*, 13 02 05*) brought into the Union without the notification "
         "and consent a shipment from Greenland needs, for a scrap yard; Danish wording (lead-acid batteries and "
         "waste oil repeat in many sets and iron-scrap labels in several; Greenland as the origin of a waste row "
         "and Sisimiut were found in no earlier row by a keyword search)", firm("Limfjord Metalgenvinding ApS", "DK")),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "GH", "391721",
         "PE-rør til kunstvanding, sorte, Ø 315-500 mm, brugte, 30 t", "FO", 30000, None, 6000, "EUR",
         "used polyethylene irrigation pipe is straight, clean, round pipe cut to transport lengths; this cargo, "
         "brought from the Faroe Islands to Esbjerg and sent on, holds 30 t of bent, flattened and sawn HDPE "
         "floating collars of salmon-farm pens, crusted with mussels and rope ends and the red stain of "
         "antifouling, smelling of rotten fish: mixed plastic waste from aquaculture, whose export from the Union "
         "to a non-OECD country has been banned since 2026 (Regulation 2024/1157), from Esbjerg to Tema; Danish "
         "wording (plastic waste repeats in many sets and irrigation-pipe labels in a few; Faroese fish-farm "
         "collars were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-08", "export", "NOSEA01", "sea", "NO", [], "TR", "847989",
         "Brukte prosessmoduler fra offshoreinstallasjon, for gjenbruk, 3 stk.", "NO", 1800000, 3, 900000, "NOK",
         "used process modules sold for reuse are cleaned, documented and come with inspection certificates; "
         "these three, cut from a decommissioned North Sea platform and towed on a barge from Vats, carry "
         "crumbling asbestos lagging on the pipework, PCB-filled cables and capacitors, scale in the separators "
         "and sludge in the tanks, and the buyer is a ship-breaking yard: end-of-life offshore structures that are "
         "hazardous waste (17 06 05*, 16 02 09*), exported to Aliağa for scrapping without the notification and "
         "consent an OECD destination needs; Norwegian wording (last voyages of ships repeat in a few sets; an "
         "offshore-module label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("WST-09", "export", "NOSEA01", "sea", "SJ", [], "RU", "840999",
         "Запасные части к дизель-генераторам, б/у, на ремонт, 40 ящиков", "SJ", 12000, 40, 8000, "USD",
         "used diesel-generator parts sent away for repair are cleaned castings, pumps and injectors in crates; "
         "these 40 crates, loaded at Barentsburg for Murmansk, hold leaking oil-filled capacitors and transformer "
         "cores labelled 'Совтол', drums of waste lubricating oil and crushed fluorescent tubes from the "
         "settlement's power station: PCB waste and waste oil (16 02 09*, 13 02 05*), hazardous waste whose export "
         "to a non-OECD country is banned under the Norwegian rules that apply on Svalbard; Russian wording (PCB "
         "capacitors repeat in many sets; Svalbard and Barentsburg were found in no earlier row by a keyword "
         "search)", {"importer_country": "RU"}),
        ("WST-10", "export", "SEROAD01", "road", "SE", ["DE", "AT", "HU"], "RS", "681182",
         "Fasadskivor, begagnade, hela, för återbruk, 20 pallar", "SE", 19000, None, 2000, "EUR",
         "second-hand façade boards for re-use are whole, cleaned fibre-cement or wood panels with their fixings "
         "removed; these 20 pallets, on a lorry from Malmö through Germany, Austria and Hungary, hold grey, "
         "chipped, corrugated and flat sheets with broken edges and old paint, taken off a 1960s housing estate in "
         "a renovation, that show chrysotile fibres under a lens: asbestos cement (17 06 05*), hazardous waste "
         "whose export to a non-OECD country is banned, for a Novi Sad 'builders' merchant'; Swedish wording "
         "(asbestos cement repeats in many sets; an återbruk (re-use) façade label was found in no earlier row by "
         "a keyword search)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ISSEA01", "sea", "CN", ["NL"], "IS", "281410",
         "Ammoníak (R-717) kælimiðill, 22 kg hylki, 40 hylki", "CN", 880, 40, 3200, "USD",
         "refrigeration ammonia comes in yellow-shouldered cylinders of a light liquid (0.6 kg/l) with a choking "
         "smell at the valve; these 40 light-green cylinders, for a firm that services the refrigeration of older "
         "trawlers in Hafnarfjörður, carry Chinese labels under the Icelandic stickers, are stamped 'R22' on the "
         "collar and hold a non-flammable liquefied gas of 1.2 kg/l with a faint ether smell: HCFC-22, an "
         "ozone-depleting substance whose import Iceland's regulation on ozone-depleting substances bans, by sea "
         "from Ningbo through Rotterdam to Reykjavík; Icelandic wording (HCFC-22 repeats in many sets and ammonia "
         "(R-717) labels in a few; Iceland as the destination of an ozone row was found in no earlier row by a "
         "keyword search, the one Icelandic ozone row being an export of plate freezers in blind138)",
         firm("Kælitækni Hafnarfjarðar ehf.", "IS")),
        ("OZN-02", "import", "DKSEA01", "sea", "CN", [], "DK", "950590",
         "Julesne på spraydåse til vinduer, 300 ml, 48.000 dåser", "CN", 12000, 48000, 9600, "USD",
         "Christmas snow spray for window panes uses a butane or dimethyl-ether propellant and carries a flame "
         "mark; these 48,000 cans, for a Danish Christmas-decoration wholesaler, carry no flame mark, and the "
         "Chinese print under the Danish sleeve reads 'HFC-134a': a novelty aerosol with a fluorinated greenhouse "
         "gas, banned in the Union (Regulation 2024/573, Annex IV) and placed on the market with no HFC quota, "
         "which by 2050 has fallen to nothing, by sea from Ningbo to Aarhus; Danish wording (novelty aerosols with "
         "HFCs repeat in several sets and snow-spray labels in blind142 and blind144, kept as a repeat; a Danish "
         "'julesne' label was found in no earlier row by a keyword search)", firm("Julehuset Engros ApS", "DK")),
        ("OZN-03", "import", "FISEA01", "sea", "CN", [], "FI", "291513",
         "Etyyliformiaatti, kaasutusaine tukkien vientikäsittelyyn, 50 kg sylinterit, 60 kpl", "CN", 3000, 60,
         9000, "USD",
         "ethyl formate fumigant is a flammable liquid of 0.92 kg/l with a fruity, rum-like smell, sold in drums or "
         "mixed with carbon dioxide in cylinders; these 60 cylinders at Kotka hold a dense (1.73 kg/l), "
         "non-flammable, almost odourless liquefied gas with a chloropicrin warning additive, and the stampings "
         "under the paint read 'CH3Br': methyl bromide, for fumigating logs before their export to China, whose "
         "placing on the market and use the Union has banned (Regulation 2024/590); Finnish wording (methyl "
         "bromide repeats in many sets and ethyl-formate labels in several; log fumigation at a Finnish port was "
         "found in no earlier row by a keyword search)", firm("Kymen Kaasutuspalvelu Oy", "FI")),
        ("OZN-04", "import", "SESEA01", "sea", "IN", [], "SE", "290322",
         "Trikloretylen, stabiliserad, för avfettning, 250 kg fat, 40 fat", "IN", 10000, 40, 14000, "USD",
         "trichloroethylene is a clear, sweet-smelling solvent of 1.46 kg/l that boils at 87 °C, stabilised with "
         "amines and used in the Union only by authorised users; these 40 drums at Gothenburg hold a liquid of "
         "1.59 kg/l that boils at 77 °C, does not decolour bromine water and is named 'CCl4' on the Indian filler's "
         "batch sheet in the drum folder: carbon tetrachloride, an ozone-depleting substance whose import is "
         "banned outside licensed feedstock and laboratory uses (Regulation 2024/590), for a metalworking-chemicals "
         "distributor; Swedish wording (carbon tetrachloride repeats in many sets and trichloroethylene labels in "
         "two, blind78 and dev27-a; to a Swedish degreasing trade is the new part as far as a search found)",
         firm("Orion Verkstadskemi AB", "SE")),
        ("OZN-05", "import", "SESEA01", "sea", "TR", [], "SE", "382769",
         "Köldmedium R-417A (ersättning för R-22), 11,3 kg flaskor, 300 flaskor", "TR", 3390, 300, 16000, "EUR",
         "R-417A, an HFC and butane blend sold to top up ageing R-22 heat pumps, comes in returnable cylinders with "
         "a data sheet and shows the gliding pressure of a blend; these 300 cylinders, for a firm servicing "
         "1990s ground-source heat pumps in Norrland, have light-green Turkish labels under the Swedish stickers, "
         "the steady vapour pressure of a single gas and R-22's weight: HCFC-22, an ozone-depleting substance whose "
         "import is banned, by sea from Mersin to Gothenburg; Swedish wording (HCFC-22 repeats in many sets and "
         "R-417A labels in a few: blind2, blind6, blind46, blind73; ground-source heat-pump service in northern "
         "Sweden was found in no earlier row by a keyword search)", firm("Värmepumpservice Norrland AB", "SE")),
        ("OZN-06", "export", "DKSEA01", "sea", "DK", [], "NG", "731100",
         "Brugte trykluftflasker til røgdykkerudstyr, fra offshore, 120 stk.", "DK", 9600, 120, 6000, "EUR",
         "breathing-air cylinders for firefighters' sets are light, 6.8-litre composite bottles filled to 300 "
         "bar; these 120 are 67-litre red steel cylinders of 80 kg each, with valve heads for electric release "
         "and discharge nozzles packed in the crates, charged at 42 bar with a heavy liquefied gas: halon 1301 "
         "recovered from decommissioned Danish North Sea platforms, whose export Regulation 2024/590 allows only "
         "for critical uses and under licence, from Esbjerg to Onne for an oil-service firm; Danish wording (halon "
         "1301 repeats in many sets and gas-cylinder labels in several, hydraulic accumulators and aircraft oxygen "
         "bottles among them; a breathing-air-cylinder label was found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("OZN-07", "import", "NOSEA01", "sea", "CN", [], "NO", "841861",
         "Luft-til-vann-varmepumper, uten kuldemedium (nitrogenfylt), 8 kW, 240 stk.", "CN", 26400, 240, 240000,
         "USD",
         "heat pumps shipped without refrigerant hold a few bar of dry nitrogen and carry a yellow 'no "
         "refrigerant' tag; these 240 outdoor units, for a supplier of heating for mountain cabins, have no tag, "
         "read 2.4 kg R-410A on the Chinese rating plates under the Norwegian stickers and hiss refrigerant oil at "
         "the service valve: equipment pre-charged with HFCs, placed on the market without the quota "
         "authorisation that by 2050 can no longer be had (the EU F-gas rules, which Norway applies through the "
         "EEA Agreement), by sea from Ningbo to Drammen; Norwegian wording (heat pumps and holding-charge labels "
         "repeat in several sets; heat pumps for Norwegian cabins were found in no earlier row by a keyword "
         "search)", firm("Fjellhytte Energi AS", "NO")),
        ("OZN-08", "import", "NOSEA01", "sea", "CN", [], "NO", "441819",
         "Vinduer av furu, 3-lags glass, til hytter, 600 stk.", "CN", 18000, 600, 90000, "USD",
         "a cabin-kit container from Ningbo for a Tromsø builders' merchant: pine windows and roofing felt are what "
         "such merchants bring in, but the third item's one-component polyurethane foam, declared with a propane "
         "and butane propellant, carries no flame mark, and the Chinese print under the sleeve reads 'HFC-134a': "
         "one-component foam with a fluorinated greenhouse gas, banned in the EU F-gas rules (which Norway applies "
         "through the EEA Agreement) and placed on the market without HFC quota, hidden as the last item of a "
         "three-item declaration, by sea to Tromsø; Norwegian wording (PU-foam cans with HFCs repeat in several "
         "sets; a cabin-kit container for northern Norway and a 'fugeskum' label were found in no earlier row by a "
         "keyword search)",
         dict(firm("Hyttebygg Nord AS", "NO"),
              _more_items=[item("680710", "Takpapp, ruller à 10 m2, 1 200 ruller", "CN", 36000, 18000, "USD",
                                qty=1200),
                           item("321410", "Fugeskum (PU), 750 ml, propan/butan drivgass, 9 600 bokser", "CN", 9600,
                                14400, "USD", qty=9600)])),
        ("OZN-09", "import", "FIROAD01", "road", "RU", [], "FI", "731100",
         "Баллоны одноразовые пустые, для сдачи в металлолом, 600 шт.", "RU", 10140, 600, 1200, "EUR",
         "empty disposable refrigerant cylinders weigh about 6 kg, ring hollow and have had their valves "
         "opened; these 600, on a lorry at Imatra, weigh 16.9 kg each by the declared mass, slosh when tipped and "
         "read 'R-404A' under a sprayed 'лом' (scrap) mark: full non-refillable cylinders of an HFC refrigerant, "
         "banned in the Union and placed on the market without quota, for a refrigeration-service firm in eastern "
         "Finland; Russian wording (non-refillable cylinders repeat in many sets and empty-cylinder labels in a "
         "few; the Imatra crossing was found in no earlier row by a keyword search)",
         firm("Itä-Suomen Kylmähuolto Oy", "FI")),
        ("OZN-10", "import", "NOSEA01", "sea", "RU", [], "NO", "381300",
         "Пенообразователь ПО-6ЦТ для судовой системы пожаротушения, бочки 200 л, 12 шт.", "RU", 5160, 12, 900,
         "EUR",
         "PO-6TsT foam concentrate is a brown, soapy liquid of about 1.1 kg/l that foams when shaken, so a 200-litre "
         "drum weighs 220 kg; these twelve drums, landed at Kirkenes from a Murmansk trawler for its fire system, "
         "weigh 430 kg each and hold a colourless, heavy liquid of 2.17 kg/l that does not foam and evaporates "
         "quickly with a faint sweet smell: halon 2402 ('khladon 114V2'), an ozone-depleting substance whose "
         "import Norway's product regulations ban outside critical uses, declared by a ship's agent; Russian "
         "wording (halon 2402 repeats in many sets and foam-concentrate labels in several; Kirkenes was found in "
         "no earlier row by a keyword search)", firm("Kirkenes Skipsservice AS", "NO")),
    ],
    "cultural": [
        ("CUL-01", "export", "SEPOST01", "post", "SE", [], "US", "442199",
         "Runstav, handsnidad, ny, hemslöjd, 1 st", "SE", 1.4, 1, 450, "SEK",
         "a new craft runic calendar staff is pale, freshly carved birch with crisp runes and costs a few hundred "
         "kronor; this one is a dark, polished, worm-holed 120 cm staff of the 1600s whose calendar runes and "
         "saints'-day marks are worn smooth, with a Dalarna parish collection's inventory number under the wax, "
         "sold to a Swedish-American collector in Minnesota: a cultural object more than 100 years old that needs "
         "a Swedish export permit and the EU export licence (Regulation 116/2009), posted from Falun; Swedish "
         "wording (Swedish exports of old objects repeat in several sets; a runic-calendar label was found in no "
         "earlier row by a keyword search)", {"consignee_name": "Mr D. Olson", "importer_country": "US"}),
        ("CUL-02", "export", "NOAIR01", "air", "NO", [], "DE", "442019",
         "Treskjæring i dragestil, nyere håndverk, 1 stk.", "NO", 38, 1, 6500, "NOK",
         "modern dragestil carvings are crisp, pale pine or lime with a stain and weigh a few kilograms; this 38 kg "
         "piece is a 1.4 m, grey, weathered pine plank with interlaced animal ornament in the Urnes style, tar "
         "traces and hand-forged nails, cut from the doorway of a medieval loft (storehouse) in Setesdal: a "
         "building element of the 13th century that Norway's Cultural Heritage Act protects and forbids to export "
         "without a permit, and an element of a monument more than 250 years old that the EU admits only with an "
         "import licence (Regulation 2019/880), flown from Oslo to a Munich dealer; Norwegian wording (a Norwegian "
         "stave-church carving once, blind62; a dragestil label was found in no earlier row by a keyword search)",
         {"importer_country": "DE"}),
        ("CUL-03", "import", "DKPOST01", "post", "GL", [], "DK", "960190",
         "Kunsthåndværk: små figurer og redskaber af ben og tak, nyere, 30 stk.", "GL", 2.1, 30, 1500, "DKK",
         "recent Greenlandic bone and antler crafts are white, sharp-edged and smell of fresh bone dust; these 30 "
         "pieces are brown-stained, polished walrus-ivory and antler harpoon heads, toggles, needle cases and a "
         "small bear amulet in the Thule-culture style, with soil in the crevices, dug from a winter-house ruin "
         "near Qaanaaq: archaeological objects that Greenland's heritage law reserves to the Greenland National "
         "Museum and that the EU admits only with an import licence (Regulation 2019/880, over 250 years), whose "
         "walrus ivory would also need CITES documents, posted from Qaanaaq to a private collector in Copenhagen; "
         "Danish wording (Greenland to Denmark repeats in many wildlife rows; Thule-culture artefacts and Qaanaaq "
         "were found in no earlier row by a keyword search)", person("Hans Kleist", "DK")),
        ("CUL-04", "import", "NLPOST01", "post", "SJ", [], "NL", "442199",
         "Suvenirer: drivved og steiner fra stranden, Svalbard, 3 kg", "SJ", 3, None, 200, "NOK",
         "beach souvenirs from Svalbard are grey driftwood and pebbles; this parcel holds white clay tobacco pipes "
         "with Gouda makers' marks, fragments of blue Delft tiles and the neck of a square gin bottle picked from "
         "the 17th-century Dutch whaling station at Smeerenburg: cultural remains from before 1946, which "
         "Svalbard's Environmental Protection Act protects and forbids to remove, and archaeological objects over "
         "250 years old that the EU admits only with an import licence (Regulation 2019/880), posted from "
         "Longyearbyen to a private collector in Rotterdam; Norwegian wording (Svalbard, Smeerenburg and clay "
         "pipes were found in no earlier row by a keyword search)", person("Dhr. P. Visser", "NL")),
        ("CUL-05", "export", "ISAIR01", "express", "IS", [], "GB", "960190",
         "Drykkjarhorn, útskorið, minjagripur, nýtt, 1 stk.", "IS", 1.6, 1, 18000, "ISK",
         "a new souvenir drinking horn is a pale, polished cow horn with laser-cut knotwork; this one is a dark, "
         "cracked ox horn carved in relief with biblical scenes and a rhymed inscription in 17th-century Icelandic "
         "script round the rim, on a silver-mounted foot: an Icelandic carved drinking horn of the 1600s, which "
         "Iceland's Cultural Heritage Act lets leave the country only with a permit, sent by express from "
         "Reykjavík to a London auction-house consignor; Icelandic wording (a drinking-horn label once, a silver "
         "horn from the Emirates in blind50; an Icelandic carved horn was found in no earlier row by a keyword "
         "search)", {"consignee_name": "Mr J. Whitfield", "importer_country": "GB"}),
        ("CUL-06", "import", "FIROAD01", "road", "RU", [], "FI", "830629",
         "Садовые украшения, старые металлические предметы, 40 шт.", "RU", 180, 40, 300, "EUR",
         "old-metal garden ornaments are scrap buckets, pans and tools; this minivan, at Vaalimaa, carries 40 "
         "excavated, rust-crusted helmets, identity discs, mess tins, a deactivated Suomi submachine gun and a "
         "regimental bronze plaque of the Winter and Continuation Wars, dug by 'black diggers' from battlefield "
         "graves on the Karelian Isthmus: finds from war graves, by 2050 more than a century old, that Russia "
         "forbids to dig and export and that the EU forbids to bring in when unlawfully exported (Regulation "
         "2019/880), for a private collector (the gun would also need a permit); Russian wording (battlefield "
         "relics twice, blind30 and dev21-a; the Karelian Isthmus and Vaalimaa were found in no earlier row by a "
         "keyword search)", person("Antti Heikkinen", "FI")),
        ("CUL-07", "export", "DKPOST01", "post", "DK", [], "US", "681599",
         "Flintdolke, moderne knapning, kopier til reenactment, 3 stk.", "DK", 2.2, 3, 1800, "DKK",
         "modern knapped flint replicas are glossy black or grey flint with fresh, sharp, unpatinated scars; these "
         "three are 20 to 30 cm fishtail-handled daggers with a milky-white patina, root marks and plough damage "
         "on one face: Late Neolithic flint daggers picked up on a Jutland field and never reported, as Denmark's "
         "Museum Act requires, exported without the EU export licence every archaeological object needs "
         "(Regulation 116/2009), posted from Aarhus to a collector in Wisconsin; Danish wording (flint tools repeat "
         "in a few sets, from North Africa, Niger and Guatemala; Danish flint daggers were found in no earlier row "
         "by a keyword search)", {"consignee_name": "Mr R. Hansen", "importer_country": "US"}),
        ("CUL-08", "import", "NOPOST01", "post", "GL", [], "NO", "680299",
         "Grydesten (kleber), nyere, til pynt, 6 stk.", "GL", 4, 6, 1200, "DKK",
         "recent soapstone ornaments are smooth, soft and grey-green; these six are fire-blackened fragments of "
         "Norse soapstone cooking pots with lug handles, a spindle whorl and a loom weight with a runic scratch, "
         "taken from the Norse farm ruins at Hvalsey near Qaqortoq in the World Heritage Eastern Settlement: "
         "archaeological objects of the 11th to 15th century that Greenland's heritage law reserves to its "
         "National Museum, posted from Qaqortoq to a private person in Trondheim, which Norway's Cultural Heritage "
         "Act forbids to bring in when unlawfully exported; Danish wording (soapstone covers repeat in many sets; "
         "Norse Greenland, Hvalsey and Qaqortoq were found in no earlier row by a keyword search)",
         person("Kari Lunde", "NO")),
        ("CUL-09", "export", "NOSEA01", "sea", "NO", [], "US", "940360",
         "Brukte møbler og husholdningsartikler, flyttegods fra dødsbo, 1 container", "NO", 4200, None, 15000, "NOK",
         "a probate-estate container from Telemark for heirs in Minnesota: used furniture and boxes of Norwegian "
         "books are what such moves hold, but the third item's 'recent copy' of a rose-painted chest is a "
         "dovetailed pine chest with wrought-iron fittings, painted in Telemark rosemaling with the owner's "
         "initials and the date 1786, its lid faded and worm-eaten: a Norwegian folk-art object more than 100 "
         "years old that Norway's Cultural Heritage Act forbids to export without a permit, hidden as the last item "
         "of a three-item declaration, by sea from Larvik to New York; Norwegian wording (Norwegian exports of old "
         "objects repeat in a few sets and an estate ('dødsbo') label once, on horn in blind77; rosemaling was "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("490199", "Bøker, brukte, norske, 12 esker", "NO", 240, 1200, "NOK", qty=12),
                           item("940360", "Rosemalt kiste, nyere kopi, 1 stk.", "NO", 45, 2500, "NOK", qty=1)])),
        ("CUL-10", "export", "FIAIR01", "air", "FI", [], "GB", "830629",
         "Dekorationskors i mässing och emalj, nytillverkat, 1 st", "FI", 1.2, 1, 90, "EUR",
         "a new decorative cross of brass and enamel is bright, machine-pressed metal with glossy, even enamel; "
         "this 40 cm cross is engraved, fire-gilt copper with blue and green champlevé enamel worn through at the "
         "edges, a Christ figure pinned with copper rivets and a socket for a processional staff: a 13th-century "
         "Limoges altar cross stolen from a medieval stone church in the Åland Islands, church property that "
         "Finland's Antiquities Act and Church Act protect, exported without the EU export licence it needs "
         "(Regulation 116/2009), flown from Mariehamn through Helsinki to a London dealer; Åland Swedish wording "
         "(church thefts repeat in several sets and processional crosses in many, mostly Ethiopian; a Limoges "
         "cross, the Åland Islands and Mariehamn were found in no earlier row by a keyword search)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "NOSEA01", "sea", "NO", [], "CN", "847989",
         "Undervannsdrone for notinspeksjon i oppdrettsanlegg, med kabel og kontrollenhet, 2 stk.", "NO", 7600, 2,
         180000, "NOK",
         "net-inspection drones for fish farms are 9 kg thrusters on a thin tether, rated to a few hundred metres "
         "and sold for tens of thousands of kroner; these two crates weigh 3.8 t each and hold titanium-framed "
         "inspection ROVs rated to 3,000 m, with syntactic-foam buoyancy, a manipulator arm, a high-resolution "
         "imaging sonar and a fibre-optic tether winch, for a Qingdao 'aquaculture' company that fronts for a "
         "naval research institute: unmanned tethered submersibles rated beyond 1,000 m (dual-use 8A001) exported "
         "without the licence Norway's export control regulation requires, from Bergen to Qingdao; Norwegian "
         "wording (submersibles repeat in several sets; an underwater-drone and net-inspection label was found in "
         "no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-02", "export", "FIROAD01", "road", "FI", ["RU"], "KZ", "852589",
         "Peruutuskamerat kuorma-autoihin, 120°, 800 kpl", "FI", 640, 800, 24000, "EUR",
         "lorry reversing cameras are small colour CMOS cameras with a wide-angle lens that sell for a few tens of "
         "euros; these 800 units, on a lorry at Vaalimaa bound through Russia for Almaty, are thermal imaging "
         "modules with germanium windows, cooled detectors and 50 mm lenses, declared at 30 EUR a unit for goods "
         "worth thousands each: thermal imaging cameras (dual-use 6A003) exported without a licence and routed "
         "through Russia for a Russian end user, which Regulation 833/2014 forbids; Finnish wording (thermal "
         "cameras repeat in many sets and reversing-camera labels in two, blind78 and blind97; the Vaalimaa "
         "crossing was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "SEAIR01", "air", "SE", [], "CN", "844319",
         "Storformatsskrivare för kretskortsfilm (fotoplotter), begagnad, 1 st", "SE", 4200, 1, 60000, "EUR",
         "a used photoplotter for printed-circuit phototools is a drum or flatbed film printer of a few hundred "
         "kilograms worth tens of thousands of euros; this 4.2 t crate holds a laser pattern generator on a "
         "vibration-isolated granite stage, with interferometer stage control and a clean-room enclosure, which "
         "writes photomasks for semiconductor wafers, for a Shanghai maker on export-control lists: lithography "
         "mask-making equipment (dual-use 3B001) exported without a licence, flown from Stockholm; Swedish wording "
         "(semiconductor tools repeat in several sets and lithography in a few; a photoplotter label and a mask "
         "writer were found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-04", "export", "FIAIR01", "air", "FI", [], "KG", "950699",
         "Ampumahiihdon harjoitusvälineet: tukit, taulut ja kantovaljaat, 60 sarjaa", "FI", 720, 60, 9000, "EUR",
         "biathlon training kits are wooden stocks without actions, knock-down targets and carrying harnesses; "
         "these 60 kits hold complete bolt actions, match barrels and magazines of .338 Lapua Magnum precision "
         "rifles packed inside the stocks, flown from Helsinki to Bishkek for a 'ski club' that forwards to "
         "Russia: firearms and their essential components (Military List ML1, Regulation 258/2012) exported "
         "without a licence, for re-export to Russia, which Regulation 833/2014 forbids; Finnish wording (firearms "
         "components repeat in many sets; a biathlon label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-05", "export", "NOSEA01", "sea", "NO", ["FO"], "RU", "901480",
         "Ekkolodd for fritidsbåt, 50/200 kHz, med svinger, 6 stk.", "NO", 2400, 6, 18000, "NOK",
         "leisure-boat echo sounders are 5 kg chart displays with a plastic transducer that sell for a few "
         "thousand kroner; these six crates of 400 kg each hold hull-mounted synthetic-aperture side-scan sonar "
         "arrays and an acoustic positioning (USBL) transceiver for deep-water survey, on a reefer from Ålesund by "
         "way of Tórshavn to Murmansk for a Russian 'fishing' company: underwater detection and positioning "
         "systems (dual-use 6A001) exported without a licence, to Russia against the sanctions Norway applies in "
         "parallel with the EU; Norwegian wording (sonars and hydrophones repeat in several sets; an echo-sounder "
         "label and a route through the Faroe Islands to Murmansk were found in no earlier row by a keyword "
         "search)", {"importer_country": "RU"}),
        ("STR-06", "export", "ISAIR01", "air", "IS", [], "HK", "847150",
         "Notaðir netþjónar til endurvinnslu, úreltir, 40 stk.", "IS", 1400, 40, 4000, "USD",
         "servers sent for recycling are a decade old, stripped of memory and drives and sold by weight; these 40 "
         "chassis from a Keflavík data centre are two years old, each with eight high-end AI accelerator boards, "
         "heat sinks, serial numbers and warranty seals intact, flown to a Hong Kong 'e-waste recycler' for a "
         "Chinese cloud operator at 100 USD a chassis: advanced computing items (dual-use 3A090 and 4A090) "
         "exported without the licence Iceland's export control law, which follows the EU list, requires; "
         "Icelandic wording (AI accelerators and servers repeat in a few sets, blind105 and blind136 among them; "
         "Iceland as the origin of a strategic row and Keflavík were found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("STR-07", "export", "DKSEA01", "sea", "DK", ["GE"], "AM", "382499",
         "Neutraliserende amin til kedelvand i fjernvarmeværker, 200 l tromler, 20 tromler", "DK", 3600, 20, 9000,
         "EUR",
         "boiler-water amines for district heating are blends of a few per cent morpholine or cyclohexylamine in "
         "water, with a data sheet; these 20 drums hold 99 % 2-(diethylamino)ethanol, a clear, fishy-smelling "
         "amine named on the filler's certificate of analysis, for a Yerevan 'heating company' that forwards to "
         "Iran: a Schedule 2 chemical of the Chemical Weapons Convention and Australia Group precursor (dual-use "
         "1C350) exported without a licence, by sea from Aarhus through Poti; Danish wording (aminoethanols repeat "
         "in several sets and diethylaminoethanol in two, blind4 and blind23; a district-heating boiler-water "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-08", "export", "SEROAD01", "road", "SE", ["FI", "RU"], "KZ", "870130",
         "Begagnad skogstraktor, bandgående, ledad, 2 st", "SE", 9000, 2, 60000, "EUR",
         "a tracked forestry tractor is a single-body forwarder with a crane and a log bunk; these two are "
         "articulated, two-body all-terrain tracked carriers in olive drab with blackout lights, weapon-mount "
         "brackets and NATO towing eyes, ex-army Bv 206s bought at a surplus auction, driven through Haparanda and "
         "Russia for a Kazakh buyer who resells to Russia: military vehicles (Military List ML6) exported without "
         "a licence and through Russia, which Regulation 833/2014 forbids; Swedish wording (military vehicles "
         "repeat in several sets; a forestry-tractor label and the Haparanda crossing were found in no earlier "
         "row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "GLSEA01", "sea", "GL", [], "CN", "252930",
         "Nefelinsyenit, formalet, til keramisk industri, big bags, 40 t", "GL", 40000, None, 6000, "USD",
         "ground nepheline syenite for ceramics is a white to pale-grey, inert feldspathic powder; these 40 t are "
         "a grey-pink, dense crushed concentrate of steenstrupine and eudialyte from a rare-earth prospect in south "
         "Greenland that sets a dose-rate meter ticking at several µSv/h and reads 0.4 % uranium and 1 % thorium, "
         "for a Chinese 'ceramics' buyer: nuclear source material (natural uranium and thorium, Nuclear Suppliers "
         "Group trigger list) exported without the licence Greenland's and Denmark's export control of uranium "
         "requires, from Narsaq to Lianyungang; Danish wording (uranium repeats in a few sets; a nepheline label "
         "and Greenland in a strategic row were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-10", "export", "FISEA01", "sea", "FI", ["RU"], "KZ", "850153",
         "Sähkömoottori jokilautalle, varaosa, 1 kpl", "FI", 95000, 1, 300000, "EUR",
         "a spare electric motor for a river ferry weighs a few tonnes and comes crated with its coupling; this "
         "95 t consignment is a podded azimuth propulsion unit of 15 MW with an ice-class propeller hub, built for "
         "an Arctic LNG carrier and declared as a spare motor for a Caspian ferry operator in Aktau, to go by sea "
         "and the Russian inland waterways: goods for Arctic LNG ships and marine propulsion that Regulation "
         "833/2014 bars for Russia, exported through a Kazakh buyer from Helsinki; Finnish wording (ship "
         "equipment for Russia repeats in several sets; a podded propulsion unit was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DESEA01", "sea", "IS", ["DE"], "JP", "030489",
         "Frosin karfaflök, roðlaus, í öskjum, 24 t", "IS", 24000, None, 72000, "USD",
         "frozen redfish fillets are pink-white, flaky fillets with a trace of red skin; these cartons, landed at "
         "Hamburg for transhipment to Osaka, hold dark-red, fine-grained, boneless blocks of mammal meat and strips "
         "of white blubber: fin-whale meat (Balaenoptera physalus, CITES App. I), moving through the Union without "
         "the CITES documents Regulation 338/97 asks of goods in transit, shipped from Reykjavík; Icelandic "
         "wording (fin-whale meat from Iceland to Japan repeats in blind118, kept as a repeat, and redfish labels "
         "appear in a few sets; a transhipment at Hamburg is the new part as far as a search found)",
         {"importer_country": "JP"}),
        ("WLF-02", "export", "ISAIR01", "air", "IS", ["DK"], "QA", "050510",
         "Æðardúnn, hreinsaður, 1 kg, í kassa", "IS", 1.2, None, 2500, "EUR",
         "cleaned eider down is a light, grey-brown, clinging down of which a kilogram fills a large box; this "
         "small padded box, flown through Copenhagen to Doha, holds under a layer of down four buff eggs of about "
         "60 mm with red-brown blotches and a battery hand-warmer: eggs of the gyrfalcon (Falco rusticolus, CITES "
         "App. I), taken from a cliff eyrie in north-east Iceland for Gulf falconers, without CITES documents; "
         "Icelandic wording (gyrfalcons once, blind60; an eider-down label and falcon eggs from Iceland were found "
         "in no earlier row by a keyword search)", {"importer_country": "QA"}),
        ("WLF-03", "export", "DKSEA01", "sea", "DK", [], "US", "940360",
         "Skænk i teak, dansk design, 1960'erne, brugt, 4 stk.", "DK", 260, 4, 8000, "USD",
         "1960s Danish teak sideboards are golden-brown with a straight grain; these four are veneered in a dark, "
         "chocolate-brown wood with black streaks that smells spicy when sanded, and the maker's stamp inside "
         "reads 'palisander': Brazilian rosewood (Dalbergia nigra, CITES App. I), vintage Danish-design furniture "
         "that may leave the Union only with a pre-Convention certificate, sent from Aarhus to a Los Angeles "
         "dealer at teak prices; Danish wording (Brazilian rosewood repeats in several sets and teak labels in "
         "many; Danish mid-century design furniture was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("WLF-04", "export", "FIPOST01", "post", "FI", [], "CN", "430219",
         "Poronnahka, parkittu, karvallinen, 1 kpl", "FI", 4, 1, 180, "EUR",
         "a tanned reindeer hide is 1.5 m long with short, brittle, grey-brown hollow hair that sheds; this one is "
         "2.2 m long with dense, dark-brown guard hair over woolly underfur and claws left on the paws: the hide of "
         "a brown bear (Ursus arctos, CITES App. II, EU Annex A) from a Finnish licence hunt, posted from "
         "Rovaniemi to a private buyer in Harbin without CITES documents; Finnish wording (brown bear repeats in "
         "several sets; a reindeer-hide label was found in no earlier row by a keyword search, the nearest being a "
         "reindeer-skin drum in blind65)", {"consignee_name": "王先生", "importer_country": "CN"}),
        ("WLF-05", "import", "FIROAD01", "road", "RU", [], "FI", "160432",
         "Икра ряпушки (muikunmäti), банки 100 г, 400 шт.", "RU", 40, 400, 1200, "EUR",
         "vendace roe is a tiny-grained, bright orange roe that Finns pay a premium for; these 400 tins, in a van "
         "at Vartius, hold large (3 mm), glossy, grey-black grains that taste of the sea and sturgeon: wild "
         "sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents or the CITES caviar label, at "
         "3 EUR a tin worth hundreds, for a fish shop in Kajaani; Russian wording (caviar repeats in many sets and "
         "lumpfish-roe covers in several; a vendace-roe label and the Vartius crossing were found in no earlier "
         "row by a keyword search)", firm("Kainuun Kalaherkku Oy", "FI")),
        ("WLF-06", "import", "FIPOST01", "post", "RU", [], "FI", "950590",
         "Новогодний декор: искусственная полярная сова, перья, 1 шт.", "RU", 2.4, 1, 60, "EUR",
         "a Christmas snowy owl is a foam body covered in dyed goose feathers with glass eyes; this one is a "
         "mounted real bird with a skull, feathered feet with black talons and the barred white plumage of a young "
         "female: taxidermy of a snowy owl (Bubo scandiacus, CITES App. II, EU Annex A), posted from Arkhangelsk "
         "to a private person in Joensuu without CITES documents; Russian wording (a snowy owl once, as a "
         "decorative artificial bird from Canada in blind65, kept as a repeat; a Christmas-decoration label and a "
         "route from Russia are the new part as far as a search found)", person("Antti Heikkinen", "FI")),
        ("WLF-07", "import", "DKPOST01", "post", "GL", [], "DK", "030616",
         "Frosne rejer, grønlandske, kogte, 4 kg", "GL", 4, None, 400, "DKK",
         "frozen cooked Greenland prawns are pink, curled and smell of the sea; this frozen parcel holds 4 kg of "
         "cubes of grey-white, rubbery skin over a pink layer of blubber: mattak of narwhal and beluga (Monodon "
         "monoceros and Delphinapterus leucas, CITES App. II), posted from Uummannaq to a private person in "
         "Copenhagen without CITES documents, which the personal-effects exemption does not replace for goods sent "
         "by post; Danish wording (narwhal products from Greenland repeat in several sets; mattak and Uummannaq "
         "were found in no earlier row by a keyword search)", person("Nuka Petersen", "DK")),
        ("WLF-08", "export", "NOAIR01", "air", "NO", [], "HK", "030214",
         "Fersk laks, hel, sløyd, på is, 1 200 kg", "NO", 1200, None, 120000, "NOK",
         "a seafood air shipment from Oslo to Hong Kong: fresh salmon and king crab are what Norway flies there "
         "every day, but the third item's 'dried cod skin' is 80 kg of stiff, triangular, grey-brown fins with a "
         "sandpaper skin and cartilage rays: dried fins of porbeagle and shortfin mako (Lamna nasus, Isurus "
         "oxyrinchus, CITES App. II) from bycatch, without CITES export permits, hidden as the last item of a "
         "three-item declaration; Norwegian wording (shark fins repeat in many sets, porbeagle in blind110 and "
         "blind133, and dried fish-skin labels twice, blind52 and blind54; behind Norwegian salmon and king crab "
         "is the new part as far as a search found)",
         dict({"importer_country": "HK"},
              _more_items=[item("030614", "Kongekrabbe, kokt, fryst, 400 kg", "NO", 400, 160000, "NOK"),
                           item("030579", "Tørket fiskeskinn (torsk) til kollagen, 80 kg", "NO", 80, 4000, "NOK")])),
        ("WLF-09", "import", "DEPOST01", "post", "NO", [], "DE", "060490",
         "Tørkede dekorgrener, hvite, fra stranden, 3 kg", "NO", 3, None, 350, "NOK",
         "dried decorative branches are light twigs or lichen-covered wood; these are heavy, chalk-white, brittle "
         "branching skeletons with star-shaped cups at the tips that fizz in vinegar: colonies of the cold-water "
         "stony coral Desmophyllum pertusum (Lophelia, Scleractinia, CITES App. II) from trawl bycatch off "
         "Lofoten, posted from Svolvær to a private person in Kiel without CITES documents; Norwegian wording "
         "(stony corals repeat in many sets, all of them tropical; a cold-water coral from Norway, Lofoten and "
         "Svolvær were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-10", "export", "SESEA01", "sea", "SE", [], "CN", "430400",
         "Pälspläd i fuskpäls, lodjursmönster, 20 st", "SE", 60, 20, 1600, "EUR",
         "faux-fur throws are polyester pile on a knitted backing, light and with a printed, even spot; these 20 "
         "are sewn from real lynx pelts (Lynx lynx, CITES App. II, EU Annex A) with leather skin sides, irregular "
         "natural spots and ear tufts at the edges, from Swedish licence hunts, sent from Gothenburg to a Beijing "
         "fur trader without CITES documents; Swedish wording (lynx repeats in a few sets and faux-fur labels twice, a "
         "Swedish 'fuskpälsmatta' in blind44 and a leopard-print coat in dev13-b; lynx throws for export to China "
         "are the new part as far as a search found)", {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "GB", "SE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (chemistry teaching at home)", "GB", 1, 1, 25, "GBP",
     [("PRECURSOR_LICENCE", "SE-PM-50-0214")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLPOST01", "post", "NO", "PL", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (nitro model racing)", "NO", 4.6, 4, 800, "NOK",
     [("PRECURSOR_LICENCE", "PL-MSWiA-50-0412")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DKSEA01", "sea", "GL", "DK", "854911",
     "Waste lead-acid batteries and waste oil from Greenland settlements (16 06 01*, 13 02 05*), for recovery at "
     "licensed plants, 22 t", "GL", 22000, None, 0, "DKK", [("BASEL_CONSENT", "DK-MST-50-0188")],
     "notified hazardous waste from Greenland to licensed recovery plants"),
    ("PRM-04", "waste", "export", "NOSEA01", "sea", "NO", "LT", "560890",
     "Used aquaculture nets with copper antifouling, for washing and copper recovery at a licensed plant, 22 t",
     "NO", 22000, None, 0, "NOK", [("BASEL_CONSENT", "NO-MD-50-0331")], "notified antifouled nets to a licensed recovery plant"),
    ("PRM-05", "ozone", "export", "DKSEA01", "sea", "DK", "GB", "290376",
     "Halon 1301, recovered from decommissioned offshore installations, for a halon bank serving aviation "
     "critical uses, 40 cylinders", "DK", 1800, 40, 36000, "EUR", [("ODS_LICENCE", "DK-MST-ODS-50-003")],
     "recovered halon exported for a critical use under licence"),
    ("PRM-06", "ozone", "import", "FIAIR01", "air", "US", "FI", "290361",
     "Methyl bromide, analytical reference standard in methanol, 10 x 1 ml, for a licensed laboratory", "US", 0.1,
     10, 600, "USD", [("ODS_LICENCE", "FI-SYKE-ODS-50-002")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "NOSEA01", "sea", "NO", "US", "940360",
     "Rose-painted chest, Telemark, dated 1786, with the Norwegian export permit", "NO", 45, 1, 180000, "NOK",
     [("CULTURAL_EXPORT_CERTIFICATE", "NO-NF-EXP-50-0077")], "folk-art chest exported with its export permit"),
    ("PRM-08", "cultural", "export", "SEAIR01", "air", "SE", "GB", "442199",
     "Runic calendar staff, Dalarna, 17th century, in a documented private collection since 1931", "SE", 1.4, 1,
     120000, "SEK", [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-50-0042")],
     "calendar staff exported with the Swedish permit and the EU export licence"),
    ("PRM-09", "strategic", "export", "NOSEA01", "sea", "NO", "BR", "847989",
     "Work-class ROVs, 3,000 m rated, with tether management systems, for a Brazilian subsea oilfield contractor",
     "NO", 7600, 2, 38000000, "NOK", [("EXPORT_LICENCE", "NO-DEKSA-50-0311"), ("END_USER_CERTIFICATE", "BR-MD-EUC-50-0090")],
     "dual-use deep-rated ROVs under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "CA", "852589",
     "Cooled thermal imaging camera cores, 40 units, for a Canadian border-surveillance integrator", "FI", 32, 40,
     480000, "EUR", [("EXPORT_LICENCE", "FI-UM-50-0228"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-50-0116")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "DKSEA01", "sea", "DK", "US", "940360",
     "Sideboard, Brazilian rosewood veneer, Danish design, 1962, with a CITES pre-Convention certificate", "DK", 65,
     1, 14000, "USD", [("CITES_PERMIT", "DK-MST-CITES-50-0415")],
     "App. I rosewood furniture made before the listing, with its certificate"),
    ("PRM-12", "wildlife", "export", "SEAIR01", "air", "SE", "CH", "430219",
     "Lynx pelts, tanned, 4, from a Swedish licence hunt, with the CITES export permit", "SE", 8, 4, 4000, "EUR",
     [("CITES_PERMIT", "SE-JV-CITES-50-0092")], "App. II lynx pelts from a licence hunt with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr L. Nilsson", "PRM-02": "Anna Kowalska", "PRM-03": "Nordhafen Miljø A/S",
    "PRM-06": "Central Analytik Oy", "PRM-09": "Atlantic Subsea Serviços Ltda", "PRM-11": "Meridian Modern LLC",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("330749", "Sauna fragrance concentrate, birch, 500 ml", "import", ["post"], ["NO", "CA"], (10, 18), (1, 4), ["NOK", "USD"], 2, S),
    ("283640", "Potassium carbonate (potash) for gingerbread baking, 100 g sachets", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD"], 10, S),
    ("200979", "Clear apple must, 1 l glass bottles", "import", ["road"], ["NO", "CH"], (1, 2), (8000, 18000), ["EUR"], 1, S),
    ("382000", "Windscreen washer fluid, -20 °C, 5 l cans", "import", ["road"], ["TR", "UA"], (0.4, 0.8), (10000, 20000), ["EUR"], 0.2, S),
    ("210210", "Turbo yeast for home brewing, 205 g sachets", "import", ["post"], ["GB", "NZ"], (15, 30), (1, 3), ["GBP", "NZD"], 5, S),
    ("340600", "Outdoor wax torches (marschaller), 4 h burning time", "import", ["sea"], ["CN", "VN"], (1, 2), (6000, 14000), ["USD"], 2, S),
    ("290549", "Birch xylitol, crystalline, 1 kg bags", "import", ["sea"], ["CN", "US"], (3, 5), (3000, 9000), ["USD"], 1, S),
    ("281122", "Microsilica (silica fume), densified, big bags", "import", ["sea"], ["IS", "NO"], (0.3, 0.6), (20000, 26000), ["EUR", "USD"], None, S),
    ("261400", "Ilmenite concentrate, for titanium pigment", "import", ["sea"], ["NO"], (0.2, 0.4), (20000, 30000), ["USD"], None, S),
    ("870380", "Used battery-electric cars, 2045-2048, with battery-health report", "export", ["sea"], ["GE", "UA"], (8, 14), (6000, 12000), ["EUR"], 0.0005, S),
    ("560890", "Ball-stop sports nets, knotless polyethylene, new", "import", ["sea"], ["CN", "PK"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("261900", "Ferrochrome-slag aggregate, crushed, for road bases", "export", ["sea"], ["NO", "GB"], (0.02, 0.05), (20000, 30000), ["EUR"], None, S),
    ("391721", "HDPE irrigation pipe, new, coils", "export", ["sea"], ["GH", "SN"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("847989", "Net-inspection underwater drones for fish farms, 300 m rated, new", "export", ["air"], ["CL", "GB"], (150, 300), (50, 300), ["EUR"], 0.1, S),
    ("841861", "Air-to-water heat pumps, monobloc, R-290 (propane), new", "import", ["sea"], ["CN"], (12, 20), (8000, 16000), ["USD"], 0.01, S),
    ("950590", "Christmas snow spray, butane propellant, 300 ml", "import", ["sea"], ["CN"], (1, 2), (4000, 10000), ["USD"], 3, S),
    ("291513", "Ethyl formate, technical, drums", "import", ["sea"], ["CN", "IN"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("761300", "Breathing-air cylinders, aluminium, 6.8 l, new", "import", ["sea"], ["US", "KR"], (15, 30), (1000, 4000), ["USD"], 0.2, S),
    ("321410", "One-component PU foam, propane-butane propellant, 750 ml", "import", ["sea"], ["CN", "TR"], (2, 4), (6000, 12000), ["USD", "EUR"], 1.1, S),
    ("381300", "Fluorine-free foam concentrate for ships' fire systems, drums", "export", ["sea"], ["NO", "IS"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("281410", "Anhydrous ammonia (R-717) for industrial refrigeration, cylinders", "import", ["sea"], ["NO", "US"], (1, 2), (2000, 8000), ["USD", "EUR"], None, S),
    ("442199", "Runic calendar staffs, new craft, birch", "import", ["post"], ["NO"], (30, 60), (1, 2), ["NOK"], 1, S),
    ("442019", "Dragestil wood carvings, new", "import", ["air"], ["NO"], (20, 40), (50, 300), ["NOK", "EUR"], 0.1, S),
    ("960190", "Greenlandic bone and antler crafts, new", "import", ["post"], ["GL"], (40, 90), (1, 2), ["DKK"], 15, S),
    ("442199", "Driftwood and beach-stone souvenirs", "import", ["post"], ["NO", "IS"], (10, 25), (1, 4), ["NOK", "ISK"], 2, S),
    ("960190", "Carved cow-horn drinking horns, new", "import", ["express"], ["IS", "NO"], (20, 40), (1, 3), ["ISK", "NOK"], 1, S),
    ("830629", "Garden ornaments of cast iron, new", "import", ["sea"], ["CN", "IN"], (1.5, 3), (3000, 8000), ["USD"], 0.3, S),
    ("681599", "Knapped flint replica tools, new, for reenactment", "import", ["post"], ["GB", "US"], (30, 60), (1, 2), ["GBP", "USD"], 2, S),
    ("680299", "Soapstone carvings, new, Greenlandic craft", "import", ["post"], ["GL"], (30, 60), (1, 3), ["DKK"], 1.5, S),
    ("940360", "Reproduction rose-painted chests, new", "import", ["sea"], ["NO", "CN"], (6, 12), (1000, 4000), ["NOK", "USD"], 0.03, S),
    ("830629", "Decorative brass and enamel crosses, new", "import", ["express"], ["IN", "AM"], (30, 60), (1, 2), ["EUR", "USD"], 3, S),
    ("852589", "Lorry reversing cameras, CMOS, new", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 4000), ["USD"], 3, S),
    ("844319", "Photoplotters for printed-circuit phototools, new", "import", ["sea"], ["IL", "US"], (40, 80), (500, 2000), ["USD"], 0.002, S),
    ("950699", "Biathlon training targets and harnesses, without rifles", "import", ["sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 0.5, S),
    ("901480", "Leisure-boat echo sounders, 50/200 kHz, new", "import", ["air"], ["US", "TW"], (80, 160), (100, 600), ["USD"], 0.3, S),
    ("382499", "Neutralising boiler-water amine blends for district heating, drums", "import", ["sea"], ["US", "GB"], (2, 4), (4000, 12000), ["USD", "GBP"], None, S),
    ("870130", "Used tracked forestry forwarders, with service records", "export", ["sea"], ["UA", "GE"], (3, 6), (12000, 24000), ["EUR"], 0.00005, S),
    ("252930", "Nepheline syenite, ground, for ceramics and glass", "import", ["sea"], ["NO", "CA"], (0.15, 0.3), (20000, 26000), ["USD", "EUR"], None, S),
    ("850153", "Electric propulsion motors for ferries, new", "export", ["sea"], ["NO", "TR"], (20, 40), (8000, 30000), ["EUR"], 0.0001, S),
    ("940360", "Vintage Danish teak sideboards, 1960s", "export", ["sea"], ["US", "JP"], (20, 40), (500, 2000), ["EUR", "USD"], 0.015, S),
    ("430219", "Tanned reindeer hides with hair", "import", ["post"], ["NO"], (30, 60), (2, 4), ["NOK"], 0.3, S),
    ("950590", "Artificial snowy owls, feathered, Christmas decoration", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 1, S),
    ("392640", "Resin coral-branch decorations, white", "import", ["express"], ["CN", "ID"], (20, 40), (1, 3), ["USD"], 2, S),
    ("430400", "Faux-fur throws, polyester, lynx print", "import", ["sea"], ["CN", "TR"], (6, 12), (2000, 6000), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940430", "Sleeping bags, synthetic fill", "import", ["sea"], ["CN", "VN"], (8, 14), (2000, 6000), ["USD"], 0.8, N),
        ("950699", "Plastic snow sledges for children", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("851210", "Bicycle lights, LED, USB-rechargeable", "import", ["post", "express"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 8, N),
        ("620140", "Men's padded winter jackets, polyester", "import", ["sea"], ["BD", "CN"], (12, 20), (3000, 8000), ["USD"], 0.8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind148", 20501101, HERE)


if __name__ == "__main__":
    main()
