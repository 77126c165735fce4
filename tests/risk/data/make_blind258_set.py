#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-eighth blind set (tests/risk/data/blind258-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: vending machines, kiosks and
convenience retail (vending operators and servicers, coffee-machine servicers, kiosk and
convenience-store wholesalers, cash-and-carry importers, mall-kiosk operators).
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
refrigerants, firearms parts) are left out of the ordinary table, as are the shared
table's two steel rows (as in blind128). Disguised rows carry a consignee name only where
a real declaration would. Ids are BL258-*:

    python3 tests/risk/data/make_blind258_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESSEA01", "sea", "MX", [], "ES", "210690",
         "Jarabe post-mix sabor lima-limón para máquinas de refresco, bag-in-box 19 l, 40 bolsas", "MX", 910, 40,
         1400, "USD",
         "lemon-lime post-mix syrup is a sticky, sweet, pale syrup of about 1.30 kg/l that a fountain dilutes five to "
         "one; these bag-in-box sacks are bulging, their connectors hiss, the liquid is water-thin, not sticky, 1.20 "
         "kg/l, whitens the skin and foams on rust: about 50 % hydrogen peroxide (Annex I above 12 %), by sea from "
         "Veracruz to Valencia for a '24 horas' convenience-store wholesaler that repacks it into 1 l 'cleaning "
         "refills' sold to the public; Mexican Spanish wording (hydrogen peroxide repeats in many sets and syrup "
         "covers in several; a post-mix soda-fountain label was found in no earlier row by a keyword search)",
         firm("Horizon Conveniencia SL", "ES")),
        ("PRE-02", "import", "PTAIR01", "express", "BR", [], "PT", "381400",
         "Thinner para cola de contato de sapateiro, 4 x 1 litro", "BR", 4.6, 4, 160, "BRL",
         "shoe-repair contact-cement thinner is a toluene-acetone blend of 0.85 kg/l that floats on water and dries "
         "in seconds; these four cans hold a liquid of 1.14 kg/l that sinks, barely evaporates, smells faintly "
         "fruity and carries 'CH3NO2' on the Franca filler's inner seal: nitromethane (Annex I above 16 %), sent by "
         "express from São Paulo to a private person in Porto who runs a heel-bar and key-cutting kiosk, although "
         "flammable liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording "
         "(nitromethane repeats in many sets and contact-cement labels in a few, on other goods; a shoe-repair "
         "kiosk thinner was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-03", "import", "FRAIR01", "express", "MY", [], "FR", "290545",
         "Gliserin sayuran (VG) USP 99.5 %, untuk cecair vape, 4 x 1 liter", "MY", 7.4, 4, 120, "MYR",
         "vegetable glycerine is a thick, clear, sweet liquid of 1.26 kg/l that is harmless to the skin; these four "
         "bottles are just as oily and clear but weigh 1.84 kg/l, char a paper label black, grow hot with a drop of "
         "water and eat the polyethylene liner: about 96 % sulphuric acid (Annex I above 15 %), sent by express from "
         "Kuala Lumpur to a private person in Lille who fills e-liquids for a vape kiosk, although corrosive liquids "
         "travel by express only as declared dangerous goods; Malay wording (sulphuric acid repeats in many sets and "
         "glycerine labels in a few, on other goods; kept as a repeat of the label family, a vape-kiosk order from "
         "Malaysia is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "040210",
         "Mliječni preljev u prahu za aparate za tople napitke (topping), vrećice 1 kg, 400 vrećica", "BA", 400, 400,
         1800, "EUR",
         "vending milk topping is a creamy, free-flowing, slightly sweet granule that dissolves and foams in hot "
         "water; these 400 bags hold a heavier, gritty, tasteless white powder that sinks undissolved in hot water, "
         "flares violently with sugar and whose inner liners read 'KClO4', for a Zagreb vending operator that sells "
         "surplus bags to the public in its web shop: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, on a lorry at Stara Gradiška; Bosnian wording (potassium perchlorate repeats in many "
         "sets and milk-powder and topping labels in several, on other goods; a vending-topping label was found in no "
         "earlier row by a keyword search)", firm("Delta Automati d.o.o.", "HR")),
        ("PRE-05", "import", "SESEA01", "sea", "TR", [], "SE", "170490",
         "Patlayan şeker (pop candy), renksiz, dökme, lösgodis için, 10 kg koli, 300 koli", "TR", 3000, 300, 6000,
         "EUR",
         "popping candy is a coloured, sweet, brittle sugar that crackles on the tongue as its carbon dioxide "
         "escapes; these cartons hold colourless, cubic crystals with no sweetness that do not crackle, draw damp "
         "and flare yellow on a gas ring, and the factory sheet in the container gives CAS 7775-09-9, for a "
         "Gothenburg pick-and-mix (lösgodis) wholesaler whose kiosks sell it by weight to the public: sodium "
         "chlorate (Annex I above 40 %) made available to members of the public, by sea from Mersin; Turkish wording "
         "(sodium chlorate repeats in many sets under sugar-like labels; a popping-candy label for pick-and-mix was "
         "found in no earlier row: the one earlier popping row is bubble-tea pearls)",
         firm("Vega Lösgodis AB", "SE")),
        ("PRE-06", "import", "DEROAD01", "road", "UA", ["PL"], "DE", "170490",
         "М'ятні міні-драже для жуйкових автоматів, насипом, мішки 25 кг, 480 мішків", "UA", 12000, 480, 9600,
         "EUR",
         "mini mint dragées are hard, glossy, sugar-coated pellets that taste of peppermint; these sacks hold dull, "
         "porous white prills with no smell or sweetness that turn ice-cold in water, test at 34 % N and melt and "
         "fume on a hot plate, for a Leipzig gumball-machine (Kaugummiautomaten) operator that also sells 1 kg bags "
         "to the public at its cash-and-carry: ammonium nitrate (Annex I at 16 % N or more) made available to members "
         "of the public, by lorry from Lviv through Poland; Ukrainian wording (ammonium nitrate repeats in many sets "
         "and sugar-pearl covers in several; a breath-mint label for gumball machines was found in no earlier row: "
         "the earlier 'mints' are coin mints)", firm("Central Automaten GmbH", "DE")),
        ("PRE-07", "import", "DKAIR01", "air", "TH", [], "DK", "220299",
         "เครื่องดื่มชูกำลัง ขวดแก้วสีชา 150 มล., 4,800 ขวด", "TH", 1000, 4800, 2400, "USD",
         "Thai energy drinks are sweet, fizzy, yellow-orange and sold in 150 ml amber bottles; these bottles hold a "
         "still, yellow-brown liquid of 1.40 kg/l that fumes when the cap is lifted, stains the skin yellow and eats "
         "a copper coin, at 0.50 USD a bottle, for a Copenhagen Asian cash-and-carry that supplies kiosks selling to "
         "the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Bangkok; Thai wording (nitric acid repeats in many sets and drink covers in several; an energy-shot label "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Asia Cash & Carry ApS", "DK")),
        ("PRE-08", "import", "NLSEA01", "sea", "ID", [], "NL", "210390",
         "Vetsin (penyedap rasa MSG), bungkus 250 g, 24.000 bungkus", "ID", 6000, 24000, 7200, "USD",
         "monosodium glutamate is a needle-shaped, glassy crystal with a savoury taste that dissolves without "
         "colour; these 250 g packs hold flat, tasteless, monoclinic crystals that crackle and spit violet sparks "
         "on a hot iron, whose master cartons carry CAS 3811-04-9 under the printed sleeves, for a Rotterdam toko "
         "wholesaler that sells them across the counter: potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Surabaya; Indonesian wording (potassium chlorate repeats in many sets "
         "and MSG labels in a few, on other goods; the Indonesian 'vetsin' word was found in no earlier row by a "
         "keyword search)", firm("Horizon Toko Groothandel BV", "NL")),
        ("PRE-09", "import", "FIRAIL01", "rail", "CN", ["KZ"], "FI", "282710",
         "盐味甘草粉 (氯化铵, 食品级), 1 公斤袋, 3,000 袋", "CN", 3000, 3000, 4500, "USD",
         "food-grade ammonium chloride for salmiakki is a salty, pungent white powder that sublimes on a hot plate; "
         "these 3,000 bags hold a tasteless, glassy, deliquescent powder that does not sublime but melts and makes "
         "sugar flare, and the inner bags read 'NaClO4·H2O', for a Helsinki kiosk wholesaler (R-kioski suppliers) "
         "that sells 1 kg bags to home sweet makers: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by rail from Xi'an through Kazakhstan to Vainikkala; Chinese wording (sodium "
         "perchlorate repeats in many sets and salmiak labels in a few, on other goods; the China-Finland train is "
         "the new part as far as a search found)", firm("Orion Kioskitukku Oy", "FI")),
        ("PRE-10", "import", "DKROAD01", "road", "NO", ["SE"], "DK", "340290",
         "Brilleglassrens til kioskstativer, refill, kanner 5 l, 120 kanner", "NO", 680, 120, 2400, "NOK",
         "the lens cleaner sold beside reading-glasses spinners in kiosks is an alcohol-and-water spray of 0.97 kg/l "
         "that smells of spirit; these 5 l jugs, with vented caps, hold an odourless liquid of 1.13 kg/l that "
         "whitens and stings the skin and foams on a cut, which the Copenhagen kiosk distributor decants into 60 ml "
         "spray bottles for sale to the public: about 35 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, by road from Oslo through Sweden; Norwegian wording (hydrogen peroxide repeats in "
         "many sets and lens-cleaner labels in several, once on a precursor (blind243, a stage-lens cleaner); kept as "
         "a repeat of the label family, a refill for kiosk reading-glasses stands is the new part)", firm("Atlantic Kiosk Distribution ApS", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "940320",
         "Gebrauchte Stahl-Wandschränke, lackiert, 180 Stück", "DE", 9000, 180, 2700, "EUR",
         "used steel wall cabinets are empty, hinged boxes with shelves; these 180 are wall-mounted cigarette "
         "vending machines (Zigarettenautomaten) pulled off Ruhr house fronts after the switch to age-check cards, "
         "with smashed fronts, their coin and card units, controller boards and back-up lead batteries still inside "
         "and cut mains leads: waste electrical and electronic equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, by road through Poland to a Lviv 'metal "
         "furniture' buyer; German wording (vending machines as waste repeat in a few sets, snack and drink "
         "machines; wall cigarette machines as steel cabinets were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "IN", "391590",
         "PET butelių dribsniai, plauti, skaidrūs, presuoti ryšuliai, 24 t", "LT", 24000, None, 4800, "EUR",
         "washed clear PET flake is a dry, uniform, clean chip sold in big bags; these bales are crushed whole "
         "bottles straight from a deposit-return counting centre fed by supermarket and kiosk reverse-vending "
         "machines, mixed with coloured PET, caps, crushed cans, glass and sour, fermenting drink residues: mixed, "
         "contaminated plastic waste (Y48 and beyond), whose export to a non-OECD country is banned, from Klaipėda "
         "to Mundra for a 'flake washer'; Lithuanian wording (plastic bales under flake labels repeat in many sets; "
         "deposit-return bales from reverse-vending machines were found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "CI", "330720",
         "Déodorants et désodorisants en aérosol, fins de séries, 1 conteneur", "FR", 9000, 36000, 5400, "EUR",
         "end-of-line aerosols travel in sealed, printed shelf cartons of one reference; this container holds loose, "
         "dented and leaking cans of hundreds of brands, many past their date, some without caps, swept from the "
         "returns cage of a Rungis cash-and-carry's reverse-logistics centre, with a smell of solvent and butane "
         "through the doors: waste aerosols containing hazardous substances (16 05 04*), hazardous waste whose "
         "export to a non-OECD country is banned, from Le Havre to Abidjan for a 'wholesale' buyer; French wording "
         "(aerosols repeat in many sets as goods; cash-and-carry returns as end-of-line stock were found in no "
         "earlier waste row by a keyword search)", {"importer_country": "CI"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "850680",
         "Alkali-Batterien, neu, Überbestand, lose in Fässern, 6 t", "AT", 6000, None, 3000, "EUR",
         "surplus new batteries come blister-packed or in shrink-wrapped trays with a date code; these drums hold "
         "loose, mixed, used AA, AAA, 9 V and button cells of every make, some leaking, with NiCd, lithium and "
         "mercury button cells among them, emptied from the battery-collection boxes of Viennese kiosks and "
         "petrol-station shops: waste batteries with NiCd and mercury cells (16 06 02*, 20 01 33*), hazardous waste "
         "whose export to a non-OECD country is banned, by road through Hungary to a Belgrade 'wholesaler'; Austrian "
         "German wording (battery waste repeats in several sets; kiosk collection-box batteries as new surplus were "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-05", "export", "GBSEA01", "sea", "GB", [], "NG", "854340",
         "Disposable vapes, assorted flavours, new, overstock, 1 x 40 ft", "GB", 8000, 160000, 16000, "GBP",
         "overstock disposable vapes come sealed in flavour-printed boxes with the nicotine warning; these are "
         "loose, used, sticky devices of dozens of brands, many leaking e-liquid and some with swollen cells, tipped "
         "from the take-back bins of Midlands convenience stores: waste electronic equipment with lithium cells "
         "and nicotine residues (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Felixstowe to Apapa; UK English wording (vapes repeat in several sets as goods; used take-back vapes as "
         "overstock were found in no earlier waste row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "250510",
         "Oprani kremenov pesek za otroška igrišča, razsuto, 24 t", "SI", 24000, None, 480, "EUR",
         "washed play sand is clean, pale, free-running quartz with no smell; this tipper holds a grey-black, wet, "
         "greasy silt that smells of diesel and wax and leaves an oily sheen on a puddle, pumped out of the oil "
         "separators of a chain of self-service coin-operated car washes round Ljubljana: sludge from oil/water "
         "separators (13 05 02*), hazardous waste whose export to a non-OECD country is banned, by road through "
         "Croatia to a Bihać 'landscaping' firm; Slovenian wording (interceptor sludge repeats in a few sets and "
         "car-wash waste in several; a playground-sand label on it was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CD", "350691",
         "Colle néoprène pour cordonnerie, stock, fûts et bidons, 14 t", "BE", 14000, None, 2800, "EUR",
         "shoe-repair neoprene contact cement in stock is a fluid, honey-coloured adhesive in sealed, dated tins; "
         "these drums and tins are dented, half-full, skinned over or set solid, with rags and brushes inside, "
         "collected from the heel-bar and key-cutting kiosks of a Belgian chain at the end of their shelf life, and "
         "they smell strongly of solvent: waste adhesives containing organic solvents (08 04 09*), hazardous waste "
         "whose export to a non-OECD country is banned, from Antwerp to Matadi for a Kinshasa 'shoe-repair supplier'; "
         "Belgian French wording (contact cement repeats in a few sets as a label; heel-bar kiosk adhesive waste was "
         "found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("WST-08", "export", "PLSEA01", "sea", "PL", [], "EG", "841899",
         "Agregaty chłodnicze do automatów z napojami, regenerowane, 600 szt.", "PL", 21000, 600, 9000, "EUR",
         "reconditioned vending cooling cassettes come cleaned, evacuated or recharged, with a test tag; these 600 "
         "are dirty, dented units pulled from a Warsaw operator's fleet renewal, their condensers packed with dust, "
         "their R-134a charges and compressor oil still inside and some pipes cracked and oily: waste equipment "
         "containing fluorinated gases and oil (16 02 11*), hazardous waste whose export to a non-OECD country is "
         "banned, from Gdynia to Alexandria for a 'spare parts' dealer; Polish wording (cooling units repeat in "
         "several sets; used vending cassettes were found in no earlier waste row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-09", "export", "IESEA01", "sea", "IE", [], "NG", "940320",
         "Used shop fittings from convenience-store refits: shelving gondolas, 1 x 40 ft", "IE", 6000, 220, 3000, "EUR",
         "a convenience-store refit container for Lagos: metal shelving and checkout counters are what Dublin "
         "shopfitters resell to West Africa, but the third item's 'POS terminals, tested' are 300 broken "
         "cathode-ray POS monitors with cracked tubes and loose boards, taken out of Irish forecourt shops: CRT "
         "monitors and leaded glass (16 02 13*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, from Dublin to Apapa; Irish English wording (CRT waste "
         "repeats in many sets; behind convenience-store shelving is the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("940320", "Checkout counters, used, laminated, 40 pieces", "IE", 2400, 1200, "EUR", qty=40),
                           item("847090", "POS terminals, tested, 300 pieces", "IE", 4500, 900, "EUR", qty=300)])),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "MA", "850760",
         "Baterías externas (power banks) usadas, grado B, probadas, 12.000 unidades", "ES", 4200, 12000, 6000, "EUR",
         "tested grade-B power banks come cleaned, charged to a third and boxed; these are grimy, branded rental "
         "units pulled from the charging kiosks of Madrid bars and convenience stores when the operator closed, "
         "many swollen, cracked or scorched, packed loose in gaylords without any fire protection: waste "
         "lithium-ion batteries in electronic equipment (16 06 and 16 02 13*, Basel A1180), hazardous waste whose "
         "export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (power banks "
         "repeat in several sets; rental-kiosk power banks were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HRROAD01", "road", "RS", [], "HR", "841850",
         "Rashladne vitrine za prodavnice (multideck), otvorene, R-290, 60 kom.", "RS", 12000, 60, 36000, "EUR",
         "plug-in open multideck chillers for convenience stores on R-290 carry a flame symbol and a charge of at "
         "most 500 g; these 60 have no flame mark, 1.2 kg of refrigerant each, an HFC sight glass and 'R404A' on "
         "the compressor nameplates under the new stickers: plug-in commercial refrigeration with an HFC of GWP "
         "3,922, whose placing on the Union market Regulation 2024/573 forbids, by lorry from Subotica at Bajakovo "
         "for a Zagreb convenience chain; Serbian wording (plug-in HFC cabinets repeat in many sets; convenience "
         "multidecks were found in no earlier row by a keyword search)", firm("Alpina Trgovina d.o.o.", "HR")),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "841899",
         "自动售货机螺旋货道制冷机组, R-290, 400 台", "CN", 10000, 400, 40000, "USD",
         "cooling units for spiral snack-vending machines on R-290 carry a flame mark and about 150 g of propane; "
         "these 400 units have brass service valves, 700 g of refrigerant each and a gas test on one gives "
         "chlorodifluoromethane: equipment containing HCFC-22, whose import into the Union is banned, by sea from "
         "Guangzhou to Genoa for a Bologna vending-machine refurbisher; Chinese wording (HCFC-22 equipment "
         "repeats in many sets; vending cooling units as replacement cassettes were found in no earlier ODS row by a "
         "keyword search)", firm("Meridian Vending Srl", "IT")),
        ("OZN-03", "import", "MTSEA01", "sea", "HK", [], "MT", "340290",
         "Chewing gum remover, freeze spray, HFO propellant, 500 ml, 4,800 cans", "HK", 2400, 4800, 4800, "USD",
         "gum freezers for cleaning pavements outside kiosks and forecourts are sold on HFO or CO2 and say so; "
         "these cans have no flammability mark, a faded 'HFC-134a' print under the sticker and a gas test gives "
         "1,1,1,2-tetrafluoroethane: technical aerosols containing an HFC of GWP 1,430, whose placing on the Union "
         "market Regulation 2024/573 forbids, by sea from Hong Kong to Marsaxlokk for a Maltese cleaning "
         "wholesaler; Hong Kong English wording (HFC-134a aerosols repeat in many sets and a gum-remover label "
         "once (blind228); kept as a repeat of the label, by sea from Hong Kong to Malta is the new part)",
         firm("Central Cleaning Supplies Ltd", "MT")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "940690",
         "Торговельні павільйони збірні (МАФ), сендвіч-панелі, 6 комплектів", "UA", 18000, 6, 24000, "EUR",
         "prefabricated kiosk pavilions in sandwich panels are now foamed with pentane or water-blown and labelled; "
         "these six sets have yellowed, crumbly foam that smells sweet and ether-like at the cut edges, and a gas "
         "test of a drilled core gives 1,1-dichloro-1-fluoroethane: panels blown with HCFC-141b, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by lorry from Kyiv at "
         "Dorohusk for a Lublin kiosk operator; Ukrainian wording (HCFC-141b foams repeat in many sets; kiosk "
         "pavilions (МАФ) were found in no earlier row by a keyword search)", firm("Vega Kioski Sp. z o.o.", "PL")),
        ("OZN-05", "import", "BESEA01", "sea", "US", [], "BE", "340290",
         "Coin cleaning solution for coin-counting kiosks, non-flammable, 40 x 5 gal", "US", 12000, 40, 6000, "USD",
         "coin-cleaning solutions for coin-counting kiosks are mild acid baths in water of about 1.05 kg/l; these "
         "40 pails hold a heavy, sweet-smelling, non-aqueous liquid of 1.59 kg/l that dissolves grease, does not mix "
         "with water and reads 'CCl4' on the drum stencils under the pail labels: carbon tetrachloride, whose import "
         "into the Union is banned outside licensed feedstock and laboratory uses, by sea from Newark to Antwerp for "
         "a coin-counting kiosk operator; US English wording (carbon tetrachloride repeats in many sets and "
         "coin-cleaner labels in two; coin-counting kiosks were found in no earlier row by a keyword search)",
         firm("Rivage Coin Services SA", "BE")),
        ("OZN-06", "import", "FRAIR01", "air", "JP", [], "FR", "381400",
         "シールはがし液 (値札用), 業務用, 1 L 缶, 300 缶", "JP", 400, 300, 3000, "USD",
         "Japanese sticker removers for price labels are citrus-terpene or naphtha liquids of about 0.8 kg/l that "
         "smell of orange or petrol; these tins weigh 1.34 kg/l, smell sweet like chloroform, do not burn and the "
         "filler's inner stickers read '1,1,1-トリクロロエタン': 1,1,1-trichloroethane (methyl chloroform), whose "
         "import into the Union is banned, flown from Osaka to Paris for a Japanese convenience-store operator; "
         "Japanese wording (methyl chloroform repeats in many sets and sticker-remover labels in two; a Japanese "
         "price-label remover was found in no earlier row by a keyword search)",
         firm("Orion Konbini SARL", "FR")),
        ("OZN-07", "import", "CZAIR01", "air", "TW", [], "CZ", "381400",
         "紙鈔辨識器感測器清潔劑, 不含 CFC, 500 毫升, 1,200 罐", "TW", 720, 1200, 3600, "USD",
         "bill-validator sensor cleaners are isopropanol or HFE sprays marked as such; these cans spray a liquid of "
         "1.57 kg/l that leaves no film, does not burn and a gas test gives 1,1,2-trichloro-1,2,2-trifluoroethane: "
         "CFC-113, whose import into the Union is banned, flown from Taipei to Prague for a Brno vending and "
         "amusement-machine servicer; traditional Chinese wording from Taiwan (CFC-113 repeats in many sets as "
         "electronics cleaners; a bill-validator cleaner was found in no earlier row by a keyword search)",
         firm("Delta Servis Automatů s.r.o.", "CZ")),
        ("OZN-08", "import", "ESSEA01", "sea", "MA", [], "ES", "382499",
         "Fumigant phosphine/CO2 en bouteilles, pour entrepôts de tabac et fruits secs, 40 bouteilles", "MA", 2000,
         40, 3000, "EUR",
         "phosphine-in-CO2 fumigant cylinders are tall, high-pressure bottles of gas that do not slosh; these 40 "
         "short cylinders slosh, read 2 bar, hold a liquid of 1.73 kg/l and are stamped 'CH3Br' under the new "
         "labels, for an Algeciras tobacco and nut cash-and-carry that supplies kiosks: methyl bromide, whose import "
         "into the Union is banned, by sea from Tanger Med; Moroccan French wording (methyl bromide repeats in many "
         "sets and phosphine labels in several (kept as a repeat of the label family); a tobacco and "
         "dried-nut cash-and-carry from Morocco is the new part)", firm("Horizon Tabacos y Frutos Secos SL", "ES")),
        ("OZN-09", "transit", "ROSEA01", "sea", "TR", ["RO"], "MD", "271113",
         "Izobutan R-600a pentru service automate de băuturi, butelii 6,5 kg, 300 butelii", "TR", 1950, 300, 2400,
         "USD",
         "R-600a cylinders for servicing drinks vending machines hold 6.5 kg of a light liquid of 0.56 kg/l and "
         "carry a flame mark; these cylinders are filled to 13 kg, read 9 bar at 20 °C, have no flame mark and a "
         "gas test gives chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Constanța in transit from Ambarlı to a "
         "Chişinău vending servicer; Romanian wording (HCFC-22 under other gas labels repeats in many sets; an "
         "isobutane vending-service label in transit to Moldova was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
        ("OZN-10", "import", "ROAIR01", "air", "CN", [], "RO", "842410",
         "Stingătoare automate suspendate cu pulbere, pentru chioșcuri, 6 kg, 400 buc.", "CN", 2800, 400, 6000, "USD",
         "hanging automatic powder extinguishers for kiosks hold 6 kg of ABC powder that rattles and carry a "
         "pressure gauge; these 400 spheres slosh, have no gauge, and a gas test at the fill plug gives "
         "bromochlorodifluoromethane: halon 1211 in fixed extinguishers, products whose import into the Union is "
         "banned outside critical uses, flown from Shanghai to Bucharest for a kiosk and street-food fit-out firm; "
         "Romanian wording (halon 1211 repeats in many sets and extinguisher-ball labels in two; kiosk hanging "
         "extinguishers were found in no earlier row by a keyword search)", firm("Vega Chioșcuri SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "830170",
         "Ključevi, sirovi (key blanks), mesing, razni profili, 40 kg", "RS", 40, 2000, 400, "EUR",
         "brass key blanks for key-cutting kiosks are bright, machined, identical profiles on a card; among these "
         "bags are some 160 cast bronze keys and ring-keys with green patina, soil in the wards and worn bits, "
         "detectorist finds from the Viminacium and Singidunum area: Roman keys (1st-4th century), archaeological "
         "objects taken out of Serbia, which forbids their export, brought in without the import licence Regulation "
         "2019/880 requires, on a lorry through Hungary for a Vienna key-cutting and heel-bar kiosk chain; Serbian "
         "wording (Balkan detector finds repeat in several sets; Roman keys among key blanks were found in no "
         "earlier row by a keyword search)", firm("Alpina Schlüsseldienst GmbH", "AT")),
        ("CUL-02", "export", "ITSEA01", "sea", "IT", [], "TN", "470790",
         "Rese di giornali e riviste invendute, per macero, balle, 18 t", "IT", 18000, None, 1800, "EUR",
         "newsagents' returns for pulping are bales of unsold dailies and glossy magazines of the past weeks; "
         "inside six bales of this container are bundles of handwritten notarial deeds and parish registers on rag "
         "paper with tax stamps of the Kingdom of the Two Sicilies (1790-1860), tied with archive tape and "
         "shelf-marked, missing from a Sicilian municipal archive: archives more than 50 years old, which leave the "
         "Union only with the export licence of Regulation 116/2009 and which Italy protects as state property, "
         "from Palermo to Tunis for a 'paper recycler'; Italian wording (archives and manuscripts repeat in many "
         "sets; newsagents' returns as cover were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("CUL-03", "export", "DEAIR01", "air", "DE", [], "US", "847689",
         "Warenautomat aus Gusseisen, Nachbau im historischen Stil, 1 Stück", "DE", 85, 1, 1800, "EUR",
         "cast-iron reproduction vending machines are new castings with crisp edges and modern screws; this one "
         "has worn, hand-chased ornaments, slotted screws, a working coin mechanism of 1895, the 'Stollwerck "
         "Cöln' casting mark and an auction-house lot number of 82,000 EUR: a Stollwerck chocolate automaton of "
         "about 1895, an antique more than 100 years old above the 50,000 EUR threshold, exported without the "
         "licence Regulation 116/2009 requires, flown from Cologne to Chicago for a coin-op collector; German "
         "wording (automata repeat in a few sets, as musical or fortune-teller automata; an early chocolate vending "
         "machine was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "CZAIR01", "air", "IL", [], "CZ", "330499",
         "מסכות בוץ ים המלח לדוכני קניון, 2,400 יחידות", "IL", 1200, 2400, 7200, "USD",
         "a Dead Sea cosmetics shipment for a Prague mall-kiosk operator: mud masks and salt scrubs are what those "
         "kiosks sell, but the third item's 'ceramic oil-lamp replicas' are 40 worn, wheel-made and mould-made "
         "lamps with soot on the nozzles, calcite crusts and Herodian and Byzantine forms, dug in the West Bank "
         "and exported without an Israel Antiquities Authority permit: archaeological objects brought in without "
         "the import licence Regulation 2019/880 requires, hidden as the last item of a three-item declaration, "
         "flown from Tel Aviv; Hebrew wording (Holy Land lamps repeat in several sets and Dead Sea labels in many, "
         "on precursors; behind mall-kiosk cosmetics is the new part as far as a search found)",
         dict(firm("Orion Kosmetika s.r.o.", "CZ"),
              _more_items=[item("330499", "פילינג מלח ים המלח, 1,200 יחידות", "IL", 900, 4800, "USD", qty=1200),
                           item("691390", "העתקי נרות שמן מקרמיקה, מזכרת, 40 יחידות", "IL", 6, 120, "USD", qty=40)])),
        ("CUL-05", "export", "GRSEA01", "sea", "GR", [], "AU", "491191",
         "Εικόνες θρησκευτικές τυπωμένες σε ξύλο, για περίπτερα, 3.000 τεμάχια", "GR", 1500, 3000, 4500, "EUR",
         "printed icons on wood for kiosks are glossy laminated prints on MDF with a paper back; one crate holds a "
         "tempera icon of the Virgin Hodegetria on an old, warped, two-board panel with a carved frame, gold "
         "leaf, craquelure and a church inventory number on the back, removed from a Cretan village church: an "
         "icon of the 17th century, part of the Greek cultural heritage, exported without the licence Regulation "
         "116/2009 requires and the Greek export permit, from Piraeus to Melbourne for a Greek-community kiosk "
         "wholesaler; Greek wording (icons repeat in many sets; among printed icons for periptero kiosks is the new "
         "part as far as a search found)", {"importer_country": "AU"}),
        ("CUL-06", "import", "ITSEA01", "sea", "CN", [], "IT", "950300",
         "盲盒潮玩公仔, 随机款, 12,000 盒", "CN", 3600, 12000, 30000, "USD",
         "blind boxes hold a vinyl figure and a card and rattle lightly; about 90 of these boxes, for a Milan "
         "Chinese mini-market and its blind-box vending machines, hold instead bronze garment hooks with inlaid "
         "silver and malachite corrosion, soil in the sockets and Warring States and Han forms: archaeological "
         "objects exported from China, which forbids the export of pre-1911 relics, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Ningbo to Genoa; Chinese wording (Chinese bronzes "
         "repeat in several sets; belt hooks in blind boxes were found in no earlier row by a keyword search)",
         firm("Horizon Import Export Srl", "IT")),
        ("CUL-07", "import", "NLAIR01", "air", "IN", [], "NL", "732690",
         "पान दान, पीतल, नया, पान की दुकानों के लिए, 120 नग", "IN", 240, 120, 1200, "USD",
         "new brass paan boxes for paan shops are bright, machine-pressed and light; two of these are heavy, "
         "black zinc-alloy boxes with silver inlay worn smooth at the edges, old repairs and a Deccan poppy "
         "pattern: Bidri paan boxes of the 18th century, antiquities whose export India forbids (Antiquities and "
         "Art Treasures Act), brought in without the importer statement Regulation 2019/880 requires, flown from "
         "Delhi to Amsterdam for a Hague Surinamese-Hindustani paan-kiosk supplier; Hindi wording (Indian "
         "antiquities repeat in many sets and Bidri once, as new craft (blind200); an antique paan box among paan-shop "
         "supplies was found in no earlier row by a keyword search)", firm("Rivage Paan & Groothandel BV", "NL")),
        ("CUL-08", "import", "DESEA01", "sea", "KR", [], "DE", "190230",
         "라면, 편의점용, 40 박스", "KR", 4000, 40, 4000, "USD",
         "a Korean convenience-store goods container for a Frankfurt K-mart: ramyeon and soju are what such shops "
         "sell, but the third item's 'new celadon-style teacups' include a small, crackled, grey-green cup with "
         "inlaid cranes and clouds, sand-grit on the foot and a kiln spur scar: a Goryeo inlaid celadon cup of the "
         "12th-13th century, whose export Korea forbids, brought in without the importer statement Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration, by sea from Busan to Hamburg; "
         "Korean wording (Goryeo celadon repeats in several sets; kept as a repeat of the good, behind ramyeon and "
         "soju is the new part)",
         dict(firm("Nordhafen Asia Markt GmbH", "DE"),
              _more_items=[item("220890", "소주, 360 ml, 2,400 병", "KR", 1100, 2400, "USD", qty=2400),
                           item("691200", "청자풍 찻잔, 신제품, 60 개", "KR", 12, 180, "USD", qty=60)])),
        ("CUL-09", "import", "ESSEA01", "sea", "MX", [], "ES", "691390",
         "Alcancías de barro, cochinitos, artesanía nueva, 600 piezas", "MX", 900, 600, 1200, "MXN",
         "new clay piggy banks for tienditas are bright, painted, with a coin slot; eight of these are burnished "
         "red, hollow dogs and figures with no slot, root marks, manganese spots and old breaks, western Mexican "
         "shaft-tomb ware: Colima figures (300 BC-AD 300), archaeological monuments of Mexico, whose export Mexico "
         "forbids, brought in without the import licence Regulation 2019/880 requires, by sea from Veracruz to "
         "Valencia for a Madrid Latin-American convenience wholesaler; Mexican Spanish wording (Colima figures "
         "repeat in a few sets and piggy-bank covers in three, on Majapahit terracottas (blind20, blind50, blind232); "
         "kept as a repeat of the cover family, Colima figures for a tiendita wholesaler are the new part)",
         firm("Meridian Distribuciones Latinas SL", "ES")),
        ("CUL-10", "import", "ITAIR01", "air", "PH", [], "IT", "392640",
         "Santo Niño na rebulto, resin, bagong gawa, para sa sari-sari store, 48 piraso", "PH", 60, 48, 480, "PHP",
         "new resin Santo Niño statues are hollow, light and glossy, with moulding seams; one of these has a head "
         "and hands of carved ivory with glass eyes, a hardwood body with worn gesso and gilding, and a parish "
         "inventory tag: a colonial santo of the 18th century, cultural property whose export the Philippines "
         "allows only with a National Museum permit, brought in without the importer statement Regulation 2019/880 "
         "requires, flown from Manila to Rome for a supplier of Filipino sari-sari stores; Tagalog wording "
         "(Philippine santos repeat in a few sets and resin Santo Niño labels in two (blind199, blind227); kept as a "
         "repeat of the label, a sari-sari store supplier is the new part)", firm("Alpina Forniture Filippine Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "847990",
         "Spiralmotoren und Spiralen für Snackautomaten, Ersatzteile, 3.000 Stück", "DE", 600, 3000, 9000, "EUR",
         "spiral motors for snack vending machines are small geared DC motors with a plastic coupling, about 250 g "
         "each; these cartons hold 3,000 shielded LTE and 5G modem modules on carrier boards with u.FL antenna "
         "leads, worth twenty times the declared value, for a Bishkek 'vending operator' registered last year whose "
         "last consignee is a Moscow forwarder: radio modems (8517 62), on the common high-priority list whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Frankfurt; "
         "German wording (modems and telemetry repeat in several sets; vending spiral motors were found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "DKAIR01", "air", "DK", [], "KZ", "847689",
         "Automatisk kaffekiosk (robotbarista), selvbetjening, 4 enheder", "DK", 1200, 4, 40000, "EUR",
         "a robot-barista kiosk is a booth with a small collaborative arm, a coffee machine, cup dispensers and a "
         "touch screen; these four crates hold bare six-axis industrial robot arms with controllers and teach "
         "pendants, 20 kg payload, and no booth, coffee machine or screen at all, for an Almaty 'coffee-kiosk' "
         "start-up whose address is a forwarder's serving Russian machine-building plants: industrial robots "
         "(8479 50), whose sale for use in Russia Regulation 833/2014 forbids, flown from Copenhagen; Danish "
         "wording (industrial robots repeat in a few sets, once as animatronic dinosaurs (blind256); a robot-barista "
         "kiosk was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AE", "902620",
         "Sensori di pressione per casette dell'acqua (distributori automatici), ricambi, 80 pezzi", "IT", 40, 80, 1200, "EUR",
         "pressure sensors for the water kiosks (casette dell'acqua) of Italian towns are cheap piezoresistive "
         "transmitters reading 0-10 bar; these 80 are capacitance "
         "manometers with Inconel diaphragms and full-scale ranges of 1 to 100 torr, at 3,000 EUR each on the "
         "maker's list, for a Dubai 'water-kiosk spares' trader whose consignments go on to Bandar Abbas: "
         "pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation (267/2012), "
         "exported without a licence, flown from Milan; Italian wording (pressure transducers repeat in several "
         "sets, and espresso-machine gauges twice (blind96, blind128), so a first draft of this row was changed "
         "after the second search; water-kiosk pressure sensors were found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "LB", "848180",
         "Válvulas de recambio para fuentes de refrescos post-mix, 600 unidades", "ES", 900, 600, 9000,
         "EUR",
         "post-mix fountain valves are small plastic-and-brass dispensing valves with a nozzle and a lever; these "
         "600 are "
         "bellows-sealed stainless and Hastelloy globe valves with flanged ends and no coil, for a Beirut "
         "'soda-fountain servicer' whose orders go on by road to Syria: valves controlled under dual-use 2B350.g "
         "(chemical-weapons plant equipment), exported without the licence Regulation 2021/821 requires and to "
         "Syria against the Syria regulation, from Valencia; Spanish wording (bellows-sealed valves repeat in "
         "several sets, and espresso solenoid valves once (blind133), so a first draft of this row was changed after "
         "the second search; soda-fountain valves were found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-05", "export", "SKAIR01", "air", "SK", [], "KZ", "850760",
         "Powerbanky pre nabíjacie kiosky (prenájom), 10.000 mAh, 4.000 ks", "SK", 1800, 4000, 16000, "EUR",
         "rental power banks for charging kiosks are branded, cased units with a cable and a chip; these cartons "
         "hold 24,000 bare, high-drain 21700 lithium-ion cells in maker's trays with no case, cable or board, for "
         "an Almaty 'charging-kiosk' firm whose buyer assembles drone batteries in Russia: lithium-ion "
         "accumulators (8507 60), on the common high-priority list whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Bratislava; Slovak wording (lithium cells repeat "
         "in several sets; charging-kiosk power banks as cover were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "BESEA01", "sea", "BE", [], "TR", "382499",
         "Antistatische vloeistof voor bekerdispensers van warmedrankautomaten, 40 vaten", "BE", 7200, 40, 6000,
         "EUR",
         "antistatic fluids for cup dispensers are dilute quaternary-ammonium sprays in water that foam when "
         "shaken; these drums hold a colourless, fishy, amine-smelling liquid of 0.83 kg/l that does not foam, "
         "whose drum heads read CAS 96-80-0, for a Mersin 'vending supplies' buyer whose orders go on to Syria: "
         "N,N-diisopropylaminoethanol (CWC Schedule 2B, dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires, from Antwerp; Flemish wording (diisopropylaminoethanol repeats in several sets; a "
         "cup-dispenser antistatic label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-07", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "220860",
         "Водка казахстанская, 0,5 л, для киосков, 38 400 бутылок", "KZ", 19200, 38400, 46000, "USD",
         "Kazakh vodka carries the excise stamps and bottling codes of Kazakh distilleries; these bottles have "
         "bottling codes, glass marks and batch labels of a distillery in Tatarstan, with Kazakh stickers over them "
         "and a certificate of origin issued in Petropavl after transhipment, for a Riga kiosk wholesaler: Russian "
         "vodka, whose import into the Union Regulation 833/2014 forbids, by rail through Russia to Rēzekne; "
         "Russian wording (Russian goods under Kazakh origin repeat in many sets and vodka in several; kept as a "
         "repeat of the good, for kiosks by rail into Latvia is the new part)", firm("Vega Kiosku Vairumtirdzniecība SIA", "LV")),
        ("STR-08", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "851310",
         "LED svítilny nabíjecí, pro stánky a trafiky, 2 000 ks", "CZ", 1200, 2000, 8000, "EUR",
         "rechargeable LED torches for kiosks and newsstands are light, with one switch and a USB port; these 2,000 "
         "are heavy, with two electrodes at the head, a safety pin and a second switch that crackles blue: "
         "portable electric-shock devices, whose export outside the Union needs the authorisation of Regulation "
         "2019/125 (goods that could be used for torture), exported without it by road to a Belgrade kiosk "
         "wholesaler whose buyers include private security firms; Czech wording (stun devices repeat in several "
         "sets; kiosk LED torches were found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "GE", "847689",
         "Μεταχειρισμένοι αυτόματοι πωλητές σνακ, σε λειτουργία, 30 τεμάχια", "GR", 7500, 30, 9000, "EUR",
         "a vending servicer's workshop lot for Yerevan by way of Poti: used snack and coffee machines are what "
         "Greek operators sell on, but the third item's 'coin-mechanism test benches' are 40 digital storage "
         "oscilloscopes and spectrum analysers of up to 26 GHz, in maker's cases and worth 400,000 EUR, for a "
         "firm whose buyers are in Russia: measuring instruments (9030 20, 9030 89), on the common high-priority "
         "list whose export to Russia and re-export through third countries Regulation 833/2014 forbids, hidden as "
         "the last item of a three-item declaration, by sea from Thessaloniki to Poti; Greek wording "
         "(oscilloscopes repeat in several sets; behind used vending machines as coin-mech test benches is the new "
         "part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("847681", "Μεταχειρισμένες μηχανές καφέ αυτόματης πώλησης, 20 τεμάχια", "GR", 3000, 6000, "EUR", qty=20),
                           item("903089", "Πάγκοι δοκιμής κερματοδεκτών, 40 τεμάχια", "GR", 600, 2000, "EUR", qty=40)])),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "BY", "852859",
         "Reklaminiai LCD ekranai savitarnos kioskams, 21,5\", 300 vnt.", "LT", 2400, 300, 24000, "EUR",
         "advertising screens for self-service kiosks are thin LCD panels with an HDMI input and nothing else; "
         "these 300 are fanless industrial panel PCs with quad-core processors, solid-state disks, serial and "
         "CAN ports and a Linux image, for a Minsk 'kiosk integrator' that supplies the state arms industry: "
         "automatic data-processing units (8471 50), on the common high-priority list whose export to Belarus "
         "Regulation 765/2006 forbids, on a lorry at Medininkai; Lithuanian wording (computers for Belarus repeat "
         "in a few sets; self-service kiosk screens were found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "express", "BR", [], "IT", "442199",
         "Cabos de madeira para porta-filtros e tampers de café, jacarandá-paulista, 60 peças", "BR", 3.2, 60, 300,
         "BRL",
         "portafilter and tamper handles from Brazil are usually jatobá or São Paulo jacaranda (Machaerium), pale "
         "and plain; these 60 are dark chocolate-brown with black veining, a rose-like scent when sanded and oily, "
         "dense wood that sinks: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, sent "
         "by express from Curitiba to a Milan coffee-machine servicer; Brazilian Portuguese wording (Dalbergia "
         "nigra repeats in many sets; portafilter handles were found in no earlier row by a keyword search)",
         firm("Atlantic Ricambi Caffè Srl", "IT")),
        ("WLF-02", "import", "FRSEA01", "sea", "MY", [], "FR", "220299",
         "燕窝饮品, 罐装 75 毫升, 6 罐装, 2,000 箱", "MY", 9600, 12000, 24000, "USD",
         "bird's-nest drink is a sweet, clear jelly with fine white strands of swiftlet nest; these cans, for "
         "Belleville Asian mini-markets, hold a gelatinous broth with long, translucent, needle-like fibres of "
         "cartilage, the ceratotrichia of shark fins, and DNA tests on four give oceanic whitetip and scalloped "
         "hammerhead: shark fin (CITES App. II) products without CITES documents, by sea from Port Klang to Le "
         "Havre; Chinese wording from Malaysia (shark fin repeats in many sets and a bird's-nest drink label once, "
         "on a precursor (blind150); kept as a repeat of the label, shark fin in it is the new part)", firm("Horizon Alimentation Asie SARL", "FR")),
        ("WLF-03", "import", "HUAIR01", "air", "CN", [], "HU", "950590",
         "迷你水族钥匙扣 (装饰品), 密封, 3,000 个", "CN", 90, 3000, 600, "USD",
         "mini-aquarium keychains are sealed plastic pouches of coloured water with plastic fish; these 3,000, for "
         "a Budapest Chinese kiosk wholesaler at the Négy Tigris market, each hold a living turtle hatchling a few "
         "centimetres long with three keels on the shell, many dead: Reeves' turtles (Mauremys reevesii, CITES "
         "App. II) as live novelty keychains, without CITES documents and under inhumane conditions, flown from "
         "Guangzhou; Chinese wording (Mauremys repeats in a few sets; live-animal keychains were found in no "
         "earlier row by a keyword search)", firm("Orion Kereskedelmi Kft.", "HU")),
        ("WLF-04", "import", "NLAIR01", "air", "MX", [], "NL", "060290",
         "Mini suculentas en cápsula para máquinas expendedoras, vivero, 1.200 unidades", "MX", 90, 1200, 1800, "USD",
         "nursery mini succulents for plant-vending machines are uniform, green, pot-grown rosettes on a phyto "
         "certificate; among them are 300 grey, flat, tubercled cacti with a long taproot, weathered skin and "
         "desert soil in the wool: wild-collected Ariocarpus (CITES App. I) without CITES documents, flown from "
         "Monterrey to Schiphol for a Dutch capsule-plant vending operator; Mexican Spanish wording (Ariocarpus "
         "repeats in many sets; capsule-plant vending was found in no earlier row by a keyword search)",
         firm("Vega Plantenautomaten BV", "NL")),
        ("WLF-05", "import", "ESAIR01", "air", "ID", [], "ES", "420292",
         "Casing HP kulit PU motif ular, untuk kios mal, 2.400 buah", "ID", 240, 2400, 2400, "USD",
         "embossed PU phone cases are even, plastic-backed and repeat their scale pattern exactly; these 2,400 are "
         "real skin, with irregular scales, a fibrous reverse and the belly-scale rows of a reticulated python: "
         "Malayopython reticulatus (CITES App. II) leather goods without CITES documents, flown from Jakarta to "
         "Madrid for a mall phone-accessory kiosk chain; Indonesian wording (python repeats in many sets and phone "
         "cases in a few; kept as a repeat of the good, mall-kiosk PU cases are the new part as far as a search "
         "found)", firm("Central Accesorios Móviles SL", "ES")),
        ("WLF-06", "import", "PTAIR01", "air", "PH", [], "PT", "711790",
         "Pulseiras de contas de howlite branca, para quiosques de centro comercial, 3.000", "PH", 150, 3000, 1500,
         "USD",
         "howlite beads are white with grey veins, soft and light; these 3,000 bracelets are of heavy, dense, "
         "ivory-white beads with fine parallel growth bands and a porcelain-like lustre: giant clam shell "
         "(Tridacna, CITES App. II) without CITES documents, flown from Cebu to Lisbon for a mall bracelet-kiosk "
         "operator; English wording from the Philippines (giant clam repeats in many sets and a howlite label "
         "once (blind126); kept as a repeat of the good, mall bracelet kiosks are the new part)",
         firm("Rivage Quiosques Lda", "PT")),
        ("WLF-07", "import", "DESEA01", "sea", "MY", [], "DE", "442199",
         "Wooden coffee stirrers, birch, 140 mm, for vending, 2,000 cartons", "MY", 12000, 20000000, 24000, "USD",
         "birch stirrers are white, fine, tough and do not splinter; these are straw-yellow, brittle and splinter, "
         "with fine rays and an irritating dust that itches the skin of the warehousemen: ramin (Gonystylus spp., "
         "CITES App. II) from Sarawak peat-swamp logging without CITES documents, by sea from Kuching to Hamburg "
         "for a Bremen vending-consumables wholesaler; Malaysian English wording (ramin repeats in many sets and "
         "stirrers in several, on other goods; vending coffee stirrers of ramin were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Vending Supply GmbH", "DE")),
        ("WLF-08", "import", "FRAIR01", "air", "JP", [], "FR", "960190",
         "水牛角 印材 (はんこ用), 12 mm, 500 本", "JP", 12, 500, 600, "USD",
         "water-buffalo horn seal blanks are black or translucent amber, fibrous and smell of burnt hair when "
         "drilled; these 500 blanks are creamy white with Schreger lines on the ends: elephant ivory hanko blanks "
         "(CITES App. I) without CITES documents, flown from Osaka to Paris for a Japanese goods kiosk that carves "
         "name seals while customers wait; Japanese wording (ivory hanko repeat in a few sets; kept as a repeat of "
         "the good, a Paris hanko kiosk is the new part)", firm("Alpina Japon Boutique SARL", "FR")),
        ("WLF-09", "transit", "DEAIR01", "air", "IN", ["DE"], "US", "621420",
         "Pashmina shawls, plain, for mall kiosk carts, 60 pieces", "IN", 9, 60, 3000, "USD",
         "mall-cart pashmina shawls are soft, slightly hairy cashmere or viscose blends; these 60 are gossamer "
         "fine, pass through a ring, and show 10-micron fibres with the guard hairs of the Tibetan antelope under "
         "the microscope: shahtoosh (Pantholops hodgsonii, CITES App. I), moved through the Union without the CITES "
         "documents a transit requires, landed at Frankfurt in transit from Delhi to New York; English wording "
         "(shahtoosh as pashmina repeats in many sets; kept as a repeat, mall kiosk carts in transit through "
         "Frankfurt are the new part)", {"importer_country": "US"}),
        ("WLF-10", "import", "CZROAD01", "road", "VN", ["PL"], "CZ", "190230",
         "Mì ăn liền, thùng 30 gói, 800 thùng", "VN", 2400, 800, 4800, "USD",
         "a Vietnamese goods lorry for the Sapa market's večerka (convenience-shop) suppliers: instant noodles and "
         "fish sauce are what those shops sell, but the third item's 'rượu nếp' bottles each hold a coiled cobra "
         "and a scorpion in rice spirit: monocled and Chinese cobras (Naja kaouthia, N. atra, CITES App. II) "
         "without CITES documents, hidden as the last item of a three-item declaration, landed at Gdańsk and taken "
         "on by road to Prague; Vietnamese wording (snake wine repeats in several sets; behind večerka noodles "
         "and fish sauce is the new part as far as a search found)",
         dict(firm("Delta Asia Potraviny s.r.o.", "CZ"),
              _more_items=[item("210390", "Nước mắm, chai 500 ml, 2.400 chai", "VN", 1400, 2400, "USD", qty=2400),
                           item("220890", "Rượu nếp, chai 700 ml, 120 chai", "VN", 120, 360, "USD", qty=120)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "air", "BR", "PT", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model engines)", "BR", 4.6, 4, 120, "EUR",
     [("PRECURSOR_LICENCE", "PT-PSP-69-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "BA", 2, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-69-0047")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ATROAD01", "road", "RS", "AT", "854919",
     "Spent portable batteries, mixed, incl. NiCd and mercury button cells (16 06 02*), for recycling, 12 t", "RS",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-69-0311")], "notified waste batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "NO", "DE", "854999",
     "Waste vending-machine cooling units with R-134a and oil (16 02 11*), for treatment at a licensed WEEE plant, 18 t",
     "NO", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-SH-69-0092")], "notified waste cooling units to a licensed plant"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "BE-FOD-ODS-69-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ROROAD01", "road", "MD", "RO", "290371",
     "Recovered HCFC-22 from vending-machine cooling units, 20 cylinders, for destruction at a licensed plant", "MD",
     400, 20, 0, "EUR", [("ODS_LICENCE", "RO-ANPM-ODS-69-004")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970690",
     "Stollwerck chocolate vending automaton, cast iron, Cologne, c. 1895, sold at auction with the export licence",
     "DE", 85, 1, 82000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-69-0141")],
     "antique automaton exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ATROAD01", "road", "RS", "AT", "970510",
     "Roman bronze keys, 12, from a documented collection formed before 1970, with Serbian export permit", "RS", 0.6,
     12, 3600, "EUR", [("IMPORT_LICENCE", "AT-BDA-69-0027")], "archaeological objects with the EU import licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "IN", "902620",
     "Capacitance manometers, 1-100 torr, 20 units, for an Indian semiconductor research institute", "IT", 10, 20,
     60000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-69-0388"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-69-0141")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "KR", "848180",
     "Bellows-sealed Hastelloy globe valves, 60 units, for a Korean fluorochemical plant", "ES", 90, 60, 72000,
     "EUR", [("EXPORT_LICENCE", "ES-SEC-69-0219"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-69-0066")],
     "dual-use corrosion-resistant valves under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "BR", "IT", "442199",
     "Brazilian rosewood (Dalbergia nigra) tamper handles from pre-Convention stock, 20 pieces", "BR", 1.1, 20, 900,
     "USD", [("CITES_PERMIT", "BR-IBAMA-69-0233")], "App. I pre-Convention rosewood with its CITES certificate"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "ID", "ES", "420292",
     "Phone cases of reticulated python leather, quota harvest, 400 pieces", "ID", 40, 400, 6000, "USD",
     [("CITES_PERMIT", "ID-KLHK-69-0871")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatna osoba", "PRM-05": "Rivage Coin Services SA",
    "PRM-06": "Central Reciclare SRL", "PRM-11": "Atlantic Ricambi Caffè Srl", "PRM-12": "Central Accesorios Móviles SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises, goods of the vending,
    # kiosk and convenience trade
    ("210690", "Lemon-lime post-mix syrup, bag-in-box 19 l", "import", ["sea"], ["MX", "US"], (1.2, 2), (4000, 12000), ["USD"], 0.05, S),
    ("381400", "Contact-cement thinner for shoe repair, 1 l", "import", ["post", "express"], ["BR", "TR"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("290545", "Vegetable glycerine USP 99.5 %, 1 l", "import", ["express"], ["MY", "US"], (5, 9), (1, 4), ["USD"], 1, S),
    ("210690", "Non-dairy coconut-oil topping for vending machines, 1 kg", "import", ["road"], ["BA", "RS"], (3, 5), (2000, 8000), ["EUR"], 1, S),
    ("170490", "Popping candy, coloured, bulk for pick-and-mix", "import", ["sea"], ["TR", "ES"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("170490", "Mini mint dragées for gumball machines, 25 kg sacks", "import", ["road"], ["UA", "TR"], (2, 3.5), (6000, 14000), ["EUR"], 0.04, S),
    ("220299", "Energy drinks, 150 ml amber glass bottles", "import", ["sea"], ["TH", "VN"], (0.8, 1.4), (8000, 18000), ["USD"], 5, S),
    ("210390", "Monosodium glutamate seasoning, 250 g packs", "import", ["sea"], ["ID", "TH"], (1.2, 2), (6000, 14000), ["USD"], 4, S),
    ("282710", "Food-grade ammonium chloride for salmiakki confectionery, 25 kg", "import", ["rail"], ["CN"], (0.8, 1.4), (8000, 20000), ["USD"], 0.04, S),
    ("340290", "Lens-cleaning spray for reading glasses, 60 ml", "import", ["road"], ["NO", "CH"], (6, 12), (500, 2000), ["EUR", "NOK"], 12, S),
    ("391590", "Washed clear PET flake, sorted, EN 15348, big bags", "export", ["sea"], ["TR", "KR"], (0.5, 0.8), (20000, 25000), ["EUR"], None, S),
    ("330720", "Deodorant aerosols, new, shelf cartons", "export", ["sea"], ["CI", "SN"], (3, 5), (6000, 12000), ["EUR"], 6, S),
    ("850680", "Alkaline batteries AA, new, blister packs", "export", ["road"], ["RS", "BA"], (3, 5), (2000, 6000), ["EUR"], 40, S),
    ("854340", "Rechargeable pod vapes, new, boxed, TPD-notified", "export", ["sea"], ["NG", "GH"], (40, 70), (500, 2000), ["GBP", "EUR"], 30, S),
    ("250510", "Washed quartz play sand, 0.1-2 mm, bulk", "export", ["road"], ["BA", "RS"], (0.03, 0.06), (20000, 26000), ["EUR"], None, S),
    ("350691", "Neoprene contact adhesive for shoe repair, sealed tins", "export", ["sea"], ["CD", "CM"], (4, 7), (2000, 6000), ["EUR"], 2, S),
    ("841899", "Reconditioned vending cooling units, evacuated, no refrigerant charge", "export", ["sea"], ["EG", "MA"], (6, 10), (3000, 9000), ["EUR"], 0.03, S),
    ("940360", "Used shop counters, laminated wood, cleaned", "export", ["sea"], ["NG", "GH"], (0.3, 0.6), (4000, 10000), ["EUR"], 0.03, S),
    ("850760", "Power banks 10,000 mAh, new, boxed", "import", ["air"], ["CN", "VN"], (20, 35), (300, 1500), ["USD"], 4, S),
    ("340290", "Chewing-gum remover, CO2 freeze spray, 500 ml", "import", ["sea"], ["HK", "GB"], (4, 7), (1000, 4000), ["USD", "GBP"], 2, S),
    ("940690", "Prefabricated kiosk pavilions, pentane-blown panels", "import", ["road"], ["UA", "TR"], (1, 1.8), (12000, 20000), ["EUR"], 0.0003, S),
    ("340290", "Coin-cleaning solution, mild acid, 5 gal pails", "import", ["sea"], ["US"], (0.8, 1.4), (4000, 10000), ["USD"], 0.05, S),
    ("381400", "Citrus-terpene sticker remover, 220 ml", "import", ["air"], ["JP", "KR"], (6, 12), (100, 500), ["USD"], 4, S),
    ("381400", "Isopropanol sensor-cleaning spray for bill validators", "import", ["air"], ["TW", "CN"], (5, 9), (200, 800), ["USD"], 2, S),
    ("271113", "Isobutane R-600a, 6.5 kg cylinders, for vending service", "import", ["sea"], ["TR", "CN"], (3, 6), (1000, 3000), ["USD"], 0.15, S),
    ("842410", "Hanging automatic ABC powder extinguishers, 6 kg", "import", ["sea"], ["CN"], (2, 3.5), (2000, 6000), ["USD"], 0.15, S),
    ("830170", "Brass key blanks, assorted profiles", "import", ["road"], ["RS", "TR"], (8, 14), (500, 2000), ["EUR"], 80, S),
    ("470790", "Newsagents' returns, unsold newspapers and magazines, for pulping", "export", ["sea"], ["TN", "IN"], (0.08, 0.15), (18000, 24000), ["EUR"], None, S),
    ("847689", "Reproduction cast-iron gumball machines, new", "export", ["post"], ["US", "CA"], (25, 45), (2, 4), ["EUR"], 0.3, S),
    ("330499", "Dead Sea mud masks and salt scrubs, retail", "import", ["air"], ["IL", "JO"], (5, 9), (500, 2500), ["USD"], 2, S),
    ("491191", "Printed icons on wood, laminated, for kiosks", "export", ["sea"], ["AU", "US"], (2, 4), (800, 3000), ["EUR"], 2, S),
    ("950300", "Blind-box vinyl figures, boxed", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 3, S),
    ("732690", "Brass paan boxes, new, for paan shops", "import", ["air"], ["IN", "PK"], (4, 8), (100, 500), ["USD"], 0.5, S),
    ("691200", "Celadon-style teacups, new", "import", ["sea"], ["KR", "CN"], (4, 8), (1000, 3000), ["USD"], 5, S),
    ("691390", "Clay piggy banks, painted, new craft", "import", ["sea"], ["MX", "PE"], (1, 2), (1000, 3000), ["USD", "MXN"], 0.7, S),
    ("392640", "Resin Santo Niño statues, new", "import", ["air"], ["PH"], (6, 12), (50, 300), ["USD"], 0.8, S),
    ("902620", "Piezoresistive pressure sensors 0-10 bar for water kiosks", "export", ["air"], ["AE", "TR"], (25, 45), (50, 300), ["EUR"], 8, S),
    ("848180", "Post-mix soda-fountain dispensing valves", "export", ["sea"], ["LB", "EG"], (15, 25), (300, 1200), ["EUR"], 6, S),
    ("851310", "Rechargeable LED torches, USB", "export", ["road"], ["RS", "MK"], (5, 9), (500, 2000), ["EUR"], 5, S),
    ("847681", "Used hot-drinks vending machines, working, no refrigeration", "export", ["sea"], ["GE", "AL"], (1, 2), (4000, 9000), ["EUR"], 0.004, S),
    ("442199", "Jatobá tamper and portafilter handles", "import", ["express"], ["BR"], (40, 80), (1, 3), ["USD"], 20, S),
    ("442199", "Birch wooden coffee stirrers, 140 mm", "import", ["sea"], ["CN", "FI"], (1.5, 2.5), (6000, 14000), ["USD", "EUR"], None, S),
    ("960190", "Water-buffalo horn seal blanks", "import", ["express"], ["JP", "CN"], (60, 120), (1, 2), ["USD"], 40, S),
    ("621420", "Viscose pashmina-style shawls", "import", ["sea"], ["IN", "NP"], (10, 18), (1000, 4000), ["USD"], 5, S),
    ("190230", "Instant noodles, 30-pack cartons", "import", ["sea"], ["VN", "KR"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481890", "Paper drinking straws, wrapped", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 8000), ["USD"], 500, N),
        ("392490", "Silicone ice-cube trays", "import", ["sea"], ["CN", "TR"], (4, 7), (1000, 4000), ["USD", "EUR"], 8, N),
        ("960330", "Artists' watercolour brushes, sets", "import", ["post", "express"], ["GB", "JP"], (40, 80), (1, 3), ["GBP", "USD"], 20, N),
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 8000), ["USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind258", 20690301, HERE)


if __name__ == "__main__":
    main()
