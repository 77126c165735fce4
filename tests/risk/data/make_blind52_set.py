#!/usr/bin/env python3
"""Writes the fifty-second blind set (tests/risk/data/blind52-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 29 December 2034, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL52-*:

    python3 tests/risk/data/make_blind52_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 11, 1)
base.DAYS = 59  # 1 November to 29 December 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIAIR01", "express", "US", [], "SI", "290545",
         "Rastlinski glicerin USP, za izdelavo mila, 4 x 5 l", "US", 24, 4, 120, "USD",
         "20 litres of glycerol weigh 25 kg and pour like syrup; these vented cans slosh like water, weigh "
         "24 kg (1.2 kg/l) and carry UN 2014 under the label: about 50 % hydrogen peroxide (Annex I above "
         "12 %), for a private person who says he makes soap; Slovenian wording (hydrogen peroxide repeats; "
         "the vegetable-glycerine cover is new, a glycerine line sat beside acids in one earlier soap kit)",
         person("Zasebnik", "SI")),
        ("PRE-02", "import", "NLAIR01", "express", "GB", [], "NL", "381190",
         "Injectorreiniger, brandstofadditief voor benzinemotoren, 12 x 1 l", "GB", 13.6, 12, 90, "GBP",
         "injector cleaners are petroleum distillates at about 0.8 kg/l; twelve litres weighing 13.6 kg are "
         "1.13 kg/l, the density of nitromethane, and the safety sheet under the label gives CAS 75-52-5 at "
         "95 % (Annex I above 16 %), for a private person; Dutch wording (nitromethane repeats; the "
         "fuel-injector-cleaner cover is new)", person("Particulier", "NL")),
        ("PRE-03", "import", "CZPOST01", "post", "CN", [], "CZ", "252620",
         "Kosmetický mastek, jemný prášek, 10 kg", "CN", 10, 1, 35, "USD",
         "cosmetic talc is slippery, insoluble and costs 1-2 USD/kg; this fine white powder is not slippery, "
         "dissolves in water, and the inner bag gives CAS 7778-74-7 and the oxidiser pictogram: potassium "
         "perchlorate (Annex I above 40 %), posted to a private person although oxidisers may not go by post; "
         "Czech wording (potassium perchlorate repeats; the talc cover is new)", person("Soukromá osoba", "CZ")),
        ("PRE-04", "import", "SEAIR01", "express", "US", [], "SE", "370790",
         "Stoppbad för filmframkallning, koncentrat, 6 x 1 l", "US", 11, 6, 95, "USD",
         "stop-bath concentrate is about 28 % acetic acid at 1.04 kg/l and smells of vinegar; six odourless "
         "litres weighing 11 kg are 1.84 kg/l, the density of concentrated sulphuric acid (Annex I above 15 %), "
         "with a corrosive label under the sticker, for a private person; Swedish wording (sulphuric acid "
         "repeats; the photographic stop-bath cover is new)", person("Privatperson", "SE")),
        ("PRE-05", "import", "LVPOST01", "post", "CN", [], "LV", "281122",
         "Silikagela kaķu pakaišu kristāli, 4 x 3,8 kg", "CN", 15.2, 4, 40, "USD",
         "silica cat litter is translucent irregular beads that crackle when wet; these are uniform white "
         "prills that dissolve and turn the water ice-cold, and one inner label reads '34,4 % N': ammonium "
         "nitrate (Annex I at 16 % N or more), posted to a private person; Latvian wording (ammonium nitrate "
         "repeats many sets; the cat-litter cover is new)", person("Privātpersona", "LV")),
        ("PRE-06", "import", "MTAIR01", "express", "GB", [], "MT", "290549",
         "Erythritol, sostitut taz-zokkor, 5 x 1 kg", "GB", 5, 5, 45, "GBP",
         "erythritol is a sweet, cooling crystal; these crystals taste salty and bitter, flare on a hot plate, "
         "and the inner bags give CAS 3811-04-9: potassium chlorate (Annex I above 40 %), for a private person; "
         "Maltese wording (potassium chlorate repeats; the sweetener cover is new)", person("Persuna privata", "MT")),
        ("PRE-07", "import", "SEROAD01", "road", "NO", [], "SE", "340290",
         "Peisglassrens, 6 x 1 l", "NO", 6.5, 6, 420, "NOK",
         "a chimney-and-stove order for a private person whose third line, 'soot remover powder', is not the "
         "usual coloured copper-salt mix sold in 250 g sachets but 10 kg of white crystals whose bags print "
         "CAS 7775-09-9: sodium chlorate (Annex I above 40 %), hidden between glass cleaner and sweeping logs, "
         "driven over the border from Norway; Norwegian wording (sodium chlorate repeats; the chimney-care "
         "multi-item order is new)",
         {"consignee_name": "Privatperson", "importer_country": "SE",
          "_more_items": [item("360690", "Feiekubbe for skorstein, 6 stk", "NO", 9, 540, "NOK", qty=6),
                          item("382499", "Sotfjerner-pulver, 5 x 2 kg", "NO", 10, 450, "NOK", qty=5)]}),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Soluție pentru îndepărtarea voalului de chit de rost, 10 x 5 l", "MD", 69.5, 10, 60, "EUR",
         "grout-haze removers are 10 % sulphamic or phosphoric acid at about 1.05 kg/l; 50 litres weighing "
         "69.5 kg (1.39 kg/l) that give off brown fumes when opened are about 65 % nitric acid (Annex I above "
         "3 %), brought by car from Moldova for a private person; Romanian wording (nitric acid repeats; the "
         "grout-haze cover is new)", person("Persoană fizică", "RO")),
        ("PRE-09", "export", "NLSEA01", "sea", "NL", ["DJ"], "SO", "382499",
         "Oil-based drilling fluid emulsifier, 20 IBC x 1,000 l", "NL", 27000, 20, 21000, "EUR",
         "drilling-fluid emulsifiers are amber oily surfactants at about 0.9 kg/l; these IBCs hold a stiff "
         "white water-in-oil emulsion at 1.35 kg/l, 75 % ammonium nitrate: bulk ammonium nitrate emulsion "
         "(UN 3375, the matrix of blasting explosives), without an explosives export licence, for a Bosaso "
         "'oilfield services' firm with no rig, to Somalia under the UN arms embargo through Djibouti; English "
         "wording (emulsion matrix repeats as a cosmetic base in two rows, and "
         "precursor exports from the Netherlands to Somalia appear twice; the drilling-mud cover through Djibouti is new)", {"importer_name": "Bari Oilfield Services", "importer_country": "SO"}),
        ("PRE-10", "import", "LUAIR01", "express", "US", [], "LU", "285390",
         "Destilléiert Waasser fir CPAP-Apparater, 6 x 4 l", "US", 28.8, 6, 90, "USD",
         "24 litres of distilled water weigh 24 kg; these six vented jugs weigh 28.8 kg (1.2 kg/l), the density "
         "of about 50 % hydrogen peroxide (Annex I above 12 %), and carry UN 2014 under the label, for a private "
         "person; Luxembourgish wording (hydrogen peroxide repeats, and distilled-water covers (ironing and "
         "battery water) appear in earlier sets; the CPAP cover is new)", person("Privatpersoun", "LU")),
    ],
    "waste": [
        ("WST-01", "export", "HRROAD01", "road", "HR", [], "BA", "250590",
         "Pijesak za gradnju, opran, rasuto, 24 t", "HR", 24000, None, 480, "EUR",
         "washed building sand is pale and dry; this grey, wet load smelling of diesel is the settled sludge "
         "of car-wash and fuel-station oil separators (13 05 02*, 13 05 08*), hazardous waste whose export to "
         "a non-OECD country is banned, sold as sand at 20 EUR/t; Croatian wording (oil-separator sludge is new "
         "to these sets as far as a search found; sand covered used foundry sand twice)", {"importer_country": "BA"}),
        ("WST-02", "export", "ROSEA01", "sea", "RO", [], "GE", "680610",
         "Vată minerală de sticlă, role, second-hand, pentru reutilizare, 6 t", "RO", 6000, None, 600, "EUR",
         "insulation is not reused once pulled out of roofs: these torn, dusty yellow rolls come from the "
         "demolition of 1980s blocks and are old glass wool of the hazardous fibre kind (17 06 03*), hazardous "
         "waste whose export to a non-OECD country is banned; Romanian wording (mineral wool is new to these "
         "sets)", {"importer_country": "GE"}),
        ("WST-03", "export", "DKSEA01", "sea", "DK", [], "GH", "360490",
         "Nødblus og raketter, overskudslager, til videresalg, 8.000 stk.", "DK", 4000, 8000, 2000, "EUR",
         "distress flares expire after three or four years and ships must replace them; these hold flares and "
         "parachute rockets 5-15 years past their dates, collected from ship chandlers for disposal: waste "
         "explosives (16 04 03*), hazardous waste whose export to a non-OECD country is banned, sent as surplus "
         "stock for resale; Danish wording (waste pyrotechnics are new to these sets as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-04", "export", "PLRAIL01", "rail", "PL", [], "UA", "251710",
         "Tłuczeń kamienny 31,5-63 mm, do podbudowy dróg, 1 200 t", "PL", 1200000, None, 6000, "EUR",
         "crushed stone is clean and grey; this black, oily ballast dug out in a track renewal carries creosote "
         "drippings and decades of herbicide (17 05 07*, track ballast with hazardous substances): hazardous "
         "waste to a non-OECD country, as road aggregate at 5 EUR/t; Polish wording (track ballast is new to "
         "these sets; rail loads to Ukraine repeat as a route)", {"importer_country": "UA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "CI", "321000",
         "Bombes de peinture acrylique, fin de série, pour revente, 60 palettes", "BE", 18000, 60, 3600, "EUR",
         "end-of-series spray paint sells at 2-3 EUR a can; at 0.20 EUR/kg these are cans withdrawn by "
         "retailers as leaking, dented or rejected, sent to Abidjan for dumping: waste aerosols with hazardous "
         "substances (16 05 04*), hazardous waste whose export to a non-OECD country is banned; French wording "
         "(aerosol cans repeat as aluminium scrap in blind19 and a development row; the end-of-series resale "
         "cover and the route to Côte d'Ivoire are new)", {"importer_country": "CI"}),
        ("WST-06", "import", "IEROAD01", "road", "GB", [], "IE", "380290",
         "Spent bleaching clay, for reuse as absorbent, 20 x 1 t bags", "GB", 20000, 20, 400, "GBP",
         "the bags come from a yard in Northern Ireland where marked gas oil was laundered: acid-tar and "
         "bleaching-clay sludge that still holds the green marker dye, sulphuric acid and oil (hazardous, "
         "05 01 15* and 05 01 07*), brought over the border without notification or consent; English wording "
         "(fuel-laundering sludge is new to these sets; spent bleaching earth from an oil refinery appears once)",
         {"importer_name": "Border Absorbents Ltd", "consignee_name": "Border Absorbents Ltd", "importer_country": "IE"}),
        ("WST-07", "transit", "ATROAD01", "road", "CH", ["AT", "HU"], "RS", "847290",
         "Gebrauchte Geldautomaten, zur Wiederverwendung, 40 Stück", "CH", 24000, 40, 8000, "CHF",
         "ATMs withdrawn in a Swiss bank's branch closures, untested, with dye-staining cassettes, printers and "
         "back-up batteries, bought by a Serbian scrapyard: e-waste (Y49, prior informed consent needed since "
         "2025), carried under transit through Austria and Hungary without notification; Swiss German wording "
         "(cash machines are new to these sets)", {"importer_country": "RS"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "NG", "851629",
         "Used oil-filled electric radiators, working, 800 pcs", "IE", 9600, 800, 1600, "EUR",
         "'working' radiators at 2 EUR each, collected at civic amenity sites, untested, some leaking and some "
         "old enough to hold PCB capacitors: discarded electrical equipment with oil (Y49, 16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned; Irish English wording (oil-filled "
         "radiators are new to these sets)", {"importer_country": "NG"}),
        ("WST-09", "export", "ITAIR01", "air", "IT", [], "NG", "902519",
         "Termometri clinici, rimanenze di magazzino anni '90, donazione, 5.000 pz", "IT", 150, 5000, 250, "EUR",
         "glass clinical thermometers with mercury, withdrawn from pharmacy stock for disposal and sent to Lagos "
         "as a donation: mercury-added products may not be exported (Regulation 2017/852) and the stock is "
         "mercury waste (16 05 06*); Italian wording (mercury instruments as a donation repeat blind11's "
         "sphygmomanometers, and mercury thermometer fluid appears in one development row; clinical thermometers by air are new)", {"importer_country": "NG"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "950691",
         "Equipamento de ginásio usado, passadeiras e bicicletas, 40 peças", "PT", 6000, 40, 4000, "EUR",
         "a used-gym container for Praia whose third line, 'used tanning tubes', is 600 ultraviolet tubes from "
         "closed tanning studios: mercury-containing fluorescent lamps (20 01 21*), hazardous waste whose export "
         "to a non-OECD country is banned; Portuguese wording (fluorescent lamps repeat, and waste from Portugal to "
         "Cabo Verde appears twice; solarium tubes among gym equipment are new)",
         {"importer_country": "CV",
          "_more_items": [item("950691", "Máquinas de musculação usadas, 20 peças", "PT", 4000, 2000, "EUR", qty=20),
                          item("853931", "Lâmpadas de solário usadas, 600 peças", "PT", 300, 60, "EUR", qty=600)]}),
    ],
    "ozone": [
        ("OZN-01", "import", "CYSEA01", "sea", "IN", [], "CY", "380891",
         "Υποκαπνιστικό φωσφίνης 2 % σε CO2, φιάλες 30 kg, 60 τεμ.", "IN", 1800, 60, 9000, "USD",
         "phosphine-in-CO2 fumigant comes in high-pressure cylinders; these are low-pressure cylinders whose "
         "stamped contents and a gas test give methyl bromide: an ODS that may not be placed on the EU market, "
         "not even for quarantine use; Greek wording (methyl bromide repeats many sets, under a sulfuryl-fluoride "
         "and an ethyl-formate cover among others; the phosphine cover and the import into Cyprus are new)",
         {"importer_country": "CY"}),
        ("OZN-02", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY"], "HU", "842139",
         "Hűtveszárítók sűrített levegőhöz, R-513A hűtőközeggel, 80 db", "CN", 9600, 80, 96000, "USD",
         "the nameplates under the R-513A stickers give 1.1 kg of R-404A (GWP 3,922) and the service ports carry "
         "R-404A caps: stationary refrigeration equipment relying on HFCs with a GWP of 2,500 or more may not be "
         "placed on the market (Regulation 2024/573); Hungarian wording (R-404A equipment repeats; refrigerated "
         "compressed-air dryers and the R-513A cover are new)", {"importer_country": "HU"}),
        ("OZN-03", "import", "EEAIR01", "air", "IN", [], "EE", "290312",
         "Dichloromethane HPLC grade, 20 x 2.5 l", "IN", 66, 20, 600, "USD",
         "a laboratory order whose second line, 'chloroform-d 99.8 atom % D', costs a tenth of the going price, "
         "weighs 1.59 kg/l rather than 1.50 and shows no deuterium in the spectrum: carbon tetrachloride, an ODS "
         "that may be imported only under a licence for essential laboratory or feedstock uses, which the buyer "
         "lacks; Indian English wording (carbon tetrachloride repeats, and an NMR-solvent cover "
         "hid heavy water three times; chloroform-d as a line of a laboratory order is new)",
         {"importer_name": "Baltic Lab Supplies OÜ", "consignee_name": "Baltic Lab Supplies OÜ", "importer_country": "EE",
          "_more_items": [item("284590", "Chloroform-d 99.8 atom % D, 40 x 100 ml", "IN", 6.4, 320, "USD", qty=40),
                          item("291411", "Acetone 99.8 %, 10 x 2.5 l", "IN", 19.7, 80, "USD", qty=10)]}),
        ("OZN-04", "import", "PTSEA01", "sea", "CN", [], "PT", "392113",
         "Blocos de espuma de poliuretano para pranchas de surf, 600 un.", "CN", 3000, 600, 18000, "USD",
         "the supplier's data sheet and a headspace test give HCFC-141b as the blowing agent of the foam: "
         "products containing HCFCs may not be imported or placed on the market (Regulation 2024/590); "
         "Portuguese wording (HCFC-141b foam products repeat; surfboard blanks are new)", {"importer_country": "PT"}),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "841869",
         "Шокови охладители за ресторанти, хладилен агент R-290, 30 бр.", "TR", 4500, 30, 54000, "EUR",
         "R-290 blast chillers hold a few hundred grams of propane behind a flammable-gas label; the nameplates "
         "behind the panels give 2.4 kg of R-404A: self-contained commercial refrigeration with HFCs of GWP 150 "
         "or more may not be placed on the market; Bulgarian wording (R-404A plug-in equipment declared R-290 "
         "repeats, as ice-cream freezers in blind46; blast chillers are new)", {"importer_country": "BG"}),
        ("OZN-06", "import", "ESSEA01", "sea", "VN", [], "ES", "640411",
         "Zapatillas de running con cámara de gas en la suela, 6.000 pares", "VN", 5400, 6000, 72000, "USD",
         "a laboratory test on pierced soles gives sulphur hexafluoride in the air cushions: footwear containing "
         "fluorinated greenhouse gases may not be placed on the market (Regulation 2024/573, Annex IV); Spanish "
         "wording (a development row named hexafluoroethane as a sole filler gas; SF6 in finished running shoes "
         "is new)", {"importer_country": "ES"}),
        ("OZN-07", "export", "IESEA01", "sea", "IE", [], "AE", "381300",
         "FM-200 fire suppression cylinders, decommissioned data centre, for re-use, 24 pcs", "IE", 2400, 24, 12000, "EUR",
         "FM-200 is HFC-227ea; these older cylinders' stamps and a gas test give halon 1301 from a 1990s "
         "computer-room system: halons may be exported only for a licensed critical use (Regulation 2024/590), "
         "and a Dubai trader is no critical user; English wording (halon 1301 repeats, and an FM-200 cover hid "
         "HFC-227ea once; halon under it, exported from Ireland, is new)", {"importer_country": "AE"}),
        ("OZN-08", "import", "ITSEA01", "sea", "CN", [], "IT", "841590",
         "Linee frigorifere precaricate per climatizzatori split, R-32, 1.500 kit", "CN", 12000, 1500, 30000, "USD",
         "each pre-charged line set holds 1 kg of gas that the kit label calls R-32, but the 1/4-inch flare "
         "valves and a gas test give HCFC-22: equipment and products containing HCFCs may not be placed on the "
         "market; Italian wording (pre-charged line sets appear once, with R-410A, and an R-32 label hid HCFC-22 "
         "once; line sets with HCFC-22 are new)", {"importer_country": "IT"}),
        ("OZN-09", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "290345",
         "Rashladni gas R-134a, povratne boce 12 kg, 400 kom", "IN", 4800, 400, 14000, "USD",
         "R-134a cylinders take a 1/2-inch ACME fitting; these have 1/4-inch SAE valves and a gas test gives "
         "HCFC-22: entry into the EU, transit included, counts as import for ozone-depleting substances, which "
         "is banned; Serbian wording (HCFC-22 repeats many sets and a valve thread gave away camping gas once; "
         "transit through Koper to Serbia is new)", {"importer_country": "RS"}),
        ("OZN-10", "import", "ATPOST01", "post", "US", [], "AT", "381400",
         "Schallplatten-Reinigungsflüssigkeit, Altbestand, 12 x 250 ml", "US", 4.7, 12, 90, "USD",
         "record-cleaning fluids today are water and alcohol; this old-stock fluid is 'Freon TF', "
         "1,1,2-trichlorotrifluoroethane (CFC-113), whose import and placing on the market are banned, posted to "
         "a private collector; Austrian German wording (CFC-113 repeats; the vinyl-record cleaner cover is new)",
         person("Privatperson", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "express", "PK", [], "BE", "691390",
         "مٹی کے کھلونے، دستکاری، 12 عدد", "PK", 4, 12, 60, "USD",
         "hand-modelled terracotta women with goggle eyes, heavy necklaces and fan headdresses, soil in the "
         "crevices, are Mehrgarh and Harappan-period figurines (4th-3rd millennium BC) dug in Balochistan: "
         "Pakistan forbids their export, and archaeological objects over 250 years need an EU import licence "
         "(Regulation 2019/880); Urdu wording (Gandharan pieces from Pakistan repeat; Indus-period figurines "
         "are new)", person("Jan Peeters", "BE")),
        ("CUL-02", "import", "DEPOST01", "post", "GB", [], "DE", "711719",
         "Costume pendant, gilt, red glass stones, 1 pc", "GB", 0.05, 1, 30, "GBP",
         "a gold pendant with cloisonné garnets and filigree, soil still in the cells, is a 7th-century "
         "Anglo-Saxon find from a detectorist's field: potential Treasure under the UK Treasure Act, it needs a "
         "UK export licence and, as an archaeological object over 250 years, an EU import licence; English "
         "wording (Anglo-Saxon finds are new to these sets)", person("Lena Wagner", "DE")),
        ("CUL-03", "import", "FRAIR01", "air", "IN", [], "FR", "680299",
         "नक्काशीदार बलुआ पत्थर का टुकड़ा, पुरानी हवेली से, सजावटी, 1 नग", "IN", 45, 1, 300, "USD",
         "a red sandstone head of a deity with cream mottling (Mathura stone), old breaks and a weathered back "
         "is a Gupta-period sculpture fragment (4th-6th century): India forbids the export of antiquities over "
         "100 years, and it needs an EU import licence; Hindi wording (haveli-salvage covers repeat for carved "
         "wooden panels and pillars; Gupta sandstone sculpture is new)", {"importer_country": "FR"}),
        ("CUL-04", "import", "DEAIR01", "express", "ID", [], "DE", "711719",
         "Perhiasan imitasi berlapis emas, 8 buah", "ID", 0.12, 8, 80, "USD",
         "solid gold rings, ear pendants and a small repoussé plaque with river-worn edges are Srivijaya-period "
         "finds (7th-13th century) brought up by night divers in the Musi river at Palembang: Indonesian cultural "
         "property that may not leave the country, needing an EU import licence; Indonesian wording "
         "(costume-jewellery covers repeat; Srivijaya gold is new)", person("Anna Schmidt", "DE")),
        ("CUL-05", "export", "HUAIR01", "air", "HU", [], "CH", "830629",
         "Bronz övveretek, avar stílusú reprodukciók, 14 db", "HU", 0.6, 14, 120, "EUR",
         "cast gilt-bronze belt mounts with griffins and tendrils, green corrosion and soil behind the rivets, "
         "are an Avar-period belt set (7th-8th century) from an unreported detector find on the Great Plain, "
         "for a Swiss auction house: archaeological finds are state property in Hungary and need an export "
         "licence at any value (Regulation 116/2009); Hungarian wording (Avar finds are new to these sets)",
         {"importer_country": "CH"}),
        ("CUL-06", "transit", "ESAIR01", "air", "CR", ["ES"], "CH", "680293",
         "Esfera decorativa de granito para jardín, 60 cm, 1 ud.", "CR", 300, 1, 400, "USD",
         "a hand-pecked gabbro sphere with a weathered skin and lichen is a Diquís stone sphere (AD 300-1500) "
         "from the Térraba delta, part of a Costa Rican World Heritage property whose export is forbidden, "
         "routed in transit through Madrid to a Swiss collector; Costa Rican Spanish wording (stone spheres are "
         "new; a metate from Costa Rica appears once)", {"importer_country": "CH"}),
        ("CUL-07", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "392640",
         "树脂花园佛像，新品，120 件", "CN", 2400, 120, 3600, "USD",
         "a rail container of garden decoration whose third line, 'old sutra prints, decorative', is three "
         "folding books of woodblock-printed Buddhist sutras in Tangut script (Western Xia, 11th-13th century): "
         "China forbids the export of such relics, and books of that age count as cultural goods under the EU "
         "rules; Chinese wording (Tangut prints and the garden-resin rail container are new)",
         {"importer_name": "Lotus Garten Import GmbH", "consignee_name": "Lotus Garten Import GmbH", "importer_country": "DE",
          "_more_items": [item("691390", "陶瓷花园凳，新品，60 件", "CN", 1800, 1500, "USD", qty=60),
                          item("490199", "旧佛经印本，装饰用，3 册", "CN", 4, 30, "USD", qty=3)]}),
        ("CUL-08", "import", "ITSEA01", "sea", "LK", [], "IT", "680293",
         "Granite doorstep, reclaimed, carved, semicircular, 1 pc", "LK", 900, 1, 250, "USD",
         "a semicircular granite slab carved with bands of elephants, horses, lions and bulls around a lotus is "
         "a sandakada pahana (moonstone) from an Anuradhapura-period monastery (4th-10th century): Sri Lanka "
         "forbids the export of antiquities, and as part of a monument it needs an EU import licence; Sri Lankan "
         "English wording (new; palm-leaf manuscripts from Sri Lanka appear in one development row)",
         {"importer_country": "IT"}),
        ("CUL-09", "import", "FRAIR01", "express", "CA", [], "FR", "960190",
         "Sculpture moderne en os et stéatite, art inuit, 1 pièce", "CA", 0.2, 1, 150, "CAD",
         "a 5 cm ivory maskette with a deep brown patina and incised skeletal lines is a Dorset-culture carving "
         "(500 BC - AD 1000) from a site in Nunavut: archaeological objects found in Canada need a Canadian "
         "export permit and an EU import licence; Canadian French wording (Dorset and Inuit objects are new; a "
         "Northwest Coast mask appears once)", person("M. T. Dubois", "FR")),
        ("CUL-10", "export", "LVPOST01", "post", "LV", [], "US", "711719",
         "Tautas rotaslietu replikas, bronza, 20 gab.", "LV", 0.8, 20, 60, "EUR",
         "bronze spiral bracelets, crossbow brooches and spiral headdress pieces with green patina and grave "
         "soil are Latgalian grave goods (10th-13th century) from a looted barrow cemetery: archaeological "
         "finds need an export licence at any value (Regulation 116/2009); Latvian wording (Latgalian finds "
         "are new)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "AM", "160432",
         "Uova di lompo, nere, vasetti 100 g, 400 pz", "IT", 40, 400, 48000, "EUR",
         "lumpfish roe costs about 20 EUR/kg; at 1,200 EUR/kg, with the CITES labels of an Italian sturgeon "
         "farm, the tins hold Siberian sturgeon caviar for a Yerevan trader whose buyer is a Moscow restaurant "
         "group: caviar is a luxury good whose sale for use in Russia is banned (Annex XVIII of Regulation "
         "833/2014); Italian wording (caviar appears in wildlife rows, once as lumpfish roe; caviar as a luxury "
         "good for Russia is new)", {"importer_country": "AM"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KZ", "010129",
         "Reitpferde, Wallache, für Freizeitreiten, 6 Tiere", "DE", 3600, 6, 60000, "EUR",
         "the equine passports give pedigree Hanoverian and Trakehner mares and a stallion, not geldings, worth "
         "some 400,000 EUR, bought by an Almaty stud for a Moscow owner: pure-bred breeding horses are luxury "
         "goods whose sale for use in Russia is banned (Annex XVIII of Regulation 833/2014); German wording "
         "(horses are new to these sets)", {"importer_country": "KZ"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AE", "902710",
         "Gasanalysator voor brouwerij, CO2/O2, 2 st.", "NL", 400, 2, 380000, "EUR",
         "brewery CO2 and oxygen analysers cost a few thousand euros; these are magnetic-sector mass "
         "spectrometers with UF6-resistant inlets and ion sources (3A233, nuclear dual-use, licence needed), "
         "for a Dubai trader fronting for an Iranian enrichment supplier; Dutch wording (mass spectrometers are "
         "new; brewing covers hid fermenters and glass-lined reactors earlier)", {"importer_country": "AE"}),
        ("STR-04", "export", "ATAIR01", "express", "AT", [], "KG", "853321",
         "Widerstandssortiment für den Elektronikunterricht, 200 Sets", "AT", 30, 200, 68000, "EUR",
         "school resistor kits cost a few euros; at 340 EUR a set the boxes hold reels of military-grade tantalum "
         "capacitors (CN 8532.21, common high-priority items) for a Bishkek firm that forwards to Russia: no "
         "export for use in Russia (Regulation 833/2014); Austrian German wording (high-priority electronics via "
         "Kyrgyzstan repeat; tantalum capacitors as school resistor kits are new)", {"importer_country": "KG"}),
        ("STR-05", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "852990",
         "Anteny satelitarne TV, 80 cm, 120 szt.", "PL", 3600, 120, 420000, "EUR",
         "satellite TV dishes cost 30 EUR; at 3,500 EUR each these are X-band marine radar scanners with "
         "transceivers (CN 8526, goods banned for Russia), railed through Belarus and Russia, where the transit "
         "of such goods exported from the Union is itself prohibited; Polish wording (marine radar appears once, "
         "via Dubai; the satellite-dish cover and the rail transit through Russia are new)", {"importer_country": "KZ"}),
        ("STR-06", "export", "SESEA01", "sea", "SE", [], "AE", "810890",
         "Titanrör för värmeväxlare, sömlösa, 9,5 mm, 2 000 st.", "SE", 1800, 2000, 310000, "EUR",
         "titanium tubes are light and silvery; these heavier grey tubes with 'Zr-4' heat marks are Zircaloy-4 "
         "fuel-cladding tubing with hafnium below 1 part in 500 (nuclear dual-use 0A001.f and 1C234), consigned "
         "to a Dubai trader for Pakistan; Swedish wording (Zircaloy-4 tubes appear once, under a steel-tube code "
         "to Dubai, and zirconium scrap covered hafnium twice; the titanium heat-exchanger cover is new)", {"importer_country": "AE"}),
        ("STR-07", "export", "BGSEA01", "sea", "BG", [], "LY", "950790",
         "Оловни тежести за риболов, 500 000 бр.", "BG", 4000, 500000, 12000, "EUR",
         "fishing sinkers are drilled or looped lead; these are copper-jacketed, lead-cored 7.62 mm boat-tail "
         "bullets of 8 g: ammunition components (Military List ML3) that need an export licence and may not go "
         "to Libya under the UN arms embargo; Bulgarian wording (a development row hid tungsten alloy as "
         "sinkers; bullets as sinkers are new)", {"importer_country": "LY"}),
        ("STR-08", "export", "ESAIR01", "air", "ES", [], "VE", "930400",
         "Marcadoras de paintball calibre .68, con tolvas, 200 uds.", "ES", 800, 200, 90000, "EUR",
         "recreational paintball markers cost 200 EUR; these are PepperBall-type launchers with PAVA powder "
         "projectiles and police sighting rails, ordered by a Caracas 'sports club' that supplies the national "
         "guard: equipment for internal repression may not go to Venezuela (Regulation 2017/2063); Venezuelan "
         "Spanish wording (riot-control launchers are new; a riot-control agent appeared once as a dye "
         "intermediate)", {"importer_country": "VE"}),
        ("STR-09", "import", "ROSEA01", "sea", "GE", [], "RO", "220410",
         "Вино игристое, Грузия, 0,75 л, 15 000 бут.", "GE", 19500, 15000, 60000, "USD",
         "the back labels and excise codes give the Novy Svet winery in Crimea, relabelled in Batumi as "
         "Georgian: goods originating in Crimea may not be imported into the EU without a Ukrainian certificate "
         "of origin (Regulation 692/2014); Russian wording (Crimean goods are new to these sets; Russian vodka "
         "through Georgia repeats as a route)", {"importer_country": "RO"}),
        ("STR-10", "import", "BEPOST01", "post", "US", [], "BE", "830250",
         "Supports d'étagère en aluminium, 20 pièces", "US", 0.4, 20, 60, "USD",
         "the small machined 'brackets' with a pin hole and a trip lever are drop-in auto sears that convert an "
         "AR-15 rifle to automatic fire: prohibited weapon parts (category A of Directive 2021/555), posted to a "
         "private person; French wording (a development row declared a drop-in auto sear under its own name; "
         "the shelf-bracket cover is new)", person("Mme L. Dupont", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "export", "PTAIR01", "air", "PT", [], "HK", "230910",
         "Snacks para cão, caudas de peixe secas, 400 kg", "PT", 400, None, 2400, "EUR",
         "fish-skin dog chews are cod skin at a few euros a kilo; these long, sickle-shaped dried upper tail "
         "lobes are the caudal fins of bigeye and common thresher sharks (Alopias, CITES App. II) landed by "
         "longliners, going to Hong Kong fin traders without an export permit; Portuguese wording (threshers "
         "and the dog-chew cover are new)", {"importer_country": "HK"}),
        ("WLF-02", "import", "ESSEA01", "sea", "CL", [], "ES", "440711",
         "Tablas de pino radiata, cepilladas, 40 m3", "CL", 22000, None, 14000, "USD",
         "radiata pine is pale with wide growth rings; these resinous boards with tiny whorled knots and a "
         "dense fine grain are Araucaria araucana (CITES App. I), whose felling Chile has banned since 1990; "
         "Chilean Spanish wording (Araucaria is new to these sets)", {"importer_country": "ES"}),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "060290",
         "Bonsaïs de Portulacaria afra, cultivés en pépinière, 80 pièces", "MG", 240, 80, 1600, "USD",
         "Portulacaria has round fleshy leaves on reddish stems; these have tiny leaves on zigzag twigs above "
         "fat tuberous bases with field soil: Operculicarya decaryi (CITES App. II since 2023), dug from the "
         "wild in Madagascar without a permit; French wording (Operculicarya is new)", {"importer_country": "FR"}),
        ("WLF-04", "import", "DEAIR01", "air", "TR", [], "DE", "010690",
         "Ateş karınlı semender (Cynops orientalis), üretim, 40 adet", "TR", 2, 40, 800, "EUR",
         "Cynops are plain black newts with orange bellies; these have white-spotted black backs and an orange "
         "stripe: Kaiser's spotted newts (Neurergus kaiseri, CITES App. I) from Zagros streams, flown through "
         "Istanbul without permits; Turkish wording (Neurergus is new)", {"importer_country": "DE"}),
        ("WLF-05", "import", "ITAIR01", "air", "NI", [], "IT", "010690",
         "Ranas arborícolas verdes (Hyla cinerea), criadas en cautividad, 150 ejemplares", "NI", 2, 150, 1500, "USD",
         "Hyla cinerea is North American; frogs with red eyes, blue-and-yellow barred flanks and orange feet "
         "from Nicaragua are red-eyed tree frogs (Agalychnis callidryas, CITES App. II since 2023), wild "
         "caught, without an export permit; Nicaraguan Spanish wording (Agalychnis is new; glass frogs as "
         "tree frogs appear twice)", {"importer_country": "IT"}),
        ("WLF-06", "import", "CZPOST01", "post", "LK", [], "CZ", "010690",
         "Tarantula spiderlings, Grammostola, captive bred, 50 vials", "LK", 0.5, 50, 200, "USD",
         "Grammostola are South American; spiderlings with yellow-and-black banded legs posted from Sri Lanka "
         "are ornamental tree spiders (Poecilotheria, CITES App. II since 2019), which Sri Lanka does not let "
         "out, live by post; Sri Lankan English wording (Poecilotheria is new; other tarantulas repeat)",
         person("Petr Dvořák", "CZ")),
        ("WLF-07", "import", "ATAIR01", "air", "ID", [], "AT", "010620",
         "Red-eyed crocodile skinks (Tribolonotus gracilis), captive bred, 10 pcs", "ID", 1.5, 10, 500, "USD",
         "crocodile skinks have red eye rings and are bred widely; these orange-brown lizards without ear "
         "openings, with tiny eyes and rows of tubercles, are earless monitors (Lanthanotus borneensis, CITES "
         "App. II with a zero export quota), wild-caught in Kalimantan; English wording (Lanthanotus is new)",
         {"importer_country": "AT"}),
        ("WLF-08", "import", "BEPOST01", "post", "MX", [], "BE", "060290",
         "Plántulas de Mammillaria, de vivero, 200 piezas", "MX", 1, 200, 100, "USD",
         "nursery Mammillaria grow in peat; these tiny grey tuberculate cacti with papery spines and long "
         "taproots in limestone grit are Turbinicarpus (CITES App. I), collected on San Luis Potosí hillsides; "
         "Mexican Spanish wording (Turbinicarpus is new; Ariocarpus covers repeat)", person("Particulier", "BE")),
        ("WLF-09", "import", "HUROAD01", "road", "RS", [], "HU", "010619",
         "Savannah macskák F5, 3 egyed", "RS", 30, 3, 9000, "EUR",
         "F5 Savannahs are domestic cats; these long-legged 10 kg kittens with tall ears and bold spots come with "
         "papers naming a serval as father: F1 hybrids of the serval (Leptailurus serval, CITES App. II), and "
         "a hybrid within four generations of a CITES species needs the species' permits; Hungarian wording "
         "(an F1 as a kitten appears in one development row; the F5 cover by road from Serbia is new)",
         person("Magánszemély", "HU")),
        ("WLF-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "121190",
         "干锁阳片，中药材，2 吨", "CN", 2000, None, 12000, "USD",
         "suoyang (Cynomorium) slices are reddish-brown and woody; these fleshy, scaly yellow-brown stem slices "
         "are rou cong rong, desert Cistanche (C. deserticola, CITES App. II), without a permit; Chinese wording "
         "(Cistanche appears twice; the Cynomorium cover by rail is new)", {"importer_country": "PL"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SIAIR01", "express", "US", "SI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user", "US", 2.3, 2, 30, "USD",
     [("PRECURSOR_LICENCE", "SI-MNZ-34-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "express", "CH", "CZ", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private pyrotechnician", "CH", 2, 1, 60, "CHF",
     [("PRECURSOR_LICENCE", "CZ-PCR-34-0408")], "potassium perchlorate above 40 % to a licence holder of the public"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "NO", "382590",
     "Oil-separator sludge (13 05 02*), for treatment, 24 t", "NL", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-34-0512")], "notified separator sludge to a licensed treatment plant in the OECD"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "Decommissioned ATMs, e-waste (Y49), for dismantling, 40 pcs", "CH", 24000, 40, 0, "CHF",
     [("BASEL_CONSENT", "DE-LfU-34-2231")], "notified e-waste to a licensed dismantler"),
    ("PRM-05", "ozone", "import", "EEAIR01", "air", "IN", "EE", "290314",
     "Carbon tetrachloride 99.9 %, 4 x 1 l, for essential laboratory use", "IN", 6.4, 4, 200, "USD",
     [("ODS_LICENCE", "EE-KeA-ODS-34-003")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "IESEA01", "sea", "IE", "US", "290376",
     "Recovered halon 1301, 24 cylinders, for critical use in aircraft fire protection", "IE", 2400, 24, 36000, "EUR",
     [("ODS_LICENCE", "IE-EPA-ODS-34-0021")], "recovered halon exported for a critical use under licence"),
    ("PRM-07", "cultural", "export", "HUAIR01", "air", "HU", "CH", "970510",
     "Avar-period gilt-bronze belt mounts, 14 pcs, from a collection documented since 1958", "HU", 0.6, 14, 26000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HU-MNM-34-0133")], "archaeological belt set with its export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Anglo-Saxon gilt-bronze brooch, 6th century, disclaimed find, with UK export licence", "GB", 0.05, 1, 9000, "GBP",
     [("IMPORT_LICENCE", "DE-KGSG-34-0062"), ("EXPORT_LICENCE", "GB-ACE-34-1187")],
     "archaeological object with its UK export licence and the EU import licence"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "JP", "902781",
     "Magnetic-sector mass spectrometer with UF6 inlet, 1 pc, for a named enrichment research laboratory", "NL", 200, 1, 190000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-34-0612"), ("END_USER_CERTIFICATE", "JP-METI-EUC-34-0211")],
     "3A233 mass spectrometer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "KR", "810991",
     "Zircaloy-4 fuel-cladding tubes, 2,000 pcs, for a named fuel fabricator", "SE", 1800, 2000, 320000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-34-0377"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-34-0058")],
     "nuclear-grade zirconium tubing under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "NI", "IT", "010690",
     "Red-eyed tree frogs (Agalychnis callidryas), captive bred, 20", "NI", 0.3, 20, 400, "USD",
     [("CITES_PERMIT", "NI-MARENA-34-0093")], "App. II frogs with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "060290",
     "Operculicarya decaryi, artificially propagated, 40 plants", "MG", 120, 40, 1200, "USD",
     [("CITES_PERMIT", "MG-MEDD-34-0211")], "App. II plants with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Marko Novak", "PRM-02": "Tomáš Svoboda", "PRM-03": "Norsk Slamrens AS",
    "PRM-05": "Tartu Ülikool", "PRM-09": "Kansai Isotope Research Institute", "PRM-11": "Rettili Tropicali Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("290545", "Vegetable glycerine USP, 1 l bottles", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 0.8, S),
    ("381190", "Fuel-injector cleaner, petrol additive, 300 ml", "import", ["sea"], ["US", "TR"], (4, 7), (4000, 10000), ["USD", "EUR"], 3, S),
    ("252620", "Cosmetic talc powder, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (15000, 22000), ["USD"], None, S),
    ("370790", "Photographic stop bath, citric, odourless, 1 l", "import", ["post"], ["US", "GB"], (12, 25), (1, 3), ["USD", "GBP"], 1, S),
    ("281122", "Silica gel cat litter crystals, 3.8 kg bags", "import", ["sea"], ["CN"], (0.6, 1.1), (10000, 18000), ["USD"], 0.26, S),
    ("290549", "Erythritol sweetener, food grade, 25 kg bags", "import", ["sea"], ["CN", "US"], (2.5, 4), (12000, 20000), ["USD"], None, S),
    ("340290", "Stove-glass cleaner, 500 ml", "import", ["road"], ["NO"], (3, 5), (2000, 6000), ["NOK", "EUR"], 2, S),
    ("382499", "Grout-haze remover, sulphamic acid based, 1 l", "import", ["road"], ["MD", "RS"], (1.5, 2.5), (6000, 12000), ["EUR"], 1, S),
    ("382499", "Drilling-fluid emulsifier, fatty amide, IBC", "export", ["sea"], ["NO", "GB"], (2, 3.5), (15000, 22000), ["EUR", "GBP"], None, S),
    ("285390", "Distilled water for CPAP humidifiers, 4 l", "import", ["road"], ["RS", "TR"], (0.3, 0.6), (10000, 18000), ["EUR"], 0.25, S),
    ("250590", "Washed building sand 0/4, bulk", "export", ["road"], ["BA", "RS"], (0.012, 0.025), (22000, 26000), ["EUR"], None, S),
    ("680610", "Glass-wool insulation rolls, new", "export", ["sea"], ["GE", "MA"], (1.2, 2), (4000, 9000), ["EUR"], None, S),
    ("851310", "Electronic LED distress flares, new", "export", ["sea"], ["NO", "GB"], (20, 35), (500, 2000), ["EUR", "GBP"], 4, S),
    ("321000", "Acrylic spray paint, 400 ml, new", "export", ["sea"], ["CI", "SN"], (4, 7), (6000, 14000), ["EUR"], 2.5, S),
    ("251710", "Crushed granite aggregate 31.5/63, new", "export", ["rail"], ["UA", "RS"], (0.008, 0.015), (600000, 1200000), ["EUR"], None, S),
    ("847290", "Automated teller machines, new, boxed", "import", ["sea"], ["CN", "KR"], (25, 45), (5000, 12000), ["USD"], 0.0025, S),
    ("950691", "Treadmills and exercise bikes, new", "export", ["sea"], ["CV", "MA"], (4, 7), (4000, 10000), ["EUR"], 0.01, S),
    ("853931", "UV tanning tubes, new, boxed", "import", ["sea"], ["CN", "TR"], (6, 10), (800, 3000), ["USD", "EUR"], 3, S),
    ("851629", "Oil-filled electric radiators, new", "import", ["sea"], ["CN", "TR"], (4, 7), (6000, 12000), ["USD", "EUR"], 0.12, S),
    ("842139", "Refrigerated compressed-air dryers, R-290, new", "import", ["rail", "sea"], ["CN"], (8, 14), (4000, 10000), ["USD"], 0.01, S),
    ("284590", "Chloroform-d 99.8 % D, NMR solvent, 100 ml", "import", ["air"], ["IN", "US"], (400, 900), (5, 40), ["USD"], 6, S),
    ("392113", "EPS surfboard blanks, new", "import", ["sea"], ["CN", "US"], (5, 9), (2000, 5000), ["USD"], 0.2, S),
    ("841869", "Blast chillers, R-290, new", "import", ["road"], ["TR"], (9, 14), (3000, 8000), ["EUR"], 0.007, S),
    ("640411", "Running shoes, foam soles", "import", ["sea"], ["VN", "ID"], (20, 35), (5000, 10000), ["USD"], 1.1, S),
    ("841590", "Copper line sets for split air conditioners, uncharged", "import", ["sea"], ["CN"], (8, 12), (4000, 10000), ["USD"], 0.5, S),
    ("340290", "Vinyl record cleaning fluid, alcohol-free, 250 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("691390", "Terracotta figurines, Multan handicraft, new", "import", ["post"], ["PK"], (15, 30), (1, 3), ["USD"], 3, S),
    ("711719", "Gilt costume pendants, glass stones", "import", ["post"], ["GB"], (20, 40), (1, 2), ["GBP"], 10, S),
    ("680299", "Carved sandstone jali panels, new", "import", ["sea"], ["IN"], (1.5, 3), (5000, 15000), ["USD"], 0.05, S),
    ("711719", "Gold-plated costume jewellery, Yogyakarta craft", "import", ["express"], ["ID"], (60, 120), (1, 2), ["USD"], 8, S),
    ("830629", "Brass belt buckles, folk style, new", "import", ["sea"], ["IN", "TR"], (6, 12), (500, 2000), ["USD", "EUR"], 8, S),
    ("680293", "Granite garden spheres, polished, new", "import", ["sea"], ["CN", "IN"], (0.6, 1.2), (10000, 20000), ["USD"], 0.01, S),
    ("392640", "Resin garden Buddha statues, new", "import", ["rail", "sea"], ["CN"], (1.2, 2.2), (3000, 8000), ["USD"], 0.05, S),
    ("680293", "Granite doorsteps and pavers, new", "import", ["sea"], ["LK", "IN"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("960190", "Contemporary soapstone and caribou-antler carvings, signed Inuit art", "import", ["express"], ["CA"], (100, 250), (1, 3), ["CAD"], 1, S),
    ("902710", "CO2 and oxygen analysers for breweries", "import", ["air"], ["US", "GB"], (150, 300), (50, 300), ["USD", "GBP"], 0.05, S),
    ("853321", "Resistor assortment kits for schools", "import", ["sea"], ["CN"], (8, 15), (500, 2000), ["USD"], 4, S),
    ("852990", "Satellite TV dishes 80 cm", "import", ["sea"], ["CN", "TR"], (2, 4), (5000, 12000), ["USD"], 0.2, S),
    ("810890", "Titanium heat-exchanger tubes, grade 2", "import", ["sea"], ["JP", "US"], (25, 45), (2000, 6000), ["USD"], 1, S),
    ("950790", "Fishing sinkers, steel and bismuth, assorted", "import", ["sea"], ["CN"], (3, 5), (3000, 8000), ["USD"], 50, S),
    ("230910", "Dried cod-skin dog chews", "export", ["sea", "air"], ["US", "GB"], (12, 20), (500, 3000), ["EUR"], None, S),
    ("441239", "Radiata pine plywood, 18 mm", "import", ["sea"], ["CL", "NZ"], (0.5, 0.8), (20000, 26000), ["USD"], None, S),
    ("670290", "Artificial bonsai trees", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind50) and the sports shoes (running shoes
# are a sensitive-looking row here), with wooden toys for electric scooters, then EVERYDAY_2032_ADDED and
# 5 rows of its own.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Ginger, fresh", "Beef, fresh, boneless",
          "Frozen chicken cuts", "Frozen shrimps, vannamei", "Milk powder, whole", "Honey, natural, drums",
          "Walnuts in shell", "Maize, yellow, feed", "Inflatable kayaks", "Gelatin capsules, empty",
          "Framed mirrors", "Tractor tyres, new", "Sports shoes, textile upper"],
    replace={
        "Electric scooters, new, with battery": ("950300", "Wooden toys, assorted", "import", ["sea"], ["CN", "VN"], (5, 9), (3000, 8000), ["USD"], 2, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
        ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind52", 20341101, HERE)


if __name__ == "__main__":
    main()
