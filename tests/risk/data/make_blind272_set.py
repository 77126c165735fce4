#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-second blind set (tests/risk/data/blind272-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: e-commerce fulfilment centres,
dropshippers and marketplace sellers (marketplace sellers and their prep centres, fulfilment
and returns centres, dropshippers filling single orders, print-on-demand shops, livestream
sellers, resale platforms, subscription boxes and the parcel forwarders behind them).
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
only where a real declaration would. Ids are BL272-*:

    python3 tests/risk/data/make_blind272_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "IL", [], "AT", "340290",
         "מסיר כתמים וריחות לחיות מחמד, תרכיז עם חמצן פעיל, 4 בקבוקים של 1 ליטר", "IL", 4.6, 4, 95, "USD",
         "pet stain-and-odour removers with 'active oxygen' are enzyme sprays or 3 % peroxide of about 1.0 kg/l in "
         "trigger bottles; these four litre bottles with vented caps hold a water-clear liquid of 1.13 kg/l that "
         "whitens and stings the fingers and foams hard on a rusty nail: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Tel Aviv by a dropshipper filling a single order that a private buyer in Graz "
         "placed on a marketplace listing promising 'professional strength', so made available to a member of the "
         "public; Hebrew wording (hydrogen peroxide repeats in many sets and stain-remover and enzyme-cleaner labels "
         "on it in several; a pet-stain-and-odour label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "NLAIR01", "air", "HK", [], "NL", "382499",
         "遙控車輪胎抓地劑 (胎油), 250毫升, 80支", "HK", 23, 80, 320, "USD",
         "the traction 'sauces' RC racers wipe on foam and rubber tyres are citrus or mineral-spirit blends of about "
         "0.8 kg/l sold in 60-120 ml bottles with a sponge cap; these 80 bottles hold 250 ml each of an oily, faintly "
         "fruity, pale-yellow liquid of 1.14 kg/l that burns with a hot, almost invisible flame: nitromethane (Annex I "
         "above 16 %), flown from Hong Kong to Amsterdam for a Utrecht seller on a Dutch marketplace who relists it by "
         "the bottle as a 'nitro traction additive' to anyone, so made available to members of the public; Cantonese "
         "(traditional Chinese) wording from Hong Kong (nitromethane repeats in many sets, mostly as model fuel; an "
         "RC tyre-traction-sauce label was found in no earlier row by a keyword search)",
         firm("Orion RC Webwinkel BV", "NL")),
        ("PRE-03", "import", "CZAIR01", "air", "VN", [], "CZ", "330430",
         "Dung dịch primer axit cho móng (acid primer), chai 500 ml, 48 chai", "VN", 34, 48, 290, "USD",
         "acid nail primers are methacrylic acid in 15 ml brush bottles: acrid, 1.02 kg/l and sold by the bottle to "
         "nail studios; these 48 half-litre bottles weigh 1.40 kg/l, fume brown when opened, stain a bare fingertip "
         "yellow and eat into a copper coin, for a Prague nail-supply web shop that serves the Vietnamese nail "
         "studios of Bohemia and sells the same bottles to anyone on its marketplace page: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, flown from Hanoi; Vietnamese wording (nitric "
         "acid repeats in many sets and nail-care labels in several; an acid-primer label was found in no earlier "
         "row by a keyword search)", firm("Delta Nehtové Studio Velkoobchod s.r.o.", "CZ")),
        ("PRE-04", "import", "PTAIR01", "air", "BR", [], "PT", "300670",
         "Lubrificante íntimo à base de silicone, refil 1 litro, 120 frascos", "BR", 221, 120, 900, "USD",
         "silicone personal lubricants are clear, odourless, slippery dimethicone of about 0.96 kg/l that marketplace "
         "sellers ship in plain, discreet parcels nobody opens; these 120 litre bottles are just as clear and oily "
         "but weigh 1.84 kg/l, char the paper label where they dripped and grow hot with a drop of water, for a "
         "Porto 'discreet shipping' marketplace seller whose listings sell the litre refills by the bottle: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, flown from São Paulo; "
         "Brazilian Portuguese wording (sulphuric acid repeats in many sets and oily-liquid covers on it in several, "
         "vegetable glycerine among them; a personal-lubricant label was found in no earlier row by a keyword "
         "search)", firm("Rivage Loja Discreta Lda", "PT")),
        ("PRE-05", "import", "DEAIR01", "air", "US", [], "DE", "390690",
         "Clear detail embossing powder, heat-set, 1 lb pouches, 400 units (FBA prep: FNSKU labels applied)", "US",
         182, 400, 2400, "USD",
         "heat-embossing powders are fine thermoplastic granules that melt to a glossy film under a heat gun at about "
         "150 °C; these 400 pouches hold a dense, white, crystalline powder that does not melt under the gun, "
         "dissolves slowly in water and flares violet with sugar on a hot plate, and the inner bags read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Chicago to "
         "Leipzig for a German seller's prep centre that labels it for a marketplace's fulfilment centres; US "
         "English wording with fulfilment-prep words (potassium perchlorate repeats in many sets and craft-powder "
         "labels in several; an embossing-powder label and an FNSKU prep line were found in no earlier row by a "
         "keyword search)", firm("Alpina Bastel-Versand GmbH", "DE")),
        ("PRE-06", "import", "ROROAD01", "road", "MD", [], "RO", "340250",
         "Pudră pentru curățarea tamburului mașinii de spălat, 500 g, 2.000 de plicuri", "MD", 1000, 2000, 2600,
         "EUR",
         "washing-machine drum cleaners are percarbonate and citric-acid powders that fizz and release oxygen in warm "
         "water; these 2,000 sachets hold glassy, colourless crystals that dissolve quietly without a fizz, taste "
         "cool and salty and make a pinch of sugar flare on a match, and the sack liners they were filled from read "
         "'clorat de sodiu': sodium chlorate (Annex I above 40 %) retail-packed for members of the public, in a van "
         "at Sculeni for an Iași seller on a Romanian marketplace; Romanian wording from Moldova (sodium chlorate "
         "repeats in many sets and oxygen-bleach and percarbonate labels on it in a few; a washing-machine "
         "drum-cleaner label was found in no earlier row by a keyword search)", firm("Vega Casa Online SRL", "RO")),
        ("PRE-07", "import", "ESSEA01", "sea", "CN", [], "ES", "842199",
         "花洒过滤器替换滤珠 (维C/亚硫酸钙/KDF), 25公斤袋, 600袋", "CN", 15000, 600, 7200, "USD",
         "the refill beads of vitamin-C and KDF shower filters are hard, grey-white calcium-sulphite balls and "
         "copper-zinc granules that never dissolve; these 600 sacks hold white, porous prills that turn ice-cold and "
         "vanish in a glass of water, test at 34 % N and melt and fume on a hot plate, for a Valencia fulfilment "
         "centre that packs them in 200 g refill pouches for a shower-filter dropshipper's web shop: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Ningbo; Chinese wording "
         "(ammonium nitrate repeats in many sets; a shower-filter refill label was found in no earlier row by a "
         "keyword search)", firm("Meridian Fulfilment Levante SL", "ES")),
        ("PRE-08", "import", "PLSEA01", "sea", "IN", [], "PL", "350691",
         "ડીટીએફ હોટ-મેલ્ટ એડહેસિવ પાવડર, સફેદ, મીડિયમ, 1 કિગ્રા પેક, 2,400 પેક", "IN", 2400, 2400, 4300, "USD",
         "DTF hot-melt powder is a white, light, slightly waxy polyurethane granule that print-on-demand shops shake "
         "onto wet ink and cure at 120 °C; these 2,400 packs hold a heavier, glassy, crystalline powder that does not "
         "melt at 160 °C, crackles and throws violet sparks on a hot iron and whose inner liners read 'KClO3', for a "
         "Wrocław print-on-demand fulfilment firm that also sells the 1 kg packs to home T-shirt printers through its "
         "marketplace shop: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from Mundra to Gdańsk; Gujarati wording (potassium chlorate repeats in many sets; a DTF-powder label was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Druk na Żądanie Sp. z o.o.", "PL")),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "340290",
         "Red wine stain remover, oxygen formula, concentrate, 2 x 1 l (parcel 3 of 8)", "GB", 2.4, 2, 30, "GBP",
         "red-wine stain removers are surfactant sprays of about 1.0 kg/l or a few per cent peroxide; these two "
         "litre bottles, the third of eight parcels posted the same day from Manchester to eight parcel lockers in "
         "Dublin under one buyer's name, each kept to two litres, hold a water-clear liquid of 1.20 kg/l under "
         "vented caps that whitens the skin and fizzes violently on rust: about 50 % hydrogen peroxide (Annex I above "
         "12 %) made available to a member of the public, split to stay under the quantities a parcel check would "
         "notice; British English wording (hydrogen peroxide repeats in many sets and splits over several parcels in "
         "a few; a wine-stain-remover label and a split over parcel lockers were found in no earlier row by a keyword "
         "search)", person("Mr Ciarán Byrne", "IE")),
        ("PRE-10", "import", "GRROAD01", "road", "AL", [], "GR", "250100",
         "Kripë e trashë për makinat e akullores, thasë 25 kg, 240 thasë", "AL", 6000, 240, 1500, "EUR",
         "the coarse rock salt sold with hand-crank and bucket ice-cream makers is grey-white, opaque sodium chloride "
         "that tastes of salt and chills ice water far below zero; these 240 sacks hold clear, glassy crystals that "
         "taste cool and bitter, draw damp in the air, do not chill the ice and make sugar flare on a hot plate: "
         "sodium perchlorate (Annex I above 40 %), at Kakavia for an Ioannina seller of ice-cream makers who repacks "
         "the 'salt' in 1 kg bags as an add-on to his marketplace listings, so made available to members of the "
         "public; Albanian wording (sodium perchlorate repeats in many sets and rock-salt labels on it in a few; an "
         "ice-cream-maker salt label was found in no earlier row by a keyword search)",
         firm("Delta Kouzina Online AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "851660",
         "Heteluchtfriteuses, nieuw, in doos, 2.400 stuks", "NL", 14400, 2400, 19200, "EUR",
         "new air fryers travel in sealed, printed boxes of one model with a serial-number list; these 2,400 are "
         "customer returns from a Tilburg marketplace returns centre in mixed, reused boxes, with burnt baskets, "
         "cracked housings, missing cords and 'DEFECT' stickers, bought by weight by an Accra trader: waste "
         "electrical equipment (Y49, and A1180 where broken), exported without the notification and consent every "
         "e-waste shipment to a non-OECD country needs since 2025, from Rotterdam to Tema; Dutch wording "
         "(customer-return e-waste repeats in several sets, blind175 among them, kept as a repeat of the family; air "
         "fryers were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "620140",
         "Kamizelki ocieplane, nowe, 3.000 szt.", "PL", 3300, 3000, 9000, "EUR",
         "new padded vests come folded in polybags, a few hundred grams each; these 3,000 are heated vests returned "
         "to a Poznań fulfilment centre by marketplace buyers, with their heating pads and wiring still sewn in and a "
         "swollen, taped or scorched lithium power bank in the pocket of most, pulled from the returns cage and sold "
         "by weight to a Lviv 'second-hand' trader: waste electrical equipment with lithium batteries (A1180, "
         "hazardous), whose export to a non-OECD country is banned, at Hrebenne; Polish wording (e-waste with "
         "lithium batteries repeats in many sets; heated vests were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "321519",
         "Tinta textil DTF blanca, nueva, garrafas de 20 l, 300 garrafas", "ES", 6600, 300, 6000, "EUR",
         "new white DTF ink comes sealed in one- or five-litre bottles with a batch date and must be shaken; these "
         "300 twenty-litre cans, drained from the waste tanks, wiper stations and purge lines of an Elche "
         "print-on-demand fulfilment plant, hold a grey-pink sludge of mixed inks, print-head cleaning fluid, glycol "
         "and cured powder crumbs that has settled in layers: waste ink with hazardous substances (08 03 12*, with "
         "08 03 19* cleaning liquids), hazardous waste whose export to a non-OECD country is banned, from Valencia to "
         "Tanger Med for a Tangier 'garment printer'; Spanish wording (waste ink repeats in several sets; a "
         "print-on-demand plant's DTF waste as new DTF ink was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "MY", "390110",
         "LDPE-Regranulat, natur, gewaschen, 24 t", "DE", 24000, None, 3600, "EUR",
         "washed LDPE regranulate is uniform, translucent pellets that pour freely; these big bags hold loose, "
         "baled film: used courier mailer bags with shipping labels and tape still on, torn pallet stretch wrap, "
         "paper void fill, cardboard scraps and the odd returned item, swept from the outbound docks of a Hamburg "
         "fulfilment centre: mixed plastic waste (Y48, contaminated, not the clean sorted B3011), whose export to a "
         "non-OECD country Regulation 2024/1157 forbids, from Hamburg to Port Klang at 0.15 EUR/kg; German wording "
         "(fulfilment-centre packaging waste repeats once, blind175's air pillows and bubble wrap, kept as a repeat "
         "of the family; courier mailers and pallet wrap as LDPE regranulate were found in no earlier row)",
         {"importer_country": "MY"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "SN", "761510",
         "Pentole antiaderenti in alluminio, nuove, set, 1.200 pezzi", "IT", 3600, 1200, 9600, "EUR",
         "an online-liquidation container for Dakar: boxed cookware and bed linen are what Italian liquidators sell "
         "on to Sandaga market traders, but the third item's 'resi e-commerce: articoli per la casa' are 4,000 "
         "customer-return smart speakers, children's tablets and electric toothbrushes from a Piacenza returns "
         "centre, untested, many cracked, with swollen or missing lithium cells: waste electrical equipment with "
         "lithium batteries (A1180, hazardous), whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration, from Genoa; Italian wording (customer-return e-waste repeats in several "
         "sets; smart speakers and children's tablets behind cookware to Senegal are the new part as far as a search "
         "found)",
         dict({"importer_country": "SN"},
              _more_items=[item("630231", "Biancheria da letto in cotone, nuova, 2.000 set", "IT", 2400, 8000, "EUR", qty=2000),
                           item("392490", "Resi e-commerce: articoli per la casa, 4.000 pezzi", "IT", 3200, 2000, "EUR", qty=4000)])),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "CM", "330499",
         "Cosmétiques neufs, surplus de stock, 18 t", "FR", 18000, None, 5400, "EUR",
         "surplus cosmetics are boxed, in-date, sealed products in shrink-wrapped cartons; these pallets, from the "
         "damaged-returns cage of a Lyon-area fulfilment centre, hold crushed and leaking aerosol deodorants and dry "
         "shampoos, opened nail polishes and removers, burst perfume bottles and expired creams in gaylords soaked "
         "with solvent, the destruction lot a marketplace seller did not pay to destroy: waste aerosols and discarded "
         "products with hazardous substances (16 05 04*, 16 03 05*, 20 01 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre to Douala at 0.30 EUR/kg; French wording (discarded cosmetics as "
         "surplus stock repeat once, blind214's duty-free perfumes, kept as a repeat of the family; a fulfilment "
         "centre's damaged-returns cosmetics to Cameroon are the new part as far as a search found)", {"importer_country": "CM"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", ["HU"], "RS", "852869",
         "Projektory LED, použité, funkční, 6 000 ks", "CZ", 3000, 6000, 6000, "EUR",
         "tested used projectors come packed singly with a test sticker; these 6,000 are 'galaxy' star projectors, "
         "sunset lamps and mini video projectors returned to a Prague-area fulfilment centre as B-stock, unsorted in "
         "gaylords, many dead, cracked or with swollen built-in cells, bought by weight by a Belgrade market trader: "
         "waste electrical equipment with lithium batteries (A1180, hazardous), whose export to a non-OECD country "
         "is banned, on a lorry at Horgoš; Czech wording (projectors repeat in several sets, blind175's on other "
         "goods; galaxy projectors and sunset lamps as used projectors were found in no earlier row by a keyword "
         "search)", {"importer_country": "RS"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "TG", "847160",
         "Gebruikte magazijnuitrusting, getest: handscanners en labelprinters, 8 t", "BE", 8000, None, 4000, "EUR",
         "tested used warehouse equipment goes on pallets with a test log per serial number; these 8 t, left over "
         "when a Liège-airport fulfilment centre changed its sorter, hold handheld scanners with cracked screens, "
         "thermal label printers, conveyor scales and the old system's lead-acid UPS blocks and lithium scanner "
         "batteries, loose in gaylords with broken cradles: waste electrical equipment with lead-acid and lithium "
         "batteries (A1180, A1160, hazardous), whose export to a non-OECD country is banned, from Antwerp to Lomé; "
         "Flemish wording (used IT equipment and UPS batteries repeat in many sets; a fulfilment centre's handheld "
         "scanners and label printers were found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-09", "export", "FISEA01", "sea", "FI", [], "IN", "261390",
         "Molybdeenimalmirikaste, 20 t", "FI", 20000, None, 16000, "EUR",
         "molybdenum ore concentrate is a fine, grey, greasy molybdenite powder; these drums hold dark, oily "
         "extrudates and spheres of alumina with coke, sulphur and 3 % molybdenum, 8 % nickel and traces of arsenic, "
         "changed out of a Porvoo refinery's hydrotreaters: spent catalysts with hazardous substances (16 08 02*), "
         "hazardous waste whose export to a non-OECD country is banned, from Kotka to Mundra; Finnish wording "
         "(spent catalysts repeat in many sets; kept as a repeat, a molybdenum-concentrate label from Finland to "
         "India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "681182",
         "Vlaknocementne kritine, rabljene, za ponovno uporabo, 22 t", "SI", 22000, None, 1100, "EUR",
         "used fibre-cement roof sheets for reuse are whole, stacked and strapped; these are broken, mossy, "
         "corrugated sheets stripped from farm buildings in Prekmurje, many cracked, whose fibres a lab names "
         "chrysotile: asbestos-containing construction waste (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry from Maribor leaving the Union at Stara Gradiška for a Banja Luka "
         "'roofer'; Slovenian wording (asbestos sheets repeat in many sets; kept as a repeat, from Slovenia to Bosnia "
         "is the new part as far as a search found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HUAIR01", "air", "CN", [], "HU", "340530",
         "汽车大灯修复套装 (砂纸、抛光膏、熏蒸杯), 600套", "CN", 300, 600, 1800, "USD",
         "a car-care air shipment for a Budapest warehouse that ships Chinese sellers' marketplace orders across the "
         "Union: headlight-restoration kits with sandpaper, polish and a steamer cup are what the Guangzhou supplier "
         "sends, but the second item's 'vapour liquid' for the steamer cups is 300 litre bottles of a sweet-smelling, "
         "non-flammable liquid as dense as the dichloromethane such liquids hold (1.33 kg/l) that boils at 74 °C, not "
         "40, and that a gas chromatograph names 1,1,1-trichloroethane: methyl chloroform, whose import into the "
         "Union is banned, hidden as the second item of a two-item declaration, flown from Guangzhou; Chinese "
         "wording (methyl chloroform repeats in many sets; a headlight-restoration vapour-liquid label was found in no "
         "earlier row by a keyword search)",
         dict(firm("Central E-Raktár Kft.", "HU"),
              _more_items=[item("381400", "大灯翻新雾化液 (熏蒸液), 1升装, 300瓶", "CN", 400, 600, "USD", qty=300)])),
        ("OZN-02", "import", "FIAIR01", "air", "TW", [], "FI", "381400",
         "酒精墨水混色稀釋液 (blending solution), 500毫升, 96瓶", "TW", 60, 96, 620, "USD",
         "alcohol-ink blending solutions are isopropanol with a little glycerine: 0.80 kg/l, flammable and smelling "
         "of rubbing alcohol; these 96 bottles weigh 1.24 kg/l, boil in the warm hand, do not burn and leave a faint "
         "ether smell: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from "
         "Taoyuan to Helsinki for a Tampere craft-supply web shop that sells the 'blending solution' by the bottle on a "
         "marketplace; Chinese wording from Taiwan (HCFC-141b under solvent labels repeats in many sets; an "
         "alcohol-ink blending-solution label was found in no earlier row by a keyword search)",
         firm("Nordhafen Askartelu Oy", "FI")),
        ("OZN-03", "import", "PLSEA01", "sea", "TH", [], "PL", "841510",
         "เครื่องปรับอากาศแยกส่วนติดตั้งเอง (DIY) ท่อเติมน้ำยาสำเร็จ R-32, 12,000 BTU, 120 ชุด", "TH", 5400, 120,
         36000, "USD",
         "DIY mini-split kits with pre-charged quick-connect lines run on R-32 and carry an F-gas label and a quota "
         "declaration; these 120 kits' outdoor units read 'R22' on the compressor plate under the new sticker, a leak "
         "detector names HCFC-22 and the line sets hold it too: air conditioners relying on and containing HCFCs, "
         "whose import into the Union is banned (Regulation 2024/590), by sea from Laem Chabang to Gdańsk for a "
         "Gdynia seller of 'no-installer' air conditioners on a Polish marketplace; Thai wording (HCFC-22 under R-32 "
         "labels repeats in many sets and split air conditioners in several; DIY quick-connect kits were found in no "
         "earlier row by a keyword search)", firm("Vega Klimatyzacja Online Sp. z o.o.", "PL")),
        ("OZN-04", "import", "GRSEA01", "sea", "EG", [], "GR", "340530",
         "سبراي ملمع كاوتش العربيات، ٦٥٠ مل، ٤٨٠٠ علبة", "EG", 3100, 4800, 5800, "USD",
         "tyre-shine aerosols are silicone in solvent driven by butane-propane and light at the valve; these 4,800 "
         "cans do not light, a leak detector names dichlorodifluoromethane and the filler's invoice in the container "
         "reads 'R-12 propellant': CFC-12 in aerosol products, whose import into the Union is banned, by sea from "
         "Alexandria to Piraeus for an Athens car-care web shop that sells them by the case on marketplaces; Egyptian "
         "Arabic wording (CFC-12 repeats in many sets and aerosol covers in many; a tyre-shine label was found in no "
         "earlier row by a keyword search)", firm("Orion Car Care Online AE", "GR")),
        ("OZN-05", "import", "LVAIR01", "air", "UZ", [], "LV", "380891",
         "Kiyim kuyasiga qarshi shkaf fumigatori, ballon 300 g, 600 dona", "UZ", 260, 600, 1500, "USD",
         "wardrobe moth foggers are small pyrethroid aerosols or cedar sachets that smell of wood; these 600 heavy "
         "little cans hold a liquefied gas with almost no smell that a leak detector names bromomethane, with a "
         "Russian warning under the sticker: methyl bromide, whose import into the Union is banned (no quarantine "
         "exemption remains), flown from Tashkent to Riga for a pest-control seller who sells them by the can on "
         "marketplaces; Uzbek wording (methyl bromide repeats in many sets and moth-spray and moth-fumigant labels on "
         "it in three, blind62, blind228 and blind234, kept as a repeat of the family; a clothes-moth wardrobe "
         "fumigator from Uzbekistan by air to Riga is the new part as far as a search found)",
         firm("Vega Kaitēkļu Kontrole SIA", "LV")),
        ("OZN-06", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "प्रिंटहेड क्लीनिंग फ्लूइड (इंकजेट), 500 मि.ली., 240 बोतलें", "IN", 191, 240, 480, "USD",
         "the print-head cleaning fluids that online ink sellers bundle with refill kits are water, glycol and a "
         "wetting agent of about 1.0 kg/l; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, "
         "flown from Delhi to Milan for an online ink-and-toner seller that ships them with its refill kits; Hindi "
         "wording (carbon tetrachloride repeats in many sets and cleaning-fluid labels on it in many, a letterpress "
         "type wash among them, blind201; an inkjet print-head-cleaner label was found in no earlier row by a keyword "
         "search)", firm("Meridian Inchiostri Online Srl", "IT")),
        ("OZN-07", "import", "SEAIR01", "air", "US", [], "SE", "381400",
         "Mechanical keyboard switch cleaner, contact-safe, 16 fl oz, 60 bottles", "US", 44, 60, 540, "USD",
         "the cleaners keyboard hobbyists use on switches before lubing them are isopropanol of 0.79 kg/l that burns; "
         "these 60 bottles weigh 1.56 kg/l, do not burn, evaporate fast with a faint sweet smell, and the filler's "
         "drum labels in the carton read 'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is "
         "banned, flown from Los Angeles to Stockholm for a Gothenburg mechanical-keyboard web shop that resells them "
         "on marketplaces; US English wording (CFC-113 repeats in many sets and contact-cleaner labels in many, a "
         "keyboard-cleaner label once in a development set, on compressed air; a switch-cleaner label was found in no "
         "earlier row)",
         firm("Horizon Tangentbord AB", "SE")),
        ("OZN-08", "transit", "HRSEA01", "sea", "CN", ["HR"], "BA", "382769",
         "Rashladni plin R-407C, boce 11,3 kg, 400 kom", "CN", 4520, 400, 9200, "USD",
         "R-407C is an HFC blend in 11.3 kg brown cylinders with a certificate; these 400 disposable cylinders read "
         "9 bar at 20 °C, a leak detector names HCFC-22 and the cylinder bottoms carry old Chinese stamps: "
         "chlorodifluoromethane (HCFC-22) moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Rijeka in transit from Ningbo to a Sarajevo air-conditioning wholesaler; Bosnian wording (HCFC-22 "
         "under HFC labels repeats in many sets and under an R-407C label once, blind250's import into Croatia, kept "
         "as a repeat; a transit through Rijeka to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-09", "import", "NLSEA01", "sea", "KR", [], "NL", "382769",
         "칠러용 냉매 R-1233zd(E), 드럼 250 kg, 16 드럼", "KR", 4000, 16, 48000, "USD",
         "R-1233zd(E) is the low-pressure HFO that replaced R-11 and R-123 in centrifugal chillers, shipped in drums "
         "with a certificate; these 16 drums hold a liquid that boils at 24 °C, not 18, a leak detector names "
         "trichlorofluoromethane and the drum heads carry an old 'R-11' stamp under the paint: CFC-11, whose import "
         "into the Union is banned, by sea from Busan to Rotterdam for a chiller-service firm; Korean wording (CFC-11 "
         "repeats in many sets and R-1233zd labels in several, kept as a repeat; from Korea to Rotterdam is the new "
         "part as far as a search found)", firm("Delta Chiller Service BV", "NL")),
        ("OZN-10", "export", "PTSEA01", "sea", "PT", [], "CV", "841850",
         "Vitrinas frigoríficas usadas, em funcionamento, 40 unidades", "PT", 8000, 40, 6000, "EUR",
         "working used display coolers for export run on R-290, R-134a or R-404A; these 40 butcher's and pastry "
         "counters from closed Lisbon shops are 1980s units whose plates read 'R-502' and whose cabinet foam is "
         "CFC-11-blown: equipment relying on and containing CFCs (R-502 holds CFC-115), whose export from the Union is "
         "banned (Regulation 2024/590), from Lisbon to Praia; Portuguese wording (R-502 equipment repeats in many "
         "sets and from Portugal once, blind73's condensing units to Angola, kept as a repeat; butcher's and pastry "
         "counters to Cabo Verde are the new part as far as a search found)", {"importer_country": "CV"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ITAIR01", "express", "CN", [], "IT", "830629",
         "风水八卦镜, 铜制, 仿古, 30个", "CN", 12, 30, 90, "USD",
         "feng-shui bagua mirrors are new cast-brass or resin frames with the eight trigrams around a small glass "
         "mirror; these 30 are heavy, grey-green cast-bronze discs with no glass, a pierced central knob, bands of "
         "TLV and dragon decoration and seal-script inscriptions on the back, with soil in the casting: Han-dynasty "
         "bronze mirrors dug in China, whose export China forbids, brought in without the import licence Regulation "
         "2019/880 requires for archaeological objects over 250 years, sent by express from Xi'an by a marketplace "
         "seller to a private buyer in Bologna; Chinese wording (bronze mirrors repeat in several sets; a feng-shui "
         "bagua-mirror label was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-02", "import", "SIPOST01", "post", "RS", [], "SI", "830170",
         "Стари кључеви за стимпанк накит, лот од 80 комада", "RS", 1.2, 80, 40, "EUR",
         "the 'old keys' that steampunk jewellers buy in lots are 19th- and 20th-century iron and brass door and "
         "clock keys; these 80 are small cast-bronze ring keys and lever keys with green patina and earth in the "
         "wards, Roman of the 1st-4th century, dug by detectorists along the Danube limes: archaeological objects "
         "whose export Serbia forbids, brought in without an import licence (Regulation 2019/880), posted from "
         "Smederevo to a Ljubljana jeweller who sells steampunk rings on an online craft marketplace; Serbian "
         "wording (Roman keys repeat twice, blind258 and blind260, kept as a repeat of the good; a steampunk craft-lot "
         "label was found in no earlier row by a keyword search)", person("Maja Kovač", "SI")),
        ("CUL-03", "import", "FRAIR01", "express", "JP", [], "FR", "442019",
         "木彫り 仏像 (複製品・インテリア用), 高さ52cm, 1体", "JP", 4, 1, 30000, "JPY",
         "reproduction Buddha figures for interiors are new, machine-carved and evenly stained; this 52 cm standing "
         "Amida is carved from joined blocks of hinoki with crystal eyes, the gilding and lacquer worn to the wood, "
         "worm tracks in the base and an old temple inventory number inked inside, listed on a flea-market app by a "
         "seller in Nara and matching a figure reported stolen from an unattended rural temple: a Kamakura-period "
         "(13th century) sculpture removed from Japan against its Law for the Protection of Cultural Properties, "
         "whose import Regulation 2019/880 (Article 3(1)) forbids, sent by express to a private buyer in Lyon; "
         "Japanese wording (a Kamakura Amida bought at a temple-fair flea market repeats once, blind207, kept as a "
         "repeat of the good; a flea-market-app listing sent as an interior reproduction is the new part as far as a "
         "search found)", person("Mme Claire Martin", "FR")),
        ("CUL-04", "import", "NLAIR01", "air", "TR", [], "NL", "711719",
         "Canlı yayın açık artırmaları için karışık eski yüzük lotu, 500 adet", "TR", 3, 500, 400, "EUR",
         "the 'mixed old ring lots' that livestream sellers open on camera are 20th-century costume and silver-plated "
         "rings sold by weight; these 500 are cast and hammered bronze, silver and iron finger-rings with engraved "
         "bezels, crosses and intaglio settings, encrusted and each different, Roman and Byzantine, dug in Anatolia: "
         "archaeological objects whose export Türkiye forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Istanbul to Amsterdam for a Rotterdam seller who auctions them in livestream 'ring "
         "breaks'; Turkish wording (ancient rings repeat in many sets; a livestream-auction lot label was found in no "
         "earlier row by a keyword search)", firm("Vega Live Veilingen BV", "NL")),
        ("CUL-05", "import", "DEAIR01", "express", "PE", [], "DE", "630499",
         "Fundas de almohada boho, tejido andino vintage, hechas a mano, 40 unidades", "PE", 6, 40, 320, "USD",
         "boho pillow covers in 'vintage Andean weave' are new backstrap or machine weaves sewn onto cotton backs; "
         "these 40 have fronts of brittle, faded cotton and camelid gauze with birds and fish in brown and ochre, "
         "darned and stained, cut from Chancay burial textiles (1000-1470) looted from cemeteries near Huaral and "
         "sewn onto new backs: archaeological objects whose export Peru forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Lima to a Berlin shop that sells them on a handmade "
         "marketplace; Peruvian Spanish wording (Chancay textiles repeat in many sets and wall-hanging, boho and "
         "cushion-cover labels in several; a pillow-cover label was found in no earlier row by a keyword search)",
         firm("Atlantic Boho Wohnen GmbH", "DE")),
        ("CUL-06", "export", "GRAIR01", "air", "GR", [], "US", "970191",
         "Αγιογραφία, αντίγραφο, χειροποίητη, κατά παραγγελία, 1 τεμ.", "GR", 3, 1, 350, "EUR",
         "the replica icons Greek workshops paint to order for online buyers are new egg tempera and gold leaf on "
         "new, flat boards; this one is on a warped, worm-eaten panel with two dovetailed battens, gesso cracked in a "
         "network, the gilding worn to the red bole and candle soot in the upper layers: an 18th-century "
         "post-Byzantine icon of St Nicholas taken from a mountain chapel in Epirus, a cultural good over 100 years "
         "old exported without the EU export licence (Regulation 116/2009) and the Greek permit, sold through a "
         "'custom order' listing and flown from Athens to a buyer in Chicago; Greek wording (post-Byzantine icons "
         "repeat in many sets; a custom-order replica label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "DEAIR01", "express", "PK", [], "DE", "710399",
         "د عقیقو صیقل شوې ډبرې، ۲۰ کیلو", "PK", 20, None, 200, "USD",
         "a healing-crystal web shop's express order from Peshawar: tumbled agate and rough lapis are what the "
         "city's stone market ships to such shops, but the third item's 'mixed healing-crystal lot' holds, among "
         "polished pebbles, some forty drilled cylinder and stamp seals of lapis, chalcedony and carnelian cut with "
         "animals, archers and Pahlavi legends, worn at the edges, with earth in the cuts: Bactrian, Achaemenid and "
         "Sasanian seals dug in Afghanistan, archaeological objects brought in without an import licence (Regulation "
         "2019/880), hidden as the last item of a three-item declaration, sent by express to a Freiburg web shop; "
         "Pashto wording (ancient seals repeat in many sets; a healing-crystal lot label was found in no earlier row "
         "by a keyword search)",
         dict(firm("Horizon Heilsteine Versand GmbH", "DE"),
              _more_items=[item("710310", "د لاجوردو خامې ټوټې، ۱۰ کیلو", "AF", 10, 150, "USD"),
                           item("711620", "د روغتیا کرسټالونه، ګډ لوټ، ۵ کیلو", "PK", 5, 150, "USD")])),
        ("CUL-08", "transit", "CYAIR01", "air", "LB", ["CY"], "GB", "680299",
         "لوحة فسيفساء حجرية حديثة للديكور، قطعة واحدة", "SY", 60, 1, 400, "USD",
         "modern stone mosaic panels are cut with even, machine-split tesserae on a mesh back; this 1 x 1.2 m panel "
         "has irregular, hand-cut limestone and glass tesserae, a Greek inscription and a vine scroll with birds, old "
         "mortar on the edges and new plaster behind, lifted from the floor of a Byzantine church in Idlib province: a "
         "Syrian cultural good whose trade EU sanctions forbid (Regulation 36/2012), landed at Larnaca in transit from "
         "Beirut to a London dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Lebanese Arabic "
         "wording (Syrian mosaics repeat in many sets, kept as a repeat; a transit through Larnaca to London is the "
         "new part as far as a search found)", {"importer_country": "GB"}),
        ("CUL-09", "import", "DEAIR01", "air", "GE", [], "DE", "830629",
         "ხატის ვერცხლის ჩარჩო, რეპლიკა, ნაჭედი, 1 ცალი", "GE", 2, 1, 120, "EUR",
         "replica repoussé icon covers are new, thin, bright silvered copper; this is a thick, worn, gilt-silver "
         "plaque of St George hammered in high relief, with an asomtavruli inscription, nail holes and the black of "
         "old varnish in the folds, prised from the wooden core of an 11th-century icon in a Svaneti church: a "
         "cultural good of Georgia's national heritage removed against its export ban, brought in without the "
         "importer statement Regulation 2019/880 requires, flown from Tbilisi to Munich for a dealer; Georgian "
         "wording (Svaneti church and house objects repeat in several sets, blind205's chairs by air to Munich among "
         "them, kept as a repeat; an icon cover under a replica-frame label is the new part as far as a search "
         "found)", firm("Alpina Ikonen Kunsthandel GmbH", "DE")),
        ("CUL-10", "export", "SKAIR01", "air", "SK", [], "US", "691390",
         "Džbán, replika habánskej fajansy, 1 ks", "SK", 2, 1, 80, "EUR",
         "replica Habán jugs are new, bright, even white tin glaze with stencilled flowers; this one has a soft, "
         "greyish glaze crazed all over, blue, yellow and manganese tulips painted freehand, a pewter lid and the date "
         "1686 on the shoulder: a 17th-century Habán faience jug from a western Slovak collection, a cultural good "
         "over 100 years old exported without the EU export licence (Regulation 116/2009) and the Slovak permit, "
         "flown from Bratislava to a New York dealer; Slovak wording (Habán faience repeats once, blind218, kept as a "
         "repeat; a replica label to New York is the new part as far as a search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DKAIR01", "air", "DK", [], "KG", "640411",
         "Sportssko, tekstiloverdel, 160 par", "DK", 200, 160, 8000, "EUR",
         "sports shoes at 50 EUR a pair are what a Bishkek shop might order; these 160 pairs, from a Copenhagen "
         "sneaker-resale platform's authentication warehouse, are limited-edition collaborations with resale tags "
         "and certificates at 600-4,000 EUR a pair on the platform, ordered by a Bishkek 'shopping service' whose "
         "customers are in Moscow and Kazan: luxury goods (footwear over 300 EUR a pair, Annex XVIII) whose sale for "
         "use in Russia Regulation 833/2014 forbids, exported through Kyrgyzstan and undervalued, flown from "
         "Copenhagen; Danish wording (luxury goods to Russia through Central Asia repeat in many sets and sneakers in "
         "three on other goods; resale-platform sneakers were found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "LVAIR01", "air", "LV", [], "UZ", "841451",
         "Kakla ventilatori, portatīvi, USB, 2 000 gab.", "LV", 600, 2000, 10000, "EUR",
         "a marketplace seller's consolidation for Tashkent: neck fans and car phone holders are what Uzbek "
         "marketplace shops stock, but the third item's 'replacement motors for neck fans' are 6,000 outrunner "
         "brushless motors of the 2207 and 2807 classes with 5 mm shafts and 1,700-2,400 kV, packed in fours with "
         "4-in-1 ESC boards, at 35 EUR each, not the 10 mm coreless motors a neck fan uses: FPV-drone motors and ESCs "
         "on the common high-priority list (8501 31, 8504 40), whose re-export to Russia Regulation 833/2014 forbids, "
         "for a Tashkent trader that supplies a Moscow drone workshop, hidden as the last item of a three-item "
         "declaration, flown from Riga; Latvian wording (brushless drone motors repeat in many sets; a neck-fan "
         "replacement-motor label was found in no earlier row by a keyword search)",
         dict({"importer_country": "UZ"},
              _more_items=[item("392690", "Telefonu turētāji automašīnām, 1 000 gab.", "LV", 150, 2000, "EUR", qty=1000),
                           item("850131", "Rezerves motori kakla ventilatoriem, 6 000 gab.", "LV", 540, 3000, "EUR", qty=6000)])),
        ("STR-03", "export", "HUAIR01", "air", "HU", [], "AM", "852589",
         "Okos madáretető kamerával, Wi-Fi, 300 db", "HU", 420, 300, 21000, "EUR",
         "smart bird feeders with a camera are plastic feeders with a 1080p visible-light module at 70-150 EUR; these "
         "300 boxes hold the feeders' shells, but in each a 640 x 512 uncooled microbolometer thermal core with a "
         "germanium lens and a shutter, worth about 1,800 EUR, for a Yerevan 'garden-gadget' marketplace seller whose "
         "earlier orders went on by road to Russia: thermal imaging cameras (8525 89, dual-use 6A003 cores) on the "
         "common high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Budapest; Hungarian wording (thermal cores repeat in many sets under dash-cam, doorbell "
         "and birdwatching-binocular labels among others; a smart bird-feeder label was found in no earlier row by a "
         "keyword search)",
         {"importer_country": "AM"}),
        ("STR-04", "import", "FRAIR01", "air", "AM", [], "FR", "711311",
         "Ոսկեզօծ արծաթե շղթաներ, 925, 600 հատ", "AM", 4.2, 600, 9000, "USD",
         "gold-plated 925 silver chains are light, grey-white under a scratch and stamped '925'; these 600 chains "
         "weigh 7 g each, are yellow right through, stamped '585' with a Russian assay office's hallmark filed half "
         "away and test as 14-carat gold, made by a Kostroma chain factory and re-papered in Yerevan: Russian gold "
         "jewellery, whose import into the Union Regulation 833/2014 forbids even when processed in a third country, "
         "flown to Paris for a marketplace jeweller who lists them as 'gold vermeil'; Armenian wording (Russian gold "
         "repeats in many sets, kept as a repeat of the good; gold-plated silver chains for a marketplace jeweller "
         "were found in no earlier row by a keyword search)", firm("Rivage Bijoux en Ligne SARL", "FR")),
        ("STR-05", "export", "FIAIR01", "air", "FI", [], "KZ", "852692",
         "Matkalaukkujen paikantimet, Bluetooth, 3 000 kpl", "FI", 90, 3000, 36000, "EUR",
         "Bluetooth luggage trackers are coin-sized tags with a button cell at 10-25 EUR; these 3,000 are multi-band "
         "GNSS receiver boards with anti-jamming firmware and LTE-M telemetry modules with antenna leads, no tag or "
         "cell among them, at about 150 EUR each, for an Almaty marketplace 'gadget' shop whose orders go on to a "
         "Russian drone maker: GNSS receivers and radio modules (8526 91, 8517 62) on the common high-priority list, "
         "whose re-export to Russia Regulation 833/2014 forbids, flown from Helsinki; Finnish wording (GNSS modules "
         "repeat in many sets; a luggage-tracker label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "AE", "840710",
         "Modellflugmotoren, Zweitakt, Hobby, 24 Stück", "DE", 180, 24, 9600, "EUR",
         "the hobby engines RC-plane flyers buy one at a time are 20-60 cc single-cylinder two-strokes; these 24 are "
         "110-180 cc twin-cylinder engines with electronic ignition and starter-generators of the kind fitted to "
         "long-range one-way attack drones, ordered through a Dubai marketplace hobby shop that forwards to Bandar "
         "Abbas: engines for unmanned aerial vehicles whose sale, supply and export for use in Iran Regulation "
         "2023/1529 forbids, exported without authorisation, flown from Frankfurt; German wording (drone engines for "
         "Iran repeat in several sets; an RC-plane hobby-engine label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "BEAIR01", "air", "BE", [], "LB", "382499",
         "Solvant pour kits de teinture tie-dye, 1 l, 400 flacons", "BE", 472, 400, 2400, "EUR",
         "tie-dye kits carry urea and soda ash powders and a few millilitres of wetting agent; these 400 litre bottles "
         "hold a colourless, slightly viscous, faintly sulphurous liquid of 1.18 kg/l, with CAS 111-48-8 on the drum "
         "label they were filled from, ordered through a Belgian online dye shop by a Beirut 'textile printer' with no "
         "print works: thiodiglycol (dual-use 1C350, a CWC Schedule 2 chemical-weapons precursor and a real dye "
         "solvent) exported without the licence Regulation 2021/821 requires, flown from Brussels; Belgian French "
         "wording (thiodiglycol repeats in many sets and tie-dye labels twice, on precursors; a tie-dye-kit solvent "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "IR", "681519",
         "石墨模具, 珠宝铸造用, 40块", "CN", 6000, 40, 12000, "USD",
         "graphite moulds for jewellery casting are small, machined blocks of ordinary extruded graphite at a few "
         "dollars a kilo; these 40 are 150 kg isostatically pressed blocks of 1.85 g/cm3, boron-free to a few ppm by "
         "the maker's certificate, worth twenty times the declared value: nuclear-grade graphite (dual-use 0C004) "
         "landed at Piraeus in transit from Tianjin to Bandar Abbas for an Iranian end user, whose transit the Union "
         "may prohibit under Regulation 2021/821 and the Iran regulation; Chinese wording (nuclear-grade graphite "
         "repeats in several sets, kept as a repeat; a jewellery-casting-mould label through Piraeus is the new part "
         "as far as a search found)", {"importer_country": "IR"}),
        ("STR-09", "export", "IEAIR01", "air", "IE", [], "TR", "843490",
         "Vacuum pumps for milking machines, spare, 12 units", "IE", 480, 12, 9600, "EUR",
         "milking-machine vacuum pumps are oil-lubricated rotary-vane pumps of modest vacuum at a few hundred euros; "
         "these 12 are all-metal, dry, magnetically coupled scroll pumps rated for UF6 service, with corrosion-proof "
         "seals, for an Izmir 'dairy equipment' firm whose earlier orders went on to Tehran: vacuum pumps controlled "
         "under dual-use 2B231 and listed in the Iran regulation, exported without a licence, flown from Dublin; "
         "Irish English wording (vacuum pumps under milking-machine labels repeat in several sets, kept as a repeat; "
         "from Ireland by air to Izmir is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "RS", "846592",
         "CNC-Holzbearbeitungsfräse, gebraucht, 1 Stück", "AT", 14000, 1, 60000, "EUR",
         "a used CNC router for wood is a light gantry machine with a spindle of a few kW; this is a 14 t five-axis "
         "machining centre for metal with a tilting rotary table, linear scales and positioning accuracy of a few "
         "microns, for a Belgrade 'furniture maker' that resells to a Russian defence plant: a machine tool controlled "
         "under dual-use 2B001 and on the list whose export to Russia Regulation 833/2014 forbids, exported without a "
         "licence and for re-export, on a lorry from Linz; Austrian German wording (five-axis machines under "
         "woodworking labels repeat in several sets, kept as a repeat; from Austria to Serbia is the new part as far "
         "as a search found)", {"importer_country": "RS"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "CZAIR01", "express", "MN", [], "CZ", "430400",
         "Малгайны хиймэл үсэн бөмбөлөг, 300 ширхэг", "MN", 6, 300, 450, "USD",
         "faux-fur pom-poms for beanies are acrylic pile on a knitted base with a press stud, even and shiny; these "
         "300 are real fur: long, soft, silvery-grey guard hair with dark tips over dense buff underfur, some with the "
         "spotted belly fur, sewn from Eurasian lynx pelts: Lynx lynx (CITES App. II) without CITES documents, sent "
         "by express from Ulaanbaatar to a Brno knitwear maker who sells hats on a handmade marketplace; Mongolian "
         "wording (lynx fur repeats in many sets and a rabbit-fur pompom label once, blind228; a faux-fur beanie "
         "pom-pom label was found in no earlier row by a keyword search)", firm("Orion Pletené Čepice s.r.o.", "CZ")),
        ("WLF-02", "import", "ESAIR01", "express", "CO", [], "ES", "670100",
         "Aretes de plumas estilo boho, hechos a mano, 400 pares", "CO", 2, 400, 600, "USD",
         "boho feather earrings are dyed rooster and goose feathers on hooks; these 400 pairs hang long, stiff "
         "scarlet, yellow-and-blue and blue-and-gold flight and tail feathers with the barb pattern of macaws, cut "
         "from wild-caught birds: Ara macao (CITES App. I) and Ara ararauna (App. II) feathers without CITES "
         "documents, sent by express from Bogotá to a private seller in Seville who relists them on a handmade "
         "marketplace; Colombian Spanish wording (macaw feathers repeat in several sets; a feather-earring label was "
         "found in no earlier row outside a development set)", person("Maria Lopez", "ES")),
        ("WLF-03", "import", "NLPOST01", "post", "ZA", [], "NL", "711790",
         "Haaitand-halssnoere, fossiel, handgemaak, 150 stuks", "ZA", 1.5, 150, 2400, "ZAR",
         "fossil shark-tooth necklaces carry grey, brown or black mineralised teeth as heavy as stone; these 150 "
         "carry glossy, white, serrated triangular teeth with fresh pink root tissue and no mineral colour, pulled "
         "from the jaws of great white sharks caught off the Eastern Cape: Carcharodon carcharias (CITES App. II) "
         "without the South African export permit, posted from Jeffreys Bay to a private seller in Haarlem who sells "
         "surf jewellery on a handmade marketplace; Afrikaans wording (great white teeth repeat in a few sets under "
         "fossil-tooth labels, blind63 among them; a shark-tooth necklace label was found in no earlier row by a "
         "keyword search)", person("Mw. E. de Jong", "NL")),
        ("WLF-04", "import", "ITAIR01", "express", "MY", [], "IT", "392690",
         "Sarung AirPods silikon, 2,000 unit", "MY", 60, 2000, 1400, "USD",
         "a marketplace seller's express consolidation for a Naples phone-accessory seller: silicone AirPods cases and "
         "charging cables are what Kuala Lumpur suppliers send, but the third item's 'snake-pattern PU leather cases' "
         "are 300 cases of real reticulated-python skin with overlapping dorsal scales, scale pockets and the belly "
         "pattern, no printed grain: Malayopython reticulatus (CITES App. II) skin products without CITES documents, "
         "hidden as the last item of a three-item declaration, sent by express from Kuala Lumpur; Malay wording "
         "(python skin repeats in many sets; an AirPods-case label was found in no earlier row by a keyword search)",
         dict(firm("Rivage Accessori Online Srl", "IT"),
              _more_items=[item("854442", "Kabel pengecas USB-C, 1,000 unit", "MY", 40, 600, "USD", qty=1000),
                           item("420232", "Sarung AirPods kulit PU bercorak ular, 300 unit", "MY", 15, 450, "USD", qty=300)])),
        ("WLF-05", "import", "BEAIR01", "express", "PK", [], "BE", "330300",
         "مصنوعی کستوری عطر، 12 ملی لیٹر، 60 شیشیاں", "PK", 1.4, 60, 180, "USD",
         "synthetic 'kasturi' attars are a few millilitres of muscone or musk ketone in oil at a few dollars; under "
         "this parcel's 60 vials lie six small, round, hairy pods wrapped in foil and a jar of dark-brown, crumbly, "
         "strongly animal-smelling grains: musk pods of Himalayan musk deer (Moschus spp., CITES App. I for the "
         "Himalayan populations) without CITES documents, sent by express from Lahore to a Brussels attar seller who "
         "sells on marketplaces; Urdu wording (musk repeats in many sets and musk pods under a synthetic-musk label "
         "once, blind160 from Jordan, kept as a repeat; a synthetic-kasturi attar label from Pakistan was found in no "
         "earlier row outside a development set)", person("Jan Peeters", "BE")),
        ("WLF-06", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Caja de suscripción de suculentas, esquejes enraizados, 40 plantas", "MX", 2, 40, 80, "USD",
         "succulent subscription boxes hold rooted nursery cuttings of Echeveria and Sedum in small pots; this box's "
         "40 plants are bare-root, with old, corky bases, dirt and lichen between the tubercles and no nursery roots: "
         "wild-collected Mammillaria pectinifera and Turbinicarpus spp. (CITES App. I) and other Mammillaria (App. II) "
         "without CITES documents, posted from Querétaro to a Cologne subscription-box firm that sends them on to its "
         "subscribers; Mexican Spanish wording (wild Mexican cacti repeat in several sets and succulent labels in "
         "many; a subscription-box label was found in no earlier row by a keyword search)",
         firm("Meridian Pflanzenbox GmbH", "DE")),
        ("WLF-07", "import", "ATAIR01", "express", "ID", [], "AT", "392640",
         "Replika tengkorak monyet dari resin, dekorasi, 12 buah", "ID", 3.6, 12, 120, "USD",
         "resin replica skulls are cast, light, seamless and alike; these 12 are real, bleached long-tailed macaque "
         "skulls with open sutures, worn teeth and small differences, prepared by a Bandung 'oddities' seller who "
         "sells on online marketplaces: Macaca fascicularis (CITES App. II) specimens without CITES documents, sent "
         "by express to a private collector in Linz; Indonesian wording (primate skulls repeat in several sets and "
         "resin-replica labels in many; an oddities seller's replica-skull parcel by express to Austria is the new "
         "part as far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-08", "export", "ESAIR01", "air", "ES", [], "HK", "160420",
         "Gulas (sucedáneo de angula de surimi), congeladas, 120 kg", "ES", 120, None, 1200, "EUR",
         "gulas are frozen surimi strips shaped like elvers, grey-backed and still; these 120 kg are in oxygenated "
         "bags of cold water inside the 'frozen' cartons, and the 'strips' are live, transparent glass eels with "
         "black eyes that swim: European eels (Anguilla anguilla, CITES App. II, no export from the Union allowed), "
         "flown from Madrid to Hong Kong; Spanish wording (glass eels repeat in many sets and gulas labels in several, "
         "kept as a repeat; by air from Madrid is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "PTSEA01", "sea", "GW", [], "PT", "440349",
         "Toros de cajueiro velho, para lenha e carvão, 1 contentor", "GW", 24000, None, 3600, "USD",
         "old cashew-tree logs cleared from Bissau's orchards are pale, soft, twisted and gummy with a grey bark; "
         "these are straight, dense logs with a pale sapwood ring around a blood-red heartwood that bleeds red in "
         "water, cut in the forests of Oio: kosso (Pterocarpus erinaceus, CITES App. II) without CITES documents, by "
         "sea from Bissau to Lisbon for a sawmill; Guinea-Bissau Portuguese wording (kosso repeats in many sets, from "
         "Guinea-Bissau in several, blind69 and blind109 among them, kept as a repeat; a cashew-wood label was found in "
         "no earlier row by a keyword search)",
         firm("Alpina Madeiras Lda", "PT")),
        ("WLF-10", "import", "PLAIR01", "air", "UG", [], "PL", "050790",
         "Warthog tusks, carved, handicraft, 30 kg", "UG", 30, None, 600, "USD",
         "warthog tusks are curved, oval in section and carry a ridged enamel band; these 30 kg are thick, "
         "straight-ish, triangular lower canines with a groove down one side and a hard, ivory-white core, and broad "
         "incisors: common hippopotamus teeth (Hippopotamus amphibius, CITES App. II) without CITES documents, flown "
         "from Entebbe through Doha to Warsaw for a curio dealer who sells carved pieces online; Ugandan English "
         "wording (hippo teeth under warthog-tusk labels from Uganda repeat in a few sets, blind5, blind29 and blind108 "
         "among them, kept as a repeat; by air to Warsaw is the new part as far as a search found)",
         firm("Central Curio Import Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "IL", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (carpet and upholstery restoration)", "IL", 2.3, 2,
     40, "USD", [("PRECURSOR_LICENCE", "AT-BMI-71-0066")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "US", "DE", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (pyrotechnics hobbyist)", "US", 1, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-71-0231")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854919",
     "Customer-return small household appliances (air fryers, toasters), for recycling at a licensed WEEE plant, 14 t",
     "CH", 14000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-71-0458")], "notified e-waste to a licensed recycler"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "382590",
     "Spent printing inks and print-head cleaning liquids (08 03 12*), for incineration at a licensed plant, 12 t", "NO",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-71-0127")], "notified waste inks to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "HUAIR01", "air", "US", "HU", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "HU-AM-ODS-71-008")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), for feedstock use in fluoropolymer production, 20 t in ISO tank", "CN", 20000,
     None, 44000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-71-015")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "GRAIR01", "air", "GR", "US", "970121",
     "Post-Byzantine icon of St Nicholas, egg tempera on panel, Epirus, c. 1740, sale to a US museum", "GR", 3, 1,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-71-0093")],
     "icon exported with the EU export licence and the Greek permit"),
    ("PRM-08", "cultural", "export", "ATAIR01", "air", "AT", "CH", "970510",
     "Roman bronze ring keys, 14, documented Austrian collection since 1952, sold at auction", "AT", 0.3, 14, 2800,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-71-0144")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "HUAIR01", "air", "HU", "IN", "852589",
     "Uncooled thermal imaging cores 640 x 512, 60 units, for an Indian firefighting-camera maker", "HU", 30, 60,
     108000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-71-0052"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-71-0318")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol, 800 kg in drums, for an Indian textile-ink maker", "BE", 800, 4, 6400, "EUR",
     [("EXPORT_LICENCE", "BE-WAL-71-0031"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-71-0209")],
     "dual-use thiodiglycol under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "420232",
     "Reticulated python leather AirPods cases (Malayopython reticulatus), 500 units", "MY", 25, 500, 7500, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-71-0412")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "060290",
     "Artificially propagated Turbinicarpus and Mammillaria seedlings, 400 plants", "MX", 8, 400, 600, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-71-0176")], "artificially propagated App. I and II cacti with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Anna Schmidt", "PRM-05": "Central Laboratórium Kft.",
    "PRM-06": "Delta Fluorpolymeren BV", "PRM-11": "Rivage Accessori Online Srl", "PRM-12": "Meridian Pflanzenbox GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # fulfilment centres, dropshippers and marketplace sellers
    ("340290", "Pet stain and odour remover, enzyme spray, 500 ml", "import", ["express"], ["IL", "US"], (8, 16), (1, 4), ["USD"], 1.8, S),
    ("382499", "RC tyre traction sauce, citrus-based, 100 ml", "import", ["post"], ["HK", "CN"], (20, 40), (1, 2), ["USD"], 8, S),
    ("330430", "Acid-free nail primer and dehydrator, 15 ml", "import", ["post"], ["VN", "CN"], (60, 120), (1, 2), ["USD"], 40, S),
    ("300670", "Silicone-based personal lubricant, 100 ml", "import", ["express"], ["US", "BR"], (25, 50), (1, 3), ["USD"], 8, S),
    ("390690", "Heat-embossing powder, 1 oz jars", "import", ["post"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 30, S),
    ("340250", "Washing-machine drum cleaner, percarbonate, 500 g sachets", "import", ["road"], ["MD", "TR"], (1.5, 3), (1000, 5000), ["EUR"], 2, S),
    ("842199", "Shower-filter refill cartridges, KDF and calcium sulphite", "import", ["sea"], ["CN"], (4, 8), (2000, 8000), ["USD"], 4, S),
    ("350691", "DTF hot-melt adhesive powder, TPU, 1 kg", "import", ["sea"], ["CN", "IN"], (2.5, 4.5), (2000, 8000), ["USD"], 1, S),
    ("340290", "Red wine stain remover spray, 500 ml", "import", ["post"], ["GB"], (8, 15), (1, 4), ["GBP"], 1.8, S),
    ("250100", "Rock salt for ice-cream makers, 2 kg bags", "import", ["road"], ["AL", "TR"], (0.2, 0.5), (5000, 15000), ["EUR"], 0.5, S),
    ("851660", "Air fryers, new, boxed", "export", ["sea"], ["GH", "NG"], (8, 14), (4000, 12000), ["EUR"], 0.17, S),
    ("620140", "Heated vests with USB power pack, new", "export", ["road"], ["UA", "MD"], (15, 30), (500, 2000), ["EUR"], 1.5, S),
    ("321519", "DTF textile ink, white, new, 1 l bottles", "export", ["sea"], ["MA", "TN"], (8, 15), (1000, 4000), ["EUR"], 0.9, S),
    ("390110", "LDPE film granules, virgin, natural", "export", ["sea"], ["MY", "VN"], (1.1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("761510", "Non-stick aluminium cookware sets, new", "export", ["sea"], ["SN", "CI"], (5, 9), (3000, 8000), ["EUR"], 0.3, S),
    ("330499", "Skin-care creams, in-date, retail cartons", "export", ["sea"], ["CM", "CI"], (8, 15), (2000, 6000), ["EUR"], 5, S),
    ("852869", "Mini LED video projectors, new, boxed", "export", ["road"], ["RS", "BA"], (20, 40), (500, 2000), ["EUR"], 0.8, S),
    ("847160", "Handheld barcode scanners, new", "export", ["sea"], ["TG", "SN"], (40, 80), (200, 800), ["EUR"], 2, S),
    ("340530", "Headlight restoration kits, sandpaper and polish", "import", ["air"], ["CN"], (5, 10), (200, 800), ["USD"], 2, S),
    ("381400", "Alcohol-ink blending solution, isopropanol, 2 fl oz", "import", ["express"], ["US", "TW"], (20, 40), (1, 3), ["USD"], 15, S),
    ("340530", "Tyre-shine aerosols, hydrocarbon propellant, 650 ml", "import", ["sea"], ["EG", "TR"], (1.5, 3), (2000, 6000), ["USD"], 1.6, S),
    ("442199", "Cedar moth-repellent blocks and rings", "import", ["sea"], ["CN", "US"], (4, 8), (500, 2000), ["USD"], 30, S),
    ("340290", "Inkjet print-head cleaning fluid, water-based, 100 ml", "import", ["post"], ["IN", "CN"], (10, 20), (1, 3), ["USD"], 8, S),
    ("290512", "Keyboard switch cleaner, isopropanol 99 %, 100 ml", "import", ["express"], ["US", "CN"], (15, 30), (1, 3), ["USD"], 8, S),
    ("830629", "Feng-shui bagua mirrors, brass, new", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 5, S),
    ("830170", "Steampunk jewellery findings, new brass keys", "import", ["post"], ["CN", "RS"], (20, 40), (1, 2), ["USD", "EUR"], 100, S),
    ("442019", "Carved wooden Buddha figures, new, for interiors", "import", ["express"], ["JP", "TH"], (30, 60), (1, 4), ["USD"], 0.5, S),
    ("711719", "Costume rings, assorted lots, new", "import", ["post"], ["TR", "CN"], (20, 40), (1, 2), ["EUR", "USD"], 100, S),
    ("630499", "Woven pillow covers, new, boho style", "import", ["sea"], ["PE", "IN"], (6, 12), (1000, 4000), ["USD"], 4, S),
    ("970191", "Hand-painted replica icons, new, egg tempera", "export", ["post"], ["US", "AU"], (80, 160), (1, 3), ["EUR"], 0.8, S),
    ("640411", "Sports shoes, textile upper, new", "export", ["air"], ["KG", "KZ"], (30, 60), (200, 800), ["EUR"], 1.1, S),
    ("841451", "Portable USB neck fans, new", "export", ["air"], ["UZ", "KZ"], (12, 20), (200, 800), ["EUR"], 3.3, S),
    ("852589", "Smart bird feeders with 1080p camera, new", "import", ["sea"], ["CN"], (25, 45), (1000, 4000), ["USD"], 0.7, S),
    ("711311", "Silver 925 stud earrings with cubic zirconia", "import", ["post"], ["AM", "TR"], (300, 600), (1, 2), ["USD"], 200, S),
    ("852692", "Bluetooth luggage trackers, new", "import", ["air"], ["CN", "HK"], (80, 160), (50, 300), ["USD"], 40, S),
    ("840790", "Glow engines for RC model planes, 0.46 cu in", "import", ["post"], ["JP", "CN"], (150, 300), (1, 3), ["USD"], 2, S),
    ("320416", "Tie-dye kits, reactive dyes and soda ash, retail", "export", ["air"], ["LB", "JO"], (10, 20), (100, 500), ["EUR"], 2, S),
    ("430400", "Faux-fur pom-poms for beanies, acrylic", "import", ["post"], ["CN", "MN"], (30, 60), (1, 3), ["USD"], 40, S),
    ("392640", "Resin replica skulls, decorative", "import", ["post"], ["ID", "CN"], (15, 30), (1, 4), ["USD"], 3, S),
    ("392690", "Silicone AirPods cases, new", "import", ["express"], ["MY", "CN"], (20, 40), (1, 3), ["USD"], 30, S),
    ("330300", "Synthetic musk attar oils, 12 ml", "import", ["post"], ["PK", "AE"], (40, 80), (1, 2), ["USD"], 30, S),
    ("670210", "Artificial succulent plants, plastic", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass mixing bowls, nested sets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 1, N),
        ("482190", "Paper gift tags with string, printed", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 200, N),
        ("441919", "Bamboo bread boxes with roll-top lids", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("392490", "Plastic pedal bins with inner buckets", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD", "EUR"], 0.7, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind272", 20710701, HERE)


if __name__ == "__main__":
    main()
