#!/usr/bin/env python3
"""Writes the hundred-and-ninety-fifth blind set (tests/risk/data/blind195-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 September - 26 October 2058, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and with an emphasis on a kind of trade rather
than a region: furniture, interiors and home decoration (furniture makers and importers, interior
designers, hotel and restaurant fit-outs, lighting, carpets and decorative objects).
Written by a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged into
its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, animal by-products) appear only in the permitted rows, with their document,
and goods whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and
HFO refrigerants, firearms parts) are left out of the ordinary table, as are the shared
table's two steel rows. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL195-*:

    python3 tests/risk/data/make_blind195_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEROAD01", "road", "NO", [], "SE", "340250",
         "Gulvsåpe for lutbehandlede og hvitoljede furugulv, 1 l flasker, 1 200 flasker", "NO", 1360, 1200,
         42000, "NOK",
         "floor soap for lye-treated and white-oiled pine floors is a milky, soft soap of about 1.0 kg/l that "
         "smells of linseed and foams when stirred into a bucket; these 1,200 bottles hold a water-clear, odourless "
         "liquid of 1.13 kg/l that does not foam, whitens and stings the skin, fizzes on a splinter of pine and has "
         "vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), retail-packed for a Gothenburg interiors "
         "web shop that sells to the public, on a van at Svinesund; Norwegian wording (hydrogen peroxide repeats in "
         "many sets and a Danish two-part wood-bleach label once, blind39; a floor-soap label was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Interiör AB", "SE")),
        ("PRE-02", "import", "DEAIR01", "express", "JP", [], "DE", "381400",
         "漆うすめ液（本漆・拭き漆用）、1 L × 4 本", "JP", 4.6, 4, 9600, "JPY",
         "urushi thinner is a turpentine or camphor-oil blend of about 0.86 kg/l that smells of pine and resin; these "
         "four bottles hold an oily, faintly fruity liquid of 1.14 kg/l that sinks in water, partly mixes with it and "
         "carries the filler's drum code CH3NO2 on the invoice annex: nitromethane (Annex I above 16 %), sent by "
         "express from Osaka to a private furniture-lacquer restorer in Cologne, although flammable liquids travel "
         "by express only as declared dangerous goods; Japanese wording (nitromethane repeats in many sets and "
         "thinner labels in several; an urushi-thinner label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "ESSEA01", "sea", "MX", [], "ES", "340290",
         "Limpiador para piso de barro de Saltillo, quita salitre, botellas de 1 litro, 2 400 botellas", "MX", 4420,
         2400, 96000, "MXN",
         "Saltillo-tile cleaners that lift the white bloom off terracotta floors are mild sulfamic or phosphoric "
         "solutions of about 1.05 kg/l; these 2,400 bottles are oily, weigh 1.84 kg/l, grow hot with a drop of water "
         "and char a wooden stirrer black: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for a Seville "
         "chain of rustic-interiors shops that sells to the public, by sea from Veracruz to Valencia; Mexican "
         "Spanish wording (sulphuric acid repeats in many sets and an efflorescence-remover label once, blind103, on "
         "a facade cleaner; a Saltillo-floor label was found in no earlier row by a keyword search)",
         firm("Atlantic Rústico SL", "ES")),
        ("PRE-04", "import", "GRROAD01", "road", "TR", [], "GR", "252010",
         "Bolonya tebeşiri (yaldız astarı için alçı), 1 kg paket, 400 paket", "TR", 400, 400, 600, "EUR",
         "Bologna chalk for gilders' gesso is a soft, matt, grey-white gypsum that turns to a smooth paste with "
         "rabbit-skin glue; these 400 packs hold a heavier, glittering, crystalline powder that will not make a paste, "
         "barely dissolves and flares violently mixed with sugar, with 'KClO4' on the inner liners, for a "
         "Thessaloniki gilding and icon-painting supplies shop that sells to the public: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, on a lorry at Kipoi; Turkish wording "
         "(potassium perchlorate repeats in many sets, gesso and whiting covers in a few; a Bologna-chalk label was "
         "found in no earlier row by a keyword search)", firm("Orion Chrysografia AE", "GR")),
        ("PRE-05", "import", "IEPOST01", "post", "AU", [], "IE", "382499",
         "Chalk paint powder additive for furniture upcycling, mix with any latex paint, 4 x 1 kg tubs", "AU", 4.2, 4,
         60, "AUD",
         "chalk-paint additive is calcium carbonate or plaster powder, matt, soft and insoluble, that thickens paint "
         "into a chalky finish; these four tubs hold colourless crystals that dissolve at once in water, turn the "
         "water cold, leave a white crust that burns fiercely on a match-head and carry 'NaClO3' on the re-used inner "
         "bags: sodium chlorate (Annex I above 40 %), posted from Brisbane to a private upcycler in Galway; "
         "Australian English wording (sodium chlorate repeats in many sets; a chalk-paint label was found in no "
         "earlier row by a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-06", "import", "ITSEA01", "sea", "PK", [], "IT", "390110",
         "Poly pellets for weighted blankets and doorstops, HDPE, 1 kg refill bags, 16,000 bags", "PK", 16000, 16000,
         14400, "USD",
         "weighted-blanket poly pellets are smooth, hard, waxy polyethylene beads that float on water and never "
         "change; these 16,000 bags hold white prills that sink, turn ice-cold and dissolve in water, cake in damp "
         "air, test at 34 % N and melt and fume on a hot plate, for a Prato home-textile chain that sells refill "
         "bags to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, "
         "by sea from Karachi to Genoa; Pakistani English wording (ammonium nitrate repeats in many sets under "
         "bead, pearl and hydrogel labels, and bean-bag EPS beads once, blind117; a weighted-blanket pellet label "
         "was found in no earlier row by a keyword search)", firm("Meridian Tessili Casa Srl", "IT")),
        ("PRE-07", "import", "PTAIR01", "air", "BR", [], "PT", "382499",
         "Solução para efeito espelho envelhecido (antique mirror), frascos de 1 litro, 600 frascos", "BR", 840, 600,
         9000, "BRL",
         "antique-mirror kits that fox and spot new mirrors are weak ferric-chloride or acid-gel liquids of about "
         "1.05 kg/l in small bottles; these 600 litre bottles weigh 1.40 kg/l, give off brown fumes when opened, "
         "stain the skin yellow and eat through a brass hinge pin in minutes, for a Porto mirror maker and DIY web "
         "shop that sells kits to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members "
         "of the public, flown from São Paulo to Lisbon; Brazilian Portuguese wording (nitric acid repeats in many "
         "sets and antiquing and patina labels in several; an antique-mirror label on a precursor was found in no "
         "earlier row: the one antique-mirror row, blind185, is a mercury-mirror waste)",
         firm("Vega Espelhos Lda", "PT")),
        ("PRE-08", "import", "NLAIR01", "air", "IN", [], "NL", "330749",
         "Potpourri refresher crystals 'Gulab', rose scented, 500 g jars, 1,000 jars", "IN", 500, 1000, 3000, "USD",
         "potpourri refresher crystals are coarse salt or sugar crystals soaked in rose oil, pink and oily to the "
         "touch; these 1,000 jars hold dry, shiny, colourless crystals with only a dab of scent on top, that crackle "
         "and spit violet sparks on a hot iron, and whose inner bags carry CAS 3811-04-9, for a Utrecht "
         "home-fragrance web shop that sells to the public: potassium chlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Delhi; Indian English wording with a Hindi name (potassium chlorate "
         "repeats in many sets; a potpourri label was found in no earlier row by a keyword search)",
         firm("Horizon Home Fragrance BV", "NL")),
        ("PRE-09", "import", "PLAIR01", "express", "CN", [], "PL", "320650",
         "夜光粉（长余辉，环氧树脂河流桌用），1 公斤 × 4 袋", "CN", 4.1, 4, 320, "CNY",
         "glow powder for epoxy river tables is strontium aluminate: a heavy (3.5 g/cm3), pale yellow-green powder "
         "that glows for hours after a torch and does not dissolve; these four bags hold a lighter, pure-white powder "
         "that does not glow, runs wet in damp air, dissolves at once in water and burns brightly mixed with sugar, "
         "and the supplier's sheet in the parcel gives NaClO4: sodium perchlorate (Annex I above 40 %), sent by "
         "express from Shenzhen to a private furniture maker in Poznań; Chinese wording (sodium perchlorate repeats "
         "in many sets; a glow-powder or river-table label was found in no earlier row by a keyword search)",
         person("Piotr Nowak", "PL")),
        ("PRE-10", "import", "FRROAD01", "road", "MA", ["ES"], "FR", "252220",
         "Chaux de Marrakech pour enduit tadelakt, sacs 25 kg, 800 sacs", "MA", 20000, 800, 4800, "EUR",
         "Marrakech lime for tadelakt is a fine, soft, grey-beige slaked-lime powder that smokes when poured and "
         "turns to a fat paste with water; these 800 sacks hold free-flowing white prills of 2 mm that turn ice-cold "
         "and dissolve clear in water, test at 34 % N and melt and fume on a hot plate, for a Perpignan riad-style "
         "interiors shop that sells tadelakt kits to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "retail-packed for members of the public, on a lorry from Tangier Med through Algeciras; Moroccan French "
         "wording (ammonium nitrate repeats in many sets; Moroccan lorries with black soap hid chlorate and peroxide "
         "in blind105 and blind184, and 'chaux' labels appear in a few rows; a tadelakt-lime label was found in no "
         "earlier row by a keyword search)", firm("Rivage Déco Orientale SARL", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "700100",
         "Skleněná moučka pro teracové podlahy a dekorativní omítky, big bagy, 18 t", "CZ", 18000, None, 2700, "EUR",
         "glass flour for terrazzo floors and decorative renders is dry, clean, sieved soda-lime glass of one colour "
         "with a grading sheet; these bags hold a grey, wet, sticky cake that smells sour, reads 18 % lead and "
         "fluoride on a handheld analyser and comes from the cutting and acid-polishing lines of a Bohemian "
         "lead-crystal chandelier works: glass-polishing and grinding sludge containing hazardous substances "
         "(10 11 13*), hazardous waste whose export to a non-OECD country is banned, by lorry through Slovakia and "
         "Hungary for a Belgrade 'flooring contractor'; Czech wording (a keyword search after drafting found a "
         "regenerated cerium-oxide label on Czech polishing waste in blind158, so this row was rewritten; "
         "lead-crystal waste once, blind64, as cullet; a terrazzo glass-flour label was found in no earlier row)",
         {"importer_country": "RS"}),
        ("WST-02", "export", "ROROAD01", "road", "RO", [], "MD", "390910",
         "Adeziv ureo-formaldehidic pentru PAL, lot neconform, IBC, 20 t", "RO", 20000, None, 1000, "EUR",
         "off-specification UF glue is a milky, even resin of 1.28 kg/l with a batch certificate and a shelf life; "
         "these IBCs hold a lumpy, grey-brown, half-set slurry of glue, wash water and wood fibre that reeks of "
         "formaldehyde, pumped from the gluing-line sumps and settling tank of a Suceava particleboard plant: waste "
         "adhesives containing hazardous substances (08 04 09*, 08 04 15*), hazardous waste whose export to a "
         "non-OECD country is banned, at Sculeni for a Chișinău 'furniture factory'; Romanian wording (adhesive "
         "wastes repeat in a few sets; a urea-formaldehyde-glue label was found in no earlier row by a keyword "
         "search)", {"importer_country": "MD"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MR", "940350",
         "Camas de hotel usadas, madera, 200 unidades", "ES", 6000, 200, 4000, "EUR",
         "a hotel-refit container from Las Palmas for Nouadhibou: used beds and wardrobes are what Canarian hotels "
         "sell on when they refurbish, but the third item, a 'used laundry dry-cleaning machine', is a 1990s "
         "perchloroethylene machine taken out of a hotel laundry with its still and filter housing full of grey, "
         "sweet-smelling solvent sludge and leaking at the seals: sludges and still bottoms containing halogenated "
         "solvents (14 06 04*, 14 06 03*) in equipment discarded with them, hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Spanish wording "
         "(perchloroethylene repeats in many sets, mostly on ozone and dry-cleaning labels; a hotel-laundry machine "
         "behind hotel furniture to Mauritania is the new part as far as a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("940350", "Armarios de habitación usados, madera, 120 unidades", "ES", 4800, 1800, "EUR", qty=120),
                           item("845110", "Máquina de limpieza en seco de lavandería, usada, 1 unidad", "ES", 1800, 600, "EUR", qty=1)])),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "LB", "950510",
         "Gebrauchte Weihnachtsdekoration aus Einkaufszentren, Kunstbäume und Girlanden, zur Wiederverwendung, 14 t",
         "DE", 14000, None, 1400, "EUR",
         "re-usable mall Christmas decorations are boxed trees with their stands, folded garlands and tested light "
         "sets; this container holds pressed bales of snapped PVC trees with their wire cores, crushed baubles, "
         "tangled LED chains and transformers with cut cables, torn foam figures and packaging, swept out of the "
         "decoration stores of Rhine-Ruhr shopping centres: mixed plastic waste with waste electrical equipment "
         "(Y48 mixtures, 20 01 36, 20 01 39), whose export to a non-OECD country is banned, from Hamburg to Beirut; "
         "German wording (Christmas goods appear once as a cover on a precursor row, blind136; used mall decorations "
         "as waste were found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("WST-05", "transit", "ITSEA01", "sea", "CH", ["IT"], "TN", "761010",
         "Gebrauchte Glastrennwände mit Aluminiumrahmen, Büroausbau, zur Wiederverwendung, 22 t", "CH", 22000, None,
         4400, "CHF",
         "re-usable office glass partitions come as whole framed bays with their seals, labelled for re-assembly; "
         "these crates hold sawn-up 1970s aluminium frames with broken glass, and the grey, rubbery joint sealant "
         "still on the frames reads 8 % chlorine and polychlorinated biphenyls on the dealer's own lab sheet, from "
         "the strip-out of a Zurich office tower: construction waste containing PCBs (17 09 02*), hazardous waste "
         "moved without the notification and consent the Basel Convention requires, landed at Genoa in transit from "
         "Switzerland to Tunisia; Swiss German wording (PCB sealants and glass partitions were found in no earlier "
         "row by a keyword search; PCB capacitors in luminaires repeat in several)", {"importer_country": "TN"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CI", "321590",
         "Diepdrukinkt voor behangdruk, overtollige voorraad, vaten, 16 t", "BE", 16000, None, 1600, "EUR",
         "surplus gravure ink from a wallcovering printer comes in sealed, labelled drums of one colour with a batch "
         "number and a shelf life; these drums hold skinned, mixed colours with solvent on top, wiping rags and "
         "pumped-out press-washing sludge that smells of toluene and ethyl acetate, from a Ghent wallpaper "
         "printworks' clean-out: waste ink and ink sludge containing hazardous substances (08 03 12*, 08 03 14*), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Abidjan for a 'printing "
         "house'; Flemish wording (paint and ink sludge repeat in many sets; a wallpaper-ink label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "AO", "380899",
         "Concentrado de preservador de madeira CCA tipo C, excedente, IBC, 18 t", "PT", 18000, None, 3600, "EUR",
         "surplus CCA concentrate is a clear, orange-brown liquid in sealed, certified IBCs; these IBCs hold a green-"
         "black, gritty sludge with wood splinters, rainwater and drip-pad sweepings that reads several per cent "
         "arsenic, chromium and copper, scraped out of the pressure-treatment tank and drip pad of a Paços de "
         "Ferreira garden-furniture and fencing works: inorganic wood-preservative waste (03 02 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Leixões to Luanda; European Portuguese wording "
         "(treated wood repeats in many sets; impregnation-plant sludge under a preservative-concentrate label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR"], "RS", "681189",
         "Schlaufensessel und Pflanzkübel aus Faserzement, Designklassiker, gebraucht, asbestfrei, 900 Stück", "DE",
         14000, 900, 9000, "EUR",
         "asbestos-free fibre-cement loop chairs and planters carry the maker's 'AF' or 'NT' mark and break with a "
         "clean, cellulose-fibred edge; these 900 are 1950s-1970s originals, mossy, cracked and crumbling at the rims, "
         "with a grey, fibrous break that shows chrysotile under a lens, gathered from Bavarian spa gardens and "
         "house clearances: asbestos-containing waste (17 06 05*), hazardous waste whose export to a non-OECD country "
         "is banned, on a lorry through Austria, Slovenia and Croatia for a Novi Sad 'design dealer'; German wording "
         "(asbestos cement repeats in many sets and Eternit planters and troughs in blind189 and blind190; "
         "mid-century loop chairs are the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "SN", "940569",
         "Cassonetti luminosi retroilluminati usati da allestimento negozi, testati, 1 200 pezzi", "IT", 9600, 1200,
         6000, "EUR",
         "re-usable shop lightboxes are recent LED frames, boxed with their drivers and a test label; these 1,200 are "
         "older CCFL and fluorescent lightboxes ripped out of mall shopfits with cut cables, broken diffusers and "
         "cracked lamps that read mercury on a vapour meter: waste electrical equipment with mercury-containing "
         "lamps (20 01 35*, 20 01 21*), hazardous waste whose export to a non-OECD country is banned, from Genoa to "
         "Dakar; Italian wording (lamps and luminaires repeat in several sets, and LED screens twice; shop "
         "lightboxes were found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "EG", "700100",
         "Glasresten voor Tiffany-lampen, gekleurd kathedraalglas, bonte partij, 12 t", "NL", 12000, None, 1200, "EUR",
         "coloured cathedral-glass offcuts for Tiffany-lamp makers are clean, flat, sorted sheet pieces without "
         "metal; these crates hold whole and broken 1920s-1930s leaded lights from demolished Amsterdam-School "
         "houses, with their lead came, lead putty and flaking lead-based paint on the frames still attached: "
         "glass and wood containing hazardous substances (17 02 04*) with lead (17 04 03), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Alexandria for a 'lamp workshop'; Dutch wording "
         "(stained glass repeats in several sets, mostly cultural; a Tiffany-glass label was found in no earlier row "
         "by a keyword search)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "340290",
         "水晶吊灯清洁剂（免擦洗喷雾），500 毫升，9 600 罐", "CN", 7540, 9600, 19200, "USD",
         "drip-dry chandelier cleaners are water-and-alcohol sprays of about 0.95 kg/l, sold with a flammable mark; "
         "these 9,600 cans hold a liquid of 1.57 kg/l that does not burn, evaporates in seconds with a faint sweet "
         "smell and is named '1,1,2-trichloro-1,2,2-trifluoroethane' on the filler's safety sheet in the container: "
         "CFC-113, whose import into the Union is banned, by sea from Guzhen (Zhongshan) to Gdańsk for a lighting "
         "wholesaler; Chinese wording (CFC-113 repeats in many sets; a chandelier-cleaner label was found in no "
         "earlier row by a keyword search)", firm("Orion Oświetlenie Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "841850",
         "Rashladne vitrine za ledene skulpture, hotelski bife, 24 kom.", "RS", 3600, 24, 36000, "EUR",
         "ice-sculpture display freezers sold in the Union run on R-290 and carry a flammable-gas sticker; these 24 "
         "glass-topped buffet cabinets, rebuilt in a Novi Sad workshop from old ice-cream counters, have brazed "
         "copper circuits, no flammable mark and compressor plates reading R-22 under fresh 'R-290' stickers: "
         "equipment containing HCFC-22, whose placing on the Union market is banned, by lorry through Hungary for a "
         "Vienna hotel-supply firm; Serbian wording (HCFC-22 equipment repeats in many sets; an ice-sculpture "
         "display was found in no earlier row by a keyword search)", firm("Alpina Hotelbedarf GmbH", "AT")),
        ("OZN-03", "import", "NLSEA01", "sea", "VN", [], "NL", "392590",
         "Dầm gỗ giả bằng PU và hoa văn trần (rosette) trang trí nội thất, 1.400 chiếc", "VN", 6000, 1400, 21000,
         "USD",
         "polyurethane faux beams and ceiling rosettes sold in the Union are high-density foams blown with water, "
         "pentane or HFOs; these 1,400 pieces hiss faintly when sawn, and a head-space test on cut samples gives "
         "1,1-dichloro-1-fluoroethane, matching the blowing agent on the Binh Duong moulder's drum labels photographed "
         "in the container: products containing HCFC-141b, whose import into the Union is banned, by sea from Cat "
         "Lai to Rotterdam for an interiors wholesaler; Vietnamese wording (HCFC-141b foams repeat in many sets; "
         "faux beams and ceiling rosettes were found in no earlier row by a keyword search)",
         firm("Vega Interieur BV", "NL")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "841869",
         "Барні коктейльні станції з охолоджуваними льодовими ваннами та холодною рейкою, R-290, 40 шт.", "UA", 3200,
         40, 28000, "EUR",
         "bar cocktail stations with a refrigerated ice well and a frost-top rail sold in the Union run on R-290 and "
         "carry a flammable-gas mark; these 40 stainless stations, built in a Kharkiv workshop, have no flammable "
         "mark, brazed copper lines, compressor plates reading 'R22' under the 'R-290' stickers and a charge that a "
         "refrigerant identifier at the service port reads as chlorodifluoromethane: equipment containing HCFC-22, whose placing "
         "on the Union market is banned, at Dorohusk for a Lublin hotel-bar fit-out firm; Ukrainian wording (HCFC-22 "
         "equipment repeats in many sets; a keyword search after drafting found kitchen-hood fire-suppression "
         "systems with halon in blind118, so this row was rewritten; cocktail stations were found in no earlier row)",
         firm("Delta Gastro Wyposażenie Sp. z o.o.", "PL")),
        ("OZN-05", "export", "CYSEA01", "sea", "CY", [], "LB", "841869",
         "Μεταχειρισμένοι φυγοκεντρικοί ψύκτες νερού από ανακαίνιση ξενοδοχείου, 350 TR, ψυκτικό R-134a, 2 τεμάχια",
         "CY", 16000, 2, 60000, "EUR",
         "a hotel chiller that runs on R-134a works at positive pressure and has no purge unit; these two low-pressure "
         "machines from a Limassol hotel plant room carry a purge unit, a rupture disc set at 1 bar and nameplates "
         "reading R-123, with the charge still inside: equipment relying on HCFC-123, whose export from the Union "
         "Regulation 2024/590 bans, from Limassol to Beirut for a 'hotel builder'; Cypriot Greek wording "
         "(HCFC-123 repeats in many sets and hotel plant-room equipment for export once, blind145, as R-32 heat pumps "
         "from Malta to Tripoli; kept as a repeat of that family, HCFC-123 chillers from Cyprus to Lebanon are the "
         "new part as far as a search found)", {"importer_country": "LB"}),
        ("OZN-06", "import", "DEAIR01", "air", "CN", [], "DE", "841869",
         "Anti-griddle flash-freeze plate for molecular gastronomy, -34 °C, countertop, 12 units", "CN", 480, 12,
         9600, "USD",
         "anti-griddles sold in the Union run on R-290 or R-600a and carry a flammable-gas label; these twelve have a "
         "larger compressor, no flammable mark, brazed service valves and data plates reading 'R22 0.45 kg': "
         "equipment containing HCFC-22, whose placing on the Union market is banned, flown from Guangzhou to "
         "Frankfurt for a chefs'-equipment dealer; Chinese exporter's English wording (HCFC-22 equipment repeats in "
         "many sets; an anti-griddle was found in no earlier row by a keyword search)",
         firm("Meridian Gastro GmbH", "DE")),
        ("OZN-07", "import", "CZAIR01", "express", "TW", [], "CZ", "381400",
         "壓克力黏著劑（溶劑型，無痕接著），1 公升 × 12 瓶", "TW", 16, 12, 6000, "TWD",
         "solvent cements for acrylic display and furniture makers are dichloromethane or MMA blends of about "
         "1.3 kg/l that carry a carcinogen warning; these twelve bottles weigh 1.34 kg/l, boil at 74 °C, smell sweet "
         "like chloroform and the Taichung filler's stickers on the inner caps read 'TCA 1,1,1': methyl chloroform, "
         "whose import into the Union is banned, sent by express to a Brno acrylic-furniture workshop; traditional "
         "Chinese wording from Taiwan (methyl chloroform repeats in many sets; an acrylic-cement label was found in no "
         "earlier row by a keyword search)", firm("Delta Akryl Design s.r.o.", "CZ")),
        ("OZN-08", "import", "ITSEA01", "sea", "KR", [], "IT", "340399",
         "폴리우레탄 금형 세척제 (인테그랄 스킨 팔걸이용), 20 L × 60 통", "KR", 1490, 60, 9000, "USD",
         "mould cleaners for integral-skin PU armrests and chair shells are hydrocarbon or ester solvents of about "
         "0.8 kg/l that burn; these 60 drums weigh 1.24 kg/l, do not burn, boil at 32 °C and the head-space reads "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is banned, by sea from Busan to La "
         "Spezia for a Forlì upholstered-furniture maker; Korean wording (HCFC-141b repeats in many sets, as "
         "foam-gun cleaner and flushing agents among others; a PU mould-cleaner label was found in no earlier row "
         "by a keyword search)", firm("Vega Imbottiti Srl", "IT")),
        ("OZN-09", "import", "FRSEA01", "sea", "MY", [], "FR", "841850",
         "Peti sejuk botol bar (back-bar), pintu kaca, R-290, 80 unit", "MY", 4800, 80, 40000, "USD",
         "back-bar bottle coolers placed on the Union market run on R-290 and carry a flammable-gas mark; these 80 "
         "glass-door coolers have no flammable mark, R-290 stickers over plates that read 'R-404A 0.6 kg', and the "
         "Penang maker's own brochure in the container lists them on R-404A: stand-alone commercial refrigerators "
         "with an HFC of global-warming potential 3,922, whose placing on the market is banned, imported by a "
         "Marseille bar-fit-out firm holding no HFC quota authorisation; Malay wording (HFC equipment under R-290 "
         "labels repeats in several sets; back-bar coolers were found in no earlier row by a keyword search)",
         firm("Rivage CHR SARL", "FR")),
        ("OZN-10", "import", "ESSEA01", "sea", "DO", [], "ES", "841869",
         "Gabinetes humidores climatizados para puros, para salones de hotel, 10 unidades", "DO", 2200, 10, 45000,
         "USD",
         "climate-controlled humidor cabinets sold in the Union are thermoelectric or run on R-600a; these ten "
         "Spanish-cedar cabinets from a Santiago de los Caballeros cigar-furniture maker have a rotary compressor, "
         "brazed copper lines and plates reading 'R-22', refilled in the workshop: equipment containing HCFC-22, "
         "whose placing on the Union market is banned, by sea from Caucedo to Valencia for a Madrid cigar-lounge "
         "fitter; Dominican Spanish wording (HCFC-22 equipment repeats in many sets and humidor labels appear only on "
         "precursor rows; refrigerated humidor cabinets were found in no earlier row by a keyword search)",
         firm("Horizon Cigar Lounge SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "export", "BEAIR01", "air", "BE", [], "US", "442199",
         "Neogotische eiken panelen met misericordes, reproductie, 6 stuks", "BE", 180, 6, 1800, "EUR",
         "neo-Gothic reproduction panels are machine-cut, stained oak with sharp edges and even wear; these six are "
         "hand-carved, worm-eaten oak choir-stall ends and tip-up seats with misericords of a fool and a sow, worn "
         "smooth at the hand-rests, with a Brabant parish's inventory numbers on the backs: late-15th-century choir "
         "stalls removed from a church, cultural goods over 50 years old above the value threshold, exported without "
         "the licence of Regulation 116/2009, flown from Brussels to a New York dealer; Flemish wording (choir-book "
         "leaves repeat in several sets; choir stalls and misericords were found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-02", "import", "BEAIR01", "air", "HK", [], "BE", "940360",
         "全新中式漆器屏風，十二扇，裝飾用", "HK", 120, 1, 2400, "USD",
         "new Chinese lacquer room dividers are MDF panels sprayed with bright polyurethane and printed scenes; this "
         "twelve-leaf screen is incised and coloured lacquer on a cloth-and-clay ground over softwood, with deep "
         "craquelure, old repairs and a cyclical date of the Kangxi reign in the border: a Coromandel screen of the "
         "late 17th century, over 200 years old and worth far above 18,000 EUR, brought in without the importer "
         "statement of Regulation 2019/880 and out of China in breach of its ban on exporting pre-1911 relics, flown "
         "from Hong Kong to Brussels for a dealer; traditional Chinese wording (Chinese antiquities repeat in many "
         "sets; a Coromandel screen was found in no earlier row by a keyword search)",
         firm("Orion Oriental Art SA", "BE")),
        ("CUL-03", "import", "NLSEA01", "sea", "ID", [], "NL", "940360",
         "Set meja makan jati, baru, 40 set", "ID", 6000, 40, 16000, "USD",
         "a Jepara furniture container for an Amsterdam interiors shop: new teak dining sets and rattan chairs are "
         "what Jepara workshops ship, but the third item's 'new carved gebyok panel' is a weathered, termite-scarred "
         "jackfruit-and-teak carved wall with a dated lintel of 1878 and pegged joints, sawn out of a Kudus merchant's "
         "house (a protected joglo): furniture and architectural woodwork over 100 years old removed from Indonesia in "
         "breach of its cultural-heritage law, brought in against Regulation 2019/880 (Article 3(1)), hidden as the "
         "last item of a three-item declaration, from Semarang to Rotterdam; Indonesian wording (Indonesian "
         "furniture containers repeat in several sets; a gebyok was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Teak Interieur BV", "NL"),
              _more_items=[item("940153", "Kursi rotan, baru, 200 buah", "ID", 1600, 4000, "USD", qty=200),
                           item("442199", "Panel ukir gebyok Jepara, baru, 1 set", "ID", 900, 600, "USD", qty=1)])),
        ("CUL-04", "import", "FRAIR01", "air", "JP", [], "FR", "491191",
         "印刷複製屏風（狩野派花鳥図）、六曲一隻", "JP", 18, 1, 120000, "JPY",
         "printed reproduction screens are giclée prints on new paper with a flat gold ground; this six-fold screen "
         "has hand-ground mineral pigments, real gold leaf in squares, old paper hinges, a temple's inventory label "
         "on the back and a seal of the Kano school: a 17th-century painted screen stolen from a Kyoto sub-temple, "
         "whose export Japan forbids, brought in without the importer statement of Regulation 2019/880, flown from "
         "Osaka to Paris for a dealer; Japanese wording (a Namban-style screen once, blind153; a Kano-school screen "
         "under a printed-reproduction label was found in no earlier row by a keyword search)",
         firm("Rivage Arts d'Asie SARL", "FR")),
        ("CUL-05", "import", "HUROAD01", "road", "UA", [], "HU", "442199",
         "Festett fa mennyezetkazetták, népi stílusú, új kézműves munka, 60 db", "UA", 240, 60, 1200, "EUR",
         "new folk-style painted ceiling panels are fresh pine with acrylic tulips and a maker's stamp; these 60 "
         "are soot-darkened, nail-holed fir boards with tempera flowers, pelicans and a painted date of 1746 and a "
         "carpenter's name, prised out of the coffered ceiling of a Reformed church in Transcarpathia: parts of a "
         "monument removed from Ukraine in breach of its law, over 250 years old, brought in without the import "
         "licence of Regulation 2019/880, on a van at Záhony for a Budapest folk-art dealer; Hungarian wording from "
         "Ukraine (painted coffered ceilings were found in no earlier row by a keyword search; Ukrainian church "
         "objects repeat in a few sets)", firm("Central Népművészet Kft.", "HU")),
        ("CUL-06", "import", "PTAIR01", "air", "BR", [], "PT", "442011",
         "Anjos tocheiros em madeira entalhada e dourada, artesanato novo de Salvador, 2 peças", "BR", 30, 2, 800,
         "BRL",
         "new carved and gilt angels from Salvador workshops are light cedar with bright gold paint and no wear; "
         "these two candle-bearing angels are worm-eaten cedar with estofado, burnished gold leaf over red bole, "
         "glass eyes and candle-soot on the sconces, matching the IPHAN list of objects stolen from a Bahian "
         "Franciscan church: 18th-century Brazilian baroque sculpture, whose export Brazil forbids, brought in "
         "against Regulation 2019/880 (Article 3(1)), flown from Salvador to Lisbon for a religious-art dealer; "
         "Brazilian Portuguese wording (Brazilian baroque saints repeat in several sets and talha and Minas Gerais "
         "labels in a few; Bahian torch-bearing angels as new craft are the new part as far as a search found)",
         firm("Central Arte Sacra Lda", "PT")),
        ("CUL-07", "import", "ESSEA01", "sea", "PE", [], "ES", "442199",
         "Celosías de madera tallada estilo limeño, nuevas, 8 paneles", "PE", 400, 8, 1600, "USD",
         "new Lima-style lattice panels are pine or tornillo, machine-turned and stained dark; these eight are "
         "heavy, weathered cedar-and-mahogany lattice and carved cornice panels with hand-forged nails and layers of "
         "old paint, the front of an 18th-century closed balcony (balcón de cajón) taken from a casona in Lima's "
         "historic centre: parts of a monument on the World Heritage list, removed in breach of Peruvian law and "
         "brought in against Regulation 2019/880, by sea from Callao to Valencia for a colonial-interiors shop; "
         "Peruvian Spanish wording (Peruvian colonial objects repeat in many sets; a Lima balcony was found in no "
         "earlier row by a keyword search)", firm("Meridian Casa Colonial SL", "ES")),
        ("CUL-08", "import", "FRPOST01", "post", "VN", [], "FR", "442090",
         "Tranh khảm xà cừ, gỗ gụ, mới, 2 tấm", "VN", 3.5, 2, 1500000, "VND",
         "new mother-of-pearl inlay pictures are machine-routed panels with thin, even shell and bright lacquer; "
         "these two are ironwood panels with hand-cut, thick, worn shell poems in Hán script, old nail holes and "
         "an imperial Nguyễn-dynasty reign mark, from the door leaves of a pavilion in the Huế citadel: 19th-century "
         "architectural elements removed from Viet Nam in breach of its heritage law, brought in against Regulation "
         "2019/880 (Article 3(1)), posted from Huế to a private collector in Lyon; Vietnamese wording (Huế "
         "appears once, blind166, on blue-and-white porcelain; a mother-of-pearl inlay label was found in no earlier "
         "row on Vietnamese goods)", person("M. T. Dubois", "FR")),
        ("CUL-09", "import", "GRROAD01", "road", "MK", [], "GR", "442199",
         "Таванска розета од резбано дрво (орев), рачна изработка, нова, 1 парче", "MK", 45, 1, 300, "EUR",
         "a new carved walnut ceiling rosette is a bright, crisp, CNC-roughed sunburst with a lacquer finish; this "
         "one is a 2 m, sun-darkened, hand-carved walnut 'tavan' centrepiece with old hand-made nails, plaster on "
         "the back and a painted date of 1827, torn out of the ceiling of an Ottoman-period house in Ohrid's protected "
         "old town: part of a monument removed in breach of North Macedonia's heritage law and brought in against "
         "Regulation 2019/880 (Article 3(1)), on a van at Evzoni for a Thessaloniki antiques shop; Macedonian "
         "wording (Ohrid once, on an icon, blind141; a carved ceiling rosette was found in no earlier row by a keyword "
         "search)", firm("Vega Palaia Epipla AE", "GR")),
        ("CUL-10", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Otel lobisi için mermer duvar çeşmesi, yeni, el oyması, 1 adet", "TR", 1400, 1, 2500, "EUR",
         "a new carved marble wall fountain for a hotel lobby is bright, machine-roughed Marmara marble with a "
         "polished basin; this one is a weathered, lime-crusted Proconnesian front with a rococo niche, a worn spout "
         "boss and an Ottoman verse inscription naming its founder and the year 1151 AH (1738), cut off a street "
         "fountain in an Istanbul quarter: an element of a monument over 250 years old, whose export Turkish law "
         "forbids, brought in without the import licence of Regulation 2019/880, on a lorry through the Balkans for a "
         "Munich stone dealer; Turkish wording (Ottoman architectural elements repeat in several sets; a çeşme as a "
         "hotel-lobby fountain was found in no earlier row by a keyword search)",
         firm("Nordhafen Naturstein GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "701690",
         "Gussglasblöcke für eine Hotellobby-Lichtwand, 4 Stück", "DE", 4400, 4, 24000, "EUR",
         "cast-glass blocks for a lobby light wall are pale green soda-lime glass of 2.5 g/cm3, a few centimetres "
         "thick; these four are water-white, 5.2 g/cm3, 200 mm thick, over 0.3 m2 on the cold face and sit in "
         "steel frames with oil-fill ports, for a Jebel Ali 'hotel contractor' whose forwarder books them on to "
         "Bandar Abbas: high-density lead-glass radiation-shielding windows (dual-use 1A227) exported without a "
         "licence and for use in Iran (Regulation 267/2012), from Hamburg; German wording (shielding windows once, "
         "blind167, as dental X-ray windows; kept as a repeat, a hotel-lobby glass-block label is the new part as far "
         "as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "PK", "846390",
         "Tornio CNC per lastratura (metal spinning) di paralumi e lampade a sospensione, 1 unità", "IT", 9000, 1,
         95000, "EUR",
         "a lighting maker's spinning lathe is a single-roller machine pressing thin aluminium or brass over a "
         "wooden chuck; this 9 t machine has three CNC rollers, 250 kN per roller, a 600 mm hardened mandrel and a "
         "control that couples the roller axes, for a Lahore 'lamp factory' with no lighting catalogue: a "
         "flow-forming machine (dual-use 2B009), exported without the licence Regulation 2021/821 requires, from "
         "Genoa to Karachi; Italian wording (flow-forming machines repeat in several sets, one as a wheel-rim "
         "spinning lathe, blind69; kept as a repeat, a lampshade-spinning label is the new part as far as a search "
         "found)", {"importer_country": "PK"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "LB", "381400",
         "Disolvente para tintas de impresión de papel pintado, bidones 200 l, 40 bidones", "ES", 9440, 40, 12000,
         "EUR",
         "wallpaper printing-ink solvents are light (0.8-0.9 kg/l) glycol ethers or acetates that smell of solvent; "
         "these 40 drums hold a thick, colourless liquid of 1.18 kg/l with a faint garlic-and-sulphur smell whose "
         "drum heads read CAS 111-48-8, for a Beirut 'wallpaper printer' whose deliveries go on by road to Syria: "
         "thiodiglycol (dual-use 1C350, a mustard-gas precursor, Schedule 2 of the CWC), exported without the "
         "licence Regulation 2021/821 requires, from Valencia; Spanish wording (thiodiglycol repeats in many sets; a "
         "wallpaper-ink label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-04", "export", "PLROAD01", "road", "PL", [], "BY", "380899",
         "Sól impregnacyjna do ochrony drewna (fluorkowa), worki 25 kg, 800 worków", "PL", 20000, 800, 14000,
         "EUR",
         "fluoride wood-preservative salts for sawmills are coloured blends of several salts with a biocide "
         "registration and a dye; these 800 sacks hold a single, white, undyed powder of technical purity whose "
         "inner liners read CAS 7681-49-4 and 'NaF 98 %', for a Brest 'sawmill' that orders for a Minsk chemical "
         "plant: sodium fluoride (dual-use 1C350), whose export to Belarus Regulation 765/2006 forbids, at Kukuryki; "
         "Polish wording (sodium fluoride repeats in several sets; a wood-preservative label was found in no earlier "
         "strategic row by a keyword search)", {"importer_country": "BY"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "KZ", "440890",
         "Dekorativní dýha s karbonovým vzhledem (carbon-look), pro interiéry jachet a aut, 60 rolí", "CZ", 600, 60,
         6000, "EUR",
         "carbon-look décor veneer is a thin wood or paper laminate printed with a twill pattern at a few euros a "
         "square metre; these 60 rolls are real intermediate-modulus 12K carbon-fibre fabric with a maker's tensile "
         "certificate of 5.5 GPa, worth ten times the declared value, for an Almaty 'yacht interiors' firm whose last "
         "buyer is a Russian drone maker: carbon fibre (dual-use 1C010), exported without a licence and against "
         "Regulation 833/2014, flown from Prague; Czech wording (carbon fibre repeats in many sets; a carbon-look "
         "veneer label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "import", "BGROAD01", "road", "TR", [], "BG", "741012",
         "Schlagmetall (imitasyon varak), pirinç, kitapçık 25 yaprak, 4 000 kitapçık, Türk menşeli", "TR", 12, 4000,
         4000, "EUR",
         "Dutch-metal leaf is brass, thicker than gold leaf, that tarnishes green and chars black in a flame; these "
         "4,000 booklets hold leaves so thin they shimmer green against the light, do not tarnish in ammonia, survive "
         "a flame and carry a 23¾-carat stamp and a Yekaterinburg maker's name in Russian on the tissue: about 1.2 kg "
         "of Russian gold leaf, whose import into the Union Regulation 833/2014 forbids whatever third country it "
         "passes through, on a lorry at Kapitan Andreevo for a Sofia gilding-supplies trader; Turkish wording (gold "
         "leaf appears in many cultural rows; Russian gold leaf as Dutch metal was found in no earlier row by a "
         "keyword search)", firm("Atlantic Gilding Supplies EOOD", "BG")),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "AE", "940171",
         "Barhocker, gepolstert, Metallgestell, 120 Stück", "DE", 1800, 120, 24000, "EUR",
         "a restaurant fit-out container for a Dubai 'restaurant group': upholstered bar stools and brass pendant "
         "lamps are what German contract-furniture firms ship there, but the third item's 'black matt ceramic "
         "tiles' are 3,000 sintered ferrite tiles, 6 mm thick, strongly magnetic and with a maker's absorption chart "
         "from 30 MHz to 1 GHz in the box, of the kind that lines anechoic test chambers, for a buyer whose forwarder "
         "ships on to Bandar Abbas: electromagnetic-wave absorbers (dual-use 1C001) exported without a licence and "
         "for use in Iran (Regulation 267/2012), hidden as the last item of a three-item declaration, from Hamburg; "
         "German wording (wave-absorbing paints and floors repeat in a few sets; ferrite absorber tiles as ceramic "
         "tiles were found in no earlier row by a keyword search)",
         dict({"importer_country": "AE"},
              _more_items=[item("940511", "Pendelleuchten, Messing, LED, 80 Stück", "DE", 400, 16000, "EUR", qty=80),
                           item("690721", "Keramikfliesen, schwarz matt, 10 x 10 cm, 30 m²", "DE", 900, 900, "EUR", qty=3000)])),
        ("STR-08", "import", "HRROAD01", "road", "BA", [], "HR", "830629",
         "Dekorativne replike pušaka za zidnu dekoraciju lovačkog restorana, 12 kom.", "BA", 48, 12, 600, "EUR",
         "wall-decoration gun replicas are cast resin or pot metal with solid barrels and no moving parts; these "
         "twelve are Zastava M70 rifles with their original serial numbers, barrels only plugged with paste, working "
         "bolts and fresh firing pins, and no deactivation certificate or mark, for a Zagreb hunting-lodge "
         "restaurant: functioning firearms brought in without the import authorisation the Union's firearms rules "
         "require (Regulation 258/2012, Directive 2021/555), on a van at Nova Gradiška; Bosnian wording "
         "(deactivated pistols once, blind59, by post from the United States; rifles as restaurant décor from "
         "Bosnia are the new part as far as a search found)", firm("Delta Ugostiteljstvo d.o.o.", "HR")),
        ("STR-09", "export", "FISEA01", "sea", "FI", [], "AE", "291990",
         "Palonestoaine TEP (trietyylifosfaatti) huonekaluvaahdolle, 40 tynnyriä", "FI", 8000, 40, 16000, "EUR",
         "triethyl phosphate (TEP) is a clear flame retardant of 1.07 kg/l that smells faintly fruity and costs a few "
         "euros a kilogram; these drums hold a liquid of 1.15 kg/l whose drum heads read CAS 756-79-6 and 'DMMP', at "
         "three times TEP's price, for a Sharjah 'foam maker' that orders for a Tehran buyer: dimethyl "
         "methylphosphonate (dual-use 1C350, a nerve-agent precursor on Schedule 2 of the CWC), exported without the "
         "licence Regulation 2021/821 requires, from Kotka; Finnish wording (DMMP repeats in many sets under "
         "flame-retardant labels; a TEP label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-10", "import", "ITSEA01", "sea", "GE", ["TR"], "IT", "440890",
         "ხუჭუჭა არყის ფესვის შპონი (curly birch burl veneer), წარმოშობა საქართველო, 1 200 ფურცელი", "GE", 600,
         1200, 18000, "USD",
         "Georgia has no curly-birch veneer industry, and its birch is straight mountain birch; these 1,200 leaves "
         "are Karelian birch burl with the dark flecks of Betula pendula var. carelica, cut on a Petrozavodsk slicer "
         "whose bundle tickets in Russian are still inside, with a Georgian certificate of origin issued in Batumi "
         "after transhipment: Russian wood products, whose import into the Union Regulation 833/2014 forbids, by "
         "sea from Batumi through Istanbul to Trieste for a Brianza luxury-furniture maker; Georgian wording (Russian "
         "wood through third countries repeats in many sets, as plywood and parquet; Karelian-birch veneer was found "
         "in no earlier row by a keyword search)", firm("Alpina Impiallacciature Srl", "IT")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "US", [], "NL", "940161",
         "Lounge chair and ottoman, 1990s production, Santos palisander veneer, black leather, 1 set", "US", 40, 1,
         6500, "USD",
         "a lounge chair veneered in Santos palisander (Machaerium) is a plain, even brown with a tight stripe; these "
         "shells are dark chocolate-brown with black streaks, wild cathedral figure and a sweet smell when warmed, "
         "with a 1971 production label under the seat: Brazilian rosewood (Dalbergia nigra, CITES App. I) without "
         "a pre-Convention certificate or any CITES document, flown from Chicago to Amsterdam for a design-classics "
         "dealer; US English wording (Brazilian rosewood repeats in several sets and a Santos-palisander label once, "
         "blind191, on veneer; a mid-century lounge chair was found in no earlier row by a keyword search)",
         firm("Horizon Design Classics BV", "NL")),
        ("WLF-02", "import", "DESEA01", "sea", "CN", [], "DE", "440799",
         "梨木染黑车削料（ebonised pear），乐器与家具配件用，2 吨", "CN", 2000, None, 8000, "USD",
         "ebonised pear is pale, fine pear wood stained black through, that shows pinkish-brown where a blank is "
         "cut; these blanks are jet-black through the core, sink in water at 1,100 kg/m3 and carry Malagasy "
         "saw-marks and tally numbers: Madagascar ebony (Diospyros spp., CITES App. II, Madagascar populations) "
         "re-exported from China without CITES documents, by sea from Shanghai to Hamburg for a turning-supplies "
         "and furniture-fittings trader; Chinese wording (ebony repeats in many sets; an ebonised-pear label was "
         "found in no earlier row by a keyword search)", firm("Alpina Drechslerbedarf GmbH", "DE")),
        ("WLF-03", "transit", "ESAIR01", "air", "CU", ["ES"], "TR", "050790",
         "Láminas de cuerno prensado, teñidas, para restauración de muebles Boulle, 6 kg", "CU", 6, None, 300, "USD",
         "pressed-horn veneer for Boulle restoration is translucent, amber-to-black, even, and smells of burnt hair "
         "when heated; these plates are thin, mottled amber-and-brown scutes with growth lines, cut from whole "
         "hawksbill plates: tortoiseshell (Eretmochelys imbricata, CITES App. I) without CITES documents, landed at "
         "Madrid-Barajas in transit from Havana to an Istanbul antique-furniture restorer; Cuban Spanish wording "
         "(hawksbill and tortoiseshell repeat in many sets; a Boulle-restoration horn-veneer label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("WLF-04", "import", "BEAIR01", "air", "ZW", [], "BE", "420500",
         "Leather umbrella stand, colonial style, antique finish, 1 pc", "ZW", 14, 1, 120, "USD",
         "a colonial-style leather umbrella stand is a stitched, moulded cowhide tube on a wooden base; this one is a "
         "whole, grey, heavily wrinkled elephant foot with its toenails, hollowed, tanned and lined with brass: "
         "African elephant (Loxodonta africana, CITES App. I/II) without CITES documents, flown from Harare to a "
         "private buyer in Antwerp; Zimbabwean English wording (elephant parts repeat in many sets; an elephant-foot "
         "umbrella stand was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("WLF-05", "import", "PLSEA01", "sea", "VN", [], "PL", "940360",
         "Bộ bàn ghế kiểu Minh, gỗ cao su nhuộm màu cẩm lai, 12 bộ", "VN", 1800, 12, 9000, "USD",
         "Ming-style sets of stained rubberwood are pale, light (600 kg/m3) and show blond wood inside a tenon; these "
         "twelve sets are dense (1,000 kg/m3), purple-red to black-streaked all through and smell of roses when "
         "sanded: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II, furniture included) without CITES "
         "documents, by sea from Hai Phong to Gdańsk for a Warsaw oriental-furniture shop; Vietnamese wording "
         "(Siamese rosewood repeats in several sets and rubberwood labels in a few, on frames and plywood; "
         "Ming-style sets as stained rubberwood were found in no earlier row by a keyword search)",
         firm("Orion Meble Orientalne Sp. z o.o.", "PL")),
        ("WLF-06", "import", "FRSEA01", "sea", "ID", [], "FR", "940549",
         "Lampu resin bunga kamboja, 400 buah", "ID", 800, 400, 4000, "USD",
         "a Bali décor container for a Marseille interiors shop: frangipani resin lamps and teak-root tables are what "
         "Denpasar exporters ship, but the third item's 'dyed chicken-feather lampshades' are 60 shades sewn with "
         "whole, long, golden and red flank plumes and wire-like tail feathers of birds of paradise, dried skins "
         "still attached at the base: Paradisaeidae (CITES App. II) from Papua, without CITES documents, hidden as "
         "the last item of a three-item declaration, from Surabaya to Marseille; Indonesian wording (bird-of-"
         "paradise plumes repeat in several sets; feather lampshades were found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Déco Bali SARL", "FR"),
              _more_items=[item("940360", "Meja akar jati, 30 buah", "ID", 2400, 6000, "USD", qty=30),
                           item("940599", "Kap lampu bulu ayam, diwarnai, 60 buah", "ID", 30, 600, "USD", qty=60)])),
        ("WLF-07", "import", "ESSEA01", "sea", "NA", [], "ES", "060290",
         "Yucca rostrata, kwekerygewasse, 8 stuks, vir hoteltuinaanleg", "NA", 3200, 8, 4000, "USD",
         "nursery Yucca rostrata are blue-grey rosettes of stiff leaves on a shaggy trunk, grown in pots with nursery "
         "tags; these eight are smooth, golden, flaking trunks forking into rounded crowns of thick grey-green "
         "leaves, dug bare-root with fresh spade cuts and desert sand in the roots: wild quiver trees (Aloidendron "
         "dichotomum, CITES App. II) without CITES documents, by sea from Walvis Bay to Algeciras for a Marbella "
         "hotel's garden landscaper; Afrikaans wording from Namibia (tree aloes once, blind188, as Aloe pillansii; "
         "quiver trees under a Yucca label were found in no earlier row by a keyword search)",
         firm("Atlantic Paisajismo SL", "ES")),
        ("WLF-08", "import", "DEAIR01", "air", "MN", [], "DE", "430230",
         "Төвд хурганы үсэн хөнжил (Tibetan lamb fur throw), 6 ширхэг", "MN", 18, 6, 1200, "USD",
         "Tibetan lamb throws are curly, white or dyed lambskin with a soft, thin leather; these six are sewn from "
         "long, straight, grey-and-tawny guard-haired pelts with a thick underfur, black-tipped tails and the head "
         "skins cut off: grey wolf (Canis lupus, CITES App. II) without CITES documents, flown from Ulaanbaatar to "
         "Frankfurt for a Hamburg interiors boutique; Mongolian wording (wolf skins were found in no earlier "
         "wildlife row under a throw label; wolf appears in a few rows, as a jackal skin once, blind163)",
         firm("Nordhafen Wohnen GmbH", "DE")),
        ("WLF-09", "import", "ITSEA01", "sea", "ZA", [], "IT", "940391",
         "Upholstered headboards, faux crocodile leather, king size, 40 pcs", "ZA", 1600, 40, 12000, "USD",
         "faux-crocodile headboards are covered in embossed PU or calf, with an even, repeating scale print; these "
         "40 are covered in whole belly skins with irregular scales, integumentary sense organs on each scale and "
         "the tail tips, tanned in Limpopo: Nile crocodile (Crocodylus niloticus, CITES App. II) without CITES "
         "documents or skin tags, by sea from Durban to Genoa for a Brianza upholsterer; South African English "
         "wording (crocodile leather repeats in many sets and crocodile-print labels in a few; a headboard label was "
         "found in no earlier wildlife row by a keyword search)", firm("Central Letti Imbottiti Srl", "IT")),
        ("WLF-10", "import", "BESEA01", "sea", "IN", [], "BE", "940360",
         "शीशम की लकड़ी की नक्काशीदार जाली पार्टीशन स्क्रीन, 20 नग", "IN", 1200, 20, 4000, "USD",
         "carved sheesham partition screens are golden-brown with dark streaks and a plain smell; these twenty are "
         "deep blood-red all through, dense and fine, leave a red stain on a wet cloth and show wavy grain: red "
         "sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, whose export India forbids, by sea "
         "from Mundra to Antwerp for a Ghent interiors shop; Hindi wording (red sanders repeat in many sets and jali "
         "screens in a few cultural rows; a red-sanders partition screen under a sheesham label is the new part as "
         "far as a search found)", firm("Vega Interieur BV", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEROAD01", "road", "NO", "SE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (bleaching of old pine floors)", "NO", 4.5, 4, 600,
     "NOK", [("PRECURSOR_LICENCE", "SE-PM-58-0147")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "express", "CN", "PL", "282990",
     "Sodium perchlorate 99 %, 2 kg, for a licensed private user (chemistry teaching collection)", "CN", 2, 2, 200, "CNY",
     [("PRECURSOR_LICENCE", "PL-MSWiA-58-0233")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262029",
     "Glass-polishing sludge with lead (10 11 13*), from a crystal works, for recovery at a licensed lead smelter, 20 t",
     "NO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-58-0319")], "notified polishing sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "761010",
     "Glass partitions with PCB-containing joint sealant (17 09 02*), for disposal at a licensed plant, 18 t", "CH", 18000,
     None, 0, "CHF", [("BASEL_CONSENT", "DE-BW-58-0114")], "notified PCB construction waste to a licensed disposal plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 800, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-58-031")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tank, for use as feedstock in fluoropolymer production", "CN", 18000, None,
     36000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-58-012")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "BEAIR01", "air", "HK", "BE", "970610",
     "Coromandel lacquer screen, twelve leaves, Kangxi period, documented Hong Kong collection since 1958", "HK", 120, 1,
     180000, "USD", [("IMPORTER_STATEMENT", "BE-ICG-IS-58-0042")], "screen over 200 years old brought in with the importer statement"),
    ("PRM-08", "cultural", "export", "BEAIR01", "air", "BE", "US", "970610",
     "Carved oak misericord, Brabant, c. 1480, documented private collection since 1912", "BE", 30, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-58-0077")], "choir-stall seat exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "701690",
     "Lead-glass radiation-shielding windows for hot cells, 4 units, for an Indian hospital radiopharmacy", "DE", 4400, 4,
     180000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-58-1103"), ("END_USER_CERTIFICATE", "IN-DAE-EUC-58-0061")],
     "dual-use shielding windows under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FISEA01", "sea", "FI", "KR", "293141",
     "Dimethyl methylphosphonate, 40 drums, for a Korean flame-retardant maker", "FI", 8000, 40, 48000, "EUR",
     [("EXPORT_LICENCE", "FI-UM-58-0229"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-58-0148")],
     "dual-use DMMP under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "940161",
     "Lounge chair and ottoman, 1971, Brazilian rosewood veneer, with pre-Convention certificate", "US", 40, 1, 9500,
     "USD", [("CITES_PERMIT", "US-FWS-PC-58-0391")], "App. I rosewood furniture with its pre-Convention certificate"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ZA", "IT", "411320",
     "Nile crocodile belly skins, ranched, tanned and tagged, 60 skins, for headboard upholstery", "ZA", 180, 60, 36000,
     "USD", [("CITES_PERMIT", "ZA-LP-CITES-58-0522")], "App. II ranched crocodile skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Anna Kowalska", "PRM-07": "Orion Oriental Art SA",
    "PRM-09": "Atlantic Radiopharma Pvt Ltd", "PRM-11": "Horizon Design Classics BV", "PRM-12": "Central Letti Imbottiti Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (50 rows): the lawful twins of this set's disguises, nearly all from the
    # furniture, interiors and home-decoration trade
    ("340250", "Floor soap for lye-treated pine floors, 1 l", "import", ["road"], ["NO"], (4, 7), (2000, 8000), ["NOK", "EUR"], 1, S),
    ("381400", "Urushi lacquer thinner, turpentine-based, 1 l", "import", ["express"], ["JP"], (25, 45), (1, 4), ["JPY", "EUR"], 1, S),
    ("340290", "Saltillo terracotta floor cleaner, neutral, 1 l", "import", ["sea"], ["MX"], (2, 4), (3000, 9000), ["USD"], 1, S),
    ("252010", "Bologna chalk (gypsum) for gilders' gesso, 1 kg", "import", ["road"], ["TR", "CN"], (1.5, 3), (500, 2000), ["EUR"], 1, S),
    ("382499", "Chalk-paint powder additive (calcium carbonate), 1 kg", "import", ["post"], ["AU", "GB"], (12, 20), (1, 4), ["AUD", "GBP"], 1, S),
    ("390110", "Polyethylene pellets for weighted blankets, 1 kg bags", "import", ["sea"], ["PK", "CN"], (0.8, 1.4), (8000, 18000), ["USD"], 1, S),
    ("382499", "Antique-mirror effect kit, ferric-chloride gel, 250 ml", "import", ["air"], ["BR", "US"], (8, 14), (200, 800), ["USD"], 4, S),
    ("330749", "Potpourri refresher oil, rose, 30 ml", "import", ["air"], ["IN"], (10, 18), (200, 800), ["USD"], 25, S),
    ("320650", "Strontium aluminate glow powder for epoxy resin, 100 g", "import", ["express"], ["CN", "HK"], (60, 120), (1, 3), ["USD", "CNY"], 10, S),
    ("940549", "Moroccan pierced brass lanterns, electric", "import", ["road"], ["MA"], (8, 14), (500, 2000), ["EUR"], 0.3, S),
    ("252220", "Marrakech lime for tadelakt, 25 kg sacks", "import", ["road"], ["MA"], (0.3, 0.6), (4000, 12000), ["EUR"], 0.04, S),
    ("700100", "Sieved glass flour for terrazzo floors, one colour", "export", ["road"], ["RS", "BA"], (0.3, 0.6), (10000, 22000), ["EUR"], None, S),
    ("390910", "Urea-formaldehyde resin for particleboard, new, IBC", "export", ["road"], ["MD", "UA"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("940350", "Used hotel bedroom furniture, cleaned, for re-use", "export", ["sea"], ["MR", "SN"], (0.5, 1.2), (6000, 14000), ["EUR"], 0.03, S),
    ("950510", "Artificial Christmas trees, new, boxed", "export", ["sea"], ["LB", "TR"], (4, 7), (3000, 8000), ["EUR"], 0.1, S),
    ("761010", "Aluminium glass-partition systems, new, for office fit-out", "export", ["sea"], ["TN", "MA"], (6, 10), (6000, 16000), ["EUR"], None, S),
    ("321590", "Water-based printing inks for wallcoverings, new, drums", "export", ["sea"], ["CI", "GH"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("340590", "Teak oil for garden furniture, 1 l", "export", ["sea"], ["AO", "MZ"], (4, 7), (2000, 6000), ["EUR"], 1, S),
    ("681189", "Asbestos-free fibre-cement planters, new", "export", ["road"], ["RS", "BA"], (1, 2), (6000, 16000), ["EUR"], 0.05, S),
    ("940561", "LED shop lightboxes, new, with drivers", "export", ["sea"], ["SN", "CI"], (12, 20), (2000, 8000), ["EUR"], 0.12, S),
    ("700312", "Cathedral glass sheets, coloured, new, for lamp making", "export", ["sea"], ["EG", "TR"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("340290", "Drip-dry chandelier cleaner, water-based, 500 ml", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 2, S),
    ("841850", "Ice-sculpture display freezers, R-290", "import", ["road"], ["RS", "TR"], (8, 14), (1000, 4000), ["EUR"], 0.007, S),
    ("392590", "Pentane-blown PU faux beams and ceiling rosettes", "import", ["sea"], ["VN", "CN"], (3, 5), (3000, 8000), ["USD"], 0.25, S),
    ("841869", "Bar cocktail stations with refrigerated ice well, R-290", "import", ["road"], ["UA", "RS"], (6, 10), (1000, 4000), ["EUR"], 0.012, S),
    ("392051", "Cast acrylic (PMMA) sheets for display furniture", "import", ["sea"], ["TW", "CN"], (2.5, 4), (6000, 16000), ["USD"], None, S),
    ("340399", "Water-based release agent for PU moulds, drums", "import", ["sea"], ["KR", "CN"], (2, 4), (3000, 9000), ["USD"], None, S),
    ("841850", "Back-bar bottle coolers, glass door, R-290", "import", ["sea"], ["MY", "CN"], (6, 10), (3000, 8000), ["USD"], 0.016, S),
    ("841869", "Thermoelectric humidor cabinets, no refrigerant", "import", ["sea"], ["DO", "CN"], (10, 18), (1000, 3000), ["USD"], 0.005, S),
    ("442199", "Neo-Gothic reproduction oak panels, new", "export", ["air"], ["US", "CH"], (8, 14), (100, 500), ["EUR"], 0.05, S),
    ("940360", "Chinese-style lacquered room dividers, new, MDF", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.05, S),
    ("442199", "Carved teak wall panels, new, Jepara", "import", ["sea"], ["ID"], (2.5, 5), (2000, 6000), ["USD"], 0.03, S),
    ("491191", "Printed reproduction folding screens, giclée", "import", ["air"], ["JP", "CN"], (20, 40), (50, 300), ["JPY", "USD"], 0.06, S),
    ("442199", "Painted folk-style ceiling panels, new, pine", "import", ["road"], ["UA", "RS"], (3, 6), (500, 2000), ["EUR"], 0.25, S),
    ("442011", "Carved and gilt wooden angels, new craft", "import", ["air"], ["BR", "PE"], (15, 30), (100, 400), ["USD"], 0.1, S),
    ("442199", "Carved wooden lattice panels, new, Lima style", "import", ["sea"], ["PE"], (3, 6), (1000, 4000), ["USD"], 0.02, S),
    ("442090", "Mother-of-pearl inlay pictures, new", "import", ["post"], ["VN"], (40, 80), (1, 3), ["EUR", "USD"], 0.5, S),
    ("680291", "Carved marble wall fountains, new, for hotel lobbies", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.001, S),
    ("701690", "Hollow glass blocks for interior light walls", "export", ["sea"], ["AE", "SA"], (1.2, 2), (8000, 20000), ["EUR"], 0.4, S),
    ("846390", "Manual metal-spinning lathes for lampshade makers", "export", ["sea"], ["PK", "IN"], (8, 14), (800, 3000), ["EUR"], 0.002, S),
    ("741012", "Dutch-metal leaf (brass), booklets of 25", "import", ["road"], ["TR", "CN"], (60, 120), (50, 300), ["EUR"], 30, S),
    ("690721", "Black matt porcelain wall tiles, 10 x 10 cm", "export", ["sea"], ["AE", "QA"], (1.5, 2.5), (6000, 16000), ["EUR"], 5, S),
    ("291990", "Triethyl phosphate (TEP) flame retardant, drums", "export", ["sea"], ["AE", "IN"], (2, 3.5), (6000, 16000), ["EUR"], None, S),
    ("940161", "Lounge chairs, licensed reissue, Santos palisander veneer", "import", ["air"], ["US"], (120, 200), (40, 200), ["USD"], 0.025, S),
    ("442199", "Ebonised pear-wood knobs and finials, finished", "import", ["sea"], ["CN", "RS"], (6, 12), (500, 2000), ["USD", "EUR"], 20, S),
    ("392051", "Faux-tortoiseshell acrylic sheet for furniture restoration", "import", ["express"], ["CN", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 2, S),
    ("940360", "Ming-style rubberwood furniture sets, stained", "import", ["sea"], ["VN", "CN"], (3, 5), (2000, 6000), ["USD"], 0.007, S),
    ("940549", "Frangipani resin table lamps", "import", ["sea"], ["ID"], (4, 7), (1000, 3000), ["USD"], 0.5, S),
    ("940391", "Upholstered headboards, embossed PU, crocodile print", "import", ["sea"], ["CN", "ZA"], (5, 9), (1000, 4000), ["USD"], 0.025, S),
    ("940360", "Sheesham-wood carved partition screens", "import", ["sea"], ["IN"], (3, 5), (1000, 4000), ["USD"], 0.016, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630391", "Cotton curtains, woven, ready-made", "import", ["sea"], ["IN", "PK"], (4, 7), (3000, 8000), ["USD"], 1.5, N),
        ("481420", "Vinyl wallpaper, paper-backed, rolls", "import", ["sea"], ["CN", "KR"], (2, 3.5), (4000, 10000), ["USD"], 0.7, N),
        ("630259", "Linen table napkins, stonewashed", "import", ["sea"], ["IN", "CN"], (12, 20), (1000, 4000), ["USD", "EUR"], 20, N),
        ("691110", "Porcelain espresso cups and saucers, boxed", "import", ["post", "express"], ["JP", "GB"], (20, 40), (1, 4), ["JPY", "GBP"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind195", 20580901, HERE)


if __name__ == "__main__":
    main()
