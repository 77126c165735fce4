#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-eighth blind set (tests/risk/data/blind228-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2064, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on a
kind of trade rather than a region: fashion accessories, handbags and luxury resale (handbag,
belt and small-leather-goods makers, leathercraft and bag-care suppliers, hardware platers,
luxury consignment and resale platforms, vintage dealers, fur salons, jewellers and watch
repairers, milliners and the boutiques and suppliers around them). Written by a person who
had not read the profile packs (nor any rule file) and had not run the engine on it, and
committed before any change measured on it, to be measured once on its packs. Same row
layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL228-*:

    python3 tests/risk/data/make_blind228_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "KR", [], "DK", "340520",
         "운동화 밑창 황변 제거 젤 (sneaker sole de-yellowing gel), 4 x 1 L", "KR", 4.8, 4, 95000, "KRW",
         "sole de-yellowing gels for sneaker resellers are thick, opaque creams of about 10 % peroxide in tubs that "
         "are brushed on and left in the sun; these four bottles hold a water-clear, runny liquid of 1.13 kg/l that "
         "whitens and stings the skin at once, foams on a cut and has vented caps: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Seoul to a private sneaker reseller in Aarhus; Korean wording "
         "(hydrogen peroxide repeats in many sets; a sneaker-sole de-yellowing label was found in no earlier row "
         "by a keyword search)", person("Privatperson", "DK")),
        ("PRE-02", "import", "FRAIR01", "express", "JP", [], "FR", "340399",
         "ヌメ革 エイジング促進オイル (vachetta patina oil), 1 L x 4本", "JP", 4.6, 4, 24000, "JPY",
         "vachetta patina oils sold to vintage-bag restorers are light, neatsfoot-based oils of 0.91 kg/l that "
         "darken pale leather trim; these four bottles hold a liquid of 1.14 kg/l that sinks in water, partly mixes "
         "with it, smells faintly fruity and leaves no oily film on leather, and the re-used drum label copied onto "
         "the invoice annex reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Osaka to a "
         "private restorer of vintage monogram bags in Lyon, although flammable liquids travel by express only as "
         "declared dangerous goods; Japanese wording (nitromethane repeats in many sets; a vachetta patina-oil "
         "label was found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("PRE-03", "import", "ITAIR01", "air", "IN", [], "IT", "381090",
         "पीतल बकल एंटीक फिनिश घोल (brass buckle antiquing solution), 1 लीटर, 600 बोतलें", "IN", 840, 600, 1100,
         "USD",
         "brass antiquing solutions for belt buckles and bag hardware are dark, selenium-copper blackening liquids "
         "of about 1.05 kg/l; these 600 bottles hold a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, "
         "yellows the skin and dissolves a brass buckle with brown gas, at under 2 USD a litre, for a Florence "
         "leathercraft-supply web shop that sells to hobbyists: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Delhi (Moradabad brass-hardware trade); Hindi "
         "wording (nitric acid repeats in many sets, a copper-ageing solution in blind97 and an antique-mirror solution in blind195; a belt-buckle antiquing label from India is the new part as far as a search found)", firm("Meridian Cuoio Srl", "IT")),
        ("PRE-04", "import", "FRAIR01", "air", "CN", [], "FR", "250840",
         "Détachant Terre de Sommières pour sacs de luxe, sachets 500 g, 1 200 sachets", "CN", 600, 1200, 1800,
         "EUR",
         "Terre de Sommières is a soft, beige, clay powder that absorbs grease from handbag leather and smells of "
         "earth; these 1,200 sachets hold a bright-white, gritty, crystalline powder that does not absorb oil, "
         "burns fiercely mixed with sugar and whose factory bag liner reads 'KClO4', for a Paris bag-care web shop "
         "selling to owners of luxury bags: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Shenzhen under a French retail label; French wording (potassium perchlorate "
         "repeats in many sets and fuller's-earth covers in a few; a Terre de Sommières bag-care label was found "
         "in no earlier row by a keyword search)", firm("Rivage Maroquinerie SARL", "FR")),
        ("PRE-05", "import", "GRROAD01", "road", "TR", ["BG"], "GR", "380290",
         "Çanta ve ayakkabı saklama için nem alıcı boncuk, 1 kg yedek paket, 6.000 paket", "TR", 6000, 6000, 4200,
         "EUR",
         "moisture-absorbing beads for storing handbags are hard, glassy silica-gel or clay pellets that click and "
         "stay warm-dry in the hand; these 6,000 bags hold soft white prills that turn ice-cold in water, dissolve "
         "entirely, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki home-and-wardrobe web shop "
         "selling to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by lorry through Bulgaria; Turkish wording (ammonium nitrate repeats in many sets and desiccant "
         "covers in a few; a handbag-storage bead label from Türkiye was found in no earlier row by a keyword "
         "search)", firm("Delta Oikiaka AE", "GR")),
        ("PRE-06", "import", "ESSEA01", "sea", "AR", [], "ES", "150600",
         "Aceite de pata de vaca puro, para talabartería y cinturones, botellas 1 l, 400 unidades", "AR", 736, 400,
         1400, "USD",
         "neatsfoot oil for saddlery and belts is a pale, bland oil of 0.91 kg/l that floats on water and soaks "
         "into leather; these 400 bottles hold a colourless, oily liquid of 1.84 kg/l that sinks, grows hot with a "
         "drop of water, chars a leather offcut black and blackens a sugar cube: about 96 % sulphuric acid (Annex I "
         "above 15 %), by sea from Buenos Aires for a Ubrique leather-goods supply shop that sells to hobby "
         "makers; Rioplatense Spanish wording (sulphuric acid repeats in many sets and oil covers in several; a "
         "neatsfoot-oil label was found in no earlier row by a keyword search)", firm("Orion Marroquinería SL", "ES")),
        ("PRE-07", "import", "NLPOST01", "post", "US", [], "NL", "283190",
         "Jeweler's pickle compound (sodium bisulfate), dry granules, 4 x 2.5 lb", "US", 4.5, 4, 60, "USD",
         "jewellers' pickle is dry sodium bisulphate, sour-smelling granules that make water acidic and clean "
         "fire-scale off silver buckles; these four tubs hold clear, cubic crystals that leave water neutral, "
         "crackle and flare yellow on a gas ring and carry CAS 7775-09-9 on the inner bags: sodium chlorate "
         "(Annex I above 40 %), posted from Rhode Island to a private belt-buckle maker in Eindhoven; US English "
         "wording (sodium chlorate repeats in many sets and pickle words in several, mostly on foods; a jewellers' "
         "pickle label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-08", "import", "IEAIR01", "air", "GB", [], "IE", "320890",
         "Leathercraft supplies: edge paint, 250 ml, 40 bottles", "GB", 12, 40, 480, "GBP",
         "a leathercraft-supply order for a Cork web shop: edge paint and waxed linen thread are what such shops "
         "sell, but the third item's 'oxalic acid leather bleach' is 60 kg of shiny, tasteless crystals that do "
         "not sour water, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium "
         "chlorate (Annex I above 40 %) retail-packed in 1 kg tubs for members of the public, hidden as the last "
         "item of a three-item declaration, flown from Manchester to Cork; British English wording (potassium "
         "chlorate repeats in many sets; a leather-bleach label behind leathercraft supplies was found in no "
         "earlier row by a keyword search)",
         dict(firm("Atlantic Leathercraft Ltd", "IE"),
              _more_items=[item("540220", "Waxed linen-look polyester thread, 0.8 mm, 300 spools", "GB", 30, 600, "GBP", qty=300),
                           item("291711", "Oxalic acid leather bleach, 1 kg tubs, 60 tubs", "GB", 60, 240, "GBP", qty=60)])),
        ("PRE-09", "import", "ITAIR01", "air", "CN", [], "IT", "391390",
         "橱窗陈列用人造雪粉 (artificial snow powder for window displays), 1 kg 袋, 800 袋", "CN", 800, 800, 1600,
         "USD",
         "artificial snow for boutique windows is sodium polyacrylate, a light powder that swells into fluffy "
         "snow when water is added; these 800 bags hold a heavy, white crystalline powder that does not swell, "
         "draws damp and burns brightly mixed with sugar, and the factory sheet gives CAS 7601-89-0, for a Milan "
         "visual-merchandising supplier that also sells online to the public: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Guangzhou; Chinese wording (sodium perchlorate "
         "repeats in many sets; kept as a repeat of the cover, as instant-snow labels for shop windows were found in blind111 and blind164; by air from China to a Milan visual-merchandising supplier is the new part)", firm("Vega Vetrine Srl", "IT")),
        ("PRE-10", "import", "CZPOST01", "post", "HK", [], "CZ", "330790",
         "珍珠護理保養液 (pearl conditioning water), 4 x 1 公升", "HK", 4.6, 4, 320, "HKD",
         "pearl-care liquids for pearl stringers are dilute, scented solutions of 1.00 kg/l in small dropper "
         "bottles; these four litre bottles hold an odourless, water-clear liquid of 1.20 kg/l that whitens and "
         "stings the skin, foams on cloth and has vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), "
         "of the strength pearl processors bleach with, posted from Hong Kong to a private jewellery maker in "
         "Brno; Cantonese (traditional Chinese) wording (hydrogen peroxide repeats in many sets; a pearl-care label "
         "was found in no earlier row by a keyword search)", {"consignee_name": "Soukromá osoba", "importer_country": "CZ"}),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TN", "411520",
         "Fibra di cuoio per cuoio rigenerato (bonded leather), sacconi, 22 t", "IT", 22000, None, 1320, "EUR",
         "leather fibre for bonded leather is shredded, dry, chrome-tanned trimmings in coarse tufts; these big "
         "bags hold a fine, blue-grey, dusty flour that billows when opened, smells of finishing lacquer and reads "
         "hexavalent chromium on a spot test, vacuumed from the buffing and finishing lines of a Santa Croce "
         "leather finisher that supplies handbag makers: leather dust containing chromium VI (Basel A3090, "
         "04 01 08 contaminated, classed hazardous), whose export to a non-OECD country is banned, from Livorno to "
         "Radès for a 'leatherboard' maker; Italian wording (leather dust repeats in two rows; a bonded-leather "
         "fibre label to Tunisia is the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "IN", "282540",
         "Hidróxido de níquel concentrado, materia prima para baterías, bidones, 18 t", "ES", 18000, 90, 5400, "EUR",
         "battery-grade nickel hydroxide is a fine, bright apple-green powder with a certificate of analysis; these "
         "drums hold a wet, grey-green filter cake with chromium-yellow streaks and the smell of cyanide when "
         "acidified, pressed from the effluent plant of a Ubrique and Villamartín handbag-hardware plating shop "
         "(nickel, chromium and brass baths on buckles, clasps and chains): galvanic sludge (11 01 09*), hazardous "
         "waste whose export to a non-OECD country is banned, from Algeciras to Nhava Sheva at a tenth of the price "
         "of the product; Spanish wording (plating sludge repeats in many sets and nickel-hydroxide labels in a "
         "few; from a handbag-hardware plater in Andalusia is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "381400",
         "Solvant de nettoyage à sec régénéré, pour pressings, fûts 200 l, 60 fûts", "FR", 16000, 60, 2400, "EUR",
         "regenerated dry-cleaning solvent is water-clear perchloroethylene with a sweet smell; these 60 drums "
         "hold a black, tarry, foul-smelling residue with lumps of lanolin, dye and leather-finish wax, scraped "
         "from the still of a Paris suede-and-leather cleaning specialist that cleans luxury bags and jackets: "
         "distillation bottoms with halogenated solvents (14 06 04*), hazardous waste whose export to a non-OECD "
         "country is banned, from Le Havre to Dakar; French wording (perchloroethylene repeats in many sets and "
         "dry-cleaning words in several; the still bottoms of a leather-and-suede cleaner are the new part as far "
         "as a search found)", {"importer_country": "SN"}),
        ("WST-04", "export", "NLAIR01", "air", "NL", [], "GH", "910211",
         "Tweedehands horloges, werkend, B-keuze, 4.000 stuks", "NL", 600, 4000, 8000, "EUR",
         "second-hand watches sold on by a resale platform are tested, polished and boxed; these cartons hold "
         "4,000 smartwatches and fitness bands rejected by an Amsterdam luxury-and-tech resale platform's "
         "authentication line: cracked screens, swollen lithium cells, water damage, no chargers and none switches "
         "on, loose in sacks: waste electrical equipment with lithium batteries (16 02 13*, Basel A1180), whose "
         "export to a non-OECD country is banned, flown from Schiphol to Accra; Dutch wording (e-waste repeats in "
         "many sets; a resale platform's rejected smartwatches as second-hand watches were found in no earlier row "
         "by a keyword search)", {"importer_country": "GH"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "MY", "590320",
         "PU-beschichtetes Gewebe, zweite Wahl, Rollen, 24 t", "DE", 24000, None, 2400, "EUR",
         "second-quality PU-coated fabric comes on full rolls with a quality ticket; this container holds baled "
         "cutting-room skeletons and offcuts of PU and PVC 'vegan leather' from handbag and belt makers, mixed with "
         "backing paper, tape and floor sweepings: mixed plastic waste (Basel Y48), whose export to a non-OECD "
         "country is banned, from Hamburg to Port Klang; German wording (plastic waste repeats in many sets; "
         "synthetic-leather cutting skeletons as coated fabric are the new part as far as a search found)",
         {"importer_country": "MY"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "350691",
         "Cola de contacto de neopreno, regenerada, bidões de 25 l, 400 bidões", "PT", 9600, 400, 2000, "EUR",
         "contact cement for shoes and bags is a honey-coloured, even solution with a batch label; these cans "
         "hold a skinned, lumpy, grey sludge that smells of toluene and ketones, mixed with brush-cleaning solvent "
         "and rags, tipped from the gluing lines of Felgueiras shoe and handbag factories: waste adhesives "
         "containing organic solvents (08 04 09*), hazardous waste whose export to a non-OECD country is banned, "
         "from Leixões to Luanda; Portuguese wording (adhesive waste repeats in a few sets and contact-cement "
         "labels in several; from a shoe-and-bag cluster to Angola is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "CD", "830300",
         "Coffres-forts d'occasion, pour bijouteries, 24 pièces", "BE", 19000, 24, 9600, "EUR",
         "used jewellers' safes for resale are cleaned, re-keyed and sound; these 24 are 1960s fire-resistant "
         "safes stripped from Antwerp diamond-district workshops, with cracked inner linings that shed white-grey "
         "fibrous filler, shown under a lens to be chrysotile and amosite: construction and equipment waste "
         "containing asbestos (17 06 01*, 16 02 12*), whose export to a non-OECD country is banned, from Antwerp "
         "to Matadi for a 'jeweller'; Belgian French wording (asbestos repeats in many sets and safes in a few "
         "rows; jewellers' safes to Congo are the new part as far as a search found)", {"importer_country": "CD"}),
        ("WST-08", "export", "DEAIR01", "air", "DE", [], "IN", "382499",
         "Vergolderbad, neu, cyanidisch, für Schmuck, Kanister 25 l, 40 Kanister", "DE", 1100, 40, 6000, "EUR",
         "a new gilding bath comes sealed with a maker's batch label and a gold content on the certificate; these "
         "40 cans are half-full, re-taped, hold a cloudy, brown liquid with black sediment and copper, nickel and "
         "iron far above a fresh bath, drained from the electroplating lines of a Pforzheim jewellery-and-watch "
         "case plater: spent cyanide plating baths (11 01 98*, Basel A4050), hazardous waste whose export to a "
         "non-OECD country is banned, flown from Stuttgart to Rajkot as a 'new' product; German wording (cyanide "
         "waste repeats in several sets; a spent gilding bath as a new one is the new part as far as a search "
         "found)", {"importer_country": "IN"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "940320",
         "Mobilier de boutique d'occasion, vitrines et présentoirs, 40 pièces", "BE", 3800, 40, 4000, "EUR",
         "a boutique-refit container for Lagos: used display cases and mannequins from a closing Liège fashion "
         "boutique are what such exporters ship, but the third item's 'luminaires de plafond d'occasion' are 300 "
         "1970s fluorescent fittings whose ballast capacitors read 'Clophen' and leak an oily liquid: equipment "
         "containing PCBs (16 02 10*), hazardous waste whose export is banned and which must be destroyed, hidden "
         "as the last item of a three-item declaration; Belgian French wording (PCB capacitors repeat in several "
         "sets; behind boutique fittings is the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("961800", "Mannequins d'occasion, 80 pièces", "BE", 1200, 800, "EUR", qty=80),
                           item("940519", "Luminaires de plafond d'occasion, 300 pièces", "BE", 2700, 600, "EUR", qty=300)])),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "392510",
         "Zbiorniki IBC 1000 l, rekondycjonowane, umyte, 240 szt.", "PL", 14400, 240, 7200, "EUR",
         "reconditioned IBCs are washed, pressure-tested and carry a new label and test date; these 240 still hold "
         "litres of sticky, solvent-smelling residues of leather finishes, dyes and fatliquors, with old hazard "
         "labels, from a Radom tannery and leather-finishing plant: packaging containing residues of hazardous "
         "substances (15 01 10*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a "
         "Lutsk 'container reseller'; Polish wording (IBCs repeat in many rows and tank residues in several; "
         "kept as a repeat, a leather finisher's IBCs by road to Ukraine are the new part as far as a search "
         "found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SEAIR01", "express", "CN", [], "SE", "381400",
         "Price-tag and label residue remover spray for resale, 400 ml, 48 cans", "CN", 22, 48, 190, "USD",
         "label-residue removers used by resale and consignment shops on pre-owned bags are citrus-terpene "
         "aerosols with a flame symbol that smell of oranges; these 48 cans carry no flame symbol, spray a liquid "
         "that evaporates at once with a faint ether smell, do not burn, and the filler's under-label reads "
         "'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union, in products included, is banned, "
         "sent by express from Shenzhen to a Stockholm luxury consignment shop; English wording (HCFC-141b repeats "
         "in many sets and stain-remover covers in several, on leather and suede among them; a price-tag residue "
         "remover for resale shops is the new part as far as a search found)", firm("Nordhafen Second Hand AB", "SE")),
        ("OZN-02", "import", "ATAIR01", "express", "US", [], "AT", "340290",
         "Chewing gum remover freeze spray for leather and suede, 6 x 10 oz", "US", 1.9, 6, 70, "USD",
         "gum-removal freeze sprays sold in the Union are propane or CO2 cans with a flame symbol; these six "
         "cans carry no flame symbol, frost a leather swatch white, read 'HFC-134a' under the price sticker and "
         "weigh as a 1,1,1,2-tetrafluoroethane fill does: HFC-134a in a technical aerosol, a product containing "
         "HFCs placed on the market without the quota authorisation and in a product the F-gas Regulation "
         "restricts, posted from Ohio to a private handbag restorer in Graz; US English wording (freeze sprays repeat in many sets and a chewing-gum freeze spray once, blind70; kept as a repeat, for leather and suede by post to Austria is the new part as far as a search found)",
         person("Frau S. Huber", "AT")),
        ("OZN-03", "import", "DEPOST01", "post", "US", [], "DE", "381400",
         "Watch cleaning rinse solution, non-ammoniated, 1 gallon", "US", 2.4, 1, 45, "USD",
         "watch-cleaning rinse is a light naphtha of 0.75 kg/l that burns and smells of petrol; this can holds a "
         "heavy (1.59 kg/l), non-flammable liquid with a sweet, chloroform-like smell, in an old steel can whose "
         "lithograph under the new label reads 'carbon tetrachloride': carbon tetrachloride, whose import into the "
         "Union is banned, posted from Pennsylvania to a private vintage-watch repairer in Pforzheim; US English "
         "wording (carbon tetrachloride repeats in many sets; a watch-rinse label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("OZN-04", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841869",
         "Gebrauchte Pelzlager-Kühlanlage, komplett, aus Kürschnerei-Auflösung, 1 Stück", "AT", 2400, 1, 3500, "EUR",
         "cold-storage units for fur vaults sold for re-use today run on R-290 or CO2 and come with a leak-test "
         "report; this unit, from the basement fur vault of a Vienna furrier that kept clients' mink and fox coats "
         "cold through the summer, still holds its 1980s charge of about 30 kg, and its nameplate reads 'R 502': "
         "a blend of HCFC-22 and CFC-115, equipment containing ozone-depleting substances whose export from the "
         "Union is banned (Regulation 2024/590), by lorry through Hungary to a Novi Sad buyer; Austrian German "
         "wording (R-502 repeats in many sets; a furrier's fur-vault plant was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("OZN-05", "import", "GRROAD01", "road", "TR", [], "GR", "380891",
         "Lavanta özlü güve önleyici sprey, kürk ve deri için, 680 g, 400 kutu", "TR", 272, 400, 3200, "EUR",
         "lavender anti-moth sprays for furs are light, flammable, scented aerosols of a few hundred grams; these "
         "400 heavy steel cans have no scent, no spray head but a piercing valve, slosh with a liquid of 1.73 kg/l "
         "and carry a skull-and-crossbones under the lavender sleeve reading 'CH3Br 100 %': methyl bromide "
         "fumigant in cans, whose import into the Union is banned, by lorry at Kipoi for a Kastoria fur workshop "
         "that fumigates vintage and consigned furs; Turkish wording (methyl bromide repeats in many sets and "
         "moth covers in a few; a fur-salon anti-moth label from Istanbul to Kastoria was found in no earlier row "
         "by a keyword search)", firm("Vega Gounarika AE", "GR")),
        ("OZN-06", "export", "BEAIR01", "air", "BE", [], "AE", "731100",
         "Gebruikte stikstofcilinders, voor hervulling, 12 stuks", "BE", 1100, 12, 1800, "EUR",
         "used nitrogen cylinders for refilling are empty or near-empty, black-shouldered and light for their "
         "size; these twelve red cylinders from an Antwerp diamond-and-jewellery vault's fire-suppression system "
         "slosh with liquid, read 25 bar, and their shoulders are stamped '1301': halon 1301 "
         "(bromotrifluoromethane), whose export from the Union is banned outside licensed critical uses, flown "
         "from Liège to a Dubai gold-souk security contractor; Flemish Dutch wording (halon 1301 repeats in many "
         "sets; a jewellery vault's system as nitrogen cylinders was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("OZN-07", "import", "PTSEA01", "sea", "CN", [], "PT", "280429",
         "Árgon comprimido para soldadura a laser de joalharia, garrafas 10 l, 200 garrafas", "CN", 2600, 200, 3400,
         "USD",
         "argon for jewellers' laser welders comes in tall cylinders of gas at 200 bar that do not slosh and weigh "
         "little for their contents; these 200 short cylinders slosh, read 9 bar, hold 13 kg of liquid each and "
         "their stamped valves read 'R22': chlorodifluoromethane (HCFC-22), whose import into the Union is banned, "
         "by sea from Ningbo to Leixões for a Gondomar jewellery-supply wholesaler; Portuguese wording (HCFC-22 "
         "repeats in many sets and argon labels in several; a jewellery laser-welding argon label was found in no "
         "earlier row by a keyword search)", firm("Atlântico Ourivesaria Lda", "PT")),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "340490",
         "Leather and handbag protector spray, waterproof, 300 ml, 12,000 cans", "CN", 4800, 12000, 9600, "USD",
         "bag-protector sprays are fluoropolymer aerosols driven by propane-butane, flammable and light; these "
         "12,000 cans carry no flame symbol, their contents are heavy for the can and the filler's datasheet in the "
         "container gives 'propellant CFC-12': dichlorodifluoromethane, a controlled ozone-depleting substance "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Koper in transit "
         "from Shanghai to Belgrade; English wording (CFC-12 repeats in many sets and a shoe-and-leather waterproofing spray once, blind186; kept as a repeat, in transit through Koper from China is the new part)", {"importer_country": "RS"}),
        ("OZN-09", "import", "ITAIR01", "air", "HK", [], "IT", "847989",
         "超聲波清洗機 (鐘錶維修用), 6 台", "HK", 60, 6, 2400, "USD",
         "a watch-repair equipment order for a Milan watch-repair school: ultrasonic cleaners and timing machines "
         "are what Hong Kong dealers ship, but the third item's 'precision cleaning solvent' is 20 cans of a "
         "non-flammable liquid of 1.57 kg/l that boils at 48 °C and whose original drum stencil reads 'R-113': "
         "trichlorotrifluoroethane (CFC-113), whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, flown from Hong Kong to Milan; Cantonese (traditional Chinese) wording (CFC-113 "
         "repeats in several sets; behind watch-repair machines is the new part as far as a search found)",
         dict(firm("Central Orologeria Srl", "IT"),
              _more_items=[item("910610", "機械錶校錶儀 (timegraphers), 6 台", "HK", 12, 1800, "USD", qty=6),
                           item("381400", "精密清洗溶劑, 5 公斤罐, 20 罐", "HK", 100, 600, "USD", qty=20)])),
        ("OZN-10", "import", "FRAIR01", "air", "CH", [], "FR", "280429",
         "Hélium 5.0 pour test d'étanchéité des montres, bouteilles 10 l, 20 bouteilles", "CH", 400, 20, 900, "CHF",
         "helium for testing dive-watch cases is a gas at 200 bar in heavy cylinders holding a kilogram or two; "
         "these 20 cylinders slosh, read 6 bar, hold about 12 kg of liquid each and their hidden nameplates read "
         "'R-134a': HFC-134a bulk refrigerant imported without quota authorisation, for a Besançon watch-case "
         "maker's air-conditioning contractor, flown from Geneva; Swiss French wording (HFC-134a repeats in many "
         "sets and helium labels in a few; a watch-testing helium label was found in no earlier row by a keyword "
         "search)", firm("Horizon Horlogerie SARL", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITAIR01", "express", "UA", [], "IT", "830890",
         "Borchie decorative dorate da cucire su borse, 30 pezzi", "UA", 0.4, 30, 90, "EUR",
         "sew-on gilt studs for handbags are pressed brass with even backs and machine-drilled holes; these 30 "
         "are small, heavy, soft, high-carat gold plaques of stags, panthers and griffins in animal style, "
         "hand-punched with uneven sewing holes and soil in the recesses: Scythian gold appliqués of the 5th-4th "
         "century BC from looted kurgans in southern Ukraine, archaeological objects brought in without the "
         "import licence Regulation 2019/880 requires and taken out of Ukraine against its law, sent by express "
         "from Kyiv to a Florence handbag atelier; Italian wording (Scythian plaques repeat in several sets, under "
         "gilt-brass jewellery and replica labels; kept as a repeat, a sew-on handbag-stud label is the new part "
         "as far as a search found)", firm("Alpina Pelletteria Srl", "IT")),
        ("CUL-02", "import", "DEAIR01", "air", "GB", [], "DE", "711319",
         "Vintage signet rings, 9ct gold, resale lot, 40 pcs", "GB", 0.5, 40, 6000, "GBP",
         "a resale lot of vintage signet rings is Victorian to 1980s gold with hallmarks and engraved crests; "
         "three of these 40 hold worn carnelian and nicolo ovals cut in reverse with Roman gods and a legionary "
         "eagle, set into modern unhallmarked mounts, with fresh soil in the cuts: Roman intaglios of the 1st-3rd "
         "century AD dug in Syria and passed through a London dealer, archaeological objects over 250 years old "
         "brought in without the import licence Regulation 2019/880 requires, flown from London to a Munich "
         "luxury-resale platform; British English wording (engraved gems repeat in a few sets and a vintage signet-ring label once, blind196, on one ring for export; a resale lot into Germany is the new part)", firm("Orion Resale GmbH", "DE")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "630790",
         "Retazos de tela vintage para patchwork de bolsos, lote de 20 kg", "PE", 20, None, 400, "USD",
         "vintage fabric remnants for patchwork bags are machine-woven offcuts with selvedges; this lot holds "
         "brittle, hand-spun cotton and camelid-fibre fragments in gauze and slit tapestry with birds and fish, "
         "stiff with desert sand and grave dust: Chancay textiles of the 12th-15th century from looted burial "
         "grounds north of Lima, archaeological objects whose export Peru forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Lima to a Barcelona bag designer; Peruvian Spanish "
         "wording (Chancay textiles repeat in several sets and a patchwork-remnant label once, blind167, to Germany; kept as a repeat, for a Barcelona handbag designer by air is the new part)", firm("Meridian Bolsos SL", "ES")),
        ("CUL-04", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "830890",
         "Kopče za kaiševe, antik patina, nove, 200 komada", "RS", 12, 200, 300, "EUR",
         "new antique-finish belt buckles are cast zamak with a uniform chemical patina and a moulding seam; among "
         "these 200, 30 are cast bronze with openwork griffins and tendrils, worn hinges, green corrosion in the "
         "recesses and soil inside the rivet holes: Avar-period belt fittings (7th-8th century) from detector "
         "digs in the Banat, archaeological objects taken out of Serbia against its law and brought in without the "
         "import licence Regulation 2019/880 requires, in a van through Hungary for a Vienna belt maker; Serbian "
         "wording (old belt buckles repeat in a few sets; Avar fittings among new belt buckles by road into "
         "Austria are the new part as far as a search found)", firm("Central Gürtel GmbH", "AT")),
        ("CUL-05", "import", "FRAIR01", "express", "CN", [], "FR", "581099",
         "刺绣贴布 (embroidered patches for handbags), 12 件", "CN", 0.8, 12, 120, "USD",
         "embroidered bag patches are machine-embroidered polyester squares with iron-on backs; these twelve are "
         "hand-worked silk and gold-wrapped-thread squares with cranes, clouds and waves, faded and stitched to old "
         "paper backing: Qing dynasty rank badges (mandarin squares), cultural relics made before 1949 whose export "
         "China forbids without the relics bureau's seal, sent by express from Suzhou to a Paris bag designer; "
         "Chinese wording (rank badges appear in two rows and an embroidered badge-patch label once, blind186, from China to France; kept as a repeat, a handbag-patch label by express is the new part)", firm("Rivage Création SARL", "FR")),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "HK", "711419",
         "Poudrier vintage en métal doré, revente, 1 pièce", "FR", 0.3, 1, 900, "EUR",
         "a vintage gilt-metal compact sold by a resale platform is a 1950s powder case with a puff and a mirror; "
         "this one is a chased and enamelled gold snuffbox with Paris warden's marks of 1765, a miniature on the "
         "lid and an invoice from a family sale at 180,000 EUR: a cultural good over 50 years old and far above "
         "the value threshold, exported without the licence Regulation 116/2009 requires, flown from Paris to a "
         "Hong Kong collector through a luxury-resale platform; French wording (snuff and gilt-box covers appear "
         "in a few rows; a resale compact label on an 18th-century gold box for export was found in no earlier row "
         "by a keyword search)", {"importer_country": "HK"}),
        ("CUL-07", "import", "NLAIR01", "express", "TR", [], "NL", "830890",
         "Vintage pirinç çanta süsleri (bag charms), el yapımı, 24 adet", "TR", 0.9, 24, 150, "EUR",
         "brass bag charms are new, polished castings on split rings; these 24 are dark, cast bronze cheek-pieces, "
         "pins and finials with horned goats and lions, crusted and pitted, fitted with modern split rings: "
         "Luristan bronzes (early 1st millennium BC) taken out of Iran against its law and through Türkiye, "
         "archaeological objects brought in without the import licence Regulation 2019/880 requires, sent by "
         "express from Istanbul to an Amsterdam vintage-accessories shop; Turkish wording (Luristan bronzes repeat "
         "in several sets; a bag-charm label was found in no earlier row by a keyword search)",
         firm("Delta Vintage BV", "NL")),
        ("CUL-08", "import", "FRAIR01", "air", "EG", [], "FR", "581099",
         "Appliques en tapisserie vintage pour sacs à main, 16 pièces", "EG", 1.2, 16, 160, "EUR",
         "vintage tapestry appliqués are machine-woven jacquard with a cotton back; these 16 are loose-woven wool "
         "and linen roundels and bands with dancers, hares and vines in purple and red, with frayed edges and "
         "burial stains: Coptic textile fragments (4th-7th century) from looted Egyptian cemeteries, archaeological "
         "objects whose export Egypt forbids, brought in without the import licence Regulation 2019/880 requires, "
         "flown from Cairo to a Paris handbag designer; Egyptian-French wording (Coptic textiles repeat in several "
         "sets; a handbag-appliqué label was found in no earlier row by a keyword search)",
         firm("Atlantic Sacs SARL", "FR")),
        ("CUL-09", "import", "FRAIR01", "air", "LB", [], "FR", "420221",
         "Sacs à main de luxe d'occasion, authentifiés, 8 pièces", "LB", 9, 8, 14000, "EUR",
         "a Beirut vintage dealer's consignment for a Paris luxury-resale boutique: pre-owned designer bags and silk "
         "carrés are what such dealers send, but the third item's 'bijoux fantaisie en verre' are eleven small "
         "core-formed glass pendants of bearded male heads with curls, iridescent weathering and soil inside the "
         "suspension loops: Punic glass head pendants (5th-3rd century BC) from Lebanese or Syrian tombs, "
         "archaeological objects brought in without the import licence Regulation 2019/880 requires, hidden as the "
         "last item of a three-item declaration; Lebanese French wording (Phoenician objects repeat in several "
         "sets; behind a luxury-resale consignment is the new part as far as a search found)",
         dict(firm("Vega Luxe Occasion SARL", "FR"),
              _more_items=[item("621410", "Carrés en soie d'occasion, 20 pièces", "LB", 2, 3000, "EUR", qty=20),
                           item("701890", "Bijoux fantaisie en verre, pendentifs, 11 pièces", "LB", 0.2, 110, "EUR", qty=11)])),
        ("CUL-10", "export", "ITAIR01", "air", "IT", [], "CH", "711319",
         "Anello in oro 18 kt con cammeo moderno, gioielleria, 1 pezzo", "IT", 0.02, 1, 2200, "EUR",
         "a modern cameo ring is a shell or agate cameo cut in Torre del Greco, set in new gold; this one holds a "
         "sardonyx cameo of a Julio-Claudian prince, worn, with ancient drill marks, and an ancient gold hoop "
         "reworked at the shoulders, bought from a metal-detector finder near Rome by a jewellery maker: an "
         "archaeological object belonging to the Italian State, exported without the licence Regulation 116/2009 "
         "requires, flown from Rome to a Geneva dealer; Italian wording (cameos appear in two rows; an ancient "
         "cameo set as a modern jewellery ring for export was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "AE", [], "BE", "711319",
         "Moissanite tennis bracelets, 18k white gold, 40 pcs", "AE", 0.8, 40, 24000, "USD",
         "moissanite tennis bracelets are set with doubly refractive, slightly rainbow-fire stones that a diamond "
         "tester's moissanite mode flags; the stones in these 40 test as natural diamond, show the nitrogen "
         "pattern of Yakutian rough under a spectrometer and the Dubai setter's papers trace the rough to an Alrosa "
         "sight: Russian-origin natural diamonds set in jewellery in a third country, whose import into the Union "
         "Regulation 833/2014 forbids, flown from Dubai to Antwerp at a tenth of their value; English wording "
         "(Russian diamonds repeat in many sets under lab-grown and moissanite labels; in finished tennis "
         "bracelets is the new part as far as a search found)", firm("Central Jewels BV", "BE")),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AM", "701590",
         "Saphirgläser für Armbanduhren, Rohlinge, 30 mm, 2.000 Stück", "DE", 40, 2000, 8000, "EUR",
         "sapphire watch-glass blanks are water-clear, hard discs that ring when tapped; these 2,000 are opaque, "
         "mirror-grey, metallic discs that let no light through but pass infrared and weigh 5.3 g/cm3: germanium "
         "optical windows and lens blanks for thermal imagers, on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Frankfurt to a "
         "Yerevan 'watch-assembly' firm whose last buyer is in Moscow; German wording (germanium repeats in several "
         "sets under camera labels; a sapphire watch-glass label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "KG", "420222",
         "Shopper promozionali in tela di cotone, stampati, 300 pezzi", "IT", 360, 300, 1500, "EUR",
         "promotional canvas totes cost a few euros and weigh 150 g; these 300 weigh 1.2 kg each and are current-"
         "season calf-leather handbags of a Florentine luxury house in their dust bags, worth 2,500 EUR each, for "
         "a Bishkek 'promotional goods' firm whose orders go on to Moscow boutiques: luxury goods above 300 EUR "
         "whose sale for use in Russia Regulation 833/2014 forbids, undervalued a hundredfold, flown from Milan; "
         "Italian wording (luxury handbags for Russia repeat in several sets; a promotional-tote label was found "
         "in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "export", "FIROAD01", "road", "FI", [], "KZ", "621010",
         "Tekoturkistakit, polyesteri, 60 kpl", "FI", 150, 60, 3600, "EUR",
         "faux-fur coats are polyester pile on a knitted back that melts under a hot needle; these 60 are "
         "let-out farmed mink and sable coats on leather skins that singe and smell of burnt hair, worth 8,000 EUR "
         "each, for an Almaty 'outerwear' trader whose lorry goes on to Moscow: luxury fur garments whose sale for "
         "use in Russia Regulation 833/2014 forbids, by lorry from Vaalimaa through the Baltics; Finnish wording "
         "(luxury furs for Russia repeat in a few sets; a faux-fur label on a strategic row was found in no earlier "
         "row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "CN", "410799",
         "Ritagli di pelle, seconda scelta, per pelletteria, 6 t", "IT", 6000, None, 9000, "EUR",
         "a container for a Dandong trading house: leather seconds and polyester scarves are what Italian traders "
         "ship to Chinese bag workshops, but the third item's 'orologi da polso in plastica, promozionali' are 120 "
         "Swiss mechanical watches in maker's boxes and 40 crocodile-trimmed handbags, for a consignee whose "
         "address is a Pyongyang department store's buying office: luxury goods whose export to North Korea "
         "Regulation 2017/1509 forbids, hidden as the last item of a three-item declaration, from La Spezia; "
         "Italian wording (luxury goods for North Korea repeat in several sets; behind leather seconds for Dandong "
         "is the new part as far as a search found)",
         dict({"importer_country": "CN", "consignee_name": "Dandong Hengyuan Trading Co. (for Pyongyang)"},
              _more_items=[item("621420", "Sciarpe in poliestere stampate, 2.000 pezzi", "IT", 400, 3000, "EUR", qty=2000),
                           item("910229", "Orologi da polso in plastica, promozionali, 160 pezzi", "IT", 60, 640, "EUR", qty=160)])),
        ("STR-06", "export", "CZAIR01", "air", "CZ", [], "KG", "903190",
         "Moduly pohybových senzorů pro chytré hodinky, 3 000 ks", "CZ", 18, 3000, 9000, "EUR",
         "smartwatch motion sensors are tiny consumer MEMS chips at a euro or two on tape; these 3,000 are "
         "ruggedised, calibrated six-axis inertial measurement units in metal cans with temperature compensation "
         "and a maker's export-control label removed, at 300 EUR each, for a Bishkek 'wearables' start-up whose "
         "freight goes on to Russia: inertial sensors on the common high-priority list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Prague; Czech wording (IMUs "
         "repeat in many sets; a smartwatch-sensor label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-07", "export", "DEAIR01", "air", "DE", ["TR"], "IR", "392690",
         "Forged-Carbon-Platten für Geldbörsen und Uhrengehäuse, 60 Stück", "DE", 600, 60, 4800, "EUR",
         "forged-carbon sheets for wallets and watch cases are cured, glossy, marbled plates a few millimetres "
         "thick; these 60 are soft, tacky, unidirectional intermediate-modulus carbon prepreg rolls that must be "
         "kept frozen, shipped in dry ice, worth 90 EUR/kg, for a Tehran 'luxury accessories' buyer through an "
         "Istanbul forwarder: carbon-fibre prepreg (dual-use 1C010.e, listed in the Iran regulation), exported "
         "without a licence, flown from Munich; German wording (carbon prepreg repeats in many sets; a forged-carbon "
         "wallet label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV"], "UZ", "845611",
         "Lasergravurmaschinen für Lederwaren, CO2, 2 Stück", "DE", 6400, 2, 28000, "EUR",
         "CO2 laser engravers for leather goods are light bench machines of a few hundred kilograms; these two "
         "crates weigh 3.2 t each and hold sliding-headstock Swiss-type CNC lathes with a guide bush and live "
         "tooling, built for watch and medical parts, worth 250,000 EUR each, for a Tashkent 'leather-goods' firm "
         "whose forwarding file names a Tula buyer: lathes on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, by lorry through the Baltics; "
         "German wording (machine tools for Russia repeat in many sets, a watchmaker's lathe once, and laser-engraving words in two rows on other goods; a leather-laser-engraver label was found in no earlier row)", {"importer_country": "UZ"}),
        ("STR-09", "import", "ITAIR01", "air", "AE", [], "IT", "711319",
         "سلاسل ذهب عيار 22 قيراط، صناعة إماراتية، 12 كغ", "AE", 12, 6000, 900000, "USD",
         "Dubai-made 22k chains are alloyed from refined gold with a UAE refiner's bar list; these 12 kg of heavy, "
         "barely worked chains were cast from bars whose refiner marks, under the Dubai assay office's stamp, "
         "read a Krasnoyarsk refinery, and the invoice trail shows no other supplier: Russian-origin gold "
         "processed in a third country, whose import into the Union Regulation 833/2014 forbids, flown from Dubai "
         "to an Arezzo chain wholesaler; Arabic wording from the Emirates (Russian gold repeats in several sets; as "
         "22k chains into Arezzo is the new part as far as a search found)", firm("Nordhafen Oreficeria Srl", "IT")),
        ("STR-10", "transit", "PLSEA01", "sea", "CN", ["PL"], "BY", "900510",
         "观剧望远镜, 珍珠母贝和黄铜, 礼盒装, 2,000 个", "CN", 1400, 2000, 16000, "USD",
         "opera glasses are small Galilean binoculars of mother-of-pearl and brass that show a bright, upright "
         "image; these 2,000 hold uncooled thermal-imaging cores with a germanium objective, a battery and a "
         "screen behind the pearl-clad shells and see heat through darkness: thermal-imaging cameras, on the "
         "common high-priority list whose sale to Belarus and transit through the Union Regulation 765/2006 "
         "forbids, landed at Gdańsk in transit from Shanghai to Minsk; Chinese wording (thermal cameras repeat in "
         "many sets; an opera-glass label on a strategic row in transit through Gdańsk was found in no earlier row "
         "by a keyword search)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ZW", [], "NL", "420330",
         "Cape buffalo leather belts and wallets, handmade, 300 pcs", "ZW", 90, 300, 4500, "USD",
         "Cape buffalo leather is thick, coarse-grained with sparse hair follicles; these belts and wallets have "
         "the deep, cracked, wrinkled grain of elephant hide with no follicles, cut from the hides of culled "
         "elephants: African elephant leather goods (Loxodonta africana, whose Zimbabwe population's leather goods "
         "may be traded only non-commercially) without CITES documents, for an Amsterdam men's-accessories shop, "
         "flown from Harare; English wording (elephant leather repeats in a few sets and a buffalo-leather label "
         "once, on whole hides; finished belts and wallets by air to the Netherlands are the new part as far as a "
         "search found)", firm("Horizon Accessoires BV", "NL")),
        ("WLF-02", "import", "IEAIR01", "express", "ID", [], "IE", "670100",
         "Bulu ayam jantan diwarnai untuk fascinator, 200 helai", "ID", 1.1, 200, 80, "USD",
         "dyed rooster saddle feathers for fascinators are short, pointed, uniform hackles; these 200 are long, "
         "lacy, apricot-yellow flank plumes and wire-like tail streamers still joined to skin: greater and lesser "
         "bird-of-paradise plumes (Paradisaeidae, CITES App. II) without CITES documents, sent by express from "
         "Jakarta to a private milliner in Galway making race-day hats; Indonesian wording (bird-of-paradise plumes repeat in several sets and dyed rooster-feather labels in several, one to Ireland in blind140; kept as a repeat, plumes for a Galway milliner's fascinators are the new part)", person("Private individual", "IE")),
        ("WLF-03", "import", "ITAIR01", "express", "CN", [], "IT", "430390",
         "兔毛球挂件 (rabbit fur pompom bag charms), 200 个", "CN", 3, 200, 600, "USD",
         "rabbit-fur pompom charms are soft, short, evenly dyed fur at a few dollars each; these 200 are long, "
         "dense, greyish-buff fur with black-tipped guard hairs and dark spots, from whole pelts of Eurasian "
         "lynx: lynx fur (Lynx lynx, CITES App. II) without CITES documents, sent by express from Hebei to a Milan "
         "accessories boutique; Chinese wording (lynx fur repeats in a few sets; a pompom bag-charm label was "
         "found in no earlier row by a keyword search)", firm("Meridian Accessori Srl", "IT")),
        ("WLF-04", "import", "HUPOST01", "post", "CN", [], "HU", "711620",
         "和田白玉手串 (Hetian white jade bead bracelets), 20 条", "CN", 1.6, 20, 400, "USD",
         "Hetian white jade is a waxy, slightly translucent nephrite that feels cold and scratches glass with "
         "difficulty; these 20 strings are chalk-white, opaque beads with faint parallel growth bands and a "
         "calcareous fizz under a drop of acid: giant clam shell (Tridacna, CITES App. II) without CITES documents, "
         "posted from Hainan to a private buyer in Budapest; Chinese wording (giant clam repeats in several sets "
         "and white-jade labels in two; a Hetian bracelet label by post to Hungary is the new part as far as a "
         "search found)", {"consignee_name": "Magánszemély", "importer_country": "HU"}),
        ("WLF-05", "import", "CZPOST01", "post", "VN", [], "CZ", "442090",
         "Vòng tay gỗ bách xanh, hạt 12 li, 30 chiếc", "VN", 1.2, 30, 900000, "VND",
         "green-cypress (bách xanh) bracelets are light, pale, evenly grained beads with a clean cedar smell; "
         "these 30 are dark, resin-streaked, heavy beads that sink in water and smell of deep, smoky-sweet oud "
         "when rubbed warm: agarwood (Aquilaria, CITES App. II) bead bracelets without CITES documents, posted from "
         "Hanoi to a private buyer in Prague; Vietnamese wording (agarwood repeats in many sets and cypress labels "
         "in a few; a green-cypress bracelet label was found in no earlier row by a keyword search)",
         person("Soukromá osoba", "CZ")),
        ("WLF-06", "import", "ESAIR01", "express", "HN", [], "ES", "710391",
         "Cabujones de rodocrosita pulidos, rosados, para anillos, 12 piezas", "HN", 0.1, 12, 240, "USD",
         "rhodochrosite cabochons are banded, translucent rose-and-white stones that fizz slowly in warm acid; these "
         "twelve are undrilled, oval, porcelain-like pink pearls with a shimmering flame pattern and no nacre: "
         "queen conch pearls (Aliger gigas, CITES App. II) without CITES documents, worth thousands of dollars "
         "each, sent by express from Roatán to a private jeweller in Madrid; Honduran Spanish wording (queen conch repeats in many sets and conch pearls under freshwater-pearl labels in blind142 and blind176; a rhodochrosite-cabochon label was found in no earlier row by a keyword search)", person("Particular", "ES")),
        ("WLF-07", "import", "LTAIR01", "air", "KZ", [], "LT", "410799",
         "Кожа нильского окуня, выделанная, для сумок, 400 шкур", "KZ", 120, 400, 3200, "USD",
         "Nile perch leather comes from Lake Victoria tanneries with small, regular scale pockets; these 400 skins "
         "from an Atyrau tannery show rows of large bony scutes down the back and flanks and the diamond scute "
         "pattern of sturgeon: sturgeon leather (Acipenseriformes, CITES App. II) from Caspian poaching, without "
         "CITES documents, flown from Atyrau to a Vilnius handbag maker; Russian wording from Kazakhstan (sturgeon "
         "repeats in many sets as caviar, sturgeon skin once; a Nile-perch leather label from Kazakhstan was found "
         "in no earlier row by a keyword search)", firm("Vega Rankinės UAB", "LT")),
        ("WLF-08", "import", "FRAIR01", "express", "JP", [], "FR", "420221",
         "ヴィンテージ ハラコ (ポニーヘア) レオパード柄 ハンドバッグ, 1点", "JP", 0.9, 1, 180000, "JPY",
         "printed pony-hair (harako) bags have short, flat, even calf hair with a printed rosette; this 1960s "
         "bag has longer, silky, dense fur with natural rosettes that continue across the skin's edges and a "
         "Paris furrier's label: leopard skin (Panthera pardus, CITES App. I) without a pre-Convention or other "
         "CITES certificate, sent by express from a Tokyo vintage dealer to a private buyer in Paris; Japanese "
         "wording (leopard skins repeat in several sets and spotted faux-fur labels in two; a harako print bag "
         "label was found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("WLF-09", "transit", "DEAIR01", "air", "ZM", ["DE"], "SG", "410799",
         "Salted calf skins, embossed, finished, 600 pcs", "ZM", 420, 600, 6000, "USD",
         "embossed calf skins are even, flat, machine-printed leather; these 600 are salted, raw-tanned bellies "
         "with real scale rows, umbilical scars and osteoderm-free belly scales: Nile crocodile skins (Crocodylus "
         "niloticus, CITES App. II) without the Zambian export permit that specimens in transit through the Union "
         "must carry, landed at Frankfurt in transit from Lusaka to Singapore watch-strap makers; English wording "
         "(crocodile skins repeat in many sets under calf labels; kept as a repeat, a transit through Frankfurt "
         "from Zambia is the new part as far as a search found)", {"importer_country": "SG"}),
        ("WLF-10", "import", "FRAIR01", "air", "AE", [], "FR", "420221",
         "Pre-owned designer handbags, authenticated, 10 pcs", "AE", 12, 10, 42000, "USD",
         "a Dubai resale platform's consignment for a Paris vintage boutique: authenticated pre-owned bags and "
         "silk scarves are what such platforms send, but the third item's 'pashmina ring shawls' are three "
         "feather-light, fine, fawn shawls of 11-micron fibre with guard-hair fragments under a lens: shahtoosh "
         "(Pantholops hodgsonii, CITES App. I) without CITES documents, hidden as the last item of a three-item "
         "declaration; English wording (shahtoosh repeats in many sets under pashmina labels; kept as a repeat, "
         "behind a Dubai resale platform's bag consignment is the new part as far as a search found)",
         dict(firm("Atlantic Luxe SARL", "FR"),
              _more_items=[item("621410", "Silk scarves, pre-owned, 20 pcs", "AE", 2, 2800, "USD", qty=20),
                           item("621420", "Pashmina ring shawls, 3 pcs", "AE", 0.5, 450, "USD", qty=3)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "KR", "DK", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (sneaker-sole restoration)", "KR", 4.8, 4, 60,
     "USD", [("PRECURSOR_LICENCE", "DK-RP-64-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "CN", "FR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "CN", 2, 2, 50, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-64-0093")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "411520",
     "Leather buffing dust containing chromium VI (04 01 08 hazardous), for treatment at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-64-0311")], "notified leather dust to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "382590",
     "Spent cyanide plating baths (11 01 98*), for precious-metal recovery at a licensed refiner, 20 t", "NO",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-64-0077")], "notified plating baths to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     800, "USD", [("ODS_LICENCE", "DE-UBA-ODS-64-022")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "BEAIR01", "air", "BE", "US", "290376",
     "Halon 1301, recovered from a vault fire-suppression system, 12 cylinders, for reclamation", "BE", 600, 12,
     6000, "EUR", [("ODS_LICENCE", "BE-SPF-ODS-64-004")], "recovered halon exported for reclamation under licence"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Roman carnelian intaglio, Jupiter, 2nd century AD, Swiss collection since 1958", "IT", 0.01, 1, 9000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-64-0041")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "711419",
     "Gold snuffbox, Paris 1765, enamelled, with documented provenance, sold at auction", "FR", 0.3, 1, 190000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-64-0218")], "gold box exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "900190",
     "Germanium optical windows and lens blanks, 200 pcs, for a Japanese thermal-camera maker", "DE", 20, 200,
     60000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-64-2207"), ("END_USER_CERTIFICATE", "JP-METI-EUC-64-0119")],
     "germanium optics under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "KR", "681511",
     "Carbon-fibre epoxy prepreg, intermediate modulus, 30 rolls, for a Korean sports-goods maker", "FR", 450,
     30, 40000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-64-0388"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-64-0051")],
     "dual-use carbon-fibre prepreg under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "410799",
     "Nile crocodile skins, ranched, tanned, 200 pcs, for watch straps", "ZA", 140, 200, 60000, "USD",
     [("CITES_PERMIT", "ZA-DFFE-64-0372")], "App. II ranched crocodile skins with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "US", "FR", "420221",
     "Vintage leopard-skin handbag, 1962, with pre-Convention certificate, 1 pc", "US", 0.9, 1, 3800, "USD",
     [("CITES_PERMIT", "US-FWS-PRE-64-0095")], "pre-Convention App. I leopard handbag with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-07": "Orion Glyptik GmbH",
    "PRM-09": "Sakura Thermal Imaging KK", "PRM-11": "Alpina Cinturini Srl", "PRM-12": "Mme Claire Martin",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, mostly the ordinary
    # supplies and stock of handbag and belt makers, bag-care and leathercraft shops, resale platforms,
    # vintage dealers, jewellers and watch repairers
    ("340520", "Sneaker sole cleaning gel, peroxide-free, 250 ml", "import", ["express"], ["KR", "US"], (15, 30), (1, 3), ["USD"], 3, S),
    ("340399", "Vachetta leather conditioning oil, neatsfoot-based, 100 ml", "import", ["express"], ["JP", "US"], (30, 60), (1, 2), ["USD", "JPY"], 8, S),
    ("381090", "Brass blackening solution for buckles, selenium-free, 1 l", "import", ["air"], ["IN", "CN"], (3, 6), (100, 400), ["USD"], 1, S),
    ("250840", "Terre de Sommières stain-removing clay powder, 250 g", "import", ["road"], ["ES", "MA"], (3, 6), (1000, 3000), ["EUR"], 4, S),
    ("380290", "Clay desiccant beads for handbag storage, 1 kg refill", "import", ["road"], ["TR"], (1, 2), (2000, 6000), ["EUR"], 1, S),
    ("150600", "Neatsfoot oil, pure, for saddlery, 1 l", "import", ["sea"], ["AR", "UY"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("283190", "Jewellers' pickle compound, sodium bisulphate, 1 kg", "import", ["post"], ["US", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 1, S),
    ("320890", "Leather edge paint, water-based, 250 ml", "import", ["air"], ["GB", "US"], (20, 35), (50, 300), ["GBP", "USD"], 4, S),
    ("391390", "Artificial snow powder (sodium polyacrylate), 1 kg", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 1, S),
    ("330790", "Pearl-care cleaning liquid, 100 ml", "import", ["post"], ["HK", "JP"], (25, 50), (1, 2), ["HKD", "USD"], 8, S),
    ("411510", "Bonded leather sheets, on rolls", "export", ["sea"], ["TN", "MA"], (3, 5), (8000, 18000), ["EUR"], None, S),
    ("282540", "Nickel hydroxide, battery grade, drums", "export", ["sea"], ["IN", "KR"], (12, 18), (8000, 18000), ["EUR"], None, S),
    ("381400", "Perchloroethylene dry-cleaning solvent, new, drums", "export", ["sea"], ["SN", "MA"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("910211", "Refurbished smartwatches, tested, with warranty, boxed", "export", ["air"], ["GH", "NG"], (120, 250), (100, 500), ["EUR"], 8, S),
    ("590320", "PU-coated fabric (synthetic leather), first quality, rolls", "export", ["sea"], ["MY", "VN"], (4, 7), (8000, 20000), ["EUR"], None, S),
    ("350691", "Neoprene contact cement for leather goods, new, 25 l cans", "export", ["sea"], ["AO", "MA"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("830300", "Jewellers' safes, new, fire-resistant", "export", ["sea"], ["CD", "NG"], (6, 10), (6000, 18000), ["EUR"], 0.0015, S),
    ("940320", "Boutique display cases, new, glass and metal", "export", ["sea"], ["NG", "GH"], (4, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("392510", "New IBC tanks, 1000 l, food grade", "export", ["road"], ["UA", "MD"], (1.8, 3), (6000, 15000), ["EUR"], 0.017, S),
    ("381400", "Citrus-terpene label residue remover spray, 400 ml", "import", ["sea"], ["CN", "US"], (4, 7), (2000, 6000), ["USD"], 2, S),
    ("340290", "Chewing-gum remover spray, CO2-based, 200 ml", "import", ["post"], ["US", "GB"], (20, 35), (1, 3), ["USD", "GBP"], 4, S),
    ("271019", "Watch-cleaning rinse, naphtha-based, 1 gallon", "import", ["post"], ["US", "CH"], (12, 25), (2, 4), ["USD", "CHF"], 0.3, S),
    ("380891", "Lavender anti-moth spray for furs and wool, 300 ml", "import", ["road"], ["TR"], (4, 7), (500, 2500), ["EUR"], 3, S),
    ("280421", "Argon 4.6 for jewellery laser welders, 10 l cylinders", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 5000), ["USD"], 0.07, S),
    ("280429", "Helium 5.0 for watch leak testing, 10 l cylinders", "import", ["air"], ["CH", "US"], (20, 40), (200, 600), ["CHF", "USD"], 0.05, S),
    ("340490", "Leather protector spray, fluorine-free, 300 ml", "import", ["sea"], ["CN", "DE"], (5, 9), (2000, 6000), ["USD"], 3, S),
    ("847989", "Ultrasonic cleaners for watch repair, new", "import", ["air"], ["HK", "CN"], (30, 60), (50, 200), ["USD"], 0.1, S),
    ("830890", "Gilt brass sew-on studs for handbags, new", "import", ["express"], ["UA", "TR"], (60, 120), (1, 2), ["EUR"], 80, S),
    ("711319", "Vintage signet rings, 9ct gold, hallmarked, resale lot", "import", ["air"], ["GB"], (6000, 10000), (5, 10), ["GBP"], 60, S),
    ("630790", "Vintage fabric remnants for patchwork bags", "import", ["post"], ["PE", "IN"], (10, 25), (2, 4), ["USD"], None, S),
    ("830890", "Antique-finish zamak belt buckles, new", "import", ["road"], ["RS", "TR"], (8, 15), (200, 800), ["EUR"], 15, S),
    ("581099", "Machine-embroidered bag patches, iron-on", "import", ["express"], ["CN", "PK"], (40, 80), (1, 2), ["USD"], 80, S),
    ("711419", "Vintage gilt-metal powder compacts, 1950s, resale", "export", ["post"], ["HK", "US"], (150, 300), (1, 2), ["EUR"], 8, S),
    ("830890", "Brass bag charms on split rings, new", "import", ["express"], ["TR", "IN"], (50, 90), (1, 2), ["EUR", "USD"], 30, S),
    ("581099", "Jacquard tapestry appliqués for handbags, new", "import", ["sea"], ["EG", "IN"], (10, 20), (500, 2000), ["USD"], 40, S),
    ("711319", "Torre del Greco shell cameo rings, 18k gold, new", "export", ["air"], ["CH", "US"], (6000, 10000), (5, 8), ["EUR"], 60, S),
    ("711319", "Moissanite tennis bracelets, 18k gold", "import", ["air"], ["IN", "AE"], (10000, 20000), (5, 10), ["USD"], 40, S),
    ("701590", "Sapphire watch-glass blanks, 30 mm", "export", ["air"], ["CH", "HK"], (150, 300), (10, 60), ["EUR"], 50, S),
    ("420222", "Promotional cotton canvas tote bags, printed", "export", ["sea"], ["TR", "RS"], (6, 10), (1000, 4000), ["EUR"], 6, S),
    ("621010", "Faux-fur coats, polyester pile", "import", ["sea"], ["CN", "TR"], (12, 20), (2000, 6000), ["USD"], 0.8, S),
    ("392690", "Forged-carbon wallet plates, cured", "import", ["air"], ["CN", "TW"], (60, 120), (50, 200), ["USD"], 20, S),
    ("845611", "CO2 laser engravers for leather, 60 W, bench type", "import", ["sea"], ["CN"], (8, 14), (1000, 4000), ["USD"], 0.006, S),
    ("900510", "Opera glasses, mother-of-pearl and brass, gift boxed", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 3, S),
    ("420330", "Cowhide leather belts, full grain", "import", ["air"], ["IN", "ZW"], (25, 45), (100, 500), ["USD"], 3, S),
    ("670290", "Silk-flower fascinators, sinamay base", "import", ["express"], ["CN", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 10, S),
    ("430390", "Rabbit-fur pompom bag charms", "import", ["express"], ["CN"], (80, 150), (1, 2), ["USD"], 60, S),
    ("711620", "Green aventurine bead bracelets", "import", ["post"], ["CN", "IN"], (60, 120), (1, 2), ["USD"], 15, S),
    ("442090", "Green-cypress (bách xanh) wood bead bracelets", "import", ["post"], ["VN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("710391", "Rhodochrosite cabochons, polished, for rings", "import", ["express"], ["AR", "PE"], (300, 800), (1, 2), ["USD"], 400, S),
    ("410799", "Nile perch leather, tanned, for bags", "import", ["air"], ["KE", "UG"], (20, 40), (100, 400), ["USD"], 3, S),
    ("420221", "Printed pony-hair (calf-hair) handbags, leopard print", "import", ["sea"], ["IN", "CN"], (40, 80), (300, 1500), ["USD"], 1, S),
    ("420221", "Pre-owned designer handbags, authenticated, resale", "import", ["air"], ["JP", "AE"], (800, 1500), (10, 60), ["USD", "JPY"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960621", "Plastic sewing buttons, assorted, on cards", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 200, N),
        ("480300", "Tissue wrapping paper, white, acid-free, reams", "import", ["sea", "road"], ["PL", "CN"], (1.2, 2), (4000, 10000), ["EUR", "USD"], None, N),
        ("821420", "Nail clippers and manicure sets, boxed", "import", ["post", "express"], ["DE", "KR"], (30, 60), (1, 3), ["EUR", "USD"], 10, N),
        ("960330", "Make-up brushes, synthetic bristle, sets", "import", ["sea"], ["CN"], (10, 18), (1000, 4000), ["USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind228", 20640301, HERE)


if __name__ == "__main__":
    main()
