#!/usr/bin/env python3
"""Writes the seventy-first blind set (tests/risk/data/blind71-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2038, with cover stories, routes,
languages and wordings chosen, where possible, to differ from the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL71-*:

    python3 tests/risk/data/make_blind71_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2038, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2038
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "US", [], "NL", "300490",
         "Hoefverzorgingsmiddel voor paarden, weekoplossing, 4 x 1 gal", "US", 17.5, 4, 80, "USD",
         "farriers' hoof soaks are iodine, copper sulphate or a weak (3 %) peroxide, sold ready to use in small "
         "bottles; these four gallons in vented jugs weigh 1.2 kg/l, bleach the skin white at a touch and carry "
         "UN 2014 under the label: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express to a private "
         "person in Drenthe who keeps no horses; Dutch wording (hydrogen peroxide repeats in many sets, and a hoof-thrush cover hid it once: the cover is a near repeat, kept for its express route from the US and its Dutch wording)", person("Particulier", "NL")),
        ("PRE-02", "import", "IEPOST01", "post", "GB", [], "IE", "381400",
         "Resin print cleaner for 3D printers, IPA substitute, 3 x 1 L", "GB", 3.4, 3, 45, "GBP",
         "resin-printer wash liquids are isopropanol or glycol ethers at about 0.8-0.95 kg/l; these three litres "
         "weigh 1.14 kg/l, do not dissolve uncured resin and carry CAS 75-52-5 on the inner cap: nitromethane "
         "(Annex I above 16 %), posted from Belfast to a private person in Cork, although flammable liquids may "
         "not go by post; English wording (nitromethane repeats in many sets; a 3D-printing wash cover is meant "
         "to be new)", person("Mr D. Murphy", "IE")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "370790",
         "Порошок для магнієвого спалаху, вінтажна фототехніка, 6 x 500 г", "UA", 3, 6, 40, "EUR",
         "flash powder for antique cameras is a museum curiosity sold by the gram, not by the half-kilo; these six "
         "jars of fine grey-white powder carry no magnesium at all, and the inner bags read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), carried in a private car from Lviv for a private person in Lublin who "
         "owns no camera collection; Ukrainian wording (potassium perchlorate repeats in many sets and flash powder "
         "covers appear in some; a vintage-camera cover by car from Ukraine is meant to be new)",
         person("Osoba prywatna", "PL")),
        ("PRE-04", "import", "DEAIR01", "express", "TR", [], "DE", "380991",
         "Tekstil aşındırma baskı maddesi (discharge), 5 x 5 kg", "TR", 25, 5, 75, "EUR",
         "discharge-printing agents for textiles are reducing agents (sodium formaldehyde sulphoxylate, thiourea "
         "dioxide) that smell of sulphur; these white crystals are odourless, oxidising, burn fiercely with sugar "
         "and the inner bags carry CAS 7775-09-9: sodium chlorate (Annex I above 40 %), sent by express from "
         "Bursa to a private person in Berlin with no textile workshop; Turkish wording (sodium chlorate repeats "
         "in many sets; a discharge-printing cover is meant to be new)", person("Privatperson", "DE")),
        ("PRE-05", "import", "ATPOST01", "post", "CH", [], "AT", "282739",
         "Eisen(III)-chlorid-Ätzlösung für Kupferdruckplatten, 3 x 1 l", "CH", 4.2, 3, 50, "CHF",
         "ferric chloride etchant for intaglio plates is an opaque dark-brown liquid; these three bottles are "
         "water-clear to yellow, fume brown when opened, stain the skin yellow and weigh 1.40 kg/l: about 65 % "
         "nitric acid (Annex I above 3 %), posted from Basel to a private person in Graz who runs no print "
         "studio, although corrosive liquids may not go by post; Swiss German wording (nitric acid repeats in many "
         "sets; the ferric-chloride etchant label as the cover is meant to be new)", person("Privatperson", "AT")),
        ("PRE-06", "import", "SEAIR01", "express", "US", [], "SE", "382499",
         "pH-minus för pool, flytande, 4 x 1 gal", "US", 27.8, 4, 60, "USD",
         "pool pH-minus sold to the public in Europe is sodium bisulphate granules or a 15 % acid at most; these "
         "four gallons are oily, weigh 1.84 kg/l and char paper at once: about 96 % sulphuric acid (Annex I above "
         "15 %), sent by express to a private person in Uppsala who has no pool; Swedish wording (sulphuric acid repeats in many sets, and pH-minus covers hid it several times, once as a liquid at 14.9 %; the cover repeats, the express route from the US and the Swedish wording are meant to be new)", person("Privatperson", "SE")),
        ("PRE-07", "import", "GRROAD01", "road", "MK", [], "GR", "382499",
         "Средство за зацврстување снег за скијачки патеки, 8 x 25 кг", "MK", 200, 8, 120, "EUR",
         "ski resorts harden pistes with bulk fertiliser-grade salts bought by the tonne through their suppliers; "
         "these eight sacks of white prills come in a van for a private person in Florina who runs no piste, turn "
         "ice-cold in water and the inner bags read 'NH4NO3 34,4 % N': ammonium nitrate (Annex I at 16 % N or "
         "more); Macedonian wording (ammonium nitrate repeats in many sets; a snow-hardener cover by road from North "
         "Macedonia is meant to be new)", person("Ιδιώτης", "GR")),
        ("PRE-08", "import", "PTPOST01", "post", "BR", [], "PT", "382499",
         "Pastilhas de oxigénio para transporte de iscas vivas, 5 x 1 kg", "BR", 5, 5, 30, "EUR",
         "oxygen tablets for anglers' live-bait buckets are calcium peroxide, a few grams each in blister packs; "
         "these five bags of loose white crystals dissolve without fizzing, flare violet on a hot plate and the "
         "inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), posted from Santos to a private "
         "person in Porto, although oxidisers may not go by post; Brazilian Portuguese wording (potassium chlorate "
         "repeats in many sets; a live-bait oxygen-tablet cover is meant to be new)", person("Particular", "PT")),
        ("PRE-09", "import", "FRAIR01", "express", "JP", [], "FR", "382499",
         "カメラ用防湿剤（高吸湿性塩）、6 x 1 kg", "JP", 6, 6, 9000, "JPY",
         "camera-cabinet desiccants are silica gel or clay sachets; these six bags of loose colourless crystals run "
         "wet in the air, as a desiccant should, but burn with sugar and carry CAS 7601-89-0 on the inner bag: "
         "sodium perchlorate (Annex I above 40 %), sent by express from Osaka to a private person in Lyon; "
         "Japanese wording (sodium perchlorate repeats in many sets; a camera-desiccant cover is meant to be new)",
         person("M. J. Martin", "FR")),
        ("PRE-10", "import", "NLSEA01", "sea", "CN", [], "NL", "293369",
         "Chlorine tablets for pools (TCCA 90), 5 kg buckets", "CN", 3000, 600, 6000, "USD",
         "a pool-chemicals container for a Dutch web shop that sells to private pool owners: chlorine tablets and "
         "pH plus are what they look like, but the third item's 'non-chlorine shock' (which is potassium "
         "monopersulphate powder) is 5 l cans of liquid that vent through their caps, marked UN 2015: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), repacked for sale to members of the public, hidden as the last "
         "item of a three-item declaration; English wording (hydrogen peroxide repeats above and in many sets, and a non-chlorine pool-shock cover hid it once as a single item; hidden in a multi-item web-shop container is meant to be new)",
         dict(firm("Zwembadwinkel Online BV", "NL"),
              _more_items=[item("283620", "pH plus (sodium carbonate), 25 kg bags", "CN", 3000, 1500, "USD", qty=120),
                           item("284700", "Non-chlorine shock, liquid, 5 l cans", "CN", 3000, 2400, "USD", qty=500)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "850760",
         "Gereviseerde e-bike accupakketten, 36 V, 600 stuks", "NL", 1800, 600, 1200, "EUR",
         "refurbished e-bike packs are sold with new cells, a tested BMS and a capacity report at 150-300 EUR each; "
         "these 600 packs at 2 EUR each are swollen, some charred, without BMS or test sheets, loose in gaylords: "
         "damaged waste lithium-ion batteries (Basel A1170 / A1180 hazardous), waste whose export to a non-OECD "
         "country is banned, for a Lagos 'battery refurbisher'; Dutch wording (waste batteries repeat in many sets, and used e-bike packs for reuse appear in a few; the Lagos route is meant to be new)", {"importer_country": "NG"}),
        ("WST-02", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "720449",
         "Stahlschrott, sortenrein, lose, 22 t", "DE", 22000, None, 3300, "EUR",
         "sorted steel scrap is dry, clean metal; this trailer holds crushed but undrained oil filters from car "
         "workshops, dripping oil through the floor: waste oil filters (16 01 07*), hazardous waste whose export to "
         "a non-OECD country is banned, sent to a Smederevo 'scrap trader' as steel scrap; German wording (oil filters as steel scrap repeat in several sets; the road route to Serbia is meant to be new)",
         {"importer_country": "RS"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "382499",
         "Combustibile alternativo in pasta per cementifici, fusti, 16 t", "IT", 16000, 80, 800, "EUR",
         "alternative fuels for cement kilns are sold to a specification (calorific value, chlorine, metals) with "
         "a test certificate; these eighty drums at 0.05 EUR/kg hold a sticky, multi-coloured sludge smelling of "
         "solvent, with masking tape and filter mats in it and no analysis: paint-booth sludge from car body shops "
         "(08 01 13*), hazardous waste whose export to a non-OECD country is banned, for a Sfax 'cement supplier'; "
         "Italian wording (paint-booth sludge repeats in a few sets, as pigment paste or a raw material; a "
         "kiln-fuel cover to Tunisia is meant to be new)", {"importer_country": "TN"}),
        ("WST-04", "transit", "NLSEA01", "sea", "GB", ["NL"], "NG", "870895",
         "Used car parts: airbag modules, tested, 4,000 pcs", "GB", 6000, 4000, 4000, "GBP",
         "used airbags sold for reuse are single, boxed modules with part numbers; these 4,000 modules at 1 GBP "
         "each are cut from scrapped cars with their connectors torn off, many water-damaged, loose in a "
         "container: undeployed pyrotechnic airbag modules from end-of-life vehicles (16 01 10*), hazardous waste "
         "that may not go to a non-OECD country, routed through Rotterdam in transit to a Lagos dealer; British "
         "English wording (used airbag modules as car parts appear once; in transit through Rotterdam to Lagos is meant to be new)", {"importer_country": "NG"}),
        ("WST-05", "export", "DKAIR01", "express", "DK", [], "GH", "851713",
         "Brugte mobiltelefoner, funktionstestede, 3 kolli", "DK", 60, 400, 600, "EUR",
         "tested second-hand phones go with an IMEI list and a grade per phone at 30-150 EUR each; these 400 "
         "phones at 1.50 EUR each have cracked screens, swollen or missing batteries and no list, split over three "
         "express boxes: WEEE with hazardous components (Basel A1180), waste whose export to a non-OECD country is "
         "banned, for an Accra repairer; Danish wording (used phones repeat as e-waste in many sets; by express in "
         "split parcels from Denmark is meant to be new)",
         {"importer_country": "GH", "consignee_name": "Kwame Mensah"}),
        ("WST-06", "export", "PLRAIL01", "rail", "PL", [], "UA", "690290",
         "Cegły ogniotrwałe z odzysku, do ponownego użycia, 60 t", "PL", 60000, None, 1800, "EUR",
         "reclaimed refractory bricks for reuse are whole, sorted and palletised; these wagons hold broken ladle and "
         "converter linings crusted with slag and metal, with glowing-yellow chromium-magnesite pieces: used "
         "refractory linings from steelmaking containing hazardous substances (16 11 03*), hazardous waste whose "
         "export to a non-OECD country is banned, for a Kryvyi Rih 'construction' firm; Polish wording (spent pot lining appears as used refractory in a few sets; steelworks chrome-magnesite linings by rail are meant to be new)", {"importer_country": "UA"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "BJ", "250100",
         "Sels industriels, surplus de stock, fûts, 12 t", "FR", 12000, 60, 600, "EUR",
         "surplus industrial salt is white, dry and cheap; these sixty drums hold grey, fused lumps from a heat-"
         "treatment shop, stencilled 'BAIN DE CÉMENTATION', that release a bitter-almond smell with acid: spent "
         "cyanide hardening salts (11 03 01*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Cotonou 'de-icing salt' buyer; French wording (spent hardening salts appear once; as surplus industrial salt to Benin is meant to be new)",
         {"importer_country": "BJ"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "282540",
         "Nikljev hidroksid, koncentrat, big bag, 20 t", "SI", 20000, None, 2000, "EUR",
         "nickel hydroxide concentrate is a green powder assayed at 30-40 % Ni and sold at several euros a kilo; "
         "this wet, grey-green filter cake at 0.10 EUR/kg holds a few per cent of nickel, chromium and zinc together "
         "with cyanide traces: galvanic sludge from an electroplating shop (11 01 09*), hazardous waste whose export "
         "to a non-OECD country is banned, for a Zenica 'metal recovery' firm; Slovenian wording (galvanic sludge repeats in a few sets, as metal hydroxide pastes: a near repeat, kept for its route to Bosnia)", {"importer_country": "BA"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "ID", "270111",
         "Anthrazit-Filtermaterial, gekörnt, Big Bags, 18 t", "DE", 18000, None, 900, "EUR",
         "anthracite filter media are hard, shiny, graded grains sold at 0.4-0.8 EUR/kg; these bags from a "
         "natural-gas plant at 0.05 EUR/kg hold dull, light, porous granules smelling of sulphur, loaded with "
         "mercury: spent activated carbon from mercury removal (05 07 01*), hazardous waste whose export to a "
         "non-OECD country is banned, for a Surabaya 'water works supplier'; German wording (spent mercury-bearing "
         "carbon repeats, once as regenerated carbon; as anthracite filter media to Indonesia is meant to be new)",
         {"importer_country": "ID"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "GH", "630900",
         "Worn clothing, mixed, 40 bales", "BE", 3600, 40, 1500, "EUR",
         "a 'personal effects' container for an Accra trader: worn clothing and used furniture are what they "
         "look like, but the third item's 'batteries, used, working' are 300 car lead-acid batteries with broken "
         "cases, leaking acid, packed under the furniture: waste lead-acid batteries (16 06 01*, Basel A1160), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration; English wording (waste lead-acid batteries repeat in many sets; hidden under household "
         "goods in a multi-item container is meant to be new)",
         dict({"importer_country": "GH"},
              _more_items=[item("940360", "Used wooden furniture, 60 pieces", "BE", 3000, 600, "EUR", qty=60),
                           item("850710", "Batteries, used, working, 300 pcs", "BE", 5400, 900, "EUR", qty=300)])),
    ],
    "ozone": [
        ("ODS-01", "import", "NLSEA01", "sea", "US", [], "NL", "382499",
         "Vapour-phase soldering fluid (perfluoropolyether), 10 x 300 kg drums", "US", 3000, 10, 21000, "USD",
         "vapour-phase soldering fluids are perfluoropolyethers that boil at 200-260 °C and cost about 100 USD/kg, "
         "sold in 5-10 kg bottles; these 300 kg drums at 7 USD/kg hold a liquid that boils at 28 °C, and the drum "
         "labels under the stickers read 'R-123': HCFC-123, an ozone-depleting substance whose import into the EU "
         "is banned (Regulation 2024/590) outside a few licensed uses, for a Rotterdam chiller-service firm; "
         "English wording (HCFC-123 repeats in some sets, as R-514A twice; a soldering-fluid cover is meant to be "
         "new)", firm("Koeltechniek Maas BV", "NL")),
        ("ODS-02", "import", "CZPOST01", "post", "CN", [], "CZ", "340290",
         "Stlačený vzduch ve spreji pro čištění elektroniky, 24 ks", "CN", 9, 24, 40, "USD",
         "air dusters sold in the EU hold HFC-152a or HFO-1234ze and say so; these 24 unbranded cans are heavier "
         "than they should be, their gas is non-flammable and the can print, under the Czech sticker, reads "
         "'HCFC-22 / R-22': an ozone-depleting substance whose import is banned (Regulation 2024/590), posted from "
         "Shenzhen to a private person in Brno; Czech wording (HCFC-22 repeats in many sets and air dusters hid HFCs several times; an HCFC-22 duster by post is meant to be new)", person("Soukromá osoba", "CZ")),
        ("ODS-03", "import", "HRROAD01", "road", "RS", [], "HR", "842410",
         "Sustavi za gašenje požara za trkaće automobile, 8 kom", "RS", 48, 8, 1600, "EUR",
         "fire systems for racing cars sold in the EU hold AFFF foam or a clean agent like FK-5-1-12 and carry an "
         "FIA homologation label; these eight bottles are old stock refilled in Belgrade, with no label, and the "
         "charge reads on a gauge like halon: Halon 1301 (bromotrifluoromethane), an ozone-depleting substance "
         "whose import is banned outside critical uses (Regulation 2024/590), for a Zagreb rally team; Croatian "
         "wording (halons repeat in many sets; motorsport extinguishers by road from Serbia are meant to be new)",
         firm("Rally Tim Sava d.o.o.", "HR")),
        ("ODS-04", "import", "FRAIR01", "air", "IN", [], "FR", "290369",
         "Bromoéthane (bromure d'éthyle), qualité réactif, 20 x 1 kg", "IN", 20, 20, 400, "USD",
         "bromoethane is a liquid that boils at 38 °C and is sold in brown glass; these twenty steel cans are "
         "pressurised, gas at room temperature, and the cans' stamps read 'CH3Br 98 %': methyl bromide, an "
         "ozone-depleting substance whose import is banned outside licensed laboratory uses (Regulation "
         "2024/590), for a Provence strawberry grower, not a laboratory; French wording (methyl bromide repeats in "
         "many sets; relabelled as ethyl bromide by air from India is meant to be new)",
         firm("Fraises du Ventoux SCEA", "FR")),
        ("ODS-05", "import", "ESSEA01", "sea", "CN", [], "ES", "392111",
         "Planchas de poliestireno extruido (XPS), espumadas con CO2, 20 t", "CN", 20000, None, 36000, "USD",
         "XPS boards foamed with CO2 or HFO cost more to make, and the supplier's data sheet gives the blowing "
         "agent; these boards are priced below CO2-blown ones, smell faintly sweet when cut and cell-gas tests at "
         "the port find HCFC-142b: products containing an ozone-depleting substance, whose import is banned "
         "(Regulation 2024/590), for a Valencia builders' merchant; Spanish wording (HCFC-142b repeats in some sets, and XPS boards blown with HFCs appear twice; boards declared CO2-blown are meant to be new)", firm("Aislamientos Turia SL", "ES")),
        ("ODS-06", "import", "ITAIR01", "express", "JP", [], "IT", "381400",
         "時計用精密洗浄液 (Soluzione di lavaggio per orologi), 4 x 1 l", "JP", 6.3, 4, 36000, "JPY",
         "watch-cleaning solutions sold today are ammoniated water-based baths and naphtha rinses at about 0.8 "
         "kg/l; these four litres weigh 1.57 kg/l, evaporate without residue and the inner bottles read 'R-113': "
         "CFC-113, an ozone-depleting substance whose import is banned (Regulation 2024/590), sent by express from "
         "Tokyo to a private person in Vicenza; Japanese and Italian wording (CFC-113 repeats in many sets; a "
         "watch-cleaning cover is meant to be new)", person("Sig. L. Conti", "IT")),
        ("ODS-07", "export", "DESEA01", "sea", "DE", [], "EG", "842410",
         "FM-200 (HFC-227ea) Löschanlage für Maschinenraum, überholt, 6 Flaschen", "DE", 900, 6, 3000, "EUR",
         "a refurbished HFC-227ea system comes with new filling certificates; these six 1970s engine-room cylinders "
         "from a scrapped ship carry old red paint under the new stickers, and their fill pressure and weight fit "
         "Halon 1301: halons, whose export from the EU is banned outside critical uses (Regulation 2024/590), for "
         "an Alexandria ship chandler; German wording (halons repeat in many sets; an engine-room system relabelled "
         "as FM-200 and exported to Egypt is meant to be new)", {"importer_country": "EG"}),
        ("ODS-08", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "290313",
         "Chloroform, technical grade, 250 kg drums, 40 drums", "CN", 10000, 40, 9000, "USD",
         "technical chloroform is about 1.48 kg/l and sells at about 0.9-1.2 USD/kg; these drums hold a liquid of "
         "1.59 kg/l that boils at 77 °C, not 61 °C: carbon tetrachloride, an ozone-depleting substance whose "
         "import is banned outside licensed feedstock and laboratory uses (Regulation 2024/590), brought by the "
         "China-Europe rail service for a Duisburg solvent trader; English wording (carbon tetrachloride repeats "
         "in many sets; declared as chloroform by rail is meant to be new)", firm("Rhein Solvent Handel GmbH", "DE")),
        ("ODS-09", "import", "SKPOST01", "post", "UA", [], "SK", "290312",
         "Дихлорметан для зняття фарби, 2 x 1 кг", "UA", 2, 2, 60, "EUR",
         "dichloromethane paint stripper is 1.33 kg/l and boils at 40 °C (and may no longer be sold to the public in "
         "the EU); these two bottles hold a liquid of 1.99 kg/l that boils at 68 °C, and the inner label reads "
         "'CH2BrCl': bromochloromethane, an ozone-depleting substance whose import is banned (Regulation 2024/590), "
         "posted from Kharkiv to a private person in Košice; Ukrainian wording (bromochloromethane repeats in a few "
         "sets, twice as dibromomethane by its CAS number; as dichloromethane by post from Ukraine is meant to be new)",
         person("Súkromná osoba", "SK")),
        ("ODS-10", "import", "PLSEA01", "sea", "CN", [], "PL", "382762",
         "Czynnik chłodniczy R-410A, butle 11,3 kg, 120 szt.", "CN", 1360, 120, 6000, "USD",
         "R-410A cylinders are pink, hold 11.3 kg at a high pressure (about 16 bar at 25 °C) and need F-gas quota; "
         "these 120 cylinders were repainted pink over light-green paint, read about 9 bar at 25 °C and their valve "
         "threads are the old R-22 ones: HCFC-22, an ozone-depleting substance whose import is banned "
         "(Regulation 2024/590), for a Gdańsk car-workshop equipment distributor; Polish wording (HCFC-22 relabelled "
         "as an HFC repeats in many sets; the repainted-cylinder pressure tell and the Polish wording are meant to "
         "be new)", firm("Klima-Serwis Bałtyk Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "PE", [], "DE", "590190",
         "Lienzo imprimado para artistas, rollo 1 m, 1 pza", "PE", 4, 1, 40, "USD",
         "a roll of primed artists' canvas is white on both faces; this roll holds, rolled inside the blank canvas, a "
         "hand-woven, patched and relined canvas with craquelure, gold brocateado worn through and a chapel "
         "inventory number: a colonial Cusco-school painting (18th century) from a Peruvian church, which Peru "
         "forbids to export (UNESCO 1970), sent by express from Lima to a Munich private buyer; Peruvian Spanish "
         "wording (Cusco-school paintings repeat in a few sets as copies or prints; rolled inside blank canvas is "
         "meant to be new)", person("Herr M. Schneider", "DE")),
        ("CUL-02", "import", "SEAIR01", "air", "ET", [], "SE", "482010",
         "በእጅ የተሰሩ የቆዳ ማስታወሻ ደብተሮች (handmade leather notebooks), 6", "ET", 9, 6, 90, "USD",
         "handmade leather notebooks are new paper in new bindings; these six are parchment codices in wooden "
         "boards, written in Ge'ez with painted saints, wax stains and church ownership notes: Ethiopian "
         "Orthodox psalters and prayer books, which Ethiopia forbids to export (UNESCO 1970), flown from Addis "
         "Ababa for a Stockholm dealer; Amharic wording (Ethiopian church objects repeat in many sets; manuscripts "
         "as blank leather notebooks to Sweden are meant to be new)", firm("Nordisk Etnografika AB", "SE")),
        ("CUL-03", "export", "DEROAD01", "road", "DE", [], "CH", "970129",
         "Dekoratives Ölgemälde, Landschaft, moderne Kopie, gerahmt", "DE", 18, 1, 1200, "EUR",
         "a modern copy is on new canvas with modern pigments; this landscape is on an 1820s relined canvas with a "
         "Dresden exhibition label on the back and matches a painting sold at auction for about 400,000 EUR: a "
         "Romantic-school painting, more than 50 years old and above the 150,000 EUR threshold, exported to "
         "Switzerland without the export licence of Regulation 116/2009; German wording (undervalued old paintings "
         "repeat in a few sets; as a modern copy by road to Basel is meant to be new)", {"importer_country": "CH"}),
        ("CUL-04", "import", "NLSEA01", "sea", "ID", [], "NL", "691200",
         "Piring dan mangkuk porselen baru, 400 buah", "ID", 600, 400, 800, "USD",
         "new porcelain is clean, glazed and stacked in printed boxes; these bowls and dishes carry blue-and-white "
         "Ming-style decoration under marine concretions, barnacle scars and salt staining: cargo from a Java Sea "
         "shipwreck, which Indonesia forbids to export (UNESCO 1970 and the 2001 underwater-heritage convention), "
         "for an Amsterdam auction consignor; Indonesian wording (shipwreck porcelain repeats in a few sets; "
         "declared as new tableware by sea is meant to be new)", firm("Oost-Indië Kunsthandel BV", "NL")),
        ("CUL-05", "import", "FRAIR01", "air", "NP", [], "FR", "680291",
         "ढुङ्गाको बगैंचा मूर्ति, नयाँ (Stone garden statue, new), 1", "NP", 140, 1, 250, "USD",
         "new garden statues from Patan workshops are sharp-edged, unweathered and cut from fresh stone; this "
         "black-stone Vishnu has centuries of weathering, vermilion and butter-lamp soot in the recesses and a "
         "broken-off tenon: a Licchavi-period temple image from the Kathmandu valley, which Nepal forbids to export "
         "(UNESCO 1970), flown from Kathmandu for a Paris dealer; Nepali wording (Nepalese stone images repeat in "
         "several sets; the route to Paris as a garden statue is meant to be new)", firm("Galerie Himalaya SARL", "FR")),
        ("CUL-06", "import", "PLPOST01", "post", "UA", [], "PL", "711719",
         "Біжутерія з латуні, етнічний стиль, 5 шт.", "UA", 0.4, 5, 60, "EUR",
         "brass costume jewellery is light and bright; these five pieces are heavy, gold-coloured, with animal-style "
         "ornament, soil in the crevices and museum inventory numbers scratched off: Scythian gold plaques and "
         "earrings looted from occupied southern Ukraine, whose export Ukraine forbids (UNESCO 1970), posted from "
         "Odesa to a private person in Kraków; Ukrainian wording (Scythian gold from Ukraine repeats in a few sets, as scrap gold or replicas: the good and cover nearly repeat, the postal route to Kraków is meant to be new)", person("Osoba prywatna", "PL")),
        ("CUL-07", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "681599",
         "Decorative stone spheres, polished, 30 pcs", "CN", 300, 30, 450, "USD",
         "polished stone spheres are cut from solid stone; these thirty oval 'spheres' have a crackled shell "
         "texture, unpolished, with Gobi sandstone still in the cracks: dinosaur eggs, palaeontological objects that "
         "China forbids to export (UNESCO 1970 covers palaeontology), brought by the China-Europe rail service for "
         "a Hamburg fossil dealer; English wording (dinosaur eggs repeat in several sets; as stone spheres by rail "
         "is meant to be new)", firm("Urzeit Fossilien GmbH", "DE")),
        ("CUL-08", "export", "ITAIR01", "air", "IT", [], "JP", "691390",
         "Vaso in ceramica nera, riproduzione artigianale", "IT", 3, 1, 90, "EUR",
         "bucchero reproductions are made on a wheel in Tuscan workshops and sold with a card; this black vessel "
         "has an ancient fracture glued with old shellac, root marks and soil inside, and an Etruscan inscription "
         "scratched before firing: an Etruscan bucchero kantharos from a clandestine excavation, an archaeological "
         "object that needs an export licence of any value (Regulation 116/2009), flown from Rome to a Tokyo "
         "collector; Italian wording (Etruscan bucchero appears twice; exported to Tokyo as a reproduction is meant to be new)", {"importer_country": "JP"}),
        ("CUL-09", "import", "FRAIR01", "express", "ML", [], "FR", "420229",
         "حقائب جلدية تقليدية (Sacs en cuir artisanaux), 6", "ML", 5, 6, 60, "EUR",
         "handicraft leather bags are sold empty; these six old satchels are each packed with loose handwritten "
         "folios in Sudani script with marginal notes and family-library seals: Timbuktu manuscripts, which Mali "
         "forbids to export (UNESCO 1970), sent by express from Bamako to a private person in Paris, the contents "
         "left out of the declaration; Arabic and French wording (Timbuktu manuscripts repeat in a few sets, as used "
         "or old books; declared as the empty satchels is meant to be new)", person("M. A. Traoré", "FR")),
        ("CUL-10", "import", "ESAIR01", "air", "MX", [], "ES", "691390",
         "Artesanía mexicana: alfarería, textiles, réplicas de barro", "MX", 300, 200, 1800, "USD",
         "a handicraft consignment for a Madrid shop: glazed Talavera pottery and woven textiles are what they "
         "look like, but the third item's 'clay replicas' are burnished red dogs and seated figures with root "
         "marks, mineral crusts and old restorations: West Mexican shaft-tomb figures (Colima, c. 200 BC-AD 300), "
         "which Mexico forbids to export (UNESCO 1970), hidden as the last item of a three-item declaration; "
         "Mexican Spanish wording (pre-Columbian figures repeat in many sets, Colima dogs as handicraft from a US dealer once; hidden as one item of three, from Mexico to Madrid, is meant to be new)",
         dict(firm("Artesanías del Sol SL", "ES"),
              _more_items=[item("630492", "Woven cotton textiles, table runners, 150 pcs", "MX", 60, 900, "USD", qty=150),
                           item("691390", "Réplicas de barro, figuras de perro, 8 pzas", "MX", 24, 80, "USD", qty=8)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "AM", "911490",
         "Uhrenteile, Ersatzteilsortiment, 2,000 Stück", "DE", 4, 2000, 1800, "EUR",
         "watch spare parts come as assortments of springs, crowns and crystals; these 2,000 items are "
         "surface-mount crystal oscillators and TCXOs in reels: electronic components on the EU's common "
         "high-priority list, whose sale for use in Russia is banned (Regulation 833/2014), sent by express to a "
         "Yerevan firm with no watch trade that re-exports to Moscow; German wording (high-priority electronics via "
         "Armenia repeat in many sets; oscillators declared as watch parts are meant to be new)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "850440",
         "Inverter per pompe di irrigazione, 40 pz", "IT", 600, 40, 52000, "EUR",
         "irrigation-pump inverters run to 50-60 Hz and cost a few hundred euros; these forty units are multiphase "
         "frequency converters rated to 1,200 Hz with low harmonic distortion, at 1,300 EUR each: frequency "
         "changers of the kind controlled for gas centrifuges (dual-use 3A225) and banned for Iran, shipped "
         "through Jebel Ali to Bandar Abbas; Italian wording (frequency changers repeat in a few sets; an "
         "irrigation cover via Jebel Ali is meant to be new)", {"importer_country": "IR"}),
        ("STR-03", "export", "CZPOST01", "post", "CZ", [], "KG", "950300",
         "Díly na hračky – RC modely, 3 balíky", "CZ", 6, 120, 2400, "EUR",
         "RC-toy spare parts are cheap plastic gears and rotors; these three parcels hold 120 FPV flight controllers "
         "and 5.8 GHz video transmitters at 20 EUR each: drone electronics whose sale for use in Russia is banned "
         "(Regulation 833/2014, Annex VII and XXIII), posted to a private person in Bishkek who resells to Russian "
         "buyers; Czech wording (drone parts via Kyrgyzstan and flight controllers repeat in many sets; split postal parcels from Czechia as toy parts are meant to be new)", {"importer_country": "KG", "consignee_name": "Aibek Toktogulov"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "252329",
         "Portland cement CEM I 42.5, Kazakh origin, 60 t", "KZ", 60000, 1200, 4800, "USD",
         "Kazakh cement comes with a Kazakh certificate of origin and plant bags; these bags carry a Mordovian "
         "plant's stamp and Russian GOST marks under the overprinted labels: Russian cement, whose import into the "
         "EU is banned (Regulation 833/2014, Annex XXI), declared as Kazakh by rail through Russia and Belarus for a "
         "Białystok builders' merchant; English wording (false Kazakh origin repeats in many sets; cement is meant "
         "to be new)", firm("Budmat Podlasie Sp. z o.o.", "PL")),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "IR", "760820",
         "Aluminiumrohre für Fahnenmasten, 200 Stück", "AT", 900, 200, 36000, "EUR",
         "flagpole tubes are 6060/6063 alloy, tapered, at about 10 EUR/kg; these straight, untapered 7075-T6 tubes "
         "of 80 mm outer diameter at 40 EUR/kg have a 0.2 % proof stress above 460 MPa: high-strength aluminium "
         "alloy tubes of the kind controlled for centrifuge rotors (dual-use 1C202) and banned for Iran, flown from "
         "Vienna to Tehran for a 'signage firm'; Austrian German wording (7075 tubes repeat in a few sets, once as "
         "bicycle tubes; the flagpole cover is meant to be new)", {"importer_country": "IR"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "PK", "281219",
         "Cloruro de sulfurilo, intermedio para plaguicidas, 40 bidones", "ES", 8000, 40, 24000, "EUR",
         "sulphuryl chloride (SO2Cl2) is not a scheduled chemical and ships freely; the drums' own embossed labels "
         "under the stickers read 'SOCl2', the liquid boils at 76 °C, not 69 °C, and the buyer makes no "
         "pesticides: thionyl chloride (CWC Schedule 3, dual-use 1C350), which needs an export licence, for a "
         "Karachi trader; Spanish wording (thionyl chloride repeats in a few sets, as a battery electrolyte; "
         "declared as sulphuryl chloride is meant to be new)", {"importer_country": "PK"}),
        ("STR-07", "export", "IEAIR01", "express", "IE", [], "HK", "847330",
         "Development boards for hobbyists, 50 pcs", "IE", 8, 50, 90000, "EUR",
         "hobby development boards cost 20-100 EUR; these fifty boards at 1,800 EUR each carry radiation-tolerant "
         "FPGAs and high-speed ADCs: electronic items on the EU's common high-priority list, shipped by express to a "
         "Hong Kong shell firm that re-exports to Russia, whose sale for use in Russia is banned (Regulation "
         "833/2014); English wording (FPGAs via Hong Kong repeat in a few sets; the hobby-board cover from Ireland "
         "is meant to be new)", {"importer_country": "HK"}),
        ("STR-08", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "MN", "848180",
         "Zawory parowe, kołnierzowe, DN50, 120 szt.", "PL", 3600, 120, 96000, "EUR",
         "flanged steam valves are cast-iron or carbon-steel bodies at a few hundred euros; these 120 valves at 800 "
         "EUR each are bellows-sealed, with bodies and bellows of a nickel alloy (Hastelloy): valves of the kind "
         "controlled for chemical plants (dual-use 2B350.g), which need an export licence and whose transit through "
         "Russia is banned (Regulation 833/2014), sent by rail through Belarus and Russia to an Ulaanbaatar firm; "
         "Polish wording (corrosion-resistant valves repeat in some sets; as steam valves by rail through Russia to "
         "Mongolia is meant to be new)", {"importer_country": "MN"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "GE", "900190",
         "Brillenglazen, ongeslepen, 500 stuks", "NL", 40, 500, 60000, "EUR",
         "uncut spectacle lenses are cheap plastic blanks at a few euros; these 500 blanks at 120 EUR each are "
         "germanium infrared lens blanks for thermal-imaging cameras: goods whose sale for use in Russia is banned "
         "(Regulation 833/2014, Annex VII), flown to a Tbilisi firm that trucks them to Russia; Dutch wording "
         "(thermal-imaging parts and germanium optics repeat in many sets, via Tbilisi too; as spectacle lenses is meant to be new)",
         {"importer_country": "GE"}),
        ("STR-10", "export", "FIROAD01", "road", "FI", [], "KZ", "848210",
         "Kuorma-autojen pyöränlaakerit, 300 kpl", "FI", 600, 300, 30000, "EUR",
         "truck wheel bearings cost 20-60 EUR and carry truck makers' part numbers; these 300 bearings at 100 EUR "
         "each carry aerospace part numbers and come from aircraft landing-gear wheels and turbine engines: aircraft "
         "parts whose sale for use in Russia is banned (Regulation 833/2014, Annex XI), sent by road to an Almaty "
         "dealer for Russian airlines; Finnish wording (aircraft parts and landing-gear items via Kazakhstan repeat "
         "in many sets; as truck wheel bearings from Finland is meant to be new)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "AE", [], "BE", "440399",
         "Padauk logs (Pterocarpus soyauxii), African origin, 40 t", "AE", 40000, None, 28000, "USD",
         "African padauk is orange-red, coarse and light; these short, crooked logs are dense, sink in water, show "
         "wavy grain and give a blue fluorescence in a water extract: red sanders (Pterocarpus santalinus, CITES "
         "App. II), smuggled out of Andhra Pradesh and re-shipped from Jebel Ali without a CITES permit for an "
         "Antwerp timber trader; English wording (red sanders repeats in many sets and padauk names hid rosewood twice; red sanders as padauk re-shipped from Dubai is meant to be new)", firm("Scheldt Timber Trading NV", "BE")),
        ("WLF-02", "import", "NLPOST01", "post", "MX", [], "NL", "950300",
         "Arañas de juguete de plástico, 30 pzas", "MX", 0.6, 30, 30, "USD",
         "plastic toy spiders are light and loose in a bag; this parcel holds thirty tubes with air holes, each "
         "with a live spiderling with orange knees: Mexican red-knee tarantulas (Brachypelma spp., CITES App. II), "
         "wild-caught and posted from Guadalajara without CITES permits to a private person in Utrecht; Mexican "
         "Spanish wording (tarantulas repeat in a few sets; as toy spiders by post is meant to be new)",
         person("Particulier", "NL")),
        ("WLF-03", "import", "DEAIR01", "air", "UG", [], "DE", "960190",
         "Geschnitzte Rinderknochen, Kunsthandwerk, 60 Stück", "UG", 70, 60, 900, "USD",
         "cattle-bone carvings are porous, chalky white and light; these sixty carvings are dense, creamy, with a "
         "fine enamel band and the curved, ridged cross-section of a tooth: carved hippopotamus teeth (Hippopotamus "
         "amphibius, CITES App. II), flown from Entebbe without CITES permits for a Cologne ethnographic shop; "
         "German wording (hippo teeth from Uganda repeat in a few sets; as cattle-bone carvings by air is meant to be new)", firm("Afrika Kunst Köln GmbH", "DE")),
        ("WLF-04", "import", "FRAIR01", "express", "TH", [], "FR", "060210",
         "กิ่งปักชำโฮย่า (boutures de Hoya), 80", "TH", 12, 80, 400, "USD",
         "Hoya cuttings are unrooted vine cuttings a few centimetres long, not CITES-listed; these eighty plants are "
         "bare-root rosettes with old leaf scars, moss and insect damage and the pouched flowers of slipper "
         "orchids: wild-collected Paphiopedilum spp. (CITES App. I), sent by express from Chiang Mai without CITES "
         "permits to a private person in Nantes; Thai and French wording (slipper orchids repeat in several sets, "
         "once as tissue-culture hybrids; as Hoya cuttings is meant to be new)", person("M. P. Leroy", "FR")),
        ("WLF-05", "import", "ESSEA01", "sea", "PH", [], "ES", "030749",
         "Pusit na tuyo (calamar seco), 120 cajas", "PH", 2400, 120, 7200, "USD",
         "dried squid is flat, translucent and pinkish; these boxes hold hard, grey-black, sausage-shaped dried "
         "animals with teats along the sides, about 150 USD/kg in trade: dried teatfish sea cucumbers (Holothuria "
         "whitmaei / fuscogilva, CITES App. II), shipped from Manila without CITES permits for a Barcelona Asian "
         "wholesaler; Tagalog and Spanish wording (sea cucumbers repeat in several sets; as dried squid is meant to "
         "be new)", firm("Comercial Oriente BCN SL", "ES")),
        ("WLF-06", "import", "IEPOST01", "post", "US", [], "IE", "050510",
         "Fly-tying materials: dyed goose feathers, assorted", "US", 0.3, 40, 850, "USD",
         "dyed goose feathers cost a few dollars a pack; these forty long red, blue and yellow tail feathers are "
         "undyed, with natural colour to the quill, priced at 20 USD each: scarlet macaw feathers (Ara macao, "
         "CITES App. I) for classic salmon flies, posted from Oregon to a private person in Galway without CITES "
         "permits; English wording (macaw feathers appear once in headdresses; for fly tying, by post, is meant to be new)", person("Mr S. O'Brien", "IE")),
        ("WLF-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "081340",
         "中药材：枸杞子、菊花、牛蒡根 (herbal raw materials)", "CN", 3000, 300, 9000, "USD",
         "a herbal raw-materials consignment for a Warsaw TCM wholesaler: goji berries and chrysanthemum flowers are "
         "what they look like, but the third item's 'burdock root' slices are grey-brown, oily and smell strongly "
         "of violets and camphor: costus root ('mu xiang', Saussurea costus, CITES App. I) without a CITES permit, "
         "hidden as the last item of a three-item declaration; Chinese wording (costus repeats in a few sets; hidden "
         "as burdock root in a rail consignment is meant to be new)",
         dict(firm("Zhongyi Zdrowie Sp. z o.o.", "PL"),
              _more_items=[item("121190", "菊花 (dried chrysanthemum flowers), 100 cartons", "CN", 800, 2400, "USD", qty=100),
                           item("121190", "牛蒡根 (dried burdock root slices), 40 cartons", "CN", 400, 1200, "USD", qty=40)])),
        ("WLF-08", "transit", "NLAIR01", "air", "ZA", ["NL"], "AE", "060290",
         "Ornamentele palmplante, potte, 12", "ZA", 360, 12, 1200, "ZAR",
         "potted ornamental palms come in nursery pots with soil and a phytosanitary certificate; these twelve plants "
         "are bare stems with fresh saw cuts at the base and no roots, with stiff, spiny fronds: wild-dug cycads "
         "(Encephalartos spp., CITES App. I), flown from Johannesburg through Amsterdam in transit to a Dubai "
         "collector without CITES permits; Afrikaans wording (Encephalartos repeats in a few sets, as bulbs or trunks; as potted palms in transit to Dubai is meant to be new)", {"importer_country": "AE"}),
        ("WLF-09", "import", "ESROAD01", "road", "MA", [], "ES", "010619",
         "Chien de compagnie, 1, avec carnet de vaccination", "MA", 4, 1, 50, "EUR",
         "a pet dog in a car comes with a passport, microchip and rabies titre; the carrier holds a young monkey "
         "with no tail in a nappy, and the 'vaccination booklet' is for a dog: a Barbary macaque (Macaca "
         "sylvanus, CITES App. I), taken from the Middle Atlas and brought in a private car on the Tanger Med - "
         "Algeciras ferry without CITES documents; French and Moroccan Arabic wording (a Barbary macaque carried as a pet appears in two sets; declared as a pet dog with its papers is meant to be new)", person("Particulier", "ES")),
        ("WLF-10", "import", "NLAIR01", "express", "ID", [], "NL", "030119",
         "Ikan hias laut: kerapu tikus (Cromileptes altivelis), 20 ekor", "ID", 6, 20, 120, "USD",
         "juvenile panther groupers are sold to aquarists one to a bag, spotted and fish-shaped; these twenty bags "
         "hold upright, horse-headed fish that grip the bag's plastic weed with their tails: live seahorses "
         "(Hippocampus kuda, CITES App. II), sent by express from Jakarta without CITES permits to a private "
         "person in Eindhoven; Indonesian wording (seahorses repeat in several sets, mostly dried; live, as "
         "panther groupers, is meant to be new)", person("Particulier", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "US", "NL", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 gal, for a licensed private user", "US", 17, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "NL-LIC-38-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "TR", "DE", "282911",
     "Sodium chlorate 99 %, 5 x 5 kg, for a licensed private user (pyrotechnics hobby licence)", "TR", 25, 5, 110, "EUR",
     [("PRECURSOR_LICENCE", "DE-BAM-38-0207")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "PL", "DE", "690290",
     "Used chromium-magnesite refractory linings (16 11 03*), for recovery at a licensed plant, 40 t", "PL", 40000,
     None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-38-0044")], "notified spent refractories to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "870895",
     "End-of-life airbag modules (16 01 10*), for deactivation and recycling at a licensed plant, 5 t", "GB", 5000,
     3500, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-38-0128")], "notified pyrotechnic waste to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290372",
     "HCFC-123, recovered from chillers, 8 drums, for destruction at a licensed plant", "US", 2400, 8, 0, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-38-002")], "recovered HCFC imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "IN", "FR", "290361",
     "Methyl bromide, analytical standard, 10 x 100 g, for a licensed laboratory use", "IN", 1, 10, 300, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-38-011")], "methyl bromide for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "DEROAD01", "road", "DE", "CH", "970121",
     "Oil painting, Romantic landscape, c. 1825, from a family collection", "DE", 18, 1, 380000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-KGS-EXP-38-0019")], "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Etruscan bucchero kantharos, 6th century BC, from a collection documented since 1920", "IT", 3, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-EXP-38-0066")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "KR", "281217",
     "Thionyl chloride, 40 drums, for a Korean lithium-cell maker", "ES", 8000, 40, 26000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCI-38-0214"), ("END_USER_CERTIFICATE", "KR-EUC-38-0052")],
     "CWC Schedule 3 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "CH", "760820",
     "7075-T6 aluminium alloy tubes, 80 mm OD, 60, for a Swiss aerospace supplier", "AT", 270, 60, 11000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-38-0311"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-38-0017")],
     "dual-use aluminium tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "express", "TH", "FR", "060290",
     "Paphiopedilum hybrids, artificially propagated, in flasks, 20 flasks", "TH", 6, 20, 500, "USD",
     [("CITES_PERMIT", "TH-DOA-38-0412"), ("PHYTOSANITARY_CERTIFICATE", "TH-PHYTO-38-11733")],
     "App. I orchids, artificially propagated, with their export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "IN", "BE", "440399",
     "Red sanders logs (Pterocarpus santalinus), from state auction of legal stock, 10 t", "IN", 10000, None, 60000, "USD",
     [("CITES_PERMIT", "IN-WCCB-38-0027")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Dhr. K. de Vries", "PRM-02": "Herr T. Wagner", "PRM-04": "Airbag Recycling Vlaanderen NV",
    "PRM-05": "Koude Destructie Moerdijk BV", "PRM-07": "Kunsthandel am Rhein AG", "PRM-09": "Hanbit Cell Co., Ltd.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340590", "Hoof-care oil and balm for horses, 500 ml", "import", ["express"], ["US", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 2, S),
    ("381400", "Resin wash liquid for 3D printers, glycol ether, 1 l", "import", ["post"], ["GB", "DE"], (8, 15), (1, 3), ["GBP", "EUR"], 1, S),
    ("900659", "Vintage film cameras, used, working", "import", ["post"], ["UA", "JP"], (40, 120), (1, 3), ["EUR", "JPY"], 1, S),
    ("380991", "Textile printing binders and thickeners, drums", "import", ["road"], ["TR"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("282739", "Ferric chloride etchant, 40 %, 1 l bottles", "import", ["road"], ["CH", "DE"], (1, 2), (1000, 3000), ["CHF", "EUR"], 0.7, S),
    ("283319", "Sodium bisulphate pH-minus granules for pools, 5 kg tubs", "import", ["road"], ["DE", "NO"], (0.8, 1.5), (8000, 16000), ["EUR"], 0.2, S),
    ("310240", "Calcium ammonium nitrate 27 % N fertiliser, big bags", "import", ["sea"], ["NO", "LT"], (0.3, 0.5), (20000, 26000), ["EUR"], None, S),
    ("950790", "Live-bait buckets with aerator, anglers", "import", ["post"], ["BR", "US"], (15, 30), (1, 3), ["USD"], 0.5, S),
    ("382499", "Silica-gel desiccant sachets for camera cabinets", "import", ["express"], ["JP"], (20, 40), (1, 3), ["JPY"], 20, S),
    ("293369", "Chlorine tablets for pools (TCCA 90), 5 kg buckets", "import", ["sea"], ["CN"], (1.5, 2.5), (10000, 20000), ["USD"], 0.2, S),
    ("850760", "New e-bike battery packs, 36 V, with test reports", "export", ["sea"], ["NG", "GH"], (80, 140), (2000, 6000), ["EUR"], 0.3, S),
    ("720449", "Sorted shredded steel scrap (E40), clean", "export", ["road"], ["RS", "BA"], (0.3, 0.4), (20000, 24000), ["EUR"], None, S),
    ("321290", "Pigment pastes for paint making, sealed pails", "export", ["sea"], ["TN", "MA"], (4, 8), (6000, 14000), ["EUR"], 0.05, S),
    ("870895", "New airbag modules, OEM boxed", "export", ["sea"], ["NG", "GH"], (40, 80), (1000, 4000), ["EUR"], 0.5, S),
    ("851713", "Refurbished smartphones, graded, with IMEI list", "export", ["express"], ["GH"], (300, 600), (1, 4), ["EUR"], 5, S),
    ("690210", "Magnesia-carbon refractory bricks, new", "export", ["rail"], ["UA"], (0.8, 1.4), (40000, 60000), ["EUR"], None, S),
    ("250100", "Industrial vacuum salt, 25 kg bags", "export", ["sea"], ["BJ", "SN"], (0.08, 0.15), (12000, 24000), ["EUR"], None, S),
    ("282540", "Nickel hydroxide, battery grade, assayed", "export", ["road"], ["BA", "RS"], (10, 16), (2000, 6000), ["EUR"], None, S),
    ("380210", "Activated carbon, new, coconut shell, 25 kg bags", "export", ["sea"], ["ID", "VN"], (1.2, 2), (10000, 18000), ["EUR"], 0.04, S),
    ("630900", "Worn clothing, sorted, bales", "export", ["sea"], ["GH", "KE"], (0.4, 0.8), (15000, 24000), ["EUR"], None, S),
    ("382499", "Vapour-phase soldering fluid (PFPE), 5 kg bottles", "import", ["express"], ["US", "IT"], (80, 150), (1, 4), ["USD", "EUR"], 0.2, S),
    ("340290", "Air duster cans, HFO-1234ze, 400 ml", "import", ["post"], ["CN", "DE"], (8, 15), (1, 3), ["USD", "EUR"], 3, S),
    ("842410", "Motorsport fire systems, AFFF, FIA homologated", "import", ["road"], ["GB", "RS"], (30, 50), (300, 1200), ["GBP", "EUR"], 0.2, S),
    ("291531", "Ethyl acetate, reagent grade, 2.5 l", "import", ["air"], ["IN", "CN"], (15, 30), (100, 400), ["USD"], 2, S),
    ("392111", "XPS insulation boards, CO2-blown, with data sheet", "import", ["sea"], ["CN", "TR"], (1.8, 2.8), (12000, 20000), ["USD", "EUR"], None, S),
    ("381400", "Watch-cleaning solution, water-based, 1 l", "import", ["express"], ["JP", "CH"], (20, 40), (1, 4), ["JPY", "CHF"], 1, S),
    ("290313", "Chloroform, technical grade, drums", "import", ["sea"], ["CN"], (0.9, 1.2), (10000, 20000), ["USD"], None, S),
    ("841480", "A/C recovery and recharge machines, new", "import", ["sea"], ["CN", "IT"], (12, 20), (1000, 3000), ["USD", "EUR"], 0.02, S),
    ("590190", "Primed artists' canvas, rolls", "import", ["air"], ["PE", "MX"], (8, 15), (200, 800), ["USD"], 0.1, S),
    ("482010", "Handmade leather notebooks, new", "import", ["post"], ["ET"], (20, 40), (1, 3), ["USD"], 4, S),
    ("691200", "Porcelain tableware, blue-and-white, new", "import", ["sea"], ["ID", "CN"], (2, 4), (4000, 10000), ["USD"], 2, S),
    ("680291", "Marble and granite garden statues, new, Patan workshops", "import", ["sea"], ["NP", "IN"], (1, 2), (6000, 14000), ["USD"], 0.01, S),
    ("711719", "Brass costume jewellery, Scythian-style replicas", "import", ["post"], ["UA"], (60, 120), (1, 2), ["EUR"], 20, S),
    ("681599", "Polished onyx spheres, decorative", "import", ["sea"], ["CN", "MX"], (2, 4), (2000, 6000), ["USD"], 0.5, S),
    ("691390", "Bucchero-style ceramic reproductions, museum shop", "export", ["air"], ["JP", "US"], (20, 40), (100, 400), ["EUR"], 1, S),
    ("420229", "Handmade leather bags, new", "import", ["post"], ["LB", "EG"], (10, 20), (1, 3), ["USD"], 2, S),
    ("440729", "Padauk sawn timber (Pterocarpus soyauxii), kiln-dried", "import", ["sea"], ["CM", "GA"], (0.8, 1.4), (20000, 30000), ["EUR"], None, S),
    ("960190", "Carved cattle-bone and horn jewellery boxes", "import", ["air"], ["KE", "IN"], (10, 20), (100, 400), ["USD"], 1, S),
    ("071239", "Dried shiitake mushrooms, cartons", "import", ["sea"], ["CN", "TH"], (6, 10), (4000, 10000), ["USD"], None, S),
    ("820570", "Fly-tying vices and tools, boxed", "import", ["post"], ["US", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 2, S),
]
# Everyday trade: the same everyday rows as make_blind68_set.py, that is blind64's everyday rows (make_blind_set.EVERYDAY_2032 without the goods that travel with
# health or plant-health certificates, with wooden toys for electric scooters, EVERYDAY_2032_ADDED, blind52's
# five rows and three of blind58's), with blind68's four rows instead of blind64's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + base.EVERYDAY_BLIND68_ADDED
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind71", 20380101, HERE)


if __name__ == "__main__":
    main()
