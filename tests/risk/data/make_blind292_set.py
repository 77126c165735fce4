#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-second blind set (tests/risk/data/blind292-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: barbecues, grills, charcoal and
outdoor cooking (grill and smoker makers and importers, charcoal burners and briquette
makers, barbecue and outdoor-kitchen web shops and garden centres, pizza-oven and kamado
builders, smoking-wood and grill-accessory suppliers).
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
only where a real declaration would. Ids are BL292-*:

    python3 tests/risk/data/make_blind292_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "CN", [], "FI", "340290",
         "烧烤网活性氧清洁剂 (浓缩补充液), 1升 x 4瓶", "CN", 4.5, 4, 160, "CNY",
         "the active-oxygen grill-grate cleaners sold for soaking barbecue grates are percarbonate powders or 3-8 % "
         "peroxide foams in trigger bottles; these four litre bottles hold a water-clear, runny liquid of 1.13 kg/l "
         "with vented caps that whitens and stings the skin: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Shenzhen to a private person in Espoo who resells it in small bottles; Chinese "
         "wording (hydrogen peroxide repeats in many sets; a grill-grate oxygen-cleaner label was found in no "
         "earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "NLAIR01", "air", "US", [], "NL", "330290",
         "Smoker pellet flavor oil, hickory, concentrate, 1 gal jugs, 40 jugs", "US", 172, 40, 1400, "USD",
         "the flavour oils barbecue shops sell for misting smoker pellets are a few millilitres of smoke "
         "condensate in a vegetable oil of 0.92 kg/l that smells of smoke; these 40 gallon jugs hold a water-thin, "
         "faintly fruity liquid of 1.14 kg/l with no smoke smell, and the drum label under the sticker reads "
         "'nitromethane 100 %', for a Utrecht barbecue web shop that sells the jugs by the litre to model-engine "
         "racers: nitromethane (Annex I above 16 %) made available to members of the public, flown from Chicago to "
         "Amsterdam; American English wording (nitromethane repeats in many sets; a smoker-pellet flavour-oil label "
         "was found in no earlier row by a keyword search)", firm("Horizon BBQ Webwinkel BV", "NL")),
        ("PRE-03", "import", "GRSEA01", "sea", "TR", [], "GR", "381090",
         "Döküm ızgara ve mangal pas sökücü, 1 lt, 1.000 şişe", "TR", 1840, 1000, 1500, "EUR",
         "the rust removers sold for cast-iron grill grates and mangal trays are 10-20 % phosphoric or citric "
         "gels of 1.1 kg/l; these 1,000 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a "
         "drop of water and chars the cardboard where one leaked, for a Thessaloniki barbecue wholesaler that "
         "sells the bottles in garden centres: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, by sea from Mersin; Turkish wording (sulphuric acid repeats in many sets and "
         "rust-remover labels on acids in several; a grill-grate rust-remover label was found in no earlier row)",
         firm("Delta Psistaries AE", "GR")),
        ("PRE-04", "import", "ATAIR01", "air", "JP", [], "AT", "251200",
         "七輪補修用珪藻土パウダー, 1 kg袋, 150袋", "JP", 150, 150, 90000, "JPY",
         "the diatomaceous-earth powder sold for patching cracked shichirin charcoal grills is a light, "
         "buff-grey, chalky powder that floats before it sinks and never dissolves; these 150 bags hold a heavy, "
         "white, crystalline powder that dissolves slowly, flares with sugar on a hot plate and whose inner liners "
         "read 'KClO4', for a Graz kamado and shichirin web shop that sells the bags to anyone: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Osaka to Vienna; "
         "Japanese wording (potassium perchlorate repeats in many sets and earth and clay labels on it in a few; a "
         "shichirin repair-powder label was found in no earlier row by a keyword search)",
         firm("Alpina Grillkultur GmbH", "AT")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "680229",
         "Вулканічне каміння для газових грилів, мішки 20 кг, 600 мішків", "UA", 12000, 600, 3600, "EUR",
         "the lava rocks sold for gas barbecues are porous, dark, rough, light stones the size of a walnut that "
         "never dissolve; these 600 sacks hold white, smooth prills dyed grey on the outside that turn ice-cold "
         "and vanish in water, test at 34 % N and melt and fume on a hot plate, for a Lublin garden-centre "
         "supplier that re-packs them in 3 kg 'grill stone' bags: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, in a lorry at Dorohusk; Ukrainian wording (ammonium nitrate "
         "repeats in many sets and stone and gravel labels on it in a few; a barbecue lava-rock label once, blind125, "
         "on waste; on ammonium nitrate from Ukraine is the new part as far as a search found)", firm("Orion Grill Dystrybucja Sp. z o.o.", "PL")),
        ("PRE-06", "import", "HRPOST01", "post", "RS", [], "HR", "382499",
         "Prah za čišćenje čađi iz roštilja i krušnih peći, 3 x 1 kg", "RS", 3.0, 3, 24, "EUR",
         "the soot removers sold for barbecue smokers and wood-fired ovens are copper-salt and cornstarch powders, "
         "greenish, that are thrown on the embers; these three tubs hold loose, white, odourless crystals that "
         "flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), "
         "posted from Novi Sad to a private person in Osijek; Serbian wording in Latin script (sodium chlorate "
         "repeats in many sets and chimney-cleaner labels once or twice; a barbecue and oven soot-remover label "
         "was found in no earlier row by a keyword search)", person("Ivan Horvat", "HR")),
        ("PRE-07", "import", "DKAIR01", "air", "TH", [], "DK", "382499",
         "น้ำยาขัดเงาเตาย่างสแตนเลส สำหรับครัวกลางแจ้ง 1 ลิตร 80 ขวด", "TH", 112, 80, 480, "USD",
         "the stainless-steel brighteners sold for outdoor-kitchen grills are mild citric or oxalic cleaners of "
         "1.05 kg/l; these 80 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into "
         "a copper wire, for an Aarhus outdoor-kitchen builder whose web shop sells the bottles to the public: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Bangkok to "
         "Copenhagen; Thai wording (nitric acid repeats in many sets and stainless-cleaner labels on it in a few; an "
         "outdoor-kitchen grill-brightener label was found in no earlier row)", firm("Nordhafen Udekøkken ApS", "DK")),
        ("PRE-08", "import", "ESSEA01", "sea", "ID", [], "ES", "110814",
         "Tepung tapioka untuk perekat briket arang, karung 25 kg, 640 karung", "ID", 16000, 640, 8000, "USD",
         "tapioca starch for binding charcoal briquettes is a soft, squeaky, white flour that turns to paste in hot "
         "water; these 640 sacks hold hard, shiny, crystalline flakes that crackle and spit violet sparks on a hot "
         "iron, with CAS 3811-04-9 on the maker's sheet in the container, for a Valencia briquette importer with no "
         "press that re-bags the salt as 1 kg 'quick-light briquette booster' on a marketplace: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Surabaya; Indonesian wording "
         "(potassium chlorate repeats in many sets and starch labels in a few; a briquette-binder label was found "
         "in no earlier row by a keyword search)", firm("Atlantic Carbones SL", "ES")),
        ("PRE-09", "import", "FRAIR01", "air", "CA", [], "FR", "250100",
         "Sel de trempage pour planches de cèdre à griller, sacs de 1 kg, 300 sacs", "CA", 300, 300, 900, "CAD",
         "the brining salts sold for soaking cedar grilling planks are coarse, clear, cubic sea-salt crystals "
         "that taste of salt; these 300 bags hold a fine, white, hygroscopic powder that turns damp in the air, "
         "tastes bitter and burns fiercely with sugar, for a Lyon barbecue-accessory shop that sells the bags over "
         "the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Montréal to Paris; Québec French wording (sodium perchlorate repeats in many sets and salt labels on "
         "it in several, kept as a repeat of that family; a cedar-plank brining label was found in no earlier row)",
         firm("Rivage Barbecue SARL", "FR")),
        ("PRE-10", "import", "ROROAD01", "road", "MD", [], "RO", "340290",
         "Soluție concentrată de curățare pentru grătare și afumătoare, bidon 5 l, 360 bidoane (transportul 1 din 3)",
         "MD", 2160, 360, 1800, "EUR",
         "the degreasers barbecue and smoker makers sell are soapy, alkaline liquids of about 1.05 kg/l that foam; "
         "these 360 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, whitens the "
         "skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for an Iași "
         "grill importer that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, at Sculeni; Romanian wording from Moldova (hydrogen peroxide "
         "repeats in many sets and splits over three vans in blind264, blind280 and blind288, kept as a repeat; a "
         "grill-and-smoker cleaner from Moldova is the new part as far as a search found)",
         firm("Vega Grătare SRL", "RO")),
    ],
    "waste": [
        ("WST-01", "export", "PLROAD01", "road", "PL", [], "UA", "280300",
         "Ocet drzewny z retorty węgla drzewnego, do ogrodnictwa, IBC 1000 l, 20 szt.", "PL", 22000, 20, 2200, "EUR",
         "wood vinegar from a charcoal retort is a clear, amber, smoky, acid liquid that is sold filtered in "
         "bottles; these 20 IBCs hold a black, tarry, two-layer sludge that sticks to the valve, smells of "
         "creosote and reads high in PAHs and phenols, scraped out of the condensers and tar pits of a Podlasie "
         "barbecue-charcoal maker's retorts: tar and tarry residues (05 06 03*, 06 13 05*), hazardous waste whose "
         "export to a non-OECD country is banned, at Dorohusk for a Lutsk 'garden supplier'; Polish wording "
         "(wood vinegar once, blind205, as a lawful twin; retort tar under a wood-vinegar label was found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "EG", "320810",
         "Hitzebeständiger Grilllack, schwarz, 1.500 °F, Restposten, 600 Fässer", "DE", 18000, 600, 6000, "EUR",
         "surplus heat-resistant grill paint comes in sealed, labelled tins and drums with a batch number; these "
         "600 drums hold skinned, lumpy, settled paint sludge, solvent washings and spray-booth filter mats from a "
         "Westphalian grill and smoker maker's coating line, no two drums alike: waste paint and paint sludge with "
         "organic solvents (08 01 11*, 08 01 13*), hazardous waste whose export to a non-OECD country is banned, "
         "from Hamburg to Alexandria; German wording (paint sludge repeats in several sets; a grill-paint label "
         "was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "NG", "732111",
         "Barbecues au gaz, neufs, 4 brûleurs, 300 pièces", "BE", 12000, 300, 60000, "EUR",
         "a barbecue container for Lagos: new gas grills and patio heaters are what Antwerp wholesalers ship to the "
         "Lagos outdoor-living shops, but the third item's 'pellet-grills, gebruikt, werkend' are 400 returned and "
         "scrapped pellet smokers with burnt-out controller boards, igniter rods, Wi-Fi modules and touch "
         "screens, taken back by a Flemish retailer under warranty: waste electrical equipment (e-waste, A1180 "
         "when the boards are not separated), whose export to a non-OECD country is banned, hidden as the last item "
         "of a three-item declaration; Belgian French and Flemish wording (e-waste behind new goods repeats in many "
         "sets; returned pellet grills behind new gas grills were found in no earlier row)",
         dict({"importer_country": "NG"},
              _more_items=[item("732190", "Chauffages de terrasse au gaz, neufs, 200 pièces", "BE", 4000, 16000, "EUR", qty=200),
                           item("732111", "Pellet-grills, gebruikt, werkend, 400 stuks", "BE", 16000, 8000, "EUR", qty=400)])),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AL", "690220",
         "Mattoni refrattari usati per forni a legna da pizza, 24 t", "IT", 24000, None, 1200, "EUR",
         "used pizza-oven firebricks are clean, cream-coloured fireclay bricks with a black face, stacked on "
         "pallets; these bags hold broken, glazed, slag-crusted alumina and chrome-magnesite linings and wads of "
         "grey refractory ceramic fibre blanket, torn out of a Brescia foundry's furnaces and ladles: spent "
         "refractory linings with hazardous substances and RCF insulation (16 11 01*, 16 11 03*), hazardous waste "
         "whose export to a non-OECD country is banned, from Bari to Durrës for an 'oven builder'; Italian "
         "wording (spent refractories repeat in several sets; a used pizza-oven firebrick label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CI", "440139",
         "Bois de fumage pour barbecue, chêne, en sacs, 20 t", "FR", 20000, None, 2000, "EUR",
         "smoking wood for barbecues is clean, bark-free oak or fruit-wood chunks, kiln-dried and bagged; these big "
         "bags hold greenish, painted and nailed offcuts of old fence posts, vineyard stakes and utility poles "
         "that smell of tar, test high in copper, chromium and arsenic and carry creosote: treated waste wood with "
         "hazardous substances (17 02 04*, 20 01 37*), hazardous waste whose export to a non-OECD country is "
         "banned, from Le Havre to Abidjan for a fish-smoking yard; French wording (treated waste wood repeats in "
         "several sets and wood-chip labels in many; a barbecue smoking-wood label was found in no earlier row)",
         {"importer_country": "CI"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "340290",
         "Desengrasante para parrillas de acero inoxidable, concentrado, GRG, 20 t", "ES", 20000, 20, 1000, "EUR",
         "a stainless grill-grate degreaser is a clear, alkaline, soapy concentrate with a data sheet; these IBCs "
         "hold a green, strongly acid liquid with a brown sediment that reads nickel, chromium and fluoride, "
         "drained from the pickling tanks of a Valencia maker of stainless parrilla grates and rotisseries: spent "
         "pickling acids (11 01 05*), hazardous waste whose export to a non-OECD country is banned, from Algeciras "
         "to Tanger Med for a 'cleaning-products' firm; Spanish wording (spent pickling and anodising baths repeat "
         "in a few sets, blind40 and blind264, kept as a repeat of the good; a grill-degreaser label was found in no "
         "earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "GH", "731100",
         "Lege stalen gasflessen 11 kg, voor terrasverwarmers en barbecues, 2.400 stuks", "NL", 36000, 2400, 7200, "EUR",
         "empty 11 kg gas bottles for export are degassed, valve-off or marked 'vacuum', with a test certificate; "
         "these 2,400 still have their valves, a third hiss propane when opened and many are past their test date "
         "and rusted through, collected from Dutch barbecue and patio-heater dealers' cage swaps: waste gases in "
         "pressure containers (16 05 04*) and scrap cylinders, hazardous waste whose export to a non-OECD country "
         "is banned, from Rotterdam to Tema; Dutch wording (gas cylinders not emptied repeat in several sets, "
         "dev21-c among them, and gas-bottle labels in a few; kept as a repeat, barbecue and patio-heater cage "
         "swaps to Ghana are the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "261900",
         "Holzkohleasche, Holzasche zur Düngung, 22 t", "AT", 22000, None, 440, "EUR",
         "wood ash for fertiliser is light, grey, powdery ash from clean wood, with an analysis; these bags hold a "
         "dense, black-grey, clinkered dust with metal lumps that reads 4 % lead and 12 % zinc, the boiler and "
         "filter ash of a Styrian waste-wood incinerator: fly ash and boiler dust with hazardous substances "
         "(10 01 16*, 19 01 13*), hazardous waste whose export to a non-OECD country is banned, in a lorry through "
         "Hungary to a Subotica 'fertiliser' trader; Austrian German wording (fly ash repeats in several sets and "
         "wood-ash labels in a few; kept as a repeat, a charcoal-ash label from Austria is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "SEAIR01", "air", "SE", [], "NG", "844399",
         "Reservdelar till kontorsskrivare, blandade, 1,2 t", "SE", 1200, None, 1800, "EUR",
         "spare printer parts are boxed, new fusers, rollers and drums; these cartons hold loose, cracked CRT "
         "monitors' electron guns, printed-circuit boards ripped from old PCs and cracked toner cartridges, from a "
         "Stockholm office-clearance firm: waste electrical and electronic equipment and boards (16 02 13*, A1180), "
         "hazardous waste whose export to a non-OECD country is banned, flown from Stockholm to Lagos; Swedish "
         "wording (boards and CRTs repeat in many sets; kept as a repeat, a printer-spare-parts label by air is the "
         "new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "381519",
         "Použitý katalyzátor, niklový, k regeneraci, 18 t", "CZ", 18000, None, 5400, "EUR",
         "a used nickel catalyst for regeneration goes with a Basel notification to a licensed refiner; these drums "
         "of pyrophoric, grey-black pellets smelling of oil, drained from a Bohemian refinery's hydrotreater, go "
         "without notification to a Belgrade 'metal trader': spent catalysts with dangerous transition metals "
         "(16 08 02*), hazardous waste whose export to a non-OECD country is banned, through Slovakia and Hungary; "
         "Czech wording (spent catalysts repeat in several sets, kept as a repeat; from Czechia by road to Serbia is "
         "the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HUAIR01", "air", "CN", [], "HU", "842410",
         "户外厨房烧烤炉专用灭火器, 1 kg, 300具", "CN", 450, 300, 2400, "USD",
         "the small grill-fire extinguishers sold for outdoor kitchens hold dry powder or a wet-chemical potassium "
         "acetate for fat fires that sloshes; these 300 red cans hiss, spray a liquid that vanishes into a sweet "
         "gas and the valve collars read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in "
         "portable extinguishers, products whose import into the Union is banned, flown from Ningbo to Budapest "
         "for an outdoor-kitchen installer; Chinese wording (halon 1211 repeats in many sets and extinguisher labels "
         "in many, kept as a repeat of the label; an outdoor-kitchen grill-fire extinguisher was found in no "
         "earlier row)", firm("Meridian Kerti Konyha Kft.", "HU")),
        ("OZN-02", "import", "MTSEA01", "sea", "IN", [], "MT", "271112",
         "Grill igniter gas refill cans, butane, 300 ml, 6,000 cans", "IN", 1850, 6000, 2400, "USD",
         "butane refills for grill lighters and chimney starters hold a light liquid of 0.58 kg/l at 2 bar and "
         "light at once; these 6,000 cans weigh twice what butane allows, do not light at the valve and smell "
         "faintly sweet, and the carton holds soil-injection nozzles: methyl bromide, whose import into the Union "
         "is banned (no quarantine exemption remains), by sea from Mundra to Marsaxlokk for a Maltese garden "
         "supplier; Indian English wording (methyl bromide repeats in many sets and butane and camping-cartridge "
         "covers on it in several, kept as a repeat; a grill-igniter refill label was found in no earlier row)",
         firm("Central Garden Supplies Ltd", "MT")),
        ("OZN-03", "import", "CZAIR01", "air", "KR", [], "CZ", "381400",
         "카마도 그릴 개스킷 접착제 제거제, 1 L x 60병", "KR", 80, 60, 900, "USD",
         "the adhesive removers kamado owners use to strip old felt gaskets are citrus or mineral-spirit blends "
         "of 0.8 kg/l that burn; these 60 bottles weigh 1.33 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand, and the inner caps read '1,1,1-TCA': methyl chloroform (1,1,1-"
         "trichloroethane), whose import into the Union is banned, flown from Incheon to Prague for a kamado "
         "importer; Korean wording (methyl chloroform repeats in many sets under thinner and solvent labels; a "
         "kamado-gasket remover label was found in no earlier row by a keyword search)", firm("Orion Kamado s.r.o.", "CZ")),
        ("OZN-04", "import", "GRROAD01", "road", "AL", [], "GR", "271112",
         "Gaz propan për skara, bombola 11 kg, 150 copë", "AL", 1650, 150, 2400, "EUR",
         "propane for gas grills comes in exchange cylinders at 7-8 bar and burns; these 150 disposable cylinders "
         "read 9.8 bar at 20 °C, do not light, a leak detector names HCFC-22 and the valves carry old Chinese "
         "stamps: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Kakavia for "
         "an Ioannina air-conditioning fitter; Albanian wording (HCFC-22 repeats in many sets under refrigerant and "
         "gas labels; a grill-propane label from Albania was found in no earlier row)", firm("Vega Klimatismos EE", "GR")),
        ("OZN-05", "import", "IEAIR01", "air", "IN", [], "IE", "381400",
         "கிரில் எனாமல் கறை நீக்கி, 500 மி.லி, 240 பாட்டில்கள்", "IN", 190, 240, 600, "USD",
         "the enamel-stain removers sold for porcelain-coated grill grates and lids are mild citrus or "
         "alcohol sprays of 0.9 kg/l that burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet and "
         "sink under water in a test tube: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Chennai to Dublin for a barbecue-spares web shop; Tamil wording (carbon tetrachloride repeats in many sets "
         "and stain- and spot-remover labels on it in several, kept as a repeat of the label; a grill-enamel label "
         "from Chennai is the new part)", firm("Atlantic Grill Spares Ltd", "IE")),
        ("OZN-06", "import", "ITSEA01", "sea", "TR", [], "IT", "841850",
         "Açık mutfak için bar altı içecek buzdolabı, ikinci el, 120 adet", "TR", 7200, 120, 6000, "EUR",
         "under-counter drinks fridges for outdoor kitchens are new, on R-600a or R-290, with a plate and "
         "certificate; these 120 are 1990s bar coolers re-skinned in stainless steel, with R-12 compressors and "
         "CFC-11-blown cabinet foam, the plates reading 'R12' under the stickers: equipment relying on and "
         "containing CFCs, whose import into the Union is banned (Regulation 2024/590), by sea from Izmir to Bari "
         "for an outdoor-kitchen builder; Turkish wording (CFC equipment and beverage coolers repeat in many sets, "
         "blind264 among them, kept as a repeat; outdoor-kitchen bar fridges imported from Türkiye are the new part "
         "as far as a search found)", firm("Rivage Cucine da Esterno Srl", "IT")),
        ("OZN-07", "import", "LVSEA01", "sea", "CN", [], "LV", "390950",
         "Polyurethane foam system for insulated outdoor-kitchen cabinets, polyol pre-mix, 80 drums", "CN", 17600,
         80, 26000, "USD",
         "the polyol pre-mixes foamed into insulated outdoor-kitchen and cool-box cabinets are blown with "
         "cyclopentane or HFOs and say so; these 80 drums hold a polyol that froths at the bung in the warm, and "
         "the maker's sheet in the container names 'HCFC-141b, 12 %': pre-blended polyol containing HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), a product whose import into the Union is banned, by sea from Qingdao to "
         "Riga for an outdoor-kitchen cabinet maker; English wording from China (HCFC-141b repeats in many sets and "
         "pre-blended polyols in a few; an outdoor-kitchen cabinet foam label was found in no earlier row)",
         firm("Nordhafen Outdoor SIA", "LV")),
        ("OZN-08", "transit", "HRSEA01", "sea", "CN", ["HR"], "BA", "382499",
         "Odmašćivač za roštiljske rešetke, otapalo, 48 bačvi", "CN", 14000, 48, 9600, "USD",
         "grill-grate degreasing solvents are white-spirit or limonene blends of 0.8 kg/l that burn; these 48 "
         "drums weigh 1.56 kg/l, their contents do not burn and smell faintly of chloroform, and the drum heads "
         "are stamped 'R-113': CFC-113 (trichlorotrifluoroethane), moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Ploče in transit from Shanghai to a Mostar 'barbecue-equipment' "
         "firm; Bosnian wording (CFC-113 repeats in many sets under cleaning-solvent labels, kept as a repeat; a "
         "transit through Ploče to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-09", "export", "PTSEA01", "sea", "PT", [], "AO", "841510",
         "Aparelhos de ar condicionado split usados, 200 unidades", "PT", 9000, 200, 6000, "EUR",
         "used split air conditioners for export are R-32 or R-410A units; these 200 are early-2000s units "
         "pulled from Lisbon offices with R-22 plates and their charge still in them: equipment relying on "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), from Lisbon to Luanda; Portuguese "
         "wording (HCFC equipment for export repeats in many sets, kept as a repeat; to Angola from Lisbon is the "
         "new part as far as a search found)", {"importer_country": "AO"}),
        ("OZN-10", "import", "SKROAD01", "road", "UA", [], "SK", "841981",
         "Пелетні грилі-коптильні, 40 шт.", "UA", 3200, 40, 16000, "EUR",
         "a smoker maker's lorry for a Košice barbecue shop: pellet grills and covers are what the Dnipro maker "
         "sends, but the third item's 'очищувач грилів, аерозоль' is 600 aerosol cans of 'grill cleaner' that do "
         "not foam, spray a cold gas that vanishes and carry 'Ф-12' under the sticker: CFC-12 "
         "(dichlorodifluoromethane) aerosols, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, at Vyšné Nemecké; Ukrainian wording (CFC-12 aerosols repeat in many sets; "
         "behind pellet grills is the new part as far as a search found)",
         dict(firm("Delta Gril s.r.o.", "SK"),
              _more_items=[item("630590", "Чохли для грилів, 400 шт.", "UA", 400, 2000, "EUR", qty=400),
                           item("340290", "Очищувач грилів, аерозоль, 600 шт.", "UA", 330, 900, "EUR", qty=600)])),
    ],
    "cultural": [
        ("CUL-01", "export", "GRAIR01", "air", "GR", [], "US", "732690",
         "Διακοσμητικές σούβλες ψησίματος, σιδερένιες, χειροποίητες, 12 τεμ.", "GR", 9, 12, 240, "EUR",
         "decorative hand-forged grill skewers are new, bright, even and twisted at the handle; these 12 are long, "
         "flat, heavily corroded iron spits with flattened heads, bundled with two firedogs ending in ships' prows, "
         "with earth in the crust: Geometric and Archaic iron obeloi from a looted grave, archaeological objects "
         "whose export Greece forbids, exported without the EU export licence (Regulation 116/2009), flown from "
         "Athens to a New York dealer; Greek wording (Greek antiquities repeat in many sets; iron obeloi under a "
         "grill-skewer label were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "HUROAD01", "road", "RS", [], "HU", "741810",
         "Stare bakarne tave za roštilj, dekorativne, 8 kom.", "RS", 14, 8, 80, "EUR",
         "old copper grill pans are hammered, tinned pans with riveted iron handles; these eight are cast bronze "
         "paterae and a trulleus with ram's-head handles, a stamp in Latin on one handle and green earth in the "
         "decoration: Roman bronze vessels dug on the Danube limes, archaeological objects whose export Serbia "
         "forbids, brought in without an import licence (Regulation 2019/880), in a van at Röszke for a Szeged "
         "dealer; Serbian wording in Latin script (Roman bronzes repeat in many sets; a grill-pan label was found "
         "in no earlier row by a keyword search)", firm("Horizon Antik Kft.", "HU")),
        ("CUL-03", "import", "DEAIR01", "express", "KR", [], "DE", "732190",
         "빈티지 숯불 화로 그릴 (놋쇠), 1점", "KR", 7, 1, 300, "USD",
         "a vintage charcoal brazier grill is a 20th-century brass or cast-iron hwaro for tabletop grilling; this "
         "is a 17th-18th century Joseon bronze brazier with a lotus rim and a silver-inlaid inscription naming a "
         "Buddhist temple: a cultural object over 50 years old whose export Korea forbids without a permit, sent "
         "by express from Seoul to a private collector in Munich without the import documents Regulation 2019/880 "
         "requires; Korean wording (Korean antiquities repeat in a few sets; a charcoal-brazier grill label was "
         "found in no earlier row by a keyword search)", person("Dr. Thomas Huber", "DE")),
        ("CUL-04", "import", "ESSEA01", "sea", "MX", [], "ES", "691390",
         "Chimeneas de barro para jardín, pintadas, 200 piezas", "MX", 4000, 200, 3000, "USD",
         "a Puebla pottery shipment for a Seville garden centre: clay chimineas and comales are what the "
         "exporter sends, but the third item's 'braseros decorativos de barro' are two Teotihuacan theatre-type "
         "censers with mica-flaked masks and earth inside the lids: pre-Hispanic archaeological objects, the "
         "property of the Mexican nation and barred from export, brought in without an import licence (Regulation "
         "2019/880), hidden as the last item of a three-item declaration, by sea from Veracruz to Seville; Mexican "
         "Spanish wording (pre-Columbian ceramics repeat in many sets; censers behind garden chimineas are the new "
         "part as far as a search found)",
         dict(firm("Meridian Jardín SL", "ES"),
              _more_items=[item("691200", "Comales de barro para asar, 400 piezas", "MX", 800, 600, "USD", qty=400),
                           item("691390", "Braseros decorativos de barro, 2 piezas", "MX", 30, 40, "USD", qty=2)])),
        ("CUL-05", "import", "ATPOST01", "post", "TR", [], "AT", "741810",
         "Dekoratif bakır mangal, eskitme, 1 adet", "TR", 3.5, 1, 60, "EUR",
         "an antique-look copper mangal is a new, thin, machine-spun brazier with a bright patina; this one is "
         "heavy, hand-raised and tinned, with an engraved Ottoman foundation inscription dated 1187 AH and a "
         "mosque's name: an 18th-century mosque brazier, a cultural good whose export Türkiye forbids, posted from "
         "Istanbul to a private person in Vienna without the import documents Regulation 2019/880 requires; "
         "Turkish wording (Ottoman metalwork repeats in several sets; a decorative-mangal label was found in no "
         "earlier row by a keyword search)", person("Mag. Eva Gruber", "AT")),
        ("CUL-06", "import", "NLSEA01", "sea", "GT", [], "NL", "680299",
         "Planchas de piedra volcánica para asar, 40 piezas", "GT", 1600, 40, 800, "USD",
         "volcanic grilling stones are new, sawn, square slabs of grey basalt, smooth on one face; among these 40 "
         "are six thick, weathered limestone fragments of a carved panel with glyph blocks and a seated lord, "
         "saw-cut at the back to thin them: a Classic Maya stela cut up in the Petén, archaeological property whose "
         "export Guatemala forbids, brought in without an import licence (Regulation 2019/880), by sea from "
         "Puerto Quetzal to Rotterdam; Guatemalan Spanish wording (Maya stelae repeat in a few sets; a "
         "grilling-stone label was found in no earlier row by a keyword search)", firm("Vega Stone Import BV", "NL")),
        ("CUL-07", "import", "BEAIR01", "air", "EG", [], "BE", "630492",
         "Handmade cotton wall hangings, 20 pieces", "EG", 4, 20, 200, "USD",
         "handmade cotton wall hangings are new, brightly woven tourist pieces; these 20 are brittle, brown "
         "linen and wool fragments with tapestry-woven roundels, dancers and Greek letters, with sand in the "
         "weave: Coptic textiles (4th-7th century) taken from Egyptian burial grounds, whose export Egypt forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Cairo to Brussels; Egyptian English "
         "wording (Coptic textiles repeat in several sets, kept as a repeat; wall-hanging labels to Brussels are the "
         "new part as far as a search found)", firm("Central Textiles SA", "BE")),
        ("CUL-08", "import", "FRSEA01", "sea", "ML", [], "FR", "441899",
         "Portes en bois anciennes, récupération, 3 pièces", "ML", 180, 3, 300, "EUR",
         "reclaimed wooden doors are plank doors from demolished houses; these three are carved Dogon granary "
         "doors with rows of ancestor figures and an iron lock in the form of a figure, darkened by smoke and "
         "sacrifice: religious objects removed from Mali, whose export Mali forbids, brought in without an import "
         "licence (Regulation 2019/880), by sea from Dakar to Marseille; French wording from Mali (Dogon objects "
         "repeat in several sets and reclaimed-door labels in a few, kept as a repeat; to Marseille is the new part "
         "as far as a search found)", firm("Alpina Déco SARL", "FR")),
        ("CUL-09", "import", "ITAIR01", "air", "IR", [], "IT", "830590",
         "سیخ کباب تزئینی برنزی، ۲۰ عدد", "IR", 6, 20, 100, "EUR",
         "decorative bronze kebab skewers are new, flat brass blades with a cast handle; these 20 are cast bronze "
         "pins and whetstone handles with animal finials, a master-of-animals plaque among them, with green "
         "earth in the casting: Luristan bronzes (1st millennium BC) dug in western Iran, whose export Iran forbids, "
         "brought in without an import licence (Regulation 2019/880), flown from Tehran to Milan for a dealer; "
         "Persian wording (Luristan bronzes repeat in many sets, kept as a repeat of the good; a kebab-skewer label "
         "was found in no earlier row by a keyword search)", firm("Orion Arte Orientale Srl", "IT")),
        ("CUL-10", "transit", "DEAIR01", "air", "KH", ["DE"], "US", "680221",
         "Garden stone ornament for outdoor kitchen, sandstone, 1 pc", "KH", 60, 1, 200, "USD",
         "a new garden ornament is a machine-carved, fresh sandstone figure; this is a weathered Angkorian "
         "sandstone head of a deva with a broken neck, lichen in the hair and chisel marks at the break: a Khmer "
         "sculpture (12th century) removed from a temple, whose export Cambodia forbids, landed at Frankfurt in "
         "transit from Phnom Penh to a Los Angeles dealer, against Regulation 2019/880 (Article 3(1)), which covers "
         "transit; Cambodian English wording (Khmer heads repeat in many sets, kept as a repeat; an outdoor-kitchen "
         "garden-ornament label in transit through Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "FIAIR01", "air", "FI", [], "KZ", "854231",
         "Pellettigrillien ohjainpiirit (Wi-Fi), 12 000 kpl", "FI", 36, 12000, 6000, "EUR",
         "pellet-grill controller boards are small assembled boards with a display, a few euros each; these "
         "reels hold 12,000 new, sealed industrial microcontrollers, RF transceivers and FPGAs with 2074 date codes "
         "and distributor labels, for an Astana 'grill-parts' firm set up in the spring whose freight goes on to "
         "Novosibirsk: integrated circuits on the common high-priority list whose re-export to Russia Regulation "
         "833/2014 forbids, flown from Helsinki; Finnish wording (ICs repeat in many sets; a pellet-grill "
         "controller label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO"], "TR", "690390",
         "Keramické desky pro kamado grily, 400 ks", "CZ", 4800, 400, 8000, "EUR",
         "kamado heat deflectors and pizza stones are thick, light, porous cordierite plates that ring dull; "
         "these 400 curved, black, extremely hard and light plates are hot-pressed boron-carbide body-armour "
         "inserts of a Czech maker, at 900 EUR each, for an Istanbul 'barbecue trader' that ships to Libya: "
         "military goods (Common Military List ML13) exported without the licence Common Position 2008/944 and the "
         "Czech law require, to a country under an arms embargo, on a lorry from Brno; Czech wording (armour "
         "plates repeat in a few sets; a kamado-plate label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AM", "902519",
         "Kabellose Grillthermometer mit Bluetooth, 800 Stück", "DE", 48, 800, 16000, "EUR",
         "wireless meat thermometers are plastic probes with a coin cell and a Bluetooth chip at 20 EUR; these 800 "
         "are sealed GNSS timing receivers and 5.8 GHz video transmitters of the kind fitted to long-range "
         "drones, for a Yerevan 'barbecue accessories' importer whose earlier consignments went on by road to "
         "Russia: goods on the common high-priority list whose re-export to Russia Regulation 833/2014 forbids, "
         "flown from Frankfurt; German wording (GNSS modules repeat in several sets; a grill-thermometer label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "import", "PLROAD01", "road", "UA", [], "PL", "440290",
         "Деревне вугілля для барбекю, березове, мішки 3 кг, 20 т", "UA", 20000, None, 6000, "EUR",
         "Ukrainian barbecue charcoal comes in printed bags from Ukrainian retorts with a phytosanitary-free, "
         "FSC-coded origin paper; this lorry of birch lump charcoal carries Belarusian producer codes on the "
         "inner bags, was loaded at a Volhynian yard that re-bags Belarusian charcoal and has a Ukrainian "
         "certificate of origin: Belarusian wood charcoal, whose import into the Union Regulation 765/2006 "
         "forbids, at Hrebenne for a Lublin garden-centre supplier; Ukrainian wording (Belarusian and Russian wood "
         "under third-country origin repeats in many sets, kept as a repeat; barbecue charcoal re-bagged in Ukraine "
         "is the new part as far as a search found)", firm("Central Węgiel Drzewny Sp. z o.o.", "PL")),
        ("STR-05", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS"], "TR", "853540",
         "Accenditori piezoelettrici per barbecue a gas, 200 pz.", "IT", 40, 200, 2000, "EUR",
         "piezo igniters for gas grills are plastic push-buttons with a crystal and a lead at 2 EUR; these 200 "
         "are sealed ceramic triggered spark gaps of 3 kV rating with a delay under 15 microseconds, at 600 EUR "
         "each, for an Istanbul 'grill-spares' firm whose buyer is in Tehran: triggered spark gaps controlled "
         "under dual-use 3A228 and listed in the Iran regulation, exported without a licence, in a van from "
         "Verona; Italian wording (triggered spark gaps repeat in a few sets and spark-plug and igniter labels on "
         "them in a few, blind14 and blind197 among them, kept as a repeat; a gas-grill piezo-igniter label is the "
         "new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "KG", "732111",
         "Luxe buitenkeukens met ingebouwde gasgrill, rvs, 6 stuks", "NL", 2700, 6, 9000, "EUR",
         "a built-in outdoor kitchen of a few thousand euros is plain stainless steel; these six are a maker's "
         "top series with teak doors, built-in wine coolers and pizza ovens, at 45,000 EUR each on the price list, "
         "for a Bishkek 'trading' firm whose shipments go on to Moscow villas: luxury goods whose sale for use in "
         "Russia Regulation 833/2014 forbids, declared at a fifth of their value, flown from Amsterdam; Dutch "
         "wording (luxury goods through Central Asia repeat in several sets, kept as a repeat; outdoor kitchens "
         "are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-07", "export", "DKSEA01", "sea", "DK", [], "AE", "681519",
         "Varmebestandig pakningsbånd til røgovne og grill, 2.000 ruller", "DK", 1800, 2000, 6000, "EUR",
         "smoker and grill gasket tape is a felt or glass-fibre tape with adhesive at 3 EUR a roll; these 2,000 "
         "rolls are high-modulus carbon-fibre prepreg tape in a refrigerated container, at 200 EUR a kilo, for a "
         "Jebel Ali 'barbecue-spares' trader whose earlier orders went on to Iran: carbon fibre controlled under "
         "dual-use 1C010 and listed in the Iran regulation, exported without a licence, from Aarhus; Danish "
         "wording (carbon fibre and prepreg repeat in several sets, kept as a repeat; a smoker-gasket label was "
         "found in no earlier row)", {"importer_country": "AE"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "RS", "901380",
         "Kikarsikten för jakt, begagnade, 20 st.", "SE", 20, 20, 2000, "EUR",
         "used hunting scopes are day optics at a few hundred euros; these 20 are thermal weapon sights with "
         "uncooled 640 x 480 cores and a 50 Hz frame rate, for a Belgrade 'hunting shop' whose buyer is a Russian "
         "forwarder: thermal imaging equipment (dual-use 6A003) on the list whose export to Russia Regulation "
         "833/2014 forbids, exported without a licence and for re-export, flown from Stockholm; Swedish wording "
         "(thermal sights repeat in many sets, kept as a repeat; as used scopes to Serbia is the new part as far as "
         "a search found)", {"importer_country": "RS"}),
        ("STR-09", "import", "LTROAD01", "road", "BY", [], "LT", "310420",
         "Калия хлорид, удобрение, происхождение Узбекистан, 22 т", "UZ", 22000, None, 6600, "EUR",
         "Uzbek potassium chloride would come by rail with Dehkanabad papers; this lorry of pink, granular "
         "potash carries Belaruskali bag codes under the new labels and has an Uzbek certificate of origin: "
         "Belarusian potash, whose import into the Union Regulation 765/2006 forbids, at Medininkai for a Kaunas "
         "fertiliser trader; Russian wording from Belarus (Belarusian potash repeats in a few sets, kept as a "
         "repeat; under Uzbek origin is the new part as far as a search found)", firm("Vega Agro UAB", "LT")),
        ("STR-10", "export", "BEROAD01", "road", "BE", ["DE", "AT", "HU", "RO", "BG"], "TR", "841981",
         "Barbecues à charbon, kamado, 60 pièces", "BE", 6000, 60, 30000, "EUR",
         "a kamado importer's lorry for an Istanbul dealer: ceramic kamados and grill tables are what the Ghent "
         "firm ships, but the third item's 'thermomètres de four' are 50 corrosion-resistant capacitance pressure "
         "transducers with nickel diaphragms, in sealed foam, whose end buyer is an Iranian centrifuge parts "
         "supplier: pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation, exported "
         "without a licence, hidden as the last item of a three-item declaration; Belgian French wording (pressure "
         "transducers repeat in several sets; behind kamados is the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("940320", "Tables de grill en acier, 60 pièces", "BE", 1800, 6000, "EUR", qty=60),
                           item("902620", "Thermomètres de four, 50 pièces", "BE", 25, 500, "EUR", qty=50)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "CM", [], "DE", "440729",
         "Grillbretter aus Zedernholz, gehobelt, 1 Container", "CM", 18000, None, 14000, "EUR",
         "cedar grilling planks are light, soft, pink-brown red cedar that smells of pencils; these planks are "
         "hard, heavy, yellow-brown timber that darkens to olive in the light, with fine interlocked grain and no "
         "scent: afrormosia (Pericopsis elata, CITES App. II, sawn wood) without CITES documents, by sea from "
         "Douala to Hamburg for a barbecue-plank maker; German wording (afrormosia repeats in a few sets; a "
         "cedar grilling-plank label was found in no earlier row by a keyword search)", firm("Nordhafen Grillholz GmbH", "DE")),
        ("WLF-02", "import", "ESAIR01", "air", "NI", [], "ES", "821599",
         "Juegos de utensilios para parrilla, mango de madera tropical, 1.200 juegos", "NI", 480, 1200, 7200, "USD",
         "barbecue tool sets with tropical-wood handles use stained beech or parota; these 1,200 sets have "
         "heavy, oily, orange-red handles with black streaks that turn dark in the light and smell spicy when "
         "sanded, over 200 kg of wood in all: cocobolo (Dalbergia retusa, CITES App. II, finished products over "
         "10 kg a shipment) without CITES documents, flown from Managua to Madrid for a parrilla-equipment shop; "
         "Nicaraguan Spanish wording (Dalbergia repeats in many sets, kept as a repeat of the good; a grill-tool "
         "label was found in no earlier row by a keyword search)", firm("Meridian Parrillas SL", "ES")),
        ("WLF-03", "import", "FRAIR01", "express", "JP", [], "FR", "821192",
         "ステーキナイフ 6本セット, マンモス牙ハンドル", "JP", 1.8, 6, 180000, "JPY",
         "mammoth-ivory knife scales are brown-stained, with a cracked, blue-brown bark and Schreger angles "
         "under 90 degrees; these six steak knives have creamy, fresh handles whose cross-cut ends show Schreger "
         "lines at over 115 degrees: elephant ivory (Loxodonta africana, CITES App. I/II), whose commercial import "
         "into the Union is banned, sent by express from Seki to a private buyer in Bordeaux; Japanese wording "
         "(elephant ivory as mammoth repeats in many sets, kept as a repeat; steak knives for barbecue are the new "
         "part as far as a search found)", person("M. Laurent Girard", "FR")),
        ("WLF-04", "import", "DEPOST01", "post", "VN", [], "DE", "440122",
         "Dăm gỗ hun khói táo, cho bếp nướng BBQ, 2 kg", "VN", 2, None, 20, "USD",
         "apple-wood smoking chips are pale, coarse, fresh-smelling chips; these are dark, resinous, heavy slivers "
         "with black veins that smell of incense when warmed: agarwood (Aquilaria spp., CITES App. II, chips) "
         "without CITES documents, posted from Ho Chi Minh City to a private buyer in Berlin; Vietnamese wording "
         "(agarwood repeats in many sets; a barbecue smoking-chip label was found in no earlier row by a keyword "
         "search)", person("Frau Nguyen Thi Lan", "DE")),
        ("WLF-05", "import", "FRAIR01", "air", "FJ", [], "FR", "030752",
         "Dried squid for barbecue, 120 kg", "FJ", 120, None, 1800, "USD",
         "dried squid for grilling is thin, pale, flat and smells of the sea; these bags hold thick, leathery, "
         "black-and-white sausage-shaped bodies with teats along the flanks: white teatfish sea cucumbers "
         "(Holothuria fuscogilva, CITES App. II) without CITES documents, flown from Nadi via Paris for a Belleville "
         "Asian grocer; Fijian English wording (teatfish repeat in a few sets; a barbecue dried-squid label was "
         "found in no earlier row by a keyword search)", firm("Horizon Asie Alimentation SARL", "FR")),
        ("WLF-06", "import", "BEAIR01", "air", "ZW", [], "BE", "020890",
         "Frozen game meat for braai, boneless, 800 kg", "ZW", 800, None, 6400, "USD",
         "braai game meat from Zimbabwe is kudu or impala loin, dark red, in vacuum packs with a veterinary "
         "certificate; these cartons hold pale, white, fish-like tail meat with strips of bony, squared scutes "
         "left on the skin: Nile crocodile meat (Crocodylus niloticus, CITES App. II) without CITES documents, "
         "flown from Harare to Liège for a grill restaurant supplier; Zimbabwean English wording (crocodile meat "
         "repeats in a few sets; a braai game-meat label was found in no earlier row by a keyword search)",
         firm("Rivage Grill Supplies SA", "BE")),
        ("WLF-07", "import", "PTAIR01", "air", "NA", [], "PT", "420310",
         "Braai-voorskote, leer, handgemaak, 60 stuks", "NA", 30, 60, 1800, "USD",
         "leather braai aprons are even, brown cowhide split with a printed grain; these 60 are of a thin, supple "
         "skin with tiny, bead-like, rounded scales in rows and rings of larger scales across the back, each apron "
         "made of two skins: Nile monitor (Varanus niloticus, CITES App. II) skin products without CITES "
         "documents, flown from Windhoek via Johannesburg to Lisbon for a churrasco-equipment shop; Namibian "
         "Afrikaans wording (Varanus skins repeat in several sets, kept as a repeat of the good; a braai-apron "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Churrasco Lda", "PT")),
        ("WLF-08", "import", "NLAIR01", "air", "TW", [], "NL", "060290",
         "人造花 (絲綢蘭花), 盆栽, 300 盆", "TW", 90, 300, 900, "USD",
         "silk orchids are light, dry, dust-gathering stems in foam; these 300 pots hold live, bare-rooted slipper "
         "orchids in damp moss, several with wild-collected leaf scars and no nursery labels, Paphiopedilum "
         "vietnamense and P. hangianum among them: Paphiopedilum spp. (CITES App. I) without CITES documents, "
         "flown from Taipei to Amsterdam for a plant trader; Chinese wording from Taiwan (slipper orchids repeat in "
         "several sets and artificial-flower labels in a few, kept as a repeat; from Taiwan by air is the new part "
         "as far as a search found)", firm("Delta Plants BV", "NL")),
        ("WLF-09", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "091099",
         "Aliño para parrilla, mezcla de especias secas, 300 kg", "PE", 300, None, 1500, "USD",
         "a dry barbecue rub is a red-brown powder of paprika, chilli, salt and garlic; under the top layer of "
         "these sacks lie bags of whole, dried seahorses, curled and grey-brown, about 60,000 in all: Hippocampus "
         "ingens (CITES App. II, and Peru forbids their export) without CITES documents, landed at Madrid in "
         "transit from Lima to Hong Kong; Peruvian Spanish wording (dried seahorses repeat in many sets, kept as a "
         "repeat; a barbecue-rub label in transit through Madrid is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-10", "import", "NLSEA01", "sea", "ZA", [], "NL", "732111",
         "Braai stands, steel, charcoal, 500 units", "ZA", 15000, 500, 20000, "USD",
         "a Cape Town braai-equipment container for a Dutch barbecue importer: braai stands and potjie pots are "
         "what the maker ships, but the third item's 'garden plants, potted, 4' are four trunked cycads with the "
         "roots cut, wild-collected with no nursery tags, identified as Encephalartos latifrons and E. "
         "horridus: Encephalartos spp. (CITES App. I) without CITES documents, hidden as the last item of a "
         "three-item declaration, by sea to Rotterdam; South African English wording (cycads repeat in several "
         "sets, kept as a repeat of the good; behind braai stands is the new part as far as a search found)",
         dict(firm("Orion Braai BV", "NL"),
              _more_items=[item("732391", "Cast-iron potjie pots, 800 units", "ZA", 8000, 12000, "USD", qty=800),
                           item("060290", "Garden plants, potted, 4 units", "ZA", 600, 200, "USD", qty=4)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "CN", "FI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home-brewing equipment sanitising)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "FI-POL-74-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "TH", "DK", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (metal etching)", "TH", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-74-0112")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLROAD01", "road", "UA", "PL", "270600",
     "Charcoal-retort tar and tarry residues (05 06 03*), for incineration at a licensed plant, 20 t", "UA", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-74-0208")], "notified retort tar to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854999",
     "Returned pellet grills with controller boards (WEEE), for recycling at a licensed plant, 12 t", "NO", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-74-0047")], "notified e-waste grills to a licensed recycler"),
    ("PRM-05", "ozone", "import", "HUAIR01", "air", "US", "HU", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US", 300,
     12, 9000, "USD", [("ODS_LICENCE", "HU-AM-ODS-74-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "IEAIR01", "air", "US", "IE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "IE-EPA-ODS-74-003")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ATAIR01", "air", "AT", "TR", "741810",
     "Ottoman tinned-copper mangal, 18th century, documented Austrian collection since 1911, sold at auction", "AT",
     4, 1, 12000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-74-0139")],
     "brazier exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "732190",
     "Japanese lacquered hibachi brazier, Edo period, documented German collection since 1902, sold to a US museum",
     "DE", 18, 1, 28000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-74-0311")],
     "hibachi exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITROAD01", "road", "IT", "CH", "853540",
     "Triggered spark gaps, 3 kV, 40 units, for a Swiss lithotripter maker", "IT", 8, 40, 24000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-74-0058"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-74-0102")],
     "dual-use triggered spark gaps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "NO", "690390",
     "Boron-carbide body-armour plates, 200 units, for the Norwegian police", "CZ", 480, 200, 180000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-74-0074"), ("END_USER_CERTIFICATE", "NO-POD-EUC-74-0033")],
     "military armour plates under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "CM", "DE", "440729",
     "Afrormosia sawn planks (Pericopsis elata), for grilling planks and decking, 12 t", "CM", 12000, None, 11000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-74-0418")], "App. II sawn wood with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "NI", "ES", "821599",
     "Barbecue tool sets with cocobolo handles (Dalbergia retusa), 600 sets", "NI", 240, 600, 6000, "USD",
     [("CITES_PERMIT", "NI-MARENA-74-0091")], "App. II rosewood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatperson", "PRM-03": "Central Utylizacja Sp. z o.o.",
    "PRM-05": "Alpina Aero Karbantartó Kft.", "PRM-11": "Nordhafen Grillholz GmbH", "PRM-12": "Meridian Parrillas SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # grill and smoker makers, charcoal burners, barbecue web shops, outdoor-kitchen and pizza-oven builders
    ("340290", "Percarbonate grill-grate soaking powder, 1 kg tubs", "import", ["post"], ["CN", "HK"], (10, 20), (1, 3), ["USD", "EUR"], 1, S),
    ("330290", "Smoke-flavour oil for smoker pellets, 100 ml bottles", "import", ["air"], ["US", "CA"], (15, 30), (100, 400), ["USD"], 9, S),
    ("381090", "Phosphoric-acid rust remover gel for cast-iron grates, 500 ml", "import", ["sea"], ["TR", "CN"], (2, 4), (2000, 6000), ["EUR", "USD"], 2, S),
    ("251200", "Diatomaceous-earth repair paste for shichirin grills", "import", ["express"], ["JP"], (20, 40), (1, 3), ["JPY", "USD"], 2, S),
    ("680229", "Lava rocks for gas barbecues, 3 kg bags", "import", ["road"], ["UA", "TR"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.33, S),
    ("382499", "Copper-salt soot remover for smokers and ovens, 1 kg", "import", ["post"], ["RS", "TR"], (6, 12), (1, 3), ["EUR"], 1, S),
    ("382499", "Citric stainless-steel grill brightener, 500 ml", "import", ["air"], ["TH", "CN"], (4, 8), (100, 400), ["USD"], 2, S),
    ("110814", "Tapioca starch for briquette binding, 25 kg sacks", "import", ["sea"], ["ID", "TH"], (0.4, 0.7), (10000, 22000), ["USD"], 0.04, S),
    ("250100", "Coarse sea salt for plank brining, 1 kg bags", "import", ["air"], ["CA", "US"], (2, 4), (100, 400), ["CAD", "USD"], 1, S),
    ("340290", "Alkaline grill and smoker degreaser, 5 l cans", "import", ["road"], ["MD", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("440290", "Hardwood lump charcoal, 10 kg bags, FSC", "import", ["sea"], ["NA", "PY", "NG"], (0.4, 0.8), (15000, 24000), ["USD", "EUR"], 0.1, S),
    ("440290", "Coconut-shell charcoal briquettes, 10 kg bags", "import", ["sea"], ["ID", "LK"], (0.5, 0.9), (15000, 24000), ["USD"], 0.1, S),
    ("440122", "Beech smoking-wood chips, kiln-dried, bags", "import", ["road"], ["RS", "BA"], (0.4, 0.8), (8000, 20000), ["EUR"], 0.2, S),
    ("440139", "Hickory and cherry smoking pellets, 9 kg bags", "import", ["sea"], ["US"], (0.6, 1.0), (15000, 22000), ["USD"], 0.11, S),
    ("732111", "Gas barbecues, 4 burners, new, boxed", "import", ["sea"], ["CN", "VN"], (4, 7), (5000, 15000), ["USD"], 0.025, S),
    ("841981", "Pellet grills and smokers, new, boxed", "import", ["sea"], ["CN", "US"], (6, 10), (4000, 12000), ["USD"], 0.012, S),
    ("732190", "Gas patio heaters, new, boxed", "import", ["sea"], ["CN"], (3, 6), (3000, 9000), ["USD"], 0.05, S),
    ("320810", "Heat-resistant black grill paint, 400 ml aerosols", "import", ["road"], ["TR", "RS"], (5, 9), (1000, 4000), ["EUR"], 2, S),
    ("690220", "Fireclay bricks for pizza ovens, new", "import", ["sea"], ["CN", "TR"], (0.3, 0.6), (15000, 24000), ["USD", "EUR"], 0.3, S),
    ("842410", "Wet-chemical fat-fire extinguishers, 2 l", "import", ["sea"], ["CN", "TR"], (5, 9), (1000, 4000), ["USD"], 0.33, S),
    ("271112", "Butane lighter refills, 300 ml cans", "import", ["sea"], ["KR", "CN"], (3, 5), (2000, 6000), ["USD"], 4, S),
    ("381400", "Citrus gasket-adhesive remover, 500 ml", "import", ["air"], ["KR", "US"], (6, 12), (100, 400), ["USD"], 2, S),
    ("381400", "Enamel grill-grate cleaning spray, alcohol-based, 500 ml", "import", ["express"], ["IN", "CN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("841850", "Outdoor-kitchen under-counter drinks fridges, R-600a, new", "import", ["sea"], ["TR", "CN"], (4, 7), (3000, 9000), ["EUR", "USD"], 0.025, S),
    ("390950", "Cyclopentane-blown polyol pre-mix for insulated cabinets", "import", ["sea"], ["CN", "KR"], (1.8, 2.8), (10000, 20000), ["USD"], None, S),
    ("732690", "Hand-forged iron barbecue skewers, new", "import", ["post", "express"], ["GR", "TR"], (20, 40), (1, 3), ["EUR"], 6, S),
    ("741810", "Hammered copper grill pans, new, tinned", "import", ["road"], ["RS", "BA"], (15, 25), (300, 1200), ["EUR"], 0.7, S),
    ("732190", "Brass tabletop charcoal braziers, new", "import", ["express"], ["KR", "JP"], (30, 60), (1, 3), ["USD"], 0.4, S),
    ("691390", "Clay garden chimineas, painted, new", "import", ["sea"], ["MX"], (0.8, 1.5), (3000, 8000), ["USD"], 0.05, S),
    ("741810", "Copper mangal braziers, new, machine-spun", "import", ["post"], ["TR"], (25, 50), (1, 3), ["EUR"], 0.3, S),
    ("680299", "Sawn basalt grilling stones, 30 x 20 cm", "import", ["sea"], ["GT", "VN"], (0.6, 1.2), (3000, 9000), ["USD"], 0.3, S),
    ("830590", "Brass kebab skewers, new, sets of six", "import", ["air"], ["IR", "TR"], (15, 30), (100, 300), ["EUR"], 2, S),
    ("854231", "Pellet-grill Wi-Fi controller boards, new", "import", ["air"], ["CN", "TW"], (80, 160), (50, 200), ["USD"], 20, S),
    ("690390", "Cordierite kamado heat deflectors and pizza stones", "import", ["sea"], ["CN"], (1, 2), (4000, 12000), ["USD"], 0.25, S),
    ("902519", "Bluetooth meat thermometers, new", "import", ["air"], ["CN"], (60, 120), (100, 400), ["USD"], 20, S),
    ("853540", "Piezo igniters for gas grills, new", "import", ["air"], ["CN", "TW"], (15, 30), (50, 200), ["USD"], 50, S),
    ("681519", "Graphite-felt smoker gasket tape, rolls", "import", ["air"], ["CN", "US"], (10, 20), (100, 400), ["USD"], 2, S),
    ("440729", "Western red cedar grilling planks, sawn", "import", ["sea"], ["CA", "US"], (1.5, 3), (8000, 18000), ["USD", "CAD"], None, S),
    ("821599", "Barbecue tool sets, beech handles, new", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 2.5, S),
    ("420310", "Cowhide leather braai aprons, new", "import", ["air"], ["ZA", "IN"], (20, 40), (100, 300), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Melamine picnic plates, printed", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, N),
        ("630790", "Beeswax food wraps, cotton, sets of three", "import", ["post", "express"], ["GB", "LT"], (40, 80), (1, 3), ["GBP", "EUR"], 10, N),
        ("630259", "Linen napkins, stonewashed", "import", ["sea"], ["IN", "CN"], (8, 14), (1000, 4000), ["USD"], 20, N),
        ("441990", "Wooden bread bins with roll tops", "import", ["sea"], ["VN", "CN"], (3, 5), (2000, 6000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind292", 20741101, HERE)


if __name__ == "__main__":
    main()
