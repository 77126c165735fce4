#!/usr/bin/env python3
"""Writes the hundred-and-thirty-second blind set (tests/risk/data/blind132-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2048, with goods, routes,
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table (as in blind128, the shared everyday table's two steel rows are dropped).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL132-*:

    python3 tests/risk/data/make_blind132_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2048, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "KR", [], "FI", "220299",
         "식혜 (전통 쌀 음료), 무가당, 1.5 L x 3병", "KR", 5.1, 3, 36000, "KRW",
         "sikhye is a sweet, cloudy rice punch of about 1.04 kg/l with soft rice grains floating in it; these three "
         "bottles hold a water-clear liquid of 1.13 kg/l with no grains and no smell of malt, whose caps are vented, "
         "that whitens and stings the skin and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Seoul to a private person in Espoo; Korean wording (hydrogen peroxide repeats in many "
         "sets and drink covers in many; a sikhye label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "PTAIR01", "air", "IN", [], "PT", "220890",
         "Kaju fenni, Goenchi, 750 ml botli, 2 400 botli", "IN", 2470, 2400, 3600, "USD",
         "cashew feni is a clear, fruity-smelling spirit of about 0.95 kg/l sold at several dollars a bottle; these "
         "bottles weigh 1.37 kg/l, fume yellow-brown when opened, stain the skin yellow and eat into the crown caps, "
         "at 1.50 USD a bottle, for a Lisbon Goan grocery that sells to the public: about 60 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Goa; Konkani (Roman script) wording (nitric "
         "acid repeats in many sets and spirit covers such as soju, arak and pisco in several; a feni label was "
         "found in no earlier row by a keyword search)", firm("Horizon Mercearia Goesa Lda", "PT")),
        ("PRE-03", "import", "DKPOST01", "post", "US", [], "DK", "210690",
         "Liquid smoke, hickory, concentrated, 2 x 1 qt", "US", 3.5, 2, 30, "USD",
         "liquid smoke is a thin, tea-brown, watery condensate of about 1.0 kg/l that smells strongly of a wood "
         "fire; these two bottles hold a brownish, oily, odourless liquid of 1.83 kg/l that chars a paper towel "
         "black, grows hot with a drop of water and has eaten the cap liner: technical sulphuric acid, about 93 % "
         "(Annex I above 15 %), posted from Tennessee to a private person in Aarhus; US English wording (sulphuric "
         "acid repeats in many sets and sauce and syrup covers in several; a liquid-smoke label was found in no "
         "earlier row by a keyword search)", person("Jens Mortensen", "DK")),
        ("PRE-04", "import", "BEAIR01", "express", "CO", [], "BE", "220890",
         "Aguardiente antioqueño sin azúcar, 2 botellas de 750 ml", "CO", 1.9, 2, 90000, "COP",
         "aguardiente is a clear anise spirit of about 0.95 kg/l that smells of liquorice and burns with a blue "
         "flame; these two bottles weigh 1.14 kg/l, smell faintly fruity and chemical with no anise at all, and "
         "the filler's drum label copied on the invoice annex reads 'CH3NO2': nitromethane (Annex I above 16 %), "
         "sent by express from Medellín to a private person in Liège, although flammable liquids travel by express "
         "only as declared dangerous goods; Colombian Spanish wording (nitromethane repeats in many sets and "
         "spirit covers in several; an aguardiente label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("PRE-05", "import", "IESEA01", "sea", "BR", [], "IE", "250100",
         "Sal grosso para churrasco, pacotes de 1 kg, 12.000 pacotes", "BR", 12000, 12000, 4800, "USD",
         "coarse barbecue salt is grey-white, irregular sea-salt grains that taste of salt; these packs hold clear, "
         "cubic, tasteless crystals that draw damp, crackle and flare yellow on a hot plate, and the supplier's "
         "sheet in the container gives CAS 7775-09-9, for a Dublin Brazilian-grocery chain that sells to the public: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Santos; "
         "Brazilian Portuguese wording (sodium chlorate repeats in many sets under salt labels; a sal-grosso label "
         "was found in no earlier row, a churrasco label once on firewood in another domain)",
         firm("Atlantic Brazilian Foods Ltd", "IE")),
        ("PRE-06", "import", "SKAIR01", "air", "IN", [], "SK", "292249",
         "ग्लाइसिन पाउडर, फूड ग्रेड, 1 किलो पैक, 400 पैक", "IN", 400, 400, 1200, "USD",
         "glycine is a sweet-tasting, white, free-flowing amino-acid powder that dissolves readily in water; these "
         "400 packs hold a heavier, gritty, tasteless white powder that barely dissolves, burns fiercely mixed with "
         "sugar and whose inner liners read 'KClO4', for a Bratislava supplement web shop that sells 1 kg packs to "
         "the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Mumbai; Hindi wording (potassium perchlorate repeats in many sets and supplement covers in several; "
         "a glycine label was found in no earlier row by a keyword search)", firm("Vega Doplnky s.r.o.", "SK")),
        ("PRE-07", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "271220",
         "Qranullaşdırılmış parafin mumu, şam istehsalı üçün, 25 kq kisələr, 720 kisə", "AZ", 18000, 720, 16200,
         "EUR",
         "candle-making paraffin pellets are waxy, translucent pastilles that float on water and feel greasy; these "
         "720 sacks hold hard, opaque, white prills that sink, turn ice-cold in water, leave no grease, test at 34 % "
         "N and melt and fume on a hot plate, for a Plovdiv candle-supply web shop that repacks them in 1 kg bags "
         "for the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on "
         "a lorry from Baku through Georgia and Türkiye to Kapitan Andreevo; Azerbaijani wording (ammonium nitrate "
         "repeats in many sets, and candle-making covers in two: a potassium-perchlorate 'filler for candle wax' in "
         "blind39 and prills as a candle kit's 'wick mordant' in blind65; a paraffin-pellet label on the whole load "
         "was found in no earlier row by a keyword search)", firm("Orion Svetlina EOOD", "BG")),
        ("PRE-08", "import", "MTAIR01", "express", "NZ", [], "MT", "293090",
         "MSM (methylsulfonylmethane) flakes, 99.9 %, 3 x 1 kg", "NZ", 3, 3, 75, "NZD",
         "MSM is a light, bitter, white crystalline flake that dissolves easily and smells faintly of sulphur; "
         "these three bags hold shiny, heavier, tasteless crystals that dissolve slowly, spit violet sparks on a "
         "hot iron and read CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), sent by "
         "express from Auckland to a private person in Sliema; New Zealand English wording (potassium chlorate "
         "repeats in many sets and supplement covers in several; a methylsulfonylmethane label was found in no "
         "earlier row by a keyword search)", person("Mr J. Borg", "MT")),
        ("PRE-09", "import", "ATAIR01", "express", "JP", [], "AT", "170290",
         "希少糖アルロース 結晶 1kg x 3袋", "JP", 3, 3, 9000, "JPY",
         "allulose is a sweet, fine, white sugar crystal that tastes like table sugar and caramelises on heat; "
         "these three bags hold a tasteless, strongly hygroscopic white powder that has caked in the bag, does not "
         "char but makes a match flare, and the repacker's sticker under the label reads 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), sent by express from Osaka to a private person in Graz; Japanese "
         "wording (sodium perchlorate repeats in many sets under sugar and sweetener labels; an allulose label was "
         "found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-10", "import", "GRROAD01", "road", "MK", [], "GR", "330190",
         "Хидролат од смиље (immortelle), органски, шишиња 500 ml, 3 000 шишиња", "MK", 1700, 3000, 4500, "EUR",
         "immortelle hydrolat is a faintly cloudy floral water of 1.00 kg/l that smells of curry and honey; these "
         "bottles hold a water-clear, odourless liquid of 1.13 kg/l, with vented caps, that whitens the skin and "
         "fizzes on a cut, for a Thessaloniki natural-cosmetics shop that sells them to the public: about 35 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, on a lorry at Evzonoi; "
         "Macedonian wording (hydrogen peroxide repeats in many sets, and a lavender linen-water cover once on "
         "nitromethane; an immortelle-hydrolat label was found in no earlier row by a keyword search)",
         firm("Delta Fysika Kallyntika AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "LU", ["BE"], "CI", "262190",
         "Cendres de bois tamisées, amendement potassique pour cacaoyères, big bags, 26 t", "LU", 26000, None, 1300,
         "EUR",
         "sieved wood ash is a soft, light-grey, alkaline powder with charcoal specks that smells of a hearth; these "
         "bags hold a fine, pale-grey, salty dust with no charcoal at all that reads chloride, lead, zinc and "
         "cadmium in the percent range and dioxins on the lab sheet, from the flue-gas cleaning of a municipal "
         "waste incinerator near Luxembourg City: fly ash and air-pollution-control residues (19 01 07*, 19 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, trucked to Antwerp and shipped to Abidjan "
         "for a 'cocoa-farm input' buyer; French wording from Luxembourg (incinerator fly ash repeats in many sets; "
         "a wood-ash label was found in no earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-02", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "253090",
         "Zelena zemlja (terre verte), naravni pigment, vreče 25 kg, 18 t", "SI", 18000, None, 3600, "EUR",
         "terre verte is a dull, grey-green, dry earth that feels soapy and is sold with a mineral certificate; "
         "these bags hold a damp, bright apple-green, lumpy filter cake that smells of acid and reads 9 % nickel, 4 % "
         "chromium and cyanide traces, from the effluent press of a Celje electroplating shop: galvanic sludge "
         "(11 01 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Croatia to a "
         "Belgrade 'paint maker'; Slovenian wording (electroplating sludge repeats in many sets and a green-earth "
         "crust once, in a note on coins; a terre-verte pigment label was found in no earlier row by a keyword "
         "search)", {"importer_country": "RS"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "282110",
         "Pigmento de óxido de ferro negro (negro de Marte), sacos de 25 kg, 24 t", "PT", 24000, None, 4800, "EUR",
         "synthetic black iron oxide is a uniform, jet-black, strongly magnetic pigment sold with a colour "
         "certificate; these bags hold a brown-grey, uneven, only weakly magnetic dust that reads 24 % zinc, 3 % "
         "lead and cadmium, from the bag filters of an electric-arc furnace at Seixal: EAF dust (10 02 07*), "
         "hazardous waste whose export to a non-OECD country is banned, by sea from Lisbon to Luanda for a "
         "'paint factory'; European Portuguese wording (EAF dust repeats in many sets; a Mars-black pigment label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-04", "export", "LTSEA01", "sea", "LT", [], "GE", "320890",
         "Alkidiniai grindų dažai, 20 l kibirai, 900 kibirų", "LT", 16200, 900, 2700, "EUR",
         "new floor paint comes in sealed, labelled pails of one colour with a batch number and a safety sheet; "
         "these 900 pails are dented, of every brand and colour, half-full of skinned-over, mixed paint, thinner "
         "and varnish residues, collected from Klaipėda shipyard and municipal hazardous-waste points at 3 EUR a "
         "pail: waste paint and varnish containing organic solvents (08 01 11*), hazardous waste whose export to a "
         "non-OECD country is banned, by sea from Klaipėda to Poti; Lithuanian wording (paint sludge and waste "
         "paint repeat in many sets; a floor-paint label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-05", "export", "HRROAD01", "road", "HR", [], "BA", "251710",
         "Drobljeni bazaltni agregat 32/63 mm, rasuto, 25 t", "HR", 25000, None, 500, "EUR",
         "crushed basalt aggregate is clean, dark, sharp-edged stone of one grading from a quarry; this tipper holds "
         "rounded, dirty limestone and slag ballast with sleeper splinters, rusted clips and black, oily fines that "
         "smell of diesel and read herbicide and PAH residues, dug out of a Zagreb line renewal: track ballast "
         "containing hazardous substances (17 05 07*), hazardous waste whose export to a non-OECD country is banned, "
         "at Stara Gradiška for a Banja Luka 'road builder'; Croatian wording (track ballast repeats in a few sets "
         "and basalt labels in several; kept as a known repeat, from Croatia to Bosnia by road is the new part as "
         "far as a search found)", {"importer_country": "BA"}),
        ("WST-06", "export", "LVSEA01", "sea", "LV", [], "BJ", "360490",
         "Jūras signālraķetes un dūmu bojas, lietotas, derīgas, 1 200 gab.", "LV", 2400, 1200, 1800, "EUR",
         "serviceable marine flares carry an expiry date a year or more ahead and come in the maker's sealed "
         "boxes; these 1,200 hand flares, parachute rockets and smoke floats are loose in drums, three to twelve "
         "years past their expiry dates, some corroded and leaking, collected from Riga yacht clubs and ships' "
         "chandlers as a disposal service: expired pyrotechnics (16 04 03*), hazardous waste of an explosive nature "
         "whose export to a non-OECD country is banned, by sea from Riga to Cotonou; Latvian wording (expired "
         "distress flares repeat in two earlier rows; kept as a known repeat, from Latvia to Benin is the new part "
         "as far as a search found)", {"importer_country": "BJ"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "560811",
         "Χρησιμοποιημένα δίχτυα ιχθυοκλωβών, για επαναχρησιμοποίηση, 16 t", "GR", 16000, None, 1600, "EUR",
         "reusable fish-cage nets are washed, mended and folded by size; these bales hold torn, fouled nylon nets "
         "caked black with copper-oxide antifouling paint, mussel shells and rot, stripped from sea-bream cages in "
         "the Echinades and sold by the tonne: antifouling-coated net waste containing copper compounds, with plastic "
         "waste that may no longer leave the Union for a non-OECD country, without notification, by sea from Patras "
         "to Alexandria; Greek wording (fish-farm nets repeat in two earlier rows; kept as a known repeat, from "
         "Greece to Egypt is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "901890",
         "Tensiometre cu mercur, donație pentru dispensare rurale, 400 buc.", "RO", 800, 400, 400, "EUR",
         "donated medical devices are working, calibrated instruments with a service record; these 400 mercury "
         "sphygmomanometers are broken, cracked and leaking, with mercury beads in the boxes, set aside by Iași and "
         "Suceava hospitals when they switched to digital monitors: mercury-containing waste (16 02 13*), whose "
         "export is banned, and mercury-added products that may not be exported (Regulation 2017/852), on a lorry "
         "at Albița for a Chișinău 'charity'; Romanian wording (mercury sphygmomanometers repeat in many sets; "
         "kept as a known repeat, a rural-clinic donation by road to Moldova is the new part as far as a search "
         "found)", {"importer_country": "MD"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "SR", "391810",
         "Vintage vinyl vloertegels, gereinigd, 30 x 30 cm, 14 t", "NL", 14000, None, 2800, "EUR",
         "reclaimed vinyl tiles are flexible, clean and stacked by colour; these pallets hold brittle, 23 cm "
         "marbled tiles that snap rather than bend, with black bitumen adhesive on the back, chipped out of 1960s "
         "Rotterdam flats, whose lab sheet shows chrysotile: asbestos-containing floor tiles (17 06 05*), hazardous "
         "waste whose export to a non-OECD country is banned, by sea from Rotterdam to Paramaribo; Dutch wording "
         "(asbestos repeats in many sets and floor-tile labels in several; vinyl floor tiles to Suriname were "
         "found in no earlier row by a keyword search)", {"importer_country": "SR"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "MR", "843810",
         "Hornos de panadería usados, revisados, 6 unidades", "ES", 4800, 6, 9000, "EUR",
         "a second-hand bakery container for Nouakchott: used deck ovens and office furniture are what Valencia "
         "exporters ship to Mauritania, but the third item's 'fuelóleo para los hornos' is 40 drums of a black, "
         "water-laden, solvent-smelling mixture of sump oil, brake fluid and degreaser collected from Valencia "
         "garages: waste oils (13 02 08*, mixed), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; Spanish wording (waste oils repeat in many sets and "
         "fuel-oil labels in several; behind bakery ovens to Mauritania is the new part as far as a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("940330", "Muebles de oficina usados, madera, 120 piezas", "ES", 3000, 900, "EUR", qty=120),
                           item("271019", "Fuelóleo para los hornos, 40 bidones de 200 l", "ES", 7200, 1600, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "TH", [], "PT", "851660",
         "เตาเทปันยากิไฟฟ้า แผ่นสแตนเลส 40 เครื่อง", "TH", 2400, 40, 12000, "USD",
         "an electric teppanyaki griddle is a flat heated plate with a thermostat and a plug; these 40 cabinets "
         "each hold a compressor, a condenser fan and an evaporator coil under a plate that frosts over in a "
         "minute, with a rating plate reading 'R404A 0.65 kg': rolled-ice-cream machines, self-contained commercial "
         "refrigeration charged with an HFC of GWP above 2,500, products whose placing on the market the F-gas "
         "Regulation (2024/573) forbids, imported without the declaration of conformity pre-charged equipment needs, "
         "by sea from Laem Chabang to Lisbon for a street-food franchise; Thai wording (pre-charged equipment "
         "repeats in many sets; a teppanyaki-griddle label was found in no earlier row by a keyword search)",
         firm("Rivage Equipamentos Lda", "PT")),
        ("OZN-02", "import", "BGSEA01", "sea", "GE", [], "BG", "271113",
         "Գազի բալոններ զոդման այրիչի համար (բութան-պրոպան), 340 գ, 6 000 հատ", "AM", 2040, 6000, 5400, "USD",
         "blowtorch cartridges hold a butane-propane mix of about 0.55 kg/l that lights at the nozzle; these 6,000 "
         "cans are heavier than butane allows, do not light and read 5.7 bar at 20 °C, and their crimp stamps name a "
         "Russian filler: HFC-134a in non-refillable containers, whose placing on the market Regulation 2024/573 "
         "forbids, brought in without HFC quota, loaded at Poti for Burgas with an Armenian certificate of origin; "
         "Armenian wording (HFC-134a in small cans repeats in many sets and torch-gas labels once, on a propylene "
         "blend; a blowtorch-cartridge label was found in no earlier row by a keyword search)",
         firm("Central Instrumenti EOOD", "BG")),
        ("OZN-03", "export", "IESEA01", "sea", "IE", [], "NG", "841480",
         "Reconditioned air compressors, ex-farm, 36 units", "IE", 5400, 36, 10800, "EUR",
         "a reconditioned air compressor has a receiver tank, a pressure switch and an air outlet; these 36 units "
         "have no tank, carry a condenser coil, sight glass and copper lines cut and crimped, and read about 4 kg "
         "of R-22 each on a gauge: refrigeration condensing units taken off Munster bulk-milk tanks, equipment "
         "containing HCFCs whose export from the Union is banned (Regulation 2024/590), from Cork to Lagos; Irish "
         "English wording (R-22 equipment for export and condensing units repeat in many sets; an air-compressor "
         "label from Ireland is the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-04", "import", "HRROAD01", "road", "ME", [], "HR", "842410",
         "Automatski sistemi za gašenje požara u cijevima, FK-5-1-12, za mašinske prostore, 80 kompleta", "ME", 480,
         80, 9600, "EUR",
         "tube fire-suppression kits for engine rooms hold a clear fluorinated ketone of 1.6 kg/l at low pressure "
         "with a maker's certificate; these 80 kits weigh more than their cylinders allow for it, hold a liquid of "
         "1.83 kg/l that smells sweet and the cylinders' old stencils read 'BCF': halon 1211 "
         "(bromochlorodifluoromethane), whose import into the Union is banned outside licensed critical uses, on a "
         "lorry at Debeli Brijeg for a Split yacht-service firm; Montenegrin wording (halon 1211 repeats in many "
         "sets and Novec labels in a few; automatic tube systems were found in no earlier row by a keyword search)",
         firm("Delta Brodoservis d.o.o.", "HR")),
        ("OZN-05", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382764",
         "R-407C 制冷剂, 11.3 kg 一次性钢瓶, 1 600 瓶", "CN", 18080, 1600, 36000, "USD",
         "R-407C is a blend that fractionates and whose bottles read about 11 bar at 20 °C; these 1,600 disposable "
         "cylinders read 8 bar, the liquid boils as a single substance at -41 °C and a refrigerant identifier gives "
         "100 % chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Koper in transit from Ningbo to Belgrade; "
         "Chinese wording (HCFC-22 in transit and R-407C labels repeat in several sets; kept as a known repeat, a "
         "transit through Koper to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-06", "import", "LUAIR01", "express", "CA", [], "LU", "382000",
         "Dégivreur de pare-brise en aérosol, 12 x 567 g", "CA", 6.8, 12, 120, "CAD",
         "windscreen de-icer spray is an alcohol-glycol liquid of about 0.9 kg/l in a light aerosol that sprays "
         "a wet, alcohol-smelling mist; these twelve cans weigh more than that, read 6 bar at 20 °C, spray a liquid "
         "that vanishes at once into a cold, odourless gas, and each has a hose with a low-side car air-conditioning "
         "coupler and a gauge in the cap: HFC-134a recharge cans with sealant, an HFC in non-refillable containers, "
         "whose placing on the market Regulation 2024/573 forbids, brought in without quota, sent by express from "
         "Montréal to a private person in Esch-sur-Alzette; Québec French wording (HFC-134a in small cans repeats in "
         "many sets; a windscreen de-icer-spray label was found in no earlier row by a keyword search)",
         person("Particulier", "LU")),
        ("OZN-07", "import", "ROSEA01", "sea", "GE", [], "RO", "281129",
         "თხევადი გოგირდის დიოქსიდი ღვინის წარმოებისთვის, 50 ბალონი", "GE", 2500, 50, 3000, "USD",
         "liquefied sulphur dioxide for wineries is 1.46 kg/l, reads 2.3 bar at 20 °C and chokes with a sharp, "
         "burnt-match smell on the faintest leak; these 50 cylinders read 1.9 bar, hold a liquid of 1.73 kg/l with "
         "almost no smell, and their shoulders are stamped 'CH3Br' under the paint: methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption remains), by sea from Poti to Constanța for a "
         "grain-terminal fumigator; Georgian wording (methyl bromide repeats in many sets and a sulphur-dioxide "
         "label in two; kept as a known repeat, from Georgia to Romania by sea is the new part as far as a search "
         "found)", firm("Vega Fumigatii SRL", "RO")),
        ("OZN-08", "import", "GRSEA01", "sea", "JO", [], "GR", "841590",
         "وحدات داخلية لمكيفات سبليت، بدون غاز تبريد، 300 وحدة", "JO", 3600, 300, 18000, "USD",
         "an air-conditioning installer's container from Aqaba for a Piraeus contractor: indoor units without "
         "refrigerant and insulated copper pipe are what such importers buy, but the third item's 'POE refrigerant "
         "oil' is 60 pink, 11.3 kg disposable cylinders that read 14 bar and hold R-410A, not 1 l oil cans: an HFC "
         "in non-refillable containers, whose placing on the market Regulation 2024/573 forbids, brought in without "
         "quota, hidden as the last item of a three-item declaration; Jordanian Arabic wording (R-410A in "
         "disposable cylinders repeats in many sets and POE-oil labels in several; behind split-unit parts from "
         "Jordan is the new part as far as a search found)",
         dict(firm("Horizon Klimatismos AE", "GR"),
              _more_items=[item("741110", "أنابيب نحاس معزولة للتكييف، 2 طن", "JO", 2000, 16000, "USD"),
                           item("340399", "زيت تبريد POE، علب 1 لتر، 600 علبة", "JO", 678, 900, "USD", qty=600)])),
        ("OZN-09", "import", "SEROAD01", "road", "NO", [], "SE", "381400",
         "Skisåle-rens (base cleaner), sitrus, 500 ml, 2 400 flasker", "NO", 1490, 2400, 14400, "NOK",
         "citrus ski base cleaner is a light (0.85 kg/l), orange-smelling, flammable terpene liquid; these 2,400 "
         "bottles hold a non-flammable liquid of 1.24 kg/l that smells sweet and ether-like and boils in the hand, "
         "and the drum labels left in the lorry read '141b': HCFC-141b (1,1-dichloro-1-fluoroethane), whose import "
         "into the Union is banned, on a lorry at Svinesund for a Gothenburg sports wholesaler; Norwegian wording "
         "(HCFC-141b repeats in many sets; ski-wax and ski-base-cleaner labels covered nitromethane, posted from "
         "Norway, in several precursor rows; on an ozone-depleting substance by road it was found in no earlier row)", firm("Nordhafen Sport AB", "SE")),
        ("OZN-10", "import", "ITSEA01", "sea", "VN", [], "IT", "847960",
         "Quạt điều hòa hơi nước 20 lít, 800 chiếc", "VN", 24000, 800, 32000, "USD",
         "an evaporative air cooler is a light plastic fan with a water tank and a wet pad, 8-12 kg; these 800 "
         "units weigh 30 kg each, hold a compressor, a condenser and an exhaust hose, and their rating plates read "
         "'R410A 0.45 kg': plug-in portable air conditioners charged with an HFC of GWP above 150, products whose "
         "placing on the market Regulation 2024/573 forbids, by sea from Hai Phong to Genoa for a Milan appliance "
         "wholesaler; Vietnamese wording (portable and room air conditioners repeat in many sets and air-cooler "
         "labels in two; kept as a known repeat, from Viet Nam to Italy is the new part as far as a search found)",
         firm("Meridian Clima Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "IL", [], "FR", "701399",
         "زجاج الخليل المنفوخ يدوياً، أزرق وأخضر، 600 قطعة", "PS", 900, 600, 5400, "USD",
         "a Holy Land craft container for a Marseille gift shop: blue Hebron glass and olive-wood carvings are what "
         "Hebron workshops ship, but the third item's 'Hebron glass, antique style' is 40 small, thin-walled, "
         "blown bottles and bowls with flaking, rainbow-iridescent weathering, pontil marks and tomb soil inside: "
         "Roman and Byzantine glass vessels (1st-7th century) dug from tombs in the southern West Bank, "
         "archaeological objects brought in without the import licence Regulation 2019/880 requires, hidden as the "
         "last item of a three-item declaration, by sea from Ashdod; Palestinian Arabic wording (ancient glass "
         "repeats in several sets; a Hebron-glass label was found in no earlier row by a keyword search)",
         dict(firm("Rivage Artisanat SARL", "FR"),
              _more_items=[item("442090", "منحوتات من خشب الزيتون، 400 قطعة", "PS", 300, 2400, "USD", qty=400),
                           item("701399", "زجاج الخليل، قطع بطراز قديم، 40 قطعة", "PS", 20, 200, "USD", qty=40)])),
        ("CUL-02", "import", "DEAIR01", "air", "IR", ["TR"], "DE", "680299",
         "دیگ سنگی (کله سنگی) مشهد، نو، ۶ عدد", "IR", 36, 6, 180, "EUR",
         "new Mashhad stone cooking pots are plain, lathe-turned grey soapstone with a blackened, oiled inside; "
         "these six are hand-carved, green-grey chlorite vessels covered in snakes, scorpions and hut façades "
         "with empty inlay sockets and earth in the carving: Jiroft-culture vessels (3rd millennium BC) from the "
         "looted cemeteries of Kerman province, archaeological objects exported without Iran's permission and "
         "brought in without an import licence (Regulation 2019/880), flown from Mashhad via Istanbul to Frankfurt "
         "for a dealer; Persian wording (Jiroft vessels repeat in two earlier rows; kept as a known repeat, a "
         "stone-cooking-pot label was found in no earlier row)", firm("Orion Orientkunst GmbH", "DE")),
        ("CUL-03", "import", "GRAIR01", "air", "EG", [], "GR", "950490",
         "طقم شطرنج خزف مصنوع يدوياً، 32 قطعة", "EG", 2.4, 32, 40, "USD",
         "a handmade ceramic chess set has 32 pieces in two colours with felt bases and a board; this box holds 32 "
         "small, blue-green glazed mummiform figures with crossed arms, hoes and columns of hieroglyphs, worn, with "
         "sand in the cracks, and no board at all: Late Period faience shabtis (7th-4th century BC), archaeological "
         "objects exported without Egypt's permission and brought in without an import licence (Regulation "
         "2019/880), flown from Cairo to Athens for a private dealer; Egyptian Arabic wording (shabtis repeat in "
         "many sets; chess covers were found in three earlier rows, on bone chessmen, Afrasiyab chessmen and "
         "chess-board parts, never on shabtis)",
         firm("Delta Archaiopoleio AE", "GR")),
        ("CUL-04", "import", "BEAIR01", "air", "SL", [], "BE", "680299",
         "Sopston kaving dem, nyu, fɔ sɛl na shɔp, 12 pis", "SL", 14, 12, 180, "USD",
         "new soapstone carvings are smooth, pale, polished and sharply cut; these twelve are squat, dark, "
         "weathered steatite figures with bulging eyes and hands at the chin, with farm soil and hoe scars, dug "
         "from fields in Kissi country: nomoli figures of the Sapi culture (15th-16th century), archaeological "
         "objects exported without Sierra Leone's permission and brought in without an import licence (Regulation "
         "2019/880), flown from Freetown to Brussels for a gallery; Krio wording (nomoli repeat in a few sets; "
         "kept as a known repeat, a new-carving label in Krio is the new part as far as a search found)",
         firm("Central Art Africain SA", "BE")),
        ("CUL-05", "export", "HRSEA01", "sea", "HR", [], "AU", "680291",
         "Kameni vrtni ukras, reljef, rabljeno, 1 komad", "HR", 340, 1, 400, "EUR",
         "a used garden relief is a cast or sawn concrete or limestone plaque; this slab is a worn, hand-cut "
         "limestone altar-screen panel carved with a three-strand interlace (pleter) and a cross, with mortar on "
         "its edges, prised from a ruined church near Knin: a pre-Romanesque Croatian church furnishing (9th-10th "
         "century), part of a dismembered monument, exported without the licence Regulation 116/2009 requires and "
         "against Croatian heritage law, by sea from Rijeka to Melbourne for a diaspora collector; Croatian "
         "wording (interlace reliefs repeat in several sets; a pleter slab as a garden ornament to Australia was "
         "found in no earlier row by a keyword search)", {"importer_country": "AU"}),
        ("CUL-06", "import", "FRAIR01", "air", "TD", [], "FR", "680299",
         "Mortier en pierre sculpté, artisanat du Ouaddaï, 1 pièce", "TD", 55, 1, 90, "EUR",
         "a Chadian stone mortar is a deep, round, rough granite bowl with a pestle; this is a flat, square "
         "sandstone slab with a spout, a carved offering of loaves and jars, a cursive inscription along the rim "
         "and a museum number ground off the back: a Meroitic offering table (1st-3rd century AD) of the kind "
         "looted from the Sudan National Museum in Khartoum, archaeological property exported from Sudan and "
         "brought in without an import licence (Regulation 2019/880), flown from N'Djamena to Paris; Chadian "
         "French wording (Meroitic offering tables repeat in several sets; a stone-mortar label from Chad was "
         "found in no earlier row by a keyword search)", firm("Orion Galerie SARL", "FR")),
        ("CUL-07", "import", "DEPOST01", "post", "ET", [], "DE", "830890",
         "ለጥልፍ የናስ ብልጭልጭ ጌጦች፣ አሮጌ፣ 40 ቁጥር", "ET", 0.3, 40, 30, "USD",
         "brass embroidery spangles are thin, stamped, pierced discs of one size that weigh almost nothing; these "
         "40 small discs have no hole, are thick and hand-struck in gold, silver and bronze with a crowned king's "
         "bust, a cross and Greek legends, some gilded in the centre: Aksumite coins (3rd-7th century), "
         "archaeological objects exported without Ethiopia's permission and brought in without an import licence "
         "(Regulation 2019/880), posted from Addis Ababa to a private collector in Leipzig; Amharic wording "
         "(Aksumite coins repeat in two earlier rows and ancient coins in many, among them under brass-button "
         "labels; an embroidery-spangle label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-08", "import", "FRPOST01", "post", "NP", [], "FR", "821410",
         "पीतलका चिठी खोल्ने चक्कु, तिब्बती शैली, नयाँ, ३ वटा", "NP", 1.6, 3, 45, "USD",
         "new Tibetan-style letter openers are bright, cast brass blades with a dragon handle and a sharp edge; "
         "these three are dark, iron-bladed, three-sided ritual daggers with worn horse and vajra heads, butter and "
         "soot in the crevices and a monastery's inventory ink: phurba (16th-18th century) taken from a Mustang "
         "gompa, cultural property exported against Nepal's Ancient Monuments Preservation Act and brought in "
         "without the importer statement Regulation 2019/880 requires, posted from Kathmandu to a private person "
         "in Lyon; Nepali wording (Himalayan ritual objects repeat in several sets; a letter-opener label was "
         "found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-09", "export", "ITAIR01", "air", "IT", [], "CH", "491191",
         "Stampa decorativa incorniciata, riproduzione, 1 pezzo", "IT", 3, 1, 150, "EUR",
         "a framed decorative print has a flat, even, dotted or photographic image on modern paper; this sheet is "
         "a red-chalk study of a kneeling saint on laid paper with chain lines, a crowned-eagle watermark, "
         "pentimenti and an old collector's stamp, re-framed under a cheap print: a drawing of about 1520 from the "
         "circle of Andrea del Sarto, worth far above the 15,000 EUR threshold, exported without the licence "
         "Regulation 116/2009 requires nor the Italian export certificate, flown from Milan to Geneva; Italian "
         "wording (Old Master drawings repeat in a few sets; a reproduction-print label was found in no earlier row "
         "on a drawing by a keyword search)", {"importer_country": "CH"}),
        ("CUL-10", "import", "ESAIR01", "express", "EC", [], "ES", "711790",
         "Bisutería de concha Spondylus, collares y narigueras, nuevas, 20 piezas", "EC", 0.4, 20, 60, "USD",
         "new Spondylus costume jewellery is bright orange-red shell, machine-drilled and strung on nylon; these 20 "
         "are chalky, faded, hand-ground shell beads, pendants and plaques with biconical drill holes and burial "
         "soil, with three small gold-copper nose rings: Manteño-Huancavilca Spondylus ornaments (AD 800-1500) dug "
         "on the Manabí coast, archaeological objects exported without Ecuador's permission and brought in without "
         "an import licence (Regulation 2019/880), sent by express from Guayaquil to a private person in Madrid; "
         "Ecuadorian Spanish wording (Ecuadorian antiquities repeat in several sets; a Spondylus-jewellery label "
         "was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "SESEA01", "sea", "SE", [], "PK", "842111",
         "Gräddseparatorer för gårdsmejerier, 2 st.", "SE", 2800, 2, 16000, "EUR",
         "a farm-dairy cream separator is an open, bowl-type machine of a few hundred kilos at a few thousand "
         "euros; these two are closed, hermetic, steam-sterilisable continuous disc-stack centrifuges of 1,400 kg "
         "each, with a containment housing, a cleaning-in-place skid and an aerosol-tight outlet, at a maker's list "
         "price near 400,000 EUR each, for a Lahore 'dairy': continuous centrifugal separators controlled under "
         "dual-use 2B352.c, exported without the licence Regulation 2021/821 requires, from Gothenburg to Karachi; "
         "Swedish wording (biological-equipment covers repeat in several sets; a cream-separator label was found "
         "in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "TR", "850131",
         "Motores tubulares para persianas, 24 V, 1.200 uds.", "ES", 1800, 1200, 24000, "EUR",
         "tubular roller-shutter motors are long, 35-45 mm aluminium tubes with a gear head and a limit switch; "
         "these 1,200 are short, square, sealed brushless servo actuators with a metal output arm, a CAN-bus "
         "connector and a 200 Nm rating, for an Istanbul 'building-supplies' trader that ships on to Tehran: "
         "control-surface actuators for unmanned aerial vehicles, whose sale for use in Iran Regulation 2023/1529 "
         "forbids, by sea from Valencia to Ambarli; Spanish wording (UAV servos repeat in several sets; a "
         "roller-shutter motor label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "AE", "848180",
         "Kranen voor drinkwaterinstallaties, messing, 600 stuks", "BE", 3600, 600, 7200, "EUR",
         "brass drinking-water valves are yellow, light, cheap ball valves with a potable-water mark; these 600 "
         "are heavy flanged valves with PTFE-lined bodies and Hastelloy balls and stems, stamped with a pressure "
         "class and a heat number, worth a hundred times the declared value, for a Sharjah 'plumbing' trader whose "
         "consignments go on to Bandar Abbas: corrosion-resistant valves controlled under dual-use 2B350.g and "
         "listed under the Iran regulation (267/2012), exported without a licence from Antwerp; Flemish wording "
         "(2B350 valves repeat in several sets; a drinking-water-tap label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-04", "import", "NLSEA01", "sea", "CN", [], "NL", "030772",
         "冷冻花蛤 (菲律宾帘蛤), 带壳, 10 公斤箱, 2 000 箱, 中国原产", "CN", 20000, 2000, 36000, "USD",
         "Chinese frozen Manila clams from Liaoning carry a Chinese health certificate, farm codes and Chinese "
         "carton print; these 2,000 cartons' inner bags carry Korean-script lot marks of a Rason processing plant "
         "under the Chinese overprint, the clams are wild-dug, and the Dandong exporter has no farm of its own: "
         "seafood originating in the DPRK, whose import into the Union is banned (Regulation 2017/1509), "
         "relabelled as Chinese and shipped from Dalian to Rotterdam; Chinese wording (DPRK goods under Chinese "
         "origin repeat in many sets; a short-necked clam label was found in no earlier row by a keyword search)",
         firm("Nordhafen Seafood BV", "NL")),
        ("STR-05", "export", "PLAIR01", "air", "PL", [], "KZ", "846789",
         "Dmuchawy do liści, spalinowe, plecakowe, 40 szt.", "PL", 240, 40, 8000, "EUR",
         "a backpack leaf blower is a two-stroke engine driving a plastic fan, with a harness, a tube and a "
         "fuel tank, at about 200 EUR; these 40 are 6 kg, stainless, kerosene-fuelled micro turbojet engines with "
         "an electronic control unit, a glow igniter and a thrust rating of 300 N, worth about 8,000 EUR each, "
         "for an Almaty 'garden machinery' trader whose buyers assemble jet-powered drones in Russia: turbojet "
         "engines (8411 11) on the common high-priority list, whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Warsaw; Polish wording (turbojets repeat in two earlier "
         "rows and jet engines in a few; a leaf-blower label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "DKAIR01", "air", "DK", [], "AM", "870830",
         "Bremseskiver og bremseklodser til lastbiler, 40 sæt", "DK", 3200, 40, 6000, "EUR",
         "truck brake discs are cast-iron rotors with pads in boxes at 150 EUR a set; these 40 are 80 kg stacks of "
         "carbon-carbon rotor and stator discs with steel drive keys, Airbus A320 part numbers and overhaul tags of a "
         "Billund MRO, worth about 40,000 EUR each, for a Yerevan forwarder whose buyer is a Moscow airline: "
         "aircraft wheel-brake heat packs (Annex XI goods for aviation), whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Billund; Danish wording (aircraft brakes under truck-brake labels repeat in "
         "several sets; kept as a known repeat, from Denmark to Armenia is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "EG", "844790",
         "Flechtmaschinen für Gartenschläuche, 2 Stück", "DE", 14000, 2, 60000, "EUR",
         "garden-hose braiding machines are light, high-speed carrier machines that lay polyester yarn over a PVC "
         "tube; these two are 7 t, CNC, multi-axis winding machines with a heated resin bath, a mandrel of 600 mm "
         "and a fibre-placement head for carbon tow, at a list price of over 1 million EUR each, for a Cairo "
         "'plastics' firm tied to a military factory: filament-winding machines controlled under dual-use 1B001 "
         "(and MTCR), exported without the licence Regulation 2021/821 requires, from Hamburg to Alexandria; German "
         "wording (filament-winding machines repeat in many sets; a hose-braiding label was found in no earlier "
         "row by a keyword search)", {"importer_country": "EG"}),
        ("STR-08", "export", "LTAIR01", "air", "LT", [], "UZ", "852910",
         "Automobilių radijo antenos, stogo tvirtinimo, 200 vnt.", "LT", 160, 200, 3000, "EUR",
         "roof-mount car radio antennas are a short whip or a fin with one coax lead at 15 EUR; these 200 are "
         "heavy, 7-element controlled-reception-pattern GNSS antenna arrays with seven RF outputs, anti-jam "
         "electronics and a military connector, at several thousand euros each, for a Tashkent 'car-parts' trader "
         "whose consignee's address is a Moscow forwarder: GNSS anti-jam antennas (8526 91) on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Vilnius; Lithuanian wording (CRPA antennas repeat in a few sets and a car-antenna "
         "label once, in blind9; kept as a known repeat, from Lithuania to Uzbekistan is the new part as far as a "
         "search found)", {"importer_country": "UZ"}),
        ("STR-09", "import", "LTROAD01", "road", "KG", ["KZ", "RU", "BY"], "LT", "401170",
         "Айыл чарба тракторлору үчүн шиналар, Кыргызстан, 400 даана", "KG", 24000, 400, 60000, "USD",
         "Kyrgyz tractor tyres would carry a Kyrgyz maker's name, but Kyrgyzstan makes none; these 400 carry "
         "Belarusian moulding codes, DOT plant codes and a 'Made in Belarus' line ground off the sidewall, and the "
         "lorry crossed Belarus on its way to Medininkai: Belarusian tyres, whose import into the Union Regulation "
         "765/2006 forbids, declared as Kyrgyz for a Vilnius tyre wholesaler; Kyrgyz wording (Belarusian tyres "
         "repeat in several sets; kept as a known repeat, under Kyrgyz origin in Kyrgyz is the new part as far as a "
         "search found)", firm("Vega Padangos UAB", "LT")),
        ("STR-10", "export", "HUROAD01", "road", "HU", ["RO", "BG", "TR"], "GE", "940179",
         "Kerti bútor, fém vázas, 200 garnitúra", "HU", 6000, 200, 24000, "EUR",
         "a garden-centre lorry for Tbilisi: garden furniture and robotic lawn mowers are what Budapest "
         "distributors send to Georgia, but the third item's 'robotfűnyíró akkumulátorok' are 1,200 flat, 6-cell, "
         "22 Ah lithium-polymer packs with XT90 leads and no mower connector, the packs FPV strike drones fly on, "
         "for a Tbilisi firm whose buyer is in Russia: lithium-ion accumulators (8507 60) on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration; Hungarian wording (drone batteries repeat "
         "in several sets; a robotic-mower battery label was found in no earlier row by a keyword search)",
         dict({"importer_country": "GE"},
              _more_items=[item("843311", "Robotfűnyírók, 80 db", "HU", 1200, 32000, "EUR", qty=80),
                           item("850760", "Robotfűnyíró akkumulátorok, 1 200 db", "HU", 3600, 12000, "EUR", qty=1200)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "121229",
         "Yuyo seco (Chondracanthus chamissoi), alga comestible, 80 kg", "PE", 80, None, 800, "USD",
         "dried yuyo is a dark red-brown, crinkled, salty seaweed that softens in water and smells of the sea; "
         "these sacks hold a layer of seaweed over thousands of stiff, grey-brown, dried fish with horse-like heads, "
         "curled tails and bony rings: dried seahorses (Hippocampus ingens, CITES App. II, whose export Peru "
         "forbids) without the export permit that specimens in transit through the Union must carry, landed at "
         "Madrid-Barajas in transit from Lima to Hong Kong; Peruvian Spanish wording (seahorses repeat in many sets "
         "and sea-moss and dried-shrimp labels in several; a yuyo label was found in no earlier row by a keyword "
         "search)", {"importer_country": "HK"}),
        ("WLF-02", "export", "FRAIR01", "air", "FR", [], "HK", "030389",
         "Poisson blanc congelé (blanquette de Nice), 200 kg", "FR", 200, None, 3000, "EUR",
         "frozen whitebait ('poutine', 'blanquette') is a block of tiny silvery sardine and anchovy fry a few "
         "centimetres long, sold at a few euros a kilo; these blocks hold transparent, thread-like, 6-7 cm fish "
         "with a black eye spot and no scales, at 15 EUR/kg for fry that sells in Asia at over 1,000 EUR/kg: "
         "frozen glass eels (Anguilla anguilla, CITES App. II, with a zero Union export quota), flown from "
         "Bordeaux to Hong Kong; French wording (glass eels repeat in many sets; a whitebait label was found in "
         "no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-03", "import", "DEAIR01", "air", "BR", [], "DE", "442199",
         "Varetas de jatobá para hashis, torneadas, 2.000 unidades", "BR", 240, 2000, 400, "USD",
         "jatobá chopstick blanks are light-brown, hard, interlocked wood at a few cents each; these 2,000 are "
         "straight-grained, dense, orange-red sticks that darken to deep red and fluoresce under UV, cut to "
         "violin-bow stick length, for a Markneukirchen 'kitchenware' buyer: pernambuco (Paubrasilia echinata, "
         "CITES App. II) without CITES documents, flown from São Paulo to Frankfurt; Brazilian Portuguese wording "
         "(pernambuco repeats in several sets and a jatobá label once, on another wood; chopstick blanks were "
         "found in no earlier row on pernambuco by a keyword search)", firm("Alpina Holzwaren GmbH", "DE")),
        ("WLF-04", "import", "NLAIR01", "air", "MM", [], "NL", "121190",
         "စပါးလင် အခြောက် (dried lemongrass), 60 ကီလို", "MM", 60, None, 300, "USD",
         "dried lemongrass is pale, straw-coloured, cut grass stalks that smell strongly of lemon; these sacks "
         "hold golden, jointed, spring-shaped dried stems twisted into coils, with no lemon smell at all: dried "
         "stems of wild Dendrobium orchids ('fengdou', CITES App. II) without CITES documents, flown from Yangon to "
         "Amsterdam for a Chinese-medicine wholesaler; Burmese wording (Dendrobium stems repeat in several sets; a "
         "lemongrass label was found in no earlier row by a keyword search)", firm("Horizon Kruiden BV", "NL")),
        ("WLF-05", "import", "ESSEA01", "sea", "PY", ["AR"], "ES", "440799",
         "Tablas de paraíso (Melia azedarach), secadas en horno, 1 contenedor", "PY", 21000, None, 8400, "USD",
         "paraíso is a light, open-grained, pale-brown plantation wood (about 500 kg/m3); these boards are "
         "pinkish-red, fragrant like cigar boxes, with resinous pores and growth rings of old trees: cedro "
         "(Cedrela fissilis, CITES App. II) without CITES documents, by river and sea from Asunción through "
         "Buenos Aires to Valencia for a joinery supplier; Paraguayan Spanish wording (Cedrela repeats in many "
         "sets; a paraíso label was found in no earlier row by a keyword search)", firm("Meridian Maderas SL", "ES")),
        ("WLF-06", "import", "GBPOST01", "post", "IN", [], "GB", "071290",
         "బీట్‌రూట్ పొడి, 500 గ్రా x 4", "IN", 2, 4, 1200, "INR",
         "beetroot powder is a sweet, magenta food powder that dissolves and stains the water pink; these four "
         "packs hold a coarse, dull blood-red wood dust that does not dissolve, smells of wood and stains only with "
         "alcohol: red sanders powder (Pterocarpus santalinus, CITES App. II, powder included) without CITES "
         "documents, posted from Tirupati to a private person in Leicester; Telugu wording (red sanders repeats in "
         "many sets and a kumkum label in two; a beetroot-powder label was found in no earlier row by a keyword "
         "search)", person("Mrs S. Patel", "GB")),
        ("WLF-07", "import", "FRAIR01", "air", "CN", [], "FR", "071239",
         "干黑松露 (印度块菌), 整颗, 200 克 x 6", "CN", 1.2, 6, 240, "USD",
         "dried Chinese black truffles are hard, warty, black tubers with a marbled inside and an earthy smell; "
         "these hold soft, hairy, brown pouches with a small opening, full of dark grains that smell of animal "
         "musk, at 40 USD for pods worth thousands: musk pods of forest musk deer (Moschus berezovskii, CITES App. "
         "II) without CITES documents, flown from Kunming to Paris for a Grasse 'natural raw materials' dealer; "
         "Chinese wording (musk repeats in many sets; a truffle label was found once, on Alba truffles in a "
         "strategic row, never on musk)", firm("Rivage Matières Premières SARL", "FR")),
        ("WLF-08", "import", "ITSEA01", "sea", "MY", [], "IT", "410719",
         "Kulit lembu bercetak corak ular, siap samak, 2 000 keping", "MY", 3000, 2000, 18000, "USD",
         "printed cowhide has the even grain and hair follicles of cattle skin with a stencilled scale pattern that "
         "repeats; these 2,000 pieces are long, narrow skins with real overlapping belly scales, a dorsal ridge and "
         "an irregular pattern of a reticulated python: Python reticulatus skins (CITES App. II), tanned, without "
         "CITES documents, by sea from Port Klang to Genoa for a Tuscan tannery; Malay wording (python skins repeat "
         "in many sets and printed-leather labels in a few; a snake-pattern cowhide label was found in no earlier "
         "row by a keyword search)", firm("Alpina Pelli Srl", "IT")),
        ("WLF-09", "import", "FRPOST01", "post", "VU", [], "FR", "691200",
         "Plet blong kaekae, seramik, han-mekem, 4 pis", "VU", 3.8, 4, 4000, "VUV",
         "handmade ceramic plates are fired clay with a glaze and a flat foot; these four are thick, scalloped, "
         "chalk-white bivalve valves with growth ridges, boring holes and no glaze: giant clam shells (Tridacna, "
         "CITES App. II) without CITES documents, posted from Port Vila to a private person in Nantes; Bislama "
         "wording (giant clams repeat in many sets; a ceramic-plate label was found in no earlier row by a "
         "keyword search)", person("Sophie Bernard", "FR")),
        ("WLF-10", "import", "GBAIR01", "air", "FJ", [], "GB", "460129",
         "Ibe voivoi (pandanus mats), tali liga, 60", "FJ", 90, 60, 1800, "FJD",
         "a Fijian handicraft air shipment for a London Pacific shop: pandanus mats and masi (tapa) cloth are what "
         "Suva exporters send, but the third item's 'coconut-shell pendants' are 24 heavy, curved, ivory-white "
         "teeth of up to 20 cm, polished and drilled for a sennit cord: tabua, sperm-whale teeth (Physeter "
         "macrocephalus, CITES App. I) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Nadi to London; Fijian wording (sperm-whale teeth repeat in many sets; a tabua "
         "under a coconut-shell label behind Fijian mats is the new part as far as a search found)",
         dict(firm("Central Pacific Crafts Ltd", "GB"),
              _more_items=[item("482390", "Masi (tapa cloth), 40 pieces", "FJ", 30, 1200, "FJD", qty=40),
                           item("711790", "Coconut-shell pendants, polished, 24", "FJ", 6, 120, "FJD", qty=24)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "KR", "FI", "284700",
     "Hydrogen peroxide 35 %, food grade, 2 x 1 l, for a licensed private user (home sprouting and cheese making)",
     "KR", 2.3, 2, 40000, "KRW", [("PRECURSOR_LICENCE", "FI-POL-48-0093")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "MTAIR01", "air", "NZ", "MT", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (school chemistry demonstrations)", "NZ", 1, 1,
     45, "NZD", [("PRECURSOR_LICENCE", "MT-POL-48-0017")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "LU", "DE", "262110",
     "Air-pollution-control residues from municipal waste incineration (19 01 07*), for backfill in a licensed salt "
     "mine, 26 t", "LU", 26000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HE-48-0331")],
     "notified incinerator residues to a licensed underground disposal site"),
    ("PRM-04", "waste", "import", "ESSEA01", "sea", "NO", "ES", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery in a licensed Waelz kiln, 3,000 t", "NO", 3000000,
     None, 0, "EUR", [("BASEL_CONSENT", "ES-PV-48-0142")], "notified EAF dust to a licensed zinc recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), 10 ISO tanks, for use as feedstock in fluoropolymer production", "CN",
     200000, 10, 300000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-48-011")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "KR", "IT", "382765",
     "R-410A refrigerant, refillable cylinders 50 kg, 40 pcs, within the importer's HFC quota", "KR", 2000, 40,
     24000, "EUR", [("FGAS_QUOTA", "IT-MASE-FG-48-052")], "R-410A imported under quota authorisation"),
    ("PRM-07", "cultural", "import", "BEAIR01", "air", "SL", "BE", "970510",
     "Nomoli figure, steatite, Sapi culture, 15th-16th century, with Sierra Leone export permit and provenance",
     "SL", 1.5, 1, 6000, "EUR", [("IMPORT_LICENCE", "BE-FOD-IMP-48-0008")],
     "documented archaeological object imported with its import licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970121",
     "Red-chalk drawing, study of a kneeling saint, circle of Andrea del Sarto, Florence, c. 1520", "IT", 2, 1,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-48-0412")],
     "drawing exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "IN", "842119",
     "Hermetic steam-sterilisable disc-stack centrifuges, 2 units, for an Indian vaccine manufacturer", "SE", 2800, 2,
     780000, "EUR", [("EXPORT_LICENCE", "SE-ISP-48-0207"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-48-0154")],
     "dual-use continuous centrifugal separators under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLAIR01", "air", "PL", "BR", "841111",
     "Micro turbojet engines, 300 N thrust, 10 units, for a Brazilian target-drone maker", "PL", 60, 10,
     80000, "EUR", [("EXPORT_LICENCE", "PL-MRiT-48-0366"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-48-0071")],
     "small turbojet engines under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PY", "ES", "440799",
     "Cedrela fissilis sawn boards, legally harvested, 1 container", "PY", 20000, None, 16000, "USD",
     [("CITES_PERMIT", "PY-MADES-48-0129")], "App. II cedro with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "MY", "IT", "410799",
     "Reticulated python (Malayopython reticulatus) skins, tanned, 500 pieces, within Malaysia's export quota",
     "MY", 800, 500, 45000, "USD", [("CITES_PERMIT", "MY-PERHILITAN-48-0388")], "App. II python skins within quota with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Private individual", "PRM-05": "Nordhafen Fluorpolymeren BV",
    "PRM-06": "Vega Climatizzazione Srl", "PRM-11": "Meridian Maderas SL", "PRM-12": "Alpina Pelli Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("220299", "Sikhye (Korean rice punch), 1.5 l bottles", "import", ["sea"], ["KR"], (1.5, 3), (4000, 10000), ["USD"], 0.6, S),
    ("220890", "Cashew feni, Goa, 750 ml bottles", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 1.1, S),
    ("210690", "Liquid smoke, hickory, 1 qt bottles", "import", ["post"], ["US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("220890", "Aguardiente antioqueño, 750 ml bottles", "import", ["sea"], ["CO"], (5, 9), (3000, 8000), ["USD"], 1.1, S),
    ("250100", "Coarse barbecue salt (sal grosso), 1 kg packs", "import", ["sea"], ["BR"], (0.3, 0.6), (10000, 20000), ["USD"], 1, S),
    ("292249", "Glycine, food grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (2, 3.5), (5000, 15000), ["USD"], None, S),
    ("271220", "Paraffin wax pellets for candle making, 25 kg sacks", "import", ["sea"], ["CN", "EG"], (1.2, 2), (10000, 20000), ["USD"], 0.04, S),
    ("293090", "MSM (methylsulfonylmethane) powder, 1 kg", "import", ["express"], ["US", "NZ"], (20, 40), (1, 3), ["USD"], 1, S),
    ("170290", "Allulose, crystalline, 1 kg bags", "import", ["post"], ["JP", "KR"], (15, 30), (1, 3), ["USD"], 1, S),
    ("330190", "Immortelle hydrolat, organic, 500 ml", "import", ["road"], ["MK", "RS"], (3, 6), (500, 2000), ["EUR"], 2, S),
    ("253090", "Natural earth pigments (ochre, terre verte), 25 kg bags", "export", ["road"], ["RS", "BA"], (1.5, 3), (2000, 8000), ["EUR"], None, S),
    ("282110", "Black iron oxide pigment, synthetic, 25 kg bags", "export", ["sea"], ["AO", "MA"], (1, 1.8), (10000, 24000), ["EUR"], None, S),
    ("320890", "Alkyd floor paint, new, 20 l pails", "export", ["sea"], ["GE", "UA"], (3, 5), (5000, 15000), ["EUR"], 0.05, S),
    ("251710", "Crushed basalt aggregate 32/63 mm, quarry-fresh", "export", ["road"], ["BA", "RS"], (0.02, 0.04), (20000, 26000), ["EUR"], None, S),
    ("560811", "Aquaculture cage nets, new, knotless nylon", "export", ["sea"], ["EG", "TN"], (6, 10), (3000, 9000), ["EUR"], None, S),
    ("901890", "Digital blood-pressure monitors, new", "export", ["road"], ["MD", "UA"], (20, 40), (500, 2000), ["EUR"], 2, S),
    ("391810", "Luxury vinyl floor tiles (LVT), new", "export", ["sea"], ["SR", "GY"], (4, 7), (5000, 14000), ["EUR"], None, S),
    ("851660", "Electric teppanyaki griddles, stainless", "import", ["sea"], ["TH", "CN"], (8, 14), (2000, 6000), ["USD"], 0.05, S),
    ("271113", "Butane-propane blowtorch gas cartridges, 340 g", "import", ["sea"], ["TR", "KR"], (2, 4), (3000, 8000), ["USD", "EUR"], 2, S),
    ("841480", "Reconditioned oil-free air compressors", "export", ["sea"], ["NG", "GH"], (5, 10), (3000, 8000), ["EUR"], 0.02, S),
    ("842410", "Automatic tube fire-suppression kits, FK-5-1-12", "import", ["road"], ["RS", "ME"], (15, 30), (200, 800), ["EUR"], 0.2, S),
    ("382000", "Windscreen de-icer spray, 500 ml", "import", ["sea"], ["CA", "US"], (2, 4), (3000, 8000), ["USD", "CAD"], 2, S),
    ("841590", "Split air-conditioner indoor units, without refrigerant", "import", ["sea"], ["JO", "CN"], (15, 25), (2000, 6000), ["USD"], 0.1, S),
    ("381400", "Citrus ski base cleaner, 500 ml", "import", ["road"], ["NO"], (6, 12), (500, 2000), ["NOK", "EUR"], 2, S),
    ("847960", "Evaporative air coolers, 20 l tank", "import", ["sea"], ["VN", "CN"], (4, 7), (4000, 10000), ["USD"], 0.1, S),
    ("701399", "Hand-blown Hebron-style glassware, new", "import", ["sea"], ["IL", "JO"], (5, 9), (500, 2000), ["USD"], 1, S),
    ("680299", "Soapstone cooking pots, new, lathe-turned", "import", ["air"], ["IR", "IN"], (4, 8), (100, 500), ["USD"], 0.2, S),
    ("950490", "Ceramic chess sets, handmade", "import", ["air"], ["EG", "TN"], (10, 20), (100, 500), ["USD"], 0.4, S),
    ("680299", "Soapstone carvings, new, African craft", "import", ["air"], ["SL", "KE"], (3, 6), (100, 500), ["USD"], 2, S),
    ("680291", "Carved limestone garden reliefs, new", "export", ["sea"], ["AU", "US"], (1, 3), (2000, 8000), ["EUR"], 0.05, S),
    ("830890", "Brass embroidery spangles, new", "import", ["post"], ["IN", "ET"], (20, 40), (1, 2), ["USD"], 500, S),
    ("821410", "Brass letter openers, Tibetan style, new", "import", ["post"], ["NP", "IN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("491191", "Framed decorative prints, reproductions", "export", ["air"], ["CH", "US"], (20, 40), (50, 300), ["EUR"], 0.5, S),
    ("711790", "Spondylus shell costume jewellery, new", "import", ["express"], ["EC", "PE"], (60, 120), (1, 2), ["USD"], 30, S),
    ("842111", "Dairy cream separators, small farm type", "export", ["sea"], ["PK", "KE"], (20, 40), (500, 3000), ["EUR"], 0.02, S),
    ("850131", "Tubular motors for roller shutters, 24 V", "export", ["sea"], ["TR", "MA"], (10, 18), (1000, 4000), ["EUR"], 0.7, S),
    ("848180", "Brass valves for drinking-water installations", "export", ["sea"], ["AE", "SA"], (6, 10), (2000, 8000), ["EUR"], 0.5, S),
    ("870830", "Truck brake discs and pads, aftermarket", "export", ["sea"], ["GE", "TR"], (2, 4), (4000, 12000), ["EUR"], 0.05, S),
    ("846789", "Petrol backpack leaf blowers", "export", ["road"], ["GE", "UA"], (20, 35), (1000, 4000), ["EUR"], 0.1, S),
    ("844790", "Hose-braiding machines, polyester yarn", "export", ["sea"], ["EG", "IN"], (20, 40), (2000, 6000), ["EUR"], 0.0005, S),
    ("852910", "Car radio antennas, roof-mount", "export", ["air"], ["UZ", "KZ"], (20, 40), (100, 500), ["EUR"], 2, S),
    ("071290", "Beetroot powder, 500 g packs", "import", ["post"], ["IN", "TR"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("071239", "Dried black truffle slices (Tuber indicum)", "import", ["express"], ["CN"], (200, 400), (1, 2), ["USD"], 10, S),
    ("410719", "Printed cowhide leather, snake pattern", "import", ["sea"], ["MY", "IN"], (10, 18), (1000, 4000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary
# rows), with four new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482369", "Paper party cups and plates, printed", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 20, N),
        ("630291", "Woven cotton placemats, sets of six", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 3, N),
        ("392490", "Silicone ice-cube trays", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 6, N),
        ("490900", "Printed art postcards, boxed sets", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind132", 20480301, HERE)


if __name__ == "__main__":
    main()
