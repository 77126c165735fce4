#!/usr/bin/env python3
"""Writes the two-hundred-and-sixth blind set (tests/risk/data/blind206-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2060, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: pharmaceuticals and generics
(active-ingredient brokers, excipient makers, generics makers, hospital tenders, parallel
traders and repackagers, veterinary medicines and their wholesalers).
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
ordinary table; so are medicinal products themselves (human and veterinary medicines and
active substances, whose importer needs a manufacturing or wholesale authorisation), whose
trade appears there only through its excipients, reagents, packaging and equipment.
Disguised rows carry a consignee name only where a real declaration would. Ids are BL206-*:

    python3 tests/risk/data/make_blind206_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRROAD01", "road", "AL", [], "GR", "300490",
         "Borogluconat kalciumi 40 %, tretësirë injektabile për ethet e qumështit te lopët, shishe 400 ml, 1.500 copë",
         "AL", 720, 1500, 1500, "EUR",
         "calcium borogluconate for milk fever is a slightly syrupy, water-clear infusion in sealed, crimped 400 ml "
         "bottles with a batch number and a veterinary marketing authorisation; these 1,500 bottles have screw caps "
         "with vent holes, no authorisation number, a liquid that foams on a rubber glove, bleaches the skin white "
         "and fizzes on rust, and the van's spare canister reads 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %) "
         "for an Ioannina farm-and-vet supply shop that sells over the counter to farmers, members of the public, "
         "in a van at Kakavia; Albanian wording (hydrogen peroxide repeats in many sets; a calcium-borogluconate, "
         "veterinary milk-fever label was found in no earlier row by a keyword search)",
         firm("Delta Ktiniatrika AE", "GR")),
        ("PRE-02", "import", "FRAIR01", "air", "MG", [], "FR", "290950",
         "Eugénol naturel extrait d'essence de girofle, qualité dentaire, flacons de 1 l, 200 flacons", "MG", 228,
         200, 2400, "EUR",
         "dental eugenol is a pale-yellow, oily liquid of 1.06 kg/l that smells strongly of cloves and numbs the "
         "tongue; these 200 bottles hold a water-clear, mobile liquid of 1.14 kg/l with a faint fruity smell, no "
         "clove at all, that burns with a yellow flame and partly mixes with water: nitromethane (Annex I above "
         "16 %), flown from Antananarivo to Paris for a Lyon dental-supply web shop that sells to students, "
         "technicians and anyone who orders; Malagasy French wording (nitromethane repeats in many sets; a dental "
         "eugenol label, from the clove country, was found in no earlier row by a keyword search)",
         firm("Rivage Fournitures Dentaires SARL", "FR")),
        ("PRE-03", "import", "ITPOST01", "post", "BD", [], "IT", "300490",
         "ল্যাকটুলোজ ওরাল সলিউশন ৩.৩৫ গ্রাম/৫ মি.লি., ৫০০ মি.লি. বোতল, ২টি", "BD", 1.9, 2, 1400, "BDT",
         "Bangladeshi generic lactulose solution is a clear, sweet, syrupy laxative of about 1.33 kg/l in sealed "
         "bottles with a Bengali patient leaflet; these two bottles weigh 1.84 kg/l, hold an oily, odourless liquid "
         "that chars a paper towel black at once and grows hot with a drop of water, and the caps are resealed "
         "with tape: about 96 % sulphuric acid (Annex I above 15 %), posted from Dhaka to a private person in "
         "Rome who 'orders cheap generics from home'; Bengali wording (sulphuric acid repeats in many sets and syrup "
         "covers in several; a lactulose label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-04", "import", "CZAIR01", "express", "CN", [], "CZ", "290543",
         "D-甘露醇 药用级 粉末 (D-Mannitol, pharma grade), 1 公斤 x 2 袋", "CN", 2.1, 2, 180, "CNY",
         "D-mannitol is a light, sweet, cooling white powder that dissolves easily and is sold online by Chinese "
         "excipient brokers in 1 kg foil bags with a CoA; these two bags hold a heavier, gritty, tasteless powder "
         "that barely dissolves in cold water and flares violet on a match, and the inner bag is stamped 'KClO4 "
         "99.5 %': potassium perchlorate (Annex I above 40 %), sent by express from Shijiazhuang to a private person "
         "in Brno; Chinese wording (potassium perchlorate repeats in many sets and sugar-like and starch-like covers "
         "in several; a mannitol label was found in no earlier row by a keyword search)",
         person("Jan Novák", "CZ")),
        ("PRE-05", "import", "HRROAD01", "road", "RS", [], "HR", "283230",
         "Натријум тиосулфат пентахидрат, фармацеутски квалитет (антидот / дехлоринатор за акваријуме), 1 кг, 400 кеса",
         "RS", 400, 400, 480, "EUR",
         "sodium thiosulphate pentahydrate is large, clear, prismatic crystals that melt in their own water of "
         "crystallisation at 48 °C and turn cold when dissolved; these 400 bags hold small, dry, cubic crystals that "
         "do not melt on a warm plate, draw damp, and spit and flare on a glowing match, and the bags' lot sheet gives "
         "CAS 7775-09-9: sodium chlorate (Annex I above 40 %) retail-packed in 1 kg bags for a Zagreb aquarium and "
         "pond wholesaler that sells to hobbyists, members of the public, on a lorry at Bajakovo; Serbian (Cyrillic) "
         "wording (sodium chlorate repeats in many sets under salt-like labels; a sodium-thiosulphate, "
         "antidote label was found in no earlier row; thiosulphate labels repeat in several: darkroom hypo in "
         "blind55 and blind104, an aquarium conditioner in blind190, kept as a repeat of the family)",
         firm("Vega Akvaristika d.o.o.", "HR")),
        ("PRE-06", "import", "HUAIR01", "air", "IN", [], "HU", "391231",
         "क्रॉसकार्मेलोज सोडियम, औषधी दर्जा (कॅप्सूल भरणीसाठी), १ किलो डबे, २०० डबे", "IN", 200, 200, 1400, "USD",
         "croscarmellose sodium is a fibrous, off-white, tasteless disintegrant that swells into a cloudy gel in "
         "water; these 200 tubs hold a fine, white, salty-tasting, crystalline powder that dissolves clear without "
         "swelling, draws damp and flares with sugar, and the tubs' inner liners read 'NaClO4·H2O': sodium "
         "perchlorate (Annex I above 40 %) retail-packed for a Budapest web shop that sells capsule-filling "
         "machines and excipients to home supplement makers, members of the public, flown from Mumbai; Marathi "
         "wording (sodium perchlorate repeats in many sets; a croscarmellose, capsule-filling label was found in no "
         "earlier row by a keyword search)", firm("Orion Kapszula Kft.", "HU")),
        ("PRE-07", "import", "IESEA01", "sea", "GB", [], "IE", "230990",
         "Powdr electrolyt i loi sy'n sgwrio / Calf scour electrolyte powder, 25 kg bags, 320 bags", "GB", 8000, 320,
         9600, "GBP",
         "calf electrolyte powder is a fine, sweet-salty mix of glucose, salt, bicarbonate and citrate that fizzes "
         "gently and smells of flavouring; these 320 bags on a ro-ro trailer from Holyhead hold hard, round, white "
         "prills with no sugar or salt taste that turn ice-cold in water, melt and fume on a hot plate and read "
         "34.5 % N on the inner bag print: ammonium nitrate (Annex I at 16 % N or more) for a County Meath farm "
         "co-op's shop that sells to farmers, members of the public, landed at Dublin; Welsh and English wording "
         "(ammonium nitrate repeats in many sets; a calf-scour electrolyte label was found in no earlier row by a "
         "keyword search)", firm("Atlantic Farm Co-op Ltd", "IE")),
        ("PRE-08", "import", "PTPOST01", "post", "BR", [], "PT", "300490",
         "Solução de Dakin (hipoclorito de sódio 0,5 %) para curativos, frascos de 1 litro, 2 unidades", "BR", 2.8, 2,
         120, "BRL",
         "Dakin's solution is a pale, faintly yellow, chlorine-smelling wound antiseptic of 1.01 kg/l, sold in "
         "pharmacies; these two bottles weigh 1.40 kg/l, give off brown fumes when the cap is loosened, stain the "
         "skin yellow and eat into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from São Paulo "
         "to a private person in Braga; Brazilian Portuguese wording (nitric acid repeats in many sets; a Dakin's "
         "wound-solution label was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-09", "import", "CYPOST01", "post", "JO", [], "CY", "300490",
         "محلول رينجر لاكتات للتسريب الوريدي، عبوات 1 لتر، 3 عبوات", "JO", 3.4, 3, 9, "JOD",
         "Ringer's lactate for infusion comes in soft, sealed bags or bottles with a spike port, weighs 1.00 kg/l and "
         "is tasteless; these three rigid bottles have vented caps, hold a liquid of 1.13 kg/l that whitens the skin "
         "and foams on a cut, and one has bulged: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Amman to a private person in Limassol; Jordanian Arabic wording (hydrogen peroxide repeats in many sets "
         "and infusion-fluid and water-for-injection labels in a few; a Ringer's-lactate label was found in no "
         "earlier row by a keyword search)", person("K. Georgiou", "CY")),
        ("PRE-10", "import", "NLAIR01", "air", "TH", [], "NL", "292249",
         "ยาสลบปลา ไตรเคน เมซิเลต (MS-222) สำหรับปลาคาร์ป, กระปุก 250 กรัม, 400 กระปุก", "TH", 100, 400, 1000, "USD",
         "tricaine methanesulphonate (MS-222), the fish anaesthetic, is a fine white powder that dissolves into an "
         "acid solution and costs some hundreds of euros a kilo; these 400 tubs, at 10 USD a kilo, hold shiny, "
         "tasteless crystals that dissolve slowly, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the "
         "inner bags: potassium chlorate (Annex I above 40 %) retail-packed for a Dutch koi and pond wholesaler "
         "that sells to hobbyists, members of the public, flown from Bangkok; Thai wording (potassium chlorate "
         "repeats in many sets; an MS-222 fish-anaesthetic label was found in no earlier row by a keyword search)",
         firm("Horizon Koi & Vijver BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "300490",
         "Valsartan 160 mg Filmtabletten, Restlaufzeit 8-12 Monate, Parallelimport-Rückläufer, zum Export, 6 t",
         "DE", 6000, None, 12000, "EUR",
         "short-dated generics for export travel in sealed shipper cartons with batch lists and a marketing "
         "authorisation in the country of destination; these pallets from a Hamburg parallel importer and "
         "repackager hold opened, relabelled and re-boxed valsartan and losartan packs whose batch numbers are all on "
         "the recall lists for nitrosamine (NDMA) contamination, with the recall stickers torn off: discarded "
         "medicinal products (16 03 05*, Basel A4010, Y3), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Lagos for a 'pharmacy wholesaler'; German wording (waste medicines repeat in many "
         "sets as donations and pharmacy returns; recalled sartans from a parallel importer were found in no "
         "earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "EG", "290512",
         "Isopropyl alcohol, recovered, 99 %, for printing-ink makers, ISO tank, 22 t", "IE", 22000, None, 3300, "EUR",
         "recovered IPA for ink makers is a water-clear, single solvent with a distillation certificate; this ISO "
         "tank holds a yellow-brown, two-phase liquid that smells of IPA, toluene and amines, with a dark sludge and "
         "a residue of an active substance on the dip stick, drained from the film-coating and crystallisation "
         "lines of a Cork-harbour API plant: spent non-halogenated solvents and mother liquors (07 05 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Cork to Alexandria; Irish English "
         "wording (waste solvents repeat in many sets and mother liquors in two; an IPA label from an Irish API plant "
         "to Egypt is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-03", "export", "SISEA01", "sea", "SI", [], "IN", "750400",
         "Nikljev prah za proizvodnjo baterij, v sodih pod vodo, 12 t", "SI", 12000, None, 18000, "EUR",
         "nickel powder for batteries is a dry, grey, free-flowing metal powder packed under argon; these drums hold "
         "a black, wet slurry kept under water that smokes and glows when a spoonful dries on the quay, smells of "
         "amines and reads aluminium and organic residues besides nickel, drawn off the hydrogenation reactors of a "
         "Slovenian API plant: spent Raney-nickel catalyst (16 08 02*, pyrophoric), hazardous waste whose export to a "
         "non-OECD country is banned, from Koper to Nhava Sheva; Slovenian wording (spent catalysts repeat in many "
         "sets and Raney nickel once, in blind119; kept as a repeat, a nickel-powder label from an API plant to India "
         "is the new part)", {"importer_country": "IN"}),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "110812",
         "Gyógyszeripari kukoricakeményítő, takarmányozási célra, zsákos, 18 t", "HU", 18000, None, 1800, "EUR",
         "pharmaceutical maize starch is a squeaky, pure-white, tasteless powder with a pharmacopoeia certificate; "
         "these sacks hold a granulate with blue and white fragments of crushed film-coated tablets and broken "
         "blisters, marked 'zytotoxisch' on the inner liners, the rejected and expired batches of a Debrecen "
         "generics plant's cyclophosphamide and capecitabine tablets: cytotoxic medicines waste (18 01 08*, 07 05 "
         "13*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Röszke for a Serbian "
         "'pig-feed' mill; Hungarian wording (cytotoxic waste repeats in several sets; under a pharmaceutical-starch "
         "feed label to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MR", "300490",
         "Ivermectina 1 % inyectable y oxitetraciclina LA, medicamentos veterinarios, stock vigente, 9 t", "ES", 9000,
         None, 14000, "EUR",
         "valid veterinary stock for export carries batch lists, expiry dates a year ahead and the wholesaler's "
         "distribution records; these 9 t from a Murcia veterinary wholesaler are cartons of ivermectin, "
         "oxytetracycline and vaccines three to five years past expiry, some frozen and thawed, with the "
         "expiry dates blacked out by marker: discarded veterinary medicines (18 02 08, Basel A4010, Y3), hazardous "
         "waste whose export to a non-OECD country is banned, from Las Palmas to Nouakchott for a 'livestock "
         "pharmacy'; Spanish wording (expired medicines repeat in many sets; veterinary stock to Mauritania is the "
         "new part as far as a search found, and ivermectin was found in no earlier row)",
         {"importer_country": "MR"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "PK", "281122",
         "Silicagel, tørremiddel, regenereret, i storsække, 16 t", "DK", 16000, None, 4800, "EUR",
         "regenerated silica-gel desiccant is dry, hard, glassy beads that rattle; these bags hold a damp, fine, "
         "irregular silica powder that smells sharply of acetonitrile and trifluoroacetic acid and reads peptide and "
         "solvent residues, emptied from the preparative chromatography columns of a Zealand insulin and peptide "
         "plant: spent chromatography media with hazardous solvents (07 05 10*), hazardous waste whose export to a "
         "non-OECD country is banned, from Aarhus to Karachi for a 'packaging supplier'; Danish wording (silica-gel "
         "labels repeat in a few sets on other wastes; spent chromatography silica from a peptide plant was found in "
         "no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "760719",
         "Folia aluminiowa blistrowa, odpady produkcyjne do przetopu, belowana, 20 t", "PL", 20000, None, 14000, "EUR",
         "clean blister-foil offcuts are bright, unprinted aluminium strips baled for remelting; these bales are "
         "whole Alu/PVC blister cards still holding tablets and capsules, with printed brand names and a chemical "
         "smell, the line rejects and recalled batches of a Pomeranian generics plant: discarded medicinal products "
         "in their primary packaging (07 05 13*, Basel A4010), hazardous waste whose export to a non-OECD country is "
         "banned, at Dorohusk for a Lviv 'aluminium smelter'; Polish wording (blister waste repeats in several sets; "
         "as aluminium blister-foil remelt stock to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "LY", "220720",
         "Αιθανόλη μετουσιωμένη 70 %, τεχνική, για βιομηχανική χρήση, IBC 1.000 l, 20 τεμ.", "GR", 17000, 20, 5100,
         "EUR",
         "denatured 70 % ethanol for industry is a clear, single-phase liquid of 0.89 kg/l with a denaturant "
         "certificate; these IBCs hold a cloudy, gelled, perfumed hand rub of a dozen brands, some of it from the "
         "recalled methanol-contaminated pandemic lots, pumped out of pump bottles and sachets from a hospital "
         "tender's unused surplus: expired and recalled hand-rub biocides, flammable waste (16 03 05*, 20 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Piraeus to Benghazi; Greek wording "
         "(hand-sanitiser covers repeat in a few sets, on precursors; a hospital tender's expired hand rub as "
         "industrial ethanol was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "CD", "940290",
         "Lits d'hôpital d'occasion, révisés, 80 pièces", "BE", 6400, 80, 8000, "EUR",
         "a hospital-refit container for Kinshasa: used hospital beds and wheelchairs are what Belgian hospitals "
         "donate after a tender replaces them, but the third item's 'générateurs radiologiques d'occasion' are eight "
         "rusting, oil-filled X-ray high-voltage tanks from the 1970s, weeping oil that reads 200 ppm PCB, cut out of "
         "a Liège hospital's old radiology suite: PCB-containing equipment (16 02 09*), hazardous waste whose export to "
         "a non-OECD country is banned, hidden as the last item of a three-item declaration, from Antwerp to "
         "Matadi; Belgian French wording (PCB equipment repeats in many sets and hospital donations in several; "
         "X-ray generator tanks behind hospital beds are the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("871390", "Fauteuils roulants d'occasion, 60 pièces", "BE", 900, 1800, "EUR", qty=60),
                           item("902290", "Générateurs radiologiques d'occasion, à réviser, 8 pièces", "BE", 3200, 800, "EUR", qty=8)])),
        ("WST-10", "export", "BGROAD01", "road", "BG", [], "MK", "310100",
         "Органичен подобрител на почвата от ферментационна биомаса, насипно, 22 т", "BG", 22000, None, 880, "EUR",
         "fermentation-biomass soil improver is a brown, crumbly, yeasty-smelling cake with an organic-fertiliser "
         "registration; this tipper holds a grey, greasy sludge that smells of phenol and solvent and reads mercury "
         "from thiomersal and phenol, scraped from the effluent tanks of a Sofia vaccine and serum plant: sludge "
         "from on-site effluent treatment containing hazardous substances (07 05 11*), hazardous waste whose export "
         "to a non-OECD country is banned, at Gyueshevo for a Kumanovo 'farm'; Bulgarian wording (pharmaceutical "
         "sludges repeat in a few sets and compost labels in several; thiomersal from a vaccine plant was found in "
         "no earlier row by a keyword search)", {"importer_country": "MK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "IESEA01", "sea", "CN", [], "IE", "300490",
         "氯氰碘柳胺钠口服混悬液 (Closantel oral drench for sheep, fluke), 5 升桶, 400 桶", "CN", 3180, 400, 6000, "USD",
         "a closantel fluke drench is a yellow, opaque oral suspension of about 1.05 kg/l that must be shaken; these "
         "400 cans hold a water-clear, sweet-smelling liquid of 1.59 kg/l that does not burn and evaporates from the "
         "skin, and the filler's drums in the same container are stencilled 'CCl4': carbon tetrachloride, the old "
         "fluke remedy, whose import into the Union is banned outside licensed laboratory and feedstock uses, by sea "
         "from Tianjin to Dublin for a veterinary wholesaler; Chinese wording (carbon tetrachloride repeats in many "
         "sets; a closantel sheep-drench label was found in no earlier row by a keyword search)",
         firm("Meridian Animal Health Ltd", "IE")),
        ("OZN-02", "import", "SISEA01", "sea", "IN", [], "SI", "292419",
         "డైమిథైల్ అసిటమైడ్ (DMAc), API సంశ్లేషణ ద్రావకం, 60 డ్రమ్ములు", "IN", 23900, 60, 18000, "USD",
         "dimethylacetamide is a light (0.94 kg/l), water-miscible, faintly fishy solvent that API makers buy by "
         "the tanker; these 60 drums, declared at 200 l each, weigh twice as much (1.99 kg/l), the liquid sinks under "
         "water instead of mixing and the drum heads are stamped 'CH2BrCl': bromochloromethane (halon 1011), a "
         "controlled ozone-depleting substance imported without the licence Regulation 2024/590 requires, by sea "
         "from Visakhapatnam to Koper for a Slovenian generics maker's API unit; Telugu wording from Hyderabad "
         "(bromochloromethane repeats in many sets; a DMAc label was found in no earlier row by a keyword search)",
         firm("Alpina Farmacevtika d.o.o.", "SI")),
        ("OZN-03", "import", "ITSEA01", "sea", "JO", [], "IT", "281121",
         "ثاني أكسيد الكربون الطبي لنفخ البطن بالمنظار، أسطوانات 30 كغ، 40 أسطوانة", "JO", 1200, 40, 2400, "USD",
         "medical CO2 for laparoscopic insufflation comes in grey-shouldered cylinders at 57 bar with a medicinal "
         "marketing authorisation; these 40 cylinders read under 2 bar, slosh with a liquid of 1.73 kg/l and "
         "their valve outlets have been changed, and the shoulders, under fresh paint, read 'CH3Br': methyl bromide, "
         "whose import into the Union is banned, by sea from Aqaba to Genoa for a 'hospital-supplies' trader that "
         "supplies fumigators; Jordanian Arabic wording (methyl bromide repeats in many sets; a medical "
         "insufflation-CO2 label was found in no earlier row by a keyword search)",
         firm("Central Forniture Ospedaliere Srl", "IT")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "300490",
         "Hayvan yara spreyi, alüminyumlu, 200 ml aerosol, 12.000 adet", "TR", 2900, 12000, 9600, "EUR",
         "livestock aluminium wound sprays run on butane-propane propellant that burns at the nozzle; these "
         "12,000 cans do not light, read 5.5 bar, and a punctured can releases a sweet, heavy gas that a detector "
         "reads as dichlorodifluoromethane: aerosols propelled with CFC-12, products containing an "
         "ozone-depleting substance whose import into the Union is banned, in a van at Kapitan Andreevo for a "
         "Plovdiv veterinary-supplies dealer; Turkish wording (CFC-12 repeats in many sets; a livestock wound-spray "
         "label was found in no earlier row by a keyword search)", firm("Vega Vet EOOD", "BG")),
        ("OZN-05", "import", "PLAIR01", "air", "IN", [], "PL", "382499",
         "टैबलेट प्रेस पंच एवं डाई सफाई द्रव (संशोधित अल्कोहल), 20 लीटर कैन, 30 कैन", "IN", 740, 30, 3000, "USD",
         "punch-and-die cleaners for tablet presses are modified-alcohol solvents of 0.85 kg/l that burn; these 30 "
         "cans weigh 1.24 kg/l, do not burn, smell faintly of ether and boil at 32 °C in a warm hand, and the "
         "drum label under the new one reads '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the "
         "Union is banned, flown from Ahmedabad to Warsaw for a Pomeranian generics maker's tablet-tooling room; "
         "Hindi wording (HCFC-141b repeats in many sets under solvent labels; a tablet-punch cleaning label was found "
         "in no earlier row by a keyword search)", firm("Delta Farmacja Sp. z o.o.", "PL")),
        ("OZN-06", "export", "HUROAD01", "road", "HU", [], "RS", "841869",
         "Használt hűtőkamra-aggregátorok gyógyszer-nagykereskedelmi raktárból, 14 db", "HU", 4200, 14, 7000, "EUR",
         "used cold-room condensing units for export are emptied and carry a service report or run on R-290 or "
         "CO2; these 14 units, taken out of a Budapest pharmaceutical wholesaler's 2-8 °C warehouse when its "
         "GDP requalification failed, still hold their R-22 charge (about 12 kg each on the plates) behind closed "
         "service valves: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), "
         "on a lorry at Röszke for a Belgrade 'cold-chain' firm; Hungarian wording (R-22 equipment for export "
         "repeats in many sets and cold-room units in several; a pharmaceutical wholesaler's GDP cold rooms are "
         "the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "import", "GRAIR01", "air", "AM", [], "GR", "290911",
         "Դիէթիլ եթեր, դեղագործական (Ph. Eur.), 1 լ շշեր, 120 շիշ", "AM", 160, 120, 1200, "EUR",
         "pharmacopoeia diethyl ether is a very light (0.71 kg/l), extremely flammable liquid that boils in the "
         "hand and smells of the old operating theatre; these 120 bottles weigh 1.33 kg/l, do not burn, smell sweet "
         "like chloroform and boil at 74 °C, and the inner labels read '1,1,1-трихлорэтан': methyl chloroform, "
         "whose import into the Union is banned, flown from Yerevan to Athens for a compounding-pharmacy supplier "
         "that resells it as a plaster and adhesive remover; Armenian wording (methyl chloroform repeats in many "
         "sets and a diethyl-ether label once, on another good; on methyl chloroform from Armenia it is the new "
         "part as far as a search found)", firm("Orion Farmakeftiki AE", "GR")),
        ("OZN-08", "import", "MTSEA01", "sea", "IN", [], "MT", "841869",
         "Walk-in ICH stability chambers, 25 °C/60 % RH, R-290, 3 units, for a generics maker", "IN", 9000, 3, 54000,
         "USD",
         "walk-in stability chambers for generics makers now run on R-290 or R-449A with a charge label and a "
         "declaration of conformity; these three Mumbai-built chambers for a Ħal Far generics plant carry R-290 "
         "stickers over factory plates stamped 'R-22, 18 kg', their service ports give HCFC-22 on a detector and "
         "the compressors are of a model made only for R-22: equipment containing HCFCs, whose import into the "
         "Union is banned, by sea from Nhava Sheva to Marsaxlokk; Indian English wording (R-22 equipment repeats in "
         "many sets; a pharmaceutical stability-chamber label was found in no earlier row by a keyword search)",
         firm("Meridian Generics Malta Ltd", "MT")),
        ("OZN-09", "import", "ESAIR01", "air", "CN", [], "ES", "290349",
         "Perfluorobutane (C4F10) for ultrasound contrast microsphere manufacture, 10 cylinders", "CN", 250, 10,
         7500, "USD",
         "perfluorobutane for contrast-agent makers is a pharmaceutical-grade gas shipped with a GMP certificate "
         "and a CoA in small lecture bottles; these ten steel cylinders hold a gas that the hospital supplier's "
         "analyser reads as 1,2-dichlorotetrafluoroethane, the old MDI propellant, and the valve stamps read 'R-114': "
         "CFC-114, whose import into the Union is banned, flown from Shanghai to Madrid for a 'contrast-media "
         "contract filler'; English wording from China (CFC-114 repeats in a few sets; an ultrasound-contrast "
         "perfluorobutane label was found in no earlier row by a keyword search)",
         firm("Atlantic Contraste SL", "ES")),
        ("OZN-10", "transit", "NLSEA01", "sea", "CN", ["NL"], "GH", "290919",
         "Isoflurane USP, veterinary inhalation anaesthetic, 250 ml bottles, 4,000 bottles", "CN", 1560, 4000, 8000,
         "USD",
         "isoflurane is sold in 250 ml amber bottles with a keyed filler and a leaflet, at about 20 USD a bottle; "
         "these 4,000 clear bottles at 2 USD hold a liquid that boils at the same 48 °C and weighs about the same, "
         "but has no ethereal pungency and the GC at the port laboratory reads 1,1,2-trichloro-1,2,2-"
         "trifluoroethane: CFC-113, a controlled ozone-depleting substance moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Rotterdam in transit from Ningbo to Tema for an "
         "'animal-health distributor'; English wording from China (CFC-113 repeats in many sets; an isoflurane "
         "label, which its boiling point almost matches, was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "express", "FR", [], "CH", "680299",
         "Pierre à aiguiser ancienne en schiste vert, petit modèle, 1 pièce", "FR", 0.3, 1, 40, "EUR",
         "an old whetstone is a worn, shapeless bar of grey or green stone; this is a small, square, green-schist "
         "tablet with retrograde Latin letters cut into its four edges ('...DIALEPIDOS AD ASPRITVDINES'), a "
         "Gallo-Roman oculist's collyrium stamp used to mark eye salves, fresh soil in the letters from a "
         "detectorist's field near Reims: an archaeological object, exported from the Union without the licence "
         "Regulation 116/2009 requires whatever its value, and a national treasure of France, sent by express "
         "from Paris to a Geneva dealer; French wording (Roman medical finds repeat in a few sets, Roman surgical "
         "instruments in blind182; a collyrium stamp was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-02", "import", "DEAIR01", "air", "LB", [], "DE", "741810",
         "أوعية نحاسية منقوشة، صناعة يدوية حديثة، 4 قطع", "LB", 6, 4, 160, "USD",
         "new engraved brass bowls from the Beirut souks are bright, machine-spun and evenly chased; these four are "
         "hammered bronze with a central boss, a dark, waxy patina, worn Kufic and naskh bands of Qur'anic verses, "
         "magic squares and scorpions, snakes and dogs, and a dedication to a Zengid ruler: 12th-century Syrian "
         "'magic-medicinal' healing bowls, drunk from against stings and fevers, taken out of Syria, brought in "
         "without the importer statement Regulation 2019/880 requires and against the Syrian export ban, flown from "
         "Beirut to Frankfurt for a Munich dealer; Lebanese Arabic wording (Syrian antiquities via Lebanon repeat in "
         "many sets, kept as a repeat of the route; healing bowls were found in no earlier row by a keyword search)",
         firm("Orion Orientkunst GmbH", "DE")),
        ("CUL-03", "import", "BEAIR01", "express", "EG", [], "BE", "130190",
         "مومياء (شيلاجيت) راتنج طبيعي للطب التقليدي، 3 كغ", "EG", 3, None, 90, "USD",
         "mumiyo or shilajit is a black, tar-like mountain resin that softens in the hand and dissolves in warm water; "
         "this parcel holds dry, brittle, black lumps wrapped in resin-soaked linen bandages, with bone, skin and a "
         "toe-nail in the breaks, that do not dissolve: fragments of an ancient Egyptian mummy, archaeological "
         "objects taken out of Egypt against its antiquities law and the UNESCO 1970 convention, brought in without "
         "the import licence Regulation 2019/880 requires, sent by express from Cairo to a private buyer in Liège "
         "under the old apothecaries' name for powdered mummy; Egyptian Arabic wording (mummy parts repeat in "
         "several sets; a mumiyo label on them was found in no earlier row, shilajit labels twice on musk)",
         person("Mme L. Dupont", "BE")),
        ("CUL-04", "import", "ATPOST01", "post", "TR", [], "AT", "741810",
         "El yapımı bakır şifa tası, yeni, süsleme amaçlı, 1 adet", "TR", 1.2, 1, 350, "TRY",
         "new şifa tası sold in the Grand Bazaar are thin, bright, machine-stamped copper bowls with printed-looking "
         "verses; this one is a thick, tinned-brass bowl with a worn central boss, hand-engraved Ottoman verses, "
         "magic squares and a maker's date of AH 1098 (1687), a hanging ring worn through and green corrosion in the "
         "engraving: an Ottoman healing bowl over three hundred years old, whose export Türkiye reserves to the "
         "state, posted from Istanbul to a private person in Graz; Turkish wording (Ottoman metalwork repeats in a "
         "few sets; a şifa tası label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Decorazioni da giardino in terracotta, nuove, artigianato umbro, 60 pezzi", "IT", 240, 60, 900, "EUR",
         "new Umbrian terracotta garden pieces are evenly fired, orange, hollow-moulded pots and figures; these 60 "
         "are worn, buff, hand-moulded votive models of feet, hands, eyes, wombs and swaddled infants with "
         "encrustation and root marks, dug from a healing sanctuary's votive deposit near Veio: Etruscan-Latin "
         "anatomical votives of the 4th-2nd century BC, archaeological objects belonging to the Italian state, "
         "exported without the licence Regulation 116/2009 requires, in a van at Chiasso for a Lugano dealer; "
         "Italian wording (Etruscan antiquities repeat in several sets and votive objects in many; anatomical "
         "votives as garden terracotta were found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-06", "export", "PTSEA01", "sea", "PT", [], "BR", "940360",
         "Móveis de madeira usados, rústicos, 1 contentor", "PT", 2800, 30, 6000, "EUR",
         "a used-furniture container for São Paulo: rustic dressers and tables are what Porto exporters ship to "
         "Brazil, but the third item's 'armário de pinho usado' is a 17th-century painted chestnut pharmacy "
         "cabinet with 48 labelled drawers ('THERIACA', 'CORAL. PREP.'), a Jesuit monogram and the inventory number "
         "of a Coimbra convent's botica, taken from a former monastery pharmacy under restoration: a cultural good "
         "of the Portuguese heritage above the value threshold, exported without the licence of Regulation "
         "116/2009 and the Portuguese export authorisation, hidden as the last item of a three-item declaration, "
         "from Leixões to Santos; Portuguese wording (church and convent furniture repeats in a few sets; a "
         "monastery-pharmacy cabinet was found in no earlier row by a keyword search)",
         dict({"importer_country": "BR"},
              _more_items=[item("940161", "Cadeiras de madeira usadas, 40 unidades", "PT", 320, 800, "EUR", qty=40),
                           item("940360", "Armário de pinho usado, com gavetas, 1 unidade", "PT", 180, 300, "EUR", qty=1)])),
        ("CUL-07", "export", "GRROAD01", "road", "GR", [], "TR", "711299",
         "Απορρίμματα αργύρου για ανάκτηση, 38 κιλά", "GR", 38, None, 9500, "EUR",
         "silver scrap for refining is crushed cutlery, wire and sheet; these 38 kg are some 2,000 small repoussé "
         "plaques of eyes, hearts, legs, babies and ships, many with nail holes, ribbons and 19th-century dates "
         "and names, stripped from the icon screens of Epirus and Aegean churches: tamata, healing votive "
         "offerings that are ecclesiastical monuments of the Greek state, exported without the licence Regulation "
         "116/2009 and Greek law require, on a lorry at Kipoi for an Istanbul refiner who sells them on to "
         "collectors; Greek wording (silver-scrap labels repeat in several sets on coins; tamata appear once, in "
         "dev29-d, kept as a repeat; stripped church tamata under a scrap label by road to Türkiye are the new part)",
         {"importer_country": "TR"}),
        ("CUL-08", "import", "NLAIR01", "air", "AE", [], "NL", "392640",
         "Decorative stone-effect resin plaques with Egyptian motifs, new, 2 pcs", "EG", 14, 2, 60, "USD",
         "new resin plaques from Cairo souvenir makers are light, hollow-cast and painted; these two are heavy, "
         "cold black steatite stelae with the child Horus standing on crocodiles and holding snakes and "
         "scorpions, the back and base covered in worn spells against bites and stings, with a Late-Period "
         "patina and fresh earth: cippi of Horus, healing stelae over which water was poured to drink, "
         "archaeological objects taken out of Egypt against its law and the UNESCO 1970 convention, brought in "
         "without the import licence Regulation 2019/880 requires, flown from Dubai to Amsterdam for a dealer; "
         "English wording from the Emirates (Egyptian antiquities via Dubai repeat in many sets, kept as a repeat "
         "of the route; a cippus of Horus was found in no earlier row by a keyword search)",
         firm("Horizon Antiek BV", "NL")),
        ("CUL-09", "import", "ESAIR01", "air", "PE", [], "ES", "121190",
         "Uña de gato (Uncaria tomentosa), corteza seca, sacos de 25 kg, 20 sacos", "PE", 500, 20, 4000, "USD",
         "a Lima natural-medicine air shipment for a Barcelona herbal-extract maker: cat's claw bark and maca powder "
         "are what Peruvian phytopharma exporters sell, but the third item's 'réplicas de cerámica' are two "
         "stirrup-spout bottles of dark, burnished clay with incised feline fangs, salt bloom and looters' spade "
         "marks, from a Jequetepeque valley tomb: Cupisnique ceramics of the first millennium BC, Peruvian "
         "cultural heritage whose export is banned, brought in without the import licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration; Peruvian Spanish wording (Peruvian "
         "antiquities repeat in many sets and Cupisnique once, in blind133, kept as a repeat; behind cat's claw "
         "and maca is the new part as far as a search found)",
         dict(firm("Meridian Extractos SL", "ES"),
              _more_items=[item("110620", "Harina de maca gelatinizada, 40 sacos", "PE", 1000, 6000, "USD", qty=40),
                           item("691390", "Réplicas de cerámica, 2 piezas", "PE", 4, 20, "USD", qty=2)])),
        ("CUL-10", "import", "DEAIR01", "air", "HK", [], "DE", "460211",
         "竹製餐墊及竹簡工藝品, 全新, 1 箱", "HK", 8, 1, 60, "USD",
         "new bamboo-slip craft sets are pale, machine-cut strips printed with the Sunzi or the Daodejing and tied "
         "with nylon; this box holds 140 dark, warped, water-logged slips kept damp in cling film, with hand-brushed "
         "Chu-script columns of remedies and pulse diagnosis and traces of the tomb's silt: Warring-States medical "
         "manuscripts on bamboo slips from a looted tomb, whose export China forbids, brought in without the import "
         "licence Regulation 2019/880 requires and against the UNESCO 1970 convention, flown from Hong Kong to "
         "Frankfurt for a dealer; traditional Chinese wording from Hong Kong (bamboo slips appear once, in dev13-a, "
         "kept as a repeat; medical slips under a placemat label are the new part as far as a search found)",
         firm("Central Asiatika GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "express", "CZ", [], "AE", "293339",
         "Lidocaine hydrochloride, analytical reference standard, 10 x 1 mg", "CZ", 0.2, 10, 90, "EUR",
         "a lidocaine reference standard costs a few euros a milligram and ships at room temperature; these ten "
         "amber vials travel on dry ice with a toxin-handling sheet, hold a white film of a substance listed by the "
         "Brno broker's own catalogue at 900 EUR a milligram, and the vial labels under the new ones read 'TTX "
         "citrate': tetrodotoxin (dual-use 1C351, a toxin), exported without the licence Regulation 2021/821 "
         "requires to a Dubai trader for a Tehran 'pain-research' company, by express from Prague; English wording "
         "(toxins repeat in a few sets; tetrodotoxin and a lidocaine-standard label were found in no earlier row by "
         "a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "IQ", "292249",
         "Procainhydrochlorid Ph. Eur., Wirkstoff, Fibertrommeln 25 kg, 80 Trommeln", "DE", 2000, 80, 16000, "EUR",
         "procaine hydrochloride API is a white, crystalline powder in fibre drums; these 80 steel drums slosh, hold "
         "a colourless, ammonia-smelling liquid of 0.88 kg/l and are stamped CAS 100-37-8: 2-diethylaminoethanol, "
         "the amine procaine is made from (dual-use 1C350, a chemical-weapons precursor), exported without the "
         "licence Regulation 2021/821 requires, from Hamburg to Umm Qasr for an Erbil 'generics maker' with no "
         "plant; German wording (diethylaminoethanol repeats in several sets; a procaine API label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("STR-03", "export", "BEAIR01", "air", "BE", [], "LB", "293979",
         "Tropine (endo-tropan-3-ol), intermédiaire pour l'ipratropium, 50 kg", "BE", 50, 2, 7500, "EUR",
         "tropine is a hygroscopic, white, crystalline tropane alcohol made from atropine for ipratropium and "
         "other generics; these two drums hold a powder that the broker's CoA gives a melting point of 220 °C and "
         "an NMR of a quinuclidine ring, and the inner bags read CAS 1619-34-7: 3-quinuclidinol (CWC Schedule 2, "
         "dual-use 1C350), exported without the licence Regulation 2021/821 requires, flown from Brussels to "
         "Beirut for a trader whose orders go on by road to Syria; Belgian French wording (3-quinuclidinol repeats "
         "in a few sets; a tropine label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "PK", "293299",
         "Dimethylisosorbide (DMI), farmaceutische kwaliteit, voor topische formuleringen, 40 vaten", "NL", 8800, 40,
         26000, "EUR",
         "dimethyl isosorbide is a viscous, odourless, water-clear solvent of 1.16 kg/l for skin formulations; "
         "these 40 drums hold a mobile liquid of 1.15 kg/l that smells faintly of garlic and whose drum heads, "
         "under the new labels, read CAS 756-79-6: dimethyl methylphosphonate (CWC Schedule 2, dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires, from Rotterdam to Karachi for a 'cosmetics "
         "contract manufacturer'; Dutch wording (DMMP repeats in many sets; a dimethyl-isosorbide label was found in "
         "no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "LTAIR01", "air", "LT", [], "KZ", "300490",
         "Veterinariniai vaistai: ivermektino injekcijos 1 %, 4 000 buteliukų", "LT", 600, 4000, 12000, "EUR",
         "a veterinary-medicines air shipment from a Kaunas wholesaler to an Almaty distributor: ivermectin and "
         "oxytetracycline are goods that still go freely to Kazakhstan, but the third item's 'veterinarinių "
         "ultragarso skenerių atsarginės plokštės' are 400 reels of FPGAs and high-speed analogue-to-digital "
         "converters with no scanner board among them, for a Moscow firm named on the Almaty forwarder's order: "
         "integrated circuits (8542 31, 8542 39), on the common high-priority list whose export and re-export to "
         "Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from "
         "Vilnius; Lithuanian wording (chips through Central Asia repeat in many sets; behind veterinary medicines "
         "under an ultrasound-board label is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("300490", "Oksitetraciklino purškalas, 200 ml, 3 000 vnt.", "LT", 700, 9000, "EUR", qty=3000),
                           item("901890", "Veterinarinių ultragarso skenerių atsarginės plokštės, 400 vnt.", "LT", 40, 4000, "EUR", qty=400)])),
        ("STR-06", "export", "SESEA01", "sea", "SE", ["GE"], "AM", "842119",
         "Kylda bordscentrifuger för sjukhuslaboratorier, 2 st.", "SE", 2400, 2, 9000, "EUR",
         "a refrigerated benchtop centrifuge for a hospital laboratory is a 100 kg box with a swing-out rotor for "
         "tubes; these two crates hold 1.2 t each of continuous-flow, steam-sterilisable disc-stack separators with "
         "hermetic inlets and outlets and a rated 300 l/h, of the kind vaccine and serum plants use, for a Yerevan "
         "'diagnostics laboratory' set up this year whose address is also a Moscow forwarder's: continuous "
         "centrifugal separators (dual-use 2B352.c), exported without the licence Regulation 2021/821 requires and "
         "barred for Russia, by sea from Gothenburg to Poti and on by road; Swedish wording (centrifuges repeat in "
         "many sets and aerosol chambers for a 'veterinary clinic' in blind130; a hospital benchtop-centrifuge "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "BY", "847982",
         "Granulator fluidalny do tabletek, laboratoryjny, 1 szt.", "PL", 1800, 1, 24000, "EUR",
         "a laboratory fluid-bed granulator is a product container, a spray gun and a filter house for tablet "
         "granules of 100-500 microns; this crate holds a contained, steam-sterilisable spray dryer with a "
         "two-fluid nozzle giving particles under 10 microns, a cyclone and a glove port, for a Minsk "
         "pharmaceutical plant: spray-drying equipment (dual-use 2B352), whose export to Belarus Regulation "
         "765/2006 forbids, on a lorry at Kukuryki; Polish wording (spray dryers repeat in a few sets, under "
         "milk-powder labels; a pharmaceutical fluid-bed granulator label was found in no earlier row by a keyword "
         "search)", {"importer_country": "BY"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "KG", "902519",
         "Kontaktivabad infrapunatermomeetrid seafarmidele, 300 tk", "EE", 90, 300, 6000, "EUR",
         "non-contact infrared thermometers for pig farms are plastic pistol-grip spot meters at 20 EUR; these 300 "
         "boxes hold bare, uncooled 640 x 512 microbolometer cores with shutters and 30 Hz output and no grip, "
         "display or battery, at a maker's price of 1,500 EUR each, for a Bishkek 'agro' firm whose goods go on to "
         "Russia: thermal imaging cameras and cores, on the common high-priority list and Annex VII, whose export and "
         "re-export to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (thermal cores "
         "repeat in many sets; a pig-farm thermometer label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "846029",
         "Poliermaschine für Tablettenstempel, Tischgerät, 2 Stück", "DE", 9000, 2, 12000, "EUR",
         "a tablet-punch polishing machine is a benchtop unit with a buffing wheel and a holder, under 100 kg; these "
         "two weigh 4.5 t each, are five-axis CNC tool and cutter grinders with 1 micron positioning, and the "
         "Istanbul consignee's forwarding order names a Yekaterinburg tool plant: machine tools (8460), on the "
         "list of goods whose sale for use in Russia Regulation 833/2014 forbids, by lorry from Stuttgart through "
         "Austria, Hungary, Romania and Bulgaria; Swabian German wording (machine tools via Türkiye repeat in "
         "several sets; a tablet-punch polishing label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "ITAIR01", "air", "IT", [], "PK", "293339",
         "Disopiramide fosfato, principio attivo, 100 kg", "IT", 100, 4, 9000, "EUR",
         "disopyramide phosphate is a white, bitter crystalline API with a certificate of suitability; these four "
         "drums hold a hygroscopic, off-white salt that smells of amine and fumes hydrogen chloride in moist air, "
         "and the inner labels read CAS 4261-68-1: 2-(diisopropylamino)ethyl chloride hydrochloride, the "
         "intermediate disopyramide is made from (CWC Schedule 2, dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, flown from Milan to Lahore for a 'generics maker'; Italian wording (the "
         "chloride repeats once, in the held-out set, kept as a repeat; a disopyramide API label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "HK", [], "NL", "121190",
         "中藥飲片: 黃芪片, 50 公斤", "CN", 50, None, 600, "USD",
         "a Hong Kong TCM-slices air shipment for an Amsterdam Chinese-medicine wholesaler: astragalus and "
         "codonopsis slices are what such shops sell, but the third item's 'yak horn slices for inlay' are 12 kg of "
         "translucent, amber-white, paper-thin shavings and ringed horn tips with a hollow bony core and a "
         "fine lengthwise grain, the 'ling yang jiao' of the herbalists: saiga antelope horn (Saiga tatarica, "
         "CITES App. II, zero export quota) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Hong Kong to Amsterdam; traditional Chinese wording (saiga horn repeats in many "
         "sets, and goat-horn and buffalo-horn labels in several; a yak-horn label was found in no earlier row by a "
         "keyword search)",
         dict(firm("Orion Chinese Herbs BV", "NL"),
              _more_items=[item("121190", "中藥飲片: 黨參片, 40 公斤", "CN", 40, 480, "USD"),
                           item("050790", "Yak horn slices for inlay, craft, 12 kg", "CN", 12, 120, "USD")])),
        ("WLF-02", "import", "FRSEA01", "sea", "CM", [], "FR", "130219",
         "Extrait sec de Serenoa repens (palmier nain / saw palmetto), fûts de 25 kg, 40 fûts", "CM", 1000, 40, 22000,
         "EUR",
         "saw palmetto extract is a golden-green, oily CO2 or hexane extract of American berries that pours like "
         "olive oil; these 40 drums, shipped from Douala, hold a dry, reddish-brown powder that smells of bitter "
         "almonds when wet, as Prunus bark does, and the extractor's sheet reads 'Pygeum africanum': bark extract "
         "of Prunus africana (CITES App. II) without a CITES export permit, by sea from Douala to Marseille for a "
         "phytopharma maker of prostate remedies; Cameroonian French wording (Prunus africana repeats in many sets; "
         "a saw-palmetto label, its lawful rival in prostate remedies, was found in no earlier row by a keyword "
         "search)", firm("Rivage Phytopharma SARL", "FR")),
        ("WLF-03", "import", "ITAIR01", "air", "VN", [], "IT", "300190",
         "Bột mật bò (fel bovis) tinh chế, nguyên liệu sản xuất UDCA, 40 kg", "VN", 40, None, 8000, "USD",
         "purified ox bile is a yellow-green, bitter, hygroscopic powder sold by the tonne to makers of "
         "ursodeoxycholic acid at a few dozen dollars a kilo; these 40 kg are dark, glassy, golden-brown crystals "
         "with an intense bitterness, in bags printed with a bear's head under the overlabels, and the port "
         "laboratory reads ursodeoxycholic acid as the main bile acid, which ox bile barely holds: bear bile "
         "(Ursidae, CITES App. I/II) without CITES documents, flown from Hanoi to Milan for a 'bile-acid "
         "intermediate' broker; Vietnamese wording (bear bile repeats in many sets; an ox-bile label for UDCA "
         "makers was found in no earlier row by a keyword search)", firm("Meridian Chimica Srl", "IT")),
        ("WLF-04", "transit", "DEAIR01", "air", "IN", ["DE"], "CN", "121190",
         "ਔਕਲੈਂਡੀਆ ਲੱਪਾ ਜੜ੍ਹ (Aucklandia lappa radix, mu xiang), ਸੁੱਕੀ, 300 ਕਿੱਲੋ", "IN", 300, None, 9000, "USD",
         "Aucklandia lappa is the name Chinese pharmacopoeias give 'mu xiang', and under it the root is Saussurea "
         "costus: these 300 kg of grey-brown, oily, violet-and-orris-scented root pieces are wild kuth from the "
         "Himalaya, Appendix I, which no name makes lawful without permits: costus root (CITES App. I) without "
         "CITES documents, flown from Amritsar through Frankfurt in transit to Chengdu; Punjabi wording (costus "
         "repeats in many sets and the Aucklandia synonym once, in blind40, kept as a repeat; a transit through "
         "Frankfurt from Amritsar is the new part as far as a search found)", {"importer_country": "CN"}),
        ("WLF-05", "import", "HUAIR01", "air", "NP", [], "HU", "071490",
         "सुकेको चिनियाँ तरुल (Dioscorea opposita, shan yao) चक्का, ५०० किलो", "NP", 500, None, 2500, "USD",
         "dried Chinese yam slices are white, chalky, starchy discs sold as food and herb; these 500 kg are "
         "yellow-brown, bitter, knotty slices of wild Himalayan rhizome that foam with water, read 4 % diosgenin "
         "and go to a Budapest steroid-API maker that buys diosgenin sources: Dioscorea deltoidea (CITES App. II) "
         "without CITES documents, flown from Kathmandu; Nepali wording (Dioscorea repeats in a few sets, under a "
         "wild-yam label in blind151, and a Chinese-yam (shan yao) label once, on Cibotium in blind43, kept as "
         "a repeat of the label; on Dioscorea deltoidea for a steroid-API maker it is the new part)",
         firm("Central Szteroid Kft.", "HU")),
        ("WLF-06", "import", "FRAIR01", "express", "SN", [], "FR", "050800",
         "Poudre de coquille d'huître calcinée (mu li), 3 kg", "SN", 3, None, 45, "EUR",
         "calcined oyster-shell powder is a white, chalky, odourless powder sold by TCM shops; this parcel holds a "
         "grey-brown, fishy-smelling powder with ridged, bony fragments, a few whole dried seahorse heads with "
         "coronets and fine snouts in the bottom of the bag: ground seahorses (Hippocampus algiricus, CITES App. "
         "II, trade from Senegal suspended) without CITES documents, sent by express from Dakar to a private "
         "herbalist in Marseille; Senegalese French wording (seahorses repeat in many sets; an oyster-shell label "
         "on them was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-07", "import", "DESEA01", "sea", "GT", [], "DE", "380610",
         "Colofonia (resina de pino), grado WW, en trozos, sacos de 25 kg, 120 sacos", "GT", 3000, 120, 6000, "USD",
         "WW gum rosin is clear, pale-yellow, glassy lumps that smell of pine; these 120 sacks hold greenish-brown, "
         "opaque, vanilla-scented resin tears and chips of a heavy, greenish wood that sinks in water and turn "
         "blue with an oxidant: guaiac resin and lignum-vitae wood (Guaiacum sanctum, CITES App. II) without CITES "
         "documents, by sea from Puerto Quetzal to Hamburg for a maker of occult-blood test reagents; Guatemalan "
         "Spanish wording (Guaiacum repeats in many sets and guaiac in a few; a colophony label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Diagnostika GmbH", "DE")),
        ("WLF-08", "import", "DEAIR01", "air", "TR", [], "DE", "010690",
         "Canlı akvaryum salyangozu (Planorbarius corneus), oksijenli torbalar, 20 torba", "TR", 40, 20, 400, "EUR",
         "live ramshorn snails travel as a few dozen coiled shells a bag; these 20 bags hold thousands of dark, "
         "flat, segmented worms with orange side stripes and suckers at both ends that cling to the bag: medicinal "
         "leeches (Hirudo verbana, CITES App. II) caught in Anatolian marshes, without CITES documents, flown from "
         "Istanbul to Frankfurt for a hirudotherapy supplier; Turkish wording (medicinal leeches repeat in a few "
         "sets, under a bait-worm label; an aquarium-snail label was found in no earlier row by a keyword search)",
         firm("Alpina Hirudo GmbH", "DE")),
        ("WLF-09", "import", "SEPOST01", "post", "TH", [], "SE", "210690",
         "แคปซูลธาตุเหล็ก (ferrous bisglycinate) อาหารเสริม, 10 กระปุก", "TH", 1.5, 10, 2400, "THB",
         "iron bisglycinate capsules hold a fine, grey-green powder; these ten jars hold dark red-brown capsules "
         "whose inner label reads 'เลือดจระเข้' (crocodile blood), with a farm logo but no CITES mark: "
         "freeze-dried blood of Siamese crocodiles (Crocodylus siamensis, CITES App. I, trade lawful only from "
         "registered captive-breeding farms with a permit), without CITES documents, posted from Bangkok to a "
         "private person in Malmö; Thai wording (crocodile products repeat in many sets; crocodile-blood capsules "
         "were found in no earlier row by a keyword search)", person("Karin Andersson", "SE")),
        ("WLF-10", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "060110",
         "ლეუკოიუმის ბოლქვები (Leucojum aestivum), გალანტამინის ნედლეული, 8 ტ", "GE", 8000, None, 9600, "EUR",
         "summer-snowflake bulbs are the lawful galantamine source that Bulgarian makers have long used; these 8 t "
         "are smaller bulbs with a narrower leaf and a green mark at the tip of each inner tepal on the dried "
         "flowers left among them, dug wild in Adjara: snowdrops (Galanthus woronowii, CITES App. II, lawful only "
         "under Georgia's export quota with a permit) without CITES documents, on a lorry through Türkiye to a "
         "Sofia galantamine extractor; Georgian wording (Galanthus repeats in many sets and Leucojum once, in "
         "blind51; a galantamine-raw-material route by road from Georgia is the new part as far as a search found)",
         firm("Delta Alkaloidi EOOD", "BG")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CYPOST01", "post", "JO", "CY", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (home well-water treatment)", "JO", 3.4, 3, 30,
     "EUR", [("PRECURSOR_LICENCE", "CY-MJPO-60-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "express", "CN", "CZ", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "CN", 2, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "CZ-MPO-60-0213")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "300692",
     "Recalled sartan tablets (valsartan, losartan; 16 03 05*), from a Swiss repackager, for high-temperature "
     "incineration at a licensed plant, 5 t", "CH", 5000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-60-0318")],
     "notified waste medicines to a licensed incineration plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "381590",
     "Spent Raney-nickel catalyst under water (16 08 02*), from a Norwegian API plant, for nickel recovery at a "
     "licensed plant, 8 t", "NO", 8000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-60-0127")],
     "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "SISEA01", "sea", "IN", "SI", "290369",
     "Bromochloromethane, 40 drums, for use as feedstock in API synthesis", "IN", 16000, 40, 48000, "USD",
     [("ODS_LICENCE", "SI-ARSO-ODS-60-004")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "IEAIR01", "air", "GB", "IE", "290314",
     "Carbon tetrachloride 99.9 %, analytical reagent, 10 x 1 l, for essential laboratory use", "GB", 16, 10, 900,
     "GBP", [("ODS_LICENCE", "IE-EPA-ODS-60-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970510",
     "Gallo-Roman oculist's collyrium stamp, green schist, 2nd-3rd century, documented collection since 1958", "FR",
     0.3, 1, 14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-60-0452")],
     "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "970610",
     "Painted chestnut pharmacy cabinet, 48 drawers, Portugal, 17th century, sold at auction with the export permit",
     "PT", 180, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-60-0077")],
     "furniture exported with the EU export licence and the Portuguese authorisation"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "EG", "292219",
     "2-Diethylaminoethanol, 40 drums, for an Egyptian procaine and local-anaesthetic maker", "DE", 7000, 40,
     21000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-60-1142"), ("END_USER_CERTIFICATE", "EG-EDA-EUC-60-0091")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLROAD01", "road", "PL", "TR", "841989",
     "Contained spray dryer, steam-sterilisable, 1 unit, for a Turkish vaccine maker", "PL", 1800, 1, 95000, "EUR",
     [("EXPORT_LICENCE", "PL-MRiT-60-0388"), ("END_USER_CERTIFICATE", "TR-TITCK-EUC-60-0045")],
     "dual-use biological equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "130219",
     "Prunus africana bark dry extract, 40 drums, from a managed harvest", "CM", 1000, 40, 52000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-60-0212")], "App. II Prunus africana extract with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TR", "DE", "010690",
     "Medicinal leeches (Hirudo verbana), farmed, 5,000, in water-filled containers", "TR", 30, 5000, 7500, "EUR",
     [("CITES_PERMIT", "TR-DKMP-60-0094")], "App. II leeches from a registered farm with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Idiotis", "PRM-02": "Soukromá osoba", "PRM-05": "Alpina Farmacevtika d.o.o.",
    "PRM-06": "Atlantic Analytical Ltd", "PRM-11": "Rivage Phytopharma SARL", "PRM-12": "Alpina Hirudo GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises and the excipients,
    # reagents, packaging and equipment of the pharmaceutical and veterinary trade (no medicinal product itself)
    ("291816", "Calcium gluconate, food grade, 25 kg bags", "import", ["sea"], ["CN", "TR"], (2, 4), (5000, 15000), ["USD"], None, S),
    ("290950", "Eugenol, natural, from clove leaf oil, drums", "import", ["air"], ["MG", "ID"], (10, 16), (200, 800), ["USD", "EUR"], None, S),
    ("290543", "D-Mannitol powder, excipient grade, 25 kg", "import", ["sea"], ["CN", "IN"], (2, 4), (5000, 15000), ["USD", "EUR"], None, S),
    ("283230", "Sodium thiosulphate pentahydrate, photographic and aquarium grade", "import", ["road"], ["RS", "TR"], (0.8, 1.4), (4000, 12000), ["EUR"], None, S),
    ("391231", "Croscarmellose sodium, excipient grade, fibre drums", "import", ["air"], ["IN", "US"], (8, 14), (200, 1000), ["USD"], None, S),
    ("283630", "Sodium bicarbonate, pharmacopoeia grade, 25 kg", "import", ["sea"], ["TR", "CN"], (0.5, 0.9), (10000, 22000), ["USD", "EUR"], None, S),
    ("380610", "Gum rosin (colophony), WW grade", "import", ["sea"], ["BR", "CN"], (1.5, 2.5), (15000, 22000), ["USD"], None, S),
    ("130219", "Saw palmetto berry extract, CO2, liquid, drums", "import", ["sea"], ["US"], (25, 40), (500, 2000), ["USD"], None, S),
    ("071490", "Chinese yam (shan yao) slices, dried", "import", ["sea"], ["CN"], (3, 6), (2000, 8000), ["USD"], None, S),
    ("121190", "Cat's claw bark, dried, cut", "import", ["air"], ["PE", "BO"], (6, 10), (200, 1000), ["USD"], None, S),
    ("110620", "Gelatinised maca powder", "import", ["air"], ["PE"], (5, 9), (500, 2000), ["USD"], None, S),
    ("121190", "Astragalus root slices, dried, for herbal tea", "import", ["sea"], ["CN"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("130190", "Shilajit resin, purified, food supplement, 500 g jars", "import", ["express"], ["KG", "IN"], (60, 120), (1, 3), ["USD"], 2, S),
    ("210690", "Iron bisglycinate capsules, food supplement", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, S),
    ("300640", "Zinc oxide-eugenol dental cement kits", "import", ["express"], ["US", "JP"], (60, 120), (1, 3), ["USD", "EUR"], 5, S),
    ("901839", "Infusion administration sets, sterile, boxed", "import", ["sea"], ["MY", "CN"], (6, 10), (3000, 8000), ["USD"], 20, S),
    ("701090", "Amber glass pharmacy bottles, 100 ml, empty", "import", ["sea"], ["CN", "TR"], (1.2, 2.2), (5000, 15000), ["USD", "EUR"], 8, S),
    ("392690", "Empty PP infusion bags with ports, non-sterile", "import", ["sea"], ["CN", "IN"], (4, 7), (2000, 6000), ["USD"], 40, S),
    ("842420", "Sheep drenching guns, 30 ml, new", "import", ["sea"], ["NZ", "CN"], (15, 25), (500, 2000), ["USD", "NZD"], 3, S),
    ("320890", "Livestock marking spray, butane-propelled, 500 ml", "import", ["road"], ["TR", "RS"], (3, 6), (2000, 6000), ["EUR"], 2, S),
    ("292419", "N,N-Dimethylacetamide, industrial solvent, drums", "import", ["sea"], ["IN", "CN"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("293299", "Dimethyl isosorbide, cosmetic grade, drums", "import", ["sea"], ["GB", "US"], (8, 14), (1000, 4000), ["USD", "GBP"], None, S),
    ("841850", "Vaccine and pharmacy refrigerators, R-600a, new", "import", ["sea"], ["IN", "CN"], (6, 10), (2000, 8000), ["USD"], 0.02, S),
    ("841869", "Walk-in stability chambers, R-290, new", "import", ["sea"], ["IN", "CN"], (8, 14), (3000, 9000), ["USD"], 0.0003, S),
    ("902519", "Non-contact infrared thermometers, handheld", "import", ["sea"], ["CN"], (15, 25), (1000, 4000), ["USD"], 5, S),
    ("820730", "Tablet-press punches and dies, new tooling", "export", ["air"], ["IN", "EG"], (120, 220), (50, 300), ["EUR"], 2, S),
    ("847982", "Fluid-bed granulators, laboratory, new", "export", ["sea"], ["TR", "EG"], (15, 25), (1000, 3000), ["EUR"], 0.001, S),
    ("901812", "Veterinary ultrasound scanners, portable, new", "export", ["air"], ["KZ", "UA"], (200, 400), (100, 400), ["EUR"], 0.2, S),
    ("901920", "Equine nebulisers, mesh, with masks", "export", ["air"], ["AM", "GE"], (150, 300), (50, 200), ["EUR"], 0.3, S),
    ("281122", "Silica gel desiccant sachets, for pharmaceutical packaging", "export", ["sea"], ["PK", "IN"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("760719", "Aluminium blister foil, printed, new", "export", ["road"], ["UA", "RS"], (6, 10), (4000, 12000), ["EUR"], None, S),
    ("750400", "Carbonyl nickel powder, new, argon-packed", "export", ["sea"], ["IN", "KR"], (20, 30), (2000, 8000), ["EUR"], None, S),
    ("290512", "Isopropyl alcohol 99.8 %, virgin, ISO tanks", "export", ["sea"], ["EG", "MA"], (0.9, 1.4), (18000, 24000), ["EUR"], None, S),
    ("110812", "Maize starch, pharmacopoeia grade, 25 kg sacks", "export", ["road"], ["RS", "BA"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("940290", "Hospital beds, electric, new", "export", ["sea"], ["CD", "CM"], (8, 14), (3000, 9000), ["EUR"], 0.008, S),
    ("741810", "Engraved brass bowls, new, Damascus-style", "import", ["air"], ["LB", "TR"], (10, 20), (100, 500), ["USD"], 2, S),
    ("691390", "Terracotta garden ornaments, new, Umbrian", "export", ["road"], ["CH", "NO"], (2, 4), (1000, 4000), ["EUR"], 0.3, S),
    ("680299", "Museum-shop replicas of Roman seal stamps, stone", "export", ["post"], ["CH", "US"], (40, 80), (1, 2), ["EUR"], 4, S),
    ("392640", "Resin plaques with Egyptian motifs, new", "import", ["express"], ["EG", "AE"], (20, 40), (1, 3), ["USD"], 1, S),
    ("460211", "Bamboo placemats and bamboo-slip craft sets, new", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950300", "Glass marbles, in net bags", "import", ["sea"], ["CN", "MX"], (2, 4), (2000, 6000), ["USD"], 40, N),
        ("700992", "Hand mirrors, folding compact, boxed", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 6, N),
        ("630790", "Cotton drawstring bags, plain", "import", ["sea"], ["IN", "BD"], (4, 7), (2000, 6000), ["USD"], 20, N),
        ("450490", "Cork bath mats, agglomerated", "import", ["sea"], ["CN", "MA"], (3, 6), (2000, 6000), ["USD", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind206", 20600701, HERE)


if __name__ == "__main__":
    main()
