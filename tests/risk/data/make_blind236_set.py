#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-sixth blind set (tests/risk/data/blind236-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12 permitted,
dated 1 July - 26 August 2065, with goods, routes, languages and disguise families found, where possible,
in none of the earlier sets, and with an emphasis on a kind of trade rather than a region: dental, optical
and hearing retail chains and their suppliers (opticians and lens laboratories, hearing-aid centres and
earmould laboratories, dental laboratories and dental supply wholesalers, contact-lens and eyewear
importers and frame workshops). Written by a person who had not read the profile packs (nor any rule
file) and had not run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions it reuses, and
the same extras as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving parcel quantities by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); the ordinary table keeps postal and
express goods at parcel masses and commercial goods on commercial modes, so the consignee kind matches
the mode and the quantity. Goods that need a permit, licence or certificate by law (live animals and
plants, fish, food of animal origin) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants,
firearms parts) are left out of the ordinary table, as are the shared everyday table's two steel rows
(as in blind128). Disguised rows carry a consignee name only where a real declaration would. Ids are
BL236-*:

    python3 tests/risk/data/make_blind236_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "air", "KR", [], "FI", "281122",
         "인산염계 매몰재 전용 혼합액 (콜로이달 실리카), 1 L, 200병", "KR", 280, 200, 900, "USD",
         "the special liquid for phosphate-bonded dental investment is a milky-bluish colloidal silica of about "
         "1.2 kg/l that smells of nothing and gels when frozen; these 200 bottles hold a water-clear to faintly "
         "yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and dissolves a copper coin "
         "with brown gas: about 65 % nitric acid (Annex I above 3 %), flown from Incheon for a one-man "
         "'dental-supply' firm in Tampere whose web shop sells 1 l bottles to anyone; Korean wording (nitric acid "
         "repeats in many sets; a colloidal-silica investment-liquid label was found in no earlier row by a "
         "keyword search)", firm("Vega Hammastarvike Oy", "FI")),
        ("PRE-02", "import", "CZAIR01", "air", "TW", [], "CZ", "320890",
         "眼鏡鏡片加硬液 (矽氧烷浸塗型), 4 公升 x 40 桶", "TW", 182, 40, 2400, "USD",
         "siloxane hard-coat lacquer for dip-coating spectacle lenses is a clear, slightly hazy liquid of about "
         "0.9 kg/l in methanol and 1-methoxy-2-propanol that floats on water, smells of alcohol and must be kept "
         "cold; these 40 cans, shipped unrefrigerated, hold an oily, faintly fruity liquid of 1.14 kg/l that sinks "
         "as drops in water, leaves no film on a test lens and whose inner can labels read 'CH3NO2 98 %': "
         "nitromethane (Annex I above 16 %), flown from Taoyuan for a Brno 'lens laboratory' that has no dip line "
         "and sells model-engine fuel online; Chinese wording from Taiwan (nitromethane repeats in many sets; a "
         "lens hard-coat label was found in no earlier row by a keyword search)",
         firm("Orion Optika s.r.o.", "CZ")),
        ("PRE-03", "import", "PTAIR01", "air", "IN", [], "PT", "340399",
         "लेंस एजर कूलेंट कॉन्सन्ट्रेट, 5 लीटर जार, 60 जार", "IN", 340, 60, 420, "USD",
         "lens-edger coolant concentrate is a milky, slightly soapy liquid of about 1.0 kg/l that is dosed a few "
         "per cent into the edger's water tank; these 60 jerrycans have vented caps and bulging walls and hold a "
         "water-clear liquid of 1.13 kg/l that foams on rust, whitens and stings the skin and bleaches a drop of "
         "tea: about 35 % hydrogen peroxide (Annex I above 12 %), flown from Mumbai for a Porto 'optical lab' "
         "that resells it in litre bottles as 'food-grade peroxide'; Hindi wording (hydrogen peroxide repeats in "
         "many sets; an edger-coolant label was found in no earlier row by a keyword search)",
         firm("Atlantic Óptica Lda", "PT")),
        ("PRE-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "284610",
         "眼镜片抛光粉 (氧化铈), 20 公斤袋, 50 袋", "CN", 1000, 50, 6000, "USD",
         "cerium-oxide lens polishing powder is a heavy (7 g/cm3 in the grain), pale buff to pinkish, "
         "insoluble powder that makes a 20 kg bag small and hard; these 50 bags are bulky, the powder is pure "
         "white, half dissolves in warm water, spits violet sparks on a hot plate and flares with sugar, and the "
         "inner liners carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), by rail from Chongqing "
         "through Kazakhstan, Russia and Belarus to Małaszewicze for a Łódź 'optical supplies' web shop that "
         "sells 1 kg bags to the public; Chinese wording (potassium chlorate repeats in many sets; a "
         "cerium-oxide label was found once, blind158, on a waste row, never on a precursor)",
         firm("Horizon Optyka Sp. z o.o.", "PL")),
        ("PRE-05", "import", "GRPOST01", "post", "IL", [], "GR", "382499",
         "כמוסות ייבוש למכשירי שמיעה (סיליקה ג'ל), 4 צנצנות", "IL", 3.2, 4, 60, "USD",
         "hearing-aid drying capsules are silica-gel or molecular-sieve beads that change colour as they take up "
         "damp and are sold in small tubs with a drying jar; these four jars hold a white crystalline powder with "
         "no beads and no indicator that runs wet within an hour, dissolves completely in water and burns fiercely "
         "with sugar, and the drum label copied onto the pro forma reads 'NaClO4 H2O': sodium perchlorate "
         "(Annex I above 40 %), posted from Haifa to a private person in Patras; Hebrew wording (sodium "
         "perchlorate repeats in many sets and desiccant labels in several; a hearing-aid drying-capsule label "
         "was found in no earlier row by a keyword search)", person("K. Georgiou", "GR")),
        ("PRE-06", "import", "ESAIR01", "air", "AR", [], "ES", "340700",
         "Cera para modelar dental, placas, 20 kg", "AR", 20, None, 600, "USD",
         "a dental-laboratory order flown from Buenos Aires for a Valencia denture lab: modelling wax and "
         "cobalt-chromium casting alloy are what such labs buy, but the third item's 'electrolito para "
         "abrillantado' is twelve 5 l cans of an oily liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars paper, where a phosphoric electropolishing bath for CoCr frameworks is about 1.6 kg/l and does "
         "neither: about 96 % sulphuric acid (Annex I above 15 %), hidden as the last item of a three-item "
         "declaration and resold by the lab's owner through a drain-cleaner web shop; Argentinian (Rioplatense) "
         "Spanish wording (sulphuric acid repeats in many sets; an electropolishing-electrolyte label was found "
         "in no earlier row by a keyword search)",
         dict(firm("Meridian Dental Laboratorio SL", "ES"),
              _item={"description": "Cera para modelar dental, placas y barras, 20 kg"},
              _more_items=[item("810520", "Aleación de cromo-cobalto para colado dental, pastillas, 10 kg", "AR", 10, 2200, "USD"),
                           item("381090", "Electrolito para abrillantado electrolítico de esqueléticos de cromo-cobalto, a base de ácido fosfórico, 12 x 5 l", "AR", 110, 240, "USD", qty=12)])),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "701810",
         "Gözlük çerçevesi ısıtıcısı için cam boncuk, 25 kg çuval, 40 çuval", "TR", 1000, 40, 700, "EUR",
         "glass beads for an optician's frame warmer are heavy (a 25 kg sack is small), hard, clear spheres that "
         "click and do not change in water; these sacks are bulky and light for their weight, the white, matt "
         "prills squash under a fingernail, turn ice-cold in water and dissolve, test at 34 % N and fume on a "
         "hot plate: ammonium nitrate (Annex I at 16 % N or more), on a van at Kapitan Andreevo for a Sofia "
         "optical-supplies web shop that repacks it in 500 g bags sold to anyone; Turkish wording (ammonium "
         "nitrate repeats in many sets and glass-bead labels in several, on wastes; a frame-warmer label was found "
         "in no earlier row by a keyword search)", firm("Delta Optika EOOD", "BG")),
        ("PRE-08", "import", "DKPOST01", "post", "MY", [], "DK", "330790",
         "Tablet garam untuk larutan salin kanta sentuh, 4 botol x 500 g", "MY", 2.1, 4, 70, "MYR",
         "salt tablets for making contact-lens saline are small, pressed, identical white tablets of pure "
         "sodium chloride in sealed tubes, a tablet to 15 ml of water; these four bottles hold loose, clear, "
         "cubic crystals that are not tablets, taste cooling rather than salty, draw damp and flare yellow on a gas "
         "ring: sodium chlorate (Annex I above 40 %), posted from Penang to a private person in Odense; Malay "
         "wording (sodium chlorate repeats in many sets under salt labels; a lens-saline-tablet label was found in "
         "no earlier row: the one earlier salt-tablet row, blind98, is another good)",
         person("Mette Hansen", "DK")),
        ("PRE-09", "import", "ATAIR01", "air", "BR", [], "AT", "390610",
         "Pó acrílico autopolimerizável para moldes auriculares (otoplastia), rosa, 1 kg, 60 potes", "BR", 60,
         60, 900, "BRL",
         "earmould acrylic powder is pink or clear PMMA pearls of 1.18 g/cm3 that fill a 1 kg tub to the brim and "
         "swell with monomer into dough; these 60 tubs are half empty for their weight, the powder is white, "
         "sharp-crystalline, does not swell in monomer, does not dissolve in water and burns brilliantly with "
         "sugar: potassium perchlorate (Annex I above 40 %), flown from São Paulo for a Graz hearing-centre "
         "owner who sells it on to pyrotechnics hobbyists; Brazilian Portuguese wording (potassium perchlorate "
         "repeats in many sets; an earmould-acrylic label was found in no earlier row by a keyword search)",
         firm("Alpina Hörakustik GmbH", "AT")),
        ("PRE-10", "import", "ITAIR01", "express", "AL", [], "IT", "150920",
         "Vaj ulliri për zbutjen e dyllit të veshit, 4 x 1 l", "AL", 4.6, 4, 40, "EUR",
         "olive oil for softening ear wax is a greenish-gold oil of 0.91 kg/l that floats on water and smells "
         "of olives; these four bottles hold a colourless, slightly fruity liquid of 1.14 kg/l that sinks in "
         "water and burns with a pale flame: nitromethane (Annex I above 16 %), sent by express from Tirana to "
         "a private person in Bari, although flammable liquids travel by express only as declared dangerous "
         "goods; Albanian wording (nitromethane repeats in many sets and oil labels in several; an ear-wax "
         "olive-oil label was found in no earlier row: the one earlier ear-wax row, blind171, is a strategic "
         "good)", person("Sig. M. Bianchi", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "800120",
         "Zinn-Wismut-Legierung, Barren, Primärware, 2 t", "DE", 2000, None, 9000, "EUR",
         "a prime tin-bismuth alloy is bright, hard-edged ingots with a heat number and an assay at a few tens "
         "of euros a kilo; these are dull, irregular puddles and lens-shaped cakes still carrying plastic "
         "tape and lens-block buttons, they soften in hot water (melting at 47 °C) and assay 22 % lead and 5 % "
         "cadmium: spent lens-blocking alloy collected from optical laboratories (A1010/A1020 metal wastes with "
         "lead and cadmium), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Nhava "
         "Sheva for a 'solder maker'; German wording (cadmium wastes repeat in many sets; a lens-blocking alloy "
         "under a tin-bismuth label was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "PK", "392073",
         "Lastre di acetato di cellulosa per montature, prima scelta, 18 t", "IT", 18000, None, 5400, "EUR",
         "prime cellulose-acetate sheet for frames is 4-10 mm block-laminated slab, flat, protected by film and "
         "sold at 15-30 EUR/kg; this container holds loose, mixed-colour offcuts, frame-front skeletons and "
         "shavings swept from Belluno frame workshops at 0.30 EUR/kg: plastic waste outside B3011 (Y48), whose "
         "export to a non-OECD country needs prior consent, none given, from Venice to Karachi for a 'button "
         "maker'; Italian wording (cellulose acetate was found twice, blind51 and blind226, the latter a wildlife "
         "row; acetate-frame offcuts under a prime-sheet label are the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "VN", "390740",
         "Poudre de polycarbonate, qualité recyclée, big bags, 20 t", "FR", 20000, None, 2000, "EUR",
         "recycled polycarbonate powder is dry, free-flowing, even, pale granulate with a melt-flow sheet; these "
         "bags hold a wet, grey-white paste that drips, smells of coolant and holds fine CR-39, polycarbonate and "
         "high-index fines mixed with cerium and alumina polishing slurry from a Loire lens-surfacing laboratory: "
         "mixed plastic and sludge waste (Y48, not a B3011 plastic), whose export to a non-OECD country needs "
         "prior consent, none given, from Le Havre to Hai Phong; French wording (plastic-under-regrind labels "
         "repeat in many sets; lens-surfacing swarf was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-04", "export", "DKAIR01", "air", "DK", [], "KE", "902140",
         "Brugte høreapparater, renoverede, donation til høreklinik, 4.000 stk.", "DK", 160, 4000, 800, "DKK",
         "refurbished hearing aids for donation are cleaned, tested, boxed one by one with new tubes and domes, "
         "a few grams each; these 160 kg are jumbled, broken aids from chain-store take-back bins, many with "
         "cracked shells and corroded contacts, mixed with loose spent zinc-air and older mercury-containing "
         "button cells and rechargeable packs: waste electrical equipment with batteries (A1180), hazardous "
         "waste whose export to a non-OECD country is banned, flown from Billund to Nairobi for a 'hearing "
         "clinic'; Danish wording (e-waste as donations repeats in many sets; used hearing aids as a donation "
         "were found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "BJ", "901850",
         "Appareils d'optométrie d'occasion, fonctionnels (autoréfractomètres, lampes à fente, frontofocomètres), 140 pièces",
         "BE", 6000, 140, 7000, "EUR",
         "working used optometry instruments travel crated one by one, calibrated, with their power supplies; "
         "these 140 are stacked loose on pallets, with smashed screens, missing lenses, cut cables and "
         "mould-stained housings cleared from closed optician shops, and nothing powers up: waste electrical and "
         "electronic equipment (A1180), hazardous waste whose export to a non-OECD country is banned, from Antwerp "
         "to Cotonou; Belgian French wording (used medical equipment as e-waste repeats in many sets; optometry "
         "instruments were found in no earlier row by a keyword search)", {"importer_country": "BJ"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "UA", "290511",
         "Regenerált metanol, műszaki tisztaságú, IBC-tartályban, 18 t", "HU", 18000, None, 5400, "EUR",
         "technical recovered methanol is water-clear, 99 % by gas chromatography, with a distillation "
         "certificate; these IBCs hold a hazy, yellowish liquid that leaves a glassy film as it dries, with "
         "siloxane gel lumps on the bottom and 30 % of other solvents: spent hard-coat lacquer and rinse "
         "solvents from a lens-coating line (14 06 03*), hazardous waste whose export to a non-OECD country is "
         "banned, at Záhony for a Uzhhorod 'paint maker'; Hungarian wording (spent solvents as recovered "
         "solvents repeat in several sets; a lens-coating line as the source is the new part as far as a search "
         "found)", {"importer_country": "UA"}),
        ("WST-07", "export", "IESEA01", "sea", "IE", ["NL"], "MY", "390210",
         "Polypropylene regrind, clean, natural, 22 t", "IE", 22000, None, 4400, "EUR",
         "clean natural PP regrind is even, dry, translucent flake of one polymer; these bales hold whole and "
         "shredded contact-lens blister packs, PP bowls still bonded to aluminium-laminate lids, some with "
         "saline and lenses still in them, from Irish lens plants: a mixed PP and aluminium laminate waste that "
         "is not clean B3011 plastic (Y48), whose export to a non-OECD country needs prior consent, none given, "
         "from Cork through Rotterdam to Port Klang; Irish English wording (plastic under regrind labels repeats "
         "in many sets; contact-lens blisters were found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "750300",
         "Nickel-Chrom-Legierungsschrott aus Dentallaboren, sortenrein, 6 t", "AT", 6000, None, 24000, "EUR",
         "sorted nickel-chromium scrap is sprues, buttons and bridges of bright metal sold by assay; these "
         "drums hold a grey powder of grinding dust and spent aluminium-oxide blasting grit with few metal "
         "pieces, and the assay gives 1.5 % beryllium from Ni-Cr-Be casting alloys: dispersible beryllium-bearing "
         "metal dust (A1020), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Hungary to a Subotica 'refiner'; Austrian German wording (beryllium goods repeat in a few sets, on "
         "other domains; Ni-Cr-Be grinding dust from dental laboratories was found in no earlier row by a keyword "
         "search)", {"importer_country": "RS"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR"], "GE", "291614",
         "2-hydroxyethylmethakrylát (HEMA), polymerační stupeň, sudy 200 l, 8 t", "CZ", 8000, 40, 12000, "EUR",
         "polymerisation-grade HEMA is a water-clear monomer in dated drums with a certificate; these 40 drums "
         "are years past their date, swollen, half-gelled and warm, and hold cloudy monomer with lumps of "
         "polymer and rinse water from a Moravian contact-lens plant: off-specification organic chemicals "
         "(16 03 05*), hazardous waste whose export to a non-OECD country is banned, by road through Slovakia, "
         "Hungary, Romania, Bulgaria and Türkiye to a Tbilisi 'dental-acrylic maker'; Czech wording (HEMA was "
         "found in a few earlier rows; expired contact-lens monomer as prime is the new part as far as a search "
         "found)", {"importer_country": "GE"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "LB", "320411",
         "Färgkoncentrat för infärgning av glasögonlinser, 40 fat", "SE", 8000, 40, 3200, "EUR",
         "lens-tint concentrate is a few litres of disperse dye in sealed bottles at a hundred euros a litre; "
         "these 40 drums of 200 l are dark, muddy, mixed-colour baths that smell of benzyl alcohol, with a "
         "layer of sludge: spent tint baths from Swedish optical laboratories (07 01 04* among them), hazardous "
         "waste whose export to a non-OECD country is banned, from Gothenburg to Beirut for a 'textile dyer'; "
         "Swedish wording (spent dye and ink wastes repeat in a few sets; lens-tint baths were found in no "
         "earlier row by a keyword search)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "export", "ITSEA01", "sea", "IT", [], "EG", "846420",
         "Generatori di superfici per lenti oftalmiche, usati, con refrigeratore del liquido di raffreddamento, 6 unità",
         "IT", 9000, 6, 30000, "EUR",
         "used lens-surfacing generators sold abroad today come drained, with a chiller on R-290 or an HFC and a "
         "leak-check record; the six chillers bolted to these machines carry 1998 rating plates that read "
         "'R22, 1.4 kg' under a new 'R-407C' sticker, and a sniff test at the service valve gives "
         "chlorodifluoromethane: equipment relying on HCFC-22, whose export Regulation 2024/590 forbids, from "
         "Genoa to Alexandria for a Cairo optical chain; Italian wording (R-22 equipment for export repeats in many "
         "sets; lens-surfacing generators were found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("OZN-02", "import", "GRAIR01", "air", "EG", [], "GR", "300490",
         "بخاخ مخدر موضعي للأسنان ليدوكايين 10٪، 50 مل، 240 عبوة", "EG", 24, 240, 1200, "USD",
         "dentists' lidocaine 10 % spray is a metered pump bottle with no propellant that sprays a bitter, "
         "banana-flavoured mist; these 240 are pressurised aerosol cans that hiss, whose propellant frosts the "
         "nozzle and whose small print gives 'dichlorodifluoromethane': medicinal aerosols on CFC-12, whose import "
         "Regulation 2024/590 forbids, flown from Cairo for an Athens dental depot; Egyptian Arabic wording "
         "(CFC-12 repeats in many sets and pump-spray labels in a few; a dental anaesthetic-spray label was found "
         "in no earlier row by a keyword search)", firm("Horizon Odontiatrika AE", "GR")),
        ("OZN-03", "import", "NLAIR01", "air", "IN", [], "NL", "340290",
         "ડેન્ટલ વેક્સ ડીબબલાઇઝર, 1 લિટર, 50 બોટલ", "IN", 80, 50, 500, "USD",
         "a dental wax debubblizer is a water- or alcohol-based surfactant of about 0.9-1.0 kg/l brushed thin "
         "on wax patterns; these 50 bottles hold a heavy (1.59 kg/l), sweet-smelling, non-flammable liquid that "
         "sinks under water and dissolves the wax it should only wet: carbon tetrachloride, a controlled "
         "ozone-depleting substance whose import Regulation 2024/590 forbids outside laboratory use, flown from "
         "Ahmedabad for an Eindhoven dental-supply wholesaler; Gujarati wording (carbon tetrachloride repeats in "
         "many sets; a debubblizer label was found in no earlier row by a keyword search)",
         firm("Central Tandtechniek BV", "NL")),
        ("OZN-04", "import", "ESSEA01", "sea", "CN", [], "ES", "940690",
         "听力测试隔音室, 预制板, 双层, 矿棉填充, 12 套", "CN", 14000, 12, 72000, "USD",
         "audiometric test booths are prefabricated steel panels filled with mineral wool, heavy and "
         "non-flammable; these panels are light for their size, the cut edge shows a yellow, closed-cell "
         "polyurethane core, not wool, and a gas sample from the cells gives 1,1-dichloro-1-fluoroethane: "
         "products containing HCFC-141b-blown foam, whose import Regulation 2024/590 forbids, by sea from "
         "Ningbo to Valencia for a Spanish hearing-care chain's new centres; Chinese wording (HCFC-141b foams "
         "repeat in many sets; an audiometric-booth label was found in no earlier row by a keyword search)",
         firm("Rivage Audiología SL", "ES")),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", ["NA"], "ZM", "870590",
         "Mobiele oogkliniek op vrachtwagenchassis, gebruikt, met airconditioning, 1 stuk", "NL", 14000, 1,
         18000, "EUR",
         "a used mobile eye clinic for export is sold with its air-conditioning drained or converted to an "
         "HFC with a record; this 1999 truck's rooftop units still hold their charge, read 'R22, 2 x 1.8 kg' "
         "on the plates and have no conversion label: equipment relying on HCFC-22, whose export Regulation "
         "2024/590 forbids, from Rotterdam through Walvis Bay to a Lusaka eye-care charity; Dutch wording (R-22 "
         "equipment for export repeats in many sets and vehicle air-conditioning in a few; a mobile eye clinic "
         "was found in no earlier row by a keyword search)", {"importer_country": "ZM"}),
        ("OZN-06", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "841480",
         "Diş ünitesi için yağsız kompresör, desikant kurutuculu, 40 adet", "TR", 3200, 40, 36000, "EUR",
         "oil-free dental compressors with a desiccant dryer carry two cartridges of beads and no refrigerant; "
         "these 40 carry a small refrigerated dryer with a sealed circuit, a capillary and a plate reading "
         "'R-134a 0.28 kg', declared without the F-gas statement and the quota authorisation an importer of "
         "pre-charged equipment must have: HFC-charged equipment placed on the market outside Regulation "
         "2024/573, on a lorry through Bulgaria to a Bucharest dental depot; Turkish wording (HFC-134a repeats in "
         "many sets; a refrigerant dryer under a desiccant-dryer label was found in no earlier row by a keyword "
         "search)", firm("Orion Dental SRL", "RO")),
        ("OZN-07", "import", "LTAIR01", "air", "VN", [], "LT", "382499",
         "Bình xịt chống mờ kính mắt, 150 ml, 2.400 bình", "VN", 480, 2400, 2400, "USD",
         "spectacle anti-fog sprays are pump bottles of surfactant in water and alcohol at about 1.0 kg/l; these "
         "2,400 are aerosol cans whose propellant is not flammable, is heavier than air and gives "
         "chlorodifluoromethane and 1-chloro-1,1-difluoroethane on a gas test: HCFC-22 and HCFC-142b in aerosols, "
         "whose import Regulation 2024/590 forbids, flown from Hanoi to Vilnius for an eyewear importer; "
         "Vietnamese wording (HCFC propellants repeat in many sets; anti-fog labels were found twice, blind58 and "
         "blind108, kept as a repeat of the label)", firm("Vega Optika UAB", "LT")),
        ("OZN-08", "import", "SIAIR01", "air", "TW", [], "SI", "290349",
         "四氟化碳 (CF4) 電漿清洗氣體, 4N5, 47 公升鋼瓶, 12 瓶", "TW", 480, 12, 6000, "USD",
         "tetrafluoromethane for plasma cleaning in a lens-coating plant is a permanent gas at 100 bar or more; "
         "these 12 cylinders read 44 bar at 20 °C, hold a liquid phase and the gas gives trifluoromethane on "
         "analysis: HFC-23, placed on the market without quota or authorisation under Regulation 2024/573, flown "
         "from Taipei to Ljubljana for an optical-coating subcontractor; Chinese wording from Taiwan (HFC-23 "
         "repeats in many sets and a fluoroform label in a few; a CF4 plasma-gas label was found in no earlier row "
         "by a keyword search)", firm("Central Optika d.o.o.", "SI")),
        ("OZN-09", "import", "ATAIR01", "express", "CH", [], "AT", "381400",
         "Verdünner für Schlauchkleber (Otoplastik), THF-frei, 6 x 1 l", "CH", 8, 6, 180, "CHF",
         "a thinner for earmould-tubing adhesive is a light (0.9 kg/l), flammable ketone that smells sharp; "
         "these six bottles hold a non-flammable liquid of 1.34 kg/l with a sweet, chloroform-like smell that "
         "the label's own safety sheet, in small print, gives as 1,1,1-trichloroethane: methyl chloroform, a "
         "controlled ozone-depleting substance whose import Regulation 2024/590 forbids, sent by express from "
         "St Gallen to an Innsbruck earmould laboratory; Swiss German wording (methyl chloroform repeats in many "
         "sets; an earmould-tubing label was found in no earlier row by a keyword search)",
         firm("Alpina Otoplastik GmbH", "AT")),
        ("OZN-10", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "382769",
         "Refrigerant R-454B, 10 kg cylinders, 800 cylinders", "CN", 8000, 800, 40000, "USD",
         "R-454B is a mildly flammable HFO-HFC blend at about 16 bar at 20 °C with a pink-striped cylinder and an "
         "A2L mark; these 800 read 9 bar and the gas gives chlorodifluoromethane: HCFC-22, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Piraeus in transit from Ningbo to Skopje; English wording (HCFC-22 under other refrigerant "
         "labels repeats in many sets and R-454B labels were found in blind17, blind58, blind104 and blind149; kept "
         "as a repeat, with a transit through Piraeus to Skopje as the new part as far as a search found)", {"importer_country": "MK"}),
    ],
    "cultural": [
        ("CUL-01", "import", "SEAIR01", "air", "JO", [], "SE", "490199",
         "كتب بصريات مستعملة لطلاب البصريات، 3 كتب", "JO", 4, 3, 40, "USD",
         "used optometry textbooks are printed, glued paperbacks with a barcode; these three are hand-written "
         "Arabic codices on laid paper in leather bindings with a flap, with coloured diagrams of the eye and "
         "the optic nerves and a colophon dated 1127 AH, a copy of 'Tadhkirat al-kahhalin' (the oculists' "
         "manual) with a Mosul library stamp: Iraqi cultural property, whose import Regulation 1210/2003 "
         "forbids, flown from Amman to a Gothenburg optometry lecturer; Jordanian Arabic wording (Islamic "
         "manuscripts repeat in many sets; an ophthalmology manuscript under an optometry-textbook label was "
         "found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("CUL-02", "import", "NLAIR01", "express", "TR", [], "NL", "701810",
         "Nazar boncuğu, cam, el yapımı, 500 adet", "SY", 1.2, 500, 60, "EUR",
         "new evil-eye beads are bright, cobalt-blue glass discs with a white and black eye, identical and "
         "glossy; among these 500, forty are small, weathered, iridescent, multi-coloured glass beads with "
         "stratified 'eye' inlays, pitted surfaces and soil in the perforations: Phoenician and Punic eye beads "
         "dug in Syria, whose import Regulation 36/2012 forbids, sent by express from Gaziantep to a private "
         "collector in Leiden; Turkish wording (Syrian antiquities via Türkiye repeat in many sets and nazar "
         "labels were found twice, blind199 and blind203; ancient eye beads among new ones are the new part as "
         "far as a search found)", person("M. Bakker", "NL")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "630710",
         "Paños de limpieza de alpaca para lentes, bordados, 200 unidades", "PE", 6, 200, 400, "USD",
         "alpaca lens-cleaning cloths are small, soft, new woven squares with a printed logo; six of these are "
         "brittle, earth-stained, tapestry-woven fragments of camelid wool in red, ochre and indigo with "
         "stylised birds and fish, their edges frayed and salt-crusted: Paracas-Nazca textile fragments from "
         "looted burials, exported without the Peruvian ministry's permit and imported without the licence "
         "Regulation 2019/880 requires, flown from Lima for a Madrid eyewear importer; Peruvian Spanish wording "
         "(Nazca and Paracas textiles repeat in several sets; a lens-cloth label was found in no earlier row by "
         "a keyword search)", firm("Atlantic Óptica SL", "ES")),
        ("CUL-04", "import", "PLROAD01", "road", "UA", [], "PL", "711719",
         "Підвіски для ланцюжків до окулярів, позолочені, 40 шт.", "UA", 0.3, 40, 40, "EUR",
         "gilded charms for spectacle chains are light, stamped brass with a bright, even plating and a "
         "jump ring; these 40 are soft, heavy, reddish gold plaques of stags, panthers and griffins, punched "
         "with the old sewing holes that fixed them to a garment, with museum inventory numbers in ink on the "
         "back: Scythian gold appliqués of the kind looted from a Ukrainian regional museum in 2022, stolen "
         "cultural property imported without the licence Regulation 2019/880 requires, in a car at Dorohusk for "
         "a Lublin optician; Ukrainian wording (looted Ukrainian museum objects repeat in a few sets and Scythian "
         "gold in some; a spectacle-chain charm label was found in no earlier row by a keyword search, and a first "
         "draft's early microscope as a brass replica was dropped because blind182 already used it)",
         person("Piotr Nowak", "PL")),
        ("CUL-05", "import", "FRSEA01", "sea", "LB", [], "FR", "940320",
         "Mobilier de magasin d'optique d'occasion (vitrines, présentoirs), 1 lot", "LB", 3000, None, 4000, "EUR",
         "a closing Beirut optician's container for a Marseille eyewear reseller: used shop furniture and "
         "end-of-line frames are what such firms move, but the third item's 'plateau de table en mosaïque, "
         "neuf' is a 1.2 x 0.9 m panel of irregular limestone and glass tesserae set in old lime mortar, "
         "re-backed with fresh cement, showing a hunting scene: a Roman mosaic from Syria, whose import "
         "Regulation 36/2012 forbids, hidden as the last item of a three-item declaration; Lebanese French "
         "wording (mosaics repeat in many sets; an optician's shop-fitting container is the new part as far as a "
         "search found)",
         dict(firm("Rivage Lunetterie SARL", "FR"),
              _more_items=[item("900311", "Montures de lunettes en plastique, fin de série, 3 000 pièces", "LB", 300, 6000, "EUR", qty=3000),
                           item("680299", "Plateau de table en mosaïque de pierre, décoratif, neuf, 1 pièce", "LB", 120, 300, "EUR", qty=1)])),
        ("CUL-06", "export", "SEPOST01", "post", "SE", [], "US", "900190",
         "Bergkristallinser, slipade, för optikerutställning, 3 st.", "SE", 0.4, 3, 90, "SEK",
         "new rock-crystal lens blanks are clear, machine-ground discs with sharp edges; these three are "
         "hand-ground, plano-convex lenses of 4-5 cm with worn, chipped edges and traces of silver mounts, "
         "like the Viking-age lenses found on Gotland: archaeological finds that belong to the Swedish state and "
         "may leave the Union only with the export licence Regulation 116/2009 requires, posted from Visby to a "
         "collector in Boston; Swedish wording (rock-crystal goods were found once, blind202; Viking rock-crystal "
         "lenses were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "import", "DEAIR01", "air", "TR", [], "DE", "691390",
         "Ҳайкалчаҳои гилӣ, ороишӣ, нав, 6 адад", "TJ", 24, 6, 120, "USD",
         "new decorative clay figures are machine-pressed, evenly fired and painted; these six are "
         "hand-modelled unfired clay heads and hands with traces of gilding and red pigment, of Buddhist style, "
         "with root marks and loess inside: Kushan-period Buddhist sculpture from Tajik sites, exported without "
         "Tajik permission and imported without the licence Regulation 2019/880 requires, flown from Dushanbe "
         "through Istanbul to Munich; Tajik wording (Buddhist antiquities from Central Asia repeat in a few sets; "
         "a Tajik 'new clay figures' label is the new part as far as a search found)", {"importer_country": "DE"}),
        ("CUL-08", "import", "DEAIR01", "air", "PA", [], "DE", "711292",
         "Chatarra dental de oro y platino, para refinación, 1,4 kg", "EC", 1.4, None, 42000, "USD",
         "dental gold-platinum scrap is crowns, bridges and casting sprues of pale, modern alloy; this lot "
         "is hundreds of tiny hammered and sintered gold-platinum beads, nose rings and figurine fragments with "
         "earth in the crevices: La Tolita-Tumaco metalwork from Ecuador's coast, exported without permission "
         "and imported without the licence Regulation 2019/880 requires, flown from Panama City to a "
         "Pforzheim dental refiner; Ecuadorian Spanish wording (antiquities in dental-gold scrap were found in "
         "blind85 and blind196 and La Tolita goods in several sets, kept as a repeat of the family; La Tolita "
         "platinum under a dental label is the new part as far as a search found)", firm("Nordhafen Scheideanstalt GmbH", "DE")),
        ("CUL-09", "import", "BESEA01", "sea", "IN", [], "BE", "680291",
         "नयाँ कुँदिएको ढुङ्गाको मूर्ति, पाटन हस्तकला, १ थान", "NP", 180, 1, 400, "USD",
         "a new Patan stone carving is crisp, with chisel marks and bright fresh stone; this stele is worn, "
         "lichen-stained black stone with a Licchavi-script inscription and a broken tenon where it was cut from "
         "its base: a stolen temple sculpture from the Kathmandu valley, imported without the licence "
         "Regulation 2019/880 requires, by sea from Kolkata to Antwerp; Nepali wording (Himalayan statues and "
         "Licchavi sculpture repeat in several sets; kept as a repeat, with a Nepali 'new Patan craft' label as the new part as far as a "
         "search found)", {"importer_country": "BE"}),
        ("CUL-10", "import", "BEAIR01", "air", "JO", [], "BE", "680291",
         "حوامل نظارات من المرمر، للعرض، 20 قطعة", "SY", 8, 20, 200, "USD",
         "alabaster spectacle stands for a shop window are new, polished, machine-cut nose shapes; these 20 are "
         "small, flat, worn alabaster and limestone figures with one or two large engraved eyes above a thin "
         "body, with soil in the incisions: Tell Brak 'eye idols' from Syria, whose import Regulation 36/2012 "
         "forbids, flown from Amman to a Brussels eyewear designer; Syrian Arabic wording (Syrian antiquities "
         "repeat in many sets; eye idols as spectacle stands were found in no earlier row by a keyword search)",
         firm("Central Lunetterie SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "air", "FR", [], "AM", "901380",
         "Loupes électroniques pour basse vision, pour opticiens, 30 pièces", "FR", 45, 30, 9000, "EUR",
         "electronic low-vision magnifiers are hand-held screens or reading cameras at a few hundred euros; "
         "these 30 are sealed 18 mm third-generation image-intensifier tubes with micro-channel plates and "
         "phosphor screens, each worth thousands: dual-use night-vision tubes (6A002) exported without a licence "
         "to a Yerevan 'optical chain' that forwards to Russia, in breach of Regulation 833/2014; French wording "
         "(image intensifiers repeat in many sets; a low-vision magnifier label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "DKAIR01", "air", "DK", [], "HK", "851810",
         "Målemikrofoner til kalibrering af audiometre, 20 stk.", "DK", 30, 20, 60000, "DKK",
         "measurement microphones for audiometer calibration are half-inch capsules on a preamplifier at a "
         "few hundred euros; these 20 are potted, pressure-compensated underwater transducers with a "
         "depth rating and an underwater cable: hydrophones (6A001) exported without a dual-use licence, flown "
         "from Copenhagen to a Hong Kong trader for a naval research institute; Danish wording (hydrophones "
         "repeat in many sets; an audiometer-microphone label was found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("STR-03", "export", "SEAIR01", "air", "SE", [], "KZ", "851830",
         "Elektroniska hörselskydd för sportskytte, 300 st.", "SE", 240, 300, 90000, "SEK",
         "electronic hearing protectors for sport shooting are earmuffs with level-dependent microphones at 100-"
         "200 euros; these 300 are coyote-brown, helmet-rail mounted headsets with a boom microphone, dual "
         "push-to-talk and NATO connectors at 1,000 euros each: military communication headsets (Common "
         "Military List ML11) exported without a licence to an Almaty 'shooting club' for Russian buyers, "
         "also in breach of Regulation 833/2014; Swedish wording (military goods to Russia through Kazakhstan "
         "repeat in many sets; a shooting earmuff label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "TR", "901850",
         "Gebrauchtes Excimer-Laser-System für refraktive Chirurgie (LASIK), 1 Stück", "DE", 1200, 1, 85000, "EUR",
         "a refractive-surgery excimer laser is a cabinet with a patient bed, an eye tracker and a small "
         "gas-cartridge ArF laser of a few watts; this crate holds no bed or eye tracker but a 193 nm ArF "
         "light source of a lithography scanner, with its gas module and a line-narrowing module: a laser and "
         "lithography part controlled under Annex I (3B001/6A005), exported without a licence to an Istanbul "
         "forwarder for a Moscow chip fab, in breach of Regulation 833/2014; German wording (lithography goods "
         "repeat in a few sets; a LASIK label was found in no earlier row by a keyword search)",
         {"importer_country": "TR", "consignee_name": "OOO Zelenograd Optical"}),
        ("STR-05", "transit", "DEAIR01", "air", "CN", ["DE"], "BY", "900150",
         "黄色射击眼镜镜片, 树脂, 未装框, 400 片", "CN", 8, 400, 1600, "USD",
         "yellow shooting-glass lenses are light, thin, tinted polycarbonate that flexes; these 400 are heavy, "
         "brittle, transparent orange-yellow discs polished on both sides, 5-10 mm thick, that are opaque to "
         "a visible-light camera's autofocus beam and transmit in the thermal band: zinc selenide lenses and "
         "windows (6C004) for thermal sights and CO2 lasers, moved through the Union to Belarus in breach of "
         "Regulation 765/2006, at Frankfurt in transit from Shenzhen to Minsk; Chinese wording (zinc selenide "
         "was found once, blind216; a shooting-glass label was found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "KG", "848510",
         "Stampante 3D SLM per protesi dentali in cromo-cobalto, 1 unità", "IT", 3500, 1, 95000, "EUR",
         "a dental SLM printer is a 1 t machine with a 100 x 100 mm build plate and one laser for CoCr "
         "frameworks; this crate weighs 3.5 t and holds a 400 x 400 mm, four-laser powder-bed machine with an "
         "inert-gas loop for Ti-6Al-4V: an additive-manufacturing machine whose export to Russia Regulation "
         "833/2014 forbids, flown from Milan to a Bishkek 'dental centre' that forwards to a Russian engine "
         "plant; Italian wording (3D printers for Russia repeat in a few sets; a dental SLM label was found in "
         "no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "GBAIR01", "air", "GB", [], "AE", "845891",
         "Contact lens lathe, CNC, used, 1 unit", "GB", 1800, 1, 65000, "GBP",
         "a used CNC contact-lens lathe is a 400 kg bench machine with an air spindle and a small diamond tool; "
         "this crate holds a 1.8 t ultra-precision diamond-turning machine on granite with hydrostatic slides, "
         "a 300 mm swing and a laser-interferometer feedback for infrared optics: a machine tool controlled "
         "under Annex I (2B001), exported without a licence to a Dubai trader for an Iranian optics plant; "
         "British English wording (machine tools through Dubai repeat in many sets; a contact-lens lathe label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Porseleinetsgel voor tandtechniek, 9,5 % HF, 40 jerrycans van 25 kg", "BE", 1000, 40, 4000, "EUR",
         "porcelain etching gel is a red or blue 9.5 % hydrofluoric gel in 1-5 ml syringes that a dental lab "
         "uses by the gram; this is a tonne in plastic jerrycans of a clear, fuming liquid at 70 % hydrogen "
         "fluoride with no thickener: a chemical-weapons precursor controlled under Annex I (1C350), exported "
         "without a licence from Antwerp to Beirut for a Damascus buyer, in breach of Regulation 36/2012; Flemish "
         "wording (hydrofluoric acid repeats in several sets; an etching-gel label was found in no earlier row "
         "by a keyword search)", {"importer_country": "LB"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "901850",
         "Фороптеры ручные, 10 шт.", "PL", 120, 10, 18000, "EUR",
         "an optometry-equipment lorry for an Astana optical chain: manual phoropters and trial-lens sets are "
         "what such chains buy, but the third item's 'монокуляры для оптометрии' are 60 rifle scopes with "
         "illuminated ballistic reticles, 34 mm tubes and picatinny mounts: firearms sights whose export to "
         "Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, on a lorry "
         "through Belarus and Russia; Russian wording (riflescopes repeat in several sets; a phoropter and "
         "trial-lens cover is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("901850", "Наборы пробных очковых линз, 20 шт.", "PL", 100, 6000, "EUR", qty=20),
                           item("900580", "Монокуляры для оптометрии, 60 шт.", "PL", 60, 3000, "EUR", qty=60)])),
        ("STR-10", "export", "SKAIR01", "air", "SK", [], "AM", "340290",
         "Koncentrát na čistenie okuliarových šošoviek (glykolový), 20 sudov", "SK", 4000, 20, 16000, "EUR",
         "a glycol-based lens-cleaning concentrate is a mild surfactant at a few per cent glycol that foams; "
         "these 20 drums hold a viscous, almost odourless liquid with no surfactant, 99 % "
         "2,2'-thiodiethanol on analysis: thiodiglycol (Schedule 2 and Annex I), exported without a licence to "
         "a Yerevan trader for an Iranian buyer; Slovak wording (thiodiglycol repeats in several sets; a "
         "lens-cleaning concentrate label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "express", "TH", [], "IT", "902121",
         "ฟันปลอมอะคริลิก สำหรับทำฟันปลอม 6 ชุด", "TH", 1.4, 6, 90, "USD",
         "acrylic denture-tooth sets are small, identical, shade-matched teeth on wax cards; these six 'sets' are "
         "12 long, curved, yellowish canines of 6-8 cm with open roots and enamel cracks: tiger and leopard "
         "canine teeth (Panthera spp., CITES App. I) without CITES documents, sent by express from Bangkok to a "
         "private dental technician in Turin; Thai wording (big-cat teeth repeat in several sets; a "
         "denture-tooth label was found in no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("WLF-02", "import", "ITAIR01", "air", "MY", [], "IT", "420232",
         "Sarung cermin mata kulit PU corak ular, 300 biji", "MY", 30, 300, 900, "USD",
         "PU spectacle cases with a snake print are uniform, printed plastic on a fabric back; these 300 have "
         "overlapping scales that lift at the edges, a natural, irregular pattern and a leather flesh side: "
         "reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES documents, flown from "
         "Kuala Lumpur for a Belluno eyewear maker; Malay wording (python skin under snake-print labels repeats "
         "in many sets; a spectacle-case label was found in no earlier row by a keyword search)",
         firm("Alpina Occhialeria Srl", "IT")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "900410",
         "Óculos de sol com armação de bambu, 400 unidades", "BR", 40, 400, 4000, "USD",
         "an eyewear air shipment for a Lisbon sunglasses brand: bamboo frames and pine cases are what Brazilian "
         "wooden-eyewear workshops export, but the third item's 'armação de nogueira' are dark, oily, "
         "purple-black frames with a rose scent when sanded: Brazilian rosewood (Dalbergia nigra, CITES App. I) "
         "without CITES documents, hidden as the last item of a three-item declaration; Brazilian Portuguese "
         "wording (Dalbergia nigra repeats in many sets; wooden sunglasses were found in no earlier row by a "
         "keyword search)",
         dict(firm("Atlantic Óculos Lda", "PT"),
              _more_items=[item("442090", "Estojos de madeira de pinus para óculos, 400 unidades", "BR", 30, 800, "USD", qty=400),
                           item("900410", "Óculos de sol com armação de nogueira, 200 unidades", "BR", 20, 2000, "USD", qty=200)])),
        ("WLF-04", "import", "NLSEA01", "sea", "AE", [], "NL", "440799",
         "Birch wood blanks for tongue depressors and dental wedges, 12 t", "IN", 12000, None, 9600, "USD",
         "birch blanks for tongue depressors and dental wedges are pale, light (600 kg/m3), odourless wood; this "
         "container holds dense (1,000 kg/m3), blood-red billets with a wavy grain that stain wet hands red: red "
         "sanders (Pterocarpus santalinus, CITES App. II) without a CITES export permit, by sea from Jebel Ali to "
         "Rotterdam for a medical-disposables maker; Indian English wording (red sanders repeats in many sets; a "
         "tongue-depressor label was found in no earlier row by a keyword search)",
         firm("Nordhafen Medical Supply BV", "NL")),
        ("WLF-05", "import", "ITAIR01", "air", "PH", [], "IT", "392690",
         "Resin na may disenyong mother-of-pearl para sa palamuti ng salamin sa mata, 40 kg", "PH", 40, None,
         600, "USD",
         "resin mother-of-pearl sheet is light, even, printed plastic with a flat back; these 40 kg are heavy, "
         "cold, white shell slabs with growth lines and a porcelain-like fracture, cut thin for temple inlays: "
         "giant clam shell (Tridacnidae, CITES App. II) without CITES documents, flown from Cebu for a Cadore "
         "eyewear workshop; Tagalog wording (giant clam repeats in many sets; an eyewear-inlay label was found in "
         "no earlier row by a keyword search)", firm("Vega Occhiali Srl", "IT")),
        ("WLF-06", "import", "SISEA01", "sea", "IN", [], "SI", "091012",
         "सूखी अदरक की जड़ का पाउडर, दंत मंजन के लिए, 25 किलो बोरी, 20 बोरी", "IN", 500, 20, 1500, "USD",
         "dried ginger powder for tooth powders is a pale-yellow, fibrous powder that smells and tastes of "
         "ginger; these sacks hold a grey-brown, strongly fragrant, oily powder with a violet-musky smell and a "
         "bitter taste: costus root (Saussurea costus, CITES App. I) without CITES documents, by sea from Mundra "
         "to Koper for an Ayurvedic tooth-powder maker; Hindi wording (costus repeats in many sets and "
         "tooth-powder labels in several; kept as a repeat, with a ginger label as the new part as far as a "
         "search found)", firm("Central Ajurveda d.o.o.", "SI")),
        ("WLF-07", "import", "FRAIR01", "express", "ID", [], "FR", "900390",
         "Ujung gagang kacamata dari resin warna amber, 1.000 buah", "ID", 2, 1000, 300, "USD",
         "amber-resin temple tips are moulded, identical and warm to the touch; these 1,000 are carved, dense, "
         "blood-red-skinned and yellow-cored pieces with fine parallel growth lines that smell of burnt hair "
         "under a hot needle: helmeted hornbill casque (Rhinoplax vigil, CITES App. I) without CITES "
         "documents, sent by express from Pontianak to a Morez frame workshop; Indonesian wording (hornbill "
         "casque repeats in many sets; an eyewear temple-tip label was found in no earlier row by a keyword "
         "search)", firm("Rivage Lunetterie SARL", "FR")),
        ("WLF-08", "import", "BEPOST01", "post", "CN", [], "BE", "960190",
         "牛骨掏耳勺, 手工雕刻, 50 支", "CN", 1, 50, 50, "USD",
         "cattle-bone ear picks are chalky-white, porous under a lens and light; these 50 are creamy, dense, "
         "cool ear picks with cross-hatched Schreger lines on their cut ends: elephant ivory (Elephantidae, CITES "
         "App. I) without CITES documents, posted from Guangzhou to a private buyer in Liège; Chinese wording "
         "(ivory under bone labels repeats in many sets; an ear-pick label was found in no earlier row by a "
         "keyword search)", person("Mme L. Dupont", "BE")),
        ("WLF-09", "transit", "FRAIR01", "air", "MG", ["FR"], "HK", "900319",
         "Montures de lunettes en corne de zébu, 600 pièces", "MG", 30, 600, 1800, "USD",
         "zebu-horn frames are black, grey or cream layered horn that smells of burnt hair under a hot needle; "
         "these 600 are translucent amber-and-brown frames with radiating star patterns and growth annuli, cut "
         "from tortoise carapace scutes: radiated and ploughshare tortoise shell (Astrochelys spp., CITES App. "
         "I) without CITES documents, at Roissy in transit from Antananarivo to Hong Kong; Malagasy French "
         "wording (Malagasy tortoises repeat in several sets; a zebu-horn frame label was found in no earlier "
         "row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-10", "import", "ATAIR01", "air", "AE", [], "AT", "440799",
         "Vipande vya mbao za mwerezi kwa fremu za miwani, kilo 600", "TZ", 600, None, 1200, "USD",
         "cedar offcuts for wooden spectacle frames are light, reddish-brown and smell of pencils; these 600 kg "
         "are dense, yellow-brown heartwood billets with an oily, sweet sandalwood scent: East African "
         "sandalwood (Osyris lanceolata, CITES App. II) without CITES documents, flown from Dar es Salaam "
         "through Dubai for a Tyrolean wooden-eyewear workshop; Swahili wording (East African sandalwood repeats "
         "in several sets; a wooden-eyewear label was found in no earlier row by a keyword search)",
         firm("Alpina Brillenmanufaktur GmbH", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "BR", "AT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "BR", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-65-0141")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "AL", "IT", "290420",
     "Nitromethane 96 %, 2 x 1 l, for a licensed private user (model engines)", "AL", 2.3, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "IT-BA-65-0063")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262029",
     "Spent lens-blocking alloy with lead and cadmium, for recovery at a licensed smelter, 3 t", "CH", 3000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-65-0218")], "notified lens-blocking alloy to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "381400",
     "Spent lens-coating solvents (14 06 03*), for recovery at a licensed plant, 16 t", "NO", 16000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-65-0077")], "notified spent solvents to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-65-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "NO", "DE", "290371",
     "Recovered HCFC-22 from lens-laboratory chillers, for destruction, 14 cylinders", "NO", 300, 14, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-65-024")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "QA", "970610",
     "Arabic ophthalmology manuscript, 'Tadhkirat al-kahhalin', copy of 1715, documented French collection since 1954",
     "FR", 1.5, 1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-65-0417")],
     "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "SEAIR01", "air", "SE", "US", "970510",
     "Viking-age rock-crystal lens in a silver mount, Gotland, documented Swedish collection since 1931", "SE", 0.2,
     1, 38000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-65-0058")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "BR", "851810",
     "Hydrophones, 20 units, for a Brazilian oceanographic institute", "DK", 30, 20, 70000, "DKK",
     [("EXPORT_LICENCE", "DK-ERST-65-0311"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-65-0019")],
     "dual-use hydrophones under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "TR", "900190",
     "Zinc selenide lenses and windows, 400 pcs, for a Turkish CO2 laser-cutter maker", "DE", 8, 400, 24000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-65-1187"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-65-0044")],
     "dual-use zinc selenide optics under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "420231",
     "Spectacle cases, reticulated python leather, 300 pcs", "MY", 30, 300, 9000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-65-0833")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "IN", "NL", "440399",
     "Red sanders logs (Pterocarpus santalinus), legally auctioned stock, 10 t", "IN", 10000, None, 60000, "USD",
     [("CITES_PERMIT", "IN-CITES-65-0271")], "App. II red sanders with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privato", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Nordhafen Recycling GmbH", "PRM-11": "Alpina Occhialeria Srl", "PRM-12": "Horizon Medical Supply BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (52 rows): the lawful twins of this set's disguises, nearly all of them
    # supplies of opticians, lens laboratories, hearing centres, dental laboratories and eyewear importers
    ("281122", "Colloidal silica special liquid for phosphate-bonded dental investment, 1 l", "import", ["air"], ["KR", "US"], (3, 6), (100, 400), ["USD"], 1, S),
    ("320890", "Siloxane hard-coat lacquer for spectacle lenses, refrigerated", "import", ["air"], ["TW", "JP"], (12, 25), (100, 400), ["USD"], 0.25, S),
    ("340399", "Lens-edger coolant concentrate, 5 l", "import", ["air"], ["IN", "US"], (3, 6), (100, 400), ["USD"], 0.2, S),
    ("284610", "Cerium oxide lens polishing powder, 20 kg bags", "import", ["rail", "sea"], ["CN"], (5, 9), (1000, 4000), ["USD"], 0.05, S),
    ("382499", "Silica-gel drying capsules for hearing aids, tubs", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("381090", "Phosphoric-acid electropolishing electrolyte for dental CoCr frameworks, 5 l", "import", ["air"], ["DE", "AR"], (2, 4), (60, 200), ["EUR", "USD"], 0.15, S),
    ("701810", "Glass beads for optician frame warmers, 25 kg sacks", "import", ["road"], ["TR"], (0.6, 1.2), (500, 2000), ["EUR"], 0.04, S),
    ("330790", "Contact-lens saline, preserved, 360 ml bottles", "import", ["post"], ["MY", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 2, S),
    ("390610", "PMMA powder for earmoulds, pink, 1 kg tubs", "import", ["air"], ["BR", "DE"], (12, 20), (50, 200), ["EUR", "USD"], 1, S),
    ("800120", "Tin-bismuth alloy ingots, prime, assayed", "export", ["sea"], ["IN", "VN"], (20, 30), (1000, 4000), ["EUR"], None, S),
    ("392073", "Cellulose acetate block sheet for spectacle frames, prime", "export", ["sea"], ["PK", "CN"], (15, 28), (2000, 8000), ["EUR"], None, S),
    ("390740", "Polycarbonate granules, optical grade, virgin", "export", ["sea"], ["VN", "IN"], (2.5, 4), (10000, 20000), ["EUR"], None, S),
    ("902140", "Hearing aids, new, boxed, rechargeable", "export", ["air"], ["KE", "ZA"], (1500, 3000), (20, 80), ["EUR", "DKK"], 40, S),
    ("901850", "Autorefractors and slit lamps, new, crated", "export", ["sea"], ["BJ", "SN"], (60, 120), (500, 2000), ["EUR"], 0.05, S),
    ("290511", "Methanol, technical, IBC", "export", ["road"], ["UA", "MD"], (0.4, 0.7), (10000, 20000), ["EUR"], None, S),
    ("390210", "Polypropylene homopolymer for medical blister packs, virgin", "export", ["sea"], ["MY", "TH"], (1.2, 1.8), (15000, 24000), ["EUR"], None, S),
    ("750220", "Nickel-chromium dental casting alloy, beryllium-free, new", "export", ["road"], ["RS", "BA"], (30, 60), (100, 500), ["EUR"], None, S),
    ("291614", "2-Hydroxyethyl methacrylate (HEMA), in date, drums", "export", ["road"], ["GE", "UA"], (4, 7), (2000, 8000), ["EUR"], None, S),
    ("320411", "Disperse dyes for lens tinting, bottles", "export", ["sea"], ["LB", "EG"], (40, 80), (200, 800), ["EUR"], 1, S),
    ("846420", "Lens edging machines, new, crated", "export", ["sea"], ["EG", "MA"], (20, 40), (1000, 4000), ["EUR"], 0.003, S),
    ("340290", "Dental wax debubblizer, water-based, 1 l", "import", ["air"], ["IN", "US"], (4, 8), (50, 200), ["USD"], 1, S),
    ("940690", "Audiometric test booths, mineral-wool panels", "import", ["sea"], ["CN", "DK"], (4, 7), (5000, 15000), ["USD", "EUR"], 0.001, S),
    ("841480", "Oil-free dental compressors with desiccant dryer", "import", ["road"], ["TR", "DE"], (9, 14), (1000, 4000), ["EUR"], 0.0125, S),
    ("382499", "Anti-fog lens wipes, individually packed", "import", ["air"], ["VN", "CN"], (6, 12), (200, 800), ["USD"], 30, S),
    ("280421", "Argon 5.0 for lens-coating lines, cylinders", "import", ["road"], ["PL", "CZ"], (2, 4), (1000, 4000), ["EUR"], 0.02, S),
    ("381400", "Earmould tubing-adhesive thinner, cyclohexanone-based, 1 l", "import", ["express"], ["CH", "DE"], (20, 40), (1, 4), ["CHF", "EUR"], 1, S),
    ("490199", "Optometry and audiology textbooks, used", "import", ["post"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 1, S),
    ("701810", "Glass evil-eye (nazar) beads, new", "import", ["express"], ["TR"], (20, 40), (1, 2), ["EUR"], 300, S),
    ("630710", "Alpaca lens-cleaning cloths, embroidered", "import", ["air"], ["PE", "BO"], (40, 80), (50, 200), ["USD"], 30, S),
    ("711719", "Gilded charms for spectacle chains, new", "import", ["post"], ["UA", "CN"], (40, 80), (1, 2), ["EUR", "USD"], 100, S),
    ("940320", "Optician shop fittings, metal display units, new", "import", ["sea"], ["TR", "CN"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.02, S),
    ("711291", "Dental gold-palladium scrap from crowns, for refining", "import", ["air"], ["CH", "NO"], (15000, 30000), (1, 3), ["EUR"], None, S),
    ("680291", "Alabaster spectacle stands, new, polished", "import", ["air"], ["EG", "JO"], (8, 15), (50, 200), ["USD"], 2, S),
    ("680291", "Carved stone statues, new Patan craft", "import", ["sea"], ["NP", "IN"], (3, 6), (1000, 4000), ["USD"], 0.01, S),
    ("900190", "Rock-crystal lens blanks, new, machine-ground", "export", ["post"], ["US", "CA"], (150, 300), (1, 2), ["SEK", "EUR"], 10, S),
    ("901380", "Electronic low-vision magnifiers, video type", "export", ["air"], ["AM", "RS"], (150, 300), (50, 200), ["EUR"], 0.5, S),
    ("851810", "Measurement microphones for audiometer calibration", "export", ["air"], ["HK", "SG"], (800, 1500), (5, 20), ["DKK", "EUR"], 2, S),
    ("851830", "Electronic hearing protectors for sport shooting", "export", ["air"], ["NO", "KZ"], (80, 150), (100, 400), ["SEK", "EUR"], 2, S),
    ("901850", "Refurbished excimer laser for refractive surgery, with bed and eye tracker", "export", ["air"], ["TR", "IN"], (60, 100), (1000, 2000), ["EUR"], 0.0008, S),
    ("900150", "Yellow polycarbonate shooting-glass lenses, uncut", "import", ["sea"], ["CN"], (15, 30), (500, 2000), ["USD"], 50, S),
    ("848510", "Dental SLM printer for CoCr frameworks, single laser", "export", ["sea"], ["ZA", "BR"], (80, 150), (1000, 1500), ["EUR"], 0.001, S),
    ("845891", "CNC contact-lens lathe, bench model", "export", ["air"], ["IN", "MY"], (80, 150), (400, 800), ["GBP", "EUR"], 0.0025, S),
    ("382499", "Porcelain etching gel 9.5 % HF, syringes", "export", ["air"], ["MA", "TN"], (150, 300), (5, 20), ["EUR"], 200, S),
    ("901850", "Manual phoropters and trial-lens sets", "export", ["road"], ["KZ", "GE"], (120, 200), (200, 800), ["EUR"], 0.1, S),
    ("900319", "Metal spectacle frames, titanium alloy", "import", ["sea"], ["CN", "JP"], (60, 120), (500, 2000), ["USD"], 30, S),
    ("902121", "Acrylic denture-tooth sets on cards", "import", ["express"], ["TH", "CN"], (100, 200), (1, 2), ["USD"], 30, S),
    ("420232", "PU spectacle cases, snake print", "import", ["air"], ["MY", "CN"], (20, 40), (50, 300), ["USD"], 10, S),
    ("900410", "Bamboo and walnut sunglasses", "import", ["air"], ["BR", "CN"], (80, 150), (50, 200), ["USD"], 10, S),
    ("442199", "Birch tongue depressors, boxed", "import", ["sea"], ["CN", "FI"], (2, 4), (3000, 8000), ["USD", "EUR"], 300, S),
    ("392690", "Resin mother-of-pearl sheet for eyewear inlays", "import", ["air"], ["PH", "CN"], (10, 20), (50, 200), ["USD"], None, S),
    ("900390", "Acetate temple tips for spectacle frames", "import", ["express"], ["ID", "CN"], (80, 150), (1, 3), ["USD"], 400, S),
    ("442199", "Cedar-wood spectacle-frame blanks", "import", ["air"], ["KE", "US"], (5, 10), (100, 500), ["USD"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392690", "Plastic clothes pegs, bagged", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 120, N),
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 6, N),
        ("960390", "Microfibre mop heads and flat mops", "import", ["sea", "road"], ["CN", "PL"], (3, 6), (2000, 6000), ["USD", "EUR"], 4, N),
        ("392410", "Silicone ice-cube trays", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind236", 20650701, HERE)


if __name__ == "__main__":
    main()
