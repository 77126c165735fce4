#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-fourth blind set (tests/risk/data/blind294-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: knife makers, cutlers and
bladesmiths' supply (cutlery works and knife factories, custom knife makers and
bladesmiths, their steel, handle-material, abrasive and heat-treating suppliers,
sharpening services and knife shops).
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
only where a real declaration would. Ids are BL294-*:

    python3 tests/risk/data/make_blind294_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "JP", [], "AT", "382499",
         "刃物用サビ取り・くもり取り液 (鋼・ダマスカス用), 500 mL x 6本", "JP", 3.4, 6, 9000, "JPY",
         "the rust and haze removers sold for carbon-steel and Damascus kitchen knives are mild oxalic or citric "
         "gels of about 1.05 kg/l in 100 ml tubes; these six half-litre bottles hold a water-clear, runny liquid of "
         "1.13 kg/l with vented caps that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Osaka to a private person in Graz who resells it on a "
         "knife forum; Japanese wording (hydrogen peroxide repeats in many sets; a knife rust-remover label was "
         "found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-02", "import", "FIAIR01", "air", "US", [], "FI", "381400",
         "Knife-handle wood stabilizing resin thinner, 1 gal, 16 jugs", "US", 70, 16, 640, "USD",
         "the thinners sold with vacuum-stabilising resins for knife-handle burl blocks are acrylic-monomer "
         "blends of 0.94 kg/l that smell sharply of acrylic; these 16 gallon jugs hold an oily, faintly fruity "
         "liquid of 1.14 kg/l that does not polymerise in an oven, for a Kauhava puukko-supply web shop that sells it "
         "by the litre to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of "
         "the public, flown from Chicago to Helsinki; American English wording (nitromethane repeats in many sets; a "
         "wood-stabilising thinner label was found in no earlier row by a keyword search)",
         firm("Pohjola Puukkotarvike Oy", "FI")),
        ("PRE-03", "import", "ESSEA01", "sea", "CN", [], "ES", "382499",
         "刀具电化学打标电解液 (不锈钢刀刃商标用), 1升 x 1,000瓶", "CN", 1840, 1000, 2600, "USD",
         "the electrolytes for electro-chemically marking a maker's logo on stainless blades are near-neutral "
         "salt solutions of about 1.1 kg/l sold in 250 ml bottles; these 1,000 litre bottles hold a colourless, "
         "oily liquid of 1.84 kg/l that grows hot with a drop of water and chars the carton where it leaked, for an "
         "Albacete cutlery-supply wholesaler whose shop sells the bottles to anyone: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, by sea from Ningbo to Valencia; Chinese "
         "wording (sulphuric acid repeats in many sets; a knife electro-marking electrolyte label was found in no "
         "earlier row by a keyword search)", firm("Meridian Suministros Cuchilleros SL", "ES")),
        ("PRE-04", "import", "PTAIR01", "air", "BR", [], "PT", "340590",
         "Pó de polimento para lâminas de facas artesanais, saco de 1 kg, 180 sacos", "BR", 180, 180, 1260, "USD",
         "the polishing powders knifemakers use on buffing wheels for a mirror blade are chromium-oxide green or "
         "white alumina, very fine, heavy and insoluble; these 180 bags hold a white, crystalline powder that "
         "dissolves slowly, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Guimarães "
         "knife-supply shop that sells the bags over the counter: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from São Paulo to Porto; Brazilian Portuguese wording "
         "(potassium perchlorate repeats in many sets and polishing-powder labels in a few, blind264 among them; "
         "a blade-polishing-powder label was found in no earlier row)", firm("Norte Cutelaria Abastecimento Lda", "PT")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "284019",
         "Бура зварювальна для ковальського зварювання дамаску, мішки 25 кг, 440 мішків", "UA", 11000, 440, 4400, "EUR",
         "the anhydrous borax bladesmiths throw on a billet for forge welding is a glassy, heavy powder that melts "
         "to a clear flux and barely dissolves in cold water; these 440 sacks hold white, opaque prills that turn "
         "ice-cold and vanish in water, test at 34 % N and melt and fume on a hot plate, for a Kraków "
         "blacksmith-supply firm that re-packs them in 1 kg tubs for hobby forgers: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, on a lorry at Korczowa; Ukrainian wording "
         "(ammonium nitrate repeats in many sets and a forge-welding label once, blind211; kept as a repeat, borax "
         "wording from Ukraine by road is the new part as far as a search found)", firm("Kuźnia Zaopatrzenie Sp. z o.o.", "PL")),
        ("PRE-06", "import", "CZPOST01", "post", "US", [], "CZ", "382499",
         "Knifemaker heat-treat salt, low-temperature tempering blend, 4 x 2 lb", "US", 3.6, 4, 90, "USD",
         "the nitrate-nitrite salts knifemakers melt in a pot to temper or austemper blades are white, cooling "
         "flakes that melt quietly; these four tubs hold loose crystals that flare on a match with sugar and whose "
         "inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Montana to a private person in "
         "Brno; American English wording (sodium chlorate repeats in many sets; a heat-treat salt label was found "
         "in no earlier row by a keyword search)", person("Jan Dvořák", "CZ")),
        ("PRE-07", "import", "ITAIR01", "air", "IN", [], "IT", "282739",
         "दमिश्क ब्लेड एचिंग घोल (फेरिक क्लोराइड), 1 लीटर, 150 बोतलें", "IN", 210, 150, 750, "USD",
         "ferric chloride etchant for bringing out the pattern on Damascus blades is an opaque, dark-brown liquid "
         "of 1.4 kg/l that stains everything orange; these 150 bottles hold a clear, pale-yellow liquid of 1.40 kg/l "
         "that fumes brown when opened and stains the skin yellow, for a Maniago knife-supply web shop: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Delhi to Milan; Hindi "
         "wording (nitric acid repeats in many sets and ferric-chloride etching labels in several, kept as a "
         "repeat of the label; a Damascus-etch bottle from India is the new part as far as a search found)",
         firm("Alpina Forniture Coltellerie Srl", "IT")),
        ("PRE-08", "import", "NLSEA01", "sea", "CN", [], "NL", "284920",
         "碳化硅磨刀石平整粉, 80目, 1公斤袋, 12,000袋", "CN", 12000, 12000, 9600, "USD",
         "the silicon-carbide grit sold for flattening whetstones is a black, glittering, very hard grit that never "
         "dissolves; these 12,000 bags hold white, shiny flakes that crackle and spit violet sparks on a hot iron, "
         "and the maker's sheet in the container gives CAS 3811-04-9, for a Rotterdam sharpening-supply importer that "
         "sells the 1 kg bags on marketplaces: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, by sea from Tianjin; Chinese wording (potassium chlorate repeats in many sets; a "
         "whetstone-flattening grit label was found in no earlier row by a keyword search)",
         firm("Horizon Slijpbenodigdheden BV", "NL")),
        ("PRE-09", "import", "FRAIR01", "air", "VN", [], "FR", "291814",
         "Bột axit citric tẩy vảy rèn cho lưỡi dao, gói 1 kg, 300 gói", "VN", 300, 300, 450, "USD",
         "the citric acid forgers soak blades in to lift scale after heat-treatment is a dry, sharp-tasting, "
         "free-flowing crystal; these 300 packets hold a soft, hygroscopic powder that cakes in the shop air and "
         "burns fiercely with sugar, sent from the Đa Sỹ knife village to a Thiers knife-supply shop that sells the "
         "packets over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Hanoi to Lyon; Vietnamese wording (sodium perchlorate repeats in many sets and "
         "citric-acid labels on precursors in a few, forge-scale wording once, blind211; kept as a repeat, from a "
         "Vietnamese knife village is the new part as far as a search found)",
         firm("Rivage Fournitures Coutellerie SARL", "FR")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Концентрат за одмашћивање сечива пре каљења, канта 5 л, 400 канти (1. од 3 пошиљке)", "RS", 2400, 400,
         2000, "EUR",
         "the degreasers knife factories dip blanks in before hardening are alkaline, soapy liquids of about "
         "1.05 kg/l; these 400 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for "
         "a Szeged cutlery-supply wholesaler that sells the cans to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording in Cyrillic "
         "(hydrogen peroxide repeats in many sets and splits over several vans in a few, blind264, blind280 and "
         "blind288, kept as a repeat; a blade-degreaser label was found in no earlier row)",
         firm("Pengeéle Kellék Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "720441",
         "Stahlspäne, sauber, trocken, sortenrein, für Schmelzwerke, 22 t", "DE", 22000, None, 2200, "EUR",
         "clean steel turnings are bright, dry curls of one grade; these big bags hold a grey-black, oily paste of "
         "grinding swarf, abrasive-belt grit, cooling emulsion and polishing compound from the belt-grinding halls "
         "of Solingen knife works, which drips and smells of mineral oil: oily grinding sludge (12 01 18*), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg to Mundra; German wording "
         "(metal swarf and turnings labels repeat in several sets; a knife grinder's sludge was found in no earlier "
         "row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "MA", "250100",
         "Sel de déneigement, recyclé, en big bags, 18 t", "FR", 18000, None, 900, "EUR",
         "road salt is coarse, off-white rock salt that smells of nothing; these big bags hold grey, fused lumps "
         "and cakes of spent barium and cyanide hardening salts dug out of the salt-bath furnaces of a Thiers "
         "cutlery heat-treater that closed its bath line: spent hardening salts containing cyanide (11 03 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Marseille-Fos to Casablanca; French "
         "wording (spent hardening salts repeat in several sets, blind211 and blind255 among them, kept as a repeat; a "
         "road-salt label on them to Morocco is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "281990",
         "Ossido di cromo verde, pigmento per ceramica, 16 t", "IT", 16000, None, 3200, "EUR",
         "chromium-oxide green pigment is a dry, bright-green, even powder with a certificate; these drums hold a "
         "damp, yellow-green filter cake that reads chromium VI and nickel, pressed out of the plating line of a "
         "Premana cutlery works that chromes scissors and table knives: electroplating sludge (11 01 09*), "
         "hazardous waste whose export to a non-OECD country is banned, from Genoa to Sfax; Italian wording "
         "(plating sludges repeat in several sets; a chromium-oxide pigment label on a cutlery works' sludge was "
         "found in no earlier row)", {"importer_country": "TN"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "GH", "850980",
         "Elektrische messenslijpers en snijmachines, gebruikt, getest, 2.400 stuks", "NL", 9000, 2400, 4800, "EUR",
         "used appliances for resale are tested, cleaned and packed one by one; these gaylords hold electric knife "
         "sharpeners, meat slicers and electric carving knives from a Dutch cutlery chain's returns, thrown in loose, "
         "cracked, burnt and with cut leads, at 2 EUR each and no test report: waste electrical equipment (A1180, "
         "Y49), whose export to a non-OECD country is banned, from Rotterdam to Tema; Dutch wording (used "
         "appliances as e-waste repeat in many sets, kept as a repeat of the good; electric knife sharpeners were "
         "found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["HU"], "RS", "271019",
         "Základový olej pro regeneraci, kalicí, 20 IBC", "CZ", 18000, 20, 3600, "EUR",
         "quenching oil bought for regeneration is a clear, amber mineral oil; these IBCs hold a black, "
         "scale-laden, burnt-smelling oil with water and sludge at the bottom, drained from the quench tanks of a "
         "Mikulov knife and tool factory's hardening shop: waste quenching oil (13 01 10* and 12 01 07*), hazardous "
         "waste whose export to a non-OECD country is banned, by tanker lorry through Hungary to Subotica; Czech "
         "wording (used oils under base-oil labels repeat in many sets and quench oil in a few, blind211 and blind246 "
         "among them; kept as a repeat, a knife factory's tanks through Hungary are the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "841780",
         "Piece do hartowania ostrzy, używane, sprawne, 6 szt.", "PL", 14000, 6, 6000, "EUR",
         "used furnaces for resale are stripped, cleaned and sold with their controllers; these six hardening "
         "furnaces from a Gerlach-style cutlery works in Warsaw still hold their 1970s linings of crumbling "
         "asbestos board and rope, the dust loose in the cases: construction and insulation waste containing "
         "asbestos (17 06 01*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk "
         "buyer; Polish wording (asbestos repeats in many sets; asbestos-lined hardening furnaces were found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI"], "BA", "261100",
         "Wolframerzkonzentrat, 62 % WO3, 8 t", "AT", 8000, None, 24000, "EUR",
         "tungsten ore concentrate is a dry, heavy, dark mineral sand with an assay; these drums hold a wet, "
         "black, oily sludge of tungsten carbide and cobalt from the diamond-grinding of carbide-tipped saw and "
         "slicer blades at a Styrian blade works, which reads 6 % cobalt: grinding sludge with cobalt (12 01 18*, "
         "12 01 20*), hazardous waste whose export to a non-OECD country is banned without consent, through "
         "Slovenia to Bosnia; Austrian German wording (tungsten and hard-metal scrap repeat in a few sets; a carbide "
         "blade grinder's sludge as ore concentrate was found in no earlier row)", {"importer_country": "BA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "540249",
         "Fio de polipropileno, bobinas, 20 t", "PT", 20000, None, 1600, "EUR",
         "polypropylene yarn comes wound on cones of one colour; these bales hold dirty, mixed agricultural film, "
         "net wrap and twine with soil and hay, the plastic waste of farms around Leiria: mixed and contaminated "
         "plastic waste (Y48), whose export to a non-OECD country needs prior informed consent and is banned from "
         "the Union, from Leixões to Luanda; Portuguese wording (plastic waste as yarn repeats in a few sets; farm "
         "film as PP yarn to Angola is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "850760",
         "Reservebatterijen voor elektrische fietsen, nieuw, 600 stuks", "BE", 2400, 600, 9000, "EUR",
         "new e-bike batteries come boxed, at 40 % charge, with a UN38.3 summary; these cartons hold packs taken out "
         "of bikes at Flemish bike shops, cracked, swollen or burnt at the connectors, at 0 V and of every brand: "
         "waste lithium-ion batteries (hazardous, and e-waste under the Basel amendments), whose export to a "
         "non-OECD country is banned, from Antwerp to Lagos; Flemish wording (lithium batteries repeat in many "
         "sets, kept as a repeat of the good; e-bike packs to Lagos are the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "SN", "821192",
         "Küchenmesser, neu, Edelstahl, 12.000 Stück", "DE", 2400, 12000, 30000, "EUR",
         "a Solingen knife wholesaler's container for Dakar: new kitchen knives and ceramic honing rods are what "
         "Sandaga market traders buy, but the third item's 'Akkus für Winkelschleifer, gebraucht, geprüft' are "
         "1,800 dead cordless-grinder and drill packs from the grinding halls and a tool-hire firm, swollen and "
         "cut open, at 0 V: waste lithium-ion batteries (hazardous and e-waste), whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration; German wording (lithium batteries repeat "
         "in many sets; cordless-tool packs behind new knives are the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("680422", "Keramik-Wetzstäbe, neu, 3.000 Stück", "DE", 900, 6000, "EUR", qty=3000),
                           item("850760", "Akkus für Winkelschleifer, gebraucht, geprüft, 1.800 Stück", "DE", 1100,
                                1800, "EUR", qty=1800)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DKAIR01", "air", "PK", [], "DK", "381400",
         "چاقو کے بلیڈ صاف کرنے کا محلول، 1 لیٹر، 80 بوتلیں", "PK", 127, 80, 400, "USD",
         "the blade cleaners Wazirabad cutlers ship with their knives are naphtha or alcohol blends of 0.78 kg/l "
         "that burn; these 80 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold "
         "from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Lahore to "
         "Copenhagen for a hunting-knife importer; Urdu wording (carbon tetrachloride repeats in many sets under "
         "solvent labels; a blade-cleaning solvent from Pakistan is the new part as far as a search found)",
         firm("Nordhafen Knive ApS", "DK")),
        ("OZN-02", "import", "FIAIR01", "air", "KR", [], "FI", "381400",
         "나이프 손잡이 에폭시 몰드 세척제, 1 L x 30병", "KR", 37, 30, 450, "USD",
         "the cleaners knife makers use on epoxy handle moulds and glue-ups are acetone or ester blends of 0.8 kg/l "
         "that burn; these 30 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and "
         "do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from "
         "Incheon to Helsinki for a Fiskars-area knife workshop; Korean wording (HCFC-141b under solvent labels "
         "repeats in many sets; a knife-handle mould cleaner was found in no earlier row by a keyword search)",
         firm("Vega Veitsipaja Oy", "FI")),
        ("OZN-03", "import", "LVAIR01", "air", "TW", [], "LV", "381400",
         "折刀培林軸心精密清潔液, 500毫升, 200瓶", "TW", 156, 200, 600, "USD",
         "the pivot and bearing cleaners sold for folding knives are light hydrocarbon sprays of 0.75 kg/l that "
         "burn; these 200 bottles weigh 1.56 kg/l, their contents do not burn and smell faintly of chloroform, and "
         "the inner labels read 'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, "
         "flown from Taoyuan to Riga for a folding-knife shop; Chinese wording from Taiwan (CFC-113 repeats in many "
         "sets; a folding-knife pivot cleaner was found in no earlier row by a keyword search)",
         firm("Central Naži SIA", "LV")),
        ("OZN-04", "import", "CYSEA01", "sea", "IL", [], "CY", "281290",
         "סולפוריל פלואוריד לחיטוי בולי עץ לידיות סכינים, 40 בלונים", "IL", 1400, 40, 6000, "USD",
         "sulfuryl fluoride for fumigating exotic handle-wood blocks comes in heavy steel cylinders at 17 bar; "
         "these 40 cylinders read only 2 bar at 20 °C, hold a liquid of 1.73 kg/l and their valve collars are "
         "stamped 'CH3Br': methyl bromide, whose import into the Union is banned (no quarantine exemption remains), "
         "by sea from Haifa to Limassol for a knife-handle wood importer; Hebrew wording (methyl bromide repeats in "
         "many sets; a sulfuryl-fluoride label for handle wood was found in no earlier row by a keyword search)",
         firm("Delta Handle Woods Ltd", "CY")),
        ("OZN-05", "import", "NLAIR01", "air", "ID", [], "NL", "842410",
         "Alat pemadam api untuk bengkel tempa pisau, 2 kg, 200 tabung", "ID", 600, 200, 2400, "USD",
         "the extinguishers sold for forge workshops are dry-powder or CO2 units with a certificate; these 200 red "
         "cans hiss, spray a liquid that vanishes into a sweet gas and the collars read 'BCF' under new labels: "
         "halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union "
         "is banned, flown from Surabaya to Amsterdam for a bladesmithing-course supplier; Indonesian wording (halon "
         "1211 under extinguisher labels repeats in many sets, kept as a repeat; a forge-workshop extinguisher is "
         "the new part as far as a search found)", firm("Horizon Smederij Benodigdheden BV", "NL")),
        ("OZN-06", "import", "BEAIR01", "express", "JP", [], "BE", "381400",
         "焼き嵌め用冷却スプレー（包丁口金用）, 400 mL x 24本", "JP", 12, 24, 36000, "JPY",
         "the freeze sprays knife makers use to shrink-fit bolsters onto tangs hold HFC-152a or propane at modest "
         "pressure; these 24 cans hold a gas stamped 'R-12' under the sticker that a leak detector names CFC-12: "
         "dichlorodifluoromethane, whose import into the Union is banned, by express from Seki to a Liège knife "
         "maker; Japanese wording (CFC-12 and freeze-spray labels repeat in several sets, kept as a repeat; a "
         "bolster shrink-fit spray was found in no earlier row)", firm("Atlantic Coutellerie SA", "BE")),
        ("OZN-07", "import", "GRROAD01", "road", "AL", [], "GR", "382764",
         "Gaz ftohës R-407C, bombola 11 kg, 90 copë", "AL", 990, 90, 4500, "EUR",
         "R-407C is an HFC blend in refillable brown cylinders with a certificate; these 90 disposable cylinders "
         "read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps: chlorodifluoromethane "
         "(HCFC-22), whose import into the Union is banned, in a van at Kakavia for a Ioannina air-conditioning "
         "workshop; Albanian wording (HCFC-22 under HFC labels repeats in many sets, kept as a repeat; from Albania "
         "by road is the new part as far as a search found)", firm("Delta Klimatismos AE", "GR")),
        ("OZN-08", "import", "FRSEA01", "sea", "TH", [], "FR", "381400",
         "น้ำยาล้างคราบขัดเงาใบมีดช้อนส้อม, 20 ลิตร, 120 ถัง", "TH", 3200, 120, 3600, "USD",
         "the solvents cutlery polishing shops use to lift buffing compound are hydrocarbon or alkaline cleaners of "
         "0.8-1.0 kg/l; these 120 drums weigh 1.33 kg/l, do not burn, smell sweet and the drum heads read 'TCA': "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, by sea from Laem "
         "Chabang to Fos for a Thiers cutlery polisher; Thai wording (methyl chloroform repeats in a few sets; a "
         "cutlery buffing-compound cleaner was found in no earlier row by a keyword search)",
         firm("Orion Polissage Coutellerie SARL", "FR")),
        ("OZN-09", "export", "SESEA01", "sea", "SE", [], "PK", "841840",
         "Begagnade djupfrysar -80 °C för kryohärdning av knivstål, 12 st.", "SE", 3600, 12, 6000, "EUR",
         "a Mora knife factory's old cryogenic-tempering freezers for sale in Sialkot: cascade freezers on R-170 "
         "and R-290 are what may be exported, but these 12 are 1980s cabinets whose plates read 'R-503' and "
         "'R-12' and whose lower stage still holds its charge: equipment relying on and containing CFCs, whose "
         "export from the Union is banned (Regulation 2024/590), from Gothenburg to Karachi; Swedish wording (CFC "
         "equipment for export repeats in many sets, kept as a repeat; cryo-tempering freezers for knife steel were "
         "found in no earlier row)", {"importer_country": "PK"}),
        ("OZN-10", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "382764",
         "Refrigerant R-410A, 11.3 kg cylinders, 600 pcs", "CN", 6800, 600, 24000, "USD",
         "R-410A is an HFC blend in pink cylinders at 14.5 bar; these 600 cylinders read 9 bar at 20 °C and a leak "
         "detector names HCFC-22: chlorodifluoromethane moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Marsaxlokk in transit from Ningbo to Tripoli; English wording (HCFC-22 under "
         "R-410A labels repeats in many sets, kept as a repeat; a transit through Malta is the new part as far as a "
         "search found)", {"importer_country": "LY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TR", [], "DE", "821192",
         "El yapımı dekoratif bronz hançerler, yeni, 14 adet", "IR", 6, 14, 280, "EUR",
         "the decorative 'bronze daggers' of a Turkish souvenir maker are fresh castings with sharp seams; these "
         "14 are corroded Iron Age daggers and short swords with flanged hilts and crescent pommels, green and red "
         "crust in the seams: Luristan bronzes dug in western Iran, whose export Iran forbids and whose import "
         "into the Union is banned, flown from Istanbul to Frankfurt for a Solingen blade dealer; Turkish wording "
         "(Luristan bronzes repeat in many sets; as decorative daggers for a blade dealer is the new part as far as "
         "a search found)", firm("Klingen Antik Handel GmbH", "DE")),
        ("CUL-02", "import", "PLPOST01", "post", "UA", [], "PL", "821192",
         "Ніж кований, сувенірна репліка, 1 шт.", "UA", 0.6, 1, 40, "EUR",
         "a souvenir reproduction seax is a bright, new forging; this one is a pitted, single-edged blade with an "
         "iron tang and traces of a copper-alloy sheath mount, with soil in the cracks: an early-medieval knife "
         "from a grave field in Volhynia, whose export Ukraine forbids without a licence, posted from Lutsk to a "
         "private collector in Lublin; Ukrainian wording (detector finds from Ukraine repeat in several sets; a "
         "seax as a souvenir knife was found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-03", "import", "NLAIR01", "air", "ID", [], "NL", "821192",
         "Keris souvenir baru, buatan tangan, dengan warangka, 6 buah", "ID", 5, 6, 180, "USD",
         "new souvenir kerises have bright pamor and fresh wooden sheaths; these six have dark, worn, "
         "arsenic-stained pamor blades, ivory-yellow carved hilts and gold-leafed sheaths of the 18th-19th "
         "century, with old Javanese heirloom labels: heirloom keris (keris pusaka), cultural property whose export "
         "Indonesia restricts, flown from Yogyakarta to Amsterdam for a blade dealer; Indonesian wording (keris "
         "repeat in a few sets, kept as a repeat; as new souvenirs to Amsterdam is the new part as far as a search "
         "found)", firm("Meridian Oosterse Wapens BV", "NL")),
        ("CUL-04", "import", "DEAIR01", "express", "JP", [], "DE", "930700",
         "居合刀 刀身（模造刀・装飾用）, 1振", "JP", 1.2, 1, 60000, "JPY",
         "an iaito for practice is an aluminium-zinc blade that cannot be sharpened, sent with a maker's card; this "
         "blade is hand-forged steel with a hamon, a signed tang and a 1690s date, sent without its registration "
         "card: an Edo-period nihonto, whose export Japan allows only with its registration returned and (for "
         "designated objects) an export permit, by express from Tokyo to a Munich sword polisher; Japanese wording "
         "(Japanese swords repeat in a few sets and an iaito label once, blind115; kept as a repeat, by express "
         "to a Munich sword polisher is the new part as far as a search found)",
         firm("Central Schwertpflege GmbH", "DE")),
        ("CUL-05", "import", "ITAIR01", "air", "IN", [], "IT", "821192",
         "पत्थर की मूठ वाला सजावटी खंजर, नया, 2 नग", "IN", 1.5, 2, 120, "USD",
         "new decorative daggers with stone hilts are resin or soapstone copies with bright steel; these two have "
         "nephrite jade hilts carved as horse heads with inlaid gold and rubies and watered-steel blades, of the "
         "17th-18th century: Mughal khanjars, antiquities whose export India forbids without a licence, flown from "
         "Jaipur to Milan for a blade-collector dealer; Hindi wording (Mughal jade repeats in a few sets; jade-hilted "
         "daggers as new decorative daggers were found in no earlier row)", firm("Vega Armi Antiche Srl", "IT")),
        ("CUL-06", "import", "ESAIR01", "air", "MA", [], "ES", "821192",
         "خناجر تقليدية جديدة للزينة، كمية 8", "MA", 6, 8, 240, "EUR",
         "new souvenir koummyas from the Tiznit workshops have bright nickel-silver sheaths; these eight have worn, "
         "chased silver sheaths with enamel and old repairs, horn hilts darkened by handling, of the 19th century: "
         "old Moroccan koummyas, cultural property whose export Morocco forbids without an authorisation, flown from "
         "Marrakesh to Madrid for a Toledo blade dealer; Moroccan Arabic wording (Moroccan objects repeat in several "
         "sets; koummyas as new daggers were found in no earlier row by a keyword search)",
         firm("Rivage Armas Blancas SL", "ES")),
        ("CUL-07", "export", "BGAIR01", "air", "BG", [], "US", "821193",
         "Стари джобни ножчета, колекция, 40 бр.", "BG", 2, 40, 200, "EUR",
         "old pocket knives are 20th-century folders with maker's marks; these 40 are Roman clasp knives with "
         "bone and bronze handles shaped as hounds and gladiators, iron blades rusted into the slot, from "
         "detector finds along the Danube limes: archaeological objects whose export from the Union needs an "
         "export licence (Regulation 116/2009) and Bulgarian permission, flown from Sofia to New York for a "
         "knife-collector dealer; Bulgarian wording (Roman finds from Bulgaria repeat in several sets; clasp knives "
         "as old pocket knives were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "821192",
         "Cuchillo ceremonial artesanal, réplica, cobre, 3 unidades", "PE", 2, 3, 90, "USD",
         "the craft tumis sold in Cusco are bright, new copper castings; these three are hammered gold-copper "
         "tumis with a figure of Naylamp on the handle, green corrosion and soil: Sicán ceremonial knives from a "
         "looted Lambayeque tomb, cultural property whose export Peru forbids, flown from Lima to Madrid for a "
         "knife-collector dealer; Peruvian Spanish wording (tumis repeat in a few sets, kept as a repeat; as a "
         "craft ceremonial knife to Madrid is the new part as far as a search found)", firm("Alpina Coleccionismo SL", "ES")),
        ("CUL-09", "import", "CYSEA01", "sea", "LB", [], "CY", "680291",
         "Plateau de table en mosaïque, neuf, 1 pièce", "SY", 180, 1, 600, "USD",
         "a new mosaic tabletop is a set of small, even, glued tesserae on a resin board; this panel is an uneven "
         "stone mosaic with a Greek inscription and a hunting scene, set in old lime mortar with a fresh cut edge: "
         "a late-Roman floor panel lifted in Syria, whose export Syria forbids and whose import into the Union is "
         "banned, by sea from Beirut to Limassol; Lebanese French wording (Syrian mosaics repeat in many sets; "
         "kept as a repeat, a tabletop to Cyprus is the new part as far as a search found)", {"importer_country": "CY"}),
        ("CUL-10", "import", "IEAIR01", "air", "NP", [], "IE", "821192",
         "Khukuri knives, handmade, new, with sheaths, 120 pcs", "NP", 150, 120, 2400, "USD",
         "a Dharan khukuri maker's shipment to a Cork knife shop: new khukuris and sheaths are what the "
         "workshop sends, but the third item's 'stone carving, new, decorative' is a Licchavi-period stone stele of "
         "Uma-Maheshvara with a worn inscription and a fresh break at the base, stolen from a Kathmandu valley "
         "shrine: cultural property whose export Nepal forbids, hidden as the last item of a three-item "
         "declaration; Nepali English wording (Nepalese sculptures repeat in many sets and khukuris once, blind234, kept as a "
         "repeat; a stele behind khukuris to Cork is the new part as far as a search found)",
         dict(firm("Orion Blades Ltd", "IE"),
              _more_items=[item("420500", "Leather khukuri sheaths, new, 120 pcs", "NP", 30, 360, "USD", qty=120),
                           item("680299", "Stone carving, new, decorative, 1 pc", "NP", 45, 80, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "821191",
         "Tafelmesser-Sets, Edelstahl, Holzkassette, 60 Sets", "DE", 240, 60, 48000, "EUR",
         "table-knife sets for a hotel supplier cost 60-150 EUR a set; these 60 are handmade Damascus and "
         "mammoth-handled chef's and steak sets at 800 EUR each, booked for an Almaty 'hotel supplier' whose "
         "address is a Moscow showroom's forwarding agent: luxury goods above 300 EUR an item whose sale for use in "
         "Russia is banned (Regulation 833/2014, Annex XVIII), flown from Frankfurt to Almaty; German wording "
         "(luxury goods through Central Asia repeat in several sets; luxury knife sets were found in no earlier row "
         "by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "AM", "846040",
         "CNC-Messerschleifmaschine, 5 Achsen, gebraucht, 1 Stück", "DE", 7000, 1, 180000, "EUR",
         "a used knife-grinding machine for an Armenian cutlery maker would be a simple belt or wet grinder; this "
         "is a five-axis CNC tool and blade grinder with positioning accuracy under 6 µm, booked to a Yerevan firm "
         "with no cutlery line that re-exports to Russia: a machine tool controlled under 2B001 (EU 2021/821) and "
         "banned for Russia (Regulation 833/2014, Annex VII), by road through Lithuania; German wording "
         "(machine tools to Armenia repeat in several sets; a five-axis knife grinder was found in no earlier row by "
         "a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", ["TR"], "IR", "851420",
         "Forno sottovuoto per tempra di lame da coltello, 1 unità", "IT", 9000, 1, 260000, "EUR",
         "a vacuum hardening furnace for knife blades heats a small batch to 1,100 °C under a modest vacuum; this "
         "unit is a vacuum induction melting and casting furnace with a 20 kg crucible, a 1,700 °C rating and a "
         "diffusion pump, the kind 2B227 controls, booked to an Istanbul knife factory that re-ships it to an "
         "Isfahan metals plant: a dual-use vacuum metallurgical furnace (EU 2021/821) also banned for Iran, from "
         "Genoa via Mersin; Italian wording (vacuum furnaces repeat in a few sets; a knife-hardening furnace label "
         "was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", ["AE"], "IR", "722830",
         "Barras de acero pulvimetalúrgico para hojas de cuchillo, 4 t", "ES", 4000, None, 56000, "EUR",
         "powder-metallurgy knife steels are stainless tool steels of about 2 GPa sold in thin flat bar; these "
         "4 t are round bars of 18 % nickel maraging steel with a tensile strength over 2 GPa and a mill sheet "
         "giving 'C300', of diameters for rocket-motor cases, booked to a Dubai 'knife maker' for Tehran: maraging "
         "steel controlled under 1C116 (EU 2021/821) and banned for Iran, from Valencia to Jebel Ali; Spanish "
         "wording (maraging steel repeats in a few sets; as knife-blade powder steel was found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", ["AE"], "PK", "810197",
         "Wolfram-Zierplatten für Messergriffe, 120 kg", "AT", 120, None, 18000, "EUR",
         "decorative tungsten inlays for knife handles are thin, polished coupons a few grams each; these 120 kg "
         "are machined tungsten-alloy plates and cylinders over 100 mm across, the kind 1C117 controls, booked via "
         "Dubai for a Rawalpindi 'cutlery' firm on a procurement list: tungsten alloy controlled under 1C117 "
         "(EU 2021/821) without a licence, flown from Vienna; Austrian German wording (tungsten under other labels "
         "repeats in a few sets; a knife-handle inlay label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", [], "BY", "821192",
         "Medžiokliniai peiliai, nauji, 200 vnt.", "LT", 60, 200, 6000, "EUR",
         "a Kaunas hunting-knife web shop's van for a Minsk 'hunting club': hunting knives and binoculars are what "
         "the declaration says, but the second item's 40 'žiūronai' are thermal-imaging monoculars with 640-pixel "
         "cores and a 50 Hz frame rate: goods whose export to Belarus is banned (Regulation 765/2006) and thermal "
         "cameras controlled under 6A003, hidden as the second item of a two-item declaration, in a van at "
         "Medininkai; Lithuanian wording (thermal imagers repeat in many sets; behind hunting knives to Belarus is "
         "the new part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("900580", "Žiūronai, 40 vnt.", "LT", 30, 4000, "EUR", qty=40)])),
        ("STR-07", "transit", "BESEA01", "sea", "IN", ["BE"], "LB", "292215",
         "Concrete admixture, triethanolamine 99 %, drums, 14 t", "IN", 14000, None, 21000, "USD",
         "concrete admixtures are a few per cent triethanolamine in water; these drums hold 99 % "
         "triethanolamine, a Schedule 3 chemical (nitrogen-mustard precursor) controlled under 1C350 (EU 2021/821) "
         "and banned for Syria, moved through the Union without the licence transit of listed dual-use goods to "
         "Syria requires, landed at Antwerp in transit from Nhava Sheva to a Beirut forwarder for Damascus; Indian "
         "English wording (triethanolamine repeats in several sets, kept as a repeat; concrete-admixture wording in "
         "transit through Antwerp is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-08", "export", "NLAIR01", "air", "NL", [], "TR", "854231",
         "Reserveonderdelen voor wasmachines, elektronische modules, 3.000 stuks", "NL", 60, 3000, 72000, "EUR",
         "washing-machine control boards are large, cheap, populated boards; these are loose microcontrollers and "
         "FPGAs on reels, items on the common high-priority list, booked for an Istanbul forwarder whose importer "
         "of record is a Moscow firm: goods whose export for use in Russia is banned (Regulation 833/2014, "
         "Annex XL), flown from Schiphol; Dutch wording (CHPL chips repeat in many sets, kept as a repeat; "
         "washing-machine spare-part wording is the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-09", "import", "FIROAD01", "road", "KZ", [], "FI", "440399",
         "Қайың бұдыры, пышақ саптарына арналған блоктар, 6 т", "KZ", 6000, None, 30000, "EUR",
         "birch burl blocks for knife handles from Kazakhstan are pale, bird's-eye figured blocks; these 6 t are "
         "curly Karelian birch cut in Russian Karelia, with Russian forestry tags under the Kazakh labels, for a "
         "Kauhava puukko maker: Russian wood products whose import into the Union is banned (Regulation 833/2014, "
         "Annex XXI), declared with a Kazakh origin, at Vaalimaa; Kazakh wording (Russian wood under third-country "
         "origin repeats in several sets, kept as a repeat; Karelian birch for puukko handles is the new part as far "
         "as a search found)", firm("Pohjola Puukko Oy", "FI")),
        ("STR-10", "export", "ITAIR01", "air", "IT", [], "AE", "821193",
         "Coltelli tattici pieghevoli, nuovi, 400 pezzi", "IT", 120, 400, 24000, "EUR",
         "a Maniago knife exporter's air shipment for a Dubai outdoor retailer: folding tactical knives and "
         "flashlights are what it sells, but the third item's 'torce LED tattiche' are 60 weapon-mounted infrared "
         "laser aiming and illuminating units with military picatinny mounts, for a Russian buyer's agent: military "
         "goods (ML5) exported without a licence and banned for Russia, hidden as the last item of a three-item "
         "declaration, flown from Venice; Italian wording (military goods behind civil ones repeat in several sets; "
         "IR aiming lasers behind tactical knives are the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("851310", "Torce LED ricaricabili, 600 pezzi", "IT", 90, 9000, "EUR", qty=600),
                           item("901380", "Torce LED tattiche, 60 pezzi", "IT", 30, 3600, "EUR", qty=60)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "US", [], "DE", "960190",
         "Mammoth ivory knife scales, fossil, stabilized, 6 pairs", "US", 0.8, 6, 300, "USD",
         "fossil mammoth-ivory scales show bark-brown or blue-stained surfaces and coarse Schreger angles under "
         "90°; these six pairs are creamy-white with fine cross-hatching over 115° and no mineral staining: elephant "
         "ivory (Loxodonta africana, CITES App. I) without CITES documents, posted from Texas to a private custom "
         "knife maker in Solingen; American English wording (elephant ivory as mammoth ivory repeats in many sets, "
         "kept as a repeat; knife scales by post are the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "DEAIR01", "air", "OM", [], "DE", "930700",
         "خنجر يمني قديم، مقبض قرن بقري، 3 قطع", "YE", 2, 3, 900, "USD",
         "a cattle-horn jambiya hilt is dull, grey-black and brittle; these three hilts are translucent, "
         "honey-amber and show the fibrous 'straw' of rhinoceros horn in the worn end (saifani): rhino horn (CITES "
         "App. I) without CITES documents, flown from Muscat to Frankfurt for a blade collector; Yemeni Arabic "
         "wording (rhino-horn jambiya hilts repeat in a few sets, kept as a repeat; by air via Oman to a German "
         "blade collector is the new part as far as a search found)", firm("Klingen Orient Sammlung GmbH", "DE")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "440729",
         "Blocos de pau-ferro para cabos de facas, 120 kg", "BR", 120, None, 1200, "USD",
         "pau-ferro (Libidibia ferrea) blocks are brown, fine, even and smell of nothing much; these blocks are "
         "chocolate-brown with black streaks, oily and rose-scented when cut: Brazilian rosewood (Dalbergia nigra, "
         "CITES App. I) without CITES documents, flown from São Paulo to Lisbon for a knife-handle material "
         "dealer; Brazilian Portuguese wording (Dalbergia nigra repeats in a few sets; as pau-ferro knife-handle "
         "blocks is the new part as far as a search found)", firm("Atlantic Cabos Lda", "PT")),
        ("WLF-04", "import", "SEAIR01", "air", "CA", [], "SE", "050790",
         "Camel bone knife handle blanks, 200 pcs", "CA", 25, 200, 800, "CAD",
         "camel-bone blanks are dense, white, porous on the back and light; these 200 pieces are spiral-grooved, "
         "creamy tusk sections with a hollow pulp core: narwhal tusk (Monodon monoceros, CITES App. II) without "
         "CITES documents, flown from Iqaluit via Montreal to Stockholm for a custom knife supplier; Canadian "
         "English wording (narwhal tusk repeats in many sets, kept as a repeat; as camel-bone knife blanks is the new part as far as "
         "a search found)", firm("Nordhafen Knivmaterial AB", "SE")),
        ("WLF-05", "import", "FRAIR01", "air", "MG", [], "FR", "440729",
         "Blocs de wengé pour manches de couteaux, 90 kg", "MG", 90, None, 700, "EUR",
         "wengé is coarse, chocolate-brown and straight-grained with pale stripes; these blocks are jet-black, "
         "fine, heavy and glassy when polished, with a bitter smell: Malagasy ebony (Diospyros spp., CITES App. II, "
         "under a zero export quota) without CITES documents, flown from Antananarivo to Paris for a Thiers "
         "handle-material dealer; Malagasy French wording (Malagasy ebony repeats in several sets, kept as a "
         "repeat; as wengé knife blocks is the new part as far as a search found)", firm("Central Manches SARL", "FR")),
        ("WLF-06", "import", "BEAIR01", "air", "ZW", [], "BE", "420500",
         "Embossed cowhide knife sheaths, 150 pcs", "ZW", 30, 150, 1500, "USD",
         "embossed cowhide sheaths show an even, pressed scale pattern and a flesh side of plain suede; these 150 "
         "show real, irregular scales with the osteoderm pits and the belly umbilical scar of Nile crocodile: "
         "Crocodylus niloticus (CITES App. II) leather products without CITES documents, flown from Harare to "
         "Brussels for a hunting-knife shop; Zimbabwean English wording (crocodile as embossed leather repeats in "
         "several sets; knife sheaths from Zimbabwe are the new part as far as a search found)",
         firm("Delta Jachtmessen BV", "BE")),
        ("WLF-07", "import", "ESSEA01", "sea", "MX", [], "ES", "440729",
         "Madera de palo fierro para mangos de cuchillo, 2 t", "MX", 2000, None, 8000, "USD",
         "desert ironwood (Olneya tesota) is dark brown with light sapwood and sinks; these boards are olive-green, "
         "resinous and waxy to the touch with a balsam smell when cut: lignum vitae (Guaiacum sanctum, CITES "
         "App. II) without CITES documents, by sea from Veracruz to Valencia for an Albacete knife-handle maker; "
         "Mexican Spanish wording (Guaiacum repeats in a few sets; as ironwood knife-handle boards is the new part "
         "as far as a search found)", firm("Vega Mangos Cuchillería SL", "ES")),
        ("WLF-08", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030559",
         "Camarones secos, 60 kg", "PE", 60, None, 900, "USD",
         "dried shrimps are curled, pink-orange and light; these sacks hold flat, dried seahorses (Hippocampus "
         "ingens, CITES App. II) whose export Peru has banned, landed at Madrid in transit from Lima to Hong Kong; "
         "Peruvian Spanish wording (seahorses under dried-seafood labels repeat in many sets, kept as a repeat; a "
         "transit through Madrid is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "BGSEA01", "sea", "IN", [], "BG", "440729",
         "पडौक लकड़ी के गुटके, चाकू हत्थों के लिए, 3 टन", "IN", 3000, None, 6000, "USD",
         "padauk blocks are orange-red, coarse and lighten in sunlight; these are dense, blood-red, wavy-grained "
         "blocks that stain water deep red and sink: red sanders (Pterocarpus santalinus, CITES App. II) whose "
         "export India bans, without CITES documents, by sea from Chennai to Varna for a Gabrovo knife-handle "
         "maker; Hindi wording (red sanders repeats in many sets, kept as a repeat; as padauk knife-handle blocks to "
         "Bulgaria is the new part as far as a search found)", firm("Orion Drzhki EOOD", "BG")),
        ("WLF-10", "import", "DEAIR01", "air", "NA", [], "DE", "821192",
         "Hunting knives with gemsbok horn handles, handmade, 80 pcs", "NA", 40, 80, 3200, "USD",
         "a Windhoek custom knife maker's shipment to a Black Forest hunting-knife shop: knives with gemsbok-horn "
         "handles and leather sheaths are what the workshop sends, but the third item's 'bone-handled knives, 40 "
         "pcs' have handles of cream-white elephant ivory with Schreger lines on the butts: elephant ivory "
         "(Loxodonta africana, CITES App. I for Namibia's commercial trade in worked ivory) without CITES documents, "
         "hidden as the last item of a three-item declaration; Namibian English wording (ivory knife handles repeat "
         "in several sets, kept as a repeat; behind gemsbok-horn hunting knives is the new part as far as a search "
         "found)",
         dict(firm("Alpina Jagdmesser GmbH", "DE"),
              _more_items=[item("420500", "Leather knife sheaths, 80 pcs", "NA", 12, 640, "USD", qty=80),
                           item("821192", "Bone-handled knives, 40 pcs", "NA", 10, 800, "USD", qty=40)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "JP", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (etching Damascus blades)", "JP", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-75-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "IN", "IT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (etching blade patterns)", "IN", 1.4, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "IT-MINT-75-0188")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent cyanide hardening salts (11 03 01*), from a cutlery heat-treater, for treatment at a licensed plant, 12 t",
     "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-75-0214")], "notified spent hardening salts to a licensed plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "262099",
     "Carbide grinding sludge with cobalt from blade grinding, for metal recovery at a licensed plant, 10 t", "NO",
     10000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-75-0077")], "notified carbide grinding sludge to a licensed recycler"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-75-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     600, 30, 15000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-75-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "930700",
     "Solingen presentation hunting hanger, silver-mounted, c. 1780, sold at auction", "DE", 1.5, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-75-0133")], "antique blade exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970610",
     "Thiers folding knives, horn and ivory-free bone handles, collection of 30, 18th century, loan to a museum",
     "FR", 3, 30, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-75-0091")],
     "antique knives exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "CH", "846040",
     "5-axis CNC tool and blade grinder, 1 unit, for a Swiss watch and knife maker", "DE", 7000, 1, 240000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-75-0412"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-75-0066")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "NO", "810197",
     "Tungsten-alloy machined plates, 60 kg, for a Norwegian radiation-shielding maker", "AT", 60, None, 9000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-75-0031"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-75-0012")],
     "dual-use tungsten alloy under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ZW", "FR", "420500",
     "Nile crocodile leather knife sheaths (Crocodylus niloticus), ranched, 100 units", "ZW", 20, 100, 4000, "USD",
     [("CITES_PERMIT", "ZW-PWMA-75-0144")], "App. II crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "MX", "ES", "440729",
     "Lignum vitae boards (Guaiacum sanctum), 1 t, for knife handles", "MX", 1000, None, 5000, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-75-0058")], "App. II lignum vitae with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privato", "PRM-03": "Central Härtereirecycling GmbH",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Rivage Coutellerie de Chasse SARL",
    "PRM-12": "Meridian Mangos Cuchillería SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # knife makers, cutlers, bladesmiths, their suppliers and knife shops
    ("382499", "Knife rust and haze remover gel, oxalic, 100 ml tubes", "import", ["express"], ["JP", "CN"], (25, 50), (1, 3), ["USD", "EUR"], 8, S),
    ("381400", "Acrylic wood-stabilising resin for knife-handle blocks, 1 gal", "import", ["air"], ["US"], (10, 18), (100, 400), ["USD"], 0.25, S),
    ("382499", "Electro-marking electrolyte for stainless blades, 250 ml", "import", ["air"], ["CN", "GB"], (15, 30), (50, 200), ["USD"], 4, S),
    ("340590", "Green chromium-oxide buffing compound bars for blades", "import", ["post"], ["BR", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("284019", "Anhydrous borax forge-welding flux, 25 kg sacks", "import", ["road"], ["UA", "TR"], (1, 2), (5000, 12000), ["EUR"], 0.04, S),
    ("310520", "Garden NPK fertiliser, granular, 25 kg bags", "import", ["road"], ["UA", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.04, S),
    ("382499", "Nitrate-nitrite tempering salt for knife heat-treatment, 2 lb", "import", ["post"], ["US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("282739", "Ferric chloride etchant for Damascus blades, 1 l", "import", ["air"], ["IN", "CN"], (4, 8), (100, 300), ["USD"], 0.7, S),
    ("284920", "Silicon-carbide whetstone flattening grit, 1 kg", "import", ["sea"], ["CN"], (0.8, 1.5), (5000, 14000), ["USD"], 1, S),
    ("291814", "Citric acid, anhydrous, 25 kg bags", "import", ["sea"], ["CN", "VN"], (0.8, 1.3), (10000, 22000), ["USD"], 0.04, S),
    ("340290", "Alkaline degreasing concentrate for blade blanks, 5 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("720441", "Clean steel turnings, one grade, for remelting", "export", ["sea"], ["IN", "TR"], (0.25, 0.4), (20000, 25000), ["EUR"], None, S),
    ("250100", "Rock salt for road de-icing, bulk", "export", ["sea"], ["MA", "NO"], (0.05, 0.09), (20000, 26000), ["EUR"], None, S),
    ("850980", "Electric knife sharpeners, new, boxed", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 1, S),
    ("271019", "Quenching oil for blade hardening, new, 208 l drums", "import", ["sea"], ["US", "KR"], (1.5, 3), (6000, 16000), ["USD"], None, S),
    ("841780", "Electric knife-hardening kilns, new, 1,200 °C", "import", ["road"], ["CZ", "TR"], (15, 30), (500, 2000), ["EUR"], 0.01, S),
    ("821192", "Kitchen knives, stainless, new, boxed", "import", ["sea"], ["CN", "JP"], (8, 16), (2000, 6000), ["USD"], 5, S),
    ("680422", "Ceramic honing rods and whetstones, new", "import", ["sea"], ["CN", "DE"], (6, 12), (1000, 3000), ["USD", "EUR"], 3, S),
    ("381400", "Epoxy mould cleaner, acetone-based, 1 l", "import", ["air"], ["KR", "CN"], (5, 10), (100, 400), ["USD"], 1.1, S),
    ("340391", "Folding-knife pivot oil, 10 ml bottles", "import", ["express"], ["TW", "US"], (80, 160), (1, 2), ["USD"], 60, S),
    ("842410", "Dry-powder extinguishers for forge workshops, 2 kg", "import", ["sea"], ["CN", "ID"], (3, 6), (1000, 4000), ["USD"], 0.3, S),
    ("340290", "Cutlery buffing-compound cleaner, alkaline, 20 l", "import", ["sea"], ["TH", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("841840", "Ultra-low-temperature freezers, new, R-170/R-290", "export", ["sea"], ["PK", "IN"], (12, 20), (1000, 4000), ["EUR"], 0.005, S),
    ("821191", "Steak-knife sets, stainless, boxed", "export", ["air"], ["US", "AE"], (20, 40), (100, 500), ["EUR"], 1, S),
    ("846040", "Belt grinders for knife makers, 2 x 72 in, new", "import", ["sea"], ["CN", "TW"], (8, 14), (1000, 4000), ["USD"], 0.02, S),
    ("722830", "Tool-steel flat bar for knife blanks, annealed", "export", ["sea"], ["TR", "NO"], (6, 12), (1000, 4000), ["EUR"], None, S),
    ("810197", "Tungsten-carbide sharpener inserts, small", "import", ["post"], ["CN", "US"], (60, 120), (1, 2), ["USD"], 200, S),
    ("440799", "Curly birch knife-handle blocks, Finnish", "import", ["road"], ["SE", "NO"], (6, 12), (500, 2000), ["EUR"], None, S),
    ("851310", "Rechargeable LED torches, new", "import", ["sea"], ["CN"], (8, 14), (2000, 5000), ["USD"], 5, S),
    ("821192", "Handmade souvenir bronze-look daggers, resin cast", "import", ["post"], ["TR", "IN"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("821192", "Souvenir keris, new, brass-fitted", "import", ["express"], ["ID"], (30, 60), (1, 3), ["USD"], 1, S),
    ("930700", "Practice iaito, alloy blade, new", "import", ["express"], ["JP"], (150, 300), (1, 3), ["JPY", "USD"], 0.8, S),
    ("821192", "Nickel-silver souvenir koummyas, new, Tiznit", "import", ["air"], ["MA"], (15, 30), (50, 200), ["EUR"], 3, S),
    ("821192", "Copper craft tumis, new, Cusco", "import", ["post"], ["PE"], (20, 40), (1, 3), ["USD"], 2, S),
    ("821192", "Khukuri knives, handmade, new, with sheaths", "import", ["air"], ["NP"], (12, 24), (100, 400), ["USD"], 1, S),
    ("960190", "Stabilised cow-bone knife scales, dyed", "import", ["post"], ["IN", "PK"], (30, 60), (1, 3), ["USD"], 20, S),
    ("440729", "Pau-ferro knife-handle blocks (Libidibia ferrea)", "import", ["air"], ["BR", "BO"], (6, 12), (100, 400), ["USD"], None, S),
    ("440729", "Wengé knife-handle blocks, FSC", "import", ["sea"], ["CD", "CM"], (2, 4), (1000, 4000), ["EUR"], None, S),
    ("420500", "Embossed cowhide knife sheaths, new", "import", ["air"], ["ZW", "PK"], (15, 30), (100, 300), ["USD"], 4, S),
    ("440729", "Desert-ironwood knife-handle blocks, dead wood", "import", ["sea"], ["MX", "US"], (3, 6), (1000, 3000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("401699", "Rubber door wedges, natural rubber", "import", ["sea"], ["MY", "CN"], (1.5, 3), (3000, 8000), ["USD"], 6, N),
        ("460219", "Rattan tissue-box covers, woven", "import", ["sea"], ["ID", "VN"], (3, 6), (1000, 4000), ["USD"], 3, N),
        ("830250", "Picture-hanging hooks, brass-plated, retail packs", "import", ["post", "express"], ["GB", "DE"], (20, 40), (1, 3), ["GBP", "EUR"], 25, N),
        ("630790", "Cotton drawstring shoe-storage bags", "import", ["sea"], ["IN", "BD"], (3, 6), (2000, 6000), ["USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind294", 20750301, HERE)


if __name__ == "__main__":
    main()
