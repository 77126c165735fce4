#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-second blind set (tests/risk/data/blind262-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: carpets, rugs and textile
flooring (carpet importers and dealers, rug restorers and washers, hobby rug tufters,
flooring contractors, kilim and tapestry traders).
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
only where a real declaration would. Ids are BL262-*:

    python3 tests/risk/data/make_blind262_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "MA", [], "FR", "340120",
         "Savon noir beldi liquide (sabun beldi) pour laver les tapis berbères, 4 bouteilles de 1 l", "MA", 4.6, 4,
         160, "MAD",
         "liquid black soap for washing Berber rugs is a dark-brown, olive-smelling, slippery paste-liquid that "
         "lathers at once; these four bottles hold a water-clear, odourless liquid of 1.13 kg/l that does not "
         "lather, whitens and stings the skin, fizzes on a rug-fringe stain and has vented caps: about 35 % "
         "hydrogen peroxide (Annex I above 12 %, Regulation 2019/1148), posted from Marrakech to a private rug "
         "washer in Lyon; French and Darija wording (hydrogen peroxide repeats in many sets and black-soap labels "
         "appear twice as harmless items of multi-item rows (blind105, blind184); a rug-washing black-soap label "
         "on the peroxide itself was found in no earlier row by a keyword search)", person("Mme N. Benali", "FR")),
        ("PRE-02", "import", "PLAIR01", "express", "US", [], "PL", "340319",
         "Tufting gun cleaner & lube for rug tufting (AK-1 / AK-2 / AK-III), 4 x 32 fl oz", "US", 4.3, 4, 64, "USD",
         "a tufting-gun lubricant is a light machine oil of 0.85 kg/l that feels slick and does not mix with water; "
         "these four bottles hold a thin, non-oily, faintly fruity liquid of 1.14 kg/l that partly mixes with water "
         "and leaves no film, and the filler's drum label copied on the packing list reads 'CH3NO2': about 98 % "
         "nitromethane (Annex I above 16 %), sent by express from Ohio to a private hobby rug tufter in Wrocław, "
         "although flammable liquids travel by express only as declared dangerous goods; US English wording "
         "(nitromethane repeats in many sets; a rug-tufting-gun label was found in no earlier row by a keyword "
         "search: the word 'tufting' occurs in none)", person("Anna Kowalska", "PL")),
        ("PRE-03", "import", "DEAIR01", "air", "IN", [], "DE", "151590",
         "नीम तेल (कालीन कीट-रोधी उपचार हेतु), शुद्ध, 1 लीटर बोतल, 600 बोतल", "IN", 1100, 600, 1500, "USD",
         "neem oil is a thick, yellow-brown oil of 0.92 kg/l that smells of garlic and sets in the cold; these 600 "
         "bottles hold a colourless, odourless, syrupy liquid of 1.84 kg/l that chars a paper label, grows hot in "
         "water and blackens a sugar cube, for a Hamburg rug-washing firm's web shop that sells 'natural moth "
         "protection for rugs' to the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, flown from Varanasi near the Bhadohi carpet belt; Hindi wording (sulphuric acid "
         "repeats in many sets; neem appears only as bark and neem products on wildlife rows; a neem-oil "
         "moth-treatment label for rugs was found in no earlier row)", firm("Rivage Teppichpflege GmbH", "DE")),
        ("PRE-04", "import", "ATPOST01", "post", "IR", [], "AT", "283329",
         "زاج سبز (سولفات آهن) برای دندانه رنگرزی سنتی پشم قالی، ۴ بسته ۱ کیلویی", "IR", 4, 4, 1200000, "IRR",
         "green vitriol, the iron mordant of Persian rug dyers, is pale-green crystals that rust-brown in air and "
         "taste of ink; these four packs hold colourless, glittering crystals with no green at all that stay white, "
         "do not darken a tea stain and spit violet sparks on a hot iron, and the inner bags read 'KClO3': "
         "potassium chlorate (Annex I above 40 %), posted from Tabriz to a private natural-dye weaver in Graz; "
         "Persian wording (potassium chlorate repeats in many sets and mordant covers, alum above all, in several; "
         "a green-vitriol (zâj-e sabz) label was found once, on a waste row (blind163), and on a precursor in no "
         "earlier row: the one colour a chemist would check "
         "gives it away)", person("Frau S. Huber", "AT")),
        ("PRE-05", "import", "IEAIR01", "express", "CN", [], "IE", "350510",
         "簇绒地毯背胶增稠粉 (tufting backing glue thickener), 4 x 500 克", "CN", 2.1, 4, 28, "USD",
         "a thickener for tufting backing glue is a fluffy, off-white modified starch of about 0.5 kg/l that "
         "swells into a paste in water; these four bags hold a heavy, gritty white powder of over 1.5 kg/l that "
         "does not swell, barely dissolves and flares fiercely mixed with sugar, and the inner liners read 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Yiwu to a private rug tufter in Cork; "
         "Chinese wording (potassium perchlorate repeats in many sets and starch covers in several; a "
         "tufting-glue thickener label was found in no earlier row)", person("Ms A. Byrne", "IE")),
        ("PRE-06", "import", "DESEA01", "sea", "CN", [], "DE", "310210",
         "Harnstoff als Färbehilfsmittel für Reaktiv- und Säurefarbstoffe (Teppichgarn, Tufting), 1-kg-Beutel, "
         "8.000 Beutel", "CN", 8000, 8000, 4400, "USD",
         "urea for dye-baths is small, white, smooth prills that dissolve cold and smell of ammonia when melted; "
         "these bags hold larger, harder prills that test at 34 % N rather than 46 %, give a nitrate strip a deep "
         "blue and melt and fume without ammonia on a hot plate, for a Leipzig dye-and-tufting-supply web shop "
         "selling 1 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members "
         "of the public, by sea from Shanghai; German wording (ammonium nitrate repeats in many sets and urea "
         "labels in several, as fertiliser and AdBlue; urea as a dyeing auxiliary for rug yarn is the new part as "
         "far as a search found)", firm("Vega Färbebedarf GmbH", "DE")),
        ("PRE-07", "import", "LTPOST01", "post", "GE", [], "LT", "220890",
         "ჭაჭა, სახლის, ყურძნის არაყი, საჩუქარი, 4 x 1 ლიტრი", "GE", 5.6, 4, 80, "GEL",
         "chacha is a clear grape spirit of 0.95 kg/l that smells of grape pomace and burns with a blue flame; "
         "these four bottles hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin, eats into "
         "a copper coin and will not burn: about 65 % nitric acid (Annex I above 3 %), posted from Kutaisi to a "
         "private person in Kaunas; Georgian wording (nitric acid repeats in many sets and spirit covers in "
         "several (pisco, mampoer); a chacha label was found once, on a strategic row (blind93, Russian "
         "vodka as chacha), and on a precursor in no earlier row by a keyword search)",
         person("Private person", "LT")),
        ("PRE-08", "import", "PTPOST01", "post", "CV", [], "PT", "250100",
         "Sal marinho artesanal da ilha do Sal (Pedra de Lume), 4 x 1 kg, prenda", "CV", 4, 4, 1500, "CVE",
         "Pedra de Lume salt is coarse, grey-white, damp, salty crystals that taste of the sea; these four bags "
         "hold dry, fine, colourless crystals with no taste of salt that draw damp on the table, do not crackle on a "
         "pan but burn brightly mixed with sugar, and the inner bags read 'NaClO4': sodium perchlorate (Annex I "
         "above 40 %), posted from Cape Verde to a private person in Setúbal; Portuguese wording from Cape Verde "
         "(sodium perchlorate repeats in many sets and salt covers in several, kept as a repeat family; a Cape "
         "Verdean salt and this route were found in no earlier row)", person("Sra. Ana Silva", "PT")),
        ("PRE-09", "import", "LVAIR01", "express", "UZ", [], "LV", "292242",
         "Glutamat natriy (ta'm kuchaytirgich), 1 kg, 30 paket", "UZ", 30, 30, 90, "USD",
         "monosodium glutamate is long, needle-shaped, glassy crystals that taste of meat broth; these 30 bags hold "
         "small cubic crystals with no taste of broth that crackle and flare yellow on a gas ring, and the re-used "
         "sacks inside read 'NaClO3', for a Riga Central-Asian grocery that sells to the public: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, sent by express from Tashkent; Uzbek "
         "wording (sodium chlorate repeats in many sets; glutamate labels occur in a few earlier rows, so kept as a "
         "repeat family; Uzbek wording to Latvia by express is the new part)",
         firm("Orion Pārtika SIA", "LV")),
        ("PRE-10", "import", "GRROAD01", "road", "TR", ["BG"], "GR", "570110",
         "Isparta halısı, el dokuma, yün, 20 adet", "TR", 480, 20, 9000, "EUR",
         "an Isparta carpet-and-crafts van for a Thessaloniki carpet shop that also sells natural cosmetics to the "
         "public: Isparta rugs and rug brushes are what such shops buy, and Isparta is known for lavender as well, "
         "but the third item's 'lavanta suyu' is 300 vented HDPE bottles of a water-clear liquid of 1.13 kg/l with "
         "no scent of lavender that whitens and stings the skin and fizzes on a wool fringe: about 35 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, through Bulgaria at Promachonas; Turkish wording (hydrogen peroxide repeats in "
         "many sets and hydrosol covers in several, an Isparta rose water in blind53; lavender water behind an "
         "Isparta carpet order is the new part as far as a search found)",
         dict(firm("Delta Chalia AE", "GR"),
              _more_items=[item("960390", "Halı yıkama fırçaları, at kılı, 120 adet", "TR", 60, 720, "EUR", qty=120),
                           item("330190", "Lavanta suyu, Kuyucak, 1 litre, 300 şişe", "TR", 340, 600, "EUR", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "570329",
         "Gebruikte tapijttegels, gereinigd, A-keuze, voor hergebruik, 40 ft, 18 t", "NL", 18000, None, 1800, "EUR",
         "second-hand carpet tiles for reuse are lifted whole, cleaned, sorted by colour and stacked flat with a "
         "grade sheet; this container holds torn, glue-caked tiles with screed still on the backs, mixed with "
         "ceiling boards and floor-levelling rubble, and the black bitumen backing smells of mothballs and reads "
         "over 1,000 mg/kg PAH (coal tar), from an Amsterdam 1970s office strip-out: waste containing coal tar "
         "(17 03 01*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema; "
         "Dutch wording (coal-tar waste repeats in several sets under asphalt and bitumen labels; a second-hand "
         "carpet-tile label was found in no earlier row: one carpet-tile mention is torn tiles in stand waste, "
         "blind199)", {"importer_country": "GH"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "CM", "271500",
         "Colle bitumineuse pour parquet, stock excédentaire, fûts de 200 l, 60 fûts", "BE", 12000, 60, 1200, "EUR",
         "surplus bitumen parquet adhesive is a smooth, glossy, solvent-smelling black paste in sealed, labelled "
         "drums; these open-topped drums hold dry, crumbly black scrapings with wood splinters, floor-tile chips and "
         "grey fibres that read chrysotile under a lens, scraped off the floors of Liège schools by a flooring "
         "contractor: asbestos-containing black mastic (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Douala; Belgian French wording (asbestos repeats in many sets and "
         "vinyl floor tiles once, blind131; black mastic scrapings as surplus parquet glue is the new part as far "
         "as a search found)", {"importer_country": "CM"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "PK", "380991",
         "Wool finishing auxiliary (insect-resist agent), surplus stock, for re-use, 200 l drums, 40 drums", "GB",
         8000, 40, 2000, "GBP",
         "a surplus insect-resist agent for wool carpet yarn is a current permethrin emulsion in sealed drums with "
         "an in-date label; these forty drums are rusted, 1960s-1980s stock from a closed Kidderminster carpet "
         "mill's store, some with 'Eulan' and 'Dieldrex' labels under the new stickers, and read dieldrin and "
         "pentachlorophenol: obsolete persistent-organic-pollutant pesticides (POP waste, 16 03 05*), hazardous "
         "waste whose export to a non-OECD country is banned, from Felixstowe to Karachi for a 'carpet yarn' "
         "buyer; British English wording (obsolete pesticide stocks repeat in a few sets as returned agrochemicals "
         "and cattle dip; carpet moth-proofing agents from a carpet town are the new part)",
         {"importer_country": "PK"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "MA", "470790",
         "Organische bodemverbeteraar (papierslib met kalk), los, 40 t", "BE", 40000, None, 800, "EUR",
         "paper-sludge lime is a grey, crumbly, earthy, odourless mixture of fibre and chalk; this load is a dark, "
         "greasy, blue-and-red-stained filter cake of nylon fluff, latex and dye that smells of solvent and reads "
         "high PFAS (fluorinated stain-repellent finishes) and antimony, from the effluent plant of a "
         "Wielsbeke tufted-carpet dyehouse and finishing line: sludge containing persistent organic pollutants and "
         "hazardous substances (04 02 19*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Casablanca for a 'farm supply' firm; Flemish wording (textile and tannery sludges repeat in "
         "many sets under compost labels; PFAS carpet-finishing sludge was found in no earlier row)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "IESEA01", "sea", "IE", [], "NG", "845129",
         "Used carpet and upholstery extraction machines, working, tested, for reuse, 1 x 40 ft, 140 units", "IE",
         9000, 140, 7000, "EUR",
         "working second-hand carpet extractors are cleaned, with their hoses, wands and a test tag each; these 140 "
         "are stripped shells with burnt-out vacuum motors, cracked recovery tanks still holding stinking grey "
         "water, loose circuit boards and lead-acid batteries from the cordless ones, collected from Dublin "
         "cleaning firms: waste electrical equipment with hazardous components (16 02 13*, 16 06 01*), whose export "
         "to a non-OECD country is banned, from Dublin to Lagos; Irish English wording (e-waste as tested "
         "second-hand goods repeats in many sets; carpet extractors were found in no earlier row)",
         {"importer_country": "NG"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MR", "570500",
         "Alfombras de segunda mano, lote surtido, para reutilización, 2 x 40 ft, 30 t", "ES", 30000, None, 3000,
         "EUR",
         "second-hand rugs for reuse are dry, rolled and sorted; these containers hold wet, charred, sooty rolls "
         "that reek of smoke and fire-fighting foam, with melted polypropylene and burnt packaging between them, "
         "from a Paterna carpet warehouse that burned in the autumn: fire debris with combustion residues and "
         "PFAS foam, a hazardous waste whose export to a non-OECD country is banned, from Valencia to Nouakchott; "
         "Spanish wording (used-rug labels on mixed waste repeat in blind149 and blind207, kept as a repeat "
         "family; a burnt carpet warehouse's stock was found in no earlier row)", {"importer_country": "MR"}),
        ("WST-07", "export", "CYSEA01", "sea", "CY", [], "LB", "381300",
         "Αφρώδες συμπύκνωμα πυρόσβεσης AFFF 3 %, πλεόνασμα, για επαναχρησιμοποίηση, 80 βαρέλια", "CY", 16000, 80,
         1600, "EUR",
         "surplus fire-fighting foam for reuse is an in-date, fluorine-free concentrate in sealed drums; these 80 "
         "drums are decades-old, sludgy AFFF with a 3M 'Light Water' label, read PFOS well above the POP limit and "
         "were withdrawn from Larnaca airport's fire station: POP waste (16 05 08*), hazardous waste whose export "
         "to a non-OECD country is banned, from Limassol to Beirut; Greek wording (AFFF and PFOS repeat in several "
         "sets, kept as a repeat; from Cyprus to Lebanon is the new part)", {"importer_country": "LB"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "250590",
         "Kremenčev pesek za peskanje, suh, v vrečah big bag, 24 t", "SI", 24000, None, 960, "EUR",
         "blasting sand is clean, dry, sharp, sieved quartz of one colour; these bags hold black, lumpy, "
         "resin-bonded sand with metal beads and core pieces that smells of phenol and reads phenol and lead, from "
         "a Celje foundry's moulding line: spent foundry sand with dangerous substances (10 10 07*), hazardous "
         "waste whose export to a non-OECD country is banned, through Croatia to a 'construction' buyer in Bihać; "
         "Slovenian wording (foundry sand repeats in several sets; a blasting-sand label from Slovenia is the new "
         "part)", {"importer_country": "BA"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "440612",
         "Traverse de lemn pentru amenajări peisagistice, netratate, 22 t", "RO", 22000, None, 1100, "EUR",
         "untreated landscaping sleepers are new, pale, clean oak or pine that smell of sawdust; these are black, "
         "oily, cracked railway sleepers with spike holes and ballast stones stuck on that reek of creosote, lifted "
         "on a Moldavian line renewal: creosoted wood (17 02 04*), hazardous waste whose export to a non-OECD "
         "country is banned, at Sculeni for a Chișinău 'garden centre'; Romanian wording (creosoted sleepers "
         "repeat in many sets, kept as a repeat; by road from Romania to Moldova is the new part)",
         {"importer_country": "MD"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "430219",
         "Κατεργασμένα δέρματα προβάτου για χαλιά, δεύτερης ποιότητας, 20 t", "GR", 20000, None, 2000, "EUR",
         "second-quality tanned sheepskins for rugs are soft, dry, woolly skins sorted by size; this container "
         "holds wet, grey, stinking shavings, trimmings and buffing dust with blue chrome-tanned leather scraps and "
         "salt sludge from a Thessaloniki rug-skin tannery's floors: tannery waste containing chromium (04 01 08, "
         "with sludges 04 01 06), whose export to a non-OECD country for disposal is banned and for recovery needs "
         "consent it does not have, from Thessaloniki to Alexandria; Greek wording (tannery waste repeats in many "
         "sets; a sheepskin-rug label from a rug-skin tannery is the new part as far as a search found)",
         {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "381400",
         "Nahtkleber-Entferner für Teppichverleger, nicht brennbar, 5-l-Kanister, 240 Kanister", "TR", 1490, 240,
         2900, "EUR",
         "a seam-adhesive remover for carpet fitters is a citrus or hydrocarbon solvent of about 0.8 kg/l that "
         "burns; these 240 cans are marked non-flammable (which no hydrocarbon is), hold a liquid of 1.24 kg/l "
         "that boils in a warm hand and smells faintly of ether, and a leak detector reads "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, a controlled substance whose import Regulation 2024/590 bans, on a "
         "lorry from Bursa through Bulgaria, Serbia and Hungary to a Linz flooring wholesaler; German wording "
         "(HCFC-141b repeats in many sets, once as an Azerbaijani rug restorers' solvent, blind137; a carpet "
         "fitters' seam-adhesive remover was found in no earlier row)", firm("Alpina Bodenbelag GmbH", "AT")),
        ("OZN-02", "import", "FRAIR01", "air", "JP", [], "FR", "381400",
         "シルク絨毯・タペストリー用ドライクリーニング溶剤 (不燃性), 20 L 缶, 12 缶", "JP", 370, 12, 1900, "EUR",
         "a dry-cleaning solvent for silk rugs sold today is a hydrocarbon or siloxane of about 0.76-0.95 kg/l; "
         "these twelve cans hold a very light-running, non-flammable liquid of 1.56 kg/l with a faint sweet smell "
         "that evaporates in seconds and reads 1,1,2-trichloro-1,2,2-trifluoroethane on a gas test: CFC-113, a "
         "controlled substance whose import Regulation 2024/590 bans, flown from Osaka for a Paris silk-rug and "
         "tapestry restorer; Japanese wording (CFC-113 repeats in many sets under cleaning labels; a silk-rug "
         "dry-cleaning label was found in no earlier row)", firm("Atelier Rivage Tapis SARL", "FR")),
        ("OZN-03", "import", "ITROAD01", "road", "TR", ["GR"], "IT", "841582",
         "Halı kurutma odası için ısı pompalı nem alma üniteleri, ikinci el, 6 adet", "TR", 1800, 6, 9000, "EUR",
         "heat-pump dehumidifiers for rug-drying rooms sold in the Union today run on R-32, R-290 or R-410A and "
         "carry a recent nameplate; these six second-hand units from an Istanbul rug washery have 1990s nameplates "
         "reading 'R22 - 9.5 kg', oil-stained copper and a leak detector reading chlorodifluoromethane: equipment "
         "relying on HCFC-22, whose import Regulation 2024/590 bans, on a lorry through Igoumenitsa to a Bari rug "
         "washer; Turkish wording (R-22 equipment repeats in many sets and water-damage dehumidifiers once, "
         "blind219; rug-drying rooms were found in no earlier row)", firm("Meridian Lavaggio Tappeti Srl", "IT")),
        ("OZN-04", "export", "FRSEA01", "sea", "FR", [], "TN", "731100",
         "Bouteilles de gaz inerte IG-55 (argon-azote), usagées, dépose d'une réserve de tapisseries, 24 bouteilles",
         "FR", 2400, 24, 3600, "EUR",
         "used IG-55 cylinders are tall, 300-bar bottles of a gas mixture with no liquid in them; these 24 are "
         "squat, 42-bar bottles that slosh with liquid, weigh 100 kg each and carry 'BTM' and '1301' stamps under "
         "the new labels, removed from the fire-suppression system of an Aubusson tapestry store: "
         "bromotrifluoromethane (halon 1301), a controlled substance whose export Regulation 2024/590 allows only "
         "for licensed critical uses, from Marseille to Tunis for a 'fire-equipment' dealer; French wording (halon "
         "1301 repeats in many sets and inert-gas labels in several; a tapestry-store halon system was found in "
         "no earlier row)", {"importer_country": "TN"}),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "350699",
         "Klej w sprayu do płytek dywanowych i wykładzin, 500 ml, 12 000 puszek", "CN", 7200, 12000, 9600, "USD",
         "a spray adhesive for carpet tiles sold in the Union runs on dimethyl ether or propane-butane and carries "
         "a flammable-gas mark; these cans carry none, the safety data sheet packed in the cartons gives "
         "chlorodifluoromethane as propellant and a can emptied into a leak detector confirms it: HCFC-22 in "
         "aerosol products, whose import Regulation 2024/590 bans, by sea from Ningbo for a Poznań flooring "
         "wholesaler; Polish wording (HCFC-22 and CFC propellants in spray adhesives repeat in blind59, blind125 and "
         "blind186, kept as a repeat family; a carpet-tile adhesive label is the new part)",
         firm("Horizon Podłogi Sp. z o.o.", "PL")),
        ("OZN-06", "import", "PLROAD01", "road", "UA", [], "PL", "392111",
         "Плити XPS під водяну теплу підлогу, 30 мм, з фольгою, 2 400 м²", "UA", 2900, 2400, 5800, "EUR",
         "XPS boards for underfloor heating sold in the Union are blown with CO2 and carry the maker's CE mark; "
         "these boards come from an old Kharkiv line, carry a Soviet-era GOST stamp, and a cut piece held in a "
         "leak detector reads 1-chloro-1,1-difluoroethane: foam products blown with HCFC-142b, whose import "
         "Regulation 2024/590 bans, on a lorry at Dorohusk for a Lublin flooring contractor; Ukrainian wording "
         "(HCFC-142b XPS repeats in several sets, kept as a repeat; an underfloor-heating board label for a "
         "flooring contractor is the new part)", firm("Central Posadzki Sp. z o.o.", "PL")),
        ("OZN-07", "import", "DEAIR01", "air", "US", [], "DE", "841810",
         "Restored vintage refrigerator, 1956, chrome, working, 1 unit", "US", 140, 1, 4800, "USD",
         "a restored 1950s refrigerator sold to Europe today has its sealed system replaced with an R-600a unit and "
         "a new label; this one keeps its original compressor, whose plate reads 'Freon-12, 10 oz', and a leak "
         "detector confirms dichlorodifluoromethane: equipment relying on CFC-12, whose import Regulation 2024/590 "
         "bans, flown from Chicago to a Munich collector; US English wording (CFC-12 equipment repeats in many "
         "sets, vintage soda coolers in several; a restored vintage home refrigerator was found in no earlier "
         "row by a keyword search)", person("Herr K. Becker", "DE")),
        ("OZN-08", "transit", "NLSEA01", "sea", "VN", ["NL"], "GH", "382769",
         "Môi chất lạnh R-422D thay thế trực tiếp, bình 11,3 kg, 800 bình", "VN", 9040, 800, 30000, "USD",
         "R-422D drop-in refrigerant is an HFC blend in green-grey cylinders that read about 11 bar at 25 °C; these "
         "800 cylinders read about 10 bar, the liquid's refractive test and a leak detector give "
         "chlorodifluoromethane alone, and the valve stamps read 'R22': HCFC-22, a controlled substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam in transit from "
         "Haiphong to Tema; Vietnamese wording (HCFC-22 under HFC-blend labels repeats in many sets, kept as a "
         "repeat; R-422D from Viet Nam through Rotterdam is the new part)", {"importer_country": "GH"}),
        ("OZN-09", "import", "ESSEA01", "sea", "MA", [], "ES", "380899",
         "Fumigant du sol à base de chloropicrine pour fraisiers, bouteilles 50 kg, 40 bouteilles", "MA", 2000, 40,
         6000, "EUR",
         "chloropicrin is an oily, yellowish liquid of 1.65 kg/l that makes the eyes stream at once; these 40 "
         "cylinders hold a colourless liquid of 1.73 kg/l under pressure that boils at 4 °C and barely smells, "
         "with only a trace of chloropicrin as a warning agent, and the cylinder shoulders read 'CH3Br 98/2': "
         "methyl bromide, whose import Regulation 2024/590 bans outside narrow exemptions, by sea from Agadir to "
         "Huelva for a strawberry grower; Moroccan French wording (methyl bromide repeats in many sets under "
         "fumigant labels, kept as a repeat; a chloropicrin label from Morocco for Huelva strawberries is the new "
         "part)", firm("Atlantic Agro Supply SL", "ES")),
        ("OZN-10", "import", "NLSEA01", "sea", "IN", [], "NL", "570299",
         "Hand-woven flatweave dhurries, cotton and wool, 1,200 pcs", "IN", 9000, 1200, 24000, "USD",
         "a Panipat dhurrie container for an Amsterdam rug importer: flatweaves, jute runners and cotton cushion "
         "covers are what Panipat exports, but the third item's 'rug-cleaning solvent, non-flammable' is 40 drums "
         "of a liquid of 1.31 kg/l that boils at 74 °C, smells sweet and reads 1,1,1-trichloroethane: methyl "
         "chloroform, whose import Regulation 2024/590 bans, hidden as the last item of a three-item declaration, "
         "from Mundra to Rotterdam; Indian English wording (methyl chloroform repeats in many sets; a dhurrie "
         "container hiding it was found in no earlier row: 'dhurrie' occurs in none)",
         dict(firm("Nordhafen Tapijt BV", "NL"),
              _more_items=[item("570220", "Jute floor runners, braided, 600 pcs", "IN", 3000, 5400, "USD", qty=600),
                           item("381400", "Rug-cleaning solvent, non-flammable, 200 l drums, 40 drums", "IN", 10480,
                                2400, "USD", qty=40)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "MN", [], "DE", "570500",
         "Шинэ эсгий хивс, хээтэй, гар урлал, 6 ширхэг", "MN", 30, 6, 600, "USD",
         "new Mongolian felt rugs are thick, bright, stitched felt with clean white wool; four of these six are "
         "thin, brittle, dark-brown felt and wool fragments with appliquéd spirals and animal combat scenes, "
         "stitched silk edging, fine soil in the fibres and tomb-frost staining: Xiongnu textile fragments "
         "(about 1st century BC - 1st century AD) from looted Noin-Ula-type tombs, whose export Mongolia forbids, "
         "imported without an export document in breach of Regulation 2019/880, flown from Ulaanbaatar for a "
         "Berlin textile dealer; Mongolian wording (Xiongnu belt plaques repeat in several sets; Xiongnu felts "
         "under a new-felt-rug label were found in no earlier row)", firm("Nordhafen Textilkunst GmbH", "DE")),
        ("CUL-02", "import", "ITAIR01", "air", "EG", [], "IT", "570110",
         "قطعة سجاد صوف قديمة مستعملة، بحاجة إلى ترميم، ١ قطعة", "EG", 9, 1, 250, "EUR",
         "a worn old wool rug piece for repair sells for a few hundred euros; this one is a fragment with a "
         "kaleidoscopic star-and-octagon field in cherry red, pale green and blue, Z-spun wool and a mosque "
         "waqf inscription in ink on the back: a Cairene Mamluk carpet fragment of the late 15th century taken "
         "from a Cairo mosque, exported in breach of Egypt's antiquities law and imported in breach of "
         "Regulation 2019/880, flown to a Milan rug restorer; Egyptian Arabic wording (a used-rug-fragment label "
         "repeats in blind146, on a Kerman carpet, kept as a repeat family; a Mamluk carpet was found in no "
         "earlier row)", firm("Meridian Restauro Tessile Srl", "IT")),
        ("CUL-03", "export", "DEAIR01", "air", "DE", [], "US", "630140",
         "Wolldecke im Southwest-Stil, handgewebt, neu, 1 Stück", "DE", 4, 1, 600, "EUR",
         "a new Southwest-style blanket is machine-spun, bright and even; this one is tightly woven, "
         "hand-spun and ravelled bayeta red, indigo and natural wool in broad bands, with moth damage and an old "
         "museum number in ink: a Navajo first-phase chief's blanket of about 1850 from a Bavarian collection, "
         "worth some 400,000 EUR, exported without the export licence Regulation 116/2009 requires for items over "
         "a hundred years old and worth more than 50,000 EUR, flown from Munich to a Santa Fe buyer; German "
         "wording (a Navajo blanket was found in no earlier row: 'Navajo' occurs in none)",
         {"importer_country": "US"}),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "570110",
         "Tappeto usato in lana, annodato a mano, 1 pezzo, 2 x 3 m", "IT", 30, 1, 300, "EUR",
         "a used hand-knotted rug sells for a few hundred euros; this one has a yellow arabesque lattice on red, "
         "Kufic borders, symmetric knots on a wool foundation, worn pile and a parish inventory label: a 16th-century "
         "Uşak 'Lotto' carpet stolen from a church in the Marche, a cultural good whose export the Italian code "
         "forbids and which needs an export licence under Regulation 116/2009, on a van at Chiasso for a Lugano "
         "dealer; Italian wording (a church carpet repeats in blind172, from Transylvania, kept as a repeat "
         "family; a Lotto carpet from an Italian church is the new part)", {"importer_country": "CH"}),
        ("CUL-05", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Traverten zemin karosu, yeni, cilalı, 61 x 61 cm, 400 m²", "TR", 14000, None, 9600, "EUR",
         "a Gaziantep stone lorry for a Frankfurt flooring contractor: new travertine floor tiles and marble "
         "skirting are what such contractors import, but the third item's 'marble inlay floor medallion, new, for a "
         "hotel lobby' is twelve hand-cut opus sectile panels of porphyry, green serpentine and marble in a "
         "guilloche, with lime mortar on the backs, worn walking surfaces and fresh saw cuts, where a new "
         "medallion is water-jet cut and sharp-edged: part of a Byzantine church floor from northern Syria, "
         "removed in breach of Regulation 36/2012's ban on Syrian cultural property and of Regulation 2019/880, "
         "hidden as the last item of a three-item declaration, on a lorry through Bulgaria, Serbia, Hungary and "
         "Austria; Turkish wording (Syrian mosaics repeat in several sets; opus sectile under a floor-medallion "
         "label was found in no earlier row: 'opus sectile' occurs in none)",
         dict(firm("Vega Bodenbau GmbH", "DE"),
              _more_items=[item("680221", "Mermer süpürgelik, yeni, 600 metre", "TR", 3000, 2400, "EUR"),
                           item("680221", "Mermer kakma zemin madalyonu, yeni, otel lobisi için, 1 takım (12 parça)",
                                "TR", 900, 4800, "EUR", qty=12)])),
        ("CUL-06", "import", "NLAIR01", "air", "NP", [], "NL", "570110",
         "Tibetan tiger rug, hand-knotted, new, Kathmandu, 1 pc", "NP", 14, 1, 400, "USD",
         "new Kathmandu tiger rugs are bright, evenly clipped, synthetic-dyed and tagged by a workshop; this one "
         "is a faded, worn, slit-woven-backed monastery seat rug with an abstract tiger pelt, natural dyes, "
         "butter-lamp soot and a temple inventory mark in Tibetan script, cut from a pillar-hanging pair: an "
         "18th-century monastery rug taken from Tibet, exported in breach of Chinese cultural-relics law through "
         "Nepal and imported in breach of Regulation 2019/880, flown from Kathmandu to an Amsterdam rug dealer; "
         "English wording from Nepal (Tibetan objects through Nepal repeat in several sets; a monastery tiger rug "
         "under a new-rug label is the new part as far as a search found)", firm("Delta Oosterse Tapijten BV", "NL")),
        ("CUL-07", "export", "CZAIR01", "air", "CZ", [], "AE", "570110",
         "Použitý hedvábný koberec, Kom, 20. století, 1 kus", "CZ", 22, 1, 1800, "EUR",
         "a used 20th-century silk Qum rug is fine, even and bright with a maker's signature; this one has silver "
         "and gilt-metal brocading, faded salmon and green silk pile worn to the foundation and a noble family's "
         "inventory label: a Safavid 'Polonaise' silk carpet of about 1600 from a Bohemian château collection, "
         "worth millions, exported without the export licence Regulation 116/2009 requires and without the Czech "
         "permit, flown from Prague to Dubai for a Doha buyer; Czech wording (carpets out of European collections "
         "repeat in several sets; a Polonaise carpet was found in no earlier row)", {"importer_country": "AE"}),
        ("CUL-08", "export", "PTSEA01", "sea", "PT", [], "BR", "690723",
         "Azulejos de reprodução, pintados à mão, 600 unidades", "PT", 1200, 600, 900, "EUR",
         "hand-painted reproduction tiles are bright, even and glazed on a clean, machine-pressed body; these 600 "
         "are tin-glazed, blue-and-white figurative panels of about 1740 with crazing, lime mortar on the backs "
         "and chisel marks, stripped from the nave of a Minho chapel and listed in the SOS Azulejo theft database: "
         "stolen Portuguese azulejos, exported without the licence Regulation 116/2009 and Portuguese law require, "
         "from Leixões to Santos; Portuguese wording (azulejos repeat in several sets, kept as a repeat; stolen "
         "chapel panels to Brazil by sea are the new part)", {"importer_country": "BR"}),
        ("CUL-09", "export", "ITAIR01", "express", "IT", [], "US", "830629",
         "Statuetta in bronzo, riproduzione artigianale di bronzetto nuragico, 1 pezzo", "IT", 1.1, 1, 120, "EUR",
         "a craft reproduction of a Nuragic figurine is a clean, evenly patinated casting with a shop label; this "
         "one is a small warrior with horned helmet and bow, lost-wax cast with its sprue, earth in the hollows and "
         "a rough green-and-red corrosion: a Nuragic bronze of the early Iron Age dug in Sardinia, an "
         "archaeological object that needs an export licence under Regulation 116/2009 whatever its value, sent "
         "by express from Cagliari to a New York buyer; Italian wording (Nuragic bronzes repeat in a few sets, "
         "kept as a repeat; by express to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-10", "import", "FRAIR01", "air", "AM", [], "FR", "570110",
         "Ձեռագործ նոր գորգ, բրդյա, 1 հատ", "AM", 28, 1, 700, "USD",
         "a new Armenian hand-knotted carpet is bright, evenly clipped and sold with a workshop certificate; this "
         "one is a long, worn, abrashed carpet with stylised dragons in a lattice of serrated leaves, a woven "
         "Armenian inscription and a church museum's inventory number: a 17th-18th-century 'dragon carpet' "
         "(vishapagorg) taken from an Armenian church collection, exported in breach of Armenian law and imported "
         "in breach of Regulation 2019/880, flown from Yerevan to a Lyon dealer; Armenian wording (Armenian "
         "carpets repeat as a harmless item in blind99; a dragon carpet was found in no earlier row)",
         firm("Rivage Tapis d'Orient SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "CN", "570242",
         "Tappeti meccanici in viscosa, tessuti, 6 pezzi", "IT", 140, 6, 1800, "EUR",
         "machine-woven viscose rugs are light, shiny, stiff-backed and cost a few hundred euros; these six are "
         "hand-knotted silk Hereke and Qum carpets with knots visible on the back, silk fringes and a Milan "
         "dealer's valuation of 60,000 EUR, consigned to a Dandong trading company whose order names a Pyongyang "
         "department store as buyer: carpets are luxury goods whose sale to North Korea Regulation 2017/1509 bans, "
         "flown from Milan to Shenyang; Italian wording (luxury carpets repeat in several sets for Russia and "
         "Central Asia, and luxury goods for North Korea through Dandong in several (spirits, wine, watches); "
         "carpets for North Korea were found in no earlier row)",
         {"importer_name": "Dandong Hengtai Trading Co", "importer_country": "CN"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "AE", "540720",
         "Polypropylene primary backing fabric for carpet tufting, 3.8 m wide, 60 rolls", "NL", 9000, 60, 16000,
         "EUR",
         "primary backing for tufting is a light, white or black, woven PP tape fabric that melts on a match; these "
         "rolls are golden-yellow, very strong woven fabric that chars without melting and resists a knife, whose "
         "core labels read 'para-aramid 1100 dtex': aramid fabric (dual-use 1C010, Regulation 2021/821) exported "
         "without a licence, from Rotterdam to Jebel Ali for a Dubai trader whose buyer is a Tehran composite "
         "works that supplies UAV makers; English wording (aramid repeats in a few sets, once as a backing on "
         "armour tiles, blind27; a carpet-backing label on it is the new part)",
         {"importer_name": "Gulf Floorings FZE", "importer_country": "AE"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AM", "852589",
         "Caméras de détection d'humidité pour la rénovation de moquettes après dégât des eaux, 30 unités", "FR",
         60, 30, 27000, "EUR",
         "the moisture-mapping cameras carpet restorers use are handheld 160 x 120 thermal cameras at a few "
         "hundred euros; these 30 are bare 640 x 512, 60 Hz uncooled thermal cores with lens mounts and a video "
         "interface, worth several thousand euros each, for a Yerevan 'cleaning-equipment' firm that forwards to "
         "a Russian drone maker: thermal imaging cameras and cores (dual-use 6A003, and items Regulation 833/2014 "
         "bans for Russia) exported without a licence, flown from Paris; French wording (thermal cores repeat in "
         "several sets, under moisture-meter and moisture-sensor labels in blind219 and blind252, kept as a "
         "repeat family; a carpet-restoration water-damage label is the new part)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "IR", "283620",
         "Carbonato sódico (sosa Solvay) para lavado de alfombras, sacos de 25 kg, 16 t", "ES", 16000, None, 5600,
         "EUR",
         "soda ash for washing rugs is a white, odourless, free-flowing powder that makes water slippery; these "
         "sacks hold yellow-to-red flakes that smell of rotten eggs when damp and blacken a silver coin: sodium "
         "sulphide (an Australia Group chemical-weapon precursor, dual-use 1C350) exported to Iran without the "
         "licence Regulation 2021/821 requires, from Valencia to Bandar Abbas for an Isfahan 'carpet washery'; "
         "Spanish wording (sodium sulphide was found in a few earlier rows; soda ash for rug washing was found "
         "in no earlier row)", {"importer_country": "IR"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AM", "844859",
         "Ersatzteile für Jacquardmaschinen (Teppichweberei): Steuerplatinen, 400 Stück", "DE", 120, 400, 36000,
         "EUR",
         "jacquard-head control boards are green, single-purpose boards with a microcontroller and relay drivers "
         "at about 90 EUR; these 400 are new, unbranded boards carrying Xilinx FPGAs, fast ADCs and RF connectors, "
         "worth far more, for a Yerevan 'carpet factory' that does not exist at its address and re-exports to "
         "Moscow: common high-priority items whose sale for use in Russia Regulation 833/2014 bans, routed "
         "through Armenia, flown from Frankfurt; German wording (FPGAs repeat in several sets, under coffee-machine "
         "parts in blind112; jacquard loom spares were found in no earlier row)", {"importer_country": "AM"}),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "PK", "850440",
         "Frequenzumrichter für Teppichwebmaschinen-Antriebe, 20 Stück", "DE", 300, 20, 18000, "EUR",
         "loom-drive inverters run motors at 50-120 Hz and are catalogue items at a few hundred euros; these 20 "
         "are multi-phase frequency changers with an output of 600-2,000 Hz, low harmonic distortion and "
         "frequency control better than 0.2 %, with their serial plates ground off, for a Faisalabad 'carpet "
         "mill' linked to a procurement network: frequency changers for gas centrifuges (dual-use 3A225) exported "
         "without a licence, flown from Frankfurt; German wording (frequency changers repeat in several sets; a "
         "carpet-loom drive label is the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "310420",
         "Kaliy xlorid, o'g'it, granulalangan, 60 % K2O, 2 800 t", "UZ", 2800000, None, 700000, "USD",
         "Uzbek potash from Dehqonobod is a pale, reddish, fine granule shipped south; this train carries pink, "
         "coarse granules whose bags and wagons come from Soligorsk, loaded at a Belarusian station, with a "
         "certificate of Uzbek origin bought in Tashkent: Belarusian potassium chloride, whose import Regulation "
         "765/2006 bans, on a train through Russia and Belarus to Kybartai; Uzbek wording (Belarusian potash "
         "repeats in several sets under other origins, kept as a repeat; an Uzbek origin label is the new part)",
         firm("Baltic Agro UAB", "LT")),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "KG", "851420",
         "Dental-Gussofen, Vakuum, für Zahnlabore, 2 Stück", "DE", 1800, 2, 28000, "EUR",
         "a dental vacuum casting furnace is a benchtop unit of 40-80 kg that melts a few grams of alloy; these "
         "two crates hold 900 kg vacuum induction furnaces with a 20 kg crucible, a 1,700 °C rating and a "
         "turbomolecular pump, for a Bishkek 'dental supply' firm that forwards to a Russian aerospace works: "
         "vacuum induction furnaces (dual-use 2B227, and goods Regulation 833/2014 bans for Russia), flown from "
         "Leipzig; German wording (furnaces for Russia through Kyrgyzstan repeat in several sets; a dental "
         "casting furnace label is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-09", "transit", "BESEA01", "sea", "CN", ["BE"], "OM", "283330",
         "Magnesium sulphate heptahydrate (Epsom salt), fertiliser grade, 25 kg bags, 20 t", "CN", 20000, None,
         4000, "USD",
         "Epsom salt is large, clear, bitter crystals that dissolve cold; these bags hold a fine, white, "
         "tasteless powder that burns fiercely with a red flame on a hot plate and whose inner liners read "
         "'NH4ClO4, 200 µm': ammonium perchlorate, a rocket-propellant oxidiser (Military List ML8), moved "
         "through the Union without a licence and bound for Salalah for onward carriage to Yemen under an arms "
         "embargo, landed at Antwerp in transit from Qingdao; English wording (Epsom-salt labels repeat in "
         "several sets, kept as a repeat family; ammonium perchlorate for Yemen in transit is the new part)",
         {"importer_country": "OM"}),
        ("STR-10", "export", "BEAIR01", "air", "BE", [], "TR", "750400",
         "Nickel powder for NiMH battery electrodes, 2 x 100 kg drums", "BE", 200, 2, 9000, "EUR",
         "nickel powder for battery electrodes is a filamentary, grey, 2-3 µm carbonyl powder sold by the tonne "
         "at about 20 EUR/kg; these two drums hold a spherical, 99.9 % nickel powder under 10 µm with a maker's "
         "certificate for 'porous metal filters', for an Istanbul trader that forwards to Tehran: nickel powder "
         "for gaseous-diffusion barriers (dual-use 1C240) exported without a licence, flown from Liège; English "
         "wording (nickel powder was found in a few earlier rows; a NiMH-electrode label is the new part as far "
         "as a search found)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "CM", [], "FR", "440929",
         "Parquet massif en tali (Erythrophleum), lames rainurées-languetées, 14 mm, 1 conteneur, 900 m²", "CM",
         14000, None, 25000, "EUR",
         "tali parquet is dark, reddish-brown, very hard, with a coarse interlocked grain and no smell; these "
         "tongue-and-groove strips are lighter, orange-brown darkening to copper, with white deposits in the pores "
         "and a faint leathery smell: doussié (Afzelia, CITES App. II for African populations since 2023, "
         "annotation #17 covering flooring strips) without a CITES export permit, by sea from Douala to Le Havre "
         "for a Nantes flooring contractor; Cameroonian French wording (afzelia was found once as a label on "
         "kosso logs, blind103; afzelia itself under a tali parquet label is the new part as far as a search "
         "found)", firm("Atlantic Parquets SARL", "FR")),
        ("WLF-02", "import", "ESSEA01", "sea", "PY", [], "ES", "442199",
         "Bloques de cedro antipolilla para guardar alfombras, 4.000 unidades", "PY", 2400, 4000, 3200, "USD",
         "cedar moth blocks are light, soft, pinkish wood that smells of pencil shavings and floats; these blocks "
         "are olive-green, waxy, so heavy they sink in water and smell of guaiac and roses: palo santo (Bulnesia "
         "sarmientoi, CITES App. II) without a CITES export permit, by sea from Asunción through Buenos Aires to "
         "Valencia for a Madrid rug dealer's storage service; Paraguayan Spanish wording (Bulnesia repeats in a "
         "few sets as incense and aromatherapy wood; a cedar moth-block label for rug storage is the new part)",
         firm("Rivage Alfombras SL", "ES")),
        ("WLF-03", "import", "ITSEA01", "sea", "AR", [], "IT", "570110",
         "Alfombras de lana de llama tejidas a mano, Salta, 40 unidades", "AR", 400, 40, 8000, "USD",
         "a Salta weavers' cooperative container for a Biella rug and yarn house: llama-wool rugs and hand-spun "
         "sheep yarn are what the Puna cooperatives sell, but the third item's 'fibra de llama descerdada' is 120 kg "
         "of an even, cinnamon fibre with white belly lots, 16 microns under the lens and worth five times a llama "
         "fibre: guanaco (Lama guanicoe, CITES App. II) without the Argentine CITES export permit, hidden as the "
         "last item of a three-item declaration, by sea from Buenos Aires to Genoa; Argentine Spanish wording "
         "(guanaco repeats under merino and camel-hair labels in blind118 and blind186, kept as a repeat; a "
         "llama-fibre label behind llama rugs is the new part)",
         dict(firm("Alpina Lane Srl", "IT"),
              _more_items=[item("510540", "Hilado de oveja criolla, hilado a mano, 200 kg", "AR", 200, 3000, "USD"),
                           item("510219", "Fibra de llama descerdada, para tejido de alfombras, 120 kg", "AR", 120,
                                1800, "USD")])),
        ("WLF-04", "import", "DEPOST01", "post", "MN", [], "DE", "430390",
         "Хурганы арьсан хөнжил, гар урлал, 1 ширхэг", "MN", 3.2, 1, 150, "USD",
         "a Mongolian lambskin throw is pieced from small, creamy, curly lambskins; this one is pieced from 14 "
         "dense, long, silvery-grey pelts with thin black bands on the tail and two black stripes on each cheek, "
         "with the ears still on: Pallas's cat (Otocolobus manul, CITES App. II) without CITES documents, posted "
         "from Ulaanbaatar to a private buyer in Dresden; Mongolian wording (Pallas's cat was found once, among "
         "rabbit skins, blind137; a lambskin-throw label is the new part)", person("Anna Schmidt", "DE")),
        ("WLF-05", "import", "NLAIR01", "express", "ID", [], "NL", "420500",
         "Karpet runner kulit ular emboss (imitasi), 3 meter, 1 buah", "ID", 2.8, 1, 90, "USD",
         "an embossed imitation snakeskin runner is cowhide or PU with a pressed, repeating scale pattern; this "
         "3 m runner is sewn from four real skins with overlapping scales, irregular dark blotches and a pale "
         "belly strip: reticulated python (Malayopython reticulatus, CITES App. II) without CITES documents, sent "
         "by express from Jakarta to a private buyer in Utrecht; Indonesian wording (python skins repeat in many "
         "sets; a rug-runner label was found in no earlier row)", person("M. Bakker", "NL")),
        ("WLF-06", "import", "PTAIR01", "air", "BR", [], "PT", "140490",
         "Aparas de pau-campeche para tingimento natural de lã, 40 kg", "BR", 40, None, 160, "EUR",
         "logwood chips are dark-brown heartwood that gives a purple-black dye; these chips are bright "
         "orange-red, very hard and turn water deep red that goes crimson in alkali, at a fraction of their worth: "
         "pau-brasil (Paubrasilia echinata, CITES App. II, all parts) without a CITES export permit, flown from "
         "Recife to Lisbon for an Arraiolos rug workshop's natural-dye line; Brazilian Portuguese wording (a "
         "logwood label repeats in blind94, on red sanders, kept as a repeat family; pau-brasil as dye chips for "
         "rug wool is the new part)", firm("Central Tapetes de Arraiolos Lda", "PT")),
        ("WLF-07", "import", "DEPOST01", "post", "HK", [], "DE", "030695",
         "蝦米乾 (dried shrimps), 自用, 2 公斤, 第 2 件 (共 4 件)", "HK", 2, None, 300, "HKD",
         "dried shrimps are small, curled, orange-pink and smell strongly of the sea; this parcel, the second of "
         "four sent the same day to the same address, holds about 400 flat, brittle, grey-brown dried fish with "
         "curled tails, horse-shaped heads and bony plates: seahorses (Hippocampus spp., CITES App. II) without "
         "CITES documents, split over several parcels, posted from Hong Kong to a private person in Hamburg; "
         "Cantonese (traditional Chinese) wording (seahorses repeat in many sets, kept as a repeat; split over "
         "dried-shrimp parcels to Hamburg is the new part)", person("Privatperson", "DE")),
        ("WLF-08", "import", "FRAIR01", "air", "US", [], "FR", "121120",
         "고려 홍삼 6년근, 건조, 10 kg", "KR", 10, None, 900, "USD",
         "Korean six-year red ginseng is steamed, translucent, reddish-brown roots with a trimmed body and a "
         "government seal; these are pale, cream, wrinkled, unsteamed roots with many rings, a long neck of stem "
         "scars and forked 'man' shapes, shipped from Wisconsin at a tenth of their worth: wild American ginseng "
         "(Panax quinquefolius, CITES App. II) without a US CITES export permit, flown from Chicago to a Paris "
         "Korean grocer; Korean wording (American ginseng repeats in a few sets; a Korean red-ginseng label on "
         "it is the new part as far as a search found)", firm("Horizon Asia Import SARL", "FR")),
        ("WLF-09", "import", "FRSEA01", "sea", "HT", [], "FR", "030792",
         "Chair de bulot congelée, blocs de 5 kg, 600 kg", "HT", 600, None, 2400, "EUR",
         "frozen whelk meat is small, grey-brown, rubbery feet of a cold-water snail; these blocks hold large, "
         "pink-and-white, fleshy slabs with a claw-like operculum: queen conch (Aliger gigas, CITES App. II, with "
         "trade from Haiti suspended) without CITES documents, by sea from Port-au-Prince to Pointe-à-Pitre for a "
         "Guadeloupe restaurant supplier; French wording from Haiti (queen conch repeats in many sets, kept as a "
         "repeat; a whelk label from Haiti to Guadeloupe is the new part)", firm("Delta Marée SARL", "FR")),
        ("WLF-10", "import", "DEPOST01", "post", "MX", [], "DE", "950300",
         "Peluches de araña para niños, 3 piezas", "MX", 1.2, 3, 25, "USD",
         "plush spiders are light, stuffed toys with felt legs; each of these three has a live, hairy spider of "
         "about 12 cm with orange knees in a pill tube sewn into its body: Mexican red-knee tarantulas "
         "(Brachypelma hamorii, CITES App. II) without CITES documents, posted from Guadalajara to a private "
         "keeper in Bremen; Mexican Spanish wording (Brachypelma repeats in several sets, kept as a repeat; "
         "plush-toy hiding from Mexico is the new part as far as a search found)", person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "US", "PL", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "US", 4.6, 4, 120,
     "USD", [("PRECURSOR_LICENCE", "PL-MSWiA-69-0231")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "MA", "FR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (wool and rug-fringe bleaching)", "MA", 4.5, 4,
     40, "EUR", [("PRECURSOR_LICENCE", "FR-MI-69-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "GB", "BE", "380891",
     "Obsolete carpet-mill moth-proofing agents (dieldrin, PCP), 16 03 05*, for high-temperature incineration, 40 drums",
     "GB", 8000, 40, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-69-0311")],
     "notified obsolete POP pesticides to a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "570329",
     "Carpet tiles with coal-tar bitumen backing (17 03 01*), for thermal treatment at a licensed plant, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-69-0087")], "notified coal-tar waste to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "CH", "FR", "290376",
     "Halon 1301, recovered and reclaimed, for aircraft fire protection (critical use), 10 cylinders", "CH", 500, 10,
     12000, "EUR", [("ODS_LICENCE", "FR-MTE-ODS-69-006")], "reclaimed halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "JP", "FR", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "JP", 0.1, 10, 700, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-69-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "US", "570110",
     "Safavid silk carpet fragment, c. 1600, documented collection since 1921, sold at auction with the export licence",
     "IR", 6, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-69-0042")],
     "antique carpet exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "GB", "570110",
     "Uşak 'Lotto' carpet, 16th century, private collection since 1934, sold at auction with the export licence",
     "TR", 28, 1, 140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-69-0519")],
     "antique carpet exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "TR", "540710",
     "Para-aramid woven fabric 1100 dtex, 40 rolls, for a Turkish body-armour maker", "NL", 6000, 40, 72000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-69-0733"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-69-0118")],
     "dual-use aramid fabric under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CA", "852589",
     "Uncooled thermal imaging cores 640 x 512, 30 units, for a Canadian firefighting-camera maker", "FR", 20, 30,
     54000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-69-1102"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-69-0027")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440929",
     "Doussié (Afzelia bipindensis) solid parquet, tongue-and-groove, 600 m2", "CM", 9500, None, 30000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-69-0412")], "App. II afzelia flooring with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "AR", "IT", "510219",
     "Guanaco fibre, dehaired, from live-shearing of wild guanacos (Lama guanicoe), 200 kg", "AR", 200, None, 30000,
     "USD", [("CITES_PERMIT", "AR-MAyDS-69-0176")], "App. II guanaco fibre with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Mme Claire Martin", "PRM-04": "Delta Afvalverwerking BV",
    "PRM-06": "Central Analyses SARL", "PRM-11": "Atlantic Parquets SARL", "PRM-12": "Alpina Lane Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises, nearly all goods of
    # carpet importers, rug washers and restorers, hobby tufters, flooring contractors and kilim traders
    ("340120", "Liquid black soap (savon noir beldi), 1 l bottles", "import", ["post"], ["MA"], (4, 8), (1, 4), ["EUR", "MAD"], 1, S),
    ("340319", "Tufting gun lubricating oil, 250 ml", "import", ["express"], ["US", "CN"], (12, 25), (1, 3), ["USD"], 4, S),
    ("151590", "Neem oil, cold-pressed, 1 l bottles", "import", ["air"], ["IN", "LK"], (4, 7), (200, 900), ["USD"], 1, S),
    ("283329", "Ferrous sulphate mordant for natural dyeing, 500 g", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("350510", "Modified starch thickener for textile printing, 25 kg sacks", "import", ["sea"], ["CN", "IN"], (1.2, 2), (4000, 12000), ["USD"], 0.04, S),
    ("310210", "Urea, technical grade, dyeing auxiliary, 25 kg sacks", "import", ["sea"], ["CN", "EG"], (0.4, 0.7), (10000, 22000), ["USD"], 0.04, S),
    ("220890", "Chacha grape spirit, 0.5 l bottles", "import", ["sea"], ["GE", "AM"], (6, 10), (3000, 8000), ["USD", "EUR"], 1.5, S),
    ("250100", "Artisanal sea salt, 1 kg bags", "import", ["sea"], ["CV", "SN"], (0.8, 1.5), (6000, 14000), ["EUR"], 1, S),
    ("292242", "Monosodium glutamate, 1 kg bags", "import", ["sea"], ["CN", "TH"], (1.2, 2), (8000, 18000), ["USD"], 1, S),
    ("330190", "Lavender water (hydrosol), 1 l bottles", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("570329", "Nylon carpet tiles, new, 50 x 50 cm", "import", ["sea"], ["CN", "TR"], (4, 7), (8000, 18000), ["USD", "EUR"], 0.8, S),
    ("271500", "Bitumen emulsion primer for flooring, new, drums", "export", ["sea"], ["CM", "GH"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("380991", "Wool yarn finishing softener, new, drums", "export", ["sea"], ["PK", "TR"], (2, 3.5), (6000, 14000), ["EUR", "GBP"], None, S),
    ("845129", "Carpet extraction machines, new, boxed", "export", ["sea"], ["NG", "GH"], (12, 20), (2000, 6000), ["EUR"], 0.02, S),
    ("570500", "Cotton rag rugs, new, handloom", "import", ["sea"], ["IN", "BD"], (3, 6), (3000, 9000), ["USD"], 0.8, S),
    ("381300", "Fluorine-free fire-fighting foam concentrate, new", "export", ["sea"], ["LB", "EG"], (2, 4), (8000, 16000), ["EUR"], None, S),
    ("250590", "Quartz blasting sand, sieved, new, big bags", "export", ["road"], ["BA", "RS"], (0.05, 0.1), (20000, 24000), ["EUR"], None, S),
    ("681099", "Concrete landscaping sleepers, new", "export", ["road"], ["MD", "UA"], (0.2, 0.4), (18000, 24000), ["EUR"], 0.02, S),
    ("430219", "Tanned sheepskins, rug grade, sorted", "import", ["sea"], ["TR", "NZ"], (10, 18), (2000, 6000), ["USD", "EUR"], 0.6, S),
    ("381400", "Citrus-based seam-adhesive remover, 5 l cans", "import", ["road"], ["TR", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("381400", "Isoparaffin dry-cleaning solvent for rugs, 20 l cans", "import", ["air"], ["JP", "US"], (4, 8), (200, 800), ["USD"], 0.06, S),
    ("847989", "Heat-pump dehumidifiers, R-290 charge, new", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 8000), ["USD"], 0.03, S),
    ("853110", "Aspirating smoke detectors for archives, new", "export", ["sea"], ["TN", "MA"], (60, 120), (200, 1000), ["EUR"], 0.2, S),
    ("350699", "Carpet-tile spray adhesive, DME-propelled, 500 ml", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 10000), ["USD"], 1.7, S),
    ("392111", "XPS boards for underfloor heating, CO2-blown, CE-marked", "import", ["road"], ["UA", "RS"], (1.5, 2.5), (2000, 5000), ["EUR"], None, S),
    ("841810", "Retro-style refrigerators, new, R-600a", "import", ["sea"], ["CN", "TR"], (5, 8), (4000, 10000), ["USD"], 0.015, S),
    ("570299", "Cotton dhurries, flatweave, new", "import", ["sea"], ["IN"], (4, 7), (4000, 10000), ["USD"], 0.3, S),
    ("570242", "Machine-woven viscose rugs, new", "import", ["sea"], ["TR", "EG"], (4, 8), (5000, 12000), ["USD", "EUR"], 0.2, S),
    ("630140", "Southwest-style wool blankets, new, machine-woven", "import", ["air"], ["MX", "PE"], (20, 40), (100, 500), ["USD"], 0.6, S),
    ("570110", "Hand-knotted wool tiger rugs, new, Kathmandu", "import", ["air"], ["NP", "IN"], (30, 60), (100, 600), ["USD"], 0.1, S),
    ("680291", "Travertine floor tiles, polished, new", "import", ["road"], ["TR"], (0.5, 0.9), (18000, 24000), ["EUR"], None, S),
    ("690723", "Reproduction azulejo tiles, hand-painted, new", "export", ["sea"], ["BR", "US"], (3, 6), (1000, 4000), ["EUR"], 4, S),
    ("830629", "Reproduction bronze figurines, museum shop, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("540720", "Polypropylene primary backing fabric for tufting", "export", ["sea"], ["AE", "TR"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("852589", "Handheld thermal moisture cameras, 160 x 120, new", "import", ["air"], ["CN", "US"], (300, 600), (50, 300), ["USD"], 2, S),
    ("283620", "Soda ash, light, 25 kg sacks", "export", ["sea"], ["TR", "EG"], (0.25, 0.4), (18000, 24000), ["EUR"], 0.04, S),
    ("844859", "Jacquard machine spares: harness cords and hooks", "export", ["air"], ["TR", "IN"], (20, 40), (100, 500), ["EUR"], None, S),
    ("850440", "Frequency inverters for textile-machine motors, 50/60 Hz", "export", ["sea"], ["TR", "EG"], (20, 35), (1000, 4000), ["EUR"], 0.1, S),
    ("440929", "Tali solid parquet, tongue-and-groove", "import", ["sea"], ["CM", "GA"], (1.5, 2.5), (12000, 20000), ["EUR"], None, S),
    ("442199", "Juniper cedar moth blocks, new", "import", ["sea"], ["US", "CN"], (1.5, 3), (1000, 4000), ["USD"], 8, S),
    ("510540", "Hand-spun llama and sheep wool yarn", "import", ["air"], ["PE", "BO"], (15, 30), (100, 500), ["USD"], None, S),
    ("430390", "Mongolian lambskin throws", "import", ["post"], ["MN"], (40, 80), (1, 4), ["USD"], 0.4, S),
    ("420500", "Embossed cowhide rug runners", "import", ["express"], ["ID", "IN"], (25, 50), (1, 4), ["USD"], 0.4, S),
    ("121120", "Korean red ginseng, steamed, sealed, 6-year roots", "import", ["air"], ["KR"], (60, 120), (50, 300), ["USD"], None, S),
    ("950300", "Plush toy spiders and insects", "import", ["post"], ["CN", "MX"], (10, 20), (1, 3), ["USD"], 3, S),
    ("310420", "Potassium chloride, granular, 60 % K2O", "import", ["sea"], ["CA", "IL"], (0.25, 0.4), (20000, 27000), ["USD"], None, S),
    ("851420", "Dental vacuum casting furnaces, benchtop, new", "export", ["air"], ["TR", "EG"], (150, 300), (100, 400), ["EUR"], 0.02, S),
    ("283330", "Epsom salt (magnesium sulphate), 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.2, 0.35), (18000, 24000), ["USD"], 0.04, S),
    ("750400", "Nickel powder, battery grade, drums", "export", ["air"], ["KR", "TR"], (20, 30), (200, 1000), ["EUR"], None, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482390", "Paper drinking straws, boxed", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 8000), ["USD"], 200, N),
        ("401699", "Rubber rug grippers (anti-slip underlay), rolls", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 1, N),
        ("560290", "Self-adhesive felt furniture pads, packs", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 20, N),
        ("960390", "Manual carpet sweepers", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind262", 20691101, HERE)


if __name__ == "__main__":
    main()
